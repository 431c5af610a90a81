"""Fan wordings read as the question they ask, before analysis (on the clause's slot text):

- "what happens if you get bitten", "what happens when someone gets bit": how the infection works
  (the virus's record), never whichever bite the event index finds first;
- "who survives the bombing", "who survived the missile strike", "who are the students that survived":
  who survives (the survivors);
- "who made it to the camp", "who got out alive": who survives;
- "do they get rescued", "are the kids saved in the end", "does anyone get out alive": whether they
  survive (never "Yes." off a record that says "rescue paramedic"); "do they all die": whether everyone does;
- "the detective partner", "the teacher son": a possessive's 's dropped ("the detective's partner");
- "namra x suhyeok??", "namra/suhyeok ship": whether they are a couple;
- "what is the name of the detective", "whats the detective's name": who the detective is;
- "list every death", "name all the deaths": who dies; "list all zombies": who turns into one;
- "is the show like the webtoon", "is it faithful to the webtoon": how they differ (never a bare
  "Yes." over the webtoon's run);
- "bro gwinam just doesnt die": what happens to them (their fate answers the claim), never a line that
  merely names them;
- "what ep is the big roof fight", "the epic library scene": a fan's praise of a scene is no part of
  which scene it is ("the final fight" is the last one);
- "why did gwinam go after chungsan": hunting him ("after" is then no conjunction to match);
- "does the bully get what he deserves", "did jin-su survive the fall": what happens to them;
- "gyeongsu mom", "is hari brother alive": a possessive typed without its 's ("gyeongsu's mom"), never
  a record that merely names both (Gyeong-su mauls Cheong-san's mother);
- "su hyuk and nam ra kiss ep", "ji min die ep": an episode asked with "ep" after what happens;
- "s2 ep count": how many episodes;
- "청산이 시즌2 나와?" (glossed "ent0 season 2 come out"): whether they are in season 2, never a release;
  "학생 몇 명 죽어?" (glossed "students how many die"): how many students die;
- "how many people did gwinam bite", "how many did namra kill": whom they did it to, each named (the
  sources keep no tally; never "No" read off "Gwi-nam is never bitten");
- "the guy who bullied everyone": the one who bullies (the bully), never whom the sources call "bullied";
  "the girl who was mean to gyeongsu", "who was rude to him": who bullies them ("mean" is then no "meaning");
- "which character was in squid game": who was in it (never a record that merely names the show);
- "did jtbc make it": the company made the show ("make it" is then no surviving);
- "did byeong chan want to make zombies": why they did it (their motive, never a verdict off what
  they did or their fate);
- "what was yoo in soo's first drama", "is this park ji hu's first role": their debut (the sources never give it);
- "is gwinam 100% dead", "is namra definitely alive": how sure the asker wants it is no part of the question;
- (a clause that asks only "which episode" of the clause before it: bot/lore/answer/follow_up_clauses.py).
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.episode_newcomers import reworded as newcomers_reworded
from bot.lore.answer.loose_wordings import loosely_asked, loosely_said
from bot.lore.answer.negated import negated_who
from bot.lore.answer.production import COMPANIES
from bot.lore.answer.rephrased import rephrased
from bot.lore.answer.season2_asked import season2_asked
from bot.lore.answer.spoiled import spoiler_asked
from bot.text import month_alternation

_YOU = r"(?:you|u|ya|someone|somebody|anyone|a person|people|ppl|they|a student|a human)"
# "what happens if a zombie bites you": the same, said the other way round
_IF_BITES = compile_later(
    rf"^\s*what (?:happens|happen|will happen|would happen) (?:if|when|after) (?:a |the )?zombies? (?:bites?|bit|gets?|infects?|scratch\w*) "
    rf"(?:to )?{_YOU}\W*$"
)
_IF_BITTEN = compile_later(
    rf"^\s*what (?:happens|happen|will happen|would happen)(?: to {_YOU})? (?:if|when|after) {_YOU} "
    r"(?:gets?|got|are|is|get) (?:bitten|bit|bited|infected|scratched)\b(?: by (?:a |the )?zombies?)?\W*$"
)
_SURVIVE_BOMBING = compile_later(
    r"^\s*who (?:all |else )?(?:survives?|survived|lives?|lived|makes? it through|made it through) "
    r"(?:the |after the )?(?:bombing|bombings|missiles?|missile strikes?|air ?strikes?|bomb|bombs|explosions?)\W*$"
)
# "did anyone survive the bombing": whether anyone lives (six students reach the camp), never "No." off the one
# death a record ties to the missiles (the commander's)
_ANYONE_SURVIVES_BOMBING = compile_later(
    r"^\s*(?:so |and |ok |but )?(?:did|does|do|will|could|can) (?:anyone|anybody|any of them|any students|someone|somebody|"
    r"they|the students|the kids|people) (?:even |actually )?(?:survive|live through|make it through|get out before) "
    r"(?:the |after the )?(?:bombing|bombings|missiles?|missile strikes?|air ?strikes?|bomb|bombs|explosions?)\W*$"
)
# "does cheongsan die for onjo", "did ms park die to save nayeon": how the one asked of meets their end (their fate,
# no verdict), never "No." read off the other's fate (On-jo is not killed)
_DIES_FOR = compile_later(r"^\s*(?:so |and |but |wait )?(?:does|did|do) (ent\d+) (?:really |actually )?(?:die|dies|died) "
                       r"(?:for|to save|saving|protecting|because of) (?:ent\d+|the \w+|her|him|them|everyone|everybody|"
                       r"his \w+|her \w+)\W*$"
                       # "did cheongsan sacrifice himself": what happens to him (his sacrifice is told; his death is not
                       # certain), never "not confirmed" read off the record that doubts his body was found
                       r"|^\s*(?:so |and |but |wait )?(?:does|did|do) (ent\d+) (?:really |actually )?(?:sacrifice|sacrificed|"
                       r"sacrifices)(?: himself| herself| themself| themselves)?(?: for (?:the others|everyone|everybody|them|"
                       r"the group|his friends|her friends|the students|the kids))?\W*$")
# "is s2 confirmed for 2027", "is season 2 set for december": whether it comes out then (no date is announced),
# never "No." off an old report nor "not any more" off a superseded guess
_CONFIRMED_FOR = compile_later(r"^\s*(?:so |and |but |wait )?(?:is|was|has) (season 2|s2|season two|aouad 2|the new season) "
                            r"(?:been )?(?:officially |actually )?(?:confirmed|set|scheduled|slated|planned|announced|dated) "
                            r"(?:for|in|to (?:come out|release|drop|air|premiere) in) ((?:(?:early|late|mid|the end of|the start of) )?"
                            rf"(?:20\d\d|{month_alternation(names=True)}|"
                            r"this year|next year|spring|summer|fall|autumn|winter|christmas)(?: 20\d\d)?)\W*$")
# "was season 2 announced in june", "was s2 confirmed in 2022": when the news came (the renewal, June 2022), never
# a release date checked ("is s2 confirmed for march" and "was s2 announced for march" still are)
_ANNOUNCED_THEN = compile_later(r"^\W*(?:so |and |but |wait )?(?:was|were) \S+(?: \S+)? (?:officially )?(?:announced|confirmed) in\b")
_SURVIVING_GROUP = compile_later(
    r"^\s*(?:so |and |ok |okay )?(?:who|which)(?: ones)? (?:are|were|r) (?:the |all the |all of the )?"
    r"(?:students|kids|people|characters|ones|teens|classmates|friends|main characters|survivors)"
    r"(?: (?:that|who|which))? (?:survived|survive|lived|live|made it|make it|are still alive|are alive|were alive|are left)"
    r"(?: in the end| at the end| until the end| till the end| to the end)?\W*$"
)
# "who made it to the camp", "who gets out alive", "who makes it to the end of s1": who survives
_MADE_IT = compile_later(
    r"^\s*who (?:all |else )?(?:made|makes|make|got|gets|get|reached|reaches|reach|escaped|escapes|escape)(?: it)?"
    r"(?: out)?(?: to| into)? (?:the )?(?:quarantine camp|camp|safety|safe zone|out alive|alive|finale|last episode|end(?: of (?:s1|season 1|season one|the show|the series|the season))?)(?: in the end| at the end)?\W*$"
)
# "gwinam's victims", "who were gwinams kills", "whats gwinams body count": whom they killed (a bite that turns counts,
# the lead's ruling)
_VICTIMS = compile_later(r"^\s*(?:who (?:are|were|r) |what(?:['’]s| is| are| were|s) |list )?(?!(?:his|her|their|its|the|who)\b)(\w[\w -]*?)(?: ?'s|s'|s|(?<=ent\d)) "
                         r"(?:victims|kills|kill list|body count)\W*$")
_GROUP = r"(?:they|the (?:students|kids|class|survivors|main characters|characters|friends|group)|(?:any|some|all) of them|anyone|anybody)"
_THEY_RESCUED = compile_later(
    rf"^\s*(?:so |and |ok |but )?(?:do|does|did|are|were|was|will|is) {_GROUP}(?: all| ever| eventually| finally)? "
    r"(?:get |got |gets |be |been |getting )?(?:rescued|saved|evacuated|make it out|made it out|makes it out|out alive|"
    r"get out alive|got out alive|gets out alive|get out|got out|gets out|make it|made it)(?: in the end| at the end| eventually| alive)?\W*$"
)
_ALL_DIE = compile_later(r"^\s*(?:so |and |ok |but )?(?:do|did|does) (?:they|the (?:students|kids|characters|main characters)) all die"
                      r"(?: in the end| at the end)?\W*$|^\s*(?:do|did) all of them die\W*$")
_SHIP = compile_later(r"^\s*(ent\d+)\s*(?:x|&|\+|/|and|n|&&)\s*(ent\d+)\s*(?:ship|shipping|couple|otp)?\s*(?:\?\s*)+$"
                   r"|^\s*(ent\d+)\s*(?:x|&|\+|/)\s*(ent\d+)\s*(?:ship|shipping|couple|otp)?\W*$")
_NAME_OF = compile_later(r"^\s*what(?:'s| is|s| was)? (?:the )?(?:real |full |actual )?name of (the (?:[a-z]+ ){0,2}[a-z]+)\W*$"
                      r"|^\s*what(?:'s| is|s| was)? (the (?:[a-z]+ ){0,2}[a-z]+?) ?'s (?:real |full |actual )?name\W*$")
_PERSON_NOUNS = frozenset(
    "detective teacher cop officer policeman commander soldier bully president girl boy guy kid student "
    "firefighter assemblywoman politician dad father mom mother brother sister archer captain nerd youtuber baby "
    "villain character actor actress".split()
)
_EVERY_DEATH = compile_later(r"^\s*(?:list|name|tell me|show me|give me)(?: me)? (?:every|all|all the|each|the) ?(?:deaths?|"
                          r"(?:people|characters|students|ones) (?:who|that) (?:die|died|dies))\W*$")
_EVERY_ZOMBIE = compile_later(r"^\s*(?:list|name|tell me|show me|give me)(?: me)? (?:every|all|all the|each|the|all of the)? ?"
                           r"(?:zombies|zombified characters|characters (?:who|that) (?:turn|turned|become|became) zombies)\W*$")
_LIKE_WEBTOON = compile_later(
    r"^\s*(?:is|was)\s+(?:the show|it|the series|the drama|the netflix (?:show|series)|aouad|the kdrama)\s+(?:just\s+|really\s+)?"
    r"(?:like|the same as|same as|similar to|faithful to|true to|close to|accurate to)\s+(?:the\s+)?"
    r"(?:webtoon|manhwa|comic|original)\W*$"
)
_KIN = r"(?:partner|dad|father|mom|mother|mum|son|daughter|brother|sister|wife|husband|boyfriend|girlfriend|kid|child)"
_DROPPED_S = compile_later(rf"\bthe (detective|cop|teacher|principal|commander|firefighter|soldier|bully|assemblywoman) ({_KIN})\b")
_DOESNT_DIE = compile_later(
    r"^\s*(?:(?:bro|bruh|dude|man|lol|lmao|omg|ngl|fr|like)\s+)*(ent\d+)\s+(?:just |literally |really |simply |never )?"
    r"(?:doesnt|doesn't|does not|didnt|didn't|did not|wont|won't|never) (?:ever |even |really )?(?:die|dies|died)"
    r"(?: (?:lol|lmao|bro|bruh|man|dude|fr|huh|or what|right|does he|does she|wtf))*\W*$"
)
# "does the bully get what he deserves", "did gwinam get his karma", "did jin-su survive the fall": what
# happens to them (their fate says it, with no verdict on what they deserve or on one moment of it)
_WHO = r"(?P<who>ent\d+|the(?: [a-z]+){1,3}?)"
_DESERVES = compile_later(
    rf"^\s*(?:does|did|will|do)\s+{_WHO}\s+(?:ever\s+|finally\s+)?(?:get|gets|got|receive|pay)\s+(?:what (?:he|she|they) "
    r"(?:deserve[sd]?|had coming|has coming)|(?:his|her|their) (?:comeuppance|karma|just deserts|punishment)|karma|punished"
    r"|for (?:it|that|what (?:he|she|they) did))\W*$"
)
_SURVIVE_THE = compile_later(
    rf"^\s*(?:does|did|will|do)\s+{_WHO}\s+(?:survive|live through|make it through)\s+(?:the |that |his |her |their )?"
    r"(?:fall|jump|bite|attack|fire|explosion|crash|fight|stabbing)\W*$"
)

_SCENE_NOUN = r"(?:fight|fights|battle|scene|scenes|kiss|death|moment|showdown|confession|brawl|duel|sequence)"
_PRAISED = compile_later(
    r"\b(?:big|biggest|huge|giant|epic|iconic|famous|crazy|insane|main|great|intense|massive|"
    r"legendary|cool|sick|wild|whole|entire)\s+"
    rf"(?=(?:[a-z]+\s+)?{_SCENE_NOUN}\b)"
)
_TEACH_SUBJECT = compile_later(r"^(\W*)what\s+(?:subject|subjects|class|classes|course|lesson|lessons)\s+(does|did|do)\s+"
                            r"(ent\d+|the \w+)\s+(teach|teaches|taught)\b")
_FINAL = compile_later(r"\bfinal (?=(?:fight|battle|showdown|brawl|duel)\b)")
# "why did gwinam go after chungsan", "who comes after her": chasing someone (not "after" as in
# "after he is bitten", which any record may say).
_GO_AFTER = compile_later(r"\b(?:go|goes|going|went|gone|come|comes|coming|came|run|runs|ran|running)\s+after\s+(?=ent\d+\b)")


# "the guy who bullied everyone", "who bullied jin-su": the one who did it ("who got bullied" is
# whom it was done to, and stays)
_KIN_AFTER = compile_later(r"\b(ent\d+)\s+(?=(?:dad|mom|mum|mommy|father|mother|brother|bro|sister|sis|son|daughter|bf|gf|"
                        r"boyfriend|girlfriend|parents|best friend|bff|little brother|younger brother|baby)\b)")
# "namra halfbie ep", "dasu confess ep?": no question word, then "ep" at the end
_EP_AFTER = compile_later(r"^(?!.*\b(?:what|which|when|who|how|why|where|whats|is|does|did)\b)(?P<what>.*\bent\d+\b.*?)\s+"
                       r"(?:ep|eps|episode|episode number|ep number)\W*$")
_EP_COUNT = compile_later(r"^(?P<lead>.*?)\b(?:ep|eps|episode|episodes) (?:count|number|total|amount)\W*$")
_IN_SEASON = compile_later(r"^\s*(ent\d+)\s+(?:'s\s+)?season (\d)\s+(?:come out|came out|comes out)\s*\??\s*$")
_GROUP_COUNT = compile_later(r"^\s*(students?|teachers?|adults?|girls?|boys?|kids?|people|halfbies|zombies)\s+how many\s+(.+)$")
_HOW_MANY_DID = compile_later(r"^\s*how\s+many(?:\s+(?:people|ppl|persons|students|kids|characters|zombies|humans|of them))?"
                           r"\s+(?:did|does|has|had)\s+(ent\d+)\s+(bite|bit|kill|infect|save|rescue|murder)\w*\b(.*)$")
_WHO_BULLIED = compile_later(r"\b(who|that)\s+bullied\b")
_MEAN_TO = compile_later(r"\b(?:is|was|were|are|being|been|so|really|very|always)\s+(?:so\s+|really\s+|very\s+)?"
                      r"(?:mean|rude|nasty|cruel|horrible)\s+(?:to|towards)\b")


# "did byeong chan want to make zombies", "did nayeon mean to kill him": what they wanted, asked
_WANTED_TO = compile_later(r"^\s*(?:did|does|do|was|is)\s+(ent\d+)\s+(?:(?:really|actually|ever)\s+)?"
                        r"(?:want|wanted|mean|meant|intend|intended|plan|planned|try|tried)\s+to\s+(.+?)\W*$")


# "did jtbc make it", "did netflix make it": a company making the show, never "make it" as surviving
_COMPANY_MADE_IT = compile_later(rf"^(\s*(?:did|does|do)\s+(?:the\s+)?(?:{COMPANIES})\s+(?:really\s+|actually\s+)?)make\s+it\b")


# "which character was in squid game", "which cast members were in kingdom": who was in it
_WHICH_WAS_IN = compile_later(r"^\s*(?:which|what) (?:characters?|cast members?|cast|actors?|actress(?:es)?|people|ones?)"
                           r"\s+(?:was|were|is|are|has been|have been)\s+(?:also\s+)?in\s+(?!season\b|episode\b|ep\b)")

# "zombie virus name", "the school name??", "name of the zombie virus": a name asked with no question word
_BARE_NAME = compile_later(r"^\W*(?:the )?(?:(?P<thing>[a-z][a-z ]{1,30}?)(?: ?'s)? name|name of (?:the )?(?P<of>[a-z][a-z ]{1,30}?))"
                        r"(?: (?:what|pls|please|again))?\W*$")

_WHO_END_UP = compile_later(r"^\W*(ent\d+) (?:who|with who|who with) end up with\W*$")
# "is it the most watched korean show", "was it netflix's biggest kdrama": the all-time ranking (third, behind Squid
# Game), never "Yes." off a record that merely says "Korea"
_MOST_WATCHED = compile_later(
    r"^\W*(?:is|was|isn'?t|wasn'?t) (?:it|the show|this show|aouad|this|the series) (?:the |netflix ?'s |netflixs )?"
    r"(?:most (?:watched|popular|viewed|streamed|successful)|biggest) (?:korean |k-?drama |kdrama |non[- ]english |netflix |"
    r"asian |foreign )*(?:show|series|drama|kdrama|k-drama|title)?(?: ever| of all time| on netflix)?\W*$"
)
# "how long is the show": its one season's length (how many episodes, how long each)
_SHOW_LENGTH = compile_later(r"^\W*(?:how long (?:is|was) (?:the show|the series|this show|the drama|the whole (?:show|series|thing))"
                          r"|how long (?:does it take|would it take|will it take|to) (?:to )?(?:watch|binge|finish)"
                          r"(?: it| the show| the series| the whole (?:show|series|thing)| everything| all of it| season 1)?)"
                          r"(?: in total| total| altogether| overall| in all| all together)?\W*$")
# "is s2 longer than s1": a season's length is its episodes, whose count for season 2 is not announced
_SEASON_LONGER = compile_later(r"^\W*(?:is|will|was|would)\s+(?:season ?2|s2)\s+(?:be\s+|going to be\s+|gonna be\s+)?(?:longer|shorter)"
                            r"(?:\s+than\s+(?:season ?1|s1))?\W*$")
# "when was the cast announced": the sources say it was reported (early July 2020)
_CAST_ANNOUNCED = compile_later(r"^\W*when (?:was|were|did they|did netflix) (?:the )?(?:main |young )?(?:cast|actors)"
                             r" (?:announced|revealed|unveiled|confirmed|reported)\W*$|^\W*when did (?:they|netflix) "
                             r"(?:announce|reveal|unveil|confirm) the (?:main |young )?(?:cast|actors)\W*$")
# "what country is it from", "어느 나라 드라마야" (glossed "what country drama"): the show's own fact (South Korean),
# never the countries whose charts it topped
_COUNTRY = compile_later(
    r"^\W*(?:(?:what|which) country(?: is| 's|'s)?(?: it| the show| this| this show| the series| the drama| aouad)?"
    r"(?: from| made in| drama| show| series| kdrama)?|where (?:is|was) (?:it|the show|this show|the series|the drama) (?:from|made))\W*$"
)
# "director other works" (glossed "감독 다른 작품 뭐있어"), "the director's filmography": the director's earlier work
_DIRECTOR_ELSE = compile_later(r"^\W*(?:the )?director(?: 's|'s)? (?:other (?:works?|shows|dramas|films|projects)|filmography|"
                            r"previous works?|what else)(?: what| list)?\W*$")
_HOW_MANY_PEOPLE = compile_later(r"\bhow many(?: people)?\b")
# A maker or actor named with their title after the name, as Korean says it ("ent0 director other works"):
# the title is no second subject
_TITLED_ELSE = compile_later(r"^\W*(ent\d+) (?:director|writer|author|screenwriter|(actor|actress)) ((?:other (?:works?|shows|"
                          r"dramas|films|projects)|filmography|previous works?)(?: what| list)?)\W*$")
_LOSES = compile_later(r"^\W*(?:does|did|do|will)\s+(ent\d+)\s+(?:ever\s+|end up\s+)?(?:lose|loses|lost|losing)\s+"
                    r"(?:(?:her|his|their)\s+(brother|sister|dad|father|mom|mother|mum|parents|son|daughter|best friend|friend|"
                    r"boyfriend|girlfriend|sibling|baby)|(ent\d+))\W*$")
_REAL_ZOMBIES = compile_later(r"^\W*(?:(?:did|do|does) (?:they|the show|netflix) use (?:real|actual) (?:zombies|people|actors|humans)"
                           r"|(?:are|were) (?:the )?zombies (?:real|actual)?\s*(?:people|actors|humans|cgi|real)"
                           r"|how (?:did|do) they (?:do|make|film|shoot) the zombies?(?: moves?| movements?| scenes?)?)\b.*$")
_WEBTOON_MADE = compile_later(r"^\W*(?:when|what year) (?:was|were|did) (?:the |this )?(?:original )?webtoon (?:made|created|written|"
                           r"drawn|published|start|started|begin|began|first published|released)\W*$")
_LEAKED = compile_later(r"\b((?:trailer|teaser|promo)s?(?: (?:for|of) (?:season 2|s2))?) (?:(?:get|gets|got|has|have|was|been|just|"
                        r"already) )*leak(?:ed|s|d)?\b")
_BURN_DOWN = compile_later(r"\b(burn(?:s|ed|t|ing)?) ((?:the|a|her|his|their) [a-z]+(?: [a-z]+)?) down\b")
_STARTED_FIRE = compile_later(r"\b(?:start|started|starts|starting|light|lit) (?:the|a) fire\b")
# "whats gwinams deal", "what's the deal with namra", "what's namra's role in class": who they are
_DEAL = compile_later(r"^\W*what(?:s| is| ?'s)? (?:(?P<a>ent\d+)(?: 's)? (?:deal|backstory|background|(?:role|position|place) in "
                   r"(?:the |their |her |his )?(?:class|group|school))|the deal (?:with|w) (?P<b>ent\d+))\W*$"
                   # "eunji whats her deal", "the assemblywoman, what's her deal", "whats the assemblywoman's deal"
                   r"|^\W*(?:the )?(?P<c>ent\d+|the [a-z]+(?: [a-z]+)?)\s*,? what(?:s| is| ?'s)? (?:her|his|their) (?:deal|backstory|background)\W*$"
                   r"|^\W*what(?:s| is| ?'s)? (?:the )?(?P<d>ent\d+|the [a-z]+(?: [a-z]+)?) ?'s (?:deal|backstory|background)\W*$")


# "who are the new cast members", "newcomers?", "신캐 누구" (glossed "new character who"): season 2's, the
# only season anyone is new in (one naming a season, or someone, is left as asked)
_NEWCOMERS = compile_later(
    r"^\W*(?:(?:so |and |ok )?(?:who|which|what)(?: 's| is| are| r)? )?(?:the |any |all the )?(?:new(?:est)? "
    r"(?:cast(?: members?| list)?|characters?|char|actors?|actresses|faces|people|members|cast and characters)|newcomers?)"
    r"(?: (?:who|are there|then))?\W*$"
)


_KOREAN_LIKES = compile_later(r"^\W*(ent\d+)\s+(ent\d+)\s+(likes|dating|a couple)\W*$")
# "is daesu into hari", "r they into each other"... only two people named: whether one likes the other
_INTO = compile_later(r"^\W*(?:so |and |wait )?(?:is|was|r|are) (ent\d+) (?:really |actually |even |secretly |still )?into (ent\d+)"
                   r"(?: or not| at all| like that| romantically)?\W*$")


# "daesu has a crush on who", "suhyeok kissed who", "namra is in love with who": the question word said last, as
# chat asks it; read as "who does Dae-su have a crush on" (a verb in the past: "who did ...")
_WHO_LAST = compile_later(r"^\W*(?P<x>ent\d+(?: 's \w+)?) (?P<verb>has|had|is|was|likes|liked|loves|loved|kissed|kisses|"
                       r"dates|dated|married|marries|fell|falls|saved|saves|protects|protected|hates|hated|"
                       r"bit|bites|killed|kills|infected|infects|attacked|attacks|stabbed)"
                       r"(?P<rest>(?: \w+)*?) (?:who|whom)\W*$"
                       # "귀남이 누구 물었어" glossed "ent0 whom bit" (korean_glosses.py): the Korean order, the object's
                       # question word before the verb ("남라 누가 물었어", "ent0 who bit", asks who bit Nam-ra)
                       r"|^\W*(?P<kx>ent\d+) whom (?P<kverb>bit|killed|kills|infected|attacked|saved|stabbed)\W*$")
# "who'd gwinam bite": "who did"
_WHO_D = compile_later(r"^(\W*)who'?d\s+(?=ent\d+\s+\w+\W*$)")
# "which died earlier, ms park or the teacher", "who turned sooner": the first, as "who died first" asks it
_SOONER = compile_later(r"\b(die|died|dies|dying|turn|turned|turns|bitten|infected|killed)\s+(?:earlier|sooner|1st)\b")
_LATER = compile_later(r"\b(die|died|dies|dying|turn|turned|turns|bitten|infected|killed)\s+later\b")
_BODY_COUNT = compile_later(r"^\W*(?:what(?: is|'s|s)?\s+)?(?:the\s+)?body\s?count\s+(?:of|in|for)\b(?=\s+\w)")
_BODY_COUNT_ALONE = compile_later(r"^\W*what(?: is|'s|s)?\s+(?:the\s+)?(?:total\s+)?body\s?count(?:\s+(?:in|of) (?:the show|"
                               r"season 1|s1|it))?\W*$")
_ASKED_BEFORE = {"has": ("does", "have"), "had": ("did", "have"), "is": ("is", ""), "was": ("was", ""),
                 "likes": ("does", "like"), "liked": ("did", "like"), "loves": ("does", "love"), "loved": ("did", "love"),
                 "kisses": ("does", "kiss"), "kissed": ("did", "kiss"), "dates": ("does", "date"), "dated": ("did", "date"),
                 "marries": ("does", "marry"), "married": ("did", "marry"), "falls": ("does", "fall"), "fell": ("did", "fall"),
                 "saves": ("does", "save"), "saved": ("did", "save"), "protects": ("does", "protect"),
                 "protected": ("did", "protect"), "hates": ("does", "hate"), "hated": ("did", "hate"),
                 "bit": ("did", "bite"), "bites": ("does", "bite"), "killed": ("did", "kill"), "kills": ("does", "kill"),
                 "infected": ("did", "infect"), "infects": ("does", "infect"), "attacked": ("did", "attack"),
                 "attacks": ("does", "attack"), "stabbed": ("did", "stab")}


# "did ent0 die before ent1", "who lasted longer ent0 or ent1": the order of their deaths, as "who died first" asks it
_DIED_BEFORE = compile_later(r"^\W*(?:did|does|do)\s+(?P<x>ent\d+)\s+(?:die|turn|get killed)\s+(?:before|after|earlier than|"
                          r"later than|sooner than)\s+(?P<y>ent\d+)\W*$")
_LASTED = compile_later(r"^\W*who\s+(?:lasted|survived|lived|stayed alive)\s+(?:longer|the longest|longest)\W+"
                     r"(?P<x>ent\d+)\s+or\s+(?P<y>ent\d+)\W*$")


# "the kid who got thrown off the roof, who was he", "the glasses guy with the drone what was his name": someone
# described, then asked who: "who got thrown off the roof", "who is the glasses guy with the drone".
_DESCRIBED_THEN_WHO = compile_later(
    r"^\W*(?P<said>(?:the|that|this) (?:\w+ ){0,2}?(?:kid|guy|girl|boy|student|teacher|one|dude|lady|man|woman|person|"
    r"soldier|cop) (?P<how>who|that|with) (?P<rest>.+?))[\s,]+(?:who (?:was|is|were) (?:he|she|they|it|that)|"
    r"what(?:'s| was| is|s) (?:his|her|their) name|name)\W*$")


# "who does su-hyeok end up liking": whom they like (not what happens to them in the end)
_END_UP_FEELING = compile_later(r"\b(?:end|ends|ended) up (liking|loving|falling for|crushing on)\b")
_FEELING_BASE = {"liking": "like", "loving": "love", "falling for": "fall for", "crushing on": "have a crush on"}


# "was gwinam the one who bit namra", "is namra the girl that killed woojin": "was it gwinam who bit namra" (whether
# they did it), never who they are
_THE_ONE_WHO = compile_later(r"^\s*(was|is|were|wasn'?t|isn'?t)\s+(ent\d+)\s+(?:really\s+|actually\s+)?the\s+"
                          r"(?:one|person|guy|girl|kid|boy|dude|student|teacher|character)\s+(?:who|that)\s+(?=[a-z])")


# "did onjo get bit", "was mijin ever bit": being bitten, as "get bitten" asks it (never a line where another bites
# someone else near them)
# "is gwinam 100% dead", "is namra definitely alive", "is nayeon dead for sure": how sure the asker wants the answer
# is no part of what is asked (the answer says how sure its sources are); never a word left over for a record to match
_SURE = compile_later(r"\s*(?:\b100\s*(?:%|percent\b)|\b(?:a|one) hundred percent\b|\b(?:definitely|def|deffo|defo|for sure|surely|"
                   r"certainly|truly|totally|completely|confirmed|officially|fully)\b)")
# "how sure is it that ent0 is back for s2", "how likely is it namra is in s2": whether they are (the answer says how sure)
_HOW_SURE = compile_later(r"^\W*how (?:sure|certain|likely|confirmed) (?:is it|are (?:you|we|they)|r (?:u|we)|is this)(?: that)? "
                       r"(ent\d+) (?:is|are|will be|was) (.+)$")
_STATE_ASKED = compile_later(r"^\W*(?:is|was|are|were|does|did|do|has|have)\s+ent\d+\b.*\b(?:dead|alive|die|dies|died|survive[sd]?|"
                          r"zombie|halfbie|hambie|turn(?:s|ed)?|infected|bitten|human|make it|made it|gone)\b")
# "what was yoo in soo's first drama", "is this park ji hu's first role", "the first thing lomon acted in": an actor's
# debut, which the sources never give (never their profile, nor a "Yes." off an award for a newcomer)
_WORK = r"(?:k ?drama|drama|role|acting role|show|series|movie|film|project|work|job|acting job|credit)s?"
_FIRST_WORK = compile_later(
    rf"^\W*(?:(?:what|whats|which) (?:(?:was|is|were) )?(ent\d+)\s*(?:'s|s)? (?:first|debut) {_WORK}"
    rf"|(?:is|was|isnt|isn't|wasnt|wasn't) (?:this|it|the show|this show|aouad) (ent\d+)\s*(?:'s|s)? (?:first|debut)(?: {_WORK})?"
    r"|(?:what was |whats )?the first (?:thing|show|drama|movie|film|role|project) (ent\d+) (?:acted|starred|was|appeared|played) in)\W*$"
)
_GOT_BIT = compile_later(r"\b(gets?|got|getting|gotten|been|being|be|was|were|is|are)\s+(?:bit|bited|bitted)\b")


def _described_then_who(clause: str) -> str:
    said = _DESCRIBED_THEN_WHO.match(clause)
    if said is None:
        return clause
    return f"who {said.group('rest')}" if said.group("how") != "with" else f"who is {said.group('said')}"


def _died_first(clause: str) -> str:
    said = _DIED_BEFORE.match(clause) or _LASTED.match(clause)
    return clause if said is None else f"who died first {said.group('x')} or {said.group('y')}"


def _who_first(clause: str) -> str:
    """"ent0 has a crush on who": "who does ent0 have a crush on"; any other clause as it is."""
    said = _WHO_LAST.match(" ".join(clause.split()))
    if said is None:
        return _WHO_D.sub(r"\1who did ", clause)
    if said.group("kx"):
        return f"who did {said.group('kx')} {_ASKED_BEFORE[said.group('kverb')][1]}"
    aux, base = _ASKED_BEFORE[said.group("verb")]
    return " ".join(f"who {aux} {said.group('x')} {base}{said.group('rest')}".split())


# "what was cheongsan's first kill", "who did namra kill first", "who was the first person gwinam killed": no
# source orders anyone's kills, so it is asked as their first victim (an honest "I don't know"), never their
# own death read off "kill" nor the one kill a record tells said to be the first
_FIRST_KILL = compile_later(r"^\W*(?:what|who|whats|what 's|who 's)(?: was| is| were)? (ent\d+) 's (?:first|1st|very first) "
                         r"(?:kill|kills|victim|murder)\W*$|^\W*who did (ent\d+) (?:kill|murder) (?:first|1st)\W*$"
                         r"|^\W*who (?:was|is) the (?:first|1st) (?:person|one|zombie|student|guy|girl) (?:that |who )?(ent\d+) "
                         r"(?:killed|kills|murdered)\W*$")


# "how many days did it take to film (the show)", "how many weeks did filming take": the whole shoot, whatever the unit
# asked (the director's "about two years"), never the one scene whose days a record counts (the library's five);
# a scene, an episode or season 2 named keeps the question as asked
_SHOOT_UNITS = compile_later(r"^\W*how many (?:days|weeks) (?:did|does|do|was|were) (?:it|they|filming|the filming|"
                          r"the shoot|shooting|the show|season (?:1|one)|s1|the cast)(?: take)?(?: to| they)? ?(?:film|shoot|make|"
                          r"take|last)?(?: it| the show| the series| season (?:1|one)| s1)?(?: for)?\W*$")
# "what has cheong-san been through (so far)": what happens to them, hidden past the mark as any fate
_BEEN_THROUGH = compile_later(r"^\W*what (?:has|have|did) (ent\d+) (?:been through|gone through|go through)(?: so far)?\W*$")
# "who's the star of the show": the lead; "who starred in season 1": the cast (both never an award's "Star Awards")
_STARRING = compile_later(r"^\W*who ?(?:is|'s|s|was) the (?:main |big |biggest )?(star)(?: of (?:the show|the series|it|s1|"
                          r"season 1))?\W*$|^\W*who (?:starred|stars|was starring|is starring) in (?:s1|season (?:1|one)|the first season)"
                          r"(?: of (?:the show|aouad|all of us are dead))?\W*$")


# "where did the students hide", "where do the kids hole up": the class as a whole (the broadcasting room), never
# the one record that says "hides" of someone else (the teacher hiding Hyeon-ju)
_GROUP_HID = compile_later(r"^\W*where (?:did|do|does|was|were) (?:the )?(?:students|kids|class|classmates|survivors|group|"
                        r"they|everyone|everybody|main characters) (?:all )?(?:hide|hid|hiding|hole up|holed up|barricade|"
                        r"barricaded|shelter|take shelter|stay|stayed|camp out)(?: in)?\W*$")


# "drop dead" is dying; "drop dead gorgeous" is praise, left alone
_DROP_DEAD = compile_later(r"\bdrop(s|ped|ping)? dead\b(?! (?:gorgeous|beautiful|handsome|pretty|sexy|hot|cute|fine)\b)")
_DIES = {"": "die", "s": "dies", "ped": "died", "ping": "dying"}
# shot as a person is: "gets shot", "shot dead", "who shot him" (a place or a season shot is the filming)
_GUNNED = compile_later(r"\b((?:get|gets|got|getting|gotten) )shot\b|\bshot (?:dead|down)\b|\b()shoots?(?= (?:him|her|them|ent\d+)\b)"
                        r"|(?<=\bwho )()shot(?= (?:him|her|them|ent\d+)\b)")

# "which teacher dies saving na-yeon": which teacher saved them (a death the saving tells; events.py holds the answer to a
# teacher, so "which teacher dies saving onjo" names no father)
_DIES_SAVING = compile_later(r"^\W*which teacher(?: is| was)?(?: the one)?(?: who| that)? (?:dies|died|dying)"
                             r" (?:saving|protecting|to save|to protect|for) (ent\d+)\W*$")

# "when does the show come back", "when is it coming back": the season fans wait for, as "when does it come out" asks it
_SHOW_BACK = compile_later(r"^\W*when (?:does|will|do|is|'s|s) (?:it|this|the show|the series|this show|aouad) (?:come|coming) back\W*$")

def reworded(clause: str, this_year: int | None = None) -> str:
    """`clause` as the question it asks (unchanged unless a wording above, or rephrased.py's, matches it); `this_year`:
    the year on the engine's clock (season2_asked.py)."""
    if "how" in clause and (sure := _HOW_SURE.match(" ".join(clause.split()))) is not None:
        clause = f"is {sure.group(1)} {sure.group(2)}"
    if "ent" in clause and _STATE_ASKED.match(clause) and _SURE.search(clause):
        clause = " ".join(_SURE.sub(" ", clause).split())
    if (loose := loosely_asked(clause := loosely_said(clause))) is not None:
        return loose  # "ahn dong goo s2 confirmed?": is ent0 in season 2
    if ("first" in clause or "debut" in clause) and (debut := _FIRST_WORK.match(" ".join(clause.split()))) is not None:
        return f"what was {debut.group(1) or debut.group(2) or debut.group(3)} 's first role"
    if "where" in clause and _GROUP_HID.match(" ".join(clause.split())):
        return "where did the class hide"
    if "how many" in clause and _SHOOT_UNITS.match(" ".join(clause.split())):
        return "how long did it take to film the show"
    if "through" in clause and (through := _BEEN_THROUGH.match(" ".join(clause.split()))) is not None:
        return f"what happens to {through.group(1)}"
    if "star" in clause and (star := _STARRING.match(" ".join(clause.split()))) is not None:
        return "who is the main character" if star.group(1) else "who is in the main cast"
    if "first" in clause and (kill := _FIRST_KILL.match(" ".join(clause.split()))) is not None:
        return f"who was {kill.group(1) or kill.group(2) or kill.group(3)} 's first victim"
    if "back" in clause and _SHOW_BACK.match(" ".join(clause.split())):  # never Gwi-nam driven back in episode 8
        return "when does it come out"
    if "di" in clause and (saving := _DIES_SAVING.match(" ".join(clause.split()))) is not None:
        return f"which teacher saved {saving.group(1)}"
    if "who" in clause or "that" in clause:
        clause = _THE_ONE_WHO.sub(r"\1 it \2 who ", clause)
    if "bit" in clause:
        clause = _GOT_BIT.sub(r"\1 bitten", clause)
    if "dead" in clause:  # "does ms park drop dead": a death, never "drop" as a release
        clause = _DROP_DEAD.sub(lambda m: _DIES[m.group(1) or ""], clause)
    if "shot" in clause or "shoot" in clause:  # "who gets shot": a gun, never the filming ("where was it shot")
        clause = _GUNNED.sub(lambda m: f"{m.group(1) or ''}gunned down".lstrip(), clause)
    if "who" in clause:
        clause = _who_first(clause)
    if "who" in clause or "name" in clause:
        clause = _described_then_who(clause)
    if "end" in clause:
        clause = _END_UP_FEELING.sub(lambda m: _FEELING_BASE[m.group(1)], clause)
    if "ent" in clause:
        clause = _LATER.sub(r"\1 last", _SOONER.sub(r"\1 first", clause))
        clause = _died_first(clause)
    if "count" in clause:
        clause = _BODY_COUNT.sub("how many deaths in", clause)  # "whats the body count of ep 11": how many die in it
        clause = _BODY_COUNT_ALONE.sub("body count", clause)  # "what is the body count": as "body count?" asks it
    clause = spoiler_asked(season2_asked(rephrased(clause), this_year))  # "s2 h1 2027?", "is it a spoiler that ..."
    if "make it" in clause:
        clause = _COMPANY_MADE_IT.sub(r"\1make the show", clause)
    if " in " in clause:
        clause = _WHICH_WAS_IN.sub("who was in ", clause)
    if "bit" in clause or "infect" in clause or "scratch" in clause:
        if _IF_BITTEN.match(clause) or _IF_BITES.match(clause):
            return "how does the virus work"
    if _THEY_RESCUED.match(clause):
        return "does anyone survive" if re.match(r"\W*\w+ any", clause) else "do they survive"
    if "all" in clause and _ALL_DIE.match(clause):
        return "does everyone die"
    if ("confirm" in clause or "set" in clause or "sched" in clause or "slated" in clause or "plan" in clause
            or "announced" in clause or "dated" in clause) and (dated := _CONFIRMED_FOR.match(" ".join(clause.split()))) \
            and not _ANNOUNCED_THEN.match(clause):
        return f"is {dated.group(1)} coming out in {dated.group(2)}"
    if ("die" in clause or "sacrific" in clause) and (dies_for := _DIES_FOR.match(" ".join(clause.split()))) is not None:
        return f"what happens to {dies_for.group(1) or dies_for.group(2)}"
    if "surviv" in clause and _ANYONE_SURVIVES_BOMBING.match(" ".join(clause.split())):
        return "does anyone survive"
    if "who" in clause and (_SURVIVE_BOMBING.match(clause) or _SURVIVING_GROUP.match(clause) or _MADE_IT.match(clause)):
        return "who survives"
    if (denied := negated_who(clause)) is not None:  # "who didn't die": who survives
        return denied
    if ("victim" in clause or "kill" in clause or "body" in clause) and (killer := _VICTIMS.match(" ".join(clause.split()))):
        if "body" in clause and "ent" not in killer.group(1):  # "zombies body count": a count no source gives
            return f"how many people did the {killer.group(1).strip()}s kill"
        return f"who did {killer.group(1).strip()} kill"
    if "web" in clause or "manhwa" in clause or "comic" in clause or "original" in clause:
        if _LIKE_WEBTOON.match(clause):
            return "is the show different from the webtoon"
    if (ship := _SHIP.match(clause)) is not None:
        first, second = (ship.group(1), ship.group(2)) if ship.group(1) else (ship.group(3), ship.group(4))
        return f"are {first} and {second} a couple"
    if "name" in clause and (named := _NAME_OF.match(clause)) is not None and "ent" not in clause:
        described = named.group(1) or named.group(2)
        if described.split()[-1] in _PERSON_NOUNS:  # never "the name of the virus"
            return f"who is {described}"
    if "death" in clause or "die" in clause:
        clause = _EVERY_DEATH.sub("who dies", clause)
    if "zombie" in clause and _EVERY_ZOMBIE.match(clause):
        return "who turns into a zombie"  # "list all zombies": never how the zombies were choreographed
    if "the " in clause:
        clause = _DROPPED_S.sub(r"the \1's \2", clause)
    if "teach" in clause:
        clause = _TEACH_SUBJECT.sub(r"\1what \2 \3 teach", clause)  # "what subject does ms park teach"
    if _PRAISED.search(clause):
        clause = _PRAISED.sub("", clause)
    if "final" in clause:
        clause = _FINAL.sub("last ", clause)
    if "after " in clause:
        clause = _GO_AFTER.sub("hunt ", clause)
    if "ent" in clause:
        clause = _KIN_AFTER.sub(r"\1 's ", clause)
        if (ep := _EP_AFTER.match(clause)) is not None:
            clause = f"which episode {ep.group('what')}"
        if (appears := _IN_SEASON.match(clause)) is not None:
            clause = f"is {appears.group(1)} in season {appears.group(2)}"
        if (wanted := _WANTED_TO.match(clause)) is not None:
            clause = f"why did {wanted.group(1)} want to {wanted.group(2)}"  # no "Yes." off a record that only says it was done
    if "how many" in clause and (did := _HOW_MANY_DID.match(clause)) is not None:
        verb = {"bit": "bite"}.get(did.group(2), did.group(2))
        clause = f"who did {did.group(1)} {verb}{did.group(3)}"
    if "population" in clause and "how many" in clause:
        # "hyosan population how many" (glossed "효산 인구 몇명"): a population is itself the number asked
        clause = "what is the " + " ".join(_HOW_MANY_PEOPLE.sub(" ", clause).split())
    if "how many" in clause and (group := _GROUP_COUNT.match(clause)) is not None:
        clause = f"how many {group.group(1)} {group.group(2)}"
    if "count" in clause or "number" in clause or "total" in clause:
        if (count := _EP_COUNT.match(clause)) is not None:
            clause = f"how many episodes {count.group('lead')}".strip()
    if "bullied" in clause:
        clause = _WHO_BULLIED.sub(r"\1 bullies", clause)
    if " to" in clause and _MEAN_TO.search(clause):
        clause = _MEAN_TO.sub("bullies", clause)
    if (m := _DESERVES.match(clause) or _SURVIVE_THE.match(clause)) is not None:
        return f"what happens to {m.group('who')}"
    if "die" in clause and (m := _DOESNT_DIE.match(clause)) is not None:
        return f"what happens to {m.group(1)}"  # their fate, with no "Yes." that reads as agreeing
    if "end up" in clause and (m := _WHO_END_UP.match(" ".join(clause.split()))) is not None:
        return f"who does {m.group(1)} end up with"  # "온조 누구랑 이어짐?" glossed "ent0 who end up with"
    if "based on" in clause and re.search(r"\b(?:how many|where|when)\b", clause):
        clause = re.sub(r"\bthe show based on\s+(?=webtoon\b)", "", clause)  # "원작 웹툰 몇화까지 있어": the webtoon's
    if "number" in clause or "#1" in clause or "top" in clause:
        # "how many countries did it hit number 1": reaching the top is being at the top ("hit" is then no blow)
        clause = re.sub(r"\b(?:hit|hits|reach|reached|reaches|get to|got to|make it to|made it to)\s+(?=(?:number (?:1|one)|#1|"
                        r"the top spot|first place)\b)", "", clause)
    if "webtoon" in clause and "where" in clause:
        clause = re.sub(r"\b(?:watch|see|view)\b", "read", clause)  # "where can i watch the webtoon", "웹툰 어디서 봐"
    if "fire" in clause:
        clause = _STARTED_FIRE.sub("set the fire", clause)  # "who started the fire": who set it, never the outbreak's start
    if "los" in clause and (lost := _LOSES.match(" ".join(clause.split()))) is not None:
        # "does hari lose her brother": whether he dies (never "Yes." off finding him in the gym)
        return f"does {lost.group(1)} 's {lost.group(2)} die" if lost.group(2) else f"does {lost.group(3)} die"
    if "zombie" in clause and _REAL_ZOMBIES.match(" ".join(clause.split())):
        return "how was the zombie movement designed"  # "did they use real zombies lol": how the zombies were made, never a "Yes." off a scene
    if "webtoon" in clause and _WEBTOON_MADE.match(" ".join(clause.split())):
        return "when did the webtoon come out"  # "when was the webtoon made": its run (2009 to 2011), never who adapted it
    if "leak" in clause:
        clause = _LEAKED.sub(r"\1 released", clause)  # "s2 trailer leaked?": whether one is out (never a script "leak")
    if "burn" in clause:
        clause = _BURN_DOWN.sub(r"\1 \2", clause)  # "burn the office down": burn it
    if (titled := _TITLED_ELSE.match(" ".join(clause.split()))) is not None:
        # "이재규 감독 다른 작품" glossed "ent0 director other works"; "귀남이 배우 다른 작품": the actor's, kept said
        return f"what else has {titled.group(1)} 's actor done" if titled.group(2) else f"what else has {titled.group(1)} done"
    if _DIRECTOR_ELSE.match(" ".join(clause.split())):
        return "what else has the director done"
    if ("country" in clause or "from" in clause or "made" in clause) and _COUNTRY.match(" ".join(clause.split())):
        return "what genre is it"
    if "long" in clause and _SHOW_LENGTH.match(" ".join(clause.split())):
        return "how long is season 1"
    if ("longer" in clause or "shorter" in clause) and _SEASON_LONGER.match(" ".join(clause.split())):
        return "does season 2 have more episodes than season 1"
    if ("cast" in clause or "actors" in clause) and _CAST_ANNOUNCED.match(" ".join(clause.split())):
        return "when was the cast reported"
    if "most" in clause or "biggest" in clause:
        clause = "is it bigger than squid game" if _MOST_WATCHED.match(" ".join(clause.split())) else clause
    if ("deal" in clause or "back" in clause or " in " in clause) and (m := _DEAL.match(" ".join(clause.split()))) is not None:
        return f"who is {m.group('a') or m.group('b') or m.group('c') or m.group('d')}"
    if "name" in clause and "ent" not in clause and (m := _BARE_NAME.match(" ".join(clause.split()))) is not None:
        thing = re.sub(r"\s*'s$", "", m.group("thing") or m.group("of")).strip()
        if thing.endswith("s") and thing.split()[-1][:-1] in _PERSON_NOUNS:
            thing = thing[:-1]  # "detective guys name": the guy's, an apostrophe left out
        if thing.split()[-1] in _PERSON_NOUNS:
            return f"who is the {thing}"  # "detective guy name": who the detective is, as "whats the detective's name"
        return f"what is the name of the {thing}"  # "zombie virus name": never a profile
    if "new" in clause and (in_episode := newcomers_reworded(clause)) is not None:
        return in_episode  # "who's the new guy in ep 5": who that episode brings in, never a description
    if "new" in clause and _NEWCOMERS.match(" ".join(clause.split())):
        return "who are the new characters in season 2"
    if (liked := _KOREAN_LIKES.match(" ".join(clause.split()))) is not None:
        # "대수 하리 좋아해?" glossed "ent0 ent1 likes": whether one likes the other, never a profile with "likes" in it
        a, b, verb = liked.groups()
        return f"does {a} like {b}" if verb.startswith("like") else f"are {a} and {b} {verb}"
    if " into " in clause and (into := _INTO.match(" ".join(clause.split()))) is not None:
        return f"does {into.group(1)} like {into.group(2)}"  # "is daesu into hari": a crush, never two profiles
    return clause
