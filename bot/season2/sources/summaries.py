"""A feed item's summary read for the release day its title leaves out.

An outlet's title often says only that there is news ("Netflix confirms return of 'All of Us Are Dead'
season 2") and its summary says what ("The second season will premiere on March 19, Netflix said").
A summary is read only to complete its title, never on its own, and only where that adds no claim
the outlet did not make:

- only when the title is about season 2 (or rounds up what is coming to Netflix: "Netflix's Spring K-Drama Slate
  Revealed", then only a sentence naming our show and its season 2), asks and denies nothing, and gives no day
  itself (the title's word stands; a summary never contradicts it: a title's window gives way only to a day or a
  narrower window inside it, "Sets May Premiere Date" / "returns Friday, May 14");
- only the summary's first sentences (a feed's summary often trails off into other stories);
- only a sentence that names the show or its second season ("the series" alone may be any show's in a
  roundup, unless the title says its release date is the news and the first sentence names no other title
  before it:
  "... premiere date revealed" / "According to an insider, the series will arrive on March 12."), no other numbered title ("Weak Hero Class 2 premieres March 12": not ours), and no
  earlier season ("The first season premiered on January 28, 2022");
- only what gives the release a day or a window (a date announced, changed or put off, a window), or a sentence
  naming season 2 itself that says it is out (a review's "All of Us Are Dead season 2 is streaming now on Netflix."):
  a teaser's or an event's day, casting or filming are the title's to say;
- at the weaker of the title's and the sentence's strength ("according to an insider" in either
  makes it a rumour).

The claim keeps its title as its text (what fans see); the summary itself is never shown. Pure
functions on text.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import replace

from bot.lazy_re import compile_later
from bot.season2.model import Confidence, Milestone
from bot.season2.sources.headline_dates import parse_headline_date, years_named
from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_spelling import with_verbs_spelt
from bot.season2.sources.headline_strength import asks, hedged, refuses
from bot.season2.sources.headline_words import MONTH_TYPED, WEEKDAY
from bot.season2.sources.headlines import Classified, about_season_two
from bot.season2.sources.other_titles import SHOW, ours_only
from bot.season2.sources.written_day import read_as_written
from bot.season2.windows import Window
from bot.text import HANGUL_WORD

#: How much of a summary is read: its first sentences, up to this many characters.
MAX_SUMMARY = 400
_SENTENCES = 2
_TAG = compile_later(r"<[^>]{0,500}>")
#: A sentence ends at its stop, not at a time's "p.m." before its zone ("March 19 at 5 p.m. KST.").
_SENTENCE_END = compile_later(r"(?<=[.!?。])(?<![apAP]\.[mM]\.)\s+|(?<=[apAP]\.[mM]\.)\s+(?![A-Z]{2,4}\b)|(?<=다\.)\s*")
#: A second season named without the show's name ("The second season of the zombie series ...").
_SEASON_TWO = compile_later(r"\b(season|series|part)\s*(2|two)\b|\b(second|2nd|new) (season|instal?l?ment|part)\b|\bsequel\b"
                         r"|시즌\s*2", re.I)
#: A sentence about an earlier season, whose days are history (never the first part of a season released in parts, "Part 1
#: premieres March 12. Part 2 premieres March 26.": season 2's own day, s2wild58).
_EARLIER = compile_later(r"\b(first|1st|previous|last|original) (season|instal?l?ment)\b|\b(previous|last|original) part\b"
                      r"|\b(season|series)\s*(1|one)\b"
                      r"|시즌\s*1|첫\s*시즌|지난\s*시즌", re.I)
#: A day in a summary that is when the news was written or said, never the release's: a byline's stamp ("Published Mar
#: 10, 2027", "Last updated: December 10th, 2026 –", "UPDATE, Feb. 25, 2027:") and the day a statement was made ("On
#: January 20, Netflix announced that …", "On February 25 the streamer confirmed …", opening a sentence: "will premiere
#: on March 19, Netflix said" keeps its day). Taken out before the summary is
#: read, so only the days the news gives are left.
_DAY_SAID = (r"(?:" + WEEKDAY + r",?\s+)?" + MONTH_TYPED +
             r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+20\d\d)?")
_DAY_FIRST = r"\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_TYPED + r"(?:,?\s+20\d\d)?"
#: ... and a dateline opening it, its year said ("February 20, 2027 —", "SEOUL, Feb. 20, 2027 —", "Feb 20, 2027 |").
_DATELINE = (r"^\s*(?:[A-Z][A-Za-z .'’-]{1,30},\s+)?(?:" + MONTH_TYPED + r"\s+\d{1,2}"
             r"(?:st|nd|rd|th)?|\d{1,2}\s+" + MONTH_TYPED + r"),?\s+20\d\d\s*[—–|:-]")
#: ... and a news agency's dateline, its year left out: "SEOUL, March 17 (Yonhap) --", "Seúl, 11 feb (EFE).-", "(서울=연합뉴스)
#: 김지은 기자 =": where and when the wire was filed, never the release's day.
_AGENCY = (r"yonhap|efe|afp|ap|reuters|upi|xinhua|kyodo|dpa|ansa|europa\s+press|bernama|antara|notimex|연합뉴스|뉴스1|뉴시스")
_WORD = HANGUL_WORD.pattern  # the Korean dateline's city and reporter
_WIRE_DATELINE = (rf"^\s*[^()\n]{{0,40}}?\(\s*(?:{_AGENCY})\s*\)\s*(?:\.?\s*-{{1,2}}|\.?\s*[—–]|:)?"
                  rf"|^\s*\(\s*{_WORD}\s*=\s*(?:{_AGENCY})\s*\)\s*(?:{_WORD}(?:\s+{_WORD})?\s*(?:기자|특파원)\s*=)?")
_STAMP = compile_later(rf"{_WIRE_DATELINE}|\b(?:(?:last\s+)?updated|update|published|posted)(?:\s+on)?\s*[:,]?\s*(?:{_DAY_SAID}|{_DAY_FIRST})\s*[:,–—-]?"
                    rf"|{_DATELINE}"
                    rf"|(?:^|(?<=[.!?…] ))on\s+{_DAY_SAID},?\s*(?=[^,.;]{{0,60}}?\b(?:announced|said|revealed|confirmed|shared|unveiled|told"
                    r"|reported|stated|noted|posted|tweeted|claimed|denied)\b)", re.I)


def _sentences(summary: str) -> list[str]:
    """A summary's first sentences, the days it was written or said on taken out (`_STAMP`)."""
    return [s for s in _SENTENCE_END.split(_STAMP.sub(" ", summary)) if s.strip()][:_SENTENCES]


