"""The show's English title: "what is the english title", "whats it called in english", "english
name of the show?". The pack's title fact gives the Korean title and what it means; the English
title is the show's own (show.yaml), said with the Korean one. What the title means in English is
the title fact's question, never this one.

Its language: "is it in english", "what language is it in". No source states it outright; what
they say is that it is a South Korean series (the pack's fact whose keywords say "language"), and,
of English, what the early articles took for its English-speaking cast. Never a "Yes." that it is
in English.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part

_THE_SHOW = r"(?:the show|the series|the drama|the kdrama|it|this|this show)"
_ENGLISH_TITLE = compile_later(
    rf"^(?:so |and |ok |but )?(?:(?:what|wat|wht)(?: 's| is|s| was)? )?(?:the |{_THE_SHOW} 's |its )?"
    rf"(?:english|international|netflix|us|american) (?:title|name)(?: of {_THE_SHOW})?\W*$"
    rf"|^(?:so |and |ok )?(?:what|wat|how)(?: 's| is|s| was| do you say| do they call)? {_THE_SHOW} (?:called|titled|named|"
    rf"say|call it) in english(?: title| name)?\W*$"
    rf"|^(?:what|wat)(?: 's| is|s| was)? (?:the )?(?:title|name) (?:of {_THE_SHOW} )?in english\W*$"
)


_LANGUAGE = compile_later(
    rf"^(?:so |and |ok |but )?(?:is|was|are) {_THE_SHOW} (?:in|spoken in|filmed in|originally in|dubbed in|made in) "
    r"(?P<lang>english|korean)\W*$"
    rf"|^(?:so |and |ok )?(?:what|which) languages? (?:is|was|are|do they speak|does it use)(?: {_THE_SHOW})?"
    r"(?: in| spoken in| filmed in| originally in)?\W*$"
)


class TitleAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        if ask.found.subjects:
            return None
        if (language := _LANGUAGE.search(ask.text)) is not None:
            return self._language(ask, language.group("lang") == "english")
        if not _ENGLISH_TITLE.search(ask.text):
            return None
        show = self.s.pack.show
        titles = show.titles
        text = f"The English title is {titles.english}."
        if titles.korean:
            text += f" The Korean title is {titles.korean}"
            text += f" ({titles.romanized})" if titles.romanized else ""
            text += f", which means \u201c{titles.literal}\u201d." if titles.literal else "."
        part = Part(text, confidence="official", sources=self.s.knowledge.refs(show.sources))
        return self.s.answer(ask, [part], "title", consumed=ask.stems_without(()))

    def _language(self, ask: Ask, english: bool) -> Answer | None:
        facts = self.s.pack.facts
        said = [f.id for f in facts.values() if "language" in f.keywords and f.id in self.s.records.by_id]
        if english:
            said += [f.id for f in facts.values() if "english dub" in f.keywords and f.id in self.s.records.by_id]
        if not said:
            return None
        records = [self.s.records.by_id[i] for i in said]
        lead = Part("My sources don't state its language outright. What they do say:", hedged=True)
        return self.s.answer(ask, [lead, *(self.s.part(r) for r in records)], "language", evidence=records,
                             consumed=ask.stems_without(()))
