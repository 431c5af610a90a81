"""Event words typed in a hurry or another way, for the spoiler lexicon (bot/lore/lexicon.py): "sacrifced", "infeccted",
"bittne", "survivd" are read as the word meant, as a name one letter off is (bot/lore/name_keys.py); fan phrasings
are said the lexicon's way before a text is read (`rephrase`, below).

Only the slips of typing are read so: a letter left out (not the first), a letter typed twice, two letters
swapped; never a letter changed, which makes other words ("bitter", "kitten", "diet"), nor a word the pack
itself writes or an everyday word one slip from an event's ("tuned")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot import re_cache
from bot.lore.lexicon_asian_words import NAME_OF_ASIAN_WRITING as _NAME_OF
from bot.lore.lexicon_asian_words import asian_words_said, games_in_latin
from bot.lore.lexicon_emoji_marks import EMOJI_CHEAP, fate_emoji_items, marked_by_emoji, tallied
from bot.lore.lexicon_episodes import WRITER_TIRED, han_episodes, kin_said
from bot.lore.lexicon_seasons import RETURNS_CHEAP, episodes_said, returns_said
from bot.lore.lexicon_slang import (
    ELSEWHERE_CHEAP,
    ELSEWHERE_HINT,
    GAMES,
    REORDER_CHEAP,
    SLANG_CHEAP,
    SLANG_PHRASES,
    reordered,
    someone_elses,
)
from bot.lore.lexicon_vietnamese import vietnamese_said
from bot.lore.lexicon_words import WORD_END as _E
from bot.lore.lexicon_words import WORD_START as _B
from bot.re_guards import Dispatched

#: The event words whose slips are read (five letters or more: shorter ones are one slip from many words).
_MEANT = ("bitten", "turned", "killed", "infected", "sacrificed", "sacrifices", "sacrifice", "zombified", "murdered",
          "stabbed", "perished", "survived", "survives", "kissed", "confessed")
#: Everyday words one slip from an event word.
_WORDS = frozenset({"tuned", "survive", "bitte"})
_WORD = re.compile(r"(?<![\w-])[a-z]{5,}(?![\w-])", re.I)


def _slips(word: str) -> Iterable[str]:
    """The slips of typing `word`: a letter left out (not the first), a letter typed twice, two letters swapped."""
    for i in range(1, len(word)):
        yield word[:i] + word[i + 1:]
    for i in range(len(word)):
        yield word[:i] + word[i] + word[i:]
    for i in range(len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2:]


_SLIPPED: dict[str, str] = {slip: word for word in _MEANT for slip in _slips(word)
                            if slip != word and slip not in _WORDS and slip not in _MEANT}


def mend(sentence: str, vocabulary: set[str] | frozenset[str]) -> str:
    """`sentence` with each slip of an event word typed as the word meant (a word of `vocabulary`, the
    pack's own, left as written)."""
    if not any(word in _SLIPPED and word not in vocabulary for word in _WORD.findall(sentence.lower())):
        return sentence  # the common case: one cheap pass

    def mended(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        return match.group(0) if word in vocabulary else _SLIPPED.get(word, match.group(0))

    return _WORD.sub(mended, sentence)


# -- fan phrasings said the lexicon's way ---------------------------------------------------------
# Before a text is read, three kinds of phrasing are put in the words the lexicon already knows, so every rule that
# reads the English applies to them too:
# * Spanish, Portuguese, Tagalog and Indonesian event words in fans' mixed-language chat and in outlets' headlines
#   ("mataron a woojin": they killed Woo-jin; "Nam-ra vuelve como semizombi": a halfbie; "nakagat si namra": Nam-ra
#   got bitten; "namatay si cheongsan": Cheong-san died; "el papá de onjo": On-jo's dad; "virou meio zumbi": turned
#   into a half zombie; "jadi zombie": turned into a zombie; "ibunya cheongsan": Cheong-san's mother; "iniwan sila ng
#   mga sundalo": the soldiers left them), and a deed left unsaid after a cry for the one it was done to ("woojin ㅠㅠ
#   namra had to": had to kill);
# * a relative on screen ("Park Ji-hu ... her on-screen father"): the actor's character's relative, as "her father";
# * a numbered ranking ("top 5 deaths ranked: 5. mr lee 4. isak 3. ..."): its items are one list under its heading,
#   not sentences apart, so "deaths" goes with every name ranked, as in "saddest deaths: isak, so-ju, woojin".
# (Here, not a module of their own: the season-2 walk, bench/walk.py, counts the files a status change runs through.)
_ZOMBIE = r"(?:un |una )?zombi(?:e|s)?"
_ZUMBI = r"(?:um |uma )?zumbis?"
#: Who asks in Spanish, Portuguese, French, German and Tagalog ("¿quién", "sino ang") before its verb, as fans type it
#: too ("quienes", "kien", "qien"); whom after it.
_WHO_ASKED = r"(?:qui[eé]n(?:es)?|k[iy][eé]n(?:es)?|qi[eé]n(?:es)?|quem|qui|wer|sino(?:ng)?)(?: (?:ang|ba|yung|ba ang))? "
_WHOM = r"(?: (?:a|al|o|a la|kay|kina|si|sa))?"
#: a halfbie as Spanish and Portuguese fans and outlets call one ("semizombi", "medio zombie", "meio zumbi")
_HALF = r"(?:semi-? ?|medio |media |mitad |meio |meia )(?:zombi(?:e|s)?|zumbis?)|h[ií]brid[oa]s? (?:zombi|zumbi)\w*"
_BROUGHT_BACK = (r"(?:volvieron|volvieran|vuelven|han vuelto) a traer(?: a)?|(?:trajeron|traen|trajeran) de (?:vuelta|regreso)"
                 r"(?: a)?|trouxeram de volta(?: o| a)?|(?:i)?binalik nila(?: si)?|(?:mereka|netflix) (?:balikin|ngebalikin"
                 r"|membawa kembali)")
#: what is brought back when no one is: a song, a dance, a trend, a meme (up to three words before it: "the cheongsan
#: dance trend")
_THING = (r"(?:(?:the|that|this|a|an|o|a|la|el|yung|ang|lagu) )?(?:[\w'-]+ ){0,3}?(?:trends?|dances?|songs?|memes?"
          r"|challenges?|ost|opening|intro|theme|edits?|sounds?|audio|filters?|ringtones?|dança|baile|canci[oó]n|can[cç][aã]o"
          r"|m[uú]sica|kanta|lagu|desafio|reto|tend[eê]ncia|tendencia)(?![\w-])")
_RELATIVE_ES = {"papá": "dad", "papa": "dad", "padre": "father", "mamá": "mom", "mama": "mom", "madre": "mother",
                "hermano": "brother", "hermana": "sister", "hermanito": "little brother", "hermanita": "little sister"}
_RELATIVE_PT = {"pai": "dad", "mãe": "mom", "mae": "mom", "irmão": "brother", "irmao": "brother", "irmã": "sister",
                "irmãzinha": "little sister", "irmãozinho": "little brother"}
_RELATIVE_IT = {"papà": "dad", "mamma": "mom", "fratello": "brother", "sorella": "sister", "fratellino": "little brother",
                "sorellina": "little sister"}  # ("il papà di onjo"; "padre", "madre", "papa" are Spanish's too)
_RELATIVE_TL = {"tatay": "dad", "papa": "dad", "nanay": "mom", "mama": "mom", "kuya": "brother", "ate": "sister"}

_MINE_SAID = re.compile(r"(?<![\w-])(?:mi|meu|minha|mon|ma) ")  # the cheap test for kin_said (on lowercase)
#: (what fans type, the lexicon's words): the longer phrasings first, so "se murió" is not read as "se" + "died".
_PHRASES: tuple[tuple[str, str], ...] = (
    *SLANG_PHRASES,  # fan slang for a fate in any language, said plainly (lexicon_slang.py)
    # Spanish, Portuguese, French, Indonesian and Tagalog fans' names for Nam-ra and Byeong-chan, and his police station
    # (the writer's own first: "mi profe de ciencias", "notre déléguée", "ketua kelas gue" are real people; not "de mi clase")
    (r"(?:mi|mis|nuestr[oa]|meu|minha|nosso|nossa|mon|ma|notre) (?:(?:president[ae]|l[ií]der|representante) d(?:e la|e|a|o) "
     r"(?:clase|turma|classe)|d[ée]l[ée]gu[ée]e?(?: de classe)?)|(?:si )?ketua kelas ?(?:gue|gua|gw|aku|saya|kami|kita|ku)\b"
     r"|(?:ang )?presidente ng klase (?:namin|natin|ko)|(?:(?:la|a) )?presi d[ae] (?:mi|minha) (?:clase|turma)"
     r"|(?:mi|minha) presi", "my class president"),
    (r"(?:(?:el|la|o|a|le) )?(?:president[ae]|l[ií]der|representante|d[ée]l[ée]gu[ée]e?) d(?:e la|e|a|o) (?:clase|turma|classe)"
     r"|la d[ée]l[ée]gu[ée]e(?! (?:syndicale|du personnel|g[ée]n[ée]rale|commerciale|m[ée]dicale))|(?:si |sang )?ketua kelas"
     r"|(?:ang |si )?presidente ng klase(?! (?:namin|natin|ko)\b)|(?:la|a) presi(?! d(?:e|a|el|o) )", "the class president"),
    (r"(?:mi|mis|nuestr[oa]|meu|minha|nosso|nossa|mon|ma|notre) prof(?:e|esor|esora|essora|essor|esseur|esseure)? de "
     r"(?:ci[eê]ncias|sciences)", "my science teacher"),
    (r"(?:(?:el|la|o|a|le) )?prof(?:e|esor|esora|essora|essor|esseur|esseure)? de (?:ci[eê]ncias|sciences)", "the science teacher"),
    # fans' "el profe", "la profe" for either teacher of the show (not "mi profe", nor "el profe de mate")
    # the one NIS man the sources name (season 2's Han Du-seok): "el jefe del NIS", "o agente do NIS", "the nis guy"
    (r"(?:(?:el|la|o|a) )?(?:jef[ea]|agente|l[ií]der|chefe) d(?:el|o|e la|a) (?:nis|ani)"
     r"|(?:the )?nis (?:guy|man|dude|boss|chief|leader)(?![\w'’-])", "the NIS team leader"),
    (r"mi (?:profe|profesora?)(?! del? )", "my teacher"),
    # "la profe park es mordida", "la prof park", "mme park", "frau park", "bu park": Ms. Park named, as "ms park"
    # ("la maestra park", "mrs. park", "teacher park", "mam park": the one woman teacher the sources name; not "my teacher park")
    (r"(?:(?:(?:la|le) )?(?:profe|profesora|prof|maestra|seño|señora|signora)|frau|mme|madame|i?bu(?: guru)?|ma['’]?am|mam|mrs\.?|(?<!my )(?<!our )teacher)"
     r"(?= park(?![\w'’-]))", "ms"),
    (r"park[ -]?(?:ssaem|saem|seonsaengnim|sensei)|(?:ssaem|saem) park", "ms park"),  # romanised Korean and Japanese: "park ssaem gets bitten"
    (r"la (?:profe|profesora)(?! del? )", "the homeroom teacher"),  # the one woman teacher the sources name: Ms. Park
    (r"el (?:profe|profesor)(?! del? )", "the teacher"),
    # not a game's virus ("crea el virus en plague inc", "criou o vírus no jogo")
    (r"(?:cre[oó]|crea|hizo|cri(?:ou|a)|fez) (?:el|o) v[ií]rus(?! (?:en|no|na|in)(?: (?:el|la|o|a))? (?:plague|juego|jogo|game"
     rf"|{GAMES}))", "created the virus"),
    (r"comisar[ií]a|delegacia|commissariat|estaci[oó]n de polic[ií]a|poste de police|posto de pol[ií]cia|polizeiwache",
     "police station"),
    (r"(?:alla |in )?(?:stazione di polizia|questura)|(?:sa )?(?:presinto|istasyon ng pulis)", "at the police station"),
    # French, an animal's ("la prof park de mon lycée a été mordue par un chien", "mme park est mordue par des moustiques")
    (r"(?:(?:a été|est|s['’](?:est|était) fait(?:e)?|se fait) )?(?:mordue?s?|mordre|piquée?s?) par (?:un|une|des|le|la|mon|ma|mes"
     r"|son|sa)(?= )(?! zombies?(?![\w-]))", "got bitten by a"),
    (r"s['’](?:est|était) fait(?:e)? mordre|se fait mordre", "got bitten"),
    # a kill of the writer's likened to one of the story's, the verb left unsaid ("free fire me mató otra vez 😭 igual que a soju")
    (r"mat[óo](?: (?:otra vez|de nuevo))?[^.!?\n]{0,12}?(?:igual que|como) a(?= [^\W\d_])", "killed me, just as they killed"),
    # a bite by an animal ("fui mordido por um mosquito"): by what, so the lexicon leaves it; a zombie's is a bite
    (r"(?:fui |fue |foi |é |es )?(?:mordid[oa]s?|picad[oa]s?) por (?:um|uma|uns|umas|un|una|unos|unas|el|la|o|a|mi|my|meu|minha)(?= )"
     r"(?! (?:zombi|zumbi)(?:e|s|es)?(?![\w-]))", "got bitten by a"),
    (r"(?:fui |fue |foi |é |es )?(?:mordid[oa]s?|picad[oa]s?) por (?:mosquitos|pernilongos|zancudos|abelhas|abejas|formigas|hormigas)",
     "got bitten by some mosquitoes"),  # no article: "é mordida por mosquitos todo dia"
    # a who-question's verb, as the English "who bites cheongsan?" presumes its event ("¿quién mata a woojin?", "quem morde o
    # cheongsan?", "sino kumagat kay cheongsan?", "qui mord cheongsan", "wer beißt namra"): said so, answered or not
    (_WHO_ASKED + r"(?:mata|matan|asesina|tue|tuent|t[öo]tet)" + _WHOM, "who kills"),
    (_WHO_ASKED + r"(?:a|hat) (?:tu[ée]|get[öo]tet)" + _WHOM, "who killed"),
    (_WHO_ASKED + r"(?:morde|mordem|mord|mordent|bei(?:ß|ss)t|kumakagat|kakagat)" + _WHOM, "who bites"),
    (_WHO_ASKED + r"(?:a mordu|hat gebissen|biss|kumagat|nangagat)" + _WHOM, "who bit"),
    (_WHO_ASKED + r"(?:besa|beija|embrasse|k[üu]e?sst|humahalik|hahalik|(?:bes[óo]|beijou|a embrass[ée]|hat gek[üu]e?sst|humalik))" + _WHOM, "who kisses"),  # (E7's)
    (_WHO_ASKED + r"(?:convierte|transforma|transforme|verwandelt)" + _WHOM, "who turns"),
    (_WHO_ASKED + r"(?:salva|sauve|rettet|nagliligtas|sumasagip)" + _WHOM, "who saves"),
    (_WHO_ASKED + r"(?:salvó|salvou|a sauvé|hat gerettet|nagligtas|sumagip)" + _WHOM, "who saved"),
    # Spanish
    (r"(?:lo |la |los |las )?mataron a", "they killed"),
    (r"(?:lo |la )?mató a|(?:lo |la )?mato a", "killed"),
    (r"(?:se )?(?:muere|muero|murió|murio)n? de (?:la )?risa", "laughs hard"),  # "la profe park se muere de risa": laughter
    # letting the zombies bite her ("la profesora park se deja morder", "si fa mordere", "se deixa morder"): her bite
    # (not by an animal: "se deja morder por mi perro")
    (r"(?:se (?:deja|dejó|dejo|deixa|deixou)|si (?:fa|lascia|è fatta|e' fatta|è lasciata)) morder(?:e)?(?! (?:por|pelo|pela|da|dal|dalla)"
     r" (?:mi|mis|my|meu|minha|un|una|um|uma|su|sus|el|la|o|a|il|lo|mio|mia)(?= )(?! zombi))", "gets bitten"),
    (r"se (?:murió|murio|muere)|murió|murio|muere|muriera|falleció|fallecio", "died"),
    (r"(?:está|esta|quedó|quedo) muert[oa]", "is dead"),
    (r"muertes|mortes", "deaths"),  # a ranking's ("top 3 muertes: so-ju, cheong-san y woo-jin")
    (r"muerte(?: de la| del| de)?", "the death of"),
    (r"(?:lo |la )?(?:mordieron|muerden)|(?:lo |la )muerde|fue mordid[oa]|mordid[oa]", "got bitten"),
    (r"muerde a", "bites"), (r"(?:mordió|mordio) a", "bit"),  # a trivia list's "¿Quién muerde a Nam-ra?"
    (r"h[áa]mster(?:es)?", "hamster"), (r"rat[óo]n(?:es)?", "mouse"),  # the lab animal ("¿Qué animal muerde …? - un hámster")
    (r"se (?:queda|quedó|quedo)(?: atr[áa]s)? con", "stays behind with"), (r"gimnasio", "gym"),
    (r"(?:llegan|llega|llegaron|llegó|llego) al campo de cuarentena", "reach the quarantine camp"),
    (r"campo de cuarentena", "quarantine camp"),
    (r"se (?:convirtió|convirtio|convierte|volvió|volvio|vuelve|hizo|hace) (?:en )?" + _ZOMBIE, "turned into a zombie"),
    (r"se (?:sacrificó|sacrifico|sacrifica)", "sacrificed themselves"),
    (r"sobrevivió|sobrevivio", "survived"),
    (r"bengalas", "flares"),
    (r"se (?:quitó|quito) la vida", "took his own life"),
    (r"(?:el|la) comandante", "the commander"),
    (r"se (?:entregó|entrego|entregou)", "gave herself up"),
    (r"(?:abandonó|abandono|abandonou|largou)(?: a| o)?", "abandoned"),
    (r"(?:la )?puerta de la (?:escuela|secundaria)", "the school gate"),
    (r"(?:la )?puerta de la azotea", "the roof door"),
    (r"azotea", "roof"),
    # oneself "half zombie" after a night, a shift or an exam, or before coffee: tired, not a halfbie
    (r"(?:virei|fiquei|tô|to|estou|estoy|ando|quedé|quede|me siento|me sinto|(?:eu|yo)(?: (?:antes|depois|despu[ée]s) d(?:o|e|el)"
     r" [\wé]+)? ?(?:=|é|sou|soy)) (?:meio |medio |media |semi-? ?)?(?:zombi(?:e|s)?|zumbis?)"
     r"|(?:i['’]?m|i am|i was|i feel|i felt|me(?: [\w'’]+){0,4} (?:is|was|=)|(?<=me) =)\s+(?:(?:a|an|like|basically|literally"
     r"|lowkey|full|total|totally|officially|so|such|kinda|now|still|just|already)\s+)*(?:half[- ]?zombies?|hambies?|halfbies?)"
     r"(?![- ](?:girl|queen|president|prez|pres|like|too|as well)\b)|(?:half[- ]?zombie|hambie|halfbie)(?: na)? (?:ako|kami)\b"
     r"|(?:aku|gue|gw|saya) (?:(?:kayak|kaya|jadi|udah|lagi)\s+)*setengah zombie", WRITER_TIRED),
    (r"convertid[oa]s? en " + _ZOMBIE, "turned into a zombie"),
    (r"sobreviv(?:en|e|ieron)", "survived"),
    (r"mordió a|mordio a", "bit"),
    (r"(?:al|ao|no) final(?! d[eoa]\b| del\b)", "in the end"),  # "sobrevive al final": the whole story, not "al final del cap 5"
    (r"(?:el|o) final", "the ending"),
    # a song, a dance or a trend "brought back" ("they brought back the cheongsan dance trend", "trouxeram de volta a
    # trend"): nobody's return, though a name is in it
    (f"(?:{_BROUGHT_BACK}|(?:they |netflix )?(?:brought|bring|brings|bringing) back)(?= {_THING})", "replayed"),
    # the makers bringing someone back for the next season (lexicon_terms SEASON_TWO reads "they brought back X")
    (_BROUGHT_BACK, "they brought back"),
    # a half zombie turned into, before the halfbie's own words read its "meio zumbi"
    (r"(?:virou|vira|se tornou|se torna|se transforma|se transformou) (?:em )?(?:um |uma )?meio[- ]zumbi",
     "turned into a half zombie"),
    (_HALF, "halfbie"),
    # Portuguese
    (r"(?:o |a |os |as )?mataram(?: o| a)?", "they killed"),
    (r"(?:o |a )?matou(?: o| a)?", "killed"),
    # someone's own death told by when ("antes dele morrer", "antes de ele morrer", before he dies; "depois de que se
    # muera"): not one's own ("antes de morrer", "antes de eu morrer") nor a feeling ("antes dele morrer de rir")
    (r"(?:antes|depois|despu[ée]s) (?:d(?:e )?(?:ele|ela|eles|elas) morrer|de que (?:se )?muera)(?! de (?:rir|risa|vergonha|verg[üu]enza))",
     "before dying"),
    (r"morre(?:u|m|ram)?(?! de (?:rir|tanto rir|vergonha|fofura|t[ée]dio))|faleceu", "died"),  # (not "ele morreu de rir")
    (r"ele", "he"), (r"ela", "she"),  # as English says them ("meu avô ... antes dele morrer, ele amava o gyeongsu": grandpa)
    (r"(?:está|esta|tá|ta|ficou) mort[oa]", "is dead"),
    (r"(?:está|esta|tá|ta) viv[oa]", "is alive"),
    (r"morte(?! de rire)(?: d[oa]| de)?", "the death of"),
    (r"(?:é|e|foi) mordid[oa]", "got bitten"),
    (r"mordeu(?: o| a)?", "bit"),
    (r"(?:vira|virou|se transforma|se transformou|se torna|se tornou) (?:em )?" + _ZUMBI, "turned into a zombie"),
    (r"meio[- ]zumbi", "half zombie"),
    (r"zumbis?", "zombie"),
    (r"se sacrific(?:ou|a)", "sacrificed themselves"),
    (r"sobreviv(?:e|eu|em|eram)", "survived"),
    (r"biblioteca", "library"),
    (r"inc[eê]ndio|fogo|fuego", "fire"),
    (r"fogueira", "campfire"),
    (r"fez com (?:ela|ele)", "did to her"),
    (r"fic(?:ou|a) (?:pra|para) (?:trás|tras)|se (?:quedó|quedo) atrás", "stayed behind"),
    (r"sinalizador(?:es)?", "flares"),
    (r"(?:a )?minha professora", "my teacher"),
    (r"(?:a )?professora(?= park(?![\w'’-]))", "ms"),  # "parecia a professora park": Ms. Park named, as "ms park"
    (r"(?:a )?professora", "the homeroom teacher"),  # as Spanish "la profesora": the one woman teacher the sources name
    (r"o professor", "the teacher"),  # not the English "professor"
    (r"(?:no|em cima do) telhado", "on the roof"),
    (r"telhado", "roof"),
    (r"com (?:o|a)", "with the"),
    # German, French, Italian, Polish, Russian, Turkish: the plain words of a death, a bite, a turning ("soju stirbt
    # in folge elf", "cheongsan meurt", "woojin muore", "умирает", "ölüyor"); a thing's ("mein akku ist tot") is no one's,
    # nor laughter ("soju meurt de rire", "woojin muore dalle risate")
    (r"(?:stirbt|starb|(?:ist )?gestorben|meurt|meurent|(?:est|sont) mort(?:e|s|es)?|muore|muoiono|(?:è|e') mort[oa]"
     r"|umiera|umar(?:ł|l)a?|zgin(?:ął|ęła|al|ela|ie)|ginie|умира(?:ет|ют)|умер(?:ла|ли)?|погиб(?:ает|ла|ли)?|öl(?:üyor|dü|ür)"
     r"|(?:gaat|ging|gingen) dood|doodgaat|doodging|(?:is |zijn )?(?:doodgegaan|gestorven)|sterft|stierf|stierven|overl(?:ijdt|eed|eden)"
     r"|gesterf)(?!\w* (?:de rire|dal ridere|dalle risate))", "died"),  # Dutch, Afrikaans
    (r"(?:il mio|la mia|un mio|una mia) (?:migliore )?amic[oa]|(?:mon|ma) (?:meilleure? )?(?:ami|amie|pote)", "my friend"),  # a friend so named
    (r"(?:et )?puis il", "then he"), (r"(?:et )?puis elle", "then she"),  # "soju meurt de rire ... puis il meurt": the one named
    # Italian, an animal's ("cane morso da un altro cane"): by what, so the lexicon leaves it
    (r"(?:(?:è |e' |viene |è stat[oa] )?mors[oa] da (?:un|una|il|la|lo|mio|mia|dei|delle|degli))(?= )(?! zombi)", "got bitten by a"),
    # the writer's own ("un cane mi ha morso", "mi hanno morso le zanzare", "mi sono morsa le unghie"): no one's of the show
    (r"mi (?:ha|hanno) mors[oa]", "bit me"), (r"mi sono mors[oa]", "i bit"),
    (r"(?:wird|wurde) gebissen|gebissen|(?:est |a été |se fait )?mordue?|(?:viene |è |e' )?mors[oa]|укушен[аы]?|укусил[аи]?", "got bitten"),
    # the viewer's "i'm dying" (German, Dutch): a reaction, read as "i'm crying" is ("ich sterbe 😭", "ich sterbe bei folge 11")
    (r"ich sterbe|ik ga dood", "i'm crying"), (r"wir sterben", "we're crying"),
    (r"sterben|sterbe|stirb", "die"),  # German "warum muss cheongsan sterben"
    (r"bei(?:ß|ss)t|biss(?= [\w-])", "bites"),  # German, the one who bites first: "gwinam beißt cheongsan"
    (r"(?:становится|стал[аи]?|превраща(?:ется|ются|лся|лась|лись) в) полузомби|полузомби", "becomes a halfbie"),
    (r"выжива(?:ет|ют)|выжил[аи]?", "survived"),
    (r"(?:wird|wurde) (?:zum|ein|zu einem) zombie|devient (?:un |une )?zombie|diventa (?:uno |un )?zombie"
     r"|(?:становится|стал[аи]?|превраща(?:ется|ются|лся|лась|лись) в) зомби", "turned into a zombie"),
    (r"kematian", "the death of"),  # Indonesian: "kematian cheong-san"
    # Indonesian (and Malay)
    (r"(?:berubah )?(?:jadi|menjadi) setengah[- ]zombie", "turned into a half zombie"),
    (r"setengah[- ]zombie", "half zombie"),
    (r"(?:berubah )?(?:jadi|menjadi) zombie", "turned into a zombie"),
    (r"yang (?:gigit|menggigit|ngegigit)", "who bit"),
    (r"(?:di|ke)gigit", "got bitten"),
    (r"menggigit|ngegigit|gigit", "bit"),
    (r"dibunuh", "got killed"),
    (r"membunuh|bunuh", "killed"),
    # not a blackout, nor the writer's "mati aku" opening a line ("mati aku liat senyum cheongsan": it kills me)
    (r"meninggal(?: dunia)?|tewas|(?<!rasanya mau )(?<!rasanya pengen )(?<!rasanya ingin )mati(?! (?:lampu|listrik|gaya|ketawa|kutu))(?!(?<![^\W\d_] mati) (?:aku|gue|gw)\b)", "died"),
    (r"(?:mengorbankan|ngorbanin|korbanin) diri(?:nya)?|berkorban", "sacrificed themselves"),
    (r"ditinggal(?:in|kan)?(?: oleh| sama| sm)?", "left behind by"),
    (r"gara-gara|karena", "because"),
    (r"(?:me)?lindung(?:in|i)", "protecting"),
    (r"gerbang sekolah", "the school gate"),
    (r"guru (?:sains|ipa|biologi|kimia)", "science teacher"),
    (r"kantor polisi", "police station"),
    (r"berubah", "turned"),
    (r"sapu ?tangan", "handkerchief"),
    (r"ditular(?:in|i|kan)(?: oleh| sama| sm)?", "got infected by"),
    (r"nular(?:in|kan)|menular(?:in|kan|i)", "infected"),
    (r"(?:men)?cium(?:an)?", "kissed"),
    (r"ending-?nya", "the ending"),
    (r"(?:di )?atap(?: sekolah)?", "on the roof"),
    (r"gedung olahraga", "the gym"),
    # "hari" is also the day ("hari ini": today, "hari pertama": the first day, "setiap hari"), not Ha-ri
    (r"hari(?= (?:ini|itu|pertama|kedua|ketiga|terakhir|libur|minggu|senin|selasa|rabu|kamis|jumat|sabtu|raya|ke-?\d+)"
     + _E + r")|(?:setiap|tiap|beberapa|seharian|sepanjang|\d+) hari", "day"),
    (r"bukan satu-satunya", "not the only one"),
    # "selamat" is survived ("hari selamat": Ha-ri survived), but also a greeting or a wish ("selamat pagi", "selamat
    # ulang tahun", "selamat ya": congratulations), which no one survives
    (r"(?:masih )?selamat(?! (?:pagi|siang|sore|malam|datang|ulang|ultah|tahun|hari|jalan|tidur|makan|menikmati|berbuka"
     r"|natal|idul|lebaran|ya|yaa|atas|buat|untuk|kepada|bagi|menempuh|berjuang|menonton|nonton)" + _E + ")", "survived"),
    (r"masih hidup", "is alive"),
    (r"kamp (?:karantina|pengungsian)", "the quarantine camp"),
    (r"siapa (?:yang|yg)", "who"),
    (r"di", "at"),  # "hari dan daesu di kamp": at the camp
    # Tagalog
    # the writer's own ("namatay ako sa presinto sa sobrang bagal": I died there, of boredom)
    (r"namatay (?:ako|kami)(?! sa (?:kaka)?tawa)", "i died"),
    # not "namatay ang wifi namin" (the wifi died), nor "namatay ako sa tawa" (I died laughing)
    (r"namatay(?: na)?(?! ang (?:wifi|internet|kuryente|ilaw|phone|cellphone|cp|laptop|tv)\b)(?!(?: (?:ako|kami|tayo))? sa (?:kaka)?tawa)"
     r"|patay na", "died"),
    (r"hindi na bumalik", "never came back"),
    (r"(?:(?:yung|ang) )?pagkamatay (?:ni|nina)", "the death of"),  # "yung pagkamatay ni ms. park"
    (r"sunog", "fire"),
    (r"muntik na (?:niyang |nyang )?(?:ma|na)?kagat", "nearly bit"),
    (r"pinatay", "killed"),
    (r"(?:sinadya(?:ng| niyang| nyang) )?(?:hinawaan|hawaan|hinawahan|hawahan|nahawaan)(?: (?:si|ni))?", "infected"),
    (r"(?:ang |yung )?panyo", "the handkerchief"),
    # an animal's ("nakagat ako ng aso sa presinto", "ma'am park nakagat ng aso namin"): by what, so the lexicon leaves it
    (r"(?:na|ki)kagat(?: (?:ako|kami|siya|sya|ka))? ng (?:mga )?(?:aso|pusa|tuta|kuting|daga|ahas|unggoy)(?![\w-])",
     "got bitten by a dog"),
    (r"(?:na)?kagat ni", "got bitten by"),  # "si banjang nakagat ni gwinam": the one after "ni" bites
    (r"(?:na)?kagat(?:in|an)?|nakagatan|kinagat|nagpakagat", "got bitten"),
    (r"naging " + _ZOMBIE, "turned into a zombie"),
    (r"nagsakripisyo", "sacrificed themselves"),
    (r"para (?:kay|sa)", "for"),
    (r"(?:i)?sinakripisyo(?: ang)?(?: (?:kanyang |niyang )?sarili(?: niya)?)?", "sacrificed themselves"),
    (r"(?:ang )?(?:tumapos|tinapos|pumatay)(?: (?:kay|kina|si))?", "killed"),
    (r"(?:mga )?sundalo", "the soldiers"),
    (r"sa", "at"),
    # English: an actor who "carries the show" leads it; nobody is carried
    (r"carr(?:y|ies|ied|ying) (?:the|this|that) (?:show|drama|series|season|cast)", "leads the show"),
    # Korean: one who "in the end could not get out" (결국 못 나왔잖아) did not survive: not a season not out yet
    (r"(?:결국|끝내)\s?못\s?(?:빠져\s?)?나(?:왔|옴|온|와)\w*", "결국 못 살아남았잖아"),
    # English: a thing of the writer's that "died and came back like gwinam" came back as he did, a halfbie (not his death)
    (r"(?:died|dies|die|dead)(?: twice| again)? and (?:came|comes|come) back(?: to life)?(?= like)", "came back as a halfbie"),
    # English: "nobody gets bitten" in a fan's AU, "protect him" to a fan's favourite: no one's event
    (r"(?:nobody|no one|no-one|noone) (?:gets|got|is|was|ever gets) (?:bitten|killed|infected|hurt)"
     r"|(?:nobody|no one|no-one|noone) (?:dies|died|turns|ever dies)", "everyone is fine"),
    (r"(?<!to )(?<!ll )(?<!would )(?<!will )protect (?:him|her|them|this (?:boy|girl|kid|child|baby))(?: at all costs)?"
     r"(?=\s*(?:[.!?…]|$|[^\w\s]))", "so precious"),
    # English: a ship that "got a happy ending": both of it survive
    (r"(?:got|get|gets|had|have) (?:a|their|the) happy ending", "both survived"),
    # English: "woojin 😭😭 and hari had to watch": the one cried for died before the one who watched
    (r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bu )had to (?:watch|see)(?: it)?(?=\s*(?:[.!?…]|ㅠ|ㅜ|😭|💔|🥲|$))",
     "had to watch him die"),
    # English: "woojin ㅠㅠ namra had to": a deed left unsaid after a cry for the one it was done to (not "i had to")
    (r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bu )had to(?=\s*(?:[.!?…]|ㅠ|ㅜ|😭|💔|🥲|$))", "had to kill"),
)
# (the word's bounds are tested once, around all the phrasings: ten times quicker; each phrasing only under the character
# it can start with, bot/re_guards.py: several times quicker again). Compiled at the first rephrase: a start that reads
# nothing never pays it.
PHRASINGS = Dispatched((w for w, _ in _PHRASES), re.I, before=_B, after=_E)
PHRASE_SOURCE = PHRASINGS.source


_phrase_pattern = re_cache.later(PHRASE_SOURCE, re.I)  # (read back when kept: bot/re_cache.py)


#: "trouxeram o gwinam de volta", "trajeron a namra de vuelta": the one named between is the one brought back.
_BACK_AROUND = re.compile(_B + r"(?:trouxeram|trazem|trouxe|trajeron|traen|trajo|trajeran) (?:o |a |al )?([\w-]+) de (?:volta"
                          r"|vuelta|regreso)" + _E, re.I)
#: "wen beißt gwinam?", "wen tötete namra" (German: whom the one named after the verb bites or kills), as "gwinam bites who?"
_WHOM_DE = re.compile(_B + r"wen (bei(?:ß|ss)t|biss|t[öo]tete?) ([\w-]+)" + _E, re.I)
#: "iniwan lang sila ng mga sundalo" (Tagalog): the one after "ng" left the one before it.
_LEFT_TL = re.compile(_B + r"iniwan(?: lang| na)? (sila|siya|kami|si [\w-]+) (?:ng|ni) ((?:mga )?[\w-]+)" + _E, re.I)
_TL_WHOM = {"sila": "them", "siya": "them", "kami": "us"}
#: "kinagat ni gwinam si namra" (Tagalog): the one after "ni" bit the one after "si", as "namra got bitten by gwinam".
_BIT_TL = re.compile(_B + r"kinagat (?:ni|ng) ([\w-]+) si ([\w-]+)" + _E, re.I)
#: "el papá de onjo" (Spanish), "il papà di onjo" (Italian) and "tatay ni onjo" (Tagalog): the relative of the one named after.
_RELATIVE_ID = {"ibunya": "mother", "mamanya": "mom", "ayahnya": "dad", "bapaknya": "dad", "papanya": "dad",
                "adiknya": "sibling", "kakaknya": "sibling", "ayah": "dad", "ibu": "mother", "adik": "sibling",
                "kakak": "sibling"}  # "ayah onjo" as "ayahnya onjo" (not "bapak": a title, "Mr.")
_RELATIVE_FR = {"père": "dad", "pere": "dad", "mère": "mom", "mere": "mom", "frère": "brother", "frere": "brother",
                "sœur": "sister", "soeur": "sister", "petit frère": "little brother", "petit frere": "little brother",
                "petite sœur": "little sister", "petite soeur": "little sister"}
#: German kin after a name's genitive ("onjos vater", "haris bruder") or before "von" ("die mutter von cheongsan").
_RELATIVE_DE = {"vater": "dad", "papa": "dad", "mutter": "mom", "mama": "mom", "bruder": "brother", "schwester": "sister"}
#: English words ending in s ("his papa", "this mama", "it's papa") are no German name's genitive.
_NO_GENITIVE = (r"(?!(?:his|its|this|was|is|as|us|yes|des|das|es|thats|whats|lets|theres|heres|hes|shes"
                r"|(?:it|that|what|let|there|here|he|she)['’]s) )")
_KIN_DE = re.compile(_B + r"(?:" + _NO_GENITIVE + r"([\w-]+?)(?:s|['’]s?) (" + "|".join(_RELATIVE_DE) + r")|(?:der|die|den|dem) ("
                     + "|".join(_RELATIVE_DE) + r") (?:von|vom) ([\w-]+))" + _E, re.I)
#: German "jimin lässt sie einfach zurück" (leaves her behind), "ließ hyoryeong im stich": as the lexicon reads it.
_LEFT_DE = re.compile(_B + r"(?:lässt|laesst|ließ|liess) ([\w-]+) (?:(?:einfach|eiskalt|allein) )?(?:zurück|zurueck|im stich)" + _E, re.I)
_LEFT_DE_WHOM = {"sie": "her", "ihn": "him", "uns": "us"}
#: German, Dutch and Afrikaans "die", an article ("die szene mit gwinam", "die scène met namra", "ek het die reeks gekyk"),
#: said as "the": opening a sentence or after a word of theirs that takes one, before a word English "die" never has after
#: it ("does namra die in ep 6", "i'd die for cheongsan", "die hard" stay deaths, or English).
_ARTICLE_DIE = re.compile(r"(^|[\n.!?:;,(]\s*|(?<![\w-])(?:mit|für|fur|über|uber|auf|von|in|an|um|durch|gegen|ohne|wie|wenn|dass|daß|hab|habe|hast|hat|schau|guck"
                          r"|weil|und|oder|aber|sind|ist|waren|haben|hatte|liebe|mag|fand|finde|kenne|sehe|sah|alle|auch|nur"
                          r"|noch|schon|sehr|dann|als|bis|nach|wo|ja|boah|alter|digga|met|van|voor|naar|dat|het|vir|ek)\s+)"
                          r"die(?=\s+(?!(?:in|at|on|of|for|from|with|without|because|cause|cuz|when|while|after|before|again|too"
                          r"|first|last|alone|together|already|soon|now|then|so|and|or|but|hard|laughing|inside|a|an|the|like"
                          r"|saving|protecting|trying|young|happy|instantly|yet|ever|by|off|out|up|down|here|there|rn|fr|ngl|tbh"
                          r"|lol|lmao|omg|pls|plz|please|tho|though|if|as|every|each|twice|once|slowly|early|later|next|die"
                          r"|right|is|was|he|she|i|you|we|they|it|me|him|her|them|us|bro|more|over|no|not|yet|anyway"
                          r"|tonight|today|tomorrow|scenes?|(?!family)[^\W\d_]+ly)(?![\w'’-]))[^\W\d_])", re.I | re.M)  # "die horribly"
_DIE_WORD = re.compile(r"(?<![\w-])die\s+[^\W\d_]")  # the cheap test for _ARTICLE_DIE (on lowercase)
#: English "die" said to someone or as a title tells no death: a command opening a sentence ("Die, gwinam!", "die slowly,
#: gwinam", "die already cheongsan", "just die."), a song or a film in capitals ("Die With A Smile", "Die For You"; not
#: shouted text). A bare "Die." opening an answer stays one, and so does "cheongsan and gwinam, die horribly in the fire".
_DIE_SAID = re.compile(r"(^|[\n.!?]\s*)((?:just|pls|plz|please|go)\s+)?die(?:\s+[^\W\d_]+ly)?(?=\s*,\s*[\w-]+\s*(?:[.!]|$|,?\s*(?:just )?die)"
                       r"|\s+already(?![\w-])"
                       r"|(?<=just die)(?:\s*[.!]+|\s*$))", re.I | re.M)
_DIE_TITLE = re.compile(r"(^|[\n.!?\"“‘(]\s*)Die(?= (?:With|For|Another|Young|Alone|Trying)(?![\w'’-]))")
_RELATIVE = re.compile(_B + r"(?:(?:el|la|o|a|del|do|da|le|du|de la|il|della) (" + "|".join(_RELATIVE_ES | _RELATIVE_PT | _RELATIVE_FR
                                                                                                | _RELATIVE_IT)
                       + r") (?:de |do |da |di |d['’])|(" + "|".join(_RELATIVE_TL) + r") (?:ni|nina) |(" + "|".join(_RELATIVE_ID)
                       + r") )([\w-]+)" + _E, re.I)
#: "her on-screen father", "his drama mom": the character's relative, not the actor's.
_ON_SCREEN = re.compile(_B + r"(?:on-?screen|on screen|reel|drama|in-show|fictional) (?=(?:father|dad|mother|mom|mum|brother"
                        r"|sister|son|daughter|parents?|family)" + _E + ")", re.I)
#: A ranking's item number ("5. mr lee", "#1 so-ju", "2) isak"), between words or at the start of a line, its item on
#: the same line, or lettered 🅰️ 🅱️ 🅲 as a poll's options are. Not a sentence ending in a number ("... Money Heist Part
#: 4.", "returns for Season 2. His ...").
_ITEM = re.compile(r"(?:(?<=\s)|^)(?<![Ss]eason )(?<![Pp]art )(?<![Ee]pisode )(?<![Ee]p )(?<![Cc]hapter )(?<![Vv]olume )"
                   r"(?:#?\d{1,2}(?:[.)]|\ufe0f?\u20e3|(?<=#\d)|(?<=#\d\d))|[\U0001f170-\U0001f189]\ufe0f?)[ \t]+(?=[^\d\s])", re.M)
#: What heads a ranking ("top 5 deaths ranked:", "saddest deaths"): numbered lines under any other heading (a
#: moderator's numbered list of reported questions) stay apart, each read on its own.
_RANKING = re.compile(r"\b(?:top|rank\w*|tier\w*|fav\w*|best|worst|sadd?est|deaths?|kills?|moments?|scenes?|list)\b", re.I)
_CHEAP = re.compile(r"mat[aó]|mur[ií]|muer|mord|zombi|zumbi|morr|mort|falec|h[ií]brid|sacrific|sobreviv|bengala|fallec|patay|kagat|naging|nagsakrip"
                    r"|para (?:kay|sa)|\b(?:de|ni|nina)\b|on-?screen|on screen|reel|drama|in-show|fictional|\d[.)]|#\d|\u20e3"
                    r"|[\U0001f170-\U0001f189]")  # on lowercase
#: The same for Portuguese, Indonesian and Tagalog words and "had to": a second test of words each begun by a letter, as
#: quick as the first (one test of both is twice as slow: fewer places can be skipped)
_CHEAP_MORE = re.compile(r"\b(?:qui[eé]n(?:es)?|k[iy][eé]n(?:es)?|qi[eé]n(?:es)?|quem|qui|wer|wen|sino(?:ng)?) |stirbt|sterb|stirb |bei(?:ß|ss)t|biss |dood|sterft|stierf|overl|gesterf|starb|gestorben|gebissen|meur|mordu|muor|mors[oa]|umiera|umar|zgin|ginie|умир|умер|погиб|укус|укуш|зомби|выжи"
                         r"|ölüyor|öldü|ölür|zum zombie|devient|diventa|kematian|el final|o final|al final|viv[oa]\b|mort[oa]\b|zumbi|biblioteca|fogueira|telhado|gigit|bunuh|meninggal"
                         r"|tewas|korban|tinggal|gara-gara|karena|lindung|gerbang|sakripisyo|tumapos|tinapos|pumatay| sa\b"
                         r"|com [oa]\b|sundalo|iniwan|had to|pai d|mãe d|mae d|irmã|irmão|nya [\w-]|faleceu|setengah|mati\b"
                         r"|matou|morreu|fez com|tr[aá]s\b|sinalizador|profe|presi\b|ssaem|park saem|park sensei|seonsaengnim|saem park|mrs\.? park|teacher park|mam park|maestra park| nis\b|l virus|o v[ií]rus|entreg|largou|abandon|guru|polisi|berubah"
                         r"|saputangan|cium|ending|atap|satu-satunya|bumalik|sunog|muntik|convertid|puerta|quit|comandante|carr"
                         r"|azotea|sobreviv|virei|fiquei|estoy|me sin|me sie|quedé|ando |came back|come back|nobody|no one|no-one|noone"
                         r"|protect|happy ending|hawa|panyo|못\s?(?:빠져\s?)?나|traer|trajer|traen|trouxeram|binalik|balikin|ayah |ibu |adik |kakak |olahraga|hari "
                         r"|membawa kembali|selamat|masih hidup|kamp |siapa| di |inc[eê]ndio|fogo|fuego|brought back|bring|tular|sapu|comisar|commissar"
                         r"|delegacia|d[ée]l[ée]gu|ketua kelas|presidente ng|hambie|halfbie|" + RETURNS_CHEAP + "|" + SLANG_CHEAP
                         + "|" + ELSEWHERE_CHEAP)


#: A lead before a question's answer on its line ("who became a halfbie? my answer: C, namra", "answer: B, so-ju", and in
#: fans' other languages: "mi respuesta:", "minha resposta:", "ma réponse :", "jawabanku:", "sagot ko:", "내 답:",
#: "私の答え：", "我的答案：", "คำตอบ:", "câu trả lời:"): the question then heads its answer ("who survived: D, hari and
#: daesu"), as a list's heading does, however many names the answer has.
_ANSWER_LEAD = re.compile(r"[?？][ \t]*(?:(?:(?:my|the|quiz|poll|correct|right)[ \t]+)?(?:answer|pick|vote|guess|choice)"
                          r"(?:[ \t]+is)?|(?:mi|la|minha|meu|a|ma|mon|la|meine?|die)[ \t]+(?:respuesta|resposta|voto"
                          r"|r[ée]ponse|choix|antwort)|(?:jawaban|pilihan)(?:ku|[ \t]+(?:aku|saya|gue|gw))?"
                          r"|(?:sagot|pili)(?:[ \t]+ko)?|내[ \t]*(?:답|정답|선택)|정답|私の(?:答え|回答)|答え|我的(?:答案|回答|选择|選擇)"
                          r"|答案|คำตอบ(?:ของ(?:ฉัน|เรา|ผม))?|câu trả lời(?:[ \t]+của[ \t]+(?:mình|tôi|tui))?)"
                          r"[ \t]*[:：=][ \t]*", re.I)


#: A who-question of a fate with its answer on the next line (as the spoiler guard composes a reply under its question:
#: "who survives?\nnamra", "who comes back in s2?\ncheongsan", "¿quién sobrevive?\nnamra", "누가 살아남아?\n남라"): the
#: question heads its answer as a list's heading does ("who survived: namra"); an answer naming no one tells nothing.
_WHO_FATE_ANSWERED = re.compile(r"^((?:¿?(?:who(?:['’]s| is| are| will| would)?|" + _WHO_ASKED.rstrip() + r")\b|누가|siapa(?: yang| yg)?)"
                                r"[^\n?？]{0,60}?(?:surviv|sobreviv|nakaligtas|selamat|살아|\blives?\b|alive|makes? it|made it"
                                r"|gets? out|\bdies?\b|\bdied\b|comes? back|returns?\b)[^\n?？]*)[?？]+[ \t]*\n(?=[ \t]*\S)", re.I | re.M)


#: A list written as code ("alive = ['onjo', 'suhyeok', ...]"): its quoted items are names listed.
_QUOTED_ITEM = re.compile(r"(?<=[\[(,])\s*['\"]([\w -]{2,30})['\"](?=\s*[,\])])")


def rephrase(text: str) -> str:
    """`text` with Spanish, Portuguese, Tagalog, Indonesian, German, French, Italian, Polish, Russian, Turkish (and, by `in_latin`, Japanese, Chinese, Thai and Vietnamese)
    event words, relatives on screen, a ranking's numbers and a tally's ✅ / ❌ said as the
    lexicon reads them (the text unchanged when it has none: one cheap test first)."""
    text = in_latin(text)
    if EMOJI_CHEAP.search(text):  # hearts beside the living, 🩸 before the bitten (lexicon_emoji_marks.py)
        text = marked_by_emoji(text)
    if REORDER_CHEAP.search(text) or "haath" in text or " rah" in text or " bach" in text:  # (Hinglish: with `in`)  # a reply after its quote, "isak. F.", "the kid didn't make it"
        text = reordered(text)
    if "🧟" in text or "⚰" in text or "🪦" in text:  # "gyeongsu 🩸🧣🧟 isak 🩹🧟": each run of emoji is its name's
        text = fate_emoji_items(text)
    if ("❌" in text or "✖" in text or "❎" in text or "🪦" in text) and ("✅" in text or "☑" in text or "✔" in text):
        text = "\n".join(tallied(line) for line in text.split("\n"))
    if "?" in text or "？" in text:  # "who became a halfbie? my answer: C, namra": the answer to the question asked
        text = _ANSWER_LEAD.sub(": ", text)
        text = _WHO_FATE_ANSWERED.sub(r"\1: ", text)
    if "['" in text or '["' in text:  # a list written as code
        text = _QUOTED_ITEM.sub(lambda m: " " + m.group(1), text)
    if "cap" in text or "épis" in text or "episó" in text or "episodio" in text or "olge " in text or "afl" in text:  # "el cap 12": "ep 12"
        text = episodes_said(text)
    low = text.lower()
    if "die" in low and ("," in low or "die already" in low or "just die" in low) and not text.isupper():  # "Die, gwinam."
        text = _DIE_SAID.sub(r"\1\2shut up", text)
    if "Die " in text and not text.isupper():  # "Die With A Smile": a title
        text = _DIE_TITLE.sub(r"\1Sing", text)
    if "die " in low and _DIE_WORD.search(low):  # "die szene mit gwinam": the article, no death
        text = _ARTICLE_DIE.sub(r"\1the", text)
    if "vater" in low or "mutter" in low or "bruder" in low or "schwester" in low or "papa" in low or "mama" in low:
        text = _KIN_DE.sub(_kin_de, text)  # "onjos vater stirbt": On-jo's dad
    if "zurück" in low or "zurueck" in low or "im stich" in low:
        text = _LEFT_DE.sub(lambda m: f"leaves {_LEFT_DE_WHOM.get(m.group(1).lower(), m.group(1))} behind", text)
    low = text.lower()
    if not _CHEAP.search(low) and not _CHEAP_MORE.search(low):  # lowercased and matched as is: four times quicker than re.I
        return text
    if ELSEWHERE_HINT.search(low):  # "TWICE ki Nayeon", "In Squid Game 3, Hyun-ju dies": nobody of the show
        text = someone_elses(text, low)
    items = list(_ITEM.finditer(text))
    # a ranking: one list under its heading, its items apart by commas (one number is no list)
    if len(items) >= 2 and _RANKING.search(text[:items[0].start()]):
        # its heading ends in a colon, even a poll's question ("saddest death? 1️⃣ isak 2️⃣ ...")
        head, rest = text[:items[0].start()].rstrip(" ?:\n"), text[items[0].start():]
        text = head + ": " + _ITEM.sub(", ", rest.replace("\n", " ")).lstrip(" ,")
    text = _ON_SCREEN.sub("", text)
    text = kin_said(text) if _MINE_SAID.search(low) else text  # "meu avô", "le père de ma meilleure amie" (lexicon_episodes)
    text = _RELATIVE.sub(_relative, _LEFT_TL.sub(_left, _BACK_AROUND.sub(r"they brought back \1", text)))
    if "kinagat" in low:
        text = _BIT_TL.sub(r"\2 got bitten by \1", text)
    if "wen " in low:
        text = _WHOM_DE.sub(lambda m: f"{m.group(2)} {'kills' if m.group(1)[0] in 'tT' else 'bites'} who", text)
    # a return, season 2 named, a state kept, in Spanish, Portuguese and French (lexicon_seasons.py), then the rest
    return _phrase_pattern().sub(_phrase, returns_said(text, low))


def _relative(match: re.Match[str]) -> str:
    """"el papá de onjo" -> "onjo's dad"."""
    romance, tagalog, indonesian, name = match.group(1), match.group(2), match.group(3), match.group(4)
    if romance:
        relative = (_RELATIVE_ES | _RELATIVE_PT | _RELATIVE_FR | _RELATIVE_IT)[romance.lower()]
    else:
        relative = _RELATIVE_TL[tagalog.lower()] if tagalog else _RELATIVE_ID[indonesian.lower()]
    return f"{name}'s {relative}"


def _kin_de(match: re.Match[str]) -> str:
    """"onjos vater", "die mutter von cheongsan" -> "onjo's dad", "cheongsan's mom"."""
    name, kin = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    return f"{name}'s {_RELATIVE_DE[kin.lower()]}"


def _left(match: re.Match[str]) -> str:
    """"iniwan lang sila ng mga sundalo" -> "mga sundalo left them" (then "the soldiers left them")."""
    whom = match.group(1)
    return f"{match.group(2)} left {_TL_WHOM.get(whom.lower(), whom[3:] if whom.lower().startswith('si ') else whom)}"


def _phrase(match: re.Match[str]) -> str:
    return _PHRASES[PHRASINGS.owner(match)][1]


# -- Japanese, Chinese, Thai and Vietnamese chat ---------------------------------------------------
# Scripts written without spaces (Japanese, Chinese, Thai) name the characters in their own letters and glue the event
# to the name ("青山被贵男咬了": Cheong-san was bitten by Gwi-nam), so their names and event words are put in the
# lexicon's words, spaced, before the text is read; Vietnamese is spaced and only needs its words ("bố của Onjo hy sinh":
# On-jo's dad sacrificed himself). Names as fans of each language write them (katakana; the Chinese subtitles' names in
# simplified and traditional characters; Thai letters), the actors' too: an actor stands for their roles.
# (the names and words: bot/lore/lexicon_asian_words.py; Vietnamese words: bot/lore/lexicon_vietnamese.py)
# a katakana name is a word of its own, not the start of a longer one ("テスト", a test, is no テス; "マルチ" no マル)
_ASIA_NAME = re.compile("|".join(re.escape(name) + ("(?![ァ-ヺー])" if "ァ" <= name[-1] <= "ヺ" else "")
                                 for name in sorted(_NAME_OF, key=len, reverse=True)))
#: A Japanese senior's nickname that is Ma-ru only in a text of the show's ("今学校2の3話でマル先輩が噛まれて泣いた"); "マル先輩" of
#: the writer's club is a real one ("部活のマル先輩が試合で噛まれた笑")
_SHOW_ONLY = frozenset({"マル先輩"})
_SHOW_JA = re.compile(r"今学校\s*[2２]|今私|私たちの学校は|ゾンビ|2期|シーズン|\d\s*話|第.話|オンジョ|ネトフリ|netflix", re.I)
_ASIA_CHEAP = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f]")
_GLUED = re.compile(r"(?<=[A-Za-z])(?=[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f])|(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=[A-Za-z])")
#: "2시즌" (Korean chat's order) as "시즌2", the order the lexicon reads
_SEASON_KO = re.compile(r"(?<![\d\w])([2-9])\s*시즌")


