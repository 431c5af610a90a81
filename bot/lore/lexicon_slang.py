"""Fans' slang for a fate, for the spoiler lexicon: what lexicon_typos.rephrase says the lexicon's way before a text is
read. "got written off", "has plot armor", "F for X", "se lo cargaron a", "tamat riwayatnya", "hat's nicht geschafft"; a
Discord reply read after the line it quotes ("> woojin in yangdong" / "same, RIP him"), "X. F." and "the kid didn't make
it" (fates marked by emoji, hearts, 🩸 and tallies of ✅ and ❌: bot/lore/lexicon_emoji_marks.py).
The writer's own things that "died" (a phone, the wifi, grades), another drama an actor is written off, another work's
plot armor and soju the drink are nobody's of the show, nor an idol named beside their group ("TWICE ki Nayeon") or a
person named in another work ("In Squid Game 3, Hyun-ju dies").

Also the roles fans name characters by (`ROLES`: "the class president", "the one-eyed bully", "the chicken shop boy").

Only data and the two rewrites `reordered` and `someone_elses`, which rephrase calls when their cheap tests say so
(`REORDER_CHEAP`, `ELSEWHERE_CHEAP`), as it does its own."""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later
from bot.lore.chat_people import FAMILY, FRIENDS, PARTNERS, SIBLINGS_PLURAL, alternation
from bot.lore.lexicon_exits import EXIT_PHRASES, EXITS_CHEAP
from bot.lore.lexicon_words import GROUPS, ROLE_AFTER
from bot.lore.other_works import OTHER_WORKS

#: Things of one's own that "die" in chat (a phone, the wifi, one's grades), and the slang that says so in five languages.
_OWN_THING = (r"(?:phone|cell ?phone|celular|telefone|hp|handphone|cp|laptop|notebook|pc|computer|wifi|wi-fi|internet"
              r"|battery|bateria|baterai|batre|charger|tv|grades?|notas?|nilai|wallet|carteira|dompet|sleep(?: schedule)?"
              r"|sono|sue[ñn]o|social life|vida social|cel|celu|m[oó]vil|exams?|tests?|quiz(?:zes)?|homework|essays?|ex[aá]men(?:es)?|provas?"
              r"|ujian|ulangan|tugas|handy|akku|telefoon|mobiel|batterij|gsm|heart|coraz[oó]n|cora[cç][aã]o)(?: (?:ku|gue|gw|aku|saya|namin|ko))?")  # one's exam "dies" too: "F por mi examen"
_GONE = (r"didn['’]?t make it|did not make it|died|is dead|(?:is |was )?dead|is a goner|morreu(?: de vez)?|já era|faleceu"
         r"|tamat riwayat(?:nya)?|mati|rusak|patay na|namatay(?: na)?|se (?:me )?muri[oó]|koid|koit"
         r"|is dying|stirbt|ist (?:tot|leer)|gaat dood|is leeg")  # German and Dutch: "mein handy stirbt gleich"
#: Another work named after "the end of" or "plot armor in" ("lives till the end of every drama he's in", "plot armour
#: in every run bts episode"): not this show's, unless its episodes or scenes are the ones named
_ELSEWHERE = (r"(?! (?:of|in|on) (?:every|each|all|any|his|her|their|other|another|most)"
              r" (?!(?:single |one of the )?(?:ep|eps|episodes?|scenes?|seasons?)\b))")

#: Rest in peace wished to one who died, in Spanish, Portuguese, English, Tagalog, Indonesian, Vietnamese and Thai
#: ("descansa en paz ju-ran", "rest easy gwi-nam", "pahinga ka na ju-ran", "tenang di sana ya woojin", "yên nghỉ nhé
#: du-seok", "ไปสู่สุคติ"): the one list the lexicon's "rip" and the guard's mourning alone (bot/lore/guard_said.py)
#: read; no group inside. Not rest said of the living
#: ("you can rest easy", "namra can finally rest easy", "rumahnya tenang di sana": a calm place), nor "pagod ka na",
#: said to the dead as well.
REST_IN_PEACE = (r"(?<!can )(?<!could )(?<!will )(?<!['’]ll )(?<!to )(?<!can finally )(?<!can now )(?<!will finally )"
                 r"(?<!will now )(?<!could finally )(?<!['’]ll finally )rest easy|pahinga ka na|(?<!ternyata )(?<!sangat )"
                 r"(?<!lebih )(?<!cukup )(?<!terasa )(?<!agak )(?<!nya )tenang di sana|istirahat yang tenang|yên nghỉ|an nghỉ"
                 r"|ไปสู่สุ(?:ข?คติ|ขติ)(?:นะ|น้า|จ้า|ครับ|ค่ะ)?|(?:que )?descans[ae] en paz|descans[ae] em paz")

# a game named (`SLANG_PHRASES`' game named first), where its clause ends, and the show or one of its episodes named
# before that end (or the next game's name: each game's clause looked ahead of once, so a long text reads in linear time)
#: The games fans name beside the show, the one list (read here and by lexicon_typos' virus "made in a game").
# (Among Us only after a playing word or "in", or opening the text with its company or session: "played among us", "i died
# in among us", "among us w my sis"; never the zombies or halfbies "among us", nor "among us, my theory is ...")
GAMES = (r"sims ?\d?|minecraft|roblox|mobile legends?|free ?fire|fortnite|valorant|genshin(?: impact)?|pubg|apex(?: legends)?"
         r"|call of duty|warzone|overwatch|clash royale|clash of clans|brawl ?stars|li[êe]n qu[âa]n(?: mobile)?|mlbb"
         # (Mobile Legends' "ml" only where it is played: "hero gw di ml", "main ml", "naglaro ng ml"; not 500 ml)
         r"|(?:(?<=main )|(?<=di )|(?<=in )|(?<=play )|(?<=playing )|(?<=played )|(?<=ng )|(?<=nag-)|(?<=mag-))ml"
         # (the writer's one sim of a character: "my sim of cheongsan died", "meu sim chamado soju"; never Portuguese's yes)
         r"|(?:(?<=my )|(?<=meu )|(?<=mi ))sim(?= (?:of|named|called|d[eoa]|chamad[oa]|llamad[oa])(?![\w-]))"
         r"|(?:(?<=play )|(?<=playing )|(?<=played )|(?<=main )|(?<=in )|(?<=en )|(?<=em )|(?<=sa )|(?<=di )|(?<=jugando )"
         r"|(?<=jogando )|(?<=joguei )|(?<=jugué )|(?<=nag-)|(?<=mag-))among ?us|^among ?us(?= (?:w|with|night|again|lobby|match|round)\b)")
# (a game's start: a word's, or after Tagalog's verb prefix, "nag-sims kami", "mag-roblox tayo")
_GAME = rf"(?:(?<![\w-])|(?<=nag-)|(?<=mag-))(?:{GAMES})(?![\w-])"
# the game's own things in a clause: the writer's ("my sims", "our gwinam sim"), the game's world ("fell in lava", "built",
# "died in the pool"; a barricade built is the class's too: "they built a barricade, cheongsan dies")
# ("save" the game's, "my save", "save file"; never the verb, "died to save onjo", "nobody could save him"; "world" one
# owned or built, "my world", "the minecraft world", "built … world", Tagalog's "sa world"; never the story's, "saving
# the world", "namra's world ends", "the whole world"; a "skin" the game's, "our cheongsan skin", not one's own, "namra's
# skin turns grey")
_WORLD = rf"(?:(?:my|our|ur|your|sa)(?: (?:{GAMES}))?|(?:the|his|her|their) (?:{GAMES})) world"
_GAME_WORLD = (rf"lava|creepers?|(?:built|build)(?! (?:a |the )?barricades?)|spawned|spawn|respawn\w*|modded|mods?|{_WORLD}|(?:(?<=my )|(?<=our )|(?<=the ))save"
               r"|save(?= (?:file|data|slot))|server|avatar|map|(?<!['’]s )(?<!his )(?<!her )(?<!their )skins?|sim"
               r"|villagers?|pool(?: fire)?|piscina|partidas?|lag(?:ged|gy|ging)?|glitch(?:ed|es)?")  # (its lag: "chết liền vì lag")
