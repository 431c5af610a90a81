"""Time zones as people type them after a time (pure): read by season-2 dates (bot/season2/dates.py,
which reads the moment) and by the daily trivia question's time (bot/trivia/daily.py); and Korea's
time (`KST`), the one clock every module that keeps Korea's calendar reads. `PLACES` is the one table of places fans
name for their clock ("manila time", /ask's "what time in the uk", the news reader's "4 pm Seoul / 3 pm Manila").
`NETFLIX_CLOCK` is Netflix's release clock (Pacific time), read by season 2's rules and the answers that look back;
`US_COASTS` the US's two coasts' clocks (/ask's "what time in the us", a US newsroom's clock).

Names (KST, JST, PT, PST, PDT, ET, EST, CET, IST, SGT, HST, NZST, ... and "Korea time") and offsets
(+09:00, GMT+9, UTC-5), and the tz database's names ("America/Sao_Paulo"). The American ones without S/D follow daylight saving; an abbreviation two
places share hours apart (CST, AST, GST, IST) is asked again (`AMBIGUOUS_ZONES`). A name that says its
season (PDT, EST, BST, CEST, AEDT ...) typed for a day its places keep the other one ("5 March 2027 5pm
PDT": Pacific time is PST until 14 March), or a time a clock change skips or says twice ("2:30am PT" on
the night summer time begins), is asked again too (`season_problem`), never read as one of the two.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from typing import NamedTuple

from bot.lazy_re import compile_later

#: Korea's time (UTC+9, no summer time): the show's home, whose calendar Netflix sets season 2's days by.
KST = dt.timezone(dt.timedelta(hours=9))
#: Netflix's release clock: it releases a series worldwide at midnight Pacific time (17:00 KST; season 1: 28 January 2022).
NETFLIX_CLOCK = zoneinfo.ZoneInfo("America/Los_Angeles")
#: The US's two coasts' clocks, the Pacific (Netflix's) first: what "the US" names for a release hour or a newsroom.
US_COASTS = (NETFLIX_CLOCK.key, "America/New_York")
#: Australia's east and west clocks (Sydney's, where most Australians live, first): what "Australia" names for a release
#: hour, never one of them alone.
AUSTRALIA_CLOCKS = ("Australia/Sydney", "Australia/Perth")
#: Canada's east and west clocks (Toronto's, where most Canadians live, first), as Australia's.
CANADA_CLOCKS = ("America/Toronto", "America/Vancouver")
# Time zones fans name. Fixed offsets for the unambiguous abbreviations; the American ones without
# S/D follow daylight saving (PT is PST in winter, PDT in summer), as Netflix's "midnight PT" does.
FIXED_ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "kst": 9 * 60, "jst": 9 * 60, "sgt": 8 * 60, "pht": 8 * 60, "hkt": 8 * 60,
    "wib": 7 * 60, "bst": 60, "cet": 60, "cest": 120, "aest": 600, "aedt": 660,
    "pst": -8 * 60, "pdt": -7 * 60, "est": -5 * 60, "edt": -4 * 60, "cdt": -5 * 60,
    "mst": -7 * 60, "mdt": -6 * 60, "hst": -10 * 60, "akst": -9 * 60, "akdt": -8 * 60, "nzst": 12 * 60,
    "nzdt": 13 * 60, "awst": 8 * 60, "acst": 9 * 60 + 30, "acdt": 10 * 60 + 30, "msk": 3 * 60, "eet": 120,
    "eest": 180, "ict": 7 * 60, "wita": 8 * 60, "wit": 9 * 60, "myt": 8 * 60, "pkt": 5 * 60, "brt": -3 * 60,
}
#: Zones typed without their season whose places keep summer time (the zone, its standard offset): the
#: American ones, and the UK's ("uk time": GMT in winter, BST in summer, never GMT all year).
SUMMER_TIME_ZONES = {"pt": ("America/Los_Angeles", -8), "et": ("America/New_York", -5),
                     "ct": ("America/Chicago", -6), "mt": ("America/Denver", -7), "uk": ("Europe/London", 0)}
#: Abbreviations two places share, hours apart: asked again, never guessed. Each: the places,
#: and how to write either one instead (the reply names both ways).
AMBIGUOUS_ZONES = {"cst": ("US Central (UTC-6) or China (UTC+8)", "CT or UTC-6, or UTC+8"),
                   "ast": ("Atlantic (UTC-4) or Arabia (UTC+3)", "UTC-4 or UTC+3"),
                   "gst": ("the Gulf (UTC+4) or South Georgia (UTC-2)", "UTC+4 or UTC-2"),
                   "ist": ("India (UTC+5:30), Israel (UTC+2) or Irish summer time (UTC+1)", "UTC+5:30, UTC+2 or UTC+1")}


class Place(NamedTuple):
    """A place fans name for its clock: one row of `PLACES`."""
    #: Its cities' names, as a list of clocks writes them ("seoul", "mexico city").
    cities: str
    #: Its country's, region's and zones' names ("korea|south korea|kst|한국").
    names: str
    #: Its zone in the tz database: that day's clock there, summer time and all.
    clock: str
    #: How an answer names it ("Manila", "the UK").
    label: str
    #: The zone a reader writes after its cities' hours: a name `ZONE` reads ("KST", "UTC-6", "PT", whose clocks change as
    #: ET's do), or "<city> time" read by that day's clock there ("paris time"); None when no reader of hours knows it.
    hour_zone: str | None
    #: The zone "<any of its names> time" is read as (`ZONE_WORDS`: "manila time" is "pht", "paris time" "europe/paris").
    said_zone: str

    @property
    def words(self) -> str:
        """Every name it has, cities first, as one pattern's alternatives."""
        return "|".join(words for words in (self.cities, self.names) if words)

    @property
    def spoken(self) -> str:
        """Its names but the abbreviations `ZONE` reads itself ("manila|the philippines|...|ph", not "pht"): "<name> time"."""
        return "|".join(word for word in self.words.split("|") if word not in {*FIXED_ZONES, *AMBIGUOUS_ZONES})


