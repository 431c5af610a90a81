"""One started bot shared by the tests of a module, each in a server of its own.

Starting a bot is most of what a short in-process test costs (~55 ms of CPU: database, content,
command sync). Tests that change only their own server (its marks, progress, settings, games, lore
additions) can share one: each gets a new server the running bot joins (Harness.new_server), so
nothing one test leaves behind is seen by another. Tests that change what the whole bot shares (its
clock, season 2's status) are marked `own_bot` and keep a bot of their own."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
import pytest_asyncio

from bot.config import SyncMode
from bot.harness import Harness


class SharedBot:
    """Started on the first test that asks for a server, in that test's (the module's) event loop."""

    def __init__(self, workdir: Path, *, prepare: Callable[[Harness], None] | None = None, **options: Any) -> None:
        """`options` as for Harness.start; `prepare` runs on every bot once started (the shared one,
        and each own_bot test's)."""
        self._workdir = workdir
        self._prepare = prepare or (lambda _bot: None)
        self._own_options = options
        # Commands global, as in production, so they run in every server the bot joins.
        self._options = {**options, "sync": SyncMode.GLOBAL}
        self._stack = contextlib.AsyncExitStack()
        self._bot: Harness | None = None

    async def started(self) -> Harness:
        if self._bot is None:
            self._bot = await self._stack.enter_async_context(Harness.start(self._workdir, **self._options))
            self._prepare(self._bot)
        return self._bot

    async def new_server(self) -> Harness:
        return await (await self.started()).new_server()

    @contextlib.asynccontextmanager
    async def server_for(self, request: pytest.FixtureRequest, workdir: Path) -> AsyncIterator[Harness]:
        """A new server of the shared bot; a bot of its own (started as the shared one, its commands
        synced to its server) for a test marked own_bot."""
        if request.node.get_closest_marker("own_bot") is None:
            yield await self.new_server()
            return
        async with Harness.start(workdir, **self._own_options) as harness:
            self._prepare(harness)
            yield harness

    async def __aenter__(self) -> SharedBot:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._stack.aclose()


def module_fixtures(workdir_name: str, **options: Any) -> tuple[Any, Any]:
    """A module's `shared` bot (SharedBot(…, **options), started once) and, for each test, a server of its own on it (a bot
    of its own for a test marked own_bot). Assign both at module level, the second under the name its tests ask for:
    `shared, hyosan = module_fixtures("lore")`."""

    @pytest_asyncio.fixture(scope="module", loop_scope="module")
    async def shared(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[SharedBot]:
        async with SharedBot(tmp_path_factory.mktemp(workdir_name), **options) as bot:
            yield bot

    @pytest_asyncio.fixture(loop_scope="module")
    async def server(request: pytest.FixtureRequest, shared: SharedBot, tmp_path: Path) -> AsyncIterator[Harness]:
        async with shared.server_for(request, tmp_path) as harness:
            yield harness

    return shared, server
