"""Delays by a span, hours set right and local clocks as posts in other languages say them, put in the English words the
headline readers know before `headline_abroad.in_english` reads the rest: Italian "rinviato di una settimana" and Russian
"перенесли на неделю" (put off a week), "теперь" (now); an hour set right by negation ("nicht um Mitternacht, sondern am
Freitag um 9 Uhr", "às 4h no Brasil, não à meia-noite"), whose negated hour is no news; Vietnamese "14h chiều mai" (14:00
tomorrow), Hindi "अगले शुक्रवार दोपहर 12:30 बजे" (next Friday at 12:30, India's clock) and Tagalog "palabas na sa Netflix"
(showing now on Netflix). Since s2wild33 also: put off a week in French, Thai, Arabic and Hindi with the new day, weeks or
days left in Korean and Italian ("2주 남았다", "mancano due settimane a"), Vietnamese "14h ngày 30/4" (the hour before the day)
and Tagalog "palabas na!! April 23 na", "sunod na … sa April 23", "palabas na bukas ang …", "3pm dito sa Pinas". Since
s2wild34: Hindi "भारत में 14 मई से" (in India from 14 May), Russian "четыре недели до" (four weeks until), Vietnamese "lúc 14h
ngày mai", Arabic "الساعة 10 صباحًا بتوقيت السعودية" (10 a.m. Saudi time), Thai "มาแล้ววันนี้บน Netflix" and a closing Tagalog "palabas na!" (out).
Since s2wild35 it also holds the Arabic words `headline_abroad.in_english` reads (`ARABIC_WORDS`), and since s2wild38 the plain
release verbs of Dutch, Turkish and Malay posts (`RELEASE_WORDS_ABROAD`; since s2wild39 also Italian, Polish and Turkish material
words), and Swedish and Ukrainian release posts among its spans and hours. Since s2wild50 also the halves of a year a slate
gives in Turkish, German, Dutch, Tagalog, Polish and Thai, and "planned" or "coming" in a part of a year (never when material
is named, whose time it may be). Pure functions on text."""

from __future__ import annotations

import re

from bot.lazy_re import RewriteTable, compile_later
from bot.season2.sources.headline_russian_hindi import HINDI_MONTHS
from bot.season2.sources.headline_words import WEEKDAY
from bot.season2.sources.other_titles import SEASON_TWO_NAME
from bot.text import MONTH_NAMES, MONTH_NAMES_IN, WEEKDAY_NAMES


def _hindi_hour(m: re.Match[str]) -> str:
    """A Hindi hour with its part of the day ("दोपहर 12:30 बजे", "शाम 5 बजे") on the 24-hour clock, India's."""
    hour, minute = int(m.group(2)), m.group(3) or "00"
    if m.group(1) in ("दोपहर", "शाम", "रात") and hour < 12 and not (m.group(1) == "रात" and hour < 5):
        hour += 12
    elif m.group(1) == "रात" and hour == 12:
        hour = 0  # "रात 12 बजे", 12 at night: midnight, the day's start as English "midnight" reads (headline_moments)
    return f" at {hour}:{minute} UTC+5:30 "


def _vietnamese_hour(m: re.Match[str]) -> str:
    """A Vietnamese "14h chiều mai" (14:00, afternoon, tomorrow) or "2h chiều nay" on Vietnam's clock (ICT)."""
    hour, minute = int(m.group(1)), m.group(2) or "00"
    if m.group(3) and m.group(3).lower() in ("chiều", "tối") and hour < 12:
        hour += 12
    day = "tomorrow" if m.group(4).lower() in ("mai", "ngày mai") else "today"
    return f"premieres at {hour}:{minute} ICT {day}" if m.group(0)[0].isalpha() else f"at {hour}:{minute} ICT {day}"


#: A live, a watch party or a fan meeting named in an hour's own clause ("sort demain, live à 20h CEST"): the hour is the event's.
_EVENT = (r"(?<![a-z])(?:lives?|live-?streams?|watch-?\s*part(?:y|ies)|fan\s*meet\w*|showcases?|nobar|festa|fiesta|soirée"
          r"|(?:tonton|nonton)\s+(?:bersama|bareng)|diretta|canlı)\b")
_EVENT_IN_CLAUSE = compile_later(rf"{_EVENT}[^,;!]*$", re.I)
_EVENT_LATER_IN_CLAUSE = compile_later(rf"^[^,;!]*?{_EVENT}", re.I)


def unless_an_events(m: re.Match[str], hour: str) -> str:
    """`hour` for the hour `m` found, or the words as they were when its clause names an event before or after it."""
    if _EVENT_IN_CLAUSE.search(m.string[:m.start()]) or _EVENT_LATER_IN_CLAUSE.search(m.string[m.end():]):
        return m.group(0)
    return hour


def day_part_hour(hour: int, part: str) -> int:
    """An Indonesian or Malay hour with its part of the day on a 24-hour clock ("jam 4 sore": 16, "jam 2 siang": 14)."""
    if part in ("sore", "petang") or (part == "siang" and hour < 11) or (part == "malam" and 6 <= hour < 12):
        return hour + 12 if hour < 12 else hour
    return 0 if part == "malam" and hour == 12 else hour


def _vietnamese_hour_on_day(m: re.Match[str]) -> str:
    """A Vietnamese "14h ngày 30/4" (14:00 on 30 April) said day first, "ngày 30/4 lúc 14h", as the Vietnamese readers read
    it (the hour on Vietnam's clock)."""
    hour = int(m.group(1))
    if m.group(3) and m.group(3).lower() in ("chiều", "tối") and hour < 12:
        hour += 12
    return f"{m.group(4)} lúc {hour}h{m.group(2) or ''}"


def _vietnamese_day_then_hour(m: re.Match[str]) -> str:
    """A Vietnamese "19/3 5h chiều" (5 p.m. on 19 March) said as "19/3 lúc 17h", as the Vietnamese readers read it."""
    hour = int(m.group(2))
    if m.group(4) and m.group(4).lower() in ("chiều", "tối") and hour < 12:
        hour += 12
    return f"{m.group(1)} lúc {hour}h{m.group(3) or ''}"


_EN_MONTH = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
#: Tagalog's "not" before a day or "lalabas" (will come out): "hindi sa biyernes lalabas …", "di pa lalabas …" (fix81)
_NOT_TL = "".join(rf"(?<!\b{no}\s{more})" for no in ("hindi", "di") for more in ("", r"pa\s", r"this\s", r"pa\sthis\s"))
_RUSSIAN_COUNT = {"одна": "1", "две": "2", "три": "3", "четыре": "4", "пять": "5", "шесть": "6"}
_COUNTED = {"una": 1, "un": 1, "due": 2, "tre": 3, "한": 1, "일": 1, "두": 2, "이": 2, "세": 3, "삼": 3, "eine": 1, "einen": 1, "zwei": 2, "drei": 3,
            "vier": 4, "fünf": 5}


def _weeks_left(m: re.Match[str]) -> str:
    """A count of weeks or days left before the season ("2주 남았다", "mancano due settimane a …") as Korean fans' "D-14"
    (Korean) or English's "two weeks until" (Italian), which the countdown readers know."""
    said = m.group("n").lower()
    count = int(said) if said.isdigit() else _COUNTED[said]
    weeks = m.group("unit").lower().startswith(("주", "settiman", "woche"))
    if m.group("unit").startswith(("주", "일")):
        return f" D-{count * 7 if weeks else count} "
    return f"{count} {'weeks' if weeks else 'days'} until "


def _hinglish_today(m: re.Match[str]) -> str:
    """Hinglish "aaj dopahar 12:30 baje" as "today at 12:30 UTC+5:30" (shaam, raat: after noon; subah: before)."""
    if (m.group(1) or "").lower() == "raat" and not 6 <= int(m.group(2)) <= 11:
        return m.group(0)  # "raat 12 baje", "raat 2 baje": past midnight, the next day's (left unread)
    hour = int(m.group(2)) % 12 + (12 if (m.group(1) or "").lower() in ("shaam", "sham", "raat") else 0)
    if (m.group(1) or "").lower() == "dopahar" and hour < 6:
        hour += 12  # "dopahar 2 baje": 2 in the afternoon
    return f"today at {hour}:{m.group(3) or '00'} UTC+5:30"


