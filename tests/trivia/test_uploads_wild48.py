"""Uploads from the forty-eighth blind set (bench/trivia_import.py --set wild48), with season 2's Part 1 out and Part 2
listed: a closing line announcing next week's quiz bounds nothing of this one; "1, parte 2:" rows and an unclosed
"(bonus: …" closing line import; a "Bonus: season 2!" heading under a season-1 title opens season 2; a question naming
"season 1" as its subject's past is asked of season 2; a season-1 question saying its episode is held to it."""

from __future__ import annotations

import datetime as dt

from bot.show import EpisodeInfo, Position, ShowShape
from bot.trivia.laterseason import from_season_one
from bot.trivia.lists import ListError, parse_list
from bot.trivia.model import TriviaList
from bot.trivia.titlespan import said_of_this_list
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


@table("closing", ["(next week: season 2 part 2 quiz!)", "(¡la próxima semana: temporada 2, parte 1 y 2! 🙌)",
                   "(다음 주: 시즌2 파트2 퀴즈!)", "(coming soon: season 2 part 2 trivia night)"])
def test_a_closing_line_announcing_next_weeks_quiz_leaves_a_season_one_quiz_in_season_one(closing: str) -> None:
    held = _held(f"AOUAD season 1 quiz\n1. Who locks the roof door? - ||Cheol-su||\n2. Who kills Woo-jin? - ||Nam-ra||\n{closing}\n")
    assert {p.season for p in held.values()} == {1}  # (fix117: each at its own episode, E7 and E12)


@table("closing", ["(next week's part 2 drops friday: these are all season 2 part 2 spoilers!!)",
                   "(coming soon part 2 — this list is season 2 part 2!)"])
def test_a_closing_line_announcing_more_but_bounding_this_list_still_bounds_it(closing: str) -> None:
    held = _held(f"AOUAD quiz\n1. Who is bitten on the bridge? - ||Su-hyeok||\n2. Who saves Jong-ah from the horde? - ||Ma-ru||\n{closing}\n")
    assert set(held.values()) == {Position(2, 12)}


def test_a_closing_line_naming_both_parts_still_holds_part_two_questions_to_part_two() -> None:
    held = _held("quiz de Estamos Muertos temporada 2\n¿Quién lidera el equipo del NIS? - ||Han Du-seok||\n"
                 "¿A quién muerden en el puente? - ||Cheong-san||\n(spoilers de la temporada 2, parte 1 y 2 🙏)\n")
    assert held["¿A quién muerden en el puente?"] == Position(2, 12)


@table("half", ["1, parte 2: ¿Y quién tira a Gwi-nam de la azotea?", "1, parte 2: E quem joga o Gwi-nam do terraço?",
                "1, part 2: And who throws Gwi-nam off the roof?"])
def test_a_questions_second_half_numbered_after_a_comma_is_imported_as_written(half: str) -> None:
    parsed = parse_list(f"AOUAD season 1 quiz\n1. Who locks the roof door? - ||Cheol-su||\n{half} - ||Nam-ra||\n"
                        "2. Who kills Woo-jin? - ||Nam-ra||\n".encode(), "mods")
    assert [q.text for q in parsed.questions] == ["Who locks the roof door?", half, "Who kills Woo-jin?"]


def test_a_closing_bonus_line_left_open_is_a_note_not_a_refusal() -> None:
    parsed = parse_list(b"AOUAD season 1 quiz\n1. Who kills Woo-jin? - ||Nam-ra||\n2. Who locks the roof door? - ||Cheol-su||\n"
                        b"(bonus: first to DM me the name of Cheong-san's mom's chicken shop wins a role!!\n", "mods")
    assert [q.text for q in parsed.questions] == ["Who kills Woo-jin?", "Who locks the roof door?"]


def test_a_bonus_heading_naming_season_two_under_a_season_one_title_opens_season_two() -> None:
    held = _held("AOUAD season 1 recap quiz\n1. Who kills Woo-jin? - ||Nam-ra||\n**Bonus: season 2!**\n"
                 "2. Who leads the NIS team? (ep 1) - ||Han Du-seok||\n3. Who is Cheong-san trapped with in the hospital lift? (ep 3) - ||Dae-su||\n")
    assert held == {"Who kills Woo-jin?": Position(1, 12), "Who leads the NIS team? (ep 1)": Position(2, 1),
                    "Who is Cheong-san trapped with in the hospital lift? (ep 3)": Position(2, 3)}


