"""Korean as fans type it in chat, put in the forms the glosses read (korean_glosses.py `gloss_korean`).

Discord Korean closes a question with a noun-like ending (-음/-함/-됨/-임: "나옴?", "만듦?",
"어떻게 됨", "누구임"), with -냐/-니/-나요 ("죽냐", "죽나요"), or with a copula glued to a noun
("소방관이야", "소방관인가요"), and runs words together ("온조아빠"). The glosses know the plain
반말 forms ("나와", "죽어", "돼", "이야"); this turns the chat forms into them, only at the end of a
clause (where the verb of a question stands), so a noun inside a question ("이름", "사람") is kept.
It also reads a few chat words no gloss had ("세트장", "소방관", "쌤").
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.korean_glosses import unglossed_korean
from bot.text import HANGUL, HANGUL_WORD, JAMO, korean_word

_BASE = 0xAC00
_MIEUM = 16  # the final ㅁ of a syllable
# ㅋ, ㅠ as typed, or as the Hangul jamo NFKC makes of them; and what closes a clause: spaces, marks and those.
_CLOSING = rf"[\s?!.~{JAMO}]*"
# The last word of a clause: followed by the end, a question or exclamation mark, ㅋㅋ/ㅠㅠ, or an emoji.
_LAST_WORD = compile_later(rf"({HANGUL_WORD.pattern})(?={_CLOSING}(?:$|[^\w\s]))")
# A run of ㅠㅠ/ㅋㅋ before the next sentence ends a clause too ("시즌2 언제 나옴 ㅠㅠ 아직도 날짜 안나왔어?").
_BEFORE_CRYING = compile_later(rf"({HANGUL_WORD.pattern})(?=\s+[{JAMO}]+\s)")

# Whole chat endings of verbs the glosses read in their 반말 form (longest first); a copula (이…)
# only after a noun ("소방관인가요").
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("인가요", "이야"), ("인가", "이야"), ("임", "이야"), ("이에요", "이야"), ("입니까", "이야"), ("이냐", "이야"), ("이니", "이야"),
    ("나옴", "나와"), ("나오냐", "나와"), ("나오나요", "나와요"), ("나오니", "나와"),
    ("끝남", "끝나"), ("끝났음", "끝났어"), ("끝나요", "끝나"), ("끝나나요", "끝나"), ("끝나냐", "끝나"), ("끝나니", "끝나"), ("만듦", "만들었어"), ("만들었음", "만들었어"),
    ("됨", "돼"), ("되냐", "돼"), ("되나요", "돼요"), ("되니", "돼"),
    ("함", "해"), ("하냐", "해"), ("하나요", "해요"), ("하니", "해"),
    ("봄", "봐"), ("물림", "물려"), ("찔림", "찔려"), ("죽음", "죽어"), ("죽임", "죽였어"), ("찌름", "찔렀어"),
)
# After a syllable that closes on a consonant, these endings are the plain -어: "죽냐", "했음",
# "있나요" are "죽어", "했어", "있어요", "받았어".
_AFTER_CONSONANT = (("나요", "어요"), ("냐", "어"), ("음", "어"))
# Nouns that end as a chat verb does ("12화 러닝타임", "오징어게임").
_NOUNS = ("게임", "타임", "처음", "다음", "마음", "이름")
# Chat words no gloss reads, and words typed together that fans also type apart.
_WORDS: tuple[tuple[str, str], ...] = (
    ("교장선생님", " principal "), ("교장 선생님", " principal "), ("교장쌤", " principal "), ("교장 쌤", " principal "),
    ("찔렀", " stabbed "), ("찔럿", " stabbed "), ("찔러", " stabbed "), ("찔려", " stabbed "), ("찔렸", " stabbed "),
    ("불지름", " set fire to "), ("불 지름", " set fire to "), ("불질렀", " set fire "), ("불지른", " set fire to "),
    ("버리", " abandoned "), ("버렸", " abandoned "), ("버린", " abandoned "), ("별명", " nickname "),
    ("교무실", " school office "), ("사령관", " commander "), ("국회의원", " assemblywoman "), ("배경", " setting "),
    ("다름", " different "), ("달라", " different "), ("다르", " different "), ("예고편", " trailer "), ("트레일러", " trailer "), ("티저", " trailer "),
    ("몇시간", " how many hours "), ("몇 시간", " how many hours "), ("시청시간", " viewing hours "), ("첫주", " first week "), ("첫 주", " first week "),
    ("낳", " give birth "), ("절친", " best friend "), ("베프", " best friend "), ("무기", " weapon "),
    ("세트장", " set "), ("세트", " set "), ("소방관", " firefighter "), ("소방대원", " firefighter "),
    ("백상", " baeksang award "), ("연재", " published "), ("쌤", " teacher "), ("몇층", " how many floors "), ("몇 층", " how many floors "), ("층", " floors "),
    ("받았", " won "), ("받은", " won "), ("수상", " won an award "),
    ("새 캐릭터", " new character "), ("새 배우", " new actor "), ("새 인물", " new character "),
)
# "시즌2 청산이 나와?" says what "청산이 시즌2 나와?" says (is he in season 2), which the glosses read;
# never when a question word is in it ("시즌2 언제 나와": when it comes out).
_SEASON_FIRST = compile_later(
    r"^\s*(시즌\s*\d)(?:에서는|에서|에는|에|엔)?\s+(?![^?]*(?:언제|몇|어디|누구|누가|뭐|무슨|왜))(\S[^?]*?)\s+"
    rf"(나와|나오\S*|나옴|출연\S*)(\s*[?!.~{JAMO}]*\s*)$")
# "s2", "S 2", "season 2" in a Korean question (its particle kept: "s2에"): 시즌2, as the glosses read it
_SEASON_TYPED = compile_later(r"(?<![A-Za-z0-9])(?:[sS]|[sS]eason)\s*(\d)(?![0-9])(?!\s*[eE]\s*\d)")
# 초성 said before a question or as a word of its own ("ㄹㅇ 청산이 시즌2 나옴?", "ㅇㅇ", "ㅋㅋ"): said, not asked.
_CHOSEONG = compile_later(rf"(?:^|(?<=\s))[{JAMO}]+(?=\s)")
# Hearsay: "시즌2 3월에 나온다는데 진짜야?", "귀남이 나온다는 거 진짜임?": what was heard, asked ("나와?"); the
# rumour is answered as sure as its source either way.
_HEARSAY = compile_later(rf"({HANGUL_WORD.pattern}?)다(?:는데|던데|는\s?거|는게|며|더라|고\s?하던데|대)"
                      r"(?:\s*(?:진짜|사실|정말|레알|맞)" + HANGUL.pattern + r"*)?")
# ... and who it was heard from, said first ("친구가 수혁이 죽는대 진짜야?", "누가 그러는데 ..."): no part of the claim
_TELLER = compile_later(r"^\s*(?:(?:내|제|우리)\s*)?(?:친구|친구들|동생|언니|오빠|형|누나|엄마|아빠|사람들|애들|누가)(?:가|이|들이)\s+"
                        r"(?=\S.*(?:대|래|다던데|다는데|다며|더라|다고)(?:\s|[?!.~]|$))")
_HEARD = {"나온": "나와", "나왔": "나왔어", "죽는": "죽어", "죽었": "죽었어", "돌아온": "돌아와", "산": "살아", "살아있": "살아있어",
          "끝났": "끝났어", "한": "해", "된": "돼", "찍는": "찍어", "들어간": "들어가"}
# "시즌2 며칠 남았어?", "시즌2 디데이 며칠 남음", "시즌2 공개까지 얼마나 남음": a countdown, asked as when it comes out (a date is what it needs)
_DAYS_LEFT = compile_later(r"(시즌\s*\d)\S*\s*(?:(?:공개|출시|나오기|방영)\S*\s*)?(?:(?:디데이|[dD]-?day)\s*)?(?:며칠|몇\s*일|얼마(?:나)?|몇\s*주|몇\s*달|몇\s*개월)"
                           r"\s*(?:더\s*)?남\S*")
# "남라 배우 시즌2 나와?": whoever plays her, in season 2, is she in it
_ACTOR_IN_SEASON = compile_later(r"(?<=\S)\s*(?:역\s*)?배우(?:도|는)?\s+(?=시즌\s*\d\S*\s+(?:나와|나오|나옴|출연|복귀))")
# "시즌2 나오긴 함?": is it coming at all (renewed), never "has it come out yet".
_AT_ALL = compile_later(r"나오긴\s*(?:하|해|함|할)\S*")
# "웹툰 몇화임?": how many episodes the webtoon has, as "웹툰 몇 화까지" asks.
_WEBTOON_EPISODES = compile_later(r"(웹툰|원작)(?:은|는)?\s*(?:총\s*)?몇\s*화(?!\S*에)")
# "영어 제목 뭐임": the English title; "어디서 봄?", "어디서 봐요": where to watch it.
_ENGLISH_TITLE = compile_later(r"영어\s*제목(?:이|은)?(?:\s*(?:뭐|머)\S*)?")
_WATCH = compile_later(korean_word("봐(?:요)?"))
_KIN = compile_later(rf"(?<!{HANGUL.pattern})({HANGUL.pattern}{{2,3}}?)(?<!남자)(?<!여자)(?<!남)(?<!여)"
                  r"(아빠|엄마|남동생|여동생|동생|아들|딸|언니|오빠|누나|여자친구|남자친구|친구)(?=\s|$|[^\w])")


def _read(word: str) -> bool:
    """Whether the glosses read any of `word`."""
    return unglossed_korean(word) != [word] or any(k in word for k, _ in _WORDS)


def closes_on_consonant(syllable: str) -> bool:
    """Whether a Hangul syllable has a final consonant (받침), which picks a particle's or an ending's form."""
    return (ord(syllable) - _BASE) % 28 != 0


def _plain(word: str) -> str:
    """A clause's last word in the 반말 form the glosses read, or the word as typed."""
    if word.endswith(_NOUNS):
        return word
    for chat, plain in _ENDINGS:
        if word.endswith(chat) and (len(word) > len(chat) or not chat.startswith("이")):
            return word[: -len(chat)] + plain
    if (ord(word[-1]) - _BASE) % 28 == _MIEUM and _read(stem := word[:-1] + chr(ord(word[-1]) - _MIEUM)) and not _read(word):
        return stem  # "사귐" -> "사귀" (dating): a verb's -ㅁ form, its stem glossed
    for chat, plain in _AFTER_CONSONANT:
        head = word[: -len(chat)]
        if word.endswith(chat) and head and closes_on_consonant(head[-1]):
            return head + plain
    return word

