"""The table tests' runner (tests/table.py): every row judged, every failing row named, no skip unsaid."""

from __future__ import annotations

import pytest

from tests.table import table

_SEEN: list[int] = []


@table("n", [1, 2, 3, 4])
def _odd_rows_fail(n: int) -> None:
    _SEEN.append(n)
    assert n % 2 == 0, f"{n} is odd"


@table("n", [1, 2, 3])
def _one_row_skipped(n: int) -> None:
    if n == 2:
        pytest.skip("needs ../shared")


@table("n", lambda: [])
def _rows_read_from_nothing(n: int) -> None:
    raise AssertionError("no row to judge")


def test_a_failing_row_names_itself_and_the_rows_after_it_are_still_judged() -> None:
    _SEEN.clear()
    with pytest.raises(AssertionError) as failed:
        _odd_rows_fail()
    assert _SEEN == [1, 2, 3, 4]
    assert "2 of 4 rows fail" in str(failed.value)
    assert "[#0 1] 1 is odd" in str(failed.value) and "[#2 3] 3 is odd" in str(failed.value)


def test_a_row_skipped_beside_rows_that_ran_is_said_in_a_warning() -> None:
    with pytest.warns(pytest.PytestWarning, match=r"1 of 3 rows skipped: \[#1 2\] needs ../shared"):
        _one_row_skipped()


def test_a_table_whose_rows_were_read_from_nothing_is_skipped_not_passed() -> None:
    with pytest.raises(pytest.skip.Exception, match="the table has no rows"):
        _rows_read_from_nothing()


def test_a_row_carrying_a_mark_is_refused_rather_than_dropped() -> None:
    with pytest.raises(TypeError, match="carries marks"):
        table("n", [pytest.param(1, marks=pytest.mark.slow)])