_THAI_MONTH_NAMES = tuple("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split())
_SWEDISH_MONTHS = dict(zip("januari februari mars april maj juni juli augusti september oktober november december".split(),
                           range(1, 13), strict=True))
#: Ukrainian months in the genitive a day is written before ("28 травня", the 28th of May).
_UKRAINIAN_MONTHS = dict(zip("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
                             range(1, 13), strict=True))
#: German's days of the week, Monday first (as WEEKDAY_NAMES).
_GERMAN_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_SPANS_AND_HOURS = RewriteTable(
    # put off by a week or two: Italian "rinviato/rimandato/posticipato/slitta di una settimana", Russian "перенесли на
    # неделю", "отложили на две недели" (the new day, when one follows, read after it as "now …")
    (compile_later(r"\b(?:rinviat[oa]|rimandat[oa]|posticipat[oa]|slitta(?:to|ta)?)\s+di\s+(?:una|1)\s+settimana\b", re.I), "delayed a week"),
    (compile_later(r"\b(?:rinviat[oa]|rimandat[oa]|posticipat[oa]|slitta(?:to|ta)?)\s+di\s+(?:due|2)\s+settimane\b", re.I), "delayed two weeks"),
    (compile_later(r"(?<![\w])(?:перенесл[иа]|перенес[её]н[аы]?|отложил[иа]|отложен[аы]?)\s+на\s+(?:одну\s+|1\s+)?неделю(?![\w])", re.I),
     "delayed a week"),
    (compile_later(r"(?<![\w])(?:перенесл[иа]|перенес[её]н[аы]?|отложил[иа]|отложен[аы]?)\s+на\s+(?:две|2)\s+недели(?![\w])", re.I),
     "delayed two weeks"),
    (compile_later(r"(?<![\w])теперь(?![\w])", re.I), "now"),
    # French "repoussée d'une semaine, au 30 avril", Thai "เลื่อนฉายไป 1 สัปดาห์ เป็น 30 เมษายน", Arabic "تأجيل … أسبوعًا إلى 30
    # أبريل", Hindi "एक हफ्ते टला, अब 30 अप्रैल को" (put off a week, to / now the 30th)
    (compile_later(r"\b(?:repouss|report|décal|decal)[ée]e?s?\s+d['’]une\s+semaine\b\s*,?\s*(?:au\s+(?=\d))?", re.I), "delayed a week to "),
    (compile_later(r"เลื่อน(?:ฉาย|ออกไป|การฉาย)?\s*(?:ไป)?\s*(?:1|หนึ่ง)\s*สัปดาห์\s*(?:เป็น|ไปเป็น|ไปวันที่|เป็นวันที่)?\s*"), " delayed a week to "),
    (compile_later(r"^(\W*)تأجيل\s+(.+?)\s+أسبوع(?:ًا|اً|ا)?\s+إلى\s+(?=\d)"), r"\1\2 delayed a week to "),
    (compile_later(r"एक\s+(?:हफ्ते|हफ़्ते|सप्ताह)\s+(?:के\s+लिए\s+)?(?:टला|टली|टल\s+गया|टल\s+गई|खिसका|खिसकी)\s*,?\s*(?:अब\s+)?"
                r"(?:(\d{1,2})\s+(" + "|".join(HINDI_MONTHS) + r")(?:\s+को)?)?"),
     lambda m: "delayed a week" + (f" to {HINDI_MONTHS[m.group(2)]} {int(m.group(1))}" if m.group(1) else "")),
    # Hinglish "aaj dopahar 12:30 baje" (today at 12:30 in the afternoon), on India's clock; "Netflix par aa raha hai" (is coming
    # to Netflix) after it: the day and hour it comes
    (compile_later(r"\baaj\s+(?:(subah|dopahar|shaam|sham|raat)\s+)?(\d{1,2})(?:[:.](\d\d))?\s+baje\b", re.I), _hinglish_today),
    (compile_later(r"(?<=UTC\+5:30)\s+netflix\s+(?:par|pe)\s+aa\s+(?:raha|rahi|rahe)\s+hai\b", re.I), " on Netflix"),
    # a fan meeting, an exhibition, a concert in Vietnamese, Thai and Arabic, in English words, so what is put off is seen to be an
    # event ("họp fan hoãn sang ngày 28/5" is the fan meeting's day, not the season's)
    (compile_later(r"\bhọp\s+fan\b|\bbuổi\s+gặp\s+gỡ\s+(?:người\s+hâm\s+mộ|fan)\b|(?:งาน)?แฟนมีต(?:ติ้ง)?|حفل\s+(?:ال)?معجبي(?:ن)?"
                r"|لقاء\s+(?:مع\s+)?(?:ال)?معجبين", re.I), " fan meeting "),
    (compile_later(r"\btriển\s+lãm\b|นิทรรศการ|(?<!\w)معرض(?!\w)", re.I), " exhibition "),
    # a Vietnamese dub ("bản lồng tiếng Việt (của)", "thuyết minh": voiced, voice-over (of)) lands on a day of its own
    (compile_later(r"\b(?:bản\s+)?(?:lồng\s+tiếng|thuyết\s+minh)(?:\s+(?:tiếng\s+)?việt)?\b(?:\s+của\b)?", re.I), " dub of "),
    (compile_later(r"คอนเสิร์ต|حفلة\s+موسيقية", re.I), " concert "),
    # Hindi "(की रिलीज़) टली, अब 9 जुलाई को" (its release put off, now on 9 July): a delay to that day (never a dub's डब, the
    # trailer's, a fan meeting's, an event's, a screening's)
    (compile_later(r"^(?!.*(?:डब|ट्रेलर|ट्रैलर|टीज़र|टीजर|फैन\s*मीट|fan meeting|इवेंट|स्क्रीनिंग|कार्यक्रम|कॉन्सर्ट|कॉन्फ्रेंस))(.*?)(?:की\s+)?(?:रिली(?:ज़|ज)\s+)?(?:टली|टला|टल\s+गई|टल\s+गया"
                r"|खिसकी|खिसका)\s*[,।]?\s*(?:अब\s+)?(\d{1,2})\s+(" + "|".join(HINDI_MONTHS) + r")(?:\s+को)?"),
     lambda m: f"{m.group(1)} delayed to {HINDI_MONTHS[m.group(3)]} {int(m.group(2))}"),
    # Hindi's day first, then "a week's delay" ("अब 28 मई को आएगा, एक हफ्ते की देरी": now comes on 28 May, a week late): a delay to it
    (compile_later(r"अब\s+(\d{1,2})\s+(" + "|".join(HINDI_MONTHS) + r")\s+को\s+[^,।]{0,30}?[,।]?\s*(एक|दो|1|2)\s+(?:हफ्ते|हफ़्ते|सप्ताह)"
                r"\s+की\s+देरी"),
     lambda m: f"delayed {'a week' if m.group(3) in ('एक', '1') else 'two weeks'} to {HINDI_MONTHS[m.group(2)]} {int(m.group(1))}"),
    # a Thai countdown, "อีก 7 วัน มัธยมซอมบี้ 2" (7 more days): "7 days until …" (s2wild59)
    (compile_later(r"^(\W*)อีก\s*(\d{1,3})\s*วัน\s*"), r"\1\2 days until "),
    # put off to a day with no span: Thai "เลื่อนฉายเป็น 28 พ.ค.", Arabic "تأجيل … إلى 28 مايو", Vietnamese "hoãn chiếu sang ngày 28/5"
    # (never an event's or the trailer's: a fan meeting งานแฟนมีต / حفل / họp fan, a concert, an exhibition, a screening)
    (compile_later(r"^(?!.*(?:fan meeting|exhibition|concert|งาน|ป๊อปอัพ|ตัวอย่าง|ทีเซอร์|พากย์|เพลงประกอบ|ซับ|อีเวนต์|ปฐมทัศน์|รอบพิเศษ|แถลงข่าว))(.*?)เลื่อน(?:ฉาย|ออกไป|การฉาย)?"
                r"\s*(?:ไป\s*(?:เป็น|วันที่|เป็นวันที่)?|เป็น|เป็นวันที่)\s*(?=\d)"), r"\1 delayed to "),
    (compile_later(r"^(?!.*سينما)(\W*)تأجيل\s+(?!(?:\S+\s+){0,2}?(?:حفل|لقاء|مهرجان|معرض|(?:ال)?عرض\s+(?:ال)?خاص|حدث|فعالية|إعلان|تريلر|الإعلان|(?:ال)?دبلج|(?:ال)?نسخة\s+(?:ال)?مدبلجة|(?:ال)?موسيقى))(.+?)\s+إلى\s+(?=\d)"),
     r"\1\2 delayed to "),
    # (s2wild48: "dời lịch sang 9/7", moved to the 9th, as hoãn; never a dub's "lồng tiếng", "thuyết minh", the soundtrack's, a
    # screening's "buổi chiếu", "công chiếu sớm")
    (compile_later(r"^(?!.*\b(?:họp\s+fan|fan\s*meeting|sự\s+kiện|triển\s+lãm|concert|trailer|teaser|lồng\s+tiếng|thuyết\s+minh|nhạc\s+phim"
                r"|ost|buổi\s+(?:công\s+)?chiếu|công\s+chiếu|chiếu\s+sớm|dub)\b)(.*?)\b(?:(?:trì\s+)?hoãn|dời|lùi)\s+(?:lịch\s+)?"
                r"(?:chiếu|ra\s+mắt|phát\s+hành|lên\s+sóng)?\s*(?:sang|đến|tới)\s+(?:ngày\s+)?(?=\d)", re.I), r"\1 delayed to "),
    # an hour set right by negation: the negated hour dropped, the one after "sondern", "mas", "sino", "mais", "but" kept
    (compile_later(r"\b(?:nicht|not|no|não|pas)\s+(?:um|at|a\s+la|à|às|a)\s+(?:mitternacht|midnight|medianoche|meia-noite|minuit"
                r"|\d{1,2}(?:[:.]\d\d)?\s*(?:uhr|h|[ap]\.?m\.?)?)\s*,?\s*(?:sondern|but|sino|mas|mais)\s+", re.I), ""),
    (compile_later(r"\s*,?\s*(?:nicht|not|não|no|pas)\s+(?:um|at|a\s+la|à|às|a)\s+(?:mitternacht|midnight|medianoche|meia-noite|minuit)\b"
                r"(?=\s*[.!]*\s*$)", re.I), ""),
    # the US coasts' clocks and midnight in Spanish, Portuguese and French: "a medianoche (hora del Pacífico)", "às 3h (horário
    # do leste)", "à minuit, heure du Pacifique", "heure du Québec": PT and ET, whose clocks change (read by that day's)
    (compile_later(r"\s*,?\s*\(?\s*(?:hora|horario|horário|heure)\s+(?:del|do|du)\s+(?:pac[ií]fico|pacifique)\b\s*\)?", re.I), " PT"),
    (compile_later(r"\s*,?\s*\(?\s*(?:hora|horario|horário|heure)\s+(?:del\s+este|do\s+leste|de\s+l['’]est|du\s+qu[ée]bec|de\s+montr[ée]al|de\s+toronto)\b\s*\)?", re.I), " ET"),
    (compile_later(r"\b(?:a\s+la\s+|à\s+|a\s+)?(?:medianoche|meia-noite|minuit)\b(?=\s+(?:PT|ET)\b)", re.I), "at midnight"),
    # German weekdays after "am" (on): "am Freitag um 9 Uhr"
    (compile_later(rf"\bam\s+({'|'.join(_GERMAN_WEEKDAYS)})\b", re.I),
     lambda m: "on " + WEEKDAY_NAMES[_GERMAN_WEEKDAYS.index(m.group(1).lower())]),
    # Friday with its week ("el viernes de la próxima semana", "na sexta da semana que vem", "vendredi de la semaine prochaine"):
    # that week's Friday, as English says it; "el próximo viernes", "vendredi prochain": the coming one
    (compile_later(r"\b(?:el\s+|na\s+|le\s+)?(?:viernes|sexta(?:-feira)?|vendredi)\s+(?:de\s+la\s+(?:próxima\s+semana|semana\s+que\s+viene)"
                r"|da\s+(?:próxima\s+semana|semana\s+que\s+vem)|de\s+la\s+semaine\s+prochaine)\b", re.I), "Friday next week"),
    (compile_later(r"\b(?:el\s+próximo\s+viernes|na\s+próxima\s+sexta(?:-feira)?|(?:le\s+)?vendredi\s+prochain)\b", re.I), "next Friday"),
    # Brazil's clock named after an hour ("às 4h no Brasil"): Brasília's
    (compile_later(r"(?<=\d)(h(?:\d\d)?(?:\s+da\s+manhã)?)\s+no\s+brasil\b", re.I), r"\1 (horário de Brasília)"),
    # a count of what is left before the season: Korean "공개까지 2주 남았다" (two weeks left until it is out), Italian "mancano
    # due settimane a …" (two weeks are missing until …): a countdown to it (a count to anything else names no season)
    (compile_later(r"\s*(?:공개|컴백|방영)\s*까지\s*(?:딱\s*|단\s*)?(?P<n>\d{1,2}|한|두|세|일|이|삼)\s*(?P<unit>주|일)\s*(?:남았|남음|남은|남았다)"),
     _weeks_left),
    (compile_later(r"\bmancano\s+(?:solo\s+|ancora\s+)?(?P<n>\d{1,2}|una|un|due|tre)\s+(?P<unit>settimane|settimana|giorni|giorno)"
                r"\s+(?:a|al|all['’]|alla|ad)\s*(?=\S)", re.I), _weeks_left),
    # (s2wild54) German "noch zwei Wochen bis …" (two weeks still until …)
    (compile_later(r"\bnoch\s+(?:(?:genau|nur|ganze)\s+)?(?P<n>\d{1,2}|einen?|zwei|drei|vier|fünf)\s+(?P<unit>wochen|woche|tage|tag)"
                r"\s+bis\s+(?:zu[rm]?\s+)?(?=\S)", re.I), _weeks_left),
    # Vietnamese "14h ngày 30/4", "2h chiều ngày 30/4" (the hour before the day; "(giờ Việt Nam)" said again: dropped)
    (compile_later(r"(?<![\d/])(\d{1,2})h(\d\d)?\s+(?:(sáng|chiều|tối)\s+)?(ngày\s+\d{1,2}\s*/\s*\d{1,2})(?![\d/])"
                r"(?:\s*\(?\s*giờ\s+việt\s+nam\s*\)?)?", re.I), _vietnamese_hour_on_day),
    # ... or after the day ("19/3 5h chiều", "19/3, ý mình là 5h chiều giờ Hàn": I mean 5 p.m. Korea's time), s2wild92
    (compile_later(r"(?<![\d/])((?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2})(?![\d/])(?:\s*,?\s*ý\s+(?:mình|tôi|tui)\s+là\s*,?\s*|\s+)"
                r"(\d{1,2})h(\d\d)?(?:\s+(sáng|chiều|tối))?(?!\w)(?=\s*\(?\s*(?:giờ\s+(?:hàn|việt)|kst|ict)\b)", re.I),
     _vietnamese_day_then_hour),  # (Korea's or Vietnam's clock said: never a fan's own "19/3 5h sáng mình dậy xem")
    # Vietnamese "14h chiều mai", "2h chiều nay" (with "(giờ Việt Nam)", Vietnam's time, said again: dropped)
    (compile_later(r"\b(?:(?:ra\s+mắt|lên\s+sóng|chiếu)\s+)?(?:lúc\s+)?(\d{1,2})h(\d\d)?\s+(?:(sáng|chiều|tối)\s+)?(ngày\s+mai|mai|hôm\s+nay|nay)\b(?:\s*\(?\s*giờ\s+việt\s+nam\s*\)?)?", re.I),
     _vietnamese_hour),
    # Russian "четыре недели до …" (four weeks until …), "10 дней до …": a countdown to it
    (compile_later(r"(?<![\w])(?P<n>\d{1,2}|одна|две|три|четыре|пять|шесть)\s+(?P<unit>недел[иья]|дн(?:я|ей)|день)\s+до\s+", re.I),
     lambda m: f"{_RUSSIAN_COUNT.get(m.group('n').lower(), m.group('n'))} {'weeks' if m.group('unit').lower().startswith('недел') else 'days'} until "),
    # Arabic "الساعة 10 صباحًا بتوقيت السعودية" (at 10 in the morning, Saudi time: UTC+3, all year), "مساءً" (in the evening)
    (compile_later(r"(?:في\s+)?الساعة\s+(\d{1,2})(?::(\d\d))?\s+(صباحًا|صباحا|صباحاً|مساءً|مساء|مساءا)\s+بتوقيت\s+(?:السعودية|مكة|الرياض)"),
     lambda m: f" at {int(m.group(1)) % 12 + (12 if m.group(3).startswith('مساء') else 0)}:{m.group(2) or '00'} UTC+3 "),
    # Arabic "غدًا على Netflix" (tomorrow on Netflix), with no verb: it premieres tomorrow
    (compile_later(r"(?<![\w])(?:غدًا|غداً|غدا)\s+(?:على|عبر)\s+(?:netflix|نتفليكس)(?![\w])", re.I), " premieres tomorrow on Netflix "),
    # Hindi: "अगले शुक्रवार" (next Friday), "इस शुक्रवार" (this Friday), an hour with its part of the day
    (compile_later(r"अगले\s+शुक्रवार(?:\s+को)?"), " next Friday "),
    (compile_later(r"इस\s+शुक्रवार(?:\s+को)?"), " this Friday "),
    (compile_later(r"(सुबह|दोपहर|शाम|रात)\s+(\d{1,2})(?::(\d\d))?\s+बजे"), _hindi_hour),
    # a Friday and its hour abroad as English says them, the hour after a dash or comma (s2wild80): Tagalog "sa biyernes na — 4pm sa
    # Manila" (on Friday — 4pm in Manila), Vietnamese "thứ sáu này — 15h giờ VN" (this Friday — 3 p.m. Vietnam's time, UTC+7),
    # Indonesian "hari jumat" (the day Friday), Korean "금요일 — 오후 5시 (한국시간)" (Korea's own time, said again: dropped)
    # (a Friday past, "jumat kemarin/lalu", "noong biyernes", "thứ sáu tuần trước", "el viernes pasado", "sexta passada": last
    # Friday, never the coming one)
    (compile_later(r"\b(?:hari\s+)?jum['’]?at\s+(?:kemarin|(?:minggu\s+)?lalu)\b|\bnoong\s+biyernes\b|\bthứ\s+sáu\s+tuần\s+trước\b"
                   r"|\b(?:el\s+)?viernes\s+pasado\b|\b(?:na\s+)?sexta(?:-feira)?\s+passada\b", re.I), "last friday"),
    # (a Friday said past with "rồi", already, after its verb: "aouad 2 ra mắt thứ sáu rồi", already premiered Friday; fix81)
    (compile_later(r"\b(ra(?:\s+mắt)?|lên\s+sóng|chiếu)\s+thứ\s+sáu\s+rồi\b", re.I), r"\1 last friday"),
    # its trailer out: Indonesian "trailernya keluar" (its trailer came out), Spanish "tráiler" (s2wild81)
    (compile_later(r"\btrailer(?:nya)?\s+(?:udah\s+|sudah\s+)?(?:keluar|rilis)\b", re.I), "the trailer is out"),
    (compile_later(r"\btráiler\b", re.I), "trailer"),
    # the season out on a weekday past, in the readers' words once that day is "last friday": "aouad 2 came out last friday", "…
    # salió el viernes pasado", "… tayang jumat lalu", "noong biyernes lumabas ang aouad 2", "thứ sáu tuần trước aouad 2 ra rồi":
    # it is out (s2wild81; never its trailer's, "last friday lumabas ang trailer", nor "the last friday of march")
    (compile_later(rf"(?P<name>{SEASON_TWO_NAME}|estamos\s+(?:muertos|mortos)\s+2)\s+(?:came\s+out|dropped|premiered|premieres|released|arrived|landed|debuted|sali[óo]"
                   rf"|lleg[óo]|estren[óo]|chegou|estreou|saiu|tayang|rilis|keluar|lumabas|ra(?:\s+mắt)?)\s+(?:on\s+)?last\s+{WEEKDAY}\b(?!['’]|\s+(?:of|in)\b)"
                   rf"|\blast\s+{WEEKDAY},?\s+(?:(?:lumabas|came\s+out|dropped)\s+(?:ang\s+)?(?P<named>{SEASON_TWO_NAME})"
                   rf"|(?P<said>{SEASON_TWO_NAME})\s+ra\s+rồi)", re.I),
     lambda m: f"{m.group('name') or m.group('named') or m.group('said')} is out"),
    # ("biyernes na", Friday already: the one coming, "this friday", s2wild82; "ngayong biyernes", this Friday, s2wild95)
    (compile_later(r"\b(?:sa\s+|(ngayong)\s+)?biyernes(\s+na\b)?", re.I), lambda m: "this friday" if m.group(1) or m.group(2) else "friday"),
    # Tagalog "lalabas ang …" (… will come out), after its day or before it: "sa biyernes na lalabas ang aouad 2" (s2wild82)
    # (never hoped, "sana …": left to the readers of hopes)
    # (never denied, "hindi/di (pa) sa biyernes lalabas …", not on Friday: fix81)
    (compile_later(rf"(?<!\bsana\s)(?<!\bsana\sthis\s){_NOT_TL}\b(?P<day>(?:this\s+)?friday|tomorrow)\s+(?:na\s+)?lalabas\s+(?:na\s+)?ang\s+(?P<name>{SEASON_TWO_NAME})", re.I),
     r"\g<name> premieres \g<day>"),
    (compile_later(rf"(?<!\bsana\s){_NOT_TL}\blalabas\s+(?:na\s+)?ang\s+(?P<name>{SEASON_TWO_NAME})(?:\s+sa)?", re.I), r"\g<name> premieres"),
    # ("thứ sáu tuần sau/tới", Friday next week: that week's, s2wild82)
    (compile_later(r"\bthứ\s+sáu(?:\s+(này|tuần\s+(?:sau|tới)))?\b", re.I),
     lambda m: "friday" if not m.group(1) else "this friday" if m.group(1).lower() == "này" else "friday next week"),
    (compile_later(r"(?<=\d[ap]m)\s+sa\s+(?=[^\W\d])", re.I), " in "),
    (compile_later(r"(?<![\d:])(\d{1,2})h(\d\d)?\s+\(?\s*giờ\s+(?:vn|việt\s+nam)\b\s*\)?", re.I), lambda m: f"{m.group(1)}:{m.group(2) or '00'} UTC+7"),
    (compile_later(r"\bhari\s+(?=jum['’]?at\b)", re.I), ""),
    (compile_later(r"(금요일)\s*[—–-]\s*((?:오전|오후|밤|저녁|새벽|낮)\s*\d{1,2}\s*시)\s*(?:\(\s*한국\s*시간\s*\))?"), r"\1 \2"),
    # Tagalog: a day cried out after material is out ("Trailer ng … palabas na!! April 23 na!!": the trailer is out; it is
    # April 23 then), the season "sa April 23" (on April 23) after "sunod na" (next up), "palabas na bukas ang …" (showing
    # tomorrow; "bukas na ang …", tomorrow it is) and a clock "dito sa Pinas" (here in the Philippines, UTC+8)
    (compile_later(r"\bpalabas\s+na\s*[!.]*\s*(?=(?:" + _EN_MONTH + r")\s+\d{1,2}\s+na\b)", re.I), "out; premieres "),
    # (a day cried out closing the post, "Part 2 ng aouad 2, April 9 na!": it is April 9 then, s2wild71)
    # (or "pa", still: "aouad 2 march 19 pa", s2wild82)
    (compile_later(r"\b((?:" + _EN_MONTH + r")\s+\d{1,2})\s+[np]a\b(?=\W*$)", re.I), r"\1"),
    # (Vietnamese closes a day with its friendly "nha", "nhé", "nè": "aouad 2 thứ sáu 19/3 nha", the 19th, s2wild84)
    (compile_later(r"\b(\d{1,2}/\d{1,2})\s+(?:nha|nhé|nhe|nè)\b(?=\W*$)", re.I), r"\1"),
    (compile_later(r"\b(?:sunod|susunod)\s+na\s+(?:ang\s+)?(.+?)\s+sa\s+(?=(?:" + _EN_MONTH + r")\s+\d{1,2}\b)", re.I),
     r"next up, \1 premieres "),
    # (never the material or an event of it: "bukas na ang trailer ng …", "bukas na ang presscon ng …" are theirs tomorrow)
    (compile_later(r"\b(?:palabas\s+na\s+bukas|bukas\s+na)\s+ang\s+(?!(?:official\s+|bagong\s+)?(?:tr[aá]iler|teaser|poster|presscon"
                r"|press\s+con\w*|fan\s*meet\w*|watch\s*party|premiere\s+night|live)\b)([^!.,;]+?)(?=\s*(?:[!.,;]|$))", re.I),
     r"\1 premieres tomorrow"),
    (compile_later(r"(?<=\d)\s*([ap]m)\s+(?:oras\s+)?(?:dito\s+)?sa\s+(?:pinas|pilipinas|ph)\b", re.I), r"\1 PHT"),
    # Hindi "14 मई से" (from 14 May), "भारत में 14 मई से" (in India from 14 May, a worldwide day said for India): it premieres then
    # (only before Netflix or a release's word: "14 मई से शूटिंग" is a shoot from that day)
    (compile_later(r"(?:भारत\s+में\s+)?(\d{1,2})\s+(" + "|".join(HINDI_MONTHS) + r")\s+से"
                r"(?=\s*(?:netflix|नेटफ्लिक्स|रिलीज़|रिलीज|स्ट्रीम|$|[!।.]))", re.I),
     lambda m: f" premieres {HINDI_MONTHS[m.group(2)]} {int(m.group(1))} "),
    # Thai "มาแล้ว(วันนี้)บน Netflix" (here now, today, on Netflix): out (not after พรุ่งนี้, tomorrow: `headline_abroad`)
    (compile_later(r"^(?!.*พรุ่งนี้)(.*?)\s*มาแล้ว(?:วันนี้)?\s*(?=(?:บน|ที่)\s*netflix\b)", re.I), r"\1 is now streaming "),
    # Tagalog "… palabas na!" closing the post (showing now): out
    (compile_later(r"\bpalabas\s+na(?=\W*$)", re.I), "is out now"),
    # Tagalog "palabas na sa Netflix" (showing now on Netflix): out; never with the day it starts after it ("simula July 2",
    # from July 2; "bukas", tomorrow; "sa Biyernes", on Friday), which is that day to come
    (compile_later(r"\bpalabas\s+na\s+sa\s+(?=netflix\b(?![^.!?\n]*\b(?:simula|bukas|mamaya|sa|ngayong|sa\s+darating)\b))", re.I),
     "is now on "),
    # Swedish "säsong 2 har premiär (på Netflix) den 28 maj" (premieres on 28 May) and Ukrainian "Другий сезон «Ми всі мертві»
    # вийде … 28 травня" (the second season of All of Us Are Dead comes out on 28 May), in English words (s2wild39)
    (compile_later(r"\bs[äa]song\s+(?:2|två)\b", re.I), "Season 2"),
    (compile_later(r"\bhar\s+premi[äa]r\s+(?:(på\s+netflix)\s+)?den\s+(\d{1,2})\s+(" + "|".join(_SWEDISH_MONTHS) + r")\b", re.I),
     lambda m: f"premieres {MONTH_NAMES[_SWEDISH_MONTHS[m.group(3).lower()] - 1]} {int(m.group(2))}" + (" on Netflix" if m.group(1) else "")),
    (compile_later(r"(?:другий|2)\s+сезон\s+[«\"“]?\s*ми\s+всі\s+мертві\s*[»\"”]?", re.I), "All of Us Are Dead Season 2"),
    (compile_later(r"(?<![\w])вийде\s+(?:на\s+netflix\s+)?(\d{1,2})\s+(" + "|".join(_UKRAINIAN_MONTHS) + r")(?![\w])", re.I),
     lambda m: f"premieres {MONTH_NAMES[_UKRAINIAN_MONTHS[m.group(2).lower()] - 1]} {int(m.group(1))}"),
)


def spans_and_hours_in_english(text: str) -> str:
    """`text` with the delays by a span, hours set right and local clocks above in English words; else as it is."""
    return _SPANS_AND_HOURS.rewrite(text)


#: Arabic (read by `headline_abroad.in_english` among its words, kept here to keep that module in bounds): the season ("الموسم الثاني من …", "الموسم الثاني لـ …", "… الموسم الثاني"), its verbs ("سيعرض", will be shown), halves, months and days, "رسميًا"
#: (officially) and "على نتفليكس" (on Netflix), in English words (Arabic-script words the readers do not know stay as they are).
_ARABIC_MONTHS = dict(zip("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(), range(1, 13), strict=True))
ARABIC_WORDS = (
    (compile_later(r"مسلسل\s*"), ""),
    # the soundtrack and a dub (الموسيقى التصويرية, الدبلجة): "available now" or a day said of them stays theirs
    (compile_later(r"(?:ال)?موسيقى\s+(?:ال)?تصويرية|(?:ال)?نسخة\s+(?:ال)?مدبلجة|(?:ال)?دبلجة(?:\s+(?:ال)?عربية)?"),
     lambda m: " soundtrack " if "موسيقى" in m.group(0) else " dub "),
    (compile_later(r"(?:ال)?(?:بوستر|ملصق)(?![\u0600-\u06ff])"), " poster "),
    (compile_later(r"(?:ال)?موسم\s+(?:الثاني|2)\s+(?:من\s+|لـ?\s*)?(All\s+of\s+Us\s+Are\s+Dead|AOUAD)", re.I), r"\1 Season 2"),
    (compile_later(r"(All\s+of\s+Us\s+Are\s+Dead|AOUAD)\s+(?:ال)?موسم\s+(?:الثاني|2)", re.I), r"\1 Season 2"),
    (compile_later(r"رسمي(?:ًا|اً|ا)"), "officially"),
    # denied, a rumour, leaked ("نتفليكس تنفي عرض … يوم 5 مارس": Netflix denies …) (s2wild58)
    (compile_later(r"(?<![\u0600-\u06ff])(?:تنفي|ينفي|نفت|نفى)(?![\u0600-\u06ff])"), " denies reports "),
    (compile_later(r"(?<![\u0600-\u06ff])(?:ال)?(?:شائعات|شائعة|إشاعة|اشاعة)(?![\u0600-\u06ff])"), " rumour "),
    (compile_later(r"(?<![\u0600-\u06ff])(?:ال)?(?:تسريبات|تسريب|مسربة|مسرب)(?![\u0600-\u06ff])"), " leaked "),
    (compile_later(r"(?<![\u0600-\u06ff])(?:س)?(?:يعرض|يُعرض|يصدر|ينطلق)(?![\u0600-\u06ff])"), "premieres"),
    (compile_later(r"في\s+النصف\s+(الأول|الثاني)\s+(?:من\s+)?(?:(?:عام\s+)?(20\d\d)|العام)"),  # (العام: the year a slate names)
     lambda m: f"in the {'first' if m.group(1) == 'الأول' else 'second'} half of {m.group(2) or 'the year'}"),
    (compile_later(r"(?:(?:في|يوم)\s+)?(\d{1,2})\s+(" + "|".join(_ARABIC_MONTHS) + r")(?:\s+(20\d\d))?"),  # (يوم: on the day)
     lambda m: f"on {MONTH_NAMES[_ARABIC_MONTHS[m.group(2)] - 1]} {int(m.group(1))}" + (f", {m.group(3)}" if m.group(3) else "")),
    (compile_later(r"(?:في\s+)?(" + "|".join(_ARABIC_MONTHS) + r")\s+(20\d\d)"),
     lambda m: f"in {MONTH_NAMES[_ARABIC_MONTHS[m.group(1)] - 1]} {m.group(2)}"),
    (compile_later(r"(?:على|عبر)\s+(?:نتفليكس|(?<![\w])netflix(?![\w]))", re.I), "on Netflix"),  # (its name in Latin letters too)
    # "الساعة 10 صباحًا بتوقيت السعودية" (at 10 in the morning, Saudi time; مساءً the evening): Riyadh's clock is UTC+3 all year
    (compile_later(r"(?:في\s+)?الساعة\s+(\d{1,2})(?::(\d\d))?\s*(صباح(?:ًا|اً|ا)?|مساء(?:ً)?)?\s*(?:بتوقيت\s+(السعودية|مكة(?:\s+المكرمة)?|الرياض"
                r"|الإمارات|دبي|أبوظبي))?"),
     lambda m: f"at {m.group(1)}:{m.group(2) or '00'}" + ({"صباح": "am", "مساء": "pm"}.get((m.group(3) or "")[:4], ""))
     + ("" if m.group(4) is None else " UTC+4" if m.group(4) in ("الإمارات", "دبي", "أبوظبي") else " UTC+3")),
    (compile_later(r"(?<![\u0600-\u06ff])(?:متاح|متوفر)(?:ة)?\s+(?:الآن|الان)(?![\u0600-\u06ff])"), "is now streaming"),  # available now: out
    # "تحدد 16 أبريل موعدًا لعرض …" (sets 16 April as the date for showing …): that day is the release date
    (compile_later(r"(?<![\u0600-\u06ff])موعد(?:ًا|اً|ا)?\s+(?:لعرض|لإطلاق|لطرح)(?![\u0600-\u06ff])"), "as the release date of"),
    # "باقي أسبوع على …", "باقي 3 أيام على …" (a week, three days left until): the fans' countdown
    (compile_later(r"(?:باقي|تبقى|بقي)\s+(?:(\d{1,2})\s+)?(أسبوع|أسابيع|يوم|أيام)\s+(?:على|ل)\s*"),
     lambda m: f"{m.group(1) or 'one'} {'weeks' if m.group(2) in ('أسبوع', 'أسابيع') else 'days'} until "),
)

_DAY_MONTH_ABROAD = (r"\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
                     r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|jan|feb|apr|jun|jul|ogo|sep|okt|nov|dis"
                     r"|mac|ogos|disember)")
#: Plain release verbs in Dutch, Turkish and Malay (read by `headline_abroad.in_english` after its negations, so a "not" is
#: already English), in English words (since s2wild38): Dutch "verschijnt op 28 mei" (appears on), "komt (op) 28 mei naar
#: Netflix" (comes), "vanaf 28 mei te zien" (to be seen from), "is nu te zien" (can be seen now: out), French "sort ce vendredi", Vietnamese "sau 3 ngày nữa" (in 3 days); Turkish "28 Mayıs'ta
#: yayınlanacak" (will air on), "Netflix'e geliyor" (comes to Netflix), "yarın" (tomorrow); Malay "bakal keluar 28 Mei" (is
#: to come out), "akan ditayangkan di Netflix pada" (will be shown on Netflix on), "dah keluar", "dah boleh tonton" (out,
#: can be watched now), "kat Netflix" (on Netflix); Arabic "غدًا" (tomorrow).
#: Material named in a post in those languages ("fragmanı", "Trailer", "ตัวอย่าง", "zwiastun", "bande-annonce"): a half or a part of a
#: year said with it may be the material's ("… fragmanı yılın ilk yarısında geliyor"), so it is not read as the season's (s2wild50).
_MATERIAL_NAMED = compile_later(r"\b(?:tr[aá]iler|teaser|fragman|tanıtım|zwiastun|bande[- ]annonce|poster|afiş|affiche|cuplikan|đoạn\s+giới\s+thiệu)"
                                r"|ตัวอย่าง|ทีเซอร์|โปสเตอร์", re.I)
#: Polish for what else of the season runs from a day: the shoot (zdjęcia), the dub, a recording, tickets, a pre-sale (s2wild53);
#: a meeting with fans, a festival, a concert, a contest, an exhibition, a vote (s2wild54: "Spotkanie z fanami … od 19 marca").
_POLISH_OTHER_THING = compile_later(r"\b(?:zdj[eę]ci\w*|dubbing\w*|nagra[nń]\w*|bilet\w*|przedsprzeda[zż]\w*|pokaz\w*|spotkani\w*"
                                    r"|festiwal\w*|koncert\w*|konkurs\w*|wystaw\w*|g[lł]osowani\w*|ankiet\w*)", re.I)
_ON_NETFLIX_NEXT = compile_later(r"\s*(?:na\s+|on\s+|auf\s+|op\s+)?netflix", re.I)
_FIRST_HALF_WORDS = frozenset(("ilk", "ersten", "eerste", "first", "pierwszej", "แรก"))


def _unless_material(m: re.Match[str], said: str) -> str:
    """`said` for what `m` matched, unless its clause names material whose time it may be (then as it is); material out in
    a clause of its own leaves the season's time to it ("Der Teaser ist da: … Staffel 2 kommt im ersten Halbjahr 2027")."""
    starts = [b.end() for b in _CLAUSE_BREAK.finditer(m.string, 0, m.start())]
    end = (after.start() if (after := _CLAUSE_BREAK.search(m.string, m.end())) is not None else len(m.string))
    return m.group(0) if _MATERIAL_NAMED.search(m.string, starts[-1] if starts else 0, end) else said


#: Where a post's clauses meet (s2wild51).
_CLAUSE_BREAK = compile_later(r"[:;!?|…]|\s[—–]\s")


def _half(m: re.Match[str]) -> str:
    """A half of a year said abroad, as English says it: "in the first half of 2027", "… of the year" with no year of its own."""
    which = next(w for w in (m.group(g) for g in ("h", "g", "n", "t", "p", "th")) if w)
    year = next((y for y in (m.group(g) for g in ("y", "gy", "ny", "ty", "py", "thy")) if y), "the year")
    said = f" in the {'first' if which.lower() in _FIRST_HALF_WORDS else 'second'} half of {year} "
    # ("… 2027'nin ilk yarısında Netflix'te", on Netflix then: the season comes then)
    return " premieres" + said if _ON_NETFLIX_NEXT.match(m.string, m.end()) else said


def _quarter_or_spring(m: re.Match[str]) -> str:
    """The first quarter or the spring said abroad, as English says it ("in Q1 2027", "in spring 2027"); the year a slate
    names when it says none ("in Q1", "in spring")."""
    year = next((y for y in (m.group(g) for g in ("qy", "fy", "ty", "ay", "vy", "sy", "wy", "ny")) if y), "")
    said = f" in {'spring' if m.group('spring') else 'Q1'} {year} ".replace("  ", " ")
    return " premieres" + said if _ON_NETFLIX_NEXT.match(m.string, m.end()) or m.group("spring") else said


RELEASE_WORDS_ABROAD = (
    # material and events in those languages (and French, Arabic) first, so that a day said of them stays theirs as in English
    # ("La bande-annonce de … sort demain", "… fragmanı yarın geliyor", "De trailer van …", "… basın toplantısı yarın")
    (compile_later(r"\bbande[- ]annonces?\b|\bfragman\w*|\bzwiastun\w*|(?<![\u0600-\u06ff])(?:ال)?(?:تريلر|برومو|(?:إعلان|اعلان)(?:\s+(?:ال)?(?:تشويقي|دعائي|رسمي|ترويجي))?)"
                # (bare "إعلان الموسم الثاني … يوم 18 فبراير" too, never the date's announcement, "إعلان موعد عرض …": s2wild58)
                r"(?![\u0600-\u06ff])(?!\s+(?:عن\s+)?(?:موعد|تاريخ))", re.I), "trailer"),
    # "has its date:" as Spanish's "ya tiene fecha" (headline_abroad's): Portuguese "ganha data", "já tem data de estreia", German
    # "hat ein Startdatum", Italian "ha una data (di uscita)", Polish "ma datę premiery" (s2wild58)
    (compile_later(r"\b(?:(?:já\s+)?(?:ganha|ganhou|tem)\s+data(?:\s+de\s+estreia)?|hat\s+(?:ein(?:en)?\s+)?(?:startdatum|starttermin|datum)"
                r"|ha\s+(?:una\s+)?data(?:\s+di\s+uscita)?|ma\s+datę(?:\s+premiery)?)(?=\s*[:：—–-])", re.I), "release date"),
    (compile_later(r"\btanıtım\w*|\bteaser[ıi]\b", re.I), "teaser"),
    (compile_later(r"\bafiş\w*|\baffiches?\b|\bp[óô]ster(?:es)?\b|\bcartaz(?:es)?\b|\blocandin[ae]\b", re.I), "poster"),
    (compile_later(r"\bbasın\s+toplantı\w*|\bconférence\s+de\s+presse\b|\bpersconferentie\b", re.I), "press conference"),
    (compile_later(r"\bhayran\s+buluşma\w*|\bjumpa\s+(?:fans?|penggemar)\b|\btemu\s+(?:fans?|penggemar)\b", re.I), "fan meeting"),
    # a watch party, a marathon, a live stream (Turkish "izleme partisi", "canlı yayın", "maratona", Italian
    # "diretta", Portuguese "ao vivo"), in English words so that a day and hour said of them stays theirs
    # the soundtrack (Spanish "banda sonora", Portuguese "trilha sonora", Italian "colonna sonora", French "bande originale",
    # Turkish "film müziği", Vietnamese "nhạc phim"): out or dated, it is not the season
    (compile_later(r"\b(?:banda|trilha|colonna)\s+sonora\b|\bbande\s+originale\b|\bfilm\s+müziğ\w*|\bnhạc\s+phim\b", re.I), "soundtrack"),
    (compile_later(r"\bizleme\s+parti\w*", re.I), "watch party"),
    (compile_later(r"\bfiesta\b|\bfesta\b", re.I), "party"),  # Spanish "fiesta de estreno", Portuguese "festa" (a party)
    (compile_later(r"\bmaratona\b|\bmaratón\b", re.I), "marathon"),
    (compile_later(r"\bcanlı\s+yayın\w*|\bdiretta\b|\bao\s+vivo\b", re.I), "live"),
    # a screening before the release (German "Vorpremiere", French "avant-première"; s2wild54: Italian "proiezione", Spanish
    # "proyección", "preestreno", Portuguese "pré-estreia"): its own day, never the season's
    (compile_later(r"\bvorpremiere\b|\bavant-premi[èe]re\b|\bproiezion[ei]\b|\bproyecci[óo]n(?:es)?\b|\bpre-?estrenos?\b"
                   r"|\bpr[ée]-?estreias?\b", re.I), "premiere screening"),
    (compile_later(r"\boyuncu(?:lar)?\w*", re.I), "the cast"),
    (compile_later(r"\b(trailers?|teasers?|posters?)\s+van\b", re.I), r"\1 of"),
    # a dub (s2wild39: "Türkçe dublajı", "nasynchronisatie", "versi dub Melayu", "doblaje", "dublagem", "doublage"; s2wild48: German
    # "Synchro", Italian "doppiaggio"): its day stays its own
    (compile_later(r"\b(?:dublaj\w*|nasynchronisatie|(?:versi\s+)?(?:alih|sulih)\s+suara|versi\s+dub|doblaje|dublagem|doublage"
                   r"|synchronfassung|synchro(?:nisation)?|doppiaggio|dublad[oa]s?|doblad[oa]s?)\b", re.I), "dub"),
    (compile_later(r"\b(?:het\s+)?(?:seizoen\s+2|tweede\s+seizoen)\s+van\s+(All\s+of\s+Us\s+Are\s+Dead)\b", re.I), r"\1 Season 2"),
    (compile_later(r"\bseizoen\s+2\b|\btweede\s+seizoen\b", re.I), "Season 2"),
    (compile_later(r"\b(?:is|staat)\s+(?:nu|vanaf\s+vandaag)\s+(?:te\s+zien|te\s+streamen|beschikbaar|online)\b", re.I), "is now streaming"),
    (compile_later(r"\b(?:verschijnt|komt|vanaf)\s+(?:op\s+)?(?=" + _DAY_MONTH_ABROAD + r"\b)", re.I), "premieres "),
    (compile_later(r"\s+(?:naar|op)\s+(?=netflix\b)", re.I), " on "),
    (compile_later(r"\s+te\s+zien\b", re.I), ""),
    # Turkish: the season's possessive ("All of Us Are Dead'in 2. sezonu"), a day's locative ("28 Mayıs'ta"), its verbs
    (compile_later(r"(All\s+of\s+Us\s+Are\s+Dead)['’](?:in|ın|nin|nın)\b", re.I), r"\1"),
    (compile_later(r"(All\s+of\s+Us\s+Are\s+Dead)\s+2\s+sezon(?:u)?\b", re.I), r"\1 Season 2"),
    # (after a comma, the name's, and before an hour: "Hepimiz Öldük 2, 12 Mart'ta TSİ 11.00'de Netflix'te", s2wild60)
    (compile_later(r"(?<=,\s)(" + _DAY_MONTH_ABROAD + r")['’](?:ta|te|da|de)\b(?=\s+(?:saat\s+|TS[İI]\s+|at\s+)?\d{1,2}[.:]\d\d)", re.I), r"\1"),
    (compile_later(r"\b(" + _DAY_MONTH_ABROAD + r")['’](?:ta|te|da|de)\b(?=\s+(?:yayınlanacak|yayınlanıyor|geliyor|gelecek|netflix))", re.I), r"on \1"),
    (compile_later(r"\bnetflix['’](?:e|ye)\b", re.I), "on Netflix"),
    (compile_later(r"\b(?:yayınlanacak|yayınlanıyor|yayına\s+girecek|geliyor|gelecek)\b", re.I), "premieres"),
    (compile_later(r"\byarın\b", re.I), "tomorrow"),  # (the verb, if any, says what comes: "… basın toplantısı yarın" is not it)
    # Malay
    (compile_later(r"\b(?:u?dah|sudah|telah)\s+(?:boleh\s+(?:di)?tonton|keluar|ditayangkan)\b", re.I), "is now streaming"),
    (compile_later(r"\b(?:akan|bakal)\s+(?:keluar|ditayangkan|tayang)\s+(?:di\s+netflix(?:\s+(?:malaysia|indonesia))?\s+)?(?:pada\s+)?"
                r"(?=" + _DAY_MONTH_ABROAD + r"\b)", re.I), "premieres "),
    (compile_later(r"\bkat\s+(?=netflix\b)", re.I), "on "),
    # Indonesian "… ditunda ke 16 Juli, All of Us Are Dead 2 tetap 9 Juli" (stays on 9 July): its day kept
    (compile_later(r"\btetap\s+(?:tayang\s+)?(?:pada\s+|di\s+)?(?:tanggal\s+)?(?=\d{1,2}\s)", re.I), "stays on "),
    # Portuguese "Saiu o trailer de …!" (the trailer of … is out), Spanish "Salió el tráiler de …"
    (compile_later(r"\b(?:saiu|salió|salio)\s+(?:o|el)\s+(tr[aá]iler|teaser)\b", re.I), r"the \1 is out:"),
    # Vietnamese "sau 3 ngày nữa" (after 3 more days), French "sort" before its day (comes out)
    (compile_later(r"\bsau\s+(\d{1,2})\s+ngày\s+nữa\b", re.I), r"in \1 days"),
    # (never after "si", if: "Si la saison 2 … sort le 11 juin, je prends ma journée" is a wish's condition; nor when material
    # comes out: "La bande-annonce de … sort demain")
    (compile_later(r"^(?![^.!?]*\bsi\b)(?![^.!?]*\b(?:trailer|teaser|poster)s?\b[^.!?]*\bsort\b)([^.!?]*?)\bsort\b(?=\s+(?:ce\s+vendredi|vendredi|demain|le\s+\d))", re.I), r"\1premieres"),
    # Italian "arriva venerdì 28 maggio" (comes on Friday 28 May)
    (compile_later(r"\b(?:arriva|arriverà|esce|uscirà)\s+venerd[iì]\s+(?=\d{1,2}\s)", re.I), "premieres Friday, "),
    (compile_later(r"(?<![\u0600-\u06ff])(?:غدًا|غداً|غدا)(?![\u0600-\u06ff])"), "tomorrow"),
    # (s2wild39) Italian "debutta il 28 maggio" (debuts), Polish "na Netflixie od 28 maja" (on Netflix from), Malay "keluar esok"
    # (comes out tomorrow), Turkish "…, All of Us Are Dead 2 ise 28 Mayıs'ta" (as for AOUAD 2, on 28 May: after another show's day)
    (compile_later(r"\bdebutta(?:no)?\s+(?=il\s+\d|l['’]\d|(?:luned|marted|mercoled|gioved|venerd|sabato|domenica)|domani)", re.I), "premieres "),
    (compile_later(r"\bna\s+netflix(?:ie)?\s+od\s+(?=\d{1,2}\s+(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
                   r"|listopada|grudnia)\b)", re.I), "on Netflix, premieres "),
    # (s2wild53) ... or the season's number then "od" (from) its day: "Wszyscy jesteśmy martwi 2 od 19 marca"
    (compile_later(r"(?<=\b2\s)od\s+(?=\d{1,2}\s+(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
                   r"|listopada|grudnia)\b)", re.I), lambda m: m.group(0) if _POLISH_OTHER_THING.search(m.string) else _unless_material(m, "premieres ")),
    (compile_later(r"\b(?:akan\s+|bakal\s+)?(?:keluar|tayang|ditayangkan)\s+esok\b", re.I), "premieres tomorrow"),
    # (s2wild41) Polish "już 28 maja na Netflixie" (on 28 May already), Vietnamese "đã lên Netflix rồi" (is on Netflix now)
    (compile_later(r"\bjuż\s+(?=\d{1,2}\s+(?:maja|czerwca|lipca|kwietnia|marca|sierpnia)\b)", re.I), "premieres "),
    (compile_later(r"\bđã\s+(?:lên|có\s+(?:mặt\s+)?trên)\s+(?=netflix\b)", re.I), "is out on "),
    # Tagalog "Mayo 28 na sa Netflix" (on Netflix on 28 May): the day's "na" (by then), never "palabas na sa Netflix" (out now)
    (compile_later(r"(?<=\d )na\s+(?:sa|on)\s+(?=netflix\b)", re.I), "on "),
    # (s2wild53) ... and "AOUAD 2 sa March 19" (the season's number, then "on" its day)
    (compile_later(r"(?<=\b2\s)sa\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                   + "|".join(MONTH_NAMES_IN["tl"]) + r")[a-z]*\.?\s+\d{1,2}\b)", re.I), "premieres on "),
    (compile_later(r"\bise\s+(" + _DAY_MONTH_ABROAD + r")['’](?:ta|te|da|de)\b", re.I), r"premieres on \1"),
    # (s2wild50) a release said planned or coming in a part of a year: French "sortie prévue début 2027", Indonesian and Malay
    # "akan ditayangkan awal 2027", Vietnamese "ra mắt nửa đầu năm 2027", Dutch "komt in de eerste helft van 2027", German
    # "kommt im ersten Halbjahr", Thai "มาครึ่งปีแรก" (comes in the first half)
    (compile_later(r"\bsortie\s+(?:est\s+)?prévue\s+(?:pour\s+)?(?=d[ée]but\s+20\d\d|en\s+20\d\d|au\s+premier|courant)"
                   r"|\b(?:akan\s+|bakal\s+)?(?:ditayangkan|tayang)\s+(?:pada\s+)?(?=awal\s+20\d\d|akhir\s+20\d\d|pertengahan\s+20\d\d"
                   r"|tahun\s+20\d\d)"
                   r"|\b(?:ra\s+mắt|lên\s+sóng)\s+(?:vào\s+)?(?=nửa\s+(?:đầu|cuối)|đầu\s+năm|cuối\s+năm|năm\s+20\d\d)"
                   r"|\bkomm?t\s+(?=in\s+de\s+(?:eerste|tweede)\s+helft|begin\s+20\d\d|in\s+20\d\d|im\s+(?:ersten|zweiten)\s+Halbjahr"
                   r"|in\s+der\s+(?:ersten|zweiten)\s+Jahreshälfte)"
                   r"|มา\s*(?:แน่(?:นอน)?\s*)?(?=ครึ่ง(?:ปี)?(?:แรก|หลัง)|ไตรมาส)", re.I), lambda m: _unless_material(m, "premieres ")),
    (compile_later(r"(?<=premieres )begin\s+(?=20\d\d\b)", re.I), "early "),  # Dutch "komt begin 2027" (early 2027)
    # French "au début de l'année prochaine" (early next year; "arrive" before it is the season's verb) (s2wild51)
    (compile_later(r"\b(?:au\s+)?(d[ée]but|fin)\s+(?:de\s+l['’]\s*ann[ée]e|d['’]\s*ann[ée]e)\s+prochaine\b", re.I),
     lambda m: "early next year" if m.group(1).lower() != "fin" else "late next year"),
    # (s2wild50) a half of the year as a slate says it, with its year or the slate's ("yılın ilk yarısında", "2027'nin ilk
    # yarısında", "im ersten Halbjahr", "in der ersten Jahreshälfte", "eerste helft van 2027", "first half ng 2027",
    # "w pierwszej połowie 2027", Thai "ครึ่งปีแรก"): the first or second half, "of the year" when it names none (the year a
    # slate names then, `headline_windows`); never a match's or an episode's half (a year or "the year" is said)
    (compile_later(r"\b(?:(?P<y>20\d\d)['’]?(?:nin|nın|in|ın)\s+|yılın\s+)(?P<h>ilk|ikinci)\s+yarı(?:sı|sında)\b"
                   r"|\b(?:im\s+|in\s+der\s+)?(?P<g>ersten|zweiten)\s+(?:Halbjahr|Jahreshälfte)\b(?:\s+(?P<gy>20\d\d)\b)?"
                   r"|\b(?:in\s+)?(?:de\s+)?(?P<n>eerste|tweede)\s+helft\s+van\s+(?P<ny>20\d\d)\b"
                   r"|\b(?:sa\s+)?(?P<t>first|second)\s+half\s+ng\s+(?P<ty>20\d\d)\b"
                   r"|\bw\s+(?P<p>pierwszej|drugiej)\s+połowie\s+(?:roku\s+)?(?P<py>20\d\d)\b"
                   r"|(?:ใน\s*)?ครึ่ง(?:ปี)?(?P<th>แรก|หลัง)(?:\s*(?:ของ)?\s*(?:ปี)?\s*(?P<thy>20\d\d))?", re.I), lambda m: _unless_material(m, _half(m))),
    # (s2wild56) the first quarter or the spring of a year abroad: Turkish "2027'nin ilk çeyreğinde", French "au premier trimestre
    # (2027)", Italian "nel primo trimestre", German "im ersten Quartal", Thai "ไตรมาสแรก(ปี 2027)", Arabic "في الربع الأول من 2027",
    # Vietnamese "quý 1 (năm) 2027"; Italian "nella primavera (del) 2027", Polish "wiosną 2027", Dutch "(ergens) in het voorjaar
    # (van 2027)", French "au printemps 2027", Portuguese "na primavera de 2027": the window, a quarter's year or the slate's
    (compile_later(r"\b(?:(?P<qy>20\d\d)['’]n[iı]n\s+)?ilk\s+çeyre(?:ğinde|ği|kte)\b"
                   r"|\b(?:au|nel|im)\s+(?:premier|primo|ersten)\s+(?:trimestre|quartal)\b(?:\s+(?:de\s+|del\s+)?(?P<fy>20\d\d)\b)?"
                   r"|(?:ใน\s*)?ไตรมาส(?:ที่\s*1|แรก)(?:\s*(?:ของ)?\s*(?:ปี)?\s*(?P<ty>20\d\d))?"
                   r"|في\s+الربع\s+الأول(?:\s+من\s+(?:عام\s+)?(?P<ay>20\d\d))?"
                   r"|\b(?:vào\s+)?quý\s+(?:1|I|đầu)\b(?:\s+(?:năm\s+)?(?P<vy>20\d\d)\b)?"
                   r"|(?P<spring>\b(?:nella\s+|in\s+|na\s+|au\s+)?(?:primavera|printemps)\s+(?:del\s+|de\s+)?(?P<sy>20\d\d)\b"
                   r"|\bwiosną\s+(?P<wy>20\d\d)\b|\b(?:ergens\s+)?in\s+het\s+voorjaar\b(?:\s+van\s+(?P<ny>20\d\d)\b)?)", re.I),
     lambda m: _unless_material(m, _quarter_or_spring(m))),
    # (s2wild56) Vietnamese "đầu năm 2027" (early 2027), "cuối năm 2027" (late 2027), "giữa năm 2027" (mid 2027)
    (compile_later(r"(?<!nửa\s)\b(?:vào\s+)?(đầu|cuối|giữa)\s+năm\s+(?=20\d\d\b)", re.I),  # (never a half's "nửa đầu năm")
     lambda m: {"đầu": "early ", "cuối": "late ", "giữa": "mid "}[m.group(1).lower()]),
    # (s2wild50) a Thai month alone ("อาจฉายเดือนมีนาคม", may show in March): in that month
    (compile_later(r"(?:ใน)?เดือน\s*(" + "|".join(_THAI_MONTH_NAMES) + r")(?!\s*\d)"),
     lambda m: f" in {MONTH_NAMES[_THAI_MONTH_NAMES.index(m.group(1))]} "),
)
