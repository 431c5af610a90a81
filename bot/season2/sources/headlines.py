"""Headlines as season-2 claims: which milestone a headline announces, and when two headlines are
the same news. Pure functions on text (the RSS source fetches; this reads).

`classify_headline` maps wording, English or Korean, to a milestone claim at 'reported' ('rumour'
when the headline says so: "rumour", "leaked", "insider claims", 루머, or relays someone else's word:
"reportedly", "report says", 공개설, 관계자피셜, 공개래, an exclusive only "유력"). Its release date keeps the time and zone it gives
(`headline_moments.py`); `headline_parts.py` reads a headline part by part and reads corrections; the words that say how sure
it is (asks, denies, hedges) are `headline_strength.py`'s. A headline claims nothing
unless it is about the second season (an actor's other drama, season 1 or a third season are not),
and nothing when it asks, guesses or clickbaits ("?", "could", "expected", 전망), denies or negates
("denies", "false", "not delayed", 사실무근). A delay is read with its new day or window, in English
("pushed back to", "slips into 2028", "won't arrive until") and Korean ("공개 3월 26일로 연기", "내년으로 미뤄져"),
only to a time ("slips to No. 3" is a chart's), never an event's (`headline_events.py`) or a trailer's, never 연기 as acting
(연기력, 연기 변신); a day changed without a delay's words ("moved to", "moved up to", "reschedules", "3월 26일로
변경") is a change of the release date to that day. A trailer, teaser or poster "out now" is that
material, not the season, and a date next to one is its date unless the headline ties it to the
season ("release date", "series premieres"). Each milestone's wording is `headline_rules.py`'s, the day and the
years a headline names `headline_dates.py`'s. De-duplication of items (`rss.item_key`, `rss.syndicated_from`) lives
with the feed reader.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from bot.lazy_re import compile_later
from bot.season2.model import Confidence, Milestone
from bot.season2.sources.headline_city_clocks import without_other_days
from bot.season2.sources.headline_dates import (
    EITHER_DAY,
    counted_from_another_day,
    one_month,
    parse_headline_date,
    years_named,
)
from bot.season2.sources.headline_events import (
    before_event,
    episode_day,
    event_day,
    event_delayed,
    past_the_event,
)
from bot.season2.sources.headline_korean import KO_WAS, KOREAN_MAKING_ONLY
from bot.season2.sources.headline_moments import day_span, release_moment
from bot.season2.sources.headline_rules import CHART_SAID, CRY_THEN_DAY, GOODS_OUT, RULES
from bot.season2.sources.headline_strength import (
    OURS_UNDATED,
    STILL_AWAITED,
    UNDATED_BUT_RUMOURED,
    hedged,
    other_material_only,
    refuses,
)
from bot.season2.sources.headline_windows import SEASON_DATE, release_window_in
from bot.season2.sources.headline_words import MONTH_TYPED
from bot.season2.sources.other_titles import SEASON_TWO_NAME, SHOW, other_work_out
from bot.season2.windows import Window
from bot.text import HANGUL

#: The headline is about the second season (not the show in general: "All of Us Are Dead star X
#: joins a new drama" is news about an actor's other work, and "renewed for season 3" is not ours).
_SEASON_TWO = compile_later(
    r"\b(season|series|part|vol(ume)?\.?)\s*(2|two|ii)\b|\b(second|2nd) (season|instal?l?ment|part|chapter)\b|\bs2(\b|(?=e\d{1,2}\b))"
    # (not the webtoon's own: "All of Us Are Dead Webtoon Gets a Sequel", "Joo Dong-geun's sequel webtoon launches …")
    r"|(?<!webtoon gets a )(?<!webtoon\s)\bsequel\b(?!\s+(webtoon|comic|manhwa|novel|book|game))|\bnew season\b|(all\s?of\s?us\s?are\s?dead|\baouad)['’\"”]?\s*(s(eason)?\s*)?(2|ii)(\b|(?=[\u3040-\u30ff\u4e00-\u9fff]))|시즌\s*2|학교는\s*'?\s*2|학교는2|지우학\s*2"
    # (a Japanese particle may follow it straight away: "AOUAD 2の噂")
    # "'All of Us Are Dead' returns March 19": only season 1 is out, so the show's return on a day or in a month is season 2's
    r"|all\s?of\s?us\s?are\s?dead['’\"”]?\s+(officially\s+|finally\s+)?(returns|is\s+back|comes\s+back|will\s+return|to\s+return)"
    r"\s+(on\s+|in\s+)?(?=" + MONTH_TYPED + r"(\s|$)|20\d\d\b|(this|next)\s)",
    re.I,
)
_OTHER_SEASON = compile_later(r"\b(season|series|part)\s*([3-9]|three|four|iii)\b|\b(third|3rd|fourth) season\b|시즌\s*[3-9]", re.I)
#: Words for promotional material: "trailer out now" or "teaser drops March 5" is not the season.
_MEDIA = compile_later(
    r"\b(tr[aá]ilers?|teasers?|posters?|key[- ]?art|first[- ]look|stills|still (?:cuts?|photos?|images?)|photos?|images?|pictures?|clips?|sneak peek|ost"
    # a dub or subtitles come on days of their own ("English dub arrives March 26", "dub delayed to April")
    r"|soundtrack|recap\s+(?:videos?|clips?|specials?)|blu-?rays?|dvds?|steelbooks?|vinyls?|physical release|albums?|(?:first|lead|new|debut|pre-?release|digital)\s+singles?|featurette|behind[- ]the[- ]scenes|bts|documentary|docuseries|making[- ]of|script reading|table read|dub(s|bed)?|dubbing|subtitles?|subs)\b"
    r"|예고편|티저|포스터|스틸|대본 리딩|더빙|자막",
    re.I,
)


#: A later part of season 2 ("Season 2 Part 2", "S2 Vol. 2", "시즌2 파트2"): its day is that batch's, not the season's.
_LATER_PART = compile_later(r"(\b(season|series)\s*(2|two)|\bs2|시즌\s*2|학교는\s*2|지우학\s*2)['’\"”]?\s*[:,\-—–]?\s*(\b(part|pt\.?|vol(ume)?\.?)"
                         r"\s*(2|3|two|three|ii)\b|파트\s*[23]|[23]\s*부)"
                         # "Part 2 of All of Us Are Dead Season 2 arrives March 26"
                         r"|\b(part|pt\.?|vol(ume)?\.?)\s*(2|3|two|three|ii)\s+of\b", re.I)
#: People of the season as the subject of a release's verb ("the s2 cast arrives tomorrow", "AOUAD 2 stars land in LA
#: March 5"): where they go, not the season.
_PEOPLE_GO = compile_later(
    r"(\b(season|series|part)\s*(2|two)|\bs2|\bsequel|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+(cast|stars?|actors?|actress(es)?|director"
    r"|crew|team|leads?|members?|trio|duo)\b(\s+[^\s;…,]+){0,2}?\s+(arriv\w*|lands?|landing|returns?|drops? by|comes?|coming|hits?"
    r"|heads?|heading|stops? by)\b", re.I)
#: Korean material, then straight away its day and 공개: "예고편 3월 1일 공개 확정" is the trailer's day, whatever 확정 says
#: ("촬영장 비하인드 1월 25일 공개", the behind-the-scenes video's; "OST 3월 12일 공개 확정", the soundtrack's, s2wild69).
_KOREAN_MEDIA_DAY = compile_later(r"(예고편|티저|포스터|스틸|트레일러|비하인드|메이킹|특별\s*영상|[Oo][Ss][Tt]|사운드\s*트랙|음원|앨범|굿즈)\S*\s*(\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(오전|오후)?\s*(\d{1,2}\s*시\s*)?공개")
#: Years ahead of the day written beyond which a year named is hyperbole ("pushed to 2099"), never a window.
_FARTHEST_YEARS = 5
#: A delay of the release set for a day ("delays May 14 premiere", "5월 14일 공개 연기", Japanese "5月14日配信延期"): that
#: day is the one put off, never the new one (which comes after "to", 로 or に: "delayed to May 21", "5월 21일로 공개 연기").
_DELAYS_DAYS_RELEASE = compile_later(
    r"\b(?:delay\w*|postpone\w*|push\w*(?:\s+back)?)\s+(?:[\w'’]+\s+){0,8}?" + MONTH_TYPED +
    r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*20\d\d)?\s+(?:netflix\s+|global\s+)?(?:premiere|release|debut|launch)\b"
    r"|(?<!\d)\d{1,2}\s*월\s*\d{1,2}\s*일\s*(?:넷플릭스\s*)?(?:공개|첫\s*방송)\s*(?:일정\s*)?(?:이\s*|을\s*)?(?:연기|미뤄|미룬|늦춰|순연|무산|불발|취소|물\s*건너|없던\s*일)"
    # ... or the day it was, then put off ("4월 2일 공개였는데 결국 연기"), with no new day (a new one comes before 로)
    r"|(?<!\d)\d{1,2}\s*일\s*(?:넷플릭스\s*)?(?:공개|첫\s*방송)\s*(?:예정)?\s*" + KO_WAS
    + r"\s*(?:(?:결국|끝내|또다시|또|다시|갑자기)\s*){0,2}(?:연기|미뤄|미룬|미뤘|밀림|밀렸|밀려|늦춰|순연)",
    re.I)
_DELAYED_TO_DAY = compile_later(r"\b(?:to|until|till)\s+" + MONTH_TYPED + r"\s+\d|(?<!\d)(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*"
                             r"(?:(?:오전|오후|밤|저녁|새벽|낮)\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?\s*)?(?:로|に)", re.I)  # ("30일 오후 4시로": its hour)


#: The day a delay put off, said as the one people had ("i've had May 7 in my calendar", "was supposed to be May 7",
#: "originally May 7"): no new day, when none comes after "to".
_DAY_IT_HAD = compile_later(r"\b(?:i['’]?ve\s+had|i\s+had|we['’]?ve\s+had|we\s+had|had\s+it\s+(?:as|on)|was\s+supposed\s+to\s+be|was\s+set\s+for"
                            r"|was\s+meant\s+to\s+be|originally)\s+(?:[\w'’]+\s+){0,2}?" + MONTH_TYPED + r"\s+\d",
                            re.I)


def _new_day_mark(text: str) -> re.Match[str] | None:
    """Where a delay's new day is written: the last day after "to" or before 로 / に ("from May 14 to May 21")."""
    marks = list(_DELAYED_TO_DAY.finditer(text))
    return marks[-1] if marks else None


