"""Which of two (or more) named characters is bitten, infected or turns first: "who turned into a
zombie first, ji-min or i-sak", "who got bitten first namra or cheongsan", "who got infected
earlier, gyeongsu or isak".

Deaths in order are who_dies.py `ranked_death`'s; this is the same order for the bite or the turn,
which that one leaves alone (a turn is no death). Without it the question fell to whichever record
first named a turn word, which answered the first name typed: "Ji-min turns into a zombie" for a
question whose answer is I-sak (episode 2 against episode 10), stated as verified. The answer
gives each named character's bite or turn with its episode, in episode order, each hidden as far
as its own episode; one the sources never have bitten or turned is given with their fate.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.fates import FateAnswers
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.stages import Stage
from bot.lore.answer.words import stem
from bot.show import Position

_BITE = compile_later(r"\b(?:bit|bite|bites|bitten|biten|bited)\b")
_TURN = compile_later(r"\b(?:turn|turns|turned|zombie|zombies|zombified|halfbie|hambie|became|become|becomes)\b")
_INFECTED = compile_later(r"\b(?:infected|infection|infect)\b")
_DEATH = compile_later(r"\b(?:die|dies|died|dying|dead|death|killed)\b")  # ranked_death's
_FIRST = compile_later(r"\b(?:first|1st|earlier|earliest|sooner|before)\b")
_LAST = compile_later(r"\b(?:last|later|latest|after)\b")
# The words such a question is made of: anything else ("in the library") asks more than the order.
_OWN = frozenset(stem(w) for w in (
    "who", "which", "whom", "one", "person", "character", "first", "1st", "earlier", "earliest", "sooner", "before",
    "last", "later", "latest", "after", "bit", "bite", "bitten", "turn", "zombie", "halfbie", "hambie", "become",
    "infect", "infected", "infection", "get", "got", "was", "were", "is", "did", "does", "into", "a", "or", "between",
    "of", "them", "out", "former", "latter"))
_STATES = {"bite": ("bitten", "halfbie", "zombie"), "turn": ("halfbie", "zombie"), "infect": ("bitten", "halfbie", "zombie")}


class TurnOrder:
    def __init__(self, shared: Shared, fates: FateAnswers) -> None:
        self.s = shared
        self.fates = fates

    def answer(self, ask: Ask) -> Answer | None:
        text = ask.text
        characters = ask.characters()
        if len(characters) < 2 or len(characters) != len(ask.found.subjects) or _DEATH.search(text):
            return None
        last = bool(_LAST.search(text)) and not _FIRST.search(text)
        if not (last or _FIRST.search(text)):
            return None
        mode = "bite" if _BITE.search(text) else "infect" if _INFECTED.search(text) else "turn" if _TURN.search(text) else ""
        if not mode or (ask.a.season or 1) != 1 or ask.a.episode is not None:
            return None
        if [s for s in ask.stems_without(()) if s not in _OWN]:
            return None  # "who turned first in the library": more than the order is asked
        rows: list[tuple[Position, str, Part]] = []
        never: list[Part] = []
        for subject in characters:
            found = self._when(subject.id, mode)
            character = self.s.pack.characters[subject.id]
            if found is None:
                if character.fate is not None:  # "who got bitten first, su-hyeok or nam-ra": he never is
                    never.append(Part(f"{character.name}: {character.fate.text}", character.fate.spoils, "official",
                                      self.s.knowledge.refs(character.sources)))
                continue
            start, where, part = found
            rows.append((start, character.name, Part(f"{character.name} ({where}): {part.text}", part.spoils,
                                                     part.confidence, part.sources)))
        if not rows:
            return None
        rows.sort(key=lambda row: (row[0], row[1]), reverse=last)
        what = {"bite": "is bitten", "infect": "is infected", "turn": "turns"}[mode]
        heading = Part(f"Who {what} {'last' if last else 'first'}, in episode order"
                       f"{' (latest first)' if last else ''}:", max(p.spoils for _, _, p in rows), "official", aside=True)
        if len({row[0] for row in rows}) == 1 and len(rows) > 1:  # "cheong-san or min-jae": both in episode 11
            heading = Part(f"It happens to them in the same episode ({what.split()[-1]}):", rows[0][2].spoils,
                           "official", aside=True)
        parts = [heading, *(part for _, _, part in rows), *never]
        return self.s.answer(ask, parts, "rank.turn", consumed=(*ask.a.stems,), subjects=characters)

    def _when(self, character_id: str, mode: str) -> tuple[Position, str, Part] | None:
        """When `character_id` is first bitten (an event of the index) or turns (their stages)."""
        if mode in ("bite", "infect"):
            bites = sorted((e for e in self.fates.events_of(character_id)
                            if e.kind in ("bite", "infection") and "victim" in e.roles_of(character_id)),
                           key=lambda e: e.earliest)
            if bites:
                event = bites[0]
                where = event.episode.label if event.episode is not None else _between(event.between)
                part = Part(event.text, event.spoils, event.confidence, self.s.knowledge.refs(event.sources))
                return event.earliest, where, part
        stages: list[Stage] = [st for st in self.fates.stages(character_id) if st.state in _STATES[mode]]
        if not stages:
            return None
        stage = stages[0]
        return stage.start, stage.where, Part(stage.text, stage.spoils, stage.confidence,
                                              self.s.knowledge.refs(stage.sources))


def _between(between: tuple[Position, Position] | None) -> str:
    if between is None:
        return "episode not pinned down"
    return f"between {between[0].label} and {between[1].label}"
