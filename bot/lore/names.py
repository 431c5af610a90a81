"""The one name resolver: every command, autocomplete, answer and trivia match goes through here.

A name is folded before it is compared: NFKC, accents dropped, case folded, and every character
that is not a letter or digit removed (so hyphens, spaces, apostrophes and periods do not matter:
"On-jo", "On jo", "onjo" and "ON-JO" are one key). Each person and character contributes keys for
its name, its variants (romanizations, stage names), the misspellings seen in articles, its Hangul,
and its given name alone ("On-jo" for Nam On-jo). Surnames alone ("Lee", "Park", "Kim") are kept
apart: they never resolve to a guess, they offer candidates.

Lookup order: exact key, then a romanization skeleton (consonant classes, vowel runs collapsed), then
fuzzy matching (rapidfuzz) whose threshold is strict for short names and absent below four folded
characters. A key shared by several entities is ambiguous: the caller gets the candidates.

Everything is computed at construction; lookups are dictionary hits plus, at worst, one rapidfuzz
scan over a few hundred short keys. In free text, a word's folded key and a window's fuzzy lookup
depend on that word or window alone, so both are remembered (bounded): an ordinary word costs a
dictionary hit after its first question, and at most `_FUZZY_SCANS_PER_TEXT` scans run per question.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rapidfuzz import fuzz, process

from bot.lore.name_keys import KOREAN_SURNAMES as KOREAN_SURNAMES
from bot.lore.name_keys import NearMisses, another_syllable, initials_start
from bot.lore.name_keys import fold as fold
from bot.lore.name_keys import fold_words as fold_words
from bot.lore.name_keys import has_hangul as has_hangul
from bot.lore.name_keys import same_initial as same_initial
from bot.lore.name_keys import skeleton as skeleton
from bot.recent import RecentByIdentity
from bot.text import HANGUL, JAMO
from bot.trivia.hangul import another_surname

if TYPE_CHECKING:
    from bot.lore.content import Character, ContentPack, Person

EntityKind = Literal["person", "character"]
ALL_KINDS: tuple[EntityKind, ...] = ("person", "character")

# Words of ordinary English that must never be read as a name inside a question (and a few of Spanish or Portuguese a
# letter from a name: "cuánto duran los episodios" is no question about Ju-ran).
_STOPWORDS = frozenset(
    """
    dura duran duram
    a about actor actress after alive all an and any are as at based be been before bit bite bitten
    brother by can cast character child dad daughter dead did die died dies do does episode ep fate
    father for friend from get gets happen happened happens has have he her him his how i in into is
    it its kill killed kills love me mom mother of on or played plays play role season she show sister
    son survive survives teacher that the their them they this to turn turns up was were what when
    where which who whom whose why will with you your
    """.split()
)

# A romanised name and the Korean particle typed onto it ("cheongsan이") are two words; Hangul stays one run.
_TOKEN = re.compile(r"(?:[^\W\uac00-\ud7a3]|['’\-‐‑.])+|[\uac00-\ud7a3]+", re.UNICODE)
_KOREAN_TYPED = re.compile(f"(?:{HANGUL.pattern}|[{JAMO}])+")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_POSSESSIVE_INSIDE = re.compile(r"['’]s\b")



@dataclass(frozen=True, order=True)
class Entity:
    kind: EntityKind
    id: str
    name: str

    @property
    def ref(self) -> str:
        """A stable value ("character:nam-on-jo") that `resolve` maps back exactly."""
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class Resolution:
    entity: Entity | None
    candidates: tuple[Entity, ...]
    score: float
    ambiguous: bool

    @property
    def found(self) -> bool:
        return self.entity is not None


NOT_FOUND = Resolution(None, (), 0.0, False)


@dataclass(frozen=True)
class Mention:
    """A span of free text that names one entity, or several equally (then it is ambiguous)."""

    start: int
    end: int
    text: str
    candidates: tuple[Entity, ...]

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def _fuzzy_cutoff(length: int) -> float | None:
    """Fuzzy threshold by folded length: none below 4, very strict under 8, strict above."""
    if length < 4:
        return None
    if length < 6:
        return 92.0
    if length < 8:
        return 88.0
    return 84.0


def _given_names(name: str, *, canonical: bool) -> list[str]:
    """Given name(s) of a Korean name in either order ("Nam On-jo", "Chan-young Yoon").

    A canonical name always gives its given name; a variant only when that part is hyphenated
    ("Lee Chung-san" -> "Chung-san"), so "Na Yeon" or "Bo Yoon" never yield "Yeon" or "Bo".
    """
    tokens = [t for t in re.split(r"\s+", name.strip()) if t]
    if len(tokens) < 2:
        return []
    found: list[str] = []
    if fold(tokens[0]) in KOREAN_SURNAMES:
        rest = " ".join(tokens[1:])
        if canonical or "-" in rest:
            found.append(rest)
    if len(tokens) == 2 and fold(tokens[-1]) in KOREAN_SURNAMES and "-" in tokens[0]:
        found.append(tokens[0])
    return found


def _surname(name: str) -> str | None:
    tokens = name.split()
    if len(tokens) >= 2 and fold(tokens[0]) in KOREAN_SURNAMES:
        return fold(tokens[0])
    return None


def hangul_given(hangul: str) -> str | None:
    compact = fold(hangul)
    if len(compact) == 3 and all(HANGUL.match(ch) for ch in compact):
        return compact[1:]
    return None


# Levels: a lower number wins over a higher one when the same query hits both.
_EXACT, _GIVEN, _MISSPELT = 0, 1, 2
_LEVEL_SCORE = {_EXACT: 100.0, _GIVEN: 96.0, _MISSPELT: 95.0}
_FUZZY_MEMO_SIZE = 20_000
# At most this many fuzzy scans of unseen windows per question (each is ~10 µs over ~250 keys): a
# 500-character question cannot cost milliseconds. Exact names are found whatever the length.
_FUZZY_SCANS_PER_TEXT = 24
_EXACT_MEMO_SIZE = 4096  # texts whose exact mentions a resolver keeps (as many as the lexicon keeps sentences read)


class NameResolver:
    """Resolve names of people and characters (see module docstring)."""

    def __init__(self, entries: Iterable[tuple[Entity, Sequence[str], Sequence[str], str | None]]) -> None:
        """entries: (entity, names and variants, misspellings, hangul or None)."""
        # key -> level -> entities
        self._keys: dict[str, dict[int, set[Entity]]] = {}
        self._surnames: dict[str, set[Entity]] = {}
        self._skeletons: dict[str, set[Entity]] = {}
        self._entities: list[Entity] = []
        self._aliases: dict[Entity, tuple[str, ...]] = {}
        for entity, names, misspellings, hangul in entries:
            self._entities.append(entity)
            aliases: list[str] = []
            surname = _surname(entity.name)
            if surname:
                self._surnames.setdefault(surname, set()).add(entity)
            for position, name in enumerate([entity.name, *names]):
                aliases.append(name)
                self._add(name, entity, _EXACT)
                for given in _given_names(name, canonical=position == 0):
                    self._add(given, entity, _GIVEN)
            for wrong in misspellings:
                self._add(wrong, entity, _MISSPELT)
                for given in _given_names(wrong, canonical=False):
                    self._add(given, entity, _MISSPELT)
            if hangul:
                aliases.append(hangul)
                self._add(hangul, entity, _EXACT)
                given_h = hangul_given(hangul)
                if given_h:
                    self._add(given_h, entity, _GIVEN)
            self._aliases[entity] = tuple(dict.fromkeys(aliases))
        self._by_id: dict[tuple[str, str], Entity] = {(e.kind, e.id): e for e in self._entities}
        # "character:nam-on-jo" style values (autocomplete choice values) resolve exactly.
        self._by_id_text: dict[str, Entity] = {f"{e.kind}:{e.id}": e for e in self._entities}
        # Best level per key, used by every lookup.
        self._best: dict[str, tuple[int, tuple[Entity, ...]]] = {}
        for key, levels in self._keys.items():
            level = min(levels)
            self._best[key] = (level, tuple(sorted(levels[level])))
        for key, (_, ents) in self._best.items():
            if len(key) >= 5:
                self._skeletons.setdefault(skeleton(key), set()).update(ents)
        self._fuzzy_keys: list[str] = [k for k in self._best if len(k) >= 4]
        # Keys usable inside free text: nothing that is an English word, nothing tiny.
        self._mention_keys: dict[str, tuple[Entity, ...]] = {
            key: ents
            for key, (_, ents) in self._best.items()
            if key not in _STOPWORDS and (len(key) >= 4 or (HANGUL.search(key) and len(key) >= 2))
        }
        self._mention_fuzzy: list[str] = [k for k in self._mention_keys if len(k) >= 6]
        self._hangul_keys = sorted(
            (k for k in self._mention_keys if HANGUL.search(k)), key=len, reverse=True
        )
        self._max_ngram = 4
        # Every string a run of whole tokens can build on its way to a mention key: a window is
        # grown token by token only while it is such a prefix (instead of joining all n-grams).
        self._mention_prefixes: frozenset[str] = frozenset(
            key[:n] for key in self._mention_keys for n in range(1, len(key) + 1)
        )
        # Fuzzy lookups of a free-text window depend on the window alone: remembered (bounded), and
        # seeded with the words of the pack's own texts (see `learn_words`), so an ordinary word in
        # a question costs a dictionary hit instead of a rapidfuzz scan over every name key.
        self._fuzzy_memo: dict[str, tuple[str, float] | None] = {}
        # A text's exact mentions, remembered (bounded): a scan and /ask read the same sentence several times.
        self._exact_memo: dict[str, tuple[list[tuple[int, int, str]], list[Mention], list[Mention]]] = {}
        self._near = NearMisses(self._mention_keys, another_syllable)  # "sojuu", "namraa" (name_keys.py)
        # Autocomplete: (entity, folded aliases) in pack order.
        self._search_rows: list[tuple[Entity, tuple[str, ...]]] = [
            (e, tuple(fold(a) for a in self._aliases[e]))
            for e in sorted(self._entities, key=lambda e: e.kind != "character")
        ]

    def _add(self, text: str, entity: Entity, level: int) -> None:
        for form in {text, _POSSESSIVE_INSIDE.sub("", text)}:
            key = fold(form)
            if key:
                self._keys.setdefault(key, {}).setdefault(level, set()).add(entity)

    @classmethod
    def from_pack(cls, pack: ContentPack) -> NameResolver:
        named: list[tuple[EntityKind, Person | Character]] = [
            *(("person", person) for person in pack.people.values()),
            *(("character", character) for character in pack.characters.values()),
        ]
        return cls([
            (Entity(kind, one.id, one.name), tuple(one.variants), tuple(one.misspellings), one.readable_hangul)
            for kind, one in named
        ])

    # -- lookups ---------------------------------------------------------------------------

    @property
    def entities(self) -> tuple[Entity, ...]:
        return tuple(self._entities)

    def get(self, kind: str, entity_id: str) -> Entity | None:
        return self._by_id.get((kind, entity_id))

    def aliases(self, entity: Entity) -> tuple[str, ...]:
        return self._aliases.get(entity, ())

    def resolve(self, text: str, kinds: Sequence[str] = ALL_KINDS) -> Resolution:
        """The entity a name means, or the candidates when it could mean several."""
        key = fold(text)
        if not key:
            return NOT_FOUND
        wanted = frozenset(kinds)
        by_id = self._by_id_text.get(text.strip())
        if by_id is not None and by_id.kind in wanted:
            return Resolution(by_id, (by_id,), 100.0, False)
        hit = self._best.get(key)
        if hit is not None:
            ents = tuple(e for e in hit[1] if e.kind in wanted)
            if ents:
                return _resolution(ents, _LEVEL_SCORE[hit[0]])
        surname_hits = tuple(sorted(e for e in self._surnames.get(key, ()) if e.kind in wanted))
        if surname_hits:
            # A surname alone is never enough to pick someone: offer the candidates.
            return Resolution(None, surname_hits, 80.0, len(surname_hits) > 1)
        cutoff = _fuzzy_cutoff(len(key))
        if cutoff is None:
            return NOT_FOUND
        found = self._fuzzy(key, wanted, cutoff)
        if len(key) >= 5:
            skel = self._skeletons.get(skeleton(key))
            ents = tuple(sorted(e for e in skel or () if e.kind in wanted))
            if ents:
                found = _resolution(ents, 90.0)
        # "kang min-jae" is another person than Jung Min-jae, however close the spelling
        typed = tuple(fold(w) for w in text.replace("-", " ").split())
        if found.candidates and all(another_surname(typed, e.name) for e in found.candidates):
            return NOT_FOUND
        return found

    def _fuzzy(self, key: str, wanted: frozenset[str], cutoff: float) -> Resolution:
        results = process.extract(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        if not results:
            return NOT_FOUND
        scored: dict[Entity, float] = {}
        others: set[Entity] = set()  # their closest name is another name, not a slip ("Ji-hoon")
        for candidate, score, _ in results:
            for entity in self._best[candidate][1]:
                if entity.kind not in wanted or entity in others or entity in scored:
                    continue  # results come best first: an entity's first key is its closest
                if another_syllable(key, candidate):
                    others.add(entity)
                else:
                    scored[entity] = score
        if not scored:
            return NOT_FOUND
        ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
        best_score = ranked[0][1]
        close = tuple(e for e, s in ranked if s >= best_score - 3.0)
        if len(close) == 1:
            return Resolution(close[0], tuple(e for e, _ in ranked), best_score, False)
        return Resolution(None, close, best_score, True)

    def search(self, prefix: str, kinds: Sequence[str] = ALL_KINDS, limit: int = 25) -> list[Entity]:
        """Autocomplete: name prefix matches first, then alias prefixes, substrings, fuzzy hits."""
        wanted = frozenset(kinds)
        rows = [(e, keys) for e, keys in self._search_rows if e.kind in wanted]
        key = fold(prefix)
        if not key:
            return [e for e, _ in rows][:limit]
        korean = _KOREAN_TYPED.fullmatch(key) is not None  # "ㅊㅅ", "청ㅅ": Korean typed, perhaps by initials
        tiers: list[list[Entity]] = [[], [], [], []]
        for entity, keys in rows:
            if keys[0].startswith(key):
                tiers[0].append(entity)
            elif any(k.startswith(key) for k in keys[1:]) or any(
                part.startswith(key) for part in _name_parts(entity.name)
            ):
                tiers[1].append(entity)
            elif korean and any(initials_start(key, n) for k in keys for n in (k, hangul_given(k)) if n):
                tiers[2].append(entity)  # 초성: below the names typed out, "ㅇㅈ" for 온조 (given) and 이재규
            elif len(key) >= 3 and any(key in k for k in keys):
                tiers[3].append(entity)
        found = [e for tier in tiers for e in tier]
        if len(found) < limit:
            resolution = self.resolve(prefix, kinds)
            for candidate in (resolution.entity, *resolution.candidates):
                if candidate is not None and candidate not in found:
                    found.append(candidate)
        return found[:limit]

    # -- free text ---------------------------------------------------------------------------

    def mentions(
        self, text: str, *, fuzzy: bool = True, known_words: AbstractSet[str] | None = None
    ) -> list[Mention]:
        """Names inside free text, leftmost-longest, non-overlapping; fuzzy only if nothing exact
        (and `fuzzy`: the spoiler lexicon reads exact names only). With `known_words` (the words a
        question may hold), a word left over that is one letter away from exactly one name is that
        name too ("sojuu", "namraa", "gwinma"), unless it is one of those words."""
        tokens, found, other = self._exact_mentions(text)
        if not found and fuzzy and not other:
            found = self._fuzzy_mentions(tokens, text)
        if known_words is not None:
            found = [m for m in self._near_mentions(tokens, text, [*found, *other], known_words) if m not in other]
        return found

    def other_people(self, text: str) -> list[tuple[str, tuple[Entity, ...]]]:
        """Given names the lore knows typed under another surname ("who is Kang Min-jae"), as typed, with
        those the lore has under that given name (answer/name_slips.py tells a slip from someone else)."""
        tokens, _, other = self._exact_mentions(text)
        return [(text[tokens[i - 1][0]:m.end], m.candidates) for m in other for i, t in enumerate(tokens) if t[0] == m.start]

    def _exact_mentions(self, text: str) -> tuple[list[tuple[int, int, str]], list[Mention], list[Mention]]:
        """The words of `text`, its exact mentions, and the given names in it under another surname (new lists each call)."""
        kept = self._exact_memo.get(text)
        if kept is not None:
            return list(kept[0]), list(kept[1]), list(kept[2])
        tokens = _tokens(text)
        found: list[Mention] = []
        other: list[Mention] = []  # given names after another surname: nobody the lore knows
        prefixes = self._mention_prefixes
        i = 0
        while i < len(tokens):
            token = tokens[i][2]
            if token not in prefixes and token.isascii():
                i += 1  # the common case: an ordinary word starts no name (and has no Hangul)
                continue
            hit = self._mention_at(tokens, i, text)
            if hit is None:
                i += 1
                continue
            mention, width = hit
            surname = _surname_before(tokens, i, mention, found)
            if surname == "other":
                other.append(mention)  # "who is kang min-jae": another person than Jung Min-jae
            elif surname == "same":  # "jeong min-jae": Jung Min-jae, the surname spelt another way
                start = tokens[i - 1][0]
                found.append(Mention(start, mention.end, text[start:mention.end], mention.candidates))
            else:
                found.append(mention)
            i += width
        if len(self._exact_memo) >= _EXACT_MEMO_SIZE:
            self._exact_memo.clear()  # (maybe used from a loading thread: clear() is atomic)
        self._exact_memo[text] = (tokens, found, other)
        return list(tokens), list(found), list(other)

    def _near_mentions(
        self, tokens: list[tuple[int, int, str]], text: str, found: list[Mention], known: AbstractSet[str]
    ) -> list[Mention]:
        """`found` plus the near misses among the words no mention covers."""
        # whether a mention overlaps each word, swept in order (not each word against each mention: a long message has hundreds)
        ordered = sorted(found, key=operator.attrgetter("start"))
        starts, reach = [m.start for m in ordered], list(itertools.accumulate(map(operator.attrgetter("end"), ordered), max))
        taken = [(i := bisect.bisect_left(starts, end)) > 0 and reach[i - 1] > start for start, end, _ in tokens]
        more = [Mention(tokens[i][0], tokens[i + width - 1][1], text[tokens[i][0]:tokens[i + width - 1][1]], ents)
                for i, width, ents in self._near.spans([w for _, _, w in tokens], taken, _STOPWORDS, known)]
        return sorted([*found, *more], key=lambda m: m.start) if more else found

    def slipped(self, word: str) -> bool:
        """Whether a near miss of a name is a slip of typing rather than another story's name (name_keys.py)."""
        return self._near.slipped(fold(word))

    def surname_mentions(self, text: str, *, any_case: bool = False) -> list[Mention]:
        """Bare surnames inside free text ("who plays Lee?"): spans offering their candidates.
        Capitalised only, unless `any_case` (the caller knows nothing else is asked: "who is park")."""
        found: list[Mention] = []
        for start, end, key in _tokens(text):
            ents = self._surnames.get(key)
            if ents and (any_case or text[start:start + 1].isupper()):
                found.append(Mention(start, end, text[start:end], tuple(sorted(ents))))
        return found

    def find_mentions(self, text: str) -> list[Entity]:
        """Entities named in free text (ambiguous spans contribute all their candidates)."""
        seen: dict[Entity, None] = {}
        for mention in self.mentions(text):
            for entity in mention.candidates:
                seen.setdefault(entity, None)
        return list(seen)

    def _mention_at(
        self, tokens: list[tuple[int, int, str]], i: int, text: str
    ) -> tuple[Mention, int] | None:
        # Leftmost-longest: the widest window (up to _max_ngram tokens) that is a mention key.
        key = ""
        best: tuple[int, tuple[Entity, ...]] | None = None
        for j in range(i, min(i + self._max_ngram, len(tokens))):
            key += tokens[j][2]
            if key not in self._mention_prefixes:
                break
            ents = self._mention_keys.get(key)
            if ents:
                best = (j, ents)
        if best is not None:
            start, end = tokens[i][0], tokens[best[0]][1]
            return Mention(start, end, text[start:end], best[1]), best[0] - i + 1
        token = tokens[i][2]
        if not token.isascii() and HANGUL.search(token):
            for key in self._hangul_keys:
                if token.startswith(key):
                    start, end = tokens[i][0], tokens[i][1]
                    return Mention(start, end, text[start:end], self._mention_keys[key]), 1
        return None

    def _fuzzy_mentions(self, tokens: list[tuple[int, int, str]], text: str) -> list[Mention]:
        found: list[Mention] = []
        used_until = 0
        keys = [t[2] for t in tokens]
        stop = [k in _STOPWORDS for k in keys]
        memo = self._fuzzy_memo
        scans = 0  # rapidfuzz scans (memo misses) so far: bounded, so a long question stays cheap
        for i in range(len(tokens)):
            if stop[i] or tokens[i][0] < used_until:
                continue
            # Windows of 1..3 tokens from i without a stopword, tried widest first.
            windows: list[str] = []
            key = ""
            for j in range(i, min(i + 3, len(keys))):
                if stop[j]:
                    break
                key += keys[j]
                windows.append(key)
            best: tuple[float, int, str] | None = None
            for width in range(len(windows), 0, -1):
                key = windows[width - 1]
                if len(key) < 6:  # no fuzzy matching of short keys (see _fuzzy_cutoff)
                    continue
                if key not in memo:
                    if scans >= _FUZZY_SCANS_PER_TEXT:
                        continue
                    scans += 1
                hit = self._fuzzy_key(key, _fuzzy_cutoff(len(key)) or 100.0)
                if hit is not None and (best is None or hit[1] > best[0]):
                    best = (hit[1], width, hit[0])
            if best is not None:
                start, end = tokens[i][0], tokens[i + best[1] - 1][1]
                found.append(Mention(start, end, text[start:end], self._mention_keys[best[2]]))
                used_until = end
        return found

    def _fuzzy_key(self, key: str, cutoff: float) -> tuple[str, float] | None:
        """The mention key closest to `key` at or above `cutoff` (the cutoff follows from len(key))."""
        memo = self._fuzzy_memo
        if key in memo:
            return memo[key]
        hit = process.extractOne(key, self._mention_fuzzy, scorer=fuzz.ratio, score_cutoff=cutoff)
        found = None if hit is None or another_syllable(key, hit[0]) else (str(hit[0]), float(hit[1]))
        if len(memo) >= _FUZZY_MEMO_SIZE:
            del memo[next(iter(memo))]  # oldest first
        memo[key] = found
        return found


