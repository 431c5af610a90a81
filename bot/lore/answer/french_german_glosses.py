"""French and German questions read as English words (`gloss_french_german`), as foreign_glosses.py does for
Spanish, Portuguese, Indonesian and Tagalog: "quand sort la saison 2", "wann kommt staffel 2" -> "when does season 2
come out"; "qui joue ent0", "wer spielt ent0" -> "who plays ent0"; "stirbt ent0" -> "does ent0 die".

Without these a French or German fan got "I don't know that" for the questions every other language has answered.
Only a text holding a word no English question uses ("quand", "saison", "wann", "staffel", ...) is glossed, so an
English question never loses a word; in a text that also holds an English question word, "die" is a death and "wer"
a slip for "were" ("who wer the students that die first"), while "who joue ent0" is still read. Names have already become slots (ent0, ent1) when
this runs. German "die" is an article there ("wer spielt die lehrerin"), never a death: German articles are dropped
before anything is read.
Fates, loves and roles are read too ("ist X tot", "lebt X noch", "qui aime X", "le père de X meurt", "stirbt die
klassensprecherin"), so they are hidden past the mark as in English, never "I don't know" (ask58's blind set).
("prof" and "mere" are English too: they are read only beside a plainly French word.)
The actor's word ("l'actrice de X c'est qui", "wer ist der schauspieler von X"), an episode's length, the age rating
("c'est ok pour mon fils de 12 ans") and "la saison 2 a été annoncée en juillet 2025" are read as English asks them
(lang54), and "d'" glued to a name ("le père d'onjo") is said "de" before names are found (`french_before_names`).
French as fans type it is read too (lang55): "ça dure combien un épisode", "c pour quel age", "ya une saison 2", "X meurt
ou pas", "X devient une hambie", "c sorti quand", "on peut le regarder ou", "ki joue X", "qui a écrit la série".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.lazy_re import LazyPattern, compile_later, rewrite_in_turn
from bot.lore.answer.season2_words import FRENCH, GERMAN
from bot.text import MONTH_NAMES, MONTH_NAMES_IN

# words that mark the question as French or German (none is an English question word)
_GERMAN = frozenset("""
    wann staffel wer spielt stirbt starb viele folgen folge episoden gebissen überlebt ueberlebt kommt erscheint regie
    regisseur passiert schauen gucken erschaffen getötet umgebracht ist tot lebt noch liebt mag verliebt sterben
    draußen draussen erschienen gestorben lehrerin lehrer klassensprecherin klassensprecher vater mutter bruder schwester ende beste bester besten welcher wen
    freund freundin letzten detektiv kommissar polizist wissenschaftslehrer chemielehrer biologielehrer
    wurde gedreht gefilmt wieviele eigentlich bestätigt bestaetigt offiziell überlebenden
""".split())
_MARKERS = _GERMAN | frozenset("""
    quand heure saison qui joue interprète interprete incarne meurt mort morte combien épisodes épisode où regarder créé cree
    crée mordu tué tue survit réalise réalisé réalisateur arrive-t-il passe-t-il aime aiment amoureux amoureuse dans
    père pere mère frère frere sœur soeur professeur professeure délégué déléguée mourir morts mortes quel dernier meilleure meilleur
    détective inspecteur policier flic rôle personnage sortie vrai stimmt résumé récap zusammenfassung gibt annonce saisons staffeln tournée tourné gedreht gefilmt
    acteur actrice comédien comédienne dure durent durée fils fille déconseillée déconseillé interdite annoncée annoncé
    devient deviendra hambie sorti ecrit écrit scénariste scenariste peut koi passe avec survivants survécu survecu
    schauspieler schauspielerin darsteller darstellerin dauert jahren welchem angekündigt wurde fsk altersfreigabe
