"""A Korean name typed with what follows it (bot/lore/name_particles.py)."""

from __future__ import annotations

from bot.lore.name_particles import without_particle
from tests.table import table


@table(("typed", "name"), [("청산이", "청산"), ("온조야", "온조"), ("귀남이가", "귀남"), ("수혁이는", "수혁"),
                                             ("나연이랑", "나연"), ("온조한테", "온조")])
def test_a_name_with_its_particle_reads_as_the_name(typed: str, name: str) -> None:
    assert without_particle(typed) == name


@table("typed", ["남라", "하리", "cheongsan", "청산이 봐", ""])
def test_a_bare_name_a_latin_name_or_a_sentence_is_left_alone(typed: str) -> None:
    assert without_particle(typed) is None


@table(("typed", "name"), [("cheong-san (the main guy)", "cheong-san"), ("who is onjo", "onjo"),
                                             ("who's gwinam?", "gwinam"), ("온조 ㅠㅠ", "온조"), ("tell me about namra", "namra"),
                                             ("온조ㅋㅋ", "온조"), ("청ㅅ", "청ㅅ")])
def test_what_is_said_around_a_name_is_read_past(typed: str, name: str) -> None:
    from bot.lore.name_particles import name_typed

    assert name_typed(typed) == name


def test_a_text_that_is_only_a_remark_is_kept_as_typed() -> None:
    from bot.lore.name_particles import name_typed

    assert name_typed("(the main guy)") == "(the main guy)"