# "13살이 봐도 돼?", "12살 아들이 봐도 되나요?": a viewer's age, asked as the rating ("can a 13 year old watch it");
# "13살 딸이 온조 좋아하는데 배우 누구야?": the age of someone of the asker's, no part of the question
_KID = r"(?:딸|아들|남동생|여동생|동생|조카|애|아이|애기)"
_AGE_WATCH = compile_later(rf"(?:우리\s*)?(\d{{1,2}})\s*살(?:\s*짜리|인)?\s*(?:{_KID})?(?:이|가|도|은|는)?\s*(?:이거|이\s*드라마|지우학)?\s*"
                           r"(?:봐도|보여\s*줘도|볼\s*수\s*있|시청해도)\s*(?:돼|되|될|괜찮|있)?[^\s?!.]*")
_KID_AGED = compile_later(rf"(\d{{1,2}})\s*살(?:\s*짜리|인)?\s+(?={_KID})")


# "귀남 눈 찌른 사람 누구야", "경수 감염시킨 애 누구", "온조 구한 사람": the one who did the deed ("...ㄴ 사람" is "the person
# who ..."), asked as "누가 귀남 눈 찔렀어" is; only a verb whose past `_past` can say and the glosses read, after the
# words it was done to
_DOER = compile_later(r"^\s*((?:(?!누가|누구|언제|어디|왜|몇)\S+\s+)+?)(\S*[인킨린른한신준문])\s*(?:사람|애|놈|새끼|녀석|인물|캐릭터|학생|분|좀비)(?:들)?"
                      rf"(?:은|는|이|가|이야|임|이에요|예요)?\s*(?:누구(?:야|임|이야|예요|에요|냐|지|세요|신가요)?|누군데|누구였지)?{_CLOSING}$")
