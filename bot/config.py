"""Settings from the environment, with an optional hyosan.toml underneath.

The environment wins over the file, so a deployment can override one value without editing it.
A name that is no setting is never silently ignored: an unknown key in the settings table is
refused (naming the closest known key); a HYOSAN_* variable hyosan does not read (HYOSAN_TOKN) and
a key or table of hyosan.toml outside [hyosan] are warned about once at start (`Settings.unknown`),
naming the closest known one.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import tomllib
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from bot.lazy_re import compile_later

DEFAULT_DB_PATH = Path("data/hyosan.db")
DEFAULT_CONFIG_FILE = Path("hyosan.toml")


class SyncMode(StrEnum):
    NONE = "none"
    GUILD = "guild"
    GLOBAL = "global"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message is meant for the person running hyosan."""


@dataclass(frozen=True)
class Settings:
    token: str | None = field(default=None, repr=False)  # never printed, never logged
    db_path: Path = DEFAULT_DB_PATH
    dev_guild: int | None = None
    sync: SyncMode = SyncMode.NONE
    api_base: str | None = None
    gateway_url: str | None = None
    log_dir: Path | None = Path("data/logs")
    message_content_intent: bool = True
    # Season-2 sources; each is optional (None or empty turns it off).
    tvmaze_base_url: str | None = "https://api.tvmaze.com"
    tvmaze_show_query: str = "All of Us Are Dead"
    rss_feeds: tuple[str, ...] = ()
    user_agent: str = "hyosan/0.1 (Discord fan bot; +https://github.com/hyosan-bot)"
    # A rehearsal clock (bot/rehearsal.py): the bot's time read from this file. Unset: the system clock.
    clock_file: Path | None = None
    # Delivery: how long a send may take before the dispatcher stops waiting for it (the send itself
    # carries on), and how long Discord is trusted to remember a message's nonce (a resend later
    # than that first looks for the message in the channel).
    send_deadline: dt.timedelta = dt.timedelta(seconds=60)
    nonce_window: dt.timedelta = dt.timedelta(seconds=60)
    # Housekeeping: how long finished records are kept, and how often the pruning and the WAL
    # checkpoint run (README, Operations).
    retention: dt.timedelta = dt.timedelta(days=30)
    housekeeping_every: dt.timedelta = dt.timedelta(minutes=10)
    # A log line of vital signs (tasks, loop lag, memory, descriptors, database size); None: off.
    vitals_every: dt.timedelta | None = None
    # What was set but is no setting (HYOSAN_TOKN, a key outside [hyosan]): one warning each, at start.
    unknown: tuple[str, ...] = field(default=(), compare=False)

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **changes)


_ENV_KEYS = {
    "DISCORD_TOKEN": "token",
    "HYOSAN_DB": "db_path",
    "HYOSAN_DEV_GUILD": "dev_guild",
    "HYOSAN_SYNC": "sync",
    "DISCORD_API_BASE": "api_base",
    "DISCORD_GATEWAY_URL": "gateway_url",
    "HYOSAN_LOG_DIR": "log_dir",
    "HYOSAN_MESSAGE_CONTENT": "message_content_intent",
    "HYOSAN_TVMAZE_URL": "tvmaze_base_url",
    "HYOSAN_TVMAZE_QUERY": "tvmaze_show_query",
    "HYOSAN_RSS_FEEDS": "rss_feeds",
    "HYOSAN_USER_AGENT": "user_agent",
    "HYOSAN_CLOCK_FILE": "clock_file",
    "HYOSAN_SEND_DEADLINE": "send_deadline",
    "HYOSAN_NONCE_WINDOW": "nonce_window",
    "HYOSAN_RETENTION": "retention",
    "HYOSAN_HOUSEKEEPING_EVERY": "housekeeping_every",
    "HYOSAN_VITALS_EVERY": "vitals_every",
}

_FILE_KEYS = {
    "token": "token",
    "database": "db_path",
    "dev_guild": "dev_guild",
    "sync": "sync",
    "api_base": "api_base",
    "gateway_url": "gateway_url",
    "log_dir": "log_dir",
    "message_content_intent": "message_content_intent",
    "tvmaze_url": "tvmaze_base_url",
    "tvmaze_query": "tvmaze_show_query",
    "rss_feeds": "rss_feeds",
    "user_agent": "user_agent",
    "clock_file": "clock_file",
    "send_deadline": "send_deadline",
    "nonce_window": "nonce_window",
    "retention": "retention",
    "housekeeping_every": "housekeeping_every",
    "vitals_every": "vitals_every",
}

