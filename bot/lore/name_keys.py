"""The keys of names, shared by the name resolver (names.py) and trivia's Korean reading
(bot/trivia/hangul.py): a folded key, its words, its romanization skeleton, the Korean surnames; and
near misses of names.

Near misses of names (for names.py `NameResolver.mentions(known_words=...)`): a word one letter
away (a letter added, dropped or changed, or two swapped) from exactly one name key of four letters
or more is that name ("sojuu", "namraa", "gwinma"; a title run into a surname, "mrlee", only with
its title kept: "melee" is English). The typed word has five letters or more, is no word the caller
knows, and is none of the English words a letter away from a name ("lemon" is not Lomon). Found
through a symmetric-deletion index: each key and each form of it with one letter dropped, so a
lookup is a few dictionary hits, remembered (bounded).
A name romanised another way is that name too, however far its letters ("joonsung" / Joon-seong,
"chung san" / Cheong-san, "kyungsoo" / Gyeong-su, "joon young" / Joon-yeong): oo and ou are u, eo is u,
ae is e, ee is i, k is g, ch is j, sh is s (`romanised`), for a word or two the typed text joins,
even words the caller knows ("san", "young": syllables of the pack's own hyphenated names).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Container, Mapping, Sequence
from typing import Generic, TypeVar

from rapidfuzz.distance import OSA

from bot.text import HANGUL, hangul_initial, typed_jamo
from bot.trivia.english import COMMON_WORDS

# Korean surnames as they are romanized in the pack (folded). Used to find given names and to keep
# surname-only queries ambiguous instead of guessing.
KOREAN_SURNAMES = frozenset(
    """
    ahn an bae baek byun cha chae cheon choi cho chun chung do dong gang go gu gwak ha han heo hong
    hwang im jang jeon jeong jin jo joo ju jung kang ko koo kwak kwon kim lee lim ma min moon mun na
    nam noh oh park ro roh ryu seo seong shin sim so son song suh sung woo yang yim yoo yoon you yu
    yun bang pyo tak yeo won ok
    """.split()
)

_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")
_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is exactly str.isalnum() plus "_"
_APOSTROPHES = re.compile(r"['’`´]")


def _unaccented(text: str) -> str:
    """NFKC, case folded, combining marks (accents) dropped, recomposed (Hangul stays whole)."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def fold(text: str) -> str:
    """The comparison key of a name: NFKC, no accents, casefolded, letters and digits only."""
    if text.isascii():
        # The same result as below, faster: ASCII is unchanged by NFKC/NFD and has no combining marks.
        return _NOT_ASCII_ALNUM.sub("", text.lower())
    return _NOT_ALNUM.sub("", _unaccented(text))


def fold_words(text: str) -> str:
    """`fold` keeping word breaks: apostrophes dropped ("it's" -> "its"), every other run of
    characters that are not letters or digits made one space ("Ji-hu Park!" -> "ji hu park")."""
    if text.isascii():
        return " ".join(_NOT_ASCII_ALNUM.sub(" ", _APOSTROPHES.sub("", text.lower())).split())
    # NFKC first, so the apostrophes removed are the ones a reader sees (fullwidth ones included).
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(_NOT_ALNUM.sub(" ", _unaccented(text)).split())


def has_hangul(text: str) -> bool:
    return HANGUL.search(text) is not None


def initials_start(key: str, name: str) -> bool:
    """Whether a folded `key` types the start of the Korean `name` by its initials, as Korean fans search
    (초성: "ㅊㅅ" for 청산; mid-IME "청ㅅ"): each syllable as written, each lone consonant its syllable's initial."""
    typed = typed_jamo(key)  # fold wrote "ㅊ" as NFKC does
    return len(typed) <= len(name) and all(k in (n, hangul_initial(n)) for k, n in zip(typed, name[: len(typed)], strict=True))


_SKELETON_SUBS: tuple[tuple[str, str], ...] = (
    ("ch", "j"),
    ("sh", "s"),
    ("g", "k"),
    ("b", "p"),
    ("d", "t"),
    ("l", "r"),
    ("w", ""),
    ("y", ""),
)
_VOWEL_RUN = re.compile(r"[aeiou]+")


def skeleton(key: str) -> str:
    """A coarse romanization-insensitive form of a folded key (Soo-hyuk ~ Su-hyeok, Gwi ~ Kwi)."""
    if HANGUL.search(key):
        return key
    out = key
    for old, new in _SKELETON_SUBS:
        out = out.replace(old, new)
    return _VOWEL_RUN.sub("a", out)


