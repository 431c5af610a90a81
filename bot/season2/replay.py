"""Replaying a timeline of claims through the status rules (moderators check the rules with it).

`replay(claims)` gives every transition in date order with the claims behind it, and labels
every claim: what it says, how strong it is, and whether it was refuted or superseded (and by
what, when). The real history ships as bot/season2/data/history.yaml, generated from the lore
pack (`timeline_from_pack`), so the pack stays the one source of truth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from bot.season2.claims import Pack, claims_from_pack, claims_from_timeline, lore_id
from bot.season2.history import as_of, history
from bot.season2.model import Claim, Confidence, Standing, Status, Transition
from bot.season2.rules import claim_order, compute_status
from bot.text import count_of
from bot.yamlnodes import compose, plain_value

HISTORY_FILE = "history.yaml"


@dataclass(frozen=True)
class Note:
    """Something a claim can be refuted or superseded by that is not itself a milestone claim."""

    id: str
    date: str
    text: str


@dataclass(frozen=True)
class LabelledClaim:
    claim: Claim
    label: str  # "official" | "reported" | "rumour"
    refuted: bool
    superseded: bool
    by: str | None
    by_date: str | None
    by_text: str | None
    counted: bool  # backs at least one transition


@dataclass(frozen=True)
class ReplayResult:
    transitions: list[Transition]
    claims: list[LabelledClaim]
    final: Status
    notes: dict[str, Note] = field(default_factory=dict)

    @property
    def rumours(self) -> list[LabelledClaim]:
        return [c for c in self.claims if c.claim.confidence is Confidence.RUMOUR]

    @property
    def refuted(self) -> list[LabelledClaim]:
        return [c for c in self.claims if c.refuted]


def replay(claims: Sequence[Claim], notes: Mapping[str, Note] | None = None) -> ReplayResult:
    ordered = sorted(claims, key=claim_order)
    transitions = history(ordered)
    counted = {c.id for t in transitions for c in t.claims}
    by_id = {c.id: c for c in ordered}
    note_map = dict(notes or {})
    labelled: list[LabelledClaim] = []
    for claim in ordered:
        by = claim.refuted_by if claim.standing is Standing.REFUTED else (
            claim.superseded_by if claim.standing is Standing.SUPERSEDED else None
        )
        by_date: str | None = None
        by_text: str | None = None
        if by is not None and by in by_id:
            by_date, by_text = by_id[by].date_text, by_id[by].text
        elif by is not None and by in note_map:
            by_date, by_text = note_map[by].date, note_map[by].text
        labelled.append(
            LabelledClaim(
                claim=claim,
                label=claim.confidence.value,
                refuted=claim.standing is Standing.REFUTED,
                superseded=claim.standing is Standing.SUPERSEDED,
                by=by,
                by_date=by_date,
                by_text=by_text,
                counted=claim.id in counted,
            )
        )
    # The status after the last claim (none: the status of no claims, whatever the day).
    final = compute_status(as_of(ordered, ordered[-1].date) if ordered else [])
    return ReplayResult(transitions, labelled, final, note_map)


# ---------------------------------------------------------------- inputs


def read_timeline(text: str, *, bundled: bool = False) -> tuple[list[Claim], dict[str, Note]]:
    """A YAML timeline, parsed once: its claims and the notes that refute or supersede them.
    Read by the one YAML reader (aliases refused, nesting bounded; YamlProblem names the line)."""
    data = plain_value(compose(text, bundled=bundled))
    return claims_from_timeline(data), notes_from_timeline(data)


def bundled_history_text() -> str:
    return resources.files("bot.season2").joinpath("data", HISTORY_FILE).read_text(encoding="utf-8")


def bundled_history() -> list[Claim]:
    return read_timeline(bundled_history_text(), bundled=True)[0]


def notes_from_pack(pack: Pack) -> dict[str, Note]:
    """The pack's claims that are not milestones (statements that refute others)."""
    notes: dict[str, Note] = {}
    for pack_id, raw in pack.claims.items():
        if getattr(raw, "milestone", None):
            continue
        notes[lore_id(pack_id)] = Note(lore_id(pack_id), str(getattr(raw, "date", "")), str(getattr(raw, "text", "")))
    return notes


def timeline_from_pack(pack: Pack) -> dict[str, Any]:
    """The pack's season-2 milestone claims as a YAML timeline document (history.yaml)."""
    entries: list[dict[str, Any]] = []
    for claim in sorted(claims_from_pack(pack), key=claim_order):
        entry: dict[str, Any] = {
            "id": claim.id,
            "date": claim.date_text,
            "milestone": claim.milestone.value,
            "confidence": claim.confidence.value,
            "publisher": claim.source.publisher,
        }
        if claim.source.title:
            entry["title"] = claim.source.title
        if claim.source.url:
            entry["url"] = claim.source.url
        entry["text"] = claim.text
        if claim.standing is not Standing.STANDING:
            entry["standing"] = claim.standing.value
        if claim.refuted_by:
            entry["refuted_by"] = claim.refuted_by
        if claim.superseded_by:
            entry["superseded_by"] = claim.superseded_by
        if claim.release_at:
            entry["release_at"] = claim.release_at.isoformat()
        if claim.release_window:
            entry["release_window"] = claim.release_window
        entries.append(entry)
    notes = [
        {"id": n.id, "date": n.date, "text": n.text}
        for n in sorted(notes_from_pack(pack).values(), key=lambda n: (n.date, n.id))
    ]
    return {"claims": entries, "notes": notes}


