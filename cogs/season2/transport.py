"""The season-2 delivery transport: sends outbox rows through discord.py and maps its errors to
the dispatcher's outcomes (bot.season2.delivery.dispatcher knows nothing about discord.py).

Nothing here bounds a request with a timeout, and nothing may. In discord.py 2.7
(`discord/http.py`, `HTTPClient.request`), a 429 whose body says `"global": true` makes the client
call `self._global_over.clear()`, `await asyncio.sleep(retry_after)`, then `self._global_over.set()`,
with no try/finally around the sleep; every request first does `await self._global_over.wait()`
when the event is unset. A request cancelled during that sleep (an `asyncio.wait_for` running out,
a task cancelled) therefore never sets the event again, and every later REST call of the whole bot
(announcements, reminders, DMs, trivia posts) waits forever while slash commands, which answer
through the interaction webhook routes, still work. The dispatcher runs each row's conversation with
Discord in a task it never cancels and keeps its own deadline apart (dispatcher module docstring),
so a global 429 of any length delays the queue and never stops it. (The interaction webhook adapter,
`discord/webhook/async_.py`, has a like hazard: `AsyncDeferredLock.__aexit__` releases the bucket
lock only after a pre-emptive `asyncio.sleep`, so a cancelled followup can hold that token's lock.)

A row is rendered when it is sent, never when it was queued: `send` reads its audience
(cogs/season2/audience.py: the channel's spoiler mark, a thread's own or its parent's; a DM's
reader's progress) and the spoiler lexicon of the row's server as the last thing before the
request, so a post shows in the clear exactly what its reader may see at delivery.

`channel.send(nonce=...)` makes discord.py send `enforce_nonce: true`, so a resend of the same row
within Discord's nonce window returns the first message instead of a second one. Past the window,
`find_sent` looks for the message in the channel's history: fetched messages carry no nonce, so it
matches the bot's own messages posted after the earlier attempt by what the row renders to (content
and embed), read with its spoiler bars and escapes set aside: the earlier attempt may have been
rendered for another mark.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from typing import Any

import aiohttp
import discord

from bot.outbox import parse_target
from bot.permissions import LOCKED_THREAD_NEED, PRIVATE_THREAD_NEED, THREAD_LOCKED, missing_to_post
from bot.season2.delivery.dispatcher import Outcome, Pace, SendResult
from bot.season2.model.delivery import OutboxEntry
from bot.show import NOTHING, Position
from cogs.places import place_of
from cogs.roles import role_still_there
from cogs.season2.audience import Audiences
from cogs.season2.notices import NoticeChannel, places
from cogs.season2.notices import refused as refused_here
from cogs.season2.render_claims import Reads
from cogs.season2.render_posts import confirmed_embed, date_confirmed, date_move, render_row, struck_embed

#: Messages read after the earlier attempt when looking for a row's message (one request).
LOOKUP_MESSAGES = 100
#: The bot's earlier posts looked at for a date that moved (one request).
STRIKE_LOOKBACK = 50

log = logging.getLogger(__name__)

ReadsFor = Callable[[int | None], Awaitable[Reads]]


class DiscordTransport:
    """Delivers outbox rows with discord.py; maps its errors to the dispatcher's outcomes.

    discord.py itself waits out 429s (up to max_ratelimit_timeout) and retries 5xx a few times;
    what still fails comes back here as retry_later.
    """

    def __init__(
        self, client: discord.Client, audiences: Audiences, reads_for: ReadsFor, notice_channel: NoticeChannel | None = None
    ) -> None:
        self.client = client
        self.audiences = audiences
        # The spoiler lexicon of a server's content (None: the bot's DMs): what a headline gives away.
        self.reads_for = reads_for
        # The channel a server's moderators chose for notices (cogs/season2/notices.py).
        self.notice_channel = notice_channel

    async def send(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        if parse_target(row.target).kind == "notice":
            return await self._send_notice(row, payload, pace)
        try:
            channel = await self._channel(row, payload, pace)
            if channel is None:
                return SendResult(Outcome.TARGET_GONE, error="nowhere to send it")
            if self._drops_embeds(row):  # Discord would post the role ping alone: not sent, the moderators told
                lacking = tuple(self._missing(row)) or ("Embed Links",)
                return SendResult(Outcome.FORBIDDEN, error=_lacking_error(None, lacking), missing=lacking)
            message = await self._post(row, payload, channel, pace)
            moved = date_move(payload) if row.kind == "announcement" else None
            confirmed = date_confirmed(payload) if row.kind == "announcement" else None
            if moved is not None:
                await self._edit_earlier(channel, message, lambda embed: struck_embed(embed, *moved), pace)
            elif confirmed is not None:  # a source polled confirmed it: what said "reported" here says so
                # dated when the bot learned it (the row was queued then), as /season2set report's own edit
                # (confirmations.mark_confirmed) dates it: whichever edits first, the post shows one day.
                # The transition's time is the claims' own, a day without its hour for a report dated "today".
                before, after = confirmed
                on = row.created_at
                await self._edit_earlier(channel, message, lambda embed: confirmed_embed(embed, after, on, before), pace)
            return SendResult(Outcome.SENT, message_id=message.id)
        except discord.Forbidden as exc:
            missing = self._missing(row)
            if not missing and exc.code == THREAD_LOCKED:
                # A locked thread drops out of discord.py's cache, so only the error says why.
                missing = [LOCKED_THREAD_NEED[0]]
            elif not missing and exc.code == 50001 and self._private_thread(row):
                # Missing Access where nothing its parent denies: the bot was taken out of the private thread
                missing = [PRIVATE_THREAD_NEED]
            if not missing:
                return _failure(exc)
            return SendResult(Outcome.FORBIDDEN, error=_lacking_error(exc.code, missing), missing=tuple(missing))
        except Exception as exc:
            return _failure(exc)

    async def _post(
        self, row: OutboxEntry, payload: dict[str, Any], channel: discord.abc.Messageable, pace: Pace
    ) -> discord.Message:
        """The row rendered for its reader here, as it stands now, and sent."""
        reads = await self.reads_for(row.guild_id)
        await pace()
        audience = await self._audience(row, channel, pace)  # the last read before the request
        payload = self._pinging(row, payload)
        content, embed, mentions = render_row(row.kind, payload, reads, audience, self._place(row, channel))
        return await channel.send(content=content, embed=embed, nonce=row.nonce, allowed_mentions=mentions)

    def _pinging(self, row: OutboxEntry, payload: dict[str, Any]) -> dict[str, Any]:
        """The payload with its role left out once the server deleted it: never "@deleted-role" to every member."""
        role_id = payload.get("role_id")
        guild = None if row.guild_id is None else self.client.get_guild(row.guild_id)
        if isinstance(role_id, int) and not role_still_there(guild, role_id):
            return {**payload, "role_id": None}
        return payload

    async def _send_notice(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> SendResult:
        """A notice for the moderators, at the first of its places that takes it (notices.places): a
        place that refuses it (403, 404) hands it to the next; none left keeps it (the dispatcher)."""
        refused: list[str] = []
        try:
            async with contextlib.aclosing(self._places(row, payload, pace)) as found:
                async for channel in found:
                    try:
                        message = await self._post(row, payload, channel, pace)
                    except discord.HTTPException as exc:
                        if not refused_here(exc):
                            raise
                        refused.append(f"{exc.status} {exc.code}")
                        continue
                    return SendResult(Outcome.SENT, message_id=message.id)
        except Exception as exc:
            return _failure(exc)
        error = "no place for moderators' notices" + (f" (refused: {', '.join(refused)})" if refused else "")
        return SendResult(Outcome.TARGET_GONE, error=error)

    async def _edit_earlier(
        self, channel: discord.abc.Messageable, message: discord.Message,
        change: Callable[[discord.Embed], discord.Embed | None], pace: Pace,
    ) -> None:
        """The bot's earlier posts here (the announcement, the countdown) brought up to date by `change`:
        a date that moved struck through, with the new one; a reported date now confirmed. Best effort:
        the new post is out, and a post that cannot be read or edited stays as it was."""
        me = self.client.user
        try:
            await pace()
            async for earlier in channel.history(limit=STRIKE_LOOKBACK, before=message):
                if me is None or earlier.author.id != me.id or not earlier.embeds:
                    continue
                changed = change(earlier.embeds[0])
                if changed is not None:
                    await pace()
                    await earlier.edit(embed=changed, allowed_mentions=discord.AllowedMentions.none())
        except Exception as exc:  # the new post is out: nothing here may make the row look unsent (a resend)
            log.info("season2: earlier posts in %s were left as they were (%r)", getattr(channel, "id", "?"), exc)

    def _drops_embeds(self, row: OutboxEntry) -> bool:
        """Whether the bot may post in a row's channel but not embed (from the cache): Discord then drops
        the embed and posts what is left, a role ping or nothing. Only a bot that may send is asked
        (without Send Messages discord.py takes Embed Links away too, and Discord answers with a 403)."""
        target = parse_target(row.target)
        channel = self.client.get_channel(target.id) if target.kind == "channel" else None
        if not isinstance(channel, discord.abc.GuildChannel | discord.Thread) or channel.guild.me is None:
            return False
        try:
            allowed = channel.permissions_for(channel.guild.me)
        except discord.ClientException:  # a thread whose parent is not cached: Discord's answer decides
            return False
        return allowed.send_messages and not allowed.embed_links

    def _cached(self, row: OutboxEntry) -> Any:
        """A row's channel as the cache knows it (no request), or None."""
        target = parse_target(row.target)
        return self.client.get_channel(target.id) if target.kind == "channel" else None

    def _private_thread(self, row: OutboxEntry) -> bool:
        channel = self._cached(row)
        return isinstance(channel, discord.Thread) and channel.type is discord.ChannelType.private_thread

    def _missing(self, row: OutboxEntry) -> list[str]:
        """What the bot lacks to post in a row's channel (from the cache: no request), or nothing known."""
        channel = self._cached(row)
        if not isinstance(channel, discord.abc.GuildChannel | discord.Thread) or channel.guild.me is None:
            return []
        return missing_to_post(channel, channel.guild.me)

    def _place(self, row: OutboxEntry, channel: discord.abc.Messageable) -> str:
        """What a test post calls where it is (only it names it): "thread" in a thread the cache knows
        (else "channel": a partial channel does not say, and asking Discord would cost a request)."""
        if row.kind == "reminder" and row.target.startswith("dm:"):
            return "dm"  # a fan's countdown says whose it is and how to stop
        if row.kind != "test":
            return "channel"
        known = self.client.get_channel(getattr(channel, "id", 0))
        return place_of(known if known is not None else channel)

    async def _audience(self, row: OutboxEntry, channel: discord.abc.Messageable, pace: Pace) -> Position:
        """What the reader of this post may see in the clear, as it stands now."""
        if isinstance(channel, discord.DMChannel):
            recipient = channel.recipient
            return await self.audiences.of_user(recipient.id) if recipient is not None else NOTHING
        if isinstance(channel, discord.PartialMessageable | discord.abc.GuildChannel | discord.Thread):
            return await self.audiences.of_channel(channel.id, pace)
        return NOTHING

    async def find_sent(
        self, row: OutboxEntry, payload: dict[str, Any], since: dt.datetime, pace: Pace
    ) -> SendResult | None:
        reads = await self.reads_for(row.guild_id)
        me = self.client.user
        try:
            if me is None:
                return None
            if parse_target(row.target).kind == "notice":
                # A notice may have gone to any of its places (the DM, when the chosen channel refused it).
                async with contextlib.aclosing(self._places(row, payload, pace)) as found:
                    async for channel in found:
                        if (sent := await self._sent_in(row, payload, channel, since, reads, me.id, pace)) is not None:
                            return sent
                return None
            place = await self._channel(row, payload, pace)
            return None if place is None else await self._sent_in(row, payload, place, since, reads, me.id, pace)
        except Exception as exc:
            return _failure(exc)

    async def _sent_in(
        self, row: OutboxEntry, payload: dict[str, Any], channel: discord.abc.Messageable, since: dt.datetime,
        reads: Reads, me: int, pace: Pace,
    ) -> SendResult | None:
        """The row's message among the bot's recent ones in `channel` (by nonce, or by what it says)."""
        content, embed, _ = render_row(row.kind, self._pinging(row, payload), reads, NOTHING, self._place(row, channel))
        wanted = _fingerprint(content, [embed])
        try:
            await pace()
            async for message in channel.history(limit=LOOKUP_MESSAGES, after=since):
                if message.author.id != me:
                    continue
                if str(message.nonce or "") == row.nonce or _fingerprint(message.content, message.embeds) == wanted:
                    return SendResult(Outcome.SENT, message_id=message.id)
        except discord.Forbidden:
            return None  # no history to read here: the send itself will say what is wrong
        return None

    async def _channel(
        self, row: OutboxEntry, payload: dict[str, Any], pace: Pace
    ) -> discord.abc.Messageable | None:
        target = parse_target(row.target)
        if target.kind == "channel":
            return self.client.get_partial_messageable(target.id)
        if target.kind == "dm":
            return await self._dm(target.id, pace)
        return None  # a notice has places, tried in turn (_send_notice, find_sent)

    def _places(self, row: OutboxEntry, payload: dict[str, Any], pace: Pace) -> AsyncGenerator[discord.abc.Messageable, None]:
        return places(self.client, parse_target(row.target).id, payload, self.notice_channel,
                      lambda user_id: self._dm(user_id, pace))

    async def _dm(self, user_id: int, pace: Pace) -> discord.abc.Messageable:
        user = self.client.get_user(user_id)
        if user is not None and user.dm_channel is not None:
            return user.dm_channel
        await pace()
        return await self.client.create_dm(discord.Object(user_id))


