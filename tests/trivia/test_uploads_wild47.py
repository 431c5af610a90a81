"""Uploads from the forty-seventh blind set (bench/trivia_import.py --set wild47), with season 2's Part 1 out and Part 2
listed: a season-1 quiz's own "part 2" holds its unplaced questions to season 1's end, never to what is out of season 2;
a closing line naming another show's season or part bounds nothing of ours; a Thai quiz of the show is held, never
asked at 0; a numbered list's closing line in brackets is a note."""

from __future__ import annotations

import datetime as dt

from bot.show import EpisodeInfo, Position, ShowShape
from bot.trivia.laterseason import first_season_titled
from bot.trivia.lists import parse_list
from bot.trivia.model import TriviaList
from bot.trivia.upload_reading import bundled_reading
from tests.stall import read_at_once
from tests.table import table

_DROPS = (dt.datetime(2026, 2, 27, 8, tzinfo=dt.UTC), dt.datetime(2026, 3, 27, 8, tzinfo=dt.UTC))
_SHOW = ShowShape.season_one()
_SHOW.add_episodes(2, [EpisodeInfo(2, n, None, _DROPS[n > 6]) for n in range(1, 13)])
_LAST = Position(2, 6)  # Part 1 out, Part 2 listed
_READING = bundled_reading()


def _imported(upload: str) -> TriviaList:
    return _READING.ready(parse_list(upload.encode(), "mods", shape=_SHOW), _LAST, _SHOW)


def _held(upload: str) -> dict[str, Position]:
    return {q.text: q.spoils for q in _imported(upload).questions}


@table("title", ["AOUAD season 1 quiz 🧟", "Kuis AOUAD musim 1 - bagian 2 (lanjutan)", "Đố vui Ngôi trường xác sống mùa 1 phần 2",
                 "Quiz AOUAD - 1ª temporada, parte 2 (eps finais)", "지우학 시즌1 2부 퀴즈", "AOUAD season 1 trivia night"])
def test_a_season_one_quizs_questions_are_held_within_season_one(title: str) -> None:
    # (fix117: events the lexicon places surely keep their own episode, E9 and E12; were both S1E12)
    held = _held(f"{title}\n1. Who throws Gwi-nam off the roof? - ||Nam-ra||\n2. Who kills Woo-jin? - ||Nam-ra||\n")
    assert held == {"Who throws Gwi-nam off the roof?": Position(1, 9), "Who kills Woo-jin?": Position(1, 12)}


@table("title", ["AOUAD season 1 & 2 quiz", "AOUAD seasons 1 and 2", "S2 countdown: season 1 recap", "temporada 1 y 2"])
def test_a_title_naming_a_later_season_beside_season_one_holds_as_before(title: str) -> None:
    held = _held(f"{title}\n1. Who throws Gwi-nam off the roof? - ||Nam-ra||\n")
    # (fix117: the lexicon places the roof fight surely, E9: never S1E7 nor 0; was the last episode out)
    assert held["Who throws Gwi-nam off the roof?"] == Position(1, 9)


def test_a_newcomers_question_under_a_season_one_title_is_still_held_to_season_two() -> None:
    held = _held("AOUAD season 1 quiz\n1. Who kills Woo-jin? - ||Nam-ra||\n2. Who saves Jong-ah from the horde? - ||Ma-ru||\n")
    assert held["Who saves Jong-ah from the horde?"] > Position(1, 12)


def test_a_thai_quiz_of_the_show_is_held_not_asked_at_once() -> None:
    held = _held("ควิซ มัธยมซอมบี้ ซีซั่น 1\n1. ใครฆ่าอูจิน? - ||นัมรา||\n2. ใครเสียสละตัวเองเพื่อพาทุกคนออกจากโรงยิม? - ||โซจู||\n")
    assert set(held.values()) == {Position(1, 12)}


def test_a_thai_question_saying_lets_find_out_under_the_shows_title_is_asked_at_once() -> None:
    held = _held("ควิซ มัธยมซอมบี้\n1. มารู้กัน: ซีรีส์นี้มีกี่ตอน? - ||12||\n2. ใครฆ่าอูจิน? - ||นัมรา||\n")
    assert held["มารู้กัน: ซีรีส์นี้มีกี่ตอน?"] == Position(0, 0)
    assert held["ใครฆ่าอูจิน?"] >= Position(1, 12)  # (Woo-jin named: still held)


def test_cheong_sans_train_to_busan_line_asked_is_his_second_episode_at_least() -> None:
    held = _held("AOUAD quiz\n1. What does Cheong-san call the outbreak in the classroom? - ||Train to Busan||\n")
    assert held["What does Cheong-san call the outbreak in the classroom?"] >= Position(1, 2)


@table("closing", ["(next week: Squid Game season 2 part 1 night!)", "(la semana que viene: quiz de Sweet Home temporada 3, parte 1)"])
def test_a_closing_line_naming_another_shows_part_bounds_none_of_ours(closing: str) -> None:
    held = _held(f"AOUAD season 2 quiz (both parts)\n1. Who leads the NIS team? (ep 1) - ||Han Du-seok||\n"
                 f"2. Who is bitten on the bridge? (part 2) - ||Su-hyeok||\n{closing}\n")
    assert held == {"Who leads the NIS team? (ep 1)": Position(2, 1), "Who is bitten on the bridge? (part 2)": Position(2, 12)}


def test_a_numbered_lists_closing_line_in_brackets_is_a_note_not_a_question() -> None:
    parsed = parse_list(b"AOUAD quiz\n1. Who kills Woo-jin? - ||Nam-ra||\n2. Who locks the roof door? - ||Cheol-su||\n"
                        b"(have fun and no spoilers in #general!!)\n", "mods")
    assert [q.text for q in parsed.questions] == ["Who kills Woo-jin?", "Who locks the roof door?"]


@table("padded", [" " * 4000, "시즌" * 2000, "ซีซั่น 1" * 500, "🧟" * 4000, "season 1 & " * 360, "mùa 1 phần 2 " * 300,
                  "AOUAD season 1" + " " * 4000 + "quiz", "AOUAD season 1 -" + " " * 4000 + "quiz"])
def test_a_long_title_is_read_for_season_one_at_once(padded: str) -> None:
    first_season_titled("season 1")  # (the pattern compiled first)
    with read_at_once():
        first_season_titled(padded)


def test_a_bound_naming_season_two_over_a_numbered_first_question_is_no_season_one_title() -> None:
    held = _held("Quiz Estamos Mortos 🧟 spoilers até o ep 6 da 2ª temporada\n1. Quem lidera a equipe do NIS? - ||Han Du-seok||\n"
                 "2. Quem abre a porta do ginásio? - ||Su-hyeok||\n")
    assert held["Quem abre a porta do ginásio?"] >= Position(2, 4)
