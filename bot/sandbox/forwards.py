"""Message forwards (developers/resources/message.mdx, Message Reference Types: FORWARD).

A forward is a message whose `message_reference` has type 1 and whose `message_snapshots` carry
the forwarded message as it was then (content, embeds, attachments; no author): later edits of
the original do not reach it. It has no content of its own and the flag HAS_SNAPSHOT. Only basic
messages are forwarded: a default message or a reply, without components (an interaction's
answer, a message with buttons, cannot be); the sandbox also refuses to forward a forward (it does
not model a snapshot of a snapshot). Both ways in build it here: the bot's
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
    """400 50035 at `message_reference` for what Discord does not forward."""
    if target.interaction_id is not None or target.components or target.forwarded is not None:
        raise form_error(["message_reference"], "MESSAGE_REFERENCE_FORWARD_UNSUPPORTED",
                         "Only basic messages can be forwarded")


def forward_of(store: Store, target: Message, channel_id: int, guild_id: int | None, author_id: int) -> Message:
    """The forward of `target` posted by `author_id` in `channel_id` (not yet stored)."""
    reference = {"type": FORWARD, "message_id": str(target.id), "channel_id": str(target.channel_id)}
    if target.guild_id is not None:
        reference["guild_id"] = str(target.guild_id)
    snapshot = replace(target, reactions={}, nonce=None)  # as it is now, kept
    return Message(id=store.new_id(), channel_id=channel_id, guild_id=guild_id, author_id=author_id,
                   flags=HAS_SNAPSHOT, message_reference=reference, forwarded=snapshot)
