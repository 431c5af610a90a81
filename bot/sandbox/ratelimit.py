"""Fixed-window buckets answered the way Discord answers (headers on every response, 429 bodies)."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from .models import RateLimits


@dataclass
class Bucket:
    limit: int
    window: float
    count: int = 0
    reset_at: float = 0.0

    def hit(self, now: float) -> float:
        """Count a request; return 0 when allowed, or the seconds to wait when limited."""
        if now >= self.reset_at:
            self.count = 0
            self.reset_at = now + self.window
        if self.count >= self.limit:
            return self.reset_at - now
        self.count += 1
        return 0.0

    def headers(self, now: float, name: str) -> dict[str, str]:
        reset_after = max(self.reset_at - now, 0.0)
        remaining = max(self.limit - self.count, 0)
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": name,
        }


@dataclass
class Limited:
    retry_after: float
    is_global: bool
    scope: str


# Buckets that are not limited still report headers; these values keep discord.py from
# pre-emptively sleeping (it only sleeps when Remaining reaches 0).
_FREE_HEADERS = {
    "X-RateLimit-Limit": "10000",
    "X-RateLimit-Remaining": "9999",
    "X-RateLimit-Reset-After": "1.000",
}


class RateLimiter:
    """The per-channel message-create bucket and the global per-second bucket."""

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self._global = Bucket(limits.global_per_second, 1.0)
        self._channels: dict[int, Bucket] = {}

    def check(self, *, channel_id: int | None, exempt_global: bool) -> tuple[Limited | None, dict[str, str]]:
        """Count one request. Returns (429 details or None, headers for the response)."""
        now = time.monotonic()
        if not exempt_global:
            wait = self._global.hit(now)
            if wait > 0:
                return Limited(_round_up(wait), True, "global"), {"X-RateLimit-Global": "true"}
        if channel_id is None:
            headers = dict(_FREE_HEADERS)
            headers["X-RateLimit-Reset"] = f"{time.time() + 1:.3f}"
            headers["X-RateLimit-Bucket"] = "sandbox-free"
            return None, headers
        bucket = self._channels.get(channel_id)
        if bucket is None:
            bucket = self._channels[channel_id] = Bucket(
                self.limits.per_channel, self.limits.per_channel_window
            )
        wait = bucket.hit(now)
        headers = bucket.headers(now, "sandbox-channel-messages")
        if wait > 0:
            return Limited(_round_up(wait), False, "user"), headers
        return None, headers


def _round_up(seconds: float) -> float:
    # Discord reports retry_after with millisecond precision; never report 0.
    return max(math.ceil(seconds * 1000) / 1000, 0.001)
