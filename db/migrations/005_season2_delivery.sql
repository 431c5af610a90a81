-- Season 2 delivery: who hears about changes, the outbox that sends each message once,
-- countdown reminders, and the lease that keeps two running copies from both posting.
-- Times are UTC text 'YYYY-MM-DDTHH:MM:SS.ffffffZ' (sortable as text).

CREATE TABLE season2_subscriptions (
    id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL UNIQUE,
    role_id INTEGER,
    level TEXT NOT NULL DEFAULT 'official' CHECK (level IN ('official', 'reported', 'all')),
    created_by INTEGER NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    disabled_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX season2_subscriptions_guild ON season2_subscriptions (guild_id);

-- Fans who asked for direct-message reminders (one row per user; guild_id = where they asked).
CREATE TABLE season2_reminder_optins (
    user_id INTEGER PRIMARY KEY,
    guild_id INTEGER,
    created_at TEXT NOT NULL
);

-- Reminder offsets per guild, seconds before release, comma separated ('' = none).
CREATE TABLE season2_guild_settings (
    guild_id INTEGER PRIMARY KEY,
    reminder_offsets TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per event and target. target: 'channel:<id>', 'dm:<user id>' or 'notice:<guild id>'.
CREATE TABLE season2_outbox (
    id INTEGER PRIMARY KEY,
    event_key TEXT NOT NULL,
    target TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('announcement', 'reminder', 'notice', 'test')),
    subscription_id INTEGER REFERENCES season2_subscriptions (id) ON DELETE SET NULL,
    guild_id INTEGER,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    nonce TEXT NOT NULL CHECK (length(nonce) <= 25),
    payload TEXT NOT NULL,
    message_id INTEGER,
    last_error TEXT,
    claimed_by TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (event_key, target)
);
CREATE INDEX season2_outbox_due ON season2_outbox (state, next_attempt_at);
CREATE INDEX season2_outbox_event ON season2_outbox (event_key);

-- Countdown reminders: one row per release date and offset (the union of every guild's offsets
-- and the direct-message defaults). Rebuilt when the date changes; old rows are cancelled.
CREATE TABLE season2_reminders (
    id INTEGER PRIMARY KEY,
    release_at TEXT NOT NULL,
    offset_s INTEGER NOT NULL CHECK (offset_s >= 0),
    due_at TEXT NOT NULL,
    confidence TEXT NOT NULL DEFAULT 'official',
    state TEXT NOT NULL DEFAULT 'scheduled'
        CHECK (state IN ('scheduled', 'fired', 'skipped', 'cancelled')),
    reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (release_at, offset_s)
);
CREATE INDEX season2_reminders_due ON season2_reminders (state, due_at);

-- Leases by name: whoever holds an unexpired lease is the only one allowed to dispatch.
CREATE TABLE season2_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    acquired_at TEXT NOT NULL
);
