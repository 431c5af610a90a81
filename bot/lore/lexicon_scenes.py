"""Scenes fans tell without names, for the spoiler lexicon (bot/lore/lexicon.py): "the helicopter flying past
them" is episode 4, "the eye stab in the library" episode 5 (split from lexicon_terms.py, which reads the pack's
own names for things); the plot words other stories use as much, read only as fans write them of the show
(`OTHER_STORIES`: "the archery club", "the bombing"); and the writer's own people and things, which name no one of the
show ("our teacher locked the roof door", "my dad is a firefighter too": `predicated`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.lazy_re import Pattern, compile_later
from bot.lore.chat_people import PARENTS, SIBLINGS, SIBLINGS_SHORT, alternation
from bot.lore.lexicon_exits import REAL_TRIAL_AFTER
from bot.lore.lexicon_words import OTHER_CAMP, OTHER_CAMP_KO, SHOW_WORDS
from bot.lore.lexicon_words import WORD_END as _E
from bot.lore.lexicon_words import WORD_START as _B
from bot.show import Position

if TYPE_CHECKING:
    from bot.lore.content import ContentPack
    from bot.lore.names import Entity, NameResolver

#: Plot words other stories use as much ("archery", "a training camp", "homing missile", "the epilogue of Harry
#: Potter", "Construction Site" in a game's map): read in a text about the show (naming someone of it, or a
#: word only it uses: lexicon_words.SHOW_WORDS), else only as fans write them of the show.
OTHER_STORIES: dict[str, Pattern] = {
    # "6 survivors found after the mine collapse" is the news's; "the six survivors", "only 6 students" the show's
    "six survivors": compile_later(_B + r"(?:(?:(?:the|only|just|all) (?:six|6)|(?:six|6) hyosan high) (?:survivors|students|kids)"
                                r"|(?:only )?(?:six|6) of them (?:make it|made it|reach|reached|get|got) (?:to|out)"
                                r"|(?:only )?(?:six|6) (?:kids|students) (?:make it|made it|reach|reached|get|got) (?:to )?the camp)" + _E
                                + REAL_TRIAL_AFTER, re.I),  # (not "only six students passed the exam")
    "archery": compile_later(_B + r"(?:the archers|(?:the )?archery (?:club|team|kids|girls|group|squad|gang|crew|captain))" + _E, re.I),
    "bombing": compile_later(
        _B + r"(?:the bombing(?! of)|the missiles?|missile strikes?|air ?strikes?|nuked? (?:the|hyosan)"
        r"|air ?strik(?:ed|ing) (?:the )?(?:whole |entire )?(?:city|town|hyosan)"  # fans' verb: "they airstriked the whole city"
        r"|(?:army|military|government) (?:(?:really|just|literally|actually|basically|totally|simply|then|straight up) ){0,3}(?:bombs?|bombed|bombing|nuked?|nukes|nuking) (?:every(?:one|body|thing)|us|them|the (?:whole )?city)"
        r"|bombs? (?:the )?(?:whole |entire )?(?:city|town|hyosan)"
        # "the commander ordered missiles on his own city", "they drop bombs on the whole town", "the whole city gets firebombed"
        r"|(?:orders?|ordered|ordering|fires?|fired|firing|launch(?:es|ed|ing)?|drops?|dropped|dropping) (?:the |a |his |their )?"
        r"(?:missiles?|bombs?|missile strikes?|air ?strikes?) (?:on|at|over) (?:(?:his |her |their |the )?"
        r"(?:own|whole|entire) (?:city|town|people)|hyosan)|bombs? on (?:the )?(?:whole |entire )(?:city|town)|(?:whole|entire) (?:city|town)"
        r" (?:gets?|got|was|is|being) (?:fire)?bombed|firebomb(?:s|ed|ing)? (?:the )?(?:whole |entire )?(?:city|town|hyosan)"
        r"|(?:60|sixty) ?k (?:(?:people|ppl|civilians|lives) )?(?:gone|dead|died|killed|wiped out|lost|deaths))" + _E, re.I),  # fans' "60k", not a list's "60,000"
    "camp": compile_later(_B + r"quarantine camp" + _E, re.I),
    "reach the camp": compile_later(_B + r"(?:reach(?:es|ed|ing)?|(?:makes?|made|making) it to|end(?:s|ed)? up (?:at|in)|arriv(?:es?|ed|ing)"
                                 r" at|(?:gets?|got) to) (?:a |the )?quarantine camp" + _E, re.I),
    "sos": compile_later(_B + r"sos (?:(?:sign|signs|message|they|we|the|kids|students|made|built|wrote|spelled|spelt|out)\s+){0,3}"
                      r"on (?:the|that|their) roof" + _E, re.I),  # "the SOS they made on the roof"
    "four months later": compile_later(_B + r"(?:four|4) months (?:later|on|after)" + _E  # Korean: with the school's roof or fire
                                    # "some months later" with the school's roof or fire, either order ("a fire on the school roof months later")
                                    + r"|(?:(?:a few|some|several|few|many|a couple of) )?months (?:later|after)(?=[^.!?\n]{0,40}?\b(?:school|roof|campfire|bonfire))"
                                    + r"|\b(?:school|roof|rooftop|campfire|bonfire)\b[^.!?\n]{0,40}?\bmonths (?:later|after)" + _E
                                    + r"|(?:4|네|사)\s?(?:개월|달)\s?(?:후|뒤)(?![에가도])(?:\s?\S+){0,2}?\s?(?:학교|옥상|모닥불|효산)", re.I),
    "construction site": compile_later(_B + r"the (?:construction|building) site" + _E, re.I),
    "martial law": compile_later(_B + r"(?:martial[- ]law (?:(?:is |was )?(?:declared |imposed )?(?:in|on|over|across) )?(?:hyosan|the (?:whole |entire )?(?:city|town))"
                              r"|(?:hyosan|the (?:whole |entire )?(?:city|town)) (?:is |was |gets? |got |goes |went )?(?:put |placed )?under martial[- ]law)"
                              + _E, re.I),
}

# -- scenes told without names ---------------------------------------------------------------
# "the helicopter just flying past them", "luring the zombies into the music room", "the burning shaft": a thing
# or a place of the show written with what happens to it there, in one sentence, tells an event of the pack's
# index. Each row names the event (events.yaml id); its episode is the pack's, never written here, and a row
# whose event a pack lacks is left out. The thing alone tells nothing ("we have a music room at my school",
# "the helicopter noise outside"), and a row marked `show` counts only in a text about the show
# (lexicon_words.SHOW_WORDS or someone of it named): "my mom waited at the school gate".

_HELICOPTER = r"heli(?:copter)?s?|choppers?"
_FLY = r"(?:fl(?:y|ies|ew|ying|own)|goes|went|going|gone|zoom\w*|pass(?:es|ed|ing)?)"
_CAME = r"came|comes|coming|arriv\w*|land(?:s|ed|ing)?|shows? up|showed up|here"
_FOR_THEM = r"roof|rescue|finally|them|us|door|kids|students|class|everyone"

#: (event id, the thing or place, what happens to it there, only in a text about the show)
SCENE_ROWS: tuple[tuple[str, str, str | None, bool], ...] = (
    ("e03-broadcasting-room", r"broadcast(?:ing)? room",
     r"hid(?:e|es|ing)?|hiding|hole[ds]? up|holed|stuck|trapped|barricad\w*|scene|lock\w*|shelter\w*", False),
    ("e04-helicopter-passes", _HELICOPTER,
     _FLY + r" (?:right |straight |just )?(?:past|by|over)|ignor\w*|(?:does|did) ?n[o']?t (?:even )?stop|without stopping", False),
    ("e07-roof-door-locked", _HELICOPTER,  # the arrival with whom it came for ("set photos show a helicopter landing": no)
     rf"(?:{_CAME}).*?(?:{_FOR_THEM})|(?:{_FOR_THEM}).*?(?:{_CAME})", False),
    ("e08-cheol-su-flies-away", _HELICOPTER,
     r"leav(?:es|ing)|left|(?:fl(?:y|ies|ew|ying|own)|took|takes?|taking) (?:off|away)|without (?:them|us|the others)"
     r"|abandon\w*|(?:li(?:e|es|ed)|lying)(?! (?:down|in|on|at|there|beside|next|back|low|still)\b)", False),  # "the chopper scene where cheolsu lies": that no one is left
    ("e08-cheol-su-flies-away", r"(?:heli(?:copter)? )?pilots?|(?:the |rescue |heli(?:copter)? |chopper )crew|(?:the )?rescue (?:team|squad)|(?:the )?rescuers",  # "lied to the pilot"
     r"li(?:e|es|ed)|lying|lie to|told|tells?|(?:fl(?:y|ies|ew|ying|own)|took|takes?) (?:off|away)"
     r"|(?:no ?one|nobody|no-one) else(?: was| is|['’]s)? (?:left|alive|surviv\w*)", False),  # "the pilot and the boy says nobody else is alive"
    ("e04-helicopter-passes", r"헬(?:리콥터|기)\w*", r"지나(?:가|감|갔|쳐|침|쳤)\w*|안\s?멈\w*|무시\w*", False),  # "헬기 그냥 지나감"
    ("e01-hyeon-ju-bitten", r"(?:실험\s?)?쥐(?:가|한테|에게|에|를|는)?", r"물(?:림|렸|려|린|었|어|음)\w*", False),  # "현주 쥐한테 물림"
    ("e08-cheol-su-flies-away", r"헬(?:리콥터|기)\w*", r"도망\w*|혼자|떠나\w*|떠났\w*|거짓말\w*|버리고\w*", False),  # "헬기 타고 혼자 도망감"
    # "the boy on the roof lied", "cheolsu lying": his one lie, that no one else was left (facts.md E8)
    ("e08-cheol-su-flies-away", r"cheol-?s(?:u|oo)|chul-?s(?:u|oo)|철수(?:가|는|이|의)?|(?:boy|kid|guy|dude) (?:(?:who|that) (?:hid|hides|was hiding) )?"
     r"(?:from|on) the roof(?:top)?|roof(?:top)? (?:boy|kid|guy|dude|coward)",
     r"(?:li(?:e|es|ed)|lying)(?! (?:down|in|on|at|there|beside|next|back|low|still)\b)|liar|거짓말\w*", True),
    ("e07-roof-door-locked", r"roof ?door",
     r"lock\w*|(?:would|will|did|does|could) ?n[o']?t (?:open|let)|refus\w*|block\w*", False),
    ("e07-kiss", r"(?:her|the|his) hunger",
     r"resist\w*|fight\w*|fought|hold\w* back|held back|control\w*|suppress\w*|holding it together", True),
    ("e07-music-room", r"(?:lock|trap|shut)\w* (?:the )?zombies (?:up|in|inside)|(?:lock|trap|shut)\w* (?:up )?the zombies",
     r"room|roof", True),
    ("e07-music-room", r"music ?room",
     r"lur\w*|trap\w*|lock\w*|barricad\w*|herd\w*|zombies|scene|plan|escap\w*|through|run(?:s|ning)?|ran|fight\w*", False),
    ("e05-drone", r"(?<!sound )drones?", r"scout\w*|science club|scene|look\w* around|spy\w*", False),
    ("e05-drone", r"(?<!sound )drones?", r"(?:fl(?:y|ies|ew|ying|own)|hover\w*) (?:over|above|around|across) (?:the )?(?:whole )?(?:city|town|hyosan|school|streets?)",
     True),  # "the drone flying over hyosan" (not "drone footage of the set")
    ("e09-laptop-and-evacuation", r"laptop",
     r"soldiers?|troops|special forces|(?:came|come|comes|coming) for|retriev\w*", False),
    ("e09-laptop-and-evacuation", r"laptop", r"military|army|grab\w*", True),
    # "Who takes sole responsibility for the missile strikes in a recorded message?": the commander's last message
    ("ex-commander-takes-responsibility", r"(?:sole|full|all(?: the)?) responsibility",
     r"record\w*|message|video|missiles?|(?:missile |air ?)?strikes?|bomb\w*", True),
    # "the commander recording his goodbye and then ending it": his last message and death (E11-12: the later)
    ("ex-commander-takes-responsibility", r"the (?:military |army |martial[- ]law )?commander(?! (?:of|guy|from|in)\b)|(?:commander|general) jin|jin seon-?moo|the general(?= (?:recording|records|recorded))",
     r"(?:ends?|ended|ending) it(?: all)?(?=\s*(?:$|[^\w\s'’-]|(?:and|then|after|lol|tho)\b))|(?:took|takes?|taking) his own life"
     r"|(?:kill(?:s|ed|ing)?|shot|shoots?|shooting) himself|(?:records?|recorded|recording) (?:his|a|that|the) (?:goodbye|last|final|farewell|message|video|apolog\w*|statement|confession|speech)|(?:farewell|goodbye|last|final) (?:message|video|statement|words|speech)"
     r"|gun ?shot|(?:pulls?|pulled|pulling) the trigger|🔫", False),
    # "the commander just... leaving them there": the order to abandon the students
    ("e09-laptop-and-evacuation", r"the (?:military |army |martial[- ]law )?commander(?! (?:of|guy|from|in)\b)",
     r"(?:leav\w*|left|abandon\w*|bail\w* on|ditch\w*) (?:them|the kids|the students|the children|everyone)"
     r"(?: (?:there|behind|at the school|in the school|to die))?(?=\s*(?:$|[^\w\s'’-]))", False),
    # "the soldiers leaving them on the roof in the rain": the order to abandon the students on the roof (facts.md E9)
    ("e09-laptop-and-evacuation", r"(?:the )?(?:army|military|soldiers|troops|rescue team)",
     r"(?:leav\w*|left|abandon\w*|bail\w* on|ditch\w*|desert\w*) (?:them|the kids|the students|the children|everyone)"
     r" (?:(?:there|behind|stranded) )?on (?:the|that) (?:school )?roof(?:top)?(?! of)", False),
    ("e09-thunderstorm-escape", r"thunder ?storm|lightning storm",
     r"run\w*|ran|escap\w*|flee\w*|fled|leav\w*|out of|scene|school", False),
    ("e09-thunderstorm-escape", r"(?:the )?(?:storm|rain)", r"escap\w*|flee\w*|fled|out of the school", True),
    ("e03-hee-soo-gives-birth", r"(?:public )?(?:bathroom|toilet|restroom)s?",
     r"bab(?:y|ies)|birth|pregnant|newborn|labou?r", False),
    ("e03-gyeong-su-infected", r"(?:hand?ker?chief|hanky|hankie)s?",  # "hankerchief", as fans spell it
     r"blood(?:y|ied|-?soaked|-?stained)?|soaked|zombie|infect\w*|on purpose|🩸", False),
    ("e03-gyeong-su-infected", r"blood(?:y|ied|-?soaked|-?stained) (?:tissue|rag|cloth|napkin)s?",
     r"rubb\w*|wip\w*|smear\w*|on purpose|infect\w*|(?:his|her|the|[\w-]+['’]s?) (?:cut|wound|scratch)", True),
    # in a text about the show, "that hankie" is the one: "gyeongsu deserved better, nayeon and that hankie"
    ("e03-gyeong-su-infected", r"(?:that|the|her|this|those|na-?yeon['’]?s?) (?:hand?ker?chief|hanky|hankie)s?", None, True),
    ("e08-cheol-su-flies-away", r"(?:no ?one|nobody|no-one)(?: else)?(?: was | is |['’]s | )(?:left|alive|surviv\w*|made it)",
     r"li(?:e|es|ed)|lying|said|says|told|tell(?:s|ing)?|claim\w*", True),
    # "the boy on the roof lies about everyone being dead": the same lie, told as everyone dead
    ("e08-cheol-su-flies-away", r"(?:every ?(?:one|body)|all the others|the others|the rest)(?: else)?(?: being| is| was| were| are|['’]s) (?:dead|gone)",
     r"li(?:e|es|ed)|lying|claim\w*|(?:told|tells?|telling) (?:them|the (?:pilot|crew|rescue\w*|soldiers?|army|military))", True),  # not "my friend said everyone's dead at the end"
    ("e10-no-vaccine", r"(?:no|not a|never a|never any) (?:vaccines?|cures?)|(?:vaccines?|cures?) (?:is |are |was )?(?:impossible"
     r"|not possible|can'?t|cannot|couldn'?t|won'?t|will never)|(?:can'?t|cannot|couldn'?t|can not|won'?t) (?:make|create"
     r"|develop|find) (?:a |the |any )?(?:vaccines?|cures?)",
     r"possible|impossible|made|make|creat\w*|develop\w*|learn\w*|finds? out|found out|military|army|scientists?|will be",
     False),
    ("e10-no-vaccine", r"yangdong", r"spread\w*|outbreak|reach\w*|falls?|fell|overrun|(?:goes|went|going) down|(?:is|got|gets) infected", False),
    # "so there's no vaccine?? they just gave up": told on its own, at its clause's end (not "there's no cure for the flu")
    ("e10-no-vaccine", r"there(?:['’]?s| is| was| will be) no (?:vaccines?|cures?)(?=\s*(?:$|[^\w\s'’-]|(?:then|at all|ever|lol|tho)\b))",
     None, True),
    # "Who is the first student infected at Hyosan High?": the rat's bite that starts it
    ("e01-hyeon-ju-bitten", r"(?:the )?first (?:student|kid|girl|person|one|victim)s?(?: to (?:be|get))?",
     r"infect\w*|bit(?:ten)?|zombie|to turn|turns?|patient zero", True),
    # "who gets bitten at the police station?": Byeong-chan's end there (facts.md E4); not a bite in its car park, by a
    # dog, nor the writer's own ("my dog got bitten at the police station")
    # (nor the writer's own day: "i almost died at the police station lol", "we died laughing", "the cop bit my head off")
    ("e04-byeong-chan-dies", r"police station(?! (?:parking|car ?park|lot))",
     r"^(?![^.!?]*?(?<![\w-])(?:(?:my|our|your) [\w-]+|i|we)(?: (?:almost|nearly|literally|basically|kinda|just))?"
     r" (?:(?:got|gets|was|were|is|getting) )?(?:bit|di))[^.!?]*?(?<![\w-])"
     r"(?:bitten|(?:gets?|got|getting) bit|bit(?= (?:my|his|her|him|them|someone|somebody|everyone)(?![\w-]))"
     r"(?! (?:my|his|her|their) (?:head|lips?|tongue|nails)(?![\w-]))|dies|died)"
     r"(?! by (?:a|an|his|her|my|the|some) (?!zombie)| (?:laughing|of (?:laughter|boredom|embarrassment|cringe)))",
     False),  # not "bites her nails", "a bit"
    ("e07-soldier-bitten", r"(?:(?:the|a|one|that) )?soldier", r"(?:bit(?:ten)?|(?:gets?|got|getting) bit)(?! by (?:a|an|his|her) (?!zombie))", False),  # fans' "the soldier"
    ("e05-library", r"library", r"one[- ]eyed?|eye ?stab\w*|stab\w* (?:[\w'’-]+ )?(?:in the |his |her )?eyes?|eyes? (?:stab|goug)\w*|goug\w*", False),  # "when the eye stab happened in the library"
    # one-eyed Gwi-nam: the library's eye stab (facts.md E5); "청산이가 귀남이 눈 찌를 때": the stab told actively
    ("e05-library", r"one[- ]eyed? (?:gwi-?nam|gui-?nam|kwi-?nam|guinam|gwinam|bully|era)|귀남(?:이|의)?\s?눈\s?(?:을\s?)?(?:찌(?:를|른|르는|름|르던|르고)|찔렀)\w*", None, True),
    ("e11-last-fight", r"shaft", r"burning|flaming|fire|flames", False),
    ("e11-last-fight", r"shaft", r"🔥", True),  # "cheongsan x gwinam in the shaft 🔥", not a game's mine shaft
    ("e11-so-ju-dies", r"flares?|flare sticks?|red (?:light )?sticks", r"zombies|horde|gym|lur\w*|draw\w*|hold\w* (?:them|the zombies|the horde) off|distract\w*", False),
    ("e11-last-fight", r"shaft", r"elevator|falls?|fell|falling|go(?:es)? down|went down|jump\w*", True),
    # the fight in the flames, as Korean tells it (불속 싸움): "who does cheongsan fight in the fire?", "x vs y in the flames"
    ("e11-last-fight", r"(?:in|into|amid|inside|through) (?:the |that |those )?(?:fire|flames|blaze)",
     r"fight\w*|fought|duel\w*|vs\.?|versus|final round|last stand|round (?:2|two)|rematch|showdown|face-?off|1v1", True),
    ("e10-gym-reunion", r"(?:gym )?(?:storeroom|storage room|store room)",
     r"reunion|reunit\w*|meet\w*|met|merg\w*|join\w*|together|find|found|scene", False),
    ("e10-gym-reunion", r"gym",
     r"reunion|reunit\w*|merg\w*|(?:meet\w*|met) up with|join(?:s|ed|ing)? (?:up|forces)"
     # one group of the story ending up there with others ("hari's archery club ends up in the gym with onjo's class"; not
     # the writer's "we ended up at the gym with jake's team", "my sis's class")
     r"|(?:(?<![\w-])(?<!my )(?<!our )(?<!your )[\w-]+['’]s (?:class|group|archers|archery club|club|team)|the (?:archers|class"
     r"|kids|students|others)) (?:ends?|ended|ending|winds?|wound) up (?:in|at) (?:the )?\s*with(?![\w-])", True),
    ("e10-cheong-san-meets-mother", r"(?:school |front )?gate",
     r"mom|mum|mother|eomma|umma", True),
    ("e02-i-sak-turns", r"her bite", r"hid(?:e|es|ing)?|hiding|conceal\w*|secret|cover\w* up", False),
    ("e02-i-sak-turns", r"(?:his|a|the|their) bite", r"hid(?:e|es|ing)?|hiding|conceal\w*|secret|cover\w* up", True),
    # a bite told as its mark ("hides the mark on her arm", "hiding that mark under her sleeve")
    ("e02-i-sak-turns", r"(?:her|his|a|the|that|their) (?:bite )?(?:mark|wound)(?: on (?:her|his|their) (?:arm|leg|hand|wrist|neck|shoulder))?",
     r"hid(?:e|es|ing)?|hiding|conceal\w*|secret|cover\w* up|under (?:her|his|their) sleeves?", True),
    ("e01-hyeon-ju-bitten", r"(?:lab )?(?:rat|mouse|hamster|rodent)",
     r"started (?:it|everything|the (?:whole )?(?:thing|outbreak|apocalypse))|(?:it |this |that )?all (?:started|began)|where it (?:all )?(?:started|began)"
     r"|patient zero", False),
    ("e01-hyeon-ju-bitten", r"(?:lab )?(?:rat|mouse|hamster|rodent)", r"bit(?:es|ten)?|bite|cage", True),
    ("e01-hyeon-ju-bitten", r"(?:lab )?(?:rat|mouse|hamster|rodent) in the (?:science )?lab", r"bit(?:es|ten)?|bite", False),
    # "who pushes the others out of the gym after being bitten"
    ("e11-joon-yeong-dies", r"(?:push\w*|shov\w*) (?:the others|them|everyone|the (?:other )?(?:kids|students)) out(?: of the gym)?",
     r"gym|bit(?:ten)?|bite", False),
    # "the mom shows up at the school": the mother who comes for her son (not "my mom": _OWN)
    ("e04-cheong-san-mother-attacked", r"(?:the|his|cheong-?san['’]?s?|chung-?san['’]?s?) (?:mom|mum|mother)",
     r"(?:shows?|showed|showing|turns?|turned) up (?:at|to) (?:the )?school|(?:rides?|rode|riding|comes?|came|coming"
     r"|arriv\w*|gets?|got|runs?|ran) (?:\w+ )?(?:at|to) (?:the )?school|scooter|🛵|motor(?:bike|cycle)"
     r"|(?:comes?|came|coming|rides?|rode|riding) (?:to find|for|looking for) (?:him|her son)", True),
    # the eye stab told as a scene without the library ("ㄱㄴ 눈 찔린 장면", "귀남이 눈 찔리는 짤")
    ("e05-library", r"눈\s?(?:을\s?)?찔(?:린|리는|림|렸|리던)", r"장면|씬|짤|scene", False),
    ("e05-library", r"도서관(?:에서|에|이)?", r"눈\s?(?:을\s?)?(?:잃|멀|찔)\w*|(?:loses?|lost|losing) (?:his |an |one |her )?eye", False),
    # the fire that opens the locked roof door ("the office fire popping the roof door open", "the roof door releasing in
    # the smoke"): the door's release (facts.md E8), not "that roof door scene was fire" (praise)
    ("e08-office-fire", r"roof ?doors?", r"(?<!is )(?<!was )(?<!so )(?<!straight )(?<!pure )fire(?! (?:scene|moment))|flames|smoke"
     r"|(?:pop|burst|swung|swing|fl(?:y|ew|ies)|spr[iau]ng|bust|blew|blow)\w*\s+(?:\w+\s+)?open|releas\w*|unlatch\w*"
     r"|open(?:s|ed|ing)? (?:up )?(?:by itself|on its own|automatically)", False),
    ("e08-office-fire", r"옥상\s?문(?:을|이|은|는|도)?", r"불(?:이|로|에|나서|나고|난|붙\w*)?|화재\w*|연기\w*", False),  # "교무실 불 때문에 옥상문 열림"
    # the assemblywoman's last act ("ripping up her resignation letter", "사직서 찢음"): facts.md E12
    ("e12-resignation-torn-up", r"(?:her |the |that )?resignation(?: letter| papers?)?|사직서\w*",
     r"rip(?:s|ped|ping)?|tear(?:s|ing)?|tore|torn|shred\w*|찢\w*", True),
    ("e12-resignation-torn-up", r"(?:the )?(?:assembly ?woman|congress ?woman|politician|lawmaker)|(?:국회)?의원(?:님)?(?:이|가|은|는)?",
     r"(?:rip(?:s|ped|ping)?|tear(?:s|ing)?|tore|torn|shred\w*)(?: up)? (?:\w+ ){0,2}resignation|사직서\s?(?:를|을)?\s?찢\w*", False),
    ("e07-roof-door-locked", r"옥상\s?문(?:을|이|은|는|도)?", r"잠(?:금|갔|궜|그|가|근|겼|김)\w*|안\s?열\w*|못\s?(?:열|들어)\w*", False),
    ("e08-office-fire", r"교무실(?:에|에서|을|이|에다)?", r"불\s?(?:을\s?)?(?:지름|질렀|지르|지른|냄|냈|났|붙)\w*|방화\w*", False),
    ("e08-office-fire", r"arsonists?|방화범\w*", None, True),  # "eunji the arsonist", "은지 방화범": the one who set the fire
    ("e08-office-fire", r"(?:teachers['’]? |school |the )office", r"(?:set|sets|setting|lit|lights?|lighting) (?:\w+ )*?(?:on )?fire|fire|flames|burn\w*|arson\w*|torch\w*", True),
    # a school's office set on fire is the show's anywhere ("Trivia: Who sets fire to the school office?")
    ("e08-office-fire", r"(?:school|teachers['’]?|staff) office", r"(?:set|sets|setting|lit|lights?|lighting) (?:\w+ )*?(?:on )?fire|burn\w*|arson\w*|torch\w*", False),
    # "which character swims back from an island (to find his daughter)": So-ju's swim; in a text that may be another
    # story's, for his child ("who swam back from the island in Lost?" is not ours)
    ("e07-so-ju-swims-back", r"(?:an|the|that|some) island", r"sw(?:im|ims|am|imming|um)(?: all the way)? back", True),
    ("e07-so-ju-swims-back", r"(?:an|the|that|some) island",
     r"sw(?:im|ims|am|imming|um)(?: all the way)? back\b.*\b(?:daughter|kid|child)", False),
    ("e06-pa-system", r"(?:school |pa |intercom )announcement|intercom|loudspeakers?|(?:the )?p\.?a\.?(?: system)?",
     r"trick|plan|idea|distract\w*|lur\w*|draw\w* (?:the )?zombies|reach\w*|genius", True),
    ("e02-train-to-busan", r"(?:this|it)(?:['’]s| is) (?:just |literally |basically )?train to busan", None, True),  # the line quoted
    # "hambie" is Dae-su's word (facts.md): the word itself named, or who calls them so, is his episode-9 line
    ("e09-dae-su-names-hambies", r"(?:the )?(?:word|term) [\"'“‘]?hambies?|(?:calls?|calling|called|nam(?:es|ed|ing)|coin(?:s|ed|ing)|dubb?(?:s|ed|ing)) (?:them|the infected) [\"'“‘]?hambies?", None, True),
    ("e05-archers-appear", r"🏹", r"ha-?ri|하리", True),  # "hari sniping zombies 🏹": her bow (facts.md trivia: E5)
    ("e02-train-to-busan", r"train to busan", r"dragg\w*|drags?|pull\w*|line|quot\w*|yell\w*|shout\w*"
     r"|(?:this|it)(?:['’]s| is) (?:just |literally |basically )?like|(?:this|it)(?:['’]s| is)(?= (?:just |literally |basically )?train)|call(?:s|ed|ing)? (?:it|this)"
     r"|call(?:s|ed|ing)? (?:the|what(?:'s| is)) (?:outbreak|infection|situation|chaos|apocalypse)"
     r"|compar(?:e|es|ed|ing) (?:the |this |their )?(?:outbreak|infection|situation|chaos|apocalypse|it|this) (?:\w+ )?to", True),  # "cheongsan: 'this is like train to busan'"
    # ("what does Cheong-san call the outbreak in the classroom?" answered "Train to Busan": the line, asked)
    # "what animal starts the outbreak at hyosan high?": the rat's bite, in a text about the show (not the Black Death's)
    ("e01-hyeon-ju-bitten", r"(?:which|what) animal|(?:lab )?(?:rat|mouse|hamster|rodent)|🐀|🐁|🐹",
     r"start(?:s|ed|ing)? (?:the |this |it |everything|all)(?:outbreak|infection|virus|zombie|whole|all|apocalypse)?"
     r"|(?:it all|everything|all this|this all) start(?:s|ed)", True),
    # the toilet the class makes in its classroom ("made a toilet out of a bucket", "the bucket toilet")
    ("e04-makeshift-toilet", r"(?:a |the |their )?(?:bucket |makeshift |diy )?toilet",
     r"(?:ma(?:de|ke|kes|king)|buil[dt]\w*|improvis\w*) (?:a |the |their )?(?:bucket |makeshift |diy )?toilet|out of a bucket|in the classroom", True),
    ("e04-makeshift-toilet", r"(?:a |the |their )?(?:bucket |makeshift )?toilet", r"in (?:the|their|a) classroom", False),  # anywhere: a classroom's
    ("e04-makeshift-toilet", r"(?:bucket|makeshift|diy|homemade|improvised) toilet|(?:교실|양동이)\s?(?:에|에서|로)?\s?화장실\w*", None, True),
    # the bite I-sak hides under her bandage ("isak's bandage 🩹 we all knew", "이삭이 붕대로 물린 데 가림")
    ("e02-i-sak-turns", r"bandages?|붕대\w*", r"hid\w*|hiding|under|cover\w*|conceal\w*|knew|숨\w*|가리\w*|가림|가렸\w*|밑에\w*", True),
    ("e03-gyeong-su-infected", r"손수건\w*", r"사건|씬|장면|피\s?묻\w*|좀비\s?피\w*|감염\w*", True),  # "경수 손수건 사건"
    # the handkerchief said with the one it was used on ("경수한테 손수건으로 그런 짓을", "gyeongsu and
    # the hanky"): the infection, as "Na-yeon's handkerchief" is
    ("e03-gyeong-su-infected", r"손수건\w*|hank(?:y|ie)s?|handkerchiefs?", r"경수\w*|gyeong-?su|kyung-?soo", True),
    ("e05-martial-law", r"hyosan|효산\w*", r"seal(?:s|ed|ing)? (?:\w+ )?off|locked down|lockdown|cordon\w*|under martial law"
     r"|봉쇄\w*|계엄\w*", False),  # "hyosan sealed off by the army"
    ("e06-pa-system", r"(?:the |school |class(?:room)? )speakers?|speaker system",
     r"(?:lur\w*|distract\w*|draw\w*)(?: [\w-]+){0,3} zombies", False),  # "using the school speakers to lure the zombies"
    ("e08-jae-ik-minibus", r"mini-?bus(?:es)?|미니버스\w*", r"detective|jae-?ik|cops?|police\w*|picks? (?:\w+ )?up|picked (?:\w+ )?up"
     r"|rescu\w*|형사\w*|재익\w*", False),
    ("e10-dae-su-confesses", r"(?:gym )?(?:storeroom|storage room|store room)|(?:체육관\s?)?창고(?:에서|에)?", r"confess\w*|고백\w*", True),
    # "cheolsu got jumped at the camp", "철수 캠프에서 은지한테 공격당함": the attack at the quarantine camp
    ("e09-cheol-su-attacked", r"(?:the |quarantine )?" + OTHER_CAMP + r"camp|" + OTHER_CAMP_KO + r"(?:격리\s?)?(?:캠프|수용소)(?:에서|에)?", r"attack\w*|jump(?:s|ed)|(?:gets?|got|getting) what (?:was|is) coming|공격\w*|습격\w*", True),
    # "eunji got exposed at the camp", "은지 캠프에서 정체 들킴": the carriers found out at the quarantine camp
    ("e09-eun-ji-exposed", r"(?:the |quarantine )?" + OTHER_CAMP + r"camp|" + OTHER_CAMP_KO + r"(?:격리\s?)?(?:캠프|수용소)(?:에서|에)?",
     r"expos\w*|(?:blow\w*|blew) up (?:the )?(?:whole )?(?:camp|evacuation)|(?:gets?|got|getting) (?:caught|found out)|(?:were|was) found|(?:들(?:킴|켰|켜|킨)|정체\s?(?:탄로|드러|밝혀))\w*", True),
    # a couple's ship name with what the couple does: "suhnam rooftop kiss", "onsan campfire confession", "daeri confession"
    ("e07-kiss", r"suhnam|namsu|suhra|수남|남수", r"kiss\w*|💋|키스\w*|뽀뽀\w*", False),
    ("e08-cheong-san-confesses", r"onsan|온산|청온|온청", r"confess\w*|고백\w*|i like you|campfire", False),
    ("e11-goodbye-kiss", r"onsan|온산|청온|온청", r"(?:goodbye|last|final) kiss|kiss(?:es|ed|ing)? goodbye|construction site", False),
    ("e10-dae-su-confesses", r"daeri|dae-?ri", r"confess\w*|고백\w*", False),
    # "the 'i like you' under the stars on the school roof": the confession by the rooftop campfire (the gym's is Dae-su's)
    ("e08-cheong-san-confesses", r"(?:the )?[\"'“‘]i (?:like|love) you[\"'”’]|the i (?:like|love) you|(?:the|his|that) confession",
     r"(?:school )?roof ?(?:top)?|campfire|bonfire|under the stars", False),
    # "청산 귀남 불속에서 마지막 싸움": the last fight in the fire, told in Korean
    ("e11-last-fight", r"불\s?(?:속|길|구덩이|바다)(?:에서|에|으로|로)?", r"싸(?:움|우|웠|워)\w*|마지막|결투\w*|최후\w*", True),
    # "남라 마지막에 자기만 있는게 아니라고 함": Nam-ra's last words, told in Korean (not "나만 그런 게 아니라": me too)
    # "the rooftop goodbye", "goodbye on the roof": Nam-ra's farewell on the school roof four months later
    ("e12-rooftop-campfire", r"roof ?top (?:goodbye|farewell|reunion)|roof (?:goodbye|farewell|reunion)"
     r"|(?:goodbye|farewell|reunion) on (?:the |that )?roof(?: ?top)?|옥상\s?(?:작별|이별|재회)\w*", None, True),
    # "more halfbies out there besides namra": her last words on the roof (facts.md E12: she is not the only one)
    ("e12-rooftop-campfire", r"(?:more|other) (?:halfbies|hambies|hybrids|half-?zombies)(?: (?:like her|out there))?",
     r"out there|like her|besides (?:her|nam-?ra|namra)|ending|at the end|on the roof", True),
    ("e12-rooftop-campfire", r"(?:자기|저|나|지)만\s?(?:있는|있던|살아남은|남은)\s?(?:게|거|건|것이|것은)\s?아니\w*", None, True),
)


#: What every row's thing holds (lowercase): the cheap test most sentences stop at.
_KEYS = ("soldier", "commander", "pilot", "crew", "rescue", "first", "there", "헬", "쥐", "library", "roof", "heli", "chopper", "room", "door", "drone", "laptop", "storm", "rain", "vaccine", "cure", "yangdong", "shaft", "flare", "gym", "push", "shov",
         "gate", "bite", "mark", "wound", "rat", "mom", "mum", "mother", "도서관", "옥상", "교무실", "office", "announce", "arson", "방화", "intercom", "loudspeaker", r"\bp\.?a\b", "busan", "mouse", "hamster", "rodent", "🐀", "🐁", "🐹", "toilet", "hank", "animal", "bucket", "불", "아니", "kerchief", "one", "body", "hunger", "zombies", "island",
         "bandage", "붕대", "손수건", "hyosan", "효산", "speaker", "minibus", "mini-bus", "미니버스", "storage", "창고", "suhnam",
         "namsu", "suhra", "수남", "남수", "onsan", "온산", "청온", "온청", "daeri", "dae-ri", "camp", "캠프", "수용소", "blood", "stick", "eye", "🏹", "general", "cheol", "chul", "철수", "귀남", "made it", "jin", "halfbie", "hambie", "hybrid", "half", "찔", "responsib", "fire", "flame", "blaze", "resign", "사직서", "의원", "army", "military", "troops", "police")
_KEY = re.compile("|".join(_KEYS))
_CLOSED = re.compile(r"\s*(?:$|[^\w\s'’-]|(?:now|anymore|after all|lol|tho|though|so|and|but|then)(?![\w-]))", re.I)
_OWN = re.compile(r"(?:^|\W)(?:my|our|your)\s+$", re.I)  # the writer's own thing, not the show's
#: A place every town has: it tells a scene only with what happens there, never that an episode named beside it is the
#: show's ("the police station near me has free wifi, watched ep 4 there").
_EVERY_TOWNS = re.compile(r"police station", re.I)
#: Someone of the writer's own doing it to the thing ("our teacher locked the roof door again"): the writer's day.
_OWN_DOER = re.compile(r"(?:^|\W)(?:my|our|your)\s+(?:[\w-]+\s+)?(?:teacher|brother|sister|mom|mum|dad|friend|coach|principal"
                       r"|janitor|cousin|neighbou?r|roommate)s?\s+(?:[\w-]+\s+){1,3}$", re.I)
#: A thing of the writer's own place ("the PA system at my school", "the gym in our building").
#: ... and a person of the writer's street ("the bow kid next door"; not "the music room next door": the show's).
_OWN_PLACE = re.compile(r"(?:(?<=kid)|(?<=girl)|(?<=boy)|(?<=guy)|(?<=lady)|\s+(?:kid|girl|boy|guy|lady)s?)\s+(?:next door|down the"
                        r" (?:street|road|block|hall)|across the (?:street|road|hall))(?![\w-])"
                        r"|(?:\s+[\w-]+){0,2}?\s+(?:(?:at|in|of|on|from|near|over|above|outside|past|by)\s+(?:my|our|your)\s+(?:[\w-]+\s+)?(?:school|class(?:room)?"
                        r"|house|home|building|office|work|job|uni(?:versity)?|college|campus|dorm|town|city|street"
                        r"|neighbou?rhood|area|church|club|team|gym"
                        # the writer's own reading, playing or dreaming: "the kiss in my fave webtoon" (not "my fave show")
                        r"|webtoons?|manhwas?|mangas?|books?|novels?|fics?|fanfics?|comics?|games?|dreams?)(?![\w-]))", re.I)


#: A word done to the writer's own ("bombed my chem test", "a hamster bit my finger"): the writer's day, not the show.
_TO_OWN = re.compile(r"\s+(?:\w+\s+)?(?:(?:my|our)\s+(?:[\w-]+\s+)?(?:test|exam|quiz|finger|hand|arm|leg|toe|foot|feet|nose"
                     r"|ear|face|cat|dog|pet|sister|brother|mom|mum|dad|friend|teacher|homework|interview|presentation)s?"
                     r"|(?<=bit )me|(?<=bites )me)(?![\w-])", re.I)  # not "the flare scene killed me": a reaction


#: Archery as a sport someone does ("anyone doing archery this weekend?", "the olympic archery final", "archery is
#: such a cool sport", "archery practice"): the writer's world, not the show's archers.
_ARCHERY = re.compile(r"archer(?:y|s)?(?: club| team)?|bows?|arrows?", re.I)
_SPORT_BEFORE = re.compile(r"(?:^|\W)(?:olympics?|olympic|paralympic|doing|do|does|try|tried|trying|love|loves|took up|take up"
                           r"|started|competitive|recurve|compound)\s+$", re.I)
_SPORT_AFTER = re.compile(r"\s+(?:(?:kids?|girls?|boys?|guys?)\s+(?=at the))?(?:(?:club|team)\s+(?=try-?outs?|practice|tournament|competition|season))?(?:is (?:such |so |a |an |really |the )*(?:cool|fun|hard|great|relaxing|best)?\s*(?:sport|hobby)"
                          r"|practice|lessons?|classes|tryouts?|try-outs?|range|competitions?|contests?|tournaments?|finals?|world cup|this weekend"
                          r"|season|equipment|gear|at the (?:asian games|olympics?|paralympics|world championships?|nationals))(?![\w-])", re.I)


#: The writer's own school day ("fire drill at school today", "at school this morning"): "school" with no article is
#: the writer's, as is a drill; fans tell the show's as "the school", "hyosan high".
_SCHOOL_DAY = re.compile(r"(?:^|\W)(?:(?:at|in|after|before) school (?:today|yesterday|this (?:morning|week|afternoon))"
                         r"|(?:today|yesterday) (?:at|in) school|fire (?:drill|alarm)s?)(?![\w-])", re.I)
#: ... unless the show is relayed before the thing ("at school today someone told me the soldiers leave them on the roof",
#: "fire drill today reminded me of the roof door bursting open"): the writer's day only frames a spoiler then.
_RELAYED = re.compile(r"\b(?:said|says|say|told|tells?|spoil\w*|remind\w*|ruined|heard|like (?:when|in)|in the (?:show|ep|episode))\b",
                      re.I)


def writers_own(sentence: str, start: int, end: int) -> bool:
    """Whether the thing at `start`:`end` is the writer's own ("our PA system", "the PA system at my school",
    "the archery girl at my school", "bombed my test", "a hamster bit my finger", archery as a sport, "the roof door
    was locked" on the writer's school day), not the show's."""
    return (_OWN.search(sentence, 0, start) is not None or _OWN_PLACE.match(sentence, end) is not None
            or (_SCHOOL_DAY.search(sentence) is not None and _RELAYED.search(sentence, 0, start) is None)
            or _OWN_DOER.search(sentence, 0, start) is not None
            or _TO_OWN.match(sentence, end) is not None
            or (_ARCHERY.fullmatch(sentence, start, end) is not None
                and (_SPORT_BEFORE.search(sentence, 0, start) is not None or _SPORT_AFTER.match(sentence, end) is not None)))


