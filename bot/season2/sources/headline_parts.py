"""A headline read part by part: one headline may say two things at two strengths ("trailer drops;
series reportedly premieres Feb. 12" is a trailer reported and a release date only rumoured), and a
correction says what it corrects ("[CORRECTION] ... premieres Feb. 19, not Feb. 12").

`read_headline` gives every claim a headline makes: the whole headline's reading
(`headlines.read_clause`), and, when its parts (between ";", "…", " — ") announce something the whole
does not, each part's own reading, hedged when the part says so or when a part that claims nothing
hedges the rest ("— at least according to a leaked listing"). A trailer "ahead of its Feb. 12
premiere" gives that premiere's date too. A correction's marker ("[CORRECTION]", "UPDATE:", "[정정]")
and the date it sets aside ("not Feb. 12") are read out of the way: what is left is what it says now
(its claims supersede the same outlet's earlier ones: `rules.apply_corrections`); so is the day a release
moves from ("from March 19 to March 26", "3월 19일→26일": `headline_moves.py`): its new day is the one read.
A question, a guess or a denial anywhere in it still makes the whole headline claim nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace

from bot.lazy_re import compile_later
from bot.other_works import other_medium
from bot.season2.denials import CORRECTION_MARK
from bot.season2.model import Confidence, Milestone
from bot.season2.sources.fans_own import without_fans_own
from bot.season2.sources.headline_bare_posts import (
    as_day_then_season,
    as_times_post,
    netflix_confirms_first,
    without_cheers,
    without_sign_off,
)
from bot.season2.sources.headline_batches import (
    episodes_as_parts,
    first_batch,
    later_batch,
    trailing_later_first,
    weeks_later,
    without_post_numbering,
)
from bot.season2.sources.headline_dates import parse_headline_date
from bot.season2.sources.headline_english_days import with_days_spelt, with_english_days
from bot.season2.sources.headline_events import names_event
from bot.season2.sources.headline_fakes import as_debunked, as_rumour_answered, spoofed
from bot.season2.sources.headline_forms import (
    as_answered,
    as_leak_said,
    as_premiere,
    as_reaffirmed,
    as_rumoured,
    comma_dated,
    counts_views,
    day_first,
    ours_dated_first,
    without_explainer_tail,
)
from bot.season2.sources.headline_hearsay import (
    as_exclaimed,
    as_heard,
    as_others_corrected,
    without_feelings,
    without_invitations,
)
from bot.season2.sources.headline_hopes import without_hope_beside
from bot.season2.sources.headline_moments import (
    release_moment,
    with_months_carried,
    with_place_zones,
)
from bot.season2.sources.headline_moves import moved_from, replaced_day
from bot.season2.sources.headline_rules import LOCAL_SLIP, without_season_one_compared
from bot.season2.sources.headline_spelling import with_verbs_spelt
from bot.season2.sources.headline_stands import day_beside_denial, what_stands, without_cast_denial
from bot.season2.sources.headline_strength import (
    asks,
    hedged,
    hope_opens,
    netflix_word_beside_guess,
    not_meant,
    refuses,
    without_background,
    without_weighing,
)
from bot.season2.sources.headline_subs import sub_day_first
from bot.season2.sources.headline_windows import release_window_in
from bot.season2.sources.headline_words import MONTH, NAMED_DAY, PART_MARK
from bot.season2.sources.headlines import (
    MATERIAL_TAG,
    Classified,
    about_season_two,
    is_media,
    material_first,
    out_before_material,
    read_clause,
)
from bot.season2.sources.other_titles import (
    EN_SHOW_NAME,
    SHOW,
    lines_as_list,
    ours_only,
    without_other_services_year,
    without_season_one,
)
from bot.season2.sources.self_corrections import corrects_before, self_corrected
from bot.season2.sources.things_undated import without_things_undated

_MONTH = MONTH
_A_DAY = NAMED_DAY
#: The day (or hour) a correction sets aside: ", not Feb. 12", "(not Feb. 12 as reported)", "instead of Feb. 12", ", not 5 p.m.",
#: "2월 12일 공개 아냐…19일 공개".
_SET_ASIDE = compile_later(
    rf",?\s*\(?\s*(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:on\s+)?{_A_DAY}(?:,?\s*20\d\d)?"
    r"(?:\s+as\s+(?:previously\s+|first\s+|earlier\s+|once\s+|widely\s+)?(?:reported|announced|stated|rumou?red|leaked|claimed))?\s*\)?"
    # a bare day set aside right after the day kept: "march 12 not 19", "feb 26, not the 19th" (s2wild59)
    # (an "only" between: "19 maret aja kok, bukan 12", s2wild103)
    r"|(?<=\d)(?:st|nd|rd|th)?(?:\s+(?:aja|saja|doang|kok|lho|lang|only|just|thôi|lah)\b){0,2},?\s+not\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?![\d:/.]|\s*(?:episodes?|eps?|days?|weeks?|hours?|h\b"
    r"|mins?|minutes?|[ap]\.?\s?m\b))"
    # an hour set aside: "drops March 19 at 4 p.m. KST, not 5 p.m." (the day stays, at the hour kept)
    r"|,?\s*\(?\s*(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?"
    r"(?:\s*(?:kst|pt|et|pst|pdt|est|edt|utc|gmt)\b)?\s*\)?"
    # Korean: "2월 12일 공개 아냐…19일", "12일 아닌 19일", "12일이 아니라 19일"
    r"|(?:(?P<month>\d{1,2})\s*월\s*)?\d{1,2}\s*일\s*(?:공개\s*)?(?:이|가)?\s*(?:아닌|아냐|아니야|아니라|아니고)\s*(?:…|\.\.\.|,)?\s*"
    # ... "아님", "아니다" before a comma and another day ("3월 12일 공개 아님, 넷플릭스 공식 3월 19일"; Chinese "不是3月12日，是3月19日"
    # put in Korean), or after the day kept ("3월 19일 공개, 3월 12일 아님", "3月19日上线，不是3月12日") (s2wild87), its hour
    # too ("3월 19일 오후 5시 공개, 3월 12일 아님", "3月19日下午5点上线，不是3月12日": review63d; read nothing)
    r"|\d{1,2}\s*월\s*\d{1,2}\s*일\s*(?:공개\s*)?(?:아님|아니다|아닙니다)\s*[,，]\s*是?(?=[^…]*?\d{1,2}\s*월\s*\d{1,2}\s*일)"
    r"|(?:(?<=일\s공개)|(?<=[\d시분]\s공개)|(?<=[A-Z]{3}\s공개))\s*[,，]\s*\d{1,2}\s*월\s*\d{1,2}\s*일\s*(?:공개\s*)?(?:아님|아니다|아닙니다)\s*$",
    re.I,
)
_BARE_KOREAN_DAY = compile_later(r"\s*\d{1,2}\s*일")
def _month_kept(m: re.Match[str]) -> str:
    """A day set aside taken out, its month kept for a day given right after it without one ("4월 9일 아닌 2일" is
    2 April, not the next 2nd)."""
    if m.group("month") and _BARE_KOREAN_DAY.match(m.string, m.end()):
        return f"{m.group('month')}월 "
    return " " if m.string[m.end():m.end() + 1].isalnum() else ""  # ("feb 26 not march 5 lol …": never "feb 26lol", s2wild59)


#: The season said not to be one day, then another day given ("aouad s2 is NOT march 12, netflix just confirmed march 19",
#: "s2 isn't 3/12, it's 3/19"): a fan's correction.
_NOT_THAT_DAY = compile_later(rf"\b(?:is|it'?s)\s+not\s+(?:on\s+)?(?P<old>{_A_DAY})|\bisn'?t\s+(?:on\s+)?(?P<old2>{_A_DAY})", re.I)
_NEW_DAY = compile_later(rf"(?:(?:it'?s|on|for|is)\s+)?(?P<day>{_A_DAY})", re.I)
#: A fan's "no," opening that correction ("no, aouad 2 is NOT april 16, it's still april 9"): the same correction, no denial.
_NO_OPENING = compile_later(r"^\W*no+\s*[,.!:]+\s*", re.I)


#: ... or Netflix said not to have given one day, then the post's own sentence with another ("NETFLIX DID NOT CONFIRM MARCH 12.
#: aouad 2 is march 19"): that sentence (s2wild74).
_UNCONFIRMED_THEN = compile_later(rf"^\W*netflix\s+(?:did\s*n[o'’]?t|didn['’]?t|never|hasn['’]?t|has\s+not)\s+confirm(?:ed)?\s+(?:on\s+)?"
                                  rf"(?P<old>{_A_DAY})[^.;!?]*[.;!]+\s*(?P<rest>[^.;!?]*?(?P<day>{_A_DAY}).*)$", re.I)


def _not_that_day(text: str, written: dt.date | None) -> str:
    """A fan's correction "<season> is not <day>, … <another day>" as "<season> is <another day> — …" (the words between
    kept as a part of their own: a hedge in them still hedges), Netflix's day unconfirmed then another given as the
    sentence giving it (`_UNCONFIRMED_THEN`); any other headline as it is."""
    if (said := _UNCONFIRMED_THEN.match(text)) is not None and about_season_two(said.group("rest")) \
            and parse_headline_date(said.group("old"), written) != parse_headline_date(said.group("day"), written):
        return said.group("rest")
    if (m := _NOT_THAT_DAY.search(text)) is None or (new := _NEW_DAY.search(text, m.end())) is None:
        return text
    old = parse_headline_date(m.group("old") or m.group("old2"), written)
    day = parse_headline_date(new.group("day"), written)
    if old is None or day is None or day == old:
        return text
    between = text[m.end():new.start()].strip(" ,.;:-—–!")
    return f"{_NO_OPENING.sub('', text[:m.start()])}is {new.group('day')}{text[new.end():]}" + (f" — {between}" if between else "")


#: Rumoured days or months set aside one by one, then the one it is: "ok so not april, not march 12, it's MARCH 19 🥳 aouad s2".
_NOT_THESE = compile_later(rf"\bnot\s+(?:on\s+|in\s+)?(?:{_A_DAY}|{_MONTH})(?:\s*,?\s*(?:and\s+|or\s+|nor\s+)?not\s+(?:on\s+|in\s+)?"
                        rf"(?:{_A_DAY}|{_MONTH}))+\s*[,.!]*\s*(?:but\s+)?(?:it'?s|its|it\s+is)\s+(?:on\s+)?(?P<day>{_A_DAY})", re.I)
_OUR_NAME = compile_later(r"(?:all\s?of\s?us\s?are\s?dead|\baouad\b)['’\"”]?\s*(?:(?:season|series|part)\s*(?:2|two)|s2|2)\b", re.I)


#: A part whose subject is only "it" ("… ost vol 1 — it's out tomorrow", "… trailer; it drops friday"): its subject, "it" and
#: what stands for its verb.
_IT_PART = compile_later(rf"(?P<cut>\s*{PART_MARK}\s*)" r"(?:(?P<it>it(?:['’]?s|\s+is|['’]ll|\s+will)?)\s+"
                         # (or no subject at all: "aouad 2 special: the cast reacts — streaming march 26", s2wild70)
                         r"|(?P<bare>(?=(?:streaming|out|coming|arriving|airing)\b)))"
                         # (not "it's official", nor what material says of the season: "… trailer — it says march 19", "it premieres …")
                         r"(?!official|confirmed|true|real|not\b|(?:says|said|shows|confirms|reveals|announces|teases|lists|premier\w*)\b)"
                         r"(?P<rest>[^;…—–]*)", re.I)
_IT_VERB = {"it": "", "its": "is", "it's": "is", "it’s": "is", "it is": "is", "it'll": "will", "it’ll": "will", "it will": "will"}
#: The season named itself (then "it" may be the season, or no one's: "it's official, aouad 2 …").
_SEASON_SAID = compile_later(r"\b(?:season|s2|series|show)\b|시즌", re.I)


def _it_carried(text: str) -> str:
    """A part whose subject is only "it", read with the subject of the part before when that names an OST, a trailer, a poster,
    merch, an event, a game or the webtoon: "aouad 2 ost vol 1 — it's out tomorrow" as "aouad 2 ost vol 1 is out tomorrow"
    (the OST's day, never the season's). A part before naming only the season ("aouad 2 — it's out tomorrow") keeps its day."""
    def carried(m: re.Match[str]) -> str:
        before = " ".join(text[:m.start()].split()[-4:])  # what the part before ends on: its subject ("2 ost vol 1")
        rest = m.group("rest")
        if SHOW.search(rest) or _SEASON_SAID.search(rest) or not (is_media(before) or names_event(before) or other_medium(before)) \
                or (m.group("it") is None and not names_event(before)):
            return m.group(0)  # (a bare verb goes with an event before it only: a poster's day is the season's)
        verb = _IT_VERB.get(" ".join((m.group("it") or "").lower().split()), "")
        return f" {verb} {rest}" if verb else f" {rest}"
    return _IT_PART.sub(carried, text)


#: Where the subject of a part ends: "the aouad 2 documentary, out now" names the documentary before its comma.
_SUBJECT_ENDS = compile_later(r"[,!?]|\band\b", re.I)


def _material_is_it(part: str, after: str) -> bool:
    """Whether a part naming no season ("it's streaming march 19", "coming march 19") has its "it" named in the part `after`
    as material ("— the aouad 2 documentary", "— aouad 2 behind the scenes"): the material's day, never the season's
    ("it's streaming march 19 — aouad season 2!!" names the season itself). `_it_carried` reads the other way round: an "it"
    after the part that names its subject."""
    subject = _SUBJECT_ENDS.split(after, maxsplit=1)[0]
    return not about_season_two(part) and (is_media(subject) or names_event(subject))  # ("— aouad 2 watch party", s2wild70)


def _not_these(text: str) -> str:
    """"… not <day>, not <day>, it's <day> … <season>" as "<season> is <day> … <season> — …" (the days set aside left
    out; "for the watch party" after the day stays the day's); any other headline as it is."""
    if (m := _NOT_THESE.search(text)) is None or (name := _OUR_NAME.search(text)) is None:
        return text
    before = text[:m.start()].strip(" ,.;:-—–")  # "ok so": a part of its own; what follows the day stays with it
    return f"{name.group(0)} is {m.group('day')}{text[m.end():]}" + (f" — {before}" if before else "")


#: A day fans asked for, then the one Netflix gave: "fans demand a may 7 release, netflix responds: 'set for may 14'", "we
#: asked for may 7 and netflix said may 14". The fans' day is a wish, never the news.
_ASKED_FOR = compile_later(
    rf"\b(?:fans?|we|i|people|everyone|the\s+fandom)\s+(?:(?:all|really|kept|have\s+been)\s+)?(?:demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for"
    rf"|beg(?:s|ged|ging)?\s+for|want(?:s|ed)?|petition(?:s|ed)?\s+for|call(?:s|ed)?\s+for|push(?:es|ed)?\s+for|campaign(?:s|ed)?\s+for"
    rf"|hoped\s+for|wished\s+for)\s+(?:an?\s+|the\s+)?{_A_DAY}[^;…]*?\b(?=netflix\b[^;…]*?{_A_DAY})", re.I)


#: Netflix's day said of something other than the season: its material, a rumour, another show's premiere.
_NOT_THE_SEASONS = compile_later(r"\b(?:trailers?|teasers?|posters?|clips?|featurettes?|stills?|rumou?rs?|q\s*&\s*a|livestream|event"
                              r"|panel|fan\s*meet\w*)\b", re.I)


#: A headline's stamp of when it was posted or updated ("Updated 14/01/2027: …", "Posted Jan 14, 2027 |"): no day of the season.
_STAMP = compile_later(rf"^\W*(?:updated|update|posted|published|edited)\s*(?:on\s+|:\s*)?(?:{_A_DAY}(?:/20\d\d)?(?:,?\s*20\d\d)?)"
                    r"\s*[:|—–-]\s*", re.I)


def _netflix_answer(text: str) -> str:
    """"… fans demand <day>, netflix responds: '<another day>'" as "… season 2 premieres <another day> — netflix responds:"
    (the fans' day left out, Netflix's words kept as a part of their own: a hedge in them still hedges); any other
    headline as it is."""
    if (m := _ASKED_FOR.search(text)) is None or (day := re.search(_A_DAY, text[m.end():], re.I)) is None:
        return text
    said = text[m.end():m.end() + day.start()].strip(" ,.;:'\"‘’“”")
    tail = text[m.end() + day.end():].strip(" '\"’”")
    if _NOT_THE_SEASONS.search(said) or _NOT_THE_SEASONS.match(tail):
        return text  # "… but netflix only confirmed a may 14 trailer": Netflix's day is for something else
    return f"{text[:m.start()]}season 2 premieres {day.group(0)}{' ' + tail if tail else ''} — {said}"


#: Where a headline's parts meet: "A; B", "A… B", "A — B", or an emoji before Korean material let out as a clause of its
#: own (Netflix Korea's "… 2월 26일 오후 5시, 오직 넷플릭스에서 🧟 티저 예고편 공개").
#: (and a comma or a cry before the show itself, 본편, set beside its material's day: "메인 포스터 2/15 공개, 본편은 3/19", s2wild53)
_PARTS = compile_later(rf"\s*(?:{PART_MARK}|\s[\U0001F300-\U0001FAFF]+\s+(?=(?:메인\s*|공식\s*)?(?:티저|예고편|포스터))"
                       r"|[,，!！]+\s*(?=본편\s*(?:은|는)\s))\s*")
#: A trailer or teaser "ahead of (its) Feb. 12 premiere", "Gets Feb. 12 Netflix Premiere, First Teaser", "RELEASE 3/19",
#: "12일 공개 앞두고 티저 공개":
#: the premiere's date is said too (the day right before "premiere", not the trailer's own).
_AHEAD_OF = compile_later(rf"({_A_DAY}(?:,?\s*20\d\d)?)\.?,?\s+(?:\w+\s+)?(?:premiere|debut)\b"
                       # (not a day before a premiere with its own day: "trailer out march 31, premiere still april 23")
                       rf"(?!\s*(?::|is|=)?\s*(?:(?:is\s+)?(?:still|now)\s+)?{_A_DAY})"
                       # "TRAILER NEXT WEEK, RELEASE 3/19": the release named, then its day ("premiere still april 23")
                       rf"|(?<!teaser\s)(?<!trailer\s)(?<!poster\s)(?<!teaser's\s)(?<!trailer's\s)\b(?:release|premiere)(?:\s+date)?\s*(?::|is|=|->|→)?\s*(?:(?:is\s+)?(?:still|now)\s+)?{_A_DAY}(?:,?\s*20\d\d)?"
                       # (or after the material's clause, the season and its day: "trailer is out, aouad 2 premieres march 19", s2wild81)
                       rf"|(?<=[,;!])\s*(?:and\s+|but\s+)?{_OUR_NAME.pattern}\s+(?:premieres|drops|arrives|lands)\s+(?:on\s+)?{_A_DAY}"
                       # (or before it, the material's own day after: "aouad 2 premieres march 19, trailer tomorrow!", s2wild96; never
                       # "…, the trailer i mean")
                       rf"|^\W*{_OUR_NAME.pattern}\s+(?:premieres|drops|arrives|lands)\s+(?:on\s+)?{_A_DAY}(?=\s*[,;]+\s*(?:and\s+|but\s+)?(?:the\s+)?(?:teaser|trailer)(?:['’]s|\s+(?:drops|comes\s+out|is\s+out|out))?"
                       r"\s+(?:tomorrow|today|tonight|(?:next|this)\s+week|soon|later)\b)"
                       r"|(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(?:공개|첫\s*방송)\S*\s*앞두고"
                       # the day's release, then the teaser in a clause of its own: "5월 14일 공개！ 티저 예고편 공개" (Japanese's
                       # "5月14日配信スタート！ティザー予告解禁" put in Korean)
                       r"|(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(?:공개|첫\s*방송)\s*(?:확정)?\s*[!！,，、]+\s*(?=(?:메인\s*|공식\s*|첫\s*)?(?:티저|예고편))"
                       # the press's trailer story with the season's day opening its premise: "메인 예고편 공개…6월 4일
                       # 대학 캠퍼스 좀비 습격" (a part naming no other thing, event or verb of its own for that day)
                       r"|(?:…|;|\.\.\.)\s*\d{1,2}\s*월\s*\d{1,2}\s*일\s+(?![^…;]*?(?:예고편|티저|포스터|스틸|영상|공개|제작발표회"
                       r"|쇼케이스|팬|만남|만나|시사회|행사|간담회|무대|라이브|방송|개최|오픈|진행|출연|발표|예정|인터뷰|이벤트|[까부]터))[^…;]*$", re.I)
#: A teaser or trailer said to be out beside the release news ("Unveils Teaser And Confirms February
#: Premiere", "First Teaser", "With Chilling Teaser"): that material is a claim of its own.
_MEDIA_OUT = compile_later(
    # "... Confirms March Premiere Date With Chilling Teaser" (never "with teaser coming next week", "with trailer date")
    r"\b(?:unveils?|drops?|releases?|reveals?|shares?|debuts?|launches|first|new|official|with|alongside)\s+(?:an?\s+|its\s+|the\s+)?"
    r"(?:\w+\s+)?(teaser|trailer)\b(?!\s*(?:date|release|drop|coming|soon|next|to\s+come|on\b|in\b|later|this\s+\w+))"
    r"|\b(teaser|trailer)\s+(?:is\s+)?(?:out|here|drops?|arrives?|released|unveiled|revealed|ends\s+(?:on|with))\b"  # (one seen to its end)
    # (live or up, with the day after it: "the aouad 2 teaser is live!!! MARCH 12!!!", "live na yung teaser ng …", Netflix's
    # "… Part 1, March 12. Watch the teaser now.", s2wild61)
    r"|\b(teaser|trailer)\s+is\s+(?:now\s+|finally\s+)?(?:live|up)\b(?!\s+(?:on\s+)?(?:next|tomorrow|at|in)\b)"
    r"|\b(?:live|out)\s+na\s+(?:yung|ang)\s+(teaser|trailer)\b|\bwatch\s+(?:the\s+)?(?:\w+\s+)?(teaser|trailer)\s+(?:now|here|below)\b"
    r"|\b(teaser|trailer)\s+(?:oficial\s+)?(?:de|do|da)\b[^!;…]{0,50}?\bsaiu\b"  # Portuguese "Trailer oficial de … saiu": it came out
    r"|\b(teaser|tr[aá]iler)\b[^!;…?]{0,50}?\bis\s+now\s+streaming\b"  # "El tráiler final de … ya disponible" (in English words)
    r"|^\W*(teaser|trailer)\s+(?:oficial\s+)?(?:de|do|da|del)\s[^!;…:?]{2,50}:"  # an outlet's "Teaser de Estamos Muertos 2: …"
    # the material cried out by its name, its own sentence: "Trailer ufficiale di Non siamo più vivi 2!", "official trailer!"
    r"|^\W*(teaser|trailer)\s+(?:ufficiale|oficial|officiel)\s+(?:de|do|da|del|di)\s[^!;…:?]{2,50}[!！]",
    re.I,
)


#: Korean (and Japanese, put in Korean) material said to be out beside the release's day: "티저도 공개됐다", "티저 も 공개されました".
_KOREAN_MEDIA_OUT = compile_later(r"(?P<kind>티저|예고편)\s*(?:も|도|까지)?\s*(?:함께\s*)?(?:공개\s*(?:됐|되었|され|했|돼|[!！,，])|떴|첫선)")


#: Discord's markdown as moderators paste it ("**All of Us Are Dead Season 2** — March 19"): emphasis, not words.
_MARKDOWN = compile_later(r"\*\*|__|~~|`+|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")


#: The season's day said to stand after a comma, once something else was put off ("the Seoul fan screening got pushed back
#: a week, S2 itself is still April 23"): a part of its own (the delay the other thing's), the season's name kept.
_STILL_AFTER_COMMA = compile_later(rf",\s*(?:but\s+)?(?P<name>(?:all\s?of\s?us\s?are\s?dead|aouad)['’]?\s*(?:season\s*2|s2|2)"
                                rf"|(?:the\s+)?(?:season\s*2|s2)|the\s+(?:show|season|release|premiere))(?:\s+itself)?\s+(?:(?:is|['’]s)\s+)?still\s+(?=(?:on\s+)?{_A_DAY}\b)", re.I)


#: After a comma, the season itself (said as "the show", "the season", or only a release's verb) with a day of its own,
#: after something else's day ("trailer drops April 15, the show May 14", "red carpet May 11, streaming May 14", "embargo
#: lifts May 13, the show's out May 14"): the season's day, in a part of its own (the first day stays the other thing's).
#: ... a release verb alone opening it, no subject ("…, digo, se estrena el 19": the day a correction gives, fix96).
_VERB_ALONE = compile_later(r",\s*premieres?\b", re.I)
_SHOWS_DAY_AFTER_COMMA = compile_later(
    # (or after "and", a colon or a dash, abroad too: "trailer is out and the season premieres April 9", "Trailer de …: la
    # temporada llega el 9 de abril", "Der Trailer … ist da – Start am 9. April") (s2wild52)
    rf"(?:,|:|\s[—–]|\s(?=and\s))\s*(?:and\s+|but\s+|while\s+)?(?:(?:the\s+|la\s+|le\s+|die\s+)?(?:show|series|season|release|premieres?"
    rf"|temporada|saison|s[ée]rie|staffel|start|estreno|estreia)(?:\s+itself)?(?:['’]s|\s+is)?"
    rf"(?:\s+(?:premieres|drops|arrives|lands|out|streams|releases|comes\s+out|hits\s+netflix|on\s+netflix|follows|comes))?"
    rf"|streaming(?:\s+on\s+netflix)?|on\s+netflix)\s+(?:on\s+|from\s+)?(?={_A_DAY}\b"
    # (or counted from today: "AOUAD 2 OST IS OUT and the show drops in a week", s2wild72)
    r"|(?P<count>in\s+(?:a|one|two|three|four|five|six|\d)\s+(?:days?|weeks?)\b))", re.I)
#: A day named before a count ("ost out march 12, the show drops in a week"): counted from today or that day? none (review58d).
_DAY_NAMED = compile_later(_A_DAY, re.I)

#: ... or after a dash, a day on Netflix alone, as a card closes a post ("trailer is here — May 14 on Netflix").
_SHOWS_DAY_AFTER_DASH = compile_later(rf"\s[—–]\s*(?={_A_DAY}\s+(?:only\s+)?on\s+netflix\b)", re.I)

#: The season "still" its day with no verb, as fans write it ("AOUAD 2 still May 14"): it is still that day.
_STILL_WITHOUT_VERB = compile_later(rf"(?P<name>(?:all\s?of\s?us\s?are\s?dead|aouad)['’]?\s*(?:season\s*2|s2|2))\s+still\s+"
                                 rf"(?=(?:on\s+)?{_A_DAY}\b)", re.I)

#: Season 1 named first (out, on Netflix), then in a part of its own season 2 and its day, with or without a verb ("All of Us Are
#: Dead season 1 now streaming on Netflix, season 2 March 19", "…: Season 1 on Netflix now. Season 2 on March 19."): the
#: season's day, its name said again (s2wild66).
_TWO_AFTER_ONE = compile_later(rf"(?P<show>{EN_SHOW_NAME})(?P<one>[^;…?]*?\b(?:season\s*(?:1|one)|s1)\b[^;…?]*?)(?:[,;]|[.!]\s|\s[—–]\s)\s*"
                            r"(?:and\s+|but\s+)?(?:season\s*(?:2|two)|s2)\b(?:\s+(?:is|drops|arrives|premieres|comes(?:\s+out)?|lands|on))*\s+"
                            rf"(?={_A_DAY}\b)", re.I)


def _plain(title: str) -> str:
    # ("aouad 2 news: netflix korea confirms part 2 on april 9": Netflix's verb first, so Part 2 is the season's, s2wild73)
    text = " ".join(_MARKDOWN.sub("", unicodedata.normalize("NFKC", lines_as_list(title))).split())
    text = without_things_undated(self_corrected(text))  # "tráiler sin fecha, pero … el 19 de marzo": the 19th ours (s2wild104)
    text = trailing_later_first(without_post_numbering(text))  # "aouad 2 in 3 days (part 2)": Part 2's day (s2wild79)
    return episodes_as_parts(netflix_confirms_first(without_other_services_year(text)))  # ("eps 1-6 now, 7-12 …", s2wild74)


def read_headline(title: str, written: dt.date | None = None) -> tuple[Classified, ...]:
    """Every claim a headline makes (the first is its main one); () for none."""
    # "Part 1 on May 28, Part 2 on June 25": the first part's post, then Part 2's day (headline_batches.py)
    plain = _plain(title)
    season = _read(first_batch(without_season_one(plain)), written)  # (a Part 1 shown again never the first batch: fix133)
    return season + _later_part_day(plain, season, written)


#: What a season's day says that a later part's may say too (its day set, moved or put off): read as Part 2's day.
_PART_DAY_SAID = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.DELAYED)


