"""A trivia reveal shows every line at its own tag (issue 9's first reproduction): "Who plays Lee
Na-yeon?" spoils nothing, but a source "Fiction Horizon, Do Cheong-san and Lee Na-yeon die in
All of Us Are Dead" does; a reveal shows in the clear what the channel allows when it is posted (a
channel marked at episode 6 shows an episode-2 answer, a mark lowered mid-game hides it); and the
start message says when the channel's mark held a game back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.clock import ManualClock
from bot.lore.content import bundled_pack
from bot.show import NOTHING, Position, ShowShape
from bot.trivia.events import QuestionShown, Revealed
from bot.trivia.generate import generate
from bot.trivia.model import Question
from cogs.trivia import render
from db.connection import Database
from tests.cogs.spoiler_oracle import outside_bars, plain
from tests.table import table
from tests.trivia.helpers import CHANNEL, _expire, _request, _service

EPISODE_6 = Position(1, 6)


def _generated(qid: str) -> Question:
    return next(q for q in generate(bundled_pack(), ShowShape.season_one()) if q.id == qid)


async def test_a_spoiler_free_question_reveals_a_source_that_names_deaths_only_behind_bars(
    db: Database, clock: ManualClock
) -> None:
    # as an imported list's source line is tagged (bot/trivia/tagging.py); generated questions now cite their
    # source by its publisher alone (scen48), so the line is built here
    question = replace(_generated("gen-actor-lee-na-yeon"),
                       source="Fiction Horizon, Do Cheong-san and Lee Na-yeon die in All of Us Are Dead",
                       source_spoils=Position(1, 11))
    service = _service(db, clock, [question], mark=NOTHING)
    shown = await service.start(_request(questions=1))
    assert shown.question.text == "Who plays Lee Na-yeon?" and shown.game.gate == NOTHING
    reveal = next(e for e in await _expire(service, clock) if isinstance(e, Revealed))
    text = str(render.reveal_embed(reveal, NOTHING).description)
    assert "Lee Yoo-mi" in plain(outside_bars(text))  # the answer: safe
    assert "Do Cheong-san and Lee Na-yeon die" in plain(text) and "die" not in plain(outside_bars(text))


def _asked(answer: str, episode: int) -> Question:
    return Question(
        f"ep{episode}-{answer}", f"What does episode {episode} name?", (answer,), spoils=Position(1, episode),
        explanation=f"Named in episode {episode}.",
    )


# (the question, the channel's mark when the game started, its mark when the reveal is posted, shown in the clear)
REVEALS = [
    pytest.param(_asked("Train to Busan", 2), EPISODE_6, EPISODE_6, True, id="marked 6: an episode-2 answer in the clear"),
    pytest.param(_asked("Ms. Park", 3), EPISODE_6, EPISODE_6, True, id="marked 6: an episode-3 answer in the clear"),
    pytest.param(_asked("At the mark", 6), EPISODE_6, EPISODE_6, True, id="marked 6: an episode-6 answer in the clear"),
    pytest.param(_asked("Past the mark", 9), Position(1, 12), EPISODE_6, False, id="marked 6: an episode-9 answer hidden"),
    pytest.param(_asked("Train to Busan", 2), EPISODE_6, NOTHING, False, id="mark lowered mid-game to 0: hidden"),
    pytest.param(_asked("Ms. Park", 3), EPISODE_6, Position(1, 2), False, id="mark lowered mid-game to 2: hidden"),
]


@table(("question", "started", "now", "clear"), REVEALS)
async def test_a_reveal_shows_in_the_clear_only_what_the_channel_allows_when_it_is_posted(
    db: Database, clock: ManualClock, question: Question, started: Position, now: Position, clear: bool
) -> None:
    service = _service(db, clock, [question], mark=started)
    # a channel of its own per row: the table shares one database, and a channel plays one game at a time
    await service.start(_request(questions=1, mode="typed", channel_id=CHANNEL + question.spoils.code + now.code))
    reveal = next(e for e in await _expire(service, clock) if isinstance(e, Revealed))
    embed = render.reveal_embed(reveal, now)
    text, answer = str(embed.description), question.answers[0]
    assert answer in plain(text) and "Named in episode" in plain(text)
    assert (answer in plain(outside_bars(text))) is clear
    assert ("Named in episode" in plain(outside_bars(text))) is clear
    # where Discord cannot hide text, never the answer
    assert answer not in f"{embed.title} {[field.name for field in embed.fields]} {embed.footer.text}"


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