#: The readings that give the release its day (a delay gives one too, or a window).
_DATED = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED)


@dataclass(frozen=True)
class Classified:
    milestone: Milestone
    confidence: Confidence
    release_at: dt.datetime | None
    #: A release window named without its day ("coming in March 2027", "this spring", "2027년 상반기"):
    #: a release_window claim (or a delay's new window), never a date.
    window: Window | None = None
    #: Whether the headline gave the release's hour ("9 am KST" is 00:00 UTC, an hour; "March 14" a day).
    time_given: bool = False


def about_season_two(text: str) -> bool:
    """Whether a headline is about the show's second season (and no other season of it)."""
    return bool(SHOW.search(text) and _SEASON_TWO.search(text) and not _OTHER_SEASON.search(text))


def classify_headline(title: str, written: dt.date | None = None) -> Classified | None:
    """The milestone a headline announces, or None (not about season 2, a question, speculation,
    a denial, a negation). `written`: the day it was published (reads "March 5" without a year)."""
    text = " ".join(unicodedata.normalize("NFKC", title).split())
    if not about_season_two(text) or refuses(text):
        return None
    return read_clause(text, written)


#: The day the release date is to be told, not the release's: "Netflix to reveal … season 2 premiere date on February 17".
_DAY_TO_BE_TOLD = compile_later(r"\b(?:to|will|set\s+to|going\s+to|plans\s+to|gonna)\s+(?:reveal|announce|unveil|share|confirm|drop"
                             r"|give)\b[^;…]{0,60}?\b(?:release|premiere)\s+date\b"
                             # "the aouad s2 premiere date announcement comes out friday", "공개일 발표 D-3", "공개일 발표 예정"
                             r"|\b(?:release|premiere)\s+date\s+(?:announcement|reveal)\b(?!\s*[:：=→-])"
                             # "a date announcement is coming tomorrow", "date reveal tomorrow": the day the date is told
                             r"|\bdate\s+(?:announcement|reveal)\s+(?:is\s+)?(?:coming|comes|tomorrow|today|tonight|soon|on|next|this)\b"
                             # "aouad 2 date drops 12/15", "the date comes out friday": the day the date is told (s2wild58)
                             r"|\bdate\s+(?:drops|dropping|comes\s+out|coming\s+out|is\s+coming\s+out)\b(?!\s*[:：=→-])"
                             r"|공개일\s*(?:발표|공개)\s*(?:D\s*-\s*\d|예정|임박)"
                             # Netflix Korea's "내일, 공개일이 공개됩니다" (the date is revealed tomorrow), French "dévoilera la date de
                             # sortie … le 9 février", Indonesian "tanggal rilis … diumumkan besok": the day the date is told (s2wild51)
                             r"|공개일\s*(?:이|은|을)?\s*(?:공개|발표)\s*(?:됩니다|된다|돼요|될|한대|한다|합니다|예정)"
                             r"|\b(?:dévoilera|annoncera|révélera|anunciará|revelará|divulgará|vai\s+(?:anunciar|revelar))\b[^;…]{0,20}?"
                             r"\b(?:the\s+)?(?:release|premiere)\s+date\b(?!\s*[:：=→-])"
                             r"|\btanggal\s+(?:rilis|tayang|premieres?|release)\b[^;…]{0,40}?\bdiumumkan\b(?!\s*[:：=→-])"
                             # the date said to be told, passive: "release date to be announced on february 9", "La date de sortie …
                             # sera révélée le 9 février", "la fecha de estreno … será revelada el …", "a data de estreia … será
                             # anunciada dia …" (s2wild52)
                             r"|\b(?:(?:release|premiere)\s+date|date\s+de\s+sortie|fecha\s+de\s+(?:estreno|lanzamiento)|data\s+de\s+"
                             r"(?:estreia|lançamento|premieres?)|data\s+di\s+uscita)\b[^;…:]{0,60}?\b(?:(?:will|to|set\s+to|going\s+to|gonna)\s+be"
                             r"\s+(?:revealed|announced|unveiled|shared|confirmed)|(?:sera|será|sarà)\s+(?:révélée|annoncée|dévoilée"
                             r"|communiquée|revelada|anunciada|divulgada|confirmada|annunciata|svelata|rivelata))\b(?!\s*[:：=→-])", re.I)
