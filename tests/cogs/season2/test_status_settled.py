"""The status card lists as "waiting for a second independent source" only what still waits: a
date the delay replaced, or a premiere the release already stands on, is settled, and a day two sources
agree on that the official date holds back says so (cogs/season2/render.py);
and once season 2 is out, a rumour or report of when it comes out is listed as settled by the release."""

from __future__ import annotations

import datetime as dt

from bot.lore.content import bundled_pack
from bot.season2.claims import claims_from_pack
from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.season2.rules import compute_status
from bot.season2.sources.rss import FeedItem, claims_from_items
from cogs.season2.render import status_embed
from tests.table import table

WAITING = "Reported, waiting for a second independent source"


def _news(title: str, publisher: str, day: int) -> Claim:
    written = dt.date(2026, 12, day)
    (claim,), _ = claims_from_items([FeedItem(title, None, publisher, written, False)], written)
    return claim


def _waiting(claims: list[Claim], now: dt.datetime) -> str:
    embed = status_embed(compute_status(claims, now), now)
    return "\n".join(f.value or "" for f in embed.fields if f.name == WAITING)


@table("delay_day", [2, 1], ids=["a day later", "in the same poll"])
def test_a_date_both_outlets_moved_by_a_delay_is_not_shown_as_waiting_for_a_second_source(delay_day: int) -> None:
    claims = [
        _news("All of Us Are Dead season 2 to premiere March 12, 2027", "Soompi", 1),
        _news("All of Us Are Dead season 2 release set for March 12, 2027", "Koreaboo", 1),
        _news("All of Us Are Dead season 2 pushed to March 19, 2027", "Soompi", delay_day),
        _news("All of Us Are Dead season 2 delayed to March 19, 2027", "Koreaboo", delay_day),
    ]
    status = compute_status(claims, dt.datetime(2026, 12, 3, tzinfo=dt.UTC))
    assert status.delayed and status.release_at is not None and status.release_at.day == 19
    assert "March 12" not in _waiting(claims, dt.datetime(2026, 12, 3, tzinfo=dt.UTC))


def test_a_date_netflix_replaced_is_not_shown_as_waiting_for_a_second_source() -> None:
    netflix = Claim(
        id="report:1", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=dt.date(2026, 12, 2),
        confidence=Confidence.OFFICIAL, source=Source("Netflix", url="https://www.netflix.com/tudum"),
        text="Release date announced", release_at=dt.datetime(2027, 3, 19, 8, tzinfo=dt.UTC), origin="report",
    )
    claims = [_news("All of Us Are Dead season 2 to premiere March 12, 2027", "Soompi", 1), netflix]
    assert "March 12" not in _waiting(claims, dt.datetime(2026, 12, 3, tzinfo=dt.UTC))


def _netflix(day: int) -> Claim:
    return Claim(
        id="report:1", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=dt.date(2026, 12, 1),
        confidence=Confidence.OFFICIAL, source=Source("Netflix", url="https://www.netflix.com/tudum"),
        text="Release date announced", release_at=dt.datetime(2027, 3, day, 8, tzinfo=dt.UTC), origin="report",
    )


_HELD = "Reported by two or more independent sources; the official date stands"


def _said_after_the_standing_date() -> list[tuple[list[Claim], list[Claim], str]]:
    """Read when the test runs (the headline readers compile on first use, not at collection)."""
    return [
        ([_news("All of Us Are Dead season 2 to premiere March 12, 2027", "Soompi", 1),
          _news("All of Us Are Dead season 2 release set for March 12, 2027", "Koreaboo", 1)],
         [_news("All of Us Are Dead season 2 pushed to March 26, 2027", "Dispatch", 2)], WAITING),
        ([_netflix(12)], [_news("All of Us Are Dead season 2 to premiere March 26, 2027", "Soompi", 2),
                          _news("All of Us Are Dead season 2 release set for March 26, 2027", "TVmaze", 2)], _HELD),
    ]


# rehearse61: two sources agreeing on another day than Netflix's were listed as waiting for a second source
@table(("standing", "later", "field"), _said_after_the_standing_date,
       ids=["one source waits for a second", "two sources are held back by Netflix's date"])
def test_a_date_said_after_the_standing_one_says_what_holds_it_back(
    standing: list[Claim], later: list[Claim], field: str
) -> None:
    embed = status_embed(compute_status([*standing, *later], dt.datetime(2026, 12, 3, tzinfo=dt.UTC)),
                         dt.datetime(2026, 12, 3, tzinfo=dt.UTC))
    assert [f.name for f in embed.fields if "March 26" in (f.value or "")] == [field]


def test_once_season_2_is_out_a_premiere_listing_is_not_shown_as_waiting() -> None:
    release = dt.datetime(2027, 3, 19, 8, tzinfo=dt.UTC)
    netflix = Claim(
        id="report:1", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=dt.date(2026, 12, 2),
        confidence=Confidence.OFFICIAL, source=Source("Netflix", url="https://www.netflix.com/tudum"),
        text="Release date announced", release_at=release, origin="report",
    )
    premiered = Claim(
        id="tvmaze:released", milestone=Milestone.RELEASED, date=dt.date(2027, 3, 19),
        confidence=Confidence.REPORTED, source=Source("TVmaze", url="https://www.tvmaze.com/shows/1"),
        text="Season 2 premiered on 2027-03-19.", origin="tvmaze",
    )
    now = release + dt.timedelta(hours=1)
    assert compute_status([netflix, premiered], now).milestone is Milestone.RELEASED
    assert "premiered" not in _waiting([netflix, premiered], now)


