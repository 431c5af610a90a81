-- 028 season-2 reminders unique by part too: (release_at, offset_s) alone let a cancelled Part 2 row
-- block Part 1's reminder when the season's day later moved onto exactly a former Part 2 moment (its
-- insert hit the old row and did nothing). SQLite cannot drop a table's UNIQUE, so the table is
-- rebuilt as 005 made it, 027's part column in, unique by (release_at, offset_s, part).
CREATE TABLE season2_reminders_new (
    id INTEGER PRIMARY KEY,
    release_at TEXT NOT NULL,
    offset_s INTEGER NOT NULL CHECK (offset_s >= 0),
    due_at TEXT NOT NULL,
    confidence TEXT NOT NULL DEFAULT 'official',
    state TEXT NOT NULL DEFAULT 'scheduled'
        CHECK (state IN ('scheduled', 'fired', 'skipped', 'cancelled')),
    reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1, 2)),
    UNIQUE (release_at, offset_s, part)
);
INSERT INTO season2_reminders_new
    (id, release_at, offset_s, due_at, confidence, state, reason, created_at, updated_at, part)
    SELECT id, release_at, offset_s, due_at, confidence, state, reason, created_at, updated_at, part
    FROM season2_reminders;
DROP TABLE season2_reminders;
ALTER TABLE season2_reminders_new RENAME TO season2_reminders;
CREATE INDEX season2_reminders_due ON season2_reminders (state, due_at);
