"""Someone described by what they do to a named character: "the teacher who dies for Na-yeon, who
plays her", "who plays the guy who filmed Gwi-nam".

The name inside the relative clause ("who dies for Na-yeon") is not whom the question is about:
the one it describes is. The event index says who that is: an event of the clause's verb (any event,
when it has none the index knows) that the named character is part of, with one other character in
it whom the noun fits ("the teacher": Ms. Park). The clause is then read as that character's own
slot, and a "her" or "him" after it as them too. Nothing is rewritten unless exactly one fits.

A clause with no name in it narrows the noun the same way ("what happened to the teacher who made
the virus": Byeong-chan, not Ms. Park; "the cop who finds the laptop": Jae-ik): the events of the
clause's verb whose words the clause shares, with their doer among those the noun fits; or, when
the index has no such verb, whom "who <clause>" is answered with, if the noun fits them alone.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import Slot
from bot.lore.answer.groups import DIES_IN_EPISODE
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.records import Records
from bot.lore.answer.result import Answer
from bot.lore.answer.roles import adult
from bot.lore.answer.subjects import Subject, SubjectFinder
from bot.lore.answer.verbs import done_to_another, verbs_in
from bot.lore.answer.words import STOP, stem, stems_of
from bot.lore.content import ContentPack, StoryEvent
from bot.lore.names import Mention, NameResolver
from bot.show import NOTHING, Position

_FATED = r"(?:die|dies|died|dead|alive|survive|survives|survived|live|lives|turn|turns)\b"
_RELATIVE = compile_later(
    rf"\b(?:the|that) ((?:(?!that\b)[a-z]+ )?(?!that\b)[a-z]+) (?:who|that|whom) ((?:(?!\bwho\b|\s-+\s|\s?[–—])[^,?.!])*?\b(ent\d+)\b(?: 's)?"
    # ("that teacher who saved ent0" is the same one; "the teacher who saves ent0 die": the fate asked of the teacher
    # is never part of the clause)
    # ("... ent0 - does she die", "... nayeon-does she die": a dash parts them too; "the one who bit ent0 - ent1 right?"
    # names whom it means)
    rf"(?: (?!{_FATED})[a-z]+)?)\s*(?=,|(?:-+\s?|[–—])(?!\s*ent\d)|$|who\b|{_FATED})"
)
# Nouns that fit anyone: the event alone decides.
_ANYONE = frozenset("one person guy girl boy kid student man woman dude lady character".split())
# "the teacher who made the virus", "the cop that finds the laptop": a clause with no name in it.
_NAMELESS = compile_later(
    r"\bthe ((?:[a-z]+ )?[a-z]+) (?:who|that) ((?:(?!\b(?:who|and|but|or|ent\d+)\b)[^,?.!])+?)"
    r"(?=,|$|\s+(?:and|or|but|die|dies|died|dead|alive|survive\w*|live|lives|end|ends|turn|turns|become|becomes|"
    r"is|was|do|does|did|go|goes|say|says|in (?:episode|ep|season)|played)\b)"
)
# Nouns of the police: a detective is a cop to fans ("the cop who finds the laptop": Jae-ik).
_SAME = {"cop": "police detective", "cops": "police detective", "policeman": "police detective",
         "officer": "police detective", "detective": "police detective", "police": "police detective"}
_WATCHED = compile_later(r"^(?:filmed|films|film|filming|recorded|records|record|recording)\b")
_PASSIVE = compile_later(r"^(?:got|gets|get|getting|was|were|is|are|has been|had been|have been|been|being)\s+\w+(?:ed|en|wn)\b")
_RANKS = frozenset({"first", "last", "second", "third", "only", "final", "next"})
_PRONOUN = compile_later(r"\b(?:her|him|she|he|them|they)\b")
_NOT_A_PART = frozenset({"present"})
_YOUNG = frozenset("girl boy kid student".split())  # "the boy who died": a student, never So-ju (groups.py reads them so)
_FATES = frozenset({"death", "turn", "halfbie"})  # what a verb said of no one else befalls its subject
# "the female teacher" (also "la profesora", "die lehrerin" glossed): a noun that fits several, narrowed by a gender word
_GENDERED = compile_later(r"\bthe (female|woman|lady|male|man) ([a-z]{3,})\b")
# "who is the female teacher that dies in episode 3": which of them dies there (groups.py), never the one woman's profile
_DIES_IN_EPISODE = compile_later(r"\s*" + DIES_IN_EPISODE)


def _befalls(deed: str) -> bool:
    """Whether `deed` is a fate done to no one else ("died", "turned"), so it describes the one it befalls."""
    verbs = verbs_in(deed)
    return bool(verbs) and verbs[0][4] in _FATES and not done_to_another(verbs[0][3])


class RelativeClauses:
    def __init__(self, pack: ContentPack, finder: SubjectFinder, resolver: NameResolver, records: Records) -> None:
        self._finder = finder
        self._resolver = resolver
        self._events = list(pack.events.values())
        self._records = records

    def narrow(self, clause: str, slots: dict[str, Slot], who: Callable[[str], Answer]) -> str:
        """`clause` with "the teacher who made the virus" read as the one character it describes (a
        new slot); `who` answers "who made the virus". Unchanged unless exactly one fits."""
        clause = self._gendered(clause, slots)
        if " who " not in clause and " that " not in clause:
            return clause
        m = _NAMELESS.search(clause)
        if m is None or not (deed := m.group(2).strip()):
            return clause
        if m.group(1).split()[0] in _RANKS:
            return clause  # "the first girl that turned": a rank (origins.py, who_dies.py), not one described
        noun = m.group(1).split()[-1]
        fits = self._fitting(noun, m.group(1))
        for same in _SAME.get(noun, "").split():
            fits = (fits or set()) | (self._fitting(same, same) or set())
        if fits is not None and len(fits) < 2 and noun not in _ANYONE:
            return clause  # one already ("the science teacher who ..."), or none: the noun decides
        found, spoils = self._doers(deed, fits, noun)
        if len(found) > 1 and _befalls(deed):
            # "the girl who died": several it befalls, asked back which one, the names hidden as far as their fates
            several = tuple(e for cid in sorted(found) if (e := self._resolver.get("character", cid)) is not None)
            word = f"ent{90 + len(slots)}"
            slots[word] = Slot(word, Mention(0, 0, m.group(0), several), spoils)
            return f"{clause[:m.start()]}{word} {clause[m.end():]}".strip()
        if len(found) != 1:
            answer = who(f"who {deed}")
            # whom it names, or else whom its first line names ("Song Jae-ik. Detective Jae-ik tells ...")
            told_of = answer.entities or (self._resolver.find_mentions(answer.parts[0].text) if answer.parts else [])
            named = {e.id for e in told_of if e.kind == "character" and (fits is None or e.id in fits)
                     and self._gender_fits(noun, e.id)}
            # whom the answer names as the one who did it or whom the deed describes ("made the virus")
            told = answer.answered and answer.intent in ("who_is", "who_did", "attribute", "record.who")
            found, spoils = (named, answer.spoils or NOTHING) if told else (set(), NOTHING)
        if len(found) != 1 or (entity := self._resolver.get("character", next(iter(found)))) is None:
            return clause
        word = f"ent{90 + len(slots)}"
        slots[word] = Slot(word, Mention(0, 0, entity.name, (entity,)), spoils)
        after = _PRONOUN.sub(word, clause[m.end():], count=1).strip()
        return f"{clause[:m.start()]}{word} {after}".strip()

    def _gendered(self, clause: str, slots: dict[str, Slot]) -> str:
        """`clause` with "the female teacher" read as the one teacher the pack says is a woman (a new slot), when
        "the teacher" alone could mean several; unchanged otherwise."""
        m = _GENDERED.search(clause)
        # only a noun the sources' own word ("teacher"), never one read as another ("the male lead": no captain)
        if m is None or m.group(2) in _ANYONE or stem(m.group(2)) != m.group(2) \
                or not isinstance(self._finder.describe([m.group(2)]), list) or _DIES_IN_EPISODE.match(clause, m.end()):
            return clause
        found = self._finder.describe([m.group(2)], gender=asked_gender([m.group(1)]))
        if not isinstance(found, Subject) or (entity := self._resolver.get("character", found.id)) is None:
            return clause
        word = f"ent{90 + len(slots)}"
        slots[word] = Slot(word, Mention(0, 0, entity.name, (entity,)), found.spoils)
        return f"{clause[:m.start()]}{word}{clause[m.end():]}"

    def _doers(self, deed: str, fits: set[str] | None, noun: str) -> tuple[set[str], Position]:
        """Who does `deed` in the events of its verb that share its other words."""
        verbs = verbs_in(deed)
        if _WATCHED.search(deed):  # "the student who filmed the bullying": there when it happened
            kinds, agents, wanted = None, frozenset({"present"}), stems_of(deed)
        elif verbs:
            # "the kid that got thrown off the roof": a passive clause describes the one it is done to, and so does a
            # fate done to no one ("the girl who died": who dies, never who kills)
            kinds, agents = verbs[0][0], verbs[0][2] if _PASSIVE.match(deed) or _befalls(deed) else verbs[0][1]
            wanted = stems_of(deed) - stems_of(verbs[0][3]) - {stem(w) for w in STOP}
        else:
            return set(), NOTHING
        best: list[tuple[int, set[str], Position]] = []
        for event in self._events:
            if kinds is not None and event.kind not in kinds:
                continue
            shared = len(wanted & self._records.by_id[event.id].stems) if event.id in self._records.by_id else 0
            doers = {p.character for p in event.participants if p.role in agents
                     and (fits is None or p.character in fits) and self._gender_fits(noun, p.character)}
            if doers and (shared or not wanted):
                best.append((shared, doers, event.spoils))
        if not best:
            return set(), NOTHING
        top = max(b[0] for b in best)
        chosen = [b for b in best if b[0] == top]
        return set().union(*(b[1] for b in chosen)), max(b[2] for b in chosen)

    def rewrite(self, clause: str, slots: dict[str, Slot]) -> str:
        """`clause` with "the teacher who dies for ent0" read as the one it describes (a new slot)."""
        if " who" not in clause and " that" not in clause:
            return clause
        m = _RELATIVE.search(clause := " ".join(clause.split()))  # a name's slot leaves two spaces ("ent0  eye")
        if m is None:
            return clause
        slot = slots.get(m.group(3))
        if slot is None or len(slot.candidates) != 1 or slot.candidates[0].kind != "character":
            return clause
        anchor = slot.candidates[0].id
        noun = m.group(1).split()[-1]
        fits = self._fitting(noun, m.group(1))
        if fits is not None and not fits:
            return clause
        verbs, watched = verbs_in(m.group(2)), _WATCHED.search(m.group(2)) is not None
        if not verbs and not watched:
            return clause  # a verb the index does not know ("bullied"): nothing to read it by
        # "the guy who filmed Gwi-nam": there when it happened (the one who films is present), never Gwi-nam
        kinds, agents = (None, frozenset({"present"})) if watched else (verbs[0][0], verbs[0][1])
        doers: set[str] = set()  # who does it to them ("the guy who bit Nam-ra": the biter)
        others: set[str] = set()  # anyone else in it ("the teacher who dies for Na-yeon")
        spoils, unfit = NOTHING, False  # unfit: only someone of the other gender did it
        theirs = [e for e in self._events if (kinds is None or e.kind in kinds)
                  and e.involves(anchor)]
        for event in self._sharing(theirs, set(stems_of(m.group(2))) - {m.group(3)} - {stem(w) for w in STOP}):
            them = [p for p in event.participants if p.character != anchor and (watched or p.role not in _NOT_A_PART)
                    and (fits is None or p.character in fits)]
            unfit = unfit or any(p.role in agents and not self._gender_fits(noun, p.character) for p in them)
            them = [p for p in them if self._gender_fits(noun, p.character)]
            if them:
                doers |= {p.character for p in them if p.role in agents}
                others |= {p.character for p in them}
                spoils = max(spoils, event.spoils)
        found = doers or others
        if not found and unfit:
            # "who plays the boy who killed Woo-jin": the one who did it is no boy, so the description alone is
            # asked ("I don't know of a boy who fits that"), never Woo-jin's actor
            return clause[m.start():m.end()]
        if len(found) != 1:
            return clause
        entity = self._resolver.get("character", next(iter(found)))
        if entity is None:
            return clause
        word = f"ent{90 + len(slots)}"
        # who they are is what the event tells: hidden as it is
        slots[word] = Slot(word, Mention(0, 0, entity.name, (entity,)), spoils)
        after = _PRONOUN.sub(word, clause[m.end():], count=1)
        return f"{clause[:m.start()]}{word} {after}".strip()

    def _sharing(self, events: list[StoryEvent], wanted: set[str]) -> list[StoryEvent]:
        """The events that share the most of the clause's words ("stabbed Gwi-nam's eye": the library, never
        his fights on the roof); all of them when none shares any."""
        shared = {e.id: len(wanted & self._records.by_id[e.id].stems) if e.id in self._records.by_id else 0
                  for e in events}
        top = max(shared.values(), default=0)
        return [e for e in events if shared[e.id] == top] if top else events

    def _gender_fits(self, noun: str, character: str) -> bool:
        """"the guy that kills Woo-jin" is no girl, whatever the event says; "the boy who died" no grown man."""
        if noun in _YOUNG and (known := self._finder.pack.characters.get(character)) is not None and adult(known):
            return False
        asked = asked_gender([noun])
        return not asked or self._finder.profiles.gender.get(character, "") in ("", asked)

    def _fitting(self, noun: str, phrase: str) -> set[str] | None:
        """The characters `noun` fits (None: anyone)."""
        if noun in _ANYONE:
            return None
        described = self._finder.describe(sorted({stem(w) for w in phrase.split()}),
                                          gender=asked_gender([noun, *phrase.split()]))
        if isinstance(described, Subject):
            return {described.id}
        if isinstance(described, list):
            return {s.id for s in described}
        return set()

