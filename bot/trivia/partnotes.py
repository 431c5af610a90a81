"""A later season's part in an imported list's notes, said as the readers of bot/trivia/episodelabels.py read them.

Season 2 comes out in parts, and moderators note its questions by part: "S2P1E3", "s2 p2 e1", "season 2 part 2 ep 1",
"S2 Part 1 Ep 2", "시즌2 파트2 1화", "part 2 ep 1", headings "**Season 2 Part 1**", "# === S2 Part 2 ===". Read by
their episode alone, "season 2 part 2 ep 1" was S2E1 and "part 2 ep 1" S1E1: a question of part 2 asked to fans who
had seen one episode of part 1 (a leak). Part 1 begins the season, so its episode N is the season's episode N. How
many episodes part 1 has is not known before the listing shows it, so an episode of a later part is held to all of
the season ("season 2 ep ?", the note's form for an episode not known yet; games meet it against the show's
listing, bot/trivia/laterseason.py), and so is a part named without its episode. Season 1 has no parts: a part
with no season beside it is read only with its episode after it ("Part 1 (eps 1-6)" is a round of season 1's).
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.lexicon_seasons import whole_season
from bot.show import Position, read_position
from bot.text import NUMBER_WORDS

# (Spanish and Portuguese fans write "T2 Parte 1", Japanese "シーズン2 パート1 第2話")
_SEASON = r"(?:s|t|season|시즌|シーズン|temporada|saison|staffel)\s*0?(?P<season>[2-9])"
_PART_WORD = r"(?:pt\.?|part|parte|partie|teil|vol\.?|volume|파트|パート)"
_PART = rf"(?:{_PART_WORD}|p)\s*(?P<part>[1-3]|one|two|three)"
_EPISODE = r"(?:(?:e|ep|eps|episode|episodio|epis[oó]dio|[ée]pisode|cap|cap[ií]tulo|folge)\.?\s*0?(?P<episode>\d{1,2})|(?:第\s*)?(?P<korean>\d{1,2})\s*[화회話集])"
_SEP = r"[\s,:·|/\-–—]*"
#: A season's part, its episode after it or not: "S2P1E3", "season 2, part 2, ep 1", "시즌2 파트2 1화", "S2 Part 2".
_SEASON_PART = compile_later(rf"(?<![\w]){_SEASON}{_SEP}{_PART}(?:{_SEP}{_EPISODE})?(?![\w])", re.IGNORECASE)
#: A part and its episode with no season beside it: "part 2 ep 1", "파트2 1화" (never "p2 e1": a page, a player).
_PART_EPISODE = compile_later(rf"(?<![\w]){_PART_WORD}\s*(?P<part>[1-3]|one|two|three){_SEP}{_EPISODE}(?![\w])",
                              re.IGNORECASE)
#: A heading that is a season's part alone ("Season 2 Part 1", "S2 – Part 2 spoilers", "시즌2 파트2").
_HEADING = compile_later(rf"^{_SEASON}{_SEP}{_PART}(?:\s+(?:spoilers?|questions?|qs))?$", re.IGNORECASE)
_LATER_SEASON = 2  # the only season Netflix releases in parts (a part with no season named is of it)
_MAY_NAME_PART = compile_later(r"p|teil|파트|パート", re.IGNORECASE).search  # (most notes name none: one look)


def _part(found: re.Match[str]) -> int:
    part = found.group("part").casefold()
    return int(part) if part.isdigit() else NUMBER_WORDS[part]


def _said(found: re.Match[str], season: int) -> str:
    number = _part(found)
    episode = found.group("episode") or found.group("korean")
    if number == 1 and episode is not None:
        return f"S{season}E{int(episode)}"  # part 1 begins the season
    return f"season {season} ep ?"  # a later part's episode, or a part with none: all of the season


def parts_named(text: str) -> list[Position]:
    """The episodes a text's parts name ("in season 2 part 1 ep 3": S2E3; "part 2 ep 1": all of season 2), as an
    episode named in a question is what it gives away at the least."""
    if not _MAY_NAME_PART(text):
        return []
    found = [(m, int(m.group("season"))) for m in _SEASON_PART.finditer(text)]
    found += [(m, _LATER_SEASON) for m in _PART_EPISODE.finditer(_SEASON_PART.sub(" ", text))]
    return [read_position(_said(m, season)) or whole_season(season) for m, season in found]


def parts_said(text: str) -> str:
    """A note with a season's part said as the season's episode ("S2P1E3": "S2E3") or as all of the season ("season 2
    part 2 ep 1", "S2 Part 1": "season 2 ep ?"); other text as it is."""
    if not _MAY_NAME_PART(text):
        return text
    text = _SEASON_PART.sub(lambda m: _said(m, int(m.group("season"))), text)
    return _PART_EPISODE.sub(lambda m: _said(m, _LATER_SEASON), text)


def part_heading(text: str) -> tuple[int, bool] | None:
    """A heading naming a season's part alone: (the season, whether it is a later part than the first, whose episodes
    are not that season's numbers); None for any other heading."""
    found = _HEADING.match(text)
    if found is None:
        return None
    return int(found.group("season")), _part(found) > 1
