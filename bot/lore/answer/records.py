"""Everything the pack states, as records a question's words are matched against.

A `Record` is one statement the engine can answer with: a fact, a claim, an event of the index, an
episode summary, a character's summary, fate or event, a person's note. It carries the stems of its
text and keywords (words.py), the characters and people it is about, the position it spoils, how
sure it is and its sources. `Records.ranked` scores records for a question by the rarity of the
words they share with it (a word found in few records weighs more: "handkerchief" decides, "season"
hardly does), and `covers` says whether a record accounts for every word of a question: an answer
that leaves a word of the question unexplained ("Cheong-san's MBTI") is not an answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.lazy_re import compile_later
from bot.lore.answer.words import SOFT_STEMS, stems_of
from bot.lore.content import ContentPack
from bot.lore.names import NameResolver
from bot.show import NOTHING, Position
from bot.text import MONTH_NAMES

T = TypeVar("T")

_NUMBER = compile_later(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million|dozen)\b", re.I)
_DATE = compile_later(
    r"\b(?:19|20)\d\d\b|\b(?:" + "|".join(MONTH_NAMES) + r")\b"
    r"|\b(?:midnight|a\.m\.|p\.m\.|GMT|Pacific|Eastern|day|days|week|weeks|month|months|year|years)\b"
)
_NEGATES = compile_later(
    r"\b(?:wrong|not|no source|neither|never|nobody|no one|unconfirmed|fan-made|misquoted|rather than|only)\b",
    re.I,
)
_OTHERS_CLAUSE = compile_later(r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?), (?:who|whose) [^,.;()]+(?=[,.;()]|$)")
_SENTENCES = compile_later(r"(?<=[.!?])\s+(?=[A-Z])")
# A name of the Korean kind ("Nam-su", "Park Ji-hu"): someone is named even if the pack lacks them.
_PERSONISH = compile_later(r"\b[A-Z][a-z]+-[a-z]+\b")


# What a claim's milestone is called in questions (a claim's record holds these words too).
_MILESTONE_WORDS: dict[str, tuple[str, ...]] = {
    "renewed": ("renewed", "renewal", "announced", "confirmed"),
    "pre_production": ("pre-production",),
    "casting": ("cast", "casting", "announced"),
    "filming": ("filming", "production", "started"),
    "filming_wrapped": ("wrapped", "finished filming"),
    "post_production": ("post-production",),
    "teaser": ("teaser",),
    "trailer": ("trailer",),
    "release_date_announced": ("release date",),
    "release_date_changed": ("release date",),
    "released": ("released",),
    "delayed": ("delayed", "postponed", "pushed back"),
    "cancelled": ("cancelled",),
}


@dataclass(frozen=True)
class Record:
    id: str
    kind: str  # fact, claim, event, episode, summary, description, fate, story (a character's own event), note
    text: str
    stems: frozenset[str]
    spoils: Position
    confidence: str
    sources: tuple[str, ...]
    subjects: frozenset[str] = frozenset()
    episode: Position | None = None
    topic: str = ""
    has_number: bool = False
    has_date: bool = False
    negates: bool = False
    names_someone: bool = False
    keyword_stems: frozenset[str] = frozenset()  # found only in the keywords
    topic_stems: frozenset[str] = frozenset()  # in the text and the keywords: what it is about

    @property
    def says_only_who(self) -> bool:
        """A description: a label fans give someone ("the one-eyed guy") says who they are, never how,
        why, when or where anything happened to them."""
        return self.kind == "description"


def make_record(
    rid: str, kind: str, text: str, spoils: Position, confidence: str, sources: Sequence[str], *,
    keywords: Iterable[str] = (), subjects: Iterable[str] = (), episode: Position | None = None, topic: str = "",
) -> Record:
    keys = " ".join(keywords)
    about = frozenset(subjects)
    text_stems = stems_of(text)
    key_stems = stems_of(keys) if keys else frozenset()
    return Record(
        rid, kind, text, text_stems | key_stems, spoils, confidence, tuple(sources), about, episode,
        topic, bool(_NUMBER.search(text)), bool(_DATE.search(text)), bool(_NEGATES.search(text)),
        bool(about) or bool(_PERSONISH.search(text)), key_stems - text_stems, key_stems & text_stems,
    )


class Records:
    """Every record of the pack, and how rare each stem is among them."""

    def __init__(self, pack: ContentPack, resolver: NameResolver) -> None:
        self.pack = pack
        self.resolver = resolver
        records: list[Record] = []
        for fact in pack.facts.values():
            records.append(make_record(
                fact.id, "fact", fact.text, fact.spoils, fact.confidence, fact.sources, keywords=fact.keywords,
                subjects=self._about(fact.text + " " + " ".join(fact.keywords)), topic=fact.topic,
            ))
        for claim in pack.claims.values():
            said = (claim.date[:4], *_MILESTONE_WORDS.get(claim.milestone or "", ()), claim.release_window or "")
            records.append(make_record(
                claim.id, "claim", claim.text, claim.spoils, claim.confidence, (claim.source, *claim.corroborated_by),
                keywords=said, subjects=self._about(claim.text), topic=f"season{claim.season}",
            ))
        for event in pack.events.values():
            words = [*event.names, event.place or "", event.kind]
            records.append(make_record(
                event.id, "event", event.text, event.spoils, event.confidence, event.sources, keywords=words,
                subjects={p.character for p in event.participants} | self._about(event.text),
                episode=event.episode,
            ))
        for position, episode in pack.episodes.items():
            records.append(make_record(
                f"episode-{position}", "episode", episode.summary, episode.spoils, "official", pack.show.recaps,
                episode=position,
            ))
        self.all: tuple[Record, ...] = tuple(records)
        self.by_id: dict[str, Record] = {r.id: r for r in records}
        counts: dict[str, int] = {}
        for record in records:
            for s in record.stems:
                counts[s] = counts.get(s, 0) + 1
        total = len(records) + 1
        self._idf: dict[str, float] = {s: math.log(total / (1 + n)) + 1.0 for s, n in counts.items()}
        self._unknown_idf = math.log(total) + 1.0
        self.vocabulary: frozenset[str] = frozenset(counts)
        # Each record's words with their weight in a match (see `ranked`), made on first use.
        self._weights: dict[int, dict[str, float]] = {}
        # For pools registered once (`pool`), which of their records hold each word: a match then
        # visits only the records that share a word with the question.
        # (the pool itself is kept beside its index: two engines building the same pool at once keep one, and the
        # other's id, freed, could be reused by a later list that must not be read with this index)
        self._postings: dict[int, tuple[tuple[Record, ...], dict[str, list[tuple[Record, float]]]]] = {}
        self._pools: dict[str, tuple[Record, ...]] = {}
        self._kept: dict[str, Any] = {}

    def _about(self, text: str) -> set[str]:
        return {e.id for m in self.resolver.mentions(text) for e in m.candidates}

    def said_of(self, record: Record, ids: Iterable[str]) -> str:
        """The sentences of the record that name one of `ids`; all of it when it is one sentence or
        none names them. "They are not the Korean actors" says nothing of Lomon, whom the next
        sentence names among the leads."""
        wanted = set(ids)
        if not wanted:
            return record.text
        text = record.text
        if ", who" in text or ", whose" in text:
            # "Na-yeon sneers at Gyeong-su, who comes from a poor family": the poverty is his, not hers
            text = _OTHERS_CLAUSE.sub(lambda m: m.group(0) if wanted & self._about(m.group(1)) else m.group(1), text)
        sentences = _SENTENCES.split(text)
        if len(sentences) < 2:
            return text
        kept = [t for t in sentences if wanted & self._about(t)]
        return " ".join(kept) if kept else text

    def stems_said_of(self, record: Record, ids: Iterable[str]) -> frozenset[str]:
        """The record's stems, less those of its sentences about others (`said_of`)."""
        said = self.said_of(record, ids)
        return record.stems if said == record.text else stems_of(said)

    def covers(self, stems: Sequence[str], evidence: Container[str]) -> bool:
        """`covers` with the rarity of words in this pack."""
        return covers(stems, evidence, self.idf)

    def idf(self, s: str) -> float:
        return self._idf.get(s, self._unknown_idf)

    def score(self, stems: Iterable[str], record: Record) -> float:
        return sum(self.idf(s) for s in set(stems) if s in record.stems)

    def weights(self, record: Record) -> dict[str, float]:
        """A word's weight in a match: its rarity; found only in the keywords a little less, in the
        text and the keywords (what the record is about) a little more; long records are a little
        less specific. Computed once per record."""
        found = self._weights.get(id(record))
        if found is None:
            norm = 1.0 + 0.01 * len(record.stems - record.keyword_stems)  # keywords do not dilute
            found = {
                s: self.idf(s) * (0.75 if s in record.keyword_stems else 1.25 if s in record.topic_stems else 1.0) / norm
                for s in record.stems
            }
            self._weights[id(record)] = found
        return found

    def kept(self, name: str, build: Callable[[Records], T]) -> T:
        """What `build` makes of these records (and their pack), made once and kept with them, so
        every engine of the pack shares it: an answer kind's tables, never changed once made. Not
        bot.recent.RecentByIdentity: these live and die with the records they are of, one per name, so need no bound."""
        if name not in self._kept:
            self._kept[name] = build(self)
        made: T = self._kept[name]
        return made

    def pool(self, name: str, wanted: Callable[[Record], bool]) -> tuple[Record, ...]:
        """The records `wanted` picks, as a pool matched often: indexed by word once per pack and
        kept with these records, so every engine of the pack shares it (and its id, the key of
        its index, is never reused while the index lives)."""
        kept = self._pools.get(name)
        if kept is not None:
            return kept
        kept = tuple(r for r in self.all if wanted(r))
        postings: dict[str, list[tuple[Record, float]]] = {}
        for record in kept:
            for s, w in self.weights(record).items():
                postings.setdefault(s, []).append((record, w))
        kept = self._pools.setdefault(name, kept)  # the first of two built at once is the one every engine shares
        self._postings.setdefault(id(kept), (kept, postings))
        return kept

    def ranked(
        self, stems: Sequence[str], pool: Iterable[Record], *, minimum: float = 0.0,
    ) -> list[tuple[float, Record]]:
        """Records of `pool` sharing words with `stems`, best first (ties: safer, surer first)."""
        wanted = tuple(set(stems))
        indexed = self._postings.get(id(pool))
        postings = indexed[1] if indexed is not None and indexed[0] is pool else None
        scored: list[tuple[float, Record]]
        if postings is not None:
            totals: dict[int, float] = {}
            found: dict[int, Record] = {}
            for s in wanted:
                for record, w in postings.get(s, ()):
                    key = id(record)
                    totals[key] = totals.get(key, 0.0) + w
                    found[key] = record
            scored = [(v, found[k]) for k, v in totals.items() if v > minimum]
        else:
            scored = []
            for record in pool:
                weights = self._weights.get(id(record)) or self.weights(record)
                value = 0.0
                for s in wanted:
                    value += weights.get(s, 0.0)
                if value > minimum:
                    scored.append((value, record))
        order = {"official": 0, "reported": 1, "rumour": 2}
        scored.sort(key=lambda pair: (-pair[0], order.get(pair[1].confidence, 3), pair[1].spoils, pair[1].id))
        return scored


