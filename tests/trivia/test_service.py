"""The game engine (through its GameService facade) on a real SQLite file, with a ManualClock driving the deadlines."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.clock import ManualClock
from bot.harness import open_migrated
from bot.show import NOTHING, Position
from bot.trivia import library, starting
from bot.trivia.events import GameEnded, QuestionShown, Revealed
from bot.trivia.lists import MAX_BYTES, slugify
from bot.trivia.model import Question, TriviaError, TriviaList, TriviaSettings
from db.connection import Database
from db.trivia import answers as answer_store
from db.trivia import games as game_store
from db.trivia import settings as settings_store
from db.trivia import stats as stats_store
from tests.table import table
from tests.trivia.helpers import (
    CHANNEL,
    GUILD,
    MOD,
    OTHER,
    STARTER,
    _expire,
    _questions,
    _request,
    _service,
    right_choice,
)

# Positions across two seasons, for the gate's properties.
POSITIONS = st.one_of(
    st.just(NOTHING), st.builds(Position, st.just(1), st.integers(1, 12)), st.builds(Position, st.just(2), st.integers(1, 8))
)


async def test_two_starts_at_the_same_moment_leave_exactly_one_game(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    results = await asyncio.gather(*(service.start(_request()) for _ in range(4)), return_exceptions=True)
    assert sum(isinstance(r, QuestionShown) for r in results) == 1
    assert all(isinstance(r, TriviaError) for r in results if not isinstance(r, QuestionShown))
    async with db.read() as conn:
        assert len(await game_store.active_games(conn)) == 1


async def test_a_full_buttons_game_scores_and_names_the_winner(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request())
    game, right = shown.game, right_choice(shown.question)
    assert (await service.click(game.id, 0, STARTER, right)).status == "recorded"
    assert (await service.click(game.id, 0, OTHER, (right + 1) % 4)).status == "recorded"
    events = await _expire(service, clock, 25)
    reveal = next(e for e in events if isinstance(e, Revealed))
    assert reveal.correct_choice == right and set(reveal.earned) == {STARTER}
    events = await _expire(service, clock, 5)  # the pause ends: question 2
    second = next(e for e in events if isinstance(e, QuestionShown))
    assert second.q_index == 1
    await service.click(game.id, 1, OTHER, right_choice(second.question))
    await service.click(game.id, 1, STARTER, right_choice(second.question))
    events = await _expire(service, clock, 25)
    ended = next(e for e in events if isinstance(e, GameEnded))
    assert ended.status == "finished" and ended.winners == [STARTER]
    async with db.read() as conn:
        stats = await stats_store.member_stats(conn, GUILD, STARTER)
    assert stats is not None and stats.games == 1


async def test_a_button_click_counts_once_however_often_it_is_pressed(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    results = await asyncio.gather(*(service.click(game.id, 0, STARTER, i % 4) for i in range(20)))
    assert [r.status for r in results].count("recorded") == 1
    async with db.read() as conn:
        assert len(await answer_store.answers_for(conn, game.id, 0)) == 1


async def test_a_click_after_the_deadline_is_refused(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    clock.advance(dt.timedelta(seconds=30))
    assert (await service.click(game.id, 0, STARTER, 0)).status == "closed"


async def test_a_click_on_an_old_question_is_refused(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    game = (await service.start(_request())).game
    await _expire(service, clock, 25)
    await _expire(service, clock, 5)
    assert (await service.click(game.id, 0, STARTER, 0)).status == "closed"


async def test_a_typed_game_goes_to_the_first_correct_answer(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed"))
    answer = shown.question.answers[0]
    assert (await service.guess(CHANNEL, OTHER, "something else entirely")) is not None
    result = await service.guess(CHANNEL, STARTER, answer.upper() + ".")
    assert result is not None and result.status == "correct" and result.points > 0
    assert any(isinstance(e, Revealed) for e in result.events)
    late = await service.guess(CHANNEL, OTHER, answer)
    assert late is None or late.status == "closed"


async def test_a_message_listing_several_answers_earns_nothing(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed"))
    others = ", ".join(shown.question.choices)
    result = await service.guess(CHANNEL, STARTER, others)
    assert result is not None and result.status in ("multiple", "wrong") and result.points == 0


async def test_guesses_past_the_limit_are_not_judged(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed"))
    for _ in range(3):
        await service.guess(CHANNEL, OTHER, "zebra")
    result = await service.guess(CHANNEL, OTHER, shown.question.answers[0])
    assert result is not None and result.status == "limit"


async def test_no_typed_game_means_messages_are_ignored(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await service.start(_request(mode="buttons"))
    assert await service.guess(CHANNEL, OTHER, "hello") is None


async def test_only_the_starter_or_a_moderator_may_stop(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    await service.start(_request())
    with pytest.raises(TriviaError):
        await service.stop(CHANNEL, OTHER, moderator=False)
    ended = await service.stop(CHANNEL, MOD, moderator=True)
    assert ended.status == "stopped"


async def test_a_stopped_game_gives_no_win(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request())
    await service.click(shown.game.id, 0, STARTER, right_choice(shown.question))
    await _expire(service, clock, 25)
    ended = await service.stop(CHANNEL, STARTER, moderator=False)
    assert ended.winners == []
    async with db.read() as conn:
        stats = await stats_store.member_stats(conn, GUILD, STARTER)
    assert stats is not None and stats.wins == 0 and stats.points > 0


async def test_a_game_ends_as_soon_as_someone_reaches_the_points_to_win(db: Database, clock: ManualClock) -> None:
    async with db.transaction() as conn:
        await settings_store.update_settings(conn, GUILD, points_to_win=10)
    service = _service(db, clock)
    shown = await service.start(_request(questions=5))
    await service.click(shown.game.id, 0, STARTER, right_choice(shown.question))
    await service.click(shown.game.id, 0, OTHER, right_choice(shown.question))
    events = await _expire(service, clock, 25)
    ended = next(e for e in events if isinstance(e, GameEnded))
    assert ended.reason == "points" and ended.winners == [STARTER, OTHER]  # level: they share it


async def test_a_game_without_answers_stops_when_idle(db: Database, clock: ManualClock) -> None:
    async with db.transaction() as conn:
        await settings_store.update_settings(conn, GUILD, idle_seconds=40, pause_seconds=0)
    service = _service(db, clock)
    await service.start(_request(questions=10))
    ended: list[GameEnded] = []
    for _ in range(5):
        ended += [e for e in await _expire(service, clock, 25) if isinstance(e, GameEnded)]
    assert ended and ended[0].status == "idle" and ended[0].winners == []


async def test_no_question_repeats_within_the_last_games(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock, _questions(8))
    seen: list[str] = []
    for _ in range(4):
        shown = await service.start(_request(questions=2))
        seen += [shown.question.id]
        async with db.read() as conn:
            rows = [await game_store.get_game_question(conn, shown.game.id, i) for i in range(2)]
        seen += [r.question_id for r in rows if r is not None][1:]
        await service.stop(CHANNEL, STARTER, moderator=False)
    assert len(seen) == len(set(seen)) == 8


async def test_buttons_mode_needs_multiple_choice_questions(db: Database, clock: ManualClock) -> None:
    plain = [Question(id="p1", text="Q?", answers=("a",))]
    with pytest.raises(TriviaError):
        await _service(db, clock, plain).start(_request())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    mark=POSITIONS,
    up_to=st.one_of(st.none(), POSITIONS),
    spoils=st.lists(POSITIONS, min_size=1, max_size=30),
)
async def test_no_question_past_the_gate_is_ever_drawn(
    tmp_path_factory: pytest.TempPathFactory, mark: Position, up_to: Position | None, spoils: list[Position]
) -> None:
    db = await open_migrated(tmp_path_factory.mktemp("gate") / "t.db")  # a copy of a database migrated once
    try:
        questions = [
            Question(id=f"g{i}", text=f"Q{i}?", answers=(f"a{i}",), choices=(f"a{i}", "x", "y", "z"), spoils=s)
            for i, s in enumerate(spoils)
        ]
        service = _service(db, ManualClock(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)), questions, mark=mark)
        gate = min(mark, up_to) if up_to is not None else mark
        try:
            shown = await service.start(_request(questions=len(spoils), up_to_episode=up_to))
        except TriviaError:
            assert all(s > gate for s in spoils)
            return
        async with db.read() as conn:
            rows = [await game_store.get_game_question(conn, shown.game.id, i) for i in range(shown.game.question_count)]
        drawn = [q for q in questions if q.id in {r.question_id for r in rows if r is not None}]
        assert drawn and all(q.spoils <= gate for q in drawn)
        assert shown.game.gate == gate
    finally:
        await db.close()


# -- rules the cog used to hold -----------------------------------------------------------------


def _policy(policy: str, role: int | None = None) -> TriviaSettings:
    return TriviaSettings(guild_id=GUILD, start_policy=policy, start_role_id=role)


def test_anyone_may_start_under_the_everyone_policy() -> None:
    starting.check_may_start(_policy("everyone"), moderator=False, role_ids=())


def test_a_moderator_may_start_under_any_policy() -> None:
    for policy in ("everyone", "role", "moderators"):
        starting.check_may_start(_policy(policy, 5), moderator=True, role_ids=())


def test_the_role_policy_lets_holders_of_the_start_role_in_and_no_one_else() -> None:
    starting.check_may_start(_policy("role", 5), moderator=False, role_ids={4, 5})
    with pytest.raises(TriviaError, match="Only members with"):
        starting.check_may_start(_policy("role", 5), moderator=False, role_ids={4})


def test_the_role_refusal_names_the_role_that_may_start() -> None:
    with pytest.raises(TriviaError, match="<@&5>"):
        starting.check_may_start(_policy("role", 5), moderator=False, role_ids={4})


def test_the_moderators_policy_refuses_a_member() -> None:
    with pytest.raises(TriviaError, match="Only moderators"):
        starting.check_may_start(_policy("moderators"), moderator=False, role_ids={5})


def test_typed_mode_is_refused_when_the_bot_cannot_read_messages() -> None:
    starting.check_mode("buttons", reads_messages=False)
    starting.check_mode("typed", reads_messages=True)
    with pytest.raises(TriviaError, match="Message Content"):
        starting.check_mode("typed", reads_messages=False)


def test_an_imported_list_is_named_after_the_option_else_the_file() -> None:
    assert library.import_name("My List!", "ignored.yaml") == slugify("My List!")
    assert library.import_name(None, "hyosan-high.yaml") == slugify("hyosan-high")



def test_a_korean_list_name_is_kept_in_korean() -> None:
    assert library.import_name("배우 퀴즈", "actors.yaml") == "배우-퀴즈"
    assert library.import_name(None, "효산고.yaml") == "효산고"
    assert library.import_name("AOUAD 퀴즈 2", "x.yaml") == "aouad-퀴즈-2"
    assert library.import_name("\u1112\u1175\u110b\u1169", "x.yaml") == "히오"  # jamo, as a Mac spells a file name


@table(("name", "filename"), [("!!!", "x.yaml"), ("🧟🧟", "z.yaml"), (None, "🧟.yaml")])
def test_a_list_name_with_nothing_a_slug_keeps_is_refused_never_stored_as_list(name: str | None, filename: str) -> None:
    with pytest.raises(TriviaError, match="no letters a-z, digits or Korean"):
        library.import_name(name, filename)


def test_a_file_over_the_size_limit_is_refused_before_download() -> None:
    library.check_import_size(MAX_BYTES)
    with pytest.raises(TriviaError, match="Nothing was imported"):
        library.check_import_size(MAX_BYTES + 1)


async def test_the_role_policy_cannot_be_chosen_without_a_start_role(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    with pytest.raises(TriviaError, match="start_role"):
        await service.change_settings(GUILD, {"start_policy": "role"})
    assert (await service.settings(GUILD)).start_policy == "everyone"
    updated, changed = await service.change_settings(GUILD, {"start_policy": "role", "start_role_id": 7})
    assert changed and (updated.start_policy, updated.start_role_id) == ("role", 7)
    updated, _ = await service.change_settings(GUILD, {"start_policy": "role"})  # the role is already set
    assert updated.start_role_id == 7


@pytest.mark.parametrize("policy", [None, "role"])
async def test_a_start_role_given_alone_or_with_the_role_policy_limits_who_starts(
    db: Database, clock: ManualClock, policy: str | None
) -> None:
    service = _service(db, clock)
    changes: dict[str, object] = {"start_role_id": 7} | ({"start_policy": policy} if policy else {})
    updated, changed = await service.change_settings(GUILD, changes)
    assert changed and (updated.start_policy, updated.start_role_id) == ("role", 7)


@pytest.mark.parametrize("policy", ["everyone", "moderators"])
async def test_a_start_role_beside_another_policy_is_refused_not_saved_to_do_nothing(
    db: Database, clock: ManualClock, policy: str
) -> None:
    service = _service(db, clock)
    with pytest.raises(TriviaError, match=f"who_can_start:role, not {policy}"):
        await service.change_settings(GUILD, {"start_policy": policy, "start_role_id": 7})
    assert (await service.settings(GUILD)).start_role_id is None


@pytest.mark.parametrize("kind", ["list", "category"])
async def test_turning_one_list_or_category_both_on_and_off_is_refused(
    db: Database, clock: ManualClock, kind: str
) -> None:
    service = _service(db, clock)
    name = "test" if kind == "list" else "@everyone **x**"
    with pytest.raises(TriviaError, match="both on and off") as refused:
        await service.change_settings(GUILD, {}, **{f"enable_{kind}": name, f"disable_{kind}": name})
    assert "@everyone" not in str(refused.value) and "**x**" not in str(refused.value)
    assert (await service.settings(GUILD)).disabled_lists == ()


async def test_changing_settings_merges_list_switches_and_says_whether_anything_changed(
    db: Database, clock: ManualClock
) -> None:
    service = _service(db, clock)
    updated, changed = await service.change_settings(GUILD, {"answer_seconds": 30}, disable_list="test")
    assert changed and updated.answer_seconds == 30 and updated.disabled_lists == ("test",)
    _, changed = await service.change_settings(GUILD, {})
    assert not changed


async def test_an_export_leaves_out_questions_past_the_channel_mark(db: Database, clock: ManualClock) -> None:
    questions = _questions(3) + [replace(q, id=f"late-{q.id}", spoils=Position(1, 9)) for q in _questions(2)]
    service = _service(db, clock, questions, mark=Position(1, 4))
    export = await service.export_list(GUILD, "test", CHANNEL)
    assert [q.spoils for q in export.questions] == [NOTHING, NOTHING, NOTHING]
    assert (export.left_out, export.gate) == (2, Position(1, 4))


async def test_a_season_two_question_is_never_drawn_in_a_channel_marked_at_the_end_of_season_one(
    db: Database, clock: ManualClock
) -> None:
    questions = [replace(q, spoils=Position(2, 1)) for q in _questions(4)]
    with pytest.raises(TriviaError, match="No questions fit"):
        await _service(db, clock, questions, mark=Position(1, 12)).start(_request())
    shown = await _service(db, clock, questions, mark=Position(2, 1)).start(_request(questions=4))
    assert shown.game.gate == Position(2, 1)


async def test_up_to_episode_lowers_a_season_two_mark_to_season_one(db: Database, clock: ManualClock) -> None:
    questions = [replace(q, id=f"s2-{q.id}", spoils=Position(2, 1)) for q in _questions(2)] + _questions(2)
    service = _service(db, clock, questions, mark=Position(2, 3))
    shown = await service.start(_request(questions=4, up_to_episode=Position(1, 12)))
    assert shown.game.gate == Position(1, 12) and shown.game.question_count == 2


async def test_list_names_are_the_built_in_and_imported_lists_sorted(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    imported = TriviaList(name="aaa", author=None, description=None, questions=tuple(_questions(1)))
    await service.import_list(GUILD, imported, STARTER)
    assert await service.list_names(GUILD) == ["aaa", "test"]
    assert await service.list_names(GUILD + 1) == ["test"]


async def test_a_list_imported_again_plays_its_new_questions_and_an_added_one(db: Database, clock: ManualClock) -> None:
    """Games read each imported list once per version: a list replaced by an import of the same
    name, or grown by one question, is what the next game draws from."""
    service = _service(db, clock, [])
    first = [replace(q, id=f"old-{q.id}", list_name="mine", category="mine") for q in _questions(2)]
    await service.import_list(GUILD, TriviaList(name="mine", author=None, description=None, questions=tuple(first)), STARTER)
    shown = await service.start(_request(questions=2, mode="typed"))
    assert shown.question.id.startswith("old-")
    await service.stop(CHANNEL, STARTER, moderator=True)
    again = [replace(q, id=f"new-{q.id}", text=f"New {q.text}", list_name="mine", category="mine") for q in _questions(1)]
    await service.import_list(GUILD, TriviaList(name="mine", author=None, description=None, questions=tuple(again)), STARTER)
    shown = await service.start(_request(questions=2, mode="typed"))
    assert shown.game.question_count == 1 and shown.question.id.startswith("new-")
    await service.stop(CHANNEL, STARTER, moderator=True)
    added = TriviaList(name="mine", author=None, description=None, questions=(
        replace(again[0], id="added", text="Another one?", answers=("yes",)),
    ))
    await service.add_question(GUILD, added, STARTER)
    shown = await service.start(_request(questions=5, mode="typed"))
    assert shown.game.question_count == 2


async def test_a_typed_guess_delivered_twice_counts_once(db: Database, clock: ManualClock) -> None:
    """Keyed by the message: a second delivery (another copy of hyosan, a replay) changes nothing,
    so a player's right answer is never refused as over the limit."""
    async with db.transaction() as conn:
        await settings_store.update_settings(conn, GUILD, max_guesses=2)
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed"))
    first = await service.guess(CHANNEL, OTHER, "zebra", message_id=5001)
    assert first is not None and first.status == "wrong"
    assert await service.guess(CHANNEL, OTHER, "zebra", message_id=5001) is None
    right = await service.guess(CHANNEL, OTHER, shown.question.answers[0], message_id=5002)
    assert right is not None and right.status == "correct"


