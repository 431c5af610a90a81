"""Who was first: "who is patient zero", "who was the first zombie", "first person infected",
"first girl to turn into a zombie", "who started the outbreak".

The sources name two firsts, and a fan asking for "the first zombie" means either: the first person
given the virus (Byeong-chan's son, before the school) and the first person infected at the school
(the student a lab animal bites). Both are said, each hidden as far as its episode; a question that
says "girl" or "boy" asks for the one of that gender, and one that says "at the school" or
"student" puts the school's first case first. The facts answering are the ones the pack's keywords
mark "patient zero", so nothing here names a character. "Who became the first halfbie" is the
fact marked "first halfbie", however it is worded.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer

# A choice between two ("..., the rich girl or the pregnant girl", "ent0 or the teacher"): the order of those two
_CHOICE = compile_later(r"\b(?:ent\d+|the (?:[a-z]+ ){0,2}[a-z]+),?\s+or\s+(?:ent\d+|the (?:[a-z]+ ){0,2}[a-z]+)\W*$")
_WHO = r"(?:person|people|one|student|girl|boy|guy|kid|victim|human|character|woman|man|lady|dude|someone|1)"
_INFECTED = r"(?:infected|zombie|zombies|zombified|zombie-?fied|turn|turned|turns|bitten|bit|infection|case|victim)"
_FIRST = compile_later(
    r"\bpatient (?:zero|0)\b|\bzombie (?:number (?:one|1)|no\.? ?1|#1|zero)\b|\b(?:og|original|very first|1st) zombie\b"
    rf"|\bfirst (?:{_WHO}\s+)?(?:(?:to|who|that) (?:(?:ever|actually) )?(?:be |get |got |gets |was |is |become |became |go |went )?"
    rf"(?:a |into a |into |turned into a |turn into a )?)?{_INFECTED}\b"
    rf"|\b(?:infected|turned|zombified|bitten|turn|turns|got infected|got bitten|get infected) first\b"
    # "who started the outbreak", never "who started the fire" (a deed of its own)
    r"|\bwho (?:started|caused|began|begins|starts) (?:(?:the |this )(?:outbreak|infection|zombie apocalypse|apocalypse|"
    r"virus|zombies?)\b|it all\b|it\b)"
)
# firsts of something else ("the first halfbie", "first to die", "first on the roof", "first episode")
_OTHER_FIRST = compile_later(
    r"\b(?:halfbie|hambie|half-zombie|hybrid|die|dies|died|death|dead|killed|kill|roof|episode|ep|scene|season|"
    r"appear\w*|time|kiss)\b"
)
_FIRST_HALFBIE = compile_later(r"\bfirst (?:(?:one|person|student|kid|character) )?(?:to (?:become |turn into |be )?(?:a )?)?"
                            r"(?:halfbie|hambie|half-zombie|hybrid)s?\b")
# "where did the virus come from", "how did the outbreak start", "did the virus come from china": where it came
# from is who made it (the fact the pack's keywords mark "origin"), never the synopsis or the first scene
_THE_VIRUS = r"(?:the |this )?(?:zombie |jonas )?(?:virus|outbreak|infection|zombie apocalypse|apocalypse)"
_CAME_FROM = compile_later(
    rf"^(?:so |but |ok |wait |and )?(?:where|how|what) (?:did|does|do|was|is) {_THE_VIRUS} (?:even |actually |originally |first )?"
    r"(?:come from|came from|start|started|begin|began|originate|spread from)\b"
    rf"|^(?:so |but |ok |wait |and )?(?:did|does|was|is) {_THE_VIRUS} (?:even |actually |originally |first )?"
    r"(?:come from|came from|start in|started in|begin in|began in|originate\w*|made in|created in|from)\b"
    rf"|^(?:where|what) (?:is|was|'s) {_THE_VIRUS}(?:'s)? origin\b|\borigin of {_THE_VIRUS}\b"
)
_PLACE_ASKED = compile_later(r"\b(?:from|in) (?:a |an |the )?([a-z]{3,})\W*$")
_STARTED = compile_later(r"\b(?:start|started|begin|began)\b")
_SCHOOL = compile_later(r"\b(?:school|student|class|hyosan high)\b")


class OriginAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        pack = shared.pack
        self._firsts: list[Record] = [shared.records.by_id[f.id] for f in pack.facts.values()
                                      if "patient zero" in f.keywords and f.id in shared.records.by_id]
        # the scene named "the first halfbie" (it says the episode), else the fact that says it
        self._origins: list[Record] = [shared.records.by_id[f.id] for f in pack.facts.values()
                                       if "origin" in f.keywords and f.id in shared.records.by_id]
        self._first_halfbie: list[Record] = [shared.records.by_id[e.id] for e in pack.events.values()
                                             if "the first halfbie" in e.names and e.id in shared.records.by_id] or [
            shared.records.by_id[f.id] for f in pack.facts.values()
            if "first halfbie" in f.keywords and f.id in shared.records.by_id]

    def _claimed(self, text: str) -> bool:
        """"did the virus come from japan": a place some article claimed is the claim check's, which says
        "No." and what settles it (and where the virus came from)."""
        place = _PLACE_ASKED.search(text)
        return place is not None and any(re.search(rf"\b{re.escape(place.group(1))}\b", c.text, re.I)
                                         for c in self.s.pack.claims.values())

    def answer(self, ask: Ask) -> Answer | None:
        text = ask.text
        if " or " in text and _CHOICE.search(text):
            return None  # "who turned first, the rich girl or the pregnant girl": one of the two, never Hyeon-ju
        if (self._first_halfbie and "first" in text and not ask.found.subjects and (ask.a.season or 1) == 1
                and _FIRST_HALFBIE.search(text)):
            records = self._first_halfbie[:1]
            parts = [self.s.part(r, f"{r.text.rstrip('.')} ({r.episode.label})." if r.episode else None)
                     for r in records]
            return self.s.answer(ask, parts, "origin", evidence=records, consumed=ask.stems_without(()))
        if (self._origins and not ask.found.subjects and (ask.a.season or 1) == 1 and _CAME_FROM.search(text)
                and not self._claimed(text)):
            # "how did the outbreak start" is its first cases, then who made the virus; "where did it come
            # from" only who made it
            records = (self._firsts if _STARTED.search(text) else []) + self._origins[:1]
            return self.s.answer(ask, [self.s.part(r) for r in records], "origin", evidence=records,
                                 consumed=ask.stems_without(()))
        if (not self._firsts or ask.found.subjects or (ask.a.season or 1) > 1 or ask.a.episode is not None
                or not _FIRST.search(text) or _OTHER_FIRST.search(text)):
            return None
        records = list(self._firsts)
        gender = asked_gender(ask.a.words)
        if gender:
            records = [r for r in records if any(self.s.profiles.gender.get(c, "") == gender for c in r.subjects)]
            if not records:
                return None
        if _SCHOOL.search(text):  # the school's own first case first
            records.sort(key=lambda r: "school" not in r.text)
        parts = [self.s.part(r) for r in records]
        return self.s.answer(ask, parts, "origin", evidence=records, consumed=ask.stems_without(()))
