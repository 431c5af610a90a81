"""The release moment a headline gives: its day in the forms outlets write ("Feb. 12", "2/19", "next
Friday", "tomorrow", "12일", "모레", "이번 주 금요일") and its time kept with its zone ("5 p.m. KST",
"noon KST", "12 a.m. PT", "오후 5시"). Pure functions on text; the day and time are read by the same
reader as moderators' reports (`bot/season2/dates.py:read_moment`), so a headline and a moderator
agree on what "5 p.m. KST" is. "Tonight at midnight PT" (or at 1 a.m.) is the next day's small hours; a
roundup's month named once ("3월 라인업…「약한영웅2」 5일, 「지금 우리 학교는2」 19일", "March slate: … on the 19th") carries
to its bare days, and "premieres on the 19th" with no month named is the next 19th, as Korean's "19일" is (English's
bare days: `headline_english_days.py`).

Never a guess: "2/12" (12 February or 2 December?) and "next Friday" said on a Tuesday (this week's
or the next?) give no day; a time without its zone in English ("at 5pm") or two times that disagree
("5 p.m. KST (1 a.m. PT)") give the day alone, never a time in another zone than meant.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from bot.lazy_re import compile_later
from bot.season2.dates import MONTHS, read_day, read_moment
from bot.season2.day_numbers import nearest_day
from bot.season2.sources.headline_city_clocks import CLOCK, zones_by_city
from bot.season2.sources.headline_numbers import without_non_days
from bot.season2.sources.headline_words import KO_WEEKDAY, MONTH_TYPED, WEEKDAY
from bot.text import HANGUL, KOREAN_WEEKDAY_LETTERS
from bot.zones import FIXED_ZONES, PLACES, TIME_WORD_PLACES, WORDLIKE_PLACES

_ZONES = "|".join(sorted([*FIXED_ZONES, "pt", "et", "ct", "mt"], key=len, reverse=True))
#: A clock time and its zone as English headlines write them: "5 p.m. KST", "5.30pm KST", "noon KST",
#: "17:00 KST", "12 a.m. Pacific", "midnight PT", "5 PM Korea time", with a second one in brackets ("(12 a.m. PT)").
_CLOCK = CLOCK
_ZONE = (rf"(?:(?:utc|gmt)\s*[+-]\s*\d{{1,2}}(?::?\d\d)?(?!\d)|(?:{_ZONES})\b|(?:korea|korean|seoul|pacific|eastern|central)(?:\s+(?:standard\s+|daylight\s+)?time)?"
         r"\b)")
_ENGLISH_TIME = compile_later(rf"(?<![\w:.]){_CLOCK}\s*(?:\(?\s*{_ZONE}\s*\)?)(?:\s*\(\s*{_CLOCK}\s*{_ZONE}\s*\))?",
                           re.I)
#: Korean writes its hour with the part of the day ("오후 5시", "밤 9시 반", "오후 5시 30분") or on a clock of
#: 24 hours ("0시", "17시"): Korea's time. "5시" alone (morning or afternoon?) gives no time.
_KOREAN_TIME = compile_later(r"(?:(?:오전|오후|밤|저녁|새벽|낮)\s*\d{1,2}|(?<!\d)(?:0|1[3-9]|2[0-3]))\s*시(?:\s*\d{1,2}\s*분|\s*반)?")
_BARE_ZONE = {"pacific": "PT", "eastern": "ET", "central": "CT"}
#: ... with a zone said after it ("오후 3시 GMT+8", "오전 9시 (CEST)") or before it and its day ("UTC+8 내일 오후 3시", as
#: "중국 시간 내일 오후 3시" reaches the readers: `bot.zones.with_zones_in_words`): that zone's hour, never Korea's.
_KOREAN_TIME_ZONED = compile_later(
    rf"(?:(?<![\w+:-])(?P<before>{_ZONE})\s*(?:(?:오늘|내일|모레|\d{{1,2}}\s*월\s*\d{{1,2}}\s*일|\d{{1,2}}\s*일)\s*(?:\(?[{KOREAN_WEEKDAY_LETTERS}]\)?\s*)?)*)?"
    r"(?:(?P<part>오전|오후|밤|저녁|새벽|낮)\s*(?P<h>\d{1,2})|(?<!\d)(?P<h24>0|1[3-9]|2[0-3]))\s*시(?:\s*(?P<m>\d{1,2})\s*분|\s*(?P<half>반))?"
    rf"(?:\s*\(?\s*(?P<after>{_ZONE})\s*\)?)?", re.I)

#: A day said from the day the headline was written, in English or Korean.
_RELATIVE_DAY = compile_later(
    # (a weekday with its week, "Friday next week", "next week's Friday": that week's, never the coming one)
    # (never a weekday past: "tayang jumat lalu" is "premieres last friday", a week gone, s2wild80)
    r"\b(?<!\blast\s)(?<!\bpast\s)((?:the\s+)?day\s+after\s+tomorrow|today|tonight|tomorrow|(?:(?:this|next|on)\s+)?(?:(?:this|next)\s+week['’]s\s+)?"
    + WEEKDAY + r"(?:,?\s+(?:this|next)\s+week\b)?)\b"
    # (a weekday alone, "금요일 공개", the coming one as "drops friday" is (s2wild82); never 지난/저번/매주's, 이번/다음 금요일's,
    # nor a day's own: "금요일 28일", "19일 금요일"; nor a Friday past, "금요일에 공개됐다", Japanese "金曜配信された" as it reaches
    # here: "금요일 공개された")
    r"|(오늘|내일|모레|(?:이번|다음)\s*주\s*" + KO_WEEKDAY + r"|(?<![주번음난일])(?<![주번음난일]\s)" + KO_WEEKDAY + r"(?!\s*\d{1,2}\s*일)"
    r"(?![^.!?。\n]{0,20}?(?:됐|했|되었|하였|됨|나왔|떴|された|ました|した(?!い))))",
    re.I,
)
#: "2/19" (US order) or "19/2": read only when one order fits (a number over 12).
_SLASHED = compile_later(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
#: "3.19" (Korea's month.day, fans' too) or "19.3": a day only beside the release's words, never a number
#: of something ("12.5 million views", "9.2 rating", "Season 2.5").
_DOTTED = compile_later(r"(?<![\d.,$€£₩])(\d{1,2})\.(\d{1,2})(?!\d|[.,]\d|\s*(?:%|퍼센트|million|billion|thousand|[mbk]\b"
                     r"|hours?|views?|points?|stars?|rating|시간|만|억|배|점|회))", re.I)
_NUMBERED = compile_later(r"(?:\b(?:season|series|part|vol|s)|시즌)\s*$", re.I)
#: Korean's day of the month alone ("12일 공개"), or of next month ("다음 달 12일", "내달 12일"); not a
#: count of days ("12일간", "3일째").
_KOREAN_DAY = compile_later(r"(?<![\d월])(?<!월\s)(다음\s*달|내달|이달|이번\s*달)?\s*(\d{1,2})\s*일(?!\s*(?:간|째|동안|부터\s*\d))")


#: A zone several places share, named beside the one place it is read for ("release time in India: 1:30 PM IST",
#: "🇲🇽 2am CST"): that place's offset. Named alone (or beside two such places) it stays unread, never guessed.
_ZONE_BY_PLACE = (
    (compile_later(r"\bIST\b", re.I), compile_later(r"\bindian?\b|🇮🇳|인도", re.I), "UTC+5:30"),
    (compile_later(r"\bCST\b", re.I), compile_later(r"\bmexic(?:o|an)\b|🇲🇽|멕시코", re.I), "UTC-6"),
    (compile_later(r"\bCST\b", re.I), compile_later(r"\bchin(?:a|ese)\b|\btaiwan(?:ese)?\b|🇨🇳|🇹🇼|중국|대만", re.I), "UTC+8"),
)


#: A place's time after an hour, as fans write it ("3PM PH TIME", "4pm korean time", "16:00 Manila time"): the one zone that
#: place keeps all year, east of UTC so its hour falls on the day the post gives (bot.zones.PLACES; the Americas' evening before
#: is the lists' reader's, and a place whose clocks change, "UK time", is read by that day's clock: `_place_hour`).
_PLACE_ZONES = tuple((zone, place.spoken) for place in PLACES
                     if (zone := place.hour_zone) and (zone.lower() in FIXED_ZONES or zone.startswith("UTC+")) and place.spoken)
_PLACE_TIME = compile_later(rf"(?P<clock>{_CLOCK})\s*\(?\s*(?P<place>{'|'.join(words for _, words in _PLACE_ZONES)})\s+time\b\)?", re.I)


#: A Latin American country's time in Spanish or Portuguese after an hour ("a las 4 a.m. hora de Argentina", "3 a.m. hora
#: Colombia"): the one zone it keeps all year (Chile, Paraguay and Mexico's border states change clocks: left unread).
_LATIN_ZONES = tuple((zone, place.words) for place in PLACES if (zone := place.hour_zone) and zone.startswith("UTC-")
                     and place.clock.startswith("America/"))  # (bot.zones.PLACES: Hawaii's evening before is the lists' reader's)
_LATIN_TIME = compile_later(rf"(?:(?P<clock>{_CLOCK})|(?P<morning>\d{{1,2}}(?::\d\d)?)\s+de\s+la\s+(?:mañana|madrugada))\s*,?\s*\(?\s*(?:hora|horario|horário)\s+(?:de\s+|del\s+|da\s+|do\s+)?(?:la\s+)?"
                            rf"(?P<place>{'|'.join(words for _, words in _LATIN_ZONES)})\b\s*\)?", re.I)


#: ... or "in" the place ("4pm in Korea", "5 PM in Seoul", "3pm in the Philippines"): the same zone.
_IN_PLACES = "|".join(word for _, words in _PLACE_ZONES for word in words.split("|") if word not in WORDLIKE_PLACES | TIME_WORD_PLACES)
_IN_PLACE_TIME = compile_later(rf"(?P<clock>{_CLOCK})\s+in\s+(?:the\s+)?(?P<place>{_IN_PLACES})\b", re.I)
#: An hour, then the day it falls on, then its zone: "at midnight tonight (PT)", "4pm tomorrow KST": the day said first, so the
#: hour keeps its zone ("tonight at midnight PT").
_HOUR_DAY_ZONE = compile_later(rf"(?:\bat\s+)?(?P<clock>{_CLOCK})\s+(?P<day>tonight|tomorrow|today)\s*\(?\s*(?P<zone>{_ZONE})\s*\)?", re.I)


#: The US coasts' zones by name after an hour ("11pm pacific", "2am Eastern time"): PT and ET, whose clocks change.
_COAST_TIME = compile_later(rf"(?P<clock>{_CLOCK})\s*(?P<coast>pacific|eastern)(?:\s+time)?\b", re.I)


#: An hour "in" a city whose clocks change ("9 Uhr in Berlin, 8 Uhr in London", "9am in Paris"), or with the city in brackets as a
#: list of clocks gives it ("à 9 h (Paris) / 8 h (Londres)"): that city's time, read by the day's clock there (`_CHANGING_PLACE_TIME`).
_IN_CHANGING_CITY = compile_later(r"(?<!top\s)(?<!top)(?<!#)(?<!#\s)(?<!no\.\s)"  # (a chart's place, "top 10 in sydney": no hour, review58d)
                               r"(?P<hour>(?<![\d:.])\d{1,2}(?:[:.]\d\d)?\s*(?:uhr|h|[ap]\.?\s?m\.?)?)\s+(?:in\s+|\(\s*)"
                               r"(?P<city>berlin|paris|madrid|rome|london|londres|sydney|melbourne)\b(?:\s*\))?", re.I)


#: The same, the city straight after an hour of a list ("9am London / 6pm Sydney"): never a word after it ("8pm London party").
_CHANGING_CITY_LISTED = compile_later(r"(?P<hour>(?<![\d:.])\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?)\s+"
                                      r"(?P<city>berlin|paris|madrid|rome|london|sydney|melbourne)"
                                      r"(?=\s*(?:[/,|;·]|\s[-–—]\s|[^\w\s]*$))", re.I)


_EITHER_CENTRAL_EUROPE = compile_later(r"(?<=[\dm.])\s*\(?\s*(?:cet\s*/\s*cest|cest\s*/\s*cet|mez\s*/\s*mesz|mesz\s*/\s*mez)\b(?:\s*\))?", re.I)


def with_place_zones(text: str) -> str:
    """`text` with an hour's "<place> time" or "in <place>" as that place's zone ("3PM PH TIME" as "3PM PHT", "4pm in Korea" as
    "4pm KST"; see `_PLACE_TIME`), "11pm pacific" as "11pm PT", and "midnight tonight (PT)" as "tonight at midnight PT"."""
    def zone(m: re.Match[str]) -> str:
        said = next(name for name, places in _PLACE_ZONES if re.fullmatch(places, m.group("place"), re.I))
        return f"{m.group('clock')} {said}"
    text = _HOUR_DAY_ZONE.sub(lambda m: f"{m.group('day')} at {m.group('clock')} {m.group('zone')}", text)
    text = _IN_CHANGING_CITY.sub(lambda m: f"{m.group('hour')} {m.group('city').lower().replace('londres', 'london')} time",
                                 text)  # "9 Uhr in Berlin": Berlin time
    text = _CHANGING_CITY_LISTED.sub(lambda m: f"{m.group('hour')} {m.group('city').lower()} time", text)
    text = _EITHER_CENTRAL_EUROPE.sub(" paris time", text)  # "9am CET/CEST": whichever Central Europe keeps that day (as Paris)
    text = _COAST_TIME.sub(lambda m: f"{m.group('clock')} {'PT' if m.group('coast').lower() == 'pacific' else 'ET'}", text)
    def latin(m: re.Match[str]) -> str:
        said = next(name for name, places in _LATIN_ZONES if re.fullmatch(places, m.group("place"), re.I))
        return f"{m.group('clock') or m.group('morning') + 'am'} {said}"  # ("3 de la mañana hora Colombia": 3am, s2wild80)
    # (a shared zone settled by the place named beside it, "1 a.m. CST 🇲🇽", while the whole title is at hand)
    return _zones_by_place(_LATIN_TIME.sub(latin, _IN_PLACE_TIME.sub(zone, _PLACE_TIME.sub(zone, text))))


def _zones_by_place(text: str) -> str:
    """`text` with each shared zone's name as the offset of the one place named beside it (`_ZONE_BY_PLACE`)."""
    for name in {zone.pattern for zone, _, _ in _ZONE_BY_PLACE}:
        offsets = {offset for zone, place, offset in _ZONE_BY_PLACE if zone.pattern == name and place.search(text)}
        if len(offsets) == 1:
            text = re.sub(name, offsets.pop(), text, flags=re.I)
    return text


