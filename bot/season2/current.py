"""The season-2 status as it stands, held once in memory (`CurrentStatus`).

Only tracking writes it (`publish`, after the transaction that changed the claims has committed, with
those claims); `/season2 status`, `/ask` and the lore cards read `current.status` synchronously, so they
never disagree and never touch the database to answer, and a release moment passing turns it at the
reader's instant, on the clock it is given: the bot's injected one (`Hyosan.season2_status`), so the demo's
`advance` moves /season2 status, /ask and the posts together; `hyosan ask` builds one from the content pack's
claims on the system's clock (a command line asks of the present). Kept apart from the tracker (bot/season2/tracking.py), whose polling needs
aiohttp and the scheduler: `hyosan ask` reads a status and never polls (0.15 CPU-s less to start).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bot.clock import Clock
from bot.season2 import rules
from bot.season2.model import Claim, Status


class CurrentStatus:
    """The one status in memory, as it stands at the reader's instant. Tracking publishes it with the
    claims it was computed from and when; the clock alone changes one thing, the release moment passing
    (rules.compute_status), so the first read at or after a moment still ahead of that instant computes
    it again from the same claims on the clock, and holds it: /ask, the card and the episode list
    (`ShowShape.set_premiere`) say season 2 is out from the same instant, before the moment's refresh
    commits (which records and posts the release once, and publishes the same status)."""

    def __init__(self, status: Status | None = None, *, clock: Clock) -> None:
        self._status = status if status is not None else Status.empty()
        self._clock = clock
        self._claims: tuple[Claim, ...] = ()
        self._turns: dt.datetime | None = None  # the release moment at which `status` is computed again

    @property
    def status(self) -> Status:
        if self._turns is not None and (now := self._clock.now()) >= self._turns:
            self._turns = None
            self._status = rules.compute_status(self._claims, now)
        return self._status

    def now(self) -> dt.datetime:
        """The reader's instant, on the status's clock (the bot's injected one; the system's for `hyosan ask`)."""
        return self._clock.now()

    def publish(self, status: Status, claims: Iterable[Claim] = (), at: dt.datetime | None = None) -> None:
        """Replace the status (tracking only, once what changed it has committed); given alone, it
        stands as given (`hyosan ask`, tests)."""
        self._status = status
        self._claims = tuple(claims)
        moment = rules.out_moment_of(status)
        self._turns = moment if self._claims and at is not None and moment is not None and moment > at else None
