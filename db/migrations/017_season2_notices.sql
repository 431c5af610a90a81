-- 017 season-2 notices: where a server's moderators are told what needs them (a source failing, a
-- permission lost, a locked thread), and the notices no place could take, kept until a moderator uses
-- /season2set (then told privately, once). Times: db/times.py encoding.

-- The channel a server's moderators chose for the bot's notices to them (/season2set notices).
CREATE TABLE season2_notice_places (
    guild_id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL,
    set_by INTEGER NOT NULL,
    set_at TEXT NOT NULL
);

-- A notice row that reached no one (no log channel, the moderator's DMs closed, no private system
-- channel): told to the next moderator who uses /season2set in the server, then deleted.
CREATE TABLE season2_held_notices (
    outbox_id INTEGER PRIMARY KEY REFERENCES season2_outbox (id) ON DELETE CASCADE,
    guild_id INTEGER NOT NULL,
    held_at TEXT NOT NULL
);
CREATE INDEX season2_held_notices_guild ON season2_held_notices (guild_id);
