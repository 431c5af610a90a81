"""Discord's markup around how far a fan says they have watched, read past (plain text in, plain text out).

Fans type progress as they type any Discord message: "||ep 7||" (a spoiler bar), "**ep 9** done", "`ep 4`",
"-# im on ep 4" (small text), "<@123…> im on ep 3" (a mention), "<:onjo_cry:987…> ep 8" (a custom emoji),
"finished ep 6 <t:1767225600:t>" (a timestamp), "ep 5 :skull:" (an emoji's name). The ids and times in that markup
are no episodes, so they go before any number is read. "~~finished~~ on ep 10" takes back what is struck: it is
dropped, never read as said (it would read past the place said after it). A "> quote" is someone else's words, unless
the fan signs it as theirs ("> me: on ep 4").
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

# "<t:1767225600:t>", "<:onjo_cry:987…>", "<a:dance:123…>", "<#123…>", "<@&123…>": markup whose numbers are ids or times.
_TOKENS = compile_later(r"<t:-?\d+(?::[a-zA-Z])?>|<a?:\w+:\d+>|<#\d+>|<@&\d+>")
# "<@123…> is on ep 10": someone spoken of (as "they", left out as another's place); "<@123…> im on ep 3": spoken to.
_MENTION_SPOKEN_OF = compile_later(r"<@!?\d+>(?=\s*(?:is|was|has|s|'s|’s|finished|watched|just|already)\b)"
                                   r"|(?:^|(?<=,\s))<@!?\d+>(?=\s*(?:on|at)\b)")  # "<@…> on s2e7, me s2e3": theirs
_MENTION = compile_later(r"<@!?\d+>")
# "~~finished~~": struck out, so taken back.
_STRUCK = compile_later(r"~~[^~]*~~")
# "||ep 7||", "**ep 9**", "__ep 9__", "`ep 4`": marks around text that keep it as said.
_MARKS = compile_later(r"\|\||\*\*|\*|__|`+")
# "-# im on ep 4" (small text), "# ep 4" (a heading): a mark that starts a line (never "> on ep 4", a quote, which may
# be someone else's words).
_LINE_MARK = compile_later(r"^\s*(?:-#|#{1,3})\s+")
# "> me: on ep 4", "> me, 5 mins ago: ep 6 done", "> sister: on ep 8 | me: on ep 3", "> "im on ep 9" -me": a quote the fan
# says is their own words is their own place (any other quote stays someone else's words, never read as theirs).
_OWN_QUOTE = compile_later(r"^\s*>\s*(?:[^|]*\|\s*)?(?:me|myself|quoting myself|past me)(?:,[^:|]{0,30})?:\s*(?P<own>[^|]+)$"
                           r"|^\s*>\s*[\"“](?P<signed>[^\"”]+)[\"”]\s*[-–—]\s*me\s*$", re.IGNORECASE)
# ":skull:", ":sob:": an emoji typed by its name (never "s2:3" nor "ep 9: 40", which hold no name of letters).
_SHORTCODE = compile_later(r"(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w:])", re.IGNORECASE)


def struck_free(text: str) -> str:
    """`text` without what is struck ("~~finished~~ on ep 10": " on ep 10"; "~~ep 12~~" alone: nothing said)."""
    return _STRUCK.sub(" ", text) if "~~" in text else text


def markup_free(text: str) -> str:
    """`text` without Discord's markup: ids, times and struck text dropped, marks around text removed."""
    if not any(mark in text for mark in "<|*_`~#>:"):
        return text
    text = _TOKENS.sub(" ", text)
    text = _MENTION_SPOKEN_OF.sub(" they ", text)
    text = _MENTION.sub(" ", text)
    text = struck_free(text)
    if (own := _OWN_QUOTE.match(text)) is not None:
        text = own["own"] or own["signed"]
    text = _LINE_MARK.sub("", _SHORTCODE.sub(" ", text))
    return _MARKS.sub(" ", text).strip()
