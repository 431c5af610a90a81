"""The layout's rules, per role, checked on the source so they cannot quietly erode."""

from __future__ import annotations

import ast
import functools
import gc
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ("lore", "trivia", "season2")
#: The application core that speaks Discord: the Bot, its error tree, running and syncing it, and the
#: local Discord with the harness and demo built on it. Everything else in bot/ is plain Python.
DISCORD_CORE = (
    "bot/app.py", "bot/tree.py", "bot/permissions.py", "bot/runner.py", "bot/sync.py", "bot/endpoints.py",
    "bot/harness.py", "bot/sandbox/", "bot/demo/",
)
MAX_LINES = 600
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


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@dataclass(frozen=True)
class Source:
    """What the rules read in a module, all gathered in one walk of its syntax tree (three walks of every
    module, one per kind, were most of this file's CPU)."""

    imports: frozenset[str]
    strings: tuple[str, ...]
    on_ready: tuple[str, ...]  # the source of each `async def on_ready`


@functools.cache
def source(path: Path) -> Source:
    # Parsing builds hundreds of thousands of nodes, none in a cycle: the cyclic garbage collector, run
    # every few thousand of them, took more than half of the parse's CPU.
    collecting = gc.isenabled()
    gc.disable()
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        strings: list[str] = []
        on_ready: list[str] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant):
                if isinstance(node.value, str):
                    strings.append(node.value)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.module:
                    names.add(node.module)
                    names.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.AsyncFunctionDef) and node.name == "on_ready":
                on_ready.append(ast.unparse(node))
        return Source(frozenset(names), tuple(strings), tuple(on_ready))
    finally:
        if collecting:
            gc.enable()


def imported_modules(path: Path) -> frozenset[str]:
    return source(path).imports


def string_constants(path: Path) -> tuple[str, ...]:
    return source(path).strings


def imports_discord(path: Path) -> bool:
    return any(m == "discord" or m.startswith("discord.") for m in imported_modules(path))


def feature_of(path: Path) -> str | None:
    parts = path.relative_to(ROOT).parts
    if len(parts) > 1 and parts[0] in ("bot", "cogs", "db") and parts[1] in FEATURES:
        return parts[1]
    return None


def test_only_the_cogs_and_the_discord_core_import_discord() -> None:
    offenders = [
        relative(path)
        for path in python_files("bot", "db")
        if imports_discord(path) and not relative(path).startswith(DISCORD_CORE)
    ]
    assert offenders == []


def test_domain_packages_never_import_discord_or_a_cog() -> None:
    offenders = [
        relative(path)
        for feature in FEATURES
        for path in python_files(f"bot/{feature}")
        if imports_discord(path) or any(m.startswith("cogs") for m in imported_modules(path))
    ]
    assert offenders == []


def test_sql_lives_only_in_db() -> None:
    offenders = [
        relative(path)
        for path in python_files("bot", "cogs")
        if any(SQL.search(text) for text in string_constants(path))
    ]
    assert offenders == []


