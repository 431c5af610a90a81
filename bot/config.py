"""Settings from the environment, with an optional hyosan.toml underneath.

The environment wins over the file, so a deployment can override one value without editing it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

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

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd]?)$")
_DURATION_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATIONS = {"send_deadline", "nonce_window", "retention", "housekeeping_every", "vitals_every"}


def parse_duration(name: str, value: Any) -> dt.timedelta:
    """'90' or '90s', '15m', '12h', '30d' (a number alone is seconds); more than zero."""
    if isinstance(value, dt.timedelta):
        return value
    text = str(value).strip().lower()
    match = _DURATION.match(text)
    seconds = float(match.group(1)) * _DURATION_UNITS[match.group(2)] if match else 0.0
    if seconds <= 0:
        key = next((k for k, v in _ENV_KEYS.items() if v == name), name)
        raise ConfigError(f"{key} must be a duration like 90s, 15m, 12h or 30d, not {value!r}")
    return dt.timedelta(seconds=seconds)


def _coerce(name: str, value: Any) -> Any:
    if name == "clock_file":
        return Path(str(value)).expanduser() if value not in ("", None) else None
    if name == "vitals_every" and str(value).strip().lower() in ("", "off"):
        return None
    if name in _DURATIONS:
        return parse_duration(name, value)
    if name == "db_path" or name == "log_dir":
        if value in ("", None):
            return None if name == "log_dir" else DEFAULT_DB_PATH
        return Path(str(value)).expanduser()
    if name == "dev_guild":
        if value in ("", None):
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"HYOSAN_DEV_GUILD must be a guild id (a number), not {value!r}") from None
    if name == "sync":
        try:
            return SyncMode(str(value).strip().lower())
        except ValueError:
            raise ConfigError(f"HYOSAN_SYNC must be none, guild or global, not {value!r}") from None
    if name == "message_content_intent":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"HYOSAN_MESSAGE_CONTENT must be true or false, not {value!r}")
    if name == "rss_feeds":
        if isinstance(value, str):
            return tuple(url.strip() for url in value.split(",") if url.strip())
        if isinstance(value, list | tuple):
            return tuple(str(url) for url in value)
        raise ConfigError("rss_feeds must be a list of URLs")
    if name in ("api_base", "gateway_url", "tvmaze_base_url", "token"):
        text = str(value).strip()
        return text or None
    return str(value)


def load_settings(
    environ: Mapping[str, str] | None = None, config_file: Path | None = None
) -> Settings:
    """Read hyosan.toml (when present) and then the environment."""
    env = os.environ if environ is None else environ
    path = config_file or Path(env.get("HYOSAN_CONFIG", str(DEFAULT_CONFIG_FILE)))
    values: dict[str, Any] = {}
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
        section = data.get("hyosan", data)
        for key, raw in section.items():
            if key not in _FILE_KEYS:
                raise ConfigError(f"{path}: unknown setting {key!r}")
            values[_FILE_KEYS[key]] = _coerce(_FILE_KEYS[key], raw)
    for env_key, name in _ENV_KEYS.items():
        if env_key in env:
            values[name] = _coerce(name, env[env_key])
    settings = Settings(**values)
    if settings.sync is SyncMode.GUILD and settings.dev_guild is None:
        raise ConfigError("HYOSAN_SYNC=guild needs HYOSAN_DEV_GUILD, the id of the guild to sync to")
    return settings
