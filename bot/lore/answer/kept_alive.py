""""why didn't Su-hyeok die in ep 6": a "why didn't X die" scoped to an episode (read so in negated.py) is answered
within that episode or not at all, never with how the season ends for X. What changed X there (Nam-ra's bite, E6)
is told as their story; else the scene of that episode in which someone rescues or shields X; else "I don't know"."""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.deeds import HELPED
from bot.lore.answer.events import EventAnswers
from bot.lore.answer.fates import FateAnswers
from bot.lore.answer.result import Answer, dont_know
from bot.show import Position, TypedPlace

# the reading negated.py gives "why didn't X die in ep N"
_KEPT_ALIVE = compile_later(r"^what kept .+ alive in episode (\d{1,2})\W*$")
_HELPERS = frozenset({"rescuer", "protector"})
_ASKED = ("what", "kept", "alive")


class KeptAlive:
    def __init__(self, events: EventAnswers, fates: FateAnswers,
                 refused: Callable[[Ask, Position | TypedPlace, tuple[str, ...]], Answer | None]) -> None:
        self.events = events
        self.fates = fates
        self.refused = refused  # "why didn't cheongsan die in ep 13": the show has no such episode

    def answer(self, ask: Ask) -> Answer | None:
        if "kept" not in ask.text or (asked := ask.matches(_KEPT_ALIVE)) is None:
            return None
        number = int(asked.group(1))  # ("... in ep 0": no position holds it, refused as typed)
        if (refusal := self.refused(ask, Position(1, number) if number else TypedPlace(1, 0), _ASKED)) is not None:
            return refusal
        subjects = ask.characters()
        if len(subjects) != 1:
            return dont_know(ask.raw)  # "why didn't the zombies die in ep 5": a group, not a character
        subject, episode = subjects[0], Position(1, number)
        stages = self.fates.stages(subject.id)
        if any(stage.start == episode and stage.state != "alive" for stage in stages):
            return self.fates.story(ask, subjects, episode)  # "why didn't namra die in ep 6": she becomes a halfbie there
        if any(stage.start < episode for stage in self.fates.dies_in(subject.id)):
            return self.fates.story(ask, subjects, episode)  # "why didn't isak die in ep 4": she turned before it (E2)
        helped = [e for e in self.events.events if e.episode == episode and HELPED & set(e.roles_of(subject.id))]
        if not helped:
            return dont_know(ask.raw)  # "why didn't dae-su die in ep 5": no source tells it in that episode
        return self.events.told(ask, helped[:2], _HELPERS, subjects, _ASKED)
