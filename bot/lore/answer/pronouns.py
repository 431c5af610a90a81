"""Whether someone is a "she" or a "he": as the pack's own sentences about a character say, and as
a question's words say of whom it describes ("the girl with glasses" is never the bespectacled boy).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.content import Character
from bot.lore.lexicon_subjects import opening_noun_gender

# A character's own sentence opening with a pronoun ("She makes it out ...", "His mother runs ...").
_OPENS = {"he": compile_later(r"(?:^|[.;!]\s+)(?:He|His|Him)\b"), "she": compile_later(r"(?:^|[.;!]\s+)(?:She|Her)\b")}
# Words of a question that say whom it describes is a woman or a man ("the girl with glasses").
_ASKED_GENDER = {**{w: "she" for w in "girl girls woman women lady ladies gal actress chick female".split()},
                 **{w: "he" for w in "boy boys guy guys man men dude lad gentleman male".split()}}
_PRONOUNS = {"she": compile_later(r"\b(?:she|her|hers|herself)\b", re.I), "he": compile_later(r"\b(?:he|him|his|himself)\b", re.I)}


def character_gender(character: Character) -> str:
    """"she" or "he" as the pack's own sentences about them say ("" when they do not)."""
    texts = [character.summary, *(e.text for e in character.events)]
    if character.fate is not None:
        texts.append(character.fate.text)
    said = {g for g, opens in _OPENS.items() for t in texts if opens.search(t)}
    if noun := opening_noun_gender(character.summary):  # "A boy relentlessly bullied", "On-jo's father"
        said.add(noun)
    if not said:  # "A lab animal bites her ...; she becomes ...": only one kind of pronoun at all
        said = {g for g, pronoun in _PRONOUNS.items() if any(pronoun.search(t) for t in texts)}
    return next(iter(said)) if len(said) == 1 else ""


def asked_gender(words: Sequence[str]) -> str:
    """"she" or "he" when the question's words say whom it describes is one ("the girl with
    glasses"), else ""."""
    said = {_ASKED_GENDER[w] for w in words if w in _ASKED_GENDER}
    return next(iter(said)) if len(said) == 1 else ""


def pronoun_said(text: str) -> str:
    """"she" or "he" when `text` uses only that kind of pronoun, else ""."""
    said = {g for g, pronoun in _PRONOUNS.items() if pronoun.search(text)}
    return next(iter(said)) if len(said) == 1 else ""
