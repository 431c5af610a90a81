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
from bot.progress_parts import PART_NUMBER, PART_NUMBERS
from bot.show import Position, ShowShape, read_position

# (Spanish and Portuguese fans write "T2 Parte 1", Japanese "シーズン2 パート1 第2話")
# (and Polish "Sezon 2 Część 2 Odcinek 3"; a part's number as bot/progress_parts.py reads it: "Part II", "Parte dos", a
# table's "2nd"; Korean says a part after its number: "시즌2 2부 3화")
_SEASON = r"(?:s|t|season|시즌|シーズン|temporada|temp\.?|saison|staffel|sezon)\s*0?(?P<season>[2-9])"
_PART_WORD = r"(?:pt\.?|part|parte|partie|teil|vol\.?|volume|cz[eę][sś][cć]|파트|パート)"
_PART_NUMBER = rf"(?:[1-3](?:st|nd|rd)|{PART_NUMBER}(?![^\W\d_]))"  # ("Partie": no part "i" before "e")
_PART = (rf"(?:(?:{_PART_WORD}|p)\s*(?P<part>{_PART_NUMBER}|\d+)"  # (a slip's "P99999": no part the listing has)
         r"|(?P<bu>[1-3])\s*부)")
_EPISODE = r"(?:(?:e|ep|eps|episode|episodio|epis[oó]dio|[ée]p|[ée]pisode|cap|cap[ií]tulo|folge|odcinek)\.?\s*0?(?P<episode>\d+)|(?:第\s*)?(?P<korean>\d{1,2})\s*[화회話集])"
_SEP = r"[\s,:·・|/\-–—]*"
#: A season's part, its episode after it or not: "S2P1E3", "season 2, part 2, ep 1", "시즌2 파트2 1화", "S2 Part 2".
_SEASON_PART = compile_later(rf"(?<![\w]){_SEASON}{_SEP}{_PART}(?:{_SEP}{_EPISODE})?(?![\w])", re.IGNORECASE)
#: A part and its episode with no season beside it: "part 2 ep 1", "파트2 1화" (never "p2 e1": a page, a player).
_PART_EPISODE = compile_later(rf"(?<![\w]){_PART_WORD}\s*(?P<part>{_PART_NUMBER}){_SEP}{_EPISODE}(?![\w])",
                              re.IGNORECASE)
#: A heading that is a season's part alone ("Season 2 Part 1", "S2 – Part 2 spoilers", "시즌2 파트2").
_HEADING = compile_later(rf"^{_SEASON}{_SEP}{_PART}(?:\s+(?:spoilers?|questions?|qs))?$", re.IGNORECASE)
#: A part's heading with no season ("Part 2", under "SEASON 2").
_PART_ALONE = compile_later(rf"^{_PART_WORD}\s*(?P<part>{_PART_NUMBER})$", re.IGNORECASE)
#: A later season's or part's end named in a question ("at the end of season 2", "the ending of part 2"): its last
#: episode, whichever that turns out to be (the listing's, when games draw it).
_END_OF = compile_later(rf"(?<![\w])(?:end|ending|finale|last\s+episode)\s+of\s+(?:the\s+)?(?:{_SEASON}|{_PART_WORD}\s*[23])"
                        rf"(?![\w])(?!{_SEP}{_PART_WORD})", re.IGNORECASE)
#: A part's first or last episode named in a question: "the part 2 premiere", "the part 1 finale", "the end of season 2
#: part 1", "the last episode of part 1": that drop's first or last as listed (all of the season when it is not).
_PART_EDGE = (compile_later(rf"(?<![\w])(?:{_SEASON}{_SEP})?{_PART_WORD}\s*(?P<part>{_PART_NUMBER})(?:'s)?\s+"
                            r"(?P<edge>premiere|opener|finale|first\s+episode|last\s+episode)(?![\w])", re.IGNORECASE),
              compile_later(rf"(?<![\w])(?P<edge>premiere|first\s+episode|finale|last\s+episode|end|ending)\s+of\s+"
                            rf"(?:the\s+)?(?:{_SEASON}{_SEP})?{_PART_WORD}\s*(?P<part>{_PART_NUMBER})(?![\w])",
                            re.IGNORECASE))
