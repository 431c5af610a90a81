"""The contract checker itself: it catches what Discord's spec rejects, passes the local Discord's
answers, and keeps its allowlist short and explained. (The whole suite's traffic, and the demo's,
is checked by the session plugin in tests/conftest.py.)"""

from __future__ import annotations

from typing import Any

import pytest

from bot.sandbox import RecordedRequest

from .spec import ALLOWED_DIFFERENCES, SpecContract, find_spec

SPEC = find_spec()
pytestmark = pytest.mark.skipif(SPEC is None, reason="../shared (Discord's OpenAPI spec) is absent")


@pytest.fixture(scope="module")
def contract() -> SpecContract:
    assert SPEC is not None
    return SpecContract.load(SPEC)


def exchange(method: str, path: str, body: Any, status: int = 200, response: Any = None, **query: str) -> RecordedRequest:
    return RecordedRequest(method, path, dict(query), body, {}, [], status, 0.0, response)


def test_a_body_the_spec_rejects_is_a_violation(contract: SpecContract) -> None:
    [found] = contract.check(exchange("POST", "/channels/1/messages", {"content": "x", "nonce": "n" * 26}))
    assert found.kind == "request" and found.where == "nonce"


def test_a_route_or_query_parameter_discord_lacks_is_a_violation(contract: SpecContract) -> None:
    assert [v.kind for v in contract.check(exchange("POST", "/channels/1/frobnicate", {}))] == ["route"]
    found = contract.check(exchange("POST", "/webhooks/1/tok", {"content": "x"}, status=204, wat="1"))
    assert [v.kind for v in found] == ["query"]


def test_a_400_from_the_strict_local_discord_is_a_violation(contract: SpecContract) -> None:
    answer = {"code": 50035, "message": "Invalid Form Body", "errors": {"embeds": {"_errors": [{"code": "X", "message": "m"}]}}}
    found = contract.check(exchange("POST", "/channels/1/messages", {"content": "x"}, status=400, response=answer))
    assert [v.kind for v in found] == ["rejected"]


def test_an_answer_the_spec_rejects_is_a_violation(contract: SpecContract) -> None:
    found = contract.check(exchange("GET", "/channels/1/messages/2", None, response={"id": "2"}))
    assert [v.kind for v in found] == ["response"]


def test_discord_py_ids_sent_as_integers_are_allowed(contract: SpecContract) -> None:
    body = {"content": "x", "allowed_mentions": {"parse": [], "roles": [123], "users": [456]}}
    assert contract.check(exchange("POST", "/channels/1/messages", body)) == []
    assert contract.check(exchange("POST", "/users/@me/channels", {"recipient_id": 5})) == []


def test_the_allowlist_is_short_and_every_entry_says_why(contract: SpecContract) -> None:
    assert len(ALLOWED_DIFFERENCES) <= 5
    for difference in ALLOWED_DIFFERENCES:
        assert difference.kind in ("request", "response")
        assert len(difference.reason) > 60 and "developers/" in difference.reason


async def test_the_local_discords_answers_meet_the_spec(contract: SpecContract) -> None:
    from bot.sandbox import Sandbox

    from ..sandbox.test_rest_faults import raw

    async with Sandbox() as s:
        guild = s.add_guild("g")
        channel = s.add_channel(guild, "c")
        member = s.add_member(guild, "m")
        await raw(s, "GET", "/users/@me")
        await raw(s, "GET", "/oauth2/applications/@me")
        await raw(s, "GET", f"/channels/{channel.id}")
        _, msg, _ = await raw(s, "POST", f"/channels/{channel.id}/messages", {"content": "x", "embeds": [{"title": "t"}]})
        await raw(s, "PATCH", f"/channels/{channel.id}/messages/{msg['id']}", {"content": "y"})
        await raw(s, "GET", f"/channels/{channel.id}/messages/{msg['id']}")
        forward = {"type": 1, "message_id": msg["id"], "channel_id": str(channel.id)}
        await raw(s, "POST", f"/channels/{channel.id}/messages", {"message_reference": forward})
        await raw(s, "POST", "/users/@me/channels", {"recipient_id": str(member.id)})
        await raw(s, "GET", f"/guilds/{guild.id}/members/{member.id}")
        await raw(s, "POST", f"/channels/{channel.id}/messages", {"content": "x" * 2001})
        answers = [v for r in s.requests for v in contract.check(r) if v.kind == "response"]
    assert answers == []
    assert len(s.requests) == 10