_BORED = r"bored|boredom|entediad[oa]|aburrid[oa]|gabut|bosan|nababagot|ennuy\w*|annoiat[oa]|buồn chán|chán"
_GAME_THINGS = rf"(?<![\w-])(?:my|our|mine|{_GAME_WORLD})(?![\w-])"
# the company it was played in, then "and" or "then" ("roblox w my cousin and gwinam died", "sims w my sis & ...", "sama
# adikku terus ...", "kasama pinsan ko tapos ...", "với em trai xong ..."): the game's clause ends with its company,
# unless what follows is still the game's world ("w my sis & my cheongsan sim died in a pool fire"; not a fan's "my
# cheongsan" or "our fave namra" alone, who are the show's)
_COMPANY_ENDS = (r"(?<![\w-])(?:" + alternation(*FAMILY, *SIBLINGS_PLURAL, *PARTNERS, *FRIENDS, "cousin", "classmate",
                                               "roommate", "adik", "kakak", "sepupu", "teman", "temen", "pinsan", "kapatid",
                                               "kaibigan", "em trai", "em gái", "anh trai", "chị gái", "bạn", "amig[oa]", "prim[oa]",
                                               "herman[oa]", "irm[ãa]o?")
                 + r")s?(?:ku| ko| gue)? *(?:and|n|&|y|e|dan|at|và|then|terus|tapos|xong)(?![\w-])"
                 rf"(?!(?:(?!but|then)[^.!?;\n]){{0,80}}?(?<![\w-])(?:{_GAME_WORLD})(?![\w-]))")  # (near: linear time)
# a reason or a memory, the show's: "a build in memory of soju who died"; not "my sim died bc it fell in the pool"; or a
# fate heard: "pubg w my cousin, apparently namra survives"; nor the writer's boredom, the reason one plays ("jogando free
# fire porque tava entediado, meu cheongsan morreu")
_REASON = (r"(?:bc|because|cuz|coz|since|porque|kasi|karena|soalnya|parce que|parce qu['’]|perch[ée]|vì|in memory of"
           r"|in honou?r of|(?:a )?tribute to|dedicated to|apparently|supposedly|i heard|heard that)(?![\w-])"
           rf"(?!\s+(?:[^\W\d_][\w'’]*\s+){{0,2}}(?:{_BORED})(?![\w-]))"
           rf"(?!(?:(?!but|then)[^.!?;\n]){{0,80}}?(?<![\w-])(?:{_GAME_WORLD})(?![\w-]))")
# ("my avatar is gwinam, the real gwinam dies": the show's; not English "a real one", "a real gwinam fan", nor "the real
# mvp" of the game: still the game)
_CLAUSE_ENDS = (r"(?<![\w-])(?:but|pero|tapi|mas|nhưng|then|just like|not just|while|watching|meanwhile|mientras|enquanto"
                r"|anyway|anyways|comunque|btw"  # ("ho giocato a fortnite tutta la notte, comunque soju muore nell'11")
                rf"|sambil|habang|trong khi|(?:(?:the|el|la|o) (?:real|verdader[oa]|verdadeir[oa])|a verdadeira|le vrai|la vraie|quell[oa] ver[oa])"
                # ("the real one is cheongsan, he dies": the show's one said, not the game's "the real og is my dog"; French's
                # and Italian's "la vraie se fait mordre", "quello vero muore")
                # ("the real mvp is onjo's dad, he died": the show's; not "the real mvp was my dog", nor the game's "real mvp")
                r"(?= (?:one (?!(?:is|was|es|era|é|foi) (?:my|our|ur|your|mine|his|her|their|mi|meu|minha)(?![\w-]))"
                r"|(?:og|mvp) (?:is|was|es|era|é|foi) (?!(?:my|our|ur|your|mine|his|her|their|mi|meu|minha)(?![\w-]))"
                r"|(?!(?:mvp|og|deal|one)(?![\w-])))[^\W\d_])"
                rf"|{_REASON})(?![\w-])"
                # (the avatar "of" the one the reason is about: "a roblox avatar of soju bc he died saving the kids"; not the
                # writer's "avatar of gwinam bc why not, he died 5 times")
                # (as Spanish and Portuguese drop the pronoun: "mi skin de roblox de soju porque murió salvando a los niños")
                rf"|(?:(?<=(?<![\w-])of )|(?<=(?<![\w-])de )|(?<=(?<![\w-])d[oa] ))(?=[^\W\d_][\w'’-]*,? {_REASON}\s+"
                r"(?:he|she|they|ele|ela|él|ella|siya|dia|il|elle|muri[óo]|morreu|muere|morre|sobrevive|sobreviveu)(?![\w-]))"
                # (the game's one named, then the show's "real one": "my roblox avatar is cheongsan, the real one dies", the
                # name with its fate, not "my avatar is gwinam lol the real one is scarier")
                # (and as French and Italian say it: "mon skin c'est namra, la vraie se fait mordre", "è cheongsan, quello vero muore")
                # ("my fortnite skin looks like onjo lol, the real one survives": a look-alike too, laughter beside it)
                # (and Spanish's and Portuguese's look-alike: "mi skin de free fire parece onjo, la verdadera sobrevive", "parece
                # com a onjo, a verdadeira sobrevive")
                r"|(?:(?<=(?<![\w-])[ie]s )|(?<=c['’]est )|(?<=(?<![\w-])è )|(?<=(?<![\w-])like )|(?<=(?<![\w-])parece )"
                r"|(?<=(?<![\w-])parece a )|(?<=(?<![\w-])parece com )|(?<=(?<![\w-])parece com [ao] ))(?=[^\W\d_][\w'’-]*"
                r"(?: (?:lol|lmao|haha|jaja|kkk+))?,? (?:(?:the|el|la|o)"
                r" (?:real|verdader[oa]|verdadeir[oa]) one|(?:el|la|o|a) (?:verdader[oa]|verdadeir[oa])|le vrai|la vraie|quell[oa] ver[oa])"
                r" (?!(?:is|was|es|era|é|foi|est|était|è|era)(?![\w-])))"
                rf"|แต่|ระหว่าง|ขณะ|{_COMPANY_ENDS}")
_WORKS_REAL_ONE = (rf"(?<![\w-])(?:from|of|in|de|da|do|en) {OTHER_WORKS}[ \t]*,?[ \t]*(?:the|el|la|o)"
                   r" (?:real|verdader[oa]|verdadeir[oa]) one(?![\w-])")
_TITLE = r"aouad|all of us are dead"
_TITLE_SAID = rf"{_TITLE}|hyosan|class 2-5"  # (the show, its school or its class by name)
_SHOW_SAID = rf"in the show|(?:end|ending|finale|last episode) of the show|sa show|ng show|ep ?\d+|episode|{_TITLE}"
# the series named in other languages after a game ("jugando free fire porque estaba aburrido, cheongsan muere al final de
# la serie", "... no final da série", "di akhir serialnya", "ở cuối phim"): the show's, whatever the game's clause held;
# not a series of matches ("mañana otra serie de partidas") nor another film ("xem phim khác"), nor the series watched
# later ("se murió de hambre lol, mañana vemos la serie", "nonton serialnya"): in or of it, where it happened ("di akhir serial",
# "di series", "di drama")
_SERIES_SAID = (r"(?:in the|of the|de la|en la|da|na|dans la|della|nella|sa) s[ée]ries?|(?:akhir|dalam) serial(?:nya)?"
                r"|(?<!nonton )di (?:serial|series|drama)(?:nya)?|(?<!nonton )serialnya|(?:cuối|trong)(?: bộ)? phim")
_SHOW_NEXT = (rf"(?:(?!{_CLAUSE_ENDS}|{_GAME})[^.!?;\n])*?(?<![\w-])(?:{_SHOW_SAID}|{_SERIES_SAID}"
              # (or the game's fate said the show's one's too: "my cheongsan died in lava, just like the real one in ep 11")
              r"|(?:just like|same as|igual que|igual a|igual ao?|como|comme) (?:the real one|(?:el|la|o|a) verdade?ir?[oa]"
              r"|(?:el|la|o|a) de (?:la serie|verdad|verdade)|the one in the (?:show|series)|le vrai|la vraie)"
              r"(?! (?:is|was|es|era|é|foi|est)(?![\w-]))(?!['’]s(?![\w-])| in (?:the |my )?(?:webtoon|manhwa|dreams?)(?![\w-])))(?![\w-])")
