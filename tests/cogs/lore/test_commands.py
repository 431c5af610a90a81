"""/cast, /character, /episode, /ask, /progress and /spoilers (cogs/lore) through the sandbox.

The tests share one started bot, each in a server of its own (tests/shared_bot.py); those that
restart it or change what every server shares (season 2's status, the answer engine) have their own."""

from __future__ import annotations

import datetime as dt
import re
import time

import discord
import pytest

from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.lore.answer import Answer
from bot.lore.content import bundled_pack
from bot.sandbox import SandboxError
from bot.season2.claims import claims_from_pack
from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.rules import compute_status
from tests.cogs.spoiler_oracle import outside_bars
from tests.shared_bot import module_fixtures
from tests.table import table

pytestmark = pytest.mark.asyncio(loop_scope="module")

MANAGE_SERVER = MEMBER_PERMISSIONS | discord.Permissions(manage_guild=True).value
OPEN_SPOILER = re.compile(r"(?<!\\)\|\|")


shared, hyosan = module_fixtures("lore")  # one started bot, a server of its own for each test


async def test_cast_of_a_character_names_the_actor(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "cast", name="On-jo")
    assert reply.embed is not None and reply.embed["title"] == "Nam On-jo"
    assert "Park Ji-hu" in reply.text
    assert not reply.ephemeral


async def test_cast_of_an_actor_names_the_role(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "cast", name="Park Solomon")
    assert "Lee Su-hyeok" in reply.text


async def test_cast_without_a_name_lists_the_cast(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "cast")
    assert "Yoon Chan-young as Lee Cheong-san" in reply.text


async def test_cast_autocomplete_offers_names_only(hyosan: Harness) -> None:
    choices = await hyosan.discord.autocomplete(hyosan.fan, hyosan.general, "cast", focused="name", name="lee")
    assert 0 < len(choices) <= 25
    assert any(c["name"] == "Lee Cheong-san" for c in choices)


async def test_character_card_hides_the_fate_for_a_new_viewer(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "character", name="character:lee-cheong-san")
    embed = reply.embed
    assert embed is not None and embed["title"] == "Lee Cheong-san"
    fate = next(f for f in embed["fields"] if f["name"] == "Fate")
    assert fate["value"].startswith("||")
    assert "construction site" not in outside_bars(reply.text)


async def test_character_card_shows_the_fate_privately_to_a_fan_at_progress_12(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress", watched="12")
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "character", name="Cheong-san")
    assert "construction site" not in outside_bars(reply.text)  # the unmarked channel reads it too
    private = await hyosan.discord.click(hyosan.fan, reply, reply.buttons[0]["custom_id"])
    assert private.ephemeral and "construction site" in outside_bars(private.text)


async def test_character_autocomplete_never_contains_a_fate(hyosan: Harness) -> None:
    choices = await hyosan.discord.autocomplete(hyosan.fan, hyosan.general, "character", focused="name", name="")
    assert len(choices) == 25
    assert not any(word in c["name"].lower() for c in choices for word in ("dead", "dies", "zombie", "halfbie"))


# (one started bot judges every row)
@table(("typed", "title"), [("the bully", "Yoon Gwi-nam"), ("class president", "Choi Nam-ra"),
                            ("the science teacher", "Lee Byeong-chan"),
                            # in katakana and Chinese characters, as /ask reads them (scen43: "I don't know a character")
                            ("ナムラ", "Choi Nam-ra"), ("南罗", "Choi Nam-ra"), ("溫祚", "Nam On-jo")])
async def test_character_is_found_by_what_fans_call_them(hyosan: Harness, typed: str, title: str) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "character", name=typed)
    assert reply.embed is not None and reply.embed["title"] == title


@pytest.mark.parametrize(("typed", "title"), [("Lomon", "Lee Su-hyeok"), ("park jihu", "Nam On-jo"),
                                              ("yoon chan young", "Lee Cheong-san")])
async def test_character_by_an_actors_name_shows_the_character_they_play(hyosan: Harness, typed: str, title: str) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "character", name=typed)
    assert reply.embed is not None and reply.embed["title"] == title


async def test_character_autocomplete_offers_whom_a_description_means(hyosan: Harness) -> None:
    choices = await hyosan.discord.autocomplete(hyosan.fan, hyosan.general, "character", focused="name",
                                                name="the bully")
    assert [c["name"] for c in choices] == ["Yoon Gwi-nam"]


async def test_a_description_that_would_spoil_who_it_is_finds_nobody(hyosan: Harness) -> None:
    # "the pregnant girl" is Hee-soo, which the show reveals in episode 2: a public card may not say so
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "character", name="the pregnant girl")
    assert reply.ephemeral and reply.embed is None
    assert "Hee-soo" not in reply.text


