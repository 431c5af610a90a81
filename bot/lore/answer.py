"""Free-text answers over the content pack, with sources, confidence and spoiler episodes.

`AnswerEngine.answer_structured(question)` recognises an intent (who plays, who is, what happens to,
which episode, relationships, episode summaries, show facts, season-2 news, refuted claims) and the
people and characters named (through the one `NameResolver`); it never touches the database.
`await AnswerEngine.answer(question)` adds the fallback: SQLite FTS5 (BM25) over every fact and
claim text, accepted only when the hit shares enough words with the question; otherwise a plain
"I don't know that" that lists what can be answered. Nothing is ever made up: every text comes from
the pack, each part with the episode it spoils, its confidence and its sources.

`render_text(answer, progress)` is the single renderer to text: parts past `progress` are wrapped in
||…|| by bot/spoilers.py, sources travel inside their part (so a spoiling part's sources are hidden
with it), and the highest episode any shown part spoils is returned.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.errors import UserError
from bot.lore.live import LiveSeason2, LiveSource, Season2Snapshot
from bot.lore.names import Entity, Mention, NameResolver, fold
from bot.show import LAST_EPISODE
from bot.spoilers import SpoilerTracker
from bot.text import clean_input
from db.lore.search_index import FactSearchIndex

if TYPE_CHECKING:
    from bot.lore.content import Character, Claim, ContentPack, Fact, Person

QUESTION_LIMIT = 500


class QuestionError(UserError):
    """A question /ask cannot take (empty, too long); the message says what to do."""


def prepare_question(text: str) -> str:
    """A typed question made safe (bot.text.clean_input) and checked: not empty, not too long."""
    cleaned = clean_input(text, limit=QUESTION_LIMIT + 1)
    if not cleaned:
        raise QuestionError("Ask me something about All of Us Are Dead, for example: who plays On-jo?")
    if len(cleaned) > QUESTION_LIMIT:
        raise QuestionError(f"That question is too long; keep it under {QUESTION_LIMIT} characters.")
    return cleaned
_CLAIM_MATCH = 4.0  # the score a claim needs to be what a yes/no season-2 question asks about
CONFIDENCE_ORDER = {"official": 0, "reported": 1, "rumour": 2}
_LABELS = {"reported": "Reportedly: ", "rumour": "Rumour: "}
# How a part whose text carries its own hedge names a claim's confidence inside that text.
_HEDGE_WORDS = {"reported": "reported", "rumour": "rumour"}

CAPABILITIES = (
    "who plays a character and whom an actor plays, who a character is, what happens to them and in "
    "which episode (behind spoiler tags), family and friends (\"On-jo's father\"), what happens in "
    "episodes 1-12, the show's premiere, directors, writer, studios and webtoon, and season 2 news "
    "(renewal, filming, cast, release date)"
)


# --------------------------------------------------------------------------- result types


@dataclass(frozen=True)
class SourceRef:
    publisher: str
    title: str
    url: str | None
    date: str | None

    def label(self) -> str:
        return self._label

    @functools.cached_property
    def _label(self) -> str:
        return f"{self.publisher}, {_date(self.date)}" if self.date else self.publisher

    def as_json(self) -> dict[str, str | None]:
        return {"publisher": self.publisher, "title": self.title, "url": self.url, "date": self.date}


@dataclass(frozen=True)
class Part:
    text: str
    spoils: int = 0
    confidence: str = "official"
    sources: tuple[SourceRef, ...] = ()
    # The text already says how sure it is ("No. ...", "What settles it (reported): ..."), so no
    # confidence label goes in front of it (a verdict the bot is sure of is never hedged).
    hedged: bool = False

    @functools.cached_property
    def line(self) -> str:
        """The part as one line (see `part_text`), built once per part."""
        return _part_line(self)


@dataclass
class Answer:
    question: str
    answered: bool
    parts: list[Part]
    intent: str = "unknown"
    entities: tuple[Entity, ...] = ()

    @property
    def confidence(self) -> str | None:
        """The weakest confidence among the parts (official > reported > rumour)."""
        if not self.answered or not self.parts:
            return None
        return max((p.confidence for p in self.parts), key=lambda c: CONFIDENCE_ORDER.get(c, 0))

    @property
    def sources(self) -> list[SourceRef]:
        seen: dict[SourceRef, None] = {}
        for part in self.parts:
            for source in part.sources:
                seen.setdefault(source, None)
        return list(seen)

    @property
    def spoils_episode(self) -> int | None:
        highest = max((p.spoils for p in self.parts), default=0)
        return highest or None


def part_text(part: Part) -> str:
    """A part as one line: confidence label, text, then its sources in brackets."""
    return part.line


def _part_line(part: Part) -> str:
    text = part.text if part.hedged else _LABELS.get(part.confidence, "") + part.text
    if part.sources:
        text += " (" + "; ".join(s.label() for s in part.sources) + ")"
    return text


def render_text(answer: Answer, progress: int) -> tuple[str, int | None]:
    """The answer as text with ||…|| around every part past `progress`; and its spoiler episode."""
    tracker = SpoilerTracker(progress)
    lines = [tracker.render(part_text(part), part.spoils) for part in answer.parts]
    return "\n".join(lines), tracker.highest


def answer_json(answer: Answer, progress: int) -> dict[str, object]:
    text, spoils = render_text(answer, progress)
    return {
        "question": answer.question,
        "answered": answer.answered,
        "answer": text,
        "spoils_episode": spoils,
        "confidence": answer.confidence,
        "sources": [s.as_json() for s in answer.sources],
    }


# --------------------------------------------------------------------------- vocabulary

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_EPISODE_NO = re.compile(r"\b(?:episode|ep|eps|e)\s*\.?\s*#?\s*(\d{1,3})\b")
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": 12, "final": 12,
}
_ORDINAL_EPISODE = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\s+episode\b")
_SEASON2 = re.compile(
    r"\b(?:season\s*(?:2|two|ii)\b|s2\b|second\s+season|next\s+season|new\s+season|sequel|renew\w*"
    r"|(?:be|is there)\s+(?:a\s+)?another\s+season)"
)
_SEASON1 = re.compile(r"\b(?:season\s*(?:1|one)\b|s1\b|first\s+season)")
_YEAR = re.compile(r"\b(20[0-3]\d)\b")
_YEAR_RUN = re.compile(r"20[0-3]\d")
_YESNO = re.compile(r"^(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b")

_FATE_WORDS = re.compile(
    r"\b(?:dead|die|dies|died|dying|death|alive|survive[sd]?|surviving|survivor|live|lives|lived|"
    r"fate|happens?|happened|killed|turn|turns|turned|zombie|zombified|halfbie|hambie|infected|"
    r"make it|end up|ending|become)\b"
)
_WHICH_EPISODE = re.compile(r"\b(?:which|what)\s+(?:episode|ep)\b|\bwhen\s+(?:does|did|do)\b|\bin what episode\b")
_PLAYS = re.compile(
    r"\b(?:who\s+(?:plays|played|portrays|portrayed|acts|acted|is playing|voices|stars as)|"
    r"played by|portrayed by|actor|actress|actors|cast as|plays|played|play|playing|role|roles|character does|"
    r"who is the actor|who's the actor)\b|연기|배우"
)
_ROLE_OF_PERSON = re.compile(
    r"\b(?:who|what|which)\s+(?:role|character|part)?\s*(?:does|did|is)\s+.+\s+(?:play|playing|portray)\b"
    r"|\b(?:role|roles|character|characters|part)\b"
)

# Relationship words -> the types the ANSWER has toward the named character X, read from the
# answer's side: "X's father" = F parent_of X; "who killed X" = K killed X.
_REL_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...] = (
    (re.compile(r"\b(?:father|dad|daddy|mother|mom|mum|parent|parents)\b"), ("parent_of",), "parent"),
    (re.compile(r"\b(?:son|daughter|child|children|kid|kids)\b"), ("child_of",), "child"),
    (re.compile(r"\b(?:older|big|elder)\s+(?:brother|sister|sibling)\b"), ("older_sibling_of",), "older sibling"),
    (re.compile(r"\b(?:younger|little|baby)\s+(?:brother|sister|sibling)\b"), ("younger_sibling_of",), "younger sibling"),
    (re.compile(r"\b(?:brother|sister|sibling|siblings|brothers|sisters)\b"), ("sibling_of", "older_sibling_of", "younger_sibling_of"), "sibling"),
    (re.compile(r"\bbest\s+friends?\b|\bbff\b"), ("best_friend_of",), "best friend"),
    (re.compile(r"\bfriends?\b"), ("best_friend_of", "friend_of"), "friend"),
    (re.compile(r"\bcrush(?:es)?\b|\bin love\b|\blove interest\b|\bloves?\b|\bgirlfriend\b|\bboyfriend\b"), ("crush_of", "love_interest_of"), "love interest"),
    (re.compile(r"\bteachers?\b|\bhomeroom\b"), ("teacher_of",), "teacher"),
    (re.compile(r"\bstudents?\b|\bpupils?\b"), ("student_of",), "student"),
    (re.compile(r"\bneighbou?rs?\b|\bnext door\b"), ("neighbour_of",), "neighbour"),
    (re.compile(r"\bclassmates?\b"), ("classmate_of",), "classmate"),
    (re.compile(r"\bbull(?:y|ies|ied|ying)\b"), ("bullies",), "bully"),
    (re.compile(r"\bkill(?:s|ed|er)?\b"), ("killed",), "killer"),
    (re.compile(r"\bbit\b|\bbites?\b|\bbitten\b"), ("bit",), "biter"),
    (re.compile(r"\bcolleagues?\b|\bpartners?\b|\bco-?workers?\b"), ("colleague_of",), "colleague"),
    (re.compile(r"\bseniors?\b|\bsunbae\b"), ("senior_of",), "senior"),
    (re.compile(r"\bjuniors?\b|\bhoobae\b"), ("junior_of",), "junior"),
)
_REL_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _, _ in _REL_WORDS))
# "who did X kill / bite / bully / love": X is the actor, the answer is on the receiving end.
_SUBJECT_ACTS = re.compile(
    r"\bwho(?:m)?\s+(?:did|does|do|has|had)\s+.+\s+(?:kill|bite|bully|love|like|have a crush on|has a crush on|fall for|kiss)\b"
    r"|\bwho(?:m)?\s+(?:is|was)\s+.+\s+in love with\b"
)
_SUBJECT_TYPES = {
    "killer": ("killed_by",),
    "biter": ("bitten_by",),
    "bully": ("bullied_by",),
    "love interest": ("crush_of", "love_interest_of"),
}
# "who has a crush on X / who loves X / who is in love with X": the answer loves X.
_LOVES_X = re.compile(r"\bwho\s+(?:has|had)\s+a\s+crush\s+on\b|\bwho\s+(?:loves|loved|likes|liked)\b|\bwho(?:'s| is| was)\s+in\s+love\s+with\b")

_STOP = frozenset(
    """
    a about after all also am an and any anything are as at be been before being but by can could
    did do does doing done for from get got had has have having he her here hers him his how i if in
    into is it its just know me more most my no not of on or our out please so some tell than that the
    their them then there these they this those to too up us was we were what whats when where which
    while who whom whose why will with would you your yes show series drama netflix all dead us
    happen happens happened about thing things really actually ever
    """.split()
)


_GENERIC_STEMS = frozenset({"season", "2", "two", "second", "new", "next", "netflix", "show", "series"})


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_IRREGULAR = {"began": "begin", "begun": "begin", "shot": "shoot", "wrapped": "wrap", "came": "come", "won": "win"}


def _stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
    return word


def _content_terms(text: str) -> list[str]:
    return [w for w in (_w.split("'")[0] for _w in _words(text)) if w not in _STOP and len(w) >= 3]


# Questions that walk every handler (episodes, season 2, relationships, cast, fates, refuted
# claims, show facts, who-is, full-text search, don't-know), answered once at load.
_WARM_UP = (
    "what happens in the first episode", "who dies in episode 5", "does Cheong-san die in episode 11",
    "is season 2 cancelled", "season 2 trailer", "season 2 plot", "who is returning in season 2",
    "has season 2 finished filming", "when did season 2 start filming", "did season 2 start filming in 2022",
    "is season 2 renewed", "when does season 2 come out", "will season 2 come out in 2023",
    "how many episodes will season 2 have", "season 2 news", "On-jo's father", "how are On-jo and Cheong-san related",
    "who killed Woo-jin", "who did Gwi-nam bite", "who has a crush on On-jo", "who plays On-jo",
    "who does Lomon play", "who is the actor of Lee", "the cast", "what happens to Nam-ra",
    "is Cheong-san alive", "which episode does Gwi-nam die", "how many students survive",
    "did the virus come from Japan", "what is it based on", "who wrote the webtoon", "who directed it",
    "who wrote the series", "which studio made it", "how many episodes are there", "what is it rated",
    "what does the Korean title mean", "what caused the virus", "where is it set", "when did it premiere",
    "what genre is it", "did it win any awards", "how many hours was it watched", "where was it filmed",
    "when was it announced", "who is Su-hyeok", "who is Yoon Chan-young", "who is Kim",
    "who is the showrunner", "who won the world cup", "",
)


_WARM_UP_LIVE = (
    "when is season 2 coming out", "is season 2 filming", "has season 2 finished filming",
    "what is the status of season 2", "will season 2 come out in 2026", "is season 2 cancelled",
    "is there a season 2 trailer", "who is in the season 2 cast",
)


class _WarmUpLive:
    """A stand-in live status used only while warming up (never answers a member)."""

    _snapshot = Season2Snapshot(
        milestone="release_date_announced", label="Release date announced", since=dt.date(2026, 1, 1),
        confidence="official", sources=(LiveSource("warm-up", "", None, None),),
        reached=frozenset({"renewed", "filming", "filming_wrapped", "release_date_announced"}),
        release_at=dt.datetime(2026, 6, 1, tzinfo=dt.UTC), release_confidence="official",
        release_since=dt.date(2026, 1, 1), beyond_pack=True,
    )

    def snapshot(self) -> Season2Snapshot | None:
        return self._snapshot


# --------------------------------------------------------------------------- the engine


@dataclass
class _Doc:
    kind: str  # fact | claim
    id: str
    stems: frozenset[str]


@dataclass
class _Normalised:
    raw: str
    text: str  # casefolded, apostrophes straightened
    mentions: list[Mention] = field(default_factory=list)
    _stems: frozenset[str] | None = None
    _years: frozenset[str] | None = None

    @property
    def stems(self) -> frozenset[str]:
        """Stems of the question's content words (computed once per question)."""
        if self._stems is None:
            self._stems = frozenset(_stem(w) for w in _content_terms(self.text))
        return self._stems

    @property
    def years(self) -> frozenset[str]:
        if self._years is None:
            self._years = frozenset(_YEAR.findall(self.text))
        return self._years


