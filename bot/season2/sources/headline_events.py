"""Events of the season that have days of their own (a premiere gala in Seoul, a showcase, a fan meeting, a watch party, a
cast live stream, a channel's broadcast, a birthday): a day or a delay a headline gives may be the event's, never the
release's. Read by `headlines.classify_headline`: `event_day` and `event_delayed` say when the day or the delay is the
event's, `before_event` and `past_the_event` keep the release's own day when both are given."""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import Pattern, compile_later
from bot.season2.sources.headline_dates import parse_headline_date
from bot.season2.sources.headline_forms import release_ahead
from bot.season2.sources.headline_rules import COUNTED_AFTER
from bot.season2.sources.headline_words import NAMED_DAY, PART_MARK
from bot.season2.sources.other_titles import SEASON_TWO_NAME, SHOW

#: Cities a premiere or screening is held in ("AOUAD 2 premiere in Seoul"): venues, not clocks, so not bot/zones.PLACES
#: (the places fans name for their clock, which the city-clock readers take): a venue city needs no clock row (Busan,
#: Taipei, Milan, "Seúl"), and PLACES' clock names that are words or regions ("lima", "hawaii", "cdmx") are no venue.
_CITIES = (r"(?:seoul|se[uú]l|s[ée]oul|busan|tokyo|manila|jakarta|bangkok|singapore|taipei|hong\s*kong|london|paris|berlin|madrid|rome|milan|los\s+angeles"
           r"|new\s+york|toronto|sydney|mexico\s+city|s[aã]o\s+paulo)\b")
