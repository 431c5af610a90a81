"""python -m bench.ask: /ask speed in-process and through the sandbox against the bare bot.

1. 10,000 mixed questions answered in-process (AnswerEngine.answer, every kind of question plus the
   FTS fallback, then render_text); median and p99 per question. Target: p99 < 2 ms. The engine
   remembers answers it gave (as the bot's does), so `uncached` also gives the same loop on an
   engine that remembers nothing: every answer computed from the question.
   Also each question's first answer: on an engine that has answered a few other questions of
   every kind (`first_time`: no memo has seen these yet), and on an engine just built (`cold`: the
   first questions a freshly started bot answers, which also compile the patterns that wait for
   their first use; the bot does not warm its engine up, and `cold` shows what that costs).
2. /ask through the sandbox vs the bare discord.py bot of bench.common answering /ping, interleaved
   N times each (default 1000) in the same run; ratio of medians. Target: <= 1.3.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import bare_bot, hyosan_bot, interleaved, summary
from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.show import Position

QUESTIONS = [
    "who plays On-jo?", "who does Lomon play?", "who is Su-hook?", "what happens to Cheong-san?",
    "is Nam-ra dead?", "which episode does Gwi-nam die?", "On-jo's father", "who is Ha-ri's brother",
    "who killed Woo-jin?", "what happens in episode 3", "who dies in episode 11", "when did it premiere?",
    "how many episodes are there", "what is it based on", "who directed it", "who wrote the series",
    "when is season 2 coming out", "is season 2 filming?", "did season 2 start filming in 2022?",
    "who is in the season 2 cast", "was season 2 renewed", "is there a season 2 trailer",
    "who won the world cup", "how many students survive", "남온조 누가 연기해?", "who plays Lee?",
    "did the virus come from Japan?", "where was it filmed", "who is the showrunner",
    "how many hours did it get in the first three days", "who plays Cheongsann", "is Hyo-ryeong alive?",
    # issue 10: descriptions, relation paths, the event index, states, corrections, Korean, abstention
    "who plays the girl in the pink vest", "who plays the main character's dad", "which ep do su-hyeok and nam-ra kiss",
    "wich ep is the libary scene", "who killed the principal", "is gwi-nam a zombie now", "why did the teacher make the virus",
    "isn't season 1 only 8 episodes?", "474 million hours in its first 30 days, right?", "청산이 몇 화에서 죽어?",
    "온조 아빠 어떻게 돼?", "who is On-jo's dad and what does he do", "Cheong-san's MBTI", "how tall is park ji-hu",
    "<script>alert(1)</script>", "where does so-ju die", "what's the korean title",
]

# Questions of every kind (episodes, season 2, relationships, cast, fates, refuted claims, show
# facts, who-is, full-text search, don't-know), none of them in QUESTIONS.
WARM_UP = (
    "what happens in the first episode", "who dies in episode 5", "does Cheong-san die in episode 11",
    "is season 2 cancelled", "season 2 trailer", "season 2 plot", "who is returning in season 2",
    "has season 2 finished filming", "when did season 2 start filming", "did season 2 start filming in 2022",
    "is season 2 renewed", "when does season 2 come out", "will season 2 come out in 2023",
    "how many episodes will season 2 have", "season 2 news", "On-jo's father", "how are On-jo and Cheong-san related",
    "who killed Woo-jin", "who did Gwi-nam bite", "who has a crush on On-jo", "who plays On-jo",
    "who does Lomon play", "who is the actor of Lee", "the cast", "what happens to Nam-ra",
    "is Cheong-san alive", "which episode does Gwi-nam die", "how many students survive",
    "did the virus come from Japan", "what is it based on", "who wrote the webtoon", "who directed it",
    "who wrote the series", "which studio made it", "how many episodes are there", "what is it rated",
    "what does the Korean title mean", "what caused the virus", "where is it set", "when did it premiere",
    "what genre is it", "did it win any awards", "how many hours was it watched", "where was it filmed",
    "when was it announced", "who is Su-hyeok", "who is Yoon Chan-young", "who is Kim",
    "who is the showrunner", "who won the world cup", "",
)


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_us": round(statistics.median(ordered) * 1e6, 1),
        "p99_us": round(ordered[min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))] * 1e6, 1),
        "max_us": round(ordered[-1] * 1e6, 1),
    }


def _first_answers(engine: AnswerEngine) -> list[float]:
    """Each question once, timed (answer and rendering)."""
    first: list[float] = []
    for i, question in enumerate(QUESTIONS):
        start = time.perf_counter()
        render_text(engine.answer(question), Position.legacy(i % 13))
        first.append(time.perf_counter() - start)
    return first


async def in_process(n: int) -> dict[str, object]:
    """What the /ask command runs per question (AnswerEngine.answer, then rendering)."""
    pack = await asyncio.to_thread(bundled_pack)
    cold_engine = await AnswerEngine.create(pack)
    try:
        cold = _first_answers(cold_engine)
    finally:
        cold_engine.close()
    engine = await AnswerEngine.create(pack)
    try:
        for question in WARM_UP:
            engine.answer(question)
        first = _first_answers(engine)
        samples: list[float] = []
        for i in range(n):
            question = QUESTIONS[i % len(QUESTIONS)]
            start = time.perf_counter()
            answer = engine.answer(question)
            render_text(answer, Position.legacy(i % 13))
            samples.append(time.perf_counter() - start)
    finally:
        engine.close()
    fresh = await AnswerEngine.create(pack, remember=0)
    try:
        uncached: list[float] = []
        for i in range(n):
            question = QUESTIONS[i % len(QUESTIONS)]
            start = time.perf_counter()
            render_text(fresh.answer(question), Position.legacy(i % 13))
            uncached.append(time.perf_counter() - start)
    finally:
        fresh.close()
    return {
        "questions": n,
        **_percentiles(samples),
        "uncached": {"questions": n, **_percentiles(uncached)},
        "first_time": {"questions": len(first), **_percentiles(first)},
        "cold": {"questions": len(cold), **_percentiles(cold)},
    }


async def round_trips(n: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        async with hyosan_bot(Path(tmp)) as h, bare_bot() as bare:
            index = 0

            async def ask() -> object:
                nonlocal index
                index += 1
                return await h.discord.invoke(h.fan, h.general, "ask", question=QUESTIONS[index % len(QUESTIONS)])

            async def ping() -> object:
                return await bare.discord.invoke(bare.member, bare.channel, "ping")

            hyosan_s, bare_s = await interleaved(ask, ping, n)
    a, b = summary(hyosan_s), summary(bare_s)
    return {"ask": a, "bare_ping": b, "ratio_of_medians": round(a["median_ms"] / b["median_ms"], 3)}


async def main_async(questions: int, n: int) -> dict[str, object]:
    result: dict[str, object] = {"in_process": await in_process(questions)}
    result["round_trip"] = await round_trips(n)
    ip = result["in_process"]
    rt = result["round_trip"]
    assert isinstance(ip, dict) and isinstance(rt, dict)
    result["targets"] = {
        "in_process_p99_under_2ms": float(ip["p99_us"]) < 2000,
        "round_trip_at_most_1.3x_bare": float(rt["ratio_of_medians"]) <= 1.3,
    }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("-n", type=int, default=1000, help="round trips of each bot")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main_async(args.questions, args.n)), indent=2))


if __name__ == "__main__":
    main()
