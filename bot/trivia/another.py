"""What turns a guess that holds an accepted answer into another answer.

- A qualifier before it: "New York" is not York, "North Korea" not Korea (`QUALIFIERS`, always), nor
  is "vice principal" the principal or "step mom" the mother (`RANK_QUALIFIERS`, always);
  and, when the question asks for a place, a word that makes another place: "Latin America" is
  not America, "American Samoa" not Samoa, "Little Italy" not Italy. ("Great Britain" and Britain
  are one place: bot.trivia.variants lists them as the same thing.)
- A given name before the answer to a question asking for a place or a thing: "Freddie Mercury"
  is not the planet (bot.trivia.typedforms).
- A place or thing word after it, naming another kind than the question asks for: "Mexico City"
  for the country Mexico, "Kansas City" or "Washington DC" for the state, "Beatles song" for the
  band, "gold medal" for the metal, "Iron Man" for the element. When the question asks for a city,
  "New York City" is New York; when it names no kind, the word is kept. A sea, river, lake, planet,
  star or ship word names its own kind: "Red Sea" to "what colour", "Jordan River" for the country
  ("blue colour" is blue). ("the England team" is
  England; after a place, "man" is said to the channel: "its paris man".)
- Another country or region after a place than the one the question names: "Dover, England" to
  "What is the capital of Delaware?", "Paris Texas" for the capital of France; a state's code is
  the state ("Atlanta, GA" is right, "Dover, TX" is not: bot.trivia.places.state_by_code).
- Another sport: "table tennis" is not tennis, "water polo" not polo (`_OTHER_SPORT`); "field
  hockey" is not the hockey of answers that say "Ice Hockey" (`another_sport`).
- A relation: "the moon of Jupiter", "Zeus's son", "the capital of France" (unless the question
  says that word itself: "capital of France" to "Paris is the capital of which country?").
- A sequel number (2 to 12, "Part 2") after an answer that is no place: "Iron Man 2" is not Iron
  Man, "Henry 8" not Henry ("Iron Man 1" is; an answer with a number of its own is left alone:
  "Apollo 11"; a number the question says, or a count ("celtics 3 times"), is no sequel; after a
  place, it is chat: "paris 20").
- A range of numbers is several answers ("4 to 5", "between 4 and 5": bot.trivia.matching).
- A word right after the answer that makes it the first half of another name (a compound noun: its
  last noun names the thing): "Mars bar" is not Mars, "apple pie" not Apple, "eagle scout" not
  Eagle, "Guinea-Bissau" not Guinea, "Tokyo Tower" not Tokyo, "Columbia University" not the capital
  of South Carolina (`makes_compound`). Not when the word
  is chat, text-speak or sentence glue ("mars lol", "mars frfr", "mars is my guess"; a "y" after a
  consonant is a vowel: "fruit fly", "blue sky" are names, "ty" and "sry" text-speak), a word the
  question says ("webbed feet" to "what kind of feet"), a kind word (above), a company's legal form
  or a brand's kind ("Apple Inc", "Forbes magazine"), a preposition ("pineapple under the sea"), a
  word said to the channel ("paris mate", "mars sir"), an adverb ("mars hopefully"), the country
  or region a place is in ("Tel Aviv Israel": bot.trivia.places), a word of another accepted answer ("ABBA SOS" for "ABBA (with SOS)"), or when
  a separator stands between ("mars, obviously"). Nor after a person's name (a surname after a
  given name is the same person: "Alfred Pennyworth" for Alfred) or an adjective ("webbed feet" for
  Webbed). Words before the answer qualify it and keep it: "planet Mars", "iron ore", "a black pig".
- Not a place typed before a country or region answer ("Paris France" for France, "Seattle
  Washington" for the state: the country is said, and telling the player's wrong city from the
  right one needs what the list does not say), nor a name word after the one name of a poet,
  painter or emperor ("Napoleon Bonaparte", "Dante Alighieri" are right; a famous name of someone
  else, "Homer Simpson" for the poet, is not: bot.trivia.famous).
- After a one-word answer that is part of a full name the question accepts or its list answers, a
  name word other than such a name's next one: "Rintaro Nakiri" for Rintaro (Rintaro Okabe),
  "Robin Hood" for Robin where the list answers "Nico Robin" (`another_name_after`).
- Another given name before a surname the question accepts alone: "Groucho Marx" when the answers
  are "Karl Marx" and "Marx", "Rodolphus Lestrange" for Bellatrix (`another_given_name`; a title,
  an initial or chat before it keep it: "Dr Marx", "K. Marx", "its Marx").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot.lazy_re import compile_later
from bot.trivia.accepted import UNITS, Answer
from bot.trivia.guesses import ARTICLES, KOREAN_ADDRESS, THE_ONE, TITLE_WORDS, TOLD_AFTER, is_filler
from bot.trivia.kinds import Kind, answer_kind
from bot.trivia.normal import compact_form, normalize_tokens
from bot.trivia.places import PLACES, place_at, places_agree, state_by_code
from bot.trivia.talk import GUESS_PARTICLES
from bot.trivia.typedforms import GIVEN_NAMES, asks_for_a_thing, names_a_person, sound_of_name
from bot.trivia.variants import QUALIFIERS

# Before a place: words that make it another place ("Latin America", "British Columbia", "Democratic
# Republic of the Congo" for the Republic of the Congo).
PLACE_QUALIFIERS = frozenset(
    "great little latin american british french dutch spanish portuguese german danish inner outer "
    "baja saudi lesser democratic".split()
)
# Before a role, a relative or a thing: words that make it another one ("vice principal" is not the
# principal, "step mom" not the mother, "anti hero" not the hero).
RANK_QUALIFIERS = frozenset("vice deputy assistant acting step half ex anti sub pseudo fake".split())
# Before a sport that names one game wherever it is said: words that make it another sport ("table
# tennis", "water polo", "mini golf"). Not hockey or football, which name different games in
# different countries: "ice hockey" may be just what a "Hockey" answer means.
_SPORT_WORDS = frozenset(
    "ice field roller street inline floor air table beach water american australian gaelic canadian flag "
    "arena indoor sitting lawn".split()
)
_OTHER_SPORT: dict[str, frozenset[str]] = {
    "tennis": frozenset("table paddle platform padel beach real".split()),
    "polo": frozenset("water bike bicycle canoe".split()),
    "golf": frozenset("mini miniature disc crazy frisbee".split()),
}
# The kind of place or thing a word names, after an answer ("Mexico City") or in the question ("which city").
KIND_WORDS: dict[str, str] = {
    **dict.fromkeys("city cities capital town towns village borough dc".split(), "city"),
    **dict.fromkeys("country countries nation nations kingdom republic".split(), "country"),
    **dict.fromkeys("state states".split(), "state"),
    **dict.fromkeys("province provinces region".split(), "province"),
    **dict.fromkeys("county counties".split(), "county"),
    **dict.fromkeys("island islands isle".split(), "island"),
    **dict.fromkeys("territory territories".split(), "territory"),
    **{w: w.rstrip("s") for w in "continent ocean sea river lake mountain desert planet moon moons star".split()},
    **dict.fromkeys("song songs single track".split(), "song"),
    **dict.fromkeys("album record".split(), "album"),
    **dict.fromkeys("film films movie movies".split(), "film"),
    **dict.fromkeys("book novel".split(), "book"),
    **dict.fromkeys("show series sitcom musical opera".split(), "show"),
    **dict.fromkeys("band group".split(), "band"),
    **dict.fromkeys("team club".split(), "team"),
    **dict.fromkeys("element metal gas".split(), "element"),
    **dict.fromkeys("animal bird fish creature dog".split(), "animal"),
    **dict.fromkeys("man woman boy girl lady".split(), "person"),
    **dict.fromkeys("color colour colors colours shade".split(), "colour"),
    **{w: w for w in "character game ship medal car company language sport instrument system".split()},
}
_PLACE_KINDS = frozenset(
    "city country state province county island territory continent ocean sea river lake mountain desert".split()
)
# After an answer, words that make it another place or thing ("Kansas City", "Beatles song", "Iron Man").
_AFTER = frozenset(
    "city town dc county province state island islands isle territory moon moons song album film movie book "
    "novel show series band character game medal man woman boy girl lady sea ocean river lake mountain desert "
    "planet star continent ship".split()
)  # (not "team": "the England team" is England; nor a person word after a place: "paris man" is chat)
_PERSON_WORDS = frozenset("man woman boy girl lady".split())
_NAMED_KINDS = frozenset(
    "person planet moon star song album film book show band team character game ship company".split()
)
_NOUN = "|".join(sorted(KIND_WORDS, key=len, reverse=True))
_ASKED_KIND = compile_later(
    r"\b(?:which|what|name\s+(?:the|a|an|one|any))\s+(?:[\w'.-]+\s+){0,4}?(" + _NOUN + r")s?\b"
    r"(?:\s+or\s+(" + _NOUN + r")\b)?|\b(capital)\s+(?:city\s+)?of\b",
    re.IGNORECASE,
)
# "the moon of Jupiter", "Zeus's son": another one, related to the answer.
_RELATIONS = frozenset(
    "capital moon moons king queen prince princess son daughter father mother wife husband brother sister "
    "sequel prequel leader president ruler".split()
)
# After an answer, words that are no second half of a name: what is said to the channel or about the
# guess, a company's legal form, prepositions, words that open a clause and Korean words of address
# ("suhyeok oppa"). (Text-speak without a
# vowel, "ngl", "frfr", "lmk", and chat words, bot.trivia.guesses, are none either; nor is the kind
# of thing a brand is: "Forbes magazine".)
_NOT_A_HEAD = frozenset(
    """
    mate mates fam bud buddy pal homie homies lads lad guys boys girls folks peeps people chat bestie
    besties sis bro bros bruv dawg fella fellas hun hon honey babe baby maam mam dude dudes man men
    noob noobs nerd nerds dummy dummies idiot idiots nub scrub
    yessir yes ye yea yah yas yass yay woo woohoo woot hooray hurray huzzah ayy aye bingo boom bam
    ding ezpz simple obvious duh jk lul lel kek cmon iirc afaik afair forreal fact facts srsly prob
    probs probly prolly mayb ofcourse gotcha cheers ta tysm tyvm correct innit bet cap nocap lowkey
    highkey whoops oopsie soz dumb stupid silly lame ong ig idek yo yoo jr sr
    sir mister maam miss champ chief boss love luv lovely indeed anyway anyways welp typo legit
    cause coz ty tyvm tysm sry wyd wym hbu
    inc incorporated corp corporation co ltd llc plc gmbh company brand magazine newspaper journal motor motors
    airlines airways type
    under over near inside outside after before behind beside besides between during without within
    across through around against along upon via per off onto toward towards
    cuz cos coz bc since unless though although while whereas
    """.split()
) | KOREAN_ADDRESS
_FEATURES = frozenset("river lake sea ocean mountain desert island".split())
_FEATURES_OR_CITY = _FEATURES | {"city"}  # ("Gotham" for Gotham City, "Carson" for Carson City)
_CONTINENTS = frozenset("europe asia africa america".split())  # (a continent says where, not which place)
_VOWEL = compile_later(r"[aeiou]|(?<=.)y").search  # ("fly", "sky", "gym" are words; "ty", "sry" text-speak)
# An adverb after the answer says how sure the player is ("mars hopefully", "paris clearly"); these
# few nouns in -ly are heads of names all the same ("fruit fly", "royal family", "apple jelly").
_ADVERB = compile_later(r"^[a-z]{3,}ly$").match
_LY_NOUNS = frozenset(
    "family fly butterfly dragonfly firefly housefly jelly belly rally bully holly folly gully tally lily "
    "ally assembly anomaly monopoly supply reply italy july".split()
)
# After a name, the institution it names ("Harvard University"): the same when a place is not asked for.
_INSTITUTIONS = frozenset({"university", "college"})
ADJECTIVE_ENDINGS = ("ed", "ous", "ful", "ive", "ish", "ese", "ian", "less", "able", "ible", "ical")
_SEQUEL_WORDS = frozenset({"part", "pt", "vol", "volume", "chapter"})
_MAX_SEQUEL = 12


@dataclass(frozen=True)
class Asked:
    """What a question asks for, as far as telling one answer from another goes."""

    thing: bool = False  # a place or a thing: no person is its answer
    place: bool = False
    kinds: frozenset[str] = frozenset()  # the kinds it names: "city", "state", "planet", "film"...
    places: frozenset[str] = frozenset()  # the countries and regions it names ("capital of Delaware")
    mononym: bool = False  # a god or a titan: known by one name, which another word makes another's

    @property
    def names(self) -> bool:
        """Whether it asks for a name (a person, a place, a planet, a title, a team...), not a common
        noun (an animal, a metal, a sport): "Mars" then is no plural of "mar"."""
        return self.place or not self.kinds.isdisjoint(_NAMED_KINDS)


def asked(question_text: str, kind: Kind) -> Asked:
    """What `question_text` asks for, its answer being of `kind`."""
    kinds: set[str] = set()
    found = _ASKED_KIND.search(question_text)
    if found is not None:
        kinds.update(KIND_WORDS[w.lower()] for w in found.groups() if w)
    if kind is Kind.PERSON:
        kinds.update(("person", "band"))  # "who sang it?": a singer or a band
    place = kind is Kind.PLACE or not kinds.isdisjoint(_PLACE_KINDS)  # ("Which U.S. state": kinds misses it)
    places: set[str] = set()
    if place:
        tokens = normalize_tokens(question_text)
        for at in range(len(tokens)):
            size = place_at(tokens, at)
            if size:
                places.add(compact_form(tokens[at : at + size]))
    return Asked(
        asks_for_a_thing(question_text, kind), place, frozenset(kinds), frozenset(places - _CONTINENTS),
        _MONONYMS.search(question_text) is not None,
    )


def asked_label(question_text: str, answer: str) -> str:
    """The one kind a question asks for ("band" for "Which British group...", "person" for "Who..."),
    or "" when it names none: two answers of one list, "Pink" and "Pink Floyd", are one name only
    when their questions ask for the same kind."""
    found = _ASKED_KIND.search(question_text)
    if found is not None:
        return KIND_WORDS[next(w for w in found.groups() if w).lower()]
    return "person" if answer_kind(answer, question_text) is Kind.PERSON else ""


def without_kind(answer: Answer, asks: Asked) -> str | None:
    """The compact form of a place answer without its last word when that word is the kind the
    question asks for ("Mackenzie" for Mackenzie River to "What is the longest river in Canada?",
    "Gotham" for Gotham City to "What city...?"; never a place of its own: "Mexico City" is no Mexico)."""
    last = answer.tokens[-1]
    if len(answer.tokens) < 2 or KIND_WORDS.get(last) not in _FEATURES_OR_CITY or KIND_WORDS[last] not in asks.kinds:
        return None
    if KIND_WORDS[last] == "city" and (last != "city" or len(compact_form(list(answer.tokens[:-1]))) < 5):
        return None  # ("Cape" is no Cape Town: a short word alone is too common a word)
    rest = compact_form(list(answer.tokens[:-1]))
    if answer.tokens[-2] in QUALIFIERS or answer.tokens[-2] in PLACE_QUALIFIERS or len(rest) < 4 or rest in PLACES:
        return None  # ("Red Sea" is no "Red", "North Sea" no "North", "Jordan River" no Jordan)
    return rest


def names_another(
    tokens: Sequence[str], start: int, end: int, answer: Answer, asks: Asked = Asked(),
    echoed: Collection[str] = (),
) -> bool:
    """Whether the words around an answer found at `start`..`end` make it another answer (see the
    module docstring); `echoed` are the question's own words (a number it says is no sequel)."""
    if (asks.thing or asks.mononym) and len(answer.tokens) == 1 and names_a_person(tokens, start):
        return True  # ("Freddie Mercury" for the planet, "Peter Pan" for the god)
    if asks.mononym and len(answer.tokens) == 1 and end < len(tokens) and _names_a_thing(tokens[end], echoed):
        return True  # "Pan flute", "Thor Heyerdahl" for a god
    if "person" not in asks.kinds and _held_in(tokens, start, echoed):
        return True  # "the phone in the handkerchief": the phone is what is named, the answer only holds it
    if start > 0:
        before = tokens[start - 1]
        if len(answer.tokens) == 1 and before in _OTHER_SPORT.get(answer.tokens[0], ()):
            return True  # "table tennis" for Tennis, "water polo" for Polo
        if before in QUALIFIERS or before in RANK_QUALIFIERS or (asks.place and before in PLACE_QUALIFIERS):
            if compact_form([before, *answer.tokens]) != answer.compact:
                return True
    if start > 1 and tokens[start - 1] == "of" and tokens[start - 2] in _RELATIONS and tokens[start - 2] not in echoed:
        return True
    if start > 0 and _COUNT(tokens[start - 1]) and tokens[start - 1] not in echoed and _counted(tokens[end - 1], answer):
        return True  # "Three Musketeers" for a Musketeer, "Seven Dwarfs" for a Dwarf: a name of its own
    if end == len(tokens):
        return False
    if tokens[end] in _RELATIONS and tokens[end - 1] == answer.tokens[-1] + "s" and tokens[end] not in echoed:
        return True  # "zeus's son" (read "zeuss son")
    if asks.places:
        size = place_at(tokens, end)  # "Dover, England" to "What is the capital of Delaware?"
        said = compact_form(list(tokens[end : end + size])) if size else state_by_code(tokens[end], asks.places) or ""
        if said and said != answer.compact and not all(places_agree(said, place) for place in asks.places):
            return True
    return _another_kind(tokens, end, answer, asks) or (not asks.place and _sequel(tokens, end, answer, echoed))


