"""Season 2's story once the lore tells it (an approved addition of a server's moderators, or a
pack that has written season 2 up). Who dies in it: each death or turn in its episode's order,
each hidden as far as its episode, and a count hidden as far as the last one (the number tells
how far the deaths go). What happens to someone in it: what the lore tells of them there, each
hidden as far as its episode. Before then season2.py says the story is untold."""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part, pooled
from bot.lore.content.model import Event

# "who dies in season 2", "does anyone die in s2", "how many people die in season 2", "season 2 deaths"
_DEATH_WORDS = compile_later(
    r"\b(?:die[sd]?|dying|deaths?|dead|killed|get killed|gets killed|turns? into (?:a )?zombies?|turned into (?:a )?zombies?)\b"
)
_WHO = ("who", "how_many", "statement", "yes_no", "what_is")
_HOW = {"dies": "dies", "turns": "turns into a zombie", "halfbie": "becomes a halfbie",
        "presumed_dead": "presumed dead", "bitten": "is bitten"}


def season_deaths(shared: Shared, ask: Ask, season: int) -> Answer | None:
    """The season's deaths and turns as the lore has them, or None when it has none (or the question
    is about someone, or is not about who dies)."""
    if ask.found.subjects or ask.a.episode is not None or ask.a.qtype not in _WHO or not ask.matches(_DEATH_WORDS):
        return None
    pack = shared.pack
    rows: list[Part] = []
    for position in sorted(p for p in pack.episodes if p.season == season):
        episode = pack.episodes[position]
        for death in episode.deaths:
            character = pack.characters.get(death.character)
            refs = shared.knowledge.refs(character.sources[-1:]) if character is not None else ()
            text = f"{position.label[0].upper()}{position.label[1:]}: {shared.knowledge.character_name(death.character)} " \
                   f"({_HOW.get(death.kind, death.kind.replace('_', ' '))})"
            rows.append(Part(text, max(position, episode.spoils), "reported", refs))
    if not rows:
        return None
    if ask.a.qtype == "how_many":
        # the count tells how far the deaths go: hidden as far as the last one
        head = Part(f"My sources name {len(rows)} in season {season} so far who die, turn or are bitten "
                    "(only the named ones):", max(part.spoils for part in rows), "reported")
    else:
        # that anyone dies at all is told by the first death
        verdict = "Yes. " if ask.a.qtype == "yes_no" else ""  # "does anyone die in season 2"
        head = Part(f"{verdict}Who dies or turns in season {season}, in order, as far as my sources tell it so far:",
                    min(part.spoils for part in rows), "reported", aside=True)
    parts = [head, *pooled(rows)]
    return Answer(ask.raw, True, parts, "season2.deaths", consumed=frozenset(ask.a.stems))


def season_story_of(shared: Shared, ask: Ask, season: int) -> Answer | None:
    """"what happens to Nam-ra in season 2": each thing the lore tells of the characters named in
    that season, hidden as far as its episode; None when it tells nothing of them there."""
    parts: list[Part] = []
    for subject in ask.found.subjects[:3]:
        character = shared.pack.characters.get(subject.id) if subject.kind == "character" else None
        if character is None:
            continue
        told = [e for e in character.events if e.episode.season == season]
        fate = character.fate
        if fate is not None and fate.episode is not None and fate.episode.season == season \
                and all(e.text != fate.text for e in told):
            told.append(Event(fate.text, fate.episode, fate.spoils))
        parts += [Part(f"{e.episode.heading}, {character.short_name or character.name}: {e.text}", e.spoils,
                       shared.knowledge.episode_confidence(e.episode), shared.knowledge.episode_refs(e.episode))
                  for e in sorted(told, key=lambda e: e.episode)]
    if not parts:
        return None
    return Answer(ask.raw, True, parts, "season2.story", consumed=frozenset(ask.a.stems))
