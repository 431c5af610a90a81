"""Chat beside an open question of our pack in Vietnamese, Spanish and Indonesian (held95-held100): disgust before a
person, a name before praise of the pair, an episode or a count as a Vietnamese number word, a stretch of episodes,
Tagalog and Korean talk, Tagalog "ba?" after a guess, Tagalog "hindi X", a name groaned at again, clock times and days
of a month (held100; bot.trivia.chatabroad, bot.trivia.clocks, bot.trivia.thaiviet, bot.trivia.koreanverdict)."""

from __future__ import annotations

import pytest

from bot.trivia.matching import Verdict
from bot.trivia.model import Question
from tests.stall import read_at_once
from tests.trivia.pack_judging import Pack, judge, load_pack

KISS = Question(id="t-kiss", text="Which two students kiss in episode 7?", answers=("Su-hyeok and Nam-ra",))


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack()


@pytest.mark.parametrize("text", ["ghê con namra", "ghe con namra"])
def test_vietnamese_disgust_before_the_answered_name_costs_no_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-034") is Verdict.CHAT


def test_vietnamese_disgust_before_the_animal_typed_without_marks_scores(pack: Pack) -> None:
    assert judge(pack, "ghe con chuot", "aouad-064") is Verdict.RIGHT


def test_vietnamese_disgust_before_another_animal_typed_without_marks_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "ghe con meo", "aouad-064") is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["namra, lindos los dos", "namra, gemes banget mereka berdua"])
def test_a_name_then_both_praised_guesses_that_name(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-034") is Verdict.RIGHT


def test_a_name_then_they_are_lovely_guesses_that_name(pack: Pack) -> None:
    assert judge(pack, "onjo, son lindos", "aouad-056") is Verdict.RIGHT


def test_the_pair_then_both_praised_scores(pack: Pack) -> None:
    assert judge(pack, "suhyeok y namra, lindos los dos", KISS) is Verdict.RIGHT


def test_another_pair_then_both_praised_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "onjo y cheongsan, lindos los dos", KISS) is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["tập ba", "ep ba", "tap ba"])
def test_episode_three_in_vietnamese_number_words_scores(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-123") is Verdict.RIGHT


def test_episode_two_in_vietnamese_number_words_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "tập hai", "aouad-123") is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["ano ba, ang hirap", "ano ep ba", "tập này buồn quá"])
def test_tagalog_ba_and_vietnamese_episode_talk_cost_no_guess_where_three_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-123") is Verdict.CHAT


def test_another_name_then_disgust_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "ms park, ew", "aouad-058") is Verdict.WRONG_ATTEMPT


def test_talk_then_disgust_costs_no_guess(pack: Pack) -> None:
    assert judge(pack, "so gross, ew", "aouad-058") is Verdict.CHAT


def test_tagalog_you_are_wrong_sis_then_another_name_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "mali ka bes, hari yan", "aouad-034") is Verdict.WRONG_ATTEMPT


def test_tagalog_you_are_wrong_sis_then_the_answer_scores(pack: Pack) -> None:
    assert judge(pack, "mali ka bes, namra yan", "aouad-034") is Verdict.RIGHT


def test_i_meant_another_name_then_a_laugh_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "quise decir onjo jaja", "aouad-034") is Verdict.WRONG_ATTEMPT


def test_another_pair_praised_in_vietnamese_after_a_comma_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "cheongsan và onjo, dễ thương quá", KISS) is Verdict.WRONG_ATTEMPT


def test_the_pair_praised_in_vietnamese_after_a_comma_scores(pack: Pack) -> None:
    assert judge(pack, "suhyeok và namra, dễ thương quá", KISS) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["dễ thương quá hai đứa", "lindos los dos"])
def test_both_praised_in_vietnamese_or_spanish_costs_no_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, KISS) is Verdict.CHAT


@pytest.mark.parametrize("text", ["清山 " * 1300, "清山" * 2000, "不是南罗" * 1000])
def test_a_long_run_of_a_name_in_chinese_characters_is_read_at_once(pack: Pack, text: str) -> None:
    judge(pack, "南罗", "aouad-034")  # (the question's answers prepared first, as in a game)
    with read_at_once():  # (the name denied was looked for from every letter: 4,000 characters of "清山 " took 5 s)
        judge(pack, text, "aouad-034")


