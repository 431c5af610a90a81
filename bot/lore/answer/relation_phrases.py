"""How questions name someone through a relation, on slotted text ("ent0 's brother", "the father
of ent1", "the boy ent0 likes"): the phrases SubjectFinder follows from an anchor to a relative."""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.words import PERSON_WORDS

# "ent0 's mother": a relative the question names after someone.
OWNED_RELATIVE = compile_later(r"\bent\d+ 's ([a-z]+)")
REL_AFTER = compile_later(
    r"(?P<anchor>ent\d+|(?:the|a)\s+(?:(?!ent\d)[a-z0-9]+\s+){0,5}?(?!ent\d)[a-z0-9]+)\s*'s\s+(?P<path>(?:(?:best|older|younger|little|lil|big|"
    r"elder|baby|love)\s+)?[a-z]+(?:\s*'s\s+(?:(?:best|older|younger|little|big|elder)\s+)?[a-z]+)*)"
    r"|(?P<anchor_ko>ent\d+)\s+(?P<path_ko>(?:(?:best|older|younger|little|big)\s+)?(?:father|dad|mother|mom|mum|sibling|brother|sister|friend|teacher|son|daughter|girlfriend|boyfriend|crush|partner))\b"
)
REL_OF = compile_later(
    r"\b(?:the\s+)?(?P<rel>(?:(?:best|older|younger|little|big)\s+)?(?:father|dad|mother|mom|mum|parents?|son|daughter|"
    r"brother|sister|siblings?|friends?|teacher|neighbou?r|partner|senior|junior|crush|girlfriend|boyfriend|killer))\s+of\s+"
    r"(?P<anchor>ent\d+|(?:the|a)\s+[a-z0-9' ]+?)(?=\s*(?:and|in|from|on|at|\?|$))"
)
# Every word fans use for a person (a lad, a teen, a gal): "the lad who likes hari" is a relation as "the guy ..." is
_PERSON = "(?:" + "|".join(PERSON_WORDS) + ")"
# "the funny guy who likes hari": one word that describes the one liked or liking is no part of the relation
LIKED_BY = compile_later(
    r"\bthe\s+(?:(?!ent\d|who\b|that\b)[a-z]+\s+)?" + _PERSON + r"\s+(?:(?:that|who|whom)\s+)?"
    r"(?P<anchor>ent\d+)\s+(?:likes|loves|liked|loved|fancies|is in love with|was in love with|has a crush on|"
    r"had a crush on|love|kisses|kissed|is crushing on)\b"
)
LIKES = compile_later(
    r"\bthe\s+(?:(?!ent\d|who\b|that\b)[a-z]+\s+)?" + _PERSON + r"\s+(?:that|who)\s+(?:likes|loves|liked|"
    r"loved|is in love with|has a crush on|had a crush on)\s+(?P<anchor>ent\d+)\b"
)
# "who plays ent0 's brother", "ent0 's sister's actress": a role asked for, so an actor named as the
# anchor stands for the character they play.
ASKS_ACTOR = compile_later(r"\bwho\b.*\b(?:plays?|played|playing|portray\w*)\b|\bactors?\b|\bactress\b")
