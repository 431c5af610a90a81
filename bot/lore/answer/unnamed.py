"""Names the sources never give: "what's the name of the principal", "what is cheong-san's mom's
name". The principal has no record, and Cheong-san's mother is known only as that: the honest
answer is that the sources don't name them, never the first record that mentions a principal.
Nor do they name a male lead ("who plays the main guy"): never an awards line that names an actor."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import Analysis
from bot.lore.answer.rephrased import male_lead
from bot.lore.answer.result import Answer, dont_know
from bot.lore.answer.subjects import Found

_NAME_ASKED = compile_later(r"\bname of\b|\bnames? (?:is|was)\b|'?s (?:full |real |first |last )?name\b|\bnamed\b")
# People of the story fans ask after by their role, none of whom the sources name.
_ROLES = compile_later(
    r"\b(?:the |that |this )?(?:school |vice )?(principal|headmaster|headteacher|head teacher|nurse|janitor|"
    r"security guard|bus driver|soldier|general|lieutenant|sergeant|detective|policeman|police officer|reporter|"
    r"assemblywoman|assemblyman|lawmaker|baby)s?\b"
)
_DESCRIBED = compile_later(r"'s (?:mother|mom|mum|father|dad|baby|brother|sister|son|daughter)$", re.IGNORECASE)


def unnamed(a: Analysis, found: Found) -> Answer | None:
    """"I don't know" for the name of someone the sources don't name, else None."""
    if ("lead" in a.text or "main" in a.text or "leading" in a.text) and male_lead(a.text):
        return dont_know(a.raw, "who the male lead is (the sources call On-jo the closest thing the story has to a lead)")
    if not _NAME_ASKED.search(a.text):
        return None
    if not found.subjects:
        role = _ROLES.search(a.text)
        return dont_know(a.raw, f"the name of the {role.group(1)}") if role else None
    if len(found.subjects) != 1:
        return None
    subject = found.subjects[0]
    if _DESCRIBED.search(subject.name):
        return dont_know(a.raw, f"the name of {subject.name}")
    relative = _RELATIVE.search(a.text)
    if subject.via == "name" and relative is not None:  # "hee-soo's baby": a relative with no record of their own
        return dont_know(a.raw, f"the name of {subject.name}'s {relative.group(1)}")
    return None


_RELATIVE = compile_later(r"'s (baby|mother|mom|mum|father|dad|brother|sister|son|daughter|husband|wife)\b(?!'s)")
