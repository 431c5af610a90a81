"""The Bot subclass and the factory that builds it from its dependencies."""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import aiohttp
import discord
from discord.ext import commands

from bot import __version__, re_cache
from bot.clock import Clock, SystemClock
from bot.config import Settings, SyncMode
from bot.endpoints import gateway_unreachable
from bot.housekeeping import JOB as HOUSEKEEPING_JOB
from bot.housekeeping import Housekeeping
from bot.member_data import MemberData
from bot.ownership import Ownership, OwnershipError
from bot.scheduling import Scheduler
from bot.season2.current import CurrentStatus
from bot.show import ShowShape
from bot.showstore import restore_show
from bot.tree import HyosanTree
from bot.vitals import Vitals
from db import Database, handled
from db import guilds as guilds_db
from db.failures import StorageError

if TYPE_CHECKING:
    from bot.lore.library import ContentLibrary

log = logging.getLogger(__name__)

CONTENT_WATCH_JOB = "content-watch"
CONTENT_WATCH_SECONDS = 5.0


class StartupFailure(RuntimeError):
    """The bot cannot start for a reason the operator must fix; its message is one line."""


def sync_refused(where: str, check: str) -> str:
    """What Discord's 403/404 to a command sync means (`hyosan run` and `hyosan sync`)."""
    return (
        f"Discord refused to take the commands {where}: invite the bot to that server with the "
        f"applications.commands scope, or check {check}"
    )


#: Keys of handled interactions and messages: Discord redelivers nothing older.
HANDLED_EVENTS_KEPT = dt.timedelta(days=1)

# Extensions loaded in setup_hook, in this order.
EXTENSIONS: tuple[str, ...] = ("cogs.meta", "cogs.lore", "cogs.trivia", "cogs.season2")


