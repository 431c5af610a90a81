"""The content each server sees, and the one hook for everything built from it.

`ContentLibrary` (the bot's `Hyosan.content`) holds the base pack (the active version imported with
`hyosan content import`, else the bundled one) and the approved additions: those the bot's owners
promoted to every server, and each server's own. `for_guild(guild_id)` gives that server's
`GuildContent`: the base pack with the promoted additions and the server's own applied
(bot/lore/additions.py), its trivia questions, and a version key. Servers without additions of
their own, and direct messages (`None`), share one view. Views are immutable snapshots: a swap
builds new ones, so a reader holds either the old content or the new, never half of each.

What is built from a server's content is derived from its view, once per content version, in a
worker thread: `await content.derive(name, build)` (or `content.derived(name)` for what is built
already). That is the hook for every consumer that must see the server's additions at once:
- the /ask engine: `await library.engine_for(guild_id)` (`engine_factory` builds it: the default is
  `AnswerEngine.build(pack, season2=..., show=...)`; an engine rewrite plugs in here);
- the spoiler lexicon, as what a text gives away read as Discord shows it (bot.spoilers.read_as_shown
  over the server's lexicon): `await library.reads_for(guild_id)`;
- cards use the engine's `knowledge`; trivia reads `for_guild(guild_id).questions`.

Changes: an approval in this process calls `refresh_guild` (the server sees it at once, no
restart); the CLI (an import, a rollback, a promotion) writes a row in content_changes, which
`refresh` (the scheduler's `content-watch`, every few seconds) picks up. A new base pack is
validated against the live show before it replaces the old one; if it fails, the old one stays
and the failure is logged once. Listeners (`on_swap`) hear of a new base pack (season 2 seeds its
claims, trivia regenerates its questions).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from bot.lore.additions import addition_questions, apply_additions, names_newcomers, newcomer_reader
from bot.lore.answer import AnswerEngine
from bot.lore.content import ContentError, ContentPack, bundled_pack, load_bundle
from bot.lore.lexicon import Lexicon, lexicon_of
from bot.lore.lexicon_seasons import as_listed
from bot.lore.model import Addition
from bot.season2.current import CurrentStatus
from bot.show import ShowShape
from bot.spoilers import Reads, read_as_shown
from bot.trivia.model import Question
from db.connection import Database
from db.lore import additions as additions_db
from db.lore import packs as packs_db

log = logging.getLogger(__name__)
T = TypeVar("T")
EngineFactory = Callable[[ContentPack, ShowShape, CurrentStatus], AnswerEngine]
Listener = Callable[[ContentPack], Awaitable[None]]
ENGINE = "engine"
LEXICON = "lexicon"
SHOWN = "lexicon read as shown"
NEWCOMERS = "newcomers named"


def default_engine(pack: ContentPack, show: ShowShape, season2: CurrentStatus) -> AnswerEngine:
    return AnswerEngine.build(pack, season2=season2, show=show)


class GuildContent:
    """One server's content: the pack as that server sees it, its additions and trivia questions."""

    def __init__(self, guild_id: int | None, version: str, pack: ContentPack, additions: Sequence[Addition]) -> None:
        self.guild_id = guild_id
        self.version = version
        self.pack = pack
        self.additions = tuple(additions)
        self.questions: tuple[Question, ...] = addition_questions(self.additions)
        self._derived: dict[str, Any] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    def derived(self, name: str) -> Any | None:
        """What `derive(name, ...)` built for this content, or None when nothing is built yet."""
        return self._derived.get(name)

    async def derive(self, name: str, build: Callable[[GuildContent], T]) -> T:
        """Build something from this content once (in a worker thread) and keep it with it."""
        if name in self._derived:
            found: T = self._derived[name]
            return found
        lock = self._locks.setdefault(name, asyncio.Lock())
        async with lock:
            if name not in self._derived:
                self._derived[name] = await asyncio.to_thread(build, self)
            made: T = self._derived[name]
            return made