# the clause tells the game's own play: played before the name ("playing sims", "in minecraft", "my sims") or the
# game's own things after it, up to its end or the next game ("my gwinam", "fell in lava", "built", "my world"); else a
# character of the show named with a fate is the show's ("i love minecraft and cheongsan dies at the end")
_GAMES_KO = "마크|마인크래프트|로블록스|배그|심즈"
_ENDS_KO = rf"진짜|근데|하지만|그런데|{_GAMES_KO}"  # (the show's "real one", a "but", the next game)
_PLAYED_BEFORE = (r"(?:(?<=playing )|(?<=play )|(?<=played )|(?<=jugando )|(?<=jogando )|(?<=main )|(?<=in )|(?<=di )|(?<=my )|(?<=our )"
                  r"|(?<=meu )|(?<=minha )|(?<=mi )|(?<=personaje de )|(?<=personagem d[oe] )|(?<=skin de )"
                  r"|(?<=trong )|(?<=chơi )"  # (Vietnamese "in", "play": "cheongsan trong free fire xong chết liền")
                  # (Italian, French and Tagalog "playing": "giocando a roblox, il mio cheongsan è morto", "jouer à
                  # fortnite, mon cheongsan est mort", "naglaro ng roblox, namatay yung cheongsan ko")
                  r"|(?<=giocando a )|(?<=gioco a )|(?<=giocato a )|(?<=joue à )|(?<=jouer à )|(?<=jouant à )|(?<=joué à )"
                  r"|(?<=naglaro ng )|(?<=naglalaro ng )|(?<=maglaro ng ))")
_PLAYED_AFTER = rf"(?=(?:(?!{_CLAUSE_ENDS}|{_GAME})[^.!?;\n])*?{_GAME_THINGS})"

