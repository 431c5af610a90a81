"""Dutch, Swedish, Italian, Polish and Turkish questions read as the English ones they ask (`gloss_european`):
"wie speelt ent0", "vem spelar ent0", "chi interpreta ent0", "kto gra ent0", "ent0'yu kim oynuyor" -> "who plays
ent0"; "gaat ent0 dood", "dör ent0", "ent0 muore", "czy ent0 umiera", "ent0 ölüyor mu" -> "does ent0 die"; when season
2 comes out and whether there is one ("komt er een seizoen 2", "2. sezon olacak mı"), how many episodes there are, in
which episode someone dies.

Fans of a worldwide Netflix show ask in these languages too; without these forms such a question got "I don't know
that" (and Dutch "wie" read as German's). The answer to them is English: the layer words no answer in these languages
(asker_language.py reads their own words as "other"). Only a whole question of one of the shapes below is read, after
names have become slots (ent0); any other text is left exactly as typed for the other languages' readers, so a
Spanish or Indonesian question never loses a word to an Italian or Turkish look-alike.
"""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later, rewrite_in_turn
from bot.lore.answer.words import says_any

# Words none of the other readers' languages writes: only a text holding one is looked at.
_MARKERS = frozenset("""
    speelt speelde spelar spelade interpreta interpretato interpretata gra grał grała zagrał zagrała oynuyor oynadı
    oynayan wie vem chi kto kim dood sterft overleeft dör överlever muore morto morta sopravvive umiera ginie
    przeżyje ölüyor ölür öldü wanneer när quando kiedy hoeveel många quanti quante ile kaç aflevering
    afleveringen avsnitt episodi puntata puntate odcinku odcinków bölüm bölümde jest è sezon seizoen säsong stagione çıkacak sarà blir będzie olacak
""".split())
_LEAD = r"^\W*(?:btw |ok |hey |ej |hej |allora |dus )?"
# the show named last ("in all of us are dead", "i all of us are dead", "di all of us are dead"), then marks
_TAIL = r"(?:\s+(?:(?:in|i|di|w|en|van|ha|har)\s+)?(?:all of us are dead|aouad|the show|de serie|la serie|serien))?\s*\W*$"
_HOLDER = r"(ent\d+(?:'s (?:father|mother|brother|sister))?)"
# a name with a Turkish case ending glued on ("ent0'yu", "ent0yu", "ent0'ın")
_TR_NAME = r"(ent\d+)(?:'?(?:yu|yi|yı|yü|u|i|ı|ü|nin|nın|nun|in|ın|un))?"
_SEASON_2 = (r"(?:(?:la |het |de |the )?(?:seizoen|säsong|stagione|sezon|season|s)\s*2|2\.?\s*(?:sezon|seizoen|stagione|season)"
             r"|(?:la )?seconda stagione|(?:het )?tweede seizoen|andra säsongen|drugi sezon|ikinci sezon)")

# "de vader van ent0", "il padre di ent0", "ojciec ent0": the relative of a name, said the English way round
_RELATIVES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(source, re.I), english) for source, english in (
    (r"\bde (vader|moeder|broer|zus) van (ent\d+)", r"\2's \1"),
    (r"\b(?:il |la )?(padre|madre|fratello|sorella) di (ent\d+)", r"\2's \1"),
    (r"\b(ojciec|matka|brat|siostra) (ent\d+)", r"\2's \1"),
))
_KIN = {"vader": "father", "moeder": "mother", "broer": "brother", "zus": "sister", "padre": "father",
        "madre": "mother", "fratello": "brother", "sorella": "sister", "ojciec": "father", "matka": "mother",
        "brat": "brother", "siostra": "sister"}
_KIN_WORD = compile_later(r"(?<='s )(" + "|".join(_KIN) + r")\b", re.I)

