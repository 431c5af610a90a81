"""Whom someone bit, asked by sex in Spanish, Portuguese, Indonesian and Tagalog ("¿a qué chica mordió ent0?", "qual menina
o ent0 mordeu?", "cewek mana yang digigit ent0?", "sinong babae kinagat ni ent0"): read as English asks it ("which girl did
ent0 bite"), so the answer names only the girls (events.py `WHICH_SEX`, gendered.py), in the asker's language."""

from __future__ import annotations

_GIRL = (r"(?:a\s+qu[eé]\s+(?:chica|muchacha|niña|nina|mujer)\s+mordi[oó]\s+(ent\d+)"
         r"|qual\s+(?:menina|garota|mulher)\s+(?:[oa]\s+)?(ent\d+)\s+mordeu"
         r"|(?:cewek|cewe|perempuan|gadis)\s+(?:mana|siapa)\s+(?:yang\s+|yg\s+)?digigit(?:\s+oleh)?\s+(ent\d+)"
         r"|sino(?:ng|\s+(?:ang|yung))\s+babae(?:\s+na)?\s+(?:kinagat|nakagat)\s+(?:ni|ng)\s+(ent\d+))")
_BOY = (r"(?:a\s+qu[eé]\s+(?:chico|muchacho|niño|nino|hombre)\s+mordi[oó]\s+(ent\d+)"
        r"|qual\s+(?:menino|garoto|homem)\s+(?:[oa]\s+)?(ent\d+)\s+mordeu"
        r"|(?:cowok|cowo|laki-laki)\s+(?:mana|siapa)\s+(?:yang\s+|yg\s+)?digigit(?:\s+oleh)?\s+(ent\d+)"
        r"|sino(?:ng|\s+(?:ang|yung))\s+lalaki(?:\s+na)?\s+(?:kinagat|nakagat)\s+(?:ni|ng)\s+(ent\d+))")

#: each a regular expression and its English, read with the other languages' words (foreign_glosses._GLOSSES)
WHICH_SEX_WORDS: tuple[tuple[str, str], ...] = (
    (_GIRL, r" which girl did \1\2\3\4 bite "),
    (_BOY, r" which boy did \1\2\3\4 bite "),
)
