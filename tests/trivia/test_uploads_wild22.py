"""Uploads from the twenty-second blind set (bench/trivia_import.py --set wild22): lists moderators try for a
rewatch month. A document's episode sections in the shapes documents give them head the questions below them
(bot/trivia/labelled.py); a sheet's spoiler cell giving a range spoils up to its end, "s1" all of season 1
(bot/trivia/episodelabels.py, entries.py, lists.py); a quiz site's marked choices and question objects are read
(bot/trivia/quizrows.py); a Red note in curly quotes is read as the note."""

from __future__ import annotations

from pathlib import Path

from bot.show import NOTHING, Position
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild22"
_read = reader(SET.name)


@table("heading", ["Episode 6", "Episode 6:", "EPISODE 6 (spoilers up to here)", "Ep. 6 – Make Some Noise", "6화",
                   "## Episode 6", "# ---- Episode 6 ----", "● Episode 6"])
def test_an_episode_heading_in_a_documents_shapes_tags_the_questions_below_it(heading: str) -> None:
    parsed = _text(f"Week 2 quiz\n\n{heading}\nQuestion: Who bites Nam-ra?\nAnswer: Gwi-nam\n\n"
                   "Question: Who does Nam-ra protect?\nAnswer: Su-hyeok\n")
    assert _spoils(parsed) == {"Who bites Nam-ra?": Position(1, 6), "Who does Nam-ra protect?": Position(1, 6)}


def test_an_episode_label_before_a_question_is_no_heading() -> None:
    said = _refusal(b"Question: Which city is the school in?\nAnswer: Hyosan\nEp 6 - who bites Nam-ra?\n")
    assert "line 3" in said  # (what it belongs to cannot be guessed: never dropped as a heading)


def test_labels_pasted_from_google_docs_with_bullets_and_no_break_spaces_are_read() -> None:
    parsed = _read("s10_gdocs_paste_labels.txt")
    assert _spoils(parsed)["Who confesses to On-jo on the roof?"] == Position(1, 8)
    assert _answers(parsed)["Who throws Gwi-nam off the roof?"] == ("Nam-ra",)


@table(("cell", "episode"), [("1-3", 3), ("ep 1 to 3", 3), ("eps 4-6", 6), ("1–8", 8), ("1~2", 2), ("E1-E7", 7),
                             ("S1E1–S1E7", 7), ("1~3화", 3), ("1 through 4", 4), ("s1", 12), ("전체", 12)])
def test_a_spoiler_cell_giving_a_range_spoils_up_to_its_end(cell: str, episode: int) -> None:
    parsed = _text(f"Question,Answer,Spoilers\nWho bites Nam-ra?,Gwi-nam,{cell}\nWhich city is the school in?,Hyosan,\n")
    assert _spoils(parsed)["Who bites Nam-ra?"] == Position(1, episode)
    assert _spoils(parsed).get("Which city is the school in?", NOTHING) == NOTHING


def test_a_class_answer_written_like_a_range_stays_an_answer() -> None:
    parsed = _read("s04_csv_spoiler_ranges.csv")
    assert _answers(parsed)["Which class are the main students in?"] == ("2-5",)


def test_a_red_note_giving_a_range_in_words_spoils_up_to_its_end() -> None:
    assert _spoils(_read("s06_red_range_notes.yaml"))["Who is bitten at the police station?"] == Position(1, 4)


def test_a_quiz_sites_choices_marked_correct_are_the_answers() -> None:
    parsed = _read("s12_quiz_site_choices.json")
    assert _answers(parsed)["Who infects Gyeong-su on purpose?"] == ("Na-yeon",)
    assert _spoils(parsed)["Who infects Gyeong-su on purpose?"] == Position(1, 3)


def test_the_trivia_apis_question_object_and_correct_answer_are_read() -> None:
    parsed = _read("s13_trivia_api_export.json")
    assert _answers(parsed) == {"In which city is the school of All of Us Are Dead?": ("Hyosan",),
                                "Who plays Nam On-jo?": ("Park Ji-hu",), "Who bites Nam-ra?": ("Gwi-nam",)}


def test_a_red_note_in_curly_quotes_is_read() -> None:
    assert _spoils(_read("s11_gdocs_red_smart_quotes.yaml"))["Who stays behind with flares in the gym?"] == Position(1, 11)
