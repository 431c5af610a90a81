"""Content pack versions: importing a new pack into a running bot, and rolling back.

`hyosan content import FILE` reads FILE (a whole pack in one YAML file: one mapping with the keys
sources, show, people, characters, episodes, facts and claims, as the seven files of bot/content
hold them; or a folder of those seven files) through the CLI's one file reader (bot/files.py),
validates it against the show as the bot knows it (season 1 and the episodes learned since), and
only then stores it as a new version and makes it the active one, in one transaction that also
notes a change. The running bot watches that note (bot/lore/library.py) and swaps to the new
version at once; the old versions stay, so `hyosan content rollback` makes the previous one (or the
bundled pack) active again the same way.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from pathlib import Path

from bot.clock import Clock
from bot.files import FileRefused, in_a_daemon_thread, is_folder, read_text_file
from bot.lore.content import ContentError, ContentPack, load_bundle, load_pack
from bot.lore.content.schema import FILES, OPTIONAL_FILES
from bot.lore.model import PackVersion
from bot.show import ShowShape
from bot.text import count_of
from db.connection import Database
from db.lore import packs as packs_db

#: A pack is a few hundred kilobytes; four megabytes leaves room for every season to come.
PACK_LIMIT = 4_000_000


def read_pack_text(path: Path) -> str:
    """The pack at `path` as one file's text: the file itself, or a folder's files joined (each a
    mapping with its own key, so joined they are one mapping; an optional file may be absent).
    FileRefused when unreadable."""
    if is_folder(path):
        parts = [
            read_text_file(path / name, limit=PACK_LIMIT).rstrip("\n") + "\n"
            for name in FILES
            if name not in OPTIONAL_FILES or (path / name).exists()
        ]
        text = "\n".join(parts)
        if len(text.encode("utf-8")) > PACK_LIMIT:
            raise FileRefused(f"{path}: the pack's files are over the limit of {PACK_LIMIT // 1_000_000} MB together")
        return text
    return read_text_file(path, limit=PACK_LIMIT)


def check_pack_text(text: str, origin: str, shape: ShowShape, folder: Path | None = None) -> ContentPack:
    """The pack, validated (a folder first file by file, for its own line numbers); ContentError
    lists every problem."""
    if folder is not None:
        load_pack(folder, shape, check_tags=True)
    # The folder's texts, tags and all, are the bundle's: its tags are not read a second time (0.8 CPU-s).
    return load_bundle(text, origin, shape, check_tags=folder is None)


def check_read_pack(text: str, path: Path, shape: ShowShape) -> ContentPack:
    """The pack read from `path`, validated (blocking: run it in a thread)."""
    return check_pack_text(text, str(path), shape, path if is_folder(path) else None)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def summarize(pack: ContentPack) -> str:
    return (
        f"{count_of(len(pack.people), 'person', 'people')}, {count_of(len(pack.characters), 'character')}, "
        f"{count_of(len(pack.episodes), 'episode')}, {count_of(len(pack.facts), 'fact')}, "
        f"{count_of(len(pack.claims), 'claim')}, {count_of(len(pack.sources), 'source')}"
    )


@dataclass(frozen=True)
class Imported:
    version: int
    summary: str
    replaced: int | None  # the version that was active before (None: the bundled pack)
    unchanged: bool  # the same pack was active already


async def import_pack(database: Database, clock: Clock, path: Path, shape: ShowShape) -> Imported:
    """Validate the pack at `path` and make it the active version (FileRefused, ContentError)."""
    # Read on a daemon thread: a pipe that stalls must not keep a Ctrl-C'd import from exiting.
    text = await in_a_daemon_thread(lambda: read_pack_text(path))
    pack = await asyncio.to_thread(check_read_pack, text, path, shape)
    summary = summarize(pack)
    fingerprint = digest(text)
    now = clock.now()
    async with database.transaction() as conn:
        current = await packs_db.active(conn)
        before = current[0].version if current else None
        if current is not None and current[0].digest == fingerprint:
            return Imported(current[0].version, summary, before, True)
        version = await packs_db.insert_version(
            conn, digest=fingerprint, bundle=text, summary=summary, origin=str(path), now=now
        )
        await packs_db.activate(conn, version)
        await packs_db.note_change(conn, f"content pack version {version} imported", now)
    return Imported(version, summary, before, False)


class RollbackError(ValueError):
    """There is nothing to roll back to, or no such version."""


async def rollback(database: Database, clock: Clock, to: int | None = None) -> tuple[int | None, int | None]:
    """Make version `to` (default: the one before the active one; the bundled pack before the
    first) active again. Returns (the version active before, the one active now; None = bundled)."""
    now = clock.now()
    async with database.transaction() as conn:
        known = await packs_db.versions(conn)
        current = next((v.version for v in known if v.active), None)
        if to is None:
            if current is None:
                raise RollbackError("the bundled pack is in use already: there is nothing to roll back")
            older = [v.version for v in known if v.version < current]
            target = older[-1] if older else None
        else:
            if to not in {v.version for v in known}:
                raise RollbackError(f"there is no content pack version {to} (see `hyosan content versions`)")
            target = to
        await packs_db.activate(conn, target)
        await packs_db.note_change(conn, f"content pack rolled back to {target or 'the bundled pack'}", now)
    return current, target


async def versions(database: Database) -> list[PackVersion]:
    async with database.read() as conn:
        return await packs_db.versions(conn)


async def active_text(database: Database) -> tuple[PackVersion, str] | None:
    async with database.read() as conn:
        return await packs_db.active(conn)


__all__ = ["ContentError", "FileRefused", "Imported", "RollbackError", "import_pack", "rollback"]
