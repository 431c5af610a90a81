"""Other candidates a message names beside the answer it holds: another answer of the learned lists,
a separate item ("paris, london", "rook or queen", "the lab the office"), a bare list of words
("paris london berlin"), or one more of the answer's own set ("jupiter saturn"). A message naming
several earns nothing (bot.trivia.matching)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.lazy_re import compile_later
from bot.trivia.another import KIND_WORDS
from bot.trivia.chatabroad import OTHER_TALK, TAGALOG_SHORT, felt_for, it_is_them, praise_verbs
from bot.trivia.english import COMMON_WORDS
from bot.trivia.families import another_of_its_set
from bot.trivia.guesses import (
    ARTICLES,
    CONNECTORS,
    SENTENCE_WORDS,
    TITLE_WORDS,
    content_words,
    core_bounds,
    is_chat_word,
    is_filler,
)
from bot.trivia.hits import SEPARATOR_TOKENS, Hit, Prepared, completes_it, set_aside, where_it_is
from bot.trivia.nearmiss import near_miss
from bot.trivia.normal import compact_form, is_number
from bot.trivia.pairs import another_beside, short_code
from bot.trivia.places import COUNTRIES, PLACES, place_at, state_by_code
from bot.trivia.talk import TALK_WORDS
from bot.trivia.wordplay import SO_MUCH_ANY

ITEM_TOKENS = SEPARATOR_TOKENS | {"and"}  # between two bare items: "jupiter and saturn"
_ORDINAL = compile_later(r"\d+(?:st|nd|rd|th)").fullmatch  # beside a number answered, a number: "90th 100th"
_TITLE_GLUE = frozenset({"of", "the", "a", "an", "in", "on", "at", "to", "for", "with", "from", "and"})
# "The" abroad (Spanish, Portuguese, Tagalog), opening words said of the person named ("el bully, gwinam"): definite only,
# unlike the chat words of attempts.py (_ARTICLES_OR_IS_ABROAD)
_THE_ABROAD = frozenset("el la o a yung ang".split())
# Whose and "is" abroad, never an item beside a name ("crush nya suhyeok", "su crush es suhyeok")
_WHOSE = frozenset("nya niya ko mi su es".split())
RANGE_ITEMS = ITEM_TOKENS | {"from", "between", "to", "till", "until", "through", "thru"}  # "4 to 5": two numbers


def segment_rivals(
    p: Prepared,
    tokens: tuple[str, ...],
    seps: frozenset[int],
    hits: list[Hit],
    core_start: int,
    core_end: int,
    rivals: dict[str, str],
) -> None:
    """Other candidates named beside the hits: list answers, separate items, bare word lists."""
    if not hits:
        return  # with nothing recognised, a list of words is one (wrong) attempt
    covered = [False] * len(tokens)
    for h in hits:
        for i in range(h.start, h.end):
            covered[i] = True
    # Separators inside a hit ("IQ / Valkyrie") are part of that answer.
    inside = {k for h in hits for k in range(h.start + 1, h.end)}
    items = RANGE_ITEMS if p.numeric else ITEM_TOKENS
    guessed = any(h.accepted for h in hits)  # (beside a guess, one pitied is no second one: "kasian onjo, jawabannya namra")
    bounds = [0]
    for k in range(1, len(tokens) + 1):
        if k < len(tokens) and (
            (k in seps and k not in inside) or (tokens[k] in items and not covered[k])
            or (tokens[k] in ARTICLES and k not in inside and _second_article(tokens, k))
        ):
            bounds.append(k)
    bounds.append(len(tokens))
    segments = [(a, b) for a, b in pairwise(bounds) if a < b]
    several_items = len(segments) > 1
    for a, b in segments:
        seg = [tokens[i] for i in range(a, b) if not covered[i] and tokens[i] not in items]
        seg_hits = [h for h in hits if a <= h.start < b]
        if several_items and not seg_hits and _a_code_offered(p, seg, tokens, a, b):
            rivals.setdefault(f"s:{a}", seg[0])  # "na or k": "k" is potassium here, not "ok"
            continue
        if seg:
            first, last = core_bounds(seg)  # "..., i guess london too": the item is "london"
            seg = seg[first:last]
        whole = [tokens[i] for i in range(a, b) if tokens[i] not in items]
        if whole and p.asks.place and (
            place_at(whole, 0) == len(whole) or (len(whole) == 1 and state_by_code(whole[0], p.asks.places))
        ) and (
            not any(a.compact in PLACES for a in p.accepted)
            or (compact_form(whole) in COUNTRIES and not any(a.compact in COUNTRIES for a in p.accepted))
        ):
            continue  # where the place is: "Tel Aviv, Israel", "Washington, USA" for the state
        if several_items and not seg_hits and (not SO_MUCH_ANY.isdisjoint(whole) or it_is_them(whole)):
            continue  # a remark said apart from the guess: "hari kan? keren bgt", "gwinam, nakakainis talaga"; "..., es ella"
        if several_items and whole and (whole[0] in ARTICLES or (whole[0] in _THE_ABROAD and not a)) and not _names_an_answer(seg_hits) and _of_someone(p) and not (
            (a and tokens[a] in SEPARATOR_TOKENS) or (b < len(tokens) and tokens[b] in SEPARATOR_TOKENS)
        ):
            continue  # said of the person named: "hyeonju, the hamster girl", "el bully, gwinam"
        bare = _bare(seg)
        for h in seg_hits:
            if h.answer is None and bare and not where_it_is(p, hits, h) and not completes_it(p, hits, h, tokens) and not set_aside(
                tokens, tokens[h.start : h.end]
            ):  # (never one felt for: "suhyeok, kawawa cheongsan")
                rivals.setdefault("p:" + h.text, h.text)
        if seg_hits or not several_items:
            continue
        # (an item of "rook or queen" is one, even a word that is talk elsewhere: "queen")
        offered = (a and tokens[a] in SEPARATOR_TOKENS) or (b < len(tokens) and tokens[b] in SEPARATOR_TOKENS)
        if offered and not bare and any(not _bare(answer.tokens) for answer in p.accepted):
            bare = True  # a phrase offered against a phrase: "now at our school or all of us are dead"
        words = [w for w in rival_words(p, seg, offered) if not (guessed and felt_for(tokens, w))]  # (not "cheongsan" in "suhyeok, kawawa cheongsan")
        if words and bare and len(words) <= 4:
            rivals.setdefault(f"s:{a}", " ".join(words))
        elif _plain_answer(p, whole) or _the_name(p, whole):
            rivals.setdefault(f"s:{a}", " ".join(whole))  # "beat it or bad", "rolling stones / the who"
    # A bare list ("paris london berlin", "60 120"): two words beside the answer are two more
    # answers (one may be a title or a name: "Barack Obama"), and so is any other number
    # beside a number.
    core = [tokens[i] for i in range(core_start, core_end) if not covered[i]]
    if not several_items and _bare(core):
        words = [w for w in rival_words(p, core) if not (guessed and felt_for(tokens, w))]
        answers = {h.answer.compact for h in hits if h.accepted and h.answer is not None}
        if len(words) >= 2 or (p.numeric and words):
            rivals.setdefault("bare", " ".join(words))
        elif len(words) == 1 and another_beside(words[0], p, hits, tokens):
            rivals.setdefault("bare", words[0])  # "tanks missiles", "hoth dagobah"
        answers |= {a.compact for a in p.accepted}  # (the answer's own short form: "nis" for the agency)
        own = {t for a in p.accepted for t in a.tokens}  # ("bow n arrow": a word of the answer itself)
        for w in core:  # "jupiter saturn", "korea japan", "queen rook": one more planet, country, piece
            if w not in own and another_of_its_set(w, answers):
                rivals.setdefault("set:" + w, w)
    before = [tokens[i] for i in range(hits[0].start) if not covered[i]]
    if not several_items and (
        _plain_answer(p, [t for i, t in enumerate(tokens) if not covered[i]])
        or (hits[0].accepted and len(before) == hits[0].start and _the_name(p, before))
    ):
        rivals.setdefault("bare", "plain")  # "the who rolling stones", "bad beat it"
    if not several_items and "bare" not in rivals and (title := _title_beside(p, tokens, hits, core_start, core_end)):
        rivals.setdefault("bare", title)  # "guardians of the galaxy jurassic world"

def _title_beside(p: Prepared, tokens: Sequence[str], hits: Sequence[Hit], start: int, end: int) -> str | None:
    """Another title of two words or more typed right before or after a title of two words or more
    answered ("guardians of the galaxy jurassic world", "inside out big hero 6"): words of their own,
    glued only as titles are ("of the"), no kind ("sting's band the police"), chat or the question's."""
    named = [h for h in hits if h.accepted and h.answer is not None]
    if len(named) != 1 or len(hits) != 1 or len(named[0].answer.tokens if named[0].answer else ()) < 2:
        return None
    hit = named[0]
    run = [tokens[i] for i in range(start, end) if not hit.start <= i < hit.end]
    if not run or not (hit.start == start + len(run) or hit.end == end - len(run)):
        return None  # (the answer typed inside a sentence)
    if any(t in SENTENCE_WORDS and t not in _TITLE_GLUE for t in run) or any(t in KIND_WORDS for t in run):
        return None
    content = [t for t in run if t not in _TITLE_GLUE]
    words = rival_words(p, run, title=True)
    return " ".join(words) if len(content) >= 2 and len(words) == len(content) else None


