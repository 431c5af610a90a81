"""Text disguised by how it is typed, undone before the spoiler lexicon (bot/lore/lexicon.py) reads it: fans space,
dot or leet a name to slip past a filter ("c h e o n g s a n dies", "d.i.e.s", "ch3ongs4n d1es", "cheong\u200bsan"),
type full-width letters ("ｃｈｅｏｎｇｓａｎ") or half-width kana, write a name in Russian letters ("Чхонсан"), hashtag a fate ("#RIPCheongsan"), strike a word
out and write the truth after it ("~~lives~~ dies"), or put a name on its own line and the verb on the next.
Each is read as the plain text it stands for; a text typed plainly is left as it is (`DISGUISED`, a cheap test
the lexicon asks first, so plain texts never reach `undisguise`)."""

from __future__ import annotations

import re
import unicodedata

from bot.text import as_shown

_LETTER = r"[^\W\d_]"  # a letter of any script (hangul and kanji too)
#: Four or more single letters, each after the same separator: "c h e o n g s a n", "d.i.e.s", "g-w-i-n-a-m",
#: "청 산 이 죽 음", "青 山 死 了" (never "U.S.A." or "a b c": three letters are initials or choices).
_SPACED = re.compile(rf"(?<!\w){_LETTER}(?P<sep>[ .\-_*·•])(?:{_LETTER}(?P=sep)){{2,}}{_LETTER}(?!\w)")
#: Leetspeak inside a word, between letters: "ch3ongs4n", "d1es", "w00j1n", "n@mra"; never a word ending in a digit
#: ("s1e4", "ep11", "h1n1"), which is an episode or a code, nor one starting with one ("3p", "2nd"), unless digits
#: stood for letters inside it too and it has three letters ("n4mr4": a code has two, "s1e4", "h1n1").
_LEET = re.compile(r"(?<![\w@$])(?:(?=(?:[013457@$]*[a-z]){3})[a-z]+(?:[013457@$]+[a-z]+)+[013457]+"
                   r"|[a-z]+(?:[013457@$]+[a-z]+)+)(?![\w@$])", re.I)
_LEET_LETTERS = str.maketrans("013457@$", "oieastas")
#: Full-width letters and digits ("ｃｈｅｏｎｇｓａｎ", "ＳＯＪＵ") and, in a text having them, the ideographic space (not
#: full-width punctuation, which Japanese and Chinese are written with: "どうなる？"); half-width kana ("ｵﾝｼﾞｮ"), whose
#: voicing marks NFKC puts back on their letters. Hangul's compatibility letters (ㅊㅅ) are left alone: NFKC would
#: turn them into conjoining jamo the initials reader does not know.
_FULL_WIDTH = {code: code - 0xFEE0 for span in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B))
               for code in range(*span)} | {0x3000: 0x20}
_HALF_WIDTH_KANA = re.compile(r"[\uff61-\uff9f]+")
#: "#RIPCheongsan", "#JusticeForSoju", "#ripwoojin": a hashtag's words, as the tag runs them together.
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_RIP_TAG = re.compile(r"^rip(?=[a-z]{3})", re.I)
#: Words struck out (Markdown ~~...~~): the writer took them back, and the words after them say what they meant.
_STRUCK = re.compile(r"~~[^~\n]+~~")
#: A line holding one or two words and nothing else ("cheongsan" then, lines below, "dies"): read with the next
#: line that says something, as a sentence naming who that line is about.
_BARE_LINE = re.compile(r"^[ \t>*_#]*([^\W\d_]+(?:[ '’-][^\W\d_]+)?)[ \t*_]*\n(?:[ \t]*\n)*(?=[ \t>]*\w)", re.M)

#: The characters' names in Russian letters, as Russian subtitles and fans write Korean names ("Чхонсан умирает",
#: "Намру укусили"): read as the Latin names the lexicon knows, whatever case ending Russian gives them.
_CYRILLIC_NAMES: dict[str, tuple[str, ...]] = {
    "cheongsan": ("чхонсан", "чхон сан", "чхон-сан", "чонсан"), "onjo": ("онджо", "он джо"), "namra": ("намр",),
    "suhyeok": ("сухёк", "сухек", "су хёк"), "gwinam": ("квинам", "гвинам", "гуинам"), "nayeon": ("наён", "наен"),
    "hari": ("хари",), "woojin": ("уджин", "у джин"), "isak": ("исак",), "gyeongsu": ("кёнсу", "кенсу", "гёнсу"),
    "daesu": ("тэсу", "дэсу"), "mijin": ("миджин", "мичжин"), "hyoryeong": ("хёрён",), "soju": ("соджу",),
    "byeongchan": ("пёнчхан", "бёнчан", "бенчан"),
}
_CYRILLIC_NAME_OF = {written: latin for latin, names in _CYRILLIC_NAMES.items() for written in names}
_CYRILLIC_NAME = re.compile(r"(?<![а-яё])(" + "|".join(sorted(_CYRILLIC_NAME_OF, key=len, reverse=True))
                            + r")(?:ой|ою|ом|а|ы|е|у)?(?![а-яё])", re.I)

#: The cheap test: whether a text may be disguised at all (most texts are not, and skip `undisguise`).
DISGUISED = re.compile(
    rf"[\u0400-\u04ff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff61-\uff9f\u200b-\u200d\u2060\ufeff\u00ad]|~~|#\w"
    rf"|{_SPACED.pattern}|{_LEET.pattern}|^[ \t>*_#]*[^\W\d_]+(?:[ '’-][^\W\d_]+)?[ \t*_]*\n", re.I | re.M)


def _joined(match: re.Match[str]) -> str:
    return match.group().replace(match.group("sep"), "")


def _tag_words(match: re.Match[str]) -> str:
    return " " + _CAMEL.sub(" ", _RIP_TAG.sub("rip ", match.group(1))) + " "


def undisguise(text: str) -> str:
    """`text` as it would be typed plainly: the disguises above undone, everything else as it was."""
    # characters that show nothing ("cheong\u200bsan") dropped as an imported list's are (a joiner inside an emoji kept)
    text = as_shown(text.translate(_FULL_WIDTH))
    text = _HALF_WIDTH_KANA.sub(lambda run: unicodedata.normalize("NFKC", run.group()), text)
    text = _STRUCK.sub(" ", text)
    text = _SPACED.sub(_joined, text)
    text = _LEET.sub(lambda word: word.group().translate(_LEET_LETTERS), text)
    text = _HASHTAG.sub(_tag_words, text)
    text = _CYRILLIC_NAME.sub(lambda name: f" {_CYRILLIC_NAME_OF[name.group(1).lower()]} ", text)
    return _BARE_LINE.sub(r"\1 ", text)
