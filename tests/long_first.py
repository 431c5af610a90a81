"""The order that keeps `make test`'s workers busy to the end.

pytest-xdist's worksteal scheduler first gives each of its W workers one contiguous slice of the
collected tests, then moves tests from the tail of the longest queue to whoever runs dry. A test
that mostly waits (a `hyosan` subprocess being killed and restarted, the demo's tour, the spoiler
oracle's thousands of interactions) is therefore worst at the end: in collection order the
end-to-end tests came last and the run finished with one of them alone on an idle machine for
15 s. Here the slow modules are dealt out, heaviest first, to the heads of those slices, so every
worker starts with its share of them and the run ends on short tests. A module moves whole: its
module-scoped fixtures are still set up once.

LONG holds each slow module's wall time in seconds under three workers, as last measured (the sum of its
tests' setup, call and teardown; measured on a loaded machine and scaled so the figures keep the size
they had on a quiet one). A stale figure only costs balance, never a test; a module not listed stays in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

LONG: dict[str, float] = {
    # A month of daily questions, day by day, most of it one month played once (measured alone on a
    # loaded machine, load 10 on 2 cores, unscaled: the sum of its tests' setup, call and teardown).
    "tests/e2e/test_daily_month.py": 21,
    "tests/e2e/test_run.py": 44,
    # The spoiler oracle in four parts, each one test on its own bot (tests/cogs/oracle_world.py), so none can be shared
    # out. They grew with every stop's questions: in stop 50's three-worker run (load 6 on 2 cores, where the one-test
    # modules below were within 40% of their figures) /ask took 35 s and the play part 30 s, the two longest items of
    # the run, both in one worker's share in the middle of it under their old figures (12 and 11).
    "tests/cogs/test_spoiler_oracle.py": 6,
    "tests/cogs/test_spoiler_oracle_ask.py": 33,
    "tests/cogs/test_spoiler_oracle_play.py": 29,
    "tests/cogs/test_spoiler_oracle_tour.py": 6,
    "tests/e2e/test_demo.py": 21,
    "tests/e2e/test_trivia_faults.py": 34,
    "tests/e2e/test_moderators_week.py": 6,
    "tests/e2e/test_trivia_night.py": 18,
    "tests/e2e/test_season2_crash.py": 24,
    "tests/e2e/test_cli_misuse.py": 37,
    "tests/e2e/test_two_copies.py": 33,
    "tests/e2e/test_delivery_faults.py": 22,
    # Stop 60: its tests share one started bot (a server each; four own_bot): 0.6 of its stop-59 CPU.
    "tests/cogs/lore/test_commands.py": 5,
    "tests/e2e/test_failed_posts_told.py": 2,
    "tests/e2e/test_release_day_fans.py": 6,
    "tests/trivia/test_red_lists_play.py": 7,
    "tests/cogs/trivia/test_faults.py": 4,
    "tests/db/test_connection.py": 2,
    # Its barrage was 20 s in stop 50's run (one module fixture), most of it discord.py waiting out rate limits; without
    # them (stop 52) about 10 s on a loaded machine.
    "tests/cogs/test_hostile_input.py": 10,
    "tests/e2e/test_cli.py": 10,
    "tests/season2/delivery/test_dispatcher_faults.py": 1,
    "tests/cogs/season2/test_delivery_faults.py": 3,
    "tests/e2e/test_premiere.py": 6,
    "tests/e2e/test_bad_database.py": 4,
    # Measured in one three-worker run on a loaded machine, scaled by 0.8 (the ratio the modules above showed
    # in it). The Latin-American server's newsroom tests slept 1.8 s a poll and held the run's last 55 s with
    # the cores idle; they now wait for the dispatcher to be idle instead (22 s for the module, alone).
    "tests/e2e/test_latam_server.py": 15,
    "tests/lore/test_ask_devset.py": 44,
    "tests/cogs/lore/test_review.py": 28,
    "tests/lore/test_content_versions.py": 25,
    "tests/e2e/test_korean_server.py": 18,
    # Stop 51 (one process, load 7-8 on 2 cores, scaled by test_lexicon.py's 15 / 24.3 measured beside them): the
    # news-reading sets grew to 59 (28, one table test); the progress blind sets (24) and the mid-size trivia and answer
    # modules were not listed, so they stayed in collection order, where the trivia ones end the last slice: a 5 s
    # module started last held the run's end on one worker.
    "tests/season2/sources/test_bench_sets.py": 28,
    "tests/bot/test_watched.py": 22,  # stop 59: each blind line's listing built once (~8% of its CPU)
    "tests/cogs/trivia/test_server_play.py": 8,
    "tests/lore/answer/test_abstention.py": 4,
    "tests/bot/test_text.py": 3,
    "tests/trivia/test_service.py": 3,
    "tests/trivia/test_lists.py": 3,
    "tests/trivia/test_tagging.py": 2,
    "tests/lore/test_lexicon.py": 15,
    "tests/lore/content/test_tags.py": 14,
    "tests/cogs/trivia/test_slow_refusals.py": 13,
    "tests/e2e/test_season2_day.py": 13,
    "tests/cogs/season2/test_rumour_posts.py": 13,
    # Release week under faults (stop 47): one test of about 7 s on one bot (four restarts, discord.py's 1 s
    # back-off after a 500), measured alone on a loaded machine; left in place it could be a worker's last.
    "tests/e2e/test_release_week_faults.py": 7,
    # A new fan server the week before season 2 (stop 48): one test of about 5 s on one bot, measured alone.
    "tests/e2e/test_new_fan_server.py": 5,
    # The release hour in a busy server (stop 48): one test on one bot (four rushes of 24 asks, a game across the
    # hour, the clock run to TVmaze's next read), about 0.6 of the new fan server's time beside it, loaded or not.
    "tests/e2e/test_release_hour_busy_server.py": 3,
    # The rewatch month (stop 49): one test on one bot and one restart (29 days of the daily question, two games, a
    # feed's news), measured beside the new fan server on a loaded machine: about its time.
    "tests/e2e/test_rewatch_month.py": 5,
    # A moderator's bad week (stop 49): one test on one bot, kicked and invited back once (no restart), measured
    # after the new fan server in one process (imports paid): about half its time.
    "tests/e2e/test_bad_week.py": 2,
    # Date night in three servers (stop 49): one test on one bot (three servers, a feed and TVmaze, the clock run to
    # the 1-day countdown), measured after the new fan server in one process (imports paid): about 0.4 of its time.
    "tests/e2e/test_date_night.py": 2,
    # The guarded release weekend (stop 50): one test on one bot and one restart (the release, rooms, a burst of ten
    # members' messages), measured after date night in one process (imports paid): about 0.2 of its time.
    "tests/e2e/test_guarded_release_weekend.py": 1,
    # Short, but whole on one worker: its tests share one parse of every module (2 s of CPU each time).
    "tests/test_architecture.py": 11,
}


def slice_sizes(total: int, workers: int) -> list[int]:
    """The sizes of worksteal's first slices: each worker in turn gets an equal share of what is left."""
    sizes: list[int] = []
    left = total
    for index in range(workers):
        size = left // (workers - index)
        sizes.append(size)
        left -= size
    return sizes


