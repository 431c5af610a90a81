-- Trivia, second round: hints, list CONFIG, the bot as a player.
-- A released migration is never edited; these are additions only.

-- One row per player who took the hint on a question (a hint halves that player's points there).
-- The primary key makes repeated clicks harmless: the first one counts, the others show it again.
CREATE TABLE trivia_hints (
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    q_index INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    taken_at REAL NOT NULL,
    PRIMARY KEY (game_id, q_index, user_id)
);

-- Red-DiscordBot lists may carry a CONFIG mapping (answer time, idle stop, points to win, ...).
ALTER TABLE trivia_lists ADD COLUMN config_json TEXT NOT NULL DEFAULT '{}';

-- Server settings as Red has them: lists may override the server's settings (on), the bot scores
-- when nobody gets a question (off), revealed answers in spoiler bars (off).
ALTER TABLE trivia_settings ADD COLUMN lists_override INTEGER NOT NULL DEFAULT 1;
ALTER TABLE trivia_settings ADD COLUMN bot_plays INTEGER NOT NULL DEFAULT 0;
ALTER TABLE trivia_settings ADD COLUMN spoiler_answers INTEGER NOT NULL DEFAULT 0;
