-- 014 trivia game lists: which lists each finished game drew its questions from, recorded with its
-- results and kept as long as they are (housekeeping prunes question snapshots, not this), so a
-- leaderboard can be per list (/trivia leaderboard list:). Games that already ended are filled in
-- from the question snapshots still there.
CREATE TABLE trivia_game_lists (
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    guild_id INTEGER NOT NULL,
    list_name TEXT NOT NULL,
    PRIMARY KEY (game_id, list_name)
);
CREATE INDEX trivia_game_lists_by_list ON trivia_game_lists (guild_id, list_name);

INSERT OR IGNORE INTO trivia_game_lists (game_id, guild_id, list_name)
SELECT DISTINCT q.game_id, g.guild_id, json_extract(q.question_json, '$.list_name')
FROM trivia_game_questions AS q JOIN trivia_games AS g ON g.id = q.game_id
WHERE json_valid(q.question_json) AND json_extract(q.question_json, '$.list_name') IS NOT NULL
  AND q.game_id IN (SELECT game_id FROM trivia_results);
