"""Headlines as season-2 claims: which milestone a headline announces, and when two headlines are
the same news. Pure functions on text (the RSS source fetches; this reads).

`classify_headline` maps wording to a milestone claim at 'reported' ('rumour' when the headline
says so), ignoring questions and speculation ("what we know", "could", "?"). Items are
de-duplicated on their normalised title + publisher (`item_key`), never on guids (aggregators
change them).
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from bot.season2.model import Confidence, Milestone, normalise_publisher

_SHOW = re.compile(r"all of us are dead|지금 우리 학교는|\baouad\b|now at our school", re.I)
_QUESTION = re.compile(
    r"\?\s*$|\b(what we know|everything we know|when will|could|might|may return|theories|predictions?"
    r"|explained|guide|what to expect)\b|\b(release date|cast|plot|story)\s*(,|&|and)\s*(cast|plot|story|more)\b",
    re.I,
)
_NEGATED = r"(?<!not )(?<!n't )(?<!never )"
_RUMOUR = re.compile(r"\brumou?r(s|ed)?\b|\bunconfirmed\b|\bspeculat", re.I)


@dataclass(frozen=True)
class Rule:
    milestone: Milestone
    pattern: re.Pattern[str]
    needs_date: bool = False


RULES: tuple[Rule, ...] = (
    Rule(Milestone.CANCELLED, re.compile(_NEGATED + r"\b(cancell?ed|scrapped|axed)\b", re.I)),
    Rule(Milestone.DELAYED, re.compile(r"\b(delay(ed|s)?|postponed|pushed (back|to))\b", re.I)),
    Rule(Milestone.RELEASED, re.compile(r"\b(is )?(now )?(streaming|out) now\b|\bhas (premiered|arrived|dropped)\b", re.I)),
    Rule(
        Milestone.RELEASE_DATE_ANNOUNCED,
        re.compile(r"\b(release date|premiere date|premieres?|arrives|drops|(to |will )?(release|premiere|stream)s?)\b", re.I),
        needs_date=True,
    ),
    Rule(Milestone.TEASER, re.compile(r"\bteaser\b", re.I)),
    Rule(Milestone.TRAILER, re.compile(r"\btrailer\b", re.I)),
    Rule(
        Milestone.FILMING_WRAPPED,
        re.compile(
            r"\b(filming|shooting|production|principal photography)\b.{0,60}\b(wrap(s|ped)?|end(s|ed)?|complet(es?|ed)|conclude[sd]?)\b"
            r"|\bwrap(s|ped)? (up )?(filming|shooting|production)\b",
            re.I,
        ),
    ),
    Rule(Milestone.POST_PRODUCTION, re.compile(r"\bpost[- ]?production\b", re.I)),
    Rule(
        Milestone.FILMING,
        re.compile(
            r"\b(filming|shooting|production|cameras?)\b.{0,20}\b(begins?|began|starts?|started|underway|kicks? off|commences?|rolling|officially in)\b"
            r"|\b(begins?|starts?|started|began|commences?) (filming|shooting|production)\b|\bin production\b",
            re.I,
        ),
    ),
    Rule(
        Milestone.CASTING,
        re.compile(
            r"\b(joins?|joined|casts|casting|cast (as|in|for)|to star|new cast|cast (list|line-?up) (revealed|announced|confirmed))\b",
            re.I,
        ),
    ),
    Rule(Milestone.PRE_PRODUCTION, re.compile(r"\bpre[- ]?production\b", re.I)),
    Rule(
        Milestone.RENEWED,
        re.compile(r"\b(renew(ed|s)?|green-?lit|greenlights?|confirm(s|ed)? season (2|two)|season (2|two) (is )?(confirmed|official))\b", re.I),
    ),
)

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = (
    re.compile(r"\b(?P<year>20\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?,?\s+(?P<year>20\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + _MONTH + r",?\s+(?P<year>20\d\d)\b", re.I),
)


def parse_headline_date(text: str) -> dt.date | None:
    """A full date in a headline ('January 15, 2027', '15 Jan 2027', '2027-01-15'), else None."""
    for pattern in _DATES:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS.get((parts.get("month") or "").lower())
        try:
            return dt.date(int(parts["year"]), int(month or 0), int(parts["day"]))
        except (TypeError, ValueError):
            continue
    return None


@dataclass(frozen=True)
class Classified:
    milestone: Milestone
    confidence: Confidence
    release_at: dt.datetime | None


def classify_headline(title: str) -> Classified | None:
    """The milestone a headline announces, or None (not about the show, a question, speculation)."""
    text = " ".join(unicodedata.normalize("NFKC", title).split())
    if not _SHOW.search(text) or _QUESTION.search(text):
        return None
    date = parse_headline_date(text)
    release_at = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC) if date else None
    confidence = Confidence.RUMOUR if _RUMOUR.search(text) else Confidence.REPORTED
    for rule in RULES:
        if not rule.pattern.search(text):
            continue
        if rule.needs_date and release_at is None:
            continue
        carries_date = rule.milestone in (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.DELAYED)
        return Classified(rule.milestone, confidence, release_at if carries_date else None)
    return None


# ------------------------------------------------------------------ de-duplication


def normalise_title(title: str, publisher: str = "") -> str:
    """Case, accents, punctuation and an aggregator's ' - Publisher' suffix do not matter."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    if publisher:
        parts = re.split(r"\s+[-–—|]\s+", text)
        if len(parts) > 1 and normalise_publisher(parts[-1]) == normalise_publisher(publisher):
            text = " - ".join(parts[:-1])
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def item_key(title: str, publisher: str) -> str:
    basis = normalise_title(title, publisher) + "|" + normalise_publisher(publisher)
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:24]
