"""Season-2 news sources (TVmaze, RSS) and their poller."""