_HOLDING = frozenset("in inside into on under with within".split())
_OWNERS = frozenset("her his their its my".split())


def _held_in(tokens: Sequence[str], start: int, echoed: Collection[str]) -> bool:
    """Whether the answer found at `start` follows "[the] X in/on/with [the]", X the message's one head word (a
    thing the question does not say): X is the guess, the answer where it lies ("the phone in the handkerchief")."""
    at = start - 1 - int(start >= 2 and (tokens[start - 1] in ARTICLES or tokens[start - 1] in _OWNERS))
    if at < 1 or tokens[at] not in _HOLDING:
        return False
    head = tokens[at - 1]
    return (at == 1 or (at == 2 and tokens[0] in ARTICLES)) and head.isalpha() and not is_filler(head) and head not in echoed


_COUNT = compile_later(r"^(?:[2-9]|1[0-2])$").match  # (number words are read as digits)


def _counted(typed: str, answer: Answer) -> bool:
    """Whether `typed` is the plural of a one-thing answer ("musketeers" for Musketeer; a plural
    answer counted, "7 dwarfs" for Dwarfs, is the same things)."""
    last = answer.tokens[-1]
    return last.isalpha() and not last.endswith("s") and typed in (last + "s", last + "es")


# A question asking for a god, a goddess or a titan: beings known by one name ("Who was the God of Nature?").
_MONONYMS = compile_later(r"\b(?:gods?|goddess(?:es)?|deity|deities|titans?|titaness)\b", re.IGNORECASE)


