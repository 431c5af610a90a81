"""Near misses of names (for names.py `NameResolver.mentions(known_words=...)`): a word one letter
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

from collections.abc import Callable, Container, Mapping, Sequence
from typing import Generic, TypeVar

from rapidfuzz.distance import OSA

T = TypeVar("T")

# English words one letter away from a name key ("lemon" / Lomon, "quran" / Ju-ran): never a near
# miss of a name, whatever the vocabulary the caller passes says.
ENGLISH_NEAR_NAMES = frozenset("lemon lemons roman romans quran shook".split())
# A title run into a surname ("mrlee", "mspark", "misspark") is spelled like English, not like a
# romanised name: a word a letter from it is English ("melee", "spark") unless it keeps the title
# ("mr leee", "miss parc").
_TITLES = ("miss", "mr", "ms")


#: Spellings of one Korean sound, in the order they are merged ("choong" -> "jung", "yeong" -> "yung").
_ROMANISED = (("ch", "j"), ("sh", "s"), ("oo", "u"), ("ou", "u"), ("eo", "u"), ("ae", "e"), ("ee", "i"), ("k", "g"))


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
        forms: dict[str, set[T]] = {}
        for key, ents in keys.items():
            if key.isascii() and key.isalpha() and len(key) >= 5:
                forms.setdefault(romanised(key), set()).update(ents)
        self._forms = {form: (next(iter(ents)),) for form, ents in forms.items() if len(ents) == 1}

    def romanised(self, typed: str) -> tuple[T, ...]:
        """The one entity `typed` (folded, five letters or more) names in another romanisation; () when none."""
        return self._forms.get(romanised(typed), ()) if len(typed) >= 5 and typed not in self._keys else ()

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
        found = (next(iter(ents)),) if len(ents) == 1 else ()
        if len(self._memo) >= _MEMO_SIZE:
            del self._memo[next(iter(self._memo))]  # oldest first
        self._memo[key] = found
        return found

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
        i = 0
        while i < len(words):
            hit: tuple[int, int, tuple[T, ...]] | None = None
            for width in (2, 1):
                window = words[i:i + width]
                if len(window) < width or any(taken[i:i + width]) or any(
                        not w.isascii() or not w.isalpha() or w in stop for w in window):
                    continue
                ents = self.romanised("".join(window)) or (
                    () if any(w in known for w in window) else self.of("".join(window)))
                if ents:
                    hit = (i, width, ents)
                    break
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i += hit[1]
        return found


def another_syllable(typed: str, name: str) -> bool:
    """Whether two folded names differ only by a final consonant on the last syllable ("parkjihoon"
    and "parkjihoo"): that is another Korean name (Ji-hoon is not Ji-hu), not a typing slip, which
    a doubled letter ("cheongsann") is."""
    longer, shorter = (typed, name) if len(typed) > len(name) else (name, typed)
    if len(longer) != len(shorter) + 1 or not longer.startswith(shorter) or not shorter:
        return False
    return longer[-1] in "nmlkg" and shorter[-1] in "aeiouy"
