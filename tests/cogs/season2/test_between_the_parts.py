"""The hours after season 2's Part 1, when Netflix dated the release and TVmaze alone lists the parts (1-4 on 12 March
2027, 5-8 on 9 April 2027, as tests/lore/ask_statuses.py's `parts`): what a fan reads, driven through the local Discord."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.tvmaze import LocalTVmaze

pytestmark = pytest.mark.timeout(60)

PART_1 = dt.datetime(2027, 3, 12, 8, 0, tzinfo=dt.UTC)
PART_2 = dt.datetime(2027, 4, 9, 7, 0, tzinfo=dt.UTC)


@pytest.fixture
async def tvmaze() -> AsyncIterator[LocalTVmaze]:
    async with LocalTVmaze() as listing:
        listing.add_season(2, episode_order=8, premiere_date=PART_1.date().isoformat())
        listing.add_episodes(2, 4, airstamp=PART_1.isoformat())
        listing.add_episodes(2, 4, airstamp=PART_2.isoformat())
        yield listing


@pytest.fixture
async def h(tmp_path: Path, tvmaze: LocalTVmaze) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=ManualClock(PART_1 + dt.timedelta(hours=2)),
                             extensions=("cogs.lore", "cogs.season2"), tvmaze_base_url=tvmaze.base_url) as harness:
        await harness.discord.invoke(harness.moderator, harness.general, "season2set", "report",
                                     milestone="release_date_announced", date="2026-12-06", official=True,
                                     source_url="https://www.netflix.com/tudum/articles/aouad-season-2-date",
                                     release_date="2027-03-12")
        await harness.bot.scheduler.run_now("season2-poll")
        yield harness


async def test_is_season_2_out_says_yes_as_netflix_and_only_part_2s_day_as_tvmazes(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="is season 2 out")
    assert "\nYes. Season 2 came out" in reply.text, reply.text
    assert "as TVmaze lists it (one source, not confirmed officially)" in reply.text
    assert "Confidence: reported" not in reply.text


async def test_is_episode_5_out_says_not_yet_with_its_day_and_episode_3_yes(h: Harness) -> None:
    later = await h.discord.invoke(h.fan, h.general, "ask", question="is episode 5 out")
    assert f"\nNot yet: season 2, episode 5 comes out on <t:{int(PART_2.timestamp())}:F>" in later.text, later.text
    assert "in 2 parts" not in later.text and "Part 1 of season 2" not in later.text
    out = await h.discord.invoke(h.fan, h.general, "ask", question="is episode 3 out")
    assert "\nYes. Season 2, episode 3 came out" in out.text, out.text


async def test_season2_status_says_only_episodes_1_to_4_are_out_and_when_5_to_8_come(h: Harness) -> None:
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "**Out now:** episodes 1-4 only, released" in status.text, status.text
    assert f"Episodes 5-8 come later: TVmaze lists episode 5 for <t:{int(PART_2.timestamp())}:F>" in status.text


async def test_progress_s2_part_1_says_part_1_was_read_as_begun_so_only_season_1_is_saved(h: Harness) -> None:
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched="s2 part 1")
    assert "Saved: you have watched up to season 1, episode 12.\nPart 1 of season 2 with no episode named is read as begun, " \
           "not finished, so only season 1, episode 12 is saved: set `/progress` to the last episode you have finished, like S2E3." \
           in saved.text, saved.text
    marked = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S2 part 1")
    assert "everything up to season 2, episode 4 may be discussed" in marked.text, marked.text


async def test_progress_s2_part_1_done_saves_part_1s_last_episode_with_no_note(h: Harness) -> None:
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched="s2p1 done")
    assert "Saved: you have watched up to season 2, episode 4." in saved.text and "read as begun" not in saved.text, saved.text


async def test_s2e5_out_typed_short_says_not_yet_with_its_day_and_episode_4_yes(h: Harness) -> None:
    for typed in ("s2e5 out?", "episode 5 out yet?", "ep 5 out already?"):
        later = await h.discord.invoke(h.fan, h.general, "ask", question=typed)
        assert f"\nNot yet: season 2, episode 5 comes out on <t:{int(PART_2.timestamp())}:F>" in later.text, later.text
    out = await h.discord.invoke(h.fan, h.general, "ask", question="s2e4 out?")
    assert "\nYes. Season 2, episode 4 came out" in out.text, out.text


NOT_YET_5 = f"Not yet: season 2, episode 5 comes out on <t:{int(PART_2.timestamp())}:F>"


@pytest.mark.parametrize(("question", "said"), [
    ("did episode 5 come out", NOT_YET_5),
    ("nasa netflix na ba ep 5", f"Hindi pa: lalabas ang episode 5 ng season 2 sa <t:{int(PART_2.timestamp())}:F>, kasama ng "
                                "part 2 (episode 5-8)"),  # in Tagalog, the asker's language (fix108)
    ("5화 나왔어?", f"아직이에요. 시즌2 5화는 파트2(5-8화)와 함께 나와요. 공개 예정: <t:{int(PART_2.timestamp())}:F>. TVmaze 기준이에요 "
                "(출처 하나, 공식 확인 전)."),  # in the asker's language (fix107), its day last (fix108)
])
async def test_episode_5_asked_in_other_words_says_not_yet_with_part_2s_day(h: Harness, question: str, said: str) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "ask", question=question)
    assert said in reply.text, reply.text
    assert "||" not in reply.text and "Season 1, episode 5" not in reply.text


async def test_is_season_2_episode_6_on_netflix_yet_says_not_yet_with_part_2s_day(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="is season 2 episode 6 on netflix yet")
    assert f"Not yet: season 2, episode 6 comes out on <t:{int(PART_2.timestamp())}:F>" in reply.text, reply.text
    assert "no summary" not in reply.text


@pytest.mark.parametrize("question", ["is the finale out", "has the finale come out yet"])
async def test_is_the_finale_out_says_not_yet_of_season_2s_last_episode(h: Harness, question: str) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "ask", question=question)
    assert f"Not yet: season 2, episode 8 comes out on <t:{int(PART_2.timestamp())}:F>" in reply.text, reply.text
    assert "Not confirmed yet" not in reply.text


async def test_s2e8_out_after_part_2_says_yes_with_its_part_never_yes_then_not_confirmed(h: Harness) -> None:
    await h.advance(PART_2 + dt.timedelta(hours=1) - h.clock.now())
    out = await h.discord.invoke(h.fan, h.general, "ask", question="s2e8 out?")
    assert (f"\nYes: season 2, episode 8 came out on <t:{int(PART_2.timestamp())}:F>, with Part 2 (episodes 5-8), as TVmaze "
            "lists it (one source, not confirmed officially).") in out.text, out.text
    assert "Yes. Not confirmed yet" not in out.text


async def test_season2_status_on_part_2s_day_says_episodes_5_to_8_came_out_as_tvmaze_lists_them(h: Harness) -> None:
    await h.advance(PART_2 + dt.timedelta(hours=1) - h.clock.now())
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert (f"\nEpisodes 5-8 came out on <t:{int(PART_2.timestamp())}:F> (<t:{int(PART_2.timestamp())}:R>), as TVmaze "
            "lists them (reported, not confirmed officially).") in status.text, status.text
    assert "episodes 1-4 only" not in status.text


async def test_season2_status_with_netflixs_part_2_day_still_says_only_episodes_1_to_4_are_out(h: Harness) -> None:
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="part_dated", date="today",
                           official=True, source_url="https://www.netflix.com/tudum/aouad-s2-part-2",
                           release_date="2027-04-09 07:00 UTC")
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "**Out now:** episodes 1-4 only, released" in status.text, status.text
    assert f"**Part 2:** <t:{int(PART_2.timestamp())}:F>" in status.text and "come later" not in status.text


async def test_s2e8_out_after_netflix_moved_part_2_says_netflixs_day_not_tvmazes_stale_one(h: Harness) -> None:
    """Netflix moves Part 2 to 16 April while TVmaze still lists 9 April: not yet, Netflix's day, even once the 9th passed."""
    moved = dt.datetime(2027, 4, 16, 7, 0, tzinfo=dt.UTC)
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="part_dated", date="today",
                           official=True, source_url="https://www.netflix.com/tudum/aouad-s2-part-2", release_date="2027-04-16")
    for _ in range(2):
        reply = await h.discord.invoke(h.fan, h.general, "ask", question="s2e8 out?")
        assert (f"\nNot yet: season 2, episode 8 comes out on <t:{int(moved.timestamp())}:F>, with Part 2 (episodes 5-8), "
                "as Netflix says (TVmaze still lists 9 April 2027).") in reply.text, reply.text
        await h.advance(PART_2 + dt.timedelta(hours=1) - h.clock.now())