def test_a_bonus_row_with_its_answer_is_never_taken_for_a_heading() -> None:
    upload = ("AOUAD season 1 quiz\n1. Who locks the roof door? - ||Cheol-su||\n"
              "Bonus: name Cheong-san's mom's shop - ||Cheong-san Chicken||\n2. Who kills Woo-jin? - ||Nam-ra||\n")
    try:
        kept = [q.text for q in parse_list(upload.encode(), "mods").questions]
    except ListError:
        kept = None  # (refused naming the line: the moderator fixes it)
    assert kept is None or len(kept) == 3


def test_a_question_asking_of_a_season_one_survivor_is_asked_of_season_two() -> None:
    held = _held("1. Which season 1 survivor opens the gym door? (ep 4) - ||Su-hyeok||\n2. Who leads the NIS team? (ep 1) - ||Han Du-seok||\n")
    assert held["Which season 1 survivor opens the gym door? (ep 4)"] == Position(2, 4)


def test_season_one_named_as_a_title_or_an_episode_is_no_subjects_past() -> None:
    assert not from_season_one("AOUAD season 1 quiz")
    assert not from_season_one("Who dies at the end of season 1?")
    assert from_season_one("Which character from season 1 comes back?")


def test_in_a_list_telling_season_two_an_unread_question_naming_the_cast_is_held_to_the_season_as_listed() -> None:
    # (imports50: all of season 2 as listed while Part 2 is not out, it may be Part 2's; was held to what is out)
    held = _held("hyosan high trivia night\n1. Who leads the NIS team? - ||Han Du-seok||\n"
                 "2. Which season 1 survivor opens the gym door? - ||Su-hyeok||\n3. Who is trapped with Dae-su in the hospital lift? - ||Cheong-san||\n")
    assert held["Who is trapped with Dae-su in the hospital lift?"] == Position(2, 12)


def test_a_rows_part_two_in_an_untitled_list_telling_season_two_is_season_twos_part_two() -> None:
    held = _held("1. Who leads the NIS team? (ep 1) - ||Han Du-seok||\n2. Who is bitten on the bridge? (part 2) - ||Su-hyeok||\n")
    assert held["Who is bitten on the bridge? (part 2)"] == Position(2, 12)


@table("question, episode", [("What does Cheong-san call the outbreak in episode 2?", 2),
                             ("No episódio 3, quem infecta o Gyeong-su com um lenço?", 3),
                             ("Which teacher is bitten at the police station in ep 4?", 4)])
def test_a_season_one_question_saying_its_episode_is_held_to_that_episode(question: str, episode: int) -> None:
    held = _held(f"AOUAD season 1 quiz\n1. {question} - ||Na-yeon||\n2. Who kills Woo-jin? - ||Nam-ra||\n")
    assert held[question] == Position(1, episode)


def test_a_season_one_question_telling_what_comes_after_its_episode_stays_at_season_ones_end() -> None:
    held = _held("AOUAD season 1 quiz\n1. In episode 3, who later dies in the gym? - ||So-ju||\n2. Who kills Woo-jin? - ||Nam-ra||\n")
    assert held["In episode 3, who later dies in the gym?"] == Position(1, 12)


@table("padded", [" " * 4000, "(" + " " * 4000, "next " * 800, "season 1 " * 450, "1, " * 1300, "🧟" * 4000])
def test_the_new_readings_of_a_long_line_are_at_once(padded: str) -> None:
    said_of_this_list("(next week)")  # (the patterns compiled first)
    from_season_one("season 1 survivor")
    with read_at_once():
        said_of_this_list(padded)
        from_season_one(padded)
        _closed(f"AOUAD quiz\n1. Who kills Woo-jin? - ||Nam-ra||\n2. Who locks the roof door? - ||Cheol-su||\n{padded}\n")


def _closed(upload: str) -> None:
    """The upload read (refused or not: a line of padding under the questions may be either)."""
    try:
        parse_list(upload.encode(), "mods")
    except ListError:
        pass