# Each whole question and the English it asks.
_SHAPES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(_LEAD + source + _TAIL, re.I), english)
                                                     for source, english in (
    # who plays someone
    (r"(?:wie speelt|wie speelde|vem spelar|vem spelade|chi interpreta|chi ha interpretato|kto gra|kto grał|kto grała"
     r"|kto zagrał|kto zagrała)\s+(?:de rol van |il ruolo di |la parte di |rolę )?" + _HOLDER, r"who plays \1"),
    (r"chi (?:è|e'|e) (?:l'attore|l'attrice) (?:di|che interpreta) " + _HOLDER, r"who plays \1"),
    (_TR_NAME + r"\s+(?:kim oynuyor|kim oynadı|oynayan (?:oyuncu |kişi )?kim)", r"who plays \1"),
    # who someone is
    (r"(?:wie is|vem är|chi (?:è|e'|e)|kim jest|kto to (?:jest )?)\s+" + _HOLDER, r"who is \1"),
    (r"(ent\d+)\s+(?:kim|kimdir|to kto)", r"who is \1"),
    # which episode someone dies in
    (r"(?:in welke aflevering (?:gaat|sterft) " + _HOLDER + r"(?: dood)?)", r"in which episode does \1 die"),
    (r"(?:i vilket avsnitt dör|in (?:quale|che) (?:episodio|puntata) muore|w którym odcinku (?:umiera|ginie))\s+"
     + _HOLDER, r"in which episode does \1 die"),
    (_TR_NAME + r"\s+(?:hangi|kaçıncı) bölümde (?:ölüyor|ölür|öldü)", r"in which episode does \1 die"),
    # whether someone dies or lives
    (r"(?:gaat|is) " + _HOLDER + r" dood", r"does \1 die"),
    (r"(?:sterft|dör|muore|umiera|ginie|czy umiera) " + _HOLDER, r"does \1 die"),
    (r"(?:czy )?" + _HOLDER + r" (?:muore|umiera|ginie|dör|sterft)(?: alla fine| na końcu| op het einde)?",
     r"does \1 die"),
    (_TR_NAME + r"\s+(?:ölüyor|ölür|öldü) ?(?:mu|mı|mü|mi)", r"does \1 die"),
    (r"(?:overleeft|överlever|sopravvive|czy przeżyje) " + _HOLDER, r"does \1 survive"),
    (r"(?:czy )?" + _HOLDER + r" (?:sopravvive|przeżyje|overleeft|överlever)", r"does \1 survive"),
    # when season 2 comes out
    (r"(?:wanneer (?:komt|verschijnt|is)|när kommer|quando (?:esce|uscirà|uscira|arriva)|kiedy (?:wychodzi|wyjdzie"
     r"|będzie|bedzie))\s+" + _SEASON_2 + r"(?:\s+(?:uit|ut|online))?", r"when does season 2 come out"),
    (_SEASON_2 + r"\s+ne zaman (?:çıkacak|çıkıyor|gelecek|gelir|yayınlanacak)", r"when does season 2 come out"),
    # whether there is a season 2 at all
    (r"(?:komt er (?:nog )?(?:een )?|is er (?:een )?|ci sar[àa] (?:una )?|c'[èe] (?:una )?|blir det (?:en )?"
     r"|kommer det (?:en )?|czy (?:będzie|bedzie) |(?:będzie|bedzie) )" + _SEASON_2, r"is there a season 2"),
    (_SEASON_2 + r"\s+(?:olacak|gelecek|var) ?(?:mı|mi|mu)", r"is there a season 2"),
    # how many episodes
    (r"(?:hoeveel afleveringen(?: (?:heeft|zijn er|heeft het|heeft de serie))?|hur många avsnitt(?: (?:finns det|har "
     r"den|är det))?|quant[ie] (?:episodi|puntate)(?: (?:ci sono|ha))?|ile (?:jest )?odcinków(?: (?:ma|jest))?"
     r"|kaç bölüm(?: var)?)", r"how many episodes are there"),
))


def gloss_european(text: str) -> str:
    """`text` as the English question its Dutch, Swedish, Italian, Polish or Turkish says, or `text` itself."""
    if not says_any(text, _MARKERS):
        return text
    plain = re.sub(r"\s+", " ", text).strip()
    plain = _KIN_WORD.sub(lambda m: _KIN[m.group(1).casefold()], rewrite_in_turn(plain, _RELATIVES))
    for shape, english in _SHAPES:
        if shape.match(plain):
            return shape.sub(english, plain, count=1)
    return text


# Turkish glues a case ending onto a name after an apostrophe ("on-jo'yu kim oynuyor", "nam-ra'nın babası"): the name
# alone is looked for, only in a question holding a Turkish word
_TURKISH = frozenset("kim kimdir oynuyor oynadı oynayan ölüyor ölür öldü bölüm bölümde kaç hangi kaçıncı".split())
_TR_ENDING = compile_later(r"(?<=[^\W\d_])['’](?:yu|yi|yı|yü|nun|nin|nın|nün|un|in|ın|ün|u|i|ı|ü|ya|ye|a|e|da|de|dan|den)\b",
                           re.I)


def european_before_names(raw: str) -> str:
    """`raw` with a Turkish case ending taken off the name it is glued to, before names are found."""
    if ("'" not in raw and "’" not in raw) or not says_any(raw, _TURKISH):
        return raw
    return _TR_ENDING.sub("", raw)