def _later_part_day(plain: str, season: tuple[Classified, ...], written: dt.date | None) -> tuple[Classified, ...]:
    """A later part's day ("…, Part 2 on April 9", "파트2 4월 9일 공개", "下部4月9日上线") as a PART_DATED reading, read by the
    season's own readers from the post said of that part (headline_batches.later_batch), as sure as the season's day would be
    (a hedge anywhere in the post makes it a rumour; a question, a denial, a window, another show's part or "part 2 of episode
    12" read nothing). Only a day after every day the season's own reading gives: never the season's day, nor one before it."""
    days = [r.release_at.date() for r in season if r.release_at is not None]
    days += [said] if (said := parse_headline_date(first_batch(plain), written)) else []  # (the first part's, though asked)
    doubted = hedged(plain) or any(r.confidence is Confidence.RUMOUR for r in season)
    for n, view in enumerate(later_batch(ours_only(plain))):  # ("Sweet Home 3, part 2 on April 9; AOUAD 2 in May": not ours)
        if n and (asks(plain) or refuses(plain)):
            break  # the label's own clause alone never outweighs a question or a denial elsewhere in the post
        found = [r for r in _read(view, written) if r.milestone in _PART_DAY_SAID and r.release_at is not None
                 and all(r.release_at.date() > day for day in days)]
        if found:
            confidence = Confidence.RUMOUR if doubted else found[0].confidence
            return (replace(found[0], milestone=Milestone.PART_DATED, confidence=confidence),)
        dated = [(r, r.release_at) for r in season if r.release_at is not None]
        if n and len(dated) == 1 and (weeks := weeks_later(view)) is not None:  # "March 19, part 2 three weeks after" (s2wild64)
            (first, at), = dated
            return (replace(first, milestone=Milestone.PART_DATED, release_at=at + dt.timedelta(weeks=weeks),
                            confidence=Confidence.RUMOUR if doubted else first.confidence),)
    return ()


