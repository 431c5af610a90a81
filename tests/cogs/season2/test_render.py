"""The season-2 cog's private replies (cogs/season2/render.py)."""

from __future__ import annotations

import datetime as dt
import re

from bot.season2.delivery.reminders import DAY, HOUR
from bot.season2.model import Milestone, Status
from cogs.season2 import render
from cogs.season2.render_posts import reminder_embed
from tests.table import table


def test_offsets_read_largest_first_and_none_when_empty() -> None:
    assert render.offsets_text((7 * DAY, HOUR, 0)) == "7d, 1h, at release"
    assert render.guild_offsets_text(()).startswith("Countdown reminders are off in this server")


def test_remind_says_how_to_stop_only_when_turned_on() -> None:
    now = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    assert "again to stop" in render.remind_text(True, Status(None, None, None), now, in_server=False)
    assert "any more" in render.remind_text(False, Status(None, None, None), now, in_server=False)


def test_remind_once_season_2_is_out_counts_down_to_a_dated_part_2_never_says_none_is_left() -> None:
    """rehearse60: a fan turning reminders on between Part 1 and a dated Part 2 was told "no countdown left", then got
    Part 2's countdown by DM: the reply now says it comes, before Part 2's day; none is left once Part 2 is out."""
    from bot.season2.reports import moderator_claim

    part1, part2 = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC), dt.datetime(2027, 3, 12, 8, tzinfo=dt.UTC)
    netflix = moderator_claim(milestone=Milestone.PART_DATED, source_url="https://www.netflix.com/tudum/aouad",
                              date=part1.date(), official=True, now=part1, release_at=part2)
    status = Status(Milestone.RELEASED, part1, part1, release_timed=True, part_at=part2, part_timed=True,
                    part_backing=(netflix,))
    between = render.remind_text(True, status, part1 + dt.timedelta(days=2), in_server=False)
    assert "no countdown left" not in between and f"before Part 2 (<t:{int(part2.timestamp())}:F>)" in between, between
    after = render.remind_text(True, status, part2 + dt.timedelta(hours=1), in_server=False)
    assert "no countdown left" in after and "to stop" not in after, after  # the fan is not put on the list: nothing to stop


def test_remind_after_the_part_only_tvmaze_listed_came_out_says_no_countdown_is_left_never_ask_again_then() -> None:
    """review68a: once episodes 5-8 were out as TVmaze lists them, /season2 remind said "Countdown reminders start once
    Netflix or a second source gives that day: ask again then." of a day already past."""
    from bot.show import EpisodeInfo, ShowShape
    from cogs.season2.render_posts import out_now_lines

    part1, part2 = dt.datetime(2027, 3, 12, 8, tzinfo=dt.UTC), dt.datetime(2027, 4, 9, 7, tzinfo=dt.UTC)
    show = ShowShape(EpisodeInfo(2, n, None, part1 if n <= 4 else part2) for n in range(1, 9))
    show.set_premiere(2, part1)
    now = part2 + dt.timedelta(hours=1)
    _, to_come = out_now_lines(show, now, None)
    said = render.remind_text(True, Status(Milestone.RELEASED, part1, part1, release_timed=True), now, in_server=False,
                              to_come=to_come)
    assert "no countdown left" in said and "ask again" not in said, said
    assert f"Episodes 5-8 came out on <t:{int(part2.timestamp())}:F>" in said, said


_PART1, _PART2 = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC), dt.datetime(2027, 3, 12, 8, tzinfo=dt.UTC)


@table(("status", "schedule"), [
    (Status(None, None, None), "you'll get a direct message 30 days, 7 days, 1 day and 1 hour before the release, "
                               "and at release."),
    (Status(Milestone.RELEASED, _PART1, _PART1, release_timed=True, part_at=_PART2, part_timed=True),
     "you'll get a direct message 30 days, 7 days, 1 day and 1 hour before Part 2, and at Part 2's release."),
])
def test_remind_says_which_release_its_last_message_comes_at(status: Status, schedule: str) -> None:
    said = render.remind_text(True, status, _PART1 + dt.timedelta(days=1), in_server=False)
    assert schedule in said, said


def test_a_sources_failure_reads_in_words_never_as_an_exception() -> None:
    from cogs.season2.render_claims import plain_error

    assert plain_error("ClientConnectorError: Cannot connect to host feeds.example:443 ssl:default") == (
        "couldn't reach the site (it may be down)")
    assert plain_error("the feed answered 404") == "the page is gone (HTTP 404)"
    assert plain_error("TimeoutError: ") == "the site did not answer in time"
    assert plain_error("KeyError: 'items'") == "the last try failed"
    assert plain_error("TVmaze knows no show called 'x'") == "TVmaze knows no show called 'x'"


