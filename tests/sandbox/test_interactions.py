"""Autocomplete, components, files, and the strictness of invoke against the synced schema."""

from __future__ import annotations

import pytest

from bot.sandbox import Attachment, SandboxError

from .conftest import StartBot, World


async def test_autocomplete_returns_choices(world: World, start_bot: StartBot) -> None:
    await start_bot()
    choices = await world.sandbox.autocomplete(world.mina, world.general, "fruit", focused="name", name="ap")
    assert choices == [{"name": "apple", "value": "apple"}, {"name": "apricot", "value": "apricot"}]


@pytest.mark.contract_probe  # makes discord.py send what Discord rejects
async def test_autocomplete_over_25_choices_is_rejected(world: World, start_bot: StartBot) -> None:
    await start_bot()
    with pytest.raises(SandboxError, match="rejected"):
        await world.sandbox.autocomplete(
            world.mina, world.general, "fruit", focused="other", name="x", other=""
        )
    rejected = [r for r in world.sandbox.requests if r.path.endswith("/callback") and r.status == 400]
    assert rejected and rejected[0].json["type"] == 8


async def test_autocomplete_on_option_without_autocomplete(world: World, start_bot: StartBot) -> None:
    await start_bot()
    with pytest.raises(SandboxError, match="autocomplete"):
        await world.sandbox.autocomplete(world.mina, world.general, "ping", focused="word")


async def test_click_persistent_button_updates_message(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    msg = await s.invoke(world.mina, world.general, "button")
    assert [b["custom_id"] for b in msg.buttons] == ["bare:press", "bare:tell"]
    after = await s.click(world.mod, msg, "bare:press")
    assert after.id == msg.id
    assert after.content == "pressed by cheong"
    assert after.buttons[0]["disabled"] is True
    assert msg.content == "press it"  # the earlier snapshot is unchanged
    with pytest.raises(SandboxError, match="disabled"):
        await s.click(world.mina, msg, "bare:press")
    with pytest.raises(SandboxError, match="no component"):
        await s.click(world.mina, msg, "bare:nope")


async def test_click_answered_with_ephemeral_message(world: World, start_bot: StartBot) -> None:
    await start_bot()
    msg = await world.sandbox.invoke(world.mina, world.general, "button")
    reply = await world.sandbox.click(world.mina, msg, "bare:tell")
    assert reply.ephemeral and reply.content == "only you can see this"


async def test_persistent_button_survives_bot_restart(world: World, start_bot: StartBot) -> None:
    first = await start_bot()
    msg = await world.sandbox.invoke(world.mina, world.general, "button")
    await first.close()
    await start_bot()
    after = await world.sandbox.click(world.mina, msg, "bare:press")
    assert after.content == "pressed by mina"


async def test_multipart_upload_from_channel_send_and_followup(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    reply = await s.invoke(world.mina, world.general, "upload")
    assert reply.content == "uploaded"
    assert [(a.filename, a.data) for a in reply.attachments] == [("pic.png", b"\x89PNG..")]
    posted = s.messages(world.general)[0]
    assert posted.content == "here is a file"
    assert posted.attachments[0].filename == "hello.txt"
    assert posted.attachments[0].data == b"hello file"
    upload = next(r for r in s.requests if r.method == "POST" and r.path.endswith("/messages"))
    assert upload.files[0].filename == "hello.txt"


async def test_attachment_option_is_served_to_the_bot(world: World, start_bot: StartBot) -> None:
    await start_bot()
    att = Attachment("notes.txt", b"the school is lost", content_type="text/plain")
    reply = await world.sandbox.invoke(world.mina, world.general, "readfile", file=att)
    assert reply.content == "notes.txt: the school is lost"


@pytest.mark.parametrize(
    ("args", "options", "match"),
    [
        (("nosuch",), {}, "not a synced command"),
        (("ping",), {"word": "x", "colour": "red"}, "no option 'colour'"),
        (("ping",), {"word": 3}, "wants a string"),
        (("ping",), {"word": "x", "times": "2"}, "wants a integer"),
        (("ping",), {}, "missing required option 'word'"),
        (("tools",), {}, "needs a subcommand"),
        (("tools", "shout"), {"text": "x"}, "no subcommand"),
    ],
)
async def test_invoke_is_strict(
    world: World, start_bot: StartBot, args: tuple[str, ...], options: dict[str, object], match: str
) -> None:
    await start_bot()
    with pytest.raises(SandboxError, match=match):
        await world.sandbox.invoke(world.mina, world.general, *args, **options)


async def test_edit_original_and_followup(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    reply = await s.invoke(world.mina, world.general, "edit")
    assert reply.content == "first"
    followup = await s.wait_for_message(world.general, lambda m: m.content == "and a followup")
    edited = s.message(reply.id)
    assert edited.content == "second" and edited.edited_timestamp is not None
    assert [m.content for m in s.messages(world.general)] == ["second", "and a followup"]
    assert followup.interaction_id == reply.interaction_id


async def test_modal_shown_then_submitted(world: World, start_bot: StartBot) -> None:
    await start_bot()
    s = world.sandbox
    shown = await s.invoke(world.mina, world.general, "feedback")
    assert shown.content == "Feedback"
    with pytest.raises(SandboxError, match="no field"):
        await s.submit_modal(world.mina, {"fb:text": "x", "fb:nope": "x"})
    shown = await s.invoke(world.mina, world.general, "feedback")
    reply = await s.submit_modal(world.mina, {"fb:text": "great show"})
    assert reply.content == "thanks: great show" and reply.ephemeral
