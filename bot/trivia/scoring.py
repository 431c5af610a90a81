"""Points, streaks and winners: pure functions, so the rules can be read and tested in one place.

A correct answer earns BASE_POINTS, plus a speed bonus of up to SPEED_BONUS that shrinks linearly
with the time taken, plus STREAK_BONUS for every consecutive correct answer before it (capped).
A wrong answer earns nothing and breaks the streak; so does a "multiple" (a message listing
several candidates). A win is reaching the points to win, or the top score when the questions run
out; players level on the top score share the win; a stopped game has no winner.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from db.trivia import ScoreRow

BASE_POINTS = 10
SPEED_BONUS = 5
STREAK_BONUS = 2
MAX_STREAK_BONUS = 6


def points_for(elapsed_ms: int, answer_ms: int, streak_before: int) -> int:
    """Points for a correct answer given `elapsed_ms` of `answer_ms` and the streak it extends."""
    if answer_ms <= 0:
        fraction = 1.0
    else:
        fraction = max(0.0, min(1.0, 1.0 - elapsed_ms / answer_ms))
    speed = round(SPEED_BONUS * fraction)
    streak = min(MAX_STREAK_BONUS, STREAK_BONUS * max(0, streak_before))
    return BASE_POINTS + speed + streak


@dataclass(frozen=True)
class Outcome:
    """One player's result on one question."""

    user_id: int
    correct: bool
    elapsed_ms: int


def apply_question(
    scores: Sequence[ScoreRow], outcomes: Iterable[Outcome], answer_ms: int
) -> tuple[list[ScoreRow], dict[int, int]]:
    """Fold one question's outcomes into the game's scores.

    Players who were in the game but did not answer keep their points and lose their streak.
    Returns the new score rows and the points each player earned on this question.
    """
    table = {row.user_id: ScoreRow(**vars(row)) for row in scores}
    earned: dict[int, int] = {}
    answered: set[int] = set()
    for outcome in outcomes:
        answered.add(outcome.user_id)
        row = table.setdefault(outcome.user_id, ScoreRow(user_id=outcome.user_id))
        if outcome.correct:
            gained = points_for(outcome.elapsed_ms, answer_ms, row.streak)
            row.points += gained
            row.correct += 1
            row.streak += 1
            row.best_streak = max(row.best_streak, row.streak)
            if row.fastest_ms is None or outcome.elapsed_ms < row.fastest_ms:
                row.fastest_ms = outcome.elapsed_ms
            earned[outcome.user_id] = gained
        else:
            row.wrong += 1
            row.streak = 0
    for user_id, row in table.items():
        if user_id not in answered:
            row.streak = 0
    ordered = sorted(table.values(), key=lambda r: (-r.points, r.user_id))
    return ordered, earned


def reached_target(scores: Sequence[ScoreRow], points_to_win: int) -> list[int]:
    """Players at the top score when that score reaches the target (ties share the win)."""
    if not scores or points_to_win <= 0:
        return []
    top = max(row.points for row in scores)
    if top < points_to_win:
        return []
    return sorted(row.user_id for row in scores if row.points == top)


def top_scorers(scores: Sequence[ScoreRow]) -> list[int]:
    """Players level on the top score, when anyone scored at all (ties share the win)."""
    if not scores:
        return []
    top = max(row.points for row in scores)
    if top <= 0:
        return []
    return sorted(row.user_id for row in scores if row.points == top)
