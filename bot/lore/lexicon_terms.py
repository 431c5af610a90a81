"""What the pack itself calls things, for the spoiler lexicon (bot/lore/lexicon.py).

* The names fans give events (events.yaml `names`): a text that names an event gives its episode away
  ("the goodbye kiss" is episode 11, "So-ju's flares" episode 11, "the library scene" episode 5), whoever
  it names. A name that starts with a character ("So-ju's flares") is read after any spelling of that
  character ("soju's flares"); the others as written, hyphens, spaces and apostrophes optional, and "the"
  optional before two words or more ("goodbye kiss"). Questions ("who survives"), names that say
  nothing of what happens ("the ending") and places ("the music room": a trivia choice) are not read.
* How the pack's records read as kinds of event: a death entry, a fate's status, a relationship, a
  participant of an event of the event index (events.yaml `kind` and `role`).
* The descriptions fans name characters by (characters.yaml `descriptions`): each stands for its character
  as a name does ("the villain dies" is Gwi-nam's death). A description's own tag is /ask's business
  ("who plays the pregnant student" is asked at any progress), not read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from bot.lore.lexicon_words import GENERIC_EVENT_NAMES, WORD_END, WORD_START
from bot.show import Position

if TYPE_CHECKING:
    from bot.lore.content import ContentPack
    from bot.lore.names import NameResolver

#: How a death entry or a fate's status in the pack reads as kinds of event.
DEATH_KINDS = {
    "dies": ("death",),
    "turns": ("turn", "death"),
    "bitten": ("bite",),
    "halfbie": ("halfbie",),
    "presumed_dead": ("death",),
}
FATE_KINDS = {
    "dead": ("death",),
    "zombie": ("turn", "death"),
    "presumed_dead": ("death",),
    "halfbie": ("halfbie",),  # whether a halfbie outlives the season is her fate, read at its tag
    "alive": ("survival",),
}
#: Relationships that are events, and the kind of event each anchors for its source at its spoils.
RELATIONSHIP_KINDS = {
    "killed": "kill", "killed_by": "death", "bit": "bite", "bitten_by": "bite",
    "infected": "infect", "infected_by": "infect", "love_interest_of": "romance", "loves": "romance",
    "crush_on": "romance", "crush_of": "romance", "parent_of": "family", "child_of": "family",
    "sibling_of": "family", "older_sibling_of": "family", "younger_sibling_of": "family",
}
#: What each participant of an event of the pack's event index (events.yaml: kind, then role) anchors.
EVENT_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "death": {"victim": ("death",)},  # a killer's kill is the relationships' (the index leaves some episodes open)
    "turn": {"victim": ("turn", "death"), "biter": ("bite",)},
    "bite": {"victim": ("bite",), "biter": ("bite",)},
    "halfbie": {"victim": ("halfbie",)},
    "infection": {"victim": ("infect",), "infector": ("infect",)},
    "sacrifice": {"victim": ("death",), "protected": ("rescue",)},
    "kiss": {"partner": ("kiss",)},
    "confession": {"confessor": ("confession",), "confessed_to": ("confession",)},
    "birth": {"present": ("birth",)},
    "survival": {"survivor": ("survival",)},
    "rescue": {"rescuer": ("rescue",), "rescued": ("rescue",), "protector": ("rescue",), "protected": ("rescue",)},
    "attack": {"victim": ("attack",), "attacker": ("attack",)},
}
#: Kinds a relationship's text may anchor (never survival: a relationship line is no fate).
RELATIONSHIP_GROUPS = frozenset({"death", "kill", "turn", "bite", "infect", "halfbie", "family", "romance"})

_QUESTION = re.compile(r"^(?:who|whom|whose|what|why|how|when|where|which)\b", re.I)
_THE = re.compile(r"^the\s+", re.I)
_ROOM = re.compile(r"\broom$")
_SCENE = re.compile(r"\s+scene$", re.I)
_OWNER = re.compile(r"['’]s?$")
_LETTERS = re.compile(r"[^\W\d_]{3,}")
T = TypeVar("T")


def key_of(text: str) -> str:
    """The longest run of letters of a phrase (less a closing "scene", which `flexible` makes
    optional), lowercased: every spelling `flexible` reads holds it."""
    words = _THE.sub("", text.lower())
    words = _SCENE.sub("", words) if len(words.split()) >= 3 else words
    return max(_LETTERS.findall(words), key=len, default="")


class Keyed(Generic[T]):
    """Patterns each run only on a sentence that holds its key (a substring test, against running some
    sixty patterns on every sentence); key "" runs always."""

    def __init__(self, items: Iterable[tuple[str, re.Pattern[str], T]]) -> None:
        self._by_key: dict[str, list[tuple[re.Pattern[str], T]]] = {}
        for key, pattern, payload in items:
            self._by_key.setdefault(key, []).append((pattern, payload))
        self._keys = tuple(self._by_key)

    def finditer(self, sentence: str) -> Iterator[tuple[re.Match[str], T]]:
        low = sentence.lower()
        for key in [key for key in self._keys if key in low]:
            for pattern, payload in self._by_key[key]:
                for match in pattern.finditer(sentence):
                    yield match, payload


def flexible(text: str, *, role: bool = False) -> str:
    """A pattern for `text` as fans type it: any case, hyphens and spaces interchangeable or dropped,
    apostrophes optional, "the" optional before two words or more. For a `role` (a name), "the" is
    read before the match, not in it ("the firefighter dad" is the firefighter's role "firefighter dad")."""
    words = _THE.sub("", text.strip())
    scene = _SCENE.search(words) if len(words.split()) >= 3 else None  # "the bathroom birth (scene)"
    words = words[:scene.start()] if scene else words
    body = "".join(
        r"[\s-]*" if ch in " -" else r"['’]?" if ch in "'’" else re.escape(ch) for ch in words.lower()
    )
    body += r"(?:\s+scene)?" if scene else ""
    if words == text.strip() or len(words.split()) >= 2:
        return body if role or words == text.strip() else r"(?:the\s+)?" + body
    return (r"(?<=the )" if role else r"the\s+") + body


@dataclass(frozen=True)
class Term:
    """A phrase of the pack that gives `position` away (in `PackTerms.owned`, what follows its
    character's name: "flares" of "So-ju's flares")."""

    pattern: re.Pattern[str]
    position: Position
    label: str


@dataclass(frozen=True)
class PackTerms:
    """The pack's event names and character descriptions, compiled once per pack."""

    terms: Keyed[Term]
    owned: dict[str, tuple[Term, ...]]  # character id -> the names that start with that character's
    roles: tuple[tuple[str, str, str], ...]  # (pattern, character id, key) of each description

    @classmethod
    def from_pack(cls, pack: ContentPack, resolver: NameResolver) -> PackTerms:
        terms: list[Term] = []
        owned: dict[str, list[Term]] = {}
        for event in pack.events.values():
            for name in event.names:
                bare = _THE.sub("", name.lower())
                if _QUESTION.match(name) or name.lower() in GENERIC_EVENT_NAMES or bare == event.place or _ROOM.search(bare):
                    continue  # a question, a name that says nothing, a place ("the music room") is no event
                first = next(iter(resolver.mentions(name, fuzzy=False)), None)
                characters = {e.id for e in first.candidates if e.kind == "character"} if first else set()
                if first is not None and first.start == 0 and _OWNER.search(first.text) and len(characters) == 1:
                    tail = re.compile(r"\s*" + flexible(name[first.end:]) + WORD_END, re.I)
                    owned.setdefault(characters.pop(), []).append(Term(tail, event.spoils, name))
                else:
                    terms.append(Term(re.compile(WORD_START + flexible(name) + WORD_END, re.I), event.spoils, name))
        roles: list[tuple[str, str, str]] = []
        for character in pack.characters.values():
            for description in character.descriptions:
                roles.append((flexible(description.text, role=True), character.id, key_of(description.text)))
        keyed = Keyed((key_of(t.label), t.pattern, t) for t in terms)
        return cls(keyed, {c: tuple(t) for c, t in owned.items()}, tuple(roles))
