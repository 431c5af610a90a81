"""Imported questions are spoiling until declared otherwise (bot/trivia/tagging.py)."""

from __future__ import annotations

import datetime as dt
import random
import re
from functools import partial

import pytest
import yaml

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.lore.lexicon_seasons import whole_season
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from bot.spoilers import read_as_shown
from bot.trivia.bank import QuestionBank, bundled_questions, generated_questions
from bot.trivia.export import export_yaml
from bot.trivia.laterseason import LaterSeason, question_lines
from bot.trivia.library import import_name
from bot.trivia.lists import parse_list
from bot.trivia.partnotes import parts_listed
from bot.trivia.tagging import asked_with_answer, spoiling_names, tag_imported, tag_text, unspoiled_problems
from bot.trivia.upload_reading import later_season_of
from tests.table import table

READS = lexicon_of(bundled_pack()).position
AS_SHOWN = read_as_shown(READS)
LAST = Position(1, 12)
RED = (
    b"Cheong-san dies and Nam-ra becomes a halfbie. What colour is the sky?:\n- blue\n"
    b"What colour is the sky on a clear day?:\n- blue\n"
)
HYOSAN = b"""hyosan: 1
name: mixed
questions:
  - question: "Who plays On-jo?"
    answers: [Park Ji-hu]
    spoils: 0
  - question: "Whom does Gwi-nam bite first?"
    answers: [Nam-ra]
    spoils: 2
    explanation: "Gwi-nam bites Nam-ra while she protects Su-hyeok."
  - question: "Who survives with On-jo?"
    answers: [Su-hyeok]
  - question: "What does Ha-ri's club do?"
    answers: [archery]
    spoils: 5
    source: "Fiction Horizon, Do Cheong-san and Lee Na-yeon die in All of Us Are Dead"
"""


def _by_text(data: bytes, name: str) -> dict[str, object]:
    tagged = tag_imported(parse_list(data, name), READS, LAST)
    return {q.text: q for q in tagged.questions} | {"warnings": tagged.warnings}


def test_a_red_question_that_names_the_shows_events_spoils_the_last_released_episode() -> None:
    found = _by_text(RED, "red")
    spoiling = found["Cheong-san dies and Nam-ra becomes a halfbie. What colour is the sky?"]
    assert spoiling.spoils == LAST  # type: ignore[attr-defined]


def test_an_episode_a_red_question_names_without_a_label_counts_as_the_last_released_episode() -> None:
    # a named episode is what the question is about, not what it gives away: "which student is later killed by
    # Nam-ra (Woo-jin)" in a channel at episode 1 would tell his episode-12 death
    red = (b"In episode 1, which student is later killed by Nam-ra?:\n- Woo-jin\n"
           b"In episode 2, who hides a bite? (Nam-ra is a halfbie later):\n- I-sak\n")
    found = _by_text(red, "red")
    assert found["In episode 1, which student is later killed by Nam-ra?"].spoils == LAST  # type: ignore[attr-defined]
    assert found["In episode 2, who hides a bite? (Nam-ra is a halfbie later)"].spoils == LAST  # type: ignore[attr-defined]


def test_an_episode_a_labelled_question_names_past_its_label_raises_it() -> None:
    red = b"(Ep 2) Who hides a bite before episode 11?:\n- I-sak\n"
    assert _by_text(red, "red")["(Ep 2) Who hides a bite before episode 11?"].spoils == Position(1, 11)  # type: ignore[attr-defined]


def test_a_red_question_that_names_nothing_from_the_show_stays_spoiler_free() -> None:
    assert _by_text(RED, "red")["What colour is the sky on a clear day?"].spoils == NOTHING  # type: ignore[attr-defined]


def test_a_red_list_is_told_at_import_what_its_questions_spoil_and_how_to_declare_it() -> None:
    warnings = _by_text(RED, "red")["warnings"]
    assert isinstance(warnings, tuple)
    assert warnings[0].startswith("Red lists cannot say what a question spoils: 1 of 2 name something from the show")
    assert "S1E12" in warnings[0] and "/spoilers up_to:latest" in warnings[0]
    assert "/trivia export" in warnings[1] and "`spoils:`" in warnings[1]


def test_a_declared_tag_stands_unless_the_question_names_something_later() -> None:
    found = _by_text(HYOSAN, "mixed")
    assert found["Who plays On-jo?"].spoils == NOTHING  # type: ignore[attr-defined]
    raised = found["Whom does Gwi-nam bite first?"]
    assert raised.spoils == Position(1, 6)  # type: ignore[attr-defined]
    warnings = found["warnings"]
    assert isinstance(warnings, tuple) and any("name more than they declare" in w for w in warnings)


def test_an_undeclared_question_of_a_hyosan_list_is_spoiling_when_it_names_the_show() -> None:
    assert _by_text(HYOSAN, "mixed")["Who survives with On-jo?"].spoils == LAST  # type: ignore[attr-defined]


def test_a_question_is_tagged_as_late_as_its_category_which_shows_where_bars_cannot_hide_it() -> None:
    late = yaml.safe_load(HYOSAN)
    late["questions"] = [{"question": "Which club?", "answers": ["archery"], "spoils": 0, "category": "namra halfbie"}]
    (question,) = tag_imported(parse_list(yaml.safe_dump(late).encode(), "late"), AS_SHOWN, LAST).questions
    assert question.spoils == Position(1, 6)


def test_a_source_line_gets_its_own_tag() -> None:
    question = _by_text(HYOSAN, "mixed")["What does Ha-ri's club do?"]
    assert question.spoils == Position(1, 5)  # type: ignore[attr-defined]
    assert question.source_tag == Position(1, 11)  # type: ignore[attr-defined]


def test_without_the_lexicon_every_undeclared_question_counts_as_spoiling() -> None:
    tagged = tag_imported(parse_list(RED, "red"), None, LAST)
    assert {q.spoils for q in tagged.questions} == {LAST}


def test_export_writes_the_tags_the_game_used() -> None:
    tagged = tag_imported(parse_list(RED, "red"), READS, LAST)
    data = yaml.safe_load(export_yaml("red", None, None, tagged.questions))
    assert [q["spoils"] for q in data["questions"]] == ["S1E12", 0]
    again = tag_imported(parse_list(export_yaml("red", None, None, tagged.questions), "red"), READS, LAST)
    assert [q.spoils for q in again.questions] == [LAST, NOTHING]


def test_every_bundled_and_generated_question_is_tagged_at_least_as_late_as_what_it_names() -> None:
    questions = [*bundled_questions(), *generated_questions(bundled_pack(), ShowShape.season_one())]
    for q in questions:
        assert READS(" \n".join([asked_with_answer(q), *q.answers, *q.choices])) <= q.spoils, q.id
        if q.source:
            assert READS(q.source) <= q.source_tag, q.id


def test_a_generated_question_cites_a_death_naming_source_by_its_publisher_alone() -> None:
    # its title ("Do Cheong-san and Lee Na-yeon die in ...") was shown behind the finale's tag; beside an answer a
    # harmless-looking title tells a fate too ("Who died in ... season 1"), so no title is shown (scen48)
    generated = {q.id: q for q in generated_questions(bundled_pack(), ShowShape.season_one())}
    question = generated["gen-actor-lee-na-yeon"]
    assert question.spoils == NOTHING and question.source == "Fiction Horizon" and question.source_tag == NOTHING


