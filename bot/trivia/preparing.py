"""Preparing a question for typed answers: its accepted answers, their other typed forms and its
options, read once and cached by `bot.trivia.matching.AnswerMatcher` (the judging is there).

Each accepted answer is entered under its comparison form and the forms players type it as:
without "and" or its unit, the kind word the question asks for dropped, other spellings and short
forms (`bot.trivia.variants`), initials of a title (not the question's own abbreviation, nor one
another answer of the list is), a year's last two digits, a number with its unit abbreviated
("10 secs", "6s" to a question in seconds), a team's city, a person's surname, given name or other
names where they name that person alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import pairwise

from bot.lazy_re import compile_later
from bot.lore.names import has_hangul, skeleton
from bot.trivia.accepted import Answer, counted, prepare_answer, without_and, without_unit
from bot.trivia.another import asked, without_kind
from bot.trivia.guesses import answer_vocabulary
from bot.trivia.hangul import spelled
from bot.trivia.hits import Prepared
from bot.trivia.kinds import Kind, answer_kind
from bot.trivia.koreanwords import english_of_answer
from bot.trivia.lessons import AloneHere, KnownNames, Lessons
from bot.trivia.model import Question
from bot.trivia.normal import compact_form, is_number, normalize_tokens, slash_alternatives, windows
from bot.trivia.places import other_countries_named_with
from bot.trivia.typedforms import GIVEN_NAMES, episode_places
from bot.trivia.units import counted_noun, scale_spellings, unit_spellings, units_in
from bot.trivia.variants import (
    SPORT_CODES,
    first_name_alone,
    given_name,
    initialisms,
    initials_alone,
    other_names,
    spellings,
    surname,
    team_city,
)

_MAX_WINDOW = 6  # the most words a list's rival candidate is looked for with
_YEAR_ONLY = compile_later(r"^1[0-9]{3}$|^20[0-9]{2}$").match
_NAME_SHAPE = compile_later(r"\b[A-Z][a-z]+(?:-[a-z]+)+\b")


#: Where one answer gives its alternatives: "Lomon / Park Solomon", "firefighter or rescue worker", "Jax or Zilean"
#: (Red's lists write "Name one of..." answers so); `slash_alternatives` says where a slash is no such mark.
_OR = compile_later(r"\s+or\s+", re.IGNORECASE)
_MOST_EITHER = 4  # "Katarina or Riven or Talon"; a sentence with more is no list of alternatives
#: A question that asks for one of several things ("Name one of the two cities", "Who has a skill called...",
#: "Name an airship", "There are two possible answers"): its "A or B" answer gives alternatives.
_ASKS_ONE_OF = compile_later(
    r"\b(?:one|1|any|either)\s+of\b|\bname\s+(?:a|an|one|any|1)\b|\bpossible\s+answers\b|\beither\b"
    r"|^\W*(?:\(\w+\)\s*)?who\s+(?:has|had|is|was|can|could|uses?)\b|\b(?:what|who)\s+is\s+(?:a|an)\b"
    r"|\bname\s+of\s+(?:a|an)\b",
    re.IGNORECASE,
)
_TITLE_WORD = compile_later(r"^[^a-z]*[A-Z0-9]")
#: A question that asks for both or all of several things ("Name both directors", "Which two students kiss on the
#: roof?", "all three", "two of the archers"): its "A / B" answer is the set, one answer; either alone is half of it.
_ASKS_ALL = compile_later(
    r"\bboth\b|\b(?:which|what|name|the|all|list)\s+(?:two|three|four|2|3|4)\b|\bambos\b|\bambas\b|\bles\s+deux\b"
    r"|\bbeide[n]?\b|둘\s*다|모두|両方"
    r"|\b(?:two|three|four|all)\s+(?:of\s+)?(?:the\s+)?(?:students?|characters?|people|persons?|names?|actors?|actresses"
    r"|archers?|friends?|teachers?|kids?|boys?|girls?|brothers?|sisters?|members?|things?|items?|words?|places?|ones?)\b",
    re.IGNORECASE,
)


def _or_gives_alternatives(parts: Sequence[str], question: str) -> bool:
    """Whether "A or B" means either one: the question asks for one of several, the parts are plain words
    ("firefighter or rescue worker", not two single words) or numbers ("2 or 7"). Otherwise "Black or White", "Truth or
    Consequences", "Victory or Death" are one title or one phrase, and "Black" alone is wrong."""
    if _ASKS_ONE_OF.search(question):
        return True
    if all(part.isdigit() for part in parts):
        return True
    # Plain words, where one side is more than a word: two single words ("truth or dare", "do or die",
    # "life or death") are the shape of a set phrase, whose half alone is no answer.
    return any(not _TITLE_WORD.match(part) for part in parts) and any(len(part.split()) > 1 for part in parts)