def _read(text: str, written: dt.date | None) -> tuple[Classified, ...]:
    """What the season's own news in `text` says (a later part's clause already set aside)."""
    # "Weak Hero Class 2 premieres March 19; ...": not our day; "Wed 3/24: Squid Game doc · Fri 3/26: AOUAD S2": our entry
    text = as_debunked(with_place_zones(text))  # "3PM PH TIME": 3PM PHT  # "that 'aouad s2 cancelled' screenshot is photoshopped, netflix still says 3/19"
    if spoofed(text):
        return ()  # a parody's or a satire's post: nothing it says is news (headline_fakes.py)
    text = without_fans_own(text)  # "my aouad 2 reaction video drops march 20": the fan's video's day, never ours (s2wild84)
    text = _it_carried(text)  # "aouad 2 ost vol 1 — it's out tomorrow": the OST's day
    text = netflix_word_beside_guess(text)  # "netflix says Q1 for aouad 2, my gut says feb 26": Q1, never the guess
    text = as_others_corrected(text)  # "people still saying AOUAD 2 is out April 16 😭 it's May 28": the 28th
    said = comma_dated(day_first(sub_day_first(as_rumour_answered(without_hope_beside(with_verbs_spelt(without_explainer_tail(text)))))))  # "… March 19 — Here's Everything We Know"
    text = without_season_one_compared(ours_only(said))  # "AOUAD 2 #1 in 85 countries, season 1 never did that"
    if not_meant(said) and not not_meant(text):
        return ()  # "kingdom 3 is Q1, my guess is aouad 2 feb 26": the fan's guess, said before our season's name
    if (name := _OUR_NAME.search(said)) is not None and hope_opens(said[:name.start()]) \
            and parse_headline_date(said[:name.start()], written) is not None:
        return ()  # "i hope kingdom 3 premieres wednesday, aouad 2 premieres friday": hoped, both (s2wild80)
    text = _STILL_AFTER_COMMA.sub(lambda m: f"; {m.group('name')} is still ", text)  # "screening pushed a week, S2 itself is still …"
    text = _STILL_WITHOUT_VERB.sub(r"\g<name> is still ", text)  # "(Kingdom 3 delayed …,) AOUAD 2 still May 14"
    text = _TWO_AFTER_ONE.sub(r"\g<show>\g<one>; \g<show> season 2 premieres ", text, count=1)  # "season 1 …, season 2 March 19"
    if (ours := _OUR_NAME.search(text)) is not None and not hedged(text):  # "trailer drops April 15, the show May 14": its part
        text = _SHOWS_DAY_AFTER_DASH.sub(lambda m: f"; {ours.group(0)} premieres ", _SHOWS_DAY_AFTER_COMMA.sub(
            lambda m: m.group(0) if _VERB_ALONE.match(m.group(0)) and corrects_before(text, m.start())
            else "; " if m["count"] and _DAY_NAMED.search(text, 0, m.start())
            else f"; {ours.group(0)} premieres ", text))  # (never a verb alone after "digo,": the day given, fix96)
    if not about_season_two(text):
        return ()
    # "S2 → Mar 19", "seaon 2 comming march 19", "... After Delay Rumors": as the readers take them (headline_forms.py)
    text = _OLD_DAY.sub(" ", text)  # "date: March 12 was the old one": a day set aside, no announcement
    text = _not_that_day(_not_these(_netflix_answer(_STAMP.sub("", text))), written)  # "aouad s2 is NOT march 12, netflix just confirmed march 19": March 19
    text = with_english_days(with_days_spelt(text), written)  # "March slate: ... on the 19th": the 19th of March
    text = as_exclaimed(as_heard(without_feelings(without_invitations(text))))  # "… drops march 12?? i'm not ready": a rumour, no denial  # "hearing … might be march 12??", "… on march 19?? netflix is spoiling us"
    text = as_times_post(as_day_then_season(without_cheers(without_sign_off(text))))  # "Tomorrow. All of Us Are Dead Season 2.", "… TONIGHT AT 1AM PT LETS GO"
    text = as_leak_said(as_premiere(without_background(as_reaffirmed(as_answered(text)))))  # "not delayed: still March 19"
    text = as_rumoured(text)  # "If Rumours Are True, ... Could Arrive March 12": the rumour, not a guess
    text = ours_dated_first(text)  # "sweet home 3 (March 19), aouad s2 premieres March 26": the 26th
    text = with_months_carried(text, written)  # "3월 라인업…「지금 우리 학교는2」 19일": the 19th of March in every part
    text = CORRECTION_MARK.sub("", text, count=1)
    text = self_corrected(text)  # (again, the days now in English: "12 maret eh salah, 19 maret", s2wild89)
    text, earlier = moved_from(text, written)
    earlier = earlier or replaced_day(text, written)
    if _SET_ASIDE.search(text) and parse_headline_date(_SET_ASIDE.sub(_month_kept, text), written) is not None:
        # "premieres Feb. 19, not Feb. 12": Feb. 19, and no denial; then read as a listing ("aouad 2 is feb 26 not feb 19", s2wild59)
        text = as_premiere(_SET_ASIDE.sub(_month_kept, text))
    text, weighed = without_weighing(text)  # "공개 연기 가닥…넷플릭스 내부 검토": what was settled, a rumour
    text = without_cast_denial(text, written)  # "유인수 출연설 사실무근…공개는 5월 28일": the 28th, no denial of it
    if refuses(text):
        if (stands := what_stands(text)) is None:
            return day_beside_denial(text, written)
        text = stands  # "4월 23일 조기 공개? 사실무근…30일 그대로": the 30th (the 23rd is the denial reader's)
    whole = read_clause(text, written)
    found = [whole] if whole is not None else []
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if len(parts) > 1:
        readings = [(part, None if _material_is_it(part, after) else read_clause(part, written))  # "it's streaming march 19 — the
                    for part, after in zip(parts, [*parts[1:], ""], strict=True)]  # aouad 2 documentary": the documentary's day
        hedge = any(reading is None and hedged(part) for part, reading in readings)
        extra = [r if not hedge else replace(r, confidence=Confidence.RUMOUR) for _, r in readings if r is not None]
        if any(whole is None or r.milestone is not whole.milestone or _other_day(whole, r) for r in extra) and not _one_delay(whole, extra):
            found = extra  # each part says its own thing, at its own strength
    if written is not None and any(r.milestone is Milestone.RELEASE_DATE_ANNOUNCED and r.release_at is not None
                                   and r.release_at.date() > written + dt.timedelta(days=1) for r in found):
        found = [r for r in found if r.milestone is not Milestone.RELEASED]  # "is live on Netflix and streaming March 19": to come
    if (earlier is not None and found and found[0].milestone is Milestone.RELEASE_DATE_ANNOUNCED
            and found[0].release_at is not None and found[0].release_at.date() > earlier):
        found[0] = replace(found[0], milestone=Milestone.DELAYED)  # "now arrives March 26 instead of March 12"
    if (whole is not None and whole.milestone in (Milestone.RELEASE_DATE_CHANGED, Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_WINDOW)
            and (media := _MEDIA_OUT.search(text))):
        said = next(kind for kind in media.groups() if kind).lower()
        found.append(Classified(Milestone.TEASER if said == "teaser" else Milestone.TRAILER, whole.confidence, None))
    elif (whole is not None and whole.milestone is Milestone.RELEASE_DATE_ANNOUNCED
          and (tag := MATERIAL_TAG.match(text) or _KOREAN_MEDIA_OUT.search(text)) is not None):
        # "[티저] 지금 우리 학교는 시즌2 | 5월 14일 넷플릭스 공개", "…5月14日配信決定！ティザーも公開されました" (in Korean by then)
        kind = Milestone.TEASER if tag.group("kind").lower() in ("티저", "teaser") else Milestone.TRAILER
        found.append(Classified(kind, whole.confidence, None))
    if (whole is not None and whole.milestone in (Milestone.TEASER, Milestone.TRAILER)
            and (premiere := _AHEAD_OF.search(text))):
        date = parse_headline_date(premiere.group(0), written)  # the premiere's day, not the trailer's
        if date is not None:
            at, given = release_moment(text[premiere.start():], date)  # a time before it is the trailer's
            found.append(Classified(Milestone.RELEASE_DATE_ANNOUNCED, whole.confidence, at, time_given=given))
    if whole is not None and whole.milestone in (Milestone.TEASER, Milestone.TRAILER) and out_before_material(text):
        found.append(Classified(Milestone.RELEASED, whole.confidence, None))  # "just watched aouad 2 ep 1, the trailer lied" (s2wild72)
    if (whole is not None and whole.milestone in (Milestone.TEASER, Milestone.TRAILER) and len(found) == 1
            and not material_first(text) and parse_headline_date(text, written) is None
            and (window := release_window_in(text, written, media=True)) is not None):
        # "aouad 2 teaser is OUT and netflix says first half of 2027", "… | Official Teaser | First Half of 2027 | Netflix"
        found.append(Classified(Milestone.RELEASE_WINDOW, whole.confidence, None, window))
    if counts_views(text):  # "the teaser has 20.5 million views": talk of it, no news that it is out
        found = [r for r in found if r.milestone not in (Milestone.TEASER, Milestone.TRAILER)]
    if weighed:
        found = [replace(r, confidence=Confidence.RUMOUR) for r in found]
    if (((name := _OUR_NAME.search(text) or _OUR_NAME_KO.search(text)) and _SOON.search(text, name.end()))
            or _SOON_LABEL.search(text)):
        found = [r for r in found if r.milestone is not Milestone.RELEASED]  # "it just dropped. aouad s2 soon": not out yet
    found = [r for r in found if not _past_year(r, text, written)]
    if LOCAL_SLIP.search(text):  # "delayed in India by 2 hours", "공개 지연… 서버 폭주": a hiccup on the day, no delay of the season
        found = [r for r in found if r.milestone is not Milestone.DELAYED]
    return tuple(_distinct(_without_dated_windows(found)))


