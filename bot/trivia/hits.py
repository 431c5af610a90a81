"""A question's answers read once for matching (`Prepared`), and where its answers, options and its
list's other answers stand in a message (`chosen_hits`): exact word windows first, then typos
(bot.trivia.accepted; never another country's or region's name: "Austria" for Australia), one
occurrence per word; a candidate right after "not" is no guess; a weak
answer ("It", "I") counts only as the message's whole core."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field

from bot.lazy_re import compile_later
from bot.trivia.accepted import Answer, GuessWords, initial_class, joined_with_a_slip
from bot.trivia.another import KIND_WORDS, Asked
from bot.trivia.chatabroad import PITY_GLUE, pity_before
from bot.trivia.english import COMMON_WORDS
from bot.trivia.guesses import ANY_OTHER, ARTICLES, NEGATIONS, SAVE_FOR, TITLE_WORDS, core_bounds, is_filler
from bot.trivia.normal import compact_form, normalize_tokens
from bot.trivia.places import CONFUSED_FOR, COUNTRIES, PLACES
from bot.trivia.variants import counts_inside

_NUMBERISH = compile_later(r"^[-\d._/]+$").match
SEPARATOR_TOKENS = frozenset({"or", "vs", "versus"})


@dataclass(frozen=True)
class Prepared:
    key: tuple[str, tuple[str, ...], tuple[str, ...]]  # what it was prepared from (text, answers, choices)
    accepted: tuple[Answer, ...]
    options: tuple[Answer, ...]
    exact: dict[str, Answer]  # compact -> accepted answer or option (accepted first)
    skeletons: dict[str, Answer]  # romanization skeleton -> accepted name answer
    entities: dict[tuple[str, str], str]  # lore entity -> the accepted answer naming it
    echoed: frozenset[str]  # compacts of the question's own word windows
    echoed_entities: frozenset[tuple[str, str]]
    list_name: str
    pool: Mapping[str, str] | None  # the answers of the question's list: compact -> text
    by_initial: dict[str, tuple[Answer, ...]]  # answers open to typos, by their first letter (and
    # by their first two letters swapped and "~", for a word of seven letters or more: "hc~" for Chelsea)
    prefixes: frozenset[str]  # every prefix of an answer's or option's compact form
    pool_prefixes: frozenset[str] | None
    numeric: bool  # the accepted answer is a number
    year: bool  # ...a year
    asks: Asked  # a place or thing ("Freddie Mercury" is then someone else), which kind of place
    width: int  # the widest word window worth looking up
    vocabulary: frozenset[str]
    longest: int
    surnames: dict[str, Answer]  # a person's surname alone (bot.trivia.variants.surname)
    units: frozenset[str]  # the units a number answer and its question use
    known: Container[str]  # the answers of every list its server's games learned: names, never typos
    alone: Mapping[str, Answer] = field(default_factory=dict)  # initials that answer as the whole message ("MJ")
    plain: frozenset[str] = frozenset()  # the list's answers that are chat words elsewhere (`Lessons.plain`)
    # a one-word name answer -> the one longer name learned lists end with it ("mozart" -> wolfgang amadeus mozart)
    full_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    last_words: Container[str] = frozenset()  # words that end a learned name (`Lessons.last_words`)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    answer: Answer | None  # None for a pool candidate
    text: str
    group: str
    exact: bool

    @property
    def accepted(self) -> bool:
        return self.group == ""


def chosen_hits(p: Prepared, tokens: tuple[str, ...]) -> tuple[list[Hit], set[int]]:
    """Non-overlapping answer, option and list-candidate occurrences; and the negated words."""
    found: list[Hit] = []
    n = len(tokens)
    pool = p.pool
    prefixes = p.prefixes
    pool_prefixes = p.pool_prefixes
    for i in range(n):
        acc = ""
        for j in range(i, min(n, i + p.width)):
            token = tokens[j]
            acc = f"{acc}_{token}" if acc and acc[-1].isdigit() and token[0].isdigit() else acc + token
            in_exact = acc in prefixes
            if not in_exact and (pool_prefixes is None or acc not in pool_prefixes):
                break  # no answer or candidate starts like this
            answer = p.exact.get(acc) if in_exact else None
            if answer is not None and (n == 1 or counts_inside(acc, i, j, tokens)):
                found.append(Hit(i, j + 1, answer, answer.text, answer.group, True))
            elif pool is not None and acc in pool and acc not in p.echoed and (p.numeric or not _NUMBERISH(acc)):
                # (a number beside a word answer is chat as often as not: "paris 100%", "2 mins")
                found.append(Hit(i, j + 1, None, pool[acc], "p:" + acc, True))
    if p.by_initial:
        # Typos: only answers whose first word starts like guessed word i (typos spare first letters).
        words = GuessWords(tokens)
        # (only the question's own answers and options are read first: a plural of the answer is the
        # answer even where the list has it as another answer, "apples" for Apple; and an answer read
        # with a typo over more words is the longer one: "bow and arrows" for "Bow and arrow")
        reach: dict[int, int] = {}
        for h in found:
            if h.answer is not None:
                for i in range(h.start, h.end):
                    reach[i] = max(reach.get(i, 0), h.end)
        exact = len(found)
        for i in range(n):
            token = tokens[i]
            candidates = p.by_initial.get(token[0], ())
            initial = initial_class(token)
            if initial != token[0]:
                candidates = (*candidates, *p.by_initial.get(initial, ()))
            if len(token) >= 7 and (swapped := p.by_initial.get(token[:2] + "~")) is not None:
                candidates = (*candidates, *swapped)  # its first two letters swapped: "hcelsea"
            for answer in candidates:
                width = len(answer.tokens)
                if i + width > n or not words.fuzzy_at(answer, i):
                    width = 1 if joined_with_a_slip(token, answer) else 0  # "namar", "nanra" for Nam-ra
                if width and i + width > reach.get(i, 0) and not _another_name(p, tokens, i, width, answer):
                    found.append(Hit(i, i + width, answer, answer.text, answer.group, False))
        longer = [f for f in found[exact:] if f.accepted and f.end - f.start > 1]
        if longer:
            found = [
                h for h in found
                if not (h.exact and h.accepted and any(f.start <= h.start and h.end <= f.end for f in longer))
            ]
    if not found:
        return [], set()
    if pool is not None and len(found) > 1:
        found = _named_wider(found, tokens, p.accepted)
    # The question's answers and options before the list's other answers (an accepted "New York"
    # inside "New York City" is that answer plus a word), exact before fuzzy, longer first.
    found.sort(key=lambda h: (h.answer is None, not h.exact, h.start - h.end, not h.accepted, h.start))
    taken = [False] * n
    chosen: list[Hit] = []
    negated: set[int] = set()
    named = frozenset(i for h in found for i in range(h.start, h.end))  # (a candidate is no qualifier: "not london, paris")
    for h in found:
        if any(taken[h.start:h.end]):
            continue
        for i in range(h.start, h.end):
            taken[i] = True
        before = negation_before(tokens, h.start, named)
        if before is not None:
            negated.update(range(before, h.end))  # "it's not Paris": not a guess of Paris
            continue
        if h.group.startswith("o:") and h.answer is not None and h.answer.compact in p.echoed:
            continue  # an option the question itself names
        chosen.append(h)
    # A weak answer ("It", "I", "A") counts only as the message's core, framing aside: "i think
    # it's it", or options "a or b"; never as a word of a sentence ("omg i know this").
    weak = [h for h in chosen if h.answer is not None and h.answer.weak]
    if weak:
        covered = frozenset(i for h in chosen for i in range(h.start, h.end))
        start, end = core_bounds(tokens, covered)
        core_covered = all(i in covered or tokens[i] in SEPARATOR_TOKENS for i in range(start, end))
        chosen = [
            h for h in chosen
            if h not in weak or (core_covered and h.start >= start and h.end <= end)
        ]
    chosen.sort(key=lambda h: h.start)
    return chosen, negated


def _named_wider(found: list[Hit], tokens: tuple[str, ...], accepted: Sequence[Answer]) -> list[Hit]:
    """Without the accepted answers another answer of the list holds with other words of its own
    before them, where the question's own answers qualify them with words of their own: "Flying
    Courier (Radiant)" is that other answer, not "Courier (Radiant)" of "Animal Courier (Radiant)".
    ("Milwaukee Bucks" stays Bucks where no answer says which Bucks; a title, an article or a place
    word before it keeps it the answer: "Mount Etna".)"""
    wider = [h for h in found if h.answer is None and h.exact]
    if not wider:
        return found

    def qualified(h: Hit) -> bool:
        assert h.answer is not None
        size = len(h.answer.tokens)
        return any(len(a.tokens) > size and a.tokens[-size:] == h.answer.tokens for a in accepted)

    return [
        h for h in found
        if not (h.accepted and h.exact and qualified(h) and any(
            w.start < h.start and h.end <= w.end
            and not all(t in TITLE_WORDS or t in ARTICLES or t in KIND_WORDS for t in tokens[w.start : h.start])
            for w in wider
        ))
    ]


def _another_name(p: Prepared, tokens: tuple[str, ...], at: int, width: int, answer: Answer) -> bool:
    """Whether the words a typo reading takes at `at` name something else: a country or region
    ("Austria" is no typo of Australia, "India Ocean" of Indian Ocean), or an answer of a list the
    matcher learned ("Atlantis" for Atlantic, "Westside" for Westlife, when a list answers it). A
    plural is the same word ("apples" for Apple, where Apples is another answer), and a name commonly
    confused with the answer is that answer where its own list does not answer both (`CONFUSED_FOR`). A
    window of `width` words narrower than the answer is its words typed joined ("namar" for Nam-ra)."""
    window = tokens[at : at + width]
    whole = compact_form(window)
    if CONFUSED_FOR.get(whole) == answer.compact and (p.pool is None or whole not in p.pool):
        return False  # "Columbia" for Colombia, where the list does not answer both
    if whole in PLACES or (whole in p.known and whole not in p.exact and not _plural(whole, answer.compact)):
        return True
    for typed, word in zip(window, answer.tokens if width == len(answer.tokens) else (answer.compact,), strict=True):
        if typed != word and (
            typed in PLACES or typed in p.known or (typed in COMMON_WORDS and not _dropped_letter(typed, word))
        ) and not _plural(typed, word):
            return True  # ("lemon" is a word of its own, no typo of Lomon; "soul", Seoul with a letter dropped, is)
    return False


def _dropped_letter(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with one letter left out (as fans type it: "soul" for Seoul)."""
    return len(typed) + 1 == len(word) and any(word[:i] + word[i + 1 :] == typed for i in range(len(word)))


