"""Countdown reminder offsets as moderators type them (`/season2set reminders`); pure.

A list of offsets before the release, largest first: "30d, 7d, 1d, 1h, 0", "a week, 2 days and an
hour before", "day before and hour before", "2 weeks before release, on release day", "1.5h",
"a month", "at release".

One offset or several? Commas (and ; / + & "then") always separate reminders. Between them, parts
written together read as one time when they read like a clock: each part in the next unit down
(weeks, days, hours, minutes) and more than one of it, yet less than one of the unit before:
"1h 30m", "1h30m", "1 hour 30 minutes", "an hour and 30 minutes", "2d 12h", "2 days and 12
hours", "1 week 3 days" are each ONE reminder (90 minutes, 60 hours, 10 days), as are "90m",
"1.5h" and "an hour and a half". Anything else is a list: a unit repeated ("30d 7d 1d"), units
not next to each other ("2w 15m"), a larger unit after a smaller one ("1 hour and 1 day"), and a
single one of the next unit ("1d 1h", "a day and an hour": the day-before and hour-before
reminders, as in the default list). "and" between two parts that each say "before" ("a day before
and an hour before") always lists them. The reply names each time read as one, and how to write
it as separate reminders instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.lazy_re import compile_later
from bot.season2.delivery.reminders import DAY, DEFAULT_OFFSETS, HOUR, MINUTE
from bot.text import HANGUL, NUMBER_WORDS, korean_word, quote_user_text

MAX_OFFSETS = 10
MAX_OFFSET = 365 * DAY

#: Units from the largest down; a time read as one steps down this ladder one rung at a time.
_LADDER: tuple[tuple[str, int], ...] = (("mo", 30 * DAY), ("w", 7 * DAY), ("d", DAY), ("h", HOUR), ("m", MINUTE))
_UNITS = r"(months?|mos?|fortnights?|weeks?|wks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m)"
_PART = compile_later(r"(\d{1,4}(?:\.\d{1,2})?)\s*" + _UNITS + r"(?![a-z])|\b(0)\b")
_NUMBER_WORDS = {
    "a": "1", "an": "1", **{word: str(n) for word, n in NUMBER_WORDS.items() if n},
    "forty five": "45", "forty-five": "45",
    "half a": "0.5", "half an": "0.5", "a half": "0.5", "half": "0.5",
    "a quarter of an": "0.25", "quarter of an": "0.25", "a quarter": "0.25", "quarter": "0.25",
}
_NUMBER_WORD = compile_later(r"\b(" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + r")\b")
_AT_RELEASE = frozenset({
    "0", "at release", "release", "on release", "at launch", "launch", "when it comes out", "release day",
    "on release day", "day of release", "on the day", "premiere", "at premiere", "at premiere time",
    "when it drops", "when it releases", "at the premiere", "at the release",
})
# Words around an offset that say nothing more: "1 week before", "2 days before release", "the day before".
_FILLER = compile_later(
    r"\b(?:(?:before|prior to|ahead of) (?:the )?(?:release|premiere|launch)|before|prior|ahead|early|earlier"
    r"|in advance|of release|the)\b"
)
# A part that says "before" on its own is a reminder of its own ("a day before and an hour before").
_OWN_BEFORE = compile_later(r"\b(?:before|prior|ahead|in advance|earlier)\b")
_FRACTION = {"half": 0.5, "quarter": 0.25}
_COUNT = r"(an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,3})"
# "an hour and a half" is one time (1.5 hours), as is "2 and a half days".
_AND_A_FRACTION = compile_later(_COUNT + r"\s+(hours?|days?|weeks?|months?)\s+and\s+a\s+(half|quarter)\b")
_FRACTION_FIRST = compile_later(_COUNT + r"\s+and\s+a\s+(half|quarter)\s+(hours?|days?|weeks?|months?)\b")
# "1h30", "2 hours 15": minutes after hours without their unit, as a clock reads them.
_HOURS_THEN_MINUTES = compile_later(
    r"\b(\d{1,3}\s*(?:hours?|hrs?|h))\s*(0?[1-9]|[1-5]\d)(?![\d.])(?!\s*" + _UNITS + r"(?![a-z]))"
)
_HARD_SEPARATOR = compile_later(r"\s*(?:[,;/+&]|\bthen\b)\s*")
_AND = compile_later(r"\s+and\s+")
_NONE = frozenset({"", "none", "off", "no", "never", "no reminders", "nothing"})
# The default reminders, asked for back after a server changed them ("default", "reset", "back to normal").
_DEFAULT = compile_later(
    r"^(?:(?:go |set |put )?back to |use |reset to |restore )?(?:the )?"
    r"(?:defaults?|reset|normal|standard|usual|original)(?: ones?| reminders?| settings?| times?)?$"
)


# Korean, as a Korean moderator types it ("하루 전, 1시간 전, 공개 시"), read into the words above.
_KO_NONE = frozenset({"없음", "없어", "끄기", "꺼", "안 함", "안함", "알림 없음"})
_KO_DEFAULT = frozenset({"기본", "기본값", "기본으로", "기본값으로", "초기화", "원래대로", "처음대로"})
_KO_AT_RELEASE = compile_later(
    r"(?:공개|출시|방영|개봉|오픈)\s*(?:시|때|당일|시점|순간|직후|하면|되면|될\s*때|할\s*때)|(?:공개|출시|방영)될\s*때|당일|나올\s*때"
)
_KO_NATIVE = {
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
    "열한": 11, "열두": 12,
}
_KO_NATIVE_COUNT = compile_later(rf"(?<!{HANGUL.pattern})(" + "|".join(sorted(_KO_NATIVE, key=len, reverse=True)) + r")\s*(시간|달)")
_KO_DAY_WORDS = {"하루": "1 day", "이틀": "2 days", "사흘": "3 days", "나흘": "4 days", "일주일": "1 week", "보름": "15 days"}
_KO_HALF_HOUR = compile_later(r"(\d+(?:\.\d+)?)\s*시간\s*반")
_KO_BEFORE = compile_later(korean_word("전에?|이전"))  # ("전", before: the offset's own word, said by its unit)
_KO_AND = compile_later(korean_word("그리고|및|하고|랑"))  # (and: between two offsets)
_KO_UNITS = (
    (compile_later(r"(\d+(?:\.\d+)?)\s*(?:개월|달)"), "months"),
    (compile_later(r"(\d+(?:\.\d+)?)\s*주일?"), "weeks"),
    (compile_later(r"(\d+(?:\.\d+)?)\s*일"), "days"),
    (compile_later(r"(\d+(?:\.\d+)?)\s*시간"), "hours"),
    (compile_later(r"(\d+(?:\.\d+)?)\s*분"), "minutes"),
)


def _from_korean(text: str) -> str:
    """`text` with its Korean times as the English ones read below ("하루 전" -> "1 day")."""
    if not HANGUL.search(text):
        return text
    if text in _KO_NONE:
        return "none"
    if text in _KO_DEFAULT:
        return "default"
    text = _KO_AT_RELEASE.sub(" at release ", text)
    text = _KO_NATIVE_COUNT.sub(lambda m: f"{_KO_NATIVE[m.group(1)]}{m.group(2)}", text)
    for word, said in _KO_DAY_WORDS.items():
        text = text.replace(word, f" {said} ")
    text = _KO_HALF_HOUR.sub(lambda m: f" {float(m.group(1)) + 0.5:g} hours ", text)
    for pattern, unit in _KO_UNITS:
        text = pattern.sub(rf" \1 {unit} ", text)
    text = _KO_BEFORE.sub(" ", text)
    text = _KO_AND.sub(",", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class _Part:
    """One unit of a typed time: its count and unit size, and how it was joined to the part before
    ('start', 'glued': "1h30m", 'space': "1h 30m", 'and': "1 hour and 30 minutes")."""

    count: float
    size: int
    joined: str

    @property
    def seconds(self) -> float:
        return self.count * self.size

    @property
    def short(self) -> str:
        if self.size == 0:
            return "0"
        unit = next(name for name, size in _LADDER if size == self.size) if self.size != 14 * DAY else "w"
        count = self.count * (2 if self.size == 14 * DAY else 1)
        return f"{count:g}{unit}"


@dataclass(frozen=True)
class Offsets:
    """What `/season2set reminders` was given: the offsets (seconds, largest first) and each time
    that was read as one from parts written together (as typed in short form, and its seconds)."""

    offsets: tuple[int, ...]
    combined: tuple[tuple[str, int], ...] = ()


def _unit_size(word: str) -> int:
    if word.startswith("mo"):
        return 30 * DAY
    if word.startswith("f"):
        return 14 * DAY
    return {"w": 7 * DAY, "d": DAY, "h": HOUR, "m": MINUTE}[word[0]]


def _next_down(size: int) -> int | None:
    sizes = [s for _, s in _LADDER]
    if size == 14 * DAY:
        size = 7 * DAY
    index = sizes.index(size) if size in sizes else -1
    return sizes[index + 1] if 0 <= index < len(sizes) - 1 else None


def _continues(before: _Part, part: _Part) -> bool:
    """Whether `part` carries on the time `before` began: written together ("1h30m"), or the next
    unit down, more than one of it and less than one `before` unit ("1h 30m", "2d 12h")."""
    if before.size == 0 or part.size == 0:
        return False
    if part.joined == "glued":
        return part.size < before.size
    return _next_down(before.size) == part.size and 1 < part.count and part.seconds < before.size


def _fraction(count: str, fraction: str) -> str:
    whole = float(_NUMBER_WORDS.get(count, count))
    return f"{whole + _FRACTION[fraction]:g}"


def _quoted(text: str) -> str:
    return f"“{quote_user_text(text, limit=30)}”"  # the user's text, inert and short


def _check_piece(piece: str) -> None:
    """The refusals that say what to write instead."""
    shown = _quoted(piece)
    if piece.startswith("-"):
        raise ValueError(f"{shown}: a reminder comes before release, so write it without the minus (like 1d)")
    if re.fullmatch(r"\d{1,4}(?:\.\d+)?", piece) and piece != "0":
        raise ValueError(f"{shown} needs a unit (w, d, h or m)")
    if re.fullmatch(r"\d{1,4}\s*(?:s|secs?|seconds?)", piece):
        raise ValueError(f"{shown} is in seconds: reminders go to the minute (like 15m)")


def _parts(piece: str) -> list[_Part]:
    """The units of one piece ("1h 30m", "2 days before", "day", "at release"), or ValueError."""
    text = " ".join(_FILLER.sub(" ", piece).split())
    if text in _AT_RELEASE:
        return [_Part(0, 0, "space")]
    text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1)], text)
    if re.fullmatch(_UNITS, text):  # a unit on its own is one of it: "day before", "a week"
        return [_Part(1, _unit_size(text), "space")]
    found: list[_Part] = []
    at = 0
    for match in _PART.finditer(text):
        gap = text[at:match.start()]
        if gap.strip():
            break
        joined = "glued" if found and not gap else "space"
        if match.group(3) is not None:
            found.append(_Part(0, 0, joined))
        else:
            found.append(_Part(float(match.group(1)), _unit_size(match.group(2)), joined))
        at = match.end()
    else:
        if found and not text[at:].strip():
            return found
    raise ValueError(
        f"{_quoted(piece)} is not an offset like 30d, 7d, 1d, 1h, 15m or 0 (or `default` for 30d, 7d, 1d, 1h, at release)"
    )


def _groups(section: str) -> list[list[_Part]]:
    """The times in one comma-free section: its parts, joined into one time where they read so."""
    groups: list[list[_Part]] = []
    after_before = False  # the piece before the "and" said "before" itself
    for index, piece in enumerate(_AND.split(section)):
        if not piece:
            continue
        _check_piece(piece)
        for position, part in enumerate(_parts(piece)):
            if position == 0 and index > 0:
                part = _Part(part.count, part.size, "and")
            crossing = part.joined == "and" and after_before
            if groups and not crossing and _continues(groups[-1][-1], part):
                groups[-1].append(part)
            else:
                groups.append([part])
        after_before = bool(_OWN_BEFORE.search(piece))
    return groups


# A ping pasted beside the times ("7d <@&123>", "1d @everyone"): the countdown pings no one and the
# release pings the role each announcement channel has, so it is refused saying so, never read as a
# stray word.
_PING = compile_later(r"<@[!&]?\d+>|@(?:everyone|here)\b")
# Markdown pasted from a message ("**7d**", "`7d, 1d`", "||1h||") says nothing about when.
_MARKUP = compile_later(r"[*`|~]|(?<!\w)_+|_+(?!\w)")


def read_offsets(text: str) -> Offsets:
    """The offsets in `text` (see the module's docstring); ValueError says what to write instead.
    'none' or '' means no reminders; 'default' (or 'reset', 'back to normal') the default ones."""
    if _PING.search(text):
        raise ValueError(
            "the countdown reminders ping no one, and the release pings the role its announcement channel "
            "pings (`/season2set announce set` with `role`): give only the times here, like 7d, 1d, 1h"
        )
    text = _MARKUP.sub("", text)
    cleaned = _from_korean(" ".join(text.strip().lower().replace("\u2212", "-").replace("½", ".5").split()))
    if cleaned in _NONE:
        return Offsets(())
    if _DEFAULT.match(cleaned):
        return Offsets(DEFAULT_OFFSETS)
    cleaned = re.sub(r"(?<![\d.])\.5", "0.5", cleaned)
    cleaned = _HOURS_THEN_MINUTES.sub(r"\1 \2m", cleaned)
    cleaned = _AND_A_FRACTION.sub(lambda m: f"{_fraction(m.group(1), m.group(3))} {m.group(2)}", cleaned)
    cleaned = _FRACTION_FIRST.sub(lambda m: f"{_fraction(m.group(1), m.group(2))} {m.group(3)}", cleaned)
    found: set[int] = set()
    combined: list[tuple[str, int]] = []
    for section in _HARD_SEPARATOR.split(cleaned):
        for group in _groups(section) if section else []:
            seconds = round(sum(p.seconds for p in group) / MINUTE) * MINUTE  # to the minute: "1.5h" is 90m
            written = " ".join(p.short for p in group)
            if seconds == 0 and any(p.size for p in group):
                raise ValueError(f"{_quoted(written)} is under a minute: write 0 for a reminder at release")
            if seconds > MAX_OFFSET:
                raise ValueError(f"{_quoted(written)} is more than a year before release")
            if len(group) > 1 and any(p.joined != "glued" for p in group[1:]):
                combined.append((written, seconds))
            found.add(seconds)
    if len(found) > MAX_OFFSETS:
        raise ValueError(f"at most {MAX_OFFSETS} reminders")
    return Offsets(tuple(sorted(found, reverse=True)), tuple(combined))


def parse_offsets(text: str) -> tuple[int, ...]:
    """The offsets in seconds, largest first (`read_offsets` without what was combined)."""
    return read_offsets(text).offsets
