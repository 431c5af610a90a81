"""Issue 9's reproductions, each as the reader meets it on the local Discord.

1. trivia reveals never show a source title that names deaths in the clear (tests/cogs/trivia/
   test_reveal_spoilers.py, and the oracle's long games);
2. a public reply shows what the channel's mark allows, whoever asked;
3. an imported list is spoiling until declared otherwise;
4. season-2 facts never reveal who survives season 1;
and the smaller ones.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.config import SyncMode
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.sandbox import Attachment, Channel, Member, Message
from bot.trivia.bank import bundled_questions
from tests.cogs.spoiler_oracle import outside_bars, plain

RED_LIST = (
    b"Cheong-san dies and Nam-ra becomes a halfbie. What colour is the sky?:\n- blue\n"
    b"What colour is the sky on a clear day?:\n- blue\n"
)


START = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    """One hyosan for the module, its commands synced globally (so they run in DMs too). Each test
    has a channel and a fan of its own (`place`), so no test sees another's marks or progress."""
    async with Harness.start(tmp_path_factory.mktemp("regressions"), clock=ManualClock(START), sync=SyncMode.GLOBAL) as h:
        yield h


@pytest_asyncio.fixture(loop_scope="module")
async def place(bot: Harness, request: pytest.FixtureRequest) -> tuple[Harness, Channel, Member]:
    name = request.node.name[5:40]
    return bot, bot.discord.add_channel(bot.guild, name), bot.discord.add_member(bot.guild, name, permissions=MEMBER_PERMISSIONS)


pytestmark = pytest.mark.asyncio(loop_scope="module")


def visible(message: Message) -> str:
    """What a reader sees before clicking any spoiler."""
    return plain(outside_bars(message.text))


def hidden(message: Message) -> str:
    return plain(message.text)


async def private(h: Harness, member: Any, reply: Message) -> Message:
    """Click "Show me privately" under a public reply."""
    button = next(b for b in reply.buttons if b["label"] == "Show me privately")
    answer = await h.discord.click(member, reply, str(button["custom_id"]))
    assert answer.ephemeral
    return answer


async def test_a_public_answer_shows_the_channel_mark_not_the_askers_progress(
    place: tuple[Harness, Channel, Member],
) -> None:
    h, channel, fan = place
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="3")
    await h.discord.invoke(fan, channel, "progress", watched="12")
    answer = await h.discord.invoke(fan, channel, "ask", question="who kills Woo-jin?")
    assert not answer.ephemeral and "Nam-ra" in hidden(answer) and "Nam-ra" not in visible(answer)
    card = await h.discord.invoke(fan, channel, "character", name="Nam-ra")
    assert "halfbie" not in visible(card)
    assert "Nam-ra" in visible(await private(h, fan, answer))
    assert "halfbie" in visible(await private(h, fan, card))


async def test_show_me_privately_answers_each_clicker_at_their_own_progress(
    place: tuple[Harness, Channel, Member],
) -> None:
    h, channel, fan = place
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="12")
    card = await h.discord.invoke(h.moderator, channel, "character", name="Cheong-san")
    assert "construction site" in visible(card)  # the channel may discuss everything
    assert "construction site" not in visible(await private(h, fan, card))  # the fan has watched nothing


async def test_a_dm_uses_the_viewers_own_progress_and_carries_no_button(place: tuple[Harness, Channel, Member]) -> None:
    h, _, fan = place
    dm = h.discord.dm_channel(fan)
    await h.discord.invoke(fan, dm, "progress", watched="12")
    card = await h.discord.invoke(fan, dm, "character", name="Cheong-san")
    assert "construction site" in visible(card) and not card.buttons


async def test_an_imported_red_question_that_names_deaths_is_asked_only_where_everything_may_be_said(
    place: tuple[Harness, Channel, Member],
) -> None:
    h, channel, fan = place
    imported = await h.discord.invoke(h.moderator, channel, "triviaset", "import",
                                      file=Attachment("red.yaml", RED_LIST), timeout=10)
    assert "Red lists cannot say what a question spoils" in imported.text and "/trivia export" in imported.text
    started = await h.discord.invoke(fan, channel, "trivia", "start", category="red", mode="typed", questions=2)
    assert "1 question," in started.text and "spoiler-free" in started.text
    asked = await h.discord.wait_for_message(channel, lambda m: m.text.startswith("Question 1 of 1"))
    assert "What colour is the sky on a clear day?" in asked.text
    await h.discord.invoke(h.moderator, channel, "trivia", "stop")
    export = await h.discord.invoke(h.moderator, channel, "trivia", "export", list="red")
    assert "1 left out" in export.text and b"spoils: 0" in export.attachments[0].data
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="latest")
    export = await h.discord.invoke(h.moderator, channel, "trivia", "export", list="red")
    assert b"spoils: S1E12" in export.attachments[0].data  # what the game used, not 0


