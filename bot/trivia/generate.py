"""Questions generated from the lore knowledge (bot.lore.content's ContentPack).

Kinds (ids are deterministic, "gen-<kind>-<entity id>"):
- actor: "Who plays X?"                       options: other actors
- role: "Which character does Y play?"        options: other characters
- fate: "In which episode of season N does X die/turn?"   options: other episodes of that season
- relationship kinds (bitten_by, killed_by, infected_by, saved_by, child_of, parent_of, siblings,
  crush_on): "Who bites X?", "Whose parent is Z?" ... options: other characters

Every question carries the highest position the facts it uses spoil: an actor or role question is
safe (NOTHING; about a newcomer moderators added, their episode, and never one as a wrong option),
a fate question spoils the fate's episode, a relationship question spoils what the relationship
spoils. The source line carries its own tag: what the source's title gives away (the
pack tags it: "Do Cheong-san and Lee Na-yeon die in ..." spoils S1E11), at least the question's.
Wrong options are always
entities of the same kind, drawn with a generator seeded by the question id, so the same pack gives
the same questions and options every time.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from bot.show import Position, ShowShape
from bot.trivia.model import Question

if TYPE_CHECKING:
    from bot.lore.content import Character, ContentPack, Relationship

LorePack = Any  # bot.lore.content.ContentPack (kept loose so this module imports without it)

# relationship type -> (question template about the source character, id kind)
RELATION_TEMPLATES: dict[str, str] = {
    "bitten_by": "Who bites {name}?",
    "killed_by": "Who kills {name}?",
    "infected_by": "Who infects {name} on purpose?",
    "saved_by": "Who comes to {name}'s rescue?",
    "child_of": "Who is {name}'s parent?",
    "parent_of": "Whose parent is {name}?",
    "younger_sibling_of": "Who is {name}'s older sibling?",
    "older_sibling_of": "Who is {name}'s younger sibling?",
    "crush_on": "Who does {name} have a crush on?",
}
FATE_VERBS: dict[str, str] = {
    "dead": "die",
    "zombie": "turn into a zombie",
    "halfbie": "become a halfbie",
}


def _source_text(pack: ContentPack, source_ids: Sequence[str]) -> str | None:
    """The first known source as "publisher, date" (or the publisher alone), never its title, as /ask cites one
    (SourceRef.label): beside an answer, "Who died in All of Us Are Dead season 1" tells that its character dies,
    in a channel where that is hidden."""
    for source_id in source_ids:
        source = pack.sources.get(source_id)
        if source is not None:
            return f"{source.publisher}, {source.date}" if source.date else source.publisher
    return None


def _options(qid: str, right: str, pool: Iterable[str]) -> tuple[str, ...]:
    others = sorted({p for p in pool if p and p != right})
    if len(others) < 3:
        return ()
    rng = random.Random(qid)
    chosen = [right, *rng.sample(others, 3)]
    rng.shuffle(chosen)
    return tuple(chosen)


def _names(name: str, variants: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([name, *variants]))


def _question(
    pack: ContentPack, qid: str, text: str, answers: tuple[str, ...], pool: Iterable[str], *,
    category: str, difficulty: str, spoils: Position, explanation: str, sources: Sequence[str],
) -> Question:
    """A generated question: options drawn around the first answer, the source from the pack."""
    source = _source_text(pack, sources)
    return Question(
        id=qid,
        text=text,
        answers=answers,
        choices=_options(qid, answers[0], pool),
        category=category,
        difficulty=difficulty,
        spoils=spoils,
        explanation=explanation,
        source=source,
        list_name="generated",
    )


def _difficulty(index: int) -> str:
    return "easy" if index < 8 else "medium" if index < 18 else "hard"


def _actor_questions(pack: ContentPack) -> list[Question]:
    out: list[Question] = []
    actors = [
        pack.people[c.actor].name
        for c in pack.characters.values()
        if c.actor is not None and c.actor in pack.people and not c.introduced
    ]
    for index, character in enumerate(pack.characters.values()):
        if character.actor is None or character.actor not in pack.people or character.actor_note:
            continue
        person = pack.people[character.actor]
        qid = f"gen-actor-{character.id}"
        only_s2 = 1 not in character.seasons
        text = f"Who plays {character.name}" + (" in Season 2?" if only_s2 else "?")
        out.append(_question(
            pack, qid, text, _names(person.name, person.variants), actors, category="cast",
            difficulty=_difficulty(index), spoils=character.introduced,
            explanation=f"{person.name} plays {character.name}.", sources=character.sources,
        ))
    return out


def _role_questions(pack: ContentPack) -> list[Question]:
    out: list[Question] = []
    # a newcomer a server's moderators added is named only from their episode: never a wrong option
    all_characters = [c.name for c in pack.characters.values() if not c.introduced]
    for index, person in enumerate(pack.people.values()):
        played = [c for c in pack.characters_played_by(person.id) if not c.actor_note]
        if len(played) != 1:
            continue
        character = played[0]
        qid = f"gen-role-{person.id}"
        out.append(_question(
            pack, qid, f"Which character does {person.name} play?", _names(character.name, character.variants),
            all_characters, category="characters", difficulty=_difficulty(index), spoils=character.introduced,
            explanation=f"{person.name} plays {character.name}.", sources=character.sources,
        ))
    return out


def _fate_questions(pack: ContentPack, shape: ShowShape) -> list[Question]:
    out: list[Question] = []
    for character in pack.characters.values():
        fate = character.fate
        if fate is None or fate.episode is None or fate.status not in FATE_VERBS:
            continue
        episode = fate.episode
        if not shape.contains(episode):
            continue
        qid = f"gen-fate-{character.id}"
        spoils = max(fate.spoils, episode)
        # The options are episodes of the same season, by their number in it.
        pool = [str(info.number) for info in shape.episodes_in(episode.season)]
        number = episode.episode
        out.append(_question(
            pack, qid, f"In which episode of season {episode.season} does {character.name} {FATE_VERBS[fate.status]}?",
            (str(number), f"episode {number}", f"ep {number}", str(episode)), pool, category="episodes",
            difficulty="medium", spoils=spoils, explanation=fate.text, sources=character.sources,
        ))
    return out


def _relationship_questions(pack: ContentPack) -> list[Question]:
    out: list[Question] = []
    for character in pack.characters.values():
        by_type: dict[str, list[Relationship]] = {}
        for relation in pack.relationships_of(character.id):
            by_type.setdefault(relation.type, []).append(relation)
        for rel_type, template in RELATION_TEMPLATES.items():
            relations = by_type.get(rel_type, [])
            if len(relations) != 1 or relations[0].target not in pack.characters:
                continue
            if "'s " in pack.characters[relations[0].target].name or "'s " in character.name:
                continue  # a description ("Cheong-san's mother") gives the answer away or is not a name
            relation = relations[0]
            target: Character = pack.characters[relation.target]
            # Explained from the answer's side, as /ask says it: "Nam So-ju — On-jo's father".
            back = pack.counterpart(relation)
            explanation = f"{target.name} \u2014 {back.text}" if back is not None else relation.text
            qid = f"gen-{rel_type.replace('_', '-')}-{character.id}"
            pool = [c.name for c in pack.characters.values() if c.id != character.id and not c.introduced]
            out.append(_question(
                pack, qid, template.format(name=character.name), _names(target.name, target.variants), pool,
                category="characters", difficulty="medium", spoils=relation.spoils,
                explanation=explanation, sources=character.sources,
            ))
    return out


def generate(pack: LorePack, shape: ShowShape) -> tuple[Question, ...]:
    """All generated questions, in a stable order, ids unique. `shape` is the show's shape, whose
    episodes the fate questions offer."""
    questions = [
        *_actor_questions(pack),
        *_role_questions(pack),
        *_fate_questions(pack, shape),
        *_relationship_questions(pack),
    ]
    unique: dict[str, Question] = {}
    for question in questions:
        if question.answers and question.answers[0].strip():
            unique.setdefault(question.id, question)
    return tuple(unique.values())