async def test_season2_status_after_tvmazes_stale_part_2_day_still_says_only_episodes_1_to_4_are_out(h: Harness) -> None:
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="part_dated", date="today",
                           official=True, source_url="https://www.netflix.com/tudum/aouad-s2-part-2", release_date="2027-04-16")
    await h.advance(PART_2 + dt.timedelta(hours=1) - h.clock.now())
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "**Out now:** episodes 1-4 only, released" in status.text, status.text
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched="S2E8")
    assert "Season 2, episode 8 is not out yet" in saved.text, saved.text


async def test_season2_remind_while_only_tvmaze_lists_part_2_counts_down_to_the_day_the_status_card_shows(h: Harness) -> None:
    """fix107: the card showed TVmaze's day for episodes 5-8, yet /season2 remind put no one on Part 2's list."""
    dm = h.discord.dm_channel(h.fan)
    reply = await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    card_line = (f"Episodes 5-8 come later: TVmaze lists episode 5 for <t:{int(PART_2.timestamp())}:F> "
                 f"(<t:{int(PART_2.timestamp())}:R>; reported, not confirmed officially).")
    assert reply.text.startswith("You're on the list: a direct message") and card_line in reply.text, reply.text
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert card_line.split(" (<t:")[0] in status.text, status.text
    await h.advance(PART_2 - dt.timedelta(days=7) + dt.timedelta(minutes=1) - h.clock.now())
    countdown = await h.discord.wait_for_message(dm, lambda m: "7d to go" in m.text, timeout=8)
    assert "Season 2's Part 2 countdown" in countdown.text and "reported, not confirmed officially" in countdown.text


