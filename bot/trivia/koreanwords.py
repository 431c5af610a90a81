"""Korean words for an answer written in English: numerals, loanwords and a few common nouns.

A player of a Korean show answers "열두" (twelve, a native numeral) or "십이" (a Sino-Korean one)
for 12, "넷플릭스" for Netflix (the word borrowed, written as said), "목성" for Jupiter. Each
gives the matcher (bot.trivia.matching) another reading of the message to judge; the reading counts
only when it is an accepted answer, so a Korean word is never taken for anything but what it says:
- `numeral`: a Korean number word, with a counter after it ("여덟개", "열한명"); a single Sino-Korean
  syllable ("이", "사", "오" are also "this", "buy", "come") only with a counter; a Sino-Korean number
  written out is read whole ("구십일" is 91, though "일" also counts days);
- `loanword_of`: a hangul word whose consonants are those of an English answer word as Korean
  writes borrowed words (f and p both ㅍ, r and l both ㄹ, a final "r" unsaid, an "eu" added after
  a final consonant: "넷플릭스" ~ netflix, "셰익스피어" ~ shakespeare, "애플" ~ apple): its
  consonants and vowels in the English word's order, where English may leave a vowel unsaid
  ("쉽다", "easy", is no Jupiter; "서울" no Oslo); a word of Korean chat never is one (but a word
  about the channel is what it borrows: "서버", server); a name from another language as Korean
  writes it (g and c soft, th said t, every r said: "이집트" Egypt, "베토벤" Beethoven), one hangul
  word for two English ones ("다빈치", da Vinci), a place's kind after it said in English ("센강", the
  Seine river; "에베레스트산", Everest mountain);
- `TRANSLATIONS` (bot.trivia.koreannouns): everyday nouns in their Korean words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from functools import lru_cache

from bot.lazy_re import compile_later
from bot.text import HANGUL
from bot.trivia.families import another_of_its_set
from bot.trivia.hangul import CHANNEL_WORDS, COUNTER_WORDS, HEDGES, is_korean_talk, spelled, vowels_agree
from bot.trivia.koreannouns import TRANSLATIONS

_FIRST, _LAST = 0xAC00, 0xD7A3
_NATIVE_ONES = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "넉": 4, "다섯": 5, "여섯": 6,
    "일곱": 7, "여덟": 8, "아홉": 9,
}
_ALONE_ONLY_WITH_COUNTER = frozenset({"한", "두", "세", "석", "네", "넉"})  # ("네" is also "yes"; "넉 달": four months)
_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
_SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
_SINO_PLACES = {"십": 10, "백": 100, "천": 1000}
_COUNTERS = tuple(sorted((*COUNTER_WORDS, "명이요", "개요"), key=len, reverse=True))
# A single Sino digit before another counter is mostly a word ("이번" this time, "이분" this person,
# "이곳" this place, "사주" a fortune, "사회" society, "오일" oil): Koreans count those with native
# numbers ("두 번"); these counters take Sino numbers and make no common word with one.
_SINO_COUNTERS = frozenset("년 월 층 등 시즌 개월 화 초".split())


def _native(word: str) -> int | None:
    for tens_word, tens in sorted(_NATIVE_TENS.items(), key=lambda kv: -len(kv[0])):
        if word.startswith(tens_word):
            rest = word[len(tens_word):]
            if not rest:
                return tens
            ones = _NATIVE_ONES.get(rest)
            return tens + ones if ones is not None else None
    return _NATIVE_ONES.get(word)


def _sino(word: str) -> int | None:
    total, digit = 0, None
    for ch in word:
        if ch in _SINO_DIGITS and digit is None:
            digit = _SINO_DIGITS[ch]
        elif ch in _SINO_PLACES:
            total += (digit or 1) * _SINO_PLACES[ch]
            digit = None
        else:
            return None
    return total + (digit or 0) if word else None


def _myriads(word: str) -> str | None:
    """Tens of thousands ("17만", "십칠만": 170000); a lone "이만" is mostly "this much", never 20000 here."""
    head = word[:-1]
    if head.isdigit():
        return str(int(head) * 10_000)
    sino = _sino(head) if len(head) >= 2 else None
    return str(sino * 10_000) if sino else None


def numeral(word: str) -> str | None:
    """The number a Korean number word says, as digits ("열두" -> "12", "십이개월" -> "12", "17만"), or None."""
    counted, sino_counted = False, False
    whole = _sino(word) if len(word) >= 2 and word[-1] in _SINO_DIGITS and not _SINO_PLACES.keys().isdisjoint(word) else None
    if whole is not None:
        return str(whole)  # ("구십일" is 91, written out, not 90 days: "90일" is how days are typed)
    for counter in _COUNTERS:
        if word.endswith(counter) and len(word) > len(counter):
            word, counted, sino_counted = word[: -len(counter)], True, counter in _SINO_COUNTERS
            break
    if len(word) >= 2 and word.endswith("만") and (myriads := _myriads(word)) is not None:
        return myriads  # ("17만명": 170000 people)
    native = _native(word)
    if native is not None and (counted or word not in _ALONE_ONLY_WITH_COUNTER):
        return str(native)
    sino = _sino(word)
    if sino is not None and (
        sino_counted or (counted and word not in _SINO_DIGITS) or len(word) >= 2 or word in _SINO_PLACES  # ("천": 1000)
    ):
        return str(sino)
    return None


# -- loanwords -------------------------------------------------------------------------------------

# Sound classes: what Korean writes an English consonant as (ㅍ for p, f; ㄹ for r, l; ㅅ ㅈ ㅊ for
# s, z, j, ch, sh, th), "NK" for ㅇ at a syllable's end ("ng"), and "V" for a vowel. A syllable's
# plain ㄱ ㄷ ㅂ ("G", "D", "B") write English g, d, b (v), never k, t, p (f), which Korean writes
# ㅋ ㅌ ㅍ ("구라", slang for a lie, is no "Korea", 코리아); a final consonant writes either. ㅊ ("C")
# writes ch, never s ("칠", seven, is no Seoul; "천", a thousand, no Sun).
_INITIAL_CLASSES = ("G", "K", "N", "D", "T", "L", "M", "B", "P", "S", "S", "", "J", "J", "C", "K", "T", "P", "H")
# A final stop ("k", "t", "p") writes a voiced or a voiceless English one ("bag" 백, "net" 넷).
_FINAL_CLASSES = (
    (), ("k",), ("k",), ("k", "S"), ("N",), ("N", "S"), ("N",), ("t",), ("L",), ("L", "k"), ("L", "M"), ("L", "p"),
    ("L", "S"), ("L", "t"), ("L", "p"), ("L",), ("M",), ("p",), ("p", "S"), ("t",), ("t",), ("NK",), ("t",), ("t",),
    ("k",), ("t",), ("p",), ("t",),
)
_EU = 18  # ㅡ, the vowel Korean adds after a consonant English says alone ("스", "트", "플")
# The vowels that write an English e ("E": ㅐ ㅒ ㅓ ㅔ ㅕ ㅖ ㅣ: 넷, 버거, 치즈); ㅏ ㅗ ㅜ never do ("분" is no Ben).
_E_VOWELS = frozenset({1, 3, 4, 5, 6, 7, 20})


def _squeezed(sounds: list[str]) -> tuple[str, ...]:
    """Sounds with a repeated one once: vowels side by side ("피아" is one run), doubled letters ("pp")."""
    out: list[str] = []
    for sound in sounds:
        if sound and (not out or out[-1] != sound):
            out.append(sound)
    return tuple(out)


def _hangul_sounds(word: str) -> tuple[str, ...] | None:
    """A hangul word's consonant classes and vowels (an added ㅡ left out), or None if not all hangul."""
    sounds: list[str] = []
    for ch in word:
        code = ord(ch) - _FIRST
        if not 0 <= code <= _LAST - _FIRST:
            return None
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        if sounds and sounds[-1].upper() == _INITIAL_CLASSES[initial] and sounds[-1].islower():
            sounds.pop()  # a final stop before the same one said again: "맥켈" (McKellen) has one k
        sounds.append(_INITIAL_CLASSES[initial])
        if vowel != _EU or initial == 11:
            sounds.append("E" if vowel in _E_VOWELS else "V")
        sounds.extend(_FINAL_CLASSES[final])
    return _squeezed(_vowel_runs(sounds))


