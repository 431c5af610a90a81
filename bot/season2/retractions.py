"""A moderator's report taken back (`Tracking.retract`): what it did, and why it can't be."""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import UserError
from bot.season2.model import Claim, ReportRow, Status, Transition


class RetractError(UserError):
    """A report that can't be retracted (not this server's, already retracted, unknown)."""


class AlreadyRetracted(RetractError):
    """The report was retracted before: `report` says when and by whom."""

    def __init__(self, report: ReportRow) -> None:
        when = report.retracted_at.strftime("%d %B %Y %H:%M UTC") if report.retracted_at else "earlier"
        super().__init__(f"That report was already retracted ({when}); it no longer counts.")
        self.report = report


@dataclass(frozen=True)
class Retraction:
    """What retracting a report did."""

    claim: Claim
    transitions: tuple[Transition, ...]  # the status changes (recorded, not announced)
    announced: int  # announcements that had cited it
    queued: int  # correction messages queued
    status: Status
