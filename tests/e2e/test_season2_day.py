"""Season 2's release day as a fan server lives it, through the local Discord with a local TVmaze:
TVmaze lists the season with titles and air times, the date is confirmed, episodes air, fans set
their progress as they type it, moderators mark channels, and everyone asks about season 2. Each
test asserts what a reader sees."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Message
from bot.sandbox.tvmaze import LocalTVmaze
from tests.shared_bot import SharedBot

START = dt.datetime(2027, 2, 20, 12, 0, tzinfo=dt.UTC)
FIRST = dt.datetime(2027, 3, 5, 8, 0, tzinfo=dt.UTC)  # episodes 1-4
SECOND = FIRST + dt.timedelta(weeks=1)  # episodes 5-8
#: By when TVmaze has surely been polled again: it is polled hourly, each time at its own instant in the
#: hour (bot/season2/schedule.py: PollTimers), so within two hours of a poll.
NEXT_POLL = dt.timedelta(minutes=121)
# Titles as TVmaze may list them: the second spoils, the others carry markdown and mentions.
TITLES = [
    "Nam-ra **Returns** @everyone", "The Death of Su-hyeok", "Gwi-nam || Comes Back", "On-jo's Choice",
    "Hallyu <@123> _x_", "Six", "Seven", "The Last Stand",
]
EXTENSIONS = ("cogs.meta", "cogs.lore", "cogs.season2")


pytestmark = pytest.mark.asyncio(loop_scope="module")


def season_two_listed(server: LocalTVmaze) -> LocalTVmaze:
    server.add_season(2, episode_order=8, premiere_date=FIRST.date().isoformat())
    server.add_episodes(2, 4, airstamp=FIRST.isoformat(), names=TITLES[:4])
    server.add_episodes(2, 4, airstamp=SECOND.isoformat(), names=TITLES[4:])
    return server


@pytest_asyncio.fixture(loop_scope="module")
async def tvmaze() -> AsyncIterator[LocalTVmaze]:
    async with LocalTVmaze() as server:
        yield season_two_listed(server)


@pytest_asyncio.fixture(loop_scope="module")
async def h(tmp_path: Path, tvmaze: LocalTVmaze) -> AsyncIterator[Harness]:
    async with Harness.start(
        tmp_path, clock=ManualClock(START), extensions=EXTENSIONS, tvmaze_base_url=tvmaze.base_url
    ) as harness:
        await harness.bot.scheduler.run_now("season2-poll")
        assert len(harness.bot.show.episodes_in(2)) == 8
        yield harness


async def until(h: Harness, when: dt.datetime) -> None:
    await h.advance(when - h.clock.now())


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def after_second_part(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[SharedBot]:
    """One bot an hour after the second part aired, for tests that only set a fan's own progress:
    each joins it in a server of its own (starting a bot and living three weeks of polls each cost
    more than what they check)."""
    async with LocalTVmaze() as server, SharedBot(
        tmp_path_factory.mktemp("day"), clock=ManualClock(START), extensions=EXTENSIONS,
        tvmaze_base_url=season_two_listed(server).base_url,
    ) as shared:
        bot = await shared.started()
        await bot.bot.scheduler.run_now("season2-poll")
        await until(bot, SECOND + dt.timedelta(hours=1))
        yield shared


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("ep 3 s2", "season 2, episode 3"), ("season 2 episode 3", "season 2, episode 3"),
     ("episode 3 of season 2", "season 2, episode 3"), ("s2 finale", "season 2, episode 8"),
     ("시즌2 마지막화", "season 2, episode 8"), ("2nd season ep 3", "season 2, episode 3"),
     ("second season episode 3", "season 2, episode 3"), ("season two ep 3", "season 2, episode 3")],
)
async def test_progress_reads_season_two_as_fans_type_it(after_second_part: SharedBot, typed: str, saved: str) -> None:
    h = await after_second_part.new_server()
    reply = await h.discord.invoke(h.fan, h.general, "progress", watched=typed)
    assert f"Saved: you have watched up to {saved}." in reply.text


async def test_progress_past_what_has_aired_is_kept_at_the_latest_out(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E5")
    assert reply.text.startswith("Season 2, episode 5 is not out yet, so I saved the latest out: "
                                 "you have watched up to season 1, episode 12.")
    await until(h, SECOND + dt.timedelta(hours=1))  # episode 5 airs: the fan has still not seen it
    later = await h.discord.invoke(h.fan, h.general, "progress")
    assert later.text.startswith("You have watched up to season 1, episode 12.")
    private = await h.discord.invoke(h.fan, h.general, "episode", number="S2E2")
    clear = await h.discord.click(h.fan, private, str(next(b["custom_id"] for b in private.buttons)))
    assert "||The Death of Su-hyeok||" in clear.text


async def test_a_channel_marked_past_what_has_aired_is_marked_at_the_latest_out(h: Harness) -> None:
    trivia = h.channels["trivia"]
    await until(h, FIRST + dt.timedelta(hours=1))
    reply = await h.discord.invoke(h.moderator, trivia, "spoilers", up_to="S2E8")
    # only TVmaze lists them as aired: the latest is said as its listing, not as out
    assert reply.text.startswith("Season 2, episode 8 is not out yet, so this channel is marked spoiler-safe up to "
                                 "season 2, episode 4, the latest TVmaze lists as aired (not confirmed yet)."), reply.text
    await until(h, SECOND + dt.timedelta(hours=1))
    card = await h.discord.invoke(h.fan, trivia, "episode", number="S2E8")
    assert "||The Last Stand||" in card.text


async def test_a_channel_marked_full_spoilers_before_season_two_keeps_it_hidden_and_says_how_to_raise_it(
    h: Harness,
) -> None:
    spoilers = h.discord.add_channel(h.guild, "full-spoilers")
    held = "spoiler mark stays at season 1, episode 12 when more comes out: season 2 will stay hidden"
    marked = await h.discord.invoke(h.moderator, spoilers, "spoilers", up_to="full spoilers")
    assert held in marked.text and "`/spoilers up_to: full spoilers` once it is out" in marked.text, marked.text
    helped = await h.discord.invoke(h.fan, spoilers, "help")
    assert held in helped.text
    await until(h, FIRST + dt.timedelta(hours=1))  # season 2 is out: the mark the moderator gave holds
    episode = await h.discord.invoke(h.fan, spoilers, "episode", number="S2E2")
    assert "||The Death of Su-hyeok||" in episode.text
    card = await h.discord.invoke(h.fan, spoilers, "season2", "status")
    # only TVmaze lists it as aired, nothing official: the card says it as TVmaze's word, as its "Reported out" line
    held_now = ("TVmaze lists season 2's episodes as aired (not confirmed yet); they stay hidden in this channel's public "
                "replies until a moderator raises its spoiler mark, now season 1, episode 12 (`/spoilers up_to: full "
                "spoilers` shows everything out).")
    assert "**Reported out:** only one source (TVmaze)" in card.text and held_now in card.text, card.text
    assert "Season 2 is out" not in card.text
    helped = await h.discord.invoke(h.fan, spoilers, "help")
    assert held_now in helped.text and "Season 2 is out" not in helped.text
    raised = await h.discord.invoke(h.moderator, spoilers, "spoilers", up_to="full spoilers")
    assert ("everything up to season 2, episode 4 may be discussed in the clear, all that TVmaze lists as aired (not "
            "confirmed yet).") in raised.text, raised.text


async def test_a_date_only_tvmaze_gives_is_said_as_not_confirmed_yet_one_source(h: Harness) -> None:
    await h.advance(NEXT_POLL)  # the poll that reads TVmaze's premiere date
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "No release date has been announced." in card.text
    assert f"**Reported date:** <t:{int(FIRST.timestamp())}:F>: not confirmed yet, one source (TVmaze)" in card.text
    answer = await h.discord.invoke(h.fan, h.general, "ask", question="when does season 2 come out?")
    # the time shown in each reader's own zone, as /season2 status shows it
    assert f"Not confirmed yet, one source: TVmaze gives <t:{int(FIRST.timestamp())}:F> for season 2" in answer.text
    assert "08:00 UTC" not in answer.text


async def test_ask_reads_season_twos_episodes_from_tvmaze_each_title_hidden_until_its_episode(h: Harness) -> None:
    trivia = h.channels["trivia"]
    await until(h, FIRST + dt.timedelta(hours=1))
    await h.discord.invoke(h.moderator, trivia, "spoilers", up_to="S2E2")
    titles = await h.discord.invoke(h.fan, trivia, "ask", question="what are the season 2 episode titles?")
    assert "Season 2, episode 1: “Nam-ra Returns @\u200beveryone”" in titles.text  # inert: no bold, no ping
    assert "Season 2, episode 2: “The Death of Su-hyeok”" in titles.text
    assert "||Season 2, episode 3: “Gwi-nam // Comes Back”||" in titles.text
    assert "||Season 2, episode 8: “The Last Stand”||" in titles.text
    assert "Sources: [TVmaze" in titles.text or "[TVmaze" in titles.text
    count = await h.discord.invoke(h.fan, trivia, "ask", question="how many episodes in season 2?")
    assert "TVmaze lists 8 episodes for season 2." in count.text
    one = await h.discord.invoke(h.fan, trivia, "ask", question="what is season 2 episode 3 called?")
    assert "TVmaze lists this title for season 2, episode 3 (one source):" in one.text
    assert "||“Gwi-nam // Comes Back”||" in one.text
    airs = await h.discord.invoke(h.fan, trivia, "ask", question="when does s2e5 come out?")
    assert f"Not confirmed yet, one source: TVmaze lists season 2, episode 5 for <t:{int(SECOND.timestamp())}:F>." in airs.text


async def test_ask_says_how_long_episodes_run_and_when_the_finale_airs_from_tvmaze(h: Harness) -> None:
    length = await h.discord.invoke(h.fan, h.general, "ask", question="how long are season 2 episodes?")
    assert "Not confirmed yet, one source: TVmaze lists season 2's episodes at 60 minutes each." in length.text
    assert "twelve episodes" not in length.text  # the rumour TVmaze's list has overtaken
    finale = await h.discord.invoke(h.fan, h.general, "ask", question="when does the season 2 finale come out")
    assert "TVmaze lists season 2, episode 8 for" in finale.text
    assert "No release date for season 2 has been announced" not in finale.text
    first = await h.discord.invoke(h.fan, h.general, "ask", question="what is the first episode of season 2 called?")
    assert "TVmaze lists this title for season 2, episode 1 (one source):" in first.text
    assert "The Last Stand" not in first.text  # its own title, not the whole list


async def test_a_season_two_episode_card_cites_tvmaze_and_shows_its_title_inert(h: Harness) -> None:
    await until(h, FIRST + dt.timedelta(hours=1))
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S2E4")
    card = await h.discord.invoke(h.fan, h.general, "episode", number="S2E1")
    assert card.embed is not None and card.embed["description"] == "Sources: TVmaze"
    title = next(f["value"] for f in card.embed["fields"] if f["name"] == "Title")
    assert title == "Nam-ra Returns @\u200beveryone" and card.mentions_pinged == []
    hidden = await h.discord.invoke(h.fan, h.general, "episode", number="S2E5")
    assert next(f["value"] for f in hidden.embed["fields"] if f["name"] == "Title") == "||Hallyu ‹@\u200b123› x||"


NETFLIX = "https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2-date"


async def confirm(h: Harness, day: dt.date, milestone: str = "release_date_announced") -> str:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone=milestone,
                                   source_url=NETFLIX, date="today", official=True, release_date=day.isoformat())
    return reply.text


async def test_a_confirmed_day_is_told_to_the_moderator_at_the_moment_the_status_holds(h: Harness) -> None:
    await h.advance(NEXT_POLL)
    said = await confirm(h, FIRST.date())
    # the day typed without an hour takes TVmaze's 08:00 UTC: the reader's clock shows that moment
    assert f"release date set: 2027-03-05 08:00 UTC (<t:{int(FIRST.timestamp())}:F> your time)" in said


async def announced_in_announcements(h: Harness) -> None:
    """#announcements subscribed at "reported", and the first poll's date announced there."""
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set",
                           channel=h.channels["announcements"], level="reported")
    await h.advance(NEXT_POLL)
    await confirm(h, FIRST.date())