def build_intents(settings: Settings) -> discord.Intents:
    """Guilds and guild messages; message content only when typed trivia is wanted (privileged)."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = settings.message_content_intent
    return intents


class Hyosan(commands.Bot):
    def __init__(
        self,
        *,
        settings: Settings,
        database: Database,
        scheduler: Scheduler,
        clock: Clock,
        show: ShowShape | None = None,
        extensions: Sequence[str] = EXTENSIONS,
        freeze_heap: bool = True,
        serve: bool = True,
        handover_slack: float = 0.3,
        **options: Any,
    ) -> None:
        options.setdefault("intents", build_intents(settings))
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        options.setdefault("chunk_guilds_at_startup", False)
        options.setdefault("max_messages", 1000)
        super().__init__(
            command_prefix=commands.when_mentioned,
            tree_cls=HyosanTree,
            help_command=None,
            **options,
        )
        self.settings = settings
        self.database = database
        self.scheduler = scheduler
        self.clock = clock
        # The one shape of the show (seasons, episodes): every feature reads it; it grows at run time.
        self.show = show or ShowShape.season_one()
        self.version = __version__
        self.started_at: dt.datetime = clock.now()
        # The one current season-2 status: written by season-2 tracking, read by every reader.
        self.season2_status = CurrentStatus(clock=clock)
        self.content: ContentLibrary  # opened in setup_hook (it reads the database and the pack)
        # Pruning and WAL checkpoints; each feature adds its pruner in cog_load.
        self.housekeeping = Housekeeping(database, clock, settings.retention)
        # What each feature keeps about a member, for /forget; each feature adds its own in setup.
        self.member_data = MemberData(database)
        self.vitals = Vitals(database, settings.vitals_every) if settings.vitals_every else None
        self._extensions = tuple(extensions)
        self._freeze_heap = freeze_heap
        # Of several copies running on this token and database, only the owner answers Discord.
        self.ownership = Ownership(database.path, handover_slack=handover_slack)
        # False for a copy that answers nothing (`hyosan sync` builds the command tree and leaves):
        # it needs no answer engine, lexicon or trivia questions, which are most of a start's CPU.
        self.serving = serve
        self._gate_events()

    def _gate_events(self) -> None:
        """Interactions and messages reach discord.py's handlers only in the copy that owns them;
        a standby keeps them for a handover (bot/ownership.py). The gate wraps discord.py's own
        parsers for these two events, the one place every interaction and message goes through."""
        parsers = self._connection.parsers
        for event, interaction in (("INTERACTION_CREATE", True), ("MESSAGE_CREATE", False)):
            parsers[event] = self._gated(parsers[event], interaction=interaction)

    def _gated(self, parse: Callable[[Any], None], *, interaction: bool) -> Callable[[Any], None]:
        ownership = self.ownership

        def gate(data: Any) -> None:
            snowflake = int(data["id"])
            if ownership.takes(snowflake):
                parse(data)
            else:
                ownership.keep(snowflake, lambda: parse(data), interaction=interaction)

        return gate

    async def setup_hook(self) -> None:
        # Everything that must happen once per process lives here, never in on_ready,
        # which fires again after every reconnect.
        self.started_at = self.clock.now()
        learned = await restore_show(self.database, self.show)
        if learned:
            log.info("the show: %d episodes of later seasons known from earlier polls", learned)
        # The content every server sees (the active pack and the approved additions), before any
        # feature reads it; the CLI's imports and promotions are picked up every few seconds.
        # Imported here, once logged in: the lore (the answer engine, the spoiler lexicon) is most
        # of what starting costs, and a bad token or an unreachable Discord need not pay for it.
        # What it makes lives as long as the process: no cyclic collection scans it while it grows.
        collecting = gc.isenabled()
        gc.disable()
        try:
            with re_cache.importing():  # (its patterns read back, not compiled: bot/re_cache.py)
                from bot.lore.library import ContentLibrary
        finally:
            if collecting:
                gc.enable()
        self.content = await ContentLibrary.open(self.database, self.show, season2=self.season2_status)
        self.scheduler.start()
        self.scheduler.repeat(CONTENT_WATCH_JOB, dt.timedelta(seconds=CONTENT_WATCH_SECONDS), self.content.watch)
        self.scheduler.every(HOUSEKEEPING_JOB, self.settings.housekeeping_every, self._housekeep)
        if self.vitals is not None:
            self.vitals.start()
        if self.serving:
            try:
                self.ownership.open()
            except OwnershipError as exc:
                raise StartupFailure(str(exc)) from None
            self.ownership.start_watching()
            self.housekeeping.add("handled", self._forget_handled_events)
        with re_cache.importing():
            for extension in self._extensions:
                await self.load_extension(extension)
        try:
            await self.sync_commands(self.settings.sync)
        except (discord.Forbidden, discord.NotFound):
            if self.settings.sync is not SyncMode.GUILD:
                raise
            raise StartupFailure(sync_refused(f"to server {self.settings.dev_guild}", "HYOSAN_DEV_GUILD")) from None
        if self._freeze_heap:
            # The content loaded above lives as long as the process: keep it out of the cyclic
            # garbage collector's scans, so collections during requests stay short.
            gc.collect()
            gc.freeze()

    async def _forget_handled_events(self, _cutoff: dt.datetime) -> dict[str, int]:
        """Housekeeping's pruner for the keys of handled events, kept a day whatever the retention."""
        if not self.ownership.owner:
            return {}
        async with self.database.transaction() as conn:
            return {"event keys": await handled.prune(conn, self.clock.now() - HANDLED_EVENTS_KEPT)}

    async def thread_parent(self, channel_id: int, *, pace: Callable[[], Awaitable[None]] | None = None) -> int | None:
        """The channel a thread lives in, whose spoiler mark the thread reads while it has none of
        its own; None for a channel, or when Discord cannot say (then the thread counts as unmarked).
        `pace`: awaited before asking Discord, when the channel is not cached."""
        channel: object = self.get_channel(channel_id)
        if channel is None:  # not cached: an archived thread, or a channel gone
            try:
                if pace is not None:
                    await pace()
                channel = await self.fetch_channel(channel_id)
            except (discord.HTTPException, aiohttp.ClientError, OSError):
                return None
        return channel.parent_id if isinstance(channel, discord.Thread) else None

    async def connect(self, *, reconnect: bool = True) -> None:
        try:
            await super().connect(reconnect=reconnect)
        except AttributeError as exc:
            # discord.py (2.7) retries a first gateway connection that failed by reading the
            # session of the websocket that never opened (self.ws is still None) and dies with
            # this AttributeError; the failure that matters is the one it was handling.
            if self.ws is not None:
                raise
            raise StartupFailure(gateway_unreachable(exc.__context__)) from None

    async def sync_commands(self, mode: SyncMode) -> list[discord.app_commands.AppCommand]:
        """Push the command tree to Discord: to the dev guild (instant) or globally."""
        if mode is SyncMode.NONE:
            return []
        if mode is SyncMode.GUILD:
            if self.settings.dev_guild is None:
                raise RuntimeError("guild sync needs a dev guild id")
            guild = discord.Object(id=self.settings.dev_guild)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        else:
            synced = await self.tree.sync()
        log.info("synced %d commands (%s)", len(synced), mode.value)
        return synced

    async def _housekeep(self) -> None:
        await self.housekeeping.run()

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("connected as %s (%s) to %d guilds", self.user, self.user.id, len(self.guilds))
        await self._let_go_of_departed_servers()

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """Kicked (or the server deleted): every feature lets the server go (`on_server_left`)."""
        log.info("removed from guild %s: its announcements, daily questions and channel marks end", guild.id)
        self.dispatch("server_left", guild.id)

    async def on_thread_remove(self, thread: discord.Thread) -> None:
        """Taken out of a thread (THREAD_MEMBERS_UPDATE naming the bot): discord.py tells of it but keeps its own
        thread member, so a private thread would still look open to the bot (cogs.channels.private_thread_shut_to_me)
        and a news or daily question channel set there would be accepted, then refused at its first post."""
        thread.me = None

    async def _let_go_of_departed_servers(self) -> None:
        """A server that removed the bot while it was down sends no GUILD_DELETE: READY simply no
        longer lists it (an unavailable server is still listed). Its arrangements end as on a kick."""
        try:
            async with self.database.read() as conn:
                known = await guilds_db.guilds_with_arrangements(conn)
        except StorageError:
            return  # logged by the database; the next READY looks again
        for guild_id in sorted(known - {g.id for g in self.guilds}):
            log.info("guild %s no longer has the bot: its announcements, daily questions and channel marks end", guild_id)
            self.dispatch("server_left", guild_id)

    async def close(self) -> None:
        if self.vitals is not None:
            await self.vitals.stop()
        await self.ownership.hand_over()
        await self.scheduler.shutdown()
        # A READY still waiting for its guilds (a reconnect just before the stop) would be dispatched
        # after the close and end in a logged traceback: it is cancelled, as discord.py itself expects.
        ready = getattr(self._connection, "_ready_task", None)
        if ready is not None:
            ready.cancel()
        try:
            await super().close()
        finally:
            self.ownership.release()


def create_bot(
    settings: Settings,
    database: Database,
    scheduler: Scheduler | None = None,
    clock: Clock | None = None,
    show: ShowShape | None = None,
    **options: Any,
) -> Hyosan:
    """Build the bot from its dependencies (as in discord.py's advanced_startup example)."""
    # hyosan never joins voice: discord.py's start-up warnings about voice libraries (PyNaCl,
    # davey) would only alarm whoever reads the log or the demo's first lines.
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    clock = clock or (scheduler.clock if scheduler is not None else SystemClock())
    return Hyosan(
        settings=settings,
        database=database,
        scheduler=scheduler or Scheduler(clock),
        clock=clock,
        show=show,
        **options,
    )
