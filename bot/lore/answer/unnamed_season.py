"""A question that names no season, where fans mean either: "when did they finish filming" is
answered for both seasons, season 2's wrap (the tracked news) and season 1's (what the sources say of
it, as sure as they are), never one season's answer alone as if it were the show's. A bare "when does
it come out" asks after the season fans are waiting for: season 2's release as its status stands,
then season 1's premiere in one sentence (never season 1's date alone, as if nothing were coming). So
is an episode asked ahead with no season named ("what time does episode 1 come out", "when does ep 1
drop"): season 2's episode (its listed air time, else season 2's release), then season 1's premiere,
when every episode of season 1 came out (a fan watching season 1 may mean that one)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.phases import end_asked
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_pack_texts import worded_in

_FILMING = compile_later(r"\b(?:film\w*|shoot\w*|shot|principal photography|production)\b")
# "when did they finish filming the webtoon's movie", "when did lomon finish filming": not the show's shoot
_NOT_THE_SHOW = compile_later(r"\b(?:webtoon|movie|film adaptation|his|her|their part|ent\d+)\b")
# "when did it come out", "when was it released", "when it premiered": asked in the past, the season that
# has come out ("when is it released" asks ahead)
_PAST = compile_later(r"\b(?:did|came|was|were|has been|had been)\b|^when (?:it|the show) \w+ed\b")
# "when's it out": no release word to read, the same question
_OUT = compile_later(r"^when ?(?:'s|is) (?:it|this|the show) out(?: again| yet| already)?\W*$")  # "when is it out again"


class BothSeasons:
    def __init__(
        self, season2: Callable[[Ask], Answer | None], season1: Callable[[Ask], Answer | None],
        episodes2: Callable[[Ask], Answer | None],
    ) -> None:
        self._season2 = season2
        self._season1 = season1
        self._episodes2 = episodes2  # season 2's episodes as TVmaze lists them

    def episodes(self, ask: Ask) -> Answer | None:
        """Season 2's episodes as listed, first of the kinds; an episode asked ahead with no season named,
        season 2's then season 1's premiere (before any kind reads it as season 2's alone)."""
        if ask.a.season_guessed and ask.a.episode is not None:
            return self._episode_ahead(ask)
        return self._episodes2(ask)

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        if a.season is not None or a.qtype != "when" or ask.found.subjects or a.years or a.episode is not None:
            return None
        if (a.stems == ["release"] or _OUT.search(a.text)) and not _PAST.search(a.text):
            return self._release(ask)
        if not _FILMING.search(ask.text) or not end_asked(ask.text) or _NOT_THE_SHOW.search(ask.text):
            return None
        second = self._season2(Ask(dataclasses.replace(a, season=2), ask.found))
        first = self._season1(Ask(dataclasses.replace(a, season=1), ask.found))
        if second is None or first is None or not second.answered or not first.answered:
            return None
        lead = Part("You didn't name a season, so both:", aside=True)
        return dataclasses.replace(second, parts=[lead, *second.parts, *first.parts], intent="when.both_seasons",
                                   consumed=second.consumed | first.consumed)

    def _release(self, ask: Ask) -> Answer | None:
        """Season 2's release as the status gives it, then season 1's premiere as one sentence
        (before season 2's history, which would bury it)."""
        # read as "when does it come out" ("when's it out" has no release word for either season to read)
        a = dataclasses.replace(ask.a, text="when does it come out", stems=["release"])
        second = self._season2(Ask(dataclasses.replace(a, season=2, text="when does season 2 come out"), ask.found))
        first = self._season1(Ask(dataclasses.replace(a, season=1), ask.found))
        if second is None or first is None or not second.answered or not first.answered:
            return None
        said = {p.text for p in second.parts}
        premiere = [p for p in first.parts[:1] if p.text not in said]
        both = dataclasses.replace(second, parts=[*second.parts[:1], *premiere, *second.parts[1:]], intent="when.release_unnamed",
                                   consumed=second.consumed | first.consumed | frozenset(a.stems))
        return worded_in(both, ask.language)  # season 1's premiere in the language season 2's release is said in

    def _episode_ahead(self, ask: Ask) -> Answer | None:
        """Season 2's episode (its listed air time, else season 2's release as the status gives it), then
        season 1's premiere as one sentence."""
        named = Ask(dataclasses.replace(ask.a, season_guessed=False), ask.found)
        second = self._episodes2(named) or self._season2(named)
        # read as "when did season 1 come out": its premiere in one sentence, said in the asker's language
        # (never its hour's record, which no language but English says)
        said1 = "when did season 1 come out"
        season1 = dataclasses.replace(ask.a, season=1, season_guessed=False, qtype="when", how=None, text=said1,
                                      words=said1.split(), stems=["release"], episode=None)
        first = self._season1(Ask(season1, ask.found))
        if second is None or first is None or not second.answered or not first.answered:
            return second
        said = {p.text for p in second.parts}
        premiere = [p for p in first.parts[:1] if p.text not in said]
        both = dataclasses.replace(second, parts=[*second.parts[:1], *premiere, *second.parts[1:]],
                                   consumed=second.consumed | first.consumed)
        return worded_in(both, ask.language)
