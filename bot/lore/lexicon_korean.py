"""Who a Korean verb happens to (bot/lore/lexicon.py reads Korean kills, bites and deaths with it), and names typed
as their initials (초성: "ㅊㅅ" for 청산).

Korean puts the verb last and marks who does what with particles, not word order: in "귀남이 온조를 물었어"
(Gwi-nam bit On-jo) 을/를 marks who is bitten and 이/가/은/는 who bites; in "온조가 귀남한테 물렸어" (On-jo was
bitten by Gwi-nam) 한테/에게 marks who bites. Fans often drop the particles ("귀남 청산 물었어"): then the
plain order, subject before object, is read. A text that cannot be read so (a bite with no one bitten, which
may be "asked": 묻다 shares 물었어; a name with 에게 before 물었어, "asked On-jo") is skipped, not guessed.
"""

from __future__ import annotations

import functools
import re
from re import Match

from bot.lore.lexicon_reach import ending_at
from bot.lore.lexicon_subjects import Mentions
from bot.lore.names import hangul_given
from bot.text import HANGUL, HANGUL_WORD, hangul_initial, korean_word

#: The rest of the word a name is written in: its particle ("온조를", "우진이를", "귀남한테").
_WORD_REST = re.compile(HANGUL.pattern + "*")
_OBJECT = re.compile(r"(?:을|를)$")
_AGENT = re.compile(r"(?:한테|에게|한테서|에게서|께)$")  # "bitten by", "killed by"; with 물었어: "asked"
#: What bites someone other than a zombie or a character ("모기한테 물렸어": a mosquito): not the show's bite.
_OTHER_AGENT = re.compile(rf"({HANGUL_WORD.pattern})(?:한테|에게)(?:서)?\s+$")
_ZOMBIE = re.compile(r"좀비")
#: Words that tell the one marked with 을/를 suffers the event (kill) or bites (bite) actively.
_ACTIVE = re.compile(r"죽(?:였|여|이|인|일)|죽임(?!\s?(?:을\s?)?당)|물(?:었|어|고|은|는|잖)|무는|깨?문$|물어뜯"
                     r"|보내(?!(?:기|주기|드리기)\s?(?:싫|아까|힘들))|보냄|보냈|보낸|끝냄|끝냈|끝낸")  # not "죽임 당함": killed
# ("남라가 우진이 끝냄": Nam-ra ended Woo-jin; not "끝내준다", awesome, nor "끝내" with no one ended)
# (not "청산 보내기 싫어": the writer cannot bear to let him go, a death fans mourn, no one's kill)
#: "보내줌" is a kill only said of someone (letting a turned friend go); "문자 보내줌" sends a text.
_SENT = re.compile(r"보(?:내|냄|냈|낸)")
#: "Who" as the subject of a question ("누가 청산이 물어?"): the one named after it is the one it is done to.
_WHO = re.compile(korean_word("누가|누구가"))
#: The one marked as the subject ("남라가"): the doer, when two are named with no object marked.
_SUBJECT = re.compile(r"(?:이가|가)$")
#: For whom, because of whom, whom one protects ("나연이 때문에 희생", "나연이를 위해", "나연이 살리려고", "하리 지키다 물림"):
#: not the one it happens to.
_FOR_WHOM = re.compile(HANGUL.pattern + r"*\s?(?:때문에|땜에|위해|대신|살리려|구하려|지키려|지키다|지키면서|지켜주다|구하다|살리다|감싸다|구하고|살리고|지키고)")
#: A name before what is theirs ("이삭이 좀비됐을때 온조 표정": On-jo's face, watching): an owner, not the one it happens to.
_OWNED = re.compile(r"(?:의)?\s?(?:표정|반응|얼굴|눈빛|리액션|목소리|눈물)")


def protects(sentence: str, end: int) -> bool:
    """Whether the words at `end` tell whom one protects ("우진이 누나 지키다 물림": the sister is protected, so Woo-jin
    is the one it happens to, not only her owner)."""
    return _FOR_WHOM.match(sentence, end) is not None


@functools.lru_cache(maxsize=256)
def _korean(sentence: str) -> bool:
    """Whether `sentence` holds Korean: read once per sentence, not per event word (a long message has hundreds)."""
    return HANGUL.search(sentence) is not None


