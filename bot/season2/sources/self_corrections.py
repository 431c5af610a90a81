"""A poster correcting themself ("march 12! wait no, march 26", "dia 19 de março, quer dizer, dia 12", "3月12日上线，不对，是3月19日"):
each day taken back is taken out before anything reads the post, so the last day that stands is the one read. Words after
"i mean", "no wait" and the like that give no other day (a second fact, a feeling, a score, a count, an hour) take nothing back,
nor does a day on the poster's own clock or the aftershow's; a count corrected reads the last; "à nhầm phim" (the wrong show)
takes every day back. Where the post leaves unsure which day stands (two days next to each other on the poster's own clock, a
bare day before another number), nothing is read: a miss, never a wrong day sent to every server.
"""

from __future__ import annotations

import bisect
import re

from bot.lazy_re import compile_later
from bot.season2.sources.headline_words import MONTH, NAMED_DAY, WEEKDAY
from bot.season2.sources.other_titles import ABROAD_SHOW_NAME, EN_SHOW_NAME, numbers_a_count
from bot.text import cjk_number
from bot.zones import PLACES, TIME_WORD_PLACES, WORDLIKE_PLACES

#: A day as the readers name it, or as Chinese and Japanese write it ("3月12日", "3月12号"), read before it is put in Korean.
_A_DAY = rf"(?:{NAMED_DAY}|\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号號])"
#: A day talked of rather than given after it ("march 12 was just a rumour", "march 12 truthers").
_TALKED_OF = (r"(?!\s*(?:was|were|wasn'?t|weren'?t|had|truthers|gang|people|folks|crowd|believers"
              r"|(?:is|'s)\s+(?:fake|false|wrong|not|just|never|a\s+(?:rumou?r|lie|fake)))\b)")
#: Netflix's own word after "假的，官方": said, set the date, announced, confirmed ("假的，官方定档3月19日", review64f).
_OFFICIAL_VERB = r"(?:说|說|定档|定檔|宣布|公布|官宣|确认|確認)"
#: An event of the season's other than its release, named right after a day (`_TO_ANOTHER_CLOCK`; and after "eh" in `_MARKS`): an
#: aftershow, its trailer, a premiere party, a showcase, a fan meeting, a screening, Korea's TV airing (s2wild95).
_EVENT = (r"(?:after[\s-]?shows?|애프터\s*쇼|อาฟเตอร์\s*โชว์|trailer|teaser|premiere\s+party|fiesta\s+de\s+estreno|pr[eé]-?estreia"
          r"|showcase|쇼케이스|fan\s*meet(?:ing)?|แฟนมีต|nobar|舞台挨拶|首映礼|首映禮|(?:(?:korean\s+)?tv|korean)\s+(?:airing|broadcast)"
          # (and the Korean words the Japanese and Chinese readers put for 舞台挨拶, 首映礼, 见面会, s2wild96; the trailer's, s2wild98)
          r"|무대\s*인사|시사회|팬\s*미팅|예고|预告|予告"
          # (and Part 2, whose day is never the premiere's: "march 19, i mean april 9 is part 2", 4월 9일은 파트2, s2wild97)
          r"|\bpart[e]?\s*(?:2|two)\b|파트\s*2|第二部|ภาค\s*2|phần\s*2|bagian\s*2)")
#: The poster's own news right after the day a correction gives ("19 maret eh maksudnya 21 maret ulang tahunku", "3月21日は私の
#: 誕生日", "el 21 es mi cumpleaños"): a birthday, an exam, payday, a wedding; that day is theirs, never the season's, and
#: whether the day taken back still stands the post leaves unsure: nothing is read (review65b).
_OWN_NEWS = (r"(?:\bb(?:irth)?-?days?\b|\bulang\s*tahun|\bultah\b|\bcumplea[ñn]os\b|\bcumple\b|\banivers[aá]rio\b|\bkaarawan\b|sinh\s+nhật"
             r"|생일|誕生日|生日|วันเกิด|\bexam(?:s|en|e)?\b|\bujian\b|\bthi\b|시험|試験|考[试試]|สอบ|\bpay\s*day\b|\bgajian\b|\bsahod\b"
             r"|\bquincena\b|월급날|給料日|[发發]工[资資]|\bwedding\b|\bnikahan\b|\bboda\b|\bcasamento\b|\bkasal\b|đám\s+cưới|결혼식|結婚式|婚[礼禮]"
             r"|แต่งงาน)")
#: The words of a poster correcting themself.
#: Its English words, the same before a clause of the season's day (`_BEFORE_A_CLAUSE`).
_ENGLISH_MARKS = r"wait\s+no|no,?\s+wait|(?:no\s+)?sorry(?:,?\s+i\s+mean)?|i\s+mean|actually,?\s+no"
_MARKS = ("(?:" + _ENGLISH_MARKS + r"(?:,?\s+wait)?|no,?\s+actually"
    # (and "actually no" back to the first day, Portuguese "quer dizer", Spanish "quiero decir", Tagalog "ay mali", Chinese 不对,
    # 说错了 and "假的，官方是" put in Korean, "3월 12일 공개,不对,是3월 19일", s2wild91)
    r"|quer\s+dizer|quiero\s+decir|o\s+sea|digo(?=\s*,)|ay\s+mali|(?:eh\s+)?salah(?:\s+lagi)?|(?:아\s*)?아니다?|(?:不对|不對|我?说错了|(?:是)?假的)(?:(?>\s*[,。]?\s*)官方" + _OFFICIAL_VERB + r"?)?(?>\s*,?\s*)是?"
    # (and "perdón", "desculpa", "foi mal", "nada, é", Indonesian "eh bukan" (never a bare "bukan", "X, not Y"), Vietnamese "à nhầm",
    # Japanese いや間違えた, じゃなくて)
    r"|(?:no\s+)?perd[oó]n|desculp[ae]|foi\s+mal|nada,?\s+é|eh\s+bukan|(?:à|ơ)(?:\s+mà)?\s+nhầm(?:\s+rồi)?|nhầm\s+rồi|いや|間違えた|じゃなくて"
    # (and Korean "아 아니", Thai "เอ้ย ไม่ใช่", Indonesian "eh maksudnya", Spanish "no perdón", Vietnamese "à mà nhầm", s2wild92)
    r"|เอ้ย\s*(?:ไม่|not)\s*ใช่|(?:eh\s+)?maksud(?:nya|ku|ku\s+tuh)?"
    # (and Indonesian "eh", Thai "เอ้ย" alone, right before the day given: "19 maret eh 20 maret", s2wild95; a named day only
    # where it ends its clause, or its hour follows: "eh" is as often "oh, by the way", "19 maret eh 21 maret ulang tahunku" is
    # the fan's birthday, review65d; a bare day ends its clause as every bare day given does)
    r"|(?:\beh\b|เอ้ย)(?=\s*(?:\d{1,2}(?!\d)(?!\s*(?:" + MONTH + r"|de\s|มี|เม|[ก-ฮ]\.))|" + _A_DAY + r"(?!\d)"
    r"\s*(?:$|[,.!?;~…)！\u2600-\u27bf\U0001f300-\U0001faff]|(?:deng|ding|jam|pukul|wib|wita|wit|kst)\b|at\s+\d|\d|นะ|ค่ะ|คะ|ครับ|จ้า"
    r"|[^,;!?\n]{0,16}?" + _EVENT + ")))"  # (or an event's day, `_TO_ANOTHER_CLOCK`'s: "19 maret, eh 21 maret itu nobar")
    # (and Thai "เอ้ย" before a day and the poster's own news: "12 มีนาคม เอ้ย 19 มีนาคม วันเกิดเรา" corrects, and `_TO_ANOTHER_CLOCK`
    # reads nothing; Thai has no "oh, by the way" in it as Indonesian "eh" has, s2wild99)
    r"|เอ้ย(?=\s*" + _A_DAY + r"(?!\d)[^,;!?\n]{0,16}?" + _OWN_NEWS + ")"
    r")")
