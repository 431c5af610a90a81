"""Where moderators write what a question spoils besides a label before it: a note in brackets after the
question ("(ep 7 spoiler)", "[spoils 8]"), a comment beside an answer ("- Gwi-nam  # spoils 11"), a hyosan
`spoils:` written as a label or a note ("[S1E5]", "ep 8 spoiler") or left null. Each is the author's tag; a
file of binary data is refused saying so (bot/trivia/episodelabels.py, redformat.py, lists.py, listbytes.py)."""

from __future__ import annotations

import pytest

from bot.show import NOTHING, Position
from bot.trivia.lists import ListError, parse_list
from bot.trivia.tagging import written_episode
from tests.table import table


def _spoils(data: str) -> dict[str, Position]:
    return {q.text: q.spoils for q in parse_list(data.encode(), "mods").questions}


@table(
    ("question", "episode"),
    [("Who does Su-hyeok kiss? (ep 7 spoiler)", 7), ("Who sets the office on fire? [spoils 8]", 8),
     ("Who kills Woo-jin? (spoiler 12)", 12), ("남라를 문 사람은? [6화 스포]", 6)],
)
def test_a_spoiler_note_after_the_question_is_its_authors_tag(question: str, episode: int) -> None:
    assert written_episode(question) == Position(1, episode)


@table("question", ["In what year did it premiere? (2022)", "Which class are they in? (2-5)"])
def test_a_number_alone_in_brackets_is_no_spoiler_note(question: str) -> None:
    assert written_episode(question) is None


def test_a_spoiler_comment_beside_an_answer_gates_its_question() -> None:
    spoils = _spoils("Who bites Cheong-san?:\n- Gwi-nam  # spoils 11\n- Yoon Gwi-nam\nWho plays Ha-ri?:\n- Ha Seung-ri\n")
    assert spoils == {"Who bites Cheong-san?": Position(1, 11), "Who plays Ha-ri?": NOTHING}


@table("comment", ["# ep 9", "# E9", "# 9화", "# (ep 9)"])
def test_an_episode_alone_in_a_comment_beside_an_answer_gates_its_question(comment: str) -> None:
    spoils = _spoils(f"Who is the class president?:\n- Nam-ra  {comment}\nWho plays Ha-ri?:\n- Ha Seung-ri\n")
    assert spoils == {"Who is the class president?": Position(1, 9), "Who plays Ha-ri?": NOTHING}


@table(("over", "beside", "episode"), [("ep 3", "ep 9", 9), ("ep 10", "E4", 10)])
def test_an_episode_alone_beside_an_answer_and_a_label_over_the_question_keep_the_later(
    over: str, beside: str, episode: int
) -> None:
    data = f"# spoils {over}\nWho is the class president?:\n- Nam-ra  # {beside}\n"
    assert _spoils(data) == {"Who is the class president?": Position(1, episode)}


def test_a_comment_beside_an_answer_and_one_over_the_question_keep_the_later() -> None:
    data = "# spoils ep 3\nWho dies in the gym?:\n- So-ju  # spoiler ep 11\n- On-jo's dad\n"
    assert _spoils(data) == {"Who dies in the gym?": Position(1, 11)}


def test_a_hash_inside_a_quoted_answer_is_no_spoiler_comment() -> None:
    data = "Who is Nam-ra's biggest fan?:\n- \"Su-hyeok #1 spoiler ep 9\"\n"
    assert _spoils(data) == {"Who is Nam-ra's biggest fan?": NOTHING}


@table(("said", "episode"), [('"[S1E5]"', 5), ("ep 8 spoiler", 8), ("(ep 3)", 3), ("ep 3-5 spoiler", 5)])
def test_a_hyosan_spoils_written_as_a_label_or_a_note_is_read(said: str, episode: int) -> None:
    data = f"hyosan: 1\nquestions:\n  - question: Who is it?\n    answers: [someone]\n    spoils: {said}\n"
    assert _spoils(data) == {"Who is it?": Position(1, episode)}


def test_a_hyosan_spoils_left_null_is_as_if_not_written() -> None:
    data = "hyosan: 1\nquestions:\n  - question: Who wrote the webtoon?\n    answers: [Joo Dong-geun]\n    spoils: null\n"
    parsed = parse_list(data.encode(), "mods")
    assert parsed.questions[0].spoils == NOTHING and parsed.questions[0].id in parsed.undeclared


def test_a_file_of_binary_data_is_refused_saying_it_is_not_text() -> None:
    with pytest.raises(ListError) as caught:
        parse_list(bytes(range(256)) * 16, "mods")
    assert "binary" in " ".join(caught.value.problems)


def test_a_hyosan_spoils_written_as_a_bare_range_is_still_refused_naming_its_line() -> None:
    data = "hyosan: 1\nquestions:\n  - question: Who is it?\n    answers: [someone]\n    spoils: 3-5\n"
    with pytest.raises(ListError) as caught:
        parse_list(data.encode(), "mods")
    assert any(p.startswith("line 5:") and "S1E5" in p for p in caught.value.problems), caught.value.problems
