"""A game's posts as a durable queue, and resuming a game where it stood (bot/trivia/posts.py,
bot/trivia/resume.py), on a real SQLite file with a ManualClock."""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.trivia.events import GameEnded, QuestionShown, Revealed
from db.connection import Database
from db.trivia import games as game_store
from db.trivia import posts as post_store
from tests.trivia.helpers import CHANNEL, OTHER, STARTER, _post_queued, _request, _service


def _seconds(count: float) -> dt.timedelta:
    return dt.timedelta(seconds=count)


async def _steps(db: Database, game_id: int) -> list[tuple[str, int, str]]:
    async with db.read() as conn:
        return [(p.step, p.q_index, p.status) for p in await post_store.posts_of_game(conn, game_id)]


async def test_each_step_is_queued_in_the_transaction_that_made_it(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed", questions=1))
    assert await _steps(db, shown.game.id) == [("question", 0, "pending")]
    await _post_queued(service)
    result = await service.guess(CHANNEL, OTHER, shown.question.answers[0])
    assert result is not None and result.status == "correct"
    assert await _steps(db, shown.game.id) == [("question", 0, "sent"), ("reveal", 0, "pending"), ("end", -1, "pending")]


async def test_a_post_is_rebuilt_from_the_database_as_it_was_queued(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed", questions=1))
    await _post_queued(service)
    await service.guess(CHANNEL, OTHER, shown.question.answers[0])
    post = await service.posts.next(CHANNEL)
    assert post is not None
    delivery = await service.posts.begin(post)
    assert delivery is not None and isinstance(delivery.event, Revealed)
    assert delivery.event.earned.keys() == {OTHER} and delivery.event.question.id == shown.question.id
    assert delivery.close_message_id is not None  # the question's message, recorded when it was posted


async def test_a_sent_step_is_never_posted_again(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await service.start(_request())
    assert await _post_queued(service) == 1
    assert await _post_queued(service) == 0


async def test_a_question_is_not_closed_before_it_is_shown(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request())
    clock.advance(_seconds(60))  # its post is held up (a 429 storm, a crash) past its answer time
    assert await service.advance(shown.game.id) == []
    async with db.read() as conn:
        game = await game_store.get_game(conn, shown.game.id)
    assert game is not None and game.phase == "asking"


async def test_a_question_shown_late_gets_its_full_time_from_then(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request())
    clock.advance(_seconds(60))
    post = await service.posts.next(CHANNEL)
    assert post is not None
    delivery = await service.posts.begin(post)
    assert delivery is not None and isinstance(delivery.event, QuestionShown)
    assert delivery.event.late and delivery.event.deadline == clock.now() + _seconds(shown.game.settings.answer_seconds)
    assert await service.deadline(shown.game.id) == delivery.event.deadline


async def test_a_question_discord_held_back_gets_its_full_time_from_when_discord_took_it(
    db: Database, clock: ManualClock
) -> None:
    """Held by the channel's rate limit for less than LATE_AFTER: its time starts at the confirmation,
    kept in the database (a restart arms the same deadline)."""
    service = _service(db, clock)
    shown = await service.start(_request())
    post = await service.posts.next(CHANNEL)
    assert post is not None
    delivery = await service.posts.begin(post)
    assert delivery is not None and isinstance(delivery.event, QuestionShown) and not delivery.event.late
    clock.advance(_seconds(2))  # discord.py waits out a 429 inside the send
    moved = await service.posts.sent(delivery, 4242)
    assert moved == clock.now() + _seconds(shown.game.settings.answer_seconds)
    assert await service.deadline(shown.game.id) == moved


async def test_a_question_found_already_up_keeps_its_deadline(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request())
    post = await service.posts.next(CHANNEL)
    assert post is not None
    delivery = await service.posts.begin(post)
    assert delivery is not None
    clock.advance(_seconds(2))
    # found among the channel's messages (an earlier process sent it): up since then
    assert await service.posts.sent(delivery, 4243, shown_now=False) is None
    assert await service.deadline(shown.game.id) == shown.deadline


async def test_a_question_answered_before_discord_confirmed_it_is_not_reopened(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed", questions=2))
    post = await service.posts.next(CHANNEL)
    assert post is not None
    delivery = await service.posts.begin(post)
    assert delivery is not None
    clock.advance(_seconds(2))
    result = await service.guess(CHANNEL, OTHER, shown.question.answers[0])  # seen before the bot heard back
    assert result is not None and result.status == "correct"
    after = await service.deadline(shown.game.id)
    assert await service.posts.sent(delivery, 4244) is None
    assert await service.deadline(shown.game.id) == after


async def test_a_second_try_keeps_the_first_tries_deadline(db: Database, clock: ManualClock) -> None:
    """Tried once (Discord may have shown it), then again after a crash: no fresh answer time."""
    service = _service(db, clock)
    shown = await service.start(_request())
    post = await service.posts.next(CHANNEL)
    assert post is not None and await service.posts.begin(post) is not None
    clock.advance(_seconds(8))
    again = await service.posts.begin(post)
    assert again is not None and isinstance(again.event, QuestionShown)
    assert not again.event.late and again.event.deadline == shown.deadline
    assert not again.look_first  # Discord still remembers the nonce


async def test_a_post_an_earlier_process_tried_is_looked_for_before_it_is_sent_again(
    db: Database, clock: ManualClock
) -> None:
    """Killed between Discord creating the message and its record: the next process looks first."""
    first = _service(db, clock)
    await first.start(_request())
    post = await first.posts.next(CHANNEL)
    assert post is not None and await first.posts.begin(post) is not None
    clock.advance(_seconds(2))
    again = await _service(db, clock).posts.begin(post)
    assert again is not None and again.look_first


async def test_a_post_first_tried_long_ago_is_looked_for_before_it_is_sent_again(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await service.start(_request())
    post = await service.posts.next(CHANNEL)
    assert post is not None and await service.posts.begin(post) is not None
    clock.advance(_seconds(5 * 60))
    again = await service.posts.begin(post)
    assert again is not None and again.look_first and again.marker == f"game {post.game_id} · Q1"


async def test_the_question_of_a_game_stopped_before_it_was_shown_is_not_posted(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request())
    await service.stop(CHANNEL, STARTER, moderator=False)
    assert await _post_queued(service) == 1  # the final scores only
    assert await _steps(db, shown.game.id) == [("question", 0, "skipped"), ("end", -1, "sent")]


async def test_the_end_of_a_game_stopped_mid_question_closes_that_questions_buttons(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request())
    await _post_queued(service)
    await service.stop(CHANNEL, STARTER, moderator=False)
    post = await service.posts.next(CHANNEL)
    assert post is not None
    delivery = await service.posts.begin(post)
    assert delivery is not None and isinstance(delivery.event, GameEnded)
    async with db.read() as conn:
        row = await game_store.get_game_question(conn, shown.game.id, 0)
    assert row is not None and delivery.close_message_id == row.message_id
    assert delivery.open_question is not None and delivery.open_question.id == shown.question.id


# -- resuming ----------------------------------------------------------------------------------


async def test_a_restarted_bot_keeps_the_question_and_its_remaining_time(db: Database, clock: ManualClock) -> None:
    first = _service(db, clock)
    shown = await first.start(_request(mode="typed"))
    await _post_queued(first)
    clock.advance(_seconds(8))
    second = _service(db, clock)
    assert [g.id for g in await second.resume_all()] == [shown.game.id]
    assert await second.deadline(shown.game.id) == shown.deadline
    assert await _post_queued(second) == 0  # nothing is posted again
    result = await second.guess(CHANNEL, OTHER, shown.question.answers[0])
    assert result is not None and result.status == "correct"


async def test_a_question_whose_time_ran_out_while_the_bot_was_away_closes_at_once(db: Database, clock: ManualClock) -> None:
    first = _service(db, clock)
    shown = await first.start(_request())
    await _post_queued(first)
    clock.advance(_seconds(60))
    second = _service(db, clock)
    await second.resume_all()
    events = await second.advance(shown.game.id)
    assert any(isinstance(e, Revealed) and e.timed_out for e in events)


async def test_restarting_again_and_again_never_holds_a_question(db: Database, clock: ManualClock) -> None:
    """A crash loop: each new process takes the game up where it stood, so time runs on."""
    service = _service(db, clock)
    shown = await service.start(_request())
    await _post_queued(service)
    for _ in range(5):
        clock.advance(_seconds(5))
        service = _service(db, clock)
        await service.resume_all()
        await _post_queued(service)
    assert await service.deadline(shown.game.id) == shown.deadline
    assert await _steps(db, shown.game.id) == [("question", 0, "sent")]


async def test_a_game_left_too_long_is_closed_at_restart(db: Database, clock: ManualClock) -> None:
    first = _service(db, clock)
    shown = await first.start(_request())
    await _post_queued(first)
    clock.advance(dt.timedelta(hours=3))
    assert await _service(db, clock).resume_all() == []
    async with db.read() as conn:
        game = await game_store.get_game(conn, shown.game.id)
    assert game is not None and game.status == "abandoned" and game.end_reason == "offline"
    assert await _steps(db, shown.game.id) == [("question", 0, "sent"), ("end", -1, "pending")]
