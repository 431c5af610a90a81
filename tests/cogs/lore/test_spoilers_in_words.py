"""/spoilers as moderators say a channel's mark in words rather than an episode: "no spoilers",
"spoiler-free", "노스포" mark it spoiler-free (nothing in the clear); "full spoilers", "spoilers
allowed", "스포 허용" make it a spoiler channel up to the latest episode. In a thread, "no spoilers"
is the thread's own mark, never "follow the channel"."""

from __future__ import annotations

import pytest

from bot.harness import Harness

NOTHING_SAID = "spoiler mark is now nothing: public replies here hide every spoiler"
LATEST_SAID = "is now a spoiler channel: everything up to season 1, episode 12 may be discussed in the clear"


@pytest.mark.parametrize(
    "typed", ["no spoilers", "No Spoilers!", "spoiler-free", "spoiler free", "nospoilers", "zero spoilers",
              "no spoilers here", "노스포", "스포 금지", "스포없음"],
)
async def test_a_channel_said_spoiler_free_in_words_is_marked_nothing(hyosan: Harness, typed: str) -> None:
    h = hyosan
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E5")
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to=typed)
    assert NOTHING_SAID in reply.text


@pytest.mark.parametrize("typed", ["full spoilers", "all spoilers", "spoilers allowed", "spoilers ok", "스포 허용"])
async def test_a_channel_said_open_to_every_spoiler_is_marked_up_to_the_latest_episode(hyosan: Harness, typed: str) -> None:
    h = hyosan
    channel = h.discord.add_channel(h.guild, "spoiler-zone")
    reply = await h.discord.invoke(h.moderator, channel, "spoilers", up_to=typed)
    assert LATEST_SAID in reply.text


async def test_no_spoilers_in_a_thread_is_its_own_mark_not_its_channels(hyosan: Harness) -> None:
    h = hyosan
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E12")
    thread = h.discord.add_thread(h.general, "first-timers")
    reply = await h.discord.invoke(h.moderator, thread, "spoilers", up_to="no spoilers")
    assert "thread's spoiler mark is now nothing" in reply.text


@pytest.mark.parametrize("typed", ["no spoilers past ep 5", "spoilers", "no", "spoilers for ep 3"])
async def test_words_that_name_no_mark_are_still_asked_again(hyosan: Harness, typed: str) -> None:
    h = hyosan
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to=typed)
    assert reply.ephemeral and "is not an episode" in reply.text