def _plural(a: str, b: str) -> bool:
    """Whether one word is the other with a plural ending."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer in (shorter + "s", shorter + "es")


def where_it_is(p: Prepared, hits: Sequence[Hit], h: Hit) -> bool:
    """Whether the list candidate `h` is the country a place answer right before it is in ("Paris
    France" to "Where is the Louvre?", "Ontario, Canada"): not when the answer is a country itself
    ("France Germany" names two)."""
    if not p.asks.place or compact_form(normalize_tokens(h.text)) not in COUNTRIES:
        return False
    return any(
        o.accepted and o.end == h.start and o.answer is not None and o.answer.compact not in COUNTRIES for o in hits
    )


def completes_it(p: Prepared, hits: Sequence[Hit], h: Hit, tokens: Sequence[str]) -> bool:
    """Whether the list candidate `h` ends a name of the list that an accepted answer right before it
    begins: "Obi-Wan Kenobi" where the answer is "Obi Wan" and the list answers both "Kenobi" and
    "Obi-Wan Kenobi" is the full name typed, one answer, not two."""
    if p.pool is None:
        return False
    return any(
        o.accepted and o.end == h.start and compact_form(list(tokens[o.start : h.end])) in p.pool for o in hits
    )


# Words whose number is a label, not a count: "season 2", "part 3", "chapter 7", "시즌 2".
_LABELS = frozenset("season seasons part chapter book volume vol level round page 시즌".split())


def labelled_elsewhere(p: Prepared, tokens: Sequence[str], hit: Hit) -> bool:
    """Whether a number `hit` is the number of a label the question and its answers never use
    ("@yuna season 2 when" says nothing of two years)."""
    if not p.numeric or hit.start == 0 or hit.end - hit.start != 1:
        return False
    label = tokens[hit.start - 1]
    return label in _LABELS and label not in p.echoed and label not in p.vocabulary



def negation_before(tokens: Sequence[str], at: int, named: Container[int] = ()) -> int | None:
    """The index of "not" (or "isn't"...) said of the words from `at`: right before them, an article
    and one word qualifying them aside ("not Paris", "not the bts jimin"), never a word that names
    something itself (at an index in `named`: "not london, paris"); None when none is."""
    before = at - 1
    if before >= 0 and tokens[before] in ARTICLES:
        before -= 1
    if before >= 1 and tokens[before].isalpha() and not is_filler(tokens[before]) and before not in named:
        qualified = before - 1 - (tokens[before - 1] in ARTICLES)
        if qualified >= 0 and tokens[qualified] in NEGATIONS:
            return qualified
    if before >= 0 and tokens[before] in NEGATIONS:
        return before
    if before >= 1 and tokens[before] in SAVE_FOR and tokens[before - 1] in ANY_OTHER:
        # "anyone but gwinam": ruled out; "it cant be anyone but onjo": the only one it can be
        denied = NEGATIONS | _CANT | _NOT_DONE
        return None if not denied.isdisjoint(tokens[max(0, before - 4) : before - 1]) else before - 1
    if before >= 1 and tokens[before] in ("es", "e") and tokens[before - 1] in ("no", "nao"):
        return before - 1  # Spanish "no es onjo", Portuguese "não é a namra": not
    said = before
    while said >= 0 and tokens[said] in _IT_IS:
        said -= 1  # "i dont think its onjo", "dont think that's namra tbh": a belief denied is a "not"
    if said >= 0 and tokens[said] in _CANT and tokens[said + 1:said + 2] == ("be",):
        return said  # "cant be namra", "couldnt be onjo lol": ruled out, no guess
    return said - 1 if said >= 1 and tokens[said] in _BELIEVED and tokens[said - 1] in _NOT_DONE else None


_IT_IS = frozenset({"its", "it", "is", "thats", "that", "was", "s", "be"})
_CANT = frozenset({"cant", "cannot", "couldnt", "cnt"})
_BELIEVED = frozenset({"think", "believe", "reckon"})
_NOT_DONE = frozenset({"dont", "didnt", "doesnt", "dun", "dnt"})


def inside_answer(tokens: Sequence[str], named: Sequence[str], hits: Sequence[Hit]) -> bool:
    """Whether the words `named` stand inside an answer the message holds ("onjo's" in "poor onjo's dad" where
    On-jo's father answers): part of that answer, not a second person named beside it."""
    width = len(named)
    return width > 0 and any(
        h.accepted and tuple(tokens[i : i + width]) == tuple(named)
        for h in hits for i in range(h.start, h.end - width + 1)
    )


def set_aside(tokens: Sequence[str], named: Sequence[str]) -> bool:
    """Whether the words `named` stand in the message after a "not" said of them ("not the bigbang seungri"), or felt
    for: after a word of pity abroad ("kasian onjo, jawabannya namra"), after "poor" said beside a guess ("suhyeok, poor
    cheongsan"), or in names pitied together ("kawawa naman si namra at suhyeok"): no guess of theirs."""
    width = len(named)
    return any(
        tuple(tokens[i : i + width]) == tuple(named) and (negation_before(tokens, i) is not None or (
            (crossed := pity_before(tokens, i)) is not None and (crossed > 0 or _felt_for_them(tokens, i) or any(
                pity_before(tokens, k) for k in range(2, len(tokens))  # (several names felt for: asked only where pity is)
            ))
        ))
        for i in range(len(tokens) - width + 1)
    )


def _felt_for_them(tokens: Sequence[str], at: int) -> bool:
    """Whether the pity right before the word at `at` (through its particles) is felt for them: a word of pity abroad
    ("kasian onjo, jawabannya namra"), or "poor" after other words ("suhyeok, poor cheongsan")."""
    k = at - 1
    while k >= 0 and tokens[k] in PITY_GLUE:
        k -= 1
    return tokens[k] != "poor" or not all(map(is_filler, tokens[:k]))  # (an opening "poor daesu" guesses, `pity_alone`)
