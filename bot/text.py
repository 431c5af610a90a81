"""Making untrusted text safe to echo back into Discord.

Any text a user typed (a question, a guess, an imported list) passes through `quote_user_text`
before the bot repeats it: no pings, no markdown that changes the bot's own formatting, no
spoiler bars that could close the bot's spoilers early, no invisible or direction-changing
characters, and a bounded length. Where the author's own spoiler bars matter (text shown to a
channel: a question asked in public, an imported list), `keep_spoilers` keeps what they hid hidden
instead of turning their bars into readable text.

It also holds the words every reader of typed dates and numbers shares: the months' names and the
one table each of number words ("seven", "twenty") and ordinal words ("third", "twentieth"), of
which each reader (episodes, dates, offsets, quarters, weeks, /ask, trivia answers) takes its part, and the one
reader each of Chinese and Japanese numerals ("十二") and of emoji keycaps ("1️⃣2️⃣") they all call; and `HANGUL`,
the one test of whether a text is written in Korean, with `HANGUL_WORD` and `korean_word` for the Korean readers' words.

And Discord's timestamp markup (`timestamp`), written once here where bot/ and cogs/ may both call it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable

# Zero-width characters and bidirectional controls: they hide or reorder text on screen.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u180e]")
_MARKDOWN = re.compile(r"([\\*_~`|>#\-\[\]()])")
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#)(\d+)>")
_WHITESPACE = re.compile(r"\s+")
#: A Korean syllable (가-힣): the one test of whether a text, a word or a character is written in Hangul.
HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: A run of Korean syllables: a Korean word (its particles and endings too, which Korean writes joined to it).
HANGUL_WORD = re.compile(HANGUL.pattern + "+")
#: A Thai letter (its consonants, vowels, tone marks and digits): whether a text is written in Thai.
THAI = re.compile(r"[\u0e00-\u0e7f]")
#: The particles that close a Thai yes-or-no question ("ชองซานตายไหม", "รอดหรือเปล่า"), an alternation.
THAI_ASKS = "ไหม|มั้ย|มั๊ย|รึเปล่า|หรือเปล่า|หรือไม่"
#: Korean letters written alone ("ㅋㅋ", "ㅠㅠ", "ㅊㅅ"), as typed (compatibility jamo) and as NFKC writes them
#: (conjoining jamo): the ranges of a pattern's character class ("[{JAMO}]").
JAMO = r"\u1100-\u11ff\u3131-\u318e"


#: The 19 initial consonants of Korean syllables in Unicode's order, as typed alone (초성: "ㅊㅅ" for 청산).
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def hangul_initial(ch: str) -> str:
    """A Korean syllable's initial consonant as typed alone (청 -> ㅊ), any other character as it is: Unicode
    orders syllables by initial, then 21 vowels times 28 finals (588) each."""
    return CHOSEONG[(ord(ch) - 0xAC00) // 588] if HANGUL.fullmatch(ch) else ch


def korean_word(pattern: str) -> str:
    """`pattern` (pattern text) as a whole Korean word: no syllable joined on either side, so "누가" is not read
    inside "누가요" nor "봐" inside "봐봐라"."""
    return rf"(?<!{HANGUL.pattern})(?:{pattern})(?!{HANGUL.pattern})"


def strip_invisible(text: str) -> str:
    """Remove zero-width, soft-hyphen and bidi control characters."""
    return _INVISIBLE.sub("", text)


#: Characters no one sees or types that a copy from a web page, Docs or a chat leaves in a text: zero-width spaces,
#: word joiners, a stray byte-order mark, soft hyphens; and a zero-width (non-)joiner beside a Latin letter, digit
#: or mark, or a Korean, Japanese or Chinese character (whole syllables and kana, which nothing joins). Kept, they
#: make "Park\u200bJi-hu" or "효\u200d산" another question or answer than the one on screen. A joiner between two
#: emoji or letters of scripts that join (Arabic, Persian, Indic) is kept: it makes "👨\u200d🚒" one emoji.
_UNJOINED = r"[\x00-\x7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7a3]"
#: Control characters (C0 but tab and line ends, DEL, C1) too: a terminal's bell or escape pasted from a log or a
#: spreadsheet cell is nothing a member can see or type, so "Hyosan\x7f" would be an answer no one gives.
_UNSEEN = re.compile(rf"[\u200b\u2060\ufeff\u00ad\u180e\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|(?<={_UNJOINED})[\u200c\u200d]+|[\u200c\u200d]+(?={_UNJOINED})"
                     r"|^[\u200c\u200d]+|[\u200c\u200d]+$")


#: Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms): where a text
#: has none, a direction mark or override only reorders Latin, hangul or digits on screen ("\u202eHyosan" shows
#: "nasoyH") -- a paste accident or a trick, never what the author typed.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_DIRECTION = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def as_shown(text: str) -> str:
    """The text as it shows on screen, for text that is stored and shown again (an imported trivia list): the
    characters `_UNSEEN` names dropped. Unlike `strip_invisible` (text only read), it keeps what changes how a text
    looks: a joiner inside an emoji or a joining script, and bidi controls beside right-to-left letters."""
    if text.isascii() and text.isprintable():  # (most texts: nothing `_UNSEEN` or a direction mark could be)
        return text
    text = _UNSEEN.sub("", text)
    return text if _RTL.search(text) else _DIRECTION.sub("", text)


#: Letters of other scripts drawn like Latin ones ("dіes" with a Cyrillic і reads "dies"): folded
#: only to read text as a reader does (`as_read`), never to change what is shown.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁһӏԛԝɡАВЕКМНОРСТХІЈЅαοριεκνυτχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhlqwgABEKMHOPCTXIJSaopiekvutxABEZHIKMNOPTYX",
)
_READ_MARKUP = re.compile(r"\\(.)|[*~`|]|(?<![^\W_])_+|_+(?![^\W_])", re.S)
# not a number's point ("2.04": season 2's fourth episode, a version, a price), which reads as one
_JOINED_WORDS = re.compile(r"(?<=[^\W_])(?!(?<=\d)\.\d)[-_.+/]+(?=[^\W_])")


def as_read(text: str) -> str:
    """`text` as a reader reads it on Discord: invisible characters gone (also inside a word),
    compatibility and look-alike letters folded, markdown and escapes dropped ("Cheong-san
    d**i**es" reads "Cheong-san dies"). For judging what a text gives away, never for showing."""
    text = unicodedata.normalize("NFKC", strip_invisible(text)).translate(_LOOKALIKES)
    return _READ_MARKUP.sub(lambda m: m.group(1) or "", text).replace("_", " ")


def as_words(text: str) -> str:
    """Words joined into a name or slug read apart ("cheong-san-dies_ep11" reads "cheong san dies
    ep11"), as a reader reads a list or category name."""
    return _JOINED_WORDS.sub(" ", text)


def clean_input(text: str, *, limit: int = 300) -> str:
    """Normalise what a user typed before the bot reads it: NFKC, no invisibles, one-line, bounded."""
    if text.isascii() and text.isprintable():
        # The common case: nothing to normalise or strip but runs of spaces.
        return _WHITESPACE.sub(" ", text).strip()[:limit]
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\n\t")
    text = _WHITESPACE.sub(" ", text).strip()
    return text[:limit]


def escape_markdown(text: str) -> str:
    """Backslash-escape every character Discord's markdown (spoilers included) reacts to."""
    return _MARKDOWN.sub(r"\\\1", text)


def unescape_markdown(text: str) -> str:
    """Text escaped for Discord, for a terminal, where the backslashes would only be noise."""
    return re.sub(r"\\([\\*_~`|>#\-\[\]()])", r"\1", text)


def defuse_mentions(text: str) -> str:
    """Break @everyone, @here and <@…>/<@&…>/<#…> so they render as text, not pings."""

    def _defuse(match: re.Match[str]) -> str:
        if match.group(1):
            return "@\u200b" + match.group(1)
        return "<" + match.group(2) + "\u200b" + match.group(3) + ">"

    return _MENTION.sub(_defuse, text)


def without_mentions(text: str) -> str:
    """The text with its @everyone, @here and <@…>/<@&…>/<#…> taken out (spaces closed up, and brackets left
    empty, "Woo-jin (@here)"): what is left to type; a text with no mention as it is."""
    if _MENTION.search(text) is None:
        return text
    return " ".join(re.sub(r"\(\s*\)|\[\s*\]", " ", _MENTION.sub(" ", text)).split())


def shorten(text: str, limit: int, *, ellipsis: str = "…") -> str:
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(ellipsis))].rstrip() + ellipsis


