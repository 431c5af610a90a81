"""What someone says: the question that asks it and the told scenes that are their own words.

"what does onjo say at the end" (endings.py) and "what does cheongsan say in ep 2" (episodes.py) are answered by the
scenes where the one asked of speaks, never by a scene they are only in ("Nam-ra almost bites On-jo") nor by another's
words in their scene ("the friends find Nam-ra there, who tells them ..."); none is "I don't know".
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

#: what someone says, asked ("what does onjo say", "what did he tell them")
SAYS_ASKED = compile_later(r"\b(?:say|says|said|tell|tells|told)\b")
# told: "tells", "says", "calls it", "confesses", "compares the outbreak to the film Train to Busan"
_TOLD = (r"(?:says|said|saying|tells|told|telling|calls|called|confesses|confessed|admits|admitted|claims|claiming|asks|shouts|compares"
         r"|compared)")


def says_it(short: str, text: str) -> bool:
    """Whether `text` tells the character `short` ("On-jo") saying something: their name, or a pronoun opening a scene
    told of them ("Cheong-san: He compares ...", "He leaves on the helicopter, telling ..."), at most four words before the
    telling verb."""
    speaker = rf"(?:\b{re.escape(short)}\b|(?:^|[:.;] )(?:He|She|They)\b)"
    return re.search(rf"{speaker}(?:,? [\w'-]+){{0,4}}?,? {_TOLD}\b", text) is not None
