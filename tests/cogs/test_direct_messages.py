"""Every command allowed in the bot's DMs, run there through the local Discord.

The commands are synced globally, as in production (guild commands never reach DMs). In a DM the
reply is seen by the viewer alone, and a lookup shows in the clear exactly what the viewer's own
progress allows: no channel mark exists there. Each viewer is a new member, so tests do not share
progress.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import AsyncIterator, Iterable
from pathlib import Path

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.config import SyncMode
from bot.harness import Harness
from bot.lore import cards
from bot.lore.answer import AnswerEngine, Part
from bot.lore.content import bundled_pack
from bot.sandbox import Member, Message, SandboxError
from bot.show import Position, ShowShape
from tests.e2e.driving import holds, settled
from tests.lore.helpers import bundled_resolver

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

pytestmark = pytest.mark.asyncio(loop_scope="module")
_viewers = itertools.count(1)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    workdir: Path = tmp_path_factory.mktemp("dms")
    async with Harness.start(workdir, clock=ManualClock(START), sync=SyncMode.GLOBAL) as harness:
        yield harness


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def engine() -> AsyncIterator[AnswerEngine]:
    built = await AnswerEngine.create(bundled_pack(), bundled_resolver())
    try:
        yield built
    finally:
        built.close()


def viewer(h: Harness) -> Member:
    """A new member of the demo server (a DM needs a mutual server), with no progress anywhere."""
    return h.discord.add_member(h.guild, f"viewer-{next(_viewers)}")


async def in_dm(h: Harness, member: Member, *path: str, **options: object) -> Message:
    """Run a command in `member`'s DM with the bot; the reply must be there, seen by them alone."""
    dm = h.discord.dm_channel(member)
    reply = await h.discord.invoke(member, dm, *path, options=dict(options), timeout=15)
    assert reply.channel_id == dm.id and reply.guild_id is None
    assert dm.recipient_id == member.id
    assert reply.mentions_pinged == []
    return reply


def in_the_clear(text: str) -> str:
    """What a reader sees without clicking any spoiler: every ||…|| span removed."""
    return re.sub(r"\|\|.*?(?<!\\)\|\|", "", text, flags=re.S)


def s1(episode: int) -> Position:
    return Position(1, episode)


def assert_shown_at(replies: Iterable[Message], parts: Iterable[Part], episode: int) -> None:
    """Nothing past season 1, `episode` in the clear; something up to it (past nothing) in the
    clear, so the replies really used the viewer's progress rather than hiding everything."""
    replies, parts, progress = list(replies), list(parts), s1(episode)
    clear = "\n".join(in_the_clear(r.text) for r in replies)
    assert any(p.spoils > progress for p in parts), "pick a case with something to hide"
    assert [p.text for p in parts if p.spoils > progress and p.text in clear] == []
    assert any(p.spoils and p.spoils <= progress and p.text in clear for p in parts), clear
    for reply in replies:
        assert f"Spoilers after season 1, episode {episode} are hidden." in reply.text


def card_parts(card: cards.Card) -> list[Part]:
    return [part for section in card.sections for part in section.parts]


async def test_progress_in_a_dm_is_the_viewers_own_and_private(h: Harness) -> None:
    fan = viewer(h)
    saved = await in_dm(h, fan, "progress", watched="5")
    assert "Saved: you have watched up to season 1, episode 5." in saved.text
    shown = await in_dm(h, fan, "progress")
    assert "You have watched up to season 1, episode 5." in shown.text
    assert "channel" not in shown.text  # no channel mark in a DM
    assert "Here, spoilers after season 1, episode 5 are hidden." in shown.text


async def test_progress_set_in_a_dm_opens_nothing_in_a_server_channel(h: Harness) -> None:
    fan = viewer(h)
    await in_dm(h, fan, "progress", watched="12")
    public = await h.discord.invoke(fan, h.general, "ask", question="what happens to Cheong-san?")
    assert "construction site" not in in_the_clear(public.text)



async def test_progress_set_in_a_server_says_direct_messages_keep_their_own(h: Harness) -> None:
    fan = viewer(h)
    saved = await h.discord.invoke(fan, h.general, "progress", watched="7")
    assert "Your private replies in this server (Show me privately) hide spoilers after season 1, episode 7." in saved.text
    assert "In direct messages with me, the progress you set there with `/progress` counts." in saved.text
    assert "You have not set your progress yet" in (await in_dm(h, fan, "progress")).text

async def test_character_in_a_dm_shows_the_card_at_the_viewers_progress(h: Harness, engine: AnswerEngine) -> None:
    fan = viewer(h)
    await in_dm(h, fan, "progress", watched="10")
    reply = await in_dm(h, fan, "character", name="Cheong-san")
    assert reply.embed is not None and reply.embed["title"] == "Lee Cheong-san"
    cheong_san = engine.pack.characters["lee-cheong-san"]
    parts = card_parts(cards.character_card(engine.knowledge, cheong_san))
    clear = in_the_clear(reply.text)
    assert [p.text for p in parts if p.spoils > s1(10) and p.text in clear] == []
    assert "construction site" not in clear
    assert "Spoilers after season 1, episode 10 are hidden." in reply.text
    await in_dm(h, fan, "progress", watched="11")
    opened = await in_dm(h, fan, "character", name="Cheong-san")
    assert "construction site" in in_the_clear(opened.text)


