"""The season's day beside words about something else: "only on Netflix" ("lang sa netflix"), a Part 2 with no day yet, "only"
before a day set aside, Netflix's day said before the season it is for, the fan's own day after "and my", its first episodes;
Chinese 定在 and 第一部 … 第二部; a Chinese guess asked then corrected, a Japanese correction after 、; a day rumoured in an ISO
week (bot/season2/sources/headline_forms.py, headline_batches.py, headline_cjk.py, headline_spelling.py, headline_english_days.py,
self_corrections.py; s2wild103, the rest in bench/data/season2_wild101.yaml); a Japanese day with a copula (だよ, です), our season said
undated then Netflix's day, 网传…定在…，官方定档了吗？ and tonight corrected to tomorrow (mamaya … bukas, คืนนี้ เอ้ย พรุ่งนี้) (s2wild104,
bench/data/season2_wild103.yaml); Part 2's day alone in Japanese, 是 / là with no verb, a relative's word, a fan's viewing plan (headline_events.py,
headline_strength.py, headline_abroad.py; s2wild105, bench/data/season2_wild104.yaml); a later episode's day, a day in Chinese numerals or after its
month said first, hearsay and "not dated but rumoured", Part 2's day said before Part 1's, a plan "when it drops" (headline_events.py,
headline_cjk.py, self_corrections.py, headline_english_days.py, headline_abroad.py, headline_forms.py; s2wild106,
bench/data/season2_wild106.yaml); Part 2's clause naming our season before Part 1's day, Korean episode 1's day after a later one's
(headline_batches.py, self_corrections.py; s2wild107, bench/data/season2_wild107.yaml); season 1 shown again beside ours, a later episode
after an article, a press conference, a month the writer does not know, "on netflix" before the day (other_titles.py, headline_events.py,
headline_english_days.py, headline_bare_posts.py; s2wild108, bench/data/season2_wild108.yaml); Part 1 shown again, 1期/2期, T1/T2, "the
second season", a press conference's day before 공개's, "the 19th (march)" (other_titles.py, headline_parts.py, headline_events.py,
headline_english_days.py; fix133)."""

from __future__ import annotations

import datetime as dt

from tests.season2.sources.post_readings import readings
from tests.stall import read_at_once
from tests.table import table

WRITTEN = dt.date(2027, 2, 1)
SEASONS_DAY = {"release_date_announced reported 2027-03-19"}


def _readings(post: str, written: dt.date = WRITTEN) -> set[str]:
    return readings(post, written)


def _warm() -> None:
    """Compile the readers' patterns on a short post first: a test worker may run a stall guard before any other
    test, and compiling them all once (about a CPU-second) is start-up, not a stall on the long post."""
    _readings("aouad 2 part 1 march 19, part 2 tba")


