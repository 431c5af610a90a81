"""Words as the engine compares them: folding, stems, synonyms, number words.

Every text the engine matches (a question, a fact, an event, a summary) goes through `stems_of`:
lower case, number words as digits ("ten days" = "10 days"), each word reduced to a stem
(`stem`: "bitten" = "bite" = "bit"), and each stem to the one word of its synonym group
(`canon`: "dad" = "father", "flee" = "escape"). Two texts share a meaning word for word when their
stem sets meet.

`gloss_korean` (korean_glosses.py) turns the Korean question words and particles into English words ("청산이 몇 화에서
죽어?" -> "청산 which episode die"), so a Korean question is read by the same analysis; names in
Hangul are left for the name resolver. `TypoFixer` repairs misspelt words of the engine's own
vocabulary (a word one edit away from a known word: "libary", "episdoes", "comming").
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from bot.lazy_re import compile_later
from bot.lore.answer.korean_glosses import KOREAN_GLOSSES
from bot.text import NUMBER_WORDS, ORDINAL_WORDS, ordinal

WORD = compile_later(r"[a-z0-9\uac00-\ud7a3]+(?:['’][a-z]+)?|(?<![\w'’])['’]s\b")
_NUMBER_WORDS = {**{word: str(n) for word, n in NUMBER_WORDS.items() if n}, "first": "first", "second": "second"}
# "third" to "twelfth" as "3rd" to "12th" ("first" and "second" stay words: "the first time", "a second").
_ORDINAL_NUMBERS = {word: ordinal(n) for word, n in ORDINAL_WORDS.items() if 3 <= n <= 12}
_IRREGULAR = {
    # Who is bullied is not who bullies ("the kid who gets bullied" is not "the bully").
    "bullied": "bullied",
    # Missiles are fired, not set on fire ("who fired the missiles" is no fire in the office).
    "fired": "fired", "firing": "fired",
    "bit": "bite", "bitten": "bite", "threw": "throw", "thrown": "throw", "began": "begin", "begun": "begin",
    "came": "come", "won": "win", "shot": "shoot", "left": "leave", "made": "make", "told": "tell",
    "fell": "fall", "fallen": "fall", "got": "get", "gotten": "get", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "hid": "hide", "hidden": "hide", "met": "meet", "led": "lead",
    "kept": "keep", "saw": "see", "seen": "see", "fought": "fight", "caught": "catch", "brought": "bring",
    "said": "say", "became": "become", "went": "go", "gone": "go", "did": "do", "done": "do", "died": "die", "dies": "die",
    "dying": "die", "fled": "flee", "halfbies": "halfbie", "hambies": "halfbie", "zombies": "zombie", "wrote": "write", "written": "write", "drove": "drive", "driven": "drive",
    "flew": "fly", "flown": "fly", "swam": "swim", "ran": "run", "wore": "wear", "worn": "wear",
    "lives": "live", "lived": "live", "living": "live", "knew": "know", "known": "know", "men": "man",
    "women": "woman", "children": "child", "people": "person", "stole": "steal", "stolen": "steal",
    "rode": "ride", "ridden": "ride", "sang": "sing", "broke": "break", "broken": "break",
    "tore": "tear", "torn": "tear", "stabbed": "stab", "stabbing": "stab", "hugged": "hug", "dropped": "drop", "dropping": "drop",
    "shipped": "ship", "planned": "plan", "slipped": "slip", "hit": "hit", "was": "be", "were": "be",
    "is": "be", "are": "be", "been": "be", "has": "have", "had": "have", "does": "do", "news": "news",
    "series": "series", "species": "species", "its": "it", "this": "this", "us": "us", "bus": "bus",
    "gas": "gas", "yes": "yes", "always": "always", "sometimes": "sometimes", "perhaps": "perhaps",
    "physics": "physics", "lens": "lens", "analysis": "analysis", "news's": "news", "hours": "hour",
}
_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s", "'s", "’s")

# Synonym groups: every word of a group is compared as its first word.
_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("virus", "zombie virus"),  # "wasnt the zombie virus from japan": the show has one virus
    ("die", "dead", "death", "kill", "killer", "deceased", "murder", "passe", "pass away", "sacrifice"),
    ("survive", "survivor", "alive", "surviving", "make it"),
    ("turn", "turned", "transform", "become", "zombie", "zombified", "undead"),
    ("halfbie", "hambie", "hybrid", "half zombie", "halfzombie"),
    ("bite", "bit", "bitten", "biter"),
    ("infect", "infected", "infection", "infector", "contaminate"),
    ("father", "dad", "daddy", "papa", "appa"),
    ("mother", "mom", "mum", "mommy", "mama", "eomma"),
    ("brother", "bro"),
    ("sister", "sis"),
    ("sibling", "siblings"),
    ("child", "kid", "kids", "children", "student", "pupil", "teen", "teenager"),
    ("son",),
    ("daughter",),
    # "are they dating", "who is hari dating": a romance, never a release date ("date" stays a date)
    ("love", "crush", "girlfriend", "boyfriend", "lover", "romance", "romantic", "ship", "in love", "dating"),
    ("actor", "actress", "cast", "casting", "play", "portray", "role", "star", "act", "perform"),
    ("release", "premiere", "air", "launch", "debut", "drop", "come out", "came out", "comes out",
     "coming out", "stream date", "publish"),
    ("watch", "stream", "view", "viewer", "watched"),
    ("meet", "see", "face to face", "encounter", "run into", "comes face to face"),
    ("film", "shoot", "filming", "shooting", "photography"),
    ("job", "work", "occupation", "profession", "career", "for a living", "do for work"),
    # "cheongsan's mom owns what": the shop she runs
    ("run", "own", "owner", "business"),
    ("partner", "buddy", "sidekick"),
    ("helicopter", "chopper", "heli"),
    ("teacher", "teach", "teaching", "sir", "miss", "ms", "mr"),
    ("former", "before", "previous", "previously", "earlier", "ex"),
    ("degree", "doctorate", "phd", "qualification"),
    ("grade", "class"),
    # "the ep where they leave in the rain": the thunderstorm they flee the school in
    ("thunderstorm", "storm", "thunder", "lightning", "rain", "rainstorm", "raining", "downpour"),
    # a hamster is what only some recaps call it: asked of, it must be found as such
    ("rodent", "rat", "mouse", "mice", "lab animal"),
    ("adapt", "based on", "adaptation", "adapted", "source material"),
    ("abandon", "leave", "fly away", "flies away", "flew away", "fly off", "flies off", "flew off", "leave behind", "left behind", "desert", "ditch", "forsake", "betray", "betrayal", "backstab"),
    ("throw", "hurl", "toss", "push off", "fling"),
    # "the hurt boy the archers carry" is the injured one
    ("injured", "hurt", "wounded", "injury"),
    ("rescue", "save", "saviour", "savior", "lead out", "evacuate"),
    # "they get out of the school": they escape it ("get them out", someone else's doing, is no phrase)
    ("escape", "get out", "gets out", "got out", "getting out", "flee", "run away", "runs away", "ran away", "running away", "run off", "runs off", "ran off", "run from", "runs from", "running from", "get away", "break out", "breakout"),
    ("trap", "lure", "trick"),
    ("distract", "draw away", "divert", "draw"),
    ("appear", "show up", "arrive", "introduce", "enter"),
    ("size", "big", "large", "huge", "storey", "across"),
    ("top", "number 1", "no 1", "1st", "chart", "most watched"),
    ("rate", "rating", "rated", "age rating", "certificate"),
    ("swear", "curse", "cuss", "foul", "profanity", "shibal"),
    ("korea", "korean", "south korea", "south korean", "k drama", "kdrama"),
    # "what ep do they make the toilet": the recaps say the students improvise / rig one up
    ("make", "create", "creator", "build", "built", "invent", "develop", "engineer", "improvise", "rig up"),
    ("start", "begin", "commence", "kick off"),
    ("wrap", "finish", "end filming", "complete", "done"),
    ("ending", "finale", "epilogue", "final scene", "final episode", "last scene", "last episode", "final moment"),
    ("confess", "confession", "admit", "declare"),
    # a lie is no mere telling: "did onjo lie to cheongsan" is never "Cheong-san tells On-jo how he feels"
    ("lie", "lie to", "lied to", "lies to", "lying to", "lied", "lying", "liar"),
    ("different", "differently", "differ", "differs", "difference", "differences"),
    ("kiss", "smooch"),
    ("almost", "nearly", "narrowly"),  # "does namra nearly bite onjo": the sources say "almost"
    ("accident", "accidentally", "by accident", "by mistake", "unintentionally", "accidental"),
    ("purpose", "on purpose", "deliberate", "deliberately", "intentional", "intentionally", "purposely", "purposefully"),
    ("camp", "quarantine"),
    ("dub", "dubbing", "voice", "english voice"),
    ("lock", "locked"),
    # "eunji burns the office", "who started the fire": the office fire (never "turns" one letter off)
    ("fire", "burn", "blaze", "arson", "burn down", "burns down", "burned down", "burnt down", "burning down"),
    ("stab", "stabbed", "eye"),
    ("hour", "hours", "viewing hours"),
    ("bomb", "bombing", "missile", "airstrike", "strike", "nuke", "explosion"),
    # "the baby" is someone else than "the pregnant girl"; having the baby is giving birth.
    ("birth", "give birth", "labour", "labor", "pregnant", "pregnancy", "have the baby", "has the baby",
     "had the baby", "have her baby", "has her baby", "had her baby", "having the baby", "having her baby",
     "have a baby", "has a baby", "had a baby", "having a baby", "deliver the baby", "delivers the baby",
     "delivered the baby", "baby is born", "baby born"),
    ("fight", "battle", "duel", "brawl"),
    ("plot", "synopsis", "logline", "premise", "summary"),
    ("locale", "setting", "set in", "take place", "takes place", "took place", "located", "location"),
    # a shop that "carries his name" carries nobody: it is named after him ("the boy who got carried" is not him)
    ("name", "call", "called", "title", "named", *(f"{v} {o} name" for v in ("carry", "carries", "carried", "carrying")
                                                   for o in ("his", "her", "its", "their", "the"))),
    ("meaning", "mean", "translate", "translation", "literally"),
    ("practice", "practise", "learn", "learned", "learnt", "learning", "trained for", "train for"),
    ("lineup", "line-up", "line up", "slate", "release slate", "release list"),
    ("resign", "resignation", "resigns", "resigned", "step down", "steps down", "stepped down"),
    ("bully", "bullying", "tormentor"),
    ("vaccine", "cure", "antidote", "remedy"),
    ("villain", "antagonist", "bad guy", "baddie", "big bad"),
    ("bullied", "picked on", "bullying victim"),
    ("rich", "wealthy", "classist"),
    ("joker", "clown", "comic relief", "funny"),
    ("weapon", "bow", "arrow", "archery", "archer", "shoot arrows", "shot arrows", "shoots arrows", "shooting arrows"),
    ("campaign", "push for", "pushes for", "pushing for", "pushed for", "lobby", "advocate"),
    ("president", "banjang", "prez"),
    ("announce", "announcement", "reveal", "unveil"),
    ("award", "prize", "win", "trophy"),
    ("nominate", "nomination", "nominee"),
    ("trailer", "teaser", "promo"),
    ("delay", "postpone", "taking so long", "take so long", "taking forever", "take forever",
     "took so long", "long wait"),
    ("reach", "hit", "attain"),
    ("captain", "leader", "lead", "leads", "head of", "in charge of"),
    ("nobody", "no one", "noone", "not anyone"),
    ("suicide", "kill herself", "kill himself", "kill themselves", "end her life", "end his life",
     "take her own life", "take his own life", "takes his own life", "takes her own life", "own life",
     "try to jump", "tries to jump", "tried to jump", "trying to jump", "wants to jump", "about to jump"),
    # "when they use the school speakers to distract the zombies": the school's PA system
    ("speaker", "speakers", "pa system", "loudspeaker", "loudspeakers", "intercom", "public address", "megaphone"),
    # "suhyeok pulls cheongsan up with the fire hose": the recaps say he hauls / reels him in
    ("haul", "pull", "pull up", "reel", "reel in", "drag"),
    ("school", "hyosan high school", "hyosan high"),
    ("firstweek", "first week", "week one", "week 1", "opening week"),
    ("hide", "barricade", "hole up", "shelter", "take refuge", "holed up"),
    ("episode", "ep", "eps", "chapter"),
    ("review", "critic", "score", "rotten", "tomato"),
    ("population", "resident", "inhabitant"),
    ("netflix", "nf"),
    ("webtoon", "comic", "manhwa", "book", "novel", "source material", "manga", "graphic novel", "comic book"),
    ("author", "writer", "write", "screenwriter", "screenplay", "script", "pen"),
    ("direct", "director", "directed", "filmmaker"),
    ("producer", "produce", "studio", "production company"),
    ("song", "soundtrack", "ost"),
    ("stage name", "alias"),  # never "nickname": a character's nickname is no actor's stage name
    ("vest", "jacket", "cardigan"),
    ("scientist", "researcher", "pharmaceutical"),
    ("firefighter", "paramedic", "rescue worker", "fireman", "fire fighter", "119"),
    ("detective", "investigator"),
    ("police", "cop", "cops", "policeman", "policewoman", "police officer", "police force"),
    ("commander", "general", "army", "military"),
)
# Function words and question scaffolding: never content.
STOP = frozenset(
    """
    a an the of to in on at by for from with about as into onto than then so too very just only also
    i me my we our you your he him his she her it its they them their this that these those there here
    is am are was were be been being do does did doing done have has had having will would shall should
    can could may might must ought
    what which who whom whose when where why how whats whos wheres whens hows
    and or but if because though although while yet nor not no yes
    any some all every each both either neither much many more most less least few
    get got gets getting let lets please tell know say said ask asked answer
    really actually exactly ever even still again already now then anyway basically literally lol lmao
    pls plz thanks thank hey hi hello yo guys guy bro dude man okay ok um uh hmm omg ngl tbh bruh lowkey istg
    fr frfr rn irl btw imo idk srsly seriously honestly genuinely quick question questions wondering wonder curious
    bot whole entire entirety
    one thing things stuff something anything someone anyone anybody somebody up
    show series drama kdrama program programme aouad like likes
    's s it's isn't wasn't weren't aren't doesn't didn't don't won't hasn't haven't can't couldn't hadn't
    wouldn't shouldn't out isnt wasnt werent arent doesnt didnt dont wont hasnt havent hadnt cant couldnt
    wouldnt shouldnt
    """.split()
)
# Words that say what kind of thing is asked about, or that carry no fact: read by the question's
# analysis, never matched against the pack.
FILLER = frozenset(
    """
    happen happens happened happening occur occurs go goes went going come comes came
    thing things person people one someone character characters guy girl boy woman man kid kids lad lads dude dudes
    gal gals
    real true right correct wrong fact facts info information detail details situation
    scene scenes moment moments part time times happen exactly also again first later end
    """.split()
)

# Every word fans use for a person, with no fact about them in it ("the lad who likes hari", "the gal the archers carry"):
# one list for the relation phrases and the descriptions
PERSON_WORDS = "boy girl guy lad dude gal lady one person man woman kid student teen teenager character".split()

# Jobs someone may be asked to have ("is On-jo's dad a cop"): known words (never "repaired" into
# another: "nurse" is not "curse"), and a job the pack does not give them is a No.
OCCUPATIONS = frozenset(
    """
    cop cops police policeman policewoman detective doctor nurse surgeon teacher professor soldier firefighter
    fireman paramedic lawyer chef cook scientist researcher farmer driver pilot politician lawmaker assemblywoman
    journalist reporter youtuber streamer janitor guard nanny businessman businesswoman engineer
    mechanic athlete singer idol banker judge priest pastor monk gangster dentist vet waiter waitress cashier
    commander principal headmaster headmistress headteacher
    """.split()
)

# Words as typed in chat, in full.
CHAT = {
    "wat": "what", "wut": "what", "wht": "what", "wats": "what is", "wuts": "what is", "wen": "when", "whn": "when", "wher": "where",
    "whr": "where", "wich": "which", "waht": "what", "whta": "what", "wach": "watch", "mnay": "many", "mny": "many", "nmae": "name", "naem": "name", "manny": "many", "whcih": "which", "hw": "how", "y": "why",
    "whp": "who", "woh": "who", "wjo": "who", "hu": "who", "hoo": "who", "leakd": "leaked", "leekd": "leaked", "offed": "killed", "plys": "plays", "wheer": "where", "whne": "when", "wehn": "when", "hwen": "when",
    "whihc": "which", "hpw": "how", "dose": "does", "u": "you", "ur": "your", "prt": "part",
    "rewach": "rewatch", "rewacth": "rewatch", "rewtach": "rewatch", "rewatc": "rewatch",
    "r": "are", "da": "the", "teh": "the", "hte": "the", "dat": "that", "ded": "dead", "ppl": "people", "bc": "because",
    "cuz": "because", "coz": "because", "abt": "about", "w": "with", "ep": "episode", "eps": "episodes", "actr": "actor", "acter": "actor",
    "epi": "episode", "isnt": "isn't", "doesnt": "doesn't", "didnt": "didn't", "wasnt": "wasn't",
    "werent": "weren't", "arent": "aren't", "dont": "don't", "wont": "won't", "cant": "can't",
    "hasnt": "hasn't", "hadnt": "hadn't", "havent": "haven't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "whos": "who is", "whats": "what is", "wheres": "where is", "hows": "how is",
    "whens": "when is", "whys": "why is",  # "whens s2": a when-question, not a status report
    "co": "",  # "who co-directed it", "the co-writer": the directing and writing themselves
    "im": "i am", "gonna": "going to", "wanna": "want to", "s2": "season 2", "s1": "season 1", "s3": "season 3",
    "szn": "season", "sn": "season", "tho": "though", "ppl's": "people's", "gf": "girlfriend",
    "bf": "boyfriend", "bff": "best friend", "nom": "nomination", "noms": "nominations", "nommed": "nominated", "mc": "main character", "fav": "favourite",
    "fave": "favourite", "favorite": "favourite", "pic": "picture", "bday": "birthday", "yr": "year",
    "yrs": "years", "mins": "minutes", "min": "minutes", "hrs": "hours", "hr": "hour", "eng": "english",
    "mil": "million", "mill": "million", "mils": "million", "bil": "billion",  # "124 mil hours"
    "aoad": "aouad", "aoud": "aouad", "aouad's": "aouad", "nis": "national intelligence service",
    # one word, never a slip of "groups"; "unalived": chat's word for killed (no "dead" said aloud)
    "grownups": "adults", "grownup": "adult", "unalived": "killed", "unalive": "kill",
    # two words run together as chat types them ("the one who swears alot", "cried abit"), never a name to repair into
    "alot": "a lot", "alittle": "a little", "abit": "a bit", "infact": "in fact", "aswell": "as well",
    # "summarize ep 12", "ep 3 recap" (in the pack, "recaps" are the sources, not a summary)
    "summarize": "summary", "summarise": "summary", "recap": "summary", "tldr": "summary", "rundown": "summary",
    # the verbs of the commonest questions, mistyped: "who playes namra", "who plaed on-jo"
    "playes": "plays", "pley": "plays", "pleys": "plays", "pleyed": "played", "plyas": "plays", "pays": "plays", "palys": "plays", "plaeys": "plays",
    "plaed": "played", "playd": "played", "plyed": "played", "palyed": "played", "playedd": "played",
    "plaing": "playing", "plyaing": "playing", "dye": "die", "giving": "gives", "frist": "first", "fisrt": "first", "firt": "first",
    "happnd": "happened", "happend": "happened", "hapend": "happened", "happned": "happened", "hapened": "happened",
    "hapen": "happen", "happn": "happen", "hppnd": "happened",
    # a month shortened ("on jan 30", "feb 2026"), as the records write it in full
    "jan": "january", "feb": "february", "aug": "august", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december",
    "epsiode": "episode", "episdoe": "episode", "epiosde": "episode", "seaosn": "season", "seson": "season",
    "sesaon": "season", "sason": "season",
    # romanised Korean as typed in chat: "onjo appa myeot hwa e jugeo", "namra banjombi ya"
    "jugeo": "die", "jugeoyo": "die", "jugeosseo": "died", "jugeoss": "died", "jugeotda": "died", "jukeo": "die",
    "jugeosseoyo": "died", "jungneun": "die", "jugneun": "die", "jugeum": "death", "saraisseo": "alive",
    "sarasseo": "alive", "saranam": "survive", "saranama": "survive", "appa": "father", "abeoji": "father",
    "eomma": "mother", "umma": "mother", "eomeoni": "mother", "myeot": "which", "myeoch": "which", "hwa": "episode",
    "banjombi": "halfbie", "jombi": "zombie", "mullyeo": "bitten", "mullyeosseo": "bitten", "nugu": "who",
    "nuga": "who", "eonje": "when", "wae": "why",
}


_AMBIGUOUS_STEMS = frozenset({"set", "nam"})  # "nam": a syllable of names (Nam-ra), not "name"
_SET_VERB = compile_later(r"\b((?:is|was|are|were|be|being)(?: it| the show| the story| this| season \d)?) set\b(?! in\b)")
# "who dyes in the first episode", "anyone dyed in ep 3": "dye" with no object, said of someone in an episode, can only
# be "die" ("who dyes her hair in ep 5" keeps its dye)
_DYE_AS_DIE = compile_later(
    r"\b(who|anyone|anybody|everyone|somebody|someone|people|characters?)( (?:else |actually |really |first |last |also )?)"
    r"(dyes|dyed|dyeing)(?= (?:in|during|at|by|on|before|after|first|last)\b)(?=.*\b(?:eps?|episodes?|season|finale|s\d|e\d+)\b)")
_DIE_FORMS = {"dyes": "dies", "dyed": "died", "dyeing": "dying"}


def _build_canon() -> dict[str, str]:
    canon: dict[str, str] = {}
    for group in _SYNONYMS:
        head = group[0]
        for member in group:
            for form in (member, _plain_stem(member.replace(" ", ""))):
                short = len(form) < 4 and len(member) - len(form) > 1
                if form != member and (form in _AMBIGUOUS_STEMS or short):
                    continue  # "setting" is a locale, but "set" may be a film set; "named" is not "Nam"
                canon.setdefault(form, head)
    return canon


def _plain_stem(word: str) -> str:
    """`word` without its inflection ("killed" -> "kill", "bites" -> "bit", "lures" -> "lur")."""
    irregular = _IRREGULAR.get(word)
    if irregular is not None:
        word = irregular
    elif not word.isascii() or word.isdigit():
        return word
    else:
        for suffix in _SUFFIXES:
            if len(word) > len(suffix) + (1 if suffix in ("ies", "ied") else 2) and word.endswith(suffix):
                word = word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
                if suffix in ("ed", "ing", "ings") and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                    word = word[:-1]  # stabb -> stab
                break
    if len(word) > 3 and word.endswith("e") and word.isascii():
        word = word[:-1]  # lure/lured/lures -> lur, live/lived -> liv
    return word


_CANON = _build_canon()
# Multi-word synonyms, joined before single words are read ("come out" -> "release").
_PHRASES = sorted(
    ((m, g[0]) for g in _SYNONYMS for m in g if " " in m), key=lambda pair: -len(pair[0])
)
_PHRASE_RE = compile_later(r"\b(?:" + "|".join(re.escape(p) for p, _ in _PHRASES) + r")\b", prefilter=True)
_PHRASE_HEAD = dict(_PHRASES)
_PHRASE_STARTS = frozenset(p.split()[0] for p, _ in _PHRASES)


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A word's comparison form: its stem, then the head of its synonym group."""
    word = _NUMBER_WORDS.get(word, _ORDINAL_NUMBERS.get(word, word))
    plain = _plain_stem(word)
    return _CANON.get(word, _CANON.get(plain, plain))


