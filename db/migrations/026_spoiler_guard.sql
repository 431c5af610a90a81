-- 026 spoiler guard: the channels, threads and forums whose moderators asked hyosan to take
-- members' messages that spoil past the channel's mark out of sight (/spoilers guard:on).
-- `guarded` 1 or 0: a thread's own row (even 0) beats its channel's, as a thread's mark does.
-- `lacking`: NULL while the bot may delete members' messages there; 0 once it found it may not
-- (it then only warns) and no moderator was told yet; 1 once one was (told once, until it can
-- delete there again).
CREATE TABLE lore_spoiler_guards (
    channel_id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    guarded INTEGER NOT NULL CHECK (guarded IN (0, 1)),
    lacking INTEGER CHECK (lacking IN (0, 1))
);

CREATE INDEX lore_spoiler_guards_guild ON lore_spoiler_guards (guild_id);
