"""Korean words around a question that ask nothing: said around it, they do not block it.

The engine's Korean vocabulary is hand written, so an everyday word it lacks would turn a clear
question into "I didn't understand …". Two shapes of such words are left out before reading:

- a sentence of their own beside a question that is whole without them ("남라 죽어? 너무 불쌍해ㅠㅠ",
  "아 진짜 슬펐다 청산이 죽어?": a word ending as a clause's verb ends ("슬펐다") closes a sentence
  too); the question is read alone when it names someone or something;
- everyday words said inside a question (how much, how it felt, please: "너무", "완전",
  "알려주세요") when the rest names someone or something ("청산이 배우 이름 알려주세요").

Never left out: a word that may be a name or what the question is about, anything in a question
that says "which episode" (the word is likely the scene asked for: "청산이 뻘짓 몇 화야?"), or a
question that points back at someone ("민지 알아? 걔 죽어?": whom is not said). Then the word is
said back, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.names import NameResolver
from bot.text import HANGUL, HANGUL_WORD

# A sentence ends at these (chat's ㅠㅠ, ㅋㅋ and emoji too).
_SENTENCE_END = compile_later(r"[?!.~\u3131-\u318e]+|[^\w\s'\-]+")
# Endings that close a clause as a verb or adjective does (plain, past, polite, casual, "but"): a
# word of two syllables or more that ends so says something ("슬펐다", "예쁜데", "알려주세요").
_PREDICATE_ENDINGS = ("다", "요", "네", "음", "함", "죠", "냐", "까", "데", "겠", "래", "대")
# Endings many given names share ("민지", "수아", "하나", "민서"): a clause's end only on a word too
# long for a name ("짜증나서", "불쌍해", "미쳤어"); a full name is three syllables ("김민지").
_NAME_LIKE_ENDINGS = ("해", "어", "워", "져", "아", "지", "나", "서", "고", "니")
_LONGER_THAN_A_NAME = {"해": 3, "어": 3, "워": 3, "져": 3}
# Everyday words said around a question (how it felt, how much, please): never its subject.
_SAID = frozenset(
    """너무 완전 진심 엄청 겁나 존나 개 대박 헐 와 아 하 흑 제발요 빨리 얼른 좀 솔직히 암튼 아무튼 근데요 ㅇㅇ
    짜증나 짜증나서 짜증남 불쌍해 불쌍함 슬퍼 슬퍼요 슬펐어 슬퍼서 미쳤어 미쳤다 무서워 무서웠어 재밌어 재밌었어 재밌음
    좋았어 싫어 싫음 보고싶어 궁금함 궁금하다 궁금해요 알려주세요 알려줘요 알려주라 가르쳐줘 가르쳐주세요""".split()
)
# ... never a word a noun or a name may end with ("민지가", "청산이는", "남라도"), nor one that describes
# the next word ("킹받는 장면", "예뻤던").
_NOUN_ENDINGS = ("이", "가", "은", "는", "을", "를", "의", "도", "랑", "와", "과", "한테", "에게", "께", "로", "에", "던",
                 "만")
_WHICH_EPISODE = compile_later(r"몇\s*[화회편]|장면|\bwhich\b|\bwhat ep")
_POINTING = compile_later(r"(?:^|\s)(?:걔|얘|쟤|걔네|그\s?사람|그\s?애|그녀|그놈|그 남자|그 여자)|\b(?:he|she|him|her|they|them)\b")
# What a question with no name in it may still be about, so that it names something.
_TOPICS = compile_later(r"감독|작가|원작|웹툰|시즌|촬영|개봉|공개|출연진|넷플릭스|지우학|결말|\d\s*[화회]|학교|바이러스")
# "알려주세요", "가르쳐줘", "말해줄래": please tell me
_REQUEST = compile_later(r"(?:알려|가르쳐|말해)\s?(?:주세요|줘요|줘|주라|줄래|줄래요|주실래요|주실\s?분)")


def question_alone(text: str, resolver: NameResolver, unknown: Callable[[str], str | None]) -> str:
    """`text` without the Korean words around its question that ask nothing (see above), or
    `text` itself; `unknown(part)` is the first word of `part` the engine does not know, or None."""
    if HANGUL.search(text) is None or unknown(text) is None:
        return text
    sentences = [s for s in _split(text) if s.strip()]
    if len(sentences) > 1:
        asked = [s for s in sentences if unknown(s) is None and _names_something(s, resolver)]
        if asked and len(asked) < len(sentences) and not any(_POINTING.search(s) for s in asked):
            return " ".join(asked)
    words = text.split()
    said = [w for w in words if _bare(w) in _SAID or _REQUEST.fullmatch(_bare(w))]
    if not said or _WHICH_EPISODE.search(text) or _POINTING.search(text):
        return text
    kept = " ".join(w for w in words if w not in said)
    if unknown(kept) is None and _names_something(kept, resolver):
        return kept
    return text


def _bare(word: str) -> str:
    return word.strip("?!.,~")


def _split(text: str) -> list[str]:
    """The sentences of `text`: closed by punctuation (or ㅠㅠ, an emoji), or by a word that ends
    the way a clause's verb ends ("아 진짜 슬펐다 청산이 죽어?": two)."""
    out: list[str] = []
    for piece in _pieces(text):
        words = piece.split()
        start = 0
        for i, word in enumerate(words[:-1]):
            if _clause_end(_bare(word)):
                out.append(" ".join(words[start:i + 1]))
                start = i + 1
        out.append(" ".join(words[start:]) + ("?" if piece.rstrip().endswith("?") else ""))
    return out


def _pieces(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        out.append(text[start:end.end()] if "?" in end.group() else text[start:end.start()])
        start = end.end()
    out.append(text[start:])
    return out


def _clause_end(word: str) -> bool:
    """Whether `word` ends as a clause's verb or adjective, never as a noun, a name or a modifier."""
    if word in _SAID:
        return True
    if len(word) < 2 or not HANGUL_WORD.fullmatch(word) or word.endswith(_NOUN_ENDINGS):
        return False
    if word.endswith(_PREDICATE_ENDINGS):
        return True
    last = word[-1]
    return last in _NAME_LIKE_ENDINGS and len(word) >= _LONGER_THAN_A_NAME.get(last, 4)


def _names_something(text: str, resolver: NameResolver) -> bool:
    return bool(resolver.mentions(text)) or _TOPICS.search(text) is not None
