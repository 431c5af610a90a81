"""Where one character goes at the end, and why they did not go with the others, asked in Spanish, Portuguese,
Tagalog or Indonesian, put as the English question endings.py reads: "a dónde va ent0 al final", "para onde vai a
ent0 no final", "saan pupunta si ent0 sa dulo", "ent0 ke mana di akhir" -> "where does ent0 go at the end";
"por qué ent0 no se fue con ellos", "por que a ent0 não foi com eles", "bakit hindi sumama si ent0" -> "why didn't
ent0 go with them". Only one named character (a slot, ent0) and the end said: "dónde está la biblioteca" or
"sino yung nasa dulo ng hallway" stay as they were. The English question goes through the same readers, so what
it spoils is hidden below a member's mark exactly as when asked in English.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

_SLOT = r"(ent\d+)"
_TAIL = r"(?: (?:ya|sih|po|ba|né|no|eh))?\W*$"
_GOES_AT_THE_END = (
    # Spanish: "a dónde va ent0 al final", "adonde se fue la ent0 al final", "dónde termina ent0 al final"
    compile_later(rf"^\W*¿?(?:a |para )?(?:a)?d[oó]nde (?:se )?(?:va|fue|termina|acaba|qued[oó]|se queda) (?:el |la )?{_SLOT}"
                  rf" (?:al final|en el final|en el [uú]ltimo (?:cap[ií]tulo|episodio))(?: de la (?:serie|temporada(?: 1)?))?{_TAIL}", re.I),
    # Portuguese: "para onde vai a ent0 no final", "pra onde foi o ent0 no fim"
    compile_later(rf"^\W*(?:para |pra |aonde |onde )?(?:onde )?(?:que )?(?:vai|foi|vai parar|termina|acaba) (?:o |a )?{_SLOT}"
                  rf" (?:no final|no fim|no [uú]ltimo epis[oó]dio)(?: da (?:s[eé]rie|temporada(?: 1)?))?{_TAIL}", re.I),
    # Tagalog: "saan pupunta si ent0 sa dulo", "saan napunta si ent0 sa huli", "san pumunta si ent0 sa ending"
    compile_later(rf"^\W*(?:saan|san) (?:ba |po )*(?:pupunta|pumunta|napunta|nagpunta|pumupunta|papunta) (?:ba |po )*(?:si |ni )?{_SLOT}"
                  rf" (?:sa (?:dulo|huli|ending|katapusan)|sa huling episode)(?: ng (?:series|serye|season 1))?{_TAIL}", re.I),
    # Indonesian: "ent0 ke mana di akhir", "ent0 pergi kemana di ending", "ke mana ent0 di akhir"
    compile_later(rf"^\W*(?:si |sang )?{_SLOT} (?:pergi )?ke ?mana (?:di |pas |pada )(?:akhir|ending|akhirnya|episode terakhir)"
                  rf"(?: (?:series|serial|season 1))?{_TAIL}", re.I),
    compile_later(rf"^\W*(?:pergi )?ke ?mana (?:si |sang )?{_SLOT} (?:di |pas |pada )(?:akhir|ending|akhirnya|episode terakhir){_TAIL}", re.I),
)
_NOT_WITH_THEM = (
    # Spanish: "por qué namra no se fue con ellos", "porque ent0 no se va con los demás"
    compile_later(rf"^\W*¿?por ?qu[eé] (?:el |la )?{_SLOT} no se (?:fue|va|qued[oó]|fu[eé]) con (?:ellos|los dem[aá]s|el grupo|sus amigos)"
                  rf"(?: al final)?{_TAIL}", re.I),
    # Portuguese: "por que a ent0 não foi com eles no final", "pq o ent0 nao vai com os outros"
    compile_later(rf"^\W*(?:por ?qu[eê]|pq) (?:o |a )?{_SLOT} (?:n[aã]o|nao) (?:foi|vai|ficou|seguiu) com (?:eles|os outros|o grupo|os amigos)"
                  rf"(?: no final| no fim)?{_TAIL}", re.I),
    # Tagalog: "bakit hindi sumama si ent0", "bakit di sumama si ent0 sa kanila"
    compile_later(rf"^\W*bakit (?:hindi|di|'?di) (?:na )?(?:ba )?(?:sumama|sumasama|nakisama) (?:po )?(?:si |ni )?{_SLOT}"
                  rf"(?: sa (?:kanila|grupo|barkada|mga kaibigan))?(?: sa (?:dulo|huli))?{_TAIL}", re.I),
    # Indonesian: "kenapa ent0 gak ikut mereka", "kenapa ent0 nggak pergi bareng mereka"
    compile_later(rf"^\W*(?:kenapa|mengapa|knp) (?:si |sang )?{_SLOT} (?:gak|ga|nggak|ngga|enggak|tidak|gk) (?:ikut|pergi|ikut pergi)"
                  rf"(?: (?:sama|bareng|dengan|ama))? (?:mereka|yang lain|teman-temannya|temen-temennya)(?: di akhir)?{_TAIL}", re.I),
)

#: Each kind of question with the English one endings.py reads ({} the character's slot).
_ASKED = ((_GOES_AT_THE_END, "where does {} go at the end"), (_NOT_WITH_THEM, "why didn't {} go with them"))


def ending_asked(text: str) -> str | None:
    """The English question for where one character goes at the end, or why they did not go with the others, or
    None when `text` asks neither (see the module's docstring)."""
    if "ent" not in text:
        return None
    for patterns, question in _ASKED:
        for pattern in patterns:
            if (m := pattern.match(text)) is not None:
                return question.format(m.group(1))
    return None
