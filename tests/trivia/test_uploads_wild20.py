"""Uploads from the twentieth blind set (bench/trivia_import.py --set wild20): lists readied for season 2's release
party before it is out. A season-2 note in any spelling is kept as written (bot/trivia/laterseason.py `ahead`), a
"SEASON 2" heading places the episodes below it (bot/trivia/episodelabels.py, labelled.py), a list headed for season
2 holds its unnoted questions to it (bot/trivia/tagging.py), and an answer naming one thing twice ("Jonas virus
(Jonas)", "On-jo/Onjo") accepts either name (bot/trivia/preparing.py)."""

from __future__ import annotations

from pathlib import Path

from bot.show import NOTHING, Position
from bot.trivia.laterseason import LaterSeason, said_season
from bot.trivia.preparing import either
from bot.trivia.tagging import tag_imported
from tests.table import table
from tests.trivia.uploads import answers as _answers
from tests.trivia.uploads import reader
from tests.trivia.uploads import refusal as _refusal
from tests.trivia.uploads import spoils as _spoils
from tests.trivia.uploads import text as _text

SET = Path(__file__).parent / "fixtures" / "imports_wild20"
_read = reader(SET.name)


@table(("name", "question", "position"), [
    ("q01_red_s2_comment_notes.yaml", "Who leads the NIS team that tracks the halfbies?", Position(2, 3)),
    ("q02_labelled_season2_ep_notes.txt", "Who is the popular student everyone follows?", Position(2, 3)),
    ("q02_labelled_season2_ep_notes.txt", "Who bites Nam-ra?", Position(1, 6)),
    ("q03_csv_episode_2x03.csv", "Who leads the NIS team?", Position(2, 3)),
    ("q04_csv_korean_season2.csv", "국정원 팀장은 누구인가요?", Position(2, 3)),
    ("q05_red_chinese_notes.yaml", "国情院的组长是谁？", Position(2, 3)),
    ("q05_red_chinese_notes.yaml", "谁咬了南罗？", Position(1, 6)),
    ("q06_spanish_T2E3.txt", "¿Quién dirige el equipo del NIS?", Position(2, 3)),
    ("q10_red_export_config_max_score.yaml", "Who is On-jo's senior at university?", Position(2, 2)),
    ("q11_quizbot_json_export.json", "Who leads the NIS team?", Position(2, 3)),
    ("q13_notion_markdown_table.md", "Who is On-jo's senior at university?", Position(2, 2)),
])
def test_a_season_2_note_is_kept_as_written_before_season_2_is_out(name: str, question: str, position: Position) -> None:
    assert _spoils(_read(name))[question] == position


@table("note", ["# S1E13", "# S3E1"])
def test_a_note_naming_an_episode_past_season_one_or_of_a_season_after_the_next_is_refused_naming_its_line(
        note: str) -> None:
    assert "line 1" in _refusal(f"{note}\nWho leads the NIS team?:\n- Han Du-seok\n".encode())


@table(("name", "question", "position"), [
    ("q07_mixed_seasons_headings.txt", "Who stays behind with flares in the gym?", Position(1, 11)),
    ("q07_mixed_seasons_headings.txt", "Who leads the NIS team?", Position(2, 3)),
    ("q24_red_season_heading_comments.yaml", "Who kills Woo-jin?", Position(1, 12)),
    ("q24_red_season_heading_comments.yaml", "Where does On-jo study now?", Position(2, 1)),
])
def test_an_episode_under_a_season_heading_is_that_seasons(name: str, question: str, position: Position) -> None:
    assert _spoils(_read(name))[question] == position


def test_a_question_under_a_season_2_heading_with_no_episode_is_held_to_all_of_it() -> None:
    parsed = _text("QUIZ\n\nSEASON 2\nQuestion: Where does On-jo study?\nAnswer: university\n")
    assert _spoils(parsed) == {"Where does On-jo study?": said_season("s2")}


@table("note", ["season 2 finale", "the last episode of season 2", "시즌2 마지막화"])
def test_a_later_seasons_finale_is_all_of_that_season(note: str) -> None:
    parsed = _text(f"Question,Answer,Spoils\nWho survives?,On-jo,{note}\n")
    assert _spoils(parsed) == {"Who survives?": said_season("s2")}


def _reads(text: str) -> Position:
    return Position(1, 6) if "Nam-ra" in text else NOTHING


def test_a_list_headed_for_season_2_holds_its_unnoted_questions_to_it() -> None:
    tagged = tag_imported(_read("q25_red_season2_list_header.yaml"), _reads, Position(1, 12), LaterSeason(["Yong Ma-ru"]))
    assert {q.spoils for q in tagged.questions} == {said_season("s2")}


def test_a_casting_question_in_a_list_headed_for_season_2_spoils_nothing() -> None:
    parsed = _text("# season 2 quiz\nWho plays On-jo?:\n- Park Ji-hu\nWho bites Nam-ra?:\n- Gwi-nam\n")
    tagged = {q.text: q.spoils for q in tag_imported(parsed, _reads, Position(1, 12), LaterSeason(["Yong Ma-ru"])).questions}
    assert tagged == {"Who plays On-jo?": NOTHING, "Who bites Nam-ra?": said_season("s2")}


