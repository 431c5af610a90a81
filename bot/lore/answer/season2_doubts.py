"""Doubts fans raise about season 2 and its timing, read by season2_asked.py as the question they ask: whether season 2
itself is confirmed ("is s2 actually confirmed or is it just rumors"), whether its date is ("is the date confirmed?",
"is the release date official"), whether a window is ("is 2027 official or just a rumor", "did netflix confirm h1
2027 for s2") and where a window or the date came from ("source for the h1 2027 thing?", "sauce on the release date?").
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.season2_waiting import SEASON_WORDS
from bot.lore.answer.season2_when_words import MONTH_DAY, WINDOW

_SEASON = SEASON_WORDS

# "did netflix confirm h1 2027 for s2", "is 2027 confirmed for season 2", "has netflix said s2 is coming in early
# 2027": whether it comes out then (never a refuted claim read against the year)
WINDOW_CONFIRMED = compile_later(
    r"^\W*(?:did|has|have|is|was|are)\s+(?:netflix|they|anyone|it|the makers)?\s*(?:officially\s+)?"
    r"(?:confirm(?:ed)?|announc(?:e|ed)|sa(?:y|id)|set)\s+(?:that\s+)?"
    rf"(?:{_SEASON}\s+(?:is\s+|will\s+)?(?:com(?:e|es|ing)\s+out\s+|releas(?:e|es|ing)\s+|out\s+)?(?:in|for|by)\s+)?"
    rf"(?P<window>{WINDOW})(?:\s+(?:for|of)\s+{_SEASON}|\s+release(?:\s+(?:for|of)\s+{_SEASON})?)?(?: yet| already)?\W*$"
    rf"|^\W*(?:is|was)\s+(?P<window2>{WINDOW})\s+(?:officially\s+)?confirmed\s+(?:for|as)\s+{_SEASON}"
    r"(?:'s release| release date| release)?\W*$"
    # "netflix said first half of 2027 for s2 right?": the claim, checked
    rf"|^\W*(?:netflix|they)\s+(?:officially\s+)?(?:said|says|confirmed|announced)\s+(?:that\s+)?(?:{_SEASON}\s+(?:is\s+|will\s+)?"
    rf"(?:com(?:e|es|ing)\s+out\s+|out\s+)?(?:in|for|by)\s+)?(?:the\s+)?(?P<window3>{WINDOW})(?:\s+(?:for|of)\s+{_SEASON})?"
    r"(?:,?\s+(?:right|correct|true|yeah|yes|no|innit))?\W*$"
)
# "source for the h1 2027 thing?", "where did the early 2027 date come from", "who said h1 2027 for s2": the claim,
# checked, with the record that made it and its source (no statement from Netflix)
_CLAIM = r"(?:thing|one|claim|rumou?r|news|report|date|release(?: date| window)?|window|prediction|guess|estimate)"
_SOURCE_ASKED = (r"(?:(?:what(?:'s| is|s)\s+)?(?:the\s+)?(?:source|sources|src|link|proof)\s+(?:for|of|on|about)"
                 r"|where\s+(?:did|does|do|is|was)(?:\s+(?:u|you)\s+get)?|who\s+(?:said|says|reported|claimed))")
WINDOW_SOURCE = compile_later(
    rf"^\W*{_SOURCE_ASKED}\s+(?:the\s+|that\s+|this\s+)?(?:{_SEASON}\s+(?:in\s+|release\s+)?)?(?P<window>{WINDOW})"
    rf"(?:\s+{_CLAIM})?(?:\s+(?:for|of)\s+{_SEASON})?(?:\s+(?:come|came)\s+from|\s+from)?(?:\s+(?:tho|though|exactly|again|pls|please|plz))?\W*$"
)
# "is 2027 official or just a rumor", "is the december 2026 thing just a rumour": the window, checked the same way
WINDOW_RUMOURED = compile_later(
    rf"^\W*(?:is|was)\s+(?:the\s+)?(?P<window>{WINDOW}|{MONTH_DAY})\s+(?:{_CLAIM}\s+)?(?:(?:official|confirmed|real|true|legit)"
    r"(?:\s+or\s+(?:just\s+)?(?:an?\s+)?(?:rumou?r|fake|guess|speculation|not))?|(?:just\s+)?(?:an?\s+)?(?:rumou?r|fake|guess"
    rf"|speculation))(?:\s+(?:for|of)\s+{_SEASON}(?:'s release| release(?: date)?)?)?\W*$")  # "is 2027 official for s2"
# "is the date confirmed?", "is the release date official or just a rumor": whether a date stands; "is s2 actually
# confirmed or is it just rumors": whether there is a season 2 (never what is in it)
_DOUBT = (r"(?:\s+(?:yet|now|already|tho|though))?(?:\s+or\s+(?:is\s+it\s+)?(?:not|nah|(?:just\s+)?(?:an?\s+)?(?:rumou?rs?|fake|cap"
          r"|guess|speculation)))?\W*$")
DATE_CONFIRMED = compile_later(rf"^\W*(?:is|was)\s+(?:the\s+)?(?:{_SEASON}\s+)?(?:release\s+|premiere\s+)?date\s+(?:(?:actually|really"
                                rf"|even|officially)\s+)?(?:confirmed|official|real|legit|set)(?:\s+(?:for|of)\s+{_SEASON})?{_DOUBT}")
SEASON_CONFIRMED = compile_later(rf"^\W*(?:is|was)\s+{_SEASON}\s+(?:(?:actually|really|even|officially)\s+)?(?:confirmed|official"
                                  rf"|real|legit|happening){_DOUBT}")
# "source on the release date?", "sauce for the march 12 date", "what's the proof for that date": the date asked of (or the
# day named, checked against it), whose answer names who set it
DATE_SOURCE = compile_later(
    rf"^\W*(?:{_SOURCE_ASKED}|(?:what(?:'s| is|s)\s+(?:the\s+|your\s+|ur\s+)?)?(?:sauce|receipts)\s+(?:for|of|on))\s+"
    rf"(?:the\s+|that\s+|this\s+)?(?:{_SEASON}\s+)?(?:(?P<window>{MONTH_DAY})\s+)?(?:release\s+|premiere\s+)?date\W*$")
