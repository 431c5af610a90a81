"""What someone said about season 2: "what did the director say about season 2", "did park ji-hu say
anything about s2", "what did the writer say about the sequel".

The season-2 claims whose speaker is the one asked about ("Director Lee Jae-kyoo said ...", "Park
Ji-hu told Teen Vogue ...", "Lee Jae-kyoo was quoted as saying ..."), oldest first, each as sure as
its source and hidden as far as it spoils; one later reports contradict says so. Nothing said by
them: None, so the season-2 answers say what is known.
"""

from __future__ import annotations

import re

from bot.lazy_re import Pattern, compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.claims import Claims
from bot.lore.answer.result import Answer, Part
from bot.lore.content import Claim

_SAID = compile_later(r"\b(?:say|said|says|saying|tell|told|think|thinks|thought|hint\w*|reveal\w*|comment\w*|talk\w*|"
                   r"mention\w*|spoke|speak\w*|interview\w*|statements?|quotes?)\b")
# "someone said yoon chan-young is in s2, true?" (a friend's claim, as the preamble words it): the teller's word, no actor's
_TELLER = compile_later(r"\b(?:someone|somebody|people|ppl|everyone|everybody|they|my \w+)\s+(?:said|says|say|saying|told|tells)"
                        r"(?: me)?\b")
# The ones fans name by their job, and the names the claims give them by.
_ROLES: tuple[tuple[Pattern, tuple[str, ...]], ...] = (
    (compile_later(r"\b(?:directors?|showrunner|pd|lee jq|jq)\b"), ("Lee Jae-kyoo", "Kim Nam-su")),
    (compile_later(r"\b(?:writer|screenwriter|scriptwriter)\b"), ("Chun Sung-il",)),
    (compile_later(r"\b(?:producers?|ceo|film monster|production company)\b"), ("Park Chul-soo",)),
)
_SPEAKER = r"^(?:[\w'.-]+\s+){{0,4}}?{name}\s+(?:said|says|told|recalled|hoped|imagined|was (?:quoted|reported) as saying)\b"
_CONSUMED = ("what", "did", "does", "has", "have", "say", "said", "tell", "told", "think", "about", "anything", "season",
             "sequel", "2", "the", "director", "writer", "producer", "ceo", "comment", "talk", "mention", "interview", "plot",
             "anything", "any", "news")


class Statements:
    def __init__(self, shared: Shared, claims: Claims) -> None:
        self.s = shared
        self.claims = claims

    def answer(self, ask: Ask) -> Answer | None:
        if ask.a.season != 2 or not _SAID.search(_TELLER.sub(" ", ask.text)):
            return None
        names = [name for pattern, said in _ROLES if pattern.search(ask.text) for name in said]
        names += [s.name for s in ask.found.subjects if s.kind == "person"]
        if not names or any(s.kind == "character" for s in ask.found.subjects):
            return None
        said = sorted((c for c in self.s.pack.claims.values() if c.season == 2 and _spoke(c, names)),
                      key=lambda c: (c.date, c.id))
        if not said:
            return None
        who = " and ".join(dict.fromkeys(n for n in names if any(_spoke(c, (n,)) for c in said)))
        # an actor said to speak of season 2 is said to be in it: the heading is hidden as the claims are
        parts = [Part(f"What {who} said about season 2, as reported:", max(c.spoils for c in said[:4]), aside=True)]
        for claim in said[:4]:
            parts += self.claims.parts(claim)
            if claim.standing == "refuted":  # said, but it did not turn out so
                parts.append(Part("Later reports contradict this.", claim.spoils, aside=True))
        return self.s.answer(ask, parts, "season2.said", consumed=_CONSUMED, subjects=ask.found.subjects)


def _spoke(claim: Claim, names: tuple[str, ...] | list[str]) -> bool:
    return any(re.search(_SPEAKER.format(name=re.escape(name)), claim.text) for name in names)
