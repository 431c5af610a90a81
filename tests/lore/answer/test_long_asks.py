"""Long pasted questions (4,000 characters of spaces, tabs, emoji, "?" runs, a name repeated): read in time that grows
with their length, never its square, and answered as the same question typed short."""

from __future__ import annotations

from bot.lore.answer import AnswerEngine, prepare_question, render_text
from bot.lore.answer.foreign_glosses import gloss_foreign
from bot.lore.answer.season2_glosses import SEASON2_ROWS
from bot.show import Position
from tests.stall import read_at_once
from tests.table import table

_SPACES = " " * 4000


def _said(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(prepare_question(question)), Position.legacy(12))[0]


@table("text", [_SPACES, "who is" + _SPACES + "on-jo", "semua guru" + _SPACES + "mati?", "sino" + _SPACES + "po",
                "ent0 mati" + _SPACES + "gak sih", "\t \n" * 1300, "😭 " * 2000, "? " * 2000, "po " * 1300])
def test_a_long_run_of_spaces_is_glossed_at_once(text: str) -> None:
    gloss_foreign("quien muere")  # (its patterns compiled before the clock starts)
    with read_at_once():  # (a space run was searched from each of its spaces: 4,000 spaces took 1.3-1.5 s)
        gloss_foreign(text)


def test_a_space_run_leaves_the_gloss_as_one_space_leaves_it() -> None:
    assert gloss_foreign("semua guru" + _SPACES + "mati gak sih?") == gloss_foreign("semua guru mati gak sih?")
    assert gloss_foreign("cuándo sale la temporada 2" + _SPACES + "y" + _SPACES + "cuántos episodios tiene") == (
        gloss_foreign("cuándo sale la temporada 2 y cuántos episodios tiene"))


@table("long, short", [("semua guru" + _SPACES + "mati?", "semua guru mati?"),
                       ("who is" + _SPACES + "on-jo", "who is on-jo"),
                       ("se mueren todos los profes" + "?" * 400, "se mueren todos los profes?"),
                       ("sino" + _SPACES + "si gwinam po", "sino si gwinam po")])
def test_a_long_pasted_question_gets_the_short_questions_answer(engine: AnswerEngine, long: str, short: str) -> None:
    assert _said(engine, long) == _said(engine, short)


@table("text", [_SPACES, "😭💀 " * 1333, "¿" * 4000])
def test_the_season_two_delay_form_reads_a_long_text_without_its_words_at_once(text: str) -> None:
    delayed, english = SEASON2_ROWS[0]  # "dicen que la temporada 2 se atrasó": 4.3 s on 4,000 spaces (square) before
    assert delayed.sub(english, "dicen que la temporada 2 se atrasó") == "is la temporada 2 delayed"
    with read_at_once():
        assert delayed.sub(english, text) == text
