"""Messages drawn as text boxes for the demo console: embeds as boxes, buttons numbered."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Callable
from typing import Any

from bot.lazy_re import compile_later

WIDTH = 72
_SPOILER = compile_later(r"\|\|(.+?)(?<!\\)\|\|", re.S)
_ESCAPED = compile_later(r"\\([\\*_~`|>#\-\[\]()<:.!+=])")
_MENTION = compile_later(r"<(@!?|@&|#)(\d+)>")
_TIMESTAMP = compile_later(r"<t:(-?\d+)(?::([tTdDfFR]))?>")

#: Turns a mention kind ("@", "@&", "#") and id into a readable name.
NameLookup = Callable[[str, int], str]


def relative(delta: dt.timedelta) -> str:
    seconds = int(delta.total_seconds())
    future, seconds = seconds > 0, abs(seconds)
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute"), (1, "second")):
        if seconds >= size or size == 1:
            count = seconds // size
            text = f"{count} {unit}{'' if count == 1 else 's'}"
            return f"in {text}" if future else f"{text} ago"
    return "now"


def humanize(text: str, names: NameLookup | None, now: dt.datetime) -> str:
    """Draw Discord's mention and timestamp markup as a client would show it, "in 2 hours" counted from `now`
    (the demo's clock, which `advance` moves)."""

    def mention(match: re.Match[str]) -> str:
        kind, ident = match.group(1).replace("!", ""), int(match.group(2))
        name = names(kind, ident) if names else str(ident)
        return ("#" if kind == "#" else "@") + name

    def timestamp(match: re.Match[str]) -> str:
        when = dt.datetime.fromtimestamp(int(match.group(1)), tz=dt.UTC)
        style = match.group(2) or "f"
        if style == "R":
            return relative(when - now)
        if style in "dD":
            return f"{when:%d %B %Y}"
        if style in "tT":
            return f"{when:%H:%M} UTC"
        return f"{when:%d %B %Y %H:%M} UTC"

    return _TIMESTAMP.sub(timestamp, _MENTION.sub(mention, text))


def hide_spoilers(text: str, reveal: bool) -> str:
    """Spoilers drawn as bars (or ⟦shown⟧), and Markdown escapes as a client shows them ("Du-seok",
    not "Du\\-seok")."""
    if reveal:
        shown = _SPOILER.sub(lambda m: "⟦" + m.group(1).replace("\\|", "|") + "⟧", text)
    else:
        shown = _SPOILER.sub(lambda m: "▒" * min(12, max(4, len(m.group(1)) // 3)), text)
    return _ESCAPED.sub(r"\1", shown)


def _wrap(text: str, prefix: str, width: int = WIDTH) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        wrapped = textwrap.wrap(paragraph, width=width - len(prefix)) or [""]
        lines.extend(prefix + chunk for chunk in wrapped)
    return lines


def render_embed(embed: dict[str, Any], reveal: bool, show: Callable[[object], str] | None = None) -> list[str]:
    if show is None:

        def show(value: object) -> str:
            return hide_spoilers(str(value), reveal)

    lines = ["│ ┌" + "─" * (WIDTH - 4)]
    author = (embed.get("author") or {}).get("name")
    if author:
        lines += _wrap(show(author), "│ │ ")
    if embed.get("title"):
        lines += _wrap("■ " + show(embed["title"]), "│ │ ")
    if embed.get("description"):
        lines += _wrap(show(embed["description"]), "│ │ ")
    for field in embed.get("fields") or []:
        lines += _wrap("▸ " + show(field.get("name", "")), "│ │ ")
        lines += _wrap(show(field.get("value", "")), "│ │   ")
    image = (embed.get("image") or {}).get("url")
    if image:
        lines += _wrap(f"[image: {image.rsplit('/', 1)[-1]}]", "│ │ ")
    footer = (embed.get("footer") or {}).get("text")
    if footer:
        lines += _wrap("— " + show(footer), "│ │ ")
    lines.append("│ └" + "─" * (WIDTH - 4))
    return lines


def render_message(
    message: Any,
    *,
    author: str,
    where: str,
    reveal: bool = False,
    now: dt.datetime,
    names: NameLookup | None = None,
) -> str:
    """A sandbox Message as a readable box; spoilers hidden unless `reveal`."""

    def show(value: object) -> str:
        return hide_spoilers(humanize(str(value), names, now), reveal)

    flags = " (only you can see this)" if getattr(message, "ephemeral", False) else ""
    head = f"┌─ {author} in {where}{flags} "
    lines = [head + "─" * max(0, WIDTH - len(head))]
    if message.content:
        lines += _wrap(show(message.content), "│ ")
    for embed in message.embeds:
        lines += render_embed(embed, reveal, show)
    for attachment in message.attachments:
        lines.append(f"│ 📎 {attachment.filename} ({attachment.size} bytes)")
    buttons = message.buttons
    if buttons:
        labels = []
        for number, button in enumerate(buttons, start=1):
            label = button.get("label") or (button.get("emoji") or {}).get("name") or "?"
            state = " (off)" if button.get("disabled") else ""
            labels.append(f"[{number}] {label}{state}")
        lines += _wrap("  ".join(labels), "│ ")
    for select in message.selects:
        options = ", ".join(str(o.get("label")) for o in select.get("options") or [])
        lines += _wrap(f"(menu: {options})", "│ ")
    if _SPOILER.search(message.text) and not reveal:
        lines.append("│ (spoilers hidden: type `reveal` to show them)")
    lines.append("└" + "─" * (WIDTH - 1))
    return "\n".join(lines)
