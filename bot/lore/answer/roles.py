"""What a character is, read from the head of their summary: "The English teacher in charge of 2-5"
is a teacher, "On-jo's father, a firefighter ..." an adult, "The detective who questions the science
teacher" an adult and no teacher, "On-jo's childhood friend ... His mother runs ..." a student (a
word further on is someone else)."""

from __future__ import annotations

from collections.abc import Sequence

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


# The group a question's words name, as "which teacher dies in episode 3" asks it (groups.py reads the same groups)
_ASKED_GROUP = {**dict.fromkeys(("teacher", "teachers"), "teacher"),
                **dict.fromkeys(("student", "students", "kid", "kids", "classmate", "classmates"), "student"),
                **dict.fromkeys(("adult", "adults"), "adult")}


def asked_group(words: Sequence[str]) -> str:
    """"teacher", "student" or "adult" when the question's words name that one group, else ""."""
    said = {_ASKED_GROUP[w] for w in words if w in _ASKED_GROUP}
    return next(iter(said)) if len(said) == 1 else ""


def in_group(character: Character, group: str) -> bool:
    """Whether `character` is of `group` (asked_group's): any character for no group."""
    if group == "teacher":
        return teacher(character)
    return (group == "adult") == adult(character) if group else True
