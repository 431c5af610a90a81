"""Relationship questions: "On-jo's father", "who killed Woo-jin?", "how are On-jo and Cheong-san related?".

A relationship word names the type the ANSWER has toward the character X the question names, read
from the answer's side: "X's father" = F parent_of X; "who killed X" = K killed X. "Who did X
kill / bite / bully / love" turns it round (X acts, the answer receives). The pack's relationships
are indexed once by (X, type) -> who has that type toward X.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import Question, normalise
from bot.lore.answer.result import Answer, Part
from bot.lore.content import Character
from bot.lore.names import Entity, Mention
from bot.show import NOTHING, Position

_REL_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...] = (
    (re.compile(r"\b(?:father|dad|daddy|mother|mom|mum|parent|parents)\b"), ("parent_of",), "parent"),
    (re.compile(r"\b(?:son|daughter|child|children|kid|kids)\b"), ("child_of",), "child"),
    (re.compile(r"\b(?:older|big|elder)\s+(?:brother|sister|sibling)\b"), ("older_sibling_of",), "older sibling"),
    (re.compile(r"\b(?:younger|little|baby)\s+(?:brother|sister|sibling)\b"), ("younger_sibling_of",), "younger sibling"),
    (re.compile(r"\b(?:brother|sister|sibling|siblings|brothers|sisters)\b"), ("sibling_of", "older_sibling_of", "younger_sibling_of"), "sibling"),
    (re.compile(r"\bbest\s+friends?\b|\bbff\b"), ("best_friend_of",), "best friend"),
    (re.compile(r"\bfriends?\b"), ("best_friend_of", "friend_of"), "friend"),
    (re.compile(r"\bcrush(?:es)?\b|\bin love\b|\blove interest\b|\bloves?\b|\bgirlfriend\b|\bboyfriend\b"), ("crush_of", "love_interest_of"), "love interest"),
    (re.compile(r"\bteachers?\b|\bhomeroom\b"), ("teacher_of",), "teacher"),
    (re.compile(r"\bstudents?\b|\bpupils?\b"), ("student_of",), "student"),
    (re.compile(r"\bneighbou?rs?\b|\bnext door\b"), ("neighbour_of",), "neighbour"),
    (re.compile(r"\bclassmates?\b"), ("classmate_of",), "classmate"),
    (re.compile(r"\bbull(?:y|ies|ied|ying)\b"), ("bullies",), "bully"),
    (re.compile(r"\bkill(?:s|ed|er)?\b"), ("killed",), "killer"),
    (re.compile(r"\bbit\b|\bbites?\b|\bbitten\b"), ("bit",), "biter"),
    (re.compile(r"\bcolleagues?\b|\bpartners?\b|\bco-?workers?\b"), ("colleague_of",), "colleague"),
    (re.compile(r"\bseniors?\b|\bsunbae\b"), ("senior_of",), "senior"),
    (re.compile(r"\bjuniors?\b|\bhoobae\b"), ("junior_of",), "junior"),
)
_REL_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _, _ in _REL_WORDS))
# "who did X kill / bite / bully / love": X is the actor, the answer is on the receiving end.
_SUBJECT_ACTS = re.compile(
    r"\bwho(?:m)?\s+(?:did|does|do|has|had)\s+.+\s+(?:kill|bite|bully|love|like|have a crush on|has a crush on|fall for|kiss)\b"
    r"|\bwho(?:m)?\s+(?:is|was)\s+.+\s+in love with\b"
)
_SUBJECT_TYPES = {
    "killer": ("killed_by",),
    "biter": ("bitten_by",),
    "bully": ("bullied_by",),
    "love interest": ("crush_of", "love_interest_of"),
}
# "who has a crush on X / who loves X / who is in love with X": the answer loves X.
_LOVES_X = re.compile(r"\bwho\s+(?:has|had)\s+a\s+crush\s+on\b|\bwho\s+(?:loves|loved|likes|liked)\b|\bwho(?:'s| is| was)\s+in\s+love\s+with\b")
_BETWEEN = re.compile(r"\brelat\w*\b|\bconnect\w*\b|\bknow each other\b|\bbetween\b|\bto each other\b")
_ASKS_KILLER = re.compile(r"\bkiller\b|\bwho\s+(?:killed|kills|kill)\b|\bkilled by\b|\bwho(?:m)? did\b")
_WHO = re.compile(r"\bwho\b")


def _masked(text: str, mentions: Sequence[Mention]) -> str:
    """`text` with every mentioned name blanked out (same length, so spans stay valid)."""
    for mention in mentions:
        text = text[:mention.start] + " " * (mention.end - mention.start) + text[mention.end:]
    return text


class RelationAnswers:
    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        # (character X, type T) -> who has T toward X: (their id, text about them, spoils)
        self._incoming: dict[tuple[str, str], list[tuple[str, str, Position]]] = {}
        pack = knowledge.pack
        for character in pack.characters.values():
            for rel in pack.relationships_of(character.id):
                self._incoming.setdefault((rel.target, rel.type), []).append((rel.source, rel.text, rel.spoils))

    def answer(self, q: Question) -> Answer | None:
        knowledge = self.knowledge
        characters = knowledge.characters(q, people_as_roles=False)
        if not characters:
            return None
        if len(characters) >= 2 and _BETWEEN.search(q.text):
            return self._between(q, characters[0], characters[1])
        if not _REL_ANY.search(q.text):
            return None
        if len(characters) == 1 and not _REL_ANY.search(normalise(_masked(q.raw, q.mentions))):
            return None  # the relation word is part of the name ("who is Cheong-san's mother?")
        types, label = next((types, label) for pattern, types, label in _REL_WORDS if pattern.search(q.text))
        if label == "killer" and not _ASKS_KILLER.search(q.text):
            return None  # "is X killed?" is a fate question
        if label == "biter" and not _WHO.search(q.text):
            return None  # "does X get bitten?" is a fate question
        if label in _SUBJECT_TYPES and _SUBJECT_ACTS.search(q.text):
            types = _SUBJECT_TYPES[label]
        elif label == "love interest" and _LOVES_X.search(q.text):
            types = ("crush_on", "loves")
        subject = characters[-1] if _SUBJECT_ACTS.search(q.text) is None and len(characters) > 1 and label in ("killer", "biter") else characters[0]
        entity = Entity("character", subject.id, subject.name)
        found: list[tuple[str, str, Position]] = []
        for rel_type in types:
            for source_id, text, spoils in self._incoming.get((subject.id, rel_type), []):
                if all(f[0] != source_id for f in found):
                    found.append((source_id, text, spoils))
        if len(characters) >= 2:
            others = {c.id for c in characters if c.id != subject.id}
            narrowed = [f for f in found if f[0] in others]
            if narrowed:
                found = narrowed
        if not found:
            if label in ("killer", "biter"):
                return None  # let the fate answer say what happens
            return Answer(q.raw, True, [Part(
                f"The content I have records no {label} for {subject.name}.", NOTHING, "official",
                knowledge.refs(subject.sources))], "relationship", (entity,))
        parts = []
        for source_id, text, spoils in found:
            source = knowledge.pack.characters[source_id]
            parts.append(Part(f"{source.name} \u2014 {text}", spoils, "official", knowledge.refs(source.sources)))
        return Answer(q.raw, True, parts, "relationship", (entity,))

    def _between(self, q: Question, first: Character, second: Character) -> Answer:
        rels = [r for r in self.knowledge.pack.relationships_of(first.id) if r.target == second.id]
        if not rels:
            return Answer(q.raw, True, [Part(
                f"The content I have records no direct relationship between {first.name} and {second.name}.",
            )], "relationship")
        parts = [
            Part(f"{first.name} \u2014 {r.text}", r.spoils, "official", self.knowledge.refs(first.sources))
            for r in rels
        ]
        return Answer(q.raw, True, parts, "relationship")
