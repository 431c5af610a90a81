"""Hangul in a typed answer: the same name written in Korean or romanised, and Korean chat.

Fans of a Korean show type answers in hangul as often as in Latin letters: "효산" for Hyosan,
"서울" for Seoul, "청산이요" ("Cheong-san!", the name with its ending). `romanised` writes a message's
hangul in Latin letters (Revised Romanization, letter by letter: a final consonant carried to a
following vowel, no other sound change), with Korean endings dropped from a word ("청산이요",
"귀남이지", "남라요", "효산인듯") and a counter after a number ("6명"; a unit said in English: "2화" is 2
episodes, "12시간" 12 hours, so that it is no episode 12; "6번째", "3위" and "7일째" a place in a row: 6th, 3rd,
7th day, no count); a school's or a city's
Korean suffix is said in English ("효산고" is Hyosan High, "효산시" Hyosan city); a common surname is
written the way its bearers write it ("이" as Lee, "박" as Park). The matcher then judges the
romanised text as any other (its typos and romanization variants included: Cheong = Jeong).

`is_korean_talk` tells a hangul word that is chat ("ㅋㅋㅋ", "헐", "몰라", "어렵다", "뭐였지") from one
that may be an answer ("서울", "박지민"): jamo alone (laughter, crying, abbreviations), a word of
the chat vocabulary, or a word ending as a sentence does ("-다", "-네", "-지", "-야", "-요") are talk.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.lazy_re import compile_later
from bot.lore.name_keys import KOREAN_SURNAMES, fold, skeleton
from bot.lore.name_keys import has_hangul as has_hangul  # the one Hangul check, shared with the names
from bot.text import JAMO, ordinal

_FIRST, _LAST = 0xAC00, 0xD7A3
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
    "eu", "ui", "i",
)
# A final consonant as said at the end of a word, and as carried to a following vowel.
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
    "ng", "t", "t", "k", "t", "p", "t",
)
_CARRIED = (
    "", "g", "kk", "ks", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s",
    "ss", "ng", "j", "ch", "k", "t", "p", "h",
)
_SILENT = 11  # the initial ㅇ: no sound, so a final before it is carried
_SURNAMES = {"이": "lee", "박": "park", "임": "im", "노": "roh", "오": "oh", "신": "shin", "안": "ahn", "유": "yoo"}
# Endings said after a name or a word ("Cheong-san!", "it's Cheong-san", "isn't it?"; "님", the
# honorific after a title: "반장님"; "씨", the polite one after a name: "수혁씨"; a particle after the
# friendly "-이" a name ending in a consonant takes: "수혁이가 정답"; "라고"/"이라고", the name said again: "내 말은
# 남라라고", I said Nam-ra; politely "라고요", casually "라구"): longest first.
_ENDINGS = tuple(sorted(
    """
    이잖아 잖아 이지 이지요 이죠 이요 이야 이여 이네 인듯 인 인가 인가요 인가봐 일걸 일듯 아님 아냐 아닌가
    임 이다 입니다 이에요 예요 이었나 였나 였지 이었지 이 가 은 는 을 를 요 야 지 죠 네 아 임 이가 이는 이를
    에서 에서요 에서임 에요 님 님이요 님이죠 씨 씨요 씨가 씨는 이라고 라고 이라고요 라고요 이라구 라구
    """.split(),
    key=len, reverse=True,
))
# A Korean suffix of a place or a school said in English: "효산고" is Hyosan High.
_SUFFIXES = (("고등학교", "high school"), ("중학교", "middle school"), ("고", "high"), ("시", "city"), ("군", "county"))
# Counters typed after digits ("6명", "52장", "3마리"): the number is the answer.
COUNTER_WORDS = tuple(sorted(
    "부작 개월 시간 시즌 번째 일째 마리 명 개 번 살 일 화 회 년 월 등 위 편 권 장 층 분 초 주 달 째 가지 곳 대 점 배 개국"
    " 퍼센트 퍼 프로 피트 미터 킬로미터 킬로 골 달러 원 도".split(),
    key=len, reverse=True,
))
_COUNTER = compile_later(r"^(\d+)(" + "|".join(COUNTER_WORDS) + r")$")
# Counters that are units, said in English so that a number in another unit is another number
# ("12시간" is 12 hours, not episode 12); the others only count ("6명", "3마리", "2009년").
_COUNTER_UNITS = {
    "시간": "hours", "분": "minutes", "초": "seconds", "주": "weeks", "개월": "months", "달": "months",
    "살": "years", "화": "episodes", "회": "episodes", "부작": "episodes", "시즌": "seasons",
    "퍼센트": "percent", "퍼": "percent", "프로": "percent", "피트": "feet", "미터": "meters",  # "100퍼", "12피트"
    "킬로미터": "kilometers", "킬로": "kilometers", "골": "goals", "달러": "dollars", "원": "won",
    "도": "degrees",  # "100도"
}
# Counters of a place in a row ("6번째": the 6th, "3위": 3rd, "7일째": the 7th day): no count
_COUNTER_PLACES = {"번째": "", "째": "", "위": "", "등": "", "일째": " day"}
_JAMO = compile_later(rf"^[{JAMO}]+$")
_JAMO_TAIL = compile_later(rf"[{JAMO}]+$")
# Korean words that say nothing about an answer: reactions, hedges, questions to the others,
# pronouns, and words about the game or the show.
KOREAN_TALK_WORDS = frozenset(
    """
    헐 대박 몰라 모름 몰라요 모르겠다 모르겠어 모르겠음 잠깐 잠깐만 진짜 정말 완전 개 아 어 오 와 우와 음 흠 헉 엥
    네 응 웅 아니 아니야 뭐 뭐야 뭐지 뭐임 뭐라고 뭐라고요 뭐라구 왜 이거 그거 저거 걔 쟤 얘 나 너 우리 좀 힌트 다음 문제 쉽다 어렵다
    쉬운 어려운 이름 학교 영화 웹툰 시즌 시즌2 화  배우 아빠 엄마 누구 누구지  언제 어디 몇 빨리
    ㄹㅇ 존나 개웃겨 ㅇㅈ 인정 감사 미쳤다 미쳤네 레전드 최고 귀여워 잘생김 멋짐 사이다 속 시원 다 아직 벌써
    이건 그건 저건 이걸 그걸 어케 어떻게 알아 알지 알아요 맞아 틀림 틀렸다 졌다 이겼다
    무서움 모르겠네 그 저 이 더 배고파 그래 그럼 좋아 안녕 거기 여기 저기
     아하 오오 와우 에이 에휴 아이고 우와아 흑 헐랭 쩐다 짱 굿 굳 나이스 ㅇㅋ 오키 넵 넹 ㄴㄴ 노노 글쎄 아마 혹시
    으악 으 윽 악 꺅 으아 히익 징그러 징그럽다 무서워 갑자기 애들 진심 제발 또 역시 그냥 너무 넘 얘기
    별로 노잼 꿀잼 재밌음 망작 최악 소름 감동 슬퍼 슬프다 싫어 싫음
    """.split()
) | frozenset("채팅 채팅창 서버 디코 디스코드 봇 퀴즈 정답 점수 답 자막 더빙 판 라운드".split())
# Words about the channel, the server and the game: talk, yet still what they borrow ("서버" is a server).
CHANNEL_WORDS = frozenset("채팅 서버 디스코드 퀴즈 라운드".split())
# Said after a name to hedge a guess ("서울 아님?": isn't it Seoul?): talk alone, never a sentence's verb.
HEDGES = frozenset("아님 아닌가 아냐 맞나 맞지 맞음 인가 인듯 일걸 일듯".split())
_TALK_ENDINGS = (
    "다", "네", "지", "야", "요", "어", "냐", "니", "까", "죠", "라", "해", "함", "음", "더라", "는데", "은데",
    "ㄴ데", "거든", "잖아", "래", "게", "자", "군", "구나", "써", "봐", "줘", "와", "워", "겠다",
)


def another_surname(core: tuple[str, ...], name: str) -> bool:
    """Whether a message names someone else than the Korean `name` it resolves to by putting
    another surname before the given name: "kim ji-hu" is not Park Ji-hu (Cho and Jo are one)."""
    words = name.split()
    if len(core) < 2 or len(words) < 2 or core[0] not in KOREAN_SURNAMES:
        return False
    given = tuple(fold(part) for part in re.split(r"[\s-]+", " ".join(words[1:])) if part)
    if core[: len(given)] == given or (len(core) >= len(given) and core[: len(given)] == (*given[:-1], given[-1] + "s")):
        return False  # the given name itself, its first syllable a surname too: "ha-ri the archer", "nam-ra's hair"
    own = fold(words[0])
    return own in KOREAN_SURNAMES and _surname_key(own) != _surname_key(core[0])


def another_korean_given_name(typed: Sequence[str], name: str, text: str, vowels_only: bool = False) -> bool:
    """Whether typed syllables name another Korean given name than `name`'s ("Ham Sung-min"): as many
    syllables, surname aside, one opening with another consonant ("ham sung-jin", "hee-jin" for
    Hee-soo), or one syllable more joined to the given name in `text` ("yoon seo-ah" for Roh Yoon-seo). A resolver
    forgives one letter; Korean given names differ by one syllable. Romanizations agree (g/k, j/ch,
    r/l/n, Yoon/Yun); syllables typed joined ("sungmin") are not read apart. `vowels_only`: whether a syllable
    has a vowel no romanization writes for the name's ("eun jo" is not Eun-ji: a resolver forgiving a letter
    would take it for a typo; a misspelling the lore records, "Park Jo Hoo", is its caller's to keep)."""
    if _glide_added_to_name("".join(typed), name):
        return True  # "park jihyo", "jihyo" (지효) for Park Ji-hu (지후)
    if typed and len(typed[-1]) > 2 and re.search(rf"{re.escape(typed[-1][:-1])}['’]s\b", text.lower()):
        typed = (*typed[:-1], typed[-1][:-1])  # the name in the possessive: "nam-ra's" is Nam-ra's syllables
    words = name.split()
    if len(words) == 2 and "-" in words[1] and _joined_with_another_vowel(typed, words):
        return True  # "junsu" for Jin-su: a vowel no romanization writes for the name's, in its syllables typed joined
    if len(words) != 2 or "-" not in words[1] or not all(t.isalpha() and len(_VOWEL_RUN(t)) == 1 for t in typed):
        return False  # (one syllable a word: "joo dongeun" is Joo Dong-geun's syllables typed joined)
    own = _surname_key(fold(words[0]))
    parts = [fold(part) for part in words[1].split("-") if part]
    given = [_onset(part) for part in parts]
    forms = [list(typed)] if len(typed) == len(given) and all(_surname_key(t) != own for t in typed) else []
    if len(typed) == len(given) + 1:
        forms += [list(typed[1:])] if _surname_key(typed[0]) == own else []
        forms += [list(typed[:-1])] if _surname_key(typed[-1]) == own else []
        if not forms and [_onset(t) for t in typed[:-1]] == given and re.search(rf"\b{typed[-2]}\s*-\s*{typed[-1]}\b", text.lower()):
            return True  # one syllable more, joined to the given name: another name ("hee-soo lol" is Hee-soo)
    if vowels_only:
        return bool(forms) and all(not all(map(vowels_agree, form, parts)) for form in forms)
    return bool(forms) and all(
        [_onset(t) for t in form] != given or any(map(another_coda, form, parts)) for form in forms
    )  # (a syllable ending in another consonant is another too: "su-hyeon" is not Su-hyeok)


