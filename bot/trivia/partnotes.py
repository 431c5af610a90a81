"""A later season's part in an imported list's notes, said as the readers of bot/trivia/episodelabels.py read them.

Season 2 comes out in parts, and moderators note its questions by part: "S2P1E3", "s2 p2 e1", "season 2 part 2 ep 1",
"S2 Part 1 Ep 2", "시즌2 파트2 1화", "part 2 ep 1", headings "**Season 2 Part 1**", "# === S2 Part 2 ===". Read by
their episode alone, "season 2 part 2 ep 1" was S2E1 and "part 2 ep 1" S1E1: a question of part 2 asked to fans who
had seen one episode of part 1 (a leak). Part 1 begins the season, so its episode N is the season's episode N. A
later part's episode N is the Nth of that part's drop as the show lists it (`parts_listed`: the episodes out at one
moment, as `ShowShape.aired_at` groups a drop): "Part 2, ep 3" of a season listed as 6 + 6 is S2E9. While the
listing does not show that part (or shows episodes one by one, or has fewer than N in it), the episode is held to all
of the season ("season 2 ep ?", the note's form for an episode not known yet; games meet it against the show's
listing, bot/trivia/laterseason.py), and so is a part named without its episode. Season 1 has no parts: a part
with no season beside it is read only with its episode after it ("Part 1 (eps 1-6)" is a round of season 1's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from bot.lazy_re import compile_later
from bot.lore.lexicon_seasons import WHOLE, whole_season
from bot.show import Position, ShowShape, read_position
from bot.text import NUMBER_WORDS

# (Spanish and Portuguese fans write "T2 Parte 1", Japanese "シーズン2 パート1 第2話")
_SEASON = r"(?:s|t|season|시즌|シーズン|temporada|temp\.?|saison|staffel)\s*0?(?P<season>[2-9])"
_PART_WORD = r"(?:pt\.?|part|parte|partie|teil|vol\.?|volume|파트|パート)"
_PART = rf"(?:{_PART_WORD}|p)\s*(?P<part>[1-3]|one|two|three|\d+)"  # (a slip's "P99999": no part the listing has)
_EPISODE = r"(?:(?:e|ep|eps|episode|episodio|epis[oó]dio|[ée]p|[ée]pisode|cap|cap[ií]tulo|folge)\.?\s*0?(?P<episode>\d+)|(?:第\s*)?(?P<korean>\d{1,2})\s*[화회話集])"
_SEP = r"[\s,:·・|/\-–—]*"
#: A season's part, its episode after it or not: "S2P1E3", "season 2, part 2, ep 1", "시즌2 파트2 1화", "S2 Part 2".
_SEASON_PART = compile_later(rf"(?<![\w]){_SEASON}{_SEP}{_PART}(?:{_SEP}{_EPISODE})?(?![\w])", re.IGNORECASE)
#: A part and its episode with no season beside it: "part 2 ep 1", "파트2 1화" (never "p2 e1": a page, a player).
_PART_EPISODE = compile_later(rf"(?<![\w]){_PART_WORD}\s*(?P<part>[1-3]|one|two|three){_SEP}{_EPISODE}(?![\w])",
                              re.IGNORECASE)
#: A heading that is a season's part alone ("Season 2 Part 1", "S2 – Part 2 spoilers", "시즌2 파트2").
_HEADING = compile_later(rf"^{_SEASON}{_SEP}{_PART}(?:\s+(?:spoilers?|questions?|qs))?$", re.IGNORECASE)
#: A later season's or part's end named in a question ("at the end of season 2", "the ending of part 2"): its last
#: episode, whichever that turns out to be (the listing's, when games draw it).
_END_OF = compile_later(rf"(?<![\w])(?:end|ending|finale|last\s+episode)\s+of\s+(?:the\s+)?(?:{_SEASON}|{_PART_WORD}\s*[23])"
                        r"(?![\w])", re.IGNORECASE)
_LATER_SEASON = 2  # the only season Netflix releases in parts (a part with no season named is of it)
_MAY_NAME_PART = compile_later(r"p|teil|파트|パート", re.IGNORECASE).search  # (most notes name none: one look)


#: The show's listing an upload is read against (set while one is parsed, bot/trivia/lists.py): the notes' readers are
#: many and deep (labels, headings, columns), and a part's episodes are the one thing they need of it.
_LISTING: ContextVar[ShowShape | None] = ContextVar("parts_listing", default=None)
_DROP = dt.timedelta(days=1)  # episodes listed within a day of a drop's first are of that drop (ShowShape.aired_at)


@contextmanager
def parts_listed(shape: ShowShape) -> Iterator[None]:
    """Read parts' episodes against `shape` while the block runs (one upload's parse)."""
    token = _LISTING.set(shape)
    try:
        yield
    finally:
        _LISTING.reset(token)


def _drops(season: int) -> list[tuple[int, int]]:
    """The season's parts as listed: (first episode, how many) of each drop; none when the listing shows no parts (an
    episode without its air time, or a drop of one episode: a weekly release, whose "part 2" is no drop)."""
    shape = _LISTING.get()
    infos = shape.episodes_in(season) if shape is not None else ()
    drops: list[tuple[int, int, dt.datetime]] = []
    for info in infos:
        if info.airstamp is None:
            return []
        if drops and info.airstamp <= drops[-1][2] + _DROP and info.number == drops[-1][0] + drops[-1][1]:
            drops[-1] = (drops[-1][0], drops[-1][1] + 1, drops[-1][2])
        else:
            drops.append((info.number, 1, info.airstamp))
    if len(drops) < 2 or any(count < 2 for _, count, _ in drops):
        return []
    return [(first, count) for first, count, _ in drops]


def part_episode(season: int, part: int, episode: int | None) -> str:
    """A part's episode as a note says the season's: part 1's episode N is SsEN, a later part's the Nth of its drop
    as listed; all of the season ("season 2 ep ?") when that is not known, or no episode is named."""
    if episode is None or not 1 <= episode < WHOLE:  # (none, or a number no episode has: "E99999999999")
        return f"season {season} ep ?"
    if part == 1:
        return f"S{season}E{episode}"  # part 1 begins the season
    drops = _drops(season)
    if 1 < part <= len(drops) and episode <= drops[part - 1][1]:
        return f"S{season}E{drops[part - 1][0] + episode - 1}"
    return f"season {season} ep ?"


def _part(found: re.Match[str]) -> int:
    part = found.group("part").casefold()
    return int(part) if part.isdigit() else NUMBER_WORDS[part]


def _said(found: re.Match[str], season: int) -> str:
    episode = found.group("episode") or found.group("korean")
    return part_episode(season, _part(found), None if episode is None else int(episode))


def parts_named(text: str) -> list[Position]:
    """The episodes a text's parts name ("in season 2 part 1 ep 3": S2E3; "part 2 ep 1": all of season 2), as an
    episode named in a question is what it gives away at the least."""
    ends = [whole_season(int(m.group("season") or _LATER_SEASON)) for m in _END_OF.finditer(text)]
    if not _MAY_NAME_PART(text):
        return ends
    found = [(m, int(m.group("season"))) for m in _SEASON_PART.finditer(text)]
    found += [(m, _LATER_SEASON) for m in _PART_EPISODE.finditer(_SEASON_PART.sub(" ", text))]
    return [*ends, *(read_position(_said(m, season)) or whole_season(season) for m, season in found)]


def parts_said(text: str) -> str:
    """A note with a season's part said as the season's episode ("S2P1E3": "S2E3") or as all of the season ("season 2
    part 2 ep 1", "S2 Part 1": "season 2 ep ?"); other text as it is."""
    if not _MAY_NAME_PART(text):
        return text
    text = _SEASON_PART.sub(lambda m: _said(m, int(m.group("season"))), text)
    return _PART_EPISODE.sub(lambda m: _said(m, _LATER_SEASON), text)


def part_heading(text: str) -> tuple[int, int] | None:
    """A heading naming a season's part alone: (the season, its part if a later one than the first, whose episodes
    are not that season's numbers, else 0); None for any other heading."""
    found = _HEADING.match(text)
    if found is None:
        return None
    return int(found.group("season")), _part(found) if _part(found) > 1 else 0