def test_a_list_text_that_names_a_death_counts_as_spoiling_the_last_episode() -> None:
    assert tag_text("Questions about the moment Cheong-san dies in the end", READS, LAST) == LAST


def test_a_list_text_that_names_nothing_from_the_show_spoils_nothing() -> None:
    assert tag_text("A fan list about geography", READS, LAST) == NOTHING


def test_a_red_list_naming_nothing_from_the_show_is_told_it_is_asked_anywhere() -> None:
    warnings = _by_text(b"What colour is the sky on a clear day?:\n- blue\nHow many legs has a spider?:\n- 8\n", "red")[
        "warnings"
    ]
    assert isinstance(warnings, tuple)
    assert warnings[0] == (
        "Red lists cannot say what a question spoils: none of these 2 name anything from the show, so they spoil "
        "nothing and are asked anywhere."
    )
    assert not any("S1E12" in w or "/trivia export" in w for w in warnings)


def test_a_mixed_red_list_says_how_many_are_asked_anywhere() -> None:
    warnings = _by_text(RED, "red")["warnings"]
    assert isinstance(warnings, tuple) and "the other 1 spoil nothing and are asked anywhere" in warnings[0]


def test_a_spoiler_spelled_to_slip_past_the_lexicon_is_read_as_it_shows() -> None:
    spelled = (
        "Cheong\u200bsan d\u200bies in episode 11",  # zero-width spaces, stripped when shown
        "Cheong-san d\u0456es in episode 11",  # a Cyrillic і
        "Cheong-san d**ie**s in episode 11",  # markdown inside a word
        "cheong-san-dies-in-ep11",  # a slug
        "CHEONG_SAN_DIES",
    )
    for text in spelled:
        assert READS(text) in (NOTHING, Position(1, 11)), text
        assert AS_SHOWN(text) == Position(1, 11), text
    for text in ("What colour is the sky?", "how-many-legs", "Hyosan High School", "2+2=4"):
        assert AS_SHOWN(text) == NOTHING, text


def test_an_import_tags_what_its_text_shows_not_how_it_is_spelled() -> None:
    data = (
        "What is 3+3?:\n- 6\n- Cheong\u200bsan d\u200bies\n"
        "What is 5+5?:\n- 10\n- Nam-ra becomes a h\u0430lfbie\n"
        "What is 1+1?:\n- 2\n"
    ).encode()
    tagged = tag_imported(parse_list(data, "sums"), AS_SHOWN, LAST)
    assert [q.spoils for q in tagged.questions] == [LAST, LAST, NOTHING]


def _named(name: str, *categories: str) -> bytes:
    lines = ["hyosan: 1", f"name: {name}", "questions:"]
    for number, category in enumerate(categories or ("sums",), start=1):
        lines += [f"  - question: 'What is {number}+{number}?'", f"    answers: ['{2 * number}']", f"    category: {category!r}"]
    return "\n".join(lines).encode()


def test_a_list_or_category_name_that_gives_something_away_cannot_be_used() -> None:
    for name in ("cheong-san-dies", "Nam-ra becomes a halfbie", "gwi_nam_bites_nam_ra", "On-jo survives"):
        problems = spoiling_names(parse_list(_named(name), "file"), AS_SHOWN)
        assert len(problems) == 1 and "the list's name" in problems[0] and name.lower() not in problems[0].lower()
    problems = spoiling_names(parse_list(_named("quiz", "sums", "Su-hyeok survives", "sums", "lee-na-yeon-dies"), "f"), AS_SHOWN)
    assert [p.split(":")[0] for p in problems] == ["question 2", "question 4"]
    assert spoiling_names(parse_list(_named("Hyosan quiz", "maths", "school life"), "file"), AS_SHOWN) == []


def test_a_question_that_spoils_only_with_its_answer_is_hidden_as_far_as_both_tell() -> None:
    # "an actress" and "Park Ji-hu" each give nothing away; together they say On-jo is back in
    # season 2, and the answer is shown in the clear when the round ends.
    data = (
        b"In March 2023, which actress said Season 2 filming had not started yet?:\n- Park Ji-hu\n"
        b"Which actress said she loves the sea?:\n- Kim Yuna\n"
    )
    found = _by_text(data, "red")
    assert found["In March 2023, which actress said Season 2 filming had not started yet?"].spoils == LAST  # type: ignore[attr-defined]
    assert found["Which actress said she loves the sea?"].spoils == NOTHING  # type: ignore[attr-defined]


def test_the_bundled_season_2_question_about_an_actress_is_hidden_as_the_same_claim_on_the_status_card() -> None:
    question = next(q for q in bundled_questions() if q.text.startswith("In March 2023, which actress said"))
    assert question.spoils >= Position(1, 12)


def test_a_red_question_telling_a_later_seasons_event_is_never_asked_in_a_season_one_channel() -> None:
    red = b"Su-hyeok turns into a zombie in season 2. True or false?:\n- true\nWhat colour is the sky on a clear day?:\n- blue\n"
    bank = QuestionBank(tag_imported(parse_list(red, "red"), READS, LAST).questions)
    asked = bank.draw(max_spoils=LAST, count=5, rng=random.Random(1))  # a channel marked S1E12
    assert [q.text for q in asked] == ["What colour is the sky on a clear day?"]


@table(("header", "question", "spoils"), [  # (wild36) a bare "(ep 7)" under a title naming season 2
    ("Quiz de Estamos Mortos T2", "Quem é mordido na ponte? (ep 7)", Position(2, 7)),
    ("AOUAD S2 quiz", "Who saves Jong-ah? (ep 9)", Position(2, 9)),
    ("Season 2 watch party quiz", "Who stabs Gwi-nam's eye in the library? (ep 5)", Position(1, 5)),  # season 1's story
    ("AOUAD S2 countdown quiz, season 1 recap!!", "Which weapon does Ha-ri use? (ep 5)", Position(1, 5)),  # season 1 named
])
def test_a_bare_episode_under_a_title_naming_season_2_is_its_unless_the_question_tells_season_1s_story(
        header: str, question: str, spoils: Position) -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, None, None) for n in range(1, 7)])
    parsed = parse_list(f"{header}\n1. {question} - someone\n".encode(), "mods", shape=shape)
    assert tag_imported(parsed, READS, Position(2, 6)).questions[0].spoils == spoils


def test_a_reading_warning_names_a_spoiling_question_by_its_number_not_its_text() -> None:
    parsed = parse_list(
        b"Who bites Cheong-san at the construction site?:\n- Gwi-nam\n- Gwi-nam\n"
        b"What colour is the sky on a clear day?:\n- blue\n- blue\n",
        "late",
    )
    warnings = tag_imported(parsed, AS_SHOWN, LAST).warnings
    assert any("line 3: the question on line 1 lists 'Gwi-nam' twice" in w for w in warnings), warnings
    assert not any("bites Cheong-san" in w for w in warnings), warnings
    assert any("What colour is the sky on a clear day?" in w for w in warnings), warnings  # it spoils nothing


def test_a_refusal_says_a_spoiling_question_it_quotes_as_the_question_of_its_line() -> None:
    problems = [
        "line 3: an answer of question 'Who bites Cheong-san at the construction site?' is empty",
        "line 5: an answer of question 'What colour is the sky on a clear day?' is empty",
    ]
    said = unspoiled_problems(problems, AS_SHOWN)
    assert said[0] == "line 3: an answer of the question is empty"
    assert said[1] == problems[1]  # it spoils nothing: quoted as written


