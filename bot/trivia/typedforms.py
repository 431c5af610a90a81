"""How players type an answer that is written out in full, and a given name that makes it a person.

- Letters spelled out one by one: "s o s" is SOS, "n i s" NIS (three to six letters, nothing else).
- Episode codes: when a question asks which episode, "s1e11", "S01E11", "ep11", "e11" and "1x11"
  stand for episode 11 (of the season the answer or the question names, else season 1). Where the
  show's shape says how many episodes that season has (questions about the show), an episode named
  by its place is that episode too: "the finale", "last episode" for the season's last,
  "second to last episode", "the one before the finale" for the one before, "the pilot" for the first.
- Text-speak inside a title: "Train 2 Busan" for Train to Busan, "Made 4 You" for Made for You
  (only a "to"/"too"/"for" between two words of an answer of three words or more, none a number).
- Inside a title of three words or more: "u" for "you", "ur" for "your", "till" or "until" for
  "'til", and an article left out ("Man in Mirror" for Man in the Mirror).
- What someone does, told in the past: "tore it up" for Tears it up.
- A title's numbered part short or left out: "Money Heist pt 4", "Money Heist 4" for Part 4.
- A subtitle's own article may be left out: "Lord of the Rings Fellowship of the Ring" for
  "The Lord of the Rings: The Fellowship of the Ring".
- A given name right before the answer to a question that asks for a place or a thing (which
  planet, river, element, band...) makes it someone else: "Freddie Mercury" is not the planet,
  "Michael Jordan" not the river. Where the question does not say (or asks for a person), "Barack
  Obama" for Obama stays right. Names that are also everyday words (Will, May, Rose, Bill), places
  (Virginia, Victoria) or Korean surnames (Kim, Lee) are not counted as given names.
- Another real given name is no typo of one ("Anne" for Annie, "Jane" for June), the same name spelt
  another way is ("Ann" for Anne, "Steven" for Stephen): `sound_of_name`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.lazy_re import compile_later
from bot.text import MONTH_SHORT
from bot.trivia.english import COMMON_WORDS
from bot.trivia.kinds import Kind
from bot.trivia.normal import MONTH_NAMES, compact_form, is_number, normalize_tokens

_ARTICLES = frozenset({"the", "a", "an"})
_EPISODE_QUESTION = compile_later(r"\b(?:episode|ep)\b", re.IGNORECASE)
_HOW_MANY = compile_later(r"\bhow\s+many\b", re.IGNORECASE)
_SEASON_SAID = compile_later(r"\b(?:season|s)\s*0?(\d{1,2})\b", re.IGNORECASE)
_ANSWER_EPISODE = compile_later(
    r"^\s*(?:s(?:eason)?\s*0?(\d{1,2})\s*,?\s*)?(?:e(?:p(?:isode)?)?\.?\s*)?0?(\d{1,3})\s*$", re.IGNORECASE
)
_SUBTITLE = compile_later(r"\s*[:\u2013\u2014]\s+|\s+-\s+")
_TEXT_SPEAK = {"to": "2", "too": "2", "for": "4"}
# What someone does, asked: "What does Assemblywoman Park do with her resignation?"
_WHAT_DOES = compile_later(r"\bwhat\s+(?:does|did|do)\b.*\bdo\b", re.IGNORECASE)
_SHORT_VERB = compile_later(r"^[^aeiou]*[aeiou][bdgmnprt]$").match  # one vowel before one consonant
_IRREGULAR_PAST = {
    "tear": ("tore",), "throw": ("threw",), "break": ("broke",), "burn": ("burned", "burnt"), "give": ("gave",),
    "take": ("took",), "hide": ("hid",), "keep": ("kept",), "leave": ("left",), "sell": ("sold",), "tell": ("told",),
    "eat": ("ate",), "run": ("ran",), "fly": ("flew",), "write": ("wrote",), "steal": ("stole",), "shoot": ("shot",),
}
# A numbered part of a title and how it is typed short ("pt 4", "vol 2").
_SEQUEL = {"part": ("pt",), "volume": ("vol",), "chapter": ("ch", "chap")}
# Words a title is typed with in one another's place: "u" for "you", "till" for "'til".
_SAME_WORDS = (frozenset({"you", "u", "ya"}), frozenset({"your", "ur"}), frozenset({"til", "till", "until"}))
_THING = compile_later(
    r"\b(?:which|what|name\s+(?:the|a|an))\s+(?:[\w'-]+\s+){0,3}?(?:element|metal|planet|moon|star|"
    r"band|group|brand|company|car|film|movie|show|series|book|novel|song|album|animal|bird|fish|"
    r"plant|flower|tree|game|team|club|ship|drink|food|dish|language|instrument|gas|mineral|"
    r"chemical|compound|disease|organ|bone|colou?r|word|currency|manufacturer|maker|automobile|carmaker|"
    r"automaker|airline|network|channel|magazine|newspaper|website|console|sport)s?\b",
    re.IGNORECASE,
)


_SPELLED_OUT = compile_later(r"^\s*[A-Za-z](?:\s+[A-Za-z]){2,5}\s*[!?.]*\s*$").match


_TWO_SPELLED = compile_later(r"^\s*[A-Za-z]\s+[A-Za-z]\s*[!?.]*\s*$").match
_TWO_LETTER_WORDS = frozenset({"no", "ok", "ya", "ye"})  # ("n o": no; two letters else may be initials: "j k")


def spelled_out(text: str) -> str:
    """A message of letters spelled out one by one as one word ("s o s" -> "sos", "n o" -> "no"); any other unchanged."""
    if _TWO_SPELLED(text):
        return "".join(text.split()) if "".join(text.split()).lower() in _TWO_LETTER_WORDS else text
    return "".join(text.split()) if _SPELLED_OUT(text) else text


# An episode named by its place in its season, as players say it (read with and without "the").
_LAST = ("last episode", "last ep", "last one", "final episode", "final ep", "final one", "finale", "season finale")
_BEFORE_LAST = (
    "second to last episode", "second to last ep", "second to last one", "second last episode", "second last ep",
    "penultimate episode", "penultimate ep", "episode before finale", "ep before finale", "episode before the finale",
    "ep before the finale",
)  # ("the one before the finale" reads "one" as a number: left to the number rules)
_FIRST = ("pilot", "pilot episode", "premiere", "first episode", "first ep")


def _placed(phrases: Sequence[str]) -> list[str]:
    out = []
    for phrase in phrases:
        tokens = normalize_tokens(phrase)
        out += [compact_form(tokens), compact_form(["the", *tokens])]
    return out


def _episode_asked(answer: str, question_text: str) -> tuple[int, int] | None:
    """(season, episode) of an answer to "which episode?", or None."""
    if not _EPISODE_QUESTION.search(question_text) or _HOW_MANY.search(question_text):
        return None
    found = _ANSWER_EPISODE.match(answer)
    if found is None:
        return None
    said = _SEASON_SAID.search(question_text)
    return int(found.group(1) or (said.group(1) if said else 1)), int(found.group(2))


def episode_places(
    answer: str, question_text: str, episodes_in: Callable[[int], int] | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phrases naming an episode answer by its place in its season ("the finale" for the last,
    as `episodes_in` counts that season's episodes), and those naming another place: another
    answer ("second to last episode" is no "last episode")."""
    asked = _episode_asked(answer, question_text)
    count = episodes_in(asked[0]) if asked is not None and episodes_in is not None else 0
    if asked is None or count < 3:
        return (), ()
    episode = asked[1]
    places = {count: _LAST, count - 1: _BEFORE_LAST, 1: _FIRST}
    own = places.get(episode, ())
    return own, tuple(p for number, phrases in places.items() if number != episode for p in phrases)


