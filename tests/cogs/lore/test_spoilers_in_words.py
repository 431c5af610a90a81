"""/spoilers as moderators say a channel's mark in words rather than an episode: "no spoilers",
"spoiler-free", "노스포" mark it spoiler-free (nothing in the clear); "full spoilers", "spoilers
allowed", "스포 허용" make it a spoiler channel up to the latest episode. In a thread, "no spoilers"
is the thread's own mark, never "follow the channel"."""

from __future__ import annotations

import pytest

from bot.harness import Harness
from tests.shared_bot import module_fixtures
from tests.table import table

pytestmark = pytest.mark.asyncio(loop_scope="module")

NOTHING_SAID = "spoiler mark is now nothing: public replies here hide every spoiler"
LATEST_SAID = "is now a spoiler channel: everything up to season 1, episode 12 may be discussed in the clear"


shared, hyosan = module_fixtures("words")  # one started bot, a server of its own for each test


# (one started bot judges every row: a row is a mark typed, not a bot start)
@table(
    "typed", ["no spoilers", "No Spoilers!", "spoiler-free", "spoiler free", "nospoilers", "zero spoilers",
              "no spoilers here", "노스포", "스포 금지", "스포없음",
              # a Japanese and a Chinese server's words (scen43: each was "is not an episode")
              "ネタバレなし", "ネタバレ禁止", "无剧透", "無劇透",
              # a Latin-American server's (scen45: each was "is not an episode"); "libre de" is free of them
              "sin spoilers", "sem spoilers", "ningún spoiler", "canal sin spoilers", "libre de spoilers", "sem spoiler aqui"],
)
async def test_a_channel_said_spoiler_free_in_words_is_marked_nothing(hyosan: Harness, typed: str) -> None:
    h = hyosan
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E5")
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to=typed)
    assert NOTHING_SAID in reply.text
    # /progress there says it is marked so, never also that it "has no spoiler mark" (scen45: it said both)
    progress = await h.discord.invoke(h.fan, h.general, "progress")
    assert "is marked spoiler-free" in progress.text and "has no spoiler mark" not in progress.text, progress.text


@table("typed", ["full spoilers", "all spoilers", "spoilers allowed", "spoilers ok", "스포 허용", "ネタバレあり", "ネタバレOK",
                 "全話", "todos los spoilers", "spoilers completos", "canal con spoilers", "spoilers liberados"])
async def test_a_channel_said_open_to_every_spoiler_is_marked_up_to_the_latest_episode(hyosan: Harness, typed: str) -> None:
    h = hyosan
    channel = h.discord.add_channel(h.guild, "spoiler-zone")
    reply = await h.discord.invoke(h.moderator, channel, "spoilers", up_to=typed)
    assert LATEST_SAID in reply.text


# scen48: a new server's "#s1-spoilers" marked "full season 1" was "is not an episode"
@table("typed", ["full season 1", "s1 spoilers", "entire s1", "thru s1", "season 1 only", "시즌1 전체", "temporada 1 completa"])
async def test_a_whole_season_said_marks_the_channel_up_to_its_finale(hyosan: Harness, typed: str) -> None:
    h = hyosan
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to=typed)
    assert not reply.ephemeral and "season 1, episode 12" in reply.text, reply.text


async def test_a_whole_season_not_out_yet_is_asked_again(hyosan: Harness) -> None:
    h = hyosan
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="full season 2")
    assert reply.ephemeral and "Season 2" in reply.text, reply.text


async def test_no_spoilers_in_a_thread_is_its_own_mark_not_its_channels(hyosan: Harness) -> None:
    h = hyosan
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E12")
    thread = h.discord.add_thread(h.general, "first-timers")
    reply = await h.discord.invoke(h.moderator, thread, "spoilers", up_to="no spoilers")
    assert "thread's spoiler mark is now nothing" in reply.text


async def test_no_spoilers_past_an_episode_marks_the_channel_up_to_that_episode(hyosan: Harness) -> None:
    h = hyosan
    channel = h.discord.add_channel(h.guild, "up-to-5")
    reply = await h.discord.invoke(h.moderator, channel, "spoilers", up_to="no spoilers past ep 5")
    assert not reply.ephemeral and "season 1, episode 5" in reply.text, reply.text


