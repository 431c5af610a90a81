"""The bundled pack and the question bank's draw (the spoiler gate)."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.show import NOTHING, Position, ShowShape
from bot.trivia.bank import BUNDLED_PATH, QuestionBank, bundled_questions, load_content
from bot.trivia.lists import parse_list
from bot.trivia.matching import AnswerMatcher
from bot.trivia.model import DIFFICULTIES, Question

CATEGORIES = {"cast", "characters", "episodes", "production", "season2", "webtoon", "viewership", "trivia"}


def test_bundled_pack_parses_without_warnings_and_has_at_least_150_questions() -> None:
    parsed = parse_list(BUNDLED_PATH.read_bytes(), "aouad")
    assert parsed.warnings == ()
    assert len(parsed.questions) >= 150
    assert bundled_questions() == parsed.questions


def test_bundled_questions_have_stable_ids_in_order() -> None:
    ids = [q.id for q in bundled_questions()]
    assert ids == [f"aouad-{i:03d}" for i in range(1, len(ids) + 1)]


def test_bundled_questions_are_complete() -> None:
    for q in bundled_questions():
        assert q.category in CATEGORIES, q.id
        assert q.difficulty in DIFFICULTIES, q.id
        assert NOTHING <= q.spoils <= Position(1, 12), q.id
        assert len(q.choices) == 4 and len(set(q.choices)) == 4 and q.answers[0] in q.choices, q.id
        assert q.explanation and q.source, q.id
        assert q.list_name == "aouad", q.id


def test_bundled_sources_name_a_publisher_then_a_date_or_a_detail() -> None:
    for q in bundled_questions():
        assert q.source is not None and re.match(r"^[^,]+, \S.*$", q.source), q.id


def test_bundled_texts_are_unique() -> None:
    texts = [q.text for q in bundled_questions()]
    assert len(texts) == len(set(texts))


def test_every_bundled_answer_matches_itself_and_no_wrong_choice_matches() -> None:
    matcher = AnswerMatcher()
    for q in bundled_questions():
        for answer in q.answers:
            assert matcher.match(answer, q).verdict == "correct", (q.id, answer)
        for choice in q.choices:
            if choice != q.answers[0]:
                assert matcher.match(choice, q).verdict != "correct", (q.id, choice)


def test_questions_that_name_deaths_or_bites_spoil_an_episode() -> None:
    words = re.compile(r"\b(dies?|die|kills?|bites?|bitten|turns?|sacrific\w*|halfbie|epilogue)\b", re.IGNORECASE)
    for q in bundled_questions():
        if words.search(q.text) and q.category != "season2":
            assert q.spoils > NOTHING, q.id


def test_bundled_pack_covers_every_category_and_difficulty() -> None:
    questions = bundled_questions()
    assert {q.category for q in questions} >= CATEGORIES - {"trivia"}
    assert {q.difficulty for q in questions} == set(DIFFICULTIES)
    assert sum(1 for q in questions if q.spoils == NOTHING) >= 60


# -- draw -----------------------------------------------------------------------------------------


def make(i: int, spoils: Position, category: str = "c", difficulty: str = "easy") -> Question:
    return Question(id=f"q{i}", text=f"Q{i}?", answers=(f"a{i}",), category=category, difficulty=difficulty, spoils=spoils)


# Positions across two seasons: NOTHING, S1E1..S1E12, S2E1..S2E8.
positions = st.one_of(
    st.just(NOTHING), st.builds(Position, st.just(1), st.integers(1, 12)), st.builds(Position, st.just(2), st.integers(1, 8))
)


questions_strategy = st.lists(
    st.tuples(positions, st.sampled_from(["x", "y"]), st.sampled_from(DIFFICULTIES)), max_size=40
).map(lambda rows: [make(i, s, c, d) for i, (s, c, d) in enumerate(rows)])


@settings(max_examples=60, deadline=None)
@given(
    questions=questions_strategy,
    max_spoils=positions,
    count=st.integers(0, 50),
    category=st.one_of(st.none(), st.sampled_from(["x", "y"])),
    difficulty=st.one_of(st.none(), st.sampled_from(DIFFICULTIES)),
    excluded=st.sets(st.integers(0, 40), max_size=10),
    seed=st.integers(0, 2**32),
)
def test_draw_never_passes_the_spoiler_gate_never_repeats_and_honours_filters(
    questions: list[Question],
    max_spoils: Position,
    count: int,
    category: str | None,
    difficulty: str | None,
    excluded: set[int],
    seed: int,
) -> None:
    bank = QuestionBank(questions)
    exclude_ids = {f"q{i}" for i in excluded}
    drawn = bank.draw(
        max_spoils=max_spoils, count=count, category=category, difficulty=difficulty,
        exclude_ids=exclude_ids, rng=random.Random(seed),
    )
    assert all(q.spoils <= max_spoils for q in drawn)
    assert len({q.id for q in drawn}) == len(drawn)
    assert not {q.id for q in drawn} & exclude_ids
    assert all(category is None or q.category == category for q in drawn)
    assert all(difficulty is None or q.difficulty == difficulty for q in drawn)
    eligible = [
        q for q in questions
        if q.spoils <= max_spoils and q.id not in exclude_ids
        and (category is None or q.category == category) and (difficulty is None or q.difficulty == difficulty)
    ]
    assert len(drawn) == min(count, len(eligible))


@settings(max_examples=30, deadline=None)
@given(max_spoils=st.integers(0, 12).map(Position.legacy), seed=st.integers(0, 2**32))
def test_bundled_pack_draw_respects_the_spoiler_mark(max_spoils: Position, seed: int) -> None:
    bank = QuestionBank(bundled_questions())
    drawn = bank.draw(max_spoils=max_spoils, count=500, rng=random.Random(seed))
    assert drawn and all(q.spoils <= max_spoils for q in drawn)


def test_same_seed_gives_the_same_draw() -> None:
    bank = QuestionBank(bundled_questions())
    first = bank.draw(max_spoils=Position(1, 12), count=10, rng=random.Random(7))
    assert first == bank.draw(max_spoils=Position(1, 12), count=10, rng=random.Random(7))


def test_duplicate_ids_keep_the_first_question() -> None:
    bank = QuestionBank([make(1, NOTHING), Question(id="q1", text="other", answers=("b",))])
    assert len(bank) == 1 and bank.get("q1") is not None and bank.get("q1").text == "Q1?"  # type: ignore[union-attr]


def test_categories_can_be_limited_to_what_is_safe() -> None:
    bank = QuestionBank([make(1, NOTHING, "x"), make(2, Position(1, 9), "y"), make(3, Position(2, 1), "z")])
    assert bank.categories() == ["x", "y", "z"]
    assert bank.categories(max_spoils=Position(1, 3)) == ["x"]
    assert bank.categories(max_spoils=Position(1, 12)) == ["x", "y"]


def test_load_content_joins_the_bundled_and_lore_generated_questions_with_a_name_aware_matcher() -> None:
    questions, matcher = load_content(ShowShape.season_one())
    ids = {q.id for q in questions}
    assert {q.id for q in bundled_questions()} <= ids
    assert len(ids) > len(bundled_questions())  # the lore adds its generated questions
    assert isinstance(matcher, AnswerMatcher)