@dataclass(frozen=True)
class Scene:
    position: Position
    thing: Pattern
    happening: Pattern | None
    show: bool


class Scenes:
    """The rows of `SCENE_ROWS` whose event the pack has, at the pack's episodes."""

    def __init__(self, scenes: list[Scene]) -> None:
        self._scenes = scenes
        # One cheap test for all the things first: most sentences hold none.
        patterns = [s.thing.pattern for s in scenes]
        if patterns and all(p.startswith(_B) for p in patterns):  # as `from_pack` builds them: the word-start test
            patterns = [_B + "(?:" + "|".join(f"(?:{p.removeprefix(_B)})" for p in patterns) + ")"]  # once, not per thing
        self._any = re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", re.I)

    @classmethod
    def from_pack(cls, pack: ContentPack) -> Scenes:
        scenes = []
        for event_id, thing, happening, show in SCENE_ROWS:
            event = pack.events.get(event_id)
            if event is not None and (event.episode is not None or event.between is not None):  # between two: the later
                # what happens is read only in a sentence that names the thing: compiled then (a start
                # compiles ninety of them, most never read)
                scenes.append(Scene(event.spoils, re.compile(_B + r"(?:" + thing + r")" + _E, re.I),
                                    compile_later(_B + r"(?:" + happening + r")" + _E, re.I) if happening else None, show))
        return cls(scenes)

    def names_thing(self, sentence: str) -> bool:
        """Whether `sentence` names a thing or a place of one of the scenes ("the rat", "the music room"), not the
        writer's own ("my laptop died at ep 2")."""
        return bool(_KEY.search(sentence.lower())) and any(
            not writers_own(sentence, m.start(), m.end()) and not _EVERY_TOWNS.match(m.group(0))
            for m in self._any.finditer(sentence))

    def find(self, sentence: str, show: Callable[[], bool]) -> Iterator[tuple[Position, str]]:
        """The pack positions of the scenes `sentence` tells, with the words that tell each (`show()`: the
        text is about the show)."""
        low = sentence.lower()
        if not _KEY.search(low) or not self._any.search(sentence):
            return
        for scene in self._scenes:
            thing = scene.thing.search(sentence)
            if thing is None or (scene.show and not show()) or writers_own(sentence, thing.start(), thing.end()):
                continue
            outside = sentence[:thing.start()] + " " + sentence[thing.end():]  # what happens, not the thing's own words
            # what happens may be the thing's own giveaway word too ("a vaccine was impossible"), when the thing
            # ends its clause: "a vaccine is impossible for HIV" is another disease's
            happening = (scene.happening.search(outside) or (_CLOSED.match(sentence, thing.end()) and scene.happening.search(
                thing.group(0)))) if scene.happening else None
            if scene.happening is None or happening is not None:
                yield scene.position, thing.group(0)


