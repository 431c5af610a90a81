"""Uploads from the forty-ninth blind set (bench/trivia_import.py --set wild49), with season 2's Part 1 out and Part 2
listed: a closing line announcing the next quiz, season 1's too, and then saying this one was Part 2 holds its questions
to Part 2; one saying "no spoilers in this one" or opening on a bonus bounds nothing; a "Bonus: …? - ||…||" row is a
question and a bold "BONUS ROUND: who said it??" a heading; a title forbidding Part 2 ("sin spoilers de la parte 2")
holds nothing to it."""

from __future__ import annotations

import datetime as dt

from bot.show import EpisodeInfo, Position, ShowShape
from bot.trivia.lists import ListError, parse_list
from bot.trivia.titlespan import said_of_this_list
from bot.trivia.upload_reading import bundled_reading
from tests.stall import read_at_once
from tests.table import table

_DROPS = (dt.datetime(2026, 2, 27, 8, tzinfo=dt.UTC), dt.datetime(2026, 3, 27, 8, tzinfo=dt.UTC))
_SHOW = ShowShape.season_one()
_SHOW.add_episodes(2, [EpisodeInfo(2, n, None, _DROPS[n > 6]) for n in range(1, 13)])
_LAST = Position(2, 6)  # Part 1 out, Part 2 listed
_READING = bundled_reading()
_PART_2 = "AOUAD trivia night\n1. Who is bitten on the bridge? - ||Su-hyeok||\n2. Who saves Jong-ah from the horde? - ||Ma-ru||\n"
_SEASON_1 = "AOUAD season 1 quiz\n1. Who kills Woo-jin? - ||Nam-ra||\n2. Who locks the roof door? - ||Cheol-su||\n"


def _held(upload: str) -> dict[str, Position]:
    listed = _READING.ready(parse_list(upload.encode(), "mods", shape=_SHOW), _LAST, _SHOW)
    return {q.text: q.spoils for q in listed.questions}


@table("closing", [
    "(next week: season 1 rewatch quiz, tonight's was season 2 part 2)",
    "(la próxima semana: quiz de la temporada 1 para los nuevos; hoy fue la temporada 2, parte 2)",
    "(다음 주: 시즌1 정주행 퀴즈! 오늘은 시즌2 파트2였어요)",
    "(next week: season 1 rewatch! this one was season 2 part 2)",
    "(next week: Sweet Home trivia! tonight's was season 2 part 2)",
    "(next week: season 1 rewatch quiz! we did part 2 tonight)",
    "(next week: s1 rewatch, last night: s2 part 2)",
    "(next week: s1 rewatch, season 2 part 2 spoilers above)",
])
def test_a_closing_line_announcing_another_quiz_then_naming_this_ones_part_2_holds_it_to_part_2(closing: str) -> None:
    assert all(spoils >= Position(2, 12) for spoils in _held(_PART_2 + closing + "\n").values())


@table("closing", [
    "(next week: season 2 part 2 quiz!! no spoilers in this one, promise 🤞)",
    "(bonus: 시즌2 파트2 theories go in #theories 👀",
    "(bonus: season 2 part 2 predictions thread is pinned in #theories)",
])
def test_a_closing_line_about_another_quiz_or_a_bonus_leaves_a_season_one_quiz_in_season_one(closing: str) -> None:
    assert {p.season for p in _held(_SEASON_1 + closing + "\n").values()} == {1}


@table("closing", ["(bonus: these are all season 2 part 2 spoilers!!)", "(bonus: the last one is season 2 part 2!!)",
                    "(bonus: season 2 part 2 spoilers above, go to #theories for more)",
                    "(bonus: the last one was season 2 part 2, answers in #answers)"])
def test_a_bonus_closing_line_speaking_of_this_list_still_bounds_it(closing: str) -> None:
    assert set(_held(_PART_2 + closing + "\n").values()) == {Position(2, 12)}