def test_a_refusal_hides_a_spoiling_line_it_quotes_that_is_not_a_question() -> None:
    problems = [
        "line 2: 'SPOILER: Lee Cheong-san dies in episode 11' is not a question: Red's format cannot say what a "
        "question spoils",
        "line 4: '- spoilers: Cheong-san dies saving On-jo' is not an answer: Red's format cannot say what a "
        "question spoils",
    ]
    said = unspoiled_problems(problems, AS_SHOWN)
    assert not any("dies" in line for line in said), said
    assert said[0].startswith("line 2: ") and "is not a question" in said[0], said
    assert "Red's format" in said[1], said


def test_a_refusal_hides_a_spoiling_question_quoted_in_its_advice() -> None:
    problems = [
        "line 1: 'Question:' labels a question as a quiz sheet does; in a Red list the question itself is the key: "
        "write 'Who bites Cheong-san in episode 11?:' on its own line, its answers below it ('- answer')",
    ]
    (said,) = unspoiled_problems(problems, AS_SHOWN)
    assert "bites Cheong-san" not in said, said
    assert "'Question:' labels a question" in said and "('- answer')" in said, said


def test_a_refusal_keeps_a_quoted_line_that_names_nothing_from_the_show() -> None:
    problem = "line 1: 'Geography' is a section holding questions (from line 2); remove the 'Geography:' line"
    assert unspoiled_problems([problem], AS_SHOWN) == [problem]


def test_a_reading_warning_hides_a_spoiling_question_quoted_with_other_capitals() -> None:
    parsed = parse_list(
        b"Who bites Cheong-san at the construction site?:\n- Gwi-nam\n"
        b"who bites cheong-san at the construction site?:\n- Gwi-nam\n",
        "late",
    )
    warnings = tag_imported(parsed, AS_SHOWN, LAST).warnings
    assert any("line 3" in w for w in warnings), warnings
    assert not any("bites cheong-san" in w.casefold() for w in warnings), warnings


WRITTEN = (
    b"(Ep 2) What movie does Cheong-san compare the outbreak to?:\n- Train to Busan\n"
    b"\"[S1E3] Who sets the school office on fire?\":\n- Eun-ji\n"
    b"Ep 5 - What device do On-jo and Joon-yeong fly to scout?:\n- a drone\n"
    b"Who kills Woo-jin after he is bitten?:\n- Nam-ra\n"
)


def test_an_episode_written_before_a_red_question_is_its_authors_tag() -> None:
    found = _by_text(WRITTEN, "written")
    assert found["(Ep 2) What movie does Cheong-san compare the outbreak to?"].spoils == Position(1, 2)  # type: ignore[attr-defined]
    assert found["Ep 5 - What device do On-jo and Joon-yeong fly to scout?"].spoils == Position(1, 5)  # type: ignore[attr-defined]


def test_a_written_episode_earlier_than_what_the_question_names_is_raised_and_said_so() -> None:
    found = _by_text(WRITTEN, "written")
    assert found["[S1E3] Who sets the school office on fire?"].spoils == Position(1, 8)  # type: ignore[attr-defined]
    assert any("the question on line 3 declares S1E3 but names S1E8" in w for w in found["warnings"])  # type: ignore[attr-defined]


def test_a_red_question_with_no_episode_written_still_counts_as_spoiling_the_last_episode() -> None:
    assert _by_text(WRITTEN, "written")["Who kills Woo-jin after he is bitten?"].spoils == LAST  # type: ignore[attr-defined]


_SPLIT = ShowShape.season_one()  # season 2 as wild37's bench lists it: 1-6 out, 7-12 a month later
_SPLIT.add_episodes(2, [EpisodeInfo(2, n, None, dt.datetime(2026, 2 if n < 7 else 3, 27, 8, tzinfo=dt.UTC)) for n in range(1, 13)])