async def test_episode_in_a_dm_shows_the_card_at_the_viewers_progress(h: Harness, engine: AnswerEngine) -> None:
    fan = viewer(h)
    await in_dm(h, fan, "progress", watched="5")
    shown = await in_dm(h, fan, "episode", number="5")
    hidden = await in_dm(h, fan, "episode", number="6")
    shape = ShowShape.season_one()
    parts = [
        *card_parts(cards.episode_card(engine.knowledge, shape, s1(5))),
        *card_parts(cards.episode_card(engine.knowledge, shape, s1(6))),
    ]
    assert_shown_at([shown, hidden], parts, 5)
    assert all(f["value"].startswith("||") for f in (hidden.embed or {})["fields"])


async def test_ask_in_a_dm_answers_at_the_viewers_progress(h: Harness, engine: AnswerEngine) -> None:
    fan = viewer(h)
    await in_dm(h, fan, "progress", watched="5")
    shown = await in_dm(h, fan, "ask", question="who dies in episode 5?")
    hidden = await in_dm(h, fan, "ask", question="what happens to Cheong-san?")
    parts = [*engine.answer("who dies in episode 5?").parts, *engine.answer("what happens to Cheong-san?").parts]
    assert_shown_at([shown, hidden], parts, 5)
    assert "construction site" in hidden.text and "construction site" not in in_the_clear(hidden.text)


async def test_cast_in_a_dm_names_the_actor_with_the_viewers_progress(h: Harness) -> None:
    fan = viewer(h)
    await in_dm(h, fan, "progress", watched="3")
    reply = await in_dm(h, fan, "cast", name="On-jo")
    assert reply.embed is not None and reply.embed["title"] == "Nam On-jo"
    assert "Park Ji-hu" in in_the_clear(reply.text)
    assert "Spoilers after season 1, episode 3 are hidden." in reply.text
    whole = await in_dm(h, fan, "cast")
    assert "Yoon Chan-young as Lee Cheong-san" in whole.text


async def test_cast_autocomplete_works_in_a_dm(h: Harness) -> None:
    fan = viewer(h)
    choices = await h.discord.autocomplete(fan, h.discord.dm_channel(fan), "cast", focused="name", name="lee")
    assert any(c["name"] == "Lee Cheong-san" for c in choices)


async def test_a_question_typed_in_a_dm_is_pointed_to_the_commands_once_not_met_with_silence(h: Harness) -> None:
    fan, bot = viewer(h), h.discord.bot_user_id
    dm = h.discord.dm_channel(fan)
    for typed in ("what happens to nam-ra? does she die in ep 6", "hello??"):
        await h.discord.say(fan, dm, typed)
    assert await holds(h, lambda: any(m.author_id == bot for m in h.discord.dm_messages(fan)))
    await settled(h)
    (pointer,) = [m.text for m in h.discord.dm_messages(fan) if m.author_id == bot]
    assert "/ask" in pointer and "/progress" in pointer and "nam-ra" not in pointer.lower()


async def test_a_pin_in_a_dm_draws_no_pointer(h: Harness) -> None:
    fan, bot = viewer(h), h.discord.bot_user_id
    about = await in_dm(h, fan, "about")
    await h.discord.pin(fan, about)  # Discord posts "fan pinned a message" in the DM
    await settled(h)
    assert [m.id for m in h.discord.dm_messages(fan) if m.author_id == bot] == [about.id]


async def test_about_in_a_dm(h: Harness) -> None:
    reply = await in_dm(h, viewer(h), "about")
    assert reply.embed is not None
    assert [f["name"] for f in reply.embed["fields"]][:2] == ["Version", "Uptime"]


async def test_help_in_a_dm_lists_what_runs_there_and_names_what_needs_a_server(h: Harness) -> None:
    reply = await in_dm(h, viewer(h), "help")
    text = reply.text
    for usage in ("`/ask question`", "`/progress", "`/character name`", "`/season2 status`", "`/about`"):
        assert usage in text
    for absent in ("`/trivia", "`/spoilers", "`/season2set", "`/triviaset"):
        assert absent not in text
    assert "In a server: /trivia." in text


async def test_season2_status_in_a_dm_is_the_card_a_server_sees(h: Harness) -> None:
    fan = viewer(h)
    private = await in_dm(h, fan, "season2", "status")
    public = await h.discord.invoke(fan, h.general, "season2", "status")
    assert private.embed is not None and private.embed["title"].startswith("Season 2")
    assert private.embeds == public.embeds


async def test_season2_timeline_in_a_dm_attaches_the_picture(h: Harness) -> None:
    reply = await in_dm(h, viewer(h), "season2", "timeline")
    (attachment,) = reply.attachments
    assert attachment.data.startswith(b"\x89PNG")


async def test_season2_sources_in_a_dm(h: Harness) -> None:
    reply = await in_dm(h, viewer(h), "season2", "sources")
    assert reply.embed is not None


async def test_season2_remind_in_a_dm_opts_the_viewer_in_and_out(h: Harness) -> None:
    fan = viewer(h)
    on = await in_dm(h, fan, "season2", "remind")
    assert "direct message" in on.text
    off = await in_dm(h, fan, "season2", "remind", on=False)
    assert off.text != on.text


@pytest.mark.parametrize(
    "path",
    [("spoilers",), ("triviaset", "settings"), ("season2set", "announce", "list"), ("trivia", "leaderboard")],
)
async def test_server_commands_are_not_offered_in_a_dm(h: Harness, path: tuple[str, ...]) -> None:
    with pytest.raises(SandboxError, match="not available in the bot's DMs"):
        await in_dm(h, viewer(h), *path)
