"""Questions /ask declines before reading them for an answer, saying why, rather than guess:

- a Korean word it does not know ("청산이 뻘짓 몇 화야?"): "I didn't understand “뻘짓”", never an
  answer built from the words around it (the unknown word may be the whole question);
- pictures asked for ("are there pictures of the set", "any pics of the cast?"): answers are words, and
  a claim about photos (filming photos said to be from September 2022) answers no such request;
- "this" asked about with nothing to say what it is ("what ep is this", "[this scene](https://...)
  what ep is it"): a pasted link or picture the bot cannot see, never a guessed episode;
- the cast's private lives ("who is nam-ra's boyfriend in real life", "is lomon dating anyone irl"):
  the sources say nothing of them, and a character's partner is no answer about an actor's.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.korean_glosses import unglossed_korean
from bot.lore.answer.result import CAPABILITIES, Answer, Part, dont_know
from bot.lore.names import NameResolver
from bot.text import HANGUL_WORD

# Particles and endings that may close a Korean word; what is left once they go is the word.
_ENDINGS = tuple(sorted(
    """이었어 였어 했어 했니 했냐 해요 해서 에서 이야 이랑 한테 까지 부터 으로 처럼 보다 이나 이에요 예요 인가 인데
    거야 건데 는데 야 어 아 요 에 가 이 은 는 을 를 랑 도 만 로 의 서 지 냐 니 나 고 와 과 께 해 돼 됨 임 함""".split(),
    key=len, reverse=True))
# Words of a question that ask nothing by themselves, or that the engine reads some other way.
_KNOWN = frozenset(
    """지우학 지우학은 어떻게 어케 진짜 정말 혹시 근데 그럼 그래서 그리고 아니 제발 그냥 다시 결국 원래 혹시나 그거 이거 저거
    있어 없어 있냐 없냐 있음 없음 됐어 되어 된 되는 갔어 가는 하는 했던 그랬어 그래 알려줘 알려 궁금해 궁금 말해줘
    나와 나오는 나왔어 나오 보여줘 누구누구 언제쯤 어디서 어디로 어디에 무엇 무슨 어느 뭐야 뭐지 뭔데 뭐임 어때
    사람 사람들 애들 친구 친구들 배우 역할 캐릭터 장면 드라마 넷플릭스 시즌 에피소드 마지막 처음 끝에 결말
    직업 나이 생일 이름 성 혈액형 혈액 국적 성격 가족 관계 사이 남자친구 여자친구 남친 여친 키 몸무게 취미 학년 반
    조끼 안경 교복 머리 머리색 옷 색 색깔 입어 입었어 입은 쓴 썼어 다른 작품 같은 또
    되는거 되는건 되는게 된거 된건 된게 하는거 하는건 한거 나중 나중에 이후 이후에 앞으로 다음에""".split()
)
# Nouns that stay on that list: what a question asks of someone (직업, 나이), which the engine answers
# from what it knows of them, or says it does not know, as it does in English.

_IN_REAL_LIFE = compile_later(r"\b(?:in real life|irl|real life|off ?screen|off-screen|in reality|outside (?:of )?the show)\b")
_PRIVATE = compile_later(
    r"\b(?:boyfriend|girlfriend|bf|gf|dating|date|dated|dates|married|marry|marries|wife|husband|spouse|"
    r"partner|couple|together|in love|relationship|crush|kids|children)\b"
)

_PICTURES = r"(?:photos?|pictures?|pics?|images?|stills?|screenshots?|gifs?|wallpapers?|selfies?)"
_PICTURES_ASKED = compile_later(
    rf"^\W*(?:so |and |ok |hey |pls |please )?(?:(?:are|is) there (?:any |some )?(?:good )?{_PICTURES}"
    rf"|(?:any|some|got any|have any|u have|you have) (?:good )?{_PICTURES}"
    rf"|(?:where|how) (?:can|could|do|would) (?:i|we|you|u) (?:see|find|get|look at|download) (?:any |some |the )?{_PICTURES}"
    rf"|(?:can you |could you |pls |please )?(?:send|show|post|give)(?: me| us)? (?:a |an |any |some |the )?{_PICTURES}"
    rf"|{_PICTURES} (?:of|from) )"
)

_SHOWN = r"(?:scene|clip|video|vid|pic|picture|photo|gif|part|one|moment|screenshot)"
_ONLY_THIS = compile_later(
    rf"^\W*(?:(?:this|that) {_SHOWN}\W*)?(?:so |ok |okay |guys |hey |pls |please |wait )?"
    r"(?:(?:what|which|wat|wich|wht) (?:ep|eps|episode|epi|scene|season|part)(?: number| no)? (?:is|was|s|'s|are|r) (?:this|that|it|these)"
    r"|(?:what|which|wat|wich|wht) (?:ep|eps|episode|epi) (?:is|was|'s) (?:this|that) " + _SHOWN + r" (?:from|in)"
    r"|who(?: is|'s|s| are) (?:this|that|these)"
    r"|(?:where|what)(?: is|'s|s) (?:this|that|it) from)"
    rf"(?: {_SHOWN}| from| in| again| pls| please| lol| guys)*\W*$"
)




def unknown_korean_word(text: str, resolver: NameResolver) -> str | None:
    """The first Korean word of `text` that is neither a name, nor glossed (even in part), nor a known filler."""
    if HANGUL_WORD.search(text) is None:
        return None
    for mention in sorted(resolver.mentions(text), key=lambda m: -m.start):
        text = text[:mention.start] + " " + text[mention.end:]
    left = set(unglossed_korean(text))
    # a word read in part ("감염시켰어": 감염 is "infected") is understood; only a word left whole counts
    words: list[str] = HANGUL_WORD.findall(text)  # (the names already taken out)
    for word in (w for w in words if w in left and unglossed_korean(w) == [w]):
        stem = word
        while stem not in _KNOWN and (ending := next((e for e in _ENDINGS if stem.endswith(e) and len(stem) > len(e)),
                                                     None)) is not None:
            stem = stem[: -len(ending)]
        if len(stem) >= 2 and stem not in _KNOWN and word not in _KNOWN:
            return word
    return None


def refused(question: str, text: str, resolver: NameResolver) -> Answer | None:
    """The refusal `text` (the question as read) gets before any reading, or None."""
    folded = text.casefold()
    if _IN_REAL_LIFE.search(folded) and _PRIVATE.search(folded):
        return dont_know(question, "about the actors' private lives")
    if _PICTURES_ASKED.search(folded) and not re.search(r"\b20\d\d\b", folded):
        said = f"I can't show or look up pictures: I answer in words, from my sources. I can answer questions about {CAPABILITIES}."
        return Answer(question, False, [Part(said)], "unknown")
    if _ONLY_THIS.match(folded):
        said = ("I can't see pictures, videos or links, so I don't know what \u201cthis\u201d is. Tell me what happens in it, "
                "for example \u201cwhat ep does Nam-ra get bitten\u201d.")
        return Answer(question, False, [Part(said)], "unknown")
    if (word := unknown_korean_word(text, resolver)) is not None:
        # the example gives nothing away ("청산이 몇 화에서 죽어?" would tell a new viewer he dies)
        said = (f"I didn't understand \u201c{word}\u201d. Try other words, for example \u201c남라 배우 누구야?\u201d "
                f"or \u201cwho plays On-jo?\u201d. I can answer questions about {CAPABILITIES}.")
        return Answer(question, False, [Part(said)], "unknown")
    return None
