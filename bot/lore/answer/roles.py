"""What a character is, read from the head of their summary: "The English teacher in charge of 2-5"
is a teacher, "On-jo's father, a firefighter ..." an adult, "The detective who questions the science
teacher" an adult and no teacher, "On-jo's childhood friend ... His mother runs ..." a student (a
word further on is someone else)."""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.content import Character

# The summary up to its first clause ("On-jo's father, a firefighter ..." -> "on-jo's father").
_HEAD = compile_later(r"^(.*?)(?:,| who | whom | with | in | at | and | from |\.|$)")
_ADULT_ROLE = compile_later(r"\b(?:teacher|father|mother|commander|detective|police|officer|assembly|"
                         r"firefighter|politician|soldier|principal|parent)\b")
_TEACHER_ROLE = compile_later(r"\b(?:teacher|principal)\b")


def role(character: Character) -> str:
    """What the character is, as their summary opens ("the english teacher")."""
    found = _HEAD.match(character.summary.casefold())
    return found.group(1) if found else ""


def adult(character: Character) -> bool:
    return _ADULT_ROLE.search(role(character)) is not None


def teacher(character: Character) -> bool:
    return _TEACHER_ROLE.search(role(character)) is not None
