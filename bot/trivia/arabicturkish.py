"""Answers typed in Arabic script or in Turkish, and Latin names with a Korean ending, read as the matcher's English.

Arab and Turkish fans answer in their own language: a number in Arabic-Indic digits or as a word ("١٢", "ستة",
"altı"), a count or an episode ("١٢ حلقة": twelve episodes, "الحلقة ١١": episode 11, "12 bölüm", "11. bölüm"), a
name as their subtitles write it ("غوي نام", "نام را", "أون جو"), framed by their hedges ("أعتقد": I think,
"sanırım", "bence") and denials ("مش", "değil"). Turkish puts its endings on a name after an apostrophe
("Nam-ra'ydı": it was Nam-ra, "Su-hyeok'a": to Su-hyeok): the ending is no part of the name. A Korean ending
typed straight after a name in Latin letters ("onjo씨", "namra야") is read apart from it, as `bot.trivia.hangul`
reads it after a space. The message is put in English first, so every other rule of the matcher
(`bot.trivia.matching`) judges it as it judges English, as `bot.trivia.thaiviet` does for Thai and Vietnamese.

Arabic writes a name's long vowels and glides but not its short vowels, and one letter for o and u (و) and
for i, e and y (ي): a word has several readings. The one an accepted answer's words hold is taken ("أون" is
on, "جو" jo, "تشيونغ" cheong), else the usual one; so a name reads as the answer only when its letters can
say it, and another name ("نام را" where On-jo is asked) stays another name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice, pairwise, product

from bot.lazy_re import compile_later
from bot.text import ascii_digits
from bot.trivia.english import COMMON_WORDS
from bot.trivia.guesses import FILLER_WORDS
from bot.trivia.normal import normalize_tokens

__all__ = ["in_english_from_arabic_or_turkish"]

# -- Korean endings after Latin letters ------------------------------------------------------------
_LATIN_THEN_HANGUL = compile_later(r"(?<=[A-Za-z])(?=[\uac00-\ud7a3])")

# -- Arabic --------------------------------------------------------------------------------------------
_ARABIC = compile_later(r"[\u0600-\u06ff]")
_ARABIC_PUNCTUATION = str.maketrans({"؟": "?", "،": ",", "؛": ";", "ـ": "", **dict.fromkeys(map(chr, range(0x64B, 0x653)), "")})
# (the short-vowel marks are dropped: "طبعاً" is "طبعا")
_ARABIC_NUMBERS = {
    "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "اربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثمان": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10,
}
_ELEVEN = compile_later(r"(?:أحد|احد|إحدى|احدى)\s+عشرة?")
_TWELVE = compile_later(r"(?:اثنا|اثني|إثنا|اثنتا|اثنتي)\s+عشرة?")
_EPISODE_WORDS = frozenset("حلقة حلقه حلقات الحلقة الحلقه".split())
# Hedges, "it is" and particles that frame a guess ("أعتقد غوي نام": I think Gwi-nam), and what they say.
_ARABIC_WORDS = {
    "أعتقد": "", "اعتقد": "", "أظن": "", "اظن": "", "ربما": "maybe", "يمكن": "maybe", "أكيد": "", "اكيد": "",
    "طبعا": "", "هو": "", "هي": "", "انه": "", "إنه": "", "انها": "", "إنها": "", "أو": "or", "او": "or",
    "مش": "not", "ليس": "not", "ليست": "not", "مو": "not", "لا": "no", "طالب": "", "طلاب": "", "شهور": "months",
    "أشهر": "months", "اشهر": "months", "شكلها": "", "شكله": "", "شكلو": "", "شكلوا": "",
    "شهر": "months", "أسبوع": "weeks", "اسبوع": "weeks", "أسابيع": "weeks", "اسابيع": "weeks", "يوم": "days",
    "أيام": "days", "ايام": "days", "سنة": "years", "سنه": "years", "سنوات": "years", "سنين": "years",
    "ألف": "thousand", "الف": "thousand", "مليون": "million", "شهرين": "2 months", "سنتين": "2 years",
    "سنتان": "2 years", "يومين": "2 days", "أسبوعين": "2 weeks", "اسبوعين": "2 weeks",
}  # ("شكلها أون جو": looks like On-jo, in the dialects; "١١ يوم": after ten, the unit is singular; "سنتين": two years)
_LAUGH = compile_later(r"^(?:ه){3,}$")
# Letters as Korean names come through Arabic: each letter's readings, the usual one first.
_LETTERS: dict[str, tuple[str, ...]] = {
    "ب": ("b",), "ت": ("t",), "ث": ("th",), "ج": ("j",), "ح": ("h",), "خ": ("kh",), "د": ("d",), "ذ": ("dh",),
    "ر": ("r",), "ز": ("z",), "س": ("s",), "ش": ("sh",), "ص": ("s",), "ض": ("d",), "ط": ("t",), "ظ": ("z",),
    "ع": ("", "a"), "غ": ("g",), "ف": ("f",), "ق": ("k",), "ك": ("k",), "ل": ("l",), "م": ("m",), "ن": ("n",),
    "ه": ("h",), "ة": ("a",), "ا": ("a",), "ى": ("a",), "آ": ("a",), "أ": ("", "a"), "إ": ("", "i"), "ء": ("",),
    "ئ": ("", "y"), "ؤ": ("", "w"), "و": ("o", "u", "w"), "ي": ("i", "e", "y", "ye"), "پ": ("p",), "گ": ("g",),
    "چ": ("ch",),
}
_DIGRAPHS = {"تش": ("ch",), "نغ": ("ng",)}
_VOWEL_LETTERS = frozenset("اوىيآ")
_ENGLISH = COMMON_WORDS | FILLER_WORDS  # words no reading of a name is taken for when another reading is no word
_MOST_READINGS = 512  # a name's readings tried against the answers (a long word is no name)


def _readings(word: str) -> list[str]:
    """The ways a word in Arabic letters reads in Latin ones, the usual one first ("غوي" gwi, "أون" on)."""
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _DIGRAPHS and (pair != "نغ" or i + 2 == len(word) or word[i + 2] not in _VOWEL_LETTERS):
            parts.append(_DIGRAPHS[pair])
            i += 2
            continue
        letter = word[i]
        options = _LETTERS.get(letter, ("",))
        following = word[i + 1] if i + 1 < len(word) else ""
        if letter in "وي" and i and following in _VOWEL_LETTERS:
            options = (options[2], *options[:2], *options[3:])  # a glide before a vowel: "غوي" gwi, "هيو" hyo
        elif (letter in "أإ" or (letter == "ا" and not i)) and following in _VOWEL_LETTERS:
            # the vowel's carrier: "أون" on; before و also eo or eu, which Arabic has no letter for ("أون جي" Eun-ji)
            options = ("", "e") if following == "و" else ("",)
        parts.append(options)
        i += 1
    return ["".join(p) for p in islice(product(*parts), _MOST_READINGS)]


def _arabic_word(word: str, known: frozenset[str]) -> str:
    if word in _ARABIC_WORDS:
        return _ARABIC_WORDS[word]
    if word in _ARABIC_NUMBERS:
        return str(_ARABIC_NUMBERS[word])
    if word in _EPISODE_WORDS:
        return "episode"
    if _LAUGH.match(word):
        return "lol"
    if not _ARABIC.search(word):
        return word
    readings = _readings(word)
    # a reading an answer holds, else the usual one unless it is an English word ("سو" su, not "so"; "دو" du)
    return next((r for r in readings if r in known), next((r for r in readings if r not in _ENGLISH), readings[0]))


def _arabic(text: str, answers: Sequence[str]) -> str:
    text = ascii_digits(text).translate(_ARABIC_PUNCTUATION)
    text = _TWELVE.sub(" 12 ", _ELEVEN.sub(" 11 ", text))
    known = _answer_words(answers)
    words = [_arabic_word(w, known) for w in re.findall(r"[^\s?!.,;]+|[?!.,;]", text)]
    words = [w for w in words if w]
    out: list[str] = []
    for i, w in enumerate(words):
        if w == "episode" and out and out[-1].isdigit() and (i + 1 == len(words) or not words[i + 1].isdigit()):
            out.append("episodes")  # "١٢ حلقة": a count of episodes; "الحلقة ١١": episode 11
        else:
            out.append(w)
    return re.sub(r"\s+([?!.,;])", r"\1", " ".join(out))


def _answer_words(answers: Sequence[str]) -> frozenset[str]:
    """The words of the accepted answers, alone and run together ("gwi", "nam", "gwinam")."""
    words: set[str] = set()
    for answer in answers:
        tokens = normalize_tokens(answer)
        words.update(tokens)
        words.update(a + b for a, b in pairwise(tokens))
    return frozenset(words)


# -- Turkish -------------------------------------------------------------------------------------------
# Letters only Turkish writes among a fan server's languages (ç, ö and ü are French's and German's too).
_TURKISH_LETTERS = compile_later(r"[ıİşŞğĞ]")
_TURKISH_WORDS = frozenset("bölüm bölümde bölümü sanırım bence galiba herhalde değil yoksa veya çok".split())
# An ending after a name's apostrophe: "'ydı" (it was), "'a" / "'ya" (to), "'ın" (of), "'la" (with), "'da" (in)...
_APOSTROPHE_ENDING = compile_later(
    r"(?<=\w)['’](?:y?[dt][ıiuü]r?|y?[dt][ıiuü]m|y?[ae]|y?[ıiuü]|n?[ıiuü]n|y?l[ae]|[dt][ae]n?|y?m[ıiuü]ş)(?!\w)", re.IGNORECASE
)
_TURKISH_NUMBERS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10}
# Hedges and particles around a guess ("sanırım": I think; "tabii": of course), and the counters after a number.
_TURKISH_FRAME = frozenset("sanırım bence galiba herhalde kesin kesinlikle tabii tabi bu o olabilir mi mı de da aşık".split())
_TURKISH_AFTER = {"bölüm": "episodes", "ay": "months", "gün": "days", "yıl": "years", "kişi": "", "öğrenci": "students"}


def _is_turkish(text: str) -> bool:
    words = re.findall(r"\w+", text.lower())
    return bool(_TURKISH_LETTERS.search(text)) or not _TURKISH_WORDS.isdisjoint(words) or not _FEELING.keys().isdisjoint(words)


# A name's genitive ending before a word: "So-ju'nun kızı" is So-ju's daughter, another person than So-ju.
_GENITIVE = compile_later(r"(?<=\w)['’]n?[ıiuü]n(?=\s+\w)", re.IGNORECASE)
_KIN = {
    "babası": "dad", "annesi": "mom", "kızı": "daughter", "oğlu": "son", "kardeşi": "brother", "abisi": "brother",
    "ağabeyi": "brother", "ablası": "sister", "arkadaşı": "friend", "sevgilisi": "girlfriend", "öğretmeni": "teacher",
}
# Verbs of feeling after a name ("Nam-ra'yı sevdim": I loved Nam-ra; "Onjo'yu özledim": I miss On-jo): talk of
# the name, put as English says it, the verb first.
_FEELING = {
    "sevdim": "loved", "seviyorum": "love", "severim": "love", "bayıldım": "loved", "bayılıyorum": "love",
    "özledim": "miss", "özlüyorum": "miss", "acıdım": "pity", "ağladım": "cried for",
}
_ASKING = frozenset("mi mı mu mü".split())  # the question particle: "değil mi?" is "isn't it?", no denial


def _turkish(text: str) -> str:
    text = _GENITIVE.sub("'s", text)
    text = _APOSTROPHE_ENDING.sub("", text).replace("İ", "i").replace("I", "ı").lower()
    if (felt := next((w for w in re.findall(r"\w+", text) if w in _FEELING), None)) is not None:
        return " ".join(("i", _FEELING[felt], *(w for w in _turkish_words(text) if w not in _FEELING and w != "çok")))
    return " ".join(_turkish_words(text))


def _turkish_words(text: str) -> list[str]:
    words = re.findall(r"\d+\.|[^\W_]+(?:-[^\W_]+)*(?:'s)?|[?!,]", text)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "on" and _TURKISH_NUMBERS.get(nxt, 10) < 10:
            out.append(str(10 + _TURKISH_NUMBERS[nxt]))  # "on iki": 12
            i += 2
            continue
        i += 1
        if w.endswith(".") and w[:-1].isdigit() and nxt.startswith("bölüm"):
            out.append(f"episode {w[:-1]}")  # "11. bölüm": the eleventh episode
            i += 1
        elif w.startswith("bölüm") and nxt.isdigit():
            out.append("episode")  # "bölüm 11"
        elif w.endswith("'s") and nxt in _KIN:
            out.append(f"{w} {_KIN[nxt]}")  # "jin-su's dad"
            i += 1
        elif w == "değil" and nxt in _ASKING:
            out.append("right?")  # "Onjo değil mi?": On-jo, isn't it?
            i += 1
        elif w in _TURKISH_AFTER and out and out[-1].isdigit():
            out.append(_TURKISH_AFTER[w])  # "12 bölüm": a count of episodes; "6 kişi": 6
        elif w == "değil" and out:
            out.insert(len(out) - 1, "not")  # "onjo değil": not On-jo
        elif w in ("yoksa", "veya"):
            out.append("or")
        elif w in _TURKISH_NUMBERS and w != "on":
            out.append(str(_TURKISH_NUMBERS[w]))
        elif w not in _TURKISH_FRAME:
            out.append(w)
    return [w for w in out if w]


def in_english_from_arabic_or_turkish(guess: str, answers: Sequence[str]) -> str:
    """The message with its Arabic or Turkish put in the English words the matcher knows ("٤ أشهر" -> "4
    months", "Nam-ra'ydı" -> "nam-ra"), and a Korean ending parted from the Latin name it is typed on
    ("onjo씨" -> "onjo 씨"); as typed when it writes none, or when an answer is itself written so."""
    guess = _LATIN_THEN_HANGUL.sub(" ", guess)
    if _ARABIC.search(guess) and not any(_ARABIC.search(a) for a in answers):
        return _arabic(guess, answers)
    if _is_turkish(guess) and not any(_is_turkish(a) for a in answers):
        return _turkish(guess)
    return guess
