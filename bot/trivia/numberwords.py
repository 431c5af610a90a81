"""Number words read as digits, as players type numbers: "twelve" = "12", "twenty-one" = "21",
"minus forty" = "-40", "four point three" = "4.3", "one quarter" = "1/4", "two and a half" = "2 1/2",
"third" = "3rd", "five hundreds" = "500", a year said in two halves ("nineteen eighty four" = 1984), Roman numerals from II on
("Rocky II" = "Rocky 2"); "one" after "this", "that", "which"... stays a word. Used by
bot.trivia.normal, which reads a message's tokens first."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.text import NUMBER_WORDS, ORDINAL_WORDS, cjk_number, ordinal

# -- number words ----------------------------------------------------------------------------

UNITS: dict[str, int] = {word: n for word, n in NUMBER_WORDS.items() if n < 20}
TENS: dict[str, int] = {**{word: n for word, n in NUMBER_WORDS.items() if n >= 20}, "fourty": 40}  # (as often typed)
ORDINALS: dict[str, str] = {word: ordinal(n) for word, n in ORDINAL_WORDS.items()}  # "third" = "3rd"
# ...and in Spanish, Portuguese and French ("el primero", "tercer lugar", "sexto", "troisième"); not the ones that are
# other words too ("segundo" and "seconde" a second, "cuarto" a room, "première" a premiere, "nono")
ORDINALS |= {
    word: ordinal(n) for n, words in enumerate((
        "primero primer primera primeiro primeira premier",
        "segunda deuxieme deuxième",
        "tercero tercer tercera terceiro terceira troisieme troisième",
        "cuarta quarta quatrieme quatrième",
        "quinto quinta cinquieme cinquième",
        "sexto sexta sixieme sixième",
        "septimo séptimo septima séptima setimo sétimo setima sétima septieme septième",
        "octavo octava oitavo oitava huitieme huitième",
        "noveno novena neuvieme neuvième",
        "decimo décimo decima décima dixieme dixième",
        "undecimo undécimo onceavo onzieme onzième",
        "duodecimo duodécimo doceavo douzieme douzième",
    ), 1) for word in words.split()
}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}  # ("a dozen", "two dozen")
# A scale typed plural right after its count is still that scale ("five hundreds" = 500); alone or
# before "of" it is no number ("hundreds of fans").
_PLURAL_SCALES = {word + "s": n for word, n in _SCALES.items()}
# Denominators read after a small count: "one third" = 1/3, "three quarters" = 3/4.
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
    "tenth": 10, "tenths": 10, "sixteenth": 16, "sixteenths": 16,
}
# After "a" or "an", one part: "a half", "an eighth" ("a second" is a time).
_ONE_PART = frozenset(w for w in _DENOMINATORS if not w.endswith("s") and w != "second")
_NEGATIVES = frozenset({"minus", "negative"})
GLUED_TENS = {tens + unit: (tens, unit) for tens in TENS for unit in list(UNITS)[1:10]}
# After these, "one" is a pronoun ("this one is hard"), not the number 1.
_ONE_AS_WORD_AFTER = frozenset(
    "this that which the each every any no some another other last next only right wrong hard easy "
    "tough tricky good nice great fun funny cool weird bad big little old new same first 1st".split()
)
_AN_ORDINAL = compile_later(r"\d+(?:st|nd|rd|th)").fullmatch  # ...and after any place: "the fifth one", "the 5th one"
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_ROMAN = compile_later(r"^x{0,3}(?:ix|iv|v?i{0,3})$")
_ROMANS = frozenset(
    r for r in (
        "".join(parts) for parts in (
            (t, u) for t in ("", "x", "xx", "xxx") for u in ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
        )
    ) if len(r) >= 2
)
# Numbers as fans of other languages type them, read only as a whole guess ("tres", "ocho", "tiga", "dua"):
# Spanish, French, Indonesian/Malay, Tagalog, German (its umlauts typed plain or as "oe"/"ue"), Portuguese and Italian,
# one to twelve (a season's episodes); words English or another language uses otherwise are left out ("un", "once",
# "elf", "um", "due", Portuguese "sei" I know, "otto"; "six" is English already). A name that is one too ("dix", "isa",
# "lima") is that name where it answers: the number is read only where no answer is typed as such.
OTHER_LANGUAGE_NUMBERS: dict[str, str] = {
    word: str(n)
    for words in (
        "uno dos tres cuatro cinco seis siete ocho nueve diez _ doce",
        "_ deux trois quatre cinq _ sept huit neuf dix onze douze",
        "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas _",
        "isa dalawa tatlo apat _ anim pito walo siyam sampu _ _",
        "eins zwei drei vier funf sechs sieben acht neun zehn _ zwolf",
        "_ _ _ _ fuenf _ _ _ _ _ _ zwoelf",
        "_ dois _ quatro _ _ sete oito nove dez onze doze",
        "_ _ tre quattro cinque _ _ _ _ dieci undici dodici",
    )
    for n, word in enumerate(words.split(), 1)
    if word != "_"
}
_INDONESIAN = frozenset("satu dua tiga empat lima enam tujuh delapan sembilan".split())
# Eleven and twelve that Indonesian and Tagalog write in two words (or one), by their compact form:
# "dua belas", "labing-isa", "labindalawa".
OTHER_LANGUAGE_NUMBERS.update({"duabelas": "12", "labingisa": "11", "labingdalawa": "12", "labindalawa": "12"})
# A text needs the (slower) number pass only when it holds one of these words.
NUMBER_TRIGGERS = frozenset([*UNITS, *TENS, *ORDINALS, *_NEGATIVES, *_DENOMINATORS, *_ROMANS, *_SCALES, *_PLURAL_SCALES])
_NUMERIC = compile_later(r"^-?\d+(?:\.\d+)*(?:/\d+)?$")
_DIGIT_START = compile_later(r"^\d")


def is_number(token: str) -> bool:
    """A token that is a number: "12", "-40", "4.3", "1/4" (not "1st" or "4k")."""
    return _NUMERIC.match(token) is not None


def _roman(token: str) -> str | None:
    if len(token) < 2 or len(token) > 7 or not _ROMAN.match(token):
        return None
    total = 0
    previous = 0
    for ch in reversed(token):
        value = _ROMAN_VALUES[ch]
        total += -value if value < previous else value
        previous = max(previous, value)
    return str(total) if total >= 2 else None


def _read_number(tokens: list[str], i: int) -> tuple[int, int] | None:
    """A run of number words from i ("twenty one", "six thousand five hundred"): (value, end)."""
    total = 0
    current = 0
    start = i
    previous = ""  # the kind of the last word read: "unit", "tens", "scale", "and"
    while i < len(tokens):
        word = tokens[i]
        if word in UNITS:
            # a unit follows nothing, a tens word, a scale or "and": "five six" is two numbers, and
            # "twenty eleven" is a year (read by the caller), not 31
            if previous == "unit" or (previous == "tens" and UNITS[word] >= 10):
                break
            current += UNITS[word]
            previous = "unit"
        elif word in TENS:
            if previous in ("unit", "tens") or current % 100:
                break
            current += TENS[word]
            previous = "tens"
        elif (word in _SCALES and previous in ("unit", "tens", "scale")) or (
            word in _PLURAL_SCALES and previous in ("unit", "tens") and tokens[i + 1 : i + 2] != ["of"]
        ):
            scale = _SCALES.get(word) or _PLURAL_SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            previous = "scale"
        elif (
            word == "and"
            and previous == "scale"
            and i + 1 < len(tokens)
            and (tokens[i + 1] in UNITS or tokens[i + 1] in TENS)
        ):
            previous = "and"
        else:
            break
        i += 1
    if i == start:
        return None
    return total + current, i


def _spoken_year(tokens: list[str], seps: list[bool], first: int, end: int) -> tuple[str, int] | None:
    """A year said in two halves ("nineteen eighty four" = 1984, "twenty eleven" = 2011): a first
    half of 11 to 20 right after which (no separator) a second half of 10 to 99 is spoken; and
    hundreds said so ("one forty seven" = 147, "two fifty" = 250): a digit, then tens of 20 to 99."""
    if end >= len(tokens) or seps[end] or not (11 <= first <= 20 or (1 <= first <= 9 and tokens[end] in TENS)):
        return None
    if tokens[end] not in TENS and UNITS.get(tokens[end], 0) < 10:
        return None
    second = _read_number(tokens, end)
    if second is None or not 10 <= second[0] <= 99:
        return None
    return str(first * 100 + second[0]), second[1]


def numbers_to_digits(tokens: list[str], seps: list[bool]) -> tuple[list[str], list[bool]]:
    """Number words, fractions, negatives and Roman numerals as digits (see module docstring).

    `seps[k]` says a separator stands before token k; a merged run keeps its first token's flag."""
    if tokens and tokens[0] in ("hundred", "thousand"):  # "hundred percent": one hundred
        tokens, seps = ["one", *tokens], [seps[0], False, *seps[1:]]
    out: list[str] = []
    out_seps: list[bool] = []
    i = 0
    n = len(tokens)
    while i < n:
        token = tokens[i]
        sep = seps[i]
        negative = False
        j = i
        if token in _NEGATIVES and i + 1 < n and (tokens[i + 1] in UNITS or tokens[i + 1] in TENS
                                                  or is_number(tokens[i + 1])):
            negative = True
            j = i + 1
        word = tokens[j]
        # "a quarter", "an eighth", "a sixteenth": one of them; "a thousand": one thousand
        if word in ("a", "an") and j + 1 < n and tokens[j + 1] in _ONE_PART:
            out.append(f"1/{_DENOMINATORS[tokens[j + 1]]}")
            out_seps.append(sep)
            i = j + 2
            continue
        if word == "half" and tokens[j + 1 : j + 3] == ["a", "dozen"] and not negative:  # ("half a dozen": 6, no half of 12)
            out.append("6")
            out_seps.append(sep)
            i = j + 3
            continue
        if word == "a" and j + 1 < n and tokens[j + 1] in _SCALES:
            word = "one"
            tokens = [*tokens[:j], "one", *tokens[j + 1:]]
        # "nine and three quarters": 9 3/4
        if word == "and" and out and out[-1].isdigit() and j + 1 < n and (
            (j + 2 < n and tokens[j + 1] in UNITS and tokens[j + 2] in _DENOMINATORS)
            or (j + 2 < n and tokens[j + 1] in ("a", "an") and tokens[j + 2] in _ONE_PART)  # "two and a half"
            or ("/" in tokens[j + 1] and is_number(tokens[j + 1]))
        ):
            i = j + 1
            continue
        if word == "one" and not negative and out and (
            out[-1] in _ONE_AS_WORD_AFTER or _AN_ORDINAL(out[-1]) or (len(out) >= 2 and out[-2] in ("a", "an", "the") and out[-1].isalpha())
        ):  # ("a music one", "the whale one": a pronoun after an article and a word)
            out.append(word)
            out_seps.append(sep)
            i += 1
            continue
        if word in UNITS or word in TENS:
            read = _read_number(tokens, j)
            if read is not None:
                value, end = read
                # "one third" = 1/3, "three quarters" = 3/4 (not "2nd": "one second" is a time)
                if end < n and value <= 10 and tokens[end] in _DENOMINATORS and tokens[end] != "second":
                    text = f"{value}/{_DENOMINATORS[tokens[end]]}"
                    end += 1
                # "four point three" = 4.3
                elif end + 1 < n and tokens[end] == "point" and tokens[end + 1] in UNITS \
                        and UNITS[tokens[end + 1]] < 10:
                    digits = []
                    end += 1
                    while end < n and tokens[end] in UNITS and UNITS[tokens[end]] < 10:
                        digits.append(str(UNITS[tokens[end]]))
                        end += 1
                    text = f"{value}." + "".join(digits)
                else:
                    text = str(value)
                    year = _spoken_year(tokens, seps, value, end) if not negative else None
                    if year is not None:
                        text, end = year
                out.append(("-" if negative else "") + text)
                out_seps.append(sep)
                i = end
                continue
        if negative and is_number(word) and not word.startswith("-"):
            out.append("-" + word)
            out_seps.append(sep)
            i = j + 1
            continue
        if token in ORDINALS:
            out.append(ORDINALS[token])
        else:
            roman = _roman(token) if token in _ROMANS else None
            out.append(roman if roman is not None else token)
        out_seps.append(sep)
        i += 1
    return out, out_seps


