"""A question about "he" or "she" with nothing to say who: "does she die", "who killed him", "is he
a halfbie", "who is her dad", and the Korean "죽어?" with no one named at all; a pair asked about as "they"
("are they dating", "do they end up together", "did they kiss") and the same typed abroad ("sila na ba",
"¿son novios?", "pacaran ga mereka?", "¿él muere?").

With no one named earlier in the message (the router puts that name in place of the pronoun first)
and nothing else in the question that could say who (a description: "the girl with the bow, does she
die"), any answer would be a guess at whom: the first death, bite or father the records give. The
honest answer asks who is meant.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import Analysis
from bot.lore.answer.asker_language import asker_language
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Found
from bot.lore.answer.words import stem

_SINGULAR = {"he": "he", "him": "him", "his": "his", "she": "she", "her": "her", "hers": "her"}
# Words that say what is asked of someone, never who they are.
_ASKED = frozenset(stem(w) for w in """
    die dies died dying dead death kill kills killed alive survive survives survived live lives lived back come comes
    return returns episode season actor actress play plays played old age halfbie hambie zombie turn turns turned
    bite bites bit bitten infected happen happens happened name job father dad mother mom brother sister son daughter
    friend boyfriend girlfriend crush end ending first last real really still now again 2 1
""".split())
# In Korean, only a fate asked of no one ("죽어?"): "시즌 2 출연진" asks of the season.
_FATES = frozenset(stem(w) for w in "die dead alive survive halfbie zombie turn bitten infected".split())
_WHOM = ("I don't know who \u201c{word}\u201d is here: name them, for example \u201cdoes Nam-ra die?\u201d or "
         "\u201cwho plays On-jo?\u201d")
# "they" asked whether they are together: "are they dating" is no release date, "did they kiss" no list of crushes.
# "do they die" guesses at whom as "does he die" would. Only that: "they" is as often the makers ("did they announce the
# date") or the class ("are they in high school", "do they get rescued", "do they survive": the class's fate).
_PAIRED = frozenset(stem(w) for w in """
    dating date dated together couple item kiss kissed kissing married marry marries love relationship boyfriend
    girlfriend crush end ever finally actually really still now again real die died dead
""".split())
_THEY = frozenset({"they", "them", "their"})
# The same typed abroad, the whole message, with no name in it: Spanish, Portuguese, French, Indonesian, Tagalog.
_ABROAD = compile_later(
    r"^(?:(?:él|el|ella|ellos|ellas|ele|ela|eles|elas|il|elle|ils|elles)\s+)?"
    r"(?:son novios|son pareja|est[aá]n juntos|terminan juntos|acaban juntos|quedan juntos|se besan|se besaron|se casan"
    r"|namoram|ficam juntos|sont ensemble|finissent ensemble|s'embrassent"
    r"|muere|muri[oó]|sobrevive|sobrevivi[oó]|est[aá] muert[oa]|sigue viv[oa]|morre|morreu|meurt|survit|est morte?)"
    r"(?:\s+(?:al final|o no|no final|à la fin))?"
    r"|(?:pacaran|jadian|nikah|ciuman|mati|meninggal|selamat)\s+(?:ga|gak|nggak|ngga|tidak|kah|ya)?\s*(?:mereka|dia)"
    r"|(?:mereka|dia)\s+(?:(?:udah|sudah|akhirnya)\s+)?(?:pacaran|jadian|nikah|ciuman|mati|meninggal|selamat)"
    r"(?:\s+(?:ga|gak|nggak|ngga|tidak|ya|kah))?"
    r"|sila na ba|(?:sila|siya) na ba talaga"
    r"|(?:magjowa|mag-?on|magsyota|nagkatuluyan|nagkiss|nag-kiss|naghalikan|mag-?asawa) (?:na )?ba sila"
    r"|(?:patay|buhay) (?:na|pa) ba siya",
    re.IGNORECASE,
)
_THEM = ("I don't know who \u201cthey\u201d are here: name them, for example \u201care Nam-ra and Su-hyeok dating?\u201d or "
         "\u201cdoes Nam-ra die?\u201d")
_NAME_THEM = {
    "es": "No sé de quién me estás hablando: dime el nombre de cada uno, por ejemplo \u00ab¿Nam-ra y Su-hyeok son novios?\u00bb",
    "pt": "Não sei de quem você está falando: diga os nomes, por exemplo \u201cNam-ra e Su-hyeok namoram?\u201d ou "
          "\u201cNam-ra morre?\u201d",
    "fr": "Je ne sais pas de qui tu parles : donne leurs noms, par exemple \u00ab Nam-ra et Su-hyeok sont ensemble ? \u00bb",
    "id": "Aku tidak tahu siapa yang kamu maksud: sebutkan namanya, misalnya \u201cNam-ra dan Su-hyeok pacaran?\u201d atau "
          "\u201cNam-ra mati?\u201d",
    "tl": "Hindi ko alam kung sino ang tinutukoy mo: pangalanan mo sila, halimbawa \u201csila na ba ni Su-hyeok si "
          "Nam-ra?\u201d o \u201cpatay na ba si Nam-ra?\u201d",
}
_NOBODY = "I don't know whom you mean: name them, for example \u201c남라 죽어?\u201d or \u201cdoes Nam-ra die?\u201d"


def unreferred(a: Analysis, found: Found) -> Answer | None:
    """"I don't know who “she” is" for a question about a pronoun (or, in Korean, about no one)
    that nothing names; else None."""
    if a.slots or found.subjects or found.ambiguous or a.definition:
        return None
    if _ABROAD.fullmatch(a.raw.strip(" ¿?¡!.").casefold()):
        return Answer(a.raw, False, [Part(_NAME_THEM.get(asker_language(a.raw), _THEM))], "unknown")
    if any(w in _THEY for w in a.words) and a.stems and all(s in _PAIRED for s in a.stems):
        return Answer(a.raw, False, [Part(_THEM)], "unknown")  # "are they dating": no release date, no list of crushes
    pronoun = next((_SINGULAR[w] for w in a.words if w in _SINGULAR), None)
    if pronoun is None and not (a.korean and a.qtype == "yes_no"):
        return None
    if pronoun is None and "all the " in a.text:
        return None  # "여자애들 다 죽어?" (do all the girls die): a group the question names (groups.py)
    if not a.stems or any(s not in (_ASKED if pronoun else _FATES) for s in a.stems):
        return None  # "the girl with the bow, does she die": a description may say who
    said = _WHOM.format(word=pronoun) if pronoun else _NOBODY
    return Answer(a.raw, False, [Part(said)], "unknown")
