"""A character named by whose relative they are, as fans type it into /character: "onjo's dad",
"On-jo's father", "온조 아빠", "cheongsan's friend". Read only through relationships that spoil
nothing (the card's title names the one found, in public); when several fit, each is offered.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.content.model import ContentPack
from bot.lore.names import Entity, NameResolver
from bot.show import NOTHING

# What fans type for a bond, and the word the pack's relationship texts use for it.
_KIN = {
    "dad": "father", "daddy": "father", "papa": "father", "father": "father", "아빠": "father", "아버지": "father",
    "mom": "mother", "mum": "mother", "mommy": "mother", "mother": "mother", "엄마": "mother", "어머니": "mother",
    "son": "son", "아들": "son", "daughter": "daughter", "딸": "daughter",
    "brother": "brother", "bro": "brother", "sister": "sister", "sis": "sister",
    "teacher": "teacher", "homeroom teacher": "teacher", "선생님": "teacher", "쌤": "teacher", "담임": "teacher",
    "partner": "partner", "neighbour": "neighbour", "neighbor": "neighbour",
    "friend": "friend", "best friend": "best friend", "bff": "best friend", "친구": "friend",
}
KIN_WORDS = tuple(_KIN)  # the bonds' words, for whoever reads someone of the writer's world ("my sister cries")
_SAID = compile_later(
    r"^(?:the )?(?P<who>.+?)(?:['’]s|s['’]|['’])? ?(?:(?:younger|older|little|big) )?"
    r"(?P<kin>" + "|".join(sorted(map(re.escape, _KIN), key=len, reverse=True)) + r")$"
)


def kin_of(text: str, pack: ContentPack, resolver: NameResolver) -> list[Entity]:
    """The characters `text` names as someone's relative (none when it names nobody so, or only
    through a bond that gives something away), in the pack's order."""
    said = _SAID.match(text.strip().casefold())
    if said is None:
        return []
    anchor = resolver.resolve(said.group("who"), ("character",)).entity
    if anchor is None:
        return []
    word = _KIN[said.group("kin")]
    fits = [
        character.id
        for character in pack.characters.values()
        if any(bond.target == anchor.id and bond.spoils == NOTHING and word in bond.text.casefold()
               for bond in character.relationships)
    ]
    return [entity for entity in (resolver.get("character", id_) for id_ in fits) if entity is not None]
