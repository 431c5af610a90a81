"""Running hyosan as a long-lived process: open storage, connect, and shut down cleanly."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal

from bot.config import DEFAULT_DB_PATH, Settings
from db import Database, DatabaseOpenError, MigrationError

log = logging.getLogger(__name__)


class StartupError(RuntimeError):
    """A problem the operator must fix; its message is printed as one line."""


PRIVILEGED_INTENTS_HELP = (
    "Discord refused the Message Content intent (close code 4014). Enable it for the bot under "
    "Developer Portal > your application > Bot > Privileged Gateway Intents, or set "
    "HYOSAN_MESSAGE_CONTENT=false (typed trivia answers then stay off)."
)


async def open_database(settings: Settings) -> Database:
    """The configured database, migrated; any reason it can't be used is a StartupError.

    Only the default location's folder is created: a configured path whose folder is missing is
    more likely a typo than a wish for a new, empty database.
    """
    try:
        return await Database.open(settings.db_path, create_folder=settings.db_path == DEFAULT_DB_PATH)
    except DatabaseOpenError as exc:
        raise StartupError(exc.message) from None
    except MigrationError as exc:
        raise StartupError(
            f"{exc}: the database is left as it was before that migration; restore a backup or report this"
        ) from None


async def run_bot(settings: Settings) -> None:
    """Connect to Discord and run until SIGINT/SIGTERM or a fatal error."""
    if not settings.token:
        raise StartupError("DISCORD_TOKEN is not set: put your bot token in the environment or hyosan.toml")
    database = await open_database(settings)
    try:
        await _serve(settings, settings.token, database)
    finally:
        await database.close()
        log.info("stopped: gateway closed, scheduler stopped, database closed")


async def _serve(settings: Settings, token: str, database: Database) -> None:
    # Imported here, once the token and the database are known to be usable: discord.py and the
    # lore take a second of CPU to import, which a refusal of a bad configuration need not pay.
    # What importing makes (modules, classes, compiled patterns) lives as long as the process: the
    # cyclic garbage collector scanning it again and again while it is made finds nothing, and
    # once made it is kept out of later scans (as the bot keeps its content once started).
    gc.disable()
    try:
        from bot.app import create_bot
        from bot.clock import Clock, ManualClock, SystemClock
        from bot.endpoints import point_discord_at
        from bot.rehearsal import ClockFileError, follow_clock_file, read_clock_file
        from bot.scheduling import Scheduler
    finally:
        gc.freeze()
        gc.enable()

    point_discord_at(settings.api_base, settings.gateway_url)
    clock: Clock = SystemClock()
    following: asyncio.Task[None] | None = None
    if settings.clock_file is not None:
        try:
            clock = ManualClock(read_clock_file(settings.clock_file))
        except ClockFileError as exc:
            raise StartupError(str(exc)) from None
        log.warning("running on the rehearsal clock in %s (%s)", settings.clock_file, clock.now().isoformat())
    scheduler = Scheduler(clock)
    bot = create_bot(settings, database, scheduler, clock)
    if isinstance(clock, ManualClock) and settings.clock_file is not None:
        following = asyncio.get_running_loop().create_task(
            follow_clock_file(settings.clock_file, clock, scheduler), name="rehearsal-clock"
        )
    loop = asyncio.get_running_loop()
    stop_signals = (signal.SIGINT, signal.SIGTERM)
    closing: set[asyncio.Task[None]] = set()
    signalled: list[str] = []

    def request_stop(signame: str) -> None:
        log.info("received %s, shutting down", signame)
        signalled.append(signame)
        task = loop.create_task(bot.close())
        closing.add(task)  # keep a reference until it finishes
        task.add_done_callback(closing.discard)

    for sig in stop_signals:
        loop.add_signal_handler(sig, request_stop, sig.name)
    try:
        async with bot:
            await bot.start(token)
    except Exception as exc:
        if signalled:
            # A stop signal closed the bot while it was still starting (logging in, syncing):
            # what failed after that is the close itself, not a fault to report.
            log.info("stopped while starting (%s)", type(exc).__name__)
            return
        message = _refusal(exc)
        if message is None:
            raise
        raise StartupError(message) from None
    finally:
        for sig in stop_signals:
            loop.remove_signal_handler(sig)
        if following is not None:
            following.cancel()


def _refusal(exc: Exception) -> str | None:
    """The one line for a start that Discord or the network refused (None: not one of those)."""
    import aiohttp
    import discord

    from bot.app import StartupFailure
    from bot.endpoints import unreachable

    if isinstance(exc, StartupFailure):
        return str(exc)
    if isinstance(exc, discord.LoginFailure):
        return "Discord rejected the token: check DISCORD_TOKEN (Developer Portal > Bot > Reset Token)"
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        return PRIVILEGED_INTENTS_HELP
    if isinstance(exc, discord.ConnectionClosed):
        if exc.code == 4004:
            return "Discord rejected the token at the gateway (close code 4004): check DISCORD_TOKEN"
        return f"the gateway closed the connection with code {exc.code}"
    if isinstance(exc, discord.HTTPException):
        return f"Discord answered the login with HTTP {exc.status}: it may be having an outage; try again in a few minutes"
    if isinstance(exc, aiohttp.ClientError | OSError):
        # Only the login gets here: once connected, discord.py reconnects by itself.
        return unreachable(exc)
    return None