#: (what fans type, the lexicon's words), read before lexicon_typos' own phrasings; one group each (none inside).
SLANG_PHRASES: tuple[tuple[str, str], ...] = (
    *EXIT_PHRASES,  # who gets out alive or flies away, said without "survive" (lexicon_exits.py)
    # the writer's own things that "died" ("my phone didn't make it", "meu celular morreu de vez", "tamat riwayatnya hp
    # ku", "patay na yung wifi", "F in the chat for my grades"): nobody of the show's, even beside an episode
    # (the verb first only starting its clause, as Tagalog and Indonesian put it: "cheongsan died my tv went black" is his)
    (rf"(?:(?:my|our|the) )?{_OWN_THING}(?:['’]s)? (?:{_GONE})|(?<![\w'’] )(?:{_GONE}) (?:(?:my|our|ang|yung|'yung|mi|el|la) )?{_OWN_THING}"
     r"|(?:(?:press f|f in (?:the )?chat|pour one out|rip|r\.i\.p\.?)(?: for| to)?|f (?:for|por|para|pour|untuk|buat))"
     r" (?:(?:my|our|mi|mis|mes|ma|mon|meu|minha) " + _OWN_THING + r"|(?:nilai )?(?:ujian|ulangan|tugas|nilai|hp|laptop)ku"
     r"|(?:jam )?tidur(?:ku| ?gue| ?gw| aku)|tulog (?:ko|namin)|giấc ngủ(?: của (?:mình|tôi|tui))?)"  # "rip tulog ko", "rip jam tidurku"
     r"|(?<![\w-])내\s?잠(?:\s?돌려\s?(?:내|줘|주세요))?(?=\W|$)",  # "내 잠 돌려내 ㅠㅠ": my sleep, give it back
     "lost my things"),  # Indonesian says "my" after the word: "F untuk nilai ujianku"  # "F for my grades", "F por mis notas"
    # a power cut ("mati lampu", "bijli chali gayi", "namatay ang kuryente"): the writer's evening, nobody's fate
    (r"mati (?:lampu|listrik)|(?:lampu|listrik) (?:mati|padam)|(?:bijli|light|lite) (?:chali|chli|gayi|gyi|gai|kat)\w*"
     r"|(?:namatay|nawala) (?:ang|yung) (?:kuryente|ilaw)|brownout", "the power went out"),
    # ... and back on ("the power came back, ep 6 now", "volvió la luz", "a internet voltou"): nobody's return
    (rf"(?:(?:the|my|our|la|el|mi|a|o|meu|minha) )?(?:power|lights?|electricity|luz|energia|electricidad|{_OWN_THING})"
     r" (?:came back|comes back|is back|volvi[óo]|regres[óo]|voltou)|(?:volvi[óo]|regres[óo]|voltou) (?:la |el |a |o |mi |meu )?"
     r"(?:luz|energia|electricidad|internet|wifi|se[ñn]al)", "the power came on"),
    # Singlish "until die" (very), "die die must" (at all costs): no one's death ("tired until die", "die die must watch")
    (r"(?:until|till|like) (?:want to |wanna )?die(?! (?:in|at|on)\b)|die die (?:also )?must", "a lot"),
    # the writer is "a goner" for the show ("i'm a goner, hooked since ep 1"): a fan's delight, no one's fate
    (r"(?:i['’]?m|im|i am|i was|we['’]re|we are) (?:such |so |a |total |complete )*goners?", "i am hooked"),
    # soju the drink ("RIP to my soju bottle 🍶", "drinking soju while watching"), not On-jo's father
    (r"soju (?:bottles?|shots?|glass(?:es)?|cups?)|(?:bottles?|shots?|glass(?:es)?|cups?) of soju"
     r"|(?:drinking|drink|drank|drunk on|some) soju", "rice wine"),
    # written off, typed with one t too ("gwinam? writen off."), but not off an actor's other drama; "written out" only
    # of someone ("got written out"), not "written out the cast list"; "off the show" is this one, "her new drama" another
    (r"(?:(?:got|gets|was|is|been|getting) writt?en (?:off|out)|writt?en off)(?! (?:of |from )?(?:(?:his|her|their|a|an|that"
     r"|another|other) (?:new |other |next |last )?|the (?:new|other|next|last) )(?:drama|show|series|sitcom|film|movie|soap"
     r"|musical|variety))", "died"),
    (r"(?:wrote|write|writes) off", "killed"),  # "they wrote off soju way too early"
    (r"(?:lives|lived|living) (?:(?:un)?till?|to) the (?:very )?end" + _ELSEWHERE + r"|buhay pa(?: rin)?", "survives"),
    # plot armor is a survival to the end ("suhyeok has plot armour thicker than a tank"), not another work's
    (r"(?:has|had|have|got) (?:(?:so much|such|the|thick|strong|pure|main character) )?plot armou?r" + _ELSEWHERE,
     "survives to the end"),
    (r"se (?:lo |la |los |las )?(?:cargaron|carg[oó]|cargan) a|tamat riwayat(?:nya)?", "they killed"),
    # the one carried off named before ("a gwinam por fin se lo cargaron"): "him" / "her" stands for that name
    (r"se lo (?:cargaron|carg[oó])", "they killed him"),
    (r"se la (?:cargaron|carg[oó])", "they killed her"),
    (r"no lo (?:logr[oó]|consigui[oó])|no (?:logr[oó]|consigui[oó]|pudo) sobrevivir|non ce l['’]ha fatta"
     r"|(?:hat|haben)(?:['’]s| es)?(?: (?:leider|einfach|echt|wirklich|halt|dann|doch|auch|am ende|es))* nicht"
     r" (?:geschafft|überlebt|ueberlebt)", "didn't make it"),
    (r"n['’](?:a|ont)(?: [a-zé]+ment| finalement)? pas surv[eé]cu|ne survit pas", "didn't survive"),
    (r"f (?:f[uü]r|por|pour|para|pra|untuk|buat)", "f for"),
    (r"dead to (?:me|us|everyone)", "hated"),  # "gwinam is dead to me after ep 5": the fan is done with him, no death  # "F por So-ju", "F untuk gwinam"
    # Hinglish, Malay and Singlish, Taglish: a death, a bite, a survival ("cheongsan mar jaata hai", "namra ko kaat liya",
    # "zinda rehte hain", "kena bite", "nakaligtas"); one's own phone that "mar gaya", one's "dying" of laughter and a
    # mosquito's bite are nobody's
    (r"(?:phone|mobile|battery|laptop|net|internet|data|wifi)(?: (?:ki|ka) battery)?(?: (?:bhi|toh|to|hi|phir se|fir se))?"
     r" (?:mar|khatam) (?:ho )?(?:gaya|gayi|gya|gyi|gai)", "lost my things"),
    # swooning at what one heard, saw or read ("TWICE ki nayeon ka song sun ke mar gaya"): the writer's
    (r"(?:sun|sunke|dekh|dekhke|padh|padhke|soch|sochke)(?: ?ke| kar| kr)? mar (?:gaya|gayi|gya|gyi|gaye|jaunga|jaungi)",
     "was so moved"),
    # dying of laughter, of cuteness, of fright ("hasi se mar gaya", "onjo ki cuteness se mar gayi"), or the writer's own
    # ("main toh mar gaya")
    (r"(?:(?:hans hans ke|has has ke|hass hass ke|hasi hasi mein|(?:hasi|hansi|hassi|cuteness|khushi|sharam|dar|darr|bhook"
     r"|bhukh|garmi|thand|bore|boredom|excitement|tension|neend|smile|pyaar)(?: se| pe| ke maare))|(?:main|mai|hum|ham)"
     r"(?: toh| to| bhi)?) mar (?:gaya"
     r"|gayi|gya|gyi|gaye|jaunga|jaungi|jaenge)|mar (?:gaya|gayi|gya|gyi) (?:main|mai)(?![\w-])"
     r"|(?:(?<![\s\S])|(?<=[.!?,\n] )|(?<=\n))mar (?:gaya|gayi|gya|gyi)(?= (?:yaar|yar|yr|bhai|re|main|mai|yaara)\b)", "was so moved"),
    (r"(?:(?:machhar|machar|mosquito|kutte|kutta|billi)(?: ne)?(?: mujhe)? kaat\w*(?: (?:liya|li|diya))?"
     r"|(?:(?:di|ke)gigit|kena gigit|kena bite|(?:kinagat|nakagat)(?: ako| kami| siya| sya)? ng|(?:got |get |was )?bitten by|bit by)(?: by| oleh| sama| ng)?"
     r" (?:(?:a|the|my|ng|mga) )?"
     r"(?:nyamuk|semut|lamok|langgam|mosquito(?:e?s)?|bugs?|ants?|mozzies?))", "stung by a bug"),
    # the writer's pet biting someone ("mi perro mordió a la profe park", "my dog bit ms park"), and the writer's "i wanna
    # die" after a real teacher ("ms park is so strict today i wanna die"): no one's bite or death in the show
    (r"(?:my|our|mi|nuestro|nuestra|mi) (?:dog|puppy|cat|kitten|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]) (?:bit|bites|mordi[óo]"
     r"|muerde)(?: a)?", "my pet nipped"),
    (r"i (?:just )?(?:wanna|want to|gonna|could) die(?! (?:in|at|on|like|for|with|when|after|before)(?![\w'’-]))", "i am so done"),
    # and "i'm dead" after one named ("ms park is so strict today, i'm dead", "cheongsan smiled, im literally dead")
    (r"(?:i['’]?m|im|i am|we['’]?re|we are)(?: (?:so|literally|actually|lowkey|basically|already|just|deadass))* dead(?![\w'’-])",
     "i am so done"),
    (r"mar (?:jaata|jaati|jata|jati|jaate|jate|gaya|gayi|gya|gyi|gaye|gye)(?: (?:hai|hain|he|tha|thi))?", "dies"),
    # bitten by the one named after ("namra kena gigit gwinam"), not before a word that goes on ("kena bite one", "sebab")
    (r"(?:kena |(?:di|ke))(?:gigit|bite|bitten|bit)(?: (?:oleh|sama|sm|ama|dgn|dengan|by))?(?= (?!(?:sebab|karena|krn|gara2?"
     r"|pas|waktu|dan|terus|lagi|lah|sia|one|liao|already|then|and|in|at|di|ke|pula|juga|je|jer|tau|lho|loh|kan|tapi)\b)[a-z])",
     "got bitten by"),
    (r"ko (?:[a-z]+ ){0,3}?(?:kaat|kata|kaata|kaati)(?: (?:liya|li|lete|leta|leti|gaya|gayi|hai|hain))*"
     r"|kena (?:gigit|bite|bitten|bit)", "got bitten"),
    (r"kaat (?:liya|li|lete|leta|leti)|kaata|kaati", "bit"),
    (r"ko (?:[a-z]+ ){0,3}?maar (?:dala|daala|daali|dali|daale)", "got killed"),  # not "kaat diya": a scene cut
    (r"(?:maara|mara|maari|mari|maare) (?:gaya|gayi|gaye|gya|gyi|jaata|jaati|jata|jati)(?: (?:hai|hain|tha|thi))?",
     "got killed"),
    # a sacrifice ("khud ko qurbaan kar diya", "apni jaan de di"); not a vow ("jaan de dunga", I'd die for)
    (r"(?:khud ko|apne aap ko|apni jaan) (?:qurbaan|qurban|kurbaan|kurban) kar (?:diya|di|dia|dete|deta|deti)"
     r"(?: (?:hai|hain|tha|thi))?|(?:apni )?jaan (?:de di|de diya|de dia|dedi|dediya|de deta|de deti|de dete)"
     r"(?: (?:hai|hain|tha|thi))?", "sacrificed themselves"),
    # eaten by zombies (Malay and Indonesian "dimakan zombie", Tagalog "kinain ng mga zombie")
    (r"(?:(?:di|ke)makan|kena makan)(?: (?:sama|oleh|ama|sm|dek|dgn))? (?:zombie|zombi)s?|kinain ng (?:mga )?zombies?",
     "got eaten by zombies"),
    # becoming one ("jimin zombie ban chuki thi"), not the writer after a binge ("main zombie ban gaya hoon")
    (r"zombie(?<!main zombie)(?<!mai zombie)(?<!hum zombie)(?<!ham zombie)(?<!toh zombie)(?<!main bhi zombie)(?<!mai bhi zombie) ban (?:gaya|gayi|gaye|gya|gyi"
     r"|jaata|jaati|jata|jati|jaate|chuka|chuki|chuke)(?: (?:hai|hain|tha|thi|the))?(?! ?(?:hoon|hu|hun|hoo)\b)",
     "turned into a zombie"),
    (r"koid|koit|modar|modyar", "died"),  # Indonesian slang
    (r"demi", "for"),
    (r"bhi", "too"),
    (r"zinda (?:(?:reh|bach) )?(?:rehte|rehta|rehti|bachte|bachta|bachti|jaate|jaata|jaati)(?: (?:hai|hain))?"
     r"|bach (?:jaata|jaati|jata|jati|jaate|jate)(?: (?:hai|hain))?|(?:nakaligtas|nabuhay)(?! (?:ako|kami|tayo|na ako|na kami)\b)|buhay(?= si )", "survives"),
    (r"end tak|aakhir tak|aakhir mein|sa dulo|hanggang dulo|at[eé] (?:o|ao) (?:fim|final)|hasta el (?:final|fin)|jusqu['’](?:à|a) la fin"
     r"|jusqu['’]au bout|sampai (?:akhir|tamat)", "to the end"),
    (r"(?:aag|fire) (?:mein|me|main) (?:khatam|mar gaye|mare)", "died in the fire"),
    (r"maut", "death"),
    (r"(?:me)?nyelam[ae]t(?:in|kan)|selam[ae]t(?:in|kan)|menyelamatkan", "saving"),
    (r"aur", "and"),
    (r"pak(?= [a-z])", "mr"),  # Indonesian "pak lee": Mr. Lee
    # rest in peace wished beside a name (`REST_IN_PEACE`: "descansa en paz ju-ran", "rest easy gwi-nam"): "rip"; not before
    # sleep ("pahinga ka na, puyat ka na")
    (rf"(?:{REST_IN_PEACE})"
     r"(?![^.!?\n]*?(?<![\w-])(?:puyat|antok|inaantok|ngantuk|go to (?:bed|sleep)|get some sleep|đi ngủ)(?![\w-]))", "rip"),
    # "may he rest in peace, min-jae": the name said after it is whom "he" is (not "so brave. may he rest in peace")
    (r"may (?:he|she|they) rest in peace(?=\s*,\s*[^\W\d_])", "rest in peace"),
    # a skull for laughter: after "died laughing at" someone, or before "so funny" ("i died laughing at gyeong-su 💀",
    # "gyeong-su 💀 he's so funny"), not a skull beside a death or with only "lol" after it
    # (or before the episode it was in, which is still told: "... en el ep 1 💀"; Spanish "me morí de risa con", Portuguese
    # "morri de rir com", Vietnamese "chết cười với"; Thai "ขำตาย" before it, not past a "แต่" (but) or a death, and a skull
    # after Thai "ตลก", funny, which runs into the name before it: "ขำตาย คยองซูตลกมาก 💀")
    (r"(?:(?:died|dying|dead|die|ded) laughing at|(?:me )?mor[ií] de risa con|morri de rir com|chết cười với) [^\W\d_][\w'’-]*"
     r"(?:[ \t]+[^\W\d_][\w'’-]*)?(?:[ \t]*💀+|(?=[ \t]+(?:in|en|no|na|sa|di|trong)(?:[ \t]+(?:el|the))?[ \t]+(?:ep|episode"
     r"|episodio|episódio|tập)[ \t]?\d{1,2}[ \t]*💀))|(?<!💀)💀+(?=[^.!?\n💀]*?(?<![\w-])(?:so funny|hilarious|funniest)(?![\w-]))"
     r"|ข(?:ำ|ํา)(?:จะ)?ตาย(?:(?!แต่|ตาย)[^.!?\n💀])*💀+|ตลก(?:มาก)?[ \t]*💀+", "laughed"),
    # someone turning everyone into fans ("jimin turned everyone into army", "turns us all into stans"): their doing, no
    # turning of their own (not into zombies, "the undead", "the infected")
    (r"(?:turn(?:s|ed|ing)?|turnd) (?:every(?:one|body)|us all|all of us|us) into(?= (?!(?:(?:an?|the) )?(?:zombie|halfbie|hambie"
     r"|half[- ]?zombie|hybrid|monster|undead|infected)s?(?![\w-])))",
     "made everyone"),
    # a death in the writer's own game, dream or story ("cheongsan died in my minecraft world 💀", "namra died in my sims
    # game", "gwinam dies in my fanfic"): nobody's fate of the show
    # ... or the writer's own death in a game ("i died in among us lol", "we got killed in fortnite again", "died in call
    # of duty 5 times lol")
    (r"(?:died|dies|dead|killed|got killed|was killed) in my (?:[\w-]+ )?(?:games?|worlds?|saves?|servers?|playthrough|dreams?"
     r"|fics?|fanfics?|au)(?![\w-])[ \t💀☠😭😂🤣\ufe0f]*|(?:(?<![\w'’-])(?:i|we)(?: (?:just|literally|already|keep|kept|always))? |^)"
     rf"(?:died|die|dying|got killed|was killed|were killed)(?: (?:again|first|twice))? (?:in|on|playing) (?:{GAMES})(?![\w-])"
     r"[ \t💀☠😭😂🤣\ufe0f]*", "played in my game"),
    # ... or the game named first, the clause after it played in it ("playing sims, cheongsan just died in a pool fire",
    # "minecraft, my gwinam just fell in lava 💀"), up to a "but", a "then", an episode or the show ("sims lol, but in the
    # show's world ...", "roblox then cheongsan dies in ep 11"), the watching beside it, "meanwhile" or a ";" ("sims while
    # watching, cheongsan dies ...", "mientras veía", "sambil nonton"); never a clause that names an episode or the show
    # itself ("i love minecraft and cheongsan dies in ep 11", "minecraft aouad map: namra ..."), its own or a later game's
    # (and the "real one" of another work's person, the game's still: "my minecraft skin is gi-hun from squid game, the
    # real one dies in season 3")
    (rf"(?<![\w-])(?:the |nag-|mag-)?(?:{_PLAYED_BEFORE}{_GAME}|{_GAME}{_PLAYED_AFTER})(?!{_SHOW_NEXT})(?:{_WORKS_REAL_ONE}|(?!{_CLAUSE_ENDS}|(?<![\w-])(?:the show|{_SHOW_SAID}|{_SERIES_SAID})(?![\w-])"
     rf"|{_GAME}{_SHOW_NEXT})[^.!?;\n])*", "played in my game"),
    # ... and in Korean, the game glued to its particle ("마크에서 청산이 스킨 만들었는데 좀비한테 죽음": in Minecraft), up to
    # the show's "real one", a "but" or the next game; never a clause that names an episode or the show ("... 11화에서 물림")
    (rf"(?:{_GAMES_KO})(?:에서|에선|하다가|하는데)(?!(?:(?!{_ENDS_KO})[^.!?\n])*?(?:지우학|지금 우리 학교는|\d+\s*화))"
     rf"(?:(?!{_ENDS_KO})[^.!?\n])*", "played in my game"),
    # one's look or one's nerves, not a death ("cheongsan looked like he was dying of nerves", "she looked like she was
    # dying after the marathon")
    (r"looked like (?:he|she|they|i|you) (?:was|were) dying|dying of (?:nerves|embarrassment|cringe|boredom|the heat"
     r"|heat|hunger|jealousy|secondhand embarrassment)", "looked tired"),
    # the writer "dying" at a scene, as "ich sterbe" is read ("i was dying, cheongsan looked so nervous"); not "dying for"
    (r"(?<![\w'’-])(?:i (?:was|am)|i['’]?m|we (?:were|are)) dying(?= *[,.!😭💀]| *$)", "i'm crying"),
    # a bow after "to die for" ("her archery is to die for 🏹"): the praise
    (r"to die for[ \t]*🏹+", "to die for"),
    # one's skill praised, not the archers' scene ("hari's archery is to die for", "her archery is so good"): her aim; not
    # what it does ("ha-ri's archery saved them")
    (r"(?:(?<=['’]s )|(?<=her ))archery(?= (?:is|was) (?:to die for|so |the best|amazing|insane|elite|goated|unmatched"
     r"|peak|fire))", "aim"),
    # a death said undeserved, in the past ("não merecia morrer assim", "no merecía morir así"): told, not wished
    (r"no merec[ií]a morir|n[ãa]o merecia morrer", "died undeservedly"),
)
#: The lowercase words that make `SLANG_PHRASES` worth reading, for lexicon_typos' cheap test.
SLANG_CHEAP = (r"written|writen|wrote|write|plot arm|lives|lived|living|buhay|carg|tamat|logr|consigui|pudo sob|geschafft"
               r"|berlebt|fatta|dead to |surv[eé]cu|survit|f (?:f[uü]r|por|pour|para|pra|untuk|buat)|pak |my |our |f in|pour one|goner|soju|mar |kaat|kata|kena"
               r"|gigit|bitten by|bit by|zinda|bach |ligtas|nabuhay|buhay|tak\b|dulo|at[eé] a?o |hasta el|jusqu|sampai |aag|khatam|nyelam|selam| aur |maut|maar d"
               r"|bijli|til+ die|die die|wanna die|want to die|m dead|m so dead|m literally dead|am dead|re dead|gonna die|could die|maar[aie]|mar[ai] g|qurb|kurb|jaan d|makan|koi[dt]|mody?ar|zombie ban|n paz|m paz|rest easy|pahinga ka|tenang di|istirahat yang|nghỉ|y he rest|y she rest|y they rest|merec|tidur|tulog|giấc ngủ|잠|ไปสู่สุ|heart|coraz|cora[cç]|💀|in my |sims|minecraft|roblox|looked like|dying|die for|archery|ตลก|among|legends|free ?fire|fortnite|valorant|genshin|pubg|apex|call of|warzone|overwatch"
               r"|one into|body into|us into|all into|" + _GAMES_KO + "|" + EXITS_CHEAP)

