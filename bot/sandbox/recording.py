"""Every exchange a sandbox answers, offered to whoever checks traffic (the contract test).

In the test process, ``observe(callback)`` sees each RecordedRequest as it is answered, from
every Sandbox. A sandbox in another process (``hyosan demo`` run by a test) writes its exchanges
as JSON lines into the directory named by ``SANDBOX_TRAFFIC_DIR`` when it stops; the checker
reads them back with ``read_traffic``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .models import RecordedRequest

TRAFFIC_DIR_ENV = "SANDBOX_TRAFFIC_DIR"

Observer = Callable[[RecordedRequest], None]
_observers: list[Observer] = []


def observe(callback: Observer) -> Callable[[], None]:
    """Call ``callback`` with every exchange any sandbox answers; returns the undo."""
    _observers.append(callback)

    def stop() -> None:
        if callback in _observers:
            _observers.remove(callback)

    return stop


def notify(rec: RecordedRequest) -> None:
    for callback in list(_observers):
        callback(rec)


def _plain(rec: RecordedRequest) -> dict[str, Any]:
    return {
        "method": rec.method,
        "path": rec.path,
        "query": rec.query,
        "json": rec.json,
        "content_type": rec.headers.get("Content-Type", ""),
        "files": len(rec.files),
        "status": rec.status,
        "response": rec.response,
        "injected": rec.injected,
    }


def dump_traffic(requests: list[RecordedRequest], label: str) -> Path | None:
    """Write ``requests`` under $SANDBOX_TRAFFIC_DIR (when set, and nobody observes this process's
    traffic) as one JSON-lines file."""
    folder = os.environ.get(TRAFFIC_DIR_ENV)
    if not folder or not requests or _observers:
        return None  # nowhere to write, nothing to write, or already seen in this process
    path = Path(folder) / f"{label}-{os.getpid()}-{id(requests):x}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for rec in requests:
            out.write(json.dumps(_plain(rec), default=str) + "\n")
    return path


def read_traffic(path: Path) -> Iterator[RecordedRequest]:
    """The exchanges of a file written by dump_traffic."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            raw = json.loads(line)
            yield RecordedRequest(
                method=raw["method"],
                path=raw["path"],
                query=raw["query"],
                json=raw["json"],
                headers={"Content-Type": raw["content_type"]},
                files=[],
                status=raw["status"],
                at=0.0,
                response=raw["response"],
                injected=raw["injected"],
            )