def headline_time(text: str) -> str | None:
    """The clock time and zone a headline gives, as the moment reader takes it ("5 p.m. KST",
    "at 12 p.m. KST" for noon, "오후 5시"), or None when it gives none with its zone."""
    text = _zones_by_place(zones_by_city(text))
    if m := next((m for m in _ENGLISH_TIME.finditer(text) if not _FANS_LIVE.search(_CLAUSE_START.split(text[:m.start()])[-1])), None):
        said = re.sub(r"\b(noon|midday)\b", "12 p.m.", m.group(0), flags=re.I)
        said = re.sub(r"\bmidnight\b", "12 a.m.", said, flags=re.I)  # "midnight PT Feb. 12": that day's start
        said = re.sub(r"\b(pacific|eastern|central)\b(?!\s+(?:standard\s+|daylight\s+)?time)",
                      lambda z: _BARE_ZONE[z.group(1).lower()], said, flags=re.I)
        return said
    if (m := _KOREAN_TIME_ZONED.search(text)) and (zone := m.group("after") or m.group("before")):  # (the first hour only)
        return _korean_clock(m) + " " + re.sub(r"\s+", "", zone)
    if m := _CJK_HOUR_ZONED.search(text):  # "0時(UTC)", "0시 (UTC)": the zone it names, not Japan's or Korea's
        return f"{int(m.group('h'))}:{int(m.group('m') or 0):02d} {m.group('zone')}"
    if (m := _KOREAN_TIME.search(text)) and not _KOREAN_EVENT_BEFORE.search(text, 0, m.start()) \
            and not _KOREAN_EVENT_AFTER.match(text, m.end()):
        return m.group(0)
    return None


