"""`hyosan sync`: log in, push the command tree once, log out."""

from __future__ import annotations

import logging

import aiohttp
import discord

from bot.app import Hyosan, create_bot, sync_refused
from bot.config import DEFAULT_DB_PATH, Settings, SyncMode
from bot.endpoints import point_discord_at, unreachable
from db import Database

log = logging.getLogger(__name__)


class SyncError(RuntimeError):
    pass


async def sync_once(settings: Settings, mode: SyncMode) -> int:
    if not settings.token:
        raise SyncError("DISCORD_TOKEN is not set: put your bot token in the environment or hyosan.toml")
    if mode is SyncMode.GUILD and settings.dev_guild is None:
        raise SyncError("give --guild ID or set HYOSAN_DEV_GUILD (or use --global)")
    point_discord_at(settings.api_base, settings.gateway_url)
    database = await Database.open(settings.db_path, create_folder=settings.db_path == DEFAULT_DB_PATH)
    # Loading the cogs builds the tree; no gateway connection is needed to sync, and this copy
    # answers nothing (serve=False), so a running bot keeps answering Discord.
    bot = create_bot(settings.with_overrides(sync=SyncMode.NONE), database, serve=False)
    try:
        try:
            await bot.login(settings.token)
        except discord.LoginFailure:
            raise SyncError("Discord rejected the token: check DISCORD_TOKEN") from None
        synced = await bot.sync_commands(mode)
        if mode is SyncMode.GLOBAL and settings.dev_guild is not None:
            await _clear_guild_copies(bot, settings.dev_guild)
        return len(synced)
    except discord.Forbidden:
        where = "globally" if mode is SyncMode.GLOBAL else f"to server {settings.dev_guild}"
        raise SyncError(sync_refused(where, "the server ID")) from None
    except discord.HTTPException as exc:
        raise SyncError(f"Discord refused the sync with HTTP {exc.status}: {' '.join(exc.text.split())[:200]}") from None
    except (aiohttp.ClientError, OSError) as exc:
        raise SyncError(unreachable(exc)) from None
    finally:
        await bot.close()
        await database.close()


async def _clear_guild_copies(bot: Hyosan, guild_id: int) -> None:
    """A guild sync copies every command to the test server; once they are global, those copies
    would show each command twice there, so they go. A server the bot has left keeps none to clear."""
    guild = discord.Object(id=guild_id)
    bot.tree.clear_commands(guild=guild)
    try:
        await bot.tree.sync(guild=guild)
    except discord.Forbidden:
        return
    log.info("removed the commands a guild sync had copied to server %s", guild_id)