def _joined_with_another_vowel(typed: Sequence[str], name: Sequence[str]) -> bool:
    """Whether one typed word is a hyphenated given name's syllables joined with a vowel no romanization writes for
    the name's ("junsu", "jonsu" for Jin-su, "woojun" for Woo-jin): another given name, one letter off, that a
    resolver forgiving a letter would take for a typo, with its surname too ("lee junsu"). Letters swapped or left
    out ("jisnu", "cheongsna") are typos. `name`: the surname and the given name."""
    joined = fold(name[1]).replace("-", "")
    if len(typed) == 2 and _surname_key(typed[0]) == _surname_key(fold(name[0])):
        typed = typed[1:]
    return (
        len(typed) == 1 and typed[0].isalpha() and typed[0] != joined and len(typed[0]) == len(joined)
        and len(_VOWEL_RUN(typed[0])) == len(_VOWEL_RUN(joined)) == 2 and not vowels_agree(typed[0], joined)
    )


def vowel_core(run: str) -> str:
    """A run of vowels without the glide before it ("yeo" is "eo")."""
    return run.lstrip("wy") or run


def vowels_agree(guess: str, answer: str) -> bool:
    """Whether a romanized word's vowels could be another spelling of the answer's: romanizations
    differ in how they write one vowel (Jeong = Jung = Chung, Hyeok = Hyuk, Soo = Su), never "a" for
    another vowel nor "i" for "o" or "u": "yeongdong" (영동) and "yongdong" are other places than
    Yangdong (양동), not typos of it. Words with different numbers of vowels are left to the typos."""
    ours, theirs = _VOWEL_RUN(guess), _VOWEL_RUN(answer)
    if len(ours) != len(theirs):
        return True
    for a, b in zip(ours, theirs, strict=True):
        a, b = vowel_core(a), vowel_core(b)
        for one, other in ((a, b), (b, a)):
            if one.strip("h") in ("a", "aa") and "a" not in other:
                return False
            if one in ("i", "ee") and not {"i", "e"} & set(other):
                return False
    return True


