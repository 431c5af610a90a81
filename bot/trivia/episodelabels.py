"""Where the author of an imported list says, in the question itself, which episode it spoils.

Moderators label questions in every shape: before or after the question, in brackets of any kind
or in spoiler bars, with spoiler words or without ("(Ep 3)", "[SPOILER ep 9]", "【3화】", "[제3회]",
"||ep 6||", "(spoilers for episode 10)", "spoiler!! ep5 - ...", "(스포주의 11화)", after it "(ep 7 spoiler)",
"[spoils 8]", or unbracketed after its '?': "? spoiler: 9", "? - spoiler 12"). A label is the
author's tag (bot/trivia/tagging.py reads it as declared). Elsewhere in a question or an answer,
an episode named ("in episode 7, who ...", "the episode 5 library scene", an answer "Episode 6")
is what the question gives away at the least, whatever it declares. A Red list has no `spoils:`,
but its authors put one in a comment over the question ("# spoils: S1E6", and in other words: "# spoilers
for ep 11!!", "# ⚠ SPOILER (9화)", "# ep11 spoiler", "# safe, no spoilers") or beside an answer
("- Gwi-nam  # spoils 11", or the episode alone: "- Gwi-nam  # ep 11"), which YAML drops, or once
in a heading over a section of questions ("# ---- spoilers up to ep 4 ----", "## Episode 5"). A range
("ep7-8", "S1E3~5") spoils its last episode; a label with its season ("S1.E4 Who ...") needs no separator.
"""

from __future__ import annotations

import bisect
import re

from bot.lazy_re import compile_later
from bot.lore.lexicon_seasons import whole_season
from bot.show import NOTHING, Position, read_position
from bot.text import NUMBER_WORDS, ORDINAL_WORDS
from bot.trivia.labelprefix import bared, unprefixed
from bot.trivia.partnotes import part_alone, part_episode, part_heading, parts_named, parts_said

# (Korean counts an episode in 화 or, as broadcasters do, 회: "3화", "3회", formally "제3화")
_EP = (r"(?:s(?:eason)?\s*\d{1,2}\s*[-:.]?\s*)?e(?:p(?:isode)?s?)?\s*\.?\s*\d{1,3}"  # ("eps 3-4": a range)
       r"(?:\s*[-~–]\s*(?:e(?:p(?:isode)?)?\s*\.?\s*)?\d{1,3}(?![\d화회]))?"  # a range, "ep7-8": its end counts
       r"|(?:시즌\s*\d{1,2}\s*)?(?:제\s*)?\d{1,3}\s*[화회]")
# A label written with its season ("S1E4", "S1.E4", "s01e11") needs no separator before the question.
_SEASONED = r"s(?:eason)?\s*\d{1,2}\s*[-:.]?\s*e(?:p(?:isode)?)?\s*\.?\s*\d{1,3}"
_WORDS = (
    r"(?:(?:major|minor|big|small|mild|huge|heavy|light)\s+)?(?:spoil(?:ers?|s)?|(?:스포(?:일러)?|ㅅㅍ)(?:\s*주의)?)"
    r"(?:\s*(?:for|up\s+to|until|till|through|thru|to|from|in|:))?"
)
_OPEN = r"(?:\|\||[(\[{<【「])"
_CLOSE = r"(?:\|\||[)\]}>】」])"
# After the episode too, in brackets: "(ep 7 spoiler)", "[11화 스포]"; and after a spoiler word a bare number is
# an episode: "[spoils 8]", "(spoiler 11)" (a number alone in brackets is not: "(2022)", "(2-5)").
_AFTER = r"(?:[\s!,.\-]*(?:spoil(?:ers?|s)?|스포(?:일러)?|ㅅㅍ)(?:\s*주의)?!*)?"
_BODY = (rf"(?:(?:{_WORDS}[\s:!,.\-]*)?[(\[]?\s*({_EP})\s*[)\]]?{_AFTER}"
         rf"|(?:major\s+|minor\s+|big\s+)?(?:spoil(?:ers?|s)?|스포(?:일러)?)\s*[:\-]?\s*(\d{{1,2}}))")
_BRACKETED = rf"{_OPEN}\s*{_BODY}\s*{_CLOSE}"
_LEADING = compile_later(
    rf"\s*(?:{_BRACKETED}|(?:{_WORDS}[\s:!,.\-]*)?({_EP})\s*(?:{_WORDS}\s*)?[-–—:|)]|({_SEASONED})\s)", re.I
)
_TRAILING = compile_later(rf"{_BRACKETED}\s*[?.!？]*\s*$", re.I)
# A note after the question's own '?' without brackets: "? spoiler: 9", "? - spoiler 12", "? spoilers ep 10",
# "? ep 7 spoiler" (after the '?' only: inside a question "spoiler 9" may be what it asks about).
_AFTER_MARK = compile_later(
    rf"[?？]\s*[-–—|:]?\s*(?:{_WORDS}[\s:!,.\-]*({_EP})|(?:spoil(?:ers?|s)?|스포(?:일러)?)\s*[:\-]?\s*(\d{{1,2}})"
    rf"|({_EP}){_AFTER})\s*[.!]*\s*$",
    re.I,
)