@table(("recorded", "said"), [
    ("403 50013: Missing Permissions", "I need View Channel, Send Messages or Embed Links there."),
    ("403 50013 missing permissions: Send Messages; Embed Links", "I need Send Messages and Embed Links there."),
    ("403 160005: Thread is locked", "Unlock the thread, or pick another channel."),
    ("403 50001: Missing Access", "I need View Channel there."),
    ("404 10003: Unknown Channel", "the channel was deleted"),
    ("subscription disabled: channel deleted", "the channel was deleted"),
    ("400 50083: Thread is archived", "the thread is archived: open it again"),
    ("503 server error", "Discord was busy or down"),
    ("gave up after 8 tries: 503 server error", "Discord was busy or down (I gave up after 8 tries)"),
    ("network: Cannot connect to host discord.com:443", "Discord was busy or down"),
    ("400 50035: Invalid Form Body", "Discord refused the post as I wrote it"),
    ("its countdown moment passed before it could go out: left out rather than posted late",
     "its countdown moment passed before it could go out: left out rather than posted late"),
])
def test_a_post_discord_did_not_take_reads_in_words_never_as_a_code(recorded: str, said: str) -> None:
    from cogs.season2.render_claims import plain_error

    shown = plain_error(recorded)
    assert said in shown, shown
    assert not re.search(r"\b\d{3,6}\b|Missing|Unknown|Invalid", shown.replace("8 tries", "")), shown


def test_a_day_read_for_a_release_is_said_in_utc_first_so_no_clock_shows_it_as_the_day_before() -> None:
    christmas = dt.datetime(2026, 12, 25, tzinfo=dt.UTC)  # "christmas": the day, at its UTC midnight
    assert render.read_day_as_text(christmas).startswith("Read as Friday 25 December 2026, 00:00 UTC (<t:")
    friday = dt.datetime(2026, 12, 4, 8, 0, tzinfo=dt.UTC)  # "this Friday 5pm KST"
    assert render.read_day_as_text(friday).startswith("Read as Friday 4 December 2026, 08:00 UTC (<t:")


def test_two_reports_that_read_the_same_are_told_apart_by_when_they_were_made() -> None:
    from dataclasses import replace

    from bot.season2.model import Claim, Confidence, Milestone, Source

    claim = Claim(id="mod:1", milestone=Milestone.TEASER, date=dt.date(2026, 2, 28), confidence=Confidence.REPORTED,
                  source=Source("soompi.com", "", "https://www.soompi.com/a"), text="", origin="moderator")
    plain = render.report_choice(claim)
    stamped = render.report_choice(claim, dt.datetime(2026, 3, 1, 12, 5, 9, tzinfo=dt.UTC))
    assert plain == "Teaser (reported) · soompi.com · 2026-02-28"
    assert stamped == plain + " · reported 01 Mar 12:05:09 UTC"
    long = replace(claim, source=Source("x" * 200, "", ""))
    assert len(render.report_choice(long, dt.datetime(2026, 3, 1, tzinfo=dt.UTC))) <= 100


def test_many_failing_sources_fit_one_embed_and_say_how_many_more_there_are() -> None:
    from bot.season2.schedule import SourceHealth

    when = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    health = [SourceHealth(f"rss-{i}", "rss", f"https://news{i}.example/" + "feeds/" * 30, "backing_off", when, None,
                           None, when, 4, None, "the server did not answer in time " + "x" * 300, True)
              for i in range(40)]
    embed = render.sources_embed(health)
    assert len(embed) <= 6000 and len(embed.fields) <= 25  # Discord sends it, never a refusal
    more = embed.fields[-1]
    shown = len(embed.fields) - 1
    assert more.value is not None and more.value.startswith(f"…and {40 - shown} more")


def test_a_status_card_crowded_with_claims_fits_one_embed_cutting_whole_claims_only() -> None:
    import discord

    from cogs.season2.render_claims import field_lines, fit_embed

    embed = discord.Embed(title="Season 2: date announced", description="Since today. " * 60)
    embed.set_footer(text="A rumour never moves the status: it takes an official source or two independent reports.")
    for name in ("Backed by", "Release date sources", "Release window sources", "Reported, waiting", "Rumours", "Refuted"):
        claims = [f"||Cheong-san returns, claim {n}|| (reported, [Soompi](https://soompi.example/{n}))" for n in range(30)]
        embed.add_field(name=name, value=field_lines(claims), inline=False)
    assert len(embed) > 6000
    fit_embed(embed)
    assert len(embed) <= 6000  # Discord sends it, never a refusal
    for f in embed.fields:
        value = str(f.value)
        assert value.count("||") % 2 == 0  # no spoiler bar cut open
        assert value.splitlines()[-1].startswith("…and ")