#: Words that report a day rather than name a podcast's show ("podcast officially confirms …", "podcast resmi bilang …").
_SAYS = r"(?:confirm\w*|says?|said|announc\w*|anunci\w*|reveal\w*|dice|dijo|diz|disse|bilang|kata(?:nya)?|\w*umum\w*)"
#: An event of the season's that has a day of its own (a party, a screening, a fan meeting): a day in a
#: headline naming one may be that event's, never taken as the release's.
_DAY_OF_AN_EVENT = compile_later(
    r"\b(part(y|ies)|screenings?|showcases?|galas?|fan ?meet(ing)?s?|press (conference|junket)|press ?con(f|s)?|red carpet|concerts?"
    r"|festivals?|events?|eventos?|[ée]v[ée]nements?|q\s?&\s?as?|livestreams?|encontros?\s+com\s+(?:os\s+)?f[ãa]s|encuentros?\s+con\s+(?:los\s+)?fans|pop-?ups?|exhibitions?|watch part(y|ies)|expos?|expositions?|exposi[çc](?:ão|ao|ões|oes)|exposici[óo]n(?:es)?)\b|제작발표회|쇼케이스|팬미팅|시사회|행사|간담회|레드\s*카펫"
    # a special about the season ("the aouad 2 special", "aouad 2 special: the cast reacts"), never a special announcement (s2wild70)
    # a chart's own day ("aouad 2 top 10 debut reveal tuesday — 12pm in LA": Netflix's weekly list, never the release, s2wild78)
    r"|\b(?:top\s*10|top\s+ten|chart)\s+(?:debut|reveal|update|ranking)s?\b"
    r"|\bspecials?\b(?!\s+(?:announcement|news|update|edition|episode|effects?|forces?|guest|day|date|message|thanks|look|preview))"
    # (nor a premiere special whose clause is the season itself: "the aouad 2 premiere special: the whole season streams …", s2wild71)
    r"(?!\s*:\s*(?:the\s+)?(?:whole|full|entire)\s+season\b|\s*:\s*all\s+(?:\d+\s+)?episodes\b"
    # (nor a "special" that only labels the season's own premiere day: "Netflix special: … Season 2 premieres March 19")
    r"|\s*:\s*[^:;|—–]{0,80}?\bpremier(?:e|es|ing)\b)"
    # a person's own day (enlisting, discharge, a birthday, the day they were born: a wish's "born May 21" once its
    # "happy birthday" is read off) and goods on sale: "윤찬영, 3월 26일 입대", "s2 merch drops march 5", "aouad 2 game is out tomorrow"
    r"|\b(enlist(s|ed|ing|ment)?|military service|discharged?|birthday|born|wedding|merch(andise)?|pre-?orders?|tickets?|(?<!squid )games?|photo ?books?)\b"
    r"|\bpodcasts?\s+ep(?:isode)?\.?\s*\d"  # (a podcast's episode and its day, "aouad 2 official podcast ep 1 drops march 12", s2wild86)
    # (a podcast or an aftershow that premieres itself, "aouad 2 official podcast premieres march 26", s2wild87)
    rf"|\b(?:podcasts?|after-?shows?|after\s+shows?)\s+(?:(?:oficial|official(?:ly)?|resmi)\s+)?(?:(?:de|da|do|del|(?<=(?:resmi|icial|ially)\s))\s*(?:(?!{_SAYS}\b)[^\s:;,.!?]+\s+){{1,8}}?)?(?:premieres?|drops?|launch(?:es)?|debuts?|starts?|begins?"
    r"|airs?|is\s+out|comes?\s+out|se\s+estrena|estr[ée]ia|tayang|ra\s+mắt|lên\s+sóng)\b"  # (and "se estrena", "estreia", "tayang", s2wild88)
    # (Indonesian "podcast resmi aouad 2 tayang …": the show's name, its whole written-out name, after "resmi" (read as "officially") or
    # "official" with no "de", s2wild89; never words that report the season's day: "podcast officially confirms season 2 premieres …",
    # "podcast resmi bilang aouad 2 tayang …", review63f)
    r"|팟캐스트\s*(?:제\s*)?\d+\s*[화회]|ポッドキャスト\s*(?:第\s*)?\d+\s*[回話]|播客\s*第?\s*\d+\s*[期集]"  # (and in Korean, Japanese, Chinese, s2wild87)
    # a fans' rewatch or marathon, the cast's press tour, a price change: "my aouad s2 rewatch got delayed to friday"
    # (and a quiz night on a fans' server, a marathon in Spanish or Portuguese, a French "soirée quiz", Vietnamese "xem chung", s2wild80)
    r"|\b(re-?watch(es|ing)?|watch-?alongs?|watch-?part(y|ies)|nobar|xem\s+chung|marathons?|marat[oó]n(es)?|maratonas?|quiz(zes)?"
    r"|trivia\s+nights?|soir[ée]es?\s+(quiz|visionnage|de\s+lancement)|press tours?|junkets?|promo(tion)?s? tours?|price (hike|increase|change)s?)\b"
    r"|입대|전역|제대|입소|생일|결혼|굿즈|예매|정주행|재탕|몰아\s*보기|같이\s*보기"  # (a fan's binge or watch party)
    r"|\bhọp\s+báo\b"  # (a press conference in Vietnamese, its launch's "họp báo ra mắt" never the release, s2wild108)
    # a fan's own viewing plan ("watching aouad 2 tonight, i mean tomorrow", "vou assistir … amanhã", "manonood ako ng …"): the
    # evening they watch, never the day it comes out, said first (never "aouad 2 drops tomorrow, gonna watch it all night") (s2wild105)
    r"|^\W*(?:(?:(?:i['’]?m|i\s+am|we['’]?re)\s+)?watching|(?:i['’]?ll|i\s+will|we['’]?ll|will|(?:i['’]?m\s+)?(?:gonna|going\s+to))\s+(?:be\s+)?"
    r"watch(?:ing)?|vou\s+(?:assistir|maratonar)|voy\s+a\s+ver|manonood\s+(?:ako|kami|tayo)|(?:aku|gue|gw|saya)\s+(?:mau\s+|akan\s+)?nonton)\b"
    # ... unless the clause after it opens on the release ("i'm watching aouad 2 tomorrow, it drops at 5pm KST", "… when netflix
    # drops it", "vou assistir … amanhã, estreia dia 19": the plan is for its day, review69a; never the verb read into the plan's
    # own clause, "watching aouad 2 premieres tomorrow", nor another's, "…, my bf premieres his film friday"; anchored at the
    # start, this looks ahead once, up to the first break)
    r"(?!(?:(?!\b(?:when|once|quando|cuando|saat)\b)[^,;.!?—])*(?:[,;.!?—]|\b(?:when|once|quando|cuando|saat)\b)\s*(?:(?:and|then|e|y)\s+)?"
    r"(?:(?:it['’]?s|it(?:\s+will)?|the\s+(?:show|season|series)|s2|season\s*2|aouad\s*2|netflix|ela|a\s+s[ée]rie|la\s+serie)\s+)?"
    r"(?:drops?|comes?\s+out|releases?|premieres?|estr[eé]ia|estrena|se\s+estrena|lan[çc]a|rilis|tayang|lalabas)\b)"
    # (s2wild48: a pop-up store, a guest-visit screening, a stage greeting, a group viewing: "지우학2 팝업스토어 7월 10일로 연기")
    r"|팝업|\bGV\b|무대\s*인사|단체\s*관람|상영회"
    # a premiere held in a city or at a venue (s2wild54: "AOUAD 2 premiere in Seoul on 4/13"): an event; the release is worldwide
    # ("AOUAD 2 Seoul premiere on April 13", "the premiere of AOUAD 2 in Seoul")
    r"|\b(?:premi[eè]res?\s+(?:(?:of|de|da|do|von|di|du)\s+(?:\S+\s+){1,8}?)?(?:on\s+\S+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+"
    # (its day before the city with no "on": "… premieres March 19 in Seoul", s2wild72)
    r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+|(?:tonight|today|tomorrow)\s+)?"  # ("premieres tonight in busan", s2wild73)
    r"(?:in|at|sa|en|em|à|a|im)\s+(?:the\s+)?(?=" + _CITIES
    + r"|cgv|lotte|megabox|coex|cinemas?\b|theat(?:er|re)s?\b)|(?:" + _CITIES + r")\s+premieres?\b)"
    # the cast's live stream ("live do elenco", "Live de Netflix con el elenco", "cast live on YouTube", 라이브, 直播), a fan's
    # reaction or recap stream ("AOUAD 2 · Recap Stream · April 16 · 8PM KST")
    r"|\blive-?streams?\b|\b(?:reaction|react|recap|fan|community|discord|podcast)\s+streams?\b|\blives?\s+(?:do|da|del|de)\s+(?:elenco|reparto|cast)\b|\blives?\s+(?:\S+\s+){0,3}?(?:con|com|with|avec)\s+(?:el|o|the|le)?\s*(?:elenco|reparto|cast)\b|\bcast\s+live\b|\b(?:en|ao)\s+vivo\b"
    r"|\blive\s+ng\s+(?:netflix|(?:the\s+)?cast|mga)\b"  # (Tagalog "live ng netflix ph": Netflix's live, s2wild88)
    # (Netflix's own "live for" the season, "netflix korea live for aouad 2 march 18 8pm kst"; a Korean or Thai aftershow, s2wild91)
    r"|\bnetflix(?:['’]s)?(?:\s+(?:korea|kr|ph|philippines|indonesia|japan|jp|brasil|brazil|latam|asia|official))?\s+lives?\s+(?:for|of|with)\b"
    r"|애프터\s*쇼|อาฟเตอร์\s*โชว์"
    r"|\blive\s+with\s+(?:the\s+)?(?:cast|actors|stars)\b|\blive\s+(?:on\s+|sa\s+)?(?:twitch|youtube|tiktok|instagram)\b|\btwitch\b"
    r"|라이브|생방송|直播|ライブ配信|(?:живой|прямой)\s+эфир"
    # a Korean channel's broadcast ("JTBC서 3월 20일 첫 방송", "JTBC TV in Korea from March 20"): the channel's day, not
    # Netflix's global release (JTBC Studios, the maker, is no channel)
    r"|\b(?:jtbc|tvn|kbs2?|sbs|mbc|ena)(?!\s*(?:스튜디오|studios?)\b)(?:에서|서)?\s+(?:\S+\s+){0,5}?(?:첫\s*방송|방송|방영)"
    r"|\b(?:jtbc|tvn|kbs2?|sbs|mbc|ena)\s+(?:tv\b|airs?\b|will\s+air\b|broadcasts?\b)|\b(?:on|to)\s+(?:jtbc|tvn|kbs2?|sbs|mbc|ena)\b(?!\s*studios?\b)"
    # Spanish, Portuguese and French say "la première" of the gala (their release is estreno, estreia, sortie); an
    # event is what rain or a storm puts off
    # a premiere's day set against the release's, "on Netflix", after "but" ("the aouad 2 premiere is april 13 but it premieres on
    # netflix april 16"): the event's (s2wild55)
    r"|\bpremiere\s+(?:is|was|will\s+be|['’]s)\s+(?=[^.;!?]{0,30}\bbut\b[^.;!?]{0,40}\bon\s+netflix\b)"
    # a premiere or a gala said held ("takes place", German "findet … statt", "tendrá lugar", "aura lieu"): an event (s2wild55)
    r"|\b(?:takes?\s+place|will\s+be\s+held|findet\b[^.;!?]{0,60}?\bstatt|tendr[áa]\s+lugar|aura\s+lieu|acontecer[áa])\b"
    r"|\b(la|a|le)\s+premi[eè]re\b|\b(due\s+to|because\s+of|por|pela|karena)\s+(la\s+|a\s+)?(rain|storms?|weather"
    r"|lluvia|tormenta|chuva|hujan)\b",
    re.I,
)