#: Every place fans name for its clock, one table for every reader of place names: /ask's "what time in manila"
#: (bot/lore/answer/asked_clock.py: every name) and the news reader's lists of cities' clocks ("4 pm Seoul / 3 pm Manila",
#: bot/season2/sources/headline_city_clocks.py: the cities; headline_moments: "3pm PH time", "4pm in Korea"). A name several
#: clocks share (the US, Australia, Canada, CST, IST) is in no row: never a guess (their main clocks, `US_COASTS`,
#: `AUSTRALIA_CLOCKS`, `CANADA_CLOCKS`); Mexico's, Chile's and Brazil's names read their capitals' clocks; Indonesia's time is
#: Jakarta's (WIB), as its fans and Netflix Indonesia write it. GMT is UTC+0 all year (the UK's summer clock is BST).
PLACES: tuple[Place, ...] = (
    # (London, Ontario is Toronto's: a city two countries have, read by the name said beside it)
    Place(r"london(?!\s*,?\s*ontario)", r"the uk|uk|england|britain|british|bst", "Europe/London", "the UK", "london time",
          "uk"),
    Place("", r"gmt", "Etc/GMT", "GMT", None, "gmt"),
    Place(r"new\s+york|nyc", r"ny|east coast|eastern|est|edt|et", "America/New_York", "New York (US Eastern)", "ET", "et"),
    Place(r"los\s+angeles", r"california|west coast|pacific|pst|pdt|pt", "America/Los_Angeles", "Los Angeles (US Pacific)", "PT", "pt"),
    Place(r"manila|cebu|davao|quezon\s+city", r"the philippines|philippines|philippine|pinas|pilipinas|pinoy|ph|pht", "Asia/Manila", "Manila", "PHT", "pht"),
    Place(r"seoul", r"korea|south korea|korean|kr|kst|한국|서울", "Asia/Seoul", "Seoul", "KST", "kst"),
    Place(r"tokyo", r"japan|japanese|jp|jst", "Asia/Tokyo", "Tokyo", "JST", "jst"),
    Place(r"sydney|melbourne|canberra", r"aedt|aest", "Australia/Sydney", "Sydney", None, "australia/sydney"),
    Place(r"perth", r"awst", "Australia/Perth", "Perth", None, "australia/perth"),
    Place(r"toronto|montr[eé]al|ottawa|london\s*,?\s*ontario", r"ontario|qu[eé]bec", "America/Toronto", "Toronto (Eastern)",
          "ET", "et"),
    Place(r"vancouver", "", "America/Vancouver", "Vancouver (Pacific)", "PT", "pt"),
    Place(r"mumbai|delhi|bangalore|kolkata", r"india|indian", "Asia/Kolkata", "India", "UTC+5:30", "utc+5:30"),
    Place(r"jakarta", r"indonesia|indonesian|indo|wib", "Asia/Jakarta", "Jakarta (WIB)", "WIB", "wib"),
    Place(r"singapore", r"sg|sgt", "Asia/Singapore", "Singapore", "SGT", "sgt"),
    Place(r"hong\s*kong", r"hk|hkt", "Asia/Hong_Kong", "Hong Kong", "HKT", "hkt"),
    Place(r"kuala\s+lumpur", r"malaysia|myt", "Asia/Kuala_Lumpur", "Kuala Lumpur", "MYT", "myt"),
    Place(r"bangkok", r"thailand", "Asia/Bangkok", "Bangkok", "ICT", "ict"),
    Place(r"hanoi|ho\s+chi\s+minh(?:\s+city)?|saigon", r"vietnam|vi[eệ]t\s+nam", "Asia/Ho_Chi_Minh", "Vietnam", "ICT", "ict"),
    Place(r"madrid|barcelona", r"spain|españa|espana", "Europe/Madrid", "Spain", "madrid time", "europe/madrid"),
    Place(r"paris|berlin|rome", r"france|germany|italy|cet|cest", "Europe/Paris", "Central Europe", "paris time", "europe/paris"),
    Place("", r"central", "America/Chicago", "Chicago (US Central)", None, "ct"),
    Place("", r"mountain", "America/Denver", "Denver (US Mountain)", None, "mt"),
    # Mexico's country name reads its capital's clock, where most of its people live (never "new mexico", a US state's)
    Place(r"cdmx|mexico\s+city|ciudad\s+de\s+m[eé]xico", r"(?<!new\s)m[eé]xico", "America/Mexico_City", "Mexico City", "UTC-6",
          "utc-6"),
    Place(r"bogot[aá]", r"col[oô]mbia", "America/Bogota", "Bogotá", "UTC-5", "utc-5"),
    Place(r"lima", r"per[uú]", "America/Lima", "Lima", "UTC-5", "utc-5"),
    Place(r"buenos\s+aires", r"argentina", "America/Argentina/Buenos_Aires", "Buenos Aires", "UTC-3", "utc-3"),
    Place(r"santiago\s+de\s+chile", r"chile", "America/Santiago", "Santiago (Chile)", None, "america/santiago"),
    Place("", r"uruguay|uruguai", "America/Montevideo", "Uruguay", "UTC-3", "utc-3"),
    Place("", r"ecuador", "America/Guayaquil", "Ecuador", "UTC-5", "utc-5"),
    Place("", r"venezuela", "America/Caracas", "Venezuela", "UTC-4", "utc-4"),
    Place("", r"bolivia", "America/La_Paz", "Bolivia", "UTC-4", "utc-4"),
    Place("", r"costa\s+rica", "America/Costa_Rica", "Costa Rica", "UTC-6", "utc-6"),
    Place("", r"guatemala", "America/Guatemala", "Guatemala", "UTC-6", "utc-6"),
    Place("", r"el\s+salvador", "America/El_Salvador", "El Salvador", "UTC-6", "utc-6"),
    Place("", r"honduras", "America/Tegucigalpa", "Honduras", "UTC-6", "utc-6"),
    Place("", r"nicaragua", "America/Managua", "Nicaragua", "UTC-6", "utc-6"),
    # Brazil's country name reads Brasília's clock, its legal time (the far west's hour-behind states aside)
    Place(r"s[aã]o\s+paulo|rio\s+de\s+janeiro|bras[ií]lia", r"brazil|brasil|brt", "America/Sao_Paulo", "São Paulo", "UTC-3", "utc-3"),
    Place(r"honolulu|hawaii", "", "Pacific/Honolulu", "Honolulu (Hawaii)", "UTC-10", "utc-10"),
)
#: Place names that are words too ("est" in French, "et", "pt", "ph", "ny"): a reader takes them as a place only where the
#: place is plainly meant ("in est", "est time", ending a question); a number's word ("lima": five in Tagalog, Indonesian
#: and Malay, "jam lima?" is "at five?") only after "in" or before "time".
WORDLIKE_PLACES = frozenset({"est", "et", "pt", "ph", "ny"})
NUMBER_PLACES = frozenset({"lima"})
#: Names that are a place's only before "time" ("central time", "korean time"; "in korean" is a language, "central europe"
#: no US clock).
TIME_WORD_PLACES = frozenset({"central", "mountain", "british", "korean", "indian", "japanese", "indonesian", "philippine"})