#: Another work of the cast's with its own day, before the season is named: "Cho Yi-hyun's new drama premieres Feb. 26;
#: she returns in All of Us Are Dead season 2", "Lomon's next film (out 3/12)".
_OTHER_WORKS_DAY = compile_later(r"\b(?:new|next|latest|other|upcoming|solo|debut)\s+(?:k-?)?(?:drama|film|movie|series|show|album"
                              r"|single|song|webtoon|game|musical|play|variety\s+show|book|photobook)\b(?:(?!season|\bs2\b|시즌|지우학"
                              r"|all\s?of\s?us|aouad)[^;…]){0,40}?(?:" + MONTH_TYPED + r"\s*\d|\d{1,2}\s*[/.]\s*\d)", re.I)


#: A count of days to material ("30 days until the AOUAD 2 trailer", "D-3 to the teaser"): not out yet.
_COUNTED_TO_MATERIAL = compile_later(r"(?:\b\d{1,3}\s+(?:days?|weeks?|hours?)|\bD\s*-\s*\d{1,3})\s+(?:until|till|til|to|before)\s+(?:the\s+)?"
                                  r"(?:[\w'’]+\s+){0,8}?(?:tr[aá]ilers?|teasers?)\b", re.I)


#: Material named as the subject, before the season it is of: "Teaser for AOUAD S2 arrives May 2", "El teaser de Estamos
#: Muertos 2 sale el 17 de febrero" is the teaser's day.
#: Or said just before its name ("Trailer All of Us Are Dead 2 tomorrow!", "trailer AOUAD 2 besok"). So are the soundtrack, a
#: screening or a fan meeting of it ("The soundtrack of … premieres on July 16", "Der Soundtrack zu …").
_MATERIAL_OF = compile_later(r"\b(?:tr[aá]ilers?|teasers?|posters?|clips?|featurettes?|stills|first[- ]look|sneak\s+peek|dubs?|soundtracks?"
                          r"|osts?|screenings?|fan\s+(?:meetings?|meets?|events?)|showcases?|press\s+conferences?)\s+"
                          r"(?:(?:for|of|from|de|del|da|do|di|du|zu|von|van)\b|d['’]|(?:official(?:ly)?\s+|resmi\s+|oficial\s+|ufficiale\s+"
                          # (an adjective between: Indonesian "Poster resmi All of Us Are Dead 2 rilis awal 2027", the poster's)
                          r"|offizielle[rn]?\s+|new\s+|main\s+|first\s+)?(?=(?:the\s+)?(?:all\s+of\s+us\s+are\s+dead|aouad)\b))", re.I)