def test_an_all_seasons_note_holds_its_question_to_the_last_episode() -> None:
    assert _spoils(_read("q09_red_all_seasons_note.yaml"))["Who kills Woo-jin?"] == Position(1, 12)


def test_a_google_forms_export_reads_the_question_and_answer_columns() -> None:
    parsed = _read("q12_google_form_responses.csv")
    assert _answers(parsed)["Who is On-jo's senior at university?"] == ("Yong Ma-ru",)
    assert not any("@" in q.text or any("@" in a for a in q.answers) for q in parsed.questions)


def test_a_question_typed_again_with_other_capitals_or_its_mark_spaced_is_kept_once() -> None:
    parsed = _read("q14_csv_duplicates_case_punctuation.csv")
    assert list(_answers(parsed)) == ["Who bites Nam-ra?", "Which city is the school in?"]
    assert any("line 3" in w for w in parsed.warnings) and any("line 4" in w for w in parsed.warnings)


@table(("answer", "also"), [
    ("Jonas virus (Jonas)", ["Jonas virus", "Jonas"]),
    ("Lee Byeong-chan (Mr. Lee)", ["Lee Byeong-chan", "Mr. Lee"]),
    ("On-jo/Onjo", ["On-jo", "Onjo"]),
    ("Paris (France)", []),
    ("Avatar (2009)", []),
    ("km/h", []),
    ("AC/DC", []),
])
def test_an_answer_naming_one_thing_twice_accepts_either_name(answer: str, also: list[str]) -> None:
    assert either([answer]) == also


def test_the_reply_says_questions_of_episodes_not_out_yet_wait_for_them() -> None:
    tagged = tag_imported(_read("q01_red_s2_comment_notes.yaml"), None, Position(1, 12))
    assert any("S2E1 to S2E5, not out yet" in w for w in tagged.warnings), tagged.warnings


@table("note", ["# 2x03", "# T2E3", "# temporada 2 episodio 3", "# ep 3 (season 2)", "# episode 3 of season 2",
                "# Season 2\n# ep 3", "# === SEASON 2 SPOILERS ===\n# ep 3"])
def test_a_red_note_of_a_season_2_episode_in_other_shapes_is_read(note: str) -> None:
    parsed = _text(f"{note}\nWho leads the NIS team?:\n- Han Du-seok\n")
    assert _spoils(parsed) == {"Who leads the NIS team?": Position(2, 3)}


def test_a_crossed_number_in_a_question_is_no_episode() -> None:
    parsed = _text("# 3x speed lol\nWhat is 2x3?:\n- '6'\n")
    assert _spoils(parsed) == {}


@table("upload", [
    "Question,Answer,Season,Episode\nWho leads the NIS team?,Han Du-seok,2,3\nWho bites Nam-ra?,Gwi-nam,1,6\n",
    '[{"question": "Who leads the NIS team?", "answer": "Han Du-seok", "season": 2, "episode": 3},'
    ' {"question": "Who bites Nam-ra?", "answer": "Gwi-nam", "season": "S1", "episode": 6}]',
    "| Question | Answer | Season | Ep |\n|---|---|---|---|\n| Who leads the NIS team? | Han Du-seok | S2 | 3 |\n"
    "| Who bites Nam-ra? | Gwi-nam | 1 | 6 |\n",
    "Question: Who leads the NIS team?\nAnswer: Han Du-seok\nSeason: 2\nEpisode: 3\n\n"
    "Question: Who bites Nam-ra?\nAnswer: Gwi-nam\nSeason: 1\nEpisode: 6\n",
])
def test_an_episode_beside_a_season_field_is_that_seasons(upload: str) -> None:
    assert _spoils(_text(upload)) == {"Who leads the NIS team?": Position(2, 3), "Who bites Nam-ra?": Position(1, 6)}


def test_a_season_2_row_with_no_episode_is_held_to_all_of_season_2() -> None:
    parsed = _text("Question,Answer,Season,Episode\nWhere does On-jo study?,university,2,\nWhich city?,Hyosan,1,\n")
    assert _spoils(parsed) == {"Where does On-jo study?": said_season("s2")}


@table(("header", "about"), [
    ("# Season 2 release party quiz\n", True),
    ("# 시즌2 퀴즈\n", True),
    ("# preguntas de la temporada 2\n", True),
    ("# AOUAD trivia, S2 coming soon!!\n", False),
    ("# S2 is out next week, here are some S1 questions\n", False),
])
def test_a_header_holds_the_list_to_season_2_only_when_it_says_the_list_is_about_it(header: str, about: bool) -> None:
    parsed = _text(f"{header}Who bites Nam-ra?:\n- Gwi-nam\n")
    tagged = tag_imported(parsed, _reads, Position(1, 12), LaterSeason(["Yong Ma-ru"]))
    assert (tagged.questions[0].spoils == said_season("s2")) is about