#: Fans' names for people only this show has ("the kid on the roof", "the bullied girl": facts.md's Cheol-su and Eun-ji,
#: lexicon_slang.ROLES): in a text that also tells a place or event of the show ("got what was coming at the camp")
#: they say it is about the show, as a name would (about_show below; the scene words alone are any story's).
SHOW_ROLES = re.compile(_B + r"(?:(?:boy|kid|guy|dude) (?:(?:who|that) (?:hid|hides|was hiding) )?(?:from|on) the roof(?:top)?"
                        r"|roof(?:top)? (?:boy|kid|guy|dude|coward)|(?:the|that) bullied girl)" + _E, re.I)


#: What the writer or someone of their own life is said to be ("i'm patient zero", "my little brother is the bully"):
#: a role so said names no one of the show. Only their own people: "my fave is the class president", "my bias
#: was the welfie girl" name the show's (fans' "my son", "my baby", "my girl" too: never read past).
_OWN_PEOPLE = (r"(?:" + alternation(*PARENTS, *SIBLINGS, *SIBLINGS_SHORT) + r"|daddy|mommy|mama|papa|cousin|uncle|aunt|auntie"
               r"|grandma|grandpa|grandmother|grandfather|granny|husband|wife|boss|neighbou?r|roommate|coworker|co-worker"
               r"|classmate|cat|dog|puppy|kitten|pet|teacher|doctor|job|friend)")
