"""The writer's own pets, relatives and friends who share a character's name, for the spoiler lexicon
(bot/lore/lexicon.py, bot/lore/lexicon_episodes.py): "my dog cheongsan", "mi gato se llama gwinam", "우리 청산이 죽었어 ㅠㅠ
14살이었는데", "kucingku mirip banget sama woojin" are the writer's, and what befalls them gives no episode away."""

from __future__ import annotations

import functools
import re

from bot.lore.chat_people import FRIENDS, FRIENDS_HANGUL, alternation
from bot.lore.lexicon_reach import found_from
from bot.lore.lexicon_words import OTHER_SEASON, SHOW_PLACE

#: A pet (or a house plant) named for a newcomer, the animal said right before or after the name ("my dog maru", "maru, best cat ever", "강아지 마루").
_PETS = (r"(?:dog|doggo|cat|puppy|pup|kitten|kitty|pet|hamster|bunny|rabbit|bird|parrot|fish|goldfish|강아지|고양이|댕댕이|냥이|햄스터|토끼"
         r"|perr(?:it)?[oa]|gat(?:it)?[oa]|cachorr(?:inh)?[oa]|gatinh[oa]|kucing(?:ku|nya|mu)?|anjing(?:ku|nya|mu)?|pusa|aso|mèo|chó"
         # (or a house plant given the name: "my cactus cheongsan died lol", "kaktusku gwinam mati", "mi planta onjo se murió")
         r"|plant|cactus|succulent|bonsai|monstera|kaktus(?:ku|nya)?|tanaman(?:ku|nya)?|halaman|plantita|planta|cacto|선인장|화분|다육이"
         r"|サボテン|仙人掌)s?")
# ... or the writer's own friend ("my friend maru", "내 친구 주란이"), not "onjo's friend maru"
PET_BEFORE = re.compile(rf"(?<![\w-])(?:{_PETS}|(?:my|our|내|우리|제)\s*(?:{alternation(*FRIENDS, *FRIENDS_HANGUL)})s?)"
                         r"(?:\s+(?:ko|kong|mo|mong|namin|naming|kamu|lo|lu)(?:\s+na)?\s+si)?"  # "aso naming si soju", "anjing kamu si"
                         r"(?:\s+(?:se llama|se chama|is named|is called|named|called|namanya)|['’]s name is)?\W{0,3}$", re.I)  # ("gato se llama gwinam")
PET_REACH = 24  # how far before a name the pet word and the name given it are looked for ("hámster se llama ")
# ... then the show's one said apart ("... y la de la serie es mordida", "... y en la serie muere"; never "como en la serie")
# (past the pet's own loss: "my dog namra died last year :( but in the show she survives", "kucingku gwinam mati tahun lalu
# 😭 di series juga mati")
_OWN_LOSS = r"(?:\s+(?:died|passed away|muri[óo]|morreu|faleceu|falleci[óo]|mati|meninggal|namatay)(?![\w-])[^.!?\n]{0,25}?)?"
_SHOWS_ONE = re.compile(_OWN_LOSS + r"[^.!?\n]{0,12}?(?<![\w-])(?:(?:el|la|o|a) (?:de (?:la serie|verdad|verdade)|da s[ée]rie|verdader[oa]"
                        r"|verdadeir[oa])|(?:el|la) real|the (?:real|og) one|the one (?:in|from) the (?:show|series)|yang asli"
                        r"|di (?:series|serial|drama)(?:nya)?"
                        rf"|(?<!como )(?<!like )(?:{SHOW_PLACE}))(?![\w-])", re.I)
# ... or set apart from the show's one right after ("my dog is named gwinam but in the show he dies in 11"): the name is
# the show's one's, and so is the pronoun after it (not "named gwinam like in the show", nor "after the one in the show")
_SHOW_APART = re.compile(rf"{_OWN_LOSS}\s*(?:,\s*)?(?:(?:but|and|though|tho|while|whereas|pero|mas|tapi)\s+(?:{SHOW_PLACE})"
                         r"|(?:(?:but|tapi)\s+)?(?:the one (?:in|from) the (?:show|series)|di (?:series|serial|drama)(?:nya)?))(?![\w-])", re.I)


def show_apart(sentence: str, end: int) -> bool:
    """Whether the show's one is set apart right after the pet's name ending at `end` ("... gwinam but in the show")."""
    return _SHOW_APART.match(sentence, end) is not None


