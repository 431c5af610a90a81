"""What season 2's status has gone past, for the answers that look back: the steps behind it (a trailer
Netflix put out before the date was set: `Status.behind`), the date a move replaced (earlier or later, from which
day to which), a day a question names held against the day that stands ("is s2 coming out on march 19" when the
sources give 12 March), and the guesses the release settled (`settled_by_release`, `came_true`). The status answers
(season2_status.py) and the card (cogs/season2/render.py) read them.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.lore.answer.asked_day import asked_day, is_day
from bot.lore.answer.season2_phrases import timing_words
from bot.lore.answer.wording import day_text
from bot.season2.model import Claim, Milestone, Status
from bot.season2.rules import came_out_at
from bot.season2.windows import read_window
from bot.text import MONTH_SHORT
from bot.zones import KST, NETFLIX_CLOCK

_DATED = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED, Milestone.DELAYED)


def behind(status: Status, step: Milestone) -> tuple[Claim, ...]:
    """The claims of a step the status has gone past (the trailer once a date stands); none when it has not."""
    return tuple(c for c in status.behind if c.milestone is step)


def step_sentence(step: Milestone, claims: tuple[Claim, ...], confidence: str, lang: str) -> str:
    """A step gone past, from the first day a source said it as surely as the surest: "A trailer ... (since 10
    February 2027)".
    """
    words = timing_words(lang)
    day = min(c.date for c in claims if c.confidence.value == confidence)
    return f"{words.milestones[step.value]}{words.since.format(day=day_text(day, lang))}{words.end}"


def replaced(status: Status) -> Claim | None:
    """The date the standing one replaced, when a change or a delay to another day stands: the newest day said
    before the change (None when the date never moved)."""
    if status.release_at is None or not any(c.milestone is not Milestone.RELEASE_DATE_ANNOUNCED
                                            for c in status.release_backing):
        return None
    day = status.release_at.astimezone(dt.UTC).date()
    moved_on = min(c.date for c in status.release_backing)
    before = [c for c in status.behind if c.milestone in _DATED and c.release_at is not None and c.date <= moved_on
              and c.release_at.astimezone(dt.UTC).date() != day]
    return max(before, key=lambda c: (c.date, c.confidence.strength), default=None)


def moved_later(status: Status) -> bool | None:
    """Whether the standing date moved later (a delay), earlier (False: no delay), or never moved (None)."""
    old = replaced(status)
    if old is None or old.release_at is None or status.release_at is None:
        return None
    return status.release_at > old.release_at


# "Moved later/earlier: from <day> to <day> (on <day>)" in each answer language (season2_phrases.WORDS)
_MOVED = {
    "en": ("The date moved {way}: from {old} to {new} (on {day}).", ("earlier", "later")),
    "ko": ("공개일이 {old}에서 {new}(으)로 {way} ({day} 발표).", ("앞당겨졌어요", "미뤄졌어요")),
    "ja": ("配信日は{old}から{new}に{way}（{day}発表）。", ("前倒しされました", "延期されました")),
    "zh": ("上线日期从{old}{way}到了{new}（{day}公布）。", ("提前", "推迟")),
    "es": ("La fecha se {way}: del {old} al {new} (el {day}).", ("adelantó", "retrasó")),
    "pt": ("A data foi {way}: de {old} para {new} (em {day}).", ("antecipada", "adiada")),
    "id": ("Tanggalnya {way}: dari {old} ke {new} (pada {day}).", ("dimajukan", "diundur")),
    "fr": ("La date a été {way} : du {old} au {new} (le {day}).", ("avancée", "repoussée")),
    "de": ("Der Termin wurde {way}: vom {old} auf den {new} (am {day}).", ("vorverlegt", "verschoben")),
    "tl": ("{way} ang petsa: mula {old} naging {new} (noong {day}).", ("Inagahan", "Na-delay")),
}


def moved_sentence(status: Status, lang: str) -> tuple[str, tuple[Claim, ...]] | None:
    """How the date moved, which way and from which day to which, and the claims that say so; None when it never
    moved."""
    old, later = replaced(status), moved_later(status)
    if old is None or old.release_at is None or status.release_at is None or later is None:
        return None
    template, ways = _MOVED.get(lang, _MOVED["en"])
    on = min(c.date for c in status.release_backing)
    return template.format(way=ways[later], old=day_text(old.release_at.astimezone(dt.UTC).date(), lang),
                           new=day_text(status.release_at.astimezone(dt.UTC).date(), lang),
                           day=day_text(on, lang)), (*status.release_backing, old)


# "was s2 delayed", "pushed back": a move later; "moved up", "brought forward", "earlier": a move earlier
_ASKS_LATER = compile_later(r"\b(?:delay\w*|postpon\w*|push\w* back|pushed|later)\b")
_ASKS_EARLIER = compile_later(r"\b(?:moved? up|brought forward|earlier|sooner)\b")


def change_verdict(status: Status, text: str) -> str:
    """"Yes."/"No." to "did the date change", "was it delayed", "did it get moved up": by the way it moved."""
    later = moved_later(status)
    if later is None:
        # out with no date ever set (reported out): "No." unless a change or a delay was heard before the release
        moved = any(c.milestone is Milestone.RELEASE_DATE_CHANGED for c in status.release_backing) or (
            status.release_at is None and any(c.milestone in _DATED[1:] for c in (*status.behind, *status.pending)))
        return "Yes." if moved else "No."
    if _ASKS_EARLIER.search(text):
        return "No." if later else "Yes."
    if _ASKS_LATER.search(text):
        return "Yes." if later else "No."
    return "Yes."


# Coming out, in the answer languages: "sale el 19 de marzo", "sai dia 19", "sort le 19 mars", "kommt am 19. März",
# "rilis 19 maret", "3월 19일에 나와", "3月19日上线"
_RELEASE_VERB = compile_later(r"\b(?:out|releas\w*|drop\w*|premier\w*|com(?:e|es|ing)|air(?:s|ed|ing)?|sale|salir\w*|estren\w*|sai|saem|"
                              r"lança\w*|sort\w*|kommt|erschein\w*|rilis|tayang|keluar|lalabas)\b|나와|나오|공개|上线|配信|公開|播出"
                              # "is s2 still on march 12", "is it on the 19th": the season itself on a day
                              r"|^\W*(?:is|was|will)\s+(?:season\s*2|s2|it)\s+(?:still\s+|now\s+)?(?:be\s+)?on\b",
                              re.I)


def asks_release_day(raw: str, status: Status) -> bool:
    """Whether a question asks if season 2 comes out on a day it names, while a date stands to hold it to."""
    return status.release_at is not None and asked_day(raw) is not None and _RELEASE_VERB.search(raw) is not None


def day_verdict(status: Status, text: str) -> str | None:
    """"Yes." when a question names the day the standing date falls on (in UTC, Korea or California), or the day
    season 2 was reported out when no date was ever set; "No." when it names another; a month named alone, held to the
    date's month; None when it names none, Part 2's day, or no day is known."""
    asked = asked_day(text)
    if asked is None:
        return _month_verdict(status, text)
    if status.release_at is not None:
        days = {status.release_at.astimezone(z).date() for z in (dt.UTC, KST, NETFLIX_CLOCK)}
    elif status.milestone is Milestone.RELEASED and status.since is not None:
        days = {status.since.astimezone(dt.UTC).date()}  # the day the reports came (a day, no hour)
    else:
        return None
    if status.part_at is not None and any(is_day(asked, status.part_at.astimezone(z).date()) for z in (dt.UTC, KST, NETFLIX_CLOCK)):
        return None  # Part 2's day: no "No." off the first part's (the answer says both days)
    return "Yes." if any(is_day(asked, d) for d in days) else "No."


# a month named with no day ("is it coming out in april?"); "may" only after "in", "to", "on" or "by" ("moved to may"):
# alone it is more often the verb
_MONTH_ASKED = compile_later(r"\b(?:(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?"
                             r"|(?<=\b(?:in|to|on|by) )(may))\b")
_MONTH_OF = MONTH_SHORT | {"may": 5}  # (bot.text's short names leave out May, short as it is)


def _month_verdict(status: Status, text: str) -> str | None:
    """"Yes."/"No." when a question names one month and a date stands: whether season 2 comes out that month (never
    "Not yet." to "was it moved to april"); None in parts (part 2 has a month of its own) or when no one month is named."""
    named = {_MONTH_OF[m or may] for m, may in _MONTH_ASKED.findall(text)}
    if status.release_at is None or status.part_at is not None or len(named) != 1:
        return None
    months = {status.release_at.astimezone(z).month for z in (dt.UTC, KST, NETFLIX_CLOCK)}
    return "Yes." if named <= months else "No."


#: What a guess at season 2's timing is about: its release settles every one of them.
_TIMING = frozenset({Milestone.RELEASE_WINDOW, Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED,
                     Milestone.DELAYED, Milestone.RELEASED})


def settled_by_release(status: Status) -> tuple[Claim, ...]:
    """The rumours and one-source reports of when season 2 comes out (a window, a day, a delay)
    once it is out: the release settled them (they came true, or it overtook them), so none is an
    open rumour, nor waits for a second source, on release day. Empty before the release."""
    if status.milestone is not Milestone.RELEASED:
        return ()
    # a one-source report that it premiered says what the status says: no guess (outdated_dates drops it)
    reports = (c for c in status.pending if c.milestone is not Milestone.RELEASED)
    return tuple(c for c in (*status.rumours, *reports) if c.milestone in _TIMING)


def came_true(claim: Claim, status: Status) -> bool | None:
    """Whether the release bore `claim` out: the day it gave (on Korea's or the release's own
    calendar), or the window it named, holds the day season 2 came out. None: it gave neither
    (a delay with no new day), or the release's day is not known."""
    out = came_out_at(status)
    if out is None:
        return None
    day = out.astimezone(dt.UTC).date()
    if claim.release_at is not None:
        said = claim.release_at.astimezone(dt.UTC).date()
        return said == day or said == out.astimezone(KST).date()
    window = read_window(claim.release_window, claim.date) if claim.release_window else None
    return None if window is None else window.first <= day <= window.last
