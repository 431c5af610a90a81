"""List questions about kinds of characters: "list the halfbies", "who are the teachers".

A kind is matched against what the pack says each character is (their descriptions and the head of
their summary, "Hyosan High's science teacher"), or, for halfbies, their states through the story
(stages.py); each character found is one part, hidden as far as what makes them one spoils.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.fates import FateAnswers
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part, pooled
from bot.lore.answer.wording import summary_line
from bot.lore.answer.words import FILLER, stems_of
from bot.lore.content import Character
from bot.show import NOTHING

_LIST = compile_later(
    r"\b(?:who are|who were|list|name|which|what are|all)\s+(?:all\s+|of\s+)?(?:the\s+)?(?P<noun>[a-z' ]+?)"
    r"(?:\s+(?P<where>(?:in|on|of|from)\b.*)|\s*\?|$)"
)
# The words of a qualifier ("in class 2-5", "on the roof") that say nothing of who fits it.
_QUALIFIER_FILLER = frozenset({"in", "on", "of", "from", "the", "a", "at", "season", "1", "show", "series", "aouad"})
_HEAD = compile_later(r"^(.*?)(?:,| who | whom | with |;|$)")
_WORDS = ("who", "list", "name", "which", "all", "character", "show", "are", "were")
# "who was bullied", "who gets bullied": everyone the pack says it of (not "who is the bully").
_WHO_STATE = compile_later(
    r"^(?:who|(?:who (?:is|was|are|were) )?the (?P<noun>girl|boy|guy|kid|student|one|person|man|woman)s? (?:who|that))"
    r" (?:else )?(?:is|was|are|were|gets?|got|has been|have been|had been) (?:also )?"
    r"(?P<state>(?!the\b|a\b|an\b|in\b|on\b|at\b)[a-z]+(?: on)?)(?: (?:at school|in school|in the show))?$"
)
# "who becomes a halfbie", "who else turns into a hambie", "how many halfbies are there".
_HALFBIES = compile_later(
    r"^who (?:else )?(?:becomes?|became|turns? into|turned into|is|are|was|were|ends? up as) (?:a |an )?(?:halfbie|hambie)s?$"
    r"|^how many (?:halfbies|hambies)(?: are there| is there| do we see)?(?: in (?:the show|the series|season 1|total))?$"
    # "the halfbie girl", "who's the girl halfbie", "which girl is a halfbie", "the girl who becomes a halfbie"
    r"|^(?:(?:who(?: is| are| was| were| ?'?s)?|which(?: one is)?) )?(?:the |a )?(?:halfbie|hambie|half zombie) "
    r"(?P<noun>girl|boy|guy|kid|student|one|man|woman)s?$"
    r"|^(?:(?:who(?: is| are| was| were| ?'?s)?|which(?: one is)?) )?(?:the |a )?(?P<noun3>girl|boy|guy|man|woman)s? "
    r"(?:halfbie|hambie|half zombie)s?$"
    r"|^(?:(?:who(?: is| are| was| were| ?'?s)?) )?(?:the |which )(?P<noun2>girl|boy|guy|kid|student|man|woman)s? "
    r"(?:(?:who|that) )?(?:is|was|becomes?|became|turns? into|turned into) (?:a |an )?(?:halfbie|hambie)$"
)
# "does anyone become a halfbie besides Nam-ra", "is Nam-ra the only halfbie", "are there other
# halfbies": the others (a yes/no answered by them), never the one named.
_OTHER_HALFBIES = compile_later(
    r"^(?:(?:who (?:else )?(?:becomes?|became|turns? into|turned into|is|are|was|were|ends? up as))"
    r"|(?:does|did|do|will) any(?:one|body)? (?:else )?(?:become|turn into|end up as|turn)"
    r"|(?:is|was|are|were) (?:there )?any(?:one|body)? (?:else )?|are there (?:any )?(?:other|more)"
    r"|who are the|any (?:other|more)) (?:a |an |other |more )?(?:halfbie|hambie)s?(?: too| as well)?"
    r" (?:besides|beside|other than|apart from|except|but|aside from|than|not counting|excluding|like|similar to) (?P<but>ent\d+)"
    r"|^(?:(?:is|was|are|were) any(?:one|body)? else|are there (?:any )?(?:other|more)|(?:does|did) any(?:one|body)? else"
    r" (?:become|turn into)) (?:a |an )?(?:halfbie|hambie)s?$"
    r"|^(?:is|was) (?P<only>ent\d+) the only (?:halfbie|hambie)$"
)


class ListAnswers:
    def __init__(self, shared: Shared, fates: FateAnswers) -> None:
        self.s = shared
        self.fates = fates

    def answer(self, ask: Ask) -> Answer | None:
        match = ask.matches(_LIST)
        if match is None or ask.found.subjects:
            return None
        noun = match.group("noun").strip()
        if not noun.endswith("s") and not noun.endswith("ies"):
            return None  # a kind is asked in the plural: "the teachers", "the halfbies"
        wanted = stems_of(noun) - FILLER
        if not wanted:
            return None
        if wanted == {"halfbie"}:
            return self._halfbies(ask)
        # "the students in class 2-5": only those whom something in the pack puts there, each
        # hidden as far as what puts them there spoils.
        where = [w for w in stems_of(match.group("where") or "") - FILLER if w not in _QUALIFIER_FILLER]
        parts: list[Part] = []
        evidence: list[Record] = []
        for character in self.s.pack.characters.values():
            placed = NOTHING
            if where:
                records = self.s.profiles.character.get(character.id, []) + self.s.profiles.descriptions.get(
                    character.id, [])
                fitting = [r for r in records if self.s.records.covers(where, r.stems)]
                if not fitting:
                    continue
                placed = min(r.spoils for r in fitting)
            # "the teacher's son" is a son, not a teacher: a description is what follows its possessive.
            heads = [(_HEAD.match(character.summary) or _HEAD.match("")).group(1),  # type: ignore[union-attr]
                     *(d.text.rsplit("'s ", 1)[-1] for d in character.descriptions)]
            spoils = [d.spoils for d in character.descriptions]
            if any(wanted <= stems_of(h) for h in heads[:1]):
                parts.append(Part(summary_line(character.name, character.summary), character.summary_spoils,
                                  character.confidence, self.s.knowledge.refs(character.sources)))
            elif any(wanted <= stems_of(h) for h in heads[1:]):
                first = min((s for h, s in zip(heads[1:], spoils, strict=True) if wanted <= stems_of(h)), default=NOTHING)
                parts.append(Part(summary_line(character.name, character.summary), max(first, character.summary_spoils),
                                  character.confidence, self.s.knowledge.refs(character.sources)))
            else:
                continue
            if placed > parts[-1].spoils:
                last = parts[-1]
                parts[-1] = Part(last.text, placed, last.confidence, last.sources)
            evidence += self.s.profiles.character.get(character.id, [])
        if where and parts:
            # "the students in class 2-5": what the pack says of the group as a whole comes first.
            pool = self.s.records.pool("facts", lambda r: r.kind == "fact")
            asked = [*where, *wanted]
            group = next((r for _, r in self.s.records.ranked(asked, pool)
                          if not r.subjects and self.s.records.covers(asked, r.stems)), None)
            if group is not None:
                parts.insert(0, self.s.part(group))
                evidence.append(group)
        if len(parts) < 2:
            return None
        return self.s.answer(ask, parts, "list", evidence=evidence, consumed=_WORDS, extra=frozenset(wanted))

    def states(self, ask: Ask) -> Answer | None:
        """"who was bullied": every character whose summary or description says so; "who becomes
        a halfbie", "how many halfbies are there": every halfbie, not the first one found."""
        if ask.found.subjects or ask.a.episode is not None or ask.a.rank:
            return None
        if ask.a.season in (None, 0, 1) and (halfbies := ask.matches(_HALFBIES)) is not None:
            noun = halfbies.group("noun") or halfbies.group("noun2") or halfbies.group("noun3") or ""
            return self._halfbies(ask, counted=ask.a.qtype == "how_many", gender=asked_gender([noun]))
        match = ask.matches(_WHO_STATE) if not ask.a.season else None
        if match is None:
            return None
        wanted = stems_of(match.group("state")) - FILLER
        if not wanted:
            return None
        parts: list[Part] = []
        evidence: list[Record] = []
        gender = asked_gender([match.group("noun") or ""])
        for character in self.s.pack.characters.values():
            if gender and self.s.profiles.gender.get(character.id, "") not in ("", gender):
                continue  # "the girl who got bullied": not the boys
            said = [(character.summary, character.summary_spoils),
                    *((d.text.rsplit("'s ", 1)[-1], d.spoils) for d in character.descriptions)]
            spoils = [p for text, p in said if wanted <= stems_of(text)]
            if not spoils:
                continue
            parts.append(Part(summary_line(character.name, character.summary), max(min(spoils), character.summary_spoils),
                              character.confidence, self.s.knowledge.refs(character.sources)))
            evidence += self.s.profiles.character.get(character.id, [])
        if len(parts) < (1 if match.group("noun") else 2):
            return None
        return self.s.answer(ask, parts, "list.state", evidence=evidence, consumed=_WORDS, extra=frozenset(wanted))

    def other_halfbies(self, ask: Ask) -> Answer | None:
        """"does anyone become a halfbie besides Nam-ra", "is Nam-ra the only halfbie": the others."""
        if "halfbie" not in ask.text and "hambie" not in ask.text:
            return None  # the cheap test first
        match = ask.matches(_OTHER_HALFBIES)
        if match is None or ask.a.season or ask.a.episode is not None:
            return None
        slot = match.group("but") or match.group("only")
        candidates = ask.a.slots[slot].candidates if slot and slot in ask.a.slots else ()
        named = candidates[0].id if candidates else None
        others = [(c, spoils) for c, spoils in sorted(self.fates.halfbies(), key=lambda pair: pair[1]) if c.id != named]
        if not others:
            return None
        verdict = "No. " if match.group("only") else "Yes. " if ask.a.yes_no else ""
        parts = []
        own = next((sp for c, sp in self.fates.halfbies() if c.id == named), None)
        if own is not None:
            # "are there other halfbies like namra": say plainly that there are others, as far as both are seen
            name = self.s.pack.characters[str(named)].name
            parts.append(Part(f"{verdict}{name} is not the only one. The other halfbies the sources name:",
                              max(own, others[0][1]), "official", (), hedged=bool(verdict)))
            verdict = ""
        for i, (character, spoils) in enumerate(others):
            parts.append(Part(f"{verdict if i == 0 else ''}{character.name}: {self._halfbie_text(character)}",
                              max(spoils, character.fate.spoils if character.fate else NOTHING),
                              character.fate.confidence if character.fate else "official",
                              self.s.knowledge.refs(character.sources), hedged=bool(verdict) and i == 0))
        subjects = ask.characters()
        return self.s.answer(ask, parts, "list.halfbies", subjects=subjects, extra=frozenset({"halfbie"}),
                             consumed=(*_WORDS, "else", "other", "more", "only", "besides", "beside", "except",
                                       "apart", "aside", "than", "anyone", "anybody", "any", "become", "turn",
                                       "there", "too", "well", "counting", "excluding", "end"))

    def _halfbie_text(self, character: Character) -> str:
        """Their fate if it says they were a halfbie, else the step where they became one (Gwi-nam's fate
        is the fire, which never says what he was)."""
        fate = character.fate
        text = fate.text if fate is not None else character.summary
        if re.search(r"\b(?:halfbie|hambie)s?\b", text.casefold()):
            return text
        turned = [st.text for st in self.fates.stages(character.id) if st.state == "halfbie"]
        return f"{turned[0]} {text}" if turned else text

    def _halfbies(self, ask: Ask, *, counted: bool = False, gender: str = "") -> Answer | None:
        parts: list[Part] = []
        for character, spoils in sorted(self.fates.halfbies(), key=lambda pair: pair[1]):
            if gender and self.s.profiles.gender.get(character.id, "") not in ("", gender):
                continue  # "the halfbie girl": not Gwi-nam
            fate = character.fate
            text = fate.text if fate is not None else character.summary
            parts.append(Part(f"{character.name}: {text}", max(spoils, fate.spoils if fate else NOTHING),
                              fate.confidence if fate else character.confidence, self.s.knowledge.refs(character.sources)))
        if not parts:
            return None
        if counted:
            # Only the ones the sources name: Nam-ra herself says there are others.
            # (how many there are is known only once the last of them is: hidden as far as that)
            parts.insert(0, Part(f"My sources name {len(parts)} halfbies (infected, yet keeping their minds):",
                                 max(p.spoils for p in parts), "official", ()))
        return self.s.answer(ask, pooled(parts), "list.halfbies", consumed=(*_WORDS, "how", "many", "there", "become", "became", "turn", "turned", "else"),
                             extra=frozenset({"halfbie"}))
