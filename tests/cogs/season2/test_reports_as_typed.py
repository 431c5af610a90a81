"""Moderators' reports typed as moderators type them (through the local Discord): a release time
in Korean or Pacific time, a bare or bracketed address, a same-day correction of the date, and a
reply that says why a report changed nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.season2")


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=EXTENSIONS) as harness:
        yield harness


async def report(h: Harness, url: str, *, milestone: str = "release_date_announced", official: bool = True,
                 date: str = "today", **extra: object) -> Message:
    return await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone=milestone, source_url=url, date=date,
        official=official, **extra,
    )


def stamp(when: dt.datetime) -> str:
    return f"<t:{int(when.timestamp())}:F>"


async def test_a_release_time_in_korean_time_is_kept_as_that_moment(h: Harness) -> None:
    reply = await report(h, "netflix.com/tudum/aouad-s2", release_date="April 10, 2026 5pm KST")
    assert "Recorded. The status changed" in reply.text
    assert stamp(dt.datetime(2026, 4, 10, 8, 0, tzinfo=dt.UTC)) in reply.text  # shown in each reader's own time
    assert h.bot.season2_status.status.release_at == dt.datetime(2026, 4, 10, 8, 0, tzinfo=dt.UTC)


async def test_a_same_day_correction_moves_the_date_earlier(h: Harness) -> None:
    await report(h, "<https://www.netflix.com/tudum/a>", release_date="2026-04-20 00:00 PT")
    corrected = await report(
        h, "https://www.netflix.com/tudum/b", milestone="release_date_changed", release_date="2026-03-20 00:00 PT"
    )
    assert "release date changed" in corrected.text
    assert h.bot.season2_status.status.release_at == dt.datetime(2026, 3, 20, 7, 0, tzinfo=dt.UTC)  # PDT


async def test_a_window_instead_of_a_day_is_kept_as_a_window_not_a_date(h: Harness) -> None:
    reply = await report(h, "https://www.soompi.com/article/1", release_date="H1 2027")
    assert reply.ephemeral and "kept as a window (the first half of 2027), never as a date" in reply.text
    status = h.bot.season2_status.status
    assert status.window == "the first half of 2027" and status.release_at is None


async def test_a_report_that_changes_nothing_says_why(h: Harness) -> None:
    unofficial = await report(h, "https://www.soompi.com/article/1", milestone="trailer", official=False)
    assert "did not change" in unofficial.text and "unofficial" in unofficial.text
    await report(h, "https://www.netflix.com/tudum/a", release_date="2026-04-20 08:00")
    again = await report(h, "https://www.netflix.com/tudum/c", release_date="April 20, 2026 8am UTC", date="yesterday")
    assert "already is the release date" in again.text
    behind = await report(h, "https://www.netflix.com/tudum/d", milestone="filming", date="Feb 27")
    assert "already at release date announced" in behind.text


async def test_an_official_date_that_contradicts_the_official_one_standing_asks_before_moving_it(h: Harness) -> None:
    await report(h, "https://www.netflix.com/tudum/a", release_date="April 10, 2026 5pm KST")
    asked = await report(h, "https://www.jtbcstudios.com/news/b", release_date="17 April 2026 5pm KST")
    assert asked.ephemeral and "came from an official source too" in asked.text
    assert stamp(dt.datetime(2026, 4, 17, 8, 0, tzinfo=dt.UTC)) in asked.text
    assert [b["label"] for b in asked.buttons] == ["Post it", "Cancel"]  # no role pinged: no "and ping"
    assert h.bot.season2_status.status.release_at == dt.datetime(2026, 4, 10, 8, 0, tzinfo=dt.UTC)  # not yet
    await h.discord.click(h.moderator, asked, asked.buttons[0]["custom_id"])  # acknowledged, then updated
    posted = await h.discord.wait_for_message(h.general, lambda m: m.id == asked.id and "status changed" in m.text)
    assert "release date changed" in posted.text and not posted.buttons
    assert h.bot.season2_status.status.release_at == dt.datetime(2026, 4, 17, 8, 0, tzinfo=dt.UTC)


async def test_an_unofficial_date_that_differs_says_so_and_the_card_shows_each_sources_day(h: Harness) -> None:
    await report(h, "https://www.netflix.com/tudum/a", release_date="April 10, 2026 5pm KST")
    reply = await report(h, "https://www.koreaboo.com/news/1", official=False, release_date="april 24 2026")
    assert reply.ephemeral and "not the release date that stands" in reply.text
    assert "2026-04-24 00:00 UTC" in reply.text
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "10 April 2026, 08:00 UTC" in card.text and "Release date announced: 24 April 2026 \\(reported\\)" in card.text
    typo = await report(h, "htps://www.soompi.com/article/1", official=False, release_date="april 24 2026")
    assert typo.ephemeral and "did you mean <https://www.soompi.com/article/1>?" in typo.text


async def test_a_source_pasted_as_a_markdown_link_is_recorded_with_its_address(h: Harness) -> None:
    reply = await report(h, "[Tudum](https://www.netflix.com/tudum/aouad-s2)", milestone="teaser", date="2026-02-20")
    assert reply.text.startswith("Recorded"), reply.text
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "netflix.com" in status.text and "[Tudum]" not in status.text


async def test_part_2s_day_reported_is_shown_in_the_readers_time_as_part_2s_never_the_seasons(h: Harness) -> None:
    """rehearse66: "part 2 dated: 2027-04-09 07:00 UTC (<t:12 March 08:00> your time)", Part 1's moment beside it."""
    await report(h, "https://www.netflix.com/tudum/aouad-s2", release_date="2026-04-10 08:00 UTC")
    reply = await report(h, "https://www.netflix.com/tudum/aouad-s2-part-2", milestone="part_dated",
                         release_date="2026-05-08 07:00 UTC")
    part_2 = dt.datetime(2026, 5, 8, 7, 0, tzinfo=dt.UTC)
    assert f"part 2 dated: 2026-05-08 07:00 UTC ({stamp(part_2)} your time)" in reply.text, reply.text
    assert stamp(dt.datetime(2026, 4, 10, 8, 0, tzinfo=dt.UTC)) not in reply.text
