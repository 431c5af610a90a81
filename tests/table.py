"""Table tests: one test judges every row of a table, and its failure names every failing row.

`@table(argnames, rows)` is written where `@pytest.mark.parametrize(argnames, rows)` was, with the
same arguments (argnames as a string or a tuple; rows as tuples, single values or `pytest.param`
with an id, or a function returning them, called when the test first runs: rows read from files then
cost nothing at collection, which every pytest-xdist worker does; `ids=` a list or a function). The test body is unchanged and still runs once per row,
but pytest collects a single test: a parametrized row costs ~2.5 ms of pytest's own bookkeeping
(and a report through xdist's controller), which for tables of hundreds of rows was most of the
suite's CPU. Every row is still judged, even after one fails; the one assertion message lists each
failing row with its id and the assertion's own account of what was expected and what came out,
like a sub-test report:

    3 of 1755 rows fail:
      [typos: 'namra' for 'Nam-ra' is right] assert <Verdict.CLOSE> is <Verdict.RIGHT> ...

Tables stack the way parametrize does (each row of the outer table runs the inner table whole; a
failing row's id joins both ids). Rows skipped beside rows that ran are named in a warning
(pytest shows it in its warnings summary), as each skipped test was reported on its own. A test may still take fixtures besides the table's arguments:
they are set up once for the whole table, so only a body that leaves them as it found them (or
takes none) belongs in a table. A row marked with `pytest.param(..., marks=...)` is refused rather
than have its mark silently dropped.
"""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from _pytest.mark.structures import ParameterSet

F = TypeVar("F", bound=Callable[..., Any])

# A failing row's message is cut here: one row's long repr must not bury the other rows.
MESSAGE_LIMIT = 1500
# A partly skipped table names this many of its skipped rows.
_SKIPS_NAMED = 5


@dataclass
class _Rows:
    """What the rows of a table came to: every failure, with the row's id."""

    total: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def merge(self, prefix: str, other: _Rows) -> None:
        self.total += other.total
        self.failures += [(f"{rid}-{prefix}", msg) for rid, msg in other.failures]
        self.skipped += [(f"{rid}-{prefix}", msg) for rid, msg in other.skipped]


