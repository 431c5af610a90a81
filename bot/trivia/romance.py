"""Spanish, Portuguese and French typed in a fan channel, read as the matcher's English.

Fans of a global server correct, deny and ask in their own languages, and a comma tells a correction from a
denial:

- a correction: "no, es onjo", "não, é a onjo", "non, c'est onjo" (no: it's On-jo) are "no its onjo", a guess
  of On-jo, where "no es onjo" and "não é a onjo" deny her (`bot.trivia.hits.negation_before`);
- a denial in French: "ce n'est pas onjo", "c'est pas onjo" are "not onjo";
- a question expecting yes: "¿no es gwinam?", "no es gwinam?", "não é o gwinam?" are "isnt it gwinam?", a guess;
- a guess taken back: "onjo, digo namra", "onjo, quiero decir namra", "onjo, quer dizer namra", "onjo, je veux
  dire namra" (On-jo, I mean Nam-ra) are "onjo no wait namra";
- "anyone but X": "cualquiera menos X", "quien sea excepto X", "qualquer um menos X", "n'importe qui sauf X" rule X
  out, as English "anyone but X" does;
- "I don't know" ("no sé", "não sei", "je sais pas") is "idk", a hedge;
- "es en seúl", "en seúl" (in Seoul) are "in seúl", and "170 mil personas" is 170000 (not English chat's
  million);
- a message of such words only ("yo", "e", "es", "que"): talk, no guess.

The message is put in English first, as `bot.trivia.asianlatin` does for Hinglish, Malay and Tagalog, so every
other rule of the matcher (`bot.trivia.matching`) judges it as it judges English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later

__all__ = ["in_english_from_romance"]

_NO = r"(?:no|não|nao|non|nop|nope)"
_IT_IS = r"(?:es|é|e|eh|c['’]est|cest|era|était|etait)"
# "no" said alone and then what it is: a correction, the name after it guessed
_CORRECTED = compile_later(rf"(?<![\w'’])¡?{_NO}\s*[,.!;:…]+\s*{_IT_IS}(?!\w)", re.I)
# "¿no es X?": a question expecting yes (to the end of the message, or the "¿" opening it)
_ASKED = compile_later(rf"(?:^|¿)\s*{_NO}\s+(?:es|é|e|eh)\s+((?:(?:el|la|o|a)\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,2}})\s*\?+\s*$", re.I)
_FRENCH_NOT = compile_later(r"(?<![\w'’])(?:ce\s+)?n['’]est\s+pas(?!\w)|(?<![\w'’])c['’]est\s+pas(?!\w)", re.I)
# "onjo, digo namra": the first one taken back
_I_MEAN = compile_later(
    r"\s*[,.…;]+\s*(?:digo|quiero\s+decir|mejor\s+dicho|quer\s+dizer|quis\s+dizer|je\s+veux\s+dire|enfin)\s+(?=\w)", re.I
)
_NOT_KNOWN = compile_later(r"(?<!\w)(?:no\s+s[eé]|n[aã]o\s+sei|je\s+(?:ne\s+)?sais\s+pas|j['’]?sais\s+pas|ni\s+idea)(?!\w)", re.I)
_IN = compile_later(r"^\s*(?:(?:es|está|esta|é|fica|c['’]est)\s+)?(?:en|em)\s+(?=\w)", re.I)
# Words that frame a guess in these languages (`bot.trivia.guesses`): alone, they guess nothing
_FRAME_ONLY = compile_later(r"\s*(?:(?:yo|e|é|es|que|qué|creo|acho|tal\s+vez|talvez|quizás|quizas|c['’]est)\s*[?!.…]*\s*)+", re.I)
# Spanish and Portuguese "mil" is a thousand ("170 mil personas"); English chat's "170 mil" is a million, so only
# before a word for persons of these languages
_THOUSAND = compile_later(r"(\d+)\s*mil\s+(?=(?:de\s+)?(?:personas|pessoas|habitantes|personnes|habitants|residentes|gente)\b)", re.I)
# "cualquiera menos X" (anyone but X): every one save X, X ruled out
_ANYONE_BUT = compile_later(
    r"(?<!\w)(?:cualquiera|quien\s+sea|qualquer\s+um|qualquer\s+uma|n['’]importe\s+qui)\s+(?:menos|excepto|salvo|exceto|sauf)(?!\w)", re.I
)
_WORD = compile_later(r"[^\W\d_]+")
_TRIGGERS = frozenset("cualquiera sea qualquer importe sei sais idea mil no não nao non nop nope pas digo decir dicho dizer dire enfin en em yo e é es que qué creo acho tal talvez quizás quizas".split())


def in_english_from_romance(guess: str, answers: Sequence[str]) -> str:
    """The message with its Spanish, Portuguese and French corrections, denials, questions and "in" in English
    ("no, es onjo" -> "no its onjo"; "¿no es gwinam?" -> "isnt it gwinam?"; "c'est pas onjo" -> "not onjo"; "onjo,
    digo namra" -> "onjo no wait namra"); as typed when it holds none (a word an answer holds is read as the answer's)."""
    words = set(_WORD.findall(guess.lower())).difference(*(_WORD.findall(a.lower()) for a in answers))
    if words.isdisjoint(_TRIGGERS):
        return guess  # (most messages: one look; "En Vogue", "Que Sera": a word an answer holds is read as the answer's)
    if _FRAME_ONLY.fullmatch(guess):
        return ""  # "yo", "e", "es": no guess
    guess = _NOT_KNOWN.sub("idk", guess)
    guess = _ANYONE_BUT.sub("anyone but", guess)
    guess = _ASKED.sub(r"isnt it \1?", guess)
    guess = _CORRECTED.sub("no its", guess)
    guess = _FRENCH_NOT.sub("not", guess)
    guess = _I_MEAN.sub(" no wait ", guess)
    guess = _THOUSAND.sub(lambda m: f"{int(m.group(1)) * 1000} ", guess)
    return _IN.sub("in ", guess)
