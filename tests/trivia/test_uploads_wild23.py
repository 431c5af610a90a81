"""Uploads from the twenty-third blind set (bench/trivia_import.py --set wild23): hunting wrong imports in the
rewatch month's shapes. A heading for something other than an episode ("Round 2", "Part 3", "Week 3", "2부") tags
nothing unless its words give an episode or a range, and ends the episode section above it; Google Docs' nested
bullets and Markdown headings that are the questions are read (bot/trivia/labelled.py); a note naming seasons as a
range holds its question to the later season, a Red note "# Episode 11 (recap round)" is that episode
(bot/trivia/episodelabels.py), and a question typed again without its '?' under such a note is a repeat
(bot/trivia/redformat.py); a quiz site's question with no choice marked correct is refused saying so."""

from __future__ import annotations

from pathlib import Path

from bot.show import NOTHING, Position
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild23"
_read = reader(SET.name)


def _under(heading: str) -> dict[str, Position]:
    parsed = _text(f"Quiz night\n\nEpisode 6\nQuestion: Who bites Nam-ra?\nAnswer: Gwi-nam\n\n{heading}\n"
                   "Question: Which city is the school in?\nAnswer: Hyosan\n")
    assert set(_answers(parsed)) == {"Who bites Nam-ra?", "Which city is the school in?"}
    return _spoils(parsed)


@table("heading", ["Round 2 (2 pts each)", "Round 3 - bonus, 3-1 tiebreak", "Part 2", "## Part 2", "Level 3 (hard)",
                   "Chapter 12 of the webtoon", "Week 3", "3부", "● Round 6", "Final Round 1"])
def test_a_heading_for_something_else_tags_nothing_and_ends_the_episode_section(heading: str) -> None:
    spoils = _under(heading)
    assert spoils["Who bites Nam-ra?"] == Position(1, 6)
    assert spoils.get("Which city is the school in?", NOTHING) == NOTHING


@table(("heading", "episode"), [("Week 2 (episodes 4-6)", 6), ("2부 (3화 스포)", 3), ("Part 3 – spoilers (ep 7)", 7),
                                ("## Level 4 (spoilers ep 9)", 9)])
def test_a_heading_for_something_else_giving_an_episode_tags_the_questions_below(heading: str, episode: int) -> None:
    assert _under(heading)["Which city is the school in?"] == Position(1, episode)


def test_an_answer_that_is_an_episode_stays_an_answer_in_its_section() -> None:
    parsed = _read("w01_answer_is_an_episode.txt")
    assert _answers(parsed)["In which episode is Nam-ra bitten?"] == ("Episode 6",)
    assert _spoils(parsed)["Who hides a bite and turns in the classroom?"] == Position(1, 2)


def test_google_docs_nested_bullets_with_no_break_spaces_are_read() -> None:
    parsed = _read("w22_gdocs_nested_bullets.txt")
    assert _spoils(parsed)["What does the science club fly to scout?"] == Position(1, 5)
    assert _answers(parsed)["Which city is the school in?"] == ("Hyosan",)


def test_markdown_headings_that_are_questions_are_read_with_their_answers() -> None:
    parsed = _read("w23_md_questions_as_headings.md")
    assert _answers(parsed)["Which episode has the gym confession?"] == ("Episode 10",)


def test_a_markdown_heading_with_a_question_mark_and_no_answer_is_no_question() -> None:
    parsed = _text("## Any questions?\nQuestion: Which city is the school in?\nAnswer: Hyosan\n")
    assert list(_answers(parsed)) == ["Which city is the school in?"]


@table(("note", "season"), [("# spoilers: s1-s2", 2), ("# spoilers: season 1 & 2", 2), ("# spoilers seasons 1-2", 2),
                            ("# spoilers: s1 and s2", 2)])
def test_a_note_giving_seasons_as_a_range_holds_the_question_to_the_later_season(note: str, season: int) -> None:
    parsed = _text(f"AUTHOR: mods\n{note}\nWhere does Nam-ra go now?:\n- the roof\n# ep 3\nWho infects Gyeong-su?:\n"
                   "- Na-yeon\n")
    assert _spoils(parsed)["Where does Nam-ra go now?"].season == season
    assert _spoils(parsed)["Who infects Gyeong-su?"] == Position(1, 3)


@table(("note", "episode"), [("# Episode 11 (recap round)", 11), ("# Episode 3 (one more we forgot)", 3),
                             ("# ep 4 - the toilet one", 4)])
def test_a_red_note_naming_an_episode_and_the_sections_words_is_that_episode(note: str, episode: int) -> None:
    parsed = _text(f"AUTHOR: mods\n# ep 1\nWhich student is bitten by the lab rodent?:\n- Hyeon-ju\n{note}\n"
                   "Which city is the school in?:\n- Hyosan\n")
    assert _spoils(parsed)["Which city is the school in?"] == Position(1, episode)


@table("note", ["# ep 4 (or 5)", "# Episode 3? not sure"])
def test_a_red_note_unsure_of_its_episode_is_not_read_as_one(note: str) -> None:
    parsed = _text(f"AUTHOR: mods\n{note}\nWho attacks Cheong-san's mother at the school?:\n- Gyeong-su\n")
    assert "Who attacks Cheong-san's mother at the school?" not in _spoils(parsed)  # (left to the lexicon: no lower)


def test_a_red_question_typed_again_without_its_mark_in_a_later_section_is_kept_once() -> None:
    parsed = _read("w21_red_repeat_without_mark.yaml")
    assert _answers(parsed)["Who infects Gyeong-su on purpose?"] == ("Na-yeon",)
    assert "Who infects Gyeong-su on purpose" not in _answers(parsed)
    assert any("line 9" in w for w in parsed.warnings)


def test_a_red_question_typed_again_without_its_mark_and_no_notes_stays_two_questions_as_red_reads_it() -> None:
    parsed = _text("AUTHOR: mods\nWho bites Nam-ra?:\n- Gwi-nam\nwho bites Nam-ra:\n- Gwi-nam\n")
    assert len(parsed.questions) == 2


def test_a_quiz_sites_question_with_no_choice_marked_correct_is_refused_saying_so() -> None:
    said = _refusal(SET.joinpath("w17_json_no_correct_choice.json").read_bytes())
    assert "entry 2" in said and "marked correct" in said
