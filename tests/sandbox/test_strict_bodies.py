"""Message bodies and command schemas Discord rejects, each answered 400 50035 where Discord says why."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bot.sandbox import Message, SandboxError

from .conftest import World
from .test_rest_faults import raw


def row(*children: dict[str, Any]) -> dict[str, Any]:
    return {"type": 1, "components": list(children)}


def button(**fields: Any) -> dict[str, Any]:
    return {"type": 2, "style": 1, "label": "Go", "custom_id": "go", **fields}


def select(**fields: Any) -> dict[str, Any]:
    options = [{"label": "A", "value": "a"}, {"label": "B", "value": "b"}]
    return {"type": 3, "custom_id": "pick", "options": options, **fields}


def node(tree: dict[str, Any], path: list[str]) -> dict[str, Any]:
    for part in path:
        tree = tree[part]
    return tree


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"components": [row({"type": 2, "style": 1, "custom_id": "x"})]}, ["components", "0", "components", "0"]),
        ({"components": [row(button(style=7))]}, ["components", "0", "components", "0", "style"]),
        ({"components": [row(button(style=5, url="https://x.example"))]}, ["components", "0", "components", "0", "custom_id"]),
        ({"components": [row({"type": 2, "style": 1, "label": "x"})]}, ["components", "0", "components", "0", "custom_id"]),
        ({"components": [row({"type": 2, "style": 5, "label": "x"})]}, ["components", "0", "components", "0", "url"]),
        ({"components": [row({"type": 2, "style": 5, "label": "x", "url": "ftp://x"})]}, ["components", "0", "components", "0", "url"]),
        ({"components": [button()]}, ["components", "0", "type"]),
        ({"components": [row(button(custom_id=f"b{i}")) for i in range(6)]}, ["components"]),
        ({"components": [row(select(), button())]}, ["components", "0", "components"]),
        ({"components": [row(select(min_values=2, max_values=1))]}, ["components", "0", "components", "0", "min_values"]),
        ({"components": [row(select(options=[]))]}, ["components", "0", "components", "0", "options"]),
        ({"components": [row(select(options=[{"label": str(i), "value": str(i)} for i in range(26)]))]}, ["components", "0", "components", "0", "options"]),
        ({"components": [row(select(max_values=3))]}, ["components", "0", "components", "0", "max_values"]),
        ({"components": [row(button(), button())]}, ["components", "0", "components", "1", "custom_id"]),
        ({"content": "x", "nonce": "n" * 26}, ["nonce"]),
        ({"embeds": [{"title": "t", "color": 0x1000000}]}, ["embeds", "0", "color"]),
        ({"embeds": [{"title": "t", "color": -1}]}, ["embeds", "0", "color"]),
        ({"embeds": [{"title": "t", "url": "javascript:alert(1)"}]}, ["embeds", "0", "url"]),
        ({"embeds": [{"title": "t", "image": {"url": "ftp://x.example/a.png"}}]}, ["embeds", "0", "image", "url"]),
        ({"embeds": [{"title": "t", "fields": [{"name": "", "value": "v"}]}]}, ["embeds", "0", "fields", "0", "name"]),
        ({"content": "x", "flags": 64}, ["flags"]),
        ({"content": "x", "flags": 1 << 15, "components": [row(button())]}, ["content"]),
        ({"content": "x", "allowed_mentions": {"parse": ["channels"]}}, ["allowed_mentions", "parse"]),
    ],
    ids=[
        "button-without-label-or-emoji", "bad-button-style", "link-button-with-custom-id",
        "button-without-custom-id", "link-button-without-url", "link-button-bad-scheme",
        "component-outside-a-row", "six-rows", "select-and-button-in-one-row", "select-min-over-max",
        "select-without-options", "select-with-26-options", "select-max-over-options",
        "duplicate-custom-id", "nonce-over-25", "colour-over-ffffff", "negative-colour",
        "embed-url-not-http", "image-url-not-http", "empty-field-name", "ephemeral-flag-on-a-channel",
        "components-v2-with-content", "unknown-mention-kind",
    ],
)
async def test_a_message_body_discord_rejects_is_400_50035(world: World, body: dict[str, Any], where: list[str]) -> None:
    status, data, _ = await raw(world.sandbox, "POST", f"/channels/{world.general.id}/messages", body)
    assert (status, data["code"]) == (400, 50035), data
    assert node(data["errors"], where)["_errors"]


async def test_a_reply_to_an_unknown_message_is_refused_unless_told_not_to_fail(world: World) -> None:
    s = world.sandbox
    path = f"/channels/{world.general.id}/messages"
    body = {"content": "re", "message_reference": {"message_id": "123456789012345678"}}
    status, data, _ = await raw(s, "POST", path, body)
    assert (status, data["code"]) == (400, 50035)
    assert data["errors"]["message_reference"]["_errors"][0]["code"] == "MESSAGE_REFERENCE_UNKNOWN_MESSAGE"
    body["message_reference"]["fail_if_not_exists"] = False
    status, data, _ = await raw(s, "POST", path, body)
    assert status == 200 and "message_reference" not in data and data["type"] == 0
    real = (await raw(s, "POST", path, {"content": "first"}))[1]
    status, data, _ = await raw(s, "POST", path, {"content": "re", "message_reference": {"message_id": real["id"]}})
    assert status == 200 and data["type"] == 19 and data["message_reference"]["message_id"] == real["id"]


async def test_a_forward_carries_the_forwarded_message_as_it_was_and_no_content_of_its_own(world: World) -> None:
    s = world.sandbox
    said = await s.say(world.mina, world.general, "cheong-san dies in ep 12", embeds=[{"type": "rich", "title": "ep 12"}])
    forward = {"type": 1, "message_id": str(said.id), "channel_id": str(world.general.id)}
    status, data, _ = await raw(s, "POST", f"/channels/{world.trivia.id}/messages", {"message_reference": forward})
    assert status == 200 and data["content"] == "" and data["type"] == 0 and data["flags"] & 1 << 14, data
    assert data["message_reference"]["type"] == 1 and data["message_reference"]["channel_id"] == str(world.general.id)
    snapshot = data["message_snapshots"][0]["message"]
    assert (snapshot["content"], snapshot["embeds"][0]["title"]) == ("cheong-san dies in ep 12", "ep 12")
    await s.edit(world.mina, said, "nothing happens")
    assert "cheong-san dies" in s.message(int(data["id"])).text  # a snapshot: the edit does not reach it


async def test_a_forward_of_an_unknown_message_or_one_without_its_channel_is_refused(world: World) -> None:
    s = world.sandbox
    said = await s.say(world.mina, world.general, "hi")
    path = f"/channels/{world.trivia.id}/messages"
    for reference, where in (({"type": 1, "message_id": "123456789012345678", "channel_id": str(world.general.id)},
                              ["message_reference"]),
                             ({"type": 1, "message_id": str(said.id)}, ["message_reference", "channel_id"])):
        status, data, _ = await raw(s, "POST", path, {"message_reference": reference})
        assert (status, data["code"]) == (400, 50035) and node(data["errors"], where)["_errors"], data


async def test_an_interaction_answer_or_a_message_with_buttons_may_be_forwarded(world: World) -> None:
    # developers/resources/message.mdx, Message Reference Types: DEFAULT, REPLY, CHAT_INPUT_COMMAND and
    # CONTEXT_MENU_COMMAND messages may be forwarded; components are part of a snapshot
    s = world.sandbox
    _, buttons, _ = await raw(s, "POST", f"/channels/{world.general.id}/messages", {"content": "pick", "components": [row(button())]})
    answer = s.store.add_message(Message(id=s.store.new_id(), channel_id=world.general.id, guild_id=world.guild.id,
                                         author_id=s.bot_user_id, content="ep 12 recap", interaction_id=1))
    for message_id, kind in ((buttons["id"], 0), (str(answer.id), 20)):
        forward = {"type": 1, "message_id": message_id, "channel_id": str(world.general.id)}
        status, data, _ = await raw(s, "POST", f"/channels/{world.trivia.id}/messages", {"message_reference": forward})
        assert status == 200 and data["message_snapshots"][0]["message"]["type"] == kind, data


async def test_a_member_may_not_edit_a_forward(world: World) -> None:
    s = world.sandbox
    forward = await s.forward(world.mina, await s.say(world.mina, world.general, "hi"), world.trivia)
    with pytest.raises(SandboxError, match="forward"):
        await s.edit(world.mina, forward, "something else")


BASE_COMMAND: dict[str, Any] = {
    "name": "quiz",
    "description": "A quiz",
    "type": 1,
    "options": [
        {"type": 3, "name": "topic", "description": "The topic", "required": True},
        {"type": 4, "name": "rounds", "description": "How many", "choices": [{"name": "one", "value": 1}]},
    ],
}


def command(change: Any) -> dict[str, Any]:
    cmd = copy.deepcopy(BASE_COMMAND)
    change(cmd)
    return cmd


def group(*children: dict[str, Any], kind: int = 2, name: str = "g") -> dict[str, Any]:
    return {"type": kind, "name": name, "description": "d", "options": list(children)}


SUB = {"type": 1, "name": "s", "description": "d", "options": []}


@pytest.mark.parametrize(
    "cmd",
    [
        command(lambda c: c["options"][1].update(autocomplete=True)),
        command(lambda c: c["options"].append({"type": 5, "name": "b", "description": "d", "choices": [{"name": "y", "value": True}]})),
        command(lambda c: c["options"][0].update(choices=[{"name": "n", "value": "v" * 101}])),
        command(lambda c: c["options"][0].update(choices=[{"name": "n" * 101, "value": "v"}])),
        command(lambda c: c.update(options=[group(group(SUB))])),
        command(lambda c: c.update(options=[group(SUB, kind=1)])),
        command(lambda c: c.update(options=[group({"type": 3, "name": "x", "description": "d"})])),
        command(lambda c: c.update(options=[SUB, {"type": 3, "name": "x", "description": "d"}])),
        command(lambda c: c.update(description_localizations={loc: "d" * 100 for loc in ("fr", "de", "ko")},
                                   options=[{"type": 3, "name": f"o{i}", "description": "d" * 100,
                                             "choices": [{"name": "n" * 100, "value": "v" * 100}] * 25} for i in range(4)])),
        command(lambda c: c.update(default_member_permissions="manage_guild")),
        command(lambda c: c.update(default_member_permissions=-8)),
        command(lambda c: c.update(name_localizations={"xx-YY": "quiz"})),
        command(lambda c: c.update(name="Quiz")),
        command(lambda c: c.update(name="my quiz")),
        command(lambda c: c.update(name="q" * 33)),
        command(lambda c: c["options"][0].update(name="Topic")),
        command(lambda c: c.update(description="d" * 101)),
        command(lambda c: c["options"][0].update(description="d" * 101)),
        command(lambda c: c.update(options=[{"type": 3, "name": f"o{i}", "description": "d"} for i in range(26)])),
        command(lambda c: c["options"][1].update(choices=[{"name": str(i), "value": i} for i in range(26)])),
        command(lambda c: c["options"].append({"type": 3, "name": "late", "description": "d", "required": True})),
        command(lambda c: c.update(contexts=[0, 3])),
        command(lambda c: c.update(integration_types=[2])),
        command(lambda c: c["options"].append({"type": 3, "name": "topic", "description": "again"})),
        command(lambda c: c["options"][1]["choices"][0].update(value="one")),
    ],
    ids=[
        "autocomplete-with-choices", "choices-on-a-boolean", "choice-value-over-100", "choice-name-over-100",
        "group-in-a-group", "subcommand-in-a-subcommand", "group-holding-an-option", "subcommands-mixed-with-options",
        "over-8000-characters", "permissions-not-a-bitset", "negative-permissions", "unknown-locale",
        "uppercase-name", "name-with-a-space", "name-over-32", "uppercase-option-name", "description-over-100",
        "option-description-over-100", "26-options", "26-choices", "required-after-optional", "bad-context",
        "bad-integration-type", "duplicate-option-name", "string-choice-on-an-integer",
    ],
)
async def test_a_command_schema_discord_rejects_is_400_50035(world: World, cmd: dict[str, Any]) -> None:
    s = world.sandbox
    path = f"/applications/{s.application_id}/guilds/{world.guild.id}/commands"
    status, data, _ = await raw(s, "PUT", path, [cmd])
    assert (status, data["code"]) == (400, 50035), data
    assert "0" in data["errors"]
    assert s.registered_commands(world.guild) == []


async def test_a_valid_command_schema_is_stored(world: World) -> None:
    s = world.sandbox
    path = f"/applications/{s.application_id}/commands"
    status, data, _ = await raw(s, "PUT", path, [BASE_COMMAND, command(lambda c: c.update(name="trivia", options=[group(SUB)]))])
    assert status == 200 and [c["name"] for c in data] == ["quiz", "trivia"]
    assert data[0]["integration_types"] == [0]