@table(("upload", "question", "last", "spoils"), [  # (wild37) lists made the night Part 1 drops
    # a label after a quiz's own numbering ("Q3 - ", "[Part 2] Q3 ", "S2 quiz - ", "Round 1 - ")
    ("Question,Answer\nQ3 - P2E2: Who hides in the basement?,Su-hyeok\n", "Q3 - P2E2: Who hides in the basement?",
     Position(2, 6), Position(2, 8)),
    ("Question,Answer\nRound 1 - S2E4: Who opens the gym door?,Su-hyeok\n[Part 2] Q3 (ep 2): Who hides in the basement?,Su-hyeok\n",
     "[Part 2] Q3 (ep 2): Who hides in the basement?", Position(2, 6), Position(2, 8)),
    ("Question,Answer\nS2 quiz - P2E1: Who gets bitten on the bridge?,Dae-su\n",
     "S2 quiz - P2E1: Who gets bitten on the bridge?", Position(2, 6), Position(2, 7)),
    ("Question,Answer\nRound 1 - S1E6: Who bites Nam-ra?,Gwi-nam\n", "Round 1 - S1E6: Who bites Nam-ra?",
     Position(2, 6), Position(1, 6)),
    # a newcomer's bare "(ep 9)" in a later part listed, beside marked questions; season 1's marks alone under a
    # season-2 title leave its bare ones the title's; marks and whole lines in spoiler bars
    ("AOUAD quiz s1 & s2\n1. Who opens the gym door? (S2E4) - Su-hyeok\n2. Who saves Jong-ah? (ep 9) - Su-hyeok\n",
     "Who saves Jong-ah? (ep 9)", Position(2, 6), Position(2, 9)),
    ("지우학 시즌2 파트1 퀴즈\n1. 체육관 문을 여는 사람은? (4화) - 수혁\n2. 남라를 무는 사람은? (시즌1 6화) - 귀남\n",
     "체육관 문을 여는 사람은? (4화)", Position(2, 6), Position(2, 4)),
    ("AOUAD s2 quiz\n1. Who saves Jong-ah? (||part 2 ep 3||) - ||Su-hyeok||\n", "Who saves Jong-ah? (||part 2 ep 3||)",
     Position(2, 6), Position(2, 9)),
    ("AOUAD S2 quiz\n||1. Who opens the gym door? (S2E4) - Su-hyeok||\n", "Who opens the gym door? (S2E4)",
     Position(2, 6), Position(2, 4)),
    # whether Cheong-san comes back is season 2's answer (was S1E12, asked in season 1's channels); a scene's
    # "comes back" is its episode's
    # (wild38: its first episode where the listing has it, not the last one out)
    ("Does Cheong-san come back?:\n- yes\n", "Does Cheong-san come back?", Position(1, 12), Position(2, 1)),
    ("AOUAD s2 trivia\n1. Does Cheong-san come back? - yes\n", "Does Cheong-san come back?", Position(2, 6), Position(2, 1)),
    ("AOUAD s2 trivia\n1. Is Cheong-san alive in season 2? - yes\n", "Is Cheong-san alive in season 2?", Position(2, 6),
     Position(2, 1)),
    # (wild38) a quiz night's own parts where the upload names no later season; a Spanish round before "T2E4: "
    ("AOUAD quiz night (part 2 = the hard ones)\n[Part 2] Q1 (ep 7): Who kisses Nam-ra? - Su-hyeok\n",
     "[Part 2] Q1 (ep 7): Who kisses Nam-ra?", Position(2, 6), Position(1, 7)),
    ("Question,Answer\nPart 2 - Q1 (ep 7): Who kisses Nam-ra?,Su-hyeok\n", "Part 2 - Q1 (ep 7): Who kisses Nam-ra?",
     Position(2, 6), Position(1, 7)),
    ("Question,Answer\n[Part 2] Q1 (ep 3): Who saves Jong-ah?,Su-hyeok\n", "[Part 2] Q1 (ep 3): Who saves Jong-ah?",
     Position(2, 6), Position(2, 9)),  # (a later season's newcomer names that season)
    ("AOUAD S2 quiz\nPart 2 - Q1 (ep 2): Who hides in the basement? - Dae-su\n",
     "Part 2 - Q1 (ep 2): Who hides in the basement?", Position(2, 6), Position(2, 8)),
    ("aouad 2 quiz night\nPart 2 - Q1 (ep 2): Who hides in the basement? - Dae-su\n",  # the show's name numbered names it too
     "Part 2 - Q1 (ep 2): Who hides in the basement?", Position(2, 6), Position(2, 8)),
    ("Trivia T2\nRonda 2 - T2E4: ¿Quién abre la puerta del gimnasio? - Su-hyeok\n",
     "Ronda 2 - T2E4: ¿Quién abre la puerta del gimnasio?", Position(2, 6), Position(2, 4)),
    # (wild38) "#1 - question - answer" is a numbered question, not a Markdown comment
    ("# AOUAD trivia\n#1 - Which city is the school in? - Hyosan\n#2 - Who bites Nam-ra? (ep 6) - Gwi-nam\n",
     "#1 - Which city is the school in?", Position(2, 6), NOTHING),
    ("AOUAD S1 rewatch quiz\n1. Who comes back as something new after the library? (ep 5) - Gwi-nam\n",
     "Who comes back as something new after the library? (ep 5)", Position(1, 12), Position(1, 5)),
    # (wild39) unmarked questions under a season-2 title abroad are season 2's (were 0, asked anywhere); a blank
    # season cell beside season 2's rows is read in season 2 (was S1E8)
    # (imports50: while a later part is listed and not out, an unplaced season-2 question waits for all of the season as
    # listed, as it may be that part's; was held to what is out, S2E6)
    ("## 지금 우리 학교는 시즌2 퀴즈\n체육관 문을 여는 사람은? - ||수혁||\n", "체육관 문을 여는 사람은?", Position(2, 6),
     Position(2, 12)),
    # (imports51: a row in words the lexicon does not read under a title abroad is held as the Korean title's is, all of
    # the season as listed; was S2E6, what is out, where the bridge bite of Part 2 was shown at Part 1)
    ("Quiz da 2ª temporada de All of Us Are Dead\n1. Quem abre a porta do ginásio? - ||Su-hyeok||\n",
     "Quem abre a porta do ginásio?", Position(2, 6), Position(2, 12)),
    ("Mga tanong para sa ikalawang season ng AOUAD!!\nSino ang nagbukas ng pinto ng gym? - ||Su-hyeok||\n",
     "Sino ang nagbukas ng pinto ng gym?", Position(2, 6), Position(2, 12)),
    ("Kuis AOUAD musim kedua\n1. Siapa yang membuka pintu gym? - ||Su-hyeok||\n", "Siapa yang membuka pintu gym?",
     Position(2, 6), Position(2, 12)),
    # (fix117: a season-1 event the lexicon places surely keeps its episode in a season-2 list, was S2E6 or S2E12; a
    # season-2 row beside it it does not read stays held to all of the season as listed)
    ("AOUAD S2 quiz (season 1 spoilers too)\n1. Who kills Woo-jin? - ||Nam-ra||\n", "Who kills Woo-jin?", Position(2, 6),
     Position(1, 12)),
    ("시즌2 퀴즈\n1. 우진이를 죽인 사람은? - ||남라||\n2. 다리에서 물린 사람은? - ||수혁||\n", "우진이를 죽인 사람은?", Position(2, 6),
     Position(1, 12)),
    ("시즌2 퀴즈\n1. 우진이를 죽인 사람은? - ||남라||\n2. 다리에서 물린 사람은? - ||수혁||\n", "다리에서 물린 사람은?", Position(2, 6),
     Position(2, 12)),
    ("# AOUAD season 2 quiz (s1 spoilers too!)\nAUTHOR: red\nWho locks the roof door?:\n- Cheol-su\n", "Who locks the roof door?",
     Position(2, 6), Position(1, 7)),
    ("AOUAD S2 quiz\n1. Does Cheong-san come back? - ||yes||\n", "Does Cheong-san come back?", Position(2, 6), Position(2, 1)),
    ("Kuis season 2 AOUAD\nBagian 1\nSiapa yang membuka pintu gym? (ep 4) - ||Su-hyeok||\n",
     "Siapa yang membuka pintu gym? (ep 4)", Position(2, 6), Position(2, 4)),
    ("question,answer,season,ep\nWho kisses Nam-ra?,Su-hyeok,1,7\nWho hides in the basement?,Dae-su,,8\n"
     "Who opens the gym door?,Su-hyeok,2,4\n", "Who hides in the basement?", Position(2, 6), Position(2, 8)),
    # (wild40) "(S2:10)" is S2E10 (was all of season 2 out, S2E6: asked too soon); a death the words tell under an early
    # label (was S1E1); "episode 1-3 quiz" bounds its unmarked questions (was refused: read as a heading of ep 1); a
    # Quizlet card's label after its '?' (was refused); a row with no answer among answered ones (was all refused)
    ("AOUAD mixed quiz\nWho carries Jong-ah out of the school? (S2:10) - ||Su-hyeok||\n",
     "Who carries Jong-ah out of the school? (S2:10)", Position(2, 6), Position(2, 10)),
    ("AOUAD mixed quiz\nWho kills Woo-jin after he is bitten? (S1:12) - ||Nam-ra||\n",
     "Who kills Woo-jin after he is bitten? (S1:12)", Position(2, 6), Position(1, 12)),
    ("early eps quiz\nBefore he dies saving the kids, what is On-jo's dad's job? (ep 1) - ||firefighter||\n",
     "Before he dies saving the kids, what is On-jo's dad's job? (ep 1)", Position(2, 6), Position(1, 11)),
    ("episode 1-3 quiz 🧟\nWhich zombie movie does Cheong-san compare the outbreak to? - ||Train to Busan||\n"
     "Who hauls Cheong-san back in on a fire hose? - ||Su-hyeok||\n",
     # (imports53: placed within the range at the episode the lexicon reads surely, E2, was the range's end, E3)
     "Which zombie movie does Cheong-san compare the outbreak to?", Position(2, 6), Position(1, 2)),
    ("Who plays On-jo?\tPark Ji-hu\nWho hides in the hospital basement? [S2E8]\tDae-su\n",
     "Who hides in the hospital basement? [S2E8]", Position(2, 6), Position(2, 8)),
    ("AOUAD quiz s1 + s2\n1. Who bites Nam-ra? (S1E6) - ||Gwi-nam||\n2. Who hides in the hospital basement? (S2E8)\n"
     "3. Who opens the gym door? (S2E4) - ||Su-hyeok||\n", "Who opens the gym door? (S2E4)", Position(2, 6),
     Position(2, 4)),
    # (wild41) a title's bound holds the questions the reader does not know (were 0, asked anywhere); one naming season 2
    # beside its episodes holds them to what is out; "and the finale" after a range bounds nothing (was S1E3)
    ("Trivia de AOUAD (hasta el 6, sin spoilers de más)\n¿Quién infecta a Gyeong-su a propósito? - ||Na-yeon||\n",
     "¿Quién infecta a Gyeong-su a propósito?", Position(2, 6), Position(1, 6)),
    ("Kuis AOUAD sampai ep 6 ya guys\n1. Siapa yang menginfeksi Gyeong-su dengan sengaja? - ||Na-yeon||\n",
     "Siapa yang menginfeksi Gyeong-su dengan sengaja?", Position(2, 6), Position(1, 6)),
    # (imports53: the kiss the lexicon places surely within the bound is E7's, was the bound's, E8)
    ("s1 quiz, up to ep 8\n1. Who kisses Nam-ra? - ||Su-hyeok||\n", "Who kisses Nam-ra?", Position(2, 6), Position(1, 7)),
    ("quiz night: eps 1-3 + s2 part 1\nWho infects Gyeong-su on purpose? - ||Na-yeon||\n"
     "Who opens the gym door? - ||Su-hyeok||\n", "Who opens the gym door?", Position(2, 6), Position(2, 6)),
    # (fix117: the rat's bite the lexicon places surely is held to its own episode, E1; was S2E6, what is out)
    ("episode 1-3 and the finale quiz!!\nWhat animal bites Hyeon-ju in the science lab? - ||a rat||\n",
     "What animal bites Hyeon-ju in the science lab?", Position(2, 6), Position(1, 1)),
    # (review63b) nor "plus the finale", "(and the finale)", ", finale" or a later episode named after it (were S1E3)
    ("eps 1-3 plus the finale\nWhat animal bites Hyeon-ju in the science lab? - ||a rat||\n",
     "What animal bites Hyeon-ju in the science lab?", Position(2, 6), Position(1, 1)),
    ("episode 1-3 quiz, bonus ep 12\nWhat animal bites Hyeon-ju in the science lab? - ||a rat||\n",
     "What animal bites Hyeon-ju in the science lab?", Position(2, 6), Position(1, 1)),
    # (wild42) bounds in Tagalog, Vietnamese and Thai hold the questions the reader does not know (were 0, asked
    # anywhere); a date a quiz closes on bounds nothing (was S1E6), its question in words the lexicon does not read
    # held to what is out
    ("AOUAD quiz hanggang ep 6 lang ha\n1. Sino ang sumaksak sa mata ni Gwi-nam sa library? - ||Cheong-san||\n",
     "Sino ang sumaksak sa mata ni Gwi-nam sa library?", Position(2, 6), Position(1, 6)),
    ("Đố vui AOUAD (đến tập 6 thôi nha)\n1. Ai cố tình lây nhiễm cho Gyeong-su? - ||Na-yeon||\n",
     "Ai cố tình lây nhiễm cho Gyeong-su?", Position(2, 6), Position(1, 6)),
    ("ควิซ AOUAD ถึงตอน 6 นะ\n1. ใครกัดนัมรา? - ||กวีนัม||\n", "ใครกัดนัมรา?", Position(2, 6), Position(1, 6)),
    # (review64d) nor with more after it abroad: "at finale", "และตอนจบ", "と最終話" (were S1E6)
    ("AOUAD quiz hanggang ep 6 at finale\n1. Sino ang sumaksak sa mata ni Gwi-nam sa library? - ||Cheong-san||\n",
     "Sino ang sumaksak sa mata ni Gwi-nam sa library?", Position(2, 6), Position(2, 6)),
    ("Trivia AOUAD (abierta hasta el 6 de marzo!!)\n1. ¿Quién infecta a Gyeong-su a propósito? - ||Na-yeon||\n"
     "2. ¿Cómo muere el papá de On-jo? - ||bengalas||\n", "¿Quién infecta a Gyeong-su a propósito?", Position(2, 6),
     Position(2, 6)),
    # (wild41's p02) "eps 4–6:" alone on the first line is the quiz's title, not a YAML key (was refused)
    ("eps 4–6:\n1. Who bites Nam-ra? - ||Gwi-nam||\n2. Which city is the school in? - ||Hyosan||\n",
     "Which city is the school in?", Position(2, 6), Position(1, 6)),
    # (wild43) a bound naming season 2 in Thai or Vietnamese is season 2's episode (was S1E6: season 2's questions the
    # reader does not know asked at S1E6); a label in full-width brackets, and "eps 4–6:" over a Red list, import (were
    # refused)
    ("ควิซมัธยมซอมบี้ ซีซั่น 2 (สปอยถึงตอน 6 ซีซั่น 2)\n1. ใครเป็นหัวหน้าทีม NIS? - ||ฮันดูซอก||\n",
     "ใครเป็นหัวหน้าทีม NIS?", Position(2, 6), Position(2, 6)),
    ("Đố vui AOUAD - spoil đến tập 6 phần 2\n1. Ai là đội trưởng đội NIS? - ||Han Du-seok||\n",
     "Ai là đội trưởng đội NIS?", Position(2, 6), Position(2, 6)),
    ("今私クイズ！\n1. ナムラを噛んだのは誰？（6話までのネタバレ） - ||グィナム||\n2. 屋上からグィナムを落としたのは誰？ - ||ナムラ||\n",
     "屋上からグィナムを落としたのは誰？", Position(2, 6), Position(1, 9)),  # (its note bounds its own question, no other;
    # fix117: the lexicon places Gwi-nam thrown off the roof surely, E9, was S2E6)
    ("eps 4–6:\nWho bites Nam-ra?:\n- Gwi-nam\nWhich weapon does Ha-ri use?:\n- bow\n",
     "Which weapon does Ha-ri use?", Position(2, 6), Position(1, 6)),
    # (wild44) a bound under a header naming season 2 is season 2's ("シーズン2の6話まで": stored 0 before, the
    # reader knowing no word of it), never where a part is named (its "ep 3" may be the 9th); another show's bound
    # bounds nothing (was S1E3); a closing line naming season 2 says the list's season (was refused)
    ("今私 シーズン2クイズ！（シーズン2の6話までネタバレ）\n1. 体育館のドアを開けたのは誰？ - ||スヒョク||\n",
     "体育館のドアを開けたのは誰？", Position(2, 6), Position(2, 6)),
    ("AOUAD S2 quiz hanggang ep 3 lang (deadline March 6)\n1. Sino ang leader ng NIS team? - ||Han Du-seok||\n",
     "Sino ang leader ng NIS team?", Position(2, 6), Position(2, 3)),
    ("AOUAD S2 Part 2 quiz\n(up to ep 3)\n1. Who saves Jong-ah from the horde? - ||Ma-ru||\n",
     "Who saves Jong-ah from the horde?", Position(2, 12), Position(2, 12)),
    ("AOUAD trivia (the Sweet Home one, up to ep 3, is next week)\n1. Sino ang sumaksak sa mata ni Gwi-nam sa library? - "
     "||Cheong-san||\n", "Sino ang sumaksak sa mata ni Gwi-nam sa library?", Position(1, 12), Position(1, 12)),
    ("AOUAD quiz up to ep 3 of the webtoon lol\n1. Sino ang sumaksak sa mata ni Gwi-nam sa library? - ||Cheong-san||\n",
     "Sino ang sumaksak sa mata ni Gwi-nam sa library?", Position(1, 12), Position(1, 12)),
    # review65d: the webtoon named beside our bound, not as what it bounds, leaves it ours (was dropped: asked at 0)
    ("AOUAD quiz up to ep 3 (no webtoon spoilers)\n1. Which city is the school in? - ||Hyosan||\n",
     "Which city is the school in?", Position(1, 12), Position(1, 3)),
    ("Trivia AOUAD 🧟 (respuestas hasta el 3/3)\n1. ¿Quién le apuñala el ojo a Gwi-nam en la biblioteca? - ||Cheong-san||\n",
     "¿Quién le apuñala el ojo a Gwi-nam en la biblioteca?", Position(1, 12), Position(1, 12)),  # (a date: was S1E3)
    ("quiz de AOUAD\n¿Quién lidera el equipo del NIS? - ||Han Du-seok||\n¿Quién abre la puerta del gimnasio? - ||Su-hyeok||\n"
     "(todo de la temporada 2, parte 1)\n", "¿Quién lidera el equipo del NIS?", Position(2, 6), Position(2, 6)),  # (imports46: was all of S2)
    ("quiz time 🧟\nWho gets bitten on the bridge? (ep 7) - ||Dae-su||\nWho opens the gym door? (ep 4) - ||Su-hyeok||\n"
     "(all of these are from season 2 btw!!)\n", "Who gets bitten on the bridge? (ep 7)", Position(2, 6), Position(2, 7)),
    ("quiz time 🧟\nWho kisses Nam-ra? (ep 7) - ||Su-hyeok||\nWho sets the school office on fire? (ep 8) - ||Gwi-nam||\n"
     "(season 2 quiz next week, these are all s1!!)\n", "Who kisses Nam-ra? (ep 7)", Position(2, 6), Position(1, 7)),
    # (imports45, wild45) a header whose subject is a later part holds its unmarked questions to that part's end before
    # it drops (were S2E6, Part 1's last: asked an episode early), in words, in a bound's "of part 2" or "(part 2)" and
    # on a row ("(part 2)" under a title's bound, was S2E3); one forbidding or deferring Part 2 leaves them as they were
    ("AOUAD S2 Part 2 quiz\n1. Who saves Jong-ah from the horde? - ||Ma-ru||\n",
     "Who saves Jong-ah from the horde?", Position(2, 6), Position(2, 12)),
    ("지우학 시즌2 파트2 퀴즈\n1. 다리 위에서 물린 사람은? - ||수혁||\n", "다리 위에서 물린 사람은?", Position(2, 6), Position(2, 12)),
    ("Đố vui Ngôi trường xác sống mùa 2 phần 2\n1. Ai bị cắn trên cây cầu? - ||Su-hyeok||\n"
     "2. Ai cứu Jong-ah khỏi bầy zombie? - ||Ma-ru||\n", "Ai cứu Jong-ah khỏi bầy zombie?", Position(2, 6), Position(2, 12)),
    # (fix91) ... and one it reads as nothing, the show named by its Vietnamese title: the show's (was 0: asked at once)
    ("Đố vui Ngôi trường xác sống mùa 2 phần 2\n1. Ai bị cắn trên cây cầu? - ||Su-hyeok||\n"
     "2. Ai cứu Jong-ah khỏi bầy zombie? - ||Ma-ru||\n", "Ai bị cắn trên cây cầu?", Position(2, 6), Position(2, 12)),
    ("AOUAD S2 quiz (up to ep 3 of part 2)\n1. Who gets bitten on the bridge? - ||Su-hyeok||\n",
     "Who gets bitten on the bridge?", Position(2, 6), Position(2, 12)),
    ("AOUAD S2 quiz hanggang ep 3\n1. Sino ang leader ng NIS team? - ||Han Du-seok||\n"
     "2. Sino ang kinagat sa tulay? (part 2) - ||Su-hyeok||\n", "Sino ang kinagat sa tulay? (part 2)", Position(2, 6),
     Position(2, 12)),
    ("AOUAD S2 quiz!! bawal part 2 spoilers ha\n1. Sino ang nagbukas ng pinto ng gym? - ||Su-hyeok||\n",
     "Sino ang nagbukas ng pinto ng gym?", Position(2, 6), Position(2, 6)),
    ("AOUAD quiz, no S2 part 2 spoilers pls\n1. Who opens the gym door? - ||Su-hyeok||\n", "Who opens the gym door?",
     Position(2, 6), Position(2, 6)),
    # (imports46, wild46) a quiz app's row opening with a later part ("Parte 2: ¿…?") in a list of season 2's is that
    # part's (were 0 and S2E6: asked before Part 2 drops); in a season-1 list the quiz's own part says nothing
    ("Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,"
     "Correct answer(s) - choose at least one\n"
     "Parte 2: ¿A quién muerden en el puente?,Cheong-san,Su-hyeok,2\n"
     "Parte 2: ¿Quién salva a Jong-ah de la horda?,Ma-ru,On-jo,1\n", "Parte 2: ¿A quién muerden en el puente?",
     Position(2, 6), Position(2, 12)),
    ("Question,Answer\nParte 2: ¿Quién salva a Jong-ah de la horda?,Ma-ru\n",
     "Parte 2: ¿Quién salva a Jong-ah de la horda?", Position(2, 6), Position(2, 12)),
    ("Question,Answer\nPart 2: Who kills Woo-jin?,Nam-ra\n", "Part 2: Who kills Woo-jin?", Position(1, 12), Position(1, 12)),
    # (imports46) a closing line naming the season's part numbers its "(ep 1)" in that part (was S2E1, under-gated)
    ("quiz de AOUAD\n¿A quién muerden en el puente? (ep 1) - ||Su-hyeok||\n¿Quién salva a Jong-ah? - ||Ma-ru||\n"
     "(todo de la temporada 2, parte 2 🙏)\n", "¿A quién muerden en el puente? (ep 1)", Position(2, 6), Position(2, 7)),
    # (fix129) Nam-ra's choice in words the lexicon does not read is season 1's end before season 2 too ("決めた" was 0,
    # shown from the start; "chọn" her bite, S1E6); a claim told in a scene and the epilogue's count of months are no
    # state season 2 changes (were S2E6), but a season-2 quiz's epilogue may be its own; under a range title a row is
    # read as the show's where another row tells it (was the range's end, 3)
    ("quiz\n1. ナムラは誰と一緒にいると決めた？ - ||他のハーフビー||\n", "ナムラは誰と一緒にいると決めた？", Position(1, 12), Position(1, 12)),
    ("quiz\n1. Nam-ra chọn ở lại với ai? - ||các halfbie khác||\n", "Nam-ra chọn ở lại với ai?", Position(2, 6), Position(1, 12)),
    # (merged with review72b's "whom to be with": Thai, French, German and Chinese ask it in their own words)
    ("quiz\n1. นัมราเลือกอยู่กับใคร? - ||ฮาล์ฟบี้||\n", "นัมราเลือกอยู่กับใคร?", Position(2, 6), Position(1, 12)),
    ("quiz\n1. Avec qui Nam-ra choisit-elle de rester ? - ||les halfbies||\n", "Avec qui Nam-ra choisit-elle de rester ?",
     Position(2, 6), Position(1, 12)),
    ("quiz\n1. Für wen entscheidet sich Nam-ra? - ||die Halfbies||\n", "Für wen entscheidet sich Nam-ra?", Position(2, 6),
     Position(1, 12)),
    ("quiz\n1. 南罗选了谁？ - ||其他半丧尸||\n", "南罗选了谁？", Position(2, 6), Position(1, 12)),
    ("quiz\n1. Who tells the helicopter crew that nobody else is alive? - ||Cheol-su||\n",
     "Who tells the helicopter crew that nobody else is alive?", Position(2, 6), Position(1, 8)),
    ("quiz\n1. Who tells On-jo that Cheong-san is alive? - ||Dae-su||\n", "Who tells On-jo that Cheong-san is alive?",
     Position(2, 6), Position(2, 6)),
    ("Question,Answer\nHow many months later is the epilogue set?,four\n", "How many months later is the epilogue set?",
     Position(2, 6), Position(1, 12)),
    ("AOUAD S2 quiz\n1. How many months later is the epilogue set? - ||four||\n", "How many months later is the epilogue set?",
     Position(2, 6), Position(2, 6)),
    ("Episodes 1-3 quiz (season 1)\n1) Which animal bites the first student in the science lab? - a rat\n"
     "2) Which movie does Cheong-san compare the outbreak to? - Train to Busan\n",
     "Which animal bites the first student in the science lab?", Position(2, 6), Position(1, 1)),
    # (fix132) who learns a state is no scene the lexicon places (was Gwi-nam's turn, S1E5, below "up to ep 8" too); the
    # kiss asked abroad is E7 (was the "episodios 4 al 6" title's 6); "episódios 4 a 6" bounds its rows (were S2E6); the
    # Train to Busan line in Chinese is E2 (was 0)
    ("s1 quiz, up to ep 8\n1. Who finds out Nam-ra is a halfbie? - ||Su-hyeok||\n", "Who finds out Nam-ra is a halfbie?",
     Position(2, 6), Position(1, 8)),
    ("quiz\n1. Who finds out Nam-ra is a halfbie? - ||Su-hyeok||\n", "Who finds out Nam-ra is a halfbie?",
     Position(2, 6), Position(2, 6)),
    ("Quiz episodios 4 al 6\n1. ¿Quién besa a Nam-ra? - ||Su-hyeok||\n", "¿Quién besa a Nam-ra?", Position(2, 6), Position(1, 7)),
    ("Quiz AOUAD episódios 4 a 6\n1. Quem Nam-ra protege? - ||Su-hyeok||\n2. Quem beija Nam-ra? - ||Su-hyeok||\n",
     "Quem beija Nam-ra?", Position(2, 6), Position(1, 7)),
    ("Quiz AOUAD episódios 4 a 6\n1. Quem Nam-ra protege? - ||Su-hyeok||\n2. Quem beija Nam-ra? - ||Su-hyeok||\n",
     "Quem Nam-ra protege?", Position(2, 6), Position(1, 6)),
    ("quiz\n1. 清山说现在就像哪部电影？ - ||釜山行||\n", "清山说现在就像哪部电影？", Position(2, 6), Position(1, 2)),
])
def test_a_release_night_lists_marks_are_read_where_its_authors_put_them(
        upload: str, question: str, last: Position, spoils: Position) -> None:
    name = "night.csv" if upload.startswith("Question,") else "night"
    parsed = parse_list(upload.encode(), name, shape=_SPLIT)
    with parts_listed(_SPLIT):
        tagged = tag_imported(parsed, READS, last, later_season_of(bundled_pack()))
    assert {q.text: q.spoils for q in tagged.questions}[question] == spoils