def names_event(text: str) -> bool:
    """Whether `text` names an event, goods or a person's own day that has a day of its own (a fan meeting, merch, a game)."""
    return _DAY_OF_AN_EVENT.search(text) is not None


#: Where a headline's parts meet: ";", "…", " — ", or a sentence's end as moderators paste them ("… March 26, 5 PM KST.
#: Watch party moved too."), not a time's "p.m." nor an initial's stop.
#: (a sentence's end: not a time's "p.m." nor an initial's stop)
_SENTENCE_GAP = r"(?<=[.!?])(?<![ap]\.m\.)(?<!\b[A-Za-z]\.)\s+"
_PART_BREAK = compile_later(rf"\s*{PART_MARK}\s*|{_SENTENCE_GAP}" r"(?=[A-Z*\"“'‘\uac00-\ud7a3])")


def event_delayed(text: str, delay: Pattern) -> bool:
    """Whether what a headline says is put off is an event ("fan event postponed to March 26"): every part that
    holds the delay's words names one ("Delayed one week — new release: March 26. Watch party moved too." is the
    season's delay: its watch party is another part)."""
    return all(_DAY_OF_AN_EVENT.search(part) for part in _PART_BREAK.split(text) if delay.search(part))


#: A birthday wished today ("Happy birthday Chan-young! 🎂 see you on May 21 in AOUAD 2", "생일 축하해", "Selamat ulang tahun"):
#: the birthday is the day it is written, so a day the wish gives is no birthday's (a birthday café's "March 20-22" still is
#: an event's: its other words say so).
_BIRTHDAY_WISHED = compile_later(r"\bhappy\s+(?:belated\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?b(?:irth)?day\b|생일\s*(?:축하|맞아|맞은)"
                              r"|\bselamat\s+ulang\s+tahun\b|\bdoğum\s+günün\s+kutlu\s+olsun\b|\bfeliz\s+(?:cumpleaños|aniversário)\b"
                              r"|\bjoyeux\s+anniversaire\b|\balles\s+gute\s+zum\s+geburtstag\b|\bmaligayang\s+kaarawan\b", re.I)


