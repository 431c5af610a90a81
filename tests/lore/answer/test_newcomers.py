"""Someone new in season 2 (newcomers.py): their fate is not known, never "so far, alive"."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


@pytest.mark.parametrize("question", ["is roh jae won a zombie", "does han du seok die", "is so ju ran alive"])
def test_a_season_2_newcomers_fate_is_not_known(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), Position.legacy(12))[0]
    assert text.startswith("Nobody knows yet") and "So far" not in text


def test_who_a_newcomer_is_is_still_said(engine: AnswerEngine) -> None:
    assert "National Intelligence Service" in render_text(engine.answer("who is han du seok"), Position.legacy(12))[0]


async def test_once_season_2_is_out_a_newcomers_fate_is_not_said_to_wait_for_it() -> None:
    import datetime as dt

    from bot.lore.answer import pack_status
    from bot.lore.content import bundled_pack
    from bot.season2.claims import claims_from_pack
    from bot.season2.model import Claim, Confidence, Milestone, Source
    from bot.season2.rules import compute_status
    from tests.lore.helpers import bundled_resolver

    release, day = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC), dt.date(2027, 1, 10)
    claim = Claim(id="mod:release", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=day, confidence=Confidence.OFFICIAL,
                  source=Source("Netflix Tudum", "Season 2 date", "https://example.org/tudum", day),
                  text="Season 2 premieres 5 March 2027", release_at=release, origin="moderator")
    current = pack_status(bundled_pack())
    current.publish(compute_status([*claims_from_pack(bundled_pack()), claim], release + dt.timedelta(hours=2)))
    built = await AnswerEngine.create(bundled_pack(), bundled_resolver(), season2=current)
    try:
        text = render_text(built.answer("is han du-seok a zombie?"), Position.legacy(12))[0]
    finally:
        built.close()
    assert "has not come out" not in text and "season 2 is out" in text, text