class AnswerEngine:
    def __init__(
        self, pack: ContentPack, resolver: NameResolver | None = None, index: FactSearchIndex | None = None
    ) -> None:
        self.pack = pack
        self.resolver = resolver or NameResolver.from_pack(pack)
        self.index = index
        # (character X, type T) -> who has T toward X: (their id, text about them, spoils)
        self._incoming: dict[tuple[str, str], list[tuple[str, str, int]]] = {}
        for character in pack.characters.values():
            for rel in pack.relationships_of(character.id):
                self._incoming.setdefault((rel.target, rel.type), []).append((rel.source, rel.text, rel.spoils))
        self._claims_by_date: list[Claim] = sorted(pack.claims.values(), key=lambda c: (c.date, c.id))
        self._season2_claims = [c for c in self._claims_by_date if c.season == 2]
        self._claim_stems: dict[str, frozenset[str]] = {
            c.id: frozenset(_stem(w) for w in _content_terms(c.text.casefold())) for c in self._claims_by_date
        }
        # Years each claim names (its date's year and every year-like run of its text), so the
        # per-question scoring is set intersections; "wide" adds the claim's release window.
        self._claim_years: dict[str, frozenset[str]] = {
            c.id: frozenset({c.date[:4], *_year_runs(c.text)}) for c in self._claims_by_date
        }
        self._claim_years_wide: dict[str, frozenset[str]] = {
            c.id: self._claim_years[c.id] | _year_runs(c.release_window or "") for c in self._claims_by_date
        }
        self._facts_by_topic: dict[str, list[Fact]] = {}
        for fact in pack.facts.values():
            self._facts_by_topic.setdefault(fact.topic, []).append(fact)
        # Season-2 claims as (claim, stems, milestone, years incl. release window, is standing).
        self._season2_rows: list[tuple[Claim, frozenset[str], str | None, frozenset[str], bool]] = [
            (c, self._claim_stems[c.id], c.milestone, self._claim_years_wide[c.id], c.standing == "standing")
            for c in self._season2_claims
        ]
        self._survivor_facts: list[Fact] = [
            f for f in pack.facts.values() if any(k.casefold() in ("survivors", "survive", "survivor") for k in f.keywords)
        ]
        self._docs: dict[str, _Doc] = {}
        for fact in pack.facts.values():
            body = fact.text + " " + " ".join(fact.keywords)
            self._docs[fact.id] = _Doc("fact", fact.id, frozenset(_stem(w) for w in _content_terms(body.casefold())))
        for claim in self._claims_by_date:
            self._docs[claim.id] = _Doc("claim", claim.id, self._claim_stems[claim.id])
        self._doc_freq: dict[str, int] = {}
        for doc in self._docs.values():
            for stem in doc.stems:
                self._doc_freq[stem] = self._doc_freq.get(stem, 0) + 1
        self._handlers: tuple[Callable[[_Normalised], Answer | None], ...] = (
            self._episode,
            self._season2,
            self._relationship,
            self._cast,
            self._fate,
            self._refuted_claim,
            self._show,
            self._who_is,
        )
        # Source references are built once per source, and per list of source ids asked for.
        self._source_refs: dict[str, SourceRef] = {
            sid: SourceRef(source.publisher, source.title, source.url, str(source.date) if source.date else None)
            for sid, source in pack.sources.items()
        }
        self._refs_memo: dict[tuple[str, ...], tuple[SourceRef, ...]] = {}
        self._claim_parts: dict[tuple[str, str, str], Part] = {}
        # The live season-2 status while the bot runs (see bot/lore/live.py); None: the pack only.
        self.live: LiveSeason2 | None = None

    @classmethod
    def build(cls, pack: ContentPack, resolver: NameResolver | None = None) -> AnswerEngine:
        """An engine with its full-text index built (a private in-memory SQLite database), warmed up."""
        engine = cls(pack, resolver, FactSearchIndex.build(_search_docs(pack)))
        engine.warm_up()
        return engine

    def warm_up(self) -> None:
        """Answer a few questions of every kind once, so the regular expressions each path uses
        are compiled at load time and not on a member's first question (~0.5 ms each)."""
        for question in _WARM_UP:
            self.answer_now(question)
        # The live season-2 path too (its patterns), with a stand-in status that is then dropped.
        live, self.live = self.live, _WarmUpLive()
        try:
            for question in _WARM_UP_LIVE:
                self.answer_now(question)
        finally:
            self.live = live

    @classmethod
    async def create(cls, pack: ContentPack, resolver: NameResolver | None = None) -> AnswerEngine:
        """`build` in a worker thread (indexing and name keys are a few milliseconds of CPU)."""
        return await asyncio.to_thread(cls.build, pack, resolver)

    async def close(self) -> None:
        if self.index is not None:
            self.index.close()

    # -- public ------------------------------------------------------------------------------

    def answer_now(self, question: str) -> Answer:
        """Structured answer if possible, then full-text search, then an honest "I don't know".

        All in memory and synchronous (the FTS index is an in-memory SQLite database): tens of
        microseconds, so callers on the event loop need not hand it to a thread.
        """
        return self.answer_cleaned(clean_input(question, limit=QUESTION_LIMIT))

    def answer_cleaned(self, cleaned: str) -> Answer:
        """`answer_now` for text already passed through bot.text.clean_input (at most QUESTION_LIMIT)."""
        found = self._structured(cleaned)
        if found is not None:
            return found
        hit = self._search(cleaned)
        if hit is not None:
            return hit
        return self._dont_know(cleaned)

    async def answer(self, question: str) -> Answer:
        """`answer_now` for async callers (kept for the CLI and tests)."""
        return self.answer_now(question)

    def answer_structured(self, question: str) -> Answer | None:
        """The structured path only (no full-text search): None when no intent matched."""
        return self._structured(clean_input(question, limit=QUESTION_LIMIT))

    def _structured(self, cleaned: str) -> Answer | None:
        if not cleaned:
            return Answer(
                cleaned,
                False,
                [Part("Ask me something about All of Us Are Dead, for example: who plays On-jo?")],
                "empty",
            )
        q = _Normalised(cleaned, _normalise(cleaned))
        q.mentions = self.resolver.mentions(cleaned)
        for handler in self._handlers:
            result = handler(q)
            if result is not None:
                return result
        return None

    def answer_or_dont_know(self, question: str) -> Answer:
        """Structured path, or "I don't know" (never the full-text fallback)."""
        cleaned = clean_input(question, limit=QUESTION_LIMIT)
        found = self._structured(cleaned)
        return found if found is not None else self._dont_know(cleaned)

    # -- helpers -------------------------------------------------------------------------------

    def refs(self, ids: Iterable[str]) -> tuple[SourceRef, ...]:
        key = tuple(ids)
        found = self._refs_memo.get(key)
        if found is not None:
            return found
        refs: list[SourceRef] = []
        for sid in key:
            ref = self._source_refs.get(sid)
            if ref is not None and ref not in refs:
                refs.append(ref)
        found = tuple(refs[:3])
        if len(self._refs_memo) < 4096:  # keys are lists of source ids from the pack: a few hundred
            self._refs_memo[key] = found
        return found

    def show_refs(self) -> tuple[SourceRef, ...]:
        return self.refs(self.pack.show.sources)

    def _entities(self, q: _Normalised, kind: str) -> list[Entity]:
        out: list[Entity] = []
        for mention in q.mentions:
            matching = [e for e in mention.candidates if e.kind == kind]
            if len(matching) == 1 and matching[0] not in out:
                out.append(matching[0])
        return out

    def _ambiguous(self, q: _Normalised, kinds: Sequence[str]) -> Answer | None:
        spans = list(q.mentions)
        if not spans:
            spans = self.resolver.surname_mentions(q.raw)
        for mention in spans:
            matching = [e for e in mention.candidates if e.kind in kinds]
            if len(matching) > 1:
                names = ", ".join(e.name for e in matching[:8])
                return Answer(
                    q.raw,
                    False,
                    [Part(f"\u201c{_plain(mention.text)}\u201d could mean several people: {names}. Which one?")],
                    "ambiguous",
                    tuple(matching),
                )
        return None

    def _characters(self, q: _Normalised, *, people_as_roles: bool = True) -> list[Character]:
        """Characters named in the question (an actor's name stands for the role they play)."""
        found: list[Character] = []
        for entity in self._entities(q, "character"):
            found.append(self.pack.characters[entity.id])
        if not found and people_as_roles:
            for entity in self._entities(q, "person"):
                roles = self.pack.characters_played_by(entity.id)
                if len(roles) == 1:
                    found.append(roles[0])
        return found

    def character_name(self, character_id: str) -> str:
        character = self.pack.characters.get(character_id)
        return character.name if character else character_id

    def person_name(self, person_id: str | None) -> str:
        if person_id is None:
            return "an uncredited actor"
        person = self.pack.people.get(person_id)
        return person.name if person else person_id

    def _dont_know(self, question: str) -> Answer:
        return Answer(
            question,
            False,
            [Part(f"I don't know that. I can answer questions about {CAPABILITIES}.")],
            "unknown",
        )

    # -- episodes -------------------------------------------------------------------------------

    def _episode_number(self, q: _Normalised) -> int | None:
        match = _EPISODE_NO.search(q.text)
        if match:
            return int(match.group(1))
        match = _ORDINAL_EPISODE.search(q.text)
        if match:
            return _ORDINALS[match.group(1)]
        return None

    def _episode(self, q: _Normalised) -> Answer | None:
        number = self._episode_number(q)
        if number is None or _SEASON2.search(q.text):
            return None
        has_character = bool(self._characters(q, people_as_roles=False))
        if has_character and _FATE_WORDS.search(q.text) and not _rx(r"\bwho\s+(?:dies|died|turns)\b").search(q.text):
            return None  # "does Cheong-san die in episode 11?" is a fate question
        if not 1 <= number <= self.pack.show.episode_count:
            return Answer(
                q.raw,
                True,
                [Part(
                    f"Season 1 has {self.pack.show.episode_count} episodes, so there is no episode {number}.",
                    0,
                    "official",
                    self.show_refs(),
                )],
                "episode",
            )
        episode = self.pack.episodes[number]
        recaps = self.refs(sid for sid in ("s28-decider-recaps", "s27-thereviewgeek-recaps") if sid in self.pack.sources)
        deaths_only = bool(_rx(r"\b(?:who|anyone|anybody|deaths?|dies|die|died|killed|turns?)\b").search(q.text))
        parts: list[Part] = []
        if not deaths_only:
            parts.append(Part(f"Episode {number}: {episode.summary}", episode.spoils, "official", recaps))
        elif not episode.deaths:
            parts.append(Part(f"Nobody is recorded as dying or turning in episode {number}.", episode.spoils, "official", recaps))
        for death in episode.deaths:
            parts.append(Part(f"Episode {number}, {self.character_name(death.character)}: {death.text}", episode.spoils, "official", recaps))
        return Answer(q.raw, True, parts, "episode")

    # -- season 2 -------------------------------------------------------------------------------

    def _claim_part(self, claim: Claim, heading: str = "", verdict: str = "") -> Part:
        """A claim as a part: built once per (claim, heading, verdict), so its line is reused.

        Plain: "Reportedly: <date>: <claim>" (the label in front, the date unless the text has it).
        With a heading: "What settles it (reported, <date>): <claim>" (the hedge inside the line).
        With a verdict: "Yes. <date>: <claim>", "Reportedly, yes. ...", "Only a rumour so far: ...".
        """
        key = (claim.id, heading, verdict)
        part = self._claim_parts.get(key)
        if part is None:
            date = _date(claim.date)
            undated = date in claim.text
            hedged = bool(heading or verdict)
            if heading:
                notes = [w for w in (_HEDGE_WORDS.get(claim.confidence), None if undated else date) if w]
                text = f"{heading} ({', '.join(notes)}): {claim.text}" if notes else f"{heading}: {claim.text}"
            else:
                text = claim.text if undated else f"{date}: {claim.text}"
                if verdict:
                    text = f"{_hedged_verdict(verdict, claim.confidence)} {text}"
            part = Part(text, claim.spoils, claim.confidence, self.refs([claim.source, *claim.corroborated_by]), hedged)
            if len(self._claim_parts) < 4096:  # headings and verdicts are fixed phrases (or a few years)
                self._claim_parts[key] = part
        return part

    def _wrong_parts(self, claims: Sequence[Claim], first: str, sure: str, ending: str = "") -> list[Part]:
        """Claims the bot knows are wrong, said plainly (no hedge: `sure` is only the JSON's
        confidence): "<first> <claim> (<date>)<ending>." then "Also wrong: <claim> (<date>)." for
        the others. The date is left out when the claim's text has it. Each claim is its own part,
        with its own spoiler episode and source."""
        parts: list[Part] = []
        for i, claim in enumerate(claims):
            said = claim.text.rstrip(".")
            date = _date(claim.date)
            if date not in claim.text:
                said += f" ({date})"
            text = f"{first} {said}{ending}." if i == 0 else f"Also wrong: {said}."
            parts.append(Part(text.lstrip(), claim.spoils, sure, self.refs([claim.source]), hedged=True))
        return parts

    def _season2(self, q: _Normalised) -> Answer | None:
        if not _SEASON2.search(q.text) and not (
            _rx(r"\b(?:filming|production|release date|wrap(?:ped)?)\b").search(q.text) and _YEAR.search(q.text)
            and not _SEASON1.search(q.text)
        ):
            return None
        text = q.text
        live = self._live_snapshot()
        if live is not None:
            found = self._season2_live(q, live)
            if found is not None:
                return found
        verdict = self._verify_claim(q)
        if verdict is not None:
            return verdict
        if _rx(r"\bcancel\w*\b").search(text):
            latest = [c for c in self._season2_claims if c.standing == "standing" and c.confidence in ("official", "reported")]
            parts = [Part("No. Nothing I have says season 2 was cancelled.", 0, "official", self._latest_official_refs())]
            if latest:
                parts.append(self._claim_part(latest[-1], "Latest news"))
            return Answer(q.raw, True, parts, "season2.cancelled")
        if _rx(r"\btrailers?\b|\bteasers?\b|\bbudget\b|\bplot\b|\bstory\b|\babout\b|\bzombies?\b|\bseoul\b|\bslate\b").search(text):
            extra = ("outline", "outbreak") if _rx(r"\babout\b|\bplot\b|\bstory\b").search(text) else ()
            best = self._best_claim(q, self._season2_claims, extra)
            if best is not None:
                return Answer(q.raw, True, [self._claim_part(best)], "season2.claim")
        if _rx(r"\bcast\b|\breturn\w*\b|\bjoin\w*\b|\bwho(?:'s| is| are)\s+in\b|\bactors?\b|\bnew characters?\b|\bback\b|\bin season\b").search(text) or self._characters(q) or self._entities(q, "person"):
            return self._season2_cast(q)
        if _rx(r"\bwrap\w*\b|\bfinish\w*\b|\bdone\b|\bcomplete\w*\b").search(text):
            return self._milestones(q, ("filming_wrapped", "post_production"), "season2.wrap")
        if _rx(r"\bfilm\w*\b|\bshoot\w*\b|\bproduction\b|\bproduc\w*\b|\bstart\w*\b|\bbegin\b|\bbegan\b").search(text):
            return self._milestones(q, ("pre_production", "filming", "filming_wrapped", "post_production"), "season2.filming")
        if _rx(r"\brenew\w*\b|\bconfirm\w*\b|\bannounc\w*\b|\bgreen\s*lit\b|\bofficial\b|\bhappening\b|\bwill there be\b|\bis there\b|\bgetting\b").search(text):
            return self._milestones(q, ("renewed", "cancelled"), "season2.renewal")
        if _rx(r"\brelease\w*\b|\bcome out\b|\bcoming out\b|\bcomes out\b|\bwhen\b|\bdate\b|\bpremiere\w*\b|\bair\w*\b|\bdrop\w*\b|\bstream\w*\b|\bout yet\b").search(text):
            return self._season2_release(q)
        best = self._best_claim(q, self._season2_claims)
        if best is not None:
            return Answer(q.raw, True, [self._claim_part(best)], "season2.claim")
        if _rx(r"\bepisodes?\b|\bhow many\b").search(text):
            return Answer(q.raw, True, [Part(
                "Netflix has not announced how many episodes season 2 will have.", 0, "official",
                self._latest_official_refs())], "season2.episodes")
        return self._season2_status(q)

    def _best_claim(self, q: _Normalised, pool: Sequence[Claim], extra: Iterable[str] = ()) -> Claim | None:
        """The claim sharing the most distinctive words with the question (at least one rare word)."""
        stems = (q.stems | set(extra)) - _GENERIC_STEMS
        years = q.years
        best: tuple[float, Claim] | None = None
        for claim in pool:
            shared = stems & self._claim_stems[claim.id]
            if not shared:
                continue
            score = sum(1.0 / self._doc_freq.get(stem, 1) for stem in shared)
            score += 0.2 if claim.standing == "standing" else 0.0
            if years and not years.isdisjoint(self._claim_years[claim.id]):
                score += 1.0
            if best is None or score > best[0]:
                best = (score, claim)
        if best is None or best[0] < 0.5:
            return None
        return best[1]

    def _refuted_claim(self, q: _Normalised) -> Answer | None:
        """A yes/no question that matches a refuted or superseded claim best: say no, and why."""
        if not _YESNO.match(q.text):
            return None
        best = self._best_claim(q, [c for c in self._claims_by_date if c.standing != "standing"])
        if best is None:
            return None
        return self._verdict(q, best, _milestone_of(q.text), set(q.years))

    def _latest_official_refs(self) -> tuple[SourceRef, ...]:
        official = [c for c in self._season2_claims if c.confidence == "official" and c.standing == "standing"]
        return self.refs([official[-1].source]) if official else ()

    def _milestones(self, q: _Normalised, milestones: Sequence[str], intent: str) -> Answer:
        claims = [
            c for c in self._season2_claims
            if c.milestone in milestones and c.standing == "standing"
        ]
        official = [c for c in claims if c.confidence == "official"]
        if official:
            later = [c for c in claims if c.confidence != "official" and c.date > official[-1].date]
            claims = official + later[-2:]
        parts = [self._claim_part(c) for c in claims[-4:]]
        if not parts:
            return self._season2_status(q)
        return Answer(q.raw, True, parts, intent)

    def _season2_release(self, q: _Normalised) -> Answer:
        announced = [
            c for c in self._season2_claims
            if c.milestone in ("release_date_announced", "release_date_changed", "released")
            and c.standing == "standing" and c.confidence == "official"
        ]
        parts: list[Part] = []
        if announced:
            parts.append(self._claim_part(announced[-1]))
        else:
            newest = self._claims_by_date[-1].date if self._claims_by_date else None
            as_of = f" (as of {_date(newest)})" if newest else ""
            parts.append(Part(
                f"Netflix has not announced a release date for season 2{as_of}.", 0, "official",
                self._latest_official_refs(),
            ))
            windows = [
                c for c in self._season2_claims
                if c.release_window and c.standing == "standing" and c.confidence != "official"
            ]
            for claim in windows[-2:]:
                parts.append(self._claim_part(claim, "Unofficial estimate"))
        return Answer(q.raw, True, parts, "season2.release")

    def _season2_status(self, q: _Normalised) -> Answer:
        live = self._live_snapshot()
        if live is not None:
            return self._live_status_answer(q, live)
        official = [c for c in self._season2_claims if c.confidence == "official" and c.standing == "standing"]
        latest = [c for c in self._season2_claims if c.standing == "standing" and c.confidence != "official"]
        parts = [self._claim_part(c) for c in official[-3:]]
        for claim in latest[-2:]:
            if claim.date >= (official[-1].date if official else ""):
                parts.append(self._claim_part(claim))
        if not parts:
            return self._dont_know(q.raw)
        return Answer(q.raw, True, parts, "season2.status")

    def _season2_cast(self, q: _Normalised) -> Answer:
        characters = self._characters(q)
        if characters:
            parts: list[Part] = []
            for character in characters[:3]:
                actor = f" ({self.person_name(character.actor)})" if character.actor else ""
                if 2 in character.seasons:
                    parts.append(Part(
                        f"{character.name}{actor} is in the season 2 cast Netflix announced.", 0, "official",
                        self._cast_refs(),
                    ))
                else:
                    parts.append(Part(
                        f"{character.name}{actor} is not in the season 2 cast Netflix announced.", 0, "official",
                        self._cast_refs(),
                    ))
            return Answer(q.raw, True, parts, "season2.cast", tuple(Entity("character", c.id, c.name) for c in characters))
        for entity in self._entities(q, "person"):
            person = self.pack.people[entity.id]
            names = [person.name, *person.variants]
            about = [c for c in self._season2_claims if any(n in c.text for n in names)]
            if about:
                standing = [c for c in about if c.standing == "standing"] or about
                return Answer(q.raw, True, [self._claim_part(c) for c in standing[-2:]], "season2.cast", (entity,))
        season2 = [c for c in self.pack.characters.values() if 2 in c.seasons]
        returning = [c for c in season2 if 1 in c.seasons]
        new = [c for c in season2 if 1 not in c.seasons]
        parts = []
        if returning:
            parts.append(Part(
                "Returning in season 2: " + ", ".join(self._cast_line(c) for c in returning) + ".",
                0, "official", self._cast_refs(),
            ))
        if new:
            parts.append(Part(
                "New in season 2: " + ", ".join(self._cast_line(c) for c in new) + ".",
                0, "official", self._cast_refs(),
            ))
        casting = [c for c in self._season2_claims if c.milestone == "casting" and c.confidence != "official" and c.standing == "standing"]
        for claim in casting[-2:]:
            parts.append(self._claim_part(claim))
        if not parts:
            return self._milestones(q, ("casting",), "season2.cast")
        return Answer(q.raw, True, parts, "season2.cast")

    def _cast_refs(self) -> tuple[SourceRef, ...]:
        official = [
            c for c in self._season2_claims
            if c.milestone in ("casting", "filming", "pre_production") and c.confidence == "official"
        ]
        return self.refs([official[-1].source]) if official else self._latest_official_refs()

    def _cast_line(self, character: Character) -> str:
        if character.actor:
            return f"{self.person_name(character.actor)} as {character.name}"
        return character.name

    def _verify_claim(self, q: _Normalised) -> Answer | None:
        """Yes/no questions about a dated claim: "did season 2 start filming in 2022?"."""
        if not _YESNO.match(q.text):
            return None
        years = set(q.years)
        stems = q.stems - {"season", "2"}
        milestone = _milestone_of(q.text)
        if not years and milestone is None:
            return None
        if years and milestone in ("filming", "filming_wrapped", "renewed"):
            group = _SHOWS_HAPPENED[milestone]
            happened = [
                c for c in self._season2_claims
                if c.milestone in group and c.standing == "standing" and c.confidence in ("official", "reported")
                and c.date[:4] in years
            ]
            if happened:
                official = [c for c in happened if c.confidence == "official"]
                return Answer(q.raw, True, [self._claim_part((official or happened)[0], verdict="Yes.")], "claim")
        if milestone == "release_date_announced" and years:
            released = [c for c in self._season2_claims if c.milestone == "released" and c.standing == "standing"]
            if not released:
                return self._not_released(q, years)
        # The best-scoring claim (earliest first; on a tie a refuted or superseded claim wins over a
        # standing one): shared words, +2 for the milestone asked about (or a related one), and
        # +3 when it names a year asked about (-1 when years were asked and it names none of them).
        related: AbstractSet[str] = _RELATED.get(milestone, {milestone}) if milestone is not None else frozenset()
        best_score = -math.inf
        best_claim: Claim | None = None
        best_standing = False
        for claim, claim_stems, claim_milestone, claim_years, standing in self._season2_rows:
            score = float(len(stems & claim_stems))
            if claim_milestone in related:
                score += 2.0
            if years:
                score += -1.0 if years.isdisjoint(claim_years) else 3.0
            if score > best_score or (score == best_score and best_standing and not standing):
                best_score, best_claim, best_standing = score, claim, standing
        if best_claim is None or best_score < _CLAIM_MATCH:
            if years and milestone is not None:
                return self._verify_by_milestone(q, milestone, years)
            return None
        also: list[Claim] = []
        if not best_standing:
            # Other wrong claims the same news settles that fit the question too, on its topic and
            # not by a year alone (the September photos and the October TikTok for "did season 2
            # start filming in 2022?", not a 2022 guess at the release date).
            for claim, claim_stems, claim_milestone, claim_years, standing in self._season2_rows:
                if standing or claim is best_claim or (claim.refuted_by, claim.superseded_by) != (
                    best_claim.refuted_by, best_claim.superseded_by
                ):
                    continue
                topic = float(len((stems - years) & claim_stems)) + (2.0 if claim_milestone in related else 0.0)
                if years:
                    topic += -1.0 if years.isdisjoint(claim_years) else 3.0
                if topic >= _CLAIM_MATCH and (claim_milestone in related or (stems - years) & claim_stems):
                    also.append(claim)
        return self._verdict(q, best_claim, milestone, years, also)

    def _verdict(
        self, q: _Normalised, claim: Claim, milestone: str | None, years: set[str], also: Sequence[Claim] = ()
    ) -> Answer:
        if claim.standing in ("refuted", "superseded"):
            other_id = claim.refuted_by if claim.standing == "refuted" else claim.superseded_by
            other = self.pack.claims.get(other_id or "")
            # The verdict is as sure as the news that settles it (the JSON's confidence); it is
            # said plainly, and the settling claim carries its own hedge.
            sure = other.confidence if other is not None else "reported"
            ending = ", but that was wrong" if claim.standing == "refuted" else ", but newer news replaced that"
            verdict = "No." if claim.standing == "refuted" else "Not any more."
            wrong = sorted([claim, *also], key=lambda c: (c.date, c.id))
            parts = self._wrong_parts(wrong, verdict, sure, ending)
            if other is not None:
                parts.append(self._claim_part(other, "What settles it"))
            live = self._live_snapshot() if claim.season == 2 else None
            truth = self._current_truth(milestone) if claim.season == 2 else None
            if live is not None:
                parts.append(self._live_part(live, "Where things stand now"))
            elif truth is not None and truth is not other:
                parts.append(self._claim_part(truth, "Where things stand"))
            return Answer(q.raw, True, parts, "claim.refuted" if claim.standing == "refuted" else "claim.superseded")
        if years and milestone is not None:
            # Only a claim about that milestone (or a related one) says it happened that year.
            happened = _shows_happened(milestone, claim.milestone) and (
                claim.date[:4] in years or any(y in claim.text for y in years)
            )
            if not happened:
                found = self._verify_by_milestone(q, milestone, years)
                if found is not None:
                    return found
        return Answer(q.raw, True, [self._claim_part(claim, verdict="Yes.")], "claim")

    def _not_released(self, q: _Normalised, years: set[str]) -> Answer:
        parts = [Part("No. Season 2 has not come out, and Netflix has given no release date.", 0, "official",
                      self._latest_official_refs())]
        predicted = [
            c for c in self._season2_claims
            if c.standing == "refuted" and c.release_window and any(y in c.release_window for y in years)
        ]
        # Wrong for certain: season 2 has not come out (so no hedge on these either).
        parts += self._wrong_parts(predicted[:2], "", "official", ", but that was wrong")
        truth = self._current_truth("release_date_announced")
        if truth is not None:
            parts.append(self._claim_part(truth, "Where things stand"))
        return Answer(q.raw, True, parts, "claim.refuted" if predicted else "season2.release")

    # -- season 2, live ------------------------------------------------------------------------------

    def _live_snapshot(self) -> Season2Snapshot | None:
        """The live season-2 status when it knows more than the pack (news from a source the
        tracker polled or a moderator reported); None otherwise, and always without a provider."""
        if self.live is None:
            return None
        snap = self.live.snapshot()
        return snap if snap is not None and snap.beyond_pack else None

    def _season2_live(self, q: _Normalised, live: Season2Snapshot) -> Answer | None:
        """Season-2 status, release, filming and cancellation questions answered from the live
        status, with the pack's history after it. None leaves the question to the pack (the cast,
        the plot, a dated claim such as "did season 2 start filming in 2022?")."""
        text = q.text
        if _rx(r"\bcast\b|\breturn\w*\b|\bjoin\w*\b|\bwho(?:'s| is| are)\s+in\b|\bactors?\b|\bnew characters?\b|\bback\b|\bin season\b").search(text) or self._characters(q) or self._entities(q, "person"):
            return None
        if _rx(r"\bbudget\b|\bplot\b|\bstory\b|\babout\b|\bzombies?\b|\bseoul\b|\bslate\b|\bepisodes?\b|\bhow many\b").search(text):
            return None
        if _rx(r"\bcancel\w*\b").search(text):
            if live.milestone == "cancelled":
                return Answer(q.raw, True, [self._live_part(live, verdict="Yes.")], "season2.cancelled")
            parts = [Part("No. Nothing I have says season 2 was cancelled.", 0, live.confidence, self._live_refs(live)),
                     self._live_part(live, "Where things stand now")]
            return Answer(q.raw, True, parts, "season2.cancelled")
        if _rx(r"\btrailers?\b|\bteasers?\b").search(text):
            if live.milestone not in ("teaser", "trailer"):
                return None
            return Answer(q.raw, True, [self._live_part(live, verdict="Yes.")], "season2.trailer")
        yes_no = bool(_YESNO.match(text))
        asked = _milestone_of(text)
        if q.years:
            if asked != "release_date_announced":
                return None  # a dated claim about filming or renewal: the pack's history answers
            return self._live_release_in(q, live, q.years)
        if _rx(r"\bwrap\w*\b|\bfinish\w*\b|\bdone\b|\bcomplete\w*\b").search(text):
            return self._live_milestone(q, live, "filming_wrapped", ("filming_wrapped", "post_production"),
                                        "season2.wrap", yes_no)
        if _rx(r"\brelease\w*\b|\bcome out\b|\bcoming out\b|\bcomes out\b|\bdate\b|\bpremiere\w*\b|\bair\w*\b|\bdrop\w*\b|\bstream\w*\b|\bout yet\b|\bwhen\b(?!.*\b(?:film|shoot|production|renew|announc))").search(text):
            return self._live_release(q, live, yes_no)
        if _rx(r"\bfilm\w*\b|\bshoot\w*\b|\bproduction\b|\bproduc\w*\b|\bstart\w*\b|\bbegin\b|\bbegan\b").search(text):
            return self._live_milestone(q, live, "filming", ("pre_production", "filming", "filming_wrapped", "post_production"),
                                        "season2.filming", yes_no and asked == "filming" and not _rx(r"^(?:is|are)\b").match(text))
        if _rx(r"\bstatus\b|\bnews\b|\bupdates?\b|\bstand\w*\b|\bprogress\b|\blatest\b|\bwhere\b").search(text):
            return self._live_status_answer(q, live)
        return None

    def _live_refs(self, live: Season2Snapshot, release: bool = False) -> tuple[SourceRef, ...]:
        return tuple(_live_ref(s) for s in (live.release_sources if release else live.sources))

    def _live_part(self, live: Season2Snapshot, heading: str = "", verdict: str = "", lead: str = "") -> Part:
        """The live status as one line: "<heading> (<hedge>): <what> (since <day>)." or
        "<verdict> <lead><what> (since <day>)."; the sources are the status's own."""
        what = _LIVE_SENTENCES.get(live.milestone, f"Season 2: {live.label.lower()}")
        since = f" (since {_day(live.since)})" if live.since else ""
        if live.milestone == "release_date_announced" and live.release_at is not None:
            what = f"Season 2's release date is {_when(live.release_at)}"
            since = f" (set on {_day(live.since)})" if live.since else ""
        delayed = f"; a delay was announced on {_day(live.delayed_since)}" if live.delayed and live.delayed_since else ""
        sentence = f"{lead}{what}{since}{delayed}."
        if heading:
            hedge = _HEDGE_WORDS.get(live.confidence)
            text = f"{heading} ({hedge}): {sentence}" if hedge else f"{heading}: {sentence}"
            return Part(text, 0, live.confidence, self._live_refs(live), hedged=True)
        if verdict:
            return Part(f"{_hedged_verdict(verdict, live.confidence)} {sentence}", 0, live.confidence,
                        self._live_refs(live), hedged=True)
        return Part(sentence, 0, live.confidence, self._live_refs(live))

    def _live_release_part(self, live: Season2Snapshot, verdict: str = "") -> Part | None:
        if live.release_at is None:
            return None
        confidence = live.release_confidence or live.confidence
        set_on = f" (set on {_day(live.release_since)})" if live.release_since else ""
        text = f"Season 2's release date is {_when(live.release_at)}{set_on}."
        if verdict:
            text = f"{_hedged_verdict(verdict, confidence)} {text}"
        return Part(text, 0, confidence, self._live_refs(live, release=True), hedged=bool(verdict))

    def _pack_history(self, limit: int = 1) -> list[Part]:
        """The pack's newest news about season 2's progress (not rumours), as earlier news."""
        news = [
            c for c in self._season2_claims
            if c.standing == "standing" and c.confidence != "rumour" and c.milestone in _PROGRESS_NEWS
        ]
        return [self._claim_part(c, "Earlier") for c in news[-limit:]]

    def _live_release(self, q: _Normalised, live: Season2Snapshot, yes_no: bool) -> Answer:
        parts: list[Part] = []
        if live.milestone == "cancelled":
            parts.append(self._live_part(live, verdict="No." if yes_no else ""))
        elif live.milestone == "released" and live.release_at is None:
            parts.append(self._live_part(live, verdict="Yes." if yes_no else ""))
        else:
            released = live.milestone == "released"
            asks_out = bool(_rx(r"\bout\b|\breleased\b|\bcome out\b|\bcame out\b").search(q.text))
            verdict = "Yes." if yes_no and (released or not asks_out) else ""
            release = self._live_release_part(live, verdict)
            if release is not None:
                parts.append(release)
                if live.milestone != "release_date_announced":
                    parts.append(self._live_part(live, "Where things stand now"))
            else:
                lead = "Not yet. " if yes_no else ""
                parts.append(Part(f"{lead}No release date for season 2 has been announced yet.", 0,
                                  live.confidence, self._live_refs(live), hedged=bool(lead)))
                parts.append(self._live_part(live, "Where things stand now"))
                windows = [
                    c for c in self._season2_claims
                    if c.release_window and c.standing == "standing" and c.confidence != "official"
                ]
                parts += [self._claim_part(c, "Unofficial estimate") for c in windows[-2:]]
        parts += self._pack_history()
        return Answer(q.raw, True, parts, "season2.release")

    def _live_release_in(self, q: _Normalised, live: Season2Snapshot, years: AbstractSet[str]) -> Answer:
        """"will season 2 come out in 2026?" against the live release date."""
        if live.release_at is None or live.milestone == "cancelled":
            parts = [Part("No release date for season 2 has been announced yet.", 0, live.confidence,
                          self._live_refs(live)), self._live_part(live, "Where things stand now")]
            return Answer(q.raw, True, parts, "season2.release")
        year = str(live.release_at.year)
        verdict = "Yes." if year in years else f"No, not in {', '.join(sorted(years))}."
        release = self._live_release_part(live, verdict)
        assert release is not None
        parts = [release]
        predicted = [
            c for c in self._season2_claims
            if c.standing == "refuted" and c.release_window and any(y in c.release_window for y in years)
        ]
        if year not in years:
            parts += self._wrong_parts(predicted[:2], "A claim said otherwise and was wrong:", release.confidence)
        return Answer(q.raw, True, parts, "season2.release")

    def _live_milestone(
        self, q: _Normalised, live: Season2Snapshot, asked: str, history: Sequence[str], intent: str, yes_no: bool
    ) -> Answer:
        """Filming and wrap questions: the live status (with a yes or "not confirmed yet" when
        asked yes or no), then the pack's news about that stage."""
        done = "filming_wrapped" in live.reached and live.milestone != "filming_wrapped"
        lead = "Filming is done. Latest: " if done else ""
        if not yes_no:
            first = self._live_part(live, lead=lead)
        elif asked in live.reached:
            first = self._live_part(live, verdict="Yes.", lead=lead)
        elif live.milestone == "cancelled":
            first = self._live_part(live, verdict="No.")
        else:
            first = self._live_part(live, "Not confirmed yet. Where things stand now")
        parts = [first]
        for claim in [c for c in self._season2_claims if c.milestone in history and c.standing == "standing"][-2:]:
            parts.append(self._claim_part(claim, "Earlier"))
        return Answer(q.raw, True, parts, intent)

    def _live_status_answer(self, q: _Normalised, live: Season2Snapshot) -> Answer:
        parts = [self._live_part(live, "Where things stand now")]
        release = self._live_release_part(live) if live.milestone != "release_date_announced" else None
        if release is not None:
            parts.append(release)
        parts += self._pack_history(limit=2)
        return Answer(q.raw, True, parts, "season2.status")

    def _current_truth(self, milestone: str | None) -> Claim | None:
        if milestone is None:
            return None
        group = _RELATED.get(milestone, {milestone})
        current = [c for c in self._season2_claims if c.milestone in group and c.standing == "standing"
                   and c.confidence in ("official", "reported")]
        if milestone == "release_date_announced":
            dated = [c for c in self._season2_claims if c.release_window and c.standing == "standing"
                     and c.confidence == "reported"]
            return dated[-1] if dated else None
        official = [c for c in current if c.confidence == "official"]
        if official:
            return official[-1]
        return current[-1] if current else None

    def _verify_by_milestone(self, q: _Normalised, milestone: str, years: set[str]) -> Answer | None:
        standing = [
            c for c in self._season2_claims
            if _shows_happened(milestone, c.milestone)
            and c.standing == "standing" and c.confidence in ("official", "reported")
        ]
        if not standing:
            return None
        first = standing[0]
        if first.date[:4] in years:
            return Answer(q.raw, True, [self._claim_part(first, verdict="Yes.")], "season2.claim")
        year_list = ", ".join(sorted(years))
        parts = [self._claim_part(first, verdict=f"No, not in {year_list}.")]
        refuted = [
            c for c in self._season2_claims
            if c.standing == "refuted" and _related_milestone(milestone, c.milestone)
            and (c.date[:4] in years or any(y in c.text for y in years))
        ]
        parts += self._wrong_parts(refuted[:2], "A claim said otherwise and was wrong:", first.confidence)
        return Answer(q.raw, True, parts, "season2.refuted")

    # -- relationships --------------------------------------------------------------------------

    def _relationship(self, q: _Normalised) -> Answer | None:
        characters = self._characters(q, people_as_roles=False)
        if not characters:
            return None
        if len(characters) >= 2 and re.search(
            r"\brelat\w*\b|\bconnect\w*\b|\bknow each other\b|\bbetween\b|\bto each other\b", q.text
        ):
            return self._between(q, characters[0], characters[1])
        if not _REL_ANY.search(q.text):
            return None
        if len(characters) == 1 and not _REL_ANY.search(_normalise(_masked(q.raw, q.mentions))):
            return None  # the relation word is part of the name ("who is Cheong-san's mother?")
        types, label = next((types, label) for pattern, types, label in _REL_WORDS if pattern.search(q.text))
        if label == "killer" and not _rx(r"\bkiller\b|\bwho\s+(?:killed|kills|kill)\b|\bkilled by\b|\bwho(?:m)? did\b").search(q.text):
            return None  # "is X killed?" is a fate question
        if label == "biter" and not _rx(r"\bwho\b").search(q.text):
            return None  # "does X get bitten?" is a fate question
        if label in _SUBJECT_TYPES and _SUBJECT_ACTS.search(q.text):
            types = _SUBJECT_TYPES[label]
        elif label == "love interest" and _LOVES_X.search(q.text):
            types = ("crush_on", "loves")
        subject = characters[-1] if _SUBJECT_ACTS.search(q.text) is None and len(characters) > 1 and label in ("killer", "biter") else characters[0]
        entity = Entity("character", subject.id, subject.name)
        found: list[tuple[str, str, int]] = []
        for rel_type in types:
            for source_id, text, spoils in self._incoming.get((subject.id, rel_type), []):
                if all(f[0] != source_id for f in found):
                    found.append((source_id, text, spoils))
        if len(characters) >= 2:
            others = {c.id for c in characters if c.id != subject.id}
            narrowed = [f for f in found if f[0] in others]
            if narrowed:
                found = narrowed
        if not found:
            if label in ("killer", "biter"):
                return None  # let the fate answer say what happens
            return Answer(q.raw, True, [Part(
                f"The content I have records no {label} for {subject.name}.", 0, "official",
                self.refs(subject.sources))], "relationship", (entity,))
        parts = []
        for source_id, text, spoils in found:
            source = self.pack.characters[source_id]
            parts.append(Part(f"{source.name} \u2014 {text}", spoils, "official", self.refs(source.sources)))
        return Answer(q.raw, True, parts, "relationship", (entity,))

    def _between(self, q: _Normalised, first: Character, second: Character) -> Answer:
        rels = [r for r in self.pack.relationships_of(first.id) if r.target == second.id]
        if not rels:
            return Answer(q.raw, True, [Part(
                f"The content I have records no direct relationship between {first.name} and {second.name}.",
            )], "relationship")
        parts = [
            Part(f"{first.name} \u2014 {r.text}", r.spoils, "official", self.refs(first.sources))
            for r in rels
        ]
        return Answer(q.raw, True, parts, "relationship")

    # -- cast -------------------------------------------------------------------------------------

    def _cast(self, q: _Normalised) -> Answer | None:
        if not _PLAYS.search(q.text):
            return None
        people = self._entities(q, "person")
        characters = self._entities(q, "character")
        wants_actor = bool(re.search(
            r"\bwho\s+(?:plays|played|portrays|portrayed|is playing|acts as|acted as|stars as)\b|\bplayed by\b|"
            r"\bportrayed by\b|\bactor\b|\bactress\b|\bwho is the actor\b|연기|배우", q.text))
        if characters and (wants_actor or not people):
            return self.cast_of_character(q.raw, self.pack.characters[characters[0].id])
        if people:
            return self.roles_of_person(q.raw, self.pack.people[people[0].id])
        return self._ambiguous(q, ("person", "character")) or (
            self.cast_list(q.raw) if _rx(r"\bcast\b|\bactors\b").search(q.text) else None
        )

    def cast_of_character(self, question: str, character: Character) -> Answer:
        entity = Entity("character", character.id, character.name)
        if character.actor is None:
            note = f" {character.actor_note}" if character.actor_note else ""
            return Answer(question, True, [Part(
                f"The sources I have do not name the actor who plays {character.name}.{note}",
                0, "official", self.refs(character.sources))], "cast", (entity,))
        person = self.pack.people[character.actor]
        text = f"{character.name} is played by {person.name}"
        if person.hangul:
            text += f" ({person.hangul})"
        extra = [v for v in person.variants if fold(v) != fold(person.name)][:2]
        if extra:
            text += f", also written {' / '.join(extra)}"
        text += "."
        if character.actor_note:
            text += f" {character.actor_note}"
        return Answer(question, True, [Part(
            text, 0, character.actor_confidence, self.refs(character.sources))], "cast", (entity,))

    def roles_of_person(self, question: str, person: Person) -> Answer:
        entity = Entity("person", person.id, person.name)
        roles = self.pack.characters_played_by(person.id)
        if roles:
            listing = ", ".join(
                c.name + (" (season 2)" if c.seasons == (2,) else "") for c in roles
            )
            text = f"{person.name} plays {listing}."
            conf = max((c.actor_confidence for c in roles), key=lambda c: CONFIDENCE_ORDER.get(c, 0))
            return Answer(question, True, [Part(text, 0, conf, self.refs(person.sources))], "cast", (entity,))
        return self._person_card(question, person)

    def cast_list(self, question: str) -> Answer:
        lines = [
            f"{self.person_name(c.actor)} as {c.name}"
            for c in self.pack.characters.values() if c.actor and 1 in c.seasons
        ][:15]
        return Answer(question, True, [Part(
            "Main season 1 cast: " + "; ".join(lines) + ".", 0, "official", self.show_refs())], "cast")

    # -- fates ------------------------------------------------------------------------------------

    def _fate(self, q: _Normalised) -> Answer | None:
        if not _FATE_WORDS.search(q.text) and not _WHICH_EPISODE.search(q.text):
            return None
        characters = self._characters(q)
        if not characters:
            if _rx(r"\bhow many\b|\bwho\s+(?:survive|survives|survived|dies|died|lives)\b|\bsurvivors\b").search(q.text):
                return self._survivors(q)
            return self._ambiguous(q, ("character", "person"))
        character = characters[0]
        return self.fate_of(q.raw, character, which_episode=bool(_WHICH_EPISODE.search(q.text)),
                            yes_no=_yes_no_fate(q.text))

    def fate_of(self, question: str, character: Character, *, which_episode: bool = False,
                yes_no: str | None = None) -> Answer:
        entity = Entity("character", character.id, character.name)
        fate = character.fate
        if fate is None:
            return Answer(question, True, [Part(
                f"The sources I have do not say what happens to {character.name}.", 0, "official",
                self.refs(character.sources))], "fate", (entity,))
        lead = ""
        if yes_no is not None:
            lead = _yes_no_lead(yes_no, fate.status)
        where = f" (episode {fate.episode})" if fate.episode else ""
        text = f"{lead}{character.name}: {fate.text}{where}"
        if which_episode:
            if fate.episode:
                text = f"Episode {fate.episode}. {character.name}: {fate.text}"
            else:
                text = f"The sources do not pin down the episode. {character.name}: {fate.text}"
        status_conf = "reported" if fate.status in ("unknown",) else "official"
        return Answer(question, True, [Part(text, fate.spoils, status_conf, self.refs(character.sources))],
                      "fate", (entity,))

    def _survivors(self, q: _Normalised) -> Answer | None:
        facts = self._survivor_facts
        if facts:
            fact = facts[0]
            return Answer(q.raw, True, [self._fact_part(fact)], "survivors")
        claims = [c for c in self._claims_by_date if c.standing == "standing" and c.season == 1 and "surviv" in c.text.casefold()]
        if claims:
            return Answer(q.raw, True, [self._claim_part(claims[0])], "survivors")
        alive = [c.name for c in self.pack.characters.values() if c.fate and c.fate.status == "alive" and 1 in c.seasons]
        if not alive:
            return None
        spoils = max((c.fate.spoils for c in self.pack.characters.values() if c.fate and c.fate.status == "alive"), default=12)
        return Answer(q.raw, True, [Part(
            f"Alive at the end of season 1 ({len(alive)} named characters): " + ", ".join(alive) + ".",
            spoils, "official", self.show_refs())], "survivors")

    def _fact_part(self, fact: Fact, prefix: str = "") -> Part:
        return Part(prefix + fact.text, fact.spoils, fact.confidence, self.refs(fact.sources))

    # -- show facts -------------------------------------------------------------------------------

    def _show(self, q: _Normalised) -> Answer | None:
        if self._entities(q, "character"):
            return None
        show = self.pack.show
        t = q.text
        refs = self.show_refs()

        def ans(text: str, intent: str, spoils: int = 0) -> Answer:
            return Answer(q.raw, True, [Part(text, spoils, "official", refs)], intent)

        def person(pid: str) -> str:
            return self.person_name(pid)

        if _rx(r"\bwebtoon\b|\bbased on\b|\badapt\w*\b|\bsource material\b|\bcomic\b|\bmanhwa\b|\boriginal story\b").search(t):
            author = person(show.webtoon.author)
            if _rx(r"\bwho\s+(?:wrote|writes|created|made|drew|draws|is the author)\b|\bauthor\b|\bcreator\b|\bartist\b").search(t):
                return ans(f"The webtoon {show.webtoon.title} was created by {author}.", "webtoon.author")
            extra = f", about {show.webtoon.episodes_approx} episodes" if show.webtoon.episodes_approx else ""
            return ans(
                f"It is based on the {show.webtoon.platform} webtoon {show.webtoon.title} by {author} "
                f"({show.webtoon.years}{extra}).", "webtoon")
        if _rx(r"\bdirect\w*\b").search(t):
            names = " and ".join(person(p) for p in show.directors)
            return ans(f"All of Us Are Dead was directed by {names}.", "directors")
        if _rx(r"\bwho\s+(?:wrote|writes|penned)\b|\bwriter\b|\bscreen\s*(?:play|writer)\b|\bscript\b").search(t):
            return ans(f"The series was written by {person(show.writer)}.", "writer")
        if _rx(r"\bstudios?\b|\bproduc(?:ed|er|ers|tion company|tion companies)\b|\bcompan(?:y|ies)\b|\bwho made\b").search(t):
            return ans(f"It was produced by {', '.join(show.studios)}.", "studios")
        if _rx(r"\bhow many episodes\b|\bnumber of episodes\b|\bepisode count\b|\bhow long is (?:it|the show|season 1)\b").search(t):
            return ans(f"Season 1 has {show.episode_count} episodes, all released at once.", "episode_count")
        if _rx(r"\brat(?:ed|ing)\b|\bage\b|\bkids?\b|\bappropriate\b|\bsuitable\b").search(t):
            return ans(f"It is rated {show.rating}.", "rating")
        if _rx(r"\bkorean (?:title|name)\b|\boriginal (?:title|name)\b|\btitle\b|\bmean\w*\b|\bcalled in korean\b").search(t):
            ti = show.titles
            return ans(f"The Korean title is {ti.korean} ({ti.romanized}), literally \u201c{ti.literal}\u201d; "
                       f"in English it is {ti.english}.", "titles")
        if _rx(r"\bvirus\b|\bjonas\b|\boutbreak\b|\bwhat caused\b|\bcause\b").search(t):
            fact = self._topic_fact("virus", q)
            if fact is not None:
                return Answer(q.raw, True, [self._fact_part(fact)], "virus")
            return ans(show.virus, "virus")
        if _rx(r"\bwhere\b|\bsetting\b|\bset in\b|\bwhich (?:school|city|town)\b|\bwhat (?:school|city|town)\b|\bschool\b").search(t) and not _FATE_WORDS.search(t) and not _rx(r"\bfilm\w*\b|\bshot\b|\bshoot\w*\b").search(t):
            return ans(show.setting, "setting")
        if _rx(r"\b(?:premiere\w*|release\w*|come out|came out|launch\w*|air\w*|debut\w*|drop\w*|start streaming)\b").search(t) or _rx(r"\bwhen\b.*\b(?:out|netflix)\b").search(t):
            if _rx(r"\bwhen\b|\bdate\b|\bday\b|\byear\b|\bpremiere\b|\breleased\b").search(t):
                return ans(f"All {LAST_EPISODE} episodes of season 1 premiered on Netflix on {_date(show.premiere)}.", "premiere")
        if _rx(r"\bwhat (?:kind|type|genre|sort) of\b|\bgenre\b|\bwhat is (?:it|the show|all of us are dead) about\b|\bwhat(?:'s| is) all of us are dead\b").search(t):
            return ans(show.type, "type")
        for topic, pattern in (
            ("awards", r"\baward\w*\b|\bbaeksang\b|\bnominat\w*\b|\bprizes?\b"),
            ("viewership", r"\bviews?\b|\bviewers?\b|\bhours\b|\bwatched\b|\bpopular\b|\bchart\w*\b|\bratings?\b|\btop 10\b|\brecord\w*\b"),
            ("filming", r"\bfilm\w*\b|\bshot\b|\bshoot\w*\b|\bset\b|\blocation\w*\b"),
            ("production", r"\bproduction\b|\bannounc\w*\b|\bmade\b|\bhow long\b"),
        ):
            if _rx(pattern).search(t):
                fact = self._topic_fact(topic, q)
                if fact is not None:
                    return Answer(q.raw, True, [self._fact_part(fact)], topic)
        return None

    def _topic_fact(self, topic: str, q: _Normalised) -> Fact | None:
        stems = set(q.stems)
        if _rx(r"\bwhere\b").search(q.text):
            stems |= {"location", "andong", "seoul", "set", "locat"}
        best: tuple[int, Fact] | None = None
        for fact in self._facts_by_topic.get(topic, ()):
            score = len(stems & self._docs[fact.id].stems) * 2 - CONFIDENCE_ORDER.get(fact.confidence, 0)
            if best is None or score > best[0]:
                best = (score, fact)
        return None if best is None else best[1]

    # -- who is -----------------------------------------------------------------------------------

    def _who_is(self, q: _Normalised) -> Answer | None:
        characters = self._entities(q, "character")
        people = self._entities(q, "person")
        if characters:
            return self.character_card(q.raw, self.pack.characters[characters[0].id])
        if people:
            return self._person_card(q.raw, self.pack.people[people[0].id])
        return self._ambiguous(q, ("person", "character"))

    def character_card(self, question: str, character: Character) -> Answer:
        entity = Entity("character", character.id, character.name)
        refs = self.refs(character.sources)
        parts = [Part(f"{character.name}: {character.summary}", character.summary_spoils, "official", refs)]
        if character.actor:
            person = self.pack.people[character.actor]
            parts.append(Part(f"Played by {person.name}.", 0, character.actor_confidence, refs))
        return Answer(question, True, parts, "who_is", (entity,))

    def _person_card(self, question: str, person: Person) -> Answer:
        entity = Entity("person", person.id, person.name)
        roles = self.pack.characters_played_by(person.id)
        bits = [f"{person.name}" + (f" ({person.hangul})" if person.hangul else "")]
        bits.append(" is " + _roles_phrase(person.roles))
        if roles:
            bits.append("; plays " + ", ".join(c.name for c in roles))
        text = "".join(bits) + "."
        if person.notes:
            text += " " + person.notes
        return Answer(question, True, [Part(text, 0, "official", self.refs(person.sources))], "who_is", (entity,))

    # -- full-text fallback ------------------------------------------------------------------------

    def _search(self, question: str) -> Answer | None:
        if self.index is None or not question:
            return None
        terms = _content_terms(_normalise(question))
        if not terms:
            return None
        hits = self.index.search(terms, limit=5)
        stems = {_stem(t) for t in terms}
        for hit in hits:
            doc = self._docs.get(hit.doc_id)
            if doc is None:
                continue
            shared = stems & doc.stems
            rare = [s for s in shared if self._doc_freq.get(s, 0) <= 3]
            needed = max(1, math.ceil(len(stems) * 0.6))
            if len(stems) >= 2:
                needed = max(needed, 2)
            if len(shared) >= needed and (len(shared) >= 2 or rare):
                if doc.kind == "fact":
                    fact = self.pack.facts[doc.id]
                    return Answer(question, True, [self._fact_part(fact)], "search")
                claim = self.pack.claims[doc.id]
                parts = [self._claim_part(claim)]
                if claim.standing == "refuted" and claim.refuted_by in self.pack.claims:
                    settling = self.pack.claims[claim.refuted_by or ""]
                    parts = [*self._wrong_parts([claim], "A claim that was wrong:", settling.confidence),
                             self._claim_part(settling, "What settles it")]
                return Answer(question, True, parts, "search")
        return None


