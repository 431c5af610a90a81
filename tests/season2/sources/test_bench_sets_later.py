"""The later news-reading sets of `python -m bench.season2_blind` (from wild23 on, newer ones included), judged as
tests/season2/sources/test_bench_sets.py judges the earlier ones: no item of a set tuned on is read wrong. A module
of its own so that pytest-xdist reads them on another worker."""

from __future__ import annotations

from bench.season2_blind import FILES
from tests.season2.sources.test_bench_sets import LATER, judge, tuned
from tests.table import table


@table("name", tuned(FILES[LATER:]))
def test_no_item_of_a_later_tuned_set_is_read_wrong(name: str) -> None:
    judge(name)