def test_a_one_source_delay_older_than_the_step_season_2_has_reached_is_not_shown_as_waiting() -> None:
    old_delay = _news("All of Us Are Dead season 2 delayed to 2027", "Pinkvilla", 1)
    old_delay = Claim(**{**old_delay.__dict__, "date": dt.date(2026, 11, 1)})
    claims = [
        old_delay,
        _news("All of Us Are Dead season 2 to premiere March 12, 2027", "Soompi", 2),
        _news("All of Us Are Dead season 2 release set for March 12, 2027", "Koreaboo", 2),
    ]
    status = compute_status(claims, dt.datetime(2026, 12, 3, tzinfo=dt.UTC))
    assert old_delay in status.pending
    assert "delayed" not in _waiting(claims, dt.datetime(2026, 12, 3, tzinfo=dt.UTC))


_GUESS = "Outlets predicted a release in the first half of 2027"  # the pack's rumour of January 2026
_EYED = "season 2 eyed for first half of 2027"  # one outlet's report of the same window, waiting for a second


# left46: once season 2 was out, the card still listed January's "first half of 2027" under Rumours
@table(("release_day", "hours_out", "guess", "field", "said"), [
    (dt.date(2026, 12, 10), 2, _GUESS, "Settled by the release", "overtaken: season 2 came out on <t:"),
    (dt.date(2027, 3, 19), 2, _GUESS, "Settled by the release", "came true: season 2 came out on <t:"),
    (dt.date(2027, 3, 19), -2, _GUESS, "Rumours (never move the status)", _GUESS),
    (dt.date(2027, 7, 2), 2, _EYED, "Settled by the release", "overtaken: season 2 came out on <t:"),
    (dt.date(2027, 7, 2), -2, _EYED, WAITING, _EYED),
], ids=["overtaken", "came true", "still open before the release", "a report overtaken", "a report still waiting"])
def test_once_season_2_is_out_a_guess_at_when_is_listed_as_settled_came_true_or_overtaken(
    release_day: dt.date, hours_out: int, guess: str, field: str, said: str,
) -> None:
    release = dt.datetime(release_day.year, release_day.month, release_day.day, 8, tzinfo=dt.UTC)
    netflix = Claim(
        id="report:1", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=dt.date(2026, 12, 2),
        confidence=Confidence.OFFICIAL, source=Source("Netflix", url="https://www.netflix.com/tudum"),
        text="Release date announced", release_at=release, origin="report",
    )
    claims = [*claims_from_pack(bundled_pack()), _news(f"All of Us Are Dead {_EYED}", "Soompi", 1), netflix]
    now = release + dt.timedelta(hours=hours_out)
    fields = {f.name: f.value or "" for f in status_embed(compute_status(claims, now), now).fields}
    lines = fields[field].splitlines()
    found = next(i for i, line in enumerate(lines) if guess.casefold() in line.casefold())
    assert said in "\n".join(lines[found:found + 2])
    others = "\n".join(v for name, v in fields.items() if name != field)
    assert guess.casefold() not in others.casefold()  # listed once, where it belongs


def _part_2(cid: str, publisher: str, confidence: Confidence = Confidence.REPORTED) -> Claim:
    return Claim(id=cid, milestone=Milestone.PART_DATED, date=dt.date(2026, 12, 2), confidence=confidence,
                 source=Source(publisher), text=f"{publisher}: Part 2 on April 9",
                 release_at=dt.datetime(2027, 4, 9, 7, tzinfo=dt.UTC), origin="rss", time_given=True)


_PART_1 = Claim(id="netflix:p1", milestone=Milestone.RELEASE_DATE_ANNOUNCED, date=dt.date(2026, 12, 1),
                confidence=Confidence.OFFICIAL, source=Source("Netflix"), text="Part 1 on March 12",
                release_at=dt.datetime(2027, 3, 12, 7, tzinfo=dt.UTC), origin="report")


#: A season in parts: the card gives Part 2's own day once it is backed (Netflix, or two sources), beside the release;
#: TVmaze alone lists it as waiting for a second source, with no "Part 2" line.
@table(("claims", "shown", "waits"), [
    ([_PART_1, _part_2("tvmaze", "TVmaze")], False, True),
    ([_PART_1, _part_2("tvmaze", "TVmaze"), _part_2("variety", "Variety")], True, False),
    ([_PART_1, _part_2("netflix:p2", "Netflix", Confidence.OFFICIAL)], True, False),
], ids=["one source", "two sources", "netflix"])
def test_the_status_card_gives_part_2s_day_once_it_is_backed(claims: list[Claim], shown: bool, waits: bool) -> None:
    now = dt.datetime(2026, 12, 3, tzinfo=dt.UTC)
    embed = status_embed(compute_status(claims, now), now)
    description = embed.description or ""
    assert "**Release:** <t:1804834800:F>" in description
    assert ("**Part 2:** <t:1807254000:F>" in description) is shown
    assert ("Part 2 on April 9" in _waiting(claims, now)) is waits
