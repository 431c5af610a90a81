"""/spoilers clear (or follow channel): a thread goes back to its channel's mark, through the
local Discord; what moderators and readers then see."""

from __future__ import annotations

import pytest

from bot.harness import Harness
from tests.cogs.spoiler_oracle import outside_bars
from tests.shared_bot import module_fixtures

pytestmark = pytest.mark.asyncio(loop_scope="module")


shared, hyosan = module_fixtures("clear")  # one started bot, a server of its own for each test


async def test_a_thread_given_its_own_mark_can_follow_its_channel_again(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="12")
    thread = hyosan.discord.add_thread(hyosan.general, "first-timers")
    await hyosan.discord.invoke(hyosan.moderator, thread, "spoilers", up_to="2")
    reply = await hyosan.discord.invoke(hyosan.moderator, thread, "spoilers", up_to="follow channel")
    assert reply.text.startswith("This thread no longer has a spoiler mark of its own"), reply.text
    assert f"<#{hyosan.general.id}>" in reply.text and "everything up to" in reply.text.casefold()
    card = await hyosan.discord.invoke(hyosan.fan, thread, "character", name="Cheong-san")
    assert "construction site" in outside_bars(card.text)  # the channel's S1E12 mark again


async def test_clear_in_a_thread_names_the_channels_lower_mark(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="3")
    thread = hyosan.discord.add_thread(hyosan.general, "spoiler zone")
    await hyosan.discord.invoke(hyosan.moderator, thread, "spoilers", up_to="12")
    reply = await hyosan.discord.invoke(hyosan.moderator, thread, "spoilers", up_to="clear")
    assert "spoiler-safe up to" in reply.text and "episode 3" in reply.text.casefold(), reply.text
    card = await hyosan.discord.invoke(hyosan.fan, thread, "character", name="Cheong-san")
    assert "construction site" not in outside_bars(card.text)


async def test_clear_in_a_thread_without_a_mark_says_it_already_follows(hyosan: Harness) -> None:
    thread = hyosan.discord.add_thread(hyosan.general, "chat")
    reply = await hyosan.discord.invoke(hyosan.moderator, thread, "spoilers", up_to="clear")
    assert "already follows" in reply.text and "That channel has none" in reply.text, reply.text


async def test_follow_channel_in_a_channel_is_refused_and_the_mark_kept(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="12")
    reply = await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="follow channel")
    assert reply.ephemeral and "Only a thread can follow" in reply.text, reply.text
    card = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "character", name="Cheong-san")
    assert "construction site" in outside_bars(card.text)


async def test_clear_in_a_channel_takes_its_mark_away(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="12")
    reply = await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="clear")
    assert reply.text.startswith("This channel's spoiler mark is cleared"), reply.text
    card = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "character", name="Cheong-san")
    assert "construction site" not in outside_bars(card.text)


async def test_a_thread_is_offered_following_its_channel_first(hyosan: Harness) -> None:
    thread = hyosan.discord.add_thread(hyosan.general, "watch-along")
    choices = await hyosan.discord.autocomplete(hyosan.moderator, thread, "spoilers", focused="up_to", up_to="")
    assert choices[0]["value"] == "follow channel" and len(choices) <= 25


async def test_a_channel_is_not_offered_following_a_channel(hyosan: Harness) -> None:
    choices = await hyosan.discord.autocomplete(hyosan.moderator, hyosan.general, "spoilers", focused="up_to", up_to="")
    assert all(c["value"] != "follow channel" for c in choices)


async def test_a_bare_spoilers_shows_the_moderator_how_the_channel_or_thread_stands_now(hyosan: Harness) -> None:
    """rehearse66: a moderator ran /spoilers alone to see the mark and was only told what to give."""
    unmarked = await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers")
    assert unmarked.ephemeral and unmarked.text.startswith(
        "This channel has no spoiler mark: its public replies hide every spoiler. The spoiler guard is **off** here.\n"
        "Give `up_to`"), unmarked.text
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="3")
    thread = hyosan.discord.add_thread(hyosan.general, "watch-along")
    followed = await hyosan.discord.invoke(hyosan.moderator, thread, "spoilers")
    assert followed.text.startswith(f"This thread has no mark of its own and follows <#{hyosan.general.id}>'s: "
                                    "spoiler-safe up to season 1, episode 3."), followed.text
