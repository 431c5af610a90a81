-- 024 season-2 release time given: whether a claim's source gave the release's hour, said outright
-- rather than read from the time of day (midnight UTC stood for "a day without a time", so a
-- release at 00:00 UTC was read as a bare day and moved to midnight Pacific). 1: an hour was given,
-- 0: a day only; NULL where the claim gives no release date.
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
