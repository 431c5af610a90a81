"""Uploads from the twenty-first blind set (bench/trivia_import.py --set wild21): lists moderators try in season 2's
release week. A note naming season 2 apart from its episode reads as that season's episode, one naming no episode as
all of it (bot/trivia/episodelabels.py); an answer left to fill in later is refused (bot/trivia/listparts.py); other
bots' exports and sheets are read by their own words (bot/trivia/entries.py, tables.py, labelled.py), and a game's
score report is named for what it is (bot/trivia/notalist.py)."""

from __future__ import annotations

from pathlib import Path

from bot.show import Position
from bot.trivia.laterseason import said_season
from bot.trivia.tagging import written_episode
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild21"
_read = reader(SET.name)


@table(("note", "position"), [
    ("# season 2 spoilers (ep 3)", Position(2, 3)),
    ("# season 2, ep 3", Position(2, 3)),
    ("# S2 | EP3", Position(2, 3)),
    ("# ep 3 s2", Position(2, 3)),
    ("# season two, episode 3", Position(2, 3)),
    ("# S2 3화", Position(2, 3)),
    ("# spoiler até o ep 3 da T2", Position(2, 3)),
    ("# ep 7-8 (season 2)", Position(2, 8)),
    ("# season 1 spoilers (ep 6)", Position(1, 6)),
    ("# spoiler ep 3 (S1)", Position(1, 3)),
])
def test_a_season_named_apart_from_its_episode_in_a_note_places_the_episode_in_it(note: str, position: Position) -> None:
    parsed = _text(f"{note}\nWhere does Nam-ra hide?:\n- the roof\n")
    assert _spoils(parsed) == {"Where does Nam-ra hide?": position}


@table("note", ["# 시즌2 스포", "# S2 스포", "# T2 spoiler", "# season 2 spoilers (episode not known yet)", "# S2 ep ?",
                "# spoiler: S2 ep TBD"])
def test_a_spoiler_note_naming_season_2_and_no_episode_holds_its_question_to_all_of_it(note: str) -> None:
    parsed = _text(f"{note}\nWhere does On-jo live now?:\n- Seoul\n")
    assert _spoils(parsed) == {"Where does On-jo live now?": said_season("s2")}


def test_a_note_naming_season_2_without_a_spoiler_word_is_no_note() -> None:
    assert _spoils(_text("# s2 coming soon!!\nWhich city is the school in?:\n- Hyosan\n")) == {}


@table(("answer", "line"), [("TBD", 3), ("???", 3), ("(fill in after ep 3)", 3), ("미정", 3), ("por confirmar", 3)])
def test_an_answer_left_to_fill_in_later_is_refused_naming_its_line(answer: str, line: int) -> None:
    said = _refusal(f"# S2E1\nWhat does On-jo do first in Seoul?:\n- {answer}\n".encode())
    assert f"line {line}" in said and "placeholder" in said


@table("question", ["What does TBD stand for?", "What is the acronym for 'to be announced'?"])
def test_a_placeholder_word_asked_about_is_an_answer(question: str) -> None:
    answer = "to be determined" if "TBD" in question else "TBA"
    assert _answers(_text(f"{question}:\n- {answer}\n")) == {question: (answer,)}


def test_fill_in_the_blank_is_an_answer() -> None:
    assert _answers(_text("What kind of question asks you to type a missing word?:\n- fill in the blank\n"))


@table(("name", "question", "position"), [
    ("r06_csv_korean_hwa.csv", "남라를 문 사람은?", Position(1, 6)),
    ("r06_csv_korean_hwa.csv", "국정원 팀장은?", Position(2, 2)),
    ("r25_csv_ep_spellings.csv", "Who stays behind with flares in the gym?", Position(1, 11)),
    ("r25_csv_ep_spellings.csv", "Who infects Gyeong-su on purpose?", Position(1, 3)),
    ("r13_google_form_spanish_submissions.csv", "¿Quién es el sénior de On-jo en la universidad?", Position(2, 1)),
])
def test_a_spoiler_column_headed_hwa_or_ep_dot_is_read(name: str, question: str, position: Position) -> None:
    assert _spoils(_read(name))[question] == position


def test_a_bots_category_naming_season_2_places_its_bare_episode_in_season_2() -> None:
    parsed = _read("r11_triviabot_json_categories.json")
    assert _spoils(parsed)["Who saves On-jo on the subway?"] == Position(2, 2)
    assert _spoils(parsed)["Who bites Nam-ra?"] == Position(1, 6)
    assert _answers(parsed)["Who kills Woo-jin?"] == ("Nam-ra", "Choi Nam-ra")


def test_a_flashcard_decks_front_back_and_aliases_are_question_and_answers() -> None:
    parsed = _read("r10_quizzy_flashcards.json")
    assert _answers(parsed)["Who leads the NIS team?"] == ("Han Du-seok", "Du-seok")
    assert _spoils(parsed)["Who leads the NIS team?"] == Position(2, 3)


