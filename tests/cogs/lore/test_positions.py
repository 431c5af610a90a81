"""Positions on Discord: /progress, /spoilers and /episode take a position typed any usual way, offer
the known episodes by autocomplete (growing with the bot's shape, no new command schema), and gate
season-2 content across seasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.show import EpisodeInfo, Position, ShowShape
from cogs.acks import ACK_BY
from tests.cogs.spoiler_oracle import outside_bars
from tests.shared_bot import module_fixtures
from tests.table import table

pytestmark = pytest.mark.asyncio(loop_scope="module")

SECRET_TITLE = "The Return of Cheong-san"


shared, hyosan = module_fixtures("positions")  # one started bot, a server of its own for each test


@pytest_asyncio.fixture(loop_scope="module")
async def s2(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    """hyosan with season 2's first episodes known (and aired): S2E1 has a title, which spoils it."""
    shape = ShowShape.season_one()
    aired = clock.now() - dt.timedelta(days=7)
    shape.add_episodes(2, [EpisodeInfo(2, 1, SECRET_TITLE, aired), EpisodeInfo(2, 2, None, aired + dt.timedelta(days=14))])
    async with Harness.start(tmp_path, clock=clock, bot_options={"show": shape}) as harness:
        yield harness


@pytest.mark.parametrize("typed", ["5", "s1e5", "S01E05", "1x05", "season 1 episode 5", "ep 5", "5화"])
async def test_progress_takes_a_position_however_it_is_typed(hyosan: Harness, typed: str) -> None:
    saved = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress", watched=typed)
    assert saved.ephemeral and "Saved: you have watched up to season 1, episode 5." in saved.text


async def test_progress_refuses_what_is_not_a_position_and_saves_nothing(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress", watched="3")
    refused = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress", watched="s2e1")
    assert refused.ephemeral and "season 2 is not known yet" in refused.text and "S1E12" in refused.text
    shown = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress")
    assert "season 1, episode 3" in shown.text


async def test_nothing_watched_is_a_progress_too(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress", watched="7")
    saved = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress", watched="none")
    assert "you have watched nothing yet" in saved.text and "hide every spoiler" in saved.text


async def test_progress_autocomplete_offers_nothing_and_every_known_episode(hyosan: Harness) -> None:
    choices = await hyosan.discord.autocomplete(hyosan.fan, hyosan.general, "progress", focused="watched", watched="")
    assert [c["value"] for c in choices] == ["0", *(f"S1E{n}" for n in range(1, 13))]
    assert choices[7]["name"] == "Season 1, episode 7 (S1E7)"


@pytest.mark.own_bot
async def test_autocomplete_grows_with_the_shape_and_the_command_schema_stays(hyosan: Harness) -> None:
    before = hyosan.discord.registered_commands(hyosan.guild)
    hyosan.bot.show.add_episodes(2, [EpisodeInfo(2, n, f"Secret {n}") for n in range(1, 4)])
    choices = await hyosan.discord.autocomplete(hyosan.fan, hyosan.general, "progress", focused="watched", watched="s2")
    assert [c["value"] for c in choices] == ["S2E1", "S2E2", "S2E3"]
    assert not any("Secret" in c["name"] for c in choices)
    saved = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress", watched="2x03")
    assert "season 2, episode 3 is not out yet" in saved.text.lower()  # read, and kept at what is out
    assert hyosan.discord.registered_commands(hyosan.guild) == before


async def test_episode_autocomplete_offers_episodes_only(hyosan: Harness) -> None:
    choices = await hyosan.discord.autocomplete(hyosan.fan, hyosan.general, "episode", focused="number", number="1")
    values = [c["value"] for c in choices]
    assert values[0] == "S1E1" and "0" not in values and "S1E12" in values


@pytest.mark.parametrize(("path", "options"), [(("episode",), {"number": "@everyone"}),
                                              (("trivia", "start"), {"up_to_episode": "@everyone"})])
async def test_an_episode_option_refused_speaks_of_an_episode_not_of_progress(
    hyosan: Harness, path: tuple[str, ...], options: dict[str, str]
) -> None:
    refused = await hyosan.discord.invoke(hyosan.fan, hyosan.general, *path, **options)
    assert refused.ephemeral and "is not an episode. Type it like S1E5" in refused.text, refused.text
    assert "progress" not in refused.text  # nothing of the fan's /progress was touched


async def test_spoilers_latest_marks_the_channel_up_to_the_last_released_episode(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="latest")
    assert "everything up to season 1, episode 12 may be discussed" in reply.text
    shown = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress")
    assert "This channel is marked spoiler-safe up to season 1, episode 12." in shown.text


# (one started bot judges every row: the mark's reading is acknowledged at once, as on a busy machine)
@table(("typed", "told"), [("banana", None), ("s1e0", None), ("ep 13", None), ("S1E5", "spoiler-safe up to season 1, episode 5")])
async def test_a_slow_spoilers_refuses_a_mistyped_mark_privately_and_tells_the_channel_a_change(
    hyosan: Harness, typed: str, told: str | None
) -> None:
    cog: Any = hyosan.bot.get_cog("Lore")
    shown = hyosan.discord.messages
    before, private = len(shown(hyosan.general)), len(shown(hyosan.general, include_ephemeral=True)) - len(shown(hyosan.general))
    cog.ack_by = 0.0  # a private "thinking" before the mark is read
    try:
        reply = await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to=typed)
    finally:
        cog.ack_by = ACK_BY
    if told is None:  # refused to the moderator alone: the channel saw nothing
        assert reply.ephemeral and len(shown(hyosan.general)) == before, reply.text
    else:  # the channel is told, and the private "thinking" is gone
        assert not reply.ephemeral and told in reply.text, reply.text
        assert len(shown(hyosan.general, include_ephemeral=True)) - len(shown(hyosan.general)) == private


async def test_a_slow_spoilers_whose_channel_refuses_the_public_reply_tells_the_moderator_privately(hyosan: Harness) -> None:
    cog: Any = hyosan.bot.get_cog("Lore")
    before = len(hyosan.discord.messages(hyosan.general))
    hyosan.discord.fail_next("POST", "/webhooks/*", 403, body={"code": 50001, "message": "Missing Access"})
    cog.ack_by = 0.0  # a private "thinking" taken away, then the channel refuses the mark's message
    try:
        reply = await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="S1E6")
    finally:
        cog.ack_by = ACK_BY
    assert reply.ephemeral and "spoiler-safe up to season 1, episode 6" in reply.text, reply.text  # never left with nothing
    assert len(hyosan.discord.messages(hyosan.general)) == before


