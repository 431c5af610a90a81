"""Settings: environment over hyosan.toml, clear errors, and a token that is never shown."""

from __future__ import annotations

import datetime as dt
import os
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


# ---- junk an operator may write (each is one ConfigError naming where it came from) ----------


def write_config(tmp_path: Path, text: str) -> Path:
    config = tmp_path / "hyosan.toml"
    config.write_text(text, encoding="utf-8")
    return config


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("hyosan = 5\n", "[hyosan] must be a table of settings"),
        ("[hyosan]\ndev_guild = 1.5\n", "dev_guild must be a guild id"),
        ("[hyosan]\ndev_guild = true\n", "dev_guild must be a guild id"),
        ("[hyosan]\ndev_guild = -5\n", "dev_guild must be a guild id"),
        ('[hyosan]\ndatabase = ["x.db"]\n', "database must be text"),
        ("[hyosan]\ntoken = 5\n", "token must be text"),
        ("[hyosan]\nsync = true\n", "sync must be text"),
        ("[hyosan]\nrss_feeds = [1, 2]\n", "rss_feeds must be a list of web addresses"),
        ("[hyosan]\nmessage_content_intent = 1\n", "message_content_intent must be true or false"),
        ("[hyosan]\nretention = true\n", "retention must be a duration"),
        ("[hyosan]\nsend_deadline = 2026-01-01\n", "send_deadline must be a duration"),
    ],
)
def test_a_file_value_of_the_wrong_type_is_refused_naming_the_file_and_key(
    tmp_path: Path, text: str, says: str
) -> None:
    config = write_config(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings({}, config)
    assert str(caught.value).startswith(f"{config}: "), str(caught.value)
    assert says in str(caught.value)


def test_an_unreadable_config_file_is_one_clear_error() -> None:
    # /proc/self/mem is a regular file whose read fails (EIO), even for root
    with pytest.raises(ConfigError, match="cannot be read"):
        load_settings({}, Path("/proc/self/mem"))


def test_a_folder_where_the_config_file_should_be_is_refused_not_taken_for_no_settings(tmp_path: Path) -> None:
    (tmp_path / "hyosan.toml").mkdir()
    with pytest.raises(ConfigError, match="is a folder, not a file"):
        load_settings({}, tmp_path / "hyosan.toml")
    with pytest.raises(ConfigError, match="is a folder, not a file"):
        load_settings({"HYOSAN_CONFIG": str(tmp_path)})


def test_a_config_file_that_is_not_utf8_text_says_so(tmp_path: Path) -> None:
    config = tmp_path / "hyosan.toml"
    config.write_bytes(b"[hyosan]\ndatabase = \"caf\xe9.db\"\n")
    with pytest.raises(ConfigError, match="not UTF-8 text"):
        load_settings({}, config)


@pytest.mark.parametrize("value", ["99999999999999999999d", "9" * 400, "3651d"])
def test_a_duration_too_long_to_mean_anything_is_explained_not_a_crash(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError, match=r"HYOSAN_RETENTION must be a duration .* at most 3650d"):
        load_settings({"HYOSAN_RETENTION": value}, tmp_path / "absent.toml")


@pytest.mark.parametrize("value", ["0", "-3", "99999999999999999999999"])
def test_a_guild_id_that_no_guild_can_have_is_refused(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError, match="HYOSAN_DEV_GUILD must be a guild id"):
        load_settings({"HYOSAN_DEV_GUILD": value}, tmp_path / "absent.toml")


@pytest.mark.parametrize("token", ["abc\ndef", "abc def", "Bot\tabc", "abc\x00def"])
def test_a_token_pasted_with_a_break_inside_is_refused_before_it_reaches_discord(tmp_path: Path, token: str) -> None:
    with pytest.raises(ConfigError, match="DISCORD_TOKEN has spaces or line breaks inside"):
        load_settings({"DISCORD_TOKEN": token}, tmp_path / "absent.toml")


def test_a_token_with_a_trailing_newline_is_trimmed(tmp_path: Path) -> None:
    assert load_settings({"DISCORD_TOKEN": "abc.def\n"}, tmp_path / "absent.toml").token == "abc.def"


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"DISCORD_API_BASE": "notaurl"}, "DISCORD_API_BASE must be a web address starting with http:// or https://"),
        ({"DISCORD_API_BASE": "ftp://discord.com/api"}, "DISCORD_API_BASE must be a web address"),
        ({"DISCORD_GATEWAY_URL": "http://127.0.0.1:9/"}, "DISCORD_GATEWAY_URL must be a websocket address starting with ws:// or wss://"),
        ({"HYOSAN_TVMAZE_URL": "api.tvmaze.com"}, "HYOSAN_TVMAZE_URL must be a web address"),
        ({"HYOSAN_RSS_FEEDS": "https://ok.example/feed, file:///etc/passwd"}, "HYOSAN_RSS_FEEDS: 'file:///etc/passwd' is not a web address"),
        ({"HYOSAN_USER_AGENT": "hyosan\r\nX-Evil: 1"}, "HYOSAN_USER_AGENT must be one line"),
    ],
)
def test_a_junk_address_or_header_is_refused_at_start_not_on_every_poll(
    tmp_path: Path, env: dict[str, str], says: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(env, tmp_path / "absent.toml")
    assert says in str(caught.value), str(caught.value)


def test_local_addresses_stay_allowed_for_a_local_discord_and_local_sources(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "DISCORD_API_BASE": "http://127.0.0.1:5000/api/v10",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:5000/",
            "HYOSAN_TVMAZE_URL": "http://localhost:8080",
            "HYOSAN_RSS_FEEDS": "http://127.0.0.1:8081/feed.xml",
        },
        tmp_path / "absent.toml",
    )
    assert settings.rss_feeds == ("http://127.0.0.1:8081/feed.xml",)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("HYOSAN_TOKN", "DISCORD_TOKEN"),
        ("HYOSAN_TOKEN", "DISCORD_TOKEN"),
        ("HYOSAN_DATABASE", "HYOSAN_DB"),
        ("HYOSAN_DEVGUILD", "HYOSAN_DEV_GUILD"),
        ("HYOSAN_SYNC_MODE", "HYOSAN_SYNC"),
        ("HYOSAN_RSS_FEED", "HYOSAN_RSS_FEEDS"),
        ("HYOSAN_LOGDIR", "HYOSAN_LOG_DIR"),
        ("HYOSAN_CONFG", "HYOSAN_CONFIG"),
        ("hyosan_db", "HYOSAN_DB"),
    ],
)
def test_an_unknown_hyosan_variable_is_warned_about_naming_the_closest_setting(
    tmp_path: Path, typed: str, meant: str
) -> None:
    settings = load_settings({typed: "1", "HYOSAN_DB": str(tmp_path / "x.db")}, tmp_path / "absent.toml")
    assert settings.unknown == (f"{typed} is not a hyosan setting and is ignored: did you mean {meant}?",)