#: The season's release verb right after a day, in Korean, Japanese and Chinese ("3월 12일 공개", "3月12日上线").
_RELEASED = "(?:공개|配信|上线|上線)"
#: An emoji, ending a bare day given ("i mean, 19 😭") or before the marks ("march 19 😭 no wait, march 26").
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
#: The season's release verb in English ("drops", "comes out"), before a day given or opening its clause (`_SEASONS_OWN`).
_SAID_RELEASED = r"(?:drops?|premieres?|releases?|comes?\s+out)"
#: ... and in the languages read before translation, before the day a correction gives (`_SELF_CORRECTED`, `_TO_ANOTHER_CLOCK`).
_GAVE = rf"(?:(?:it\s+|se\s+)?(?P<gave>{_SAID_RELEASED}|estrena|estreia|sale|tayang|rilis|lalabas)\s+(?=(?:(?:on|el|dia)\s+)?{_A_DAY}))"
#: A Spanish weekday, before the day a correction gives ("…, digo, el viernes 9", s2wild100).
_ES_WEEKDAY = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
#: A Japanese or Chinese copula ending a bare day given ("…じゃなくて19日でした", "不对，是19号啦", s2wild102).
_COPULA = r"(?:でした|です|だよ|だった|だ(?![\u3040-\u30ff\u4e00-\u9fff])|啦|了|喔|哦)"
#: (Every gap around the marks is atomic, `(?>…)`, and their run possessive, `++`: a post padded with 4,000 spaces after "i mean"
#: or "sorry, i mean" repeated is read in linear time, never the 5 s to minutes it took; the readings are the same, s2wild101.)
_SELF_CORRECTED = compile_later(
    # (Tagalog "na" after the day taken back: "march 12 na, ay mali, march 19 pala", s2wild96)
    # (a Chinese 吧 asking after it, a Japanese 、 between: "3月12号上线吧？不对，是19号", "3月12日配信、いや19日", s2wild103)
    rf"{_A_DAY}(?P<verb>\s*{_RELEASED})?(?:\s+(?:sa|on|en|di)\s+netflix)?(?:\s+na\b|\s*吧|\s*だっけ|인가)?(?:(?>\s*[!?.,…~、{_EMOJI}]*\s*){_MARKS})++"
    # (a weekday before the day given: "saturday march 20, i mean friday march 19", s2wild97; "…, no wait friday the 19th", s2wild98)
    # (a release verb before the day given: "march 12, i mean it drops march 19", "digo, se estrena el 19 de marzo", "eh maksudnya
    # tayang 19 maret", "ay mali, lalabas march 19 pala", s2wild99)
    rf"(?>\s*[!.,…~、]*\s*)(?:it'?s\s+)?{_GAVE}?(?:(?:el\s+)?(?P<wd>{WEEKDAY}|{_ES_WEEKDAY}),?\s+(?={_A_DAY}|the\s+\d|\d))?(?:(?P<art>on|the|el|o|dia)\s+(?=\d|{MONTH}))?(?!(?:1[01]/10|5/5)\b)(?={_A_DAY}(?!\d){_TALKED_OF}"
    # (or a bare day ending its clause, the month the same: "March 19, quer dizer, on 12", as "dia 19 de março, quer dizer, dia 12"
    # reads, s2wild91)
    # (a laugh ends it too: "march 12, i mean the 19th lol", s2wild98)
    # (one digit only after "on"/"el"/"dia" or with "th"/일/日: "March 19th!! i mean, 2!!!" cheers the season, never March 2nd, review64d)
    r"|(?P<bare>(?:\d\d|\d(?=st|nd|rd|th|\s*(?:일|日|号|號))|(?(art)\d|(?(wd)\d|(?!))))(?:st|nd|rd|th|\s*(?:일|日|号|號))?"
    rf"(?=\s*(?:[,.!?;)~…！{_EMOJI}]|(?:(?:na\s+)?pala|lol|lmao|haha|ja(?:ja)+|jsjs\w*|k{{3,}}|rs(?:rs)+|wk(?:wk)+|he(?:he)+)\b|$|{_COPULA})|\s+[a-z]+\s+time\b|\s+(?:is|é|es)\s+(?:the|a|la|el|o)\s+(?:premieres?|estreia|estreno|release|date|data|fecha)\b(?!\s+(?:d[oae]s?|del|of)\b(?!\s+(?:the\s+|la\s+|a\s+|o\s+)?(?:releases?|s[eé]ries?|show|season|temporada|epis[oó]dios?|episodes?"
    r"|lan[çc]amento)\b)))))",
    re.I)  # (or said to be the premiere's: "dia 12 de março, quer dizer, dia 19 é a estreia", s2wild95; never another's: "é a estreia do trailer", s2wild96, "… is the date of my exam"; still "é a estreia da série", "is the date of release", review65b)  # (the day alone: never "12 more days", "10/10"; an emoji ends it too, s2wild93)
#: Netizens' or someone's word opening a post that then sets their day aside for the official one ("网友说…3月12日上线，假的，
#: 官方是3月19日", "有人说…，不对，官方说…", "…，不对，是3月19日"): only the day taken back was theirs, the day given is no hearsay
#: (s2wild92).
_OTHERS_SET_ASIDE = compile_later(
    rf"^\W*(?:(?:[网網]友(?:们|們)?|有人)\s*[说說]\s*(?=.*?(?:不对|不對|假的|说错了)(?>\s*,?\s*)(?:官方|是)\s*(?:[说說是]|{_OFFICIAL_VERB})?\s*\d)"
    # (or 网传 "rumoured online" before "假的，官方定档…" (never before a quoted "不对，是…" itself called fake), review64f)
    rf"|[网網][传傳]\s*(?=[^“”\"「」]*?假的(?>\s*[,。]?\s*)官方{_OFFICIAL_VERB}?\s*是?\s*\d))")
