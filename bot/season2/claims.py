"""Turning outside material into season-2 `Claim`s: the lore pack and YAML timelines.

The lore pack is read through a small protocol (duck typing), so this module depends only on
the shape documented by bot.lore.content: `pack.claims[id]` with id, date ('YYYY-MM-DD' or
'YYYY-MM'), text, milestone, confidence, standing, refuted_by, superseded_by, source (a source
id), release_window; `pack.sources[id]` with publisher, title, url, date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from typing import Any, Literal, Protocol

from bot.season2.model import (
    Claim,
    Confidence,
    DateOutOfRange,
    Milestone,
    Origin,
    Settlement,
    Source,
    Standing,
    check_day,
    check_release,
)
from bot.show import NOTHING, Position

LORE_PREFIX = "lore:"


class Pack(Protocol):
    @property
    def claims(self) -> Mapping[str, Any]: ...
    @property
    def sources(self) -> Mapping[str, Any]: ...


class ClaimError(ValueError):
    """A claim in a file or pack is malformed; the message names it."""


def parse_claim_date(value: object) -> tuple[dt.date, Literal["day", "month"]]:
    """'2022-06-06' -> day precision; '2022-09' -> the 1st, month precision; dates pass through."""
    if isinstance(value, dt.datetime):
        return _day_in_range(value.date()), "day"
    if isinstance(value, dt.date):
        return _day_in_range(value), "day"
    text = str(value).strip()
    precision: Literal["day", "month"] = "month" if len(text) == 7 else "day"
    try:
        day = dt.date.fromisoformat(text + "-01" if precision == "month" else text[:10])
    except ValueError:
        raise ClaimError(f"not a date (YYYY-MM-DD or YYYY-MM): {value!r}") from None
    return _day_in_range(day), precision


def _day_in_range(day: dt.date) -> dt.date:
    try:
        return check_day(day)
    except DateOutOfRange as exc:
        raise ClaimError(str(exc)) from None


def time_given(value: object) -> bool:
    """Whether a release moment as written gives its hour: '2027-03-05T00:00:00Z' does, '2027-03-05' does not."""
    if isinstance(value, dt.datetime):
        return True
    return not isinstance(value, dt.date) and bool(re.search(r"\d[T ]\d", str(value or "")))


def parse_release_at(value: object) -> dt.datetime | None:
    """A release moment in UTC: '2027-03-05', '2027-03-05T08:00:00Z' (naive times are UTC), in
    this century (a placeholder such as 9999-12-31 is refused)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        parsed = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    elif isinstance(value, dt.date):
        parsed = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    else:
        text = str(value).strip().replace("Z", "+00:00")
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ClaimError(f"not a release date/time: {value!r}") from None
        parsed = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    try:
        checked = check_release(parsed)  # before moving it to UTC, where a placeholder at the calendar's edge overflows
    except DateOutOfRange as exc:
        raise ClaimError(str(exc)) from None
    return checked if isinstance(value, dt.date) else checked.astimezone(dt.UTC)


def _text(value: object) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def _spoils(value: object) -> Position:
    """The pack's spoiler tag: a Position, or a bare number meaning season 1."""
    if isinstance(value, Position):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return Position.legacy(value)
    return NOTHING


def lore_id(pack_id: str) -> str:
    return pack_id if pack_id.startswith(LORE_PREFIX) else LORE_PREFIX + pack_id


def claims_from_pack(pack: Pack) -> list[Claim]:
    """The pack's milestone claims as season-2 claims (claims without a milestone are skipped)."""
    out: list[Claim] = []
    for pack_id, raw in pack.claims.items():
        milestone_text = _text(getattr(raw, "milestone", None))
        if not milestone_text or getattr(raw, "season", 2) != 2:
            continue
        date, precision = parse_claim_date(getattr(raw, "date", ""))
        base_id = lore_id(str(getattr(raw, "id", pack_id)))
        source_id = _text(getattr(raw, "source", None))
        # A claim corroborated by other publishers counts once per publisher (independence).
        corroborating = [str(s) for s in getattr(raw, "corroborated_by", ()) or () if s != source_id]
        for position, sid in enumerate([source_id, *corroborating]):
            claim_id = base_id if position == 0 else f"{base_id}@{sid}"
            out.append(_pack_claim(pack, raw, pack_id, claim_id, sid, date, precision))
    return out


def settlements_from_pack(pack: Pack) -> dict[str, Settlement]:
    """Every season-2 claim of the pack (milestone or not) as what can settle a refuted claim, by
    its season-2 id."""
    out: dict[str, Settlement] = {}
    for pack_id, raw in pack.claims.items():
        if getattr(raw, "season", 2) != 2:
            continue
        claim_id = lore_id(str(getattr(raw, "id", pack_id)))
        try:
            date, precision = parse_claim_date(getattr(raw, "date", ""))
        except ClaimError:
            continue
        out[claim_id] = Settlement(
            claim_id,
            str(getattr(raw, "text", "")),
            _pack_source(pack, _text(getattr(raw, "source", None))),
            date.strftime("%Y-%m") if precision == "month" else date.isoformat(),
            _spoils(getattr(raw, "spoils", None)),
        )
    return out