def same_initial(first: str, second: str) -> bool:
    """Whether two folded words start alike up to romanization: the same letter, or consonants
    the skeleton merges (Busan/Pusan, Gwi/Kwi, Dae/Tae, Lee/Rhee, Cheong/Jeong, Woo/Yoo)."""
    if not first or not second:
        return first == second
    if first[0] == second[0]:
        return True
    if first[0] in "aeiou" or second[0] in "aeiou":
        return False
    return skeleton(first[:2])[:1] == skeleton(second[:2])[:1]


T = TypeVar("T")

# English words one letter away from a name key ("lemon" / Lomon, "quran" / Ju-ran): never a near
# miss of a name, whatever the vocabulary the caller passes says.
ENGLISH_NEAR_NAMES = frozenset("lemon lemons roman romans quran shook".split())
# A title run into a surname ("mrlee", "mspark", "misspark") is spelled like English, not like a
# romanised name: a word a letter from it is English ("melee", "spark") unless it keeps the title
# ("mr leee", "miss parc").
_TITLES = ("miss", "mr", "ms")


#: Spellings of one Korean sound, in the order they are merged ("choong" -> "jung", "yeong" -> "yung"; "isaac" ->
#: "isag" as "isak": 이삭 is Isaac, spelt as English spells it).
_ROMANISED = (("ch", "j"), ("sh", "s"), ("oo", "u"), ("ou", "u"), ("eo", "u"), ("ae", "e"), ("ee", "i"), ("aa", "a"),
              ("c", "k"), ("k", "g"))


@functools.lru_cache(maxsize=65_536)  # a pure function of the key, asked of every slip of every unknown word
def romanised(key: str) -> str:
    """One form for every romanisation of a folded name key ("joonsung", "junseong" -> "junsung")."""
    for old, new in _ROMANISED:
        key = key.replace(old, new)
    return key


def _title(key: str) -> str:
    return next((t for t in _TITLES if key.startswith(t)), "")
_MEMO_SIZE = 20_000