#: A poster saying the day they gave was another show's ("19/3?? à nhầm phim rồi", "oops wrong show", "salah drama"): every day from
#: the first on is taken back, whatever follows (s2wild93).
_WRONG_SHOW = compile_later(r"(?:(?<!không\s)(?<!đừng\s)(?<!dễ\s)(?:\b(?:à|ơ|ủa)\s+)?nhầm\s+phim|(?<!\bnot\s)(?<!\bno\s)(?<!\bthe\s)"
                            r"\bwrong\s+(?:show|drama|series)\b|\bsalah\s+(?:drama|film|series)\b|\bmaling\s+(?:show|drama|palabas)\b)"
                            r"(?!\s*\?)", re.I)  # (never warned against, "đừng nhầm phim", nor asked, "wrong show? nope")
#: ... never said of others' post between the day and those words ("19/3 nha, mấy trang kia nhầm phim rồi", "19 maret resmi, yg bilang
#: 12 maret itu salah drama", "people saying march 12 have the wrong show"): the poster's day stands (review64f).
_OTHERS_WRONG = compile_later(r"\b(?:people|ppl|they|those|others|some\s+(?:accounts|pages|people|sites)|accounts|pages|sites|you|u"
                              r"|y(?:an)?g\s+bilang|orang|mấy\s+(?:trang|page|acc)|người\s+ta|các\s+trang|los\s+que|quem)\b", re.I)
_FIRST_DAY = compile_later(_A_DAY, re.I)
#: Others' word before a day, in Tagalog ("sabi nila", "sabi ng tiktok"): the day they said, taken back by the day "pala" after it.
_SAID_BY = r"\bsabi\s+(?:nila|daw|ng\s+(?:iba|tiktok|twitter|fb|facebook|x|iba\s+\w+))\b"
#: Tagalog "akala ko" ("I thought") before a day, then another day "pala" ("it turns out"): the day thought is taken back ("akala ko
#: march 12 yung aouad 2, march 19 pala", "akala ko aouad 2 march 12, march 19 pala"; s2wild100).
_THOUGHT_THEN_PALA = compile_later(rf"(?:\bakala\s+ko\b|{_SAID_BY})(?P<said>[^;!?\n]{{0,40}}?){_A_DAY}(?!\w|\s*\d)(?:\s+(?:yung|ang|ng)\b)?,?"
                                   rf"(?=[^;!?\n]{{0,60}}?(?:{_A_DAY}\s+(?:na\s+)?pala|\b(?:yun|yon|iyon)\s+pala\s+(?:ay\s+)?{_A_DAY})\b(?![^.!]*\?))", re.I)
#: ("… march 19 na pala", "… yun pala march 19", review66b: the day found said as Tagalog says it too)
#: (and what others said, "sabi nila march 12 ang aouad 2 pero march 19 pala talaga", s2wild102)
#: ... or said after the day ("12 march daw sabi ng tiktok, 19 march pala", s2wild102): "daw", hearsay, and whose it was.
_HEARD_THEN_PALA = compile_later(rf"{_A_DAY}(?!\w|\s*\d)\s+daw\b(?:\s+{_SAID_BY})?(?>\s*,?\s*)(?=[^;!?\n]{{0,60}}?{_A_DAY}\s+(?:na\s+)?pala\b(?![^.!]*\?))", re.I)
#: "pero" ("but") before the day found, "talaga" ("really") after its "pala": said away with them.
_DAY_PALA = compile_later(rf"(?P<day>{_A_DAY})\s+(?:na\s+)?pala\b(?![^.!]*\?)", re.I)  # ("19 march pala": its month last)
_BUT_FOUND = compile_later(rf"\bpero\s+(?={_A_DAY}\s+(?:na\s+)?pala\b)|(?<=\bpala)\s+talaga\b", re.I)
#: Tagalog "pala" ("it turns out") after the day a correction gives ("march 12, ay mali, 19 pala"): the day's own word, said away once
#: the correction is read (never asked: "19 pala?") (s2wild95).
_PALA = compile_later(r"(?<=\d)\s+(?:na\s+)?pala\b(?![^.!]*\?)|\b(?:yun|yon|iyon)\s+pala\b(?=\s+(?:ay\s+)?\w)(?![^.!]*\?)", re.I)
_DAY_NUMBER = compile_later(r"\d{1,2}")
#: (never once the day given is the season's by its verb: "아니 3월 19일 공개 시험 끝나고 본다", out then, watched after an exam)
_VERBS = r"(?:" + _RELEASED + r"|\btayang\b|ra\s+mắt)"
#: A correction towards the poster's own day (the same moment on their clock: "march 19, i mean march 20 for us in PH", "19 maret,
#: eh maksudnya 20 maret WIB") or towards an event's ("19/3, à nhầm, 20/3 là aftershow"): no new day of the season, so the day
#: corrected stands and the other clause is set aside (s2wild93).
_OWN_OR_EVENT = (r"\bfor\s+us\b|\bhere\s+in\b(?!\s+(?:s(?:outh)?\.?\s*)?(?:korea|kr|seoul)\b)|\bdito\s+sa\b|\bpara\s+(?:nosotros|n[oó]s)\b|\bpra\s+(?:gente|n[oó]s)\b|\bin\s+(?:the\s+)?(?:us|usa|uk|la)\b"
                 r"|\b(?:in|en|no|na|sa|em)\s+(?:ph|pinas|m[eé]xico|brasil|brazil|indonesia|europe|europa)\b"
                 r"|\b(?:ph|pht|wib|wita|wit|ict|sgt|et|pt|est|edt|pst|pdt|cet|cest|bst|gmt|brt)\b(?!\s*\.?\s*\d)")
#: ... or a day and "no wait", "i mean", "sorry" before a clause of the season's day rather than a day ("march 19, no wait, the
#: aftershow is march 19, the season is march 12", "march 12... sorry, i mean the aftershow. the season is march 19"): that first
#: day is taken back too; never before a clause without one ("i mean that's what netflix said", "i mean it's 10/10 anyway").
#: (Never a day said of another country or the fan's own clock, "…, i mean the show drops april 2 in japan": Netflix releases
#: everywhere at one moment, so which day is the season's the post leaves unsure, and both are taken out (`_BEFORE_A_COUNTRYS`): a
#: miss, as "june 3 in the US" alone and "march 19, i mean march 20 for us in PH" read, fix93.)
_IN_ANOTHER_COUNTRY = (r"\b(?:in|en|em|sa|di)\s+(?:the\s+|el\s+|la\s+)?(?:" + "|".join(word for place in PLACES if place.spoken and place.clock != "Asia/Seoul"
                       for word in place.spoken.split("|") if word not in WORDLIKE_PLACES | TIME_WORD_PLACES)
                       # (and the countries of several clocks, in no row of PLACES: "…, i mean the show drops march 20 in australia"; after Spanish,
                       # Portuguese and Tagalog "en", "em", "sa" too; a day next to the one corrected there reads nothing, `_same_moment`, s2wild99)
                       # (and Indonesian, Spanish and Portuguese names, after Indonesian "di" too: "…, eh maksudnya 20 maret di jepang", fix96;
                       # never Tagalog "hapon", also the afternoon)
                       + r"|australia|canada|jepang|amerika(?:\s+serikat)?|inggris|kanada|filipina|jap[oó]n|jap[aã]o)\b")