#: A Discord reply: the quoted line, then the reply ("> woojin covering hari\nsame, RIP him"): one thought, so the
#: reply's "him" stands for whom the quote names (a new line is otherwise a new thought).
_QUOTE = re.compile(r"^>[ \t]?([^\n]*?)[ \t.!?]*\n(?!>)", re.M)
#: A reply's "no" to whether someone is ok ("> is woojin ok\nnope"): mourned as "rip X" (the safe side: a death, or the
#: turn of one who never dies: "> is namra okay?\nnope" tells her bite). A "no" before a word of its own is none
#: ("no idea", "no spoilers pls", "no one knows yet"): the reply answers nothing.
_NOT_OK = re.compile(r"(?<![\w'’-])(?:is|was|are|r)\s+([^\W\d_][\w'’-]*)\s+(?:ok|okay|alright|all right|fine|safe)"
                     r"[\s.?!]+(?:no+(?![\w'’-]|[ \t]+[^\W\d_])|nope|nah)(?![\w'’-])", re.I)
#: "F" typed alone after a name ("isak. F.", "byeongchan F lol karma"): F for that name; not before a word it starts
#: ("F this show") nor a grade ("got an F").
_F_AFTER = re.compile(r"(?<![\w'’-])(?!(?:an?|got|get|an|the)\b)([^\W\d_][\w'’-]*)[ \t]*[.,!…]*[ \t]+F(?![\w'’-])"
                      r"(?![ \t]+(?!(?:lol|lmao|lmfao|fr|tbh|ngl|karma|bro|man|rip|honestly)\b)[^\W\d_])")