#: An answer with another name for it in brackets after it: "Jonas virus (Jonas)", "Yong Ma-ru (Maru)".
_ALIASED = compile_later(r"^(?P<main>[^()（）]+?)\s*[(（](?P<alias>[^()（）]{1,40})[)）]$")
_PLAIN_WORDS = frozenset({"the", "and", "for", "mister", "miss", "mrs", "sir"})


def _words(text: str) -> set[str]:
    tokens = normalize_tokens(text)
    return {w for w in (*tokens, *(a + b for a, b in pairwise(tokens)))
            if len(w) >= 3 and w not in _PLAIN_WORDS}


def same_names(answer: str) -> list[str]:
    """An answer that writes one name twice, in brackets or across a slash without spaces, as its two names:
    "Jonas virus (Jonas)", "On-jo/Onjo"; [] for anything else ("km/h", "AC/DC", "Paris (France)")."""
    if (found := _ALIASED.match(answer.strip())) is not None:
        names = [found.group("main"), found.group("alias")]
    elif answer.count("/") == 1 and " / " not in answer:
        names = answer.split("/")
    else:
        return []
    names = [n.strip() for n in names]
    return names if all(names) and _words(names[0]) & _words(names[1]) else []


def either(answers: Sequence[str], question: str = "") -> list[str]:
    """The alternatives an answer written "A / B", or "A or B" where it means either (see
    `_or_gives_alternatives`), or "A (B)" and "A/B" naming one thing twice (`same_names`), gives, each accepted as
    typed alone (the answer itself still is): a moderator or a Red list writing them so means either one."""
    parts: list[str] = []
    if _ASKS_ALL.search(question) and not _ASKS_ONE_OF.search(question):
        return parts
    for text in answers:
        split = slash_alternatives(text)
        # (two names of one thing share a word: "Lee Byeong-chan (Mr. Lee)"; a bracket saying what the answer is,
        # "Paris (France)", "Avatar (2009)", names no other answer)
        parts += [a for part in split for a in same_names(part) if a not in answers and a not in parts]
        if len(split) == 1:
            split = [part.strip() for part in _OR.split(text)]
            if len(split) > 1 and not _or_gives_alternatives(split, question):
                continue
        if 1 < len(split) <= _MOST_EITHER and all(normalize_tokens(part) for part in split):
            parts += [part for part in split if part not in answers and part not in parts]
    return parts


