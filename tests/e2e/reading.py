"""What a member can read of a message the local Discord holds, for end-to-end spoiler checks."""

from __future__ import annotations

from bot.sandbox import Message


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
