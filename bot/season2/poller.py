"""The season-2 pollers (re-exported from bot.season2.sources.poller)."""

from bot.season2.sources.poller import (
    Poller,
    Pollers,
    PollOutcome,
    SourceHealth,
    backoff,
    health_of,
)

__all__ = ["PollOutcome", "Poller", "Pollers", "SourceHealth", "backoff", "health_of"]
