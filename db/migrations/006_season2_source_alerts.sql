-- Season 2: when a source's circuit breaker opened (NULL while it is closed). The moment keys the
-- "source down" / "source back" notices in the outbox, so one outage warns each server once.
ALTER TABLE season2_sources ADD COLUMN circuit_opened_at TEXT;
