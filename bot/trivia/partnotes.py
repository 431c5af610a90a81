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
from bot.lore.mark_words import says_none
from bot.progress_hedged import FOREIGN_COUNTS
from bot.progress_parts import PART_NUMBER, PART_NUMBERS
from bot.show import TRACKED_SEASON, Position, ShowShape, read_position
from bot.text import NUMBER_WORDS, ORDINAL_WORDS, ordinal

# (Spanish and Portuguese fans write "T2 Parte 1", Japanese "シーズン2 パート1 第2話")
# (and Polish "Sezon 2 Część 2 Odcinek 3"; a part's number as bot/progress_parts.py reads it: "Part II", "Parte dos", a
# table's "2nd"; Korean says a part after its number: "시즌2 2부 3화", or as a half: "후반부"; Japanese "第2部")
# (numbers in words as fans spell them: "Season 2, Part Two, Episode One", "Parte dos, Episodio uno", "Teil zwei")
_NUMBER_WORDS: dict[str, int] = {**{w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 12},
                                 **{w: n for w, n in FOREIGN_COUNTS.items() if len(w) > 1}}  # (not CJK's 二: 第二部 is Chinese's season)
_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_SEASON = (r"(?:(?:s|t|season|시즌|シーズン|temporada|temp\.?|saison|staffel|sezon|stagione)\s*0?(?P<season>[2-9])"
           r"|(?:season|temporada|saison|staffel|stagione)\s+(?P<season_word>two|dos|deux|zwei|dois|due))")
_PART_WORD = r"(?:pt\.?|part|parte|partie|teil|vol\.?|volume|bagian|bahagi|cz[eę][sś][cć]|파트|パート)"
_PART_NUMBER = rf"(?:[1-3](?:st|nd|rd)|first|second|third|{PART_NUMBER}(?![^\W\d_])|dois|due|dua)"  # ("Partie": no part "i" before "e")
#: A part's number said before its word: "second part", "deuxième partie", "2da parte", "zweiter Teil".
_ORDINAL = {**{word: n for word, n in ORDINAL_WORDS.items() if n <= 3}, **{ordinal(n): n for n in (1, 2, 3)},  # a show's parts: 3 at most
            "premi[eè]re": 1, "deuxi[eè]me": 2, "seconde": 2, "2e": 2,
            "primera": 1, "1ra": 1, "1era": 1, "1a": 1, "segunda": 2, "2da": 2, "2a": 2, "seconda": 2, "erster?": 1,
            "zweiter?": 2, "tercera": 3, "3ra": 3, "troisi[eè]me": 3, "dritter?": 3,
            # (Spanish and Portuguese "2ª parte", "primeira parte"; Tagalog "Unang Bahagi", "Ikalawang Bahagi")
            "1ª": 1, "2ª": 2, "3ª": 3, "primeira": 1, "terceira": 3, "unang": 1, "ikalawang": 2, "ikatlong": 3}
_ORDINALS = "|".join(_ORDINAL)
_ORDINAL_PART = r"(?:part|parte|partie|teil|bahagi)(?![\w])"  # (the words a part's ordinal comes before)
_PART = (rf"(?:(?:{_PART_WORD}|p\.?)\s*(?P<part>{_PART_NUMBER}|\d+)"  # (a slip's "P99999": no part the listing has)
         r"|t\s*(?P<teil>[1-3])(?=\s*f\s*\d)"  # (German "S2 T2 F1": Staffel, Teil, Folge)
         rf"|(?P<ordinal>{_ORDINALS})\s+{_ORDINAL_PART}"
         r"|(?:第\s*)?(?P<bu>[1-3])\s*[부部]|(?P<half>[전후])반\s*부?)")
_EPISODE = (r"(?:(?:e|ep|eps|episode|episodio|epis[oó]dio|[ée]p|[ée]pisode|cap|cap[ií]tulo|folge|odcinek|f)\.?\s*"
            rf"(?:0?(?P<episode>\d+)|(?P<episode_word>{_WORD})(?![\w]))"
            r"|(?:第\s*)?(?P<korean>\d{1,2})\s*[화회話集])")
