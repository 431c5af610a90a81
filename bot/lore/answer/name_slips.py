"""Names typed in part or wrongly: "who is cheong" (part of a given name), "who plays Lee?" (a bare
surname), "who plays kim su-hyeok" (a given name under another surname).

A given name under another surname is a slip when the lore has that given name once, on someone every
reader may see: the answer is about them and says so first ("Su-hyeok's surname is Lee, not Kim.").
When the lore has the given name on more than one person ("Min-jae": Jung Min-jae, Lee Min-jae), the
name typed may well be someone new, so it is nobody the lore knows, with the names it does know as a
hint; a name only some readers may see (a newcomer added with the episode that shows them) is never
offered, and never answered about under another surname.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import MappingProxyType

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import Analysis
from bot.lore.answer.result import CAPABILITIES, Answer, Part, dont_know
from bot.lore.content.model import ContentPack
from bot.lore.name_keys import KOREAN_SURNAMES
from bot.lore.names import Entity, NameResolver, fold
from bot.recent import RecentByIdentity

_PERSON_QUESTION = frozenset({"actor", "who", "about", "info", "tell"})
# Asked whether they made the show, the makers the lore has answer ("was it written by kim eun-hee").
_MADE_BY = compile_later(r"\b(?:writ\w*|wrote|direct\w*|creat\w*|made|make|produc\w*|showrunner|author)\b")


class NameSlips:
    def __init__(self, pack: ContentPack, resolver: NameResolver) -> None:
        self._pack = pack
        self._resolver = resolver
        # pure functions of the pack, built once per pack (every engine over it reads the same, never writes)
        self._syllables, self._holders = _BUILT.get(pack, lambda: (
            MappingProxyType(_given_syllables(pack)), MappingProxyType(_given_names(pack))))

    def corrected(self, question: str, text: str) -> tuple[str, Part | Answer | None]:
        """`text` with a slipped surname put right and the note that says so; or the answer that the
        name typed is nobody the lore knows; or `text` as it is."""
        others = self._resolver.other_people(text)
        if not others or _MADE_BY.search(text.casefold()) or self._resolver.mentions(text):
            return text, None
        typed, candidates = others[0]
        shown = " ".join(w[:1].upper() + w[1:] for w in typed.split())
        holders = self._holders.get(_given(candidates[0].name), ()) if len(candidates) == 1 else candidates
        seen = [e for e in holders if not self._pack.introduced(e.kind, e.id)]
        if len(holders) == 1 and seen:
            one = seen[0]
            given, surname = one.name.split()[-1], one.name.split()[0]
            note = Part(f"{given}'s surname is {surname}, not {shown.split()[0]}: there is no {shown} in my sources.",
                        aside=True)
            return text.replace(typed, one.name, 1), note
        known = dont_know(question, f"who {shown} is")
        if not seen:
            return text, known
        hint = " or ".join(e.name for e in seen[:3])
        said = f"I know no {shown}: my sources don't say who that is. Did you mean {hint}? I can answer questions about {CAPABILITIES}."
        return text, dataclasses.replace(known, parts=[Part(said)])

    @staticmethod
    def noted(answer: Answer, slip: Part | Answer | None) -> Answer:
        """`answer` with the note on a slipped surname before it."""
        if not isinstance(slip, Part) or not answer.answered:
            return answer
        return dataclasses.replace(answer, parts=[slip, *answer.parts])

    def partial(self, a: Analysis) -> Answer | None:
        """"who is cheong", "who is su": part of a given name is whom it could be, never a guess."""
        rest = [s for s in a.stems if s not in _PERSON_QUESTION]
        if a.qtype not in ("who", "statement") or len(rest) != 1 or rest[0] not in self._syllables:
            return None
        typed, names = rest[0], self._syllables[rest[0]]
        if len(names) == 1:
            text = f"I don't know anyone called \u201c{typed}\u201d. Did you mean {names[0]}?"
        else:
            text = f"\u201c{typed}\u201d could be part of several names: {', '.join(names[:8])}. Which one?"
        return Answer(a.raw, False, [Part(text)], "ambiguous")

    def bare_surnames(self, a: Analysis) -> list[tuple[str, tuple[str, ...]]]:
        """"who plays Lee?": a bare surname (capitalised) is several people, never a guess."""
        if a.qtype not in ("who", "statement"):
            return []
        found = []
        for mention in self._resolver.surname_mentions(a.raw, any_case=True):
            rest = [s for s in a.stems if s != fold(mention.text) and s not in _PERSON_QUESTION]
            # lower case too when nothing else is asked ("who is park"), never inside a sentence
            if not rest and len(mention.candidates) > 1 and (mention.text[:1].isupper() or len(a.stems) <= 2):
                found.append((mention.text, tuple(e.name for e in mention.candidates)))
        return found


def _given(name: str) -> str:
    words = name.split()
    return fold(words[-1]) if len(words) == 2 and fold(words[0]) in KOREAN_SURNAMES else ""


def _given_names(pack: ContentPack) -> dict[str, tuple[Entity, ...]]:
    """Each Korean given name the lore has, with everyone (character or person) who has it."""
    found: dict[str, list[Entity]] = {}
    named = [Entity("character", c.id, c.name) for c in pack.characters.values()]
    named += [Entity("person", p.id, p.name) for p in pack.people.values()]
    for entity in named:
        if given := _given(entity.name):
            found.setdefault(given, []).append(entity)
    return {k: tuple(v) for k, v in found.items()}


def _given_syllables(pack: ContentPack) -> dict[str, tuple[str, ...]]:
    """Each syllable of a character's given name ("cheong", "san"), with the characters it is part of."""
    found: dict[str, list[str]] = {}
    for character in pack.characters.values():
        if "'" in character.name or " " not in character.name:
            continue  # "Cheong-san's mother" is no given name; "Chang-hoon" has no surname
        given = character.name.split()[-1]
        if "-" not in given:
            continue
        for syllable in given.split("-"):
            names = found.setdefault(fold(syllable), [])
            if character.name not in names:
                names.append(character.name)
    return {k: tuple(v) for k, v in found.items()}


_BUILT: RecentByIdentity[ContentPack, tuple[Mapping[str, tuple[str, ...]], Mapping[str, tuple[Entity, ...]]]] = (
    RecentByIdentity())
