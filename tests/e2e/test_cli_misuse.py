"""`hyosan` run the way a careless operator runs it: interrupted, its output going nowhere, ids
no server has, output files that can't be written, junk settings. Each ends with one clear line
on stderr (never a traceback), a non-zero exit, and nothing half-written."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_cli import plain_env, run_cli, upgraded_database

INTERRUPTED = "hyosan: interrupted; nothing more was done"


def last_line_only(stderr: str) -> str:
    """The one line hyosan printed; fails when there is a traceback or more than one line."""
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "list.yaml"
    os.mkfifo(path)
    return path


def interrupt_while_reading(args: list[str], fifo: Path, tmp_path: Path) -> tuple[int, str]:
    """Start `hyosan ARGS` reading `fifo`, press Ctrl-C once it is reading (opening the FIFO's
    writing end returns only then) and never write a byte: the read stays blocked, and hyosan must
    end anyway. Exit code and stderr."""
    # hyosan is started as a terminal starts a foreground command, with Ctrl-C's default action:
    # a suite run as a background job (`make test &` from a script) ignores SIGINT, and a child
    # inherits an ignored signal, so it would rightly never hear the Ctrl-C this test presses.
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # handled here: default in the child
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            env=plain_env(tmp_path) | {"PYTHONUNBUFFERED": "1"},
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    finally:
        signal.signal(signal.SIGINT, before)
    try:
        writer = os.open(fifo, os.O_WRONLY)  # blocks until hyosan opens it
        try:
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            os.close(writer)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, stderr


@pytest.mark.parametrize(
    "args", [["trivia", "check"], ["season2", "replay"]], ids=["trivia-check", "season2-replay"]
)
def test_ctrl_c_in_the_middle_of_a_command_is_one_line_and_exit_130(
    args: list[str], fifo: Path, tmp_path: Path
) -> None:
    code, stderr = interrupt_while_reading([*args, str(fifo)], fifo, tmp_path)
    assert code == 130, stderr  # (what it said, should a run ever end otherwise: seen once, exit 1, under load)
    assert last_line_only(stderr) == INTERRUPTED


#: Linux's fcntl to set a pipe's capacity: hyosan's output then outgrows it, and its write waits for the reader.
F_SETPIPE_SZ = 1031


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a pipe's capacity is set on Linux only")
@pytest.mark.parametrize("lines_read", [1, 10, 100, 300])
def test_ctrl_c_while_the_output_is_still_being_written_is_one_line_and_exit_130(
    lines_read: int, tmp_path: Path
) -> None:
    """Interrupted at several moments of its output (after each so many lines the reader took): however far it got,
    hyosan ends with the one line and 130, never a traceback nor a death by the signal (stop 66: once exit 1)."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as interrupt_while_reading: default in the child
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "season2", "replay", "--json"], env=plain_env(tmp_path) | {"PYTHONUNBUFFERED": "1"},
            cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
    finally:
        signal.signal(signal.SIGINT, before)
    try:
        assert process.stdout is not None
        fcntl.fcntl(process.stdout.fileno(), F_SETPIPE_SZ, 4096)  # its ~28 kB of JSON cannot all wait in the pipe
        taken = "".join(process.stdout.readline() for _ in range(lines_read))
        assert taken.count("\n") == lines_read  # still writing: the rest waits for this reader
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, stderr
    assert last_line_only(stderr) == INTERRUPTED


def test_an_interrupted_import_is_one_line_exit_130_and_leaves_the_pack_in_use_unchanged(
    fifo: Path, tmp_path: Path
) -> None:
    # (the import's Ctrl-C, checked here with what it leaves: one `content import` process for both)
    code, stderr = interrupt_while_reading(["content", "import", str(fifo)], fifo, tmp_path)
    assert code == 130
    assert last_line_only(stderr) == INTERRUPTED
    versions = run_cli("content", "versions", env=plain_env(tmp_path), cwd=tmp_path)
    assert versions.returncode == 0
    assert versions.stdout.splitlines() == ["in use: the bundled pack"]


@pytest.fixture
def full_stdout() -> Iterator[int]:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    fd = os.open("/dev/full", os.O_WRONLY)
    try:
        yield fd
    finally:
        os.close(fd)


@pytest.mark.parametrize(
    "args",
    [["season2", "replay"], ["season2", "export-history"], ["ask", "who plays On-jo?"], ["content", "versions"]],
    ids=["replay", "export-history", "ask", "content-versions"],
)
def test_output_to_a_full_disk_is_one_line_and_a_failure(args: list[str], full_stdout: int, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env=plain_env(tmp_path), cwd=tmp_path, stdout=full_stdout, stderr=subprocess.PIPE, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert last_line_only(result.stderr) == "hyosan: could not write the output: No space left on device"


def test_an_export_with_standard_output_closed_says_where_to_write_instead(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "season2", "export-history"],
        env=plain_env(tmp_path), cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        timeout=60, preexec_fn=lambda: os.close(1),
    )
    assert result.returncode == 1
    assert last_line_only(result.stderr) == "hyosan: standard output is closed; write to a file with --output FILE"


