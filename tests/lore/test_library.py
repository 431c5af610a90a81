"""The content each server sees (bot/lore/library.py): the base pack with the additions promoted to
everyone and the server's own; views shared where nothing differs; promotions and new pack versions
picked up by `refresh`; a broken stored version kept out."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import ManualClock, SystemClock
from bot.lore import review
from bot.lore.additions import AdditionError
from bot.lore.content import ContentPack
from bot.lore.library import ContentLibrary
from bot.season2.current import CurrentStatus
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
    show.add_episodes(2, [EpisodeInfo(2, n, None, NOW + dt.timedelta(days=n - 2)) for n in range(1, 9)])  # S2E1 out
    return show


async def approved_death(db: Database, library: ContentLibrary) -> int:
    queue = review.ReviewQueue(db, ManualClock(NOW), library)
    added = await queue.submit(GUILD, 1, "death", DEATH)
    await queue.approve(GUILD, added.id, 2)
    return added.id


async def test_servers_without_additions_and_direct_messages_share_one_view(db: Database) -> None:
    library = await ContentLibrary.open(db, shape(), season2=CurrentStatus(clock=SystemClock()))
    assert library.for_guild(GUILD) is library.for_guild(OTHER) is library.for_guild(None)
    await approved_death(db, library)
    mine, theirs = library.for_guild(GUILD), library.for_guild(OTHER)
    assert mine is not theirs and theirs is library.for_guild(None)
    assert mine.pack.characters["han-du-seok"].fate is not None
    assert theirs.pack.characters["han-du-seok"].fate is None


async def test_a_promotion_reaches_every_server_on_refresh(db: Database) -> None:
    library = await ContentLibrary.open(db, shape(), season2=CurrentStatus(clock=SystemClock()))
    addition = await approved_death(db, library)
    assert await review.promote(db, ManualClock(NOW), addition)
    assert not await review.promote(db, ManualClock(NOW), addition), "once"
    assert await library.refresh()
    for guild in (OTHER, None):
        fate = library.for_guild(guild).pack.characters["han-du-seok"].fate
        assert fate is not None and fate.text == "Du-seok falls at the gate."
    assert not await library.refresh(), "nothing new"


async def test_what_is_derived_is_built_once_per_content_version(db: Database) -> None:
    library = await ContentLibrary.open(db, shape(), season2=CurrentStatus(clock=SystemClock()))
    built: list[str] = []

    def summary(content: object) -> str:
        built.append("x")
        return "summary"

    view = library.for_guild(GUILD)
    assert await view.derive("summary", summary) == await view.derive("summary", summary) == "summary"
    assert built == ["x"] and view.derived("summary") == "summary"
    await approved_death(db, library)
    assert library.for_guild(GUILD).derived("summary") is None, "a new version derives afresh"


async def test_a_stored_version_that_does_not_load_is_kept_out(db: Database) -> None:
    library = await ContentLibrary.open(db, shape(), season2=CurrentStatus(clock=SystemClock()))
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
    library = await ContentLibrary.open(db, shape(), season2=CurrentStatus(clock=SystemClock()))
    async with db.transaction() as conn:
        await additions_db.insert_addition(
            conn, guild_id=GUILD, kind="death", spoils=shape().positions()[-1], source_url="https://a-news.com/x",
            fields={"character_id": "gone-character", "death_kind": "dies", "text": "x", "character": "Gone"},
            submitted_by=1, now=NOW,
        )
        await additions_db.review(conn, 1, "approved", by=2, now=NOW)
    await library.refresh_guild(GUILD)
    assert "gone-character" not in library.for_guild(GUILD).pack.characters


async def test_an_addition_is_refused_when_its_words_give_away_a_later_episode_than_it_says(db: Database) -> None:
    library = await ContentLibrary.open(db, shape(), season2=CurrentStatus(clock=SystemClock()))
    queue = review.ReviewQueue(db, ManualClock(NOW), library)
    source = {"source": "https://www.netflix.com/tudum/x"}
    early = (
        ("event", {"text": "Cheong-san dies leading the horde away.", "spoils": "S1E2"}),
        ("event", {"text": "Cheong-san d\u0456es, and Nam-ra becomes a h\u200balfbie.", "spoils": "S1E1"}),  # look-alike, zero-width (a bare "1" is asked again: season 2 is out here)
        ("character", {"name": "Min-ji", "summary": "On-jo's friend, the one who survives with Su-hyeok.", "spoils": "S1E3"}),
        ("question", {"question": "Who bites Nam-ra?", "answer": "Gwi-nam bites Nam-ra", "wrong": "Su-hyeok; On-jo", "spoils": "S1E4"}),
    )
    for kind, values in early:
        with pytest.raises(AdditionError, match="Episode it spoils: what you wrote gives away S1E"):
            await queue.submit(GUILD, 1, kind, {**values, **source})  # type: ignore[arg-type]
    added = await queue.submit(GUILD, 1, "event", {"text": "Cheong-san dies leading the horde away.", "spoils": "S1E11", **source})
    assert added.spoils.code and str(added.spoils) == "S1E11"
    with pytest.raises(AdditionError, match="later than S1E2"):
        await queue.edit(GUILD, added.id, {"text": "Cheong-san dies leading the horde away.", "spoils": "S1E2", **source})
    plain = await queue.submit(GUILD, 1, "event", {"text": "The school goes into lockdown.", "spoils": "S1E1", **source})
    assert str(plain.spoils) == "S1E1"
    # a newcomer's fate with no season or episode words gives away some episode of their season: the one declared
    newcomer = ("Du-seok holds the gym doors shut so the others can run, and dies there.", None)
    for text, refused in (newcomer, ("Du-seok dies in season 2 holding the gym doors.", "names season 2 without an episode"),
                          ("Du-seok dies in S2E8 holding the gym doors.", "gives away S2E8")):
        if refused:
            with pytest.raises(AdditionError, match=refused):
                await queue.submit(GUILD, 1, "death", {**DEATH, "text": text})
        else:
            assert str((await queue.submit(GUILD, 1, "death", {**DEATH, "text": text})).spoils) == "S2E1"