""".split())
# words of an English question that no French or German one uses: with one of them the question is English at heart,
# so its "die" is a death (no article dropped) and a marker that is also an English slip ("wer" for "were") marks nothing;
# the plainly French or German words in it are still read ("who joue ent0", "is ent0 mort", "does ent0 sterben")
_ENGLISH = frozenset("the who what whats when where which whose why how does did is are were that this".split())
_ENGLISH_SLIPS = frozenset("wer ist mag tue".split())
# German articles ("die" above all, which an English reading would take for a death), dropped first
_ARTICLES = compile_later(r"(?<!\w)(?:der|die|das|den|dem)(?!\w)", re.I)
_WORD = compile_later(r"[^\W\d_]+(?:-t-[^\W\d_]+)?")
_SLOT = r"(ent\d+)"
# whose fate is asked: a name, a name's relative ("le père de ent0" is read "ent0's father" first) or a role
_HOLDER = (r"(ent\d+(?: ?'s (?:father|mother|brother|sister|best friend))?"
           r"|the (?:female |male |science )?teacher|the class president|the detective|the cop)")
# "le père de ent0", "der vater von ent0" (articles gone): the relative of a name, said the English way round
_RELATIVE = compile_later(r"(?<!\w)(?:le |la |l'|l’)?(père|pere|mère|mere|frère|frere|sœur|soeur|vater|mutter|bruder"
                          r"|schwester|meilleure amie|meilleur ami|beste freundin|bester freund|besten freund"
                          r"|besten freundin) (?:de |d'|d’|du |von )(ent\d+)", re.I)
# "onjos vater", "onjos bester freund" (read "ent0 's vater"): the relative of a name, said with a German genitive
_OWN_KIN = compile_later(r"(ent\d+ ?'s) (vater|mutter|bruder|schwester|beste freundin|bester freund|besten freund"
                         r"|besten freundin)\b", re.I)
_RELATIVE_EN = {"père": "father", "pere": "father", "vater": "father", "mère": "mother", "mere": "mother",
                "mutter": "mother", "frère": "brother", "frere": "brother", "bruder": "brother", "sœur": "sister",
                "soeur": "sister", "schwester": "sister", "meilleure amie": "best friend", "meilleur ami": "best friend",
                "beste freundin": "best friend", "bester freund": "best friend", "besten freund": "best friend",
                "besten freundin": "best friend"}
# roles a fan names instead of a name ("ist die lehrerin tot", "stirbt die klassensprecherin")
_ROLES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"(?<!\w)(?:{p})(?!\w)", re.I), e) for p, e in (
    (r"(?:la |le |l'|l’)?(?:déléguée|délégué|deleguee|delegue)(?: de classe)?|klassensprecherin|klassensprecher",
     "the class president"),
    # the science teacher said by his subject; a woman teacher said by the word's gender ("la prof", "die lehrerin":
    # read by whom the pack says is a woman, relative.py), any teacher by the word alone
    (r"(?:le |la )?(?:prof|professeure|professeur) (?:de |d')(?:sciences?|svt|chimie|biologie|physique)"
     r"|wissenschaftslehrer(?:in)?|chemielehrer(?:in)?|biologielehrer(?:in)?|naturwissenschaftslehrer(?:in)?",
     "the science teacher"),
    (r"(?:la )(?:prof|professeure)|la professeur|professeure|lehrerin", "the female teacher"),
    (r"(?:le )?(?:prof|professeur)|lehrer", "the teacher"),
    (r"(?:le |l'|l’)?(?:détective|detective|inspecteur)|detektiv|kommissar", "the detective"),
    (r"(?:le )?(?:policier|flic)|polizist", "the cop"),
))

_MONTHS = {**dict(zip(MONTH_NAMES_IN["fr"], MONTH_NAMES, strict=True)),
           **dict(zip("januar februar märz april mai juni juli august september oktober november dezember".split(),
                      MONTH_NAMES, strict=True)), "fevrier": "February", "aout": "August", "decembre": "December",
           "maerz": "March"}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_SEASON_2 = rf"(?:la )?(?:{FRENCH}|s2)|(?:{GERMAN}|s2)"
_EPISODE = r"(?:épisode|episode|folge)s?"
_KID = r"(?:mon |ma |un |une |mes |les |meinen |meine |mein )?(?:fils|fille|enfants?|gamins?|ado|petit frère|petite s(?:œ|oe)ur|sohn|tochter|kind|kinder|bruder|schwester)"

# a fate heard and checked ("mon pote dit que X meurt, c'est vrai ?", "il paraît que X survit"): the fate asked
_HEARD_FR = (r"(?:(?:c'est vrai|c’est vrai|il paraît|il parait|on m'a dit|on dit|j'ai entendu dire|j'ai lu) que "
             r"|(?:mon|ma|mes) \w+ (?:dit|dis|disent|a dit|m'a dit|m’a dit|ont dit) que )")

# Whole questions whose order differs from English (a yes/no has no "does" in either language).
_REORDERED: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(p, re.I), e) for p, e in (
    # "dans quel épisode meurt ent0", "in welcher folge stirbt ent0": the episode of a death, hidden past the mark
    (rf"^\W*(?:dans|à) quel (?:épisode|episode) (?:meurt {_HOLDER}|{_HOLDER} (?:meurt|est mort|est morte|mourra))\b",
     r"which episode does \1\2 die"),
    (rf"^\W*in welcher (?:folge|episode) (?:stirbt|starb) {_HOLDER}\b", r"which episode does \1 die"),
    # the episode asked last ("ent0 meurt à quel épisode", "le prof de sciences meurt dans quel episode") and a bite's
    (rf"^\W*{_HOLDER} (?:il |elle )?(?:meurt|est mort|est morte|mourra) (?:dans|à|a|au|en) quel (?:épisode|episode)\b",
     r"which episode does \1 die"),
    (rf"^\W*(?:(?:dans|à) quel (?:épisode|episode) {_HOLDER} (?:est mordue?|se fait mordre)|{_HOLDER} (?:est mordue?|se fait mordre|mordue?) "
     rf"(?:dans|à|au) quel (?:épisode|episode))\b", r"which episode is \1\2 bitten"),
    (rf"^\W*in welcher (?:folge|episode) (?:wird|wurde) {_HOLDER} gebissen\b", r"which episode is \1 bitten"),
    # who plays someone, said by the actor's word ("l'actrice de ent0 c'est qui", "wer ist der schauspieler von ent0")
    # and whom an actor plays ("lomon il joue qui")
    (rf"^\W*(?:(?:c'est |c’est |qui est |wer ist )?(?:qui )?(?:l'|l’|le |la )?(?:acteur|actrice|comédien|comédienne|interprète"
     rf"|schauspieler|schauspielerin|darsteller|darstellerin) (?:de |d'|d’|du |von |für |qui joue |qui interprète |die |der ){_HOLDER})"
     r"\b.*$", r"who plays \1"),
    (rf"^\W*{_SLOT} (?:il |elle )?(?:joue|interprète|incarne) (?:qui|quel (?:rôle|role|personnage))\b.*$", r"who does \1 play"),
    # an episode's length ("un épisode dure combien de temps", "wie lang ist eine folge") and the age rating ("c'est ok
    # pour mon fils de 12 ans", "ab wie viel jahren ist die serie"): asked as English asks them
    (rf"^\W*(?:(?:un |chaque |les |1 )?{_EPISODE} (?:ça |ca )?(?:dure|durent|fait|font) (?:combien|cb)(?: de temps| de minutes)?"
     rf"|(?:ça |ca )?(?:dure|durent) (?:combien|cb)(?: de temps| de minutes)? (?:un |chaque |les |1 )?{_EPISODE}"
     rf"|combien de (?:temps|minutes) (?:dure|durent|fait|font) (?:un |chaque |les |1 )?{_EPISODE}"
     rf"|(?:la )?durée (?:d'un|d’un|des|de chaque) {_EPISODE}"
     rf"|wie (?:lang|lange) (?:ist|sind|dauert|dauern|geht|gehen) (?:eine |jede |1 )?{_EPISODE}"
     rf"|wie viele minuten (?:hat|haben|dauert) (?:eine |jede )?{_EPISODE})\b.*$", r"how long is each episode"),
    (rf"^\W*(?:(?:la série |la serie |elle )?(?:est )?(?:déconseillée|deconseillee|interdite) aux moins de\b"
     rf"|(?:c'est |c’est |est-ce que c'est |est-ce )?(?:ok|bon|adapté|adaptée|approprié|appropriée|regardable) pour {_KID}\b"
     rf"|{_KID} (?:de \d+ ans )?(?:peut|peuvent) (?:la |le )?regarder\b"
     r"|(?:à|a) partir de quel (?:âge|age)|(?:c'est |c’est |c )?pour quel (?:âge|age)|(?:quel est )?l'(?:âge|age) (?:minimum|conseillé|recommandé)"
     r"|ab wie viel(?:en)? jahren|ab welchem alter|(?:welche |was ist )?(?:fsk|altersfreigabe|altersempfehlung)\b"
     rf"|ist (?:serie |sie |es )?(?:ok|geeignet|okay) für {_KID}\b|(?:darf|kann) {_KID} (?:mit \d+ |\d+ )?(?:es |sie |serie )?(?:schauen|gucken|sehen)\b)"
     r".*$", r"what is the age rating"),
    # "la saison 2 est confirmée ?", "gibt es eine staffel 2": whether there will be one (never its unknown story)
    (rf"^\W*(?:est-ce que |est ce que )?(?:{_SEASON_2}) (?:est|a été|a ete|est-elle) (?:confirmée|confirmee|officielle|renouvelée"
     r"|officialisée)(?: ou pas| ou non)?\W*$", r"is season 2 confirmed"),
    (rf"^\W*(?:ist|wurde) (?:{_SEASON_2}) (?:schon |offiziell |endlich |jetzt )?(?:bestätigt|bestaetigt|angekündigt|offiziell)\W*$",
     r"is season 2 confirmed"),
    (rf"^\W*(?:(?:est-ce qu'|est ce qu')?(?:(?:il )?y (?:aura|aura-t-il|a) |ya |y'a |y’a )(?:une )?|(?:gibt es|wird es|kommt) (?:eine |noch eine )?)"
     rf"(?:{_SEASON_2})(?: geben)?\W*$", r"is there going to be a season 2"),
    # "la saison 2 a été repoussée ?", "ils ont reporté la saison 2", "wurde staffel 2 verschoben": a delay heard, as "is
    # season 2 delayed" asks it (read before as what is in season 2)
    (rf"^\W*(?:est-ce que |est ce que |c'est vrai que |c’est vrai que |il paraît que |il parait que )?(?:{_SEASON_2}) "
     r"(?:a (?:encore )?été |a (?:encore )?ete |est (?:encore )?)?(?:repoussée|repoussee|reportée|reportee|décalée|decalee|retardée"
     r"|retardee)(?: (?:encore|à nouveau|a nouveau|de nouveau))?(?: (?:c'est vrai|vraiment|ou pas))?\W*$", r"is season 2 delayed"),
    (rf"^\W*(?:est-ce qu'|c'est vrai qu'|il paraît qu'|il parait qu')?(?:ils|netflix) (?:ont|a) (?:encore )?(?:repoussé|repousse"
     rf"|reporté|reporte|décalé|decale|retardé|retarde) (?:{_SEASON_2})\W*$", r"is season 2 delayed"),
    (rf"^\W*(?:ist|wurde|wird) (?:{_SEASON_2}) (?:schon |wieder |nochmal |echt |wirklich )*(?:verschoben|verspätet|verspaetet)"
     r"(?: worden)?\W*$", r"is season 2 delayed"),
    # "la saison 2 a été annoncée en juillet 2025", "wurde staffel 2 im juli 2025 angekündigt": an announcement in a
    # month (season2_dated.py reads whether one was made then)
    (rf"^\W*(?:est-ce que |est ce que )?(?:{_SEASON_2}) (?:a été|était|fut|a ete) (?:annoncée|annoncee|confirmée|confirmee|officialisée)"
     rf"(?: officiellement)? (?:en |au mois de |le mois de )?{_MONTH} (20\d\d)\W*$", r"was season 2 announced in \1 \2"),
    (rf"^\W*(?:wurde|ist|war) (?:{_SEASON_2}) (?:im |in |am )?{_MONTH} (20\d\d) (?:offiziell )?(?:angekündigt|bestätigt|verkündet)"
     r"(?: worden)?\W*$", r"was season 2 announced in \1 \2"),
    (rf"^\W*(?:est-ce que |est ce que |{_HEARD_FR})?{_HOLDER} (?:il |elle )?(?:meurt|est mort|est morte|va mourir|mourra)"
     r"(?: ou (?:pas|non)|\W+(?:c'est|c’est) vrai)?\b", r"does \1 die"),
    (rf"^\W*(?:est-ce que |est ce que |{_HEARD_FR})?{_HOLDER} (?:il |elle )?(?:survit|survivra|est vivant|est vivante)(?: ou (?:pas|non)|\W+(?:c'est|c’est) vrai)?\b",
     r"does \1 survive"),
    # "nam-ra devient une hambie ?", "onjo elle devient un zombie": whether someone turns (hidden past the mark)
    (rf"^\W*(?:est-ce que |est ce que )?{_HOLDER} (?:il |elle )?(?:devient|deviendra|se transforme en|est devenue?) (?:une? )?"
     r"(?:hambie|halfbie|mi-zombie|demi-zombie)\b", r"does \1 become a halfbie"),
    (rf"^\W*(?:est-ce que |est ce que )?{_HOLDER} (?:il |elle )?(?:devient|deviendra|se transforme en|est devenue?) (?:une? )?"
     r"zombies?\b", r"does \1 turn into a zombie"),
    # "c sorti quand", "c'est sorti quand all of us are dead", "quand est sortie la série": the premiere
    (r"^\W*(?:c'est |c’est |c |elle est |il est )?sortie? quand(?: (.+?))?\W*$", r"when did it come out"),
    (r"^\W*quand (?:est|a été) (?:sortie?|diffusée?) (?:la série|la serie|la saison 1)\W*$", r"when did it come out"),
    # "on peut le regarder où", "je peux la regarder ou": where to watch it
    (r"^\W*(?:on peut|je peux|peut-on|ou peut-on|où peut-on) (?:le |la |les )?(?:regarder|voir|streamer)"
     r"(?: (?:où|ou))?(?: la série| la serie)?\W*$", r"where can i watch it"),
    # "c koi all of us are dead", "all of us are dead c koi", "c'est quoi cette série": what the show is
    (r"^\W*(?:c'est |c’est |c )?(?:koi|quoi) (?:cette (?:série|serie)|la (?:série|serie)|all of us are dead|the show|ce truc)\W*$"
     r"|^\W*(?:cette (?:série|serie)|la (?:série|serie)|all of us are dead|the show|ce truc) (?:c'est |c’est |c )?(?:koi|quoi)\W*$",
     r"what is this show"),
    # "qui survit a la fin", "qui sont les survivants", "wer überlebt am ende", "wer hat überlebt": who survives
    (r"^\W*(?:qui (?:survit|survivent|a survécu|a survecu|ont survécu|ont survecu|reste en vie|est encore en vie)"
     r"|(?:qui sont )?les survivants(?: c'est qui| sont qui)?|wer (?:überlebt|ueberlebt|hat überlebt|hat ueberlebt"
     r"|lebt (?:am ende )?noch)|wer sind (?:die )?überlebenden)(?: (?:à|a) la fin| au final| am ende| am schluss| zum schluss)?\W*$",
     r"who survives at the end"),
    # "il se passe quoi avec nam-ra", "qu'est-ce qui arrive à onjo", "que devient cheong-san": what happens to them
    (rf"^\W*(?:il se passe quoi|qu'est-ce qui se passe|qu'est ce qui se passe|qu'est-ce qui arrive|qu'est ce qui arrive"
     rf"|il arrive quoi|qu'arrive-t-il) (?:avec|à|a) {_HOLDER}(?: (?:à|a) la fin| au final)?\W*$", r"what happens to \1"),
    (rf"^\W*(?:que devient|qu'est-ce que devient|qu'est ce que devient) {_HOLDER}(?: (?:à|a) la fin| au final)?\W*$",
     r"what happens to \1"),
    (rf"^\W*{_HOLDER} (?:il |elle )?devient quoi(?: (?:à|a) la fin| au final)?\W*$", r"what happens to \1"),
    (rf"^\W*(?:stirbt|starb) {_HOLDER}\b", r"does \1 die"),
    (rf"^\W*(?:überlebt|ueberlebt) {_HOLDER}\b", r"does \1 survive"),
    (rf"^\W*ist {_HOLDER} (?:am ende |am schluss |zum schluss |jetzt |wirklich )?(?:tot|gestorben)\b", r"is \1 dead"),
    (rf"^\W*(?:lebt|ist) {_HOLDER} (?:noch(?: am leben)?|am leben)\b", r"is \1 still alive"),
    # loves, one way or the other: "qui aime ent0" (who likes her), "de qui ent0 est amoureux" (whom she likes)
    (rf"^\W*de qui (?:est amoureux |est amoureuse )?{_SLOT}(?: est amoureux| est amoureuse)?\b", r"who does \1 like"),
    (rf"^\W*qui (?:aime|aiment|est amoureux de|est amoureuse de|kiffe) {_SLOT}\b", r"who likes \1"),
    (rf"^\W*qui {_SLOT} (?:aime|aime-t-il|aime-t-elle|kiffe)\b", r"who does \1 like"),
    (rf"^\W*(?:in wen ist {_SLOT} verliebt|wen (?:liebt|mag) {_SLOT})\b", r"who does \1\2 like"),
    (rf"^\W*wer (?:liebt|mag|ist verliebt in|ist in) {_SLOT}(?: verliebt)?\b", r"who likes \1"),
    # "la saison 2 est finie ?", "ist staffel 2 schon vorbei": whether it is all out, as "is season 2 finished" asks it
    (rf"^\W*(?:est-ce que |est ce que )?(?:{_SEASON_2}) (?:est-elle |est |est déjà |est-elle déjà )(?:finie?|terminée?|terminee?)\W*$",
     r"is season 2 finished"),
    (rf"^\W*ist (?:{_SEASON_2}) (?:schon |bereits |jetzt |endlich )?(?:vorbei|zu ende|abgeschlossen|beendet)\W*$", r"is season 2 finished"),
    # "ist staffel 2 schon in deutschland draußen", "la saison 2 est-elle sortie": whether it is out (the country is
    # no other release)
    (r"^\W*ist (.+?) (?:schon |bereits |jetzt |endlich )?(?:in \w+ )?(?:draußen|draussen|raus|erschienen|online)\W*$",
     r"is \1 out"),
    (r"^\W*(?:est-ce que )?(.+?) (?:est-elle |est |est déjà |est-elle déjà )(?:sortie?|dispo|disponible)(?: (?:en|au) \w+)?\W*$",
     r"is \1 out"),
    # "wen spielt ent0", "quel rôle joue ent0": whom an actor plays
    (rf"^\W*(?:wen|welche rolle) spielt {_SLOT}\b", r"who does \1 play"),
    (rf"^\W*quel (?:rôle|role|personnage) (?:joue|interprète|interprete|incarne) {_SLOT}\b", r"who does \1 play"),
    # a release date heard and checked: "c'est vrai que la saison 2 sort le 14 février", "stimmt es dass staffel 2 im
    # märz kommt": whether it comes out then (read before as what is in season 2)
    (r"^\W*(?:c'est |c’est |est-ce )?(?:vrai|réel) (?:que |qu'|qu’)(.+?) (?:sort|sortira|arrive|arrivera|débarque)"
     r"(?: (?:le|en|au|à|a|pour|dès))* (.+?)\W*$", r"is it true \1 comes out in \2"),
    (r"^\W*(?:stimmt es|ist es wahr|stimmt das),? (?:dass|das) (.+?) (?:im|am|in|ab|schon im) (.+?) "
     r"(?:kommt|erscheint|startet|rauskommt|herauskommt|kommen wird|erscheinen wird)\W*$", r"is it true \1 comes out in \2"),
    # "kommt staffel 2 wirklich im märz", "erscheint staffel 2 echt im april": the same check, said as a question
    (r"^\W*(?:kommt|erscheint|startet) (.+?) (?:wirklich|echt|tatsächlich|tatsaechlich|denn|jetzt) (?:schon )?(?:im|am|ab) (.+?)"
     r"(?: raus| heraus)?\W*$", r"is it true \1 comes out in \2"),
    (r"^\W*quand (?:sort|sortira|arrive|arrivera|commence|débarque) (.+?)\W*$", r"when does \1 come out"),
    # "à quelle heure sort la saison 2 (en france)", "à quelle heure ça sort ?": the hour, a country no other release
    (r"^\W*(?:à |a )?quelle heure (?:ça |ca |elle )?(?:sort|sortira|arrive|arrivera|débarque)\W*(?:(?:en|au|aux) [^\W\d_]+)?\W*$",
     r"what time does it come out"),
    (r"^\W*(?:à |a )?quelle heure (?:sort|sortira|arrive|arrivera|débarque) (.+?)(?: (?:en|au|aux) [^\W\d_]+)?\W*$",
     r"what time does \1 come out"),
    (r"^\W*wann (?:kommt|erscheint|startet|läuft) (.+?)(?: raus| heraus| an| auf netflix)?\W*$", r"when does \1 come out"),
    (r"^\W*wann (?:ist|sind|kam|erschien) (.+?) (?:erschienen|rausgekommen|herausgekommen|gestartet|raus|heraus)\W*$", r"when did \1 come out"),
    (rf"^\W*wer hat {_SLOT} (?:gebissen)\W*$", r"who bit \1"),
    (rf"^\W*wer hat {_SLOT} (?:getötet|umgebracht)\W*$", r"who killed \1"),
    (r"^\W*wer hat (.+?) (?:erschaffen|gemacht|entwickelt|erfunden|hergestellt)\W*$", r"who created \1"),
    (rf"^\W*was passiert (?:mit) {_SLOT}\b", r"what happens to \1"),
    (r"^\W*was passiert (?:in|bei) (?:folge|episode) (\d+)\b", r"what happens in episode \1"),
    # "was passiert am ende von folge 3", "que se passe-t-il à la fin de l'épisode 3": that episode's end, never the show's
    (r"^\W*was (?:passiert|geschieht) am ende (?:von|der) (?:folge|episode) (\d+)\W*$", r"what happens at the end of episode \1"),
    (r"^\W*(?:que se passe-t-il|qu'est-ce qui se passe|il se passe quoi) (?:à|a) la fin de l'?(?:épisode|episode) (\d+)\W*$",
     r"what happens at the end of episode \1"),
    (rf"^\W*qu'?(?:arrive-t-il|est-ce qu'il arrive) (?:à|a) {_SLOT}\b", r"what happens to \1"),
    (r"^\W*que se passe-t-il (?:dans|à) l'?(?:épisode|episode) (\d+)\b", r"what happens in episode \1"),
    # "combien de saisons", "wie viele staffeln gibt es": how many seasons; "où a été tournée la série", "wo wurde es
    # gedreht": where it was filmed (never a record with "tears" in it)
    (r"^\W*combien (?:de |d')?saisons\b.*$", r"how many seasons are there"),
    (r"^\W*wie viele staffeln\b.*$", r"how many seasons are there"),
    (r"^\W*où (?:a été|ont été|est) (?:tournée?|filmée?)\b.*$|^\W*où (?:ont-ils|a-t-on|ils ont) (?:tourné|filmé)\b.*$",
     r"where was it filmed"),
    (r"^\W*wo (?:wurde|wurden|haben sie) (?:es |sie |serie |the show )?(?:gedreht|gefilmt)\b.*$", r"where was it filmed"),
    # "il y a un trailer de la saison 2", "gibt es schon einen trailer für staffel 2": whether there is one (season 2's)
    (r"^\W*(?:est-ce qu'|est ce qu')?(?:il )?(?:y a|y a-t-il|ya)(?: déjà)? (?:un |une |le |la )?(?:trailer|teaser|bande[- ]annonce)\b.*$",
     r"is there a trailer yet"),
    (r"^\W*gibt es (?:schon |bereits |jetzt |endlich )?(?:einen |ein )?(?:trailer|teaser)\b.*$", r"is there a trailer yet"),
    # "was ist in folge 5 passiert", "qu'est-ce qui se passe dans l'épisode 5", "que s'est-il passé dans l'épisode 5"
    (r"^\W*was (?:ist|passiert|geschieht) (?:in|bei) (?:folge|episode) (\d+)(?: passiert| geschehen)?\b", r"what happens in episode \1"),
    (r"^\W*(?:qu'est-ce qui se passe|qu'est-ce qui s'est passé|que s'est-il passé|il se passe quoi|il s'est passé quoi) "
     r"(?:dans|à) l'?(?:épisode|episode) (\d+)\b", r"what happens in episode \1"),
    # "résumé de la saison 1", "zusammenfassung von staffel 1": a recap (every episode, each hidden past the mark)
    (r"^\W*(?:un |le )?(?:résumé|resume|récap|recap)(?: rapide)? (?:de |du |d')?(?:la )?(.+?)\W*$", r"recap of \1"),
    (r"^\W*(?:eine |die )?zusammenfassung(?: von| der)? (.+?)\W*$", r"recap of \1"),
))

# Phrases, longest first; each stands for the English words a question in English would use.
_GLOSSES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"(?<!\w)(?:{p})(?!\w)", re.I), e) for p, e in (
    (rf"(?:la )?(?:{FRENCH}|saison deux|2e saison|2ème saison|2eme saison)"
     rf"|(?:{GERMAN}|staffel zwei|zweiten staffel|2\. staffel|2te staffel)", " season 2 "),
    (r"(?:la )?(?:saison 1|première saison)|(?:staffel 1|erste staffel)", " season 1 "),
    (r"(?:le )?virus", " the virus "),
    (r"(?:qui|ki) (?:joue|interprète|interprete|incarne)(?: le rôle de| le role de)?|wer spielt(?: rolle von)?", " who plays "),
    (r"qui a (?:écrit|ecrit)(?: le scénario de| le scenario de)?|qui est le (?:scénariste|scenariste)", " who wrote "),
    (r"(?:il y a |y a )?combien (?:d'|de |d’)?(?:épisodes|episodes)(?: (?:il y a|y a-t-il|a la série|a la serie))?", " how many episodes "),
    (r"wie ?viele (?:folgen|episoden)(?: hat(?: serie)?| gibt es)?", " how many episodes "),
    # "où regarder la série en france": the country said is no other place to watch it
    (r"où (?:peut-on |je peux |puis-je )?(?:regarder|voir)(?: la série| la serie)?(?: (?:en|au|aux) [^\W\d_]+(?=\W*$))?",
     " where can i watch it "),
    # "wo kann ich es in deutschland schauen": the country said on the way is no other place to watch it
    (r"wo kann (?:ich|man) (?:es |sie |serie )?(?:in \w+ )?(?:schauen|gucken|sehen|anschauen|streamen)", " where can i watch it "),
    (r"qui (?:réalise|a réalisé|dirige)|wer (?:führt regie|ist regisseur)(?: bei| von)?", " who directed "),
    (r"qui a (?:créé|crée|cree|fabriqué|inventé|fait)", " who created "),
    (r"qui a mordu", " who bit "),
    (r"qui a tué", " who killed "),
    (r"(?:dans|in) (?:le )?dernier (?:épisode|episode)|in letzten (?:folge|episode)", " in the last episode "),
    (r"(?:dans|in) l'?(?:épisode|episode)|in folge", " in episode "),
    (r"à la fin|a la fin|am ende", " at the end "),
    (r"dans", " in "),
    (r"le réalisateur|la réalisatrice|le realisateur|regisseur", " the director "),
    # "wer ist die beste freundin von ent0", "qui est le meilleur ami de ent0": a friendship, never a ranking
    (r"(?:die |der |le |la )?(?:beste freundin|beste freund|bester freund|besten freundin|besten freund|meilleure amie|meilleur ami)"
     r" (?:von|de|du)", " the best friend of "),
    (r"qui est|wer ist", " who is "),
    (r"qui|wer", " who "),
    (r"quand|wann", " when "),
    (r"meurt|stirbt", " dies "),
    (r"sterben|mourir", " die "),
    (r"mort|morte|morts|mortes|tot", " dead "),
    (r"joue|spielt", " plays "),
    (r"beste|bester|bestes|besten", " the best "),  # "wer ist die beste": an opinion asked, never an award
    (r"aime|aiment|liebt|mag", " likes "),
    (r"folge|épisode", " episode "),
    (r"wirklich|vraiment", " really "),
    (r"eigentlich|überhaupt|ueberhaupt", " "),  # "wer ist cheongsan eigentlich": a filler, no word of the question
    (r"(?:la |cette )(?:série|serie)", " the series "),
    *((said, f" {english.casefold()} ") for said, english in _MONTHS.items()),  # "juillet 2025": july 2025
))


def gloss_french_german(text: str) -> str:
    """`text` with its French or German question words in English, or `text` itself when no word in it is
    plainly one of those languages."""
    words = {w.casefold() for w in _WORD.findall(text)}
    said_in_english = bool(words & _ENGLISH)
    if not words & _MARKERS - (_ENGLISH_SLIPS if said_in_english else frozenset()):
        return text
    if words & _GERMAN and not said_in_english:
        text = _ARTICLES.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _RELATIVE.sub(lambda m: f"{m.group(2)}'s {_RELATIVE_EN[m.group(1).casefold()]}", text)
    text = _OWN_KIN.sub(lambda m: f"{m.group(1)} {_RELATIVE_EN[m.group(2).casefold()]}", text)
    return re.sub(r"\s+", " ", rewrite_in_turn(text, _ROLES, _REORDERED, _GLOSSES)).strip()


# "le père d'onjo", "dans quel épisode meurt le père d'on-jo": French elides "de" before a vowel, gluing it to the name
_ELIDED_DE = compile_later(r"(?<![\w'’])([dD])['’]([^\W\d_][\w-]*)")


def french_before_names(raw: str, is_name: Callable[[str], bool]) -> str:
    """`raw` with "d'" glued to a name said "de" ("le père d'onjo" -> "le père de onjo"), so the name is found as
    anywhere else; "d'un", "d'épisodes" (no name) stay as typed."""
    if "'" not in raw and "’" not in raw:
        return raw
    return _ELIDED_DE.sub(lambda m: f"{m.group(1)}e {m.group(2)}" if is_name(m.group(2)) else m.group(0), raw)