def glide_added(guess: str, answer: str) -> bool:
    """Whether a romanized word writes a "y" glide before a vowel where the answer's has none: another syllable,
    so another name ("jihyo" 지효 is not Ji-hu 지후, though "o" and "u" are spellings of one vowel elsewhere)."""
    ours, theirs = _VOWEL_RUN(guess), _VOWEL_RUN(answer)
    return len(ours) == len(theirs) and any(
        a[:1] == "y" and b[:1] not in ("y", "w") and (i or not guess.startswith(a)) for i, (a, b) in enumerate(zip(ours, theirs, strict=True))
    )


def _glide_added_to_name(typed: str, name: str) -> bool:
    """`glide_added` for a name typed whole or by its given name alone (compact forms): "park jihyo", "jihyo"."""
    words = [fold(w).replace("-", "") for w in name.split()]
    return any(len(_VOWEL_RUN(typed)) == len(_VOWEL_RUN(form)) and glide_added(typed, form) for form in ("".join(words), words[-1]))


_VOWEL_RUN = compile_later(r"[aeiouwy]+").findall
_VOWELS_SPLIT = compile_later(r"[aeiouwy]+").split
# The final consonants a romanized Korean syllable ends in (ㄱ k, ㄴ n, ㅇ ng, ㄹ l, ㅁ m, ㅂ p, ㄷ t; none).
_CODAS = frozenset({"", "k", "n", "ng", "l", "m", "p", "t"})