#: A fan's live, a livestream or a watch-along named in an English hour's own clause ("aouad 2 premieres march 19, live at
#: 9pm PHT", Indonesian "live streaming bareng jam 21.00"): the hour is the fan's, never the release's; Netflix's own "goes
#: live at 5pm KST", "live on netflix at 5pm" is the release's, but never a fan's own "we go live", "i'll be live at 9pm PHT".
_FANS_LIVE = compile_later(r"(?<!\bgoes\s)(?<!\bgo\s)(?<!\bgoing\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bare\s)\blive\b(?!\s+on\s+(?:netflix|nf)\b)"
                           r"|\b(?:i|we|im|i['’]m|i['’]?ll|we['’]?ll|we['’]re|i\s+am|we\s+are)\s+(?:(?:will|gonna|going\s+to|wanna)\s+)?"
                           r"(?:be|go|going|are)\s+live\b"
                           r"|\blive-?stream|\bwatch[\s-]?(?:party|parties|along)\b|\breact(?:ion|ing)?\b", re.I)
_CLAUSE_START = compile_later(r"[,;!|—–]|\s-\s")


#: A watch party, a live or a screening named in the Korean hour's own clause ("지우학2 3월 19일 공개, 파티는 오후 9시", Japanese
#: "…配信、同時視聴は21時から" put in Korean): the hour is the event's, never the release's (s2wild86).
_KOREAN_EVENT = r"(?:파티|라이브|단체\s*관람|상영회|팬미팅|쇼케이스|같이\s*보기)"
_KOREAN_EVENT_BEFORE = compile_later(rf"{_KOREAN_EVENT}[^,，、;!！。]*$")
_KOREAN_EVENT_AFTER = compile_later(rf"[^,，、;!！。]*?{_KOREAN_EVENT}")


