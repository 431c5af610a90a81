"""Where a message's question is, and what kind it asks, for the spoiler guard (plain Python).

The question an answer answers is the lines it quotes, the question the same message asks first, or the last sentence
of the text it replies to ending in "?" (bot/lore/guard_answers.py reads the answer with it). A closed question (yes or
no) opens with a verb; an open one asks who, what, when or which; the chat's filler before either ("wait so does ...",
"guys is ...") is no part of it.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.text import THAI_ASKS

# words that open a chat line without being part of its question ("wait so does ...", "guys is ...", "spoiler: yes", whose
# word hides nothing without bars; "i'm dying 😭 yes", "i was dying, yes": the writer's tears before the answer)
# (Korean "in the end", "but" and "I wondered too" (then learnt) too: "결국 죽어", "나두 궁금했는데 결국 죽어"; Italian "eh sì",
# "beh sì": well, yes)
FILLER = (r"(?:(?:so|wait|ok|okay|but|and|eh|beh|(?:you |u |ya )?guys|y'?all|(?:gente|galera|pessoal|chic[oa]s|les gars|ragazzi|raga)(?=\s*[,!.])|btw|hey|um|uh|also|then|lol|omg|pls|please|<@!?\d+>|@\w+|결국(?:엔|은)?|끝내"
          r"|마지막에(?:는|엔)?|근데|그런데|(?:나|저)(?:도|두)\s?궁금했(?:어|어요|는데|었는데|지만)?)[\s,.!]+"
          r"|spoilers?(?: alert| warning)?[\s,.!:-]+|(?:i (?:was|am)|i['’]?m|im) (?:dying|crying|sobbing)[\s,.!😭💀]+)*")
# a closed (yes / no) question opens with a verb; one that asks who, when or which wants a name or a number
WH = compile_later(
    r"(?i)(?:^|[\s,¿])(?:who|whom|whose|what|which|when|where|why|how|quién(?:es)?|quien|cuándo|cuando|cuál|cual|qué"
    r"|dónde|quem|quando|qual|quais|onde|sino|kanino|kailan|alin|saan|paano|bakit|siapa|kapan|berapa|gimana|bagaimana|kenapa"
    r"|qui|quand|lequel|laquelle|lesquels|lesquelles|quel|quelle|quels|quelles|où|pourquoi|combien|wer|wen|wem|wessen|wann"
    r"|welche[rsnm]?|wo|warum|wieso|누가|누구|언제|몇|어디|왜|무슨|谁|誰|哪|什么|几|いつ|何)(?=\W|$)"
    r"|(?:^|[\s,])(?:ใคร|เมื่อไหร่|ตอนไหน)")  # Thai runs on unspaced: "ใครตายตอนจบ" (who dies at the end)
CLOSED = compile_later(
    rf"(?i)^[\s¿]*{FILLER}(?:is|isn'?t|are|aren'?t|was|wasn'?t|were|does|doesn'?t|do|don'?t|did|didn'?t|will|won'?t"
    r"|would|can|could|has|have|should)\b")
OPENER = compile_later(rf"(?i)^\s*{FILLER}")
_FORBIDS = compile_later(rf"(?i)^\s*{FILLER}(?:don'?t|do not)\s+(?!(?:you|u|they|we|i|he|she|it|y'?all)\b)")
# a Thai yes-or-no question, which ends in its particle, seldom a "?" ("ชองซานตายไหม", "อูจินตายมั้ย")
_THAI_ASKS = compile_later(rf"(?:{THAI_ASKS}|เหรอ|หรอ)\s*$")
QUESTION_END = re.compile(r"[?？]+")
_STOP = re.compile(r"(?<!\d)\.|\.(?!\d)|[!\n?？]")  # where a sentence ends: not a number's point ("what happens in 2.04?")
QUOTE = re.compile(r"^\s*>>?>? ?")
WORD = compile_later(r"\w+")


def asks_open(asked: str) -> bool:
    """Whether a question opens asking who, what or when ("who's watching tonight"), which no "no she doesn't" answers."""
    return WH.match(OPENER.sub("", asked.lstrip(" ¿"), count=1)) is not None and not CLOSED.search(asked)


def asked_in(text: str) -> tuple[str, str] | None:
    """The first question a message asks itself and its answer: lines it quotes ("> question") and
    what follows them, or a question and what follows it on its line ("is X ok? not really"), else on the next
    line ("guys does cheongsan come back?\nyes he does")."""
    lines = text.strip().split("\n")
    at = 0
    below = None  # a line that is a question alone, and the line under it: "does X come back?\nyes he does"
    while at < len(lines):
        end = at
        while end < len(lines) and QUOTE.match(lines[end]):
            end += 1
        if end > at and "\n".join(lines[end:]).strip():
            return " ".join(QUOTE.sub("", line) for line in lines[at:end]), "\n".join(lines[end:])
        mark = QUESTION_END.search(lines[at])
        if end == at and mark is not None and lines[at][mark.end():].strip():
            return lines[at][:mark.end()], lines[at][mark.end():]
        if end == at and below is None and mark is not None and at + 1 < len(lines) and lines[at + 1].strip():
            below = lines[at][:mark.end()], lines[at + 1]
        at = max(end, at + 1)
    return below


def without_filler(text: str) -> str:
    """A text without the filler that opens it ("ok then yes", "wait no"), or as it was when it is filler alone."""
    return OPENER.sub("", text, count=1) or text


def question_in(text: str) -> str | None:
    """The question a replied-to text asks: its last sentence ending in '?', or the whole text
    when it opens as a question does; None when it asks nothing."""
    text = text.replace("||", "").strip()
    marks = list(QUESTION_END.finditer(text))
    if marks:
        end = marks[-1].end()
        start = max((stop.end() for stop in _STOP.finditer(text, 0, marks[-1].start())), default=0)
        return text[start:end].strip() or None
    if _FORBIDS.match(text):
        return None  # "don't ask that here lol", "dont spoil": told, not asked (a question so opened has its "?")
    # opening as a question, or so after a chat line's filler ("wait who bites namra", not "wait what"): not a notice's
    # "What you wrote"
    opened = without_filler(text)
    asks = CLOSED.search(text) or WH.match(text) or (len(WORD.findall(opened)) > 2 and WH.match(opened)) \
        or _THAI_ASKS.search(text)
    return text if asks else None
