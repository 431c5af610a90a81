"""Shared by the lore tests."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import AsyncIterator

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.lore.names import NameResolver
from bot.season2.current import CurrentStatus
from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.show import Position, ShowShape

#: A reader's ||spoiler bar||, which a reader sees nothing of until they click it.
SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


@functools.cache
def bundled_engine() -> AnswerEngine:
    """An answer engine on the bundled pack alone (no index, no season-2 status), built once for the whole run."""
    return AnswerEngine(bundled_pack(), index=None)


def said_in_the_clear(question: str, watched: int = 12) -> str:
    """What a reader who has watched `watched` episodes of season 1 sees of the answer without clicking a spoiler bar."""
    return SPOILER_SPAN.sub("", render_text(bundled_engine().answer(question), Position.legacy(watched))[0])


@functools.cache
def bundled_resolver() -> NameResolver:
    """The resolver for the bundled pack, built once for the whole run."""
    return NameResolver.from_pack(bundled_pack())


@contextlib.asynccontextmanager
async def engine_reading(current: CurrentStatus, show: ShowShape | None = None) -> AsyncIterator[AnswerEngine]:
    """An answer engine on the bundled pack that reads `current` (the one season-2 status the bot keeps), closed after."""
    built = await AnswerEngine.create(bundled_pack(), bundled_resolver(), season2=current, show=show)
    try:
        yield built
    finally:
        built.close()


def netflix_release(release_at: dt.datetime, day: dt.date) -> Claim:
    """Netflix's release date as a moderator reports it on `day` (`/season2set report`, official)."""
    return Claim(id="mod:release", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=day, confidence=Confidence.OFFICIAL,
                 source=Source("Netflix Tudum", "Season 2 date", "https://example.org/tudum", day),
                 text=f"Season 2 premieres {release_at.day} {release_at:%B %Y}", release_at=release_at, origin="moderator")
