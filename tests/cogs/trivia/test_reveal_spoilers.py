"""A trivia reveal shows every line at its own tag (issue 9's first reproduction): "Who plays Lee
Na-yeon?" spoils nothing, but its source "Fiction Horizon, Do Cheong-san and Lee Na-yeon die in
All of Us Are Dead" does; and the start message says when the channel's mark held a game back."""

from __future__ import annotations

from bot.clock import ManualClock
from bot.lore.content import bundled_pack
from bot.show import NOTHING, Position, ShowShape
from bot.trivia.events import QuestionShown, Revealed
from bot.trivia.generate import generate
from bot.trivia.model import Question
from cogs.trivia import render
from db.connection import Database
from tests.cogs.spoiler_oracle import outside_bars, plain
from tests.trivia.helpers import _expire, _request, _service


def _generated(qid: str) -> Question:
    return next(q for q in generate(bundled_pack(), ShowShape.season_one()) if q.id == qid)


async def test_a_spoiler_free_question_reveals_a_source_that_names_deaths_only_behind_bars(
    db: Database, clock: ManualClock
) -> None:
    question = _generated("gen-actor-lee-na-yeon")
    service = _service(db, clock, [question], mark=NOTHING)
    shown = await service.start(_request(questions=1))
    assert shown.question.text == "Who plays Lee Na-yeon?" and shown.game.gate == NOTHING
    reveal = next(e for e in await _expire(service, clock) if isinstance(e, Revealed))
    text = str(render.reveal_embed(reveal).description)
    assert "Lee Yoo-mi" in plain(outside_bars(text))  # the answer: safe
    assert "Do Cheong-san and Lee Na-yeon die" in plain(text) and "die" not in plain(outside_bars(text))


async def _started(db: Database, clock: ManualClock, mark: Position, asked: Position | None) -> QuestionShown:
    service = _service(db, clock, [_generated("gen-actor-lee-na-yeon")], mark=mark)
    return await service.start(_request(questions=1, up_to_episode=asked))


async def test_the_start_message_says_when_the_mark_capped_the_game_and_how_to_raise_it(
    db: Database, clock: ManualClock
) -> None:
    shown = await _started(db, clock, Position(1, 3), Position(1, 12))
    text = render.started_text(shown, 1, mark=Position(1, 3), asked=Position(1, 12))
    assert "safe up to season 1, episode 3" in text
    assert "You asked for up to season 1, episode 12, but this channel is spoiler-safe only up to season 1, episode 3" in text
    assert "/spoilers up_to:S1E12" in text


async def test_the_start_message_of_an_unmarked_channel_says_how_to_mark_it(db: Database, clock: ManualClock) -> None:
    text = render.started_text(await _started(db, clock, NOTHING, None), 1, mark=NOTHING, asked=None)
    assert "spoiler-free" in text and "no spoiler mark" in text and "/spoilers" in text


async def test_the_start_message_says_nothing_of_the_mark_when_it_held_nothing_back(
    db: Database, clock: ManualClock
) -> None:
    shown = await _started(db, clock, Position(1, 12), Position(1, 5))
    assert "/spoilers" not in render.started_text(shown, 1, mark=Position(1, 12), asked=Position(1, 5))
