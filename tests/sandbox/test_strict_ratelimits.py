"""A bucket on every route hyosan uses, with Discord's headers, and the buckets Discord shares."""

from __future__ import annotations

from typing import Any

import pytest

from bot.sandbox import RateLimits

from .conftest import World, open_interaction
from .test_rest_faults import raw


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    return {
        "rate_limits": RateLimits(
            per_channel=2,
            per_channel_window=5.0,
            global_per_second=1000,
            edits_per_channel=2,
            edits_window=5.0,
            deletes_per_channel=2,
            deletes_window=5.0,
            dm_opens=2,
            dm_opens_window=5.0,
            webhook_per_token=2,
            webhook_window=5.0,
        )
    }


async def third_is_429(world: World, method: str, path: str, bodies: list[Any]) -> dict[str, str]:
    s = world.sandbox
    statuses = []
    headers: dict[str, str] = {}
    data: Any = None
    for body in bodies:
        status, data, headers = await raw(s, method, path, body)
        statuses.append(status)
    assert statuses[:2] != [429, 429] and statuses[-1] == 429, statuses
    assert data["global"] is False and 0 < data["retry_after"] <= 5.0
    assert headers["X-RateLimit-Scope"] == "user" and headers["Via"] == "1.1 google"
    assert int(headers["Retry-After"]) >= 1
    assert headers["X-RateLimit-Remaining"] == "0" and headers["X-RateLimit-Limit"] == "2"
    return headers


async def test_editing_messages_has_its_bucket(world: World) -> None:
    s = world.sandbox
    _, msg, _ = await raw(s, "POST", f"/channels/{world.general.id}/messages", {"content": "v1"})
    path = f"/channels/{world.general.id}/messages/{msg['id']}"
    await third_is_429(world, "PATCH", path, [{"content": f"v{i}"} for i in range(3)])


async def test_deleting_messages_has_its_bucket(world: World) -> None:
    s = world.sandbox
    ids = [(await s.say(world.mina, world.general, f"m{i}")).id for i in range(3)]
    s.deny(world.general, send=False)
    for mid in ids[:2]:
        assert (await raw(s, "DELETE", f"/channels/{world.general.id}/messages/{mid}"))[0] == 204
    status, _, headers = await raw(s, "DELETE", f"/channels/{world.general.id}/messages/{ids[2]}")
    assert status == 429 and headers["X-RateLimit-Scope"] == "user"


async def test_opening_dms_has_its_bucket(world: World) -> None:
    body = {"recipient_id": str(world.mina.id)}
    await third_is_429(world, "POST", "/users/@me/channels", [body] * 3)


async def test_followups_and_their_edits_share_one_bucket_per_token(world: World) -> None:
    s = world.sandbox
    rec = open_interaction(s, 2, world.mina, world.general)
    await raw(s, "POST", f"/interactions/{rec.id}/{rec.token}/callback", {"type": 4, "data": {"content": "hi"}})
    base = f"/webhooks/{s.application_id}/{rec.token}"
    first = await raw(s, "POST", base, {"content": "f1"})
    second = await raw(s, "PATCH", f"{base}/messages/@original", {"content": "edited"})
    third = await raw(s, "POST", base, {"content": "f2"})
    assert [first[0], second[0], third[0]] == [204, 200, 429]
    assert first[2]["X-RateLimit-Bucket"] == second[2]["X-RateLimit-Bucket"]
    other = open_interaction(s, 2, world.mina, world.general)
    await raw(s, "POST", f"/interactions/{other.id}/{other.token}/callback", {"type": 5})
    assert (await raw(s, "POST", f"/webhooks/{s.application_id}/{other.token}", {"content": "x"}))[0] == 204


async def test_the_bucket_header_names_the_route_not_the_channel(world: World) -> None:
    s = world.sandbox
    _, _, general = await raw(s, "POST", f"/channels/{world.general.id}/messages", {"content": "a"})
    _, _, trivia = await raw(s, "POST", f"/channels/{world.trivia.id}/messages", {"content": "b"})
    assert general["X-RateLimit-Bucket"] == trivia["X-RateLimit-Bucket"]
    assert general["X-RateLimit-Remaining"] == trivia["X-RateLimit-Remaining"] == "1"


async def test_interaction_callbacks_have_no_bucket(world: World) -> None:
    s = world.sandbox
    for _ in range(4):
        rec = open_interaction(s, 2, world.mina, world.general)
        status, _, _ = await raw(s, "POST", f"/interactions/{rec.id}/{rec.token}/callback", {"type": 5})
        assert status == 200


async def test_reactions_have_discords_bucket_of_one_per_quarter_second(world: World) -> None:
    said = await world.sandbox.say(world.mina, world.trivia, "lol")
    statuses = []
    for emoji in ("%E2%8C%9B", "%E2%9B%94"):
        status, data, _ = await raw(
            world.sandbox, "PUT", f"/channels/{world.trivia.id}/messages/{said.id}/reactions/{emoji}/@me"
        )
        statuses.append(status)
    assert statuses == [204, 429]
    assert data["global"] is False and 0 < data["retry_after"] <= 0.25
