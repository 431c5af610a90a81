"""What a "how many" question counts, and in which of the sources' windows: "how many weeks" is a number right
before "weeks" in a record; "how many countries was it number 1 in" is a count of countries it topped, never the
countries whose Top 10 it was in.
"""

from __future__ import annotations

import re

from bot.lazy_re import Pattern, compile_later
from bot.lore.answer.words import stem, synonyms_of

_NUMERAL = (r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
            r"hundred|thousand|million)")

# What is counted in people: "how many survivors", "how many deaths", "how many escaped".
_PEOPLE_COUNTED = frozenset(stem(w) for w in ("survivor", "death", "victim", "escape", "casualty", "rescue"))
_PERSON_NOUNS = frozenset({"people", "ppl", "persons", "kids", "students", "characters"})
_PHRASE_END = frozenset(
    "did do does is are was were will would has have had can could in of on at for from to by with the a an "
    "it its they there this that".split()
)


def counted_in(text: str) -> Pattern | None:
    """For "how many weeks ...": a number right before "week" ("eleven weeks", "560.8 million viewing
    hours") in a record, or any word of its group ("chapters" -> "130 episodes")."""
    match = re.search(r"\bhow many\b\s*(?P<rest>.*)$", text)
    if match is None:
        return None
    nouns: list[str] = []
    for word in match.group("rest").split()[:3]:
        if word in _PHRASE_END or not word.isalpha():
            break
        nouns.append(word)
    if not nouns:
        before = text[: match.start()].split()
        nouns = [w for w in before[-1:] if w.isalpha() and w not in _PHRASE_END]
    if not nouns:
        return None
    forms = {n for noun in nouns for n in (noun, noun.rstrip("s"), *synonyms_of(noun))}
    if any(stem(noun) in _PEOPLE_COUNTED or noun in _PERSON_NOUNS for noun in nouns):
        # "how many survivors", "how many people reached the camp": a number of people, students or residents
        forms |= {"people", "students", "residents"}
    alternatives = "|".join(sorted(re.escape(f) for f in forms if len(f) > 2))
    return re.compile(rf"\b{_NUMERAL}\s+(?:[\w-]+\s+){{0,2}}(?:{alternatives})", re.I)



# "number 1", "#1", "top spot": a count of where it was first, as a record words it ("first in 63", "top in 25")
_TOPPED_ASKED = compile_later(r"#\s?1\b|\bnumber (?:1|one)\b|\bno\.? ?1\b|\btop spot\b|\bfirst place\b|\btopp?ed\b|1위")
_TOPPED_SAID = compile_later(r"\b(?:first|top) in \d|#1|\bnumber one\b|\btopped\b", re.I)


def same_window(question: str, record: str) -> bool:
    """Whether a record's count is of the kind asked: where it was number 1 asks for a record saying where it was
    first, not one giving only the countries whose Top 10 it was in."""
    return not _TOPPED_ASKED.search(question.casefold()) or bool(_TOPPED_SAID.search(record))