#: A day named as the one set aside before: "March 12 was the old one", "… was the original date", "the previous date was
#: March 12". What stands is not said by it.
_OLD_DAY = compile_later(
    rf"{_A_DAY}(?:,?\s*20\d\d)?\s+(?:was|is|were)\s+(?:just\s+)?the\s+(?:old|previous|original|earlier|first|former)\s+"
    rf"(?:one|date|day|plan|release\s+date)\b"
    rf"|\b(?:the\s+)?(?:old|previous|original|earlier|former)\s+(?:release\s+)?(?:date|day|one)\s*(?:was|:)\s*{_A_DAY}(?:,?\s*20\d\d)?"
    # Korean's quoted day it was said to be: "'3월 19일'이라던 지우학2, 4월로 연기" (the new day is the one after)
    r"|['‘’\"“”]\s*\d{1,2}\s*월\s*\d{1,2}\s*일\s*['‘’\"“”]\s*(?:이)?라(?:던|더니|고\s*했던)",
    re.I)
#: A future word after the season's name ("aouad s2 soon", "coming soon", 곧, pronto, segera, bientôt): not out yet,
#: whatever else "dropped" beside it (the trailer, another show).
_SOON = compile_later(r"\b(?:soon|pronto|segera|bient[oô]t|em\s+breve|pr[oó]ximamente|demn[aä]chst)\b|(?<![가-힣])곧(?![가-힣])", re.I)
#: ... or a "coming soon" label before it ("Now on Netflix | coming soon: All of Us Are Dead Season 2", "Coming soon: AOUAD 2 —
#: Now on Netflix: Squid Game"): the season is to come, whatever is "now on Netflix" beside it.
_SOON_LABEL = compile_later(r"\bcoming\s+soon\s*[:|—–-]+\s*(?:[^:|—–]{0,20}?)(?:all\s?of\s?us\s?are\s?dead|\baouad\b)['’\"”]?\s*"
                            r"(?:(?:season|series|part)\s*(?:2|two)|s2|2)\b", re.I)
