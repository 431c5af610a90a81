"""What stands beside a denial in a headline: the release day said to stand after a rumour refused ("연기설 사실 아님,
3월 19일 그대로", "… I was wrong, sorry — still May 21"), a day named in passing as the release's while something else is
denied ("… leaked ahead of its April 30 premiere"), and a denial of cast news set aside when another part gives the day.
Read by `headline_parts._read` on a refusing headline (moved out of headline_parts.py at stop 60, unchanged).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.season2.model import Confidence, Milestone
from bot.season2.sources.headline_dates import parse_headline_date
from bot.season2.sources.headline_forms import DAY_STANDS
from bot.season2.sources.headline_moments import release_moment
from bot.season2.sources.headline_strength import hedged, refuses
from bot.season2.sources.headline_words import NAMED_DAY, PART_MARK
from bot.season2.sources.headlines import Classified
from bot.text import HANGUL

#: "변동 없다" (no change) said of the day that stands: no negation of it ("…4월 16일 공개 변동 없다").
_UNCHANGED = compile_later(r"변동\s*(?:은\s*|이\s*)?(?:없다|없어|없음|없습니다)")


#: ... and where a question ends before its answer ("'지우학2' 또 연기? 넷플릭스 "5월 14일 공개 변동 없다"": put off again? no, the 14th).
#: (or a comma after a Korean denial: "연기설 사실 아님, 3월 19일 그대로", s2wild72)
_STANDS_PARTS = compile_later(rf"\s*{PART_MARK}\s*|(?<=\?)\s+|(?:(?<=아님)|(?<=아냐)|(?<=무근))\s*,\s*")


_RELEASE_WORD = compile_later(r"\b(?:premier\w*|releas\w*|arriv\w*|drops?|out|stands|holds|remains|stays|unchanged)\b", re.I)


#: News of the cast (who is in it, who returns or leaves), in the languages the readers know by then.
_CAST_NEWS = compile_later(r"출연|합류|하차|캐스팅|\b(?:cast(?:ing)?|returns?|returning|comeback|joins?|joining|exit\w*|leav\w*|vuelv\w*"
                        r"|vuelta|regres\w*|retour|volta\w*|rejoint|rückkehr)\b", re.I)
_CAST_PARTS = compile_later(rf"\s*(?:{PART_MARK}|,\s)\s*")


def without_cast_denial(text: str, written: dt.date | None) -> str:
    """`text` without a part that denies news of the cast and gives no day ("넷플릭스 측 "유인수 출연설 사실무근"", "Netflix
    desmiente que Lee Yoo-mi vuelva …"), when another part gives one: the day is said beside a denial of something else."""
    parts = [p for p in _CAST_PARTS.split(text) if p.strip()]
    kept = [p for p in parts if not (refuses(p) and _CAST_NEWS.search(p) and parse_headline_date(p, written) is None)]
    if len(kept) == len(parts) or not any(parse_headline_date(p, written) is not None for p in kept):
        return text
    return "; ".join(kept)


def what_stands(text: str) -> str | None:
    """The last part of a refusing headline when it says which release day stands and refuses nothing itself
    (`headline_forms.DAY_STANDS`: "넷플릭스 측 "4월 23일 조기 공개? 사실무근…30일 그대로""); else None."""
    parts = [p for p in _STANDS_PARTS.split(text) if p.strip()]
    if (len(parts) < 2 or not (DAY_STANDS.search(parts[-1]) or _WINDOW_STANDS.search(parts[-1])) or refuses(_UNCHANGED.sub(" ", parts[-1]))
            or not any(refuses(p) for p in parts[:-1])):
        return None
    # "… I was wrong, sorry — still May 21", "… denied it — it's May 21": a bare day standing is the release's
    return parts[-1] if HANGUL.search(parts[-1]) or _RELEASE_WORD.search(parts[-1]) else f"premieres {parts[-1]}"


#: Something else denied "ahead of its April 30 premiere" ("Netflix denies rumour that AOUAD 2 leaked ahead of …"): that day
#: stands, said in passing (the denial is of the leak, not of it; `headline_denials` takes no day back from it).
_DAY_BESIDE_DENIAL = compile_later(rf"\b(?:ahead\s+of|before)\s+(?:its|the|their)\s+(?P<day>{NAMED_DAY})\s+(?:premiere|release|debut)\b"
                                rf"(?![^;…]*\b(?:is|was)\s+(?:false|fake|wrong|untrue))", re.I)
_DENIED_ELSE = compile_later(r"\b(?:leak\w*|exit\w*|quit\w*|leav\w*|delay\w*|postpone\w*|cancel\w*)\b", re.I)


def day_beside_denial(text: str, written: dt.date | None) -> tuple[Classified, ...]:
    """The day a refusing headline names in passing as the release's own, when what it denies is something else
    (`_DAY_BESIDE_DENIAL`); else nothing."""
    if (beside := _DAY_BESIDE_DENIAL.search(text)) is None or not _DENIED_ELSE.search(text[:beside.start()]):
        return ()
    if (day := parse_headline_date(beside.group("day"), written)) is None:
        return ()
    at, given = release_moment(text[beside.start():], day)
    return (Classified(Milestone.RELEASE_DATE_ANNOUNCED, Confidence.RUMOUR if hedged(text[beside.end():]) else Confidence.REPORTED,
                       at, time_given=given),)


#: A window said to hold, in a part of its own after a rumour refused: "3월 공개설 사실 아냐…상반기 중 공개", "…예정대로 상반기 공개",
#: "연기설 사실 아냐…봄 공개 예정대로".
_WINDOW_STANDS = compile_later(r"^\W*(?:넷플릭스\s*(?:측|는)?\s*)?[\"“']?\s*(?:예정대로\s*)?(?:올해\s*|내년\s*|20\d\d\s*년\s*)?"
                            r"(?:상반기|하반기|\d{1,2}\s*월|[1-4]\s*분기|봄|여름|가을|겨울)\s*(?:중|내|안)?\s*(?:에\s*)?(?:공개|선보인다|선보일)"
                            r"(?:\s*(?:예정대로|예정|목표|계획|방침))?\s*[\"”']?\W*$")  # ("봄 공개 예정대로": spring, as planned)
