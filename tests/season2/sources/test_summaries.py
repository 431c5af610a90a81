"""A feed item's summary read for the release day its title leaves out (bot/season2/sources/summaries.py,
rss.py): the day a fan reads in the summary is posted, and nothing the summary says of another show, an
earlier season, a teaser or a rumour becomes a claim the outlet did not make."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Claim
from bot.season2.sources.rss import FeedItem, claims_from_items, parse_feed
from tests.table import table

WRITTEN = dt.date(2027, 2, 16)


def _claims(title: str, summary: str | None) -> tuple[Claim, ...]:
    claims, _ = claims_from_items([FeedItem(title, None, "koreaherald.com", WRITTEN, summary=summary)], WRITTEN)
    return claims


def _readings(title: str, summary: str | None) -> set[str]:
    out = set()
    for claim in _claims(title, summary):
        day = "" if claim.release_at is None else " " + claim.release_at.date().isoformat()
        window = "" if claim.release_window is None else " " + claim.release_window
        out.add(f"{claim.milestone.value} {claim.confidence.value}{day}{window}")
    return out


@table(("title", "summary", "expected"), [
    # an explainer's question is its subject: its summary's day is read at the summary's own strength
    ("When Does All of Us Are Dead Season 2 Come Out? Release Date, Cast, and Trailer",
     "Netflix has confirmed that the second season premieres on Friday, March 19, 2027.",
     {"release_date_announced reported 2027-03-19"}),
    ("When Does All of Us Are Dead Season 2 Come Out? Release Date, Cast, and Trailer",
     "Netflix has not announced a date yet, but the second season could arrive on March 19.", set()),
    ("When does All of Us Are Dead Season 2 come out? Netflix denies March 12 reports",
     "The second season premieres on March 19.", set()),
    ("Netflix Pushes 'All of Us Are Dead' Season 2 Back One Week",
     "The Korean zombie series will now bow March 26 instead of March 19.",
     {"delayed reported 2027-03-26"}),
    ("Netflix confirms the return of 'All of Us Are Dead' season 2",
     "The second season of the zombie hit will premiere on March 19, Netflix said Tuesday.",
     {"release_date_announced reported 2027-03-19"}),
    ("'All of Us Are Dead' season 2 unveils main poster",
     "All of Us Are Dead returns March 19 with On-jo and Su-hyeok now at university.",
     {"release_date_announced reported 2027-03-19"}),
    ("'지금 우리 학교는' 시즌2 메인 포스터 공개",
     "넷플릭스 '지금 우리 학교는' 시즌2가 3월 19일 공개된다. 포스터에는 온조와 수혁이 담겼다.",
     {"release_date_announced reported 2027-03-19"}),
    ("All of Us Are Dead season 2 gets a new release date",
     "The second season's premiere has been moved to March 26, Netflix said.",
     {"release_date_changed reported 2027-03-26"}),
    ("All of Us Are Dead season 2 premiere date leaked",
     "The second season will land on March 12, a listing shows.",
     {"release_date_announced rumour 2027-03-12"}),  # the title's "leaked" makes the summary's day a rumour
    ("All of Us Are Dead season 2 news: Netflix shares plans",
     "Netflix says the second season arrives in the first half of 2027.",
     {"release_window reported the first half of 2027"}),    # fix93: a feed's summary padded with blank space (a zone's words were looked for from each space: seconds)
    ("'All of Us Are Dead' season 2 unveils main poster", "All of Us Are Dead returns March 19." + " " * 3000 + "\n" * 1000,
     {"release_date_announced reported 2027-03-19"}),
])
def test_a_summary_gives_the_day_its_title_leaves_out(title: str, summary: str, expected: set[str]) -> None:
    assert _readings(title, summary) == expected


@table(("title", "summary"), [
    # another show's day, an earlier season's, a day said of "the series" with no show named
    ("All of Us Are Dead season 2 cast at Netflix event", "Sweet Home Season 2 premieres March 12 on Netflix."),
    ("All of Us Are Dead season 2 cast at Netflix event", "Weak Hero Class 2 premieres March 12 on Netflix."),
    ("Watch: All of Us Are Dead season 2 cast in behind-the-scenes video",
     "The first season premiered on January 28, 2022 and became a global hit."),
    ("All of Us Are Dead season 2 cast in behind-the-scenes video", "The series premieres March 12."),
    # a teaser's or an event's day is the title's to say; a question or denial in the title reads nothing
    ("All of Us Are Dead season 2 drops first teaser", "The second season's teaser was released on February 16."),
    ("All of Us Are Dead season 2 cast to meet fans", "The second season's fan meeting is set for March 12."),
    ("When will All of Us Are Dead season 2 come out?", "The second season premieres March 19."),
    ("Netflix denies All of Us Are Dead season 2 reports", "The second season premieres March 19, a report said."),
    # a guess in the summary, and a summary that only repeats its title
    ("All of Us Are Dead season 2 news", "The second season could arrive on March 12."),
    ("All of Us Are Dead season 2 news", "All of Us Are Dead season 2 news"),
])
def test_a_summary_adds_no_day_the_outlet_did_not_give_our_season(title: str, summary: str) -> None:
    assert all(c.release_at is None and c.release_window is None for c in _claims(title, summary))


def test_a_title_that_gives_its_day_is_not_second_guessed_by_its_summary() -> None:
    assert _readings("All of Us Are Dead season 2 premieres March 19",
                     "Netflix moved the second season from March 12.") == {"release_date_announced reported 2027-03-19"}


def test_a_feeds_html_summary_is_read_as_plain_text() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Korea Herald</title>
    <link>https://www.koreaherald.com/</link><item><title>Netflix confirms return of 'All of Us Are Dead' season 2</title>
    <link>https://www.koreaherald.com/a/1</link><pubDate>Tue, 16 Feb 2027 01:00:00 +0000</pubDate>
    <description>&lt;p&gt;The &lt;b&gt;second season&lt;/b&gt; will premiere on March 19.&lt;/p&gt;</description>
    </item></channel></rss>"""
    _, items = parse_feed(body)
    claims, _ = claims_from_items(items, WRITTEN)
    assert [(c.milestone.value, c.release_at.date() if c.release_at else None) for c in claims] == [
        ("release_date_announced", dt.date(2027, 3, 19))]
    assert claims[0].text == "Netflix confirms return of 'All of Us Are Dead' season 2"  # what fans see: the title


