"""A Korean question that only names a topic: "감독?", "출연진 알려줘", "촬영지", "결말".

A Korean question without a question word is read as "is it so?" ("나연이 죽어?": does Na-yeon
die), but one made only of topic nouns, maybe with "tell me", has no predicate to say "Yes." to: it
asks for the topic itself, as "director?" or "cast" does in English (never "Yes." over whichever
record names the director, the cast or filming).
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.text import HANGUL

_TOPICS = frozenset(
    """감독 연출 작가 각본 원작 웹툰 원작웹툰 출연진 출연자 배우 배우들 등장인물 캐릭터 결말 엔딩 줄거리 내용 촬영지 촬영장소
    촬영 개봉일 개봉 공개일 공개 방영일 바이러스 시즌2 시즌1 시즌 관람등급 등급 연령등급 제작사 제작 러닝타임 넷플릭스
    지우학 지금우리학교는 ost 정보 평점 평가 시청률 수상 뜻 의미""".split()
)
# "알려줘", "알려주세요", "좀": please (tell me), no predicate of its own
_REQUEST = frozenset("알려줘 알려줘요 알려주세요 알려주라 가르쳐줘 가르쳐주세요 좀 궁금해 궁금해요 궁금함 정리 정리해줘".split())
_PARTICLES = compile_later(r"(?:은|는|이|가|을|를|요)$")
_WORD = compile_later(r"[\w\uac00-\ud7a3]+")


def bare_topic(raw: str) -> bool:
    """Whether the Korean question `raw` only names topics ("감독?", "시즌2 출연진 알려줘")."""
    words = _WORD.findall(raw.casefold())
    hangul = [w for w in words if HANGUL.search(w)]
    if not hangul or len(words) > 4:
        return False
    topic = False
    for word in hangul:
        if word in _REQUEST:
            continue
        if word not in _TOPICS and _PARTICLES.sub("", word) not in _TOPICS:
            return False
        topic = True
    return topic
