"""Uploads from the twenty-sixth blind set (bench/trivia_import.py --set wild26): lists moderators type themselves for
a season-2 launch party, as Discord posts pasted into a .txt (bot/trivia/partyposts.py): emoji bullets over check-mark
answers, the answer after the question on its line, a question's episode note after its '?', bold round and season
headings, more answers accepted in brackets; an unquoted Red question holding ': ' is refused naming every such line."""

from __future__ import annotations

from pathlib import Path

from bot.show import Position
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild26"
_read = reader(SET.name)


@table("upload", [
    "🧟 Which city is the school in?\n✅ Hyosan\n\n🧟‍♀️ Who bites Nam-ra?\n✅ ||Gwi-nam||\n",
    "❓ Which city is the school in?\n👉 answer: Hyosan\n❓ Who bites Nam-ra?\n➡️ Gwi-nam\n",
    "1. Which city is the school in? answer ||Hyosan||\n2. Who bites Nam-ra? answer: Gwi-nam\n",
    "Which city is the school in? ans - Hyosan\nWho bites Nam-ra? a: Gwi-nam\n",
    "🎉 Q: Which city is the school in? A: Hyosan\n🎉 Q: Who bites Nam-ra? A: Gwi-nam\n",
])
def test_a_party_posts_emoji_bullets_and_answers_after_the_question_are_read(upload: str) -> None:
    assert _answers(_text(upload)) == {"Which city is the school in?": ("Hyosan",), "Who bites Nam-ra?": ("Gwi-nam",)}


def test_a_check_mark_answer_keeps_a_word_that_only_looks_like_a_label() -> None:
    assert _answers(_text("🧟 Which club does Ha-ri captain?\n✅ archery club\n🧟 Which weapon?\n✅ a bow\n")) == {
        "Which club does Ha-ri captain?": ("archery club",), "Which weapon?": ("a bow",)}


def test_a_question_behind_an_emoji_is_still_reds_when_written_as_a_key() -> None:
    assert _answers(_text("🧟 Who bites Nam-ra?:\n- Gwi-nam\n")) == {"🧟 Who bites Nam-ra?": ("Gwi-nam",)}


@table(("upload", "question", "spoils"), [
    ("🧟 Who bites Cheong-san? (spoiler ep 11)\n✅ ||Gwi-nam||\n", "Who bites Cheong-san?", Position(1, 11)),
    ("Who bites Nam-ra? (ep 6) answer ||Gwi-nam||\n", "Who bites Nam-ra?", Position(1, 6)),
    ("**Round 1**\nQ: Which city? A: Hyosan\n**Round 3 (spoilers ep 6)**\nQ: Who bites Nam-ra? A: Gwi-nam\n",
     "Who bites Nam-ra?", Position(1, 6)),
])
def test_a_note_after_the_question_or_a_bold_round_heading_tags_it(upload: str, question: str, spoils: Position) -> None:
    assert _spoils(_text(upload))[question] == spoils


def test_a_bold_season_2_heading_holds_the_questions_below_it_to_season_2() -> None:
    held = _spoils(_read("b24_round_headings_season2.txt"))
    assert held["Who is the NIS team leader?"] >= Position(2, 1)
    assert held.get("Which city is the school in?", Position(0, 0)) < Position(2, 1)


@table(("answer", "answers"), [
    ("Park Ji-hu (accept: Park Jihu, Park Ji-hoo)", ("Park Ji-hu", "Park Jihu", "Park Ji-hoo")),
    ("Gwi-nam (or Yoon Gwi-nam)", ("Gwi-nam", "Yoon Gwi-nam")),
    ("12 (also accept twelve)", ("12", "twelve")),
    ("Gwi-nam (the bully)", ("Gwi-nam (the bully)",)),
    ("Seoul (or is it Hyosan?)", ("Seoul (or is it Hyosan?)",)),
])
def test_answers_accepted_in_brackets_are_more_answers_and_other_brackets_stay(answer: str, answers: tuple[str, ...]) -> None:
    assert _answers(_text(f"Q: Who?\nA: {answer}\n")) == {"Who?": answers}


def test_a_sheets_cell_accepting_more_answers_gives_each() -> None:
    upload = "question,answer\nWho plays Su-hyeok?,Lomon (accept: Park Solomon)\n"
    assert _answers(_text(upload)) == {"Who plays Su-hyeok?": ("Lomon", "Park Solomon")}


def test_a_bold_line_that_is_no_heading_is_still_refused_naming_it() -> None:
    assert "line 3" in _refusal(b"Q: Which city?\nA: Hyosan\n**Hyosan is made up**\n")


def test_every_unquoted_red_question_holding_a_colon_is_named() -> None:
    said = _refusal((SET / "b13_red_question_with_colon.yaml").read_bytes())
    assert "line 2" in said and "line 5" in said and "quotes" in said


def test_keycap_numbers_are_bullets_and_a_doubt_in_brackets_is_no_second_answer() -> None:
    upload = "1️⃣ Which city?\n✅ Hyosan (or was it Seoul)\n2️⃣ Who bites Nam-ra?\n✅ Gwi-nam (aka the bully)\n"
    assert _answers(_text(upload)) == {"Which city?": ("Hyosan (or was it Seoul)",),
                                       "Who bites Nam-ra?": ("Gwi-nam (aka the bully)",)}
