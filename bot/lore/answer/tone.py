"""How the show feels, asked before watching: "is it scary", "is it too gory", "is it sad", "무서워?",
"잔인해?".

No source judges that, and a "Yes." would be a guess; read as a bare question it got "I don't know"
with nothing more. What the sources do say answers it well enough: what kind of show it is (a zombie
horror and coming-of-age series) and, for gore and violence, its rating (TV-MA in the US).
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Shared
from bot.lore.answer.result import Answer, Part

_FEELING = (r"scary|scarry|frightening|terrifying|creepy|spooky|horrifying|gory|gorey|bloody|violent|graphic|"
            r"brutal|disturbing|intense|sad|depressing|emotional|a tearjerker|funny|light-?hearted")
# "is it scary", "is the show too gory", "how scary is it", "is aouad sad?", "will it make me cry"
_ASKED = compile_later(
    rf"^\W*(?:is|was|isn'?t|gonna be|will) (?:it|the show|this show|the series|aouad|all of us are dead|the drama)"
    rf"(?: really| actually| very| that| too| super| so| kinda| kind of| pretty)* (?P<feel>{_FEELING})\b[\w\s]*\W*$"
    rf"|^\W*how (?P<how>{_FEELING}) is (?:it|the show|the series|aouad)\W*$"
    r"|^\W*(?:will|would|does|did) it make (?:me|you|people) (?P<cry>cry)\W*$"
)
_KOREAN = compile_later(r"^\W*(?:지우학|지금 우리 학교는|이거|그거)?\s*(?:많이\s*|너무\s*)?(?P<ko>무서워|무섭|잔인|징그러|슬퍼|슬프)\w*\W*$")
_FOR_WHOM = compile_later(r"\b(?:kids?|child|children|teens?|teenagers?|\d{1,2} ?(?:year old|yo)|my (?:son|daughter|brother|sister)|family)\b|애들|아이")
_RATED = ("gory", "gorey", "bloody", "violent", "graphic", "brutal", "disturbing", "intense")
_SHOW_TYPE = "show-type"
_RATING = "rating-us"


class ShowTone:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, question: str) -> Answer | None:
        text = " ".join(question.casefold().split())
        if (match := _ASKED.match(text)) is not None:
            feel = match.group("feel") or match.group("how") or match.group("cry")
        elif (korean := _KOREAN.match(text)) is not None:
            feel = korean.group("ko")
        else:
            return None
        records = self.s.records.by_id
        rated = feel in _RATED or feel in ("잔인", "징그러") or _FOR_WHOM.search(text) is not None
        wanted = [_SHOW_TYPE, *([_RATING] if rated else [])]
        said = [self.s.part(records[i]) for i in wanted if i in records]
        if not said:
            return None
        lead = Part("That depends on the viewer, and my sources don't judge it. What they do say:")
        return Answer(question, False, [lead, *said], "tone")
