"""Replaying the real history (bot/season2/replay.py, bot/season2/data/history.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.season2.claims import ClaimError, claims_from_timeline
from bot.season2.model import Confidence, Milestone
from bot.season2.replay import ReplayResult, bundled_history, format_text, replay, to_json


@pytest.fixture(scope="module")
def real() -> ReplayResult:
    return replay(bundled_history())


def _on(result: ReplayResult, day: str, to: Milestone) -> list[object]:
    return [
        t for t in result.transitions
        if t.at.date() == dt.date.fromisoformat(day) and t.to_milestone is to and t.kind == "milestone"
    ]


def test_renewal_is_an_official_transition_on_2022_06_06(real: ReplayResult) -> None:
    (renewal,) = _on(real, "2022-06-06", Milestone.RENEWED)
    assert renewal.confidence is Confidence.OFFICIAL  # type: ignore[attr-defined]


def test_production_start_is_an_official_transition_on_2025_07_23(real: ReplayResult) -> None:
    (filming,) = _on(real, "2025-07-23", Milestone.FILMING)
    assert filming.confidence is Confidence.OFFICIAL  # type: ignore[attr-defined]


def test_the_september_2022_filming_rumour_is_labelled_and_refuted(real: ReplayResult) -> None:
    (item,) = [
        c for c in real.rumours
        if c.claim.date == dt.date(2022, 9, 1) and c.claim.milestone is Milestone.FILMING
    ]
    assert item.refuted and item.by
    assert not item.counted
    text = format_text(real)
    assert "[RUMOUR, REFUTED" in text


def test_no_rumour_backs_any_transition(real: ReplayResult) -> None:
    assert all(c.confidence is not Confidence.RUMOUR for t in real.transitions for c in t.claims)


def test_nothing_is_announced_twice(real: ReplayResult) -> None:
    ids = [t.id for t in real.transitions]
    assert len(ids) == len(set(ids))
    keys = [(t.kind, t.to_milestone, t.release_at_after) for t in real.transitions]
    assert len(keys) == len(set(keys))


def test_filming_never_moves_before_july_2025(real: ReplayResult) -> None:
    early = [t for t in real.transitions if t.to_milestone is Milestone.FILMING and t.at.year < 2025]
    assert early == []


def test_the_shipped_history_matches_the_lore_pack() -> None:
    from bot.lore.content import bundled_pack
    from bot.season2.claims import claims_from_pack

    from_pack = [(t.id, t.kind) for t in replay(claims_from_pack(bundled_pack())).transitions]
    from_file = [(t.id, t.kind) for t in replay(bundled_history()).transitions]
    assert from_pack == from_file, (
        "bot/season2/data/history.yaml is out of date: "
        "hyosan season2 export-history --output bot/season2/data/history.yaml"
    )


def test_json_output_lists_transitions_and_labels(real: ReplayResult) -> None:
    data = to_json(real)
    assert data["transitions"][0]["to"] == "renewed"
    assert any(c["label"] == "rumour" and c["refuted"] for c in data["claims"])


def test_a_timeline_entry_without_a_milestone_is_refused() -> None:
    with pytest.raises(ClaimError, match="milestone"):
        claims_from_timeline([{"date": "2022-06-06", "confidence": "official", "publisher": "N", "text": "t"}])


def test_a_timeline_entry_with_an_unknown_confidence_is_refused() -> None:
    with pytest.raises(ClaimError, match="entry 1"):
        claims_from_timeline(
            [{"date": "2022-06-06", "milestone": "renewed", "confidence": "sure", "publisher": "N", "text": "t"}]
        )
