"""What the show cost: "how much was the budget", "what was the budget for season 1", "how much did
it cost to make". No source gives a figure for season 1; the answer says so (answered: false),
never the season-2 rumour said as if it were season 1's. Asked of season 2, the claims that speak
of its budget answer (the season-2 kinds); asked of neither, the rumour follows the "I don't know",
labelled as the rumour it is.
"""

from __future__ import annotations

import re

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part

_COST = re.compile(
    r"\bbudgets?\b|\bhow much (?:did|does|was|were|money)\b.*\b(?:cost|make|made|spend|spent|film|shoot|produce)\b"
    r"|\bhow (?:expensive|costly)\b|\bcost (?:to make|to produce|to film)\b|\bproduction cost"
)


class BudgetAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._rumours = [r for r in shared.records.all if r.kind == "claim" and "budget" in r.text.casefold()]

    def answer(self, ask: Ask) -> Answer | None:
        if ask.found.subjects or ask.a.season == 2 or not _COST.search(ask.text):
            return None
        parts = [Part("My sources give no budget figure for season 1.")]
        if ask.a.season is None:
            parts += [self.s.part(r) for r in self._rumours[:1]]
        return Answer(ask.raw, False, parts, "unknown")