# -- numbers of other languages beside a word, and in Japanese ------------------------------------

# Words fans of other languages put beside a number, read in English ("episodio seis" = "episode 6", "cinco días"
# = "5 days", "ep doce"): the number is then read as when typed alone.
COUNTED_WORDS: dict[str, str] = {
    **dict.fromkeys("ep eps".split(), "ep"),
    **dict.fromkeys("episode episodio episod episodes episodios episodi folge folgen capitulo capitulos puntata puntate".split(), "episode"),
    **dict.fromkeys("dias dia jours jour hari tage tag din araw giorni".split(), "days"),
    **dict.fromkeys("meses mes mois bulan monate monat mahine mahina mahiney buwan mesi".split(), "months"),
    **dict.fromkeys("anos ano ans tahun jahre jahr saal sal taon anni".split(), "years"),
    **dict.fromkeys("semanas semana semaines semaine minggu wochen woche hafte hafta linggo settimane".split(), "weeks"),
    **dict.fromkeys("horas hora heures heure stunden stunde oras ghante ghanta".split(), "hours"),
    **dict.fromkeys("minutos minuto menit minit minuten".split(), "minutes"),
    **dict.fromkeys("orang tao katao".split(), "people"),  # (what is counted: Malay "enam orang", Tagalog "anim na tao")
    **dict.fromkeys("estudyante murid siswa pelajar studenti estudiantes alunos schuler".split(), "students"),
    **dict.fromkeys("persone".split(), "people"),
    **dict.fromkeys("beine patas pernas zampe".split(), "legs"),
    **dict.fromkeys("bacche bachche".split(), "kids"),
}  # (and Hindi/Urdu "5 din", "4 saal", "11 hafte"; Tagalog "5 araw", "4 buwan")
# Numbers that are English words too ("once", "elf"), read only beside a noun of their own language: "once semanas" is 11 weeks
# (or after its language's "they are": "son once", "sono sei"); Italian "due", "sei", "otto" too ("my essay is due",
# Portuguese "sei" I know, Otto a name)
_BESIDE_ITS_NOUN = {"once": "11", "elf": "11", "due": "2", "sei": "6", "otto": "8"}
_THEY_ARE = frozenset("son fueron eran sono erano sind waren sont etaient".split())
_INDONESIAN_TEEN = "belas"  # "dua belas" = 12: a unit, then "belas"
# "o", "ou", "atau", "oder" join two numbers as "or" does ("cuatro o cinco"; "o" reads "of" in English).
_OTHER_OR = frozenset({"o", "of", "ou", "atau", "oder", "or"})


