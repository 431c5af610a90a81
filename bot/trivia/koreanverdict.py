"""A message in hangul judged again after its first reading (`bot.trivia.matching`).

Fans type answers in hangul with particles and endings, beside chat of their own: the message is read
in English and romanised (`bot.trivia.koreanreadings`) when it is not right as typed ("효산이요" is
Hyosan); an answer beside another candidate in hangul wins nothing ("도쿄 오사카"); an answer cried over
or talked about is talk ("로몬 ㅠㅠ", "이은샘 인스타 봤어?"), and so is a wrong one laughed at
("뮬란 ㅋㅋ", "미국 ㅋㅋ": `bot.trivia.koreanchat`).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.trivia.descriptions import KOREAN_KIN_WORDS
from bot.trivia.guesses import MatchResult, Verdict
from bot.trivia.hangul import has_hangul, is_korean_talk, romanised, stems
from bot.trivia.hits import Prepared
from bot.trivia.koreanchat import felt_for, korean_reaction, laughed_off, told_about
from bot.trivia.koreanreadings import korean_readings
from bot.trivia.koreanwords import korean_rival
from bot.trivia.model import Question
from bot.trivia.normal import compact_form, normalize_tokens
from bot.trivia.otherlanguages import korean_clause
from bot.trivia.talk import KOREAN_ROLES


def judged_in_korean(
    result: MatchResult, tokens: tuple[str, ...], question: Question, p: Prepared, judge: Callable[[str], MatchResult],
    alone: bool = False,
) -> MatchResult:
    """The verdict on a message in hangul (its words `tokens`) first judged `result`; `judge` judges a reading; `alone`:
    the message is one name and crying or laughter only ("우진이 ㅠㅠ", "남라 ㅋㅋ"), a guess right or wrong (ruled at stop
    63), never cried over or laughed at."""
    alone = alone or _pair_alone(tokens)
    if not result.correct and (said := _said_then_hated(tokens)) is not None:
        return judged_in_korean(judge(said), (said,), question, p, judge)  # "귀남이지 뭐, 으 싫어": "it's Gwi-nam, ugh": the name asserted, then disgust (as "gwinam, ew")
    if alone and result.verdict is Verdict.CHAT:
        result = MatchResult(Verdict.WRONG_ATTEMPT)  # "수혁이 ㅠㅠ": another's name cried alone, read as pity, guesses him
    if result.verdict is not Verdict.RIGHT and _role_said_back(tokens, question, judge):
        return MatchResult(Verdict.CHAT)  # "반장이요" where the class president is asked: the question said back, not "banjang"
    if result.verdict is not Verdict.RIGHT and korean_clause(tokens) is None and not (
        result.verdict is Verdict.WRONG_ATTEMPT and len(tokens) == 2 and tokens[1] in KOREAN_KIN_WORDS
    ):  # (read whole first: a deed's particles tell its doer, "우진이가 죽인 애"; "온조 아빠", the lore's So-ju, is never On-jo)
        readings = (judge(other) for other in korean_readings(tokens, question, p))
        result = next((again for again in readings if again.verdict is Verdict.RIGHT), result)
    if result.correct:
        answers = {compact_form(normalize_tokens(a)) for a in question.answers}
        if korean_rival(tokens, answers, lambda word: stems((word,))):
            return MatchResult(Verdict.SEVERAL_ANSWERS, result.matched)  # ("도쿄 오사카": another city in hangul)
        if (felt_for(tokens) and not alone) or told_about(tokens):
            return MatchResult(Verdict.CHAT)  # "로몬 ㅠㅠ": cried over; "이은샘 인스타 봤어?": talked about
        return result
    if result.verdict is Verdict.WRONG_ATTEMPT and not alone and (
        felt_for(tokens)
        or laughed_off(tokens, [a.compact for a in p.accepted], p.asks.place)
        or korean_reaction(tokens, question.text, lambda text: judge(text).verdict)
    ):
        return MatchResult(Verdict.CHAT)  # "뮬란 ㅋㅋ", "미국 ㅋㅋ": laughed at, no guess
    return result


# Disgust in Korean ("싫어": hate it, "극혐", "웩") and the groans or "really" before it ("으 싫어", "아 싫어", "진짜 싫어")
_HATED = frozenset("싫어 싫다 싫음 극혐 웩".split())
_GROANS = frozenset("으 윽 으으 아 진짜 넘 너무 정말".split())
_LAUGHS = frozenset("\u314b\u314e\u110f\u1112")  # ㅋ, ㅎ (as typed, or folded to jamo)


def _said_then_hated(tokens: tuple[str, ...]) -> str | None:
    """The word a message asserts with "-지" ("귀남이지", "귀남이지 뭐": it's Gwi-nam, of course) before disgust and
    nothing else ("귀남이지 뭐, 으 싫어"), or None ("귀남 싫어", I hate Gwi-nam: talk)."""
    while tokens and set(tokens[-1]) <= _LAUGHS:
        tokens = tokens[:-1]  # ("귀남이지 으 싫어 ㅋㅋ": a laugh after the disgust)
    if not tokens or tokens[-1] not in _HATED:
        return None
    cut = len(tokens) - 1
    while cut > 0 and tokens[cut - 1] in _GROANS:
        cut -= 1
    said = tokens[: cut - 1] if cut > 1 and tokens[cut - 1] == "뭐" else tokens[:cut]
    said = said[1:] if said[:1] == ("당연히",) else said  # ("당연히 귀남이지, 싫어": of course it's Gwi-nam)
    return said[0] if len(said) == 1 and _name_asserted(said[0]) else None


# Verb stems ending without a final consonant, as a name may ("모르지": I dunno; "당연하지": of course; "어쩌지")
_VERB_TAILS = ("하", "르", "쩌", "되")


def _name_asserted(word: str) -> bool:
    """Whether a word is a name said with "-지" ("it's …"): "이지" after a final consonant ("귀남이지"), "지" after a vowel
    ("남라지"); never a verb's "-지" ("모르지 뭐, 싫어": I dunno, ugh; "그렇지 뭐": that's how it is, review68c: they
    cost a guess)."""
    if len(word) < 2 or not word.endswith("지") or not has_hangul(word) or is_korean_talk(word):
        return False
    stem = word[:-1]
    if stem.endswith("이") and len(stem) > 1:
        return _closed(stem[-2])
    return not _closed(stem[-1]) and not stem.endswith(_VERB_TAILS)


def _closed(syllable: str) -> bool:
    """Whether a hangul syllable ends in a consonant ("남", "혁"; not "라", "르")."""
    return "가" <= syllable <= "힣" and (ord(syllable) - ord("가")) % 28 != 0


def _pair_alone(tokens: tuple[str, ...]) -> bool:
    """Whether a message is two names in hangul joined by "and" (read so where the answer joins two: "수혁이랑 남라"),
    with crying only after them ("수혁이랑 남라 ㅠㅠ"): a guess of the pair, as one name cried alone is."""
    return len(tokens) >= 3 and tokens[1] == "and" and has_hangul(tokens[0]) and has_hangul(tokens[2]) and all(
        set(t) <= _TEARS for t in tokens[3:]
    )


_TEARS = frozenset("\u3160\u315c\u1172\u116e")  # ㅠ, ㅜ (as typed, or folded to jamo): no pity word ("불쌍해": talk)


def _role_said_back(tokens: tuple[str, ...], question: Question, judge: Callable[[str], MatchResult]) -> bool:
    """Whether a message is only a role in Korean ("반장이요", "우리 반장", "쌤") that the question itself asks by, said back
    (judged chat in its English words), never the answer typed in hangul ("반장" where the word Banjang is asked)."""
    stem = stems(tokens)
    words = [w for w in stem.split() if w != "우리"]  # ("우리 반장": our class president)
    answers = {compact_form(normalize_tokens(a)) for a in question.answers}
    return bool(words) and all(w in KOREAN_ROLES for w in words) and compact_form(normalize_tokens(romanised(tuple(words)))) not in answers \
        and judge(" ".join(words)).verdict is Verdict.CHAT
