"""Someone named as the one another character did something to: "the kid Na-yeon bullied", "the
poor kid nayeon called welfie", "the boy Su-hyeok saved", "the welfie boy". The deed is read with
the verbs of verbs.py (the ones "the guy who bombed the city" is read with, there for its doer) and
followed through the named character's relationships and events to whom it was done to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.lazy_re import compile_later
from bot.lore.answer.verbs import done_to_another, verbs_in
from bot.lore.answer.words import stem
from bot.lore.content import ContentPack
from bot.show import Position

_PERSON = r"(?:boy|girl|guy|one|person|man|woman|kid|student|dude|lady|child|classmate)"
# "the (poor) kid (that) ent0 bullied / called welfie": the deed after the name, and at most two words
# it says of the one it was done to ("a welfie"); never the question that follows ("what happened").
DONE_BY = compile_later(
    rf"\bthe\s+(?:[a-z]+\s+){{0,2}}?{_PERSON}\s+(?:(?:that|who|whom)\s+)?(?P<anchor>ent\d+)\s+"
    r"(?:(?:had|has|just|once|always|literally)\s+)?(?P<verb>[a-z]+)"
    r"(?P<rest>(?:\s+(?!(?:what|who|how|does|did|do|is|was|and|in|at|on|when|why|where|to|him|her|them)\b)[a-z]+){0,2})"
    r"(?:\s+(?:in|at|on|during)\s+(?:the\s+)?(?P<place>[a-z]+))?"  # "in the gym": which of their deeds
)
# "the welfie boy", "the kid called welfie": what another calls them, quoted in a relationship.
CALLED = compile_later(rf"\bthe\s+(?P<word>[a-z]+)\s+{_PERSON}\b|\bthe\s+{_PERSON}\s+(?:they\s+)?called\s+(?:a\s+)?(?P<word2>[a-z]+)\b")
# Verbs said of another that the event verbs (verbs.py) do not read: what a bully does.
_SAID_TO = compile_later(r"bull(?:y|ies|ied|ying)|call(?:s|ed|ing)?|insult\w*|mock\w*|sneer\w*|tease\w*|teased")
_CALLING = compile_later(r"call(?:s|ed|ing)?|named")
_QUOTED = compile_later(r"['\u2018\u201c\"]([A-Za-z]+)['\u2019\u201d\"]")


def _forms(word: str) -> set[str]:
    # "bullied" stems apart from the "bullies" of a relationship's type
    return {stem(word), stem(re.sub(r"ied$", "y", word)), stem(re.sub(r"ied$", "ies", word))}


def done_to(pack: ContentPack, anchor: str, verb: str, rest: Iterable[str], place: str = "") -> dict[str, Position] | None:
    """Whom `anchor` did `verb` to (with the other words the question says of it), each with the
    position that first tells it: their relationships first, then events where they act on someone;
    of several, the ones told at `place` ("the guy Gwi-nam bit in the gym"), when some are. None:
    `verb` is no deed done to another ("the girl Cheong-san met")."""
    if not done_to_another(verb) and not _SAID_TO.fullmatch(verb):
        return None
    said = verbs_in(verb)
    kinds = frozenset().union(*(k for k, *_ in said)) if said else frozenset()
    # what they were called ("a welfie"), never what the question goes on to ask ("survive")
    extra = {stem(w) for w in rest if w not in ("a", "an", "the")} if _CALLING.fullmatch(verb) else set()
    out: dict[str, Position] = {}
    at: set[str] = set()
    character = pack.characters.get(anchor)
    for rel in character.relationships if character else ():
        words = {stem(w) for w in re.findall(r"[a-z]+", f"{rel.type.replace('_', ' ')} {rel.text}".casefold())}
        typed = verbs_in(rel.type.replace("_", " "))
        fits = bool(_forms(verb) & words) or bool(typed and typed[0][4] in kinds)
        if fits and extra <= words:
            out[rel.target] = min(out.get(rel.target, rel.spoils), rel.spoils)
            at |= {rel.target} if stem(place) in words else set()
    if out or extra or not said:
        return {c: p for c, p in out.items() if c in at} or out
    kinds_, agents, patients = said[0][:3]  # the verb's own event kinds and roles
    for event in pack.events.values():
        if event.kind in kinds_ and event.involves(anchor, agents):
            for p in event.participants:
                if p.character != anchor and p.role in patients and p.character in pack.characters:
                    out[p.character] = min(out.get(p.character, event.spoils), event.spoils)
    return out


def called(pack: ContentPack, word: str) -> dict[str, Position]:
    """Whom a relationship calls `word` in quotes ("calling him a 'welfie'"): its target."""
    out: dict[str, Position] = {}
    for character in pack.characters.values():
        for rel in character.relationships:
            if any(q.casefold() == word for q in _QUOTED.findall(rel.text)):
                out[rel.target] = min(out.get(rel.target, rel.spoils), rel.spoils)
    return out
