"""Posts about the season written in Spanish, Portuguese, Indonesian, Malay, French, German, Dutch, Italian, Polish, Turkish,
Vietnamese, Thai, Tagalog or Hinglish, put in the English words the headline readers know ("Temporada 2 llega el 5 de marzo": "Season 2 premieres March 5"), and Japanese
or Chinese ones in Korean (`headline_cjk.in_korean`). Read by `headline_forms.with_verbs_spelt`. Pure functions on text.
"""

from __future__ import annotations

import functools
import re

from bot.lazy_re import RewriteTable, compile_later
from bot.season2.dates_abroad import abroad_in_english
from bot.season2.sources.headline_cjk import in_korean, japanese_or_chinese
from bot.season2.sources.headline_negations_abroad import NOT_OR_ASKED_ABROAD, corrected_day
from bot.season2.sources.headline_numbers import without_non_days
from bot.season2.sources.headline_russian_hindi import RUSSIAN_AND_HINDI_WORDS
from bot.season2.sources.headline_spans_abroad import (
    ARABIC_WORDS,
    RELEASE_WORDS_ABROAD,
    day_part_hour,
    spans_and_hours_in_english,
    unless_an_events,
)
from bot.season2.sources.headline_strength import said_true
from bot.season2.sources.headline_words import WEEKDAY
from bot.season2.sources.other_titles import ABROAD_SHOW_NAME, EN_SHOW_NAME
from bot.text import HANGUL, KOREAN_WEEKDAY_LETTERS, MONTH_NAMES, MONTH_NAMES_IN
from bot.zones import ZONE_AFTER_HOUR, with_zones_in_words

#: A zone said after an hour, kept instead of the language's own clock (`bot.zones.ZONE_AFTER_HOUR`).
_SAID_ZONE = rf"(?:\s*\(?\s*(?P<zone>{ZONE_AFTER_HOUR})(?:\s*\))?)?"
#: The season by its English name (as `headline_forms` lists it): "All of Us Are Dead 2", "AOUAD (Season 2)".
#: The words for a year's first half (`_ABROAD`'s halves); any other is its second.
_FIRST_HALF = frozenset({"primera", "primeira", "première", "premiere", "prima", "ersten", "primer", "primeiro", "premier",
                         "đầu", "ilk"})
_NAME = "(?:" + EN_SHOW_NAME + r")['’\"”]?\s*\(?\s*(?:(?:season|series|part)\s*(?:2|two)|s2|2)\b['’\"”]?(?:\s*\))?"

#: An hour written "16h" (Portuguese, French, Spanish, and in English posts too: "at 16h (UTC+8)", s2wild77) with a zone after it:
#: that hour, in that zone ("amanhã 4h BRT", "demain à 3h ET").
_HOUR_IN_H = (compile_later(rf"(?<![\w:.])(\d{{1,2}})h(\d\d)?(?=\s*,?\s*\(?\s*{ZONE_AFTER_HOUR})", re.I),
              lambda m: unless_an_events(m, f"at {m.group(1)}:{m.group(2) or '00'}"))

#: Friday in Spanish, Portuguese, Indonesian and French.
_FRIDAY = r"(?:viernes|sexta(?:-feira)?|jumat|vendredi)"

#: A post in Spanish, Portuguese or Indonesian, as Netflix's regional accounts and outlets write about the season.
_ABROAD = compile_later(r"\b(enero|febrero|marzo|mayo|junio|julio|setiembre|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro"
                     r"|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maret|agustus|oktober|desember"
                     r"|abril|puedes|temporada|estreno|estreia|estrena|llega|llegará|llegaría|saldr[íi]a|estrenaría|chegaria|estrearia|chega|chegará|vuelve|regresa|regressa|tayang|disponible|disponível|dikabarkan"
                     r"|estamos\s+(?:muertos|mortos)|non\s+siamo\s+più\s+vivi|besok|mañana|amanhã|dia(?=\s+\d)|saison|sortie|avril|juin|juillet"
                     r"|staffel|verschoben|verschiebt|starttermin|startet|erscheint|diundur|ditunda|adia|adiad[ao]|retrasa|desmiente|desmente"
                     r"|membantah|bantah|menepis|bocoran|itinanggi|pinabulaanan|filtr[oó]|filtrad[ao]s?|filtraci[oó]n|vazou|vazad[ao]s?|vazamento|disebut|katanya|kabarnya|daw|rilis|musim|angeblich|gerüchte?|rumeur|repouss[ée]e?s?"
                     r"|report[ée]e?s?|sortira|débarque|dément|dementiert|kommt|wohl|fecha|dicen|parece|dizem|paraît|mapapanood|ipapalabas|kumpirmado|phần|mùa|hoaks|intox|domani|arriva|uscirà|uscit[ao]|ditayangkan|jumat|premiera|już|heute|hari\s+ini|prévue?|smentisce|stagione|seizoen|verschijnt|vanaf|yayınlanacak|yarın|bugün|hoje|oggi|keluar|tonton|sort|sau|bukas|saiu|salió|morgen|esok)\b|\bjá\s"  # (and German: "Staffel 2 verschoben")
                     r"|ngôi\s+trường\s+xác\s+sống|\bcòn\s+\d|tháng|\bra\s+(?:mắt\b|ngày\s+\d)|มัธยมซอมบี้|ซีซั่น"  # the show's Vietnamese and Thai titles
                     # a day moved earlier, a quarter, a German month or day after its preposition ("im Juni", "am 11. Juni"),
                     # and posts in Thai or Arabic script (whose words the readers know only once put in English)
                     r"|\b(?:adelanta\w*|antecipad[ao]|antecipa|avancée?s?|dimajukan|früher|kuartal|triwulan|trimestre|quartal)\b"
                     r"|\b(?:im\s+|\d{1,2}\.\s*)(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b"
                     r"|\barrive(?:ra)?\s+le\s+\d|\bsa\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d|\bnetflix['’]te\b|\bfalta[mn]?\s+\d|\bam\s+\d{1,2}\.\s|[\u0e00-\u0e7f]|[\u0600-\u06ff]|[\u0400-\u04ff]|[\u0900-\u097f]|\bna\s+(?:ang|lang|raw)\b|\bsabi\s+n[gi]\b|\bang\s+aouad\b"  # (Taglish: below)
                     # Italian, Polish, Turkish, Malay, Tagalog and Hinglish (Hindi in Latin letters) words the readers need
                     r"|\b(?:disponibile|slitta\w*|rinviat[oa]|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gennaio|febbraio"
                     r"|dostępn\w*|martwi|sezon\w*|stagione|yayında|ertelendi|öldük|tak\s+sabar|kini|(?:labas|live)\s+na|aa\s+(?:gaya|gayi|raha|rahi))\b", re.I)
_MONTHS_ABROAD = {name: number for number, names in enumerate((
    "enero janeiro januari janvier januar gennaio ocak", "febrero fevereiro februari février februar febbraio şubat",
    "marzo março maret mars märz mart maart", "abril april avril aprile nisan",
    "mayo maio mei mai maggio mayıs", "junio junho juni juin giugno haziran", "julio julho juli juillet luglio temmuz",
    "agosto agustus août ağustos augustus", "septiembre setiembre setembro september septembre settembre eylül",
    "octubre outubro oktober octobre ottobre ekim", "noviembre novembro november novembre kasım",
    "diciembre dezembro desember décembre dezember dicembre aralık"), start=1)
    for name in names.split()}
_SEASONS_ABROAD = {**dict.fromkeys(("frühjahr", "frühling", "primavera", "printemps"), "spring"),
                   **dict.fromkeys(("sommer", "verano", "verão", "été"), "summer"),
                   **dict.fromkeys(("herbst", "otoño", "outono", "automne"), "autumn"),
                   **dict.fromkeys(("invierno", "inverno", "hiver"), "winter")}