_LATER_SEASON = 2  # the only season Netflix releases in parts (a part with no season named is of it)
_MAY_NAME_PART = compile_later(r"p|teil|cz|파트|パート|\d\s*부", re.IGNORECASE).search  # (most notes name none: one look)


#: The show's listing an upload is read against (set while one is parsed, bot/trivia/lists.py): the notes' readers are
#: many and deep (labels, headings, columns), and a part's episodes are the one thing they need of it.
#: Why a context variable and not a "drops" value passed in, as the guide prefers (weighed at stop 59, imports33): the
#: readers reach this module through episodelabels' `spoils_written`, `label`, `named`, `in_english` and `in_season`,
#: called from nine modules (lists, labelled, entries, tables through entries, redformat, sections, partyposts,
#: labelkeys, tagging), most of them through two or three private readers of their own; threading one argument through
#: every one of those signatures (several modules near the 600-line limit) is no contained change. The variable is set
#: in exactly two places (lists._parse, UploadReading.ready), both around one whole upload, and unset reads as no drops
#: (all of the season: the safe side).
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


def part_last(season: int, part: int) -> Position:
    """A part's last episode as listed ("the part 1 finale": S2E6 of a 6 + 6 listing); all of the season when the
    listing shows no such drop."""
    drops = _drops(season)
    if 1 <= part <= len(drops):
        return Position(season, drops[part - 1][0] + drops[part - 1][1] - 1)
    return whole_season(season)


def _part(found: re.Match[str]) -> int:
    part = (found.group("part") or found.groupdict()["bu"]).casefold()
    part = part[:-2] if part[-2:] in ("st", "nd", "rd") and part[:-2].isdigit() else part
    return int(part) if part.isdigit() else PART_NUMBERS[part]


def _said(found: re.Match[str], season: int) -> str:
    episode = found.group("episode") or found.group("korean")
    return part_episode(season, _part(found), None if episode is None else int(episode))


def parts_named(text: str) -> list[Position]:
    """The episodes a text's parts name ("in season 2 part 1 ep 3": S2E3; "part 2 ep 1": all of season 2), as an
    episode named in a question is what it gives away at the least."""
    ends = [whole_season(int(m.group("season") or _LATER_SEASON)) for m in _END_OF.finditer(text)]
    if not _MAY_NAME_PART(text):
        return ends
    for edges in _PART_EDGE:
        for m in edges.finditer(text):
            season = int(m.group("season") or _LATER_SEASON)
            first = m.group("edge").casefold().startswith(("premiere", "opener", "first"))
            ends.append((read_position(part_episode(season, _part(m), 1)) or whole_season(season)) if first
                        else part_last(season, _part(m)))
    found = [(m, int(m.group("season"))) for m in _SEASON_PART.finditer(text)]
    found += [(m, _LATER_SEASON) for m in _PART_EPISODE.finditer(_SEASON_PART.sub(" ", text))]
    return [*ends, *(read_position(_said(m, season)) or _part_alone(m, season) for m, season in found)]


def _part_alone(found: re.Match[str], season: int) -> Position:
    """A part named in a question without its episode ("the end of season 2 part 1"): to that drop's last episode."""
    return whole_season(season) if found.group("episode") or found.group("korean") else part_last(season, _part(found))


def parts_said(text: str) -> str:
    """A note with a season's part said as the season's episode ("S2P1E3": "S2E3") or as all of the season ("season 2
    part 2 ep 1", "S2 Part 1": "season 2 ep ?"); other text as it is."""
    if not _MAY_NAME_PART(text):
        return text
    text = _SEASON_PART.sub(lambda m: _said(m, int(m.group("season"))), text)
    return _PART_EPISODE.sub(lambda m: _said(m, _LATER_SEASON), text)


def part_alone(text: str) -> int | None:
    """A heading naming a part with no season ("Part 2", "Pt. II"): its number (the season is the heading's above it,
    bot/trivia/episodelabels.py), else None."""
    found = _PART_ALONE.match(text)
    return None if found is None else _part(found)


def part_heading(text: str) -> tuple[int, int] | None:
    """A heading naming a season's part alone: (the season, its part if a later one than the first, whose episodes
    are not that season's numbers, else 0); None for any other heading."""
    found = _HEADING.match(text)
    if found is None:
        return None
    return int(found.group("season")), _part(found) if _part(found) > 1 else 0