def other_language_number(core: Sequence[str]) -> str | None:
    """The digits of a number of another language typed as a whole guess ("tres", "dua belas"), or None."""
    if len(core) == 1:
        return OTHER_LANGUAGE_NUMBERS.get(core[0])
    if len(core) == 2 and (joined := OTHER_LANGUAGE_NUMBERS.get("".join(core))) is not None:
        return joined  # "labing dalawa", "labing-isa" (Tagalog 12, 11) typed in two words
    if len(core) == 2 and core[1] == _INDONESIAN_TEEN and (unit := OTHER_LANGUAGE_NUMBERS.get(core[0])) and core[0] in _INDONESIAN:
        return str(int(unit) + 10) if int(unit) >= 2 else None
    return None


# Spanish "once" and German "elf" are English words too; typed as the whole guess where a number is asked ("once",
# "once creo", "creo que es el once") they are that number. A Spanish article before a number is left out ("el doce").
_ALONE_TOO = frozenset({"once", "elf"})
_SPANISH_ARTICLES = frozenset({"el", "los"})


def number_where_asked(core: Sequence[str], around: Sequence[str], question: str) -> str | None:
    """The digits of a number of another language typed as the whole guess where a number is asked, an article
    before it ("el doce") or an English word alone, Spanish hedges `around` it ("once creo"; "once more pls" is
    English), or None. Where the question counts times ("how many times", "how often"), "once" is English."""
    words = core[1:] if len(core) == 2 and core[0] in _SPANISH_ARTICLES else core
    if len(words) != 1:
        return None
    if words[0] in _ALONE_TOO:
        english = _COUNTS_TIMES.search(question) is not None
        return _BESIDE_ITS_NOUN[words[0]] if _SPANISH_HEDGES.issuperset(around) and not english else None
    return OTHER_LANGUAGE_NUMBERS.get(words[0])


