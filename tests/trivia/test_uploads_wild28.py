"""Uploads from the twenty-eighth blind set (bench/trivia_import.py --set wild28): hostile and messy uploads. A
header a sheet split over two rows by merged cells is read as one; a header row repeated mid-file (two exports
pasted together) is no question; a mention beside an answer is no part of what a player types."""

from __future__ import annotations

from bot.show import Position
from tests.table import table
from tests.trivia.uploads import answers, refusal, spoils, text


@table("upload", [
    "Quiz night\t\t\t\nQuestion\tAnswers\t\tSpoilers\n\tMain\tAlso accept\tUp to episode\nWho bites Nam-ra?\tGwi-nam\tYoon Gwi-nam\t6\n",
    "Question,Answers,,Episode\n,Main,Alt 1,\nWho bites Nam-ra?,Gwi-nam,Yoon Gwi-nam,6\n",
    "Pregunta\tRespuestas\t\t\n\tPrincipal\tTambién vale\tCapítulo\nWho bites Nam-ra?\tGwi-nam\tYoon Gwi-nam\t6\n",
])
def test_a_header_merged_over_two_rows_names_the_columns_under_it(upload: str) -> None:
    parsed = text(upload)
    assert answers(parsed) == {"Who bites Nam-ra?": ("Gwi-nam", "Yoon Gwi-nam")}
    assert spoils(parsed) == {"Who bites Nam-ra?": Position(1, 6)}


def test_a_row_under_the_header_missing_its_question_is_still_refused_naming_its_line() -> None:
    assert "line 2" in refusal(b"Question,Answer,Episode\n,Answer,ep 6\nWho kills Woo-jin?,Nam-ra,12\n")


def test_a_header_repeated_mid_file_is_left_out_with_a_warning_naming_its_line() -> None:
    parsed = text("\ufeffQuestion,Answer,Episode\nWho bites Nam-ra?,Gwi-nam,6\n"
                  "\ufeffQuestion,Answer,Episode\nWho kills Woo-jin?,Nam-ra,12\n")
    assert answers(parsed) == {"Who bites Nam-ra?": ("Gwi-nam",), "Who kills Woo-jin?": ("Nam-ra",)}
    assert any(w.startswith("line 3:") and "header" in w for w in parsed.warnings)


@table(("upload", "stored"), [
    ("Question\tAnswer\nWho is Ha-ri's brother?\t@everyone Woo-jin\n", ("Woo-jin",)),
    ("Who is Ha-ri's brother?:\n- Woo-jin <@123456789012345678>\n", ("Woo-jin",)),
    ("Who is Ha-ri's brother?:\n- '<@&222222222222222222> Jang Woo-jin'\n- '@here'\n", ("Jang Woo-jin", "@here")),
    ("Who is Ha-ri's brother?:\n- Woo-jin (@here)\n- 'Jang  Woo-jin'\n", ("Woo-jin", "Jang  Woo-jin")),
])
def test_a_mention_beside_an_answer_is_dropped_from_it_and_a_lone_one_kept(upload: str, stored: tuple[str, ...]) -> None:
    assert answers(text(upload)) == {"Who is Ha-ri's brother?": stored}