def rival_words(p: Prepared, words: Sequence[str], offered: bool = False, title: bool = False) -> list[str]:
    """The words that could be another answer: not chat or a title (unless `offered` as an
    item of "or": "rook or queen"), not the question's own, and of the answer's shape: numbers beside a number,
    words beside a word (a number beside a word is as often chat or part of a compound: "paris
    100%", "one-armed bandit")."""
    out = []
    # (a title with no name after it is an item of its own there: "rook or queen")
    alone = frozenset(words[-1:]) & TITLE_WORDS if offered else frozenset()
    turned = _turned(p, words)
    titled = (offered or title) and _titled_number(p)  # ("big hero 6 or zootopia": a title offered against a title)
    # (Tagalog's short words only among other talk: Hindi "hari ka bhai", Ha-ri's brother, keeps its "ka")
    # Tagalog "ka"/"mo"/"ba" around a name where someone is asked ("mali ka, namra yan", "ano ba, namra nga"): no item
    tagalog = all(x in OTHER_TALK or x in TAGALOG_SHORT or x in TALK_WORDS or is_filler(x) for x in words)
    praising = praise_verbs(words)  # ("suhyeok y namra, son lindos": "son" says they are, no item)
    for w in content_words(words, alone):
        abroad = (w in OTHER_TALK and len(w) > 2) or w in _WHOSE or (w in TAGALOG_SHORT and tagalog)  # ("ini gampang, onjo"; never "da" in "da vinci")
        talk = (w in TALK_WORDS or (abroad and _of_someone(p)) or w in praising) and w not in p.vocabulary and not offered
        shape = (is_number(w) or (p.numeric and _ORDINAL(w) is not None)) != p.numeric and not (titled and w.isalpha() and w not in p.units)
        if (w in p.echoed and w not in turned) or (w in TITLE_WORDS and w not in alone) or shape or talk:
            continue  # (nor a word about the show: "the red light scene" lists nothing)
        if len(w) == 1 and not p.numeric and not any(len(a.compact) == 1 for a in p.accepted) and not short_code(p):
            continue  # a middle initial: "Dwight D. Eisenhower" (a letter beside a letter: "k or p")
        out.append(w)
    return out


