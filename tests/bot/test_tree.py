"""The one error-handling tree: a clear answer for the user, the traceback for the log."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import discord
import pytest
from discord import app_commands

from bot.errors import UserError
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import SandboxError
from bot.tree import APOLOGY, DISCORD_TROUBLE, answer_error, server_permission_check
from tests.table import table


async def add_and_sync(harness: Harness, command: app_commands.Command) -> None:  # type: ignore[type-arg]
    guild = discord.Object(id=harness.guild.id)
    harness.bot.tree.add_command(command, guild=guild)
    await harness.bot.tree.sync(guild=guild)


async def test_an_unexpected_error_gets_an_apology_and_a_logged_traceback(
    hyosan: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    @app_commands.command(name="explode")
    async def explode(interaction: discord.Interaction) -> None:
        """Fails on purpose."""
        raise ZeroDivisionError("kaboom")

    await add_and_sync(hyosan, explode)
    with caplog.at_level(logging.ERROR, logger="bot.tree"):
        reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "explode")
    assert reply.content == APOLOGY
    assert reply.ephemeral
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


async def test_an_error_after_a_defer_is_answered_with_a_followup(hyosan: Harness) -> None:
    @app_commands.command(name="slow-explode")
    async def slow_explode(interaction: discord.Interaction) -> None:
        """Defers, then fails."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        raise RuntimeError("late failure")

    await add_and_sync(hyosan, slow_explode)
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "slow-explode")
    assert reply.content == APOLOGY


async def test_a_user_facing_error_is_shown_as_is(hyosan: Harness) -> None:
    @app_commands.command(name="refuse")
    async def refuse(interaction: discord.Interaction) -> None:
        """Refuses politely."""
        raise UserError("That episode does not exist: pick 1 to 12.")

    await add_and_sync(hyosan, refuse)
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "refuse")
    assert reply.content == "That episode does not exist: pick 1 to 12."


async def test_a_missing_permission_is_explained(hyosan: Harness) -> None:
    @app_commands.command(name="mods-only")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def mods_only(interaction: discord.Interaction) -> None:
        """Moderators only."""
        await interaction.response.send_message("ok")

    await add_and_sync(hyosan, mods_only)
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "mods-only")
    assert "Manage Server" in reply.content


def moderator_command() -> app_commands.Command:  # type: ignore[type-arg]
    # Offered in DMs on purpose: a client holding an old schema could still send it from there.
    @app_commands.command(name="mods-check")
    @app_commands.allowed_contexts(guilds=True, dms=True)
    @server_permission_check("manage_channels", "manage_guild")
    async def mods_check(interaction: discord.Interaction) -> None:
        """Moderators only, checked by the bot."""
        await interaction.response.send_message("ok")

    return mods_check


async def test_a_moderator_check_run_outside_a_server_says_it_needs_a_server(hyosan: Harness) -> None:
    hyosan.bot.tree.add_command(moderator_command())
    await hyosan.bot.tree.sync()  # globally: only global commands reach DMs
    reply = await hyosan.discord.invoke(hyosan.moderator, hyosan.discord.dm_channel(hyosan.moderator), "mods-check")
    assert reply.content == "That command works only in a server."
    assert "permission" not in reply.content


async def test_a_moderator_check_takes_any_of_its_permissions_and_names_the_first(hyosan: Harness) -> None:
    await add_and_sync(hyosan, moderator_command())
    refused = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "mods-check")
    assert refused.content == "You need the Manage Channels permission for that." and refused.ephemeral
    manager = hyosan.discord.add_member(
        hyosan.guild, "manager", permissions=MEMBER_PERMISSIONS | discord.Permissions(manage_guild=True).value
    )
    assert (await hyosan.discord.invoke(manager, hyosan.general, "mods-check")).content == "ok"


def test_a_moderator_check_refuses_unknown_permission_names() -> None:
    with pytest.raises(TypeError):
        server_permission_check("manage_server")
    with pytest.raises(TypeError):
        server_permission_check()


async def test_a_cooldown_says_when_to_try_again(hyosan: Harness) -> None:
    @app_commands.command(name="once")
    @app_commands.checks.cooldown(1, 60.0)
    async def once(interaction: discord.Interaction) -> None:
        """Once a minute."""
        await interaction.response.send_message("done")

    await add_and_sync(hyosan, once)
    first = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "once")
    second = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "once")
    assert first.content == "done"
    assert "try again in" in second.content