#: "kid" / "dude" / "girl" opening a sentence for its "he" / "she" ("woojin. kid didn't make it past yangdong").
_FELLOW = re.compile(r"(?:(?<=[.!?…]\s)|^)(?:(?:the|that|this|poor|that poor) )?(?:(kid|dude|bro|guy|boy|lad)|girl|gal)"
                     r"(?= (?:got|gets|is|was|didn['’]?t|did|never|just|really|literally|died|dies|lives|lived|survived"
                     r"|survives|had|has|went)\b)", re.M | re.I)
#: Spanish naming the one after the verb ("no lo logró el pobre soju"): the name first, as the lexicon reads it.
#: A relative of someone named stays whole ("murió el hermanito de hari": "el hermanito de hari murió").
_AFTER_VERB_ES = re.compile(r"(?<![\w-])(no lo (?:logr[oó]|consigui[oó])|no sobrevivi[oó]|muri[oó]) (?:((?:el|la) (?:pap[aá]|padre"
                            r"|mam[aá]|madre|herman(?:it)?[oa]) de [^\W\d_][\w-]*)|(?:el |la )(?:pobre |querid[oa] |buen[oa] )?"
                            r"(?!(?:año|mes|semana|d[ií]a|fin de semana|verano|invierno|lunes|martes|viernes|domingo)\b)([^\W\d_][\w-]*))",
                            re.I)  # not a time: "murió el año pasado"
#: Hinglish naming the biter after the bite, marked by "ne" ("namra ko kaat liya gwinam ne"): "by" that name.
_AGENT_AFTER_HI = re.compile(r"(?<![\w-])(kaat\w*(?: (?:liya|li|lete|leta|leti))?) ([^\W\d_][\w-]*) ne(?![\w-])", re.I)
#: Hinglish naming the killer before "ke haathon" ("woojin namra ke haathon maara gaya"): "by" that name, after the verb.
_BY_HAND_HI = re.compile(r"(?<![\w-])([^\W\d_][\w-]*) (?:ke|ki) haath(?:on|o|o+n)?(?: se)? ((?:maara|mara|maari|mari|maare)"
                         r" (?:gaya|gayi|gaye|gya|gyi|jaata|jaati|jata|jati)(?: (?:hai|hain|tha|thi))?)(?![\w-])", re.I)
#: Hinglish "X nahi rahe" (X is no more) and "X nahi bacha" (X didn't survive), X opening its clause ("soju uncle nahi
#: rahe yaar"); not what is no more about someone ("cheongsan ke bina maza nahi raha", "onjo ka phone nahi raha").
_NO_MORE_HI = re.compile(r"(?:^|(?<=[.!?,;:\n]))([ \t]*(?!(?:koi|kuch|kuchh|kisi|time|waqt|main|mai|hum|ham|tum|aap|wo|woh|ye"
                         r"|yeh|sab|sabhi|kya)\b)[^\W\d_][\w-]*(?: (?:uncle|sir|ji|ssaem|saem|bhai|didi|aunty|appa))?)"
                         r"(?: (?:bhi|ab|toh|to|zinda))* (?:nahi|nahin|nhi|nai) (?:(rahe|raha|rahi)|bach(?:a|i|e| paya| paayi"
                         r"| payi| paaya| paye))(?=[ \t]*(?:$|[.!,?…]|[^\w\s]|(?:yaar|yar|bhai|re)\b))", re.I | re.M)
#: The cheap test for `reordered` (lexicon_typos also tests "haath", " rah" and " bach" with `in`: quicker than here).
REORDER_CHEAP = re.compile(r"^>|\bF\b|kid|dude|bro|guy|boy|lad|girl|gal|no lo|no sobrev|muri|kaat",
                           re.M | re.I)


def reordered(text: str) -> str:
    """`text` with a reply joined to the line it quotes, "X F" said as "F for X", a sentence's "kid" as "he", a
    Spanish verb before its name put after it, a Hinglish biter after the bite or killer "ke haathon" said as "by"
    them, and one who "nahi rahe" as dead."""
    if ">" in text:
        text = _QUOTE.sub(r"\1. ", text)
        text = _NOT_OK.sub(r"rip \1", text)
    if "F" in text:
        text = _F_AFTER.sub(r"F for \1", text)
    text = _FELLOW.sub(lambda m: "he" if m.group(1) else "she", text)
    low = text.lower()
    text = _AGENT_AFTER_HI.sub(r"\1 by \2", text) if "kaat" in low else text
    text = _BY_HAND_HI.sub(r"\2 by \1", text) if "haath" in low else text
    if " rah" in low or " bach" in low:
        text = _NO_MORE_HI.sub(lambda m: m.group(1) + (" died" if m.group(2) else " didn't survive"), text)
    return _AFTER_VERB_ES.sub(lambda m: f"{m.group(2) or m.group(3)} {m.group(1)}", text)


# -- names that are someone else's: an idol named beside their group ("TWICE ki Nayeon", "Nayeon of TWICE", "BTS Jimin",
# "EXO의 경수") and a person named right after "in <another work>" ("In Squid Game 3, Hyun-ju dies", "Sweet Home mein
# Hyun-soo ..."), each said as a word naming nobody of the show; the same name elsewhere in the text stays ("jimin turns,
# bts jimin would never" still names Ji-min first; "like in Squid Game, onjo survives" compares her own fate).
#: Idols whose names are the show's characters', by the group fans name them with (Latin letters and hangul).
_MEMBERS: dict[str, str] = {
    r"bts|bangtan|방탄(?:소년단)?": r"jimin|ji-min|park jimin|지민",
    r"(?-i:TWICE)|twice['’]s|트와이스": r"nayeon|na-yeon|im nayeon|나연",
    r"stray kids['’]?|skz|스트레이 ?키즈|스키즈": r"woojin|woo-jin|kim woojin|우진",
    r"exo|엑소": r"kyungsoo|kyung-soo|do kyungsoo|d\.o\.?|경수|디오",
}
#: A word between a group and its member ("BTS ke Jimin", "TWICE ki Nayeon", "EXO의 경수", "BTS member Jimin") or
#: between a member and their group ("Nayeon of TWICE", "Woojin dari Stray Kids", "Jimin (BTS)").
_BEFORE = r"(?:[ \t]*(?:['’]s?|의)?[ \t]+(?:(?:ke|ki|ka|ng|de|do|da|member|members|멤버)[ \t]+)?)"
_AFTER = r"(?:[ \t]+(?:of|from|dari|ng|de|do|da|ka|ki|ke|in)[ \t]+|[ \t]*\([ \t]*)"
_IDOL = compile_later("|".join(
    rf"(?<![\w-])(?:(?P<g{i}>{group}){_BEFORE}(?P<m{i}>{member})|(?P<n{i}>{member}){_AFTER}(?:{group}))(?![\w-])"
    for i, (group, member) in enumerate(_MEMBERS.items())), re.I)

#: "in <another work>" then the name of one of its people ("In Squid Game 3, Hyun-ju dies", "Sweet Home mein Hyun-soo",
#: "di Sweet Home Hyun-su", "sa Squid Game si Ali", "sa season 2 ng Sweet Home bumalik si Hyun-soo"); not after "like" / "jaise" / "parang" ("like in Squid Game, onjo
#: survives": her fate, said to be that work's too).
_IN_WORK = compile_later(
    r"(?<![\w-])(?<!like )(?<!as )(?<!parang )(?<!kagaya )(?<!seperti )(?<!kayak )(?<!como )"
    r"(?:(?:in|en|em|no|na|di|sa|im|dans)[ \t]+(?:(?:season|s|t|temporada|saison)[ \t]*\d+[ \t]+(?:ng|of|de|da|do|dari)[ \t]+)?"
    + OTHER_WORKS + r"(?:[ \t]+(?:season[ \t]*|s)?\d+)?[ \t]*,?(?:[ \t]+(?:bumalik|volvi[óo]|voltou|kembali|returns|came back))?"
    r"|" + OTHER_WORKS + r"(?:[ \t]+(?:season[ \t]*|s)?\d+)?[ \t]+(?:mein|me|mai|में|ميں))"
    r"[ \t]+(?:(?:si|ang|ni|el|la|o|a)[ \t]+)?(?!(?:too|also|again|twice|as|bhi|juga|din|rin|and|aur|but|or|the|a|an|is|was"
    r"|were|are|so|then|lol|though|tambi[eé]n|tamb[eé]m)(?![\w-]))(?P<name>[^\W\d_][\w'’]*(?:-[^\W\d_]+)?)(?![\w-])", re.I)