# Words that may stay unmatched: they shape a question without naming what it is about.
SOFT = frozenset(
    """
    make use do have take keep want need try look find give put bring start first last lose lost
    still ever whole exactly end finally later early good bad other another
    kind sort type way lot lots much time times day days person school all come end everyone everybody life main
    name named called call netflix story
    """.split()
)
SOFT_STEMS = frozenset(stem(w) for w in SOFT)
# Titles said with a name ("teacher byeong-chan", "detective jae-ik"), which a who-is question names them by
TITLE_STEMS = frozenset(stem(w) for w in "teacher detective captain president officer commander assemblywoman".split())

def fold_text(text: str) -> str:
    """Casefolded, quotes straightened, hyphens as spaces."""
    folded = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    folded = re.sub(r"(?<=\d),(?=\d{3}\b)", "", folded)  # 60,000 -> 60000
    folded = re.sub(r"#\s?1\b|\bnumber one\b", "number 1", folded)  # "was it #1 on netflix", "number one in 29 countries"
    return re.sub(r"(?<=\w)-(?=\w)", " ", folded)


@functools.lru_cache(maxsize=4096)
def join_phrases(text: str) -> str:
    """Folded text with each phrase of a synonym group as its group's word ("come out" -> "release")."""
    text = _SET_VERB.sub(r"\1 set in", text)  # "where is it set": a locale, not a film set
    if not _PHRASE_STARTS.intersection(text.split()):
        return text  # no phrase can start here: no need to run the long alternation
    return _PHRASE_RE.sub(lambda m: " " + _PHRASE_HEAD[m.group(0)] + " ", text)


