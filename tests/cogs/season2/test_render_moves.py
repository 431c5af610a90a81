"""Earlier posts edited when the date moves or is confirmed (cogs/season2/render_posts.py)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import discord

from bot.season2.delivery.posts import transition_payload
from bot.season2.model import Claim
from bot.season2.rules import compute_status, diff
from bot.season2.sources.rss import FeedItem, claims_from_items
from cogs.season2.render_claims import stamp
from cogs.season2.render_posts import announcement_embed, confirmed_embed, date_move, struck_embed

OLD = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)
NEW = dt.datetime(2027, 3, 12, 8, tzinfo=dt.UTC)
T_OLD, T_NEW = int(OLD.timestamp()), int(NEW.timestamp())


def countdown() -> discord.Embed:
    return discord.Embed(title="Season 2 countdown: 1d to go", description=f"Release: <t:{T_OLD}:F> (<t:{T_OLD}:R>)")


def test_a_withdrawn_date_is_struck_and_said_withdrawn() -> None:
    struck = struck_embed(countdown(), OLD, None)
    assert struck is not None and struck.title == "Season 2 countdown: 1d to go (date withdrawn)"
    assert struck.description == f"Release: ~~<t:{T_OLD}:F>~~\n**The date was withdrawn:** no release date stands now."


def test_a_post_with_another_date_or_already_struck_is_left_alone() -> None:
    assert struck_embed(countdown(), NEW, OLD) is None
    once = struck_embed(countdown(), OLD, NEW)
    assert once is not None and struck_embed(once, OLD, NEW) is None


def test_a_day_that_only_got_its_hour_is_no_move() -> None:
    midnight = OLD.replace(hour=0)
    payload = {"kind": "release_date_changed", "release_at_before": midnight.isoformat(), "release_at_after": OLD.isoformat()}
    assert date_move(payload) is None
    payload["release_at_after"] = NEW.isoformat()
    assert date_move(payload) == (midnight, NEW)


def test_a_reported_announcement_is_shown_confirmed_and_loses_its_not_confirmed_footer() -> None:
    embed = discord.Embed(title="Season 2 has a release date", description=f"Release: <t:{T_OLD}:F> (<t:{T_OLD}:R>)")
    embed.add_field(name="Confidence", value="📰 reported")
    embed.set_footer(text="The date is reported, not confirmed officially.")
    confirmed = confirmed_embed(embed, OLD, NEW)
    assert confirmed is not None and confirmed.fields[0].value == f"✅ official (confirmed <t:{T_NEW}:D>)"
    assert confirmed.footer.text == "The date is now confirmed officially."
    assert confirmed_embed(confirmed, OLD, NEW) is None and confirmed_embed(embed, NEW, NEW) is None


def test_a_countdown_that_said_reported_in_its_footer_is_shown_confirmed() -> None:
    reminder = countdown()
    reminder.set_footer(text="The date is reported, not confirmed officially.")
    confirmed = confirmed_embed(reminder, OLD, NEW)
    assert confirmed is not None and confirmed.footer.text == "The date is now confirmed officially."
    assert confirmed_embed(countdown(), OLD, NEW) is None  # an official countdown needs nothing


def test_a_reported_day_confirmed_with_its_hour_is_shown_confirmed_at_that_hour() -> None:
    day = OLD.replace(hour=0)
    embed = discord.Embed(title="Season 2 has a release date",
                          description=f"Release: <t:{int(day.timestamp())}:F> (<t:{int(day.timestamp())}:R>)")
    embed.add_field(name="Confidence", value="📰 reported")
    confirmed = confirmed_embed(embed, OLD, NEW, day)
    assert confirmed is not None and confirmed.description == f"Release: <t:{T_OLD}:F> (<t:{T_OLD}:R>)"
    assert confirmed.fields[0].value == f"✅ official (confirmed <t:{T_NEW}:D>)"


def _news(title: str, publisher: str, day: int, official: bool = False) -> Claim:
    written = dt.date(2027, 1, day)
    (claim,), _ = claims_from_items([FeedItem(title, None, publisher, written, official)], written)
    return claim


def test_a_withdrawal_post_names_netflixs_denial_and_says_the_date_was_reported() -> None:
    reports = [_news("All of Us Are Dead Season 2 premieres Feb. 12", "screenrant.com", 15),
               _news("All of Us Are Dead Season 2 premiere date set: Feb. 12", "koreaboo.com", 15)]
    denial = _news("All of Us Are Dead Season 2 is not premiering Feb. 12", "netflix.com", 20, official=True)
    (withdrawn,) = [t for t in diff(compute_status(reports), compute_status([*reports, denial]))
                    if t.kind == "release_date_withdrawn"]
    fields = {f.name: str(f.value) for f in announcement_embed(transition_payload(withdrawn)).fields}
    assert fields["The date was"] == "📰 reported" and "Confidence" not in fields
    assert "not premiering Feb. 12" in fields["Sources"] and "screenrant" not in fields["Sources"].lower()


def test_a_day_without_a_time_shows_as_that_day_to_readers_in_the_americas_europe_and_korea() -> None:
    shown = dt.datetime.fromtimestamp(stamp(dt.datetime(2027, 2, 12, tzinfo=dt.UTC)), dt.UTC)
    for zone in ("America/Los_Angeles", "America/New_York", "Europe/London", "Asia/Seoul"):
        assert shown.astimezone(ZoneInfo(zone)).date() == dt.date(2027, 2, 12), zone


def test_a_post_sent_with_the_day_at_midnight_utc_is_still_struck_when_the_date_moves() -> None:
    midnight = OLD.replace(hour=0)
    sent = discord.Embed(title="Season 2 has a release date", description=f"Release: <t:{int(midnight.timestamp())}:F>")
    struck = struck_embed(sent, midnight, NEW)
    assert struck is not None and f"~~<t:{int(midnight.timestamp())}:F>~~" in (struck.description or "")


def test_part_2s_day_given_its_hour_says_the_time_is_known_never_no_longer_that_day() -> None:
    day, hour = dt.datetime(2027, 4, 16, tzinfo=dt.UTC), dt.datetime(2027, 4, 16, 16, tzinfo=dt.UTC)
    embed = announcement_embed({"kind": "part_dated", "release_at_before": day.isoformat(), "release_timed_before": False,
                                "release_at_after": hour.isoformat(), "release_timed_after": True})
    assert embed.title == "Season 2's Part 2 time is known"
    assert embed.description == f"Part 2: <t:{int(hour.timestamp())}:F> (<t:{int(hour.timestamp())}:R>), the first episode's air time."
