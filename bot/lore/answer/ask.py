"""One question (or one clause of a compound question) as the kinds of answer see it.

`Ask` bundles the analysis (analysis.py), the subjects found (subjects.py) and the lookups every
kind of answer shares: records and profiles, sources as `SourceRef`s, and how a record becomes a
`Part` (its text, the position it spoils, its confidence and sources).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.lazy_re import Pattern, compile_later
from bot.lore.answer.analysis import Analysis
from bot.lore.answer.asker_language import asker_language
from bot.lore.answer.deed_phrases import DEEDS
from bot.lore.answer.fate_phrases import TOLD
from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.records import Record, Records
from bot.lore.answer.result import Answer, Evidence, Part, pooled
from bot.lore.answer.story_phrases import Phrase, in_language
from bot.lore.answer.subjects import Found, Profiles, Subject, SubjectFinder
from bot.lore.answer.verbs import deeds_done
from bot.lore.answer.words import stem
from bot.lore.content import ContentPack
from bot.lore.names import Entity
from bot.show import NOTHING, Position

_SETTING = compile_later(r"(?:(?:After|When|While|As|Once|Before|Until) [^,]{1,80}, |(?:In|At) the (?:ending|end|epilogue|finale) )")


@dataclass
class Ask:
    a: Analysis
    found: Found

    @property
    def raw(self) -> str:
        return self.a.raw

    @property
    def text(self) -> str:
        return self.a.text

    @property
    def language(self) -> str:
        """The language the member typed the question in (asker_language: the one place that reads it)."""
        return asker_language(self.a.raw)

    def characters(self) -> list[Subject]:
        return self.found.of_kind("character")

    def people(self) -> list[Subject]:
        return self.found.of_kind("person")

    def matches(self, pattern: Pattern) -> re.Match[str] | None:
        return pattern.search(self.a.text)

    def stems_without(self, words: Iterable[str]) -> list[str]:
        """The question's content stems, less the subjects' words and `words` (stems or words)."""
        drop = {stem(w) for w in words} | set(words) | self.found.consumed
        drop |= {stem(w) for w in self.found.consumed_words}
        return [s for s in self.a.stems if s not in drop]


class Shared:
    """What every kind of answer looks things up in."""

    def __init__(self, knowledge: Knowledge, records: Records, profiles: Profiles, finder: SubjectFinder) -> None:
        self.knowledge = knowledge
        self.records = records
        self.profiles = profiles
        self.finder = finder
        self.pack = knowledge.pack
        self._opening: dict[str, str] = {}  # record id -> the character its text opens with ("" none)

    def opener(self, record: Record) -> str:
        """The character whose doing `record` tells: the one its text opens with, after a
        scene-setting opening ("After Gwi-nam bites him ..., Cheong-san stays behind", "In the
        ending On-jo ..."); "" when it opens with no one name ("She ...")."""
        first = self._opening.get(record.id)
        if first is None:
            lead = _SETTING.match(record.text)
            mentions = self.knowledge.resolver.mentions(record.text[lead.end() if lead else 0:][:40])
            head = mentions[0] if mentions and mentions[0].start <= 4 else None
            first = head.candidates[0].id if head is not None and len(head.candidates) == 1 else ""
            self._opening[record.id] = first
        return first

    def part(self, record: Record, text: str | None = None, *, spoils: Position | None = None,
             until: Position | None = None, phrase: Phrase | None = None) -> Part:
        if text is None and record.kind == "relation" and record.text[:1].islower() and "-rel-" in record.id:
            # a relationship is said from its owner's side: on its own, it names them ("Nam-ra ends
            # Woo-jin's life after he is bitten", never "ends Woo-jin's life ...")
            text = f"{self.short(record.id.split('-rel-')[0])} {record.text}"
        hidden = record.spoils if spoils is None else max(spoils, record.spoils)
        return Part(
            text if text is not None else record.text,
            hidden,
            record.confidence,
            self.knowledge.refs(record.sources, hidden),  # a line hidden past season 1 may cite season 2's cast
            until=until,
            # a record's own text is said in the asker's language where fate_phrases or deed_phrases translates it
            phrase=phrase if phrase is not None or text is not None or (
                record.text not in TOLD and record.text not in DEEDS) else Phrase("told", said=record.text),
        )

    def answer(
        self, ask: Ask, parts: Sequence[Part], intent: str, *, evidence: Iterable[Record] = (),
        consumed: Iterable[str] = (), subjects: Sequence[Subject] = (), extra: frozenset[str] = frozenset(),
    ) -> Answer:
        stems = Evidence((extra, *(record.stems for record in evidence)))
        entities = tuple(Entity(s.kind, s.id, s.name) for s in subjects)  # type: ignore[arg-type]
        used = frozenset(stem(w) for w in consumed) | frozenset(consumed)
        for subject in subjects:
            used |= subject.consumed  # the words that described them ("the science teacher")
        # an episode said alone would drop how unsure an end the sources leave open is ("presumed dead")
        unsure = any(c.fate.status in ("presumed_dead", "unknown") for s in subjects
                     if (c := self.pack.characters.get(s.id)) is not None and c.fate is not None)
        said = in_language(parts, ask.language, "" if unsure else intent)
        if len({s.id for s in subjects}) > 1 and all(s.via == "description" for s in subjects):
            said = pooled(said)  # "who is the archer" at 3: one hidden block, never a count of who fits
        return Answer(ask.raw, True, said, intent, entities, stems, used)

    def describe(self, ask: Ask, stems: Sequence[str], *, strict: bool = False,
                 earliest: bool = True) -> Subject | list[Subject] | None:
        """The character `stems` describe (`SubjectFinder.describe`), never one the question's own
        "girl" or "guy" rules out ("the girl with glasses" is not the bespectacled boy)."""
        return self.finder.describe(stems, strict=strict, gender=asked_gender(ask.a.words),
                                    deeds=frozenset(stem(w) for w in deeds_done(ask.text)), earliest=earliest)

    def alike(self, ask: Ask, found: Subject, stems: Sequence[str], *, fate: bool = False) -> list[Subject]:
        """Who else "who is the archer" (or, `fate`, "does the archer die") asks of (`SubjectFinder.alike`): none
        when the question says a sex ("the archer girl" is Ha-ri alone) or asks neither."""
        asked = fate or ask.a.qtype == "who"
        return self.finder.alike(found, stems) if asked and not asked_gender(ask.a.words) else []

    def subject_spoils(self, subjects: Sequence[Subject]) -> Position:
        return max((s.spoils for s in subjects), default=Position(0, 0))

    def short(self, character_id: str) -> str:
        character = self.pack.characters.get(character_id)
        return (character.short_name or character.name) if character else character_id

    def lead_phrase(self, subject: Subject) -> Phrase | None:
        """`subject.lead()` as facts, for another language: one relation word followed ("On-jo's father"), or the
        actor a question named ("Cho Yi-hyun is an actor: ..."), names in Hangul where the pack has them; None for any
        other lead."""
        character = self.pack.characters.get(subject.id)
        hangul = (character.hangul or "") if character else ""
        if subject.via == "actor" and subject.lead():
            actor = next((p for p in self.pack.people.values() if p.name == subject.anchor), None)
            return Phrase("actor_lead", name=subject.name, hangul=hangul, actor=subject.anchor,
                          actor_hangul=(actor.hangul or "") if actor else "")
        if subject.via != "relation" or len(subject.path) != 1 or not subject.lead():
            return None
        anchor = next((c for c in self.pack.characters.values() if subject.anchor in (c.short_name, c.name)), None)
        return Phrase("kin", name=subject.name, hangul=hangul, anchor=subject.anchor,
                      anchor_hangul=(anchor.hangul or "") if anchor else "", kin=subject.path[0])


def named_in_clear(subject: Subject, pack: ContentPack) -> bool:
    """Whether an "I don't know that about X" may name `subject` in the clear: one the asker named, never one a
    description or a relation found when who they are spoils ("sino yung archer na babae" at 4 is Ha-ri from episode 5)."""
    if subject.via in ("name", "actor"):
        return True
    character = pack.characters.get(subject.id)
    shown = character.summary_spoils if character is not None and subject.via == "description" else NOTHING
    return subject.spoils == NOTHING and shown == NOTHING
