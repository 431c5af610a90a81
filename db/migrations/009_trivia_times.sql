-- One time encoding for the trivia tables too (db/times.py): every moment the trivia tables store
-- moves from UNIX seconds (REAL, from the bot's Clock) to UTC text with microseconds,
-- 2026-03-01T12:00:00.000000Z, and the columns are declared TEXT.
--
-- Times converted: trivia_games (posted_at, deadline, last_answer_at, started_at, ended_at),
-- trivia_answers.answered_at, trivia_results.finished_at, trivia_hints.taken_at,
-- trivia_lists.imported_at, trivia_reports.created_at. The daily tables keep their calendar day keys
-- (YYYYMMDD) and HH:MM post times: dates on the calendar, not moments.
--
-- SQLite cannot change a column's type in place, so the tables are rebuilt with the same columns,
-- keys, CHECKs, UNIQUE constraints, foreign keys and indexes as migrations 003 and 007 made them.
-- Migrations run with foreign keys on and inside one transaction (where PRAGMA foreign_keys cannot be
-- turned off), and dropping trivia_games would cascade into every table that references it. So the
-- rows are first copied aside (times converted on the way), the children are dropped before their
-- parent, the tables are created afresh under their own names and the rows copied back, parents
-- first. Nothing else references these tables.

-- 1. Copy every table (times converted) aside.

CREATE TEMP TABLE trivia_games_009 AS SELECT
    id,
    guild_id,
    channel_id,
    starter_id,
    status,
    mode,
    settings_json,
    gate,
    clear_up_to,
    question_count,
    current_index,
    phase,
    CASE WHEN typeof(posted_at) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(posted_at * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(posted_at * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE posted_at END AS posted_at,
    CASE WHEN typeof(deadline) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(deadline * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(deadline * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE deadline END AS deadline,
    CASE WHEN typeof(last_answer_at) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(last_answer_at * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(last_answer_at * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE last_answer_at END AS last_answer_at,
    category,
    difficulty,
    CASE WHEN typeof(started_at) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(started_at * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(started_at * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE started_at END AS started_at,
    CASE WHEN typeof(ended_at) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(ended_at * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(ended_at * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE ended_at END AS ended_at,
    end_reason
FROM trivia_games;

CREATE TEMP TABLE trivia_game_questions_009 AS SELECT
    game_id,
    q_index,
    question_id,
    question_json,
    message_id,
    reveal_message_id,
    closed,
    winner_id
FROM trivia_game_questions;

CREATE TEMP TABLE trivia_answers_009 AS SELECT
    game_id,
    q_index,
    user_id,
    choice,
    correct,
    elapsed_ms,
    CASE WHEN typeof(answered_at) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(answered_at * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(answered_at * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE answered_at END AS answered_at
FROM trivia_answers;

CREATE TEMP TABLE trivia_guesses_009 AS SELECT
    game_id,
    q_index,
    user_id,
    guesses,
    last_verdict
FROM trivia_guesses;

CREATE TEMP TABLE trivia_scores_009 AS SELECT
    game_id,
    user_id,
    points,
    correct,
    wrong,
    streak,
    best_streak,
    fastest_ms
FROM trivia_scores;

CREATE TEMP TABLE trivia_results_009 AS SELECT
    game_id,
    guild_id,
    user_id,
    points,
    correct,
    wrong,
    won,
    best_streak,
    fastest_ms,
    CASE WHEN typeof(finished_at) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(finished_at * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(finished_at * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE finished_at END AS finished_at
FROM trivia_results;

CREATE TEMP TABLE trivia_hints_009 AS SELECT
    game_id,
    q_index,
    user_id,
    CASE WHEN typeof(taken_at) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(taken_at * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(taken_at * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE taken_at END AS taken_at
FROM trivia_hints;

CREATE TEMP TABLE trivia_lists_009 AS SELECT
    guild_id,
    name,
    author,
    description,
    questions_json,
    question_count,
    imported_by,
    CASE WHEN typeof(imported_at) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(imported_at * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(imported_at * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE imported_at END AS imported_at,
    config_json
FROM trivia_lists;

CREATE TEMP TABLE trivia_reports_009 AS SELECT
    id,
    guild_id,
    channel_id,
    game_id,
    question_id,
    question_text,
    spoils,
    reporter_id,
    reason,
    status,
    CASE WHEN typeof(created_at) IN ('integer', 'real')
        THEN strftime('%Y-%m-%dT%H:%M:%S', CAST(round(created_at * 1000000) AS INTEGER) / 1000000, 'unixepoch') || '.' || printf('%06d', CAST(round(created_at * 1000000) AS INTEGER) % 1000000) || 'Z'
        ELSE created_at END AS created_at
FROM trivia_reports;

-- 2. Drop the old tables, children before their parent (their indexes go with them).
DROP TABLE trivia_game_questions;
DROP TABLE trivia_answers;
DROP TABLE trivia_guesses;
DROP TABLE trivia_scores;
DROP TABLE trivia_results;
DROP TABLE trivia_hints;
DROP TABLE trivia_games;
DROP TABLE trivia_lists;
DROP TABLE trivia_reports;

-- 3. The same tables, times as TEXT.
CREATE TABLE trivia_games (
    id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    starter_id INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'finished', 'stopped', 'idle', 'abandoned')),
    mode TEXT NOT NULL CHECK (mode IN ('buttons', 'typed')),
    settings_json TEXT NOT NULL,            -- snapshot of the guild's settings at start
    gate INTEGER NOT NULL,                  -- highest episode a question may spoil
    clear_up_to INTEGER NOT NULL,           -- above this, answers/explanations go in ||...||
    question_count INTEGER NOT NULL,
    current_index INTEGER NOT NULL DEFAULT 0,
    phase TEXT NOT NULL DEFAULT 'asking' CHECK (phase IN ('asking', 'pause', 'done')),
    posted_at TEXT,                         -- when the current question was (re)posted
    deadline TEXT,                          -- when the current phase ends
    last_answer_at TEXT NOT NULL,           -- idle stop counts only answers
    category TEXT,
    difficulty TEXT,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    end_reason TEXT
);
CREATE UNIQUE INDEX trivia_one_active_game ON trivia_games (channel_id) WHERE status = 'active';
CREATE INDEX trivia_games_by_guild ON trivia_games (guild_id, started_at);
CREATE INDEX trivia_games_due ON trivia_games (status, deadline);

CREATE TABLE trivia_game_questions (
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    q_index INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    question_json TEXT NOT NULL,            -- snapshot, so a game resumes even if its list changed
    message_id INTEGER,
    reveal_message_id INTEGER,
    closed INTEGER NOT NULL DEFAULT 0,
    winner_id INTEGER,                      -- typed mode: who answered first
    PRIMARY KEY (game_id, q_index)
);
CREATE INDEX trivia_game_questions_by_question ON trivia_game_questions (question_id);

CREATE TABLE trivia_answers (
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    q_index INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    choice INTEGER,
    correct INTEGER NOT NULL,
    elapsed_ms INTEGER NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (game_id, q_index, user_id)
);

CREATE TABLE trivia_guesses (
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    q_index INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    guesses INTEGER NOT NULL DEFAULT 0,
    last_verdict TEXT,
    PRIMARY KEY (game_id, q_index, user_id)
);

CREATE TABLE trivia_scores (
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL,
    points INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    wrong INTEGER NOT NULL DEFAULT 0,
    streak INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0,
    fastest_ms INTEGER,
    PRIMARY KEY (game_id, user_id)
);

CREATE TABLE trivia_results (
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    guild_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    points INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    wrong INTEGER NOT NULL,
    won INTEGER NOT NULL,
    best_streak INTEGER NOT NULL,
    fastest_ms INTEGER,
    finished_at TEXT NOT NULL,
    PRIMARY KEY (game_id, user_id)
);
CREATE INDEX trivia_results_by_guild ON trivia_results (guild_id, finished_at);

CREATE TABLE trivia_hints (
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    q_index INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    taken_at TEXT NOT NULL,
    PRIMARY KEY (game_id, q_index, user_id)
);

CREATE TABLE trivia_lists (
    guild_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    author TEXT,
    description TEXT,
    questions_json TEXT NOT NULL,
    question_count INTEGER NOT NULL,
    imported_by INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    config_json TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (guild_id, name)
);

CREATE TABLE trivia_reports (
    id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    game_id INTEGER,
    question_id TEXT NOT NULL,
    question_text TEXT NOT NULL,
    spoils INTEGER NOT NULL DEFAULT 0,
    reporter_id INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('wrong', 'ambiguous', 'spoiler')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at TEXT NOT NULL,
    UNIQUE (guild_id, question_id, reporter_id, reason)
);
CREATE INDEX trivia_reports_open ON trivia_reports (guild_id, status, created_at);

-- 4. The rows back, parents first.
INSERT INTO trivia_games (id, guild_id, channel_id, starter_id, status, mode, settings_json, gate, clear_up_to, question_count, current_index, phase, posted_at, deadline, last_answer_at, category, difficulty, started_at, ended_at, end_reason)
    SELECT id, guild_id, channel_id, starter_id, status, mode, settings_json, gate, clear_up_to, question_count, current_index, phase, posted_at, deadline, last_answer_at, category, difficulty, started_at, ended_at, end_reason FROM temp.trivia_games_009;
INSERT INTO trivia_game_questions (game_id, q_index, question_id, question_json, message_id, reveal_message_id, closed, winner_id)
    SELECT game_id, q_index, question_id, question_json, message_id, reveal_message_id, closed, winner_id FROM temp.trivia_game_questions_009;
INSERT INTO trivia_answers (game_id, q_index, user_id, choice, correct, elapsed_ms, answered_at)
    SELECT game_id, q_index, user_id, choice, correct, elapsed_ms, answered_at FROM temp.trivia_answers_009;
INSERT INTO trivia_guesses (game_id, q_index, user_id, guesses, last_verdict)
    SELECT game_id, q_index, user_id, guesses, last_verdict FROM temp.trivia_guesses_009;
INSERT INTO trivia_scores (game_id, user_id, points, correct, wrong, streak, best_streak, fastest_ms)
    SELECT game_id, user_id, points, correct, wrong, streak, best_streak, fastest_ms FROM temp.trivia_scores_009;
INSERT INTO trivia_results (game_id, guild_id, user_id, points, correct, wrong, won, best_streak, fastest_ms, finished_at)
    SELECT game_id, guild_id, user_id, points, correct, wrong, won, best_streak, fastest_ms, finished_at FROM temp.trivia_results_009;
INSERT INTO trivia_hints (game_id, q_index, user_id, taken_at)
    SELECT game_id, q_index, user_id, taken_at FROM temp.trivia_hints_009;
INSERT INTO trivia_lists (guild_id, name, author, description, questions_json, question_count, imported_by, imported_at, config_json)
    SELECT guild_id, name, author, description, questions_json, question_count, imported_by, imported_at, config_json FROM temp.trivia_lists_009;
INSERT INTO trivia_reports (id, guild_id, channel_id, game_id, question_id, question_text, spoils, reporter_id, reason, status, created_at)
    SELECT id, guild_id, channel_id, game_id, question_id, question_text, spoils, reporter_id, reason, status, created_at FROM temp.trivia_reports_009;

-- 5. Done with the copies.
DROP TABLE temp.trivia_games_009;
DROP TABLE temp.trivia_game_questions_009;
DROP TABLE temp.trivia_answers_009;
DROP TABLE temp.trivia_guesses_009;
DROP TABLE temp.trivia_scores_009;
DROP TABLE temp.trivia_results_009;
DROP TABLE temp.trivia_hints_009;
DROP TABLE temp.trivia_lists_009;
DROP TABLE temp.trivia_reports_009;