@table("row", ["Bonus: who kills Woo-jin? - ||Nam-ra||", "Bonus question: who kills Woo-jin? - Nam-ra",
               "**Bonus:** who kills Woo-jin? - ||Nam-ra||"])
def test_a_bonus_row_asking_between_numbered_questions_is_imported_as_a_question(row: str) -> None:
    parsed = parse_list(f"AOUAD season 1 quiz\n1. Who locks the roof door? - ||Cheol-su||\n{row}\n"
                        "2. Who bites Cheong-san at the construction site? - ||Gwi-nam||\n".encode(), "mods")
    assert [list(q.answers) for q in parsed.questions] == [["Cheol-su"], ["Nam-ra"], ["Gwi-nam"]]
    assert parsed.questions[1].text.casefold().startswith("bonus")


@table("row", ["Pregunta extra: ¿quién mata a Woo-jin? - ||Nam-ra||", "Pergunta bônus: quem mata o Woo-jin? - ||Nam-ra||",
               "Soal bonus: siapa yang membunuh Woo-jin? - ||Nam-ra||", "보너스 문제: 우진이를 죽인 사람은? - ||Nam-ra||"])
def test_a_bonus_row_asking_in_another_language_is_imported_as_a_question(row: str) -> None:
    parsed = parse_list(f"AOUAD season 1 quiz\n1. Who locks the roof door? - ||Cheol-su||\n{row}\n".encode(), "mods")
    assert [(q.text, list(q.answers)) for q in parsed.questions][1] == (row.split(" - ")[0], ["Nam-ra"])


@table(("row", "episode"), [("1. ウジンを殺したのは？ - ||ナムラ||", 12), ("Bonus: ウジンを殺したのは？ - ||ナムラ||", 12),
                            ("1. 谁杀了宇镇？ - ||南罗||", 12), ("1. 誰殺了宇鎮？ - ||南羅||", 12), ("1. 宇镇被谁杀了？ - ||南罗||", 12),
                            ("1. ギョンスを殺したのは？ - ||ナヨン||", 3), ("1. 우진을 죽인 사람은? - ||남라||", 12)])
def test_a_season_one_question_asking_who_kills_someone_in_japanese_or_chinese_is_not_shown_to_everyone(row: str, episode: int) -> None:
    # (read surely as a death, an unmarked question is held to its episode: fix117, was season 1's end for all)
    assert list(_held(f"AOUAD season 1 quiz\n{row}\n").values()) == [Position(1, episode)]


def test_a_bold_bonus_round_heading_that_asks_is_a_heading() -> None:
    parsed = parse_list(b"AOUAD season 1 quiz\n1. Who is bitten protecting Su-hyeok? - ||Nam-ra||\n"
                        b"**BONUS ROUND: who said it??**\n2. Who calls the outbreak \"Train to Busan\"? - ||Cheong-san||\n", "mods")
    assert [q.text for q in parsed.questions] == ["Who is bitten protecting Su-hyeok?", 'Who calls the outbreak "Train to Busan"?']


def test_a_title_forbidding_part_2_holds_nothing_to_part_2() -> None:
    held = _held("Quiz de Estamos Muertos temporada 2 (solo parte 1, sin spoilers de la parte 2)\n"
                 "1. ¿Quién lidera el equipo del NIS? - ||Han Du-seok||\n2. ¿Quién abre la puerta del gimnasio? - ||Su-hyeok||\n")
    assert set(held.values()) == {_LAST}


@table("title", ["AOUAD S2 Part 2 quiz (no answers in chat pls)", "AOUAD season 2 part 2 quiz - no mercy",
                  "AOUAD S2 part 2 trivia, no googling!", "AOUAD S2 Part 2 quiz (no spoilers in chat pls)"])
def test_a_part_2_title_saying_no_to_something_else_still_holds_it_to_part_2(title: str) -> None:
    assert all(spoils >= Position(2, 12) for spoils in _held(title + _PART_2.removeprefix("AOUAD trivia night")).values())


