"""`hyosan content import|versions|rollback|additions|promote|unpromote`: the content pack versions
and moderators' additions of the bot's database (the one `hyosan run` uses, from the settings).

Each change is written in one transaction with a note the running bot watches, so it takes effect
there within seconds without a restart. Every refusal is one line and a non-zero exit: a file that
can't be read (bot/files.py), a pack with problems (each as file:line: message), a database that
can't be opened.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from bot.cli import settings_or_exit, snowflake
from bot.clock import SystemClock  # an operator's command, no bot's clock to pass: stamped when they act
from bot.config import DEFAULT_DB_PATH
from bot.files import FileRefused
from bot.text import count_of
from db import Database, DatabaseOpenError, MigrationError, StorageError

# The lore and the show store are imported by the commands that use them: `hyosan --help`, `db
# upgrade` and the rest build this parser too, and should not wait for the answer engine to load.

T = TypeVar("T")


def register(actions: Any) -> None:
    imp = actions.add_parser(
        "import", help="validate a content pack and make it the one the bot uses (the old one is kept)",
        description="FILE is a whole pack in one YAML file (the keys sources, show, people, characters, "
        "episodes, facts and claims, as in bot/content/*.yaml) or a folder of those seven files. It is "
        "checked against the show as the bot knows it; only a pack without problems is stored. A running "
        "bot switches to it within seconds; `hyosan content rollback` goes back.",
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="the pack: one YAML file or a folder like bot/content")
    imp.set_defaults(handler=run_import)
    versions = actions.add_parser("versions", help="list the imported content pack versions")
    versions.set_defaults(handler=run_versions)
    back = actions.add_parser("rollback", help="use the previous content pack version again (or --to N)")
    back.add_argument("--to", type=int, default=None, help="the version to use (0: the bundled pack)")
    back.set_defaults(handler=run_rollback)
    listing = actions.add_parser("additions", help="list moderators' additions (all servers)")
    listing.add_argument("--guild", type=snowflake, default=None, help="only this server's")
    listing.add_argument(
        "--state", choices=("pending", "approved", "rejected"), default=None, help="only the additions in this state"
    )
    listing.set_defaults(handler=run_additions)
    promote = actions.add_parser("promote", help="use a server's approved addition in every server (owners)")
    promote.add_argument("id", type=snowflake, help="the addition's number: 12 for the #12 `hyosan content additions` lists")
    promote.set_defaults(handler=run_promote, scope="everyone")
    unpromote = actions.add_parser("unpromote", help="keep a promoted addition to its own server again")
    unpromote.add_argument("id", type=snowflake, help="the addition's number: 12 for the #12 `hyosan content additions` lists")
    unpromote.set_defaults(handler=run_promote, scope="guild")


def _fail(message: str) -> int:
    print(f"hyosan: {message}", file=sys.stderr)
    return 1


def _with_database(work: Callable[[Database], Awaitable[T]]) -> T:
    settings = settings_or_exit()

    async def run() -> T:
        # As `hyosan run` does: only the default folder is created; a missing one is more likely
        # a typo in HYOSAN_DB than a wish for a new database no running bot reads.
        database = await Database.open(settings.db_path, create_folder=settings.db_path == DEFAULT_DB_PATH)
        try:
            return await work(database)
        finally:
            await database.close()

    try:
        return asyncio.run(run())
    except MigrationError as exc:
        raise SystemExit(f"hyosan: {exc}: the database is left as it was before that migration") from None


def run_import(args: argparse.Namespace) -> int:
    from bot.lore import packs
    from bot.lore.content import ContentError
    from bot.showstore import load_show

    async def work(database: Database) -> packs.Imported:
        return await packs.import_pack(database, SystemClock(), args.file, await load_show(database))

    try:
        done = _with_database(work)
    except FileRefused as exc:
        return _fail(exc.message)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return _fail(f"{args.file} has {count_of(len(exc.problems), 'problem')}; nothing was imported")
    except (DatabaseOpenError, StorageError) as exc:
        return _fail(getattr(exc, "message", str(exc)))
    if done.unchanged:
        print(f"content pack version {done.version} is that pack already and is in use ({done.summary})")
        return 0
    before = f"version {done.replaced}" if done.replaced else "the bundled pack"
    print(
        f"imported content pack version {done.version} ({done.summary}); it replaces {before}. A running bot "
        "switches to it within seconds; `hyosan content rollback` goes back."
    )
    return 0


def run_versions(args: argparse.Namespace) -> int:
    from bot.lore import packs

    try:
        known = _with_database(packs.versions)
    except (DatabaseOpenError, StorageError) as exc:
        return _fail(getattr(exc, "message", str(exc)))
    in_use = next((v.version for v in known if v.active), None)
    print(f"in use: {'version ' + str(in_use) if in_use else 'the bundled pack'}")
    for v in known:
        mark = "*" if v.active else " "
        print(f"{mark} {v.version}  {v.imported_at:%Y-%m-%d %H:%M} UTC  {v.summary}  (from {v.origin})")
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    from bot.lore import packs

    async def work(database: Database) -> tuple[int | None, int | None]:
        return await packs.rollback(database, SystemClock(), None if args.to is None else (args.to or None))

    try:
        before, now = _with_database(work)
    except packs.RollbackError as exc:
        return _fail(str(exc))
    except (DatabaseOpenError, StorageError) as exc:
        return _fail(getattr(exc, "message", str(exc)))
    print(f"now using {_named(now)} (was {_named(before)}); a running bot switches within seconds")
    return 0


def _named(version: int | None) -> str:
    return "the bundled pack" if version is None else f"version {version}"


def run_additions(args: argparse.Namespace) -> int:
    from bot.lore import review

    async def work(database: Database) -> list[Any]:
        return await review.listed(database, guild_id=args.guild, state=args.state)

    try:
        found = _with_database(work)
    except (DatabaseOpenError, StorageError) as exc:
        return _fail(getattr(exc, "message", str(exc)))
    if not found:
        print("no additions")
    for a in found:
        what = a.fields.get("text") or a.fields.get("name") or a.fields.get("question") or ""
        by = f" by {a.reviewed_by}" if a.reviewed_by else ""
        note = f" ({a.review_note})" if a.review_note else ""
        promoted = f" since {a.promoted_at:%Y-%m-%d}" if a.promoted_at else ""
        print(f"#{a.id}  server {a.guild_id}  {a.kind}  {a.spoils}  {a.state}{by}{note}  for {a.scope}{promoted}  {what[:70]}")
    return 0


def run_promote(args: argparse.Namespace) -> int:
    from bot.lore import review

    async def work(database: Database) -> bool:
        return await review.promote(database, SystemClock(), args.id, args.scope)

    try:
        changed = _with_database(work)
    except (DatabaseOpenError, StorageError) as exc:
        return _fail(getattr(exc, "message", str(exc)))
    if not changed:
        return _fail(f"addition #{args.id} is not an approved addition that could be {'promoted' if args.scope == 'everyone' else 'kept to its server'}")
    where = "every server" if args.scope == "everyone" else "its own server only"
    print(f"addition #{args.id} is used in {where} now; a running bot picks it up within seconds")
    return 0
