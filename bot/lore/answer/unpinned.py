"""In which episode the virus is first named: no source pins it down (facts.md's open gaps).

"what episode is the virus named", "when do we learn the virus's name", "which ep is the jonas virus
mentioned": the name (hidden as far as the pack's name record is) and that the sources do not say
which episode first gives it, never the first episode the word "virus" appears in (episode 1's
Jin-su) nor a scene that merely says "virus".
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part

_VIRUS_NAMED = compile_later(
    r"^(?:in )?(?:which|what|wat) (?:episode|ep)\b.*\b(?:virus|jonas)\b.*\b(?:named|name|called|mentioned|revealed|"
    r"reveal|said|given|first)\b|^(?:in )?(?:which|what) (?:episode|ep)\b.*\b(?:name|named|call|called)\b.*\bvirus\b"
    r"|^when (?:do|did|does) (?:we|they|you|the show|it)\b.*\b(?:learn|find out|hear|get|say|reveal|name|call)\w*\b.*"
    r"\b(?:virus|jonas)\b.*\bname|^when (?:do|did|does) (?:we|they|you|the show|it)\b.*\b(?:name|call)\w* (?:the|it) virus\b"
)
_NAME_RECORD = "virus-name"


class VirusNamed:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        record = self.s.records.by_id.get(_NAME_RECORD)
        if record is None or ask.found.subjects or not _VIRUS_NAMED.search(ask.text):
            return None
        lead = Part("My sources don't say in which episode the virus is first named.", hedged=True)
        return self.s.answer(ask, [lead, self.s.part(record)], "episode.unpinned", evidence=[record],
                             consumed=ask.a.stems)