def another_coda(guess: str, answer: str) -> bool:
    """Whether a romanized word ends in another final consonant than the answer's: another syllable,
    so another name ("su-hyeon" 수현 is not Su-hyeok 수혁, "ji-hoon" not Ji-hoo). Every romanization
    writes a final consonant alike; an ending none writes ("hyug") is a typo, judged as typos are, and
    so is "n" for "ng", the commonest letter dropped ("yangdon", "rollin stones")."""
    ours, theirs = _VOWELS_SPLIT(guess)[-1], _VOWELS_SPLIT(answer)[-1]
    return ours != theirs and ours in _CODAS and theirs in _CODAS and {ours, theirs} != {"n", "ng"}



def _onset(syllable: str) -> str:
    """A romanised syllable's first consonant, its romanizations one ("kyu" and "gyu", "chan" and "jan")."""
    head = re.match(r"[^aeiouwy]*", syllable)
    letters = head.group(0) if head else ""
    for spellings, key in (("g k kk gh kh", "k"), ("d t tt th", "t"), ("b p pp ph", "p"), ("j jj ch c tch", "j"),
                           ("s ss sh", "s"), ("r l n", "r"), ("h hw", "h")):
        if letters in spellings.split():
            return key
    return letters


# One surname's romanizations (Choi and Cho are two surnames, Cho and Jo one).
_SAME_SURNAME = {
    spelling: group.split()[0]
    for group in (
        "lee yi rhee i ri", "park bak pak", "kim gim", "choi choe", "cho jo", "jung jeong chung", "yoon yun",
        "jang chang", "im lim yim", "oh o", "seo suh", "shin sin", "kwon gwon", "ahn an", "ryu yoo yu you",
        "jeon jun", "chun cheon", "ko go", "moon mun", "son sohn", "bae pae", "baek paek", "heo hur",
        "noh roh no ro", "kang gang", "kwak gwak", "sung seong", "joo ju", "woo wu", "byun byeon", "koo gu",
    )
    for spelling in group.split()
}