def posts(h: Harness, channel_name: str, title: str) -> list[Message]:
    channel = h.channels[channel_name]
    return [h.discord.message(m.id) or m for m in h.discord.messages(channel)
            if m.interaction_id is None and m.embed is not None and title in str((h.discord.message(m.id) or m).embed)]


async def posted(h: Harness, channel_name: str, title: str) -> list[Message]:
    """`posts`, once the outbox has delivered one (it runs on the bot's loop, after the clock moved)."""
    for _ in range(400):
        found = posts(h, channel_name, title)
        if found:
            return found
        await asyncio.sleep(0.02)
    return []


async def test_a_date_that_moves_strikes_the_old_date_in_earlier_posts_and_says_it_changed(
    h: Harness, tvmaze: LocalTVmaze
) -> None:
    await announced_in_announcements(h)
    await until(h, FIRST - dt.timedelta(days=1) + dt.timedelta(minutes=1))  # the 1-day countdown
    old = int(FIRST.timestamp())
    assert await posted(h, "announcements", "1d to go")
    later = FIRST + dt.timedelta(weeks=1)
    tvmaze.set_premiere(2, later.date().isoformat())  # TVmaze moves first, then Netflix says so
    await h.advance(NEXT_POLL)
    await confirm(h, later.date(), "release_date_changed")
    new = int(later.timestamp())
    changed = await h.discord.wait_for_message(
        h.channels["announcements"], lambda m: "release date changed" in m.text and m.interaction_id is None, timeout=8)
    assert f"<t:{new}:F>" in changed.text
    for _ in range(200):  # the earlier posts are edited right after the new one is out
        if len(posts(h, "announcements", "(date changed)")) == 2:
            break
        await asyncio.sleep(0.02)
    (announced,) = posts(h, "announcements", "Season 2 has a release date")
    assert announced.embed is not None and announced.embed["title"] == "Season 2 has a release date (date changed)"
    assert announced.embed["description"] == (f"Release: ~~<t:{old}:F>~~\n**The date changed:** now <t:{new}:F> "
                                              f"(<t:{new}:R>).")
    (countdown,) = posts(h, "announcements", "1d to go")
    assert countdown.embed is not None and f"~~<t:{old}:F>~~" in countdown.embed["description"]
    assert f"<t:{old}:R>" not in countdown.text  # no "in 1 day" left counting down to the old date
    await until(h, FIRST + dt.timedelta(hours=1))  # the old date passes: nothing is said of it
    assert not posts(h, "announcements", "is out")


