"""Faults the local Discord injects on request: an error status for the next matching REST calls,
dropped gateway sessions (resume, re-identify, abrupt close), a refused IDENTIFY, heartbeats left
unacknowledged. Mixed into Sandbox like acting.UserActions (moved out of control.py at 587 lines).
"""

from __future__ import annotations

import asyncio
from typing import Literal

from .gateway import Gateway
from .models import JSON, SandboxError
from .server import Api, FailRule


class DiscordFaults:
    """The part of the Sandbox that makes Discord misbehave (mixed into Sandbox)."""

    api: Api
    gateway: Gateway

    # ---- faults ----------------------------------------------------------------------------
    def fail_next(
        self,
        method: str,
        path_glob: str,
        status: int,
        times: int = 1,
        body: JSON | None = None,
        retry_after: float = 0.05,
        global_: bool = False,
    ) -> None:
        """Answer the next ``times`` matching requests with ``status``.

        ``path_glob`` is an fnmatch pattern on the path after ``/api/v10`` (e.g.
        ``/channels/*/messages``); ``method`` may be ``*``. A 429 carries Via, retry_after,
        global and X-RateLimit-Scope, so discord.py retries it.
        """
        self.api.fail_rules.append(
            FailRule(method.upper(), path_glob, status, times, body, retry_after, global_)
        )

    async def disconnect(
        self,
        kind: Literal["reconnect", "invalid_session", "resumable_invalid_session", "close"] = "reconnect",
        *,
        hold: bool = False,
        timeout: float = 5.0,
    ) -> None:
        """Drop every connected bot session.

        reconnect: op 7 (client resumes); invalid_session: op 9 d=false (client re-identifies);
        close: abrupt close 4000 (client resumes). Returns once the sockets are closed. With
        ``hold``, new gateway connections wait until ``release_gateway()``, so a test can
        dispatch events while the bot is away and check they are replayed.
        """
        if hold:
            self.gateway.accepting.clear()
        conns = self.gateway.connected()
        for session in list(self.gateway.sessions.values()):
            conn = session.conn
            if conn is None:
                continue
            if kind == "reconnect":
                conn.send('{"op":7,"d":null}')
            elif kind == "invalid_session":
                self.gateway.sessions.pop(session.id, None)
                conn.send('{"op":9,"d":false}')
            elif kind == "resumable_invalid_session":
                conn.send('{"op":9,"d":true}')
            elif kind == "close":
                conn.send(4000)
            else:
                raise SandboxError(f"unknown disconnect kind {kind!r}")
        for conn in conns:
            try:
                async with asyncio.timeout(timeout):
                    await conn.closed.wait()
            except TimeoutError:
                raise SandboxError("a bot did not drop its gateway connection") from None

    def release_gateway(self) -> None:
        self.gateway.accepting.set()

    def close_with(self, code: int) -> None:
        """Answer the next IDENTIFY by closing with ``code`` (4004 bad token, 4014 intents)."""
        self.gateway.next_close = code

    def stop_heartbeat_acks(self, stop: bool = True) -> None:
        self.gateway.ack_heartbeats = not stop