_DIGRAPHS = (
    ("sch", "S"), ("tch", "C"), ("ch", "C"), ("sh", "S"), ("th", "S"), ("ph", "P"), ("ck", "K"), ("ng", "NK"),
    ("qu", "K"), ("x", "K S"), ("ew", "V"),
)
_LETTER = {
    "b": "B", "p": "P", "f": "P", "v": "B", "t": "T", "d": "D", "k": "K", "g": "G", "q": "K", "s": "S", "z": "S",
    "j": "S", "l": "L", "r": "L", "m": "M", "n": "N", "a": "V", "e": "e", "i": "V", "o": "V", "u": "V",
}


@lru_cache(maxsize=8192)  # (an answer word's sounds depend on it alone, and every hangul word of a message weighs them)
def _english_sounds(
    word: str, soft: bool = False, every_r: bool = False, final_e: bool = False,
) -> tuple[str, ...] | None:
    """An English word's sounds as Korean would write them (see `_hangul_sounds`); `soft`: as a name
    from another language is written, g and c soft before e, i, y (ㅈ, ㅊ: "egypt" 이집트, "vinci"
    빈치), ch hard there ("michelangelo" 미켈란젤로), th said t ("beethoven" 베토벤), a first j said y ("jonas"
    요나스); `every_r`: an r
    said before a consonant too ("leonardo" 레오나르도; a final r stays unsaid); `final_e`: a final
    e written as a vowel ("nike" 나이키, "chile" 칠레). "Mc" is said "mac" ("mcdonald" 맥도날드)."""
    if not word.isascii() or not word.isalpha():
        return None
    if word.startswith("mc") and len(word) >= 5:
        word = "mac" + word[2:]
    if len(word) >= 4 and word.endswith("e") and word[-2] not in "aeiouy" and not final_e:
        word = word[:-1]  # a silent final e
    sounds: list[str] = []
    i = 0
    while i < len(word):
        rest = word[i:]
        if word[i] == "r" and (i + 1 == len(word) or (word[i + 1] not in "aeiouy" and not every_r)):
            i += 1  # an "r" before no vowel is not said ("pier" 피어, "burger" 버거)
            continue
        if soft and rest[:1] in ("g", "c") and rest[1:2] in ("e", "i", "y"):
            sounds.append("J" if rest[0] == "g" else "C")  # (a soft g only as ㅈ: 서울 is no "gil")
            i += 1
            continue
        if soft and rest.startswith("ng") and rest[2:3] in ("e", "i", "y"):
            sounds.append("N")  # "angeles" 앤젤레스: n, then a soft g
            i += 1
            continue
        if soft and rest.startswith("ch") and rest[2:3] in ("e", "i") and i:
            sounds.append("K")  # an Italian ch inside a name: "michelangelo" 미켈란젤로
            i += 2
            continue
        if soft and not i and rest[:1] == "j" and rest[1:2] in ("a", "o", "u"):
            sounds.append("")  # a name's first j said y, as German and the Bible say it: "jonas" 요나스, "johann" 요한
            i += 1
            continue
        if soft and rest.startswith("th"):
            sounds.append("TH")  # (only as ㅌ: "맞아" is no Martha)
            i += 2
            continue
        if rest[:2] == "ch" and rest[2:3] in ("r", "l"):
            sounds.append("K")  # "chris" 크리스, "chrome" 크롬, "chlorine" 클로린: a ch before r or l is a k
            i += 2
            continue
        for letters, sound in _DIGRAPHS:
            if rest.startswith(letters):
                sounds.extend(sound.split())
                i += len(letters)
                break
        else:
            letter = word[i]
            if letter == "c":
                sounds.append("S" if word[i + 1 : i + 2] in ("e", "i", "y") else "K")
            elif letter == "h":
                sounds.append("H" if word[i + 1 : i + 2] in tuple("aeiouy") and word[i + 1 : i + 2] else "")
            elif letter == "y":
                sounds.append("V" if i else "")  # (a glide before a vowel: "yo" is one sound)
            else:
                sounds.append(_LETTER.get(letter, ""))  # (w: a glide)
            i += 1
    return _squeezed(_vowel_runs(sounds))


