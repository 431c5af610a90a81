"""A month of the daily question in one fan server, end to end on the local Discord (blind set, daily39).

A moderator turns the daily question on in a channel marked safe up to episode 3; days pass on the
harness's ManualClock (never a real sleep to pass time); players answer by button and by typing; the
month's board ranks them and a new month starts it afresh; the bot is down over two daily times; the
mark is raised mid-month; the channel is deleted. Every test drives the unmodified discord.py client
over real HTTP and websockets and asserts what the moderator and the players SEE. Written before
reading the daily-question and leaderboard code.

Blind figure: 7 passed, 5 xfailed (strict). Four xfails were one fault: the daily question's answers never
reached /trivia leaderboard ("No finished games yet."; the month's and all-time boards, the new month, the
hostile name shown on it). One was the test's own: its late list had too few names to make buttons from,
so the bot (as README says) skipped those questions; with four names the raised mark lets them in.
After: 11 passed, 1 xfailed: the daily question still takes no typed answer (buttons only, told privately;
a right answer typed in its channel would give it away to everyone). On restart after missing two daily
times the bot posts one question, the day's, at once, and the next day's at its time.

The tests that only read a month (its schedule, its questions, its boards into April) share one month
played once (`played`); each day waits for exactly what the clock set off, never a fixed pause.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import pytest_asyncio

from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import Attachment, Channel, Member, Message
from tests.e2e.reading import everything

# One loop for the module: the month the schedule and board tests read is played once (`played`).
pytestmark = [pytest.mark.timeout(240), pytest.mark.asyncio(loop_scope="module")]

DAILY_AT = dt.time(21, 0)  # 9pm UTC, as a moderator types it
# 32 warm-up questions a moderator wrote for the month, each with one answer (all safe: nothing
# from the show past its first minutes). Answers are distinct so each can be a button.
COLOURS = [
    "amber",
    "beige",
    "cobalt",
    "crimson",
    "cyan",
    "ebony",
    "emerald",
    "fuchsia",
    "gold",
    "indigo",
    "ivory",
    "jade",
    "khaki",
    "lavender",
    "lemon",
    "lilac",
    "magenta",
    "maroon",
    "mint",
    "navy",
    "ochre",
    "olive",
    "peach",
    "pearl",
    "plum",
    "rose",
    "ruby",
    "saffron",
    "sapphire",
    "scarlet",
    "teal",
    "violet",
]
SAFE = {f"Which colour is printed on fan club quiz card {n + 1}?": colour for n, colour in enumerate(COLOURS)}
# Questions that spoil episodes 6 to 12 in their text, their answers or both (as in the trivia night set).
LATE = {
    "Who bites Nam-ra while she defends Su-hyeok in episode 6?": "Gwi-nam",
    "Who becomes a halfbie after being bitten defending Su-hyeok?": "Nam-ra",
    "Who goes down the burning shaft with Gwi-nam in episode 11?": "Cheong-san",
    "Who confesses to Ha-ri in the gym?": "Dae-su",
}
LATE_WORDS = re.compile(
    r"halfbie|hambie|burning shaft|confess|bites? nam-?ra|in the gym|jonas|bombing|eun-?ji", re.I
)
ANSWERS = {**SAFE, **LATE}
HOSTILE = "**gwinam** @everyone ||x|| `y`"


def red_list(questions: dict[str, str], author: str) -> str:
    return f"AUTHOR: {author}\n" + "".join(f"{q}:\n- {a}\n" for q, a in questions.items())


@pytest_asyncio.fixture(loop_scope="module")
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path) as harness:
        yield harness


def plain(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def unhidden(msg: Message) -> str:
    return re.sub(r"\|\|.*?\|\|", " ", everything(msg), flags=re.S)


def buttons(msg: Message) -> list[dict[str, object]]:
    return [
        c
        for row in msg.components
        for c in row.get("components", [])
        if c.get("type") == 2 and c.get("custom_id")
    ]


def label(button: dict[str, object]) -> str:
    """A button's answer as a reader reads it ("B. cobalt" is cobalt)."""
    return re.sub(r"^[A-Z][.)]\s+", "", plain(str(button.get("label", ""))).strip()).lower()