@pytest.mark.parametrize("typed", ["spoilers", "no", "spoilers for ep 3"])
async def test_words_that_name_no_mark_are_still_asked_again(hyosan: Harness, typed: str) -> None:
    h = hyosan
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to=typed)
    assert reply.ephemeral and "is not an episode" in reply.text


@pytest.mark.parametrize("typed", ["eps 1-5", "episodes 1 to 5", "ep 1~5", "1-5", "S1E1-S1E5", "s1e1-5", "eps 1–5", "1~5화"])
async def test_a_range_of_episodes_marks_the_channel_up_to_its_last(hyosan: Harness, typed: str) -> None:
    h = hyosan
    channel = h.discord.add_channel(h.guild, "eps-1-to-5")
    reply = await h.discord.invoke(h.moderator, channel, "spoilers", up_to=typed)
    assert not reply.ephemeral and "season 1, episode 5" in reply.text, reply.text


async def test_a_range_written_backwards_is_asked_again(hyosan: Harness) -> None:
    h = hyosan
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="eps 5-1")
    assert reply.ephemeral and "comes after" in reply.text


@pytest.mark.parametrize("typed", ["off", "spoilers off", "turn spoilers off", "Off"])
async def test_spoilers_turned_off_mark_the_channel_spoiler_free(hyosan: Harness, typed: str) -> None:
    h = hyosan
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E5")
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to=typed)
    assert NOTHING_SAID in reply.text
    # /progress there says it is marked so, never also that it "has no spoiler mark" (scen45: it said both)
    progress = await h.discord.invoke(h.fan, h.general, "progress")
    assert "is marked spoiler-free" in progress.text and "has no spoiler mark" not in progress.text, progress.text


async def test_off_in_a_thread_is_its_own_spoiler_free_mark_not_following_a_spoiler_channel(hyosan: Harness) -> None:
    h = hyosan
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E12")
    thread = h.discord.add_thread(h.general, "newbies")
    reply = await h.discord.invoke(h.moderator, thread, "spoilers", up_to="off")
    assert "thread's spoiler mark is now nothing" in reply.text


async def test_the_marks_in_words_are_offered_before_anything_is_typed(hyosan: Harness) -> None:
    h = hyosan
    choices = await h.discord.autocomplete(h.moderator, h.general, "spoilers", focused="up_to", up_to="")
    values = [c["value"] for c in choices]
    assert "no spoilers" in values and "full spoilers" in values and len(choices) <= 25


@pytest.mark.parametrize(("typed", "offered"), [("no sp", "no spoilers"), ("full", "full spoilers"), ("off", "no spoilers"),
                                                 ("노스포", "no spoilers")])
async def test_a_mark_in_words_is_offered_as_it_is_typed(hyosan: Harness, typed: str, offered: str) -> None:
    h = hyosan
    choices = await h.discord.autocomplete(h.moderator, h.general, "spoilers", focused="up_to", up_to=typed)
    assert offered in [c["value"] for c in choices]


async def test_an_offered_mark_in_words_sets_that_mark(hyosan: Harness) -> None:
    h = hyosan
    choices = await h.discord.autocomplete(h.moderator, h.general, "spoilers", focused="up_to", up_to="full")
    value = next(c["value"] for c in choices if c["value"] == "full spoilers")
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to=value)
    assert LATEST_SAID in reply.text


@table(("typed", "last"), [("eps 1-5", "S1E5"), ("full season 1", "S1E12"), ("s1 spoilers", "S1E12")])
async def test_a_range_or_a_whole_season_typed_is_offered_as_up_to_its_last_episode(
    hyosan: Harness, typed: str, last: str
) -> None:
    h = hyosan
    choices = await h.discord.autocomplete(h.moderator, h.general, "spoilers", focused="up_to", up_to=typed)
    assert choices and choices[0]["value"] == last, choices


@pytest.mark.parametrize("typed", ["S1E5 spoilers ok", "5화까지 스포 허용", "spoilers allowed up to ep 5"])
async def test_spoilers_said_allowed_up_to_an_episode_mark_the_channel_there(hyosan: Harness, typed: str) -> None:
    h = hyosan
    channel = h.discord.add_channel(h.guild, "ep5-zone")
    reply = await h.discord.invoke(h.moderator, channel, "spoilers", up_to=typed)
    assert "This channel is now spoiler-safe up to season 1, episode 5" in reply.text