def _pack_source(pack: Pack, source_id: str) -> Source:
    source_obj = pack.sources.get(source_id) if source_id else None
    if source_obj is None:
        return Source(publisher=source_id or "unknown")
    source_date_raw = getattr(source_obj, "date", None)
    try:
        source_date = parse_claim_date(source_date_raw)[0] if source_date_raw else None
    except ClaimError:
        source_date = None
    return Source(
        publisher=str(getattr(source_obj, "publisher", "") or source_id),
        title=str(getattr(source_obj, "title", "") or ""),
        url=getattr(source_obj, "url", None) or None,
        date=source_date,
    )


def _pack_claim(
    pack: Pack,
    raw: Any,
    pack_id: str,
    claim_id: str,
    source_id: str,
    date: dt.date,
    precision: Literal["day", "month"],
) -> Claim:
    source = _pack_source(pack, source_id)
    milestone_text = _text(getattr(raw, "milestone", None))
    refuted_by = getattr(raw, "refuted_by", None)
    superseded_by = getattr(raw, "superseded_by", None)
    try:
        return Claim(
            id=claim_id,
            milestone=Milestone.parse(milestone_text),
            date=date,
            confidence=Confidence.parse(_text(getattr(raw, "confidence", "reported"))),
            source=source,
            text=str(getattr(raw, "text", "")),
            standing=Standing(_text(getattr(raw, "standing", "standing")) or "standing"),
            refuted_by=lore_id(str(refuted_by)) if refuted_by else None,
            superseded_by=lore_id(str(superseded_by)) if superseded_by else None,
            release_at=parse_release_at(getattr(raw, "release_at", None)),
            time_given=time_given(getattr(raw, "release_at", None)),
            origin="lore",
            date_precision=precision,
            release_window=_text(getattr(raw, "release_window", None)) or None,
            spoils=_spoils(getattr(raw, "spoils", None)),
        )
    except ValueError as exc:
        raise ClaimError(f"lore claim {pack_id}: {exc}") from None


def claim_from_mapping(entry: Mapping[str, Any], index: int, origin: Origin = "lore") -> Claim:
    """One entry of a YAML timeline: {id?, date, milestone, confidence, publisher, title?, url?,
    text, standing?, refuted_by?, superseded_by?, release_at?}."""
    where = f"entry {index + 1}"
    for required in ("date", "milestone", "confidence", "publisher", "text"):
        if entry.get(required) in (None, ""):
            raise ClaimError(f"{where}: '{required}' is missing")
    try:
        date, precision = parse_claim_date(entry["date"])
        milestone = Milestone.parse(str(entry["milestone"]))
        confidence = Confidence.parse(str(entry["confidence"]))
        standing = Standing(str(entry.get("standing") or "standing").strip().lower())
        release_at = parse_release_at(entry.get("release_at"))
    except ValueError as exc:
        raise ClaimError(f"{where}: {exc}") from None
    claim_id = entry.get("id")
    if not claim_id:
        digest = hashlib.sha1(
            f"{date}|{milestone}|{entry['publisher']}|{entry['text']}".encode()
        ).hexdigest()[:12]
        claim_id = f"c{index + 1}_{digest}"
    return Claim(
        id=str(claim_id),
        milestone=milestone,
        date=date,
        confidence=confidence,
        source=Source(
            publisher=str(entry["publisher"]),
            title=str(entry.get("title") or ""),
            url=str(entry["url"]) if entry.get("url") else None,
        ),
        text=str(entry["text"]),
        standing=standing,
        refuted_by=str(entry["refuted_by"]) if entry.get("refuted_by") else None,
        superseded_by=str(entry["superseded_by"]) if entry.get("superseded_by") else None,
        release_at=release_at,
        time_given=time_given(entry.get("release_at")),
        origin=origin,
        date_precision=precision,
        release_window=str(entry["release_window"]) if entry.get("release_window") else None,
    )


def claims_from_timeline(data: object, origin: Origin = "lore") -> list[Claim]:
    """A parsed YAML timeline (a list of mappings, or {claims: [...]}) as claims."""
    if isinstance(data, Mapping) and "claims" in data:
        data = data["claims"]
    if not isinstance(data, list):
        raise ClaimError("a timeline is a list of claims (or a mapping with a 'claims' list)")
    out: list[Claim] = []
    seen: set[str] = set()
    for index, entry in enumerate(data):
        if not isinstance(entry, Mapping):
            raise ClaimError(f"entry {index + 1}: expected a mapping, got {type(entry).__name__}")
        claim = claim_from_mapping(entry, index, origin)
        if claim.id in seen:
            raise ClaimError(f"entry {index + 1}: duplicate id {claim.id!r}")
        seen.add(claim.id)
        out.append(claim)
    return out