_DAY_THEN_MARKS = rf"{_A_DAY}(?:(?>\s*[!?.,…~]*\s*)(?:{_ENGLISH_MARKS}))++(?>\s*[!.,…~]*\s*)"
_CLAUSE_OF_A_DAY = (rf"(?:the|it'?s|that'?s|this)\b[^;]*?(?:\bis|\bdrops|\bpremieres|\barrives|\bout|:)\s+(?:on\s+)?{_A_DAY}(?!\d|\s*/)"
                    rf"{_TALKED_OF}")
_ABROAD_OR_OWN = rf"(?=[^,;!?\n]*?(?:{_OWN_OR_EVENT}|{_IN_ANOTHER_COUNTRY}))"
_BEFORE_A_CLAUSE = compile_later(rf"{_DAY_THEN_MARKS}(?={_CLAUSE_OF_A_DAY}(?!{_ABROAD_OR_OWN}))", re.I)
_BEFORE_A_COUNTRYS = compile_later(rf"{_DAY_THEN_MARKS}{_CLAUSE_OF_A_DAY}{_ABROAD_OR_OWN}", re.I)
#: (Never when Korea's clock is named beside it, the season's own: "march 18, i mean march 19 (5pm KST / 4pm PH)", "… march 20 here in
#: korea" correct the day, review64f.)
#: ... an event's, its words right after the day ("20/3 là aftershow", "march 20 is the aftershow"; never a clause later on).
_TO_ANOTHER_CLOCK = compile_later(
    rf"(?P<first>{_A_DAY})(?P<verb>\s*{_RELEASED})?(?:(?>\s*[!?.,…~、]*\s*){_MARKS})++(?>\s*[!.,…~、]*\s*){_GAVE}?(?:(?:on|the|el|o|dia)\s+)?(?P<new>{_A_DAY})(?!\d)"
    rf"(?:(?P<said>(?=\s*(?:is|là|es|é|yung|ang|itu|は|是|은|는)\s*(?:(?:the|el|o|a)\s+)?[^,;!?\n]{{0,8}}?{_EVENT}))|(?P<news>(?=(?:(?!{_VERBS})[^,;!?\n]){{0,16}}?{_OWN_NEWS}))"
    rf"|(?P<own>(?![^,;!?\n]*?\b(?:kst|korea|seoul)\b)(?=[^,;!?\n]{{0,16}}?(?:{_OWN_OR_EVENT}|{_IN_ANOTHER_COUNTRY})))|(?=\s*(?:for\s+)?(?:the\s+)?{_EVENT}))"
    r"(?:(?!(?<=[가-힣])[고며]\s)[^,;!?\n])*", re.I)  # (a Korean "…고", "…며" ends its clause: "…은 무대 인사고 공개는 3월 19일", s2wild97)
#: A day taken back for no day at all ("网传…3月12日上线，不对，官方还没定档", "march 12, i mean no date yet", "12 maret, eh salah, belum
#: ada tanggal"): nothing dated stands, the day is taken out (s2wild102).
_UNDATED = (r"(?:官方)?\s*(?:还|還|仍|尚)?\s*(?:没有?|沒有?|未)\s*(?:定档|定檔|官宣|公布|确认|確認|宣布)|(?:there'?s\s+)?no\s+(?:release\s+)?date\s+yet"
            r"|(?:it'?s\s+)?not\s+(?:confirmed|official|announced)\s+yet|belum\s+(?:ada\s+tanggal|resmi|diumumkan)|아직\s*(?:미정|확정\s*안)"
            r"|chưa\s+(?:có\s+ngày|công\s+bố|chốt)|wala\s+pang\s+(?:date|petsa)|(?:a[uú]n|todav[ií]a)\s+no\s+hay\s+fecha|ainda\s+sem\s+data")
_TAKEN_BACK_UNDATED = compile_later(rf"{_A_DAY}(?:\s*{_RELEASED})?(?:(?>\s*[!?.,…~、]*\s*){_MARKS})++(?>\s*[!.,…~]*\s*)(?={_UNDATED})", re.I)
#: A count corrected ("in 2 days, i mean 3 days", "H-3 eh maksudnya H-2"): the last count stands (s2wild93).
_COUNT = r"\d{1,3}\s*(?:more\s+)?(?:days?|d[ií]as|hari|ngày|วัน|일|日|天)\b"
_COUNT_CORRECTED = compile_later(rf"{_COUNT}(?:(?>\s*[!?.,…~]*\s*){_MARKS})++(?>\s*[!.,…~]*\s*)(?:in\s+|en\s+|em\s+|dalam\s+)?(?={_COUNT})", re.I)
#: An hour corrected ("8pm kst, i mean 5pm kst"): the last hour stands, as the last day does (s2wild94); on its own clock when the
#: first names none ("march 19 8am, i mean 5pm KST", "lúc 14h, à nhầm 15h giờ Việt Nam", s2wild97).
_HOUR = (r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\d{1,2}h(?:\d\d)?\b|\d{1,2}[:.]\d\d\s*น\.?"  # (Thai "16.00 น.", s2wild98)
         r"|(?:jam|pukul)\s+\d{1,2}[:.]\d\d\b|\d{1,2}\s*[時시](?![간즌間]))")  # (Indonesian "jam 16.00", Japanese 18時, s2wild100)
_HOUR_CORRECTED = compile_later(rf"{_HOUR}(?:\s*(?!(?:no|sorry)\b)(?P<zone>[a-z]{{2,4}})\b)?(?:\s*/\s*{_HOUR}\s*[a-z]{{2,4}}\b)*(?:\s*{_RELEASED})?(?:(?>\s*[!?.,…~、]*\s*){_MARKS})++(?>\s*[!.,…~]*\s*)"
                                rf"(?:at\s+|lúc\s+|(?:오후|오전|午後|午前)\s*)?(?={_HOUR}(?(zone)\s*(?P=zone)\b(?:\s*/\s*{_HOUR}\s*[a-z]{{2,4}}\b)*)(?!\s*(?:(?:is|was)\b|[은는]|は|是))"
                                # (the same clock named again, what follows is that moment elsewhere: "4pm KST, no wait 5pm KST = 1am PT",
                                # "jam 16.00 WIB eh maksudnya jam 15.00 WIB", s2wild100)
                                rf"(?![^,;!?\n]{{0,60}}?{_EVENT})(?(zone)|(?![^,;!?\n]{{0,60}}?(?:{_OWN_OR_EVENT}))))", re.I)