# NFKC writes a lone Korean letter ("ㅠㅠ", "ㅋㅋ") as a conjoining jamo, which shows as a broken
# syllable: echoed, it is written back as the letter typed.
_TYPED_JAMO = {
    ord(unicodedata.normalize("NFKC", chr(c))): chr(c)
    for c in range(0x3131, 0x318F) if len(unicodedata.normalize("NFKC", chr(c))) == 1
}


def typed_jamo(text: str) -> str:
    """`text` with the lone Korean letters NFKC wrote as conjoining jamo written back as typed ("ㅊㅅ")."""
    return text.translate(_TYPED_JAMO)


def quote_user_text(text: str, *, limit: int = 200) -> str:
    """Text a user wrote, made inert for the bot to repeat: cleaned, escaped, defused, bounded."""
    cleaned = typed_jamo(shorten(clean_input(text, limit=limit * 4), limit))
    return defuse_mentions(escape_markdown(cleaned))


#: What starts a list once the rest of a line is escaped: "1. " (an ordered list) and "+ ".
_LIST_START = re.compile(r"^(\d+)\.(?=\s|$)|^\+")


def quote_user_lines(text: str) -> str:
    """`quote_user_text` line by line, never shortened: a recap or list a member wrote on several lines keeps
    its lines (spoiler bars around it span them), blank lines dropped. Each line is made inert on its own,
    and what would start a heading, quote, list or code block at a line's start is escaped too, so no line
    renders outside bars put around the whole."""
    lines = (quote_user_text(line, limit=18 * len(line)) for line in text.splitlines())  # NFKC: 18x at most, never cut
    return "\n".join(_LIST_START.sub(lambda m: f"{m.group(1)}\\." if m.group(1) else "\\+", line) for line in lines if line)


