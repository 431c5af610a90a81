"""Posts that give the season's day with no verb, as fans and Netflix's own accounts write them: the day (from today,
with its hour) then the season's name and nothing more ("Tomorrow. All of Us Are Dead Season 2. 🧟", "이번 주 금요일
오후 5시!! 지우학2!!") or only a fan's plan or feeling ("NEXT FRIDAY. aouad s2. clear your schedules"), or the name then
its day ("aouad s2 this friday and i have an exam"), read as the season premiering then; and a fan's cheer after the news ("AOUAD S2 TONIGHT AT 1AM
PT LETS GOOOO") read as the exclamation it is, so the day before it ends the statement; a post's closing warning to its
readers ("... is out now. Don't get bitten. 🧟", "Don't watch it alone!") set aside, its "don't" no denial of the news;
a post of the season's release times ("aouad s2 drop times 🇬🇧 9am BST 🇩🇪 10am CEST — fri apr 16") or its hour said with
"is" ("aouad s2 is 6pm AEST friday") read as the season dropping that day at its first time. Pure functions on text, read
by `headline_parts.read_headline` before the listing forms (`headline_forms.as_premiere`)."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.season2.sources.headline_city_clocks import zones_by_city
from bot.season2.sources.headline_moments import PLACE_HOUR
from bot.season2.sources.headline_words import KO_WEEKDAY, MONTH, WEEKDAY
from bot.season2.sources.other_titles import EN_SHOW_NAME, SEASON_TWO_NAME
from bot.zones import ZONE_NAMES

#: The season's name as fans and Netflix write it, in English or Korean.
_NAME = SEASON_TWO_NAME
_EN_DAY = rf"tomorrow|tonight|(?:this|next)\s+{WEEKDAY}"
#: Its hour, with its zone: "5pm KST", "at midnight pacific", "at noon ET".
_EN_TIME = (r"(?:\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|midnight|noon)"
            r"(?:\s*(?:pacific|eastern|central|[a-z]{2,5})\b(?:\s+time\b)?)?)?")
_KO_DAY = rf"내일|모레|(?:이번|다음)\s*주\s*{KO_WEEKDAY}"
_KO_TIME = r"(?:\s*(?:오전|오후|밤|저녁|새벽|낮)\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?)?"
#: Nothing more after the name: marks, emoji (no word, no digit).
_NOTHING_MORE = r"[^\w]*$"
#: ... also a calendar day ("april 9th.", "the 2nd of april."), after a count cried out ("15 days.") and before a fan's
#: "write it down." or "mark your calendars." (said of that day).
_EN_CAL_DAY = rf"{MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?(?![\d:/])|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+{MONTH}"
_COUNT_CRIED = r"(?:\d{1,3}\s+(?:more\s+)?(?:days?|weeks?)(?:\s+(?:left|to\s+go))?\s*[.!]+\s*)?"
_OF_THAT_DAY = (r"(?:\s*(?:write\s+it\s+down|mark\s+(?:your|ur|the)\s+calendars?|save\s+the\s+date|set\s+(?:your|ur)\s+alarms?"
                r"|clear\s+(?:your|ur)\s+schedules?)\s*[.!]+)?")
_EN_DAY_THEN_NAME = compile_later(rf"^\W*{_COUNT_CRIED}(?P<day>{_EN_DAY}|{_EN_CAL_DAY})(?P<time>{_EN_TIME})\s*[.!]+{_OF_THAT_DAY}\s*(?P<name>{_NAME})"
                               rf"(?:{_NOTHING_MORE}|\s*[.!]+\s*(?P<rest>[^?\d]+)$)", re.I)
#: The season's name then its day from today, in a fan's post: "aouad s2 this friday and i have an exam on friday",
#: "AOUAD S2 TOMORROW 😭" (never "tonight" alone, which may be a night's rewatch, only with the hour and zone of a drop:
#: "aouad s2 tonight at midnight pacific"; nor a weekday alone: "aouad s2 friday lol").
#: (and "today" on the day, with the zoned hour still to come: "All of Us Are Dead 2 today at 14:00 WIB on Netflix", an offset
#: for a zone: "tomorrow at 10:00 UTC+3")
#: (a zone by its name, or a place's "… time", never a loose "X time" nor a word after the hour: "tonight 9pm bed time",
#: "today at 9pm show time", "tonight 9pm lol" name no clock, so no day from "tonight")
_LOOSE_TIME = (r"(?:my|your|ur|our|their|local|prime|party|show|game|bed|snack|play|screen|watch|movie|nap|fun|family|dinner"
               r"|lunch|break|tea|same|real|binge|hype|happy|free|crying|zombie|spooky|the|this|that|what|some|no|any|about|good"
               r"|best|fan|hangout|chill)\s+time\b")
_ZONE = (r"(?:(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::\d\d)?(?![\d:])|(?!" + _LOOSE_TIME + r")[a-z]{2,12}\s+time\b"
         r"|(?:pacific|eastern|" + ZONE_NAMES + r")\b)")
_TONIGHT_ZONED = (rf"(?:tonight|today)\s+(?:at\s+)?(?:\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|\d{{1,2}}[:.]\d\d|midnight)\s*{_ZONE}"
                  r"(?:\s+time\b)?(?:\s+on\s+netflix\b)?")
_NAME_THEN_EN_DAY = compile_later(rf"^\W*(?P<name>{_NAME})\s+(?P<day>{_TONIGHT_ZONED}|(?:tomorrow|(?:this|next)\s+{WEEKDAY})\b{_EN_TIME}"
                               rf"(?:\s+(?:at\s+)?\d{{1,2}}:\d\d(?:\s*{_ZONE})?)?)"
                               r"(?P<rest>(?:[\s.!,~]+|\s+(?:and|but|so|&)\s+)[^?\d]*|[^\w?]*)$", re.I)
#: What a fan may add after the day and the season and still say it (a cheer, a plan, a feeling): nothing that takes it
#: back, hedges it, or names another thing of that day (a trailer, a party, season 1's rewatch).
_TAKEN_BACK = compile_later(r"\b(not|no|never|\w+n't|fake|jk|j/k|kidding|joke|joking|lie|lies|cap|delay\w*|push\w*|mov\w*|cancel\w*"
                         r"|rumou?r\w*|trailer|teaser|poster|clip|if|wish|dreams?|maybe|might|probably|hope|hoping|manifest\w*|copium"
                         r"|delulu|party|event|meet\w*|rewatch\w*|s1|season\s*(1|one)|ep(isode)?s?|watch\w*|thread|discussion|live\w*"
                         r"|stream\w*|q&a|spaces|embargo|marathon\w*|quiz\w*|trivia|karaoke)\b|/s\b|🤡", re.I)
_KO_DAY_THEN_NAME = compile_later(rf"^\W*(?P<day>(?:{_KO_DAY}){_KO_TIME})\s*[.!~]+\s*(?P<name>{_NAME}){_NOTHING_MORE}", re.I)
#: A calendar day cried out, once or again and again, then the season's name (in brackets or not) and nothing more:
#: "MAY 14 MAY 14 MAY 14 (aouad s2) 🧟", "june 4!! aouad 2".
_CAL_DAY = rf"{MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])"
#: ("MARCH 19! AOUAD 2 FINALLY 😭": a fan's "finally" after the name cheers the day, s2wild68)
_CAL_DAY_THEN_NAME = compile_later(rf"^\W*(?P<day>{_CAL_DAY})(?:[\s.!,~]*(?P=day))*[\s.!,~]*\(?\s*(?P<name>{_NAME})\s*\)?"
                                rf"(?:\s*(?:finally|at\s+(?:long\s+)?last))?{_NOTHING_MORE}", re.I)
#: The season's name then a calendar day and nothing more (on Netflix at most), a comma or a colon between the title and
#: its season: "All of Us Are Dead, season 2 March 19", "…, Season 2: March 19" (s2wild66; never a comma before the day:
#: "Sweet Home 4 comes after AOUAD 2, April 9" is read without the other show's words, and the day is theirs); "on netflix" before
#: the day too ("aouad s2 on netflix march 19", s2wild108).
_NAME_THEN_CAL_DAY = compile_later(rf"^\W*(?P<name>{_NAME}|(?:{EN_SHOW_NAME})['’\"”]?\s*[,:]\s*(?:season|series)\s*(?:2|two)\b)\s*:?\s*"
                                rf"(?:on\s+netflix\s+(?:on\s+)?)?(?P<day>{_CAL_DAY})(?:\s+on\s+netflix)?[^\w?？]*$", re.I)
#: ... or the same bare post with a hedge closing it ("aouad 2 march 19 maybe?", "AOUAD 2 march 19 supposedly", "… (unconfirmed)",
#: "… or so i heard", "… ?? idk"): the day passed on as a rumour, which never posts a date (s2wild68; nothing after the hedge: "maybe
#: not" is no such post; a fan's "finally" first cheers a rumour all the same: "FINALLY!!! aouad 2 march 19 supposedly", s2wild69).
_HEDGE_LAST = (r"(?:maybe|perhaps|possibly|supposedly|apparently|allegedly|reportedly|rumou?red|prob(?:ably)?|i\s+think|iirc|idk|i\s+guess"
               r"|or\s+so\s+(?:i|we)\s+(?:heard|hear)|(?:i\s+)?heard|tbc|tbd|(?:still\s+)?unconfirmed|not\s+(?:yet\s+)?confirmed(?:\s+yet)?"
               r"|rumou?r|unverified)")
_NAME_DAY_HEDGED = compile_later(rf"^\W*(?:(?:finally|at\s+(?:long\s+)?last)(?:\s+a\s+date)?\W+)?(?P<name>{_NAME})\s*[:,—–-]?\s*(?:on\s+)?(?P<day>{_CAL_DAY}|\d{{1,2}}\s+{MONTH}\b)\s*[?!,]*\s*"
                              rf"[(\[]?\s*{_HEDGE_LAST}\s*[)\]]?[^\w]*$", re.I)
#: The season's name then a Korean day from today with its hour, in a fan's post: "D-1 !!! 지우학2 내일 오후4시 ㅠㅠㅠ" (its
#: release then; never when the post names something else of the season's that day: a trailer, an event, a broadcast).
_NAME_THEN_KO_DAY = compile_later(rf"^(?P<lead>\W*(?:D\s*-\s*\d{{1,2}}\W*)?)(?P<name>{_NAME})\s*(?P<day>(?:{_KO_DAY})"
                               r"\s*(?:오전|오후|밤|저녁|새벽|낮)\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?)(?P<rest>(?:[\s!.~ㅠㅜ]|$).*)$", re.I)
_SOMETHING_ELSE = compile_later(r"예고편|티저|포스터|제작발표회|쇼케이스|팬미팅|시사회|행사|간담회|무대\s*인사|라이브|출연|방송|공개|스트리밍"
                               r"|관람|상영|파티|퀴즈|이벤트|팝업|굿즈")  # (s2wild48: a group viewing 단체관람, a party, a quiz)
#: A fan's cheer: "LETS GOOOO", "let's gooo", "yayyy", "omggg", "woohoo".
_CHEER = compile_later(r"\b(?:let'?s+\s*go+|yay+|ya+y+|omg+|woo+(?:hoo+)?|yess+)\b(?:\s*!*)", re.I)


#: An English post's count opening it, then the season's name: "D-7 aouad 2 🧟" (read as "aouad 2 D-7", as "D-30 지우학2" is);
#: never a count to something else of the season's ("D-7 aouad 2 trailer") (s2wild59).
_EN_COUNT_FIRST = compile_later(r"^(?P<lead>\W*)(?P<count>D\s*-\s*\d{1,2})\b(?:[\s!.~#]|[\U0001F300-\U0001FAFF\u2600-\u27BF])*"
                                rf"(?P<name>(?:{EN_SHOW_NAME})['’\"”]?\s*(?:season\s*2|s2|2)\b)(?![^;…]*\b(?:tr[aá]ilers?|teasers?|posters?"
                                r"|clips?|meet\w*|events?|part(?:y|ies)|screenings?|showcases?)\b)", re.I)


#: "News" labelling what follows about the season ("FINALLY some aouad 2 news: march 19 per a leaker"): the season's name
#: then its colon, as "aouad 2: march 19" is written (s2wild70).
_NEWS_LABEL = compile_later(rf"(?:\b(?:some|more|any)\s+)?(?P<name>{_NAME})\s+(?:(?:new|big|real)\s+)?(?:news|update)\s*:", re.I)
#: ... and Netflix said to confirm a day after it ("aouad 2 news: netflix korea confirms march 19"): Netflix confirming the season's
#: day, its name after the verb as "netflix korea confirms aouad 2 march 19" is written (s2wild72).
_NETFLIX_CONFIRMS_AFTER = compile_later(rf"^\W*(?P<name>{_NAME})(?:\s+(?:news|update))?:\s*(?P<who>netflix(?:\s+(?:korea|kr|k))?\s+(?:just\s+)?"
                                        rf"(?:confirms|confirmed|announces|announced))\s+(?=(?:part\s*2\s+)?(?:on\s+|for\s+)?{_CAL_DAY})", re.I)  # (Part 2's, s2wild73)


def netflix_confirms_first(text: str) -> str:
    """"<season> news: netflix korea confirms [part 2 on] <day>" as "netflix korea confirms <season> [part 2 on] <day>"
    (`_NETFLIX_CONFIRMS_AFTER`), so a part named after the verb is the season's part; any other text as it is."""
    return _NETFLIX_CONFIRMS_AFTER.sub(r"\g<who> \g<name> ", text, count=1)


