"""The optional daily question: one multiple-choice question per configured channel per day.

Each channel has a posting time (UTC). `due()` claims the day's question for every channel whose
time has come and that has none yet today (claiming is one guarded UPDATE, so two runs post
once). The question comes from the lists the channel's moderators chose, by default the built-in ones
and the server's approved additions (dailypool.py), from a list and a category the server has not
turned off (`/triviaset settings disable_list / disable_category`), never a retired one, never
past the channel's spoiler mark; a question without options of its own (Red's) gets them picked
as a game's would (options.py), and one that still can't be buttons is skipped, logged.
Answers are one per member per day; a correct answer on consecutive days grows the
member's daily streak in that channel, a wrong one resets it.

A channel the bot may no longer post in stops its daily question at the first refused post
(`stop`): it is not tried again every day, and the next moderator to use a trivia command in that
server is told once (`untold_stops`), until a moderator sets the daily question again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from bot.clock import Clock
from bot.lazy_re import compile_later
from bot.show import NOTHING, Position
from bot.text import HANGUL
from bot.trivia import dailypool, snapshot
from bot.trivia.bank import QuestionBank
from bot.trivia.gates import ChannelMark
from bot.trivia.model import DailyChannel, DailyStreak, Question, TriviaError
from bot.trivia.options import ListOptions
from bot.trivia.selection import Shown
from bot.zones import (
    KOREAN_ZONE,
    ZONE_WORDS,
    Zone,
    iana_label,
    split_zone,
    year_round_offset,
    zone_offset,
    zone_said,
)
from db.connection import Database
from db.trivia import daily as store
from db.trivia import reports as report_store
from db.trivia import settings as settings_store

log = logging.getLogger(__name__)
#: A server's questions: built in, its approved additions, its imported lists (Library.pool).
ServerQuestions = Callable[[int], Awaitable[Sequence[Question]]]
_TRIES = 200  # questions tried a day (fresh ones, then the longest ago) before a channel gets none

# As moderators type a time of day: 09:00, 9:05, 21h, 21h30, 9.30, 9pm, 9:30 p.m., noon; "UTC" may follow.
_TIME = compile_later(
    r"^(?P<hour>\d{1,2})(?:(?:[:.h])(?P<minute>\d{2})?)?\s*(?P<half>[ap])?(?:\.?m\.?)?$"
)
_NAMED = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
_ZONE_HELP = (
    "Daily question times are in UTC (or a zone without summer time, like KST): give the time in UTC, "
    "like 09:00 or 9pm, or with its offset, like 21:00 UTC+9."
)
_TIME_HELP = "09:00 or 9pm (UTC), or 9pm KST"
_KOREAN_HELP = "오전 9시 or 오후 9시 (Korea time), or 21시"
#: When a daily question is posted if the moderator gives no time.
DAILY_DEFAULT_TIME = "09:00"


@dataclass(frozen=True)
class TimeRead:
    """A daily time as read: `utc` "HH:MM" (stored), and the zone it was read in, as the reply names
    it ("UTC", "Korea time (KST)", "UTC+9"), with the time as it is there (`local`, "HH:MM")."""

    utc: str
    zone: str
    local: str


def parse_time(text: str) -> str:
    """A time of day as typed -> "HH:MM" in UTC (`read_time`'s `utc`)."""
    return read_time(text).utc


def read_time(text: str) -> TimeRead:
    """A time of day as typed ("9pm", "21:30", "noon"; UTC) -> its UTC time and the zone it was read
    in, or TriviaError saying how to write it. A zone its places keep all year ("9pm KST", "21:00
    UTC+9") is turned into UTC; one with summer time (PT, BST) is refused rather than read, as the
    daily time would move twice a year. A time written in Korean with no zone ("오후 9시", "밤 9시 반")
    is Korea's time, as a season-2 date written in Korean is."""
    cleaned = KOREAN_ZONE.sub(" kst ", ZONE_WORDS.sub(zone_said, _as_clock(text))).strip()
    before, zone = split_zone(cleaned)
    korean = HANGUL.search(text) is not None
    if zone is None and korean:
        before, zone = cleaned, ("kst", None, None, None)
    if zone is None:
        utc = _utc_time(cleaned)
        return TimeRead(utc, "UTC", utc)
    offset = year_round_offset(zone)
    if offset is None:
        if zone[2] is not None and zone_offset(*zone, local=dt.datetime(2000, 1, 1)) is None:  # "UTC+15"
            raise TriviaError(f"{(zone[0] or 'UTC').upper()}{zone[1]}{zone[2]} is not a time zone: write it like {_TIME_HELP}.")
        raise TriviaError(_ZONE_HELP)
    local = _utc_time(before, _KOREAN_HELP if korean else _TIME_HELP)
    hour, minute = hour_minute(local)
    total = (hour * 60 + minute - int(offset.total_seconds()) // 60) % (24 * 60)
    return TimeRead(f"{total // 60:02d}:{total % 60:02d}", _zone_name(zone), local)


def _zone_name(zone: Zone) -> str:
    """The zone a time was read in, as the reply names it: "Korea time (KST)", "JST", "UTC+9", "GMT-5"."""
    name, sign, hours, minutes = zone
    if name == "kst" and sign is None:
        return "Korea time (KST)"
    if name is not None and (label := iana_label(name)) is not None:
        return label
    offset = f"{sign}{int(hours)}" + (f":{minutes}" if minutes else "") if sign and hours else ""
    return f"{(name or 'UTC').upper()}{offset}"


# What is said around a time ("every day at 9pm", "매일 오후 9시에"), and a Korean clock time.
_LEAD = compile_later(r"^(?:매일|(?:every\s*day|daily|each\s*day)\b)?\s*(?:(?:at|@|around|about)\s+)?")
_KOREAN_CLOCK = compile_later(
    r"(?:(오전|아침|새벽|오후|낮|저녁|밤)\s*)?(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분|\s*(반))?(?:\s*에)?"
)
_MORNING = ("오전", "아침", "새벽")
#: Noon and midnight said in words ("정오에", "자정").
_KOREAN_NAMED = {"정오": "noon", "자정": "midnight"}


def _korean_clock(match: re.Match[str]) -> str:
    """"오후 9시 30분" -> "9:30pm"; "21시" -> "21"; "9시" -> "9" (asked: morning or evening?);
    "밤 12시" is midnight and "밤 1시" 1 a.m. (the night runs past midnight), "낮 12시" noon."""
    part, hour = match[1], match[2]
    minute = match[3] or ("30" if match[4] else None)
    after_midnight = part == "밤" and (int(hour) == 12 or int(hour) <= 5)
    half = "" if part is None else ("am" if part in _MORNING or after_midnight else "pm")
    return f"{hour}:{int(minute):02d}{half}" if minute else f"{hour}{half}"


def _as_clock(text: str) -> str:
    """The time of day in what a moderator typed, in the forms `_TIME` reads."""
    said = _LEAD.sub("", text.strip().lower(), count=1)
    said = re.sub(r"(정오|자정)(?:\s*에)?", lambda m: _KOREAN_NAMED[m[1]], said)
    return _KOREAN_CLOCK.sub(_korean_clock, said)


def _utc_time(cleaned: str, how: str = _TIME_HELP) -> str:
    """A time of day as `_TIME` reads it -> "HH:MM"; TriviaError saying to write it like `how` else."""
    cleaned = re.sub(r"^(\d{2})(\d{2})$", r"\1:\2", cleaned)  # "0900", "2130": a 24-hour clock
    if cleaned in _NAMED:
        return _NAMED[cleaned]
    match = _TIME.match(cleaned)
    if match is None:
        if re.search(r"\d\s*(?:[ap]\.?m\.?)?\s*[a-z]{2,5}$", cleaned):
            raise TriviaError(_ZONE_HELP)
        raise TriviaError(f"I couldn't read that time: write it like {how}.")
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["half"] is not None:
        if not 1 <= hour <= 12:
            raise TriviaError(f"{hour}{match['half']}m is not a time: write it like {how}.")
        hour = hour % 12 + (12 if match["half"] == "p" else 0)
    elif match["minute"] is None and not cleaned.endswith("h") and 1 <= hour <= 12:
        raise TriviaError(f"Is {hour} in the morning or the evening? Write it like {how}.")
    if hour > 23 or minute > 59:
        raise TriviaError(f"That is not a time of day: write it like {how}.")
    return f"{hour:02d}:{minute:02d}"


def hour_minute(post_time: str) -> tuple[int, int]:
    """'09:00' (as stored by parse_time) -> (9, 0)."""
    hour, minute = (int(part) for part in post_time.split(":"))
    return hour, minute


def next_post_at(post_time: str, now: dt.datetime) -> dt.datetime:
    """When a daily question set for `post_time` (UTC "HH:MM") next appears, as of `now`."""
    hour, minute = hour_minute(post_time)
    today = now.astimezone(dt.UTC).replace(hour=hour, minute=minute, second=0, microsecond=0)
    return today if today > now else today + dt.timedelta(days=1)


def day_key(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y%m%d")


def _recently_asked(bank: QuestionBank, gate: Position, asked: Sequence[str]) -> set[str]:
    """The questions not to ask today: every one asked since the channel last went through all it
    may be asked (most recent first in `asked`), so each is asked once before any comes back."""
    left = {q.id for q in bank if q.spoils <= gate}
    recent: set[str] = set()
    for question_id in asked:
        if question_id in left:
            if len(left) == 1:
                break
            left.discard(question_id)
        recent.add(question_id)
    return recent


@dataclass(frozen=True)
class DailyPost:
    """`before`: the channel's previous daily question and its message, to close now that a new
    day's question replaces it (None when it had none, or its message is unknown)."""

    channel_id: int
    guild_id: int
    day: str
    question: Question
    before: tuple[int, str, Question] | None = None


@dataclass(frozen=True)
class DailyAnswer:
    """`question`: the day's question, once the player's answer counted (told privately what was
    right, and why, as a reveal would)."""

    status: Literal["correct", "wrong", "already", "closed"]
    streak: int = 0
    best_streak: int = 0
    question: Question | None = None


class DailyService:
    def __init__(
        self, db: Database, clock: Clock, questions: Sequence[Question], channel_mark: ChannelMark,
        rng: random.Random | None = None, server_questions: ServerQuestions | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.use_built_in(questions)
        self.channel_mark = channel_mark
        self.rng = rng or random.Random()
        self.server_questions = server_questions
        self.options = ListOptions()
        self._told: set[tuple[str, str]] = set()  # (question, why) skipped and logged: once per run
        # questions no options could be picked for: left out of the no-repeat round, which could
        # otherwise never end (until a restart: a list imported again may make them playable)
        self._unplayable: set[str] = set()

    def use_built_in(self, questions: Sequence[Question]) -> None:
        """A new content pack version: its questions (a corrected one, a new season's) from the next day."""
        self.built_in = list(questions)
        self.built_in_lists = frozenset(q.list_name for q in questions)
        self.bank = QuestionBank(q for q in questions if snapshot.playable(q, "buttons"))

    async def server_questions_of(self, guild_id: int) -> Sequence[Question]:
        """Every question the server plays (what a moderator may choose lists and categories from)."""
        if self.server_questions is None:
            return self.built_in
        return await self.server_questions(guild_id)

    async def read_lists(self, guild_id: int, typed: str, shown: Shown | None = None) -> tuple[str, ...] | None:
        """The lists and categories a moderator typed for a daily question ("default": None, the
        built-in lists and the server's approved additions), as the server names them; a typo is
        answered with a name `shown` passes."""
        questions = await self.server_questions_of(guild_id)
        return dailypool.read_choice(typed, {q.list_name for q in questions}, {q.category for q in questions}, shown)

    async def eligible(self, row: DailyChannel) -> list[Question]:
        """The questions a channel's daily question may ask now (its lists, the server's settings and
        retired questions, its spoiler mark), those with options of their own that buttons can't
        show left out."""
        gate = (await self.channel_mark(row.channel_id)) or NOTHING
        async with self.db.read() as conn:
            settings = await settings_store.get_settings(conn, row.guild_id)
            retired = await report_store.retired_questions(conn, row.guild_id)
        chosen = dailypool.in_daily(await self.server_questions_of(row.guild_id), self.built_in_lists, row.lists, settings, retired)
        return [
            q for q in chosen
            if q.spoils <= gate and q.answers and q.id not in self._unplayable
            and (not q.choices or self._fits(q, row.channel_id))
        ]

    async def askable(self, row: DailyChannel) -> tuple[int, int]:
        """(how many questions a moderator is told fit the channel now, how many are eligible): the eligible ones,
        or none when not one of them can be asked with options (rehearse59: a Red list's two spoiler-free questions
        were said to fit #general, though with no third answer of their kind to offer beside them, no daily question
        was ever posted there). Options are picked, as `_pick` picks them, only until one question takes them: a
        list of thousands answers within Discord's three seconds."""
        eligible = await self.eligible(row)
        if not eligible or any(q.choices for q in eligible):  # (its own options, checked by `eligible`)
            return len(eligible), len(eligible)
        gate = (await self.channel_mark(row.channel_id)) or NOTHING
        safe = [q for q in await self.server_questions_of(row.guild_id) if q.spoils <= gate]
        for start in range(0, len(eligible), _TRIES):
            offered = await self.options.offer(eligible[start:start + _TRIES], safe, seed=f"daily:{row.channel_id}")
            if any(dailypool.button_problem(q) is None for q in offered.questions):
                return len(eligible), len(eligible)
        return 0, len(eligible)

    def _fits(self, question: Question, channel_id: int) -> bool:
        """Whether buttons can ask it; why not is logged once per question and reason."""
        why = dailypool.button_problem(question)
        if why is not None and (question.id, why) not in self._told:
            self._told.add((question.id, why))
            log.info("daily question in channel %s: skipped %s (list %s): %s", channel_id, question.id, question.list_name, why)
        return why is None

    async def _pick(self, row: DailyChannel, today: str, gate: Position, eligible: list[Question],
                    asked: Sequence[str], safe: Sequence[Question]) -> Question | None:
        """The day's question: one not asked this round first (else the longest ago), with options
        picked when it has none (from its list's answers this channel may see); one buttons still
        can't ask is skipped."""
        recent = _recently_asked(QuestionBank(eligible), gate, asked)
        fresh = [q for q in eligible if q.id not in recent]
        self.rng.shuffle(fresh)
        last_asked: dict[str, int] = {}
        for index, question_id in enumerate(asked):  # (most recent first)
            last_asked.setdefault(question_id, index)
        older = sorted((q for q in eligible if q.id in recent), key=lambda q: -last_asked.get(q.id, 0))
        seed = f"daily:{row.channel_id}:{today}"
        for question in [*fresh[:_TRIES], *older[:_TRIES]]:
            offered = await self.options.offer([question], safe, seed=seed)
            for left, why in offered.left_out:
                self._unplayable.add(left.id)
                if (left.id, why) not in self._told:
                    self._told.add((left.id, why))
                    log.info("daily question in channel %s: skipped %s (list %s): %s", row.channel_id, left.id, left.list_name, why)
            if offered.questions and self._fits(offered.questions[0], row.channel_id):
                return offered.questions[0]
        return None

    async def configure(
        self, guild_id: int, channel_id: int, post_time: str, enabled: bool, *,
        lists: tuple[str, ...] | None = None, set_lists: bool = False,
    ) -> DailyChannel:
        """Set a channel's daily question; its lists (read_lists) too with `set_lists`, else they stay."""
        when = parse_time(post_time)
        gate = (await self.channel_mark(channel_id)) or NOTHING
        async with self.db.transaction() as conn:
            await store.set_daily(conn, channel_id, guild_id, when, gate, enabled)
            if set_lists:
                await store.set_daily_lists(conn, channel_id, lists)
            row = await store.get_daily(conn, channel_id)
        assert row is not None
        return row

    async def post_time(self, channel_id: int) -> str:
        """The time a channel's daily question is (or was, while off) posted at; the default when
        it never had one."""
        async with self.db.read() as conn:
            row = await store.get_daily(conn, channel_id)
        return row.post_time if row is not None else DAILY_DEFAULT_TIME

    async def channels(self) -> list[DailyChannel]:
        async with self.db.read() as conn:
            return await store.all_daily(conn)

    async def guild_channels(self, guild_id: int) -> list[DailyChannel]:
        """A server's daily-question channels, the ones turned off included."""
        async with self.db.read() as conn:
            return await store.guild_daily(conn, guild_id)

    async def due(self) -> list[DailyPost]:
        now = self.clock.now().astimezone(dt.UTC)
        today = day_key(now)
        posts: list[DailyPost] = []
        try:
            await self._claim_due(now, today, posts)
        except asyncio.CancelledError:  # the bot is stopping: what was claimed is given back
            await asyncio.shield(self.release(posts))
            raise
        return posts

    async def _claim_due(self, now: dt.datetime, today: str, posts: list[DailyPost]) -> None:
        """Claim the day's question of every channel due (`due`), each added to `posts` as claimed."""
        for row in await self.channels():
            hour, minute = hour_minute(row.post_time)
            if row.day == today or (now.hour, now.minute) < (hour, minute):
                continue
            gate = (await self.channel_mark(row.channel_id)) or NOTHING
            async with self.db.read() as conn:
                asked = await store.asked_before(conn, row.channel_id)
            eligible = await self.eligible(row)
            safe = [q for q in await self.server_questions_of(row.guild_id) if q.spoils <= gate]
            picked = await self._pick(row, today, gate, eligible, asked, safe)
            if picked is None:
                log.info("daily question in channel %s: nothing to ask today (%d questions fit)", row.channel_id, len(eligible))
                continue
            question = picked
            async with self.db.transaction() as conn:
                claimed = await store.set_daily_question(
                    conn, row.channel_id, today, question.id, snapshot.dump_question(question)
                )
            if claimed:
                before = None
                if row.message_id is not None and row.day is not None and row.question_json is not None:
                    before = (row.message_id, row.day, snapshot.load_question(row.question_json))
                posts.append(DailyPost(row.channel_id, row.guild_id, today, question, before))

    async def turn_off(self, channel_id: int) -> bool:
        """Stop a channel's daily question (the channel is gone); whether one was on."""
        async with self.db.transaction() as conn:
            row = await store.get_daily(conn, channel_id)
            if row is None or not row.enabled:
                return False
            await store.set_daily(conn, channel_id, row.guild_id, row.post_time, row.gate, False)
        return True

    async def stop(self, channel_id: int, reason: str, day: str) -> bool:
        """Turn a channel's daily question off because the bot may no longer post there (`reason`
        says what is missing; `day`: the day whose question was refused), kept for the next
        moderator to be told; whether one was on."""
        async with self.db.transaction() as conn:
            return await store.stop_daily(conn, channel_id, reason, day)

    async def untold_stops(self, guild_id: int) -> list[DailyChannel]:
        """The server's daily questions the bot turned off that no moderator was told about yet,
        now counted as told (each is told once; `tell_again` when the telling failed)."""
        async with self.db.read() as conn:  # asked after every moderator's trivia command: read first
            if not await store.has_untold_stops(conn, guild_id):
                return []
        async with self.db.transaction() as conn:
            return await store.take_untold_stops(conn, guild_id)

    async def tell_again(self, channel_ids: list[int]) -> None:
        async with self.db.transaction() as conn:
            await store.untell_stops(conn, channel_ids)

    async def release(self, posts: Sequence[DailyPost]) -> None:
        """Give back the day's claim of `posts` never sent (the bot is stopping): each channel has
        its previous question again, and the next start posts today's, as if never begun. A
        database that is going too keeps the claims (as a failed post's), said in one line."""
        if not posts:
            return
        try:
            async with self.db.transaction() as conn:
                for post in posts:
                    before = None
                    if post.before is not None:
                        message_id, day, question = post.before
                        before = (day, question.id, snapshot.dump_question(question), message_id)
                    await store.release_daily_question(conn, post.channel_id, post.day, before)
        except Exception as exc:
            log.warning("daily question: %d unposted claim(s) not given back at stop (%s)", len(posts), exc)

    async def record_message(self, channel_id: int, message_id: int) -> None:
        async with self.db.transaction() as conn:
            await store.set_daily_message(conn, channel_id, message_id)

    async def question_on(self, channel_id: int, day: str) -> Question | None:
        """The question a channel's daily question asked on `day` (for a report), while it is known."""
        async with self.db.read() as conn:
            row = await store.get_daily(conn, channel_id)
            if row is not None and row.day == day and row.question_json is not None:
                return snapshot.load_question(row.question_json)
            question_id = await store.asked_on(conn, channel_id, day)
        if question_id is None:
            return None
        found = self.bank.get(question_id)
        if found is None and row is not None:  # an addition's or an imported list's, while the server has it
            found = next((q for q in await self.server_questions_of(row.guild_id) if q.id == question_id), None)
        return found

    async def answer(self, channel_id: int, day: str, user_id: int, choice: int) -> DailyAnswer:
        async with self.db.transaction() as conn:
            row = await store.get_daily(conn, channel_id)
            if row is None or not row.enabled or row.day != day or row.question_json is None:
                return DailyAnswer("closed")  # (turned off: its last question closed with it)
            question = snapshot.load_question(row.question_json)
            correct = choice == snapshot.correct_choice(question)
            if not await store.insert_daily_answer(conn, channel_id, day, user_id, choice, correct):
                return DailyAnswer("already")
            old = await store.get_daily_streak(conn, channel_id, user_id)
            if correct:
                yesterday = (dt.datetime.strptime(day, "%Y%m%d") - dt.timedelta(days=1)).strftime("%Y%m%d")
                streak = old.streak + 1 if old.last_correct_day == yesterday else 1
                new = DailyStreak(streak, max(old.best_streak, streak), day)
            else:
                new = DailyStreak(0, old.best_streak, old.last_correct_day)
            await store.put_daily_streak(conn, channel_id, user_id, new)
        return DailyAnswer("correct" if correct else "wrong", new.streak, new.best_streak, question)