def question_of(msg: Message) -> str | None:
    """Which of the moderator's questions a post asks (None when it asks none of them)."""
    text = plain(everything(msg)).lower()
    found = [q for q in ANSWERS if re.search(re.escape(q.lower().rstrip("?")) + r"(?!\d)", text)]
    return found[0] if found else None


@dataclass
class Month:
    """The daily channel as its readers follow it: each question the day it appeared, and every private reply."""

    h: Harness
    room: Channel
    asked: list[tuple[dt.date, Message]] = field(default_factory=list)
    private: list[Message] = field(default_factory=list)

    def bot_posts(self) -> list[Message]:
        return [
            self.h.discord.message(m.id) or m
            for m in self.h.discord.messages(self.room, include_ephemeral=True)
            if m.author_id == self.h.discord.bot_user_id
        ]

    def new_questions(self) -> list[Message]:
        seen = {m.id for _, m in self.asked}
        return [
            m
            for m in self.h.discord.messages(self.room)
            if m.author_id == self.h.discord.bot_user_id
            and m.id not in seen
            and m.interaction_id is None
            and len(buttons(m)) >= 2
        ]

    async def settle(self, rounds: int = 12) -> None:
        for _ in range(rounds):
            await asyncio.sleep(0.03)

    async def quiet(self) -> None:
        """What moving the clock set off is over: advance() returns only once every job that fell due
        (and each job it started) has finished, so their posts are on the local Discord already; a few
        turns of the loop, never a real wait, let whatever those posts queued run too."""
        for _ in range(8):
            await asyncio.sleep(0)

    async def until(self, check: Callable[[], bool], rounds: int = 60) -> bool:
        for _ in range(rounds):
            if check():
                return True
            await asyncio.sleep(0.05)
        return check()

    async def to(self, when: dt.datetime) -> list[Message]:
        """Run the clock to ``when`` and return the questions that appeared meanwhile."""
        await self.h.advance(when - self.h.clock.now())
        await self.quiet()
        fresh = self.new_questions()
        self.asked += [(when.date(), m) for m in fresh]
        return fresh

    async def play(self, date: dt.date) -> tuple[list[Message], list[Message]]:
        """The questions of ``date``: those posted up to two minutes before the set time, then
        those the time brought."""
        at = dt.datetime.combine(date, DAILY_AT, tzinfo=dt.UTC)
        early = await self.to(at - dt.timedelta(minutes=2))
        await self.h.advance(dt.timedelta(minutes=3))
        await self.until(lambda: bool(self.new_questions()))
        await self.quiet()
        fresh = self.new_questions()
        self.asked += [(date, m) for m in fresh]
        return early, fresh

    async def day(self, date: dt.date) -> list[Message]:
        """The questions of ``date``: none before the set time, then whatever the time brings."""
        early, fresh = await self.play(date)
        assert early == [], f"{date}: posted before {DAILY_AT}: {[everything(m)[:80] for m in early]}"
        return fresh

    async def click(self, member: Member, msg: Message, answer: str) -> Message:
        current = self.h.discord.message(msg.id)
        target = next((b for b in buttons(current) if answer.lower() == label(b)), None)
        assert target is not None, f"no button {answer!r}: {[b.get('label') for b in buttons(current)]}"
        reply = await self.h.discord.click(member, current, str(target["custom_id"]))
        self.private.append(reply)
        return reply

    async def click_wrong(self, member: Member, msg: Message, answer: str) -> Message:
        current = self.h.discord.message(msg.id)
        target = next(b for b in buttons(current) if answer.lower() != label(b))
        reply = await self.h.discord.click(member, current, str(target["custom_id"]))
        self.private.append(reply)
        return reply


async def import_list(h: Harness, name: str, questions: dict[str, str]) -> None:
    file = Attachment(f"{name}.yaml", red_list(questions, f"{name} crew").encode(), "application/x-yaml")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "import", file=file, name=name)