# An episode named inside the text: "episode 7", "ep 8", "ep.5", "5th episode", "11화" (not a count: "N episodes").
_NAMED = compile_later(
    r"(?<![\w])(?:episode|ep)\s*\.?\s*#?(\d{1,3})(?!\d)(?!\s*(?:episodes|eps)\b)"
    r"|(?<!\d)(\d{1,2})(?:st|nd|rd|th)\s+episode\b"
    r"|(?<!\d)(\d{1,2})화(?!\s*(?:까지|짜리)|요일)",
    re.I,
)

# "in S2E2", "season 2 episode 3": an episode named with its season anywhere in a question (rehearse59: "What do the NIS
# agents drive in S2E2?" was read as naming nothing, and asked in the clear in unmarked channels)
_SEASON_NAMED = compile_later(rf"(?<![\w]){_SEASONED}(?!\d)", re.I)

# "# spoils: S1E6", "#spoiler: 12", "# spoils ep 11", "# no spoilers" (a whole comment line, or after a key).
_COMMENT = compile_later(
    r"#\s*(?:(?P<none>no\s+spoilers?|spoiler[- ]?free|스포\s*없음)\s*$"
    r"|(?:spoils?|spoilers?|스포(?:일러)?|ㅅㅍ)\s*(?:[:=\-]\s*|\s+)(?P<said>\S.*?))\s*$",
    re.I,
)


# An episode and the spoiler word in the other languages moderators write their notes in, said in English so every
# reader below reads them: "episodio 9" / "episódio 9" / "épisode 9" / "capítulo 7" / "cap. 7" / "Folge 11" /
# "odcinek 5" / "bölüm 5" / "tập 5" are "episode N", "第11話" / "11話" / "11集" too, and ネタバレ / 剧透 "spoiler";
# French shortens "Ép 6" / "Ép. 6" (only with its number after it: "Épée", "Épreuve 2" are words).
_FOREIGN_EPISODE = compile_later(
    r"(?<!\w)(?:epis[oó]dio|[ée]pisode|cap[ií]tulo|cap\.|cap(?=\s*\d{1,2}(?![\d/]))|folge|odcinek|b[öo]l[üu]m|t[aậ]p|ép\.?)\s*(?=\d)", re.I)
# A season's word in languages whose notes read it nowhere else: "Musim 2", Vietnamese "Phần 2" (a season, not a part),
# Italian "Stagione 2", Japanese "シーズン1 第6話", Spanish "T1 Cap 6" (before an episode's word only: "T1" alone is no
# season).
_FOREIGN_SEASON = compile_later(
    r"(?<!\w)(?:musim|ph[aầ]n|stagione|シーズン)\s*(?=\d)|(?<!\w)t(?=\d{1,2}\s+(?:cap|ep|epis[oó]dio|episodio)\b)", re.I)
_FOREIGN_EPISODES = compile_later(r"(?<!\w)(?:epis[oó]dios|[ée]pisodes|cap[ií]tulos|folgen|odcinki|b[öo]l[üu]mler)\s*(?=\d)", re.I)
# Two episodes joined in the note's language ("9 y 10", "9 und 10", "9 et 10", "9 và 10", "9 o 10"): "and" / "or", as
# English joins them, so the later one is read (the question spoils up to it).
_FOREIGN_JOIN = compile_later(r"(?<=\d)\s+(?:(y|e|et|und|và|i|ve|dan|at)|(o|ou|oder|hoặc|lub|veya|atau))\s+(?=\d)", re.I)
_KANJI_EPISODE = compile_later(r"第\s*(\d{1,3})\s*[話回集]|(?<!\d)(\d{1,3})\s*[話集]")
KANJI_SEASON = compile_later(r"第\s*(\d{1,2})\s*季\s*(?:第\s*)?(\d{1,3})\s*[話回集]")  # "第2季第3集": S2E3
_FOREIGN_SPOILER = compile_later(r"ネタバレ|剧透|劇透")
# "Nothing spoiled" in those languages, said "no spoilers" before the spoiler word is: "sin spoilers", "sem spoiler",
# "sans spoilers", "pas de spoiler", "keine Spoiler", "spoilerfrei", "bez spoilerów", "spoiler yok", "không spoiler",
# "ネタバレなし", "无剧透".
_FOREIGN_NONE = compile_later(
    r"(?<!\w)(?:(?:sin|sem|sans|pas\s+de|keine?|bez|không(?:\s+có)?)\s+spoil\w*|spoilerfrei\w*|spoiler\s+yok"
    r"|ネタバレ(?:なし|無し)|(?:无|無|没有|沒有)(?:剧透|劇透))",
    re.I)


def in_english(text: str) -> str:
    """A spoiler note with its episode and spoiler words said in English ("# spoiler episodio 9" as "# spoiler
    episode 9", "# ネタバレ 第11話" as "# spoiler episode 11"), a season's part as that season's ("S2P1E3": "S2E3",
    "season 2 part 2 ep 1": "season 2 ep ?", bot/trivia/partnotes.py); other text as it is."""
    text = _FOREIGN_SEASON.sub("season ", _FOREIGN_NONE.sub("no spoilers", parts_said(text)))
    text = _FOREIGN_EPISODES.sub("episodes ", _FOREIGN_EPISODE.sub("episode ", text))
    text = _FOREIGN_JOIN.sub(lambda m: " and " if m.group(1) else " or ", text)
    if text.isascii():  # (the readings below each need a CJK character: most notes have none)
        return text
    text = KANJI_SEASON.sub(lambda m: f"S{m.group(1)}E{m.group(2)}", text)
    text = _KANJI_EPISODE.sub(lambda m: f"episode {m.group(1) or m.group(2)}", text)
    return _FOREIGN_SPOILER.sub("spoiler", text)


