"""Season-2 news sources: what each one fetches (TVmaze, RSS feeds) and how its answer reads as claims."""