#: Material cited for what it shows ("according to the teaser", "judging by the trailer"): it is out already, no news (s2wild51).
_MATERIAL_AS_SOURCE = compile_later(r"\b(?:according\s+to|judging\s+(?:by|from)|based\s+on|going\s+by)\s+(?:the\s+)?(?:new\s+|latest\s+"
                                 r"|official\s+|first\s+)?(?:teaser|trailer)s?\b", re.I)


#: Material named only as the tag a video's title opens with ("[티저] 지금 우리 학교는 시즌2 | 5월 14일 넷플릭스 공개", "[Official
#: Trailer] …"): the post is that material, out; a day after it is the season's.
MATERIAL_TAG = compile_later(r"^\W*[\[【]\s*(?:메인\s*|공식\s*|\d\s*차\s*|official\s+|main\s+)?(?P<kind>티저|예고편|teaser|trailer)"
                          r"(?:\s*(?:예고편|영상|trailer))?\s*[\]】]", re.I)


#: The material out, then (its verb done) the release's verb with no subject of its own, after a comma or a dash: "Trailer resmi
#: … dirilis, tayang 16 April" (the official trailer is out; it premieres April 16), "Neuer Trailer zu … Staffel 2 – ab 16. April auf
#: Netflix": the day is the season's (a trailer out does not premiere again); so is the day on a trailer's closing date card.
#: (also after the season's name and a colon: "Poster resmi All of Us Are Dead 2: tayang 7 Mei", the poster of it; it premieres;
#: and Vietnamese "Poster … đã ra mắt, lên sóng 9/7", out, on air 9 July)
_THEN_THE_SEASONS_DAY = compile_later(r"(?:\b(?:out|released|dirilis|is\s+here|ist\s+da|is\s+now\s+streaming)\s*[,;]|\s[–—]\s|\bdate\s+card:"
                                   # (the material's own day, then the season's: "teaser drops tomorrow, premieres March 12")
                                   r"|\b(?:drops|arrives|comes|is\s+out)\s+(?:tomorrow|today|tonight|this\s+\w+)\s*[,;]"
                                   r"|\b(?:season\s*2|s2|dead['’\"”]?\s*2|aouad['’\"”]?\s*2)['’\"”]?\s*:)\s*(?:premieres|arrives)\s+(?:on\s+)?"
                                   rf"(?={MONTH_TYPED}\s*\d|\d)", re.I)


#: The material said out with a cry, then the season's day as its own sentence: "AOUAD 2 trailer is out! premieres May 21",
#: "Trailer oficial … saiu! Estreia 21/05", "메인 예고편 공개! 5월 21일 넷플릭스", Japanese "本予告解禁！5月21日16時配信": the
#: material is out, so the day after it is the season's (s2wild48: also after a full stop, "El tráiler … ya disponible. Estreno el
#: 2 de julio", and Netflix Korea's "포스터 지금 공개!").
_OUT_THEN_THE_DAY = compile_later(r"(?:\b(?:out|released|dirilis|is\s+here|ist\s+da|saiu|here|is\s+now\s+streaming)"
                               r"|\b(?:tr[aá]iler|teaser|poster)\b[^!！.;…]{0,40}?)"
                               r"\s*[!！.]+\s*(?:premieres?|arrives)\s+(?:on\s+)?"
                               # (the material cried out by its name alone: "AOUAD 2 official trailer! premieres May 28")
                               rf"(?={MONTH_TYPED}\s*\d|\d)|(?:예고편|티저|포스터)\s*(?:영상\s*)?(?:지금\s*)?(?:공개|떴다|나왔다)\s*(?:[!！.]+|,)\s*"
                               r"(?:(?:마지막|끝|엔딩)\s*(?:에|에는)\s*)?"  # ("… 떴다!! 마지막에 5월 28일 공개 자막": its end card)
                               # (or a comma: Chinese "定档预告发布，3月12日上线" comes as "예고편 공개, 3월 12일 공개", s2wild61)
                               r"(?=(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(?:\d{1,2}\s*시\s*)?,?\s*(?:오직\s*)?(?:공개|넷플릭스))", re.I)


#: Korean's day then Netflix with no verb ("… 예고편 떴다!! 5월 28일 넷플릭스", Netflix Korea's "5월 28일, 오직 넷플릭스에서", only on
#: Netflix), after the material cried out: the season's release.
_KOREAN_DAY_ON_NETFLIX = compile_later(r"((?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(?:\d{1,2}\s*시\s*)?,?\s*(?:오직\s*)?넷플릭스)(?!\s*(?:에서\s*|로\s*)?(?:공개|스트리밍))")


#: The show itself (본편, beside its trailer's day) on a day with no verb: "…예고편 4월 28일 공개 유력…본편은 5월 28일".
_MAIN_SHOW_DAY = compile_later(r"본편\s*(?:은|는)\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일(?!\s*(?:에\s*)?(?:공개|스트리밍))")


#: A trailer's end card read aloud in alt text ("[alt: the trailer ends on a card reading \"May 28, only on Netflix\"]"): its
#: date card, the season's day.
_CARD_READS = compile_later(r"\b(?:ends\s+on\s+a\s+|final\s+|end\s+|closing\s+|last\s+)?(?:date\s+)?card\s+(?:reading|reads|says|saying"
                         rf"|that\s+says)\s*:?\s*[\"“']?\s*(?={MONTH_TYPED}\s*\d)", re.I)


