"""Season-2 questions typed without the words that say what they ask (bot/lore/answer/season2_asked.py)."""

from __future__ import annotations

from bot.lore.answer.season2_asked import season2_asked
from tests.table import table


@table(("clause", "window"), [("s2 h1 2027?", "h1 2027"), ("season 2 december 2026??", "december 2026"),
                                                ("s2 in 2027", "2027"), ("next season early 2027?", "early 2027")])
def test_season_two_and_a_window_asks_whether_it_comes_out_then(clause: str, window: str) -> None:
    assert season2_asked(clause) == f"is season 2 coming out in {window}?"


@table("clause", ["when is s2 expected", "when's season 2 due", "when is season 2 expected out"])
def test_expected_or_due_asks_when_it_comes_out(clause: str) -> None:
    assert season2_asked(clause) == "when will season 2 come out"


@table("clause", ["did netflix announce the release date", "have they set a release date yet"])
def test_a_release_date_announced_asks_whether_season_two_has_one(clause: str) -> None:
    assert season2_asked(clause) == "is there a release date for season 2 yet"


@table("clause", ["why isnt  ent0  in season 2", "why is  ent0  not in s2", "why won't ent0 be back for s2"])
def test_why_someone_is_not_in_season_two_asks_whether_they_are(clause: str) -> None:
    assert season2_asked(clause) == "is ent0 in season 2"


@table("clause", ["when did season 2 start filming", "who dies in episode 2", "is ent0 in season 2",
                                    "s2 cast 2025", "what happened in 2022"])
def test_other_questions_are_left_as_typed(clause: str) -> None:
    assert season2_asked(clause) == clause


@table("clause", ["are they making a season 2", "r they making a s2", "will netflix make a sequel",
                                    "is netflix making season 2 or not"])
def test_making_a_season_two_asks_whether_there_is_one(clause: str) -> None:
    assert season2_asked(clause) == "will there be a season 2"


@table("clause", ["was season 2 made", "is s2 being made", "has season 2 been made yet"])
def test_season_two_being_made_asks_how_far_its_filming_has_come(clause: str) -> None:
    assert season2_asked(clause) == "has season 2 finished filming"
