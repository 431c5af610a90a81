"""Episode questions: what happens in an episode, who dies or turns in it.

An episode is a position of the show's shape: "episode 3", "the last episode" and "3화" are
season 1; "s2e3", "2x03" and "season 2 episode 3" name their season.
"""

from __future__ import annotations

import re

from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import FATE_WORDS, SEASON_2, Question
from bot.lore.answer.result import Answer, Part
from bot.show import NOTHING, Position, ShowShape

_EPISODE_NO = re.compile(r"\b(?:episode|ep|eps|e)\s*\.?\s*#?\s*(\d{1,3})\b|(?<!\d)(\d{1,3})\s*[화회]")
_SEASON_EPISODE = re.compile(
    r"\b(?:s|season\s*)(\d{1,2})\s*,?\s*(?:episode|ep|e)\s*\.?\s*(\d{1,3})\b|\b(\d{1,2})x(\d{1,3})\b"
    r"|(?:시즌\s*(\d{1,2})|(\d{1,2})\s*기)\s*(\d{1,3})\s*[화회]"
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_LAST = ("last", "final")
_ORDINAL_EPISODE = re.compile(r"\b(" + "|".join((*_ORDINALS, *_LAST)) + r")\s+episode\b")
_WHO_DIES = re.compile(r"\bwho\s+(?:dies|died|turns)\b")
_DEATHS_ONLY = re.compile(r"\b(?:who|anyone|anybody|deaths?|dies|die|died|killed|turns?)\b|죽|사망")


def _asked_position(text: str, shape: ShowShape) -> tuple[Position, bool] | None:
    """The episode a question names, and whether it named its season; None when it names none.
    A position may be outside the shape ("episode 13"): the answer says so."""
    match = _SEASON_EPISODE.search(text)
    if match:
        season, episode = (int(g) for g in match.groups() if g is not None)
        if 1 <= season <= 99 and 1 <= episode <= 99:
            return Position(season, episode), True
    match = _EPISODE_NO.search(text)
    if match:
        number = int(match.group(1) or match.group(2))
        return (Position(1, number), False) if 1 <= number <= 99 else (NOTHING, False)
    match = _ORDINAL_EPISODE.search(text)
    if match:
        word = match.group(1)
        return (shape.last_of(1) if word in _LAST else Position(1, _ORDINALS[word])), False
    return None


class EpisodeAnswers:
    def __init__(self, knowledge: Knowledge, shape: ShowShape) -> None:
        self.knowledge = knowledge
        self.shape = shape

    def answer(self, q: Question) -> Answer | None:
        asked = _asked_position(q.text, self.shape)
        if asked is None:
            return None
        position, with_season = asked
        if not with_season and SEASON_2.search(q.text):
            return None  # "how many episodes will season 2 have" is season 2 news
        knowledge = self.knowledge
        has_character = bool(knowledge.characters(q, people_as_roles=False))
        if has_character and FATE_WORDS.search(q.text) and not _WHO_DIES.search(q.text):
            return None  # "does Cheong-san die in episode 11?" is a fate question
        if not self.shape.contains(position):
            return Answer(q.raw, True, [Part(self._no_such(position), NOTHING, "official", knowledge.show_refs())], "episode")
        episode = knowledge.pack.episodes.get(position)
        heading = position.heading
        if episode is None:
            return Answer(q.raw, True, [Part(
                f"{heading}: the content pack has no summary of it yet.", NOTHING, "official", knowledge.show_refs()
            )], "episode")
        recaps = knowledge.recap_refs()
        deaths_only = bool(_DEATHS_ONLY.search(q.text))
        parts: list[Part] = []
        if not deaths_only:
            parts.append(Part(f"{heading}: {episode.summary}", episode.spoils, "official", recaps))
        elif not episode.deaths:
            parts.append(Part(f"Nobody is recorded as dying or turning in {position.label}.", episode.spoils, "official", recaps))
        for death in episode.deaths:
            parts.append(Part(f"{heading}, {knowledge.character_name(death.character)}: {death.text}", episode.spoils, "official", recaps))
        return Answer(q.raw, True, parts, "episode")

    def _no_such(self, position: Position) -> str:
        known = self.shape.episodes_in(position.season)
        if not position:
            return "Episodes are numbered from 1."
        if not known:
            return f"There is no {position.label}: season {position.season} has no episodes listed yet."
        return f"Season {position.season} has {len(known)} episodes, so there is no {position.label}."