def test_a_variable_like_no_setting_is_still_warned_about(tmp_path: Path) -> None:
    (line,) = load_settings({"HYOSAN_BANANA": "1"}, tmp_path / "absent.toml").unknown
    assert line.startswith("HYOSAN_BANANA is not a hyosan setting and is ignored: no setting")


def test_known_variables_and_other_programs_variables_bring_no_warning(tmp_path: Path) -> None:
    env = {"HYOSAN_DB": "x.db", "HYOSAN_CONFIG": str(tmp_path / "absent.toml"), "DISCORD_TOKEN": "t", "PATH": "/bin",
           "DISCORD_BOT_PREFIX": "!"}
    assert load_settings(env, tmp_path / "absent.toml").unknown == ()


def test_keys_and_tables_outside_the_hyosan_table_are_warned_about(tmp_path: Path) -> None:
    config = tmp_path / "hyosan.toml"
    config.write_text('token = "t"\ndatabse = "x.db"\n[hyosan]\nsync = "none"\n[hyoson]\nretention = "7d"\n[bot]\nx = 1\n',
                      encoding="utf-8")
    settings = load_settings({}, config)
    assert settings.token is None and settings.retention == dt.timedelta(days=30)
    assert settings.unknown == (
        f"{config}: token is outside the [hyosan] table and is ignored: move it into [hyosan] (as token)",
        f"{config}: databse is outside the [hyosan] table and is ignored: move it into [hyosan] (as database)",
        f"{config}: the table [hyoson] is ignored: did you mean [hyosan]?",
        f"{config}: the table [bot] is ignored: only [hyosan] is read",
    )


@pytest.mark.parametrize(("key", "meant"), [("databse", "database"), ("tvmaze_base_url", "tvmaze_url"),
                                            ("retension", "retention"), ("db_path", "database")])
def test_an_unknown_key_in_the_hyosan_table_is_refused_naming_the_closest(tmp_path: Path, key: str, meant: str) -> None:
    config = tmp_path / "hyosan.toml"
    config.write_text(f'[hyosan]\n{key} = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"unknown setting '{key}' \(did you mean {meant}\?\)"):
        load_settings({}, config)


def test_the_cli_warns_once_at_start_about_an_unknown_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    for name in [n for n in os.environ if n.upper().startswith("HYOSAN_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HYOSAN_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("HYOSAN_DB", str(tmp_path / "hyosan.db"))
    monkeypatch.setenv("HYOSAN_TOKN", "secret-ish")
    assert main(["db", "upgrade"]) == 0
    err = capsys.readouterr().err
    assert err.count("HYOSAN_TOKN") == 1
    assert "hyosan: warning: HYOSAN_TOKN is not a hyosan setting and is ignored: did you mean DISCORD_TOKEN?" in err
    assert "secret-ish" not in err