# "does hari like daesu back", "does she love him back": a feeling returned, never a return to season 2
_FEELING_BACK = compile_later(
    r"\b((?:like|likes|liked|love|loves|loved|have feelings for|has feelings for|had feelings for|have a crush on"
    r"|has a crush on|had a crush on)\s+(?:ent\d+|him|her|them))\s+back\b"
)


def feeling_not_return(text: str) -> str:
    """Folded text with the "back" of a returned feeling dropped: "does ent0 like ent1 back" -> "does ent0 like ent1"."""
    return _FEELING_BACK.sub(r"\1", text) if "back" in text else text


def dye_as_die(text: str) -> str:
    """Folded text with "dye" read as "die" where nothing can be dyed: "who dyes in the first episode"."""
    return _DYE_AS_DIE.sub(lambda m: m.group(1) + m.group(2) + _DIE_FORMS[m.group(3)], text) if "dye" in text else text


def words_of(text: str) -> list[str]:
    """The words of folded text (possessive 's dropped)."""
    out: list[str] = []
    for word in WORD.findall(text):
        if word in ("'s", "’s"):
            out.append("'s")
            continue
        if "'" in word or "’" in word:
            base, _, tail = word.replace("’", "'").partition("'")
            if tail == "s":
                out += [base, "'s"]
                continue
            word = base if tail == "" else base + tail
        out.append(word)
    return out