def as_day_then_season(text: str) -> str:
    """"<day>[ hour]. <season>." as "<season> premieres <day>[ hour]" ("<season> <day> 공개" in Korean), as is a fan's
    "<season> 내일 오후4시 ㅠㅠ" and "<season>, <month day>", and "D-7 <season>" as "<season> D-7"; any other as it is."""
    text = _NEWS_LABEL.sub(r"\g<name>:", _EN_COUNT_FIRST.sub(r"\g<lead>\g<name> \g<count>", text, count=1), count=1)
    text = netflix_confirms_first(text)
    if (m := _EN_DAY_THEN_NAME.match(text)) is not None and not _TAKEN_BACK.search(m.group("rest") or ""):
        said = m.group("day") + m.group("time")
        return f"{m.group('name')} premieres {said}"
    # (the day's own words too: "today at 20:00 live …" takes "live" for a zone)
    if (m := _NAME_THEN_EN_DAY.match(text)) is not None and not _TAKEN_BACK.search(f"{m.group('day')} {m.group('rest')}"):
        return f"{m.group('name')} premieres {m.group('day')}"
    if (m := _NAME_DAY_HEDGED.match(text)) is not None:
        return f"rumour: {m.group('name')} premieres {m.group('day')}"
    if (m := _CAL_DAY_THEN_NAME.match(text) or _NAME_THEN_CAL_DAY.match(text)) is not None:
        return f"{re.sub(r'[,:]', ' ', m.group('name'))} premieres {m.group('day')}"
    if (m := _NAME_THEN_KO_DAY.match(text)) is not None and not _SOMETHING_ELSE.search(m.group("rest")):
        return f"{m.group('lead')}{m.group('name')} {m.group('day')} 공개{m.group('rest')}"
    if (m := _KO_DAY_THEN_NAME.match(text)) is not None:
        return f"{m.group('name')} {m.group('day')} 공개"
    return text