# --------------------------------------------------------------------------- small helpers


def _masked(text: str, mentions: Sequence[Mention]) -> str:
    """`text` with every mentioned name blanked out (same length, so spans stay valid)."""
    for mention in mentions:
        text = text[:mention.start] + " " * (mention.end - mention.start) + text[mention.end:]
    return text


# Pack milestones that are steps of season 2's progress (what "earlier news" is made of).
_PROGRESS_NEWS = frozenset({
    "renewed", "pre_production", "casting", "filming", "filming_wrapped", "post_production", "teaser",
    "trailer", "release_date_announced", "release_date_changed", "released", "delayed",
})
_LIVE_SENTENCES = {
    "rumoured": "Season 2 is only rumoured",
    "renewed": "Season 2 has been renewed",
    "pre_production": "Season 2 is in pre-production",
    "casting": "Season 2 is being cast",
    "filming": "Season 2 is filming",
    "filming_wrapped": "Filming of season 2 has wrapped",
    "post_production": "Season 2 is in post-production",
    "teaser": "A teaser for season 2 is out",
    "trailer": "A trailer for season 2 is out",
    "release_date_announced": "Season 2 has a release date",
    "released": "Season 2 is out",
    "cancelled": "Season 2 was cancelled",
}


def _day(value: dt.date | None) -> str:
    return _date(value.isoformat()) if value is not None else ""