#: A run of letters in any script (no digits): the words a language's markers are looked up among.
LETTERS = compile_later(r"[^\W\d_]+")


def says_any(text: str, markers: frozenset[str]) -> bool:
    """Whether `text` holds a word of `markers` (lowercase): the cheap test before a language's forms are tried."""
    return any(w.casefold() in markers for w in LETTERS.findall(text))


@functools.lru_cache(maxsize=4096)
def stems_of(text: str) -> frozenset[str]:
    """The content stems of a text: no function words, no one-letter words."""
    return frozenset(
        stem(w) for w in words_of(join_phrases(fold_text(text))) if w not in STOP and (len(w) > 1 or w.isdigit())
    )




# Question words long enough to be repaired safely (five letters or more).
_QUESTION_REPAIRS = frozenset({"which", "where", "happen", "happens", "happened", "there", "character", "characters"})
# Endings that make another word of a known one ("friend" + "ly"): never a typo to undo.
_DERIVED = compile_later(r"ly|y|ish|ful|less|ness|er|est")
# A letter typed three times or more: no English word has that.
_STRETCHED = compile_later(r"([a-z])\1{2,}")


class TypoFixer:
    """Repairs words one edit away from the engine's vocabulary (two for long words), remembered."""

    _MEMO_SIZE = 20_000

    def __init__(self, vocabulary: Iterable[str], names: Iterable[str] = ()) -> None:
        self.vocabulary = frozenset(w for w in vocabulary if w.isascii() and w.isalpha())
        # Repairs aim at words that carry meaning; a function word is never the repair of a typo,
        # except the few long question words a question cannot be read without ("whihc", "happend").
        # Nor is a name's word (`names`): a slip of a name is the name resolver's to find, with the
        # English words it knows are no names ("lemon" is not Lomon, "spark" is not Park).
        never = frozenset(names)
        self._choices = sorted(
            w for w in self.vocabulary if len(w) >= 4 and w not in never
            and ((w not in STOP and w not in FILLER) or w in _QUESTION_REPAIRS)
        )
        self._memo: dict[str, str] = {}

    def fresh(self) -> TypoFixer:
        """A fixer over the same words (read only: shared) that remembers its own repairs."""
        twin = copy.copy(self)
        twin._memo = {}
        return twin

    def fix(self, word: str) -> str:
        if word in self.vocabulary or not word.isascii() or not word.isalpha():
            return word
        if _STRETCHED.search(word):  # "lmaooo", "sooo", "whyyy": a chat word stretched out
            for squeezed in (_STRETCHED.sub(r"\1", word), _STRETCHED.sub(r"\1\1", word)):
                if squeezed in self.vocabulary:
                    return squeezed
        if word.endswith("in") and word + "g" in self.vocabulary:
            return word + "g"  # "whos comin back", "goin": the g fans drop, never the nearest word ("comic")
        if len(word) < 5:
            return word
        found = self._memo.get(word)
        if found is not None:
            return found
        if _plain_stem(word) in self.vocabulary:
            return word  # an inflection of a known word ("bullies"), not a typo of a neighbour ("bullied")
        limit = 1 if len(word) < 8 else 2
        hit = process.extractOne(word, self._choices, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
        fixed = str(hit[0]) if hit is not None and abs(len(str(hit[0])) - len(word)) <= limit else word
        if fixed != word and word.startswith(fixed) and _DERIVED.fullmatch(word[len(fixed):]):
            fixed = word  # "friendly" is another word than "friend", not a typo of it
        if len(self._memo) >= self._MEMO_SIZE:
            self._memo.clear()
        self._memo[word] = fixed
        return fixed


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The words of names (folded, with and without hyphens), less titles and ordinary words
    ("mother", "commander"): never the repair of a typo."""
    words: set[str] = set()
    for name in names:
        folded = name.casefold()
        words.update(w for w in (*words_of(folded.replace("-", "")), *words_of(folded)) if w.isalpha())
    return frozenset(words - _TITLES - known_words())


_TITLES = frozenset("assemblywoman assemblyman commander mother father miss mister teacher detective".split())


@functools.cache  # module constants only: built once, not by every engine
def known_words() -> frozenset[str]:
    """Every word this module reads (so a typo repair never turns one into another)."""
    words: set[str] = set(STOP) | set(FILLER) | set(SOFT) | set(_NUMBER_WORDS) | set(_ORDINAL_NUMBERS) | set(OCCUPATIONS)
    words |= set(_IRREGULAR) | set(_IRREGULAR.values())
    for group in _SYNONYMS:
        for member in group:
            words.update(member.split())
    for value in CHAT.values():
        words.update(value.split())
    for _, english in KOREAN_GLOSSES:
        words.update(english.split())
    return frozenset(w for w in words if w.isalpha())


def synonyms_of(word: str) -> tuple[str, ...]:
    """The words of `word`'s synonym group ("chapters" -> episode, ep, eps, chapter)."""
    head = stem(word)
    return tuple(m for group in _SYNONYMS if group[0] == head for m in group if " " not in m)