async def test_the_countdown_follows_a_date_that_moved(h: Harness, tvmaze: LocalTVmaze) -> None:
    await announced_in_announcements(h)
    later = FIRST + dt.timedelta(weeks=1)
    tvmaze.set_premiere(2, later.date().isoformat())
    await h.advance(NEXT_POLL)
    await confirm(h, later.date(), "release_date_changed")
    await until(h, later - dt.timedelta(days=1) + dt.timedelta(minutes=1))
    countdown = await h.discord.wait_for_message(
        h.channels["announcements"], lambda m: "1d to go" in m.text and m.interaction_id is None, timeout=8)
    assert f"<t:{int(later.timestamp())}:F>" in countdown.text
    assert len(posts(h, "announcements", "1d to go")) == 1  # none for the old date


async def test_a_reported_date_confirmed_officially_is_shown_confirmed_where_it_was_announced(h: Harness) -> None:
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set",
                           channel=h.channels["announcements"], level="reported")
    await h.advance(NEXT_POLL)  # TVmaze gives the day: one source
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                           source_url="https://www.soompi.com/article/aouad-s2-date", date="today", official=False,
                           release_date=FIRST.date().isoformat())  # a second, independent one: it stands, reported
    announced = await h.discord.wait_for_message(
        h.channels["announcements"], lambda m: "Season 2 has a release date" in m.text, timeout=8)
    assert "📰 reported" in announced.text
    said = await confirm(h, FIRST.date())
    assert "release date confirmed" in said
    edited = await h.discord.wait_for_message(
        h.channels["announcements"], lambda m: m.id == announced.id and "(confirmed" in m.text, timeout=8)
    assert edited.embed is not None
    confidence = next(f["value"] for f in edited.embed["fields"] if f["name"] == "Confidence")
    assert confidence == f"✅ official (confirmed <t:{int(h.clock.now().timestamp())}:D>)"  # the bot's day
    assert len(posts(h, "announcements", "Season 2 has a release date")) == 1  # edited, not posted again
    await h.discord.wait_for_message(h.channels["announcements"], lambda m: "release date is confirmed" in m.text, timeout=8)


