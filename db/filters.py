"""The optional filters of a listing: only the columns a caller names, each equal to its value."""

from __future__ import annotations


def equal_to(**columns: object) -> tuple[str, list[object]]:
    """(" AND a = ? AND b = ?", [a, b]) for the columns whose value is given (not None). The column
    names are the caller's own keywords, never text from a user."""
    given = {column: value for column, value in columns.items() if value is not None}
    return "".join(f" AND {column} = ?" for column in given), list(given.values())