def for_whom(sentence: str, mentions: Mentions, word_end: int = 0) -> Mentions:
    """`mentions` less the ones a Korean sentence names as whom something is done for ("박쌤 나연이 때문에 희생":
    the sacrifice is Ms. Park's, not Na-yeon's), as English "for Na-yeon" (lexicon_whose.SELF_AFTER), and less a doer
    written after the word ending at `word_end`, as chat adds it ("나연이 좀비됨 귀남한테": by Gwi-nam) when
    someone is named before it."""
    if not _korean(sentence):
        return mentions
    marks = _marks(sentence)  # each name's asked once: a long message asks per event word per name near it
    kept = [m for m in mentions if not (m[1] > m[0] and _marked_for(marks, sentence, m[1]))]
    if word_end and any(m[1] <= word_end for m in kept):
        kept = [m for m in kept if not (m[0] >= word_end and _marked_agent(marks, sentence, m[0], m[1]))]
    return kept


@functools.lru_cache(maxsize=64)
def _marks(sentence: str) -> dict[tuple[int, int], bool]:
    """Each name's particles read so far in `sentence`, by place: filled as asked, kept per sentence."""
    return {}


def _marked_for(marks: dict[tuple[int, int], bool], sentence: str, end: int) -> bool:
    """Whether the name ending at `end` is whom something is done for, or an owner ("때문에", "의 표정")."""
    if (-1, end) not in marks:
        marks[-1, end] = bool(_FOR_WHOM.match(sentence, end) or _OWNED.match(sentence, end))
    return marks[-1, end]


def _marked_agent(marks: dict[tuple[int, int], bool], sentence: str, start: int, end: int) -> bool:
    """Whether the name at `start`:`end` is written as a doer ("귀남한테")."""
    if (start, end) not in marks:
        marks[start, end] = _AGENT.search(sentence[start:end] + _marked(sentence, end)) is not None
    return marks[start, end]
#: Whom each role's event is, per the kind of the verb's word: (the doer's kind, the sufferer's kind).
_ROLES = {"kill": ("kill", "death"), "bite": ("bite", "bitten"), "death": ("kill", "death")}


def _marked(sentence: str, mention_end: int) -> str:
    """The name's word as written, particle included ("우진이를")."""
    rest = _WORD_REST.match(sentence, mention_end)
    return rest.group(0) if rest else ""


def korean_roles(sentence: str, mentions: Mentions, match: Match[str], group: str) -> list[tuple[str, str]] | None:
    """(character, kind of event) for each one a Korean word of `group` happens to or is done by, read from
    the particles of the names before it; None when the word is not Korean (or a death with no one marked
    as its agent: read as any other word)."""
    if group not in _ROLES or not HANGUL.match(match.group(0)):
        return None
    doer_kind, sufferer_kind = _ROLES[group]
    before = [m for m in mentions if m[0] < m[1] <= match.start() and not m[3] and not m[4]]
    if not before:
        return None  # no one named before it ("he", whom the text is about): read as any other word
    particles = [sentence[m[0]:m[1]] + _marked(sentence, m[1]) for m in before]
    agents = [m for m, p in zip(before, particles, strict=True) if _AGENT.search(p)]
    objects = [m for m, p in zip(before, particles, strict=True) if _OBJECT.search(p)]
    others = [m for m in before if m not in agents and m not in objects]
    if _ACTIVE.match(match.group(0)):
        sent = _SENT.match(match.group(0)) is not None
        if agents and (group == "bite" or sent):
            return []  # "온조에게 물었어": asked On-jo; "온조한테 보내줌": sent to On-jo
        if sent and not objects and len(others) < 2:
            return []  # "남라가 문자 보내줌": a text sent
        subjects = [m for m, p in zip(before, particles, strict=True) if m in others and _SUBJECT.search(p)]
        if not objects and len(others) >= 2 and len(subjects) == 1:
            objects = [m for m in others if m is not subjects[0]][-1:]  # "우진이 남라가 보내줌": 가 marks the doer
            others = subjects
        elif not objects and len(others) >= 2:
            objects = others[-1:]  # "귀남 청산 물었어": subject, object, verb
            others = others[:-1]
        if not objects and len(others) == 1 and _WHO.search(sentence, 0, others[0][0]):
            objects, others = others, []  # "누가 청산이 물어?": who bites Cheong-san; 누가 is the doer asked
        if not objects and (group == "bite" or len(others) != 1):
            return []  # "남라가 물었어" may be "asked"; whom no one can tell
        doers = others[-1:]
        return [(c, doer_kind) for m in doers for c in sorted(m[2])] + [(c, sufferer_kind) for m in objects[-1:] for c in sorted(m[2])]
    other_agent = ending_at(_OTHER_AGENT, sentence, match.start(), 1)  # one word, glued to 한테: not the whole sentence before
    if other_agent and not _ZOMBIE.search(other_agent.group(1)) and not agents:
        return []  # "남라 모기한테 물렸어": a mosquito's bite
    if not agents:
        return None if group == "death" else [(c, sufferer_kind) for m in others[-1:] for c in sorted(m[2])]
    sufferers = others[-1:]  # "온조가 귀남한테 물렸어": On-jo is bitten, by Gwi-nam
    return [(c, doer_kind) for m in agents[-1:] for c in sorted(m[2])] + [(c, sufferer_kind) for m in sufferers for c in sorted(m[2])]