def surname_spellings(surname: str) -> tuple[str, ...]:
    """The other romanizations of a Korean surname, of two letters or more ("noh" for Roh)."""
    key = _SAME_SURNAME.get(surname)
    return tuple(s for s, k in _SAME_SURNAME.items() if k == key and s != surname and len(s) >= 2) if key else ()


def _surname_key(surname: str) -> str:
    return _SAME_SURNAME.get(surname) or skeleton(surname)


def _romanise_word(word: str) -> str:
    out: list[str] = []
    syllables = [ord(ch) - _FIRST if _FIRST <= ord(ch) <= _LAST else -1 for ch in word]
    for at, (ch, code) in enumerate(zip(word, syllables, strict=True)):
        if code < 0:
            out.append(ch)
            continue
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        nxt = syllables[at + 1] if at + 1 < len(syllables) else -1
        carried = nxt >= 0 and nxt // 588 == _SILENT and final not in (0, 21)
        out.append(_INITIALS[initial] + _VOWELS[vowel] + (_CARRIED[final] if carried else _FINALS[final]))
    return "".join(out)


def without_ending(word: str, endings: Sequence[str] = _ENDINGS) -> str:
    """`word` without the first of `endings` it ends with (list them longest first) that leaves two
    syllables at least ("청산이요" -> "청산"); `word` itself when none does."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return word


def _stem(word: str) -> str:
    """A hangul word without the ending said after it ("청산이요" -> "청산"), keeping two syllables,
    nor laughter or tears typed onto it ("청산이ㅋㅋ", "아빠ㅠ")."""
    return without_ending(_JAMO_TAIL.sub("", word) or word)


def romanise_token(token: str) -> str:
    """One word of a message in Latin letters (see module docstring); words without hangul unchanged."""
    counted = _COUNTER.match(token) or _COUNTER.match(without_ending(token))  # "7화요": episode 7, said politely
    if counted is not None and counted.group(2) in _COUNTER_PLACES:
        return ordinal(int(counted.group(1))) + _COUNTER_PLACES[counted.group(2)]
    if counted is not None:
        unit = _COUNTER_UNITS.get(counted.group(2))
        return f"{counted.group(1)} {unit}" if unit else counted.group(1)
    if not has_hangul(token):
        return token
    stem = _stem(token)
    for suffix, english in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
            return f"{_romanise_word(stem[: -len(suffix)])} {english}"
    if len(stem) == 3 and stem[0] in _SURNAMES:
        return f"{_SURNAMES[stem[0]]} {_romanise_word(stem[1:])}"
    return _romanise_word(stem)


def stems(tokens: tuple[str, ...]) -> str:
    """The message's words with Korean endings dropped, still in hangul (as the lore knows names)."""
    return " ".join(_stem(t) if has_hangul(t) else t for t in tokens)


