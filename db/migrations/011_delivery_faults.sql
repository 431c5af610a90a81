-- Season-2 delivery past Discord's nonce window, and pruning (issue 14).
-- A released migration is never edited; these are additions only.

-- When the row's latest send attempt began (claimed for sending). A resend whose earlier attempt is
-- older than the time Discord remembers a nonce first looks for the message in the channel.
ALTER TABLE season2_outbox ADD COLUMN attempted_at TEXT;

-- Housekeeping deletes finished rows by age; these keep it from scanning whole tables.
CREATE INDEX season2_outbox_finished ON season2_outbox (created_at) WHERE state IN ('sent', 'failed', 'skipped');
CREATE INDEX season2_seen_items_age ON season2_seen_items (source_id, last_seen_at);
