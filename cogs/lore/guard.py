"""The spoiler guard on Discord: members' messages in a guarded channel read against its mark.

A message (MESSAGE_CREATE, or an edit: MESSAGE_UPDATE) whose text, as shown before a click, gives
away more than the channel's mark allows (bot/lore/guard.py) is deleted when the bot may (Manage
Messages), and a notice names its author without pinging them, with all they wrote behind spoiler
bars through the one spoiler renderer (bot/spoilers.py), made inert (bot/text.py). The notice is
posted first and the message deleted after, so the member's words are never lost: a notice Discord
refuses leaves the message where it was (then warned about), a refused deletion takes the notice
back. A message with attachments or stickers is warned about, never deleted (they cannot be posted
again), unless it is a forward whose original the bot can still read (below); where the bot may
post nothing at all, the message is left as it is. Without Manage Messages it answers the message
with a warning that repeats none of it, and the next moderator who uses /spoilers in that server is
told once, privately (as a daily trivia question turned off is).

A forward (Discord's "Forward") has no content of its own: its text is the forwarded message's, in
its snapshot, with its embeds' words (a bot's answer forwarded), and is read all the same; past the
mark the notice re-posts it behind bars as "forwarded by" the member (the words are not theirs), or
the warning asks to copy it inside bars (a forward cannot be put behind bars itself). A forward
is a copy: when it carries a picture, a sticker or a file (or an embed's picture), it is taken down
only while its original is still there for the bot to read, and the notice says what it had and
links the original (no preview: the notice is sent with its embeds suppressed); otherwise warned.

A reply (message_reference type 0) is read with the message it replies to, as Discord sends it with
the reply (fetched only when it does not, and never without Read Message History): "no" to "is nam-ra ok
at the end?" gives her ending away (bot/lore/guard_answers.py). A question gone (the guard took it down,
or a moderator deleted or purged it while discord.py had it) is read as it was, for a few minutes
(bot/lore/guard_gone.py); gone unseen, or out of reach, the reply is read alone. A question's edit reads its replies again. A reply to a bump or a
question back ("anyone??", "what ep are you on" / "4") is read with the question up its chain; a plain
short message in a thread with the question the thread asks (its name, or its opening message when cached); a
plain bare answer ("yeah 😭" 20 s after "does cheongsan die?") with its channel's last question, another member's,
asked just above it (bot/lore/guard_recent.py).
The notice re-posts only the reply, behind bars: the question is the asker's, never posted again; the
episode it gives away is behind bars too, as under "when does cheong-san die?" it would be the answer.

Bots' messages (hyosan's own among them), webhooks and system messages are never read (a bot's line is only noted
where a member just asked, so a "yes" under it answers the bot). Every
request goes through discord.py's HTTP client, which keeps to Discord's rate limits per route (it
waits before a bucket runs out, from the limits Discord's answers state), as every other post of the
bot does. The guard adds no limiter of its own: it only takes one channel's messages one at a time
(`_turns`), so a burst's requests reach a bucket in order, each after the answer that tells what is
left, instead of all at once before any answer has: a burst of spoilers is deleted and answered as
fast as Discord allows, never faster. Each notice is sent with a
nonce made from the message's id, so a message delivered twice (an edit, a resumed gateway) is
answered once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import AsyncIterator
from typing import NamedTuple

import discord
from discord.ext import commands

from bot.app import Hyosan
from bot.lore.guard import GuardStore, Spoiled, judge
from bot.lore.guard_chain import asked_up, thread_asks
from bot.lore.guard_gone import Gone, GoneMessages
from bot.lore.guard_recent import RecentAsks
from bot.lore.progress import ProgressStore
from bot.permissions import missing_permissions, permission_list, posting_needs
from bot.show import NOTHING, Position
from bot.spoilers import Reads, hide_quoted
from bot.text import quote_user_lines
from cogs.places import place_of
from db import StorageError

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()
MESSAGE_LIMIT = 2000
READ_TYPES = (discord.MessageType.default, discord.MessageType.reply)
#: A message this long is read in a worker thread, not on the event loop: measured on a loaded machine, reading a
#: 4,000-character one on the loop held a 10 ms timer (the gateway's heartbeat, other commands) back 430-475 ms, beside
#: it 45-76 ms (the GIL is let go every 5 ms). A short one, nearly every message, is read at once on the loop.
LONG_READ = 1000
CHAIN = 3  # replies up a chain read for its question: a bump or a question back between, not a conversation


async def _judged(words: str, mark: Position | None, reads: Reads, *, replying_to: str = "") -> Spoiled | None:
    """`judge`'s reading, a long message's (LONG_READ) in a worker thread."""
    if len(words) < LONG_READ:
        return judge(words, mark, reads, replying_to=replying_to)
    return await asyncio.to_thread(judge, words, mark, reads, replying_to=replying_to)


def _episode(position: Position) -> str:
    """"season 1, episode 12 (S1E12)"; a season named without its episode, "all of season 2", as that."""
    label = position.label
    return label if label.startswith("all of") else f"{label} ({position})"


def _given(spoiled: Spoiled) -> str:
    """The episode a message gives away, behind bars when it gives it away only as an answer: the question
    stays in the channel, and "when does cheong-san die?" above "it gives away S1E11" would answer it."""
    return f"||{_episode(spoiled.spoils)}||" if spoiled.answering else _episode(spoiled.spoils)


def _mark_words(mark: Position) -> str:
    return "has no spoiler mark, so nothing is discussed openly here" if mark == NOTHING else (
        f"is spoiler-safe up to {_episode(mark)}")


CONTINUED = "🛡️ (continued) "


class Original(NamedTuple):
    """Where a forward's pictures and files still are: what it had ("a picture and a file") and its original's link."""

    had: str
    url: str


def notice_texts(author_id: int, spoiled: Spoiled, place: str, text: str, *, forwarded: bool = False,
                 original: Original | None = None) -> list[str]:
    """The notice for a message taken down: who wrote it (named, not pinged), what it gives away,
    the mark, and ALL their words behind spoiler bars (the notice is the only copy left), in as
    many messages as it takes. A forward's words are someone else's: shown as forwarded by the member;
    what it had besides words is at its `original`, linked."""
    answering = " read with the question it answers," if spoiled.answering else ""
    head = (f"🛡️ <@{author_id}>, your message was taken down:{answering} it gives away {_given(spoiled)}, "
            f"and this {place} {_mark_words(spoiled.mark)}. What you wrote, behind a spoiler:\n")
    if forwarded:
        kept = f" It had {original.had}, still there in the original: {original.url}" if original else ""
        head = (f"🛡️ A message forwarded by <@{author_id}> was taken down: it gives away {_given(spoiled)}, "
                f"and this {place} {_mark_words(spoiled.mark)}.{kept} What it said, behind a spoiler:\n")
    notices: list[str] = []
    rest = text.strip()
    while rest:
        piece, quoted = _piece(rest, MESSAGE_LIMIT - len(head))
        notices.append(head + quoted)
        rest, head = rest[len(piece):].lstrip(), CONTINUED
    return notices or [head]


def _piece(text: str, room: int) -> tuple[str, str]:
    """The longest start of `text` that, made inert and behind bars, fits `room` (cut at a space when
    one is near), and it so quoted."""
    size = len(text)
    while True:
        piece = text[:size]
        line_end = piece.rfind("\n")  # between lines rather than words where a line ends late enough
        if size < len(text) and (cut := line_end if line_end > size // 2 else piece.rfind(" ")) > size // 2:
            piece = text[:cut]
        quoted = hide_quoted(quote_user_lines(piece))
        if len(quoted) <= room or size == 1:
            return piece, quoted
        size = max(1, min(size - 1, size * room // len(quoted)))


def warning_text(spoiled: Spoiled, place: str, *, forwarded: bool = False, unreplied: discord.Message | None = None) -> str:
    """The answer to a message the bot may not take down: nothing of it repeated. A forward cannot
    be put behind bars itself: its text can, copied. Posted `unreplied` (not as a reply: Discord
    refuses a reply without Read Message History), it names the message's author (no ping) and links it."""
    what, again = ("This forwarded message", "copy its text inside spoiler bars") if forwarded else (
        "This message", "post it again inside spoiler bars")
    if unreplied is not None:
        what = f"<@{unreplied.author.id}>, [your {'forwarded ' if forwarded else ''}message]({unreplied.jump_url})"
    return (f"⚠️ {what} gives away {_given(spoiled)}, and this {place} {_mark_words(spoiled.mark)}. "
            f"Please delete it, or {again}: `||like this||`.")