async def test_a_channel_gets_no_part_2_countdown_to_tvmazes_day_alone_and_one_part_2_is_out_post_then(h: Harness) -> None:
    """review68a: a channel at level reported counted down to the Part 2 day TVmaze alone lists, though a day stands
    only once Netflix or a second source gives it; the fan who asked /season2 remind still gets their countdown."""
    news, dm = h.channels["announcements"], h.discord.dm_channel(h.fan)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, level="reported")
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    await h.advance(PART_2 - dt.timedelta(days=7) + dt.timedelta(minutes=1) - h.clock.now())
    await h.discord.wait_for_message(dm, lambda m: "7d to go" in m.text, timeout=8)
    await h.advance(PART_2 + dt.timedelta(minutes=1) - h.clock.now())
    await h.discord.wait_for_message(news, lambda m: "Part 2 is out" in m.text, timeout=8)
    await h.advance(dt.timedelta(minutes=5))
    titles = [m.embed["title"] for m in h.discord.messages(news) if m.embed and m.author_id == h.discord.bot_user_id]
    assert not [t for t in titles if "countdown" in t], titles
    assert [t for t in titles if "Part 2 is out" in t] == ["Season 2's Part 2 is out"], titles


async def test_a_channel_countdown_to_netflixs_part_2_day_stops_when_netflixs_word_is_withdrawn_and_fans_keep_theirs(
        h: Harness) -> None:
    """fix112: Netflix's Part 2 day (TVmaze's too) started a channel's countdown; its report retracted, the day is TVmaze's
    alone, which starts none (migration 029): the channel hears no more countdown, then once that Part 2 is out; the fan
    who asked /season2 remind still counts down by DM, marked reported."""
    news, dm = h.channels["announcements"], h.discord.dm_channel(h.fan)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, level="reported")
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="part_dated", date="today", official=True,
                           source_url="https://www.netflix.com/tudum/aouad-s2-part-2", release_date="2027-04-09")
    await h.advance(PART_2 - dt.timedelta(days=7) + dt.timedelta(minutes=1) - h.clock.now())
    await h.discord.wait_for_message(news, lambda m: "7d to go" in m.text, timeout=8)  # Netflix's day: the channel's too
    choices = await h.discord.autocomplete(h.moderator, h.general, "season2set", "retract", focused="report", report="")
    (part_2,) = [c for c in choices if "Part 2" in c["name"]]
    await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report=part_2["value"])
    await h.advance(PART_2 - dt.timedelta(days=1) + dt.timedelta(minutes=1) - h.clock.now())
    countdown = await h.discord.wait_for_message(dm, lambda m: "1d to go" in m.text, timeout=8)
    assert "Season 2's Part 2 countdown" in countdown.text and "reported, not confirmed officially" in countdown.text
    await h.advance(PART_2 + dt.timedelta(minutes=1) - h.clock.now())
    await h.discord.wait_for_message(news, lambda m: "Part 2 is out" in m.text, timeout=8)
    await h.advance(dt.timedelta(minutes=5))
    titles = [m.embed["title"] for m in h.discord.messages(news) if m.embed and m.author_id == h.discord.bot_user_id]
    assert [t for t in titles if "countdown" in t] == ["Season 2's Part 2 countdown: 7d to go"], titles
    assert [t for t in titles if "Part 2 is out" in t] == ["Season 2's Part 2 is out"], titles