async def test_error_replies_never_ping(hyosan: Harness) -> None:
    @app_commands.command(name="echo-fail")
    async def echo_fail(interaction: discord.Interaction) -> None:
        """Fails with a mention in the message."""
        raise UserError("@everyone <@&1>")

    await add_and_sync(hyosan, echo_fail)
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "echo-fail")
    assert reply.mentions_pinged == []


async def test_an_overlong_error_message_still_arrives_cut_to_discords_limit(hyosan: Harness) -> None:
    @app_commands.command(name="long-fail")
    async def long_fail(interaction: discord.Interaction) -> None:
        """Fails with a message longer than Discord allows."""
        raise UserError("x" * 5000)

    await add_and_sync(hyosan, long_fail)
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "long-fail")
    assert reply.ephemeral
    assert 0 < len(reply.content) <= 2000


def test_a_value_that_could_not_be_understood_is_quoted_inert() -> None:
    error = app_commands.TransformerError("@everyone ||x", discord.AppCommandOptionType.string, app_commands.Transformer())
    from bot.tree import describe_error

    message, unexpected = describe_error(error)
    assert not unexpected
    assert "@everyone" not in message and "||" not in message


async def test_a_storage_failure_tells_the_user_what_it_means_without_a_traceback(
    hyosan: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    from db import StorageError

    @app_commands.command(name="save")
    async def save(interaction: discord.Interaction) -> None:
        """Fails to save."""
        raise StorageError("full", "write", "database or disk is full")

    await add_and_sync(hyosan, save)
    with caplog.at_level(logging.ERROR, logger="bot.tree"):
        reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "save")
    assert reply.ephemeral
    assert "nothing was changed" in reply.content
    assert caplog.records == []


async def test_discord_failing_past_its_retries_is_said_as_discords_trouble_not_ours(
    hyosan: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    @app_commands.command(name="post-here")
    async def post_here(interaction: discord.Interaction) -> None:
        """Posts in the channel, then answers."""
        assert isinstance(interaction.channel, discord.TextChannel)
        await interaction.channel.send("hello")
        await interaction.response.send_message("posted", ephemeral=True)

    await add_and_sync(hyosan, post_here)
    hyosan.discord.fail_next("POST", "/channels/*/messages", 503, body={"message": "upstream connect error", "code": 0})
    with caplog.at_level(logging.WARNING, logger="bot.tree"):
        reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "post-here")
    assert reply.ephemeral and reply.content == DISCORD_TROUBLE
    assert "try again" in reply.content and APOLOGY not in reply.content
    (line,) = [r for r in caplog.records if "Discord answered 503" in r.getMessage()]
    assert line.exc_info is None
    again = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "post-here")
    assert again.content == "posted"


