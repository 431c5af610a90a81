"""pytest's assertion rewriting, done once for all of `make test`'s workers.

pytest rewrites every test module's asserts at import and caches the result beside it (a pyc of its
own, which `compileall` does not write). On a fresh clone there is no such cache, and the
pytest-xdist workers, all started at once, each rewrote all 250 test modules: 5 CPU-seconds per
worker, 20 of `make test`'s. The controller writes the cache here before it starts them; each
worker then only reads it. pytest's own functions do the work (what a worker would write, byte for
byte); should their names change in a later pytest, nothing is written and the workers rewrite as
before.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import pytest


def rewritten_files(root: Path) -> list[Path]:
    """The files pytest rewrites under `root`: the test modules and the conftest files."""
    return sorted(p for p in root.rglob("*.py") if p.name.startswith("test_") or p.name == "conftest.py")


def rewrite_once(config: pytest.Config, files: Iterable[Path]) -> int:
    """Write pytest's rewritten-module cache for each of `files` that has no current one; returns
    how many were written."""
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
    written = 0
    for path in files:
        cache_dir = get_cache_dir(path)
        pyc = cache_dir / (path.name[:-3] + PYC_TAIL)
        if _read_pyc(path, pyc) is not None:
            continue
        try:
            cache_dir.mkdir(exist_ok=True)
            source_hash, code = _rewrite_test(path, config)
        except (OSError, SyntaxError):  # left to the worker, which reports it as pytest always does
            continue
        written += _write_pyc(state, code, source_hash, pyc)
    return written