def _names_a_thing(word: str, echoed: Collection[str]) -> bool:
    """Whether a word after a one-name answer makes another name: not chat, glue, a title or the
    question's own word ("pan god of nature", "pan obviously", "pan lol" keep it)."""
    return len(word) >= 3 and word.isalpha() and word not in echoed and word not in TITLE_WORDS and not _chat(word) \
        and word not in KIND_WORDS and _MONONYMS.fullmatch(word) is None


def _another_kind(tokens: Sequence[str], end: int, answer: Answer, asks: Asked) -> bool:
    word = tokens[end]
    if word == "d" and tokens[end + 1 : end + 2] == ("c",):
        word = "dc"
    if word not in _AFTER or tokens[end - 1] in KIND_WORDS:  # (the word typed: "washington" for Washington, D.C.)
        return False
    if not asks.kinds:  # a lake, a river named after a thing is a place: "Swan Lake", "Snake River"
        return word in _FEATURES and not asks.place and answer.compact not in PLACES
    if asks.place and word in _PERSON_WORDS:
        return False
    return KIND_WORDS[word] not in asks.kinds


def _sequel(tokens: Sequence[str], end: int, answer: Answer, echoed: Collection[str]) -> bool:
    if answer.numbers:
        return False
    at = end + 1 if tokens[end] in _SEQUEL_WORDS and end + 1 < len(tokens) else end
    number = tokens[at]
    if at + 1 < len(tokens) and tokens[at + 1] in UNITS:
        return False  # a count: "celtics 3 times"
    return number.isdigit() and 2 <= int(number) <= _MAX_SEQUEL and number not in echoed


