"""A Red list's CONFIG in the game engine: honoured for a game drawn from that list alone, unless the
server says lists may not override; the bot's seat when it plays."""

from __future__ import annotations

from bot.clock import ManualClock
from bot.trivia.events import GameEnded, Revealed
from bot.trivia.lists import parse_list
from bot.trivia.scoring import BOT_PLAYER, base_points
from bot.trivia.service import GameService
from db.connection import Database
from db.trivia import lists as list_store
from db.trivia import stats as stats_store
from tests.trivia.helpers import GUILD, STARTER, _expire, _request, _service, right_choice

RED = b"""AUTHOR: tests
CONFIG:
  delay: 2
  timeout: 600
  max_score: 3
  bot_plays: true
  use_spoilers: true
  reveal_answer: false
Which city is the capital of France?:
- Paris
How many legs does a spider have?:
- 8
What colour is a clear sky?:
- blue
"""


async def _import(service: GameService) -> None:
    await service.import_list(GUILD, parse_list(RED, "redcfg"), STARTER)


async def test_a_game_from_one_configured_list_takes_its_settings(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await _import(service)
    shown = await service.start(_request(mode="typed", category="redcfg"))
    settings = shown.game.settings
    assert settings.answer_seconds == 4  # Red's minimum, though the list asks for 2
    assert settings.idle_seconds == 600 and settings.right_answers_to_win == 3  # Red counts right answers
    assert settings.bot_plays and settings.spoiler_answers and not settings.reveal_answers
    assert shown.overrides and "answer time 4 s" in shown.overrides


async def test_lists_may_not_override_when_the_server_says_so(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await _import(service)
    await service.update_settings(GUILD, lists_override=False)
    shown = await service.start(_request(mode="typed", category="redcfg"))
    assert shown.game.settings.answer_seconds == 20 and not shown.game.settings.bot_plays
    assert shown.overrides == ()


async def test_a_game_mixing_lists_keeps_the_server_settings(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await _import(service)
    shown = await service.start(_request(mode="typed", questions=15))
    assert shown.game.settings.answer_seconds == 20 and shown.overrides == ()


async def test_the_config_survives_in_the_stored_list(db: Database, clock: ManualClock) -> None:
    await _import(_service(db, clock))
    async with db.read() as conn:
        row = await list_store.get_list(conn, GUILD, "redcfg")
    assert row is not None and row.config["delay"] == 2 and row.config["bot_plays"] is True


async def test_the_bot_scores_when_nobody_answers_and_stays_out_of_the_stats(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await _import(service)
    await service.start(_request(mode="typed", category="redcfg", questions=1))
    events = await _expire(service, clock, 10)
    reveal = next(e for e in events if isinstance(e, Revealed))
    assert reveal.earned == {BOT_PLAYER: base_points("medium")} and not reveal.show_answer
    ended = next(e for e in events if isinstance(e, GameEnded))
    assert ended.winners == [BOT_PLAYER]
    async with db.read() as conn:
        assert await stats_store.member_stats(conn, GUILD, BOT_PLAYER) is None
        assert await stats_store.leaderboard(conn, GUILD, since=None, sort="points") == []


async def test_the_bot_plays_only_when_the_server_or_list_says_so(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await service.start(_request(questions=1))
    reveal = next(e for e in await _expire(service, clock, 25) if isinstance(e, Revealed))
    assert reveal.earned == {}
    await service.update_settings(GUILD, bot_plays=True)
    await service.start(_request(questions=1))
    reveal = next(e for e in await _expire(service, clock, 25) if isinstance(e, Revealed))
    assert set(reveal.earned) == {BOT_PLAYER}


async def test_difficulty_weights_the_points_of_a_game(db: Database, clock: ManualClock) -> None:
    from dataclasses import replace

    from tests.trivia.helpers import _questions

    hard = [replace(q, difficulty="hard") for q in _questions(4)]
    service = _service(db, clock, hard)
    shown = await service.start(_request(questions=1))
    await service.click(shown.game.id, 0, STARTER, right_choice(shown.question))
    reveal = next(e for e in await _expire(service, clock, 25) if isinstance(e, Revealed))
    assert reveal.earned == {STARTER: base_points("hard") + 5}