class NearMisses(Generic[T]):
    """`keys`: name key -> the entities it names; `another(typed, key)`: whether `typed` is another
    name than `key` rather than a slip (`another_syllable`: "jihoon" is not "jihoo")."""

    def __init__(self, keys: Mapping[str, tuple[T, ...]], another: Callable[[str, str], bool]) -> None:
        self._keys = keys
        self._another = another
        self._index: dict[str, set[str]] = {}
        for key in keys:
            if key.isascii() and key.isalpha() and len(key) >= 4:
                for form in {key, *(key[:n] + key[n + 1:] for n in range(len(key)))}:
                    self._index.setdefault(form, set()).add(key)
        self._memo: dict[str, tuple[T, ...]] = {}
        self._slips: dict[str, tuple[T, ...]] = {}  # `romanised_slip` of a word: the same words come back in every text
        forms: dict[str, set[T]] = {}
        for key, ents in keys.items():
            if key.isascii() and key.isalpha() and len(key) >= 4:  # "haree" / Ha-ri, "maroo" / Ma-ru
                forms.setdefault(romanised(key), set()).update(ents)
        self._forms = {form: (next(iter(ents)),) for form, ents in forms.items() if len(ents) == 1}
        # `romanised` folds at most four letters into one ("aeae" -> "ee" -> "i"): a word longer than four times the
        # longest form names none, and its swaps are not tried (a 4,000-letter hyphenated run took 0.2 s of them)
        self._longest_slip = 4 * max(map(len, self._forms), default=0) + 1
        self._letters: dict[str, set[str]] = {}  # a key's letters in order: its anagrams, for `_exchanged`
        for key in keys:
            if key.isascii() and key.isalpha() and len(key) >= 6:
                self._letters.setdefault("".join(sorted(key)), set()).add(key)

    def romanised(self, typed: str) -> tuple[T, ...]:
        """The one entity `typed` (folded, five letters or more) names in another romanisation; () when none."""
        return self._forms.get(romanised(typed), ()) if len(typed) >= 5 and typed not in self._keys else ()

    def romanised_slip(self, typed: str) -> tuple[T, ...]:
        """The one entity `typed` (folded, seven letters or more) names in another romanisation with two
        letters swapped besides ("sooheyok": Soo-hyeok with "ye" swapped, Su-hyeok), or its last letter held
        as well ("chungsnaa": Chung-san, "sn" swapped, "a" held); () when none. Only a swap and a held last
        letter: a letter dropped or added inside a romanised name is too often another word ("shanghai",
        "gyeongsang")."""
        if len(typed) < 7 or len(typed) > self._longest_slip or typed in self._keys or typed in ENGLISH_NEAR_NAMES:
            return ()
        found = self._slips.get(typed)
        if found is not None:
            return found
        found = self._swapped(typed)
        if not found and typed[-1] == typed[-2] and len(typed) >= 8:
            found = self._swapped(typed[:-1])
        if len(self._slips) >= _MEMO_SIZE:
            self._slips.clear()  # bounded; clear() is O(1) per word where evicting the oldest scans the dict
        self._slips[typed] = found
        return found

    def _swapped(self, typed: str) -> tuple[T, ...]:
        slips = {typed[:n] + typed[n + 1] + typed[n] + typed[n + 2:] for n in range(len(typed) - 1)}
        ents = {e for slip in slips for e in self._forms.get(romanised(slip), ())}
        return (next(iter(ents)),) if len(ents) == 1 else ()

    def of(self, key: str) -> tuple[T, ...]:
        """The one entity `key` is a near miss of, as a 1-tuple; () when none or several."""
        if len(key) < 5 or key in ENGLISH_NEAR_NAMES or key in self._keys:
            return ()
        found = self._memo.get(key)
        if found is not None:
            return found
        keys: set[str] = set(self._index.get(key, ()))
        for n in range(len(key)):
            keys |= self._index.get(key[:n] + key[n + 1:], set())
        ents = {e for k in keys if OSA.distance(key, k) <= 1 and not self._another(key, k)
                and key.startswith(_title(k)) for e in self._keys[k]}
        if not ents:
            ents = {e for k in self._exchanged(key) for e in self._keys[k]}
        found = (next(iter(ents)),) if len(ents) == 1 else ()
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()  # bounded: evicting the oldest one by one made each eviction scan the dict's holes
        self._memo[key] = found
        return found

    def _exchanged(self, typed: str) -> set[str]:
        """The keys of six letters or more that `typed` is with two consonants exchanged apart ("gwiman":
        Gwi-nam's n and m, the nasals fingers and ears mix up), its first letter kept: an English word
        never has a name's letters so, and `of` is asked only of words no one knows."""
        if typed in COMMON_WORDS:
            return set()
        found = set()
        for k in self._letters.get("".join(sorted(typed)), ()):
            diff = [n for n in range(len(k)) if k[n] != typed[n]]
            if len(diff) == 2 and diff[0] > 0 and not _VOWELS & {typed[n] for n in diff}:
                found.add(k)
        return found

    def short_slip(self, typed: str, shapes: frozenset[str]) -> tuple[T, ...]:
        """The one entity a four-letter `typed` is a slip of ("onjp": On-jo, "mjin": Mi-jin), only when it cannot
        be a word: it holds a pair of letters no known word has where it has it (`shapes`: `word_shapes`), and keeps
        the name's first letter. "jail" (Jae-il less a letter) and "nara" (Nam-ra) are words' shapes: never names."""
        pairs = _pairs(typed)
        if len(typed) != 4 or typed in self._keys or not shapes or not any(
                p not in shapes and not _VOWELS & set(p) for p in (pairs[0], pairs[-1])):
            return ()  # only a word that starts or ends as no word does, with two consonants ("mj-", "-jp")
        keys = set(self._index.get(typed, ()))
        for n in range(len(typed)):
            keys |= self._index.get(typed[:n] + typed[n + 1:], set())
        ents = {e for k in keys if k[0] == typed[0] and 4 <= len(k) <= 5 and OSA.distance(typed, k) <= 1
                and (len(k) != len(typed) or next_keys(typed, k)) for e in self._keys[k]}
        return (next(iter(ents)),) if len(ents) == 1 else ()

    def slipped(self, typed: str) -> bool:
        """Whether `typed` (folded) is a name key typed as fingers slip, not as another story spells its own
        names: two letters swapped ("gwinma", "cheongsna"), the last letter held ("sojuu", "namraa"), or a long
        name (seven letters or more: "cheongsn", "hyoryoeng"). The other stories' names a letter from ours are short
        and spelled otherwise ("Guinan", "Duran", "Fujin", "Natsu", "Hoenn": Red-DiscordBot's lists)."""
        if len(typed) >= 7 or (typed[-1] == typed[-2] and typed[:-1] in self._keys):
            return True
        return any(typed[:n] + typed[n + 1] + typed[n] + typed[n + 2:] in self._keys for n in range(len(typed) - 1))

    def spans(self, words: Sequence[str], taken: Sequence[bool], stop: Container[str],
              known: Container[str]) -> list[tuple[int, int, tuple[T, ...]]]:
        """(first word, width, entities) of each near miss among `words` (folded) that no name
        already covers (`taken`), two words joined first ("hee sooo"), left to right."""
        found: list[tuple[int, int, tuple[T, ...]]] = []
        shapes = word_shapes(known)
        # (each word's fitness read once, not once for each window holding it)
        free = [not t and w.isascii() and w.isalpha() and w not in stop for w, t in zip(words, taken, strict=True)]
        i = 0
        while i < len(words):
            hit: tuple[int, int, tuple[T, ...]] | None = None
            for width in (2, 1):
                window = words[i:i + width]
                if len(window) < width or not all(free[i:i + width]):
                    continue
                ents = self.romanised("".join(window)) or (
                    () if any(w in known for w in window)
                    else self.of("".join(window)) or self.romanised_slip("".join(window))
                    or (self.short_slip(window[0], shapes) if width == 1 else ()))
                if ents:
                    hit = (i, width, ents)
                    break
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i += hit[1]
        return found


