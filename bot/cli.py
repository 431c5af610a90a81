"""The `hyosan` console command."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from bot import __version__
from bot.config import MAX_SNOWFLAKE, ConfigError, Settings, SyncMode, load_settings
from bot.logs import LogFolderError, setup_logging
from bot.text import count_of, shorten

# Feature modules that add subcommands; each has `register(subparsers) -> None`.
FEATURE_CLIS: tuple[str, ...] = (
    "bot.lore.cli",
    "bot.season2.cli",
    "bot.trivia.cli",
)


#: What Ctrl-C ends a command with (exit 130, as a shell reports SIGINT). Every command writes in
#: one transaction or through write_text_file, so an interrupted one leaves nothing half-written.
INTERRUPTED = "hyosan: interrupted; nothing more was done"


class OneLineParser(argparse.ArgumentParser):
    """A parser whose refusals are one line, as every other refusal of the command line is: what
    is wrong, then that (sub)command's usage, which argparse would print on lines of its own."""

    def error(self, message: str) -> NoReturn:
        usage = " ".join(self.format_usage().split())  # "usage: hyosan ask [-h] ... question"
        self.exit(2, f"{self.prog}: {message} ({usage})\n")


def snowflake(text: str) -> int:
    """An id option (a server, an addition): a whole number Discord and SQLite can both hold. An
    addition's "#12", as `hyosan content additions` prints it, is 12."""
    digits = text.strip().removeprefix("#")
    value = int(digits) if digits.isdigit() else 0
    if not 0 < value <= MAX_SNOWFLAKE:
        # shortened: a pasted page is not echoed back whole on the one line of the refusal
        raise argparse.ArgumentTypeError(f"{shorten(text, 60)!r} is not an id (a whole number from 1 to {MAX_SNOWFLAKE})")
    return value


class OutputFailed(Exception):
    """Standard output refused a write (a full disk, a device error): the command can't report."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _GuardedOutput:
    """Standard output whose write failures end the command with one line instead of a traceback
    (a reader that went away stays a BrokenPipeError: that one ends quietly, as `cat` does)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _discard_output() -> None:
    """Point standard output at /dev/null, so what is still buffered can't fail again at exit."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def settings_or_exit(*, warn: bool = True) -> Settings:
    """The settings, or exit with the one line saying what is wrong; with `warn`, a name set that
    is no setting (HYOSAN_TOKN) is one warning line each on standard error."""
    try:
        settings = load_settings()
    except ConfigError as exc:
        raise SystemExit(f"hyosan: {exc}") from None
    if warn:
        for line in settings.unknown:
            print(f"hyosan: warning: {line}", file=sys.stderr)
    return settings


def _cmd_run(args: argparse.Namespace) -> int:
    from bot.runner import StartupError, run_bot

    settings = settings_or_exit(warn=False)
    try:
        setup_logging(log_dir=settings.log_dir, secrets=[settings.token or ""])
    except LogFolderError as exc:
        print(f"hyosan: {exc.message}", file=sys.stderr)
        return 1
    for line in settings.unknown:  # in the log as well as on the console, once at start
        logging.getLogger("bot.config").warning("%s", line)
    try:
        asyncio.run(run_bot(settings))
    except StartupError as exc:
        print(f"hyosan: {exc}", file=sys.stderr)
        return 1
    return 0


def _cmd_sync(args: argparse.Namespace) -> int:
    from bot.sync import SyncError, sync_once
    from db import DatabaseOpenError

    settings = settings_or_exit()
    mode = SyncMode.GLOBAL if args.global_ else SyncMode.GUILD
    if args.guild is not None:
        settings = settings.with_overrides(dev_guild=args.guild)
    setup_logging(log_dir=None, secrets=[settings.token or ""])
    try:
        count = asyncio.run(sync_once(settings, mode))
    except SyncError as exc:
        print(f"hyosan: {exc}", file=sys.stderr)
        return 1
    except DatabaseOpenError as exc:
        print(f"hyosan: {exc.message}", file=sys.stderr)
        return 1
    print(f"synced {count_of(count, 'command')} ({mode.value})")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from bot.demo.main import run_demo
    from db import DatabaseOpenError

    try:
        return run_demo(script=args.script, interactive=None if not args.tour else False)
    except DatabaseOpenError as exc:
        print(f"hyosan demo: {exc.message}", file=sys.stderr)
        return 1


def _storage_failure(exc: Exception) -> str:
    """One line for a database that can't be opened or failed mid-way, for the CLI."""
    from db import DatabaseOpenError, StorageError

    if isinstance(exc, DatabaseOpenError):
        return exc.message
    if isinstance(exc, StorageError):
        return f"the database {exc.operation} failed ({exc.reason}: {exc.detail}); nothing was changed"
    return str(exc)


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from bot.config import DEFAULT_DB_PATH
    from db import Database, DatabaseOpenError, MigrationError, StorageError

    settings = settings_or_exit()

    async def upgrade() -> tuple[int, int]:
        database = await Database.open(
            settings.db_path, migrate=False, create_folder=settings.db_path == DEFAULT_DB_PATH
        )
        try:
            before = await database.schema_version()
            await database.migrate()
            return before, await database.schema_version()
        finally:
            await database.close()

    try:
        before, after = asyncio.run(upgrade())
    except (DatabaseOpenError, MigrationError, StorageError) as exc:
        print(f"hyosan: {_storage_failure(exc)}", file=sys.stderr)
        return 1
    if before == after:
        print(f"{settings.db_path}: already at schema version {after}")
    else:
        print(f"{settings.db_path}: upgraded from schema version {before} to {after}")
    return 0


