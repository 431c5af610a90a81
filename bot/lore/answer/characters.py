"""Who-is questions: a named character's profile (who they are, who plays them) or a person's."""

from __future__ import annotations

from collections.abc import Sequence

from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import Question
from bot.lore.answer.result import Answer, Part
from bot.lore.content import Character, Person
from bot.lore.names import Entity
from bot.show import NOTHING


def _roles_phrase(roles: Sequence[str]) -> str:
    cleaned = [r.replace("_", " ") for r in roles]
    if not cleaned:
        return "part of the show"
    article = "an" if cleaned[0][:1] in "aeiou" else "a"
    return f"{article} " + " and ".join(cleaned)


class CharacterAnswers:
    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge

    def answer(self, q: Question) -> Answer | None:
        knowledge = self.knowledge
        characters = knowledge.entities(q, "character")
        people = knowledge.entities(q, "person")
        if characters:
            return self.character(q.raw, knowledge.pack.characters[characters[0].id])
        if people:
            return self.person(q.raw, knowledge.pack.people[people[0].id])
        return knowledge.ambiguous(q, ("person", "character"))

    def character(self, question: str, character: Character) -> Answer:
        knowledge = self.knowledge
        entity = Entity("character", character.id, character.name)
        refs = knowledge.refs(character.sources)
        parts = [Part(f"{character.name}: {character.summary}", character.summary_spoils, "official", refs)]
        if character.actor:
            person = knowledge.pack.people[character.actor]
            parts.append(Part(f"Played by {person.name}.", NOTHING, character.actor_confidence, refs))
        return Answer(question, True, parts, "who_is", (entity,))

    def person(self, question: str, person: Person) -> Answer:
        knowledge = self.knowledge
        entity = Entity("person", person.id, person.name)
        roles = knowledge.pack.characters_played_by(person.id)
        bits = [f"{person.name}" + (f" ({person.hangul})" if person.hangul else "")]
        bits.append(" is " + _roles_phrase(person.roles))
        if roles:
            bits.append("; plays " + ", ".join(c.name for c in roles))
        text = "".join(bits) + "."
        if person.notes:
            text += " " + person.notes
        spoils = person.notes_spoils if person.notes else NOTHING  # issue 9: the notes carry their tag
        return Answer(question, True, [Part(text, spoils, "official", knowledge.refs(person.sources))], "who_is", (entity,))
