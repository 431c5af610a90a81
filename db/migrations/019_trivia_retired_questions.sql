-- 019 trivia retired questions: a question a server's moderators took out of play from the report
-- queue (`/triviaset reports resolve:<n> retire:True`); its games and daily question skip it until
-- a moderator puts it back (retire:False).
CREATE TABLE trivia_retired_questions (
    guild_id INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    retired_at REAL NOT NULL,
    PRIMARY KEY (guild_id, question_id)
);
