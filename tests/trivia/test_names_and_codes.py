"""Given names alone, codes of two letters and episodes named by their place: which typed forms
answer, and which name a second candidate (bot.trivia.variants, bot.trivia.pairs, bot.trivia.typedforms)."""

from __future__ import annotations

from bot.lore.names import Entity, NameResolver
from bot.show import EpisodeInfo, ShowShape
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.table import table


def _asked(text: str, *answers: str, others: tuple[tuple[str, str], ...] = ()) -> tuple[AnswerMatcher, Question]:
    question = Question(id="n-1", text=text, answers=answers, list_name="arts")
    pool = [question, *(Question(id=f"n-{i + 2}", text=t, answers=(a,), list_name="arts") for i, (t, a) in enumerate(others))]
    return AnswerMatcher(lists=pool), question


def test_the_given_name_alone_is_not_the_person_when_the_answers_give_the_surname_alone() -> None:
    matcher, huxley = _asked("Who is the author of Brave New World?", "Aldous Huxley", "huxley",
                             others=(("Who wrote 1984?", "George Orwell"),))
    assert matcher.judge("huxley", huxley).verdict is Verdict.RIGHT
    assert matcher.judge("aldous huxley", huxley).verdict is Verdict.RIGHT
    assert matcher.judge("aldous", huxley).verdict is not Verdict.RIGHT


def test_a_korean_given_name_alone_is_not_the_actor_when_the_list_does_not_give_it() -> None:
    matcher, actor = _asked("Who plays Lee Cheong-san?", "Yoon Chan-young", "Chan-young Yoon")
    assert matcher.judge("chan-young yoon", actor).verdict is Verdict.RIGHT
    assert matcher.judge("chan-young", actor).verdict is not Verdict.RIGHT


def test_a_hyphenated_western_given_name_alone_still_answers() -> None:
    matcher, picard = _asked("Who is the captain of the Enterprise-D?", "Jean-Luc Picard")
    assert matcher.judge("jean-luc", picard).verdict is Verdict.RIGHT


def test_another_code_beside_a_two_letter_symbol_is_a_second_candidate() -> None:
    matcher, gold = _asked('What is the element symbol of "Gold"?', "Au",
                           others=(('What is the element symbol of "Silver"?', "Ag"),))
    assert matcher.judge("ag au", gold).verdict is Verdict.SEVERAL_ANSWERS
    assert matcher.judge("its au", gold).verdict is Verdict.RIGHT
    assert matcher.judge("Au 🥇", gold).verdict is Verdict.RIGHT


def _episode_question(episode: str) -> Question:
    return Question(id=f"ep-{episode}", text="In which episode does the rescue happen?", answers=(episode,))


def _show(episodes: int) -> ShowShape:
    shape = ShowShape()
    shape.add_episodes(1, [EpisodeInfo(1, n) for n in range(1, episodes + 1)])
    return shape


@table("text", ["the finale", "last episode", "the last one", "season finale", "final ep"])
def test_an_episode_named_as_the_last_is_the_last_the_show_has(text: str) -> None:
    matcher = AnswerMatcher(shape=_show(12))
    assert matcher.judge(text, _episode_question("12")).verdict is Verdict.RIGHT
    assert matcher.judge(text, _episode_question("11")).verdict is not Verdict.RIGHT
    longer = AnswerMatcher(shape=_show(16))  # the shape, not a fixed twelve
    assert longer.judge(text, _episode_question("12")).verdict is not Verdict.RIGHT
    assert longer.judge(text, _episode_question("16")).verdict is Verdict.RIGHT


def test_the_last_episode_follows_the_show_as_its_episodes_are_listed() -> None:
    shape = _show(12)
    matcher = AnswerMatcher(shape=shape)
    finale = _episode_question("16")
    assert matcher.judge("the finale", finale).verdict is not Verdict.RIGHT
    shape.add_episodes(1, [EpisodeInfo(1, n) for n in range(1, 17)])  # the listing grows on a running bot
    assert matcher.judge("the finale", finale).verdict is Verdict.RIGHT


@table("text", ["second to last episode", "the episode before the finale", "penultimate episode"])
def test_an_episode_named_as_the_one_before_the_last_is_that_one(text: str) -> None:
    matcher = AnswerMatcher(shape=_show(12))
    assert matcher.judge(text, _episode_question("11")).verdict is Verdict.RIGHT
    assert matcher.judge(text, _episode_question("12")).verdict is not Verdict.RIGHT


def test_the_pilot_is_the_first_episode() -> None:
    matcher = AnswerMatcher(shape=_show(12))
    assert matcher.judge("the pilot", _episode_question("1")).verdict is Verdict.RIGHT
    assert matcher.judge("the pilot", _episode_question("2")).verdict is not Verdict.RIGHT