def long_first(items: Sequence[T], module_of: dict[int, str], workers: int) -> list[T]:
    """``items`` reordered so each of ``workers`` slices starts with its share of the LONG modules.

    ``module_of`` maps an item's position to its module path. Returns the items unchanged when
    there is one worker or when the slow modules would not fit at the heads of the slices."""
    if workers < 2:
        return list(items)
    groups: dict[str, list[T]] = {}
    rest: list[T] = []
    for index, item in enumerate(items):
        module = module_of[index]
        if module in LONG:
            groups.setdefault(module, []).append(item)
        else:
            rest.append(item)
    if not groups:
        return list(items)
    sizes = slice_sizes(len(items), workers)
    heads: list[list[T]] = [[] for _ in range(workers)]
    load = [0.0] * workers
    # Heaviest first, each to the slice with the least so far (ties: the earliest slice).
    for module in sorted(groups, key=lambda name: (-LONG[name], name)):
        target = min(range(workers), key=lambda w: (load[w], w))
        heads[target].extend(groups[module])
        load[target] += LONG[module]
    if any(len(head) > size for head, size in zip(heads, sizes, strict=True)):
        return list(items)
    ordered: list[T] = []
    taken = 0
    for head, size in zip(heads, sizes, strict=True):
        fill = size - len(head)
        ordered.extend(head)
        ordered.extend(rest[taken : taken + fill])
        taken += fill
    ordered.extend(rest[taken:])
    return ordered