async def test_chat_in_a_typed_game_is_not_a_guess(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed"))
    results = [await service.guess(CHANNEL, OTHER, line) for line in ("lol", "this one is hard", "brb")]
    assert [r.status for r in results if r is not None] == ["chat"] * 3
    async with db.read() as conn:
        assert await answer_store.guessers(conn, shown.game.id, 0) == []


async def test_an_answer_just_after_a_typed_game_ended_is_too_late(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed", questions=1))
    won = await service.guess(CHANNEL, OTHER, shown.question.answers[0])
    assert won is not None and any(isinstance(e, GameEnded) for e in won.events)
    assert service.takes_guesses(CHANNEL)
    late = await service.guess(CHANNEL, STARTER, shown.question.answers[0])
    assert late is not None and late.status == "closed"


async def test_chat_just_after_a_typed_game_ended_is_chat(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed", questions=1))
    await service.guess(CHANNEL, OTHER, shown.question.answers[0])
    late = await service.guess(CHANNEL, STARTER, "gg")
    assert late is not None and late.status == "chat"


async def test_a_message_long_after_a_typed_game_ended_is_not_a_guess(db: Database, clock: ManualClock) -> None:
    service = _service(db, clock)
    shown = await service.start(_request(mode="typed", questions=1))
    await service.guess(CHANNEL, OTHER, shown.question.answers[0])
    clock.advance(dt.timedelta(minutes=1))
    assert await service.guess(CHANNEL, STARTER, shown.question.answers[0]) is None
    assert not service.takes_guesses(CHANNEL)


@table(
    ("filename", "said"),
    [("../../x.yaml", "not a plain file name"), ("..\\x.yaml", "not a plain file name"), (".hidden.yaml", "not a plain"),
     ("list.pdf", "not a YAML file"), ("photo.png", "not a YAML file"), ("list.yaml.exe", "not a YAML file")],
)
def test_an_upload_that_cannot_be_a_list_is_refused_by_its_name(filename: str, said: str) -> None:
    with pytest.raises(TriviaError) as info:
        library.check_upload(filename, 100)
    assert said in info.value.message and "Nothing was imported" in info.value.message


def test_a_json_export_is_taken_as_yaml_is() -> None:
    library.check_upload("quiz.json", 100)  # JSON is YAML: parse_list reads it (imports_wild6 x17)
    assert library.import_name(None, "quiz.json") == "quiz"


def test_a_list_notepad_saved_as_yaml_txt_is_taken_under_its_yaml_name() -> None:
    library.check_upload("Capitals.yaml.TXT", 100)
    assert library.import_name(None, "capitals.yaml.txt") == "capitals"


def test_a_yaml_or_yml_upload_of_any_case_is_taken() -> None:
    for filename in ("capitals.yaml", "Capitals.YML", "my list.yml"):
        library.check_upload(filename, 100)