def _when(value: dt.datetime) -> str:
    """A release time as plain text: "12 March 2026", or "12 March 2026, 18:00 UTC"."""
    utc = value.astimezone(dt.UTC)
    day = _date(utc.date().isoformat())
    return day if (utc.hour, utc.minute) == (0, 0) else f"{day}, {utc:%H:%M} UTC"


def _live_ref(source: LiveSource) -> SourceRef:
    return SourceRef(source.publisher, source.title, source.url, source.date.isoformat() if source.date else None)


def _year_runs(text: str) -> frozenset[str]:
    """Every 4-character run of `text` shaped like a year _YEAR finds (20[0-3]d): `y in text` for
    such a y is exactly `y in _year_runs(text)`."""
    return frozenset(text[i:i + 4] for i in range(len(text) - 3) if _YEAR_RUN.fullmatch(text[i:i + 4]))


def _search_docs(pack: ContentPack) -> list[tuple[str, str]]:
    docs = [(fact.id, fact.text + " " + " ".join(fact.keywords)) for fact in pack.facts.values()]
    docs.extend((claim.id, claim.text) for claim in pack.claims.values())
    return docs


_RX: dict[str, re.Pattern[str]] = {}


def _rx(pattern: str) -> re.Pattern[str]:
    """A compiled pattern, compiled once (cheaper per call than re.search's own cache lookup)."""
    compiled = _RX.get(pattern)
    if compiled is None:
        compiled = _RX[pattern] = re.compile(pattern)
    return compiled


