"""Reading trivia lists in Red's and hyosan's formats, safely."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from bot.trivia.export import export_yaml
from bot.trivia.lists import ListError, check_files, imported_id, parse_list
from bot.trivia.model import Question, TriviaList
from tests.table import table

FIXTURES = Path(__file__).parent / "fixtures"


def parse(text: str, name: str = "test") -> TriviaList:
    return parse_list(text.encode("utf-8"), name)


def problems_of(text: str | bytes, **kwargs: int) -> list[str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(ListError) as info:
        parse_list(data, "test", **kwargs)
    return info.value.problems


# -- Red's format -------------------------------------------------------------------------------


def test_red_list_reads_author_description_config_and_questions() -> None:
    parsed = parse_list((FIXTURES / "red_small.yaml").read_bytes(), "red_small")
    assert parsed.author == "hyosan test fixtures"
    assert parsed.description is not None and "Red-DiscordBot" in parsed.description
    assert parsed.config == {"max_score": 5, "timeout": 120, "reveal_answer": True}
    assert len(parsed.questions) == 7
    first = parsed.questions[0]
    assert first.text == "Which city is the capital of France?"
    assert first.answers == ("Paris",)
    assert first.list_name == "red_small" and first.category == "red_small"
    assert first.spoils == NOTHING and first.choices == ()


def test_red_question_ids_are_slug_and_text_hash() -> None:
    parsed = parse_list((FIXTURES / "red_small.yaml").read_bytes(), "Red Small!")
    first = parsed.questions[0]
    assert first.id == imported_id("Red Small!", first.text)
    assert first.id.startswith("red-small:") and len(first.id.split(":")[1]) == 10


def test_unquoted_leading_zero_answer_is_kept_as_text_with_a_warning() -> None:
    parsed = parse_list((FIXTURES / "red_small.yaml").read_bytes(), "red_small")
    bond = next(q for q in parsed.questions if "Bond" in q.text)
    assert bond.answers[0] == "007"
    assert any("'007'" in w and "line 13" in w for w in parsed.warnings)


@table(
    ("written", "kept", "reading"),
    [
        ("007", "007", "number 7"),
        ("1:30", "1:30", "number 90"),
        ("yes", "yes", "boolean True"),
        ("off", "off", "boolean False"),
        ("1e3", "1e3", "number"),
        ("2015-01-01", "2015-01-01", "date"),
        ("0x1F", "0x1F", "number 31"),
        ("3.10", "3.10", "number 3.1"),
        # a half-typed spoiler bar at an answer's edge is read off: one warning says so, none says it is shown as typed
        ('"Nam-ra||"', "Nam-ra", "unpaired '||' at its edge ('Nam-ra||'); kept as 'Nam-ra'"),
    ],
)
def test_an_answer_yaml_or_a_stray_bar_would_misread_is_one_warning_saying_what_is_kept(
    written: str, kept: str, reading: str
) -> None:
    parsed = parse_list(f"Q?:\n- {written}\n".encode(), "t")
    assert parsed.questions[0].answers == (kept,)
    assert len(parsed.warnings) == 1
    assert "line 2" in parsed.warnings[0] and reading in parsed.warnings[0]


def test_plain_numbers_that_read_back_the_same_give_no_warning() -> None:
    parsed = parse_list(b"Q?:\n- 49\n- '007'\n", "t")
    assert parsed.questions[0].answers == ("49", "007")
    assert parsed.warnings == ()


def test_trap_in_question_key_is_kept_as_text() -> None:
    parsed = parse_list(b"1:30:\n- ninety minutes\n", "t")
    assert parsed.questions[0].text == "1:30"
    assert parsed.warnings


def test_unknown_config_key_is_a_warning() -> None:
    parsed = parse_list(b"CONFIG:\n  max_score: 3\n  colour: red\nQ?:\n- a\n", "t")
    assert parsed.config == {"max_score": 3}
    assert any("colour" in w and "line 3" in w for w in parsed.warnings)


def test_repeated_question_with_same_answers_is_kept_once() -> None:
    parsed = parse_list(b"Q?:\n- a\nR?:\n- b\nQ?:\n- a\n", "t")
    assert [q.text for q in parsed.questions] == ["Q?", "R?"]
    assert any("line 5" in w and "first at line 1" in w for w in parsed.warnings)


def test_repeated_question_with_different_answers_keeps_the_first_copy_with_a_warning() -> None:
    parsed = parse_list(b"Q?:\n- a\nR?:\n- b\nQ?:\n- c\n", "t")
    assert [(q.text, q.answers) for q in parsed.questions] == [("Q?", ("a",)), ("R?", ("b",))]
    assert any("different answers" in w and "line 5" in w and "first one is kept" in w for w in parsed.warnings)


def test_duplicate_author_is_a_warning_and_the_last_is_kept_as_in_red() -> None:
    parsed = parse_list(b"AUTHOR: first\nQ?:\n- a\nAUTHOR: second\n", "t")
    assert parsed.author == "second"
    assert any("AUTHOR is given twice" in w and "line 4" in w for w in parsed.warnings)


def test_schema_key_is_accepted_and_is_not_a_question() -> None:
    parsed = parse_list(b"$schema: https://example.org/trivia.schema.json\nQ?:\n- a\n", "t")
    assert [q.text for q in parsed.questions] == ["Q?"]
    assert parsed.warnings == ()


def test_red_max_score_is_kept_as_the_number_of_right_answers() -> None:
    parsed = parse_list(b"CONFIG:\n  max_score: 10\nQ?:\n- a\n", "t")
    assert parsed.target_right_answers == 10


def test_list_without_max_score_has_no_target_of_right_answers() -> None:
    assert parse_list(b"Q?:\n- a\n", "t").target_right_answers is None


@table("written", ["~", "null", "", "''", "'   '"])
def test_an_answer_no_guess_could_match_is_an_error(written: str) -> None:
    problems = problems_of(f"Q?:\n- Paris\n- {written}\n")
    assert len(problems) == 1 and problems[0].startswith("line 3:") and "could ever match" in problems[0]


# -- errors -------------------------------------------------------------------------------------


def test_an_answer_read_as_an_anchor_is_said_to_need_quotes() -> None:
    problems = problems_of("Which HYBE group debuted in Japan in 2022?:\n- &TEAM\n")
    assert problems[0].startswith("line 2: ") and '(- "&TEAM")' in problems[0]


def test_broken_red_list_reports_every_problem_with_lines() -> None:
    problems = problems_of((FIXTURES / "broken.yaml").read_text())
    assert problems == [
        "line 2: the answers of question 'A question with a scalar answer?' must be a list "
        "(one '- answer' per line), not text",
        "line 3: question 'A question with no answers?' has no answers",
    ]


def test_scalar_answers_are_an_error_with_the_line() -> None:
    problems = problems_of("A question?: Paris\nB?:\n- b\n")
    assert problems == ["line 1: the answers of question 'A question?' must be a list (one '- answer' per line), not text"]


def test_empty_answers_are_an_error() -> None:
    assert problems_of("A question?: []\n") == ["line 1: question 'A question?' has no answers"]


def test_answer_that_is_a_mapping_is_an_error() -> None:
    problems = problems_of("Q?:\n- {a: b}\n")
    assert problems[0].startswith("line 2:") and "must be text" in problems[0]


def test_question_key_that_is_not_text_is_an_error() -> None:
    problems = problems_of("? [a, b]\n: [c]\n")
    assert problems[0].startswith("line 1:") and "must be text" in problems[0]


def test_config_that_is_not_a_mapping_is_an_error() -> None:
    problems = problems_of("CONFIG: fast\nQ?:\n- a\n")
    assert problems == ["line 1: CONFIG must be a mapping of settings, not text"]


def test_config_value_of_wrong_type_is_an_error() -> None:
    problems = problems_of("CONFIG:\n  max_score: lots\n  bot_plays: 3\nQ?:\n- a\n")
    assert any("line 2" in p and "max_score" in p for p in problems)
    assert any("line 3" in p and "bot_plays" in p for p in problems)


def test_duplicate_key_inside_config_is_a_warning_naming_both_lines_and_the_last_is_kept() -> None:
    parsed = parse_list(b"CONFIG:\n  delay: 3\n  delay: 4\nQ?:\n- a\n", "t")
    assert parsed.config == {"delay": 4}
    assert parsed.warnings == ("line 3: CONFIG delay is given twice (first at line 2); the last one is used, as in Red",)


def test_top_level_list_is_an_error() -> None:
    assert problems_of("- a\n- b\n") == ["line 1: a trivia list must be a YAML mapping, not a list"]


@table(("json", "where"), [
    ('{"a": 1}', "'a'"),
    ('{\n  "name": "my quiz",\n  "count": 3\n}', "'name' (line 2)"),
    ("[1, 2, 3]", "line 1: the file is a JSON array"),
    ('[\n  {"title": "AOUAD quiz"}\n]', "line 2: the file is a JSON array whose first item is a record"),
])
def test_a_json_file_in_no_shape_read_is_refused_in_jsons_words_naming_the_shapes_read(json: str, where: str) -> None:
    problems = problems_of(json)
    assert len(problems) == 1 and where in problems[0] and "Open Trivia DB" in problems[0] and "Red-DiscordBot" in problems[0]
    assert "YAML" not in problems[0] and "'- " not in problems[0]


def test_empty_file_is_an_error() -> None:
    assert problems_of("") == ["the file is empty"]


def test_list_without_questions_is_an_error() -> None:
    assert "no questions" in problems_of("AUTHOR: me\n")[0]


def test_yaml_syntax_error_names_the_line() -> None:
    problems = problems_of("Q?:\n- a\n  - b: [\n")
    assert problems[0].startswith("line ") and "YAML syntax error" in problems[0]


def test_several_documents_are_an_error() -> None:
    assert "more than one YAML document" in problems_of("Q?:\n- a\n---\nR?:\n- b\n")[0]


def test_alias_bomb_is_refused_before_expansion() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    problems = problems_of(bomb)
    assert len(problems) == 1 and "the aliases repeat more than 50000 values" in problems[0]


def test_a_billion_laughs_is_refused_at_the_alias_that_crosses_the_budget() -> None:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]" for i in range(9)]
    problems = problems_of("\n".join(lines) + "\n")
    assert len(problems) == 1 and problems[0].startswith("line 5:") and "aliases repeat more than" in problems[0]


def test_an_alias_is_expanded_into_the_answers_it_names() -> None:
    parsed = parse_list(b"Q?: &x\n- a\n- b\nR?: *x\n", "t")
    assert [(q.text, q.answers) for q in parsed.questions] == [("Q?", ("a", "b")), ("R?", ("a", "b"))]


def test_an_alias_inside_the_value_it_names_is_refused() -> None:
    problems = problems_of("Q?: &x\n- a\n- *x\n")
    assert problems == ["line 3: the alias *x refers to a value that contains it (a loop)"]


def test_deep_nesting_is_refused() -> None:
    assert "nested more than" in problems_of("Q?: " + "[" * 5000 + "]" * 5000 + "\n")[0]


def test_ten_megabyte_file_is_refused_by_size_before_parsing() -> None:
    data = b"Q?:\n- " + b"a" * 10_000_000 + b"\n"
    problems = problems_of(data)
    assert problems == [
        "the file is 10.0 MB (10000007 bytes); the limit is 1.0 MB (1000000 bytes), so it was not read"
    ]


def test_size_limit_is_configurable() -> None:
    assert "limit is 0.0 MB (10 bytes)" in problems_of("Q?:\n- abcdefgh\n", max_bytes=10)[0]


def test_bytes_no_encoding_reads_plausibly_are_a_clear_error() -> None:
    # Russian Windows-1251 reads as Windows-1252 only into accented nonsense ("Ïàê")
    assert problems_of("Q?:\n- Пак\n".encode("cp1251")) == [
        "line 2: the file is not UTF-8 text (byte 0xcf at offset 6); save it as UTF-8"]


def test_utf8_bom_is_accepted() -> None:
    assert parse_list("\ufeffQ?:\n- Pokémon\n".encode(), "t").questions[0].answers == ("Pokémon",)


def test_nul_byte_is_refused() -> None:
    assert "NUL" in problems_of(b"Q?:\n- a\x00b\n")[0]


def test_nothing_is_returned_when_one_question_is_wrong() -> None:
    # Nine fine questions and one broken one: the whole list is refused.
    text = "".join(f"Q{i}?:\n- a{i}\n" for i in range(9)) + "Broken?: nope\n"
    with pytest.raises(ListError) as info:
        parse_list(text.encode(), "t")
    assert len(info.value.problems) == 1


# -- hyosan's format ----------------------------------------------------------------------------


def test_hyosan_list_reads_every_field() -> None:
    parsed = parse_list((FIXTURES / "hyosan_small.yaml").read_bytes(), "whatever")
    assert parsed.name == "fixture" and parsed.author == "hyosan tests"
    first, second = parsed.questions
    assert first.id == "fixture-001"
    assert first.answers == ("Hyosan High School", "Hyosan High", "Hyosan")
    assert len(first.choices) == 4 and first.choices[0] == "Hyosan High School"
    assert (first.category, first.difficulty, first.spoils) == ("production", "easy", NOTHING)
    assert first.source == "Test Publisher, 2022-01-28"
    assert first.explanation is not None
    assert (second.answers, second.spoils, second.choices) == (("12", "twelve"), Position(1, 12), ())
    assert parsed.warnings == ()


HYOSAN_HEAD = "hyosan: 1\nname: t\nquestions:\n"


def test_hyosan_keys_it_does_not_know_are_warned_of_and_ignored() -> None:
    parsed = parse("hyosan: 1\nname: t\ncolour: red\nquestions:\n  - {question: 'Q?', answers: [a], hint: x}\n")
    assert len(parsed.questions) == 1
    assert any("unknown key 'colour' ignored" in w for w in parsed.warnings)
    assert any("unknown question key 'hint' ignored" in w for w in parsed.warnings)


def test_hyosan_choices_must_include_the_answer() -> None:
    problems = problems_of(HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    choices: [b, c, d, e]\n")
    assert problems == ["line 6: the choices of question 'Q?' must include its answer 'a'"]


def test_hyosan_needs_exactly_four_choices() -> None:
    problems = problems_of(HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    choices: [a, b]\n")
    assert "exactly 4 choices" in problems[0]


def test_hyosan_spoils_out_of_range_is_an_error() -> None:
    problems = problems_of(HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    spoils: 13\n")
    assert problems == [
        "line 6: spoils (the episode it spoils) must be 0, an episode of season 1 (1-12) or a position like S2E3"
        " that the show has (up to S1E12), not '13'"
    ]


@table(
    ("written", "expected"),
    [("0", NOTHING), ("7", Position(1, 7)), ("S1E7", Position(1, 7)), ("s1e12", Position(1, 12)), ("1x03", Position(1, 3)),
     ("T1E7", Position(1, 7)), ("temporada 1 capítulo 7", Position(1, 7))],
)
def test_hyosan_spoils_is_a_number_for_season_one_or_a_position(written: str, expected: Position) -> None:
    parsed = parse(HYOSAN_HEAD + f"  - question: Q?\n    answers: [a]\n    spoils: {written}\n")
    assert parsed.questions[0].spoils == expected


def test_hyosan_spoils_of_season_two_is_kept_before_it_is_out_for_a_release_party_list() -> None:
    text = HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    spoils: s2e3\n"
    assert parse(text).questions[0].spoils == Position(2, 3)  # asked nowhere until a channel may reach S2E3
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 9)])
    assert parse_list(text.encode(), "t", shape=shape).questions[0].spoils == Position(2, 3)


# "all" is what is out at the bot's clock (a rehearsal years ahead, the demo's `advance`), not the wall clock behind it.
_PART_1 = dt.datetime(2031, 3, 14, 8, 0, tzinfo=dt.UTC)


def _season_two_from_2031() -> ShowShape:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, airstamp=_PART_1 if n <= 4 else _PART_1 + dt.timedelta(days=28))
                           for n in range(1, 9)])
    return shape


def test_spoils_all_in_a_list_imported_after_part_1_on_the_bots_clock_is_season_2s_episode_4() -> None:
    text = HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    spoils: all\n"
    after = parse_list(text.encode(), "t", shape=_season_two_from_2031(), now=_PART_1 + dt.timedelta(hours=1))
    assert after.questions[0].spoils == Position(2, 4)


def test_spoils_all_in_a_list_imported_before_part_1_on_the_bots_clock_is_season_1s_finale() -> None:
    text = HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    spoils: all\n"
    before = parse_list(text.encode(), "t", shape=_season_two_from_2031(), now=_PART_1 - dt.timedelta(hours=1))
    assert before.questions[0].spoils == Position(1, 12)


def test_hyosan_spoils_of_a_season_after_the_next_is_refused_as_a_slip() -> None:
    problems = problems_of(HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    spoils: s3e1\n")
    assert problems and "is 's3e1': there is no season 3" in problems[0]


def test_a_bare_episode_number_is_season_one_and_said_so_once_when_the_show_has_a_season_two() -> None:
    text = HYOSAN_HEAD + "".join(f"  - question: Q{n}?\n    answers: [a]\n    spoils: {n}\n" for n in (0, 3, 4))
    assert not parse(text).warnings  # season 1 only: a number is plainly an episode of it
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 9)])
    parsed = parse_list(text.encode(), "t", shape=shape)
    assert [q.spoils for q in parsed.questions] == [NOTHING, Position(1, 3), Position(1, 4)]
    said = [w for w in parsed.warnings if "names no season" in w]
    assert len(said) == 1 and "as S1E3" in said[0] and "S2E3" in said[0], parsed.warnings


def test_an_exported_list_reads_back_with_the_same_positions() -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 9)])
    questions = [
        Question(id="x:1", text="Safe?", answers=("a",), spoils=NOTHING),
        Question(id="x:2", text="Late?", answers=("b",), spoils=Position(1, 11)),
        Question(id="x:3", text="Next?", answers=("c",), spoils=Position(2, 2)),
    ]
    data = export_yaml("x", None, None, questions)
    assert b"spoils: S1E11" in data and b"spoils: S2E2" in data and b"spoils: 0" in data
    assert [q.spoils for q in parse_list(data, "x", shape=shape).questions] == [q.spoils for q in questions]


def test_hyosan_duplicate_ids_are_an_error() -> None:
    body = "  - id: x-1\n    question: Q?\n    answers: [a]\n  - id: x-1\n    question: R?\n    answers: [b]\n"
    assert problems_of(HYOSAN_HEAD + body) == ["line 7: duplicate id 'x-1' (first at line 4)"]


def test_hyosan_bad_difficulty_is_an_error() -> None:
    problems = problems_of(HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    difficulty: brutal\n")
    assert "difficulty must be one of easy, medium, hard" in problems[0]


def test_hyosan_unknown_version_is_an_error() -> None:
    assert "unsupported hyosan list version" in problems_of("hyosan: 2\nquestions: []\n")[0]


def test_hyosan_question_without_answers_is_an_error() -> None:
    assert problems_of(HYOSAN_HEAD + "  - question: Q?\n") == ["line 4: question 'Q?' has no answers"]


def test_hyosan_duplicate_key_in_question_is_an_error() -> None:
    problems = problems_of(HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    answers: [b]\n")
    assert "duplicate key 'answers'" in problems[0] and problems[0].startswith("line 6:")


def test_hyosan_question_without_id_gets_a_hash_id() -> None:
    parsed = parse_list((HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n").encode(), "t")
    assert parsed.questions[0].id == imported_id("t", "Q?")


def test_hyosan_unknown_question_key_is_a_warning() -> None:
    parsed = parse_list((HYOSAN_HEAD + "  - question: Q?\n    answers: [a]\n    hint: b\n").encode(), "t")
    assert any("hint" in w for w in parsed.warnings)


# -- check_files ----------------------------------------------------------------------------------


def test_check_files_counts_questions_and_reports_errors(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * 1_000_001)
    results = check_files([FIXTURES / "red_small.yaml", FIXTURES / "broken.yaml", big, tmp_path / "missing.yaml"])
    assert [r.questions for r in results] == [7, 0, 0, 0]
    assert [r.ok for r in results] == [True, False, False, False]
    assert results[0].format == "red" and len(results[0].warnings) == 4
    assert "limit is 1.0 MB" in results[2].errors[0]
    assert "no such file" in results[3].errors[0]


# -- YAML mistakes moderators make, said as what to change ---------------------------------------


def test_a_question_holding_a_colon_unquoted_is_named_with_its_own_line() -> None:
    problems = problems_of('AUTHOR: mod\nQ1?:\n- a\nWho said: "I will be back"?:\n- Arnold\nQ3?:\n- c\n')
    assert len(problems) == 1
    assert problems[0].startswith("line 4: the question 'Who said: \"I will be back\"?' holds ': '")
    assert "quotes" in problems[0]


def test_a_tab_in_an_indent_is_named_with_its_line() -> None:
    problems = problems_of("Q?:\n\t- a\n")
    assert problems == [problems[0]] and problems[0].startswith("line 2: a tab indents this line; YAML needs spaces")


@table("sign", ["*", "&", "`"])
def test_an_answer_opening_with_a_yaml_sign_must_be_quoted(sign: str) -> None:
    problems = problems_of(f"Q?:\n- {sign}{sign}bold{sign}{sign} answer\n")
    assert len(problems) == 1 and problems[0].startswith(f"line 2: an answer opening with '{sign}' must be in quotes")


@table("key", ["author", "Description", "config"])
def test_a_meta_key_in_lower_case_says_to_write_it_in_capitals(key: str) -> None:
    problems = problems_of(f"{key}: x\nQ?:\n- a\n")
    assert problems == [f"line 1: {key!r} is not a key Red knows; write it in capitals: {key.upper()}"]


def test_answers_written_as_yaml_scalars_are_the_text_the_author_wrote() -> None:
    data = b"Y?:\n- yes\nV?:\n- 1.10\nP?:\n- 3.14\nB?:\n- 007\nT?:\n- 1:30\nD?:\n- 2021-12-31\nE?:\n- 1e3\n1984:\n- Orwell\n"
    parsed = parse_list(data, "t")
    assert {q.text: q.answers for q in parsed.questions} == {
        "Y?": ("yes",), "V?": ("1.10",), "P?": ("3.14",), "B?": ("007",), "T?": ("1:30",),
        "D?": ("2021-12-31",), "E?": ("1e3",), "1984": ("Orwell",),
    }


def test_crlf_line_endings_a_bom_and_deep_indents_read_like_any_list() -> None:
    data = "\ufeffAUTHOR: mod\r\nQ1?:\r\n    - a\r\nQ2?:\r\n  - b\r\n".encode()
    assert [(q.text, q.answers) for q in parse_list(data, "t").questions] == [("Q1?", ("a",)), ("Q2?", ("b",))]


def test_a_windows_1252_file_is_read_as_written_with_a_warning_naming_windows_1252() -> None:
    parsed = parse_list("AUTHOR: mod\nWhat is the café called?:\n- Café de Flore\n".encode("cp1252"), "t")
    assert parsed.questions[0].answers == ("Café de Flore",)
    assert any("Windows-1252" in w for w in parsed.warnings)


def test_an_unquoted_answer_holding_a_colon_says_to_quote_it() -> None:
    problems = problems_of("What film?:\n- The Lord of the Rings: The Two Towers\n")
    assert problems == [
        "line 2: an answer of question 'What film?' holds ': ', so YAML reads it as a mapping; put the whole "
        'answer in quotes: - "The Lord of the Rings: The Two Towers"'
    ]


def test_a_list_of_fifty_thousand_questions_is_refused_before_it_is_read() -> None:
    problems = problems_of("".join(f"Q{i}?:\n- a\n" for i in range(50_000)))
    assert problems == ["the list has at least 49996 questions; the limit is 20000"]


def test_a_list_holding_a_terminal_colour_code_is_refused_in_words() -> None:
    with pytest.raises(ListError) as refused:
        parse_list(b"AUTHOR: a fan\nWhat colour is the sky?:\n- \x1b[34mblue\n", "colours.yaml")
    assert "U+001B" in str(refused.value)


@table(
    "data",
    [
        b"What?:\n- " + b"9" * 100_000 + b"\n",  # past Python's limit on reading an integer
        b"What?:\n- 0x" + b"f" * 5000 + b"\n",  # read fine, too long to print
        b"CONFIG:\n  max_score: " + b"9" * 6000 + b"\nWhat?:\n- x\n",
        b"hyosan: 1\nname: n\nquestions:\n  - {question: 'Q?', answers: [" + b"7" * 9000 + b"]}\n",
    ],
)
def test_a_number_of_thousands_of_digits_is_a_problem_in_words(data: bytes) -> None:
    with pytest.raises(ListError) as refused:
        parse_list(data, "digits")
    assert "limit" in refused.value.problems[0] or "must be" in refused.value.problems[0]


def test_a_hyosan_files_own_name_is_stored_as_a_slug_like_every_list_name() -> None:
    for written, stored in (("Fan Quiz", "fan-quiz"), ("@everyone ||x||", "everyone-x"), ("<@&1> **bold**", "1-bold"), ("???", "given")):
        data = f"hyosan: 1\nname: {written!r}\nquestions:\n  - {{question: 'Q?', answers: [a]}}\n".encode()
        parsed = parse_list(data, "given")
        assert parsed.name == stored and parsed.questions[0].category == stored


LONG_QUESTION = "Which student " + "really " * 180 + "said it?"  # 1282 characters: over YAML's 1024 for a key


@table("written", [LONG_QUESTION, f'"{LONG_QUESTION}"', f"'{LONG_QUESTION}'"])
@table("where", ["first", "middle", "last"])
def test_a_red_question_longer_than_a_yaml_key_says_the_limit_and_its_length(written: str, where: str) -> None:
    before = {"first": "", "middle": "Q1?:\n- a\n", "last": "Q1?:\n- a\nQ2?:\n- b\n"}[where]
    after = "Q3?:\n- c\n" if where != "last" else ""
    problems = problems_of(f"{before}{written}:\n- Cheong-san\n{after}")
    line = before.count("\n") + 1
    assert problems == [problems[0]] and problems[0].startswith(
        f"line {line}: the question is {len(LONG_QUESTION)} characters long"
    ), problems
    assert "at most 1024 characters" in problems[0] and "YAML syntax error" not in problems[0]


def test_a_red_question_long_with_its_answers_on_the_line_says_the_limit() -> None:
    problems = problems_of(f"Q1?:\n- a\n{LONG_QUESTION}: [Cheong-san, On-jo]\n")
    assert problems[0].startswith(f"line 3: the question is {len(LONG_QUESTION)} characters long")


def test_a_long_question_in_hyosans_format_is_read() -> None:
    parsed = parse_list(
        f"hyosan: 1\nname: t\nquestions:\n- question: {LONG_QUESTION}\n  answers: [Cheong-san]\n".encode(), "t"
    )
    assert parsed.questions[0].text == LONG_QUESTION


def test_a_quoted_question_counts_its_quotes_against_yamls_key_limit() -> None:
    question = "x" * 1023
    problems = problems_of(f'Q1?:\n- a\n"{question}":\n- b\n')
    assert problems[0].startswith("line 3: the question is 1023 characters long"), problems
    assert parse_list(f'Q1?:\n- a\n"{question[:-1]}":\n- b\n'.encode(), "t").questions[1].text == question[:-1]


# -- mistakes YAML reads without complaint (bot/trivia/redmistakes.py; stop 30) --------------------


def test_a_question_repeated_with_other_capitals_or_spaces_is_kept_once_with_a_warning() -> None:
    parsed = parse_list(b"What is Q?:\n- a\nwhat is  q ?:\n- A\n", "t")
    assert [q.text for q in parsed.questions] == ["What is Q?"]
    assert any("line 3" in w and "line 1" in w and "other capitals" in w for w in parsed.warnings)


def test_settings_written_without_their_indent_under_an_empty_config_are_refused_naming_the_fix() -> None:
    problems = problems_of("CONFIG:\nmax_score: 5\nQ?:\n- a\n")
    assert any(p.startswith("line 1:") and "CONFIG is empty" in p for p in problems)
    assert any(p.startswith("line 2:") and "indent it under CONFIG" in p and "'  max_score: 5'" in p for p in problems)


def test_a_question_that_is_a_settings_name_with_a_list_of_answers_is_still_a_question() -> None:
    parsed = parse_list(b"delay:\n- a\n", "t")
    assert [q.text for q in parsed.questions] == ["delay"]


def test_questions_grouped_under_a_section_are_read_without_the_section() -> None:
    parsed = parse_list(b"Geography:\n  Q?:\n  - a\n", "t")
    assert [(q.text, q.answers) for q in parsed.questions] == [("Q?", ("a",))]


def test_quiz_sheet_labels_in_a_red_list_are_refused_saying_how_red_writes_them() -> None:
    problems = problems_of("Question: What is Q?\nAnswer: a\nR?:\n- b\n")
    assert any(p.startswith("line 1:") and "'What is Q?:'" in p for p in problems)
    assert any(p.startswith("line 2:") and "'- a'" in p for p in problems)


@table("pasted", ["> Q?:\n> - a\n", ">>> Q?:\n- a\n"])
def test_a_list_pasted_as_a_discord_quote_is_read_as_meant(pasted: str) -> None:
    parsed = parse_list(pasted.encode(), "t")
    assert [(q.text, q.answers) for q in parsed.questions] == [("Q?", ("a",))]


def test_an_answer_glued_to_its_question_is_refused_saying_to_write_it_below() -> None:
    problems = problems_of("AUTHOR: x\nWhat is the capital of Peru?:Lima\n")
    assert problems[0].startswith("line 2:") and "'- Lima'" in problems[0]


def test_one_windows_apostrophe_in_a_utf8_list_is_read_as_the_apostrophe_never_as_mojibake() -> None:
    # (the same in every Windows code page; any other stray byte still refuses the file naming its line)
    mixed = parse_list("Who plays Dae-su?:\n- Im Jae-hyuk\nWhat is Cheong-san’s shop?:\n- café\n".encode() + b"- bar\x92s\n", "t")
    assert mixed.questions[1].answers == ("café", "bar’s") and any(w.startswith("line 5:") for w in mixed.warnings)
    with pytest.raises(ListError) as caught:
        parse_list("What is Cheong-san’s shop?:\n- café\n".encode() + b"- bar\x81s\n", "t")
    assert caught.value.problems[0].startswith("line 3:") and "UTF-8" in caught.value.problems[0]
    korean = parse_list("남라를 문 사람은?:\n- 귀남\n".encode("cp949"), "t")
    assert korean.questions[0].answers == ("귀남",) and any("CP949" in w for w in korean.warnings)
