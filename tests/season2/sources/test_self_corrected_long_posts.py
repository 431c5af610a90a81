"""A feed title, a summary or a fan's post padded with thousands of spaces, emoji or CJK after a correction mark ("i mean",
"no wait", "eh", "digo", 不对 …) reads what its short form reads, at once: the bot never stalls on it
(bot/season2/sources/self_corrections.py; s2wild101)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.rss import FeedItem, claims_from_items
from bot.season2.sources.self_corrections import self_corrected
from tests.stall import read_at_once
from tests.table import table

WRITTEN = dt.date(2027, 2, 1)
MARKS = ["i mean", "no wait", "eh", "digo", "quer dizer", "아니", "เอ้ย", "ay mali", "不对", "sorry, i mean"]


def _readings(post: str) -> set[str]:
    claims, _ = claims_from_items([FeedItem(post, None, "x.com", WRITTEN)], WRITTEN)
    return {f"{c.milestone.value} {c.confidence.value} {c.release_at}" for c in claims}


def _quick(post: str) -> str:
    with read_at_once():  # (5 s and more before s2wild101; about 0.05 s now)
        return self_corrected(post)


def test_a_post_padded_with_4000_spaces_after_i_mean_reads_what_it_reads_short() -> None:
    post = "aouad 2 march 12, i mean "
    assert _quick(post + " " * 4000).rstrip() == self_corrected(post).rstrip()
    assert _readings(post + " " * 4000) == _readings(post)


@table("mark", MARKS)
def test_spaces_after_a_correction_mark_read_at_once(mark: str) -> None:
    post = f"aouad 2 march 12, {mark} "
    assert _quick(post + " " * 4000).rstrip() == self_corrected(post).rstrip()


@table("mark", MARKS)
def test_emoji_and_cjk_after_a_correction_mark_read_at_once(mark: str) -> None:
    _quick(f"aouad 2 march 12, {mark} " + "😭" * 4000)
    _quick(f"aouad 2 3月12日 {mark} " + "僵尸" * 2000)


@table("mark", MARKS)
def test_i_mean_repeated_after_a_correction_mark_reads_at_once(mark: str) -> None:
    _quick(f"aouad 2 march 12, {mark} " + "i mean " * 600)
    _quick("aouad 2 march 12, " + f"{mark} " * (4000 // (len(mark) + 1)))
    _quick("aouad 2 march 12, " + f"{mark} i mean " * (4000 // (len(mark) + 8)))
