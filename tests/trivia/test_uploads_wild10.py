"""Uploads from the tenth blind set (bench/trivia_import.py --set wild10): a spoiler note after the question's '?'
without brackets ("? spoiler: 9", "? - spoiler 12"), hyosan's format with `episode:` where `spoils:` belongs, and
another program's YAML (a docker-compose file) uploaded by mistake (bot/trivia/episodelabels.py, lists.py,
notalist.py)."""

from __future__ import annotations

import pytest

from bot.show import Position
from bot.trivia.lists import ListError, parse_list
from bot.trivia.tagging import written_episode
from tests.table import table


def _refusal(data: str) -> str:
    with pytest.raises(ListError) as refused:
        parse_list(data.encode(), "mods")
    return "\n".join(refused.value.problems)


@table(
    ("question", "episode"),
    [("Who throws Gwi-nam off the roof? spoiler: 9", 9), ("Who kills Woo-jin? - spoiler 12", 12),
     ("Who abandons Hyo-ryeong? spoilers ep 10", 10), ("Who kisses Su-hyeok? ep 7 spoiler", 7),
     ("청산이를 문 사람은? 스포 11", 11)],
)
def test_a_spoiler_note_after_the_question_mark_without_brackets_is_its_authors_tag(question: str, episode: int) -> None:
    assert written_episode(question) == Position(1, episode)


@table("question", ["What is the spoiler 9 rule?", "How many episodes? 12", "Who plays On-jo?"])
def test_a_number_after_the_question_mark_without_a_spoiler_word_is_no_note(question: str) -> None:
    assert written_episode(question) is None


@table("key", ["episode", "ep", "spoiler", "spoilers"])
def test_a_hyosan_question_with_episode_for_spoils_is_gated_at_that_episode(key: str) -> None:
    data = ("hyosan: 1\nname: mods\nquestions:\n"
            f"  - question: Who sacrifices himself to lead the kids out?\n    answers: [So-ju]\n    {key}: 11\n")
    parsed = parse_list(data.encode(), "mods")
    assert [q.spoils for q in parsed.questions] == [Position(1, 11)]
    assert not parsed.undeclared  # the author's tag: the lexicon does not hold it to the last episode
    assert any(f"'{key}' read as `spoils`" in w for w in parsed.warnings)


def test_a_hyosan_question_with_spoils_and_episode_keeps_spoils() -> None:
    data = ("hyosan: 1\nname: mods\nquestions:\n"
            "  - question: Who is bitten protecting Su-hyeok?\n    answers: [Nam-ra]\n    spoils: 6\n    episode: 2\n")
    assert [q.spoils for q in parse_list(data.encode(), "mods").questions] == [Position(1, 6)]


def test_another_programs_yaml_is_refused_as_no_trivia_list() -> None:
    said = _refusal('version: "3.9"\nservices:\n  bot:\n    image: hyosan:latest\n')
    assert said.startswith("the file is not a trivia list")
    assert "'version'" in said


def test_a_list_with_plain_text_answers_is_refused_for_its_lines_not_as_no_list() -> None:
    said = _refusal("Who plays On-jo?: Park Ji-hu\nWho plays Ha-ri?: Ha Seung-ri\n")
    assert "not a trivia list" not in said
    assert "line 1" in said


def test_questions_under_a_section_heading_are_read_as_questions() -> None:
    parsed = parse_list(b"Geography:\n  Capital of France:\n  - Paris\n", "mods")  # (since stop 40: wild11)
    assert [q.text for q in parsed.questions] == ["Capital of France"]


def test_quiz_sheet_labels_are_read_as_questions() -> None:
    parsed = parse_list(b"Question: What is Q?\nAnswer: a\n", "mods")  # (since stop 40: wild11)
    assert [(q.text, q.answers) for q in parsed.questions] == [("What is Q?", ("a",))]
