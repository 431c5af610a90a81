"""Pointing discord.py at another Discord (the local sandbox) instead of discord.com.

discord.py reads its REST base from `Route.BASE` when each request is built, and its gateway
from `DiscordWebSocket.DEFAULT_GATEWAY` when it connects, so setting both before login redirects
all traffic, interactions and webhooks included.
"""

from __future__ import annotations

import logging

import aiohttp
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

log = logging.getLogger(__name__)

DISCORD_API_BASE = "https://discord.com/api/v10"
DISCORD_GATEWAY = yarl.URL("wss://gateway.discord.gg/")


def point_discord_at(api_base: str | None, gateway_url: str | None) -> None:
    """Redirect discord.py's REST and gateway endpoints; None restores the real Discord."""
    Route.BASE = api_base.rstrip("/") if api_base else DISCORD_API_BASE
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url) if gateway_url else DISCORD_GATEWAY
    if api_base or gateway_url:
        log.warning(
            "talking to a Discord at %s (gateway %s), not discord.com",
            Route.BASE,
            DiscordWebSocket.DEFAULT_GATEWAY,
        )


def unreachable(exc: aiohttp.ClientError | OSError) -> str:
    """One line saying Discord could not be reached and what to check (no traceback for a CLI)."""
    reason = " ".join(str(exc).split()) or type(exc).__name__
    return f"could not reach Discord at {Route.BASE} ({reason}): check the network, or DISCORD_API_BASE if it is set"


def gateway_unreachable(exc: BaseException | None) -> str:
    """One line saying the gateway could not be reached (the REST API could: the login worked)."""
    reason = (" ".join(str(exc).split()) or type(exc).__name__) if exc is not None else "no answer"
    return (
        f"could not connect to Discord's gateway at {DiscordWebSocket.DEFAULT_GATEWAY} ({reason}): check the "
        "network (a firewall may let HTTPS through but not websockets), or DISCORD_GATEWAY_URL if it is set"
    )