# ... or the pet's own clause going on to its death or bite ("mi gato se llama gwinam y murió en el ep 11"): no episode's (but the show's one's after it: "y murió, igual que el de la serie en el 11")
PETS_OWN_FATE = re.compile(_PETS + r"\s+(?:se llama|se chama|is named|is called|named|called)\s+[\w-]+\s+(?:y|e|and)\s+(?:muri[óo]"
                            r"|morreu|died|falleci[óo]|faleceu|(?:fue|foi) mordid[oa]|got bit(?:ten)?|was bitten)(?![\w-])"
                            rf"(?![^.!?\n]*?(?<![\w-])(?:(?:el|la|o|a) (?:de la serie|da s[ée]rie)|{SHOW_PLACE}|the one (?:in|from) the (?:show|series))(?![\w-]))", re.I)
PET_AFTER = re.compile(rf"\W{{0,3}}(?:(?:the|my|our|a|best|good|fat|old|little|con|fav|fave|sweet|baby|boy|girl)[\s,]+){{0,4}}{_PETS}"
                        r"(?![\w'’-])", re.I)  # "gwi-nam my fav boy, best dog ever"
# ... or the name said to be the pet's a little after it ("mi perro mordió a onjo por accidente, así se llama mi gata", "that's
# my cat's name", "é o nome da minha gata"), no episode between ("gwinam muere en el 11, así se llama mi gata": his)
_PET_NAME_AFTER = re.compile(r"[^.!?\n\d]{0,40}?(?<![\w-])(?:as[ií] se llama|se llama as[ií]|(?:that|this)['’]?s(?: also)?"
                             r"|(?:é|e) o nome d[ao]|es el nombre de) (?:mi|mis|my|minha|meu|our) " + _PETS + r"(?![\w-])", re.I)
_PET_NAME_WORDS = ("llama", "nombre", "nome", "that", "this")
# (the writer's own pet or self in the clause before the name: "mi perro mordió a onjo", "my dog bit onjo")
_OWN_BEFORE_NAME = re.compile(rf"(?<![\w-])(?:my|mi|mis|meu|minha|our|nuestr[oa]|{_PETS})(?![\w-])[^.!?\n,]*$", re.I)
# (or a pet biting the name, said after it: "maru fue mordido por mi perro", as lexicon_typos says it "maru got bitten by
# a dog", "onjo was bitten by my dog")
_BY_OWN_PET = re.compile(r"\s+(?:fue|foi|was|got|is|es|é)\s+(?:mordid[oa]|bit(?:ten)?)\s+(?:por|pel[oa]|by)\s+"
                         rf"(?:mi|mis|my|our|o meu|a minha|meu|minha|nuestr[oa]|a|an|the|un|una|um|uma)\s+{_PETS}(?![\w-])", re.I)


@functools.lru_cache(maxsize=8)
def _says_whose_name(sentence: str) -> bool:
    """Whether a sentence has any word _PET_NAME_AFTER opens with: looked at once a sentence, not once per name in it."""
    lowered = sentence.lower()
    return any(word in lowered for word in _PET_NAME_WORDS)


def _pet_name_after(sentence: str, start: int, end: int) -> bool:
    """Whether the name at `start`:`end` is said to be the writer's pet's a little after it (_PET_NAME_AFTER) and what
    happens to it is the writer's own (a pet or "my" before it: "mi perro mordió a onjo"; a pet biting it after it: "maru
    fue mordido por mi perro"), never a fate told of the
    name alone ("cheongsan muere al final, así se llama mi perro", "onjo survives, that's also my cat's name": theirs)."""
    return _says_whose_name(sentence) and (_OWN_BEFORE_NAME.search(sentence, max(0, start - 40), start) is not None
                                           or _BY_OWN_PET.match(sentence, end) is not None) \
        and _PET_NAME_AFTER.match(sentence, end) is not None


def pets_name(sentence: str, start: int, end: int) -> bool:
    """Whether the name at `start`:`end` is a pet's by the pet word beside it or its name said after ("my dog maru", "maru,
    best cat ever", "maru fue mordido por mi perro jaja así se llama mi gato")."""
    return ((PET_BEFORE.search(sentence, max(0, start - PET_REACH), start) is not None and not show_apart(sentence, end))
            or PET_AFTER.match(sentence, end) is not None
            or _pet_name_after(sentence, start, end))


