"""The content each server sees (bot/lore/library.py): the base pack with the additions promoted to
everyone and the server's own; views shared where nothing differs; promotions and new pack versions
picked up by `refresh`; a broken stored version kept out."""

from __future__ import annotations

import datetime as dt

from bot.clock import ManualClock
from bot.lore import review
from bot.lore.content import ContentPack
from bot.lore.library import ContentLibrary
from bot.show import EpisodeInfo, ShowShape
from db import Database
from db.lore import additions as additions_db
from db.lore import packs as packs_db

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
GUILD, OTHER = 10, 20
DEATH = {"character": "Han Du-seok", "death_kind": "dies", "text": "Du-seok falls at the gate.", "spoils": "S2E1",
         "source": "https://www.netflix.com/tudum/x"}


def shape() -> ShowShape:
    show = ShowShape.season_one()
    show.add_episodes(2, [EpisodeInfo(2, 1, None, NOW - dt.timedelta(days=1))])
    return show


async def approved_death(db: Database, library: ContentLibrary) -> int:
    queue = review.ReviewQueue(db, ManualClock(NOW), library)
    added = await queue.submit(GUILD, 1, "death", DEATH)
    await queue.approve(GUILD, added.id, 2)
    return added.id


async def test_servers_without_additions_and_direct_messages_share_one_view(db: Database) -> None:
    library = await ContentLibrary.open(db, shape())
    assert library.for_guild(GUILD) is library.for_guild(OTHER) is library.for_guild(None)
    await approved_death(db, library)
    mine, theirs = library.for_guild(GUILD), library.for_guild(OTHER)
    assert mine is not theirs and theirs is library.for_guild(None)
    assert mine.pack.characters["han-du-seok"].fate is not None
    assert theirs.pack.characters["han-du-seok"].fate is None


async def test_a_promotion_reaches_every_server_on_refresh(db: Database) -> None:
    library = await ContentLibrary.open(db, shape())
    addition = await approved_death(db, library)
    assert await review.promote(db, ManualClock(NOW), addition)
    assert not await review.promote(db, ManualClock(NOW), addition), "once"
    assert await library.refresh()
    for guild in (OTHER, None):
        fate = library.for_guild(guild).pack.characters["han-du-seok"].fate
        assert fate is not None and fate.text == "Du-seok falls at the gate."
    assert not await library.refresh(), "nothing new"


async def test_what_is_derived_is_built_once_per_content_version(db: Database) -> None:
    library = await ContentLibrary.open(db, shape())
    built: list[str] = []

    def lexicon(content: object) -> str:
        built.append("x")
        return "lexicon"

    view = library.for_guild(GUILD)
    assert await view.derive("lexicon", lexicon) == await view.derive("lexicon", lexicon) == "lexicon"
    assert built == ["x"] and view.derived("lexicon") == "lexicon"
    await approved_death(db, library)
    assert library.for_guild(GUILD).derived("lexicon") is None, "a new version derives afresh"


async def test_a_stored_version_that_does_not_load_is_kept_out(db: Database) -> None:
    library = await ContentLibrary.open(db, shape())
    swaps: list[ContentPack] = []

    async def heard(pack: ContentPack) -> None:
        swaps.append(pack)

    library.on_swap(heard)
    async with db.transaction() as conn:
        version = await packs_db.insert_version(conn, digest="x", bundle="sources: []\n", summary="", origin="t", now=NOW)
        await packs_db.activate(conn, version)
        await packs_db.note_change(conn, "test", NOW)
    before = library.base
    assert await library.refresh()
    assert library.base is before and library.base_version is None and swaps == []


async def test_an_addition_that_no_longer_fits_is_left_out(db: Database) -> None:
    library = await ContentLibrary.open(db, shape())
    async with db.transaction() as conn:
        await additions_db.insert_addition(
            conn, guild_id=GUILD, kind="death", spoils=shape().positions()[-1], source_url="https://a-news.com/x",
            fields={"character_id": "gone-character", "death_kind": "dies", "text": "x", "character": "Gone"},
            submitted_by=1, now=NOW,
        )
        await additions_db.review(conn, 1, "approved", by=2, now=NOW)
    await library.refresh_guild(GUILD)
    assert "gone-character" not in library.for_guild(GUILD).pack.characters
