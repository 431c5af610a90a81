"""Uploads from the fifteenth blind set (bench/trivia_import.py --set wild15): lists saved in a Windows encoding, read
when their text is plainly that one (bot/trivia/legacytext.py), notes saying a question spoils nothing in other
languages and an episode alone over a question (bot/trivia/episodelabels.py), quiz add-ons' lettered and numbered
choices (bot/trivia/tables.py), joiners inside Korean words (bot/trivia/listparts.py) and "A / B" answering a
question that asks for both (bot/trivia/preparing.py)."""

from __future__ import annotations

from pathlib import Path

from bot.show import NOTHING, Position
from bot.trivia.lists import parse_list
from bot.trivia.preparing import either
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild15"
_read = reader(SET.name)


@table(("name", "question", "answer", "named"), [
    ("n17_excel_cp949_korean.csv", "남라를 문 사람은?", "귀남", "CP949"),
    ("n19_red_notepad_cp949.yaml", "귀남이의 눈을 찌른 사람은?", "청산", "CP949"),
    ("n20_excel_shift_jis.csv", "ナムラを噛んだのは誰？", "グィナム", "Shift-JIS"),
    ("n21_excel_1252_curly.csv", "Who’s the actress playing Nam On-jo?", "Park Ji-hu", "Windows-1252"),
    ("n18_excel_cp949_one_korean_cell.csv", "What is the city called in Korean?", "효산", "CP949"),
    ("n23_windows_1251_russian.csv", "Кто кусает Нам-ра?", "Гви-нам", "Windows-1251"),
    ("../imports_wild16/p02_red_notepad_cp1253_greek.yaml", "Ποιος δαγκώνει τη Ναμ-ρα;", "Γκουι-ναμ", "Windows-1253"),
    ("../imports_wild16/p03_excel_cp874_thai.csv", "ใครกัดนัมรา?", "กวีนัม", "Windows-874"),
    ("../imports_wild16/p04_red_notepad_gbk_simplified.yaml", "谁咬了崔南罗？", "尹贵南", "GBK"),
    ("../imports_wild16/p24_gb18030_beyond_gbk.csv", "谁杀了张宇镇？", "崔南罗", "GB18030"),
    ("../imports_wild16/p05_excel_big5_traditional.csv", "誰咬了崔南羅？", "尹貴南", "Big5"),
    # a Chinese server's Notepad lists (scen43: both were refused, asking for UTF-8)
    ("饰演秀赫的演员是谁？:\n- 罗蒙\n第1季有几集？:\n- 12\n".encode("gbk"), "饰演秀赫的演员是谁？", "罗蒙", "GBK"),
    ("飾演秀赫的演員是誰？:\n- 羅蒙\n第1季有幾集？:\n- 12\n".encode("big5"), "飾演秀赫的演員是誰？", "羅蒙", "Big5"),
])
def test_a_list_saved_in_a_windows_encoding_is_read_whole_and_the_reply_names_it(
    name: str | bytes, question: str, answer: str, named: str
) -> None:
    parsed = _read(name) if isinstance(name, str) else parse_list(name, "mods")
    assert _answers(parsed)[question] == (answer,)
    assert any(named in w for w in parsed.warnings)


def test_western_text_that_also_decodes_as_korean_is_read_as_western_not_as_rare_hangul() -> None:
    parsed = _read("n22_excel_1252_apostrophes_only.csv")
    assert _answers(parsed)["What’s On-jo’s father’s job?"] == ("firefighter",)
    assert any("Windows-1252" in w for w in parsed.warnings)


@table("name", ["../imports_wild14/k14_bom_but_cp949.csv"])
def test_bytes_no_windows_encoding_reads_plausibly_are_refused_asking_for_utf8(name: str) -> None:
    assert "save it as UTF-8" in _refusal((SET / name).read_bytes())


@table("note", ["# spoiler-free", "# sin spoilers", "# spoilerfrei", "# ネタバレなし", "# Episode 0"])
def test_a_note_saying_nothing_is_spoiled_in_any_language_tags_the_question_as_none(note: str) -> None:
    parsed = _text(f"{note}\nWho plays Nam On-jo?:\n- Park Ji-hu\n# spoiler ep 6\nWho bites Nam-ra?:\n- Gwi-nam\n")
    assert _spoils(parsed)["Who plays Nam On-jo?"] == NOTHING


def test_an_episode_alone_in_a_note_over_a_question_tags_it() -> None:
    parsed = _text("# S1E4\nWho attacks Cheong-san's mother at the school?:\n- Gyeong-su\n")
    assert _spoils(parsed) == {"Who attacks Cheong-san's mother at the school?": Position(1, 4)}