async def test_an_announcement_test_names_the_mark_its_channel_has(h: Harness) -> None:
    announcements = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=announcements)
    await until(h, FIRST + dt.timedelta(hours=1))
    await h.discord.invoke(h.moderator, announcements, "spoilers", up_to="S2E8")  # kept at S2E4, the latest out
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    test = await h.discord.wait_for_message(announcements, lambda m: "only a test" in m.text, timeout=8)
    assert "This channel is spoiler-safe up to S2E4 (season 2, episode 4)" in test.text


async def test_progress_offers_each_finale_to_a_fan_typing_finale_and_no_title(after_second_part: SharedBot) -> None:
    h = await after_second_part.new_server()
    choices = await h.discord.autocomplete(h.fan, h.general, "progress", focused="watched", watched="finale")
    assert [(c["name"], c["value"]) for c in choices] == [("Season 1, episode 12 (S1E12)", "S1E12"),
                                                          ("Season 2, episode 8 (S2E8)", "S2E8")]


async def test_a_countdown_sent_by_direct_message_gets_a_moved_date_struck_too(h: Harness, tvmaze: LocalTVmaze) -> None:
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    await h.advance(NEXT_POLL)
    await confirm(h, FIRST.date())
    await until(h, FIRST - dt.timedelta(days=1) + dt.timedelta(minutes=1))
    dm = h.discord.dm_channel(h.fan)
    countdown = await h.discord.wait_for_message(dm, lambda m: "1d to go" in m.text, timeout=8)
    later = FIRST + dt.timedelta(weeks=1)
    tvmaze.set_premiere(2, later.date().isoformat())
    await h.advance(NEXT_POLL)
    await confirm(h, later.date(), "release_date_changed")
    struck = await h.discord.wait_for_message(dm, lambda m: m.id == countdown.id and "(date changed)" in m.text, timeout=8)
    assert f"~~<t:{int(FIRST.timestamp())}:F>~~" in struck.text and f"<t:{int(later.timestamp())}:F>" in struck.text


