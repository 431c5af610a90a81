"""The spoiler lexicon's words (bot/lore/lexicon.py reads texts with them).

Written the way fans and outside texts write events, not only the way the pack does: slang for dying
("unalives", "kicks the bucket", "rip", "💀", "doesn't make it", "gets eaten"), turning ("becomes one of
them", "zombie Cheong-san"), halfbies ("half human"), Korean (청산 죽어, 남라 반좀비, 온조 아빠) and romanised
Korean ("jugeo", "banjombi"), and the roles fans name characters by ("the class president").
"""

from __future__ import annotations

import re

_B = r"(?<![\w-])"  # a word boundary that treats hyphenated words as one ("half-zombie")
_E = r"(?![\w-])"
WORD_START, WORD_END = _B, _E  # the lexicon's own, stricter words use the same boundaries
#: Korean words carry particles and endings ("죽어", "죽음", "죽었다"): a stem ends nowhere in particular.
_K = r"(?:죽(?:어|음|었|는|다|네|임|여|고|게|인|엇)\w*|죽음|사망\w*|희생\w*|돌아가\w*)"
#: The end of a sentence or clause: what "makes it" and "killed" stand before when nothing follows.
_END = r"(?=\s*(?:$|[^\w\s'’-]))"

#: Kinds of event that happen to a character, each with its words as texts to be judged write them (the
#: pack's own texts are anchored with the stricter words of lexicon.py, so slang never moves an anchor earlier).
GROUPS: dict[str, re.Pattern[str]] = {
    "death": re.compile(
        _B + r"(?:di(?:e|es|ed|ing)|die+[sd]+|d ?i ?e ?s|dyin\w*|ded|dead|death|deaths|killed by|murdered"
        r"|sacrific\w*|perish\w*|unaliv\w*|pass(?:es|ed|ing)? away|(?:kicks?|kicked|kicking) the bucket"
        r"|(?:bites?|bit|biting) the dust|r\.? ?i\.? ?p\.?|no more|goner|(?:is|was|are|were) toast"
        r"|(?:gives?|giving|gave|lays? down) (?:up )?(?:her|his|their) li(?:fe|ves)"
        r"|(?:takes?|took|taking) (?:her|his|their) own life|ends? (?:her|his|their|[\w-]+['’]s) life"
        r"|goes down|went down|does ?n[o']?t survive|did ?n[o']?t survive|never makes? it|never made it"
        r"|(?:does|do|did) ?n[o']?t make it|last seen|presumed dead|(?:his|her) body|body|corpse|funeral|grave"
        r"|ghost|(?:last|final|dying) (?:scene|moments?|words)|death scene|(?:is|was|gets?|got|getting|been|being)"
        r" (?:killed|murdered|eaten|devoured|chomped|munched|blown up)|eaten(?: alive| by)?|killed off"
        r"|kill(?:s|ed|ing)? (?:him|her|them)sel(?:f|ves)|killed" + _END
        + r"|(?:is |was )?gone(?: forever| for good)?(?=\s*(?:$|[^\w\s]))|(?:we|i|they) lost|losing"
        r"|(?:left|leaves) us|blown up|blew up|explod\w*|burn(?:s|ed|t)? (?:to death|alive)|burned|burnt"
        r"|(?:falls?|fell|falling) (?:down )?(?:the|a|into the) shaft|victims?|gets? what (?:she|he|they) deserve[sd]?"
        r"|jug(?:eo|eum|eot\w*|neun|da)|juk(?:eo|eum|eot\w*|da))" + _E
        + r"|💀|☠️?|⚰️?|🪦|" + _K,
        re.I,
    ),
    "kill": re.compile(_B + r"(?:kill(?:s|ed|ing|er|ers)?|murder(?:s|ed|ing|er)?)(?! by)(?! off)" + _E, re.I),
    "turn": re.compile(
        _B + r"(?:(?:turns?|turned|turning)(?! (?:on|off|up|down|out|around|away|back|to|against|the|him|her|as|in|of"
        r"|at|for|over|a|an|his|their)" + _E
        + r")|zombified|zombifie[sd]|undead|one of them|(?:into|becomes?|became|now|as|is|was|still|turns? into"
        r"|turned into|turning into) (?:an? )?(?:ordinary |full |a full )?zombie|zombie (?:form|side|mode|version)"
        r"|jombi|(?:becomes?|became|into|turns? into|turned into) an? (?:monster|zombie)|monster)" + _E + r"|좀비(?:가|로|됨|되|화|야|임)\w*",
        re.I,
    ),
    "bite": re.compile(_B + r"(?:bit|bites?|biting|bitten|scratch(?:ed|es)?|chomped)" + _E + r"|물(?:렸|려|림|린)\w*", re.I),
    "infect": re.compile(_B + r"(?:infect(?:s|ed|ing|ion)?|gamyeom)" + _E + r"|감염\w*", re.I),
    "halfbie": re.compile(
        _B + r"(?:half-?bies?|hambies?|half[- ]?zombies?|hybrids?|keeps? (?:her|his|their) mind|half[- ]?human"
        r"|hungry for|hunger for|(?:is ?n[o']?t|not) (?:fully |really |even )?human(?: anymore)?|no longer human|banjombi|ban-jombi)" + _E
        + r"|반 ?좀비\w*",
        re.I,
    ),
    "survival": re.compile(
        _B + r"(?<!not )(?<!n't )(?<!nt )(?<!never )(?<!else )(?<!nobody )(?<!no one )(?:surviv\w*|alive"
        r"|lives through|lives(?: (?:in|at) the end| on)?" + _END + r"|makes? it out|made it out|makes? it(?: through| to the end| alive)?"
        + _END + r"|made it(?: through| to the end| alive)?" + _END + r"|escapes? (?:from )?hyosan"
        r"|reach(?:es|ed)? (?:the )?(?:quarantine )?camp|four months later|epilogue|saranam\w*)" + _E
        + r"|살아\s?남\w*|생존\w*",
        re.I,
    ),
    "family": re.compile(
        _B + r"(?:father|mother|dad|mum|mom|son|daughter|brother|sister|siblings?|parents?|bro|sis|appa|eomma|umma)"
        + _E + r"|아빠|아버지|엄마|어머니",
        re.I,
    ),
    "romance": re.compile(
        _B + r"(?:kiss\w*|loves?|in love|crush\w*|falls? for|fell for|feelings for|how (?:he|she) feels"
        r"|confess\w* (?:his|her|their) (?:feelings|love)|confess\w* to (?!the )\w+)" + _E,
        re.I,
    ),
}