_THAI_MONTHS = dict(zip("ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split(), range(1, 13), strict=True))
#: ... and in full, as outlets write them: "4 มิถุนายน 2027".
_THAI_MONTHS_FULL = dict(zip("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"
                             .split(), range(1, 13), strict=True))
#: Polish months as a day is written before them, in the genitive: "9 kwietnia" (the 9th of April).
_POLISH_MONTHS = dict(zip("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
                          range(1, 13), strict=True))
_DAY_MONTHS = {**_MONTHS_ABROAD, **_POLISH_MONTHS, **_THAI_MONTHS, **_THAI_MONTHS_FULL}  # Thai writes its months short, with dots: "18 มิ.ย."
#: (a Thai year may be the Buddhist era's, 543 years ahead: "14 พฤษภาคม 2570" is 14 May 2027)
_DAY_ABROAD = compile_later(r"\b(\d{1,2})\.?\s+(?:de\s+)?(" + "|".join(map(re.escape, _DAY_MONTHS)) + r")(?!\w)(?:\s+(?:de\s+)?(20\d\d|25\d\d)\b)?"
                         # (never a month with its own day after it, a title's number before: "AOUAD 2 Mayo 28", "… 2. April 9.")
                         r"(?!\s+\d{1,2}(?![\d:]|\.\d)(?!\s*(?:[ap]\.?\s?m\b|uhr|h\b|hrs?\b|horas?|heures?|ore\b|giờ|saat|jam|น)))", re.I)
#: Day first, as those countries write it: "05/03" is the 5th of March, "23/4/2027" and "14.05.2027" with their year.
_NUMERIC_ABROAD = compile_later(r"(?<![\d/.:])(?!24/7\b)(\d{1,2})/(\d{1,2})(?:/(20\d\d|25\d\d))?(?![\d/:])"  # (never "24/7": all the time)
                             # German's "am 07.05." (its year left out, the stop after the month kept)
                             r"|(?<![\d/.:])(\d{1,2})\.(\d{1,2})\.(20\d\d\b|(?![\d.]))")
#: Korean and Japanese write a numeric day month first: "5/14 공개", "5/7 공개였는데 5/14로 연기됨" (in Korean words, as
#: "5월 14일", so the Korean readers take it with its particles); never "24/7" nor a day's own stroke ("1/2화").
_KOREAN_NUMERIC = compile_later(r"(?<![\d/.:])(?!24/7\b)(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?![\d/:%])(?!\s*(?:화|회|편|부|차|위))")
#: Tagalog months, said before their day as in English: "Mayo 14".
_TAGALOG_MONTHS = {name.casefold(): number for number, name in enumerate(MONTH_NAMES_IN["tl"], start=1)}
_MONTH_DAY_TAGALOG = compile_later(r"\b(" + "|".join(_TAGALOG_MONTHS) + r")\s+(\d{1,2})\b(?!\s*(?:de|ng)\b)", re.I)
#: Indonesian months, as a part of a month is said before them ("akhir april").
_ID_MONTH = r"(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b"
_ORDINALS = {**dict.fromkeys("i 1 pertama primer primero primeiro premier ersten erste".split(), 1),
             **dict.fromkeys("ii 2 kedua segundo second deuxième zweiten zweite".split(), 2),
             **dict.fromkeys("iii 3 ketiga tercer tercero terceiro troisième dritten dritte".split(), 3),
             **dict.fromkeys("iv 4 keempat cuarto quarto quatrième vierten vierte".split(), 4)}
#: A quarter of the year ("Kuartal II 2027", "triwulan kedua", "segundo trimestre de 2027", "im zweiten Quartal 2027",
#: Thai "ไตรมาส 2 ปี 2027"): English's "Q2 2027" (its year kept, a Thai Buddhist one in the common era).
_QUARTERS = (
    (compile_later(r"\b(?:kuartal|triwulan|quartal)\s+(i{1,3}|iv|[1-4]|pertama|kedua|ketiga|keempat)\b(?:\s+(?:tahun\s+)?(20\d\d))?"
                r"|\b(?:(?:en\s+el|no|au|im|pada)\s+)?(primer|segundo|tercer|cuarto|primeiro|terceiro|quarto|premier|deuxième|second"
                r"|troisième|quatrième|ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte)\s+(?:trimestre|quartal)\b"
                r"(?:\s+(?:de\s+|del\s+|do\s+)?(20\d\d))?", re.I),
     lambda m: f" Q{_ORDINALS[(m.group(1) or m.group(3)).lower()]}" + (f" {m.group(2) or m.group(4)}" if m.group(2) or m.group(4) else "")),
    (compile_later(r"ไตรมาส(?:ที่)?\s*([1-4])(?:\s*(?:ปี|พ\.ศ\.|ค\.ศ\.)?\s*(20\d\d|25\d\d))?"),
     lambda m: f" Q{m.group(1)}" + (f" {_common_year(int(m.group(2)))}" if m.group(2) else "")),
)
#: A premiere brought forward, in Spanish, Portuguese, French, Indonesian, German and Thai ("adelanta su estreno al 4 de
#: junio", "foi antecipada para", "avancée au", "dimajukan seminggu jadi", "kommt eine Woche früher", "เลื่อนเร็วขึ้นเป็น"):
#: English's "moved up to", a change of the release's day to the day after it (never a delay).
_MOVED_EARLIER = (
    (compile_later(r"\b(?:se\s+)?adelanta(?:da|do)?\s+(?:(?:su|el)\s+estreno\s+)?(?:una\s+semana\s+)?(?:al|a\s+el|a|para)\b"
                r"|\b(?:foi\s+|é\s+)?antecipad[ao]\s+(?:em\s+uma\s+semana\s+)?(?:para|pra)\b|\bantecipa\s+(?:(?:a|sua)\s+estreia\s+)?(?:para|pra)\b"
                r"|\b(?:est\s+)?avancée?s?\s+(?:d['’]une\s+semaine\s+)?(?:au|à)\b"
                r"|\bdimajukan\b(?:\s+(?:seminggu|sepekan))?(?:\s+(?:jadi|menjadi|ke))?", re.I), "moved up to"),
    (compile_later(r"\b(?:kommt|startet|erscheint)\s+(?:eine|1|zwei|2)\s+wochen?\s+früher\b[:,]?", re.I), "moved up a week:"),
    (compile_later(r"เลื่อน(?:ให้)?เร็วขึ้น(?:\s*(?:เป็น|มาเป็น))?"), " moved up to "),
)
#: Russian: the show («Мы все мертвы»), its second season, "выйдет"/"выходит" (comes out), "уже вышел" (is out), "завтра"
#: (tomorrow), its months after their day ("4 июня") and Moscow's clock; Hindi in its script: the show's name spelt out,
#: "सीजन 2", "नेटफ्लिक्स पर" (on Netflix) and "4 जून को रिलीज होगा" (comes out on June 4). In English words.
#: Thai: "เข้าฉาย" (comes to screens) before its day, "ดูได้แล้ว(วันนี้)" (can be watched now, today): out.
_THAI_WORDS = (
    # the trailer and the teaser (ตัวอย่าง, ทีเซอร์) first, so a day beside them stays theirs, as in English
    (compile_later(r"ตัวอย่าง(?:แรก|หลัก|ล่าสุด|ใหม่|ทางการ|อย่างเป็นทางการ)?"), " trailer "),
    (compile_later(r"ทีเซอร์"), " teaser "),
    (compile_later(r"พากย์ไทย|พากย์"), " dub "),  # a dub lands on a day of its own
    # "ลือกันว่าจะมาช่วงไตรมาส 2" (it is rumoured it comes in Q2): a rumour of when it comes
    (compile_later(r"(?:ข่าว)?ลือกันว่า(?:จะ)?(?:มา|ฉาย)?(?:ช่วง|ใน)?"), " reportedly premieres in "),
    (compile_later(r"(?:เข้าฉาย|สตรีม(?!แล้ว)|ออก(?=\s*\d{1,2}\s*[ก-๙]))(?:วันที่)?"), " premieres "),  # (สตรีม: streams; ออก: comes out, before its day)
    # "พรุ่งนี้ 14.00 น. … มาแล้ว" (tomorrow at 14:00 … is coming): it premieres tomorrow (มาแล้ว alone is "here now")
    (compile_later(r"พรุ่งนี้(.*?)มาแล้ว"), r"\1 premieres tomorrow "),
    (compile_later(r"\s*ดูได้แล้ว(?:วันนี้)?\s*"), " is now streaming "),
    # "ลง Netflix วันนี้ 14.00 น." (lands on Netflix today, at 14:00): it premieres today (ลงแล้ว, landed, is out)
    (compile_later(r"\s*ลง\s*(?:บน\s*)?(?:netflix|เน็ตฟลิกซ์)\s*วันนี้(?!\s*แล้ว)\s*", re.I), " premieres today "),
    (compile_later(r"\s*สรุป(?:เนื้อเรื่อง)?\s*(?:ตอนที่|EP\.?)\s*(\d{1,2})\s*", re.I), r" Episode \1 recap "),  # an episode's recap: out
)
_WORDS_ABROAD = RewriteTable(
    # (first, before "non" reads as "not") the show's Italian title
    (compile_later(r"\bnon\s+siamo\s+più\s+vivi\b", re.I), "All of Us Are Dead"),
    # (first, before "não" reads as "not") a denial negated ("no desmiente que … llegue en junio": does not deny it) leaves the report standing, a rumour
    # ("ni confirma ni desmiente" names no day: nothing)
    (compile_later(r"\b(?:no|não|nao)\s+(?:desmiente|desmente|niega|nega|descarta)\s+que\b([^.;…?!]*?)\b(?:se\s+)?(?:llegue|estrene"
                r"|salga|chegue|estreie|saia)\b", re.I), lambda m: "rumour:" + m.group(1) + "premieres"),
    # Vietnamese "ngày phát hành (vẫn) chưa được công bố" (the release date not announced yet): no negation of what else is said
    (compile_later(r"\bngày\s+(?:phát\s+hành|ra\s+mắt|lên\s+sóng)\s+(?:vẫn\s+)?chưa\s+(?:được\s+)?(?:công\s+bố|xác\s+nhận)\b", re.I),
     "release date not yet announced"),
    *NOT_OR_ASKED_ABROAD,
    # Spanish, Vietnamese, Thai, Turkish, Polish
    (compile_later(ABROAD_SHOW_NAME, re.I),
     "All of Us Are Dead"),
    # an episode of it watched, the trailer said to have lied ("vi o ep 1 de Estamos Mortos 2 e o trailer mentiu", s2wild73)
    (compile_later(r"\b(?:acab(?:ei|o)\s+de\s+ver|vi|assisti(?:\s+a)?|terminei|termin[ée])\s+(?:o|el)\s+(ep(?:is[óo]dio)?\s*\d+)\s+(?:de|da|do)\s+"
                   r"(?=All of Us Are Dead)", re.I), r"watched \1 of "),
    (compile_later(r"\b(?:(?:o|el)\s+tr[áa]iler)\s+(?:mentiu|minti[óo])\b", re.I), "the trailer lied"),
    # Turkish, Polish and Italian "2. sezon", "sezon 2", "ikinci sezon", "drugi sezon", "stagione 2": the second season
    (compile_later(r"\b2\.\s*sezon(?:u|un|a)?\b|\bsezon\s+2\b|\b(?:ikinci|drugi)\s+sezon\w*|\b(?:la\s+)?(?:stagione\s+2|seconda\s+stagione)\b",
                re.I), "Season 2"),
    # Spanish fans' "T2" (temporada 2) after the show's name: "Estamos Muertos T2 ya tiene fecha"
    (compile_later(r"(?<=All of Us Are Dead)\s+T\.?\s?2\b"), " Season 2"),
    *ARABIC_WORDS,  # a post in Arabic (headline_spans_abroad's)
    *RUSSIAN_AND_HINDI_WORDS,  # (headline_russian_hindi's)
    *_THAI_WORDS,
    *RELEASE_WORDS_ABROAD,  # Dutch, Turkish and Malay release verbs (headline_spans_abroad's)
    # Turkish "… 2. sezona son 1 hafta" (one week left to the season), "son 3 gün" (three days): the fans' countdown
    (compile_later(r"(All of Us Are Dead Season 2)\s+son\s+(\d{1,2}|bir)\s+(hafta|gün)\b", re.I),
     lambda m: f"{'one' if not m.group(2).isdigit() else m.group(2)} {'weeks' if m.group(3).lower() == 'hafta' else 'days'} until {m.group(1)}"),
    (compile_later(r"\b(?:(?:la|a)\s+)?(?:(?:2ª|2a|segunda)\s+temporada|temporada\s+(?:2|dos|dois)|saison\s+(?:2|deux)"
                r"|(?:die\s+)?(?:staffel\s+2|zweite\s+staffel)|(?:mùa|phần)\s+2|musim\s+(?:2|kedua))\b|ซีซั่น\s*2", re.I),
     "Season 2"),
    # the season "of" the show, as Spanish, French and Portuguese order it ("la segunda temporada de Estamos Muertos", "La
    # saison 2 de All of Us Are Dead"): after the show's name, as English says it
    (compile_later(r'\bSeason 2\s+(?:(?:de|da|do|di|von|van)\s+)?[„“"]?(All of Us Are Dead)\b[”"]?'), r"\1 Season 2"),  # (or quoted: „…”)
    # French "arrive le 4 juin" (comes on June 4) or "arrive début 2027", before its day or its year's start only
    (compile_later(r"\b(?:arrive(?:ra)?|(?<!pas\sde\s)(?<!aucun\s)rendez-vous)\s+(?=(?:le|on)\s+\d|d[ée]but\s+20\d\d\b|(?:early|late)\s+next"
                   r"\s+year\b)", re.I), "premieres "),  # (rendez-vous: see you)
    # Portuguese "faltam 30 dias pra …", Spanish "faltan 30 días para …" (30 days left until): the fans' countdown
    (compile_later(r"\bfalta[mn]?\s+(\d{1,3}|uma?|una?)\s+(dias?|días?|semanas?)\s+(?:pra|para)\s+(?:o\s+|a\s+|el\s+|la\s+)?", re.I),
     lambda m: f"{'one' if not m.group(1).isdigit() else m.group(1)} {'weeks' if m.group(2).lower().startswith('sem') else 'days'} left until "),
    # the first or second half of a year ("la primera mitad de 2027", "primeiro semestre de 2027", "premier semestre 2027",
    # "nella prima metà del 2027", "in der ersten Jahreshälfte 2027", "nửa đầu năm 2027", "2027'nin ilk yarısında")
    (compile_later(r"\b(?:(?:en|em|no|na|au|dans|nella|in\s+der)\s+)?(?:(?:la|a|le)\s+)?(?P<a>primera|primeira|premi[eè]re|segunda"
                r"|seconde|deuxi[eè]me|prima|seconda|ersten|zweiten)\s+(?:mitad|metade|moiti[eé]|metà|(?:jahres)?hälfte)"
                r"\s+(?:de\s+|do\s+|du\s+|del\s+)?(?:l['’]année\s+)?(?P<y>20\d\d)\b"
                r"|\b(?:(?:en|em|no|au)\s+)?(?:el\s+|o\s+|le\s+)?(?P<b>primer|primeiro|premier|segundo|second)\s+semestre\s+(?:de\s+|do\s+)?"
                r"(?P<z>20\d\d)\b|\b(?:vào\s+)?nửa\s+(?P<v>đầu|cuối|sau)\s+(?:năm\s+)?(?P<vy>20\d\d)\b"
                r"|\b(?P<ty>20\d\d)['’]n[iı]n\s+(?P<t>ilk|ikinci)\s+yarıs[ıi](?:nda)?\b", re.I),
     lambda m: f"in the {'first' if (m['a'] or m['b'] or m['v'] or m['t']).lower() in _FIRST_HALF else 'second'} half of "
               f"{m['y'] or m['z'] or m['vy'] or m['ty']}"),
    *_MOVED_EARLIER,  # "adelanta su estreno al", "antecipada para", "avancée au", "dimajukan … jadi", "eine Woche früher"
    *_QUARTERS,  # "Kuartal II 2027", "segundo trimestre de 2027", "im zweiten Quartal": Q2 2027
    # Vietnamese days: "ngày 7 tháng 5" (the 7th of the 5th month), "tháng 3/2027" (March 2027); "lên sóng" (airs; "đã lên sóng" is out)
    (compile_later(r"\b(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\b(?:\s*(?:/|năm)\s*(20\d\d)\b)?", re.I),
     lambda m: _month_day(int(m.group(2)), int(m.group(1)), m.group(3), m.group(0))),
    (compile_later(r"\b(?:vào\s+)?tháng\s+(\d{1,2})\s*(?:/|năm)\s*(20\d\d)\b", re.I),
     lambda m: f"in {MONTH_NAMES[int(m.group(1)) - 1]} {m.group(2)}" if 1 <= int(m.group(1)) <= 12 else m.group(0)),
    # Vietnamese "tháng 6 năm nay" (June this year), "xác nhận" (confirmed), "chốt lịch 11.6" (set the date: 11 June),
    # "vẫn chiếu" (still airs), "như đã công bố" (as announced)
    (compile_later(r"\b(?:vào\s+)?tháng\s+(\d{1,2})\s+năm\s+nay\b", re.I),
     lambda m: f"in {MONTH_NAMES[int(m.group(1)) - 1]}" if 1 <= int(m.group(1)) <= 12 else m.group(0)),
    (compile_later(r"\bxác\s+nhận\b", re.I), "confirmed:"),
    # "Ngôi Trường Xác Sống 2 là 19/3" (is 19/3, its name in English by now): the season's day with no verb, as "aouad 2 3/19" (s2wild105)
    # Tagalog's day before its subject ("march 19 daw ang aouad 2": the 19th, they say, is aouad 2's): the season then its day (s2wild105;
    # with no "daw" too, "sabi ni ate march 19 ang aouad 2", s2wild106)
    (compile_later(r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                   r"|nov|dec)[a-z]*)\s+((?:(?:na|daw|raw)\s+){0,2})ang\s+(aouad\s*2|all\s+of\s+us\s+are\s+dead\s*(?:season\s*)?2)(?=\W*$)", re.I),
     r"\3 premieres on \1 \2"),  # (as "aouad 2 sa march 19" is read)
    (compile_later(r"(?<=\bdead 2)\s+là\s+(?=(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?![\d/]))", re.I), " "),
    (compile_later(r"(?<=\d)\s+(?:nha|nhé|nhe)(?:\s+(?:mọi\s+người|cả\s+nhà|mn|ae))?(?=[\s!.~]*$)", re.I), ""),  # ("… 19/3 nha mọi người": hey all)
    (compile_later(r"\bcòn\s+(\d{1,3})\s+(ngày|tuần)\s+nữa(?:\s+là)?\s*", re.I),
     lambda m: f"{m.group(1)} {'weeks' if m.group(2).lower() == 'tuần' else 'days'} until "),
    (compile_later(r"\bchốt\s+(?:lịch|ngày)(?:\s+(?:chiếu|ra\s+mắt|lên\s+sóng|phát\s+sóng))?\s+(\d{1,2})[./](\d{1,2})\b(?![./]?\d)", re.I),
     lambda m: "premieres " + _month_day(int(m.group(2)), int(m.group(1)), None, m.group(0))),
    (compile_later(r"\bvẫn\s+(?=chiếu\b|lên\s+sóng\b|ra\s+mắt\b)", re.I), "still "),
    (compile_later(r"(?<!đã\s)\bchiếu\b(?=\s+\d)", re.I), "premieres"),
    (compile_later(r"\bnhư\s+đã\s+(?:công\s+bố|thông\s+báo)\b", re.I), "as announced"),
    (compile_later(r"(?<!đã\s)\b(?:sẽ\s+)?lên\s+sóng(?!\s+rồi\b)(?:\s+vào)?(?:\s+ngày)?(?=\s+(?:\d|in\s|[A-Z]))", re.I), "premieres"),
    (compile_later(r"(?<!đã\s)\b(?:sẽ\s+)?lên\s+netflix(?!\s+rồi\b)(?:\s+(?:lúc|vào))*(?:\s+ngày)?(?=\s+(?:\d|[A-Z]))", re.I), "premieres on Netflix"),
    # Vietnamese "(bị) hoãn (một tuần)" (put off by a week), not before the release's verb (that day taken back, below)
    (compile_later(r"\b(?:bị\s+)?(?:trì\s+)?hoãn\b(?!\s+(?:ra\s+mắt|phát\s+hành|chiếu|premieres)\b)(?:\s+một\s+tuần)?", re.I), "delayed"),
    # the day set aside: German "statt", Spanish "en lugar de", Portuguese "em vez de", French "au lieu de"
    (compile_later(r"\b(?:an)?statt\b|\ben\s+(?:lugar|vez)\s+del?\b|\bem\s+vez\s+de\b|\bao\s+invés\s+de\b|\bau\s+lieu\s+du?\b", re.I),
     "instead of"),
    # French "pas de rendez-vous le 9 avril", "aucun rendez-vous le 9 avril" (no date that day): a negation too
    (compile_later(r"\b(?:pas\s+de|aucune?)\b(?=\s+(?:rendez-vous|sortie|date|premi[eè]re|diffusion)\b)", re.I), "not"),
    # French "rendez-vous le 7 mai (sur Netflix)": see you on that day (Netflix's own sign-off)
    (compile_later(r"\brendez-vous\s+(?:le\s+)?(?=\d)", re.I), "see you on "),
    (compile_later(r"\bsur\s+(?=netflix\b)", re.I), "on "),
    # a month and its year, no day before it ("Maret 2027", "marzo de 2027", "en mars 2027"): that month of that year
    (compile_later(r"(?<![\d.])(\d{1,2}\.?\s+(?:de\s+)?)?\b(?:(?:en|em|di|pada|im|in)\s+(?:bulan\s+)?)?(" + "|".join(_MONTHS_ABROAD)
                + r")\s+(?:de\s+)?(20\d\d)\b", re.I),
     lambda m: m.group(0) if m.group(1) else f"in {MONTH_NAMES[_MONTHS_ABROAD[m.group(2).lower()] - 1]} {m.group(3)}"),
(compile_later(r"\b(?:ya\s+(?:está\s+)?disponible|(?:está\s+)?disponible\s+ya\b(?![^.!?;]*?\b(?:en\s+unas|desde\s+el|el\s+\d|a\s+las|mañana)\b)|ya\s+(?:puedes|pueden|podés|se\s+puede)\s+ver|já\s+(?:está\s+)?disponível|(?:sudah|udah)\s+(?:tayang|bisa\s+ditonton)|(?:já\s+)?está\s+no\s+ar)\b"
                r"|\bđã\s+(?:lên\s+sóng|ra\s+mắt|phát\s+hành)|\b(?:lên\s+sóng|ra\s+mắt|lên\s+netflix)\s+rồi\b", re.I), "is now streaming"),  # Vietnamese: out
    (compile_later(r"\s*(?:ฉาย|สตรีม)แล้ว(?:วันนี้)?\s*"), " is now streaming "),  # Thai, written without spaces: out (today)
    # out, in Italian ("è disponibile su Netflix", never "dal 7 maggio", from a day to come), Polish ("już dostępny", never
    # "od 7 maja"), Turkish ("Netflix'te yayında", never a day's "7 Mayıs'ta yayında"), Malay ("kini di Netflix") and
    # Hinglish ("aa gaya", it has come); never the cast "canlı yayında" (on a live stream)
    (compile_later(r"\bnetflix['’]te\s+yayında\b|\bkini\s+di\s+netflix\b", re.I), "is now streaming on Netflix"),
    (compile_later(r"\bnetflix['’]te\b", re.I), "on Netflix"),  # (Turkish "21 Mayıs'ta … Netflix'te": on Netflix, the day's)
    # French "est (maintenant) disponible sur Netflix" (never from a day to come: "à partir du", "dès le", "le 4 juin")
    (compile_later(r"\best\s+(?:maintenant\s+|enfin\s+|désormais\s+)?disponible\b(?![^.!?;]*?\b(?:à\s+partir|dès|le\s+\d|from)\b)", re.I),
     "is now streaming"),
    (compile_later(r"\bè\s+(?:ora\s+|finalmente\s+)?disponibile\b(?![^.!?;]*?\b(?:dal|dall['’]|a\s+partire)\b)"
                r"|\b(?:już\s+)?(?:jest\s+)?dostępn[yaei]\b(?![^.!?;]*?\bod\b)|(?<!['’]ta\s)(?<!['’]te\s)(?<!['’]da\s)(?<!['’]de\s)(?<!canlı\s)"
                r"\byayında\b|\baa\s+(?:gaya|gayi|gaye|chuka|chuki)\b", re.I), "is now streaming"),
    # Tagalog "Labas na ang AOUAD S2" (it is out now), "AOUAD S2 sa April 23 na" (on April 23 now); Hinglish "23 April ko aa
    # raha hai" (comes on April 23)
    (compile_later(r"^(\W*)(?:labas|live)\s+na\s+(?:ang\s+|['’]?yung\s+)?(" + _NAME + ")", re.I), r"\1\2 is out now"),
    (compile_later(r"^(\W*)(" + _NAME + r")\s+sa\s+((?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2}|\d{1,2}\s+(?:" + "|".join(MONTH_NAMES)
                + r"))(?:\s+na\b|(?=\s+on\s+netflix\b))", re.I), r"\1\2 premieres \3"),  # ("… na sa Netflix": on Netflix)
    (compile_later(r"(\d{1,2}\s+[a-z]{3,}|[a-z]{3,}\s+\d{1,2})\s+ko\s+aa\s+(?:raha|rahi|rahe)\s+hai\b", re.I), r"premieres \1"),
    (compile_later(r"\bnetflix\s+pe\b", re.I), "on Netflix"),
    (compile_later(r"\bsu\s+(?=netflix\b)", re.I), "on "),
    # Malay "confirm 23 April" (it is confirmed for that day); "tak sabar" (can't wait) no negation
    (compile_later(r"\bconfirm\s+(?=\d{1,2}\s+[a-z]{3,}\b)", re.I), "premieres "),
    (compile_later(r"\btak\s+sabar\b", re.I), "can hardly wait"),
    # Thai: "ศุกร์นี้" (this Friday), "14.00 น." (14:00), "ตามเวลาไทย" (Thai time), "ที่ Netflix" (on Netflix); "อีกไม่กี่วันแล้ว"
    # (only a few days left) is a feeling, no negation
    (compile_later(r"อีกไม่กี่วัน(?:แล้ว)?"), " "),
    (compile_later(r"\s*(?:วัน)?ศุกร์นี้\s*"), " this Friday "),
    (compile_later(r"\s*(?:ไลฟ์|ถ่ายทอดสด)(?:รีแอค\w*)?\s*|\s*ดู(?:ด้วย)?กัน\s*|\s*ดูพร้อมกัน\s*"), " watch party "),  # a fan's live, a watch-along (s2wild86)
    # (with no zone after it, the Thai clock's: a Thai post's "14.00 น." is 14:00 ICT)
    (compile_later(r"(?<![\d.])(\d{1,2})[.:](\d\d)\s*น\.\s*(?!\s*\(?\s*(?:(?:ตาม)?เวลา|(?:ICT|UTC|GMT|KST|JST|WIB|PT|ET|BST|CET|CEST)\b))"), r" at \1:\2 ICT "),
    (compile_later(r"(?<![\d.])(\d{1,2})[.:](\d\d)\s*น\.\s*"), r" at \1:\2 "),
    (compile_later(r"\s*(?:ตาม)?เวลา(?:ประเทศ)?ไทย"), " ICT"),
    # Turkish "saat 10.00'da", "TSİ 10:00'da" (at 10:00), Turkey's clock (UTC+3 all year) when no zone follows; Vietnamese "lúc 14h", "lúc
    # 14h30", "lúc 14 giờ" (at 14:00), Vietnam's (ICT) when no zone follows
    # (a zone said after the hour is kept: "16.00'da (Kore saati)", "lúc 16h giờ Hàn Quốc" are Korea's hour)
    (compile_later(rf"(?<![\d.:])(?<!saat\s)(?<!TS[İI]\s)(\d{{1,2}})[.:](\d\d)['’](?:da|de|ta|te)\b(?=\s*\(?\s*{ZONE_AFTER_HOUR})", re.I), r"saat \1.\2"),
    (compile_later(rf"(?:\bsaat|\bTS[İI])\s+(\d{{1,2}})[.:](\d\d)(?:['’]?(?:da|de|ta|te))?\b{_SAID_ZONE}", re.I),
     lambda m: unless_an_events(m, f"at {m.group(1)}:{m.group(2)} {m.group('zone') or 'UTC+3'}")),
    (compile_later(rf"\blúc\s+(\d{{1,2}})\s*(?:h|giờ)\s*(\d\d)?(?:\s*phút)?(?!\w){_SAID_ZONE}", re.I),
     lambda m: unless_an_events(m, f"at {m.group(1)}:{m.group(2) or '00'} {m.group('zone') or 'ICT'}")),
    (compile_later(r"ที่\s*(?=netflix\b)", re.I), "on "),
    # Italian "slitta al 7 maggio", "rinviata a" (put off to); Turkish "7 Mayıs'a ertelendi" (put off to May 7), "ertelendi"
    (compile_later(r"\b(?:slitta|slittato|slittata|rinviat[oa]|posticipat[oa])\s+(?:al|a|ad|all['’])\b", re.I), "delayed to"),
    (compile_later(r"(\d{1,2}\s+(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık))['’]y?[ae]\s+ertelendi\b",
                re.I), r"delayed to \1"),
    (compile_later(r"\bertelendi\b", re.I), "delayed"),
    # Polish "Ten plakat z 9 kwietnia … to fejk zrobiony przez fana" (this poster of April 9 … is a fake made by a fan)
    (compile_later(r"\b(?:ten\s+)?plakat\s+z\s+(\d{1,2}\s+[a-ząćęłńóśźż]{3,})(?:\s+dla\s+(All of Us Are Dead\s+(?:Season\s+)?2))?", re.I),
     lambda m: f"the '{m.group(1)}' " + (f"{m.group(2)} " if m.group(2) else "") + "poster"),
    (compile_later(r"\bto\s+(?:fejk|fake)\b", re.I), "is fake"),
    (compile_later(r"\bzrobiony\s+przez\s+fan(?:a|ów)\b|\bfanowski\b", re.I), "fan-made"),
    # German: "verschiebt … um eine Woche auf den 2. April" (puts off … by a week to), "morgen um 9 Uhr" (a German clock's)
    (compile_later(r"\bverschiebt\b", re.I), "delays"),
    (compile_later(r"\bum\s+(?:eine|1)\s+woche\b", re.I), "by a week"),
    # German's verb last: "auf den 28. Mai verschoben" (put off to 28 May): a delay to that day
    (compile_later(r"\bauf\s+(?:den\s+)?(\d{1,2}\.\s*[a-zä]{3,9})\s+verschoben\b", re.I), r"delayed to \1"),
    (compile_later(r"\bauf\s+den\s+(?=\d{1,2}\.\s)", re.I), "to "),
    (compile_later(r"\bam\s+(?=\d{1,2}\.\s+[a-zäöü]{3,})", re.I), "on "),  # "am 11. Juni": on June 11
    (compile_later(r"\b(?<=heute\s)(?=\d{1,2}(?:[:.]\d\d)?\s*uhr\b)", re.I), "um "),  # "ab heute 9 Uhr": today at 9
    (compile_later(rf"\bum\s+(\d{{1,2}})(?:[:.](\d\d))?\s*uhr\b(?!\s*(?:deutscher|deutsche|mez|mesz)){_SAID_ZONE}", re.I),
     lambda m: unless_an_events(m, f"at {m.group(1)}:{m.group(2) or '00'} {m.group('zone') or 'German time'}")),
    # (Polish "już na Netflixie", "jest już na Netflixie": already on Netflix)
    (compile_later(r"\b(?:jest\s+)?już\s+(?:jest\s+)?(?:na|w)\s+netflix(?:ie)?\b(?!\s+(?:od|w|we)\b)|\bya\s+está\s+en\s+netflix\b|\bjá\s+(?:tá|está|chegou)\s+(?:na|no)\s+netflix\b|\b(?:saiu|chegou|estreou)\s+hoje\s+(?:na|no)\s+netflix\b|\b(?:ya\s+|já\s+)?(?:ahora|agora)\s+(?:en|na|no)\s+netflix\b|\b(?:ist\s+)?(?:jetzt|ab\s+sofort)\s+(?:auf|bei)\s+netflix\b(?!\s+(?:ab|am)\b)", re.I), "is now on Netflix"),
    (compile_later(r"\b(?:en|na|auf|bei)\s+(?=netflix\b)", re.I), "on "),  # "el 16 de abril en Netflix", "am 9. April auf Netflix"
    (compile_later(r"\bdia\s+(?=\d)", re.I), "on "),
    (compile_later(r"\b(?:já\s+|ya\s+|sudah\s+)?(?:no|en\s+el|di)\s+top\s*10\b", re.I), "tops Netflix's Top 10"),  # "já no Top 10"  # Portuguese "dia 16/04": on the 16th of April
    # a month alone ("en abril", "em maio", "di bulan April"): in that month
    (compile_later(r"\b(?:en|em|im|di(?:\s+bulan)?|pada(?:\s+bulan)?)\s+(" + "|".join(_MONTHS_ABROAD) + r")\b(?!\s+(?:de\s+)?\d)", re.I),
     lambda m: f"in {MONTH_NAMES[_MONTHS_ABROAD[m.group(1).lower()] - 1]}"),
    (compile_later(r"\b(?:llega(?:rá)?|se\s+estrena(?:rá)?|estrena(?:rá)?|chega(?:rá)?|estreia(?:rá)?|tayang|rilis)\b"
                r"(?:\s+(?:el|em|en|no|na|pada|a))?(?=\s|[!！]|$)", re.I), "premieres"),
    (compile_later(r"\b(?:la\s+|a\s+)?(?:fecha\s+de\s+estreno|data\s+de\s+estreia|tanggal\s+tayang|date\s+de\s+sortie)\b", re.I), "the release date"),
    (compile_later(r"\b(?:confirma|confirmó|confirmou|umumkan|mengumumkan)\b", re.I), "confirms"),
    (compile_later(r"\bkatanya\b", re.I), "rumour:"),  # Indonesian hearsay ("they say")
    (compile_later(r"\b(?:gerüchte?|rumeurs?)\b", re.I), "rumour"),  # German and French: "Gerüchte: …", "Rumeur : …"
    # Indonesian "bocoran" (a leak), "disebut" (said to), Vietnamese "được đồn" (rumoured), Tagalog "daw"/"raw" (so they
    # say): someone else's word
    (compile_later(r"\bbocoran\b", re.I), "leaked"),
    # a hedge said of how it looks or what is said ("kommt wohl im Sommer", "startet wohl am 14. Mai", "dicen que llega …",
    # "parece que", "il paraît que"): someone's word, a rumour whose day or window stands; said before the verb so the
    # verb's own words still read ("wohl kaum", hardly, is a negation)
    (compile_later(r"\b(?:wohl\s+)?kaum\b", re.I), "not"),
    (compile_later(r"\b(kommt|startet|erscheint)\s+(?:wohl|angeblich|offenbar|anscheinend)\b", re.I), r"reportedly \1"),
    # Netflix's own word told ("Netflix dice que aún no hay fecha"): what it says, no hearsay
    (compile_later(r"\b(netflix)\s+(?:dice|diz|dit|sagt)\s+(?:que\s+)?", re.I), r"\1: "),
    (compile_later(r"\b(?:wohl|offenbar|anscheinend|al\s+parecer|ao\s+que\s+parece|apparemment|(?:se\s+)?(?:dicen|dizem|diz-se"
                r"|dice|parece|se\s+dice|il\s+para[iî]t|on\s+dit)\s+que|semble-t-il)\b", re.I), "reportedly"),
    # (Tagalog's "daw" before "sa <day>", "aouad 2 daw sa march 19": on that day, so they say, s2wild72)
    # (never a later part's day: "daw sa march 26 ang part 2 ng aouad" is Part 2's, review58d)
    (compile_later(r"\b(?:daw|raw)\s+sa\b(?=\s+\S+\s+\d)(?!.*\b(?:part|pt|parte)\.?\s*[23]\b)", re.I), "reportedly premieres on"),
    # ("aouad 2 march 19 na raw", "AOUAD season 2 March 19 na daw": the season, its day, they say, s2wild106)
    (compile_later(r"(\b(?:aouad|dead)\s*(?:season\s*)?2\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\s+na\s+"
                   r"(?=(?:daw|raw)\b)", re.I), r"\1 "),
    (compile_later(r"\bdisebut(?:-sebut)?\b|\bđược\s+đồn(?:\s+là)?|\bnghe\s+(?:nói|đồn)(?:\s+là)?|\b(?:daw|raw)\b|\bsoll(?:en)?\b", re.I), "reportedly"),
    # how sure it is in Vietnamese, Tagalog, German and Thai (Thai is written without spaces): a denial, a rumour, a
    # guess, a negation (a miss is better than a wrong day)
    (compile_later(r"\b(?:bác\s+bỏ|bác\s+(?=tin\b)|phủ\s+nhận|pinabulaanan|itinanggi)(?:\s+tin)?\b|ปฏิเสธ(?:ข่าว)?", re.I), " denies reports "),
    (compile_later(r"\btin\s+đồn\b|\bđồn\s+đoán\b|\bđồn\b|\b(?:tsismis|chismis|usap-usapan|bali-balita)\b|(?:ข่าว)?ลือ|ได้ยินมา(?:ว่า)?", re.I), " rumour "),  # (ได้ยินมา(ว่า): heard (that))
    (compile_later(r"\brò\s+rỉ\b|\b(?:se\s+)?filtr[oó]\b|\bfiltrad[ao]s?\b|\bfiltraci[oó]n\b|\bvazou\b|\bvazad[ao]s?\b|\bvazamento\b", re.I), "leaked"),  # (Spanish, Portuguese: s2wild58)
    # a forecast: Indonesian "diprediksi", "diperkirakan" (predicted, estimated) claim nothing, as "could" (headline_strength)
    (compile_later(r"\b(?:di)?(?:prediksi|perkirakan|prakirakan)\b", re.I), " could "),
    (compile_later(r"\b(?:có\s+thể|có\s+lẽ|dự\s+kiến|dự\s+đoán|baka|siguro|posibleng|vielleicht|möglicherweise|eventuell"
                r"|voraussichtlich)\b|อาจ(?:จะ)?|คาดว่า(?:จะ)?", re.I), " could "),
    # Vietnamese "không phải 14/5 mà là 21/5" (not the 14th but the 21st), "21/5 chứ không phải 14/5" (the 21st, not the 14th)
    (compile_later(r"\bchứ\s+không\s+phải\b", re.I), ", not"),
    (compile_later(r"\bkhông\s+phải\b", re.I), "not"),
    (compile_later(r"\bmà\s+là\b", re.I), "but"),
    (compile_later(r"\b(?:sẽ\s+)?(?:không|chưa)\b|ไม่(?!กี่|(?:เป็น)?(?:ทางการ|คอนเฟิร์ม)\W*$)(?:ได้)?", re.I), " not "),
    # a fake called so: Tagalog "peke", Spanish and Portuguese "falso", Indonesian "hoaks", "bohong", French "intox", "faux",
    # Vietnamese "tin giả" and Thai "ข่าวปลอม" (fake news); French "Non" (no) answering
    (compile_later(r"\b(?:peke|falso|falsa|hoaks|bohong|intox|faux|fausse)\b|\b(?:là\s+)?tin\s+giả\b|\bgiả\s+mạo\b|ข่าวปลอม", re.I), " fake "),
    (compile_later(r"(?<=\?)\s*non\b", re.I), " no"),
    # Indonesian "bantah kabar …" (denies the word that …), French "dément", German "dementiert" (denies)
    (compile_later(r"\b(?:membantah|bantah|menepis|tepis)(?:\s+(?:kabar|rumor|isu))?\b|\bdément\b|\bdementier(?:t|en)\b", re.I),
     "denies reports"),
    # Tagalog: "Kumpirmado na!" (confirmed), "mapapanood (na) sa Mayo 14" (can be watched from), "hindi pa" (not yet)
    (compile_later(r"\bkumpirmado(?:\s+na)?\b", re.I), "confirmed"),
    (compile_later(r"\b(?:mapapanood|ipapalabas)(?:\s+na)?(?:\s+sa)?\b", re.I), "premieres"),
    (compile_later(r"\bhindi(?:\s+pa)?\b", re.I), "not"),
    (compile_later(r"\bsa\s+(?=netflix\b)", re.I), "on "),
    # Taglish, the day or the time left first: "June 11 na ang AOUAD 2!!!" (it's June 11 for it now), "4 weeks na lang
    # AOUAD 2 na" (only 4 weeks left): the season on that day, in that many weeks or days
    (compile_later(r"^(\W*(?:omg+|grabe|yes+|ayan|hala)?[\s!,.]*)((?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2}|\d{1,2}\s+(?:"
                + "|".join(MONTH_NAMES) + r"))\s+na\s+ang\s+(" + _NAME + ")", re.I), r"\1\3 premieres \2"),
    (compile_later(r"^(\W*)(\d{1,2})\s+(weeks?|days?)\s+na\s+lang\s+(?:ang\s+)?(" + _NAME + ")", re.I), r"\1\4 in \2 \3"),
    # French "débarque" (lands), German "kommt am" (comes on), Vietnamese "(sẽ) ra mắt (vào) (ngày)" (premieres),
    # Spanish "llegan todos juntos" (all arrive at once), Thai "เตรียม" (set to) before its verb, "trên"/"ทาง" Netflix
    (compile_later(r"\bdébarque(?:ra)?\b|\bkommt(?:\s+am)?\b|\b(?:sẽ\s+)?ra(?:\s+mắt(?:\s+vào)?(?:\s+ngày)?|(?:\s+vào)?\s+ngày)(?=\s+(?:\d|(?:this\s+)?" + WEEKDAY + r"))", re.I), "premieres"),  # ("ra ngày", s2wild81; "thứ sáu", s2wild82)
    # Vietnamese "ra" (comes out) alone right before its day, said of the season ("… 2 ra 19/3", "… 2 tập 1 sẽ ra 19/3", its name and day
    # in English by now) (s2wild106; never the fan's own going out, "mình ra 19/3 xem …", review70a)
    (compile_later(r"(\bdead\s+2\s+(?:tập\s+\d{1,2}\s+)?(?:(?:sẽ|chính\s+thức|dự\s+kiến)\s+)*)ra(?=\s+(?:\d{1,2}\s*/\s*\d{1,2}(?![\d/])|(?:"
                   + "|".join(MONTH_NAMES) + r")\s+\d{1,2}\b))", re.I), r"\1premieres"),
    (compile_later(r"\bllegan\s+todos\s+juntos\b", re.I), "premieres all at once"),
    # a season of the year ("im Frühjahr 2027", "au printemps", "en primavera de 2027"): in English words, its year kept
    # (French summer only as "en été", "cet été": "a été repoussée" is "has been put off")
    (compile_later(r"\b(?:(?:im|in|en|em|na|no|au|à\s+l['’]|en\s+el|a)\s+)?(frühjahr|frühling|sommer|herbst|primavera|verano|verão|otoño"
                r"|outono|invierno|inverno|printemps|(?<=en\s)été|(?<=cet\s)été|automne|hiver)(?!\w)(?:\s+(?:de\s+)?(20\d\d)\b)?", re.I),
     lambda m: f" in {_SEASONS_ABROAD[m.group(1).lower()]}" + (f" {m.group(2)}" if m.group(2) else "")),
    (compile_later(r"เตรียม(?=ฉาย)"), " "),
    (compile_later(r"(?:\btrên|ทาง)\s+(?=netflix\b)", re.I), "on "),
    # Spanish "(ya) tiene fecha: 4 de junio" (has its date): the release date
    (compile_later(r"\b(?:ya\s+)?tiene\s+fecha\b", re.I), "release date"),
    # "desmiente el estreno de … el 12 de marzo", "a estreia de …", "la sortie de …": the premiere of the season named
    (compile_later(r"\b(?:el\s+|a\s+|la\s+)?(?:estreno|estreia|sortie)\s+(?:de|da|do)\b(?=\s+\S)", re.I), "the premiere of"),
    # "confirma estreno para el 4 de junio": the premiere on that day (never "estreno" alone: "el estreno de Sweet Home")
    (compile_later(r"\bestreno\s+(?:para\s+)?(?:el\s+)?(?=\d{1,2}\s+de\s+[a-zà-ü]{3,})", re.I), "premiere on "),
    # French "repoussée du 16 au 30 avril" (put off from the 16th to the 30th): the new day after "au"
    (compile_later(r"\b(?:est\s+)?(?:repouss|report|décal|decal)[ée]e?s?\s+du\s+(\d{1,2}(?:\s+[a-zéû]+)?)\s+au\s+(?=\d)", re.I),
     r"delayed from \1 to "),
    # French "repoussée au 18 juin", "reportée au …" (put off to)
    (compile_later(r"\b(?:est\s+)?(?:repouss[ée]e?s?|report[ée]e?s?)\s+(?:au|à)\b", re.I), "delayed to"),
    # "belum ada info resmi (dari netflix)", "tapi belum resmi" (s2wild74): no official word yet, a rumour's caveat (no denial)
    # (and Thai "แต่ยังไม่(เป็น)ทางการ", but not official yet, s2wild74; "ไม่เป็นทางการ" alone, unofficial, review59d)
    (compile_later(r"\b(?:tapi\s+|tp\s+)?belum\s+(?:ada\s+(?:info|informasi|kabar|konfirmasi|pengumuman)(?:\s+resmi)?|resmi\b(?=\W*$))"
                   r"(?:\s+dari\s+netflix)?\b|\s*(?:แต่)?(?:ยัง)?ไม่(?:เป็น)?(?:ทางการ|คอนเฟิร์ม)(?=\W*$)", re.I),
     " not confirmed yet"),
    # "belum resmi tayang 19 maret" (not officially airing yet): unconfirmed, never "not airing" (s2wild75)
    (compile_later(r"\bbelum\s+resmi\b(?=\s+(?:tayang|rilis|premieres)\b)", re.I), "reportedly"),
    # "akhir april" (late April), "awal mei" (early May), "pertengahan maret" (mid-March)
    (compile_later(r"\b(akhir|awal|pertengahan)\s+(" + _ID_MONTH + r")", re.I),
     lambda m: {"akhir": "late ", "awal": "early ", "pertengahan": "mid-"}[m.group(1).lower()]
     + MONTH_NAMES[_MONTHS_ABROAD[m.group(2).lower()] - 1]),
    (compile_later(r"\b(?:dikabarkan|kabarnya|angeblich|supuestamente|supostamente|se\s+rumorea\s+que|según\s+rumores|segundo\s+rumores)\b", re.I),
     "reportedly"),
    # a negation, a guess, a delay or a denial said in those languages is one (a miss is better than a wrong day)
    # (Portuguese "no" is also "in the": "no Brasil"; Spanish "no" is a negation before its verb)
    (compile_later(r"\b(?:não|nao|tidak|tak|belum|bukan|nicht)\b(?=\s+\w)|\bno\b(?=\s+(?:premieres|is\s+now|se|es|será|sale|saldrá|estará"
                r"|habrá|hay|tiene|tendrá|está|llegaría)\b)", re.I), "not"),
    # Indonesian chat's "gak/nggak (jadi)" (not, after all) and "batal" (called off): "batal tayang 14 Mei" denies that day
    (compile_later(r"\b(?:(?:gak|ga|nggak|enggak|ngga|gk|kagak)(?:\s+jadi)?|batal)\b(?=\s+(?:tayang|rilis|premieres)\b)", re.I), "not"),
    # Vietnamese "hoãn ra mắt ngày 14/5" (puts off the premiere of May 14): that day taken back, never announced
    (compile_later(r"\b(?:trì\s+)?hoãn(?=\s+(?:ra\s+mắt|phát\s+hành|chiếu|premieres)\b)", re.I), "not"),
    (compile_later(r"\b(?:podría|podria|poderia|pode|puede|mungkin|kemungkinan|quizás|talvez|pourrait|pourraient)\b", re.I), "could"),
    # French "ne sortira pas le 4 juin", "n'arrivera plus en juin": a negation (before "sortira" reads as premieres)
    (compile_later(r"\bn(?:e\s+|['’])(?:se\s+|s['’])?(\w+)\s+(?:pas|plus|jamais)\b", re.I), lambda m: "not " + m.group(1)),
    (compile_later(r"\bsortira\b", re.I), "premieres"),  # French "sortira le 4 juin" (will come out)
    # the press's conditional ("llegaría en abril": would arrive, so it is said) is hearsay
    (compile_later(r"\b(?:se\s+)?(?:llegaría|saldr[íi]a|estrenaría|chegaria|estrearia)\b", re.I), "reportedly premieres"),  # (saldría, s2wild72)
    (compile_later(r"\b(?:se\s+retrasa|retrasa(?:da|do)?|se\s+pospone|pospone|pospuesta|aplazada|é\s+adiada|adiada|adiado|adia"
                r"|diundur|ditunda|verschoben\s+auf)\b(?:\s+(?:seminggu|sepekan|uma\s+semana|una\s+semana))?"
                r"(?:\s+(?:al|a|para|pra|ke|hingga|sampai|jadi|menjadi)\b)?", re.I), "delayed to"),  # ("adia All of Us": not "a")
    # the new day a delay leads to, after the season named: "adia All of Us Are Dead 2 para 21 de maio", "… jadi 21 Mei"
    (compile_later(r"\b(?:para|pra|jadi|menjadi|ke|(?<=[a-zà-ü]{3}\s)al)\s+(?=(?:o\s+)?(?:dia\s+)?\d{1,2}\.?\s+(?:de\s+)?[a-zà-ü]{3,})", re.I), "to "),
    # Spanish and Portuguese subjunctive after a denial's "que": "desmiente que … llegue el 30 de abril" (after any other
    # word it is a wish: "fans piden que … llegue el 30 de abril", "ojalá que se estrene …", never a day set)
    (compile_later(r"(\b(?:desmiente|desmente|niega|nega|descarta)\s+que\b[^.;…?!]*?)\b(?:se\s+)?(?:llegue|estrene|salga|chegue"
                r"|estreie|saia)\b", re.I), lambda m: m.group(1) + "premieres"),
    (compile_later(r"\bverschoben\b", re.I), "delayed"),  # (no day: "nicht verschoben" is "not delayed", no day denied)
    (compile_later(r"\b(?:lo\s+que\s+sabemos|o\s+que\s+sabemos|das\s+wissen\s+wir|was\s+wir\s+wissen)\b", re.I), "what we know"),
    # German: "Neuer Starttermin ist der 21. Mai", "startet am 14. Mai", "erscheint am …"
    (compile_later(r"\b(neuer\s+)?starttermin(?:\s+ist)?(?:\s+der)?(?:\s*[–—-]\s*ab)?\b", re.I), lambda m: "new release date:" if m.group(1) else "release date:"),
    (compile_later(r"\b(?:startet|erscheint)(?:\s+am)?\b|(?:chính\s+thức\s+)?ấn\s+định\s+(?:ngày\s+(?:phát\s+hành|ra\s+mắt|lên\s+sóng|chiếu)|ngày(?=\s+\d))|ฉาย(?:วันที่)?",
                re.I), "premieres"),
    (compile_later(r"\b(?:desmiente|desmente|membantah|niega|nega|negou|negó|desmintió|desmentiu|smentisce|smentito|smentita"
                r"|yalanladı)\b", re.I), "denies"),
    # "(no) saldrá el 11 de junio", "(não) vai sair em 11 de junho", "(non) uscirà l'11 giugno", "arriva … il 18 giugno": comes out
    # on that day (the negation before it already "not")
    (compile_later(r"\b(?:vai\s+)?(?:saldrá|saldra|sale|sair|sairá|sai|uscirà|esce|arriva|arriverà)\b(?=\s+(?:on|el|em|no|il|l['’]|dia"
                r"|on\s+Netflix\s+(?:il|l['’]|el|em))\s*\d|\s+\d{1,2}\s+de\s+[^\W\d_]{4,9}\b)", re.I), "premieres"),  # ("sai 9 de abril", s2wild107)
    (compile_later(r"\b(?:il|l['’])\s*(?=\d{1,2}\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
                r"|dicembre)\b)", re.I), "on "),
    (compile_later(r"\b(?:aún|todavía|ainda)\s+(?:no|não)\s+(?:hay|tiene|tem|há)\s+(?:fecha|data)\b", re.I), "no date yet"),
    (compile_later(r"\btrailer\s+resmi\b", re.I), "official trailer"),  # (before "resmi" alone, officially)
    # "…, dan sudah resmi!" (and it's official now, closing the post, s2wild75)
    (compile_later(r"\b(?:dan\s+)?(?:sudah|udah)\s+resmi\b(?=\W*$)", re.I), "and it's official"),
    (compile_later(r"\bresmi\b", re.I), "officially"),
    # German "Neuer Trailer" (new trailer) and "ab 16. April auf Netflix" (on Netflix from 16 April: the season's start)
    (compile_later(r"\bneue[rns]?\s+(?=trailer|teaser)", re.I), "new "),
    (compile_later(r"\bab\s+(?=\d{1,2}\.\s*(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b"
                r"[^.;!?]*?\b(?:auf|on)\s+netflix\b)", re.I), "premieres "),
    # "en el primer semestre (de 2027)", "no primeiro semestre": the first half (of the year a slate names)
    # (with the year after it, Indonesian's "semester pertama 2027": the first half of 2027, never all the year)
    (compile_later(r"\b(?:(?:en\s+)?el\s+|no\s+|pada\s+)?(?:(?:primer|primeiro)\s+semestre|semester\s+pertama)\b(?:\s+(?:tahun\s+)?(20\d\d)\b)?",
                re.I),
     lambda m: f"in the first half of {m.group(1)}" if m.group(1) else "in the first half"),
    (compile_later(r"\b(?:awal|principios\s+de|início\s+de|inicio\s+de|anfang|inizio|d[ée]but)\s+(?=20\d\d\b)", re.I), "early "),
    # "o trailer sai amanhã e a temporada estreia dia 19": the season's own clause after the trailer's (s2wild102)
    (compile_later(r"\b(?:e|y)\s+(?:a|la)\s+(?:temporada|s[ée]rie)\b(?=\s+(?:se\s+)?(?:estr[eé]i?[an]|premieres)\b)", re.I), "and the season"),
    (compile_later(r"\b(?:depois\s+de\s+amanhã|pasado\s+mañana|lusa|übermorgen|après-demain)(?!\w)", re.I), "the day after tomorrow"),
    # (Tagalog "bukas" only before an hour, "bukas 3PM Manila time", "bukas na, 3PM PHT", "bukas na!! 4pm": it is also "open")
    # ("a las 3 de la mañana", "de la madrugada": 3 in the morning, never tomorrow, s2wild80)
    (compile_later(r"\b(\d{1,2})(?::(\d\d))?\s+de\s+la\s+(?:mañana|madrugada)\b", re.I), lambda m: f"{m.group(1)}:{m.group(2) or '00'} am"),
    (compile_later(r"\b(?:mañana|amanhã|besok|esok|morgen|demain|domani)\b|\bbukas\b(?:\s+na\b\s*[,!]*)?(?=\s+(?:ng\s+)?(?:alas\s+)?\d)", re.I), "tomorrow"),
    # today, with the day's hour still to come after it: German "(ab) heute 9 Uhr", Indonesian "hari ini jam 14.00 WIB", Turkish
    # "bugün TSİ 10.00'da", Portuguese "hoje às 4h", Italian "oggi alle 9"
    (compile_later(r"\b(?:ab\s+)?heute\b|\bhari\s+ini\b|\bbugün\b|\bhoje\b|\boggi\b", re.I), "today"),
    # Italian "alle 9", "alle 9:00" (at 9): an Italian post's clock is Italy's (CET or CEST, read by headline_moments)
    (compile_later(rf"\balle\s+(\d{{1,2}})(?:[:.](\d\d))?\b{_SAID_ZONE}", re.I),
     lambda m: unless_an_events(m, f"at {m.group(1)}:{m.group(2) or '00'} {m.group('zone') or 'Italian time'}")),
    (compile_later(r"\barriva\b(?=\s+(?:All\s+of\s+Us|AOUAD|in\s+the\s+(?:first|second)\s+half\b|nel\s+20\d\d\b))", re.I), "premieres"),
    # Italian "Dal 28 maggio su Netflix" (from May 28 on Netflix), Indonesian and Malay "(akan) ditayangkan pada 28 Mei" (will be
    # shown on), Polish "premiera 28 maja" (premiere on May 28): the season comes that day
    (compile_later(r"\bdal\s+(?=\d{1,2}\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b)"
                r"|\b(?:akan\s+)?ditayangkan\s+(?:pada\s+)?(?=\d{1,2}\s)|\bpremiera\s+(?=\d{1,2}\s)|\bzadebiutuje\s+"
                r"|\b(?:toujours\s+)?prévue?\s+(?:pour\s+)?(?=le\s+\d)", re.I), "premieres "),  # French "(toujours) prévu le 28 mai"
    # Italian "è uscita", "è uscito" (is out; "è disponibile dal 14 maggio" is a day to come)
    (compile_later(r"\bè\s+uscit[ao]\b", re.I), "is out now"),
    # "depois de amanhã tem …", "mañana hay …" (there is … on that day): it comes then
    (compile_later(r"(?<=tomorrow)\s+(?:tem|hay|tiene)\b(?=\s+(?:aouad|all\s+of\s+us))", re.I), " premieres"),
    # "El viernes se estrena …", "nesta sexta estreia …" (this Friday, no day after it): Friday, its article dropped
    (compile_later(r"\b(?:el|este|esta|na|nesta|ce)\s+(?=(?:viernes|sexta(?:-feira)?|vendredi)\b(?!,?\s+\d(?!\d?(?:h|[:.]\d\d|\s*[ap]\.?m)\b)))", re.I), ""),
    (compile_later(rf"\b{_FRIDAY},?(?=\s+\d)", re.I), "Friday,"),  # "viernes 5 de marzo": Friday, March 5
    (compile_later(rf"\b{_FRIDAY}\b", re.I), "Friday"),
    (compile_later(r"\b(?:jam|pukul)\s+(\d{1,2})[.:](\d\d)\b", re.I), r"at \1:\2"),  # "jam 14.00 WIB": at 14:00 WIB
    # "às 4h da manhã" (4 a.m.), "às 16h", "às 16h30"; "horário de Brasília" is Brasília's zone
    (compile_later(r"\b(?:às|as)\s+(\d{1,2})h(\d\d)?\s+da\s+manhã\b", re.I), lambda m: f"at {m.group(1)}:{m.group(2) or '00'}am"),
    (compile_later(r"\b(?:às|as)\s+(\d{1,2})h(\d\d)?\b(?!\s+da\s+(?:tarde|noite))", re.I),
     lambda m: unless_an_events(m, f"at {m.group(1)}:{m.group(2) or '00'}")),
    (compile_later(r",?\s*\(?\s*(?:no\s+)?horário\s+de\s+brasília\b\s*\)?|\s*\(\s*brasília\s*\)|(?<=\dh)\s+em\s+brasília\b", re.I),
     " BRT"),  # "(horário de Brasília)", "(Brasília)", "5h em Brasília" (s2wild80)
    # Portugal's clock ("às 8h em Portugal (hora de Lisboa)", "8h hora de Lisboa"): Lisbon's, read by that day's (headline_moments)
    (compile_later(r"(?<=\d)(?:\s+em\s+portugal)?\s*,?\s*\(?\s*(?:(?:hora|horário)\s+(?:de\s+)?(?:lisboa|portugal)|hora\s+portuguesa)\s*\)?"
                r"|(?<=\d)\s+em\s+portugal\b", re.I), " Lisbon time"),
    # an hour written "4h" (`_HOUR_IN_H`) or with the part of the day (Indonesian and Malay "jam 4 sore", 4 in the afternoon)
    # with a zone after it: that hour, in that zone ("jam 3 petang UTC+8")
    _HOUR_IN_H,
    (compile_later(rf"\b(?:jam|pukul)\s+(\d{{1,2}})(?:[.:](\d\d))?\s+(pagi|siang|sore|petang|malam)\b(?=\s*\(?\s*{ZONE_AFTER_HOUR})", re.I),
     lambda m: unless_an_events(m, f"at {day_part_hour(int(m.group(1)), m.group(3).lower())}:{m.group(2) or '00'}")),
    # "a la 1 am hora del centro de México": at 1 am, Mexico City's zone (read beside Mexico: headline_moments)
    (compile_later(r"(?<=\d)\s*([ap])\.\s+m\.?(?!\w)", re.I), r" \1m"),  # Spanish spells "1 a. m." with a space
    (compile_later(r"\ba\s+las?\s+(?=\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b)", re.I), "at "),
    # (Mexico City named for it: "hora de CDMX", "hora CDMX", "hora de la Ciudad de México"; "hora de México" is its clock too):
    # UTC-6 all year since 2022, so "mañana a la 1 a. m. hora CDMX" keeps its hour as "1 am CDMX" does
    (compile_later(r"\s*\(?(?:hora|horario|tiempo)\s+(?:del\s+centro(?:\s+de\s+m[eé]xico)?|(?:de\s+(?:la\s+)?)?(?:cdmx|ciudad\s+de\s+m[eé]xico)|de\s+m[eé]xico)\b\)?",
                re.I), " UTC-6"),
    (compile_later(r"\bsale\b(?=\s+(?:la\s+)?(?:aouad|all\s+of\s+us|estamos|temporada))", re.I), "drops"),
    # the show back ("'Estamos muertos' vuelve en abril", "regressa em abril"): it returns, as English says of season 2
    (compile_later(r"\b(?:vuelve|volverá|regresa|regresará|regressa|regressará|volta|voltará|kembali)\b", re.I), "returns"),
    # a day with its article and nothing else ("ESTAMOS MUERTOS 2 EL 9 DE ABRIL!!", "el viernes 2 de abril"): on that day
    (compile_later(r"\b(?:el|em|le)\s+(?=(?:(?:viernes|sexta(?:-feira)?|vendredi|friday),?\s+)?\d{1,2}\.?\s+(?:de\s+)?[a-zà-ü]{3,})", re.I),
     "on "),
    # the day, the verb, then the season, as Spanish and Portuguese put them: "mañana sale AOUAD 2"
    # (with its hour between: "Завтра в 10:00 по Москве выходит …", tomorrow at 10:00 Moscow time comes out …)
    (compile_later(rf"^(\W*)((?:the\s+day\s+after\s+)?tomorrow|friday)(\s+at\s+\d{{1,2}}:\d\d(?:\s+{ZONE_AFTER_HOUR}|\s+(?:Italian|German)\s+time)?)?\s+(drops|premieres)\s+({_NAME})", re.I),
     lambda m: f"{m.group(1)}{m.group(5)} {m.group(4)} {m.group(2)}{m.group(3) or ''}"),
    (compile_later(rf"^(\W*)((?:the\s+day\s+after\s+)?tomorrow)\s+({_NAME})\s+(drops|premieres)\b", re.I), r"\1\3 \4 \2"),
)


#: Hindi written in Latin letters ("aa raha hai", "milte hai", "Netflix pe"): a post from India, whose IST is India's.
_HINGLISH = compile_later(r"\b(?:aa\s+(?:raha|rahi|rahe|gaya|gayi)|hai|hain|milte|nahi|netflix\s+pe)\b", re.I)
_IST = compile_later(r"\bIST\b")


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked again of the same one
def in_english(text: str) -> str:
    """A post in one of the languages above in the words the readers know ("Temporada
    2 llega el 5 de marzo": "Season 2 premieres March 5"; "Staffel 2 startet am 14. Mai"), and a Japanese or Chinese one
    in Korean (`headline_cjk.in_korean`); any other as it is."""
    text = said_true(without_non_days(text))  # "24/7", "9/10 rating": no day; "May 28 is NOT a rumour": confirmed
    text = with_zones_in_words(text)  # "16 Uhr koreanischer Zeit": "16 Uhr KST", the zone said, never the language's
    if japanese_or_chinese(text):
        return with_korean_days(in_korean(text))
    text = spans_and_hours_in_english(text)  # "rinviato di una settimana", "nicht um Mitternacht, sondern …", "14h chiều mai"
    if not _ABROAD.search(text):
        return with_korean_days(_HOUR_IN_H[0].sub(_HOUR_IN_H[1], text))
    if _HINGLISH.search(text):
        text = _IST.sub("UTC+5:30", text)  # Hindi's India Standard Time (IST is also Ireland's and Israel's)
    text = _WORDS_ABROAD.rewrite(text)
    text = _DAY_ABROAD.sub(_day_abroad, text)
    text = _MONTH_DAY_TAGALOG.sub(lambda m: f"{MONTH_NAMES[_TAGALOG_MONTHS[m.group(1).lower()] - 1]} {m.group(2)}", text)
    return corrected_day(_NUMERIC_ABROAD.sub(_numeric_day, text))


def days_in_english(text: str) -> str:
    """Only the days written the way those languages write them, in English ("5 de marzo de 2027": "March 5, 2027"),
    for a moderator's typed date (bot/season2/dates.py), whose other words are read by its own rules; then a month
    alone, a part of a year and "hoy" (bot/season2/dates_abroad.py)."""
    return abroad_in_english(_DAY_ABROAD.sub(lambda m: m.group(0) if m.group(2).lower() in _ENGLISH_MONTHS else _day_abroad(m), text))


#: Month names English shares with those languages ("april", "mars" aside): a moderator's "31 april 2027" is theirs.
_ENGLISH_MONTHS = frozenset(name.lower() for name in MONTH_NAMES)


def _day_abroad(m: re.Match[str]) -> str:
    return (f"{MONTH_NAMES[_DAY_MONTHS[m.group(2).lower()] - 1]} {int(m.group(1))}"
            + (f", {_common_year(int(m.group(3)))}" if m.group(3) else ""))


#: ... and with a dot before its weekday in brackets ("6.11(금) 오후 4시"): the weekday says it is a day, no number.
#: A Korean denial a fan takes back later in the post ("공개 아니래. 다시 맞대", "아니래 … 맞대요"): what was said not so is so.
_TAKEN_BACK_DENIAL = compile_later(r"\s*(?:아니(?:래|라고|라네|라더라|란다|다|야)|아냐)(?![가-힣]).*?맞(?:대|대요|다고|다네|다더라|단다)(?![가-힣])")
_KOREAN_DOTTED = compile_later(r"(?<![\d.])(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])(?=\s*[(（][" + KOREAN_WEEKDAY_LETTERS + "][)）])")


def with_korean_days(text: str) -> str:
    """A Korean post's numeric days in Korean words ("5/14 공개", "6.11(금)": "5월 14일 공개", "6월 11일(금)"); any other
    text as it is."""
    if not HANGUL.search(text):
        return text
    text = _KOREAN_DOTTED.sub(lambda m: f"{int(m.group(1))}월 {int(m.group(2))}일", text)
    text = _TAKEN_BACK_DENIAL.sub("래", text)  # "공개 아니래. 다시 맞대": the later word stands, as heard ("공개래")
    return _KOREAN_NUMERIC.sub(lambda m: f"{int(m.group(1))}월 {int(m.group(2))}일", text)


def _month_day(month: int, day: int, year: str | None, said: str) -> str:
    """A month's and day's numbers in English words ("May 7", "May 7, 2027"); what was said when they are no day."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return said
    return f"{MONTH_NAMES[month - 1]} {day}" + (f", {year}" if year else "")


def _common_year(year: int) -> int:
    """A year of the common era: a Thai one of the Buddhist era (2570) is 543 years ahead of it."""
    return year - 543 if year >= 2500 else year


def _numeric_day(m: re.Match[str]) -> str:
    """A day-first "23/4", "23/4/2027" or "14.05.2027" in English words; a number that is no day as it was."""
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return m.group(0)
    return f"{MONTH_NAMES[int(month) - 1]} {int(day)}" + (f", {_common_year(int(year))}" if year else "")  # ("19/3/2570", s2wild95)
