"""Who holds the season-2 dispatch lease: "host:pid:random", and whether that holder died (a crash on this host: the
restarted bot takes the lease at once rather than waiting for it to run out)."""

from __future__ import annotations

import os
import socket
import uuid

#: The lease in SQLite that, of several running copies of hyosan, lets only one dispatch.
DISPATCH_LEASE = "season2-dispatch"


def new_holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def holder_is_dead(holder: str) -> bool:
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