def _korean_clock(m: re.Match[str]) -> str:
    """A `_KOREAN_TIME_ZONED` hour on a clock of 24 hours ("오후 3시": "15:00", "밤 12시": "0:00", "새벽 1시": "1:00")."""
    hour = int(m.group("h") or m.group("h24"))
    if m.group("part") in ("오후", "저녁") or (m.group("part") == "밤" and 5 <= hour < 12) or (m.group("part") == "낮" and hour < 6):
        hour += 12 if hour < 12 else 0
    elif m.group("part") in ("오전", "새벽", "밤") and hour == 12:
        hour = 0
    return f"{hour % 24}:{int(m.group('m') or (30 if m.group('half') else 0)):02d}"


#: A Japanese or Korean hour on a 24-hour clock with the zone named after it ("3月12日0時(UTC)", "0시(UTC) 공개").
_CJK_HOUR_ZONED = compile_later(r"(?<!\d)(?P<h>[01]?\d|2[0-3])\s*[時시](?:\s*(?P<m>[0-5]?\d)\s*[分분])?\s*[(（]?\s*"
                                r"(?P<zone>UTC|GMT|KST|JST)\b\s*[)）]?", re.I)


def other_day(text: str, written: dt.date) -> dt.date | None:
    """A release day a headline gives in a form without its month's name: from the day it was
    `written` ("tomorrow", "next Friday", "모레", "이번 주 금요일", "공개 D-2"), a slashed day whose order is
    plain ("2/19"), a dotted one ("3.19": Korea's order, or the one that fits), or Korean's day of the month ("12일": this month's 12th); None when there is none or it
    could be two days. A day said from today or in Korean counts only beside the release's words
    ("reveals the release date next Friday" is the reveal's day; "제작발표회 오늘 개최…12일 공개" the 12th)."""
    text = without_non_days(text)  # "waiting 24/7", "10/10 would watch": no day
    slashed = _SLASHED.search(text)
    for m in _RELATIVE_DAY.finditer(text):
        if _tied_to_release(text, m):
            said = _relative(m, written)
            if slashed is None or said is None:
                return said
            given = _slashed_day(slashed, text, written)  # "drops friday 4/16": the weekday the day falls on
            named = re.search(WEEKDAY, m.group(0), re.I)  # not "tomorrow"
            if given is None:
                # "premieres friday 3/5" (5 March or 3 May?): the weekday is the day's own, never this week's; the one order
                # that falls on it, else none ("drops tomorrow 3/5": tomorrow, when it is one of the two)
                a, b = int(slashed.group(1)), int(slashed.group(2))
                orders = {d for d in (_day_or_none_ahead(a, b, written), _day_or_none_ahead(b, a, written)) if d is not None}
                fits = [d for d in orders if d.weekday() == said.weekday()] if named else [d for d in orders if d == said]
                return fits[0] if len(fits) == 1 else None
            if given == said:
                return said
            return given if named and given.weekday() == said.weekday() else None
    if slashed:
        return _slashed_day(slashed, text, written)
    for m in _DOTTED.finditer(text):
        if _NUMBERED.search(text[:m.start()]) or not _tied_to_release(text, m):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if HANGUL.search(text) or (a > 12) != (b > 12) or a == b:  # Korean writes the month first
            month, day = (b, a) if a > 12 else (a, b)
            try:
                return headline_day(month, day, written)
            except ValueError:
                return None
        return None  # "3.5" in English: 3 May or 5 March
    for m in _KOREAN_DAY.finditer(text):
        if _tied_to_release(text, m):
            return _korean_day(m, written)
    if (count := _COUNTDOWN.search(text)) and _RELEASE_WORD.search(text):
        return written + dt.timedelta(days=int(count.group(1) or 0))  # "공개 D-2": two days from then
    return None