#: What a summary may add: the release's day or window.
_RELEASE_NEWS = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.DELAYED,
                 Milestone.RELEASE_WINDOW)
#: Read as a headline about season 2: the sentence after the show's name (a part of its own).
_CONTEXT = "All of Us Are Dead Season 2 — "


#: A title that rounds up what is coming to Netflix, naming no show ("Netflix's Spring K-Drama Slate Revealed"): its
#: summary is read for our season's day only in a sentence naming our show and its season 2.
#: Also a month's or a week's list: "New K-Dramas on Netflix in March 2027", "What's new on Netflix this week", "Netflix
#: releases this week", 넷플릭스 3월 신작.
_ROUNDUP = compile_later(r"\b(?:slate|line-?up|coming\s+(?:soon\s+)?to\s+netflix|new\s+(?:on|to)\s+netflix"
                      r"|new\s+(?:k-?dramas?|korean\s+(?:dramas?|series|shows?)|shows?|series|releases|titles)\s+(?:on|to|coming\s+to)"
                      r"\s+netflix|netflix\s+(?:releases|premieres|schedule|new\s+releases)\s+(?:this|next)\s+(?:week|month)"
                      # "Every Korean Netflix Series Coming in 2027 (So Far)": a year's list
                      # "Netflix 2027: The Korean Series Coming Next Year"
                      r"|(?:series|shows|dramas|k-?dramas|titles|releases)\s+coming\s+(?:to\s+netflix\s+)?(?:in\s+20\d\d|next\s+year"
                      r"|this\s+year)"
                      # "The 25 Most Anticipated K-Dramas Of 2027": a year's list, whose entry may give the season's window (s2wild62)
                      r"|most\s+anticipated\s+(?:korean\s+|k-?)?(?:dramas|shows|series|titles|releases)\s+of\s+20\d\d)\b"
                      r"|라인업|공개작|신작", re.I)