def test_trivia_bot_lines_give_the_question_then_each_answer_after_a_star() -> None:
    parsed = _read("r12_triviabot_txt_asterisk.txt")
    assert _answers(parsed)["Who created the virus?"] == ("Lee Byeong-chan", "Mr. Lee")
    assert len(parsed.questions) == 5


def test_a_spanish_form_collecting_questions_reads_its_question_and_answer_columns() -> None:
    parsed = _read("r13_google_form_spanish_submissions.csv")
    assert _answers(parsed)["¿Cómo se llama la escuela?"] == ("Hyosan",)


@table(("name", "said"), [
    ("r14_google_form_quiz_responses_pt.csv", "responses sheet"),
    ("r09_kahoot_final_scores.csv", "game's scores"),
    ("../imports_wild35/n14_mentimeter_results.csv", "live poll's results"),  # (wild35: votes, participants)
])
def test_what_people_answered_or_scored_is_refused_saying_what_it_is(name: str, said: str) -> None:
    assert said in _refusal((SET / name).read_bytes())


def test_spoiler_bars_escaped_round_an_answer_are_not_part_of_it() -> None:
    assert _answers(_read("r21_red_spoiler_bars_answers.yaml"))["Who bites Nam-ra?"] == ("Gwi-nam", "윤귀남")


@table(("question", "position"), [
    ("Where does Nam-ra hide? (season 2, ep 3)", Position(2, 3)),
    ("Where does Nam-ra hide? (ep 3, S2)", Position(2, 3)),
    ("(S2 3화) 남라는 어디에 숨어?", Position(2, 3)),
    ("Which city does the new outbreak hit? [S2 spoiler]", said_season("s2")),
    ("(Ep 3) Who bites Hyeon-ju?", Position(1, 3)),
    ("Who bites Nam-ra? [1x06]", Position(1, 6)),  # (wild35) "2x07" as fans mark a season's episode
    ("2x12 - Who is still standing at the end?", Position(2, 12)),
    ("What does 2x2 make on the board?", None),  # (arithmetic: no label)
    ("02x07 - Who gets bitten on the bridge?", Position(2, 7)),  # (wild36) zero-padded as Gimkit lists are
    ("01x06 - Who bites Nam-ra?", Position(1, 6)),
])
def test_a_label_naming_season_2_apart_from_its_episode_is_that_seasons(question: str, position: Position) -> None:
    assert written_episode(question) == position


def test_a_label_naming_a_season_and_no_spoiler_is_no_label() -> None:
    assert written_episode("Who is in the trailer? (Season 2 trailer)") is None


@table(("cell", "position"), [
    ("season 2 (ep 3)", Position(2, 3)),
    ("ep 3 (S2)", Position(2, 3)),
    ("3화 (시즌2)", Position(2, 3)),
    ("2시즌 3화", Position(2, 3)),
    ("1시즌 6화", Position(1, 6)),
    ("시즌2 스포", said_season("s2")),
    ("spoiler T2", said_season("s2")),
    ("S2 ep ?", said_season("s2")),
    ("시즌2 ?화", said_season("s2")),
])
def test_a_spoiler_cell_naming_season_2_apart_from_its_episode_is_that_seasons(cell: str, position: Position) -> None:
    assert _spoils(_text(f"Question,Answer,Episode\nWhere does Nam-ra hide?,the roof,{cell}\n")) == {
        "Where does Nam-ra hide?": position}


@table("upload", [
    '{"categories": {"Season 1": [{"question": "Who bites Nam-ra?", "answer": "Gwi-nam", "episode": 6}],'
    ' "Season 2": [{"question": "Where does Nam-ra hide?", "answer": "the roof", "episode": 3}]}}',
    '{"categories": [{"name": "S2", "questions": [{"question": "Where does Nam-ra hide?", "answer": "the roof", "episode": 3}]},'
    ' {"name": "S1", "questions": [{"question": "Who bites Nam-ra?", "answer": "Gwi-nam", "episode": 6}]}]}',
])
def test_a_bots_group_named_for_season_2_places_its_bare_episodes_in_season_2(upload: str) -> None:
    assert _spoils(_text(upload)) == {"Where does Nam-ra hide?": Position(2, 3), "Who bites Nam-ra?": Position(1, 6)}


@table("header", ["Ep #", "EP no.", "spoiler ep", "화수"])
def test_a_spoiler_column_headed_ep_in_other_words_is_read(header: str) -> None:
    parsed = _text(f"Question,Answer,{header}\nWhere does Nam-ra hide?,the roof,S2E3\n")
    assert _spoils(parsed) == {"Where does Nam-ra hide?": Position(2, 3)}


def test_a_column_naming_an_episodes_title_is_no_episode() -> None:
    assert _spoils(_text("Question,Answer,EP title\nWho bites Nam-ra?,Gwi-nam,Infected\n")) == {}
