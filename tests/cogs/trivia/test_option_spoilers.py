"""Wrong options picked for a list without options of its own (buttons mode) are other questions'
answers, so they spoil what those questions spoil: a question is shown only where its options may
be too, also after a moderator lowered the channel's mark during the game (the question's closed
buttons then show only letters past it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from bot.show import NOTHING, Position
from bot.trivia.distractors import OptionPicker
from bot.trivia.model import Question
from tests.cogs.trivia.test_games import TRIVIA, _wait_for, trivia_service

EPISODE_5 = Position(1, 5)

# Two easy questions that spoil nothing, and hard ones whose answers are what episode 5 shows; every
# answer has the same shape, so each is a plausible wrong option for the others.
MIXED_LIST = "\n".join(
    ["hyosan: 1", "name: mixed", "questions:"]
    + [
        f"  - {{id: safe-{i}, question: 'Which studio made promo {i}?', answers: ['Safe studio {i}'],"
        f" difficulty: easy, spoils: 0}}"
        for i in range(2)
    ]
    + [
        f"  - {{id: late-{i}, question: 'Who turns in scene {i}?', answers: ['Late reveal {i}'],"
        f" difficulty: hard, spoils: S1E5}}"
        for i in range(4)
    ]
).encode()


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        general = harness.channels["general"]
        reply = await harness.discord.invoke(
            harness.moderator, general, "triviaset", "import", file=Attachment("mixed.yaml", MIXED_LIST)
        )
        assert "Imported" in reply.text, reply.text
        for name in trivia_service(harness).built_in_lists():
            await harness.discord.invoke(harness.moderator, general, "triviaset", "settings", disable_list=name)
        yield harness


def _labels(message: object) -> list[str]:
    buttons = getattr(message, "buttons", [])
    return [str(b.get("label")) for b in buttons if str(b["custom_id"]).startswith("trivia:")]


def test_picked_options_carry_what_the_questions_they_come_from_spoil() -> None:
    safe = [Question(f"s{i}", f"Which studio made promo {i}?", (f"Safe studio {i}",)) for i in range(2)]
    late = [Question(f"l{i}", f"Who turns in scene {i}?", (f"Late reveal {i}",), spoils=EPISODE_5) for i in range(4)]
    picker = OptionPicker([*safe, *late])
    only_safe = OptionPicker([*safe, *[Question(f"x{i}", f"Which studio made ad {i}?", (f"Safe studio {i + 5}",)) for i in range(3)]])
    assert picker.options(safe[0], seed=1).spoils == EPISODE_5
    assert only_safe.options(safe[0], seed=1).spoils == NOTHING


async def test_an_unmarked_channel_never_shows_a_later_episodes_answer_as_an_option(h: Harness) -> None:
    channel = h.channels["trivia"]
    reply = await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, mode="buttons", category="mixed")
    assert "started trivia" in reply.text, reply.text
    for number in (1, 2):
        labels = _labels((await _wait_for(h, channel, "Question", number))[-1])
        assert len(labels) == 4 and not [label for label in labels if "Late reveal" in label], labels
        for _ in range(6):
            await h.advance(dt.timedelta(seconds=5))


async def test_a_mark_lowered_during_a_game_ends_it_before_a_question_whose_options_are_past_it(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="S1E5")
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="mixed", difficulty="easy")
    first = (await _wait_for(h, channel, "Question"))[-1]
    assert any("Late reveal" in label for label in _labels(first))  # fine while the channel is marked S1E5
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="0")
    for _ in range(12):  # the question's time, the pause, and what would be the next question's
        await h.advance(dt.timedelta(seconds=5))
    over = await h.discord.wait_for_message(channel, lambda m: "Game over" in m.text)
    assert "spoiler mark was lowered" in over.text
    questions = [m for m in h.discord.messages(channel) if m.embed and str(m.embed.get("title", "")).startswith("Question")]
    assert len(questions) == 1, [_labels(m) for m in questions]
    # its buttons, closed once the mark was lowered, show only letters past it (a label cannot be hidden)
    assert _labels(questions[0]) and not [label for label in _labels(questions[0]) if "Late reveal" in label]
