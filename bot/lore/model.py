"""The lore domain's stored types: moderators' additions to the content and content pack versions.

(The content pack's own types are bot/lore/content/model.py.) db/lore maps its rows onto these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

from bot.show import Position

AdditionKind = Literal["event", "death", "character", "question"]
ADDITION_KINDS: tuple[AdditionKind, ...] = get_args(AdditionKind)
AdditionState = Literal["pending", "approved", "rejected"]
#: 'guild': used in the server that added it; 'everyone': promoted by the bot's owners to every server.
AdditionScope = Literal["guild", "everyone"]


@dataclass(frozen=True)
class Addition:
    """What a server's moderators added about an episode: an event, a death or turn, a character or
    a trivia question, the position it spoils and the source it comes from. `fields` holds the
    kind's own values (bot/lore/additions.py says which)."""

    id: int
    guild_id: int
    kind: AdditionKind
    spoils: Position
    source_url: str
    fields: Mapping[str, str] = field(hash=False)
    state: AdditionState = "pending"
    scope: AdditionScope = "guild"
    submitted_by: int = 0
    submitted_at: dt.datetime | None = None
    reviewed_by: int | None = None
    reviewed_at: dt.datetime | None = None
    review_note: str | None = None
    promoted_at: dt.datetime | None = None


@dataclass(frozen=True)
class PackVersion:
    """A content pack imported with `hyosan content import` (the bundle itself is read apart)."""

    version: int
    digest: str
    summary: str
    origin: str
    imported_at: dt.datetime
    active: bool
