"""A person's surname alone: typed with a slip ("speilberg"), or one item of a list of guesses
("spielberg or lucas", "Spielberg, Lucas?").

The matcher takes a surname alone as the person only when it is the whole message, framing aside
(`bot.trivia.variants.surname`): inside a sentence a surname may be anyone's. Items a message lists,
split at "or", "vs", "/" or a comma, are each a guess of their own: one that is the surname names the
answer, and another item beside it is a second candidate (several answers, which earn nothing).
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence

from rapidfuzz.distance import OSA

from bot.lazy_re import compile_later
from bot.lore.name_keys import KOREAN_SURNAMES
from bot.trivia.accepted import Answer
from bot.trivia.guesses import TITLE_WORDS, core_bounds, is_filler
from bot.trivia.normal import compact_form

_ITEM_WORDS = frozenset({"or", "vs", "versus"})
_SEASON_TAG = compile_later(r"^(?:s\d{1,2}|season|s\d{1,2}e\d{1,2})$")


def _items(tokens: Sequence[str], seps: Container[int]) -> list[list[str]]:
    items: list[list[str]] = [[]]
    for k, token in enumerate(tokens):
        if token in _ITEM_WORDS:
            items.append([])
            continue
        if k in seps and items[-1]:
            items.append([])
        items[-1].append(token)
    return [item for item in items if item]


def surname_among_items(
    tokens: Sequence[str], seps: Container[int], surnames: Mapping[str, Answer]
) -> tuple[Answer, bool] | None:
    """The answer whose surname is one item of a message of several items, and whether another item
    names something too (None when no item is a surname alone, or the message is a single item)."""
    items = _items(tokens, seps)
    if len(items) < 2:
        return None
    found: Answer | None = None
    others = False
    parts: list[str] = []
    for item in items:
        start, end = core_bounds(item)
        core = item[start:end]
        answer = surnames.get(compact_form(core))
        if answer is not None and found is None:
            found = answer
        elif core and _SEASON_TAG.match(core[0]):
            continue  # "6, s2 better bring them all back": the season the player hypes, no second guess
        elif any(not is_filler(w) for w in core):
            others = True
            parts.extend(core)
    if found is None or any(w in found.tokens for w in parts):
        return None  # ("john or kennedy" for John Kennedy: the name in parts, a near miss)
    return found, others


def surname_typed(compact: str, surnames: Mapping[str, Answer], known: Container[str]) -> Answer | None:
    """The answer whose surname alone `compact` is, or is with one typo in a surname of seven letters
    or more, the first letter kept ("speilberg" for Spielberg), unless it is a name the server's
    lists know (`known`: "robinson" is no typo of Robertson's)."""
    found = surnames.get(compact)
    if found is not None or len(compact) < 7 or not compact.isalpha() or compact in known:
        return found
    for name, answer in surnames.items():
        if len(name) >= 7 and name[0] == compact[0] and OSA.distance(compact, name, score_cutoff=1) <= 1:
            return answer
    return None


# Words fans put before or after a surname to name someone by it, beside the English titles: a teacher
# ("teacher park", "science teacher lee") and Korean honorifics typed in letters ("park ssaem").
_HONORIFICS = frozenset("teacher ssaem ssam saem seonsaengnim sunbae sunbaenim nim".split())


def titled_surname(core: Sequence[str], accepted: Sequence[Answer]) -> Answer | None:
    """The answer a surname with a title names ("teacher park" for Park Sun-hwa where "Ms. Park"
    answers, "detective song" for Song Jae-ik, "park ssaem"): the surname of a titled answer, or the
    surname opening a Korean full name. A surname alone is no more than it was (two people share one)."""
    if len(core) < 2 or len(core) > 3:
        return None
    titled = [t in TITLE_WORDS or t in _HONORIFICS for t in core]
    if "teacher" in core[1:] and not titled[0] and core.index("teacher") == 1 and len(core) == 3:
        titled[0] = True  # the subject taught: "science teacher lee"
    rest = [t for t, title in zip(core, titled, strict=True) if not title]
    if len(rest) != 1 or rest[0] not in (core[0], core[-1]):
        return None
    surname = rest[0]
    for answer in accepted:
        tokens = answer.tokens
        if len(tokens) == 2 and tokens[0] in TITLE_WORDS and tokens[1] == surname:
            return answer
        if len(tokens) == 3 and tokens[0] == surname and surname in KOREAN_SURNAMES:
            return answer
    return None