@table("closing", ["(spoilers de la temporada 2, parte 1 y 2 🙏)", "(season 2 part 1 & 2 spoilers!!)", "(temporada 2 parte 1 e parte 2)",
                    "(season 2 part 1-2)", "(시즌2 파트1, 파트2)"])
def test_a_closing_line_naming_part_1_and_part_2_never_shows_part_2_questions_before_part_2(closing: str) -> None:
    # (review66b: imports46 read its "parte 1" alone and held the bridge bite to S2E6, asked of fans who have not seen Part 2)
    parsed = parse_list(f"quiz de Estamos Muertos temporada 2\n¿Quién lidera el equipo del NIS? - ||Han Du-seok||\n"
                        f"¿A quién muerden en el puente? - ||Cheong-san||\n{closing}\n"
                        .encode(), "night", shape=_SPLIT)
    with parts_listed(_SPLIT):
        tagged = tag_imported(parsed, READS, Position(2, 6), later_season_of(bundled_pack()))
    assert tagged.questions[1].spoils == Position(2, 12)


def test_an_event_told_without_a_character_under_the_shows_name_is_the_shows() -> None:
    # (wild43's p08, wild44's p12) read as uploads are, as any story's ("anywhere"), the lab bite spoiled nothing: asked
    # at episode 0; under "AOUAD trivia night" it is the show's, its own episode (fix123: was the last out, S2E6: "first"
    # places it in the lab scene, not by a season's course), while the school's city still spoils nothing
    reads = read_as_shown(partial(READS, anywhere=True))
    parsed = parse_list("AOUAD trivia night!!\n1. What bites the first student in the science lab? - ||a rat||\n"
                        "2. ¿Qué animal muerde a la primera infectada en el laboratorio? - ||un hámster||\n"
                        "3. Which city is the school in? - ||Hyosan||\n".encode(), "night", shape=_SPLIT)
    with parts_listed(_SPLIT):
        tagged = tag_imported(parsed, reads, Position(2, 6), later_season_of(bundled_pack()))
    assert [q.spoils for q in tagged.questions] == [Position(1, 1), Position(1, 1), NOTHING]


