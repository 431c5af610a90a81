"""A second guess that is the question's own word: "10 or 11" for Eleven when the question says
"Top 10", "paris / lyon" for Lyon when it speaks of the Paris region (Red-DiscordBot #331).

The question's words are never read as candidates elsewhere (they are its wording said back: "top 11"),
so an alternative offered against the answer, joined by "or", "vs", "/", "또는", "아니면", "혹은" (or, for
numbers, a comma: "10, 11"), is found here. It takes nothing back: "11 (not 10)", "11, not 10" stay right.

A question may also list its choices in its own text ("What team won the 2016 World Series? Cubs,
Royals, or Indians", as Red's lists write them): another of those beside the answer, with or without
a separator, is another choice ("royals cubs"; `offered_in_text`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.lazy_re import compile_later
from bot.trivia.english import COMMON_WORDS
from bot.trivia.guesses import NEGATIONS, TITLE_WORDS, core_bounds, is_filler
from bot.trivia.hits import SEPARATOR_TOKENS, Hit, Prepared
from bot.trivia.normal import compact_form, is_number, normalize_tokens
from bot.trivia.places import COUNTRIES
from bot.trivia.talk import TALK_WORDS

# Words that offer a choice between the items beside them (Korean "or", "or else", "or", and the
# same romanised, as a message in hangul is read again: `bot.trivia.hangul.romanised`).
_CHOICE_WORDS = SEPARATOR_TOKENS | {"또는", "아니면", "혹은", "ttoneun", "animyeon", "hogeun"}
_TAKEN_BACK = NEGATIONS | {"no", "nope", "nah", "wait", "아니고", "아님", "아니", "아냐"}


def echoed_alternative(p: Prepared, tokens: Sequence[str], seps: frozenset[int], text: str, hits: Sequence[Hit]) -> str | None:
    """The question's own word offered as another choice beside the answer found in `hits`, if any:
    an item of its own, split off by a choice word or a separator, that is nothing but that word
    (the question's other words around it aside: "top 10 or top 11")."""
    listed = _listed_beside(p, tokens, hits)
    if listed is not None:
        return listed
    marked = [k for k, t in enumerate(tokens) if t in _CHOICE_WORDS and not _inside(k, hits)]
    # A comma lists numbers ("10, 11") but adds a word's place or kind ("Lyon, France"): for
    # words only a slash splits ("lyon / paris").
    slashed = "/" in text.replace("://", "")
    split = [k for k in seps if not _inside(k, hits) and (p.numeric or slashed)]
    bounds = sorted({0, len(tokens), *marked, *split})
    for a, b in pairwise(bounds):
        if any(a <= h.start < b and h.accepted for h in hits):
            continue
        item = [t for t in tokens[a:b] if t not in _CHOICE_WORDS]
        if not item or any(t in _TAKEN_BACK for t in item) or (b < len(tokens) and tokens[b] in _TAKEN_BACK):
            continue  # ("11, not 10", "10? no 11": the other taken back)
        first, last = core_bounds(item)
        said = [t for t in item[first:last] if not is_filler(t)]
        shaped = [t for t in said if is_number(t) == p.numeric]
        if len(shaped) == 1 and all(t in p.echoed for t in said) and _a_choice(shaped[0], p):
            return shaped[0]
    return None


def _listed_beside(p: Prepared, tokens: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """Another of the choices the question lists in its text, named outside the answer and not
    taken back ("royals cubs"; "cubs not royals" stays right)."""
    offered = {compact_form(normalize_tokens(o)) for o in offered_in_text(p.key[0], p.key[1])}
    if not offered or any(t in _TAKEN_BACK for t in tokens):
        return None
    free = [k for k in range(len(tokens)) if not any(h.start <= k < h.end for h in hits)]
    said = [k for k in free if not is_filler(tokens[k]) and tokens[k] not in _CHOICE_WORDS]
    for k in said:  # (only that choice beside the answer: "cubs!! beat the indians" says what happened)
        width = len(said)
        window = list(tokens[k : k + width])
        if said == list(range(k, k + width)) and compact_form(window) in offered:
            return " ".join(window)
    return None


def _inside(k: int, hits: Sequence[Hit]) -> bool:
    """Whether position `k` is inside a hit ("IQ / Valkyrie" is one answer)."""
    return any(h.start < k < h.end for h in hits)


def _a_choice(word: str, p: Prepared) -> bool:
    """Whether the question's word could be a guess of its own (a name, a number), not its wording
    nor where a place asked for is ("Paris / France" to "What is the capital of France?")."""
    if p.numeric:
        return True
    if p.asks.place and word in COUNTRIES and not any(a.compact in COUNTRIES for a in p.accepted):
        return False
    return len(word) >= 3 and word not in COMMON_WORDS and word not in TITLE_WORDS and word not in TALK_WORDS


# The choices a question lists after its question mark (or colon): "Cubs, Royals, or Indians".
_LISTED = compile_later(r"[?:]\s*([^?:]+?,[^?:]*?\bor\b[^?:]+?)\s*[.?]?\s*$", re.IGNORECASE)


def offered_in_text(text: str, answers: Sequence[str]) -> list[str]:
    """The choices `text` lists after it asks ("...? A, B, or C"), when one of them is an answer:
    the others are its options, though no button shows them."""
    found = _LISTED.search(text)
    if found is None:
        return []
    items = [i.strip() for i in re.split(r",|\bor\b", found.group(1), flags=re.IGNORECASE)]
    items = [i for i in items if i]
    said = {compact_form(normalize_tokens(a)) for a in answers}
    if len(items) < 2 or not any(compact_form(normalize_tokens(i)) in said for i in items):
        return []
    return [i for i in items if compact_form(normalize_tokens(i)) not in said]
