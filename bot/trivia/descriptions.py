"""A character named by what they are: "the detective" for Song Jae-ik, "the class president" for
Nam-ra, "the firefighter" for On-jo's father, "ha-ri's little brother" for Woo-jin.

Fans answer "who..." questions with the role as often as with the name. The phrases come from the
head of each character's lore summary and the apposition after it ("On-jo's father, a firefighter
and rescue worker ..."), ending on its noun ("class president", "reserved class president"); only a
phrase one character alone has names anyone ("the teacher" is two people, "a student" dozens), and a
one-word phrase only when it is a long word and no kin word ("detective", not "bully" nor "father"). Little/younger, big/older,
dad/father and mom/mum/mother are one; a phrase is compared with its words joined ("onjo's dad", "on-jo's
father"), and also without its little/older ("hari's brother").

What fans call a character instead of a name (the lore's `descriptions`: "the bully", "the assemblywoman",
"the girl in the pink vest") names them too, whole, turned round as fans shorten it ("the pink vest girl"),
and with words left out before its noun ("the archery captain" for the archery club captain); so does who they
are to another, told in the lore's relationships as a possessive ("Jin-su's father": "jinsu's dad"); a description
typed names no one when it fits two characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from itertools import combinations
from typing import Protocol

from bot.lazy_re import compile_later
from bot.trivia.guesses import ARTICLES
from bot.trivia.normal import normalize_tokens

__all__ = ["described", "descriptions", "named_before", "said_off"]

_SAME = {
    "little": "younger", "big": "older", "dad": "father", "mom": "mother", "mum": "mother", "elder": "older",
    "bro": "brother", "sis": "sister",
}
_AGE = frozenset({"younger", "older"})  # ("ha-ri's brother" is her little brother where she has one)
_APPOSITION = compile_later(r"^[^,]*,\s*(?:an?|the)\s+([^,.]*?)(?:,| who | whom | with | in | at | and | from |\.|$)")
_MIN_ALONE = 6  # a one-word role names someone only when it is this long ("detective", never "bully")
# ...and is no kin word: "dad" alone says back whose parent is asked, or cries for one ("아빠ㅠ"); nor a word for one
# of many around them ("a classmate" names none of class 2-5, whoever alone is summarised so)
_KIN = frozenset("father mother brother sister son daughter parent friend classmate schoolmate teammate member student"
                 .split())


# A relationship told as a possessive noun phrase ("Jin-su's father", "On-jo's next-door neighbour"), not a clause
_KIN_TO = compile_later(r"^[\w-]+['’]s(?:\s+[\w-]+){1,3}$")
# What a summary says someone is ("A boy from the archery club"), said before a role: "the boy archer", "the male archer"
_GENDERED = {
    "boy": ("boy", "guy", "male"), "man": ("man", "guy", "male"), "girl": ("girl", "female"), "woman": ("woman", "female"),
}
_TURNED = frozenset({"in", "with"})  # "the girl in the pink vest" is typed "the pink vest girl"
_MAX_LEFT_OUT = 5  # descriptions longer than this are only read whole and by their ends


class _Text(Protocol):
    @property
    def text(self) -> str: ...


class _Described(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def summary(self) -> str: ...

    @property
    def descriptions(self) -> Sequence[_Text]: ...

    @property
    def relationships(self) -> Sequence[_Text]: ...


def _folded(words: Sequence[str]) -> tuple[str, ...]:
    kept = [w for w in words if w not in ARTICLES]
    return tuple(_SAME.get(w, w) for w in kept)


def _key(words: Sequence[str]) -> tuple[str, ...]:
    """A phrase compared with its words joined: "onjo's dad" and "on-jo's father" are one."""
    return ("".join(words),)


def _phrases(head: str) -> set[tuple[str, ...]]:
    words = normalize_tokens(head)
    if "of" in words:
        words = words[: words.index("of")]  # "class president of 2-5"
    words = list(_folded(words))
    if not words or words[-1].endswith("ed"):
        return set()  # a role ends on its noun ("a boy relentlessly bullied" describes no role)
    return {tuple(words[k:]) for k in range(len(words)) if len(words) - k > 1 or (len(words[-1]) >= _MIN_ALONE and words[-1] not in _KIN)}


def _called(text: str) -> set[tuple[str, ...]]:
    """The phrases a fan description is typed as: whole (even one short word: "the bully"), turned round
    ("pink vest girl"), and with words before its noun left out ("archery captain", "captain")."""
    words = _folded(normalize_tokens(text))
    if not words:
        return set()
    said = {words}
    turn = next((i for i, w in enumerate(words) if w in _TURNED), None)
    if turn is not None and 0 < turn < len(words) - 1:
        said.add(words[turn + 1:] + words[:turn])
    for whole in list(said):
        if len(whole) > _MAX_LEFT_OUT:
            continue
        *before, noun = whole
        for size in range(len(before)):
            for kept in combinations(before, size):
                if size or (len(noun) >= _MIN_ALONE and noun not in _KIN):
                    said.add((*kept, noun))
    return said


def named_before(texts: Iterable[str], names: Mapping[str, Sequence[str]]) -> dict[str, set[str]]:
    """The role words a pack's questions put before a character's name, by character id ("Who plays the archer Jung
    Min-jae?": "archer"): one or two lower-case words after "the", nothing between them and the name."""
    texts = list(texts)
    found: dict[str, set[str]] = {}
    for character, spelled in names.items():
        before = re.compile(r"\bthe ((?:[a-z]+ )?[a-z]+) (?:" + "|".join(map(re.escape, spelled)) + r")\b")
        for text in texts:
            found.setdefault(character, set()).update(m.group(1) for m in before.finditer(text))
    return {character: roles for character, roles in found.items() if roles}


def descriptions(
    characters: Iterable[_Described], head: str = r"^(.*?)(?:,| who | whom | with | in | at | and | from |\.|$)",
    named: Mapping[str, Collection[str]] | None = None,
) -> Mapping[tuple[str, ...], str]:
    """Each phrase one character alone is described by -> that character's id. `named`: the role words the pack's
    questions put before a character's name (`named_before`); a role the lore gives another too ("the archer") is
    theirs as well, so it names neither, and said with what the summary says they are ("a boy from the archery
    club") it names them ("the boy archer")."""
    owners: dict[tuple[str, ...], set[str]] = {}
    gendered: dict[str, tuple[str, ...]] = {}
    for character in characters:
        summary = character.summary.casefold()
        if (opening := re.match(head, summary)) and len(noun := _folded(normalize_tokens(opening.group(1)))) == 1:
            gendered[character.id] = _GENDERED.get(noun[0], ())
        heads = [found.group(1) for found in (re.match(head, summary), _APPOSITION.match(summary)) if found]
        for phrase in set().union(*map(_phrases, heads)) if heads else ():
            for said in {phrase, tuple(w for w in phrase if w not in _AGE)} if len(phrase) > 2 else {phrase}:
                owners.setdefault(_key(said), set()).add(character.id)
        for description in character.descriptions:
            for said in _called(description.text):
                owners.setdefault(_key(said), set()).add(character.id)
        for bond in character.relationships:
            if _KIN_TO.match(bond.text):  # "Jin-su's father": who they are to another, as fans say it ("jinsu's dad")
                owners.setdefault(_key(_folded(normalize_tokens(bond.text))), set()).add(character.id)
    for owner, roles in (named or {}).items():
        for role in (_folded(normalize_tokens(text)) for text in roles):
            if _key(role) in owners:
                owners[_key(role)].add(owner)
            for word in gendered.get(owner, ()):
                owners.setdefault(_key((word, *role)), set()).add(owner)
    return {phrase: next(iter(ids)) for phrase, ids in owners.items() if len(ids) == 1}


def described(core: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> str | None:
    """The character a message's words describe alone ("the science teacher"), or None."""
    return phrases.get(_key(_folded(core))) if phrases else None


def said_off(core: Sequence[str], echoed: Collection[str], named: Callable[[str], bool]) -> bool:
    """A description typed back off the question's own words: the whole of it ("class president" where the question
    asks which student is the class president, "onjo's dad" for the name of On-jo's father), or its owner one the
    question names ("onjo's dad" where it asks who On-jo's parent is); it names no one the player knew. `echoed`
    holds the compact forms of the question's runs of words (bot.trivia.preparing), `named` says whether a word
    names someone the question names ("class", before "president", names no one)."""
    words = _folded([w for w in core if w not in ARTICLES])
    if not words or "".join(words) in echoed:
        return bool(words)
    owner = "".join(words[:-1])
    return owner.endswith("s") and owner in echoed and named(owner[:-1])
