"""The review queue of moderators' additions: submit, edit, approve, reject; and the owners' promotion.

A server's moderators submit additions (`submit`: checked by bot/lore/additions.py against that
server's content, so a death names a character the server's lore knows); they wait as 'pending'
until a moderator approves, edits or rejects them. An approval makes the server's content include
it at once (`ContentLibrary.refresh_guild`, then the server's /ask engine is built again before the
approval is answered). The bot's owners promote an approved addition to every server from the CLI
(`promote`), which notes a change the running bot picks up.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.errors import UserError
from bot.lore.model import Addition, AdditionKind, AdditionScope
from bot.show import Position
from db.connection import Database
from db.lore import additions as additions_db
from db.lore import packs as packs_db

if TYPE_CHECKING:
    from bot.lore.additions import Draft
    from bot.lore.library import ContentLibrary


class ReviewError(UserError):
    """An addition that can't be reviewed (another server's, reviewed already, unknown)."""


class ReviewQueue:
    def __init__(self, db: Database, clock: Clock, library: ContentLibrary) -> None:
        self.db = db
        self.clock = clock
        self.library = library

    async def _prepare(self, guild_id: int, kind: AdditionKind, values: Mapping[str, str]) -> Draft:
        """`prepare`, and the episode it spoils no earlier than what its words give away (read by
        the server's spoiler lexicon, as Discord shows them): the lore shows an addition in the
        clear from that episode on, so a mistyped episode must not show a later death early."""
        # The lore is imported where it is read: `hyosan content additions` and `promote` use only
        # this module's database functions, and need not pay for importing the lore.
        from bot.lore.additions import AdditionError, prepare
        from bot.lore.lexicon_seasons import WHOLE, later_episodes

        engine = await self.library.engine_for(guild_id)
        draft = prepare(kind, values, resolver=engine.resolver, shape=self.library.show, now=self.clock.now())
        reads = await self.library.reads_for(guild_id)
        whole = await self.library.reads_for(guild_id, listed=False)
        texts = [text for key, text in draft.fields.items() if not key.endswith(("_id", "_ids"))]
        mentioned = [e for text in texts for m in engine.resolver.mentions(text, fuzzy=False) if not m.ambiguous
                     for e in m.candidates]
        newcomers = [(engine.pack.introduced(e.kind, e.id), e.name) for e in mentioned]
        # the seasons first showing those named whom season 1 does not have (the lexicon's newcomers)
        seasons = {min(c.seasons) for e in mentioned if e.kind == "character"
                   and (c := engine.pack.characters.get(e.id)) is not None and c.seasons and 1 not in c.seasons}
        # A newcomer's fate told with no season or episode words ("Du-seok ... dies there") gives away some
        # episode of their season, which the lexicon can't tell: the one the moderator declares in it is that
        # episode, once the season lists its episodes (before, the first refusal below stands: the safe side)
        named = max((draft.spoils if reads(text).episode != WHOLE and told_in_season(text, whole(text), draft.spoils, seasons)
                     else reads(text) for text in texts), default=None)
        if named is not None and named > draft.spoils and named.episode == WHOLE:  # a season the show lists none of
            raise AdditionError(
                f"Episode it spoils: what you wrote tells an event of season {named.season} without naming its "
                f"episode, and its episodes are not listed yet. Name the episode in the text (like S{named.season}E3), "
                "or leave out what happens then."
            )
        first, who = max(newcomers, default=(draft.spoils, ""))
        if first > draft.spoils:  # a newcomer's name is theirs to give away (a wrong option on a button too)
            raise AdditionError(
                f"Episode it spoils: what you wrote names {who}, who is first shown in {first} ({first.label}), "
                f"later than {draft.spoils}. Set it to {first} or later, or leave them out."
            )
        if named is not None and named > draft.spoils and self._season_only(draft, named):
            # "Where does Nam-ra lead the halfbies in season 2?" spoiling S2E2: the season named may
            # tell any of its episodes, so it is hidden until its last; the text gives away no S2E8
            words = next(w for key, text in draft.fields.items() if not key.endswith(("_id", "_ids"))
                         for p, w in later_episodes(text) if p.season == named.season and p.episode == WHOLE)
            raise AdditionError(
                f"Episode it spoils: “{words}” names season {named.season} without an episode, so I would hide "
                f"it until the season's last episode, {named}. Name the episode instead (like “in {draft.spoils}”), "
                f"leave out “{words}”, or set it to {named}."
            )
        if named is not None and named > draft.spoils:
            raise AdditionError(
                f"Episode it spoils: what you wrote gives away {named} ({named.label}), later than {draft.spoils}. "
                f"Set it to {named} or later, or leave out what happens then."
            )
        return draft

    @staticmethod
    def _season_only(draft: Draft, named: Position) -> bool:
        """Whether the only later place the words name is their season, without an episode."""
        from bot.lore.lexicon_seasons import WHOLE, later_episodes

        said = [p for key, text in draft.fields.items() if not key.endswith(("_id", "_ids"))
                for p, _ in later_episodes(text)]
        return any(p.season == named.season and p.episode == WHOLE for p in said) \
            and all(p.episode == WHOLE or p <= draft.spoils for p in said)

    async def submit(self, guild_id: int, user_id: int, kind: AdditionKind, values: Mapping[str, str]) -> Addition:
        draft = await self._prepare(guild_id, kind, values)
        async with self.db.transaction() as conn:
            return await additions_db.insert_addition(
                conn, guild_id=guild_id, kind=draft.kind, spoils=draft.spoils, source_url=draft.source_url,
                fields=draft.fields, submitted_by=user_id, now=self.clock.now(),
            )

    async def pending(self, guild_id: int) -> list[Addition]:
        async with self.db.read() as conn:
            return await additions_db.pending(conn, guild_id)

    async def get(self, guild_id: int, addition_id: int) -> Addition:
        async with self.db.read() as conn:
            found = await additions_db.get_addition(conn, addition_id)
        if found is None or found.guild_id != guild_id:
            raise ReviewError("That addition is not in this server's queue.")
        return found

    async def pending_one(self, guild_id: int, addition_id: int) -> Addition:
        """The addition, still waiting for review (to edit); ReviewError saying who reviewed it else,
        before the moderator types anything into a form that could not be saved."""
        found = await self.get(guild_id, addition_id)
        if found.state != "pending":
            raise _reviewed_already(found, " It can't be edited now.")
        return found

    async def edit(self, guild_id: int, addition_id: int, values: Mapping[str, str]) -> Addition:
        current = await self.get(guild_id, addition_id)
        draft = await self._prepare(guild_id, current.kind, values)
        async with self.db.transaction() as conn:
            if not await additions_db.update_pending(
                conn, addition_id, spoils=draft.spoils, source_url=draft.source_url, fields=draft.fields
            ):
                raise _reviewed_already(await self.get(guild_id, addition_id), " It can't be edited now.")
        return await self.get(guild_id, addition_id)

    async def approve(self, guild_id: int, addition_id: int, by: int) -> Addition:
        await self._review(guild_id, addition_id, "approved", by, None)
        await self.library.refresh_guild(guild_id)
        await self.library.engine_for(guild_id)  # built now, so the next /ask answers with it at once
        return await self.get(guild_id, addition_id)

    async def reject(self, guild_id: int, addition_id: int, by: int, note: str | None = None) -> Addition:
        await self._review(guild_id, addition_id, "rejected", by, note)
        return await self.get(guild_id, addition_id)

    async def _review(self, guild_id: int, addition_id: int, state: str, by: int, note: str | None) -> None:
        await self.get(guild_id, addition_id)
        async with self.db.transaction() as conn:
            done = await additions_db.review(
                conn, addition_id, "approved" if state == "approved" else "rejected", by=by, now=self.clock.now(),
                note=note,
            )
        if not done:
            raise _reviewed_already(await self.get(guild_id, addition_id))


# Not the lexicon's: a text alone tells only the season; an addition also declares the episode, so it can be that one.
def told_in_season(text: str, told: Position, declared: Position, seasons_shown: AbstractSet[int]) -> bool:
    """Whether `text` (read `told`, a season told without its episode left whole) gives away only some episode of the
    `declared` episode's season, by the fate of someone that season first shows (`seasons_shown`: the seasons first
    showing those it names), in no season or episode words: the moderator's declared episode is the one it tells."""
    from bot.lore.lexicon_seasons import WHOLE, later_episodes
    from bot.lore.lexicon_words import EPISODE_REF

    return (told.episode == WHOLE and told.season == declared.season and told.season in seasons_shown
            and not later_episodes(text) and not EPISODE_REF.search(text))


def _reviewed_already(addition: Addition, more: str = "") -> ReviewError:
    """Another moderator decided first (two review cards open at once): what they decided, and who."""
    who = f" by <@{addition.reviewed_by}>" if addition.reviewed_by else ""
    return ReviewError(f"Addition #{addition.id} was {addition.state} already{who}.{more}")


async def listed(db: Database, *, guild_id: int | None = None, state: str | None = None) -> list[Addition]:
    async with db.read() as conn:
        return await additions_db.listed(conn, guild_id=guild_id, state=state)


async def promote(db: Database, clock: Clock, addition_id: int, scope: AdditionScope = "everyone") -> bool:
    """The owners' promotion of an approved addition to every server (or back to its own server);
    False when it is not approved or has that scope already. A running bot picks it up."""
    now = clock.now()
    async with db.transaction() as conn:
        changed = await additions_db.set_scope(conn, addition_id, scope, now)
        if changed:
            await packs_db.note_change(conn, f"addition {addition_id} now for {scope}", now)
    return changed
