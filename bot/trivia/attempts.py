"""A message that holds no answer whole: a wrong attempt, close, or chat (steps 3 and 5 of
`bot.trivia.matching`): a date, a code where codes answer, a title with one word changed, a number
where no answer is one, the question said back, someone described where a name is asked ("squid game
girl!!"); the rest by its shape (`bot.trivia.guesses`)."""

from __future__ import annotations

from itertools import pairwise

from bot.trivia.address import CALLS, named_then_told
from bot.trivia.chatabroad import LAUGHED as _LAUGHED
from bot.trivia.chatabroad import OTHER_TALK as _OTHER_TALK
from bot.trivia.chatabroad import TAGALOG_SHORT, said_apart
from bot.trivia.guesses import (
    FILLER_WORDS,
    KOREAN_ADDRESS,
    THE_ONE,
    Verdict,
    classify_tokens,
    core_bounds,
    is_chat_word,
    is_filler,
    strip_markup,
)
from bot.trivia.hits import Prepared
from bot.trivia.nearmiss import one_word_misspelt
from bot.trivia.normal import MONTH_NAMES, is_number, read
from bot.trivia.talk import GUESS_PARTICLES, TALK_WORDS, no_number_said, only_what_is_asked
from bot.trivia.units import PEOPLE
from bot.trivia.wordplay import SAID_OF, mourned

# Someone described rather than named: "squid game girl", "politician lady ugh" (where the lore names the
# answer; a title may end so elsewhere: "gossip girl", "family guy")
_SOMEONE = frozenset("girl guy lady dude gal boy kid man woman".split())


# Chat words that are codes too where codes answer: "n" ("and" only between two words), "si" (Spanish "yes";
# silicon's symbol)
_CODES_TOO = frozenset({"n", "si"})


_CALLED = KOREAN_ADDRESS | CALLS
# Articles abroad and Portuguese "é" (is), standing around talk with no one named: ("el sunbae está guapísimo",
# "o sunbae é lindo demais", Spanish "lo que hizo", Tagalog "nakakadiri yung ginawa niya"); rivals.py keeps the
# definite ones before a name said of someone (_THE_ABROAD); and Portuguese "né" (isn't it) closing talk ("sei lá né",
# "que difícil né")
_ARTICLES_OR_IS_ABROAD = THE_ONE | {"e", "lo", "ne"}
#: Portuguese "né" and Tagalog "ba" (isn't it, is it) said alone: a hedge of no guess ("né?", "ba?")
_HEDGES_ALONE = frozenset({"ne", "ba"})