_RANGE_END = compile_later(
    r"^(.*\d)\s*(?:[-~–—]|\s(?:to|through|thru|till|until)\s)\s*(?:e(?:p(?:isode)?)?\s*\.?\s*)?(\d{1,3})$", re.I)
# A sheet's episode cell giving a range ("1-3", "ep 1 to 3", "E1-E7", "S1E1–S1E7", "1~3화", "3화~5화"): each end an
# episode, with its season or its label, and the start no later than the end.
_LABEL = r"(?:s(?:eason)?\s*\d{1,2}\s*[-:.,]?\s*)?(?:e(?:p(?:isode)?s?)?\s*\.?\s*)?"
_SPAN = compile_later(
    rf"^(?P<pa>{_LABEL})(?P<a>\d{{1,3}})\s*[화회話]?\s*(?:[-~–—〜]|\s(?:to|through|thru|till|until)\s|부터)\s*"
    rf"(?P<pb>{_LABEL})(?P<b>\d{{1,3}})\s*(?P<unit>[화회話]?)\s*(?:까지)?$", re.I)


def range_end(cell: str) -> str:
    """An episode cell written as a range read as the episode it ends on, which the question spoils up to ("1-3":
    "3", "ep 1 to 3": "ep 3", "S1E1–S1E7": "S1E7", "1~3화": "3화"); any other cell as it is."""
    span = _SPAN.match(cell.strip())
    if span is None or (not span.group("pb").strip() and int(span.group("a")) > int(span.group("b"))):
        return cell
    return (span.group("pb") or span.group("pa")) + span.group("b") + span.group("unit")


_PLURAL = compile_later(r"\b(ep|episode)s\b", re.I)  # "eps 3-4" reads as "ep 3-4"


def _read(said: str) -> Position | None:
    said = _PLURAL.sub(r"\1", said)
    if (ranged := _RANGE_END.match(said.strip())) is not None:  # "ep7-8", "S1E3~5": the last episode it spoils
        start = read_position(ranged.group(1))
        if start is None or not start.season:
            return None
        try:
            return max(start, Position(start.season, int(ranged.group(2))))
        except ValueError:
            return None
    found = read_position(said)
    return found if found is not None and found.season else None


# A label's brackets at the question's start or end, whatever is inside them ("(season 2, ep 3)", "[S2 spoiler]").
_EDGE_LEADING = compile_later(r"^(\s*(?:\|\||[(\[{【「]))([^()\[\]{}【】「」|]{1,40})(?=\|\||[)\]}】」])")
_EDGE_TRAILING = compile_later(r"((?:\|\||[(\[{【「]))([^()\[\]{}【】「」|]{1,40})(?=(?:\|\||[)\]}】」])\s*[?.!？]*\s*$)")


def label(text: str) -> tuple[str, Position | None] | None:
    """The episode label written before or after a question, as (the label as written, the position
    it names: None when it names none the show could have, "(Ep 13)"); None without a label. A season
    named apart from the episode in it is that episode's ("(ep 3, S2)"); one with a spoiler word alone, all
    of that season ("[S2 spoiler]")."""
    text = _TEMPORADA_MARK.sub(r"S\1\2E\3", _CROSSED_MARK.sub(r"S\1E\2", in_english(bared(unprefixed(text)))))  # ("[2x07]", "1x05 - ...": a label, never "2x2" arithmetic)
    inside = [m.group(2) for m in (_EDGE_LEADING.match(text), _EDGE_TRAILING.search(text)) if m is not None]
    text = _EDGE_TRAILING.sub(lambda m: m.group(1) + season_apart(m.group(2)),
                              _EDGE_LEADING.sub(lambda m: m.group(1) + season_apart(m.group(2)), text, count=1), count=1)
    found = [m for m in (_LEADING.match(text), _TRAILING.search(text) or _AFTER_MARK.search(text)) if m is not None]
    if not found:
        whole = next((said for said in inside if (joined := season_apart(said)) != said and joined[1:].isdigit()), None)
        return None if whole is None else (whole, whole_season(int(season_apart(whole)[1:])))
    said = [next(g for g in m.groups() if g is not None) for m in found]
    read = [_read(s) for s in said]
    if any(r is None for r in read):
        return next(s for s, r in zip(said, read, strict=True) if r is None), None
    return said[0], max(r for r in read if r is not None)


def spoils_written(text: str) -> Position | None:
    """A `spoils:` value written as a label or a note ("[S1E5]", "(ep 3)", "ep 8 spoiler", "spoilers up to 11화",
    "no spoilers"): the position it names (NOTHING for none; of two readings the later), None when it is neither."""
    written = label(text)
    if _ZERO.fullmatch(text.strip()) and _EP_IN.fullmatch(text.strip()):  # "Episode 0", "ep 0": none
        return NOTHING
    said = _loose_comment("# " + in_english(text))  # (a bare range "3-5" is not: the reader says to write its end)
    found = [p for p in (written[1] if written is not None else None,
                         NOTHING if said == "0" else read_position(said) if said is not None else None) if p is not None]
    return max(found) if found else None


