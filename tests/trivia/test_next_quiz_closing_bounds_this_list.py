"""A closing line that announces next week's quiz and then says what this list was ("(next week: season 2 finale quiz!
this week was season 2 part 2)", "… today's was all season 2 part 2", "…; hoy fue la parte 2 entera") still holds this
list's Part 2 questions to Part 2: never shown in the clear to fans who have not seen it (review67b, under-gating of
imports48's closing line announcing the next quiz)."""

from __future__ import annotations

import datetime as dt

from bot.show import EpisodeInfo, Position, ShowShape
from bot.trivia.lists import parse_list
from bot.trivia.upload_reading import bundled_reading
from tests.table import table

_DROPS = (dt.datetime(2026, 2, 27, 8, tzinfo=dt.UTC), dt.datetime(2026, 3, 27, 8, tzinfo=dt.UTC))
_SHOW = ShowShape.season_one()
_SHOW.add_episodes(2, [EpisodeInfo(2, n, None, _DROPS[n > 6]) for n in range(1, 13)])
_READING = bundled_reading()
_PART_2_QUIZ = "AOUAD quiz\n1. Who is bitten on the bridge? - ||Su-hyeok||\n2. Who saves Jong-ah from the horde? - ||Ma-ru||\n"


def _held(upload: str) -> dict[str, Position]:
    listed = _READING.ready(parse_list(upload.encode(), "mods", shape=_SHOW), Position(2, 6), _SHOW)
    return {q.text: q.spoils for q in listed.questions}


@table("closing", [
    "(next week: season 2 finale quiz! this week was season 2 part 2)",
    "(next week: more part 2! today's was all season 2 part 2)",
    "(coming up next: season 2 part 2 quiz — today's covered season 2 part 2 too)",
    "(next week: more part 2, tonight's was season 2 part 2)",
    "(next week: the finale quiz! we did season 2 part 2)",
])
def test_a_closing_line_announcing_the_next_quiz_then_naming_this_ones_part_2_holds_its_questions_to_part_2(closing: str) -> None:
    assert set(_held(_PART_2_QUIZ + closing + "\n").values()) == {Position(2, 12)}


def test_a_spanish_closing_line_announcing_the_next_quiz_then_naming_todays_part_2_holds_it_to_part_2() -> None:
    held = _held("quiz de Estamos Muertos\n1. ¿A quién muerden en el puente? - ||Su-hyeok||\n"
                 "2. ¿Quién salva a Jong-ah de la horda? - ||Ma-ru||\n"
                 "(la próxima semana: más de la temporada 2, parte 2; hoy fue la parte 2 entera)\n")
    assert set(held.values()) == {Position(2, 12)}


def test_a_closing_line_only_announcing_next_weeks_quiz_still_leaves_a_season_one_quiz_in_season_one() -> None:
    held = _held("AOUAD season 1 quiz\n1. Who locks the roof door? - ||Cheol-su||\n2. Who kills Woo-jin? - ||Nam-ra||\n"
                 "(next week: season 2 part 2 quiz! bring snacks lol)\n")
    assert held == {"Who locks the roof door?": Position(1, 7), "Who kills Woo-jin?": Position(1, 12)}  # (each its own, fix117)