@pytest.mark.parametrize("text", ["q lindos los dos", "gemes banget mereka berdua", "gemes bgt mereka berdua wkwk", "cute silang dalawa"])
def test_both_praised_as_fans_type_it_costs_no_guess_where_one_name_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-034") is Verdict.CHAT


def test_a_name_then_both_praised_in_tagalog_guesses_that_name(pack: Pack) -> None:
    assert judge(pack, "namra, cute silang dalawa", "aouad-034") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["mali ka dyan", "mali ka jan lol"])
def test_tagalog_you_are_wrong_there_costs_no_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-034") is Verdict.CHAT


def test_tagalog_you_are_wrong_there_then_the_answer_scores(pack: Pack) -> None:
    assert judge(pack, "mali ka dyan, namra yan", "aouad-034") is Verdict.RIGHT


# held96: Vietnamese counts and episodes, a stretch of episodes, praise of both in Portuguese, Tagalog and Korean talk


@pytest.mark.parametrize("text", ["ep ba lol", "tap ba haha", "ep ba lol!!", "ep ba nha", "tap ba nhe", "ep ba xd", "ep ba đó"])
def test_episode_three_in_vietnamese_number_words_with_a_laugh_or_a_particle_scores(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-123") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["ep ba lol", "ep ba nha"])
def test_episode_three_with_a_laugh_or_a_particle_where_twelve_answers_is_a_wrong_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-131") is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["ba tập cuối buồn quá", "the last 3 episodes so sad", "the first 3 episodes were slow",
                                  "the final 3 episodes so sad", "los últimos 3 episodios 😭", "os 3 últimos episódios 😭",
                                  "3 episode terakhir bikin nangis", "the last 6 were better",
                                  "yung huling 3 episodes grabe", "3 ตอนสุดท้ายเศร้ามาก", "last 3 were brutal"])
def test_the_last_or_first_episodes_counted_cost_no_guess_where_an_episode_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-131") is Verdict.CHAT


@pytest.mark.parametrize(("text", "asked", "verdict"), [
    ("ep 12, the last 3 episodes were brutal", "aouad-131", Verdict.RIGHT),
    ("ep 12, the last 3 episodes were brutal", "aouad-123", Verdict.WRONG_ATTEMPT),
    ("ep 7, the first 2 eps were slow tho", "aouad-127", Verdict.RIGHT),
    ("ep 12 né, os 3 últimos episódios 😭", "aouad-131", Verdict.RIGHT),
    ("ep 12 po, yung huling 3 episodes grabe", "aouad-123", Verdict.WRONG_ATTEMPT),
    ("ep 12! the last 3 episodes were brutal", "aouad-131", Verdict.RIGHT),
    ("ep 12 - the last 3 were brutal", "aouad-131", Verdict.RIGHT),
    ("ep 12 - the last 3 were brutal", "aouad-123", Verdict.WRONG_ATTEMPT),
    ("ep 6 né, os 6 últimos episódios 😭", "aouad-126", Verdict.RIGHT),
    ("ep 3! lol the last 3 were brutal", "aouad-123", Verdict.RIGHT),
    ("ep 3! lol the last 3 were brutal", "aouad-131", Verdict.WRONG_ATTEMPT),
])
def test_an_episode_then_a_stretch_of_episodes_remarked_on_guesses_that_episode(pack: Pack, text: str, asked: str, verdict: Verdict) -> None:
    assert judge(pack, text, asked) is verdict


@pytest.mark.parametrize("text", ["namra, the last 3 episodes were brutal", "onjo, the last 3 were brutal", "namra! the last 3 episodes were brutal",
                                  "namra! lol the last 3 were brutal"])
def test_a_name_then_a_stretch_of_episodes_costs_no_guess_where_an_episode_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-131") is Verdict.CHAT


def test_a_name_then_a_stretch_of_episodes_is_a_guess_of_that_name_where_a_name_answers(pack: Pack) -> None:
    assert judge(pack, "namra, the last 3 episodes were brutal", "aouad-056") is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["the last episode so sad", "last episode so sad", "the finale so sad", "final ep was brutal", "the last episode hurt",
                                  "the last episode ang sakit"])
