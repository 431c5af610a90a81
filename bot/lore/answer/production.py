"""Production and show facts: webtoon, directors, writer, studios, episode count, rating, titles,
the virus, the setting, the premiere, the genre, and the fact topics (awards, viewership, filming,
production) where the best-matching fact of the pack answers."""

from __future__ import annotations

import re

from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import FATE_WORDS, Question
from bot.lore.answer.result import CONFIDENCE_ORDER, Answer, Part
from bot.lore.answer.terms import Terms
from bot.lore.answer.wording import date_text
from bot.lore.content import Fact
from bot.show import NOTHING

_WEBTOON = re.compile(r"\bwebtoon\b|\bbased on\b|\badapt\w*\b|\bsource material\b|\bcomic\b|\bmanhwa\b|\boriginal story\b")
_WEBTOON_AUTHOR = re.compile(r"\bwho\s+(?:wrote|writes|created|made|drew|draws|is the author)\b|\bauthor\b|\bcreator\b|\bartist\b")
_DIRECTORS = re.compile(r"\bdirect\w*\b")
_WRITER = re.compile(r"\bwho\s+(?:wrote|writes|penned)\b|\bwriter\b|\bscreen\s*(?:play|writer)\b|\bscript\b")
_STUDIOS = re.compile(r"\bstudios?\b|\bproduc(?:ed|er|ers|tion company|tion companies)\b|\bcompan(?:y|ies)\b|\bwho made\b")
_EPISODE_COUNT = re.compile(r"\bhow many episodes\b|\bnumber of episodes\b|\bepisode count\b|\bhow long is (?:it|the show|season 1)\b")
_RATING = re.compile(r"\brat(?:ed|ing)\b|\bage\b|\bkids?\b|\bappropriate\b|\bsuitable\b")
_TITLES = re.compile(r"\bkorean (?:title|name)\b|\boriginal (?:title|name)\b|\btitle\b|\bmean\w*\b|\bcalled in korean\b")
_VIRUS = re.compile(r"\bvirus\b|\bjonas\b|\boutbreak\b|\bwhat caused\b|\bcause\b")
_SETTING = re.compile(
    r"\bwhere\b|\bsetting\b|\bset in\b|\bwhich (?:school|city|town)\b|\bwhat (?:school|city|town)\b|\bschool\b"
)
_FILMED = re.compile(r"\bfilm\w*\b|\bshot\b|\bshoot\w*\b")
_PREMIERE = re.compile(r"\b(?:premiere\w*|release\w*|come out|came out|launch\w*|air\w*|debut\w*|drop\w*|start streaming)\b")
_WHEN_OUT = re.compile(r"\bwhen\b.*\b(?:out|netflix)\b")
_ASKS_WHEN = re.compile(r"\bwhen\b|\bdate\b|\bday\b|\byear\b|\bpremiere\b|\breleased\b")
_GENRE = re.compile(
    r"\bwhat (?:kind|type|genre|sort) of\b|\bgenre\b|\bwhat is (?:it|the show|all of us are dead) about\b"
    r"|\bwhat(?:'s| is) all of us are dead\b"
)
# Fact topics, in the order they are tried, with the words that ask about them.
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("awards", re.compile(r"\baward\w*\b|\bbaeksang\b|\bnominat\w*\b|\bprizes?\b")),
    ("viewership", re.compile(
        r"\bviews?\b|\bviewers?\b|\bhours\b|\bwatched\b|\bpopular\b|\bchart\w*\b|\bratings?\b|\btop 10\b|\brecord\w*\b"
    )),
    ("filming", re.compile(r"\bfilm\w*\b|\bshot\b|\bshoot\w*\b|\bset\b|\blocation\w*\b")),
    ("production", re.compile(r"\bproduction\b|\bannounc\w*\b|\bmade\b|\bhow long\b")),
)
_WHERE = re.compile(r"\bwhere\b")
_PLACE_STEMS = frozenset({"location", "andong", "seoul", "set", "locat"})


class ProductionAnswers:
    def __init__(self, knowledge: Knowledge, terms: Terms) -> None:
        self.knowledge = knowledge
        self.terms = terms
        self._facts_by_topic: dict[str, list[Fact]] = {}
        for fact in knowledge.pack.facts.values():
            self._facts_by_topic.setdefault(fact.topic, []).append(fact)

    def answer(self, q: Question) -> Answer | None:
        knowledge = self.knowledge
        if knowledge.entities(q, "character"):
            return None
        show = knowledge.pack.show
        t = q.text
        refs = knowledge.show_refs()

        def ans(text: str, intent: str) -> Answer:
            return Answer(q.raw, True, [Part(text, NOTHING, "official", refs)], intent)

        person = knowledge.person_name

        if _WEBTOON.search(t):
            author = person(show.webtoon.author)
            if _WEBTOON_AUTHOR.search(t):
                return ans(f"The webtoon {show.webtoon.title} was created by {author}.", "webtoon.author")
            extra = f", about {show.webtoon.episodes_approx} episodes" if show.webtoon.episodes_approx else ""
            return ans(
                f"It is based on the {show.webtoon.platform} webtoon {show.webtoon.title} by {author} "
                f"({show.webtoon.years}{extra}).", "webtoon")
        if _DIRECTORS.search(t):
            names = " and ".join(person(p) for p in show.directors)
            return ans(f"All of Us Are Dead was directed by {names}.", "directors")
        if _WRITER.search(t):
            return ans(f"The series was written by {person(show.writer)}.", "writer")
        if _STUDIOS.search(t):
            return ans(f"It was produced by {', '.join(show.studios)}.", "studios")
        if _EPISODE_COUNT.search(t):
            return ans(f"Season 1 has {show.episode_count} episodes, all released at once.", "episode_count")
        if _RATING.search(t):
            return ans(f"It is rated {show.rating}.", "rating")
        if _TITLES.search(t):
            ti = show.titles
            return ans(f"The Korean title is {ti.korean} ({ti.romanized}), literally \u201c{ti.literal}\u201d; "
                       f"in English it is {ti.english}.", "titles")
        if _VIRUS.search(t):
            fact = self._topic_fact("virus", q)
            if fact is not None:
                return Answer(q.raw, True, [knowledge.fact_part(fact)], "virus")
            return ans(show.virus, "virus")
        if _SETTING.search(t) and not FATE_WORDS.search(t) and not _FILMED.search(t):
            return ans(show.setting, "setting")
        if (_PREMIERE.search(t) or _WHEN_OUT.search(t)) and _ASKS_WHEN.search(t):
            return ans(f"All {show.episode_count} episodes of season 1 premiered on Netflix on {date_text(show.premiere)}.", "premiere")
        if _GENRE.search(t):
            return ans(show.type, "type")
        for topic, pattern in _TOPICS:
            if pattern.search(t):
                fact = self._topic_fact(topic, q)
                if fact is not None:
                    return Answer(q.raw, True, [knowledge.fact_part(fact)], topic)
        return None

    def _topic_fact(self, topic: str, q: Question) -> Fact | None:
        stems = set(q.stems)
        if _WHERE.search(q.text):
            stems |= _PLACE_STEMS
        best: tuple[int, Fact] | None = None
        for fact in self._facts_by_topic.get(topic, ()):
            score = len(stems & self.terms.stems(fact.id)) * 2 - CONFIDENCE_ORDER.get(fact.confidence, 0)
            if best is None or score > best[0]:
                best = (score, fact)
        return None if best is None else best[1]
