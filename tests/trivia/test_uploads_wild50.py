"""Uploads from the fiftieth blind set (bench/trivia_import.py --set wild50), with season 2's Part 1 out and Part 2
listed: an unplaced season-2 question waits for all of the season as listed (it may be Part 2's), "(ep 7)" after an
answer under a season-2 title is that season's, a Korean title forbidding Part 2 spoilers still says the list is
season 2's, a "Bonus (ep 12): …?" row is a question, a Red key in spoiler bars is imported without them, a note after
an answer with an aside ("(ep 6... rip)") is its episode, and a season-1 quiz's own "part 1" is no season's part."""

from __future__ import annotations

import datetime as dt

from bot.show import EpisodeInfo, Position, ShowShape
from bot.trivia.lists import parse_list
from bot.trivia.upload_reading import bundled_reading
from tests.stall import read_at_once
from tests.table import table

_DROPS = (dt.datetime(2026, 2, 27, 8, tzinfo=dt.UTC), dt.datetime(2026, 3, 27, 8, tzinfo=dt.UTC))
_SHOW = ShowShape.season_one()
_SHOW.add_episodes(2, [EpisodeInfo(2, n, None, _DROPS[n > 6]) for n in range(1, 13)])
_OUT = Position(2, 6)  # Part 1 out, Part 2 listed
_LISTED = Position(2, 12)
_READING = bundled_reading()


def _held(upload: str) -> dict[str, Position]:
    listed = _READING.ready(parse_list(upload.encode(), "mods", shape=_SHOW), _OUT, _SHOW)
    return {q.text: q.spoils for q in listed.questions}


def test_an_untitled_season_2_question_waits_for_the_season_as_listed_while_part_2_is_not_out() -> None:
    held = _held("1. Who saves Jong-ah from the horde? - ||Ma-ru||\n2. Who leads the NIS team? - ||Han Du-seok||\n")
    assert set(held.values()) == {_LISTED}


@table("title", ["AOUAD S2 Part 1 quiz", "AOUAD S2 quiz (part 1 only)"])
def test_a_list_titled_for_part_1_holds_its_unplaced_season_2_questions_to_what_is_out(title: str) -> None:
    assert set(_held(f"{title}\n1. Who leads the NIS team? - ||Han Du-seok||\n").values()) == {_OUT}


def test_a_list_marking_its_part_2_rows_holds_its_unmarked_season_2_rows_to_what_is_out() -> None:
    held = _held("AOUAD trivia\n1. Who leads the NIS team? - ||Han Du-seok||\n"
                 "2. In part 2, who saves Jong-ah from the horde? - ||Ma-ru||\n")
    assert held["Who leads the NIS team?"] == _OUT


def test_a_question_whose_answer_names_the_cast_in_a_season_2_list_is_not_shown_to_everyone() -> None:
    held = _held("1. Who saves Jong-ah from the horde? - ||Ma-ru||\n2. Who leads the NIS team? - ||Han Du-seok||\n"
                 "3. Who is bitten on the bridge? - ||Su-hyeok||\n")
    assert held["Who is bitten on the bridge?"] == _LISTED


def test_a_korean_title_forbidding_part_2_spoilers_still_holds_its_season_2_questions() -> None:
    held = _held("지우학 시즌2 파트2 스포 금지\n1. Who leads the NIS team? - ||Han Du-seok||\n2. Who opens the gym door? - ||Su-hyeok||\n")
    assert all(spoils >= _OUT for spoils in held.values())


@table("row", ["1. ¿A quién muerden en el puente? - ||Su-hyeok|| (ep 7)", "Q: ¿A quién muerden en el puente?\nA: Su-hyeok\nEpisodio: 7"])
def test_an_episode_noted_after_an_answer_under_a_season_2_title_is_that_seasons(row: str) -> None:
    assert list(_held(f"Estamos Muertos T2 quiz\n{row}\n").values()) == [Position(2, 7)]