def test_an_untitled_list_uploaded_as_a_season_two_quiz_holds_its_unmarked_questions_to_season_two() -> None:
    # "aouad_s2_quiz.txt" with only "1) ..." lines: its name is its title (imports39's p02 stored them as spoiling nothing)
    parsed = parse_list(b"1) Who opens the gym door? - Su-hyeok\n2) Who kisses Nam-ra in ep 7? - Su-hyeok\n",
                        import_name(None, "aouad_s2_quiz.txt"), shape=_SPLIT)
    with parts_listed(_SPLIT):
        tagged = tag_imported(parsed, READS, Position(2, 6), later_season_of(bundled_pack()))
    # (all of season 2 as listed while its Part 2 is not out, imports50: it may be that part's)
    assert {q.text: q.spoils for q in tagged.questions}["Who opens the gym door?"] == Position(2, 12)


_SEASON_TWO = ShowShape.season_one()
_SEASON_TWO.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 9)])
_LATER = LaterSeason(["Yong Ma-ru", "Ma-ru", "So Ju-ran", "Ju-ran", "Han Du-seok"])


#: Season 2 out (all 8 episodes), and before it (TVmaze lists its 8 episodes, or none yet: tags do not depend on it).
OUT, EVE = Position(2, 8), Position(1, 12)
#: "Season 2, episode not known": asked only where a channel's mark reaches season 2's last listed episode.
ALL_OF_TWO = whole_season(2)
_SEASON_ONE = ShowShape.season_one()


