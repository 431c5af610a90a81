"""Posts about the season in Russian or Hindi, put in the English words the headline readers know ("выйдет 21 мая":
"premieres May 21", "21 मई को रिलीज़ होगा": "premieres on May 21"), read by `headline_abroad.in_english` among its words
(kept here to keep that module in bounds). Pure patterns on text.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.text import MONTH_NAMES

_RUSSIAN_MONTHS = dict(zip("января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
                           range(1, 13), strict=True))
_RUSSIAN_QUARTERS = {"первом": 1, "втором": 2, "третьем": 3, "четвертом": 4}
#: Hindi's months, as English names them (here and in headline_spans_abroad: "अब 30 अप्रैल को").
HINDI_MONTHS = dict(zip("जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(), MONTH_NAMES, strict=True))
RUSSIAN_AND_HINDI_WORDS = (
    # how sure it is, first: "не выйдет" (will not come out), "нет" (no), Hindi "नहीं"; "слухи", "по слухам" (rumours, by rumour),
    # "якобы", "возможно", "вероятно" (allegedly, possibly, probably), Hindi "अफवाह" (a rumour); "опроверг" (denied)
    # Hindi "(नेटफ्लिक्स ने) अफवाह को खारिज किया" ((Netflix) rejected the rumour): a denial, before अफवाह alone reads as hearsay
    (compile_later(r"(?:नेटफ्लिक्स\s+ने\s+)?(?:इस\s+|इन\s+)?अफ(?:वा|़वा)ह(?:ों)?\s+को\s+(?:खारिज|ख़ारिज)\s+(?:किया|कर\s+दिया)"), " Netflix denies it "),
    (compile_later(r"(?<![\w])(?:не|нет)(?![\w])|नहीं|नही(?![\u0900-\u097f])", re.I), " not "),
    (compile_later(r"(?<![\w])(?:по\s+слухам|по\s+данным\s+инсайдеров|слухи|слух|якобы|возможно|вероятно|предположительно"
                r"|говорят|инсайд\w*)(?![\w])|अफ(?:वा|़वा)ह", re.I), " reportedly "),
    (compile_later(r"(?<![\w])(?:опроверг\w*|опровергает)(?![\w])", re.I), " denies reports "),
    (compile_later(r"«?\s*мы\s+все\s+мертвы\s*»?|ऑल\s+ऑफ\s+अस\s+आर\s+डेड", re.I), "All of Us Are Dead"),
    (compile_later(r"(?<![\w])(?:второй\s+сезон|2\s*(?:-?й\s+)?сезон|сезон\s+2)(?![\w])|सी(?:ज़|ज)न\s*2", re.I), "Season 2"),
    (compile_later(r"(?<![\w])уже\s+(?:вышел|вышла|вышло|доступ\w*)(?![\w])", re.I), "is out now"),
    (compile_later(r"(?<![\w])уже\s+на\s+(?=netflix\b)", re.I), "is now on "),  # "уже на Netflix": already on Netflix, out
    # material: "Трейлер … выйдет 18 февраля" (the trailer comes out on February 18) is the trailer's day, never the season's (s2wild58)
    (compile_later(r"(?<![\w])(?:(трейлер\w*)|(тизер\w*)|(постер\w*))(?![\w])", re.I),
     lambda m: " trailer " if m.group(1) else " teaser " if m.group(2) else " poster "),
    # "получил дату выхода:" (got its release date:): the release date (s2wild58)
    (compile_later(r"(?<![\w])получил[аио]?\s+дату(?:\s+(?:выхода|премьеры))?(?=\s*[:—–-])", re.I), "release date"),
    (compile_later(r"(?<![\w])(?:выйдет|выходит|стартует)(?![\w])", re.I), "premieres"),
    # a premiere held at a cinema or in a city ("премьера в кинотеатре «Октябрь»", "премьера в Москве"): an event (s2wild54)
    (compile_later(r"(?<![\w])премьера(?:\s+(?:«[^»]{1,40}»|All\s+of\s+Us\s+Are\s+Dead)\s*2?)?\s+(?:в|на)\s+(?=(?:кинотеатр\w*|кино(?![\w])|москв\w*|(?:санкт-)?петербург\w*|сеул\w*|фестивал\w*))",
                   re.I), "premiere screening at "),
    # "…: премьера 19.03.2027 в 10:00 по Москве" (premiere …), never a trailer's or a teaser's ("премьера трейлера") (s2wild53)
    (compile_later(r"(?<![\w])премьера(?![\w])(?!\s+(?:трейлер|тизер|постер|клип)\w*)", re.I), "premiere"),
    (compile_later(r"(?<![\w])завтра(?![\w])", re.I), "tomorrow"),
    # (s2wild50) "в первой половине 2027 года" (in the first half of 2027), "… года" (of the year, the one a slate names)
    (compile_later(r"(?<![\w])в\s+(первой|второй)\s+половине\s+(?:(20\d\d)\s+)?года(?![\w])", re.I),
     lambda m: f" in the {'first' if m.group(1).lower() == 'первой' else 'second'} half of {m.group(2) or 'the year'} "),
    # (s2wild56) "в начале 2027 года" (early in 2027), "в начале следующего года" (early next year), "в первом квартале 2027 года" (Q1)
    (compile_later(r"(?<![\w])в\s+начале\s+(?:(20\d\d)|следующего)\s+года(?![\w])", re.I), lambda m: f" in early {m.group(1) or 'next year'} "),
    (compile_later(r"(?<![\w])в\s+(первом|втором|третьем|четв[её]ртом)\s+квартале\s+(20\d\d)\s+года(?![\w])", re.I),
     lambda m: f" in Q{_RUSSIAN_QUARTERS[m.group(1).lower().replace('ё', 'е')]} {m.group(2)} "),
    (compile_later(r"(?<![\w])в\s+(\d{1,2}):(\d\d)\s+(?:по\s+(?:москве|московскому(?:\s+времени)?)|мск)(?![\w])", re.I),
     r"at \1:\2 UTC+3"),
    (compile_later(r"(?<![\w])(\d{1,2})\s+(" + "|".join(_RUSSIAN_MONTHS) + r")(?![\w])", re.I),
     lambda m: f"{MONTH_NAMES[_RUSSIAN_MONTHS[m.group(2).lower()] - 1]} {int(m.group(1))}"),
    (compile_later(r"(?<![\w])на\s+(?=netflix\b)", re.I), "on "),
    # material: "का ट्रेलर 19 मार्च को आएगा" (its trailer comes on March 19) is the trailer's day, never the season's
    (compile_later(r"(?:का\s+)?(?:(ट्रेलर|ट्रैलर)|(टीज़र|टीजर)|(पोस्टर))"),
     lambda m: " trailer " if m.group(1) else " teaser " if m.group(2) else " poster "),
    (compile_later(r"(?:नेटफ्लिक्स|(?<![\w])netflix)\s+पर", re.I), "on Netflix"),  # (its name in Latin letters too)
    # (with "on Netflix" between, and its negation: "11 जून को रिलीज़ नहीं होगा", will not come out on June 11)
    # (or no verb at all: "21 मई को … Netflix पर", on May 21 … on Netflix)
    (compile_later(r"(\d{1,2})\s+(" + "|".join(HINDI_MONTHS) + r")\s+को(?P<verb>\s+(on\s+Netflix\s+)?रिली(?:ज़|ज)\s+(\s*not\s+)?(?:होगा|होगी"
                r"|हो\s+रहा\s+है|हो\s+रही\s+है))?"),
     lambda m: (f"{'not ' if m.group(5) else ''}premieres {m.group(4) or ''}" if m.group("verb") else "")
     + f"on {HINDI_MONTHS[m.group(2)]} {int(m.group(1))}"),
    # a card's day alone, then its hour, in parts ("16 अप्रैल · दोपहर 12:30 बजे (IST) · नेटफ्लिक्स"): April 16, on Netflix
    (compile_later(r"(\d{1,2})\s+(" + "|".join(HINDI_MONTHS) + r")(?=\s*(?:[·|•]|$))"),
     lambda m: f"{HINDI_MONTHS[m.group(2)]} {int(m.group(1))}"),
    (compile_later(r"(?<=·)\s*नेटफ्लिक्स\s*$"), " Netflix"),
    # the verb after the day's hour: "19 मार्च को दोपहर 12:30 बजे (IST) रिलीज़ होगा" (will come out at 12:30 IST on March 19)
    (compile_later(r"रिली(?:ज़|ज)\s+(?:होगा|होगी|हो\s+रहा\s+है|हो\s+रही\s+है)"), " premieres "),
    # "साल 2027 की पहली छमाही में आएगा" (will come in the first half of the year 2027), "2027 में आएगा" (will come in 2027)
    (compile_later(r"(?:साल\s+)?(20\d\d)\s+की\s+पहली\s+छमाही\s+में"), r" in the first half of \1 "),
    # (s2wild56) "2027 की पहली तिमाही में" (in the first quarter of 2027), दूसरी (second)
    (compile_later(r"(?:साल\s+)?(20\d\d)\s+की\s+(पहली|दूसरी|तीसरी|चौथी)\s+तिमाही\s+में"),
     lambda m: f" in Q{('पहली', 'दूसरी', 'तीसरी', 'चौथी').index(m.group(2)) + 1} {m.group(1)} "),
    # (s2wild50) "साल की पहली छमाही में" (in the first half of the year a slate names), "अगले साल की शुरुआत में" (early next year)
    (compile_later(r"साल\s+की\s+पहली\s+छमाही\s+में"), " in the first half of the year "),
    (compile_later(r"अगले\s+साल\s+की\s+शुरुआत\s+में"), " in early next year "),
    (compile_later(r"(?<![\w])(?:में\s+)?आ(?:एगा|एगी|एंगे|येगा|येगी)"), " coming "),
    # "अब (नेटफ्लिक्स पर) स्ट्रीम हो रहा है" (is streaming now (on Netflix)): out
    (compile_later(r"अब\s+(on\s+Netflix\s+)?स्ट्रीम\s+हो\s+(?:रहा|रही|रहे)\s+है"), lambda m: f"is now streaming {m.group(1) or ''}"),
)
