"""Same-kind wrong options for lists without options (Red's lists) played in buttons mode."""

from __future__ import annotations

from bot.trivia.distractors import OptionPicker, pick_options
from bot.trivia.kinds import Kind, answer_kind
from bot.trivia.matching import AnswerMatcher
from bot.trivia.model import Question
from bot.trivia.normal import fold_text


def q(text: str, *answers: str, qid: str | None = None, choices: tuple[str, ...] = ()) -> Question:
    return Question(id=qid or f"d:{text}:{answers[0]}", text=text, answers=answers, choices=choices, list_name="mix")


CAPITALS = [q(f"What is the capital of {c}?", a) for c, a in [
    ("France", "Paris"), ("Spain", "Madrid"), ("Italy", "Rome"), ("Germany", "Berlin"), ("Japan", "Tokyo"),
    ("Peru", "Lima"), ("Egypt", "Cairo"),
]]
YEARS = [q(f"In what year did event {i} happen?", str(y)) for i, y in enumerate([1969, 1989, 2001, 1945, 1914])]
PEOPLE = [q(f"Who painted work {i}?", name) for i, name in enumerate(
    ["Pablo Picasso", "Claude Monet", "Frida Kahlo", "Salvador Dali", "Rembrandt"]
)]
COUNTS = [q(f"How many items in set {i}?", str(n)) for i, n in enumerate([12, 7, 30, 144, 3])]
MIXED = CAPITALS + YEARS + PEOPLE + COUNTS
PICKER = OptionPicker(MIXED)


def kinds_of(options: tuple[str, ...], pool: list[Question]) -> set[Kind]:
    by_answer = {x.answers[0]: answer_kind(x.answers[0], x.text) for x in pool}
    return {by_answer[o] for o in options if o in by_answer}


def test_a_question_gets_its_right_answer_and_three_wrong_options() -> None:
    options = PICKER.options(CAPITALS[0], seed=1)
    assert options.playable and len(options.choices) == 4 and "Paris" in options.choices


def test_wrong_options_of_a_place_are_places() -> None:
    options = PICKER.options(CAPITALS[0], seed=1)
    assert kinds_of(options.choices, MIXED) == {Kind.PLACE}


def test_wrong_options_of_a_year_are_years() -> None:
    options = PICKER.options(YEARS[0], seed=1)
    assert all(len(o) == 4 and o.isdigit() for o in options.choices)


def test_wrong_options_of_a_person_are_people() -> None:
    options = PICKER.options(PEOPLE[0], seed=1)
    assert kinds_of(options.choices, MIXED) == {Kind.PERSON}


def test_wrong_options_of_a_number_are_numbers() -> None:
    options = PICKER.options(COUNTS[0], seed=1)
    assert all(o.isdigit() for o in options.choices) and "12" in options.choices


def test_the_same_seed_gives_the_same_options_in_the_same_order() -> None:
    assert PICKER.options(CAPITALS[2], seed="game-7") == OptionPicker(MIXED).options(CAPITALS[2], seed="game-7")


def test_different_seeds_can_give_different_options() -> None:
    seen = {PICKER.options(CAPITALS[2], seed=s).choices for s in range(12)}
    assert len(seen) > 1


def test_the_right_answer_is_not_always_in_the_same_place() -> None:
    places = {PICKER.options(CAPITALS[1], seed=s).choices.index("Madrid") for s in range(20)}
    assert len(places) > 1


def test_an_alias_of_the_right_answer_is_never_a_wrong_option() -> None:
    pool = [
        q("Which city is the capital of France?", "Paris", "City of Light", qid="paris"),
        q("Which city is called the City of Light?", "City of Light", qid="light"),
        q("Which city is the capital of Spain?", "Madrid", qid="madrid"),
        q("Which city is the capital of Italy?", "Rome", qid="rome"),
        q("Which city is the capital of Peru?", "Lima", qid="lima"),
    ]
    for seed in range(10):
        assert "City of Light" not in OptionPicker(pool).options(pool[0], seed=seed).choices


def test_a_spelling_the_matcher_would_accept_is_never_a_wrong_option() -> None:
    pool = [
        q("Which city is the capital of France?", "Paris", qid="paris"),
        q("Which city hosted the 1900 games?", "PARIS.", qid="paris-again"),
        q("Which city had a typo?", "Pariss", qid="typo"),
        q("Which city is the capital of Spain?", "Madrid", qid="madrid"),
        q("Which city is the capital of Italy?", "Rome", qid="rome"),
        q("Which city is the capital of Peru?", "Lima", qid="lima"),
    ]
    for seed in range(10):
        choices = OptionPicker(pool).options(pool[0], seed=seed).choices
        assert [fold_text(c) for c in choices].count("paris") == 1 and "Pariss" not in choices


def test_options_are_never_duplicates_after_folding() -> None:
    pool = [q(f"Which city is number {i}?", name, qid=f"c{i}") for i, name in enumerate(
        ["Paris", "Montréal", "Montreal", "MONTREAL!", "Rome", "Lima", "Oslo"]
    )]
    for seed in range(10):
        choices = OptionPicker(pool).options(pool[0], seed=seed).choices
        folded = [fold_text(c) for c in choices]
        assert len(set(folded)) == len(folded) == 4


