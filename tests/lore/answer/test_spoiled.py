"""What a moderator asks of a spoiler, read as the episode it spoils (bot/lore/answer/spoiled.py)."""

from __future__ import annotations

from bot.lore.answer.spoiled import spoiler_asked
from tests.table import table


@table(("clause", "asked"), [
    ("which episode reveals  ent0  is a halfbie", "which episode ent0 is a halfbie"),
    ("what ep spoils ent0 's death", "which episode ent0 's death"),
    ("is it a spoiler that ent0 becomes a halfbie", "which episode ent0 becomes a halfbie"),
    ("is ent0 becoming a halfbie a spoiler", "which episode ent0 becoming a halfbie"),
])
def test_what_a_spoiler_reaches_is_asked_as_its_episode(clause: str, asked: str) -> None:
    assert spoiler_asked(clause) == asked


@table("clause", ["is it a spoiler", "which episode shows the music room", "does ent0 show up in s2"])
def test_a_question_naming_no_one_or_asking_otherwise_is_left_as_typed(clause: str) -> None:
    assert spoiler_asked(clause) == clause
