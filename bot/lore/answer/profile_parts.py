"""Who a character or person is, as the parts of a profile ("who is nam-ra", "who is park ji-hu"): a
character's lead, summary and actor; a person's name, roles and notes. Each part keeps what it spoils
and its phrase for other languages. Split from people.py at 590 lines; PeopleAnswers picks the subjects.
"""

from __future__ import annotations

from bot.lore.answer.ask import Shared
from bot.lore.answer.result import CONFIDENCE_ORDER, Part
from bot.lore.answer.story_phrases import Phrase
from bot.lore.answer.subjects import Subject
from bot.lore.answer.wording import summary_line
from bot.lore.names import fold
from bot.show import NOTHING


class ProfileParts:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def character_parts(self, subject: Subject) -> list[Part]:
        character = self.s.pack.characters[subject.id]
        refs = self.s.knowledge.refs(character.sources)
        parts: list[Part] = []
        hangul = character.hangul or ""
        if subject.lead():
            parts.append(Part(subject.lead(), subject.spoils, "official", refs, phrase=self.s.lead_phrase(subject)))
        summary_spoils = max(character.summary_spoils, subject.spoils)
        parts.append(Part(summary_line(character.name, character.summary), summary_spoils, character.confidence, refs,
                          phrase=Phrase("profile", name=character.name, hangul=hangul, said=character.summary)))
        if character.actor:  # "Played by X." says what "X plays {name}" does, in another language
            person = self.s.pack.people[character.actor]
            # found by a description ("la arquera"), they are named no sooner than who they are: the cast line names them abroad
            cast_spoils = summary_spoils if subject.via == "description" else subject.spoils
            parts.append(Part(f"Played by {person.name}.", cast_spoils, character.actor_confidence,
                              self.s.knowledge.refs(person.sources), phrase=Phrase(
                                  "cast", name=character.name, hangul=hangul, actor=person.name, actor_hangul=person.hangul or "")))
        return parts

    def person_parts(self, subject: Subject) -> list[Part]:
        person = self.s.pack.people[subject.id]
        roles = self.s.pack.characters_played_by(person.id)
        text = person.name + (f" ({person.hangul})" if person.hangul else "")
        extra = [v for v in person.variants if fold(v) != fold(person.name)][:2]
        if extra:
            text += f", also known as {' / '.join(extra)},"
        what = " and ".join(r.replace("_", " ") for r in person.roles) or "part of the show"
        text += f" is {'an' if what[:1] in 'aeiou' else 'a'} {what}"
        if roles:
            text += "; plays " + ", ".join(c.name for c in roles)
        text += "."
        conf = "official"
        if roles:
            conf = max((c.actor_confidence for c in roles), key=lambda c: CONFIDENCE_ORDER.get(c, 0))
        # an actor of one role: said in another language as "who plays" says it ("최남라 역은 Cho Yi-hyun (조이현) ...")
        cast = Phrase("cast", name=roles[0].name, hangul=roles[0].hangul or "", actor=person.name, actor_hangul=person.hangul or "",
                      also=tuple(extra)) if len(roles) == 1 and person.roles == ("actor",) and roles[0].seasons != (2,) else None
        parts = [Part(text, max((c.introduced for c in roles), default=NOTHING), conf, self.s.knowledge.refs(person.sources), phrase=cast)]
        if person.notes:
            # The note says who the role is ("the science teacher's son"), tagged with what it spoils.
            parts.append(Part(person.notes, person.notes_spoils, conf, self.s.knowledge.refs(person.sources, person.notes_spoils)))
        if not roles:
            # Someone without a role in the pack (a reported or rumoured cast member): what is said of them.
            said = [r for r in self.s.profiles.person.get(person.id, []) if r.kind in ("claim", "fact")]
            parts += [self.s.part(r) for r in sorted(said, key=lambda r: r.id)[-2:]]
        return parts
