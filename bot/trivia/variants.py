"""Other ways players type an accepted answer (what else turns a guess holding the answer into another
answer: bot.trivia.another; numbers with units and scales: bot.trivia.units).

- Spellings an answer is also known by: "yep"/"nope" for Yes/No, "11th" for 11 (and 3 for "3rd"),
  well-known short forms of places and wars ("USA", "UK", "NYC", "USSR", "WW2"); a country's other
  names ("RSA", "DRC", "Holland", "Burma") and, when the answer is the country, the word for its
  people where it names that country alone ("Swiss", "Dutch"); the country for a nationality
  (bot.trivia.places.country_forms); one country's names where the question means the country, not
  the island ("UK" for Great Britain), and "DC" for the US capital or a city's or team's Washington
  where no state is asked for, never a name the question says itself; names an act, a person, a club or
  a city is as well known by ("the Stones", "Sporty Spice", "Philly": bot.trivia.aliases).
- A person's surname alone ("Einstein" for Albert Einstein) when the question asks for a person, the
  name is a plain given-name-and-surname (no hyphen, particle or number: Korean names, whose order
  varies, and "van Gogh" are left to their listed aliases) and the surname is neither short nor the
  question's own word. Only the whole guess counts: "Michael Jackson" never matches Janet Jackson.
- A person's given name alone ("Mick" for Mick Jagger) to a "Who…?" question, when no other answer of
  the list is or starts with that name (`first_name_alone`).
- Episode codes, text-speak and subtitles without their article (bot.trivia.typedforms).
- Kin in its everyday word ("onjo's dad" for On-jo's father) and a multiple written with "x" ("2x"
  for Double).
- A ruler's or a pope's number said as players say it: "Henry the 8th", "Henry the eighth", "Louis
  14th" for Henry VIII and Louis XIV.
- The initials of a title of three words or more, or of two and a number, as fans abbreviate games
  and films: "ff4" and "ffiv" for Final Fantasy IV, "smb3", "lotr", "gta" (`initialisms`; never
  the question's own abbreviation, "dvi" to "What does DVI stand for?", nor a chat word).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence
from itertools import pairwise

from bot.lazy_re import compile_later
from bot.lore.names import KOREAN_SURNAMES
from bot.trivia.accepted import Answer
from bot.trivia.aliases import known_as
from bot.trivia.english import COMMON_WORDS
from bot.trivia.guesses import ARTICLES, CONNECTORS, FILLER_WORDS, TITLE_WORDS
from bot.trivia.hangul import surname_spellings
from bot.trivia.kinds import Kind, answer_kind
from bot.trivia.normal import MONTH_NAMES, compact_form, normalize_tokens
from bot.trivia.places import PLACES, country_forms
from bot.trivia.typedforms import GIVEN_NAMES, date_forms, month_alone_forms, typed_forms
from bot.trivia.units import asks_a_count

_YES = ("yes", "yep", "yeah", "yup", "ya", "yea", "yess", "네", "예", "응", "ㅇㅇ", "ja", "si", "sí", "oui", "sim")
_NO = ("no", "nope", "nah", "아니", "아니요", "아뇨", "아니오", "ㄴㄴ", "아직", "nein", "non", "não", "nao")  # (아직 alone: "not yet")
# (and German, Spanish, French and Portuguese; Russian "нет" is read as "no" by `bot.trivia.cyrillic`)
# Compact forms of one thing (bot.trivia.normal.compact_form): any of them stands for the others.
_SAME_THING: tuple[tuple[str, ...], ...] = (
    ("unitedstates", "unitedstatesofamerica", "usa", "us", "america", "theus"),
    ("unitedkingdom", "uk"),
    ("greatbritain", "britain"),  # (the island, and the country as people say it)
    ("sovietunion", "ussr"),
    ("newyorkcity", "nyc"),
    ("losangeles", "la"),
    ("unitedarabemirates", "uae"),
    ("newzealand", "nz"),
    ("europeanunion", "eu"),
    ("worldwar2", "ww2", "wwii", "2ndworldwar"),
    ("worldwar1", "ww1", "wwi", "1stworldwar"),
)
_SAME: dict[str, tuple[str, ...]] = {form: group for group in _SAME_THING for form in group}
_ORDINAL_ENDINGS = {"1": "st", "2": "nd", "3": "rd"}
# Words that make a place or a thing another one: "New York" is not York, "North Korea" is not Korea.
QUALIFIERS = frozenset(
    "new north south east west northern southern eastern western upper lower central equatorial".split()
)
_ROMAN_END = compile_later(r"\s[IVXLC]+\.?\s*$", re.IGNORECASE)  # ("elizabeth ii" as a list types it)
_ROMAN_DIGITS = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_PARTICLES = frozenset("van von de der den da di del della du la le bin ibn al el mac st of the".split())  # (an epithet: "Helen of Troy")


# Short forms that are everyday words too ("give us a hint", "la paz"): an answer only as the whole guess.
_ASKS_WHAT = frozenset({"what", "which", "whats"})
_WORDS_TOO = frozenset({"us", "la"})
# Not knowing, said beside a yes or no: "no sé si", "não sei sim", "gak tau ya", "idk ya", "je sais pas non" answer nothing.
_UNSURE = (("idk",), ("idek",), ("dunno",), ("not", "sure"), ("no", "se"), ("nose",), ("nao", "sei"), ("não", "sei"),
           ("sais", "pas"), ("jsp",), ("weiss", "nicht"), ("weiß", "nicht"), ("keine", "ahnung"), ("gak", "tau"), ("ga", "tau"),
           ("gatau",), ("gk", "tau"), ("nggak", "tau"), ("ngga", "tau"), ("gak", "tahu"), ("tidak", "tahu"), ("non", "so"),
           ("몰라",), ("모름",), ("모르겠어",), ("모르겠다",))
# Said with yes or no, these are chat: "no idea" is not No, "ya no" is neither.
_NOT_A_REPLY = frozenset({"idea", "clue", "problem", "worries", "comment", "thanks", "ty", "u", "you", "몰라", "모름", "모르겠어"})


_REPLY_SUBJECTS = frozenset("it they he she we i you there that this".split())
_REPLY_VERBS = frozenset(
    """
    is are was were do does did has have had can could will would isnt arent wasnt werent dont doesnt didnt
    hasnt havent hadnt cant couldnt wont wouldnt
    """.split()
)


def yes_no_reply(tokens: Sequence[str], answers: Iterable[str]) -> bool:
    """Whether a message is a yes or a no said with its short clause ("no they didnt", "yeah it
    is", "nope it wasn't") where the question's answers (compact forms) are yes or no: the first
    word is the guess, the clause only says it again. A clause saying the opposite ("no they did",
    "yes it isnt") is no such reply: which of the two is meant, no one can tell."""
    if not (3 <= len(tokens) <= 4 and tokens[2] in _REPLY_VERBS and tokens[3:] in ((), ("not",))):
        return False
    negative = tokens[2].endswith("nt") or tokens[3:] == ("not",)
    return (
        (tokens[0] in _NO if negative else tokens[0] in _YES) and tokens[1] in _REPLY_SUBJECTS
        and any(a in _YES or a in _NO for a in answers)
    )


def _unsure(tokens: Sequence[str]) -> bool:
    return any(tuple(tokens[i:i + len(words)]) == words for words in _UNSURE for i in range(len(tokens)))


def unsure_yes_no(core: Sequence[str], tokens: Sequence[str]) -> bool:
    """Whether a message's one yes or no word stands beside not knowing ("no sé si", "gak tau ya", "idk ya"): no answer."""
    return len(core) == 1 and len(tokens) > 1 and (core[0] in _YES or core[0] in _NO) and _unsure(tokens)


def counts_inside(form: str, at: int, last: int, tokens: Sequence[str]) -> bool:
    """Whether the answer form `form`, found at words `at`..`last` of a longer guess, answers it:
    a short form is never spelt across words ("us a" is no "usa"); "us" and "la" only as the whole
    guess; yes and no only as its first or last word, not in an idiom ("no idea") nor beside the
    other one ("ya no")."""
    if last > at:
        return len(form) > 3
    if form in _WORDS_TOO:
        return False
    if form in _YES or form in _NO:
        other = _NO if form in _YES else _YES
        return at in (0, len(tokens) - 1) and not (at + 1 < len(tokens) and tokens[at + 1] in _NOT_A_REPLY) and not any(
            t in other for t in tokens
        ) and not _unsure(tokens)
    return True


def _ordinal(number: str) -> str:
    if number.endswith(("11", "12", "13")):
        return number + "th"
    return number + _ORDINAL_ENDINGS.get(number[-1], "th")


def spellings(answer: Answer, question_text: str = "", episodes_in: Callable[[int], int] | None = None) -> list[str]:
    """Compact forms `answer` is also typed as (see module docstring; bot.trivia.typedforms; `episodes_in`:
    how many episodes a season of the show has, for a question about the show)."""
    forms = typed_forms(answer.text, answer.tokens, question_text, episodes_in) + _short_forms(answer, question_text) + _kin_forms(answer) + _multiple_forms(answer)
    forms += _both_ways(answer, question_text) + _premises_forms(answer) + _ie_as_y(answer)
    forms += date_forms(answer.tokens)
    question = normalize_tokens(question_text)
    forms += month_alone_forms(answer.tokens, question)
    kind = answer_kind(answer.text, question_text)  # (a country, not "Turkey" to "What bird...?")
    country = kind is Kind.PLACE or (kind is Kind.WORD and not _ASKS_WHAT.intersection(question))
    said = {*question, *(a + b for a, b in pairwise(question))}
    also = [form for form in known_as(answer.compact, answer.tokens) if form not in said]
    return forms + country_forms(answer.compact, question, country) + _one_place(answer.compact, question, kind) + also


# Names of one country where the answer means the country, not the island: "UK" for Great Britain.
_BRITAIN = ("greatbritain", "britain", "unitedkingdom", "uk", "gb", "teamgb")
_ISLAND_WORDS = frozenset("island islands isle isles archipelago".split())
# The US capital, where the question asks for no state (Washington the state has no "DC").
_CAPITAL = ("washingtondc", "districtofcolumbia", "dc", "washington")
_CITY_OR_TEAM = frozenset("city cities capital town team teams franchise nba nfl mlb nhl mls wnba".split())


def _one_place(compact: str, question: Sequence[str], kind: Kind) -> list[str]:
    """Other names of the place `compact` is, read with the question's words (see the constants above),
    none the question says ("DC" to "What does DC stand for?")."""
    forms: Sequence[str] = ()
    if compact in _BRITAIN and _ISLAND_WORDS.isdisjoint(question):
        forms = _BRITAIN
    elif compact in _CAPITAL and "state" not in question and kind is not Kind.PERSON:
        if compact != "washington":
            forms = _CAPITAL
        elif not _CITY_OR_TEAM.isdisjoint(question):  # the city, or its team ("_____ Wizards (NBA)")
            forms = ("dc", "washingtondc")
    said = {*question, *(a + b for a, b in pairwise(question))}
    return [form for form in forms if form != compact and form not in said]


# Everyday words for kin ("On-jo's dad" for On-jo's father).
_KIN = {
    "father": ("dad", "daddy", "papa"), "mother": ("mom", "mum", "mommy", "mama"), "brother": ("bro",),
    "sister": ("sis",),
}


# Words for a place of business, each typed for another: "chicken place" for a chicken restaurant. Only the
# first three name a business whatever comes before them ("first place", "hiding place", "sweet spot" do not).
_PREMISES = ("restaurant", "shop", "store", "place", "joint", "spot")


def _premises_forms(answer: Answer) -> list[str]:
    """An answer ending in a word for a place of business, with the others players type for it (not
    from "place" or "spot", which name no business as often: "first place", "sweet spot")."""
    if len(answer.tokens) < 2 or answer.tokens[-1] not in _PREMISES[:3]:
        return []
    head = list(answer.tokens[:-1])
    return [compact_form([*head, word]) for word in _PREMISES if word != answer.tokens[-1]]


def _ie_as_y(answer: Answer) -> list[str]:
    """A word answer ending in "ie", typed with the "y" or "ey" that sounds the same: "welfy" for Welfie
    (never onto another word or name: Julie is no July, Marie no Mary)."""
    compact = answer.compact
    if len(answer.tokens) != 1 or len(compact) < 5 or not compact.isalpha() or not compact.endswith("ie"):
        return []
    forms = [compact[:-2] + "y", compact[:-2] + "ey"]
    return [f for f in forms if f not in COMMON_WORDS and f not in GIVEN_NAMES and f not in MONTH_NAMES]


# Words by which a question asks for two things, whose order is then the player's ("Which two rivers...?").
_TWO_ASKED = compile_later(r"\b(?:two|both|pair|duo|couple)\b", re.IGNORECASE).search


def _both_ways(answer: Answer, question_text: str = "") -> list[str]:
    """Two names joined by "and", typed the other way round when the order is the player's: the question
    asks for two ("garfunkel and simon" to "Which duo...?") or for people ("roh jae-won and kim si-eun"
    for Kim Si-eun and Roh Jae-won), with the "and" or without it; and, in either order, each Korean
    surname romanised another way ("noh jaewon kim sieun"; one name's other surnames come from the
    lore's names). A fixed phrase keeps its order: "egg and chicken" is no Chicken and egg."""
    tokens = answer.tokens
    two = tokens.count("and") == 1 and tokens[0] != "and" and tokens[-1] != "and"
    if not two:
        return []
    at = tokens.index("and")
    firsts, seconds = _surnamed(tokens[:at]), _surnamed(tokens[at + 1 :])
    out = [compact_form([*a, "and", *b]) for a in firsts for b in seconds if (a, b) != (firsts[0], seconds[0])]
    if _TWO_ASKED(question_text) is None and answer_kind(answer.text, question_text) is not Kind.PERSON:
        return out
    out += [compact_form([*b, "and", *a]) for a in firsts for b in seconds]
    out += [compact_form([*b, *a]) for a in firsts for b in seconds]
    return out


def _surnamed(name: Sequence[str]) -> list[tuple[str, ...]]:
    """A name, and the same with its Korean surname romanised each other way ("noh jae won" for Roh Jae-won)."""
    head = tuple(name)
    if len(head) < 2 or not head[1].isalpha():
        return [head]
    return [head, *((other, *head[1:]) for other in surname_spellings(head[0]))]


# Multiples said in words, and as players write them: "2x", "x2", "2 times" for Double.
_MULTIPLES = {"double": 2, "twice": 2, "doubled": 2, "triple": 3, "thrice": 3, "tripled": 3, "quadruple": 4}


def _multiple_forms(answer: Answer) -> list[str]:
    times = _MULTIPLES.get(answer.compact)
    return [f"{times}x", f"x{times}", f"{times}times"] if times else []


def _kin_forms(answer: Answer) -> list[str]:
    """An answer ending in a kin word, said with its everyday word, with or without the possessive:
    "onjo's dad", "onjo dad" for On-jo's father."""
    tokens = answer.tokens
    if len(tokens) < 2 or tokens[-1] not in _KIN:
        return []
    heads = [list(tokens[:-1])]
    if "'s" in answer.text.lower() and tokens[-2].endswith("s"):
        heads.append([*tokens[:-2], tokens[-2][:-1]])  # "On-jo's father": "onjo father", "onjo dad"
    return [compact_form([*head, kin]) for head in heads for kin in (tokens[-1], *_KIN[tokens[-1]])]


def _short_forms(answer: Answer, question_text: str) -> list[str]:
    compact = answer.compact
    if compact in _YES:
        return [w for w in _YES if w != compact]
    if compact in _NO:
        return [w for w in _NO if w != compact]
    if compact in _SAME:
        return [form for form in _SAME[compact] if form != compact]
    if len(answer.tokens) == 1 and compact.isdigit() and len(compact) <= 3:
        return [] if asks_a_count(question_text) else [_ordinal(compact)]  # "11th" for episode 11, not for eleven weeks
    if len(answer.tokens) >= 2 and answer.tokens[-1].isdigit() and _ROMAN_END.search(answer.text):
        name = compact_form(list(answer.tokens[:-1]))  # a ruler's number: "Henry the 8th" for Henry VIII
        return [name + "the" + _ordinal(answer.tokens[-1]), name + _ordinal(answer.tokens[-1])]
    if len(answer.tokens) == 1 and compact[:-2].isdigit() and compact[-2:] in ("st", "nd", "rd", "th"):
        return [compact[:-2]]  # 3 for "3rd"
    if len(answer.tokens) >= 3 and answer.tokens[-1] == "junior" and all(t.isalpha() for t in answer.tokens):
        return [compact_form(list(answer.tokens[:-1])), compact_form(list(answer.tokens[-2:]))]  # "Robert Downey", "Downey Jr"
    return []


_GENERATIONS = frozenset({"jr", "sr", "junior", "senior", "ii", "iii", "iv"})


def _person(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without the generation after it ("Jr.", "III")."""
    return tokens[:-1] if len(tokens) >= 3 and tokens[-1] in _GENERATIONS else tokens


def surname(
    answer: Answer, question_text: str, others: Sequence[Answer], echoed: Collection[str],
    list_answers: Iterable[str] = (),
) -> str | None:
    """The surname that alone names the person `answer` is, or None (see module docstring). A
    surname another answer of the list shares (Theodore and Franklin Roosevelt) names nobody."""
    words = answer.text.split()
    tokens = answer.tokens
    if len(tokens) == len(words) >= 3 and tokens[-1] in _GENERATIONS:
        words, tokens = words[:-1], _person(tokens)  # "Robert Downey Jr.": Downey
    if not 2 <= len(tokens) <= 3 or len(words) != len(tokens) or "-" in answer.text:
        return None
    last = tokens[-1]
    if len(last) < 4 or not all(t.isalpha() for t in tokens) or tokens[0] in ARTICLES:
        return None
    titled = len(tokens) == 2 and tokens[0] in PERSON_TITLES  # "Dr. Wily", "Doctor Jones", "General Hux": a person
    if any(t in _PARTICLES or t in CONNECTORS for t in tokens) or last in FILLER_WORDS or last in TITLE_WORDS:
        return None
    if (last in echoed and answer.compact not in echoed) or any(last in _person(other.tokens)[:-1] for other in others):
        return None  # (a surname the question says is no answer, unless it offers the whole name: "Ruth or Gehrig?")
    # (a name the question offers among others, "Joe Morgan, Pete Rose, or George Foster", is a person's)
    offered = answer.compact in echoed and " or " in question_text and all(w[:1].isupper() for w in words)
    # (a full name that opens with a given name is a person's, whatever the question calls him: "Which
    # Beatle...?" John Lennon)
    named = len(tokens) == 2 and tokens[0] in GIVEN_NAMES and all(w[:1].isupper() for w in words)
    if not offered and not titled and not named and answer_kind(answer.text, question_text) is not Kind.PERSON:
        return None
    own = {answer.compact, *(other.compact for other in others)}
    for text in list_answers:
        tokens_there = normalize_tokens(text)
        if len(tokens_there) > 1 and tokens_there[-1] == last and compact_form(tokens_there) not in own:
            if not all(t in TITLE_WORDS for t in tokens_there[:-1]):  # ("Dr. McCoy" is McCoy)
                return None
    return last


def given_name(
    answer: Answer, others: Sequence[Answer], echoed: Collection[str], list_answers: Mapping[str, str],
    alone: Container[str],
) -> str | None:
    """The given name of a person `answer` ("Sirius" for Sirius Black) when the list itself takes it
    alone (`alone`: another question's whole answer, not its "first name"), and no other name of
    the list starts with it (Red's Harry Potter list answers "Sirius" and "Sirius Black")."""
    tokens = answer.tokens
    if not 2 <= len(tokens) <= 3 or not all(t.isalpha() for t in tokens) or "-" in answer.text:
        return None
    first = tokens[0]
    if len(first) < 3 or first in FILLER_WORDS or first in TITLE_WORDS or first in echoed or first not in alone:
        return None
    own = {answer.compact, *(other.compact for other in others)}
    for compact, text in list_answers.items():
        if compact != first and compact not in own and compact.startswith(first):
            tokens_there = normalize_tokens(text)
            if len(tokens_there) > 1 and tokens_there[0] == first:
                return None  # (two people of that name)
    return first


_WHO = compile_later(r"^\s*who\b(?!'?s that)", re.IGNORECASE)  # ("Who's that Pokémon?" asks for no person)


_GROUP_WORDS = frozenset("boys girls band crew gang punk kids men".split())


def first_name_alone(
    answer: Answer, question_text: str, list_answers: Mapping[str, str], others: Sequence[Answer] = (),
) -> str | None:
    """The given name of a two-word person `answer` to a "Who…?" question, taken alone when it names
    nobody else there: "Mick" for Mick Jagger, "Walt" for Walt Disney. Never when another answer of
    the list is that name or starts with it (a first name many answers share: "John"), nor when the
    question's own answers give the surname alone (`others`: "Aldous Huxley", "Huxley" says which part is
    enough), nor a title,
    a place, a chat word or a word of the question; the surname must be a word ("Jarvan IV" is left)."""
    tokens = answer.tokens
    if len(tokens) != 2 or len(answer.text.split()) != 2 or not _WHO.match(question_text):
        return None
    first, last = tokens
    if len(first) < 4 or len(last) < 3 or not first.isalpha() or not last.isalpha():
        return None
    if any(other.compact == last for other in others):
        return None
    if first in FILLER_WORDS or first in TITLE_WORDS or first in PERSON_TITLES or first in ARTICLES or first in PLACES:
        return None
    if first in GIVEN_NAMES or first in _NICKNAMES or first in _NICKNAME_FORMS:
        return None  # a name many people share ("Peter" to "Who is Spider-Man?": close, not right)
    if first in normalize_tokens(question_text) or answer_kind(answer.text, question_text) is not Kind.PERSON:
        return None
    if (len(last) >= 6 and last.endswith("s") and not last.endswith(("ss", "us", "is"))) or last in _GROUP_WORDS:
        return None  # a group: "Wright brothers", "Arctic Monkeys", "Daft Punk"
    words = answer.text.split()
    if words[0][:1].isupper() != words[1][:1].isupper() or first.endswith(("ed", "ic", "ing")):
        return None  # a name and a word ("Holographic doctor"), or an adjective ("Twisted Fate")
    for compact, text in list_answers.items():
        if compact != answer.compact and compact.startswith(first) and normalize_tokens(text)[:1] == [first]:
            return None  # (two people of that name, or the name alone another answer)
    return first


# Titles that make a name a person's (not "Mount", "Lake", "Saint", "King" or "God": Mount Hood, King Kong).
PERSON_TITLES = frozenset(
    """
    mr mrs ms mx dr doctor sir dame madame madam professor prof captain capt general gen colonel col
    major lieutenant lt sergeant sgt admiral commander agent detective senator governor president
    """.split()
)


# Everyday forms of given names ("Bill Gates" for William Gates); a prefix ("Sam", "Alex") needs none.
_NICKNAMES: dict[str, tuple[str, ...]] = {
    "william": ("bill", "billy", "will", "willy"), "robert": ("bob", "bobby", "rob", "robbie"),
    "richard": ("dick", "rick", "ricky"), "edward": ("ed", "eddie", "ted", "teddy"), "james": ("jim", "jimmy"),
    "john": ("jack", "johnny"), "michael": ("mike", "mikey"), "thomas": ("tom", "tommy"),
    "elizabeth": ("liz", "lizzie", "beth", "betty"), "margaret": ("maggie", "peggy", "meg"),
    "katherine": ("kate", "kathy", "katie"), "catherine": ("kate", "cathy", "katie"), "charles": ("charlie", "chuck"),
    "joseph": ("joe", "joey"), "daniel": ("dan", "danny"), "anthony": ("tony",), "andrew": ("andy", "drew"),
    "david": ("dave",), "stephen": ("steve",), "steven": ("steve",), "matthew": ("matt",), "henry": ("harry", "hank"),
    "lawrence": ("larry",), "theodore": ("ted", "teddy"), "frederick": ("fred", "freddie"), "jennifer": ("jen", "jenny"),
    "rebecca": ("becky",), "susan": ("sue",), "timothy": ("tim",), "gregory": ("greg",), "kenneth": ("ken",),
    "donald": ("don",), "ronald": ("ron",), "albert": ("al", "bert"), "abraham": ("abe",), "zachary": ("zach", "zack"),
    "nicholas": ("nick",), "christopher": ("chris",), "jonathan": ("jon",), "benjamin": ("ben",), "alexander": ("alex",),
    "patrick": ("pat",), "peter": ("pete",), "philip": ("phil",), "douglas": ("doug",), "raymond": ("ray",),
    "obiwan": ("ben",),  # (a character's everyday name: "Ben Kenobi", as Luke calls him)
}


_NICKNAME_FORMS = frozenset(form for forms in _NICKNAMES.values() for form in forms)
# More everyday forms, read in a full name only ("Mick Jagger" for Michael Jagger, "Ned Kelly" for
# Edward Kelly): alone, "Mick" is still the given name of whoever the list answers (`first_name_alone`).
_MORE_NICKNAMES: dict[str, tuple[str, ...]] = {
    "michael": ("mick", "mickey", "micky"), "edward": ("ned",), "william": ("liam",), "richard": ("rich", "richie"),
    "elizabeth": ("lizzy", "eliza"), "patrick": ("paddy",), "jacob": ("jake",), "samuel": ("sammy",),
    "susan": ("susie",), "patricia": ("pat", "patty", "trish"), "christine": ("chrissy",), "nathaniel": ("nate", "nat"),
    "jeffrey": ("jeff",), "geoffrey": ("geoff",),
}


def other_names(
    answer: Answer, others: Sequence[Answer], echoed: Collection[str], list_answers: Iterable[str] = (),
) -> list[str]:
    """Compact forms a person `answer` is also called by: an everyday form of its given name ("Bill
    Gates" for William Gates), its initial and surname ("W. Wordsworth"), a Korean name in Western
    order ("Dong-geun Joo" for Joo Dong-geun), and a hyphenated given name alone ("Obi-Wan" for Obi-Wan Kenobi,
    "Jean-Luc" for Jean-Luc Picard: distinctive as a name alone is not), unless the question says it
    or another answer of the list starts with it."""
    words = answer.text.split()
    tokens = answer.tokens
    if not 2 <= len(words) <= 3 or not all(t.isalpha() for t in tokens):
        return []
    given = normalize_tokens(words[0])  # ("Obi-Wan": one given name of two words)
    given_form = compact_form(given)
    nicks = (*_NICKNAMES.get(given_form, ()), *_MORE_NICKNAMES.get(given_form, ()))
    forms = [compact_form([nick, *tokens[len(given):]]) for nick in nicks]
    if len(words) == 2 and len(given) == 1 and len(given[0]) >= 2 and len(tokens[-1]) >= 4:
        initial = compact_form([given[0][0], tokens[-1]])  # "W. Wordsworth", "w wordsworth"
        if initial not in echoed:
            forms.append(initial)
    if len(words) == 2 and tokens[0] in KOREAN_SURNAMES and words[1].count("-") == 1:
        forms.append(compact_form([*tokens[1:], tokens[0]]))  # "Dong-geun Joo": a Korean name in Western order
    parts = words[0].split("-")
    # ("Chan-young Yoon": a Korean given name alone is anyone's; the list names it where it counts)
    korean = tokens[-1] in KOREAN_SURNAMES
    if len(parts) == 2 and all(part.isalpha() and len(part) >= 2 for part in parts) and len(words) == 2 and not korean:
        first = compact_form(normalize_tokens(words[0]))
        own = {answer.compact, first, *(other.compact for other in others)}
        if first not in echoed and not any(
            form.startswith(first) and form not in own for form in map(compact_form, map(normalize_tokens, list_answers))
        ):
            forms.append(first)
    return forms


# The codes a sport is played in, said after its name: "rugby union", "rugby league", "rugby sevens".
SPORT_CODES = ("union", "league", "sevens")


def initialisms(answer: Answer) -> list[str]:
    """The initials players abbreviate a title to (see module docstring): of its words but a first
    article, with its number in digits or in Roman numerals ("ff4", "ffiv"); at least three letters
    without a number, two with one."""
    tokens = answer.tokens
    number = tokens[-1] if tokens and tokens[-1].isdigit() else ""
    words = tokens[:-1] if number else tokens
    if words and words[0] in ARTICLES:
        words = words[1:]
    if not all(w.isalpha() and w != "and" for w in words) or not (1 if number else 3) <= len(words) <= 6:
        return []
    letters = "".join(w[0] for w in words)
    if len(words) == 1 and len(number) >= 2:
        return [letters + number]  # "n64" for Nintendo 64
    if not number:
        return [letters] if letters not in FILLER_WORDS else []
    if len(words) == 1:
        return []
    forms = [letters + number]
    if 0 < int(number) <= 20:
        forms.append(letters + _roman(int(number)))
    return forms


def initials_alone(answer: Answer, person: bool) -> str | None:
    """Initials that stand for `answer` only as a whole message: a title's that is also a chat word
    ("GoT" for Game of Thrones: "got it" is chat), a person's two or three names ("MJ", "JFK").
    The caller checks that no other answer of the list has the same initials."""
    tokens = answer.tokens
    if not 2 <= len(tokens) <= 6 or not all(t.isalpha() for t in tokens) or tokens[0] in ARTICLES:
        return None
    if person:
        if len(tokens) > 3 or any(t in _PARTICLES or t in TITLE_WORDS for t in tokens):
            return None
        letters = "".join(t[0] for t in tokens)
        return None if letters in FILLER_WORDS or letters in _YES or letters in _NO else letters  # ("ok", "so": chat)
    forms = initialisms(answer) if len(tokens) >= 3 else []
    if forms:
        return None  # (an initialism that is no chat word is found anywhere: `initialisms`)
    letters = "".join(t[0] for t in tokens if t != "and")
    return letters if len(tokens) >= 3 and len(letters) >= 3 and letters in FILLER_WORDS else None


def _roman(value: int) -> str:
    out = ""
    for size, numeral in _ROMAN_DIGITS:
        while value >= size:
            out += numeral
            value -= size
    return out


# Words that say a question asks for a sports team ("Which NFL team...", "Who won the 2015 Superbowl?").
_TEAM_WORDS = frozenset("team teams franchise club nfl nba mlb nhl mls superbowl bowl".split())


def team_city(
    answer: Answer, others: Sequence[Answer], question_tokens: Collection[str], echoed: Collection[str],
    list_answers: Iterable[str] = (),
) -> str | None:
    """The city alone of a team answer whose nickname alone is accepted too ("Green Bay" for Green
    Bay Packers when "Packers" is an answer), to a question about teams, as fans call a team by its
    city; not a city the question says, nor one the list's other teams share ("New York" for the
    Rangers where the Islanders are an answer too)."""
    if _TEAM_WORDS.isdisjoint(question_tokens) or not all(t.isalpha() for t in answer.tokens):
        return None
    for other in others:
        size = len(other.tokens)
        if 0 < size < len(answer.tokens) and answer.tokens[-size:] == other.tokens:
            city = compact_form(list(answer.tokens[:-size]))
            if len(city) < 4 or city in echoed:
                return None
            own = {a.compact for a in others}
            for text in list_answers:
                form = compact_form(normalize_tokens(text))
                if form.startswith(city) and form != city and form not in own:
                    return None
            return city
    return None


_ASKS_YES_NO = compile_later(r"^(?:does|do|did|is|are|was|were|can|could|has|have|had|will|would|should|as of [^,]*,\s*(?:has|had|is|was))\b", re.I)


def the_other_reply(tokens: Sequence[str], answers: Iterable[str], question: str) -> bool:
    """Whether a one-word message is the other reply than a yes/no question's answer (compact forms):
    "nope" where Yes answers, "yeah" where No does, a wrong attempt as "no" is (only where the
    question asks yes or no: "yeah" is chat where the symbol No answers)."""
    if len(tokens) != 1 or not _ASKS_YES_NO.match(question.strip()):
        return False
    kept = list(answers)
    return (tokens[0] in _YES and all(a in _NO for a in kept[:1])) or (tokens[0] in _NO and all(a in _YES for a in kept[:1]))
