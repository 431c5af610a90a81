"""/forget through the local Discord: what the bot keeps about you, and deleting all of it.

Every test starts from a server where the fan and the moderator both played a game of trivia,
set their progress, asked for countdown reminders, answered a daily question, reported a question
and (the fan) left the leaderboards; the rows the bot keeps come from the real commands where a
test can reach them, and from the feature's own storage functions for the daily question and reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message
from bot.sandbox.models import Member, SandboxError
from bot.show import Position
from bot.trivia.model import DailyStreak
from bot.trivia.snapshot import correct_choice
from db.trivia import daily as daily_db
from db.trivia import reports as reports_db
from tests.cogs.trivia.test_games import _answer_of, _import_known_list, _wait_for
from tests.conftest import START

KINDS = {
    "watch progress": 1,
    "trivia game answers": 1,
    "trivia game results": 2,  # the result kept for boards, and the game's running score
    "trivia stats": 1,
    "daily-question answers": 1,
    "daily-question streaks": 1,
    "name shown on leaderboards": 1,
    "leaderboard opt-out": 1,
    "trivia question reports": 1,
    "countdown reminders by DM": 1,
}


async def _keep_daily_and_report(h: Harness, member: Member) -> None:
    channel = h.channels["trivia"]
    async with h.db.transaction() as conn:
        await daily_db.set_daily(conn, channel.id, h.guild.id, "12:00", Position(1, 12), True)
        await daily_db.insert_daily_answer(conn, channel.id, "2026-03-01", member.id, 1, True)
        await daily_db.put_daily_streak(conn, channel.id, member.id, DailyStreak(1, 1, "2026-03-01"))
        await reports_db.add_report(
            conn, guild_id=h.guild.id, channel_id=channel.id, game_id=None, question_id="q1",
            question_text="Who?", spoils=Position(0, 0), reporter_id=member.id, reason="wrong", now=START,
        )


@pytest_asyncio.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(START)) as harness:
        await _import_known_list(harness)
        channel = harness.channels["trivia"]
        await harness.discord.invoke(harness.fan, channel, "trivia", "start", category="known", questions=1)
        message = (await _wait_for(harness, channel, "Question"))[-1]
        game_id, q_index, question = await _answer_of(harness, channel.id)
        for member in (harness.fan, harness.moderator):
            await harness.discord.click(member, message, f"trivia:{game_id}:{q_index}:{correct_choice(question)}")
        await harness.advance(dt.timedelta(seconds=25))
        await _wait_for(harness, channel, "A shared win")
        for member in (harness.fan, harness.moderator):
            await harness.discord.invoke(member, harness.general, "progress", watched="S1E5")
            await harness.discord.invoke(member, harness.general, "season2", "remind", on=True)
            await _keep_daily_and_report(harness, member)
        await harness.discord.invoke(harness.fan, channel, "trivia", "stats", private=True)
        yield harness


async def _forget(h: Harness, member: Member) -> Message:
    return await h.discord.invoke(member, h.general, "forget")


async def _delete(h: Harness, member: Member) -> Message:
    prompt = await _forget(h, member)
    return await h.discord.click(member, prompt, prompt.buttons[0]["custom_id"])


async def test_forget_privately_counts_each_kind_of_row_here_and_everywhere(h: Harness) -> None:
    reply = await _forget(h, h.fan)
    assert reply.ephemeral
    for kind, count in KINDS.items():
        rows = "row" if count == 1 else "rows"
        assert f"- {kind}: {count} in this server, {count} {rows} in all" in reply.text, reply.text


async def test_forget_offers_one_red_delete_button(h: Harness) -> None:
    reply = await _forget(h, h.fan)
    assert [(b["label"], b["style"]) for b in reply.buttons] == [("Delete my data", 4)]


@pytest.mark.parametrize("kind", list(KINDS))
async def test_delete_my_data_deletes_each_kind(h: Harness, kind: str) -> None:
    done = await _delete(h, h.fan)
    count = KINDS[kind]
    assert f"- {kind}: {count} row{'' if count == 1 else 's'}" in done.text, done.text
    assert kind not in (await _forget(h, h.fan)).text


async def test_after_deleting_the_bot_keeps_nothing_and_offers_no_button(h: Harness) -> None:
    await _delete(h, h.fan)
    again = await _forget(h, h.fan)
    assert again.text == "hyosan keeps nothing about you: there is nothing to delete." and again.buttons == []


async def test_another_members_data_is_untouched(h: Harness) -> None:
    before = (await _forget(h, h.moderator)).text
    await _delete(h, h.fan)
    assert (await _forget(h, h.moderator)).text == before


async def test_a_stranger_cannot_press_the_button(h: Harness) -> None:
    prompt = await _forget(h, h.fan)
    with pytest.raises(SandboxError):
        await h.discord.click(h.moderator, prompt, prompt.buttons[0]["custom_id"])
    assert "watch progress" in (await _forget(h, h.fan)).text


async def test_the_leaderboard_no_longer_shows_a_member_who_deleted_their_data(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "stats", private=False)
    assert f"<@{h.fan.id}>" in (await h.discord.invoke(h.moderator, channel, "trivia", "leaderboard")).text
    await _delete(h, h.fan)
    for scope in ("server", "global"):
        board = await h.discord.invoke(h.moderator, channel, "trivia", "leaderboard", scope=scope)
        assert f"<@{h.fan.id}>" not in board.text and f"<@{h.moderator.id}>" in board.text



async def test_progress_is_forgotten_at_once_even_where_it_was_just_read(h: Harness) -> None:
    assert "episode 5" in (await h.discord.invoke(h.fan, h.general, "progress")).text
    await _delete(h, h.fan)
    assert "episode 5" not in (await h.discord.invoke(h.fan, h.general, "progress")).text
