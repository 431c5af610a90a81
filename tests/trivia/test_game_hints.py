"""Hints in the game engine, on a real SQLite file: recorded once, half points, restart-safe."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.clock import ManualClock
from bot.trivia.events import Revealed
from bot.trivia.scoring import points_for
from bot.trivia.snapshot import correct_choice
from db.connection import Database
from db.trivia import answers as answer_store
from tests.trivia.helpers import CHANNEL, OTHER, STARTER, _expire, _questions, _request, _service


async def test_a_hint_is_given_once_and_shown_again_on_later_clicks(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    first = await service.hint(game.id, 0, STARTER)
    again = await service.hint(game.id, 0, STARTER)
    assert first.status == "given" and again.status == "again"
    assert first.hint == again.hint and first.hint is not None and first.hint.kind == "fifty"
    async with db.read() as conn:
        assert await answer_store.hinted_users(conn, game.id, 0) == {STARTER}


async def test_spammed_hint_clicks_record_one_hint(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    results = await asyncio.gather(*(service.hint(game.id, 0, OTHER) for _ in range(10)))
    assert [r.status for r in results].count("given") == 1
    assert len({r.hint for r in results}) == 1


async def test_the_fifty_fifty_keeps_the_right_choice(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request())
    result = await service.hint(shown.game.id, 0, STARTER)
    assert result.hint is not None and correct_choice(shown.question) in result.hint.keep
    assert len(result.hint.keep) == 2


async def test_a_player_who_took_the_hint_earns_half_points(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request())
    game = shown.game
    right = correct_choice(shown.question)
    assert right is not None
    await service.hint(game.id, 0, STARTER)
    click = await service.click(game.id, 0, STARTER, right)
    assert click.status == "recorded" and click.hinted
    await service.click(game.id, 0, OTHER, right)
    reveal = next(e for e in await _expire(service, clock, 25) if isinstance(e, Revealed))
    full = points_for(0, 20_000, 0, base=15)
    assert reveal.earned == {STARTER: (full + 1) // 2, OTHER: full}
    assert reveal.hinted == {STARTER}


async def test_a_hint_after_answering_is_refused_and_costs_nothing(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    await service.click(game.id, 0, STARTER, 0)
    assert (await service.hint(game.id, 0, STARTER)).status == "answered"
    async with db.read() as conn:
        assert await answer_store.hinted_users(conn, game.id, 0) == set()


async def test_no_hint_once_the_question_is_closed(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    clock.advance(dt.timedelta(seconds=30))
    assert (await service.hint(game.id, 0, STARTER)).status == "closed"
    assert (await service.hint(game.id + 99, 0, STARTER)).status == "unknown"


async def test_a_hint_survives_a_restart(db: Database, clock: ManualClock) -> None:
    first = _service(db, clock)
    game = (await first.start(_request())).game
    before = await first.hint(game.id, 0, STARTER)
    second = _service(db, clock)
    after = await second.hint(game.id, 0, STARTER)
    assert after.status == "again" and after.hint == before.hint


async def test_typed_mode_hints_the_answers_shape(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock, _questions(9))  # answers "answer 0" .. "answer 8"
    shown = await service.start(_request(mode="typed"))
    result = await service.hint(shown.game.id, 0, OTHER)
    assert result.hint is not None and result.hint.kind == "shape"
    assert result.hint.shape == "a_____ " + shown.question.answers[0][-1]  # "answer N": 1-letter words show
    assert result.hint.lengths == (6, 1)
    guess = await service.guess(CHANNEL, OTHER, shown.question.answers[0])
    assert guess is not None and guess.status == "correct"
    assert guess.points == (points_for(0, 20_000, 0, base=15) + 1) // 2
