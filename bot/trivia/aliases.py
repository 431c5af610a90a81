"""Names an act, a person, a club or a city is as well known by: "the Stones" for the Rolling Stones,
"Sporty Spice" and "Mel C" for Melanie C, "Shaq", "Philly", "Barca", a brand's ("Maccas", "Coke"), a job's or a thing's other names ("fireman", "headmaster", "castle" for the rook), a city's or a
country's own name in its language ("Roma", "Warszawa", "Sverige"), a Korean province by its short name ("Gyeongbuk", "경북": North Gyeongsang), a Korean film or
series by its Korean title, as fans of a Korean show type it ("부산행" for Train to Busan), an actress by the name
fans gave her ("Ms. Shibal" for Lee Eun-saem, fact sheet row 9); and a football club without its
"FC" ("Barcelona" for FC Barcelona); a compass word by its initial ("N Dakota", "W Virginia").

Only names that stand for that one thing are listed (a nickname two people share is left out: "the
King", "the Boss"), and each group reads both ways, except the short forms after "|" (accepted for the
full name, never the full name for them: "the Rock" is also Alcatraz). A name the question says is
never an answer (bot.trivia.variants filters it).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.trivia.normal import compact_form, normalize_tokens

# One line per thing: its names (each reads as the others) | short forms (only read as it).
_GROUPS = """
the rolling stones, rolling stones | the stones, stones
the beatles, beatles | the fab four, fab four
red hot chili peppers | the chili peppers, chili peppers, rhcp
led zeppelin | zeppelin
creedence clearwater revival | creedence, ccr
lynyrd skynyrd | skynyrd
black sabbath | sabbath
guns n roses, guns and roses | gnr
earth wind and fire, earth wind & fire | ewf
the sex pistols, sex pistols | the pistols
spice girls, the spice girls | the spice girls
melanie c, mel c, melanie chisholm, sporty spice | sporty
geri halliwell, geri horner, ginger spice | geri, ginger
victoria beckham, victoria adams, posh spice | posh
emma bunton, baby spice
melanie b, mel b, melanie brown, scary spice | scary
eminem, marshall mathers, slim shady
snoop dogg, snoop doggy dogg, snoop lion | snoop
sean combs, puff daddy, p diddy, diddy
tupac shakur, 2pac, tupac
the notorious b.i.g., notorious big, biggie smalls, christopher wallace | biggie
lady gaga, stefani germanotta | gaga
michael jackson | king of pop, the king of pop
dwayne johnson | the rock
shaquille o'neal | shaq
magic johnson, earvin johnson | magic
muhammad ali, cassius clay
cristiano ronaldo | cr7
babe ruth | the babe, the bambino
wayne gretzky | the great one
kareem abdul-jabbar | kareem
new york city | the big apple, big apple
las vegas | vegas
philadelphia | philly
new orleans | nola
san francisco | san fran, sf
fc barcelona, barcelona | barca
manchester united | man utd, man united
manchester city | man city
bayern munich, bayern munchen, fc bayern | bayern
mcdonalds, mcdonald's | maccas, mickey d's, mickey ds, mcd's
kentucky fried chicken, kfc
coca-cola, coca cola | coke
chocolate | choc, choco, choccy
firefighter, fire fighter, fireman
police officer, policeman, police man | cop
mail carrier, mailman, postman, mail man
flight attendant, stewardess, air hostess
principal, headmaster, head teacher, headteacher
construction site, building site
rook | castle
rome | roma
warsaw | warszawa
havana | habana, la habana
prague | praha
vienna | wien
moscow | moskva
lisbon | lisboa
munich | munchen, muenchen
cologne | koln, koeln
florence | firenze
venice | venezia
naples | napoli
milan | milano
turin | torino
copenhagen | kobenhavn
brussels | bruxelles, brussel
athens | athina
kyiv, kiev
sweden | sverige
norway | norge
denmark | danmark
finland | suomi
germany | deutschland
spain | espana
italy | italia
poland | polska
austria | osterreich
japan | nippon, nihon
greece | hellas
croatia | hrvatska
switzerland | schweiz, suisse, svizzera
north gyeongsang, gyeongsangbuk-do, north gyeongsang province | gyeongbuk, kyungbuk, kyeongbuk
south gyeongsang, gyeongsangnam-do, south gyeongsang province | gyeongnam, kyungnam, kyeongnam
north jeolla, jeollabuk-do, north jeolla province | jeonbuk, chonbuk
south jeolla, jeollanam-do, south jeolla province | jeonnam, chonnam
north chungcheong, chungcheongbuk-do, north chungcheong province | chungbuk
south chungcheong, chungcheongnam-do, south chungcheong province | chungnam
gyeonggi, gyeonggi-do, gyeonggi province | kyunggi
gangwon, gangwon-do, gangwon province | kangwon
train to busan | 부산행
parasite | 기생충
squid game | 오징어 게임
peninsula | 반도
memories of murder | 살인의 추억
lee eun-saem, lee eun saem | ms shibal, ms. shibal, miss shibal
"""


def _table() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for line in _GROUPS.strip().splitlines():
        names, _, short = line.partition("|")
        full = [compact_form(normalize_tokens(n)) for n in names.split(",") if n.strip()]
        rest = [compact_form(normalize_tokens(n)) for n in short.split(",") if n.strip()]
        for name in full:
            found.setdefault(name, []).extend(f for f in [*full, *rest] if f != name)
    return {name: tuple(dict.fromkeys(forms)) for name, forms in found.items()}


#: compact name -> the compact names it is also known by
ALSO_KNOWN_AS: Mapping[str, tuple[str, ...]] = _table()
_CLUB = frozenset({"fc", "afc", "cf", "sc"})
_COMPASS = frozenset({"north", "south", "east", "west"})


def known_as(compact: str, tokens: tuple[str, ...]) -> list[str]:
    """Compact forms an answer (`compact`, its `tokens`) is also known by (see module docstring)."""
    forms = list(ALSO_KNOWN_AS.get(compact, ()))
    if len(tokens) >= 2 and (tokens[0] in _CLUB or tokens[-1] in _CLUB):
        club = tokens[1:] if tokens[0] in _CLUB else tokens[:-1]
        if len(compact_form(list(club))) >= 5:
            forms.append(compact_form(list(club)))  # "Barcelona" for FC Barcelona, "Arsenal" for Arsenal FC
    if len(tokens) >= 2 and tokens[0] in _COMPASS and tokens[1].isalpha() and len(tokens[1]) >= 4:
        forms.append(compact_form([tokens[0][0], *tokens[1:]]))  # "N Dakota", "W. Virginia", "S Korea"
    return forms
