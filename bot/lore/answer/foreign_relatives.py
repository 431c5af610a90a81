"""A relative said the Spanish, Portuguese, Indonesian or Tagalog way ("el padre de ent0", "a mãe do ent0", "ayah
ent0", "tatay ni ent0"), read as the English "ent0's father" before foreign_glosses.py reads the rest of the question:
the relation word is followed from the name as in any English question (bot.lore.kin).
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

# "el padre de ent0", "a mãe do ent0", "la mejor amiga de ent0": the relative of a name, said the English way round
_KIN = {"padre": "father", "papá": "father", "papa": "father", "pai": "father", "madre": "mother", "mamá": "mother",
        "mama": "mother", "mãe": "mother", "mae": "mother", "hermano": "brother", "irmão": "brother", "irmao": "brother",
        "hermana": "sister", "irmã": "sister", "irma": "sister", "mejor amigo": "best friend",
        "mejor amiga": "best friend", "melhor amigo": "best friend", "melhor amiga": "best friend"}
_RELATIVE = compile_later(r"(?<!\w)(?:el |la |o |a )?(" + "|".join(sorted(_KIN, key=len, reverse=True)) +
                          r") (?:de |del |do |da |dela |dele )(ent\d+)", re.I)
# Indonesian "ayah onjo", "adiknya ent0" (the relative first, no word between) and Tagalog "tatay ni ent0" ("ama",
# "ina" and "ate" are other words without "ni": Indonesian "with", English "ate"); a brother or sister said in one word
# ("adik", "kapatid") is a sibling
_KIN_ID_TL = {"ayah": "father", "bapak": "father", "bpk": "father", "bokap": "father", "papa": "father", "tatay": "father", "itay": "father",
              "ama": "father", "ibu": "mother", "nyokap": "mother", "mama": "mother", "nanay": "mother", "inay": "mother",
              "ina": "mother", "adik": "sibling", "kakak": "sibling", "abang": "brother", "kapatid": "sibling",
              "kuya": "brother", "ate": "sister", "orang tua": "parents", "ortu": "parents"}
_RELATIVE_ID_TL = compile_later(r"(?<!\w)(?:(ayah|bapak|bpk|papa|ibu|mama|adik|kakak|orang tua|ortu)(?: ?nya)?(?: si)?|(bokap|nyokap|abang)(?: si)?"
                                r"|(tatay|itay|ama|nanay|inay|ina|kapatid|kuya|ate|papa|mama) ni) (ent\d+)", re.I)


# Tagalog "kapatid na lalaki ni ent0" (sibling that is a boy), "anak na babae ni ent0": a brother, a sister, a son, a daughter
_KIN_SEXED_TL = {("kapatid", "lalaki"): "brother", ("kapatid", "babae"): "sister", ("anak", "lalaki"): "son",
                 ("anak", "babae"): "daughter"}
_RELATIVE_SEXED_TL = compile_later(r"(?<!\w)(kapatid|anak) na (lalaki|babae) ni (ent\d+)", re.I)


_HAS_SEXED_TL = compile_later(r"^\W*may (kapatid|anak) na (lalaki|babae) ba (?:si )?(ent\d+)\W*$", re.I)  # "does ent0 have a son"


def relatives_in_english(text: str) -> str:
    """`text` with each relative of a name (a slot, "ent0") said as English says it: "ent0's father"."""
    if (has := _HAS_SEXED_TL.match(text)) is not None:
        return f"does {has.group(3)} have a {_KIN_SEXED_TL[has.group(1).casefold(), has.group(2).casefold()]}"
    text = _RELATIVE_SEXED_TL.sub(lambda m: f"{m.group(3)}'s {_KIN_SEXED_TL[m.group(1).casefold(), m.group(2).casefold()]}", text)
    text = _RELATIVE.sub(lambda m: f"{m.group(2)}'s {_KIN[m.group(1).casefold()]}", text)
    return _RELATIVE_ID_TL.sub(
        lambda m: f"{m.group(4)}'s {_KIN_ID_TL[(m.group(1) or m.group(2) or m.group(3)).casefold()]}", text)