#: "한국 시간", "(서울 기준)": Korea's time as Korean writes it.
KOREAN_ZONE = compile_later(r"\(?\s*(?:한국|서울)\s*시간?\s*(?:기준)?\s*\)?")
#: Another place's clock named in a post's own words ("16 Uhr koreanischer Zeit", "alle 16 ora coreana", "16h giờ Hàn Quốc",
#: "중국 시간", "韩国时间", "美西时间"): the zone the readers know, so the hour keeps the zone said and never takes the language's
#: own ("an explicit zone always wins"). A language's own place is left to its readers (한국 시간, 北京时间, giờ Việt Nam).
_ZONES_IN_WORDS = (
    ("KST", r"koreanische[rn]?\s+zeit|ora\s+(?:coreana|della\s+corea|di\s+seoul)|gi[oờ]\s+(?:h[aà]n(?:\s+qu[oố]c)?|seoul)"
            r"|kore\s+saati(?:yle|ne\s+g[öo]re)?|hora\s+(?:coreana|de\s+corea(?:\s+del\s+sur)?|de\s+se[uú]l|da\s+coreia)"
            r"|hor[aá]rio\s+(?:coreano|de\s+corea|da\s+coreia)|heure\s+(?:cor[ée]enne|de\s+(?:la\s+)?cor[ée]e|de\s+s[ée]oul)"
            r"|waktu\s+(?:korea(?:\s+selatan)?|seoul)|เวลา(?:ประเทศ)?เกาหลี(?:ใต้)?|[韩韓][国國]\s*[时時][间間]|首[尔爾]\s*[时時][间間]"),
    ("JST", r"japanische[rn]?\s+zeit|ora\s+giapponese|gi[oờ]\s+nh[aậ]t(?:\s+b[aả]n)?|japon\s+saati|hora\s+(?:japonesa|de\s+jap[oó]n)"
            r"|heure\s+japonaise|waktu\s+jepang|เวลาญี่ปุ่น|일본\s*시간|日本时间"),
    ("CEST", r"mesz"), ("CET", r"mez"),  # (German's names for them)
    ("UTC+8", r"중국\s*시간|베이징\s*시간|대만\s*시간|홍콩\s*시간|싱가포르\s*시간|waktu\s+(?:malaysia|singapura|singapore)|เวลาจีน"),
    ("PHT", r"필리핀\s*시간|菲律[宾賓]\s*[时時][间間]"),
    ("ICT", r"태국\s*시간|베트남\s*시간|泰[国國]\s*[时時][间間]|越南\s*[时時][间間]"),
    ("WIB", r"인도네시아\s*시간|印尼\s*[时時][间間]"),
    ("UTC+5:30", r"인도\s*시간|印度\s*[时時][间間]"),
    ("PT", r"美西\s*[时時][间間]|美[国國]西部\s*[时時][间間]|미\s*서부\s*시간|미국\s*서부\s*시간"),
    ("ET", r"美[东東]\s*[时時][间間]|美[国國][东東]部\s*[时時][间間]|미\s*동부\s*시간|미국\s*동부\s*시간"),
)  # (the US coasts' clocks in Spanish, Portuguese and French: headline_spans_abroad's, with midnight)
#: (Its spaces before taken from a run's start only: a bare `\s*` tried again at each space of a long run is square time, fix93.)
_ZONE_IN_WORDS = compile_later(r"(?:[(（]\s*|(?<!\s)\s+)?(?<![a-zà-ỹ])(?:" + "|".join(f"(?:{words})" for _, words in _ZONES_IN_WORDS) + r")(?![a-zà-ỹ])\s*[)）]?",
                               re.I)


