"""What a fan types ahead of a whole question that is no part of it ("wowww who plays onjo", "HACKED who plays
onjo", "shocked cat gif who plays na-yeon", "random but who wrote the script").

chat.py reads past the openers everyone types ("wait", "lol", "ok so"); fans type countless others, stretched,
misspelt or made up on the spot, so no list can hold them all. What marks one instead: it comes before a question
word that starts a well-formed question, and it is no word the engine could ever use (not a name, no word the pack
or questions about the show are made of) or it is shouted ahead of a question typed in lower case. (Members typed
with an "@" ahead of it, "@jin @mina who plays onjo", are pasted.py's.) The question is
then asked again without it (router.py), and only an answer to that question is kept: the word could not have
changed what the engine reads, so the answer is to the question asked, never to another one. A name ("Nam-ra who?",
"Gwinam who plays him"), a known word ("dad who plays onjo": someone's dad, maybe) or a number ahead of the question
keeps the question as typed, and "I don't know" stands.

`unfollowed` is the same rule for what fans type after a whole question ("who plays onjo sksksk", "who wrote the
script asap", "whats the webtoon called sorry if dumb q", "who plays woojin [gif: crying cat]"): words the engine
could never use, at the end of a clause that starts with a question word, are read past the same way, and a word that
asks of something else ("who plays onjo stepdad", "in the musical", "in the webtoon") or one that needs what follows
it ("who plays onjo in hamlet") keeps the question as typed.

`two_asks`: "why who plays onjo" is no question: two question words in a row, and what the first one asks of the
second is unknown, so it is never answered as "who plays onjo".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Sequence

from bot.lazy_re import compile_later

# Words that start a question (a wh-word or an auxiliary put first).
_STARTS = frozenset(
    "who whos whom whose what whats when where which why how does do did is are was were will can could would should "
    "has have".split()
)
# Joining words said between an aside and its question ("random but who ...", "ugh so who ..."): never alone.
_JOINERS = frozenset("but so and ok okay like also then".split())
# Words that ask of another part, production or time than the show's own cast as it stands ("stuntman who plays onjo",
# "japanese who plays onjo": her dub, "originally who plays onjo", "musical who plays onjo", "grandma who plays onjo"):
# the pack may not know them, yet the question without them is another question, never to be answered in its place.
_QUALIFIES = compile_later(
    r"(?i)^(?:stunt\w*|doubles?|body|understud\w*|voic\w*|dub\w*|va|remake\w*|musical\w*|movie|film|adaptation|webtoon|manhwa"
    r"|anime|cosplay\w*|original\w*|former\w*|previous\w*|recast\w*|replace\w*|new|old|older|adult|grown|future|past"
    r"|young\w*|kid|child|teen\w*|baby|little|english|japanese|korean|chinese|thai|spanish|french|german|hindi|tagalog"
    r"|indonesian|vietnamese|american|us|uk|grand\w*|granny|aunt\w*|uncle|cousin|niece|nephew|step\w*|bf|gf|ex|crush"
    r"|husband|wife|twin|clone|fake|real)$")
_TRAIL_JOINERS = _JOINERS | {"if", "i"}  # "sorry if dumb q", "sorry i forgot"
_MOST_LEAD = 3  # "shocked cat gif": an aside longer than that is a clause of its own
_PRONOUN = compile_later(r"\b(?:he|him|his|she|her|hers|they|them|their)\b")
_SLOT = compile_later(r"\bent\d+\b")


def unprefaced(clause: str, known: Container[str], fix: Callable[[str], str], shouted: str = "",
               after: Sequence[str] = ()) -> str | None:
    """`clause` without the aside typed ahead of its question, or None when nothing ahead of it is one.

    `known`: the words the engine knows; `fix`: its typo repair (a misspelt known word is a word, not chatter);
    `shouted`: the clause's first word when it was typed in capitals ahead of a question in lower case; `after`:
    the clauses that follow."""
    words = clause.split()
    start = next((i for i, w in enumerate(words[:_MOST_LEAD + 1]) if w in _STARTS), None)
    if not start or len(words) - start < 2:
        return None  # no question word within reach, or the clause starts with one (nothing ahead of it)
    lead = words[:start]
    if any(_QUALIFIES.match(w) for w in lead):
        return None  # "stuntman who plays onjo": the word asks of someone else than the one the rest asks of
    chatter = [w for w in lead if (w == shouted and w.isalpha()) or _unknown(w, known, fix)]
    if not chatter or any(w not in chatter and w not in _JOINERS for w in lead):
        return None
    rest = " ".join(words[start:])
    # "jihoon who bit namra, what happened to him": someone the engine does not know, then what they did; "he"
    # after it is them, so the question is not asked without them
    pronoun = _PRONOUN.search(rest)
    if any(_PRONOUN.search(later) for later in after) or (pronoun and not _SLOT.search(rest[:pronoun.start()])):
        return None
    return rest


_MOST_TRAIL = 4  # "sorry if dumb q": an apology is typed after the question, longer than what is typed ahead of it
# Words that need what comes after them: what follows them is part of the question ("who plays onjo in hamlet")
_LEADS_ON = frozenset("s 's \u2019s in of for at from on with by as to into about during after before than".split())
# Thai laughter ("555", ha ha ha) is digits; no episode, season or figure is written so
_LAUGH_DIGITS = compile_later(r"^5{3,}$")


def unfollowed(clause: str, known: Container[str], fix: Callable[[str], str], typed: str) -> str | None:
    """`clause` without the aside typed after its question, or None when nothing at its end is one.

    The words at the end that are no word the engine knows (laughter, a keyboard smash, "asap", a gif's alt text),
    with a joining word between them ("sorry if dumb q"), after a clause that starts with a question word. `typed`:
    the question as typed, where a name's "'s" still shows ("who plays onjos hairdresser": hers, not an aside)."""
    words = clause.split()
    if not words or words[0] not in _STARTS:
        return None
    cut = len(words)
    while cut > 1 and len(words) - cut < _MOST_TRAIL:
        w = words[cut - 1]
        if _unknown(w, known, fix) or _LAUGH_DIGITS.match(w) or (w in _TRAIL_JOINERS and cut < len(words)):
            cut -= 1
        else:
            break
    while cut < len(words) and words[cut] in _TRAIL_JOINERS:
        cut += 1  # a joining word is never an aside's first word
    tail = words[cut:]
    if not tail or cut < 3 or words[cut - 1] in _LEADS_ON or any(_QUALIFIES.match(w) for w in tail):
        return None  # no aside, too little left to ask, or the end is what a word before it needs
    if _SLOT.fullmatch(words[cut - 1]) and _owned(tail[0], typed):
        return None  # "onjos hairdresser": someone of hers the engine does not know, asked of
    if tail[0] not in _ALT_TEXT and not all(w in _TRAIL_JOINERS or _LAUGH_DIGITS.match(w) or _smash(w) for w in tail):
        # "is the virus airborne", "who plays onjo hairdresser": what the engine does not know may be what is asked,
        # even after a name, so only what no language spells (or a picture's alt text) is read past
        return None
    return " ".join(words[:cut])


_ALT_TEXT = frozenset("gif sticker image img pic emoji".split())  # "[gif: crying cat]" pasted after a question
_REPEATED = compile_later(r"^(\w{1,3})\1{2,}\w{0,2}$")  # hahaha, sksksk, ahahahaha, lololol
_HOME_ROW = frozenset("asdfghjkl")


def _smash(word: str) -> bool:
    """Whether `word` is laughter or a keyboard smash by its shape: no vowel at all ("thx", "sksk", "rn"), one short
    unit typed three times or more ("hahaha"), or five letters or more all from the keyboard's home row ("ajsjdj")."""
    return word.isalpha() and (not set(word) & set("aeiou") or _REPEATED.match(word) is not None
                               or (len(word) >= 5 and set(word) <= _HOME_ROW))


def _owned(word: str, typed: str) -> bool:
    """Whether `word` follows a word ending in "s" in `typed` (a name's "'s", typed or not: "onjos hairdresser")."""
    typed_words = re.findall(r"[\w'\u2019]+", typed.casefold())
    return any(b == word and a.endswith("s") for a, b in itertools.pairwise(typed_words))


def _unknown(word: str, known: Container[str], fix: Callable[[str], str]) -> bool:
    """A word no text of the show nor any question about it is made of (letters only: "ent0" is a name, "5" an
    episode)."""
    return word.isalpha() and word not in known and fix(word) not in known


def shouted_first(raw: str) -> str:
    """The first word of `raw` when it is shouted ahead of a question typed in lower case ("HELP who plays jae-ik"),
    casefolded; else ""."""
    first, _, rest = raw.strip().partition(" ")
    if len(first) >= 2 and first.isalpha() and first.isupper() and any(c.islower() for c in rest):
        return first.casefold()
    return ""


# "why who plays onjo", "how who dies": a question word right before another, nothing between them
_TWO_ASKS = compile_later(r"^\W*(?:why|how|what|whats|when|where|which)\s+(?:who|whos|whom|whose|what|whats|when|where|which|"
                       r"why|how)\b(?!\s*$)", re.I)


def two_asks(text: str) -> bool:
    """Whether `text` starts with two question words in a row ("why who plays onjo"): no question anyone asks. A
    first one shouted ahead of a question in lower case ("WHAT who plays onjo") is a cry, not a question word."""
    return _TWO_ASKS.match(text) is not None and not shouted_first(text)