def _bar_positions(text: str) -> list[int]:
    """Where Discord reads `||` as a spoiler marker (backslash escapes and code spans skipped)."""
    found: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            i += 2
            continue
        if ch == "`":  # a code span: a run of backticks closed by a run of exactly the same length
            run = len(text[i:]) - len(text[i:].lstrip("`"))
            close = text.find("`" * run, i + run)
            while close != -1 and close + run < n and text[close + run] == "`":
                close = text.find("`" * run, close + run + 1)
            i = close + run if close != -1 else i + run
            continue
        if text.startswith("||", i):
            found.append(i)
            i += 2
            continue
        i += 1
    return found


def spoiler_bars(text: str) -> int:
    """How many `||` Discord reads as spoiler markers."""
    return len(_bar_positions(text))


def outside_spoilers(text: str) -> str:
    """What Discord shows of `text` before a click: the parts outside its paired spoiler bars (an
    unpaired last `||` hides nothing, so what follows it shows)."""
    cuts = _bar_positions(text)
    shown, start = [], 0
    for opening, closing in zip(cuts[0::2], cuts[1::2], strict=False):  # an unpaired last bar left over
        shown.append(text[start:opening])
        start = closing + 2
    shown.append(text[start:])
    return "\n".join(shown)


def inside_spoilers(text: str) -> list[str]:
    """What a click on `text`'s spoilers reveals: the parts between its paired spoiler bars, as
    Discord pairs them (`outside_spoilers` is the rest; an unpaired last `||` hides nothing)."""
    cuts = _bar_positions(text)
    return [text[opening + 2:closing] for opening, closing in zip(cuts[0::2], cuts[1::2], strict=False)]


def keep_spoilers(text: str) -> str:
    """Spoiler bars an author wrote, made safe without revealing: pairs stay spoilers as Discord
    pairs them, and an unpaired last || hides the rest of the text (it is closed at the end), so
    the bars always balance and nothing the author meant to hide becomes readable. When closing
    cannot be done cleanly, the whole text is hidden. Other markup is left as it is."""
    if spoiler_bars(text) % 2 == 0:
        return text
    closed = text + "\u200b||"
    if spoiler_bars(closed) % 2 == 0:
        return closed
    return "||" + text.replace("\\", "\\\\").replace("|", "\\|") + "||"


