"""Shared fixtures: a real SQLite file, a ManualClock, the local Discord and hyosan running on it."""

from __future__ import annotations

import datetime as dt
import gc
import os
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

from bot.clock import ManualClock
from bot.harness import open_migrated
from db import Database

if TYPE_CHECKING:
    from bot.harness import Harness
    from bot.sandbox import Sandbox

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

# The tests speak plain HTTP to 127.0.0.1 only, so no process they start needs the system's CA
# bundle, which discord.py's HTTP client parses at import: a fifth of a second of CPU for each of
# the many `hyosan` processes (inherited through os.environ; bot.harness.sandbox_env copies it).
os.environ["SSL_CERT_FILE"] = os.devnull

# Tests check behaviour, never timings: Hypothesis's 200 ms deadline per example failed a property
# test on a loaded machine (two cores shared by several runs) though every example was right.
settings.register_profile("hyosan", deadline=None)
settings.load_profile("hyosan")


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_migrated(tmp_path / "hyosan.db")
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    from bot.sandbox import Sandbox

    async with Sandbox() as discord:
        yield discord


@pytest.fixture
async def hyosan(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    from bot.harness import Harness

    async with Harness.start(tmp_path, clock=clock) as harness:
        yield harness


# ---- the contract with Discord's own spec (tests/contract/spec.py) ---------------------------
# Every exchange any Sandbox answers in this session is checked as it happens, and a test whose
# traffic breaks the contract fails at teardown. Requests a test sends wrong on purpose are
# spared: raw probes carry the header X-Sandbox-Probe, and tests that make discord.py send a bad
# body are marked `contract_probe`; the local Discord's answers to them are still checked. A test
# marked `contract_known_violation(reason)` shows a hyosan-side violation awaiting its fix: it is
# listed in the session summary instead of failing.
# Sandboxes in subprocesses (`hyosan demo`) write their traffic under SANDBOX_TRAFFIC_DIR; it is
# checked when the session ends. Without ../shared (or fastjsonschema) all of this is skipped.
PROBE_HEADER = "X-Sandbox-Probe"


class _ContractCheck:
    def __init__(self, contract: Any, traffic_dir: Path) -> None:
        self.contract = contract
        self.traffic_dir = traffic_dir
        self.probe_test = False
        self.pending: list[tuple[Any, bool]] = []
        self.checked = 0
        self.probes = 0
        self.spared: list[str] = []
        self.known: dict[str, tuple[str, list[str]]] = {}
        self.subprocess_checked = 0
        self.subprocess_failures: list[str] = []

    def violations(self, rec: Any, *, probe_test: bool) -> list[str]:
        probe = bool(rec.headers.get(PROBE_HEADER) or probe_test)
        if probe:
            self.probes += 1
        return [str(v) for v in self.contract.check(rec, answer_only=probe)]

    def record(self, rec: Any) -> None:
        # Only queued here: checking happens at the test's teardown, off the request path, so a
        # first-time validator compile never delays an answer past an interaction deadline.
        self.pending.append((rec, self.probe_test))

    def check_pending(self) -> list[str]:
        found: list[str] = []
        pending, self.pending = self.pending, []
        for rec, probe_test in pending:
            self.checked += 1
            try:
                found.extend(self.violations(rec, probe_test=probe_test))
            except Exception as exc:  # a checker bug must show, not pass silently
                found.append(f"checker error on {rec.method} {rec.path}: {exc!r}")
        return found

    def check_subprocess_traffic(self) -> list[str]:
        from bot.sandbox.recording import read_traffic

        found: list[str] = []
        for file in sorted(self.traffic_dir.glob("*.jsonl")):
            for rec in read_traffic(file):
                self.subprocess_checked += 1
                found.extend(self.violations(rec, probe_test=False))
            file.unlink()
        return found

    def summary(self) -> dict[str, Any]:
        return {
            "checked": self.checked, "probes": self.probes, "subprocess_checked": self.subprocess_checked,
            "subprocess_failures": self.subprocess_failures, "known": self.known,
        }

    def add(self, other: dict[str, Any]) -> None:
        """Fold in a pytest-xdist worker's summary (the controller prints one summary)."""
        self.checked += other["checked"]
        self.probes += other["probes"]
        self.subprocess_checked += other["subprocess_checked"]
        self.subprocess_failures.extend(other["subprocess_failures"])
        self.known.update({k: (v[0], list(v[1])) for k, v in other["known"].items()})


_contract_check: _ContractCheck | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _contract_check
    if os.environ.get("PYTEST_XDIST_WORKER") is not None or not config.getoption("numprocesses", None):
        # Collecting imports every test module and what it imports, all kept to the end: the cyclic
        # garbage collector would scan it over and over while it grows (a CPU-second a worker).
        # pytest_collection_finish collects once and turns it back on.
        gc.disable()
    if os.environ.get("PYTEST_XDIST_WORKER") is None and config.getoption("numprocesses", None):
        # the pytest-xdist controller, before it starts the workers (tests/rewrite_once.py)
        from tests.rewrite_once import rewrite_once, rewritten_files

        # Split between two processes: the machine `make test` must fit on has two cores.
        rewrite_once(config, rewritten_files(config.rootpath / "tests"), processes=min(os.cpu_count() or 1, 2))
    config.addinivalue_line("markers", "contract_probe: makes discord.py send bodies Discord rejects, on purpose")
    config.addinivalue_line(
        "markers", "own_bot: changes what every server of a bot shares (its clock, season 2's status): no shared bot"
    )
    config.addinivalue_line(
        "markers", "contract_known_violation(reason): hyosan breaks Discord's contract here; fix pending"
    )
    try:
        from tests.contract.spec import SpecContract, find_spec
    except ImportError:  # fastjsonschema missing: no contract check
        return
    spec = find_spec()
    if spec is None:
        return
    import tempfile

    from bot.sandbox import recording

    traffic_dir = Path(tempfile.mkdtemp(prefix="hyosan-traffic-"))
    os.environ[recording.TRAFFIC_DIR_ENV] = str(traffic_dir)
    _contract_check = _ContractCheck(SpecContract.load(spec), traffic_dir)
    recording.observe(_contract_check.record)


@pytest.hookimpl(trylast=True)  # after Hypothesis's own, which ends its initialization
def pytest_sessionstart(session: pytest.Session) -> None:
    """The pytest-xdist controller caches Hypothesis's constants of the product modules while the
    workers start and collect (tests/rewrite_once.py), off the path to their first test."""
    config = session.config
    if os.environ.get("PYTEST_XDIST_WORKER") is None and config.getoption("numprocesses", None):
        from tests.rewrite_once import local_constants_once

        packages = ("bot", "cogs", "db", "bench")
        threading.Thread(target=local_constants_once, args=(config.rootpath, packages), daemon=True).start()


@pytest.hookimpl(hookwrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[None]:
    """Collecting imports the product's modules: the ~500 patterns they compile at import are read from
    bot/re_cache.py's file (or kept there), as a `hyosan` process reads them, not compiled by every worker."""
    from bot import re_cache

    with re_cache.importing():
        yield


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist, the slow modules first in every worker's share (tests/long_first.py)."""
    from tests.long_first import long_first

    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    root = config.rootpath
    modules = {index: item.path.relative_to(root).as_posix() for index, item in enumerate(items)}
    items[:] = long_first(items, modules, workers)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Garbage collection cost a sixth of the workers' CPU (timed with gc.callbacks). What
    collection built lives as long as the worker (test modules, the content pack, trivia lists):
    frozen, it is no longer scanned at every full collection. The many short-lived bots leave
    cycles behind by the thousand: a larger young generation finds them in fewer passes.
    Together: 13% less CPU for the cogs, lore and trivia tests, under 400 MB per worker."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    gc.enable()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if _contract_check is not None:
        _contract_check.probe_test = item.get_closest_marker("contract_probe") is not None


@pytest.fixture(autouse=True)
def _discord_spec_contract(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fails the test when the traffic it caused breaks Discord's spec (see the note above)."""
    yield
    if _contract_check is None:
        return
    # Traffic of subprocesses this test ran (`hyosan demo`) counts as the test's own.
    found = _contract_check.check_pending() + _contract_check.check_subprocess_traffic()
    known = request.node.get_closest_marker("contract_known_violation")
    if found and known is not None:
        reason = str(known.kwargs.get("reason") or (known.args[0] if known.args else ""))
        _contract_check.known[request.node.nodeid] = (reason, found)
        return
    if found:
        shown = "\n  ".join(dict.fromkeys(found))
        pytest.fail(f"{len(found)} exchange(s) break Discord's spec:\n  {shown}", pytrace=False)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _contract_check is None:
        return
    _contract_check.subprocess_failures.extend(_contract_check.check_pending())
    _contract_check.subprocess_failures.extend(_contract_check.check_subprocess_traffic())
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # a pytest-xdist worker: the controller reports for everyone
        workeroutput["contract"] = _contract_check.summary()
    if _contract_check.subprocess_failures and session.exitstatus == 0:
        session.exitstatus = 1


def pytest_testnodedown(node: Any, error: Any) -> None:
    summary = getattr(node, "workeroutput", {}).get("contract")
    if _contract_check is not None and summary is not None:
        _contract_check.add(summary)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    check = _contract_check
    if check is None:
        terminalreporter.write_line("Discord spec contract: skipped (../shared or fastjsonschema absent)")
        return
    terminalreporter.write_line(
        f"Discord spec contract: {check.checked} exchanges checked in-process ({check.probes} deliberate probes), "
        f"{check.subprocess_checked} from subprocesses (hyosan demo); validators loaded in "
        f"{check.contract.compile_seconds:.1f}s"
    )
    for nodeid, (reason, found) in check.known.items():
        terminalreporter.write_line(f"  known hyosan-side violation in {nodeid} ({reason}):", yellow=True)
        for line in dict.fromkeys(found):
            terminalreporter.write_line(f"    {line}", yellow=True)
    for line in dict.fromkeys(check.subprocess_failures):
        terminalreporter.write_line(f"  subprocess traffic breaks Discord's spec: {line}", red=True)
