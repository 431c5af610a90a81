"""Uploads from the twenty-fifth blind set (bench/trivia_import.py --set wild25): lists brought from other bots and
tools. Anki's text export (bot/trivia/ankitext.py) and Quizlet's cards on one line are read as tables; Kahoot's template
in Spanish numbers its right choices; a Google Forms quiz copied from its page (bot/trivia/noteshapes.py), "問1　" and
"Soal 1 (spoiler eps 6):" labels, lettered choices, an answer on the line below or after '||', "**Q1.**" and a numbered
list that lost its line breaks are read as labelled questions (bot/trivia/labelled.py)."""

from __future__ import annotations

from pathlib import Path

from bot.show import Position
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild25"
_read = reader(SET.name)


def test_an_anki_export_leaves_its_header_html_sounds_and_tags_out() -> None:
    parsed = _read("a03_anki_html_sound.txt")
    assert _answers(parsed) == {"Who plays Nam On-jo?": ("Park Ji-hu",), "Which city is the school in?": ("Hyosan",),
                                "Which weapon does Jang Ha-ri use?": ("bow and arrow",),
                                "Who creates the Jonas virus? (a teacher)": ("Lee Byeong-chan",)}


def test_an_anki_export_with_its_deck_column_first_reads_front_and_back() -> None:
    upload = "#separator:Semicolon\n#html:false\n#deck column:1\nAOUAD;Who bites Nam-ra?;Gwi-nam\nAOUAD;Which city?;Hyosan\n"
    assert _answers(_text(upload)) == {"Who bites Nam-ra?": ("Gwi-nam",), "Which city?": ("Hyosan",)}


def test_quizlet_cards_separated_by_semicolons_on_one_line_are_each_a_question() -> None:
    assert len(_read("a04_quizlet_semicolon_rows.txt").questions) == 4


@table("header", ["Respuesta(s) correcta(s)", "Resposta(s) correta(s)", "Bonne(s) réponse(s)"])
def test_kahoots_template_in_another_language_answers_the_choices_it_numbers(header: str) -> None:
    upload = f"Question,Answer 1,Answer 2,Answer 3,Time limit,{header}\nWho survives?,On-jo,Gwi-nam,Su-hyeok,30,\"1,3\"\n"
    assert _answers(_text(upload)) == {"Who survives?": ("On-jo", "Su-hyeok")}


def test_a_google_forms_quiz_copied_from_its_page_takes_the_correct_answer_and_leaves_the_choices() -> None:
    assert _answers(_read("a06_google_forms_quiz_copied.txt")) == {
        "Which city is the school in?": ("Hyosan",), "Who plays Nam On-jo?": ("Park Ji-hu",),
        "Which weapon does Jang Ha-ri use?": ("A bow and arrow",)}


@table(("upload", "question", "answer"), [
    ("問1　学校がある都市は？\n答え：「ヒョサン」\n", "学校がある都市は？", ("ヒョサン",)),
    ("第2問 オンジョを演じた俳優は？\n答え：『パク・ジフ』\n", "オンジョを演じた俳優は？", ("パク・ジフ",)),
    ("Soal 1: Di kota mana sekolahnya?\nJawaban: Hyosan\n", "Di kota mana sekolahnya?", ("Hyosan",)),
    ("Pertanyaan: Siapa pemeran On-jo?\nJawab: Park Ji-hu\n", "Siapa pemeran On-jo?", ("Park Ji-hu",)),
])
def test_japanese_and_indonesian_labels_are_read_and_corner_quotes_round_an_answer_are_not_kept(
    upload: str, question: str, answer: tuple[str, ...]
) -> None:
    assert _answers(_text(upload)) == {question: answer}


@table(("upload", "question", "spoils"), [
    ("Soal 3 (spoiler eps 6): Siapa yang menggigit Nam-ra?\nJawaban: Gwi-nam\n", "Siapa yang menggigit Nam-ra?", Position(1, 6)),
    ("Question (ep 3): Who infects Gyeong-su?\nAnswer: Na-yeon\n", "Who infects Gyeong-su?", Position(1, 3)),
    ("Q1 [S2E1]: Who is On-jo's senior?\nA: Ma-ru\n", "Who is On-jo's senior?", Position(2, 1)),
])
def test_an_episode_noted_in_brackets_in_a_question_label_tags_it(upload: str, question: str, spoils: Position) -> None:
    assert _spoils(_text(upload)) == {question: spoils}


def test_a_label_note_that_names_no_episode_stays_in_the_question() -> None:
    assert _answers(_text("Q1 (2 pts): Which city?\nA: Hyosan\n")) == {"(2 pts) Which city?": ("Hyosan",)}


@table(("upload", "answer"), [
    ("1. Which city?\nA) Seoul B) Hyosan C) Busan\nanswer: B\n", ("Hyosan",)),
    ("1. Which city?\na. Seoul\nb. Hyosan\nAnswer: (b)\n", ("Hyosan",)),
    ("1. Which city?\nA) Seoul B) Hyosan\nAnswer: Hyosan\n", ("Hyosan",)),
    ("1. Which city?\nA) Seoul\nB) Hyosan\nAnswer: B) Hyosan\n", ("Hyosan",)),
])
def test_a_lettered_answer_is_the_text_of_the_choice_it_letters(upload: str, answer: tuple[str, ...]) -> None:
    assert _answers(_text(upload)) == {"Which city?": answer}


@table("upload", [
    "Q1: Which city is the school in?\nHyosan\n\nQ2: Who plays On-jo?\nPark Ji-hu\n",
    "1. Which city is the school in?\n- Hyosan\n2. Who plays On-jo?\n- Park Ji-hu\n- Park Jihu\n",
    "Which city is the school in? || Hyosan\nWho plays On-jo? ||Park Ji-hu||\n",
    "**Q1.** Which city is the school in?\n**A:** ||Hyosan||\n**Q2.** Who plays On-jo?\n**A:** Park Ji-hu\n",
    "1. Which city is the school in? Hyosan 2. Who plays On-jo? Park Ji-hu\n",
    "Q1: Which city is the school in? Answer: Hyosan Q2: Who plays On-jo? Answer: Park Ji-hu\n",
])
def test_numbered_questions_answered_below_after_bars_or_in_one_paragraph_are_read(upload: str) -> None:
    parsed = _answers(_text(upload))
    assert parsed["Which city is the school in?"] == ("Hyosan",) and parsed["Who plays On-jo?"][0] == "Park Ji-hu"


@table("upload", [
    "Q1: Which city is the school in?\nHyosan\nit is made up btw\n\nQ2: Who plays On-jo?\nPark Ji-hu\n",
    "1. Which city is the school in? Hyosan 3. Who plays On-jo? Park Ji-hu\n",
])
def test_a_second_plain_line_or_numbers_out_of_turn_are_never_guessed_answers(upload: str) -> None:
    assert "line" in _refusal(upload.encode())


def test_a_red_key_numbered_over_its_answers_stays_reds() -> None:
    assert _answers(_text("1. Which city is the school in?:\n- Hyosan\n")) == {"1. Which city is the school in?": ("Hyosan",)}