#: (never "5pm kst, i mean 4pm PH" nor "5pm, i mean 4pm for us in manila": one moment on two clocks)
#: (the first hour may name two clocks: "4pm KST / 3pm PH, i mean 5pm KST / 4pm PH", s2wild98)
#: A year corrected right after its day, a month by any name ("march 19 2028, i mean 2027", "19 de março de 2026, quer dizer, 2027", "19/3/2026 à nhầm 2027", "19 มีนาคม 2569 เอ้ย 2570"): the
#: day keeps the last year (s2wild100).
_YEAR = r"(?:20[2-3]\d|25[6-8]\d)"
#: A day with its month by any name, read before the readers put it in English ("19 de marzo", "19 มีนาคม").
_DAY_ANY_MONTH = rf"(?:{_A_DAY}|\d{{1,2}}\s+(?:de\s+)?[^\W\d_]{{3,12}}|\d{{1,2}}\s*มีนาคม)"
_YEAR_CORRECTED = compile_later(rf"(?P<day>{_DAY_ANY_MONTH}(?:,?\s*|/|\s+de\s+)){_YEAR}(?:(?>\s*[!?.,…~]*\s*)(?:{_MARKS}|\beh\b|เอ้ย))++(?>\s*[!.,…~]*\s*)"
                                rf"(?P<year>{_YEAR})(?![\d/])", re.I)
#: A weekday before the day, then another weekday alone ("thursday march 18, i mean friday"): which day stands the post
#: does not say; read nothing (s2wild98); never towards the fan's clock or an event ("…, i mean thursday night for us in LA").
_WEEKDAY_CHANGED = compile_later(rf"\b(?P<was>{WEEKDAY}),?\s+{_A_DAY}(?:(?>\s*[!?.,…~]*\s*){_MARKS})++(?>\s*[!.,…~]*\s*)(?P<now>{WEEKDAY})\b"
                                 rf"(?!,?\s*(?:the\s+)?(?:{_A_DAY}|\d))(?![^,;!?\n]*?(?:{_OWN_OR_EVENT}|{_EVENT}|watch\s*party))", re.I)
#: A day named by its distance from today corrected by another ("tonight, no wait tomorrow 5pm KST", "besok, eh lusa", 오늘 공개? 아니
#: 내일 공개): the last stands (s2wild97); never towards the fan's own clock or an event ("tomorrow!! i mean tonight for us in LA",
#: "besok, eh lusa nobar": nothing changed).
_RELATIVE = (r"(?:pasado\s+mañana|depois\s+de\s+amanhã|t(?:onight|oday|omorrow|mrw?|ối\s+nay)|b(?:esok|ukas)|lusa|h(?:ari\s+ini|oy|oje|ôm\s+nay)|m(?:alam\s+ini|amaya|añana)"
             r"|n(?:gayon|gày\s+mai)|esta\s+noche|amanhã|오늘|내일|모레|今(?:天|晚|日|夜)|明(?:天|日)|วันนี้|พรุ่งนี้|คืนนี้)")  # (by first letter: cheaper)
_RELATIVE_CORRECTED = compile_later(
    rf"(?<!\w){_RELATIVE}(?:\s*{_RELEASED})?(?:(?>\s*[!?.,…~]*\s*)(?:{_MARKS}|\beh\b|เอ้ย))++(?>\s*[!.,…~]*\s*)"
    rf"(?={_RELATIVE}(?!\w)(?![^,;!?\n]*?(?:{_OWN_OR_EVENT}|{_EVENT}|watch\s*party|ตัวอย่าง)))", re.I)
#: The poster's own day, then "no, netflix said" another ("march 19, no, netflix said march 26"): Netflix's day stands; never
#: after others' day ("people keep saying … march 12, no, netflix said …", `headline_hearsay`) (s2wild93).
_NETFLIX_SAID_OTHERWISE = compile_later(
    rf"^(?!.*\b(?:people|some(?:one|body)|every(?:one|body)|they|fans|rumou?rs?)\b.*?{_A_DAY}(?>\s*[!?.,…~]*\s*)no\b)"
    rf"(?P<before>.*?){_A_DAY}(?>\s*[!?.,…~]*\s*)no,?\s+netflix\s+(?:said|says|confirmed)\s+(?:it'?s\s+)?(?={_A_DAY})", re.I)
#: A post opening "no, netflix said …": the poster answering another, Netflix's word what stands, never a denial (s2wild102).
_NETFLIX_SAID = r"netflix\s+(?:said|says|confirmed|announced|dijo|confirm[oó]|anunci[oó]|disse|confirmou|anunciou)\b"
_NO_THEN_NETFLIX = compile_later(rf"^\W*(?:no+|nope|nah)\b(?>[\s,.!…]*)(?={_NETFLIX_SAID})", re.I)  # (and Spanish, Portuguese, s2wild106)
#: Part 2's day said first, "for part 2 of" the season, then Part 1's ("no, netflix said april 9 for part 2 of aouad 2, part 1 is march
#: 19", "netflix dijo 9 de abril para la parte 2 de Estamos Muertos 2; la parte 1 es el 19 de marzo"): as "<season> part 1 <day>, part 2
#: <day>" is read, both days (s2wild106).
_DAY_SAID = rf"(?:{_A_DAY}|\d{{1,2}}\s+de\s+[a-zç]{{4,10}})"
_PART_TWO_SAID_FIRST = compile_later(
    rf"^(?P<lead>\W*(?:(?:no+|nope|nah)\b[\s,.!…]*)?{_NETFLIX_SAID})\s+(?P<two_day>{_DAY_SAID})\s+(?:for|para|pra)\s+(?:the\s+|la\s+|a\s+)?"
    r"(?:(?P<two>part[e]?\s*(?:2|two|dos|dois))\s+(?:of|de|do|da)\s+(?P<name>[^,;.!?]{2,40}?)"
    # (or the season named first: "… april 9 for aouad 2 part 2, part 1 is march 19", review70a)
    r"|(?P<name_first>[^,;.!?]{2,40}?)\s+(?P<two_after>part[e]?\s*(?:2|two|dos|dois)))\s*[,;.]\s*(?:(?:and|y|e)\s+)?(?:the\s+|la\s+|a\s+)?"
    r"(?P<one>part[e]?\s*(?:1|one|uno|um))\s+(?:is|es|é)\s+(?:(?:still|todav[ií]a|ainda)\s+)?(?:(?:on|el|em|no|dia)\s+)?"
    # (a word closing it that changes nothing: "… tho", "… lol", review70a)
    rf"(?P<one_day>{_DAY_SAID})(?:\s+(?:tho|though|btw|lol))?\W*$", re.I)


#: The same two days said otherwise, put as `_PART_TWO_SAID_FIRST` reads them: Part 2's day after its name ("netflix said part 2 of
#: aouad 2 is april 9, part 1 is march 19"), or each day "for" its part ("netflix confirmed april 9 for part 2 of aouad 2 and march 19
#: for part 1") (fix121).
_PARTS_SAID_OTHERWISE = compile_later(
    rf"^(?P<lead>\W*(?:(?:no+|nope|nah)\b[\s,.!…]*)?{_NETFLIX_SAID})\s+(?:"
    r"(?P<two>part\s*(?:2|two))\s+of\s+(?P<name>[^,;.!?]{2,40}?)\s+is\s+(?:on\s+)?"
    rf"(?P<two_day>{_A_DAY})\s*[,;.]\s*(?:and\s+)?(?P<one>part\s*(?:1|one))\s+is\s+(?:(?:still|on)\s+)?(?P<one_day>{_A_DAY})"
    rf"|(?P<two_day_b>{_A_DAY})\s+for\s+(?:the\s+)?(?P<two_b>part\s*(?:2|two))\s+of\s+(?P<name_b>[^,;.!?]{{2,40}}?)\s*,?\s+and\s+"
    rf"(?P<one_day_b>{_A_DAY})\s+for\s+(?:the\s+)?(?P<one_b>part\s*(?:1|one)))(?=\W*$)", re.I)