def test_a_title_forbidding_part_2_spoilers_in_korean_holds_nothing_to_part_2() -> None:
    held = _held("지우학 시즌2 퀴즈 (파트2 스포 금지)\n1. Who leads the NIS team? - ||Han Du-seok||\n2. Who opens the gym door? - ||Su-hyeok||\n")
    assert set(held.values()) == {_LAST}


def test_a_title_bounding_the_list_to_part_2_still_holds_it_there() -> None:
    held = _held("AOUAD S2 quiz (up to ep 3 of part 2, no spoilers past it)\n1. Who is bitten on the bridge? - ||Su-hyeok||\n"
                 "2. Who saves Jong-ah from the horde? - ||Ma-ru||\n")
    assert all(spoils >= Position(2, 9) for spoils in held.values())


@table("padded", [" " * 4000, "(next week: " + " " * 4000, "(bonus: " + "🧟" * 4000, "(next week: " + "오늘 " * 1300,
                   "(bonus: #theories " + "!" * 4000 + "x spoilers", "(next week: " + ", " * 2000 + "spoilers",
                   "(next week: " + "!" * 20000 + "x", "3. Who? - ||x|| " + "(x) " * 1000 + " " * 4000 + "(ep 3)",
                   "3. ||" + "?" * 4000 + "|| - x", "3. Who? - " + "(" * 4000 + "ep 3)"])
def test_what_a_long_closing_line_says_of_this_list_is_read_at_once(padded: str) -> None:
    said_of_this_list("(next week)")  # (the patterns compiled first)
    with read_at_once():
        said_of_this_list(padded)
        _read(_SEASON_1 + padded + "\n")


def _read(upload: str) -> None:
    """The upload read (refused or not: a line of padding under the questions may be either)."""
    try:
        _held(upload)
    except ListError:
        pass


@table("row, answer, episode", [
    ("2. Who kills Woo-jin? - ||Nam-ra|| (ep 12)", "Nam-ra", Position(1, 12)),
    ("2. Who kills Woo-jin? ||Nam-ra|| (ep 12)", "Nam-ra", Position(1, 12)),
    ("2. Who is bitten in the science lab? - Hyun-ju (S1E1)", "Hyun-ju", Position(1, 1)),
    ("2. 誰がウジンを殺した？ - ||ナムラ||（12話）", "ナムラ", Position(1, 12)),
])
def test_an_episode_noted_after_a_dashed_answer_is_the_questions_episode_and_not_part_of_the_answer(
        row: str, answer: str, episode: Position) -> None:
    parsed = parse_list(f"AOUAD quiz\n1. Who locks the roof door? - ||Cheol-su||\n{row}\n".encode(), "mods")
    assert (parsed.questions[1].answers, parsed.questions[1].spoils) == ((answer,), episode)


@table("row", ["2. What year does the show take place? - 2022 (2)", "2. How many students reach the roof? - 3 (2 pts)",
               "2. Who is On-jo? - Cheong-san's friend (the girl next door)"])
def test_a_bracket_after_a_dashed_answer_that_names_no_episode_stays_in_the_answer(row: str) -> None:
    parsed = parse_list(f"AOUAD quiz\n1. Who locks the roof door? - ||Cheol-su||\n{row}\n".encode(), "mods")
    assert parsed.questions[1].answers == (row.split(" - ", 1)[1],)


@table("row", ["2. ||Who kills Woo-jin?|| - ||Nam-ra||", "2. ||Who kills Woo-jin?|| - Nam-ra"])
def test_a_question_in_a_moderators_spoiler_bars_is_imported_without_them(row: str) -> None:
    parsed = parse_list(f"AOUAD quiz\n1. Who locks the roof door? - ||Cheol-su||\n{row}\n".encode(), "mods")
    assert (parsed.questions[1].text, parsed.questions[1].answers) == ("Who kills Woo-jin?", ("Nam-ra",))
