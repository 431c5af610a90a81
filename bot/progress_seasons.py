"""Seasons said in other languages, and what a fan says of a whole season or of an episode with the verb said last, as
the English bot.progress_said reads.

Plain text in, plain text out (lower-cased by bot.progress_said.chat_free, its Thai marks already dropped); nothing
here knows the show. `seasons_said` is read before bot.progress_words (its ordinals and number words are that
module's one table):

- a season said with an ordinal or a number word ("zweite staffel", "segunda temporada", "ikalawang season", "ikinci
  sezonun", "season kedua", "mùa thứ hai", "ซีซั่นสอง", "第2シーズン", "2期", "두 번째 시즌", "الموسم الثاني"): "season 2";
- Arabic episodes ("الحلقة الثالثة": "episode 3") and its digits, emoji keycaps ("ep 7️⃣"), roman numerals ("ep ix");
- a whole season said finished or begun ("jai fini la saison 1", "シーズン2始めた", "baru mulai season 2"): "finished
  season 1", "started season 2"; "la segunda" said after a season: "season 2".

`seen_last` is read after bot.progress_forms: a place said with its verb last ("episode 7 of season 2 visto", "season
2 ep 6 看了一半") as "finished ..." or "halfway through ...".
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later, rewrite_in_turn
from bot.progress_forms import foreign_said, with_season
from bot.progress_words import EP_WORD, NUMBERS, ORDINALS, THAI_NUMBERS, alternatives, bare
from bot.text import ascii_digits, keycaps_as_digits

# A season said by its word in other languages, with an ordinal or a number word ("zweite staffel", "der zweiten staffel",
# "segunda temporada", "ikalawang season", "ikinci sezonun", "season kedua", "musim ke-2", "mùa thứ hai", "phần 2",
# "ซีซั่นสอง", "ซีซั่นที่ 2", "第2シーズン", "2期", "두 번째 시즌"): "season 2", the digits bot.progress_forms reads.
_SEASON_WORD = r"(?:temporadas?|staffel|saison|stagione|m[uù]a|sezon\w*|musim|season|szn)"
# (never "una temporada", a season of anything: "una" is the Tagalog "first" only before its linker)
_ORDINAL_SEASON = compile_later(rf"(?<!\w)(?!una (?:temporada|stagione))(?P<w>{alternatives(ORDINALS)})(?:(?<=e)[nrsm])?(?: na|(?<=[aou])ng)? ?(?:{_SEASON_WORD}(?!\w)|시즌)")
_SEASON_NUMBER = compile_later(rf"(?<!\w){_SEASON_WORD} (?:ke-?|thứ )?(?P<w>{alternatives(NUMBERS)}|(?<=ke-)\d{{1,2}})(?!\w)"
                               rf"|(?<!\w)(?:ph[aầ]n (?:thứ )?|m[uù]a thứ )(?P<vi>\d{{1,2}}|{alternatives(NUMBERS)})(?!\w)"
                               rf"|(?:{bare('ซีซั่น')}|ซีซั่น) ?(?:(?:{bare('ที่')}|ที่) ?)?(?P<th>{alternatives(THAI_NUMBERS)})"
                               rf"|(?:{bare('ซีซั่น')}|ซีซั่น) ?(?:{bare('ที่')}|ที่) ?(?P<th2>\d{{1,2}})"
                               r"|第 ?(?P<ja>\d{1,2}) ?シーズン|(?<![\d.])(?P<ki>\d) ?期(?=\d| ?第| ?(?:見終わっ|観終わっ|完走し|終わっ))")
# Roman numerals after an episode or season word ("season ii, ep iii", "ep xi"), never "ep i" or "ep x" (a word, a blank).
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "xi": 11, "xii": 12}
_ROMAN_AFTER = compile_later(rf"(?<!\w)(?P<ep>{EP_WORD}|{_SEASON_WORD}|s) (?P<w>{alternatives(_ROMAN)})(?!\w)")
# Arabic: its digits, its episode and season nouns with their ordinals after them, and the short verbs said with them.
_AR_ORDINALS = {word: n for word, n in ORDINALS.items() if word.startswith("ال")}
_AR_NOUN = compile_later(rf"(?:ال)?(?P<noun>حلقة|موسم) (?P<w>{alternatives(_AR_ORDINALS)}|\d{{1,2}})(?!\w)")
_AR_WORDS = tuple((compile_later(pattern), english) for pattern, english in (
    (r"^عمري (\d{1,2}) ?(?:سنة|سنه|عام)?[،,]? ?", r"im \1 years old, "), (r"(?<!\w)(?:خلصت|انهيت|أنهيت|خلّصت)(?!\w)", "finished"),
    (r"(?<!\w)(?:شفت|شاهدت|تابعت)(?!\w)", "watched"), (r"(?:^|(?<=, ))(?:(?:أنا|انا) )?في ", "on "), (r"(?<!\w)من(?= season)", "of"),
    (r"(?<!\w)متى(?!\w)", "when"), (r"،", ","), (r"؟", "?"),
    # "بقي حلقتان" (two episodes left), "بقيت حلقة واحدة" (one left), "باقي 3 حلقات"; "كاملا" (all of it)
    (r"^(?:بقي|بقيت|باقي|تبقى|تبقت|باقيلي)(?: لي)? (?:حلقتان|حلقتين)(?=$| of season \d{1,2}$)", "2 eps left"),
    (r"^(?:بقي|بقيت|باقي|تبقى|تبقت|باقيلي)(?: لي)? حلقة(?: واحدة)?(?=$| of season \d{1,2}$)", "1 ep left"),
    (r"^(?:بقي|بقيت|باقي|تبقى|تبقت|باقيلي)(?: لي)? (\d{1,2}) حلقات(?=$| of season \d{1,2}$)", r"\1 eps left"),
    (r"(?<=\d )حلقات(?!\w)", "eps"),  # "شاهدت 3 حلقات": 3 episodes
    (r"(?<=season \d) (?:كاملا|كاملاً|كاملة|كامل|بالكامل)$", ""),
))


# Digits said as ordinals: "episode ke-4" (Indonesian), "ika-4 na episode" (Tagalog), "2. sezonun" (Turkish).
_DIGIT_ORDINAL = compile_later(rf"(?<!\w)(?P<ep>{EP_WORD}) ke-?(?P<n>\d{{1,2}})(?!\w)|(?<!\w)ika-?(?P<m>\d{{1,2}})(?: na|ng) {EP_WORD}(?!\w)")
# "T2E3", "t2 cap 3": Spanish and Portuguese fans' short "temporada 2, episodio 3".
_T_SHORT = compile_later(r"(?<!\w)t ?(\d{1,2}) ?(?:e|ep|cap) ?(\d{1,2})(?!\w)")
# "nasa ep 3 na ako ng s2", "cap 3 de s2": "s2" after "of" in other languages, as progress_forms reads "ng season 2".
_OF_S = compile_later(r"(?<!\w)(ng|da|de la|de|della|der|dari) s ?(\d{1,2})(?!\w)")
# "terminé la 1", "acabei a 2", "empiezo la 2": Spanish and Portuguese say a season with the feminine article (an episode,
# "el capítulo", "o episódio", takes the masculine), so "la 1" / "a 1" after these verbs is season 1.
# Italian too ("ho finito la 1", "inizio la 2"); seen twice ("vi la 1 dos veces", "vi 2 vezes a 1": the count read past).
_LA_SEASON = compile_later(r"\b(termin[eé]|acab[eé]|terminei|acabei|empiezo|empec[eé]|comecei|come[cç]o|finito|finita|inizio|iniziato"
                           r"|vi(?= (?:la|a) [1-9] (?:completa|entera|inteira|toda)$)"  # "vi la 2 completa": all of season 2
                           r"|vi(?= (?:la|a) [1-9] (?:dos|duas|tres|três|[2-9]) (?:veces|vezes)$)|vi(?: (?:dos|duas|tres|três|[2-9]) (?:veces|vezes))"
                           r"(?= (?:la|a) [1-9]$)) (la|a) ([1-9])(?!\w|[.:,/]\d)(?! ?(?:de|del|da|do|ep|cap|di|della)\b)"
                           r"(?: (?:dos|duas|tres|três|[2-9]) (?:veces|vezes)$)?")
# "ya voy en la 2, cap 3", "tô na 2, ep 4", "sono alla 2, ep 3": where the fan is, a season by its article alone, then an
# episode of it (watched36; only with the episode after it: "es la 1 y voy por el cap 4" is an hour).
_WHERE_LA = compile_later(r"\b(?:ya )?(voy en|voy por|estoy en|sigo en|ando en|t[oô]|estou|sono|sto)( la| na| alla) ([1-9]),? "
                          r"(?=(?:cap|cap[ií]tulo|ep|episodio|epis[oó]dio|episode|puntata)\.? ?\d{1,2}(?!\w|[.:,/]\d))")
_TR_SEASON = compile_later(r"(?<![\w.])(\d{1,2})\. ?sezon(?:un|u|da|de|a)?(?!\w)")
# A place with its season, then the verb that says it was seen or is half seen, said last ("episode 5 of season 2 visto",
# "season 2 : episode 5 fini", "season 2 episode 5 izledim", "season 2 ep 6 看了一半").
_SEEN_AS = {**dict.fromkeys(("visto", "vista", "vu", "fini", "finie", "terminé", "terminée", "terminado", "terminada",
                             "terminato", "gesehen", "geschaut", "izledim", "bitirdim", "selesai", "xong", "đã xem",
                             "udah", "sudah", "udh"), "finished"),  # "s2 eps 3 udah" (already: seen)
            "看了一半": "halfway through", "看完了": "finished", "看完": "finished"}
_SEEN_LAST = compile_later(rf"^(?P<place>(?:(?:season |s)\d{{1,2}}\W* )?(?:episode|eps?) \d{{1,2}}(?: of season \d{{1,2}})?) ?"
                           rf"(?P<verb>{alternatives(_SEEN_AS)})$")


# "la segunda", "la deuxième", "da segunda" said after a season was named: that season ("terminé la primera temporada,
# voy por el capítulo 2 de la segunda", "première saison finie, je commence la deuxième").
_ELLIPTIC = compile_later(rf"(?P<of>\b(?:de la|da|della|der|de) )?(?:\b(?:la|a|die) )?(?<!\w)(?P<w>{alternatives(ORDINALS)})(?:n)?$")
# "el quinto de la temporada 2" ("el quinto of season 2" by then): that season's episode of that ordinal.
_WHICH_OF = compile_later(rf"\b(?:o|el|the) (?P<w>{alternatives(ORDINALS)})(?= of season \d)")
# A whole season said finished or begun, its verb before or after it: "jai fini la season 1", "acabei a 2ª temporada", "season 1 見終わって",
# "season 1 udah tamat", "s1 selesai", "tapos na season 1", "xong season 1 rồi", "season 1 bitirdim", "die season 2 angefangen",
# "开始看season 2", "baru mulai season 2", "sisimulan ko na season 2", "bắt đầu season 2", "season 2 başlıyorum".
_SEASON_N = rf"(?:season |(?<!rewatching )s ?|staffel |saison |temporada |stagione |m[uù]a |シーズン ?|{bare('ซีซั่น')} ?)(?P<n>\d{{1,2}})(?:を|は)?"  # "シーズン2を見終わった": its object mark
# (with how long it took: "an einem Abend", "bir gecede", "trong một đêm": in one night)
_SPAN = r"(?: (?:an|in) (?:einem|1) (?:abend|tag|nacht|rutsch)| (?:bir|1) (?:gecede|günde)| trong (?:một|1) (?:đêm|ngày))?"
_DONE_AFTER = (r"見終わって|見終わった|観終わった|終わった|見た|完走した|完走|看完了|看完|durchgeschaut|durchgesehen|durchgeguckt|durchgesuchtet|durch|fertig|geschaut|gesehen"
               r"|finie?|termin[eé]e?|finita|finito|terminad[ao]|acabad[ao]|finalizad[ao]|udah tamat"
               rf"|udah selesai|tamat|selesai|{bare('จบแล้ว')}|bitirdim|bitti|(?:la|lo) termin[eé]")
# A season's part or half: "part 1", "pt. 2", "vol 1", "parte uno", "teil 2", "the first half", "파트1", "前半", "上半季";
# the season said as typed ("s2", "season two", "시즌2", "シーズン2", "第二季"), for the readers after to read.
_PART = (r"(?:part|pt\.?|vol\.?|volume|parte|partie|teil|파트|パート) ?(?:[1-3]|one|two|three|i{1,3}|uno|dos|un|deux|eins|zwei)"
         r"(?![\w.])")
_HALF = r"(?:the )?(?:first|1st|second|2nd|last) half|前半(?:部分?)?|後半|后半(?:部分?)?|[上下]半(?:季|部分?)?|[전후]반부?"
_SEASON_PART = (r"(?P<{}>(?:s|season|saison|temporada|stagione|staffel) ?(?:\d{{1,2}}|one|two|three)|시즌 ?\d{{1,2}}|シーズン ?\d{{1,2}}"
                r"|第 ?(?:[一二三]|\d{{1,2}}) ?季)")
_WHOLE_SEASON = tuple((compile_later(pattern), english) for pattern, english in (
    (rf"(?:\b(?:jai fini|^fini)|\bjai termin[eé]|\bacab[eé]i?|\bterminei|ho finito|ho visto|finita|finito|terminata|terminato|tapos na|natapos ko na|xong|(?:(?:vừa|mới|đã) )?(?:xem|coi) (?:hết|xong))"
     rf" (?:la |a |ang |die )?(?:(?:saison|stagione|temporada) (?P<n2>\d{{1,2}})|(?P<n3>\d{{1,2}})a temporada|{_SEASON_N})"
     # ("vừa xem xong mùa 1 lần thứ ba": just finished, the third time)
     rf"(?: lần (?:thứ )?(?:[2-9]|hai|ba|bốn|năm)| lần nữa)?(?: rồi)?{_SPAN}(?=[\s,，、]|$)",
     r"finished season \g<n>\g<n2>\g<n3>"),
    # ("シーズン2全部見た", "第二季都看完了": all of it seen)
    (rf"(?:(?<!\w)(?:la |a |ang |die )?|{bare('ดู')}){_SEASON_N}{_SPAN} ?(?:全部|全話|最後まで|全|都)?(?:{_DONE_AFTER})(?=[\s,，、]|$)",
     r"finished season \g<n>"),
    (rf"(?:\b(?:je commence|commence|jai commencé|baru mulai|mulai|sisimulan ko na|bắt đầu|empec[eé]|comenc[eé]|comecei|ho iniziato)|开始看|开始|{bare('กำลังจะเริ่ม')}|{bare('เริ่ม')})"
     rf" ?(?:la |die |a )?{_SEASON_N}", r"started season \g<n>"),
    (rf"(?<!\w)(?:die )?{_SEASON_N} ?(?:始めた|angefangen|başlıyorum|başladım)", r"started season \g<n>"),
    # A part or a half of a season said seen or begun ("s2 part 1 done", "done with season 2 part one", "finished part 1
    # of s2", "first half of s2 done", "temporada 2 parte 1 terminada"): no source says where a season's parts end, so
    # only that the season is begun is sure, as "halfway through season 2" says (all of the season before it seen).
    (rf"(?:^|(?<=, ))(?:(?:i )?(?:just |finally |already )?(?:finished|done with|done|completed|watched|saw|seen|binged"
     rf"|got through|through|on|watching|started|in|halfway through|halfway thru) )?"
     rf"(?:{_SEASON_PART.format('p')} ?[:,-]? ?(?:の|的)?(?:{_PART}|{_HALF})|(?:the )?(?:{_PART}|{_HALF}) (?:of|de|da|del|von) (?:la |a |der )?"
     rf"{_SEASON_PART.format('p2')})"
     rf"(?: ?(?:is |was )?(?:を|は|도|을|를)?(?:done|finished|watched|over|completed?|(?:全部|都|다 ?)?(?:{_DONE_AFTER}|看了|봤\w*|봄|끝\w*|완료?)))?"
     rf"(?=[,;.!，、]|$| and | then )",
     r"halfway through \g<p>\g<p2>"),
))


# "la season 2, episode 2": an article before the season said first; "二刷第一季" (a second brush through season 1).
_ARTICLE = compile_later(r"^(?:la|le|die|il|el|a) (?=season \d)")
# "first time watching s2, ep 3", "primeira vez vendo a season 2": a first watch of the season named, its place after.
_FIRST_WATCH = compile_later(r"^(?:(?:my|its my) )?first time (?:watching|seeing) (?=(?:s ?|season )\d{1,2},)"
                             r"|^(?:primeira vez (?:vendo|assistindo) (?:a )?|primera vez (?:viendo|mirando) (?:la )?)(?=season \d{1,2},)")
_REWATCH_ZH = compile_later(r"[二三四2-9] ?刷 ?(?=season \d)")
# "season 2 on episode 4" (Turkish, "2. sezonun 4. bölümündeyim"): the place, then its season.
_SEASON_THEN = compile_later(r"^(?P<season>season \d{1,2})[\s,:]+(?P<place>(?:on|watching|finished|watched|up to) (?:episode|ep) \d{1,2})$")
_OF_SEASON_LAST = compile_later(r" (?P<of>of season \d{1,2})$")


def _elliptic(found: re.Match[str]) -> str:
    return f" {'of ' if found['of'] else ''}season {ORDINALS[found['w']]}"


def _season_said(found: re.Match[str]) -> str:
    number = next(g for g in (found.group("w"), found.groupdict().get("vi"), found.groupdict().get("th"),
                              found.groupdict().get("th2"), found.groupdict().get("ja"), found.groupdict().get("ki")) if g is not None)
    n = int(number) if number.isdigit() else ORDINALS.get(number) or NUMBERS.get(number) or THAI_NUMBERS[number]
    return f"시즌{n} " if found.group().endswith("시즌") else f" season {n} "


def seasons_said(text: str) -> str:
    """`text` with a season (and an Arabic episode) said in words, ordinals, emoji keycaps or roman numerals as digits."""
    text = keycaps_as_digits(ascii_digits(text))
    text = _AR_NOUN.sub(lambda found: f"{'episode' if found['noun'] == 'حلقة' else 'season'} "
                        f"{found['w'] if found['w'].isdigit() else ORDINALS[found['w']]}", text)
    text = rewrite_in_turn(text, _AR_WORDS)
    text = _ROMAN_AFTER.sub(lambda found: f"{found['ep']} {_ROMAN[found['w']]}", text)
    text = _ORDINAL_SEASON.sub(_season_said, text)
    text = _OF_S.sub(r"\1 season \2", _T_SHORT.sub(r"season \1 episode \2", text))
    text = _LA_SEASON.sub(lambda said: f"{said[1].split()[0]} {said[2]} temporada {said[3]}", text)  # ("vi 2 vezes": "vi")
    text = _WHERE_LA.sub(r"\1\2 season \3, ", text)
    text = _TR_SEASON.sub(r"season \1", text)  # first: "2. sezonu bir gecede" is season 2 (in one night), never "sezonu bir"
    text = _SEASON_NUMBER.sub(_season_said, text)
    text = _DIGIT_ORDINAL.sub(lambda found: f"{found['ep'] if found['ep'] else 'episode'} {found['n'] or found['m']}", text)
    text = re.sub(r"(?<!\s)\s+([,，、])", r"\1", re.sub(r" {2,}", " ", text)).strip()
    text = _REWATCH_ZH.sub("rewatching ", _ARTICLE.sub("", _FIRST_WATCH.sub("", text)))
    text = _ELLIPTIC.sub(_elliptic, text) if "season" in text else text
    return re.sub(r" {2,}", " ", rewrite_in_turn(text, _WHOLE_SEASON)).strip()


def seen_last(text: str) -> str:
    """`text` (in English by now) with a place whose verb is said last ("episode 7 of season 2 visto") said first."""
    if (seen := _SEEN_LAST.match(text)) is not None:
        return f"{_SEEN_AS[seen['verb']]} {seen['place']}"
    if (then := _SEASON_THEN.match(text)) is not None:
        return f"{then['place']} of {then['season']}"
    if (of := _OF_SEASON_LAST.search(text)) is not None and (lead := foreign_said(text[:of.start()])) != text[:of.start()]:
        return with_season(lead, of["of"][3:])  # "nasa episode 4 na ako of season 2": "on episode 4 of season 2"
    if (which := _WHICH_OF.search(text)) is not None:  # "vi o quinto da 2a temporada": the fifth of season 2
        return f"{text[:which.start()]} episode {ORDINALS[which['w']]} {text[which.end():]}".strip()
    return text
