"""What compiling a pattern works out, kept on disk between processes, as __pycache__ keeps bytecode.

A lazy pattern's first use parses its source, works out its fast form, the words it needs and the characters it can
start with (bot/re_guards.py), and compiles it: most of a `hyosan ask` (0.2 CPU-s of its 0.8) and seconds of each test
worker, which use thousands of the 5,000 patterns. What that gives is plain data: the engine's code (the list of
numbers `_sre.compile` takes), the groups' names, strings. It is written once to
bot/__pycache__/re-programs.<python>.bin, by `python -m bot.re_cache` (which `make test` runs beside the tests) or at
exit by a process that worked out entries the file lacked (unless PYTHONDONTWRITEBYTECODE is set, as for bytecode),
and read back with marshal (plain data, never pickle): a process then compiles nothing it finds there. `_sre.compile`
checks the code it is given; an entry of another shape is worked out again.

Each entry is keyed by a digest of what it was worked out from (a kind, the source, the flags). A file written by
another Python or for another bot/re_guards.py (a digest of both heads it) or that cannot be read is ignored, every
pattern then compiled as it was before. A file is replaced whole (written beside it, then renamed), so a process
reads one file or the next, never half of one.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import functools
import hashlib
import itertools
import marshal
import mmap
import os
import re
import re._compiler as sre_compile  # a parsed pattern's code (Python 3.11+)
import re._parser as sre_parse
import struct
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bot.text import JAMO

_HERE = Path(__file__).resolve().parent
PATH = _HERE / "__pycache__" / f"re-programs.{sys.implementation.cache_tag}.bin"
_MAGIC = b"hyosanre"
_HEAD = struct.Struct("<8sQ")  # the magic, then the length of the marshalled (fingerprint, index) after it
#: A file grown past this many entries (patterns edited over time, each leaving its old entry) is started afresh.
_MOST = 10_000
#: A process writes the file at exit only when it worked out at least this many entries it lacked: a few patterns are
#: built from sets, their alternatives in another order in each process, and would have every process write it again.
_WORTH_WRITING = 16
_Index = dict[bytes, tuple[int, int]]  # a key -> where its entry is (offset after the index, length)


def _fingerprint() -> bytes:
    """What every entry depends on besides its own key: the Python (its engine's code), the code working entries out."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), JAMO):
        digest.update(part.encode() + b"\0")
    for name in ("re_guards.py", "re_cache.py"):
        digest.update((_HERE / name).read_bytes())
    return digest.digest()


def key(kind: str, source: str, flags: int) -> bytes:
    """The key of what was worked out (`kind`) from `source` compiled with `flags`."""
    return hashlib.blake2b(f"{kind}\0{int(flags)}\0{source}".encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Store:
    """The entries of one file, read when first asked for and again when a key is missing and the file has changed (the
    build beside the test workers finishes after they start), and those this process worked out, written at exit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fingerprint: bytes | None = None
        # (one tuple, replaced whole: a thread reading it never sees one file's index with another's data)
        self._file: tuple[tuple[int, int, int] | None, _Index, mmap.mmap | bytes, int] = (None, {}, b"", 0)
        self._read = False
        self._fresh: dict[bytes, bytes] | None = None  # entries worked out here, kept when they will be written
        self._used: dict[bytes, bytes] | None = None  # every entry asked for, kept while building (`build`)

    def get(self, key: bytes) -> object | None:
        """The entry kept under `key`, None when there is none (or it cannot be read)."""
        if not self._read:
            self._read = True
            self._load()
        place = self._file[1].get(key)
        if place is None:
            self._load()
            place = self._file[1].get(key)
            if place is None:
                return None
        _, _, data, base = self._file
        try:
            offset, length = place
            raw = data[base + offset:base + offset + length]
            value: object = marshal.loads(raw)
        except (TypeError, ValueError, EOFError):
            return None
        if self._used is not None:
            self._used[key] = raw
        return value

    def keeps(self) -> bool:
        """Whether `put` keeps what it is given: the file is written at exit (or built), as bytecode would be."""
        return self._used is not None or not sys.dont_write_bytecode

    def put(self, key: bytes, value: Any) -> None:
        """Keep `value` (plain data) under `key`, for the file written at exit (when it `keeps`)."""
        if self._fresh is None:
            if not self.keeps():
                return
            self._fresh = {}
            if self._used is None:
                atexit.register(self.write)
        self._fresh[key] = raw = marshal.dumps(value)  # (plain data only: marshal refuses anything else)
        if self._used is not None:
            self._used[key] = raw

    def _load(self) -> None:
        """Read the file's index, unless it is the one read already."""
        try:
            stat = os.stat(self.path)
        except OSError:
            return
        if (stat.st_ino, stat.st_size, stat.st_mtime_ns) == self._file[0]:
            return
        if self._fingerprint is None:
            self._fingerprint = _fingerprint()
        try:
            with open(self.path, "rb") as file:
                stat = os.fstat(file.fileno())
                magic, length = _HEAD.unpack(file.read(_HEAD.size))
                fingerprint, index = marshal.loads(file.read(length)) if magic == _MAGIC else (None, None)
                data: mmap.mmap | bytes = b""
                if fingerprint != self._fingerprint or not isinstance(index, dict):
                    index = {}
                else:
                    data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError, EOFError, TypeError, struct.error):
            return
        self._file = ((stat.st_ino, stat.st_size, stat.st_mtime_ns), index, data, _HEAD.size + length)

    def _entries(self) -> dict[bytes, bytes]:
        """Every entry of the file as it is now (none when it is of another Python or cannot be read)."""
        self._load()
        _, index, data, base = self._file
        if len(index) > _MOST:
            return {}
        entries: dict[bytes, bytes] = {}
        for found, place in index.items():
            with contextlib.suppress(TypeError, ValueError):
                offset, length = place
                entries[found] = data[base + offset:base + offset + length]
        return entries

    def write(self) -> None:
        """Write the file again with the entries worked out here: those it held and them (building: those asked for)."""
        if self._used is None and len(self._fresh or ()) < _WORTH_WRITING:
            return
        entries = self._used if self._used is not None else {**self._entries(), **(self._fresh or {})}
        if self._fingerprint is None:
            self._fingerprint = _fingerprint()
        index: _Index = {}
        offset = 0
        for found, raw in entries.items():
            index[found] = (offset, len(raw))
            offset += len(raw)
        head = marshal.dumps((self._fingerprint, index))
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)
            with open(temporary, "wb") as file:
                file.write(_HEAD.pack(_MAGIC, len(head)))
                file.write(head)
                for raw in entries.values():
                    file.write(raw)
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        self._fresh = {}

    def building(self) -> None:
        """From now on keep every entry asked for: `write` then writes those only (a file pruned of what no one uses)."""
        self._used = {}