_SEP = r"[\s,:·・|/.\-–—]*"
#: A season's part, its episode after it or not: "S2P1E3", "season 2, part 2, ep 1", "시즌2 파트2 1화", "S2 Part 2".
_SEASON_PART = compile_later(rf"(?<![\w]){_SEASON}{_SEP}{_PART}(?:{_SEP}{_EPISODE})?(?![\w])", re.IGNORECASE)
#: A part and its episode with no season beside it: "part 2 ep 1", "파트2 1화" (never "p2 e1" in a question's words: a
#: page, a player; see `_PART_MARK` for a note's).
_PART_EPISODE = compile_later(rf"(?<![\w])(?:{_PART_WORD}\s*(?P<part>{_PART_NUMBER})|(?P<ordinal>{_ORDINALS})\s+{_ORDINAL_PART})"
                              rf"{_SEP}{_EPISODE}(?![\w])", re.IGNORECASE)  # ("2ª parte ep. 1", "second part, ep 2")
#: A part's mark with no season, glued as notes write it ("[P2E3]", "(p2 e1)", "P2.E6"): season 2's, the only season
#: in parts; read in notes and labels (`parts_said`), never in a question's words (`parts_named`).
_PART_MARK = compile_later(r"(?<![\w])p\s?(?P<part>[1-3])\s?[.\-]?\s?e(?:p\.?)?\s?(?P<episode>\d{1,2})(?![\w])", re.IGNORECASE)
#: A part named anywhere ("S2 Part 2 quiz", "up to ep 3 of part 2", "bawal part 2 spoilers", "파트2", "2부").
_ANY_PART = compile_later(rf"(?<![\w]){_PART}(?![\w])", re.IGNORECASE)
#: A heading that is a season's part alone ("Season 2 Part 1", "S2 – Part 2 spoilers", "시즌2 파트2").
_HEADING = compile_later(rf"^{_SEASON}{_SEP}{_PART}(?:\s+(?:spoilers?|questions?|qs))?$", re.IGNORECASE)
#: A part's heading with no season ("Part 2", under "SEASON 2").
_PART_ALONE = compile_later(rf"^(?:{_PART_WORD}\s*(?P<part>{_PART_NUMBER})|(?P<ordinal>{_ORDINALS})\s+{_ORDINAL_PART}"
                            r"|(?P<bu>[1-3])\s*부)$", re.IGNORECASE)  # ("Ikalawang Bahagi", "Segunda parte", Korean "2부" too)
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
#: Vietnamese "mùa 2 phần 2" (season 2, part 2; "phần 2" alone is season 2 as Netflix Vietnam titles it: never a part).
_VIETNAMESE_PART = compile_later(r"(?<![\w])m[ùu]a\s*0?(?P<season>[2-9])[\s,:\-–—]*ph[ầa]n\s*0?(?P<part>[1-3])(?![\w])",
                                 re.IGNORECASE)
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # full-width ASCII ("Ｓ２"): as typed in ASCII
_LATER_SEASON = TRACKED_SEASON  # the only season Netflix releases in parts (a part with no season named is of it)
_MAY_NAME_PART = compile_later(r"p|teil|cz|bagian|bahagi|파트|パート|\d\s*[부部]|반\s*부|t\s*\d\s*f\s*\d", re.IGNORECASE).search  # (most notes name none: one look)


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


def season_listed(season: int) -> Position | None:
    """The season's last episode as listed while an upload is read (a later part's too, listed before it is out);
    None without a listing or with no episode of that season in it."""
    shape = _LISTING.get()
    infos = shape.episodes_in(season) if shape is not None else ()
    return Position(season, max(info.number for info in infos)) if infos else None


def part_last(season: int, part: int) -> Position:
    """A part's last episode as listed ("the part 1 finale": S2E6 of a 6 + 6 listing); all of the season when the
    listing shows no such drop."""
    drops = _drops(season)
    if 1 <= part <= len(drops):
        return Position(season, drops[part - 1][0] + drops[part - 1][1] - 1)
    return whole_season(season)


def _part(found: re.Match[str]) -> int:
    said = found.groupdict()
    if said.get("ordinal"):
        return next(n for word, n in _ORDINAL.items() if re.fullmatch(word, said["ordinal"], re.IGNORECASE))
    if said.get("half"):
        return 1 if said["half"] == "전" else 2  # 전반부 / 후반부: the first or second half
    part = (said.get("part") or said.get("teil") or said["bu"]).casefold()
    part = part[:-2] if part[-2:] in ("st", "nd", "rd") and part[:-2].isdigit() else part
    if part.isdigit():
        return int(part)
    return PART_NUMBERS.get(part) or _NUMBER_WORDS.get(part) or ORDINAL_WORDS[part]  # (a Part column's "second")


