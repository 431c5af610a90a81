"""The /season2set announce replies (cogs/season2/render_announce.py): the channels that get the news."""

from __future__ import annotations

import datetime as dt

from bot.permissions import PRIVATE_THREAD_NEED
from bot.season2.delivery.reminders import DAY, HOUR
from bot.season2.model.delivery import Subscription
from cogs.season2 import render_announce
from cogs.season2.pings import PingTrouble


def test_a_subscription_reply_names_the_channel_and_the_role_only_when_one_pings() -> None:
    assert render_announce.subscribed_text(10, None, "official").startswith("Season 2 news (official) will be announced in <#10>.")
    assert ", pinging <@&20>." in render_announce.subscribed_text(10, 20, "all")


def test_a_subscription_with_a_role_says_the_countdown_does_not_ping_it() -> None:
    assert "The countdown reminders before the release post there without pinging it." in (
        render_announce.subscribed_text(10, 20, "official"))
    assert "countdown" not in render_announce.subscribed_text(10, None, "official")
    # once no countdown is left (season 2 out, no later part to come), none is promised (fix84)
    assert "countdown" not in render_announce.subscribed_text(10, 20, "official", countdown_over=True)


def test_a_subscription_reply_says_what_each_ping_choice_pings() -> None:
    assert "<#10>, pinging <@&20> for the news, the countdown and the release." in (
        render_announce.subscribed_text(10, 20, "official", pings="all"))
    quiet = render_announce.subscribed_text(10, 20, "official", pings="none")
    assert "<#10>, pinging no one (pings: none; <@&20> kept)." in quiet and "countdown" not in quiet


def test_the_list_says_what_each_channel_pings() -> None:
    at = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    subs = [
        Subscription(i, 1, 10 + i, 20, "official", 3, True, None, at, pings=pings)
        for i, pings in enumerate(("changes", "all", "none"))
    ]
    lines = render_announce.subscriptions_text(subs, ()).splitlines()
    assert lines[:3] == [
        "<#10>: official, pinging <@&20>, on",
        "<#11>: official, pinging <@&20> for the news, the countdown and the release, on",
        "<#12>: official, pinging no one (pings: none; <@&20> kept), on",
    ]


def test_turning_announcements_off_lists_the_channels_or_says_there_were_none() -> None:
    assert render_announce.unsubscribed_text([]) == "No channel here was getting season 2 announcements."


def test_a_test_announcement_counts_channels_in_good_english() -> None:
    assert render_announce.test_queued_text(1).endswith("1 channel.")
    assert render_announce.test_queued_text(3).endswith("3 channels.")


def test_a_long_list_of_announcement_channels_fits_one_discord_message() -> None:
    at = dt.datetime(2027, 3, 1, tzinfo=dt.UTC)
    subs = [Subscription(n, 1, 10**17 + n, 10**17 + 1000 + n, "reported", 5, n % 2 == 0,
                         None if n % 2 == 0 else "missing permissions: Send Messages, Embed Links", at)
            for n in range(40)]
    text = render_announce.subscriptions_text(subs, [DAY, HOUR, 0])
    assert len(text) <= render_announce.LIST_LIMIT and text.endswith("Countdown reminders: 1d, 1h, at release")
    shown = text.count("<#")
    assert shown < 40 and f"…and {40 - shown} more channels." in text


def test_a_test_that_will_fail_says_which_permissions_and_where_to_allow_them() -> None:
    text = render_announce.test_queued_text(1, [(5, ["View Channel", "Send Messages"])])
    assert "I can't post in <#5>: I need View Channel and Send Messages there" in text
    assert "Allow them for me in the channel's settings (Edit Channel > Permissions)" in text


def test_a_channel_turned_off_for_missing_permissions_says_how_to_turn_it_back_on() -> None:
    at = dt.datetime(2027, 3, 1, tzinfo=dt.UTC)
    lost = Subscription(1, 1, 10, None, "official", 5, False, "missing permissions", at)
    text = render_announce.subscriptions_text([lost], [DAY])
    assert "<#10>: official, off (missing permissions) · give them back to me, then run `/season2set announce set` for it again" in text