#: The lowercase words that make `someone_elses` worth running (for lexicon_typos' cheap test), and each half's own.
_BTS_SHOWS = r"in the soop|인더숲"  # BTS's own show, naming the group (the hints, `_GROUP_SHOWS`, `_GROUP_NAMED`)
_IDOL_HINT = r"bts|bangtan|" + _BTS_SHOWS + r"|twice(?:['’]s| k| n| m|\))|of twice|from twice|stray k|skz|exo(?![a-z])|방탄|트와이스|스키즈|스트레이|엑소"
#: (the works whose people share our names, and "in" before those whose names are everyday words)
_WORK_HINT = r"squid|n kingdom|kingdom m|busan|peninsula|sweet ?home|hellbound|n happiness|happiness m|walking dead"
ELSEWHERE_CHEAP = _IDOL_HINT + "|" + _WORK_HINT
ELSEWHERE_HINT = re.compile(ELSEWHERE_CHEAP)  # tested by lexicon_typos on the lowercased text before `someone_elses`
_IDOL_CHEAP = re.compile(_IDOL_HINT)
_WORK_CHEAP = re.compile(_WORK_HINT)


def _member(match: re.Match[str]) -> str:
    """The group of an `_IDOL` match that holds the member's name (said after their group or before it)."""
    return next(name for name, found in match.groupdict().items() if found and name[0] in "mn")


def _idol(match: re.Match[str]) -> str:
    start, end = match.span(_member(match))
    return match.group()[:start - match.start()] + "the idol" + match.group()[end - match.start():]


def _their_own(match: re.Match[str]) -> str:
    start, end = match.span("name")
    return match.group()[:start - match.start()] + "someone" + match.group()[end - match.start():]


#: A group's comeback, stage, album, tour or enlistment talked of ("jimin is back!!! the bts comeback stage ate", "지민이
#: 돌아왔다!! 방탄 컴백 무대", "he enlisted today, bts fans are crying"): its members named anywhere in the text are the idols, not the show's people.
# a group's own show ("watched run bts, jimin from the show fell asleep in ep 10": its episode, its show)
_GROUP_SHOWS = rf"run bts|달려라 방탄|{_BTS_SHOWS}|bon voyage|going seventeen"
_GROUP_SHOW = compile_later(_GROUP_SHOWS, re.I)
# ... whose own episode named right after it is that show's, never one of ours ("run bts ep 10, jimin turned around",
# "달려라 방탄 10화"): said as the show alone
_GROUP_EPISODE = compile_later(rf"(?P<show>{_GROUP_SHOWS})[ \t]*(?:(?:ep(?:isode)?|e|#)\.?[ \t]*)?\d{{1,3}}(?:[ \t]*(?:화|회))?(?![\w-])", re.I)
_GROUP_TALK = compile_later(rf"{_GROUP_SHOWS}|comeback|컴백|concert|콘서트|(?<![\w-])tour(?![\w-])|투어|album|앨범|무대|stage|뮤비"
                            r"|(?<![\w-])mv(?![\w-])|fancam|직캠|enlist\w*|입대|군대|military|discharg\w*|전역", re.I)
# (BTS's own shows name the group: "in the soop ep 7 jimin and jungkook fishing")
_GROUP_NAMED = {group: compile_later(rf"(?<![\w-])(?:{group}{('|' + _BTS_SHOWS) * group.startswith('bts')})", re.I)
                for group in _MEMBERS}
_MEMBER_ANYWHERE = {group: compile_later(rf"(?<![\w-])(?:{member})(?=(?:이가|이|가|은|는|도|의)?(?![\w-]))", re.I)
                    for group, member in _MEMBERS.items()}


# a sentence of its own that names the show, its town or its class ("bts concert was amazing!! also jimin dies in aouad",
# "jimin from class 2-5 dies at the gym"), or a name said to be the show's ("bts comeback today and jimin from the show
# dies"): its names the show's
_FROM_THE_SHOW = r"(?:from|of) the (?:show|series|drama|k-?drama)"  # (not "the show's": a group's show has its stage too)
# the show's one, beside an idol named ("no hablo del jimin de bts, el de la serie muere"): the idol's namesake
_SHOWS_ONE = compile_later(rf"(?<![\w-])(?:the one (?:{_FROM_THE_SHOW}|in the (?:show|series|drama))|(?:el|la) de la serie"
                           r"|(?:o|a) da s[ée]rie|(?:o|a) do drama)(?![\w-])", re.I)
_SENTENCES = compile_later(r"([.!?\n]+)")
_TITLE_KO = r"효산|2-5반|2학년 5반|지우학|지금 우리 학교는"
_NAMES_THE_SHOW = compile_later(rf"(?<![\w-])(?:{_SHOW_SAID}|{_TITLE_SAID}|{_FROM_THE_SHOW})(?![\w-])|{_TITLE_KO}", re.I)
_TITLED = compile_later(rf"(?<![\w-])(?:{_TITLE_SAID})(?![\w-])|{_TITLE_KO}", re.I)


# a sentence that neither names the group nor talks of it, and tells a fate no idol meets ("bts comeback stage jimin ate.
# jimin dies at the gym", "방탄 컴백 무대 봤어? 지민이 결국 죽음"): the show's too
_FATES = ("death", "bite", "halfbie")  # (not "turn": "jimin turned everyone into army")
# ... and beside a group's own show, one turned into a zombie ("run bts was fun, jimin from the show turns into a zombie"),
# never a game's "turned around"
_A_ZOMBIE = compile_later(r"(?<![\w-])(?:zombie\w*|좀비)", re.I)


def _names_ours(part: str) -> bool:
    """Whether a sentence names the show: beside a group's own show ("run bts ep 10", "jimin from the show") only by its
    title, or with a fate told ("run bts was fun, jimin from the show dies in ep 10")."""
    if not _GROUP_SHOW.search(part):
        return _NAMES_THE_SHOW.search(part) is not None
    zombie = _A_ZOMBIE.search(part) is not None and GROUPS["turn"].search(part) is not None
    return _TITLED.search(part) is not None or (_NAMES_THE_SHOW.search(part) is not None
                                                and (zombie or any(GROUPS[fate].search(part) for fate in _FATES)))


def _idols_but_the_shows(group: str, members: LazyPattern, text: str) -> str:
    """`text` with `members` said as the idol, except in a sentence that names the show or tells, apart from the group
    and its stage, a fate of the show's."""
    return "".join(part if _names_ours(part) or (
        not _GROUP_NAMED[group].search(part) and not _GROUP_TALK.search(part) and any(GROUPS[fate].search(part) for fate in _FATES))
        else members.sub("the idol", part) for part in _SENTENCES.split(text))


def someone_elses(text: str, low: str) -> str:
    """`text` with an idol named beside their group, or anywhere in a text of their group's comeback, and a person named
    in another work said as nobody of the show (`low`: the text lowercased, for the cheap tests)."""
    if _IDOL_CHEAP.search(low):
        text = _GROUP_EPISODE.sub(r"\g<show>", text)
        if idol := _IDOL.search(text):
            text = _SHOWS_ONE.sub(idol.group(_member(idol)), _IDOL.sub(_idol, text))
        if _GROUP_TALK.search(low):
            for group, members in _MEMBER_ANYWHERE.items():
                if _GROUP_NAMED[group].search(text):
                    text = _idols_but_the_shows(group, members, text)
    if _WORK_CHEAP.search(low):
        text = _IN_WORK.sub(_their_own, text)
    return text