def episode_forms(answer: str, question_text: str, episodes_in: Callable[[int], int] | None = None) -> list[str]:
    """The compact forms of an episode answer ("11", "Episode 11", "S1E11") as players type them;
    with `episodes_in` (how many episodes a season of the show has), its place too ("the finale")."""
    asked = _episode_asked(answer, question_text)
    if asked is None:
        return []
    season, episode = asked
    forms: list[str] = []
    for s in {str(season), f"{season:02d}"}:
        for e in {str(episode), f"{episode:02d}"}:
            forms += [f"s{s}e{e}", f"s{s}ep{e}", f"s{s}episode{e}", f"season{s}episode{e}", f"{s}x{e}"]
    forms += [f"e{episode}", f"ep{episode}", f"e{episode:02d}", f"ep{episode:02d}", f"episode{episode}"]
    forms += [str(episode), f"{episode}화"]  # "11" for "Episode 11": the question already asked which episode
    return forms + _placed(episode_places(answer, question_text, episodes_in)[0])


def text_speak(tokens: Sequence[str]) -> str | None:
    """The compact form with "2"/"4" for an inner "to"/"too"/"for" ("train2busan"), or None."""
    if len(tokens) < 3 or any(is_number(t) for t in tokens):
        return None
    inner = [i for i in range(1, len(tokens) - 1) if tokens[i] in _TEXT_SPEAK]
    if not inner:
        return None
    return compact_form([_TEXT_SPEAK[t] if i in inner else t for i, t in enumerate(tokens)])