# Surnames that are also everyday English words ("so minjae died?", "his son jinsu"): never
# read as a surname typed before a given name.
_SURNAMES_AS_WORDS = frozenset(
    "so do go oh ok an you won bang no ma na ha ko gu ju yu ro sim cha son song gang sung im woo".split()
)


def _surname_before(tokens: list[tuple[int, int, str]], i: int, mention: Mention, found: list[Mention]) -> str | None:
    """Whether a given name found at token `i` follows another surname than its own ("other": "kang
    min-jae" is not Jung Min-jae) or its own spelt another way ("same": "jeong min-jae", "yi su-hyeok"),
    as /lore add tells a new person from one the lore has (bot.trivia.hangul.another_surname)."""
    if i == 0 or (found and found[-1].end > tokens[i - 1][0]):
        return None
    before = tokens[i - 1][2]
    if before in _SURNAMES_AS_WORDS or before not in KOREAN_SURNAMES:
        return None
    if any(fold(e.name) == fold(mention.text) or " " not in e.name for e in mention.candidates):
        return None  # a full name already, or someone with no surname to compare
    typed = (before, *(fold(w) for w in mention.text.split()))
    if all(another_surname(typed, e.name) for e in mention.candidates):
        return "other"
    if all(fold(e.name.split()[0]) in KOREAN_SURNAMES and not another_surname(typed, e.name) for e in mention.candidates):
        return "same"
    return None