def test_the_series_of_a_title_whose_news_is_its_date_is_ours() -> None:
    assert _readings("All of Us Are Dead Season 2 release date revealed",
                     "Per an insider, the series will land on Netflix on April 9.") == {
        "release_date_announced rumour 2027-04-09"}


@table(("summary", "part_2"), [
    ("Premieres April 9, only on Netflix.", set()),
    # (a season in parts: its first part's day, s2wild58, and Part 2's own day from the sentence after, part55)
    ("Part 1 premieres April 9. Part 2 premieres April 23. Only on Netflix.", {"part_dated reported 2027-04-23"}),
    ("Part 1: April 9. Part 2: April 23. Only on Netflix.", {"part_dated reported 2027-04-23"}),  # (no verb, s2wild59)
    ("April 9. Only on Netflix.", set()),
])
def test_a_date_announcements_listing_line_with_no_subject_gives_its_day(summary: str, part_2: set[str]) -> None:
    assert _readings("All of Us Are Dead: Season 2 | Date Announcement | Netflix", summary) == {
        "release_date_announced reported 2027-04-09", *part_2}


def test_the_series_beside_another_title_in_a_summary_is_not_ours() -> None:
    assert _readings("All of Us Are Dead Season 2 release date revealed",
                     "The series follows Weak Hero Class 2, which arrives April 2.") == set()


def test_the_series_dated_before_another_title_in_a_summary_is_ours() -> None:
    assert _readings("All of Us Are Dead Season 2 release date set",
                     "The series arrives April 9, ahead of \"Sweet Home 3\" on April 16.") == {
        "release_date_announced reported 2027-04-09"}


def test_a_summary_takes_back_the_day_its_answering_title_leaves_out() -> None:
    claims = _claims("Netflix answers All of Us Are Dead Season 2 release date reports",
                     "Netflix said the April 2 date shared online is false.")
    assert [(c.standing.value, c.release_at and c.release_at.date()) for c in claims] == [
        ("refuted", dt.date(2027, 4, 2))]


def test_a_summary_denying_another_shows_day_takes_none_of_ours_back() -> None:
    assert _claims("All of Us Are Dead Season 2 star opens up about new role",
                   "She said the April 2 date going round for her next film is false.") == ()


def test_a_summarys_time_keeps_its_zone_after_p_m() -> None:
    claims = _claims("\"All Of Us Are Dead 2\" Confirms Premiere Date With New Poster",
                     "Netflix's \"All Of Us Are Dead 2\" will premiere on March 19 at 5 p.m. KST. Fans are thrilled.")
    assert [c.release_at for c in claims] == [dt.datetime(2027, 3, 19, 8, 0, tzinfo=dt.UTC)]


