"""Who a question is about: a name, a description, or a relation path, resolved to characters and people.

- A name is a slot of the analysis (the one name resolver found it).
- A description ("the bully", "the girl in the pink vest", "the pregnant girl", "the martial law
  commander") is matched against what the pack says of each character, most specific first: the
  descriptions fans use (characters.yaml `descriptions`), then the character's summary and names,
  then any one thing the pack says about them (a relationship, an event). Only one character may
  fit; identifying them spoils what the matching text spoils.
- A relation path follows the relationship graph from a name or a description: "On-jo's father",
  "the father of the boy thrown off the roof", "the main character's dad", "the boy On-jo likes";
  each step keeps the position it spoils.

`Profiles` holds, for each character and person, the records of everything the pack says about
them: the evidence an answer about them may rest on.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import Analysis
from bot.lore.answer.deed_objects import CALLED, DONE_BY, called, done_to
from bot.lore.answer.pronouns import asked_gender, character_gender
from bot.lore.answer.records import Record, Records, make_record
from bot.lore.answer.relation_phrases import ASKS_ACTOR, LIKED_BY, LIKES, OWNED_RELATIVE, REL_AFTER, REL_OF
from bot.lore.answer.relation_words import GENDER_PAIRS, LOVE_TYPES, MODIFIERS, ONE_WAY, OUTGOING, REL_WORDS
from bot.lore.answer.words import FILLER, OCCUPATIONS, PERSON_WORDS, STOP, TITLE_STEMS, stem, stems_of
from bot.lore.content import Character, ContentPack, Relationship
from bot.show import NOTHING, Position

# What a fate is called in questions ("why does X die" finds a fate that never says "die").
_FATE_WORDS: dict[str, tuple[str, ...]] = {
    "dead": ("dies", "dead", "death"), "zombie": ("dies", "turns", "zombie"), "halfbie": ("halfbie",),
    "alive": ("survives", "alive"), "presumed_dead": ("dies", "presumed dead"), "unknown": ("fate",),
}
_HEADS = frozenset({"boy", "girl", "guy", "one", "person", "man", "woman", "kid", "student", "character", "lady",
                    "dude", "teen", "teenager", "people", "who", "that", "whose"})


def unfollowed_relative(text: str, subject: Subject) -> bool:
    """Whether `text` asks about a relative of `subject` that the pack does not know ("does jin-su's
    mother die" found only Jin-su): what is said of `subject` is not said of them."""
    return subject.via != "relation" and any(m.group(1) in REL_WORDS for m in OWNED_RELATIVE.finditer(text))


@dataclass(frozen=True)
class Subject:
    kind: str  # character or person
    id: str
    name: str
    spoils: Position = NOTHING  # what finding them reveals (a description or a relation may spoil)
    consumed: frozenset[str] = frozenset()  # question stems used to find them
    path: tuple[str, ...] = ()  # relation words followed ("father",)
    via: str = "name"
    anchor: str = ""  # for a relation: whom it starts from ("On-jo")

    def lead(self) -> str:
        """"On-jo's father is Nam So-ju" for a subject found through a relation; "Yoon Chan-young
        plays Lee Cheong-san in the show." for a character asked of by their actor's name; else ""."""
        if self.via == "actor" and self.anchor:
            return f"{self.anchor} is an actor: this is about the character they play, {self.name}."
        if self.via != "relation" or not self.path or not self.anchor or self.anchor in self.name:
            return ""  # "Cheong-san's mother is Cheong-san's mother" says nothing
        if self.path == ("admirer",):  # "the guy who likes Ha-ri": he likes her, never "Ha-ri's crush is Dae-su"
            return f"{self.name} likes {self.anchor}."
        plural = self.path[-1].split()[-1] in ("parents", "siblings", "friends", "kids")  # "On-jo's parents include ..."
        return f"{self.anchor}'s {' '.join(self.path)} {'include' if plural else 'is'} {self.name}."


@dataclass
class Found:
    subjects: list[Subject] = field(default_factory=list)
    ambiguous: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (typed text, names)
    consumed_words: set[str] = field(default_factory=set)  # words of the question read as the subject
    ambiguous_spoils: Position = NOTHING  # what naming those several gives away ("the guy Gwi-nam bit")
    undone: str = ""  # "the boy Cheong-san saved": a deed the sources give them to no one
    # "onjo's boyfriend" the sources name no one as: (anchor id, relation word), so the answer is
    # about that relative (romance.py), never the anchor, who stays the subject
    unfollowed: tuple[str, str] = ("", "")

    def first(self, kind: str | None = None) -> Subject | None:
        return next((s for s in self.subjects if kind is None or s.kind == kind), None)

    def of_kind(self, kind: str) -> list[Subject]:
        return [s for s in self.subjects if s.kind == kind]

    @property
    def consumed(self) -> frozenset[str]:
        out: set[str] = set()
        for s in self.subjects:
            out |= s.consumed
        return frozenset(out)


_LEADING_PRONOUN = compile_later(r"^(?:(He|She)|(His|Her)) ")
# "An injured student whom the archery club carries": what a relative clause says is of another, not of them
_RELATIVE = compile_later(r"\b(?:whom|who|which|that)\b")


def named(text: str, name: str) -> str:
    """A character's own event as said on its own: "He orders the missile strikes" names him
    ("Jin Seon-moo orders ..."), since an answer line may be all a reader sees of it."""
    return _LEADING_PRONOUN.sub(lambda m: f"{name} " if m.group(1) else f"{name}'s ", text, count=1)


class Profiles:
    """What the pack says about each character and person, as records."""

    def __init__(self, pack: ContentPack, records: Records) -> None:
        self.pack = pack
        self.records = records
        self.character: dict[str, list[Record]] = {}
        self.descriptions: dict[str, list[Record]] = {}
        self.person: dict[str, list[Record]] = {}
        self.incoming: dict[tuple[str, str], list[Relationship]] = {}
        self.outgoing: dict[tuple[str, str], list[Relationship]] = {}
        # "she" or "he" as the pack's own sentences about them say ("" when they do not): "the girl
        # with glasses" is never the bespectacled boy
        self.gender: dict[str, str] = {c.id: character_gender(c) for c in pack.characters.values()}
        for c in pack.characters.values():
            self.character[c.id] = self._character_records(c)
            self.descriptions[c.id] = [
                make_record(f"{c.id}-desc-{i}", "description", d.text, d.spoils, c.confidence, c.sources, subjects={c.id},
                            keywords=_traits(d.text))
                for i, d in enumerate(c.descriptions)
            ]
            for rel in c.relationships:
                self.outgoing.setdefault((rel.source, rel.type), []).append(rel)
                self.incoming.setdefault((rel.target, rel.type), []).append(rel)
        # each description with its stems less filler and its noun, read once, not for each question (`_described`)
        self.described = {cid: [(r, r.stems - FILLER, _noun(r.text)) for r in ds] for cid, ds in self.descriptions.items()}
        for p in pack.people.values():
            own = [make_record(f"{p.id}-note", "note", p.notes or p.name, p.notes_spoils, "official", p.sources,
                               keywords=(p.name, *p.variants, *p.roles), subjects={p.id})]
            own += [r for r in records.all if p.id in r.subjects and r.kind in ("fact", "claim")]
            self.person[p.id] = own

    def _character_records(self, c: Character) -> list[Record]:
        out = [make_record(f"{c.id}-summary", "summary", c.summary, c.summary_spoils, c.confidence, c.sources,
                           keywords=(c.name, c.short_name, *c.variants, *_traits(c.summary)), subjects={c.id})]
        for i, event in enumerate(c.events):
            out.append(make_record(f"{c.id}-story-{i}", "story", named(event.text, c.short_name or c.name), event.spoils,
                                   "official", c.sources,
                                   subjects={c.id}, episode=event.episode))
        for rel in c.relationships:
            out.append(make_record(f"{c.id}-rel-{rel.type}-{rel.target}", "relation", rel.text, rel.spoils,
                                   c.confidence, c.sources, subjects={c.id, rel.target}))
        if c.fate is not None:
            out.append(make_record(f"{c.id}-fate", "fate", named(c.fate.text, c.short_name or c.name), c.fate.spoils, c.fate.confidence,
                                   c.fate.sources or c.sources,
                                   keywords=_FATE_WORDS.get(c.fate.status, ()), subjects={c.id},
                                   episode=c.fate.episode))
        out += [r for r in self.records.all if c.id in r.subjects and r.kind in ("fact", "event")]
        return out

    def evidence(self, subject: Subject) -> list[Record]:
        if subject.kind == "character":
            return self.character.get(subject.id, []) + self.descriptions.get(subject.id, [])
        return self.person.get(subject.id, [])

    def titled(self, subject: Subject, stems: Sequence[str]) -> bool:
        """Whether `stems` are only titles their own summary gives them ("teacher" for the science teacher, as in
        "who is teacher byeong-chan", "병찬 쌤 누구"): they name the subject; nothing more is asked."""
        summary = next((r for r in self.evidence(subject) if r.kind == "summary"), None)
        return bool(stems) and summary is not None and set(stems) <= TITLE_STEMS & set(summary.stems)

    # -- relations

    def related(self, anchor: str, word: str, modifier: str = "") -> list[Relationship]:
        """The relationships that make someone `word` of `anchor` ("father" of On-jo: So-ju's
        parent_of toward her), told from that someone's side."""
        types, gender = REL_WORDS.get(word, ((), ""))
        if modifier in MODIFIERS and "sibling_of" in types:
            types = (MODIFIERS[modifier],)
        if modifier == "best" and word == "friend":
            types = ("best_friend_of",)
        found: list[Relationship] = []
        if word in OUTGOING:
            # Whom the anchor loves (told from that one's side); only if nobody, who loves the anchor
            # (On-jo's crush on Su-hyeok does not make her his girlfriend: he loves Nam-ra).
            found += [r for r in (self._reverse(x) for t in types for x in self.outgoing.get((anchor, t), []))
                      if r is not None]
            if not found and word not in ONE_WAY:
                found += [r for t in types for r in self.incoming.get((anchor, t), [])]
        else:
            found += [r for t in types for r in self.incoming.get((anchor, t), [])]
        if gender:
            other = GENDER_PAIRS[gender]
            found = [r for r in found if not re.search(rf"\b{other}\b", r.text.casefold())]
        seen: dict[str, Relationship] = {}
        for r in found:
            seen.setdefault(r.source, r)
        return list(seen.values())

    def _reverse(self, rel: Relationship) -> Relationship | None:
        """The relationship seen from its target's side (for "X's girlfriend": who X loves)."""
        back = self.pack.counterpart(rel)
        return back

    def loved_by(self, anchor: str) -> list[Relationship]:
        """Whom `anchor` loves or has a crush on (told from the loved one's side)."""
        out: list[Relationship] = []
        for t in LOVE_TYPES:
            for rel in self.outgoing.get((anchor, t), []):
                back = self.pack.counterpart(rel)
                out.append(back if back is not None else Relationship(t, rel.target, anchor, rel.text, rel.spoils, True))
        return out

    def lovers_of(self, anchor: str) -> list[Relationship]:
        """Who loves or has a crush on `anchor`."""
        return [r for t in LOVE_TYPES for r in self.incoming.get((anchor, t), [])]


# What fans call anyone ("the kid with glasses"): no trait of theirs.
_JOB_STEMS = frozenset(stem(w) for w in OCCUPATIONS)
_PERSON_NOUNS = frozenset({stem(w) for w in [*PERSON_WORDS, "kids", "child"]})
_MEANING = frozenset({stem("mean"), stem("meaning")})
_SEX = frozenset({stem("male"), stem("female")})  # "the male archer": one of "the archers"
_NOUN_GENDER = {stem(w): g for w, g in (("guy", "he"), ("boy", "he"), ("dude", "he"), ("man", "he"), ("girl", "she"),
                                        ("woman", "she"), ("lady", "she"), ("gal", "she"), ("lad", "he"))}
# Saying something ("who says Train to Busan"): the line itself describes them.
_SPEAKING = frozenset({stem(w) for w in "say says said line quote mention mentions".split()})
# Traits described in one word and asked in another ("bespectacled": "glasses").
_TRAIT_WORDS = {"bespectacled": ("glasses", "glass", "spectacles", "specs", "eyeglasses")}


_TRAIT_STEMS = frozenset({stem(w) for word, words in _TRAIT_WORDS.items() for w in (word, *words)})


def _traits(text: str) -> tuple[str, ...]:
    return tuple(w for word, words in _TRAIT_WORDS.items() if word in text.casefold() for w in words)


_ACTING = frozenset({"killer", "biter", "attacker", "infector"})
class SubjectFinder:
    def __init__(self, pack: ContentPack, profiles: Profiles) -> None:
        self.pack = pack
        self.profiles = profiles

    def find(self, a: Analysis) -> Found:
        found = Found()
        by_slot: dict[str, list[Subject]] = {}
        for word in a.slot_words:
            slot = a.slots.get(word)
            if slot is None:
                continue
            entities = [e for e in slot.candidates]
            if len(entities) > 1:
                found.ambiguous.append((slot.mention.text, tuple(e.name for e in entities)))
                found.ambiguous_spoils = max(found.ambiguous_spoils, slot.spoils)  # "the girl who died": their fates
                continue
            entity = entities[0]
            by_slot[word] = [Subject(entity.kind, entity.id, entity.name, slot.spoils)]
        text = a.text
        for match in LIKED_BY.finditer(text):
            anchor = by_slot.get(match.group("anchor"), [])
            for s in anchor:
                rels = self.profiles.loved_by(s.id)
                self._replace(found, by_slot, match, s, rels, "love", text)
        for match in LIKES.finditer(text):
            for s in by_slot.get(match.group("anchor"), []):
                self._replace(found, by_slot, match, s, self.profiles.lovers_of(s.id), "admirer", text)
        for match in DONE_BY.finditer(text):  # "the kid ent0 bullied": whom ent0 did it to
            for s in by_slot.get(match.group("anchor"), [])[:1]:
                done = done_to(self.pack, s.id, match["verb"], match["rest"].split(), match["place"] or "")
                typed = match.group(0).replace(match.group("anchor"), self._short(s.id))
                self._object(found, by_slot, typed, done, a, match.group("anchor"))
        for match in CALLED.finditer(text):  # "the welfie boy": whom another calls a "welfie"
            if done := called(self.pack, match["word"] or match["word2"]):
                self._object(found, by_slot, match.group(0), done, a)
        for match in REL_AFTER.finditer(text):
            anchor_text = match.group("anchor") or match.group("anchor_ko")
            path_text = match.group("path") or match.group("path_ko")
            anchors = self._roles(self._anchor(anchor_text, by_slot, found, a), a)
            steps = [s.strip() for s in path_text.split("'s")]
            while len(steps) > 1 and not self._is_path(steps):
                steps.pop()  # "Ha-ri's brother's blood type": the path ends where the attribute begins
            if not anchors or not self._is_path(steps):
                continue
            subjects = self._follow(anchors, steps, found)
            self._unfollowed(found, anchors, steps, subjects)
            named = self._apposed(text[:match.start()], by_slot, subjects)
            if named is not None:
                # "who played I-sak, On-jo's best friend": the path says who I-sak is, not another
                for word in {named, *re.findall(r"ent\d+", anchor_text)} - {named}:
                    by_slot.pop(word, None)
                found.consumed_words.update(anchor_text.split())
                found.consumed_words.update(w for step in steps for w in step.split())
                continue
            if subjects is not None:
                key = f"path{len(by_slot)}"
                for word in re.findall(r"ent\d+", anchor_text):
                    by_slot.pop(word, None)
                by_slot[key] = subjects
                found.consumed_words.update(anchor_text.split())
                found.consumed_words.update(w for step in steps for w in step.split())
        for match in REL_OF.finditer(text):
            anchors = self._roles(self._anchor(match.group("anchor"), by_slot, found, a), a)
            rel = match.group("rel").split()
            if not anchors:
                continue
            subjects = self._follow(anchors, [" ".join(rel)], found)
            self._unfollowed(found, anchors, [" ".join(rel)], subjects)
            if subjects is not None:
                for word in re.findall(r"ent\d+", match.group("anchor")):
                    by_slot.pop(word, None)
                by_slot[f"of{len(by_slot)}"] = subjects
                found.consumed_words.update(match.group(0).split())
        for subjects in by_slot.values():
            for s in subjects:
                if s not in found.subjects:
                    found.subjects.append(s)
        return found

    @staticmethod
    def _unfollowed(found: Found, anchors: list[Subject], steps: Sequence[str], subjects: list[Subject] | None) -> None:
        if subjects is None and len(anchors) == 1 and anchors[0].kind == "character" and len(steps) == 1 and steps[0]:
            found.unfollowed = (anchors[0].id, steps[0].split()[-1])

    @staticmethod
    def _apposed(before: str, by_slot: dict[str, list[Subject]], subjects: list[Subject] | None) -> str | None:
        """The slot right before a relation path that the path describes ("ent0 ent1 's best friend"
        where ent0 is one of ent1's best friends), or None."""
        prior = re.search(r"(ent\d+)\s*,?\s*$", before)
        if prior is None or subjects is None:
            return None
        named = by_slot.get(prior.group(1), [])
        return prior.group(1) if len(named) == 1 and any(s.id == named[0].id for s in subjects) else None

    def _is_path(self, steps: Sequence[str]) -> bool:
        return all(step.split()[-1] in REL_WORDS for step in steps if step)

    def _roles(self, anchors: list[Subject], a: Analysis) -> list[Subject]:
        """In "who plays ha seung-ri's brother" the actor stands for the one character they play: the
        sources know characters' families, and the question asks for a role, never the actor's own kin."""
        if not ASKS_ACTOR.search(a.text):
            return anchors
        out = []
        for anchor in anchors:
            roles = self.pack.characters_played_by(anchor.id) if anchor.kind == "person" else []
            out.append(Subject("character", roles[0].id, roles[0].name, anchor.spoils) if len(roles) == 1 else anchor)
        return out

    def _anchor(self, text: str, by_slot: dict[str, list[Subject]], found: Found, a: Analysis) -> list[Subject]:
        slot = re.fullmatch(r"ent\d+", text.strip())
        if slot is not None:
            return by_slot.get(text.strip(), [])
        words = [w for w in text.split() if w not in ("the", "a")]
        described = self.describe([stem(w) for w in words if w not in STOP and stem(w) not in FILLER and w not in _HEADS])
        if isinstance(described, Subject):
            return [described]
        return []

    def _follow(self, anchors: list[Subject], steps: Sequence[str], found: Found) -> list[Subject] | None:
        current = anchors
        for step in steps:
            words = step.split()
            if not words:
                continue
            word, modifier = words[-1], (words[0] if len(words) > 1 else "")
            nxt: list[Subject] = []
            for anchor in current:
                if anchor.kind != "character":
                    continue
                for rel in self.profiles.related(anchor.id, word, modifier):
                    target = self.pack.characters.get(rel.source)
                    if target is None:
                        continue
                    spoils = max(anchor.spoils, rel.spoils)
                    start = anchor.anchor or self._short(anchor.id)
                    path = (*anchor.path, step) if anchor.via == "relation" else (step,)
                    nxt.append(Subject("character", target.id, target.name, spoils,
                                       anchor.consumed | stems_of(step), path, "relation", start))
            if not nxt:
                return None
            current = nxt
        return current

    def _object(self, found: Found, by_slot: dict[str, list[Subject]], typed: str, done: dict[str, Position] | None,
                a: Analysis, anchor: str = "") -> None:
        """The one of `done` the question's "girl" or "guy" allows, for its anchor; several: asked back
        (the names spoil what the deeds spoil); none: the anchor stays."""
        fits = {c: p for c, p in (done or {}).items() if asked_gender(a.words) in ("", self.profiles.gender.get(c, ""))}
        was = max((s.spoils for s in (by_slot.pop(anchor, []) if fits or done is not None else ())), default=NOTHING)
        found.undone = "" if fits or done is None else typed  # never the doer's own story instead
        if len(fits) > 1:
            found.ambiguous.append((typed, tuple(self.pack.characters[c].name for c in fits)))
            found.ambiguous_spoils = max(was, *fits.values())
        for cid, spoils in fits.items() if len(fits) == 1 else ():
            found.consumed_words.update(typed.split())
            by_slot[f"obj{len(by_slot)}"] = [Subject("character", cid, self.pack.characters[cid].name,
                                                     max(spoils, was), stems_of(typed), (), "description")]

    def _replace(self, found: Found, by_slot: dict[str, list[Subject]], match: re.Match[str], anchor: Subject,
                 rels: list[Relationship], word: str, text: str) -> None:
        subjects = []
        for rel in rels:
            target = self.pack.characters.get(rel.source)
            if target is not None:
                label = "crush" if word == "love" else word
                subjects.append(Subject("character", target.id, target.name, max(anchor.spoils, rel.spoils),
                                        stems_of(match.group(0)), (label,), "relation", self._short(anchor.id)))
        if not subjects:  # "the guy hari likes", whom no source says she likes: "I don't know", never Ha-ri herself
            found.unfollowed = (anchor.id, "liked" if word == "love" else word)
            return
        by_slot.pop(match.group("anchor"), None)
        by_slot[f"rel{match.start()}"] = subjects
        found.consumed_words.update(match.group(0).split())

    # -- descriptions

    def describe(self, stems: Sequence[str], *, strict: bool = False, gender: str = "",
                 deeds: frozenset[str] = frozenset(), earliest: bool = True) -> Subject | list[Subject] | None:
        """The one character `stems` describe: a Subject; several equally: the list; none: None.
        `strict`: only what fans call them (their descriptions), not any text that fits. `deeds`: the
        stems of what the question says they did to another ("the guy who bombed the city"): a line of
        their story names them only when they do it there (verbs.deeds_done). `earliest`: of several descriptions
        alike, the one the story shows first; else ("who is the student": three "... student"s) all of them."""
        found = self._described(stems, strict=strict, gender=gender, deeds=deeds, earliest=earliest)
        kin = [REL_WORDS[s][0] for s in stems if s in REL_WORDS and REL_WORDS[s][1]]
        if isinstance(found, list) and kin:
            # "the bullied son": the one who is a son, never his father whose story names "his bullied son"
            related = [s for s in found if any(r.type in kin[-1] for r in self.pack.relationships_of(s.id))]
            found = related[0] if len(related) == 1 else found
        if isinstance(found, Subject):
            # "the politician lady", "the detective guy": the person word fits them, so it is theirs
            nouns = {s for s in stems if s in _PERSON_NOUNS and _NOUN_GENDER.get(s, "") in (
                "", self.profiles.gender.get(found.id, ""))}
            if nouns - found.consumed:
                found = Subject(found.kind, found.id, found.name, found.spoils, found.consumed | nouns, found.path,
                                found.via, found.anchor)
        return found

    def _described(self, stems: Sequence[str], *, strict: bool, gender: str,
                   deeds: frozenset[str], earliest: bool) -> Subject | list[Subject] | None:
        wanted = frozenset(s for s in stems if s not in FILLER)
        if not wanted:
            return None
        asked = gender

        def fits(cid: str) -> bool:
            return not asked or self.profiles.gender.get(cid, "") in ("", asked)

        # Tier 1: what fans call them: a description's words all in the question (or the other way,
        # or two words shared); more words shared first, then the one whose last word (its noun,
        # "villain" in "the villain") the question says.
        tier: list[tuple[float, Subject]] = []
        for cid, descs in self.profiles.described.items():
            if not fits(cid):
                continue
            for record, own, head in descs:
                shared = own & wanted
                # Part of a description names them only with its noun: "the president" is the class
                # president, but "the baby" (a "birth" word) is not "the pregnant girl".
                # "mean" is also "meaning": "the mean girl" needs her person word ("지우학 뜻" is nobody)
                if own & _MEANING and not gender and not (set(stems) & _PERSON_NOUNS):
                    continue
                if own and (own <= wanted or (wanted <= own and not strict and head in wanted) or len(shared) >= 2):
                    tier.append((len(shared) + (0.5 if head in shared else 0.0) + (0.25 if own == wanted else 0.0),
                                 self._subject(cid, record.spoils, shared)))
        picked = self._unique(tier, earliest=earliest)
        # "the injured student the archers carry": "the archer" (Ha-ri) leaves "carry" unsaid, so the one all the words
        # say is asked first (a kin word left, "the chicken shop mom", is the description's own)
        partial = None
        if isinstance(picked, Subject) and not strict and wanted - _PERSON_NOUNS - picked.consumed - REL_WORDS.keys():
            partial, picked, wanted = picked, None, wanted - _PERSON_NOUNS  # (kept, should no one fit every word)
        if picked is not None:
            return picked
        # Tier 1b: a trait only one character's descriptions have ("the kid with glasses": the
        # bespectacled one), whoever the question calls them ("kid", "guy").
        trait = wanted - _PERSON_NOUNS
        if trait and trait <= _TRAIT_STEMS:
            having: dict[str, Position] = {}
            for cid, records in self.profiles.character.items():
                traits = [r for r in (*records, *self.profiles.descriptions.get(cid, []))
                          if r.kind in ("summary", "description") and trait <= r.stems]
                if traits and fits(cid):
                    having[cid] = min(r.spoils for r in traits)
            if len(having) == 1:
                cid, spoils = next(iter(having.items()))
                return self._subject(cid, spoils, wanted)
        # "who says Train to Busan": what they say is one of their own events
        said, spoke = wanted, len(wanted - _SPEAKING) >= 2 and bool(wanted & _SPEAKING)
        wanted = wanted - _SPEAKING if spoke else wanted
        # Tier 2: their summary or their names; tier 3: any one thing said about them. A single word
        # ("best", "survive") is not enough to describe someone there.
        if (len(wanted) < 2 and not asked) or strict:
            return partial
        tiers: tuple[tuple[str, ...], ...] = (("summary",), ("story",), ("event",), ("relation", "fate")) if spoke else (
            ("summary",), ("event",), ("relation", "story", "fate"))
        if len(wanted) < 2:
            # one word and a "boy" or "girl" ("the boy with the bow"): who they are says it of them,
            # never a single line of their story ("the boy who survives" is no one boy)
            tiers = (("summary",),)
        jobs = wanted & _JOB_STEMS  # "the zombie teacher": one who is a teacher, never a student a teacher hides
        for kinds in tiers:
            tier = []
            for cid, records in self.profiles.character.items():
                told = [r for r in records if r.kind in kinds and wanted <= r.stems and (
                    r.kind != "event" or self._takes_part(cid, r)) and self._does(cid, r, deeds & wanted)]
                if told and fits(cid) and (not jobs or kinds == ("summary",) or any(
                        r.kind in ("summary", "description") and jobs <= r.stems for r in records)):
                    best = min(told, key=lambda r: r.spoils)
                    tier.append((len(wanted), self._subject(cid, best.spoils, said)))
            picked = self._unique(tier)
            if picked is not None:
                return picked
        return partial

    def alike(self, found: Subject, stems: Sequence[str]) -> list[Subject]:
        """Others `stems` describe but for a sex word, when the story has several of that noun: "the archer" is
        Ha-ri's description, Min-jae "the male archer", and the pack tells of "her archers"; "the protagonist"
        (no "protagonists" told of) stays the one it names."""
        wanted = frozenset(s for s in stems if s not in FILLER)
        exact = [r for r in self.profiles.descriptions.get(found.id, []) if r.stems - FILLER == wanted]
        plural = f" {exact[0].text.split()[-1].casefold()}s " if exact else ""
        if not plural or not any(plural in f" {r.text.casefold()} " for r in self.profiles.records.all):
            return []
        return [self._subject(cid, r.spoils, wanted) for cid, records in self.profiles.descriptions.items()
                if cid != found.id for r in records if wanted < r.stems - FILLER and r.stems - FILLER - wanted <= _SEX]

    def members(self, stems: Sequence[str]) -> list[Subject]:
        """Everyone whose summary or a description says all of `stems` ("who is in the archery
        club": the captain and the boy from the club), the first time it is said of them."""
        wanted = frozenset(s for s in stems if s not in FILLER)
        if not wanted:
            return []
        found: list[Subject] = []
        for cid, records in self.profiles.character.items():
            fits = [r for r in records if r.kind in ("summary", "description") and wanted <= r.stems
                    and wanted <= stems_of(_RELATIVE.split(r.text, maxsplit=1)[0])]
            if fits:
                found.append(self._subject(cid, min(r.spoils for r in fits), wanted))
        return found

    def _does(self, cid: str, record: Record, deeds: frozenset[str]) -> bool:
        """Whether `record` has them do `deeds` themselves: "Gwi-nam goes down ... while Hyosan is
        bombed" says nothing of who bombed it, and an event they take part in as one it happens to
        (`_takes_part`) never makes them its doer."""
        if not deeds or record.kind == "summary":
            return True
        if record.kind == "event":
            return False
        character = self.pack.characters[cid]
        names = {character.name, character.short_name or character.name, *character.variants, "he", "she", "they"}
        doer = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
        done = {stem(m.group(1).casefold()) for m in re.finditer(
            rf"(?:^|\W)(?:{doer})\s+(?:\w+\s+){{0,2}}?(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bbe )(?<!\bbeen )(\w+)",
            record.text, re.I)}
        return deeds <= done

    def _takes_part(self, cid: str, record: Record) -> bool:
        event = self.pack.events.get(record.id)
        if event is None:
            return False
        # A bystander is not who an event describes when someone in it acts ("the guy who killed the
        # principal" is Gwi-nam, who kills him, never Cheong-san, who films it).
        acted = any(p.role in _ACTING for p in event.participants)
        return any(p.character == cid and p.role in ("victim", "present", "survivor", "rescued")
                   and not (p.role == "present" and acted) for p in event.participants)

    def _unique(self, tier: list[tuple[float, Subject]], *, earliest: bool = True) -> Subject | list[Subject] | None:
        if not tier or len({s.id for _, s in tier}) > 4:
            return None
        best = max(size for size, _ in tier)
        top: dict[str, Subject] = {}
        for size, s in tier:
            if size == best and (s.id not in top or s.spoils < top[s.id].spoils):
                top[s.id] = s
        if len(top) == 1:
            return next(iter(top.values()))
        # Several fit as well: the one the story shows first, when one comes first ("the boy thrown
        # off the roof" is the episode-1 one), so a description never reaches past the earliest.
        ordered = sorted(top.values(), key=lambda s: s.spoils)
        if earliest and ordered[0].spoils < ordered[1].spoils:
            return ordered[0]
        return ordered

    def _short(self, cid: str) -> str:
        character = self.pack.characters.get(cid)
        return (character.short_name or character.name) if character else cid

    def _subject(self, cid: str, spoils: Position, consumed: frozenset[str]) -> Subject:
        character = self.pack.characters[cid]
        return Subject("character", cid, character.name, spoils, consumed, (), "description")


@functools.lru_cache(maxsize=4096)
def _noun(description: str) -> str:
    """A description's last word as a stem (its noun: "villain" in "the villain"), stemmed once, not for each question."""
    return stem(description.split()[-1].casefold())
