"""A channel's mark said in words to /spoilers (bot/lore/mark_words.py)."""

from __future__ import annotations

from bot.lore.mark_words import allowed_up_to
from tests.table import table


@table(("typed", "episode"), [
    ("S2E2 spoilers ok", "s2e2"), ("s2e2까지 스포 허용", "s2e2까지"), ("시즌2 2화까지 스포 가능", "시즌2 2화까지"),
    ("spoilers allowed up to s2e2", "s2e2"), ("spoilers ok thru ep 5", "ep 5"), ("스포 허용 5화까지", "5화까지"),
])
def test_spoilers_said_allowed_up_to_an_episode_give_that_episode(typed: str, episode: str) -> None:
    assert allowed_up_to(typed) == episode


@table("typed", ["no spoilers past ep 5", "스포 금지 5화까지", "spoilers ok", "s2e2", "ep 5 no spoilers"])
def test_anything_but_spoilers_allowed_beside_an_episode_gives_none(typed: str) -> None:
    assert allowed_up_to(typed) is None