def _season(found: re.Match[str]) -> int:
    return int(found.group("season") or _NUMBER_WORDS[found.group("season_word").casefold()])


def _season_or_later(found: re.Match[str]) -> int:
    """The season a match names, else the one Netflix releases in parts (its season optional: "the end of part 2")."""
    return _season(found) if found.group("season") or found.group("season_word") else _LATER_SEASON


def _episode(found: re.Match[str]) -> int | None:
    said = found.groupdict()
    episode = said.get("episode") or said.get("korean")
    if episode is not None:
        return int(episode)
    return _NUMBER_WORDS[said["episode_word"].casefold()] if said.get("episode_word") else None


def _said(found: re.Match[str], season: int) -> str:
    return part_episode(season, _part(found), _episode(found))


def parts_named(text: str) -> list[Position]:
    """The episodes a text's parts name ("in season 2 part 1 ep 3": S2E3; "part 2 ep 1": all of season 2), as an
    episode named in a question is what it gives away at the least."""
    ends = [whole_season(_season_or_later(m)) for m in _END_OF.finditer(text)]
    if not _MAY_NAME_PART(text):
        return ends
    for edges in _PART_EDGE:
        for m in edges.finditer(text):
            season = _season_or_later(m)
            first = m.group("edge").casefold().startswith(("premiere", "opener", "first"))
            ends.append((read_position(part_episode(season, _part(m), 1)) or whole_season(season)) if first
                        else part_last(season, _part(m)))
    found = [(m, _season(m)) for m in _SEASON_PART.finditer(text)]
    found += [(m, _LATER_SEASON) for m in _PART_EPISODE.finditer(_SEASON_PART.sub(" ", text))]
    return [*ends, *(read_position(_said(m, season)) or _part_alone(m, season) for m, season in found)]


def _part_alone(found: re.Match[str], season: int) -> Position:
    """A part named in a question without its episode ("the end of season 2 part 1"): to that drop's last episode."""
    return whole_season(season) if _episode(found) is not None else part_last(season, _part(found))


def parts_said(text: str) -> str:
    """A note with a season's part said as the season's episode ("S2P1E3": "S2E3") or as all of the season ("season 2
    part 2 ep 1", "S2 Part 1": "season 2 ep ?"); other text as it is."""
    text = text.translate(_FULL_WIDTH) if not text.isascii() else text  # ("[Ｓ２Ｐ２Ｅ３]", typed with a Japanese IME)
    if not _MAY_NAME_PART(text):
        return text
    text = _SEASON_PART.sub(lambda m: _said(m, _season(m)), text)
    text = _PART_EPISODE.sub(lambda m: _said(m, _LATER_SEASON), text)
    return _PART_MARK.sub(lambda m: _said(m, _LATER_SEASON), text)


def names_a_part(text: str) -> bool:
    """Whether `text` names a season's part anywhere (a title's "ep 3" beside it may be the part's: the season's 9th)."""
    return _ANY_PART.search(text) is not None


def part_said(text: str) -> int:
    """The part `text` names first, with or without its season ("we did part 2 tonight": 2; a part alone is season 2's,
    the only season Netflix releases in parts), else 0."""
    found = _ANY_PART.search(text)
    return 0 if found is None else _part(found)


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
    return _season(found), _part(found) if _part(found) > 1 else 0


#: A later part a header's bound is of ("up to ep 3 of part 2", "hasta el ep 3 de la parte 2"), under a season's title.
_PART_OF = compile_later(rf"(?<![\w])(?:of|de|da|del|ng)\s+(?:the\s+|la\s+|a\s+)?{_PART_WORD}\s*(?P<part>{_PART_NUMBER})(?![\w])",
                         re.IGNORECASE)
_BRACKETED = compile_later(r"[(\[]([^()\[\]]{1,20})[)\]]")  # a note in brackets: "(part 2)", "[Part 2]"


def part_noted(text: str) -> int | None:
    """A later part a text notes alone in brackets ("up to ep 3 (part 2)", a question's "(part 2)"), else None."""
    parts = [part for m in _BRACKETED.finditer(text) if (part := part_alone(m.group(1).strip())) is not None and part > 1]
    return parts[0] if parts else None


