"""A production question that names no season, where fans mean either: "when did they finish
filming" is answered for both seasons, season 2's wrap (the tracked news) and season 1's (what the
sources say of it, as sure as they are), never one season's answer alone as if it were the show's."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.phases import end_asked
from bot.lore.answer.result import Answer, Part

_FILMING = compile_later(r"\b(?:film\w*|shoot\w*|shot|principal photography|production)\b")
# "when did they finish filming the webtoon's movie", "when did lomon finish filming": not the show's shoot
_NOT_THE_SHOW = compile_later(r"\b(?:webtoon|movie|film adaptation|his|her|their part|ent\d+)\b")


class BothSeasons:
    def __init__(self, season2: Callable[[Ask], Answer | None], season1: Callable[[Ask], Answer | None]) -> None:
        self._season2 = season2
        self._season1 = season1

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        if a.season is not None or a.qtype != "when" or ask.found.subjects or a.years or a.episode is not None:
            return None
        if not _FILMING.search(ask.text) or not end_asked(ask.text) or _NOT_THE_SHOW.search(ask.text):
            return None
        second = self._season2(Ask(dataclasses.replace(a, season=2), ask.found))
        first = self._season1(Ask(dataclasses.replace(a, season=1), ask.found))
        if second is None or first is None or not second.answered or not first.answered:
            return None
        lead = Part("You didn't name a season, so both:", aside=True)
        return dataclasses.replace(second, parts=[lead, *second.parts, *first.parts], intent="when.both_seasons",
                                   consumed=second.consumed | first.consumed)
