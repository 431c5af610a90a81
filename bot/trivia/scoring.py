"""Points, streaks and winners: pure functions, so the rules can be read and tested in one place.

A correct answer earns the question's base points (BASE_POINTS weighted by difficulty: easy x1,
medium x1.5, hard x2), plus a speed bonus of up to SPEED_BONUS that shrinks linearly with the time
taken, plus STREAK_BONUS for every consecutive correct answer before it (capped). A player who
took the hint on a question earns half of that (rounded up); the streak goes on as usual.
A wrong answer earns nothing and breaks the streak; so does a "multiple" (a message listing
several candidates). When the game lets the bot play (Red's bot_plays) and nobody got the
question right, the bot (BOT_PLAYER) earns the base points. A win is reaching the points to win,
or the top score when the questions run out; players level on the top score share the win; a
stopped game has no winner.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from bot.trivia.model import Score

BASE_POINTS = 10
SPEED_BONUS = 5
STREAK_BONUS = 2
MAX_STREAK_BONUS = 6
DIFFICULTY_WEIGHTS: dict[str, float] = {"easy": 1.0, "medium": 1.5, "hard": 2.0}
# The bot's seat in a game's scores when it plays (never a Discord user id: those start far above).
BOT_PLAYER = 0


def base_points(difficulty: str | None) -> int:
    """BASE_POINTS weighted by the question's difficulty (an unknown difficulty counts as easy)."""
    return round(BASE_POINTS * DIFFICULTY_WEIGHTS.get(difficulty or "easy", 1.0))


def most_points(questions: int) -> int:
    """The most one player can earn over `questions` questions (each hard, answered at once, on a
    full streak): a points target above it cannot be reached."""
    return questions * (base_points("hard") + SPEED_BONUS + MAX_STREAK_BONUS)


def points_for(
    elapsed_ms: int, answer_ms: int, streak_before: int, *, base: int = BASE_POINTS, hinted: bool = False
) -> int:
    """Points for a correct answer given `elapsed_ms` of `answer_ms` and the streak it extends."""
    if answer_ms <= 0:
        fraction = 1.0
    else:
        fraction = max(0.0, min(1.0, 1.0 - elapsed_ms / answer_ms))
    speed = round(SPEED_BONUS * fraction)
    streak = min(MAX_STREAK_BONUS, STREAK_BONUS * max(0, streak_before))
    total = base + speed + streak
    return (total + 1) // 2 if hinted else total


@dataclass(frozen=True)
class Outcome:
    """One player's result on one question."""

    user_id: int
    correct: bool
    elapsed_ms: int


def apply_question(
    scores: Sequence[Score],
    outcomes: Iterable[Outcome],
    answer_ms: int,
    *,
    difficulty: str | None = None,
    hinted: Collection[int] = (),
    bot_plays: bool = False,
) -> tuple[list[Score], dict[int, int]]:
    """Fold one question's outcomes into the game's scores.

    Players who were in the game but did not answer keep their points and lose their streak.
    `hinted` are the players who took the hint (half points). With `bot_plays`, the bot earns the
    base points when no player got it right. Returns the new score rows and the points each
    player earned on this question.
    """
    table = {row.user_id: Score(**vars(row)) for row in scores}
    earned: dict[int, int] = {}
    answered: set[int] = set()
    base = BASE_POINTS if difficulty is None else base_points(difficulty)
    outcomes = list(outcomes)
    if bot_plays and not any(o.correct for o in outcomes):
        outcomes.append(Outcome(BOT_PLAYER, True, answer_ms))
    for outcome in outcomes:
        answered.add(outcome.user_id)
        row = table.setdefault(outcome.user_id, Score(user_id=outcome.user_id))
        if outcome.correct:
            if outcome.user_id == BOT_PLAYER:
                gained = base  # no speed, streak or hint for the bot
            else:
                gained = points_for(
                    outcome.elapsed_ms, answer_ms, row.streak, base=base, hinted=outcome.user_id in hinted
                )
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


def reached_target(scores: Sequence[Score], points_to_win: int) -> list[int]:
    """Players at the top score when that score reaches the target (ties share the win)."""
    if not scores or points_to_win <= 0:
        return []
    top = max(row.points for row in scores)
    if top < points_to_win:
        return []
    return sorted(row.user_id for row in scores if row.points == top)


def top_scorers(scores: Sequence[Score]) -> list[int]:
    """Players level on the top score, when anyone scored at all (ties share the win)."""
    if not scores:
        return []
    top = max(row.points for row in scores)
    if top <= 0:
        return []
    return sorted(row.user_id for row in scores if row.points == top)