def with_zones_in_words(text: str) -> str:
    """`text` with another place's clock named in words as its zone ("16 Uhr koreanischer Zeit": "16 Uhr KST",
    "중국 시간 내일 오후 3시": "UTC+8 내일 오후 3시"), where the readers after it look for a zone (`_ZONES_IN_WORDS`)."""
    def zone(m: re.Match[str]) -> str:
        said = m.group(0).strip(" ()（）")
        return " " + next(name for name, words in _ZONES_IN_WORDS if re.fullmatch(words, said, re.I)) + " "
    return _ZONE_IN_WORDS.sub(zone, text)


#: A zone as phones, calendars and time-zone pickers name it ("America/Sao_Paulo", "America/Mexico_City"): its
#: places' own clock, summer time and all. Only under the tz database's areas, so "kst/3am et" stays two zones.
IANA_NAME = (r"(?:africa|america|antarctica|arctic|asia|atlantic|australia|brazil|canada|chile|europe|indian|mexico"
             r"|pacific|us)/[a-z][a-z_+-]*(?:/[a-z][a-z_+-]*)?")
#: Every name read after a time; an ambiguous one is found there to be asked about, never read.
ZONE_NAMES = "|".join(sorted(sorted([*FIXED_ZONES, *SUMMER_TIME_ZONES, *AMBIGUOUS_ZONES]), key=len, reverse=True)) + "|" + IANA_NAME
#: Zone names that are words too, read as zones only in capitals ("um 16 Uhr ist es so weit": German "is"; "à 21h et demie": French
#: "and"; "cet", "est", "wit", "pt.").
_WORDLIKE_ZONES = frozenset({"et", "est", "ist", "cet", "ast", "wit", "pt", "ct", "mt", "uk", "gst"})
#: A zone said right after an hour, for the readers that give a language's own clock when none is said (German "um 16 Uhr",
#: Italian "alle 16", Turkish "saat 16.00", Vietnamese "lúc 16h"): the zone said wins; an ambiguous one (CST, IST) is kept, to
#: be refused by the moment reader, never replaced by the language's.
ZONE_AFTER_HOUR = (r"(?:(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d\d)?(?!\d)|(?:"
                   + "|".join(f"(?-i:{name.upper()})" if name in _WORDLIKE_ZONES else name for name in sorted(
                       sorted({*FIXED_ZONES, *SUMMER_TIME_ZONES, *AMBIGUOUS_ZONES} - {"z"}), key=len, reverse=True))
                   + r")\b)")