#: A month named by its name ("june", "Jun.", "6월"), to read a slashed day that could be two ("6/4").
_MONTH_NAME = compile_later(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?(?<!may)(?<!may\.)"
                         r"|\b(may)\b(?!\s+(?:be|have|not|come|drop|arrive|release|premiere|get|still|also|just|never|well)\b)"
                         r"|(?<!\d)(\d{1,2})\s*월", re.I)


def _months_named(text: str) -> set[int]:
    """The months a headline names by name (not in a slashed day)."""
    return {int(m.group(3)) if m.group(3) else MONTHS[(m.group(1) or m.group(2)).lower()] for m in _MONTH_NAME.finditer(text)}


#: A span of days ("March 5-7", "March 5 to 7", "from March 5 to March 7", "5 to 7 March", "between March 5 and 7",
#: "3월 5일~7일", "5일부터 7일까지", "3/5~3/7" once in Korean words): no one day is the release's, never its first (read
#: as `headlines.read_clause` reads two days offered: their month when they share it). See `day_span` for "to".
_SPAN_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DAY_SPAN = compile_later(rf"\b(?:(?P<between>between)\s+|from\s+)?{MONTH_TYPED}\s+{_SPAN_DAY}\s*(?:[-–~]|\bthrough\b|\bthru\b"
                      rf"|(?P<to>\bto\b)|(?(between)and\b|(?!)))\s*(?:{MONTH_TYPED}\s+)?{_SPAN_DAY}\b(?![:.]\d|\s*[ap]\.?m\b)"
                      rf"|(?<![\w.-])(?<!season\s)(?<!part\s)(?:from\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[-–~]|(?P<to_day>\bto\b))\s*"
                      rf"{_SPAN_DAY}\s+(?:of\s+)?{MONTH_TYPED}(?![a-z])"
                      r"|(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(?:[-~～〜]|부터)\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*(?:일(?:\s*까지)?|(?![\d월시]))", re.I)
#: A day moved ("moved from March 19 to 26", "pushed March 19 to March 26"): "to" there is the new day, no span.
_MOVED = compile_later(r"\b(?:mov|push|delay|postpon|chang|shift|bump|reschedul|switch|brought|pull|slid|slipp)\w*", re.I)


def day_span(text: str) -> re.Match[str] | None:
    """The first span of days in `text` (`DAY_SPAN`), one said with "to" after a word of moving not counting."""
    for match in DAY_SPAN.finditer(text):
        if not ((match.group("to") or match.group("to_day")) and _MOVED.search(text, 0, match.start())):
            return match
    return None


#: Korean news counts down to a release: "공개 D-2" is two days away, "D-day" today.
_COUNTDOWN = compile_later(r"(?<![\w-])D\s*-\s*(?:(\d{1,2})|day)\b", re.I)
_RELEASE_WORD = compile_later(r"공개|첫\s*방송|\b(?:premiere|release)\b", re.I)


#: The small hours: "tonight at midnight PT", "tonight at 1am PT" are the next day's, where that zone is.
_SMALL_HOURS = compile_later(r"\bmidnight\b|(?<![\d:.])(?:12|[1-4])(?:[:.]\d\d)?\s*a\.?\s?m\b", re.I)


def _slashed_day(slashed: re.Match[str], text: str, written: dt.date) -> dt.date | None:
    """The day "2/19" or "19/2" gives, when only one order fits (a number over 12, or the month the post names)."""
    a, b = int(slashed.group(1)), int(slashed.group(2))
    if a == b or (a > 12) != (b > 12):
        month, day = (b, a) if a > 12 else (a, b)
    elif len(named := _months_named(text) & {a, b}) == 1:
        month = named.pop()  # "june is STACKED: aouad 2 (6/4)": the month the post names says which order
        day = b if month == a else a
    else:
        # "they moved aouad 2 to 4/2" written on 26 February: 4 February has passed, so it is 2 April, whichever order the
        # writer keeps (a release still to come has one day to come); two days to come stay two
        ahead = [d for d in (_day_or_none_ahead(a, b, written), _day_or_none_ahead(b, a, written)) if d is not None]
        # ... and the one to come is this year's still to come, not one that passed months ago put a year on ("3/5" written
        # on 1 June: 5 March and 3 May have both passed)
        return ahead[0] if len(ahead) == 1 and _nearer_ahead(ahead[0], written) else None
    try:
        return headline_day(month, day, written)
    except ValueError:
        return None


def _day_or_none_ahead(month: int, day: int, written: dt.date) -> dt.date | None:
    """The day a headline means by `month`/`day` when it is still to come from `written`; else None."""
    try:
        said = headline_day(month, day, written)
    except ValueError:
        return None
    return said if said >= written else None


