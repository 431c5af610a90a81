"""REST behaviour: injected faults, errors the bot sees, validation, nonce dedupe, 404s."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.sandbox import Sandbox

from .conftest import StartBot, World


async def raw(sandbox: Sandbox, method: str, path: str, body: Any = None) -> tuple[int, Any, dict[str, str]]:
    """One REST call as the bot would make it, without discord.py in between.

    Marked as a deliberate probe, so the Discord-spec contract check spares the request itself.
    """
    headers = {"Authorization": f"Bot {sandbox.token}", "X-Sandbox-Probe": "1"}
    async with (
        aiohttp.ClientSession() as session,
        session.request(method, sandbox.api_base + path, json=body, headers=headers) as resp,
    ):
        assert resp.status == 204 or resp.headers["Content-Type"] == "application/json"
        data = await resp.json() if resp.status != 204 else None
        return resp.status, data, dict(resp.headers)


async def test_injected_429_is_retried_by_discord_py(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    s.fail_next("POST", "/channels/*/messages", 429, retry_after=0.05)
    reply = await s.invoke(world.mina, world.general, "send", channel_id=str(world.trivia.id), text="hi")
    assert reply.content == "sent"
    posts = [
        r.status
        for r in s.requests
        if r.method == "POST" and r.path == f"/channels/{world.trivia.id}/messages"
    ]
    assert posts == [429, 200]
    assert [m.content for m in s.messages(world.trivia)] == ["hi"]


async def test_injected_global_429_is_retried(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    s.fail_next("POST", "/channels/*/messages", 429, retry_after=0.05, global_=True)
    reply = await s.invoke(world.mina, world.general, "send", channel_id=str(world.trivia.id), text="hi")
    assert reply.content == "sent"


async def test_injected_500_once_is_retried(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    s.fail_next("POST", "/channels/*/messages", 500)
    reply = await s.invoke(world.mina, world.general, "send", channel_id=str(world.trivia.id), text="x")
    assert reply.content == "sent"


async def test_missing_permission_is_403_in_the_bot(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    s.deny(world.trivia)
    reply = await s.invoke(world.mina, world.general, "send", channel_id=str(world.trivia.id), text="x")
    assert reply.content == "error Forbidden 403 50013"
    assert s.messages(world.trivia) == []


async def test_deleted_channel_is_404_in_the_bot(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    gone = world.trivia
    s.delete_channel(gone)
    reply = await s.invoke(world.mina, world.general, "send", channel_id=str(gone.id), text="x")
    assert reply.content == "error NotFound 404 10003"


@pytest.mark.contract_probe  # makes discord.py send what Discord rejects
async def test_content_over_2000_is_400_50035(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    reply = await s.invoke(
        world.mina, world.general, "send", channel_id=str(world.trivia.id), text="x" * 2001
    )
    assert reply.content == "error HTTPException 400 50035"


@pytest.mark.parametrize(
    ("body", "code", "error_path"),
    [
        ({"content": "x" * 2001}, 50035, ["content"]),
        ({"embeds": [{"title": "t" * 257}]}, 50035, ["embeds", "0", "title"]),
        ({"embeds": [{"description": "d" * 4097}]}, 50035, ["embeds", "0", "description"]),
        (
            {"embeds": [{"fields": [{"name": "n", "value": "v" * 1025}]}]},
            50035,
            ["embeds", "0", "fields", "0", "value"],
        ),
        ({"embeds": [{"description": "d" * 4000}, {"description": "d" * 2001}]}, 50035, ["embeds"]),
        ({"embeds": [{"title": "x"}] * 11}, 50035, ["embeds"]),
        (
            {
                "components": [
                    {"type": 1, "components": [{"type": 2, "style": 1, "label": "l", "custom_id": "c" * 101}]}
                ]
            },
            50035,
            ["components", "0", "components", "0", "custom_id"],
        ),
        (
            {
                "components": [
                    {
                        "type": 1,
                        "components": [
                            {"type": 2, "style": 1, "label": "l", "custom_id": f"b{i}"} for i in range(6)
                        ],
                    }
                ]
            },
            50035,
            ["components", "0", "components"],
        ),
        ({}, 50006, None),
    ],
)
async def test_message_limits(
    world: World, body: dict[str, Any], code: int, error_path: list[str] | None
) -> None:
    status, data, _ = await raw(world.sandbox, "POST", f"/channels/{world.general.id}/messages", body)
    assert status == 400
    assert data["code"] == code
    if error_path is not None:
        node = data["errors"]
        for part in error_path:
            node = node[part]
        assert node["_errors"]


async def test_nonce_dedupe(world: World) -> None:
    s = world.sandbox
    body = {"content": "once", "nonce": "abc123", "enforce_nonce": True}
    path = f"/channels/{world.general.id}/messages"
    _, first, _ = await raw(s, "POST", path, body)
    _, second, _ = await raw(s, "POST", path, body)
    assert first["id"] == second["id"]
    assert [m.content for m in s.messages(world.general)] == ["once"]
    # Without enforce_nonce the same nonce makes a new message.
    _, third, _ = await raw(s, "POST", path, {"content": "twice", "nonce": "abc123"})
    assert third["id"] != first["id"]


async def test_a_nonce_is_forgotten_once_the_shortened_window_has_passed(world: World) -> None:
    s = world.sandbox
    s.nonce_window = 0.05  # a wait is spent in full on every run: the window as short as the test can be sure of
    body = {"content": "once", "nonce": "abc123", "enforce_nonce": True}
    path = f"/channels/{world.general.id}/messages"
    _, first, _ = await raw(s, "POST", path, body)
    await asyncio.sleep(0.1)
    _, second, _ = await raw(s, "POST", path, body)
    assert first["id"] != second["id"]
    assert [m.content for m in s.messages(world.general)] == ["once", "once"]


async def test_a_nonce_is_forgotten_once_the_bots_clock_has_moved_past_the_window(world: World) -> None:
    # A test that runs the bot's clock days on in a second (a second trivia game days after the first, its post ids
    # reused once the first game's were pruned) must find the nonce forgotten, as Discord forgets it in minutes.
    s = world.sandbox
    s.clock = ManualClock(dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.UTC))
    body = {"content": "once", "nonce": "hyosan-trivia-1", "enforce_nonce": True}
    path = f"/channels/{world.general.id}/messages"
    _, first, _ = await raw(s, "POST", path, body)
    s.clock.advance(dt.timedelta(days=2))
    _, second, _ = await raw(s, "POST", path, body)
    assert first["id"] != second["id"]
    assert [m.content for m in s.messages(world.general)] == ["once", "once"]


async def test_fetched_history_carries_no_nonce_and_honours_after(world: World) -> None:
    s = world.sandbox
    path = f"/channels/{world.general.id}/messages"
    ids = []
    for text in ("one", "two", "three", "four"):
        _, made, _ = await raw(s, "POST", path, {"content": text, "nonce": text, "enforce_nonce": True})
        assert made["nonce"] == text  # the create answer echoes it
        ids.append(made["id"])
    _, newest, _ = await raw(s, "GET", path + "?limit=2")
    assert [m["content"] for m in newest] == ["four", "three"]
    assert all("nonce" not in m for m in newest)
    _, after, _ = await raw(s, "GET", path + f"?limit=2&after={ids[0]}")
    assert [m["content"] for m in after] == ["three", "two"]


async def test_unimplemented_route_is_404_json_and_recorded(world: World) -> None:
    s = world.sandbox
    status, data, _ = await raw(s, "GET", f"/guilds/{world.guild.id}/bans")
    assert status == 404
    assert data == {"code": 0, "message": "404: Not Found"}
    assert [(r.method, r.path) for r in s.unhandled] == [("GET", f"/guilds/{world.guild.id}/bans")]


async def test_wrong_token_is_401(world: World) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(world.sandbox.api_base + "/users/@me", headers={"Authorization": "Bot nope"}) as resp,
    ):
        assert resp.status == 401


async def test_requests_are_recorded_with_rate_limit_headers(world: World) -> None:
    s = world.sandbox
    status, data, headers = await raw(s, "POST", f"/channels/{world.general.id}/messages", {"content": "hey"})
    assert status == 200 and data["content"] == "hey"
    for name in ("Limit", "Remaining", "Reset", "Reset-After", "Bucket"):
        assert f"X-RateLimit-{name}" in headers
    rec = await s.wait_for_request(lambda r: r.method == "POST" and r.json == {"content": "hey"})
    assert rec.status == 200 and rec.path == f"/channels/{world.general.id}/messages"


async def test_mentions_pinged_follows_allowed_mentions(world: World) -> None:
    s = world.sandbox
    role = s.add_role(world.guild, "S2 news")
    path = f"/channels/{world.general.id}/messages"
    content = f"@everyone <@&{role.id}> <@{world.mina.id}>"
    await raw(s, "POST", path, {"content": content})
    await raw(s, "POST", path, {"content": content, "allowed_mentions": {"parse": []}})
    await raw(
        s, "POST", path, {"content": content, "allowed_mentions": {"parse": [], "roles": [str(role.id)]}}
    )
    default, none, only_role = s.messages(world.general)
    assert default.mentions_pinged == ["everyone", f"role:{role.id}", f"user:{world.mina.id}"]
    assert none.mentions_pinged == []
    assert only_role.mentions_pinged == [f"role:{role.id}"]


async def test_allowed_mentions_parse_and_ids_are_exclusive(world: World) -> None:
    body = {"content": "x", "allowed_mentions": {"parse": ["users"], "users": [str(world.mina.id)]}}
    status, data, _ = await raw(world.sandbox, "POST", f"/channels/{world.general.id}/messages", body)
    assert status == 400 and data["code"] == 50035
