"""A Korean question that only names a topic asks for the topic, never "Yes." (korean_topics.py)."""

from __future__ import annotations

from bot.lore.answer.korean_topics import bare_topic
from tests.table import table


@table("question", ["감독?", "출연진 알려줘", "시즌2 출연진", "촬영지", "결말은?", "s2 출연진 좀"])
def test_a_question_of_topic_nouns_is_bare(question: str) -> None:
    assert bare_topic(question)


@table("question", ["나연이 죽어?", "시즌2 확정?", "남라 좀비야?", "감독 누구야", "who directed it", "알려줘"])
def test_a_question_with_a_predicate_or_no_topic_is_not(question: str) -> None:
    assert not bare_topic(question)
