"""A moderator's release window or report day typed in Spanish or Portuguese, put in the English words
bot/season2/dates.py and bot/season2/windows.py read ("junio de 2027": "june 2027", "finales de 2027": "end of
2027", "primer semestre de 2027": "first half of 2027", "hoy": "today", "hace 3 días": "3 days ago").

A Latin-American server's moderators type a delay as Netflix Latinoamérica words it ("se retrasa a junio de 2027");
a day with its month ("21 de mayo de 2027") was read already (headline_abroad.days_in_english), but a month alone,
a part of a year or "hoy" was refused, so a delay to a month could not be recorded and the old date stood. Seasons
("verano 2027") are left alone: summer in Buenos Aires is winter in Mexico City, so they are asked again. "mañana"
is left alone too: it is also the morning ("a las 5 de la mañana").
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later, rewrite_in_turn

_MONTHS = dict(zip(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split(),
    "january february march april may june july august september september october november december".split(), strict=True))
_MONTHS |= dict(zip(
    "janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro".split(),
    "january february march march may june july september october november december".split(), strict=True))
#: The Spanish and Portuguese months by name, for readers that only need to know a month is named ("el 9 de abril:").
MONTH_NAMES_ABROAD = tuple(_MONTHS)
_OF = r"(?:de |del |do |da )?"
_MONTH = compile_later(r"(?<!\w)(" + "|".join(_MONTHS) + r")(?!\w)(?: (?:de|del|do) (?=\d{4}\b))?")
_PHRASES = tuple((compile_later(p), english) for p, english in (
    (rf"(?<!\w)(?:a |en |em |no |al )?(?:principios|inicios|comienzos|princípios|início|inicio|começo|comeco) {_OF}",
     "early "),
    (rf"(?<!\w)(?:a |en |em |no |al )?(?:mediados|meados) {_OF}", "mid "),
    (rf"(?<!\w)(?:a |en |em |no |al )?(?:finales|fines|finais|fim|final) {_OF}", "end of "),
    (rf"(?<!\w)(?:el |o )?(?:primer|primeiro|1er|1º|1°) semestre {_OF}", "first half of "),
    (rf"(?<!\w)(?:el |o )?(?:segundo|2do|2º|2°) semestre {_OF}", "second half of "),
    (rf"(?<!\w)(?:el |o )?(?:primer|primeiro|1er|1º|1°|1o) trimestre(?: {_OF}|(?=[)\],.;!?]|$))", "q1 "),  # ("1º trimestre de 2027", s2wild56)
    (rf"(?<!\w)(?:el |o )?segundo trimestre(?: {_OF}|(?=[)\],.;!?]|$))", "q2 "),
    (rf"(?<!\w)(?:el |o )?(?:tercer|terceiro) trimestre(?: {_OF}|(?=[)\],.;!?]|$))", "q3 "),
    (rf"(?<!\w)(?:el |o )?(?:cuarto|quarto) trimestre(?: {_OF}|(?=[)\],.;!?]|$))", "q4 "),
    (r"(?<!\w)(?:hace|há|ha) (\d{1,3}) d[ií]as?(?!\w)", r"\1 days ago"),
    (r"(?<!\w)(?:hoy|hoje)(?!\w)", "today"),
    (r"(?<!\w)(?:ayer|ontem)(?!\w)", "yesterday"),
))
#: A window said with its preposition ("en junio de 2027", "para o fim de 2027"): the window alone.
_LEAD = compile_later(r"^(?:(?:en|em|para|pra|a|al|no|o|el|la|hasta|até) )+(?=early |mid |end of |first half|second half|q[1-4] |"
                      + "|".join(sorted(set(_MONTHS.values()))) + r")")


def abroad_in_english(text: str) -> str:
    """`text` (lowercased) with its Spanish and Portuguese month names, parts of a year and days said from today in
    English; any other word as it is."""
    text = _MONTH.sub(lambda m: _MONTHS[m.group(1)] + " ", rewrite_in_turn(text, _PHRASES))
    return _LEAD.sub("", re.sub(r"\s+", " ", text).strip())