#: "zombie Cheong-san", "cheongsan zombie", "Nam-ra is zombie now": the bare word next to a name is a turn
#: (not "zombie show" nor "zombies", which are what the show is about).
ZOMBIE_BEFORE = re.compile(r"(?:^|[^\w-])(?:zombie|zombified|undead|좀비)\s+(?:(?:is|was)\s+)?$", re.I)
ZOMBIE_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:(?:is|was|as|=|becomes?|became|now|still)\s+)?(?:an?\s+)?(?:zombie|zombified|좀비)"
    r"(?![\w-])(?!\s+(?:show|series|drama|apocalypse|movie|film|genre|outbreak|virus|attack|horde|fans?|fandom|kdrama))",
    re.I,
)

#: Roles fans name characters by (character ids of the bundled pack; ids a pack lacks are ignored).
ROLES: dict[str, str] = {
    r"class (?:president|prez|pres|rep)": "choi-nam-ra",
    r"(?:english|homeroom) teacher": "park-sun-hwa",
    r"science teacher": "lee-byeong-chan",
    r"(?:firefighter|fire fighter|rescue worker|paramedic)(?: dad| father)?": "nam-so-ju",
    r"pregnant (?:girl|student)": "park-hee-soo",
    r"(?:the|school) bully": "yoon-gwi-nam",
    r"(?:the )?(?:pink vest|pink-vest) girl|girl in the pink vest": "seo-hyo-ryeong",
}
ROLE_PATTERN = re.compile(_B + r"(?:" + "|".join(f"({p})" for p in ROLES) + r")" + _E, re.I)

#: Relatives written after a name (with or without "'s": "On-jo's father", "onjo dad", "온조 아빠").
RELATIVE = re.compile(
    r"\s*(?:(?:little|lil|big|younger|older|baby|kid|own|best)\s+)?(friend|bff|bestie|father|dad|mother|mum|mom|parents?|son|daughter|child|brother|sister|sibling|bro|sis|appa|eomma|umma"
    r"|아빠|아버지|엄마|어머니)(?![\w-])",
    re.I,
)
RELATIVE_TYPES = {
    "father": "child_of", "dad": "child_of", "mother": "child_of", "mum": "child_of", "mom": "child_of",
    "parent": "child_of", "parents": "child_of", "son": "parent_of", "daughter": "parent_of", "child": "parent_of",
    "brother": "sibling", "sister": "sibling", "sibling": "sibling", "bro": "sibling", "sis": "sibling",
    "friend": "best_friend_of", "bff": "best_friend_of", "bestie": "best_friend_of",
    "appa": "child_of", "eomma": "child_of", "umma": "child_of",
    "아빠": "child_of", "아버지": "child_of", "엄마": "child_of", "어머니": "child_of",
}
#: "Yoon Chan-young's character dies": an actor's character is not an owner.
CHARACTER_OF = re.compile(r"\s*(?:character|role)\b", re.I)
#: An owner counts for the word written right after it ("Cheong-san's death", "Nam-ra's zombie side").
OWNED_GAP = re.compile(r"^\s*(?:(?:last|final|heroic|tragic|sad|own|untimely|big)\s+)?(?:(?:fate|ending|end)\s*[:=-]?\s*)?$", re.I)
#: "onjos dad": an owner written without its apostrophe, before a relative.
BARE_OWNER = re.compile(r"(?<=[a-z])s(?=\s+(?:father|dad|mother|mum|mom|brother|sister|bro|sis|son|daughter|parents?)\b)",
                        re.I)
#: An event word followed by a relative ("his zombified mother") happens to the relative.
OF_A_RELATIVE = re.compile(r"^\s*(?:father|dad|mother|mum|mom|son|daughter|brother|sister|bro|sis|parents?)\b", re.I)
#: "X is bitten by Y": the one before the word is the one it happens to.
BY = re.compile(r"\s+by\b", re.I)
#: When the pack anchors no event of a kind for a character, the kinds that imply it ("Nam-ra is
#: infected": her bite; "Cheong-san becomes a zombie": his bite). The earliest of them counts.
IMPLIED_BY: dict[str, tuple[str, ...]] = {
    "infect": ("bite", "halfbie", "turn"),
    "turn": ("halfbie", "bite", "infect"),
    "halfbie": ("turn", "bite", "infect"),
}