_COUNTS_TIMES = compile_later(r"(?i)\b(?:times|often|once|twice)\b")
_SPANISH_HEDGES = frozenset("creo que es era fue pues digo supongo quizas quizá quiza talvez tal vez jaja jajaja xd no se sé".split())


def counted_in_other_language(core: Sequence[str]) -> str | None:
    """A number of another language beside an episode or unit word, read in English ("episodio seis" ->
    "episode 6", "cinco dias" -> "5 days", "ep doce" -> "ep 12"; Tagalog with its linker: "limang araw", "apat na
    buwan"), or None."""
    if len(core) == 3 and core[1] == "na":
        core = (core[0], core[2])
    if len(core) >= 2 and core[0] in _THEY_ARE:  # "son once", "fueron once semanas", "sono sei": they are (were) eleven
        core = core[1:]
        if len(core) == 1 and (digits := OTHER_LANGUAGE_NUMBERS.get(core[0]) or _BESIDE_ITS_NOUN.get(core[0])):
            return digits
    if len(core) != 2:
        return None
    for k in (0, 1):
        number, word = core[k], core[1 - k]
        if number not in OTHER_LANGUAGE_NUMBERS and number.endswith("ng") and k == 0:
            number = number[:-2]  # ("limang": lima and the linker -ng)
        digits = OTHER_LANGUAGE_NUMBERS.get(number) or (number if number.isdigit() and word not in UNITS else None) or (
            _BESIDE_ITS_NOUN.get(number) if COUNTED_WORDS.get(word, word) != word else None
        )
        if digits is not None and word in COUNTED_WORDS and (OTHER_LANGUAGE_NUMBERS.get(number) or COUNTED_WORDS[word] != word):
            return f"{COUNTED_WORDS[word]} {digits}" if k == 1 else f"{digits} {COUNTED_WORDS[word]}"
    return None