#: A year whose rules are the tz database's current ones carried forward: whether a place keeps summer time now
#: (São Paulo stopped in 2019, Mexico City in 2022), not whether it did in some past year.
_RULES_YEAR = 2030


@functools.cache
def _iana_names() -> dict[str, str]:
    """Each tz database name by its lowercase, also without its underscores (typed text loses them as markdown)."""
    try:
        names = zoneinfo.available_timezones()
    except OSError:  # no time zone database
        return {}
    return {key: name for name in names for key in (name.lower().replace("_", ""), name.lower())}


def places_clock(name: str) -> zoneinfo.ZoneInfo | None:
    """The clock of a zone named its tz database's way ("america/sao_paulo"), None for any other name."""
    if "/" not in name or (found := _iana_names().get(name.lower())) is None:
        return None
    return zoneinfo.ZoneInfo(found)


def iana_label(name: str) -> str | None:
    """"America/Sao_Paulo" for "america/sao_paulo" (as a reply names it), None for any other name."""
    return _iana_names().get(name.lower()) if "/" in name else None
ZONE = compile_later(
    rf"^(.*?)\s*\(?(?:(?:\b|(?<=\d))({ZONE_NAMES})\b\s*(?:([+-])\s*(\d{{1,2}})(?::?(\d{{2}}))?)?"
    rf"|(?<=:\d\d)\s*([+-])(\d{{2}}):?(\d{{2}}))\)?$"  # a bare offset follows a clock time (17:00+09:00)
)
#: A zone as `ZONE` reads it: (name, sign, hours, minutes), the offset parts None when not given.
Zone = tuple[str | None, str | None, str | None, str | None]


