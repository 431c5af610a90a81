"""Fast-typed fan wordings (ask53's blind set): Tagalog and a Japanese or Thai season-2 date, "X s2 confirmed?", "exact
episode X dies", "did X and Y die together", and a shop that "carries his name" carrying nobody."""

from __future__ import annotations

import re

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position
from tests.table import table

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


def _clear(engine: AnswerEngine, question: str, watched: int = 12) -> str:
    return SPOILER_SPAN.sub("", render_text(engine.answer(question), Position.legacy(watched))[0])


@table("question, expected", [("sino gumanap kay onjo", "Park Ji-hu"), ("sino ang gumaganap bilang gwinam", "Yoo In-soo"),
                              ("kelan lalabas ang season 2", "No release date for season 2 has been announced"),
                              ("シーズン2はいつ？", "No release date for season 2 has been announced"),
                              ("ซีซั่น 2 ออกเมื่อไหร่", "No release date for season 2 has been announced"),
                              ("ซีซั่น 2 มาเมื่อไหร่ครับ", "No release date for season 2 has been announced"),
                              ("who plays onjo ครับ", "Park Ji-hu")])
def test_tagalog_and_a_japanese_season_2_date_are_read(engine: AnswerEngine, question: str, expected: str) -> None:
    assert expected in _clear(engine, question, 0)


@table("question", ["オンジョ役は誰？", "シーズン2のキャストは？", "ซีซั่น 2", "มีซีซั่น 2 ไหม", "ใครเล่นเป็นอนโจ"])
def test_other_japanese_or_thai_gets_i_dont_know_never_an_answer_to_its_digits(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and "2-5" not in _clear(engine, question, 0)


@table("question, expected", [("ahn dong goo s2 confirmed?", "Ahn Dong-goo"), ("is kim si eun confirmed for season 2", "Yes."),
                              ("exact episode nayeon dies?", "episode 8"), ("did namra and onjo die together", "halfbie"),
                              ("did gwinam and cheongsan die together", "shaft")])
def test_loose_wordings_are_asked_as_meant(engine: AnswerEngine, question: str, expected: str) -> None:
    assert expected in _clear(engine, question), _clear(engine, question)


@table("question", ["who got carried", "the boy who got carried, whats his name"])
def test_the_boy_who_got_carried_is_never_the_one_a_shop_is_named_after(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "Joon-seong" in text and "Cheong-san" not in text, text