def said(message: discord.Message) -> tuple[str, bool]:
    """What a message shows as its member's text, and whether it is a forward: a forward has no
    content of its own, its text is the forwarded message's (its snapshot), its embeds' words with
    it (a bot's answer forwarded shows them in the clear), all shown as the channel reads them."""
    forwarded = "\n".join(part for snapshot in message.message_snapshots
                          for part in (snapshot.content, *map(_embed_words, snapshot.embeds)) if part)
    return "\n".join(part for part in (message.content, forwarded) if part), bool(message.message_snapshots)


def _embed_words(embed: discord.Embed) -> str:
    """An embed's words as shown, one part a line: its author, title, description, fields, footer."""
    fields = (words for field in embed.fields for words in (field.name, field.value))
    return "\n".join(part for part in (embed.author.name, embed.title, embed.description, *fields, embed.footer.text)
                     if part)


def carries_more(message: discord.Message) -> bool:
    """Whether it carries what cannot be posted again (a picture, a sticker, a file), itself or in what it
    forwards (an embed's picture too)."""
    return bool(message.attachments or message.stickers or what_it_had(message))


KINDS = {"image": "picture", "video": "video"}  # an attachment's content type -> its name; any other is "a file"


def what_it_had(message: discord.Message) -> str:
    """What a forward had besides words, as the notice names it: "a picture", "2 pictures and a file"."""
    kinds: Counter[str] = Counter()
    for snapshot in message.message_snapshots:
        kinds.update(KINDS.get((attachment.content_type or "").partition("/")[0], "file") for attachment in snapshot.attachments)
        kinds.update("sticker" for _ in snapshot.stickers)
        kinds.update("picture" for embed in snapshot.embeds if embed.image.url or embed.thumbnail.url)
    named = [f"{count} {kind}s" if count > 1 else f"a {kind}" for kind, count in kinds.items()]
    return f"{', '.join(named[:-1])} and {named[-1]}" if len(named) > 1 else "".join(named)


