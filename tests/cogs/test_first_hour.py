"""A fan's first hour in a server where hyosan was just added, as fans really type: what they see.

One bot (module-scoped) serves every test; each test uses its own fan, so progress set by one never
changes what another sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from itertools import count

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import Member
from tests.e2e.driving import settled
from tests.polling import eventually

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
_FANS = count(1)

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("first-hour"), clock=ManualClock(START)) as harness:
        yield harness


def _new_fan(h: Harness) -> Member:
    return h.discord.add_member(h.guild, f"newfan{next(_FANS)}", permissions=MEMBER_PERMISSIONS)


async def test_progress_typed_as_a_chat_sentence_is_saved(h: Harness) -> None:
    fan = _new_fan(h)
    reply = await h.discord.invoke(fan, h.general, "progress", watched="im on episode 3 rn")
    assert reply.text.startswith("Saved: you have watched up to season 1, episode 3.")


async def test_progress_halfway_through_an_episode_keeps_its_end_hidden_and_says_so(h: Harness) -> None:
    fan = _new_fan(h)
    reply = await h.discord.invoke(fan, h.general, "progress", watched="halfway through ep 4")
    assert reply.text.startswith("Saved: you have watched up to season 1, episode 3.")
    assert "still watching season 1, episode 4" in reply.text and "/progress S1E4" in reply.text


async def test_progress_autocomplete_completes_a_half_typed_word(h: Harness) -> None:
    choices = await h.discord.autocomplete(_new_fan(h), h.general, "progress", focused="watched", watched="fin")
    assert [c["value"] for c in choices] == ["S1E12"]


@pytest.mark.parametrize(("typed", "title"), [("청산이", "Lee Cheong-san"), ("온조야", "Nam On-jo"), ("귀남이가", "Yoon Gwi-nam")])
async def test_a_korean_name_typed_as_fans_call_them_finds_the_character(h: Harness, typed: str, title: str) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "character", name=typed)
    assert reply.embed is not None and reply.embed["title"] == title


async def test_character_autocomplete_offers_the_name_typed_with_its_particle(h: Harness) -> None:
    choices = await h.discord.autocomplete(_new_fan(h), h.general, "character", focused="name", name="청산이")
    assert [c["name"] for c in choices] == ["Lee Cheong-san"]


@pytest.mark.parametrize(("typed", "first"), [("ㄴㄹ", "Choi Nam-ra"), ("청ㅅ", "Lee Cheong-san")])
async def test_character_autocomplete_offers_a_name_typed_by_its_korean_initials(h: Harness, typed: str, first: str) -> None:
    choices = await h.discord.autocomplete(_new_fan(h), h.general, "character", focused="name", name=typed)
    assert [c["name"] for c in choices][:1] == [first]


async def test_help_starts_a_new_fan_with_progress_ask_and_trivia(h: Harness) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "help")
    start = reply.embeds[0]
    assert start["title"] == "New here? Start with these"
    for step in ("`/progress`", "`/ask`", "Show me privately", "`/trivia start`", "`/season2 remind`"):
        assert step in start["description"]


@pytest.mark.parametrize(("typed", "title"), [("onjo's dad", "Nam So-ju"), ("cheong-san (the main guy)", "Lee Cheong-san")])
async def test_a_character_named_the_way_a_fan_remembers_them_is_found(h: Harness, typed: str, title: str) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "character", name=typed)
    assert reply.embed is not None and reply.embed["title"] == title


async def test_a_relative_several_characters_could_be_offers_them(h: Harness) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "character", name="onjo's best friend")
    assert reply.ephemeral and "could be several" in reply.text and "Lee Cheong-san" in reply.text


@pytest.mark.parametrize("typed", ["who is onjo", "온조 ㅠㅠ", "Onjo (Park Ji-hu)"])
async def test_a_name_with_words_around_it_finds_the_character(h: Harness, typed: str) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "character", name=typed)
    assert reply.embed is not None and reply.embed["title"] == "Nam On-jo"


async def test_two_characters_typed_at_once_are_offered_to_pick_from(h: Harness) -> None:
    fan = _new_fan(h)
    reply = await h.discord.invoke(fan, h.general, "character", name="onjo and cheongsan")
    assert "Nam On-jo, Lee Cheong-san. Pick one" in reply.text
    choices = await h.discord.autocomplete(fan, h.general, "character", focused="name", name="onjo and cheongsan")
    assert [c["name"] for c in choices] == ["Nam On-jo", "Lee Cheong-san"]


async def test_asking_how_to_set_progress_points_to_the_command_privately(h: Harness) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "ask", question="how do i set my progress??")
    assert reply.ephemeral and reply.text.startswith("`/progress` sets how far you have watched")


async def test_progress_behind_the_channel_mark_warns_the_fan_replies_here_spoil(h: Harness) -> None:
    marked = h.discord.add_channel(h.guild, "ep5-talk")
    await h.discord.invoke(h.moderator, marked, "spoilers", up_to="5")
    fan = _new_fan(h)
    behind = await h.discord.invoke(fan, marked, "progress", watched="3")
    assert "⚠️ Careful: replies here show everything up to season 1, episode 5 in the clear" in behind.text
    ahead = await h.discord.invoke(fan, marked, "progress", watched="7")
    assert "Careful" not in ahead.text


@pytest.mark.parametrize("typed", ["3rd", "ep 3 pls", "episode 3 (the exam one)", "지금 3화"])
async def test_episode_typed_as_in_chat_shows_that_episode(h: Harness, typed: str) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "episode", number=typed)
    assert reply.embed is not None and reply.embed["title"] == "Season 1, episode 3"


async def test_episode_zero_is_still_refused(h: Harness) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "episode", number="0")
    assert reply.ephemeral and reply.text.startswith("Pick an episode")


async def test_a_question_can_be_reported_while_it_is_asked(h: Harness) -> None:
    from tests.cogs.trivia.test_games import _wait_for

    room = h.discord.add_channel(h.guild, "quiz-room")
    fan = _new_fan(h)
    await h.discord.invoke(fan, room, "trivia", "start", questions=1)
    question = (await _wait_for(h, room, "Question"))[-1]
    report = next(b for b in question.buttons if b["label"] == "Report this question")
    reasons = await h.discord.click(fan, question, str(report["custom_id"]))
    spoiler = next(b for b in reasons.buttons if b["label"] == "Spoiler")
    thanks = await h.discord.click(fan, reasons, str(spoiler["custom_id"]))
    assert thanks.ephemeral and thanks.text.startswith("Thanks")
    await h.discord.invoke(fan, room, "trivia", "stop")


async def test_the_leaderboard_looked_at_mid_game_says_the_game_counts_once_it_ends(h: Harness) -> None:
    from tests.cogs.trivia.test_games import _wait_for

    room = h.discord.add_channel(h.guild, "quiz-board")
    fan = _new_fan(h)
    await h.discord.invoke(fan, room, "trivia", "start", questions=1)
    await _wait_for(h, room, "Question")
    board = await h.discord.invoke(_new_fan(h), room, "trivia", "leaderboard")
    assert board.embed is not None and "The game running in this channel counts once it ends" in board.embed["description"]
    stats = await h.discord.invoke(fan, room, "trivia", "stats")
    assert stats.embed is not None and "counts once it ends" in stats.embed["footer"]["text"]
    await h.discord.invoke(fan, room, "trivia", "stop")
    elsewhere = await h.discord.invoke(fan, h.general, "trivia", "leaderboard")
    assert elsewhere.embed is not None and "running" not in elsewhere.embed["description"]


async def test_a_choice_typed_in_a_buttons_game_is_pointed_to_the_buttons_once(h: Harness) -> None:

    from cogs.trivia.feedback import BUTTONS_ONLY_TEXT
    from tests.cogs.trivia.test_games import _wait_for

    room = h.discord.add_channel(h.guild, "quiz-typing")
    fan = _new_fan(h)
    await h.discord.invoke(fan, room, "trivia", "start", questions=1)
    await _wait_for(h, room, "Question")
    for typed in ("b!!", "its C", "lol same"):
        await h.discord.say(fan, room, typed)
    told = await h.discord.wait_for_message(room, lambda m: BUTTONS_ONLY_TEXT in m.text, timeout=5)
    await settled(h)  # every typed guess handled
    assert [m.id for m in h.discord.messages(room) if BUTTONS_ONLY_TEXT in m.text] == [told.id]  # once a game
    assert told.text.startswith(f"<@{fan.id}>")
    assert told.mentions_pinged == []
    await h.discord.invoke(fan, room, "trivia", "stop")


async def test_who_was_pointed_to_the_buttons_is_forgotten_when_the_game_ends(h: Harness) -> None:
    from typing import Any

    from cogs.trivia.feedback import BUTTONS_ONLY_TEXT
    from tests.cogs.trivia.test_games import _wait_for

    cog: Any = h.bot.get_cog("Trivia")
    room = h.discord.add_channel(h.guild, "quiz-forgetting")
    fan = _new_fan(h)
    await h.discord.invoke(fan, room, "trivia", "start", questions=1)
    await _wait_for(h, room, "Question")
    await h.discord.say(fan, room, "b")
    await h.discord.wait_for_message(room, lambda m: BUTTONS_ONLY_TEXT in m.text, timeout=5)
    assert len(cog.host.pointer) == 1  # this game remembers its player was told
    await h.discord.invoke(fan, room, "trivia", "stop")
    await eventually(lambda: len(cog.host.pointer) == 0, 5.0, every=0.05)  # the stop ends the game, then its deadline
    assert len(cog.host.pointer) == 0


@pytest.mark.parametrize(("typed", "saved"), [("only the last ep left", "season 1, episode 11"),
                                              ("rewatching, on ep 3", "season 1, episode 12"),
                                              ("9화까지", "season 1, episode 9"),
                                              ("ep 8 or 9 not sure", "season 1, episode 8")])  # the lower: surely seen
async def test_progress_a_fan_types_says_back_what_was_understood(h: Harness, typed: str, saved: str) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "progress", watched=typed)
    assert reply.ephemeral and reply.text.startswith(f"Saved: you have watched up to {saved}.")


@pytest.mark.parametrize("typed", ["rewatching, on ep 5", "재탕 중 3화"])
async def test_progress_a_rewatch_says_why_all_of_season_one_was_saved(h: Harness, typed: str) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "progress", watched=typed)
    assert reply.text.startswith("Saved: you have watched up to season 1, episode 12.")
    assert "A rewatch: all of season 1 seen before" in reply.text and "first time" in reply.text


async def test_progress_a_first_watch_is_not_called_a_rewatch(h: Harness) -> None:
    reply = await h.discord.invoke(_new_fan(h), h.general, "progress", watched="first time watching, ep 5")
    assert reply.text.startswith("Saved: you have watched up to season 1, episode 5.") and "rewatch" not in reply.text


@pytest.mark.parametrize(("typed", "told"), [
    ("idk tbh", "I couldn't read how far you have watched from \u201cidk tbh\u201d, so your progress is unchanged."),
    ("between 8 and 9", "names episodes 8 and 9, so your progress is unchanged: type the last one you have finished, like S1E8."),
    ("s1 + first 2 of s2", "Season 2 has not come out yet, so \u201c"),
    ("finished both seasons", "Only season 1 is out so far"),
])
async def test_progress_a_fan_types_unreadably_says_nothing_was_saved_and_why(h: Harness, typed: str, told: str) -> None:
    fan = _new_fan(h)
    reply = await h.discord.invoke(fan, h.general, "progress", watched=typed)
    assert reply.ephemeral and told in reply.text and "Saved" not in reply.text
    assert "S2E3" not in reply.text  # examples name an episode that is out
    seen = await h.discord.invoke(fan, h.general, "progress")
    assert "Saved" not in seen.text  # nothing was saved: no guess
