-- 029 season-2 countdowns a subscribed channel gets, or only fans who asked by DM: a channel's countdown starts for
-- a day that stands (official, or two sources); Part 2's day TVmaze alone lists counts down by DM only (fix107: a fan
-- who asked /season2 remind, told it is reported). 1: channels and DMs (every row before this one), 0: DMs only.
ALTER TABLE season2_reminders ADD COLUMN channels INTEGER NOT NULL DEFAULT 1 CHECK (channels IN (0, 1));