def _vowel_runs(sounds: list[str]) -> list[str]:
    """Vowels side by side as one: "e" when the run is only e's (Korean may leave it unsaid, as the
    e of "shake" in 셰익스피어), else "V" (a vowel Korean writes: "odyssey" is never 다시)."""
    out: list[str] = []
    for sound in sounds:
        if not sound:
            continue
        if sound in _VOWELS and out and out[-1] in _VOWELS:
            # a run: an English one of e's only stays "e"; a Korean one with an e-vowel is "E" ("피아")
            out[-1] = out[-1] if out[-1] == sound else ("E" if "E" in (sound, out[-1]) else "V")
        else:
            out.append(sound)
    return out


_VOWELS = frozenset({"V", "e", "E"})


# What a Korean sound writes besides its own English one: a final stop either stop, a vowel an e,
# ㅅ also ch (Chicago 시카고).
_WRITES_TOO = frozenset({("k", "K"), ("k", "G"), ("t", "T"), ("t", "D"), ("p", "P"), ("p", "B"), ("S", "C"), ("E", "e"),
                         ("E", "V"), ("J", "S"), ("T", "TH")})  # (ㅈ writes j, z, s as ㅅ does; ㅌ a th said t)


def _written_as(korean: tuple[str, ...], english: tuple[str, ...]) -> bool:
    """Whether the Korean sounds are the English ones with some English e's unsaid (silent e inside a
    word: "shakespeare" 셰익스피어); never a Korean vowel or consonant English lacks, nor another
    English vowel unsaid ("나중", later, is no "anything")."""
    at = 0
    for n, sound in enumerate(english):
        if at < len(korean) and (korean[at] == sound or (korean[at], sound) in _WRITES_TOO):
            at += 1
        elif at < len(korean) and korean[at] == "NK" and sound == "N" and english[n + 1 : n + 2] in (("K",), ("G",)):
            at += 1  # ㅇ for an n before a k: "앙카라" (Ankara)
        elif sound != "e" or n == 0:  # (a word's first e is said: "escape" is never 스킵)
            return False
    return at == len(korean)