@table("row", ["Bonus (ep 12): who kills Woo-jin? - Nam-ra", "Bonus (2 pts): who kills Woo-jin? - ||Nam-ra||"])
def test_a_bonus_row_with_a_bracket_before_its_colon_is_imported_as_a_question(row: str) -> None:
    parsed = parse_list(f"AOUAD season 1 quiz\n1. Who locks the roof door? - ||Cheol-su||\n{row}\n".encode(), "mods")
    assert [(q.text, list(q.answers)) for q in parsed.questions][1] == (row.split(" - ")[0], ["Nam-ra"])


def test_a_red_key_in_spoiler_bars_is_imported_without_them() -> None:
    parsed = parse_list(b'"||Who kills Woo-jin?||":\n- Nam-ra\nWho locks the roof door?:\n- Cheol-su\n', "mods")
    assert [q.text for q in parsed.questions] == ["Who kills Woo-jin?", "Who locks the roof door?"]


@table("row, answer, episode", [
    ("2. Who is bitten protecting Su-hyeok? - ||Nam-ra|| (ep 6... rip)", "Nam-ra", Position(1, 6)),
    ("2. Who kills Woo-jin? - Nam-ra (ep 12 😭)", "Nam-ra", Position(1, 12)),
])
def test_an_episode_opening_a_note_after_an_answer_is_the_questions_episode(row: str, answer: str, episode: Position) -> None:
    parsed = parse_list(f"AOUAD quiz\n1. Who locks the roof door? - ||Cheol-su||\n{row}\n".encode(), "mods")
    assert (parsed.questions[1].answers, parsed.questions[1].spoils) == ((answer,), episode)


@table("row", ["2. Who is On-jo? - Cheong-san's friend (ep 1 of my rewatch was today)", "2. Who plays On-jo? - Park Ji-hu (ep 1 star)"])
def test_a_note_after_an_answer_that_goes_on_past_an_episode_stays_in_the_answer(row: str) -> None:
    parsed = parse_list(f"AOUAD quiz\n1. Who locks the roof door? - ||Cheol-su||\n{row}\n".encode(), "mods")
    assert parsed.questions[1].answers == (row.split(" - ", 1)[1],)


def test_a_season_1_quizs_own_part_named_in_its_closing_line_holds_nothing_to_season_2() -> None:
    held = _held("AOUAD season 1 quiz (part 1 of 2)\n1. Who locks the roof door? - ||Cheol-su||\n"
                 "2. Who stabs Gwi-nam in the eye in the library? - ||Cheong-san||\n"
                 "(next week: part 2 of this quiz! tonight was part 1)\n")
    assert max(held.values()) <= Position(1, 12)


@table("padded", ["2. Who? - x (ep 1" + " " * 4000 + ")", "2. Who? - x (ep 1" + "." * 4000 + ")",
                   "Bonus (" + "(" * 4000 + "): who? - x", "Bonus " + "(x) " * 1000 + ": who? - x"])
def test_long_notes_and_bonus_rows_are_read_at_once(padded: str) -> None:
    with read_at_once():
        try:
            parse_list(f"AOUAD quiz\n1. Who locks the roof door? - ||Cheol-su||\n{padded}\n".encode(), "mods")
        except Exception:  # (refused or not: only the time it takes is asserted)
            pass


def test_who_is_the_one_bitten_in_a_season_2_list_is_not_shown_to_everyone() -> None:
    held = _held("1. Who is the one bitten on the bridge? - ||Su-hyeok||\n2. Who leads the NIS team? - ||Han Du-seok||\n")
    assert held["Who is the one bitten on the bridge?"] == _LISTED  # (review69d: was 0, asked in every channel)


def test_who_the_class_president_is_in_a_season_2_list_is_asked_everywhere() -> None:
    held = _held("1. Who is the class president? - Nam-ra\n2. Who leads the NIS team? - ||Han Du-seok||\n")
    assert held["Who is the class president?"] == Position(0, 0)


@table("title", ["今、私たちの学校は 2期 クイズ", "今、私たちの学校は 2期 ネタバレ注意"])
def test_a_japanese_title_naming_the_2nd_season_as_2ki_holds_its_questions(title: str) -> None:
    held = _held(f"{title}\n1. Who opens the gym door? - ||Su-hyeok||\n")
    assert all(spoils >= _OUT for spoils in held.values())  # (review69d: was 0, asked in every channel)