def lacking_text(channel_ids: list[int], missing: list[str]) -> str:
    """For the next moderator: where the guard could only warn, and what it lacks there now (both
    when that is not known: since given back, or the channel not cached)."""
    where = ", ".join(f"<#{channel_id}>" for channel_id in channel_ids)
    names = missing or ["Manage Messages", "Send Messages"]
    return (f"The spoiler guard could not take spoilers down in {where}: I need {permission_list([f'**{n}**' for n in names])} "
            f"there. Until I have {'it' if len(names) == 1 else 'them'}, such messages stay up (answered with a warning "
            "where I may post).")


def guard_lacks(guild: discord.Guild | None, channel_ids: list[int]) -> list[str]:
    """What the guard lacks now in any of `channel_ids` to post a message again and take it down, named
    as the server's settings name it (in a forum, its posts are threads)."""
    names: list[str] = []
    for channel_id in channel_ids:
        channel = None if guild is None else guild.get_channel_or_thread(channel_id)
        if guild is None or channel is None:
            continue
        needed = [("View Channel", "view_channel"), ("Send Messages in Threads", "send_messages_in_threads")] if isinstance(
            channel, discord.ForumChannel) else posting_needs(channel, embeds=False)
        for name in missing_permissions(channel, guild.me, [*needed, ("Manage Messages", "manage_messages")]):
            if name not in names:
                names.append(name)
    return names


def may_answer(place: object, allowed: discord.Permissions) -> bool:
    """Whether the bot may post where members' messages in `place` are: in a thread, and in a forum's posts, that takes
    Send Messages in Threads."""
    return allowed.send_messages_in_threads if isinstance(place, (discord.Thread, discord.ForumChannel)) else allowed.send_messages


def _parent(channel: object) -> int | None:
    """The channel a thread belongs to; None for a channel."""
    return channel.parent_id if isinstance(channel, discord.Thread) else None


