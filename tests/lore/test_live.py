"""/ask's season-2 answers follow the current status (bot/lore/live.py, through the bot/season2/live.py shim), built from real tracking."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import ManualClock
from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.lore.live import HostedLive, LiveSeason2
from bot.season2.claims import claims_from_pack
from bot.season2.live import StatusSnapshots
from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.tracking import Tracking
from db import Database

RELEASE = dt.datetime(2026, 3, 11, tzinfo=dt.UTC)
RELEASE_TEXT = "11 March 2026"




@pytest.fixture
async def tracker(db: Database, clock: ManualClock) -> Tracking:
    seeded = Tracking(db, clock)
    await seeded.seed(claims_from_pack(bundled_pack()))
    return seeded


def _official(milestone: Milestone, day: dt.date, release_at: dt.datetime | None = None) -> Claim:
    return Claim(
        id=f"mod:{milestone.value}", milestone=milestone, date=day, confidence=Confidence.OFFICIAL,
        source=Source("Netflix Tudum", "Season 2 date announced", "https://example.org/tudum", day),
        text=f"{milestone.label}, from a moderator", release_at=release_at, origin="moderator",
    )


async def _live(tracker: Tracking) -> StatusSnapshots:
    return StatusSnapshots(tracker.current)


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer_now(question), 0)[0]


async def test_the_release_date_a_tracker_recorded_answers_when_season_2_comes_out(
    engine: AnswerEngine, tracker: Tracking, clock: ManualClock
) -> None:
    await tracker.ingest([_official(Milestone.RELEASE_DATE_ANNOUNCED, clock.now().date(), RELEASE)])
    engine.live = await _live(tracker)
    answer = engine.answer_now("when is season 2 coming out?")
    text = render_text(answer, 0)[0]
    assert f"release date is {RELEASE_TEXT}" in text, text
    assert "not announced a release date" not in text
    assert any(s.publisher == "Netflix Tudum" and s.date == "2026-03-01" for s in answer.sources)
    assert answer.confidence in ("official", "reported")  # the pack's history may follow, labelled


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has season 2 got a release date?", ("Yes.", RELEASE_TEXT)),
        ("what's the status of season 2?", ("Where things stand now", RELEASE_TEXT)),
        ("is season 2 filming?", ("Filming is done", RELEASE_TEXT)),
        ("will season 2 come out in 2026?", ("Yes.", RELEASE_TEXT)),
        ("will season 2 come out in 2023?", ("No, not in 2023", RELEASE_TEXT, "wrong")),
        ("did season 2 start filming in 2022?", ("No.", "Teen Vogue", RELEASE_TEXT)),
        ("is season 2 cancelled", ("No.", RELEASE_TEXT)),
    ],
)
async def test_season_2_status_questions_follow_the_live_release_date(
    engine: AnswerEngine, tracker: Tracking, clock: ManualClock, question: str, expected: tuple[str, ...]
) -> None:
    await tracker.ingest([_official(Milestone.RELEASE_DATE_ANNOUNCED, clock.now().date(), RELEASE)])
    engine.live = await _live(tracker)
    text = _text(engine, question)
    for needle in expected:
        assert needle in text, text
    assert "has not announced a release date" not in text and "has given no release date" not in text


async def test_a_live_answer_still_gives_the_packs_history(
    engine: AnswerEngine, tracker: Tracking, clock: ManualClock
) -> None:
    await tracker.ingest([_official(Milestone.RELEASE_DATE_ANNOUNCED, clock.now().date(), RELEASE)])
    engine.live = await _live(tracker)
    assert "Earlier (reported, " in _text(engine, "has season 2 finished filming")


async def test_a_status_from_the_pack_alone_leaves_the_packs_answers(
    engine: AnswerEngine, tracker: Tracking
) -> None:
    before = _text(engine, "when is season 2 coming out?")
    engine.live = await _live(tracker)  # seeded from the pack only: nothing newer
    assert _text(engine, "when is season 2 coming out?") == before
    assert "not announced a release date" in before


async def test_cast_questions_stay_with_the_pack_while_live(
    engine: AnswerEngine, tracker: Tracking, clock: ManualClock
) -> None:
    before = _text(engine, "who is in the season 2 cast")
    await tracker.ingest([_official(Milestone.TRAILER, clock.now().date())])
    engine.live = await _live(tracker)
    assert _text(engine, "who is in the season 2 cast") == before


async def test_a_newer_milestone_without_a_date_answers_filming_and_release(
    engine: AnswerEngine, tracker: Tracking, clock: ManualClock
) -> None:
    await tracker.ingest([_official(Milestone.TRAILER, clock.now().date())])
    engine.live = await _live(tracker)
    release = _text(engine, "when is season 2 coming out?")
    assert "No release date for season 2 has been announced yet" in release
    assert "A trailer for season 2 is out (since 1 March 2026)" in release
    assert _text(engine, "is there a season 2 trailer").startswith("Yes. A trailer for season 2 is out")


async def test_a_cancellation_answers_no_to_a_release_date(
    engine: AnswerEngine, tracker: Tracking, clock: ManualClock
) -> None:
    await tracker.ingest([_official(Milestone.CANCELLED, clock.now().date())])
    engine.live = await _live(tracker)
    assert _text(engine, "is season 2 cancelled?").startswith("Yes. Season 2 was cancelled")
    assert _text(engine, "has season 2 got a release date?").startswith("No. Season 2 was cancelled")


async def test_the_engine_finds_a_provider_published_after_it_was_built(
    engine: AnswerEngine, tracker: Tracking, clock: ManualClock
) -> None:
    offered: list[LiveSeason2 | None] = [None]
    engine.live = HostedLive(lambda: offered[0])
    assert "not announced a release date" in _text(engine, "when is season 2 coming out?")
    await tracker.ingest([_official(Milestone.RELEASE_DATE_ANNOUNCED, clock.now().date(), RELEASE)])
    live = await _live(tracker)
    offered[0] = live
    assert RELEASE_TEXT in _text(engine, "when is season 2 coming out?")
    offered[0] = None
    assert "not announced a release date" in _text(engine, "when is season 2 coming out?")
