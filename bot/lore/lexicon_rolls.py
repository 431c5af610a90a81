"""Rolls of the dead and roll calls: names listed in a row with a word of loss, or five names with none.

Fans list the characters a season killed with no death word, only a word of loss ("first isak then gyeongsu then
ms park… brutal", "saddest: isak, ms park, so-ju, woojin"). Three names or more in a row (commas, "and", "then"
between them) with such a word give each one's death away when every one of them dies in the pack (the lexicon
checks that: a list with a survivor in it is a cast list, a ranking of faves).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.lazy_re import compile_later

if TYPE_CHECKING:
    from bot.lore.lexicon_subjects import Mentions


#: What may stand between two names of one list.
_GAP = compile_later(r"[\s,;/&+>→.…-]*(?:(?:and|then|n|&|그리고|다음)[\s,;/&+>→.…-]+)*(?:then\s+)?", re.I)
#: A word of loss that makes a list a roll of the dead (not a list of faves).
_LOSS = compile_later(
    r"(?<![\w-])(?:sad(?:dest|der)?|brutal|rip|r\.i\.p|loss(?:es)?|deaths?|cr(?:y|ied|ying)|hurt(?:s|ful)?|pain(?:ful)?"
    r"|never forget|deserved better|traumati\w*|heartbreak\w*|tragic|gone too soon|we lost|in memoriam"
    r"|(?:did|do|does) ?n[o'’]?t (?:make it|survive)|never made it)(?![\w-])"
    r"|💔|🕊|🥀|😢|슬프\w*|슬픈|눈물", re.I)
#: A loss said of them all that makes two names a roll of the dead ("rip isak and gyeongsu"; not "made me cry").
_LOSS_OF_TWO = compile_later(r"(?<![\w-])(?:rip|r\.i\.p|gone too soon|we lost|in memoriam|(?:did|do|does) ?n[o'’]?t (?:make it|survive)"
                          r"|never made it)(?![\w-])|🕊|🪦", re.I)
#: How many names in a row make a list.
_LEAST = 3


#: How many names in a row make a roll call without any word ("onjo suhyeok daesu hari mijin hyoryeong 🫶"): the lexicon
#: reads it as their fate when every one of them survives (five names of survivors and no one else are the survivors).
ROLL = 5


def listed(sentence: str, mentions: Mentions, least: int = _LEAST) -> frozenset[str]:
    """The characters of the lists of three names or more in `sentence` when it holds a word of loss (two when the
    loss is said of them all: "rip isak and gyeongsu"); of `least`
    names or more (a roll call, `ROLL`), whatever words it holds."""
    if least == _LEAST and _LOSS_OF_TWO.search(sentence):
        least = 2  # "they didn't make it: isak and gyeongsu"
    if len(mentions) < least or (least < ROLL and not _LOSS.search(sentence)):
        return frozenset()
    found: set[str] = set()
    run: Mentions = []
    owners = [m[0] for m in mentions if m[4] and not m[3]]  # "isak, gyeongsu, onjo's dad": the relative is listed
    for mention in [m for m in mentions if len(m[2]) == 1 and not m[3] and not m[4]] + [(-1, -1, frozenset(), False, False)]:
        end = min((o for o in owners if run and run[-1][1] <= o < mention[0]), default=mention[0])
        if run and mention[0] >= run[-1][1] and _GAP.fullmatch(sentence, run[-1][1], end):
            run.append(mention)
            continue
        if len(run) >= least:
            found.update(c for m in run for c in m[2])
        run = [mention]
    return frozenset(found)
