"""Season-2 delivery: the posts season 2 queues in the one outbox (every message is a row first: posts.py), the
dispatcher that sends them exactly once, the countdown reminders that feed it, and the lease that lets one running copy
send."""
