"""What the sandbox must answer for discord.py 2.7.1, walked end to end.

If a discord.py upgrade changes the wire (as 2.5 did with the interaction callback's
``with_response``), this fails loudly: bump the pin only after the sandbox is adapted.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import discord
import pytest
import yarl
from discord import app_commands

from bot.sandbox import Sandbox


def test_discord_py_is_the_pinned_version() -> None:
    assert discord.__version__ == "2.7.1"


@pytest.fixture
async def sandbox(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Sandbox]:
    async with Sandbox() as sb:
        monkeypatch.setattr(discord.http.Route, "BASE", sb.api_base)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(sb.gateway_url))
        yield sb


async def test_login_ready_command_response_followup_edit(sandbox: Sandbox) -> None:
    guild = sandbox.add_guild("Contract")
    channel = sandbox.add_channel(guild, "general")
    member = sandbox.add_member(guild, "mina")
    ready = asyncio.Event()

    client = discord.Client(
        intents=discord.Intents.default(), guild_ready_timeout=0.05, chunk_guilds_at_startup=False
    )
    tree = app_commands.CommandTree(client)
    seen: dict[str, object] = {}

    @tree.command(
        name="walk", description="Respond, follow up, edit the original", guild=discord.Object(guild.id)
    )
    async def walk(interaction: discord.Interaction, word: str) -> None:
        seen["interaction_guild"] = interaction.guild_id
        seen["filesize_limit"] = interaction.filesize_limit
        callback = await interaction.response.send_message(f"hello {word}")
        seen["callback"] = callback
        followup = await interaction.followup.send("followup", wait=True)
        seen["followup_id"] = followup.id
        original = await interaction.original_response()
        seen["original_id"] = original.id
        await interaction.edit_original_response(content=f"edited {word}")

    @client.event
    async def on_ready() -> None:
        ready.set()

    async def setup_hook() -> None:
        await tree.sync(guild=discord.Object(guild.id))

    client.setup_hook = setup_hook  # type: ignore[method-assign]
    task = asyncio.create_task(client.start(sandbox.token))
    try:
        await asyncio.wait_for(ready.wait(), 5.0)
        # READY and GUILD_CREATE were understood.
        assert client.user is not None and client.user.id == sandbox.bot_user_id
        assert client.application_id == sandbox.application_id
        assert client.get_guild(guild.id) is not None
        # The synced schema is what the tree sent.
        [cmd] = sandbox.registered_commands(guild)
        assert cmd["name"] == "walk" and cmd["options"][0]["name"] == "word"

        reply = await sandbox.invoke(member, channel, "walk", word="there")
        assert reply.content == "hello there"
        edited = await sandbox.wait_for_message(channel, lambda m: m.content == "edited there")
        assert edited.id == reply.id == seen["original_id"]
        assert [m.content for m in sandbox.messages(channel)] == ["edited there", "followup"]

        callback = seen["callback"]
        assert isinstance(callback, discord.InteractionCallbackResponse)
        assert callback.message_id == reply.id
        assert seen["interaction_guild"] == guild.id
        assert seen["filesize_limit"] > 0  # type: ignore[operator]

        # The exact wire calls discord.py 2.7.1 made for this walk.
        calls = [(r.method, r.path.split("/")[1], r.status) for r in sandbox.requests]
        assert calls == [
            ("GET", "users", 200),
            ("GET", "oauth2", 200),
            ("PUT", "applications", 200),
            ("POST", "interactions", 200),
            ("POST", "webhooks", 200),
            ("GET", "webhooks", 200),
            ("PATCH", "webhooks", 200),
        ]
        callback_req = next(
            r for r in sandbox.requests if r.method == "POST" and r.path.startswith("/interactions")
        )
        assert callback_req.query.get("with_response") in ("1", "true", "True")
        assert callback_req.json["type"] == 4
        followup_req = next(
            r for r in sandbox.requests if r.method == "POST" and r.path.startswith("/webhooks")
        )
        assert followup_req.query.get("wait") in ("1", "true", "True")
        assert sandbox.unhandled == []
        identify = sandbox.identify_payloads[0]
        assert identify["token"] == sandbox.token
        assert identify["intents"] == discord.Intents.default().value
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(client.close(), 5.0)
        with contextlib.suppress(BaseException):
            await asyncio.wait_for(task, 5.0)
