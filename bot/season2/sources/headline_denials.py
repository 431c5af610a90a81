"""A headline that only takes a release day back: "[CORRECTION] ... not on Feb. 12 as previously
reported", "Netflix denies Feb. 12 release", "won't premiere on Feb. 12 after all", "2월 12일 공개
사실무근", "12일 공개설 부인". `denied_day` names the day it denies; it names no new one (a correction
that gives the new day, "Feb. 19, not Feb. 12", is read by `headline_parts.read_headline`).

An outlet's note that "an earlier version of this article said ... March 12" takes that day back too.

A day asked about and answered no at once ("3월 12일 공개? 넷플릭스 \"사실 아냐\"", "March 12 release? Netflix
says it's not true") is taken back too (`_answered_no`): the answer bears on the day the question names.

Only a negation that bears on the day counts: "not delayed, still premieres Feb. 12" negates the delay,
"denies delay rumours; premiere stays Feb. 12" too; a question, a hedge ("reportedly not"), or a day of
something else (a trailer, filming, an event) denies no release day. Pure functions on text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from bot.lazy_re import compile_later
from bot.season2.dates import MONTHS
from bot.season2.denials import CORRECTION_MARK
from bot.season2.sources.headline_abroad import in_english
from bot.season2.sources.headline_batches import first_batch
from bot.season2.sources.headline_dates import parse_headline_date
from bot.season2.sources.headline_fakes import debunked_claim
from bot.season2.sources.headline_forms import DAY_STANDS, without_explainer_tail
from bot.season2.sources.headline_moments import headline_day
from bot.season2.sources.headline_strength import PART_BREAK, asks, hedged
from bot.season2.sources.headlines import about_season_two, is_media
from bot.season2.sources.other_titles import ours_only

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
#: "Feb. 12", "12 February" ("Season 2 Feb. 12" is no 2 February: a day first is followed by no other day).
_EN_DAY = (rf"(?:{_MONTH}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![^\W\d_])(?!\.?\s*\d{{1,2}}\b)"
           r"|(?<![\d/.])\d{1,2}/\d{1,2}(?![\d/]))(?:,?\s*20\d\d)?")  # "3/12", as fans write it
#: A negation a few words before the day ("not on Feb. 12", "denies ... Feb. 12 release", "won't premiere
#: on Feb. 12"); the words between are one clause about the day (no comma, no delay, no "still").
_NEGATION = (r"\b(?:not|no\s+longer|won'?t|will\s+not|isn'?t|is\s+not|doesn'?t|does\s+not|never|den(?:y|ies|ied)"
             r"|debunk(?:s|ed)?|refute[sd]?|dismiss(?:es|ed)?|shoots?\s+down|shot\s+down|shut(?:s|ting)?\s+down|rules?\s+out"
             r"|ruled\s+out)\b")
#: Up to 11 words between: "denies reports that 'All of Us Are Dead' Season 2 premieres Feb. 12" (the show's
#: name alone is five).
_BEFORE = compile_later(rf"{_NEGATION}((?:\s+[^\s,;…]+){{0,11}}?)\s+(?:on\s+)?({_EN_DAY})", re.I)
#: The day, then a few words, then that it is false ("Feb. 12 date was false", "Feb. 12 release report denied").
_AFTER = compile_later(rf"({_EN_DAY})((?:\s+[^\s,;…]+){{0,4}}?)\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:false|fake|wrong"
                    r"|incorrect|inaccurate|erroneous|untrue|not\s+(?:true|real)|a\s+hoax|denied|debunked|refuted)\b", re.I)
#: A negation that denies something (not a mere "not"), and the rumours it may deny.
_DENYING = compile_later(r"den(?:y|ies|ied)|debunk|refute|dismiss|shoots?\s+down|shot\s+down|shut|rules?\s+out|ruled", re.I)
_RUMOURS = compile_later(r"\b(?:rumou?rs?|speculation|reports?)\b", re.I)
#: Words between a negation and its day that make it another thing's ("not delayed, still ..."), or say
#: only that it is not known yet ("has not confirmed whether ... premieres March 12", "not sure").
_ELSEWHERE = compile_later(r"\b(?:delay\w*|postpone\w*|push\w*|until|till|still|stays?|but|and|instead|rather|whether|if|confirm\w*"
                        r"|announc\w*|sure|decided|known?|say\w*|said|comment\w*|verif\w*"
                        # a leak or a cast member's exit denied "ahead of its April 30 premiere": that day stands
                        r"|leak\w*|ahead|before|exit\w*|quit\w*|leav\w*"
                        # a falsehood negated, so the word stands: "moved to may, not a lie. new date may 14", "not fake"
                        r"|lie|joke|drill|hoax|fake|kidding|clickbait)\b"
                        # a dash, then the day as it is: "Today was never the date, Netflix denied it — it's May 21"
                        r"|\s[—–]\s|\bit['’]s\b|\bit\s+is\b", re.I)
#: Korean: the day, its release, then that it is not so ("2월 12일 공개 사실무근", "12일 공개설 부인",
#: "2월 12일 공개 보도 부인", "2월 12일 공개 아냐", "3월 12일 공개 확정 아냐").
_KOREAN = compile_later(
    # "3월 12일 공개 확정 아냐": the day's release said not to be so (not "아직 확정 안", not yet: a rumour)
    # (the talk quoted first: "4월 30일 공개라는 보도는 사실무근", that it is out on the 30th, the report is groundless)
    r"((?:\d{1,2}\s*월\s*)?\d{1,2}\s*일)\s*(?:넷플릭스\s*)?(?:조기\s*|깜짝\s*)?(?:공개|첫\s*방송)\s*(?:(?:이?라는|이?란)\s*(?=보도|소식|기사|설|얘기|소문|주장))?"
    r"(?:설|보도|소식|기사|얘기|소문|주장|확정(?:된\s*(?:것|거|건))?"
    # (an outlet setting its own report right: "[정정] 본지는 … 4월 16일 공개로 보도했으나 사실이 아니어서 바로잡습니다")
    r"|(?:으?로|라고)\s*(?:잘못\s*)?(?:보도|기재|표기)\S*"
    # (a leaked paper named with it, then the verdict, after a comma too: "4월 23일 공개 문건, 사실 아냐"; never a day's
    # release, then a warning of fakes: "5월 14일 공개, 가짜 뉴스 주의")
    r"|(?:문건|문서|일정표)\s*(?:은|는|이|가)?\s*,?)?"
    r"\s*(?:은|는|이|가|에|엔)?"
    # talk of the day, a comma, then who says it is not so: "4월 30일 공개설, 넷플릭스 부인", Japanese "配信説、Netflixは
    # 「事実ではない」と否定" (in Korean words: "공개설, Netflixは「事実 아니다」と 부인"), its quoted verdict before the verb
    r"(?:(?:(?<=설)|(?<=공개))\s*(?:,|…|\.\.\.)\s*(?:넷플릭스|[Nn]etflix|NETFLIX|제작사|소속사)(?:\s*측)?\s*(?:は|が|은|는|이|가|도)?\s*(?:[「『\"“][^」』\"”]{0,12}[」』\"”]\s*(?:と|라고|이라고|며)?\s*)?)?"
    # "5월 7일 조기 공개설은 루머": talk of that day called a rumour (설은 루머) takes it back
    r"\s*(?:사실무근|사실\s*아냐|사실이\s*아니|아냐|아니야|아니다|아니(?:래|라고|라네|라더라|란다)|부인|오보|거짓|가짜|(?<=설은)루머|(?<=설은 )루머|낭설|헛소문)"
    # a fan's "4월 9일 찌라시 그거 결국 구라였네" (that 9 April tabloid rumour was a lie after all): the day's rumour called false
    r"|((?:\d{1,2}\s*월\s*)?\d{1,2}\s*일)\s*(?:공개\s*)?(?:설\s*)?(?:찌라시|지라시|루머)\s*(?:(?:은|는)?\s*(?:그거|그건|그것도)?\s*(?:결국|역시|그냥)?\s*"
    r"(?:(?:구라|가짜|거짓|뻥|주작|헛소문)(?:였|이었|임|래|라고)|(?<=[시머])\s*(?:였|이었)))")  # (or "공개설 루머였네": was a rumour)
#: A day of something else than the release: filming, an event, material.
_OTHER_THING = compile_later(r"\b(?:filming|shooting|production|wedding|event|press|conference|fan ?meet\w*|showcase"
                          r"|screening|concert|birthday)\b|촬영|제작발표회|행사|간담회|팬미팅|시사회", re.I)
#: Words for the release itself, one of which a denial must name (or say it corrects earlier word).
_RELEASE = compile_later(r"\b(?:premier\w*|releas\w*|debut\w*|launch\w*|arriv\w*|drop\w*|land\w*|stream\w*|date|out"
                      r"|coming|comes|hit(?:s|ting)?)\b"
                      r"|\bas\s+(?:previously\s+|first\s+|earlier\s+)?reported\b|공개|첫\s*방송"
                      r"|\brumou?r(?:s|ed)?\b"  # (the season's rumoured day: "that's the old rumour, Netflix said April 30 is not true")
                      # (the season said not to be a day: "Netflix says AOUAD 2 is not April 16", "fake news, it's not April 16")
                      rf"|\b(?:is|it['’]s)\s+not\s+(?:on\s+)?(?={_EN_DAY})"
                      r"|(?<=일)\s*(?:찌라시|지라시)", re.I)  # (a day's tabloid rumour is of the release: "4월 9일 찌라시")


#: Netflix said never to have given a day, and what gave it called false ("netflix never confirmed march 12 for aouad 2, that
#: poster is fake", "… did NOT confirm march 12, stop spreading it"): that day taken back, where "not confirmed" alone only says
#: it is not known yet (s2wild74).
_NEVER_CONFIRMED = compile_later(rf"\bnetflix\s+(?:never|did\s*n[o'’]?t|didn['’]?t|did\s+not)\s+confirm(?:ed)?\s+(?:on\s+)?"
                                 rf"(?P<day>{_EN_DAY})(?P<rest>.*)$", re.I)
_CALLED_FALSE = compile_later(r"\b(?:fake|false|made\s+up|(?:a\s+)?lie|photoshopped|edited|fan\s*-?\s*made|stop\s+spreading)\b", re.I)


def denied_day(title: str, written: dt.date | None = None) -> dt.date | None:
    """The release day a headline about season 2 takes back, when that is all it does about a day;
    else None. `written`: the day it was published (reads "Feb. 12" without its year)."""
    # "Netflix desmiente que 'Estamos muertos 2' llegue el 30 de abril": read in the words the readers know
    text = ours_only(in_english(" ".join(unicodedata.normalize("NFKC", title).split())))
    # a later part's day denied ("Netflix denies AOUAD 2 Part 2 April 9 date") takes back neither the season's day nor a
    # Part 2 day Netflix gave: only the first part's clause is read (nothing when the post is of a later part alone, s2wild63)
    text = first_batch(text)
    if not about_season_two(text):
        return None
    corrects = CORRECTION_MARK.match(text) is not None
    text = CORRECTION_MARK.sub("", text, count=1)
    text = _before_what_stands(text, written)  # "4월 23일 조기 공개? 사실무근…30일 그대로": the 23rd taken back, the 30th the news
    if (answered := _answered_no(text, written)) is not None:
        return answered
    if not asks(text) and (claim := debunked_claim(text)) is not None:  # "the 'aouad s2 march 12' poster is fan made"
        return None if is_media(claim) else parse_headline_date(claim, written) or _near_day(claim, written)
    if (never := _NEVER_CONFIRMED.search(text)) is not None and _CALLED_FALSE.search(never.group("rest")) \
            and not asks(text) and parse_headline_date(never.group("rest"), written) is None:
        return parse_headline_date(never.group("day"), written)  # "netflix never confirmed march 12 …, that poster is fake"
    text = without_explainer_tail(text)  # "… Is Not Releasing on March 12 — Here's Where the Rumor Came From"
    if asks(text) or is_media(text) or _OTHER_THING.search(text) or not (_RELEASE.search(text) or corrects):
        return None
    found = _said_day(text) or _said_earlier(text)
    if found is None:
        return None
    said, denial = found
    rest = text[:denial.start()] + " " + text[denial.end():]
    if _DENYING.match(denial.group(0)):
        rest = _RUMOURS.sub(" ", rest)  # "dismisses ... March 12 release rumors": the rumours are what is denied
    if hedged(rest):
        return None  # "reportedly not on Feb. 12": someone else's word (a denied 공개설 is no hedge)
    day = parse_headline_date(said, written) or _near_day(said, written)
    if day is None or parse_headline_date(rest, written) not in (None, day):
        return None  # another day beside it: a correction giving the new one, or two stories (the same day quoted first is
        # the one taken back: "\"AOUAD 2 April 30!!\" — reply: Netflix already denied April 30")
    return day


_SLASHED = compile_later(r"(\d{1,2})/(\d{1,2})")
#: How far ahead a day taken back may be when its order is not plain: a denial takes back a day going round
#: for a release to come, and of "3/12" said in February only 12 March is that near (3 December is not).
_NEAR = dt.timedelta(days=92)


def _near_day(said: str, written: dt.date | None) -> dt.date | None:
    """The day a slashed "3/12" whose order is not plain means in a denial: the one of its two readings
    within the next three months when only one is; else None (never a guess)."""
    if written is None or (m := _SLASHED.fullmatch(said.strip())) is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    near = set()
    for month, day in ((a, b), (b, a)):
        try:
            found = headline_day(month, day, written)
        except ValueError:
            continue
        if written <= found <= written + _NEAR:
            near.add(found)
    return near.pop() if len(near) == 1 else None


#: An outlet's note that an earlier version said a day: "An earlier version of this article said ... premieres
#: March 12" takes that day back (a new day beside it is a correction giving the new one: not a denial alone).
_EARLIER_VERSION = compile_later(rf"\b(?:an?\s+|the\s+)?(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story"
                              rf"|post|report)\s+(?:said|stated|reported|misstated|incorrectly\s+\w+)\b[^;…]*?({_EN_DAY})", re.I)


def _said_earlier(text: str) -> tuple[str, re.Match[str]] | None:
    """The day an earlier version of the article said, and the note, or None."""
    if (m := _EARLIER_VERSION.search(text)) is None:
        return None
    return m.group(1), m


def _said_day(text: str) -> tuple[str, re.Match[str]] | None:
    """The words naming the day a negation bears on ("Feb. 12", "2월 12일 공개") and the denial, or None."""
    for m in _BEFORE.finditer(text):
        if not _ELSEWHERE.search(m.group(1)):
            return m.group(2), m
    if (after := _AFTER.search(text)) and not _ELSEWHERE.search(after.group(2)):
        return after.group(1), after
    if korean := _KOREAN.search(text):
        return (korean.group(1) or korean.group(2)) + " 공개", korean  # a day of the month alone is read beside its release
    return None




def _before_what_stands(text: str, written: dt.date | None) -> str:
    """A headline without its last part when that part says which release day stands (`headline_forms.DAY_STANDS`):
    what comes before it is what is taken back; any other headline as it is."""
    parts = PART_BREAK.split(text)
    if len(parts) > 1 and DAY_STANDS.search(parts[-1]) and parse_headline_date(" ".join(parts[:-1]), written) is not None:
        return text[:text.rindex(parts[-1])].rstrip(" ;…—–.")
    return text


#: A question about a day, then at once its answer, no: "3월 12일 공개? 넷플릭스 \"사실 아냐\"", "... March 12? Netflix
#: says no", "... March 12 release? Not true". The answer is short and only says no.
_ANSWER = compile_later(r"^(?P<question>[^?]+)\?+\s*(?P<answer>[^?]{1,40})$")
_NO = compile_later(r"^\W*(?:(?P<netflix>넷플릭스|netflix)(?:\s*측)?\s*[:：]?\s*(?:says?|said)?\s*(?:it'?s\s+)?[\"“'‘]?\s*)?(?:사실\s*(?:아냐|아니다|이\s*아니\w*)"
                 r"|사실무근|부인|아니다|아냐|오보|no\b|nope\b|not\s+(?:true|so)\b|false\b|fake\b)[\W\s]*$", re.I)


#: Talk of a day, then Netflix's no after a comma, a colon or a "but" ("rumour said aouad 2 on jan 29, netflix korea says
#: no", "Gerücht: … am 29. Januar? Netflix sagt nein", "pero Netflix lo desmiente", "A Netflix disse que não", "Voce: … il 29
#: gennaio. Netflix: no", "… dibantah Netflix"): the talk is named as such, and Netflix's answer is all that follows.
_TALK = compile_later(r"\b(?:rumou?r\w*|reportedly|boatos?|voc[ei]|(?:se\s+)?rumorea\w*|gerüchte?|rumeurs?|isu|kabar\s+burung)\b"
                      r"|공개설|网传|網傳|噂|説", re.I)
#: (Its question never ends inside a run of marks or spaces, each run taken whole: the same readings, where "?" x 4,000
#: before "netflix" went as the square of its length.)
_TALK_ANSWERED = compile_later(
    r"^(?P<question>.+?)(?:(?:(?<=^.)|(?<![,.:;…?!]))[,.:;…?!]++\s*+"
    r"|(?:(?<=^.)|(?<!\s))\s++)(?:(?:but|pero|mas|mais|aber|ma|tapi|แต่)\s*)?(?P<answer>(?:(?:a|la|le|die)\s+)?"
    r"(?:netflix|넷플릭스)(?:\s*(?:korea|kr|k|측))?\s*[:：]?\s*(?:(?:says?|said|disse(?:\s+que)?|sagt|dice(?:\s+que)?|dit|lo|le|it)\s+)*[\"“'‘「]?"
    r"(?:no|não|nao|nein|non|nope|denies(?:\s+(?:it|reports|this))?|d[ée]ment|desmiente|bantah|부인|사실무근|사실\s*아냐|not\s+true|false|fake)"
    r"|dibantah\s+(?:oleh\s+)?netflix)(?:\s*แล้ว)?(?P<tail>\s*[,;—–-]\s*[^?]*)?[\W\s]*$", re.I)
#: What a tail after Netflix's no may not name: a day or a window of its own (then it is a correction, read elsewhere).
_WHEN_WORD = compile_later(rf"\b(?:{_MONTH}|q[1-4]|quarter|spring|summer|autumn|fall|winter|half|early|late|20\d\d|today|tomorrow|next)\b"
                           r"|\d\s*/\s*\d|[월일]|분기|반기|[月日]|季度|半年", re.I)


def _answered_no(text: str, written: dt.date | None) -> dt.date | None:
    """The release day a question names when the headline answers it no at once (see the module), else None."""
    if ((talk := _TALK_ANSWERED.match(text)) and _TALK.search(talk.group("question"))
            and not _WHEN_WORD.search(talk.group("tail") or "")):  # ("…, netflix says no, it's kingdom 3's week": no day of its own)
        question = talk.group("question")
        return None if is_media(question) or _OTHER_THING.search(question) else parse_headline_date(question, written)
    if (m := _ANSWER.match(text)) is None or (no := _NO.match(m.group("answer"))) is None:
        return None
    question = m.group("question")
    # a rumour asked about is taken back when Netflix answers it ("网传…4月30日上线？网飞：假的"); anyone else's no is a guess
    if (asks(question) or (hedged(question) and not no.group("netflix")) or is_media(question) or _OTHER_THING.search(question)
            or not _RELEASE.search(question)):
        return None
    return parse_headline_date(question, written)