_VOWELS = frozenset("aeiouy")
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def next_keys(typed: str, name: str) -> bool:
    """Whether two words of one length differ by letters side by side on a keyboard ("onjp" for "onjo"),
    or by two letters swapped: a slip of the finger, never another letter chosen ("marc" for "maru")."""
    diff = [(a, b) for a, b in zip(typed, name, strict=True) if a != b]
    if len(diff) != 1:
        return len(diff) == 2 and sorted(typed) == sorted(name)
    (a, b), = diff
    row_a = next((r for r in _KEYBOARD if a in r), "")
    row_b = next((r for r in _KEYBOARD if b in r), "")
    if row_a == row_b:
        return abs(row_a.index(a) - row_a.index(b)) == 1
    rows = [r for r in _KEYBOARD if r in (row_a, row_b)]
    if len(rows) != 2 or abs(_KEYBOARD.index(row_a) - _KEYBOARD.index(row_b)) != 1:
        return False
    upper, lower = sorted((row_a, row_b), key=_KEYBOARD.index)
    high, low = (a, b) if upper == row_a else (b, a)
    return upper.index(high) - lower.index(low) in (0, 1)


def _pairs(word: str) -> list[str]:
    """A word's letter pairs, where they stand: how it starts and ends, and the pairs between ("onjp": "^on",
    "nj", "jp$"; "mjin": "^mj", "ji", "in$")."""
    return [f"^{word[:2]}", *(word[n:n + 2] for n in range(1, len(word) - 2)), f"{word[-2:]}$"]


_SHAPES: dict[int, tuple[object, frozenset[str]]] = {}


def word_shapes(known: object) -> frozenset[str]:
    """The letter pairs of every word in `known` (a set of words the caller knows; none for any other
    container), remembered by the set itself: the shapes a typed word can have and still be a word."""
    if not isinstance(known, (set, frozenset)):
        return frozenset()
    kept = _SHAPES.get(id(known))
    if kept is not None and kept[0] is known:
        return kept[1]
    words = [w for w in (*known, *COMMON_WORDS) if isinstance(w, str) and w.isascii() and w.isalpha() and len(w) >= 3]
    shapes = frozenset(p for w in words for p in _pairs(w))
    if len(_SHAPES) >= 8:
        _SHAPES.clear()
    _SHAPES[id(known)] = (known, shapes)
    return shapes


def another_syllable(typed: str, name: str) -> bool:
    """Whether two folded names differ only by a final consonant on the last syllable ("parkjihoon"
    and "parkjihoo"): that is another Korean name (Ji-hoon is not Ji-hu), not a typing slip, which
    a doubled letter ("cheongsann") is."""
    longer, shorter = (typed, name) if len(typed) > len(name) else (name, typed)
    if len(longer) != len(shorter) + 1 or not longer.startswith(shorter) or not shorter:
        return False
    return longer[-1] in "nmlkg" and shorter[-1] in "aeiouy"