_DURATION = compile_later(r"^(\d+(?:\.\d+)?)\s*([smhd]?)$")
_DURATION_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATIONS = {"send_deadline", "nonce_window", "retention", "housekeeping_every", "vitals_every"}
#: The longest duration any setting takes: a retention of ten years is already "keep everything";
#: past it the date arithmetic of the scheduler and the pruners would overflow.
MAX_DURATION = dt.timedelta(days=3650)
#: Discord's ids are 64-bit snowflakes; SQLite stores signed 64-bit integers.
MAX_SNOWFLAKE = 2**63 - 1
#: The largest hyosan.toml worth reading (a few hundred bytes in practice).
CONFIG_LIMIT = 1_000_000
_TEXT = {"token", "db_path", "log_dir", "clock_file", "sync", "api_base", "gateway_url", "tvmaze_base_url",
         "tvmaze_show_query", "user_agent"}
_SCHEMES = {
    "api_base": (("http", "https"), "a web address starting with http:// or https://"),
    "tvmaze_base_url": (("http", "https"), "a web address starting with http:// or https://"),
    "gateway_url": (("ws", "wss"), "a websocket address starting with ws:// or wss://"),
}
_ONE_LINE = {"tvmaze_show_query", "user_agent"}
_BLANK = compile_later(r"[\s\x00-\x1f\x7f]")


def parse_duration(label: str, value: Any) -> dt.timedelta:
    """'90' or '90s', '15m', '12h', '30d' (a number alone is seconds); more than zero, at most
    3650d; a ConfigError starting with `label` otherwise."""
    text = "" if isinstance(value, bool) else str(value).strip().lower()
    match = _DURATION.match(text)
    seconds = float(match.group(1)) * _DURATION_UNITS[match.group(2)] if match else 0.0
    if not 0 < seconds <= MAX_DURATION.total_seconds():  # also false for inf
        raise ConfigError(
            f"{label} must be a duration like 90s, 15m, 12h or 30d (more than 0, at most 3650d), not {value!r}"
        )
    return dt.timedelta(seconds=seconds)


def _is_address(text: str, schemes: tuple[str, ...]) -> bool:
    """A URL with one of `schemes` and a host (local hosts allowed: a local Discord, test sources)."""
    try:
        parsed = urllib.parse.urlsplit(text)
        _ = parsed.port  # raises ValueError for a port that is not a number
    except ValueError:
        return False
    return parsed.scheme.lower() in schemes and bool(parsed.hostname) and not _BLANK.search(text)


def _coerce(name: str, value: Any, label: str) -> Any:
    """The setting `name` from a raw value (text from the environment; any TOML type from the
    file), or a ConfigError whose message starts with `label` (the variable, or file: key)."""
    if name in _TEXT and not isinstance(value, str):
        raise ConfigError(f"{label} must be text (in quotes), not {value!r}")
    if name == "clock_file":
        return Path(str(value)).expanduser() if value not in ("", None) else None
    if name == "vitals_every" and isinstance(value, str) and value.strip().lower() in ("", "off"):
        return None
    if name in _DURATIONS:
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise ConfigError(f"{label} must be a duration like 90s, 15m, 12h or 30d, not {value!r}")
        return parse_duration(label, value)
    if name == "db_path" or name == "log_dir":
        if value in ("", None):
            return None if name == "log_dir" else DEFAULT_DB_PATH
        return Path(str(value)).expanduser()
    if name == "dev_guild":
        if value in ("", None):
            return None
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(value, str) and value.strip().isdigit():
            number = int(value.strip())
        if number is None or not 0 < number <= MAX_SNOWFLAKE:
            raise ConfigError(f"{label} must be a guild id (a number), not {value!r}")
        return number
    if name == "sync":
        try:
            return SyncMode(str(value).strip().lower())
        except ValueError:
            raise ConfigError(f"{label} must be none, guild or global, not {value!r}") from None
    if name == "message_content_intent":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower() if isinstance(value, str) else ""
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{label} must be true or false, not {value!r}")
    if name == "rss_feeds":
        if isinstance(value, str):
            urls = [url.strip() for url in value.split(",") if url.strip()]
        elif isinstance(value, list) and all(isinstance(url, str) for url in value):
            urls = [url.strip() for url in value if url.strip()]
        else:
            raise ConfigError(f"{label} must be a list of web addresses (in quotes), not {value!r}")
        for url in urls:
            if not _is_address(url, ("http", "https")):
                raise ConfigError(f"{label}: {url!r} is not a web address (each starts with http:// or https://)")
        return tuple(urls)
    text = str(value).strip()
    if name == "token" and _BLANK.search(text):
        raise ConfigError(f"{label} has spaces or line breaks inside: paste the token again, alone")
    if name in _SCHEMES and text:
        schemes, what = _SCHEMES[name]
        if not _is_address(text, schemes):
            raise ConfigError(f"{label} must be {what}, not {text!r}")
    if name in _ONE_LINE and re.search(r"[\x00-\x1f\x7f]", text):
        raise ConfigError(f"{label} must be one line of text, without control characters")
    if name in ("api_base", "gateway_url", "tvmaze_base_url", "token"):
        return text or None
    return str(value)


