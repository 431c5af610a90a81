"""How far a fan has watched, said beside numbers, counts and people that are no place of theirs (watched_blind13)."""

from __future__ import annotations

from tests.bot.test_show import with_season_two
from tests.bot.test_watched import AFTER_SEASON_TWO, _read
from tests.table import table


@table(("typed", "expected"), [
    ("want to watch ep 9", "S1E8"),
    ("planning to start ep 4 after dinner", "S1E3"),
    ("might watch ep 6 tonight", "S1E5"),
    ("still need to watch ep 7", "S1E6"),
    ("quiero ver el capítulo 9", "S1E8"),
    ("今夜最終話見る", "S1E11"),
    ("คืนนี้จะดูตอน 5", "S1E4"),
    ("tối nay xem tập 9", "S1E8"),
])
def test_an_episode_wished_or_planned_saves_the_one_before_it(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table("typed", ["quiero ver el 10 mañana", "พรุ่งนี้จะดูตอน 5", "明日最終話見る", "ngày mai xem tập 9"])
def test_an_episode_planned_for_tomorrow_is_asked_again(typed: str) -> None:
    assert _read(typed) == "refused"


@table(("typed", "expected"), [
    ("left at ep 3 bc scared", "S1E2"),  # left the show in it: maybe midway
    ("left the show at ep 2, too gory", "S1E1"),
    ("i left it at episode 5 for a week", "S1E4"),
    ("left ep 6 halfway", "S1E5"),
    ("left on read by my crush while on ep 6", "S1E6"),  # "left" of something else
])
def test_an_episode_left_at_saves_the_one_before_it(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table(("typed", "expected"), [
    ("3 days left of winter break, on ep 4", "S1E4"),  # a count of days, not episodes
    ("5 more mins till the pizza comes, ep 7 rn", "S1E7"),
    ("got 9 points in trivia, on ep 10", "S1E10"),
    ("watching at 1.5x, ep 9", "S1E9"),
    ("15 y/o here, ep 7 rn", "S1E7"),
    ("tengo 15 años y voy en el 4", "S1E4"),
    ("tôi 15 tuổi, đang xem tập 3", "S1E3"),
    ("나 17살인데 5화 봄", "S1E5"),
    ("새벽 3시인데 6화 보는 중", "S1E6"),
    ("finished it on 1/28", "S1E12"),
    ("ep 3 was a 9/10", "S1E3"),
    ("took 3 days to finish", "S1E12"),
    ("stayed up til 4 to finish ep 8", "S1E8"),
    ("started at 9pm, now on ep 3", "S1E3"),
    ("ich bin 11 und bei Folge 9", "S1E9"),  # watched19: ages and grades first in more languages
    ("12歳で第9話見てる", "S1E9"),
    ("10th grader on ep 9", "S1E9"),
    ("ep 9 gets a 7️⃣ from me", "S1E9"),  # a score in keycaps
    ("8️⃣ out of 🔟 for ep 10", "S1E10"),
    ("my second time crying today, ep 11", "S1E11"),  # the Nth of something else
    ("came 2nd in my class and finished ep 9", "S1E9"),
    ("finished it on the 2nd of may", "S1E12"),
    ("played Final Fantasy VII all day, only on ep 10", "S1E10"),
])
def test_a_place_beside_an_age_a_time_a_date_or_a_count_of_other_things_is_read(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table("typed", ["2 left in my snack bag", "only 3 more days till s2", "5 more minutes", "30% battery left",
                                   "3 more episodes of my other show first", "과자 2개 남았다", "あと5分で寝る", "còn 5 phút nữa",
                                   "class 2-5", "scored 7/12 on the quiz", "im 16", "finished it on 3/12"])
def test_a_count_or_number_that_may_be_no_episode_saves_nothing(typed: str) -> None:
    assert _read(typed) == "refused"


@table(("typed", "expected"), [
    ("2 eps left but they're the long ones", "S1E10"),  # a count left in a clause of its own
    ("2 left, on ep 10", "S1E10"),
    ("ep 5, 2 left", "refused"),  # a place and a count that disagree
    ("one more ep then bed (ep 10)", "refused"),  # one more tonight: a plan, never a count left (S1E11, so S1E10)
])
def test_a_count_left_beside_other_words_counts_back_from_season_ones_end(typed: str, expected: str) -> None:
    assert _read(typed) == expected


def test_a_count_left_in_a_clause_once_season_two_is_out_is_asked_again() -> None:
    assert _read("2 eps left but they're the long ones", with_season_two(), AFTER_SEASON_TWO) == "refused"


@table(("typed", "expected"), [
    ("2회차 정주행 중", "S1E12"),
    ("estoy viéndola por segunda vez", "S1E12"),
    ("reassistindo pela terceira vez", "S1E12"),
    ("nonton ulang dari ep 1", "S1E12"),
    ("xem lại lần 2", "S1E12"),
    ("ดูรอบสอง", "S1E12"),
])
def test_the_show_rewatched_in_other_languages_was_seen_to_its_end(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table(("typed", "expected"), [
    ("mi hermana va en el 10 y yo en el 3", "S1E3"),
    ("yung kapatid ko nasa ep 11 na, ako ep 4 pa lang", "S1E4"),
    ("adikku udah ep 9, aku baru ep 2", "S1E2"),
    ("友達は全部見たけど私はまだ3話", "S1E3"),
    ("bạn mình xem hết rồi, mình mới tập 4", "S1E4"),
    ("เพื่อนดูจบแล้ว ส่วนเราดูถึงตอนที่ 6", "S1E6"),
    ("my friends are all on ep 12 and i'm stuck on 6", "S1E6"),
    ("bestie spoiled ep 11 for me and im on ep 5", "S1E5"),
])
def test_the_fans_own_place_beside_a_friends_is_theirs(typed: str, expected: str) -> None:
    assert _read(typed) == expected


@table("typed", ["mi hermana va en el 10", "adikku udah ep 9", "友達は10話", "bạn mình đang xem tập 10",
                                   "เพื่อนดูถึงตอนที่ 10", "bestie is on ep 9"])
def test_a_friends_place_alone_is_asked_again(typed: str) -> None:
    assert _read(typed) == "refused"


@table(("typed", "expected"), [
    ("terminei a 1ª temporada", "S1E12"),
    ("시즌1 다 봤고 시즌2 기다리는 중", "S1E12"),
    ("6화 finish", "S1E6"),
    ("parei no 9 ontem", "S1E8"),
    ("tapos na ako sa ep 9", "S1E9"),
])
def test_more_ways_to_say_progress_in_other_languages_are_read(typed: str, expected: str) -> None:
    assert _read(typed) == expected


def test_season_one_finished_in_portuguese_stays_season_ones_once_season_two_is_out() -> None:
    assert _read("terminei a 1ª temporada", with_season_two(), AFTER_SEASON_TWO) == "S1E12"