#: 青山 as a place or a poem, not Cheong-san: Tokyo's Aoyama (a Japanese text names him チョンサン), a park or a road, the
#: idioms "青山依旧在" and "绿水青山"
_KANA = re.compile(r"[\u3040-\u30ff]")
_AOYAMA = re.compile(r"(?:绿水|綠水|留得|东京|東京|去|到)青山|青山(?=依旧|依舊|绿水|綠水|不改|常在|公园|公園|路|区|區|站|学院|學院"
                     r"|镇|鎮|村|湖)")


_ANIMAL_BITE_KO = re.compile(r"(?:(?:모기|벌|개|강아지|고양이|냥이|뱀|벌레|쥐|햄스터|앵무새)(?:한테|에게|에)|모기|벌레)\s?물(?:림|렸|려|린)\w*")
_QUIT_KO = re.compile("".join(f"(?<!{w})(?<!{w} )" for w in ("예능", "드라마", "프로", "방송", "작품", "영화", "버스", "지하철", "택시", "기차"))
                      + "".join(f"(?<!{w}에서)(?<!{w}에서 )" for w in ("버스", "지하철", "택시", "기차")) + "하차")  # off the bus


def _spaced(match: re.Match[str], word: str) -> str:
    """`word` in the place of `match`, spaced from what is beside it (no second space: runs of them cost the scan)."""
    text, start, end = match.string, match.start(), match.end()
    return ("" if start and text[start - 1].isspace() else " ") + word + ("" if end < len(text) and text[end].isspace() else " ")


