-- 015 trivia daily stopped: a daily question the bot turned off itself (it may no longer post in
-- its channel) keeps why and when, and whether a moderator has been told yet (0 until one is).
-- A moderator who sets the daily question again clears all three.
ALTER TABLE trivia_daily ADD COLUMN stopped_reason TEXT;
ALTER TABLE trivia_daily ADD COLUMN stopped_on TEXT;  -- a calendar day key, YYYYMMDD (UTC)
ALTER TABLE trivia_daily ADD COLUMN stop_told INTEGER NOT NULL DEFAULT 1;
