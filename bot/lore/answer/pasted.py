"""What a question pasted from Discord carries besides the question, taken out before /ask reads it.

Fans paste what they saw: a markdown link (`[gwinam](https://...)` is read as "gwinam"), a bare
address, a ping of a member, a role or a channel (`<@123>`, `<@&5>`, `<#9>`, `@everyone`, a typed `@jin` ahead
of the question), a custom emoji (`<:zombie:123>`) or its `:shortcode:`, code marks, quote marks at a line's start (`reply_alone`: a
quoted message goes whole when a question of its own is written under it), spoiler bars
and bold or italic marks (their words stay). Anything else between angle brackets goes too. A bracketed aside that held only a ping or an address
("(asking in <#9>)", "(source: https://...)") goes whole: what is left of it asks nothing. A whole
question behind spoiler bars with a remark beside it ("||does onjo die|| sorry for the tag lol") is
that question alone.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

# [text](address) and [text](<address>): the text stays.
_LINK = compile_later(r"\[([^\[\]\n]{1,200})\]\(\s*<?(?:https?://|www\.)[^()\s]*>?\s*\)")
_ADDRESS = r"<?(?:https?://|www\.)[^\s<>()]+>?"
_PING = r"<(?:@[!&]?|#)\d+>|<a?:\w{1,40}:\d+>|@\u200b?(?:everyone|here)\b"
# "(asking in <#9>)", "(via https://...)", "[@everyone]": a few words around a ping or an address
_ASIDE = compile_later(rf"[(\[][^()\[\]\n]{{0,40}}?(?:{_PING}|{_ADDRESS})[^()\[\]\n]{{0,20}}?[)\]]", re.I)
_LEFTOVER = compile_later(rf"{_PING}|{_ADDRESS}", re.I)
# "@jin @mina who plays onjo": members the question is put to, typed by hand ahead of it (the bot's own name is
# preamble.py's, "@hyosan who plays onjo")
_TYPED_AT = compile_later(r"^(?:\s*@(?!hyosan)[a-z0-9_.]{2,32}\b[,:]?)+\s+(?=\S)", re.I)
_SHORTCODE = compile_later(r"(?<![\w:]):[a-z0-9_+-]{2,32}:(?![\w:])", re.I)
_QUOTE = compile_later(r"^\s*>{1,3}\s?", re.M)
# what is left between angle brackets (an unknown ping, a tag): never part of a question
_TAG = compile_later(r"<[^<>]{0,60}>")
# ** __ ~~ || and single * or _ hugging a word; ` and ``` code marks
_MARKS = compile_later(r"```|`|\*\*|__|~~|\|\||(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
# "||does onjo die|| sorry for the spoiler tag lol": a whole question behind bars, a remark beside it
_BARRED = compile_later(r"^(?P<before>[^|]{0,60}?)\|\|(?P<question>[^|]{3,200})\|\|(?P<after>[^|]{0,80})$")
_ASKS = compile_later(r"^\W*(?:who|whom|whose|what|whats|when|where|why|how|which|does|do|did|is|are|was|were|will|would|can|"
                   r"could|has|have|should)\b", re.I)


def _barred_question(text: str) -> str:
    """The question a fan hid behind spoiler bars, when what is written around it asks nothing
    ("sorry for spoiler tag lol", "pls dont ban me mods", "spoilers:"); otherwise `text`."""
    found = _BARRED.match(text.strip())
    if found is None or not _ASKS.match(found.group("question")):
        return text
    around = f"{found.group('before')} {found.group('after')}".strip()
    if "?" in around or _ASKS.match(found.group("after")) or _ASKS.match(found.group("before")):
        return text  # "||who dies|| and who survives?": the words outside ask something too
    return found.group("question")


def reply_alone(text: str) -> str:
    """A reply under a quoted message ("> cheongsan is the best" then "who plays cheongsan tho"), read before the
    text is made one line: the reply alone when it is a question of its own, since the quote is what someone else
    said; otherwise `text`."""
    if ">" not in text or "\n" not in text:
        return text
    lines = text.splitlines()
    quoted = [bool(_QUOTE.match(line)) for line in lines]
    reply = " ".join(line for line, q in zip(lines, quoted, strict=True) if not q).strip()
    if any(quoted) and _ASKS.match(reply):
        return reply
    return text  # "> does mijin die" then "anyone?": the quote is the question


def unpasted(text: str) -> str:
    """`text` without the links, pings, emoji and markdown around its words (unchanged when it has none)."""
    if not any(c in text for c in "[<@:>`*_~|h#w"):
        return text
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if text.lstrip().startswith("@"):
        text = _TYPED_AT.sub("", text)
    if "<" in text or "@" in text or "http" in text or "www." in text:  # links, pings, tags
        text = _ASIDE.sub(" ", text)
        text = _TAG.sub(" ", _LEFTOVER.sub(" ", text))
    if ":" in text:
        text = _SHORTCODE.sub(" ", text)
    if ">" in text:
        text = _QUOTE.sub("", text)
    if "||" in text:
        text = _barred_question(text)
    text = _MARKS.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
