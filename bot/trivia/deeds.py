"""Someone told by what they did to another, named: "the girl who threw gwinam off the roof" is Nam-ra, "whoever kissed
namra" Su-hyeok, "the one who stabbed gwinam" Cheong-san.

Fans say the deed with their own verb ("pushed", "shoved", "tossed" for the lore's "throws"; "kissed" for "they
kiss"; "likes" for "in love with"), so a verb is compared by its stem, and the ways of sending someone off somewhere
are one, as are the ways of loving someone. A deed is read
from a character's lore events and relationships only where that character does it: a text or a part of it opening
on the verb ("bites Nam-ra"), or their own pronoun before it ("On the roof she throws Gwi-nam off the building"),
or "they" for both ("Su-hyeok's love interest; they kiss"); never one done to them ("bitten by Gwi-nam") nor by
another ("while she protects Su-hyeok" in his text). The one named is the word or two right after the verb (or one
more: "a kiss with Su-hyeok"). A deed two characters did names neither (`bot.trivia.descriptions`). Told by its doer
("the guy namra threw off the roof", `doer_said`), a deed names the one it was done to, as the doer's deeds say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from bot.lazy_re import compile_later
from bot.trivia.guesses import ARTICLES, CONNECTORS, SENTENCE_WORDS
from bot.trivia.normal import normalize_tokens

__all__ = ["SUBJECT_PRONOUNS", "Names", "deed_keys", "deeds_said", "doer_said", "name_keys", "stem"]

# Past and participle forms that lose their stem when cut ("threw", "bit"); then the verbs fans use for the lore's own
# ("pushed", "shoved" for "throws": one deed)
_IRREGULAR = {"threw": "throw", "thrown": "throw", "bitten": "bite", "bit": "bite", "stabbed": "stab", "killed": "kill"}
_SAME_DEED = {"push": "throw", "shove": "throw", "toss": "throw", "hurl": "throw", "chuck": "throw", "yeet": "throw",
              "smooch": "kiss", "murder": "kill", "end": "kill",  # ("ends Woo-jin's life")
              "rescue": "save",  # (the lore's "rescues Hyo-ryeong": "the boy who saved hyoryeong")
              # (loving someone, as the lore says it "in love with", "has a crush on", "falls for", and fans "likes")
              "love": "crush", "like": "crush", "fall": "crush"}
_SEGMENT = compile_later(r"[,;.:]|\b(?:while|after|when|as|before|until|because|and then)\b", re.I)
_THEY = "they"
#: The pronouns a character's own deeds are told by ("she throws Gwi-nam ..."); "they" is both.
SUBJECT_PRONOUNS = frozenset({"he", "she"})
_BETWEEN = 2  # words between the verb and the one named ("a kiss with Su-hyeok")
_MIN_VERB = 3
_PLACE_AFTER = frozenset({"in", "on", "at"})  # (a second verb told with where: "and confesses in the gym")
# ("on", "with": no deed; "and": "the guy onjo and suhyeok found" names no one On-jo "ands")
_NO_VERB = SENTENCE_WORDS | ARTICLES | CONNECTORS | frozenset("off out up down back over onto upon".split())


class Names(Protocol):
    """Where a joined name is looked up: the character id it says, or None."""

    def get(self, form: str, /) -> str | None: ...


def _verb(word: str) -> bool:
    return word.isalpha() and len(word) >= _MIN_VERB and word not in _NO_VERB


def stem(word: str) -> str:
    """A verb's stem as deeds are compared: "threw", "pushed", "hurls" are "throw"; "kissed", "kiss" are "kiss"."""
    word = _IRREGULAR.get(word, word)
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= _MIN_VERB and not word.endswith("ss"):
            word = word[: -len(end)]
            break
    if len(word) > _MIN_VERB and word[-1] == word[-2] and word[-1] not in "sl":
        word = word[:-1]  # ("stabb" of "stabbed")
    word = word.removesuffix("e") if len(word) > _MIN_VERB else word  # ("bite", "bites": "bit")
    word = _IRREGULAR.get(word, word)
    return _SAME_DEED.get(word, _SAME_DEED.get(word + "e", word)).removesuffix("e")


def _names_at(tokens: Sequence[str], forms: Names, start: int) -> str | None:
    """The character a name starting at `start` says (one to three words joined), or None."""
    for size in (3, 2, 1):
        joined = "".join(tokens[start : start + size])
        found = forms.get(joined) or forms.get(joined.removesuffix("s"))  # ("namras": Nam-ra's)
        if found is not None:
            return found
    return None


