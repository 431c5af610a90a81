"""Relationship questions the graph answers directly: who X loves and who loves X, whom X killed,
bit, bullied or saved, whether X likes Y, how X and Y are related.

"X's father" and the like are relation paths, resolved with the subject (subjects.py); these are
the questions whose verb names the relationship: "who does Su-hyeok love" (Su-hyeok's side),
"who has a crush on On-jo" (the other side), "who does Na-yeon bully". Each relationship keeps the
position it spoils.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import Pattern, compile_later
from bot.lore.answer.ask import Ask, Shared, named_in_clear
from bot.lore.answer.records import Record
from bot.lore.answer.relation_words import REL_WORDS
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.story_phrases import Phrase
from bot.lore.answer.subjects import Subject
from bot.lore.content import Relationship
from bot.show import Position

# "who does lomon's character love": the one character the actor plays (see `_subject`).
_X = r"(?P<x>ent\d+)(?:\s*'s\s+(?:character|role|char))?"
# (pattern, relationship types, whose side the answer is on: "out" = the ones X acts on)
_ASKS: tuple[tuple[Pattern, tuple[str, ...], str], ...] = tuple(
    (compile_later(pattern), tuple(types.split()), side)
    for pattern, types, side in (
        (rf"\bwho(?:m)?\s+(?:does|did|do|is|was|has)\s+{_X}\s+(?:love|like|likes|loves|fancy|have a crush on|"
         rf"has a crush on|crush on|in love with|falls? for|fell for|date|dating|kiss)\b", "crush_on loves love_interest_of", "out"),
        (rf"\bwho(?:m)?\s+(?:is|was)\s+{_X}\s+in love with\b", "crush_on loves love_interest_of", "out"),
        # Korean order, glossed: "수혁이 누구 좋아해?" -> "ent0 who likes"
        (rf"^{_X}\s+(?:who\s+(?:\S+\s+)?(?:likes|love|loves|dating|date)|(?:likes|loves|dating|dates)\s+who(?:m)?)\b",
         "crush_on loves love_interest_of", "out"),
        (rf"\bwho\s+(?:is|was)\s+(?:dating|going out with|seeing)\s+{_X}\b", "crush_on loves love_interest_of", "in"),
        (rf"^{_X}\s+who\s+(?:kills|killed)\b", "killed", "out"),
        (rf"\bwho\s+(?:loves|loved|likes|liked|fancies|has a crush on|had a crush on|is in love with|was in love with|"
         rf"has feelings for|falls for|fell for)\s+{_X}\b", "crush_on loves love_interest_of", "in"),
        (rf"\bwho(?:m)?\s+(?:does|did|do|has)\s+{_X}\s+(?:kill|killed)\b", "killed", "out"),
        (rf"\bwho(?:m)?\s+(?:does|did|do|has)\s+{_X}\s+(?:bite|bitten|bit)\b", "bit", "out"),
        (rf"\bwho(?:m)?\s+(?:does|did|do|has)\s+{_X}\s+(?:bully|bullied|bullies|pick on|look down on)\b", "bullies", "out"),
        (rf"\bwho(?:m)?\s+(?:does|did|do|has)\s+{_X}\s+(?:save|saved|rescue|rescued|protect|protected)\b", "saved", "out"),
        (rf"\bwho(?:m)?\s+(?:does|did|do|has)\s+{_X}\s+(?:infect|infected)\b", "infected", "out"),
        (rf"\bwho\s+(?:lives|lived)\s+next door to\s+{_X}\b", "neighbour_of", "in"),
        (rf"\bwho\s+(?:bullies|bullied)\s+{_X}\b", "bullies", "in"),
    )
)
_LIKES = compile_later(
    r"^(?:does|did|do|is|was)\s+(?P<x>ent\d+)\s+(?:like|love|have a crush on|has a crush on|fancy|in love with|"
    r"have feelings for|fall for)\s+(?P<y>ent\d+)\b|^(?:does|did|is|was)\s+(?P<x2>ent\d+)\s+(?:like|love)\b"
)
# "did Su-hyeok and On-jo end up together", "are they a couple", "is Su-hyeok Nam-ra's boyfriend".
_TOGETHER = (r"(?:a couple|an item|together|dating|date|going out|get(?:ting)? together|end(?:ed|s)? up together|"
             r"in a relationship|in love|boyfriend and girlfriend|girlfriend and boyfriend|married|get married|"
             r"endgame|end ?game|canon|a thing|official)")
# what two characters asked of as a couple may be to each other instead (never a bite or a killing)
_TIES = frozenset({"best_friend_of", "friend_of", "neighbour_of", "older_sibling_of", "younger_sibling_of", "colleague_of"})
_COUPLE = compile_later(
    rf"^(?:are|were|do|did|does|will|is|was)\s+(?P<x>ent\d+)\s+(?:and|&|n|with|x)\s+(?P<y>ent\d+)\s+(?:(?:ever|still|really|"
    rf"finally|actually)\s+)?{_TOGETHER}\b"
    r"|^(?:is|was|does|did|do|will)\s+(?P<x2>ent\d+)\s+(?:(?:ever|still|really|finally|actually)\s+)?(?:end(?:s)? up with|"
    r"get(?:s)? together with|get(?:s)? with|hook(?:s)? up with|date|dating|go(?:ing)? out with|in a relationship with|married to|marry|together with)\s+"
    r"(?P<y2>ent\d+)\b"
    r"|^(?:is|was)\s+(?P<x3>ent\d+)\s+(?P<y3>ent\d+)\s*'s\s+(?:boyfriend|girlfriend|partner|lover|bf|gf)\b"
    rf"|^(?P<x5>ent\d+)\s+(?:and\s+|&\s+|n\s+|x\s+)?(?P<y5>ent\d+)\s+(?:(?:in the end|finally|eventually)\s+)?(?:{_TOGETHER}|end up with)$"  # "수혁이랑 남라 사귀어?", "suhyeok namra dating?"
    r"|^(?:is|was)\s+(?P<y4>ent\d+)\s*'s\s+(?:boyfriend|girlfriend|partner|lover|bf|gf)\s+(?P<x4>ent\d+)$"
)
# "so-ju is on-jo's uncle right", "isn't woo-jin ha-ri's older brother": a kinship claim to check.
_KIN_CLAIM = compile_later(
    r"^(?:(?:is|was|isn't|isnt|wasn't|wasnt)\s+(?:not\s+)?(?P<x>ent\d+)\s+|(?P<x2>ent\d+)\s+(?:is|was|isn't|isnt)\s+"
    r"(?:not\s+)?(?:really\s+|actually\s+)?)(?P<y>ent\d+)\s*'s\s+(?:(?P<mod>older|younger|little|big|elder|baby)\s+)?"
    r"(?P<rel>[a-z]+)$"
)
# "gwi-nam was killed by su-hyeok right", "na-yeon killed gyeong-su with a knife": who killed whom, as a claim.
_KILL_CLAIM = compile_later(
    r"^(?:(?:was|is|wasn't|wasnt)\s+)?(?P<x>ent\d+)\s+(?:was\s+|got\s+|gets\s+|is\s+)?(?:killed|murdered)\s+by\s+"
    r"(?P<y>ent\d+)(?P<rest>.*)$"
    r"|^(?:did\s+|didn't\s+|didnt\s+)?(?P<y2>ent\d+)\s+(?:kill|kills|killed|murder|murdered)\s+(?P<x2>ent\d+)"
    r"(?P<rest2>.*)$"
)
_WITH = compile_later(r"^\s*(?:with|using)\s+(?:a|an|the|his|her)?\s*(?P<what>[a-z]+)")
# Kin the pack has no type for: said of two characters the pack relates otherwise, the claim is wrong.
_OTHER_KIN = frozenset({"uncle", "aunt", "auntie", "cousin", "grandfather", "grandpa", "grandmother", "grandma",
                        "nephew", "niece", "husband", "wife", "stepdad", "stepmom", "stepfather", "stepmother",
                        "twin", "bro", "sis"})
_SIBLING_MODIFIERS = {"older": "older_sibling_of", "big": "older_sibling_of", "elder": "older_sibling_of",
                      "younger": "younger_sibling_of", "little": "younger_sibling_of", "baby": "younger_sibling_of"}
_OPPOSITE = {"father": "mother", "mother": "father", "brother": "sister", "sister": "brother", "son": "daughter",
             "daughter": "son"}
_REAL_LIFE = compile_later(r"\b(?:dating|date|dated|girlfriend|boyfriend|gf|bf|married|marry|wife|husband|in real life|"
                        r"irl|off ?screen)\b")
_ROMANCE = compile_later(r"\b(?:kiss\w*|confess\w*|feelings?|love|crush|falls? for)\b", re.I)
_BETWEEN = compile_later(r"\brelat\w*\b|\bconnect\w*\b|\bknow each other\b|\bbetween\b|\bto each other\b|\b(?:the )?"
                      r"(?:siblings?|sibs|family|brother and sister|sister and brother|brothers|sisters)\W*$")
# "are ha-ri and woo-jin siblings": Yes or No from the kin the pack records between them.
_SIBLINGS = compile_later(r"\b(?:siblings?|sibs|brother and sister|sister and brother|brothers|sisters)\W*$")
_KIN_TYPES = frozenset({"older_sibling_of", "younger_sibling_of", "sibling_of"})
# "namra and onjo friends?", "are onjo and isak besties": Yes from a friendship the pack records between them;
# none recorded is no "No." (the sources may just not say), and what they do say of the two follows.
_FRIENDS = compile_later(r"\b(?:(?:best |close |good |real )?friends?|bffs?|besties?|buddy|buddies|pals?)\W*$")
_FRIEND_TYPES = frozenset({"best_friend_of", "friend_of"})
_COUPLE_WORDS = ("couple", "item", "together", "date", "dating", "go", "out", "get", "end", "up", "relationship", "love",
                 "boyfriend", "girlfriend", "partner", "lover", "bf", "gf", "married", "marry", "ever", "still",
                 "really", "finally", "actually", "with", "endgame", "canon", "thing", "official", "game")
_WORDS = ("love", "crush", "like", "fancy", "kill", "bite", "bully", "save", "rescue", "protect", "infect", "neighbour",
          "next", "door", "live", "date", "fall", "who", "have", "relate", "connect", "between", "each", "other",
          "know", "feeling", "so", "far", "now", "yet", "pick", "look", "down", "kiss", "sibling", "siblings", "sibs",
          "family", "brother", "sister", "brothers", "sisters", "friend", "friends", "best", "close", "good", "real", "bff",
          "bffs", "bestie", "besties", "buddy", "buddies", "pal", "pals")


class RelationAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        slots = {w: s for w, s in ask.a.slots.items()}
        by_word = {w: self._subject(ask, w) for w in slots}
        likes = _LIKES.search(ask.text)
        if likes is not None:
            return self._likes(ask, by_word.get(likes.group("x") or likes.group("x2") or ""),
                               by_word.get(likes.group("y") or ""))
        characters = ask.characters()
        # "who is onjo's best friend": the two are whom the one named calls that (Cheong-san and I-sak), never a
        # pair asked about: the pair is one only when it holds someone the question names
        named = {c.id for s in ask.a.slots.values() for c in s.candidates[:1]}
        # ("is cheongsan still onjo's bff": "onjo's bff" is Cheong-san again, never a pair of one and the same)
        if len(characters) >= 2 and characters[0].id != characters[1].id and named & {c.id for c in characters} and (
                ask.matches(_BETWEEN) or ask.matches(_FRIENDS)):
            return self._between(ask, characters[0], characters[1])
        for pattern, types, side in _ASKS:
            match = pattern.search(ask.text)
            if match is None:
                continue
            subject = by_word.get(match.group("x"))
            if subject is None:
                return None
            rels = self._related(subject.id, types, side)
            return self._listed(ask, subject, rels)
        return None

    def couple(self, ask: Ask) -> Answer | None:
        """Whether two characters end up together: the sources tell who loves whom and what passes
        between them, never how a romance ends; so that is said first, spoiling nothing, then what
        they do tell, each part hidden as far as it spoils."""
        match = _COUPLE.search(ask.text)
        if match is None:
            return None
        words = [w for w in match.groups() if w is not None]
        pair = [self._subject(ask, w) for w in words]
        if len(pair) != 2 or pair[0] is None or pair[1] is None or pair[0].id == pair[1].id:
            return None
        x, y = pair[0], pair[1]
        ids = {x.id, y.id}
        romance = ("crush_on", "loves", "love_interest_of")
        bonds: list[tuple[Relationship, bool]] = []  # (bond, between the two)
        for cid in (x.id, y.id):
            for rel in self.s.pack.relationships_of(cid):
                if rel.type in romance and not rel.derived:
                    bonds.append((rel, rel.target in ids))
        parts = [Part(f"My sources don't say whether {self.s.short(x.id)} and {self.s.short(y.id)} end up together. "
                      "What they do say:", phrase=self._unsaid("unsaid_together", x.id, y.id))]
        # what they are to each other besides ("is onjo cheongsan's gf": childhood best friends and neighbours), said
        # first; a tie both sides record is said once
        ties = [r for r in self.s.pack.relationships_of(x.id) if r.target == y.id and r.type in _TIES]
        ties += [r for r in self.s.pack.relationships_of(y.id)
                 if r.target == x.id and r.type in _TIES and all(t.type != r.type for t in ties)]
        for rel in sorted(ties, key=lambda r: (r.derived, r.spoils)):
            parts.append(Part(f"{self.s.short(rel.source)} \u2014 {rel.text}", rel.spoils, "official",
                              self.s.knowledge.refs(self.s.pack.characters[rel.source].sources),
                              phrase=self._bond(rel.source, self.s.short(rel.source), rel.text)))
        for rel, _ in sorted(bonds, key=lambda pair: (not pair[1], pair[0].spoils)):
            source = self.s.pack.characters[rel.source]
            parts.append(Part(f"{self.s.short(rel.source)} \u2014 {rel.text}", rel.spoils, "official",
                              self.s.knowledge.refs(source.sources),
                              phrase=self._bond(rel.source, self.s.short(rel.source), rel.text)))
        for cid, other in ((x.id, y.id), (y.id, x.id)):
            character = self.s.pack.characters[cid]
            for event in character.events:
                if _ROMANCE.search(event.text) and self.s.short(other) in event.text:
                    parts.append(Part(f"{self.s.short(cid)}: {event.text}", event.spoils, "official",
                                      self.s.knowledge.refs(character.sources),
                                      phrase=Phrase("bond_event", name=self.s.short(cid), hangul=character.hangul or "", said=event.text)))
        if len(parts) == 1:
            parts[0] = Part(f"My sources record no romance between {x.name} and {y.name}.")
        evidence = [*self.s.profiles.evidence(x), *self.s.profiles.evidence(y)]
        return self.s.answer(ask, parts, "relationship.couple", evidence=evidence, consumed=_COUPLE_WORDS,
                             subjects=[x, y])

    def kin(self, ask: Ask) -> Answer | None:
        """"so-ju is on-jo's uncle right": Yes. or No. with how the two are related, when the pack
        relates them at all (else the claim is left to the other kinds of answer)."""
        match = _KIN_CLAIM.search(ask.text)
        if match is None:
            return None
        word, modifier = match.group("rel"), match.group("mod")
        if word not in REL_WORDS and word not in _OTHER_KIN:
            return None
        x = self._subject(ask, match.group("x") or match.group("x2") or "")
        y = self._subject(ask, match.group("y"))
        if x is None or y is None or x.id == y.id:
            return None
        rels = [r for r in self.s.pack.relationships_of(x.id) if r.target == y.id]
        if not rels:
            return None
        types, gender = REL_WORDS.get(word, ((), ""))
        if modifier is not None and "sibling_of" in " ".join(types):
            types = (_SIBLING_MODIFIERS[modifier],)
        opposite = _OPPOSITE.get(gender, "")
        same = [r for r in rels if r.type in types and not (opposite and re.search(rf"\b{opposite}\b", r.text))]
        shown = same or rels
        verdict = "Yes." if same else "No."
        source = self.s.pack.characters[x.id]
        spoils = max([*(r.spoils for r in shown), x.spoils, y.spoils])
        parts = [Part(f"{verdict} {self.s.short(x.id)} \u2014 {shown[0].text}.", spoils, "official",
                      self.s.knowledge.refs(source.sources))]
        consumed = (*_WORDS, word, *(REL_WORDS.get(word, ((), ""))[1:]), modifier or "", "really", "actually")
        return self.s.answer(ask, parts, "relationship", evidence=self.s.profiles.evidence(x), consumed=consumed,
                             subjects=[x, y])

    def killer(self, ask: Ask) -> Answer | None:
        """"gwi-nam was killed by su-hyeok right": Yes. only when the pack says so; No. with what
        happened to them when it tells their end otherwise (the killer named nowhere in it)."""
        match = _KILL_CLAIM.search(ask.text)
        if match is None:
            return None
        x = self._subject(ask, match.group("x") or match.group("x2") or "")
        y = self._subject(ask, match.group("y") or match.group("y2") or "")
        if x is None or y is None or x.id == y.id:
            return None
        tool = _WITH.match(match.group("rest") or match.group("rest2") or "")
        what = tool.group("what") if tool else ""
        rels = [r for r in self.s.pack.relationships_of(x.id) if r.type in ("killed_by", "bitten_by", "infected_by")]
        by_y = [r for r in rels if r.target == y.id]
        killed = [r for r in rels if r.type == "killed_by"]
        source = self.s.pack.characters[x.id]
        refs = self.s.knowledge.refs(source.sources)
        fate = source.fate
        said: list[tuple[str, Position]] = []
        if by_y:
            right = any(r.type == "killed_by" for r in by_y) and not (what and not any(what in r.text for r in by_y))
            verdict = "Yes." if right else ("No." if what else "")
            said = [(r.text, r.spoils) for r in by_y]
            if not right and fate is not None and fate.status == "presumed_dead":  # never surer than the source
                said.append(("presumed dead, not confirmed (the sources disagree)", fate.spoils))
        elif killed:
            verdict, said = "No.", [(r.text, r.spoils) for r in killed]
        elif fate is not None and fate.status in ("dead", "zombie", "presumed_dead"):
            named = self.s.short(y.id)
            verdict = "" if named in fate.text else "No."
            said = [(fate.text, fate.spoils)]
        else:
            return None
        spoils = max([*(p for _, p in said), x.spoils, y.spoils])
        text = f"{self.s.short(x.id)}: " + "; ".join(t.rstrip(".") for t, _ in said) + "."
        part = Part(f"{verdict} {text}" if verdict else text, spoils, "official", refs, hedged=bool(verdict))
        consumed = (*_WORDS, "die", "kill", "murder", "stab", "with", "using", what)
        return self.s.answer(ask, [part], "relationship", evidence=self.s.profiles.evidence(x), consumed=consumed,
                             subjects=[x, y])

    def _subject(self, ask: Ask, word: str) -> Subject | None:
        slot = ask.a.slots.get(word)
        if slot is None or len(slot.candidates) != 1:
            return None
        entity = slot.candidates[0]
        if entity.kind == "character":
            return Subject("character", entity.id, entity.name)
        if _REAL_LIFE.search(ask.text):
            return None  # "who is Lomon dating": the actor's own life, not his character's
        roles = self.s.pack.characters_played_by(entity.id)
        return Subject("character", roles[0].id, roles[0].name) if len(roles) == 1 else None

    def _related(self, cid: str, types: Sequence[str], side: str) -> list[Relationship]:
        """Relationships told from the answer's side: for "out" the ones `cid` acts on, for "in" the
        ones acting on `cid`."""
        profiles = self.s.profiles
        if side == "in":
            return [r for t in types for r in profiles.incoming.get((cid, t), [])]
        out: list[Relationship] = []
        for t in types:
            for rel in profiles.outgoing.get((cid, t), []):
                back = self.s.pack.counterpart(rel)
                out.append(back if back is not None else Relationship(t, rel.target, cid, rel.text, rel.spoils, True))
        return out

    def _listed(self, ask: Ask, subject: Subject, rels: Sequence[Relationship]) -> Answer | None:
        character = self.s.pack.characters.get(subject.id)
        if character is None:
            return None
        parts: list[Part] = []
        evidence: list[Record] = list(self.s.profiles.evidence(subject))
        seen: set[str] = set()
        for rel in sorted(rels, key=lambda r: r.spoils):
            if rel.source in seen:
                continue
            seen.add(rel.source)
            other = self.s.pack.characters[rel.source]
            parts.append(Part(f"{other.name} \u2014 {rel.text}", max(rel.spoils, subject.spoils), "official",
                              self.s.knowledge.refs(other.sources), phrase=self._bond(other.id, other.name, rel.text)))
            evidence += self.s.profiles.character.get(other.id, [])
        if not parts and not named_in_clear(subject, self.s.pack):
            return dont_know(ask.raw)  # who a description found is never named in the clear
        if not parts:
            # The pack records no such bond: say so rather than tell who they are instead.
            return dont_know(ask.raw, f"that about {character.name}", ("who they are", "who plays them",
                                                                        "what happens to them"))
        return self.s.answer(ask, parts, "relationship", evidence=evidence, consumed=_WORDS, subjects=[subject])

    def _bond(self, character_id: str, name: str, said: str, verdict: str = "") -> Phrase:
        """A bond line's phrase ("{name} — {said}"), with the character's Hangul name for a Korean answer."""
        character = self.s.pack.characters.get(character_id)
        return Phrase("bond", name=name, hangul=(character.hangul or "") if character else "", said=said, verdict=verdict)

    def _unsaid(self, kind: str, x: str, y: str) -> Phrase:
        """What the sources leave out of two characters, with their Hangul names for a Korean answer."""
        hangul = {cid: (c.hangul or "") if (c := self.s.pack.characters.get(cid)) else "" for cid in (x, y)}
        return Phrase(kind, name=self.s.short(x), hangul=hangul[x], anchor=self.s.short(y), anchor_hangul=hangul[y])

    def _likes(self, ask: Ask, x: Subject | None, y: Subject | None) -> Answer | None:
        if x is None:
            return None
        loved = self._related(x.id, ("crush_on", "loves", "love_interest_of"), "out")
        if y is not None:
            match = [r for r in loved if r.source == y.id]
            if not match:
                return self._not_said_likes(ask, x, y)
            rel = match[0]
            other = self.s.pack.characters[x.id]
            back = self.s.pack.counterpart(rel)
            said = back.text if back is not None else rel.text
            part = Part(f"Yes. {other.short_name or other.name} \u2014 {said}", rel.spoils, "official",
                        self.s.knowledge.refs(other.sources), hedged=True,
                        phrase=self._bond(other.id, other.short_name or other.name, said, "Yes."))
            return self.s.answer(ask, [part], "relationship", evidence=self.s.profiles.evidence(x), consumed=_WORDS,
                                 subjects=[x, y])
        return self._listed(ask, x, loved)

    def _not_said_likes(self, ask: Ask, x: Subject, y: Subject) -> Answer | None:
        """"does on-jo like cheong-san": the sources give her no such feeling; whom each of the
        two loves, as they tell it (no verdict: "No." would claim more than they say)."""
        romance = ("crush_on", "loves", "love_interest_of")
        rels = [r for cid in (x.id, y.id) for r in self.s.pack.relationships_of(cid)
                if r.type in romance and not r.derived]
        if not rels:
            return None
        parts = [Part(f"My sources don't say that {self.s.short(x.id)} likes {self.s.short(y.id)}. What they do say:", echoes=True,
                      phrase=self._unsaid("unsaid_likes", x.id, y.id))]
        for rel in sorted(rels, key=lambda r: (r.source != x.id, r.spoils)):
            source = self.s.pack.characters[rel.source]
            parts.append(Part(f"{self.s.short(rel.source)} \u2014 {rel.text}", rel.spoils, "official",
                              self.s.knowledge.refs(source.sources),
                              phrase=self._bond(rel.source, self.s.short(rel.source), rel.text)))
        evidence = [*self.s.profiles.evidence(x), *self.s.profiles.evidence(y)]
        return self.s.answer(ask, parts, "relationship", evidence=evidence, consumed=_WORDS, subjects=[x, y])

    def _between(self, ask: Ask, first: Subject, second: Subject) -> Answer:
        pack = self.s.pack
        rels = [(first, r) for r in pack.relationships_of(first.id) if r.target == second.id]
        types = {r.type for _, r in rels}  # "best friend of" said of each: once
        rels += [(second, r) for r in pack.relationships_of(second.id) if r.target == first.id and r.type not in types]
        friends = ask.matches(_FRIENDS) is not None
        if friends:  # what the two share besides: the same homeroom class ("class president of Ms. Park's ...")
            rels += [(s, r) for s in (first, second) for r in pack.relationships_of(s.id) if r.type == "student_of"
                     and any(o.type == "student_of" and o.target == r.target for o in pack.relationships_of(
                         (second if s is first else first).id))]
        if not rels and friends:
            return self._not_called_friends(ask, first, second)
        if not rels:
            return Answer(ask.raw, True, [Part(
                f"The content I have records no direct relationship between {first.name} and {second.name}.")],
                "relationship")
        parts = [Part(f"{owner.name} \u2014 {r.text}", r.spoils, "official",
                      self.s.knowledge.refs(pack.characters[owner.id].sources)) for owner, r in rels]
        if ask.a.yes_no and ask.matches(_SIBLINGS):
            kin = [p for p, (_, r) in zip(parts, rels, strict=True) if r.type in _KIN_TYPES]
            said = kin[0] if kin else parts[0]
            verdict = "Yes." if kin else "No."
            parts = [Part(f"{verdict} {said.text}", said.spoils, said.confidence, said.sources, hedged=True),
                     *(p for p in parts if p is not said)]
        elif friends:
            friendly = [p for p, (_, r) in zip(parts, rels, strict=True) if r.type in _FRIEND_TYPES]
            if friendly:
                said = friendly[0]
                parts = [Part(f"Yes. {said.text}", said.spoils, said.confidence, said.sources, hedged=True),
                         *(p for p in parts if p is not said)]
            else:
                parts = [Part(f"My sources don't call {first.name} and {second.name} friends. What they say of the two:"),
                         *parts]
        return self.s.answer(ask, parts, "relationship", evidence=self.s.profiles.evidence(first), consumed=_WORDS,
                             subjects=[first, second])

    def _not_called_friends(self, ask: Ask, first: Subject, second: Subject) -> Answer:
        """"are suhyeok and gwinam friends", with nothing on record between the two: no "No." (the sources may
        just not say), but what they tell of the two together and who each one is ("a violent bully")."""
        pack = self.s.pack
        ids = {first.id, second.id}
        told = sorted((r for r in self.s.profiles.evidence(first) if ids <= r.subjects and r.kind in ("event", "story", "fate")),
                      key=lambda r: r.spoils)
        parts = [Part(f"My sources don't call {first.name} and {second.name} friends. What they say of the two:"),
                 *(self.s.part(r) for r in told[:1])]
        for one in (first, second):
            character = pack.characters[one.id]
            parts.append(Part(f"{character.name} \u2014 {character.summary}", character.summary_spoils,
                              character.confidence, self.s.knowledge.refs(character.sources)))
        evidence = [*told[:1], *self.s.profiles.evidence(first), *self.s.profiles.evidence(second)]
        return self.s.answer(ask, parts, "relationship", evidence=evidence, consumed=_WORDS, subjects=[first, second])
