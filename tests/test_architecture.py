"""The layering rules, checked on the source so they cannot quietly erode."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN_PACKAGES = ("bot/lore", "bot/trivia", "bot/season2")
SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TABLE|INDEX|UNIQUE|TRIGGER|VIEW|VIRTUAL)|DROP\s+TABLE|ALTER\s+TABLE|PRAGMA\s+\w+)",
    re.I | re.S,
)


def python_files(*folders: str) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        files.extend(sorted((ROOT / folder).rglob("*.py")))
    return files


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def string_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def test_domain_packages_never_import_discord() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in python_files(*DOMAIN_PACKAGES)
        if any(m == "discord" or m.startswith("discord.") for m in imported_modules(path))
    ]
    assert offenders == []


def test_sql_lives_only_in_db() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in python_files("bot", "cogs")
        if any(SQL.search(text) for text in string_constants(path))
    ]
    assert offenders == []


def test_cogs_do_not_touch_the_database_connection_directly() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in python_files("cogs")
        if re.search(r"\.(execute|executemany|executescript)\(", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_scheduler_never_starts_in_on_ready() -> None:
    offenders = []
    for path in python_files("bot", "cogs"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.AsyncFunctionDef) and node.name == "on_ready":
                body = ast.unparse(node)
                if "scheduler.start" in body or ".start()" in body or "add_job" in body:
                    offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