def makes_compound(
    tokens: Sequence[str], end: int, answer: Answer, asks: Asked, echoed: Collection[str],
    seps: Collection[int] = (), accepted: Sequence[Answer] = (),
) -> bool:
    """Whether the word right after an answer found up to `end` makes it part of another name (see
    the module docstring); a word of another `accepted` answer is none ("ABBA SOS" for "ABBA (with
    SOS)")."""
    if end >= len(tokens) or end in seps or "person" in asks.kinds:
        return False
    word = tokens[end]
    last = answer.tokens[-1]
    if len(word) < 2 or not word.isalpha() or not last.isalpha() or last.endswith(ADJECTIVE_ENDINGS):
        return False
    if word in KIND_WORDS or _echoes(word, echoed) or (word in _INSTITUTIONS and not asks.place):
        return False
    if any(word in other.tokens for other in (answer, *accepted)) or _chat(word):
        return False
    if (word in GUESS_PARTICLES or word in TOLD_AFTER) and end == len(tokens) - 1:
        return False  # "her handkerchief po", "o lenço dela", "saputangan kak": a last particle, owner or call, no longer name
    if word in _SPAN_TAILS and last in _SPANS:
        return False  # "4 months later", "5 days long": the span itself, placed in time
    if place_at(tokens, end) and asks.kinds.isdisjoint(_TITLE_KINDS):
        return False  # where it is ("paris france"), but a title's version: "money heist korea"
    return not (asks.place and state_by_code(word, asks.places))


