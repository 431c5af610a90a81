"""A listing's optional filters: only the columns given narrow it."""

from __future__ import annotations

from db.filters import equal_to


def test_only_the_columns_given_are_filtered_on_in_order() -> None:
    assert equal_to(guild_id=7, state=None, kind="fact") == (" AND guild_id = ? AND kind = ?", [7, "fact"])


def test_no_column_given_filters_nothing() -> None:
    assert equal_to(guild_id=None) == ("", [])
    assert equal_to(enabled=0) == (" AND enabled = ?", [0])  # a falsy value is still given
