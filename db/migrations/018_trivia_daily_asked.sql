-- 018 trivia daily asked: which question each channel's daily question asked on each day, so the
-- next days ask the others first (trivia_daily keeps only today's). One short row a channel a day.
CREATE TABLE trivia_daily_asked (
    channel_id INTEGER NOT NULL,
    day TEXT NOT NULL,                      -- a calendar day key, YYYYMMDD (UTC)
    question_id TEXT NOT NULL,
    PRIMARY KEY (channel_id, day)
);
