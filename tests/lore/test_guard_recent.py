"""The guard's memory of a guarded channel's last few messages (bot/lore/guard_recent.py): a plain bare answer is
read with the question just asked above it, by someone else, and with nothing else. Plain Python, no bot started; the
answer taken down through the local Discord is in tests/cogs/lore/test_spoiler_guard.py."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import ManualClock
from bot.lore.content import bundled_pack
from bot.lore.guard_recent import ANSWERED_WITHIN, CHANNELS, RecentAsks
from bot.lore.lexicon import lexicon_of

START = dt.datetime(2026, 12, 6, 3, 0, tzinfo=dt.UTC)
ASKER, ANSWERER = 1, 2


def _channel(*said: tuple[int, str], answer: str, by: int = ANSWERER, gap: dt.timedelta = dt.timedelta(seconds=20)) -> str:
    """The question a plain `answer` is read with, after `said` (author, text) in a quiet channel."""
    clock = ManualClock(START)
    recent = RecentAsks(clock, lexicon_of(bundled_pack()).gender_of)  # as the bot's library builds it
    for author, text in said:
        recent.follows(1, author, text)
        clock.advance(dt.timedelta(seconds=5))
    clock.advance(gap)
    return recent.follows(1, by, answer)


@pytest.mark.parametrize("answer", ["yeah 😭", "not really", "ep 11", "gwinam", "💀", "응 ㅠㅠ", "sí 🥹",
                                    "yeah he does in the end 😭", "it was gwinam i think", "like ep 11 i think",
                                    "the class president of course", "el bully de la escuela",  # a role, a noun phrase
                                    "sí en el ep 11", "iya mati di ep 11",  # a yes, then the episode or the fate
                                    "like ep 10 or 11?",  # an episode guessed
                                    "yep idk how he held on that long", "6화에서",
                                    "still on ep 2 but apparently yes", "😭😭 yes"])  # a fate heard; emoji first  # feelings after a yes; in Korean
def test_a_bare_answer_right_after_a_question_is_read_with_it(answer: str) -> None:
    assert _channel((ASKER, "does cheongsan die?"), answer=answer) == "does cheongsan die?"


def test_a_yes_saying_does_of_a_person_the_chat_named_answers_the_question_when_the_pronoun_fits_no_one_else() -> None:
    # "he" cannot agree with a statement of Nam-ra: it says he dies; "she" can
    assert _channel((ASKER, "does cheongsan die?"), (3, "namra screams so loud"), answer="yeah he does") == "does cheongsan die?"
    assert _channel((ASKER, "does cheongsan die?"), (3, "namra screams so loud"), answer="yeah she does") == ""
    # someone of the chat's world is of the gender their word says ("my sister": she); Ma-ru's is unknown
    assert _channel((ASKER, "does suhyeok die in s2?"), (3, "my sister screams so loud"),
                    answer="yeah he does 😭") == "does suhyeok die in s2?"
    assert _channel((ASKER, "does suhyeok die in s2?"), (3, "my brother screams so loud"), answer="yeah he does 😭") == ""
    assert _channel((ASKER, "does maru die in s2?"), (3, "my brother screams so loud"),
                    answer="yeah she does") == "does maru die in s2?"
    assert _channel((ASKER, "does du-seok die in s2?"), (3, "my girlfriend screams so loud"),
                    answer="yeah he does 😭") == "does du-seok die in s2?"


def test_a_question_opened_with_a_chat_lines_filler_is_still_asked() -> None:
    assert _channel((ASKER, "wait who bites namra"), answer="gwinam") == "wait who bites namra"
    assert _channel((ASKER, "does cheongsan die?"), (3, "wait what"), answer="no 😭") == "does cheongsan die?"


def test_a_few_messages_between_still_leave_the_question_answered() -> None:
    assert _channel((ASKER, "does cheongsan die?"), (3, "omg"), (4, "don't ask that here lol"),
                    answer="yes sadly") == "does cheongsan die?"
    # a yes or a no saying "does" back answers no "who's watching tonight" between
    assert _channel((ASKER, "does namra survive s2?"), (3, "lol"), (4, "who's watching tonight"), (5, "me"),
                    answer="no she doesn't 😭") == "does namra survive s2?"


def test_in_a_busy_channel_the_last_question_is_the_one_answered() -> None:
    assert _channel((ASKER, "does cheongsan die?"), (3, "lol"), (4, "anyone up?"), answer="yeah") == "anyone up?"
    assert _channel((ASKER, "does ms park die?"), (3, "my sister is watching it rn"), (4, "does she like it?"),
                    answer="yeah she does") == "does she like it?"  # said back, still the nearer question's
    assert _channel((ASKER, "does gwinam die?"), (3, "does ur dad like zombie shows?"), (4, "lol"), (5, "mine hates them"),
                    (3, "same"), answer="no he doesn't 😭") == "does ur dad like zombie shows?"  # four lines up, still newer


@pytest.mark.parametrize("answer", ["yeah she does", "no he doesn't 😭", "아니 안 죽어", "yeah she does lol", "응 죽어 ㅠㅠ"])
def test_an_answer_saying_the_question_back_answers_it_a_few_more_lines_down(answer: str) -> None:
    chat = [(3, "omg"), (4, "this show is so stressful"), (3, "ikr"), (4, "the music room scene 😭"), (3, "fr")]
    assert _channel((ASKER, "does ms park die?"), *chat, answer=answer) == "does ms park die?"
    assert _channel((ASKER, "does ms park die?"), *chat, answer="yeah") == ""  # a bare yes that far down: the talk moved on


@pytest.mark.parametrize(("said", "answer"), [
    ([(ASKER, "does cheongsan die?"), (3, "ok new topic"), (4, "pizza or chicken"), (3, "chicken"), (4, "ew")], "no"),
    ([(ASKER, "does cheongsan die?"), (3, "gwinam's face lmao")], "💀"),  # emoji react to the message right above
    ([(ASKER, "does cheongsan die?")], "yes i loved that whole episode so much honestly"),  # a line of its own
    ([(ASKER, "does cheongsan die?")], "what ep are you on?"),
    ([(ASKER, "lol gwinam's face in ep 3")], "yes"),  # nothing asked
    ([(ASKER, "does cheongsan die?")], "yes i loved that episode so much"),  # the writer's own, though it opens "yes"
    ([(ASKER, "does cheongsan die?")], "i'm so scared for ep 4"),
    ([(ASKER, "does cheongsan die?")], "nah im going to sleep now"),
    ([(ASKER, "does cheongsan die?")], "nah haven't watched it yet"),  # a no that refuses, all it says  # a no that goes on with chat, not about him
    ([(ASKER, "does cheongsan come back in s2?")], "yes ep 1 just dropped"),  # a yes, then news of the episode
    ([(ASKER, "when does gwinam die")], "in 10 min i think guys"),
    ([(ASKER, "who bites cheongsan?")], "it was so scary lol ngl"),
    ([(ASKER, "who bites namra?")], "the bully is so annoying"),  # a role, then chat about it
    # "does" agreeing with a statement of the chat below the question, not the fate asked
    ([(ASKER, "does cheongsan die?"), (3, "lol"), (4, "suhyeok looks so good with the new haircut")], "yeah he does"),
    ([(ASKER, "does hari live?"), (3, "my sister watches it every night"), (4, "lmao"), (3, "she cries every time")],
     "yeah she does 😭"),
    # the chat's people of either gender, or of the pronoun's (guard_replies71)
    ([(ASKER, "does suhyeok die in s2?"), (3, "my roommate screams at every jump scare"), (4, "lol")], "yeah he does 😭"),
    ([(ASKER, "does du-seok die in s2?"), (3, "my grandpa watches it every night"), (4, "no way")], "yeah he does"),
    # an outcry alone cries at another's remark between (guard_replies74)
    ([(ASKER, "does maru die in s2?"), (3, "i spilled coffee on my keyboard")], "nooo 😭"),
])
def test_chat_that_is_no_answer_is_read_alone(said: list[tuple[int, str]], answer: str) -> None:
    assert _channel(*said, answer=answer) == ""


@pytest.mark.parametrize(("said", "answer", "read_with"), [
    # a word of agreement alone agrees with a remark between, read as it (guard_replies72, guard_replies73)
    ([(ASKER, "buhay ba si jong-ah sa s2?"), (3, "grabe yung ep 1 ang ganda")], "oo nga 😭", "grabe yung ep 1 ang ganda"),
    ([(ASKER, "does du-seok die in s2?"), (3, "ju-ran turns in s2 ep 3 😭")], "ikr", "ju-ran turns in s2 ep 3 😭"),
    # ... and with the question above when the line between is too short to remark, or another's answer to it
    ([(ASKER, "does jong-ah die in s2?"), (3, "lol wait")], "fr 😭", "does jong-ah die in s2?"),
    ([(ASKER, "does jong-ah die in s2?"), (3, "yes in ep 5 😭")], "true 😭", "does jong-ah die in s2?"),
    # an outcry under the asker's own line between answers the question (guard_replies74)
    ([(ASKER, "does maru die in s2?"), (ASKER, "pls someone answer")], "nooo 😭", "does maru die in s2?"),
])
def test_a_word_of_agreement_alone_is_read_with_what_it_agrees_with(said: list[tuple[int, str]], answer: str,
                                                                    read_with: str) -> None:
    assert _channel(*said, answer=answer) == read_with


def test_the_askers_follow_up_is_read_with_the_question_they_asked_first() -> None:
    assert _channel((ASKER, "does cheongsan die?"), (ASKER, "like at the end?"), answer="yes 😭") == "does cheongsan die?"


def test_an_answer_after_the_questions_edit_is_read_with_the_question_as_edited() -> None:
    recent = RecentAsks(ManualClock(START))
    recent.follows(1, ASKER, "does he die?", message_id=10)
    recent.edited(1, 10, "does cheongsan die?")
    assert recent.follows(1, ANSWERER, "yes 😭") == "does cheongsan die?"


@pytest.mark.parametrize(("late", "again"), [
    (dt.timedelta(seconds=40), [(11, "does cheongsan die?")]),  # the yes a moment old now answers who it names
    (ANSWERED_WITHIN + dt.timedelta(seconds=1), []),  # an older one has scrolled away from it: it stays as it was
])
def test_a_questions_edit_reads_the_fresh_plain_answers_under_it_again(late: dt.timedelta, again: list[tuple[int, str]]) -> None:
    clock = ManualClock(START)
    recent = RecentAsks(clock)
    recent.follows(1, ASKER, "does he die?", message_id=10)
    recent.follows(1, ANSWERER, "yes 😭", message_id=11)
    recent.follows(1, 3, "who else is watching with subs?", message_id=12)  # no answer: never read again
    clock.advance(late)
    assert recent.edited(1, 10, "does cheongsan die?") == again


@pytest.mark.parametrize(("bot_said", "answer", "asked"), [
    ("Trivia time! Ready? Reply yes to start", "yes", "Ready?"),  # a bot's question is what the yes answers
    ("⏰ The watch party starts in 10 minutes!", "😭", ""),  # emoji react to the bot's line right above
    ("⏰ The watch party starts in 10 minutes!", "yes 😭", "does cheongsan die?"),  # a bot's line shields nothing
])
def test_a_bots_line_is_noted_between_a_question_and_its_answer(bot_said: str, answer: str, asked: str) -> None:
    recent = RecentAsks(ManualClock(START))
    recent.follows(1, ASKER, "does cheongsan die?")
    recent.notes(1, 99, bot_said)
    recent.notes(2, 99, "does onjo survive?")  # a channel nobody spoke in is not remembered for a bot
    assert recent.follows(1, ANSWERER, answer) == asked and recent.follows(2, ANSWERER, "yes") == ""


def test_an_answer_in_another_channel_answers_nothing_here() -> None:
    recent = RecentAsks(ManualClock(START))
    recent.follows(1, ASKER, "does cheongsan die?")
    assert recent.follows(2, ANSWERER, "yes") == ""


def test_the_askers_own_words_after_their_question_answer_nothing() -> None:
    assert _channel((ASKER, "does cheongsan die?"), answer="no wait", by=ASKER) == ""


def test_a_question_asked_too_long_ago_is_not_what_a_yes_answers() -> None:
    assert _channel((ASKER, "does cheongsan die?"), answer="yes", gap=ANSWERED_WITHIN) == ""


def test_only_so_many_channels_are_remembered_and_a_quiet_one_is_forgotten_whole() -> None:
    clock = ManualClock(START)
    recent = RecentAsks(clock)
    for channel in range(CHANNELS + 1):
        recent.follows(channel, ASKER, "does cheongsan die?")
    assert len(recent) == CHANNELS and recent.follows(0, ANSWERER, "yes") == ""  # the quietest went first
    clock.advance(ANSWERED_WITHIN + dt.timedelta(seconds=1))
    recent.follows(1, ANSWERER, "hi")
    assert len(recent) == 1  # every other channel's questions are out of memory
