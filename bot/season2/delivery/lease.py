"""A named lease in SQLite so that, of several running copies of hyosan, only one dispatches.

The holder id is "host:pid:random". A copy takes the lease when nobody holds it, when it expired,
or when its holder ran on this host in a process that no longer exists (a crash: the restarted bot
need not wait for the lease to run out). Leases use real time, never the demo's ManualClock, because
they are about real processes.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import uuid

from bot.clock import Clock, SystemClock
from db.connection import Database
from db.season2 import leases as leases_db

log = logging.getLogger(__name__)

DISPATCH_LEASE = "season2-dispatch"


def new_holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def _holder_is_dead(holder: str) -> bool:
    """True when `holder` ran on this host in a process that is gone."""
    parts = holder.rsplit(":", 2)
    if len(parts) != 3 or parts[0] != socket.gethostname():
        return False
    try:
        pid = int(parts[1])
    except ValueError:
        return False
    if pid == os.getpid():
        return False  # another copy inside this very process: alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class Lease:
    def __init__(
        self,
        db: Database,
        *,
        name: str = DISPATCH_LEASE,
        holder: str | None = None,
        ttl: dt.timedelta = dt.timedelta(seconds=20),
        clock: Clock | None = None,
    ) -> None:
        self.db = db
        self.name = name
        self.holder = holder or new_holder_id()
        self.ttl = ttl
        self.clock: Clock = clock or SystemClock()
        self._held_until: dt.datetime | None = None

    def needs_renewal(self) -> bool:
        """True when the lease is not held or a third of its time has passed."""
        if self._held_until is None:
            return True
        return self.clock.now() >= self._held_until - self.ttl * 2 / 3

    async def acquire(self) -> bool:
        """Take or renew the lease; False when another live copy holds it."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            current = await leases_db.get_lease(conn, self.name)
            free = (
                current is None
                or current.holder == self.holder
                or current.expires_at <= now
                or _holder_is_dead(current.holder)
            )
            if not free:
                self._held_until = None
                return False
            if current is not None and current.holder != self.holder:
                log.info("taking the %s lease from %s", self.name, current.holder)
            expires = now + self.ttl
            await leases_db.put_lease(conn, self.name, self.holder, expires, now)
        self._held_until = expires
        return True

    async def release(self) -> None:
        self._held_until = None
        async with self.db.transaction() as conn:
            await leases_db.drop_lease(conn, self.name, self.holder)