def without_cheers(text: str) -> str:
    """A headline with a fan's cheers as "!" (the statement before them ends there)."""
    return _CHEER.sub("!", text).strip()


#: A closing warning to the reader, a sentence of its own after the news ("Don't get bitten.", "Never watch alone!"):
#: not "don't believe it" or "don't trust ..." (a denial of what came before), and naming no day and no season.
_SIGN_OFF = compile_later(r"(?<=[.!])\s+(?:don'?t|do\s+not|never)\s+(?!believe|trust|fall\b|listen|buy\b|get\s+your\s+hopes)"
                       r"[a-z' ]{1,40}[.!]+[^\w]*$", re.I)


def without_sign_off(text: str) -> str:
    """A headline without its closing warning to the reader (see `_SIGN_OFF`)."""
    return _SIGN_OFF.sub("", text)


_HOUR = r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?\s*(?:utc[+-]\d{1,2}(?::\d\d)?(?!\d)|[a-z]{2,5}\b)"  # ("2am UTC-6", s2wild80)
#: "<season> drop times <hours by zone> — <day>": the day after the last dash, the first hour (each is the same moment).
_TIMES_POST = compile_later(rf"^(?P<before>.*?)(?P<name>{_NAME})\s+(?:drop|release|unlock|premiere|launch)\s+times?\b"
                         r"(?P<times>[^—–]*?)\s+[—–]+\s*(?P<day>[^—–]+?)\W*$", re.I)