def named(*texts: str) -> Position:
    """The latest episode the texts name anywhere in them (NOTHING when they name none)."""
    latest = NOTHING
    for text in texts:
        latest = max((latest, *parts_named(text)))  # "in part 2 ep 1": of season 2 (bot/trivia/partnotes.py)
        latest = max((latest, *(found for m in _SEASON_NAMED.finditer(text) if (found := _read(m.group())) is not None)))
        for match in _NAMED.finditer(in_english(text)):  # "en el episodio 1", "in Folge 11" too
            number = next(g for g in match.groups() if g is not None)
            found = _read(f"episode {number}")
            if found is not None:
                latest = max(latest, found)
    return latest


def _as_said(said: str) -> str:
    """A range ("ep 7-8", "S1E3~5") or "eps 3" as the position it ends on, which the list's reader reads
    (bot/trivia/redformat.py); anything else as written."""
    last = _read(said) if _RANGE_END.match(said.strip()) or _PLURAL.search(said) else None
    return f"S{last.season}E{last.episode}" if last is not None else said


def comment_over(lines: list[str], line: int) -> tuple[int, str] | None:
    """The `spoils` comment a Red question's author wrote for the key on `line` (1-based): after the
    key on its line, or on the comment lines just above it, the nearest first. (its line, what it
    says: "0" for "no spoilers")."""
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    candidates = [(line, here[here.index(" #") + 1:])] if " #" in here else []
    above = line - 1
    while above >= 1 and lines[above - 1].lstrip().startswith("#"):
        candidates.append((above, lines[above - 1].strip()))
        above -= 1
    return _in_season_over(lines, line - 1, _said_in(candidates) or _heading_over(lines, line - 1))