def _day_after_material(text: str, written: dt.date | None) -> str:
    """`text` with the day after material cried out (`CRY_THEN_DAY`, a day still to come: the day it is written is the
    material's own; in Korean, given its release verb by `_KOREAN_DAY_ON_NETFLIX`), or the show's own day beside it
    (`_MAIN_SHOW_DAY`); a trailer's end card read aloud as its date card (`_CARD_READS`)."""
    if (cry := CRY_THEN_DAY.search(text)) and (written is None or (parse_headline_date(text[cry.end():], written) or written) > written):
        text = text[:cry.end()] + "premieres " + text[cry.end():]
    text = _CARD_READS.sub("date card: premieres ", _MAIN_SHOW_DAY.sub(r"\g<0> 공개", text))
    if (out := _OUT_THEN_THE_DAY.search(text)) is None or not HANGUL.search(out.group(0)):
        return text
    return text[:out.end()] + _KOREAN_DAY_ON_NETFLIX.sub(r"\1 공개", text[out.end():], count=1)


#: Netflix's date card, on a poster or its alt text ("All of Us Are Dead Season 2, March 12, only on Netflix"): the season's day.
_DATE_CARD = compile_later(rf"\b(?:season\s*2|s2|dead['’\"”]?\s*2|aouad['’\"”]?\s*2)['’\"”]?\s*[,|·—–-]\s*(?:{MONTH_TYPED}\s*\d{{1,2}}|\d{{1,2}}\s+{MONTH_TYPED})\b\s*[,|·—–-]?\s*only\s+on\s+netflix\b", re.I)


#: The season said out, or a fan said watching it, before any material is named ("AOUAD 2 IS OUT and the soundtrack is insane",
#: "just watched aouad 2 ep 1, the trailer lied", "지우학2 공개됐는데 OST 미쳤다"): the season is out, the material only talked of
#: after (s2wild70).
_OUT_BEFORE_MATERIAL = compile_later(rf"(?:(?:{SEASON_TWO_NAME})\s+(?:is\s+(?:finally\s+)?(?:out|here)\b|(?:just\s+)?dropped"
                                     # (never what it dropped: "aouad 2 dropped the trailer" is the trailer out, review61d)
                                     r"(?:\s+today)?\b(?!\s+(?:the|a|an|its|their|new|first|official|another)\b)|out\s+now\b|now\s+streaming\b)|\b(?:just\s+)?(?:watched|finished|binged)\s+"
                                     rf"(?:(?:{SEASON_TWO_NAME})\s*(?:ep(?:isode)?\s*\d+|part\s*1)\b"
                                     # (the episode first: "finished ep 2 of aouad s2, trailer was a lie lol", s2wild72)
                                     rf"|ep(?:isode)?\s*\d+\s+of\s+(?:{SEASON_TWO_NAME}))"
                                     # (Korean, "지우학2 공개됐는데 OST 미쳤다": it is out, and the OST is great, s2wild71)
                                     rf"|(?:{SEASON_TWO_NAME})\s*(?:[이가]\s*)?(?:드디어\s*)?공개\s*(?:됐|되었|됨))", re.I)


#: The material said out itself, right after its name ("the official trailer is out now", "teaser's out", "OST 공개됨").
_MATERIAL_SAID_OUT = compile_later(r"^[^.;!?—–]{0,12}?(?:\b(?:is|['’]s)\s+(?:finally\s+)?(?:out|here)\b|\b(?:out|streaming)\s+now\b"
                                   r"|\b(?:just\s+)?(?:dropped|released)\b|\s*(?:[이가]\s*)?공개\s*(?:됐|되었|됨))", re.I)


def out_before_material(text: str) -> bool:
    """Whether `text` says the season out (`_OUT_BEFORE_MATERIAL`) before it first names material, and never the material
    out itself ("AOUAD 2 IS HERE!!! the official trailer is out now": the trailer is what is out)."""
    out, material = _OUT_BEFORE_MATERIAL.search(text), _MEDIA.search(text)
    return out is not None and (material is None or (out.end() <= material.start()
                                                     and _MATERIAL_SAID_OUT.search(text[material.end():]) is None))


def _seasons_own_verb(text: str) -> bool:
    """Whether a headline naming material gives its day with the season's own verb ("All of Us Are Dead 2 premieres
    April 16, Netflix releases new poster"), not the material's ("Teaser for AOUAD S2 arrives May 2"), or names the
    material only as its opening tag (`MATERIAL_TAG`)."""
    if (tag := MATERIAL_TAG.match(text)) is not None and _MEDIA.search(text[tag.end():]) is None:
        return True
    if _THEN_THE_SEASONS_DAY.search(text) or _OUT_THEN_THE_DAY.search(text) or _DATE_CARD.search(text):
        return True
    if (season := SEASON_DATE.search(text)) is None or _MATERIALS_DATE.search(text):
        return False  # (and "trailer release date is …", "Hindi dub release date: …": the material's own date, s2wild60)
    return (material := _MATERIAL_OF.search(text)) is None or material.start() > season.start()


_MATERIALS_DATE = compile_later(r"\b(?:tr[aá]ilers?|teasers?|posters?|dub(?:bed)?|dubbing|subtitles?|subs|soundtrack|ost)\s+"
                                r"(?:release|premiere|launch|streaming|debut)\s+date\b", re.I)


