-- 021 trivia daily lists: the lists and categories a channel's daily question draws from, as its
-- moderators chose them (`/triviaset daily lists:...`), a JSON array of names; NULL: the default
-- (the built-in lists and the server's approved trivia additions).
ALTER TABLE trivia_daily ADD COLUMN lists TEXT;
