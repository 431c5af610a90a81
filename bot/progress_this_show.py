"""The one clause of a sentence said of this show, by any name the project knows it by ("squid game s2 ep 7 done, aoad
s2 ep 2": "s2 ep 2"), for bot.watched to read alone; the other clauses are another show's (split from watched.py at 583
lines, watched58).

Plain text in; nothing here knows the show's shape.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.progress_clauses import clauses, season_to_come
from bot.progress_other_show import OWN_NAMES

# "aoad s2 ep 2", "s2e1 of this", "then this, s2e2": the clause said of this show, beside another show's place.
# (every name the project knows it by: "aouad s1 e5", "지우학은 5화까지", "僵尸校园看到第6集", "ep 5 of aouad")
_THIS_SHOW = compile_later(rf"(?i)(?:\b(?:of|de|da|do|del) )?{OWN_NAMES}(?:은|는)?|\bof this(?: one| show)?$|^(?:then )?this$")


# (its place said with a season or episode word: "all of us are dead 2" is the show's own name for a season)
_NAMED_FIRST = compile_later(rf"(?i)^{OWN_NAMES}(?:은|는)?[\s:,-]+(?=(?:s ?\d|season|ep|episode|e ?\d|시즌|\d{{1,2}} ?화|\d{{1,2}}x\d))")


def this_show_said(text: str) -> str | None:
    """The one clause said of this show ("squid game s2 ep 7 done, aoad s2 ep 2": "s2 ep 2"), its name read past."""
    parts = clauses(text)
    if len(parts) == 1 and (named := _NAMED_FIRST.match(parts[0])) is not None:
        return parts[0][named.end():]  # "aoad s2 ep 3 done": the show named before its place
    marked = [i for i, part in enumerate(parts) if _THIS_SHOW.search(part)]
    if len(parts) < 2 or len(marked) != 1 or marked[0] < len(parts) - 2 or (marked[0] == len(parts) - 2 and _THIS_SHOW.sub("", parts[marked[0]]).strip() != ""):
        return None  # the last clause only ("ep 3 of this, im on ep 4" compares, then says the place)
    said = _THIS_SHOW.sub("", parts[marked[0]]).strip()
    if said and season_to_come(said) is not None:
        return None  # "on ep 10 of sweet home s1, aouad s2 next": a season to come is no place, nor the other clause ours
    return said or (parts[marked[0] + 1] if marked[0] + 1 < len(parts) else None)  # "then this, s2e2"