async def daily_month(h: Harness, lists: dict[str, dict[str, str]], *, mark: str = "ep 3") -> Month:
    """The moderator's setup: their lists imported, the channel marked, the daily question on at 9pm UTC."""
    room = h.channels["trivia"]
    for name, questions in lists.items():
        await import_list(h, name, questions)
    await h.discord.invoke(h.moderator, room, "spoilers", up_to=mark)
    reply = await h.discord.invoke(
        h.moderator,
        h.general,
        "triviaset",
        "daily",
        channel=room,
        time="9pm UTC",
        enabled=True,
        lists=", ".join(lists),
    )
    assert not re.search(r"can't|cannot|unknown|error", everything(reply), re.I), everything(reply)
    return Month(h, room)


def dates(first: dt.date, count: int) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range(count)]


def the_first(h: Harness) -> dt.date:
    return h.clock.now().date()  # the harness starts at noon, before the day's time


async def player(h: Harness, name: str) -> Member:
    return h.discord.add_member(h.guild, name, permissions=MEMBER_PERMISSIONS)


def rank_of(board: str, member: Member) -> int | None:
    """The place shown on the line that names ``member`` (None when not on the board)."""
    for line in plain(board).splitlines():
        if f"<@{member.id}>" in line or f"<@!{member.id}>" in line or plain(member.name) in line:
            found = re.search(r"(\d+)\s*[.)]", line) or re.search(r"#(\d+)", line)
            return int(found.group(1)) if found else -1
    return None


@dataclass
class Played:
    """The fan-quiz list's daily question played from March 1 into April, once for the tests that
    only read it: ari and bora answer on the first day, ari on the second, nobody after."""

    first: dt.date
    days: dict[dt.date, tuple[list[Message], list[Message]]]  # each day's (early, at the time) posts
    ari: Member
    bora: Member
    march: str  # the month's board after the first two days
    april: str  # the month's board once April has begun
    ever: str  # the all-time board then
    last_month: int  # the month the clock ended in

    def in_first(self, count: int) -> list[tuple[dt.date, list[Message], list[Message]]]:
        return [(date, *self.days[date]) for date in dates(self.first, count)]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def played(tmp_path_factory: pytest.TempPathFactory) -> Played:
    # The bot is stopped before any test reads the month: no two harnesses ever run at once.
    async with Harness.start(tmp_path_factory.mktemp("month")) as h:
        month = await daily_month(h, {"fan-quiz": SAFE})
        ari, bora = await player(h, "ari"), await player(h, "bora")
        first = the_first(h)
        days: dict[dt.date, tuple[list[Message], list[Message]]] = {}
        march = ""
        for n, date in enumerate(dates(first, 33)):  # March 1 to April 2
            days[date] = await month.play(date)
            for msg in days[date][1] if n < 2 else []:
                await month.click(ari, msg, SAFE[question_of(msg) or ""])
                if n == 0:
                    await month.click(bora, msg, SAFE[question_of(msg) or ""])
            if n == 1:
                march = everything(await h.discord.invoke(h.fan, month.room, "trivia", "leaderboard", period="month"))
        april = everything(await h.discord.invoke(h.fan, month.room, "trivia", "leaderboard", period="month"))
        ever = everything(await h.discord.invoke(h.fan, month.room, "trivia", "leaderboard", period="all"))
        return Played(first, days, ari, bora, march, april, ever, h.clock.now().month)


# -- the schedule ---------------------------------------------------------------------------------


async def test_each_day_of_the_month_brings_exactly_one_question_at_the_set_time(played: Played) -> None:
    for date, early, fresh in played.in_first(30):
        assert early == [], f"{date}: posted before {DAILY_AT}: {[everything(m)[:80] for m in early]}"
        assert len(fresh) == 1, f"{date}: {len(fresh)} questions"


async def test_no_question_repeats_within_the_month(played: Played) -> None:
    posts = [m for _, early, fresh in played.in_first(30) for m in early + fresh]
    asked = [question_of(m) for m in posts]
    assert None not in asked, [everything(m)[:120] for m in posts if question_of(m) is None]
    assert len(asked) == 30 and len(set(asked)) == 30, sorted(q or "" for q in asked)


