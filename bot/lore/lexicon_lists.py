"""Rolls of the dead, for the spoiler lexicon (bot/lore/lexicon.py): fans list the characters a season killed with
no death word, only a word of loss ("first isak then gyeongsu then ms park… brutal", "saddest: isak, ms park, so-ju,
woojin"). Three names or more in a row (commas, "and", "then" between them) with such a word give each one's death
away when every one of them dies in the pack (a list with a survivor in it is a cast list, a ranking of faves)."""

from __future__ import annotations

import re

from bot.lore.lexicon_subjects import Mentions

#: What may stand between two names of one list.
_GAP = re.compile(r"[\s,;/&+>→.…-]*(?:(?:and|then|n|&|그리고|다음)[\s,;/&+>→.…-]+)*(?:then\s+)?", re.I)
#: A word of loss that makes a list a roll of the dead (not a list of faves).
_LOSS = re.compile(
    r"(?<![\w-])(?:sad(?:dest|der)?|brutal|rip|r\.i\.p|loss(?:es)?|deaths?|cr(?:y|ied|ying)|hurt(?:s|ful)?|pain(?:ful)?"
    r"|never forget|deserved better|traumati\w*|heartbreak\w*|tragic|gone too soon|we lost|in memoriam)(?![\w-])"
    r"|💔|🕊|🥀|😢|슬프\w*|슬픈|눈물", re.I)
#: How many names in a row make a list.
_LEAST = 3


def listed(sentence: str, mentions: Mentions) -> frozenset[str]:
    """The characters of the lists of three names or more in `sentence` when it holds a word of loss."""
    if len(mentions) < _LEAST or not _LOSS.search(sentence):
        return frozenset()
    found: set[str] = set()
    run: Mentions = []
    for mention in [m for m in mentions if len(m[2]) == 1 and not m[3] and not m[4]] + [(-1, -1, frozenset(), False, False)]:
        if run and mention[0] >= run[-1][1] and _GAP.fullmatch(sentence, run[-1][1], mention[0]):
            run.append(mention)
            continue
        if len(run) >= _LEAST:
            found.update(c for m in run for c in m[2])
        run = [mention]
    return frozenset(found)
