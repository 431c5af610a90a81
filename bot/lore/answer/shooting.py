"""Whether a record says "film" only of a movie, as in "the 2016 film Train to Busan".

"how long did they film for", "how long was the shoot": a question about the shoot is answered by
what the sources say of filming, never by a record that merely names a film ("the zombie film Train
to Busan"), whose word "film" the question's "film" would otherwise match.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

# "the film", "a film", "the 2016 film", "zombie film", "films like": a movie named, not a shoot.
_MOVIE = compile_later(r"\b(?:the|a|an|\d{4}|zombie|horror|korean|hit)\s+(?:\w+\s+)?films?\b(?!\s+(?:in|at|on)\b)", re.I)
_SHOOT_SAID = compile_later(r"\b(?:filmed|filming|shoot\w*|shot|set|location\w*|wrapp?\w*)\b", re.I)


def only_a_movie(record: str) -> bool:
    """Whether `record` says "film" only of a movie and nothing of filming."""
    return bool(_MOVIE.search(record)) and not _SHOOT_SAID.search(record)