async def test_a_question_naming_a_season_two_title_is_hidden_where_that_episode_is_not_open(h: Harness) -> None:
    await until(h, FIRST + dt.timedelta(hours=1))
    trivia = h.channels["trivia"]
    await h.discord.invoke(h.moderator, trivia, "spoilers", up_to="S2E1")
    asked = "is the death of su-hyeok the saddest episode?"
    hidden = await h.discord.invoke(h.fan, trivia, "ask", question=asked)
    quoted = asked.replace("-", "\\-")  # quoted inert
    assert f"**Q:** ||{quoted}||" in hidden.text
    await h.discord.invoke(h.moderator, trivia, "spoilers", up_to="S2E2")
    await h.discord.invoke(h.fan, trivia, "progress", watched="S2E2")  # "I don't know" is said privately
    shown = await h.discord.invoke(h.fan, trivia, "ask", question=asked)
    assert f"**Q:** {quoted}" in shown.text


async def test_a_date_only_tvmaze_moves_is_said_beside_the_date_that_stands(h: Harness, tvmaze: LocalTVmaze) -> None:
    await h.advance(NEXT_POLL)
    await confirm(h, FIRST.date())
    later = FIRST + dt.timedelta(weeks=1)
    tvmaze.set_premiere(2, later.date().isoformat())
    await h.advance(NEXT_POLL)
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert f"**Release:** <t:{int(FIRST.timestamp())}:F>" in card.text
    assert f"**TVmaze now gives:** <t:{int(later.timestamp())}:F>: not confirmed yet, one source" in card.text
    answer = await h.discord.invoke(h.fan, h.general, "ask", question="when does season 2 come out?")
    assert (f"Not confirmed yet, one source: TVmaze now gives <t:{int(later.timestamp())}:F>; the date that stands is "
            f"<t:{int(FIRST.timestamp())}:F>") in answer.text


async def test_a_date_tvmaze_moved_away_from_is_no_longer_shown_as_waiting_for_a_second_source(
    h: Harness, tvmaze: LocalTVmaze
) -> None:
    await h.advance(NEXT_POLL)
    tvmaze.set_premiere(2, (FIRST + dt.timedelta(weeks=1)).date().isoformat())
    await h.advance(NEXT_POLL)
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "TVmaze gives 2027\\-03\\-12 as the premiere of season 2 \\(it said 2027\\-03\\-05 before\\)" in card.text
    assert "TVmaze gives 2027\\-03\\-05 as the premiere of season 2." not in card.text


async def test_a_day_reported_without_its_hour_is_shown_as_that_day_not_as_midnight(h: Harness) -> None:
    await h.advance(NEXT_POLL)
    await confirm(h, FIRST.date())
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "Release date announced: 5 March 2027 \\(official\\), reported by a moderator" in card.text
    assert "00:00 UTC" not in card.text


