"""The words that make a season-2 question ask about its story ("who dies in season 2", "what are they doing
in s2") rather than about the season itself ("is season 2 dead", "is the old cast back"): the story is unknown
to every source until it is out, the season's status and cast are not. Read by season2.py.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.words import stems_of

# What happens in the story ("who dies in season 2", "does On-jo survive it"): unknown until it is out.
STORY = compile_later(
    r"\b(?:die|dies|died|dying|death|deaths|dead|kill\w*|surviv\w*|alive|turns? into|turned into|bitten|bites?|"
    r"zombified|happens? to|happened to|end up|ends up)\b"
)
# "is season 2 dead", "did netflix kill season 2", "what happened to season 2": the season itself
# (its status or a cancellation), not its story.
SEASON_ITSELF = compile_later(
    r"\b(?:season 2|s2|it|the show|the season|the sequel)\s+(?:is\s+|still\s+)*(?:dead|alive|killed|cancell?ed|over)\b"
    r"|\b(?:kill|killed|cancel\w*)\s+(?:off\s+)?(?:season 2|s2|the season|the sequel)\b"
    r"|\bhappened to (?:season 2|s2|the season|the sequel)\b|\b(?:been|got|get) (?:killed|cancell?ed)\b"
)
# The words of a season-2 question that ask whether there is a season 2, or whether someone is in
# it ("is there a season 2", "will Cheong-san come back in s2"); any other word asks what is IN it
# ("is there a kiss in season 2", "do Su-hyeok and Nam-ra kiss in s2"), which no source knows yet.
NOT_STORY_WORDS = ("back", "return", "come", "coming", "join", "cast", "part", "season", "2", "in", "still", "be",
                    "do", "have", "will", "there", "any", "gonna", "going", "happen", "yes", "really", "true",
                    "new", "character", "actor", "actress", "person", "who", "what", "next", "second", "sequel", "s2",
                    "bring", "bringing", "brings", "brought", "netflix", "so", "far", "yet",  # "who is confirmed so far"
                    # "is the old cast coming back", "is the original cast back": the cast, never its story
                    "old", "original", "same", "main", "whole", "entire", "member", "members", "everyone", "everybody",
                    "female", "male")  # "any new female characters in s2": the cast, the ones it makes girls
STORY_STEMS = stems_of("plot story outline zombie setting")
DOINGS = compile_later(r"\b(?:do|does|doing|did|go|goes|going|went|up to)\b")