def title_speak(tokens: Sequence[str]) -> list[str]:
    """Compact forms of a title of three words or more with its words in text-speak or in their other
    spellings ("nothing compares to u", "dont stop until you get enough"), and with an article inside
    it left out ("man in mirror", "beauty in beast")."""
    if len(tokens) < 3 or any(is_number(t) for t in tokens):
        return []
    typed: list[tuple[str, ...]] = [tuple(tokens)]
    for group in _SAME_WORDS:  # (each combination: "dont stop till u get enough")
        if not group.isdisjoint(tokens):
            typed = [tuple(other if t in group else t for t in words) for words in typed for other in sorted(group)]
    inner = [t for i, t in enumerate(tokens) if not (0 < i < len(tokens) - 1 and t in _ARTICLES)]
    if len(inner) < len(tokens) and len([t for t in inner if len(t) > 2]) >= 2:
        typed.append(tuple(inner))
    return sorted({compact_form(words) for words in typed} - {compact_form(list(tokens))})


def sequel_forms(tokens: Sequence[str]) -> list[str]:
    """Compact forms of a title whose part is numbered ("Money Heist Part 4") with that word short or
    left out: "money heist pt 4", "money heist 4"; a title with no number, as its first part ("the godfather
    part 1")."""
    forms: list[str] = []
    if tokens and all(t.isalpha() for t in tokens) and len(compact_form(list(tokens))) >= 4:
        forms += [compact_form([*tokens, "part", "1"]), compact_form([*tokens, "pt", "1"])]  # "the godfather part 1"
    for i, token in enumerate(tokens[1:-1], start=1):
        if token in _SEQUEL and is_number(tokens[i + 1]):
            for said in ("", *_SEQUEL[token]):
                forms.append(compact_form([*tokens[:i], *([said] if said else []), *tokens[i + 1 :]]))
    return forms


def past_forms(tokens: Sequence[str], question_text: str) -> list[str]:
    """Compact forms of an answer saying what someone does ("Tears it up" to "What does she do with
    it?") told in the past, as players retell it: "tore it up", "ripped it up" for "rips it up"."""
    if len(tokens) < 2 or not _WHAT_DOES.search(question_text) or not tokens[0].endswith("s") or len(tokens[0]) < 4:
        return []
    verb = tokens[0][:-2] if tokens[0].endswith(("shes", "ches", "xes", "sses")) else tokens[0][:-1]
    if verb in _IRREGULAR_PAST:
        past = list(_IRREGULAR_PAST[verb])
    elif verb.endswith("e"):
        past = [verb + "d"]
    elif _SHORT_VERB(verb):
        past = [verb + verb[-1] + "ed"]  # "rip" ripped
    else:
        past = [verb + "ed"]
    return [compact_form([said, *tokens[1:]]) for said in past]


def without_subtitle_articles(answer: str) -> str | None:
    """The compact form of "Title: The Subtitle" with each part's leading article left out."""
    parts = [p for p in _SUBTITLE.split(answer) if p.strip()]
    if len(parts) < 2:
        return None
    tokens: list[str] = []
    for part in parts:
        words = normalize_tokens(part)
        tokens += words[1:] if len(words) > 1 and words[0] in _ARTICLES else words
    return compact_form(tokens) or None