async def test_nothing_past_the_channels_mark_is_shown_in_a_month_of_questions_and_answers(
    h: Harness,
) -> None:
    month = await daily_month(h, {"fan-quiz": SAFE, "late-quiz": LATE})
    fans = [await player(h, name) for name in ("jiwoo", "minseo")]
    for date in dates(the_first(h), 30):
        for msg in await month.day(date):
            question = question_of(msg)
            answer = ANSWERS.get(question or "", "")
            await month.click(fans[0], msg, answer) if answer else None
            await month.click_wrong(fans[1], msg, answer or "\0")
    shown = month.bot_posts() + month.private + [m for _, m in month.asked]
    assert len(month.asked) >= 25
    leaks = [unhidden(m)[:200] for m in shown if LATE_WORDS.search(unhidden(m))]
    assert leaks == []


async def test_a_mark_raised_mid_month_lets_the_later_questions_in(h: Harness) -> None:
    small = dict(list(SAFE.items())[:8])
    month = await daily_month(h, {"small-quiz": small, "late-quiz": LATE})
    days = dates(the_first(h), 12)
    for date in days[:6]:
        await month.day(date)
    before = [question_of(m) for _, m in month.asked]
    assert all(q in small for q in before), before
    await h.discord.invoke(h.moderator, month.room, "spoilers", up_to="S1E12")
    for date in days[6:]:
        await month.day(date)
    after = [question_of(m) for _, m in month.asked[len(before) :]]
    assert len(after) == 6
    assert any(q in LATE for q in after), (
        after
    )  # 2 safe ones were left: the other 4 days must use the new room
    assert len(set(before + after)) == 12, before + after


# -- answering and the boards ---------------------------------------------------------------------


async def test_a_button_answer_is_told_privately_whether_it_was_right(h: Harness) -> None:
    month = await daily_month(h, {"fan-quiz": SAFE})
    (msg,) = await month.day(the_first(h))
    jiwoo = await player(h, "jiwoo")
    right = await month.click(jiwoo, msg, SAFE[question_of(msg) or ""])
    assert right.ephemeral, everything(right)
    assert re.search(r"right|correct", everything(right), re.I), everything(right)
    public = [m for m in month.h.discord.messages(month.room) if m.author_id == h.discord.bot_user_id]
    assert not any("jiwoo" in everything(m) or f"<@{jiwoo.id}>" in everything(m) for m in public)


@pytest.mark.xfail(
    strict=True,
    reason="the daily question takes no typed answer (buttons only): a right one typed in its channel is not counted",
)
async def test_a_typed_right_answer_counts_on_the_months_board(h: Harness) -> None:
    month = await daily_month(h, {"fan-quiz": SAFE})
    typer = await player(h, "typer")
    (msg,) = await month.day(the_first(h))
    await h.discord.say(typer, month.room, SAFE[question_of(msg) or ""])
    await month.settle(20)
    board = everything(await h.discord.invoke(h.fan, month.room, "trivia", "leaderboard", period="month"))
    assert rank_of(board, typer) == 1, board


async def test_the_months_board_ranks_the_days_players_with_ties_shared(h: Harness) -> None:
    month = await daily_month(h, {"fan-quiz": SAFE})
    ari, bora, chae, dan = [await player(h, n) for n in ("ari", "bora", "chae", "dan")]
    for n, date in enumerate(dates(the_first(h), 3)):
        (msg,) = await month.day(date)
        answer = SAFE[question_of(msg) or ""]
        if n < 2:
            await month.click(ari, msg, answer)
            await month.click(bora, msg, answer)
        if n == 2:
            await month.click(chae, msg, answer)
        await month.click_wrong(dan, msg, answer)
    board = everything(await h.discord.invoke(h.fan, month.room, "trivia", "leaderboard", period="month"))
    ranks = {m.name: rank_of(board, m) for m in (ari, bora, chae)}
    assert ranks["ari"] == ranks["bora"] == 1, (ranks, board)
    assert ranks["chae"] in (2, 3), (ranks, board)


async def test_a_new_month_starts_the_board_afresh_and_the_all_time_board_keeps_the_players(
    played: Played,
) -> None:
    ari, bora = played.ari, played.bora
    assert [len(fresh) for _, _, fresh in played.in_first(2)] == [1, 1]  # each answered once a day
    assert all(early == [] for early, _ in played.days.values())
    assert rank_of(played.march, ari) == 1 and rank_of(played.march, bora) == 2, played.march
    assert played.last_month == 4
    assert rank_of(played.april, ari) is None and rank_of(played.april, bora) is None, played.april
    assert rank_of(played.ever, ari) == 1 and rank_of(played.ever, bora) == 2, played.ever


