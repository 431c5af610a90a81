"""Question analysis: what is asked (the question type), about whom, and in which words.

`Analyser.analyse(text)` reads a cleaned question into an `Analysis`:

1. the names in it (the one name resolver, on the text as typed, Hangul included), each replaced
   by a slot word (`ent0`, `ent1`, ...) so that "On-jo's father" reads "ent0 's father";
2. Korean question words glossed into English ("몇 화" -> "which episode"), chat spellings written
   out ("wat" -> "what"), misspelt words of the engine's vocabulary repaired ("libary");
3. the question type: who, which_episode, when, why, how_many (with what is counted or measured:
   many, much, long, old, tall, big), where, what_is, yes_no, or a statement (no question word:
   "it has 8 episodes right", "lee yoo mi role"); whether it reads as a claim to check (a tag
   "right?" / "true?", "isn't ...", "an article said ..."), the episode, season and years it names;
4. the clauses of a compound question ("who is On-jo's dad and what does he do").

The subject (a name, a description, a relation path) is resolved from the slots and the words by
subjects.py; what is asked beyond the subject is the analysis' content stems that no part of the
answer explains (router.py checks them against the answer's evidence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.lazy_re import Pattern, compile_later
from bot.lore.answer.asked_positions import read_positions
from bot.lore.answer.european_glosses import european_before_names
from bot.lore.answer.foreign_glosses import gloss_foreign
from bot.lore.answer.french_german_glosses import french_before_names
from bot.lore.answer.hinglish_glosses import hinglish_before_names
from bot.lore.answer.korean_glosses import gloss_korean
from bot.lore.answer.parts_named import PART_NAMES, PART_NOUNS, season_parts
from bot.lore.answer.question_type import read_type
from bot.lore.answer.romanised import ROMANISED_WORDS, hangul_of_romanised
from bot.lore.answer.watched_on import watched_on
from bot.lore.answer.words import (
    CHAT,
    FILLER,
    STOP,
    TypoFixer,
    dye_as_die,
    feeling_not_return,
    fold_text,
    join_phrases,
    name_words,
    stem,
    words_of,
)
from bot.lore.names import Entity, Mention, NameResolver
from bot.recent import RecentByIdentity
from bot.show import NOTHING, Position, ShowShape, TypedPlace
from bot.text import HANGUL

SLOT = compile_later(r"^ent(\d+)$")
# "who dies in ep 5 and ep 6", "what happens in episodes 3 and 4": the same question of each episode.
_EPISODE_PAIR = compile_later(r"\b(episodes?|eps?)\s*(\d{1,2})\s*(?:,|and|&|\+)\s*(?:(?:episode|ep)\s*)?(\d{1,2})\b")
_POSITION_WORD = compile_later(r"^(?:s\d{1,2}e\d{1,2}|\d{1,2}x\d{1,2}|s\d{1,2}|e\d{1,2})$")
_COMPOUND = compile_later(
    r"\s*(?:,\s*)?\band\s+(?=(?:who|whos|whose|what|whats|wats?|when|whens|where|wheres|why|how|hows|which|is|are|does|"
    r"did|was|were|has|will|would|could|can)\b)|\?\s+(?=\w)"  # chat spellings too: "who plays so-ju and whats his job"
    # "who plays on-jo, will she be in season 3": a second question of the one just named, after a comma
    r"|\s*,\s*(?=(?:will|would|could|can|is|was|does|did|do|are|has)\s+(?:she|he|they|ent\d+)\s+\w)",
    prefilter=True,
)
# "what is season 2 about", "what happens in season 2": its plot.
_ABOUT = compile_later(r"\bwhat(?: is| are| was|'s)?\b.*\babout\b|\bwhat happens in season\b")
# "whats the story", "what is the storyline": what the show is about.
_THE_STORY = compile_later(r"^what(?: is| was|'s)? (?:the )?(?:story|storyline)(?: of (?:the show|it))?$")
# "onjos dad": a possessive typed without its apostrophe, before a relation word.
_BARE_POSSESSIVE = compile_later(
    r"\b([^\W\d_]{3,})s\s+(?=(?:dad|mom|mum|father|mother|brother|sister|son|daughter|best friend|friend|crush|"
    r"girlfriend|boyfriend|actor|actress|job|teacher|partner|parents?|sibling|senior|sunbae|junior"
    r"|vater|mutter|bruder|schwester|bester|beste|besten|freund|freundin)\b)"  # German: "onjos vater"
)
# "the science teachers son": the words of a description begun with "the" before the owner written without apostrophe
_THE_ROLE_BEFORE = compile_later(r"\bthe\s+(?:[^\W\d_]+\s+){0,3}$", re.I)
# ... never a word that is no one ("the episodes son", "the shows actor": the show's own are asked otherwise)
_NOT_OWNERS = frozenset({"episode", "show", "serie", "season", "webtoon", "movie", "film", "drama", "kdrama", "thi", "wa"})
# "hyoryeong's friend jimin", "hari's little brother woojin": the one named, whoever's they are.
_APPOSED = compile_later(
    r"\bent\d+ 's (?:(?:best|little|lil|older|younger|big|baby|ex|former|old) )?(?:friend|bff|brother|bro|sister|sis|"
    r"dad|father|mom|mum|mother|son|daughter|classmate|crush|girlfriend|boyfriend|partner|neighbou?r|teacher|"
    r"student|sibling) (ent\d+)\b"
)
# "is the same writer back for s2": the show's writer (the same as ever), not a different one.
_SAME_MAKER = compile_later(r"\bthe same (writer|screenwriter|directors?|showrunner|cast|actors|actresses|team|crew)\b")
# "what does he do (for a living)": the job of whoever it is.
_WHAT_DOES_DO = compile_later(
    r"\bwhat (?:does|do) (ent\d+|he|she|they|\w+ 's \w+) do\b(?: for (?:a )?(?:living|work|job))?(?=\s*(?:\?|$|and\b))"
    # "what did Eun-ji do" asks what they did in the story; "for a living" still asks their job
    r"|\bwhat did (ent\d+|he|she|they|\w+ 's \w+) do for (?:a )?(?:living|work|job)(?=\s*(?:\?|$|and\b))"
)
# "how does it end", "what happens at the end": the ending.
# "how does the webtoon end": the sources only say the show changed its ending (never when it was serialised).
_WEBTOON_ENDS = compile_later(r"\b(?:how|where) (?:does|did) (?:the )?(?:webtoon|manhwa|comic|original)(?: story)? end\b"
                           r"|\bwhat happens (?:at|in) the end of (?:the )?(?:webtoon|manhwa|comic)\b"
                           r"|\bwhat is the (?:webtoon|manhwa|comic) (?:ending|'s ending)\b|\bwebtoon ending\b")
_HOW_IT_ENDS = compile_later(
    r"\b(?:how|where) (?:does|did|do|will) (?:it|this|the show|the series|the story|season (?:1|one)|s1|"
    r"the first season|everything|things|the season) (?:all )?end(?: up)?\b|\bwhat happens (?:at|in) the (?:very )?end\b"
    r"|\bhow (?:it|the show|the series|season (?:1|one)) ends\b"
    # "what did the ending mean", "whats the meaning of the ending": the ending itself, which is all the sources tell
    r"|^what (?:did|does|do) (?:the|that) ending (?:mean|signify)$|^what is the meaning of (?:the|that) ending$"
)
# "is it for kids", "can a 12 year old watch it", "is it kid friendly": how old a viewer should be.
# an age as parents type it: "13 year old", "13yr old", "13-year-old", "13 yo", "13 y/o"
_AGED = r"\d{1,2} ?(?:(?:year|yr)s?[- ]?olds?|yo|y/o|y\.o)"
_SUITABLE = compile_later(
    r"\b(?:for|appropriate for|suitable for|ok for|okay for|safe for|good for|fine for|allowed for)\s+"
    r"(?:kids|children|a child|a kid|teens|teenagers|minors|younger \w+|my (?:kids?|son|daughter|child|children|"
    rf"little \w+|younger \w+|(?:baby |little )?(?:brother|sister|sibling|nephew|niece|cousin))|(?:an?|my) {_AGED}|{_AGED}|\d{{1,2}})\b"
    # "can my 13 yo watch it", "should i let my kid watch this", "my 12 year old wants to watch it, ok?"
    rf"|\b(?:can|could|should|may) (?:i let )?(?:my|a|an) (?:kids?|son|daughter|child|{_AGED}) (?:watch|see)\b"
    rf"|\bmy {_AGED} (?:wants to|want to|wanna) (?:watch|see)\b"
    r"|\bfor (?:adults|grown ?ups|mature (?:audiences|viewers)|over 18s?|18\+?)\b"
    r"|\b(?:kid|child|family)[- ]?friendly\b|\bage[- ]?appropriate\b|\bwhat age\b|\bhow old (?:do|should|must) (?:you|i)\b"
    r"|\bcan (?:kids|children|my (?:kid|son|daughter|child)|(?:an?|my) \d{1,2} ?(?:year|yr)s? old) (?:watch|see)\b"
    r"|\bage (?:rating|limit|restriction|requirement)\b",
    prefilter=True,
)
# "반장이 뭐야" glossed: "class president what" (a Korean word asked about, no name in it).
_KOREAN_WHAT = compile_later(
    r"^(?!.*\b(?:ent\d+|name|title|role|actor|job|age|plot|episode|ending|season|who|when|where|why|how)\b)"
    r"(?P<k>(?:\w+ ){0,2}\w+) (?:what|meaning)$"
)
# "is it rated r", "is it pg 13", "is it 18+": a rating named (before "r" is read as "are").
_RATING_NAMED = compile_later(
    r"\b(?:rated|rating(?: of)?|an?)\s+(?:r|pg(?:\s*-?\s*13)?|nc\s*-?\s*17|ma|m|x|1[2-9]\s*\+?)(?!\w)"
    r"|(?:^|\s)(?:r|pg\s*-?\s*13|nc\s*-?\s*17|1[2-9])\s*(?:\+\s*)?(?:rated|rating)\b"
    r"|(?:^|\s)(?:1[2-9]\s*\+|1[2-9] plus|pg\s*-?\s*13|nc\s*-?\s*17)(?=\s|\?|$)"
)
_RATING_HINTS = ("rat", "pg", "+", "plus", "nc", " ma", " r", " m", " x", " 1")
_A_KDRAMA = compile_later(r"\ban? k ?drama\b")
# Words without which neither the show's names nor a platform can be in a text (a cheap first test).
# "who makes it out alive", "who gets out": who survives (never the one whose story says it).
_MAKES_IT_OUT = compile_later(r"^who (?:all |else )?(?:makes?|made|gets?|got) (?:it )?out(?: alive)?"
                           r"(?: of (?:hyosan|the city|the school|there))?(?: alive)?(?: in the end| at the end)?$")
# "list everyone Gwi-nam bites", "everybody that Su-hyeok saves": whom they do it to.
_EVERYONE_DONE = compile_later(r"^(?:(?:list|name|tell me)\s+)?(?:all\s+)?(?:every(?:one|body)|all the (?:people|ones|characters)"
                            r"|the (?:people|ones|characters))\s+(?:(?:that|who|whom)\s+)?(ent\d+)\s+"
                            r"(bites|bit|has bitten|kills|killed|has killed|saves|saved|rescues|rescued|infects|infected)\W*$")
# Korean puts the topic first: "반좀비 누구누구야" is "halfbie who are the", "죽는 사람 누구야" "die person who".
_KOREAN_TOPIC = compile_later(r"^(?P<topic>halfbie|zombie|die|survive|alive)(?: person| people)? (?P<q>who are the|who|how many)\W*$")
_KOREAN_TOPICS = {
    ("halfbie", "who"): "who are the halfbies", ("halfbie", "how"): "how many halfbies are there",
    ("zombie", "who"): "who turns into a zombie", ("zombie", "how"): "how many characters turn into zombies",
    ("die", "who"): "who dies", ("die", "how"): "how many characters die",
    ("survive", "who"): "who survives", ("survive", "how"): "how many students survive",
    ("alive", "who"): "who survives", ("alive", "how"): "how many students survive",
}
_MUSIC = compile_later(r"\bmusic\b(?!\s+(?:room|class|classroom|teacher|club))")
# "what's the relationship between On-jo and Cheong-san", "what is On-jo and Cheong-san's relationship".
_RELATION_BETWEEN = compile_later(
    r"^what(?: ?'s| is| s|s)? (?:the |their )?(?:relationship|relation|connection) (?:between|of) (ent\d+) and (ent\d+)\W*$"
    r"|^what(?: ?'s| is| s|s)? (ent\d+) and (ent\d+) ?'s (?:relationship|relation|connection)\W*$"
)
# "when is the kiss between Cheong-san and On-jo": what the two do, not how they are related.
_DEED_BETWEEN = compile_later(r"\b(?:the |their |that )?(kiss|fight|confession)\s+(?:scene\s+)?between\s+(ent\d+)\s+and\s+(ent\d+)\b")
_SHOW_HINT = compile_later(r"all of us|aouad|aoad|koreantitle|jigeum|the show|the series|drama| on | in ", re.I, prefilter=True)
_PINGS = compile_later(r"@\u200b?(?:everyone|here)\b|<@[!&]?\d+>", re.I)
# "the teacher who saves nayeon-does she die": a dash typed without spaces before the question asked of the one
# described parts them as " - " does (never a name's own hyphen: "on-jo", "gwi-nam"), and so do dots trailing off ("the
# teacher that saved nayeon... did she die")
_GLUED_DASH = compile_later(r"(?<=[a-z])(?:-|\s*(?:\.{2,}|\u2026)\s*)(?=(?:does|did|is|was|will|has|can|dies|died)\b)", re.I)
# "the guy who bit namra - it's gwinam right?", "the one who dies in ep 11 - cheongsan right?": a fan's guess at whom a
# description means, asked as the yes or no it is ("is gwinam the guy who bit namra", "does cheongsan die in ep 11"),
# never the profile of either; only a short question is tried (a guess is one line); a thing they carry ("the girl with
# the bow - namra right?") describes them too
_GUESS = compile_later(
    r"^\s*(?P<desc>the\s+(?:[^\W\d_]+\s+){0,2}?(?P<noun>[^\W\d_]+)\s+(?:(?:who|that)\s+(?P<deed>[^-\u2013\u2014?!.]+?)"
    r"|with\s+(?:the|a|an)\s+[^\W\d_]+))\s*(?:\s-+|[\u2013\u2014]|\.{2,}|\u2026)"
    r"\s*(?:it\s*['\u2019]?s\s+|it\s+is\s+|is\s+it\s+)?"
    r"(?P<neg>(?:not|never|isnt|isn['\u2019]t)\s+)?"
    r"(?!(?:does|did|do|is|was|are|he|she|they|him|her|who|what|lol|lmao|haha|i|me|you|u|not|no|never)\b)(?P<name>[^\W\d_][\w'\u2019-]*(?:\s+(?!(?:right|rite|ryt|correct|yeah|yes|ya|diba|kan)\b)[^\W\d_][\w'\u2019-]*)?)"
    r"\s*,?\s*(?:right|rite|ryt|correct|yeah|yes|ya|diba|kan)?\s*[?\uff1f!.]*\s*"
    r"(?:(?<=[?\uff1f!.\s])(?:lol|lmao|lmfao|haha\w*|ngl|tbh)\b[^?\uff1f\n]{0,40})?$", re.I)  # ("... lol i hate him": an aside)
_GUESS_LONGEST = 160
# ... whose description is a fate befalling them ("who dies in ep 11"): whether they die then, and of a small group
# whom the sources name ("the archer who dies - it's hari right?": no, and the archer who does)
_FATE_GUESSED = compile_later(r"^(?:die[sd]?|dead|turn(?:s|ed)?)\b(?P<rest>.*)$", re.I)
_FEW = frozenset({"archer", "teacher"})


def _guess_asked(raw: str) -> str:
    """`raw` with a guess after a description asked as a yes or no of the name guessed; unchanged otherwise."""
    if len(raw) > _GUESS_LONGEST or (m := _GUESS.match(raw)) is None:
        return raw
    name, deed = m["name"], " ".join((m["deed"] or "").split())  # (none: "the girl with the bow - namra right?")
    fate = _FATE_GUESSED.match(deed)
    if m["neg"]:  # "- not gwinam right?": a yes would agree with the "not"; asked plainly, the answer names whom it is
        return f"who {deed}?" if fate is not None else f"who is {' '.join(m['desc'].split())}?"
    if fate is not None:
        few = f" and which {m['noun'].casefold()}s die{fate['rest']}" if m["noun"].casefold() in _FEW else ""
        return f"does {name} die{fate['rest']}{few}?"
    return f"is {name} {' '.join(m['desc'].split())}?"


# "the first zombie", "who died first", "the last to die": the rank is what is asked (kept as a word).
_RANK = compile_later(
    r"\b(first|last)\s+(?=(?:zombie|infected|infection|person|victim|one|halfbie|student|to|death|casualty|case|"
    r"bite|character|human|kill|carrier|(?:girl|boy|guy|gal|female|male|woman|man|kid|teacher|adult)s?\s+(?:to|who|that))s?\b)|\b(?:die|died|dies|turn|turned|turns|infected|bitten|killed|bit)\s+(first|last)\b"
    # "마지막에 누가 죽어" glossed: "last who die"
    r"|\b(first|last)\s+(?=(?:who\s+)?(?:die|dies|died|dying|death|killed)\b)"
)
# "who is on the roof at the end": the ending of the story, when the phrase ends the question or
# names the show ("at the end of the show"); never "the end of the library scene", and not a
# question about who lives (the survivors' own record answers "who survives in the end").
_AT_THE_END = compile_later(r"\b(?:at|in) the (?:very )?end(?:\s+of\s+(?:the show|the series|season (?:1|one)|it))?\s*$")
# "what is namra at the end", "what does gwinam become", "what did namra turn into": their state, their fate.
_BECOMES = compile_later(r"^what (?:is|'s|s|was|are|were) (ent\d+|the \w+) (?:at|in) the (?:very )?end(?:ing)?$"
                      r"|^what (?:does|did|do) (ent\d+|the \w+) (?:become|turn into|end up as|end up|do (?:at|in) the end)"
                      r"(?: at the end| in the end)?$")
# "when did it come out in korea": it came out worldwide at once; the country asked is no other date ("philippines" is
# read singular by then: "what time did s1 come out in the philippines").
_RELEASED_IN = compile_later(r"\b(releas\w*|come out|came out|premiere\w*|drop\w*|air\w*|stream\w*) in (?:south )?"
                          r"(?:korea|the us|the usa|usa|america|the uk|uk|japan|india|indonesia|(?:the )?philippines?|ph|pinas|"
                          r"brazil|mexico|canada|australia|germany|france|spain|singapore|malaysia|thailand|vietnam|my country)\b")
# "when did the finale come out", "when did the last episode air": the release of the episode the finale names
_FINALE_RELEASED = compile_later(r"\b(?:finale|last (?:episode|ep))\b.*\b(?:come out|came out|releas\w*|premiered|aired|dropped)\b")
_ABOUT_SURVIVING = compile_later(r"\b(?:surviv\w*|alive|live|lives|living|make it|made it|dead|die|dies|died)\b")
_PLATFORM = compile_later(r"\s*\bplatform([a-z]+)\b")
# "what does banjang mean", "meaning of welfie", "반장 뜻": the word itself is asked about (a name
# the resolver knows, "Banjang" for Nam-ra, is then the word, not the person).
_DEFINITION = compile_later(
    r"^(?:what|wat)(?: is| 's|s)? (?:the )?(?:meaning|definition) of (?:the (?:word|term) )?(?P<a>.+?)$"
    r"|^what (?:does|do|did) (?:the (?:word|term) )?(?P<b>.+?) (?:mean|means|stand for|translate to)(?: in english)?$"
    r"|^(?:define|meaning of) (?P<c>.+?)$|^(?P<d>.+?) (?:meaning|definition)$"
    r"|^what(?: is| 's|s) (?P<e>.+?) in english$"
)
# "what is banjang", "whats a banjang": "what", not "who", asked of a word that only names someone
# by a nickname or a title asks what the word is (a name part, "what is namra", still asks who).
_WHAT_IS_SLOT = compile_later(r"^(?:what|wat)(?: is| 's|s) (?:a |an |the )?(ent\d+)"
                           r"(?: (?:lol|lmao|haha|again|exactly|tho|though|anyway|even|bro|pls|please))*$")


def a_when(joined: str) -> bool:
    """Whether a question asks when (or whether) something came out."""
    return re.match(r"(?:when|what (?:day|date|time)|did|was|is|has)\b", joined) is not None


def _a_nickname_asked(joined: str, slots: dict[str, Slot]) -> bool:
    found = _WHAT_IS_SLOT.match(joined)
    slot = slots.get(found.group(1)) if found is not None else None
    if slot is None or len(slot.candidates) != 1:
        return False
    typed = fold_text(slot.mention.text).replace(" ", "")
    return typed not in fold_text(slot.candidates[0].name).replace("-", "").replace(" ", "")


_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "they", "them", "their"})
# "2" for "to" after a verb that takes "to" ("what happened 2 mr lee", "what happens 2 namra").
_TO_AS_TWO = compile_later(r"\b(happen(?:s|ed)?|go(?:es)?|went|belong(?:s|ed)?|talk(?:s|ed)?|listen(?:s|ed)?) 2 (?=\D)")
# "who drew the webtoon": its maker ("drew" is no drawing-away of zombies).
_WHO_DREW = compile_later(r"\bwho (?:drew|draws|illustrated|illustrates)\b")
# English "who namra saved", "who woojin killed" is English's order, whom they saved or killed ("who was it that woojin
# killed", "the one who woojin killed", "who woojin kiled" once its typo is mended); Spanish "a quién salvó woojin" too
# ("a who saved ent0": the "a" marks the one done to). Never in Korean, whose glosses put "수혁이를 구해준 애" as
# "who ent0 saved" (who saved him)
_WHOM_FIRST = compile_later(r"^\s*(?:who\s+(?:was|is|s)\s+it\s+(?:that\s+)?|(?:the\s+)?one\s+(?:who\s+|that\s+)?|who\s+)"
                            r"(ent\d+)\s+(saved|rescued|protected|bit|killed|infected)(?=\W*$)")
_WHOM_ABROAD = compile_later(r"^\s*a\s+who\s+(saved|rescued|protected|bit|killed|infected)\s+(ent\d+)(?=\W*$)")
_PRESENT = {"saved": "save", "rescued": "rescue", "protected": "protect", "bit": "bite", "killed": "kill",
            "infected": "infect"}
# The webtoon by its title ("when was now at our school published"): the webtoon, not a school.
_WEBTOON_TITLE = compile_later(r"\b(?:the )?now at our school\b(?:\s+(?:webtoon|comic|manhwa))?")
_SHOW_NAMES = compile_later(
    r"\b(?:all of us are dead|all of us r dead|all of us are ded|aouad|aoad|the show|this show|the series|"
    r"the drama|the kdrama|the k drama|koreantitle|jigeum uri hakgyoneun|"
    # its Spanish and Portuguese titles, left as typed by the glosses ("cuándo sale estamos muertos 2": season 2)
    r"(?:todos )?estamos (?:todos )?(?:muertos|mortos)"
    # "does park ji-hu survive this movie": the show outlived, as "die in this movie" is the show (preamble.py)
    r"|(?:(?<=survive )|(?<=survives )|(?<=survived ))(?:this|the zombie) (?:movie|film))\b",
    prefilter=True,
)


@dataclass(frozen=True)
class Slot:
    """A name found in the question: its slot word (ent0) and the entities it may mean."""

    word: str
    mention: Mention
    spoils: Position = NOTHING  # what reading it as them reveals ("the guy who bit Nam-ra")

    @property
    def candidates(self) -> tuple[Entity, ...]:
        return self.mention.candidates


@dataclass
class Analysis:
    raw: str
    text: str  # folded English words with slot words, one space apart
    words: list[str]
    slots: dict[str, Slot]
    korean: bool = False
    qtype: str = "statement"
    how: str | None = None
    yes_no: bool = False
    negative: bool = False  # "isn't ...", "didn't ..."
    claim: bool = False  # a claim to check: a tag question, a reported claim, a bare statement
    reported: bool = False  # "an article said ...": a claim someone made
    episode: Position | None = None
    unheld_episode: TypedPlace | None = None  # "is onjo in episode 0": typed, held by no position, refused
    season: int | None = None
    season_guessed: bool = False  # season 2 read from an episode asked ahead, no season named (unnamed_season.py)
    years: frozenset[str] = frozenset()
    mentions_show: bool = False
    pronouns: bool = False
    definition: bool = False  # "what does banjang mean": what a word means
    platform: str = ""  # "is it on disney plus": the platform asked about ("disney")
    rank: str = ""  # "the first zombie", "who dies last": the rank the answer must state
    stems: list[str] = field(default_factory=list)  # content stems in order (slots left out)
    repaired: frozenset[str] = frozenset()  # words the typo repair put in place of what was typed ("hobby": "lobby")

    def has(self, *words: str) -> bool:
        return any(w in self.words for w in words)

    def search(self, pattern: Pattern) -> re.Match[str] | None:
        return pattern.search(self.text)

    @property
    def slot_words(self) -> list[str]:
        return [w for w in self.words if SLOT.match(w)]


_HOW_NEXT = frozenset("many much long old tall far often does did do to come can".split())


@dataclass(frozen=True)
class _TypoWords:
    names_of: NameResolver
    fixer: TypoFixer


def _typo_tables(resolver: NameResolver, vocabulary: Sequence[str]) -> tuple[_TypoWords, frozenset[str]]:
    fixer = TypoFixer(vocabulary, name_words(n for e in resolver.entities for n in (e.name, *resolver.aliases(e))))
    return _TypoWords(resolver, fixer), fixer.vocabulary | ROMANISED_WORDS  # words never read as a name one letter off


_TYPO_TABLES: RecentByIdentity[Sequence[str], tuple[_TypoWords, frozenset[str]]] = RecentByIdentity()


class Analyser:
    def __init__(self, resolver: NameResolver, vocabulary: Sequence[str], shape: ShowShape) -> None:
        self.resolver = resolver
        self.shape = shape
        # The word tables come from the pack alone: built once for the engines of one pack (every
        # bot start, every server without additions), each engine remembering its own repairs.
        kept, self._known = _TYPO_TABLES.get(vocabulary, lambda: _typo_tables(resolver, vocabulary))
        if kept.names_of is not resolver:
            kept, self._known = _typo_tables(resolver, vocabulary)
        self.typos = kept.fixer.fresh()

    def clauses(self, raw: str) -> tuple[list[str], dict[str, Slot], bool]:
        """The question's clauses as folded text with slot words, the slots, and whether it is Korean."""
        raw = _GLUED_DASH.sub(" - ", _guess_asked(_PINGS.sub(" ", raw)))
        raw = _BARE_POSSESSIVE.sub(self._possessive, raw)
        raw = european_before_names(hinglish_before_names(raw))  # "onjo mar gayi kya", "on-jo'yu kim oynuyor"
        raw = french_before_names(raw, lambda word: self.resolver.resolve(word).found)  # "le père d'onjo"
        mentions = self.resolver.mentions(raw, known_words=self._known)
        slots: dict[str, Slot] = {}
        pieces: list[str] = []
        cursor = 0
        for i, mention in enumerate(mentions):
            word = f"ent{i}"
            slots[word] = Slot(word, mention)
            tail = " 's " if re.search(r"['’]s?$|s['’]$", mention.text) else " "
            pieces.append(raw[cursor:mention.start])
            pieces.append(f" {word}{tail}")
            cursor = mention.end
        pieces.append(raw[cursor:])
        text = "".join(pieces)
        if _SHOW_HINT.search(text):
            text = _SHOW_NAMES.sub(" the show ", text)
        text = watched_on(text)  # "is it on disney plus": a claim of that platform; "when can i watch it": its release
        text = hangul_of_romanised(text)  # "namra banjombi ya": read as "남라 반좀비야"
        text = gloss_foreign(text)  # "quien muere al final": read as "who dies at the end"
        korean = HANGUL.search(text) is not None
        text = feeling_not_return(dye_as_die(fold_text(gloss_korean(text))))  # "who dyes in ep 1": dies; "like X back"
        parts = [p for p in _COMPOUND.split(text) if p and p.strip()]
        parts = [q for p in parts for q in _each_episode(p)]
        return parts, slots, korean

    def _possessive(self, match: re.Match[str]) -> str:
        """"onjos dad" -> "onjo's dad" when "onjo" is a name (never "does Son ..." -> "doe's Son")."""
        word = match.group(1)
        if self.resolver.resolve(word).found:
            return f"{word}'s "
        # "the science teachers son", "the firefighters daughter": a role said with "the" owns the relative too
        before = match.string[:match.start()]
        return f"{word}'s " if _THE_ROLE_BEFORE.search(before) and word.casefold() not in _NOT_OWNERS else match.group(0)

    def analyse(self, raw: str, text: str, slots: dict[str, Slot], korean: bool) -> Analysis:
        words: list[str] = []
        repaired: set[str] = set()
        typed = words_of(text)
        for i, word in enumerate(typed):
            if SLOT.match(word):
                words.append(word)
                continue
            if word == "hwo":  # "how" or "who" with two letters swapped: the next word says which
                word = "how" if i + 1 < len(typed) and typed[i + 1] in _HOW_NEXT else "who"
            expanded = CHAT.get(word, word)
            for piece in expanded.split():
                words.append(self.typos.fix(piece))
                if words[-1] != piece:
                    repaired.add(words[-1])
        joined = " ".join(words)
        if not korean:  # after the typos are mended: "who woojin kiled"
            joined = _WHOM_FIRST.sub(lambda m: f"who did {m.group(1)} {_PRESENT[m.group(2)]}", joined)
            joined = _WHOM_ABROAD.sub(lambda m: f"who did {m.group(2)} {_PRESENT[m.group(1)]}", joined)
        if "relation" in joined or "connect" in joined:
            joined = _RELATION_BETWEEN.sub(lambda m: f"how is {m.group(1) or m.group(3)} related to {m.group(2) or m.group(4)}",
                                           joined)
        if " 2 " in joined:
            joined = _TO_AS_TWO.sub(r"\1 to ", joined)  # "what happened 2 mr lee": "to"
        if "our school" in joined and "mean" not in joined:
            joined = _WEBTOON_TITLE.sub("the webtoon", joined)
        platform = _PLATFORM.search(joined)
        if platform is not None:
            joined = _PLATFORM.sub("", joined).strip()
        if " 's " in joined and not re.match(r"(?:is|was|are|were|isn't|wasn't|does|did|do)\b", joined):
            joined = _APPOSED.sub(r"\1", joined)  # "what happened to hyoryeong's friend jimin": Ji-min
        if "same" in joined:
            joined = _SAME_MAKER.sub(r"the \1", joined)  # "is the same writer back": the writer
        joined = _WHAT_DOES_DO.sub(lambda m: f"what is {m.group(1) or m.group(2)} 's job", joined)
        joined = _MAKES_IT_OUT.sub("who survives", joined)
        if (becomes := _BECOMES.match(joined)) is not None:
            joined = f"what happens to {becomes.group(1) or becomes.group(2)}"
        if " in " in joined and a_when(joined):
            joined = _RELEASED_IN.sub(r"\1", joined)
        if "music" in joined:
            joined = _MUSIC.sub("soundtrack", joined)  # "what music is in the show": not the music room
        joined = _EVERYONE_DONE.sub(r"who did \1 \2", joined)
        if korean:
            reordered = _KOREAN_TOPIC.match(joined)
            if reordered is not None:  # "반좀비 누구누구야" glossed "halfbie who are the": who are the halfbies
                joined = _KOREAN_TOPICS[(reordered.group("topic"), reordered.group("q").split()[0])]
        if "between" in joined:
            joined = _DEED_BETWEEN.sub(r"\2 and \3 \1", joined)  # "the kiss between ent0 and ent1": they kiss
        joined = _WHO_DREW.sub("who created", joined)
        joined = _WEBTOON_ENDS.sub("how is the webtoon ending different", joined)
        joined = _HOW_IT_ENDS.sub("what is the ending", joined)
        joined = _THE_STORY.sub("what is the show about", joined)
        joined = _A_KDRAMA.sub("a korean drama", joined)
        rating = any(w in text for w in _RATING_HINTS) and _RATING_NAMED.search(text) is not None
        if (_SUITABLE.search(joined) or _SUITABLE.search(text) or rating) and not re.search(r"\bent\d", joined):
            joined = "what is the age rating"  # "is it ok for kids": the rating, never a bare "Yes."
        if (re.match(r"(?:who|what|which)\b", joined) and not re.search(r"\bent\d", joined)
                and not _ABOUT_SURVIVING.search(joined)):
            joined = _AT_THE_END.sub("in the ending", joined)  # "who is on the roof at the end"
        defined = _DEFINITION.match(joined) or (_KOREAN_WHAT.match(joined) if korean else None)
        definition = defined is not None or _a_nickname_asked(joined, slots)
        if definition:
            joined = self._unslotted(joined, slots)
        words = joined.split()
        a = Analysis(raw, joined, words, {w: s for w, s in slots.items() if w in words}, korean, repaired=frozenset(repaired))
        a.definition = definition
        a.platform = platform.group(1) if platform is not None else ""
        a.mentions_show = bool(_SHOW_NAMES.search(joined))
        if a.mentions_show:
            joined = _SHOW_NAMES.sub(" the show ", joined)
            a.text = " ".join(joined.split())
            a.words = a.text.split()
        read_type(a)
        read_positions(a, self.shape)
        a.pronouns = any(w in _PRONOUNS for w in a.words)
        dropped = self._position_words(a)
        if a.definition:
            dropped |= {"meaning", "stand", "word", "term"}  # "what does the word welfie mean / stand for"
            a.qtype, a.yes_no, a.claim = "what_is", False, False
            if a.mentions_show:
                a.text += " title"  # "what does all of us are dead mean": its title's meaning
                a.words = a.text.split()
        # ("whats the school called again": a word said after "called" changes nothing)
        if re.search(r"\bname of\b|'s name\b|\bnamed\b|\bcalled(?: (?:again|lol|lmao|tho|though|rn|exactly|anyway|now))*$",
                     a.text) and a.qtype in ("what_is", "who", "statement"):
            dropped.add("name")  # "the name of the school", "what is the school called": the school is asked about
        text = a.text + (" plot" if _ABOUT.search(a.text) else "")
        ranked = {w for m in _RANK.finditer(a.text) for w in m.groups() if w}
        a.rank = min(ranked, default="")
        a.stems = [
            stem(w) for w in words_of(join_phrases(text))
            if w in ranked or (not SLOT.match(w) and w not in STOP and w not in FILLER and (len(w) > 1 or w.isdigit())
                               and stem(w) not in FILLER and stem(w) not in dropped)
        ]
        return a

    @staticmethod
    def _unslotted(text: str, slots: dict[str, Slot]) -> str:
        """The question with each name slot written back as the word typed ("what does ent0 mean"
        -> "what does banjang mean"): a word's meaning is asked, not who it names."""
        return re.sub(r"\bent\d+\b", lambda m: fold_text(slots[m.group(0)].mention.text) if m.group(0) in slots
                      else m.group(0), text)

    # -- reading

    def _position_words(self, a: Analysis) -> set[str]:
        """Words that only name a place in the show ("episode 11", "season 1"): read, not matched."""
        dropped: set[str] = set()
        dropped |= {w for w in a.words if _POSITION_WORD.match(w)}
        dropped |= set(re.findall(r"\b(?:article|source|site)\s+(\d+)\b", a.text))  # a label, not a number
        if (named := a.episode or a.unheld_episode) is not None:
            dropped |= {str(named.episode), "episode"} | ({"zero"} if named.episode == 0 else set())  # "episode zero"
            dropped |= {"pilot"} if named == Position(1, 1) else set()  # "what happens in the pilot" (asked_positions)
        if a.episode is not None:
            if a.qtype == "when" and _FINALE_RELEASED.search(a.text) and not self.shape.episodes_in(2):
                dropped.add("ending")  # "when did the finale come out": season 1's, the only one listed, named
            if a.season is not None:
                dropped.add(str(a.season))
        if a.season in (1, 2):
            dropped |= {"season", str(a.season), "second", "2nd", "sequel"}
        if a.season == 1 and (parts := season_parts(a.text)):
            # "season 1 part 2" (episodes 7-12 to some fans): season 1 came out whole, so its part is no release
            # and matching on it would pull in season 2's parts
            dropped |= {*PART_NAMES, *PART_NOUNS, *map(str, parts)}
        return dropped


def _each_episode(clause: str) -> list[str]:
    """"who dies in ep 5 and ep 6" as "who dies in episode 5" and "who dies in episode 6"."""
    pair = _EPISODE_PAIR.search(clause)
    if pair is None or pair.group(2) == pair.group(3):
        return [clause]
    head, tail = clause[: pair.start()], clause[pair.end():]
    return [f"{head}episode {n}{tail}" for n in (pair.group(2), pair.group(3))]