def attempt_or_chat(tokens: tuple[str, ...], text: str, p: Prepared) -> Verdict:
    """What a message (its words `tokens`) that holds no answer of `p` whole is: a wrong attempt, close, or chat."""
    if "://" in text:  # a link is never what makes a message an attempt
        tokens = read(strip_markup(text)).tokens
    if mourned(tokens, p.echoed):
        return Verdict.CHAT  # "poor baby cheongsan", "rip cheongsan" where the question names him: felt for, no guess
    if counted_then_told(tokens, text, p):
        return Verdict.WRONG_ATTEMPT  # "5 kids, the rest died": a count of persons guessed, then a remark (as "6 months, ...")
    if any((a in MONTH_NAMES and is_number(b)) or (b in MONTH_NAMES and is_number(a)) for a, b in pairwise(tokens)):
        return Verdict.WRONG_ATTEMPT  # a date, "may 2020" among them ("may" is talk elsewhere)
    if tokens and all(t in _HEDGES_ALONE for t in tokens) and not p.numeric and _HEDGES_ALONE.isdisjoint(p.vocabulary) and (
            p.exact.keys().isdisjoint(("yes", "no"))):  # (where a number answers Vietnamese "ba" is three; where yes or no, "ne" is 네)
        return Verdict.CHAT  # "né?", "ba?" where a name answers
    if not _CALLED.isdisjoint(tokens) and all(t in _CALLED or is_filler(t) for t in tokens) and _CALLED.isdisjoint(p.vocabulary):
        return Verdict.CHAT  # "ssaem!!", "oppa saranghae", "unnie", "선배", "bang": a word of address called out, no one named
    if not _OTHER_TALK.isdisjoint(tokens) and all(t in _OTHER_TALK or t in _CALLED or is_filler(t) or _LAUGHED(t) or t in _ARTICLES_OR_IS_ABROAD or t in TAGALOG_SHORT for t in tokens) and (
        _OTHER_TALK.isdisjoint(p.vocabulary)
    ):
        return Verdict.CHAT  # "bang ini gampang bgt", "ang hirap naman nito", "ghê quá", "sei lá mano": chat, no one named
    if len(tokens) == 1 and tokens[0].isalpha() and len(tokens[0]) <= 2 and (tokens[0] in _CODES_TOO or tokens[0] not in FILLER_WORDS) and all(
        len(a.compact) <= 2 for a in p.accepted
    ):
        return Verdict.WRONG_ATTEMPT  # a code where codes answer: "N" for Na, "TN" for TX
    if len(tokens) >= 3 and any(
        len(a.tokens) == len(tokens) and sum(x != y for x, y in zip(a.tokens, tokens, strict=True)) == 1 for a in p.accepted
    ):  # a title with one word changed, its others talk words: "now at our home"; a word misspelt: near
        return Verdict.CLOSE if one_word_misspelt(tokens, p.accepted) else Verdict.WRONG_ATTEMPT
    if tokens and not p.numeric and all(map(is_number, tokens)) and not any(a.numbers for a in p.accepted):
        return Verdict.CHAT  # a number where no answer is one is no attempt at it: "2027??", "3000"
    if p.numeric and no_number_said(tokens, [a.tokens for a in p.accepted], p.vocabulary):
        return Verdict.CHAT  # no number where the answer is one: "jokers count?", "wait who survived"
    if only_what_is_asked([t for t in tokens if not is_filler(t)], p.key[0]):
        return Verdict.CHAT  # "months?" for "How many months...": the question said back
    if len(tokens) >= 2 and not SAID_OF.isdisjoint(tokens[1:]) and SAID_OF.isdisjoint(p.vocabulary):
        return Verdict.CHAT  # "chanyoung cried in every interview", "wait hyoryeong lives?": said of someone
    if p.entities and (core := tokens[slice(*core_bounds(tokens))]) and len(core) >= 2 and core[-1] in _SOMEONE and core[-1] not in p.vocabulary:
        return Verdict.CHAT  # someone described where a name is asked: "squid game girl!!"
    if "one" in tokens and len(tokens) >= 2 and "one" not in p.vocabulary and not (
        tokens[-1] == "one" and len(tokens) - (tokens[0] == "the") == 2 and tokens[-2][:1].isdigit() and tokens[-2][-2:].isalpha()
        and p.numeric and "how" not in p.key[0].casefold().split()
    ):  # (a place alone before it is the guess where a place is asked: "the fifth one"; "same guy as the first one" talks;
        # where a name or a count is asked it points at nothing asked)
        return Verdict.CHAT  # "that one hurt", "explain this one": a question spoken of (read kept "one" a word)
    if _anothers_thing([t for t in tokens if t not in GUESS_PARTICLES and not is_chat_word(t)], p):  # (and a laugh: "her phone lol")
        return Verdict.WRONG_ATTEMPT  # "her phone" where what she used is asked: another thing of hers guessed
    vocabulary = p.vocabulary
    if len(tokens) >= 3 and not FILLER_WORDS.isdisjoint(vocabulary.intersection(tokens)):
        vocabulary = vocabulary - FILLER_WORDS  # an everyday word answers ("us", "will"): in a sentence it names nothing
    return classify_tokens(tokens, text, vocabulary, p.longest)


def counted_then_told(tokens: tuple[str, ...], text: str, p: Prepared) -> bool:
    """Whether a count of persons opens a message, then a stop and a remark ("5 kids, the rest died", "6 students, it
    was sad") where a number answers: the count guessed, as "6 months, the rest were boring" is."""
    return p.numeric and len(told := named_then_told(tokens, text)) == 2 and told[0].isdigit() and told[1] in PEOPLE


# The writer's own company after a count of persons ("6 friends, we watched it together"): who one watched with
_OWN_COMPANY = frozenset("we us our were weve wed".split())


def counted_own_company(tokens: tuple[str, ...], text: str, p: Prepared) -> bool:
    """Whether a count of persons opens a message, then a stop and "we" ("6 friends, we watched it together", "4
    people, we are watching now") where a number answers: the company one watched with, no count guessed."""
    return p.numeric and len(tokens) >= 3 and tokens[0].isdigit() and tokens[1] in PEOPLE and (
        tokens[2] in _OWN_COMPANY and said_apart(tokens, 1, text))


_OWNERS = frozenset({"her", "his", "their"})
# What an owner's word remarks on in a performance, no thing of theirs: "her acting", "his scenes"
_PERFORMED = frozenset("acting performance role character scene scenes lines voice expression".split())


def _anothers_thing(words: list[str], p: Prepared) -> bool:
    """Whether a message is an owner's one thing ("her phone", "his phone po") where a thing of one word answers ("her
    handkerchief" is right) and no one is asked: another thing guessed, never talk ("her acting 😭" reacts; "her acting" remarks on her)."""
    return len(words) == 2 and words[0] in _OWNERS and words[1].isalpha() and not is_chat_word(words[1]) and (
        words[1] not in TALK_WORDS and words[1] not in _PERFORMED and not p.entities and not p.numeric and any(len(a.tokens) == 1 for a in p.accepted)
    )
