"""Chinese and Japanese numerals read by one reader (bot.text.cjk_number): a fan's "十二" is 12 wherever it is typed
(how far they watched, a trivia answer, an episode a spoiler names), and a malformed one is read by none of them."""

from __future__ import annotations

from bot.lore.lexicon_episodes import han_episodes
from bot.show import PositionError, ShowShape
from bot.trivia.numberwords import japanese_number
from bot.watched import read_watched
from tests.bot.test_show import NOW
from tests.table import table


def _watched(typed: str) -> str:
    try:
        return str(read_watched(typed, ShowShape.season_one(), now=NOW).position)
    except PositionError:
        return "refused"


@table(("typed", "expected"), [
    ("第十二話まで見た", "S1E12"), ("十話まで見た", "S1E10"), ("一十一話まで見た", "S1E11"), ("第１２話まで見た", "S1E12"),
    ("看到第十一集了", "S1E11"), ("前两集看完了", "S1E2"), ("前兩集看完了", "S1E2"), ("看了兩集", "S1E2"),
    ("ep 1️⃣0️⃣", "S1E10"), ("ep 🔟", "S1E10"), ("season 1️⃣ ep 4", "S1E4"),
])
def test_an_episode_in_chinese_numerals_or_keycaps_is_saved_as_that_episode(typed: str, expected: str) -> None:
    assert _watched(typed) == expected


@table(("typed", "progress", "trivia", "recap"), [
    ("十二", "S1E12", "episode 12", "第12集"), ("十一", "S1E11", "episode 11", "第11集"), ("九", "S1E9", "episode 9", "第9集"),
])
def test_a_numeral_is_the_same_episode_to_progress_trivia_and_the_spoiler_guard(
    typed: str, progress: str, trivia: str, recap: str,
) -> None:
    assert _watched(f"第{typed}話まで見た") == progress
    assert japanese_number(f"{typed}話") == trivia
    assert han_episodes(f"第{typed}集") == recap


@table("typed", ["十十", "三三", "二十十", "十两"])
def test_a_malformed_numeral_is_read_by_no_reader_and_raises_nowhere(typed: str) -> None:
    assert _watched(f"第{typed}話まで見た") == "refused"
    assert japanese_number(f"{typed}話") is None
    assert han_episodes(f"第{typed}集") == f"第{typed}集"  # left as typed: no episode named