def loanword_of(word: str, answer_words: Iterable[str]) -> str | None:
    """The English answer word (folded) that the hangul `word` writes as a loanword, or None: its
    consonants and vowels where the English word has them (two consonants at least), and its
    vowels, romanised, not another Korean word's ("영동" is no Yangdong, a place whose name is
    Korean: bot.trivia.hangul.vowels_agree; "서울" is no Oslo, "피아노" no banana)."""
    ours = _hangul_sounds(word)
    if ours is None:
        return None
    consonants = sum(1 for s in ours if s not in _VOWELS)
    if consonants < 1 or (consonants < 2 and len(word) < 2) or all(len(ours) > _most_sounds(english) for english in answer_words):
        return None  # (more sounds than any answer word's spelling has: no romanising needed to say so)
    romanised = spelled([word])
    if word[-1] == "시" and len(ours) >= 2 and ours[-2] == "S":
        ours = ours[:-1]  # a final sh written with its own syllable: "클래시" (clash), "잉글리시"
    for english in answer_words:
        if len(ours) > _most_sounds(english):
            continue  # more sounds than any spelling of it has (2 a letter at most: "x"): a long run typed reads fast
        if len(english) >= 4 and english.endswith("s") and loanword_of(word, (english[:-1],)) is not None:
            return english  # Korean says no plural: "팝타르트" is Pop Tarts, "드론" Drones
        if len(english) >= 6 and english.endswith("son") and loanword_of(word, (english[:-3] + "sn",)) is not None:
            return english  # a name's unstressed "-son" written 슨: "해리슨" (Harrison), "잭슨"
        for soft, every_r, final_e in ((False, False, False), (True, False, False), (True, True, False), (False, False, True)):
            if every_r and "르" not in word:
                continue  # (an r before a consonant is said as its own syllable: 레오나르도)
            theirs = _english_sounds(english, soft, every_r, final_e)
            if theirs is None or (theirs[-1] == "V" and ours[-1] not in _VOWELS):
                continue  # a vowel said at the English word's end is written ("China" 차이나; "천" is a thousand)
            if consonants < 2 and (sum(1 for s in theirs if s not in _VOWELS) != 1 or (soft and english[:1] == "j")):
                continue  # one consonant only for a word of one ("로이" Roy, "토이" toy; "나중" is no "anything"), and
                # never with a first j said y: 요리 (cooking) is no "Jori"
            if _written_as(ours, theirs) and any(
                vowels_agree(romanised, said)
                for said in (english, _as_said(english, "ei" in romanised), _reduced(_as_said(english, False)))
            ):
                return english
    return None


