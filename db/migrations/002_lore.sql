-- Lore: how far each member has watched (per user per guild; guild_id 0 = direct messages)
-- and the spoiler mark moderators set on a channel. Both are episodes 0..12 (0 = nothing watched).
CREATE TABLE lore_progress (
    guild_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    watched INTEGER NOT NULL CHECK (watched BETWEEN 0 AND 12),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (guild_id, user_id)
);

CREATE TABLE lore_channel_marks (
    channel_id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    up_to INTEGER NOT NULL CHECK (up_to BETWEEN 0 AND 12),
    set_by INTEGER,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX lore_channel_marks_guild ON lore_channel_marks (guild_id);