async def test_unknown_character_gets_a_clear_reply(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "character", name="Harry Potter")
    assert reply.ephemeral
    assert "don't know a character" in reply.text


async def test_episode_card_hides_the_summary_past_progress(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "episode", number="5")
    assert reply.embed is not None and reply.embed["title"] == "Season 1, episode 5"
    assert reply.embed["fields"][0]["value"].startswith("||")


@pytest.mark.parametrize("typed", ["13", "s1e13", "s2e1", "0", "soon"])
async def test_an_episode_the_show_does_not_have_is_refused_privately(hyosan: Harness, typed: str) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "episode", number=typed)
    assert reply.ephemeral and reply.embed is None
    assert "S1E12" in reply.text  # the latest episode, so the fan knows what to type


async def test_an_overlong_position_is_refused_by_discord(hyosan: Harness) -> None:
    with pytest.raises(SandboxError):
        await hyosan.discord.invoke(hyosan.fan, hyosan.general, "episode", number="s" * 41)


async def test_ask_answers_with_sources(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="who plays On-jo?")
    assert "Park Ji-hu" in reply.text
    assert "Collider" in reply.text


async def test_ask_hides_a_fate_for_a_new_viewer(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="what happens to Cheong-san?")
    assert "construction site" in reply.text
    assert "construction site" not in outside_bars(reply.text)


async def test_channel_mark_opens_spoilers_for_everyone_there(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="12")
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="what happens to Cheong-san?")
    assert "construction site" in outside_bars(reply.text)
    other = await hyosan.discord.invoke(hyosan.fan, hyosan.channels["trivia"], "ask", question="what happens to Cheong-san?")
    assert "construction site" not in outside_bars(other.text)


async def test_a_source_whose_address_names_a_later_death_is_not_linked_in_the_clear(hyosan: Harness) -> None:
    # Discord shows a link's address on hover: ".../do-yoon-gwi-nam-and-lee-na-yeon-die..." spoils past 4.
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="4")
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="what is the virus called")
    assert "Jonas" in reply.text
    assert "na-yeon-die" not in outside_bars(reply.text)


async def test_fans_are_not_offered_spoilers(hyosan: Harness) -> None:
    with pytest.raises(SandboxError, match="not available to fan"):
        await hyosan.discord.invoke(hyosan.fan, hyosan.general, "spoilers", up_to="12")


async def test_spoilers_needs_manage_channels_even_where_the_server_shows_it_to_everyone(hyosan: Harness) -> None:
    hyosan.discord.set_command_permission(hyosan.guild, "spoilers", None, True)
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "spoilers", up_to="12")
    assert reply.ephemeral
    assert "Manage Channels permission" in reply.text
    after = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="what happens to Cheong-san?")
    assert "construction site" not in outside_bars(after.text)


async def test_spoilers_accepts_manage_server_in_place_of_manage_channels(hyosan: Harness) -> None:
    admin = hyosan.discord.add_member(hyosan.guild, "server-manager", permissions=MANAGE_SERVER)
    hyosan.discord.set_command_permission(hyosan.guild, "spoilers", admin, True)
    reply = await hyosan.discord.invoke(admin, hyosan.general, "spoilers", up_to="12")
    assert not reply.ephemeral and "12" in reply.text


async def test_progress_is_ephemeral_and_shows_the_current_value(hyosan: Harness) -> None:
    saved = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress", watched="4")
    assert saved.ephemeral and "season 1, episode 4" in saved.text
    shown = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress")
    assert "season 1, episode 4" in shown.text


@pytest.mark.own_bot
async def test_progress_survives_a_restart(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress", watched="7")
    await hyosan.restart()
    shown = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "progress")
    assert "season 1, episode 7" in shown.text


@pytest.mark.parametrize(
    "question",
    [
        "   ",
        "x" * 4000,
        "@everyone <@&123> **who** plays __On-jo__?",
        "|| who plays On-jo ||",
        "who\u200b plays \u202eOn-jo\u202c",
    ],
)
async def test_bad_questions_get_a_clear_reply_and_ping_nobody(hyosan: Harness, question: str) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question=question)
    assert reply.text.strip()
    assert "@everyone" not in reply.text.replace("@\u200beveryone", "")
    assert "<@&123>" not in reply.text
    assert (reply.allowed_mentions or {}).get("parse", []) == []
    assert "\u202e" not in reply.text
    # user text can never open a spoiler: every || in the reply is the bot's own, and balanced
    assert len(OPEN_SPOILER.findall(reply.text)) % 2 == 0