#: An explainer's title, whose question is its subject, not a doubt ("When Does All of Us Are Dead Season 2 Come Out?
#: Release Date, Cast, and Trailer"): its summary may say the day, at the summary's own strength. The question alone
#: ("When will ... come out?") may be anyone's doubt: it reads nothing.
_EXPLAINER = compile_later(r"^\W*when\s+(?:does|will|is)\s+[^?]{3,80}?\s+(?:come\s+out|coming\s+out|release|premiere|arrive|return"
                        r"|drop|out|on\s+netflix)\s*\?\s*(?:(?:release\s+date|premiere\s+date|cast|plot|story|trailer|teaser"
                        r"|episodes?|everything\s+(?:we|to)\s+know|what\s+(?:we|to)\s+know|news|updates?|more)(?:\s*(?:,|&|\band\b|\+))*\s*)+[.!]?$",
                        re.I)
#: A title whose news is the season's release date, without the day ("premiere date revealed").
#: Also a premiere set for a month ("Sets June Premiere at Netflix, Unveils Teaser"), the day left to the summary (never an
#: event's: "sets premiere party").
_DATE_IS_THE_NEWS = compile_later(r"\b(release|premiere|launch|streaming) date\b|\bdate\s+(announcement|reveal|announced|revealed)\b|공개일"
                               r"|\b(sets|gets|locks\s+in|confirms|announces)\s+(an?\s+|its\s+)?(\w+\s+){0,2}?(netflix\s+)?(premiere"
                               r"|release|debut)\b(?!\s+(party|event|screening|showcase|celebration))", re.I)
#: "the series", also with words before its noun as outlets describe it ("the Korean zombie series", "the hit drama").
_DESCRIBED = r"(?:[\w-]+\s+){0,3}?"
_THE_SERIES = compile_later(rf"\bthe {_DESCRIBED}(series|show|drama|k-?drama|sequel|new season|thriller|horror|follow-up"
                         r"|instal?lment)\b", re.I)
#: A title whose news is that the season's release moves, without the new day ("Delayed By One Week", "Netflix Pushes
#: 'All of Us Are Dead' Season 2 Back One Week").
_MOVE_IS_THE_NEWS = compile_later(r"\b(delay(ed|s)?|postpone[ds]?|push(ed|es)?\b[^;…]{0,60}?\bback|pushed|moved|reschedul\w*)\b"
                               r"|연기|미뤄|변경", re.I)
#: Its first sentence then says where "the premiere" or "the series" went ("Netflix has moved the premiere from March 19
#: to March 26", "The Korean zombie series will now debut March 26").
_ITS_RELEASE = compile_later(rf"\b(the|its) {_DESCRIBED}(premiere|release|debut|launch|series|show|drama|k-?drama|sequel|season"
                          r"|new season|thriller|horror|follow-up|instal?lment)\b", re.I)


#: A listing's sentence with no subject, said of the title's season: "Premieres May 14, only on Netflix."
_NO_SUBJECT = compile_later(r"^\W*(?:(?:part|vol(?:ume)?\.?)\s*(?:1|one|i)\b\W*)?(premieres?|arrives?|coming|streaming|drops?|lands?|debuts?)\b"
                          # (its first part's: "Part 1 premieres March 12."; or the day alone under a date announcement's title,
                          # "Part 1: February 26. Part 2: March 5.", s2wild59)
                          r"|^\W*(?:(?:part|vol(?:ume)?\.?)\s*(?:1|one|i)\b\W*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                          r"\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:[.!]|$)", re.I)


def _the_titles_series(title: str, sentence: str) -> bool:
    """Whether a summary's first sentence says "the series" of the season its title gives the date news of,
    before any other title it names ("The series will premiere on March 19, with \"Weak Hero Class 2\" following
    on March 26": the day before the other title is ours), or a listing's sentence with no subject ("Premieres May 14")."""
    return bool((_DATE_IS_THE_NEWS.search(title) and (_THE_SERIES.search(ours_only(_CONTEXT + sentence))
                                                      or _NO_SUBJECT.match(sentence)))
                or (_MOVE_IS_THE_NEWS.search(title) and _ITS_RELEASE.search(ours_only(_CONTEXT + sentence))))


