-- 022 trivia player names: the display name each trivia player was last seen under in a server
-- (when they last answered), so a leaderboard can name a player who has since left the server
-- (the bot has no members intent: it cannot look a former member up). Shown escaped, never as a
-- mention. Nothing existing changes: players of earlier games get a name when they next answer.
CREATE TABLE trivia_player_names (
    guild_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