def _parts_said_as_read(m: re.Match[str]) -> str:
    two_day, two, name = m["two_day"] or m["two_day_b"], m["two"] or m["two_b"], m["name"] or m["name_b"]
    return f"{m['lead']} {two_day} for {two} of {name}, {m['one'] or m['one_b']} is {m['one_day'] or m['one_day_b']}"


def _parts_in_order(m: re.Match[str]) -> str:
    def on(day: str) -> str:
        return f"el {day}" if day[0].isdigit() else day  # (Spanish's "el 19 de marzo", as its posts say it)
    name, two = m["name"] or m["name_first"], m["two"] or m["two_after"]
    return f"{m['lead']} {name} {m['one']} {on(m['one_day'])}, {two} {on(m['two_day'])}"
#: What a correction says is not so that is no day: the platform ("i mean not on tving"), the hour ("the day is confirmed not the
#: time"): said away, the day stands (s2wild102).
_NOT_OF_THE_DAY = compile_later(r"(?:,?\s*(?:i\s+mean|no\s+wait)\b,?)?\s*\bnot\s+on\s+(?:tving|disney\+?|prime(?:\s+video)?|hulu|viki|youtube|jtbc"
                                r"|wavve|coupang(?:\s*play)?|(?:cable\s+)?tv)\b|\s*\bnot\s+the\s+(?:time|hour)\b", re.I)
#: After a bare day given, what leaves it unsure: another number than a named day's ("i mean 12, 12 eps omg", "i mean 18, i mean 19 lol") or the
#: poster's own clock or an event ("i mean 20! for us in PH"): the bare day is read as nothing (s2wild94).
#: (or a place's clock right after it, "quer dizer, dia 20 em Portugal" put as "on 20 Lisbon time": never an hour, fix96)
_LOOKED_AFTER = 400
_UNSURE_AFTER_BARE = compile_later(rf"\d|{_OWN_OR_EVENT}|{_EVENT}|^\s+[a-z]+\s+time\b", re.I)
_EVENT_OR_OWN = compile_later(rf"{_OWN_OR_EVENT}|{_EVENT}|\bwatch\s*party\b|\bep(?:isode)?\s*\d|\bs(?:eason)?\s*1\b|\brewatch", re.I)
#: The month of a day taken out, for a bare day given right after it ("March", "3/", "3월").
_ITS_MONTH = compile_later(rf"{MONTH}|(?P<num>\d{{1,2}})\s*(?P<sep>/|월|月)(?=\s*\d)", re.I)


#: What is rumoured online ("网传…3月12日上线，官方定档3月19日"), then Netflix's own day with no "假的" between: the rumour's days
#: are set aside, the official day read (s2wild95).
_HEARSAY_THEN_OFFICIAL = compile_later(rf"^\W*[网網][传傳](?P<heard>(?:(?!假的)[^“”\"「」])*?{_A_DAY}(?:(?!假的)[^“”\"「」])*?)(?<![,。\s])(?=[,。\s]*官方{_OFFICIAL_VERB}\s*是?\s*\d)")
#: An older post quoted back at its poster ('"aouad 2 on march 12" — you, 2 weeks ago', '"…march 12" this you?'): its days are
#: not the post's where it gives its own after ("… 💀 it's march 19"; s2wild95).
_QUOTED_BACK = compile_later(r"[\"“][^\"”]+[\"”]\s*(?=(?:(?:[—–-]\s*)?(?:you|u)\s*,|(?:[—–-]\s*)?this\s+(?:you|u)\b"
                             rf"|aged\s+(?:like|badly|well|poorly)\b)[^\"“]*?{_A_DAY})", re.I)


#: The season's own words, in the clause of a day given after an event's ("…, show's march 26"): only such a day stands over the
#: day corrected (never another event's, the fan's own or another show's: "…, march 15 is the teaser", "watch party march 20",
#: "sweet home 3 is march 26", s2wild96).
#: (Netflix only as the season's own, "netflix's is the 19th", "on netflix": never its other events, "netflix tudum march 15"; a verb
#: only opening the clause, never another thing's, "merch drops march 15"; Spanish "sale", never "on sale": review65d.)
_SEASONS_OWN = compile_later(r"\b(?:show|season|series|s2|aouad|netflix['’]s|on\s+netflix)\b|" + _VERBS
                             + r"|^\W*(?:(?:and|but|so|it|it['’]?s)\s+)*" + _SAID_RELEASED + r"\b"
                             r"|\bestr[eé]i?a\b|\bestreno\b|(?<!\bon\s)\bsale\b", re.I)
_CLAUSE_END = compile_later(r"[,;.!?\n]|(?<=[가-힣])[고며]\s")


#: A poster's correction ending where a clause begins ("march 12, digo, premieres march 19"): that clause is the day given.
_ENDS_IN_A_MARK = compile_later(rf"(?:{_MARKS})(?=\s*,)", re.I)


def corrects_before(text: str, at: int) -> bool:
    """Whether the words right before the comma at `at` are a poster correcting themself, after a day."""
    return any(m.end() == at for m in _ENDS_IN_A_MARK.finditer(text, max(0, at - 24), at + 1)) \
        and _FIRST_DAY.search(text, 0, at) is not None


def _seasons_day_after(text: str, start: int) -> bool:
    """Whether a day after `start` is given in a clause naming the season and no event or clause of the fan's own."""
    ends = [(c.start(), c.end()) for c in _CLAUSE_END.finditer(text, start)]  # (found once: each day's clause by bisection)
    starts = [begin for begin, _ in ends]
    for day in _FIRST_DAY.finditer(text, start):
        before = bisect.bisect_left(starts, day.start())
        after = bisect.bisect_left(starts, day.end())
        clause = text[ends[before - 1][1] if before else start:starts[after] if after < len(starts) else len(text)]
        if _SEASONS_OWN.search(clause) and not _EVENT_OR_OWN.search(clause):
            return True
    return False


#: "Only", after an event's day a correction gives ("19/2 là trailer thôi", "feb 19 is only the trailer", "trailer lang").
_ONLY = compile_later(r"\b(?:thôi|only|just|lang|aja|doang|nom[aá]s|s[oó]lo|só)\b|だけ|而已|只是", re.I)


