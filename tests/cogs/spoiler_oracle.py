"""The spoiler oracle: what the local Discord recorded, read as its audience reads it.

Every request the bot made that puts text in front of someone (a message, an edit, an interaction
reply or followup, autocomplete choices, a modal) is taken from the sandbox's recorded traffic,
with its audience:
* a message in a server channel is public: its gate is the channel's spoiler mark (nothing when
  unmarked), whoever caused it; a thread without a mark of its own reads its channel's;
* an ephemeral reply and a direct message are private: the gate is the viewer's own progress
  (per server, or their DM progress);
* a trivia game's buttons answer with the game (hints, locked-in answers): their gate is the
  channel's, as the game is public;
* autocomplete choices and modals are read before anything is chosen: their gate is nothing;
* a new thread's name (and a forum post's first message) is its channel's, read by everyone there.
Marks and progress are read from the database file itself, as they stand when the traffic is read.

Each string is then read by the spoiler lexicon (built from the pack's own events, not from the
tags of what is shown): where Discord hides spoilers (content, descriptions, field values) only
what is outside ||…|| counts; where it cannot (titles, field names, footers, authors, labels,
options, choices, alt text, thread names) the whole string counts. Each is read as Discord shows
it: a look-alike letter, an invisible character or markdown inside a word hides nothing, nor do
words joined into a slug. A string that gives away a position past its audience's gate is a leak.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.lore.answer.story_phrases import AS_OF_OPENINGS
from bot.lore.lexicon import Lexicon, Reveal
from bot.sandbox import Sandbox
from bot.show import NOTHING, Position
from bot.text import as_read, as_words

JSON = dict[str, Any]
_CHANNEL_MESSAGE = re.compile(r"^/channels/(\d+)/messages(?:/(\d+))?$")
_THREAD = re.compile(r"^/channels/(\d+)(?:/messages/\d+)?/threads$")
_CALLBACK = re.compile(r"^/interactions/(\d+)/([^/]+)/callback$")
_WEBHOOK = re.compile(r"^/webhooks/\d+/([^/]+)(?:/messages/(@original|\d+))?$")
_ESCAPE = re.compile(r"\\(.)", re.S)
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")
_MARKUP = re.compile(r"[\\`]|\|\|")  # where `outside_bars` reads more than a letter


def outside_bars(text: str) -> str:
    """What Discord shows of `text` with every ||…|| span hidden (escapes and code spans as Discord
    reads them; an unclosed || hides nothing)."""
    if "||" not in text:  # most strings: nothing hidden, and escapes and code spans kept as they are
        return text
    out: list[str] = []
    hidden_from: int | None = None  # index in `out` where an open spoiler started
    i, n = 0, len(text)
    while i < n:
        special = _MARKUP.search(text, i)  # what lies before the next escape, backtick or bars is read as it is
        if special is None:
            out.append(text[i:])
            break
        if special.start() > i:
            out.append(text[i:special.start()])
            i = special.start()
        ch = text[i]
        if ch == "\\":
            if i + 1 < n:
                out.append(text[i:i + 2])
                i += 2
            else:
                out.append(ch)
                i += 1
            continue
        if ch == "`":  # a code span: a run of backticks closed by a run of the same length
            run = len(text[i:]) - len(text[i:].lstrip("`"))
            close = text.find("`" * run, i + run)
            while close != -1 and close + run < n and text[close + run] == "`":
                close = text.find("`" * run, close + run + 1)
            end = close + run if close != -1 else i + run  # an unmatched run is plain backticks
            out.append(text[i:end])
            i = end
            continue
        if hidden_from is None:  # "||"
            hidden_from = len(out)
            out.append("||")
        else:
            del out[hidden_from:]
            out.append(" ")
            hidden_from = None
        i += 2
    return "".join(out)


def plain(text: str) -> str:
    """Markdown escapes and invisible characters removed: the words a reader reads."""
    return _INVISIBLE.sub("", _ESCAPE.sub(r"\1", text))


_LINK_TARGET = re.compile(r"\]\(<?https?://[^)\s]*>?\)")


def read_views(text: str) -> tuple[str, ...]:
    """The ways a reader may read `text`: as the oracle strips it, with look-alike letters and
    markdown inside words gone, and with words joined into a slug read apart (not in the address
    behind a link's text, which is not read inline)."""
    shown = as_read(text)
    return tuple(dict.fromkeys((plain(text), shown, as_words(as_read(_LINK_TARGET.sub("]", text))))))


@dataclass(frozen=True)
class Shown:
    """One string as a reader sees it: where, to whom (the gate), and whether bars can hide it."""

    text: str
    hideable: bool
    gate: Position
    where: str
    about: str = ""


def message_strings(body: JSON) -> Iterator[tuple[str, bool, str]]:
    """(text, hideable, about) of everything a message body shows."""
    if isinstance(body.get("content"), str):
        yield body["content"], True, ""
    for embed in body.get("embeds") or []:
        title = str(embed.get("title") or "")
        if title:
            yield title, False, ""
        if embed.get("description"):
            yield str(embed["description"]), True, title
        for item in embed.get("fields") or []:
            yield str(item.get("name") or ""), False, ""
            yield str(item.get("value") or ""), True, title
        for key in ("footer", "author"):
            part = embed.get(key) or {}
            text = part.get("text") or part.get("name")
            if text:
                yield str(text), False, ""
    yield from component_strings(body.get("components") or [])
    for attachment in body.get("attachments") or []:
        if attachment.get("description"):
            yield str(attachment["description"]), False, ""
    if body.get("name"):  # a thread's name (the channel list shows it to everyone)
        yield str(body["name"]), False, ""
    if isinstance(body.get("message"), dict):  # a forum post's first message
        yield from message_strings(body["message"])
    if body.get("title"):  # a modal
        yield str(body["title"]), False, ""
    for choice in body.get("choices") or []:  # autocomplete
        yield str(choice.get("name") or ""), False, ""


def component_strings(components: list[JSON]) -> Iterator[tuple[str, bool, str]]:
    for comp in components:
        for key in ("label", "placeholder", "description"):
            if comp.get(key):
                yield str(comp[key]), False, ""
        for option in comp.get("options") or []:
            for key in ("label", "description"):
                if option.get(key):
                    yield str(option[key]), False, ""
        yield from component_strings(comp.get("components") or [])
        if isinstance(comp.get("component"), dict):
            yield from component_strings([comp["component"]])


_THREAD_TYPES = frozenset({10, 11, 12})  # announcement, public and private threads


@dataclass
class Audiences:
    """Marks and progress as the database holds them, and what the sandbox knows of channels."""

    marks: dict[int, Position] = field(default_factory=dict)
    progress: dict[tuple[int, int], Position] = field(default_factory=dict)

    @classmethod
    def read(cls, db_path: Path) -> Audiences:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
            marks = {int(c): Position.from_code(int(u)) for c, u in conn.execute(
                "SELECT channel_id, up_to FROM lore_channel_marks")}
            progress = {(int(g), int(u)): Position.from_code(int(w)) for g, u, w in conn.execute(
                "SELECT guild_id, user_id, watched FROM lore_progress")}
        return cls(marks, progress)

    def own(self, guild_id: int | None, user_id: int) -> Position:
        return self.progress.get((guild_id or 0, user_id), NOTHING)


@dataclass
class Transcript:
    """Reads the sandbox's recorded traffic from where it last stopped."""

    sandbox: Sandbox
    db_path: Path
    seen: int = 0
    ephemeral_originals: set[str] = field(default_factory=set)

    def read(self) -> list[Shown]:
        requests = self.sandbox.requests
        new, self.seen = requests[self.seen:], len(requests)
        audiences = Audiences.read(self.db_path)
        shown: list[Shown] = []
        for rec in new:
            if rec.status >= 400 or rec.method not in ("POST", "PATCH") or not isinstance(rec.json, dict):
                continue
            found = self._audience(rec.method, rec.path, rec.json, audiences)
            if found is None:
                continue
            body, gate, where = found
            for text, hideable, about in message_strings(body):
                if text:
                    shown.append(Shown(text, hideable, gate, where, about))
        return shown

    def _audience(self, method: str, path: str, body: JSON, audiences: Audiences) -> tuple[JSON, Position, str] | None:
        store = self.sandbox.store
        match = _CHANNEL_MESSAGE.match(path)
        if match:
            return body, self._channel_gate(int(match[1]), audiences), f"{method} #{self._name(int(match[1]))}"
        match = _THREAD.match(path)
        if match:  # a new thread's name and first message: read as its channel is
            return body, self._channel_gate(int(match[1]), audiences), f"thread in #{self._name(int(match[1]))}"
        match = _CALLBACK.match(path)
        if match:
            rec = self.sandbox.interactions.by_id.get(int(match[1]))
            if rec is None:
                return None
            kind, data = body.get("type"), body.get("data") or {}
            ephemeral = bool(int(data.get("flags") or 0) & 64)
            if kind in (4, 5) and ephemeral:
                self.ephemeral_originals.add(rec.token)
            if kind in (8, 9):  # autocomplete choices, a modal: read before anything is chosen
                return data, NOTHING, f"{'choices' if kind == 8 else 'modal'} for {self._who(rec.user_id)}"
            if kind == 7:  # the message the component is on, updated
                source = store.messages.get(rec.source_message_id or 0)
                ephemeral = bool(source is not None and source.ephemeral)
            return data, self._interaction_gate(rec, ephemeral, audiences), self._where(rec, ephemeral)
        match = _WEBHOOK.match(path)
        if match:
            rec = self.sandbox.interactions.by_token.get(match[1])
            if rec is None:
                return None
            if match[2] is None:
                ephemeral = bool(int(body.get("flags") or 0) & 64)
            elif match[2] == "@original":
                ephemeral = rec.token in self.ephemeral_originals
            else:
                message = store.messages.get(int(match[2]))
                ephemeral = bool(message is not None and message.ephemeral)
            return body, self._interaction_gate(rec, ephemeral, audiences), self._where(rec, ephemeral)
        return None

    def _channel_gate(self, channel_id: int, audiences: Audiences) -> Position:
        channel = self.sandbox.store.channels.get(channel_id)
        if channel is not None and channel.guild_id is None:  # a DM: its reader's own progress
            return audiences.own(None, channel.recipient_id or 0)
        if channel_id not in audiences.marks and channel is not None and channel.type in _THREAD_TYPES:
            return audiences.marks.get(channel.parent_id or 0, NOTHING)  # a thread reads its channel's mark
        return audiences.marks.get(channel_id, NOTHING)

    def _interaction_gate(self, rec: Any, ephemeral: bool, audiences: Audiences) -> Position:
        if rec.type == 3 and self._on_a_game(rec.source_message_id):
            return self._channel_gate(rec.channel_id, audiences)  # the public game's own gate
        if ephemeral or rec.guild_id is None:
            return audiences.own(rec.guild_id, rec.user_id)
        return self._channel_gate(rec.channel_id, audiences)

    def _on_a_game(self, message_id: int | None) -> bool:
        message = self.sandbox.store.messages.get(message_id or 0)
        if message is None:
            return False
        ids = [str(c.get("custom_id") or "") for c in message.buttons + message.selects]
        return any(i.startswith("trivia") for i in ids)

    def _name(self, channel_id: int) -> str:
        channel = self.sandbox.store.channels.get(channel_id)
        return channel.name if channel is not None and channel.name else f"DM {channel_id}"

    def _who(self, user_id: int) -> str:
        for guild_members in self.sandbox.store.guild_members.values():
            member = guild_members.get(user_id)
            if member is not None:
                return member.name
        return str(user_id)

    def _where(self, rec: Any, ephemeral: bool) -> str:
        place = "a DM" if rec.guild_id is None else f"#{self._name(rec.channel_id)}"
        return f"{'ephemeral to ' + self._who(rec.user_id) if ephemeral else 'public'} in {place}"


@dataclass(frozen=True)
class Leak:
    shown: Shown
    position: Position
    terms: tuple[str, ...]

    def __str__(self) -> str:
        kind = "" if self.shown.hideable else " (where Discord cannot hide it)"
        return (
            f"{self.shown.where.split(' in ')[0]}, gate {self.shown.gate or 0}: gives away {self.position} "
            f"({' + '.join(self.terms)}){kind}: {self.shown.text[:160]!r}"
        )


#: What /ask says is true at the reader's own episode ("Up to this point in the story, Nam-ra is alive
#: and not infected.", and so in each language an answer is worded in: "이 시점까지 최남라는 살아 있고 감염되지 않았어요."):
#: the engine shows it only before the next change (`visible_parts`, tested in tests/lore), so it is no spoiler,
#: whatever the lexicon reads into "alive" next to a name.
_AS_OF = re.compile(r"(?:Up to this point in the story, |" + "|".join(re.escape(o) for o in AS_OF_OPENINGS)
                    + r")\s*[^.。\n]*[.。]")


def leaks(lexicon: Lexicon, shown: list[Shown], read: dict[tuple[str, str], Reveal | None] | None = None) -> list[Leak]:
    """Every string that gives away more than its audience may read. `read`: what `lexicon` read in
    texts before, kept by a caller that reads a growing transcript again (the demo tour, at each step)."""
    found: list[Leak] = []
    read = {} if read is None else read  # the same texts come back in every channel
    # and so does what a reader sees of each: worked out once per text (18,000 strings, 1,300 distinct)
    seen: dict[tuple[str, bool], str] = {}
    for item in shown:
        visible = seen.get((item.text, item.hideable))
        if visible is None:
            visible = _AS_OF.sub(" ", plain(outside_bars(item.text) if item.hideable else item.text))
            seen[(item.text, item.hideable)] = visible
        key = (visible, plain(item.about))
        if key not in read:
            reveals = [lexicon.scan(view, about=key[1]) for view in read_views(visible)]
            read[key] = max((r for r in reveals if r is not None), key=lambda r: r.position, default=None)
        reveal = read[key]
        if reveal is not None and reveal.position > item.gate:
            found.append(Leak(item, reveal.position, reveal.terms))
    return found


def members_in_the_clear(sandbox: Sandbox, db_path: Path, guild_id: int | None = None) -> list[Shown]:
    """Members' messages still shown in a channel under the spoiler guard (its own setting, or a
    thread's channel's), each at its channel's gate: what the guard leaves for the channel to read
    (in one server when `guild_id` is given). `leaks` over them is every spoiler past the mark the guard let stand."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        guards = {int(c): bool(g) for c, g in conn.execute("SELECT channel_id, guarded FROM lore_spoiler_guards")}
    transcript, audiences, store = Transcript(sandbox, db_path), Audiences.read(db_path), sandbox.store
    shown: list[Shown] = []
    for channel_id, messages in store.channel_messages.items():
        channel = store.channels.get(channel_id)
        guarded = guards.get(channel_id)
        if guarded is None and channel is not None and channel.type in _THREAD_TYPES:
            guarded = guards.get(channel.parent_id or 0)
        if not guarded or (guild_id is not None and (channel is None or channel.guild_id != guild_id)):
            continue
        gate = transcript._channel_gate(channel_id, audiences)
        # a forward shows its snapshot, embeds too; a reply is read under the message it answers, as Discord shows it
        said = {m.id: "\n".join(t for t in (_replied_to(store, m), m.content, m.forwarded.text if m.forwarded else "") if t)
                for m in messages.values() if m.author_id != store.bot_user_id and not m.ephemeral}
        shown += [Shown(text, True, gate, f"a member's message in #{transcript._name(channel_id)}")
                  for text in said.values() if text]
    return shown


def _replied_to(store: Any, message: Any) -> str:
    """The words of the message `message` replies to, while it is still there ("" when none): "no" under
    "is so-ju gonna be ok??" is read as the channel reads the two."""
    ref = message.message_reference or {}
    target = store.messages.get(int(ref.get("message_id") or 0)) if ref.get("type") == 0 else None
    return "" if target is None or target.deleted else str(target.content)