_LONG_A = compile_later(r"a(?=[bcdfgklmnprstvz][aeiou])")  # "naver" said "neiver" (네이버), "game" 게임
_Y_VOWEL = compile_later(r"(?<=[a-z])y(?![aeiou])")  # "sony" said "soni" (소니)


_SCHWA_A = compile_later(r"(?<=[bcdfgklmnprstvz])a(?=[bcdfgklmnprstvz])")


def _reduced(english: str) -> str:
    """An English word's vowels as said unstressed, for `vowels_agree`: an "al" before a consonant
    at its start said "ol", an "a" between consonants after its first vowel said "u" (ㅓ: "vulcan"
    벌컨, "albany" 올버니)."""
    said = re.sub(r"^al(?=[^aeiouy])", "ol", english)
    first = re.search(r"[aeiouy]+", said)
    if first is None:
        return said
    return said[: first.end()] + _SCHWA_A.sub("u", said[first.end():])


def _as_said(english: str, long_a: bool) -> str:
    """An English word's vowels closer to how they are said, for `vowels_agree`: a "y" after a
    consonant as "i"; a long "a" as "ei" when the Korean writes that ("에이": `long_a`)."""
    said = _Y_VOWEL.sub("i", english)
    return _LONG_A.sub("ei", said) if long_a else said


# -- words ------------------------------------------------------------------------------------------

# One-syllable nouns that are also everyday verbs or words ("해" do, "달" month, "말" speech, "새" new,
# "소" small): the noun only when the message is that word, hedged at most ("해 아님?").
_ALSO_TALK = frozenset("해 달 말 새 소".split()) | {word for word in TRANSLATIONS if len(word) == 1}  # (차 tea, car; 배 pear, ship)
# "More" after a number asks for more ("한번 더": once more, "하나만 더": just one more).
_MORE = frozenset("더 더요 더해 더하자".split())


def english_readings(
    tokens: Iterable[str], answer_words: Iterable[str], stem: Callable[[str], str], aside: Callable[[str], bool],
    talk_words: Container[str] = frozenset(),
) -> list[str]:
    """The message read with its hangul words said in English (see module docstring): one reading
    per translation a word has (미국: united states, usa, america), none when no word changes, or
    when another hangul word is more than talk beside an answer (`aside`: laughter, "아님?"): "드론
    장면 좋았는데" ("the drone scene was good") talks about the drone, it does not answer.
    `stem` takes the Korean ending off a word ("열두요" -> "열두"); `answer_words` are the folded
    words of the question's answers (what a loanword may be)."""
    typed = list(tokens)
    words, tokens = list(answer_words), _counted(typed)
    more = any(t in _MORE for t in tokens)  # "한번 더", "하나 더": one more (game), no count given
    choices: list[tuple[str, ...]] = []
    changed = tokens != typed and all(t.isdigit() for t in tokens)  # ("육 명": 6)
    for token in tokens:
        said: tuple[str, ...] = (token,)
        if HANGUL.search(token):
            base = stem(token)
            number = numeral(token) or numeral(base)
            borrowed = loanword_of(base, words)
            if borrowed is None and len(base) >= 2 and base[-1] in _PLACE_KINDS:
                named = loanword_of(base[:-1], words)  # "센강", "볼가강": the Seine river, the Volga river
                borrowed = f"{named} {_PLACE_KINDS[base[-1]]}" if named is not None else None
            if (base in talk_words or token in talk_words) and base not in CHANNEL_WORDS:
                borrowed = None  # ("헐랭" is talk, not "orange")
            if number is not None and not more:
                said = (number,)
            elif (base in TRANSLATIONS or token in TRANSLATIONS) and not (
                base in _ALSO_TALK and any(HANGUL.search(t) and t not in HEDGES for t in tokens if t != token)
            ):
                said = TRANSLATIONS.get(base) or TRANSLATIONS[token]
            elif borrowed is not None:
                said = (borrowed,)
            elif (joined := _compound(base, words) or _compound(token, words)) is not None:
                said = (joined,)  # two words typed as one: "오징어게임" (squid game)
            elif shops := _shop_of(base, words):
                said = shops  # a shop named by what it sells: "치킨집", a chicken shop
            if said == (token,) and not aside(token):
                return []
            changed = changed or said != (token,)
        choices.append(said)
    if not changed:
        return []
    widest = max(len(c) for c in choices)
    return [" ".join(c[min(k, len(c) - 1)] for c in choices) for k in range(widest)]


