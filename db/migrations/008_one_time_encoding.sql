-- One time encoding for the whole database: UTC text with microseconds, 2026-03-01T12:00:00.000000Z
-- (db/times.py). Fixed width, so text order is time order.
--
-- Before this migration three encodings lived side by side: text without fractions from SQLite's
-- strftime (foundation and lore defaults), Python's isoformat with '+00:00' (season-2 tracking) and
-- the encoding above (season-2 delivery). The trivia tables' epoch numbers move in migration 009.
--
-- Tables whose column DEFAULT wrote the old text are rebuilt so the default writes the new one.

CREATE TABLE guild_settings_new (
    guild_id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
);
INSERT INTO guild_settings_new (guild_id, created_at)
    SELECT guild_id, CASE
        WHEN created_at IS NULL THEN NULL
        WHEN typeof(created_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', created_at, 'unixepoch') || '000Z'
        WHEN length(created_at) = 27 AND substr(created_at, 27, 1) = 'Z' THEN created_at
        WHEN length(created_at) = 32 AND substr(created_at, 27) = '+00:00' THEN substr(created_at, 1, 26) || 'Z'
        WHEN length(created_at) = 25 AND substr(created_at, 20) = '+00:00' THEN substr(created_at, 1, 19) || '.000000Z'
        WHEN length(created_at) = 20 AND substr(created_at, 20) = 'Z' THEN substr(created_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', created_at) || '000Z'
    END FROM guild_settings;
DROP TABLE guild_settings;
ALTER TABLE guild_settings_new RENAME TO guild_settings;

CREATE TABLE bot_state_new (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
);
INSERT INTO bot_state_new (key, value, updated_at)
    SELECT key, value, CASE
        WHEN updated_at IS NULL THEN NULL
        WHEN typeof(updated_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', updated_at, 'unixepoch') || '000Z'
        WHEN length(updated_at) = 27 AND substr(updated_at, 27, 1) = 'Z' THEN updated_at
        WHEN length(updated_at) = 32 AND substr(updated_at, 27) = '+00:00' THEN substr(updated_at, 1, 26) || 'Z'
        WHEN length(updated_at) = 25 AND substr(updated_at, 20) = '+00:00' THEN substr(updated_at, 1, 19) || '.000000Z'
        WHEN length(updated_at) = 20 AND substr(updated_at, 20) = 'Z' THEN substr(updated_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', updated_at) || '000Z'
    END FROM bot_state;
DROP TABLE bot_state;
ALTER TABLE bot_state_new RENAME TO bot_state;

CREATE TABLE lore_progress_new (
    guild_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    watched INTEGER NOT NULL CHECK (watched BETWEEN 0 AND 12),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    PRIMARY KEY (guild_id, user_id)
);
INSERT INTO lore_progress_new (guild_id, user_id, watched, updated_at)
    SELECT guild_id, user_id, watched, CASE
        WHEN updated_at IS NULL THEN NULL
        WHEN typeof(updated_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', updated_at, 'unixepoch') || '000Z'
        WHEN length(updated_at) = 27 AND substr(updated_at, 27, 1) = 'Z' THEN updated_at
        WHEN length(updated_at) = 32 AND substr(updated_at, 27) = '+00:00' THEN substr(updated_at, 1, 26) || 'Z'
        WHEN length(updated_at) = 25 AND substr(updated_at, 20) = '+00:00' THEN substr(updated_at, 1, 19) || '.000000Z'
        WHEN length(updated_at) = 20 AND substr(updated_at, 20) = 'Z' THEN substr(updated_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', updated_at) || '000Z'
    END FROM lore_progress;
DROP TABLE lore_progress;
ALTER TABLE lore_progress_new RENAME TO lore_progress;

CREATE TABLE lore_channel_marks_new (
    channel_id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    up_to INTEGER NOT NULL CHECK (up_to BETWEEN 0 AND 12),
    set_by INTEGER,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
);
INSERT INTO lore_channel_marks_new (channel_id, guild_id, up_to, set_by, updated_at)
    SELECT channel_id, guild_id, up_to, set_by, CASE
        WHEN updated_at IS NULL THEN NULL
        WHEN typeof(updated_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', updated_at, 'unixepoch') || '000Z'
        WHEN length(updated_at) = 27 AND substr(updated_at, 27, 1) = 'Z' THEN updated_at
        WHEN length(updated_at) = 32 AND substr(updated_at, 27) = '+00:00' THEN substr(updated_at, 1, 26) || 'Z'
        WHEN length(updated_at) = 25 AND substr(updated_at, 20) = '+00:00' THEN substr(updated_at, 1, 19) || '.000000Z'
        WHEN length(updated_at) = 20 AND substr(updated_at, 20) = 'Z' THEN substr(updated_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', updated_at) || '000Z'
    END FROM lore_channel_marks;
DROP TABLE lore_channel_marks;
ALTER TABLE lore_channel_marks_new RENAME TO lore_channel_marks;
CREATE INDEX lore_channel_marks_guild ON lore_channel_marks (guild_id);

UPDATE season2_claims SET
    release_at = CASE
        WHEN release_at IS NULL THEN NULL
        WHEN typeof(release_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', release_at, 'unixepoch') || '000Z'
        WHEN length(release_at) = 27 AND substr(release_at, 27, 1) = 'Z' THEN release_at
        WHEN length(release_at) = 32 AND substr(release_at, 27) = '+00:00' THEN substr(release_at, 1, 26) || 'Z'
        WHEN length(release_at) = 25 AND substr(release_at, 20) = '+00:00' THEN substr(release_at, 1, 19) || '.000000Z'
        WHEN length(release_at) = 20 AND substr(release_at, 20) = 'Z' THEN substr(release_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', release_at) || '000Z'
    END,
    recorded_at = CASE
        WHEN recorded_at IS NULL THEN NULL
        WHEN typeof(recorded_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', recorded_at, 'unixepoch') || '000Z'
        WHEN length(recorded_at) = 27 AND substr(recorded_at, 27, 1) = 'Z' THEN recorded_at
        WHEN length(recorded_at) = 32 AND substr(recorded_at, 27) = '+00:00' THEN substr(recorded_at, 1, 26) || 'Z'
        WHEN length(recorded_at) = 25 AND substr(recorded_at, 20) = '+00:00' THEN substr(recorded_at, 1, 19) || '.000000Z'
        WHEN length(recorded_at) = 20 AND substr(recorded_at, 20) = 'Z' THEN substr(recorded_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', recorded_at) || '000Z'
    END;

UPDATE season2_transitions SET
    release_at_before = CASE
        WHEN release_at_before IS NULL THEN NULL
        WHEN typeof(release_at_before) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', release_at_before, 'unixepoch') || '000Z'
        WHEN length(release_at_before) = 27 AND substr(release_at_before, 27, 1) = 'Z' THEN release_at_before
        WHEN length(release_at_before) = 32 AND substr(release_at_before, 27) = '+00:00' THEN substr(release_at_before, 1, 26) || 'Z'
        WHEN length(release_at_before) = 25 AND substr(release_at_before, 20) = '+00:00' THEN substr(release_at_before, 1, 19) || '.000000Z'
        WHEN length(release_at_before) = 20 AND substr(release_at_before, 20) = 'Z' THEN substr(release_at_before, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', release_at_before) || '000Z'
    END,
    release_at_after = CASE
        WHEN release_at_after IS NULL THEN NULL
        WHEN typeof(release_at_after) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', release_at_after, 'unixepoch') || '000Z'
        WHEN length(release_at_after) = 27 AND substr(release_at_after, 27, 1) = 'Z' THEN release_at_after
        WHEN length(release_at_after) = 32 AND substr(release_at_after, 27) = '+00:00' THEN substr(release_at_after, 1, 26) || 'Z'
        WHEN length(release_at_after) = 25 AND substr(release_at_after, 20) = '+00:00' THEN substr(release_at_after, 1, 19) || '.000000Z'
        WHEN length(release_at_after) = 20 AND substr(release_at_after, 20) = 'Z' THEN substr(release_at_after, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', release_at_after) || '000Z'
    END,
    at = CASE
        WHEN at IS NULL THEN NULL
        WHEN typeof(at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', at, 'unixepoch') || '000Z'
        WHEN length(at) = 27 AND substr(at, 27, 1) = 'Z' THEN at
        WHEN length(at) = 32 AND substr(at, 27) = '+00:00' THEN substr(at, 1, 26) || 'Z'
        WHEN length(at) = 25 AND substr(at, 20) = '+00:00' THEN substr(at, 1, 19) || '.000000Z'
        WHEN length(at) = 20 AND substr(at, 20) = 'Z' THEN substr(at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', at) || '000Z'
    END,
    recorded_at = CASE
        WHEN recorded_at IS NULL THEN NULL
        WHEN typeof(recorded_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', recorded_at, 'unixepoch') || '000Z'
        WHEN length(recorded_at) = 27 AND substr(recorded_at, 27, 1) = 'Z' THEN recorded_at
        WHEN length(recorded_at) = 32 AND substr(recorded_at, 27) = '+00:00' THEN substr(recorded_at, 1, 26) || 'Z'
        WHEN length(recorded_at) = 25 AND substr(recorded_at, 20) = '+00:00' THEN substr(recorded_at, 1, 19) || '.000000Z'
        WHEN length(recorded_at) = 20 AND substr(recorded_at, 20) = 'Z' THEN substr(recorded_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', recorded_at) || '000Z'
    END;

UPDATE season2_sources SET
    last_poll_at = CASE
        WHEN last_poll_at IS NULL THEN NULL
        WHEN typeof(last_poll_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', last_poll_at, 'unixepoch') || '000Z'
        WHEN length(last_poll_at) = 27 AND substr(last_poll_at, 27, 1) = 'Z' THEN last_poll_at
        WHEN length(last_poll_at) = 32 AND substr(last_poll_at, 27) = '+00:00' THEN substr(last_poll_at, 1, 26) || 'Z'
        WHEN length(last_poll_at) = 25 AND substr(last_poll_at, 20) = '+00:00' THEN substr(last_poll_at, 1, 19) || '.000000Z'
        WHEN length(last_poll_at) = 20 AND substr(last_poll_at, 20) = 'Z' THEN substr(last_poll_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', last_poll_at) || '000Z'
    END,
    last_success_at = CASE
        WHEN last_success_at IS NULL THEN NULL
        WHEN typeof(last_success_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', last_success_at, 'unixepoch') || '000Z'
        WHEN length(last_success_at) = 27 AND substr(last_success_at, 27, 1) = 'Z' THEN last_success_at
        WHEN length(last_success_at) = 32 AND substr(last_success_at, 27) = '+00:00' THEN substr(last_success_at, 1, 26) || 'Z'
        WHEN length(last_success_at) = 25 AND substr(last_success_at, 20) = '+00:00' THEN substr(last_success_at, 1, 19) || '.000000Z'
        WHEN length(last_success_at) = 20 AND substr(last_success_at, 20) = 'Z' THEN substr(last_success_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', last_success_at) || '000Z'
    END,
    last_change_at = CASE
        WHEN last_change_at IS NULL THEN NULL
        WHEN typeof(last_change_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', last_change_at, 'unixepoch') || '000Z'
        WHEN length(last_change_at) = 27 AND substr(last_change_at, 27, 1) = 'Z' THEN last_change_at
        WHEN length(last_change_at) = 32 AND substr(last_change_at, 27) = '+00:00' THEN substr(last_change_at, 1, 26) || 'Z'
        WHEN length(last_change_at) = 25 AND substr(last_change_at, 20) = '+00:00' THEN substr(last_change_at, 1, 19) || '.000000Z'
        WHEN length(last_change_at) = 20 AND substr(last_change_at, 20) = 'Z' THEN substr(last_change_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', last_change_at) || '000Z'
    END,
    next_poll_at = CASE
        WHEN next_poll_at IS NULL THEN NULL
        WHEN typeof(next_poll_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', next_poll_at, 'unixepoch') || '000Z'
        WHEN length(next_poll_at) = 27 AND substr(next_poll_at, 27, 1) = 'Z' THEN next_poll_at
        WHEN length(next_poll_at) = 32 AND substr(next_poll_at, 27) = '+00:00' THEN substr(next_poll_at, 1, 26) || 'Z'
        WHEN length(next_poll_at) = 25 AND substr(next_poll_at, 20) = '+00:00' THEN substr(next_poll_at, 1, 19) || '.000000Z'
        WHEN length(next_poll_at) = 20 AND substr(next_poll_at, 20) = 'Z' THEN substr(next_poll_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', next_poll_at) || '000Z'
    END,
    circuit_open_until = CASE
        WHEN circuit_open_until IS NULL THEN NULL
        WHEN typeof(circuit_open_until) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', circuit_open_until, 'unixepoch') || '000Z'
        WHEN length(circuit_open_until) = 27 AND substr(circuit_open_until, 27, 1) = 'Z' THEN circuit_open_until
        WHEN length(circuit_open_until) = 32 AND substr(circuit_open_until, 27) = '+00:00' THEN substr(circuit_open_until, 1, 26) || 'Z'
        WHEN length(circuit_open_until) = 25 AND substr(circuit_open_until, 20) = '+00:00' THEN substr(circuit_open_until, 1, 19) || '.000000Z'
        WHEN length(circuit_open_until) = 20 AND substr(circuit_open_until, 20) = 'Z' THEN substr(circuit_open_until, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', circuit_open_until) || '000Z'
    END,
    circuit_opened_at = CASE
        WHEN circuit_opened_at IS NULL THEN NULL
        WHEN typeof(circuit_opened_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', circuit_opened_at, 'unixepoch') || '000Z'
        WHEN length(circuit_opened_at) = 27 AND substr(circuit_opened_at, 27, 1) = 'Z' THEN circuit_opened_at
        WHEN length(circuit_opened_at) = 32 AND substr(circuit_opened_at, 27) = '+00:00' THEN substr(circuit_opened_at, 1, 26) || 'Z'
        WHEN length(circuit_opened_at) = 25 AND substr(circuit_opened_at, 20) = '+00:00' THEN substr(circuit_opened_at, 1, 19) || '.000000Z'
        WHEN length(circuit_opened_at) = 20 AND substr(circuit_opened_at, 20) = 'Z' THEN substr(circuit_opened_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', circuit_opened_at) || '000Z'
    END;

UPDATE season2_seen_items SET
    first_seen_at = CASE
        WHEN first_seen_at IS NULL THEN NULL
        WHEN typeof(first_seen_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', first_seen_at, 'unixepoch') || '000Z'
        WHEN length(first_seen_at) = 27 AND substr(first_seen_at, 27, 1) = 'Z' THEN first_seen_at
        WHEN length(first_seen_at) = 32 AND substr(first_seen_at, 27) = '+00:00' THEN substr(first_seen_at, 1, 26) || 'Z'
        WHEN length(first_seen_at) = 25 AND substr(first_seen_at, 20) = '+00:00' THEN substr(first_seen_at, 1, 19) || '.000000Z'
        WHEN length(first_seen_at) = 20 AND substr(first_seen_at, 20) = 'Z' THEN substr(first_seen_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', first_seen_at) || '000Z'
    END,
    last_seen_at = CASE
        WHEN last_seen_at IS NULL THEN NULL
        WHEN typeof(last_seen_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', last_seen_at, 'unixepoch') || '000Z'
        WHEN length(last_seen_at) = 27 AND substr(last_seen_at, 27, 1) = 'Z' THEN last_seen_at
        WHEN length(last_seen_at) = 32 AND substr(last_seen_at, 27) = '+00:00' THEN substr(last_seen_at, 1, 26) || 'Z'
        WHEN length(last_seen_at) = 25 AND substr(last_seen_at, 20) = '+00:00' THEN substr(last_seen_at, 1, 19) || '.000000Z'
        WHEN length(last_seen_at) = 20 AND substr(last_seen_at, 20) = 'Z' THEN substr(last_seen_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', last_seen_at) || '000Z'
    END;

UPDATE season2_subscriptions SET
    created_at = CASE
        WHEN created_at IS NULL THEN NULL
        WHEN typeof(created_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', created_at, 'unixepoch') || '000Z'
        WHEN length(created_at) = 27 AND substr(created_at, 27, 1) = 'Z' THEN created_at
        WHEN length(created_at) = 32 AND substr(created_at, 27) = '+00:00' THEN substr(created_at, 1, 26) || 'Z'
        WHEN length(created_at) = 25 AND substr(created_at, 20) = '+00:00' THEN substr(created_at, 1, 19) || '.000000Z'
        WHEN length(created_at) = 20 AND substr(created_at, 20) = 'Z' THEN substr(created_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', created_at) || '000Z'
    END,
    updated_at = CASE
        WHEN updated_at IS NULL THEN NULL
        WHEN typeof(updated_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', updated_at, 'unixepoch') || '000Z'
        WHEN length(updated_at) = 27 AND substr(updated_at, 27, 1) = 'Z' THEN updated_at
        WHEN length(updated_at) = 32 AND substr(updated_at, 27) = '+00:00' THEN substr(updated_at, 1, 26) || 'Z'
        WHEN length(updated_at) = 25 AND substr(updated_at, 20) = '+00:00' THEN substr(updated_at, 1, 19) || '.000000Z'
        WHEN length(updated_at) = 20 AND substr(updated_at, 20) = 'Z' THEN substr(updated_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', updated_at) || '000Z'
    END;

UPDATE season2_reminder_optins SET
    created_at = CASE
        WHEN created_at IS NULL THEN NULL
        WHEN typeof(created_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', created_at, 'unixepoch') || '000Z'
        WHEN length(created_at) = 27 AND substr(created_at, 27, 1) = 'Z' THEN created_at
        WHEN length(created_at) = 32 AND substr(created_at, 27) = '+00:00' THEN substr(created_at, 1, 26) || 'Z'
        WHEN length(created_at) = 25 AND substr(created_at, 20) = '+00:00' THEN substr(created_at, 1, 19) || '.000000Z'
        WHEN length(created_at) = 20 AND substr(created_at, 20) = 'Z' THEN substr(created_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', created_at) || '000Z'
    END;

UPDATE season2_guild_settings SET
    updated_at = CASE
        WHEN updated_at IS NULL THEN NULL
        WHEN typeof(updated_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', updated_at, 'unixepoch') || '000Z'
        WHEN length(updated_at) = 27 AND substr(updated_at, 27, 1) = 'Z' THEN updated_at
        WHEN length(updated_at) = 32 AND substr(updated_at, 27) = '+00:00' THEN substr(updated_at, 1, 26) || 'Z'
        WHEN length(updated_at) = 25 AND substr(updated_at, 20) = '+00:00' THEN substr(updated_at, 1, 19) || '.000000Z'
        WHEN length(updated_at) = 20 AND substr(updated_at, 20) = 'Z' THEN substr(updated_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', updated_at) || '000Z'
    END;

UPDATE season2_outbox SET
    next_attempt_at = CASE
        WHEN next_attempt_at IS NULL THEN NULL
        WHEN typeof(next_attempt_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', next_attempt_at, 'unixepoch') || '000Z'
        WHEN length(next_attempt_at) = 27 AND substr(next_attempt_at, 27, 1) = 'Z' THEN next_attempt_at
        WHEN length(next_attempt_at) = 32 AND substr(next_attempt_at, 27) = '+00:00' THEN substr(next_attempt_at, 1, 26) || 'Z'
        WHEN length(next_attempt_at) = 25 AND substr(next_attempt_at, 20) = '+00:00' THEN substr(next_attempt_at, 1, 19) || '.000000Z'
        WHEN length(next_attempt_at) = 20 AND substr(next_attempt_at, 20) = 'Z' THEN substr(next_attempt_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', next_attempt_at) || '000Z'
    END,
    created_at = CASE
        WHEN created_at IS NULL THEN NULL
        WHEN typeof(created_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', created_at, 'unixepoch') || '000Z'
        WHEN length(created_at) = 27 AND substr(created_at, 27, 1) = 'Z' THEN created_at
        WHEN length(created_at) = 32 AND substr(created_at, 27) = '+00:00' THEN substr(created_at, 1, 26) || 'Z'
        WHEN length(created_at) = 25 AND substr(created_at, 20) = '+00:00' THEN substr(created_at, 1, 19) || '.000000Z'
        WHEN length(created_at) = 20 AND substr(created_at, 20) = 'Z' THEN substr(created_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', created_at) || '000Z'
    END,
    sent_at = CASE
        WHEN sent_at IS NULL THEN NULL
        WHEN typeof(sent_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', sent_at, 'unixepoch') || '000Z'
        WHEN length(sent_at) = 27 AND substr(sent_at, 27, 1) = 'Z' THEN sent_at
        WHEN length(sent_at) = 32 AND substr(sent_at, 27) = '+00:00' THEN substr(sent_at, 1, 26) || 'Z'
        WHEN length(sent_at) = 25 AND substr(sent_at, 20) = '+00:00' THEN substr(sent_at, 1, 19) || '.000000Z'
        WHEN length(sent_at) = 20 AND substr(sent_at, 20) = 'Z' THEN substr(sent_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', sent_at) || '000Z'
    END;

UPDATE season2_reminders SET
    release_at = CASE
        WHEN release_at IS NULL THEN NULL
        WHEN typeof(release_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', release_at, 'unixepoch') || '000Z'
        WHEN length(release_at) = 27 AND substr(release_at, 27, 1) = 'Z' THEN release_at
        WHEN length(release_at) = 32 AND substr(release_at, 27) = '+00:00' THEN substr(release_at, 1, 26) || 'Z'
        WHEN length(release_at) = 25 AND substr(release_at, 20) = '+00:00' THEN substr(release_at, 1, 19) || '.000000Z'
        WHEN length(release_at) = 20 AND substr(release_at, 20) = 'Z' THEN substr(release_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', release_at) || '000Z'
    END,
    due_at = CASE
        WHEN due_at IS NULL THEN NULL
        WHEN typeof(due_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', due_at, 'unixepoch') || '000Z'
        WHEN length(due_at) = 27 AND substr(due_at, 27, 1) = 'Z' THEN due_at
        WHEN length(due_at) = 32 AND substr(due_at, 27) = '+00:00' THEN substr(due_at, 1, 26) || 'Z'
        WHEN length(due_at) = 25 AND substr(due_at, 20) = '+00:00' THEN substr(due_at, 1, 19) || '.000000Z'
        WHEN length(due_at) = 20 AND substr(due_at, 20) = 'Z' THEN substr(due_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', due_at) || '000Z'
    END,
    created_at = CASE
        WHEN created_at IS NULL THEN NULL
        WHEN typeof(created_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', created_at, 'unixepoch') || '000Z'
        WHEN length(created_at) = 27 AND substr(created_at, 27, 1) = 'Z' THEN created_at
        WHEN length(created_at) = 32 AND substr(created_at, 27) = '+00:00' THEN substr(created_at, 1, 26) || 'Z'
        WHEN length(created_at) = 25 AND substr(created_at, 20) = '+00:00' THEN substr(created_at, 1, 19) || '.000000Z'
        WHEN length(created_at) = 20 AND substr(created_at, 20) = 'Z' THEN substr(created_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', created_at) || '000Z'
    END,
    updated_at = CASE
        WHEN updated_at IS NULL THEN NULL
        WHEN typeof(updated_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', updated_at, 'unixepoch') || '000Z'
        WHEN length(updated_at) = 27 AND substr(updated_at, 27, 1) = 'Z' THEN updated_at
        WHEN length(updated_at) = 32 AND substr(updated_at, 27) = '+00:00' THEN substr(updated_at, 1, 26) || 'Z'
        WHEN length(updated_at) = 25 AND substr(updated_at, 20) = '+00:00' THEN substr(updated_at, 1, 19) || '.000000Z'
        WHEN length(updated_at) = 20 AND substr(updated_at, 20) = 'Z' THEN substr(updated_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', updated_at) || '000Z'
    END;

UPDATE season2_leases SET
    expires_at = CASE
        WHEN expires_at IS NULL THEN NULL
        WHEN typeof(expires_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', expires_at, 'unixepoch') || '000Z'
        WHEN length(expires_at) = 27 AND substr(expires_at, 27, 1) = 'Z' THEN expires_at
        WHEN length(expires_at) = 32 AND substr(expires_at, 27) = '+00:00' THEN substr(expires_at, 1, 26) || 'Z'
        WHEN length(expires_at) = 25 AND substr(expires_at, 20) = '+00:00' THEN substr(expires_at, 1, 19) || '.000000Z'
        WHEN length(expires_at) = 20 AND substr(expires_at, 20) = 'Z' THEN substr(expires_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', expires_at) || '000Z'
    END,
    acquired_at = CASE
        WHEN acquired_at IS NULL THEN NULL
        WHEN typeof(acquired_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', acquired_at, 'unixepoch') || '000Z'
        WHEN length(acquired_at) = 27 AND substr(acquired_at, 27, 1) = 'Z' THEN acquired_at
        WHEN length(acquired_at) = 32 AND substr(acquired_at, 27) = '+00:00' THEN substr(acquired_at, 1, 26) || 'Z'
        WHEN length(acquired_at) = 25 AND substr(acquired_at, 20) = '+00:00' THEN substr(acquired_at, 1, 19) || '.000000Z'
        WHEN length(acquired_at) = 20 AND substr(acquired_at, 20) = 'Z' THEN substr(acquired_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', acquired_at) || '000Z'
    END;

UPDATE schema_version SET
    applied_at = CASE
        WHEN applied_at IS NULL THEN NULL
        WHEN typeof(applied_at) IN ('integer', 'real') THEN strftime('%Y-%m-%dT%H:%M:%f', applied_at, 'unixepoch') || '000Z'
        WHEN length(applied_at) = 27 AND substr(applied_at, 27, 1) = 'Z' THEN applied_at
        WHEN length(applied_at) = 32 AND substr(applied_at, 27) = '+00:00' THEN substr(applied_at, 1, 26) || 'Z'
        WHEN length(applied_at) = 25 AND substr(applied_at, 20) = '+00:00' THEN substr(applied_at, 1, 19) || '.000000Z'
        WHEN length(applied_at) = 20 AND substr(applied_at, 20) = 'Z' THEN substr(applied_at, 1, 19) || '.000000Z'
        ELSE strftime('%Y-%m-%dT%H:%M:%f', applied_at) || '000Z'
    END;
