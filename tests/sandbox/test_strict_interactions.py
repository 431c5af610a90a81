"""Interaction callbacks as Discord checks them: the type per interaction type, one initial answer,
defer flags, modal limits, and tokens that expire after 15 minutes on the sandbox's clock."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.sandbox import RateLimits, Sandbox, SandboxError
from bot.sandbox.interactions import InteractionRecord

from .conftest import World, open_interaction
from .test_rest_faults import raw

COMMAND, COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT, PING = 2, 3, 4, 5, 1
MODAL: dict[str, Any] = {
    "custom_id": "m",
    "title": "Feedback",
    "components": [
        {"type": 1, "components": [{"type": 4, "custom_id": "t", "style": 1, "label": "Your words"}]}
    ],
}
ANSWERS: dict[int, dict[str, Any]] = {
    1: {"type": 1},
    4: {"type": 4, "data": {"content": "hi"}},
    5: {"type": 5},
    6: {"type": 6},
    7: {"type": 7, "data": {"content": "updated"}},
    8: {"type": 8, "data": {"choices": [{"name": "a", "value": "a"}]}},
    9: {"type": 9, "data": MODAL},
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC))


@pytest.fixture
def sandbox_options(clock: ManualClock) -> dict[str, Any]:
    return {"rate_limits": RateLimits.unlimited(), "clock": clock}


async def answer(
    world: World, kind: int, callback: int, *, from_component: bool = False
) -> tuple[int, Any, InteractionRecord]:
    s = world.sandbox
    source = None
    if kind == COMPONENT or from_component:
        status, body, _ = await raw(s, "POST", f"/channels/{world.general.id}/messages", {"content": "src"})
        assert status == 200
        source = s.message(int(body["id"]))
    rec = open_interaction(s, kind, world.mina, world.general, source=source)
    status, data, _ = await raw(s, "POST", f"/interactions/{rec.id}/{rec.token}/callback", ANSWERS[callback])
    return status, data, rec


@pytest.mark.parametrize(
    ("kind", "callback"),
    [
        (COMMAND, 1),  # PONG is for PING only
        (COMMAND, 6),  # DEFERRED_UPDATE_MESSAGE is for components
        (COMMAND, 7),  # UPDATE_MESSAGE is for components
        (COMMAND, 8),  # choices are for autocomplete
        (AUTOCOMPLETE, 4),
        (AUTOCOMPLETE, 5),
        (AUTOCOMPLETE, 9),
        (COMPONENT, 8),
        (COMPONENT, 1),
        (MODAL_SUBMIT, 9),  # no modal after a modal submit
        (MODAL_SUBMIT, 8),
        (PING, 4),
    ],
    ids=lambda v: str(v),
)
async def test_a_callback_type_the_interaction_does_not_take_is_400(world: World, kind: int, callback: int) -> None:
    status, data, rec = await answer(world, kind, callback)
    assert status == 400 and data["code"] == 50035
    assert data["errors"]["type"]["_errors"][0]["code"] == "INTERACTION_RESPONSE_TYPE_INVALID"
    if kind == AUTOCOMPLETE:  # the user typing waits on the choices: the wrong answer fails that wait too
        with pytest.raises(SandboxError, match="autocomplete answer rejected"):
            await rec.reply


@pytest.mark.parametrize(
    ("kind", "callback"),
    [(PING, 1), (COMMAND, 4), (COMMAND, 5), (COMMAND, 9), (COMPONENT, 6), (COMPONENT, 7), (COMPONENT, 9),
     (AUTOCOMPLETE, 8), (MODAL_SUBMIT, 4), (MODAL_SUBMIT, 5)],
    ids=lambda v: str(v),
)
async def test_a_callback_type_the_interaction_takes_is_accepted(world: World, kind: int, callback: int) -> None:
    status, _, _ = await answer(world, kind, callback)
    assert status == 200


async def test_a_modal_submit_updates_a_message_only_when_raised_from_one(world: World) -> None:
    status, data, _ = await answer(world, MODAL_SUBMIT, 7)
    assert status == 400 and data["code"] == 50035
    status, _, _ = await answer(world, MODAL_SUBMIT, 7, from_component=True)
    assert status == 200


async def test_a_second_initial_answer_is_40060(world: World) -> None:
    s = world.sandbox
    rec = open_interaction(s, COMMAND, world.mina, world.general)
    path = f"/interactions/{rec.id}/{rec.token}/callback"
    assert (await raw(s, "POST", path, ANSWERS[5]))[0] == 200
    status, data, _ = await raw(s, "POST", path, ANSWERS[4])
    assert status == 400 and data["code"] == 40060


@pytest.mark.parametrize("flags", [4, 4096, 64 | 4])
async def test_a_defer_may_carry_only_the_ephemeral_flag(world: World, flags: int) -> None:
    s = world.sandbox
    rec = open_interaction(s, COMMAND, world.mina, world.general)
    body = {"type": 5, "data": {"flags": flags}}
    status, data, _ = await raw(s, "POST", f"/interactions/{rec.id}/{rec.token}/callback", body)
    assert status == 400 and data["code"] == 50035 and "flags" in data["errors"]["data"]


def _modal(**changes: Any) -> dict[str, Any]:
    modal = {**MODAL, "components": [dict(MODAL["components"][0])]}
    text = dict(MODAL["components"][0]["components"][0])
    for key, value in changes.items():
        if key.startswith("input_"):
            text[key[len("input_") :]] = value
        else:
            modal[key] = value
    if "components" not in changes:
        modal["components"] = [{"type": 1, "components": [text]}]
    return modal


@pytest.mark.parametrize(
    "modal",
    [
        _modal(title="t" * 46),
        _modal(title=None),
        _modal(custom_id="c" * 101),
        _modal(components=[]),
        _modal(components=[MODAL["components"][0]] * 6),
        _modal(input_label="l" * 46),
        _modal(input_label=None),
        _modal(input_custom_id="c" * 101),
        _modal(input_min_length=4001),
        _modal(input_max_length=0),
        _modal(input_min_length=10, input_max_length=5),
        _modal(input_style=3),
        _modal(input_value="v" * 4001),
        _modal(input_placeholder="p" * 101),
        _modal(components=[{"type": 1, "components": [MODAL["components"][0]["components"][0]] * 2}]),
        _modal(components=[{"type": 2, "style": 1, "label": "b", "custom_id": "b"}]),
    ],
    ids=[
        "title-over-45", "no-title", "custom-id-over-100", "no-components", "six-components",
        "label-over-45", "no-label", "input-custom-id-over-100", "min-length-over-4000", "max-length-0",
        "min-over-max", "bad-style", "value-over-4000", "placeholder-over-100", "two-inputs-in-a-row",
        "a-button",
    ],
)
async def test_modal_limits(world: World, modal: dict[str, Any]) -> None:
    s = world.sandbox
    rec = open_interaction(s, COMMAND, world.mina, world.general)
    status, data, _ = await raw(s, "POST", f"/interactions/{rec.id}/{rec.token}/callback", {"type": 9, "data": modal})
    assert status == 400 and data["code"] == 50035 and "data" in data["errors"]


async def test_tokens_expire_after_15_minutes_on_the_sandbox_clock(world: World, clock: ManualClock) -> None:
    s = world.sandbox
    rec = open_interaction(s, COMMAND, world.mina, world.general)
    app = s.application_id
    assert (await raw(s, "POST", f"/interactions/{rec.id}/{rec.token}/callback", ANSWERS[4]))[0] == 200
    clock.advance(dt.timedelta(minutes=14, seconds=59))
    assert (await raw(s, "GET", f"/webhooks/{app}/{rec.token}/messages/@original"))[0] == 200
    clock.advance(dt.timedelta(seconds=2))
    for method, path, body in [
        ("POST", f"/webhooks/{app}/{rec.token}", {"content": "late"}),
        ("PATCH", f"/webhooks/{app}/{rec.token}/messages/@original", {"content": "late"}),
        ("GET", f"/webhooks/{app}/{rec.token}/messages/@original", None),
        ("DELETE", f"/webhooks/{app}/{rec.token}/messages/@original", None),
    ]:
        status, data, _ = await raw(s, method, path, body)
        assert (status, data["code"]) == (401, 50027), method


async def test_an_expired_token_cannot_give_the_first_answer(world: World, clock: ManualClock) -> None:
    s = world.sandbox
    rec = open_interaction(s, COMMAND, world.mina, world.general)
    clock.advance(dt.timedelta(minutes=16))
    status, data, _ = await raw(s, "POST", f"/interactions/{rec.id}/{rec.token}/callback", ANSWERS[4])
    assert (status, data["code"]) == (404, 10062)


def test_the_harness_clock_is_the_sandbox_clock() -> None:
    clock = ManualClock(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert Sandbox(clock=clock).clock is clock
