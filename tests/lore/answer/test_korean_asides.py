"""Korean words around a question that ask nothing (korean_asides.py) do not block it; a word that
may be a name or the scene asked for is still said back."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), Position.legacy(12))[0]


@pytest.mark.parametrize(("question", "fact"), [
    ("남라 죽어? 너무 불쌍해ㅠㅠ", "최남라"),  # a fate is said in Korean (story_phrases), naming her in Hangul
    ("아 진짜 슬펐다 청산이 죽어?", "이청산"),
    ("온조 배우 누구임? 완전 예쁨", "Park Ji-hu"),
    ("청산이 배우 이름 알려주세요", "Yoon Chan-young"),
    ("7화 줄거리 알려주세요", "7화"),
])
def test_a_sentence_or_word_said_around_the_question_is_left_out(engine: AnswerEngine, question: str, fact: str) -> None:
    assert engine.answer(question).answered
    assert fact in _text(engine, question)


@pytest.mark.parametrize(("question", "word"), [("청산이 뻘짓 몇 화야?", "뻘짓"), ("온조 존예 몇 화?", "존예"),
                                                 ("청산이랑 은비 사귀어?", "은비")])
def test_a_word_that_may_be_a_name_or_the_scene_is_still_said_back(engine: AnswerEngine, question: str, word: str) -> None:
    assert _text(engine, question).startswith(f"I didn't understand \u201c{word}\u201d")


@pytest.mark.parametrize(("question", "fact"), [("온조 시즌2에 나와?", "네. 넷플릭스가 발표한 시즌2 출연진에"),
                                                 # in Korean since lang64 (was "not in the season 2 cast")
                                                 ("귀남이 시즌2 나와?", "시즌2 출연진에 Yoon Gwi-nam (Yoo In-soo) 이름은 없어요"),
                                                 ("학생 몇 명 죽어?", "13명")])  # in Korean since fix115 (was "13 students")
def test_korean_season_2_and_count_questions_ask_what_they_say(engine: AnswerEngine, question: str, fact: str) -> None:
    text = _text(engine, question)
    assert fact in text and "library" not in text and "Outlook" not in text


@pytest.mark.parametrize(("question", "group", "count"), [("여학생 몇 명 죽어?", "여학생", "5명"), ("남학생 몇 명 죽어?", "남학생", "8명")])
def test_how_many_girls_or_boys_die_asked_in_korean_counts_that_group_not_every_student(
        engine: AnswerEngine, question: str, group: str, count: str) -> None:
    text = _text(engine, question)  # (each once counted all 13 students: "학생" read inside "여학생")
    assert f"{group} 중" in text and count in text and "13명" not in text, text


@pytest.mark.parametrize(("question", "episode", "not_episode"), [("남라 몇 화에 돌아와?", "12화", "6화"),
                                                                 ("남라 언제 돌아와?", "12화", "6화"),
                                                                 ("온조 아빠 몇 화에 돌아와?", "7화", "4화")])
def test_which_episode_someone_comes_back_asked_in_korean_is_the_episode_they_come_back_in(
        engine: AnswerEngine, question: str, episode: str, not_episode: str) -> None:
    text = _text(engine, question)  # ("돌아와" was dropped: "which episode" alone gave Nam-ra's bite, episode 6)
    assert episode in text and not_episode not in text, text
