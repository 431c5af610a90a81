"""A season said to come beside a finish still ahead: "gonna finish aouad tomorrow, then on to s2", "finishing s1 after
work, s2 next", "s2 next, but first the finale tomorrow", "bukas ko tatapusin s1, tapos s2 na". The season before it is
not all seen yet, so "s2 next" is no end of season 1 seen (watched56: was saved as S1E12, the finale still to come).

Plain text in (chat_free); nothing here knows the show.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.progress_clauses import clauses, season_to_come
from bot.progress_plans import TIME_TO_COME
from bot.text import WEEKDAY_NAMES

_DAYS = "|".join(day.lower() for day in WEEKDAY_NAMES)

# A finish or a watch still ahead: a time to come ("tomorrow", "after work", "by friday", "later"), or a finish under
# way or meant ("finishing", "gonna finish", "almost done", "but first", "tatapusin", "kelarin", "termino", "끝내고")
_AHEAD = compile_later(
    rf"{TIME_TO_COME}|\b(?:after (?:work|school|class|dinner|my shift)|later(?: today)?|this weekend|by (?:the weekend|{_DAYS})"
    r"|finishing|(?:gonna|going to|will|gotta|need to|have to|got to|trying to|want to|wanna) finish|(?:almost|nearly) (?:done|finished)"
    r"|but first|first the|tatapusin|tatapusin ko|kelarin|nanti|mamaya|termino|voy a terminar|vou terminar|terminando|lát nữa)\b"
    r"|끝내고|끝낼|이따|終わらせ|後で|あとで"
)

# ... never a finish said done, whenever it was ("finished s1 after work, s2 next": the fan's own end of season 1)
_DONE_SAID = compile_later(r"^(?:i |we )?(?:just |finally |already )?(?:finished|watched|binged|saw|completed|done with)\b")


def finish_ahead(text: str) -> int | None:
    """The season `text` says is to come beside a clause of a finish or a watch still ahead (read alone, that clause
    saying a time to come or a finish under way), or None: the season before it is not said all seen."""
    parts = clauses(text)
    ahead = [part for part in parts if _AHEAD.search(part) and not _DONE_SAID.search(part)]
    coming = {season for part in parts if part not in ahead and (season := season_to_come(part)) is not None}
    if len(coming) != 1:
        return None
    season = coming.pop()
    # the finish ahead names no season, or the one before ("finish s1 tomorrow, s2 next": "s1 tomorrow" is no season to come)
    return season if any(season_to_come(part) in (None, season - 1) for part in ahead) else None