def split_zone(norm: str) -> tuple[str, Zone | None]:
    """(what comes before a zone that ends `norm`, that zone), or (`norm`, None) when none ends it."""
    if (z := ZONE.match(norm)) and z.group(1):
        return z.group(1).strip().rstrip(","), (z.group(2), z.group(3) or z.group(6), z.group(4) or z.group(7),
                                               z.group(5) or z.group(8))
    return norm, None


#: Every name of `PLACES` but the abbreviations `ZONE` reads itself ("est time" stays EST's), as "<name> time" says it.
_PLACE_NAMES = "|".join(place.spoken for place in PLACES if place.spoken)
#: "Pacific Standard Time" is PST, "Eastern Daylight Time" EDT: the season said is kept, and checked
#: (`season_problem`). US Central standard time is UTC-6 (CST alone is asked).
_SEASON_SAID = {("pt", "standard"): "pst", ("pt", "daylight"): "pdt", ("et", "standard"): "est",
                ("et", "daylight"): "edt", ("ct", "standard"): "utc-6", ("ct", "daylight"): "cdt",
                ("mt", "standard"): "mst", ("mt", "daylight"): "mdt", ("uk", "summer"): "bst"}
ZONE_WORDS = compile_later(r"\b(" + _PLACE_NAMES + r")(?: (standard|daylight|summer))? time\b(?: zone)?")


def zone_said(m: re.Match[str]) -> str:
    """The zone a `ZONE_WORDS` match names, as its abbreviation ("pacific daylight time": "pdt")."""
    name = next(place.said_zone for place in PLACES if re.fullmatch(place.words, m.group(1)))
    return _SEASON_SAID.get((name, m.group(2) or ""), name)


def zone_offset(name: str | None, sign: str | None, hours: str | None, minutes: str | None,
                 local: dt.datetime) -> dt.timedelta | None:
    """The UTC offset of a named zone (plus any "+9" after it) at the local time `local`."""
    extra = dt.timedelta(hours=int(hours or 0), minutes=int(minutes or 0)) * (-1 if sign == "-" else 1)
    if extra > dt.timedelta(hours=14) or extra < dt.timedelta(hours=-12):
        return None
    if name is None:
        return extra
    if name in FIXED_ZONES:
        return dt.timedelta(minutes=FIXED_ZONES[name]) + extra
    if "/" in name:  # "america/sao_paulo": its clock that day (an unknown one names no moment)
        clock = places_clock(name)
        offset = None if clock is None else local.replace(tzinfo=clock).utcoffset()
        return None if offset is None else offset + extra
    if name not in SUMMER_TIME_ZONES:  # CST, IST: asked (`AMBIGUOUS_ZONES`)
        return None
    zone_name, standard = SUMMER_TIME_ZONES[name]
    try:
        offset = local.replace(tzinfo=zoneinfo.ZoneInfo(zone_name)).utcoffset()
    except zoneinfo.ZoneInfoNotFoundError:  # no time zone database: standard time
        offset = None
    return (offset if offset is not None else dt.timedelta(hours=standard)) + extra


def year_round_offset(zone: Zone) -> dt.timedelta | None:
    """The offset of a zone whose places keep it all year (KST, SGT, "UTC+9"), for a time that comes
    back every day; None for one that keeps summer time (PT, PST, BST) or names several places (IST)."""
    name = zone[0]
    if name is not None and "/" in name:  # "america/sao_paulo": one offset all year, by the rules now
        winter, summer = (zone_offset(*zone, local=dt.datetime(_RULES_YEAR, month, 1)) for month in (1, 7))
        return winter if winter == summer else None
    if name is not None and (name not in FIXED_ZONES or name in _SEASONAL):
        return None
    return zone_offset(*zone, local=dt.datetime(2000, 1, 1))


def offset_now(zone: Zone, now: dt.datetime) -> dt.timedelta | None:
    """A named zone's UTC offset at the moment `now` (its wall clock, for a zone that keeps summer time)."""
    local = now.astimezone(dt.UTC).replace(tzinfo=None)
    if zone[0] is not None and (clock := places_clock(zone[0])) is not None:
        local = now.astimezone(clock).replace(tzinfo=None)
    elif zone[0] in SUMMER_TIME_ZONES:
        try:
            local = now.astimezone(zoneinfo.ZoneInfo(SUMMER_TIME_ZONES[zone[0]][0])).replace(tzinfo=None)
        except zoneinfo.ZoneInfoNotFoundError:
            pass
    return zone_offset(*zone, local=local)


