"""/triviaset add_question through the local Discord: the form adds a question to a server's own
list, checked like an import; a refused form loses nothing typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.models import Attachment
from bot.show import EpisodeInfo
from bot.trivia import snapshot
from db.trivia import lists as list_store
from tests.cogs.trivia.test_games import TRIVIA

FORM = {"trivia-add:question": "Which school is the series set in?", "trivia-add:answers": "Hyosan High\nHyosan"}


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        yield harness


async def _open_form(h: Harness, list_name: str) -> None:
    form = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "add_question", list=list_name)
    assert form.content == "Add a trivia question"


async def _questions(h: Harness, name: str) -> list[str]:
    async with h.db.read() as conn:
        row = await list_store.get_list(conn, h.guild.id, name)
    return [] if row is None or row.questions_json is None else [q.text for q in snapshot.load_questions(row.questions_json)]


async def test_the_form_starts_a_new_list_of_the_server(h: Harness) -> None:
    await _open_form(h, "ours")
    reply = await h.discord.submit_modal(h.moderator, FORM)
    assert reply.ephemeral and "Added a question to the new list **ours** (now 1 question)." in reply.text
    (submitted,) = [r for r in h.discord.interactions.by_id.values() if r.type == 5]
    assert submitted.response_type == 5, "acknowledged (thinking) before the question is tagged and written"
    assert await _questions(h, "ours") == ["Which school is the series set in?"]


async def test_the_form_adds_to_an_imported_list_and_keeps_its_credit(h: Harness) -> None:
    await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "import",
        file=Attachment("ours.yaml", b"AUTHOR: someone\nWhat colour is the sky?:\n- blue\n"), timeout=10,
    )
    await _open_form(h, "ours")
    reply = await h.discord.submit_modal(h.moderator, FORM)
    assert "to the list **ours** (now 2 questions)" in reply.text
    async with h.db.read() as conn:
        row = await list_store.get_list(conn, h.guild.id, "ours")
    assert row is not None and row.author == "someone"


async def test_a_question_that_spoils_nothing_says_so(h: Harness) -> None:
    await _open_form(h, "ours")
    reply = await h.discord.submit_modal(h.moderator, {**FORM, "trivia-add:spoils": "0"})
    assert "It spoils nothing, so it may be asked anywhere." in reply.text


async def test_a_question_the_lexicon_reads_as_a_spoiler_is_tagged_so(h: Harness) -> None:
    await _open_form(h, "ours")
    reply = await h.discord.submit_modal(
        h.moderator, {"trivia-add:question": "In which episode does Cheong-san die?", "trivia-add:answers": "12"}
    )
    assert "It counts as spoiling" in reply.text


async def test_a_refused_form_says_why_and_adds_nothing(h: Harness) -> None:
    await _open_form(h, "ours")
    reply = await h.discord.submit_modal(h.moderator, {**FORM, "trivia-add:choices": "A\nB"})
    assert reply.ephemeral and "Nothing was added" in reply.text and "exactly 4 choices" in reply.text
    assert await _questions(h, "ours") == []


async def test_try_again_opens_the_form_filled_in_with_what_was_typed(h: Harness) -> None:
    await _open_form(h, "ours")
    refused = await h.discord.submit_modal(h.moderator, {**FORM, "trivia-add:choices": "A\nB"})
    again = await h.discord.click(h.moderator, refused, refused.buttons[0]["custom_id"])
    filled = {
        inner["custom_id"]: inner.get("value")
        for row in again.components for inner in [row.get("component") or (row.get("components") or [{}])[0]]
    }
    assert filled["trivia-add:question"] == FORM["trivia-add:question"] and filled["trivia-add:choices"] == "A\nB"


async def test_the_same_question_twice_is_refused(h: Harness) -> None:
    await _open_form(h, "ours")
    await h.discord.submit_modal(h.moderator, FORM)
    await _open_form(h, "ours")
    reply = await h.discord.submit_modal(h.moderator, FORM)
    assert "already has that question; nothing was added." in reply.text
    assert len(await _questions(h, "ours")) == 1


async def test_a_built_in_list_is_refused_before_the_form_opens(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "add_question", list="aouad")
    assert reply.ephemeral and "built-in list" in reply.text


@pytest.mark.parametrize("typed", ["3", "ep 3", "3화"])
async def test_an_episode_without_its_season_is_asked_again_once_season_two_is_out(h: Harness, typed: str) -> None:
    """Read as season 1's, a season-2 question would be asked anywhere past S1E3."""
    h.bot.show.add_episodes(2, [EpisodeInfo(2, n, None, h.bot.clock.now() - dt.timedelta(days=1), 60) for n in range(1, 9)])
    await _open_form(h, "ours")
    reply = await h.discord.submit_modal(h.moderator, {**FORM, "trivia-add:spoils": typed})
    assert reply.ephemeral and "Nothing was added" in reply.text
    assert "names no season, and season 2 is out: write S1E3 or S2E3." in reply.text
    assert await _questions(h, "ours") == []


@pytest.mark.parametrize("typed", ["3", "S1E3"])
async def test_a_bare_episode_is_season_ones_while_only_season_one_is_out(h: Harness, typed: str) -> None:
    await _open_form(h, "ours")
    reply = await h.discord.submit_modal(h.moderator, {**FORM, "trivia-add:spoils": typed})
    assert "Added a question to the new list **ours**" in reply.text and "season 1, episode 3" in reply.text, reply.text


async def test_a_season_one_episode_named_with_its_season_is_taken_once_season_two_is_out(h: Harness) -> None:
    h.bot.show.add_episodes(2, [EpisodeInfo(2, n, None, h.bot.clock.now() - dt.timedelta(days=1), 60) for n in range(1, 9)])
    await _open_form(h, "ours")
    reply = await h.discord.submit_modal(h.moderator, {**FORM, "trivia-add:spoils": "S1E3"})
    assert "Added a question to the new list **ours**" in reply.text, reply.text
