"""Fan wordings read as the question they ask, before analysis (on the clause's slot text):

- "what happens if you get bitten", "what happens when someone gets bit": how the infection works
  (the virus's record), never whichever bite the event index finds first;
- "who survives the bombing", "who survived the missile strike": who survives (the survivors);
- "the detective partner", "the teacher son": a possessive's 's dropped ("the detective's partner");
- "bro gwinam just doesnt die": what happens to them (their fate answers the claim), never a line that
  merely names them.
"""

from __future__ import annotations

import re

_YOU = r"(?:you|u|ya|someone|somebody|anyone|a person|people|ppl|they|a student|a human)"
_IF_BITTEN = re.compile(
    rf"^\s*what (?:happens|happen|will happen|would happen)(?: to {_YOU})? (?:if|when|after) {_YOU} "
    r"(?:gets?|got|are|is|get) (?:bitten|bit|bited|infected|scratched)\b(?: by (?:a |the )?zombies?)?\W*$"
)
_SURVIVE_BOMBING = re.compile(
    r"^\s*who (?:all |else )?(?:survives?|survived|lives?|lived|makes? it through|made it through) "
    r"(?:the |after the )?(?:bombing|bombings|missiles?|missile strikes?|air ?strikes?|bomb|bombs|explosions?)\W*$"
)
_KIN = r"(?:partner|dad|father|mom|mother|mum|son|daughter|brother|sister|wife|husband|boyfriend|girlfriend|kid|child)"
_DROPPED_S = re.compile(rf"\bthe (detective|cop|teacher|principal|commander|firefighter|soldier|bully|assemblywoman) ({_KIN})\b")
_DOESNT_DIE = re.compile(
    r"^\s*(?:(?:bro|bruh|dude|man|lol|lmao|omg|ngl|fr|like)\s+)*(ent\d+)\s+(?:just |literally |really |simply |never )?"
    r"(?:doesnt|doesn't|does not|didnt|didn't|did not|wont|won't|never) (?:ever )?(?:die|dies|died)"
    r"(?: (?:lol|lmao|bro|man|fr|huh|or what|right|does he|does she))*\W*$"
)


def reworded(clause: str) -> str:
    """`clause` as the question it asks (unchanged unless a wording above matches it)."""
    if "bit" in clause or "infect" in clause or "scratch" in clause:
        if _IF_BITTEN.match(clause):
            return "how does the virus work"
    if "who" in clause and _SURVIVE_BOMBING.match(clause):
        return "who survives"
    if "the " in clause:
        clause = _DROPPED_S.sub(r"the \1's \2", clause)
    if "die" in clause and (m := _DOESNT_DIE.match(clause)) is not None:
        return f"what happens to {m.group(1)}"  # their fate, with no "Yes." that reads as agreeing
    return clause
