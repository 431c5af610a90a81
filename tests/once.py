"""A whole set's answers computed once per test run, whichever pytest-xdist worker needs them first.

`make test`'s worksteal scheduler may split a module between workers; a module-level cache is then
filled once per worker (the /ask sets: tens of CPU-seconds each time, twice in one run). The first
worker claims the work (a file created with O_EXCL in the run's shared temporary directory, the
pattern pytest-xdist's documentation gives for session fixtures), computes, and writes the JSON
result whole (os.replace); the others wait for that file. A claimer that failed or died leaves no
result: the others then compute it themselves, as they do after a bound wait. Outside xdist
(`pytest FILE`, `python -m tests...`) the value is computed here, as before.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

WAIT_BOUND = 600.0  # seconds: longer than any set has taken under load (240 s), far less than forever
_POLL = 0.2
_UNWRITTEN = 10.0  # seconds a claim may stand without its claimer's id before the claimer is taken for dead

_shared: Path | None = None


def share_between_workers(factory: pytest.TempPathFactory) -> None:
    """Under pytest-xdist, use the run's temporary directory (shared by its workers) from now on."""
    global _shared
    if os.environ.get("PYTEST_XDIST_WORKER") is not None:
        _shared = factory.getbasetemp().parent


def _alive(claim: Path) -> bool:
    try:
        text = claim.read_text()
    except FileNotFoundError:  # the claimer failed and withdrew its claim
        return False
    if not text:  # claimed a moment ago, its id not yet written (or never: killed between the two, then long ago)
        try:
            return time.time() - claim.stat().st_mtime < _UNWRITTEN
        except FileNotFoundError:
            return False
    try:
        os.kill(int(text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def computed_once(name: str, compute: Callable[[], Any]) -> Any:
    """`compute()`'s JSON value (read back from JSON in every worker, so all of them see the same)."""
    if _shared is None:
        return compute()
    done, claim = _shared / f"{name}.json", _shared / f"{name}.claim"
    try:
        fd = os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        deadline = time.monotonic() + WAIT_BOUND
        while not done.exists():
            if not _alive(claim) or time.monotonic() > deadline:
                return json.loads(json.dumps(compute()))
            time.sleep(_POLL)
        return json.loads(done.read_text(encoding="utf-8"))
    with os.fdopen(fd, "w") as f:
        f.write(str(os.getpid()))
    try:
        text = json.dumps(compute(), ensure_ascii=False)
    except BaseException:
        claim.unlink(missing_ok=True)
        raise
    partial = _shared / f"{name}.{os.getpid()}.partial"
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, done)
    return json.loads(text)