def comment_beside(lines: list[str], ends: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The `spoils` comment written after an answer of a question, on the answer's own line: "- Gwi-nam
    # spoils 11". `ends`: where each answer ends (its line, 1-based, and column), so a '#' inside a quoted
    answer ("- 'Su-hyeok #1'") is no comment. The latest episode such comments name."""
    candidates = [(n, rest.strip()) for n, column in ends if 0 < n <= len(lines)
                  and (rest := lines[n - 1][column:]).lstrip().startswith("#")]
    said = [found for c in candidates if (found := _said_in([c]) or _episode_alone(*c)) is not None]
    named = [(n, text, pos) for n, text in said if (pos := read_position(text)) is not None]
    if named:
        n, text, _ = max(named, key=lambda item: item[2])
        return n, text
    return said[0] if said else None


# An episode and nothing else ("# ep 11", "# E11", "# (11화)"): beside an answer, nothing but its spoiler tag.
_ALONE = compile_later(rf"#\s*{_OPEN}?\s*((?:{_EP}))\s*{_CLOSE}?\s*$", re.I)


# An episode with the section's words after it, as documents head their sections ("# Episode 11 (recap round)", "# ep 4
# - the toilet one"): that episode; never with a '?' or another number after it ("# ep 3?", "# ep 4 (or 5)").
# (a part's number among the words is no other episode: "# S02E07 - part 2 premiere!"; nor a day's: "part 2 day 2")
_WORDS_AFTER = r"(?:[^?？\d]|(?<=part )[1-3]|(?<=part)[1-3]|(?<=pt )[1-3]|(?<=pt)[1-3]|(?<=day )\d\d?)*"
# (in brackets a part's number too after a label naming its season, "# s2e9 (part 2!!)"; after a bare "ep 3" it may be
# the part the episode is counted in, "# ep 3 (part 2)", which is no season-1 episode: read as before, as none)
_PART_ASIDE = r"[(\[](?:[^?？()\[\]\d]|(?<=part )[1-3]|(?<=part)[1-3]|(?<=pt )[1-3]|(?<=pt)[1-3])*[)\]]"
_TITLED = compile_later(rf"#\s*((?:{_EP}))\s*(?:[(\[][^?？()\[\]\d]*[)\]]|[-–—:|]\s*{_WORDS_AFTER})\s*$"
                        rf"|#\s*({_SEASONED})\s*{_PART_ASIDE}\s*$", re.I)
_ZERO = compile_later(r"[^\d]*0+\s*[화회]?", re.I)  # "Episode 0", "ep 0", "S1E0": the author says none
# A part's episode with the season's count beside it, which says the same ("# part 2, ep 3 (ep 9 overall)", read "S2E9"):
# the count dropped; one saying another episode is kept (the comment then read as no episode, as "# ep 4 (or 5)").
_OVERALL = compile_later(r"(S[2-9]E0?(\d{1,2}))\s*[(\[]?\s*[=/–—-]?\s*(?:ep\.?|episode|cap\.?)\s*0?(\d{1,2})\s+"
                         r"(?:overall|(?:no|en|in)\s+total)\s*[)\]]?", re.I)
# ...and a label with its part's episode in brackets after it ("# s2e10 (part 2 ep 4!!)", read by then "s2e10 (S2E10!!)"
# against the listing): the repeat dropped; a part's episode saying another is kept (the comment read as no episode).
_PART_SAME = compile_later(r"(S([2-9])E0?(\d{1,2})\s*[(\[][^?？()\[\]\d]*?)S\2E0?\3(?!\d)", re.I)


def _episode_alone(line: int, comment: str) -> tuple[int, str] | None:
    """A comment beside an answer that names an episode alone, as the episode it spoils; None otherwise."""
    match = _ALONE.match(in_english(comment))
    return (line, _as_said(match.group(1))) if match is not None and _read(match.group(1)) is not None else None


# A season and episode in a note's other shapes, said "S2E3" so the readers below read them: "2x03", "2×03", "T2E3",
# "temporada 2 episodio 3" (after in_english), "ep 3 (season 2)", "episode 3 of season 2". In notes only: "2x2" in a
# question is arithmetic.
_CROSSED_MARK = compile_later(r"(?<![\w.])0?([1-9])[x×](\d{2})(?![\w.])", re.I)  # zero-padded: "2x07", "02x07" (a label's)
_TEMPORADA_MARK = compile_later(r"(?<![\w.])(?:T0?([1-9])E|S0?([1-9]):)0?(\d{1,2})(?![\w.])", re.I)  # "T2E4"; "S2:10"
_CROSSED = compile_later(r"(?<![\w.])(\d{1,2})[x×](\d{1,3})(?![\w.])", re.I)  # (a phone's "×" for the x)
_SEASON_FIRST = compile_later(
    r"(?<![\w])(?:t|temp\.?|temporada|saison|staffel)\s*0?(\d{1,2})\s*[,:x-]?\s*(?:e|ep\.?|episode)\s*0?(\d{1,3})(?!\d)",
    re.I)
_SEASON_AFTER = compile_later(
    r"(?<![\w])(?:ep\.?|episode)\s*(\d{1,3})\s*(?:\(\s*|,\s*|of\s+|in\s+)(?:season|s)\s*(\d{1,2})\s*\)?", re.I)


# A season named apart from the episode ("season 2 spoilers (ep 3)", "S2 | EP3", "S2 1화", "ep 3 s2", "spoiler até o ep 3
# da T2"), or with no episode ("# 시즌2 스포", "# T2 spoiler"): read alone, "ep 3" would be season 1's, asked at S1E3.
_SEASON_APART = compile_later(
    r"(?<![\w.])(?:(?:season|s|temporada|temp\.|saison|staffel)\s?0?([1-9])|t0?([1-9])|season\s+(one|two|three)"
    r"|(first|second|third)\s+season)(?![\w.])|(?<!\d)시즌\s*0?([1-9])(?![\d화회])|(?<!\d)([1-9])\s*시즌", re.I)
_EMPTIED = compile_later(r"\(\s*\)|\[\s*\]")
_DANGLING = compile_later(r"^#?[\s,|/:;\-–—]*|[\s,|/:;\-–—]*$")


def _season_apart(comment: str) -> tuple[str, int | None]:
    """The comment with a season named apart from its episode joined to it ("S2E3"), and the later season it names
    when it names no episode (None otherwise): one season only (two are the author's range, read as written)."""
    seasons = {int(n) if n.isdigit() else (NUMBER_WORDS.get(n.lower()) or ORDINAL_WORDS[n.lower()])
               for m in _SEASON_APART.finditer(comment) for n in m.groups() if n}
    if len(seasons) != 1:
        return comment, None
    season = seasons.pop()
    rest = _EMPTIED.sub(" ", _SEASON_APART.sub(" ", comment))  # ("ep 3 (season 2)": no "()" left behind)
    if not _EP_IN.search(rest):
        return comment, season if season > 1 else None
    if any(_SEASON_SAID.search(m.group(0)) for m in _EP_IN.finditer(rest)):
        return comment, None  # (an episode with its own season beside: as written)
    joined = _EP_IN.sub(lambda m: f"S{season}E" + re.sub(r"^\D*|\s*[화회]$", "", m.group(0)), rest)
    return "# " + _DANGLING.sub("", joined.strip()), None


# An episode not known yet: "ep ?", "episode TBD", "?화".
_UNKNOWN_EPISODE = compile_later(r"\b(?:ep(?:isode)?s?|e)\s*\.?\s*(?:\?+|tb[da]|unknown)(?!\w)|\?+\s*화", re.I)


def _whole_season(text: str) -> int | None:
    """The later season a note names with a spoiler word or an episode not known yet, and no episode, else None."""
    season = _season_apart("# " + text)[1]
    if season is None or _NO_SPOILER.search(text):
        return None
    return season if _SPOILER_WORD.search(text) or _UNKNOWN_EPISODE.search(text) else None


def season_apart(text: str) -> str:
    """A note with a season named apart from its episode said as "S2E3" ("season 2 (ep 3)", "ep 3 (S2)", "S2 3화"),
    and a later season named with only a spoiler word as "s2" ("시즌2 스포", "spoiler T2"); other text as it is."""
    if (season := _whole_season(text)) is not None:
        return f"s{season}"
    joined = _season_apart("# " + text)[0]
    if joined == "# " + text:
        return text
    return joined[3:-1] if joined[2:3] + joined[-1:] in ("()", "[]") else joined[2:]  # ("season 2 (ep 3)": "S2E3")


def _seasoned(comment: str) -> str:
    comment = _CROSSED.sub(r"S\1E\2", comment)
    comment = _SEASON_FIRST.sub(r"S\1E\2", comment)
    return _season_apart(_SEASON_AFTER.sub(r"S\2E\1", comment))[0]


_CURLY = str.maketrans("", "", "“”‘’„")


# Seasons as a range, each named as one ("s1-s2", "s1 & s2", "season 1 & 2", "seasons 1-2", "season 1 and season 2"),
# and no episode after them: the note spoils up to the later season, all of it ("s1-2" alone may be S1E2: not read).
_SEASON_SPAN = compile_later(
    r"(?<![\w.])(?:s0?([1-9])\s*(?:[-–~&/+,]|and|to)\s*s0?([1-9])|seasons?\s*0?([1-9])\s*(?:[-–~&/+,]|and|to)\s*"
    r"(?:seasons?\s*)?0?([1-9]))(?![\w.]|\s*[화회]|\s*[-:.]?\s*e(?:p|pisode)?\s*\.?\s*\d)", re.I)


def _season_span(comment: str) -> str:
    return _SEASON_SPAN.sub(lambda m: f"s{max(int(g) for g in m.groups() if g)}", comment)


def _said_in(candidates: list[tuple[int, str]]) -> tuple[int, str] | None:
    for number, comment in candidates:
        comment = _seasoned(in_english(_season_span(comment.translate(_CURLY))))  # "# “ep 11”" typed in Google Docs
        comment = _OVERALL.sub(lambda m: m.group(1) if m.group(2) == m.group(3) else m.group(), comment)
        comment = _PART_SAME.sub(r"\1", comment)
        match = _COMMENT.match(comment.strip())
        if match is not None and (match.group("none") or _read(match.group("said")) is not None):
            return number, "0" if match.group("none") else _as_said(match.group("said"))
        if match is not None and (several := _listed(match.group("said"))) is not None:
            return number, several
        loose = _loose_comment(comment.strip())
        if loose is not None:
            return number, loose
        if (alone := _ALONE.match(comment.strip()) or _TITLED.match(comment.strip())) is not None:  # "# S1E4", "# ep 13"
            said = alone.group(1) or alone.group(2)
            return number, "0" if _ZERO.fullmatch(said) else _as_said(said)
        if match is not None and _EVERYTHING.search(match.group("said")) and not _A_SEASON.search(match.group("said")):
            # "# SPOILERS FOR ALL SEASONS" (not "# spoilers: all of s2": that season, read as the reader reads it)
            return number, "latest"
        if (season := _whole_season(comment)) is not None:
            return number, f"s{season}"  # "# 시즌2 스포", "# T2 spoiler", "# spoiler: S2 ep ?": all of that season
        if match is not None:
            return number, match.group("said")  # (a spoils comment naming no episode: the caller says so)
    return None


# A spoiler comment over everything: "# SPOILERS FOR ALL SEASONS", "# spoilers: everything", "# spoilers for the whole
# show": the last episode the show knows ("latest"), whatever the question names.
_EVERYTHING = compile_later(
    r"\b(?:all|every)\s+(?:the\s+)?(?:seasons?|episodes?)\b|^(?:for\s+)?(?:everything|all)\b"
    r"|\b(?:whole|entire)\s+(?:show|series)\b", re.I)
_A_SEASON = compile_later(r"(?<![a-z])(?:s|season|시즌|temporada|saison|staffel)\s*\d|季", re.I)


# "# spoils: 11 & 12", "# spoiler: ep 3, 4", "# spoiler warning: episode seven": episodes listed, or in words.
_LIST_SPLIT = compile_later(r"\s*(?:[,&/+]|\band\b|\bor\b)\s*", re.I)
_NUMBER_WORD = compile_later(rf"\b({'|'.join(w for w, n in NUMBER_WORDS.items() if 0 < n < 100)})\b", re.I)
_WARNING = compile_later(r"^(?:warning|alert|ahead|below)\b\s*[:!\-]*\s*", re.I)


def _listed(said: str) -> str | None:
    """The last episode a spoils comment lists ("11 & 12": "episode 12"), None unless every part is one."""
    text = _WARNING.sub("", _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1).lower()]), said.strip()))
    parts = [p.strip(" .!()[]") for p in _LIST_SPLIT.split(text) if p.strip(" .!()[]")]
    read = [_read(p if not p.isdigit() else f"episode {p}") for p in parts]
    if not parts or any(r is None for r in read):
        return None
    last = max((r for r in read if r is not None), default=None)
    return None if last is None else f"S{last.season}E{last.episode}"