_TITLE_KINDS = frozenset({"show", "film", "song", "album", "book", "game"})
_SPANS = frozenset("seconds minutes hours days weeks months years decades".split())
_SPAN_TAILS = frozenset("later after ago earlier long total apart on".split())
_FORMS = ("", "s", "es", "r", "er", "ers", "ing")


def _echoes(word: str, echoed: Collection[str]) -> bool:
    """Whether `word` is a word of the question, or one in another form ("teacher" to "...teach?",
    "science teacher" says the subject asked)."""
    return word in echoed or any(
        len(e) >= 4 and word.startswith(e) and word[len(e):] in _FORMS for e in echoed
    )


def _chat(word: str) -> bool:
    """Chat, glue or text-speak after an answer, a stretched letter aside ("easyy", "duhh", "yasss")."""
    if not _VOWEL(word) or is_filler(word) or word in _NOT_A_HEAD:
        return True
    if _ADVERB(word) and word not in _LY_NOUNS:
        return True  # "mars hopefully", "hyosan clearly"
    trimmed = word.rstrip(word[-1])
    return trimmed != word and (is_filler(trimmed + word[-1]) or trimmed + word[-1] in _NOT_A_HEAD)


def another_given_name(
    tokens: Sequence[str], start: int, answer: Answer, accepted: Sequence[Answer], asks: Asked,
) -> bool:
    """Whether the word before `answer` found at `start` is a given name other than those the
    `accepted` names one word longer (to a question asking for a person or no kind) give it: the
    surname of two-word names ("Emily Watson" for Emma Watson's "Watson"), or the rest of longer ones
    ("Alexandra Graham Bell"). See the module docstring; "Tampa Buccaneers" is no other team than
    Tampa Bay Buccaneers."""
    if start == 0 or len(answer.tokens) > 2 or asks.place or (asks.kinds and "person" not in asks.kinds):
        return False
    size = len(answer.tokens) + 1
    longer = [a.tokens for a in accepted if len(a.tokens) >= size and a.tokens[1 - size :] == answer.tokens]
    given = {t[0] for t in longer if len(t) == size}
    if not longer or (size == 3 and not all(t.isalpha() for t in answer.tokens)):
        return False
    before = tokens[start - 1]
    if len(before) < 3 or not before.isalpha() or before in TITLE_WORDS or before in ARTICLES or before in THE_ONE:
        return False
    middle = [name for name in longer if before in name[1 : 1 - size]]
    if middle and start >= 2:  # the given name is before the middle one: "Louise May Alcott"
        first = tokens[start - 2]
        return first in GIVEN_NAMES and not any(_same_name(first, name[0]) for name in middle)
    if middle or any(_same_name(before, name[0]) for name in longer):
        return False  # "Adolph Hitler", "Nick Hornby" for Nicholas, "May Alcott" for Louisa May Alcott
    if before in GIVEN_NAMES:
        return True  # (a name, never chat: "Emily" is no adverb; "Robert Kennedy" beside John F. Kennedy)
    return bool(given) and size == 2 and not _chat(before) and not _ADVERB(before) and before not in _ASK_WORDS