@table(("written", "last", "shape", "held"), [
    # a season-2 newcomer's story with no note (the lexicon reads nothing of it): all of season 2 out
    ("What does Han Du-seok want from Nam-ra?:\n- her blood\n", OUT, _SEASON_TWO, Position(2, 8)),
    ("Who betrays So Ju-ran?:\n- Jong-ah\n", OUT, _SEASON_TWO, Position(2, 8)),
    # a bare episode under a question naming season 2 is season 2's (later than S1E3: the safe side)
    ("# ep 3\nIn season 2, who finds Nam-ra's hideout?:\n- Du-seok\n", OUT, _SEASON_TWO, Position(2, 3)),
    ("# spoils S2E5\nWho does Yong Ma-ru save?:\n- On-jo\n", OUT, _SEASON_TWO, Position(2, 5)),
    # casting news spoils no story, and another story's word is not our newcomer
    ("Who plays Yong Ma-ru?:\n- Lee Min-jae\n", OUT, _SEASON_TWO, NOTHING),
    ("What is the Kobayashi Maru?:\n- a test\n", OUT, _SEASON_TWO, NOTHING),
    ("Who won season 2 of the cooking show?:\n- Kim\n", OUT, _SEASON_TWO, NOTHING),
    # uploaded the night before the release (scen46b): all of season 2, not S1E12, which a channel marked for
    # season 1 allows: "What is Yong Ma-ru's secret in season 2?" was asked there
    ("What is Yong Ma-ru's secret in season 2?:\n- he is a halfbie\n", EVE, _SEASON_TWO, ALL_OF_TWO),
    ("Which NIS team leader hunts the halfbies?:\n- Han Du-seok\n", EVE, _SEASON_TWO, ALL_OF_TWO),
    ("Who turns at the end of season 2?:\n- Ju-ran\n", EVE, _SEASON_TWO, ALL_OF_TWO),
    ("# ep 3\nIn season 2, who finds Nam-ra's hideout?:\n- Du-seok\n", EVE, _SEASON_TWO, ALL_OF_TWO),
    ("# spoils S2E5\nWho does Yong Ma-ru save?:\n- On-jo\n", EVE, _SEASON_TWO, Position(2, 5)),
    ("Who plays Yong Ma-ru?:\n- Lee Min-jae\n", EVE, _SEASON_TWO, NOTHING),
    # uploaded before TVmaze lists any season-2 episode (tag46): was S1E12, asked and revealed in a channel marked
    # S1E12 on release day; now all of season 2, met against the show when a game draws
    ("What is Yong Ma-ru's secret in season 2?:\n- he is a halfbie\n", EVE, _SEASON_ONE, ALL_OF_TWO),
    ("What does Han Du-seok want from Nam-ra?:\n- her blood\n", EVE, _SEASON_ONE, ALL_OF_TWO),
    ("# ep 3\nIn season 2, who finds Nam-ra's hideout?:\n- Du-seok\n", EVE, _SEASON_ONE, ALL_OF_TWO),
    ("Who plays Yong Ma-ru?:\n- Lee Min-jae\n", EVE, _SEASON_ONE, NOTHING),
    # a moderator's note naming season 2 and no episode: all of it, whenever its episodes are listed (was refused
    # as "not an episode of the show", or read as nothing at all beside a sheet's question)
    ("# spoils: s2\nWho finds Nam-ra's hideout?:\n- Du-seok\n", EVE, _SEASON_ONE, ALL_OF_TWO),
    ("Who finds Nam-ra's hideout?: # spoils: season 2\n- Du-seok\n", EVE, _SEASON_ONE, ALL_OF_TWO),
    ("hyosan: 1\nquestions:\n- {question: Who hides On-jo?, answers: [Su-hyeok], spoils: S2}\n", EVE, _SEASON_ONE,
     ALL_OF_TWO),
    ("hyosan: 1\nquestions:\n- {question: Who hides On-jo?, answers: [Su-hyeok], spoils: all of season 2}\n", OUT,
     _SEASON_TWO, ALL_OF_TWO),
    ("Question,Answer\nWho finds Nam-ra's hideout? #s2,Du-seok\n", EVE, _SEASON_ONE, ALL_OF_TWO),
    ("# spoils: 시즌2\n남라의 은신처를 찾은 사람은?:\n- 두석\n", EVE, _SEASON_ONE, ALL_OF_TWO),
    # a declared episode of season 1 that a season-2 newcomer's answer overrules (rehearse64): held, and named below
    ("hyosan: 1\nquestions:\n- {question: Who holds the gym doors?, answers: [Han Du-seok], spoils: 4}\n", EVE,
     _SEASON_TWO, ALL_OF_TWO),
])
def test_a_question_about_season_two_is_held_until_season_two_unless_its_note_places_it(
    written: str, last: Position, shape: ShowShape, held: Position
) -> None:
    name = "s2.csv" if written.startswith("Question,") else "s2"
    parsed = parse_list(written.encode(), name, shape=shape)
    tagged = tag_imported(parsed, AS_SHOWN, last, _LATER)
    assert tagged.questions[0].spoils == held
    # the moderator is told which question (by its line: its words give the season away) is held to all of
    # season 2 and where it will be asked, not "the last released"
    said = any(re.search(r"\(line \d\) tells the story of season 2 without an episode", w) and "end of season 2" in w
               for w in tagged.warnings)
    assert said is (held == ALL_OF_TWO)