def material_first(text: str) -> bool:
    """Whether material is the subject, named before the season it is of ("Der Trailer zu … Staffel 2 kommt 2027", "Poster
    resmi All of Us Are Dead 2 rilis awal 2027"): a window said in that clause is the material's (s2wild51)."""
    # (never a title then the season's own clause: "Teaser de Estamos Muertos 2: llega en mayo", it comes in May)
    # (nor one that names the season's release: "Trailer for … confirms release in early 2027", "… reveals it arrives in …")
    return (material := _MATERIAL_OF.search(text)) is not None and (season := _SEASON_NAMED.search(text)) is not None \
        and material.start() < season.start() and not _TITLE_ENDS.match(text, season.end()) and not _ITS_RELEASE.search(text)


#: The season's name, and a title's end after it (a colon, a dash, a bar).
_SEASON_NAMED = compile_later(SEASON_TWO_NAME + r"|(?:all\s?of\s?us\s?are\s?dead|aouad)['’\"”]?\s*(?:season|staffel|temporada|saison)\s*2",
                              re.I)
_ITS_RELEASE = compile_later(r"\b(?:release|premiere|debut|launch)\s+(?:in|for|by|during)\b|\b(?:it|the\s+(?:series|season|show))\s+"
                             r"(?:arrives|premieres|drops|comes|lands|debuts)\b", re.I)
_TITLE_ENDS = compile_later(r"['’\"”]?\s*(?:[:|]|\s[—–-]\s)")


def is_media(text: str) -> bool:
    """Whether a headline names promotional material (a trailer, a teaser, a poster)."""
    return _MEDIA.search(text) is not None


#: Whose word a rumour is: "according to a dubbing studio employee", "per a subtitle translator": the person's work is
#: no material the day is of.
_WHOSE_WORD = compile_later(r"\b(?:according\s+to|per|via|from)\s+(?:an?|the|my|our|one)\s+(?:[\w-]+\s+){0,3}?(?:employee|worker"
                         r"|staffer|staff\s+member|translator|insider|source|friend|cousin|contact)s?\b"
                         # "my cousin works at a dubbing studio": where the one who said it works
                         r"|\b(?:my|our|a|an)\s+(?:friend|cousin|sister|brother|aunt|uncle|mom|dad|contact|source)\s+(?:who\s+)?"
                         r"(?:works?|worked|is)\s+(?:at|for|in|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:studio|company|office"
                         r"|team|crew|set|agency)s?\b", re.I)


#: The day a post is stamped with at its start ("[2022.06.07]", "(2022-06-07)", "[2022년 6월 7일]", "[2022]"): when of a year
#: before the one it is read in, the post is old news re-shared.
_STAMP = compile_later(r"^\W*[\[(【]\s*(?P<year>20\d\d)\s*(?:년\s*)?(?:[./-]?\s*\d{1,2}\s*(?:월|일)?\s*){0,2}\.?\s*[\])】]")


#: Another work of the cast's being shot ("Lomon's new film starts shooting this summer", "박지후, 새 영화 촬영 시작"): that
#: work's filming, not the season's.
_OTHER_WORK_SHOT = compile_later(r"\b(?:new|next|latest|upcoming|other|another)\s+(?:k-?)?(?:film|movie|drama|series|show|project)\b"
                              r"[^;…]{0,30}?\b(?:filming|shooting|shoot|starts|begins|wraps|wrapped|cranks?)\b"
                              r"|새\s*(?:영화|드라마|작품)\S*\s*(?:촬영|크랭크)", re.I)
#: A wrap recalled as long past, the ground of a complaint ("올봄에 촬영 끝났는데 아직도 공개일 없음", "wrapped filming
#: months ago"): old news, not the wrap's.
_WRAP_RECALLED = compile_later(r"(?:는데|지만|건만)\s*(?:\S++\s+)?(?:\S+\s*)?아직도|\b(?:wrapped|ended|finished)\b[^;…]{0,40}?"
                            r"\b(?:months?|years?|ages)\s+ago\b", re.I)


#: Season 1's anniversary with its day (28 January): "cumple 5 años el 28 de enero", "turns 5 on Jan 28", "1월 28일 지우학 5주년",
#: "January 28 marks five years": that day is no release's (s2wild56).
_ANNIVERSARY = (r"(?:\b(?:anniversar(?:y|ies)|aniversari[oa]|anivers[aá]rio|anniversario|jahrestag|jubil[äa]um|годовщин\w*)\b"
                r"|\b(?:turns|cumple|cumplir[áa]|faz|fará|completa|fait|fera|wird|compie|marks)\s+(?:\d{1,2}|five|cinco|cinq|fünf|cinque)"
                r"\s*(?:years?|años|anos|ans|jahre|anni)?\b|\d\s*주년|[\d五]\s*周年)")
_ANNIVERSARY_DAY = compile_later(rf"(?P<word>{_ANNIVERSARY})(?P<gap>\s+(?:[^\s\d]+\s+){{0,3}}?)(?P<day>{MONTH_TYPED}\s*\d{{1,2}}(?!\d)|\d{{1,2}}"
                                 rf"\s+(?:de\s+)?{MONTH_TYPED}|\d{{1,2}}\s*월\s*\d{{1,2}}\s*일)(?!\s*,?\s*20\d\d)"
                                 rf"|(?P<before>{MONTH_TYPED}\s*\d{{1,2}}(?!\d)|\d{{1,2}}\s*월\s*\d{{1,2}}\s*일)(?=\s+(?:\S+\s+){{0,4}}?{_ANNIVERSARY})",
                                 re.I)