#: A loss in the writer's own life: an age said ("14살이었는데", "she was 14", "tenía 14 años") beside the writer's own word
#: ("우리", "my", "namin", "nhà mình"), no later season named: a pet or a relative who shares a newcomer's name (not "rip my
#: maru, he was only 19": a young death lamented is the character's).
_AGE = re.compile(r"(?<!\d)\d{1,3}\s*(?:살|세|tuổi|tahun|años|anos|(?:years?|yrs?)\s*old)|(?<![\w-])(?:she|he) was \d{1,3}(?!\d)",
                  re.I)
OWN = re.compile(r"(?<![\w-])(?:my|our|mi|mis|minha|meu|namin|naming|nhà mình|của mình|우리|내)(?![\w-])", re.I)
# ... said right before or after the name ("우리 청산이", "aso naming si soju", "cheongsan nhà mình"), as season 1's names need
_OWN_BEFORE = re.compile(r"(?<![\w-])(?:my|our|mi|minha|meu|우리|내)\s*$|(?<![\w-])(?:namin|naming)\s+(?:na\s+)?si\s+$", re.I)
_OWN_AFTER = re.compile(r"\s*(?:namin|naming|nhà mình|của mình)(?![\w-])", re.I)


#: A pet, a relative or a friend of the writer's that looks like a character ("kucingku ... mirip banget sama woojin", "my dog
#: who looked just like cheong-san", "pusa ko na kamukha ni gwi-nam", "mi abuelo se parecía a so-ju", "청산이 닮은 우리
#: 강아지"): the writer's own word, a pet, a grandparent or someone unnamed ("an actor who looks like so-ju died") said a
#: little before the look (or "he", "she": a grandparent's "he looked like byeong-chan"), not "it looks like cheong-san
#: dies" nor "the guy who looks like cheong-san dies in ep 11" (his)
_LOOKER = (rf"(?:{_PETS}|(?<![\w-])(?:my|our|mi|minha|meu|mình|우리|내|ko|grand(?:pa|ma|father|mother)|granny|lol[ao]|kakek|nenek"
           r"|ông|bà|abuel[oa]|av[óô]|vov[óô]|v[óô]|an? (?:actor|actress|guy|girl|man|woman|kid|boy|idol|singer|dude)|someone|somebody"
           r"|un actor|una actriz|um ator|uma atriz|seorang|isang|he|she)(?![\w-])|(?<![\w-])\w+ku(?![\w-]))"
           r"(?:(?!it |that )[^.!?;]){0,30}?")
_LOOKS_LIKE = re.compile(_LOOKER + r"(?<![\w-])(?:(?:look(?:s|ed)?|looking)(?:\s+(?:just|exactly|so|so much|a lot|a bit|kinda))*\s+like"
                         r"|mirip(?:\s+(?:banget|bgt|sama|dengan|dgn|kayak|kyk))*|kamukha\s+(?:ni|ng|si)|giống(?:\s+(?:hệt|như))*"
                         r"|se\s+parec(?:e|ía|ia)\s+(?:a|al)|parec(?:e|ia|ía|id[oa])(?:\s+(?:com|with))?(?:\s+(?:o|a|al|the))?)"
                         r"\s+(?:the\s+)?$"
                         # Spanish "parecerse a" and Portuguese "parecer (com)", to resemble, opening its clause
                         # ("falleció 😭 se parecía a so-ju", "faleceu 😭 parecia a professora park"), not "el chico que se
                         # parece a so-ju muere" (his)
                         r"|(?:^|[^\w\s,'-])\s*(?:se\s+parec(?:e|ía|ia)\s+(?:a|al)|parecia(?:\s+com)?(?:\s+(?:o|a))?)\s+$", re.I)
_LOOKED_LIKE = re.compile(r"이?\s?(?:을|를)?\s?닮(?:은|았던|았었던)")  # "청산이 닮은 우리 강아지"
# ... or one the character reminds the writer of ("gyeongsu reminds me of my grandpa, he ... before he died", "me lembra
# meu avô", "me recuerda a mi abuelo"; not "reminds me of the roof scene", nor the two of them after: "both survive")
_REMINDS_OF = re.compile(r"\s+(?:(?:reminds?|reminded) me (?:so much |a lot )?of (?:my|our)|me (?:lembra|lembrava|recuerda|recordaba)"
                         r" (?:muito |mucho )?(?:a |o )?(?:mi|mis|meu|minha|meus|minhas))(?![\w-])"
                         r"(?![^.!?\n]*(?<![\w-])(?:both|the two of them|ambos|ambas|os dois|as duas|los dos|las dos)(?![\w-]))", re.I)