def spelled(tokens: list[str]) -> str:
    """An answer's words in Latin letters as they are written, endings and suffixes kept ("지금 우리
    학교는" is "jigeum uri hakgyoneun", "김치" "gimchi")."""
    return " ".join(_romanise_word(t) for t in tokens)


def romanised(tokens: tuple[str, ...]) -> str:
    """The message's words in Latin letters (see module docstring)."""
    return " ".join(romanise_token(t) for t in korean_amounts(tokens))


# Korean large numbers: "5억 6천만" is 560,000,000 (억 = 10^8, 만 = 10^4, 천 = 10^3 before them).
_KOREAN_SCALES = {"억": 10**8, "천만": 10**7, "백만": 10**6, "십만": 10**5, "만": 10**4, "천": 10**3}
_AMOUNT_PART = compile_later(r"(\d+)(" + "|".join(_KOREAN_SCALES) + r")")


def korean_amounts(tokens: Sequence[str]) -> list[str]:
    """The tokens with numbers written in Korean units ("5억", "6천만", "5억6천만") as digits, a run of
    them summed ("5억 6천만" is one number, 560000000: each part smaller than the one before) and a
    counter alone after it said as its unit ("시간": hours)."""
    out: list[str] = []
    last = 0  # the scale of the run's last part (0: no run)
    for token in tokens:
        parts = _AMOUNT_PART.findall(token)
        if parts and "".join(n + u for n, u in parts) == token:
            scales = [_KOREAN_SCALES[u] for _, u in parts]
            value = sum(int(n) * _KOREAN_SCALES[u] for n, u in parts)
            if last and scales[0] < last and all(a > b for a, b in pairwise(scales)):
                out[-1] = str(int(out[-1]) + value)
            else:
                out.append(str(value))
            last = scales[-1]
            continue
        if last and token in _COUNTER_UNITS:
            token = _COUNTER_UNITS[token]  # "5억6천만 시간": hours
        out.append(token)
        last = 0
    return out


# "언니" (older sister) ends as a question does ("-니"): a word of address, never a verb
_OLDER_SISTER = frozenset({"언니"})


def is_korean_talk(word: str) -> bool:
    """A word of a message that is Korean chat (see module docstring)."""
    if _JAMO.match(word) or word in KOREAN_TALK_WORDS or word in HEDGES:
        return True
    if not has_hangul(word):
        return False
    if _JAMO_TAIL.search(word):
        return is_korean_talk(_JAMO_TAIL.sub("", word))  # "몰라ㅋㅋ", "아빠ㅠ"
    stem = _stem(word)
    if stem in KOREAN_TALK_WORDS:
        return True  # "웹툰이", "문제가"
    if not word.endswith(_TALK_ENDINGS) or word in _OLDER_SISTER:
        return False  # "귀남이지" is a name said ("it's Gwi-nam"), "뭐였지" a verb ("what was it")
    return stem == word or stem in KOREAN_TALK_WORDS or stem.endswith(_TENSES)


# (and "must": "봐야지", "해야지"; and the verbs of being and having, which end no name: "상관없지", "맛있지", "같지")
_TENSES = ("였", "었", "았", "겠", "했", "됐", "봤", "웠", "렸", "졌", "야", "없", "있", "같")


def is_korean_predicate(word: str) -> bool:
    """A Korean word that ends a sentence ("뭐였지", "먹고싶다", "끊었다"), not a hedge after a name."""
    return word not in HEDGES and word.endswith(_TALK_ENDINGS) and is_korean_talk(word)
