"""Progress said as a count out of a season's (or a part's) episodes: "3 of 12", "3/12", "s2: 3/8", "4/8 of s2",
"through ep 4 of 12" (watched through it), "all 12 eps of s1" (all of them), "3/6" with no season named (the one part
out with six episodes), rewritten as the plain place watched.py reads (split from watched.py at 597 lines)."""

from __future__ import annotations

import datetime as dt

from bot.lazy_re import compile_later
from bot.progress_parts import part_counted
from bot.show import ShowShape

# "3 of 12", "3/12", "s2: 3/8", "4/8 of s2", "through ep 4 of 12": an episode counted out of its season's episodes (watched through
# it); "all 12 eps of s1": all of them.
_OUT_OF = compile_later(r"^(?:(?:s|season) ?(?P<season>\d{1,2}):? )?(?:(?:through|thru|up to) )?(?:(?:episode|ep|e) ?)?(?P<n>\d{1,3}) ?(?:of|/|out of) ?"
                     r"(?P<of>\d{1,3})(?: eps| episodes)?(?: (?:of|in) (?:s|season) ?(?P<after>\d{1,2})|(?: of| in) (?:the )?(?:part|pt) ?(?P<part>[1-3]))?$")  # "4/8 of s2" (watched37)
_ALL_OF = compile_later(r"^all (?:the )?(?P<of>\d{1,3})(?: (?:episodes|eps)(?: (?:of|in) (?:s|season) ?(?P<season>\d{1,2}))?)?$")


def out_of(core: str, shape: ShowShape, now: dt.datetime) -> str:
    """"3 of 12" is episode 3 when 12 is season 1's number of episodes (else left as it is); "s2 3/8"
    and "all 8 eps of s2" count the season they name; "all 12" the one season out that has 12; "0/12" none; "3/6" with
    no season named, or "3/6 of part 1", the one part out with that many (watched53: no season has six)."""
    match, latest = _OUT_OF.match(core) or _ALL_OF.match(core), shape.last_released(now).season
    if match is None:
        return core
    counted = "n" in match.groupdict()
    named = match["season"] or match.groupdict().get("after")
    if counted and named is None and (match["part"] or int(match["of"]) != len(shape.episodes_in(1))):
        first = part_counted(shape, now, int(match["of"]), int(match["part"]) if match["part"] else None)
        return core if first is None or not 0 < int(match["n"]) <= int(match["of"]) else \
            f"season {first.season} episode {first.episode + int(match['n']) - 1}"
    if named is None and not counted:  # "all 12": the season with that many, if only one has
        having = [season for season in range(1, latest + 1) if len(shape.episodes_in(season)) == int(match["of"])]
        season = having[0] if len(having) == 1 else 0
    else:
        season = int(named or 1)
    if int(match["of"]) != len(shape.episodes_in(season)):
        return core
    episode = match["n"] if counted else match["of"]
    return "nothing" if episode in ("0", "00") else f"season {season} episode {episode}"