def _cmd_db_backup(args: argparse.Namespace) -> int:
    import sqlite3

    from db import Database, DatabaseOpenError, StorageError

    settings = settings_or_exit()
    if not settings.db_path.exists():
        print(f"hyosan: no database at {settings.db_path}", file=sys.stderr)
        return 1

    async def backup() -> Path:
        database = await Database.open(settings.db_path, migrate=False)
        try:
            return await database.backup(args.path)
        finally:
            await database.close()

    try:
        target = asyncio.run(backup())
    except (DatabaseOpenError, StorageError) as exc:
        print(f"hyosan: {_storage_failure(exc)}", file=sys.stderr)
        return 1
    except (OSError, ValueError, sqlite3.Error) as exc:
        print(f"hyosan: backup failed: {exc}", file=sys.stderr)
        return 1
    print(f"backed up {settings.db_path} to {target}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(  # its subcommands' parsers are made of the same class
        prog="hyosan", description="A Discord bot for fans of All of Us Are Dead."
    )
    parser.add_argument("--version", action="version", version=f"hyosan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    run = sub.add_parser("run", help="connect to Discord with DISCORD_TOKEN and serve")
    run.set_defaults(handler=_cmd_run)

    demo = sub.add_parser("demo", help="the bot on a local Discord, with a console (or a tour)")
    demo.add_argument("--script", type=Path, help="play the commands in this file, then exit")
    demo.add_argument("--tour", action="store_true", help="play the built-in tour even on a terminal")
    demo.set_defaults(handler=_cmd_demo)

    sync = sub.add_parser("sync", help="push the slash commands to Discord once, then exit")
    where = sync.add_mutually_exclusive_group()
    where.add_argument("--guild", type=snowflake, help="guild id (default: HYOSAN_DEV_GUILD)")
    where.add_argument("--global", dest="global_", action="store_true", help="sync globally (slow to appear)")
    sync.set_defaults(handler=_cmd_sync)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION")
    db_sub.required = True
    upgrade = db_sub.add_parser("upgrade", help="apply pending migrations")
    upgrade.set_defaults(handler=_cmd_db_upgrade)
    backup = db_sub.add_parser("backup", help="copy the live database (SQLite online backup)")
    backup.add_argument("path", type=Path, help="the file to write (an older backup there is replaced)")
    backup.set_defaults(handler=_cmd_db_backup)

    for module_name in FEATURE_CLIS:
        importlib.import_module(module_name).register(sub)
    return parser


def _leaf_parser(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The (sub)command parser `args` were read by: `hyosan db backup`'s for `hyosan db backup`."""
    while True:
        chosen = [
            action.choices[getattr(args, action.dest)]
            for action in parser._actions
            if isinstance(action, argparse._SubParsersAction) and isinstance(action.choices, dict)
            and getattr(args, action.dest, None) in action.choices
        ]
        if not chosen:
            return parser
        parser = chosen[0]


def main(argv: Sequence[str] | None = None) -> int:
    logging.captureWarnings(True)
    stdout = sys.stdout
    if stdout is not None:  # None when started with standard output closed
        sys.stdout = _GuardedOutput(stdout)
    try:
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
        if extra:  # named by the command they were given to, with its own usage
            _leaf_parser(parser, args).error(f"unrecognized arguments: {' '.join(extra)}")
        code: int = args.handler(args)
        if sys.stdout is not None:
            sys.stdout.flush()
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`hyosan trivia check big.yaml | head`): stop quietly, as cat does
        sys.stdout = stdout
        _discard_output()
        return 141
    except OutputFailed as failed:
        sys.stdout = stdout
        _discard_output()
        print(f"hyosan: could not write the output: {failed.error.strerror or failed.error}", file=sys.stderr)
        return 1
    except Exception as exc:
        if not _interrupted(exc):
            raise
        print(INTERRUPTED, file=sys.stderr)  # Ctrl-C as an error's cause: the same end
        return 130
    finally:
        sys.stdout = stdout
    return code


def _interrupted(exc: BaseException | None) -> bool:
    """Whether a Ctrl-C is what `exc` came from: Python 3.11 hands on a KeyboardInterrupt that lands while a class is
    made (a dataclass field's `__set_name__`, a command's lazy import) as the cause of a RuntimeError."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def run() -> NoReturn:
    """The process's entry (`hyosan`, `python -m bot`): `main`, then exit with its code. A Ctrl-C that lands once
    `main` has returned (its output written, its code decided) has nothing left to stop and is not heard: Python's
    shutdown would print a traceback from it, or die by the signal; one during `main` ends it with INTERRUPTED, 130.
    (Tests call `main` in their own process, whose Ctrl-C this must not take.)"""
    try:
        code = main()
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except KeyboardInterrupt:  # between main's own handler and the line above
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print(INTERRUPTED, file=sys.stderr)
        code = 130
    if code == 130:
        # interrupted: end now. Python's own exit would run more, and kill the process by the signal (-2, not 130)
        # when the Ctrl-C had landed in code it ran from a string (a dataclass's generated methods)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                stream.flush()
        os._exit(130)
    raise SystemExit(code)


if __name__ == "__main__":
    run()
