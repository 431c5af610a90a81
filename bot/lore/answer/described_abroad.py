"""One of the story described abroad, read as English describes them (described.py then finds who): "la chica del
arco", "a menina do arco e flecha", "cewek yang pakai panah" -> "the girl with the bow"; "yung babaeng buntis", "la
chica embarazada", "cewek yang hamil" -> "the pregnant girl". Names are slots (ent0) by then; the question's own words
around the description ("quién es", "sino", "siapa") are glossed after this."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

_GIRL = r"chica|chava|niña|nina|muchacha|menina|garota|moça|moca|cewek|perempuan|gadis|babae|babaeng"
_BOY = r"chico|chavo|niño|nino|muchacho|menino|garoto|moço|moco|cowok|laki-laki|lelaki|lalaki|lalaking"
_WHO = rf"(?:(?:la|el|a|o|yung|ang|si) )?(?:({_GIRL})|{_BOY})"
_BOW = (r"(?:(?:del|de la|do|da|con el|con|com o|com|with the|na may|may|(?:yang|yg) (?:pakai|pake|memakai|menggunakan"
        r"|bawa|membawa)) )(?:arco(?: (?:y|e) flechas?)?|flechas?|busur(?: (?:dan )?panah)?|panah(?:an)?|pana|bow(?: and arrow)?)"
        r"(?! narrativ| argumental| de (?:personaje|personagem)| del personaje| do personagem)")  # a story's arc, no bow
_PREGNANT = r"(?: (?:que (?:está |esta |estava |estaba )?|(?:yang|yg) (?:lagi |sedang )?|na )?(?:embarazada|grávida|gravida|hamil|buntis))"
_DESCRIBED = compile_later(rf"\b{_WHO}(?:\s+{_BOW}\b|{_PREGNANT}\b)", re.I)
# "el chico que perdió el ojo", "yung lalaking nawalan ng mata", "la profesora que se sacrificó": a person and what
# they did, said as English says it ("the boy who lost an eye"); a teacher is one of the people so described
_TEACHER = r"profesora|profesor|profe|maestra|maestro|professora|professor|guru|guro"
_ONE_WHO = compile_later(rf"\b(?:(?:la|el|a|o|yung|ang|si) )?(?:({_GIRL})|({_TEACHER})|{_BOY})(?: na| nga)?\s+(?:"
                         r"(que (?:perdi[oó]|perdeu) (?:el |o |un |um |su )?(?:ojo|olho)|(?:yang|yg) kehilangan (?:sebelah )?mata"
                         r"|nawalan ng mata)"
                         r"|que se sacrific(?:[oó]|ou)|nagsakripisyo|(?:yang|yg) (?:berkorban|mengorbankan diri)"
                         # "la maestra que salva a ent0": who saves them (relative.py then finds who: Ms. Park)
                         r"|que (?:salva|salv[oó]|salvou|salvaba|salvava|rescata|rescat[oó])\s+(?:a\s+)?(ent\d+))\b", re.I)
# "¿muere la maestra que salva a ent0?" once described: the fate asked of the one described, as English asks it
_FATE_FIRST = compile_later(r"^\W*(?:muere|muri[oó]|morre|morreu)\s+(the (?:teacher|girl|boy) who [^?!.]*?)\s*\W*$", re.I)
# "la presidenta de la clase", "yung babaeng class president", "ketua kelas": the class president
_CLASS_PRESIDENT = compile_later(r"\b(?:(?:la|el|a|o|yung|ang) )?(?:(?:presidenta|presidente) (?:de (?:la )?clase|da turma)"
                                 r"|ketua kelas|(?:babaeng|lalaking|babae na|lalaki na) class president)\b", re.I)
# "la arquera", "a arqueira": the feminine says the girl, as "the archer girl" does (Ha-ri alone, never both archers)
_ARCHER_GIRL = compile_later(r"\b(?:la|a) (?:arquera|arqueira)\b", re.I)
_PREGNANT_FIRST = compile_later(rf"\b(?:(?:la|a|yung|ang) )?(?:embarazada|grávida|gravida|buntis)(?: na)? ({_GIRL})\b", re.I)


def described_abroad(text: str) -> str:
    """The text with a description said abroad in English words; any other text as it is."""
    text = _PREGNANT_FIRST.sub(" the pregnant girl ", text)
    text = _CLASS_PRESIDENT.sub(" the class president ", text)
    text = _ARCHER_GIRL.sub(" the archer girl ", text)
    if (one := _ONE_WHO.search(text)) is not None:
        who = "girl" if one.group(1) else "teacher" if one.group(2) else "boy"
        did = "who lost an eye" if one.group(3) else f"who saves {one.group(4)}" if one.group(4) else "who sacrificed themselves"
        text = f"{text[:one.start()]} the {who} {did} {text[one.end():]}"
        if (fated := _FATE_FIRST.match(text)) is not None:
            text = f"does {fated.group(1)} die"
    match = _DESCRIBED.search(text)
    if match is None:
        return text
    who = "girl" if match.group(1) else "boy"
    said = match.group(0).casefold()
    english = f" the pregnant {who} " if any(w in said for w in ("embaraz", "gr", "hamil", "buntis")) else f" the {who} with the bow "
    return text[:match.start()] + english + text[match.end():]
