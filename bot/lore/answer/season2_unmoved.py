""""did they push it back", "is s2 delayed" while no release date has been announced and season 2 is not out: that
there is no date to have moved, then the one delay the news reported (production pushed to 2025, in May 2024), so a
fan who means the release date is not told only of an old production report (read by season2.py)."""

from __future__ import annotations

from bot.lore.answer.claims import Claims
from bot.lore.answer.question import Question
from bot.lore.answer.result import Answer
from bot.lore.answer.season2_status import StatusAnswers
from bot.season2.model import Milestone, Status


def no_date_moved(status_answers: StatusAnswers, claims: Claims, q: Question, status: Status) -> Answer | None:
    """No date set yet, so none moved, and the delays reported before (None when a date stands, it is out or
    cancelled, or the tracker has said nothing yet; None abroad too, where the delay's record is said whole in the
    asker's language and this English line would not be)."""
    if (q.language != "en" or status.release_at is not None
            or status.milestone in (None, Milestone.RELEASED, Milestone.CANCELLED)):
        return None
    delays = [c for c in claims.season2 if c.milestone == "delayed" and c.standing == "standing"]
    parts = [status_answers.no_release_part(status, lang=q.language), *(claims.part(c, "Earlier") for c in delays[-1:])]
    return Answer(q.raw, True, parts, "season2.delay")
