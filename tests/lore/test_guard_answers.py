"""The spoiler guard reads an answer with the question it answers (bot/lore/guard_answers.py): the
message it replies to, the lines it quotes, or the question the same message asks first. Table rows
through bot.lore.guard.judge, no bot started; the reply through the local Discord is in
tests/cogs/lore/test_spoiler_guard.py."""

from __future__ import annotations

import pytest

from bot.lore.content import bundled_pack
from bot.lore.guard import judge
from bot.lore.lexicon import lexicon_of
from bot.show import Position
from bot.spoilers import read_as_shown

READS = read_as_shown(lexicon_of(bundled_pack()).position)
S1E3 = Position(1, 3)


@pytest.mark.parametrize(("question", "answer", "gives_away"), [
    ("does gwi-nam die??", "yeah eventually", 11),
    ("does nam-ra die?", "no", 12),  # the question gets her fate wrong; the no tells she lives
    ("wait so does hari survive", "yeah 🥹", 12),
    ("is su-hyeok ok?", "he's fine", 12),
    ("is on-jo's dad gonna be ok", "not really", 12),
    ("does the science teacher die", "he does 😭", 4),
    ("¿onjo sobrevive?", "sí", 12),
    ("when does ji-min turn?", "ep 10 i think", 10),
    ("who bites nam-ra", "gwinam obviously", 6),
    ("🛡️ <@1>, your message was taken down. What you wrote, behind a spoiler:\n||does woojin make it?||", "nope", 12),
])
def test_a_reply_that_answers_a_spoiler_question_gives_its_spoiler_away(question: str, answer: str, gives_away: int) -> None:
    spoiled = judge(answer, S1E3, READS, replying_to=question)
    assert spoiled is not None and spoiled.spoils == Position(1, gives_away) and spoiled.answering


@pytest.mark.parametrize(("question", "answer"), [
    ("did you eat?", "no"),
    ("is ep 3 good?", "yes"),
    ("is ep 11 sad?", "no"),
    ("is nam-ra your fav?", "yes"),
    ("are you ok?", "no lol"),
    ("what ep are you on?", "11"),
    ("does cheong-san die?", "lmao"),
    ("does cheong-san die?", "no spoilers but you'll see"),
    ("does cheong-san die?", "nooo don't tell me"),
    ("does cheong-san die?", "she's my fav"),
    ("does cheong-san die?", "idk i'm only on ep 2"),
    ("who bites nam-ra?", "why do you ask"),
    ("does on-jo survive?", "||yes||"),
    ("", "no"),  # the question gone or out of reach: the reply read alone
    ("🛡️ <@1>, your message was taken down: it gives away season 1, episode 11 (S1E11). What you wrote, behind a "
     "spoiler:\n||cheong-san dies||", "ok sorry"),
])
def test_a_reply_that_commits_to_nothing_or_answers_no_spoiler_stays(question: str, answer: str) -> None:
    assert judge(answer, S1E3, READS, replying_to=question) is None


def test_an_answer_within_the_mark_stays() -> None:
    assert judge("yes", Position(1, 6), READS, replying_to="does nam-ra get bitten?") is None


@pytest.mark.parametrize("text", [
    "> is so-ju gonna be ok\nno 💔",
    ">>> is the class president ok?\nnot really",
    "lol wait. is the class president ok? not really",
    "omg\n> is so-ju gonna be ok\nno 💔",
    "guys\nis nam-ra ok?? not really 😭",
])
def test_a_quoted_question_or_one_asked_in_the_same_message_is_read_with_its_answer(text: str) -> None:
    spoiled = judge(text, S1E3, READS)
    assert spoiled is not None and spoiled.answering


@pytest.mark.parametrize("text", ["> did you finish it?\nno", "is it raining there? no lol", "> cheong-san is so brave\nno"])
def test_a_quote_or_question_with_no_spoiler_stays(text: str) -> None:
    assert judge(text, S1E3, READS) is None