def prepare_question(
    question: Question,
    lessons: Lessons,
    known: KnownNames,
    entity: Callable[[str], tuple[str, str] | None],
    echoed_entities_of: Callable[[str], frozenset[tuple[str, str]]] | None = None,
    episodes_in: Callable[[int], int] | None = None,
) -> Prepared:
    """A question's answers and options read once for matching (see module docstring): `lessons` are
    what its server's lists taught, `known` the names they answer, `entity` the lore's reading of a
    name (or None), `echoed_entities_of` the people and characters a text names, `episodes_in` how
    many episodes a season of the show has (None: the question is not about the show)."""
    accepted: list[Answer] = []
    exact: dict[str, Answer] = {}
    skeletons: dict[str, Answer] = {}
    entities: dict[tuple[str, str], str] = {}
    kind = answer_kind(question.answers[0], question.text) if question.answers else Kind.WORD
    asks = asked(question.text, kind)
    question_tokens = normalize_tokens(question.text)
    echoed = frozenset(windows(question_tokens, 4, 60))
    pool = (lessons.pools.get(question.list_name) or None) if question.answers else None
    for text in (*question.answers, *either(question.answers, question.text)):
        answer = prepare_answer(text, "", asks.names)
        if answer is None:
            continue
        accepted.append(answer)
        exact.setdefault(answer.compact, answer)
        for variant in (
            without_and(answer), without_unit(answer) if counted(answer, question.text) else None, *_one_as_a(answer),
            without_kind(answer, asks), *spellings(answer, question.text, episodes_in)
        ):
            if variant is not None:
                exact.setdefault(variant, answer)  # "Hall Oates" for Hall & Oates, "4" for 4 months
        for variant in initialisms(answer):
            # (not "dvi" to "What does DVI stand for?", nor "cow" for Cave of Wonders in a list
            # where Cows is another answer; "DBZ" there is the same abbreviation)
            there = (pool.get(variant) or pool.get(variant + "s")) if pool is not None else None
            if variant not in echoed and (there is None or there.isupper()):
                exact.setdefault(variant, answer)
        named = entity(text)
        if named is not None:
            entities.setdefault(named, text)
        if (named is not None or _NAME_SHAPE.search(text) or has_hangul(text)) and len(answer.compact) >= 5:
            skeletons.setdefault(skeleton(answer.compact), answer)
        if has_hangul(text):  # "kimchi" for 김치, "hyosan" for 효산: the answer romanised
            romanised = compact_form(normalize_tokens(spelled(normalize_tokens(text))))
            if len(romanised) >= 5:
                skeletons.setdefault(skeleton(romanised), answer)
            exact.setdefault(romanised, answer)
            for english in english_of_answer(text):  # "firefighter" for 소방관, "chicken shop" for 치킨집
                exact.setdefault(compact_form(normalize_tokens(english)), answer)
    options: list[Answer] = []
    # (an episode named by another place is another answer: "second to last episode" for the last)
    elsewhere = {p for a in question.answers for p in episode_places(a, question.text, episodes_in)[1]}
    for text in (*question.choices, *sorted(elsewhere)):
        option = prepare_answer(text, "")
        if option is None or option.compact in exact:
            continue
        option = prepare_answer(text, "o:" + option.compact)
        assert option is not None
        options.append(option)
        exact[option.compact] = option
    echoed_entities: frozenset[tuple[str, str]] = frozenset()
    if echoed_entities_of is not None and entities:
        echoed_entities = echoed_entities_of(question.text)
        # one the question itself names is no answer reached by their name: where it asks Nam-ra's nickname ("Banjang"),
        # "namra" says her back, no guess of the word
        entities = {key: text for key, text in entities.items() if key not in echoed_entities}
    numeric = kind in (Kind.NUMBER, Kind.YEAR)
    year = kind is Kind.YEAR
    if year:
        for answer in accepted:  # "'77", "77" for 1977, as players say a year
            if _YEAR_ONLY(answer.compact) and answer.compact[2:] not in echoed:
                exact.setdefault(answer.compact[2:], answer)
    surnames: dict[str, Answer] = {}
    for answer in accepted:
        city = team_city(answer, accepted, question_tokens, echoed, pool.values() if pool else ())
        if city is not None:
            exact.setdefault(city, answer)  # "Green Bay" for the Packers
        alone = AloneHere(lessons.alone.get(question.list_name, frozenset()), question.text)
        name = surname(answer, question.text, accepted, echoed, pool.values() if pool else ())
        if name is not None and name not in exact and not alone.elsewhere(name):
            surnames.setdefault(name, answer)
        name = given_name(answer, accepted, echoed, pool, alone) if pool and (kind is Kind.PERSON or "team" in asks.kinds) else None
        if name is not None and name not in exact:
            surnames.setdefault(name, answer)
        name = first_name_alone(answer, question.text, pool, accepted) if pool and kind is Kind.PERSON else None
        if name is not None and name not in exact and not alone.elsewhere(name) and not _a_common_word(name, answer, lessons):
            surnames.setdefault(name, answer)  # "Mick" for Mick Jagger
        name = _given_of_family(answer, question_tokens, echoed, accepted, pool)
        if name is not None and name not in exact:
            surnames.setdefault(name, answer)  # "Daisy" for Daisy Duck to "Donald Duck's girlfriend?"
        for name in other_names(answer, accepted, echoed, pool.values() if pool else ()) if kind is Kind.PERSON else ():
            surnames.setdefault(name, answer)  # "Obi-Wan", "Bill Gates"
    units = units_in([question_tokens, *(a.tokens for a in accepted)]) if numeric else frozenset()
    if numeric and (things := counted_noun(question_tokens)) is not None:
        units |= {things}  # what is counted: "6 months" where students are, "91 days" where countries are, is another quantity
    for answer in accepted if units else ():
        number = answer.tokens[0] if is_number(answer.tokens[0]) else None
        if number is not None and (len(answer.tokens) == 1 or without_unit(answer) is not None):
            for form in unit_spellings(number, units):
                exact.setdefault(form, answer)  # "10 secs", "10secs", "6s" to a question in seconds
        for form in scale_spellings(answer.tokens, units):
            exact.setdefault(form, answer)  # "125m" for 125 million
    if "sport" in asks.kinds:
        for answer in accepted:
            if len(answer.tokens) == 1:
                for code in SPORT_CODES:
                    exact.setdefault(answer.compact + code, answer)  # "rugby union" for Rugby
    for answer in accepted if asks.place or kind is Kind.PLACE else ():
        for name in other_countries_named_with(answer.compact):
            if name not in exact:  # "dominican republic" for Dominica: another country
                rival = prepare_answer(name, "o:" + name)
                assert rival is not None
                exact[name] = rival
    full_names: dict[str, tuple[str, ...]] = {}
    for answer in accepted if kind is Kind.PERSON else ():
        if len(answer.tokens) == 1 and answer.compact.isalpha() and not any(
            len(a.tokens) > 1 and a.tokens[-1] == answer.compact for a in accepted  # (its own full name: `another_given_name`)
        ):
            learned = {n for ends in lessons.ended.values() for n in ends.get(answer.compact, ())}
            if len(learned) == 1:  # (two people of that name learned: whose it is, no one can say)
                full_names[answer.compact] = learned.pop()
    initials: dict[str, Answer] = {}
    for answer in accepted:
        letters = initials_alone(answer, kind is Kind.PERSON)
        if letters is not None and letters not in exact and letters not in echoed and (
            pool is None or (letters not in pool and not (
                lessons.initials.get(question.list_name, {}).get(letters, frozenset()) - {answer.compact}))
        ):
            initials.setdefault(letters, answer)  # "GoT", "MJ": as the whole message
    width = max([len(a.tokens) for a in (*accepted, *options)] + [1]) + 1
    if pool is not None:
        width = max(width, min(lessons.widths.get(question.list_name, 1), _MAX_WINDOW))
    by_initial: dict[str, list[Answer]] = {}
    for answer in (*accepted, *options):
        if answer.fuzzy or (len(answer.tokens) == 2 and "-" in answer.text and answer.compact.isalpha()):  # ("hsri" for Ha-ri)
            first = answer.words[0]
            for key in {first.text[0], first.initial}:
                by_initial.setdefault(key, []).append(answer)
            if len(first.text) >= 7 and first.text[0] != first.text[1] and first.allowance > 0:
                by_initial.setdefault(first.text[1] + first.text[0] + "~", []).append(answer)  # typed "hcelsea"
    return Prepared(
        key=(question.text, question.answers, question.choices),
        surnames=surnames,
        alone=initials,
        units=units,
        known=known,
        prefixes=frozenset(key[:k] for key in exact for k in range(1, len(key) + 1)),
        pool_prefixes=lessons.prefixes.get(question.list_name) if pool is not None else None,
        by_initial={k: tuple(v) for k, v in by_initial.items()},
        accepted=tuple(accepted),
        options=tuple(options),
        exact=exact,
        skeletons=skeletons,
        entities=entities,
        echoed=echoed,
        echoed_entities=echoed_entities,
        list_name=question.list_name,
        pool=pool,
        plain=lessons.plain.get(question.list_name, frozenset()) if question.answers else frozenset(),
        full_names=full_names,
        last_words=lessons.last_words,
        numeric=numeric,
        year=year,
        asks=asks,
        width=width,
        vocabulary=answer_vocabulary([*question.answers, *question.choices]),
        longest=max((len(a.tokens) for a in accepted), default=1),
    )


