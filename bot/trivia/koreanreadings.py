"""The texts a message in hangul may mean, each judged again as typed English would be
(`bot.trivia.matching`): its words without their Korean endings, romanised, and Korean words said
in English ("열두", "넷플릭스", "목성", "비트 잇") that are an answer's words."""

from __future__ import annotations

from itertools import pairwise

from bot.trivia.hangul import (
    KOREAN_TALK_WORDS,
    has_hangul,
    is_korean_predicate,
    is_korean_talk,
    romanised,
    spelled,
    stems,
)
from bot.trivia.hits import Prepared
from bot.trivia.koreanchat import hangul_glued
from bot.trivia.koreanwords import english_readings
from bot.trivia.model import Question
from bot.trivia.normal import normalize_tokens

_OWNER_ENDINGS = ("네", "의")  # "온조네", "온조의": On-jo's


def korean_readings(tokens: tuple[str, ...], question: Question, p: Prepared) -> tuple[str, ...]:
    """The readings of a message in hangul (its words `tokens`) to judge against `question`, in order."""
    if len(tokens) >= 2 and tokens[0].endswith(_OWNER_ENDINGS) and "".join(romanised((tokens[0][:-1],))) in p.echoed:
        # "온조네 옆집": the question's own person as the owner ("On-jo's next door"), then the answer
        return (*_readings(tokens[1:], question, p), *_readings(tokens, question, p))
    return _readings(tokens, question, p)


def _readings(tokens: tuple[str, ...], question: Question, p: Prepared) -> tuple[str, ...]:
    answer_words = {w for answer in question.answers for w in normalize_tokens(answer)}
    answer_words |= {a + b for answer in question.answers for a, b in pairwise(normalize_tokens(answer))}  # 다빈치: da vinci
    answer_words |= {k for k, a in p.exact.items() if a.accepted and k.isalpha()}  # 초코: choco
    # Korean words said in English ("열두", "넷플릭스", "목성"): right only when that is an answer
    said = english_readings(
        tokens, answer_words, lambda word: stems((word,)), lambda word: is_korean_talk(word) and not is_korean_predicate(word),
        KOREAN_TALK_WORDS,
    )
    glued = hangul_glued(tokens)
    if glued != tokens:  # "비트 잇": two hangul words for one answer's two ("beat it")
        said += english_readings(
            glued, answer_words, lambda word: stems((word,)),
            lambda word: is_korean_talk(word) and not is_korean_predicate(word), KOREAN_TALK_WORDS,
        )
    if all(is_korean_talk(t) for t in tokens if has_hangul(t)):
        return tuple(said)  # Korean chat is never read as a name: "이상해" ("weird") is no Lee Sang-hee
    # ...and last, a word alone with every syllable spelt, none taken for an ending: "문재인" is Moon Jae-in (its "인" no "is")
    alone = (spelled(list(tokens)),) if len(tokens) == 1 else ()
    return (stems(tokens), romanised(tokens), *said, *alone)