#: A cry's end ("AOUAD 2 drops this Friday! watch party at 9 pm Manila"): what follows is a sentence of its own.
_CRY_BREAK = compile_later(r"[!！]+\s*")


def before_event(text: str) -> str:
    """`text` up to the first sentence after a cry or a part break that names an event, when the first one names none
    ("AOUAD 2 drops this Friday! watch party at 9 pm Manila": the party's hour is no release's); else `text` itself."""
    if _DAY_OF_AN_EVENT.search(text) is None:
        return text
    starts = sorted({m.end() for m in _CRY_BREAK.finditer(text)} | {m.end() for m in _PART_BREAK.finditer(text)})
    if not starts or _DAY_OF_AN_EVENT.search(text[:starts[0]]):
        return text
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        if _DAY_OF_AN_EVENT.search(text[start:end]):
            return text[:start]
    return text


#: A post opening on "it" for its subject ("it's streaming march 19 — …", "it drops friday!").
_IT_OPENS = compile_later(r"\W*it(?:['’]?s\b|\s+(?:is|will|drops|streams|comes|premieres|arrives)\b)", re.I)


def event_day(text: str, written: dt.date | None) -> bool:
    """Whether the day a headline gives may be an event's: every part of it that gives a day names an
    event ("제작발표회 오늘 개최…12일 공개" gives the release its own part), and no day comes before the event is named
    in a sentence of its own (`before_event`)."""
    text = COUNTED_AFTER.sub(" ", _BIRTHDAY_WISHED.sub(" ", text))  # "march 19, and the fan meet three weeks after": ours
    if not _DAY_OF_AN_EVENT.search(text) or release_ahead(text) or _goods_after_release(text):  # "event ahead of tomorrow's release"
        return False
    if (head := before_event(text)) != text and parse_headline_date(head, written) is not None:
        # "it's streaming march 19 — aouad 2 watch party": the day's "it" is the party the post names after it (s2wild70);
        # else "AOUAD 2 drops this Friday! watch party …": the day is the release's, said before the party
        return _IT_OPENS.match(head) is not None and SHOW.search(head) is None
    event = _DAY_OF_AN_EVENT.search(text)
    if event is not None and (before := parse_headline_date(text[:event.start()], written)) is not None:
        after = parse_headline_date(text[event.end():], written) or _bare_day(text[event.end():], before)
        if after not in (None, before):
            return False  # "tayang 14 Mei, tapi nobar … 15 Mei": the event has its own day after it, the first is the release's
        if after is None and _RELEASED_BEFORE.search(text[:event.start()]):
            return False  # "僵尸校园2 3月19日上线 直播预告": the season's day and verb, a live's notice with no day (s2wild90)
    if (past := past_the_event(text, written)) is not text and (SHOW.search(past) or _RELEASE_OPENS.match(past) or _RELEASED_BEFORE.search(past)
                                                                 or _KO_RELEASE_OPENS.match(past)):
        return False  # "aouad 2 red carpet in Seoul tomorrow, premieres on netflix friday": the release's own day after (s2wild77)
    dated = [part for part in _PART_BREAK.split(text) if parse_headline_date(part, written) is not None]
    return not dated or all(_DAY_OF_AN_EVENT.search(part) for part in dated)