@table("title", [
    "Netflix's Spring K-Drama Slate Revealed",
    "New K-Dramas on Netflix in March 2027",  # a month's list
    "넷플릭스 3월 신작",
    "Every Korean Netflix Series Coming in 2027 (So Far)",  # a year's list
    "Netflix 2027: The Korean Series Coming Next Year",  # next year's list
    "The 25 Most Anticipated K-Dramas Of 2027",  # a year's wish list, its entries' days theirs (s2wild62)
])
def test_a_roundups_summary_naming_our_season_gives_its_day(title: str) -> None:
    assert _readings(title, "The lineup includes 'Sweet Home 3' on March 26 and 'All of Us Are Dead' Season 2 on March 19.") \
        == {"release_date_announced reported 2027-03-19"}


@table(("title", "summary"), [
    ("Netflix's Spring K-Drama Slate Revealed", "Season 2 of the zombie hit premieres March 19."),  # which show's?
    ("Netflix's Spring K-Drama Slate Revealed", "'Sweet Home 3' premieres on March 26."),
    ("Netflix Renews Another Zombie Drama", "All of Us Are Dead Season 2 premieres March 19."),  # no roundup
])
def test_a_roundups_summary_gives_no_day_not_named_as_ours(title: str, summary: str) -> None:
    assert _readings(title, summary) == set()


def test_a_years_list_slotting_our_season_for_a_month_gives_that_window() -> None:
    assert _readings("Every Korean Netflix Series Coming in 2027 (So Far)",
                     "All of Us Are Dead season 2 is slotted for May.") == {"release_window reported May 2027"}


@table(("title", "summary", "expected"), [
    ("All of Us Are Dead Season 2 Postponed Two Weeks", "Netflix has moved the premiere from March 19 to April 2.",
     {"delayed reported 2027-04-02"}),
    ("'All of Us Are Dead' Season 2 pushed back", "The series will now debut on April 2, Netflix said.",
     {"delayed reported 2027-04-02"}),
    ("All of Us Are Dead Season 2 reportedly delayed", "The premiere now falls on April 2.", {"delayed rumour 2027-04-02"}),
    ("All of Us Are Dead Season 2 postponed", "The hit zombie drama will now arrive on April 2.", {"delayed reported 2027-04-02"}),
    ("Netflix Delays 'All of Us Are Dead' Season 2", "The zombie thriller will now premiere on April 2.",
     {"delayed reported 2027-04-02"}),
    ("Netflix Delays 'All of Us Are Dead' Season 2 by Two Weeks", "The season now premieres April 2 rather than March 19.",
     {"delayed reported 2027-04-02"}),  # "the season": the one its title moves, the new day before the old
    ("All of Us Are Dead Season 2 Postponed Two Weeks", "Sweet Home 3 premieres April 2.", {"delayed reported"}),
])
def test_a_delay_its_title_leaves_undated_takes_its_summarys_new_day(title: str, summary: str, expected: set[str]) -> None:
    assert _readings(title, summary) == expected


def test_a_reviews_summary_gives_the_day_whatever_the_critics_line_in_its_title() -> None:
    assert _readings("'All of Us Are Dead' Season 2 Review: Seoul Falls, and the Kids Aren't Alright",
                     "All of Us Are Dead Season 2 premieres March 19 on Netflix.") == {"release_date_announced reported 2027-03-19"}


def test_a_denial_before_a_reviews_line_still_reads_nothing_from_its_summary() -> None:
    assert _readings("Netflix denies 'All of Us Are Dead' Season 2 review leak: the kids are fine",
                     "All of Us Are Dead Season 2 premieres March 19 on Netflix.") == set()


def test_a_summarys_new_season_whose_episodes_all_arrive_on_a_day_is_ours() -> None:
    assert _readings("All of Us Are Dead Season 2: How Many Episodes & Release Schedule",
                     "All eight episodes of the new season arrive at once on Friday, March 19, 2027.") \
        == {"release_date_announced reported 2027-03-19"}


def test_a_weeks_roundup_listing_our_season_with_an_ordinal_day_gives_that_day() -> None:
    assert _readings("What's Coming to Netflix This Week: February 22nd - 28th, 2027",
                     "All of Us Are Dead (Season 2) — February 26th") == {"release_date_announced reported 2027-02-26"}


@table(("summary", "expected"), [
    ("All of Us Are Dead returns in April.", {"release_window reported April 2027"}),
    ("All of Us Are Dead season 2 premieres on April 30.", {"release_date_announced reported 2027-04-30"}),
])
def test_a_line_ups_year_in_its_title_gives_way_to_its_summarys_month_or_day(summary: str, expected: set[str]) -> None:
    title = "Netflix Unveils 2027 Korean Lineup: 'All of Us Are Dead' Season 2, 'Hellbound' Return, 'Sweet Home' Spinoff"
    assert _readings(title, summary) == expected


