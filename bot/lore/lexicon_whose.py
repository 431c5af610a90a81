"""The words beside an event word that tell whose event it is, or that it did not happen, for the spoiler
lexicon (plain Python): an event done to oneself ("gives herself up") or for someone ("dies for Na-yeon"), the
writer's or the reader's own ("you gave your life"), what only would have been ("could have survived if ..."), a
game the fan plays ("who would survive longer, me or Dae-su") and a yes-or-no question asked.
"""

from __future__ import annotations

import functools
import re

from bot.lore import lexicon_reach

#: An event done to oneself ("gives herself up", "sacrifices himself"): the one named before it, never after.
SELF = re.compile(r"\b(?:herself|himself|themselves|(?:her|his|their) (?:own )?li(?:fe|ves))\b", re.I)
SELF_AFTER = re.compile(r"\s+(?:herself|himself|themselves|for|para|pra|per|pour|so(?![-‐‑])|to (?:save|protect)|saving|protecting"
                         r"|while (?:saving|protecting|shielding))\b", re.I)  # "dies for Na-yeon": not hers ("rip so-ju": his)
WOULD = re.compile(r"(?:would|could|might|['’]d)(?:\s+still)?\s+(?:have\s+|['’]ve\s+)$", re.I)  # what did not happen
IF = re.compile(r"\s+if\b", re.I)
# (GAME holds 3 words at most, "who would survive"; FROM 1; FOR 2, "to save": searched through lexicon_reach)
GAME = re.compile(r"\bwho(?:\s+would|\s+could|['’]d)\s+(?:\w+\s+)?$", re.I)  # "who would survive longer, me or Dae-su": a game
ME_OR = re.compile(r"\b(?:me|you|u|i) or\b|\bor (?:me|you|u)\b", re.I)
ASKED = re.compile(r"\s*(?:does|do|did|will|would|can|could|is|was)\b", re.I)  # a yes-or-no question
FROM = re.compile(r"(?<![\w-])from\s+$", re.I)
FOR = re.compile(r"(?<![\w-])(?:for|para|pra|per|pour|to (?:save|protect)|saving|protecting)\s+$", re.I)  # ("pra nayeon")
YOURS = re.compile(r"\b(?:your|my)\b", re.I)  # the writer's or the reader's own, not a character's by name
SUFFERED = frozenset({"death", "bite", "turn", "infect", "halfbie"})




@functools.lru_cache(maxsize=64)
def _ending(pattern: re.Pattern[str], sentence: str) -> dict[int, bool]:
    """Each place's answer for `pattern` in `sentence`, filled as asked: kept per sentence, since a long one names more
    people than a cache of (sentence, place) pairs holds, and cycling through it re-searched them all per event word."""
    return {}


def ends(pattern: re.Pattern[str], sentence: str, at: int) -> bool:
    """Whether `pattern` (FROM, FOR: ending in `$`) ends right before `at` ("hid her bite from On-jo", "dies for Na-yeon"),
    each name's asked once: a long message asks it per event word per name, and searching the sentence anew each time
    made one 4,000-character message cost seconds (the guard reads every message on the event loop)."""
    known = _ending(pattern, sentence)
    if at not in known:
        known[at] = lexicon_reach.ending_at(pattern, sentence, at, 2) is not None
    return known[at]
