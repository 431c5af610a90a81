"""The comparison form of an answer or a guess: words, with the symbols that carry meaning kept.

Text is folded the way the name resolver folds it (`bot.lore.names.fold`: NFKC, accents dropped,
case folded), word by word, so "Pokémon" = "pokemon" and "Cheong-san" = "cheong san". What a
plain fold would lose is kept, because players' answers differ by it:

- "+" and "#" right after a word ("C++", "C#", "O+", "AB+"), and a minus right after one that
  ends the word ("O-"); a lone "+" between words is "and" ("Hall + Oates"), "&" is "and";
- a leading minus on a number ("-40"), decimals ("4.3", "0,5") and fractions ("1/4", "9 3/4");
  a thousands separator is dropped ("6,500" = "6500"); a leading "+", "#", "$" and a trailing "%"
  are not part of a number ("+2" = "2", "#8" = "8", "50%" = "50");
- number words become digits ("twelve" = "12", "twenty-one" = "21", "four point three" = "4.3",
  "third" = "3rd", "Rocky II" = "Rocky 2": bot.trivia.numberwords);
- short forms and chat's shorthand are the words they stand for ("St Louis", "lil rock", "teh flash",
  "BH Ent" after an agency's initials, "4x" = "4 times", "10yo" = "10 years", "feb '26" = "february 2026").

Hyphens and other punctuation inside or between words only break words ("Ji-hu" = "ji hu"); a
comma, slash, semicolon, bar or line break between words is also remembered as a separator, which
the matcher uses to read "Paris, London" as two candidates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Sequence
from typing import NamedTuple

from bot.lazy_re import compile_later
from bot.lore.names import fold
from bot.show import SEASON_ONE_EPISODES
from bot.text import MONTH_NAMES as CALENDAR_MONTHS
from bot.text import MONTH_SHORT, keycaps_as_digits
from bot.trivia.numberwords import GLUED_TENS, NUMBER_TRIGGERS, numbers_to_digits
from bot.trivia.numberwords import ORDINALS as ORDINALS
from bot.trivia.numberwords import TENS as TENS
from bot.trivia.numberwords import UNITS as UNITS
from bot.trivia.numberwords import is_number as is_number

# -- tokens ----------------------------------------------------------------------------------

# Word runs (combining marks kept inside, folded away by `fold`) and the symbols read below.
_PIECE = compile_later(r"(?:[^\W_]|[\u0300-\u036f])+|[-+#./,;|&\n?]")
_APOSTROPHES = compile_later(r"['’`´]")
_HYPHEN_IN_WORD = compile_later(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_END_DOT = compile_later(r"(?<=[^\W\d_])\.+(?=\s|$)")
_DOTTED = compile_later(r"(?<![^\W_])(?:[^\W\d_]\.)+[^\W\d_](?![^\W_])\.?")  # initials: "d.n.a.", "j.r.r."
_SPECIAL = compile_later(r"[-+#./,;|&\n?'’`´]")
_WORD = compile_later(r"(?:[^\W_]|[\u0300-\u036f])+")
# Dashes and minus signs NFKC leaves alone; the long ones separate like a comma.
_DASHES = str.maketrans({"\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": ";",
                         "\u2015": ";", "\u00a0": " "})
_SEPARATOR_CHARS = frozenset(",/;|\n?")  # ("ladder? hose?": each guess asked)
_SEPARATOR_WORDS = frozenset({"or", "vs", "versus"})
_SPACED_GROUP = compile_later(r"\d\s+\d00\b")
_NO_SEPS: frozenset[int] = frozenset()
_THOUSANDS = compile_later(r"^\d{1,3}(?:\d{3})*$")
_ORDINAL_END = compile_later(r"(?<=\d)(?:st|nd|rd|th)s?$")


class Reading(NamedTuple):
    """A text in comparison form: its words, and where a separator stood (before word k)."""

    tokens: tuple[str, ...]
    seps: frozenset[int]

    @property
    def compact(self) -> str:
        return compact_form(self.tokens)


def compact_form(tokens: tuple[str, ...] | list[str]) -> str:
    """Words joined without spaces ("Park Ji Hu" = "Park Jihu"), except that two numbers side by
    side stay apart ("1 4" is not "14", "19 97" is not "1997")."""
    out = ""
    for token in tokens:
        out = join_compact(out, token)
    return out


def join_compact(acc: str, token: str) -> str:
    """`acc` + `token` in compact form (see `compact_form`)."""
    if acc and acc[-1].isdigit() and token[0].isdigit():
        return f"{acc}_{token}"
    return acc + token


def _glue(tokens: list[str], joiner: str, word: str) -> bool:
    """Join a number split by "." "," or "/" ("4.3", "6,500", "0,5", "1/4"); False if not one."""
    last = tokens[-1]
    if not (last[-1].isdigit() and word[0].isdigit()):
        return False
    if joiner == ".":
        tokens[-1] = f"{last}.{word}"
    elif joiner == "/" and "." not in last:
        tokens[-1] = f"{last}/{_ORDINAL_END.sub('', word)}"  # "1/16th" = 1/16
    elif joiner == "," and "." not in last and "/" not in last and word.isdigit():
        if len(word) == 3 and _THOUSANDS.match(last.lstrip("-")):
            tokens[-1] = last + word  # 6,500
        elif len(word) <= 2:
            tokens[-1] = f"{last}.{word}"  # 0,5: a decimal comma
        else:
            return False
    else:
        return False
    return True


def _fold_piece(piece: str) -> str:
    return piece if piece.isascii() else fold(piece)


def _tokenize(text: str) -> tuple[list[str], list[bool]]:
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKC", text).translate(_DASHES).lower()
    if _SPECIAL.search(text):
        if "'" in text or "’" in text or "`" in text or "´" in text:
            text = _APOSTROPHES.sub("", text)
        if "-" in text:
            text = _HYPHEN_IN_WORD.sub(" ", text)  # "Ji-hu" is two words, and no sign
        if "." in text:
            text = _DOTTED.sub(lambda m: m.group().replace(".", "") + " ", text)  # "D.N.A." is DNA
            text = _END_DOT.sub("", text)  # "Paris." is Paris
    if not _SPECIAL.search(text):
        # The common case, words and spaces only: nothing to glue, nothing to separate.
        words = _WORD.findall(text)
        if not text.isascii():
            words = [w for w in (fold(w) for w in words) if w]
        return words, [False] * len(words)
    text = text.replace("&", " & ")
    tokens: list[str] = []
    seps: list[bool] = []
    last_end = -1  # where the last word (or a symbol glued to it) ended
    joiner: str | None = None  # a ".", ",", "/" or "-" glued to the end of the last word
    joiner_end = -1
    sign: str | None = None  # a "-", "+" or "#" glued to the start of the next word
    sign_end = -1
    spaced_plus = False  # a "+" standing alone: dropped between words, a suffix at the end ("AB +")
    pending_sep = False
    for match in _PIECE.finditer(text):
        piece = match.group()
        start, end = match.span()
        if len(piece) > 1 or piece.isalnum():
            word = _fold_piece(piece)
            if not word:
                continue
            if joiner is not None:
                if joiner_end == start and tokens and _glue(tokens, joiner, word):
                    last_end = end
                    joiner = None
                    continue
                if joiner in (",", "/"):
                    pending_sep = True
                elif joiner == "-" and joiner_end != start:
                    tokens[-1] += "-"  # a minus ending a word: "O-", "AB-"
            joiner = None
            if sign is not None and sign_end == start:
                if sign == "-" and word[0].isdigit():
                    word = "-" + word
                # a leading "+" or "#" is not part of the word ("+2", "#8", "#hashtag")
            sign = None
            spaced_plus = False
            if word in _SEPARATOR_WORDS:
                pending_sep = True
            tokens.append(word)
            seps.append(pending_sep)
            pending_sep = False
            last_end = end
            continue
        # a symbol
        glued_to_word = start == last_end and bool(tokens)
        if piece in "+#" and glued_to_word and joiner is None:
            tokens[-1] += piece  # C++, C#, O+
            last_end = end
            continue
        if joiner == "-" and tokens and not glued_to_word:
            tokens[-1] += "-"
            joiner = None
        if piece in ".,/-" and glued_to_word and joiner is None:
            joiner = piece
            joiner_end = end
            continue
        if joiner in (",", "/"):
            pending_sep = True
        joiner = None
        if piece == "&":
            tokens.append("and")
            seps.append(pending_sep)
            pending_sep = False
            last_end = -1
        elif piece == "+":
            if tokens:
                spaced_plus = True
            sign, sign_end = piece, end
        elif piece in "-#":
            sign, sign_end = piece, end
        elif piece in _SEPARATOR_CHARS:
            pending_sep = True
    if tokens:
        if joiner == "-":
            tokens[-1] += "-"
        if spaced_plus and sign_end != -1 and not tokens[-1].endswith("+"):
            tokens[-1] += "+"  # "AB +" at the end
    return tokens, seps


def _spaced_thousands(tokens: list[str], seps: list[bool]) -> tuple[list[str], list[bool]]:
    """ "10 000" is ten thousand: a round group of three digits ("000", "500") right after a number
    of one to three digits (or after such a merged number) joins it; "60 120" stays two numbers."""
    out: list[str] = []
    out_seps: list[bool] = []
    grouping = False
    for token, sep in zip(tokens, seps, strict=True):
        if (
            out and not sep and len(token) == 3 and token.isdigit() and token.endswith("00") and out[-1].isdigit()
            and (grouping or len(out[-1]) <= 3)
        ):
            out[-1] += token
            grouping = True
            continue
        grouping = False
        out.append(token)
        out_seps.append(sep)
    return out, out_seps


# Short forms written either way: expanded when a word follows (a trailing "St" is a street).
_BEFORE_A_WORD = {"st": "saint", "mt": "mount", "ft": "fort", "dr": "doctor", "mr": "mister", "lil": "little", "teh": "the"}
_AFTER_A_WORD = {"rm": "room", "rd": "road", "ave": "avenue", "blvd": "boulevard", "sq": "square"}  # "music rm"
_ALWAYS = {
    "bros": "brothers", "jr": "junior", "sr": "senior", "mtn": "mountain", "uni": "university", "univ": "university",
    # one spelling for words spelt two ways (British and American, old and new)
    "grey": "gray", "disk": "disc", "racquet": "racket", "colour": "color", "honour": "honor",
    "favourite": "favorite", "theatre": "theater", "centre": "center", "armour": "armor",
    "aluminium": "aluminum", "sulphur": "sulfur", "jewellery": "jewelry", "harbour": "harbor",
    "labour": "labor", "humour": "humor", "flavour": "flavor", "behaviour": "behavior",
    "defence": "defense", "offence": "offense", "licence": "license", "catalogue": "catalog", "tyre": "tire",
    "pyjamas": "pajamas", "moustache": "mustache", "aeroplane": "airplane", "programme": "program",
    "vapour": "vapor", "rumour": "rumor", "odour": "odor", "splendour": "splendor", "saviour": "savior",
}
_MONEY = frozenset({"dollar", "dollars", "pound", "pounds", "euro", "euros"})  # "ten dollar note" is a bill
_TIMES = {"twice": "2", "thrice": "3"}  # "twice" = "2 times"
_AGED = compile_later(r"^(\d+)(?:yo|yos|yrs|yr)$")  # "10yo" = "10 years"
_TIMES_X = compile_later(r"^(\d+)x$")  # "4x" (four-time champion) = "4 times"
# "Guns N' Roses", "Sweet Child O' Mine"; chat's shorthand: "age b4 beauty", "drive thru the night"
_BETWEEN_WORDS = {"n": "and", "o": "of", "b4": "before", "thru": "through"}
_W_BEFORE = frozenset("the a an his her their my glasses".split())
_MONTHS = {short: CALENDAR_MONTHS[number - 1].lower() for short, number in MONTH_SHORT.items()}
_MONTH_NAMES = frozenset([*_MONTHS.values(), "may"])
MONTH_NAMES = _MONTH_NAMES
_BILLIONS = {"b": "billion", "bn": "billion", "bil": "billion", "mil": "million"}
_WORD_TRIGGERS = frozenset(
    [*_BEFORE_A_WORD, *_AFTER_A_WORD, *_ALWAYS, *_BETWEEN_WORDS, *_MONTHS, *_MONTH_NAMES, *_TIMES, "bn", "bil", "mil", "co", "ent", "ish", "note", "notes", "w"]
)
_DAY = compile_later(r"^([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
_SCALED = compile_later(r"^(\d+(?:\.\d+)?)(bn|b|k)$")  # "1.45b", "170k"
_ISH = compile_later(r"^(\d+(?:\.\d+)?)ish$")  # "130ish"


def _number_like(token: str) -> bool:
    return bool(token) and token[0].isdigit()


def _thousands(number: str) -> str:
    """A number of thousands as its digits ("170" -> "170000", "1.5" -> "1500")."""
    whole, _, part = number.partition(".")
    return str(int(whole + (part + "000")[:3])) if len(part) <= 3 else number + "k"


def _short_forms(tokens: list[str], seps: list[bool]) -> tuple[list[str], list[bool]]:
    """Short forms as words ("St Louis" = "Saint Louis", "Super Mario Bros" = "Brothers", "Guns N'
    Roses" = "Guns and Roses", "and Co" = "and Company"), money written short ("1.45b", "2 bil"), and dates in one order:
    "Dec 18th, 2015" and "18 December 2015" are "december 18 2015"."""
    out: list[str] = []
    out_seps: list[bool] = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < n else ""
        word = token
        if token in _ALWAYS:
            word = _ALWAYS[token]
        elif token in _BEFORE_A_WORD and after.isalpha() and not _number_like(before):
            word = _BEFORE_A_WORD[token]
        elif token in _AFTER_A_WORD and before.isalpha() and not after.isalpha():
            word = _AFTER_A_WORD[token]
        elif token == "ent" and before.isalpha() and len(before) <= 3 and before not in ("a", "an", "the") and not after:
            word = "entertainment"  # an agency's initials: "BH Ent", "JYP Ent" (never "the ent", Tolkien's)
        elif token in ("note", "notes") and (before in _MONEY or is_number(before)):
            word = "bill" if token == "note" else "bills"  # "a $10 note" (British) is a $10 bill
        elif token == "co" and before == "and":
            word = "company"  # "Oliver and Co", "Johnson & Co."
        elif token == "w" and before.isalpha() and after in _W_BEFORE:
            word = "with"  # "the girl w the bow" (never "george w bush": an initial before a name)
        elif token in _BETWEEN_WORDS and before.isalpha() and after.isalpha() and max(len(before), len(after)) > 1:
            word = _BETWEEN_WORDS[token]  # (between single letters it is one of a name spelt out: "s u h y e o k")
        elif token in _MONTHS and (_number_like(before) or _number_like(after)):
            word = _MONTHS[token]
        elif token in _BILLIONS and is_number(before):
            word = _BILLIONS[token]
        elif token in _TIMES or (_number_like(token) and (_AGED.match(token) or _TIMES_X.match(token))):
            aged, times = _AGED.match(token), _TIMES_X.match(token)
            out.append(aged.group(1) if aged is not None else times.group(1) if times is not None else _TIMES[token])
            out_seps.append(seps[i])
            out.append("years" if aged is not None else "times")
            out_seps.append(False)
            continue
        elif (scaled := _SCALED.match(token)) is not None and scaled.group(2) == "k":
            word = _thousands(scaled.group(1))  # "170k" = 170000
        elif (ish := _ISH.match(token)) is not None:
            word = ish.group(1)  # "130ish", about 130: the number guessed
        elif token == "ish" and is_number(before):
            continue  # "130-ish"
        elif scaled is not None:
            out.append(scaled.group(1))
            out_seps.append(seps[i])
            word = "billion"
            out.append(word)
            out_seps.append(False)
            continue
        out.append(word)
        out_seps.append(seps[i])
    for i in range(len(out) - 2, 0, -1):  # "6th of june": "6th june" ("of" said between an ordinal day and its month)
        if out[i] == "of" and out[i + 1] in _MONTH_NAMES and _DAY.match(out[i - 1]) and not out[i - 1].isdigit():
            del out[i], out_seps[i]
    for i, token in enumerate(out):  # a day beside its month: "18th" = "18"; the month first
        if token not in _MONTH_NAMES:
            continue
        if i + 1 < len(out) and (day := _DAY.match(out[i + 1])) is not None:
            out[i + 1] = day.group(1)
        elif i >= 1 and (day := _DAY.match(out[i - 1])) is not None:
            out[i - 1], out[i] = token, day.group(1)
            out_seps[i - 1], out_seps[i] = out_seps[i - 1], False
    return out, out_seps


# A month and a year's last two digits after an apostrophe ("feb '26"): that year, not a day (the
# apostrophe says so). Trivia's years are of the last century or this one: up to '40 is this one's.
_MONTH_AND_SHORT_YEAR = compile_later(
    r"\b(" + "|".join([*MONTH_SHORT, *(m.lower() for m in CALENDAR_MONTHS)]) + r")\.?\s*['\u2018\u2019](\d\d)\b", re.IGNORECASE
)


def _whole_year(match: re.Match[str]) -> str:
    short = int(match.group(2))
    return f"{match.group(1)} {2000 + short if short <= 40 else 1900 + short}"


def read(text: str) -> Reading:
    """The comparison form of a text, with its separators (see module docstring)."""
    text = keycaps_as_digits(text, apart_as_one=True)  # "1️⃣2️⃣", "1️⃣ 2️⃣": 12
    if "'" in text or "\u2019" in text or "\u2018" in text:
        text = _MONTH_AND_SHORT_YEAR.sub(_whole_year, text)
    tokens, seps = _tokenize(text)
    if not GLUED_TENS.keys().isdisjoint(tokens):  # "twentyone" is "twenty one"
        seps = [s for t, s in zip(tokens, seps, strict=True) for s in ((s, False) if t in GLUED_TENS else (s,))]
        tokens = [w for t in tokens for w in GLUED_TENS.get(t, (t,))]
    if not NUMBER_TRIGGERS.isdisjoint(tokens) or ("and" in tokens and "/" in text):
        tokens, seps = numbers_to_digits(tokens, seps)
    if not _WORD_TRIGGERS.isdisjoint(tokens) or any(
        (_SCALED.match(t) or _AGED.match(t) or _ISH.match(t) or _TIMES_X.match(t)) for t in tokens if t[-1] in "bnsrokhx" and t[0].isdigit()
    ):
        tokens, seps = _short_forms(tokens, seps)
    if len(tokens) > 1 and _SPACED_GROUP.search(text):
        tokens, seps = _spaced_thousands(tokens, seps)
    return Reading(tuple(tokens), frozenset(k for k, s in enumerate(seps) if s) if True in seps else _NO_SEPS)


def windows(tokens: Sequence[str], width: int, size: int) -> set[str]:
    """The compact forms of every run of up to `width` words (and `size` characters) in `tokens`."""
    out: set[str] = set()
    for i in range(len(tokens)):
        acc = ""
        for j in range(i, min(len(tokens), i + width)):
            acc = join_compact(acc, tokens[j])
            if len(acc) > size:
                break
            out.add(acc)
    return out


def normalize_tokens(text: str) -> list[str]:
    """The words of a text in comparison form."""
    return list(read(text).tokens)


def fold_text(text: str) -> str:
    """The words of a text in comparison form, joined by single spaces."""
    return " ".join(read(text).tokens)


def without_day_and_month(reading: Reading) -> Reading:
    """A date's month and day dropped, its year kept (the normal form puts the month first)."""
    drop: set[int] = set()
    tokens = reading.tokens
    for i, token in enumerate(tokens):
        if token in _MONTH_NAMES and i + 1 < len(tokens) and tokens[i + 1].isdigit():
            drop.add(i)
            if len(tokens[i + 1]) <= 2 and i + 2 < len(tokens) and tokens[i + 2].isdigit():
                drop.add(i + 1)
    if not drop:
        return reading
    kept = [i for i in range(len(tokens)) if i not in drop]
    return Reading(tuple(tokens[i] for i in kept), frozenset(k for k, i in enumerate(kept) if i in reading.seps))


TWO_YEARS = compile_later(r"(\d{4})/(\d{4})").fullmatch
# "11/12" where an episode is asked: two guesses; never a score out of ten or a hundred ("10/10 episode", "9/10"), nor
# "24/7" (always) or "1/2" (a half)
TWO_NUMBERS = compile_later(r"(?!(\d+)/\1$|24/7$|1/2$)(\d{1,3})/(?!10$|100$)(\d{1,3})").fullmatch


# What follows a tally or a score ("2/3 right so far", "5/8 eps", "3/4 done"), and the words that deny both numbers
TALLIED = frozenset("right correct wrong done so eps episodes watched questions qs points pts".split())
_DENIED = frozenset("not never isnt wasnt aint".split())
_EPISODES = frozenset({"eps", "episodes"})
_EPISODE = frozenset({"ep", "eps", "episode", "epi"})


def _progress(tokens: Sequence[str], k: int, two: re.Match[str], echoed: Container[str]) -> bool:
    """Whether the pair tokens[k] is a fan's progress or score, no number guessed: "2/3 right so far", "5/8 eps" (alone
    too, save where the question counts episodes: "11/12 eps" answers it twice), "on 5/12", "ep 5/12" (of the
    season's 12; "ep 11/12" names two neighbours: two guesses)."""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    if after in TALLIED and (len(tokens) > 2 or after not in _EPISODES or "episodes" not in echoed):
        return True
    first, last = int(two.group(two.re.groups - 1)), int(two.group(two.re.groups))
    if last > 999:
        return False  # (years: "on 2022/2023" is no progress)
    named = k > 0 and tokens[k - 1] in _EPISODE
    if k > named and tokens[k - 1 - named] == "on":
        return True  # "im on 11/12", "on ep 5/12"
    return named and last == SEASON_ONE_EPISODES and first < last - 1


def years_apart(
    reading: Reading, two_of: Callable[[str], re.Match[str] | None] = TWO_YEARS, echoed: Container[str] = ()
) -> Reading:
    """The reading with each "2022/2023" (or what `two_of` finds: "11/12") as two numbers, a separator between them;
    a fan's progress (`_progress`: "5/8 eps", "on 5/12") is dropped. `echoed` are the question's own words."""
    tokens: list[str] = []
    seps: set[int] = set()
    for k, token in enumerate(reading.tokens):
        if k in reading.seps:
            seps.add(len(tokens))
        if (two := two_of(token)) is not None and _progress(reading.tokens, k, two, echoed):
            if tokens[-1:] and tokens[-1] in _EPISODE:
                tokens.pop()  # ("ep 5/12": the episode word goes with its tally)
            continue  # "2/3 right so far", "im on 5/8 eps", "ep 5/12": a tally, no number guessed
        if two is not None:
            tokens.append(two.group(two.re.groups - 1))
            if tokens[-2:-1] and tokens[-2] in _DENIED:
                tokens.append(tokens[-2])  # "not 11/12": neither one ("not 11 not 12")
            else:
                seps.add(len(tokens))
            tokens.append(two.group(two.re.groups))
        else:
            tokens.append(token)
    return Reading(tuple(tokens), frozenset(seps))


# A part said with its whole ("ep 5 of 12", "5 out of 12"), and the words before a tally of it ("im on ep 5 of 12")
_OF_WHOLE = (("of",), ("out", "of"), ("outta",))
OF_WHOLE = frozenset(w for gap in _OF_WHOLE for w in gap)
_TALLY_BEFORE = frozenset((w,) for w in ("on", "watched", "seen", "finished"))
_TALLY_AFTER = frozenset((w,) for w in TALLIED)
_RATED = frozenset((w,) for w in ("stars", "star", "points", "pts"))


def parts_of_whole(reading: Reading) -> Reading:
    """The reading with each "N of M" or "N out of M" (N not above M) as N alone: the part guessed, its whole ("ep 5 of
    12": the season's 12) no second number. Where the words around it make it a tally ("im on ep 5 of 12", "watched 5
    out of 12 so far") or a score (out of 10 or 100), it is the pair "N/M", read with the tallies by `years_apart`."""
    tokens = reading.tokens
    out: list[str] = []
    seps: set[int] = set()
    k = 0
    while k < len(tokens):
        if k in reading.seps:
            seps.add(len(out))
        gap = next((g for g in _OF_WHOLE if tuple(tokens[k + 1 : k + 1 + len(g)]) == g), None)
        whole = tokens[k + 1 + len(gap)] if gap is not None and k + 1 + len(gap) < len(tokens) else ""
        if not (tokens[k].isdigit() and whole.isdigit() and int(tokens[k]) <= int(whole)):  # ("ep 12 of 12": the last)
            out.append(tokens[k])
            k += 1
            continue
        end = k + 2 + len(gap or ())
        before = [t for t in tokens[max(0, k - 2) : k] if t not in _EPISODE]
        tallied = tokens[end:end + 1] in _TALLY_AFTER or tuple(before[-1:]) in _TALLY_BEFORE
        rated = tokens[end:end + 1] in _RATED  # ("5 out of 12 stars": a rating, whatever its scale)
        if not rated:  # (a rating guesses no number: its two are left out)
            out.append(f"{tokens[k]}/{whole}" if tallied or whole in ("10", "100") else tokens[k])
        k = end
    return Reading(tuple(out), frozenset(seps))


_PICTURE_MARKS = frozenset({"\ufe0f", "\ufe0e", "\u200d"})  # (a variation selector, a joiner: part of one emoji)


_FLAG_LETTER = "regional indicator symbol letter "


def emoji_said(text: str) -> str | None:
    """What a message typed as emoji alone says in words, by the emoji's own Unicode names ("🏹": "bow
    and arrow", "🐭": "mouse"), or None when it holds anything else: a player may answer with the
    picture of the answer."""
    names: list[str] = []
    for char in text.strip():
        if char.isspace() or char in _PICTURE_MARKS or "\U0001f3fb" <= char <= "\U0001f3ff":  # (a skin tone)
            continue
        if unicodedata.category(char) != "So":
            return None
        name = unicodedata.name(char, "").lower()
        name = name.removesuffix(" face")  # ("mouse face": a mouse)
        if name.startswith(_FLAG_LETTER):
            name = name.removeprefix(_FLAG_LETTER)  # a flag is two letters, its country's code: "🇺🇸" says "us"
            if names and len(names[-1]) == 1:
                names[-1] += name
                continue
        if not names or names[-1] != name:  # ("🏹🏹": one bow and arrow, said twice)
            names.append(name)
    return " ".join(names) or None


#: Where one written answer gives its alternatives: " / " with spaces round it, or a full-width "／"; a slash
#: inside a word is no such mark ("AC/DC", "24/7").
# (never begun on a space after a space, where it would have begun a space earlier: tried from each, a run's square)
_ALTERNATIVES = compile_later(r"(?!(?<=\s)\s)(?:\s+/\s+|\s*／\s*)")
#: Halves that make one thing even spaced: numbers ("24 / 7", "1 / 2", a score "3 / 1") and capitals of an
#: initialism ("AC / DC", "N / A"). Read as alternatives, either half alone would win.
_ONE_THING = compile_later(r"[0-9]+(?:[.,][0-9]+)?|[A-Z0-9&]{1,3}")


def slash_alternatives(text: str) -> list[str]:
    """The alternatives an answer written "A / B" gives ("Park Ji-hu / Park Ji-hoo"), or the answer alone when
    it writes none, written as the one thing it is when its halves are ("24 / 7": "24/7", as players type it)."""
    parts = [p.strip() for p in _ALTERNATIVES.split(text)]
    if len(parts) < 2:
        return [text.strip()]
    if all(_ONE_THING.fullmatch(p) for p in parts):
        return ["/".join(parts)]
    return [p for p in parts if p]