@table(("upload", "said"), [  # (review64a) counted after a title or a blank line, "question 3" sent the moderator to line 4
    ("aouad s1 quiz\n\n1. Who throws Gwi-nam off the roof? - Nam-ra\n2. What is Yong Ma-ru's secret? - a halfbie\n",
     "1 question (line 4) tells the story of season 2"),
    ("AUTHOR: mods\n# round 1\nWho bites Nam-ra?:\n- Gwi-nam\n\nWho does Han Du-seok hunt?:\n- halfbies\n",
     "1 question (line 6) tells the story of season 2"),
    ("AUTHOR: mods\r# round 1\rWho bites Nam-ra?:\r- Gwi-nam\r\rWho does Han Du-seok hunt?:\r- halfbies\r",  # lone CRs
     "1 question (line 6) tells the story of season 2"),
    ("aouad quiz\n1. [S1E3] Who sets the school office on fire? - Eun-ji\n",
     "the question on line 2 declares S1E3 but names S1E8"),
    ("Question,Answer\nWho bites Nam-ra?,Gwi-nam\nWho does Han Du-seok hunt?,halfbies\n",
     "1 question (line 3) tells the story of season 2"),
])
def test_a_warning_names_a_question_by_the_line_the_moderators_file_has_it_on(upload: str, said: str) -> None:
    name = "mods.csv" if upload.startswith("Question,") else "mods"
    tagged = tag_imported(parse_list(upload.encode(), name, shape=_SEASON_TWO), AS_SHOWN, EVE, _LATER)
    assert any(said in w for w in tagged.warnings), tagged.warnings


def test_every_bot_shares_one_later_season_reading_of_a_pack_and_none_can_change_it() -> None:
    pack = bundled_pack()
    shared = later_season_of(pack)
    assert later_season_of(pack) is shared
    assert shared.about(["Who is Yong Ma-ru's friend?"], None)
    with pytest.raises(AttributeError):
        shared._names = None  # type: ignore[misc]


def test_the_lines_of_ten_thousand_questions_are_found_in_one_pass() -> None:
    # a moderator's 20,000-line upload: counting each question's line from the file's start took 37 s (square time)
    text = "".join(f"Q: Party question number {n}?\nA: answer {n}\n" for n in range(1, 10_001))
    lines = question_lines(text, [f"Party question number {n}?" for n in range(1, 10_001)])
    assert (lines[0], lines[4_999], lines[-1]) == (1, 9_999, 19_999)