#: A day as headlines write it with its month ("May 15", "15 May", "5월 15일"), to find a second one.
_DAY_MENTION = compile_later(rf"{MONTH_TYPED}\s*\d{{1,2}}(?!\d)|(?<!\d)\d{{1,2}}\s+(?:of\s+)?{MONTH_TYPED}\b"
                             r"|(?<!\d)\d{1,2}\s*월\s*\d{1,2}\s*일", re.I)


_SAID_FROM_TODAY = compile_later(r"\b(?:today|tonight|tomorrow)\b|오늘|내일", re.I)
_DAYS_FROM_TODAY = {"today": 0, "tonight": 0, "tomorrow": 1, "오늘": 0, "내일": 1}


def _up_to_other_day(text: str, date: dt.date, written: dt.date | None) -> str:
    """`text` up to a second day other than the release's, said after it ("premieres May 14, but our watch party is May 15 at
    7 p.m."): a time after that day is that day's, never the release's."""
    mentions = list(_DAY_MENTION.finditer(text))
    if not mentions or parse_headline_date(mentions[0].group(0), written) != date:
        return text
    for m in mentions[1:]:
        if (other := parse_headline_date(m.group(0), written)) is not None and other != date:
            return text[:m.start()]
    # ... or said from the day it was written, days before ("July 9 on Netflix (Lomon live on IG tonight 9pm KST)"): that evening's
    # hour (a day apart is left: "July 9, tonight at midnight PT" is the release's own small hours)
    if written is not None and (said := _SAID_FROM_TODAY.search(text, mentions[0].end())) is not None \
            and abs(written + dt.timedelta(days=_DAYS_FROM_TODAY[said.group(0).lower()]) - date) > dt.timedelta(days=1):
        return text[:said.start()]
    return text


#: A clause after the release's day about a trailer, teaser or poster: "premieres March 19, trailer drops tonight at 8pm KST",
#: "3월 19일 공개 확정, 예고편 오늘 밤 8시 공개", "定档3月19日，预告片今晚20:00（北京时间）发布" (read in Korean by then).
_MATERIAL_CLAUSE = compile_later(r"[,，、;；!！。…]\s*(?:\S+\s+){0,3}?\S*?(?:tr[aá]ilers?|teasers?|posters?|예고편|티저|포스터"
                              r"|트레일러|预告|預告|予告|特報)", re.I)


def _up_to_material(text: str) -> str:
    """`text` up to a clause about a trailer, teaser or poster said after the first day: a time in it is that
    material's, never the release's (an hour said before it, "March 19 at 5pm KST, trailer out now", stays)."""
    day = _DAY_MENTION.search(text)
    material = _MATERIAL_CLAUSE.search(text, day.end()) if day is not None else None
    return text if material is None else text[:material.start()]


