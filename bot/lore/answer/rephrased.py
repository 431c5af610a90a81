"""More fan wordings read as the question they ask (rewording.py's, on the clause's slot text):

- "who is su-hyeok to nam-ra", "whats onjo to cheongsan": how the two are related;
- "did onjo find her dad", "does ha-ri ever see her brother again": whose relative made plain ("did
  onjo find onjo's dad"), for reunions.py to tell where they meet;
- "why didnt the military rescue the kids", "why didn't cheolsu open the door": the why of what was
  done instead (abandon, lock; never "leave" for "stay": another leaving would answer it), which the sources may explain;
- "whose laptop is it", "who owns the laptop": what happens to the laptop (its events name the owner);
- "what ep is the laptop video", "the drone clip": a video or clip of a thing is its scene;
- "where did the virus start first", "how did the zombie apocalypse begin": where the outbreak starts
  (the first student infected at the school), never how the infection passes on;
- "what happens in ep7", "episode7": the episode number written apart ("ep 7");
- "recap of namra's arc", "cheongsan's story so far": what happens to them (hidden past the mark);
- "does the webtoon come out in march": when the webtoon ran, never season 2's date;
- "is hari bro dead", "namra bf?": the relative of the one named ("hari 's bro"), never the one named;
- "onjo's dad alive?": the verb left out of a relative's state ("is onjo's dad alive");
- "who is the bitch who infected gyeongsu": an insult is no description ("the one who ...");
- "korean name of the show", "the show's korean name": the Korean title;
- "how much time passes at the end", "how much later is the ending": how long the time skip is ("how much
  time" and "how much later" ask a duration, never a count such as the bombing's dead);
- "who plays the lead", "the female lead": the main character (On-jo, "the closest thing to a lead"),
  never the archery captain ("lead" is also "leader"); "the male lead", "the main guy": no source names
  one (`male_lead`);
- "who announced s2": who renewed it (Netflix), never a report that names a cast announcement; "who
  announced it": the series' announcement (Netflix, April 2020);
- "who is the director of photography": the cinematographer (whom no source names), never the directors;
- "library scene ep?", "roof fight episode", "is the kiss in ep 7 or 8", "the kiss is ep 7 or 8?": a scene named, then
  "ep": which episode it is in; "is woojin's death in ep 11 or 12": which episode he dies in;
- "how does namra's arc end", "how did gwinam end up": what happens to them;
- "who got hee soo pregnant", "who impregnated her", "hee soo's baby's dad", "the father of hee soo's
  baby": who her baby's father is (no source says), never her giving birth read as the answer, nor
  her own father;
- "is it the most watched netflix show ever", "most popular show on netflix?": where it ranks of all
  time (third among non-English series), never a "Yes." built on its first days at the top;
- "wait is nayeon the same actress from squid game", "is she the same actor who was in squid game": whether
  the one who plays them was in the other work ("is nayeon from squid game"); "the same guy as park solomon"
  (two names, one person) stays naming.py's;
- "what month did it come out", "s2 몇월에 나와?": when (a date to the month), never a figure counted in months
  ("eight months to film").
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

_NOT = r"(?:didnt|didn't|did not|doesnt|doesn't|does not|dont|don't|do not|wont|won't|wouldnt|wouldn't|couldnt|couldn't|cant|can't)"
_WHO_TO = compile_later(r"^\W*(?:so |and |ok |but )?(?:who|what|whos|whats)(?: 's| is| was| are)? (ent\d+) (?:to|for) (ent\d+)"
                     r"(?: exactly| really| again| anyway)?\W*$")
_KIN = r"(?:dad|father|daddy|mom|mother|mum|mama|brother|sister|bro|sis|son|daughter|parents?|family|(?:best )?friend|bestie|bff)"
_FIND_KIN = compile_later(
    rf"^\W*(?:so |and |ok |but )?(?:did|does|do|will|can) (ent\d+) (?:ever |eventually |finally |actually )?"
    rf"(?:find|finds|found|see|sees|meet|meets|reunite with|get back to|get to|save|saves|reach|reaches) "
    rf"(?:(?:her|his|their) ({_KIN})|(ent\d+) ?'s ({_KIN}))(?: again| in the end| at the end| alive)?\W*$"
)
# "why didn't X rescue the kids": the deed done instead, which a source may explain
_INSTEAD = {
    "rescue": "abandon", "save": "abandon", "help": "abandon", "take": "abandon", "evacuate": "abandon",
    "pick up": "abandon", "wait for": "abandon", "open": "lock", "unlock": "lock",
}
_WHY_NOT = compile_later(
    rf"^\W*(?:so |and |ok |but )?why {_NOT} (?P<who>ent\d+|the \w+|they|he|she) (?:just |even )?"
    rf"(?P<verb>{'|'.join(sorted(_INSTEAD, key=len, reverse=True))})\b(?P<rest>.*)$"
)
_WHY_NOT_AFTER = compile_later(
    rf"^\W*(?:so |and |ok |but )?why (?:did|does|do|would|could) (?P<who>ent\d+|the \w+|they|he|she) not "
    rf"(?P<verb>{'|'.join(sorted(_INSTEAD, key=len, reverse=True))})\b(?P<rest>.*)$"
)
_WHOSE = compile_later(r"^\W*(?:so |and |ok |but )?(?:whose|whos|who 's|who owns|who owned|who had) (?:the |that |this )?"
                    r"(laptop|phone|drone|camera|handkerchief|hanky|video)(?: is (?:it|that|this)| was (?:it|that|this))?\W*$")
_CLIP = compile_later(r"\b(?:the |that )(\w+) (?:video|vid|clip|footage|recording)\b")
_WHICH_EP = compile_later(r"^\W*(?:so |and |ok )?(?:what|which|wat|wich) (?:ep|eps|episode|epi)\b")
_OUTBREAK_START = compile_later(
    r"^\W*(?:so |and |ok |but )?(?:where|how)(?: did| does| do| 'd)? (?:the )?(?:zombie |jonas )?(?:virus|outbreak|infection|"
    r"apocalypse|zombies?|zombie apocalypse|whole thing)(?: first)? (?:start|starts|started|begin|begins|began|break out|"
    r"broke out|spread first)(?: first| at first| initially| in the show)?\W*$"
)
_GLUED_EPISODE = compile_later(r"\b(ep|eps|episode|epi|episodes)(\d{1,2})\b")
_SLANG_KIN = compile_later(r"\b(ent\d+) (bro|sis|bf|gf|bestie|bff|mum|daddy|mommy|momma)\b")
_BARE_STATE = compile_later(r"^\W*(ent\d+ 's (?:[a-z]+ )?[a-z]+) (?:still )?(alive|dead|ok|okay|a zombie|zombie|a halfbie|halfbie|"
                         r"infected|bitten|safe)(?: (?:now|rn|at the end|in the end|or not|or what|lol|tho))?\W*$")
_INSULT = compile_later(r"\b(?:the|that|this) (?:stupid |dumb |evil |fucking )?(?:bitch|btch|bastard|asshole|jerk|idiot|dumbass|"
                     r"mf|mofo|creep|psycho|snake|witch|brat)(?= (?:who|that|which)\b)")
_KOREAN_TITLE = compile_later(
    r"^\W*(?:so |and |ok |but )?(?:(?:what|wat|whats)(?:'s| 's| is| was)? )?(?:the )?(?:(?:the show|it) ?'s |its )?"
    r"(?:korean|original) (?:name|title)(?: of (?:the show|it))?(?: in korean)?\W*$"
    r"|^\W*(?:so |and |ok |but )?(?:how (?:do you|do u|would you|to|do they|do koreans) say |what(?:'s| 's| is)? )?"
    r"(?:the show|it|the title)(?: 's (?:name|title))? in korean\W*$"
)
_MOST = r"(?:most|the most|the biggest|biggest|top|number one|#1|no 1)"
_WATCHED = r"(?:watched|popular|viewed|streamed|successful|seen)"
_SHOW_NOUN = r"(?:show|series|drama|kdrama|k-drama|korean drama|original)"
_ALL_TIME = r"(?: ever| of all time| all time| all-time| in history| in netflix history)?"
_MOST_WATCHED = compile_later(
    rf"^\W*(?:so |and |ok |but )?(?:is|was) (?:it|the show|this|this show) (?:the |netflix 's |netflixs )?{_MOST} {_WATCHED}"
    rf"(?: netflix)?(?: {_SHOW_NOUN})?(?: on netflix)?{_ALL_TIME}\W*$"
    rf"|^\W*(?:so |and |ok |but )?(?:(?:what|whats|which)(?: 's| is| was)? )?(?:the |netflix 's |netflixs )?(?:most|biggest) {_WATCHED}"
    rf"(?: netflix)? {_SHOW_NOUN}(?: on netflix)?{_ALL_TIME}\W*$"
)

_PREGNANT_BY = compile_later(r"^\W*(?:so |and |ok |but )?who (?:(?:got|gets|get|made|makes|knocked) (ent\d+) (?:pregnant|up)"
                          r"|(?:impregnated|impregnates|fathered) (ent\d+)(?: 's (?:baby|kid|child))?)\W*$")
_TIME_PASSES = compile_later(r"^\W*(?:so |and |ok |but )?how (?:much time|long) (?:passes|passed|goes by|went by|has passed|skips|"
                          r"is skipped|is there)(?: (?:before|until|till|at|in|by|for) (?:the )?(?:end|ending|epilogue|finale|"
                          r"last episode|last scene|time skip))?\W*$")
_WHO_ANNOUNCED = compile_later(r"^\W*(?:so |and |ok |but )?who (?:announced|announces|revealed|unveiled|greenlit|ordered) "
                            r"(?:(?P<second>season 2|season two|s2|szn 2|the second season|a second season|the renewal)|it|the show|the series)\W*$")
_BABY_DAD = compile_later(r"\bbaby ?'s (?:dad|father|daddy|papa)\b|\b(?:dad|father|daddy) of (ent\d+) ?'s (?:baby|kid|child)\b")
_HOW_MUCH_TIME = compile_later(r"\bhow much (?:time|later)\b")
_THE_LEAD = compile_later(r"\bthe (?:female |main |leading |lead )?lead(?: character| role| actress| girl)?\b"
                       r"(?! (?:to|up|the|them|him|her|out|in|of|singer)\b)")
# "the male lead", "the main guy": a man in the lead, whom no source names
_MALE_LEAD = compile_later(r"^\W*(?:so |and |ok |but )?(?:who(?: 's| is| was|s)?|who (?:plays|played|is playing)) (?:the )?"
                        r"(?:male lead|main (?:guy|boy|dude|man|male|male character|male role|actor)|lead actor|leading man|"
                        r"male protagonist|main male lead)\W*$")
# "library scene ep?": a scene named before a bare "ep" (no question word, no one named)
_SCENE_THEN_EP = compile_later(r"^\W*(?!(?:who|what|whats|which|when|where|why|how|is|does|did|do|was)\b)(?:the )?"
                            r"(?P<what>(?:[a-z]+ ){0,3}?(?:scene|fight|kiss|confession|battle|showdown|moment|part))"
                            r"\s+(?:ep|eps|episode|epi)(?: number| no)?\W*$")
# "is the suhyeok namra kiss in ep 7 or 8", "is the library scene ep 5 or 6": which episode it is in (never a "Yes." to one)
_SCENE_EP_OR = compile_later(r"^\W*(?:so |wait )?(?:is|was) (?:the |that )?(?P<what>(?:[a-z0-9']+ ){0,3}?(?:scene|fight|kiss|confession|battle"
                             r"|showdown|moment|part|one))(?: in| on)? (?:ep|eps|episode|epi) ?\d+ or (?:ep |eps |episode |epi )?\d+\W*$"
                             # "the kiss is ep 7 or 8?", "that fight was in episode 9 or 10": the same, said the other way round
                             r"|^\W*(?:so |wait )?(?:the |that )(?P<what2>(?:[a-z0-9']+ ){0,3}?(?:scene|fight|kiss|confession|battle|showdown|moment))"
                             r" (?:is|was)(?: in| on)? (?:ep|eps|episode|epi) ?\d+ or (?:ep |eps |episode |epi )?\d+\W*$"
                             # "is ep 5 or 6 the library one": the episodes offered first
                             r"|^\W*(?:so |wait )?(?:is|was) (?:it )?(?:ep|eps|episode|epi) ?\d+ or (?:ep |eps |episode |epi )?\d+ (?:the|that|where|with the) "
                             r"(?P<what3>(?:[a-z0-9']+ ){0,3}?(?:scene|fight|kiss|confession|battle|showdown|moment|part|one))\W*$")
# "is woojins death in ep 11 or 12", "is namra's bite ep 6 or 7": which episode it happens in, as "which episode does
# ent0 die" asks it (hidden past the mark), never "I don't know"
_DEATH_EP_OR = compile_later(r"^\W*(?:so |wait )?(?:is|was) (ent\d+(?: ?'s (?:dad|father|mom|mum|mother|brother|sister|best friend))?) ?'?s? (death|dying|turn|turning|bite|transformation)(?: scene)?"
                             r"(?: in| on)? (?:ep|eps|episode|epi) ?\d+ or (?:ep |eps |episode |epi )?\d+\W*$")
_HAPPENING = {"death": "die", "dying": "die", "turn": "turn", "turning": "turn", "transformation": "turn", "bite": "get bitten"}
# "what site is the webtoon on", "where was the manhwa published": where it can be read.
_WEBTOON_SITE = compile_later(
    r"^\W*(?:what|whats|which)(?: is| was|'s)?\s+(?:the\s+)?(?:site|website|app|platform)\b[^?]*\b(?:webtoon|manhwa|comic)\b"
    r"|^\W*(?:where|what site|which site)\s+(?:was|is|did)\s+(?:the\s+)?(?:original\s+)?(?:webtoon|manhwa|comic)\s+"
    r"(?:published|posted|serialized|serialised|released|come out|run|ran)\b"
)


# "did nayeon give gyeongsu the virus": infecting him ("with a hanky" kept); someone named gives it
# ("who gave jinsu the virus" asks who, and is answered as it is)
_GAVE_VIRUS = compile_later(r"(?<=ent\d )(give|gives|gave|given|giving) (ent\d+|him|her|them) (?:the |a |her |his )?(?:zombie )?(?:virus|infection)\b")
_INFECT = {"give": "infect", "gives": "infects", "gave": "infected", "given": "infected", "giving": "infecting"}


# "how many floors is the set", "세트장 몇층임" (set how many floors): the set's size the sources give
_FLOORS = compile_later(r"\bhow many (?:floors|stories|storeys|levels)\b")
_SET = compile_later(r"\b(?:set|school)\b")


# "does so-ju sacrifice himself": the sacrifice asked (the pack says "sacrifice" of the one who dies)
_SACRIFICE_SELF = compile_later(r"\b(sacrific\w*) (?:him|her|them)sel(?:f|ves)\b")


# "does gwinam come back after the library": what happens to him after it (he returns a halfbie, episode 5), never
# the season-2 cast read off "come back"; "will gwinam return after season 1" is that cast, never "Yes." off episode 5
_BACK_AFTER = compile_later(r"^\s*(?:so |and |but |wait )?(?:does|did|do|will) (ent\d+) (?:ever |even |actually )?"
                         r"(?:come back|comes back|came back|return|returns) (?:after|from) (.+?)\W*$")

# "does gwinam come back in ep 5": his return in that episode (as "does gwinam return in ep 5"), never Nam-ra driving him
# back in episode 8
_BACK_IN = compile_later(r"^\s*(?:so |and |but |wait )?(does|did|will) (ent\d+) (?:ever |even |actually )?(?:come|comes|came) back "
                         r"(in (?:the )?(?:ep|episode) ?\d{1,2})\W*$")


# "does nam-ra come back at the end": in the story (found on the roof, episode 12), never the season-2 cast
_BACK_AT_END = compile_later(r"^\s*(?:so |and |but |wait )?(?:does|did) (ent\d+) (?:ever |even |actually )?(?:come|comes|came) back "
                             r"(?:at|in) the (?:end|ending|finale|last episode)\W*$")

# "which ep does namra come back", "what episode does nam-ra come back in": when they come back in the story (the roof,
# episode 12), as "when does nam-ra come back" reads it
_BACK_WHICH_EPISODE = compile_later(r"^\s*(?:so |and |but |wait )?(?:which|what) (?:ep|eps|episode) (?:does|did|do) (ent\d+) "
                                    r"(?:come|comes|came) back(?: in)?\W*$")


# "is ent0 the same actress from squid game": the other work's cast asked ("is ent0 from squid game"), only of one
# named (a pronoun or a description has no actor to look up); the work is no name of ours (an ent) and "as" stays
# naming.py's (two names of one person)
_SAME_ACTOR_FROM = compile_later(r"(?<=ent\d )(?:the )?same (?:actor|actress|guy|girl|person|one|dude|lady|man|woman) "
                              r"(?:from|in|who (?:was|is|played) in|that (?:was|is|played) in|as in) (?!.*\bent\d)")


# "what month did it come out": a date asked, to the month, of the show's own dates (a release, an announcement,
# filming); "what month does the outbreak start" is a date inside the story, which no source gives
_WHAT_MONTH = compile_later(r"\b(?:in |during )?(?:what|which|wat|wich) month\b(?=.*\b(?:come|comes|came|coming|out|"
                         r"releas\w*|premier\w*|air\w*|drop\w*|announc\w*|renew\w*|launch\w*|film\w*|wrap\w*|shoot\w*)\b)")


# "recap of namra's arc", "summarize ha-ri's story", "cheongsan's story so far", "what's onjo's arc": what happens to
# them, told as far as the mark allows (never "I don't know their arc")
_ARC = compile_later(r"^\W*(?:(?:a |pls |please |can (?:i|you) (?:get|give me) )?(?:quick |short |full )?"
                     r"(?:recap|summary|summarize|summarise|rundown|explain|tell me)(?: of| about)? |what(?: ?'s| is|s) )?"
                     r"(?:the )?(ent\d+) ?'s (?:whole |entire |full )?(?:arc|story|storyline|journey|character arc)"
                     r"(?: so far| till now| until now| in season 1| in s1)?(?: pls| please| plz)?\W*$"
                     # "how does namra's arc end", "how does gwinam end up": what happens to them (never "I don't know")
                     r"|^\W*how (?:does|did|do|will) (ent\d+)(?: ?'s (?:whole |entire )?(?:arc|story|storyline|journey|character arc))? "
                     r"(?:end|ends|ended)(?: up)?(?: in the end| at the end)?\W*$")

# "does the webtoon come out in march", "did the webtoon come out in 2015": when it ran (2009 to 2011), never season 2's date
_WEBTOON_WHEN = compile_later(r"^\W*(?:is it true (?:that )?|so )?(?:does|did|will|is|was) (?:the )?(?:webtoon|manhwa|comic)(?: really)? "
                              r"(?:come out|coming out|came out|release|released|start|started|begin|began) (?:in|on) [a-z0-9 ]{3,20}\W*$")


def rephrased(clause: str) -> str:
    """`clause` as the question it asks (unchanged unless a wording above matches it)."""
    typed, clause = clause, " ".join(clause.split())
    if ("webtoon" in clause or "manhwa" in clause or "comic" in clause) and _WEBTOON_WHEN.match(clause):
        return "when did the webtoon come out"
    if ("'s" in clause or "end" in clause) and (arc := _ARC.match(clause)) is not None:
        return f"what happens to {arc.group(1) or arc.group(2)}"
    if "back" in clause or "return" in clause:
        if (back := _BACK_AFTER.match(" ".join(clause.split()))) is not None:
            if re.fullmatch(r"(?:the )?(?:season (?:1|one)|s1|first season|this season|the show|the series)", back.group(2)):
                return f"is {back.group(1)} in season 2"  # "will gwinam return after season 1": the season-2 cast
            if "season" not in back.group(2) and back.group(0).rstrip(" ?!.").endswith(f"from {back.group(2)}") and not re.search(
                    r"\b(?:dead|death|grave|life|afterlife)\b", back.group(2)):
                # "does so-ju come back from the island": when they do (swims back, episode 7), never "I don't know"
                return f"when does {back.group(1)} come back from {back.group(2)}"
            if "season" not in back.group(2):
                return f"what happens to {back.group(1)} after {back.group(2)}"
        if (back_episode := _BACK_WHICH_EPISODE.match(clause)) is not None:
            return f"when does {back_episode.group(1)} come back"
        if (back_end := _BACK_AT_END.match(clause)) is not None:
            return f"how does {back_end.group(1)} end up"
        if (back_in := _BACK_IN.match(clause)) is not None:
            return f"{back_in.group(1)} {back_in.group(2)} return {back_in.group(3)}"
    if "month" in clause and _WHAT_MONTH.search(clause):
        typed = clause = _WHAT_MONTH.sub("when", clause)
    if "same" in clause and _SAME_ACTOR_FROM.search(clause):
        typed = clause = _SAME_ACTOR_FROM.sub("from ", clause)
    if "ep" in clause and _GLUED_EPISODE.search(clause):
        typed = clause = _GLUED_EPISODE.sub(r"\1 \2", clause)
    if "sacrific" in clause and "sel" in clause and "why" not in clause:  # "why did X sacrifice himself": motives.py
        typed = clause = _SACRIFICE_SELF.sub(r"\1", clause)
    if "how many" in clause and _FLOORS.search(clause) and _SET.search(clause) and "ent" not in clause:
        return "how big is the set"
    if "ent" in clause and "vi" in clause and _GAVE_VIRUS.search(clause):
        typed = clause = _GAVE_VIRUS.sub(lambda m: f"{_INFECT[m.group(1)]} {m.group(2)}", clause)
    if "ent" in clause and _SLANG_KIN.search(clause):
        typed = clause = _SLANG_KIN.sub(r"\1 's \2", clause)
    if (" who" in clause or " that" in clause) and _INSULT.search(clause):
        typed = clause = _INSULT.sub("the one", clause)
    if "'s" in clause and (state := _BARE_STATE.match(clause)) is not None:
        return f"is {state.group(1)} {state.group(2)}"
    if " to ent" in clause or " for ent" in clause:
        if (to := _WHO_TO.match(clause)) is not None:
            return f"how are {to.group(1)} and {to.group(2)} related"
    if (kin := _FIND_KIN.match(clause)) is not None and kin.group(2):
        # "did ent0 find her dad": whose dad made plain, for reunions.py to find them meeting
        before = re.sub(r"(?:her|his|their) $", "", clause[:kin.start(2)])
        return f"{before}{kin.group(1)} 's {kin.group(2)}{clause[kin.end(2):]}"
    if "why" in clause and (not_ := _WHY_NOT.match(clause) or _WHY_NOT_AFTER.match(clause)) is not None:
        return f"why did {not_.group('who')} {_INSTEAD[not_.group('verb')]}{not_.group('rest')}"
    if "who" in clause and (whose := _WHOSE.match(clause)) is not None:
        return f"what happens to the {whose.group(1)}"
    if _WHICH_EP.match(clause) and _CLIP.search(clause):
        return _CLIP.sub(r"the \1 scene", clause)
    if "photography" in clause or " dop" in clause:
        typed = clause = re.sub(r"\b(?:director of photography|dop)\b", "cinematographer", clause)
    if "lead" in clause and not _MALE_LEAD.match(clause):
        typed = clause = _THE_LEAD.sub("the main character", clause)
    if "who" in clause and (announced := _WHO_ANNOUNCED.match(clause)) is not None:
        return "who confirmed season 2" if announced.group("second") else "when was it announced"  # the series: Netflix, 2020
    if "how" in clause and _TIME_PASSES.match(clause):
        return "how long is the time skip"
    if "how much" in clause:
        typed = clause = _HOW_MUCH_TIME.sub(lambda m: "how long after" if m.group(0).endswith("later") else "how long",
                                            clause)
    if "ep" in clause and (scene := _SCENE_THEN_EP.match(clause) or _SCENE_EP_OR.match(clause)) is not None:
        return f"which episode is the {scene.group('what') or scene.group('what2') or scene.group('what3')}"
    if "ep" in clause and (death := _DEATH_EP_OR.match(clause)) is not None:
        return f"which episode does {death.group(1)} {_HAPPENING[death.group(2)]}"
    if "baby" in clause and _BABY_DAD.search(clause):
        typed = clause = _BABY_DAD.sub(lambda m: f"{m.group(1)} 's baby daddy" if m.group(1) else "baby daddy", clause)
    if "who" in clause and (father := _PREGNANT_BY.match(clause)) is not None:
        return f"who is {father.group(1) or father.group(2)} 's baby daddy"
    if ("where" in clause or "how" in clause) and _OUTBREAK_START.match(clause):
        return "where did the outbreak start"
    if ("web" in clause or "manhwa" in clause or "comic" in clause) and _WEBTOON_SITE.match(clause):
        return "where can i read the webtoon"
    if "korean" in clause or "original" in clause:
        if _KOREAN_TITLE.match(clause):
            return "what is the korean title"
    if "most" in clause or "biggest" in clause or "top" in clause or "one" in clause or "1" in clause:
        if _MOST_WATCHED.match(clause):
            return "is it bigger than squid game"
    return typed


def male_lead(clause: str) -> bool:
    """Whether `clause` asks for the male lead ("who plays the main guy"), whom no source names."""
    return bool(_MALE_LEAD.match(" ".join(clause.split())))
