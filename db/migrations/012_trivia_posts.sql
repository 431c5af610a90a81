-- Trivia posts as a durable queue, and side effects keyed by the Discord event that caused them.
-- A released migration is never edited; these are additions only.

-- Every step of a game that follows a committed state change (a question, a reveal, the final
-- scores) is written here in the same transaction as the change, then posted by the game host. A
-- crash, an expired interaction or a storm of 429s delays a post; nothing loses it.
-- (game_id, step, q_index) is unique, so a step is queued once; `nonce` makes Discord refuse to
-- create its message twice, and `first_tried_at` says when to look in the channel instead (the
-- nonce is only remembered for a few minutes).
CREATE TABLE trivia_posts (
    id INTEGER PRIMARY KEY,
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    step TEXT NOT NULL CHECK (step IN ('question', 'reveal', 'end')),
    q_index INTEGER NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    first_tried_at TEXT,
    message_id INTEGER,
    error TEXT,
    created_at TEXT NOT NULL,
    done_at TEXT,
    UNIQUE (game_id, step, q_index)
);

CREATE INDEX trivia_posts_pending ON trivia_posts (channel_id, id) WHERE status = 'pending';

-- Discord events (interactions, messages) whose side effect has been applied, by their snowflake
-- id, with what came of it: a second delivery of the same event (a second running copy, a replay)
-- finds its row and changes nothing. Kept for a day.
CREATE TABLE handled_events (
    event_id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    handled_at TEXT NOT NULL
);

CREATE INDEX handled_events_by_time ON handled_events (handled_at);