def _normalise(text: str) -> str:
    return text.casefold().replace("\u2019", "'").replace("\u2018", "'")


def _plain(text: str) -> str:
    return re.sub(r"[^\w\s'\-.\uac00-\ud7a3]", "", text)[:60]


def _date(value: object) -> str:
    if value is None:
        return ""
    return _date_text(str(value))


@functools.lru_cache(maxsize=1024)
def _date_text(text: str) -> str:
    match = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", text)
    if not match:
        return text
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    year, month, day = match.group(1), int(match.group(2)), match.group(3)
    if not 1 <= month <= 12:
        return text
    return f"{int(day)} {months[month - 1]} {year}" if day else f"{months[month - 1]} {year}"


def _hedged_verdict(verdict: str, confidence: str) -> str:
    """A verdict resting on a claim of this confidence: "Yes.", "Reportedly, yes.", or for a rumour
    no verdict at all."""
    if confidence == "reported":
        return "Reportedly, " + verdict[:1].lower() + verdict[1:]
    if confidence == "rumour":
        return "Only a rumour so far:"
    return verdict


def _lower_first(text: str) -> str:
    text = text.rstrip(".")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and text.split()[0] in (
        "The", "A", "An", "Filming", "Production", "Season", "It", "Shooting", "Principal"
    ):
        return text[0].lower() + text[1:]
    return text


