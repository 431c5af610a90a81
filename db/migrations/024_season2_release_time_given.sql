-- 024 season-2 release time given: whether a claim's source gave the release's hour, said outright
-- rather than read from the time of day (midnight UTC stood for "a day without a time", so a
-- release at 00:00 UTC was read as a bare day and moved to midnight Pacific). 1: an hour was given,
-- 0: a day only; NULL where the claim gives no release date. Transitions keep it for the dates they
-- move between (the history shows "00:00 UTC", not a day).
-- Existing rows keep their meaning: midnight stays a bare day; an hour that lands on 00:00 UTC was
-- stored one second past it (stop 46's stand-in for this flag), so it becomes its true instant, with
-- its hour given; every other time was given.
ALTER TABLE season2_claims ADD COLUMN release_time_given INTEGER CHECK (release_time_given IN (0, 1));
UPDATE season2_claims SET release_time_given = CASE
        WHEN substr(release_at, 12, 15) = '00:00:00.000000' THEN 0
        ELSE 1
    END
    WHERE release_at IS NOT NULL;
UPDATE season2_claims SET release_at = substr(release_at, 1, 11) || '00:00:00.000000Z'
    WHERE release_at IS NOT NULL AND substr(release_at, 12, 15) = '00:00:01.000000';

ALTER TABLE season2_transitions ADD COLUMN release_timed_before INTEGER CHECK (release_timed_before IN (0, 1));
ALTER TABLE season2_transitions ADD COLUMN release_timed_after INTEGER CHECK (release_timed_after IN (0, 1));
UPDATE season2_transitions SET
    release_timed_before = CASE WHEN release_at_before IS NULL THEN NULL
        WHEN substr(release_at_before, 12, 15) = '00:00:00.000000' THEN 0 ELSE 1 END,
    release_timed_after = CASE WHEN release_at_after IS NULL THEN NULL
        WHEN substr(release_at_after, 12, 15) = '00:00:00.000000' THEN 0 ELSE 1 END;
UPDATE season2_transitions SET release_at_before = substr(release_at_before, 1, 11) || '00:00:00.000000Z'
    WHERE substr(release_at_before, 12, 15) = '00:00:01.000000';
UPDATE season2_transitions SET release_at_after = substr(release_at_after, 1, 11) || '00:00:00.000000Z'
    WHERE substr(release_at_after, 12, 15) = '00:00:01.000000';
-- Reminders still to come count from the true instant, a second earlier; rows already fired, skipped
-- or cancelled stay as they were sent.
UPDATE OR IGNORE season2_reminders SET
        release_at = substr(release_at, 1, 11) || '00:00:00.000000Z',
        due_at = strftime('%Y-%m-%dT%H:%M:%f', due_at, '-1 second') || '000Z'
    WHERE state = 'scheduled' AND substr(release_at, 12, 15) = '00:00:01.000000';