class _Answer:
    """What discord.py reads of an HTTP answer to build its exception (aiohttp's response)."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.reason = "Discord"


@table("status", [500, 502, 503, 504, 520, 524])
def test_every_discord_server_error_asks_to_try_again(status: int) -> None:
    from bot.tree import describe_error

    error = app_commands.CommandInvokeError(
        app_commands.Command(name="x", description="x", callback=_noop),
        discord.DiscordServerError(_Answer(status), {"message": "Internal Server Error", "code": 0}),
    )
    assert describe_error(error) == (DISCORD_TROUBLE, False)


@table("status", [400, 403, 404])
def test_a_discord_refusal_of_a_request_is_still_ours_to_explain(status: int) -> None:
    from bot.tree import describe_error

    error = discord.HTTPException(_Answer(status), {"message": "no", "code": 50035})
    assert describe_error(error) == (APOLOGY, True)


async def _noop(interaction: discord.Interaction) -> None:
    """Does nothing."""


async def test_a_real_button_that_fails_gets_the_apology_and_the_traceback_under_its_name(
    hyosan: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    public = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="who is On-jo?")
    button = next(str(b["custom_id"]) for b in public.buttons if b["label"] == "Show me privately")
    hyosan.discord.fail_next("POST", "/interactions/*/callback", 400, body={"message": "no", "code": 0})
    with caplog.at_level(logging.WARNING, logger="bot.tree"):
        reply = await hyosan.discord.click(hyosan.fan, public, button)
    assert reply.ephemeral and reply.content == APOLOGY
    (logged,) = [r for r in caplog.records if "button Show me privately (ask 'who is On-jo?') failed" in r.getMessage()]
    assert logged.levelno == logging.ERROR and logged.exc_info is not None


class _PostButton(discord.ui.View):
    """A view whose button posts in its channel, its errors ended as the bot's views end theirs."""

    @discord.ui.button(label="Post", custom_id="test-post")
    async def post(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:  # type: ignore[type-arg]
        assert isinstance(interaction.channel, discord.TextChannel)
        await interaction.channel.send("posted")
        await interaction.response.send_message("done", ephemeral=True)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:  # type: ignore[type-arg]
        await answer_error(interaction, error, where="button test-post")


async def test_discord_failing_under_a_button_is_said_as_discords_trouble_and_logged_once(
    hyosan: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    channel = hyosan.bot.get_channel(hyosan.general.id)
    assert isinstance(channel, discord.TextChannel)
    sent = await channel.send("press", view=_PostButton(timeout=None))
    hyosan.discord.fail_next("POST", "/channels/*/messages", 503, body={"message": "upstream connect error", "code": 0})
    with caplog.at_level(logging.WARNING, logger="bot.tree"):
        reply = await hyosan.discord.click(hyosan.fan, hyosan.discord.message(sent.id), "test-post")
    assert reply.ephemeral and reply.content == DISCORD_TROUBLE
    (line,) = [r for r in caplog.records if r.getMessage().startswith("button test-post: Discord answered 503")]
    assert line.levelno == logging.WARNING and line.exc_info is None


async def test_an_interaction_that_expired_is_one_warning_line_and_no_second_try(
    hyosan: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    expired = {"code": 10062, "message": "Unknown interaction"}
    hyosan.discord.fail_next("POST", "/interactions/*/callback", 404, body=expired)
    with caplog.at_level(logging.WARNING, logger="bot.tree"), contextlib.suppress(SandboxError):
        await hyosan.discord.invoke(hyosan.fan, hyosan.general, "about", timeout=1)
    for _ in range(500):  # the bot ends the failure on its own loop: wait for its log line, not a time
        if any("expired before it could be answered" in r.getMessage() for r in caplog.records):
            break
        await asyncio.sleep(0.02)
    (line,) = [r for r in caplog.records if "expired before it could be answered" in r.getMessage()]
    assert line.levelno == logging.WARNING and not [r for r in caplog.records if r.levelno >= logging.ERROR]
    callbacks = [r for r in hyosan.discord.requests if r.method == "POST" and r.path.endswith("/callback")]
    assert len(callbacks) == 1, "the apology is not tried on a dead token (Discord would refuse it too)"
    assert (await hyosan.discord.invoke(hyosan.fan, hyosan.general, "about")).embed is not None


class _FollowedButton(discord.ui.View):
    """A view whose button thinks first, then answers with a follow-up, its errors ended as the bot's views end theirs."""

    @discord.ui.button(label="Think", custom_id="test-think")
    async def think(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:  # type: ignore[type-arg]
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.followup.send("done", ephemeral=True)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:  # type: ignore[type-arg]
        await answer_error(interaction, error, where="button test-think")


async def test_a_follow_up_discord_refuses_on_every_try_is_one_warning_line_and_no_traceback(
    hyosan: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    channel = hyosan.bot.get_channel(hyosan.general.id)
    assert isinstance(channel, discord.TextChannel)
    sent = await channel.send("press", view=_FollowedButton(timeout=None))
    hyosan.discord.fail_next("POST", "/webhooks/*", 403, times=5, body={"message": "Missing Access", "code": 50001})
    with caplog.at_level(logging.WARNING, logger="bot.tree"):
        with contextlib.suppress(SandboxError):  # the user is left thinking: no answer of any kind gets through
            await hyosan.discord.click(hyosan.fan, hyosan.discord.message(sent.id), "test-think", timeout=0.5)
        for _ in range(500):  # the bot ends the failure on its own loop: wait for its log line, not a time
            if any("403" in r.getMessage() for r in caplog.records):
                break
            await asyncio.sleep(0.02)
    (line,) = [r for r in caplog.records if r.name == "bot.tree"]
    assert line.levelno == logging.WARNING and line.exc_info is None
    assert line.getMessage().startswith("button test-think: Discord refused the answer to user ")
    assert "(403 50001: Missing Access)" in line.getMessage()
