"""Season-2 delivery: the outbox (every message is a row first), the dispatcher that sends it
exactly once, the countdown reminders that feed it, and the lease that lets one running copy send."""
