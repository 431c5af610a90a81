"""A post that went out is reported sent, whatever happens after it (cogs/season2/transport.py): striking
the old date in earlier posts is best effort, and a failure there must never make the dispatcher send
the announcement a second time."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.season2.delivery.dispatcher import Outcome
from bot.season2.delivery.posts import transition_payload
from bot.season2.model import Milestone, Transition
from bot.season2.model.delivery import OutboxEntry
from cogs.season2.transport import DiscordTransport

FEB_12, FEB_19 = dt.datetime(2027, 2, 12, 8, tzinfo=dt.UTC), dt.datetime(2027, 2, 19, 8, tzinfo=dt.UTC)


class _Sent:
    id = 555


class _Channel:
    """A channel (Discord's side of it) whose history cannot be read: the connection drops."""

    def __init__(self, fault: BaseException) -> None:
        self.fault = fault
        self.sent = 0

    async def send(self, **_: Any) -> _Sent:
        self.sent += 1
        return _Sent()

    def history(self, **_: Any) -> AsyncIterator[Any]:
        fault = self.fault

        async def broken() -> AsyncIterator[Any]:
            raise fault
            yield  # pragma: no cover

        return broken()


class _Client:
    user = type("Me", (), {"id": 1})()

    def __init__(self, channel: _Channel) -> None:
        self.channel = channel

    def get_partial_messageable(self, _id: int) -> _Channel:
        return self.channel

    def get_channel(self, _id: int) -> None:
        return None  # nothing cached: what the bot may do there is Discord's to answer

    def get_guild(self, _id: int) -> None:
        return None  # nor the server: its roles are taken as they were


async def _no_wait() -> None:
    return None


async def _no_reads(_guild: int | None) -> None:
    return None


def _row(payload: dict[str, Any]) -> OutboxEntry:
    now = dt.datetime(2027, 2, 1, tzinfo=dt.UTC)
    return OutboxEntry(1, "t", "channel:42", "announcement", 1, 7, "sending", 0, now, "nonce", json.dumps(payload),
                       None, None, None, now, None)


@pytest.mark.parametrize("fault", [TimeoutError(), OSError("connection reset"), RuntimeError("x")])
async def test_a_changed_date_posted_is_sent_even_when_its_earlier_posts_cannot_be_struck(
    fault: BaseException,
) -> None:
    moved = Transition.make("release_date_changed", Milestone.RELEASE_DATE_ANNOUNCED,
                            Milestone.RELEASE_DATE_ANNOUNCED, FEB_12, FEB_19, dt.datetime(2027, 2, 1, tzinfo=dt.UTC), ())
    payload = transition_payload(moved)
    channel = _Channel(fault)
    transport = DiscordTransport(_Client(channel), None, _no_reads)  # type: ignore[arg-type]
    result = await transport.send(_row(payload), payload, _no_wait)
    assert channel.sent == 1
    assert result.outcome is Outcome.SENT and result.message_id == 555