def _everything_said(h: Harness) -> str:
    """Every message the bot posted in the local Discord, outside replies to commands (the outbox's posts)."""
    return "\n".join(str(m.embed or m.text) for channel in h.channels.values() for m in h.discord.messages(channel)
                     if m.interaction_id is None and m.author_id == h.discord.bot_user_id)


async def test_season_two_out_on_tvmazes_word_alone_is_one_report_not_denied_nor_confirmed(h: Harness) -> None:
    """From the minute TVmaze's listing says the first episodes aired, before TVmaze is polled again (hourly),
    every reader says what TVmaze says: /progress, a channel's mark, /ask and the card agree; the next poll
    changes nothing and posts nothing (a restart and a second copy: tests/season2/test_release_day_news.py)."""
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set",
                           channel=h.channels["announcements"], level="all")
    await until(h, FIRST - dt.timedelta(minutes=30))  # TVmaze polled half an hour before its listed hour
    await until(h, FIRST + dt.timedelta(minutes=1))  # and not again before 09:27 (once an hour, at its own minute)
    posted_before = _everything_said(h)
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E4")
    assert "Saved: you have watched up to season 2, episode 4" in saved.text, saved.text
    marked = await h.discord.invoke(h.moderator, h.channels["announcements"], "spoilers", up_to="full spoilers")
    assert "everything up to season 2, episode 4 may be discussed in the clear" in marked.text, marked.text
    su_hyeok = await h.discord.invoke(h.fan, h.general, "ask", question="does Su-hyeok die in s2")
    assert "has not come out" not in su_hyeok.text and "only one source, TVmaze" in su_hyeok.text, su_hyeok.text
    answer = await _asked_whether_out(h)
    deaths = await h.discord.invoke(h.fan, h.general, "ask", question="who dies in season 2?")
    assert "Nobody knows yet: only one source, TVmaze, says season 2 is out" in deaths.text, deaths.text
    assert "has not come out" not in deaths.text
    status = await h.discord.invoke(h.fan, h.general, "ask", question="what's the status of season 2")
    assert "Where things stand now (reported): Only one source, TVmaze, says season 2 is out" in status.text
    for said in (answer, deaths, status):  # one status: never the step before TVmaze's word beside it
        assert "is in post-production" not in said.text, said.text
    assert "Unofficial estimate" not in answer.text  # outlets' guesses at when, beside a report that it is out
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "**Reported out:** only one source (TVmaze) says season 2 is out, since 2027-03-05" in card.text
    await h.advance(NEXT_POLL)  # TVmaze, read again, lists the premiere as aired: the same word, stored already
    await _asked_whether_out(h)
    assert _everything_said(h) == posted_before


async def _asked_whether_out(h: Harness) -> Message:
    answer = await h.discord.invoke(h.fan, h.general, "ask", question="is season 2 out?")
    assert "it has not come out" not in answer.text
    assert ("Not confirmed yet. Only one source, TVmaze, says season 2 is out (since 5 March 2027); nothing official "
            "says so, and no release date has been announced.") in answer.text
    return answer


async def test_a_countdown_sent_by_direct_message_says_when_its_reported_date_is_confirmed(h: Harness) -> None:
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    await h.advance(NEXT_POLL)
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                           source_url="https://www.soompi.com/article/aouad-s2-date", date="today", official=False,
                           release_date=FIRST.date().isoformat())  # TVmaze and a report: it stands, reported
    await until(h, FIRST - dt.timedelta(hours=23))
    dm = h.discord.dm_channel(h.fan)
    countdown = await h.discord.wait_for_message(dm, lambda m: "1d to go" in m.text, timeout=8)
    assert "The date is reported, not confirmed officially." in countdown.text
    await confirm(h, FIRST.date())
    confirmed = await h.discord.wait_for_message(
        dm, lambda m: m.id == countdown.id and "now confirmed officially" in m.text, timeout=8)
    assert "not confirmed officially" not in confirmed.text


