"""A question with a moment said after it: "who saves hyoryeong after jimin leaves her", "what does
su-hyeok do when namra gets bitten".

`split_moment(clause)` gives the question and the moment (a clause of its own about someone named,
after "after", "when", "once", "before", "while"), or None. The router asks the question alone only
when the whole went unanswered, and takes that answer only when it tells of the moment too (its
words and the people in it): the moment places the question, it is no second question.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

_MOMENT = compile_later(
    r"^(?P<question>\W*(?:who|whom|what|which|where|why|how|does|do|did|is|was)\b.+?)\s+"
    r"(?:right |just |soon )?(?:after|when|once|before|while|as soon as)\s+(?P<moment>ent\d+\b.+)$"
)


def split_moment(clause: str) -> tuple[str, str] | None:
    """(the question, the moment) of `clause`, or None when it says no moment."""
    found = _MOMENT.match(clause)
    if found is None or len(found.group("question").split()) < 2:
        return None
    return found.group("question"), found.group("moment")