def _feed(title: str | None, url: str = "https://www.soompi.com/feed/k-drama/rss.xml") -> object:
    from bot.season2.schedule import SourceHealth

    return SourceHealth("rss:1", "rss", url, "ok", None, None, None, None, 0, None, None, True, title)


def _field(title: str | None, url: str = "https://www.soompi.com/feed/k-drama/rss.xml") -> tuple[str, str]:
    from bot.lore.content import bundled_pack
    from bot.lore.lexicon import lexicon_of

    (field,) = render.sources_embed([_feed(title, url)], lexicon_of(bundled_pack()).position).fields  # type: ignore[list-item]
    return str(field.name), str(field.value)


def test_a_source_is_headed_by_its_feed_title_with_its_address_linked_below() -> None:
    from tests.cogs.spoiler_oracle import plain

    name, value = _field("Soompi » K-Drama")
    assert plain(name) == "Soompi » K-Drama"
    assert "[soompi.com/feed/k-drama/rss.xml](https://www.soompi.com/feed/k-drama/rss.xml)" in plain(value)


def test_a_feed_never_read_is_headed_by_its_site_not_its_raw_address() -> None:
    assert _field(None)[0] == "Soompi.com"


def test_a_feed_title_cannot_ping_or_format_the_heading() -> None:
    name, _ = _field("@everyone **BREAKING** [click](https://evil.example) <@123>")
    assert "@everyone" not in name.replace("@\u200beveryone", "") and "<@123>" not in name
    assert "**" not in name.replace("\\*", "") and "](" not in name


def test_a_feed_title_that_spoils_stays_out_of_the_heading_and_in_bars_below() -> None:
    from tests.cogs.spoiler_oracle import outside_bars, plain

    name, value = _field("Cheong-san is alive: AOUAD fan news")
    assert "Cheong-san" not in name and name == "Soompi.com"
    assert "Cheong-san" in plain(value) and "Cheong-san" not in plain(outside_bars(value))


def _standing(kind: str) -> Status:
    """Season 2's status as /season2 status reads it: `official` released, `dated` its date passed, `tvmaze`
    TVmaze alone listing it as aired (nothing official), `none` nothing about it."""
    from bot.season2.model import Claim, Confidence, Milestone, Source

    aired = Claim(id="tvmaze:s2", milestone=Milestone.RELEASED, date=dt.date(2027, 3, 5), confidence=Confidence.REPORTED,
                  source=Source("TVmaze", "", "https://www.tvmaze.com/shows/1"), text="", origin="tvmaze")
    if kind == "official":
        return Status(Milestone.RELEASED, dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC), dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC))
    if kind == "dated":
        return Status(Milestone.RELEASE_DATE_ANNOUNCED, None, dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC), release_timed=True)
    return Status(Milestone.TEASER, None, None, pending=(aired,) if kind == "tvmaze" else ())


@table(("standing", "lead"), [
    ("official", "Season 2 is out, but it stays hidden in this channel's public replies"),
    ("dated", "Season 2 is out, but it stays hidden in this channel's public replies"),
    ("tvmaze", "TVmaze lists season 2's episodes as aired (not confirmed yet); they stay hidden in this channel's "
               "public replies"),
    ("none", "The episode listing shows season 2's episodes as aired (not confirmed yet); they stay hidden"),
])
def test_a_mark_held_behind_season_two_says_it_is_out_only_as_sure_as_its_source(standing: str, lead: str) -> None:
    from bot.show import Position
    from cogs.marks import held_mark_text, lone_report

    now, latest = dt.datetime(2027, 3, 5, 10, tzinfo=dt.UTC), Position(2, 4)
    said = held_mark_text(Position(1, 12), latest, "channel", lone_report(_standing(standing), latest, now))
    assert said.startswith(lead), said
    assert said.endswith("now season 1, episode 12 (`/spoilers up_to: full spoilers` shows everything out).")
    assert ("Season 2 is out" in said) == (standing in ("official", "dated"))


@table(("standing", "said"), [
    ("official", "everything up to season 2, episode 4 may be discussed in the clear, all that is out now."),
    ("tvmaze", "everything up to season 2, episode 4 may be discussed in the clear, all that TVmaze lists as aired "
               "(not confirmed yet)."),
])
def test_spoilers_full_says_what_is_out_as_sure_as_its_source(standing: str, said: str) -> None:
    from bot.show import Position
    from cogs.lore.render import spoilers_text
    from cogs.marks import lone_report

    now, latest = dt.datetime(2027, 3, 5, 10, tzinfo=dt.UTC), Position(2, 4)
    reply = spoilers_text(latest, latest=latest, reported=lone_report(_standing(standing), latest, now))
    assert said in reply, reply


