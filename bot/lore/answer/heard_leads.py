"""A "they say" lead fans type before a claim abroad ("disseram que", "me dijeron que", "katanya", "totoo bang"):
the words foreign_glosses.py drops before a fate it reads, and the lead typed alone, which preamble.py asks about
in the asker's language."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

# who said it or a doubt, said before a fate ("disseram que", "me dijeron que", "es cierto que", "katanya", "totoo bang")
HEARD_LEAD = (r"(?:(?:me |nos |eu )?(?:disseram|dizem|falaram|contaram|dijeron|dicen|contaron|ouvi(?: dizer)?|escuch[eé]|le[ií]|vi)"
              r"(?: (?:no|na|en|em|el) \w+)?(?: que)?|(?:es |é |e )?(?:verdad|cierto|verdade)(?: que)?"
              r"|(?:apa |apakah )?(?:benar|bener|beneran|betul|serius)(?: kalau| kalo| bahwa)?|katanya|kabarnya|denger(?:2|-denger)?"
              r"|dengar(?:-dengar)?|kata orang|totoo(?: ba| bang| nga)?(?: na)?|sabi(?: nila| ng \w+)?(?: na)?)")
# The lead typed with nothing after it ("dizem que", "katanya", "sabi nila"): the language its words are
# (Tagalog answered in English, as the rest of the bot answers it)
_LEAD_ALONE = compile_later(rf"^\W*{HEARD_LEAD}\W*$", re.I)
_LEAD_LANGUAGE = compile_later(r"(?P<pt>disseram|dizem|falaram|contaram|ouvi|eu|verdade|é)|(?P<es>dijeron|dicen|contaron|escuch|le[ií]"
                               r"|verdad|cierto|es\b)|(?P<id>katanya|kabarnya|denger|dengar|kata orang|benar|bener|betul|serius)", re.I)


def lead_alone(text: str) -> str | None:
    """The language of `text` when it is only a "they say" lead with no claim after it, else None."""
    if not _LEAD_ALONE.match(text):
        return None
    said = _LEAD_LANGUAGE.search(text)
    return said.lastgroup or "en" if said is not None else "en"
