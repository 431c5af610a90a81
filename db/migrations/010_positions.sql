-- Positions: a place in the show is (season, episode), stored as its code season * 100 + episode
-- (0 = nothing watched / spoils nothing; bot/show.py). Before this migration every progress, mark,
-- gate and spoiler tag was an episode number of season 1 (0..12): each becomes its season-1 code,
-- so 7 becomes 107 (S1E7) and 0 stays 0.
--
-- Converted: lore_progress.watched, lore_channel_marks.up_to, trivia_games.gate and clear_up_to,
-- trivia_daily.gate, trivia_reports.spoils, and the `spoils` of every question kept as JSON
-- (trivia_lists.questions_json, trivia_game_questions.question_json, trivia_daily.question_json).
--
-- The two lore tables said CHECK (... BETWEEN 0 AND 12); SQLite cannot change a CHECK in place, so
-- they are rebuilt with the same columns, keys, defaults and index and a CHECK on codes. Nothing
-- references them (no foreign keys), so dropping them cascades nowhere. The trivia tables have no
-- CHECK on these columns and are updated in place: rebuilding trivia_games would mean dropping the
-- parent of six tables (see 009 for what that takes).

-- 1. Lore: progress and channel marks, rebuilt with a CHECK on position codes.

CREATE TABLE lore_progress_new (
    guild_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    watched INTEGER NOT NULL CHECK (watched = 0 OR (watched / 100 BETWEEN 1 AND 99 AND watched % 100 BETWEEN 1 AND 99)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    PRIMARY KEY (guild_id, user_id)
);
INSERT INTO lore_progress_new (guild_id, user_id, watched, updated_at)
    SELECT guild_id, user_id, CASE WHEN watched BETWEEN 1 AND 99 THEN 100 + watched ELSE watched END, updated_at
    FROM lore_progress;
DROP TABLE lore_progress;
ALTER TABLE lore_progress_new RENAME TO lore_progress;

CREATE TABLE lore_channel_marks_new (
    channel_id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    up_to INTEGER NOT NULL CHECK (up_to = 0 OR (up_to / 100 BETWEEN 1 AND 99 AND up_to % 100 BETWEEN 1 AND 99)),
    set_by INTEGER,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
);
INSERT INTO lore_channel_marks_new (channel_id, guild_id, up_to, set_by, updated_at)
    SELECT channel_id, guild_id, CASE WHEN up_to BETWEEN 1 AND 99 THEN 100 + up_to ELSE up_to END, set_by, updated_at
    FROM lore_channel_marks;
DROP TABLE lore_channel_marks;
ALTER TABLE lore_channel_marks_new RENAME TO lore_channel_marks;
CREATE INDEX lore_channel_marks_guild ON lore_channel_marks (guild_id);

-- 2. Trivia: gates, marks and reports' spoiler tags, in place.

UPDATE trivia_games SET
    gate = CASE WHEN gate BETWEEN 1 AND 99 THEN 100 + gate ELSE gate END,
    clear_up_to = CASE WHEN clear_up_to BETWEEN 1 AND 99 THEN 100 + clear_up_to ELSE clear_up_to END;
UPDATE trivia_daily SET gate = 100 + gate WHERE gate BETWEEN 1 AND 99;
UPDATE trivia_reports SET spoils = 100 + spoils WHERE spoils BETWEEN 1 AND 99;

-- 3. Questions kept as JSON: one object per game question and daily question, an array per list.
-- Only an integer `spoils` of 1..99 changes; everything else in the JSON is kept as it was, and the
-- array keeps its order (json_each walks it in order; the aggregate reads the ordered subquery).

UPDATE trivia_game_questions
    SET question_json = json_set(question_json, '$.spoils', 100 + json_extract(question_json, '$.spoils'))
    WHERE json_valid(question_json) AND json_type(question_json, '$.spoils') = 'integer'
        AND json_extract(question_json, '$.spoils') BETWEEN 1 AND 99;

UPDATE trivia_daily
    SET question_json = json_set(question_json, '$.spoils', 100 + json_extract(question_json, '$.spoils'))
    WHERE question_json IS NOT NULL AND json_valid(question_json)
        AND json_type(question_json, '$.spoils') = 'integer'
        AND json_extract(question_json, '$.spoils') BETWEEN 1 AND 99;

UPDATE trivia_lists
    SET questions_json = (
        SELECT json_group_array(CASE
            WHEN item.type = 'object' AND json_type(item.value, '$.spoils') = 'integer'
                AND json_extract(item.value, '$.spoils') BETWEEN 1 AND 99
                THEN json(json_set(item.value, '$.spoils', 100 + json_extract(item.value, '$.spoils')))
            WHEN item.type IN ('object', 'array') THEN json(item.value)
            ELSE json_quote(item.value)
        END)
        FROM (SELECT key, type, value FROM json_each(trivia_lists.questions_json) ORDER BY key) AS item
    )
    WHERE json_valid(questions_json) AND json_type(questions_json) = 'array' AND json_array_length(questions_json) > 0;
