"""Season 2's release day rehearsed as fans and moderators live it (rehearse66), through the local Discord.

The news is tests/lore/ask_statuses.py's `parts`: Netflix dated season 2 for Friday 12 March 2027 at 08:00 UTC, and
TVmaze lists its 8 episodes in two parts, 1-4 then, 5-8 on 9 April 2027 at 07:00 UTC (its word alone). The server:
#announcements and #trivia get the news, #trivia is marked S2E2 once Part 1 is out, #general has no mark, both are
guarded; a moderator imported a quiz of season-2 questions. Each step asserts what a reader sees.

Found by this rehearsal and fixed (each with its own test beside the code): the post at the release said "Season 2 is
out now" while half of it was four weeks away; /trivia start in #general said its multiple-choice season-2 questions
needed to be multiple-choice; a moderator reporting Part 2's day read Part 1's moment as "your time"; /help between the
parts offered reminders "before season 2 comes out"; a bare /spoilers never said how the channel stood.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment, Channel
from bot.sandbox.tvmaze import LocalTVmaze
from tests.e2e.driving import bot_posts, holds, settled, told_publicly
from tests.e2e.reading import clear, read

pytestmark = pytest.mark.timeout(120)

START = dt.datetime(2027, 3, 11, 7, 50, tzinfo=dt.UTC)  # ten minutes before the day-before reminder
PART_1 = dt.datetime(2027, 3, 12, 8, 0, tzinfo=dt.UTC)
PART_2 = dt.datetime(2027, 4, 9, 7, 0, tzinfo=dt.UTC)
TITLES = ["Seoul Falls", "The Dorm", "Nam-ra's Choice", "Gym Doors", "Fifth Floor", "Sixth Sense", "Seventh Gate",
          "The Last Bell"]
QUIZ = "\n".join(["hyosan: 1", "name: s2quiz", "questions:"] + [
    f"  - {{id: s2-{n}, question: 'Season two question {n}?', answers: ['Answer {n}'], category: s2,"
    f" choices: ['Answer {n}', 'No {n}a', 'No {n}b', 'No {n}c'], spoils: S2E{n}}}" for n in (1, 2, 3, 4)]).encode()
EXTENSIONS = ("cogs.meta", "cogs.lore", "cogs.season2", "cogs.trivia")


def stamp(when: dt.datetime, style: str = "F") -> str:
    return f"<t:{int(when.timestamp())}:{style}>"


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with LocalTVmaze() as tvmaze:
        tvmaze.add_season(2, episode_order=8, premiere_date=PART_1.date().isoformat())
        tvmaze.add_episodes(2, 4, airstamp=PART_1.isoformat(), names=TITLES[:4])
        tvmaze.add_episodes(2, 4, airstamp=PART_2.isoformat(), names=TITLES[4:])
        async with Harness.start(tmp_path, clock=ManualClock(START), extensions=EXTENSIONS,
                                 tvmaze_base_url=tvmaze.base_url) as harness:
            await harness.bot.scheduler.run_now("season2-poll")
            yield harness


def titled(h: Harness, channel: Channel, title: str) -> list[str]:
    return [read(m) for m in bot_posts(h, channel) if m.embed and m.embed.get("title") == title]


async def test_season_two_release_day_from_the_countdown_to_the_first_hours_after(h: Harness) -> None:
    d, mod, fan, general = h.discord, h.moderator, h.fan, h.general
    news, trivia = h.channels["announcements"], h.channels["trivia"]
    for channel in (news, trivia):
        await d.invoke(mod, general, "season2set", "announce", "set", channel=channel)
    await d.invoke(mod, general, "season2set", "report", milestone="release_date_announced", date="today",
                   source_url="https://www.netflix.com/tudum/articles/aouad-season-2-date", official=True,
                   release_date="2027-03-12")
    assert "Imported **s2quiz**" in (await d.invoke(mod, general, "triviaset", "import",
                                                    file=Attachment("s2.yaml", QUIZ))).text

    # The hours before: the day in every language asked, the status, the countdown.
    status = await d.invoke(fan, general, "season2", "status")
    assert f"**Release:** {stamp(PART_1)}" in status.text, status.text
    for asked in ("when does season 2 come out", "시즌2 언제 나와?", "¿cuándo sale la temporada 2?", "シーズン2いつ？",
                  "c'est quand la saison 2", "kapan season 2 rilis?", "第二季什么时候上线"):
        answer = await d.invoke(fan, general, "ask", question=asked)
        assert stamp(PART_1) in answer.text and "not been announced" not in answer.text, (asked, answer.text)
    for before in (dt.timedelta(days=1), dt.timedelta(hours=1), dt.timedelta(0)):
        await h.advance(PART_1 - before + dt.timedelta(minutes=1) - h.clock.now())
        await settled(h)

    # The release hour: each subscribed channel told once of each, Part 1 out and what is still to come.
    for channel in (news, trivia):
        assert len(titled(h, channel, "Season 2 countdown: 1d to go")) == 1
        assert len(titled(h, channel, "Season 2 countdown: 1h to go")) == 1
        (out,) = titled(h, channel, "Season 2's episodes 1-4 are out now")
        assert f"Episodes 5-8 come later: TVmaze lists episode 5 for {stamp(PART_2)}" in out, out
        assert not titled(h, channel, "Season 2 is out now")
    yes = await d.invoke(fan, general, "ask", question="is season 2 out")
    assert yes.text.startswith("**Q:** is season 2 out\nYes.") or "\nYes. Season 2 came out" in yes.text, yes.text
    assert stamp(PART_2) in yes.text

    # The first hours after: fans' progress, /ask at two marks, trivia gated, the guard, /spoilers, /help.
    for typed, saved in (("S2E1", "season 2, episode 1"), ("S2E3", "season 2, episode 3")):
        reply = await d.invoke(fan, general, "progress", watched=typed)
        assert reply.ephemeral and f"Saved: you have watched up to {saved}." in reply.text
    await d.invoke(mod, trivia, "spoilers", up_to="S2E2", guard="on")
    await d.invoke(mod, general, "spoilers", guard="on")
    for channel, shown in ((trivia, "“The Dorm”"), (general, "||“The Dorm”||")):
        named = await d.invoke(fan, channel, "ask", question="what is s2e2 called")
        assert shown in named.text, named.text
    later = await d.invoke(fan, trivia, "ask", question="what is season 2 episode 3 called")
    assert "||“Nam-ra's Choice”||" in later.text, later.text

    refused = await d.invoke(fan, general, "trivia", "start", questions=1, category="s2")
    assert refused.ephemeral and "This channel has no spoiler mark" in refused.text and "multiple-choice" not in refused.text
    started = await told_publicly(d, trivia, await d.invoke(fan, trivia, "trivia", "start", questions=1, category="s2"))
    assert "safe up to season 2, episode 2" in started.text
    assert await holds(h, lambda: bool(titled(h, trivia, "Question 1 of 1")))
    assert re.search(r"Season two question [12]\?", titled(h, trivia, "Question 1 of 1")[0])
    await d.invoke(fan, trivia, "trivia", "stop")

    kept = await d.say(fan, trivia, "season 2 episode 2 su-hyeok dies")
    taken = await d.say(fan, trivia, "ep 4 of s2 on-jo turns")
    unmarked = await d.say(fan, general, "season 2 episode 2 su-hyeok dies")
    await settled(h)
    assert [d.message(m.id).deleted for m in (kept, taken, unmarked)] == [False, True, True]  # at S2E2, S2E4, unmarked

    stands = await d.invoke(mod, trivia, "spoilers")
    assert stands.ephemeral and stands.text.startswith(
        "This channel is marked spoiler-safe up to season 2, episode 2. The spoiler guard is **on** here."), stands.text
    helped = await d.invoke(fan, general, "help")
    assert "The spoiler guard is on here" in helped.text and "before season 2 comes out" not in helped.text

    # Nothing public shows a title past what its channel allows.
    for channel, hidden in ((general, TITLES), (trivia, TITLES[2:])):
        for message in d.messages(channel):
            if message.author_id == d.bot_user_id and not message.ephemeral:
                seen = clear(message, so_far=False)
                assert not [t for t in hidden if t in seen], seen[:300]