def _a_common_word(first: str, answer: Answer, lessons: Lessons) -> bool:
    """Whether a given name is a word the learned lists use for other things: a whole answer there
    ("Blue", "Spider"), or the first word of two or more other names ("Blue Jays", "Blue Whale")."""
    if first in lessons.known:
        return True
    rests = {rest for _, rest in lessons.extended.get(first, ()) if rest != answer.tokens[1:]}
    return len(rests) >= 2


def _given_of_family(
    answer: Answer, question_tokens: Sequence[str], echoed: Collection[str], accepted: Sequence[Answer],
    pool: Mapping[str, str] | None,
) -> str | None:
    """The given name of a two-word name whose family name the question says ("Daisy" for Daisy Duck
    to "Name Donald Duck's girlfriend", "Marge" for Marge Simpson to "Who is Homer Simpson's wife?"),
    unless the question says it too or another name of the list or the question opens with it."""
    tokens = answer.tokens
    if len(tokens) != 2 or not all(t.isalpha() for t in tokens) or (
        tokens[1] not in question_tokens and tokens[1] + "s" not in question_tokens  # ("Simpson's")
    ):
        return None
    first = tokens[0]
    if first in echoed or first not in GIVEN_NAMES:
        return None
    for text in [*(a.text for a in accepted), *(pool.values() if pool else ())]:
        there = tuple(normalize_tokens(text))
        if len(there) > 1 and there[0] == first and there != tokens:
            return None  # (two of that name: "Daisy Buchanan" in the list too)
    return first


def _one_as_a(answer: Answer) -> tuple[str, ...]:
    """"a galleon" and "an hour" for "one galleon", "1 hour": one of a thing said with its article."""
    tokens = answer.tokens
    if len(tokens) != 2 or tokens[0] != "1" or not tokens[1].isalpha():
        return ()
    return ("a" + tokens[1], "an" + tokens[1])
