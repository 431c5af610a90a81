"""The gateway websocket: HELLO, heartbeats, IDENTIFY/READY, dispatch, RESUME with replay.

A Session outlives its websocket (so RESUME can replay what was missed); a Connection is one
websocket with its own writer task so frames go out in order without awaiting at dispatch time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web

from .models import JSON, encoded
from .payloads import guild_create_payload, member_payload, ready_payload
from .state import Store
from .waiting import bounded

log = logging.getLogger(__name__)

MESSAGE_CONTENT = 1 << 15
GUILD_MESSAGES = 1 << 9
GUILD_MEMBERS = 1 << 1
REPLAY_BUFFER = 2000
SESSION_TTL = 120.0  # seconds a disconnected session stays resumable
# Seconds before a HEARTBEAT_ACK goes out: Discord's ack crosses a network, ours would cross a loopback before
# discord.py's keep-alive thread has noted when it sent the heartbeat; it then measures the ack against the
# heartbeat before (latency = one interval: "Can't keep up, ... websocket is 41.3s behind" past 10 s).
HEARTBEAT_ACK_DELAY = 0.02

# A frame waiting in a connection's queue: text, or a close code.
_Frame = str | int


class Connection:
    def __init__(self, ws: web.WebSocketResponse) -> None:
        self.ws = ws
        self.queue: asyncio.Queue[_Frame | None] = asyncio.Queue()
        self.session: Session | None = None
        self.writer = asyncio.create_task(self._write())
        self.closed = asyncio.Event()
        self.server_closed = False  # we closed it (its close code then says nothing of the client)

    def send(self, frame: _Frame) -> None:
        self.queue.put_nowait(frame)

    def send_json(self, op: int, d: object) -> None:
        self.send(encoded({"op": op, "d": d}))

    async def _write(self) -> None:
        try:
            while True:
                frame = await self.queue.get()
                if frame is None:
                    return
                if isinstance(frame, int):
                    self.server_closed = True
                    await self.ws.close(code=frame)
                    return
                await self.ws.send_str(frame)
        except (ConnectionError, RuntimeError):  # client went away mid-write
            return


@dataclass
class Session:
    id: str
    intents: int
    identify: JSON
    shard: list[int]
    seq: int = 0
    buffer: deque[tuple[int, str]] = field(default_factory=lambda: deque(maxlen=REPLAY_BUFFER))
    conn: Connection | None = None
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    #: loop time the socket went away (sessions nobody resumes are forgotten after a while)
    detached_at: float | None = None

    def wants(self, guild_id: int | None) -> bool:
        if guild_id is None:
            return self.shard[0] == 0
        return (guild_id >> 22) % self.shard[1] == self.shard[0]


class Gateway:
    def __init__(self, store: Store, heartbeat_interval_ms: int) -> None:
        self.store = store
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.sessions: dict[str, Session] = {}
        self.connections: set[Connection] = set()
        self.identify_payloads: list[JSON] = []
        self.next_close: int | None = None
        self.ack_heartbeats = True
        self.ack_delay = HEARTBEAT_ACK_DELAY
        self.gateway_url = ""
        self.accepting = asyncio.Event()
        self.accepting.set()
        self.changed = asyncio.Event()  # pulsed whenever a session becomes ready

    # ---- dispatch ------------------------------------------------------------------------
    def dispatch(
        self,
        event: str,
        data: JSON,
        *,
        guild_id: int | None = None,
        intent: int = 0,
        variant: Callable[[Session], JSON | None] | None = None,
    ) -> None:
        """Send an op 0 event to every live session (buffered for replay when disconnected).

        ``intent``: sessions without that intent bit skip the event. ``variant``: a per-session
        payload override (e.g. content stripped without the message-content intent).
        """
        by_variant: dict[int, tuple[JSON, str]] = {}  # keeps each variant alive while its id is a key
        default = encoded(data)
        now = time.monotonic()
        stale = [
            s.id
            for s in self.sessions.values()
            if s.detached_at is not None and now - s.detached_at > SESSION_TTL
        ]
        for sid in stale:
            del self.sessions[sid]
        for session in self.sessions.values():
            if intent and not session.intents & intent:
                continue
            if not session.wants(guild_id):
                continue
            if guild_id is not None and not self.store.bot_in(guild_id):
                continue  # a server the bot was removed from sends it nothing
            body = default
            if variant is not None:
                alt = variant(session)
                if alt is not None:
                    cached = by_variant.get(id(alt))
                    if cached is None:
                        cached = by_variant[id(alt)] = (alt, encoded(alt))
                    body = cached[1]
            self._send_dispatch(session, event, body)

    def _send_dispatch(self, session: Session, event: str, body: str) -> None:
        session.seq += 1
        frame = f'{{"op":0,"t":"{event}","s":{session.seq},"d":{body}}}'
        session.buffer.append((session.seq, frame))
        if session.conn is not None:
            session.conn.send(frame)

    # ---- websocket handler ---------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.StreamResponse:
        await self.accepting.wait()
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        conn = Connection(ws)
        self.connections.add(conn)
        conn.send_json(10, {"heartbeat_interval": self.heartbeat_interval_ms})
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                try:
                    payload = json.loads(msg.data)
                except ValueError:
                    conn.send(4002)
                    break
                self._on_frame(conn, payload)
        finally:
            self.connections.discard(conn)
            session = conn.session
            if session is not None and session.conn is conn:
                session.conn = None
                session.detached_at = time.monotonic()
                session.ready.clear()
                # The client closing with 1000/1001 ends the session (as on Discord).
                if not conn.server_closed and ws.close_code in (1000, 1001):
                    self.sessions.pop(session.id, None)
            conn.queue.put_nowait(None)
            with contextlib.suppress(Exception):
                await conn.writer
            conn.closed.set()
        return ws

    def _on_frame(self, conn: Connection, payload: JSON) -> None:
        op = payload.get("op")
        d = payload.get("d")
        if op == 1:
            if self.ack_heartbeats:
                asyncio.get_running_loop().call_later(self.ack_delay, conn.send, '{"op":11}')
        elif op == 2 and isinstance(d, dict):
            self._identify(conn, d)
        elif op == 6 and isinstance(d, dict):
            self._resume(conn, d)
        elif op == 8 and isinstance(d, dict):
            self._request_members(conn, d)
        elif op in (3, 4):
            pass  # presence and voice state updates: accepted and ignored
        else:
            conn.send(4001)  # unknown opcode

    def _identify(self, conn: Connection, d: JSON) -> None:
        self.identify_payloads.append(d)
        if d.get("token") != self.store.token:
            conn.send(4004)
            return
        if self.next_close is not None:
            code, self.next_close = self.next_close, None
            conn.send(code)
            return
        shard = d.get("shard") or [0, 1]
        session = Session(
            id=secrets.token_hex(16),
            intents=int(d.get("intents", 0)),
            identify=d,
            shard=[int(shard[0]), int(shard[1])],
        )
        self.sessions[session.id] = session
        session.conn = conn
        conn.session = session
        guild_ids = [g for g in self.store.guilds if session.wants(g) and self.store.bot_in(g)]
        ready = ready_payload(self.store, session.id, self.gateway_url, session.shard, guild_ids)
        self._send_dispatch(session, "READY", encoded(ready))
        for gid in guild_ids:
            self._send_dispatch(session, "GUILD_CREATE", encoded(guild_create_payload(gid, self.store)))
        session.ready.set()
        self._pulse()

    def _resume(self, conn: Connection, d: JSON) -> None:
        session = self.sessions.get(str(d.get("session_id")))
        if session is None or d.get("token") != self.store.token:
            conn.send_json(9, False)
            return
        if session.conn is not None and session.conn is not conn:
            session.conn.send(4000)  # an old socket still attached: drop it
        session.conn = conn
        session.detached_at = None
        conn.session = session
        after = int(d.get("seq") or 0)
        for seq, frame in session.buffer:
            if seq > after:
                conn.send(frame)
        self._send_dispatch(session, "RESUMED", "{}")
        session.ready.set()
        self._pulse()

    def _request_members(self, conn: Connection, d: JSON) -> None:
        session = conn.session
        if session is None:
            return
        gid = int(d.get("guild_id", 0))
        members = [member_payload(m) for m in self.store.guild_members.get(gid, {}).values()]
        chunk = {
            "guild_id": str(gid),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
            "nonce": d.get("nonce"),
        }
        self._send_dispatch(session, "GUILD_MEMBERS_CHUNK", encoded(chunk))

    def _pulse(self) -> None:
        self.changed.set()
        self.changed = asyncio.Event()

    # ---- control ---------------------------------------------------------------------------
    def connected(self) -> list[Connection]:
        return [s.conn for s in self.sessions.values() if s.conn is not None]

    async def wait_ready(self, count: int, timeout: float) -> None:
        """Wait until at least ``count`` sessions are connected and past READY/RESUMED."""

        async def _wait() -> None:
            while sum(1 for s in self.sessions.values() if s.conn is not None and s.ready.is_set()) < count:
                await self.changed.wait()

        await bounded(_wait(), timeout)  # in the time this process could run (waiting.py)

    async def close_all(self) -> None:
        for conn in list(self.connections):
            conn.send(1001)
        for conn in list(self.connections):
            with contextlib.suppress(asyncio.TimeoutError):
                async with asyncio.timeout(2.0):
                    await conn.closed.wait()