_DUE_HOUR = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)  # (2027-03-05 00:00 Pacific: a day alone starts there too)


@table(("standing", "said"), [
    ("timed", f"the latest out. Season 2 comes out <t:{int(_DUE_HOUR.timestamp())}:F> "
              f"(<t:{int(_DUE_HOUR.timestamp())}:R>): raise the mark with `/spoilers` once more has aired."),
    ("day", f"the latest out. Season 2 comes out <t:{int(_DUE_HOUR.timestamp())}:F> "
            f"(<t:{int(_DUE_HOUR.timestamp())}:R>): raise the mark with `/spoilers` once more has aired."),
    ("window", "the latest out. Raise the mark with `/spoilers` once more has aired."),
    # (review65d: a date outlets report, Netflix saying nothing yet, said as theirs)
    ("reported", f"the latest out. Season 2 is reported to come out <t:{int(_DUE_HOUR.timestamp())}:F> "
                 f"(<t:{int(_DUE_HOUR.timestamp())}:R>): raise the mark with `/spoilers` once more has aired."),
])
def test_a_mark_in_season_two_before_it_is_out_says_when_it_comes_out_only_when_a_date_stands(
        standing: str, said: str) -> None:
    """rehearse65: "S2E1" before the release hour said only "once more has aired": now when (in each reader's own
    time), from the one season-2 status; with a window alone, no day is invented."""
    from bot.show import Position
    from cogs.lore.render import spoilers_text
    from cogs.marks import release_due

    status = {"timed": Status(Milestone.RELEASE_DATE_ANNOUNCED, None, _DUE_HOUR, release_timed=True),
              "day": Status(Milestone.RELEASE_DATE_ANNOUNCED, None, dt.datetime(2027, 3, 5, tzinfo=dt.UTC)),
              "window": Status(Milestone.RENEWED, None, None, window="spring 2027"),
              "reported": Status(Milestone.RELEASE_DATE_ANNOUNCED, None, _DUE_HOUR, release_timed=True,
                                 release_backing=(_standing("tvmaze").pending[0],))}[standing]
    latest, asked = Position(1, 12), Position(2, 1)
    due = release_due(asked, latest, status, _DUE_HOUR - dt.timedelta(hours=3))
    reply = spoilers_text(latest, latest=latest, asked=asked, due=due)
    assert reply.endswith(said), reply


def test_full_spoilers_before_season_twos_episodes_are_listed_says_so_never_all_that_is_out() -> None:
    """scen48b: "full spoilers" the minute Netflix's hour passed, TVmaze listing nothing yet, said "all that is out
    now" and "once they are out" of season 2, episode 1, while every episode may be out: said as far as the
    listings go, and to mark again once they are listed."""
    from bot.show import Position
    from cogs.lore.render import spoilers_text

    latest = Position(2, 1)
    reply = spoilers_text(latest, latest=latest, unlisted="season 2")
    assert ("everything up to season 2, episode 1 may be discussed in the clear, all that any source lists so far "
            "(season 2 is out, but its episodes are not listed yet).") in reply, reply
    assert reply.endswith("No source lists season 2's episodes yet, so this channel's spoiler mark stays at season 2, "
                          "episode 1; later episodes stay hidden in its public replies until a moderator raises it "
                          "(`/spoilers up_to: full spoilers` again once they are listed)."), reply
    assert "all that is out now" not in reply and "once they are out" not in reply


def test_full_spoilers_at_part_twos_hour_before_its_episodes_are_listed_says_so_never_all_that_is_out() -> None:
    """rehearse60: "full spoilers" the minutes after Part 2's hour, TVmaze listing Part 1's four episodes alone, marked
    season 2, episode 4 as "all that is out now" and "once they are out", while Part 2 was out: said as far as the
    listings go, and to mark again once Part 2's are listed; once they are, as before."""
    from bot.season2.unlisted import unlisted
    from bot.show import EpisodeInfo, Position, ShowShape
    from cogs.lore.render import spoilers_text

    part1, part2 = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC), dt.datetime(2027, 3, 12, 8, tzinfo=dt.UTC)
    status = Status(Milestone.RELEASED, part1, part1, release_timed=True, part_at=part2, part_timed=True)
    show = ShowShape([EpisodeInfo(1, n) for n in range(1, 13)])
    show.add_episodes(2, [EpisodeInfo(2, n, airstamp=part1) for n in range(1, 5)])
    latest = Position(2, 4)
    assert unlisted(show, latest, status, part2 - dt.timedelta(minutes=1)) == ""
    now = part2 + dt.timedelta(minutes=2)
    reply = spoilers_text(latest, latest=latest, unlisted=unlisted(show, latest, status, now))
    assert "(Part 2 is out, but its episodes are not listed yet)" in reply, reply
    assert "No source lists Part 2's episodes yet" in reply and "all that is out now" not in reply, reply
    show.add_episodes(2, [EpisodeInfo(2, n, airstamp=part2) for n in range(5, 9)])
    assert unlisted(show, Position(2, 8), status, now) == ""