def name_keys(characters: Iterable[Any]) -> dict[str, str]:
    """Each way the lore writes a character's name, joined ("gwinam", "yoongwinam") -> their id."""
    forms: dict[str, str] = {}
    for character in characters:
        hangul = str(getattr(character, "hangul", "") or "")
        # (and in hangul, whole and the given name, as Korean fans tell a deed: "우진이를 죽인 애")
        given = hangul[1:] if len(hangul) == 3 else ""
        spelled = (getattr(character, "name", ""), getattr(character, "short_name", ""), *getattr(character, "variants", ()), hangul, given)
        for name in spelled:
            if name and (joined := "".join(normalize_tokens(str(name).casefold()))):
                forms.setdefault(joined, str(character.id))
    return forms


def deed_keys(character_id: str, texts: Iterable[str], own: frozenset[str], forms: Names) -> set[tuple[str, str]]:
    """The (verb stem, id of the one named) deeds a character's `texts` say they did; `own`: their own pronouns."""
    deeds: set[tuple[str, str]] = set()
    for text in texts:
        whole = normalize_tokens(text.casefold())
        named = {n for i in range(len(whole)) if (n := _names_at(whole, forms, i)) and n != character_id}
        for part in _SEGMENT.split(text):
            tokens = normalize_tokens(part.casefold())
            if not tokens:
                continue
            if tokens[0] == _THEY:
                deeds.update((stem(t), n) for t in tokens[1:] if _verb(t) for n in named)  # "they kiss": each with the other named
                continue
            if _names_at(tokens, forms, 0) is not None or (tokens[0] in SUBJECT_PRONOUNS and tokens[0] not in own):
                continue  # another's deed: "Su-hyeok pulls him back", "she protects Su-hyeok" in his text
            said = next((i for i, t in enumerate(tokens) if t in own), -1) + 1  # ("On the roof she throws Gwi-nam")
            if not said and not SUBJECT_PRONOUNS.isdisjoint(tokens):
                continue  # (another pronoun's deed)
            deeds.update((verb, n) for verb, n in _verbs_then_names(tokens[said:], forms) if n != character_id)
    return deeds


def _verbs_then_names(tokens: Sequence[str], forms: Names) -> list[tuple[str, str]]:
    """Each verb and the one it names right after it ("throws Gwi-nam off": ("throw", Gwi-nam's id)), a word or two
    between them at most; a "by" between them is a deed done to them ("bitten by Gwi-nam": none)."""
    said: list[tuple[str, str]] = []
    for i, word in enumerate(tokens):
        if not _verb(word):
            continue
        for j in range(i + 1, min(len(tokens), i + 3 + _BETWEEN)):
            if tokens[j - 1] == "by" or (j == i + 2 + _BETWEEN and tokens[j - 1] != "to"):
                break  # done to them ("bitten by Gwi-nam"); one word more only before "to" ("confesses his feelings to On-jo")
            if (n := _names_at(tokens, forms, j)) is not None:
                said.append((stem(word), n))
                break
        else:
            if said and tokens[i - 1] == "and" and (i == len(tokens) - 1 or tokens[i + 1] in _PLACE_AFTER):
                said.append((stem(word), said[-1][1]))  # a second verb of the same one: "falls for Ha-ri and confesses"
    return said


def deeds_said(clause: Sequence[str], forms: Names) -> list[tuple[str, str]]:
    """The (verb stem, id named) pairs a clause may say ("threw gwinam off the roof": ("throw", "yoon-gwi-nam")), or
    none where it is said of one done to ("was bitten by gwinam") or names no one."""
    return [] if "by" in clause else _verbs_then_names(clause, forms)


def doer_said(clause: Sequence[str], forms: Names) -> tuple[str, str] | None:
    """The one named and the verb stem of a clause that opens on a name and goes on with its verb ("namra threw off the
    roof" of "the guy namra threw off the roof": (Nam-ra's id, "throw")): the deed's doer, the one told its object; or None."""
    for size in (3, 2, 1):
        joined = "".join(clause[:size])
        if len(clause) > size and (n := forms.get(joined)) is not None:
            return (n, stem(clause[size])) if _verb(clause[size]) and clause[size] not in SUBJECT_PRONOUNS else None
    return None
