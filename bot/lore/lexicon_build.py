"""A lexicon built from its content pack (plain Python): what the lexicon (bot/lore/lexicon.py) keeps of the pack, the
names' fates, roles, relatives, genders, the survivors and newcomers and the initials names are typed as, read once
(`from_pack`), and the characters a name stands for (`_characters`, an actor for their roles; `gender_of`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Self

from bot.lore import name_keys
from bot.lore.lexicon_anchors import Anchors, PackAnchoring, own_texts, pack_texts
from bot.lore.lexicon_korean import initials_of
from bot.lore.lexicon_scenes import Scenes
from bot.lore.lexicon_slang import ROLES
from bot.lore.lexicon_subjects import read_genders
from bot.lore.lexicon_terms import Keyed, PackTerms, RetoldEvents
from bot.lore.lexicon_words import WORD_END as _E
from bot.lore.lexicon_words import WORD_START as _B
from bot.lore.names import Entity, NameResolver, hangul_given, resolver_of
from bot.show import Position

if TYPE_CHECKING:
    from bot.lore.content import ContentPack

#: Whether the text a sentence is in is about the show (plot words other stories use count).
Show = Callable[[], bool]


class PackLexicon(PackAnchoring):
    """A lexicon's parts, built once from a content pack (`from_pack`); the reading of texts is the Lexicon's."""

    def _scan_sentence(
        self, sentence: str, context: frozenset[str], earlier: frozenset[str] = frozenset(), *, show: Show = lambda: True
    ) -> tuple[tuple[Position, tuple[str, ...]] | None, frozenset[str]]:
        """The Lexicon's reading of a sentence, which `__init__` caches per lexicon."""
        raise NotImplementedError

    def __init__(
        self,
        resolver: NameResolver,
        anchors: Anchors,
        fates: dict[str, Position],
        season_one: frozenset[str],
        played_by: dict[str, tuple[str, ...]],
        names: dict[str, str],
        end_of_season_one: Position,
        terms: PackTerms | None = None,
        retold: RetoldEvents | None = None,
        scenes: Scenes | None = None,
    ) -> None:
        self.resolver = resolver
        self._anchors = anchors
        self._fates = fates
        self._season_one = season_one
        self._played_by = played_by
        self._names = names
        self.end_of_season_one = end_of_season_one
        # The words of the texts anchored: a word one letter off a name ("cheongsna") is that name,
        # unless the pack writes it.
        self._vocabulary: set[str] = set()
        self._terms = terms or PackTerms(Keyed(()), {}, ())
        self._retold = retold or RetoldEvents([], set())
        self._scenes = scenes or Scenes([])
        self._initials: dict[str, str] = {}  # names typed as their initials (초성): lexicon_korean.spell_initials
        self._readable: dict[str, frozenset[str]] | None = None  # per character: the kinds `_may_read` reads
        # A sentence read about the show (not `anywhere`) gives away the same each time: replies, cards and pasted
        # messages repeat sentences, and three in four sentences the spoiler oracle reads were read before.
        self._sentences_read = functools.lru_cache(maxsize=4096)(self._scan_sentence)
        # Roles: fans' (lexicon_slang.ROLES) and the pack's descriptions, in this order at one place.
        fans = re.compile(_B + r"(?:" + "|".join(f"({p})" for p in ROLES) + r")" + _E, re.I)  # one pattern: cheap
        self._roles = Keyed([
            ("", fans, (0, tuple(ROLES.values()))),
            *((key, re.compile(_B + p + _E, re.I), (1 + n, (c,))) for n, (p, c, key) in enumerate(self._terms.roles)),
        ])
        # character -> relationship type ("child_of", "parent_of", "sibling", "best_friend_of", "partner") -> the relatives
        self._relatives: dict[str, dict[str, set[str]]] = {}
        self._genders: dict[str, str] = {}  # "he", "she" or "" per character: whom a pronoun may stand for
        self._alive: frozenset[str] = frozenset()  # the characters whose fate is to survive
        self._outlive: frozenset[str] = frozenset()  # they and the halfbies at large when the season ends (Nam-ra)
        self._gone: frozenset[str] = frozenset()  # whom season 1 ends and no later season lists: a return is news (Gwi-nam)
        self._newcomers: dict[str, frozenset[str]] = {}  # whom only a later season has (Ma-ru), by their names: their fates are its

    @classmethod
    def from_pack(cls, pack: ContentPack, resolver: NameResolver | None = None) -> Self:
        resolver = resolver or resolver_of(pack)
        played_by: dict[str, tuple[str, ...]] = {
            person_id: tuple(c.id for c in pack.characters_played_by(person_id)) for person_id in pack.people
        }
        season_one = frozenset(c.id for c in pack.characters.values() if 1 in c.seasons)
        end = pack.season_end(1) or Position(1, 1)
        fates = {c.id: c.fate.spoils for c in pack.characters.values() if c.fate is not None}
        names = {c.id: c.short_name or c.name for c in pack.characters.values()}
        terms = PackTerms.from_pack(pack, resolver)
        lexicon = cls(resolver, Anchors(), fates, season_one, played_by, names, end, terms, RetoldEvents.from_pack(pack),
                      Scenes.from_pack(pack))
        lexicon._genders = read_genders(own_texts(pack), lambda sentence: set().union(*(
            lexicon._characters(m.candidates) for m in resolver.mentions(sentence, fuzzy=False))))
        lexicon.anchor_pack(pack)
        lexicon._alive = frozenset(c.id for c in pack.characters.values() if c.fate is not None and c.fate.status == "alive")
        lexicon._outlive = lexicon._alive | frozenset(c.id for c in pack.characters.values() if c.fate is not None
                                                      and c.fate.status == "halfbie" and c.fate.spoils == end)
        lexicon._gone = frozenset(c.id for c in pack.characters.values() if tuple(c.seasons) == (1,) and c.fate is not None
                                  and c.fate.status in ("dead", "presumed_dead", "zombie"))
        lexicon._newcomers = {c.id: frozenset(name_keys.fold(n.removeprefix("the ")) for n in (  # 용마루, 마루, "the nis team leader"
            c.name, c.short_name, *c.variants, c.readable_hangul, hangul_given(c.readable_hangul or ""), *(d.text.lower() for d in c.descriptions)) if n)
                              for c in pack.characters.values() if c.seasons and 1 not in c.seasons}
        lexicon._initials = initials_of([h for c in pack.characters.values() if (h := c.readable_hangul)])
        lexicon._vocabulary.update(re.findall(r"[a-z]+", " ".join(pack_texts(pack)).lower()))
        return lexicon

    def _characters(self, candidates: Iterable[Entity]) -> frozenset[str]:
        """The characters a name stands for: an actor for the characters they play."""
        characters: set[str] = set()
        for entity in candidates:
            if entity.kind == "character":
                characters.add(entity.id)
            else:
                characters.update(self._played_by.get(entity.id, ()))
        return frozenset(characters)

    def gender_of(self, name: str) -> str:
        """"he" or "she" of the character a name stands for ("namra": "she"; an actor's, of whom they play); "" when
        it names no one the pack knows, or people of either gender (nothing assumed)."""
        said = {self._genders.get(c, "") for m in self.resolver.mentions(name, fuzzy=False) for c in self._characters(m.candidates)}
        return said.pop() if len(said) == 1 else ""
