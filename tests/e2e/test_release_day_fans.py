"""Season 2's release day seen end to end, the way fans and moderators act on it (blind set, flow36).

Everything goes through the local Discord: the unmodified discord.py client, real HTTP and
websockets, users played by the sandbox. Written before reading the product code that answers."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.harness import Harness
from bot.sandbox import Channel, Message
from tests.e2e.driving import bot_posts, quiet
from tests.e2e.reading import everything

# Netflix's release-day announcement: a day some weeks after the harness's clock (1 March 2026).
DROP = dt.date(2026, 4, 3)
NETFLIX = "https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2-release-date"
SOOMPI = "https://www.soompi.com/article/aouad-season-2-rumour"

# What a season-1 death sounds like in English and Korean; the show's own title is left out first.
DEATH_WORDS = re.compile(r"\b(dies|died|dead|death|killed|presumed|halfbie|sacrifice|bitten)\b|죽|사망", re.I)


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path) as harness:
        yield harness


def unhidden(msg: Message) -> str:
    """What a reader sees without clicking a spoiler bar (without the show's title, nor the addresses
    of cited pages, whose slugs carry the title)."""
    text = re.sub(r"\|\|.*?\|\|", " ", everything(msg), flags=re.S)
    text = re.sub(r"https?://[^\s)>]+", " ", text)
    return re.sub(r"all of us are dead", " ", text, flags=re.I)


async def settle(h: Harness, rounds: int = 3) -> None:
    """Let the bot's outbox deliver what the clock made due: until its passes and sends are over
    (driving.quiet, on events, not 0.3 to 0.8 s of fixed sleeps), `rounds` times over so that what a
    delivery set off in turn (an edit, a notice) is over too."""
    for _ in range(rounds):
        await quiet(h)


async def posts_after(h: Harness, channel: Channel, at_least: int = 1) -> list[Message]:
    for _ in range(150):
        found = bot_posts(h, channel)
        if len(found) >= at_least:
            await settle(h)
            return bot_posts(h, channel)
        await asyncio.sleep(0.02)
    return bot_posts(h, channel)


async def subscribe(h: Harness, channel: Channel, **extra: object) -> Message:
    return await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=channel, **extra)


async def confirm_drop(h: Harness, day: dt.date = DROP) -> Message:
    return await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                                  source_url=NETFLIX, date="today", official=True, release_date=day.isoformat())


async def mark(h: Harness, channel: Channel, up_to: str) -> Message:
    return await h.discord.invoke(h.moderator, channel, "spoilers", up_to=up_to)


def mentions_date(text: str) -> bool:
    return bool(re.search(r"2026-04-03|3 April|April 3|Apr 3|<t:\d+", text))


# -- the moderator's side: announcements ------------------------------------------------------


async def test_moderator_subscribes_then_netflix_confirms_one_announcement_with_the_date(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await confirm_drop(h)
    found = await posts_after(h, news)
    dated = [m for m in found if mentions_date(everything(m))]
    assert len(dated) == 1, [everything(m)[:200] for m in found]


async def test_moderator_pressing_subscribe_twice_still_gets_one_announcement(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await subscribe(h, news)
    await confirm_drop(h)
    found = await posts_after(h, news)
    assert len([m for m in found if mentions_date(everything(m))]) == 1


async def test_a_fan_rumour_does_not_reach_a_channel_that_wants_official_news_only(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news, level="official")
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="rumoured",
                           source_url=SOOMPI, date="today", official=False, release_date="2026-05-01")
    await settle(h)
    assert [everything(m)[:120] for m in bot_posts(h, news)] == []


async def test_the_bot_restarted_on_release_day_does_not_post_the_news_twice(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await confirm_drop(h)
    await posts_after(h, news)
    await h.advance(dt.datetime(2026, 4, 3, 9, 0, tzinfo=dt.UTC) - h.clock.now())
    await settle(h)
    before = [everything(m) for m in bot_posts(h, news)]
    await h.restart()
    await h.advance(dt.timedelta(hours=1))
    await settle(h)
    after = [everything(m) for m in bot_posts(h, news)]
    assert after == before
    assert len(set(after)) == len(after), "the same post went out twice"


async def test_no_one_is_told_it_is_out_before_netflix_puts_it_out(h: Harness) -> None:
    # found after the blind run: a bare day's reminders counted from its UTC midnight, so "out now"
    # went up at 00:00 UTC while every post said 07:00 UTC (midnight Pacific), and "1h to go" never came
    news = h.channels["announcements"]
    await subscribe(h, news)
    await confirm_drop(h)
    await posts_after(h, news)
    await h.advance(dt.datetime(2026, 4, 3, 6, 0, tzinfo=dt.UTC) - h.clock.now())
    await settle(h)
    early = [everything(m) for m in bot_posts(h, news)]
    assert not any(re.search(r"is out", t) for t in early), early
    assert any("1h to go" in t for t in early), early
    await h.advance(dt.timedelta(hours=1, minutes=5))
    await h.restart()
    await h.advance(dt.timedelta(hours=1))
    found = await posts_after(h, news, len(early) + 1)
    assert len([m for m in found if "is out" in everything(m)]) == 1, [everything(m)[:60] for m in found]


async def test_a_subscribed_channel_deleted_on_the_day_leaves_the_other_one_served(h: Harness) -> None:
    news, trivia = h.channels["announcements"], h.channels["trivia"]
    await subscribe(h, news)
    await subscribe(h, trivia)
    h.discord.delete_channel(news)
    await settle(h)
    await confirm_drop(h)
    found = await posts_after(h, trivia)
    assert len([m for m in found if mentions_date(everything(m))]) == 1
    listing = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert f"<#{news.id}>" not in everything(listing) or re.search(r"delet|gone|missing", everything(listing), re.I)


async def test_on_release_day_a_fan_asking_the_status_hears_it_is_out(h: Harness) -> None:
    await confirm_drop(h)
    await h.advance(dt.datetime(2026, 4, 3, 18, 0, tzinfo=dt.UTC) - h.clock.now())
    reply = await h.discord.invoke(h.fan, h.general, "season2", "status")
    text = everything(reply)
    assert re.search(r"\b(out|released|streaming|premiered|available)\b", text, re.I), text[:400]
    assert not re.search(r"\b(\d+ days? (left|to go|until)|coming in)\b", text, re.I), text[:400]


async def test_a_fan_asking_when_it_drops_in_lowercase_gets_the_confirmed_day(h: Harness) -> None:
    await confirm_drop(h)
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="wen does s2 drop?? 😭")
    assert mentions_date(everything(reply)), everything(reply)[:400]


# -- the fans' side: spoilers ---------------------------------------------------------------


async def test_a_fan_in_a_spoiler_free_channel_asking_if_cheongsan_dies_sees_nothing_unhidden(h: Harness) -> None:
    await mark(h, h.general, "0")
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="does cheongsan die at the end of s1??")
    assert reply.ephemeral or not DEATH_WORDS.search(unhidden(reply)), unhidden(reply)[:400]


async def test_a_korean_question_about_gwinam_in_a_spoiler_free_channel_is_hidden_too(h: Harness) -> None:
    await mark(h, h.general, "0")
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="귀남이 죽었어?")
    assert reply.ephemeral or not DEATH_WORDS.search(unhidden(reply)), unhidden(reply)[:400]


async def test_a_fan_who_watched_everything_still_gets_no_open_spoiler_in_a_spoiler_free_channel(h: Harness) -> None:
    await mark(h, h.general, "0")
    await h.discord.invoke(h.fan, h.general, "progress", watched="S1E12")
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="who died in episode 11")
    assert reply.ephemeral or not DEATH_WORDS.search(unhidden(reply)), unhidden(reply)[:400]


async def test_a_fans_progress_comes_back_only_to_them(h: Harness) -> None:
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched="ep 7")
    assert saved.ephemeral
    seen = await h.discord.invoke(h.fan, h.general, "progress")
    assert seen.ephemeral and re.search(r"\b7\b", everything(seen)), everything(seen)[:300]
    assert all(m.interaction_id is None or m.author_id != h.discord.bot_user_id or "7" not in m.content
               for m in h.discord.messages(h.general))


async def test_two_channels_with_different_marks_show_episode_eleven_differently(h: Harness) -> None:
    safe, open_ = h.general, h.channels["trivia"]
    await mark(h, safe, "0")
    await mark(h, open_, "S1E12")
    hidden = await h.discord.invoke(h.fan, safe, "episode", number="11")
    shown = await h.discord.invoke(h.fan, open_, "episode", number="11")
    assert hidden.ephemeral or not DEATH_WORDS.search(unhidden(hidden)), unhidden(hidden)[:400]
    assert DEATH_WORDS.search(unhidden(shown)), unhidden(shown)[:400]


async def test_trivia_started_in_a_spoiler_free_channel_shows_no_spoiler_anywhere(h: Harness) -> None:
    await mark(h, h.general, "0")
    await h.discord.invoke(h.fan, h.general, "trivia", "start", questions=3, mode="buttons")
    await settle(h)
    seen = [m for m in h.discord.messages(h.general) if m.author_id == h.discord.bot_user_id]
    assert any(m.components for m in seen), "no question with buttons was posted"
    leaks = [unhidden(m)[:200] for m in seen if DEATH_WORDS.search(unhidden(m))]
    assert leaks == []
    await h.discord.invoke(h.fan, h.general, "trivia", "stop")


# -- what fans type ---------------------------------------------------------------------------


async def test_a_fan_pasting_everyone_and_a_role_into_ask_pings_nobody(h: Harness) -> None:
    role = h.discord.add_role(h.guild, "S2 hype", mentionable=True)
    reply = await h.discord.invoke(h.fan, h.general, "ask",
                                   question=f"@everyone <@&{role.id}> <@{h.moderator.id}> when is season 2 out")
    assert reply.mentions_pinged == []


async def test_a_typed_trivia_answer_with_everyone_and_markdown_makes_the_bot_ping_nobody(h: Harness) -> None:
    await h.discord.invoke(h.fan, h.general, "trivia", "start", questions=1, mode="typed")
    await settle(h)
    await h.discord.say(h.fan, h.general, "@everyone **lol** ||cheong-san|| `x` <@&1> idk")
    await h.advance(dt.timedelta(minutes=2))
    await settle(h)
    bot_said = [h.discord.message(m.id) or m for m in h.discord.messages(h.general)
                if m.author_id == h.discord.bot_user_id]
    assert bot_said, "the game posted nothing"
    assert [m.mentions_pinged for m in bot_said if m.mentions_pinged] == []


async def test_a_question_with_spoiler_bars_and_backticks_does_not_break_the_reply_open(h: Harness) -> None:
    await mark(h, h.general, "0")
    reply = await h.discord.invoke(h.fan, h.general, "ask",
                                   question="||lol|| ``` who is on-jo?? **cheong san** ~~dies~~ @here")
    assert reply.mentions_pinged == []
    assert reply.ephemeral or not DEATH_WORDS.search(unhidden(reply)), unhidden(reply)[:400]


# Answers that correct a fan or name the one a deed was done to: the name and the fate are the spoiler.
ABOUT_THE_ONE_DONE_TO = re.compile(r"gyeong-?su|dae-?su|min-?jae|cheong-?san|surviv|does not die|doesn't die|lives", re.I)


@pytest.mark.parametrize("question", [
    "who killed daesu",  # a false premise: he survives
    "what happened to the kid nayeon bullied",  # Gyeong-su, named by what was done to him
    "the guy gwinam bit who is he",  # two fit: the bot asks back, naming both
])
async def test_a_correction_or_a_name_found_by_a_deed_stays_hidden_in_a_spoiler_free_channel(
    h: Harness, question: str,
) -> None:
    await mark(h, h.general, "0")
    reply = await h.discord.invoke(h.fan, h.general, "ask", question=question)
    seen = unhidden(reply).replace(question, " ")  # the fan's own words, echoed, are theirs to show
    assert reply.ephemeral or not (DEATH_WORDS.search(seen) or ABOUT_THE_ONE_DONE_TO.search(seen)), seen[:400]


async def test_a_fan_asking_why_a_character_with_an_unclear_end_died_is_told_the_sources_leave_it_unclear(
    h: Harness,
) -> None:
    await mark(h, h.general, "12")
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="why did eunji die")
    assert "unclear" in everything(reply) and "does not die" not in everything(reply)


# Comparisons of when two people were bitten, turned or died, the virus's name, and a relative the sources name
# for no one: the order, the name and the feelings are the spoiler.
ORDER_OR_NAME = re.compile(r"\b(turn(?:s|ed)?|bit|bitten|infected|zombie|jonas)\b|before|after", re.I)


@pytest.mark.parametrize("question", [
    "who turned first, ji-min or i-sak",  # compared by episode
    "bruh who died first, the class prez or the bully",  # descriptions read as the ones they name
    "wow who got bitten first namra or cheongsan",  # an aside before the question
    "what does jonas virus even mean",  # the name is told in episode 4
    "who plays onjo's boyfriend",  # no one is: who has feelings for her, each as far as it spoils
])
async def test_who_came_first_the_virus_s_name_and_a_relative_no_one_is_stay_hidden_in_a_spoiler_free_channel(
    h: Harness, question: str,
) -> None:
    await mark(h, h.general, "0")
    reply = await h.discord.invoke(h.fan, h.general, "ask", question=question)
    seen = unhidden(reply).replace(question, " ")  # the fan's own words, echoed, are theirs to show
    assert reply.ephemeral or not (DEATH_WORDS.search(seen) or ORDER_OR_NAME.search(seen)), seen[:400]