def test_a_note_naming_a_season_2_episode_before_it_is_out_is_kept_for_the_release() -> None:
    assert _spoils(_read("n05_red_s2e1_note.yaml"))["Where does On-jo study now?"] == Position(2, 1)


def test_spoiler_free_cells_in_other_languages_are_read_as_none() -> None:
    parsed = _spoils(_read("n06_csv_spoiler_free_cells.csv"))
    assert parsed["Who drew the webtoon?"] == NOTHING and parsed["Who plays Choi Nam-ra?"] == NOTHING
    assert parsed["Who bites Nam-ra?"] == Position(1, 6)


@table(("name", "question", "answer"), [
    ("n11_addon_correct_letter.csv", "Which city is the school in?", "Hyosan"),
    ("n12_addon_correct_option_number.csv", "How many episodes does season 1 have?", "12"),
    ("n13_addon_correct_is_option_text_number.csv", "In which episode is Nam-ra bitten?", "6"),
    # wild19: choices in columns headed "A".."D" alone, the plain answer column naming the letter; a row with no
    # choices gives its answer as text
    ("../imports_wild19/q13_csv_multiple_choice.csv", "Which city is the school in?", "Hyosan"),
    ("../imports_wild19/q13_csv_multiple_choice.csv", "Who plays Nam On-jo?", "Park Ji-hu"),
])
def test_a_correct_answer_cell_naming_an_option_stands_for_that_options_text(name: str, question: str, answer: str) -> None:
    assert _answers(_read(name))[question] == (answer,)


def test_a_markdown_table_without_its_outer_bars_is_read_as_its_rows() -> None:
    assert _answers(_read("n10_markdown_table_no_edge_pipes.txt"))["Who bites Nam-ra?"] == ("Gwi-nam",)


def test_a_joiner_inside_a_korean_word_is_dropped_and_emoji_sequences_are_kept() -> None:
    parsed = _answers(_read("n15_zero_width_hangul_emoji.csv"))
    assert parsed["학교가 있는 도시는?"] == ("효산",)
    assert parsed["How many episodes in season 1? 1\ufe0f\u20e32\ufe0f\u20e3"] == ("12",)


def test_keys_differing_only_by_invisible_characters_are_one_question_the_first_kept() -> None:
    parsed = _read("n16_red_zero_width_duplicate_keys.yaml")
    assert _answers(parsed)["Who plays Nam On-jo?"] == ("Park Ji-hu",) and len(parsed.questions) == 3


@table(("question", "alternatives"), [
    ("Name both directors of season 1", []),
    ("Which two companies produced season 1?", []),
    ("Who plays Lee Su-hyeok?", ["Lee Jae-kyoo", "Kim Nam-su"]),
])
def test_a_slash_answer_to_a_question_asking_for_both_is_one_answer(question: str, alternatives: list[str]) -> None:
    assert either(["Lee Jae-kyoo / Kim Nam-su"], question) == alternatives


