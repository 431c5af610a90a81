"""Season-2 tracking: the one current status every reader reads.

`CurrentStatus` is the season-2 status as it stands, held once in memory. Only tracking writes it
(`publish`, after the transaction that changed the claims has committed); `/season2 status`, `/ask`
and the lore cards read `current.status` synchronously, so they never disagree and never touch the
database to answer. The bot creates one (`Hyosan.season2_status`); `hyosan ask` builds one from the
content pack's claims with the same rules.
"""

from __future__ import annotations

from bot.season2.model import Status


class CurrentStatus:
    def __init__(self, status: Status | None = None) -> None:
        self._status = status if status is not None else Status.empty()

    @property
    def status(self) -> Status:
        return self._status

    def publish(self, status: Status) -> None:
        """Replace the status (tracking only, once what changed it has committed)."""
        self._status = status
