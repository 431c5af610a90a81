"""What the pack itself calls things, for the spoiler lexicon (bot/lore/lexicon.py).

* The words the pack's own texts are read with (stricter than fans'), its plot words and season 2's words.
* Its events retold in other words (`RetoldEvents`): "So-ju swims back from the island" names a
  participant and two words of the episode-7 event, so it gives episode 7 away.

* Scenes fans tell without names are bot/lore/lexicon_scenes.py's: "the helicopter flying past them" is episode 4.
* The names fans give events (events.yaml `names`): a text that names an event gives its episode away
  ("the goodbye kiss" is episode 11, "So-ju's flares" episode 11, "the library scene" episode 5), whoever
  it names. A name that starts with a character ("So-ju's flares") is read after any spelling of that
  character ("soju's flares"); the others as written, hyphens, spaces and apostrophes optional, and "the"
  optional before two words or more ("goodbye kiss"). Questions ("who survives"), names that say
  nothing of what happens ("the ending") and places ("the music room": a trivia choice) are not read.
* How the pack's records read as kinds of event: a death entry, a fate's status, a relationship, a
  participant of an event of the event index (events.yaml `kind` and `role`).
* The descriptions fans name characters by (characters.yaml `descriptions`): each stands for its character
  as a name does ("the villain dies" is Gwi-nam's death). A description's own tag is /ask's business
  ("who plays the pregnant student" is asked at any progress), not read here.

Every pattern here compiles on its first use (bot/lazy_re.py): a process that reads no text pays nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from bot.lazy_re import Pattern, compile_later
from bot.lore.chat_people import CHILDREN, PARENTS, SIBLINGS, SIBLINGS_PLURAL, alternation
from bot.lore.lexicon_exits import REAL_TRIAL_AFTER
from bot.lore.lexicon_words import (
    ATTEMPTED,
    CREATED,
    GENERIC_EVENT_NAMES,
    HOW_REVEALED,
    MOVES,
    OTHER_CAMP,
    ROLE_AFTER,
    WORD_END,
    WORD_START,
)
from bot.lore.lexicon_words import WORD_END as _E
from bot.lore.lexicon_words import WORD_START as _B
from bot.show import Position
from bot.text import HANGUL

if TYPE_CHECKING:
    from bot.lore.content import ContentPack
    from bot.lore.names import NameResolver

#: The words the pack's own texts are read with (stricter than fans', lexicon_words.GROUPS, so slang never
#: moves an anchor earlier): kinds of event that happen to a character, each with its words.
GROUPS: dict[str, Pattern] = {
    "death": compile_later(
        _B + r"(?:di(?:e|es|ed|ing)|dead|death|deaths|killed by|murdered|sacrific\w*|perish\w*"
        r"|(?:gives?|giving|gave|lays? down) (?:up )?(?:her|his|their) li(?:fe|ves)"
        r"|(?:takes?|took|taking) (?:her|his|their) own life|ends? (?:her|his|their|[\w-]+['’]s) life"
        r"|goes down|went down|does ?n[o']t survive|did ?n[o']t survive|never makes? it|last seen"
        r"|presumed dead|(?:his|her) body|(?:is|was|gets?|got|getting|been|being) (?:killed|murdered))" + _E,
        re.I,
    ),
    "kill": compile_later(_B + r"(?:kill(?:s|ed|ing|er|ers)?|murder(?:s|ed|ing|er)?)(?! by)" + _E, re.I),
    "create": compile_later(_B + CREATED + _E, re.I),
    "turn": compile_later(
        _B + r"(?:(?:turns?|turned|turning)(?! (?:on|off|up|down|out|around|away|back|to|against|the|him|her|as|in|of"
        r"|at|for|over|a|an|his|their)" + _E
        + r")(?! (?:[\w-]+ ){1,4}(?:on|against)" + _E + r")"  # "the authorities turn sound drones and missiles on Hyosan"
        r"|zombified|(?:into|becomes?|became|now|as|is|was|still) an? (?:ordinary |full )?zombie)" + _E,
        re.I,
    ),
    "attempt": compile_later(_B + ATTEMPTED + _E, re.I),
    "bite": compile_later(_B + r"(?:bit|bites?|biting|bitten|scratch(?:ed|es)?)" + _E, re.I),
    "infect": compile_later(_B + r"infect(?:s|ed|ing)?" + _E, re.I),
    "halfbie": compile_later(
        _B + r"(?:half-?bies?|hambies?|half[- ]?zombies?|hybrids?|keeps? (?:her|his|their) mind)" + _E, re.I
    ),
    "survival": compile_later(
        _B + r"(?<!not )(?<!n't )(?<!never )(?<!else )(?<!nobody )(?<!no one )(?:surviv\w*|alive|lives through|makes? it out|made it out|escapes? (?:from )?hyosan"
        r"|reach(?:es|ed)? (?:the )?(?:quarantine )?camp|four months later|epilogue)" + _E,
        re.I,
    ),
    "family": compile_later(
        # not the short "bro", "sis": the chat calls anyone so ("bro he really died"), no relationship of the show
        _B + "(?:" + alternation(*PARENTS, *CHILDREN, *SIBLINGS, *SIBLINGS_PLURAL) + ")" + _E, re.I
    ),
    "romance": compile_later(
        _B + r"(?:kiss\w*|loves?|in love|crush\w*|falls? for|fell for|feelings for|how (?:he|she) feels"
        r"|confess\w* (?:his|her|their) (?:feelings|love)|confess\w* to (?!the )\w+)" + _E,
        re.I,
    ),
}

#: Season-2 roles: said of a season-1 character they give away that the character outlives season 1.
SEASON_TWO = compile_later(
    # Not the wait for it when a post is timed by it ("a kiss GIF, for the s2 countdown", "before the s2 release"); but
    # "namra s2 hype" or "cheongsan is in the s2 announcement video" is hype for someone in season 2: their role there
    # nor a premiere one goes at, to or for ("lomon at the s2 premiere": the cast's evening, as lexicon_seasons reads it)
    _B + r"(?!(?:(?<=at )|(?<=to )|(?<=for )|(?<=at the )|(?<=to the )|(?<=for the ))(?:season (?:2|two)|s2) premiere)"
    r"(?:(?<!for the )(?<!before the )(?<!until the )(?<!till the )(?:season (?:2|two)|s2)"
    r"|(?:season (?:2|two)|s2)(?! (?:countdown|hype|release|news|announcement|drop date))|second season|both seasons"
    r"|seasons? 1 ?(?:,|and|&) ?2|returns? for|returning|(?:not|n['’]t) coming back"  # a cast not back: the fate
    r"|the (?:new |latest |official |first |second )?(?:s2 |season 2 )?(?:trailer|teaser)|(?:trailer|teaser|poster) (?:2|two)"  # next
    # its poster: a new one, or one someone is missing from ("no cheongsan in the poster"; not "onjo's hair in the poster")
    r"|the (?:new|latest|official|s2|season 2) poster|(?:is ?n['’]?t|not|no|nowhere) (?:[\w'’-]+ )?(?:in|on) the poster"
    # ... or not at its script reading, not on its cast list, and the same abroad ("no está en el póster", "não volta na t2")
    r"|(?:was|is|were)(?: ?n['’]?t| not) at the (?:s2 |season 2 )?(?:script|table) read(?:ing)?|(?:absent|missing) from the"
    r" (?:s2 |season 2 |new )?(?:cast(?: list)?|line-?up|(?:script|table) read(?:ing)?)|no (?:est[áa]|sale|aparece) en el p[óo]ster"
    r"|n[ãa]o (?:est[áa]|t[áa]|aparece) no p[ôo]ster|(?:no|n[ãa]o) (?:vuelve|regresa|volta|retorna)(?= (?:para|pra|en|na|a) (?:la |a )?"
    r"(?:t2|s2|temporada 2|segunda temporada|2ª temporada))"
    r"|universit(?:y|ies)|uni|college|(?<!my )(?<!our )dorm(?:s|itory|itories)?|sequel"  # On-jo's student life in Seoul
    # the makers bringing someone back ("they brought back the class president"), not "Su-hyeok brought back Cheong-san"
    r"|(?:they|netflix|the (?:show|writers))(?:['’]ve| have| are| really| actually| finally)* (?:brought|bringing|bring) back)" + _E +
    # Korean: 시즌2, 지우학2 (not a bare 돌아옴: "귀남이 반좀비로 돌아옴" is his comeback in season 1, as "comes back" is)
    rf"|시즌\s*(?:2|two|투)(?!\d)|지우학\s*2(?!\d)|(?<!{HANGUL.pattern})(?:대학생|대학교|기숙사)|(?<!{HANGUL.pattern})(?:예고편|티저|트레일러|포스터)",  # its trailer, too
    re.I,
)

#: Plot words that spoil on their own: each spoils the first episode-anchored text of the pack that
#: uses it (words the pack never anchors spoil nothing).
PLOT_TERMS: dict[str, Pattern] = {
    "halfbie": compile_later(_B + r"(?:half-?bies?|hambies?|half[- ]?zombies?|banjombi)" + _E + r"|반 ?좀비|반인반좀"
                          r"|(?<![ㄱ-ㅎ])ㅂㅈㅂ(?![ㄱ-ㅎㅏ-ㅣ])", re.I),
    # The virus's name is told mid-season (the fact sheet's episode 4); "Jonas" alone is anyone's name.
    "jonas virus": compile_later(_B + r"jonas(?:['’]s?)?[- ]?virus" + _E + r"|요나스\s?바이러스", re.I),
    "archery": compile_later(_B + r"(?:archer(?:s|y)?|bows?|arrows?)" + _E, re.I),
    "bombing": compile_later(
        _B + r"(?:bombing|(?:fire)?bombed|firebomb\w*|missiles?|missile strikes?|air ?strik(?:es?|ed|ing)|nuked?|nukes|nuking"
        r"|binomba|bombarde(?:aron|ó|o|ou|aram)"  # Tagalog, Spanish, Portuguese: "binomba ng military ang hyosan"
        r"|bombs? (?:on )?(?:the )?(?:whole |entire )?(?:city|town|hyosan)|(?:drops?|dropped|dropping) (?:the )?bombs?"
        r"|hyosan (?:got |gets |was |is )?(?:wiped (?:out|off the map)|destroyed|flattened|levell?ed|obliterated)"
        r"|(?:wipes?|wiped|wiping) out (?:(?:most|all|half|much|the rest) of |the (?:whole|entire) (?:city of )?)?hyosan"
        r"|(?:destroys?|destroyed|destroying|flattens?|flattened|levell?(?:s|ed|ing)|obliterat\w*) (?:(?:most|all|half|much) of |the (?:whole|entire) (?:city of )?)?hyosan"
        # the bombing's dead as fans count them ("60k people gone", "60,000 dead")
        r"|(?:60|sixty)(?:,000| ?k| thousand) (?:(?:people|ppl|civilians|residents|citizens|lives) )?(?:gone|dead|died|killed|wiped out|lost|deaths)"
        r"|(?:60|sixty)(?:,000| ?k| thousand) (?:deaths|dead|casualties))" + _E
        + r"|폭격\w*|미사일\w*|공습\w*", re.I  # Korean: the bombing, missiles, the air strike
    ),
    "camp": compile_later(_B + r"(?:quarantine )?" + OTHER_CAMP + r"camp" + _E + r"|격리\s?(?:캠프|시설|수용소)\w*", re.I),
    "sos": compile_later(_B + r"(?:sos (?:signs?|messages?)|the sos(?! (?:song|call|button))"
                      r"|(?:made|make|makes|making|built|build|builds|wrote|writes|spell\w*) (?:an? |the |that |their )?(?:(?:huge|big|giant|massive|enormous|little|whole) )?sos)" + _E, re.I),
    "four months later": compile_later(_B + r"(?:(?:four|4) months (?:later|on|after)|epilogue)" + _E
                                    # "some months later" with the school's roof or fire, either order ("a fire on the school roof months later")
                                    + r"|(?:(?:a few|some|several|few|many|a couple of) )?months (?:later|after)(?=[^.!?\n]{0,40}?\b(?:school|roof|campfire|bonfire))"
                                    + r"|\b(?:school|roof|rooftop|campfire|bonfire)\b[^.!?\n]{0,40}?\bmonths (?:later|after)" + _E
                                    + r"|(?:4|네|사)\s?(?:개월|달)\s?(?:후|뒤)(?![에가도])"  # "4개월 후 온조", not "4개월 후에 군대 가"
                                    # "some months later" with the school's roof or fire: "몇 달 후 학교 옥상에서 발견된 사람"
                                    + r"|몇\s?(?:개월|달)\s?(?:후|뒤)(?![에가도])(?:\s?\S+){0,2}?\s?(?:학교|옥상|모닥불)", re.I),
    "virus made": compile_later(_B + r"(?:" + CREATED + r"|(?:jonas |zombie )?virus (?:came|comes|originated|started) (?:from|with)"
                             r" (?:a|the|some|that|their|our) (?:science |chemistry |biology )?teacher)" + _E, re.I),
    # Martial law is declared in episode 5 (facts.md's guide; the pack's episode 5 and the commander's summary
    # say so): fans write it bare ("martial law in hyosan"); history lists ("declared martial law in 1972") are
    # another story's, so a text not about the show needs the city (lexicon_scenes.OTHER_STORIES).
    "martial law": compile_later(_B + r"martial[- ]law" + _E + r"|계엄\w*", re.I),
    "construction site": compile_later(_B + r"(?:construction|building) site" + _E, re.I),  # "building site": fans' word for it
    "carriers": compile_later(_B + r"(?:asymptomatic|without symptoms|no symptoms|symptomless)" + _E, re.I),
    # The survivors reaching the camp is the last episode; the camp itself is first seen earlier (Eun-ji, 9).
    "reach the camp": compile_later(
        _B + r"(?:reach(?:es|ed|ing)?|(?:makes?|made|making) it (?:out )?to|end(?:s|ed)? up (?:[a-z]+ )?(?:at|in)|arriv(?:es?|ed|ing) (?:at|in)"
        r"|(?:gets?|got|getting) (?:to|into))(?: a| the)? (?:quarantine |refugee |safety )?camp" + _E
        + r"|(?:캠프|수용소)(?:에|로|까지)?\s?(?:도착|들어가|들어감|들어갔|무사히)\w*", re.I),  # "격리 캠프 도착"
    "six survivors": compile_later(_B + r"(?:(?:six|6) (?:hyosan high )?(?:survivors|students|kids)"
                                r"|(?:only )?(?:six|6) of them (?:make it|made it|reach|reached|get|got) (?:to|out))" + _E
                                + REAL_TRIAL_AFTER, re.I),  # (not "only six students passed the exam")
    "others like her": compile_later(  # "she's not the only one" is what she says of them
        _B + r"(?:others like (?:her|him|them|me|nam-?ra)|(?:she'?s|she is|i'?m|i am|isn'?t|is not|not) the only one)" + _E, re.I),
    "students flee the school": compile_later(  # "the kids escape the school", "onjo and the others leave the school"
        _B + r"(?:they|we|the (?:kids|students|class|group|survivors|others|rest)|everyone|all of them|and the others)"
        r"(?: (?:all|finally|eventually|then|just|manage to|managed to|try to|tried to|have to|had to|can|could))*"
        r" (?:escap(?:e|es|ed|ing)|flee|flees|fled|fleeing|leave|leaves|left|leaving|(?:get|gets|got|run|runs|ran|break|broke"
        r"|make it|made it) out of)(?: from)? (?:the )?(?:hyosan )?(?:high )?school" + _E, re.I),
    "out of hyosan": compile_later(  # "they escape hyosan": the city, not its school
        _B + r"(?:escap(?:e|es|ed|ing)|flee|flees|fled|fleeing|(?:get|gets|got|getting|make it|makes it|made it) out of)"
        r"(?: from)? hyosan(?! high)" + _E, re.I),
    "students left behind": compile_later(
        _B + r"(?:(?:students|kids|class) (?:are |were |get |got )?(?:left|abandoned)(?: behind)?|(?:abandons?|abandoned"
        r"|abandoning|leaves?|left|leaving) the (?:students|kids|class)(?: behind)?"
        r"|(?:they|we|everyone) (?:are |were |get |got )?(?:left behind|abandoned) by the (?:military|army|soldiers)"
        r"|(?:military|army|soldiers|troops)(?: (?:just|really|literally|actually|basically|simply|then|straight up))*"
        r" (?:abandons?|abandoned|leaves?|left|ditch(?:es|ed)?) (?:them|us|the students|the kids|the children|everyone)"
        r"(?=\s*(?:$|[^\w\s'’-]|(?:there|behind|alone|to die|for dead|in|at|on|and)(?![\w-])))"  # not "left them food"
        r"|abandon(?:s|ed|ing)? (?:a (?:bunch|group|classroom) of|all (?:the |those |these )?|those|these|a few) (?:students|kids|children))"
        + _E + r"|(?:군인|군대|군)\w{0,2}\s?(?:애들|학생들|아이들)\w{0,2}\s?(?:버리|버림|버렸|두고)\w*", re.I  # "군인들이 애들 버리고 감"
    ),
}

#: Words one of which a plot term's pattern holds (lowercase), tested before the pattern is run.
PLOT_NEEDS = {"sos": ("sos",), "jonas virus": ("jonas", "요나스"), "reach the camp": ("camp", "캠프", "수용소"), "martial law": ("martial", "계엄"), "students flee the school": ("school",), "out of hyosan": ("hyosan",), "construction site": ("construction", "building site"), "four months later": ("month", "epilogue", "개월", "달"),
              "others like her": ("others like", "only one")}
#: How a death entry or a fate's status in the pack reads as kinds of event.
DEATH_KINDS = {
    "dies": ("death",),
    "turns": ("turn", "death"),
    "bitten": ("bitten",),
    "halfbie": ("halfbie",),
    "presumed_dead": ("death",),
}
FATE_KINDS = {
    "dead": ("death",),
    "zombie": ("turn", "death"),
    "presumed_dead": ("death",),
    "halfbie": ("halfbie",),  # whether a halfbie outlives the season is her fate, read at its tag
    "alive": ("survival",),
}
#: Kinds that are also another, wider kind: being bitten is a bite ("bite" holds biting and being bitten,
#: "bitten" only being bitten: "Gwi-nam is bitten" is his own bite of episode 5, not his biting Nam-ra in 6).
ALSO = {"bitten": "bite"}
#: Relationships that are events, and the kind of event each anchors for its source at its spoils.
RELATIONSHIP_KINDS = {
    "killed": "kill", "killed_by": "death", "bit": "bite", "bitten_by": "bitten",
    "infected": "infect", "infected_by": "infect", "love_interest_of": "romance", "loves": "romance",
    "crush_on": "romance", "crush_of": "romance", "parent_of": "family", "child_of": "family",
    "sibling_of": "family", "older_sibling_of": "family", "younger_sibling_of": "family",
}
#: What each participant of an event of the pack's event index (events.yaml: kind, then role) anchors.
EVENT_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "death": {"victim": ("death",)},  # a killer's kill is the relationships' (the index leaves some episodes open)
    "turn": {"victim": ("turn", "death"), "biter": ("bite",)},
    "bite": {"victim": ("bitten",), "biter": ("bite",)},
    "halfbie": {"victim": ("halfbie",)},
    "infection": {"victim": ("infect",), "infector": ("infect",)},
    "sacrifice": {"victim": ("death", "bitten"), "protected": ("rescue",)},  # given up to the zombies: bitten too
    "kiss": {"partner": ("kiss",)},
    "confession": {"confessor": ("confession",), "confessed_to": ("confession",)},
    "birth": {"present": ("birth",)},
    "survival": {"survivor": ("survival",)},
    "rescue": {"rescuer": ("rescue",), "rescued": ("rescue",), "protector": ("rescue",), "protected": ("rescue",)},
    "attack": {"victim": ("attack",), "attacker": ("attack",)},
}
#: Kinds a relationship's text may anchor (never survival: a relationship line is no fate).
RELATIONSHIP_GROUPS = frozenset({"death", "kill", "turn", "bite", "infect", "halfbie", "family", "romance"})

_QUESTION = compile_later(r"^(?:who|whom|whose|what|why|how|when|where|which)\b", re.I)
_THE = compile_later(r"^the\s+", re.I)
_ROOM = compile_later(r"\broom$")
_SCENE = compile_later(r"\s+scene$", re.I)
_OWNER = compile_later(r"['’]s?$")
#: Korean fans' words for the things the pack's owned event names end with ("온조 아빠 조명탄 들고": So-ju's
#: flares), a particle allowed after them.
_KOREAN_THINGS = {"flares": "(?:조명탄|신호탄|플레어)", "eye": r"(?:외눈|애꾸눈?|한쪽\s?눈)", "handkerchief": "손수건"}
_PARTICLE = rf"(?:을|를|이|가|은|는|도|으로|로|만|까지|됨|됐\w*|돼\w*|임)?(?!{HANGUL.pattern})"  # "애꾸됨": became one-eyed
#: The same things said before the name, as Korean sets what describes a person ("외눈 귀남", "한쪽 눈 잃은 귀남이"):
#: a whole word just before the owner's name, so "외눈" said of no one names no event.
#: (a match holds three words at most, "한쪽 눈을 잃은", and its trailing spaces: lexicon.py searches only those before the name)
BEFORE_WORDS = 3
_KOREAN_BEFORE = {"eye": rf"(?<!{HANGUL.pattern})(?:외눈(?:박이)?|애꾸눈?(?:이)?|한쪽\s?눈(?:을|이)?\s?(?:잃은|잃어버린|없는|다친|찔린|먼))\s*$"}
_LETTERS = compile_later(r"[^\W\d_]{3,}")
T = TypeVar("T")


def key_of(text: str) -> str:
    """The longest run of letters of a phrase (less a closing "scene", which `flexible` makes
    optional), lowercased: every spelling `flexible` reads holds it."""
    words = _THE.sub("", text.lower())
    words = _SCENE.sub("", words) if len(words.split()) >= 3 else words
    return max(_LETTERS.findall(words), key=len, default="")


class Keyed(Generic[T]):
    """Patterns each run only on a sentence that holds its key (a substring test, against running some
    sixty patterns on every sentence); key "" runs always."""

    def __init__(self, items: Iterable[tuple[str, Pattern, T]]) -> None:
        self._by_key: dict[str, list[tuple[Pattern, T]]] = {}
        for key, pattern, payload in items:
            self._by_key.setdefault(key, []).append((pattern, payload))
        self._keys = tuple(self._by_key)

    def finditer(self, sentence: str) -> Iterator[tuple[re.Match[str], T]]:
        low = sentence.lower()
        for key in [key for key in self._keys if key in low]:
            for pattern, payload in self._by_key[key]:
                for match in pattern.finditer(sentence):
                    yield match, payload


def flexible(text: str, *, role: bool = False) -> str:
    """A pattern for `text` as fans type it: any case, hyphens and spaces interchangeable or dropped,
    apostrophes optional, "the" optional before two words or more (one word needs it, or an owner: "Na-yeon's
    handkerchief"). For a `role` (a name), "the" is
    read before the match, not in it ("the firefighter dad" is the firefighter's role "firefighter dad")."""
    words = _THE.sub("", text.strip())
    scene = _SCENE.search(words) if len(words.split()) >= 3 else None  # "the bathroom birth (scene)"
    words = words[:scene.start()] if scene else words
    body = "".join(
        r"[\s-]*" if ch in " -" else r"['’]?" if ch in "'’" else re.escape(ch) for ch in words.lower()
    )
    body += r"(?:\s+scene)?" if scene else ""
    if words == text.strip() or len(words.split()) >= 2:
        return body if role or words == text.strip() else r"(?:the\s+)?" + body
    return (ROLE_AFTER if role else r"(?:the|that|this|his|her|their|[\w-]+['’]s)\s+") + body  # "Na-yeon's handkerchief"


def _bare(tail: str, elsewhere: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The key and pattern of what follows an owner in an event's name ("flares" of "So-ju's flares") written
    without the owner: after "the", "that" or "those" (a word between, not the place of another event of that
    name, `elsewhere`: "the rooftop confession" is not the gym's), one or many, or before "scene" ("the gym
    flares", "flare scene"). None for a tail of several words or a short one, which say too little on their own."""
    word = tail.strip().lower()
    if not re.fullmatch(r"[a-z]{4,}", word):
        return None
    stem = word[:-1] if word.endswith("s") else word
    between = rf"(?!(?:{'|'.join(sorted(elsewhere))})\w*\s)" if elsewhere else ""
    return stem, (rf"(?:(?:the|that|those|these)\s+(?:{between}[\w-]+\s+)?{re.escape(stem)}s?(?:\s+scene)?"
                  rf"|{re.escape(stem)}s?\s+scene)")


@dataclass(frozen=True)
class Term:
    """A phrase of the pack that gives `position` away (in `PackTerms.owned`, what follows its
    character's name: "flares" of "So-ju's flares")."""

    pattern: Pattern
    position: Position
    label: str
    before: Pattern | None = None  # what says it just before the name ("외눈 귀남")


@dataclass(frozen=True)
class PackTerms:
    """The pack's event names and character descriptions, compiled once per pack."""

    terms: Keyed[Term]
    owned: dict[str, tuple[Term, ...]]  # character id -> the names that start with that character's
    roles: tuple[tuple[str, str, str], ...]  # (pattern, character id, key) of each description

    @classmethod
    def from_pack(cls, pack: ContentPack, resolver: NameResolver) -> PackTerms:
        terms: list[Term] = []
        owned: dict[str, list[Term]] = {}
        bare_terms: list[tuple[str, Term]] = []  # (key, term)
        tails: list[tuple[str, str, Term]] = []  # (what follows the owner, the event's place, the term)
        for event in pack.events.values():
            for name in event.names:
                bare = _THE.sub("", name.lower())
                if _QUESTION.match(name) or name.lower() in GENERIC_EVENT_NAMES or bare == event.place or _ROOM.search(bare):
                    continue  # a question, a name that says nothing, a place ("the music room") is no event
                first = next(iter(resolver.mentions(name, fuzzy=False)), None)
                characters = {e.id for e in first.candidates if e.kind == "character"} if first else set()
                if first is not None and first.start == 0 and _OWNER.search(first.text) and len(characters) == 1:
                    korean = _KOREAN_THINGS.get(name[first.end:].strip().lower())
                    # (searched anywhere after the name, lexicon_reach.found_from: no leading spaces, which 4,000 of
                    # them made a search from each, square)
                    tail = compile_later(r"(?:" + flexible(name[first.end:]) + WORD_END
                                      + (rf"|{korean}{_PARTICLE}" if korean else "") + ")", re.I)
                    before = _KOREAN_BEFORE.get(name[first.end:].strip().lower())
                    owned.setdefault(characters.pop(), []).append(
                        Term(tail, event.spoils, name, compile_later(before) if before else None))
                    tails.append((name[first.end:], event.place or "", Term(tail, event.spoils, name)))
                else:
                    terms.append(Term(compile_later(WORD_START + flexible(name) + WORD_END, re.I), event.spoils, name))
                    if first is not None and first.start == 0 and len(characters) == 1 and name[first.end:].strip():
                        # "Nam-ra leaves the group" after any name of hers: "the class president leaves the group"
                        tail = compile_later(flexible(name[first.end:]) + WORD_END, re.I)
                        owned.setdefault(characters.pop(), []).append(Term(tail, event.spoils, name))
        for tail_text, place, term in tails:  # "the flares scene", "that flare scene": whoever's they are
            elsewhere = frozenset(re.escape(w) for t, p, _ in tails if t.strip().lower() == tail_text.strip().lower()
                                  and p != place for w in p.lower().split() if w not in place.lower().split())
            unowned = _bare(tail_text, elsewhere)
            if unowned is not None:
                key, pattern = unowned
                bare_terms.append((key, Term(compile_later(WORD_START + pattern + WORD_END, re.I), term.position, term.label)))
        roles: list[tuple[str, str, str]] = []
        for character in pack.characters.values():
            for description in character.descriptions:
                roles.append((flexible(description.text, role=True), character.id, key_of(description.text)))
        keyed = Keyed([*((key_of(t.label), t.pattern, t) for t in terms), *((k, t.pattern, t) for k, t in bare_terms)])
        return cls(keyed, {c: tuple(t) for c, t in owned.items()}, tuple(roles))


# -- events retold in other words ---------------------------------------------------------------

#: Words that tell no event apart (and relatives, which say who, not what: "Ha-ri is Woo-jin's older sister").
_PLAIN = frozenset(
    "the and but for with from that this than then them they their there these those into onto over after before"
    " while when where what which who whom whose why how has have had his her hers him she are was were been being"
    " its not all any one two out off back down again also just still very some more most other others each every"
    " episode season show scene zombie zombies student students class school group everyone someone nobody"
    " father mother brother sister son daughter friend friends parent parents family younger older little"
    " dad mom mum bro sis first last final new old lol omg tho hyosan high like tell tells told telling give gives"
    " best until about around almost really finally later soon can could would should will get away hers"
    " gave given make makes made take takes took gets got goes went come comes came says said look looks find finds"
    " found ends end good lead role know want think seen see sees teacher science detective club officer police"
    " commander military soldier soldiers assemblywoman firefighter worker president captain member".split()
)
#: Fans' words for the words events are told in.
_SYNONYMS = {"yeet": "thro", "toss": "thro", "hurl": "thro", "chuc": "thro", "save": "resc", "savi": "resc",
             "batt": "figh", "show": "appe", "fly": "heli", "flie": "heli", "flew": "heli", "flyi": "heli",
             "fall": "thro", "fell": "thro", "leav": "aban", "left": "aban", "ditc": "aban", "dump": "aban", "star": "set", "ripp": "tear", "rips": "tear", "shre": "tear",
             "burn": "fire", "torc": "fire", "blaz": "fire", "arso": "fire", "fera": "figh", "braw": "figh", "scuf": "figh",
             "name": "call", "nami": "call", "coin": "call", "dubb": "call"}  # "naming them hambies": what Dae-su calls them  # "burned the office down": its fire
#: Kinds of the event index whose events are told only with a word of one of these kinds of event (the
#: lexicon's groups): "the injured student the archers carry" retells no death.
_KIND_GROUPS = {"death": ("death", "kill", "grief"), "turn": ("turn", "death", "bite", "infect", "grief"), "bite": ("bite",),
                "halfbie": ("halfbie", "turn"), "infection": ("infect", "turn"), "sacrifice": ("death", "rescue", "grief"),
                "kiss": ("kiss", "romance"), "confession": ("confession", "romance"), "birth": ("birth",),
                "survival": ("survival",), "rescue": ("rescue",), "attack": ("attack", "kill", "bite")}
#: Kinds told by no word of the lexicon's groups, as the words that tell them ("Ha-ri reunites with Woo-jin").
_KIND_WORDS = {"reunion": ("reun",), "fight": ("figh",), "escape": ("esca",)}
#: What comes out (events of kind "reveal") is retold only with a word of how it comes out, read from the event's
#: own text (lexicon_words.HOW_REVEALED: "admission" for "admits to the police", "motive" for "his reason"): "he made
#: the virus" alone is also what texts state as a plain fact.
_REVEALED = ("admission", "motive")
_DONE = frozenset({"done"})  # lexicon_words.DONE_TO: an event of any kind, said of its people
_SHIELDED = frozenset({"harm", "rescue"})  # a harm and a rescue: for whom it was borne
#: Roles that make an event a rescue too ("Woo-jin is bitten while protecting his sister").
_SHIELDING = frozenset({"rescuer", "rescued", "protector", "protected"})
_DOERS = frozenset({"killer", "attacker", "biter"})
_RUN = compile_later(r"[a-z]{3,}")
_BECAUSE = compile_later(rf"(?:때문에|땜에|탓에)(?!{HANGUL.pattern})")  # because of whom a harm was borne
#: Someone said to be at a place ("at the camp gate", "in the camp", "캠프에서"): there, as a survival's place tells.
_THERE = compile_later(r"(?<![\w-])(?:at|in|inside)\s+(?:the|a)\s|(?:캠프|수용소|시설)(?:에서|에)", re.I)


#: Places the plain words hold that tell where someone comes or goes ("Hee-soo leaves school"), as one word.
_PLACES = {"school": "scho", "hyosan": "scho"}


def _moved(text: str) -> frozenset[str]:
    """How an event's own text moves someone (lexicon_words.MOVES: "arrival", "leaving"), which retells it too."""
    return frozenset(group for group, pattern in MOVES.items() if pattern.search(text))


def places(text: str) -> set[str]:
    """The plain words of a text that say where someone comes or goes, as `stems` writes them."""
    return {_PLACES[word] for word in _RUN.findall(text.lower()) if word in _PLACES}


def _revealed(text: str) -> tuple[str, ...]:
    """How an event of kind "reveal" comes out, as its own text tells it (none: it is never retold)."""
    return tuple(group for group in _REVEALED if HOW_REVEALED[group].search(text))


#: Korean words for the show's places, things and doings, as the stems of the English words events are told in
#: ("남라가 귀남이 옥상에서 던짐": the roof, a throw; "철수가 헬기 타고 도망감": the helicopter, an escape). A stem, not
#: a word: particles and endings follow it ("옥상에서", "던졌어").
_KOREAN_STEMS = tuple((compile_later(pattern), stem) for pattern, stem in (
    (r"옥상", "roof"), (r"던(?:져|졌|짐|지|진)|떨어(?:뜨|짐|졌|져)", "thro"), (r"헬기|헬리콥터", "heli"), (r"도망", "esca"),
    (r"떠나|떠났|떠남", "leav"), (r"찔(?:러|렀|림|린|려|리)", "stab"), (rf"(?<!{HANGUL.pattern})눈(?:을|이)?\s?찔", "eye"),
    (r"도서관", "libr"), (r"체육관", "gym"), (r"창고", "stor"), (r"음악실", "musi"), (r"방송실", "broa"), (r"드론", "dron"),
    (r"손수건", "hand"), (r"아기|출산", "baby"), (r"화장실", "bath"), (r"공사장", "cons"), (r"캠프|수용소|격리", "camp"),
    (r"수영|헤엄", "swim"), (r"물\s?뻔|물려고|물\s?(?:것|거)\s?같", "bite"), (r"뻔", "almo"), (r"섬(?:에서|으로)", "isla"), (r"노트북", "lapt"), (r"모닥불", "camp"), (r"활(?:로|을|쏘)|화살", "arro"),
    (r"바이러스", "viru"), (rf"(?<!{HANGUL.pattern})아들", "son"),  # "과학쌤이 아들 때문에 바이러스 만든 거": the motive
))


def stems(text: str) -> set[str]:
    """The words of a text as events are compared by them: lowercase, four letters at most ("thrown",
    "throws": "thro"; "sets" as "set"), fans' words for them, Korean ones as the English stems (_KOREAN_STEMS),
    less the words that tell no event apart."""
    out: set[str] = {stem for pattern, stem in _KOREAN_STEMS if pattern.search(text)} if not text.isascii() else set()
    for word in _RUN.findall(text.lower()):
        if word not in _PLAIN:
            stem = word[:3] if len(word) == 4 and word[3] == "s" and word[2] != "s" else word[:4]
            out.add(_SYNONYMS.get(stem, stem))
    return out


@dataclass(frozen=True)
class Retold:
    """An event of the pack's index, as the words that tell it."""

    position: Position
    characters: frozenset[str]
    words: frozenset[str]
    groups: frozenset[str]  # a word of one of these must tell it (none: any text naming its words)
    shielded: frozenset[str] = frozenset()  # who is rescued or protected in it
    moves: frozenset[str] = frozenset()  # how its text moves someone (lexicon_words.MOVES): a word of these tells it too
    reached: frozenset[str] = frozenset()  # a survival's place: its survivors said to be there tell it ("onjo at the camp")
    doers: frozenset[str] = frozenset()  # who does its harm (killer, attacker, biter): a cry is never for them


class RetoldEvents:
    """The pack's events, found again in texts that tell them in other words ("So-ju swims back from
    the island", "Nam-ra yeeting Gwi-nam off the roof", "so-ju saving everyone in the gym"): a text
    naming one of an event's participants and two of its words (its place's, and a word of its kind
    counting as one) gives the event's episode away; of several, the ones sharing the most words, the
    latest of them. Names are no such words."""

    def __init__(self, events: list[tuple[Position, dict[str, str], str, str, str]], names: set[str]) -> None:
        self._events = [
            Retold(position, frozenset(characters), frozenset((stems(text) | stems(place) | set(_KIND_WORDS.get(kind, ()))
                                                              | (places(f"{text} {place}") if _moved(text) else set())) - names),
                   frozenset(_KIND_GROUPS.get(kind, ()) if kind != "reveal" else _revealed(text))
                   | ({"rescue"} if _SHIELDING & set(characters.values()) and kind not in _KIND_WORDS else set()),
                   frozenset(c for c, role in characters.items() if role in ("rescued", "protected")), _moved(text),
                   frozenset(stems(place) - names) if kind == "survival" else frozenset(),
                   frozenset(c for c, role in characters.items() if role in _DOERS))
            for position, characters, text, place, kind in events if characters and (kind != "reveal" or _revealed(text))
        ]
        self._names = frozenset(names)
        self._by_character: dict[str, list[int]] = {}  # character -> their events (indices, in order)
        for index, event in enumerate(self._events):
            for character in event.characters:
                self._by_character.setdefault(character, []).append(index)

    @classmethod
    def from_pack(cls, pack: ContentPack) -> RetoldEvents:
        names: set[str] = set()
        for character in pack.characters.values():
            for name in (character.name, character.short_name or "", *character.variants, *character.misspellings):
                names.update(stems(name))
        for person in pack.people.values():
            for name in (person.name, *person.variants):
                names.update(stems(name))
        events = [(e.episode, {p.character: p.role for p in e.participants}, e.text, e.place or "", e.kind)
                  for e in pack.events.values() if e.episode is not None]  # an episode left open is the tags' to say
        return cls(events, names)

    def find(self, sentence: str, named: frozenset[str], said: Callable[[frozenset[str]], tuple[frozenset[str], frozenset[str]]],
             owners: frozenset[str] = frozenset()) -> tuple[Retold, tuple[str, ...]] | None:
        """The event `sentence` retells about the characters `named` (`said`: which of some kinds of
        event its words tell, and those words), with the words it shares with it. An event's own kind counts as
        one word, and so do two of its participants named together, or the one a death shields (with no
        other word for a rescue of one named: "woo-jin protecting his sister", "gives herself up so Na-yeon
        can get away"); its kind's words never count twice."""
        if not named and not owners:
            return None
        everyone = named | owners  # an owner ("Nam-ra's strength") takes part, but is no one rescued
        candidates = sorted({i for c in everyone for i in self._by_character.get(c, ())})
        if not candidates:
            return None
        # "what Na-yeon did to him", "what happens to X at the school": any kind, with two of its people or a word of it;
        # "who dies protecting Ha-ri": a harm and a rescue, for the one it shields
        done_kinds, done_words = said(_DONE)
        shield_kinds = said(_SHIELDED)[0]
        # "온조 때문에 죽음": a harm borne because of someone, as for them
        harmed = len(shield_kinds) == 2 or ("harm" in shield_kinds and _BECAUSE.search(sentence) is not None)
        words = (stems(sentence) | places(sentence)) - self._names - done_words
        best: tuple[int, bool, int, Position, Retold, tuple[str, ...]] | None = None
        for event in (self._events[i] for i in candidates):
            kinds: frozenset[str] = frozenset()
            shared = words & event.words
            together = len(event.characters & everyone)
            shielding = len(event.characters & named) >= 2 and bool(event.shielded & named)  # "woo-jin protecting his sister"
            if not together or not (shared or event.shielded & named or (done_kinds and together >= 2)):
                continue
            # with two of its people named as themselves (not "청산맘"'s owner: the mother's event, not her son's)
            done = bool(done_kinds) and (len(event.characters & named) >= 2 or bool(shared))
            for_whom = harmed and bool(event.shielded & named)
            moved = False  # "chungsan's mum comes to the school": told by how someone comes or goes
            if event.moves and (event.characters - event.shielded) & named:  # who comes or goes: no owner, no one reached
                move_kinds, move_words = said(event.moves)
                moved = bool(move_kinds)
                shared -= move_words - event.words  # its own verb ("swims back") still counts as its word
            there = bool(event.reached & shared) and bool(_THERE.search(sentence))  # "onjo at the quarantine camp gate"
            moved = moved or there
            if event.groups:
                kinds, kind_words = said(event.groups)
                shared -= kind_words
                # "gives herself up so Na-yeon can get away": a death for the one it shields, named
                for_whom = for_whom or (bool(event.shielded & named) and "death" in event.groups & kinds)
                if not (event.groups & kinds or moved or done or for_whom) or not (
                        shared or for_whom or done or (shielding and "rescue" in event.groups & kinds)):
                    continue
            elif not (shared or done):
                continue
            score = len(shared) + bool(event.groups or moved or done) + (together >= 2 or for_whom)
            # a cry alone tells no death where the words tell another of their events ("onjo's dad finally
            # reaching the gym 😭": his arrival, not his death there)
            told = not (event.groups and kinds == {"grief"} and not (moved or done or for_whom))
            if not told and not (event.characters & named) - event.doers:
                continue  # "namra got bitten 😭": a cry for her own bite, not for Woo-jin, whom she kills
            if score >= 2 and (best is None or (score, told, together, event.position) > best[:4]):
                best = (score, told, together, event.position, event, tuple(sorted(shared)))
        return None if best is None else (best[4], best[5])