def test_a_mark_held_in_season_one_before_season_two_says_no_source() -> None:
    from bot.show import Position
    from cogs.marks import held_mark_text, lone_report

    now, latest = dt.datetime(2027, 3, 5, 10, tzinfo=dt.UTC), Position(1, 12)
    said = held_mark_text(Position(1, 5), latest, "thread", lone_report(_standing("tvmaze"), latest, now))
    assert said.startswith("Later episodes stay hidden in this thread's public replies"), said


@table("url", [
    "https://news.example/cheong-san-dies/a||b",  # would close the bars around the link
    "https://news.example/cheong-san-dies/`x",  # would open a code span past them, to the next line's backtick
    "https://news.example/cheong-san-dies/a\\",
])
def test_a_feed_link_that_spoils_stays_in_its_bars_whatever_its_characters(url: str) -> None:
    from bot.show import NOTHING, Position
    from bot.text import outside_spoilers
    from cogs.season2.render_claims import source_link

    linked = source_link("Soompi", url, lambda text: Position(1, 12) if "dies" in text else NOTHING)
    assert linked.startswith("||")
    assert outside_spoilers(linked + "\nthe next headline `x`").split() == ["the", "next", "headline", "`x`"]


_OUT = {"type": "reminder", "release_at": "2027-03-12T08:00:00+00:00", "release_timed": True, "offset_s": 0,
        "confidence": "official", "episodes_out": [1, 4], "episodes_later": [5, 8]}


def test_a_release_post_with_part_2_dated_is_titled_part_1_and_says_when_part_2_comes() -> None:
    """rehearse66: "Season 2 is out now" read as all of it while Part 2 (episodes 5-8) was four weeks away."""
    embed = reminder_embed({**_OUT, "part_2_at": "2027-04-09T07:00:00+00:00", "part_2_timed": True,
                            "part_2_confidence": "official"})
    assert embed.title == "Season 2's Part 1 is out now"
    assert embed.description == ("Released <t:1804838400:F>.\n"
                                 "Part 2 (episodes 5-8) comes out <t:1807254000:F> (<t:1807254000:R>).")


def test_a_release_post_says_the_episodes_tvmaze_lists_later_as_its_word_alone() -> None:
    embed = reminder_embed({**_OUT, "next_at": "2027-04-09T07:00:00+00:00", "next_confidence": "reported"})
    assert embed.title == "Season 2's episodes 1-4 are out now"
    assert embed.description == ("Released <t:1804838400:F>.\nEpisodes 5-8 come later: TVmaze lists episode 5 for "
                                 "<t:1807254000:F> (<t:1807254000:R>; reported, not confirmed officially).")
    weekly = reminder_embed({**_OUT, "episodes_out": [1, 1], "episodes_later": [2, 2],
                             "next_at": "2027-03-19T08:00:00+00:00", "type": "released"})
    assert weekly.title == "Season 2's episode 1 is out"
    assert "\nEpisode 2 comes later: TVmaze lists it for <t:1805443200:F>" in str(weekly.description)


def test_a_release_post_of_a_season_out_at_once_is_unchanged() -> None:
    embed = reminder_embed({k: v for k, v in _OUT.items() if not k.startswith("episodes")})
    assert embed.title == "Season 2 is out now" and embed.description == "Released <t:1804838400:F>."


def test_the_post_that_part_2_is_out_names_its_episodes_and_is_unchanged_without_them() -> None:
    part_2 = {"type": "reminder", "release_at": "2027-04-09T07:00:00+00:00", "release_timed": True, "offset_s": 0,
              "confidence": "official", "part": 2}
    embed = reminder_embed({**part_2, "part_episodes": [5, 8]})
    assert embed.title == "Season 2's Part 2 is out now"
    assert embed.description == "Released <t:1807254000:F>.\nPart 2 is episodes 5-8, as TVmaze lists them."
    assert reminder_embed(part_2).description == "Released <t:1807254000:F>."