def test_a_summarys_day_outside_its_titles_year_leaves_the_year() -> None:
    title = "Netflix Unveils 2027 Korean Lineup: 'All of Us Are Dead' Season 2, 'Hellbound' Return"
    assert "release_window reported 2027" in _readings(title, "All of Us Are Dead season 2 premieres on January 7, 2028.")


@table(("title", "summary", "expected"), [
    # an outlet in Spanish or Portuguese: its title's news, its summary's day
    ("'Estamos muertos' temporada 2: Netflix confirma la fecha de estreno",
     "La segunda temporada llegará el viernes 9 de abril.", {"release_date_announced reported 2027-04-09"}),
    ("All of Us Are Dead: Netflix confirma a data de estreia da 2ª temporada",
     "A 2ª temporada chega em 9 de abril.", {"release_date_announced reported 2027-04-09"}),
    # another show's day in Spanish is not ours
    ("'Estamos muertos' temporada 2: Netflix confirma la fecha de estreno",
     "'Mask Girl' temporada 2 llega el 2 de abril.", set()),
])
def test_a_summary_in_spanish_or_portuguese_gives_the_day_its_title_leaves_out(title: str, summary: str,
                                                                              expected: set[str]) -> None:
    assert _readings(title, summary) == expected


@table(("summary", "expected"), [
    ("The Korean zombie series returns Friday, May 14.", {"release_date_announced reported 2027-05-14"}),
    ("The Korean zombie series returns in March.", {"release_window reported May 2027"}),  # another month: the title's
    (None, {"release_window reported May 2027"}),
])
def test_a_titles_month_gives_way_to_its_summarys_day_inside_it(summary: str | None, expected: set[str]) -> None:
    assert _readings("'All of Us Are Dead' Season 2 Sets May Premiere Date On Netflix", summary) == expected


def test_a_titles_month_does_not_give_way_to_its_summarys_teaser_day() -> None:
    summary = "The first teaser for All of Us Are Dead season 2 arrives May 2."
    assert _readings("All of Us Are Dead Season 2 Returns in May", summary) == {"release_window reported May 2027"}


@table(("summary", "expected"), [
    ("All of Us Are Dead season 2 is streaming now on Netflix.", {"released reported"}),
    ("The first season is streaming now on Netflix.", set()),  # which season is out is not said of season 2
    ("All of Us Are Dead season 1 is streaming now on Netflix.", set()),
    ("The trailer for All of Us Are Dead season 2 is out now.", set()),  # the trailer is out, not the season
])
def test_a_reviews_summary_saying_season_2_streams_now_says_it_is_out(summary: str, expected: set[str]) -> None:
    assert _readings("'All of Us Are Dead' season 2 review: a bigger, bloodier return to Hyosan", summary) == expected


@table(("summary", "expected"), [
    # season 1's part of the sentence is history; season 2's part after it gives the day
    ("Season 1 is streaming now on Netflix; season 2 arrives March 19.", {"release_date_announced reported 2027-03-19"}),
    # a sentence only about season 1 still gives nothing
    ("Season 1 is streaming now on Netflix.", set()),
])
def test_a_summarys_part_about_season_1_is_left_and_the_rest_read(summary: str, expected: set[str]) -> None:
    assert _readings("How to Watch All of Us Are Dead Before Season 2", summary) == expected


@table(("summary", "expected"), [
    # the day the statement was made opens the sentence; the release's day follows it
    ("On February 16, Netflix announced that the second season will premiere on March 19.",
     {"release_date_announced reported 2027-03-19"}),
    ("On Feb. 16, the streamer confirmed the new season.", set()),  # the day it was said, and no release day
    # a byline's stamp is when the article was written
    ("By Jane Park Published Feb 16, 2027 The new season premieres on Netflix on March 19.",
     {"release_date_announced reported 2027-03-19"}),
    ("Last updated: February 16th, 2027 – Netflix has confirmed the second season.", set()),
    # a day the sentence gives the release, with who said it after it, stays the release's
    ("The second season of the zombie series will premiere on March 19, Netflix said Tuesday.",
     {"release_date_announced reported 2027-03-19"}),
])
def test_a_summarys_day_of_writing_or_of_the_statement_is_not_the_release_day(summary: str,
                                                                              expected: set[str]) -> None:
    assert _readings("Netflix confirms return of 'All of Us Are Dead' season 2", summary) == expected


