"""What a guarded channel's recent messages said after they went: the questions answers may still reply to.

A member asks "does cheongsan die?" in a channel marked S1E3; the guard takes the question down; a second
member, who saw it before it went, replies "yes 😭". Discord sends that reply with no message it replies to
(the question is deleted), so read alone it names nothing. The guard had the question's text when it took it
down (and discord.py's cache has a message a moderator deleted): kept here, in memory only and for a few
minutes, so the reply is read with it (bot.lore.guard.judge). Never written to disk: the text is one a member
or a moderator wanted out of sight, kept only to read the answers it draws, never shown; one that asks
nothing is not kept at all, and none outlives KEPT_FOR.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass

from bot.clock import Clock
from bot.lore.guard_questions import question_in

# An answer comes within minutes of the question it answers, or it answers something else by then.
KEPT_FOR = dt.timedelta(minutes=10)
PER_CHANNEL = 20  # a burst of questions taken down; more at once is a raid, not a conversation
CHANNELS = 200  # the channels with recent deletions remembered; the quietest forgotten first


@dataclass(frozen=True)
class Gone:
    """A message deleted from a guarded channel: what it said, who said it, and when it went."""

    text: str
    author_id: int
    at: dt.datetime


class GoneMessages:
    """Recently deleted messages of guarded channels, by channel and message id, bounded in number and time."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._channels: OrderedDict[int, OrderedDict[int, Gone]] = OrderedDict()

    def __len__(self) -> int:
        return sum(map(len, self._channels.values()))

    def remember(self, channel_id: int, message_id: int, text: str, author_id: int) -> None:
        """Kept only when it asks something: an answer is read with a question, never with a remark."""
        self._forget_old()
        if question_in(text) is None:
            return
        kept = self._channels.pop(channel_id, OrderedDict())
        kept.pop(message_id, None)
        kept[message_id] = Gone(text, author_id, self._clock.now())
        while len(kept) > PER_CHANNEL:
            kept.popitem(last=False)
        self._channels[channel_id] = kept  # the channel most recently deleted from is the last forgotten
        while len(self._channels) > CHANNELS:
            self._channels.popitem(last=False)

    def recall(self, channel_id: int, message_id: int) -> Gone | None:
        """The message, while it is recent enough to be answered; the channel's older ones are forgotten."""
        self._forget_old()
        kept = self._channels.get(channel_id)
        return None if kept is None else kept.get(message_id)

    def _forget_old(self) -> None:
        """Every channel's texts past KEPT_FOR dropped, a quiet channel's too: none stays in memory longer
        than it may be answered (channels and their messages are in the order they went, oldest first)."""
        oldest = self._clock.now() - KEPT_FOR
        for channel_id, kept in list(self._channels.items()):
            while kept and next(iter(kept.values())).at < oldest:
                kept.popitem(last=False)
            if not kept:
                del self._channels[channel_id]