# -- across seasons ------------------------------------------------------------------------------------


async def test_a_viewer_at_the_end_of_season_one_sees_a_season_two_title_only_behind_bars(s2: Harness) -> None:
    await s2.discord.invoke(s2.fan, s2.general, "progress", watched="S1E12")
    card = await s2.discord.invoke(s2.fan, s2.general, "episode", number="s2e1")
    assert card.embed is not None and card.embed["title"] == "Season 2, episode 1"
    assert SECRET_TITLE in card.text and SECRET_TITLE not in outside_bars(card.text)
    private = await s2.discord.click(s2.fan, card, card.buttons[0]["custom_id"])
    assert SECRET_TITLE not in outside_bars(private.text)
    await s2.discord.invoke(s2.fan, s2.general, "progress", watched="S2E1")
    card = await s2.discord.invoke(s2.fan, s2.general, "episode", number="S2 · Episode 1")
    assert SECRET_TITLE not in outside_bars(card.text)  # public: the unmarked channel decides
    private = await s2.discord.click(s2.fan, card, card.buttons[0]["custom_id"])
    assert private.ephemeral and SECRET_TITLE in outside_bars(private.text)


async def test_a_channel_marked_at_the_end_of_season_one_hides_season_two(s2: Harness) -> None:
    await s2.discord.invoke(s2.moderator, s2.general, "spoilers", up_to="S1E12")
    card = await s2.discord.invoke(s2.fan, s2.general, "episode", number="2x01")
    assert not card.ephemeral and SECRET_TITLE not in outside_bars(card.text)
    summary = next(f for f in card.embed["fields"] if f["name"] == "Summary")  # type: ignore[index]
    assert "Not written up yet" in summary["value"]
    s1 = await s2.discord.invoke(s2.fan, s2.general, "ask", question="what happens to Cheong-san?")
    assert "construction site" in outside_bars(s1.text)  # season 1 is open there
    # A title listed later (a season 3 episode renamed) spoils a question shown before it was, asked again
    s2.bot.show.add_episodes(3, [EpisodeInfo(3, 1, "A Quiet Morning", None)])
    await s2.discord.invoke(s2.fan, s2.general, "progress", watched="S1E12")  # a private "I don't know" there too
    asked = "what happens to Cheong-san after the bunker falls?"
    for _ in range(2):
        before = await s2.discord.invoke(s2.fan, s2.general, "ask", question=asked)
        assert "bunker falls" in outside_bars(before.text)
    s2.bot.show.add_episodes(3, [EpisodeInfo(3, 1, "The Bunker Falls", None)])
    after = await s2.discord.invoke(s2.fan, s2.general, "ask", question=asked)
    assert "bunker falls" in after.text and "bunker falls" not in outside_bars(after.text)


async def test_latest_follows_the_air_times_of_season_two(s2: Harness) -> None:
    saved = await s2.discord.invoke(s2.fan, s2.general, "progress", watched="latest")
    assert "season 2, episode 1" in saved.text
    ahead = await s2.discord.invoke(s2.fan, s2.general, "progress", watched="S2E2")
    assert ahead.text.startswith("Season 2, episode 2 is not out yet, so I saved the latest out: "
                                 "you have watched up to season 2, episode 1.")
    await s2.advance(dt.timedelta(days=8))
    saved = await s2.discord.invoke(s2.fan, s2.general, "progress", watched="latest")
    assert "season 2, episode 2" in saved.text
    assert "show everything up to season 2, episode 2" in saved.text


async def test_a_season_two_mark_survives_a_restart(s2: Harness) -> None:
    await s2.discord.invoke(s2.moderator, s2.general, "spoilers", up_to="s2e1")
    await s2.restart()
    shown = await s2.discord.invoke(s2.fan, s2.general, "progress")
    assert "spoiler-safe up to season 2, episode 1" in shown.text
    assert Position(2, 2) in s2.bot.show.positions()


async def test_the_episode_named_before_its_season_is_read_as_that_seasons(s2: Harness) -> None:
    saved = await s2.discord.invoke(s2.fan, s2.general, "progress", watched="ep 1 season 2")
    assert "Saved: you have watched up to season 2, episode 1." in saved.text


async def test_episode_13_is_not_guessed_but_the_reply_says_it_is_s2e1_counted_on(s2: Harness) -> None:
    refused = await s2.discord.invoke(s2.moderator, s2.general, "spoilers", up_to="episode 13")
    assert refused.ephemeral and "There is no season 1, episode 13" in refused.text
    assert "episode 13 is S2E1 (season 2, episode 1)" in refused.text


async def test_typing_13_offers_s2e1_by_its_own_name_to_pick(s2: Harness) -> None:
    choices = await s2.discord.autocomplete(s2.fan, s2.general, "progress", focused="watched", watched="13")
    assert [(c["name"], c["value"]) for c in choices] == [("Season 2, episode 1 (S2E1)", "S2E1")]