async def test_a_hostile_display_name_is_shown_inert_on_the_board(h: Harness) -> None:
    month = await daily_month(h, {"fan-quiz": SAFE})
    sneaky = await player(h, HOSTILE)
    (msg,) = await month.day(the_first(h))
    await month.click(sneaky, msg, SAFE[question_of(msg) or ""])
    board = await h.discord.invoke(h.fan, month.room, "trivia", "leaderboard", period="month")
    await month.day(the_first(h) + dt.timedelta(days=1))  # yesterday's closes
    shown = [*month.bot_posts(), board]
    assert all(m.mentions_pinged == [] for m in shown)
    text = "\n".join(everything(m) for m in shown)
    assert "gwinam" in text or f"<@{sneaky.id}>" in text, text
    assert not re.search(r"(?<!\\)\*\*gwinam", text), text
    assert not re.search(r"(?<!\\)\|\|x(?<!\\)\|\|", text), text


# -- the bot down, the channel gone ---------------------------------------------------------------


async def test_after_being_down_over_two_daily_times_the_bot_posts_at_most_one_late_question(
    h: Harness,
) -> None:
    # What a moderator expects: no burst of the two missed days; at most one question on return
    # (the day's, late), and the next day's at its time as usual.
    month = await daily_month(h, {"fan-quiz": SAFE})
    first = the_first(h)
    assert len(await month.day(first)) == 1
    await month.to(dt.datetime.combine(first + dt.timedelta(days=1), dt.time(20, 0), tzinfo=dt.UTC))
    await h._stop_bot()
    h.clock.advance(dt.timedelta(days=2, hours=3))  # 23:00 two days on: two daily times missed
    await h._start_bot()
    await month.until(lambda: bool(month.new_questions()), rounds=20)
    late = await month.to(h.clock.now() + dt.timedelta(minutes=5))
    assert len(late) <= 1, [everything(m)[:100] for m in late]
    fresh = await month.day(first + dt.timedelta(days=4))
    assert len(fresh) == 1


async def test_a_deleted_daily_channel_is_told_to_the_next_moderator_once(h: Harness) -> None:
    month = await daily_month(h, {"fan-quiz": SAFE})
    await month.day(the_first(h))
    h.discord.delete_channel(month.room)
    await month.to(dt.datetime.combine(the_first(h) + dt.timedelta(days=1), dt.time(21, 5), tzinfo=dt.UTC))
    told = await h.discord.invoke(h.moderator, h.general, "trivia", "leaderboard")

    def notes() -> list[Message]:
        said = [told, *h.discord.messages(h.general, include_ephemeral=True)]
        return [
            m
            for m in said
            if re.search(r"daily", everything(m), re.I)
            and re.search(r"delet|gone|no longer|off", everything(m), re.I)
        ]

    await month.until(lambda: bool(notes()))
    said = notes()
    assert said and all(m.ephemeral for m in said), [everything(m)[:200] for m in said]
    assert "trivia" in plain("\n".join(everything(m) for m in said)), [everything(m) for m in said]
    await h.discord.invoke(h.moderator, h.general, "trivia", "leaderboard")
    await month.settle(30)
    assert len(notes()) == len(said), [everything(m)[:200] for m in notes()]


async def test_a_daily_channel_deleted_while_the_bot_was_down_is_told_too(h: Harness) -> None:
    month = await daily_month(h, {"fan-quiz": SAFE})
    await month.day(the_first(h))
    await h._stop_bot()
    h.discord.delete_channel(month.room)
    h.clock.advance(dt.timedelta(hours=2))
    await h._start_bot()
    await month.to(dt.datetime.combine(the_first(h) + dt.timedelta(days=1), dt.time(21, 5), tzinfo=dt.UTC))
    shown = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")

    def text() -> str:
        return plain(
            "\n".join(everything(m) for m in [shown, *h.discord.messages(h.general, include_ephemeral=True)])
        )

    told = re.compile(r"daily[^\n]*(delet|gone|no longer|off)|(delet|gone|no longer)[^\n]*daily", re.I)
    await month.until(lambda: bool(told.search(text())))
    assert told.search(text()), text()