class ContentLibrary:
    def __init__(
        self,
        db: Database,
        show: ShowShape,
        base: ContentPack,
        *,
        season2: CurrentStatus,
        engine_factory: EngineFactory = default_engine,
    ) -> None:
        self.db = db
        self.show = show
        self.season2 = season2  # the bot's one status, on its injected clock: /ask reads "out now" from it
        self.engine_factory = engine_factory
        self._base = base
        self._base_version: int | None = None
        self._failed: tuple[int | None] | None = None  # the version that failed to load, kept out
        self._additions: tuple[Addition, ...] = ()
        self._views: dict[int | None, GuildContent] = {}
        self._seen_change = -1
        self._listeners: list[Listener] = []
        self._refreshing = asyncio.Lock()

    @classmethod
    async def open(
        cls, db: Database, show: ShowShape, *, season2: CurrentStatus,
        engine_factory: EngineFactory = default_engine,
    ) -> ContentLibrary:
        """The library as stored: the active pack version (else the bundled pack) and the approved additions."""
        library = cls(db, show, await asyncio.to_thread(bundled_pack), season2=season2,
                      engine_factory=engine_factory)
        await library.refresh()
        return library

    # ---------------------------------------------------------------- reading

    @property
    def base(self) -> ContentPack:
        """The pack every server starts from (the active version, else the bundled one)."""
        return self._base

    @property
    def base_version(self) -> int | None:
        """The active imported version; None for the bundled pack."""
        return self._base_version

    def for_guild(self, guild_id: int | None) -> GuildContent:
        """The content a server (None: direct messages) sees now."""
        own = [a for a in self._additions if a.scope == "guild" and guild_id is not None and a.guild_id == guild_id]
        key = guild_id if own else None
        view = self._views.get(key)
        if view is None:
            shared = [a for a in self._additions if a.scope == "everyone"]
            applied = [*shared, *own]
            version = f"{self._base_version or 'bundled'}+{len(shared)}+{len(own)}"
            view = GuildContent(key, version, apply_additions(self._base, applied), applied)
            self._views[key] = view
        return view

    async def engine_for(self, guild_id: int | None) -> AnswerEngine:
        """The /ask engine over a server's content (built once per content version)."""
        return await self.for_guild(guild_id).derive(
            ENGINE, lambda content: self.engine_factory(content.pack, self.show, self.season2)
        )

    async def reads_for(self, guild_id: int | None, *, listed: bool = True) -> Reads:
        """What a text gives away in a server, read as Discord shows it (a slug or a look-alike
        letter hides nothing); one reader per content version, which remembers what it has read.
        `listed=False` leaves a season told without its episode whole (the review, which weighs it
        against the episode a moderator declares)."""
        content = self.for_guild(guild_id)
        lexicon = await content.derive(LEXICON, lambda c: lexicon_of(c.pack))
        shown: Reads = await content.derive(SHOWN, lambda _: read_as_shown(lexicon.position))
        newcomers = await content.derive(NEWCOMERS, lambda c: newcomer_reader(c.pack) if names_newcomers(c.pack) else None)
        show = self.show
        # and the titles TVmaze lists, which the pack does not know: each spoils its episode; and the
        # newcomers a server's moderators added, each named only from the episode that shows them
        # a season named without its episode spoils it to its last episode listed (lexicon_seasons)
        if newcomers is None:  # content that names no newcomer: no reader of them, which would read NOTHING
            if not listed:
                return lambda text: max(shown(text), show.title_spoils(text))
            return lambda text: max(as_listed(shown(text), show), show.title_spoils(text))
        if not listed:
            return lambda text: max(shown(text), show.title_spoils(text), newcomers(text))
        return lambda text: max(as_listed(shown(text), show), show.title_spoils(text), newcomers(text))

    def gender_of(self, name: str) -> str:
        """"he" or "she" of the character a name stands for, as the shared content's lexicon reads it (the guard's
        memory of a channel, bot/lore/guard_recent.py); "" until that lexicon is built, and for a name it does not
        know: nothing assumed."""
        lexicon = self.for_guild(None).derived(LEXICON)
        return lexicon.gender_of(name) if isinstance(lexicon, Lexicon) else ""

    def on_swap(self, listener: Listener) -> None:
        """Call `listener(new base pack)` after every swap of the base pack."""
        self._listeners.append(listener)

    # ---------------------------------------------------------------- changes

    async def refresh(self) -> bool:
        """Pick up what changed in the database since the last look (the CLI's imports,
        rollbacks and promotions; reviews made elsewhere). Returns whether anything changed."""
        async with self._refreshing:
            async with self.db.read() as conn:
                change = await packs_db.last_change(conn)
                if change == self._seen_change:
                    return False
                active = await packs_db.active(conn)
                approved = await additions_db.approved(conn)
            self._seen_change = change
            swapped = await self._use_base(active)
            self._additions = tuple(approved)
            self._views = {}
        if swapped:
            for listener in list(self._listeners):
                try:
                    await listener(self._base)
                except Exception:
                    log.exception("a listener of the content pack swap failed")
        return True

    async def refresh_guild(self, guild_id: int) -> GuildContent:
        """After a review in this process: the server's view again, at once."""
        async with self._refreshing:
            async with self.db.read() as conn:
                approved = await additions_db.approved(conn)
            self._additions = tuple(approved)
            self._views = {k: v for k, v in self._views.items() if k is not None and k != guild_id}
        return self.for_guild(guild_id)

    async def watch(self) -> None:
        """The scheduler's job: `refresh`, logging what it did. After a change, the shared engine and
        spoiler reader are built here, as at startup (cogs/lore/commands.py), not by the first
        question: that one would wait for them before its reply, and Discord gives it 3 s."""
        if await self.refresh():
            log.info("content: now pack %s with %d approved additions", self._base_version or "bundled", len(self._additions))
            await self.engine_for(None)
            await self.reads_for(None)

    async def _use_base(self, active: tuple[Any, str] | None) -> bool:
        """Swap the base pack to the active version (validated first); whether it changed."""
        version = None if active is None else int(active[0].version)
        if version == self._base_version or (self._failed is not None and (version,) == self._failed):
            return False
        if active is None:
            self._base = await asyncio.to_thread(bundled_pack)
        else:
            try:
                pack = await asyncio.to_thread(load_bundle, active[1], f"content pack version {version}", self.show)
            except ContentError as exc:
                self._failed = (version,)
                log.error("content pack version %s can't be used (kept %s): %s", version,
                          self._base_version or "the bundled pack", str(exc).splitlines()[0])
                return False
            self._base = pack
        self._failed = None
        self._base_version = version
        log.info("content: the base pack is now %s", f"version {version}" if version else "the bundled pack")
        return True