def another_sport(tokens: Sequence[str], start: int, answer: Answer, accepted: Sequence[Answer]) -> bool:
    """Whether the word before a one-word `answer` found at `start` makes another sport than the one
    the `accepted` answers name with a word of that kind: "field hockey" where the answers are
    "Ice Hockey" and "Hockey" ("ice hockey" is right there, and any hockey where no answer says which)."""
    if start == 0 or len(answer.tokens) != 1 or tokens[start - 1] not in _SPORT_WORDS:
        return False
    named = {a.tokens[0] for a in accepted if len(a.tokens) == 2 and a.tokens[1] == answer.tokens[0]}
    if answer.tokens[0] == "football" and any(a.compact == "soccer" for a in accepted):
        return True  # the answers mean soccer: "American football", "Gaelic football" are other sports
    return bool(named & _SPORT_WORDS) and tokens[start - 1] not in named


def another_name_after(
    tokens: Sequence[str], end: int, answer: Answer, accepted: Sequence[Answer], echoed: Collection[str],
    listed: Collection[str] = (),
) -> bool:
    """Whether the word after a one-word `answer` found up to `end` completes another name than the
    full names that answer is part of, among the accepted ones and the list's own (`listed`: the
    words that follow it in the list's names, "" where it ends one): "Rintaro Nakiri" when the answers
    are "Rintaro Okabe" and "Rintaro", "Robin Hood" for Robin where the list answers "Nico Robin"
    (the list says whose name it is; a word of such a full name, a typo of it, chat or the
    question's own words keep it)."""
    if len(answer.tokens) != 1 or end >= len(tokens):
        return False
    name = answer.tokens[0]
    after = {
        full.tokens[i + 1] if i + 1 < len(full.tokens) else ""
        for full in accepted if len(full.tokens) >= 2 and all(t.isalpha() for t in full.tokens)
        for i, token in enumerate(full.tokens) if token == name
    } | set(listed)
    if not after:
        return False
    word = tokens[end]
    if any(nxt and (word == nxt or _same_name(word, nxt)) for nxt in after):
        return False
    return _names_a_thing(word, echoed) and word not in _ASK_WORDS and not _ADVERB(word) \
        and not any(word in full.tokens for full in accepted) and not (word in TOLD_AFTER and end == len(tokens) - 1)


# Before a name, words of a sentence that are no given name ("said marx", "obviously marx").
_ASK_WORDS = frozenset("said say says answer guess think thought was is its thats maybe prob".split())


def _same_name(typed: str, name: str) -> bool:
    """A given name typed another way: a short form of it, or a typo ("adolph" for Adolf)."""
    shorter, longer = sorted((typed, name), key=len)
    if longer.startswith(shorter) and (len(longer) - len(shorter) >= 3 or shorter not in GIVEN_NAMES):
        return True  # a short form ("Nick" for Nicholas); not another name one or two letters longer ("Janet")
    if typed in GIVEN_NAMES and sound_of_name(typed) != sound_of_name(name):
        return False  # another real name: "Annie Rice" is not Anne Rice, "Jane Carter" not June Carter
    return typed[0] == name[0] and OSA.distance(typed, name, score_cutoff=2) <= (1 if len(name) < 5 else 2)
