"""A Discord error while the bot replies: the bot survives, nothing is half-done, the next command works."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from typing import Any

from bot.harness import Harness
from bot.sandbox import Channel, Member
from bot.tree import APOLOGY

CALLBACK = "/interactions/*/callback"
EXPIRED = {"code": 10062, "message": "Unknown interaction"}


async def invoke_expired(h: Harness, member: Member, channel: Channel, command: str, *path: str, **options: Any) -> None:
    """Run `command` whose answer Discord refuses as an expired interaction: the user sees nothing. Returns
    once the answer was refused (not after waiting out a reply that cannot come)."""
    h.discord.fail_next("POST", CALLBACK, 404, body=EXPIRED)
    refused = asyncio.ensure_future(h.discord.wait_for_request(
        lambda r: r.injected and r.path.endswith("/callback"), include_existing=False))
    invoked = asyncio.ensure_future(h.discord.invoke(member, channel, command, *path, **options))
    await refused
    invoked.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await invoked


def integrity(h: Harness) -> str:
    with sqlite3.connect(h.db_path) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


async def test_a_server_error_on_the_reply_is_retried_and_the_progress_is_saved_once(hyosan: Harness) -> None:
    h = hyosan
    h.discord.fail_next("POST", CALLBACK, 500)
    reply = await h.discord.invoke(h.fan, h.general, "progress", watched="5")
    assert APOLOGY not in reply.text and "5" in reply.text
    seen = await h.discord.invoke(h.fan, h.general, "progress")
    assert "5" in seen.text
    assert integrity(h) == "ok"
    assert h.discord.unhandled == []


async def test_an_expired_interaction_on_progress_crashes_nothing_and_the_next_command_works(hyosan: Harness) -> None:
    h = hyosan
    await invoke_expired(h, h.fan, h.general, "progress", watched="7")
    seen = await h.discord.invoke(h.fan, h.general, "progress")
    assert APOLOGY not in seen.text and "7" in seen.text
    about = await h.discord.invoke(h.fan, h.general, "about")
    assert about.embed is not None
    assert integrity(h) == "ok"


async def test_an_expired_interaction_on_trivia_start_leaves_no_invisible_game(hyosan: Harness) -> None:
    h = hyosan
    trivia = h.channels["trivia"]
    await invoke_expired(h, h.moderator, trivia, "trivia", "start", questions=3)
    # The game started, so its first question reaches the channel even though the starter saw nothing.
    question = await h.discord.wait_for_message(trivia, lambda m: bool(m.embeds and m.buttons))
    assert not question.ephemeral
    again = await h.discord.invoke(h.moderator, trivia, "trivia", "start", questions=3)
    assert APOLOGY not in again.text and "already" in again.text.lower()
    stop = await h.discord.invoke(h.moderator, trivia, "trivia", "stop")
    assert APOLOGY not in stop.text
    assert integrity(h) == "ok"
    assert h.discord.unhandled == []


async def test_an_expired_interaction_on_spoilers_does_not_crash_and_the_next_mark_sticks(hyosan: Harness) -> None:
    h = hyosan
    await invoke_expired(h, h.moderator, h.general, "spoilers", up_to="4")
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="6")
    assert APOLOGY not in reply.text and "6" in reply.text
    progress = await h.discord.invoke(h.fan, h.general, "progress")
    assert "6" in progress.text
    assert integrity(h) == "ok"