def quote_keeping_spoilers(text: str, *, limit: int = 200) -> str:
    """`quote_user_text`, but the author's spoilers stay spoilers (see `keep_spoilers`): the text
    between the bars Discord would read is quoted, the bars kept, an unpaired one closed at the end."""
    cleaned = typed_jamo(shorten(clean_input(text, limit=limit * 4), limit))
    cuts = _bar_positions(cleaned)
    if not cuts:
        return quote_user_text(cleaned, limit=limit)
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(cleaned[start:cut])
        start = cut + 2
    pieces.append(cleaned[start:])
    if len(cuts) % 2 and not pieces[-1].strip():  # an unpaired bar with nothing after it hides nothing:
        pieces[-2:] = [pieces[-2].rstrip()]  # dropped, rather than closed into a bare "||||"
    quoted = "||".join(defuse_mentions(escape_markdown(piece)) for piece in pieces)
    return quoted + "||" if len(pieces) % 2 == 0 else quoted


def quote_user_list(
    items: Iterable[str], *, limit: int, item_limit: int = 60, empty: str = "none",
    hidden: Callable[[str], bool] | None = None,
) -> str:
    """Names users chose (lists, categories, ...), each made inert, joined by commas and bounded:
    what does not fit in `limit` characters becomes "and N more". A name `hidden` passes (one
    that spoils) is shown in spoiler bars."""
    quoted = [
        f"||{q}||" if hidden is not None and hidden(item) else q
        for item in items if (q := quote_user_text(item, limit=item_limit))
    ]
    if not quoted:
        return empty
    shown: list[str] = []
    used = 0
    for index, item in enumerate(quoted):
        rest = len(quoted) - index - 1
        tail = len(f", and {rest} more") if rest else 0
        if used + len(item) + 2 + tail > limit and shown:
            return shorten(", ".join(shown) + f", and {len(quoted) - index} more", limit)
        shown.append(item)
        used += len(item) + 2
    return shorten(", ".join(shown), limit)


#: The months' names, for replies, labels and what a reader recognises as a date.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
#: The months' names in the askers' languages written in Latin letters (as a date is written, capitals kept): written
#: by /ask's replies (`bot.lore.answer.written_dates`), read in season-2 posts abroad (`headline_abroad`).
MONTH_NAMES_IN = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split(),
}
#: The days of the week, Monday first (as `datetime.date.weekday()` counts them).
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The days of the week as Korean writes them in one letter ("(금)": Friday), Monday first.
KOREAN_WEEKDAY_LETTERS = "월화수목금토일"
#: Each month as it is written short ("sept" too), with its number.
MONTH_SHORT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
               "nov": 11, "dec": 12}


def month_alternation(*, names: bool = False, short: bool = False, stems: bool = False) -> str:
    """The months as one regex alternation, lower case and ungrouped, in month order: their `names`
    ("january|…|december"), then their `stems`, each name's first three letters ("jan|…|may|…|dec"; with `short`, each
    followed by its month's longer short forms: "sep|sept"), or else their `short` forms alone (`MONTH_SHORT`'s,
    "jan|…|sept?|…|dec": a form one letter longer than the one before joins it). /ask's readers take their months
    here, never typing a list of their own."""
    forms = [name.lower() for name in MONTH_NAMES] if names else []
    if stems:
        for number, name in enumerate(MONTH_NAMES, start=1):
            stem = name[:3].lower()
            forms += [stem, *(form for form, month in MONTH_SHORT.items() if short and month == number and form != stem)]
    elif short:
        for form in MONTH_SHORT:
            if forms and form[:-1] == forms[-1]:
                forms[-1] = f"{form}?"  # "sep", "sept": "sept?"
            else:
                forms.append(form)
    return "|".join(forms)


# -- number words ----------------------------------------------------------------------------

_ZERO_TO_NINETEEN = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: Every one-word number and the number it says: "zero" to "nineteen" and the tens "twenty" to
#: "ninety" (in that order). Each reader takes the part it needs.
NUMBER_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_ZERO_TO_NINETEEN)},
    **{word: 10 * n for n, word in enumerate(_TENS, start=2)},
}
#: Hindi's numbers one to twelve as Hinglish types them ("do episode bache", "char mahine"), in digits: read by the
#: trivia guesses (bot/trivia/asianlatin.py) and the progress said (bot/progress_catching_up.py).
HINDI_NUMBER_WORDS: dict[str, str] = {
    "ek": "1", "do": "2", "teen": "3", "char": "4", "chaar": "4", "paanch": "5", "panch": "5", "chhe": "6",
    "chhah": "6", "saat": "7", "aath": "8", "nau": "9", "das": "10", "gyarah": "11", "gyara": "11", "barah": "12",
    "bara": "12",
}


