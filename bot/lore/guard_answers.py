"""An answer read with the question it answers, for the spoiler guard (plain Python).

Fans spoil by answering: "is nam-ra ok at the end?" answered "no", "she turns 😭" or "ep 11" names
nothing itself, yet gives the ending away. The question is the message the answer replies to
(Discord's reply), the lines it quotes ("> does cheong-san live?\\nnope") or the question the same
message asks first ("is the class president ok? not really"). This module only decides whether a
text answers its question; what the two give away together is read by the one spoiler reader (the
lexicon, `reads`), so a bare "no" spoils only where the question's own subject is a spoiler past the
mark ("did you eat?" answered "no" gives nothing away), and an answer that commits to nothing ("lol",
"no spoilers but you'll see", "idk i'm on ep 2 too") stays up.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.show import NOTHING, Position
from bot.spoilers import Reads

# words that open a chat line without being part of its question ("wait so does ...", "guys is ...")
_FILLER = r"(?:(?:so|wait|ok|okay|but|and|guys|btw|hey|um|uh|also|then|lol|omg|pls|please|<@!?\d+>|@\w+)[\s,.!]+)*"
# a closed (yes / no) question opens with a verb; one that asks who, when or which wants a name or a number
_WH = compile_later(
    r"(?i)(?:^|[\s,¿])(?:who|whom|whose|what|which|when|where|why|how|quién(?:es)?|quien|cuándo|cuando|cuál|cual|qué"
    r"|dónde|siapa|kapan|gimana|bagaimana|kenapa|누가|누구|언제|몇|어디|왜|무슨|谁|誰|哪|什么|几|いつ|何)(?=\W|$)")
_CLOSED = compile_later(
    rf"(?i)^[\s¿]*{_FILLER}(?:is|isn'?t|are|aren'?t|was|wasn'?t|were|does|doesn'?t|do|don'?t|did|didn'?t|will|won'?t"
    r"|would|can|could|has|have|should)\b")
# a yes or a no (or the shades fans give them) opening the answer; "no" in "no spoilers", "no idea",
# "no one knows", "no comment" is none
_COMMITS = compile_later(
    r"(?i)^[\s*_>]*(?:y+e+[sa]*h*|y+e+p+|y+u+p+|yea+h*|ya+s*|ye|mhm+|uh[\s-]huh|ofc|of course|sure|true|correct|definitely"
    r"|absolutely|obviously|sadly|unfortunately|thankfully|luckily|fortunately|eventually|kinda|kind of|sort of|sorta"
    r"|basically|technically|pretty much|not really|not exactly|not quite|n+o+p+e*|na+h+|n+o+(?!\s*(?:spoil|comment"
    r"|idea|clue|one|body|way|wait|se\b|sé|sabe|tengo|lo sé))|sí+|si+p*|claro|obvio|nel|sim|n[ãa]o|iya+|iy|yoi|betul|bener"
    r"|ng?ga+k?|enggak|gak|tidak|sayangnya|oui|ouais|non|ja|nein|oo|opo|hindi|응+|ㅇㅇ|네+|예|웅|맞아|아니(?:요|야|오)?|아뇨|ㄴㄴ|はい|うん"
    r"|いいえ|ううん|是的?|对|嗯|不是?|没有)(?=[\s.,!?…~)*_]|\W|$)")
# a no: "does nam-ra die?" answered "no" tells she lives, which the question alone does not say
_DENIES = compile_later(
    r"(?i)^[\s*_>]*(?:n+o+p*e*|na+h+|not really|not exactly|not quite|never|(?:he|she|they) (?:does|did|do|is|was|will)n'?t"
    r"|(?:he|she|they) (?:does|did|do|is|was|will) not)(?=[\s.,!?…~)*_]|\W|$)")
_ASKED_CLOSED = compile_later(
    rf"(?i)^[\s¿]*{_FILLER}(does|do|did|is|are|was|were|will|can|could)\s+(.+?)[\s?？!.]*$")
# "she does", "he's fine", "she turns 😭", "they don't": the question's subject taken up again (not "she's my fav")
_ECHOES = compile_later(
    r"(?i)^[\s*_>]*(?:he|she|they)(?:(?:\s*(?:'s|’s|'re|’re)|\s+(?:is|are|was|were))\s+(?:fine|ok|okay|alright|safe|alive"
    r"|dead|gone|not|a zombie|a halfbie|bitten|infected|back)\b|\s+(?:does|did|do|doesn'?t|didn'?t|don'?t|isn'?t|wasn'?t"
    r"|aren'?t|weren'?t|will|won'?t|is|are|was|were)\s*(?:$|[^\w\s]|but\b|though\b|tho\b|sadly\b|not\b)"
    r"|\s+(?:gets?|got|dies|died|lives|lived|survives|survived|makes|made|turns|turned|becomes|became|does not|did not"
    r"|doesn'?t|didn'?t|won'?t)\b)")
# what commits to nothing: a refusal, a hedge, or the writer's own place in the show
_REFUSES = compile_later(
    r"(?i)no (?:more )?spoil|don'?t spoil|dont spoil|won'?t spoil|not (?:gonna|going to) (?:say|tell|spoil)|without spoil"
    r"|spoiler[- ]free|스포 ?(?:안|금지|ㄴ)|ネタバレ(?:しない|禁止|なし)|不剧透|find out|you'?ll see|watch (?:it|and)|no comment"
    r"|can'?t (?:say|tell)|won'?t (?:say|tell)|don'?t (?:tell|answer)|dont (?:tell|answer)|not telling|\bnvm\b|never ?mind"
    r"|\bidk\b|\bdunno\b|don'?t know|dont know|not sure|no idea|no clue|who knows|(?:nobody|no one|noone) knows"
    r"|haven'?t (?:seen|watched|finished|gotten)|not there yet|not yet|\bi'?m (?:only |still |just )?(?:on|at) (?:ep|episode)"
    r"|same question|ni idea|no s[ée]|gatau|ga tau|gak tau|nggak tau|ngga tau|tidak tahu|rahasia|모르|몰라|不知道|わからない"
    r"|知らない")
_CHATTER = compile_later(r"(?i)\b(?:lo+l|lmf?ao+|ha(?:ha)+h?|he(?:he)+|xd+|omg|bruh|same|fr|ikr)\b|[ㅋㅎㅠㅜ]+")
_WORD = compile_later(r"\w+")
_SHORT = 8  # words: "who bites her?" is answered "gwinam", "ep 6 its gwinam obviously", not in a paragraph
# a yes or no on whether someone is "ok" tells how their story ends
_WELLBEING = compile_later(r"(?i)\b(?:ok|okay|oke|okey|fine|alright|all right|safe)\b|괜찮|está bien|baik")
_QUESTION_END = re.compile(r"[?？]+")
_QUOTE = re.compile(r"^\s*>>?>? ?")


def read_with_question(question: str, answer: str, reads: Reads) -> Position:
    """What `answer` gives away read with `question` (the text it replies to, its bars dropped: the
    answer tells what they hid); NOTHING when it answers nothing there."""
    asked = _question_in(question)
    if asked is None or not answers(asked, answer):
        return NOTHING
    said = max(reads(f"{asked}\n{answer}"), _denied(asked, answer, reads))
    if said == NOTHING and _WELLBEING.search(asked):  # "is so-ju ok?" "no": how his story ends
        said = reads(f"{asked.rstrip('?？ ')} at the end?\n{answer}")
    return said


def _denied(asked: str, answer: str, reads: Reads) -> Position:
    """What a no to a closed English question tells, said back ("does nam-ra die?" "no": "nam-ra does
    not die"), the subject taken one to four words long (whichever the reader knows)."""
    closed = _ASKED_CLOSED.match(asked)
    if closed is None or not _DENIES.search(answer):
        return NOTHING
    verb, words = closed.group(1), closed.group(2).split()
    return max((reads(f"{' '.join(words[:n])} {verb} not {' '.join(words[n:])}") for n in range(1, min(5, len(words)))),
               default=NOTHING)


def asked_in(text: str) -> tuple[str, str] | None:
    """The first question a message asks itself and its answer: lines it quotes ("> question") and
    what follows them, or a question and what follows it on its line ("is X ok? not really")."""
    lines = text.strip().split("\n")
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and _QUOTE.match(lines[end]):
            end += 1
        if end > at and "\n".join(lines[end:]).strip():
            return " ".join(_QUOTE.sub("", line) for line in lines[at:end]), "\n".join(lines[end:])
        mark = _QUESTION_END.search(lines[at])
        if end == at and mark is not None and lines[at][mark.end():].strip():
            return lines[at][:mark.end()], lines[at][mark.end():]
        at = max(end, at + 1)
    return None


def answers(question: str, answer: str) -> bool:
    """Whether `answer` commits to an answer to `question`: a yes or a no (in the shades fans give
    them) to a closed question, a name or a number to one asking who, when or which; never a refusal,
    a hedge, a laugh alone or a question back."""
    said = answer.strip()
    if not said or _REFUSES.search(said):
        return False
    if _WH.search(question) is None:
        return bool(_COMMITS.search(said) or _ECHOES.search(said))
    words = _WORD.findall(_CHATTER.sub(" ", said))
    # a question back ("why do you ask", "what ep are u on?") or a long line of its own is no answer (it is read alone)
    asks_back = _CLOSED.search(said) or _WH.match(said) or (said.endswith(("?", "？")) and len(words) > 2)
    return 0 < len(words) <= _SHORT and not asks_back


def _question_in(text: str) -> str | None:
    """The question a replied-to text asks: its last sentence ending in '?', or the whole text
    when it opens as a question does; None when it asks nothing."""
    text = text.replace("||", "").strip()
    marks = list(_QUESTION_END.finditer(text))
    if marks:
        end = marks[-1].end()
        start = max(text.rfind(stop, 0, marks[-1].start()) for stop in (".", "!", "\n", "?", "？")) + 1
        return text[start:end].strip() or None
    return text if _CLOSED.search(text) or _WH.match(text) else None  # opening as a question: not a notice's "What you wrote"