@table(("summary", "expected"), [
    # "the year" is the line-up's: its first half, narrower than the title's year
    ("Netflix announced 25 titles, including the second season of All Of Us Are Dead, which will premiere in the first "
     "half of the year.", {"release_window reported the first half of 2027"}),
    (None, {"release_window reported 2027"}),  # a year's line-up "including" the season: that year
])
def test_a_year_line_ups_summary_saying_the_year_means_the_line_ups(summary: str | None, expected: set[str]) -> None:
    title = "Netflix Unveils 2027 Korean Content Lineup Including “All Of Us Are Dead 2,” “Kingdom 3,” And More"
    claims, _ = claims_from_items([FeedItem(title, None, "soompi.com", dt.date(2026, 12, 4), summary=summary)],
                                  dt.date(2026, 12, 4))
    assert {f"{c.milestone.value} {c.confidence.value} {c.release_window}" for c in claims} == expected


def test_a_titles_day_gets_the_hour_its_summary_says_of_that_day() -> None:
    title = "'지우학2' 4월 23일 넷플릭스 공개…5년 만의 귀환"
    summary = "넷플릭스는 17일 '지금 우리 학교는' 시즌2를 오는 4월 23일 오후 5시 공개한다고 밝혔다."
    claims, _ = claims_from_items([FeedItem(title, None, "yna.co.kr", dt.date(2027, 2, 17), summary=summary)],
                                  dt.date(2027, 2, 17))
    assert [c.release_at for c in claims] == [dt.datetime(2027, 4, 23, 8, 0, tzinfo=dt.UTC)]


def test_an_hour_of_another_day_in_the_summary_leaves_the_titles_day_as_it_is() -> None:
    title = "'지우학2' 4월 23일 넷플릭스 공개"
    summary = "앞서 4월 30일 오후 5시 공개설이 돌았으나, 넷플릭스는 '지금 우리 학교는' 시즌2 공개일을 4월 23일로 확정했다."
    claims, _ = claims_from_items([FeedItem(title, None, "yna.co.kr", dt.date(2027, 2, 17), summary=summary)],
                                  dt.date(2027, 2, 17))
    assert [c.release_at for c in claims] == [dt.datetime(2027, 4, 23, tzinfo=dt.UTC)]


@table(("title", "summary"), [
    ("All of Us Are Dead Webtoon Gets a Sequel",
     "Joo Dong-geun's sequel webtoon launches February 3 on Naver Webtoon, ahead of the Netflix season 2."),
    ("All of Us Are Dead Season 2 OST Lineup Revealed", "The first single drops February 5, with season 2 to follow later."),
])
def test_the_webtoons_sequel_or_a_soundtracks_single_with_its_day_is_not_the_release(title: str, summary: str) -> None:
    claims, _ = claims_from_items([FeedItem(title, None, "soompi.com", dt.date(2027, 1, 20), summary=summary)],
                                  dt.date(2027, 1, 20))
    assert not any(c.release_at is not None for c in claims)


@table("summary", [
    "On February 16 Netflix announced that the second season will premiere on March 19.",  # no comma after the day
    "On Feb. 16 the streamer confirmed the second season will premiere on March 19.",
])
def test_a_statements_day_opening_a_summary_without_a_comma_is_not_the_release_day(summary: str) -> None:
    assert _readings("Netflix confirms return of 'All of Us Are Dead' season 2", summary) == {
        "release_date_announced reported 2027-03-19"}


@table(("summary", "expected"), [
    ("Netflix revealed on February 16 that the second season premieres April 2.",
     {"release_date_announced reported 2027-04-02"}),
    ("The second season, announced on February 16, arrives later this year.", {"release_window reported 2027"}),
])
def test_a_summarys_day_a_statement_was_made_on_mid_sentence_is_not_the_release_day(summary: str,
                                                                                     expected: set[str]) -> None:
    assert _readings("Netflix confirms return of 'All of Us Are Dead' season 2", summary) == expected


@table("summary", [
    "Published: 20 February 2027 The new season arrives on Netflix.",  # a stamp with its day first
    "February 20, 2027 — The second season arrives on Netflix soon.",  # a dateline
    "SEOUL, Feb. 20, 2027 — The second season arrives on Netflix soon.",
    "Feb 20, 2027 | The second season is coming to Netflix.",
])
def test_a_summarys_stamp_or_dateline_is_not_the_release_day(summary: str) -> None:
    assert _readings("Netflix confirms return of 'All of Us Are Dead' season 2", summary) == set()
