"""Logging, set up once: console plus a rotating file, and a filter that keeps the token out."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_configured = False


class RedactingFilter(logging.Filter):
    """Replaces any occurrence of the given secrets in a record's final message."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in self._secrets:
            redacted = redacted.replace(secret, "[token hidden]")
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


class LogFolderError(Exception):
    """The log folder can't be made or written; `message` is the one line for the operator."""

    def __init__(self, folder: Path, error: OSError) -> None:
        why = "it is not a folder" if isinstance(error, FileExistsError | NotADirectoryError) else (
            error.strerror or str(error)
        ).lower()
        self.message = (
            f"can't write the log in {folder} ({why}): set HYOSAN_LOG_DIR to a folder hyosan may write in, "
            "or to nothing to log to the console only"
        )
        super().__init__(self.message)


class ReconnectLine(logging.Filter):
    """discord.py logs every gateway reconnect with the exception's whole traceback; a reconnect
    is routine (an outage gives one every few seconds), so it becomes one line with the reason."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and str(record.msg).startswith("Attempting a reconnect"):
            error = record.exc_info[1]
            reason = " ".join(str(error).split()) or type(error).__name__
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {reason})"
            record.args = None
            record.exc_info = None
        return True


def setup_logging(
    *, level: int = logging.INFO, log_dir: Path | None = None, secrets: list[str] | None = None
) -> None:
    """Configure the root logger once; later calls only add new secrets to redact. LogFolderError
    when `log_dir` can't be made or written (nothing is configured then)."""
    global _configured
    root = logging.getLogger()
    redactor = RedactingFilter(secrets or [])
    if _configured:
        for handler in root.handlers:
            handler.addFilter(redactor)
        return
    file_handler: logging.Handler | None = None
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            file_handler = logging.handlers.RotatingFileHandler(
                log_dir / "hyosan.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
            )
        except OSError as exc:
            raise LogFolderError(log_dir, exc) from None
    _configured = True
    root.setLevel(level)
    formatter = logging.Formatter(_FORMAT)
    console = logging.StreamHandler()
    console.setFormatter(formatter)
    console.addFilter(redactor)
    root.addHandler(console)
    if file_handler is not None:
        file_handler.setFormatter(formatter)
        file_handler.addFilter(redactor)
        root.addHandler(file_handler)
    # discord.py's HTTP debug lines can echo headers; keep them at INFO at most.
    logging.getLogger("discord.http").setLevel(max(level, logging.INFO))
    logging.getLogger("discord.client").addFilter(ReconnectLine())
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