def test_the_last_episode_remarked_on_costs_no_guess_where_an_episode_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-131") is Verdict.CHAT


@pytest.mark.parametrize("text", ["the last episode", "the last episode 😭", "last episode i think", "ep 12 so sad"])
def test_the_last_episode_alone_or_an_episode_number_with_a_feeling_still_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-131") is Verdict.RIGHT


PART_2 = Question(id="t-part-2", text="How many episodes are in Part 2?", answers=("6",))


@pytest.mark.parametrize("text", ["the last 6 episodes", "last 6 eps", "sáu tập cuối"])
def test_the_last_episodes_counted_score_where_episodes_are_counted(pack: Pack, text: str) -> None:
    assert judge(pack, text, PART_2) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["the last 5 episodes", "ba tập cuối"])
def test_another_count_of_the_last_episodes_is_a_wrong_guess_where_episodes_are_counted(pack: Pack, text: str) -> None:
    assert judge(pack, text, PART_2) is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["12 eps, the last 3 episodes were the best", "the last 12 episodes"])
def test_the_seasons_length_beside_a_stretch_of_it_scores(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-136") is Verdict.RIGHT


def test_a_count_of_episodes_alone_is_still_a_wrong_guess_where_an_episode_answers(pack: Pack) -> None:
    assert judge(pack, "12 episodes", "aouad-131") is Verdict.WRONG_ATTEMPT


def test_vietnamese_six_with_the_counter_for_kids_scores(pack: Pack) -> None:
    assert judge(pack, "sáu đứa", "aouad-118") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["ba mẹ tôi khóc luôn", "ba giờ sáng rồi mà vẫn chơi"])
def test_vietnamese_ba_as_dad_or_an_hour_costs_no_guess_where_a_count_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-118") is Verdict.CHAT


@pytest.mark.parametrize("text", ["hai cái gì", "hai cái gì?"])
def test_vietnamese_two_what_costs_no_guess_where_a_count_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-118") is Verdict.CHAT


@pytest.mark.parametrize("text", ["ba", "ba?"])
def test_vietnamese_ba_alone_where_three_answers_scores(pack: Pack, text: str) -> None:
    assert judge(pack, text, Question(id="t-octopus", text="How many hearts does an octopus have?", answers=("Three",))) is Verdict.RIGHT


@pytest.mark.parametrize("text", ["ba", "ba?"])
def test_vietnamese_ba_alone_where_another_count_answers_is_a_wrong_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-118") is Verdict.WRONG_ATTEMPT


def test_vietnamese_the_first_two_things_costs_no_guess_where_a_count_answers(pack: Pack) -> None:
    assert judge(pack, "hai cái đầu tiên dễ hơn", Question(id="t-octopus", text="How many hearts does an octopus have?", answers=("Three",))) is Verdict.CHAT


@pytest.mark.parametrize("text", ["ba đứa kia chết rồi", "sáu đứa kia chết rồi"])
def test_vietnamese_those_kids_told_of_cost_no_guess_where_a_count_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-118") is Verdict.CHAT


@pytest.mark.parametrize("text", ["the other 6 died", "those 6 kids died", "the other six died", "those six kids died", "those 6 died lol",
                                  "6 others died", "los otros 6 murieron", "6 lainnya mati semua", "6 others got it lol"])
def test_others_counted_and_told_of_cost_no_guess_where_a_count_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-118") is Verdict.CHAT


@pytest.mark.parametrize("text", ["6 kids survive", "six survive", "sáu đứa sống sót", "6, others died", "sáu hả?",
                                  # (a number first, then talk: fix125, were chat)
                                  "anim, the others died", "6 survived, others died", "six, 6 others died :("])
def test_a_count_said_of_the_survivors_is_still_a_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-118") is Verdict.RIGHT


def test_vietnamese_ba_alone_where_no_number_answers_is_no_count(pack: Pack) -> None:
    assert judge(pack, "ba", "aouad-034") is not Verdict.RIGHT


def test_both_praised_in_portuguese_with_demais_costs_no_guess(pack: Pack) -> None:
    assert judge(pack, "lindos demais os dois", "aouad-056") is Verdict.CHAT