@pytest.mark.own_bot
async def test_ask_names_the_release_date_a_moderator_reported(hyosan: Harness) -> None:
    before = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="when is season 2 coming out?")
    assert "No release date for season 2 has been announced" in before.text
    report = await hyosan.discord.invoke(
        hyosan.moderator, hyosan.general, "season2set", "report",
        milestone="release_date_announced", source_url="https://www.netflix.com/tudum/aouad-s2", date="today",
        official=True, release_date="+10d",
    )
    assert "Recorded" in report.text
    release = hyosan.clock.now() + dt.timedelta(days=10)
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="when is season 2 coming out?")
    assert f"Season 2's release date is <t:{int(release.timestamp())}:F>" in reply.text, reply.text  # the reader's zone
    assert "netflix.com" in reply.text
    assert "No release date for season 2 has been announced" not in reply.text


@pytest.mark.own_bot
async def test_ask_reads_the_season_2_status_the_bot_holds(hyosan: Harness) -> None:
    day = dt.date(2026, 3, 1)
    news = Claim(
        id="mod:release", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=day, confidence=Confidence.OFFICIAL,
        source=Source("Netflix Tudum", "Season 2 date announced", "https://example.org/tudum", day),
        text="Release date announced", release_at=dt.datetime(2026, 3, 11, tzinfo=dt.UTC), origin="moderator",
    )
    hyosan.bot.season2_status.publish(compute_status([*claims_from_pack(bundled_pack()), news]))
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="when is season 2 coming out?")
    assert "Season 2's release date is 11 March 2026" in reply.text


async def test_ask_says_i_dont_know_to_the_asker_alone(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="how tall is park ji-hu")
    assert reply.ephemeral and "I don't know" in reply.text
    assert "whom they play" in reply.text  # what can be asked instead
    # asked again (the answer remembered, so known to be "I don't know" before any reply is built): the same
    again = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="how tall is park ji-hu")
    assert again.ephemeral and again.text == reply.text


async def test_an_answer_is_public_and_links_its_sources(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="who plays On-jo's father?")
    assert not reply.ephemeral and "Jeon Bae-soo" in reply.text
    assert "](https://" in reply.text  # every source named by its publisher, linked to its page


@pytest.mark.own_bot
async def test_the_first_answers_after_a_start_come_in_time_when_answering_is_slow(hyosan: Harness) -> None:
    # The first answers in a process compile the engine's patterns and fill its caches: on a busy
    # machine, more than the 3 seconds Discord waits. Made slow here: the bot's own engine, the first
    # reading of each question held until the bot has acknowledged without it (or the local Discord
    # gave up on it), so a bot that waits for its reading before acknowledging never answers.
    engine = await hyosan.bot.content.engine_for(hyosan.guild.id)
    answer, read, asked = engine.answer, set[str](), hyosan.discord.interactions.by_id
    acknowledged_while_reading: list[bool] = []

    def slowly(question: str) -> Answer:
        if question not in read:
            read.add(question)
            give_up = time.monotonic() + 15  # a bot whose loop is stuck (the local Discord gives up first otherwise)
            while time.monotonic() < give_up and not all(rec.acked or rec.reply.done() for rec in list(asked.values())):
                time.sleep(0.01)
            acknowledged_while_reading.append(all(rec.acked for rec in list(asked.values())))
        return answer(question)

    engine.answer = slowly  # type: ignore[method-assign]
    # (one after the other: the bot reads in one thread, so two slow readings would queue)
    answered = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="who plays Cheong-san?")
    unknown = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "ask", question="how tall is park ji-hu")
    assert not answered.ephemeral and "Yoon Chan-young" in answered.text and answered.components  # with its button
    assert unknown.ephemeral and "I don't know" in unknown.text  # still to the asker alone
    # Each was acknowledged while its reading was still held: in time however slow the reading, whatever the
    # machine's load (the local Discord's window, forgiving only time it could not watch, checked the rest).
    assert acknowledged_while_reading == [True, True]


async def test_a_thread_reads_its_marked_parent_channels_mark(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="12")
    thread = hyosan.discord.add_thread(hyosan.general, "finale talk")
    reply = await hyosan.discord.invoke(hyosan.fan, thread, "character", name="Cheong-san")
    assert "construction site" in outside_bars(reply.text)


async def test_a_thread_with_its_own_lower_mark_keeps_to_it(hyosan: Harness) -> None:
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="12")
    thread = hyosan.discord.add_thread(hyosan.general, "first-timers")
    marked = await hyosan.discord.invoke(hyosan.moderator, thread, "spoilers", up_to="2")
    assert marked.text.startswith("This thread is now spoiler-safe up to")
    reply = await hyosan.discord.invoke(hyosan.fan, thread, "character", name="Cheong-san")
    assert "construction site" not in outside_bars(reply.text)


async def test_a_thread_of_an_unmarked_channel_shows_nothing_in_the_clear(hyosan: Harness) -> None:
    thread = hyosan.discord.add_thread(hyosan.general, "chat")
    reply = await hyosan.discord.invoke(hyosan.fan, thread, "character", name="Cheong-san")
    assert "construction site" not in outside_bars(reply.text)
