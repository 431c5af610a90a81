"""The one way the CLI reads a file someone handed it: size-limited, encoding-checked, one clear line.

`hyosan season2 replay`, `hyosan content import|check`, `hyosan trivia check`, `hyosan demo --script`
and hyosan.toml are read through `read_text_file`. It refuses a missing path, a folder, a file over
the limit (judged before reading, and again while reading, since a file can grow), a binary file and
text that is not UTF-8, each with a `FileRefused` whose message names the file and says what is
wrong; never a traceback. `write_text_file` is the writing side (`hyosan season2 export-history
--output`): the whole file or nothing.

The path is someone else's: a FIFO nobody writes to, a stalled pipe or a hung mount can block its
reading for ever. So the blocking part runs on a daemon thread that Ctrl-C and exit do not wait for
(`off_the_main_thread`, and `in_a_daemon_thread` for a coroutine): the command ends at once with its
one line and 130, and, since nothing is written before the whole file is read, nothing half-written.
"""

from __future__ import annotations

import asyncio
import codecs
import concurrent.futures
import contextlib
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: The default limit: every file the CLI takes is a few hundred kilobytes at most.
DEFAULT_LIMIT = 2_000_000


class FileRefused(Exception):
    """A file the CLI will not read; `message` is the one line to print."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def human_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} kB"
    return f"{size} bytes"


def _started(work: Callable[[], T], settle: Callable[[], None] | None = None) -> concurrent.futures.Future[T]:
    """`work` running on a daemon thread; `settle` (if any) is called on that thread when it ends."""
    future: concurrent.futures.Future[T] = concurrent.futures.Future()
    future.set_running_or_notify_cancel()  # so that nobody can cancel it under the thread's feet

    def run() -> None:
        if hasattr(signal, "pthread_sigmask"):
            # Ctrl-C and stop signals go to the main thread, whose wait they interrupt (Python
            # runs its handlers there only); this thread blocked in read() would not notice them.
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            future.set_result(work())
        except BaseException as exc:  # handed to the waiting thread, which raises it
            future.set_exception(exc)
        if settle is not None:
            settle()

    threading.Thread(target=run, name="hyosan-read", daemon=True).start()
    return future


def off_the_main_thread(work: Callable[[], T]) -> T:
    """`work()` (a blocking read of a path someone handed us) run on a daemon thread while this
    one waits, so a Ctrl-C ends the wait at once even when the read never returns."""
    future = _started(work)
    while True:
        try:
            # A signal interrupts the wait; the timeout only bounds the case where it landed just
            # before the wait began, when Python notices it at the next turn of this loop.
            return future.result(timeout=0.25)
        except concurrent.futures.TimeoutError:
            continue


async def in_a_daemon_thread(work: Callable[[], T]) -> T:
    """`work()` on a daemon thread, awaited: unlike asyncio.to_thread, whose thread asyncio.run
    waits for on the way out, a cancelled wait (Ctrl-C) leaves a read that never returns behind."""
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def wake() -> None:
        if not done.done():  # cancelled: nobody waits any more
            done.set_result(None)

    def settle() -> None:
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
            loop.call_soon_threadsafe(wake)

    future = _started(work, settle)
    await done
    return future.result()


def _read_limited(path: Path, limit: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def read_bytes_file(path: str | Path, *, limit: int = DEFAULT_LIMIT) -> bytes:
    """The file's bytes, refused when missing, not a file, unreadable or over `limit` bytes."""
    path = Path(path)
    try:
        if not path.exists():
            raise FileRefused(f"{path}: no such file")
        if path.is_dir():
            raise FileRefused(f"{path}: is a folder, not a file")
        size = path.stat().st_size
        if size > limit:
            raise FileRefused(f"{path}: the file is {human_size(size)}; the limit is {human_size(limit)}")
        data = off_the_main_thread(lambda: _read_limited(path, limit))
    except PermissionError:
        raise FileRefused(f"{path}: permission denied") from None
    except (OSError, ValueError) as exc:
        raise FileRefused(f"{path}: cannot be read ({_unusable_name(exc)})") from None
    if len(data) > limit:
        raise FileRefused(f"{path}: the file is over the limit of {human_size(limit)}")
    return data


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is allowed and dropped), refused when binary or not UTF-8."""
    if b"\x00" in data:
        raise FileRefused(f"{name}: this is a binary file, not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileRefused(f"{name}: not UTF-8 text (a bad byte on line {line}); save it as UTF-8") from None


def read_text_file(path: str | Path, *, limit: int = DEFAULT_LIMIT) -> str:
    """A text file the CLI was given, checked as described in the module docstring."""
    return decode_text(read_bytes_file(path, limit=limit), str(path))


def is_folder(path: Path) -> bool:
    """`path.is_dir()`, except that a name the system cannot even look up (over its length limit,
    a NUL in it) is no folder: reading or writing it then says so in one line, not a traceback."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _unusable_name(exc: OSError | ValueError) -> str:
    """Why a path could not be used, in words: the OS's reason, or a NUL Python refuses to pass on."""
    if isinstance(exc, ValueError):
        return "the name holds a NUL character"
    return str(exc.strerror or exc)


def write_text_file(path: str | Path, text: str) -> None:
    """Write `text` to `path` whole or not at all: into a temporary file beside it, then renamed
    over it, so an interruption or a full disk never leaves half a file. FileRefused says why not."""
    path = Path(path)
    if is_folder(path):
        raise FileRefused(f"{path}: is a folder, not a file; nothing was written")
    if not is_folder(path.parent):
        raise FileRefused(f"{path}: the folder {path.parent} does not exist; nothing was written")
    spare = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        spare.write_text(text, encoding="utf-8")
        os.replace(spare, path)
    except (OSError, ValueError) as exc:
        with contextlib.suppress(OSError, ValueError):
            spare.unlink()
        raise FileRefused(f"{path}: cannot be written ({_unusable_name(exc)}); nothing was written") from None
    except BaseException:  # Ctrl-C mid-write: no half file, no spare left behind
        with contextlib.suppress(OSError):
            spare.unlink()
        raise
