"""An outlet's correction takes the place of its own earlier word (pure).

A headline marked as a correction or an update ("[CORRECTION] ...", "UPDATE: ...", "[정정] ...") says
what its outlet now holds: that outlet's earlier claims about the same thing (its release date or
window, or the same milestone), up to the correction's day, are superseded by it, so the outlet is
counted once, for what it says now, and a date it took back no longer counts as its report. Other
outlets' claims are untouched: one outlet's correction is no word on theirs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from bot.season2.model import Claim, Milestone, Standing

_MARK = r"correction|corrected|update|updated|정정|수정|업데이트"
#: A correction's or an update's marker at the start of a headline.
CORRECTION_MARK = re.compile(rf"^\s*(?:[\[(【]\s*(?:{_MARK})\s*[\])】]|(?:{_MARK})\s*[:\-–—])\s*", re.I)
#: Claims about the release itself: a correction of one corrects the others (a date becomes a window).
_RELEASE = frozenset({Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.RELEASE_WINDOW,
                      Milestone.DELAYED})


def is_correction(title: str) -> bool:
    """Whether a headline says it corrects or updates its outlet's earlier word."""
    return CORRECTION_MARK.match(" ".join(unicodedata.normalize("NFKC", title).split())) is not None


def _subject(milestone: Milestone) -> frozenset[Milestone]:
    return _RELEASE if milestone in _RELEASE else frozenset({milestone})


def apply_corrections(claims: Sequence[Claim]) -> list[Claim]:
    """`claims`, each standing claim of a news source that one of its outlet's later (or same-day)
    corrections about the same thing replaces marked superseded by that correction."""
    corrections = [c for c in claims if c.origin == "rss" and c.standing is Standing.STANDING
                   and is_correction(c.source.title or c.text)]
    if not corrections:
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        by = None
        if claim.origin == "rss" and claim.standing is Standing.STANDING:
            by = next((c for c in corrections if c.id != claim.id and c.date >= claim.date
                       and c.source.publisher_key == claim.source.publisher_key
                       and claim.milestone in _subject(c.milestone)
                       and not (is_correction(claim.source.title or claim.text) and claim.date >= c.date)), None)
        out.append(claim if by is None else replace(claim, standing=Standing.SUPERSEDED, superseded_by=by.id))
    return out
