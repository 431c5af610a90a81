"""A season's place said in the words season 1's bare places are read in: "started it last week, s2 ep 7 now", "s2 ep 7 pa
lang", "dah habis tengok s2 ep 8", "fell asleep after s2 ep 5", "halfway through s2 ep 7", and abroad with the word that
links them: "看到第二季第5集了", "sono alla stagione 2 episodio 5", "season 2 ka episode 4 dekh raha hoon" (season 1's
too: "看到第一季第5集了"). The project's rule for a
place holds in every season ("on ep 3" is episode 3; "halfway through ep 4", the one before): many of its readings
were written for season 1's bare "ep N" and miss the season said before it. Read without the season, as season 1's
place, the reading is carried to that season's episode, and only when it is that very episode or the one before it
(anything else, "my bf is on s2 ep 5 im on 3", is someone else's place or a count, and stays asked again). Only a
text watched.py would otherwise ask again comes here: no reading it already makes changes.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Protocol

from bot.lazy_re import compile_later
from bot.show import NOTHING, Position, PositionError, ShowShape
from bot.text import cjk_number

# "s2 ep 7", "season 2 episode 7", "s2e7", "s2, ep 7", "시즌2 7화", "시즌 2 7화": the season said right before its episode;
# in other languages too, with the word that links them ("看到第二季第5集了", "sono alla stagione 2 episodio 5", "ดูซีซั่น 2
# ตอนที่ 3 อยู่", "season 2 ka episode 4 dekh raha hoon", "سیزن 2 کی قسط 3 دیکھ لی", "nonton season 2 sampai ep 6")
_SEASON_WORD = r"s|season|temporada|staffel|saison|stagione|sezon|musim|m[uù]a|ph[aầ]n|سیزن|سيزن|सीज़न|सीजन"
_EPISODE_WORD = (r"ep|eps|episode|episodio|episódio|épisode|episod|e|cap|capítulo|capitulo|folge|tập|قسط|एपिसोड|"
                 r"ตอนที่|ตอน")
_SEASON_AT = compile_later(
    rf"(?:(?<![\w])(?:{_SEASON_WORD})\s?(?P<season>\d{{1,2}})|시즌\s?(?P<ko_season>\d{{1,2}})|第(?P<zh_season>[一二三\d])季"
    rf"|シーズン\s?(?P<ja_season>\d{{1,2}})の?|ซีซั่น\s?(?P<th_season>\d{{1,2}}))"
    r"(?:\s*,\s*|\s+|(?=e\s?\d)|(?<=季|の)|(?<=\d)(?=第|\d))(?:(?:ka|ki|کی|کا|का|की)\s+)?"
    rf"(?=(?:(?:sampai|hingga|sampe)\s)?(?:{_EPISODE_WORD})\s?(?P<ep>\d{{1,2}})(?!\d)|(?P<ko>\d{{1,2}})\s?화"
    r"|第\s?(?P<zh>\d{1,2})\s?[集話话]|(?P<ja>\d{1,2})\s?話)", re.I)
# A part named ("s2 ep 5 part 2", "part 2 of s2 ep 3"): what it is depends on the season's own listing (its parts, whether
# out: bot.progress_parts), which season 1's reading cannot see, so never carried (watched39)
_PART_NAMED = compile_later(r"(?<![a-z])(?:part|pt|vol|volume|parte|파트|パート)\.? ?(?:[1-3]|one|two|three)(?![a-z0-9])", re.I)
_ANOTHER_SEASON = compile_later(rf"(?<![\w])(?:{_SEASON_WORD})\s?\d|\d{{1,2}}x\d|시즌|season|第[一二三\d]季|シーズン|ซีซั่น", re.I)


class _Said(Protocol):
    @property
    def position(self) -> Position: ...
    @property
    def partway(self) -> Position | None: ...


class _Reading(Protocol):
    def __call__(self, text: str, shape: ShowShape, *, now: dt.datetime) -> _Said: ...


def season_carried(typed: str, shape: ShowShape, now: dt.datetime, read: _Reading) -> tuple[Position, Position | None] | None:
    """(position, partway) for `typed` when it says one place in a later season in words season 1's reading knows;
    `read` is watched.py's own reading. None: not such a text, or not read so."""
    text = unicodedata.normalize("NFKC", typed)
    found = list(_SEASON_AT.finditer(text))
    if len(found) != 1:
        return None
    at = found[0]
    said_season = next(n for n in (at["season"], at["ko_season"], at["zh_season"], at["ja_season"], at["th_season"]) if n)
    season = cjk_number(said_season) or 0
    episode = int(next(n for n in (at["ep"], at["ko"], at["zh"], at["ja"]) if n))
    rest = text[:at.start()] + text[at.end():]
    if season < 1 or episode < 1 or _ANOTHER_SEASON.search(rest) or _PART_NAMED.search(rest):
        return None  # one season said, once: "finished s1, s2 ep 3" is read as it is, never here
    try:
        said = read(rest, ShowShape.season_one(), now=now)
        position, partway = said.position, said.partway
    except PositionError:  # read season 1's way, it says no place either
        return None
    target = Position(season, episode)
    if target not in shape.positions():
        return None  # not listed (before season 2 is out, or past its episodes): asked as before
    earlier = [p for p in shape.positions() if p < target]
    before = earlier[-1] if earlier else NOTHING
    if partway is not None:
        return (before, target) if partway.episode == episode else None
    if position.episode == episode:
        return target, None
    if position.episode == episode - 1 or (episode == 1 and position == NOTHING):
        return before, None  # "fell asleep before s2 ep 5": the one before it
    return None
