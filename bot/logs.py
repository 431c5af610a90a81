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


def setup_logging(
    *, level: int = logging.INFO, log_dir: Path | None = None, secrets: list[str] | None = None
) -> None:
    """Configure the root logger once; later calls only add new secrets to redact."""
    global _configured
    root = logging.getLogger()
    redactor = RedactingFilter(secrets or [])
    if _configured:
        for handler in root.handlers:
            handler.addFilter(redactor)
        return
    _configured = True
    root.setLevel(level)
    formatter = logging.Formatter(_FORMAT)
    console = logging.StreamHandler()
    console.setFormatter(formatter)
    console.addFilter(redactor)
    root.addHandler(console)
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_dir / "hyosan.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(formatter)
        file_handler.addFilter(redactor)
        root.addHandler(file_handler)
    # discord.py's HTTP debug lines can echo headers; keep them at INFO at most.
    logging.getLogger("discord.http").setLevel(max(level, logging.INFO))
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