def _fingerprint(content: str | None, embeds: list[discord.Embed]) -> tuple[object, ...]:
    """What a message says, in a form that survives the round trip through Discord and does not
    depend on the mark it was rendered for: spoiler bars, escapes and the space that breaks a
    link inside bars are set aside (a part in the clear and the same part hidden read alike)."""

    def text(value: object) -> str:
        shown = str(value or "").replace("\\", "").replace("|", "").replace("] (", "](")
        return shown.strip()

    shown: list[object] = [text(content)]
    for embed in embeds:
        shown.append((
            text(embed.title), text(embed.description), text(embed.footer.text),
            tuple((text(f.name), text(f.value)) for f in embed.fields),
        ))
    return tuple(shown)


def _lacking_error(code: int | None, missing: Sequence[str]) -> str:
    """A refusal recorded with what the bot lacks (render_claims.plain_error names it to moderators;
    Discord's code is kept for the log)."""
    return f"403 {code or '-'} missing permissions: " + "; ".join(missing)


def _failure(exc: Exception) -> SendResult:
    if isinstance(exc, discord.Forbidden):
        return SendResult(Outcome.FORBIDDEN, error=f"403 {exc.code}: {exc.text}"[:300])
    if isinstance(exc, discord.NotFound):
        return SendResult(Outcome.TARGET_GONE, error=f"404 {exc.code}: {exc.text}"[:300])
    if isinstance(exc, discord.RateLimited):
        return SendResult(Outcome.RETRY_LATER, retry_after=exc.retry_after, error="rate limited")
    if isinstance(exc, discord.DiscordServerError):
        return SendResult(Outcome.RETRY_LATER, error=f"{exc.status} server error")
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429 or exc.status >= 500:
            return SendResult(Outcome.RETRY_LATER, error=f"{exc.status}: {exc.text}"[:300])
        return SendResult(Outcome.REJECTED, error=f"{exc.status} {exc.code}: {exc.text}"[:300])
    if isinstance(exc, aiohttp.ClientError | OSError | TimeoutError):
        return SendResult(Outcome.RETRY_LATER, error=f"network: {exc}"[:300])
    raise exc