def test_a_name_then_praise_with_demais_guesses_that_name(pack: Pack) -> None:
    assert judge(pack, "onjo, lindos demais", "aouad-056") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["hindi ka mali lol", "hindi ka mali", "hindi ka mali, tama ka"])
def test_tagalog_you_are_not_wrong_costs_no_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-097") is Verdict.CHAT


@pytest.mark.parametrize(("text", "verdict"), [("hindi ka mali, onjo talaga", Verdict.RIGHT), ("hindi ka mali, namra", Verdict.WRONG_ATTEMPT)])
def test_tagalog_you_are_not_wrong_then_a_name_guesses_that_name(pack: Pack, text: str, verdict: Verdict) -> None:
    assert judge(pack, text, "aouad-056") is verdict


@pytest.mark.parametrize("text", ["namra talaga", "hindi ka mali, namra talaga"])
def test_another_name_then_tagalog_really_is_one_wrong_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-056") is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["ano ba", "ano ba?"])
def test_tagalog_come_on_alone_costs_no_guess_where_a_name_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-056") is Verdict.CHAT


@pytest.mark.parametrize("text", ["né?", "ba?", "sei lá né", "que difícil né", "onjo, hindi siguro", "onjo? no creo", "onjo? acho que não",
                                  "onjo, bukan deh", "onjo? probably not", "sure ka ba?", "totoo ba? 😂",
                                  "onjo? hindi yata", "namra? hindi yata", "onjo, parang hindi"])
def test_portuguese_ne_or_tagalog_ba_alone_closing_talk_or_doubting_a_name_costs_no_guess_where_a_name_answers(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-056") is Verdict.CHAT


@pytest.mark.parametrize("text", ["onjo né", "onjo ba?", "é a onjo né"])
def test_a_name_then_ne_or_ba_is_still_that_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-056") is Verdict.RIGHT


@pytest.mark.parametrize(("text", "verdict"), [("onjo talaga, hindi namra", Verdict.RIGHT), ("namra talaga, hindi onjo", Verdict.WRONG_ATTEMPT),
                                               ("onjo hindi namra", Verdict.RIGHT), ("namra hindi onjo", Verdict.WRONG_ATTEMPT),
                                               # (a name doubted, then another: review71a, were one wrong guess of the first)
                                               ("namra? probably not, onjo", Verdict.RIGHT), ("namra? hindi siguro. onjo", Verdict.RIGHT),
                                               ("namra? prob not... onjo!", Verdict.RIGHT), ("namra hindi yata. onjo", Verdict.RIGHT), ("onjo? no creo, namra", Verdict.WRONG_ATTEMPT)])
def test_a_name_then_tagalog_not_another_or_a_doubted_name_then_another_guesses_the_name_kept(pack: Pack, text: str, verdict: Verdict) -> None:
    assert judge(pack, text, "aouad-056") is verdict


OCTOPUS = Question(id="t-octopus", text="How many hearts does an octopus have?", answers=("Three",))


@pytest.mark.parametrize(("text", "asked", "verdict"), [
    ("tatlo ba?", OCTOPUS, Verdict.RIGHT), ("dalawa ba?", OCTOPUS, Verdict.WRONG_ATTEMPT), ("anim ba?", "aouad-118", Verdict.RIGHT),
    ("ep 3 ba?", "aouad-123", Verdict.RIGHT), ("ep 3 ba?", "aouad-131", Verdict.WRONG_ATTEMPT), ("ep 3 né", "aouad-123", Verdict.RIGHT),
    ("anim ba? ang dami ah", "aouad-118", Verdict.RIGHT), ("lima ba? ang konti ah", "aouad-118", Verdict.WRONG_ATTEMPT),
])
def test_tagalog_ba_or_portuguese_ne_after_a_number_asks_is_it_that_number_a_guess(pack: Pack, text: str, asked: str | Question, verdict: Verdict) -> None:
    assert judge(pack, text, asked) is verdict


def test_korean_no_between_two_names_guesses_the_second(pack: Pack) -> None:
    assert judge(pack, "onjo, 아니 남라", "aouad-097") is Verdict.RIGHT


def test_tagalog_wrong_then_another_name_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "mali ka, onjo yan", "aouad-097") is Verdict.WRONG_ATTEMPT