_PREDICATE = compile_later(r"(?:^|[^\w'’-])(?:i['’]?m|i am|i was|(?:my|our) (?:(?:little|lil|big|younger|older|baby|best) )?"
                        + _OWN_PEOPLE + r" (?:is|was|['’]s))\s+"
                        r"(?:(?:now|literally|basically|lowkey|also|just|like|officially|a|an|the)\s+)*$", re.I)
#: Whose it is: "my class president", "our school's science teacher" are real people (fans' "our class president" may
#: be Nam-ra) ...
_WHOSE = compile_later(r"(?:^|[^\w'’-])(?:my(?: (?:school|class)['’]s)?|our (?:school|class)['’]s)\s+$", re.I)
#: ... unless the clause tells a fate of the show's ("my class president 😭 survived", "my prez is back in s2"): a fan's
#: fond "my", as "my son", "my girl"; a real class president is never bitten, turned or back from the dead.
_FATE_TOLD = compile_later(r"[^.!?\n,;]*?(?<![\w-])(?:surviv\w*|alive|(?:makes?|made|making) it(?! to (?!the end))|lives|lived"
                           r"|is back|['’]s back|back (?:in|for) (?:s2|season|part)|returns?|returned|returning|(?:came|comes|coming) back"
                           r"|bit|bitten|bites?|got bit|turn(?:s|ed)? into|turned|halfbie|hambie|half[- ]?zombie|died|dies|dead|killed"
                           r"|rip)(?![\w-])", re.I)