def test_a_channel_turned_off_names_what_it_lacks_now_and_a_locked_thread_is_unlocked() -> None:
    at = dt.datetime(2027, 3, 1, tzinfo=dt.UTC)
    subs = [Subscription(1, 1, 10, None, "official", 5, False, "missing permissions", at),
            Subscription(2, 1, 11, None, "official", 5, False, "missing permissions", at),
            Subscription(3, 1, 12, None, "official", 5, False, "missing permissions", at),
            Subscription(4, 1, 13, None, "official", 5, False, "missing permissions", at)]
    text = render_announce.subscriptions_text(subs, [DAY], blocked={
        10: ["Send Messages"], 11: ["Manage Threads (the thread is locked)"], 12: [PRIVATE_THREAD_NEED], 13: []})
    assert ("<#10>: official, off (missing permissions) · I need Send Messages there: allow it for me in the "
            "channel's settings (Edit Channel > Permissions), then run `/season2set announce set` for it again") in text
    assert ("<#11>: official, off (missing permissions) · I need Manage Threads (the thread is locked) there: "
            "unlock the thread, then run `/season2set announce set` for it again") in text
    assert (f"<#12>: official, off (missing permissions) · I need {PRIVATE_THREAD_NEED}, "
            "then run `/season2set announce set` for it again") in text  # no setting grants it
    assert ("<#13>: official, off (missing permissions) · I can post there again: "
            "run `/season2set announce set` for it to turn it on") in text  # given back since: no need repeated
    assert "give them back" not in text


def test_a_channel_a_moderator_turned_off_or_deleted_gets_no_turn_it_back_on_hint() -> None:
    at = dt.datetime(2027, 3, 1, tzinfo=dt.UTC)
    subs = [Subscription(1, 1, 10, None, "official", 5, False, "turned off by a moderator", at),
            Subscription(2, 1, 11, None, "official", 5, False, "channel deleted", at)]
    assert "give them back to me" not in render_announce.subscriptions_text(subs, [DAY])


def test_a_lost_channel_is_named_by_its_last_name_as_inert_text() -> None:
    at = dt.datetime(2027, 3, 1, tzinfo=dt.UTC)
    subs = [Subscription(1, 1, 10, None, "official", 5, False, "channel deleted", at, "s2-news"),
            Subscription(2, 1, 11, None, "official", 5, True, None, at, "**bold**||x||@everyone<#1>"),
            Subscription(3, 1, 12, None, "official", 5, False, "channel deleted", at),  # no name kept: its mention
            Subscription(4, 1, 13, None, "official", 5, True, None, at, "found")]  # still there: its mention
    text = render_announce.subscriptions_text(subs, [DAY], gone={11})
    assert "#s2-news (deleted): official, off (channel deleted)" in text.replace("\\", "")  # escapes hide
    assert "(not found): official, on, but I can't find that channel" in text
    assert "**bold**" not in text and "||x||" not in text and "@everyone" not in text and "<#1>" not in text
    assert "<#12>: official, off" in text and "<#13>: official, on" in text
    assert render_announce.lost_names(subs, {11}).keys() == {10, 11}


def test_every_channel_turned_off_says_how_to_have_it_again_and_never_names_a_deleted_role() -> None:
    at = dt.datetime(2027, 3, 1, tzinfo=dt.UTC)
    subs = [Subscription(1, 1, 10, 20, "official", 5, False, "the bot was removed from the server", at),
            Subscription(2, 1, 11, 20, "official", 5, False, "turned off by a moderator", at),
            Subscription(3, 1, 12, 20, "official", 5, False, "channel deleted", at)]
    gone = PingTrouble("the role it pinged was deleted", role_gone=True)
    text = render_announce.subscriptions_text(subs, [DAY], pings={10: gone, 11: gone, 12: gone})
    lines = text.splitlines()
    assert lines[0].endswith("off (the bot was removed from the server) · `/season2set announce set` for it turns it on again")
    assert lines[1].endswith("off (turned off by a moderator) · `/season2set announce set` for it turns it on again")
    assert lines[2].endswith("off (channel deleted) · pick another channel with `/season2set announce set`")
    assert "<@&20>" not in text and "⚠️" not in text  # the role is only not named: an off channel pings no one anyway


def test_a_channel_set_again_after_a_refusal_is_told_what_it_missed_is_posted_now() -> None:
    assert "The announcement it missed while I couldn't post there is posted now." in (
        render_announce.subscribed_text(10, None, "official", missed=1))
    assert "The 2 announcements it missed" in render_announce.subscribed_text(10, None, "official", missed=2)
    assert "missed" not in render_announce.subscribed_text(10, None, "official")


def test_a_channel_discord_says_is_deleted_is_listed_as_deleted_whether_it_was_on_or_refused() -> None:
    at = dt.datetime(2027, 3, 1, tzinfo=dt.UTC)
    subs = [Subscription(1, 1, 10, None, "official", 5, True, None, at, "s2-news"),
            Subscription(2, 1, 11, None, "official", 5, False, "missing permissions", at, "old-news")]
    text = render_announce.subscriptions_text(subs, [DAY], gone={10}, blocked={11: ["Send Messages"]}, deleted={10, 11})
    assert ("#s2-news (deleted): official, on, but I can't find that channel: Discord says it was deleted; pick another "
            "channel with `/season2set announce set`") in text.replace("\\", "")
    assert ("#old-news (deleted): official, off (channel deleted) · pick another channel with `/season2set announce set`"
            in text.replace("\\", ""))
    assert "Send Messages" not in text