def typed_forms(
    answer: str, tokens: Sequence[str], question_text: str, episodes_in: Callable[[int], int] | None = None,
) -> list[str]:
    """Every compact form above that `answer` (read as `tokens`) is also typed as."""
    forms = episode_forms(answer, question_text, episodes_in)
    for form in (text_speak(tokens), without_subtitle_articles(answer)):
        if form is not None:
            forms.append(form)
    return forms + title_speak(tokens) + sequel_forms(tokens) + past_forms(tokens, question_text)


def asks_for_a_thing(question_text: str, kind: Kind) -> bool:
    """Whether the question asks for a place or a thing, so that no person is its answer."""
    return kind is Kind.PLACE or (kind is not Kind.PERSON and _THING.search(question_text) is not None)


def sound_of_name(name: str) -> str:
    """A given name as it sounds, roughly: spellings of one name meet ("Stephen" = "Steven", "Ann" =
    "Anne", "Freddie" = "Freddy", "Catherine" = "Katherine"), other names do not ("Anne", "Annie")."""
    if name == "marie":
        return "marie"  # (said "ma-REE": not Mary)
    key = name.replace("ph", "f").replace("v", "f").replace("c", "k")
    key = key[0] + key[1:].replace("h", "").replace("y", "i")  # John, Sarah, Thomas; Bryan, Freddy
    key = re.sub(r"ie$", "i", re.sub(r"(?<=([^aeiou]))\1e$", r"\1", key))  # Anne, Freddie (Annie stays)
    return re.sub(r"(.)\1+", r"\1", key)


# Given names that are everyday words too (not counted as names before an answer, see GIVEN_NAMES).
_NAMES_TOO = frozenset("june april may rose will bill mark grace faith hope joy dawn jean gene".split())


def another_given_name_typed(guess: str, answer: str) -> bool:
    """Whether `guess`, one letter or two off the answer's word, is another real given name: "Anne" is
    no typo of Annie, "Denise" none of Dennis (see `sound_of_name` for spellings of one name)."""
    return guess in GIVEN_NAMES and (answer in GIVEN_NAMES or answer in _NAMES_TOO) and sound_of_name(guess) != sound_of_name(answer)


def same_given_name(guess: str, answer: str) -> bool:
    """Whether `guess` is the given name `answer` spelt another way ("Ann" for Anne, "Jon" for John,
    "Charly" for Charlie: a spelling no list of names holds, of four letters or more; never a month or an
    everyday word that sounds like it, a word of its own: "july" is not Julie, "dawn" not Don)."""
    if guess in MONTH_NAMES or guess in COMMON_WORDS:
        return False
    return answer in GIVEN_NAMES and (guess in GIVEN_NAMES or (len(guess) >= 4 and guess.isalpha())) and (
        sound_of_name(guess) == sound_of_name(answer)
    )


def names_a_person(tokens: Sequence[str], start: int) -> bool:
    """Whether the word before position `start` is a given name ("freddie" in "freddie mercury")."""
    return start > 0 and tokens[start - 1] in GIVEN_NAMES


# Common given names (folded as guesses are) that are not everyday words.
GIVEN_NAMES = frozenset(
    """
    aaron abigail adam adrian ahmed aidan alan albert alex alexander alexandra alexis alfred alice alicia
    alison amanda amber amelia emilia margo marge kenny lenny harrison ginny bart louisa jenna shannon jon sara geoff amy andrea andrew andy angela angelina ann anna anne annie anthony antonio
    arnold arthur ashley audrey barack barbara barry ben benjamin bernard beth betty beyonce billy
    bob bobby brad bradley brandon brenda brian britney bruce bruno bryan caleb calvin cameron carl carlos
    carol caroline carrie catherine charles charlie chris christina christine christopher claire
    clara colin connor craig cristiano crystal cynthia daisy dan daniel danielle danny david debbie
    deborah denise dennis diana diane diego donald donna dorothy doug douglas dwayne dylan eddie edgar
    edward elena eli elijah elizabeth ella ellen elon elvis emily emma eric erica erin ethan eugene eva
    evan felix fernando fiona francis frank frankie fred freddie freddy frederick gabriel gary gavin
    george gerald gina gloria gordon greg gregory hannah harold harriet harry heather helen henry
    howard hugh hugo ian isaac isabel isabella isaiah jack jackie jacob jake james jamie jane janet jared
    jason jeff jeffrey jennifer jenny jeremy jerry jesse jessica jesus jim jimmy joan joe joel john johnny
    jonathan jordan jose joseph josh joshua joyce juan judith judy julia julian julie justin karen kate
    katherine kathleen kathy katie keith kelly ken kenneth kevin kimberly kurt kyle larry laura
    lauren leah lebron leo leon leonard leslie liam lily linda lionel lisa logan lois louis louise
    lucas lucy luis luke lyndon madison madonna marco margaret maria marie marilyn mario marion martha
    martin mary matt matthew megan melissa mia michael michelle mike miley milo mohammed molly monica
    nancy naomi natalie nathan neil nelson nicholas nick nicole noah norman oliver olivia oscar owen
    pamela patricia patrick paul paula peter philip phillip rachel ralph randy rebecca richard rick
    ricky rita robert roberto robin roger ronald ronnie roy russell ruth ryan sally samantha samuel sandra
    sara sarah scott sean sebastian selena seth sharon shawn sheila simon sophia sophie stanley stephanie
    stephen steve steven stuart susan sylvia taylor teresa terry theodore thomas timothy tina todd tom
    tommy tony tracy travis trevor troy tyler valerie vanessa victor vincent walter
    wayne wendy william willie xavier yvonne zachary zoe
    """.split()
)