#: The words _PREDICATE lets stand between "is" and the role ("my dad is now literally a firefighter").
_LINKING = frozenset({"now", "literally", "basically", "lowkey", "also", "just", "like", "officially", "a", "an", "the"})
#: Longer than any "[,]our younger grandmother was" that _PREDICATE or _WHOSE reads before that run.
_LEAD = 80


def _lead_start(sentence: str, start: int, linking: frozenset[str]) -> int:
    """Where _PREDICATE's or _WHOSE's match ending at `start` can begin at the earliest: before the run of spaces and
    `linking` words right before the role, by _LEAD. Searched from there, not from the sentence's start, a text of
    500 roles ("la profe la profe ...") is read in linear time, not square, with the same result."""
    i = start
    while True:
        while i > 0 and sentence[i - 1].isspace():
            i -= 1
        word = i
        while word > 0 and sentence[word - 1].isalpha():
            word -= 1
        if word == i or sentence[word:i].lower() not in linking or word == 0 or not sentence[word - 1].isspace():
            return max(0, i - _LEAD)
        i = word


def predicated(sentence: str, start: int, end: int) -> bool:
    """Whether the role at `start`:`end` is what the writer or someone of theirs is ("my dad is a firefighter"), or
    the writer's own ("my class president made us watch ep 6", not "my class president survived 😭"; "the bow kid at
    my archery club")."""
    return _PREDICATE.search(sentence, _lead_start(sentence, start, _LINKING), start) is not None or _OWN_PLACE.match(
        sentence, end) is not None or (_WHOSE.search(sentence, _lead_start(sentence, start, frozenset()), start) is not None
                                       and _FATE_TOLD.match(sentence, end) is None)