#: One later episode named ("episode 2", "ep. 7", "第2話", "2화", "tập 2", "ตอนที่ 2", "episódio 2", "capítulo 2"): never the
#: first (episode 1's day is the season's), nor a run ("eps 7-12", "1·2화"), nor how far one has watched ("ep 3/8").
_EPISODE_NAMED = (r"(?:\b(?:episodes?|eps?\.?|epis[oó]dios?|cap[ií]tulos?|caps?\.|tập)\s*|ตอนที่\s*|第\s*)(?:0?[2-9]|1\d|20|[二三四五六七八九十])"
                  r"(?:\s*[話话集회화])?(?!\d)|(?<![\d/·.,~-])(?:[2-9]|1\d|20)\s*화")
#: ... of our season: said right after its name (an article between, "Estamos Muertos 2: el episodio 3", s2wild108) or "of" it
#: ("aouad 2 episode 2", "지우학2 2화", "episode 2 of aouad 2"); never
#: a fan's own place or season 1's ("im on episode 5 rn and aouad 2 drops march 19"), nor a word after the name ("지우학2 화이팅")
_LATER_EPISODE = compile_later(rf"(?:{SEASON_TWO_NAME})\s*[:,–-]?\s*(?:(?:the|el|o)\s+)?(?:{_EPISODE_NAMED})|(?:{_EPISODE_NAMED})\s+(?:of|de|do|da)\s+(?:{SEASON_TWO_NAME})",
                               re.I)
#: What follows an episode's number that makes it one of a run or a share ("eps 7-12", "7 to 12", "3/8").
_RUN_AFTER = compile_later(r"\s*(?:[-–~/·,&]|to\b|a\b|al\b|ao\b|y\b|e\b|and\b|và\b|까지)\s*\d", re.I)


def episode_day(text: str, written: dt.date | None) -> bool:
    """Whether the first day `text` gives is one later episode's ("aouad 2 episode 2 drops april 9", "今学校2 第2話は4月9日配信"):
    named with no day before it (never "aouad 2 part 1 march 19, episode 7 april 9", the season's 19th said first)."""
    for m in _LATER_EPISODE.finditer(text):
        if _RUN_AFTER.match(text, m.end()):
            continue
        return parse_headline_date(text[:m.start()], written) is None and parse_headline_date(text[m.end():], written) is not None
    return False


