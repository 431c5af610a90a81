"""Moderators' reports through the local Discord (issue 12 item 6): junk refused with a reason,
an official report that would ping asks first, and /season2set retract with its one correction."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Channel, Message

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.season2")
WAIT = 8.0
NETFLIX = "https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2-teaser"


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=EXTENSIONS) as harness:
        yield harness


def posts(h: Harness, channel: Channel) -> list[Message]:
    return [m for m in h.discord.messages(channel) if m.interaction_id is None and m.author_id == h.discord.bot_user_id]


async def report(h: Harness, url: str = NETFLIX, *, official: bool = True, milestone: str = "teaser",
                 date: str = "2026-02-28", **extra: object) -> Message:
    return await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone=milestone, source_url=url, date=date,
        official=official, **extra,
    )


async def status_title(h: Harness) -> str:
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert card.embed is not None
    return str(card.embed["title"])


async def test_the_issues_junk_reports_are_refused_and_the_status_stays(h: Harness) -> None:
    before = await status_title(h)
    for url, why in (("https://evil.example/@everyone", "public internet"), ("http://127.0.0.1/x", "IP address")):
        reply = await report(h, url, official=False)
        assert reply.ephemeral and why in reply.text
        assert reply.mentions_pinged == []
    assert "before the show existed" in (await report(h, date="1900-01-01")).text
    early = await report(h, milestone="release_date_announced", release_date="2020-01-01", date="2026-02-28")
    assert "before season 1" in early.text
    assert await status_title(h) == before


async def test_unofficial_reports_alone_never_move_the_status(h: Harness) -> None:
    before = await status_title(h)
    await report(h, "https://www.soompi.com/article/1", official=False)
    reply = await report(h, "https://www.koreaboo.com/news/2", official=False)
    assert "did not change" in reply.text
    assert await status_title(h) == before


async def test_an_official_report_that_would_ping_waits_for_its_moderator(h: Harness) -> None:
    role = h.discord.add_role(h.guild, "s2-news")
    announcements = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=announcements, role=role)
    asked = await report(h)
    assert "will ping 1 role" in asked.text and [b["label"] for b in asked.buttons] == ["Post it and ping", "Cancel"]
    (command,) = [r for r in h.discord.interactions.by_id.values() if r.original_message_id == asked.id]
    assert command.response_type == 5, "acknowledged before the report is read against the status"
    presses = await asyncio.gather(*(h.discord.click(h.moderator, asked, asked.buttons[1]["custom_id"]) for _ in "12"))
    assert not any("expired" in press.text for press in presses), "a double click is no expired prompt"
    assert "nothing was reported" in h.discord.message(asked.id).text
    await h.bot.scheduler.run_now()
    assert posts(h, announcements) == []
    again = await report(h)
    h.clock.advance(dt.timedelta(minutes=11))
    expired = await h.discord.click(h.moderator, again, again.buttons[0]["custom_id"])
    assert "expired" in expired.text


async def test_a_report_without_a_role_to_ping_is_recorded_at_once(h: Harness) -> None:
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=h.channels["announcements"])
    reply = await report(h)
    assert "status changed" in reply.text and not reply.buttons


async def test_a_channel_set_to_ping_no_one_gets_the_news_without_a_ping_and_no_prompt(h: Harness) -> None:
    role = h.discord.add_role(h.guild, "s2-news")
    announcements = h.channels["announcements"]
    await h.discord.invoke(
        h.moderator, h.general, "season2set", "announce", "set", channel=announcements, role=role, pings="none"
    )
    reply = await report(h)
    assert "status changed" in reply.text and not reply.buttons  # nothing would ping: nothing to confirm
    post = await h.discord.wait_for_message(announcements, lambda m: m.interaction_id is None and "Teaser" in m.text, timeout=WAIT)
    assert post.content == "" and not (post.allowed_mentions or {}).get("roles") and post.mentions_pinged == []


async def test_retract_offers_this_servers_reports_and_posts_one_correction(h: Harness) -> None:
    announcements = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=announcements)
    await report(h)
    await h.discord.wait_for_message(announcements, lambda m: m.interaction_id is None and "Teaser" in m.text, timeout=WAIT)
    choices = await h.discord.autocomplete(h.moderator, h.general, "season2set", "retract", focused="report", report="")
    assert len(choices) == 1 and choices[0]["name"].startswith("Teaser (official) · netflix.com")
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report=choices[0]["value"])
    assert "Retracted" in reply.text and "changed back" in reply.text and "correction" in reply.text
    correction = await h.discord.wait_for_message(
        announcements, lambda m: m.interaction_id is None and "Correction" in m.text, timeout=WAIT
    )
    assert correction.mentions_pinged == [] and "Post-production" in correction.text
    assert await status_title(h) == "Season 2: Post-production"
    again = await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report=choices[0]["value"])
    assert again.text.startswith("That report was already retracted <t:") and f"by <@{h.moderator.id}>" in again.text
    assert again.mentions_pinged == [] and "no report" not in again.text.lower()
    await h.bot.scheduler.run_now()
    assert sum("Correction" in m.text for m in posts(h, announcements)) == 1


async def test_a_report_typed_by_name_instead_of_picked_is_retracted_and_a_second_time_says_when(h: Harness) -> None:
    await report(h, official=False)
    await report(h, "https://www.soompi.com/article/aouad-s2-filming", official=False, milestone="filming_wrapped")
    both = await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report="(reported)")
    assert "2 reports match" in both.text
    named = await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report="Teaser")
    assert named.text.startswith("Retracted the teaser report from netflix.com")
    unknown = await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report="trailer")
    assert "no report of this server by that name" in unknown.text
