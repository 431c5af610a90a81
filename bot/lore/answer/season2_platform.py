"""Where season 2 will stream: "will season 2 be on netflix", "is s2 coming to hulu" (whether it is
out now, "is season 2 already on netflix", is the status's to say).

Netflix renewed the series and makes it (a Netflix Original that streams on Netflix only): "Yes."
for Netflix, "No." for another platform, each with those records; never a verdict read off a record
that merely says Netflix has not announced something yet.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_pack_texts import worded_in
from bot.season2.model import Milestone

_RECORDS = ("s2-renewal", "netflix-only")
# Where it will stream, not whether it is out now ("is season 2 already on netflix": the status says)
_WILL = compile_later(r"\b(?:will|going to|gonna|coming to|come out on|be on|be released on|be streaming)\b")
_NOW = compile_later(r"\b(?:already|now|yet|today|right now|currently)\b")
_ON = compile_later(r"\b(?:on|to|in|from|via|through) (netflix|hulu|disney(?: plus|\+)?|amazon(?: prime)?|prime(?: video)?|"
                 r"hbo(?: max)?|apple tv\+?|viki|viu|jtbc|tving|wavve|crunchyroll|peacock|paramount\+?|youtube|tv)\b")

_IS_ON = compile_later(r"^(?:is|are|can i (?:watch|stream)|where)\b")


class Season2Platform:
    def __init__(self, shared: Shared, milestone: Callable[[], Milestone | None]) -> None:
        self.s = shared
        self._milestone = milestone  # the status's, as things stand: out or not yet
        self._records = [shared.records.by_id[r] for r in _RECORDS if r in shared.records.by_id]

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        platform = a.platform or ((on := _ON.search(ask.text)) is not None and on.group(1)) or ""
        if a.season != 2 or not platform or not a.yes_no or not self._records:
            return None
        out = self._milestone() is Milestone.RELEASED
        netflix = platform.startswith("netflix")
        # "is s2 on jtbc" asks where it streams too (whether it is on Netflix now is the status's)
        if (not _WILL.search(ask.text) or _NOW.search(ask.text)) and not (not netflix and _IS_ON.search(ask.text)):
            return None
        when = "season 2 is out on Netflix" if out else "season 2 has not come out yet"
        verdict = f"Yes: it is Netflix's series ({when})." if netflix else f"No: it is a Netflix series ({when})."
        parts = [Part(verdict, hedged=True), *(self.s.part(r) for r in self._records)]
        found = self.s.answer(ask, parts, "season2.platform", evidence=self._records,
                              consumed=("will", "season", "2", "be", "on", "come", "out", "stream", "release", "netflix",
                                        "can", "watch", "i", "is", "coming", *platform.split()))
        return worded_in(found, ask.language)  # "¿la temporada 2 estará en netflix?": in Spanish (season2_pack_texts.py)
