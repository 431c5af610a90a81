"""The spoiler guard: a member's message read against its channel's mark (plain Python).

Moderators turn the guard on per channel, thread or forum (/spoilers guard:on). A thread without a
setting of its own follows its channel's (a forum post its forum's), as it reads its channel's mark
(bot.lore.progress.get_reading_mark). A message is read, as Discord shows it before a click (what is
inside spoiler bars is hidden already), with the server's spoiler lexicon, the reader every
renderer uses (bot.lore.library.ContentLibrary.reads_for); what it gives away past the mark is a
`Spoiled` for the cog (cogs/lore/guard.py) to take out of sight.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.lore.guard_answers import emoji_only, read_with_question, tears_beside_bars
from bot.lore.guard_openings import own_thing_dropped
from bot.lore.guard_questions import asked_in
from bot.lore.guard_shared import pet_apart, shared_with_pet
from bot.show import NOTHING, Position
from bot.spoilers import Reads, is_safe
from bot.text import outside_spoilers
from db import Database
from db.lore import guard as guard_db


@dataclass(frozen=True)
class Spoiled:
    """A message that gives away `spoils` in the clear where the mark allows `mark`; `answering`: only as
    the answer to the question it replies to, quotes or asks (its words alone give less away)."""

    spoils: Position
    mark: Position
    answering: bool = False


def judge(text: str, mark: Position | None, reads: Reads, *, replying_to: str = "") -> Spoiled | None:
    """Whether `text`, as shown, spoils past `mark` (None: unmarked, nothing allowed), read with the
    question it answers: `replying_to` (the text of the message it replies to, "" when none or lost),
    the lines it quotes or the question it asks first."""
    shown = outside_spoilers(text)
    if not shown.strip():
        return None
    # (the writer's battery dead before a question, "죽었어 폰 배터리 ㅠㅠ 청산이 어떻게 돼?"; a pet's death and the show's one
    # only named, "kucingku gwinam mati 😭 di series juga ada gwinam": the lexicon reads them apart)
    alone = spoils = reads(own_thing_dropped(shown) or pet_apart(shown) or shown)
    if (shared := shared_with_pet(shown)) is not None:  # "kucingku gwinam mati 😭 di series juga mati": the show's one too
        alone = spoils = max(spoils, reads(shared))
    # the answer its writer put in bars ("||yes he does|| 😭"): the emoji left in the clear react to it, answer nothing,
    # unless they tell a fate asked its sad end as they would alone
    hid = shown.strip() != text.strip() and emoji_only(shown) and not tears_beside_bars(replying_to, text)
    asked = [(replying_to, shown)] if replying_to.strip() and not hid else []
    for question, answer in [*asked, *filter(None, [asked_in(shown)])]:
        spoils = max(spoils, read_with_question(question, answer, reads, mark or NOTHING))
    allowed = mark or NOTHING
    return None if is_safe(spoils, allowed) else Spoiled(spoils, allowed, answering=spoils > alone)


async def guarded_here(db: Database, channel_id: int, parent_id: int | None) -> bool:
    """Whether the guard reaches this channel or thread (its own setting, else its channel's), for
    /help to say so beside the mark."""
    async with db.read() as conn:
        settings, _, _ = await guard_db.all_guards(conn)
    return _guarding(settings, channel_id, parent_id) is not None


def _guarding(settings: dict[int, bool], channel_id: int, parent_id: int | None) -> int | None:
    """The channel whose setting guards `channel_id`: its own (even off), else its channel's; None: not guarded."""
    own = settings.get(channel_id)
    if own is not None or parent_id is None:
        return channel_id if own else None
    return parent_id if settings.get(parent_id) else None


class GuardStore:
    """The guard's settings with a write-through cache, read once: every member's message in every
    channel asks it, so it never waits on the database. Every write in this process goes through it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._own: dict[int, bool] | None = None
        self._lacking: set[int] = set()  # where the bot was found unable to delete, told or not
        self._untold: set[int] = set()  # the servers with such a channel no moderator was told of

    async def _settings(self) -> dict[int, bool]:
        if self._own is None:
            async with self.db.read() as conn:
                self._own, self._lacking, self._untold = await guard_db.all_guards(conn)
        return self._own

    async def own(self, channel_id: int) -> bool | None:
        """The channel's or thread's own setting (None: none; a thread then follows its channel)."""
        return (await self._settings()).get(channel_id)

    async def source(self, channel_id: int, parent_id: int | None) -> int | None:
        """The channel whose setting guards `channel_id` (itself, or the channel a thread follows),
        None when it is not guarded."""
        return _guarding(await self._settings(), channel_id, parent_id)

    async def set(self, guild_id: int, channel_id: int, guarded: bool) -> None:
        async with self.db.transaction() as conn:
            await guard_db.set_guard(conn, guild_id, channel_id, guarded)
        (await self._settings())[channel_id] = guarded

    async def follow(self, channel_id: int) -> None:
        """A thread's own setting taken away (/spoilers clear in a thread): its channel's again."""
        async with self.db.transaction() as conn:
            await guard_db.clear_guard(conn, channel_id)
        (await self._settings()).pop(channel_id, None)

    async def lacking(self, guild_id: int, source_id: int) -> None:
        """The bot may not delete messages where `source_id`'s guard reaches: a moderator is told once."""
        if source_id in self._lacking:
            return
        async with self.db.transaction() as conn:
            await guard_db.note_lacking(conn, source_id)
        self._lacking.add(source_id)
        self._untold.add(guild_id)

    async def deletes_again(self, source_id: int) -> None:
        """It may again: a later loss is told again."""
        if source_id not in self._lacking:
            return
        async with self.db.transaction() as conn:
            await guard_db.clear_lacking(conn, source_id)
        self._lacking.discard(source_id)

    async def untold(self, guild_id: int) -> list[int]:
        """The server's guarded channels where the bot may not delete that no moderator was told of, now told."""
        await self._settings()
        if guild_id not in self._untold:
            return []  # asked after every /spoilers: no write when nothing is waiting
        async with self.db.transaction() as conn:
            told = await guard_db.take_untold(conn, guild_id)
        self._untold.discard(guild_id)
        return told

    async def forget_server(self, guild_id: int) -> None:
        async with self.db.transaction() as conn:
            cleared = await guard_db.clear_guild_guards(conn, guild_id)
        for channel_id in cleared:
            (await self._settings()).pop(channel_id, None)
            self._lacking.discard(channel_id)
        self._untold.discard(guild_id)
