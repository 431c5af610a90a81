"""What a member can read of a message the local Discord holds, for end-to-end spoiler checks."""

from __future__ import annotations

import re

from bot.sandbox import Message

SO_FAR = re.compile(r"Up to this point in the story, [^.]*\.")
TITLE = r"all of us are dead"


def everything(msg: Message) -> str:
    """All the text a member can read in a message: content, embeds (title, description, footer,
    author, field names and values), button labels, select placeholders and choices."""
    parts = [msg.content or ""]
    for embed in msg.embeds:
        parts += [str(embed.get("title") or ""), str(embed.get("description") or ""),
                  str((embed.get("footer") or {}).get("text") or ""), str((embed.get("author") or {}).get("name") or "")]
        for f in embed.get("fields") or []:
            parts += [str(f.get("name") or ""), str(f.get("value") or "")]

    def walk(components: list[dict[str, object]]) -> None:
        for comp in components:
            parts.append(str(comp.get("label", "") or ""))
            parts.append(str(comp.get("placeholder", "") or ""))
            for opt in comp.get("options") or []:  # type: ignore[attr-defined]
                parts.extend([str(opt.get("label", "")), str(opt.get("description", "") or "")])
            walk(comp.get("components") or [])  # type: ignore[arg-type]

    walk(msg.components)
    return "\n".join(parts)


def read(message: Message) -> str:
    """What a member reads: Discord shows "#s2\\-talk" as "#s2-talk"."""
    return everything(message).replace("\\", "")


def clear(message: Message, *said: str, so_far: bool = True, title: str = TITLE) -> str:
    """What a reader sees without clicking a spoiler bar: no addresses (their slugs carry the show's title),
    not the member's own words said back, nor the show's title (`title`, a pattern), nor, with `so_far`, the
    bot's "so far" (where the reader is, never a fate past it)."""
    text = re.sub(r"\|\|.*?\|\|", " ", read(message), flags=re.S)
    text = re.sub(r"https?://[^\s)>]+", " ", text)
    for words in said:
        text = re.sub(re.escape(words), " ", text, flags=re.I)
    if so_far:
        text = SO_FAR.sub(" ", text)
    return re.sub(title, " ", text, flags=re.I)


def private_button(message: Message) -> str | None:
    """The custom id of a post's "Show me privately" button, if it has one."""
    for button in message.buttons:
        if "privately" in str(button.get("label") or "").lower():
            return str(button["custom_id"])
    return None