#: "<season> is (at) 6pm AEST friday": its hour then its day, with no verb.
_IS_AN_HOUR = compile_later(rf"(?P<name>{_NAME})\s+is\s+(?:at\s+)?(?P<hour>{_HOUR})\s+(?:on\s+)?"
                         rf"(?P<day>(?:this\s+|next\s+)?{WEEKDAY}|tonight|tomorrow)\b", re.I)


#: An hour with its zone as a post of the day gives it: "12am PT", "midnight PT", "07:00 UTC", "3PM PH time", or by its
#: place's clock ("8h, heure de Paris": `headline_moments.PLACE_HOUR`).
_ZONED_HOUR = rf"(?:(?:{_HOUR}|(?:midnight|noon|\d{{1,2}}:\d\d)\s*[a-z]{{2,5}}\b)(?:\s+time\b)?|{PLACE_HOUR})"
#: A fan's "set your alarms" (or "mark your calendars") before the season's name: said of its day after it.
_ALARMS_FIRST = r"(?:set|mark)\s+(?:your|ur|the)\s+(?:alarms?|calendars?)\W*"
#: "<season>[:,] [on] [Friday] April 23[,] [at] 12am PT / 3am ET / 8am BST": its day then its hours by zone, nothing more
#: but "on Netflix" or a fan's "set your alarms" (each hour is the same moment; the first is read).
_DAY_THEN_HOURS = compile_later(rf"^(?P<lead>\W*)(?:{_ALARMS_FIRST})?(?P<name>{_NAME})\s*[:,]?\s+(?:on\s+)?(?:{WEEKDAY},?\s+)?(?P<day>{_CAL_DAY}),?\s+"
                             rf"(?:at\s+|à\s+)?(?P<hour>{_ZONED_HOUR})(?:\s*[/|,]\s*{_ZONED_HOUR})*(?![^?]*\?)"  # (never asked: "…8am BST?")
                             r"(?:[\W_]*(?:(?:only\s+)?(?:on|sa)\s+netflix|set\s+(?:your|ur)\s+alarms?|mark\s+(?:your|ur)\s+calendars?))?"
                             rf"{_NOTHING_MORE}", re.I)