#: Another part joined right after the one named ("parte 1 y 2", "part 1 & 2", "파트1, 파트2", "parte 1 + parte 2", "part 1
#: and part 2"): the note names the parts up to it (never "só parte 1, nada da parte 2").
_AND_ANOTHER_PART = compile_later(rf"\s*(?:[&+/\-–,]|,?\s*(?:and|y|e|et|und|at|dan|và|och|i)\b)\s*(?:(?:the\s+|la\s+|a\s+)?"
                                  rf"{_PART_WORD}\s*)?(?P<later>[2-3])(?![\w])", re.IGNORECASE)


def season_part_named(text: str) -> tuple[int, int] | None:
    """The season and part a note names together ("(todo de la temporada 2, parte 1 🙏)": (2, 1); "mùa 2 phần 2"),
    the last of the parts it joins ("temporada 2, parte 1 y 2": (2, 2)), else None."""
    found = (_SEASON_PART.search(text) or _VIETNAMESE_PART.search(text)) if _MAY_NAME_PART(text) else None
    if found is None:
        return None
    joined = _AND_ANOTHER_PART.match(text, found.end())
    return _season(found), max(_part(found), int(joined["later"]) if joined else 0)


_PREFIX = compile_later(r"^\s*[(\[]?([^()\[\]:：|\-–—]{1,16}?)\s*[)\]]?\s*[:：|\-–—]")  # "Parte 2: ¿…?", "[Part 2] - …"


def part_prefixed(text: str) -> int | None:
    """A later part a question opens with, as a quiz app's rows are labelled ("Parte 2: ¿A quién muerden …?", "[Part
    2] - Who …?"), else None."""
    found = _PREFIX.match(text) if _MAY_NAME_PART(text[:24]) else None
    part = None if found is None else part_alone(found.group(1).strip())
    return part if part is not None and part > 1 else None


def part_headed(header: str, *, season_titled: bool = False) -> Position | None:
    """The last episode of the later part a list's header is about ("AOUAD S2 Part 2 quiz", "Trivia … temporada 2
    parte 2", "지우학 시즌2 파트2 퀴즈"): its questions spoil that part, whose episodes are not the last one out (as
    listed; all of the season when the listing shows no such drop). None when the header names no later part beside
    its season, or forbids it ("no S2 Part 2 spoilers", "S2 파트2 스포 금지"): then it says nothing of its questions."""
    if not _MAY_NAME_PART(header):
        return None
    for m in (*_SEASON_PART.finditer(header), *_VIETNAMESE_PART.finditer(header)):
        if _part(m) > 1 and not _forbidden(header, m):
            return part_last(_season(m), _part(m))
    # under a title naming the season ("AOUAD S2 quiz"), a bound of a later part: "(up to ep 3 of part 2)", "(part 2)"; never
    # one forbidden ("(solo parte 1, sin spoilers de la parte 2)", imports49: held to Part 2's end)
    loose = [n for n in (*(_part(m) for m in _PART_OF.finditer(header) if not _forbidden(header, m, after=False)), part_noted(header) or 0) if n > 1]
    return part_last(_LATER_SEASON, loose[0]) if season_titled and loose else None


def _forbidden(header: str, found: re.Match[str], *, after: bool = True) -> bool:
    """Whether a word beside a part the header names says there are none of it ("no S2 Part 2 spoilers", "sin spoilers
    de la parte 2", "S2 파트2 스포 금지"; `after` False: only before it, as "(up to ep 3 of part 2, no spoilers past it)"
    bounds the list). After it, only beside a spoiler word: "AOUAD S2 Part 2 quiz (no answers in chat pls)", "season 2 part
    2 quiz - no mercy" are that part's (review68c: held to what is out, Part 2's questions were shown at Part 1)."""
    before = re.findall(r"[^\W_]+", header[max(0, found.start() - 24):found.start()])[-2:]
    later = re.findall(r"[^\W_]+", header[found.end():found.end() + 24])[:2] if after else []
    return any(says_none(word) for word in before) or (
        any(says_none(word) for word in later) and any(_SPOILER_WORD.search(word) for word in later))


_SPOILER_WORD = compile_later(r"spoil|스포|ㅅㅍ|ネタバレ|剧透|劇透", re.IGNORECASE)
