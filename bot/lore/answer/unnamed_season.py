"""A question that names no season, where fans mean either: "when did they finish filming" is
answered for both seasons, season 2's wrap (the tracked news) and season 1's (what the sources say of
it, as sure as they are), never one season's answer alone as if it were the show's. A bare "when does
it come out" asks after the season fans are waiting for: season 2's release as its status stands,
then season 1's premiere in one sentence (never season 1's date alone, as if nothing were coming). So
is an episode asked ahead with no season named ("what time does episode 1 come out", "when does ep 1
drop"): season 2's episode (its listed air time, else season 2's release), then season 1's premiere,
when every episode of season 1 came out (a fan watching season 1 may mean that one). Once season 2 is out, a
release asked in the past with no season named ("when did it drop", "did it come out in march", "how long ago did
it drop") is the newest season's: season 2's release alone (unless it names season 1's January or year, which only
season 1 came out in, or asks when it first came out)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.episodes import IS_OUT
from bot.lore.answer.phases import end_asked
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_pack_texts import worded_in
from bot.lore.answer.season2_parts_out import came_out_asked
from bot.season2.model import Milestone
from bot.show import SEASON_ONE_RELEASE, Position
from bot.text import MONTH_NAMES

_FILMING = compile_later(r"\b(?:film\w*|shoot\w*|shot|principal photography|production)\b")
# "when did they finish filming the webtoon's movie", "when did lomon finish filming": not the show's shoot
_NOT_THE_SHOW = compile_later(r"\b(?:webtoon|movie|film adaptation|his|her|their part|ent\d+)\b")
# "when did it come out", "when was it released", "when it premiered": asked in the past, the season that
# has come out ("when is it released" asks ahead)
_PAST = compile_later(r"\b(?:did|came|was|were|has been|had been)\b|^when (?:it|the show) \w+ed\b")
# "when's it out": no release word to read, the same question
_OUT = compile_later(r"^when ?(?:'s|is) (?:it|this|the show) out(?: again| yet| already)?\W*$")  # "when is it out again"
# the show as "it" in a release asked in the past ("did it come out in march"), read as season 2 once that is out
_IT = compile_later(r"\b(?:it|the show|the series|this show|aouad)\b")
# "when did the trailer drop": season 2's trailer once it has one, then season 1's teaser
_TRAILER = compile_later(r"\b(?:the |a )?(?:official |first |new )?(?:trailer|teaser)s?\b")
# "did it come out in january", "was it released in 2022", "on the 28th": only season 1 came out then
_SEASON_ONE_DAY = compile_later(rf"\b(?:{MONTH_NAMES[SEASON_ONE_RELEASE.month - 1][:3].lower()}\w*|{SEASON_ONE_RELEASE.year}"
                                rf"|{SEASON_ONE_RELEASE.day}(?:st|nd|rd|th)?)\b")
# "when did it first come out", "when did the show originally premiere": the show's first release, season 1's
_FIRST = compile_later(r"\b(?:first|originally|initially|og)\b")
# "is it out", "is it out yet?": once season 2 is out, whether the newest season is (a yes, then any part to come)
_IS_IT_OUT = compile_later(r"^(?:(?:is|has) (?:it|the show|aouad) (?:already )?(?:out|come out|dropped|released)|already out)"
                           r"(?: yet| already| now)?\W*$")

# the words of "is episode 8 out yet?" its answer reads (the episode's own are read by season 2's)
_ASKED_OUT = frozenset("is are has have out yet now already released available".split())
# season 2's episode as TVmaze lists it, or the part it comes out in
_LISTED = ("season2.episode.airs", "season2.episodes.drops")


class BothSeasons:
    def __init__(
        self, season2: Callable[[Ask], Answer | None], season1: Callable[[Ask], Answer | None],
        episodes2: Callable[[Ask], Answer | None], milestone: Callable[[], Milestone | None] = lambda: None,
    ) -> None:
        self._season2 = season2
        self._milestone = milestone  # season 2's, as the status stands when asked
        self._season1 = season1
        self._episodes2 = episodes2  # season 2's episodes as TVmaze lists them

    def episodes(self, ask: Ask) -> Answer | None:
        """Season 2's episodes as listed, first of the kinds; an episode asked ahead with no season named,
        season 2's then season 1's premiere (before any kind reads it as season 2's alone)."""
        a = ask.a
        if a.season_guessed and a.episode is not None:
            return self._episode_ahead(ask)
        if (a.season is None and a.episode is not None and a.episode.season == 1 and not a.slots and not ask.found.subjects
                and (IS_OUT.search(a.text) or came_out_asked(ask)) and self._milestone() is Milestone.RELEASED):
            # "is episode 8 out yet?" once season 2 is out: season 1's came out long ago, so season 2's is asked, then
            # season 1's premiere as "when does ep 5 come out" is (season 1's alone where no source lists season 2's)
            # (season 1's premiere is told, not a "Yes." of its own: season 2's part says whether the episode is out)
            guessed = Ask(dataclasses.replace(a, season=2, episode=Position(2, a.episode.episode), yes_no=False), ask.found)
            both = self._episode_ahead(guessed)
            if both is not None and both.answered and both.intent in _LISTED:
                a.season, a.episode = guessed.a.season, guessed.a.episode  # read as season 2's from here on
                return dataclasses.replace(both, consumed=both.consumed | _ASKED_OUT)
        return self._episodes2(ask)

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        if (a.season is None and _TRAILER.search(a.text) and _PAST.search(a.text) and not _FIRST.search(a.text)
                and not ask.found.subjects and not a.years):
            return self._trailers(ask)
        if (a.season is None and "release" in a.stems and _PAST.search(a.text) and not ask.found.subjects and not a.years
                and a.episode is None and self._milestone() is Milestone.RELEASED):
            return self._released(ask)
        if a.season is None and _IS_IT_OUT.search(a.raw.lower().strip()) and not ask.found.subjects and self._milestone() is Milestone.RELEASED:
            return self._is_out(ask)
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

    def _is_out(self, ask: Ask) -> Answer | None:
        """"is it out?" once season 2 is out: asked of the newest season, answered as "is season 2 out" is (a yes, then
        any part still to come), never "when" with season 1's premiere beside it."""
        text = "is season 2 out"
        asked = Ask(dataclasses.replace(ask.a, season=2, text=text, words=text.split(), qtype="yes_no", stems=["release"]),
                    ask.found)
        return self._episodes2(asked) or self._season2(asked)

    def _released(self, ask: Ask) -> Answer | None:
        """Season 2's release asked in the past once it is out (the season that came out last, the one fans just got);
        None when the question names season 1's month, day or year, or is not the show's ("when did the trailer drop")."""
        a = ask.a
        if _SEASON_ONE_DAY.search(a.text) or _FIRST.search(a.text) or not _IT.search(a.text) or _FILMING.search(a.text) or _NOT_THE_SHOW.search(a.text):
            return None
        text = _IT.sub("season 2", a.text, count=1)
        second = self._season2(Ask(dataclasses.replace(a, season=2, text=text, words=text.split()), ask.found))
        if second is None or not second.answered:
            return None
        return dataclasses.replace(second, intent="when.released_unnamed")

    def _trailers(self, ask: Ask) -> Answer | None:
        """"When did the trailer drop" once season 2 has one: season 2's trailer, then season 1's teaser (None before
        season 2 has a trailer: season 1's answers alone)."""
        text = _TRAILER.sub("season 2 trailer", ask.a.text, count=1)
        second = self._season2(Ask(dataclasses.replace(ask.a, season=2, text=text, words=text.split()), ask.found))
        if second is None or second.intent != "season2.trailer":
            return None
        first = self._season1(ask)
        if first is None or not first.answered:
            return second  # "did the trailer come out in march": season 2's trailer and its day, no verdict on the month
        return dataclasses.replace(second, parts=[*second.parts, *first.parts], consumed=second.consumed | first.consumed)

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
