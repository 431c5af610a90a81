"""Accepted answers and options prepared for matching, and the typos forgiven inside a word.

An answer is read once (`prepare_answer`): its words in comparison form, how many typos each word
may carry (none below five letters, one up to seven, two from eight; two letters swapped are one typo from seven letters,
the first two too: "hcelsea"; a short word of a long title
may carry one substitution; a one-word answer of five letters or fewer cut short by its last letter is
a near miss, unless that letter is a silent "e" or "h" or a plural "s": "mar" for Mars, "pari" for Paris; a
singular of three letters is the plural's when the answer names nothing, "dog" for Dogs, "cow" for
Cows, but not a name's: "mar" for the planet Mars), whether a word may match another romanization of itself (Korean
names and places: Cheong = Jeong, Jeju = Cheju), and the other spellings it is known by ("Hall
Oates" for Hall & Oates, "4" for 4 months). `GuessWords` compares a message's words with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA, Levenshtein

from bot.lazy_re import compile_later
from bot.lore.name_keys import next_keys
from bot.lore.names import skeleton
from bot.trivia.guesses import ARTICLES, FILLER_WORDS, is_filler
from bot.trivia.hangul import another_coda, glide_added, vowel_core, vowels_agree
from bot.trivia.normal import compact_form, is_number, normalize_tokens
from bot.trivia.typedforms import another_given_name_typed, same_given_name

# Units a number answer may go without, the question having asked for them ("how many months").
UNITS = frozenset(
    """
    s sec secs second seconds min mins minute minutes h hr hrs hour hours day days week weeks month
    months year years yr yrs decade decades century centuries percent pc m meter meters metre metres
    km kilometers kilometres cm mm mile miles ft foot feet inch inches yard yards kg kilograms g
    grams lb lbs pound pounds ton tons tonnes mph kph kmh mb gb kb tb hp dmg damage points pts goals
    times people players episodes seasons games levels cards coins gems gold trophies dollars usd
    euros degrees celsius fahrenheit
    """.split()
)


def allowed_edits(length: int) -> int:
    """Typos forgiven over a whole answer of this many (compact) characters."""
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    if length <= 14:
        return 2
    return min(2 + length // 10, 6)


_KOREAN_LOOKING = compile_later(r"eo|eu|ae|oe|ui|yu|yo|oo|j|ch|gw|kk|hy|ng$")
# Letters and endings no romanization of Korean has (a word ends in a vowel or in k, l, m, n, ng,
# p or t): "archery" and "church" are English, whose vowels are typed wrong as any word's are.
_NOT_KOREAN = compile_later(r"[fqvxz]|c(?!h)|th|ph|(?<!n)g$|[^aeiougklmnpt]$")
# A typed word no romanization of Korean writes (letters it has none of, an English "-y" ending), so no other
# romanization of a Korean-looking answer: "july" is not Julie, whose vowels it only resembles.
_NOT_ROMANIZED = compile_later(r"[fqvxz]|c(?!h)|th|ph|[^aeiouw]y$")
_SYMBOLS = frozenset("+#-./")
HAS_DIGIT = compile_later(r"\d").search


def word_allowance(word: str, long_title: bool) -> int:
    """Typos forgiven inside one word of an answer: -1 exact, else edits (0 = romanization only)."""
    if any(ch.isdigit() or ch in _SYMBOLS for ch in word) or not word.isalpha():
        return -1
    if len(word) >= 8:
        return 2
    if len(word) >= 5:
        return 1
    if len(word) >= 3 and long_title:
        return 1
    return 0


@dataclass(frozen=True, slots=True)
class Word:
    """One word of an answer, with what fuzzy matching needs of it computed once."""

    text: str
    allowance: int  # typos forgiven inside it: -1 none, 0 another romanization only
    plural: bool  # may differ from the guess by a plural ending
    initial: str  # romanization class of its first letter
    skeleton: str | None  # set when it may match another romanization of itself
    short_alone: bool = False  # a one-word answer of five letters or fewer: cut short, it is a near miss
    alone: bool = False  # the answer's only word
    named: bool = False  # it names someone or something (a person, a place, a title): its "s" is no plural
    undoubled: str = ""  # its letters with doubled ones single, for a word of three letters or more


def prepare_word(text: str, long_title: bool, alone: bool = False, named: bool = False) -> Word:
    romanized = (
        len(text) >= 2 and text.isalpha() and _KOREAN_LOOKING.search(text) is not None and _NOT_KOREAN.search(text) is None
    )
    allowance = word_allowance(text, long_title)
    if allowance == 0 and not romanized:
        allowance = -1
    return Word(
        text=text,
        allowance=allowance,
        plural=len(text) >= 3 and text.isalpha(),
        initial=initial_class(text),
        skeleton=skeleton(text) if romanized else None,
        short_alone=alone and len(text) <= 5,
        alone=alone,
        named=named,
        undoubled=undoubled(text) if len(text) >= 3 and text.isalpha() else "",
    )


_DOUBLED = compile_later(r"(.)\1+")
_RUNS = compile_later(r"((.)\2*)").findall  # (each run of one letter, with its letter)


def undoubled(word: str) -> str:
    """A word with each run of one letter written once: "Phill" and "Phil", "Morroco" and "Morocco"
    are a typo apart however short the word (the commonest misspelling there is)."""
    return _DOUBLED.sub(r"\1", word)


_INITIAL_CLASS = {"g": "k", "b": "p", "d": "t", "l": "r"}


_VOWEL_RUN = compile_later(r"[aeiouwy]+")


def o_written_eo(guess: str, answer: str) -> bool:
    """Whether the guess writes "eo" (ㅓ) where a romanized answer writes a plain "o" (ㅗ): another
    Korean word ("yeongin" 영인 is not Yongin 용인), not a spelling of this one. (The other way round
    is the old romanization's: "Chan-yong" for Chan-young.)"""
    ours, theirs = _VOWEL_RUN.findall(guess), _VOWEL_RUN.findall(answer)
    return len(ours) == len(theirs) and any(
        vowel_core(a) == "eo" and vowel_core(b) == "o" for a, b in zip(ours, theirs, strict=True)
    )


def another_vowel_written(guess: str, answer: str) -> bool:
    """Whether a romanized guess writes a vowel no spelling of the answer's syllable has: "eo" for a plain "o"
    (`o_written_eo`), or a "y" glide where it has none ("jihyo" is not Ji-hu: `glide_added`)."""
    return o_written_eo(guess, answer) or glide_added(guess, answer)


def initial_class(word: str) -> str:
    """The first letter up to romanization (Busan/Pusan, Gwi/Kwi, Cheong/Jeong, Lee/Rhee): the
    first letter of `skeleton(word[:2])`, as `bot.lore.names.same_initial` compares them."""
    first = word[:1]
    if not first or first in "aeiou" or not first.isalpha() or not first.isascii():
        return first
    if first == "c" and word[1:2] == "h":
        return "j"
    if first == "s" and word[1:2] == "h":
        return "s"
    if first in "wy":
        second = word[1:2]
        return "a" if not second or second in "aeiouwy" else _INITIAL_CLASS.get(second, second)
    return _INITIAL_CLASS.get(first, first)


def _may_drop_last(guess: str, answer: str, named: bool) -> bool:
    """Whether `guess`, `answer` without its last letter, is still that answer: a silent final "e"
    ("Sein" for Seine), a silent "h" after a vowel ("raja" for Rajah, "sara" for Sarah; four letters
    left at least) or a plural "s" on a word of four letters or more ("coin" for Coins; "-is" and
    "-us" are no plurals: "pari" for Paris), or of three when the answer names nothing ("dog" for
    Dogs; not "mar" for the planet Mars)."""
    last = answer[-1]
    if last == "h" and len(guess) >= 4 and answer[-2] in "aeiou":
        return True
    return last == "e" or (last == "s" and (len(guess) >= 4 or not named) and guess[-1] not in "ius")


@dataclass(frozen=True, slots=True)
class Answer:
    """An accepted answer or an option of a question, read once."""

    text: str
    tokens: tuple[str, ...]
    compact: str
    group: str  # "" for the question's accepted answers (all one candidate), else the option's key
    numbers: tuple[str, ...]
    edits: int
    words: tuple[Word, ...]
    fuzzy: bool
    weak: bool  # a chat word or a single letter: it counts only as the whole message

    @property
    def accepted(self) -> bool:
        return self.group == ""


def _a_chunk_apart(longer: str, shorter: str) -> bool:
    """Whether `longer` is `shorter` with one run of two or more letters added: another word, not a
    typo. At either end always ("washingtondc", "cataclysmic"); inside, when the run is a fifth of
    the word or more ("Australia" and "Austria"): a smaller one in a long word is a slip
    ("mediterrean", "mississpi"). A run of a letter already beside it is a stretched letter
    ("australiaaa"), a typo."""
    size = len(longer) - len(shorter)
    for at in range(len(shorter) + 1):  # the words agree up to `at`
        if longer[at + size :] == shorter[at:]:
            run = longer[at : at + size]
            beside = {longer[at - 1] if at else "", longer[at + size] if at + size < len(longer) else ""}
            if len(set(run)) == 1 and run[0] in beside:
                return False
            return at in (0, len(shorter)) or size * 5 >= len(longer)
        if at == len(shorter) or longer[at] != shorter[at]:
            break
    return False


def prepare_answer(text: str, group: str, named: bool = False) -> Answer | None:
    """An answer's comparison form (a leading article dropped); None if it folds to nothing. `named`:
    the question asks for a name (a person, a place, a title), whose final "s" is no plural."""
    tokens = normalize_tokens(text)
    if len(tokens) > 1 and tokens[0] in ARTICLES:
        tokens = tokens[1:]
    compact = compact_form(tokens)
    if not compact:
        return None
    long_title = len(tokens) >= 3 and len(compact) >= 12
    words = tuple(prepare_word(t, long_title, len(tokens) == 1, named) for t in tokens)
    if len(words) == 1 and 4 <= len(compact) <= 6 and text.strip().isupper() and text.strip().isalpha():
        words = (replace(words[0], plural=False, allowance=-1),)  # (an acronym is typed exactly: "HTTPS" is no HTTP; a longer word in capitals is shouted: "BREAKDOWN")
    weak = (len(tokens) == 1 and compact in FILLER_WORDS) or (len(compact) == 1 and not compact.isdigit())
    return Answer(
        text=text,
        tokens=tuple(tokens),
        compact=compact,
        group=group,
        numbers=tuple(t for t in tokens if HAS_DIGIT(t)),
        edits=allowed_edits(len(compact)),
        words=words,
        fuzzy=any(w.allowance >= 0 or w.plural for w in words),
        weak=weak,
    )


def without_and(answer: Answer) -> str | None:
    """The compact form of an answer with its "and"s left out, when it has some between words."""
    if "and" not in answer.tokens[1:-1]:
        return None
    return compact_form([t for t in answer.tokens if t != "and"])


_TIMES_WORDS = frozenset(("twice", "thrice"))
_ASKS_A_COUNT = compile_later(r"\bhow (?:many|often)\b|\bnumber of\b", re.IGNORECASE)


def counted(answer: Answer, question_text: str) -> bool:
    """Whether an answer may be matched by its bare number: "Twice" is 2 to "How many times…?",
    but the girl group Twice is no "2"."""
    return answer.text.strip().lower() not in _TIMES_WORDS or _ASKS_A_COUNT.search(question_text) is not None


def without_unit(answer: Answer) -> str | None:
    """The number of an answer that is a number and its unit ("4.3" for "4.3 seconds")."""
    tokens = answer.tokens
    if 2 <= len(tokens) <= 3 and is_number(tokens[0]) and all(t in UNITS for t in tokens[1:]):
        return tokens[0]
    return None


def _first_two_swapped(guess: str, answer: str) -> bool:
    """Whether `guess` opens with the first two letters of a long `answer` swapped ("hcelsea",
    "rAgentina"): one typo, as two letters swapped anywhere else in a word of seven or more."""
    return len(answer) >= 7 and len(guess) >= 7 and guess[0] == answer[1] and guess[1] == answer[0]


def joined_with_a_swap(typed: str, answer: Answer) -> bool:
    """Whether `typed`, one word, is a hyphenated name of two parts (`answer`, "Nam-ra", "Gwi-nam") typed
    joined with two neighbouring letters swapped ("namar", "gwinma", "cheongsna", "ojno"): one slip of fast typing,
    in a short name too (a swap in a short single word, "parsi" for Paris, stays two typos). Never an "h" swapped with
    a vowel: "minha" for Min-ah, "yoonha" for Yoon-ah, "taeoh" for Tae-ho spell another person's name."""
    name = answer.compact
    if len(answer.tokens) != 2 or "-" not in answer.text or len(typed) != len(name) or len(name) < 4 or typed[0] != name[0]:
        return False
    at = [k for k in range(len(name)) if typed[k] != name[k]]
    if len(at) != 2 or at[1] != at[0] + 1 or typed[at[0]] != name[at[1]] or typed[at[1]] != name[at[0]]:
        return False
    swapped = {typed[at[0]], typed[at[1]]}
    return not is_filler(typed) and not ("h" in swapped and swapped <= set("aeiouh"))


_VOWEL_LETTERS = frozenset("aeiou")


def joined_with_a_slip(typed: str, answer: Answer) -> bool:
    """Whether `typed`, one word, is a hyphenated name of two parts typed joined with one slip of a phone keyboard:
    two neighbouring letters swapped (`joined_with_a_swap`), a letter's neighbouring key hit ("onjk" for On-jo,
    "nanra" for Nam-ra) or a vowel between two consonants left out ("nmra"). A neighbour never changes a vowel into
    another vowel ("onji"), nor, in a name of four letters, a consonant into another: those spell another syllable,
    so another name; nor its first letter (`joined_with_a_swap`'s rule). Names the lore knows and English words
    typed so are refused by the caller (`bot.trivia.hits`)."""
    if joined_with_a_swap(typed, answer):
        return True
    name = answer.compact
    if len(answer.tokens) != 2 or "-" not in answer.text or len(name) < 4 or typed[:1] != name[:1] or is_filler(typed):
        return False
    if len(typed) == len(name):
        at = [k for k in range(len(name)) if typed[k] != name[k]]
        if len(at) != 1 or not next_keys(typed, name):
            return False
        vowels = (typed[at[0]] in _VOWEL_LETTERS, name[at[0]] in _VOWEL_LETTERS)
        return vowels in ((True, False), (False, True)) or (vowels == (False, False) and len(name) >= 5)
    return len(typed) + 1 == len(name) and len(name) >= 5 and any(
        name[k] in _VOWEL_LETTERS and name[k - 1] not in _VOWEL_LETTERS and name[k + 1] not in _VOWEL_LETTERS
        and typed == name[:k] + name[k + 1 :] for k in range(1, len(name) - 1)
    )


class GuessWords:
    """The words of one message, with their fuzzy-matching properties computed on first use."""

    __slots__ = ("_filler", "_initial", "_skeleton", "tokens")

    def __init__(self, tokens: tuple[str, ...]) -> None:
        self.tokens = tokens
        self._filler: dict[int, bool] = {}
        self._initial: dict[int, str] = {}
        self._skeleton: dict[int, str] = {}

    def cost(self, i: int, word: Word) -> int | None:
        """The typos between guessed word i and an answer's word, or None if they are different words."""
        guess = self.tokens[i]
        answer = word.text
        if guess == answer:
            return 0
        if word.undoubled and guess[0] == answer[0] and guess.isalpha() and undoubled(guess) == word.undoubled \
                and not is_filler(guess):
            # one letter doubled or not is one typo, in a short word too: "Phill Collins", "Brad Pit"
            # (more are judged as any other typos: "Misisipi" is three)
            # ... and so is the doubling put on the wrong letter: "Morroco" for Morocco, "Canbberra"
            changes = [len(a[0]) - len(b[0]) for a, b in zip(_RUNS(guess), _RUNS(answer), strict=True) if a[0] != b[0]]
            if len(changes) == 1 or (len(changes) == 2 and sum(changes) == 0 and len(answer) >= 5):
                return 1
        diff = len(guess) - len(answer)
        if diff == -1 and word.short_alone and answer.startswith(guess) and not _may_drop_last(guess, answer, word.named):
            return None  # cut short: "mar" for Mars, "pari" for Paris, "chin" for China
        if word.plural and (diff == 1 or diff == 2 or diff == -1 or diff == -2):
            longer, shorter = (guess, answer) if diff > 0 else (answer, guess)
            if len(shorter) >= 3 and longer.startswith(shorter) and longer[len(shorter):] in ("s", "es") \
                    and guess.isalpha():
                return 0  # singular and plural ("bows and arrows")
        if same_given_name(guess, answer) and not is_filler(guess):
            return 1  # one name spelt another way, a short one too: "Ann Frank", "Charly Brown" (a whole answer's edits still count)
        if word.allowance < 0:
            return None
        if word.skeleton is None and abs(diff) > word.allowance:
            return None
        if guess[0] != answer[0] and not _first_two_swapped(guess, answer):
            initial = self._initial.get(i)
            if initial is None:
                initial = self._initial[i] = initial_class(guess)
            if initial != word.initial:
                return None
        filler = self._filler.get(i)
        if filler is None:
            filler = self._filler[i] = is_filler(guess)
        if filler:
            return None  # a chat word typed as such is not a typo of the answer ("think" ~ "thing")
        if another_given_name_typed(guess, answer):
            return None  # another real name: "Anne" for Annie, "Jane" for June
        if word.skeleton is not None and (not vowels_agree(guess, answer) or another_vowel_written(guess, answer) or another_coda(guess, answer)):
            return None  # another Korean word, not this one typed another way
        if word.skeleton is not None and guess.isalpha() and _NOT_ROMANIZED.search(guess) is None:
            sk = self._skeleton.get(i)
            if sk is None:
                sk = self._skeleton[i] = skeleton(guess)
            if sk == word.skeleton:
                return 1  # another romanization (Cheju = Jeju, Jeong = Cheong)
        if word.allowance == 0 or abs(diff) > word.allowance:
            return None
        if "ph" in answer and guess == answer.replace("ph", "f"):
            return 1  # written as said: "memfis" for Memphis, "sofia" for Sophia
        longer, shorter = (guess, answer) if diff > 0 else (answer, guess)
        if abs(diff) >= 2 and _a_chunk_apart(longer, shorter):
            return None  # a chunk added or dropped: another word ("cataclysmic", "washingtondc", "Austria")
        if len(answer) < 5 and diff:
            return None  # a short word of a long title may only carry a substitution
        # two letters swapped are one typo in a long word ("jupietr") or a one-word romanised Korean answer of six
        # ("andogn"), two in a short one ("Parsi"; an English word of six may be another: "scared" is no Sacred)
        measure = OSA if len(answer) >= 7 or (len(answer) == 6 and word.alone and word.skeleton is not None) else Levenshtein
        distance = measure.distance(guess, answer, score_cutoff=word.allowance)
        return distance if distance <= word.allowance else None

    def fuzzy_at(self, answer: Answer, start: int) -> bool:
        total = 0
        last = len(answer.words) - 1
        for k, word in enumerate(answer.words):
            cost = self.cost(start + k, word)
            if cost is None and k == last and k and "-" in answer.text and self.tokens[start + k] == word.text + "s":
                cost = 0  # a hyphenated Korean name in the possessive: "nam-ra's" reads "nam ras"
            if cost is None:
                return False
            total += cost
            if total > answer.edits:
                return False
        return True