def _same_moment(m: re.Match[str]) -> str:
    """The day corrected alone when the other is said to be the event's, or is a day next to it (the same moment on another clock,
    an aftershow the day after); else the post as it is ("march 12, no wait march 19 PT" corrects the day)."""
    if m["news"] is not None:
        return ""  # (which day the season's is the post leaves unsure: "march 12, i mean march 19 on my birthday"; read nothing)
    if m["said"] is not None:  # (unless the post gives the season's day after: "…, i mean march 19 is the teaser, show's march 26")
        if _ONLY.search(m.string, m.end("new"), m.end()):
            # ("ra mắt 19/3, à nhầm, 19/2 là trailer thôi": the day given was only ever the event's; no day of the season's stands,
            # the event's word kept, s2wild102)
            return "; " + m.string[m.end("new"):m.end()]
        return "" if _seasons_day_after(m.string, m.end()) else m["first"] + (m["verb"] or "")
    first, new = ([int(d) for d in _DAY_NUMBER.findall(m[name])] for name in ("first", "new"))
    near = len(first) == len(new) and all(abs(a - b) <= 1 for a, b in zip(first, new, strict=True))
    if near and m["own"] is not None:
        return ""  # (which of the two is Korea's day the post cannot tell: "march 18, i mean march 19 for us in PH"; read nothing)
    return m["first"] + (m["verb"] or "") if near else m.group(0)


#: A correction whose clause names another show's numbered title ("el 19 de marzo, digo, se estrena el 12 de marzo Sweet Home 3",
#: "3月19日上線，不對，3月12日上線的是弒獄 3"): the poster mixed the shows up, the day after is the other show's; what follows the
#: correction is set aside and the season's day stands (s2wild100).
_ANOTHER_TITLE_AFTER = compile_later(
    rf"(?<!\s)(?>\s*[!?.,…~]*\s*)(?:{_MARKS})[^;\n.!?]{{0,40}}?(?P<title>(?-i:\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*\s+[2-9])(?![\d/:.])\b"
    r"|(?<=是)\s*[\u4e00-\u9fff]{2,6}\s?[2-9](?!\d)).*", re.I)
#: ... never our own ("…, i mean All of Us Are Dead 2 drops march 19").
_ANY_DAY = compile_later(_DAY_ANY_MONTH, re.I)
_OURS = compile_later(rf"{EN_SHOW_NAME}|{ABROAD_SHOW_NAME}|僵尸校园|殭屍校園", re.I)
#: ... nor a day, a label, an hour, a clock or a weekday with its number ("…, digo, April 9", "… Friday 9", "Part 2", "Pt 2", "Ep 7-12", "KST 5",
#: "3月19日是星期5", "是下午5點"; review66b), the words of `numbers_a_count` too.
_NOT_A_TITLE = compile_later(rf"\b(?:{MONTH}|{WEEKDAY}|{_ES_WEEKDAY}|part[e]?|pt|season|temporada|vol|series|kst|jst|utc|gmt|[pemc][sd]?t|wib|pht)\s*[2-9]$"
                             r"|(?:星期|禮拜|礼拜|周|週|下午|上午|晚上|早上|中午|凌晨|傍晚)\s?[2-9]$", re.I)
#: ... nor one given its own day after it: the day before it is the season's ("i mean march 19, Squid Game 3 is the 12th",
#: review66b).
_ITS_OWN_DAY = compile_later(rf"[^;\n.!?]{{0,20}}?(?:{_A_DAY}|\bthe\s+\d{{1,2}}(?:st|nd|rd|th)\b)", re.I)


def _another_title_set_aside(text: str) -> str:
    m = _ANOTHER_TITLE_AFTER.search(text)
    if m is None or _OURS.search(text, m.start(), m.end("title")) or _NOT_A_TITLE.search(m["title"]) \
            or _ANY_DAY.search(text, 0, m.start()) is None or _ITS_OWN_DAY.match(text, m.end("title")):
        return text
    named = m["title"].split()
    return text if len(named) == 2 and numbers_a_count(named[0]) else text[:m.start()]  # ("Ep 7"; never "Weak Hero Class 2")


def _thought_set_aside(text: str) -> str:
    """`text` with the day "akala ko" thought taken out, and the "pala" of the day found then (`_THOUGHT_THEN_PALA`)."""
    found = _HEARD_THEN_PALA.sub("", _THOUGHT_THEN_PALA.sub(r"\g<said>", text))
    return text if found == text else _PALA.sub("", _DAY_PALA.sub(r"\g<day>", _BUT_FOUND.sub("", found))).strip()


def year_corrected(text: str) -> str:
    """`text` with each year its poster takes back right after its day taken out (`_YEAR_CORRECTED`); a Buddhist year given after
    a year already put in ours (2569 read as 2026, then "เอ้ย 2570") put in ours too."""
    def corrected(m: re.Match[str]) -> str:
        year = int(m["year"])
        return m["day"] + str(year - 543 if year > 2500 else year)
    return _YEAR_CORRECTED.sub(corrected, text)


#: Tonight corrected to tomorrow in Tagalog and Thai ("mamaya na daw… ay bukas pa pala", "คืนนี้ เอ้ย พรุ่งนี้"): as English "tonight, i mean
#: tomorrow" reads it, the day after the one it was written (only that way round: "bukas" alone may be "open"; a trailer's stays the
#: trailer's) (s2wild104); Thai's only after its verb out (ออก, ลง, ฉาย, มา): "จะดูมัธยมซอมบี้ 2 คืนนี้ เอ้ย พรุ่งนี้" is the fan's watching (review68a)
#: Episode 1's day beside a later episode's ("aouad 2 ep 1 march 19, ep 2 march 26", "今学校2 第2話は4月9日配信、第1話は3月19日"): episode
#: 1's day is the season's, said first without its episode's name; the later one's day stays its own (fix121).
_EPISODE_ONE = r"(?:\b(?:episode|ep\.?)\s*0?1\b|第\s*[1一]\s*[話话集]|(?<![\d.])1\s*화)"
#: (Korean's "2화 4월 9일 공개, 1화 3월 19일", "3화는 …, 1화는 3월 19일 공개": its episode needs no word before it, its verb may close the
#: post, s2wild107)
_EPISODE_LATER = r"(?:(?:\b(?:episodes?|eps?\.?)\s*|第\s*)0?(?:[2-9]|1\d)(?!\d)\s*[話话集화]?|(?<![\d.])(?:[2-9]|1\d)\s*화)"
_EPISODE_ONE_FIRST = compile_later(rf"{_EPISODE_ONE}\s*(?:は|is|:|[는은])?\s*(?={_A_DAY}\s*[,、;]\s*(?:and\s+)?{_EPISODE_LATER})", re.I)
_EPISODE_ONE_LAST = compile_later(rf"(?P<later>{_EPISODE_LATER}[^、,;\d]{{0,12}}{_A_DAY}[^、,;]{{0,12}}?)\s*[,、;]\s*(?:and\s+)?{_EPISODE_ONE}"
                                  rf"\s*(?:は|is|:|[는은])?\s*(?P<day>{_A_DAY})(?P<verb>\s*{_RELEASED})?(?=\W*$)", re.I)


#: Hearsay that names Netflix as whose word it is, last ("aouad 2 march 19 na raw sabi ng netflix"): Netflix's word passed on, read as
#: "sabi ng netflix aouad 2 march 19" (reported, never official: the poster did not see it), not someone's rumour (fix121).
_NETFLIX_HEARSAY_LAST = compile_later(r"^(?P<said>[^,;.!?]{4,60}?)\s*(?:\bna\s+)?\b(?:daw|raw)\b\s*,?\s*(?P<whose>sabi\s+ng\s+netflix)\W*$", re.I)


