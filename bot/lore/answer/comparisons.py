"""The show against another one: "is it bigger than squid game", "did it beat squid game",
"aouad vs squid game which is bigger".

Size and popularity are what the sources measure (viewing hours, chart places), so the answer is
the pack's fact that compares the two, which says its verdict first ("Overall, no: ..."). The fact
is found by its keywords: one names the other show, another the comparison ("bigger than squid
game"). Which is *better* is an opinion (router.py says so); a show no fact compares is left to
the other kinds of answer, which say they do not know.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer
from bot.lore.content import ContentPack, Fact
from bot.recent import RecentByIdentity

# How a question sets the show against another: "bigger than", "beat", "vs", "as big as".
_AGAINST = compile_later(
    r"\b(?:bigger|more popular|popular|larger|more successful|more watched|watched more|more views|more viewers|"
    r"more hours|more people|views than|better numbers|beat|beats|beaten|outperform\w*|outdo|outdid|surpass\w*|"
    r"top|topped|as big as|as popular as|compare\w*|comparison|vs|versus|than)\b"
)

# A measure the sources never set against another show's ("was the rating higher than squid game", "more episodes than"):
# no verdict off the viewing figures
_OTHER_MEASURE = compile_later(r"\b(?:rating|ratings|rated|score|scores|reviews?|reviewed|rotten|imdb|metacritic|critics?"
                            r"|budget|episodes?|eps|longer|shorter|runtime|awards?|emmys?)\b")


def _compared(pack: ContentPack) -> tuple[tuple[str, Fact], ...]:
    """Each fact that compares the show with another: the other show's name (a keyword that some
    other keyword of the same fact completes as "... than <name>"). Once per pack (read only)."""
    found: list[tuple[str, Fact]] = []
    for fact in pack.facts.values():
        keywords = [k.casefold() for k in fact.keywords]
        found.extend((k, fact) for k in keywords if any(other.endswith(f" than {k}") for other in keywords))
    return tuple(found)


_RECENT: RecentByIdentity[ContentPack, tuple[tuple[str, Fact], ...]] = RecentByIdentity()


class ComparisonAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._facts = _RECENT.get(shared.pack, lambda: _compared(shared.pack))

    def answer(self, ask: Ask) -> Answer | None:
        if not self._facts or ask.found.subjects or not _AGAINST.search(ask.text) or _OTHER_MEASURE.search(ask.text):
            return None
        for name, fact in self._facts:
            if re.search(rf"\b{re.escape(name)}\b", ask.text):
                record = self.s.records.by_id[fact.id]
                return self.s.answer(ask, [self.s.part(record)], "comparison", evidence=[record],
                                     consumed=ask.a.stems)
        return None
