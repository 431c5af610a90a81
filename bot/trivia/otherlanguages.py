"""Everyday answers in the other languages a global fan server types: colours, animals, fruits, weather and a few places in
Spanish, French, Indonesian/Malay, Tagalog and Japanese (romanised). A player answers "rojo" for Red,
"kucing" for Cat, "ringo" for Apple, "lluvia" for rain, "baño" for a bathroom. A word gives the matcher (bot.trivia.matching) another reading
of a one-word guess that counts only when it is an accepted answer, so it is never taken for anything
else; words English chat uses otherwise are left out ("chat" is French for cat, "aka" Japanese red,
"negro" and "blanco" are names and words elsewhere, "raisin" is a dried grape, "baka" a taunt). An answer said
with Spanish or Portuguese articles before each noun is that answer ("el arco y la flecha": `without_articles`).
Someone told by a deed, a role or kin is read as English tells them ("el que perdió el ojo", "눈 잃은 애": the one who
lost his eye; "la que mató a woojin", "우진이를 죽인 애"; "kapatid ni woojin": woojin's sibling; "la arquera").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.trivia.accepted import Answer
from bot.trivia.address import CALLS
from bot.trivia.guesses import OTHER_LANGUAGE_ARTICLES, THE_ONE, TOLD_AFTER
from bot.trivia.hits import Prepared
from bot.trivia.koreannouns import TRANSLATIONS
from bot.trivia.normal import compact_form
from bot.trivia.talk import GUESS_PARTICLES

__all__ = ["OTHER_LANGUAGE_WORDS", "korean_clause", "owned_in_other_language", "phrase_in_other_language", "word_in_english"]



def _table(rows: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for row in rows.strip().splitlines():
        english, words = row.split(":")
        for word in words.split():
            table[word] = (*table.get(word, ()), english.strip())
    return table


# english: spanish french indonesian tagalog japanese (each where it is no English word nor chat)
OTHER_LANGUAGE_WORDS = _table(
    """
    red: rojo roja rouge merah pula akai
    blue: azul bleu biru asul aoi
    green: verde vert hijau berde midori
    yellow: amarillo jaune kuning dilaw kiiro
    black: noir hitam itim kuro
    white: blanc putih puti shiro
    orange: naranja jeruk dalandan
    pink: rosa
    purple: morado violeta ungu lila
    cat: gato gata kucing pusa neko
    dog: perro perra chien anjing aso inu
    bird: pajaro oiseau burung ibon tori
    fish: pez pescado poisson ikan isda sakana
    horse: caballo cheval kuda kabayo uma
    rat: rata rato
    mouse: raton souris tikus daga nezumi
    rabbit: conejo lapin kelinci kuneho usagi
    bunny: conejo lapin kelinci kuneho usagi
    snake: serpiente serpent ular ahas hebi
    tiger: tigre harimau tigre tora
    lion: leon singa leon
    monkey: singe monyet unggoy saru
    pig: cerdo cochon babi baboy buta
    cow: vaca vache sapi ushi
    bear: oso ours beruang oso kuma
    wolf: lobo loup serigala lobo ookami
    fox: zorro renard rubah kitsune
    dragon: dragon naga ryu
    apple: manzana pomme apel mansanas ringo
    banana: platano pisang saging
    strawberry: fresa fraise stroberi ichigo
    grape: uva anggur ubas budou
    grapes: uvas anggur ubas budou
    peach: melocoton durazno peche persik momo
    bathroom: bano banyo toilettes
    toilet: inodoro toilettes
    rain: lluvia pluie hujan ulan
    storm: tormenta orage badai bagyo arashi
    thunderstorm: tormenta orage
    snow: nieve neige salju niyebe
    fire: fuego feu apoy
    school: escuela ecole sekolah paaralan gakkou
    library: biblioteca bibliotheque perpustakaan aklatan
    roof: telhado terraco azotea atap bubong
    gym: ginasio gimnasio gymnase
    firefighter: bombeiro bombero pompier bumbero
    archer girl: arquera arqueira
    president: presidenta presidente
    one-eyed guy: tuerto caolho
    archer guy: arquero arqueiro
    pregnant girl: embarazada gravida buntis hamil enceinte
    campfire: fogueira fogata
    restaurant: restaurante restoran
    handkerchief: panuelo panuelito lenco lencinho mouchoir saputangan panyo panyolito
    """
)

#: The things (animals, colours, fruits, places, everyday things) these tables and Korean's name, in English and as
#: typed abroad: a word fans may type alone for a thing asked ("ew rat", "eca rato"), unlike a reaction ("ew stop").
NAMED_THINGS: frozenset[str] = frozenset(
    {*OTHER_LANGUAGE_WORDS, *(w for words in OTHER_LANGUAGE_WORDS.values() for english in words for w in english.split()),
     *(w for words in TRANSLATIONS.values() for english in words for w in english.split())})

# The story's answers that take several words, as Portuguese, Spanish, Indonesian, Tagalog and French fans say them
# (the film's local titles, the dish, the weapon): read as the English the lists accept. Only whole words.
_PHRASES = {
    "train to busan": "trem para busan, trem pra busan, invasao zumbi, tren a busan, tren para busan, estacion zombie, "
                      "comboio para busan, kereta ke busan, dernier train pour busan",
    "fried chicken": "frango frito, pollo frito, ayam goreng, pritong manok, poulet frit",
    "bow and arrow": "arco e flecha, arco y flecha, busur dan panah, panah at busog, arc et fleche",
    "police station": "delegacia de policia, delegacia, comisaria, kantor polisi, estasyon ng pulis, commissariat",
    "shop": "loja, lojinha, tienda, toko, warung, tindahan, boutique",
    "teacher": "ssaem, saem, ssam, seonsaengnim",  # Korean, typed in letters: "science ssaem" is the science teacher
    "firefighter": "pemadam kebakaran, petugas damkar, damkar",
    "pink vest": "chaleco rosa, chaleco rosado, colete rosa, pink na vest, rompi pink, rompi merah muda, gilet rose",
    # the story's roles ("la presidenta de la clase", "ketua kelas", "kapten klub panahan"): the one they name, as in English
    "class president": "presidenta de la clase, presidente de la clase, presidenta de clase, presidente de clase, "
                       "presidente da turma, presidenta da turma, ketua kelas, presidente ng klase",
    "archery captain": "capitana de tiro con arco, capitana del club de tiro con arco, capitana de arqueria, "
                       "capita do tiro com arco, capita do clube de arco e flecha, capita de arco e flecha, "
                       "kapten klub panahan, kapten panahan, kapitan ng archery club, kapitana ng archery club",
    # season 2's newcomers by what fans call them (So Ju-ran, the popular girl; Han Du-seok, the NIS guy)
    "popular girl": "chica popular, menina popular, garota popular, sikat na babae, sikat na girl, cewek populer, popular na girl, gadis populer, chica mas popular",
    "nis guy": "del nis, cara do nis, taga nis, anh chang nis, tipo del nis, orang nis, cowok nis",
    # a play Red's literature list asks for, as these fans were taught its title ("romeo y julieta")
    "romeo and juliet": "romeo y julieta, romeu e julieta, romeo et juliette, romeo dan juliet, romeo at juliet",
}
_PHRASE_WORDS = {tuple(said.split()): english for english, saids in _PHRASES.items() for said in saids.split(", ")}
_PHRASE_SIZES = tuple(sorted({len(said) for said in _PHRASE_WORDS}, reverse=True))  # (the longest read first)
# A place said before what it sells or serves, as these languages put it ("restoran ayam goreng", "loja de frango
# frito"): English puts it after ("fried chicken restaurant"); the word joining them goes.
_PLACES = frozenset({"restaurant", "shop"})
_JOINING = frozenset("de do da del di ng".split())
# The words before what someone wears or is told by, in Spanish, Portuguese, Tagalog and Indonesian ("la del", "a menina
# do", "yung naka", "cewek"): the one (girl, boy) of it
_ONE_IN = OTHER_LANGUAGE_ARTICLES | frozenset(
    "a del de do da chica chico menina menino garota garoto yung naka ang cewek cowok yang pakai babae lalaki".split()
)


def phrase_in_other_language(core: tuple[str, ...]) -> str | None:
    """`core` with the story's phrases and places said in another language put in English ("trem para busan" ->
    "train to busan", "restoran ayam goreng" -> "fried chicken restaurant"), or None when none is there."""
    core = core[1:] if core[:1] and core[0] in OTHER_LANGUAGE_ARTICLES else core  # "un restaurante de pollo frito"
    words: list[str] = []
    i, changed = 0, False
    while i < len(core):
        size = next((n for n in _PHRASE_SIZES if tuple(core[i:i + n]) in _PHRASE_WORDS), 0)
        if size:
            words.append(_PHRASE_WORDS[tuple(core[i:i + size])])
        elif OTHER_LANGUAGE_WORDS.get(core[i], ("",))[0] in _PLACES:
            words.append(OTHER_LANGUAGE_WORDS[core[i]][0])  # "restoran" before what it serves
            size = 1
        else:
            words.append(core[i])
        if size and not changed and all(w in _ONE_IN for w in words[:-1]):
            words = words[-1:]  # "la del chaleco rosa", "a menina do colete rosa", "cewek rompi pink": the one in the pink vest
        changed = changed or bool(size)
        i += size or 1
    if not changed:
        return None
    if len(words) >= 2 and words[0] in _PLACES:
        rest = words[2:] if words[1] in _JOINING else words[1:]
        words = [*rest, words[0]]
    return " ".join(words)


# A parent named by their child in Spanish, Portuguese, French, Italian or German ("el papá de onjo", "o pai da
# onjo") or Indonesian ("ayah onjo", the owner after): read as English says it, "onjo's dad".
_KIN = {
    **dict.fromkeys("papa padre pai pere vater ayah ayahnya bapak bapaknya tatay itay".split(), "dad"),  # ("tatay ni onjo")
    **dict.fromkeys("mama madre mae mere mutter ibu ibunya nanay inay".split(), "mom"),  # (Indonesian "ayahnya onjo")
}
# ...and a child by their parent ("la hija del bombero", "a filha do bombeiro", Tagalog "anak ng bumbero", Indonesian
# "anak pemadam kebakaran"): "the firefighter's daughter", the parent maybe told by a role (`bot.trivia.descriptions`)
_KIN.update({
    **dict.fromkeys("hija filha fille tochter".split(), "daughter"), **dict.fromkeys("hijo filho fils sohn".split(), "son"),
    "anak": "kid", "putri": "daughter", "putra": "son",
    **dict.fromkeys("hermana irma".split(), "sister"), **dict.fromkeys("hermano irmao".split(), "brother"),
    # Tagalog "kapatid", a sibling of either sex ("kapatid ni woojin"), and the English words Thai kin is read as
    # ("พี่สาว woojin": "sister of woojin", "พ่อของ onjo": "dad of onjo")
    "kapatid": "sibling", "sister": "sister", "brother": "brother", "dad": "dad", "mom": "mom",
    "ate": "older sister", "kuya": "older brother",  # (Tagalog: "ate ni woojin", his older sister; "kuya ni hari": none)
    # Indonesian "kakak(nya)", an older sibling, and "adik(nya)", a younger one, as the lore's only such kin are (Ha-ri,
    # Woo-jin's older sister; Woo-jin, her younger brother): another's sibling reads as no one's, never as them
    **dict.fromkeys("kakak kakaknya".split(), "sister"), **dict.fromkeys("adik adiknya".split(), "brother"),
})
_OWNER_AFTER = frozenset("tatay itay nanay inay ayah ayahnya bapak bapaknya ibu ibunya tetangga anak putri putra ate kuya kakak kakaknya adik adiknya kapatid kapitbahay seniornya".split())  # Indonesian, Tagalog: no word between
# Korean typed in letters puts the owner first, as English does, with no "'s" ("onjo appa", "cheongsan eomma")
_KIN_AFTER_OWNER = {**dict.fromkeys("appa abeoji aboji".split(), "dad"), **dict.fromkeys("eomma omma umma eomeoni".split(), "mom")}
_OF = frozenset("de del da do di von ng ni of".split())  # (Tagalog "ni" before a name: "senior ni onjo")
# ...and one's senior ("el sunbae de onjo", "o veterano da onjo", "yung senior ni onjo": "onjo's senior", Ma-ru)
_KIN.update(dict.fromkeys("sunbae seonbae veterano veterana senior seniornya".split(), "senior"))  # ("seniornya onjo")
# An article before the owner, or Tagalog's and Indonesian's before a name or title ("anak si pemadam kebakaran")
_BEFORE_OWNER = OTHER_LANGUAGE_ARTICLES | {"si", "ni"}
# ...and a neighbour by whose they are ("el vecino de onjo", "tetangga onjo": "onjo's neighbour")
_KIN.update(dict.fromkeys("vecino vecina vizinho vizinha voisin voisine nachbar nachbarin tetangga kapitbahay".split(), "neighbour"))
# Next to someone, said in Spanish, Portuguese, French, German, Indonesian or Tagalog ("al lado de onjo", "à côté de
# chez onjo", "sebelah rumah onjo"; a leading "à" may be read off as an article): read as English says it, "next door to onjo"
_BESIDE = tuple(
    tuple(words.split()) for words in (
        "al lado de", "al lado del", "junto a", "ao lado de", "ao lado da", "ao lado do", "a cote de chez", "a cote de", "cote de chez", "cote de",
        "neben", "nebenan von", "di sebelah rumah", "sebelah rumah", "di sebelah", "sebelah", "katabi ng",
    )
)


# ...and next door itself, said of no one ("la casa de al lado", "nebenan", "juste à côté", "sebelah rumah")
_NEXT_DOOR = frozenset(
    tuple(words.split()) for words in (
        "al lado", "de al lado", "la casa de al lado", "casa de al lado", "en la casa de al lado", "ao lado", "casa ao lado",
        "na casa ao lado", "a casa ao lado", "a cote", "juste a cote", "d a cote", "la maison d a cote", "maison d a cote",
        "nebenan", "im haus nebenan", "sebelah", "sebelah rumah", "di sebelah", "di sebelah rumah", "rumah sebelah",
        "katabi", "katabing bahay",
    )
)


def word_in_english(core: Sequence[str]) -> tuple[str, ...]:
    """The English of an everyday word of another language typed alone or after its article ("rojo", "la escuela":
    school), or () when the message is no such word."""
    core = core[:-1] if len(core) >= 2 and core[-1] in TOLD_AFTER else core  # "o lenço dela", "saputangan kak"
    words = [w for w in core if w not in THE_ONE] if len(core) == 2 else list(core)
    if len(words) != 1:
        return ()
    # (Indonesian "-nya", whose, typed onto the word: "saputangannya" is her handkerchief)
    word = words[0]
    return OTHER_LANGUAGE_WORDS.get(word) or (OTHER_LANGUAGE_WORDS.get(word.removesuffix("nya"), ()) if word.endswith("nya") else ())


def owned_in_other_language(core: tuple[str, ...]) -> str | None:
    """A kin word and its owner in another language, said in English ("el papa de onjo", "onjo appa" -> "onjo's dad"), or next to
    someone ("al lado de onjo" -> "next door to onjo"), or next door itself ("la casa de al lado"), or None."""
    if tuple(core) in _NEXT_DOOR:
        return "next door"
    beside = next((len(words) for words in _BESIDE if tuple(core[: len(words)]) == words), 0)
    if beside and 1 <= len(core) - beside <= 2 and all(w.isalpha() for w in core[beside:]):
        place = [w for w in core[beside:] if w not in OTHER_LANGUAGE_ARTICLES]
        elided = place[0][1:] if len(place) == 1 and place[0][:1] == "l" else ""  # "l'école"
        if (thing := OTHER_LANGUAGE_WORDS.get(" ".join(place)) or OTHER_LANGUAGE_WORDS.get(elided)) is not None:
            return f"next to the {thing[0]}"  # a place, not someone's home: "à côté de l'école" is next to the school
        return f"next door to {' '.join(core[beside:])}"
    if 2 <= len(core) <= 3 and core[-1] in _KIN_AFTER_OWNER and all(w.isalpha() for w in core[:-1]):
        return f"{' '.join(core[:-1])}'s {_KIN_AFTER_OWNER[core[-1]]}"  # "onjo appa": On-jo's dad
    words = core[1:] if core[:1] and (core[0] in THE_ONE or core[0] == "le") else core  # ("le pere de", "yung senior ni")
    if len(words) < 2 or words[0] not in _KIN:
        return None
    owner = words[2:] if words[1] in _OF else words[1:] if words[0] in _OWNER_AFTER else ()
    owner = owner[1:] if owner[:1] and owner[0] in _BEFORE_OWNER else owner
    owner = owner[:1] if len(owner) == 2 and (owner[1] in CALLS or owner[1] in GUESS_PARTICLES) else owner  # ("bapaknya onjo kak")
    if not 1 <= len(owner) <= 2 or not all(w.isalpha() for w in owner):
        return None
    # (a parent told by what they do, in that language: "bombero", "pemadam kebakaran" are the firefighter)
    said = _PHRASE_WORDS.get(tuple(owner)) or (OTHER_LANGUAGE_WORDS.get(owner[0], ("",))[0] if len(owner) == 1 else "")
    return f"{said or ' '.join(owner)}'s {_KIN[words[0]]}"


# Someone told by a deed in Spanish, Portuguese, Tagalog or Indonesian ("el que besó a namra", "a que empurrou o gwinam",
# "yung humalik kay namra", "yang cium namra"): read as "the one who kissed namra" (`bot.trivia.deeds`). The verbs are
# the story's deeds fans tell characters by; the word before the one named ("a", "kay", "si", "o") goes.
_ONE_WHO = (("el", "que"), ("la", "que"), ("o", "que"), ("a", "que"), ("yung",), ("ang",), ("yang",))
_WHOM = (("al", "que"), ("a", "la", "que"), ("a", "quien"))  # Spanish: the one whom, its doer after the verb ("al que mató namra")
_DEEDS = {
    **dict.fromkeys("beso besa beijou beija humalik hinalikan halik cium mencium nyium".split(), "kissed"),
    **dict.fromkeys("empujo empuja tiro tira lanzo empurrou empurra jogou joga tinulak itinulak mendorong dorong"
                    " melempar lempar hinulog itinapon".split(), "threw"),  # (Tagalog "hinulog ni namra": dropped by Nam-ra)
    **dict.fromkeys("apuñalo apunalo esfaqueou sinaksak menusuk tusuk".split(), "stabbed"),
    **dict.fromkeys("mordio morde mordeu kinagat nakagat kumagat nangagat menggigit gigit".split(), "bit"),
    **dict.fromkeys("mato matou pumatay pinatay napatay membunuh bunuh".split(), "killed"),
    **dict.fromkeys("declaro confeso confesso confessou nagtapat confess".split(), "confessed"),  # ("yung nag-confess kay hari")
}
_BEFORE_NAMED = frozenset("a al o ao kay si ang sa of".split())  # (Portuguese "o" may be read as "of")
# Words between the opening and the verb: Spanish clitics ("el que se le declaró a hari"), Tagalog's "nag-" before an
# English verb ("yung nag-confess kay hari")
_BEFORE_VERB = frozenset("se le lhe nag".split())
# Losing an eye, as fans abroad tell Gwi-nam by it ("el que perdió el ojo", "o que perdeu o olho", "yung nawalan ng
# mata", "yang kehilangan mata"): the fan description "the one who lost his eye", in English
_LOST = frozenset("perdio perdeu nawalan kehilangan".split())
_EYE = frozenset("ojo olho mata matanya".split())
_EYE_BEFORE = frozenset("el un su o of um seu ng isang sebelah".split())  # ("un ojo", "sebelah mata": one eye)
_LOST_EYE = "the one who lost his eye"
# ...and in Korean, a clause before the word for the one told: what was done (its verb's form before a noun) to one
# named ("우진이를 죽인 애": the one who killed Woo-jin), by one named ("청산이 찌른 애": the one Cheong-san stabbed), an
# eye lost ("눈 하나 잃은 애"); a place said in it ("옥상에서", on the roof) and "one" of an eye go
_KOREAN_VERBS = {
    "죽인": "killed", "찌른": "stabbed", "던진": "threw", "밀친": "threw", "문": "bit", "물은": "bit", "키스한": "kissed",
    "뽀뽀한": "kissed", "좋아하는": "likes", "좋아한": "likes", "구한": "saved", "고백한": "confessed", "잃은": "lost", "잃어버린": "lost",
}
_KOREAN_PERSON = frozenset({"애", "사람", "놈", "녀석", "캐릭터", "남자", "여자", "남자애", "여자애"})
_KOREAN_ONE = frozenset({"하나", "한쪽", "한"})
_KOREAN_OBJECT = ("를", "을")  # (the one it was done to; "이"/"가" its doer; no particle: done to, as fans drop it)
_KOREAN_SUBJECT = ("이", "가")
# ...and a deed said alone in the passive, its doer before "by" ("귀남한테 물렸잖아": bitten by Gwi-nam)
_KOREAN_PASSIVE = ("물렸", "물림", "찔렸", "찔림")
_KOREAN_BY = ("한테서", "한테", "에게")
# ...and the one a deed was done to, by one named: Indonesian's passive verbs before the doer ("yang dilempar namra")
_PASSIVE = {
    **dict.fromkeys("dilempar didorong".split(), "threw"), "dicium": "kissed", "ditusuk": "stabbed", "digigit": "bit",
    "dibunuh": "killed",
}
# ...and said alone, its doer after "by": Spanish, Portuguese participles ("mordida por gwinam"), Indonesian "sama"/"oleh"
_PARTICIPLES = {
    **dict.fromkeys("mordido mordida".split(), "bit"), **dict.fromkeys("asesinado asesinada matado matada morto morta".split(), "killed"),
    **dict.fromkeys("apuñalado apuñalada apunalado apunalada esfaqueado esfaqueada".split(), "stabbed"),
    **dict.fromkeys("empujado empujada empurrado empurrada".split(), "threw"), **dict.fromkeys("besado besada beijado beijada".split(), "kissed"),
}
_BY_PASSIVE = frozenset("sama oleh por pelo pela".split())
_BY_DOER = "ni"  # Tagalog: the doer after the verb ("yung hinulog ni namra"); "kay", "si" name the one it is done to


def _done_by(rest: Sequence[str]) -> tuple[str, ...] | None:
    """The doer, their verb in English and the words after them, of a deed done to the one told ("namra tiró del techo",
    "a namra jogou", "hinulog ni namra sa bubong", "dilempar namra dari atap"), or None."""
    words = list(rest[1:] if (rest[0] in OTHER_LANGUAGE_ARTICLES or rest[0] in _BEFORE_NAMED) and len(rest) > 2 else rest)
    if len(words) >= 2 and words[0].isalpha() and words[0] not in _DEEDS and words[1] in _DEEDS:
        return words[0], _DEEDS[words[1]], *words[2:]  # "namra tiró del techo"
    if len(words) >= 3 and words[0] in _DEEDS and words[1] == _BY_DOER:
        return words[2], _DEEDS[words[0]], *words[3:]
    if len(words) >= 2 and words[0] in _PASSIVE:
        return words[1], _PASSIVE[words[0]], *words[2:]
    return None


def deed_in_other_language(core: Sequence[str]) -> str | None:
    """A deed to one named said in another language, in English ("el que besó a namra" -> "the one who kissed namra"), or
    done to the one told by one named ("el que namra tiró del techo", "yung hinulog ni namra", "yang dilempar namra" ->
    "the one namra threw ..."), or None."""
    if (korean := korean_clause(core)) is not None:
        return korean
    whom = next((len(words) for words in _WHOM if tuple(core[: len(words)]) == words), 0)
    if whom and len(core) == whom + 2 and core[whom] in _DEEDS and core[whom + 1] not in _BEFORE_NAMED:
        return f"the one {core[whom + 1]} {_DEEDS[core[whom]]}"  # ("al que namra mató": by `_done_by` below)
    opening = whom or next((len(words) for words in _ONE_WHO if tuple(core[: len(words)]) == words), 0)
    while opening and opening < len(core) - 2 and core[opening] in _BEFORE_VERB:
        opening += 1  # ("se le declaró a hari", "nag-confess kay hari")
    if not opening:
        return _doer_alone(core)
    if len(core) < opening + 2:
        return None
    if core[opening] in _LOST and [w for w in core[opening + 1 :] if w not in _EYE_BEFORE] in ([e] for e in _EYE):
        return _LOST_EYE
    if (done := _done_by(core[opening:])) is not None:
        return " ".join(("the", "one", *done))
    if core[opening] not in _DEEDS:
        return None
    rest = list(core[opening + 1 :])
    rest = rest[1:] if rest[0] in _BEFORE_NAMED and len(rest) > 1 else rest
    return " ".join(("the", "one", "who", _DEEDS[core[opening]], *rest))


def _doer_alone(core: Sequence[str]) -> str | None:
    """The doer of a deed said alone in the passive ("kinagat (siya) ni gwinam", "digigit (sama/oleh) gwinam", "mordida
    por gwinam", "foi mordida pelo gwinam": bitten by Gwi-nam) or named before Indonesian "yang" and the verb ("gwinam
    yang gigit": Gwi-nam is the one who bit), or None. A particle or a call after it goes ("digigit gwinam kak")."""
    words = list(core)
    while len(words) > 2 and (words[-1] in GUESS_PARTICLES or words[-1] in CALLS):
        words.pop()
    if len(words) == 3 and words[1] == "yang" and words[2] in _DEEDS and words[0].isalpha():
        return words[0]
    words = words[1:] if words[:1] in (["fue"], ["foi"]) else words  # (Spanish, Portuguese "was")
    if len(words) > 2 and words[0].isalpha() and words[1] in _PASSIVE:
        words = words[1:]  # (Indonesian, the one it was done to first: "namra digigit gwinam", bitten by Gwi-nam)
    if not words:
        return None
    verb, rest = words[0], words[1:]
    if verb in _DEEDS:  # (Tagalog: the verb, "siya" for the one it was done to, "ni" and the doer)
        rest = rest[1:] if rest[:1] in (["siya"], ["sya"]) else rest
        if rest[:1] != [_BY_DOER]:
            return None
        rest = rest[1:]
    elif verb in _PASSIVE or verb in _PARTICIPLES:
        if rest[:1] and rest[0] in _BY_PASSIVE:
            rest = rest[1:] if len(rest) != 3 or rest[1] not in _BEFORE_NAMED else rest[2:]  # ("pelo o gwinam")
        elif verb in _PARTICIPLES:
            return None  # ("mordida" wants "por": "mordida gwinam" tells nothing)
    else:
        return None
    return rest[0] if len(rest) == 1 and rest[0].isalpha() else None


def korean_clause(core: Sequence[str]) -> str | None:
    """A Korean clause telling someone by a deed, in English ("우진이를 죽인 애" -> "the one who killed 우진", "청산이 찌른
    애" -> "the one 청산 stabbed", "눈 잃은 애" -> "the one who lost his eye"; the name as typed, hangul the lore knows),
    or None."""
    words = [w for w in core if w not in _KOREAN_ONE and not (w.endswith("에서") and len(w) > 2)]
    if len(words) == 2 and words[1].startswith(_KOREAN_PASSIVE) and (by := next((b for b in _KOREAN_BY if words[0].endswith(b)), None)):
        doer = words[0].removesuffix(by)  # ("귀남한테 물렸잖아", "귀남이한테 물렸어": bitten by Gwi-nam)
        return doer.removesuffix("이") if len(doer) > 2 else doer or None
    if len(words) != 3 or words[2] not in _KOREAN_PERSON or (verb := _KOREAN_VERBS.get(words[1])) is None:
        return None
    named = words[0]
    if verb == "lost":
        return _LOST_EYE if named == "눈" else None
    if named.endswith(_KOREAN_OBJECT) and len(named) > 2:
        return f"the one who {verb} {named[:-1].removesuffix('이')}"  # ("우진이를": 우진, called fondly)
    if named.endswith(_KOREAN_SUBJECT) and len(named) > 2:
        doer = named[:-1].removesuffix("이") if named.endswith("가") and len(named) > 3 else named[:-1]  # ("우진이가")
        return f"the one {doer} {verb}"
    return f"the one who {verb} {named}"


def without_articles(core: tuple[str, ...], p: Prepared) -> Answer | None:
    """The accepted answer the words say with their Spanish or Portuguese articles dropped ("el arco y la flecha"
    is "arco y flecha"), or None. Two articles side by side are a title's words ("la la land"), not articles,
    and only an accepted answer counts, so no other reading of the words is ever taken for it."""
    if any(a in OTHER_LANGUAGE_ARTICLES and b in OTHER_LANGUAGE_ARTICLES for a, b in pairwise(core)):
        return None
    hit = p.exact.get(compact_form([t for t in core if t not in OTHER_LANGUAGE_ARTICLES]))
    return hit if hit is not None and hit.accepted else None