def _plain_answer(p: Prepared, words: Sequence[str]) -> bool:
    """Whether `words` are, whole, another answer of the list that is a chat word elsewhere ("bad", "the
    who"): offered beside the answer, it is another answer."""
    compact = compact_form(list(words)) if words else ""
    return compact in p.plain and not any(a.compact == compact for a in p.accepted)


def _the_name(p: Prepared, words: Sequence[str]) -> bool:
    """Whether `words` are "the" and a word, another name of the shape of an answer that is one ("the
    who" beside the Rolling Stones), though the word is chat elsewhere."""
    return (
        len(words) == 2 and words[0] == "the" and words[1].isalpha() and len(words[1]) >= 3
        and not is_chat_word(words[1]) and words[1] not in p.echoed
        and any(a.text.lower().startswith("the ") for a in p.accepted)
    )


def _names_an_answer(hits: Sequence[Hit]) -> bool:
    """Whether an item names an accepted answer itself."""
    return any(h.accepted and h.answer is not None for h in hits)


def _of_someone(p: Prepared) -> bool:
    """Whether the question asks for someone: a person or a character (by its kind, or by the lore's
    names of its answers)."""
    if p.asks.thing or p.asks.place:
        return False
    return not p.asks.kinds.isdisjoint(("person", "character")) or any(k in ("person", "character") for k, _ in p.entities)