def test_two_spellings_of_one_wrong_answer_are_not_both_offered() -> None:
    pool = [q(f"Which operator is number {i}?", name, qid=f"o{i}") for i, name in enumerate(
        ["Recruit", "Caveira", "Caveria", "Castle"]
    )]
    options = OptionPicker(pool).options(pool[0], seed=1)
    assert not options.playable or not {"Caveira", "Caveria"} <= set(options.choices)


def test_wrong_options_prefer_a_similar_length() -> None:
    pool = [q(f"What is the word number {i}?", w, qid=f"w{i}") for i, w in enumerate(
        ["Cat", "Dog", "Owl", "Elk", "Extraordinarily", "Incomprehensibility", "Uncharacteristically"]
    )]
    for seed in range(5):
        assert set(OptionPicker(pool).options(pool[0], seed=seed).choices) <= {"Cat", "Dog", "Owl", "Elk"}


def test_a_question_without_enough_same_kind_answers_cannot_be_played_and_says_why() -> None:
    pool = [*CAPITALS[:2], q("Who invented the computer mouse?", "Douglas Engelbart", qid="mouse")]
    options = OptionPicker(pool).options(pool[2], seed=1)
    assert not options.playable and options.choices == ()
    assert options.reason is not None and "people's names" in options.reason and "3" in options.reason


def test_a_number_short_of_same_kind_answers_gets_plausible_neighbours() -> None:
    pool = [q("In what year did the show start?", "1997", qid="y"), *CAPITALS]
    options = OptionPicker(pool).options(pool[0], seed=3)
    assert options.playable and "1997" in options.choices
    assert all(o.isdigit() and abs(int(o) - 1997) <= 12 for o in options.choices)


def test_neighbours_of_a_decimal_keep_its_unit_and_precision() -> None:
    pool = [q("How fast does it spawn?", "4.3 seconds", qid="s"), *CAPITALS]
    options = OptionPicker(pool).options(pool[0], seed=3)
    wrong = [o for o in options.choices if o != "4.3 seconds"]
    assert len(wrong) == 3 and all(o.endswith(" seconds") and len(o.split()[0]) == 3 for o in wrong)


def test_neighbours_of_a_fraction_are_fractions() -> None:
    pool = [q("How much of it is left?", "1/4", qid="f"), *CAPITALS]
    options = OptionPicker(pool).options(pool[0], seed=3)
    assert options.playable and all("/" in o for o in options.choices)


def test_a_question_with_its_own_options_keeps_them() -> None:
    own = q("Which one?", "B", choices=("A", "B", "C", "D"))
    assert PICKER.options(own, seed=1).choices == ("A", "B", "C", "D")


def test_an_answer_too_long_for_a_button_cannot_be_played() -> None:
    long = q("What happened?", "x" * 81, qid="long")
    options = OptionPicker([long, *CAPITALS]).options(long, seed=1)
    assert not options.playable and options.reason is not None and "80 characters" in options.reason


def test_a_word_of_the_question_is_not_offered_as_an_option() -> None:
    pool = [
        q("Which country has Paris as its capital?", "France", qid="fr"),
        q("Which country has Madrid as its capital?", "Spain", qid="es"),
        q("Which country has Rome as its capital?", "Italy", qid="it"),
        q("Which country has Lima as its capital?", "Peru", qid="pe"),
        q("Which country is Paris in, France or Chile?", "France", qid="fr2"),
        q("Which country is Santiago in?", "Chile", qid="cl"),
    ]
    for seed in range(8):
        assert "Chile" not in OptionPicker(pool).options(pool[4], seed=seed).choices


def test_pick_options_is_the_one_call_form_of_the_picker() -> None:
    assert pick_options(CAPITALS[0], MIXED, seed=1) == PICKER.options(CAPITALS[0], seed=1)


def test_the_picker_uses_the_matcher_it_is_given() -> None:
    matcher = AnswerMatcher(lists=MIXED)
    assert OptionPicker(MIXED, matcher).options(CAPITALS[0], seed=1) == PICKER.options(CAPITALS[0], seed=1)


def test_answer_kinds_follow_the_question_and_the_answer() -> None:
    assert answer_kind("1997", "In what year was it released?") is Kind.YEAR
    assert answer_kind("12", "How many episodes are there?") is Kind.NUMBER
    assert answer_kind("4.3 seconds", "How fast is it?") is Kind.NUMBER
    assert answer_kind("Tina Turner", "Who sang it?") is Kind.PERSON
    # a story's people asked by their part in it (a rewatch list, scen49): people, so they get people as wrong options
    assert answer_kind("Hyeon-ju", "Which student is bitten by the lab rodent?") is Kind.PERSON
    assert answer_kind("Ms. Park", "Which teacher dies so that Na-yeon can get away?") is Kind.PERSON
    assert answer_kind("Nam So-ju", "Which firefighter stays behind with flares?") is Kind.PERSON
    assert answer_kind("Gwi-nam", "Which bully comes back as the first student halfbie?") is Kind.PERSON
    assert answer_kind("I-sak", "Which friend of On-jo hides a bite?") is Kind.PERSON
    assert answer_kind("Lima", "What is the capital of Peru?") is Kind.PLACE
    assert answer_kind("Basseterre", "What is the capital of Saint Kitts and Nevis?") is Kind.PLACE
    assert answer_kind("NASA", "Which agency launched it?") is Kind.CODE
    assert answer_kind("Texaco", "You can trust your car to the men who wear the star.") is Kind.WORD
    assert answer_kind("Billie Jean", "(Identify the Michael Jackson song) She's just a girl who claims") is Kind.PHRASE