def _resolution(ents: tuple[Entity, ...], score: float) -> Resolution:
    if len(ents) == 1:
        return Resolution(ents[0], ents, score, False)
    return Resolution(None, ents, score, True)


def _name_parts(name: str) -> list[str]:
    return [fold(part) for part in name.split()]


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded) for each word of free text; possessive endings dropped."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    out: list[tuple[int, int, str]] = []
    keys = _TOKEN_KEYS
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        key = keys.get(word)
        if key is None:
            key = _token_key(word)
            if len(keys) >= _TOKEN_KEYS_SIZE:
                keys.clear()  # module-wide, maybe used from a loading thread: clear() is atomic
            keys[word] = key
        if key:
            out.append((match.start(), match.end(), key))
    return out


def _token_key(word: str) -> str:
    raw = word.strip("-‐‑.'’")
    if not raw:
        return ""
    raw = _POSSESSIVE.sub("", raw) if len(raw) > 2 else raw
    return fold(raw)


def resolver_of(pack: ContentPack) -> NameResolver:
    """The resolver of a pack's names, built once per pack object (the last few are remembered):
    the /ask engine, the spoiler lexicon and trivia's answer matching read the same names, and
    building their keys is a tenth of what starting the bot costs."""
    return _RESOLVERS.get(pack, lambda: NameResolver.from_pack(pack))


_RESOLVERS: RecentByIdentity[ContentPack, NameResolver] = RecentByIdentity()

# A word's key depends on the word alone: remembered (bounded), since questions reuse their words.
_TOKEN_KEYS: dict[str, str] = {}
_TOKEN_KEYS_SIZE = 20_000