#: The writer's schoolwork: "the teacher" beside it is theirs, not one of the show's.
_SCHOOLWORK = r"(?<![\w-])(?:pop quiz|quiz|homework|detention|exams?|tests?|assignments?|essays?|attendance|grades?)(?![\w-])"
#: Roles fans name characters by (character ids of the bundled pack; ids a pack lacks are ignored), besides
#: the descriptions the pack itself gives (bot/lore/lexicon_terms.py). A role several characters have lists them
#: all (ids apart by spaces): it stands for each, less those its sentence's pronouns do not fit ("the teacher
#: giving herself up" is Ms. Park), so the latest of their events is read.
ROLES: dict[str, str] = {
    r"class (?:president|prez|pres|rep)|banjang|(?<!my )(?<!\ba )(?<!club )(?<!council )prez": "choi-nam-ra",  # "prez": fans\' short for her
    r"(?:half[- ]?zombie|halfbie|hambie|hybrid) (?:girl|queen|president|prez|pres)": "choi-nam-ra",  # the show's one halfbie girl
    r"(?:english|homeroom) (?:teacher|teach|ssaem|saem|sensei|seonsaengnim)|teacher who (?:sacrific\w*|gave|gives|offer(?:s|ed)?) herself": "park-sun-hwa",
    r"science teacher": "lee-byeong-chan",
    r"(?:teacher|guy|man|scientist|one|dad|father) (?:who|that) (?:made|created|built|engineered|invented) the (?:jonas |zombie )?virus":
        "lee-byeong-chan",
    # (not the teacher of the writer's schoolwork: "the teacher says pop quiz 💀" is a laugh at a school day)
    ROLE_AFTER + r"(?:teacher|teach|sensei|seonsaengnim|ssaem)(?!['’]?s? (?:son|kid|boy))(?!.*?" + _SCHOOLWORK + ")": "park-sun-hwa lee-byeong-chan",
    r"(?<=the )(?:cop|policeman|police ?officer|detective)": "song-jae-ik jeon-ho-cheol",  # the show's two policemen
    r"(?:firefighter|fire ?fighter|fire ?man|rescue worker|paramedic)(?: dad| father| appa| daddy)?": "nam-so-ju",
    r"(?<=which )parent": "nam-so-ju cheong-san-mother",  # the two parents who come for their children
    r"pregnant (?:girl|student)": "park-hee-soo",
    r"(?:the|school) (?:one[- ]eyed? )?bully|one[- ]eyed? (?:bully|freak|guy|dude|boy|kid|monster|halfbie|hambie)|(?<![\w-])one-eye(?![\w-])": "yoon-gwi-nam",  # facts.md: his eye stabbed (E5)
    r"(?:boy|kid|guy|dude) (?:(?:who|that) (?:hid|hides|was hiding) )?(?:from|on) the roof(?:top)?|roof(?:top)? (?:boy|kid|guy|dude|coward)": "kim-cheol-su",  # he hid on the roof
    r"(?:the|that) bullied girl": "min-eun-ji",  # facts.md: Eun-ji is the bullying victim, Cheol-su a boy
    # fans' nicknames from what the character did or was called (facts.md: Na-yeon's "welfie"; Eun-ji's office fire)
    r"welf(?:ie|are) (?:boy|kid|guy|dude)": "han-gyeong-su",
    r"virus (?:guy|dude|man|teacher|creator|maker|scientist|professor|dad|daddy|father)": "lee-byeong-chan",  # facts.md: he made the virus
    r"archery (?:boy|guy|kid|dude)|(?:boy|male) archer": "jung-min-jae",  # facts.md: the male archer
    r"(?:hanky|hankie|handkerchief) (?:girl|queen|witch|villain)": "lee-na-yeon",
    r"(?:the )?(?:arsonist|arson|fire ?starter) (?:girl|kid|chick)": "min-eun-ji",
    r"(?:the )?(?:pink vest|pink-vest) girl|girl in the pink vest": "seo-hyo-ryeong",
    r"drone (?:kid|boy|guy|nerd)|(?:kid|boy|guy|nerd) (?:who|that) (?:flew|flies|flown) the drone": "oh-joon-yeong",
    r"(?<=the )(?:little|lil|younger|baby) (?:brother|bro)": "jang-woo-jin",  # the show's one little brother
    r"ms\.? shibal": "park-mi-jin",  # fans' name for Lee Eun-saem (facts.md: "Ms. Shibal")
    r"archery (?:club )?(?:captain|leader|girl)|captain of the archery (?:club|team)|(?:bow|archer) (?:girl|queen)": "jang-ha-ri",
    r"(?<=the )bow (?:kid|one)": "jang-ha-ri jung-min-jae",  # either archer ("the bow kid lost her brother": Ha-ri)
    # facts.md: his mother's chicken shop is named after him
    r"chicken (?:shop|restaurant|place) (?:boy|kid|son|guy|dude)|(?:boy|kid|son) (?:of|from) the chicken (?:shop|restaurant|place)": "lee-cheong-san",
    r"chicken (?:shop|restaurant|place) (?:mom|mum|mother|lady|owner)"
    r"|(?:mom|mum|mother|lady|woman) (?:who|that) (?:runs|owns|ran|owned) the chicken (?:shop|restaurant|place)": "cheong-san-mother",
    r"comic relief(?: (?:guy|kid|boy|one))?": "yang-dae-su",  # facts.md: the comic-relief classmate
    r"glasses (?:guy|boy|kid|nerd)": "oh-joon-yeong",
    r"science[- ]club (?:student|kid|boy|guy|member|nerd)": "oh-joon-yeong",  # facts.md: the science-club student  # fans' name for the bespectacled science-club boy
    # Korean roles, with the particle typed onto them ("과학쌤이", "일진은")
    r"일진(?:이|은|는|을|를|한테|의)?": "yoon-gwi-nam",
    # 반장 with its particle (bare, the pack's own description reads it); not the writer's ("우리 반장이", "우리 반 반장이")
    r"(?<![\uac00-\ud7a3])(?<!우리 )(?<!내 )(?<!울 )(?<!반 )반장(?:이|은|는|을|를|한테|의)(?![\uac00-\ud7a3])": "choi-nam-ra",
    r"국정원\s?(?:팀장|요원|직원)?(?:이|은|는|을|를|한테|의)?": "han-du-seok",  # the one NIS man the sources name (season 2)
    r"과학\s?(?:쌤|선생님|선생)(?:이|은|는|을|를|한테|의)?": "lee-byeong-chan",
    # 이쌤: Mr. Lee, written as one word (with a space, 이 선생님 is "this teacher": the generic role below)
    r"(?<![\uac00-\ud7a3])이(?:쌤|선생님)(?:이|은|는|을|를|한테|의)?": "lee-byeong-chan",
    r"(?:담임|박)\s?(?:쌤|선생님|선생)(?:이|은|는|을|를|한테|의)?": "park-sun-hwa",  # 박쌤: the show's one teacher Park
    # "선생님이 바이러스 만든 거였음": Korean needs no "the"; either of the show's two teachers, as "the teacher" (not
    # "우리 선생님", the writer's; nor the title after a full name, "박선화 선생님")
    r"(?<![\uac00-\ud7a3])(?<!우리 )(?<!내 )(?<!제 )(?<!울 )(?<![\uac00-\ud7a3]{3} )(?:쌤|선생님|선생)(?:이|은|는|을|를|한테|의)?(?![\uac00-\ud7a3])": "park-sun-hwa lee-byeong-chan",
    r"양궁부?\s?(?:부장|주장|언니|누나|여자애)?(?:이|은|는|을|를|의)?": "jang-ha-ri",
    r"소방관\s?(?:아빠|아버지)?(?:이|가|은|는|을|를|의)?": "nam-so-ju",
    r"임산부(?:가|는|을|를|의)?": "park-hee-soo",
    r"형사(?:님)?(?:이|가|은|는|을|를|의)?": "song-jae-ik",
    r"(?:the )?(?:bullied|science teacher'?s) (?:kid|boy|son)": "lee-jin-su",
    r"(?:dad|father) who (?:came|comes|went|goes) (?:back )?(?:to save|to find|to rescue|for|looking for) his daughter": "nam-so-ju",
    # the same nicknames in Spanish, Portuguese and Indonesian ("el chico del pollo", "a representante de turma",
    # "si bully bermata satu"); not "la delegada de mi clase" (the writer's: "de mi" is no role's)
    r"(?:chico|chaval|ni[ñn]o|hijo) (?:del pollo|de la poller[ií]a)|(?:menino|garoto|filho) (?:da galeteria|do frango)"
    r"|치킨집\s?아들(?:이|은|는|을|를|의)?": "lee-cheong-san",
    r"(?:delegada|presidenta) de (?:la )?clase|(?<=la )delegada(?! de mi)|representante (?:de|da) turma|ketua kelas": "choi-nam-ra",
    r"mat[óo]n tuerto|(?:valent[ãa]o|brig[ãa]o) caolho|(?:pem)?bully bermata satu": "yoon-gwi-nam",
    r"(?:chica|ni[ñn]a|muchacha) del arco|(?:garota|menina) do arco|cewek (?:pemanah|panah)": "jang-ha-ri",
}
