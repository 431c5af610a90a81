"""The one reader of a "part" a question names, for every route that cares:

- a season's part, one of its drops ("when is part 2", "s2 pt 2", "vol. 1", "the second batch", "파트2"):
  season 1 came out whole, so a part named is season 2's;
- a stretch of an episode, a scene or a fan's own thread ("part 2 of ep 11", "ep 6 part 2", "the second
  half of the finale", "part two of my theory"): never one of season 2's drops."""

from __future__ import annotations

from bot.lazy_re import compile_later

# "part 2", "pt. 3", "part two", "part ii"
NUMBERED_PART = r"(?:(?:part|pt\.?) ?(?:[1-3]|one|two|three|ii|iii))"
# ... or "the second part", "the last half": a stretch of whatever follows ("of ep 11")
PART = rf"(?:{NUMBERED_PART}|(?:first|second|third|1st|2nd|3rd|last) (?:part|half))"
# A part of something other than season 2: "part 2 of ep 11", "the second part of the finale", "part two of my
# theory", "ep 6 part 2", "the hallway scene part 2". Season 1 came out whole, so a bare "part 2" is season 2's; these
# are an episode's, a scene's or a fan's own.
_OTHER_PART = compile_later(
    rf"\b{PART} of (?!(?:the )?(?:season ?(?:2|two)|s2|second season|new season|this season|the season|it)\b)"
    rf"|\b(?:(?:episode|ep|e) ?\d{{1,2}}|finale|scene|theory|video|edit|rewatch|recap|fight|ending) {PART}\b"
)
#: The words that name a season's part before its number ("part 2", "vol. 1", "teil 2"; "volume" before "vol", so the
#: pattern takes the whole word) and after an ordinal ("the second batch"): every word a part is named by.
PART_NAMES = ("part", "pt", "volume", "vol", "parte", "partie", "bagian", "teil")
PART_NOUNS = ("part", "half", "batch")
# One of a season's drops: "part 2", "pt.2", "vol. 1", "volume 3", "the second batch", "2nd part", "파트2", and as the
# glosses leave it ("a parte 2", "la partie 2", "bagian 2", "teil 2")
_SEASON_PART = compile_later(
    rf"\b(?:{'|'.join(PART_NAMES)})\.?\s*(?P<n>[1-3]|one|two|three|iii|ii)\b"
    rf"|\b(?P<n2>first|second|third|1st|2nd|3rd)\s+(?P<of>{'|'.join(PART_NOUNS)})\b|파트 ?(?P<n3>[1-3])"
)
_NUMBER = {"1": 1, "one": 1, "first": 1, "1st": 1, "2": 2, "two": 2, "second": 2, "2nd": 2, "ii": 2,
           "3": 3, "three": 3, "third": 3, "3rd": 3, "iii": 3}


def part_of_another(text: str) -> bool:
    """Whether the part `text` names is an episode's, a scene's or a fan's own, not one of season 2's releases."""
    return _OTHER_PART.search(text) is not None


def season_parts(text: str, *, halves: bool = True) -> list[int]:
    """The season's parts `text` names (1-3), in order: "is part 2 out" [2]. A half counts only with `halves`:
    "the second half" of a question about drops is Part 2, while alone it is as often the story's."""
    return [_NUMBER[m["n"] or m["n2"] or m["n3"]] for m in _SEASON_PART.finditer(text) if halves or m["of"] != "half"]
