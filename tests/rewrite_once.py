"""pytest's assertion rewriting, done once for all of `make test`'s workers.

pytest rewrites every test module's asserts at import and caches the result beside it (a pyc of its
own, which `compileall` does not write). On a fresh clone there is no such cache, and the
pytest-xdist workers, all started at once, each rewrote all 250 test modules: 5 CPU-seconds per
worker, 20 of `make test`'s. The controller writes the cache here before it starts them (shared with
a forked copy of itself on the second core: 8.5 CPU-s on a fresh clone, while nothing else ran); each
worker then only reads it. pytest's own functions do the work (what a worker would write, byte for
byte); should their names change in a later pytest, nothing is written and the workers rewrite as
before. Hypothesis's cache of the product modules' constants is written here too, for the same
reason (local_constants_once, in a thread while the workers start).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

import pytest


def rewritten_files(root: Path) -> list[Path]:
    """The files pytest rewrites under `root`: the test modules and the conftest files."""
    return sorted(p for p in root.rglob("*.py") if p.name.startswith("test_") or p.name == "conftest.py")


def rewrite_once(config: pytest.Config, files: Iterable[Path], processes: int = 1) -> int:
    """Write pytest's rewritten-module cache for each of `files` that has no current one; returns
    how many were written (by this process: a forked helper's count is not reported back).

    With `processes` above one the files are shared out by size and all but the first share are
    rewritten by forked copies of this process at the same time: the controller rewrote 8.5 CPU-s
    of modules alone while the machine's other core idled before any worker started. Same work,
    same files, byte for byte; only the wait is shorter."""
    if sys.dont_write_bytecode:
        return 0
    try:
        from _pytest.assertion.rewrite import (
            PYC_TAIL,
            _read_pyc,
            _rewrite_test,
            _write_pyc,
            assertstate_key,
            get_cache_dir,
        )

        state = config.stash[assertstate_key]
    except (ImportError, KeyError):  # another pytest, or assertions not rewritten (--assert=plain)
        return 0

    def pyc(path: Path) -> Path:
        return get_cache_dir(path) / (path.name[:-3] + PYC_TAIL)

    def rewrite(paths: Iterable[Path]) -> int:
        written = 0
        for path in paths:
            cache_dir = get_cache_dir(path)
            try:
                cache_dir.mkdir(exist_ok=True)
                source_hash, code = _rewrite_test(path, config)
            except (OSError, SyntaxError):  # left to the worker, which reports it as pytest always does
                continue
            written += _write_pyc(state, code, source_hash, pyc(path))
        return written

    # Rewriting builds and drops an AST a module, millions of nodes in all, none of them in a cycle: the cyclic
    # garbage collector, run every 700 of them, was a fifth of this work (1.5-2.5 of 8-10 CPU-s on a fresh clone).
    collecting = gc.isenabled()
    gc.disable()
    try:
        missing = [path for path in files if _read_pyc(path, pyc(path)) is None]
        # A few edited modules are not worth a fork (a few milliseconds each for this large process).
        shares = _shares(missing, processes if hasattr(os, "fork") and len(missing) > 20 else 1)
        helpers = [pid for share in shares[1:] if (pid := _forked(rewrite, share))]
        written = rewrite(shares[0])
        for pid in helpers:
            os.waitpid(pid, 0)
    finally:
        if collecting:
            gc.enable()
    return written


def _shares(files: list[Path], count: int) -> list[list[Path]]:
    """`files` dealt into `count` shares of about equal size in bytes (rewriting costs by the line),
    the largest first; the first share is never empty when there are files."""
    shares: list[list[Path]] = [[] for _ in range(max(count, 1))]
    sizes = [0] * len(shares)
    for path in sorted(files, key=lambda p: -_size(p)):
        lightest = sizes.index(min(sizes))
        shares[lightest].append(path)
        sizes[lightest] += _size(path)
    return [share for share in shares if share] or [[]]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _forked(work: Callable[[list[Path]], int], share: list[Path]) -> int:
    """A forked copy of this process that does `work` on `share` and exits at once (no pytest
    teardown, no atexit); its pid, or 0 when forking failed and `work` was done here instead."""
    try:
        pid = os.fork()
    except OSError:
        work(share)
        return 0
    if pid == 0:
        code = 0
        try:
            work(share)
        except BaseException:  # the worker rewrites what is missing, as without this cache
            code = 1
        finally:
            os._exit(code)
    return pid


def local_constants_once(root: Path, packages: Iterable[str]) -> int:
    """Write Hypothesis's cache of the constants in each product module under `root`'s `packages`.

    Hypothesis draws some examples from the literals of the project's own modules, read from their
    source when a worker collects its first Hypothesis test and cached under .hypothesis/constants.
    On a fresh clone the workers, started at once, each parsed every product module (2 CPU-s each
    against 0.4 reading the cache); here it is parsed once. Same cache, same examples drawn. Should
    Hypothesis move this function, nothing is written and the workers read the sources as before.
    Only a fresh clone has no cache at all: otherwise the workers find what they need there, and a
    module edited since is read by them alone. Returns how many modules were read."""
    try:
        from hypothesis.configuration import storage_directory
        from hypothesis.internal.constants_ast import constants_from_module

        if storage_directory("constants", intent_to_write=False).path.exists():
            return 0
    except (ImportError, AttributeError):
        return 0
    count = 0
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            module = ModuleType(".".join(path.relative_to(root).with_suffix("").parts))
            module.__file__ = str(path)
            constants_from_module(module)  # writes the cache file the workers read
            count += 1
    return count