async def test_a_channel_whose_part_2_countdown_stopped_gets_the_current_step_when_netflix_confirms_the_day_again(
        h: Harness) -> None:
    """fix114: Netflix's Part 2 day withdrawn (TVmaze's alone: the channel's countdown stops, the fan's DM goes on), then
    confirmed again an hour after the 1-day step: the channel reads "1d to go" then (the step it missed, within its
    grace), never a late "7d to go", then "1h to go" on time."""
    news, dm = h.channels["announcements"], h.discord.dm_channel(h.fan)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, level="reported")
    await h.discord.invoke(h.fan, h.general, "season2", "remind", on=True)
    tudum = {"milestone": "part_dated", "date": "today", "official": True, "release_date": "2027-04-09",
             "source_url": "https://www.netflix.com/tudum/aouad-s2-part-2"}
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", **tudum)
    await h.advance(PART_2 - dt.timedelta(days=7) + dt.timedelta(minutes=1) - h.clock.now())
    await h.discord.wait_for_message(news, lambda m: "7d to go" in m.text, timeout=8)
    choices = await h.discord.autocomplete(h.moderator, h.general, "season2set", "retract", focused="report", report="")
    (part_2,) = [c for c in choices if "Part 2" in c["name"]]
    await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report=part_2["value"])
    await h.advance(PART_2 - dt.timedelta(days=1) + dt.timedelta(minutes=1) - h.clock.now())
    await h.discord.wait_for_message(dm, lambda m: "1d to go" in m.text, timeout=8)
    await h.advance(dt.timedelta(hours=1))
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", **tudum)  # Netflix's word again
    await h.discord.wait_for_message(news, lambda m: "1d to go" in m.text, timeout=8)
    await h.advance(PART_2 - dt.timedelta(minutes=59) - h.clock.now())
    await h.discord.wait_for_message(news, lambda m: "1h to go" in m.text, timeout=8)
    titles = [m.embed["title"] for m in h.discord.messages(news) if m.embed and m.author_id == h.discord.bot_user_id]
    assert [t for t in titles if "countdown" in t] == [f"Season 2's Part 2 countdown: {n} to go" for n in ("7d", "1d", "1h")], titles
    assert sum("1d to go" in m.text for m in h.discord.messages(dm)) == 1  # the fan's DM not sent twice