def test_an_episode_place_is_read_only_for_questions_about_the_show() -> None:
    other = Question(id="st-ep", text="In which episode does Data die?", answers=("12",), list_name="startrek")
    assert AnswerMatcher(shape=_show(12)).judge("the finale", other).verdict is not Verdict.RIGHT


_YOON = Entity("person", "yoon-chan-young", "Yoon Chan-young")
_SONG = Entity("character", "song-jae-ik", "Song Jae-ik")
_LORE = NameResolver([(_YOON, ("Yoon Chan-yeong", "Chan-young"), (), "윤찬영"), (_SONG, ("Jae-ik",), (), "송재익")])


def test_a_name_the_lore_only_finds_like_the_answer_is_not_the_answer() -> None:
    matcher = AnswerMatcher(_LORE)
    detective = Question(id="c-1", text="Which detective questions the teacher?", answers=("Song Jae-ik", "Jae-ik"))
    assert matcher.judge("its song jae-ik", detective).verdict is Verdict.RIGHT
    assert matcher.judge("song jae-min", detective).verdict is not Verdict.RIGHT


def test_eo_typed_for_a_romanized_plain_o_is_another_korean_word() -> None:
    matcher = AnswerMatcher()
    yongin = Question(id="k-1", text="Which city is the Korean Folk Village in?", answers=("Yongin",))
    assert matcher.judge("yeongin", yongin).verdict is not Verdict.RIGHT
    assert matcher.judge("yong-in", yongin).verdict is Verdict.RIGHT
    actor = Question(id="k-2", text="Who plays Lee Cheong-san?", answers=("Yoon Chan-young",))
    assert matcher.judge("yoon chan-yong", actor).verdict is Verdict.RIGHT  # the old romanization's "o" for ㅓ


def test_a_phrase_offered_against_a_phrase_answer_is_a_second_candidate() -> None:
    matcher = AnswerMatcher()
    title = Question(id="t-1", text="What does the Korean title literally mean?", answers=("Now at Our School",))
    assert matcher.judge("now at our school or all of us are dead", title).verdict is Verdict.SEVERAL_ANSWERS
    assert matcher.judge("now at our school or something like that", title).verdict is Verdict.RIGHT
    assert matcher.judge("now at our school lol", title).verdict is Verdict.RIGHT


def test_a_place_said_with_the_korean_particle_of_where_is_the_place() -> None:
    matcher = AnswerMatcher()
    where = Question(id="w-1", text="Where is the teacher bitten?", answers=("The police station", "경찰서"))
    assert matcher.judge("경찰서에서", where).verdict is Verdict.RIGHT
    assert matcher.judge("경찰서에서요", where).verdict is Verdict.RIGHT


@table(("text", "verdict"), [("7화요", Verdict.RIGHT), ("7화야", Verdict.RIGHT), ("8화요", Verdict.WRONG_ATTEMPT)])
def test_an_episode_counted_in_korean_with_an_ending_is_that_episode(text: str, verdict: Verdict) -> None:
    episode = Question(id="k-ep", text="In which episode do they kiss?", answers=("7", "episode 7"))
    assert AnswerMatcher().judge(text, episode).verdict is verdict


@table("text", ["onjo's dad", "onjo dad", "on-jo's father", "온조 아빠", "온조 아버지"])
def test_kin_said_with_its_everyday_or_korean_word_is_the_answer(text: str) -> None:
    father = Question(id="kin-1", text="Who leads the students out of the gym?", answers=("Nam So-ju", "On-jo's father"))
    assert AnswerMatcher().judge(text, father).verdict is Verdict.RIGHT


def test_another_kin_word_is_not_the_answer() -> None:
    father = Question(id="kin-1", text="Who leads the students out of the gym?", answers=("Nam So-ju", "On-jo's father"))
    assert AnswerMatcher().judge("onjo's mom", father).verdict is not Verdict.RIGHT


@table(("text", "verdict"), [("2x", Verdict.RIGHT), ("x2", Verdict.RIGHT), ("3x", Verdict.WRONG_ATTEMPT),
                                               ("2x or 3x", Verdict.SEVERAL_ANSWERS)])
def test_a_multiple_written_with_x_is_that_multiple(text: str, verdict: Verdict) -> None:
    ratio = Question(id="mul-1", text="Compared with last year, its viewing was roughly...?", answers=("Double", "twice"))
    assert AnswerMatcher().judge(text, ratio).verdict is verdict


@table("typed", ["11", "eleven", "11화", "ep 11"])
def test_the_episode_number_alone_answers_an_imported_list_that_says_episode_n(typed: str) -> None:
    asked = Question(id="imp-ep", text="In which episode does the rescue happen?", answers=("Episode 11",), list_name="mylist")
    assert AnswerMatcher().judge(typed, asked).verdict is Verdict.RIGHT
    assert AnswerMatcher().judge("12", asked).verdict is not Verdict.RIGHT