@pytest.mark.parametrize("text", ["귀남이지 뭐, 으 싫어", "귀남이지 뭐, 진짜 싫어", "귀남이지 뭐. 아 싫어", "당연히 귀남이지, 싫어", "귀남이지 으 싫어 ㅋㅋ"])
def test_korean_its_the_answer_then_disgust_scores(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-087") is Verdict.RIGHT


@pytest.mark.parametrize("text", ["모르지 뭐, 싫어", "그렇지 뭐, 으 싫어", "당연하지 뭐 싫어"])
def test_korean_i_dunno_or_thats_how_it_is_then_disgust_costs_no_guess(pack: Pack, text: str) -> None:
    assert judge(pack, text, "aouad-087") is Verdict.CHAT


def test_korean_its_another_name_then_disgust_is_a_wrong_guess(pack: Pack) -> None:
    assert judge(pack, "수혁이지 뭐, 싫어", "aouad-087") is Verdict.WRONG_ATTEMPT


def test_korean_i_hate_a_name_costs_no_guess(pack: Pack) -> None:
    assert judge(pack, "귀남 싫어", "aouad-087") is Verdict.CHAT


@pytest.mark.parametrize(("text", "verdict"), [("hindi onjo", Verdict.CHAT), ("hindi onjo yan", Verdict.CHAT),
                                               ("hindi onjo, namra", Verdict.WRONG_ATTEMPT), ("hindi namra, onjo", Verdict.RIGHT),
                                               # ("hindi pero": no, but)
                                               ("hindi pero onjo", Verdict.RIGHT), ("hindi pero namra", Verdict.WRONG_ATTEMPT),
                                               # (asked, "isn't it / could it be X?": X guessed; a full stop before the correction)
                                               ("hindi onjo?", Verdict.RIGHT), ("hindi onjo ba?", Verdict.RIGHT),
                                               ("hindi kaya onjo?", Verdict.RIGHT), ("hindi namra. onjo", Verdict.RIGHT)])
def test_tagalog_not_a_name_opening_the_message_rules_that_name_out(pack: Pack, text: str, verdict: Verdict) -> None:
    assert judge(pack, text, "aouad-056") is verdict


@pytest.mark.parametrize(("text", "verdict"), [("onjo again?? 😭", Verdict.CHAT), ("onjo na naman 😭", Verdict.CHAT),
                                               ("siapa yang jawab onjo wkwk", Verdict.CHAT), ("quién dijo onjo jaja", Verdict.CHAT),
                                               ("onjo again", Verdict.RIGHT),
                                               # (one's own guess after the question of who said it)
                                               ("siapa yang jawab onjo? namra kan", Verdict.WRONG_ATTEMPT),
                                               ("who said namra? onjo", Verdict.RIGHT), ("siapa yang jawab onjo? aku wkwk", Verdict.CHAT),
                                               # ("yg", as Indonesians type "yang")
                                               ("siapa yg jawab namra? onjo lah", Verdict.RIGHT), ("siapa yg jawab onjo wkwk", Verdict.CHAT),
                                               # (Tagalog asking who; "u": the one asking said it, no guess)
                                               ("sino sumagot ng namra? si onjo yun", Verdict.RIGHT), ("who said namra? u", Verdict.CHAT),
                                               ("quem falou onjo kkk", Verdict.CHAT)])
def test_a_name_groaned_at_again_or_asked_who_said_it_costs_no_guess(pack: Pack, text: str, verdict: Verdict) -> None:
    assert judge(pack, text, "aouad-056") is verdict


AUGUST = Question(id="t-august", text="How many days are there in the month of August?", answers=("31",))


@pytest.mark.parametrize(("text", "asked", "verdict"), [
    ("ep 3 at 9pm", "aouad-135", Verdict.CHAT), ("a las 9 lo vemos", "aouad-135", Verdict.CHAT), ("jam 9 malam nonton", "aouad-135", Verdict.CHAT),
    ("9시에 보자", "aouad-135", Verdict.CHAT), ("4pm na dito", "aouad-115", Verdict.CHAT), ("tháng 4", "aouad-115", Verdict.CHAT),
    ("s2 on 12/5 daw", "aouad-136", Verdict.CHAT), ("aug 31 bday ko", AUGUST, Verdict.CHAT), ("ngày 31 tháng 8", AUGUST, Verdict.CHAT),
    # (a count of hours or months is still a count)
    ("4 tháng", "aouad-115", Verdict.RIGHT), ("4개월", "aouad-115", Verdict.RIGHT), ("31 days", AUGUST, Verdict.RIGHT),
    # (a count typed first, then a stop and the date: the count guessed)
    ("12 episodes, s2 on 12/5", "aouad-136", Verdict.RIGHT), ("10 episodes, s2 on 12/5", "aouad-136", Verdict.WRONG_ATTEMPT),
    # (an episode or a season named first, then the hour or the day: still talk, review72d)
    ("ep 3, at 9pm", "aouad-123", Verdict.CHAT), ("s2, on 12/5", "aouad-136", Verdict.CHAT),
    ("rewatching ep 10, s2 on 12/5", "aouad-136", Verdict.CHAT),
    # (a number, then the date in brackets; what is meant after the hour)
    ("31 (aug 31 is my bday)", AUGUST, Verdict.RIGHT), ("9 pm ba? i mean ep 9", "aouad-135", Verdict.RIGHT),
])
def test_a_clock_time_or_a_day_of_a_month_is_no_count_nor_episode(pack: Pack, text: str, asked: str | Question, verdict: Verdict) -> None:
    assert judge(pack, text, asked) is verdict


@pytest.mark.parametrize(("text", "asked", "verdict"), [("6 months, the rest were boring", "aouad-115", Verdict.WRONG_ATTEMPT),
                                                        ("4 months, the rest were boring", "aouad-115", Verdict.RIGHT),
                                                        ("5 kids, the rest died", "aouad-118", Verdict.WRONG_ATTEMPT),
                                                        ("6 kids, it was sad", "aouad-118", Verdict.RIGHT),
                                                        ("6 students, it was sad", "aouad-118", Verdict.RIGHT),
                                                        ("3 friends, we watched it together", "aouad-118", Verdict.CHAT),
                                                        ("4 people, we are watching now", "aouad-118", Verdict.CHAT),
                                                        ("6 friends, we watched it together", "aouad-118", Verdict.CHAT)])
def test_a_count_and_its_unit_then_a_stop_and_a_remark_is_that_count_guessed(pack: Pack, text: str, asked: str, verdict: Verdict) -> None:
    assert judge(pack, text, asked) is verdict


@pytest.mark.parametrize("text", ["ba tập cuối " * 500, "ep ba " + "lol " * 1000, "으 " * 2000 + "싫어", "진짜 " * 2000 + "싫어",
                                  "ep 12, the last 3 episodes " * 150, "hindi ka mali, " * 280, "싫어 " + "ㅋ " * 2000, "hai cái đầu " * 330,
                                  "ba đứa kia " * 360, "สุดท้าย" * 570, "ep 12! the last 3 " * 220, "1! - " * 800, "onjo, hindi " * 330,
                                  "sáu hả? " * 500, "a las 9:3" * 440, "12 de agosto " * 300, "hindi " * 660 + "onjo",
                                  "12, " * 1000 + "on 12/5", "hindi pero " * 360, "who said onjo? " * 260,
                                  "hindi " + "onjo " * 800 + "?", "hindi namra" + "." * 4000 + "onjo", "9 pm " + "i mean " * 570])
def test_long_vietnamese_and_korean_chat_is_read_at_once(pack: Pack, text: str) -> None:
    judge(pack, "ep ba", "aouad-131")
    with read_at_once():
        judge(pack, text, "aouad-131")


@pytest.mark.parametrize(("text", "asked"), [("9 am i right?", "aouad-135"), ("4 am i right", "aouad-115")])
def test_a_number_then_am_i_right_is_that_number_guessed_not_a_clock_time(pack: Pack, text: str, asked: str) -> None:
    assert judge(pack, text, asked) is Verdict.RIGHT  # (review72a: was talk, "9 am" read as the hour)