# ... not the character's own clause or real one after the name ("... cheong-san who dies", "..., the real one survives")
_HIS_CLAUSE = re.compile(r"[\s,]*(?:who|that|which|que|yang|người mà|(?:lol,? )?(?:the real one|(?:el|la|o|a) verdade?ir?[oa]"
                         r"|le vrai|la vraie)(?! (?:is|es|é|est|was|era|foi)(?![\w-]))"
                         # (nor the real one kept in the writer's heart, the show's side unsaid: "my dog looks like namra, the
                         # real one survives in my heart", a joke; "... and in the show" is hers)
                         r"(?!\s+\w+\s+(?:in|en|no|na|dans)\s+(?:my|mi|meu|minha|mon)\s+(?:heart|coraz[oó]n|cora[çc][ãa]o|c(?:œ|oe)ur)"
                         rf"(?![^.!?\n]{{0,60}}?(?:{SHOW_PLACE}))))(?![\w-])", re.I)  # ("mà" alone: "and yet")
# ... nor one whose fate is told after it as the show tells it, now ("cheongsan reminds me of my brother and then he dies",
# "namra reminds me of my sister, she turns into a zombie"): the relative's own is told past ("... before he died"), but
# no relative turns into a zombie, in any tense ("jimin reminds me of my cousin, and then she turned into a zombie"); not
# a survival of the writer's days ("hari reminds me of my sister, she ... survives every pe class"), nor a zombie of habit
# ("namra reminds me of my sister, she turns into a zombie every monday morning")
_TOLD_NOW = re.compile(r"(?<![\w-])(?:dies|survives(?! (?:every|each|all (?:my|her|his|their|the)) )|(?:turns|becomes)(?! (?:into )?(?:an? )?"
                       r"(?:zombie|monster|gremlin) (?:every|each|whenever|before|without|in the morning|at night|on (?:mondays|weekends)))"
                       r"|sacrifices"
                       r"|gets (?:bit|bitten|infected|killed)|(?:turned|became|turning|becoming) (?:into )?(?:an? )?(?:zombie|halfbie|hambie)"
                       r"|got infected|morre|muere"
                       r"|sobrevive|vira|se convierte)(?![\w-])"
                       # (never a costume: "she turned into a zombie at halloween lol" is the relative's party)
                       r"(?![^.!?,\n]{0,40}?(?:halloween|costume|cosplay|make-?up|filter))", re.I)


def pet_or_kin(sentence: str, start: int, end: int, *, others: bool) -> bool:
    """Whether the name at `start`:`end` is the writer's own pet or relative ("my dog cheongsan", "kucingku woojin", "우리
    청산이 죽었어 ㅠㅠ 14살이었는데": a pet word beside it, or an age with the writer's own word beside it and no later
    season, or one of theirs that looks like the character), never when `others` (another of the story named beside it:
    "우리 마루 죽었어 ... 온조 앞에서" is the character)."""
    if (PET_BEFORE.search(sentence, max(0, start - PET_REACH), start) and not _SHOWS_ONE.match(sentence, end)) \
            or PET_AFTER.match(sentence, end) \
            or (not others and _pet_name_after(sentence, start, end)):
        return True
    if not others and not _HIS_CLAUSE.match(sentence, end) and (
            (_likens(sentence) and _LOOKS_LIKE.search(sentence, max(0, start - 60), start)) or _LOOKED_LIKE.match(sentence, end)
            or (_REMINDS_OF.match(sentence, end) and not found_from(_TOLD_NOW, sentence, end))):  # (not searched anew per name)
        return True
    return not others and aged(sentence) and bool(
        _OWN_BEFORE.search(sentence, max(0, start - 16), start) or _OWN_AFTER.match(sentence, end))


#: A word every _LOOKS_LIKE match holds, looked for once a sentence: its search before each of 2,000 names cost 0.05 s.
_LIKENING = re.compile(r"look|mirip|kamukha|giống|parec", re.I)


@functools.lru_cache(maxsize=8)
def _likens(sentence: str) -> bool:
    """Whether the sentence holds a word `_LOOKS_LIKE` needs (looked for once a sentence, not once per name)."""
    return _LIKENING.search(sentence) is not None


@functools.lru_cache(maxsize=256)
def aged(sentence: str) -> bool:
    """An age said and no later season: read once per sentence, not per name (a long message names many)."""
    return _AGE.search(sentence) is not None and OTHER_SEASON.search(sentence) is None