# A comment set off as a heading ("# ---- SPOILERS up to ep 4 ----", "# ===== no spoilers =====") heads
# the questions below it up to the next heading: moderators mark a list's sections once, not every question.
# A markdown heading ("## Episode 5") is one too, and a heading that is just an episode ("# === EP 5 ===")
# holds that episode's questions.
_HEADING = compile_later(r"^#+\s*[-=*~_#]{3,}|[-=*~_]{3,}\s*$|^#{2,}\s*\w")


def _heading_over(lines: list[str], line: int) -> tuple[int, str] | None:
    """What the nearest heading comment at or above `line` (1-based) says a question under it spoils; None
    when there is none, or it is no spoiler heading (a section of its own: "# ---- cast ----")."""
    headings = _headings(lines)
    at = bisect.bisect_right(headings, line) - 1
    if at < 0:
        return None
    number = headings[at]
    said = _seasoned(in_english(lines[number - 1].strip().strip("#-=*~_ \t")))
    match = _COMMENT.match("# " + said)
    if match is not None and (match.group("none") or _read(match.group("said")) is not None):
        return number, "0" if match.group("none") else _as_said(match.group("said"))
    loose = _loose_comment("# " + said)
    if loose is None and _read(said) is not None:
        loose = _as_said(said)
    return (number, loose) if loose is not None else None