def _nearer_ahead(said: dt.date, written: dt.date) -> bool:
    """Whether `said` (a day to come from `written`) is nearer ahead than the same day a year back."""
    try:
        last = nearest_day(said.month, said.day, written, ahead=False)
    except ValueError:
        return True
    return said - written < written - last


def _relative(m: re.Match[str], written: dt.date) -> dt.date | None:
    said = (m.group(1) or m.group(2)).lower().replace("’", "'")
    if said == "tonight" and _SMALL_HOURS.search(m.string):
        return written + dt.timedelta(days=1)  # the night's midnight ends the day it was written
    if said in ("today", "tonight", "오늘"):
        return written
    if said.endswith("after tomorrow"):
        return written + dt.timedelta(days=2)  # "the day after tomorrow", Korean's 모레
    day = read_day(said.removeprefix("on "), written, ahead=True)
    # "wednesday night at midnight pacific", "tomorrow night at 1am": that night's small hours are the next day's (s2wild58)
    night = (after := re.match(r"\s+night\b[\s,]*(?:at\s+)?", m.string[m.end():], re.I)) and _SMALL_HOURS.match(m.string[m.end() + after.end():])
    return day + dt.timedelta(days=1) if night and day is not None else day


#: A month named alone ("3월 라인업", "3월 공개작"): a roundup names it once, then bare days ("…5일, …19일").
#: Not a roundup's month: one past ("작년 4월", "지난 3월") or another thing's ("4월 촬영", "3월 티저").
_MONTH_ALONE = compile_later(r"(?<!작년\s)(?<!작년)(?<!지난해\s)(?<!지난\s)(?<!\d)(\d{1,2})\s*월(?!\s*\d{1,2}\s*일)"
                          r"(?![^…;,]{0,8}?(?:촬영|크랭크|제작|티저|예고편|포스터|행사|시사회|쇼케이스|팬미팅))")
#: How far ahead of the day written a roundup's month may carry to a bare day (a quarter; further is another thing's).
ROUNDUP_AHEAD = dt.timedelta(days=92)
#: The month of a full Korean day said in an earlier part ("5월 7일 …"), the part break after it.
_FULL_DAY_BEFORE = compile_later(r"(?<!작년\s)(?<!작년)(?<!지난해\s)(?<!\d)(\d{1,2})\s*월\s*\d{1,2}\s*일(?=[^…;]*(?:[…;]|\.\.\.))")


def _carried(m: re.Match[str], written: dt.date) -> dt.date | None:
    """The day a bare Korean day `m` is in the month a roundup named before it ("3월 라인업…「약한영웅2」 5일,
    「지금 우리 학교는2」 19일"), or None (no month before it, or not a roundup's: its month is this one or one of
    the next few; "작년 4월 촬영 마친…12일 공개" is another thing's)."""
    if m.group(1):
        return None
    if not (months := _MONTH_ALONE.findall(m.string[:m.start()])):
        # a bare day in a later part after a full one: "5월 7일 조기 공개설은 루머…넷플릭스 "14일 그대로"" (May 14)
        if not (months := _FULL_DAY_BEFORE.findall(m.string[:m.start()])):
            return None
    try:
        carried = headline_day(int(months[-1]), int(m.group(2)), written)
    except ValueError:
        return None
    return carried if carried <= written + ROUNDUP_AHEAD else None


def with_months_carried(text: str, written: dt.date | None) -> str:
    """`text` with each bare Korean day a roundup's month carries to written with that month ("19일" as
    "3월 19일"), so that every part of the headline read on its own keeps it."""
    if written is None:
        return text
    for m in reversed(list(_KOREAN_DAY.finditer(text))):
        if (carried := _carried(m, written)) is not None:
            text = text[:m.start(2)] + f"{carried.month}월 {carried.day}일" + text[m.end():]
    return text


def _korean_day(m: re.Match[str], written: dt.date) -> dt.date | None:
    day = int(m.group(2))
    month_said = (m.group(1) or "").replace(" ", "")
    if (carried := _carried(m, written)) is not None:
        return carried
    next_month = (written.year + 1, 1) if written.month == 12 else (written.year, written.month + 1)
    if month_said in ("다음달", "내달") or (not month_said and day < written.day and not _PAST.search(m.string)):
        return day_or_none(*next_month, day)  # the next 12th
    return day_or_none(written.year, written.month, day)  # this month's ("지난 12일 공개": already past)


#: A Korean day said as past: "지난 12일", "12일 공개된" (not 공개된다, to come), "공개됐", "공개 후".
_PAST = compile_later(r"지난\s*\d|공개\s*(?:된(?!다)|됐|되었|후|이후|직후|뒤)")


#: A day without its year that fell this recently before a headline was written is that past day
#: ("released on Feb. 12, tops the chart" two days on): never the same day next year.
_JUST_PAST = dt.timedelta(days=60)


def headline_day(month: int, day: int, written: dt.date) -> dt.date:
    """The day a headline means by a day without its year: the next one from `written`, unless that
    day fell in the last two months (then that past one, old news). ValueError when there is none."""
    ahead = nearest_day(month, day, written, ahead=True)
    try:
        past = nearest_day(month, day, written, ahead=False)
    except ValueError:
        return ahead
    return past if past < written and written - past <= _JUST_PAST else ahead