def denied_in_summary(title: str, summary: str | None, written: dt.date) -> dt.date | None:
    """The release day a summary takes back where its title claims nothing and gives no day ("Netflix
    responds to ... release date reports" / "Netflix said the March 12 date ... is not true"): read in the
    summary's first sentences naming no other title; None when the title asks or gives a day itself."""
    if not summary or not about_season_two(title) or asks(title) or parse_headline_date(title, written):
        return None
    for n, whole in enumerate(_sentences(summary)):
        # "Season 1 is streaming now on Netflix; season 2 arrives June 18.": the earlier season's part is history
        sentence = ";".join(part for part in whole.split(";") if not _EARLIER.search(part)) or whole
        text = _CONTEXT + sentence
        ours = SHOW.search(sentence) or _SEASON_TWO.search(sentence) or (n == 0 and _DATE_IS_THE_NEWS.search(title))
        if ours and ours_only(text) == text and not _EARLIER.search(sentence) and (day := denied_day(text, written)):
            return day
    return None


def summary_text(raw: object) -> str | None:
    """A feed's summary as plain text (its HTML tags and entities out), its first `MAX_SUMMARY`
    characters; None when it is empty."""
    text = " ".join(html.unescape(_TAG.sub(" ", str(raw or "")[: MAX_SUMMARY * 8])).split())
    return text[:MAX_SUMMARY] or None


def dated(readings: tuple[Classified, ...]) -> bool:
    """Whether a title's readings give the release a day: a window ("Netflix Unveils 2027 Korean Lineup: 'All of Us Are
    Dead' Season 2 …", "… Sets May Premiere Date") leaves its summary to say the month or the day inside it."""
    return any(r.release_at is not None for r in readings)


def _whole_year(window: Window) -> bool:
    return window.first == dt.date(window.first.year, 1, 1) and window.last == dt.date(window.first.year, 12, 31)


def _narrower(reading: Classified, window: Window) -> bool:
    """Whether a reading's day, or a window shorter than `window`, falls inside it."""
    return _inside(reading, window) and (reading.window is None or reading.window != window)


def _inside(reading: Classified, window: Window) -> bool:
    """Whether a reading's day or window falls inside a window."""
    if reading.release_at is not None:
        return window.first <= reading.release_at.date() <= window.last
    return reading.window is not None and window.first <= reading.window.first and reading.window.last <= window.last


def completed(title: tuple[Classified, ...], summary: tuple[Classified, ...]) -> tuple[Classified, ...]:
    """A title's readings completed by its summary's (`read_summary`): a delay the title gives no day ("Delayed By One
    Week" / "Netflix has moved the premiere from March 19 to March 26.") is a delay to the summary's day or window,
    whatever words the summary moves it with, at the weaker of the two strengths; a title's year or month gives way to
    the narrower month or day inside it its summary gives ("Sets May Premiere Date" / "returns Friday, May 14."), a
    month to nothing else; else the summary's are added."""
    year = next((r for r in title if r.window is not None), None)
    if year is not None and year.window is not None and summary and all(_narrower(r, year.window) for r in summary):
        title = tuple(r for r in title if r is not year)  # the title's year or month, narrowed by its summary's
    elif year is not None and year.window is not None and not _whole_year(year.window):
        return title  # "Sets May Premiere Date" beside a summary's other day or month: the title's month, no guess
    dateless = next((r for r in title if r.milestone is Milestone.DELAYED and r.release_at is None and r.window is None), None)
    season = [r for r in summary if r.milestone is not Milestone.PART_DATED]  # (Part 2's day is never the season's new one)
    if dateless is None or not season:
        return title + summary
    weaker = Confidence.RUMOUR if Confidence.RUMOUR in (dateless.confidence, season[0].confidence) else dateless.confidence
    moved = replace(season[0], milestone=Milestone.DELAYED, confidence=weaker)
    return tuple(moved if r is dateless else r for r in title) + tuple(r for r in summary if r is not season[0])


#: How far from a title's day (midnight UTC, no hour said) its summary's moment may be and still be that day's hour: from
#: the day's start in Korea (UTC+9, UTC+14 at the farthest) to its end in UTC.
_SAME_DAY = (dt.timedelta(hours=-14), dt.timedelta(hours=24))


def timed(title: tuple[Classified, ...], summary: tuple[Classified, ...]) -> tuple[Classified, ...]:
    """A title's day without an hour ("'지우학2' 4월 23일 넷플릭스 공개") given the hour its summary says of that same day
    ("… 오는 4월 23일 오후 5시 공개한다고 밝혔다"); any other day of the summary's is left unread (the title's stands)."""
    hours = [r.release_at for r in summary if r.release_at is not None and r.time_given]

    def of_the_day(reading: Classified) -> Classified:
        at = reading.release_at
        if at is None or reading.time_given:
            return reading
        same = [h for h in hours if _SAME_DAY[0] <= h - at < _SAME_DAY[1]]
        return replace(reading, release_at=same[0], time_given=True) if len(set(same)) == 1 else reading

    return tuple(of_the_day(r) for r in title)