#: Names that say their season: (the places' time zone, whether the name is their summer time, the
#: name for the other season, the name for either season or None). BST is British Summer Time.
_SEASONAL = {
    "pst": ("America/Los_Angeles", False, "PDT", "PT"), "pdt": ("America/Los_Angeles", True, "PST", "PT"),
    "est": ("America/New_York", False, "EDT", "ET"), "edt": ("America/New_York", True, "EST", "ET"),
    "cdt": ("America/Chicago", True, "CST", "CT"), "mdt": ("America/Denver", True, "MST", "MT"),
    "mst": ("America/Denver", False, "MDT", "MT"), "akst": ("America/Anchorage", False, "AKDT", None),
    "akdt": ("America/Anchorage", True, "AKST", None), "bst": ("Europe/London", True, "GMT", None),
    "cet": ("Europe/Berlin", False, "CEST", None), "cest": ("Europe/Berlin", True, "CET", None),
    "eet": ("Europe/Athens", False, "EEST", None), "eest": ("Europe/Athens", True, "EET", None),
    "aest": ("Australia/Sydney", False, "AEDT", None), "aedt": ("Australia/Sydney", True, "AEST", None),
    "acst": ("Australia/Adelaide", False, "ACDT", None), "acdt": ("Australia/Adelaide", True, "ACST", None),
    "nzst": ("Pacific/Auckland", False, "NZDT", None), "nzdt": ("Pacific/Auckland", True, "NZST", None),
}


def _utc_text(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    return f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")


def season_problem(name: str, local: dt.datetime) -> str | None:
    """Why a zone typed after the wall-clock time `local` names no one moment, else None: a name
    that says its season on a day its places keep the other ("5pm PDT" on 5 March 2027, "BST" in
    February), or a time the clock change there skips or says twice ("2:30am PT" on 14 March 2027)."""
    if name in SUMMER_TIME_ZONES or "/" in name:
        try:
            zone = places_clock(name) or zoneinfo.ZoneInfo(SUMMER_TIME_ZONES[name][0])
        except (zoneinfo.ZoneInfoNotFoundError, KeyError):
            return None
        label = iana_label(name) or name.upper()
        first, second = local.replace(tzinfo=zone), local.replace(tzinfo=zone, fold=1)
        if first.utcoffset() == second.utcoffset():
            return None
        shown = f"{local:%H:%M} on {local.day} {local:%B %Y}"
        if first.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != local:
            return (f"the clocks in {label} skip {shown} (summer time begins): write the time the source "
                    f"gives with its offset ({_utc_text(first.utcoffset() or dt.timedelta(0))} or "
                    f"{_utc_text(second.utcoffset() or dt.timedelta(0))})")
        return (f"{shown} comes twice in {label} (summer time ends): write which, with its offset "
                f"({_utc_text(first.utcoffset() or dt.timedelta(0))} or {_utc_text(second.utcoffset() or dt.timedelta(0))})")
    if name not in _SEASONAL:
        return None
    zone_name, summer, other, either = _SEASONAL[name]
    try:
        kept = local.replace(tzinfo=zoneinfo.ZoneInfo(zone_name))
    except zoneinfo.ZoneInfoNotFoundError:
        return None
    if summer in (bool(kept.dst()), bool(kept.replace(fold=1).dst())):
        return None  # "1:30am EST" the night summer time ends: the second 1:30, named
    typed = _utc_text(dt.timedelta(minutes=FIXED_ZONES[name]))
    shown = f"{local.day} {local:%B %Y}"
    kept_text = _utc_text(kept.utcoffset() or dt.timedelta(0))
    if name == "bst":  # British Summer Time, out of its season; Bangladesh Standard Time is the other BST
        return (f"BST is British Summer Time (UTC+1), but on {shown} the UK keeps GMT (UTC+0), and Bangladesh's "
                f"BST is UTC+6: write GMT, UTC+1 or UTC+6, whichever the source means")
    instead = f"{either} for the time there that day, or " if either else ""
    return (f"{name.upper()} is {typed}, but on {shown} its places keep {other} ({kept_text}): "
            f"write {instead}the offset the source means ({typed} or {kept_text})")
