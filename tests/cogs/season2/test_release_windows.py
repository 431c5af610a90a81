"""A moderator's report of a release window, as moderators type it and as fans then see it (through
the local Discord): stored as a window with its confidence; the card, /ask, /season2 remind and the
announcement show it as a window, never as a date; no countdown counts down to it; a day later
replaces it; a window that cannot be the news is refused saying which forms are read."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message
from db.season2 import reminders as reminders_db

START = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.season2", "cogs.lore")


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=EXTENSIONS) as harness:
        yield harness


async def report(h: Harness, release_date: str, *, milestone: str = "release_date_announced",
                 official: bool = True, url: str = "https://www.netflix.com/tudum/aouad-s2") -> Message:
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone=milestone, source_url=url, date="today",
        official=official, release_date=release_date,
    )
    assert reply.ephemeral
    return reply


async def card(h: Harness) -> dict[str, str]:
    reply = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert reply.embed is not None
    return {"title": reply.embed["title"], "description": reply.embed.get("description") or "", "text": reply.text}


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("season 2 comes out in spring 2027", "spring 2027"),
        ("first half of 2027", "the first half of 2027"),
        ("sometime in 2027", "2027"),
        ("Q1 2027", "Q1 2027"),
        ("H1 2027", "the first half of 2027"),
        ("late 2026 or early 2027", "late 2026 or early 2027"),
    ],
)
async def test_a_reported_window_is_stored_as_a_window_with_its_confidence(h: Harness, typed: str, label: str) -> None:
    reply = await report(h, typed)
    assert "The status changed: release window" in reply.text
    assert f"kept as a window ({label}), never as a date" in reply.text
    status = h.bot.season2_status.status
    assert status.window == label and status.release_at is None
    assert [c.confidence.value for c in status.window_backing] == ["official"]


async def test_the_card_shows_the_window_as_a_window_never_as_a_date(h: Harness) -> None:
    await report(h, "first half of 2027")
    shown = await card(h)
    assert shown["title"] == "Season 2: Post-production"  # a window moves no milestone
    assert "No release date has been announced." in shown["description"]
    assert "**Expected:** the first half of 2027 (official) — a window, not a date: no countdown" in shown["description"]
    assert "**Release:**" not in shown["description"] and ":R>" not in shown["description"].split("\n")[-1]


async def test_no_countdown_counts_down_to_a_window(h: Harness) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    await report(h, "Q1 2027")
    post = await h.discord.wait_for_message(news, lambda m: "release window" in m.text, timeout=8)
    assert post.embed is not None and post.embed["title"] == "Season 2 has a release window"
    assert "Expected in **Q1 2027**: a window, not a date" in post.text
    async with h.db.read() as conn:
        assert await reminders_db.list_reminders(conn) == []
    await h.advance(dt.timedelta(days=40))
    assert not [m for m in h.discord.messages(news) if "to go" in m.text or "out now" in m.text]
    remind = await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    assert "expected in Q1 2027, a window, not a date" in remind.text and "The next one" not in remind.text


@pytest.mark.parametrize("question", ["when does season 2 come out?", "is season 2 out yet?", "will season 2 come out in 2027?"])
async def test_ask_says_the_window_as_a_window(h: Harness, question: str) -> None:
    await report(h, "spring 2027")
    answer = await h.discord.invoke(h.fan, h.general, "ask", question=question)
    assert "season 2 is expected in spring 2027, a window, not a date" in answer.text
    assert "release date is" not in answer.text


async def test_an_unofficial_window_alone_waits_for_a_second_source(h: Harness) -> None:
    reply = await report(h, "Q1 2027", official=False, url="https://www.soompi.com/article/aouad-s2-q1")
    assert "did not change" in reply.text and "kept as a window (Q1 2027)" in reply.text
    shown = await card(h)
    assert "**Expected:**" not in shown["description"]
    assert "Reported, waiting for a second independent source" in shown["text"] and "Q1 2027" in shown["text"]


async def test_a_day_announced_later_replaces_the_window(h: Harness) -> None:
    await report(h, "first half of 2027")
    await report(h, "2027-03-14 17:00 KST")
    shown = await card(h)
    assert shown["title"] == "Season 2: Release date announced"
    assert "**Release:**" in shown["description"] and "**Expected:**" not in shown["description"]


async def test_a_delay_to_a_window_withdraws_the_date_and_shows_the_window(h: Harness) -> None:
    await report(h, "2027-01-20 08:00 UTC")
    await h.advance(dt.timedelta(days=3))
    reply = await report(h, "pushed back to late 2027", milestone="delayed")
    assert "delayed" in reply.text
    shown = await card(h)
    assert shown["title"] == "Season 2: delayed, no release date now", shown["title"]
    assert "**Expected:** late 2027 (official)" in shown["description"]
    # never "No release date has been announced" (scen45): one was, and the delay took it back
    assert "the date announced earlier was withdrawn when season 2 was delayed" in shown["description"]
    async with h.db.read() as conn:
        assert [r for r in await reminders_db.list_reminders(conn) if r.state == "scheduled"] == []


async def test_retracting_the_window_report_takes_the_window_away(h: Harness) -> None:
    await report(h, "spring 2027")
    (claim_id,) = [row.claim_id for row, _ in await h.bot.get_cog("Season2").service.reports(h.guild.id)]  # type: ignore[union-attr]
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report=claim_id)
    assert "Retracted the release window report" in reply.text
    assert h.bot.season2_status.status.window is None
    assert "**Expected:**" not in (await card(h))["description"]


@pytest.mark.parametrize(
    ("typed", "milestone", "says"),
    [
        ("first half of 2025", "release_window", "is over"),
        ("by 2027", "release_window", "the first half of 2027 (H1 2027), Q1 2027"),
        ("when netflix says so", "release_date_announced", "or a window as a year, half, quarter, season or month"),
        ("spring 2027", "filming", "report the window with milestone “Release window”"),
    ],
)
async def test_a_window_that_cannot_be_stored_is_refused_saying_what_is_read(
    h: Harness, typed: str, milestone: str, says: str
) -> None:
    reply = await report(h, typed, milestone=milestone)
    assert says in reply.text
    assert h.bot.season2_status.status.window is None


async def test_the_timeline_draws_a_window_report(h: Harness) -> None:
    await report(h, "spring 2027")
    reply = await h.discord.invoke(h.fan, h.general, "season2", "timeline", timeout=15)
    (attachment,) = reply.attachments
    assert attachment.data.startswith(b"\x89PNG")


async def test_a_window_that_changes_nothing_says_why(h: Harness) -> None:
    await report(h, "spring 2027")
    again = await report(h, "spring 2027", url="https://about.netflix.com/en/news/aouad-s2")
    assert "did not change: that already is the release window" in again.text
    await report(h, "2027-03-14 17:00 KST")
    late = await report(h, "Q2 2027", milestone="release_window", url="https://about.netflix.com/en/news/q2")
    assert "did not change: a release date stands" in late.text
    assert h.bot.season2_status.status.window is None


async def test_a_window_typed_without_its_year_is_stored_and_the_reply_says_how_it_was_read(h: Harness) -> None:
    spring = await report(h, "spring")
    assert spring.text.startswith("No year was given: read as **spring 2027** (the next one).")
    assert h.bot.season2_status.status.window == "spring 2027"
    q4 = await report(h, "Q4", url="https://about.netflix.com/en/news/q4")
    assert "read as **Q4 2026** (the one under way)" in q4.text
    dated = await report(h, "H1 2027", url="https://about.netflix.com/en/news/h1")
    assert "No year was given" not in dated.text
    early = await report(h, "early", url="https://about.netflix.com/en/news/early")
    assert "names no year or month: write early 2027" in early.text


async def test_this_season_said_in_december_is_next_years_and_a_weekday_says_its_day(h: Harness) -> None:
    spring = await report(h, "this spring")
    assert spring.text.startswith("No year was given: read as **spring 2027** (the next one).")
    assert h.bot.season2_status.status.window == "spring 2027"
    friday = await report(h, "this Friday 5pm KST", url="https://about.netflix.com/en/news/friday")
    stamp = int(dt.datetime(2026, 12, 4, 8, 0, tzinfo=dt.UTC).timestamp())
    assert friday.text.startswith(f"Read as Friday 4 December 2026, 08:00 UTC (<t:{stamp}:F> your time).")
    vague = await report(h, "next friday", url="https://about.netflix.com/en/news/next")
    assert "could be Friday 4 December 2026 or Friday 11 December 2026" in vague.text