_OUR_NAME_KO = compile_later(r"지우학\s*(?:2|시즌\s*2)|지금\s*우리\s*학교는\s*(?:2|시즌\s*2)")


def _past_year(reading: Classified, text: str, written: dt.date | None) -> bool:
    """Whether a reading's day carries its year written out and lies before the post itself ("April 23 2022, 12am PT" in a
    2027 post): an old day recalled, never the coming release."""
    at = reading.release_at
    return (written is not None and at is not None and at.date() < written and str(at.year) in text
            and reading.milestone in (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.DELAYED))


def _other_day(whole: Classified, part: Classified) -> bool:
    """Whether a part gives a release day other than the whole headline's ("5월 7일 … 루머…넷플릭스 "14일 그대로"")."""
    return whole.release_at is not None and part.release_at is not None and part.release_at.date() != whole.release_at.date()


def _without_dated_windows(readings: list[Classified]) -> list[Classified]:
    """The readings less any window a day read beside it already dates ("넷플릭스 3월 공개작…'지금 우리
    학교는2' 19일": the month is the lineup's, the 19th the release's): no window of its own."""
    days = [r.release_at.date() for r in readings if r.release_at is not None]
    return [r for r in readings if not (r.milestone is Milestone.RELEASE_WINDOW and r.window is not None
                                        and any(r.window.first <= day <= r.window.last for day in days))]


