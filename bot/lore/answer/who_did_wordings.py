"""The wordings of "who did it" questions (`EventAnswers.who_did` in events.py reads them): whether the one named
does the deed or has it done to them ("who did gwinam bite" / "who gets bitten by gwinam"), whether the one asked for
is described first ("who's the commander who ordered the bombing"), and a passive with no doer named ("who got
thrown off the roof"). Moved from events.py, which asks them.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

# "who did gwinam bite", "whom does the teacher save": the one named does it
AGENT_SUBJECT = compile_later(
    r"\bwho(?:m)?\s+(?:did|does|do|has|had|will|is|was)\s+(?:ent\d+(?:\s+'s\s+\w+)*|the\s+\w+(?:\s+(?!{rel})\w+)?)\s+"
    r"(?!\w+ed by)(?!{rel})\w+".format(rel=r"(?:who|that|which|whom)\b")
)
# "who's the commander who ordered the bombing": who someone described by the words before "who" is, the clause
# after it said of them
# ("the commander" is read as his name, ent0: a title named with "the" is a description of him all the same)
ONE_WHO = compile_later(r"^who(?:\s*'?s|\s+is|\s+was)?\s+(?:the|that|this)\s+(?:(?P<named>ent\d+)\s+(?:\w+\s+)?"
                        r"|(?:\w+\s+){1,3}?)(?:who|that)\b")
# ("who was the guy that stabbed Gwi-nam": "that" starts a clause about the one asked for, who is its doer)
# "who gets bitten by Gwi-nam": the one named does it, as in "who does Gwi-nam bite".
BY_SUBJECT = compile_later(r"^who (?:all |else )?(?:gets?|got|is|was|are|were) (?:\w+ )?(?:bitten|bit|killed|saved|rescued|"
                           r"infected|attacked|mauled|stabbed|protected) by ent\d+\W*$")
# "who got thrown off the roof", "who was killed in the gym": the one it is done to is asked (no doer named).
PASSIVE_ASKED = compile_later(r"\bwho (?:all |else )?(?:gets?|got|is|was|were|are|has been|had been) (?:\w+ )?"
                              r"(?:\w+(?:ed|en|wn)|bit|hit|shot|left|kept|caught|stuck)\b(?! by\b)"
                              # "who loses his eye", "who lost an eye": the one it is done to as well
                              r"|\bwho (?:\w+ )?(?:lose|loses|lost|losing) (?:his|her|their|an|one|a) eyes?\b")
# "killed by whom", "who was she bitten by": the doer asked after the deed, never the one named as its doer
PASSIVE = compile_later(r"\b(?:by whom|by who|killed by|bitten by|saved by|rescued by|infected by)\b")
