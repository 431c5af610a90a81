"""A post or video title written as a card in parts ("All of Us Are Dead · Season 2 · April 16 · 4PM KST | 12AM PT · Only on
Netflix", Netflix Korea's "3.19 | 지금 우리 학교는 시즌2 | 넷플릭스", a video's "<season> | Official Teaser | April 2 | Netflix"):
read as the season premiering that day, at the hour written in the parts right after the day, only when every other part
is the platform, a tag or the video's material named alone (in a line-up of shows' cards, our entry alone). A part naming anything else ("OST Concert", "Quiz Night",
"Screening", "Kingdom 3") makes the day that thing's, never the release's. Pure functions on text, read by
`headline_forms.day_first`."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.season2.dates import WEEKDAY_WORD
from bot.season2.sources.headline_words import LISTED_DAY
from bot.season2.sources.other_titles import EN_SHOW_NAME, KO_SHOW_NAME

#: An entry of the season's material or event, whose day is not the release's ("Fri 3/19: AOUAD S2 trailer").
NOT_THE_SEASON = compile_later(r"\b(?:trailers?|teasers?|posters?|clips?|featurettes?|q\s*&\s*a|events?|party|parties|showcase"
                            r"|premiere\s+(?:event|screening)|live\s*stream|fan\s*meet\w*)\b|예고편|티저|포스터", re.I)
#: An event of the season's, with a day of its own (a fan meeting, a party, a concert, a screening, a quiz night on a fans'
#: server, a cast member's live).
_EVENT = (r"(?:\b(?:fan\s*meet\w*|meet\s*(?:&|and)\s*greet|watch[- ]?(?:part(?:y|ies)|alongs?)|part(?:y|ies)|concerts?|screenings?|showcases?"
          r"|galas?|exhibitions?|pop-?ups?|quiz(?:zes)?|trivia|marathons?|re-?watch(?:es)?|red\s+carpet|press\s+con\w*|livestreams?"
          r"|(?:cast|weverse|insta(?:gram)?|tudum|youtube|birthday)\s+lives?|tudum"
          r"|birthday|q\s*&\s*a|events?)\b|팬미팅|쇼케이스|시사회|콘서트|라이브|생일)")
_EVENT_WORD = compile_later(_EVENT, re.I)
#: A post of a fan's or an outlet's own about the season, dated for itself: "AOUAD 2, March 20: my review", "…: first
#: reactions" (the day it is written or goes up, never the release's; s2wild63).
_POST_OF_ITS_OWN = r"\b(?:reviews?|recaps?|reactions?|thoughts|first\s+impressions|predictions|theories|rankings?|breakdowns?)\b"
_CLOCK_IN_DAY = compile_later(r"\d\s*[ap]\.?\s?m\b|\d:\d\d", re.I)
#: A listing's day labelled right after it (past its hour) as that event's: "AOUAD 2: April 17, 6pm KST — fan meeting in Seoul",
#: "… (watch party)".
EVENTS_DAY = compile_later(rf"\s*(?:{WEEKDAY_WORD},?\s+)?{LISTED_DAY}(?:[^—–(\n]{{0,30}}?\s*(?:[—–:(]|\s-)\s*(?:[\w'’]+\s+){{0,2}}?(?:{_EVENT}|{_POST_OF_ITS_OWN})"
                        # one's own post after a comma too: "aouad 2, march 20, my ranking of the new kids" (s2wild63)
                        rf"|,\s*(?:my|our)\s+(?:[\w'’]+\s+){{0,2}}?{_POST_OF_ITS_OWN})",
                        re.I)
#: A title's part that is a day and nothing else ("3.19", "March 19, 5PM KST", "on April 16", "April 16 at 14:00 ICT"), and one that is the season alone.
_DAY_ALONE = compile_later(rf"^\W*(?:on\s+|ngày\s+)?(?:{WEEKDAY_WORD},?\s+)?(?P<day>{LISTED_DAY}(?:,?\s*20\d\d)?(?:,?\s*(?:at\s+)?(?:\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?"
                        r"|\d{1,2}:\d\d)(?:\s*[a-z]{2,4})?)?)\W*$", re.I)  # (Vietnamese "ngày": the day)
_SEASON_ALONE = compile_later(r"^\W*(?:(?:set|mark)\s+(?:your|ur|the)\s+(?:alarms?|calendars?)\W*)?(?:" + EN_SHOW_NAME + "|" + KO_SHOW_NAME + r")['’\"”:]?\s*(?:(?:season|series|part)\s*(?:2|two)"
                           r"|s2|2|시즌\s*2)\W*$", re.I)
#: The show's name alone, then its season as a part of its own ("All of Us Are Dead · Season 2"): one part.
_NAME_ALONE = compile_later(r"^\W*(?:" + EN_SHOW_NAME + "|" + KO_SHOW_NAME + r")['’\"”]?\W*$", re.I)
_SEASON_NUMBER_ALONE = compile_later(r"^\W*(?:(?:season|series)\s*(?:2|two)|s2|시즌\s*2)\W*$", re.I)
#: A fan's "set your alarms" after the hour, or as a part of its own: said of that day.
_ALARMS = r"(?:(?:set|mark|clear)\s+(?:your|ur|the)\s+(?:alarms?|calendars?|schedules?)\W*(?:\(again\)\W*)?)?"
#: A part that is an hour alone, with its zone or its place's clock ("4PM KST", "12AM PT", "at 14:00 ICT", "ore 9:00 (ora
#: italiana)"): a few words at most, a clock among them, no day.
_HOUR_ALONE = compile_later(r"^\W*(?:at\s+)?(?:[^\W\d]+\s+){0,2}?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?|h\b|uhr\b)|\d{1,2}[:.]\d\d"
                         r"|midnight|noon)(?:\s*\(?\s*[^\s()]+(?:\s+[^\s()]+){0,2}\s*\)?)?(?:\s*\([^()]{1,12}\))?\W*" + _ALARMS + "$", re.I)
#: A part that is the platform, a tag, or what the card says of the day alone ("Only on Netflix", "Netflix Korea", "넷플릭스",
#: "नेटफ्लिक्स", "#AllOfUsAreDead", "🧟", "Date Announcement", "Worldwide", "Confirmed", "Save the date", "8 Episodes").
_PLATFORM_ALONE = compile_later(r"^\W*(?:[^\W\d]+\s+){0,3}?(?:netflix(?:\s+(?:korea|original|series))?|넷플릭스"
                             r"|नेटफ्लिक्स|ネットフリックス|网飞|نتفليكس)(?:에서)?\W*$|^\W*(?:#\w+\W*)*$"
                             r"|^\W*(?:(?:official|release)\s+)?date\s+announcement\W*$|^\W*(?:worldwide|globally|confirmed|official(?:ly)?"
                             r"|save\s+the\s+date|coming\s+soon|(?:all\s+)?\d{1,2}\s+episodes|all\s+episodes|\d{1,2}\s*부작"
                             r"|(?:new|release|premiere)\s+date)\W*$"
                             r"|^\W*" + _ALARMS + "$", re.I)
#: A video title's part naming its material alone ("Official Teaser", "Main Trailer 2", 메인 예고편): in Netflix's "<season> |
#: Official Teaser | April 2 | Netflix" the day after it is the season's, the part what the video is.
_MATERIAL_ALONE = compile_later(r"^\W*(?:(?:official|main|final|teaser|date\s+announcement)\s+)*(?:teaser|trailer)(?:\s+trailer)?"
                             r"(?:\s*#?\d)?\W*$|^\W*(?:공식\s*|메인\s*|티저\s*|본\s*)*(?:예고편|티저)\W*$", re.I)


#: A card's hour as the readers abroad leave it ("14.00 WIB", "4h BRT", "9 Uhr (MESZ)"), and Germany's summer and winter time.
_CARD_CLOCK = compile_later(r"(?<![\d:.])(\d{1,2})(?:[.h](\d\d)|\s*h\b|\s*uhr\b)", re.I)
_GERMAN_ZONE = compile_later(r"\(?\b(?:mesz|mez)\b\)?", re.I)


def _as_clock(hour: str) -> str:
    """A card's hour as the moment reader takes it ("14:00 WIB", "4:00 BRT", "9:00 German time")."""
    return _GERMAN_ZONE.sub("German time", _CARD_CLOCK.sub(lambda m: f"{m.group(1)}:{m.group(2) or '00'}", hour))