def notes_from_timeline(data: object) -> dict[str, Note]:
    if not isinstance(data, Mapping):
        return {}
    out: dict[str, Note] = {}
    for raw in data.get("notes") or []:
        if isinstance(raw, Mapping) and raw.get("id"):
            out[str(raw["id"])] = Note(str(raw["id"]), str(raw.get("date", "")), str(raw.get("text", "")))
    return out


# ---------------------------------------------------------------- output


def _day(value: dt.datetime | None) -> str:
    return "-" if value is None else value.date().isoformat()


def _publishers(claims: Sequence[Claim], limit: int = 4) -> str:
    names = list(dict.fromkeys(c.source.publisher for c in claims))
    more = f" +{len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def format_text(result: ReplayResult) -> str:
    lines = [f"Season 2 replay: {count_of(len(result.claims), 'claim')}, {count_of(len(result.transitions), 'transition')}", ""]
    lines.append("Transitions (each would be announced once):")
    for t in result.transitions:
        lines.append(f"  {_day(t.at)}  {t.summary():<44} {t.confidence.value:<9} {_publishers(t.claims)}")
    if not result.transitions:
        lines.append("  (none)")
    rumours = result.rumours
    lines += ["", "Rumours (labelled; a rumour never moves the status):"]
    for item in rumours:
        state = _standing_label(item)
        lines.append(f"  {item.claim.date_text:<10}  [RUMOUR{state}] {item.claim.milestone.label}: "
                     f"{item.claim.text} ({item.claim.source.publisher})")
    if not rumours:
        lines.append("  (none)")
    refuted = [c for c in result.refuted if c.claim.confidence is not Confidence.RUMOUR]
    if refuted:
        lines += ["", "Refuted reports:"]
        for item in refuted:
            lines.append(f"  {item.claim.date_text:<10}  [{item.label.upper()}{_standing_label(item)}] "
                         f"{item.claim.text} ({item.claim.source.publisher})")
    pending = [c for c in result.final.pending]
    if pending:
        lines += ["", "Unconfirmed reports (one publisher; waiting for an independent second):"]
        for claim in pending:
            lines.append(f"  {claim.date_text:<10}  {claim.milestone.label}: {claim.text} ({claim.source.publisher})")
    final = result.final
    lines += ["", "Final status: " + _status_line(final)]
    return "\n".join(lines)


def _standing_label(item: LabelledClaim) -> str:
    if item.refuted:
        when = f" {item.by_date}" if item.by_date else ""
        return f", REFUTED{when}" + (f" by {item.by}" if item.by else "")
    if item.superseded:
        when = f" {item.by_date}" if item.by_date else ""
        return f", superseded{when}" + (f" by {item.by}" if item.by else "")
    return ""


def _status_line(status: Status) -> str:
    if status.milestone is None:
        return "nothing confirmed yet"
    text = f"{status.milestone.label} since {_day(status.since)}"
    if status.confidence is not None:
        text += f" ({status.confidence.value})"
    text += "; release date " + (_day(status.release_at) if status.release_at else "not announced")
    if status.delayed:
        text += "; delayed"
    return text


def _claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "date": claim.date_text,
        "milestone": claim.milestone.value,
        "confidence": claim.confidence.value,
        "publisher": claim.source.publisher,
        "url": claim.source.url,
        "text": claim.text,
        "standing": claim.standing.value,
        "release_at": claim.release_at.isoformat() if claim.release_at else None,
    }


def to_json(result: ReplayResult) -> dict[str, Any]:
    return {
        "transitions": [
            {
                "id": t.id,
                "kind": t.kind,
                "at": t.at.isoformat(),
                "from": t.from_milestone.value if t.from_milestone else None,
                "to": t.to_milestone.value,
                "release_at_before": t.release_at_before.isoformat() if t.release_at_before else None,
                "release_at_after": t.release_at_after.isoformat() if t.release_at_after else None,
                "confidence": t.confidence.value,
                "summary": t.summary(),
                "sources": [s.publisher for s in t.sources],
                "claims": [c.id for c in t.claims],
            }
            for t in result.transitions
        ],
        "claims": [
            _claim_json(item.claim)
            | {
                "label": item.label,
                "refuted": item.refuted,
                "superseded": item.superseded,
                "by": item.by,
                "by_date": item.by_date,
                "counted": item.counted,
            }
            for item in result.claims
        ],
        "final": {
            "milestone": result.final.milestone.value if result.final.milestone else None,
            "since": result.final.since.isoformat() if result.final.since else None,
            "confidence": result.final.confidence.value if result.final.confidence else None,
            "release_at": result.final.release_at.isoformat() if result.final.release_at else None,
            "delayed": result.final.delayed,
            "pending": [c.id for c in result.final.pending],
        },
    }