def numbers_offered(core: Sequence[str]) -> tuple[str, str] | None:
    """Two numbers of another language offered as one guess ("cuatro o cinco", "empat atau lima"), or None."""
    if len(core) != 3 or core[1] not in _OTHER_OR:
        return None
    first, second = OTHER_LANGUAGE_NUMBERS.get(core[0]), OTHER_LANGUAGE_NUMBERS.get(core[2])
    if (first is None) != (second is None):  # "elf oder zwölf": a number beside another is one, whatever else it means
        first, second = first or _BESIDE_ITS_NOUN.get(core[0]), second or _BESIDE_ITS_NOUN.get(core[2])
    return (first, second) if first is not None and second is not None and first != second else None


# Japanese (and Chinese) numbers, one to ninety-nine in kanji, one to twelve in kana (kana of one letter, also
# particles, left out), with the counters fans type: 話 / 回 an episode (第 before them: "第12話"), 日 days,
# ヶ月 months, 年 years, 人 / 名 / つ / 個 a plain count; and Chinese fans' own: 集 an episode ("第11集"), 个月 / 個月
# months ("四个月"), 周 / 週 / 週間 weeks, 天 days, 个 / 位 a plain count; 全 before them counts all ("全10話": ten episodes in all).
# The counters of things by their shape (本 long ones, 匹 / 只 animals, 枚 / 张 flat ones...) are plain counts too ("八本": eight legs).
_KANA_NUMBERS = {
    word: n for n, word in enumerate("いち _ さん よん _ ろく なな はち きゅう じゅう じゅういち じゅうに".split(), 1) if word != "_"
} | {"しち": 7, "ななつ": 7, "むっつ": 6, "よっつ": 4, "いつつ": 5, "みっつ": 3, "ふたつ": 2, "ひとつ": 1}
# (a message is read with its voicing marks folded away: "じゅうに" arrives as "しゅうに")
_KANA_NUMBERS |= {"".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c)): n for w, n in _KANA_NUMBERS.items()}
_JAPANESE = compile_later(
    r"^(第|全)?([0-9一二三四五六七八九十两]+)(話|回|集|日|天|人|名|年|ヶ月|か月|カ月|ヵ月|个月|個月|週間|周|週|つ|個|个|位|本|匹|枚|台|冊|頭|羽|条|只|张|條|隻|張)?$"
)
_JAPANESE_COUNTERS = {
    "話": "episode", "回": "episode", "集": "episode", "日": "days", "天": "days", "年": "years", "ヶ月": "months",
    "か月": "months", "カ月": "months", "ヵ月": "months", "个月": "months", "個月": "months", "週間": "weeks", "周": "weeks",
    "週": "weeks",
}