#: A bare day right after an event's words ("… y el aftershow oficial se estrena el 20"): the month of the day before it.
_BARE_DAY = compile_later(r"\W*(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:[ap]\.?m\b|h\b|uhr\b|시|点|時))", re.I)
#: A day said with the season's own release verb after it, the event's words next ("3월 19일 공개 라이브", as a Chinese
#: "3月19日上线 直播预告" reads).
_RELEASED_BEFORE = compile_later(r"\d\s*일\s*공개\W*$")
#: ... or the release named first in Korean after the event's part ("제작발표회 3월 10일, 공개는 3월 19일", fix133).
_KO_RELEASE_OPENS = compile_later(r"\W*(?:넷플릭스\s*)?공개(?:는|일은|일)?\s")


def _bare_day(text: str, before: dt.date) -> dt.date | None:
    """The day of `before`'s month that a bare number opening `text` gives, if it is one."""
    if (m := _BARE_DAY.match(text)) is None:
        return None
    try:
        return before.replace(day=int(m.group(1)))
    except ValueError:
        return None


#: A clause that opens on the release itself, its subject left out or "it" ("premieres on netflix friday", "then it's on netflix
#: friday"): the season's, said after its event's clause.
_RELEASE_OPENS = compile_later(r"\W*(?:(?:and\s+)?then\s+)?(?:it['’]?s\s+|it\s+)?(?:premieres|drops|streams|arrives|lands|hits\s+netflix"
                               r"|comes\s+out|(?:is\s+)?(?:out|on\s+netflix))\b", re.I)


#: Goods that come with the season, named after its own release verb and day ("AOUAD 2 premieres March 19, photo books to
#: follow", "… drops March 19 alongside a mobile game"): the day is the season's, the goods have none (never "merch drops
#: March 5" nor "the game is out tomorrow": the goods come first there).
_GOODS_AFTER = compile_later(r"\b(?:merch(?:andise)?|(?<!squid )games?|photo ?books?)\b", re.I)
_RELEASED_ON = compile_later(r"\b(?:premieres?|releases?|drops?|arrives?|lands?|debuts?|comes\s+out|(?:is|are)\s+out|streams?|hits\s+netflix)"
                             rf"\s+(?:on\s+)?{NAMED_DAY}\W*(?:and\s+|with\s+|alongside\s+|plus\s+)?(?:an?\s+|the\s+|its\s+|new\s+|official\s+|mobile\s+)*$", re.I)


def _goods_after_release(text: str) -> bool:
    """Whether every event word of `text` is goods named right after the season's own release verb and day."""
    words = list(_DAY_OF_AN_EVENT.finditer(text))
    return bool(words) and all(_GOODS_AFTER.fullmatch(w.group(0)) for w in words) \
        and _RELEASED_ON.search(text[:words[0].start()]) is not None


#: A sentence's end as fans type it, whatever case follows (not a time's "p.m." nor an initial's stop).
_SENTENCE_END = compile_later(_SENTENCE_GAP)
#: A comma between clauses (a city's "Seoul, April 13" has no day before it).
_CLAUSE_BREAK = compile_later(r"\s*[,，、]\s*")


def past_the_event(text: str, written: dt.date | None) -> str:
    """The first part of `text` giving a day that names no event, when the first day it gives is an event's (the showcase's
    "다음 주 화요일" before the release's "공개는 금요일 28일"), or from a day said "ahead of" as the release's; else `text` itself."""
    if (ahead := release_ahead(text)) is not None and parse_headline_date(ahead.group(0), written) is not None:
        return text[ahead.start():]  # "press conference March 16 ahead of its March 19 release": the 19th (s2wild64)
    parts = _PART_BREAK.split(text)
    if len(parts) < 2:  # (s2wild55: or a comma's: "4월 13일 쇼케이스, 4월 16일 넷플릭스 공개", "…プレミア開催、配信は4月16日")
        parts = _CLAUSE_BREAK.split(text)
    if len(parts) < 2:  # (or a sentence's end before a lower-case one: "Coming March 16: aouad 2 press conference. the show drops …")
        parts = _SENTENCE_END.split(text)
    if len(parts) < 2 or not _DAY_OF_AN_EVENT.search(parts[0]) or parse_headline_date(parts[0] + " 공개", written) is None:
        return text  # (the event's part gives a day of its own, once the release's verb after it is set aside)
    return next((part for part in parts[1:] if not _DAY_OF_AN_EVENT.search(part) and parse_headline_date(part, written)), text)
