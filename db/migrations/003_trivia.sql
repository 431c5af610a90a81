-- Trivia: games and their state, answers, scores, per-member stats, results history,
-- per-guild settings, imported lists, the moderators' report queue and daily questions.
-- Times are UNIX seconds (REAL) taken from the bot's Clock, so tests and the demo can move them.

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
    posted_at REAL,                         -- when the current question was (re)posted
    deadline REAL,                          -- when the current phase ends
    last_answer_at REAL NOT NULL,           -- idle stop counts only answers
    category TEXT,
    difficulty TEXT,
    started_at REAL NOT NULL,
    ended_at REAL,
    end_reason TEXT
);

-- Exactly one active game per channel, whatever races happen in the bot.
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

-- Buttons: one answer per player per question. Typed: the one correct answer of a player.
CREATE TABLE trivia_answers (
    game_id INTEGER NOT NULL REFERENCES trivia_games (id) ON DELETE CASCADE,
    q_index INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    choice INTEGER,
    correct INTEGER NOT NULL,
    elapsed_ms INTEGER NOT NULL,
    answered_at REAL NOT NULL,
    PRIMARY KEY (game_id, q_index, user_id)
);

-- Typed mode: how many guesses each player made on each question (the guess limit).
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

-- One row per player per ended game: the history behind period leaderboards.
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
    finished_at REAL NOT NULL,
    PRIMARY KEY (game_id, user_id)
);
CREATE INDEX trivia_results_by_guild ON trivia_results (guild_id, finished_at);

CREATE TABLE trivia_member_stats (
    guild_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    games INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    wrong INTEGER NOT NULL DEFAULT 0,
    wins INTEGER NOT NULL DEFAULT 0,
    points INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0,
    fastest_ms INTEGER,
    PRIMARY KEY (guild_id, user_id)
);

CREATE TABLE trivia_settings (
    guild_id INTEGER PRIMARY KEY,
    answer_seconds INTEGER NOT NULL DEFAULT 20,
    points_to_win INTEGER NOT NULL DEFAULT 50,
    reveal_answers INTEGER NOT NULL DEFAULT 1,
    pause_seconds INTEGER NOT NULL DEFAULT 3,
    start_policy TEXT NOT NULL DEFAULT 'everyone' CHECK (start_policy IN ('everyone', 'role', 'moderators')),
    start_role_id INTEGER,
    max_guesses INTEGER NOT NULL DEFAULT 3,
    idle_seconds INTEGER NOT NULL DEFAULT 120,
    no_repeat_games INTEGER NOT NULL DEFAULT 5,
    disabled_lists_json TEXT NOT NULL DEFAULT '[]',
    disabled_categories_json TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE trivia_lists (
    guild_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    author TEXT,
    description TEXT,
    questions_json TEXT NOT NULL,
    question_count INTEGER NOT NULL,
    imported_by INTEGER NOT NULL,
    imported_at REAL NOT NULL,
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
    created_at REAL NOT NULL,
    UNIQUE (guild_id, question_id, reporter_id, reason)
);
CREATE INDEX trivia_reports_open ON trivia_reports (guild_id, status, created_at);

CREATE TABLE trivia_daily (
    channel_id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    post_time TEXT NOT NULL,                -- HH:MM, UTC
    gate INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1,
    day TEXT,                               -- the day of the current question (YYYY-MM-DD)
    question_id TEXT,
    question_json TEXT,
    message_id INTEGER
);

CREATE TABLE trivia_daily_answers (
    channel_id INTEGER NOT NULL,
    day TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    choice INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    PRIMARY KEY (channel_id, day, user_id)
);

CREATE TABLE trivia_daily_streaks (
    channel_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    streak INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0,
    last_correct_day TEXT,
    PRIMARY KEY (channel_id, user_id)
);
