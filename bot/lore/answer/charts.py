"""Where the show ranked, asked for one country: "was it number 1 in korea", "did it top the charts
in india", "#1 on netflix korea?", "한국에서 1위 했어?".

The sources name one country's chart: Netflix's US daily Top 10, topped on the seventh day (the same
record says Korea was the first country with two non-English series to do so, which is not a Korean
chart). The rest are counts of countries ("first in 29"). Read as a bare ranking question, "in
korea" is dropped and the US record answers "Yes."; so a country other than the US is "I don't
know", with what the sources do say, and the US is answered from its own record, its day held to
the question's ("on the first day" is "No.": it took seven). So is a year: every ranking they give
is from early 2022, so "number one in 2023" is "I don't know".
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Shared
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_words import SEASON_TWO_NAMED

# A ranking asked: "number 1", "no.1", "#1", "top", "topped the charts", "first place", "1위".
_RANKED = compile_later(
    r"(?:\b(?:number|num|no\.?|nr\.?)\s*(?:1|one)\b|#\s*1\b|\btop(?:ped|s|ping)?\b|\bchart\w*|\b(?:first|1st) place\b|\brank\w*"
    r"|\bmost (?:watched|popular|viewed)\b|1\s*위|1\s*등|순위|차트)"
)
# Each country as typed, with the name it is said back with. The US first: its record answers.
_US = "the US"
_PLACES: tuple[tuple[str, str], ...] = (
    (r"us|u\.s\.?|usa|u\.s\.a\.?|america|united states|the states|미국", _US),
    (r"south korea|korea|sk|rok|한국|국내", "Korea"),
    (r"uk|u\.k\.|united kingdom|britain|great britain|england|영국", "the UK"),
    (r"japan|일본", "Japan"), (r"china|중국", "China"), (r"india|인도", "India"), (r"france|프랑스", "France"),
    (r"germany|독일", "Germany"), (r"brazil|브라질", "Brazil"), (r"mexico|멕시코", "Mexico"),
    (r"canada|캐나다", "Canada"), (r"australia|aus|호주", "Australia"), (r"philippines|ph|필리핀", "the Philippines"),
    (r"indonesia|인도네시아", "Indonesia"), (r"vietnam|베트남", "Vietnam"), (r"thailand|태국", "Thailand"),
    (r"taiwan|대만", "Taiwan"), (r"singapore|싱가포르", "Singapore"), (r"malaysia|말레이시아", "Malaysia"),
    (r"spain|스페인", "Spain"), (r"italy|이탈리아", "Italy"), (r"turkey|터키", "Turkey"),
)
_PLACE_WORDS = "|".join(p for p, _ in _PLACES)
# "in korea", "on netflix korea", "korea's top 10", "korean netflix", "한국에서"
_IN_PLACE = compile_later(
    rf"\b(?:in|on netflix|netflix|across) (?:the )?(?P<a>{_PLACE_WORDS})\b(?!\s*(?:netflix )?(?:and|or)\b)"
    rf"|\b(?P<b>{_PLACE_WORDS})(?:'s| netflix| charts?| top| daily| weekly)\b"
    rf"|(?P<c>{_PLACE_WORDS})\s*(?:에서|넷플)"
)
_KOREAN_NETFLIX = compile_later(r"\bkorean netflix\b|\bnetflix kr\b")
# The day asked, against the record's seventh: "on the first day", "day one", "release day"
_FIRST_DAY = compile_later(r"\b(?:first|1st|opening|release|launch|premiere) day\b|\bday (?:one|1)\b|\bright away\b"
                        r"|\bimmediately\b|\bstraight away\b|첫날|당일")
_SEVENTH_DAY = compile_later(r"\b(?:seventh|7th) day\b|\bday (?:seven|7)\b|\bafter a week\b")
_QUESTION_WORD = compile_later(r"^(?:when|how|which|what|where|why|who)\b|언제|몇|어디|어느|무슨|왜|누가")
_US_RECORD = "us-number-one"
_PREMIERE = "premiere"
_WHICH_COUNTRY = compile_later(r"\b(?:which|what) (?:country|countries|nation)\b|어느 나라|어떤 나라")
_FIRST_IN = compile_later(r"\b(?:released?|release|come out|came out|comes out|premiered?|dropp?(?:ed)?|out|air(?:ed)?)\b"
                       r".*\bfirst\b|먼저")
_YEAR = compile_later(r"\b(?:in|of|for|during)\s+(20\d\d)\b|(20\d\d)\s*년")
# The show set against another: "faster than squid game", "vs squid game", "beat squid game to #1"; never a
# length of time ("in less than a week") or a number ("more than 20 countries").
_AGAINST_ANOTHER = compile_later(
    r"\bthan (?!(?:a|an|one|\d+|two|three|four|five|six|seven|ten|that|usual|expected)\b)(?:the )?[a-z]"
    r"|\b(?:vs\.?|versus|compared (?:to|with)|beat|beats|beaten|outdid|outdo|outpaced?)\b"
)
_RANKED_YEAR = "2022"  # every ranking the sources give is from January and February 2022
_SAID_OF_2022 = ("flixpatrol-number-one", "week-one-hours", "twenty-three-days")
_SAID_INSTEAD = ("us-number-one", "week-one-hours")


class ChartPlaces:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, question: str) -> Answer | None:
        """The ranking in the country asked for, or "I don't know" with what the sources say;
        None when no one country's ranking is asked."""
        text = " ".join(question.casefold().split())
        if (first := self._first_in(question, text)) is not None:
            return first
        if _RANKED.search(text) and _WHICH_COUNTRY.search(text):
            return self._which_country(question)
        if not _RANKED.search(text) or re.match(r"(?:who|which)\b", text):
            return None  # "who was most popular in korea" asks a character, not the show's place
        if _AGAINST_ANOTHER.search(text):
            return None  # "did it hit #1 in the us faster than squid game": the comparison's own fact, never "Yes."
        place = _place(text)
        records = self.s.records.by_id
        if _US_RECORD not in records:
            return None
        if place is None:
            return self._in_year(question, text)
        if place == _US:
            record = records[_US_RECORD]
            part = self.s.part(record)
            verdict = "" if _QUESTION_WORD.search(text) else _day_verdict(text)
            if verdict:
                part = Part(f"{verdict} {part.text}", part.spoils, part.confidence, part.sources, hedged=True)
            return Answer(question, True, [part], "ranking.country")
        lead = Part(f"I don't know how it ranked in {place}: my sources name no chart there. What they do say:")
        said = [self.s.part(records[i]) for i in _SAID_INSTEAD if i in records]
        return Answer(question, False, [lead, *said], "unknown")


    def _which_country(self, question: str) -> Answer:
        """"which country was it most popular in": the sources count countries, never rank them."""
        records = self.s.records.by_id
        lead = Part("I don't know which countries: my sources count the countries where it charted, naming only "
                    "the US. What they do say:")
        return Answer(question, False, [lead, *(self.s.part(records[i]) for i in _SAID_INSTEAD if i in records)],
                      "unknown")

    def _first_in(self, question: str, text: str) -> Answer | None:
        """"was it released in korea first": "No." with the worldwide premiere (season 1 came out
        everywhere at once); a season 2 is left to its own answers."""
        record = self.s.records.by_id.get(_PREMIERE)
        if record is None or not _FIRST_IN.search(text) or _place(text) is None or SEASON_TWO_NAMED.search(text):
            return None
        part = self.s.part(record)
        return Answer(question, True, [Part(f"No. {part.text}", part.spoils, part.confidence, part.sources, hedged=True)],
                      "release.place")

    def _in_year(self, question: str, text: str) -> Answer | None:
        """"was it number one in 2023", "most watched show of 2022": the sources rank its first weeks
        (early 2022) only; another year is "I don't know", 2022 is what they say, with no verdict."""
        match = _YEAR.search(text)
        if match is None:
            return None
        year = match.group(1) or match.group(2)
        records = self.s.records.by_id
        said = [self.s.part(records[i]) for i in _SAID_OF_2022 if i in records]
        if year == _RANKED_YEAR:
            return Answer(question, True, said, "ranking.year")
        lead = Part(f"I don't know how it ranked in {year}: my sources rank only its first weeks, in "
                    f"early {_RANKED_YEAR}. What they do say:")
        return Answer(question, False, [lead, *said], "unknown")


def _place(text: str) -> str | None:
    if _KOREAN_NETFLIX.search(text):
        return "Korea"
    match = _IN_PLACE.search(text)
    if match is None:
        return None
    typed = next(g for g in match.groups() if g)
    return next(name for pattern, name in _PLACES if re.fullmatch(pattern, typed))


def _day_verdict(text: str) -> str:
    """"Yes." for the US chart, "No." when the day asked is not the seventh, none for a week."""
    if _FIRST_DAY.search(text) or re.search(r"\bday (?:[2-68]|two|three|four|five|six|eight)\b", text):
        return "No."
    if "week" in text and not _SEVENTH_DAY.search(text):
        return ""
    return "Yes."