def _one_delay(whole: Classified | None, parts: list[Classified]) -> bool:
    """Whether the parts only split one delay or change from its new day ("공개 연기…3월 26일 공개",
    "공개일 변경…4월 2일 공개", "delayed; now premieres March 26", "공개 일주일 연기…5월 7일로 변경"): the whole's
    reading, a delay or a change to that day, says it all."""
    return (whole is not None and whole.milestone in _MOVES and whole.release_at is not None
            and all(r.milestone is whole.milestone
                    or (r.milestone in (Milestone.RELEASE_DATE_ANNOUNCED, *_MOVES) and r.release_at == whole.release_at)
                    for r in parts))


_MOVES = (Milestone.DELAYED, Milestone.RELEASE_DATE_CHANGED)


def _distinct(readings: list[Classified]) -> list[Classified]:
    """One reading per milestone (the first), so one headline is never two claims of one thing."""
    seen: set[Milestone] = set()
    out = []
    for reading in readings:
        if reading.milestone not in seen:
            seen.add(reading.milestone)
            out.append(_surest(reading, readings))
    return out


def _surest(first: Classified, readings: list[Classified]) -> Classified:
    """Of the parts' readings of one milestone on different days, the first one not only rumoured ("5월 7일 조기 공개설은
    루머…넷플릭스 "14일 그대로"": the 14th, the 7th being the rumour); the first when all are as sure."""
    if first.confidence is not Confidence.RUMOUR or first.release_at is None:
        return first
    return next((r for r in readings if r.milestone is first.milestone and r.release_at is not None
                 and r.release_at.date() != first.release_at.date() and r.confidence is not Confidence.RUMOUR), first)