# A heading that is a season alone ("# ======== SEASON 2 ========", "## Season 2", "# --- 시즌2 ---"): a list
# mixing both seasons under headings. An episode noted below it without its season ("# ep 3") is that season's
# (read as season 1's, a season-2 question would be asked in season-1 channels), and a question under it with
# no note of its own tells that season's story (all of it, as a note "s2" says).
_SEASON_HEADING = compile_later(
    r"^(?:season|s|시즌|temporada|saison|staffel|シーズン)\s*0?(\d)(?:\s+(?:spoilers?|questions?|qs))?$"
    r"|^第\s*(\d)\s*季$", re.I)
_SEASON_SAID = compile_later(r"s(?:eason)?\s*\d{1,2}\s*[-:.]?\s*e|시즌|季|temporada|\bt\d", re.I)


_ASIDE = compile_later(r"(?<=\S)\s+[(\[][^()\[\]]*[)\]]$")  # a heading's aside in brackets after it
_HEADING_MARKS = "#-=*~_:：| \t"  # what dresses a heading round its words ("=== Season 1 ===", "**S2 Part 2:**")


def _bare_heading(text: str) -> str:
    """A heading without its marks and its aside ("=== Season 1 ===", "**[S2 Part 2]**", "S2 PART 2 (drops 27 march)":
    "Season 1", "S2 Part 2")."""
    return _ASIDE.sub("", text.strip().strip(_HEADING_MARKS)).strip(_HEADING_MARKS + "[]()")


def season_heading(text: str) -> int | None:
    """The season a heading names alone ("SEASON 2", "=== Season 1 ===", "시즌2", "第2季") or with its part ("Season 2
    Part 1"), else None."""
    bare = _bare_heading(text)
    if (part := part_heading(bare)) is not None:
        return part[0]
    match = _SEASON_HEADING.match(bare)
    return None if match is None else int(match.group(1) or match.group(2))


def part_alone_heading(text: str) -> int | None:
    """The part a heading names with no season ("# --- Part 2 (eps 7-12) ---", "**Part II**"), else None."""
    return part_alone(_bare_heading(text))


def later_part(text: str) -> int:
    """The later part a heading names ("Season 2 Part 2": 2), 0 for any other: an episode noted under it ("ep 1") is
    not that season's episode of its number, but the part's as the listing shows it (bot/trivia/partnotes.py)."""
    part = part_heading(_bare_heading(text))
    return 0 if part is None else part[1]


def in_season(said: str, season: int, part: int = 0) -> str:
    """An episode noted without its season ("ep 3", "Episode 3") under a later season's heading, as that season's
    ("S2E3"), or under a later part's (`part`: "Season 2 Part 2") as that part's; anything else as it is."""
    position = _read(in_english(said))
    if season < 2 or position is None or position.season != 1 or _SEASON_SAID.search(said):
        return said
    return part_episode(season, part, position.episode) if part else f"S{season}E{position.episode}"


def _season_over(lines: list[str], line: int) -> tuple[int, int, int, str] | None:
    """The nearest season heading at or above `line` (1-based): (its line, the season it names, the later part it or a
    part's own heading under it names, that part's heading)."""
    headings = _headings(lines)
    part: tuple[int, str] | None = None  # ("# --- Part 2 (eps 7-12) ---" under "# === SEASON 2 ===": that season's)
    for number in reversed(headings[:bisect.bisect_right(headings, line)]):
        text = lines[number - 1]
        if (season := season_heading(text)) is not None:
            if part is not None and season > 1 and not later_part(text):
                return number, season, *part
            return number, season, later_part(text), text
        if part is None and (alone := part_alone_heading(text)) is not None:
            part = (alone if alone > 1 else 0, text)
    return None


_EPISODES_ASIDE = compile_later(  # "(eps 7-12)", "(caps 7-12)", "(episódios 7-12)"
    r"\b(?:eps?|episodes?|caps?|cap[ií]tulos|episodios|epis[oó]dios)\.?\s*(\d{1,2})\s*[-–~]\s*(\d{1,2})\b", re.I)


def in_part(said: str, season: int, part: int, heading: str) -> str:
    """An episode noted under a season's or part's heading; under one that gives its episodes ("Part 2 (eps 7-12)"),
    one of them is the season's own ("ep 9": S2E9), any other the part's ("ep 3": its third). A later part's "(eps 1-6)"
    numbers its own episodes (no later part begins the season): "ep 3" is its third (review60d: was S2E3, under-gated)."""
    aside = _ASIDE.search(heading.strip().strip(_HEADING_MARKS))
    span = _EPISODES_ASIDE.search(aside.group()) if aside is not None else None
    span = None if span is not None and part > 1 and int(span.group(1)) <= 1 else span
    position = _read(in_english(said))
    if (span is not None and position is not None and position.season == 1 and not _SEASON_SAID.search(said)
            and int(span.group(1)) <= position.episode <= int(span.group(2))):
        return f"S{season}E{position.episode}"
    return in_season(said, season, part)