# "later" after a span ("4个月后", "三ヶ月後"); after an episode it is a bound ("第11集后": after it), no span, so not read
_LATER = compile_later(r"(?:以后|以後|之后|之後|后|後)$")
_SPAN_COUNTED = frozenset({"days", "weeks", "months", "years"})


def japanese_number(token: str) -> str | None:
    """A Japanese number read in English ("十二" -> "12", "ろく" -> "6", "12話" -> "episode 12", "第12話" -> "12th episode",
    "第7天" -> "7th day", "七日" -> "7 days"),
    or None (digits alone are no Japanese)."""
    if token in _KANA_NUMBERS:
        return str(_KANA_NUMBERS[token])
    later = _LATER.search(token)
    if later is not None and later.start() > 0:  # "4个月后", "4ヶ月後": a span "later", as "4 months later" is typed
        span = japanese_number(token[: later.start()])
        return f"{span} later" if span is not None and span.split()[-1] in _SPAN_COUNTED else None
    said = _JAPANESE.match(token)
    if said is None or (said.group(2).isdigit() and not (said.group(1) or said.group(3))):
        return None
    n = cjk_number(said.group(2))
    if n is None:
        return None
    counter = _JAPANESE_COUNTERS.get(said.group(3) or "", "")
    if said.group(1) == "全":  # "全10話": ten episodes in all, a count
        return f"{n} episodes" if counter == "episode" else f"{n} {counter}".strip()
    if said.group(1) and not counter:
        counter = "episode" if said.group(3) is None else ""
    if said.group(1) == "第":  # ("第12集": the 12th, a place in a row, so no count of twelve episodes; "第7天": the 7th day)
        return f"{ordinal(n)} {counter.removesuffix('s')}".strip()
    return f"episode {n}" if counter == "episode" else f"{n} {counter}".strip()