async def test_an_earlier_post_that_cannot_be_edited_leaves_the_date_changed_post_posted_once(
    h: Harness, tvmaze: LocalTVmaze
) -> None:
    await announced_in_announcements(h)
    await h.discord.wait_for_message(h.channels["announcements"], lambda m: "has a release date" in m.text, timeout=8)
    h.discord.fail_next("PATCH", "/channels/*/messages/*", 403, times=5, body={"code": 50001, "message": "Missing Access"})
    later = FIRST + dt.timedelta(weeks=1)
    tvmaze.set_premiere(2, later.date().isoformat())
    await h.advance(NEXT_POLL)
    await confirm(h, later.date(), "release_date_changed")
    await h.discord.wait_for_message(h.channels["announcements"], lambda m: "release date changed" in m.text, timeout=8)
    await h.advance(dt.timedelta(minutes=10))
    assert len(posts(h, "announcements", "release date changed")) == 1
    (announced,) = posts(h, "announcements", "has a release date")
    assert "(date changed)" not in announced.text  # left as it was: Discord refused the edit


async def test_once_the_official_date_passes_tvmazes_date_it_moved_from_is_not_listed_as_backing(
    h: Harness, tvmaze: LocalTVmaze
) -> None:
    await h.advance(NEXT_POLL)
    await confirm(h, FIRST.date())
    tvmaze.set_premiere(2, (FIRST + dt.timedelta(weeks=1)).date().isoformat())  # TVmaze alone moves it
    await h.advance(NEXT_POLL)
    await until(h, FIRST + dt.timedelta(hours=2))
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert card.embed is not None and card.embed["title"] == "Season 2: Released"
    assert "TVmaze gives 2027\\-03\\-05" not in card.text  # no longer TVmaze's word
    assert "netflix.com" in card.text
    answer = await h.discord.invoke(h.fan, h.general, "ask", question="is season 2 out?")
    assert f"Season 2 came out on <t:{int(FIRST.timestamp())}:F>." in answer.text
    assert "[TVmaze" not in answer.text  # not cited for a date it moved away from


async def test_a_release_at_00_00_utc_is_announced_and_counted_down_at_that_instant(h: Harness) -> None:
    # an hour said at midnight UTC is that hour: never a day without one (midnight Pacific, 7 hours late)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set",
                           channel=h.channels["announcements"], level="reported")
    await h.advance(NEXT_POLL)
    at = dt.datetime(2027, 3, 20, tzinfo=dt.UTC)
    said = await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                                  source_url=NETFLIX, date="today", official=True, release_date="20 March 2027 00:00 UTC")
    assert f"release date set: 2027-03-20 00:00 UTC (<t:{int(at.timestamp())}:F> your time)" in said.text
    (announced,) = await posted(h, "announcements", "has a release date")
    assert f"<t:{int(at.timestamp())}:F>" in announced.text
    await until(h, at - dt.timedelta(days=1) + dt.timedelta(minutes=1))
    countdown = await h.discord.wait_for_message(
        h.channels["announcements"], lambda m: "1d to go" in m.text and m.interaction_id is None, timeout=8)
    assert f"<t:{int(at.timestamp())}:F>" in countdown.text
    await until(h, at + dt.timedelta(minutes=1))  # hours before midnight Pacific
    card = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "Out now" in card.text and f"<t:{int(at.timestamp())}:F>" in card.text
    answer = await h.discord.invoke(h.fan, h.general, "ask", question="is season 2 out yet?")
    assert "Yes. Season 2 came out on 20 March 2027, 00:00 UTC." in answer.text


#: In a channel marked S2E1 with the guard on, a reaction to a later episode is taken down and hidden in /ask's quote;
#: what is within the mark stays (bench/lexicon_heldout46.yaml's kinds).
WITHIN_S2E1 = ["can't believe what happened to namra in s2 ep 1", "s2e1 at 5pm KST, who's watching?"]
PAST_S2E1 = "s2e3 ending destroyed me"


async def test_in_a_channel_marked_s2e1_a_later_episodes_event_is_taken_down_and_hidden_and_the_first_stays(
        after_second_part: SharedBot) -> None:
    h = await after_second_part.new_server()
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S2E1", guard="on")
    within = [await h.discord.say(h.fan, h.general, text) for text in WITHIN_S2E1]
    said = await h.discord.say(h.fan, h.general, PAST_S2E1)
    await h.discord.wait_for_message(h.general, lambda m: "taken down" in m.content and PAST_S2E1 in m.content)
    await h.discord.wait_for_request(lambda r: r.method == "DELETE" and r.path.endswith(f"/messages/{said.id}"))
    left = {m.id for m in h.discord.messages(h.general)}
    assert all(m.id in left for m in within)
    answer = await h.discord.invoke(h.fan, h.general, "ask", question="why did the s2e3 ending do that?")
    assert "**Q:** ||" in answer.text, answer.text