_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)


def _month_forms(month: int, year: str) -> list[str]:
    """A month of a year ("April 2020") as players type it: "april of 2020", "2020 april", "04/2020",
    "2020-04", "2020년 4월"."""
    name = _MONTHS[month - 1]
    forms = [f"{name}of{year}", f"{year}{name}", f"{year}년{month}월"]
    for m in {str(month), f"{month:02}"}:
        forms += [f"{m}/{year}", f"{m}.{year}", f"{year}/{m}", f"{year}-{m}", f"{year}.{m}"]
    return forms


# A month alone is also typed short ("sept", "oct") or, to a question that asks for a month or when, as its number
# ("9", "09"): one month's forms, so a wrong month ("oct" for September) is never one of them.
_MONTH_SHORT = {month: tuple(s for s, n in MONTH_SHORT.items() if n == i) for i, month in enumerate(_MONTHS, start=1)}
_ASKS_A_MONTH = frozenset({"month", "months", "when", "date"})


def month_alone_forms(tokens: Sequence[str], question: Sequence[str]) -> list[str]:
    """A month answer ("September") as players type it: "sept", "sep", and to "Which month...?" or "When...?" its
    number "9", "09" (not to "Which character...?": "May" may be a name)."""
    if len(tokens) != 1 or tokens[0] not in _MONTHS:
        return []
    number = _MONTHS.index(tokens[0]) + 1
    numbers = [str(number), f"{number:02}"] if _ASKS_A_MONTH.intersection(question) else []
    return [*_MONTH_SHORT[tokens[0]], *dict.fromkeys(numbers)]


def date_forms(tokens: Sequence[str]) -> list[str]:
    """A date answer ("28 January 2022", read month first) as players type it in digits: "28/01/2022",
    "2022.01.28", "2022년 1월 28일". Day and month in either order only where no other date reads so
    (a day above 12, or the same as the month): "05/06/2022" could be either. A month of a year too
    (`_month_forms`)."""
    if len(tokens) == 2 and tokens[0] in _MONTHS and re.fullmatch(r"\d{4}", tokens[1]):
        return _month_forms(_MONTHS.index(tokens[0]) + 1, tokens[1])
    if len(tokens) != 3 or tokens[0] not in _MONTHS or not tokens[1].isdigit() or not re.fullmatch(r"\d{4}", tokens[2]):
        return []
    month, day, year = _MONTHS.index(tokens[0]) + 1, int(tokens[1]), tokens[2]
    if not 1 <= day <= 31:
        return []
    forms = [f"{year}{sep}{m}{sep}{d}" for sep in "/.-" for m, d in ((month, day), (f"{month:02}", f"{day:02}"))]
    forms.append(f"{year}년{month}월{day}일")
    if day > 12 or day == month:
        for sep in "/.-":
            for m, d in ((month, day), (f"{month:02}", f"{day:02}")):
                forms.extend((f"{d}{sep}{m}{sep}{year}", f"{m}{sep}{d}{sep}{year}"))
    return forms
