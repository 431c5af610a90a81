"""What a typed message says before any answer is looked for in it (`AnswerMatcher.judge`'s first steps).

Another's words quoted above a reply are left out ("> is it onjo?\nits namra"), and a message that only agrees
with one ("+1", "^ this") or asks for a friend is talk, as is one telling a clock time or a day of a month where a
number answers and no time nor date is asked (`bot.trivia.clocks`: "ep 3 at 9pm", "aug 31 bday ko"; what is meant
after it is read: "9 pm ba? i mean ep 9"); season marks are read (`bot.trivia.seasonmarks`: "s1 ep 11"
is 11, "ep 3 of s2 tho" is talk); a message in another script or language is read in English ("南羅", "Онджо",
"no, es onjo"); an episode where a count is asked, or one bounding the answer ("soju dies before ep 11"), is a
wrong attempt; an episode beside a name is where, no second guess ("Nam Ra ep 12"); and where an episode is asked,
the episode said beside a name is the guess ("namra kills him ep 11"). An answer hidden in spoiler bars with
talk around it is judged alone (`inside_bars`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.text import inside_spoilers, outside_spoilers
from bot.trivia.clocks import said_before_when, told_when
from bot.trivia.corrections import (
    asked_for_a_friend,
    episode_bounded,
    episode_for_a_count,
    episode_guessed,
    meant_instead,
    seconded,
    without_episode_tag,
)
from bot.trivia.guesses import Verdict
from bot.trivia.inenglish import read_in_english
from bot.trivia.model import Question
from bot.trivia.normal import read
from bot.trivia.ownwords import unquoted
from bot.trivia.seasonmarks import without_season_marks


@dataclass(frozen=True)
class FirstReading:
    typed: str  # the message read in English, as the player put it (its unknown words still its own)
    guess: str  # what is judged
    verdict: Verdict | None = None  # decided before any answer is looked for


def first_reading(guess: str, question: Question, mentions: Callable[[str], bool] | None) -> FirstReading:
    """The message `guess` typed while `question` is open, read as the module says (`mentions`: whether words
    name someone the lore knows; None without lore)."""
    guess = unquoted(guess)  # ("> is it onjo?\nits namra": the quoted line is another's words)
    if told_when(guess, question) and (head := said_before_when(guess) or _meant_after_when(guess, question)) is not None:
        guess = head  # ("10 eps, s2 on 12/5": 10 guessed, the day told after it; "9 pm ba? i mean ep 9": ep 9 meant)
    if asked_for_a_friend(guess) or seconded(guess) or told_when(guess, question):
        return FirstReading(guess, guess, Verdict.CHAT)  # ("+1", "^ this": another's guess agreed with; "ep 3 at 9pm": an hour)
    guess = without_season_marks(guess, question.text, question.answers)  # ("s1 ep 11"; "ep 3 of s2 tho": talk)
    typed, guess = read_in_english(guess, question.answers)  # "南羅", "Онджо", "no, es onjo", "남라는 아니야"
    if episode_for_a_count(guess, question.answers, question.text) or episode_bounded(guess, question.answers):
        return FirstReading(typed, guess, Verdict.WRONG_ATTEMPT)  # "ep 4" where months are counted; "soju dies before ep 11"
    guess = without_episode_tag(guess, question.answers, question.text)  # ("Nam Ra ep 12": where, not a second guess)
    if mentions is not None:  # ("namra kills him ep 11" where an episode is asked: the episode is the guess)
        guess = episode_guessed(guess, question.answers, mentions)
    return FirstReading(typed, guess)


def _meant_after_when(guess: str, question: Question) -> str | None:
    """What a player says they meant after a clock time slipped in ("9 pm ba? i mean ep 9": ep 9), when that tells
    no time nor day itself; None otherwise ("ep 9 at 9pm i mean 10pm")."""
    meant = " ".join(meant_instead(read(guess).tokens) or ())
    return meant if meant and not told_when(meant, question) else None


def inside_bars(guess: str, verdict_of: Callable[[str], Verdict]) -> str:
    """The part hidden in spoiler bars when all else of the message is talk ("||ep 7|| no spoilers lol": ep 7, the
    chatter outside no second word of the guess); the message as typed otherwise (`verdict_of`: a text's verdict)."""
    hidden = inside_spoilers(guess)  # bars as Discord pairs them (not an escaped \|\| nor one in a code span)
    if len(hidden) != 1:
        return guess
    outside = outside_spoilers(guess).strip()
    return hidden[0] if outside and verdict_of(outside) is Verdict.CHAT else guess