# "귀남이가 문 사람 누구야", "귀남이 문 사람": 문 (물다's relative form) after a subject said with 가 or 이 is whom that one
# bit, said as "귀남이가 물은 사람" is (korean_glosses.py `_BITTEN_BY`); the particle is gone once the name is found, so
# read here (with no particle, "남라 문 사람", the one named was bitten: `_DOER` asks who bit her)
_BIT_BY_SUBJECT = compile_later(r"(?<=\S[가이])\s+문(?=\s*(?:사람|애|캐릭터|학생|친구))")
# "남라한테 죽은 애 누구야": the one who died at Nam-ra's hands is whom she killed ("남라가 죽인 애")
_KILLED_BY = compile_later(r"(?<=\S)(?:한테|에게)\s+죽은(?=\s*(?:사람|애|캐릭터|학생|친구))")
# "시즌2 다 끝남?": whether it is all over (끝났어), never when it ends ("언제 끝남" keeps its 끝나); "시즌2 다 나왔어?"
# (all of it out) asks the same, never "is it out" (Part 1 alone is not all of it); only after the season's name
_ALL_OVER = compile_later(rf"(?<!\S)다\s*끝남(?={_CLOSING}$)|(?<=시즌2)\s*(?:는|은)?\s*(?:이제\s*)?다\s*(?:나왔어|나옴|나왔냐|나왔음|나왔나요|나왔어요)(?={_CLOSING}$)")
_SSANG_SIOT, _RIEUL, _NIEUN = 20, 8, 4