def uncovered(stems: Iterable[str], evidence: Container[str]) -> list[str]:
    """The question's stems that the evidence does not account for (soft words may stay open)."""
    return [s for s in dict.fromkeys(stems) if s not in evidence and s not in SOFT_STEMS]


def _all_in(stems: Sequence[str], evidence: Container[str]) -> bool:
    for s in stems:
        if s not in evidence:
            return False
    return True


def covers(stems: Sequence[str], evidence: Container[str], rarity: Callable[[str], float]) -> bool:
    """Whether the evidence accounts for the question's words: all of them, or all but one when at
    least three meaningful words are matched and the one left is not the question's most telling
    word (a paraphrase, "use the PA system to distract", not a different subject, "who killed
    Hyosan High's principal" against a text about Hyosan High's students)."""
    if _all_in(stems, evidence):
        return True
    missing = uncovered(stems, evidence)
    if not missing:
        return True
    matched = [s for s in set(stems) if s in evidence and s not in SOFT_STEMS]
    if len(missing) != 1 or len(matched) < 3:
        return False
    return rarity(missing[0]) <= max(rarity(s) for s in matched)


def union(records: Iterable[Record]) -> frozenset[str]:
    out: set[str] = set()
    for record in records:
        out |= record.stems
    return frozenset(out)


def highest(positions: Iterable[Position]) -> Position:
    return max(positions, default=NOTHING)