# -- names typed as their initial consonants (초성) --------------------------------------------------
# Fans write a name as its first consonants ("ㅊㅅ이 ㅅㅁ": 청산이 사망). A pair that chat uses for a word of its own
# (ㅇㅈ 인정, ㄱㄴ 가능, ㄹㅇ 리얼, ㅈㅅ 죄송, ㄱㅅ 감사, ㅈㅁ 잠만, ...) or that the lexicon reads as an event (ㅈㅇ, ㅅㅁ, ㅎㅅ) is
# never a name; two characters sharing a pair (ㅊㅅ: 청산, 철수) are read as the one the pack lists first (the
# main cast first: fans abbreviate the names they type most).
_CHAT_INITIALS = frozenset(
    "ㅇㅈ ㄱㄴ ㄹㅇ ㅈㅅ ㄱㅅ ㅊㅋ ㅇㅋ ㄴㄴ ㅇㅇ ㅂㅂ ㅅㄱ ㄷㄷ ㅎㅇ ㄱㄱ ㅈㅂ ㅁㅊ ㅅㅂ ㅈㄴ ㅁㄹ ㅇㄷ ㄴㅇ ㅂㅇ ㅎㄹ ㄱㄷ ㅍㅇ ㅊㅊ"
    " ㄱㅊ ㅈㄹ ㅉㅉ ㅇㄴ ㄴㄷ ㅅㅍ ㅈㅇ ㅅㅁ ㅎㅅ ㄲㅈ ㄷㅊ ㅎㄷ ㅇㅎ ㅁㅇ ㄱㅇㄷ ㅊㄱ ㅂㄹ ㄷㅈ ㅈㄱ ㄴㅁ ㅇㅂ ㅅㅌ ㅁㅈ ㅈㅁ".split())
#: Pairs the lexicon reads as an event: never a name.
_EVENT_INITIALS = frozenset({"ㅈㅇ", "ㅅㅁ", "ㅎㅅ"})
#: A subject's or object's particle right after a pair chat also uses ("ㄱㄴ이 ㅊㅅ 물었을 때": 귀남이, not 가능).
_PARTICLE = re.compile(rf"(?:이가|이랑|이를|이한테|이|가|한테|에게|을|를|랑)(?!{HANGUL.pattern})")
#: A relative right after a pair chat also uses ("ㅇㅈ아빠": 온조 아빠, not 인정).
_KIN = re.compile(r"(?:아빠|엄마|아버지|어머니|동생|언니|오빠|누나|형)")
#: A pair chat also uses opening the text before "in the end" ("ㄴㅇ 결국 좀비됨": 나연, not a chat word): a name.
_IN_THE_END = re.compile(r"\s+(?:결국|끝내|드디어)(?:엔|에는)?\s")
#: Two initials standing alone, a particle allowed after them ("ㅊㅅ이", "ㄴㄹ가").
INITIALS = re.compile(r"(?<![ㄱ-ㅎㅏ-ㅣ\uac00-\ud7a3])[ㄱ-ㅎ]{2}(?![ㄱ-ㅎㅏ-ㅣ])")


def initials_of(hangul_names: list[str]) -> dict[str, str]:
    """Initials -> the given name they stand for, from the characters' Korean names in pack order ("이청산": ㅊㅅ -> 청산)."""
    found: dict[str, str] = {}
    for name in hangul_names:
        if given := hangul_given(name):
            key = "".join(map(hangul_initial, given))
            if key not in _EVENT_INITIALS:
                found.setdefault(key, given)
    return found


def spell_initials(text: str, names: dict[str, str]) -> str:
    """`text` with each name typed as its initials written out (the same length: offsets do not move)."""
    if not names or not INITIALS.search(text):
        return text
    return INITIALS.sub(lambda m: names.get(m.group(0), m.group(0)) if m.group(0) not in _CHAT_INITIALS
                        or _PARTICLE.match(text, m.end()) or _KIN.match(text, m.end())
                        or (m.start() == 0 and _IN_THE_END.match(text, m.end())) else m.group(0), text)
