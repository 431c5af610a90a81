"""Korean chat about the question's own words: "뮬란 ㅋㅋ" ("Mulan lol") while the question speaks of
Mulan, "귀남이 ㅋㅋ" while it asks in which episode Gwi-nam lost his eye.

A message in hangul is read in English and romanised to find an answer (`bot.trivia.matching`); read
the same ways, a message with laughter or crying ("ㅋㅋ", "ㅠㅠ") whose other words are only the
question's (a loanword of one, or a name it names) is a reaction, as "mulan lol" is
(`bot.trivia.corrections.reaction`). Without such a sign it stays an attempt: "뮬란" alone may be a guess.

An answer cried over ("로몬 ㅠㅠ", "ㅠㅠㅠ 우진이") or said with what one feels for it ("초록 좋아",
"이삭 보고싶다") is no guess either (`felt_for`); laughed at, it may be one ("청산 ㅋㅋ"). Anything else
in hangul laughed at or cried over ("미국 ㅋㅋ", "해리포터ㅋㅋ", "청산이 ㅠㅠ" when On-jo is asked) is
chat, not a wrong guess (`laughed_off`): fans of a Korean show react so, and a wrong guess is
seldom typed with a laugh. A Korean sentence about what it names ("이은샘 인스타 봤어?") is talk
(`told_about`); hangul words typed apart are read glued too ("비트 잇": `hangul_glued`). A name said not
to be it ("남라는 아니야", "남라 아님", "청산은 아니지?") is denied as "not namra" is (`korean_denial`); "남라 아님?"
without a topic particle asks "isn't it Nam-ra?", a guess hedged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from bot.lazy_re import compile_later
from bot.trivia.families import another_of_its_set, is_place
from bot.trivia.guesses import Verdict
from bot.trivia.hangul import (
    KOREAN_TALK_WORDS,
    has_hangul,
    is_korean_predicate,
    is_korean_talk,
    romanise_token,
    romanised,
    stems,
)
from bot.trivia.koreannouns import TRANSLATIONS
from bot.trivia.koreanwords import english_readings
from bot.trivia.normal import normalize_tokens


def korean_reaction(tokens: tuple[str, ...], question: str, verdict_of: Callable[[str], Verdict]) -> bool:
    """Whether a message in hangul judged an attempt is laughter or crying about the question's words
    (`verdict_of` judges a reading of it)."""
    talk = [is_korean_talk(t) for t in tokens]
    if not any(talk) or all(talk) or not any(has_hangul(t) and not said for t, said in zip(tokens, talk, strict=True)):
        return False
    words = normalize_tokens(question)
    asked = {*words, *(a + b for a, b in pairwise(words))}
    readings = english_readings(
        tokens, asked, lambda word: stems((word,)), lambda word: is_korean_talk(word) and not is_korean_predicate(word),
        KOREAN_TALK_WORDS,
    )
    return any(verdict_of(reading) is Verdict.CHAT for reading in (*readings, romanised(tokens), romanised(tuple(stems(tokens).split()))))


_CRYING = compile_later("^[\u3160\u315c\u1172\u116e]{2,}$")  # ㅠㅠ, ㅜㅜ (as typed, or folded to jamo)
_SIGN = compile_later("[\u3160\u315c\u1172\u116e\u314b\u110f\u314e\u1112]{2,}$")  # ...and ㅋㅋ, ㅎㅎ, at a word's end
# What one feels for someone or something ("I like", "so cute", "I miss"), not a hedge of a guess.
_FEELINGS = frozenset(
    """좋아 좋아해 좋다 싫어 싫다 최고 짱 귀여워 귀엽다 멋있어 멋있다 멋짐 불쌍해 불쌍하다 잘생김 잘생겼어 예뻐 예쁘다
    사랑해 보고싶다 보고싶어 미쳤다 미쳤어 레전드 최애 최악 불쌍 불쌍함 짜증나 명작 대박
    잘함 잘해 잘한다 잘하네 잘했어 잘했다 기대 기대됨 기대돼 기대된다 재밌어 재밌다 재밌지 재밌음 재밌네""".split()
)


def felt_for(tokens: Sequence[str]) -> bool:
    """Whether a message in hangul that names the answer cries over it or says what one feels for it."""
    return any(_CRYING.match(t) or t in _FEELINGS for t in tokens)


def laughed_off(tokens: Sequence[str], answers: Sequence[str], place: bool) -> bool:
    """Whether a message in hangul laughs or cries ("ㅋㅋ", "ㅠㅠ", alone or typed onto a word) about
    something that is no candidate of the answer's own set (`answers`: the accepted answers' compact
    forms), nor a place where a place is asked (`place`): "부산 ㅋㅋ" for Seoul is still a guess."""
    if not any(_SIGN.search(t) for t in tokens):
        return False
    words = [_SIGN.sub("", t) for t in tokens if has_hangul(t)]
    if not any(words):
        return False
    readings = {romanise_token(w).replace(" ", "") for w in words if w} | {
        english.replace(" ", "") for w in words for english in TRANSLATIONS.get(stems((w,)), ())
    }
    owned = set(answers)
    return not any(another_of_its_set(r, owned) or (place and is_place(r)) for r in readings)


def told_about(tokens: tuple[str, ...]) -> bool:
    """Whether a Korean sentence talks about what it names: another noun beside it and a verb ending
    it ("이은샘 인스타 봤어?", "진수 연기 잘해"), not a guess hedged ("이은샘 맞지?", "이은샘 아님?")."""
    if tuple(tokens[:2]) == _I_MEAN:
        return False  # "내 말은 남라": "I mean Nam-ra", the name after it no verb though it ends in 라 (`bot.trivia.corrections`)
    nouns = [t for t in tokens[:-1] if has_hangul(t) and not is_korean_talk(t)]
    return len(tokens) >= 3 and len(nouns) >= 2 and is_korean_predicate(tokens[-1])


_I_MEAN = ("내", "말은")


# A word and "is not" after it: "남라는 아니야", "남라 아님", "수혁이는 아니지", "남라 아니고 온조" (not X but Y), or
# "aside" ("남라 말고 온조": On-jo, not Nam-ra).
# The topic particle (은/는) sets the name against the answer: a denial even asked ("남라는 아니지?": it's not
# Nam-ra, right?); without it, "아님?", "아냐?", "아니야?" ask "isn't it X?", a guess hedged ("남라 아님?").
# (also said surely, "온조는 절대 아니야", "진짜 아님"; insisted, "아니라니까", "아니라고"; doubted, "아닐껄", "아닌 것 같아"; or "말고",
# "ㄴㄴ": never "아니면" (X or else Y: two guessed) nor "아닐까?", "아닌가?" (might it be X?: a guess hedged))
_DENIED = compile_later(
    r"(?<![\w'’])([^\W\d_][\w'’-]*?)(은|는)?\s*(?:(?:절대로?|진짜|정말|전혀|확실히|분명히?)\s*)?"
    r"(아니(?:야|다|지|고|라|에요|예요|잖아|거든|었어|었음|였어|라니까|라고|라구|래)|아님|아냐|아닌데|아닌\s?듯|아닐\s?(?:걸|껄|듯|거야)"
    r"|아닌\s?(?:것|거)\s?같\w*|말고|ㄴㄴ+)"
    r"(?![\w'’])\s*([?？]?)"
)


def korean_denial(guess: str) -> str:
    """The message with a name said in Korean not to be the answer written as a denial ("남라는 아니야" -> "not
    남라"), or, when more is said after it, that rest ("남라 아니고 온조": not Nam-ra but On-jo -> "온조"); as typed
    when it holds none, or asks "isn't it X?" ("남라 아님?")."""
    if not any(word in guess for word in _DENYING):
        return guess  # (most messages: one look)
    denials = [m for m in _DENIED.finditer(guess) if not _asks(m)]
    if not denials:
        return guess
    before, rest = guess[: denials[0].start()], guess[denials[-1].end() :]
    if _WORD.search(rest):
        return f"{before}{rest}".strip()  # what it is instead
    return f"{before}not " + ", ".join(m.group(1) for m in denials)


def _asks(m: re.Match[str]) -> bool:
    """Whether a name and "아님?" ask "isn't it X?" (no topic particle: "남라 아님?"; "지은 아님?": 은 is the name's own)."""
    topic = m.group(2) is not None and _topic_particle(m.group(1), m.group(2))
    return bool(m.group(4)) and not topic and m.group(3) in _ASKING


_WORD = compile_later(r"[^\W_]")


def _topic_particle(word: str, particle: str) -> bool:
    """Whether `particle` (은 or 는) after `word` is the topic particle: 은 after a final consonant, 는 after a
    vowel ("청산은", "남라는"); else it is the name's own syllable ("지은")."""
    last = ord(word[-1]) - 0xAC00
    return not 0 <= last <= 0xD7A3 - 0xAC00 or (last % 28 != 0) == (particle == "은")


# (what every denial above holds: a message with none of them is left at one look)
_DENYING = ("아니", "아님", "아냐", "아닌", "아닐", "말고", "ㄴㄴ")
_ASKING = frozenset("아님 아냐 아니야 아니지 아니에요 아니예요 아니잖아".split())


def hangul_glued(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The message's words with each run of hangul words written as one ("비트 잇" as "비트잇")."""
    out: list[str] = []
    for token in tokens:
        if out and has_hangul(token) and has_hangul(out[-1]) and not is_korean_talk(token):
            out[-1] += token
        else:
            out.append(token)
    return tuple(out)