def in_latin(text: str) -> str:
    """`text` with Japanese, Chinese, Thai and Vietnamese names and event words said as the lexicon reads them
    (unchanged when it has none: one cheap test first)."""
    if _ASIA_CHEAP.search(text):
        text = han_episodes(text) if "第" in text else text
        if "青山" in text:
            text = re.sub(r"(?<!李)青山", "aoyama", text) if _KANA.search(text) else _AOYAMA.sub("aoyama", text)
        shown = _SHOW_JA.search(text) is not None  # (マル先輩 is Ma-ru only there)
        text = _ASIA_NAME.sub(lambda m: m.group(0) if m.group(0) in _SHOW_ONLY and not shown else _spaced(m, _NAME_OF[m.group(0)]),
                              games_in_latin(text))
        text = _GLUED.sub(" ", asian_words_said(text))  # "isak第二集": the name apart
    text = vietnamese_said(text)
    if "물" in text:  # a mosquito's or a dog's bite ("모기한테 물림"), as "被蚊子咬了": no zombie's
        text = _ANIMAL_BITE_KO.sub(" got bitten by an animal ", text)
    if "하차" in text:  # a character "gets off" the show (하차): written out, as 퇴장; not an actor off a variety show
        text = _QUIT_KO.sub("퇴장", text)
    if "시즌" in text:
        text = _SEASON_KO.sub(r"시즌\1", text)
    return text