def _titled_number(p: Prepared) -> bool:
    """Whether an answer read as a number is a title or a name holding one ("Big Hero 6", "Windows
    10"): a word of its own beside the number, no unit of the question's."""
    return p.numeric and any(
        any(t.isalpha() and len(t) >= 3 and t not in p.units and not is_filler(t) for t in a.tokens) for a in p.accepted
    )


def _a_code_offered(p: Prepared, seg: Sequence[str], tokens: Sequence[str], a: int, b: int) -> bool:
    """Whether the item `seg` (words `a`..`b`), offered with "or" or a separator, is another code
    where the answers are codes of one or two letters ("na or k"), though a letter is chat elsewhere."""
    offered = (a and tokens[a] in SEPARATOR_TOKENS) or (b < len(tokens) and tokens[b] in SEPARATOR_TOKENS)
    return bool(offered) and len(seg) == 1 and seg[0].isalpha() and len(seg[0]) <= 2 and short_code(p)


def code_offered_beside(p: Prepared, tokens: Sequence[str], start: int, end: int) -> str | None:
    """Another code offered with "or" outside the message's core (`start`..`end`), where the answers
    are codes of one or two letters: "na or k", "k or na" (a letter is chat only elsewhere: "ok")."""
    if not short_code(p):
        return None
    for k in (*range(start), *range(end, len(tokens))):
        word: str = tokens[k]
        beside = (k > 0 and tokens[k - 1] in SEPARATOR_TOKENS) or (k + 1 < len(tokens) and tokens[k + 1] in SEPARATOR_TOKENS)
        if beside and word.isalpha() and len(word) <= 2 and word not in SEPARATOR_TOKENS:
            return word
    return None


def _turned(p: Prepared, words: Sequence[str]) -> frozenset[str]:
    """The question's own name words the message turns into another name with a word of its own:
    "amon hen" where the question asks about Amon Sul ("new york" where it says New Zealand)."""
    return frozenset(
        w for w, after in pairwise(words)
        if w in p.echoed and w.isalpha() and len(w) >= 3 and w not in COMMON_WORDS and w not in TALK_WORDS
        and w not in TITLE_WORDS and after.isalpha() and after not in p.echoed and w + after not in p.echoed
        and not is_filler(after) and after not in SENTENCE_WORDS and after not in ITEM_TOKENS
        and after not in PLACES and after not in COUNTRIES  # (where it is: "austin texas usa")
    )


def _second_article(tokens: Sequence[str], k: int) -> bool:
    """Whether the article at `k` opens a second noun phrase after a first one ("the lab the office",
    "a flag a sign"): two items, not one ("near the kitchen", "hades the game")."""
    before = [i for i in range(k) if tokens[i] in ARTICLES]
    return bool(before) and before[-1] < k - 1 and not any(is_filler(t) for t in tokens[before[-1] + 1 : k])


def _bare(words: Sequence[str]) -> bool:
    """No sentence glue (an article may open it): a list of items, not a sentence."""
    rest = words[1:] if words and words[0] in ARTICLES else words
    return not any(w in SENTENCE_WORDS and w not in CONNECTORS for w in rest)


def near_miss_offered(p: Prepared, tokens: Sequence[str]) -> str | None:
    """The answer an item of the message nearly names when another item is offered beside it ("jerry or
    speedy" for Speedy Gonzales, "busan or seol"): two candidates, as "busan or seoul" is; else None. Only
    "or" offers one (a comma may stand inside the answer: "december 19, 2015" for December 18, 2015)."""
    bounds = [0, *(k for k in range(1, len(tokens)) if tokens[k] in SEPARATOR_TOKENS), len(tokens)]
    items = [[t for t in tokens[a:b] if t not in SEPARATOR_TOKENS] for a, b in pairwise(bounds)]
    items = [item[first:last] for item in items if item for first, last in [core_bounds(item)] if first < last]
    if len(items) < 2:
        return None
    near = [near_miss(p.accepted, item, compact_form(item), p.echoed, p.known) for item in items]
    offered = any(n is None and _bare(item) and rival_words(p, item, offered=True) for n, item in zip(near, items, strict=True))
    return next((n for n in near if n is not None), None) if offered else None