def _syllable(initial: int, vowel: int, final: int) -> str:
    return chr(_BASE + (initial * 21 + vowel) * 28 + final)


# The relative forms of ㄹ-stem verbs the glosses read, whose ㄹ falls before ㄴ (물다 -> 문), as a whole word only: 문
# alone after a name, never the door inside a longer clause ("옥상 문 잠근 애": 잠근 is the verb)
_L_DROPPED = {"문": "물었어"}


def _past(word: str) -> str | None:
    """The plain past ("찔렀어") of a verb's past relative form ("찌른"), or None when no rule here says it: 하다 verbs
    (한 -> 했), an ㅣ stem (죽인 -> 죽였, 시킨 -> 시켰) and a 르 stem (찌른 -> 찔렀)."""
    if word.endswith("신") and len(word) > 1 and "가" <= word[-2] <= "힣" and not closes_on_consonant(word[-2]):
        word = word[:-2] + chr(ord(word[-2]) + _NIEUN)  # the honorific 시 ("찌르신 분" is "찌른 사람" said politely)
    code = ord(word[-1]) - _BASE
    initial, vowel, final = code // 588, code // 28 % 21, code % 28
    if final != _NIEUN:
        return None
    if word[-1] == "한":
        return word[:-1] + "했어"
    if word[-1] == "준" and len(word) > 1:  # 주다 after a verb ("구해준" -> "구해줬어": saved for someone)
        return word[:-1] + "줬어"
    if word in _L_DROPPED:  # an ㄹ stem's ㄹ gone before ㄴ ("남라 문 사람": who bit Nam-ra), said whole
        return _L_DROPPED[word]
    if vowel == 20:  # ㅣ
        return word[:-1] + _syllable(initial, 6, _SSANG_SIOT) + "어"  # ㅕ
    if word[-1] == "른" and len(word) > 1 and not closes_on_consonant(word[-2]):
        return word[:-2] + chr(ord(word[-2]) + _RIEUL) + "렀어"
    return None


def _doer_asked(match: re.Match[str]) -> str:
    done_to, last = match.group(1), match.group(1).split()[-1]
    if "한테" in done_to or "에게" in done_to or (len(last) > 1 and last.endswith(("이", "가"))):
        # "귀남한테 물린 애들": those it was done to (korean_glosses.py); "청산이 구한 사람": 이 may be the subject's
        # particle ("the one Cheong-san saved"), so never read as who saved him
        return match.group(0)
    past = _past(match.group(2))
    asked = f"누가 {done_to}{past}?"
    unread = past is None or (not _read(past) and past in unglossed_korean(asked))  # ("불 질렀어": read with its 불)
    return match.group(0) if unread else asked


def plain_korean(text: str) -> str:
    """`text` with its chat Korean put as the glosses read it ("시즌2 언제 나옴?" -> "시즌2 언제 나와?")."""
    if HANGUL.search(text) is None:
        return text
    text = _CHOSEONG.sub(" ", _BEFORE_CRYING.sub(lambda m: _plain(m.group(1)), text)).strip()
    text = _KID_AGED.sub("", _AGE_WATCH.sub(r" can a \1 year old watch it ", text))  # "13살이 봐도 돼?"
    text = _KIN.sub(r"\1 \2", _TELLER.sub("", text))  # "온조아빠" -> "온조 아빠"; "친구가 ...대": the teller left out
    text = _HEARSAY.sub(lambda m: _HEARD[m.group(1)] if m.group(1) in _HEARD else m.group(0), text)
    text = _DAYS_LEFT.sub(r"\1 언제 나와", _SEASON_TYPED.sub(r"시즌\1", text))
    text = _ACTOR_IN_SEASON.sub(" ", text)  # "청산이 s2 나와?", "season 2에 온조 나옴?": the season as 시즌 says it
    text = _SEASON_FIRST.sub(r"\2 \1 \3\4", text)
    text = _ALL_OVER.sub(" 다 끝났어", text) if "끝남" in text or "나" in text else text
    text = _BIT_BY_SUBJECT.sub(" 물은", text) if "문" in text else text
    text = _KILLED_BY.sub("가 죽인", text) if "죽은" in text else text
    text = _DOER.sub(_doer_asked, _LAST_WORD.sub(lambda m: _plain(m.group(1)), text))
    text = _WATCH.sub(" watch ", _ENGLISH_TITLE.sub(" what is the english title ", text))
    text = _WEBTOON_EPISODES.sub(r"\1 몇 화까지", _AT_ALL.sub(" happening", text))
    for korean, english in _WORDS:
        if korean in text:
            text = text.replace(korean, english)
    return text
