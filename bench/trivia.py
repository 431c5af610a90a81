"""python -m bench.trivia: many trivia games at once through the sandbox, answered at a sustained rate.

Setup: hyosan on a local Discord with Discord's default rate limits (5 messages per 5 s per
channel, 50 requests per second globally; interaction callbacks are exempt from the global limit,
as on Discord). N channels each run one game (half in buttons mode, half typed), all started
through /trivia start. Answer time is long and the clock is a ManualClock, so no question closes
during the measurement: what is measured is answer handling, not Discord's rate limits on the
bot's own posts. Players' typed messages are user messages, not bot sends, so no bot bucket
applies to them.

Load: `players` closed-loop players per game; each answers, waits for the acknowledgement, then
sleeps so that it answers `rate` times per second (an open-loop rate would only measure queueing
in the load generator). Buttons players are distinct members per answer (every click is a real
new answer written to the database); a share of clicks are deliberate repeats (spam), which must
be acknowledged and must not score. Typed players send wrong guesses (a right one would close the
question and make the bot post).

Acknowledgement:
- button: the sandbox sends INTERACTION_CREATE → it receives the bot's interaction callback
  (the private "Locked in" / "already answered"), timed around Sandbox.click;
- typed: the sandbox dispatches MESSAGE_CREATE → the guess is committed to the database (a wrong
  guess gets no message, so the bench wraps the trivia service's `guess` from outside and times
  its return, which comes after the guess's transaction committed).
Lost answers: sent answers with no acknowledgement within 10 s, plus any mismatch between the
acknowledged answers and what the database holds at the end (answers rows and guess counts).
Acknowledged answers lost: a click answered "Locked in" whose answer the database does not hold,
or a typed guess acknowledged (committed) that is not counted. This one must be 0 whatever the load.

Button acknowledgement is timed twice: to Discord's acknowledgement (the interaction callback the
local Discord received: the answer, or the "thinking" state when the bot acknowledged first) and
to the reply the player reads ("Locked in", which follows a thinking state).

`--cpu-hog N` runs N busy processes beside the benchmark (an oversubscribed machine); the load
average is reported before and after the run.

Also measured in-process: the cost of one AnswerMatcher.judge (what a typed game calls) over the bundled questions.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.common import hyosan_bot, summary
from bot.endpoints import point_discord_at
from bot.harness import MEMBER_PERMISSIONS
from bot.sandbox import Channel, Member, RateLimits
from bot.sandbox.models import Message
from bot.trivia.events import GuessResult
from bot.trivia.service import GameService
from bot.trivia.snapshot import correct_choice
from db.trivia import answers as answer_store
from db.trivia import games as game_store
from db.trivia import settings as settings_store

ACK_TIMEOUT = 10.0
WRONG_WORDS = ("zebra", "pineapple", "bicycle", "teapot", "volcano", "accordion", "lighthouse", "umbrella")


def match_cost(samples: int = 20000) -> dict[str, float]:
    """Median and p99 of one AnswerMatcher.judge call, in microseconds (questions prepared once)."""
    from bot.lore.content import bundled_pack
    from bot.lore.names import NameResolver
    from bot.trivia.bank import bundled_questions
    from bot.trivia.matching import AnswerMatcher

    questions = list(bundled_questions())
    resolver: Any = NameResolver.from_pack(bundled_pack())
    matcher = AnswerMatcher(resolver)
    rng = random.Random(7)
    cases: list[tuple[str, Any]] = []
    for q in questions:
        answer = q.answers[0]
        cases += [
            (answer, q),  # right
            (answer.upper() + ".", q),  # right, different case and punctuation
            (answer[:-1] if len(answer) > 4 else answer + "x", q),  # near miss
            (rng.choice(WRONG_WORDS), q),  # wrong
            (", ".join((q.choices or q.answers)[:3]), q),  # several candidates
        ]
    for guess, q in cases:  # warm the per-question preparation cache, as a running game would
        matcher.judge(guess, q)
    timings: list[int] = []
    for i in range(samples):
        guess, q = cases[i % len(cases)]
        start = time.perf_counter_ns()
        matcher.judge(guess, q)
        timings.append(time.perf_counter_ns() - start)
    timings.sort()
    return {
        "n": len(timings),
        "median_us": round(statistics.median(timings) / 1000, 2),
        "p99_us": round(timings[min(len(timings) - 1, int(0.99 * len(timings)))] / 1000, 2),
    }


@contextlib.contextmanager
def cpu_hogs(count: int) -> Iterator[None]:
    """`count` processes spinning on the CPU beside the benchmark, stopped when it ends."""
    hogs = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL)
        for _ in range(count)
    ]
    try:
        yield
    finally:
        for hog in hogs:
            hog.kill()
        for hog in hogs:
            hog.wait()


def callback_times(requests: list[Any]) -> dict[int, float]:
    """When the local Discord received each interaction's first callback (its acknowledgement)."""
    found: dict[int, float] = {}
    for request in requests:
        parts = request.path.split("/")
        if request.method == "POST" and len(parts) == 5 and parts[1] == "interactions" and parts[4] == "callback":
            found.setdefault(int(parts[2]), request.at)
    return found