def test_cogs_never_touch_a_database_connection() -> None:
    offenders = [
        relative(path)
        for path in python_files("cogs")
        if re.search(r"\.(execute|executemany|executescript)\(", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_db_depends_only_on_itself_and_the_domain_models() -> None:
    allowed = ("db", "bot.clock", "bot.show", *(f"bot.{feature}.model" for feature in FEATURES))
    offenders = {
        relative(path): sorted(
            m for m in imported_modules(path)
            if m.split(".")[0] in ("bot", "cogs", "db") and not m.startswith(allowed)
        )
        for path in python_files("db")
    }
    assert {path: found for path, found in offenders.items() if found} == {}


def test_no_feature_imports_another_features_db_package_or_cog() -> None:
    """The core never reaches into a feature's storage or cog either; only the demo's tour peeks at a
    game in the database to play it, as a test would."""
    offenders = []
    for path in python_files("bot", "cogs", "db"):
        if relative(path).startswith("bot/demo/"):
            continue
        own = feature_of(path)
        for module in imported_modules(path):
            for layer in ("db", "cogs"):
                for other in FEATURES:
                    if other != own and (module == f"{layer}.{other}" or module.startswith(f"{layer}.{other}.")):
                        offenders.append(f"{relative(path)} imports {module}")
    assert offenders == []


def test_trivia_queues_its_notices_in_the_one_outbox_never_through_season_2() -> None:
    """The outbox (bot/outbox.py, its rows db/outbox.py) is neither feature's: trivia's notice of a game cut off is
    queued there as season 2's are, and trivia imports nothing of season 2."""
    offenders = [
        f"{relative(path)} imports {module}"
        for folder in ("bot/trivia", "cogs/trivia", "db/trivia")
        for path in python_files(folder)
        for module in imported_modules(path)
        if module == "bot.season2" or module.startswith("bot.season2.")
    ]
    assert offenders == []


def test_buttons_never_look_a_cog_up_to_find_their_handler() -> None:
    offenders = [relative(path) for path in python_files("cogs") if "get_cog(" in path.read_text(encoding="utf-8")]
    assert offenders == []


def test_no_product_module_is_over_600_lines() -> None:
    long = {
        relative(path): lines
        for path in python_files("bot", "cogs", "db")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_only_the_show_module_knows_how_many_episodes_there_are() -> None:
    pattern = re.compile(
        r"^\s*(LAST_EPISODE|EPISODES_PER_SEASON)\s*(:[^=\n]*)?=[^=]|\b12 episodes\b|Range\[int, [01], 12\]", re.M
    )
    offenders = [
        relative(path)
        for path in python_files("bot", "cogs", "db")
        if relative(path) != "bot/show.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_ask_readers_take_the_months_from_one_builder() -> None:
    """/ask's readers build their month patterns with bot.text.month_alternation, never a list typed again (season2_past
    leaves "may" out, read only after "in", "to", "on" or "by": alone it is more often the verb)."""
    typed = re.compile(r"jan\|feb\|mar|january\|february\|march")
    offenders = [relative(path) for path in python_files("bot/lore/answer")
                 if relative(path) != "bot/lore/answer/season2_past.py" and typed.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_every_time_shown_in_a_readers_own_zone_is_written_by_one_helper() -> None:
    """Discord's timestamp markup ("<t:1804320000:F>": each reader's own zone) is written by bot.text.timestamp alone,
    which bot/ and cogs/ both call; a pattern that finds it in a post already sent (re.sub, re.search) only reads it."""
    typed = re.compile(r"<t:\{[^}]+\}:(?:\{\w+\}|[tTdDfFR])>")
    offenders = [
        f"{relative(path)}:{number}"
        for path in python_files("bot", "cogs")
        if relative(path) != "bot/text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if typed.search(line) and "re." not in line
    ]
    assert offenders == []


def test_the_scheduler_never_starts_in_on_ready() -> None:
    offenders = []
    for path in python_files("bot", "cogs"):
        for body in source(path).on_ready:
            if "scheduler" in body or ".start()" in body or "create_task" in body:
                offenders.append(relative(path))
    assert offenders == []


def test_timers_go_through_the_one_scheduling_interface() -> None:
    """APScheduler is used by bot/scheduling.py alone; features ask it for jobs and deadlines."""
    offenders = [
        relative(path)
        for path in python_files("bot", "cogs", "db")
        if relative(path) != "bot/scheduling.py"
        and any(m.startswith("apscheduler") for m in imported_modules(path))
    ]
    assert offenders == []


def test_the_domain_has_one_error_base_that_does_not_import_discord() -> None:
    errors = ROOT / "bot" / "errors.py"
    assert not imports_discord(errors)
    assert "class UserError(Exception)" in errors.read_text(encoding="utf-8")


def test_every_product_module_is_named_in_the_architecture_tree() -> None:
    # A newcomer finds a module from docs/ARCHITECTURE.md's tree; one left out is one they never find.
    # The local Discord is documented in bot/sandbox/README.md instead.
    document = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    tree = document.split("## The tree", 1)[1].split("```")[1]
    unnamed = [
        relative(path)
        for path in python_files("bot", "cogs", "db")
        if "sandbox" not in path.parts and path.name not in ("__init__.py", "__main__.py")
        and not re.search(rf"(?<!\w){re.escape(path.stem)}(?!\w)", tree)
    ]
    assert unnamed == []
