"""The day a headline was written, as its writer's clock says (bot/season2/sources/written_day.py): a
headline's "today" and "tomorrow" are said from there, not from the day in UTC."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.rss import claims_from_items, parse_feed
from tests.table import table

FEB_12_RELEASE = dt.datetime(2027, 2, 12, 8, 0, tzinfo=dt.UTC)  # 5 p.m. KST, midnight in California


def _feed(title: str, stamp: str) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><link>https://n.example/</link>'
            f"<item><title>{title}</title><pubDate>{stamp}</pubDate></item></channel></rss>").encode()


def _release(title: str, stamp: str) -> dt.datetime | None:
    _, items = parse_feed(_feed(title, stamp))
    claims, _ = claims_from_items(items, dt.date(2027, 2, 12))
    return claims[0].release_at if claims else None


def test_tomorrow_said_on_a_us_evening_is_the_next_us_day() -> None:
    # 9 p.m. in Los Angeles on Thursday the 11th is already the 12th in UTC: its "tomorrow" is the 12th.
    title = "All of Us Are Dead Season 2 premieres tomorrow at 5 p.m. KST"
    assert _release(title, "Thu, 11 Feb 2027 21:00:00 -0800") == FEB_12_RELEASE


def test_tonight_said_on_a_us_evening_is_that_evening() -> None:
    title = "All of Us Are Dead Season 2 premieres tonight at 8 p.m. PT"
    assert _release(title, "Thu, 11 Feb 2027 18:00:00 -0800") == dt.datetime(2027, 2, 12, 4, 0, tzinfo=dt.UTC)


def test_an_atom_stamps_offset_is_the_writers_clock_too() -> None:
    body = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title>'
            b'<link href="https://n.example/"/><entry><title>All of Us Are Dead Season 2 premieres tomorrow at '
            b"5 p.m. KST</title><updated>2027-02-11T21:00:00-08:00</updated></entry></feed>")
    claims, _ = claims_from_items(parse_feed(body)[1], dt.date(2027, 2, 12))
    assert claims[0].release_at == FEB_12_RELEASE


def test_a_korean_stamp_with_seouls_offset_reads_today_as_seouls_day() -> None:
    title = "지금 우리 학교는 시즌2, 오늘 오후 5시 공개"
    assert _release(title, "Fri, 12 Feb 2027 07:00:00 +0900") == FEB_12_RELEASE


def test_a_stamp_in_utc_keeps_the_day_in_utc_for_an_english_headline() -> None:
    title = "All of Us Are Dead Season 2 premieres tomorrow at 5 p.m. KST"
    assert _release(title, "Thu, 11 Feb 2027 10:00:00 GMT") == FEB_12_RELEASE


def test_today_at_a_korean_hour_already_past_in_utc_is_koreas_today() -> None:
    # 11 p.m. UTC on the 11th is 8 a.m. on the 12th in Seoul: "today at 5 p.m. KST" is the 12th (the
    # 11th at 5 p.m. KST had passed when it was written).
    title = "All of Us Are Dead Season 2 premieres today at 5 p.m. KST"
    assert _release(title, "Thu, 11 Feb 2027 23:00:00 GMT") == FEB_12_RELEASE


def test_a_full_date_already_past_is_not_moved() -> None:
    title = "All of Us Are Dead Season 2 premiered Feb. 11 at 5 p.m. KST"
    assert _release(title, "Thu, 11 Feb 2027 23:00:00 GMT") in (None, dt.datetime(2027, 2, 11, 8, tzinfo=dt.UTC))


def _claims(title: str, stamp: str) -> list[tuple[str, dt.datetime | None, str | None]]:
    _, items = parse_feed(_feed(title, stamp))
    claims, _ = claims_from_items(items, dt.date(2027, 2, 12))
    return [(c.milestone.value, c.release_at, c.release_window) for c in claims]


def test_tomorrow_stamped_in_utc_on_a_us_evening_is_not_given_a_day() -> None:
    # 03:00 UTC on the 12th is 7 p.m. on the 11th in Los Angeles and noon on the 12th in Seoul: the
    # writer's "tomorrow" is the 12th or the 13th, and the bot does not guess which.
    claims = _claims("All of Us Are Dead Season 2 premieres tomorrow", "Fri, 12 Feb 2027 03:00:00 GMT")
    assert claims == [("release_window", None, "12 or 13 February 2027")]


def test_tomorrow_at_a_korean_hour_stamped_in_utc_is_a_window_of_both_days() -> None:
    claims = _claims("All of Us Are Dead Season 2 premieres tomorrow at 5 p.m. KST", "Fri, 12 Feb 2027 03:00:00 GMT")
    assert claims == [("release_window", None, "12 or 13 February 2027")]


def test_tomorrow_stamped_in_utc_midday_is_one_day_everywhere_writers_are() -> None:
    claims = _claims("All of Us Are Dead Season 2 premieres tomorrow", "Thu, 11 Feb 2027 11:00:00 GMT")
    assert claims == [("release_date_announced", dt.datetime(2027, 2, 12, tzinfo=dt.UTC), None)]


def test_a_full_date_stamped_in_utc_on_a_us_evening_keeps_its_day() -> None:
    claims = _claims("All of Us Are Dead Season 2 premieres Feb. 13", "Fri, 12 Feb 2027 03:00:00 GMT")
    assert claims == [("release_date_announced", dt.datetime(2027, 2, 13, tzinfo=dt.UTC), None)]



def test_tomorrow_stamped_in_utc_on_a_european_evening_is_a_window_too() -> None:
    # 20:00 UTC on the 11th is the 11th in London and New York, already the 12th in Seoul.
    claims = _claims("All of Us Are Dead Season 2 premieres tomorrow", "Thu, 11 Feb 2027 20:00:00 GMT")
    assert claims == [("release_window", None, "12 or 13 February 2027")]


def _claims_of(body: str) -> list[tuple[str, dt.datetime | None, str | None]]:
    _, items = parse_feed(body.encode())
    claims, _ = claims_from_items(items, dt.date(2027, 2, 12))
    return [(c.milestone.value, c.release_at, c.release_window) for c in claims]


def _outlet_feed(site: str, title: str, stamp: str, channel_stamp: str = "") -> str:
    built = f"<lastBuildDate>{channel_stamp}</lastBuildDate>" if channel_stamp else ""
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><link>https://www.{site}/</link>{built}'
            f"<item><title>{title}</title><pubDate>{stamp}</pubDate></item></channel></rss>")


TOMORROW = "All of Us Are Dead Season 2 premieres tomorrow"


def test_tomorrow_from_a_us_newsroom_stamped_in_utc_is_the_us_days_tomorrow() -> None:
    # 03:00 UTC on the 12th is the evening of the 11th from Los Angeles to New York: Variety's tomorrow is the 12th.
    claims = _claims_of(_outlet_feed("variety.com", TOMORROW, "Fri, 12 Feb 2027 03:00:00 GMT"))
    assert claims == [("release_date_announced", dt.datetime(2027, 2, 12, tzinfo=dt.UTC), None)]


def test_tomorrow_from_a_us_newsroom_when_its_coasts_hold_two_days_is_not_given_a_day() -> None:
    # 06:00 UTC on the 12th: 10 p.m. on the 11th in Los Angeles, 1 a.m. on the 12th in New York.
    claims = _claims_of(_outlet_feed("deadline.com", TOMORROW, "Fri, 12 Feb 2027 06:00:00 GMT"))
    assert claims == [("release_window", None, "12 or 13 February 2027")]


def test_tomorrow_from_a_british_newsroom_late_in_the_evening_is_the_british_days() -> None:
    claims = _claims_of(_outlet_feed("bbc.co.uk", TOMORROW, "Thu, 11 Feb 2027 23:30:00 GMT"))
    assert claims == [("release_date_announced", dt.datetime(2027, 2, 12, tzinfo=dt.UTC), None)]


def test_a_feed_whose_own_stamp_names_its_clock_says_where_an_item_in_utc_was_written() -> None:
    feed = _outlet_feed("n.example", TOMORROW, "Fri, 12 Feb 2027 03:00:00 GMT", "Thu, 11 Feb 2027 19:05:00 -0800")
    assert _claims_of(feed) == [("release_date_announced", dt.datetime(2027, 2, 12, tzinfo=dt.UTC), None)]


def test_an_outlet_with_writers_everywhere_still_gets_no_guessed_day() -> None:
    claims = _claims_of(_outlet_feed("soompi.com", TOMORROW, "Fri, 12 Feb 2027 03:00:00 GMT"))
    assert claims == [("release_window", None, "12 or 13 February 2027")]


# A claim's date is the day its source published it, as that source dates it (Netflix Korea's 2 a.m. release of the
# 14th is "14 January" in Seoul, in Los Angeles and in the source itself): a day, shown alike to every reader, never
# the day in UTC (the 13th), which no source printed.
@table(("site", "title", "stamp", "day"), [
    ("n.example", "All of Us Are Dead Season 2 premieres April 23", "Thu, 14 Jan 2027 02:00:00 +0900", "2027-01-14"),
    ("n.example", "'지금 우리 학교는' 시즌2, 4월 23일 공개", "Wed, 13 Jan 2027 17:00:00 GMT", "2027-01-14"),
    # a Japanese outlet's post is Japan's day (UTC+9), a Chinese one's China's (UTC+8): 23:30 there is still the 13th
    ("n.example", "『今、私たちの学校は』シーズン2、4月23日配信決定", "Wed, 13 Jan 2027 17:00:00 GMT", "2027-01-14"),
    ("n.example", "《僵尸校园》第二季4月23日上线", "Wed, 13 Jan 2027 17:00:00 GMT", "2027-01-14"),
    ("n.example", "《僵尸校园》第二季4月23日上线", "Wed, 13 Jan 2027 15:30:00 GMT", "2027-01-13"),
    ("n.example", "All of Us Are Dead Season 2 premieres April 23", "Wed, 13 Jan 2027 21:00:00 -0800", "2027-01-13"),
    ("variety.com", "All of Us Are Dead Season 2 premieres April 23", "Thu, 14 Jan 2027 03:00:00 GMT", "2027-01-13"),
    ("n.example", "All of Us Are Dead Season 2 premieres April 23", "Wed, 13 Jan 2027 17:00:00 GMT", "2027-01-13"),
])
def test_a_claim_is_dated_the_day_its_source_published_it_on_its_own_clock(site: str, title: str, stamp: str,
                                                                          day: str) -> None:
    _, items = parse_feed(_outlet_feed(site, title, stamp).encode())
    claims, _ = claims_from_items(items, dt.date(2027, 1, 14))
    assert [(c.date_text, str(c.source.date)) for c in claims] == [(day, day)]
