"""What a question pasted from Discord carries besides the question, taken out before /ask reads it.

Fans paste what they saw: a markdown link (`[gwinam](https://...)` is read as "gwinam"), a bare
address, a ping of a member, a role or a channel (`<@123>`, `<@&5>`, `<#9>`, `@everyone`), a custom
emoji (`<:zombie:123>`) or its `:shortcode:`, code marks, quote marks at a line's start, spoiler bars
and bold or italic marks (their words stay). Anything else between angle brackets goes too. A bracketed aside that held only a ping or an address
("(asking in <#9>)", "(source: https://...)") goes whole: what is left of it asks nothing.
"""

from __future__ import annotations

import re

# [text](address) and [text](<address>): the text stays.
_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\(\s*<?(?:https?://|www\.)[^()\s]*>?\s*\)")
_ADDRESS = r"<?(?:https?://|www\.)[^\s<>()]+>?"
_PING = r"<(?:@[!&]?|#)\d+>|<a?:\w{1,40}:\d+>|@\u200b?(?:everyone|here)\b"
# "(asking in <#9>)", "(via https://...)", "[@everyone]": a few words around a ping or an address
_ASIDE = re.compile(rf"[(\[][^()\[\]\n]{{0,40}}?(?:{_PING}|{_ADDRESS})[^()\[\]\n]{{0,20}}?[)\]]", re.I)
_LEFTOVER = re.compile(rf"{_PING}|{_ADDRESS}", re.I)
_SHORTCODE = re.compile(r"(?<![\w:]):[a-z0-9_+-]{2,32}:(?![\w:])", re.I)
_QUOTE = re.compile(r"^\s*>{1,3}\s?", re.M)
# what is left between angle brackets (an unknown ping, a tag): never part of a question
_TAG = re.compile(r"<[^<>]{0,60}>")
# ** __ ~~ || and single * or _ hugging a word; ` and ``` code marks
_MARKS = re.compile(r"```|`|\*\*|__|~~|\|\||(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")


def unpasted(text: str) -> str:
    """`text` without the links, pings, emoji and markdown around its words (unchanged when it has none)."""
    if not any(c in text for c in "[<@:>`*_~|h#w"):
        return text
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "<" in text or "@" in text or "http" in text or "www." in text:  # links, pings, tags
        text = _ASIDE.sub(" ", text)
        text = _TAG.sub(" ", _LEFTOVER.sub(" ", text))
    if ":" in text:
        text = _SHORTCODE.sub(" ", text)
    if ">" in text:
        text = _QUOTE.sub("", text)
    text = _MARKS.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
