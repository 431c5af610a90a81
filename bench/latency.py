"""python -m bench.latency: hyosan's /about against a bare discord.py bot's /ping.

Both run in this process, each on its own local Discord, interleaved. The round trip is from
the moment the sandbox sends INTERACTION_CREATE to the moment it receives the interaction
callback (measured around Sandbox.invoke, which does exactly that and nothing more).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import tempfile
from pathlib import Path

from bench.common import bare_bot, hyosan_bot, interleaved, summary
from bot.endpoints import point_discord_at
from bot.sandbox import RateLimits


async def measure(n: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="hyosan-bench-") as workdir:
        unlimited = RateLimits.unlimited()
        async with bare_bot(unlimited) as bare, hyosan_bot(Path(workdir), unlimited) as hyosan:

            async def ping() -> object:
                return await bare.discord.invoke(bare.member, bare.channel, "ping")

            async def about() -> object:
                return await hyosan.discord.invoke(hyosan.fan, hyosan.general, "about")

            bare_samples, hyosan_samples = await interleaved(ping, about, n)
    point_discord_at(None, None)
    bare_stats = summary(bare_samples)
    hyosan_stats = summary(hyosan_samples)
    return {
        "benchmark": "latency",
        "interactions_each": n,
        "bare_discord_py_ping": bare_stats,
        "hyosan_about": hyosan_stats,
        "median_ratio": round(hyosan_stats["median_ms"] / bare_stats["median_ms"], 3),
        "p99_ratio": round(hyosan_stats["p99_ms"] / bare_stats["p99_ms"], 3),
        "target": "median_ratio <= 1.25",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=1000, help="interactions per bot")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(json.dumps(asyncio.run(measure(args.n)), indent=2))


if __name__ == "__main__":
    main()