def _short(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _row_id(values: Sequence[object], index: int, given: str | None) -> str:
    """The id pytest would have shown for the row (its given id, else its values), and its index."""
    if given is not None:
        return given
    return f"#{index} " + "-".join(_short(v) for v in values)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    if not isinstance(exc, AssertionError):
        text = f"{type(exc).__name__}: {text}"
    return text if len(text) <= MESSAGE_LIMIT else text[:MESSAGE_LIMIT] + " ..."


def table(
    argnames: str | Sequence[str],
    argvalues: Iterable[Any] | Callable[[], Iterable[Any]],
    *,
    ids: Sequence[str | None] | Callable[[Any], str | None] | None = None,
) -> Callable[[F], F]:
    """The test runs once per row and fails once, naming every failing row (see the module doc).
    `argvalues` may be a function that returns the rows: it is called when the test first runs."""
    names = [n.strip() for n in argnames.split(",")] if isinstance(argnames, str) else list(argnames)
    if callable(argvalues):  # rows read from files: read when the test runs, not by every worker's import
        read = argvalues
        return lambda fn: _lazy(names, read, ids, fn)
    rows = _rows(names, argvalues, ids)
    return lambda fn: _decorate(names, rows, fn)


def _lazy(
    names: list[str],
    read: Callable[[], Iterable[Any]],
    ids: Sequence[str | None] | Callable[[Any], str | None] | None,
    fn: F,
) -> F:
    """`_decorate`, its rows computed the first time the test runs."""
    rows: list[tuple[tuple[Any, ...], str]] = []

    def fill() -> list[tuple[tuple[Any, ...], str]]:
        if not rows:
            rows.extend(_rows(names, read(), ids))
        return rows

    return _decorate(names, fill, fn)


def _rows(
    names: list[str],
    argvalues: Iterable[Any],
    ids: Sequence[str | None] | Callable[[Any], str | None] | None,
) -> list[tuple[tuple[Any, ...], str]]:
    rows: list[tuple[tuple[Any, ...], str]] = []
    for index, raw in enumerate(argvalues):
        given: str | None = None
        if isinstance(raw, ParameterSet):
            if raw.marks:
                raise TypeError(f"row {raw.id or index} carries marks; a table does not drop them silently")
            given, values = raw.id, tuple(raw.values)
        else:
            values = tuple(raw) if len(names) > 1 else (raw,)
        if len(values) != len(names):
            raise TypeError(f"row {index} has {len(values)} values for {names}")
        if given is None and ids is not None:
            given = ids[index] if not callable(ids) else "-".join(ids(v) or _short(v) for v in values)
        rows.append((values, _row_id(values, index, given)))
    return rows


def _decorate(
    names: list[str],
    table_rows: list[tuple[tuple[Any, ...], str]] | Callable[[], list[tuple[tuple[Any, ...], str]]],
    fn: F,
) -> F:
    """`fn` made a table test of `table_rows` (the rows, or a function that returns them)."""
    inner: Callable[..., Any] | None = getattr(fn, "__table_rows__", None)
    is_async = inspect.iscoroutinefunction(fn) or bool(getattr(fn, "__table_async__", False))
    signature = inspect.signature(fn)
    rest = [p for n, p in signature.parameters.items() if n not in names]

    async def judge_async(kwargs: dict[str, Any]) -> _Rows:
        out = _Rows()
        for values, rid in table_rows() if callable(table_rows) else table_rows:
            call = {**kwargs, **dict(zip(names, values, strict=True))}
            try:
                if inner is not None:
                    out.merge(rid, await inner(call))
                    continue
                await fn(**call)
                out.total += 1
            except pytest.skip.Exception as exc:
                out.total += 1
                out.skipped.append((rid, str(exc)))
            except (Exception, pytest.fail.Exception) as exc:  # an error fails its row, as it failed its test
                out.total += 1
                out.failures.append((rid, _describe(exc)))
        return out

    def judge(kwargs: dict[str, Any]) -> _Rows:
        out = _Rows()
        for values, rid in table_rows() if callable(table_rows) else table_rows:
            call = {**kwargs, **dict(zip(names, values, strict=True))}
            try:
                if inner is not None:
                    out.merge(rid, inner(call))
                    continue
                fn(**call)
                out.total += 1
            except pytest.skip.Exception as exc:
                out.total += 1
                out.skipped.append((rid, str(exc)))
            except (Exception, pytest.fail.Exception) as exc:  # an error fails its row, as it failed its test
                out.total += 1
                out.failures.append((rid, _describe(exc)))
        return out

    def verdict(out: _Rows) -> None:
        __tracebackhide__ = True  # the report is the rows' messages, not this helper's frames
        if out.failures:
            lines = [f"{len(out.failures)} of {out.total} rows fail:"]
            lines += [f"  [{rid}] " + msg.replace("\n", "\n      ") for rid, msg in out.failures]
            raise AssertionError("\n".join(lines))
        if out.total == 0:  # (as pytest skips an empty parametrize: rows read from a file that held none judged nothing)
            pytest.skip("the table has no rows")
        if out.skipped and len(out.skipped) == out.total:
            pytest.skip(f"every row skipped: {out.skipped[0][1]}")
        if out.skipped:  # a row skipped among rows that ran: said in the warnings, as a skipped test would be
            warnings.warn(pytest.PytestWarning(
                f"{len(out.skipped)} of {out.total} rows skipped: "
                + "; ".join(f"[{rid}] {msg}" for rid, msg in out.skipped[:_SKIPS_NAMED])), stacklevel=2)

    if is_async:

        async def run_async(**kwargs: Any) -> None:
            __tracebackhide__ = True
            verdict(await judge_async(kwargs))

        wrapper: Any = run_async
        wrapper.__table_rows__ = judge_async
        wrapper.__table_async__ = True
    else:

        def run(**kwargs: Any) -> None:
            __tracebackhide__ = True
            verdict(judge(kwargs))

        wrapper = run
        wrapper.__table_rows__ = judge
    for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapper, attribute, getattr(fn, attribute))
    wrapper.__signature__ = signature.replace(parameters=rest)
    wrapper.pytestmark = list(getattr(fn, "pytestmark", []))
    return wrapper  # type: ignore[no-any-return]