def _roles_phrase(roles: Sequence[str]) -> str:
    cleaned = [r.replace("_", " ") for r in roles]
    if not cleaned:
        return "part of the show"
    article = "an" if cleaned[0][:1] in "aeiou" else "a"
    return f"{article} " + " and ".join(cleaned)


def _yes_no_fate(text: str) -> str | None:
    if not _YESNO.match(text):
        return None
    if _rx(r"\b(?:alive|survive\w*|live|lives|make it)\b").search(text):
        return "alive"
    if _rx(r"\b(?:dead|die|dies|died|killed|death)\b").search(text):
        return "dead"
    if _rx(r"\b(?:zombie|turn|turns|turned|infected|halfbie|hambie)\b").search(text):
        return "turns"
    return None


def _yes_no_lead(asked: str, status: str) -> str:
    dead_like = status in ("dead", "zombie")
    if asked == "alive":
        if status == "alive":
            return "Yes. "
        if status == "halfbie":
            return "In a way: "
        if status in ("presumed_dead", "unknown"):
            return "Uncertain. "
        return "No. "
    if asked == "dead":
        if dead_like:
            return "Yes. "
        if status in ("presumed_dead", "unknown"):
            return "Presumably, but it is not certain. "
        if status == "halfbie":
            return "Not exactly. "
        return "No. "
    if asked == "turns":
        if status in ("zombie", "halfbie"):
            return "Yes. "
        if status == "dead":
            return "They die. "
        return "No. "
    return ""