def timed_guess(service: GameService, pending: dict[tuple[int, int], asyncio.Future[str]]) -> None:
    """Wrap this bot's `GameService.guess` so each typed guess resolves its player's future once the
    guess's transaction has committed (its status, or "ignored" when it was not taken as a guess)."""
    guess = service.guess

    async def timed(channel_id: int, user_id: int, text: str, message_id: int | None = None) -> GuessResult | None:
        result = await guess(channel_id, user_id, text, message_id)
        future = pending.pop((channel_id, user_id), None)
        if future is not None and not future.done():
            future.set_result("ignored" if result is None else result.status)
        return result

    service.guess = timed  # type: ignore[method-assign]


async def run(games: int, players: int, rate: float, seconds: float, spam: float, hogs: int = 0) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="hyosan-bench-trivia-") as workdir:
        async with hyosan_bot(Path(workdir), RateLimits()) as h:
            cog: Any = h.bot.get_cog("Trivia")
            service: GameService = cog.service
            async with h.db.transaction() as conn:
                await settings_store.update_settings(conn, h.guild.id, answer_seconds=3600, max_guesses=0, idle_seconds=86400)
            channels: list[Channel] = [h.discord.add_channel(h.guild, f"trivia-{i:03d}") for i in range(games)]
            pool_size = max(players * 2, int(rate * seconds * 2) + 10)
            members: list[Member] = [
                h.discord.add_member(h.guild, f"player{i:04d}", permissions=MEMBER_PERMISSIONS)
                for i in range(pool_size)
            ]
            await asyncio.sleep(0.2)

            # -- start every game through /trivia start ---------------------------------------
            modes = ["buttons" if i % 2 == 0 else "typed" for i in range(games)]
            sem = asyncio.Semaphore(50)

            async def start(i: int) -> None:
                async with sem:
                    await h.discord.invoke(h.moderator, channels[i], "trivia", "start", questions=5, mode=modes[i], timeout=30)

            t0 = time.perf_counter()
            await asyncio.gather(*(start(i) for i in range(games)))
            question_messages: dict[int, Message] = {}
            while len(question_messages) < games and time.perf_counter() - t0 < 120:
                for ch in channels:
                    if ch.id not in question_messages:
                        for m in h.discord.messages(ch):
                            if m.embed and str(m.embed.get("title", "")).startswith("Question"):
                                question_messages[ch.id] = m
                await asyncio.sleep(0.1)
            startup_s = time.perf_counter() - t0
            async with h.db.read() as conn:
                game_of = {ch.id: (await game_store.active_game_in_channel(conn, ch.id)) for ch in channels}
            assert all(g is not None for g in game_of.values()), "a game did not start"

            # -- typed acknowledgements: the service's guess, timed from outside ---------------
            pending: dict[tuple[int, int], asyncio.Future[str]] = {}
            timed_guess(service, pending)

            button_lat: list[float] = []
            typed_lat: list[float] = []
            clicks: list[tuple[int, float, int, int, bool]] = []  # interaction, sent at, game, user, locked in
            unacked_clicks: list[tuple[int, int]] = []  # game, user
            lost = 0
            sent = {"button": 0, "typed": 0}
            recorded_clicks = 0
            spam_clicks = 0
            typed_acked = 0
            typed_chat = 0  # typed messages the game read as chat: acknowledged, never a guess to store
            stop_at = time.monotonic() + seconds
            period = players / rate * games if rate > 0 else 1.0  # seconds between one player's answers
            next_member: dict[int, int] = {ch.id: 0 for ch in channels}

            async def button_player(ch: Channel, p: int) -> None:
                nonlocal lost, recorded_clicks, spam_clicks
                game = game_of[ch.id]
                assert game is not None
                question = await service.question(game.id, 0)
                assert question is not None
                right = correct_choice(question)
                rng = random.Random(ch.id * 31 + p)
                await asyncio.sleep(rng.random() * period)
                last: Member | None = None
                while time.monotonic() < stop_at:
                    if last is not None and rng.random() < spam:
                        member = last  # the same player pressing again
                        spam_clicks += 1
                    else:
                        member = members[next_member[ch.id] % len(members)]
                        next_member[ch.id] += 1
                    choice = right if rng.random() < 0.6 else rng.randrange(len(question.choices))
                    sent["button"] += 1
                    start = time.monotonic()
                    try:
                        reply = await h.discord.click(member, question_messages[ch.id],
                                                      f"trivia:{game.id}:0:{choice}", timeout=ACK_TIMEOUT)
                        button_lat.append(time.monotonic() - start)
                        locked_in = "Locked in" in reply.text
                        recorded_clicks += locked_in
                        clicks.append((reply.interaction_id or 0, start, game.id, member.id, locked_in))
                    except Exception:
                        lost += 1
                        unacked_clicks.append((game.id, member.id))
                    last = member
                    await asyncio.sleep(max(0.0, period - (time.perf_counter() - start)))

            async def typed_player(ch: Channel, p: int) -> None:
                nonlocal lost, typed_acked, typed_chat
                game = game_of[ch.id]
                assert game is not None
                member = members[p % len(members)]
                rng = random.Random(ch.id * 17 + p)
                await asyncio.sleep(rng.random() * period)
                while time.monotonic() < stop_at:
                    future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
                    pending[(ch.id, member.id)] = future
                    sent["typed"] += 1
                    start = time.monotonic()
                    await h.discord.say(member, ch, f"is it the {rng.choice(WRONG_WORDS)}?")
                    try:
                        status = await asyncio.wait_for(future, ACK_TIMEOUT)
                        typed_lat.append(time.monotonic() - start)
                        if status in ("ignored", "chat"):
                            typed_chat += 1  # read as chat, not a guess (a word where the answer is a number)
                        else:
                            typed_acked += 1
                    except TimeoutError:
                        pending.pop((ch.id, member.id), None)
                        lost += 1
                    await asyncio.sleep(max(0.0, period - (time.monotonic() - start)))

            tasks = []
            for i, ch in enumerate(channels):
                for p in range(players):
                    tasks.append(button_player(ch, p) if modes[i] == "buttons" else typed_player(ch, p))
            load_before = os.getloadavg()[0]
            t1 = time.monotonic()
            await asyncio.gather(*tasks)
            elapsed = time.monotonic() - t1
            load_after = os.getloadavg()[0]
            await asyncio.sleep(1.0)  # answers still being written when their players gave up

            # -- what the database holds must match what was acknowledged ---------------------
            async with h.db.read() as conn:
                stored_answers = 0
                stored_guesses = 0
                answered: set[tuple[int, int]] = set()
                for ch in channels:
                    game = game_of[ch.id]
                    assert game is not None
                    stored_answers += await answer_store.count_answers(conn, game.id)
                    stored_guesses += await answer_store.total_guesses(conn, game.id)
                    answered |= {(game.id, user) for user in await answer_store.answered_users(conn, game.id, 0)}
            acked_at = callback_times(h.discord.requests)
    point_discord_at(None, None)
    # Every click answered "Locked in" is in the database; every acknowledged guess is counted.
    locked_in = {(game_id, user) for _, _, game_id, user, locked in clicks if locked}
    acked_lost = len(locked_in - answered) + max(0, typed_acked - stored_guesses)
    # Clicks recorded although their player never heard back (the answer stands; the player may retry).
    heard = {(game_id, user) for _, _, game_id, user, _ in clicks}
    stored_unheard = len({click for click in unacked_clicks if click in answered and click not in heard})
    mismatch = abs(stored_answers - recorded_clicks - stored_unheard) + abs(stored_guesses - typed_acked)
    first_ack = [acked_at[i] - sent_at for i, sent_at, *_ in clicks if i in acked_at]
    handled = len(button_lat) + len(typed_lat)
    all_lat = [*first_ack, *typed_lat]
    return {
        "benchmark": "trivia",
        "games": games,
        "players_per_game": players,
        "target_rate_per_s": rate,
        "rate_limits": "Discord defaults (5/5s per channel, 50/s global; interaction callbacks exempt)",
        "startup_s_for_all_games": round(startup_s, 2),
        "answers_sent": sent,
        "cpu_hogs": hogs,
        "load_average_1m": {"before": round(load_before, 2), "after": round(load_after, 2), "cores": os.cpu_count()},
        "answers_handled_per_s": round(handled / elapsed, 1),
        "ack_all": summary(all_lat) if all_lat else None,
        "ack_button_click_to_acknowledgement": summary(first_ack) if first_ack else None,
        "ack_button_click_to_reply": summary(button_lat) if button_lat else None,
        "ack_typed_message_to_db_record": summary(typed_lat) if typed_lat else None,
        "button_answers_recorded": recorded_clicks,
        "button_spam_clicks": spam_clicks,
        "db_answers": stored_answers,
        "db_guesses": stored_guesses,
        "typed_read_as_chat": typed_chat,
        "unacknowledged_answers": lost,
        "recorded_without_acknowledgement": stored_unheard,
        "lost_acknowledged_answers": acked_lost,
        "lost_answers": lost + mismatch,
        "match_cost": match_cost(),
        "targets": "lost_acknowledged_answers == 0 (any load); lost_answers == 0, ack p99 < 100 ms and "
        "match median < 50 us (unloaded)",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--games", type=int, default=200)
    parser.add_argument("--players", type=int, default=2, help="closed-loop players per game")
    parser.add_argument("--rate", type=float, default=200.0, help="answers per second over all games")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--spam", type=float, default=0.1, help="share of button clicks that repeat the last player")
    parser.add_argument("--cpu-hog", type=int, default=0, metavar="N", help="run N busy processes beside the benchmark")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("discord").setLevel(logging.ERROR)
    with cpu_hogs(args.cpu_hog):
        result = asyncio.run(run(args.games, args.players, args.rate, args.seconds, args.spam, args.cpu_hog))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
