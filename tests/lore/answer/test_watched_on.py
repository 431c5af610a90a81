"""A platform named in a question (bot/lore/answer/watched_on.py)."""

from __future__ import annotations

from bot.lore.answer.watched_on import watched_on


def test_a_question_of_when_asks_the_release_never_where_it_streams() -> None:
    assert watched_on("when did it come out on netflix") == "when did it come out"


def test_a_platform_asked_about_is_kept_as_the_claim() -> None:
    assert watched_on("can i watch it on disney plus") == "where can i watch it platformdisney"
