"""Message forwards (developers/resources/message.mdx, Message Reference Types: FORWARD).

A forward is a message whose `message_reference` has type 1 and whose `message_snapshots` carry
the forwarded message as it was then (content, embeds, attachments; no author): later edits of
the original do not reach it. It has no content of its own and the flag HAS_SNAPSHOT. Only basic
messages are forwarded: DEFAULT, REPLY, CHAT_INPUT_COMMAND and CONTEXT_MENU_COMMAND ones (an
interaction's answer, a message with buttons, may be), never one with a poll, a call or an activity
(the sandbox models none of those). The docs limit snapshots to one level of nesting without saying
what a forward of a forward does: the sandbox refuses it rather than guess. Both ways in build it here: the bot's
`POST /channels/{id}/messages` (routes_messages.py) and a member's forward (`Sandbox.forward`).
"""

from __future__ import annotations

from dataclasses import replace

from .errors import form_error
from .models import Message
from .state import Store

FORWARD = 1
HAS_SNAPSHOT = 1 << 14


def check_forwardable(target: Message) -> None:
    """400 50035 at `message_reference` for what the sandbox does not forward: a forward (see above)."""
    if target.forwarded is not None:
        raise form_error(["message_reference"], "MESSAGE_REFERENCE_FORWARD_UNSUPPORTED",
                         "A forwarded message cannot be forwarded here")


def forward_of(store: Store, target: Message, channel_id: int, guild_id: int | None, author_id: int) -> Message:
    """The forward of `target` posted by `author_id` in `channel_id` (not yet stored)."""
    reference = {"type": FORWARD, "message_id": str(target.id), "channel_id": str(target.channel_id)}
    if target.guild_id is not None:
        reference["guild_id"] = str(target.guild_id)
    snapshot = replace(target, reactions={}, nonce=None)  # as it is now, kept
    return Message(id=store.new_id(), channel_id=channel_id, guild_id=guild_id, author_id=author_id,
                   flags=HAS_SNAPSHOT, message_reference=reference, forwarded=snapshot)