async def test_season_two_facts_never_reveal_who_survives_season_one(place: tuple[Harness, Channel, Member]) -> None:
    h, channel, fan = place
    card = await h.discord.invoke(fan, channel, "character", name="On-jo")
    assert "university" not in visible(card) and "Yong Ma-ru" not in visible(card)
    seasons = next(f for f in card.embeds[0]["fields"] if f["name"] == "Seasons")
    assert seasons["value"].startswith("||")
    actor = await h.discord.invoke(fan, channel, "cast", name="Park Ji-hu")
    assert "both seasons" not in visible(actor)
    answer = await h.discord.invoke(fan, channel, "ask", question="what is season 2 about?")
    assert "university" not in visible(answer)
    trivia_tag = {q.id: q.spoils for q in bundled_questions()}
    assert "aouad-213" in trivia_tag  # the trivia's own season-2 question agrees: it spoils the end of season 1
    assert str(trivia_tag["aouad-213"]) == "S1E12"


async def test_the_first_student_halfbie_is_an_episode_5_fact_everywhere(place: tuple[Harness, Channel, Member]) -> None:
    h, _, fan = place
    dm = h.discord.dm_channel(fan)
    await h.discord.invoke(fan, dm, "progress", watched="5")
    card = await h.discord.invoke(fan, dm, "episode", number="5")
    assert "halfbie" in visible(card)
    assert str({q.id: q.spoils for q in bundled_questions()}["aouad-086"]) == "S1E5"  # trivia agrees (facts.md)


async def test_every_episode_card_has_the_same_fields_and_one_hidden_line_of_deaths(
    place: tuple[Harness, Channel, Member],
) -> None:
    h, channel, fan = place
    shapes = set()
    for number in range(1, 13):
        card = await h.discord.invoke(fan, channel, "episode", number=str(number))
        fields = card.embeds[0]["fields"]
        shapes.add(tuple(f["name"] for f in fields))
        deaths = next(f["value"] for f in fields if f["name"] == "Deaths and turns")
        assert re.fullmatch(r"\|\|[^|]*(?:\\\|[^|]*)*\|\|", deaths), deaths  # one spoiler, one line
    assert shapes == {("Summary", "Deaths and turns")}


async def test_ha_ris_bow_is_an_episode_5_spoiler(place: tuple[Harness, Channel, Member]) -> None:
    h, channel, fan = place
    card = await h.discord.invoke(fan, channel, "character", name="Ha-ri")
    assert "archery" not in visible(card)
    dm = h.discord.dm_channel(fan)
    await h.discord.invoke(fan, dm, "progress", watched="5")
    assert "archery" in visible(await h.discord.invoke(fan, dm, "character", name="Ha-ri"))


async def test_who_is_lee_min_goo_hides_the_episode_1_fact_at_progress_0(place: tuple[Harness, Channel, Member]) -> None:
    h, channel, fan = place
    answer = await h.discord.invoke(fan, channel, "ask", question="who is lee min-goo")
    assert "science teacher's son" in hidden(answer) and "science teacher's son" not in visible(answer)


async def test_a_spoiler_typed_into_a_public_question_is_hidden_with_it(place: tuple[Harness, Channel, Member]) -> None:
    h, channel, fan = place
    answer = await h.discord.invoke(fan, channel, "ask", question="does Cheong-san die in episode 11?")
    assert "die" not in visible(answer).split("**Q:**")[1].split("\n")[0]


async def test_is_gwi_nam_a_zombie_now_answers_as_of_the_viewers_episode(place: tuple[Harness, Channel, Member]) -> None:
    h, _, fan = place
    dm = h.discord.dm_channel(fan)
    await h.discord.invoke(fan, dm, "progress", watched="4")
    answer = await h.discord.invoke(fan, dm, "ask", question="is gwi-nam a zombie now")
    assert "construction site" not in hidden(answer)  # not his episode-11 death, even in bars


async def test_the_oracle_reads_the_pack_not_the_tags() -> None:
    """The lexicon the oracle uses finds the issue's leaks in the texts themselves."""
    lexicon = lexicon_of(bundled_pack())
    assert str(lexicon.position("Source: Fiction Horizon, Do Cheong-san and Lee Na-yeon die in All of Us Are Dead")) == "S1E11"
    assert str(lexicon.position("Yong Ma-ru: On-jo's senior at university")) == "S1E12"