#: The store every process reads: bot/__pycache__, beside the bytecode.
STORE = Store(PATH)


def _compile_kept(pattern: Any, flags: int = 0) -> Any:
    """`re._compiler.compile` (what `re.compile` runs for a pattern not in its own cache), reading the program from
    STORE: the same parse, code and `_sre.compile` for a pattern it lacks (a bytes pattern, DEBUG: the stdlib's own)."""
    if not isinstance(pattern, str) or flags & sre_parse.SRE_FLAG_DEBUG:
        return _COMPILE(pattern, flags)
    kept_under = key("re", pattern, flags)
    kept: Any = STORE.get(kept_under)
    if kept is not None:
        with contextlib.suppress(TypeError, ValueError, RuntimeError):  # (not what was written: compiled again)
            return _sre.compile(*kept)
    parsed = sre_parse.parse(pattern, flags)
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        names[index] = name
    made = (pattern, flags | parsed.state.flags, [*map(int, sre_compile._code(parsed, flags))], parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(names))
    STORE.put(kept_under, made)
    return _sre.compile(*made)


_COMPILE = sre_compile.compile
_importing = 0  # how many `importing` blocks are open (a coroutine's may span another's)


@contextlib.contextmanager
def importing() -> Iterator[None]:
    """While the block runs, a pattern `re.compile` compiles is read from STORE (or kept there): the hundreds the lore's
    and the cogs' modules compile at import (a sixth of a CPU-second a `hyosan run` start). Only while importing: a
    pattern compiled later, on a request, is compiled as before."""
    global _importing
    _importing += 1
    sre_compile.compile = _compile_kept
    try:
        yield
    finally:
        _importing -= 1
        if not _importing:
            sre_compile.compile = _COMPILE


def later(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A pattern for a module to compile at its first use (the lexicon's 62 KB phrasings: a process that reads no message
    never pays it), except while `importing`: then compiled at once, read from STORE (and kept by `build`). Either way no
    code of this module runs at the first use (the season-2 walk counts the files it runs: tests/e2e/test_season2_walk.py)."""
    if _importing:
        return itertools.repeat(re.compile(source, flags)).__next__
    return functools.cache(functools.partial(re.compile, source, flags))


def build() -> int:
    """Work out every pattern of the product's modules and write the file with them only: `python -m bot.re_cache`."""
    import gc
    import importlib
    import pkgutil

    import bot
    import cogs
    from bot.lazy_re import LazyPattern

    STORE.building()
    with importing():
        for package in (bot, cogs):
            for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
                if not module.name.endswith("__main__"):  # (the command line: runs on import)
                    importlib.import_module(module.name)
    patterns = [found for found in gc.get_objects() if isinstance(found, LazyPattern)]
    for pattern in patterns:
        pattern.compiled  # noqa: B018 - works it out (or reads it), keeping its entry
    STORE.write()
    return len(patterns)


if __name__ == "__main__":
    # (through the module as imported: run as __main__, this file is a second module, with a store no pattern reads)
    from bot import re_cache

    print(f"bot/re_cache: {re_cache.build()} patterns kept in {re_cache.PATH}")

