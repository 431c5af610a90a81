"""What wins a game: the server's points to win, or a number of right answers.

A game is won by right answers when the player who started it asked for that (`/trivia start
first_to:N`) or when its one Red list says `CONFIG max_score: N`: in Red's own session a right
answer is one point, so `max_score` counts right answers, not hyosan's points (15 and more each).
Either way the game ends early at the target, else when its questions run out, won then by the
best (points, or right answers) with ties sharing; a game that plays to a right-answer target
and was given no length asks every question its draw allows, as Red asks until the list runs out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.trivia.model import Score, TriviaSettings
from bot.trivia.scoring import reached_target, top_scorers

MAX_RIGHT_ANSWERS = 50  # no game asks more questions than this (bot.trivia.starting.MAX_QUESTIONS)
RED_MAX_SCORE = "max_score"


def red_right_answers(config: Mapping[str, object]) -> int | None:
    """A Red list's `max_score` as right answers to win (clamped to what a game can ask), or None."""
    value = config.get(RED_MAX_SCORE)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return int(max(1, min(MAX_RIGHT_ANSWERS, round(value))))


def first_to(settings: TriviaSettings, right_answers: int) -> TriviaSettings:
    """The settings of a game won by the first to `right_answers` right answers."""
    return replace(settings, right_answers_to_win=max(1, min(MAX_RIGHT_ANSWERS, right_answers)))


def by_right_answers(settings: TriviaSettings) -> bool:
    return settings.right_answers_to_win > 0


def reached(scores: Sequence[Score], settings: TriviaSettings) -> list[int]:
    """The players who reached the game's target (ties share it); [] while nobody has."""
    if not by_right_answers(settings):
        return reached_target(scores, settings.points_to_win)
    best = max((row.correct for row in scores), default=0)
    if best < settings.right_answers_to_win:
        return []
    return sorted(row.user_id for row in scores if row.correct == best)


def best_when_over(scores: Sequence[Score], settings: TriviaSettings) -> list[int]:
    """The winners when the questions ran out before anyone reached the target."""
    if not by_right_answers(settings):
        return top_scorers(scores)
    best = max((row.correct for row in scores), default=0)
    if best <= 0:
        return []
    return sorted(row.user_id for row in scores if row.correct == best)
