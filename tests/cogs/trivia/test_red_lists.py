"""A Red list (no options of its own) played with buttons through the local Discord: options picked
from the list's own answers, the same after a restart, and an honest error when a mode can't play."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from tests.cogs.trivia.test_games import TRIVIA, _answer_of, _wait_for

CITIES = [("Capital of France?", "Paris"), ("Capital of Italy?", "Rome"), ("Capital of Spain?", "Madrid"),
          ("Capital of Japan?", "Tokyo"), ("Capital of Egypt?", "Cairo")]
RED = ("AUTHOR: tests\n" + "".join(f"{q}:\n- {a}\n" for q, a in CITIES)).encode()
TINY = b"AUTHOR: tests\nWho painted the Mona Lisa?:\n- Leonardo da Vinci\nWho wrote Hamlet?:\n- Shakespeare\n"


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        for name, data in (("capitals", RED), ("tiny", TINY)):
            reply = await harness.discord.invoke(
                harness.moderator, harness.channels["general"], "triviaset", "import", file=Attachment(f"{name}.yaml", data)
            )
            assert "Imported" in reply.text, reply.text
        yield harness


def _labels(message: object) -> list[str]:
    buttons = message.buttons  # type: ignore[attr-defined]
    return [str(b["label"]).split(". ", 1)[1] for b in buttons if str(b["custom_id"]).startswith("trivia:")]


async def test_a_red_list_starts_in_buttons_mode_with_options_from_its_answers(h: Harness) -> None:
    channel = h.channels["trivia"]
    reply = await h.discord.invoke(h.fan, channel, "trivia", "start", category="capitals", questions=2)
    assert "started trivia" in reply.text
    message = (await _wait_for(h, channel, "Question"))[-1]
    _, _, question = await _answer_of(h, channel.id)
    labels = _labels(message)
    assert len(labels) == 4 and question.answers[0] in labels
    assert set(labels) <= {city for _, city in CITIES}


async def test_a_restarted_bot_keeps_the_options_it_showed(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", category="capitals", questions=2)
    message = (await _wait_for(h, channel, "Question"))[-1]
    shown = _labels(message)
    await h.restart()
    game_id, q_index, question = await _answer_of(h, channel.id)  # read afresh from the game's snapshot
    assert list(question.choices) == shown
    right = shown.index(question.answers[0])
    ack = await h.discord.click(h.fan, message, f"trivia:{game_id}:{q_index}:{right}")
    assert "Locked in" in ack.text


async def test_a_list_that_cannot_offer_options_says_why(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "start", category="tiny")
    assert reply.ephemeral and "can't be played in buttons mode" in reply.text and "mode:typed" in reply.text
    assert "no such category" not in reply.text


async def test_a_game_over_two_lists_starts_from_the_command_crediting_their_authors(h: Harness) -> None:
    channel = h.channels["trivia"]
    reply = await h.discord.invoke(h.fan, channel, "trivia", "start", category="Capitals, tiny", mode="typed")
    assert "started trivia from **capitals** (by tests), **tiny** (by tests): up to 7 questions" in reply.text


async def test_category_autocomplete_offers_a_second_list_after_a_comma(h: Harness) -> None:
    choices = await h.discord.autocomplete(
        h.fan, h.channels["trivia"], "trivia", "start", focused="category", category="capitals, ti"
    )
    values = [c["value"] for c in choices]
    assert "capitals, tiny" in values and all(v.startswith("capitals, ") for v in values)
    assert "capitals, capitals" not in values


async def test_a_difficulty_the_list_does_not_have_is_named_as_the_reason_nothing_fits(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "start", category="capitals", difficulty="hard")
    assert reply.ephemeral and "none of the spoiler-free questions here is hard" in reply.text
    assert "multiple-choice" not in reply.text