_LONGEST_TRANSLATED = max(map(len, TRANSLATIONS))  # (the longest Korean word the table reads)


def _most_sounds(english: str) -> int:
    """The most sounds a loanword of an English word has (2 a letter at most, "x": 크스, and a few more)."""
    return 2 * len(english) + 4


def _compound(word: str, answer_words: list[str]) -> str | None:
    """Two words of an answer typed as one hangul word, each its Korean word or a loanword:
    "오징어게임" (squid game), "핑크조끼" (pink vest); None when no split reads so. (A half of more syllables than twice
    the sounds any answer word's loanword has reads as none: a long run of hangul is read in linear time, not square.)"""
    if len(word) < 4:
        return None
    longest = max(_LONGEST_TRANSLATED, 2 * max((_most_sounds(w) for w in answer_words), default=0))
    for cut in range(max(2, len(word) - longest), min(len(word) - 1, longest + 1)):
        halves: list[str] = []
        for half in (word[:cut], word[cut:]):
            said = next((w for w in TRANSLATIONS.get(half, ()) if w in answer_words), None) or loanword_of(half, answer_words)
            if said is None:
                break
            halves.append(said)
        else:
            return " ".join(halves)
    return None


# The kind of place Korean writes after a borrowed name: "센강" (the Seine river), "에베레스트산", "발리섬".
_PLACE_KINDS = {"강": "river", "산": "mountain", "섬": "island"}


def _counted(tokens: list[str]) -> list[str]:
    """A number word and the counter typed after a space as one word ("백 년" as "백년", "열두 달")."""
    if len(tokens) == 2 and tokens[0] in _SINO_DIGITS and tokens[1] in _COUNTERS and tokens[1] not in _SINO_COUNTERS:
        return [str(_SINO_DIGITS[tokens[0]])]  # "육 명": a Sino digit typed apart is no word ("육명", "이명" are)
    out: list[str] = []
    for token in tokens:
        if out and token in _COUNTERS and numeral(out[-1] + token) is not None:
            out[-1] += token
        else:
            out.append(token)
    return out


def korean_rival(tokens: Iterable[str], answers: set[str], stem: Callable[[str], str]) -> bool:
    """Whether a hangul word of the message names another member of an answer's set (`answers`:
    their compact forms): "토성" (Saturn) beside 목성 for Jupiter, "오사카" beside Tokyo. Another
    Korean word ("오빠", "배우") is no rival: only a word of a closed set counts."""
    for token in tokens:
        if not HANGUL.search(token) or is_korean_talk(token):
            continue
        base = stem(token)
        if any(word.replace(" ", "") in answers for word in TRANSLATIONS.get(base, ())):
            continue  # (the answer in one of its Korean words: "한국" is Korea and South Korea)
        for word in (*TRANSLATIONS.get(base, ()), spelled([base])):
            if another_of_its_set(word.replace(" ", ""), answers):
                return True
    return False


#: Words a Korean answer adds to a thing to name a shop of it ("치킨집": a chicken shop).
_SHOP = ("집", "가게")
_SHOP_WORDS = ("shop", "restaurant", "place", "store")


def _shop_of(word: str, answer_words: list[str]) -> tuple[str, ...]:
    """A typed hangul word naming a shop by what it sells ("치킨집", "빵가게") in English: "chicken shop"."""
    for shop in _SHOP:
        thing = word.removesuffix(shop)
        if thing != word and len(thing) >= 2:
            borrowed = loanword_of(thing, answer_words)
            things = TRANSLATIONS.get(thing) or ((borrowed,) if borrowed is not None else ())
            return tuple(f"{english} shop" for english in things)
    return ()


def english_of_answer(answer: str) -> tuple[str, ...]:
    """A one-word answer written in Korean as a player says it in English (`TRANSLATIONS`): "firefighter"
    for 소방관; a shop named by what it sells ("치킨집", "빵집") also as that thing with "shop" and its like."""
    words = answer.split()
    if len(words) != 1:
        return ()
    word = words[0]
    said = list(TRANSLATIONS.get(word, ()))
    for shop in _SHOP:
        thing = word.removesuffix(shop)
        if thing != word and len(thing) >= 2:
            said += [f"{english} {kind}" for english in TRANSLATIONS.get(thing, ()) for kind in ("", *_SHOP_WORDS)]
    return tuple(s.strip() for s in said)
