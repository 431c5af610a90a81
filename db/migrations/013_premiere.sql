-- Premiere day (issue 12): the episodes the sources list for the seasons after the first, content
-- that grows after release (moderators' additions with review, content pack versions), episode
-- rooms, and where each moderator's season-2 report came from (so it can be retracted).

-- The episodes of seasons 2+ as TVmaze lists them; season 1 is bundled (bot/show.py). A season's
-- rows are replaced together when the list changes (a renumbering). Times: db/times.py encoding.
CREATE TABLE show_episodes (
    season INTEGER NOT NULL CHECK (season BETWEEN 2 AND 99),
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
    title TEXT,                                -- spoils the episode itself
    airstamp TEXT,                             -- NULL: listed, not dated
    runtime INTEGER,                           -- minutes
    source TEXT NOT NULL,
    learned_at TEXT NOT NULL,
    PRIMARY KEY (season, number)
);

-- What a server's moderators add about an episode, waiting for review, then used in that server
-- (scope 'guild') or, once the bot's owners promote it, in every server (scope 'everyone').
-- `spoils` is a position code (season * 100 + episode); `body` the kind's fields as JSON.
CREATE TABLE lore_additions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('event', 'death', 'character', 'question')),
    spoils INTEGER NOT NULL CHECK (spoils / 100 BETWEEN 1 AND 99 AND spoils % 100 BETWEEN 1 AND 99),
    source_url TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
    scope TEXT NOT NULL DEFAULT 'guild' CHECK (scope IN ('guild', 'everyone')),
    submitted_by INTEGER NOT NULL,
    submitted_at TEXT NOT NULL,
    reviewed_by INTEGER,
    reviewed_at TEXT,
    review_note TEXT,
    promoted_at TEXT
);
CREATE INDEX lore_additions_queue ON lore_additions (guild_id, state, id);
CREATE INDEX lore_additions_scope ON lore_additions (scope, state);

-- Content pack versions imported with `hyosan content import`: validated before they are stored,
-- one active at a time (the bundled pack when none is), the older ones kept for rollback.
CREATE TABLE content_packs (
    version INTEGER PRIMARY KEY AUTOINCREMENT,
    digest TEXT NOT NULL,
    bundle TEXT NOT NULL,                      -- the pack as one YAML document
    summary TEXT NOT NULL,
    origin TEXT NOT NULL,                      -- the file or folder it came from
    imported_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);
CREATE UNIQUE INDEX content_packs_one_active ON content_packs (active) WHERE active = 1;

-- One row per change a running bot must pick up (an import, a rollback, a promotion), written by
-- the CLI in the transaction that made the change; the bot watches the highest id.
CREATE TABLE content_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    what TEXT NOT NULL,
    at TEXT NOT NULL
);

-- Episode rooms: a server's choice of channel, and each room (a thread) opened in it.
CREATE TABLE season2_room_settings (
    guild_id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL,
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    since TEXT NOT NULL,                       -- when turned on
    set_by INTEGER NOT NULL,
    disabled_reason TEXT
);
CREATE TABLE season2_rooms (
    guild_id INTEGER NOT NULL,
    position INTEGER NOT NULL,                 -- the episode's position code
    channel_id INTEGER NOT NULL,               -- the channel the thread lives in
    state TEXT NOT NULL CHECK (state IN ('opening', 'open', 'failed')),
    thread_id INTEGER,
    starter_id INTEGER,
    opened_at TEXT,
    last_error TEXT,
    PRIMARY KEY (guild_id, position)
);

-- Where each moderator's report (/season2set report) came from, and its retraction; the claim is
-- kept here as JSON when it is removed from season2_claims.
CREATE TABLE season2_reports (
    claim_id TEXT PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    reported_at TEXT NOT NULL,
    retracted_at TEXT,
    retracted_by INTEGER,
    claim TEXT
);
CREATE INDEX season2_reports_guild ON season2_reports (guild_id, retracted_at);

-- The position a claim's text spoils (a season-2 claim can give away who survives season 1).
ALTER TABLE season2_claims ADD COLUMN spoils INTEGER NOT NULL DEFAULT 0;