async def test_a_channel_set_up_after_tvmazes_part_2_day_is_told_once_that_part_2_is_out(h: Harness) -> None:
    """As a channel set up in the week after Netflix's Part 2 day is (fix107), where TVmaze alone gave the day."""
    news = h.channels["announcements"]
    await h.advance(PART_2 + dt.timedelta(days=2) - h.clock.now())
    for _ in range(2):
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, level="reported")
        await h.advance(dt.timedelta(minutes=1))
    await h.discord.wait_for_message(news, lambda m: "Part 2 is out" in m.text, timeout=8)
    titles = [m.embed["title"] for m in h.discord.messages(news) if m.embed and m.author_id == h.discord.bot_user_id]
    assert [t for t in titles if "Part 2 is out" in t] == ["Season 2's Part 2 is out"], titles


async def test_is_season_2_finished_or_out_after_netflix_moved_part_2_says_netflixs_day_not_tvmazes_stale_one(h: Harness) -> None:
    moved = dt.datetime(2027, 4, 16, 7, 0, tzinfo=dt.UTC)
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="part_dated", date="today",
                           official=True, source_url="https://www.netflix.com/tudum/aouad-s2-part-2", release_date="2027-04-16")
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="is season 2 finished")
    assert f"Not yet: season 2, episode 5 comes out on <t:{int(moved.timestamp())}:F>, with Part 2 (episodes 5-8)" in reply.text
    assert f"<t:{int(PART_2.timestamp())}:F>" not in reply.text, reply.text
    # fix112: "is season 2 out" is one answer, never "Yes. Season 2 came out ..." then "Not yet: ..."; TVmaze cited once
    out = await h.discord.invoke(h.fan, h.general, "ask", question="is season 2 out")
    assert (f"\nPart 1 (episodes 1-4) is out, since <t:{int(PART_1.timestamp())}:F>; Part 2 (episodes 5-8) comes out on "
            f"<t:{int(moved.timestamp())}:F>, as Netflix says (TVmaze still lists 9 April 2027).") in out.text, out.text
    assert "Not yet" not in out.text and "Yes." not in out.text and out.text.count("[TVmaze") == 1, out.text


async def test_s2e8_out_after_tvmaze_follows_netflixs_moved_part_2_cites_tvmazes_listing_of_the_new_day(
        h: Harness, tvmaze: LocalTVmaze) -> None:
    moved = dt.datetime(2027, 4, 16, 7, 0, tzinfo=dt.UTC)
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="part_dated", date="today",
                           official=True, source_url="https://www.netflix.com/tudum/aouad-s2-part-2", release_date="2027-04-16")
    await h.advance(dt.timedelta(days=3))
    for n in range(5, 9):
        tvmaze.set_episode(2, n, airstamp=moved.isoformat(), airdate=moved.date().isoformat())
    await h.bot.scheduler.run_now("season2-poll")
    await h.advance(moved + dt.timedelta(hours=1) - h.clock.now())
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="s2e8 out?")
    assert f"\nYes: season 2, episode 8 came out on <t:{int(moved.timestamp())}:F>, with Part 2 (episodes 5-8)" in reply.text
    assert "[TVmaze, 16 April 2027]" in reply.text and "12 March 2027" not in reply.text, reply.text  # (its Part 2 listing)
