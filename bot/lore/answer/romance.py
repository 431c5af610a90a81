"""Whether the show has romance: "is there romance in it", "any ships?", "what are the couples",
"who likes who". The sources tell who has feelings for whom (the characters' written romance
bonds) and the scenes where they kiss or confess; the answer is those, each hidden as far as it
spoils, never which of them "end up together" (no source says). Asked of two named characters, it
is relations.py's question ("are onjo and cheongsan a couple"), not this one.

Of one character: "does suhyeok have a gf", "is onjo single", "does cheongsan have a crush". No
source calls anyone's partner a girlfriend or boyfriend; the answer says so (never a "Yes." read
off a profile that mentions love), then the romance bonds the sources give them, each hidden as far
as it spoils.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part

_LOVE = (r"(?:romance|romances|romantic|love stuff|romantic stuff|love scenes?|lovey dovey|romcom|love story|love stories|love triangles?|love lines?|loveline|couples?|"
         r"ships?|shipping|kissing|kisses|kiss|dating|love interests?|relationships?)")
_ROMANCE_ASKED = compile_later(
    rf"^(?:is|are|was|were|will|does|do|has)\s+(?:there|it|the show|this show|the series|this|the drama)\b.*\b{_LOVE}\b"
    rf"|^(?:any|some|so any|ok any)\s+(?:\w+\s+)?{_LOVE}\b"
    rf"|^(?:what|which|who)(?:'s|s)?\s+(?:are|r|is|were)?\s*(?:the\s+)?(?:main\s+)?(?:couples?|ships?|love interests?|romances?|"
    rf"love triangles?)\b"
    r"|^who (?:dates|dated|likes|liked|loves|loved|kisses|kissed|has a crush on|crushes on) (?:who|whom)\b"
    r"|^who (?:is|are|r) in love(?: with (?:who|whom))?\W*$"
    r"|^(?:does|do|did) (?:anyone|anybody|any ?one|someone|they|the characters|the students|any characters) "
    r"(?:kiss|date|fall in love|get together|hook up|end up together)\b"
)
_PARTNER = compile_later(
    r"^(?:does|did|do|is|was)\s+(ent\d+)\s+(?:(?:have|has|had|got|get)\s+(?:a\s+|any\s+)?(?P<who>girlfriend|boyfriend|gf|bf|"
    r"partner|lover|crush|love interest|relationship|romance|husband|wife)s?|(?:single|taken|dating anyone|dating someone|"
    r"in a relationship|seeing anyone|seeing someone|in love|in love with anyone|in love with someone))\W*$"
)
# "who is hari dating", "who's namra seeing": whom the sources pair them with, either way round (Dae-su falls for Ha-ri)
_DATING = compile_later(r"^(?:who|whom)\s*(?:is|'s|s|was|r|are)?\s+(ent\d+)\s+(?:dating|seeing|going out with)\W*$")
# "who does suhyeok end up with": no source says; never his fate ("he survives") read as the answer
_END_UP = compile_later(r"^(?:who|whom|who(?:'s| is))\s+(?:does|did|do|will|is|has)?\s*(ent\d+)\s+(?:end|ends|ended|ending|wind|winds|"
                     r"wound)\s+up\s+(?:with|dating|together with|in a relationship with)\W*$")
# "who ends up with suhyeok", "who ends up w/ namra": the same, asked of the other one
_ENDS_UP_WITH = compile_later(r"^(?:who|whom)\s+(?:ends|ended|will end|winds|wound|gets|got)\s+up\s+(?:with|w)\s+(ent\d+)"
                           r"(?:\s+in the end|\s+at the end)?\W*$")
_SCENE = compile_later(r"\b(?:kiss\w*|confess\w*)\b")
_ROMANCE = ("crush_on", "loves", "love_interest_of")


class RomanceAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        cid, word = ask.found.unfollowed
        if cid and word in _ONE_WAY and ask.found.subjects and all(s.id == cid for s in ask.found.subjects):
            return Answer(ask.raw, False, [Part(_ONE_WAY[word].format(self.s.short(cid)), echoes=True)], "unknown")
        if cid and word in _UNNAMED and ask.found.subjects and all(s.id == cid for s in ask.found.subjects):
            # (of her alone: "is su-hyeok onjo's bf" weighs the two, relations.py)
            return self._unnamed(ask, cid, _SAID.get(word, word))
        if (partner := _PARTNER.search(ask.text) or _END_UP.search(ask.text) or _ENDS_UP_WITH.search(ask.text)
                or self._only_admired(ask, _DATING.search(ask.text))) is not None:
            return self._partner(ask, partner)
        if ask.found.subjects or (ask.a.season or 1) > 1 or not _ROMANCE_ASKED.search(ask.text):
            return None
        pack = self.s.pack
        parts: list[Part] = []
        told: set[str] = set()
        bonds = sorted((rel for c in pack.characters.values() for rel in c.relationships
                        if rel.type in _ROMANCE and not rel.derived), key=lambda rel: rel.spoils)
        for rel in bonds:
            source = pack.characters[rel.source]
            parts.append(Part(f"{self.s.short(rel.source)} \u2014 {rel.text}", rel.spoils, "official",
                              self.s.knowledge.refs(source.sources)))
            told.add(rel.text)
        scenes = sorted(((c, e) for c in pack.characters.values() for e in c.events if _SCENE.search(e.text)),
                        key=lambda pair: pair[1].spoils)
        for character, event in scenes:
            if event.text in told:
                continue
            told.add(event.text)
            parts.append(Part(f"{self.s.short(character.id)}: {event.text}", event.spoils, "official",
                              self.s.knowledge.refs(character.sources)))
        if not parts:
            return None
        lead = Part("Yes, there is some: the sources tell who has feelings for whom (never who ends up together):")
        return self.s.answer(ask, [lead, *parts], "romance", consumed=ask.stems_without(()))

    def _only_admired(self, ask: Ask, m: re.Match[str] | None) -> re.Match[str] | None:
        """`m` ("who is hari dating") when the one asked of is only someone else's crush (Ha-ri: Dae-su falls for her),
        which the relations' own answer leaves out; None when they have feelings of their own to tell."""
        slot = ask.a.slots.get(m.group(1)) if m is not None else None
        if slot is None or len(slot.candidates) != 1:
            return None
        bonds = [rel.type for rel in self.s.pack.relationships_of(slot.candidates[0].id) if rel.type in (*_ROMANCE, "crush_of")]
        return m if bonds and set(bonds) == {"crush_of"} else None

    def _unnamed(self, ask: Ask, cid: str, word: str) -> Answer:
        """"who plays onjo's boyfriend", no one named so: that the sources call no one that, then who has
        feelings for whom (each behind its own episode), never On-jo's own actor."""
        name = self.s.short(cid)
        bonds = sorted((rel for rel in self.s.pack.relationships_of(cid) if rel.type in (*_ROMANCE, "crush_of")),
                       key=lambda rel: rel.spoils)
        if not bonds:
            return Answer(ask.raw, False, [Part(f"I don't know who {name}'s {word} is: my sources don't say.", echoes=True)], "unknown")
        parts = [Part(f"My sources don't call anyone {name}'s {word}. What they do say:", hedged=True, echoes=True)]
        for rel in bonds:
            source = self.s.pack.characters[rel.source]
            parts.append(Part(f"{name} \u2014 {rel.text}", rel.spoils, "official", self.s.knowledge.refs(source.sources)))
        subjects = [s for s in ask.characters() if s.id == cid]
        return self.s.answer(ask, parts, "romance.partner", consumed=ask.stems_without(()), subjects=subjects)

    def _partner(self, ask: Ask, m: re.Match[str]) -> Answer | None:
        slot = ask.a.slots.get(m.group(1))
        if slot is None or len(slot.candidates) != 1 or slot.candidates[0].kind != "character":
            return None
        cid = slot.candidates[0].id
        bonds = sorted((rel for rel in self.s.pack.relationships_of(cid) if rel.type in (*_ROMANCE, "crush_of")),
                       key=lambda rel: rel.spoils)
        name = self.s.short(cid)
        asked = m.groupdict().get("who") or ""
        if m.re is _END_UP.compiled or m.re is _ENDS_UP_WITH.compiled:
            asked = "ends up with"  # the lead below: "My sources don't say whom Su-hyeok ends up with."
        if not bonds:
            said = f"has a {_SAID.get(asked, asked or 'partner')}" if asked != "ends up with" else "ends up with anyone"
            return Answer(ask.raw, False, [Part(f"My sources don't say {name} {said}.", echoes=True)], "unknown")
        if asked == "ends up with":
            lead = f"My sources don't say whom {name} ends up with. What they do say:"
        elif asked in ("crush", "love interest", "romance"):
            lead = "" if bonds else f"My sources don't say {name} has a {asked}."
        else:
            lead = f"My sources don't call anyone {name}'s {_SAID.get(asked, 'partner')}. What they do say:"
        # the lead repeats the asker's words ("hari's crush"), so it is hidden as the question is
        parts = [Part(lead, hedged=True, echoes=True)] if lead else []
        for rel in bonds:
            source = self.s.pack.characters[rel.source]  # the character asked of: texts describe them
            parts.append(Part(f"{name} \u2014 {rel.text}", rel.spoils, "official", self.s.knowledge.refs(source.sources)))
        subjects = [s for s in ask.characters() if s.id == cid]
        return self.s.answer(ask, parts, "romance.partner", consumed=ask.stems_without(()), subjects=subjects)


# Romance words no relationship answered: never "crush" (On-jo's crush is named) unless none is. "partner" is read as
# a colleague first (Jae-ik's partner on the police); of someone who has none, a fan means a girl- or boyfriend
_UNNAMED = frozenset({"girlfriend", "boyfriend", "gf", "bf", "lover", "ex", "crush", "interest", "partner"})
_SAID = {"gf": "girlfriend", "bf": "boyfriend", "girlfriend": "girlfriend", "boyfriend": "boyfriend",
         "husband": "husband", "wife": "wife", "lover": "lover"}
# "the guy hari likes", "the girl that likes cheongsan": the direction of a crush matters, so one the sources give
# only the other way round (Dae-su likes Ha-ri) is no answer to it
_ONE_WAY = {"liked": "I don't know whom {} likes: my sources don't say.",
            "admirer": "I don't know who likes {}: my sources don't say."}