def _in_season_over(lines: list[str], line: int, found: tuple[int, str] | None) -> tuple[int, str] | None:
    """What a question under a later season's heading spoils: its note's episode in that season, or all of
    the season without a note; as `found` under season 1's heading or none."""
    season = _season_over(lines, line)
    if season is None or season[1] < 2:
        return found
    if found is None:
        return season[0], f"s{season[1]}"
    # (under "# S2 Part 2", "ep 3" is that part's third episode as listed: bot/trivia/partnotes.py)
    return found[0], in_part(found[1], season[1], season[2], season[3])


_LAST_HEADINGS: list[tuple[list[str], list[int]]] = []  # one list's headings, found once for all its questions


def _headings(lines: list[str]) -> list[int]:
    """The lines (1-based, in order) of `lines` that are heading comments."""
    # Read once: a content load in a worker thread may replace the entry between a check and a use,
    # which would hand this list another list's headings.
    last = next(iter(_LAST_HEADINGS[:1]), None)
    if last is not None and last[0] is lines:
        return last[1]
    found = [n for n, text in enumerate(lines, 1) if text.lstrip().startswith("#")
             and (_HEADING.search(text.strip()) or season_heading(text) is not None)]  # ("# Season 2" alone too)
    _LAST_HEADINGS[:] = [(lines, found)]
    return found


# A spoiler comment in other words: "# spoilers for ep 11!!", "# ⚠ SPOILER (9화)", "#contains spoilers
# up to episode 10", "# ep11 spoiler", "# safe, no spoilers": a spoiler word and the episodes it names.
_SPOILER_WORD = compile_later(r"spoil|스포|ㅅㅍ", re.I)  # (ㅅㅍ: 스포 in its initials, as Korean chat shortens it)
_NO_SPOILER = compile_later(r"\bno\s+spoil|spoiler[- ]?free|스포\s*없|\bsafe\b", re.I)
_EP_IN = compile_later(rf"(?<![\w])(?:{_EP})(?![\d])", re.I)


# "ep 3 and 4", "9화, 10화": more episodes listed after one ("4" alone is an episode there, as the first says).
_AND_MORE = compile_later(r"\s*(?:[,&/+]|\band\b|\bor\b)\s*(?:e(?:p(?:isode)?s?)?\s*\.?\s*)?(\d{1,3})(?![\d:])\s*([화회])?", re.I)


def _listed_after(text: str, end: int) -> list[str]:
    more: list[str] = []
    while (match := _AND_MORE.match(text, end)) is not None:
        more.append(f"episode {match.group(1)}")
        end = match.end()
    return more


def _loose_comment(comment: str) -> str | None:
    """What a comment in other words says a question spoils ("0" for nothing), None when it is no
    spoiler comment or names no episode. Of several episodes named, the last one spoiled counts."""
    text = comment.lstrip("#").strip()
    if not _SPOILER_WORD.search(text) and not _NO_SPOILER.search(text):
        return None
    labels = [said for m in _EP_IN.finditer(text) for said in (m.group(0), *_listed_after(text, m.end()))]
    read = [(said, _read(said)) for said in labels]
    found = [(said, pos) for said, pos in read if pos is not None]
    if found and not _LATER_THAN_NAMED.search(text) and not (_PAST_NAMED.search(text) and not _NO_SPOILER.search(text)):
        return _as_said(max(found, key=lambda pair: pair[1])[0])
    if not found and _NO_SPOILER.search(text) and not _NEGATED_SAFE.search(text) \
            and not _SPOILER_WORD.search(_NO_SPOILER.sub(" ", text)) and not _SAFE_FOR_WATCHERS.search(text):
        return "0"
    return None  # (said against itself: "# not safe: big spoilers", "# no spoilers? this spoils the ending": held back)


# "not safe", "NOT spoiler free": a warning, never a promise of nothing spoiled.
_NEGATED_SAFE = compile_later(r"\b(?:not|isn'?t|aren'?t|never|hardly)\s+(?:\w+\s+)?(?:safe|spoiler[- ]?free)\b|\bno\s+spoilers?\s*\?", re.I)
# "spoilers after ep 5", "spoilers from ep 5 on", "ep 5+": episodes later than the one named, which the comment does not
# number ("safe after ep 5", "no spoilers past ep 5" are the episode itself: a safe word said with it).
_PAST_NAMED = compile_later(r"\b(?:after|past|beyond|onwards?|and\s+(?:later|after|beyond|on|up))\b|\bfrom\s+\S+\s*\d+\s+on\b|\d\s*\+",
                         re.I)
# "safe for S1 watchers", "safe if you finished season 1": safe for those who have seen something, never for everyone.
_SAFE_FOR_WATCHERS = compile_later(r"(?<![a-z])(?:s|season|시즌)\s*\d|\b(?:watchers?|watched|finished|seen|caught\s+up|once|if\s+you)\b"
                                r"|다\s*본|본\s*사람", re.I)
# "spoils the finale", "the ending": a later episode than any label named, which the comment does not number.
_LATER_THAN_NAMED = compile_later(r"\b(?:finale|ending|last\s+ep\w*|final\s+ep\w*)\b|마지막", re.I)