def may_read_back(message: discord.Message) -> bool:
    """Whether the bot may fetch the messages before `message` (Read Message History, as the channel's overwrites
    leave it; a thread's are its parent's)."""
    channel, guild = message.channel, message.guild
    if guild is None or not isinstance(channel, (discord.abc.GuildChannel, discord.Thread)):
        return False
    return channel.permissions_for(guild.me).read_message_history


class SpoilerGuard(commands.Cog):
    """The guard's listener; the Lore cog's /spoilers turns it on and off (the same stores)."""

    def __init__(self, bot: Hyosan, progress: ProgressStore, guards: GuardStore) -> None:
        self.bot = bot
        self.progress = progress
        self.guards = guards
        self._waiting: dict[int, tuple[asyncio.Lock, int]] = {}  # channel -> its lock, and how many hold or wait
        self.gone = GoneMessages(bot.clock)  # questions taken down or deleted: their answers are read with them
        self.recent = RecentAsks(bot.clock, bot.content.gender_of)  # each guarded channel's last few messages, for a plain answer's question

    @contextlib.asynccontextmanager
    async def _turn(self, channel_id: int) -> AsyncIterator[None]:
        """One message of a channel at a time; the lock goes once nobody waits for it."""
        lock, count = self._waiting.get(channel_id, (asyncio.Lock(), 0))
        self._waiting[channel_id] = (lock, count + 1)
        try:
            async with lock:
                yield
        finally:
            lock, count = self._waiting[channel_id]
            if count == 1:
                del self._waiting[channel_id]
            else:
                self._waiting[channel_id] = (lock, count - 1)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        await self._read(message, new=True)

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """An edit that adds a spoiler, itself or to the answers it drew ("does he die?" made "does cheongsan
        die?" over its "yes 😭": its replies discord.py still has, and the plain answers sent under it within a few
        minutes, are read again with it). Only the owner acts
        (bot.ownership: MESSAGE_UPDATE is not gated as MESSAGE_CREATE is); an update that leaves the text as it
        was (an embed unfurled) is no new reading."""
        before = payload.cached_message
        if not self.bot.ownership.owner or (before is not None and before.content == payload.message.content):
            return
        await self._read(payload.message)
        for reply in [m for m in self.bot.cached_messages if m.channel.id == payload.channel_id and m.reference
                      and m.reference.message_id == payload.message_id and m.type == discord.MessageType.reply]:
            await self._read(reply)

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        """A member's message a moderator deleted from a guarded channel, as discord.py had it: a reply to it
        arrives with no message to read it with. Not cached (older, or the bot restarted): nothing to keep."""
        if payload.cached_message is not None:
            await self._keep_gone([payload.cached_message])

    @commands.Cog.listener()
    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        """A moderator's purge: each question in it discord.py had is kept as a single deletion keeps it (the
        replies it drew were perhaps purged with it, perhaps not)."""
        await self._keep_gone(payload.cached_messages)

    async def _keep_gone(self, messages: list[discord.Message]) -> None:
        """Members' messages deleted from one guarded channel, as discord.py had them."""
        kept = [(m, text) for m in messages if m.guild is not None and not m.author.bot and (text := said(m)[0])]
        if not kept or not await self._guarded(kept[0][0].channel):
            return
        for message, text in kept:
            self.gone.remember(message.channel.id, message.id, text, message.author.id)

    async def _read(self, message: discord.Message, *, new: bool = False) -> None:
        """A member's message read in its turn; a `new` one (not an edit) is noted as its channel's latest, and a plain
        one read with the question it may answer just above it (bot/lore/guard_recent.py)."""
        guild = message.guild
        if guild is None or message.type not in READ_TYPES or not said(message)[0]:
            return
        channel = message.channel
        if message.author.bot or message.webhook_id is not None:
            # never read, only noted where a member just asked (a guarded channel; elsewhere no lock is taken): a "yes"
            # under it answers it, not them
            if new and await self._guarded(channel):
                async with self._turn(channel.id):
                    self.recent.notes(channel.id, message.author.id, said(message)[0])
            return
        if not await self._guarded(channel):
            return  # the common case, at no cost: a channel not guarded
        async with self._turn(channel.id):
            again: list[tuple[int, str]] = []
            if new:
                above = self.recent.follows(channel.id, message.author.id, said(message)[0], message.id)
            else:  # an edit: "does he die?" made "does cheongsan die?" is what a "yes 😭" after it answers
                again = self.recent.edited(channel.id, message.id, said(message)[0])
                above = ""
            await self._judge(message, guild, _parent(channel), above)
            for answer_id, asked in again:  # the fresh plain answers already under it, read with it as edited
                if (answer := next((m for m in self.bot.cached_messages if m.id == answer_id), None)) is not None:
                    await self._judge(answer, guild, _parent(channel), asked)

    async def _guarded(self, channel: discord.abc.MessageableChannel) -> bool:
        """Whether the guard is on in `channel`; a database fault reads as off (logged once by the database)."""
        try:
            return await self.guards.source(channel.id, _parent(channel)) is not None
        except StorageError:
            return False

    async def _judge(self, message: discord.Message, guild: discord.Guild, parent: int | None, above: str = "") -> None:
        channel = message.channel
        try:
            source = await self.guards.source(channel.id, parent)
            if source is None:
                return
            mark = await self.progress.reply_gate(guild.id, channel.id, message.author.id, public=True, parent_id=parent)
            words, forwarded = said(message)
            reads = await self.bot.content.reads_for(guild.id)
            spoiled = await _judged(words, mark, reads)
            if spoiled is None and message.type == discord.MessageType.reply:
                spoiled = await _judged(words, mark, reads, replying_to=await self._asked_up(message))
            elif spoiled is None and isinstance(channel, discord.Thread) and message.id != channel.id:
                opening = channel.starter_message  # cached only: never a request per message of a thread
                spoiled = await _judged(words, mark, reads, replying_to=thread_asks(channel.name, said(opening)[0] if opening else "", words))
            if spoiled is None and above and message.type != discord.MessageType.reply and not forwarded:
                spoiled = await _judged(words, mark, reads, replying_to=above)  # "yeah 😭" sent plainly under "does cheongsan die?"
            if spoiled is None:
                return
            if not isinstance(channel, (discord.abc.GuildChannel, discord.Thread)):
                return
            allowed = channel.permissions_for(guild.me)
            if not may_answer(channel, allowed):
                await self.guards.lacking(guild.id, source)  # the next moderator is told once
                return  # neither a notice nor a warning could be posted: the message stays as it is
            carried = carries_more(message)
            original = await self._original(message) if carried and allowed.manage_messages else None
            if not allowed.manage_messages:
                await self.guards.lacking(guild.id, source)
            elif carried and original is None:
                pass  # what it carries besides its text cannot be posted again, nor linked: warned about, never deleted
            else:
                taken = await self._take_down(message, spoiled, words, forwarded=forwarded, original=original)
                if taken:
                    await self.guards.deletes_again(source)
                    return
                if taken is False:
                    await self.guards.lacking(guild.id, source)
        except StorageError:
            return  # logged once by the database; the message stays as it is
        await self._warn(message, spoiled, forwarded=forwarded)

    async def _asked_up(self, message: discord.Message) -> str:
        """The question a reply answers: the message it replies to, or, when that one only bumps, asks back or
        answers an aside ("anyone??", "what ep are you on" / "4"), the question up the chain it replies under
        (at most CHAIN messages up, each fetched only when Discord did not send it)."""
        chain: list[str] = []
        found: discord.Message | Gone | None = message
        while isinstance(found, discord.Message) and len(chain) < CHAIN:
            found = await self._replied_to(found)
            if found is None:
                break
            text, author = (said(found)[0], found.author.id) if isinstance(found, discord.Message) else (found.text, found.author_id)
            chain.append(text)
            if (asked := asked_up(chain, said(message)[0])) is not None:
                # nobody answers their own question: the asker's "yes" under "you sure you want to know?" is to that
                return chain[0] if len(chain) > 1 and asked and author == message.author.id else asked
        return chain[0] if chain else ""

    async def _replied_to(self, message: discord.Message) -> discord.Message | Gone | None:
        """The message a reply answers, as Discord gave it with the reply (or as cached), fetched only when it
        gave none; deleted, as it was when it went (taken down by the guard, or deleted by a moderator while
        cached) and recently; None when it is gone unseen or out of reach: the answer is then read alone."""
        ref = message.reference
        if message.type != discord.MessageType.reply or ref is None or ref.message_id is None:
            return None
        # as it is now: the cache's copy, or what it said when it went, before the copy sent with the reply (its
        # first words: a question edited since may ask more)
        if (cached := ref.cached_message) is not None:
            return cached
        if (gone := self.gone.recall(message.channel.id, ref.message_id)) is not None:
            return gone
        found = ref.resolved
        if isinstance(found, discord.Message):
            return found
        if found is not None:
            return None  # a DeletedReferencedMessage: gone before the bot saw it
        if not may_read_back(message):
            return None  # without Read Message History Discord refuses every fetch (403): read alone, no request
        try:
            return await message.channel.fetch_message(ref.message_id)
        except discord.HTTPException:
            return None

    async def _original(self, message: discord.Message) -> Original | None:
        """Where a forward's pictures and files still are: its original, when the bot can read it and it
        still has its attachments. None for a member's own message, or an original deleted, edited
        down or out of the bot's reach (another server, a channel it may not read)."""
        ref = message.reference
        if (not message.message_snapshots or message.attachments or message.stickers or ref is None
                or ref.message_id is None or ref.channel_id is None):
            return None
        try:
            found = await self.bot.get_partial_messageable(ref.channel_id, guild_id=ref.guild_id).fetch_message(ref.message_id)
        except discord.HTTPException:
            return None
        if len(found.attachments) < sum(len(snapshot.attachments) for snapshot in message.message_snapshots):
            return None
        return Original(what_it_had(message), ref.jump_url)

    async def _take_down(self, message: discord.Message, spoiled: Spoiled, words: str, *, forwarded: bool,
                         original: Original | None = None) -> bool | None:
        """Re-post behind bars, then delete: the member's words are posted again before they go, so a
        notice Discord refuses loses nothing. False when Discord refused the deletion (a permission
        lost), None when the notice could not be posted: the message then stays, and is warned about."""
        posted: list[discord.Message] = []
        texts = notice_texts(message.author.id, spoiled, place_of(message.channel), words, forwarded=forwarded,
                             original=original)
        try:
            for n, text in enumerate(texts):
                nonce = f"g{message.id}" if n == 0 else f"g{message.id}.{n}"
                # no link preview: its title and picture would show in the clear beside the bars
                posted.append(await message.channel.send(text, allowed_mentions=NONE, nonce=nonce, suppress_embeds=True))
        except discord.HTTPException as exc:
            log.info("spoiler guard: a notice in channel %s was refused (%s %s)", message.channel.id, exc.status, exc.code)
            await self._withdraw(posted)
            return None
        # kept before it goes: a reply to it may arrive the moment it is deleted (a member who saw it answers)
        self.gone.remember(message.channel.id, message.id, words, message.author.id)
        try:
            await message.delete()
        except discord.NotFound:
            return True  # already gone (a moderator was quicker, or this is a second delivery): the notice stays
        except discord.HTTPException as exc:
            await self._withdraw(posted)  # the message is still there: a notice saying it was taken down would be wrong
            return False if isinstance(exc, discord.Forbidden) else None
        return True

    async def _withdraw(self, posted: list[discord.Message]) -> None:
        for notice in posted:
            with contextlib.suppress(discord.HTTPException):
                await notice.delete()

    async def _warn(self, message: discord.Message, spoiled: Spoiled, *, forwarded: bool) -> None:
        place = place_of(message.channel)
        try:
            # a nonce of its own: a notice for the same message later (Manage Messages given, then an edit)
            # must never be taken for this warning, or the message would go with no copy posted
            if may_read_back(message):
                await message.reply(warning_text(spoiled, place, forwarded=forwarded), mention_author=False,
                                    allowed_mentions=NONE, nonce=f"w{message.id}")
            else:  # a reply needs Read Message History: the warning links the message instead
                await message.channel.send(warning_text(spoiled, place, forwarded=forwarded, unreplied=message),
                                           allowed_mentions=NONE, nonce=f"w{message.id}", suppress_embeds=True)
        except discord.HTTPException as exc:
            log.info("spoiler guard: a warning in channel %s was refused (%s %s)", message.channel.id, exc.status, exc.code)