#: A role right after a name with "the", its description ("min-jae the archer", "woojin the little brother"); not a list
#: ("이삭 경수 박쌤", "isak, gyeongsu, the teacher": each of them)
_APPOSED = re.compile(r"\s+(?:the\s+|(?=the\s))", re.I)


def apposed(sentence: str, start: int, ends: Iterable[int]) -> bool:
    """Whether the role at `start` follows a name that ends at one of `ends` as the name's description: the named one is
    whom the sentence tells of ("min-jae the archer dies": Min-jae, not Ha-ri; "suhyeok the class president": Su-hyeok)."""
    # the gap is spaces and one "the" at most: a name ending before them is never apposed (skipped unmatched, so a text
    # of hundreds of roles is read in linear time)
    nearest = start
    while nearest > 0 and sentence[nearest - 1].isspace():
        nearest -= 1
    if sentence[max(0, nearest - 3):nearest].lower() == "the":
        nearest -= 3
        while nearest > 0 and sentence[nearest - 1].isspace():
            nearest -= 1
    return any(_APPOSED.fullmatch(sentence, end, start) is not None for end in ends if nearest <= end < start)


_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]+")


def names_another_story(resolver: NameResolver, sentence: str, start: int, word: str, show: Callable[[], bool]) -> bool:
    """Whether a name read one letter off ours is another story's: capitalised inside the sentence
    ("helped Data and Guinan") in a text not about the show, and not a slip of typing one of ours (two
    letters swapped, "Who does Gwinma bite?", or a long name, "How does Cheongsna die?": an import's typo)."""
    before = sentence[:start].rstrip()
    return (bool(before) and before[-1] not in ".!?" and _CAPITALISED.fullmatch(word) is not None
            and not resolver.mentions(word, fuzzy=False) and not resolver.slipped(word) and not show())


def about_show(resolver: NameResolver, characters: Callable[[Iterable[Entity]], frozenset[str]], text: str) -> bool:
    """Whether a text is about the show: a word only it uses, or someone of it named as written (not one
    letter off: "Guinan" is Star Trek's; a role only if only it has one, "the kid on the roof": not "the main character");
    `characters`: the characters a name's candidates stand for (an actor for their roles)."""
    return bool(SHOW_WORDS.search(text) or SHOW_ROLES.search(text)) or any(
        characters(m.candidates) for m in resolver.mentions(text, fuzzy=False))