#: What a day said from today must follow (English) or precede (Korean) to be the release's own: a
#: verb of the release a few words before it ("arrives on Netflix next Friday", "premieres tomorrow")
#: with no "date" between ("reveals the release date next Friday" is the reveal's day), or 공개 after
#: it ("12일 넷플릭스 공개", "오늘 오후 5시 공개"; not 공개일, the release date named as news to come).
_RELEASE_BEFORE = compile_later(
    # (and the premiere itself said to be then: "the s2 premiere is tomorrow")
    r"\b(?:premieres|premiering|premiere\s+is|drops?|dropping|arrives?|arriving|lands?|landing|debuts?|debuting|releases?"
    r"|releasing|streams?|streaming|out|returns?|returning|coming|here|launch(?:es)?|hits netflix|go(?:es|ing)?\s+live"
    r"|unlocks?|unlocking)\b((?:\s+[^\s;…]+){0,5}?)\s*$",  # (fans' "unlocks 3am ET friday", s2wild59)
    re.I,
)
#: Its hour first does not count among the words between ("26일 오후 5시 전 세계 동시 공개", "19일 오후 5시 넷플릭스 통해 전 세계 공개").
_RELEASE_AFTER = compile_later(r"^\s*(?:(?:오전|오후|밤|저녁|새벽|낮)\s*)?(?:\d+\s*시\s*(?:\d+\s*분\s*|반\s*)?)?"
                            r"(?:\(?\s*(?:(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::\d\d)?|[A-Z]{2,4})\s*\)?\s*)?"  # (its zone: "오후 3시 GMT+8 공개")
                            r"(?:[^\s;…\d]+\s*|\d+\s*시\s*|\d+\s*분\s*|(?:지우학|학교는)\s*2['’」》\"”]?\s*){0,4}?"  # "…에 지우학2 나온다"
                            # (a clock and its zone, the title with its season: "내일 15:00 GMT+8 《지금 우리 학교는》시즌2 공개")
                            r"(?:\d{1,2}:\d\d\s*(?:(?:(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::\d\d)?|[A-Z]{2,4})\s*)?)?"
                            r"(?:[《『「]?\s*지금\s*우리\s*학교는\s*[》』」]?\s*시즌\s*2\s*)?"
                            r"(?:공개|스트리밍|첫\s*방송|나온|나올)(?!\s*일|\s*예정일)")
#: The day's own release: "tomorrow's release", "Friday's Netflix premiere" (not "Friday's premiere party").
_RELEASES_OWN = compile_later(r"^['’]s\s+(?:netflix\s+|global\s+)?(?:release|premiere|debut|launch)\b"
                           r"(?!\s*(?:event|party|parties|screening|showcase|fan|red))", re.I)
#: Two or more hours by place between a release verb and its day ("drops 8am in London and 7pm in Sydney tomorrow"): one
#: moment said in several clocks, a word's room in `_RELEASE_BEFORE` (s2wild74).
_HOURS_LISTED = compile_later(rf"(?:{_CLOCK})(?:\s+(?:in\s+)?[^\W\d]+(?:\s+time)?)?"
                              rf"(?:\s*(?:,|/|&|\band\b)\s*(?:{_CLOCK})(?:\s+(?:in\s+)?[^\W\d]+(?:\s+time)?)?)+", re.I)
#: Words between a release verb and a day that make the day another thing's ("premiere event held Tuesday").
_NOT_THE_RELEASE = compile_later(r"\b(?:date|event|held|party|screening|showcase|conference|carpet|fan ?meet\w*)\b", re.I)
#: Korean's release date named before its day ("공개일 변경…내달 19일"), unless the day is when it is told
#: ("공개일 내일 발표").
_RELEASE_DATE_BEFORE = compile_later(r"공개\s*(?:(?:일|날짜|일자)\S*|(?:은|는)(?![가-힣]))(?:\s*\S+){0,2}?\s*$")  # (or "공개는 금요일 28일")
_TOLD_AFTER = compile_later(r"^\s*(?:\S++\s+)?(?:\S+\s*)?(?:발표|공지|알려|공개\s*예정)")
#: A Korean day the release is moved to ("공개 26일로 일주일 순연", "공개 12일로 앞당겨", its hour before 로): the release named before it.
_MOVED_TO = compile_later(r"^\s*(?:(?:오전|오후|밤|저녁|새벽|낮)\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?\s*)?(?:으)?로\s*(?:(?:일|한|두|세|\d+)\s*주(?:일)?\s*|하루\s*|이틀\s*|사흘\s*)?(?:또|다시|결국)?\s*"
                       r"(?:연기|미뤄|미루|늦춰|늦추|늦춘|순연|변경|앞당)")
_RELEASE_NAMED_BEFORE = compile_later(r"(?:공개|방송|스트리밍)\S*(?:\s+\S+){0,2}?\s*$")


def _tied_to_release(text: str, m: re.Match[str]) -> bool:
    """Whether the day `m` found is when season 2 comes out, by the words around it."""
    before = _RELEASE_BEFORE.search(_HOURS_LISTED.sub("at", text[:m.start()]))
    if before is not None and not _NOT_THE_RELEASE.search(before.group(1)):
        return True
    after = text[m.end():]
    if _RELEASE_AFTER.match(after) or _RELEASES_OWN.match(after):
        return True
    if _MOVED_TO.match(after) and _RELEASE_NAMED_BEFORE.search(text[:m.start()]):
        return True
    return _RELEASE_DATE_BEFORE.search(text[:m.start()]) is not None and not _TOLD_AFTER.match(after)


