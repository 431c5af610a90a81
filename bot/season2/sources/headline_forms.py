"""How fans and roundups write a headline in forms the readers of `headlines.py` do not take as they are:
rewritten here into the plain form those readers take, or set aside. Pure functions on text.

- A listing gives the season its day with no verb: "All of Us Are Dead Season 2 on March 19" in a
  roundup, "AOUAD S2 → Mar 19, 5PM KST", "AOUAD S2 ⏰ 3/19 5PM KST", "ALL OF US ARE DEAD 2 — 19.03 — NETFLIX",
  "... S2 (March 19)", "aouad s2 is march 12", a Korean roundup's "《지금 우리 학교는2》 3월 19일…" or a fan's
  "지우학2 3월 19일이래": read as the season premiering that
  day, and Korean fans' countdown "지우학2 D-3" as the season's release three days on (`as_premiere`);
- a count of views or likes ("the teaser has 20.5 million views") is talk about material already
  out, no news that it is out (`counts_views`);
- a delay denied beside the day that stands ("not delayed, Netflix says March 19 date stands", "not delayed:
  still premieres Feb. 12", "denies delay, premiere still Feb. 12", "연기 없다…3월 19일 예정대로 공개") reaffirms
  that day: the denial bears on the delay, not on the day, so the headline is read without it as the day
  it gives, at the source's strength (`as_reaffirmed`); a delay denied with no day beside it claims nothing;
- a leak that "hints" ("LEAKED: Netflix Listing Hints ... Premieres March 12") says what it shows, as a
  rumour (the leak's word), not a guess of the outlet's (`as_leak_said`);
- an event "ahead of tomorrow's release" or "ahead of its March 19 premiere" says the release's day beside the
  event's, or says its day as the release date ("Gets May 14 Premiere Date at Tudum Event": `release_ahead`): that day
  is the release's, not the event's;
- an explainer that asks when and answers at once ("When Is ... Season 2 on Netflix? It Drops Friday at 4 a.m.
  ET") says its answer (`as_answered`); a question left unanswered still claims nothing;
- a guess said on the rumours' word ("If Rumours Are True, ... Could Arrive March 12", "... Might Premiere March 12,
  Sources Say") is that rumour, not the outlet's own guess (`as_rumoured`); a guess of its own still claims nothing;
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.season2.dates import MONTHS, WEEKDAY_WORD
from bot.season2.sources.headline_cards import EVENTS_DAY, NOT_THE_SEASON, lineup_titled_day, titled_day
from bot.season2.sources.headline_moments import PLACE_HOUR
from bot.season2.sources.headline_weekly import ABBREVIATED_DAY, WEEKDAYS_IN_FULL, weekly_by_commas
from bot.season2.sources.headline_words import LISTED_DAY, WEEKDAY
from bot.season2.sources.other_titles import EN_SHOW_NAME, KO_SHOW_NAME
from bot.zones import FIXED_ZONES

#: A month as the press and fans write it ("March", "mar.", "sept"), for the patterns here and in `headline_spelling`.
MONTH_WORD = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_LISTED_DAY = LISTED_DAY
#: What ends a listing's day: its year or time, then nothing more of it ("3/19 trailer", "1 March review" and
#: "March 1 was great" say the day of something else).
_LISTING_END = (r"(?:,?\s*20\d\d)?(?:,?\s*(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?(?:\s*[a-z]{2,4}\b)?"
                # a 24-hour clock with its country's time, as the readers abroad put it: "at 9:00 German time (MESZ)"
                r"|\d{1,2}:\d\d\s+[a-z]+\s+time\b(?:\s*\([a-z]{2,5}\))?))?"
                # "… is march 19 per netflix", "… march 19, confirmed": who says so, or that it is so, may follow
                # (Netflix with its preposition abroad: "… 19 marca na Netflixie!", s2wild62)
                # (only there, and Tagalog's "sa": "aouad 2 march 19 lang sa netflix", s2wild103)
                r"\s*(?:$|(?!['’]s\b)[^\w\s]|(?:(?:only|lang|just|exclusively|s[oó]lo|só|aja|hanya)\s+)?"
                r"(?:(?:on|per|via|from|according\s+to|confirmed\s+by|na|en|no|auf|bei|su|sur|di|sa)\s+)?netflix(?:ie)?\b"
                r"|(?:according\s+to|per|via)\s+(?:an?|the|my|our|one|some)\s"  # "… on April 2 according to a studio employee"
                r"|(?:guys|y['’]?all|every(?:one|body)|folks|fam|besties)\b\s*(?:$|[^\w\s])"  # "… is march 19 guys...": to its readers (s2wild102)
                r"|(?:and|y|e|dan|at|và)\s+(?:my|mi|mis|meu|minha|aku|ko|tôi)\s"  # "… el 19 de marzo y mi cumple el 20": the fan's own beside it (s2wild103)
                r"|(?:episodes?|eps?\.?)\s*1\s*(?:[-–~]|to)\s*\d{1,2}\b"  # "aouad 2 march 19 eps 1 to 6": its first episodes that day (s2wild103)
                r"|(?:(?:it'?s|it\s+is|now|is)\s+)?(?:confirmed|official(?:ly)?)\b(?!\s+(?:as|for)\b))")  # "march 12's most awaited" is no
# listing, nor "13/03 is confirmed as the cast reading" (the day of something else)
#: The season's name, then straight away its day: "on", an arrow, a dash, a colon or a bracket between.
_LISTING = compile_later(
    # "All of Us Are Dead (Season 2)", as a roundup lists it
    r"(?P<name>(?:" + EN_SHOW_NAME + r")['’\"”]?\s*\(?\s*(?:(?:season|series|part)\s*(?:2|two)|s2|2)\b['’\"”]?(?:\s*\))?)"
    r"\s*(?P<between>\bon\b|→|->|⇒|➡\ufe0f?|\s[—–-]\s|:(?:\s*on\b)?|\(|\||[⏰📅📆🗓]\ufe0f?|\.(?:\s*,)?"  # Netflix's card, below
    # a copula: "aouad s2 is march 12", "... is reportedly March 19" (the season is that day)
    r"|\bis\s+(?P<adverb>(?:reportedly|allegedly|apparently|supposedly|officially|finally|now|still)\s+)?(?:on\s+)?"
    # its date said to be out, then the day: "aouad 2 date is out!!! 3.19 🧟", "… release date revealed: march 19" (s2wild53)
    r"|\s(?:(?:release|premiere)\s+)?date\s+(?:is\s+)?(?:out|here|revealed|announced|confirmed)\b\s*[!.:]*"
    # the day said to stand beside another show's news: "… unaffected, still May 14", "is on track for May 14"
    r"|\b(?:is\s+)?(?:unaffected|unchanged|on\s+track)\s*[,;:—–-]?\s*(?:still\s+)?(?:on\s+|for\s+)?"
    # nothing between: "aouad s2 march 19 5pm kst!!!" (then nothing more of it, as below), a weekday too ("aouad 2 friday march 19")
    r"|\s(?=\s*(?:" + WEEKDAY_WORD + r",?\s+)?\S+\s*\d))"
    r"\s*(?=(?:" + WEEKDAY_WORD + r",?\s+)?" + _LISTED_DAY + _LISTING_END + ")",  # "S2: Friday, March 19", "S2 — fri 7 may"
    re.I,
)


def as_premiere(text: str) -> str:
    """A listing's "<season> on <day>" (arrow, dash, colon, bracket) as "<season> premieres <day>", and a
    countdown ("<season> IN 10 DAYS", "one week until <season>") as "<season> premiere D-<days>", its hour and day with no
    verb ("<season> at 7pm AEDT on March 19") as "<season> premieres at 7pm AEDT on March 19", a month's
  slate "led by" the season as the season coming that month, and a year's line-up listing it as the season coming
  that year."""
    text = _SLATE.sub(lambda m: f"{m.group('name')} coming in {m.group('month')}", text)
    text = _YEAR_SLATE_AMONG.sub(_in_the_slates_year, _YEAR_SLATE.sub(_in_the_slates_year, text))
    text = _NEXT_ON_NETFLIX.sub(lambda m: f"{m.group('year')} lineup", text)  # Netflix's own line-up event, named by its year
    text = _YEAR_LINEUP_LISTS.sub(lambda m: f"{m.group('year')} slate: {m.group('name')} coming in {m.group('year')}", text)
    text = _ON_THE_YEARS_LINEUP.sub(lambda m: f"{m.group('name') or m.group('tname') or m.group('iname') or m.group('oname')} coming in "
                                    f"{m.group('year') or m.group('ty') or m.group('iy') or m.group('oy')}", text)
    text = _ON_THE_KOREAN_LINEUP.sub(lambda m: f"{m.group('name')} {m.group('year')}년 공개", text)  # "2027 라인업에 지우학2 포함"
    text = _WINDOW_IN_BRACKETS.sub(_coming_in, text)  # "… AOUAD 2 (March)", "'All of Us Are Dead 2 — April'", "aouad s2 in may!"
    # "2027 라인업: 킹덤3 1월 22일, 지우학2 상반기", a card's "지우학2 · 2027년", a line-up's entry alone ("지우학2 1분기"): that window
    if "라인업" in text or "·" in text or _KO_LINEUP_WINDOW.fullmatch(text.strip()):
        text = _KO_LINEUP_WINDOW.sub(lambda m: f"{m.group('name')} {m.group('window')} 공개", text)
    text = _SAID_DAY.sub(lambda m: m.group("name") + " premieres ", text)  # "aouad s2 is tomorrow"
    text = _BARE_SAID_DAY.sub(lambda m: m.group("name") + " premieres ", text)  # "aouad s2 next friday!!!"
    text = _with_audiences_zone(text)  # "AEDT peeps: aouad s2 at 7pm friday": 7pm AEDT
    text = _AT_A_TIME.sub(lambda m: f"{m.group('name')} premieres {m.group('time')} on ", text)  # "aouad s2 at 7pm AEDT on ..."
    text = _KOREAN_SAID_DAY.sub(lambda m: f"{m.group('name')} {m.group('day')} 공개 ", text)  # "지우학2 내일이야"
    # (never an event's day right after it: "AOUAD 2: April 17, 6pm — fan meeting"; after "." only as a card opens, s2wild61)
    return _counted_down(_LISTING.sub(lambda m: m.group(0) if EVENTS_DAY.match(m.string, m.end()) or (m.group("between")[:1] == "." and re.search(r"[^\W_][^.!?;…]*$", m.string[:m.start()])) else
                                      m.group("name") + " " + (m.group("adverb") or "") + "premieres ", text))


#: The season's English name as a listing gives it ("All of Us Are Dead (Season 2)", "aouad s2"), one group (as `_LISTING`'s `name`).
SEASON_NAME = _LISTING.pattern.split(r"\s*(?P<between>")[0].replace("?P<name>", "")
#: The season's name opening a post or a sentence, a comma, then its day and nothing more of it: "AOUAD 2, March 19. I'm
#: screaming", "Estamos Muertos 2, 19 de marzo." (never in a sentence of something else: "Sweet Home 4 comes after AOUAD 2,
#: April 9"; read before other titles are cut away, which would leave the name opening it) (s2wild62).
_COMMA_DATED = compile_later(rf"(?:^|(?<=[.!?…]\s))(?P<lead>[^\w\s]*\s*)(?P<name>{SEASON_NAME}),\s+"
                             rf"(?=(?:{WEEKDAY_WORD},?\s+)?{_LISTED_DAY}{_LISTING_END})", re.I)


def comma_dated(text: str) -> str:
    """A post's "<season>, <day>" as "<season> premieres <day>" (see `_COMMA_DATED`); never an event's day ("…, April 17, 6pm — fan
    meeting")."""
    return _COMMA_DATED.sub(lambda m: m.group(0) if EVENTS_DAY.match(m.string, m.end())
                            else f"{m.group('lead')}{m.group('name')} premieres ", text)


#: The season said to be a day named from today: "aouad s2 is tomorrow", "... is literally this friday".
#: (or its release date said to be one: "aouad 2 release date is friday!!!", s2wild51)
_SAID_DAY = compile_later(rf"(?P<name>{SEASON_NAME})['’]?s?\s+(?:(?:release|premiere)\s+date\s+)?is\s+(?:literally\s+|finally\s+|only\s+|just\s+)?(?:on\s+)?"
                       r"(?=(?:tomorrow|tonight|(?:this|next)\s+" + WEEKDAY + r"|" + WEEKDAY + r")\b(?!['’]s\b))", re.I)
#: The season, then a day named from today and nothing more of it: "aouad s2 next friday!!!", "AOUAD S2 TOMORROW 🧟".
#: Zone names as fans type them after an hour.
_ZONES = "|".join(sorted([*FIXED_ZONES, "pt", "et"], key=len, reverse=True))
#: A weekday alone counts with its hour and zone only: "aouad s2 friday 5pm JST / 3pm WIB".
_BARE_SAID_DAY = compile_later(rf"(?P<name>{SEASON_NAME})\s+(?=(?:(?:tomorrow|tonight|(?:this|next)\s+{WEEKDAY})"
                            r"\b(?:\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?(?:\s*[a-z]{2,5}\b)?)?"
                            r"|" + WEEKDAY + r"\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?\s*"
                            rf"(?:{_ZONES})\b|{WEEKDAY},?\s+(?:at\s+|à\s+)?{PLACE_HOUR})"
                            # (or "when it drops" after it: "gonna watch aouad 2 tomorrow when it drops!!", its day, s2wild106)
                            r"(?:\s+instead|\s+(?:when|once)\s+it\s+(?:drops|comes\s+out|premieres|is\s+out))?\s*(?:$|[^\w\s]))", re.I)
#: The season, then its hour with its zone and its day, no verb: "aouad s2 at 7pm AEDT on March 19 for my aussie friends".
_AT_A_TIME = compile_later(rf"(?P<name>{SEASON_NAME})\s+(?P<time>at\s+\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?\s*(?!on\b)[a-z]{{2,5}}\b)"
                        rf"\s*(?:on\s+)?(?=(?:{WEEKDAY},?\s+)?{_LISTED_DAY}|(?:tonight|tomorrow)\b"
                        r"|(?:(?:this|next)\s+)?" + WEEKDAY + r"\b)",
                        re.I)
#: A week's listing whose entries give the day first: "Wed 3/24: Squid Game doc · Fri 3/26: All of Us Are Dead S2 (5PM KST)".
_ENTRIES = compile_later(r"\s*(?:·|•|\||\s/\s|\n)\s*")
#: An entry's day may be its weekday alone in a week's listing ("netflix this week: Tue – Trigger 2 | Fri – AOUAD S2").
_DAY_FIRST = compile_later(rf"^\W*(?:(?:{ABBREVIATED_DAY},?\s+)?(?P<day>{_LISTED_DAY})"
                        r"|(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*[:\-–—]\s*"
                        rf"(?P<rest>.*?\b(?P<name>{SEASON_NAME}).*)$", re.I)


def day_first(text: str) -> str:
    """Our entry of a listing that gives each entry's day first, as "<season> premieres <day> <what follows>" (the other
    entries' days are theirs); any other headline as it is."""
    entries = _ENTRIES.split(text)
    if len(entries) < 2:
        if isinstance(by_commas := weekly_by_commas(text, SEASON_NAME), str):
            return by_commas  # "kingdom 3 wed, aouad 2 fri": ours as its premiere
        entries = by_commas
    if (titled := titled_day(entries) or lineup_titled_day(text)) is not None:
        return titled  # Netflix's "3.19 | 지금 우리 학교는 시즌2 | 넷플릭스", a reel's "… | All of Us Are Dead 2 · April 16"
    ours = [m for entry in entries if (m := _DAY_FIRST.match(entry))]
    if len(entries) < 2 or len(ours) != 1 or NOT_THE_SEASON.search(ours[0].group("rest")):
        return text
    m = ours[0]
    day = m.group("day") or WEEKDAYS_IN_FULL[m.group("weekday").lower()]  # a weekday alone: that day of the week listed
    return f"{m.group('name')} premieres {day} {m.group('rest')[m.end('name') - m.start('rest'):]}".strip()



#: Fans of one clock addressed first ("AEDT peeps:", "GMT gang -", "for my AEST friends:"), then an hour without its zone.
_AUDIENCE = compile_later(rf"^\W*(?:for\s+(?:(?:my|all|the|us)\s+)?)?(?P<zone>{_ZONES})\s+(?:peeps|folks|people|fans|friends|fam|gang"
                       r"|crew|squad|viewers|watchers|besties|mutuals|stans|ppl)\s*[:,\-—–]\s*", re.I)
_BARE_HOUR = compile_later(rf"\bat\s+\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?(?!\s*\(?\s*(?:{_ZONES})\b)", re.I)


def _with_audiences_zone(text: str) -> str:
    """An hour said without its zone to fans of one clock addressed first, with that zone ("AEDT peeps: aouad s2 at 7pm
    friday" is 7pm AEDT); any other headline as it is."""
    if (audience := _AUDIENCE.match(text)) is None or len(_BARE_HOUR.findall(text)) != 1:
        return text
    return _BARE_HOUR.sub(lambda m: f"{m.group(0)} {audience.group('zone')}", text)


#: Korean's "지우학2 내일이야", "지금 우리 학교는2 모레다" (today's "오늘이야" may be before the hour: not read as out).
_KOREAN_SAID_DAY = compile_later(r"(?P<name>(?:" + KO_SHOW_NAME + r")\s*(?:시즌\s*)?2)['’」》\"”]?\s*(?P<day>내일|모레)"
                              r"(?:이야|이다|다|임|이래|입니다|이에요)(?![가-힣])")
_COUNT_WORDS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
#: (or hours, whole days of them: "aouad 2: 24 hours left!!" on the 18th is the 19th from any hour of it, s2wild77)
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s*(?P<unit>days?|weeks?|hours?|hrs?)"
#: A countdown to the season itself, its name right beside it: "AOUAD SEASON 2 IN 10 DAYS", "S2 in just 3 days",
#: "2 days left until all of us are dead season 2", "one week till AOUAD S2".
_COUNTDOWNS = (
    # "... S2 premieres in 25 days", "aouad s2 drops in just 3 days"
    compile_later(rf"(?P<name>{SEASON_NAME})\s*(?:is\s+)?(?:(?:premieres|drops|arrives|lands|debuts|releases|returns|comes\s+out"
               rf"|hits\s+netflix|is\s+out|out)\s+)?(?:only\s+|just\s+)?in\s+(?:only\s+|just\s+)?{_COUNT}\b(?!\s*ago)"
               r"(?!\s+(?:i['’]?ll|i\s+will|we['’]?ll|i['’]?m\s+(?:leaving|flying|off|away))\b)", re.I),  # (not one's plans: "… in two weeks i'll be away")
    # "... S2 drops two weeks from today": a count from the day written ("today" is not the day)
    compile_later(rf"(?P<name>{SEASON_NAME})\s*(?:is\s+)?(?:(?:premieres|drops|arrives|lands|debuts|releases|returns|comes\s+out"
               rf"|hits\s+netflix|is\s+out|out)\s+)?(?:only\s+|just\s+)?{_COUNT}\s+from\s+(?:today|now)\b", re.I),
    # (never a count to its material or an event: "30 days until the AOUAD 2 trailer", "D-10 until the aouad 2 aftershow", s2wild91)
    compile_later(rf"\b{_COUNT}\s+(?:left\s+|to\s+go\s+)?(?:until|till|til|before)\s+(?:the\s+)?(?P<name>{SEASON_NAME})"
               r"(?!['’]?s?\s+(?:official\s+|main\s+|first\s+|new\s+|netflix\s+)?(?:tr[aá]ilers?|teasers?|posters?|clips?|key\s*art"
               r"|showcase|fan\s*meet\w*|press\s+conference|premiere\s+(?:event|party)|red\s+carpet|after-?shows?|podcasts?|live(?:stream)?s?)\b)", re.I),
    # a count cried out, once or again, then the season's name and nothing more: "2 weeks. TWO WEEKS. aouad s2 🧟", "in two
    # weeks!!! aouad 2", "5 weeks from today!!! aouad 2"
    compile_later(rf"^\W*(?:in\s+)?{_COUNT}(?:\s*(?:left|to\s+go|from\s+(?:today|now)))?[\s.!]+(?:(?:\d{{1,2}}|{'|'.join(_COUNT_WORDS)})\s*(?:days?|weeks?)"
               rf"(?:\s*(?:left|to\s+go))?[\s.!]+)*(?:until\s+|till\s+|til\s+)?(?P<name>{SEASON_NAME})[^\w]*$", re.I),
    # the season's name, then Korean fans' count: "aouad 2 D-8 🧟", "… and aouad 2 D-8" (never a count to something else after it)
    compile_later(rf"(?P<name>{SEASON_NAME})\s*[:\-–—]?\s*D\s*-\s*(?P<count>\d{{1,2}})(?P<unit>)\b(?!\s*(?:to|until|till|til|before)\b)", re.I),
    # the season's name, a colon or a dash, then the count left and nothing more: "aouad 2: 1 day left!!" (s2wild75)
    compile_later(rf"(?P<name>{SEASON_NAME})\s*[:\-–—]\s*(?:only\s+|just\s+)?{_COUNT}\s+(?:left|to\s+go)\b[^\w]*$", re.I),
    # "aouad s2 countdown: 7 days"
    # (never a count to something else: "aouad s2 countdown: 0 days until netflix tells us anything")
    compile_later(rf"(?P<name>{SEASON_NAME})\s+count\s*down\s*[:\-–—]?\s*(?:only\s+|just\s+)?{_COUNT}\b(?!\s*ago)"
               r"(?!\s+(?:left\s+)?(?:until|till|til|before)\s+(?!(?:the\s+|its\s+)?(?:release|premiere|drop|launch|it\b)))", re.I),
)


#: A month's slate led by the season: "March K-Drama Slate Led by 'All of Us Are Dead' Season 2" is the season
#: coming that month.
#: A slate's entry with its window in brackets: "All of Us Are Dead 2 (March)", "AOUAD S2 (spring 2027)", "(Q1)", or
#: after a dash (or a card's "·" or "|") with nothing more of it, as a sizzle reel's card: "'All of Us Are Dead 2 — April'".
_A_WINDOW = (rf"(?:(?:early|late|mid)[- ]?)?(?:{MONTH_WORD}|spring|summer|fall|autumn|winter|q[1-4]|h[12])"
             r"(?:\s+20\d\d)?|(?:early|late|mid)[- ]?20\d\d|(?:the\s+)?(?:first|second)\s+half(?:\s+of\s+(?:the\s+year|20\d\d))?")
_WINDOW_IN_BRACKETS = compile_later(
    # (not a year alone: "aouad s2 (2027)" is how a title is tagged, no news of when)
    rf"(?P<name>{SEASON_NAME})\s*(?:\(\s*(?P<window>{_A_WINDOW})\s*\)|[—–·|:-]\s*(?P<dashed>{_A_WINDOW})(?=\s*(?:$|[^\w\s]))"
    # (a reel's card gives a year alone after its "·": "… | All of Us Are Dead Season 2 · 2027", coming that year)
    r"|\s[·—–]\s*(?P<year>20\d\d)(?=\s*(?:$|[|/]))"  # (or a slate list's dash: "… / All of Us Are Dead S2 — 2027 / …")
    # a fan's window with its year said confirmed, no verb: "AOUAD S2 H1 2027 confirmed by netflix korea's year-end reel"
    rf"|\s+(?P<confirmed>{_A_WINDOW})(?<=\d)\s+(?=(?:is\s+)?(?:confirmed|official)\b)"
    # a fan's "<season> in <month>" with nothing more of it: "… and aouad s2 in may!", "aouad s2 in early 2027."
    # (or its source after it: "aouad 2 in Q1 2027 per my sources 👀", hedged as it is)
    # (or an emoji after it: "insiders say aouad s2 in Q1 👀"; never a prayer's, "aouad s2 in may 🙏🤞", a wish)
    rf"|\s+in\s+(?P<said>{_A_WINDOW})(?=\s*(?:$|[!.,;]|(?![🙏🤞])[\U0001F300-\U0001FAFF\u2600-\u27BF]|\band\b"
    r"|\b(?:per|according\s+to|reportedly|allegedly|apparently)\b)))", re.I)


#: A Korean line-up's entry with its window and nothing more of it: "지우학2 2027년 상반기", "《지금 우리 학교는2》 상반기".
_KO_LINEUP_WINDOW = compile_later(rf"(?P<name>['‘「《\"“<]?(?:{KO_SHOW_NAME})['’」》\"”>]?\s*(?:시즌\s*)?2['’」》\"”>]?)(?:은|는)?\s*(?:·\s*)?"
                               r"(?P<window>(?:20\d\d\s*년\s*)?(?:상반기|하반기|봄|여름|가을|겨울|[1-4]\s*분기)|내년\s*(?:상반기|하반기)?"
                               r"|20\d\d\s*년)(?=\s*(?:$|[,.…!·|/]))")  # (a reel's "지금 우리 학교는2 · 2027년": that year)


def _coming_in(m: re.Match[str]) -> str:
    """The season coming in the window said beside it; a fan's "in may" said of something for it ("watch party for aouad s2
    in may", "cast confirmed for …") is that thing's month, left as it is."""
    if m.group("said") and re.search(r"\b(?:for|of)\s+$", m.string[:m.start()], re.I):
        return m.group(0)
    said = m.group('window') or m.group('dashed') or m.group('said') or m.group('year') or m.group('confirmed')
    return f"{m.group('name')} coming in {said}" + (" " if m.group("confirmed") else "")


_SLATE = compile_later(
    r"\b(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+20\d\d)?)\s+(?:netflix\s+)?"
    r"(?:k-?drama\s+|korean\s+|kdrama\s+)?(?:slate|line-?up|releases|premieres)\s+(?:is\s+)?(?:led|headlined|topped)\s+by\s+"
    rf"(?:netflix'?s\s+)?['‘\"“]?(?P<name>{SEASON_NAME})",
    re.I,
)

#: A year's slate that includes the season in a part of that year: "Netflix Korea's 2027 Slate Reportedly Includes "All
#: Of Us Are Dead" Season 2 In The First Half" (the first half of 2027), "2027 line-up puts aouad s2 in spring".
_YEAR_SLATE = compile_later(
    r"\b(?P<year>20\d\d)\s+(?:netflix\s+)?(?:k-?drama\s+|korean\s+|kdrama\s+)?(?:slate|line-?up)\s+"
    r"(?P<adverb>(?:reportedly|allegedly|apparently|officially)\s+)?(?:includes|features|lists|puts|places|slots)\s+"
    rf"['‘\"“]?(?P<name>{SEASON_NAME})\s+(?:in|for|into)\s+(?:the\s+)?(?P<part>(?:first|second)\s+half|h[12]|q[1-4]|spring|summer"
    rf"|fall|autumn|winter|{MONTH_WORD})(?:\s+(?:of\s+)?(?P<own>20\d\d))?\b", re.I)

#: ... or names the season among that part's titles: "Netflix's 2027 K-Drama Slate: 'All of Us Are Dead' Season 2 Among Q1
#: Titles", "2027 line-up — AOUAD S2 among first-half releases".
_YEAR_SLATE_AMONG = compile_later(
    r"\b(?P<year>20\d\d)\s+(?:netflix\s+)?(?:k-?drama\s+|korean\s+|kdrama\s+)?(?:slate|line-?up)\s*[:—–-]\s*(?P<adverb>)"
    rf"['‘\"“]?(?P<name>{SEASON_NAME})['’\"”]?\s+among\s+(?:the\s+|its\s+)?(?P<part>(?:first|second)[\s-]half|h[12]|q[1-4]|spring"
    r"|summer|fall|autumn|winter)(?P<own>)\s+(?:titles|releases|premieres|shows|series|dramas|k-?dramas|originals)\b", re.I)

#: ... or lists the season as one of its titles, with no part of the year: "Netflix Unveils 2027 Korean Lineup: 'All of Us
#: Are Dead' Season 2, 'Hellbound' Return", "… 2027 Korean Content Lineup Including "All Of Us Are Dead 2," …": the season is
#: coming in the line-up's year.
_YEAR_LINEUP_LISTS = compile_later(
    r"\b(?P<year>20\d\d)\s+(?:netflix\s+)?(?:k-?drama\s+|korean\s+|kdrama\s+)?(?:content\s+|series\s+|originals?\s+)?(?:slate|line-?up)"
    r"(?:\s*[:—–-]|\s+(?:including|featuring|with))\s*['‘\"“]?\s*"
    rf"(?P<name>{SEASON_NAME})(?=['’\"”]?\s*(?:[,;&]|\band\b|$))", re.I)

#: Netflix's yearly line-up event by its name: "Next on Netflix Korea 2027: All of Us Are Dead Season 2, …" is its 2027 line-up (s2wild62).
_NEXT_ON_NETFLIX = compile_later(r"\bnext\s+on\s+netflix(?:\s+(?:korea|asia|k-?drama))?\s+(?P<year>20\d\d)\b", re.I)

#: ... or says the season is on it, as fans write it: "netflix 2027 lineup is out and aouad 2 is on it!!!", "Estamos muertos 2 está
#: en el lineup 2027 de Netflix" (never a hope for it: "2027 lineup tomorrow, hope aouad 2 is on it 🙏", nor a question) (s2wild51).
_ON_THE_YEARS_LINEUP = compile_later(
    r"\b(?P<year>20\d\d)\s+(?:netflix\s+)?(?:k-?drama\s+|korean\s+|kdrama\s+)?(?:content\s+)?(?:slate|line-?up)\b"
    r"(?:(?!\b(?:hope|hoping|pray|praying|pls|please|plz|wish|if|tomorrow|tonight|soon|will|gonna|when)\b)[^;…?]){0,40}?"
    rf"(?P<name>{SEASON_NAME})['’\"”]?\s+(?:is|'s)\s+(?:on|in)\s+(?:it|there|the\s+list)\b(?![^.!]*\?)"
    rf"|(?P<tname>{SEASON_NAME})['’\"”]?\s+(?:est[áa]|t[áa])\s+(?:en\s+(?:el|la)|no|na)\s+(?:lineup|line-?up|slate|lista)\s+(?:de\s+)?"
    r"(?:netflix\s+)?(?:de\s+|para\s+)?(?P<ty>20\d\d)\b(?![^.!]*\?)"
    # "La line-up Netflix 2027 include anche …", "le line-up 2027 de Netflix inclut …" (s2wild52)
    # "aouad 2 is on netflix's 2027 korean lineup!!!" (s2wild62)
    rf"|(?P<oname>{SEASON_NAME})['’\"”]?\s+(?:is|'s)\s+(?:on|in)\s+(?:the\s+)?(?:netflix(?:\s+korea)?['’]?s?\s+)?(?P<oy>20\d\d)\s+(?:netflix\s+)?"
    r"(?:k-?drama\s+|korean\s+|kdrama\s+)?(?:content\s+)?(?:slate|line-?up)\b(?![^.!]*\?)"
    r"|\b(?:line-?up|slate)\s+(?:de\s+|di\s+)?netflix\s+(?P<iy>20\d\d)\s+(?:includes?|inclut|incluye|inclui|enthält)\s+(?:anche\s+|aussi\s+"
    rf"|también\s+|também\s+|auch\s+)?(?P<iname>{SEASON_NAME})(?![^.!]*\?)", re.I)
_ON_THE_KOREAN_LINEUP = compile_later(
    r"(?P<year>20\d\d)\s*(?:년\s*)?(?:넷플릭스\s*)?(?:라인업|ラインナップ)(?:에|에도|に|にも|\s*公布\s*[,，]?)\s*['‘「《]?"
    r"(?P<name>(?:" + KO_SHOW_NAME + r")\s*(?:시즌\s*)?2)['’」》]?\s*(?:도\s*)?(?:포함|있음|있다|들어|入っ|入り|含ま|在列|入选|在内)"
    r"(?![^\s!！。、,]{0,6}?(?:ない|なかった|ません|ず|않|없|안\s))(?![^.!]*\?)")


def _in_the_slates_year(m: re.Match[str]) -> str:
    part, year = m.group("part"), m.group("own") or m.group("year")
    window = f"the {part.replace('-', ' ')} of {year}" if "half" in part.lower() else f"{part} {year}"
    return f"{m.group('year')} slate: {m.group('name')} {m.group('adverb') or ''}coming in {window}"



#: Korean fans count down with the season's name alone before it: "지우학2 D-3", "지금 우리 학교는2 D-7".
#: (the name in its own brackets too, as a Chinese post's 《僵尸校园》第二季 reads: "《지금 우리 학교는》시즌2 D-3")
_KOREAN_COUNTDOWN = compile_later(r"(?P<name>(?:" + KO_SHOW_NAME + r")(?:\s*(?:시즌\s*)?2|['’」》』]\s*시즌\s*2))['’」》]?\s*(?=D\s*-\s*(?:\d{1,2}|day)\b)", re.I)


#: A Korean roundup lists the season with its day and no verb: "《지금 우리 학교는2》 3월 19일…", "'지우학2' 19일, ...",
#: "'지금 우리 학교는2'(19일)"; never beside an event's or material's words (that day may be theirs).
_KOREAN_LISTING = compile_later(
    r"(?P<name>(?:" + KO_SHOW_NAME + r")\s*(?:시즌\s*)?2)['’」》\"”]?\s*(?P<day>\(?\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*\)?)"
    # then nothing more of it, or a copula: "지우학2 3월 19일이래" (hearsay), "19일이야", "19일이라고", "19일임"
    r"(?=\s*(?:$|[…;,·|!！]|\.\.\.|\s[—–-]\s)|(?:이래요?|이라(?:고|는데|던데|네|더라)|이야|이에요|입니다|임)(?![가-힣]))")
_KOREAN_OTHER_THING = compile_later(r"제작발표회|쇼케이스|팬미팅|시사회|행사|간담회|티저|예고편|포스터|촬영|공개일|종영|방송")
#: Material said to be out "too" after the day ("… 3월 19일!!! 티저도 떴다"): its own news, the day left the season's (s2wild62).
_MATERIAL_TOO = compile_later(r"(?:메인\s*|공식\s*)?(?:티저|예고편|포스터)(?:\s*영상)?도(?![가-힣])")


def _korean_listed(text: str) -> str:
    """A Korean roundup's "<season> <day>" as "<season> <day> 공개" (see `_KOREAN_LISTING`)."""
    if (m := _KOREAN_LISTING.search(text)) is None or _KOREAN_OTHER_THING.search(text[:m.end()] + _MATERIAL_TOO.sub(" ", text[m.end():])):
        return text
    if "월" not in m.group("day") and not re.search(r"\d\s*월", text[:m.start()]):
        return text  # a bare day whose month is named after it, or not at all: never guessed
    return text[:m.end()] + " 공개" + text[m.end():]


#: ... or the count first, opening the post: "D-30 지우학2 🧟 버틴다", "D-7!! 지금 우리 학교는2", "D-30 🧟 #지우학2" (an emoji and
#: the hashtag between) (read as "지우학2 D-30").
_COUNT_FIRST = compile_later(r"^(?P<lead>\W*)(?P<count>D\s*-\s*(?:\d{1,2}|day))\b(?:[\s!.~！#]|[\U0001F300-\U0001FAFF\u2600-\u27BF])*(?P<name>['‘「《]?(?:" + KO_SHOW_NAME + r")"
                          r"(?:\s*(?:시즌\s*)?2|['’」》』]\s*시즌\s*2)['’」》]?)", re.I)


#: ... or the count closing the headline, a part of its own after the season is named: "'지우학2' 메인 예고편 공개…D-35" (read as
#: "… '지우학2' D-35", the season's; never a count right after what is to come, "예고편 공개 예정…D-3").
_COUNT_LAST = compile_later(r"^(?P<head>.*?(?P<name>(?:" + KO_SHOW_NAME + r")\s*(?:시즌\s*)?2)(?:(?!D\s*-\s*\d).)*?(?<!예정))\s*(?:…|\.\.\.|·)\s*"
                         r"(?P<count>D\s*-\s*\d{1,2})\W*$", re.I | re.S)


#: An English post's count opening it: "D-30 until All of Us Are Dead season 2!!" (read as "30 days until …").
_D_COUNT_UNTIL = compile_later(r"^(\W*)D\s*-\s*(\d{1,2})\s+(?:until|till|til|to)\s+", re.I)


def _counted_down(text: str) -> str:
    text = _D_COUNT_UNTIL.sub(r"\1\2 days until ", text, count=1)
    text = _COUNT_FIRST.sub(lambda m: f"{m.group('lead')}{m.group('name')} {m.group('count')}", text, count=1)
    text = _COUNT_LAST.sub(lambda m: f"{m.group('head')}…{m.group('name')} {m.group('count')}", text, count=1)
    text = _korean_listed(text)
    text = _KOREAN_COUNTDOWN.sub(lambda m: m.group(0).rstrip() + " 공개 ", text)  # read as "공개 D-3" (headline_moments)
    for pattern in _COUNTDOWNS:
        if (m := pattern.search(text)) is not None:
            said = m.group("count").lower()
            days = int(said) if said.isdigit() else _COUNT_WORDS[said]
            if m.group("unit").lower().startswith("h"):
                if days % 24:
                    continue  # "in 5 hours": today or tomorrow, by an hour the post does not give
                days //= 24
            days *= 7 if m.group("unit").lower().startswith("week") else 1
            return text[:m.start()] + f"{m.group('name')} premiere D-{days}" + text[m.end():]
    return text


_COUNTS = compile_later(r"\b\d[\d.,]*\s*(?:million|billion|thousand|[mkb])?\s*(?:views|likes|plays|streams|reactions)\b"
                     r"|조회\s*수|\d\s*(?:만|억)\s*뷰", re.I)


def counts_views(text: str) -> bool:
    """Whether a headline counts views or likes (of material already out, not news that it is out)."""
    return _COUNTS.search(text) is not None


#: A delay (or a leak of the episodes) denied: "not delayed", "isn't being postponed", "denies delay (rumours)", "denies AOUAD S2
#: leak" (then "April 16 date unchanged"), "no delay", "연기 없다",
#: "연기설 부인". Never a delay "to" a day denied ("not delayed to March 26": that day is what is denied).
_DELAY_DENIED = compile_later(
    r"\b(?:is\s+|was\s+|has\s+)?(?:not|isn'?t|wasn'?t|hasn'?t|never|won'?t|will\s+not)\s+(?:be\s+|been\s+|being\s+)?(?:delayed|postponed"
    r"|pushed(?:\s+back)?|moved)\b(?!\s*(?:again\s+)?(?:to|until|till|into)\b(?!\s+" + MONTH_WORD + r"(?<=\w)\b(?![\s.]*\d)))"  # (a month alone: "NOT pushed to april")
    # a move to a month alone called fake (s2wild54: "someone said aouad 2 moved to may again, fake. still april 16")
    r"|\b(?:moved|pushed(?:\s+back)?|delayed|postponed)\s+(?:again\s+)?(?:to|until|till|into)\s+" + MONTH_WORD + r"(?<=\w)\b(?![\s.]*\d)"
    r"(?:\s+again)?\s*[,.:!—–-]*\s*(?:(?:is|are|was|that'?s|it'?s)\s+)?(?:fake|false|not\s+true|untrue|a\s+lie|baseless)\b"
    r"|\bno\s+(?:more\s+|further\s+)?(?:delay|postponement)s?\b(?!\s*(?:to|until|till|into)\b)"  # ("no more delays", s2wild82)
    # "denies delay rumours", "denies All of Us Are Dead Season 2 delay" (the show's name between)
    r"|\b(?:den(?:y|ies|ied)|dismiss(?:es|ed)?|shoots?\s+down|rules?\s+out)\s+(?:[^\s,;:…]+\s+){0,8}?"
    r"(?:delay|postponement|leaks?)(?:\s+(?:rumou?rs?|reports?|talk|speculation))?\b(?!\s*(?:to|until|till|into)\b)"
    # "reports of another AOUAD S2 delay are false", "delay rumours are fake"
    r"|\b(?:reports?|rumou?rs?|talk|news|claims?)\s+of\s+(?:an?\s+|another\s+|the\s+)?(?:[^\s,;:…]+\s+){0,6}?(?:delay|postponement)s?"
    r"\s+(?:are|is|were|was)\s+(?:false|fake|untrue|not\s+true|wrong|baseless)\b"
    r"|\b(?:delay|postponement)\s+(?:rumou?rs?|reports?|talk|news)\s+(?:are|is|were|was)\s+(?:false|fake|untrue|not\s+true|wrong|baseless)\b"
    r"|(?<!일)(?<!일\s)(?<!일로)(?<!일로\s)(?<!일\s공개\s)(?<!일\s공개)(?:공개\s*)?연기\s*(?:설\s*)?(?:없다|없어|없음|아냐|아니다|사실무근|부인)"  # (not "16일 연기설")
    # a delay rumour answered by the day that stands: "'지우학2' 공개 연기설…넷플릭스 "4월 2일 예정대로""
    r"|(?:공개\s*)?연기\s*설(?=\S*\s*(?:…|\.\.\.|,)[^…]*?(?:\d\s*일\s*(?:공개\s*)?예정대로|예정대로\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일))",
    re.I,
)
#: The day said to stand: "March 19 date stands", "Feb. 12 premiere date remains", "may 7 still stands".
_STANDS = compile_later(rf"(?P<day>{_LISTED_DAY})\s+(?:(?:(?:release|premiere)\s+)?date\s+(?:still\s+)?|still\s+)(?:stands|holds|remains"
                     r"|stays|is\s+unchanged|unchanged)\b", re.I)  # (or "still" with no "date": "may 7 still stands")
#: ... or said confirmed: "Netflix Confirms March 19 Date", "confirms the March 19 premiere date".
_CONFIRMED_DATE = compile_later(rf"\bconfirm(?:s|ed)?\s+(?:the\s+|its\s+)?(?P<day>{_LISTED_DAY})\s+(?:(?:release|premiere)\s+)?date\b", re.I)
_A_DAY_SAID = compile_later(_LISTED_DAY + r"|\d{1,2}\s*일", re.I)
#: A release day said to stand, in a part of its own after a claim refused: "30일 그대로", "예정대로 30일 공개",
#: "April 30 date stands", "still April 30".
DAY_STANDS = compile_later(r"\d\s*일\s*(?:공개\s*)?(?:은\s*|는\s*|도\s*)?(?:그대로|예정대로|변동\s*없)|예정대로\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일"
                        rf"|{_STANDS.pattern}|^\W*(?:it'?s\s+|netflix\s+says\s+)?still\s+(?:on\s+)?{_LISTED_DAY}\W*$"
                        # "… — it's May 21", "real date: May 21", "it's still May 21, Friday": the day as it is, said last
                        rf"|^\W*(?:it'?s|it\s+is|(?:the\s+)?real\s+date(?:\s+is|\s*:))\s+(?:still\s+)?(?:on\s+)?(?:the\s+)?{_LISTED_DAY}"
                        r"(?:,?\s*fri(?:day)?)?\W*$", re.I)


_ANSWERED_NO = compile_later(r"^\W*(?:no|nope|nah)\b\s*[,.!:—–-]+\s*", re.I)


def as_reaffirmed(text: str) -> str:
    """A headline denying a delay beside the day that stands, read without the denial (see the module);
    any other headline as it is."""
    if not (denied := _DELAY_DENIED.search(text)) or not _A_DAY_SAID.search(_DELAY_DENIED.sub(" ", text)):
        return text
    if _CALLED_FAKE.search(denied.group(0)):  # "someone said … moved to may, fake": the hearsay goes too
        text = _HEARSAY_OPENER.sub("", text)
    text = _SOURCE_CALLED_FAKE.sub("", text)  # "… still march 19 — that account was fake": the delay's source (s2wild71)
    # ("No, AOUAD S2 is NOT delayed. June 4 still stands": the "No" answers the delay rumour too, and goes with it)
    text = _STANDS.sub(lambda m: "premieres " + m.group("day"), _DELAY_DENIED.sub(" ", _ANSWERED_NO.sub("", text)))
    text = _CONFIRMED_DATE.sub(lambda m: "premieres " + m.group("day"), text)
    text = _STILL_THE_DAY.sub("premieres ", text)  # "aouad 2 is NOT pushed to april. still march 26" (s2wild53)
    return " ".join(text.split())


#: The delay's source called fake, closing a post that denies the delay ("nope, still march 19 — that account was fake").
_SOURCE_CALLED_FAKE = compile_later(r"[\s,.!—–-]+(?:that|the|this)\s+(?:account|acct|page|tweet|post|leaker|source)\s+(?:was|is)\s+"
                                    r"(?:a\s+)?fake\W*$", re.I)
_CALLED_FAKE = compile_later(r"(?:fake|false|not\s+true|untrue|a\s+lie|baseless)\W*$", re.I)
_HEARSAY_OPENER = compile_later(r"^\W*(?:someone|somebody|people|ppl|they)\s+(?:said|say|says|(?:are\s+)?saying|claimed|claims)\s+(?:that\s+)?", re.I)
#: After a delay denied, the day said still to be: "still march 26", "still on the 26th of march".
_STILL_THE_DAY = compile_later(rf"\bstill\s+(?:on\s+)?(?:the\s+)?(?={_LISTED_DAY})", re.I)


#: A leak, a listing or an insider that "hints", "suggests" or "points to" a day: "hints" is the leak's word.
_LEAK_HINTS = compile_later(r"\b(?P<leak>leak\w*|listing|insiders?)\b(?P<between>[^;…?]{0,30}?)\s(?:hints?|suggests?|points?\s+to)\b",
                         re.I)


#: Leaked material that shows a day: "LEAKED 🚨 AOUAD S2 poster says April 9 on Netflix" (the day on it is the release's, as
#: the leak has it; a poster's own day is not what it "says").
_LEAKED_MATERIAL_SAYS = compile_later(rf"\b(?:posters?|screenshots?|listings?|banners?|images?)\s+(?:says|shows|reads|has|lists)\s+"
                                   rf"(?=(?:{MONTH_WORD})\.?\s*\d|\d{{1,2}}\s*/\s*\d)", re.I)
_LEAK = compile_later(r"\bleak(?:s|ed|ing)?\b", re.I)


def as_leak_said(text: str) -> str:
    """A leak that "hints" a day, as one that says it (a rumour: "leaked", "listing", "insider" say so); leaked material
    that shows a day (`_LEAKED_MATERIAL_SAYS`), as the season premiering then by the leak's word."""
    if _LEAK.search(text):
        text = _LEAKED_MATERIAL_SAYS.sub("reportedly premieres ", text)
    return _LEAK_HINTS.sub(lambda m: m.group("leak") + m.group("between") + " reportedly says", text)  # a rumour


#: "... Premiere Event Ahead Of Tomorrow's Release", "fan event ahead of its March 19 premiere": the day said
#: is the release's ("ahead of the March 19 premiere party" is the party's).
_RELEASE_AHEAD = compile_later(
    rf"\b(?:ahead\s+of|before|days\s+before)\s+(?:its\s+|the\s+|their\s+)?(?:tomorrow'?s|today'?s|friday'?s|{_LISTED_DAY})\s+"
    r"(?:netflix\s+|global\s+)?(?:release|premiere|debut|launch)\b(?!\s*(?:event|party|parties|screening|showcase|fan|red))"
    # the day said as the release's own date, the event only where it was given: "Gets May 14 Premiere Date at Netflix
    # Tudum Event" (never "May 14 premiere event")
    rf"|\b(?:gets?|got|sets?|reveals?|confirms?|announces?|lands?)\s+(?:an?\s+|its\s+)?{_LISTED_DAY}\s+(?:netflix\s+|global\s+)?"
    r"(?:release|premiere|debut|launch)\s+date\b"
    # (or glossed as the release's in brackets: "a watchalong the day it drops (march 19)", "on release day (march 19)", s2wild73)
    rf"|\b(?:the\s+day\s+(?:it|s2|season\s*2)\s+(?:drops|comes\s+out|releases|premieres|is\s+out)|on\s+release\s+day)\s*\((?=\s*{_LISTED_DAY}\s*\))",
    re.I,
)


def release_ahead(text: str) -> re.Match[str] | None:
    """Where an event is said to come before the release's own day (see the module); None when it is not."""
    return _RELEASE_AHEAD.search(text)


#: An explainer asks when and answers at once: "What Time Is 'All of Us Are Dead' Season 2 on Netflix? It Drops
#: Friday at 4 a.m. ET". The answer, said of "it" (the season asked about), is the news.
_ASKED_ANSWERED = compile_later(
    r"^\W*(?:what\s+time|when)\s+(?:is|does|will|do)\b(?P<question>[^?]+)\?\s*"
    r"(?:it|the\s+(?:series|season|show|sequel))\s+(?P<answer>(?:premieres|drops|arrives|lands|debuts|hits|comes\s+out"
    r"|releases|streams|is\s+out)\b[^?]+)$", re.I)


#: A delay asked of, then answered no with the day that stands ("aouad 2 delayed?? nvm it's still march 19", "delayed?? nope,
#: still march 19"): the delay denied, as "not delayed, still march 19" says it (s2wild71).
_DELAY_ASKED_NO = compile_later(r"(?:\b(?:did|has)\s+netflix\s+)?\b(?:delayed|postponed|pushed(?:\s+back)?|mov(?:e|ed)\s+(?P<moved>(?:[^?\s]+\s+){0,3}?)(?:up|back))"
                                # (how far, and Netflix's own "no": "delayed to april? netflix korea just said no, march 19 stands", s2wild72)
                                r"(?:\s+(?:to\s+[a-z]+|(?:by\s+)?(?:a|one|two|\d)\s+weeks?))?\s*\?+[!?]*\s*"
                                r"(?:netflix(?:\s+(?:korea|kr|k))?\s+(?:just\s+)?(?:said|says)\s+)?(?:nope|no|nah|nvm|never\s*mind|fake)\b[\s,.!]*"
                                # (or Netflix's day after the "fake": "delayed to april?? fake, netflix says march 19", s2wild74)
                                rf"(?P<says>netflix(?:\s+(?:korea|kr|k))?\s+(?:just\s+)?(?:said|says)\s+(?=(?:{_LISTED_DAY})\W*$))?"
                                # (the delay another show's, ours named again: "pushed a week?? no — that was sweet home 4. aouad 2
                                # still march 19", s2wild73; the other title is set aside by then, `other_titles.ours_only`)
                                rf"(?:[—–-]\s*that\s+was\s+(?:[^.!?]{{1,40}}?[.!]+\s*)?(?=(?:{EN_SHOW_NAME})\W*(?:season\s*2|s2|2)\s+(?:is\s+)?still\b))?"
                                rf"(?=(?:it['’]?s\s+|its\s+)?still\b|(?:{_LISTED_DAY})\s+(?:stands|it\s+is)\b|(?:{_LISTED_DAY})\W*$|(?:{EN_SHOW_NAME})\W*(?:season\s*2|s2|2)\s+(?:is\s+)?still\b)", re.I)


#: ... the day that stands said so ("…, march 19 stands"): still that day.
_DAY_STANDS = compile_later(rf"(?<=not delayed, )(?P<day>{_LISTED_DAY})\s+(?:stands|it\s+is)\b", re.I)


def as_answered(text: str) -> str:
    """An explainer's "When is <season>? It drops <day>" as "<season> drops <day>" (see `_ASKED_ANSWERED`), a delay asked of
    then answered no as denied (`_DELAY_ASKED_NO`); any other headline as it is (still a question)."""
    text = _DAY_STANDS.sub(r"still \g<day>", _DELAY_ASKED_NO.sub(  # ("did netflix move aouad 2 up …": the one moved named first)
        lambda m: f"{m.group('moved') or ''}not delayed, {'still ' if m.group('says') else ''}", text))
    if (m := _ASKED_ANSWERED.match(text)) is None:
        return text
    return f"{m.group('question').strip()} — {m.group('answer').strip()}"


#: The season's name's end, the subject a guess must be said of ("Squid Game 3 could arrive ..." is not ours).
_NAME_END = (r"\b(?:season|series|part)\s*(?:2|two)['’\"”]?|\bs2|\b2['’\"”]|\bsequel"
             r"|\bzombie\s+(?:drama|series|show)")  # "… Season 2 release: Netflix zombie drama could arrive May 14"
#: The rumours' word a guess rests on: "If rumours are true, ...", "according to insiders", "sources say".
_IF_RUMOURS = compile_later(r"^\W*if\s+(?:the\s+)?(?:latest\s+|new\s+)?(?:rumou?rs?|reports?|leaks?)\s+(?:are|is)\s+"
                         r"(?:true|right|correct|accurate|to\s+be\s+believed)\b\s*[,:;]?\s*", re.I)
_ON_THEIR_WORD = compile_later(r"\baccording\s+to\s+(?:\w+\s+)?(?:insiders?|sources?)\b|\b(?:insiders?|sources?)\s+(?:say|says"
                            r"|claim|claims)\b|\bper\s+(?:\w+\s+)?(?:insiders?|sources?)\b"
                            # "…, claims report", "report claims", "per a report"
                            r"|\b(?:claims?|says|per|according\s+to)\s+(?:an?\s+|the\s+)?(?:new\s+)?report\b|\breport\s+(?:claims|says)\b", re.I)
#: The guess itself: "could arrive", "might premiere", "may be set to drop" (a release verb only: "could be delayed"
#: stays a guess).
_GUESSED_RELEASE = compile_later(r"(?P<name>" + _NAME_END + r")\s+(?:could|may|might)\s+(?:be\s+set\s+to\s+|well\s+)?(?P<verb>arrive|premiere|drop|land"
                              r"|release|debut|return|stream)\b", re.I)


def as_rumoured(text: str) -> str:
    """A guess said on the rumours' word as that rumour ("Rumour: ... will arrive March 12"); any other headline
    as it is (an outlet's own "could" still asks)."""
    if not (_IF_RUMOURS.match(text) or _ON_THEIR_WORD.search(text)) or not _GUESSED_RELEASE.search(text):
        return text
    text = _GUESSED_RELEASE.sub(lambda m: m.group("name") + " will " + m.group("verb").lower(), text)
    if (condition := _IF_RUMOURS.match(text)) is None:
        return text
    return "Rumour: " + text[condition.end():]


#: Our season right before its release verb and day ("aouad s2 premieres March 26", also as `as_premiere` writes a
#: listing): that day is ours, whatever days come before our name.
_OURS_DATED = compile_later(rf"(?P<name>{SEASON_NAME})\s+(?:(?:reportedly|allegedly|apparently|supposedly|officially|finally|now)\s+)?"
                         rf"(?:premieres|arrives|drops|lands)\s+(?:on\s+)?(?=(?:{WEEKDAY},?\s+)?"
                         rf"{_LISTED_DAY})", re.I)
_ANY_DAY = compile_later(_LISTED_DAY + r"|(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일", re.I)


def ours_dated_first(text: str) -> str:
    """A headline whose season is dated right after its name, with the days before that name taken out: they are
    other shows' ("march lineup: sweet home 3 (March 19), aouad s2 premieres March 26" is ours the 26th, not the
    19th), even named in lower case where no other title is known. Any other headline as it is."""
    if (m := _OURS_DATED.search(text)) is None or not _ANY_DAY.search(text[:m.start()]):
        return text
    return _ANY_DAY.sub(" ", text[:m.start()]) + text[m.start():]


#: An explainer's tail after what the headline says: "— Here's Everything We Know", ": here's where the rumour came from",
#: "| Here's Why", "and What to Expect" (no day in it). It asks nothing of the news before it, and the rumour it traces is no hedge of it.
_EXPLAINER_TAIL = compile_later(r"\s*(?:[—–:;|]|\.(?=\s))\s*(?:here'?s|here\s+is)\s+(?:everything|what|where|why|how|the\s+truth"
                             r"|the\s+real)\b[^\d]*$"
                             # (or joined by "and": "… Release Date (April 9) and What to Expect", s2wild70)
                             r"|\s+(?:and|&)\s+(?:what\s+to\s+expect|what\s+we\s+know|everything\s+(?:we\s+know|to\s+know))\b[^\d]*$"
                             # (or after a dash: "aouad 2 premieres march 19 — everything we know", s2wild80)
                             r"|\s+[—–]\s*(?:what\s+we\s+know|everything\s+(?:we\s+know|to\s+know))\b(?:\s+so\s+far)?[^\d\w]*$"
                             # (or its head, before the season and a dash or colon: "Everything we know about aouad 2 — march 19
                             # premiere confirmed", s2wild81)
                             rf"|^\W*(?:everything|what)\s+(?:we\s+know|to\s+know|you\s+need\s+to\s+know)\s+about\s+(?={SEASON_NAME}\s*[—–:|]\s*\S)",
                             re.I)


def without_explainer_tail(text: str) -> str:
    """The headline without an explainer's tail (see `_EXPLAINER_TAIL`); as it is when it has none."""
    return _EXPLAINER_TAIL.sub("", text)
