"""Cast questions: who plays a character, whom an actor plays, the cast list."""

from __future__ import annotations

import re

from bot.lore.answer.characters import CharacterAnswers
from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import Question
from bot.lore.answer.result import CONFIDENCE_ORDER, Answer, Part
from bot.lore.content import Character, Person
from bot.lore.names import Entity, fold
from bot.show import NOTHING

_PLAYS = re.compile(
    r"\b(?:who\s+(?:plays|played|portrays|portrayed|acts|acted|is playing|voices|stars as)|"
    r"played by|portrayed by|actor|actress|actors|cast as|plays|played|play|playing|role|roles|character does|"
    r"who is the actor|who's the actor)\b|연기|배우"
)
# The question wants the actor (not the roles of a person it names).
_WANTS_ACTOR = re.compile(
    r"\bwho\s+(?:plays|played|portrays|portrayed|is playing|acts as|acted as|stars as)\b|\bplayed by\b|"
    r"\bportrayed by\b|\bactor\b|\bactress\b|\bwho is the actor\b|연기|배우"
)
_CAST_LIST = re.compile(r"\bcast\b|\bactors\b")
_CAST_LIST_SIZE = 15


class CastAnswers:
    def __init__(self, knowledge: Knowledge, profiles: CharacterAnswers) -> None:
        self.knowledge = knowledge
        self.profiles = profiles

    def answer(self, q: Question) -> Answer | None:
        if not _PLAYS.search(q.text):
            return None
        knowledge = self.knowledge
        people = knowledge.entities(q, "person")
        characters = knowledge.entities(q, "character")
        wants_actor = bool(_WANTS_ACTOR.search(q.text))
        if characters and (wants_actor or not people):
            return self._actor_of(q.raw, knowledge.pack.characters[characters[0].id])
        if people:
            return self._roles_of(q.raw, knowledge.pack.people[people[0].id])
        return knowledge.ambiguous(q, ("person", "character")) or (
            self._cast_list(q.raw) if _CAST_LIST.search(q.text) else None
        )

    def _actor_of(self, question: str, character: Character) -> Answer:
        knowledge = self.knowledge
        entity = Entity("character", character.id, character.name)
        if character.actor is None:
            note = f" {character.actor_note}" if character.actor_note else ""
            return Answer(question, True, [Part(
                f"The sources I have do not name the actor who plays {character.name}.{note}",
                NOTHING, "official", knowledge.refs(character.sources))], "cast", (entity,))
        person = knowledge.pack.people[character.actor]
        text = f"{character.name} is played by {person.name}"
        if person.hangul:
            text += f" ({person.hangul})"
        extra = [v for v in person.variants if fold(v) != fold(person.name)][:2]
        if extra:
            text += f", also written {' / '.join(extra)}"
        text += "."
        if character.actor_note:
            text += f" {character.actor_note}"
        return Answer(question, True, [Part(
            text, NOTHING, character.actor_confidence, knowledge.refs(character.sources))], "cast", (entity,))

    def _roles_of(self, question: str, person: Person) -> Answer:
        knowledge = self.knowledge
        entity = Entity("person", person.id, person.name)
        roles = knowledge.pack.characters_played_by(person.id)
        if roles:
            listing = ", ".join(
                c.name + (" (season 2)" if c.seasons == (2,) else "") for c in roles
            )
            text = f"{person.name} plays {listing}."
            conf = max((c.actor_confidence for c in roles), key=lambda c: CONFIDENCE_ORDER.get(c, 0))
            return Answer(question, True, [Part(text, NOTHING, conf, knowledge.refs(person.sources))], "cast", (entity,))
        return self.profiles.person(question, person)

    def _cast_list(self, question: str) -> Answer:
        knowledge = self.knowledge
        lines = [
            f"{knowledge.person_name(c.actor)} as {c.name}"
            for c in knowledge.pack.characters.values() if c.actor and 1 in c.seasons
        ][:_CAST_LIST_SIZE]
        return Answer(question, True, [Part(
            "Main season 1 cast: " + "; ".join(lines) + ".", NOTHING, "official", knowledge.show_refs())], "cast")