# -- ordinal words ---------------------------------------------------------------------------

_FIRST_TO_NINETEENTH = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)
_TENTHS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth")
#: Every one-word ordinal and the number it says: "first" 1 to "nineteenth" 19, the tens "twentieth" to
#: "ninetieth", "hundredth" and "thousandth". Each reader takes the part it needs ("twenty-first" is built
#: from these where a reader takes it: bot/season2/day_numbers.py).
ORDINAL_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_FIRST_TO_NINETEENTH, start=1)},
    **{word: 10 * n for n, word in enumerate(_TENTHS, start=2)},
    "hundredth": 100, "thousandth": 1000,
}
_ORDINAL_IN_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")


def ascii_digits(text: str) -> str:
    """`text` with every script's decimal digits written 0-9 ("١٢" and "۱۲" Arabic and Persian, "๑๒" Thai, "１２": 12),
    so one reader of numbers reads them all instead of one table of digits per script."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text)


# Chinese and Japanese numerals, one reader for every reader of episodes, seasons, counts and trivia answers
_CJK_DIGITS = {ch: n for n, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "兩": 2}
# 1 to 99 ("九", "十二", "二十", "九十九", "一十一" formally); 两 (two, before a counter) and 〇/零 (zero) stand alone
_CJK_WELL_FORMED = re.compile(r"(?:[一二三四五六七八九]?十)?[一二三四五六七八九]?(?<=.)|[两兩〇零]")


def cjk_number(text: str) -> int | None:
    """The number a Chinese or Japanese numeral says ("十二" 12, "二十" 20, "两" 2, "〇" 0), or digits ("12", "１２"); None
    for anything else, a malformed numeral too ("十十", "三三", "1十"), so a reader asks again or passes it by."""
    if text.isdecimal():
        return int(text)
    if not _CJK_WELL_FORMED.fullmatch(text):
        return None
    tens, ten, ones = text.rpartition("十")
    return ((_CJK_DIGITS[tens] if tens else 1) * 10 if ten else 0) + (_CJK_DIGITS[ones] if ones else 0)


_KEYCAP = re.compile("(\\d)\ufe0f?\u20e3")


_KEYCAPS_APART = re.compile("(?<=\u20e3)[ \t]+(?=\\d\ufe0f?\u20e3)")


def keycaps_as_digits(text: str, apart_as_one: bool = False) -> str:
    """`text` with emoji keycaps as the digits they show ("7️⃣" 7, "1️⃣2️⃣" 12, "🔟" 10: the one keycap that is a
    symbol, never a digit, once NFKC), so a number typed in keycaps reads as typed in digits; `apart_as_one` reads
    keycaps a space apart as one number too, as typed on a phone ("1️⃣ 2️⃣" 12: a trivia answer, never a list)."""
    if "\u20e3" not in text and "\U0001f51f" not in text:
        return text
    if apart_as_one:
        text = _KEYCAPS_APART.sub("", text)
    return _KEYCAP.sub(r"\1", text.replace("\U0001f51f", "10"))


def count_of(n: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun in the number it takes: "1 file", "2 files", "0 files";
    `plural` for a noun that does not take an "s" ("person", "people")."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def ordinal(n: int) -> str:
    """`n` as an ordinal in digits: 1 "1st", 2 "2nd", 12 "12th", 23 "23rd"."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinal_number(word: str) -> int | None:
    """The number an ordinal says, in words or in digits ("third", "3rd": 3), else None."""
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    digits = _ORDINAL_IN_DIGITS.fullmatch(word)
    return int(digits.group(1)) if digits else None


def timestamp(when: dt.datetime, style: str = "R") -> str:
    """`when` in Discord's timestamp markup `<t:UNIX:STYLE>`, which each reader's app shows in their own time zone
    and language (F: full date and time, D: the day, t: the time, R: "in 3 days"), to the whole second (Discord takes
    whole seconds). Which moment a date stands for (a release day as its start on Netflix's clock) is the caller's to
    decide (cogs/season2/render_claims.py:stamp, cogs/marks.py:release_due); this only writes the markup."""
    return f"<t:{int(when.timestamp())}:{style}>"