@table(("name", "question", "answers"), [
    ("../imports_wild16/p19_csv_control_characters.csv", "Who bites Nam-ra?", ("Gwi-nam",)),
    ("../imports_wild16/p21_red_spoiler_bar_breakers.yaml", "Who kills Woo-jin?", ("Nam-ra",)),
    ("../imports_wild16/p13_markdown_qa.md", "Who plays Nam On-jo?", ("Park Ji-hu",)),
    ("../imports_wild16/p22_json_bot_deep_nesting.json", "Which weapon does Ha-ri use?", ("bow and arrow", "bow")),
    # wild17: "Also accept" / "다른 정답" columns, a .tsv with no header, a right-to-left override, an answer of bars
    # alone, Quizizz's fill-in-the-blank (and its poll left out)
    ("../imports_wild17/p01_google_sheets_tsv_header.tsv", "Who kills Woo-jin?", ("Nam-ra", "Choi Nam-ra")),
    ("../imports_wild17/p03_csv_korean_header.csv", "학교 이름은?", ("효산고등학교", "효산고")),
    ("../imports_wild17/p02_google_sheets_tsv_commas_quotes.tsv", 'Who wrote the screenplay, "Chun" or "Kim"?',
     ("Chun Sung-il", "Cheon Seong-il")),
    ("../imports_wild17/p23_tsv_control_characters.tsv", "Which city is the school in?", ("Hyosan",)),
    ("../imports_wild17/p25_red_spoiler_bar_breakers.yaml", "Who bites Nam-ra?", ("Gwi-nam", "Yoon Gwi-nam")),
    ("../imports_wild17/p18_quizizz_export.csv", "What is the virus called?", ("Jonas", "Jonas virus")),
    # wild18: emphasis around a Markdown cell, Windows-1252 quotes pasted into UTF-8, "A || B" as two answers
    (b"Our list!\n\n| Question | Answer |\n|:---|:---|\n| Who bites Nam-ra? | **Gwi-nam** |\n| 2*3? | `6` |\n",
     "Who bites Nam-ra?", ("Gwi-nam",)),
    ("../imports_wild18/q25_utf8_with_cp1252_quotes.yaml", "What does Cheong-san’s mother run?",
     ("a chicken shop", "chicken restaurant")),
    ("../imports_wild18/q22_red_bars_in_question.yaml", "Who does ||Gwi-nam|| bite in the gym?",
     ("Cheong-san", "Lee Cheong-san")),
    (b"Question,Answer\r\nWho kills Woo-jin? #spoiler #ep12,Nam-ra\r\nWho is #1 in class?,On-jo\r\n",
     "Who kills Woo-jin?", ("Nam-ra",)),
    # wild19: Spanish, Portuguese and Japanese labels, " / " and "／" between alternatives
    ("../imports_wild19/q04_spanish_pregunta_respuesta.txt", "¿Quién muerde a Nam-ra?", ("Gwi-nam",)),
    ("../imports_wild19/q05_portuguese_pergunta_resposta.txt", "Qual é o nome do vírus?", ("vírus Jonas", "Jonas")),
    ("../imports_wild19/q03_japanese_labels_fullwidth.txt", "ギョンスに血のハンカチを使ったのは誰？", ("ナヨン", "イ・ナヨン")),
    ("../imports_wild19/q24_csv_slash_bracket_answers.csv", "Who runs the chicken shop?", ("Cheong-san's mother", "청산 엄마")),
    # review46b: halves of one thing round a spaced slash are one answer, not two that each win alone
    (b"Question: How often is the store open?\nAnswer: 24 / 7\n", "How often is the store open?", ("24/7",)),
    (b"1. Which band sang Highway to Hell? - AC / DC\n", "Which band sang Highway to Hell?", ("AC/DC",)),
    (b"Question,Answer\r\nWhat share of class 2-5 survives?,1 / 2\r\n", "What share of class 2-5 survives?", ("1/2",)),
])
def test_an_upload_keeps_what_a_member_sees_and_types_of_its_questions_and_answers(
    name: str | bytes, question: str, answers: tuple[str, ...]
) -> None:
    # wild16: control characters dropped, half-typed spoiler bars not an answer's, "**Q:**" labels read, and a
    # bot's export nested three deep read whole
    assert _answers(_read(name) if isinstance(name, str) else parse_list(name, "mods"))[question] == answers


@table(("name", "question", "episode"), [
    ("../imports_wild19/q03_japanese_labels_fullwidth.txt", "体育館で発煙筒を持って残ったのは誰？", 11),
    ("../imports_wild19/q03_japanese_labels_fullwidth.txt", "ギョンスに血のハンカチを使ったのは誰？", 3),
    ("../imports_wild19/q04_spanish_pregunta_respuesta.txt", "¿Quién mata a Woo-jin?", 12),
    ("../imports_wild19/q05_portuguese_pergunta_resposta.txt", "Quem mata Woo-jin?", 12),
    # review46b: an own episode line lower than the heading the question sits under is held to the heading
    (b"Episode 12\nQuestion: Who kills Woo-jin?\nEpisode: 1\nAnswer: Nam-ra\n", "Who kills Woo-jin?", 12),
])
def test_a_labelled_quiz_in_other_languages_asks_each_question_from_its_episode_line_or_heading(
    name: str | bytes, question: str, episode: int
) -> None:
    assert _spoils(_read(name) if isinstance(name, str) else parse_list(name, "mods"))[question] == Position(1, episode)


@table(("name", "said"), [
    ("../imports_wild19/q08_xlsx_renamed.txt", "export the sheet as CSV"),
    ("../imports_wild19/q09_ods_renamed.txt", "export the sheet as CSV"),
    # a Red list whose every question ends in '：' is one text to YAML: still each line is named
    ("../imports_wild19/q25_red_fullwidth_colon.yaml", "line 3: the question '学校がある街は？' ends with a full-width colon"),
])
def test_a_file_yaml_misreads_whole_is_refused_saying_what_it_is_and_its_fix(name: str, said: str) -> None:
    assert said in _refusal((SET / name).read_bytes())