def day_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: Japanese writes its hour on a clock of 24 hours ("16時", "16時30分") beside a Japanese day ("6月18日"): Japan's time
#: (a post in kana, or one put into Korean word for word, `headline_cjk._JAPANESE_WORDS`: Chinese's 時 stays unread).
_JAPANESE_TIME = compile_later(r"(?<!\d)(?P<h>[01]?\d|2[0-3])\s*時(?:\s*(?P<m>[0-5]?\d)\s*分|半)?")
_KANA_OR_HANGUL = compile_later(r"[\u3040-\u30ff\uac00-\ud7a3]")
#: A Central European place's time after an hour ("9:00 (hora peninsular)", "a las 9:00, hora de España", "9h heure de
#: Paris", "9 Uhr deutscher Zeit", "9am paris time"): CET or CEST, as that day's clocks there keep it (never a fixed guess);
#: and a British one ("8am uk time", "8:00 London time"): GMT or BST.
_HOUR = r"(?P<h>\d{1,2})(?:[:.h](?P<m>\d\d)|\s*h|\s*uhr)?\s*(?:(?P<ap>[ap])\.?(?:\s?m\b\.?)?)?"  # "8am", "8 a.m."
_CENTRAL_EUROPE = (r"hora\s+(?:peninsular|de\s+espa[ñn]a|espa[ñn]ola|de\s+madrid)|heure\s+(?:de\s+paris|fran[çc]aise)"
                   r"|(?:deutscher|deutsche)\s+zeit|(?:spain|spanish|madrid|paris|french|berlin|german|italian|rome)\s+time|ora\s+italiana")
_BRITAIN = r"(?:uk|u\.k\.|london|british|britain|lisbon)\s+time"  # (Lisbon keeps London's clock: GMT, BST the same nights)
#: Chile's ("5 am hora de Chile", "hora chilena"): UTC-3 in its summer, UTC-4 in its winter, as that day's clock there keeps it.
_CHILE = r"(?:hora|horario)\s+(?:de\s+|del\s+)?(?:chile|santiago)|hora\s+chilena|chile(?:an)?\s+time"
#: Eastern Australia's ("7pm Sydney time", "7pm in Sydney"): AEDT in its summer, AEST in its winter, as that day's clock keeps it.
_EAST_AUSTRALIA = r"(?:sydney|melbourne|canberra)\s+time"
_CHANGING_PLACE_TIME = compile_later(rf"{_HOUR}\s*,?\s*\(?\s*(?:(?P<ce>{_CENTRAL_EUROPE})|(?P<uk>{_BRITAIN})|(?P<cl>{_CHILE})"
                                     rf"|(?P<au>{_EAST_AUSTRALIA}))\b", re.I)
#: The same, as a pattern for other readers ("friday 8am uk time": a weekday alone, with its hour by a place's clock).
PLACE_HOUR = (r"\d{1,2}(?:[:.h]\d\d|\s*h|\s*uhr)?\s*(?:[ap]\.?\s?m\.?)?\s*,?\s*\(?\s*(?:" + _CENTRAL_EUROPE + "|" + _BRITAIN
              + "|" + _CHILE + "|" + _EAST_AUSTRALIA + r")\b")


def _place_hour(text: str, day: dt.date) -> str | None:
    """An hour a headline gives by its place's clock alone (`_JAPANESE_TIME` in Japanese, `_CHANGING_PLACE_TIME`), as the moment
    reader takes it, with the zone that place keeps on `day`; None when it gives none."""
    text = zones_by_city(text)  # "🇬🇧 London 8am": 8am london time
    if _KANA_OR_HANGUL.search(text) and (m := _JAPANESE_TIME.search(text)):
        return f"{int(m.group('h'))}:{int(m.group('m') or (30 if m.group(0).endswith('半') else 0)):02d} JST"
    if m := _CHANGING_PLACE_TIME.search(text):
        hour = int(m.group("h")) % 12 + (12 if (m.group("ap") or "").lower() == "p" else 0) if m.group("ap") else int(m.group("h"))
        if m.group("cl") or m.group("au"):  # Chile's or eastern Australia's: the offset Santiago or Sydney keeps that day
            clock = zoneinfo.ZoneInfo("America/Santiago" if m.group("cl") else "Australia/Sydney")
            offset = dt.datetime(day.year, day.month, day.day, 12, tzinfo=clock).utcoffset()
            return f"{hour}:{int(m.group('m') or 0):02d} UTC{int(offset.total_seconds()) // 3600 if offset else -4:+d}"
        if not m.group("ce"):  # the UK's time: GMT or BST as that day's clock keeps it (bot/zones.py's "uk")
            return f"{hour}:{int(m.group('m') or 0):02d} uk"
        summer = dt.datetime(day.year, day.month, day.day, 12, tzinfo=zoneinfo.ZoneInfo("Europe/Madrid")).dst()
        return f"{hour}:{int(m.group('m') or 0):02d} {'CEST' if summer else 'CET'}"
    return None


def release_moment(text: str, day: dt.date) -> tuple[dt.datetime, bool]:
    """The release moment on `day` (the day as the headline says it, where its zone is) and whether its
    hour was given: at the time the headline gives with its zone, else by its place's clock
    (`_place_hour`), else the day alone (midnight UTC, as a day without a time)."""
    said = headline_time(text) or _place_hour(text, day)
    if said is not None:
        noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
        at = read_moment(f"{day.isoformat()} at {said}", noon, ahead=True)
        if at is not None:
            return at.astimezone(dt.UTC), True
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), False
