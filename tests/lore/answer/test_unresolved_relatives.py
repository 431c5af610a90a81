"""A relative asked for ("who plays onjo's boyfriend") whom the sources do not name: the answer is
about that relative ("I don't know", naming the relation, and for romance what the sources do say
of who has feelings for whom), never the anchor's own answer ("Nam On-jo is played by ...")."""

from __future__ import annotations

import functools
import re

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.show import Position
from tests.table import table

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


@functools.cache
def _engine() -> AnswerEngine:
    return AnswerEngine(bundled_pack(), index=None)


def _text(question: str, watched: int = 12) -> str:
    return render_text(_engine().answer(question), Position.legacy(watched))[0]


@table("question", [
    "who plays onjo's boyfriend",
    "who plays onjos boyfriend",  # the possessive typed without its apostrophe
    "who plays the boyfriend of onjo",
    "who plays onjo's bf",
    "who plays onjo's ex",
])
def test_an_unnamed_partner_is_never_the_anchor_herself(question: str) -> None:
    text = _text(question)
    assert "Nam On-jo is played by" not in text
    assert "Park Ji-hu" not in text


@table(("question", "word"), [
    ("who plays onjo's boyfriend", "boyfriend"),
    ("who plays onjo's bf", "boyfriend"),
    ("who plays onjo's girlfriend", "girlfriend"),
    ("who plays onjo's ex", "ex"),
])
def test_the_answer_names_the_relation_it_does_not_know(question: str, word: str) -> None:
    text = _text(question)
    assert "don't" in text and f"{word}" in text


def test_what_the_sources_do_say_of_her_feelings_follows() -> None:
    text = _text("who plays onjos boyfriend")
    assert "crush on Su-hyeok" in text and "Cheong-san is in love with" in text


def test_the_feelings_told_stay_hidden_before_they_are_watched() -> None:
    # Su-hyeok falls for Nam-ra (E7): before it, only tagged
    text = _text("who plays suhyeok's girlfriend", watched=1)
    assert "Nam-ra" not in SPOILER_SPAN.sub("", text)
    assert "Lee Su-hyeok is played by" not in text


def test_a_named_crush_is_still_followed() -> None:
    assert "Lomon" in _text("who plays onjo's crush")


def test_a_trait_no_source_mentions_is_no_profile() -> None:
    text = _text("is onjo vegan")
    assert "I don't know" in text and "closest thing" not in text