@table("post", [
    "aouad 2 march 19 lang sa netflix, wala sa ibang app",
    "aouad 2 march 19 sa netflix",
    "aouad 2 march 19 only on netflix",
])
def test_the_day_then_only_on_netflix_is_the_day_read(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


def test_another_shows_day_only_on_netflix_reads_nothing() -> None:
    assert _readings("sweet home 3 march 19 lang sa netflix") == set()


@table("post", [
    "aouad 2 part 1 march 19, part 2 not officially dated yet",
    "aouad 2 part 1 march 19, part 2 soon",
    "Estamos Muertos 2: parte 1 el 19 de marzo; la parte 2 todavía sin fecha oficial",
    "지우학2 파트1 3월 19일 공개, 파트2는 아직 날짜 미정",
    "aouad 2 march 19, part 2 not officially dated yet",
    "Estamos Muertos 2 llega el 19 de marzo, la parte 2 todavía sin fecha",
])
def test_part_two_with_no_day_yet_leaves_part_ones_day_read(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


def test_another_shows_day_beside_an_undated_part_two_reads_nothing() -> None:
    assert _readings("sweet home 3 march 19, part 2 tba") == set()


def test_part_two_dated_beside_part_one_is_still_read() -> None:
    assert _readings("aouad 2 part 1 march 19, part 2 april 9") == SEASONS_DAY | {"part_dated reported 2027-04-09"}


def test_a_long_post_of_part_twos_with_no_day_is_read_at_once() -> None:
    _warm()
    with read_at_once():
        _readings("aouad 2 part 1 march 19" + ", part 2 still " * 300 + " " * 4000 + "tba")


@table("post", [
    "aouad 2 march 19 " + "part 2 tba " * 360,
    "aouad 2 march 19 " + "part 2 is out " * 300,
    "aouad 2 march 19 🧟" + "part 2 🧟 tba " * 300,
    "지우학2 3월 19일 " + "파트2 미정 " * 500,
    "aouad 2 march 19 " + "part 1 " * 800,
    "aouad 2 march 19 " + "ep 5 " * 800,
    "僵尸校园2 3月19日 " + "第二部 " * 1000,
    "aouad 2 march 19 " + "parte 2 " * 500,
])
def test_a_post_naming_part_2_hundreds_of_times_is_read_at_once(post: str) -> None:
    _warm()
    with read_at_once():
        _readings(post)


def test_the_day_then_only_then_a_bare_day_set_aside_is_the_day_read() -> None:
    assert _readings("aouad 2 tayang 19 maret aja kok, bukan 12 wkwk") == SEASONS_DAY


@table("post", [
    "no, netflix said march 19 for aouad 2. not march 12",
    "netflix said 19 march for aouad 2!!",
])
def test_netflixs_day_said_before_the_season_it_is_for_is_the_day_read(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


@table("post", [
    "netflix said march 19 for sweet home 3",
    "netflix said march 19 for the aouad 2 fan event",
])
def test_netflixs_day_for_another_show_or_an_event_reads_nothing(post: str) -> None:
    assert _readings(post) == set()


@table("post", [
    "Estamos Muertos 2 el 19 de marzo y mi cumple el 20 jaja",
    "aouad 2 march 19 and my bday march 20",
])
def test_the_day_then_the_fans_own_day_after_and_is_the_seasons_day_read(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


def test_another_shows_day_then_the_fans_own_reads_nothing() -> None:
    assert _readings("sweet home 3 march 19 and my bday march 20") == set()


@table("post", [
    "aouad 2 march 19 Eps 1 to 6",
    "aouad 2 march 19 Eps 1 to 6; physical 100 s3 april 9 Eps 1 to 5",
])
def test_the_day_then_its_first_episodes_is_the_day_read_never_another_shows_run(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


def test_other_shows_runs_of_episodes_read_nothing() -> None:
    assert _readings("netflix march: sweet home 3 march 12 Eps 1 to 4, kingdom 3 march 26 Eps 1 to 6") == set()


@table("post", [
    "僵尸校园2定在3月19日",
    "僵尸校园2定在3月19日上线，终于等到了",
])
def test_chinese_set_for_a_day_is_the_day_read(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


def test_chinese_first_and_second_part_are_the_seasons_two_days() -> None:
    assert _readings("僵尸校园2第一部定在3月19日，第二部定在4月9日") == SEASONS_DAY | {"part_dated reported 2027-04-09"}


@table("post", [
    "僵尸校园2第一部是3月12号上线吧？不对不对，是19号",
    "今学校2 3月12日配信、いや19日",
    "今学校2は3月12日配信じゃなくて、いや19日です",
    "今私2 3月12日じゃなくて19日だよ",  # (s2wild104)
])
def test_a_chinese_guess_asked_or_a_japanese_day_then_corrected_is_the_day_given(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


def test_a_japanese_correction_towards_a_stage_greetings_day_keeps_the_seasons_day() -> None:
    assert _readings("今学校2 3月19日配信、いや3月20日は舞台挨拶、3月21日も舞台挨拶あり") == SEASONS_DAY


@table("post", [
    "僵尸校园2第一部是12号上线吧？不对不对，是19号",
    "弑狱3是3月12号上线吧？不对，是19号",
    "友達の誕生日は3月12日、いや19日です",
])
def test_a_corrected_day_with_no_month_another_shows_or_a_birthday_reads_nothing(post: str) -> None:
    assert _readings(post) == set()


@table("post", [
    "aouad 2 rumoured for W2, friday the 15th 👀",
    "heard aouad 2 is 2027 W2, friday the 15th. rumour only 👀",
])
def test_a_day_rumoured_in_an_iso_week_written_the_year_before_is_the_rumour_read(post: str) -> None:
    assert _readings(post, dt.date(2026, 12, 28)) == {"release_date_announced rumour 2027-01-15"}


@table("post", ["今学校2は3月19日だよ", "今私2 3月19日です"])
def test_a_japanese_day_said_with_a_copula_is_the_day_read(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


def test_a_japanese_day_asked_with_a_copula_reads_nothing() -> None:
    assert _readings("今学校2 3月19日ですか？") == set()


@table("post", [
    "私の誕生日は3月19日だよ！今学校2楽しみ",
    "今学校2 エピソード5は4月9日だよ",
    "今学校2 観るのは3月20日だよ",
    "今学校2のチケット発売は3月1日です",
])
def test_a_japanese_day_with_a_copula_said_of_something_else_is_no_release_day(post: str) -> None:
    """review68a: "my birthday is March 19th", an episode's day, the fan's own day to watch, read as the season's."""
    assert _readings(post) == set()


@table("post", ["今学校2 パート2は4月9日だよ", "今学校2 パート2は4月9日配信", "今学校2のパート2は4月9日配信", "今学校2 後編は4月9日配信"])
def test_a_japanese_part_twos_day_is_part_twos_not_the_seasons(post: str) -> None:
    """s2wild105: Part 2's day said alone in Japanese was read as the season's release on 9 April."""
    assert _readings(post) == {"part_dated reported 2027-04-09"}


@table("post", ["aouad 2 no date yet?? netflix just said march 19", "aouad 2 still no date? netflix confirmed 3/19"])
def test_our_season_said_undated_then_netflixs_day_is_the_day_read(post: str) -> None:
    assert _readings(post, dt.date(2027, 1, 27)) == SEASONS_DAY


@table("post", ["网传僵尸校园2定在3月19日，官方定档了吗？", "网传僵尸校园2第一部定在3月19日，官方定档了吗？"])
def test_a_chinese_rumour_set_for_a_day_then_asked_if_official_is_the_rumour_read(post: str) -> None:
    assert _readings(post, dt.date(2027, 1, 20)) == {"release_date_announced rumour 2027-03-19"}


@table("post", [
    "aouad 2 mamaya na daw… ay bukas pa pala 😅",
    "aouad 2 mamaya na!! ay mali bukas pa 😭",
    "มัธยมซอมบี้ 2 ออกคืนนี้ เอ้ย พรุ่งนี้ 555",
])
def test_tonight_corrected_to_tomorrow_is_the_day_after_the_post_read(post: str) -> None:
    assert _readings(post, dt.date(2027, 3, 18)) == SEASONS_DAY


def test_a_rewatch_tonight_corrected_to_tomorrow_reads_nothing() -> None:
    assert _readings("aouad 1 rewatch mamaya na daw… ay bukas pa pala", dt.date(2027, 3, 18)) == set()


@table("post", ["จะดูมัธยมซอมบี้ 2 คืนนี้ เอ้ย พรุ่งนี้ กับแฟน", "มัธยมซอมบี้ 2 มาราธอนคืนนี้ เอ้ย พรุ่งนี้"])
def test_a_thai_fans_own_watching_tonight_corrected_to_tomorrow_reads_nothing(post: str) -> None:
    """review68a: "I'll watch AOUAD 2 tonight, I mean tomorrow, with my boyfriend" read as the season out tomorrow."""
    assert _readings(post, dt.date(2027, 3, 18)) == set()


def test_long_posts_of_corrections_and_weeks_are_read_at_once() -> None:
    _warm()
    with read_at_once():
        _readings("僵尸校园2 3月12号上线吧" + "？" * 2000 + "、" * 2000 + "不对，是19号")
        _readings("aouad 2 rumoured for " + "2027 W2 " * 500 + "friday the 15th")
        _readings("第一部" * 1300 + "第二部")
        _readings("aouad 2 march 19" + " aja" * 1000 + ", not 12")
        _readings("aouad 2 march 19" + " lang" * 1000 + " sa netflix")
        _readings("netflix said march 19" + " " * 4000 + "for aouad 2")


@table("post", [
    "aouad 2 no date yet" + " " * 4000 + "netflix said march 19",
    "aouad 2 " + "mamaya na " * 400 + "ay bukas pa pala",
    "มัธยมซอมบี้ 2 " + "คืนนี้ เอ้ย พรุ่งนี้ " * 200,
    "มัธยมซอมบี้ 2 " + "ออกคืนนี้ เอ้ย พรุ่งนี้ " * 200,
    "今学校2 3月19日" + " " * 4000 + "だよ",
    "今学校2 " + "3月19日だよ " * 400,
    "网传僵尸校园2定在3月19日" + " " * 4000 + "，官方定档了吗？",
    "the part 2 trailer of aouad 2 " + "🧟" * 4000 + " part 1 is march 19",
])
def test_long_posts_of_copulas_undated_seasons_and_tonights_corrected_are_read_at_once(post: str) -> None:
    _warm()
    with read_at_once():
        _readings(post)


@table("post", ["僵尸校园2是3月19日", "僵尸校园2就是3月19日啦", "Ngôi Trường Xác Sống 2 là 19/3 nha mọi người", "僵尸校园2三月19日上线"])
def test_our_seasons_day_with_a_copula_and_no_verb_is_the_seasons(post: str) -> None:
    """s2wild105: 是 / là between the season's name and its day, and a month in Chinese numerals, read nothing."""
    assert _readings(post) == {"release_date_announced reported 2027-03-19"}


@table("post", ["鱿鱼游戏3是3月19日", "僵尸校园2是3月19日吗？"])
def test_another_shows_day_or_ours_asked_with_a_copula_reads_nothing(post: str) -> None:
    assert _readings(post) == set()


@table("post", ["aouad 2: 3/19 eps 1-6, 4/9 eps 7-12", "Estamos Muertos 2: 19/3 caps 1-6, 9/4 caps 7-12"])
def test_two_runs_of_episodes_after_slashed_days_read_both_parts(post: str) -> None:
    """s2wild105: "4/9" alone may be 4 September; after "3/19" it is April 9, Part 2's day."""
    assert _readings(post) == {"release_date_announced reported 2027-03-19", "part_dated reported 2027-04-09"}


@table("post", ["kata tante aku aouad 2 tayang 19 Maret", "sabi ng tita ko march 19 daw ang aouad 2",
                "omg kata tante aku aouad 2 tayang 19 maret", "aouad 2 tayang 19 Maret kata tante aku loh",
                "aouad 2 isn't officially dated yet but part 1 is rumored for march 19"])
def test_a_relatives_word_or_a_rumour_beside_no_official_day_is_a_rumour(post: str) -> None:
    """s2wild105: an aunt's word read as reported news; "not officially dated yet, but … rumored" read as a denial."""
    assert _readings(post) == {"release_date_announced rumour 2027-03-19"}


@table("post", ["aouad 2 tayang 19 Maret! kata ibu: jangan begadang", "Netflix confirmed aouad 2 march 19, sabi ng tita ko it's scary",
                "kata kak Netflix Indonesia: aouad 2 tayang 19 Maret"])
def test_a_relatives_word_about_something_else_or_a_brand_called_sis_leaves_the_day_reported(post: str) -> None:
    """review69a: mom's advice after the news, or Netflix called "kak", made the day a rumour."""
    assert _readings(post) == SEASONS_DAY


def test_another_shows_rumoured_day_beside_ours_undated_reads_nothing() -> None:
    assert _readings("aouad 2 not officially dated yet, but squid game 3 is rumored for march 19") == set()


@table("post", ["watching aouad 2 tonight, i mean tomorrow", "vou assistir Todos Nós Estamos Mortos 2 hoje, quer dizer, amanhã",
                "i'm watching aouad 2 tomorrow", "manonood ako ng aouad 2 mamaya, ay bukas pala",
                "watching aouad 2 tomorrow, my bf premieres his film friday"])
def test_a_fans_viewing_plan_is_no_release_day(post: str) -> None:
    """s2wild105: read as the season out on 19 March (written the 18th)."""
    assert _readings(post, dt.date(2027, 3, 18)) == set()


def test_the_release_said_before_a_viewing_plan_stands() -> None:
    assert _readings("aouad 2 drops tomorrow, gonna watch it all night", dt.date(2027, 3, 18)) == {
        "release_date_announced reported 2027-03-19"}


@table("post", ["i'm watching aouad 2 tomorrow, it drops at 5pm KST", "will be watching aouad 2 on march 19 when netflix drops it",
                "vou assistir Todos Nós Estamos Mortos 2 amanhã, estreia dia 19"])
def test_a_viewing_plan_that_says_the_release_too_reads_the_release(post: str) -> None:
    """review69a: the plan's words at the start hid the release said in its own clause after them (read nothing)."""
    assert _readings(post, dt.date(2027, 3, 18)) == {"release_date_announced reported 2027-03-19"}


@table("post", ["我觉得僵尸校园2是3月19日", "我感觉僵尸校园2 3月19日上线", "如果僵尸校园2是3月19日", "如果僵尸校园2 3月19日上线就好了",
                "tui đoán Ngôi Trường Xác Sống 2 là 19/3", "만약 지우학2 3월 19일 공개하면"])
def test_a_fans_i_think_or_if_before_the_seasons_day_reads_nothing(post: str) -> None:
    """review69a: "I think" (我觉得, tui đoán) and "if" (如果, 만약 … 공개하면) read as the season's day reported."""
    assert _readings(post) == set()


@table("post", ["今学校2、4月9日配信予定だったけど延期", "今学校2 パート2は4月9日配信予定だったけど延期", "今学校2は4月9日配信予定だったが延期に"])
def test_a_japanese_day_it_was_to_come_on_but_was_put_off_is_no_release_day(post: str) -> None:
    """review69a: "予定だったけど延期" (was to come on 9 April, but put off) read 9 April as the day it comes."""
    assert not {reading for reading in _readings(post) if "2027-04-09" in reading}


@table("post", ["aouad 2 episode 2 drops april 9", "今学校2 第2話は4月9日配信", "지우학2 2화 4월 9일 공개", "Ngôi Trường Xác Sống 2 tập 2 ra ngày 9/4",
                "มัธยมซอมบี้ 2 ตอนที่ 2 ออก 9 เม.ย.", "Todos Nós Estamos Mortos 2 episódio 2 sai dia 9 de abril",
                "Estamos Muertos 2 capítulo 2 sale el 9 de abril", "僵尸校园2第二集4月9日上线"])
def test_a_later_episodes_day_is_no_release_day(post: str) -> None:
    """s2wild106: one episode's day was read as the whole season's (which part it falls in, the post does not say)."""
    assert _readings(post) == set()


@table("post", ["aouad 2 part 1 march 19, episode 7 april 9", "aouad 2 episode 1 drops march 19",
                # (fix121: episode 1's day beside a later one's, first or last, read nothing)
                "今学校2 第2話は4月9日配信、第1話は3月19日", "aouad 2 ep 1 march 19, ep 2 march 26", "aouad 2 ep 2 march 26, ep 1 march 19"])
def test_the_seasons_day_said_first_or_episode_ones_is_the_seasons(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


@table("post", ["sweet home 3 ep 1 march 19, ep 2 march 26", "今学校2 第2話は4月9日配信", "aouad 2 ep 2 march 26, ep 1 march 19 is my birthday lol",
                "aouad 2 ep 1 march 19 is my birthday, ep 2 march 26"])
def test_another_shows_episode_one_or_a_birthday_beside_a_later_episode_reads_nothing(post: str) -> None:
    assert _readings(post) == set()


@table("post", ["지우학2 화이팅!! 3월 19일 공개", "지우학 시즌2 화려하게 3월 19일 공개", "im on episode 5 rn and aouad 2 drops march 19",
                "finally rewatched episode 2 of s1, aouad 2 drops march 19!", "season 1 episode 5 is my fav, cant wait for aouad 2 on march 19"])
def test_the_seasons_day_beside_a_fans_own_episode_or_a_word_after_its_name_is_the_seasons(post: str) -> None:
    """review70a: each read nothing, taken for one later episode's day ("지우학2 화이팅": "2 화" read as episode 2)."""
    assert _readings(post) == SEASONS_DAY


@table("post", ["僵尸校园2三月十九日上线", "僵尸校园2定档三月十九日", "僵尸校园2三月上线，第一部是12号吧？不对，是19号",
                "今学校2は3月配信、12日だっけ？いや19日だ", "Todos Nós Estamos Mortos 2 estreia em março, no dia 19",
                "Estamos Muertos 2 se estrena en marzo, el día 19", "aouad 2 drops in march, on the 19th", "aouad 2 drops on the 19th (march)",
                "지우학2 3월 공개, 12일인가? 아니 19일"])  # (fix121: Korean's 인가 asking, read nothing)
def test_a_day_in_chinese_numerals_or_beside_its_month_said_apart_is_the_day_read(post: str) -> None:
    """s2wild106: each read March alone, or nothing ("the 19th (march)": fix133)."""
    assert _readings(post) == SEASONS_DAY


@table("post", ["僵尸校园2还有三月就上线", "Todos Nós Estamos Mortos 2 no dia 19"])
def test_months_to_go_or_a_day_with_no_month_reads_nothing(post: str) -> None:
    """s2wild106: 还有三月 ("three months to go") read March."""
    assert _readings(post) == set()


@table("post", ["aouad 2 drops in march, on the 19th i have an exam", "僵尸校园2三月上线，我生日是12号吧？不对，是19号",
                "僵尸校园2三月上线，演唱会12号吧？不对，是19号", "僵尸校园2三月上线，第二部是12号吧？不对，是19号",
                "지우학2 3월 공개, 내 생일 12일인가? 아니 19일"])  # (a concert's, Part 2's: review70a)
def test_the_fans_own_day_after_the_month_is_not_the_seasons(post: str) -> None:
    assert not {reading for reading in _readings(post) if "2027-03-19" in reading}


def test_the_fans_own_month_and_day_before_the_seasons_month_leave_the_seasons_month() -> None:
    """review70a: "born in march, on the 19th" was read as March 19 of the season, which then read nothing."""
    assert _readings("i was born in march, on the 19th. aouad 2 drops in april") == {"release_window reported"}


@table("post", ["sabi ni ate march 19 ang aouad 2", "aouad 2 march 19 na raw", "nghe nói Ngôi Trường Xác Sống 2 ra 19/3",
                "aouad 2 not officially dated but rumoured for march 19",
                "aouad 2 rumoured to be march 19", "aouad 2 not dated yet but rumored march 19"])  # (review70a: were nothing)
def test_hearsay_or_a_rumour_with_no_copula_is_a_rumour(post: str) -> None:
    assert _readings(post, dt.date(2027, 1, 20)) == {"release_date_announced rumour 2027-03-19"}


@table("post", ["nope, netflix said april 9 for squid game 3 part 2, part 1 is march 19 tho",
                "netflix confirmed april 9 for part 2 of squid game 3 and march 19 for part 1",
                "netflix said part 2 of squid game 3 is april 9, part 1 is march 19"])
def test_part_twos_day_said_first_of_another_show_reads_nothing(post: str) -> None:
    assert _readings(post) == set()


@table("post", ["aouad 2 not officially dated but rumoured for march", "aouad 2 rumoured for march", "aouad 2 rumoured in late march"])
def test_a_month_rumoured_with_no_day_is_a_rumoured_window(post: str) -> None:
    """fix121: read nothing ("rumoured for" a month, where "rumoured to drop in march" was read)."""
    assert _readings(post, dt.date(2027, 1, 20)) == {"release_window rumour"}


@table("post", ["squid game 3 not officially dated but rumoured for march", "aouad 2 not officially dated but squid game 3 rumoured for march"])
def test_another_shows_month_rumoured_reads_nothing(post: str) -> None:
    assert _readings(post, dt.date(2027, 1, 20)) == set()


@table("post", ["aouad 2 march 19 na raw sabi ng netflix", "aouad 2 march 19 daw, sabi ng netflix"])
def test_hearsay_that_names_netflix_is_netflixs_day_reported(post: str) -> None:
    """fix121: read nothing ("na raw" a rumour, then Netflix's word after it); passed on, it is reported, never official."""
    assert _readings(post) == SEASONS_DAY


@table("post", ["march 19 na raw ang squid game 3, aouad 2 wala pa", "squid game 3 march 19 na raw sabi ng netflix", "sabi ni ate march 19 ang birthday ni crush, aouad 2 kelan?"])
def test_hearsay_of_another_show_or_a_birthday_reads_nothing(post: str) -> None:
    assert _readings(post) == set()


def test_a_vietnamese_fans_own_outing_on_a_day_to_watch_the_season_is_no_release_day() -> None:
    """review70a: "mình ra 19/3 xem …" (I go out on 19/3 to watch it) read "ra" as the season's "comes out"."""
    assert _readings("mình ra 19/3 xem Ngôi Trường Xác Sống 2") == set()


@table("post", ["Ngôi Trường Xác Sống 2 sẽ ra 19/3", "Ngôi Trường Xác Sống 2 chính thức ra 19/3", "Ngôi Trường Xác Sống 2 tập 1 ra 19/3"])
def test_the_season_said_to_come_out_on_a_day_in_vietnamese_is_the_day_read(post: str) -> None:
    assert _readings(post) == SEASONS_DAY


@table("post", ["nope, netflix said april 9 for part 2 of aouad 2, part 1 is march 19",
                "no, netflix dijo 9 de abril para la parte 2 de Estamos Muertos 2; la parte 1 es el 19 de marzo",
                # (review70a: each read nothing)
                "nope, netflix said april 9 for aouad 2 part 2, part 1 is march 19", "netflix said april 9 for part 2 of aouad 2, part 1 is march 19 tho",
                "netflix said april 9 for part 2 of aouad 2, part 1 is still march 19",
                # (fix121: each read Part 2's day alone, or nothing)
                "netflix confirmed april 9 for part 2 of aouad 2 and march 19 for part 1", "netflix said part 2 of aouad 2 is april 9, part 1 is march 19"])
def test_part_twos_day_said_before_part_ones_reads_both(post: str) -> None:
    assert _readings(post) == {"release_date_announced reported 2027-03-19", "part_dated reported 2027-04-09"}


def test_a_viewing_plan_for_when_it_drops_reads_the_release() -> None:
    assert _readings("gonna watch aouad 2 tomorrow when it drops!!", dt.date(2027, 3, 18)) == {
        "release_date_announced reported 2027-03-19"}


@table("post", ["gonna watch squid game 3 tomorrow when it drops!!", "gonna watch aouad 1 again tomorrow before s2 drops!!"])
def test_a_viewing_plan_for_another_show_or_a_rewatch_reads_nothing(post: str) -> None:
    assert _readings(post, dt.date(2027, 3, 18)) == set()


@table("post", [
    "aouad 2 " + "episode 2 " * 400 + "april 9",
    "aouad 2 " * 500 + "episode 2 april 9",
    "episode 2 " * 400 + "of aouad 2 april 9",
    "aouad 2 episode 2 " + " " * 4000 + "drops april 9",  # (a line's end was looked for at each of the spaces)
    "僵尸校园2三月" + " " * 4000 + "12号吧？不对",
    "3月 " * 1300 + "12号吧？不对，是19号",
    "aouad 2 drops " + "in march, " * 400 + "on the 19th",
    "aouad 2 " + "drops " * 600 + "in march, on the 19th",
    "netflix said april 9 for part 2 of aouad 2, " + "part 1 is " * 400,
    "netflix said april 9 for " + "aouad 2 " * 500 + "part 2, part 1 is march 19",
    "netflix said part 2 of " + "aouad 2 " * 500 + "is april 9, part 1 is march 19",
    "netflix confirmed april 9 for part 2 of aouad 2 " + "and " * 800 + "march 19 for part 1",
    "aouad 2 " + "not dated but " * 300 + "rumoured for march 19",
    "aouad 2 march 19" + " " * 4000 + "na raw sabi ng netflix",
    "aouad 2 " + "rumoured for " * 400 + "march",
    "aouad 2 " + "ep 2 march 26 " * 400 + ", ep 1 march 19",
    "今学校2 " + "第2話は" * 600 + "4月9日配信、第1話は3月19日",
])
def test_long_posts_of_episodes_months_and_parts_are_read_at_once(post: str) -> None:
    _warm()
    with read_at_once():
        _readings(post)


@table("post", ["part 2 of my aouad 2 theory thread drops april 9, part 1 is march 19",
                "the part 2 fan meeting of aouad 2 is april 2, part 1 is march 19",
                "la parte 2 de Sweet Home 3 llega el 9 de abril y la primera el 19 de marzo",
                "a segunda parte de Round 6 sai 9 de abril, a primeira 19 de março", "스위트홈2 2화 4월 9일 공개, 1화 3월 19일"])
def test_part_ones_day_after_a_thread_an_event_or_another_shows_part_two_reads_nothing(post: str) -> None:
    """s2wild107: our season's name is taken from Part 2's clause only where that part is the season's ("la parte 2 de aouad 2 …")."""
    assert _readings(post) == set()


@table("post", ["지우학 시즌1 재방송 3월 5일, 시즌2는 3월 19일 공개", "aouad s1 4K blu-ray re-release march 12, s2 on netflix march 19",
                "僵尸校园第一季3月5日重播，僵尸校园2 3月19日上线", "aouad s2 on netflix march 19",
                # (review72b: 5 March read, or nothing) season 1 "volta"/"regresa" ("returns on" once in English), joined by "and",
                # season 2 said as "a segunda"
                "Todos Nós Estamos Mortos: temporada 1 volta dia 5 de março, temporada 2 estreia 19 de março",
                "Estamos Muertos: temporada 1 regresa el 5 de marzo y la temporada 2 se estrena el 19 de marzo",
                "Todos Nós Estamos Mortos: a primeira temporada volta dia 5 de março, a segunda estreia 19 de março",
                "僵尸校园第1季3月5日重播，僵尸校园2 3月19日上线", "All of Us Are Dead musim 1 tayang ulang 5 Maret, musim 2 tayang 19 Maret",
                # (fix133: 5 March read) part 1 shown again, "phần" being season or part; French
                "Ngôi Trường Xác Sống phần 1 chiếu lại 5/3, phần 2 ra mắt 19/3", "All of Us Are Dead part 1 tayang ulang 5 Maret, part 2 tayang 19 Maret",
                "All of Us Are Dead saison 1 rediffusée le 5 mars, saison 2 sort le 19 mars",
                # (fix133: read nothing) 1期/2期, "the second season", T1/T2 with the month said once, a press conference's day then 공개's
                "ゾン100… 지금 우리 학교는 1期再放送3月5日、2期は3月19日配信", "今私 1期再放送3月5日、2期は3月19日配信",
                "all of us are dead season 1 returns to netflix march 5, the second season on march 19",
                "Estamos Muertos T1 vuelve el 5 de marzo, T2 se estrena el 19", "Todos Nós Estamos Mortos T1 volta dia 5 de março, T2 estreia dia 19",
                "지우학 시즌2 제작발표회 3월 10일, 공개는 3월 19일", "지우학 시즌2 제작발표회 3월 10일, 3월 19일 공개"])
def test_a_season_one_rerun_or_a_press_conference_beside_ours_leaves_our_day(post: str) -> None:
    """s2wild108: a rerun's or a re-release's day is season 1's, never the premiere's; a press conference's is its own (fix133)."""
    assert _readings(post) == SEASONS_DAY


@table("post", ["aouad s1 rerun march 5, sweet home 2 march 19", "Estamos Muertos 2: el episodio 3 sale el 26 de marzo",
                "Ngôi Trường Xác Sống 2 họp báo ra mắt ngày 16/3", "aouad 2 drops on the 19th but idk which month lol",
                # (fix133: 5 March read) Part 1 back, Part 2's day its own
                "Estamos Muertos parte 1 regresa el 5 de marzo, parte 2 se estrena el 19 de marzo",
                "Todos Nós Estamos Mortos parte 1 volta dia 5 de março, parte 2 estreia 19 de março",
                "지우학 파트1 재방송 3월 5일, 파트2 3월 19일 공개", "僵尸校园第一部3月5日重播，第二部3月19日上线",
                "aouad 2 drops on the 19th (march?)", "지우학2 팬미팅 3월 20일, 공개는 언제?"])
def test_a_rerun_a_later_episode_a_press_conference_or_an_unknown_month_reads_nothing(post: str) -> None:
    """s2wild108: another show's day after a rerun, episode 3's day, a press conference's, a day whose month the fan does not know."""
    assert _readings(post) == set()


@table("post", [
    "aouad s1 rerun, " * 300 + "s2 march 19", "aouad s1 rerun and " * 300 + "s2 march 19",
    "지우학 시즌1 재방송" + " " * 4000 + "3월 5일, 시즌2는 3월 19일 공개",
    "aouad s2 on netflix " + "🧟" * 4000 + " march 19",
    "aouad 2 drops on the 19th " + "which " * 800 + "month",
    "aouad 2: the " * 300 + "episode 3 drops march 26",
    "Estamos Muertos T1 vuelve el 5 de marzo, T2 se estrena" + " el" * 1300 + " 19",
    "今私 1期再放送" + "、2期" * 1300 + "は3月19日配信",
    "aouad 2 drops on the 19th" + " " * 4000 + "(march)", "aouad 2 drops " + "the 19th (" * 400 + "march)",
    "지우학 시즌2 제작발표회 3월 10일, " + "공개 " * 1300 + "3월 19일",
])
def test_long_posts_of_reruns_episodes_and_unknown_months_are_read_at_once(post: str) -> None:
    _warm()
    with read_at_once():
        _readings(post)
