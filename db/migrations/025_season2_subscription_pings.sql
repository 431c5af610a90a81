-- 025 season-2 subscription pings: whom each subscribed channel's posts ping, chosen at
-- `/season2set announce set` (big servers asked for fewer pings, some for the countdown too).
-- 'changes': announcements and the release post ping the role, the countdown before it does not
-- (the only rule before this column, so every existing subscription keeps it); 'all': the
-- countdown reminders ping as well; 'none': nothing pings (the role is kept for a later choice).
ALTER TABLE season2_subscriptions ADD COLUMN pings TEXT NOT NULL DEFAULT 'changes'
    CHECK (pings IN ('changes', 'all', 'none'));
