"""Episode questions: what happens in an episode, who dies or turns in it."""

from __future__ import annotations

import re

from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import FATE_WORDS, SEASON_2, Question
from bot.lore.answer.result import Answer, Part
from bot.show import LAST_EPISODE, is_episode

_EPISODE_NO = re.compile(r"\b(?:episode|ep|eps|e)\s*\.?\s*#?\s*(\d{1,3})\b")
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "last": LAST_EPISODE, "final": LAST_EPISODE,
}
_ORDINAL_EPISODE = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\s+episode\b")
_WHO_DIES = re.compile(r"\bwho\s+(?:dies|died|turns)\b")
_DEATHS_ONLY = re.compile(r"\b(?:who|anyone|anybody|deaths?|dies|die|died|killed|turns?)\b")


def _episode_number(text: str) -> int | None:
    match = _EPISODE_NO.search(text)
    if match:
        return int(match.group(1))
    match = _ORDINAL_EPISODE.search(text)
    if match:
        return _ORDINALS[match.group(1)]
    return None


class EpisodeAnswers:
    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge

    def answer(self, q: Question) -> Answer | None:
        number = _episode_number(q.text)
        if number is None or SEASON_2.search(q.text):
            return None
        knowledge = self.knowledge
        has_character = bool(knowledge.characters(q, people_as_roles=False))
        if has_character and FATE_WORDS.search(q.text) and not _WHO_DIES.search(q.text):
            return None  # "does Cheong-san die in episode 11?" is a fate question
        pack = knowledge.pack
        if not is_episode(number):
            return Answer(
                q.raw,
                True,
                [Part(
                    f"Season 1 has {pack.show.episode_count} episodes, so there is no episode {number}.",
                    0,
                    "official",
                    knowledge.show_refs(),
                )],
                "episode",
            )
        episode = pack.episodes[number]
        recaps = knowledge.recap_refs()
        deaths_only = bool(_DEATHS_ONLY.search(q.text))
        parts: list[Part] = []
        if not deaths_only:
            parts.append(Part(f"Episode {number}: {episode.summary}", episode.spoils, "official", recaps))
        elif not episode.deaths:
            parts.append(Part(f"Nobody is recorded as dying or turning in episode {number}.", episode.spoils, "official", recaps))
        for death in episode.deaths:
            parts.append(Part(f"Episode {number}, {knowledge.character_name(death.character)}: {death.text}", episode.spoils, "official", recaps))
        return Answer(q.raw, True, parts, "episode")
