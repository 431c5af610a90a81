"""Fixed-window buckets answered the way Discord answers (developers/topics/rate-limits.mdx).

Every bucketed route answers X-RateLimit-Limit/Remaining/Reset/Reset-After/Bucket; a 429 adds
Retry-After, X-RateLimit-Scope and, for the global limit, X-RateLimit-Global. Buckets are keyed
by route and top-level resource (channel id, or webhook id + token), and the Bucket header names
the route only ("non-inclusive of top-level resources"), so routes that share a limit share a
name. Interaction callbacks have no bucket, and interaction routes (callbacks and the
/webhooks/{app}/{token} followup routes) are not bound to the global limit
(developers/interactions/receiving-and-responding.mdx, Endpoints).

Windows run on real (monotonic) time, plus every step a ManualClock was moved forward: a test or
the demo that moves the bot's clock a day on finds the windows of the day before long over, as a
bot that really waited a day would, instead of paying out 5-second windows for posts a day apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import time
from dataclasses import dataclass

from bot.clock import Clock, ManualClock
from bot.lazy_re import compile_later

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


# Routes without a per-route bucket still report headers; these values keep discord.py from
# pre-emptively sleeping (it only sleeps when Remaining reaches 0).
_FREE_HEADERS = {
    "X-RateLimit-Limit": "10000",
    "X-RateLimit-Remaining": "9999",
    "X-RateLimit-Reset-After": "1.000",
}

_MESSAGES = compile_later(r"^/channels/(\d+)/messages$")
_MESSAGE = compile_later(r"^/channels/(\d+)/messages/\d+$")
_REACTION = compile_later(r"^/channels/(\d+)/messages/\d+/reactions/[^/]+/@me$")
_WEBHOOK = compile_later(r"^/webhooks/(\d+)/([^/]+)(?:/messages/[^/]+)?$")


def bucket_hash(route: str) -> str:
    """An opaque per-route id, like Discord's (the same for every channel or token)."""
    return hashlib.sha1(route.encode()).hexdigest()[:32]


class RateLimiter:
    """Per-route buckets (message create/edit/delete per channel, DM opens, webhooks per token)
    and the global per-second bucket."""

    def __init__(self, limits: RateLimits, clock: Clock | None = None) -> None:
        self.limits = limits
        self.clock = clock
        self._global = Bucket(limits.global_per_second, 1.0)
        self._buckets: dict[tuple[str, str], Bucket] = {}
        self._seen: tuple[ManualClock, dt.datetime] | None = None
        self._skipped = 0.0

    def now(self) -> float:
        """Monotonic seconds plus the seconds a ManualClock has been moved forward since first read.
        A system clock adds nothing: it moves with monotonic time, which already counts. What else
        Discord forgets with time (a message's nonce) ages on it too."""
        clock = self.clock
        if isinstance(clock, ManualClock):
            now = clock.now()
            if self._seen is not None and self._seen[0] is clock:
                self._skipped += max((now - self._seen[1]).total_seconds(), 0.0)
            self._seen = (clock, now)
        return time.monotonic() + self._skipped

    def route(self, method: str, path: str) -> tuple[str, str, int, float] | None:
        """(route name, top-level resource, limit, window) for a bucketed route, else None."""
        lim = self.limits
        if method == "POST" and (m := _MESSAGES.match(path)):
            return "POST /channels/{id}/messages", m.group(1), lim.per_channel, lim.per_channel_window
        if method == "PATCH" and (m := _MESSAGE.match(path)):
            return "PATCH /channels/{id}/messages/{id}", m.group(1), lim.edits_per_channel, lim.edits_window
        if method == "DELETE" and (m := _MESSAGE.match(path)):
            return "DELETE /channels/{id}/messages/{id}", m.group(1), lim.deletes_per_channel, lim.deletes_window
        if method == "PUT" and (m := _REACTION.match(path)):
            name = "PUT /channels/{id}/messages/{id}/reactions/{emoji}/@me"
            return name, m.group(1), lim.reactions_per_channel, lim.reactions_window
        if method == "POST" and path == "/users/@me/channels":
            return "POST /users/@me/channels", "", lim.dm_opens, lim.dm_opens_window
        if m := _WEBHOOK.match(path):
            return "/webhooks/{id}/{token}", m.group(1) + "/" + m.group(2), lim.webhook_per_token, lim.webhook_window
        return None

    def check(self, method: str, path: str) -> tuple[Limited | None, dict[str, str]]:
        """Count one request. Returns (429 details or None, headers for the response)."""
        now = self.now()
        interaction_route = path.startswith(("/interactions/", "/webhooks/"))
        if not interaction_route:
            wait = self._global.hit(now)
            if wait > 0:
                return Limited(_round_up(wait), True, "global"), {"X-RateLimit-Global": "true"}
        found = self.route(method, path)
        if found is None:
            headers = dict(_FREE_HEADERS)
            headers["X-RateLimit-Reset"] = f"{time.time() + 1:.3f}"
            headers["X-RateLimit-Bucket"] = "sandbox-free"
            return None, headers
        name, resource, limit, window = found
        bucket = self._buckets.get((name, resource))
        if bucket is None:
            bucket = self._buckets[(name, resource)] = Bucket(limit, window)
        wait = bucket.hit(now)
        headers = bucket.headers(now, bucket_hash(name))
        if wait > 0:
            return Limited(_round_up(wait), False, "user"), headers
        return None, headers


def _round_up(seconds: float) -> float:
    # Discord reports retry_after with millisecond precision; never report 0.
    return max(math.ceil(seconds * 1000) / 1000, 0.001)