def _with_season_joined(entries: list[str]) -> list[str]:
    """`entries` with the show's name alone and its season's part after it as one part ("All of Us Are Dead Season 2")."""
    joined: list[str] = []
    for entry in entries:
        if joined and _SEASON_NUMBER_ALONE.match(entry) and _NAME_ALONE.match(joined[-1]):
            joined[-1] = f"{joined[-1].strip()} {entry.strip()}"
        else:
            joined.append(entry)
    return joined


def titled_day(entries: list[str]) -> str | None:
    """A title in parts, one the day alone and one the season alone, as "<season> premieres <day>[ at <hour>]", with the
    video's material named alone kept beside it ("; <season> Official Teaser"); else None (see the module)."""
    entries = _with_season_joined(entries)
    days = [(n, m) for n, entry in enumerate(entries) if (m := _DAY_ALONE.match(entry))]
    seasons = [entry for entry in entries if _SEASON_ALONE.match(entry)]
    if len(days) != 1 or len(seasons) != 1:
        return None
    day, said_day = days[0]
    # only after the day's part is the material named alone the video's ("April 9 | <season> | Official Trailer": its day)
    material = [entry.strip() for n, entry in enumerate(entries) if _MATERIAL_ALONE.match(entry) and n < day]
    hours: list[str] = []
    for entry in entries[day + 1:]:
        if not _HOUR_ALONE.match(entry):
            break
        hours.append(entry.strip())
    others = [n for n, entry in enumerate(entries) if n != day and entry.strip() not in (*material, *hours)
              and not _SEASON_ALONE.match(entry) and not _PLATFORM_ALONE.match(entry)]
    if others or len(material) > 1 or any(NOT_THE_SEASON.search(e) or _EVENT_WORD.search(e) for e in entries
                                           if e.strip() not in material):
        return None  # "AOUAD 2 · OST Concert · April 24 · 7:30pm KST": the concert's day
    if any(mark in part for part in (said_day.string, *hours) for mark in "?？"):
        return None  # "AOUAD 2 · April 16?": a day asked, or guessed, never written as the season's
    if material and (hours or _CLOCK_IN_DAY.search(said_day.group("day"))):
        return None  # "AOUAD 2 · Trailer · April 9 · 10AM KST": the video's own hour (a video's title gives no hour of the season's)
    said = f"{seasons[0].strip()} premieres {said_day.group('day').strip()}"
    said += f" at {' / '.join(_as_clock(hour) for hour in hours)}" if hours else ""
    return said + "".join(f"; {seasons[0].strip()} {m}" for m in material)


#: A line-up's entries, each a show's own card: "Kingdom 3 · out now | Mask Girl 2 · March 5 · 5pm KST | All of Us Are Dead 2 · April 16".
_LINEUP_ENTRIES = compile_later(r"\s*\|\s*|\s+/\s+")
_CARD_PARTS = compile_later(r"\s*[·•]\s*")
_SHOW_NAMED = compile_later(EN_SHOW_NAME + "|" + KO_SHOW_NAME, re.I)


def lineup_titled_day(text: str) -> str | None:
    """A line-up of shows' cards whose one entry naming ours is a card of the season and its day (`titled_day`), as
    "<season> premieres <day>"; the other entries are other shows'. Else None."""
    ours = [entry for entry in _LINEUP_ENTRIES.split(text) if _SHOW_NAMED.search(entry)]
    if len(ours) != 1 or ours[0].strip() == text.strip():
        return None
    return titled_day(_CARD_PARTS.split(ours[0]))
