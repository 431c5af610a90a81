"""Season-2 storage, one module per aggregate: claims, transitions, sources (polling state and
seen feed items), subscriptions (channels, DM opt-ins, reminder offsets), outbox (with the
dispatch lease that says which copy claims its rows), reminders. SQL only: every function takes the connection of an open transaction (writes) or
snapshot (reads), none of them commits, and rows map onto bot.season2.model types. Times use
the database's one encoding (db/times.py)."""
