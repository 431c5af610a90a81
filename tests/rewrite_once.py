"""pytest's assertion rewriting, done once for all of `make test`'s workers.

pytest rewrites every test module's asserts at import and caches the result beside it (a pyc of its
own, which `compileall` does not write). On a fresh clone there is no such cache, and the
pytest-xdist workers, all started at once, each rewrote all 250 test modules: 5 CPU-seconds per
worker, 20 of `make test`'s. The controller writes the cache here before it starts them; each
worker then only reads it. pytest's own functions do the work (what a worker would write, byte for
byte); should their names change in a later pytest, nothing is written and the workers rewrite as
before. Hypothesis's cache of the product modules' constants is written here too, for the same
reason (local_constants_once, in a thread while the workers start).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

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
    # Rewriting builds and drops an AST a module, millions of nodes in all, none of them in a cycle: the cyclic
    # garbage collector, run every 700 of them, was a fifth of this work (1.5-2.5 of 8-10 CPU-s on a fresh clone).
    collecting = gc.isenabled()
    gc.disable()
    try:
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
    finally:
        if collecting:
            gc.enable()
    return written


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