_DOTTED_CLOCK = compile_later(r"(?<=\d)\.(?=\d\d)")  # "15.00": 15:00


#: The season's name, a weekday or "tomorrow", then a dash or a comma before its zoned hour ("aouad 2 friday - 5pm KST"): the
#: mark only spaces the day from its hour (s2wild75).
_DAY_MARK_HOUR = compile_later(rf"^(?P<head>\W*(?:{_NAME})\s+(?:(?:this\s+|next\s+)?{WEEKDAY}|tomorrow))\s*(?:,|\s[—–-])\s*"
                               rf"(?=(?:at\s+)?{_ZONED_HOUR}\W*$)", re.I)

#: ... or before its hours by city, or a 24-hour clock with a dot ("aouad 2 friday — 1am in LA, 4am in NYC", "aouad 2 on friday –
#: 1am LA time", "aouad 2 Friday - 15.00 WIB"): the season dropping that day at the first hour (s2wild77); Part 2 "of" it
#: its own day and hour ("part 2 ng aouad 2 biyernes — 4pm sa Manila", read as "of aouad 2 …" once the part is set apart, s2wild80).
_DAY_MARK = compile_later(rf"^(?P<lead>\W*(?:(?:of|ng)\s+)?)(?P<name>{_NAME})\s+(?:on\s+)?(?P<day>(?:this\s+|next\s+)?{WEEKDAY}|tomorrow)\s*(?:,|\s[—–-])\s*"
                          r"(?:at\s+)?", re.I)
_HOURS_ONLY = compile_later(rf"(?P<hour>{_ZONED_HOUR}|\d{{1,2}}\.\d\d\s*(?:{ZONE_NAMES})\b)(?:\s*[/|,]\s*(?:at\s+)?{_ZONED_HOUR})*"
                            rf"(?![^?]*\?){_NOTHING_MORE}", re.I)  # (never asked: "… 1am in LA??", review60d)


def as_times_post(text: str) -> str:
    """A post of the season's release hours and day, as "<season> drops <day> at <hour>" (see the module); any other as
    it is."""
    if (m := _DAY_MARK.match(text)) is not None \
            and (hours := _HOURS_ONLY.match(zones_by_city(text[m.end():]))) is not None:
        return f"{m['lead']}{m['name']} drops {m['day']} at {_DOTTED_CLOCK.sub(':', hours['hour'])}"
    text = _DAY_MARK_HOUR.sub(r"\g<head> ", text)
    if (m := _DAY_THEN_HOURS.match(text)) is not None:
        return f"{m.group('lead')}{m.group('name')} drops {m.group('day')} at {m.group('hour')}"
    if (m := _TIMES_POST.match(text)) is not None and (hour := re.search(_HOUR, m.group("times"), re.I)) is not None:
        return f"{m.group('before')}{m.group('name')} drops {m.group('day')} at {hour.group(0)}"
    return _IS_AN_HOUR.sub(lambda m: f"{m.group('name')} drops {m.group('day')} at {m.group('hour')}", text)