_TONIGHT_THEN_TOMORROW = compile_later(r"\bmamaya\s+(?:na\b\s*)?(?:(?:daw|raw|ba)\b)?\s*[!?.,…~]*\s*(?:ay\s+(?:mali\s*,?\s*)?|este\s*,?\s*|i\s+mean\s+)"
                                       r"bukas(?:\s+pa)?(?:\s+pala)?\b|(?P<thai>(?:ออก|ลง|ฉาย|มา(?!ราธอน))\s*คืนนี้\s*เอ้ย\s*พรุ่งนี้(?:ต่างหาก)?)", re.I)


#: A month said earlier in a Chinese, Japanese or Korean post, then a bare day the poster takes back ("三月上线，第一部是12号吧？不对，
#: 是19号", "3月配信、12日だっけ？いや19日だ", "3월 공개, 12일인가? 아니 19일": fix121): that day is the month's, so the day given after it is too (s2wild106); never a count
#: of months left ("还有三月").
_MONTH_THEN_BARE = compile_later(r"(?P<month>(?<!\d)\d{1,2}|(?<![一二三四五六七八九十第有过過剩])(?:十[一二]|[一二三四五六七八九十]))\s*[月월]"
                                 r"(?P<mid>\s*[^\d\s月월][^\d月월]{0,23}?)(?<![\d月월])(?P<day>\d{1,2})(?=\s*[号號日일]\s*(?:吧|だっけ|인가)?\s*[?!.,、]*\s*"
                                 r"(?:不对|不對|いや|じゃなくて|아니))")


#: ... nor another thing's day corrected: the poster's own, a concert's or Part 2's ("三月上线，演唱会12号吧？不对，是19号", "三月上线，第二部
#: 是12号吧？不对，是19号": review70a)
_OWN_NEWS_SAID = compile_later(rf"{_OWN_NEWS}|演唱会|演唱會|콘서트|コンサート|\bconcert|第(?:二|2)部|파트\s*2|\bpart\s*(?:2|two)\b", re.I)


def _month_carried(m: re.Match[str]) -> str:
    if _OWN_NEWS_SAID.search(m["mid"]):
        return m.group(0)  # ("三月上线，我生日是12号吧？不对，是19号": the poster's birthday corrected, never the season's day)
    said = m["month"]
    month = cjk_number(said)  # ("3", "三", "十二")
    return f"{m['month']}{m.group(0)[len(said):m.start('mid') - m.start()]}{m['mid']}{month}月{m['day']}"


def self_corrected(text: str) -> str:
    """`text` with each day a poster corrects taken out (`_SELF_CORRECTED`), its month kept before a bare day, its verb before
    the day given."""
    def month(m: re.Match[str]) -> str:
        if m.group("bare") is None:
            # (its verb kept: "… 공개 3월 19일" reads, a bare "… 3월 19일" would not; the day given's too, "… tayang 19 maret")
            return "".join(f"{m[verb].strip()} " for verb in ("verb", "gave") if m[verb])
        # (what follows looked at up to 400 characters on: all of it, for each day given, went square on a post of thousands
        # of corrections, "march 12, ay mali, 19 pala " 300 times 1 s, review66b)
        if _UNSURE_AFTER_BARE.search(_FIRST_DAY.sub("", m.string[m.end("bare"):m.end("bare") + _LOOKED_AFTER])):
            return ""  # (a named day after it is another correction: "… i mean 19 😭 no wait, march 26")
        if (said := _ITS_MONTH.search(m.group(0))) is None:
            return m.group(0)  # (no month to carry: the correction is left as it is)
        taken = _DAY_NUMBER.search(m.group(0), said.end() if said["num"] else 0)
        if taken and abs(int(taken.group(0)) - int(m["bare"][:2].rstrip("snrt일日号號 "))) > 14:
            # (far back: "dec 30, i mean the 2nd" is as likely the next month's, and far on the month before's, "april 2, i
            # mean the 30th", review64f; the bare day read alone, as nothing)
            return ""
        # (the verb of the day taken back kept before its month: "3月12日配信…じゃなくて19日" reads 配信 3月19日, s2wild102)
        verb = f"{m['verb'].strip()} " if m["verb"] else ""
        return verb + (f"{said['num']}{said['sep']}" if said["num"] else f"{said.group(0)} ")
    if (wrong := _WRONG_SHOW.search(text)) and (first := _FIRST_DAY.search(text, 0, wrong.start())) \
            and not _OTHERS_WRONG.search(text, first.end(), wrong.start()):
        return text[:first.start()]
    # (Thai's verb before it, ออก or ลง, is read only before a day's number: the verb and the day given said as English's "premieres tomorrow")
    text = _EPISODE_ONE_LAST.sub(r"\g<day>\g<verb>、\g<later>", _EPISODE_ONE_FIRST.sub("", text))  # "ep 1 march 19, ep 2 march 26"
    text = _NETFLIX_HEARSAY_LAST.sub(r"\g<whose> \g<said>", text)
    text = _TONIGHT_THEN_TOMORROW.sub(lambda m: " premieres tomorrow " if m["thai"] else " tonight, i mean tomorrow ", text)
    text = _PART_TWO_SAID_FIRST.sub(_parts_in_order, _PARTS_SAID_OTHERWISE.sub(_parts_said_as_read, text))  # "no, netflix said april 9 for part 2 of aouad 2, part 1 is march 19"
    text = _TAKEN_BACK_UNDATED.sub("", _NOT_OF_THE_DAY.sub("", _NO_THEN_NETFLIX.sub("", text)))
    text = _QUOTED_BACK.sub(lambda m: _FIRST_DAY.sub("", m.group(0)), text)
    text = _HEARSAY_THEN_OFFICIAL.sub(lambda m: _FIRST_DAY.sub("", m["heard"]), text)
    text = _thought_set_aside(year_corrected(_another_title_set_aside(text)))
    text = _RELATIVE_CORRECTED.sub("", _COUNT_CORRECTED.sub("", _HOUR_CORRECTED.sub("", text)))
    text = _WEEKDAY_CHANGED.sub(lambda m: m.group(0) if m["was"].lower() == m["now"].lower() else "", text)
    text = _TO_ANOTHER_CLOCK.sub(_same_moment, _NETFLIX_SAID_OTHERWISE.sub(r"\g<before>", text))
    text = _MONTH_THEN_BARE.sub(_month_carried, text)
    once = _SELF_CORRECTED.sub(month, _BEFORE_A_CLAUSE.sub("", _BEFORE_A_COUNTRYS.sub("", _OTHERS_SET_ASIDE.sub("", text))))
    # (again: a bare day given its month may itself be corrected, "march 12, i mean 19 😭 no wait, march 26", review64f)
    corrected = _SELF_CORRECTED.sub(month, once)
    return _PALA.sub("", corrected) if corrected != text else corrected