#: A review's title: what follows "Review:" is the critic's line ("... Review: the Kids Aren't Alright"), no doubt or
#: denial of the news, so only what comes before it is judged.
_REVIEW_LINE = compile_later(r"(\breview\b|리뷰)\s*[:：—–-]\s*.*$", re.I)


#: "the year" in a summary: the one year its title names ("Netflix Unveils 2027 Korean Content Lineup …" / "… which will
#: premiere in the first half of the year").
_THE_YEAR = compile_later(r"\b(of|in)\s+the\s+year\b", re.I)


#: The wire's "the second season of (zombie hit) "All of Us Are Dead"": the season named by the show's name, as the readers
#: take it ("All of Us Are Dead Season 2 set for …").
_SECOND_SEASON_OF = compile_later(r"\b(?:the\s+)?(?:second|2nd)\s+season\s+of\s+(?:(?:the|its|Netflix['’]s)\s+)?(?:[\w-]+\s+){0,3}?"
                               r"[\"“'‘]?(All\s+of\s+Us\s+Are\s+Dead)[\"”'’]?(?=[\s,]|$)", re.I)


def _the_titles_year(title: str, sentence: str) -> str:
    """`sentence` with its "the year" as the one year its title names; as it is when the title names none or several."""
    years = set(years_named(title))
    if len(years) != 1:
        return sentence
    year = years.pop()
    return _THE_YEAR.sub(lambda m: f"{m.group(1)} {year}", sentence)


def read_summary(title: str, summary: str | None, published_at: dt.datetime | None, day: dt.date,
                 zones: tuple[dt.tzinfo, ...] = ()) -> tuple[Classified, ...]:
    """The release day or window a summary gives where its title gives none (see the module); a title and summary in
    Spanish, Portuguese, Indonesian or Japanese are read in the words the readers know (`with_verbs_spelt`)."""
    title, summary = with_verbs_spelt(title), (with_verbs_spelt(summary) if summary else summary)
    ours = about_season_two(title)
    judged = _REVIEW_LINE.sub(r"\1", title)
    if (not summary or not (ours or _ROUNDUP.search(title)) or (refuses(judged) and not _EXPLAINER.match(title))
            or summary.strip() == title.strip()):
        return ()
    out: list[Classified] = []
    for n, whole in enumerate(_sentences(summary)):
        # "Season 1 is streaming now on Netflix; season 2 arrives June 18.": the earlier season's part is history
        sentence = ";".join(part for part in whole.split(";") if not _EARLIER.search(part)) or whole
        named = about_season_two(ours_only(sentence))  # our show and its season 2, whatever the title
        if (not (named or (ours and (SHOW.search(sentence) or _SEASON_TWO.search(sentence)
                                     or (n == 0 and _the_titles_series(title, sentence)))))
                or _EARLIER.search(sentence)):
            continue
        sentence = _SECOND_SEASON_OF.sub(r"\1 Season 2", sentence)  # "the second season of zombie hit "All of Us Are Dead" set for …"
        text = ours_only(_CONTEXT + _the_titles_year(title, sentence))  # "Sweet Home Season 2 premieres March 12": nothing of ours
        if any(year < day.year for year in years_named(text)):
            continue
        found = [r for r in read_as_written(text, published_at, day, zones)
                 if (r.milestone in _RELEASE_NEWS and (r.release_at is not None or r.window is not None))
                 or (r.milestone is Milestone.PART_DATED and r.release_at is not None)
                 or (r.milestone is Milestone.RELEASED and about_season_two(sentence))]  # "… season 2 is streaming now"
        # the season's news and Part 2's day, each from the first sentence that gives it ("Part 1 premieres March 12.
        # Part 2 premieres March 26.")
        found = [r for r in found if not any((o.milestone is Milestone.PART_DATED) is (r.milestone is Milestone.PART_DATED)
                                             for o in out)]
        weaker = Confidence.RUMOUR if hedged(title) else None
        out.extend(replace(r, confidence=weaker or r.confidence) for r in found)
        if len({r.milestone is Milestone.PART_DATED for r in out}) == 2:
            break
    return tuple(out)