def read_clause(text: str, written: dt.date | None) -> Classified | None:
    """The milestone one part of a headline about season 2 announces (no question nor denial in it)."""
    if written is not None and any(year > written.year + _FARTHEST_YEARS for year in years_named(text)):
        return None  # "delayed to 2099 at this rate": a joke's year, no news
    if written is not None and (stamp := _STAMP.match(text)) is not None:
        if int(stamp.group("year")) < written.year:
            return None  # "[2022.06.07] 시즌2 제작 확정": an old post re-shared under its own day, no news now
        text = text[stamp.end():]  # "[2027.04.20] … 6월 18일 공개": the post's own day, never the release's
    text = _day_after_material(text, written)  # "지우학2 예고편 떴다!! 5월 28일 넷플릭스": the 28th is the season's
    text = _ANNIVERSARY_DAY.sub(lambda m: (m.group("word") or "") + (m.group("gap") or ""), text)  # "cumple 5 años el 28 de enero": season 1's day, no release's
    text = without_other_days(text)  # "🇺🇸 Hawaii: Thu Apr 8, 9pm 🇰🇷 Seoul: Fri Apr 9, 4pm": Seoul's, the release's own day
    either = EITHER_DAY.search(text) or day_span(text)  # "March 12 or 19", "March 5-7": no day, their month when shared
    date = None if either else parse_headline_date(text, written)
    spans = text if either is None or one_month(either.group(0)) else text[:either.start()] + " " + text[either.end():]
    dated = text if date is None else past_the_event(text, written)  # "쇼케이스 다음 주 화요일! 공개는 금요일 28일": the 28th
    date = date if dated is text else parse_headline_date(dated, written)
    # "5 p.m. KST" kept with its zone, never the hour of an event in a sentence after ("… tomorrow! Watchparty um 20 Uhr")
    # (a list's hour said on another day, "Honolulu 9pm (Apr 8)", is that day's: left out before a second day cuts the text)
    release_at, given = release_moment(_up_to_material(_up_to_other_day(without_other_days(before_event(dated)), date, written)), date) \
        if date else (None, False)
    confidence = Confidence.RUMOUR if hedged(text) else Confidence.REPORTED
    media = _MEDIA.search(_WHOSE_WORD.sub(" ", text)) is not None  # "according to a dubbing studio employee": no dub's day
    at_event = functools.cache(functools.partial(event_day, text, written))  # whether the day is an event's: read once, if asked
    for rule in RULES:
        if not rule.pattern.search(text):
            continue
        if rule.milestone in (Milestone.FILMING, Milestone.FILMING_WRAPPED) and (
                _OTHER_WORK_SHOT.search(text) or (rule.milestone is Milestone.FILMING_WRAPPED and _WRAP_RECALLED.search(text))):
            continue  # "Lomon's new film starts shooting", "올봄에 촬영 끝났는데 아직도 …": another work's, or a wrap long past
        if rule.milestone is Milestone.DELAYED and (event_delayed(text, rule.pattern)
                                                    or (media and not _seasons_own_verb(text))):
            return None  # "fan event postponed to March 26", "예고편 공개 연기": that thing's delay (no trailer out)
        if rule.milestone is Milestone.DELAYED and release_at is not None and at_event():
            return Classified(rule.milestone, confidence, None)  # "delayed. Watch party moved to March 26": the party's day
        if rule.milestone is Milestone.DELAYED and release_at is not None and re.search(KOREAN_MAKING_ONLY, text, re.S):
            return Classified(rule.milestone, confidence, None)  # "촬영 3월 26일로 연기": the shoot's new day
        if rule.milestone is Milestone.DELAYED and release_at is None:
            window = release_window_in(spans, written, after_to=True)
            return Classified(rule.milestone, confidence, None, window)  # "pushed back to April 2027"
        if rule.needs_date and release_at is None and not (media and material_first(text)) \
                and (window := release_window_in(spans, written, media=media)):
            return Classified(Milestone.RELEASE_WINDOW, confidence, None, window)
        if rule.needs_date and (release_at is None or (media and not _seasons_own_verb(text))
                                or _KOREAN_MEDIA_DAY.search(text)):
            continue  # no date, or the date is the trailer's ("trailer drops March 5", "예고편 3월 1일 공개 확정")
        if rule.milestone in _DATED and _LATER_PART.search(text):
            continue  # "Season 2 Part 2 arrives March 26": a later batch's day, not the season's release
        if rule.milestone in _DATED and OURS_UNDATED.search(text) and not UNDATED_BUT_RUMOURED.search(text):
            continue  # "…, y Estamos Muertos 2 aún sin fecha": ours has no day, the one read is another's (fix104)
        if rule.milestone in _DATED and _PEOPLE_GO.search(text):
            continue  # "the aouad s2 cast arrives tomorrow at Incheon": the cast's day, not the release's
        if rule.milestone in _DATED and (_DAY_TO_BE_TOLD.search(text) or _OTHER_WORKS_DAY.search(text)):
            continue  # "to reveal … premiere date on February 17", "her new drama premieres February 26": not its day
        if rule.milestone in _DATED and counted_from_another_day(text, written):
            continue  # "moving 2 premieres march 5 and aouad 2 a week later": the 5th is Moving's (s2wild58)
        if rule.milestone in _DATED and at_event():
            continue  # "cast reunites for March 19 premiere party": the party's day, not the release's
        if rule.milestone in _DATED and episode_day(text, written):
            continue  # "aouad 2 episode 2 drops april 9": one episode's day, which part it is in unsaid (s2wild106)
        if rule.milestone is Milestone.RELEASED and ((((media and not out_before_material(text)) or SEASON_DATE.search(text))
                                                      and not CHART_SAID.search(text))
                                                     or STILL_AWAITED.search(text) or other_work_out(text)
                                                     or GOODS_OUT.search(text)):
            continue  # "trailer out now", "release date is out", "… out now, while we wait for aouad 2", "fan event tickets
            # out now": the season is not
        if rule.milestone is Milestone.RELEASED and date is not None and written is not None \
                and date > written + dt.timedelta(days=1) and not _LATER_PART.search(text) and not at_event():
            continue  # "now streaming on Netflix: All of Us Are Dead. Season 2 March 19": its day still to come (s2wild65; a
            # day later is the release's day in Seoul, said out already where the clock is behind; "is out! fan meet March 27"
            # is out, the day is the event's, s2wild66)
        if rule.milestone in (Milestone.TRAILER, Milestone.TEASER) and other_material_only(text, rule.pattern):
            continue  # "rewatched the s1 trailer … still no s2 trailer": none of season 2's is out
        if rule.milestone in (Milestone.TRAILER, Milestone.TEASER) and not rule.pattern.search(_MATERIAL_AS_SOURCE.sub(" ", text)):
            continue  # "ep 1 is all flashbacks according to the teaser": talk of what it shows, no news that it is out
        if rule.milestone in (Milestone.TRAILER, Milestone.TEASER) and _COUNTED_TO_MATERIAL.search(text):
            continue  # "30 days until the AOUAD 2 trailer": it is still to come
        if (rule.milestone is Milestone.DELAYED and release_at is not None and not HANGUL.search(text)
                and (put_off := rule.pattern.search(text)) is not None
                and parse_headline_date(text[put_off.start():], written) is None):
            return Classified(rule.milestone, confidence, None)  # "said march 19 and then delayed it": the day it had
        if rule.milestone is Milestone.DELAYED and _new_day_mark(text) is None and _DAY_IT_HAD.search(text):
            return Classified(rule.milestone, confidence, None)  # "delayed a week … i've had May 7 in my calendar": the day it had
        # "delays May 14 premiere": the day put off, no new one; "May 14 premiere pushed to May 21", "5월 14일 공개, 5월 21일로
        # 연기", "5月14日配信、5月21日に延期": the new day is the one after "to" (before 로, に), never the first one written
        new_day = parse_headline_date(text[to.start():], written) if (to := _new_day_mark(text)) is not None else None
        if rule.milestone is Milestone.DELAYED and release_at is not None and (new_day or _DELAYS_DAYS_RELEASE.search(text)):
            moved, given = release_moment(text, new_day) if new_day else (None, False)
            return Classified(rule.milestone, confidence, moved, time_given=given)
        if rule.milestone is Milestone.RELEASE_DATE_CHANGED and release_at is not None and new_day not in (None, date):
            moved, given = release_moment(text, new_day)  # "they said march 19 but netflix just moved it to march 26"
            return Classified(rule.milestone, confidence, moved, time_given=given)
        carries_date = rule.milestone in (*_DATED, Milestone.DELAYED)
        return Classified(rule.milestone, confidence, release_at if carries_date else None, time_given=given and carries_date)
    return None