_MILESTONE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("filming_wrapped", re.compile(r"\bwrap\w*\b|\bfinish\w* (?:filming|shooting)\b|\bdone filming\b")),
    ("pre_production", re.compile(r"\bpre-?\s?production\b")),
    ("filming", re.compile(r"\bfilm\w*\b|\bshoot\w*\b|\bshot\b|\bproduction\b|\bstart\w*\b|\bbegin\b|\bbegan\b")),
    ("release_date_announced", re.compile(r"\brelease\w*\b|\bcome out\b|\bcame out\b|\bpremiere\w*\b|\bair\w*\b|\bout in\b")),
    ("renewed", re.compile(r"\brenew\w*\b|\bconfirm\w*\b|\bannounc\w*\b|\bgreen\s*lit\b")),
    ("casting", re.compile(r"\bcast\w*\b|\bjoin\w*\b|\breturn\w*\b")),
    ("cancelled", re.compile(r"\bcancel\w*\b")),
)
_RELATED = {
    "filming": {"pre_production", "filming"},
    "release_date_announced": {"release_date_announced", "release_date_changed", "released", "delayed"},
    "filming_wrapped": {"filming_wrapped", "post_production"},
    "renewed": {"renewed"},
    "casting": {"casting"},
    "cancelled": {"cancelled"},
}


def _milestone_of(text: str) -> str | None:
    for milestone, pattern in _MILESTONE_WORDS:
        if pattern.search(text):
            return milestone
    return None


# Milestones whose claims show that the one asked about happened (pre-production is related to
# filming, but shows it had not started).
_SHOWS_HAPPENED = {
    "filming": {"filming"},
    "release_date_announced": {"release_date_announced", "release_date_changed", "released"},
    "filming_wrapped": {"filming_wrapped", "post_production"},
    "renewed": {"renewed"},
    "casting": {"casting"},
    "cancelled": {"cancelled"},
}


def _related_milestone(asked: str, actual: str | None) -> bool:
    return actual is not None and actual in _RELATED.get(asked, {asked})


def _shows_happened(asked: str, actual: str | None) -> bool:
    return actual is not None and actual in _SHOWS_HAPPENED.get(asked, {asked})