@pytest.mark.parametrize("where", ["missing-folder", "folder"])
def test_export_history_to_a_path_it_cannot_write_is_one_line_and_writes_nothing(tmp_path: Path, where: str) -> None:
    target = tmp_path / "nope" / "history.yaml" if where == "missing-folder" else tmp_path
    result = run_cli("season2", "export-history", "--output", str(target), env=plain_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    line = last_line_only(result.stderr)
    assert line.startswith(f"hyosan: {target}: ") and "nothing was written" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_export_history_writes_the_whole_file_or_nothing(tmp_path: Path) -> None:
    target = tmp_path / "history.yaml"
    result = run_cli("season2", "export-history", "--output", str(target), env=plain_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.yaml"]  # no temporary file left
    replayed = run_cli("season2", "replay", str(target), env=plain_env(tmp_path), cwd=tmp_path)
    assert replayed.returncode == 0, replayed.stderr


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["content", "promote", "99999999999999999999999"], "id"),
        (["content", "unpromote", "0"], "id"),
        (["content", "additions", "--guild", "99999999999999999999999"], "--guild"),
        (["sync", "--guild", "-3"], "--guild"),
        (["sync", "--guild", "99999999999999999999999"], "--guild"),
    ],
)
def test_an_id_no_server_or_addition_can_have_is_refused_by_the_parser(
    tmp_path: Path, args: list[str], option: str
) -> None:
    result = run_cli(*args, env=plain_env(tmp_path) | {"DISCORD_TOKEN": "never-used"}, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"argument {option}: " in result.stderr and "is not an id (a whole number from 1 to" in result.stderr
    assert not (tmp_path / "hyosan.db").exists()


def test_a_demo_script_that_is_a_binary_file_is_one_line(tmp_path: Path) -> None:
    script = tmp_path / "script.txt"
    script.write_bytes(b"/about\n\x00\xff\xfe binary")
    result = run_cli("demo", "--script", str(script), env=plain_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert last_line_only(result.stderr) == f"hyosan: {script}: this is a binary file, not text"


@pytest.mark.parametrize(
    "command",
    [["content", "versions"], ["content", "additions"], ["content", "rollback"], ["content", "promote", "1"]],
    ids=["versions", "additions", "rollback", "promote"],
)
def test_a_content_command_on_a_database_path_whose_folder_is_missing_creates_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    """A typo in HYOSAN_DB must not give a new, empty database that no running bot reads."""
    env = plain_env(tmp_path) | {"HYOSAN_DB": str(tmp_path / "tpyo" / "hyosan.db")}
    result = run_cli(*command, env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert "for the database does not exist" in last_line_only(result.stderr)
    assert not (tmp_path / "tpyo").exists()


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"HYOSAN_RETENTION": "99999999999999999999d"}, "HYOSAN_RETENTION must be a duration"),
        ({"DISCORD_TOKEN": "abc def"}, "DISCORD_TOKEN has spaces or line breaks inside"),
        ({"HYOSAN_DEV_GUILD": "0"}, "HYOSAN_DEV_GUILD must be a guild id"),
    ],
)
def test_a_junk_setting_is_one_line_for_every_command(tmp_path: Path, env: dict[str, str], says: str) -> None:
    result = run_cli("db", "upgrade", env=plain_env(tmp_path) | env, cwd=tmp_path)
    assert result.returncode != 0
    assert says in last_line_only(result.stderr)


def test_a_config_file_whose_hyosan_key_is_not_a_table_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "hyosan.toml"
    config.write_text("hyosan = 5\n", encoding="utf-8")
    result = run_cli("db", "upgrade", env=plain_env(tmp_path) | {"HYOSAN_CONFIG": str(config)}, cwd=tmp_path)
    assert result.returncode != 0
    assert last_line_only(result.stderr) == f"hyosan: {config}: [hyosan] must be a table of settings, not 5"


def test_a_backup_never_replaces_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    upgraded_database(tmp_path)
    config = tmp_path / "hyosan.toml"
    config.write_text('[hyosan]\ntoken = "keep me"\n', encoding="utf-8")
    result = run_cli("db", "backup", str(config), env=plain_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    assert last_line_only(result.stderr) == (
        f"hyosan: backup failed: {config} exists and is not an SQLite database; give the backup a new file name"
    )
    assert config.read_text(encoding="utf-8") == '[hyosan]\ntoken = "keep me"\n'


def test_a_backup_to_a_folder_says_to_name_the_file(tmp_path: Path) -> None:
    upgraded_database(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    result = run_cli("db", "backup", str(folder), env=plain_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    assert last_line_only(result.stderr) == (
        f"hyosan: backup failed: {folder} is a folder; give the backup's file name, such as {folder / 'hyosan.db'}"
    )


def test_a_backup_may_replace_an_older_backup(tmp_path: Path) -> None:
    upgraded_database(tmp_path)
    target = tmp_path / "copy.db"
    assert run_cli("db", "backup", str(target), env=plain_env(tmp_path), cwd=tmp_path).returncode == 0
    again = run_cli("db", "backup", str(target), env=plain_env(tmp_path), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
