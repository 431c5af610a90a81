"""Lists edited by hand outside a code editor. Typed in Google Docs or Word and exported as text: the
export writes "- " with a no-break space and leaves invisible spaces after a question's ':'; two
Notepad files joined keep a byte-order mark inside. The author sees a sound list, so it is read as one
(bot/trivia/listhints.py unpasted), every line keeping its number. A CONFIG value written in quotes or
in words is refused as Red refuses it, saying how to write it (bot/trivia/redformat.py)."""

from __future__ import annotations

import pytest

from bot.trivia.lists import ListError, parse_list
from tests.table import table


@table("after_colon", ["\u200b", "\u00a0", " \u200b ", "\u2060", "\ufeff"])
def test_an_invisible_space_after_a_question_is_not_read_as_text(after_colon: str) -> None:
    data = f"Who plays Jang Ha-ri?:{after_colon}\r\n- Ha Seung-ri\r\nWho plays Mi-jin?:\n- Lee Eun-saem\n"
    parsed = parse_list(data.encode("utf-8"), "docs")
    assert [(q.text, list(q.answers)) for q in parsed.questions] == [
        ("Who plays Jang Ha-ri?", ["Ha Seung-ri"]), ("Who plays Mi-jin?", ["Lee Eun-saem"])]


@table("space", ["\u00a0", "\u202f", "\u00a0\u00a0"])
def test_a_no_break_space_after_an_answers_dash_reads_as_a_space(space: str) -> None:
    data = f"Who plays Yang Dae-su?:\n-{space}Im Jae-hyuk\n-{space}Lim Jae-hyeok\n"
    parsed = parse_list(data.encode("utf-8"), "docs")
    assert list(parsed.questions[0].answers) == ["Im Jae-hyuk", "Lim Jae-hyeok"]


def test_a_no_break_space_inside_an_answer_stays_and_a_later_mistake_keeps_its_line() -> None:
    data = "Who plays Yang Dae-su?:\u200b\n-\u00a0Im\u00a0Jae-hyuk\nWho plays Ha-ri?:\n-\n"
    with pytest.raises(ListError) as caught:
        parse_list(data.encode("utf-8"), "docs")
    assert any(p.startswith("line 4:") for p in caught.value.problems), caught.value.problems


def test_an_answer_of_only_a_no_break_space_is_still_an_empty_answer() -> None:
    with pytest.raises(ListError) as caught:
        parse_list("Who plays Ha-ri?:\n- Ha Seung-ri\n-\u00a0\n".encode(), "docs")
    assert any(p.startswith("line 3:") for p in caught.value.problems), caught.value.problems


# (perf65: a blank line of 8,000 spaces took 3 s, each pattern tried from every space of it)
@table(("name", "gap"), [
    ("pasted.yaml", "Who bites On-jo?:\n  - Gwi-nam\n{spaces}\nWho plays On-jo?:\n  - Park Ji-hu\n"),
    ("pasted.txt", "Q: Who bites On-jo?\nA: Gwi-nam\n{spaces}\nQ: Who plays On-jo?\nA: Park Ji-hu\n"),
])
def test_a_blank_line_of_thousands_of_spaces_between_questions_is_a_blank_line(name: str, gap: str) -> None:
    parsed = parse_list(gap.format(spaces=" " * 8000).encode(), name)
    assert [(q.text, q.answers) for q in parsed.questions] == [
        ("Who bites On-jo?", ("Gwi-nam",)), ("Who plays On-jo?", ("Park Ji-hu",))]


def test_two_notepad_files_joined_read_as_one_list() -> None:
    data = "\ufeffWho plays On-jo?:\r\n- Park Ji-hu\r\n\ufeffWho plays Su-hyeok?:\r\n- Lomon\r\n".encode()
    parsed = parse_list(data, "joined")
    assert [q.text for q in parsed.questions] == ["Who plays On-jo?", "Who plays Su-hyeok?"]


@table(("line", "says"), [
    ('max_score: "5"', "not '5' (the quotes make it text: write 5 without them)"),
    ("timeout: '20'", "not '20' (the quotes make it text: write 20 without them)"),
    ('reveal_answer: "false"', "not 'false' (the quotes make it text: write false without them)"),
    ("max_score: ten", "not 'ten' (write it in digits: 10)"),
    ("payout_multiplier: zero", "not 'zero' (write it in digits: 0)"),
])
def test_a_config_value_in_quotes_or_words_is_refused_saying_how_to_write_it(line: str, says: str) -> None:
    with pytest.raises(ListError) as caught:
        parse_list(f"CONFIG:\n  {line}\nWho plays On-jo?:\n- Park Ji-hu\n".encode(), "config")
    assert [p for p in caught.value.problems if p.startswith("line 2:") and p.endswith(says)], caught.value.problems


@table("line", ["max_score: zero", 'bot_plays: "maybe"', "delay: soon"])
def test_a_config_value_nobody_could_mean_gets_no_made_up_advice(line: str) -> None:
    with pytest.raises(ListError) as caught:
        parse_list(f"CONFIG:\n  {line}\nWho plays On-jo?:\n- Park Ji-hu\n".encode(), "config")
    assert caught.value.problems and not any("(" in p for p in caught.value.problems), caught.value.problems


def test_a_control_character_is_refused_naming_its_line_and_column() -> None:
    with pytest.raises(ListError) as caught:
        parse_list(b"Who plays On-jo?:\r\n- Park Ji-hu\nWho plays Su-hyeok?:\n- Lo\x1b[31mmon\n", "pasted")
    assert caught.value.problems == [
        "line 4: a character YAML does not allow (U+001B, a control character), column 5: remove it"]
