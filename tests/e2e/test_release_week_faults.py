"""Release week under faults, in a big server run by busy moderators (scen47, stop 47).

One bot, driven through the local Discord phase by phase; the clock is the injected ManualClock.
What the moderators and fans expect, written before reading the code that implements it:

E1  Every subscribed channel gets the season-2 release-date news exactly once.
E2  Discord answering 500 to the first post does not lose it nor double it.
E3  Discord answering 429 to the first post does not lose it nor double it.
E4  A restart mid-delivery (one channel served, the others not yet) ends with every channel
    holding it exactly once.
E5  A subscribed channel that was deleted does not stop the others getting it.
E6  A subscribed channel where the bot lost Send Messages does not stop the others.
E7  The moderators' notices channel is told about each broken subscription, naming the channel
    (or that it is gone) and what to do, in words (no error codes, no traceback).
E8  ... and told once: the next post or tick does not repeat the same notice.
E9  A subscription on a thread that was archived still gets the post (Discord reopens it).
E10 TVmaze down for an hour then back with the same list: no second announcement, and the
    moderators hear of the outage at most once.
E11 A feed carrying the same news twice under two URLs is posted at most once.
E12 A moderator's report whose date contradicts TVmaze's listed date: the reply says so, and
    members are not told a second, different date as settled.
E13 /season2 status shows the release date with its source, no traceback.
E14 Each countdown reminder (1 day, 1 hour, at release) is posted once, even across a restart.
E15 No countdown reminder is posted after the release has passed (a restart late does not catch up
    stale "1 day to go" posts).
E16 A member whose DMs are closed does not keep the others from their DM reminder.
E17 A member's closed DMs are not reported to the moderators' channel (their business alone).
E18 The announcement pings the chosen role once; nothing else pings.
E19 Nothing posted in an unmarked channel (news, reminders, episode rooms' names) shows a
    season-2 episode title; notices neither.
E20 An episode room opens once per new episode, and not again after a restart.

Blind: (filled in after the first run)
"""
