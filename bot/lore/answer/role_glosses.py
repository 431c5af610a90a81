"""Roles a fan names instead of a name, in Spanish and Portuguese ("la profesora", "el profe de ciencias", "la
policía"), read as the English role before foreign_glosses.py reads the rest; and whose fate a foreign question asks
(`HOLDER`: a name slot, a name's relative or one of these roles)."""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later

# whose death is asked: a name, a name's relative ("el padre de ent0", read "ent0's father" first) or a role
HOLDER = (r"(ent\d+(?: ?'s (?:father|mother|brother|sister|sibling|best friend))?"
           r"|the (?:female |science )?teacher|the detective|the cop)")
# roles a fan names instead of a name: the science teacher by his subject, a woman teacher by the word's gender (read
# by whom the pack says is a woman, relative.py), any teacher by the word alone
ROLES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"(?<!\w)(?:{p})(?!\w)", re.I), e) for p, e in (
    (r"(?:qu[eé]|cu[aá]l|qual) (?:profesora|professora|maestra)", "which female teacher"),  # "qual professora morre?"
    # "¿quién es la profesora que muere en el ep 3?": which of them dies there, never the one woman teacher's "No sé"
    (r"(?:qui[eé]n|quem|cu[aá]l|qual) (?:es|é|e|fue|foi|era) (?:la |a )?(?:profesora|professora|maestra|profe) q(?:ue)?", "which female teacher"),
    (r"(?:qui[eé]n|quem|cu[aá]l|qual) (?:es|é|e|fue|foi|era) (?:el |o )?(?:profesor|professor|maestro|profe) q(?:ue)?", "which teacher"),
    (r"(?:qu[eé]|cu[aá]l|qual) (?:profesora?|professora?|profe|maestr[ao])", "which teacher"),  # never one named: "¿qué profesora muere?"
    (r"(?:el |la |o |a )?(?:profesora?|professora?|profe) (?:de |da )(?:ciencias|ciências|química|quimica|biología|biologia)",
     "the science teacher"),
    (r"(?:la |a )?(?:profesora|professora)|la profe", "the female teacher"),
    (r"(?:el |o )?(?:profesor|professor|profe)", "the teacher"),
    (r"(?:el |o )?(?:detective|detetive|inspector)", "the detective"),
    (r"(?:el |o )?(?:policía|policia|poli)", "the cop"),
    # "siapa yang mati duluan, gurunya atau gwinam": the teacher, set against a name
    (r"(?:gurunya|guru)(?= atau ent\d)", "the teacher"),
    # "quién muere primero, el profesor o gwinam", "sino unang namatay, si ms park o si gwinam", "ms park atau gwinam": a
    # role or a name, never "the teacher o" read as a deed's doer
    (r"(?:(?<=teacher )|(?<=detective )|(?<=cop )|(?<=ent\d ))(?:o|ou|atau)(?: (?:o|a|el|la|si|sang))?(?= ent\d)", "or"),
    (r"si(?= ent\d+ or ent\d)", ""),  # (Tagalog's "si" before the first of them: "…, si ms park o si gwinam")
))
