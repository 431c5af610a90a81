"""Headlines as fan accounts and outlets write them: "per sources" is someone else's word, "3.19" is a day
beside the release, a day given to another show is not ours, "Netflix shuts down rumors of ... March 12"
takes that day back (bot/season2/sources/headlines.py, headline_moments.py, other_titles.py,
headline_denials.py)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.other_titles import ours_only
from tests.table import table

WRITTEN = dt.date(2027, 2, 16)
MARCH_12, MARCH_19 = dt.date(2027, 3, 12), dt.date(2027, 3, 19)


def _readings(headline: str) -> set[str]:
    out = set()
    for found in read_headline(headline, WRITTEN):
        day = "" if found.release_at is None else " " + found.release_at.date().isoformat()
        window = "" if found.window is None else " " + found.window.label
        out.add(f"{found.milestone.value} {found.confidence.value}{day}{window}")
    return out


@table(("headline", "expected"), [
    ("🚨 AOUAD S2 coming EARLY 2027 per sources 👀", {"release_window rumour early 2027"}),
    ("AOUAD Season 2 to drop March 12 next month, per an insider", {"release_date_announced rumour 2027-03-12"}),
    ("All of Us Are Dead Season 2 reportedly set for March 19", {"release_date_announced rumour 2027-03-19"}),
    ("All of Us Are Dead Season 2 set for March 19", {"release_date_announced reported 2027-03-19"}),
    ("All of Us Are Dead Season 2 release date: March 19, per fans", {"release_date_announced rumour 2027-03-19"}),
    ("All of Us Are Dead Season 2 premieres March 19, fan account claims", {"release_date_announced rumour 2027-03-19"}),
    ("Fans say All of Us Are Dead Season 2 premieres March 19", set()),  # fans guessing: no claim at all
    ("AOUAD S2 drops 3.19 💀💀 IT'S HAPPENING", {"release_date_announced reported 2027-03-19"}),
    ("[공식] '지금 우리 학교는2' 3.19 공개…메인 예고편 첫 공개",
     {"release_date_announced reported 2027-03-19", "trailer reported"}),
    ("'All of Us Are Dead' Season 2 Adds Kim Si-eun, Roh Jae-won To Cast", {"casting reported"}),
    ("Weak Hero Class 2 premieres March 19; All of Us Are Dead Season 2 arrives in the first half of 2027",
     {"release_window reported the first half of 2027"}),
    ("After Weak Hero Class 2, All of Us Are Dead Season 2 premieres March 19",
     {"release_date_announced reported 2027-03-19"}),
    # "dropping", "not confirmed yet" (a rumour, no denial), a release "in" a window beside a poster,
    # and a verb said of our show after another show's part ("...; Netflix Also Dates ...")
    ("AOUAD S2 dropping in H1 2027 according to sources", {"release_window rumour the first half of 2027"}),
    ("AOUAD season 2 lands March 12, not confirmed yet 😳", {"release_date_announced rumour 2027-03-12"}),
    ("all of us are dead s2 arrives march 12 (yet to be confirmed)", {"release_date_announced rumour 2027-03-12"}),
    ("\"All Of Us Are Dead 2\" Confirms Release In Spring 2027 With Main Poster", {"release_window reported spring 2027"}),
    ("Netflix dates All of Us Are Dead Season 2 for March 19", {"release_date_announced reported 2027-03-19"}),
    ("Weak Hero Class 2 Sets May 2 Premiere; Netflix Also Dates All of Us Are Dead Season 2 for March 19",
     {"release_date_announced reported 2027-03-19"}),
])
def test_a_headline_as_fans_write_it_is_read_at_its_strength(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "All of Us Are Dead Season 2 trailer set for March 19",  # the trailer's day, not the season's
    "All of Us Are Dead Season 2 press conference set for March 12",
    "All of Us Are Dead Season 2 set for a March 19 fan event",
    "All of Us Are Dead Season 2 set for Seoul shoot on March 3",
    "All of Us Are Dead season 2 set for March 12 teaser",  # the teaser's day
    "All of Us Are Dead season 2 set for March 12 trailer drop",
    "All of Us Are Dead Season 2 set for March 12 table read",
    "All of Us Are Dead Season 2 set for March 12 script reading",
    "All of Us Are Dead Season 2 cast reunites for March 19 premiere party",  # the party's day
    "All of Us Are Dead Season 2 premieres to 12.5 million views",  # a number, not 5 December
    "AOUAD S2 drops 3.5",  # 3 May or 5 March: not guessed in English
    "All of Us Are Dead star joins Sweet Home Season 2, premieres March 19",
    "\"Sweet Home 2\" premieres March 12; All of Us Are Dead Season 2 poster revealed",
])
def test_a_day_that_is_not_our_seasons_release_is_not_read_as_one(headline: str) -> None:
    assert not any(f.release_at for f in read_headline(headline, WRITTEN))


@table(("headline", "day"), [
    ("Netflix Shuts Down Rumors Of \"All Of Us Are Dead 2\" March 12 Release", MARCH_12),
    ("Netflix Denies Reports That 'All of Us Are Dead' Season 2 Premieres March 12", MARCH_12),
    ("All of Us Are Dead Season 2 isn't coming March 12, Netflix clarifies", MARCH_12),
    ("Netflix dismisses All of Us Are Dead Season 2 March 12 release rumors", MARCH_12),
])
def test_a_day_taken_back_in_longer_words_is_read(headline: str, day: dt.date) -> None:
    assert read_headline(headline, WRITTEN) == ()
    assert denied_day(headline, WRITTEN) == day


def test_our_own_name_with_its_season_is_never_another_title() -> None:
    for headline in ("'All of Us Are Dead' Season 2 Sets March 19", "AOUAD S2 drops", "\"All Of Us Are Dead 2\" Premieres"):
        assert ours_only(headline) == headline


@table("headline", [
    "Netflix has not confirmed whether All of Us Are Dead Season 2 premieres March 12",
    "Netflix has not announced an All of Us Are Dead Season 2 March 12 release",
    "Fans not sure All of Us Are Dead Season 2 premieres March 12",
])
def test_a_day_not_known_yet_is_not_a_day_taken_back(headline: str) -> None:
    assert denied_day(headline, WRITTEN) is None


def test_a_premiere_moved_back_to_a_day_is_a_delay_to_that_day() -> None:
    (found,) = read_headline("Netflix Moves 'All of Us Are Dead' Season 2 Premiere Back a Week to March 26", WRITTEN)
    assert found.milestone.value == "delayed" and found.release_at is not None
    assert found.release_at.date() == dt.date(2027, 3, 26)


@table(("headline", "expected"), [
    # another show's title, quoted or bracketed as Korean press writes it, owns the day after it
    ("'스위트홈3' 4월 2일 공개…'지금 우리 학교는2'는 상반기 출격", {"release_window reported the first half of 2027"}),
    ("「약한영웅2」 4월 2일 공개…「지금 우리 학교는2」는 상반기 공개", {"release_window reported the first half of 2027"}),
    ("《지금 우리 학교는2》 4월 9일 공개…《스위트홈3》는 4월 2일", {"release_date_announced reported 2027-04-09"}),
    ("'Sweet Home3' arrives April 2; 'All of Us Are Dead' Season 2 arrives in the first half of 2027",
     {"release_window reported the first half of 2027"}),
])
def test_a_day_belongs_to_the_show_named_nearest_before_it(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


def test_another_shows_bracketed_day_alone_is_not_ours() -> None:
    assert _readings("「스위트홈3」 4월 2일 공개, 「지금 우리 학교는2」 제작진 합류") == {"casting reported"}


def test_a_quoted_countdown_is_no_other_title() -> None:
    assert "'D-7'" in ours_only("'지금 우리 학교는2' 공개 'D-7'…'스위트홈3' 4월 2일")


@table(("headline", "expected"), [
    # a roundup's month named once, then bare English days
    ("Netflix's March slate: 'Sweet Home 3' on the 12th, 'All of Us Are Dead 2' on the 19th",
     {"release_date_announced reported 2027-03-19"}),
    ("march netflix lineup: aouad s2 (19th), weak hero 2 (26th)", {"release_date_announced reported 2027-03-19"}),
    # no month named: the next such day, as Korean's 19일
    ("all of us are dead season 2 premieres on the 19th", {"release_date_announced reported 2027-02-19"}),
])
def test_a_bare_english_day_takes_the_month_its_roundup_named(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "rewatching the 5th episode before all of us are dead season 2",
    "all of us are dead season 2 fan screening on the 19th",  # the screening's day
    "counting down to the 19th fan screening of all of us are dead season 2",  # the screening's day
])
def test_a_bare_english_day_not_said_of_the_release_is_not_read(headline: str) -> None:
    assert _readings(headline) == set()


@table(("headline", "expected"), [
    ("aouad s2 is march 19 🧟", {"release_date_announced reported 2027-03-19"}),
    ("sources say all of us are dead season 2 is march 12", {"release_date_announced rumour 2027-03-12"}),
    ("all of us are dead season 2 is apparently on march 12", {"release_date_announced rumour 2027-03-12"}),
    ("지우학2 3월 19일이래", {"release_date_announced rumour 2027-03-19"}),  # hearsay
    ("지우학2 3월 19일이야!!", {"release_date_announced reported 2027-03-19"}),
])
def test_the_season_said_to_be_a_day_is_that_days_release(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "all of us are dead season 2 is march 12's most awaited show",  # the day says something else
    "aouad s2 is 3/12",  # 12 March or 3 December: never guessed
])
def test_a_copula_before_a_day_that_says_no_release_is_not_read(headline: str) -> None:
    assert _readings(headline) == set()


@table("headline", [
    "my cousin works at netflix korea and says aouad s2 is march 12 🤫",
    "a friend of mine told me all of us are dead season 2 drops march 12",
    "i heard aouad s2 is march 12",
    "지우학2 3월 12일이라고 들었어",
])
def test_someones_word_passed_on_is_a_rumour(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced rumour 2027-03-12"}


def test_a_bare_english_day_before_a_noun_is_not_a_day() -> None:
    assert _readings("aouad s2 drops the 2nd trailer") == {"trailer reported"}


@table(("headline", "expected"), [
    ("All of Us Are Dead Season 2 premieres March 12 or March 19", {"release_window reported March 2027"}),
    ("'지금 우리 학교는2' 3월 12일 또는 19일 공개", {"release_window reported March 2027"}),
    ("All of Us Are Dead Season 2 premieres February 26 or March 5", set()),
    ("'지금 우리 학교는2' 2월 26일 또는 3월 5일 공개", set()),
])
def test_two_days_offered_give_no_day_only_the_month_they_share(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


def test_a_guess_on_the_rumours_word_said_of_another_show_is_not_ours() -> None:
    assert _readings("If the rumours are true, Squid Game 3 could arrive March 12 and All of Us Are Dead Season 2 later") \
        == set()


@table("headline", [
    "'지금 우리 학교는2' 오늘 공개 안 된다…넷플릭스 \"19일 예정\"",  # not out today: never "released"
    "지우학2 3월 12일 공개설 돌던데 가짜래",  # the rumour said to be fake
])
def test_a_korean_release_said_not_to_be_so_posts_nothing(headline: str) -> None:
    assert _readings(headline) == set()


@table("headline", [
    "Sweet Home 3 premieres March 19, All of Us Are Dead Season 2 still TBA",  # another show's number alone
    "Kingdom 3 arrives March 19 while All of Us Are Dead Season 2 waits",
    "Yoon Chan-young joins new drama after All of Us Are Dead Season 2",  # another work's casting
])
def test_what_another_title_gets_is_not_ours(headline: str) -> None:
    assert _readings(headline) == set()


@table(("headline", "expected"), [
    ("Top 5 things to know: All of Us Are Dead Season 2 premieres March 19", {"release_date_announced reported 2027-03-19"}),
    ("Kim Si-eun joins All of Us Are Dead Season 2", {"casting reported"}),
])
def test_a_rank_or_our_own_casting_is_still_read(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("'지금 우리 학교는2' 내달 공개", {"release_window reported March 2027"}),
    ("'지금 우리 학교는2' 다음 달 공개", {"release_window reported March 2027"}),
])
def test_a_korean_next_month_is_that_months_window(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("aouad s2 comes out march 19!!", {"release_date_announced reported 2027-03-19"}),
    ("aouad s2 is this friday omg", {"release_date_announced reported 2027-02-19"}),
    ("지우학2 내일이야!!!", {"release_date_announced reported 2027-02-17"}),
])
def test_the_season_coming_out_or_said_to_be_a_day_from_today_is_that_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "the aouad s2 cast comes out tomorrow on running man",
    "the aouad s2 cast arrives tomorrow at incheon",
    "All of Us Are Dead Season 2 stars land in LA March 5 for a fan event",
])
def test_where_the_seasons_people_go_is_not_its_release(headline: str) -> None:
    assert _readings(headline) == set()


def test_another_korean_title_out_today_is_not_our_release() -> None:
    assert _readings("스위트홈3 오늘 공개…지우학2는 19일") == set()


def test_a_korean_title_with_its_number_keeps_its_day_and_ours_keeps_ours() -> None:
    assert _readings("킹덤3는 26일, 지우학2는 19일 공개") == {"release_date_announced reported 2027-02-19"}


@table(("headline", "expected"), [
    ("'지금 우리 학교는2', 3월 19일 공개되는 것으로 전해졌다", {"release_date_announced rumour 2027-03-19"}),  # reportedly
    ("'지금 우리 학교는2' 3월 19일 공개 가능성", set()),  # a possibility
    ("'지금 우리 학교는2' 3월 19일 공개 검토", set()),  # still considered
    ("'지금 우리 학교는2', 3월 19일 공개되는 것으로 알려졌다", {"release_date_announced rumour 2027-03-19"}),  # reportedly
    ("'지금 우리 학교는2' 3월 19일 공개 확실시", {"release_date_announced rumour 2027-03-19"}),  # seen as certain
    ("'지금 우리 학교는2' 3월 19일 공개 잠정 확정", {"release_date_announced rumour 2027-03-19"}),  # tentatively
])
def test_the_korean_press_hedges_are_read_at_their_strength(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("All of Us Are Dead Season 2 believed to premiere March 19", {"release_date_announced rumour 2027-03-19"}),
    ("All of Us Are Dead Season 2 understood to be premiering March 19", {"release_date_announced rumour 2027-03-19"}),
    ("Netflix in talks to release All of Us Are Dead Season 2 on March 19", set()),  # nothing set yet
    ("All of Us Are Dead Season 2 premieres March 19, a source tells Soompi", {"release_date_announced rumour 2027-03-19"}),
    ("All of Us Are Dead Season 2 to premiere March 19, a source close to the production said",
     {"release_date_announced rumour 2027-03-19"}),
    ("Industry sources: All of Us Are Dead 2 set for March 19", {"release_date_announced rumour 2027-03-19"}),
    ("All of Us Are Dead Season 2 premieres March 19, Korean media report", {"release_date_announced rumour 2027-03-19"}),
    ("Word is aouad s2 drops march 19", {"release_date_announced rumour 2027-03-19"}),
])
def test_english_hedges_of_belief_and_talks_are_read_at_their_strength(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("'지금 우리 학교는2' 3월 또는 4월 공개", {"release_window reported March or April 2027"}),
    ("'지금 우리 학교는2' 3월이나 4월 공개", set()),  # one of two months: never April alone
    ("'지금 우리 학교는2' 3, 4월 공개 예정", set()),
    ("'지금 우리 학교는' 시즌 2 4월 공개", {"release_window reported April 2027"}),  # the season's number, not a month
    ("All of Us Are Dead Season 2 coming March, April or May", set()),
    ("All of Us Are Dead Season 2 coming in March and April", set()),
])
def test_months_offered_together_are_never_read_as_the_last(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("All of Us Are Dead Season 2 Part 2 arrives March 26", {"part_dated reported 2027-03-26"}),  # a later batch's day
    ("'지금 우리 학교는' 시즌2 파트2 3월 26일 공개", {"part_dated reported 2027-03-26"}),
    ("All of Us Are Dead Season 2 Part 1 arrives March 19", {"release_date_announced reported 2027-03-19"}),
    ("All of Us Are Dead Season 2: Part 1 on March 12, Part 2 on April 2",
     {"release_date_announced reported 2027-03-12", "part_dated reported 2027-04-02"}),  # both, each its own
    ("《僵尸校园2》定档3月19日，分上下两部，下部4月9日上线", {"release_date_announced reported 2027-03-19", "part_dated reported 2027-04-09"}),
    ("hearing aouad 2 part 2 is april 2", {"part_dated rumour 2027-04-02"}),  # hearsay: a rumour, as the season's day
    ("All of Us Are Dead Season 2 Part 2 delayed to April 9", {"part_dated reported 2027-04-09"}),  # its new day
    ("is AOUAD 2 part 2 on april 2?", set()),  # a question
    ("AOUAD 2 Part 2 arrives April 2, Netflix denies it", set()),
    ("AOUAD 2 Part 2 later this year", set()),  # no day
    ("Kingdom 3 part 2 arrives April 2; AOUAD 2 fans still waiting", set()),  # another show's part 2
    ("Squid Game 3 drops March 5, part 2 on April 9, and AOUAD 2 on March 19", {"release_date_announced reported 2027-03-19"}),
    ("AOUAD 2 recap: part 2 of episode 12 is up April 2", set()),  # a recap's part
    ("Part 2 of our AOUAD 2 recap drops April 2", set()),
    ("AOUAD 2 part 1 recap, part 2 april 2", set()),  # a fan's video in parts
    ("AOUAD 2 is March 12!! part 2 of Squid Game 3 is April 9", set()),  # another show's part 2: never our day as Part 2's
])
def test_a_later_parts_day_is_part_2s_never_the_seasons_release_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("지우학2 3월에 나온대", {"release_window rumour March 2027"}),  # fans' 나온다, hearsay
    ("지우학2 3월 19일에 나온다!!", {"release_date_announced reported 2027-03-19"}),
    ("'지금 우리 학교는2' 상반기에 공개", {"release_window reported the first half of 2027"}),
])
def test_fans_korean_coming_out_and_a_window_with_its_particle_are_read(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("지우학2 티저 3월 공개", {"teaser reported"}),  # the teaser's month, not the season's
    ("'지금 우리 학교는2' 예고편 3월에 공개", {"trailer reported"}),
])
def test_a_korean_month_right_after_material_is_the_materials(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    # the season's own verb with its day, then the material: the day is the season's
    ("All of Us Are Dead 2 premieres March 19, Netflix releases new poster", {"release_date_announced reported 2027-03-19"}),
    ("AOUAD S2 arrives March 19 with a new character poster", {"release_date_announced reported 2027-03-19"}),
    ("AOUAD S2 poster drops March 19", set()),  # the poster's day
    # material named first, of the season: its verb is the material's
    ("Teaser for AOUAD S2 arrives March 19", {"teaser reported"}),
    ("The first teaser for All of Us Are Dead season 2 arrives March 19.", {"teaser reported"}),
])
def test_the_seasons_day_beside_its_poster_is_the_seasons(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("'지금 우리 학교는2', 4월 공개 가닥", {"release_window rumour April 2027"}),  # the press's "settled on"
    ("[단독] '지금 우리 학교는2' 4월 2일 공개 가닥…막바지 조율", {"release_date_announced rumour 2027-04-02"}),
])
def test_a_korean_release_said_to_be_settled_on_is_a_rumour(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "is aouad s2 really coming out april 2 or is that fake",
    "does aouad s2 come out april 2",
    "aouad s2 march 19 or is it a rumour",
    "anyone know if aouad s2 is march 19",
    "wondering if aouad s2 drops march 19",
    "when is aouad s2 coming out march 19 or 26",
    "wait so aouad s2 drops march 19 now",
    "pls tell me aouad s2 is march 19",  # a plea
    "지우학2 3월 19일 공개 맞나요",
])
def test_a_fans_question_without_its_question_mark_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()


def test_a_fans_question_with_fake_in_it_takes_no_day_back() -> None:
    assert denied_day("is aouad s2 really coming out march 12 or is that fake", WRITTEN) is None


@table(("headline", "expected"), [
    ("김다미, '지금 우리 학교는2' 합류 불발", set()),  # not joining
    ("김다미, '지금 우리 학교는2' 출연 고사", set()),  # turned it down
    ("'지금 우리 학교는2' 캐스팅 무산…일정 문제", set()),
    ("김다미, '지금 우리 학교는2' 합류", {"casting reported"}),
    ("All of Us Are Dead Season 2 casting call: extras wanted in Seoul", set()),  # no one cast yet
])
def test_someone_not_joining_the_season_is_no_casting_news(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("'지금 우리 학교는2', CG 작업 이유로 공개 2주 연기…4월 2일 공개", {"delayed reported 2027-04-02"}),
    ("'지금 우리 학교는2', 후반 작업 이유로 공개 일주일 늦춰져…3월 26일 공개", {"delayed reported 2027-03-26"}),
    ("'지금 우리 학교는2' 공개 한 달 미뤄져", {"delayed reported"}),
])
def test_a_korean_delay_by_a_span_is_a_delay_with_its_new_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("aouad s2 goes live tomorrow at 5pm KST", {"release_date_announced reported 2027-02-17"}),
    ("counting down to the 19th 🧟 #AllOfUsAreDead2", {"release_date_announced reported 2027-02-19"}),  # fans' tag
    ("aouad s2 at 7pm AEDT on the 19th for my aussie friends", {"release_date_announced reported 2027-02-19"}),
    ("aouad s2 drops at 8am GMT on the 19th", {"release_date_announced reported 2027-02-19"}),
    ("the aouad s2 teaser goes live tomorrow", {"teaser reported"}),  # the teaser's day, not the season's
])
def test_fans_release_moments_without_a_plain_verb_give_that_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("지우학2 드디어 떴다!!! 다들 정주행 ㄱㄱ", {"released reported"}),  # it's finally up
    ("지우학2 티저 드디어 떴다", {"teaser reported"}),
    ("지우학2 떴다!!! 다들 달려", {"released reported"}),  # the season itself up, right after its name
    ("'지금 우리 학교는2' 올라왔어요", {"released reported"}),
    ("지우학2 예고편 떴다", {"trailer reported"}),  # its trailer's, not the season's
])
def test_fans_korean_word_that_it_is_up_is_the_release(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "지우학2가 떴다면 좋겠다",  # if only it were up
    "지우학2 떴다는 꿈 꿨어",  # a dream that it was up
    "넷플릭스에 지우학2 떴어! 공개예정으로",  # its page is up, as coming soon
])
def test_fans_korean_word_that_it_is_up_said_of_a_wish_or_a_coming_soon_page_is_no_release(headline: str) -> None:
    assert not any(reading.startswith("released") for reading in _readings(headline))


@table(("headline", "expected"), [
    ("All of Us Are Dead (Season 2) — March 19th", {"release_date_announced reported 2027-03-19"}),
    ("aouad s2: march 1st review", set()),  # a day of something else
])
def test_a_listing_with_the_season_in_brackets_and_an_ordinal_day_gives_that_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "aouad s2 merch pre-orders go live march 5",
    "All of Us Are Dead Season 2 Remind Me page goes live today",
    "aouad s2 cast Q&A goes live tomorrow at 8pm KST",
    "counting down to march 5 merch drop for aouad s2",
])
def test_something_else_of_the_season_going_live_is_not_its_release(headline: str) -> None:
    assert _readings(headline) == set()


def test_what_someone_said_is_a_rumour() -> None:
    assert _readings("someone said aouad s2 is march 19") == {"release_date_announced rumour 2027-03-19"}


@table(("headline", "expected"), [
    ("지우학2 공개 연기됐다는 거 찌라시임", set()),  # the delay dismissed as a tabloid rumour
    ("지우학2 공개 연기됐다는 거 루머래", set()),
    ("지우학2 3월 12일 공개라는 찌라시 돌던데", {"release_date_announced rumour 2027-03-12"}),  # a rumour going round
])
def test_what_fans_dismiss_as_a_tabloid_rumour_is_not_posted(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("All of Us Are Dead Season 2 out March 19", {"release_date_announced reported 2027-03-19"}),
    ("aouad s2 out 3/19", {"release_date_announced reported 2027-03-19"}),
    ("All of Us Are Dead Season 2 trailer out March 12", {"trailer reported"}),  # the trailer is out, not the season
])
def test_the_season_out_on_a_day_to_come_gives_that_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("All of Us Are Dead Season 2 | Only on Netflix March 19", {"release_date_announced reported 2027-03-19"}),
    ("지금 우리 학교는 시즌 2 | 3월 19일, 오직 넷플릭스에서", {"release_date_announced reported 2027-03-19"}),
    ("All of Us Are Dead: Season 2 — New Episodes March 19", {"release_date_announced reported 2027-03-19"}),
    ("All of Us Are Dead Season 2 | Now on Netflix", {"released reported"}),
    ("All of Us Are Dead Season 2 trailer | Now on Netflix", {"trailer reported"}),  # the trailer's, not the season
    ("Season 2. March 19. 4PM KST / 12AM PT. Only on Netflix. #AllOfUsAreDead", {"release_date_announced reported 2027-03-19"}),
])
def test_netflixs_own_taglines_give_the_release(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("All of Us Are Dead 2 star Park Ji-hu's new drama premieres March 12", set()),  # her other work's day
    ("After All of Us Are Dead 2, Netflix's next zombie series arrives April 2", set()),  # another show's
    ("All of Us Are Dead Season 2 premieres March 19; director's next film follows in May",
     {"release_date_announced reported 2027-03-19"}),
])
def test_another_work_named_without_its_title_does_not_give_our_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "Netflix delays Sweet Home 4; All of Us Are Dead Season 2 still March 19",
    "Netflix pushes Weak Hero Class 3 back a week; All of Us Are Dead Season 2 holds March 19",
])
def test_a_verb_before_another_title_is_that_titles_not_ours(headline: str) -> None:
    assert not any(r.startswith("delayed") for r in _readings(headline))


@table("headline", [
    "\"Sweet Home\" Spinoff Confirms March 12 Premiere; \"All Of Us Are Dead 2\" Still Without A Date",
    "'Squid Game' Prequel Sets March 19 Premiere, Two Weeks Before 'All of Us Are Dead 2'",
    "alice in borderland s3 out march 12 and aouad s2 still nowhere",
    "'오징어 게임' 외전 3월 19일 공개…'지금 우리 학교는2'는 미정",
])
def test_another_show_named_without_its_number_keeps_its_own_day(headline: str) -> None:
    assert _readings(headline) == set()


def test_a_roundups_label_before_another_show_named_by_name_is_said_of_ours_too() -> None:
    assert _readings("march is stacked: weak hero 3 on the 5th, aouad s2 on the 19th") == {
        "release_date_announced reported 2027-03-19"}


@table("headline", [
    "Part 2 of All of Us Are Dead Season 2 arrives March 26",
    "'지우학2' 파트2 26일 공개",
])
def test_a_later_parts_day_is_not_the_seasons_release(headline: str) -> None:
    assert not any(r.startswith("release_date") for r in _readings(headline))


@table(("headline", "expected"), [
    ("[단독] '지금 우리 학교는2', 4월 공개 목표", {"release_window rumour April 2027"}),  # an exclusive's plan
    ("EXCLUSIVE: Netflix aiming for an April release of All of Us Are Dead Season 2", {"release_window rumour April 2027"}),
    ("지금 우리 학교는 시즌2, 4월 공개 목표", {"release_window reported April 2027"}),  # the makers' stated aim
])
def test_an_exclusives_planned_release_is_a_rumour(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    # a slashed day that reads both ways ("4/5"), in a post naming its month: that month's day
    ("april is STACKED: aouad 2 (4/5) then hellbound 3 (4/12) 😭", {"release_date_announced reported 2027-04-05"}),
    ("aouad s2 drops 4/5", set()),  # no month named: 4 May or 5 April, no guess
])
def test_a_slashed_day_that_reads_both_ways_takes_the_month_the_post_names(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("'지우학2' 4월 2일 넷플릭스行…돌아온 효산고", {"release_date_announced reported 2027-04-02"}),  # the press's "to Netflix"
    ("지금 우리 학교는2 4월 2일 넷플릭스행", {"release_date_announced reported 2027-04-02"}),
    ("'지우학2' 4월 2일 넷플릭스 행사 개최", set()),  # 행사: an event, not "to Netflix"
])
def test_a_korean_day_headed_to_netflix_is_the_release_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("'지금 우리 학교는2' 베일 벗었다…대학생 된 온조", {"released reported"}),  # the season itself unveiled
    ("'지금 우리 학교는2' 캐스팅 베일 벗었다", {"casting reported"}),  # its cast, not the season
    ("'지금 우리 학교는2' 티저 베일 벗었다", {"teaser reported"}),
])
def test_the_korean_press_saying_the_season_itself_is_unveiled_is_its_release(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("Netflix Korea's 2027 line-up reel just put All of Us Are Dead S2 in APRIL", {"release_window reported April 2027"}),
    ("netflix put aouad s2 in the top 10 again", set()),  # a chart, no month
])
def test_a_line_up_putting_the_season_in_a_month_is_its_window(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("ep 3 of aouad s2 ended me. who let the writers cook", {"released reported"}),  # an episode just watched
    ("episode 5 of all of us are dead season 2 broke me", {"released reported"}),
    ("ep 3 of aouad s2 is called 'the exam'", set()),  # a title, nothing watched
])
def test_a_fan_undone_by_an_episode_of_the_season_says_it_is_out(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "AOUAD S2 drops Friday 7 May at 08:00 BST",
    "All of Us Are Dead Season 2 arrives Sunday 7 March",
    "aouad s2 drops Fri 7 May",
])
def test_a_weekday_before_a_days_number_is_a_date_not_another_shows_title(headline: str) -> None:
    assert ours_only(headline) == headline


def test_another_show_numbered_after_a_weekday_is_still_set_aside() -> None:
    assert ours_only("Sweet Home 3 drops Friday; AOUAD S2 drops Sunday 9 May") == "AOUAD S2 drops Sunday 9 May"


def test_a_show_named_like_a_weekday_with_its_number_is_still_another_title() -> None:
    assert ours_only("Wednesday 2 drops August 6, AOUAD S2 drops August 13") == "AOUAD S2 drops August 13"


@table(("headline", "expected"), [
    ("AOUAD S2 will not be split into two parts, arrives March 19", {"release_date_announced reported 2027-03-19"}),
    ("'All of Us Are Dead' Season 2 Lands in March — and Netflix Isn't Splitting It in Two",
     {"release_window reported March 2027"}),
    ("지우학2 분할 공개 안 한다…3월 19일 전편 공개", {"release_date_announced reported 2027-03-19"}),
    ("AOUAD S2 is not coming March 19", set()),  # a negation of the day still claims nothing
])
def test_the_season_said_not_to_be_split_in_parts_is_no_denial(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table(("headline", "expected"), [
    ("AOUAD S2 drops new poster March 2", set()),  # the season's name, then the poster it drops: the poster's day
    ("All of Us Are Dead 2 releases main poster and teaser on March 2", {"teaser reported"}),
    ("All of Us Are Dead 2 is set to drop its trailer March 2", {"trailer reported"}),
    ("aouad s2 releases a teaser march 2 👀", {"teaser reported"}),
    ("All of Us Are Dead Season 2 releases main poster and teaser on March 2", {"teaser reported"}),
])
def test_material_the_season_drops_on_a_day_gives_the_material_that_day_never_the_release(
        headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected
