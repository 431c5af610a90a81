"""Settings: environment over hyosan.toml, clear errors, and a token that is never shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.config import DEFAULT_DB_PATH, ConfigError, SyncMode, load_settings


def test_defaults_without_environment_or_file(tmp_path: Path) -> None:
    settings = load_settings({}, tmp_path / "absent.toml")
    assert settings.token is None
    assert settings.db_path == DEFAULT_DB_PATH
    assert settings.sync is SyncMode.NONE


def test_environment_values_are_read(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "DISCORD_TOKEN": "abc",
            "HYOSAN_DB": str(tmp_path / "x.db"),
            "HYOSAN_DEV_GUILD": "42",
            "HYOSAN_SYNC": "guild",
            "DISCORD_API_BASE": "http://127.0.0.1:1/api/v10",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:1/",
        },
        tmp_path / "absent.toml",
    )
    assert settings.token == "abc"
    assert settings.db_path == tmp_path / "x.db"
    assert settings.dev_guild == 42
    assert settings.sync is SyncMode.GUILD
    assert settings.api_base == "http://127.0.0.1:1/api/v10"


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    config = tmp_path / "hyosan.toml"
    config.write_text('[hyosan]\ndatabase = "from-file.db"\nsync = "global"\n', encoding="utf-8")
    settings = load_settings({"HYOSAN_SYNC": "none"}, config)
    assert settings.db_path == Path("from-file.db")
    assert settings.sync is SyncMode.NONE


def test_unknown_file_setting_is_an_error(tmp_path: Path) -> None:
    config = tmp_path / "hyosan.toml"
    config.write_text('[hyosan]\ndatabse = "typo.db"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="databse"):
        load_settings({}, config)


def test_bad_sync_mode_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="none, guild or global"):
        load_settings({"HYOSAN_SYNC": "sometimes"}, tmp_path / "absent.toml")


def test_guild_sync_needs_a_guild(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="HYOSAN_DEV_GUILD"):
        load_settings({"HYOSAN_SYNC": "guild"}, tmp_path / "absent.toml")


def test_the_token_is_not_in_the_settings_repr(tmp_path: Path) -> None:
    settings = load_settings({"DISCORD_TOKEN": "very-secret-token"}, tmp_path / "absent.toml")
    assert "very-secret-token" not in repr(settings)


def test_rss_feeds_are_split_on_commas(tmp_path: Path) -> None:
    settings = load_settings({"HYOSAN_RSS_FEEDS": "http://a/feed, http://b/feed"}, tmp_path / "absent.toml")
    assert settings.rss_feeds == ("http://a/feed", "http://b/feed")


def test_durations_read_units_and_plain_seconds(tmp_path: Path) -> None:
    settings = load_settings(
        {"HYOSAN_RETENTION": "30d", "HYOSAN_SEND_DEADLINE": "90", "HYOSAN_HOUSEKEEPING_EVERY": "15m"},
        tmp_path / "absent.toml",
    )
    assert settings.retention == dt.timedelta(days=30)
    assert settings.send_deadline == dt.timedelta(seconds=90)
    assert settings.housekeeping_every == dt.timedelta(minutes=15)


@pytest.mark.parametrize("value", ["soon", "0", "-5m", "10y"])
def test_a_bad_duration_is_explained(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError, match="HYOSAN_NONCE_WINDOW must be a duration"):
        load_settings({"HYOSAN_NONCE_WINDOW": value}, tmp_path / "absent.toml")
