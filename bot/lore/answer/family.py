""""Does the dad die", "what happens to the mother": a family word with no one's name before it.

"The dad" fits everyone the sources make someone's father (So-ju is On-jo's, Byeong-chan is
Jin-su's); "the mother", everyone they make someone's mother, a character or not (Cheong-san's,
and Jin-su's, whom an event names). When two or more fit, the answer says whom it could mean and
asks which, never one picked silently; each "X's father" is hidden until the episode that tells it.
With one alone ("does the brother die": Woo-jin is the only brother the sources give), the question
is asked of them, as "Ha-ri's brother" would be (`one`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import Analysis
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Profiles, Subject
from bot.lore.answer.words import stem
from bot.lore.content import ContentPack
from bot.show import NOTHING, Position

# The family word as asked -> (the word said back, the relationship types that make someone it, gender).
_WORDS: dict[str, tuple[str, tuple[str, ...], str]] = {
    **{w: ("father", ("parent_of",), "he") for w in ("dad", "daddy", "father", "papa")},
    **{w: ("mother", ("parent_of",), "she") for w in ("mom", "mum", "mother", "mommy", "mama", "omma", "eomma")},
    **{w: ("parent", ("parent_of",), "") for w in ("parent", "parents")},
    **{w: ("son", ("child_of",), "he") for w in ("son",)},
    **{w: ("daughter", ("child_of",), "she") for w in ("daughter",)},
    **{w: ("brother", ("sibling_of", "older_sibling_of", "younger_sibling_of"), "he") for w in ("brother", "bro")},
    **{w: ("sister", ("sibling_of", "older_sibling_of", "younger_sibling_of"), "she") for w in ("sister", "sis")},
}
# "the dad", said alone: not "the dad's ..." or "the dad of ..." (whose dad is then named).
_THE_WORD = compile_later(rf"(?:^|\s)the (?:(little|lil|baby|younger|older|big|elder) )?({'|'.join(_WORDS)})\b(?!\s*(?:'s|of)\b)")
# "do all the parents die", "are both the dads dead", "do the parents die": the group (groups.py), never one of them
# asked back
_GROUP_ASKED = compile_later(r"^(?:do|does|did|will|are|were) (?:all|both|every one|each|the parents)\b.* (?:die[sd]?|dead|alive|"
                             r"survive[sd]?|live|make it|made it)\b")
# Whose mother an event names: "Jin-su and his mother", "Cheong-san's mother".
_NAMED_KIN = compile_later(rf"\b([A-Z][\w.-]*(?: [A-Z][\w-]*)?)(?:'s| and (?:his|her)) ({'|'.join(_WORDS)})\b")


class FamilyWords:
    def __init__(self, pack: ContentPack, profiles: Profiles) -> None:
        self.pack = pack
        # the same for every engine of the pack: made once, kept with its records, never changed
        self._by_name, self._kin = profiles.records.kept("family words", lambda _: _family_words(pack, profiles))

    def one(self, a: Analysis) -> Subject | None:
        """The one character "the brother" can mean, when only one fits; None otherwise."""
        match = _THE_WORD.search(a.text)
        if match is None or a.slots or match.group(1) in ("older", "big", "elder"):
            return None  # (which is older is not kept: "the older brother" is not Ha-ri's younger one)
        word = _WORDS[match.group(2)][0]
        fitting = [(whose, who, spoils) for (w, whose), (who, spoils) in self._kin.items() if w == word]
        if len(fitting) != 1 or fitting[0][1] not in self._by_name:
            return None
        whose, who, spoils = fitting[0]
        said = {stem(w) for w in match.group(0).split() if w != "the"}
        return Subject("character", self._by_name[who], who, spoils, frozenset({*said, stem(word)}),
                       (word,), "relation", whose)

    def several(self, a: Analysis) -> Answer | None:
        """Whom "the dad" could mean, when two or more fit; None otherwise."""
        match = _THE_WORD.search(a.text)
        if match is None or _GROUP_ASKED.match(a.text):
            return None
        word = _WORDS[match.group(2)][0]
        fitting = sorted(((whose, who, spoils) for (w, whose), (who, spoils) in self._kin.items()
                          if w == word or (word == "parent" and w in ("father", "mother"))),
                         key=lambda kin: (kin[2], kin[0]))
        if len(fitting) < 2:
            return None
        parts = [Part(f"\u201cThe {match.group(2)}\u201d could mean several people in the story:")]
        parts += [Part(f"{whose}'s {word}" + (f" ({who})" if who and whose not in who else ""), spoils) for whose, who, spoils in fitting]
        parts.append(Part(f"Which one? Ask again with whose {word} you mean (\u201c{fitting[0][0]}'s {word}\u201d).",
                          NOTHING))
        return Answer(a.raw, False, parts, "ambiguous")


def _family_words(pack: ContentPack, profiles: Profiles) -> tuple[Mapping[str, str], Mapping[tuple[str, str], tuple[str, Position]]]:
    """Each character's id by name, and (word, whose) -> (who, the position saying so spoils): every "X's father"
    the pack knows."""
    kin: dict[tuple[str, str], tuple[str, Position]] = {}

    def note(word: str, whose: str, who: str, spoils: Position) -> None:
        known = kin.get((word, whose))
        if known is None or spoils < known[1] or (who and not known[0]):
            kin[(word, whose)] = (who or (known[0] if known else ""), min(spoils, known[1]) if known else spoils)

    short = {c.id: c.short_name or c.name for c in pack.characters.values()}
    for character in pack.characters.values():
        for rel in character.relationships:
            if rel.source != character.id:
                continue
            own = profiles.gender.get(rel.source, "")
            for word, types, gender in set(_WORDS.values()):
                if rel.type in types and (not gender or own == gender):
                    note(word, short.get(rel.target, rel.target), character.name, rel.spoils)
    by_short = {name: cid for cid, name in short.items()}
    for event in pack.events.values():
        for whose, asked in _NAMED_KIN.findall(event.text):
            if whose in by_short:
                note(_WORDS[asked][0], whose, "", event.spoils)
    return MappingProxyType({c.name: c.id for c in pack.characters.values()}), MappingProxyType(kin)
