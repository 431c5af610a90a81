"""Fixtures for the sandbox's own tests: a started Sandbox and a small bare discord.py bot.

The bare bot is defined here (not hyosan's bot) so these tests only depend on discord.py and the
sandbox. Pointing discord.py at the sandbox patches two class attributes; monkeypatch restores
them after each test.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import discord
import pytest
import yarl
from discord import app_commands
from discord.ext import commands

from bot.sandbox import Channel, Guild, Member, Message, RateLimits, Sandbox
from bot.sandbox.interactions import InteractionRecord
from bot.sandbox.waiting import bounded

FRUITS = ["apple", "apricot", "banana", "blueberry", "cherry", "grape", "lemon", "mango"]


class PressView(discord.ui.View):
    """A persistent view: its button keeps working across restarts (custom_id, no timeout)."""

    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Press", custom_id="bare:press", style=discord.ButtonStyle.primary)
    async def press(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        button.disabled = True
        await interaction.response.edit_message(content=f"pressed by {interaction.user.name}", view=self)

    @discord.ui.button(label="Tell me", custom_id="bare:tell", style=discord.ButtonStyle.secondary)
    async def tell(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.send_message("only you can see this", ephemeral=True)


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text: discord.ui.TextInput[Any] = discord.ui.TextInput(label="Your words", custom_id="fb:text")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.text.value}", ephemeral=True)


class BareBot(commands.Bot):
    def __init__(self, guild_id: int, *, message_content: bool = True, **kwargs: Any) -> None:
        intents = discord.Intents.default()
        intents.message_content = message_content
        super().__init__(
            command_prefix="!",
            intents=intents,
            guild_ready_timeout=0.05,
            chunk_guilds_at_startup=False,
            **kwargs,
        )
        self.guild_id = guild_id
        self.ready_event = asyncio.Event()
        self.seen: list[discord.Message] = []
        self.seen_event = asyncio.Event()
        self.errors: list[BaseException] = []
        self.synced: list[app_commands.AppCommand] = []
        self.synced_global: list[app_commands.AppCommand] = []
        self.sync_commands = True
        self.task: asyncio.Task[None] | None = None
        self._add_commands()

    def _add_commands(self) -> None:
        guild = discord.Object(self.guild_id)
        tree = self.tree

        @tree.command(name="ping", description="Answer pong", guild=guild)
        @app_commands.describe(word="what to echo")
        async def ping(interaction: discord.Interaction, word: str, times: int = 1) -> None:
            await interaction.response.send_message(" ".join([f"pong {word}"] * times))

        @tree.command(name="slow", description="Defer then follow up", guild=guild)
        async def slow(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await asyncio.sleep(0)
            await interaction.followup.send("done slowly")

        @tree.command(name="edit", description="Reply then edit the original", guild=guild)
        async def edit(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("first")
            await interaction.edit_original_response(content="second")
            await interaction.followup.send("and a followup")

        @tree.command(name="secret", description="An ephemeral reply", guild=guild)
        async def secret(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("psst", ephemeral=True)

        @tree.command(name="button", description="A message with buttons", guild=guild)
        async def button(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("press it", view=PressView())

        async def fruit_choices(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f, value=f) for f in FRUITS if f.startswith(current)]

        async def too_many(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f"c{i}", value=f"c{i}") for i in range(30)]

        @tree.command(name="fruit", description="Pick a fruit", guild=guild)
        @app_commands.autocomplete(name=fruit_choices, other=too_many)
        async def fruit(interaction: discord.Interaction, name: str, other: str = "") -> None:
            await interaction.response.send_message(f"you picked {name}")

        @tree.command(name="upload", description="Send a file to the channel", guild=guild)
        async def upload(interaction: discord.Interaction) -> None:
            assert interaction.channel is not None
            await interaction.response.defer(thinking=True, ephemeral=True)
            channel = interaction.channel
            assert isinstance(channel, discord.TextChannel)
            await channel.send("here is a file", file=discord.File(_bytes_io(b"hello file"), "hello.txt"))
            await interaction.followup.send("uploaded", file=discord.File(_bytes_io(b"\x89PNG.."), "pic.png"))

        @tree.command(name="readfile", description="Read an attachment", guild=guild)
        async def readfile(interaction: discord.Interaction, file: discord.Attachment) -> None:
            data = await file.read()
            await interaction.response.send_message(f"{file.filename}: {data.decode()}")

        @tree.command(name="who", description="Describe things", guild=guild)
        async def who(
            interaction: discord.Interaction,
            user: discord.Member,
            role: discord.Role | None = None,
            channel: discord.TextChannel | None = None,
        ) -> None:
            parts = [f"user={user.name}"]
            if role is not None:
                parts.append(f"role={role.name}")
            if channel is not None:
                parts.append(f"channel={channel.name}")
            await interaction.response.send_message(" ".join(parts))

        @tree.command(name="send", description="Send to a channel", guild=guild)
        async def send(interaction: discord.Interaction, channel_id: str, text: str) -> None:
            await interaction.response.defer(thinking=True)
            try:
                ch = self.get_channel(int(channel_id)) or await self.fetch_channel(int(channel_id))
                assert isinstance(ch, discord.TextChannel)
                await ch.send(text)
            except discord.HTTPException as exc:
                await interaction.followup.send(f"error {type(exc).__name__} {exc.status} {exc.code}")
                return
            await interaction.followup.send("sent")

        @tree.command(name="burst", description="Send several messages at once", guild=guild)
        async def burst(interaction: discord.Interaction, count: int) -> None:
            await interaction.response.defer(thinking=True)
            channel = interaction.channel
            assert isinstance(channel, discord.TextChannel)
            await asyncio.gather(*(channel.send(f"m{i}") for i in range(count)))
            await interaction.followup.send(f"burst {count}")

        @tree.command(name="late", description="Answer after a delay", guild=guild)
        async def late(interaction: discord.Interaction, delay: float) -> None:
            await asyncio.sleep(delay)
            try:
                await interaction.response.send_message("too late?")
            except discord.HTTPException as exc:
                self.errors.append(exc)

        @tree.command(name="dm", description="Send the caller a DM", guild=guild)
        async def dm(interaction: discord.Interaction) -> None:
            await interaction.user.send("a private word")
            await interaction.response.send_message("check your DMs", ephemeral=True)

        @tree.command(name="modonly", description="Moderators only", guild=guild)
        @app_commands.default_permissions(manage_guild=True)
        async def modonly(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("hello moderator")

        @tree.command(name="feedback", description="Open a modal", guild=guild)
        async def feedback(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(FeedbackModal(custom_id="fb:modal"))

        tools = app_commands.Group(name="tools", description="Tools", guild_ids=[self.guild_id])

        @tools.command(name="echo", description="Echo text")
        async def echo(interaction: discord.Interaction, text: str) -> None:
            await interaction.response.send_message(text, allowed_mentions=discord.AllowedMentions.none())

        tree.add_command(tools)
        self._add_global_commands()

    def _add_global_commands(self) -> None:
        """Global commands for the interaction contexts (server, the bot's DMs, private channels)."""
        tree = self.tree

        @tree.command(name="whoami", description="Where am I")
        async def whoami(interaction: discord.Interaction) -> None:
            where = "dm" if interaction.guild_id is None else "guild"
            await interaction.response.send_message(f"{interaction.user.name} in {where}", ephemeral=True)

        @tree.command(name="dmonly", description="Only in the bot's DMs")
        @app_commands.allowed_contexts(guilds=False, dms=True, private_channels=False)
        async def dmonly(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("dm only")

        @tree.command(name="serveronly", description="Only in servers")
        @app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
        async def serveronly(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("server only")

        @tree.command(name="everywhere", description="Installed to users, usable anywhere")
        @app_commands.allowed_installs(guilds=True, users=True)
        @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
        async def everywhere(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("everywhere", ephemeral=True)

    async def setup_hook(self) -> None:
        self.add_view(PressView())
        if self.sync_commands:
            self.synced = await self.tree.sync(guild=discord.Object(self.guild_id))
            self.synced_global = await self.tree.sync()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # discord.py sleeps 5 s before every non-initial IDENTIFY (Discord's identify limit);
        # the sandbox has no such limit, so re-identifying tests need not wait.
        return None

    async def on_ready(self) -> None:
        self.ready_event.set()

    async def on_message(self, message: discord.Message) -> None:
        self.seen.append(message)
        self.seen_event.set()

    async def wait_seen(self, message_id: int, timeout: float = 5.0) -> discord.Message:
        """The discord.py Message the bot received for ``message_id`` (bounded wait)."""

        async def _wait() -> discord.Message:
            while True:
                for m in self.seen:
                    if m.id == message_id:
                        return m
                self.seen_event.clear()
                await self.seen_event.wait()

        return await bounded(_wait(), timeout)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        import sys

        exc = sys.exc_info()[1]
        if exc is not None:
            self.errors.append(exc)


def _bytes_io(data: bytes) -> Any:
    import io

    return io.BytesIO(data)


class World:
    """A sandbox seeded with one guild, two channels, a member and a moderator."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.guild: Guild = sandbox.add_guild("Hyosan High Fans")
        self.general: Channel = sandbox.add_channel(self.guild, "general")
        self.trivia: Channel = sandbox.add_channel(self.guild, "trivia")
        self.mina: Member = sandbox.add_member(self.guild, "mina")
        self.mod: Member = sandbox.add_member(
            self.guild, "cheong", permissions=discord.Permissions.all().value
        )


def point_discord_py_at(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", sandbox.api_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(sandbox.gateway_url))


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    """Keyword arguments for Sandbox(); a test module overrides this fixture to change them."""
    return {"rate_limits": RateLimits.unlimited()}


@pytest.fixture
async def sbx(monkeypatch: pytest.MonkeyPatch, sandbox_options: dict[str, Any]) -> AsyncIterator[Sandbox]:
    async with Sandbox(**sandbox_options) as sandbox:
        point_discord_py_at(monkeypatch, sandbox)
        yield sandbox


@pytest.fixture
def world(sbx: Sandbox) -> World:
    return World(sbx)


StartBot = Callable[..., Awaitable[BareBot]]


@pytest.fixture
async def start_bot(world: World) -> AsyncIterator[StartBot]:
    """Start bare bots against the sandbox; each is closed at teardown."""
    started: list[tuple[BareBot, asyncio.Task[None]]] = []

    async def start(wait_ready: bool = True, token: str | None = None, **kwargs: Any) -> BareBot:
        bot = BareBot(world.guild.id, **kwargs)
        task = asyncio.create_task(bot.start(token or world.sandbox.token))
        bot.task = task
        started.append((bot, task))
        if wait_ready:
            ready = asyncio.create_task(bot.ready_event.wait())
            with contextlib.suppress(TimeoutError):
                await bounded(asyncio.wait({task, ready}, return_when=asyncio.FIRST_COMPLETED), 5.0)
            ready.cancel()
            if task.done():
                task.result()  # raises the start-up error
            assert bot.ready_event.is_set(), "bot did not become ready"
        return bot

    yield start
    for bot, task in started:
        with contextlib.suppress(Exception):
            await bounded(bot.close(), 5.0)
        with contextlib.suppress(BaseException):
            await bounded(task, 5.0)


def open_interaction(
    sandbox: Sandbox,
    kind: int,
    member: Member,
    channel: Channel,
    *,
    source: Message | None = None,
    acked: bool = False,
) -> InteractionRecord:
    """An interaction the sandbox is waiting on an answer to, for tests that answer it by raw HTTP
    (no bot needed). ``acked`` marks its initial response as already given."""
    rec = sandbox.interactions.new(
        sandbox.store,
        type=kind,
        channel=channel,
        user_id=member.id,
        deadline=sandbox.interaction_deadline,
        created_at=sandbox.clock.now(),
        source_message_id=source.id if source else None,
    )
    rec.acked = acked
    return rec