#: Variables hyosan reads besides the settings.
_OTHER_ENV = ("HYOSAN_CONFIG",)


def _closest(name: str, known: Mapping[str, str]) -> str | None:
    """The known name `name` is most likely a typo of: `known` maps each way of writing a setting
    (lower case: its variable, its file key, its field) to the name to suggest."""
    typed = name.lower()
    for prefix in ("hyosan_", "discord_"):
        typed = typed.removeprefix(prefix)
    match = difflib.get_close_matches(typed, list(known), n=1, cutoff=0.6)
    return known[match[0]] if match else None


def _spellings(kind: str) -> dict[str, str]:
    """Every lower-case spelling of each setting, to the variable (`kind` 'env') or file key ('file')."""
    by_field = {name: env for env, name in _ENV_KEYS.items()} if kind == "env" else {
        name: key for key, name in _FILE_KEYS.items()}
    spellings: dict[str, str] = {}
    for env, name in _ENV_KEYS.items():
        for spelling in (env.lower().removeprefix("hyosan_").removeprefix("discord_"), name):
            spellings.setdefault(spelling, by_field[name])
    for key, name in _FILE_KEYS.items():
        spellings.setdefault(key, by_field[name])
    if kind == "env":
        spellings["config"] = "HYOSAN_CONFIG"
    return spellings


def _unknown_line(name: str, where: str, suggestion: str | None) -> str:
    hint = f"did you mean {suggestion}?" if suggestion else "no setting is named like it (README, Configuration)"
    return f"{where}{name} is not a hyosan setting and is ignored: {hint}"


def unknown_environment(env: Mapping[str, str]) -> list[str]:
    """One line per HYOSAN_* variable hyosan does not read (any case), naming the closest known one."""
    known = {*_ENV_KEYS, *_OTHER_ENV}
    spellings = _spellings("env")
    return [
        _unknown_line(name, "", _closest(name, spellings) if name.upper() not in known else name.upper())
        for name in sorted(env)
        if name.upper().startswith("HYOSAN_") and name not in known
    ]


def _read_config(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The settings in hyosan.toml (its [hyosan] table, or the whole file), checked as read, and a
    line for each key or table outside [hyosan] (which nothing reads)."""
    from bot.files import FileRefused, read_text_file

    try:
        data = tomllib.loads(read_text_file(path, limit=CONFIG_LIMIT))
    except FileRefused as exc:
        raise ConfigError(exc.message) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    section = data.get("hyosan", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [hyosan] must be a table of settings, not {section!r}")
    spellings = _spellings("file")
    outside = [] if section is data else [
        _outside(path, key, raw, spellings) for key, raw in data.items() if key != "hyosan"
    ]
    values: dict[str, Any] = {}
    for key, raw in section.items():
        if key not in _FILE_KEYS:
            near = "[hyosan]" if isinstance(raw, dict) and _closest(key, {"hyosan": "[hyosan]"}) else (
                _closest(key, spellings))
            raise ConfigError(f"{path}: unknown setting {key!r}" + (f" (did you mean {near}?)" if near else ""))
        values[_FILE_KEYS[key]] = _coerce(_FILE_KEYS[key], raw, f"{path}: {key}")
    return values, outside


def _outside(path: Path, key: str, raw: Any, spellings: Mapping[str, str]) -> str:
    """The warning for a key or table outside [hyosan], which nothing reads: a setting to move into
    [hyosan], a misspelt [hyosan], or something else."""
    if isinstance(raw, dict):
        hint = "did you mean [hyosan]?" if _closest(key, {"hyosan": "[hyosan]"}) else "only [hyosan] is read"
        return f"{path}: the table [{key}] is ignored: {hint}"
    near = _closest(key, spellings)
    hint = f"move it into [hyosan] (as {near})" if near else "no setting is named like it (README, Configuration)"
    return f"{path}: {key} is outside the [hyosan] table and is ignored: {hint}"


def load_settings(
    environ: Mapping[str, str] | None = None, config_file: Path | None = None
) -> Settings:
    """Read hyosan.toml (when present) and then the environment."""
    env = os.environ if environ is None else environ
    path = config_file or Path(env.get("HYOSAN_CONFIG", str(DEFAULT_CONFIG_FILE)))
    # Absent, the file is optional; present, it is read as every file the CLI is given, so a folder
    # in its place is refused in one line rather than quietly taken for "no settings".
    values, outside = _read_config(path) if path.exists() else ({}, [])
    for env_key, name in _ENV_KEYS.items():
        if env_key in env:
            values[name] = _coerce(name, env[env_key], env_key)
    settings = Settings(**values, unknown=(*outside, *unknown_environment(env)))
    if settings.sync is SyncMode.GUILD and settings.dev_guild is None:
        raise ConfigError("HYOSAN_SYNC=guild needs HYOSAN_DEV_GUILD, the id of the guild to sync to")
    return settings
