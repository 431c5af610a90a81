-- 027 season-2 reminders for a later part: a season released in parts (Status.part_at) counts down to its
-- Part 2 as to its release. 1: the season's release (Part 1; every row before this one), 2: its later part.
ALTER TABLE season2_reminders ADD COLUMN part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1, 2));
