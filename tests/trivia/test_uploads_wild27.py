"""Uploads from the twenty-seventh blind set (bench/trivia_import.py --set wild27): lists written after season 2 is out.
An unquoted Red key "S2E3: Question?:" is read as that labelled question (bot/trivia/labelkeys.py); a note naming a
season never announced ("S3E1") is refused naming its line, as is an episode past a season's end, saying the
season's length."""

from __future__ import annotations

from bot.show import EpisodeInfo, Position, ShowShape
from bot.trivia.lists import ListError, parse_list
from bot.trivia.model import TriviaList
from bot.trivia.tagging import written_episode
from tests.table import table
from tests.trivia.uploads import answers as _answers


def _season_two_out() -> ShowShape:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n) for n in range(1, 9)])
    return shape


def _text(upload: str) -> TriviaList:
    return parse_list(upload.encode(), "mods", shape=_season_two_out())


def _refusal(upload: str) -> str:
    try:
        _text(upload)
    except ListError as refused:
        return "\n".join(refused.problems)
    raise AssertionError("imported")


def test_an_unquoted_red_key_with_its_episode_label_before_a_colon_is_read_as_that_labelled_question() -> None:
    parsed = _text("S2E3: Who does Ma-ru carry out?:\n- On-jo\nEp 6: Who bites Nam-ra?:\n- Gwi-nam\n")
    assert {q: written_episode(q) for q in _answers(parsed)} == {
        "S2E3: Who does Ma-ru carry out?": Position(2, 3), "Ep 6: Who bites Nam-ra?": Position(1, 6)}
    assert any("line 1, line 3" in w for w in parsed.warnings)


def test_a_red_key_holding_a_colon_after_no_episode_label_is_still_refused() -> None:
    assert "line 1" in _refusal("Who said: run?:\n- Cheong-san\n")


@table("upload", [
    "Who comes back?: # S3E1\n- Cheong-san\n",
    "Q: Who opens season 3? (S3E1) A: Nam-ra\n",
    "Question,Answer,Episode\nWho opens season 3?,Nam-ra,S3E1\n",
    "Question,Answer,Episode\nWho wins season 3?,Nam-ra,S3E99\n",  # never "all of season 3", stored and asked nowhere
    "# spoils: season 3\nWho wins season 3?:\n- Nam-ra\n",  # a Red comment's season too
])
def test_a_season_never_announced_is_refused_saying_so(upload: str) -> None:
    assert "no season 3" in _refusal(upload)


def test_one_question_tagged_with_a_season_never_announced_is_left_out_and_named_the_others_imported() -> None:
    parsed = _text("Question,Answer,Episode\nWho opens the gym door?,On-jo,S1E5\nWhat happens in season 9?,Nothing,S9E99\n")
    assert [q.text for q in parsed.questions] == ["Who opens the gym door?"]
    assert any(w.startswith("line 3: ") and "there is no season 9" in w and "left out" in w for w in parsed.warnings)


@table(("upload", "said"), [
    ("Question,Answer,Episode\nWho finds the campfire?,On-jo,S1E13\n", "season 1 (1-12)"),
    ("Who finds the campfire?: # S1E13\n- On-jo\n", "season 1 has 12 episodes"),
    ("Question,Answer,Episode\nWho survives?,On-jo,2x09\n", "season 2 has 8 episodes"),
    ("Who survives?: # season 2 episode 11\n- On-jo\n", "season 2 has 8 episodes"),
    ("eps 10–14:\nWho finds the campfire?:\n- On-jo\n", "season 1 has 12 episodes"),  # a Red list's title (was S1E14)
])
def test_an_episode_past_a_seasons_end_is_refused_saying_its_length(upload: str, said: str) -> None:
    assert said in _refusal(upload)
