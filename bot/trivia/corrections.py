"""Guesses a player corrects or hedges in one short message, beyond what `bot.trivia.guesses.taken_back`
reads:

- "warsaw no krakow": a "no" running on between two candidates of the same kind takes back the first
  ("widowmaker no limits" stays a title: "limits" is no candidate);
- "pitt willis": a person's surname alone, then another bare word: a second person, as "pitt or
  willis" is (`bot.trivia.segments.surname_among_items`);
- "k or p": a one-letter answer listed with another letter names several answers;
- "stagg", "thre": an answer with a letter doubled, or a double letter typed once, is the answer; and
  a number word of five letters or more with one slip is that number ("eigth", "twelv");
- "i went to warsaw last summer it was cold", "that rat was so gross": a story told around an answer,
  or what one thinks of it, is talk;
- "film monster lol" (Film Monster named by the question): talk about the question's own words
  only is a reaction;
- "idk, my sister says onjo": another's guess beside the player's own not knowing is no guess;
- "namra kills him ep 11" where an episode is asked: the episode is the guess; "ep 6 is when namra turns,
  so 5": the guess reasoned to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence

from rapidfuzz.distance import OSA

from bot.lazy_re import compile_later
from bot.text import ORDINAL_WORDS
from bot.trivia.accepted import Answer
from bot.trivia.chatabroad import LAUGHED
from bot.trivia.english import COMMON_WORDS
from bot.trivia.families import another_of_its_set
from bot.trivia.guesses import KOREAN_ADDRESS, NO_IDIOMS, TITLE_WORDS, is_chat_word, is_filler, taken_back
from bot.trivia.hits import Hit, Prepared
from bot.trivia.normal import TENS, UNITS, compact_form
from bot.trivia.numberwords import japanese_number
from bot.trivia.opinions import opinion
from bot.trivia.units import asks_a_count

_CORRECTING = frozenset({"no", "nope", "nah"})
_MOST_WORDS = 3  # one short item on either side


def _item(words: Sequence[str]) -> bool:
    return 0 < len(words) <= _MOST_WORDS and not any(is_filler(w) or w in _CORRECTING for w in words)


def corrected(
    tokens: Sequence[str], named: Container[str], candidates: Container[str] | None, known: Container[str]
) -> tuple[str, ...] | None:
    """The words after "no" when the message is "A no B", A being a name the question knows (`named`:
    its answers' and options' compact forms) and B another candidate: one of the question's
    (`named`), of its list (`candidates`), of a list the server plays (`known`), or another member
    of A's set (a city beside a city); None otherwise."""
    if len(tokens) < 3:
        return None
    for i in range(1, len(tokens) - 1):
        if tokens[i] not in _CORRECTING:
            continue
        before, after = list(tokens[:i]), list(tokens[i + 1 :])
        if not (_item(before) and _item(after)):
            return None
        first, then = compact_form(before), compact_form(after)
        if first == then or first not in named:
            return None
        if then in named or (candidates is not None and then in candidates) or then in known or another_of_its_set(
            then, {first}
        ):
            return tuple(after)
        return None
    return None


def still_meant(tokens: Sequence[str], text: str, seps: Container[int], p: Prepared) -> tuple[str, ...] | None:
    """What a message that takes a guess back still guesses ("jupiter no": nothing; "saturn no wait
    jupiter", "warsaw no krakow": the last), or None when it takes nothing back. Never when "no" may
    be an answer's word (Dr. No; a list answering "No")."""
    if any("no" in a.tokens for a in p.accepted) or (p.pool is not None and "no" in p.pool):
        return None
    kept = doubted(tokens, p.accepted, seps, text)
    kept = _after_autocorrect(tokens) if kept is None else kept
    kept = taken_back(tokens, text, seps) if kept is None else kept
    kept = _but_instead(tokens) if kept is None else kept
    kept = corrected(tokens, p.exact, p.pool, p.known) if kept is None else kept
    kept = meant_instead(tokens) if kept is None and not any("mean" in a.tokens or "meant" in a.tokens for a in p.accepted) else kept
    kept = told_wrong(tokens) if kept is None else kept
    return concluded(tokens, seps) if kept is None else kept


# A guess doubted right after it, as "namra? nah" takes it back: "probably not", "i doubt it", Tagalog "hindi siguro", "hindi yata",
# Indonesian "bukan deh", "kayaknya bukan", Spanish "no creo", "creo que no", Portuguese "acho que não"
_DOUBTS = frozenset({("probably", "not"), ("prob", "not"), ("prolly", "not"), ("i", "doubt", "it"), ("doubt", "it"),
                     ("hindi", "siguro"), ("siguro", "hindi"), ("parang", "hindi"), ("hindi", "yata"), ("hindi", "ata"), ("yata", "hindi"),
                     ("mukhang", "hindi"), ("parang", "hindi", "nga"), ("hindi", "naman", "siguro"), ("bukan", "deh"), ("kayaknya", "bukan"),
                     ("bukan", "kayaknya"), ("no", "creo"), ("creo", "que", "no"), ("no", "lo", "creo"), ("acho", "que", "nao"),
                     ("nao", "acho")})


def doubted(tokens: Sequence[str], accepted: Iterable[Answer], seps: Container[int] = (), text: str = "") -> tuple[str, ...] | None:
    """() when a message is a short guess and a doubt of it ("onjo, hindi siguro", "onjo? no creo": no guess left), the
    words after the doubt when a stop follows it ("namra? probably not, onjo": onjo), else None (never where an answer
    holds the doubt's words)."""
    end = len(tokens) - int(bool(tokens) and is_chat_word(tokens[-1]) and tokens[-1] not in ("no", "not", "it", "deh", "yata", "ata"))
    for start in range(1, min(_MOST_WORDS, end) + 1):
        for size in (2, 3):
            said = tuple(tokens[start : start + size])
            if said not in _DOUBTS or any(not set(said).isdisjoint(a.tokens) for a in accepted):
                continue
            if start + size == end:
                return ()
            if start + size < end and (start + size in seps or _stopped_after(said[-1], text)):
                return tuple(tokens[start + size :])
    return None


def _stopped_after(word: str, text: str) -> bool:
    """Whether `word` is followed by a stop in `text` ("probably not. onjo", "no creo... onjo!")."""
    return re.search(rf"(?i)(?<!\w){re.escape(word)}\s*[.!;…]", text) is not None


# Another player told they are wrong, then the guess: "namra you're wrong it's onjo", "@kai ur wrong its onjo"
_YOU_WRONG = frozenset({("youre", "wrong"), ("ur", "wrong"), ("u", "wrong"), ("you", "wrong"), ("thats", "wrong")})


def told_wrong(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """The guess after telling another player they are wrong ("namra you're wrong it's onjo": onjo; the name before is
    the one spoken to, no guess), or None."""
    for i in range(1, min(len(tokens) - 2, _MOST_WORDS + 1)):
        if tuple(tokens[i : i + 2]) in _YOU_WRONG:
            rest = list(tokens[i + 2 :])
            while rest and rest[0] in {"its", "it", "is", "bc"}:
                rest.pop(0)
            while rest and is_chat_word(rest[-1]):
                rest.pop()  # ("its namra lol")
            return tuple(rest) if _item(rest) else None
    return None


def _but_instead(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """What a player turns to after "but actually", "but wait", "but no" ("namra's my guess but actually onjo":
    onjo), or None. ("onjo's my guess but could be namra too" offers two: no turn is said.)"""
    for i in range(1, len(tokens) - 2):
        if tokens[i] == "but" and tokens[i + 1] in _TURNING and tokens[i + 2] not in NO_IDIOMS:  # ("but no idea")
            rest = list(tokens[i + 2 :])
            while rest and rest[0] in _TURNING | {"i", "mean", "its", "it", "is"}:
                rest.pop(0)
            return tuple(rest) if 0 < len(rest) <= 4 and not all(is_filler(w) for w in rest) else None
    return None


_TURNING = frozenset({"actually", "wait", "no", "nope", "nah", "nahi"})


# "I mean(t)" in English, Spanish, Portuguese, Vietnamese, Indonesian and Korean, and Tagalog "ay mali (ko)" ("oops,
# wrong", "my mistake"; "ay mali ka", "oh, you're wrong", alone guesses nothing, review65d; "mali ka bes, hari yan": you're
# wrong, sis, it's Ha-ri; "mali ka dyan": you're wrong there, no name; "hindi ka mali, onjo talaga": you're not wrong,
# it's On-jo)
_MEANING = frozenset({("i", "mean"), ("i", "meant"), ("i", "ment"), ("quise", "decir"), ("quiero", "decir"),
                      ("quis", "dizer"), ("quero", "dizer"), ("quer", "dizer"), ("y", "minh", "la"), ("y", "toi", "la"),
                      ("y", "em", "la"), ("maksud", "aku"), ("maksud", "ku"), ("ay", "mali"), ("ay", "mali", "ko"), ("ay", "mali", "ka"), ("내", "말은"),
                      ("mali", "ka"), ("mali", "ka", "bes"), ("mali", "ka", "beh"), ("mali", "ka", "sis"), ("mali", "ka", "dyan"),
                      ("mali", "ka", "diyan"), ("mali", "ka", "jan"), ("mali", "ka", "dun"), ("mali", "ka", "doon"),
                      ("hindi", "ka", "mali"), ("hindi", "ka", "mali", "bes")})
_MEANT = frozenset({"meant", "ment", "maksudnya"})
# ...opening a clause or asking what is meant, nothing guessed: "i meant that", "quise decir que namra es la mejor",
# "quer dizer o que?", "maksudnya apa" (never a title ending in "that": "i mean do that", review65b); Spanish and
# Portuguese "eso"/"isso" (that: "quise decir eso jaja"); Tagalog "ako ng"/"ako sa" (I, then what one did: "ay mali ako
# ng pindot", I pressed the wrong one)
_NOTHING_MEANT = frozenset({"that", "que", "apa", "eso", "esto", "isso", "isto"})
_WHAT_MEANT = frozenset({"que", "apa", "what"})
_OWN_SLIP = frozenset({("ako", "ng"), ("ako", "sa")})


def meant_instead(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """What a player says they meant ("namra* i mean onjo", "hari i meant namra", "i mean onjo": onjo), or None
    when they say no such thing. The words before it were a slip, typed or guessed, not a second candidate."""
    for i in range(len(tokens) - 1):
        width = next((n for n in (4, 3, 2) if tuple(tokens[i : i + n]) in _MEANING), 1 if tokens[i] in _MEANT else 0)
        if not width or i + width >= len(tokens) or not (i == 0 or _item(tokens[:i])):
            continue
        rest = tokens[i + width :]
        if tuple(tokens[i:]) == ("ay", "mali", "pala"):
            return ()  # "senegal ay mali pala" ("oh, wrong after all"): the guess taken back for nothing, Mali the answer or not
        if not i and (rest[0] in _NOTHING_MEANT or rest[-1] in _WHAT_MEANT or tuple(rest[:2]) in _OWN_SLIP):
            return ()
        if i and (rest[0] in _ASKED_BACK or all(w in _REMARKED for w in rest)):
            return tuple(tokens[:i])  # "onjo i mean who knows", "gwinam i mean who else": a remark on the guess
        rest = rest[2:] if tuple(rest[:2]) == ("to", "say") else rest
        laughed = len(rest) > 1 and (LAUGHED(rest[-1]) or rest[-1] in ("lol", "lmao"))
        return tuple(rest[:-1] if laughed else rest)  # ("quise decir romeo jaja": Romeo meant, then a laugh)
    return None


# Words opening ("who knows", "who else") or making ("obviously lol") what follows "i mean" a remark on the guess
# before it, not another guess
_ASKED_BACK = frozenset({"who", "what"})
_REMARKED = frozenset("obviously duh ofc idk right lol lmao".split())


def _after_autocorrect(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """What a message blaming the phone's autocorrect still guesses ("Lemon lol autocorrect, LOMON": lomon, what the
    player typed again after it; "ugh autocorrect": nothing), or None when it blames none."""
    at = next((i for i, t in enumerate(tokens) if t.startswith("autocorrect")), None)
    if at is None:
        return None
    return tuple(w for w in tokens[at + 1 :] if not is_filler(w))


_MOST_CONCLUDED = 3  # words after the "so": one short item


def concluded(tokens: Sequence[str], seps: Container[int]) -> tuple[str, ...] | None:
    """The guess a message reasons its way to after a comma and "so" ("ep 6 is when namra turns, so 5": 5), or None;
    what came before is the reasoning, not a second candidate."""
    for i in range(len(tokens) - 1, 2, -1):
        if tokens[i] == "so" and i in seps and 0 < len(tokens) - i - 1 <= _MOST_CONCLUDED and "so" not in tokens[i + 1:]:
            return tuple(tokens[i + 1:])
    return None


def named_alone(p: Prepared) -> Mapping[str, Answer]:
    """The short forms that name an answer as one item of a list of guesses: a person's surname
    ("spielberg or lucas"), or a one-letter answer ("k or p" for K, which inside a sentence is no
    guess: "k this is hard")."""
    # (a letter only: a digit's other items are weighed as numbers, and words beside it are talk: "4, trust me")
    letters = {a.compact: a for a in p.accepted if len(a.compact) == 1 and a.compact.isalpha()}
    return {**p.surnames, **letters} if letters else p.surnames


def two_people(core: Sequence[str], surnames: Mapping[str, Answer], echoed: Container[str]) -> Answer | None:
    """The answer whose surname opens a two-word message whose second word is another name-shaped
    word ("pitt willis", "spielberg lucas"), not the answer's own, the question's, a title, a Korean word of address
    ("jihu unnie") or chat."""
    if len(core) != 2:
        return None
    answer = surnames.get(core[0])
    other = core[1]
    if answer is None or core[0] != answer.tokens[-1] or other in answer.tokens or other in echoed or other in TITLE_WORDS or is_filler(other) or (
        other in KOREAN_ADDRESS
    ):
        return None
    return answer if other.isalpha() and len(other) >= 3 else None


def reaction(tokens: Sequence[str], core: Sequence[str], echoed: Container[str]) -> bool:
    """Whether a message that names nothing the question knows is talk ("lol", "is") about the
    question's own words only ("film monster lol" when the question names Film Monster; "virus" or
    "is it virus?" alone stay attempts)."""
    content = [w for w in core if not is_filler(w)]
    talk = len(content) < len(core) or any(is_chat_word(w) for w in tokens)
    return talk and bool(content) and all(compact_form([w]) in echoed for w in content)


_RUN = compile_later(r"(.)\1+")
_SQUEEZED_NUMBERS = {_RUN.sub(r"\1", word): str(n) for word, n in {**UNITS, **TENS}.items() if len(word) >= 4}
_NUMBER_WORDS = {str(n): word for word, n in {**UNITS, **TENS}.items() if word != "fourty"}


# Slips of the shortest number words, which no other slip is forgiven in: the last letter doubled
# ("tenn", "sixx") and, in one of four letters, two letters after the first swapped ("nien", "fuor").
_SHORT_SLIPS = {
    **{word + word[-1]: str(n) for word, n in UNITS.items() if len(word) == 3},
    **{
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]: str(n)
        for word, n in UNITS.items() if len(word) == 4 for i in range(1, 3)
    },
}
# The number words a slip is looked for in (five letters or more: "eight", "twelve"), built once.
_LONG_NUMBER_WORDS = tuple((number, n) for number, n in {**UNITS, **TENS}.items() if len(number) >= 5)


def _number_slipped(word: str) -> str | None:
    """The number a word of five letters or more is one slip (a letter swapped, dropped, added or
    wrong) from the word of, when only one number word is that near and the word is no word of its
    own: "eigth" 8, "twelv" 12; "there", "fifth", "sever" stay what they are."""
    if len(word) < 5 or word in ORDINAL_WORDS or is_filler(word):
        return None
    near = {str(n) for number, n in _LONG_NUMBER_WORDS if OSA.distance(word, number, score_cutoff=1) <= 1}
    return near.pop() if len(near) == 1 else None


def called_fondly(compact: str, p: Prepared) -> Answer | None:
    """The accepted Korean name `compact` is with an ending fans add calling someone by it: "-ie", "-ah" or "-i" after a
    consonant, "-ya" after a vowel, "-ssi" ("woojinie" 우진이, "namraya" 남라야, "onjossi" 온조씨; "suhyeogi" 수혁이, its
    last consonant voiced before the vowel as Korean says it), or None."""
    for ending, after_vowel in (("ie", False), ("ah", False), ("i", False), ("ya", True), ("ssi", None)):
        stem = compact[: -len(ending)]
        hit = p.exact.get(stem) if compact.endswith(ending) and len(stem) >= 4 else None
        if hit is None and ending == "i" and stem[-1:] in _VOICED and len(stem) >= 4 and compact.endswith(ending):
            hit = p.exact.get(stem[:-1] + _VOICED[stem[-1]])  # ("suhyeogi": Su-hyeok)
        if hit is not None and hit.accepted and any(w.skeleton is not None for w in hit.words) and (
            after_vowel is None or (stem[-1] in "aeiou") == after_vowel
        ):
            return hit
    return None


_VOICED = {"g": "k", "b": "p", "d": "t"}


def letter_doubled(compact: str, p: Prepared) -> Answer | None:
    """The accepted answer of four letters or more that `compact` is but for a letter doubled or a
    double letter typed once ("stagg" for stag, "thre" for three, "trumpett"; "teaa" for tea), or, for a number, a
    number word with one slip ("eigth", "twelv"; a short one's last letter doubled or two letters
    swapped: "tenn", "nien"), unless it is a word or a name of its own ("matt",
    "anna", "poll"; "there" is no three, "fifth" no fifty)."""
    if len(compact) < 4 or not compact.isalpha() or compact in COMMON_WORDS or compact in p.known or (
        p.pool is not None and compact in p.pool
    ):
        return None
    squeezed = _RUN.sub(r"\1", compact)
    number = _SQUEEZED_NUMBERS.get(squeezed) if p.numeric else None
    if number is not None and abs(len(compact) - len(_NUMBER_WORDS[number])) == 1:  # ("thre": 3)
        return next((a for a in p.accepted if a.compact == number), None)
    if p.numeric and (number := _SHORT_SLIPS.get(compact) or _number_slipped(compact)) is not None:
        return next((a for a in p.accepted if a.compact == number), None)
    for answer in p.accepted:
        if len(answer.compact) >= 4 and abs(len(answer.compact) - len(compact)) == 1 and _RUN.sub(
            r"\1", answer.compact
        ) == squeezed:  # (one slip: "misisipi" is far from Mississippi)
            return answer
        if len(answer.compact) == 3 and answer.compact.isalpha() and compact == answer.compact + answer.compact[-1]:
            return answer  # a short answer's last letter held: "teaa" (only the last: "tae" is no tea)
    return None


_NARRATORS = frozenset({"i", "my", "we", "our"})
# After "i": framing a guess, not telling a story ("i think", "i'd say", "i'm going with", "i vote").
_GUESSING = frozenset(
    """think thought guess bet believe say said know knew remember swear feel mean vote pick choose go going
    would d will ll am m really pretty almost dont cant just wanna want answer guessed answered reckon""".split()
)


def narrated(tokens: Sequence[str], hits: Sequence[Hit]) -> bool:
    """Whether a message tells something the player did or does ("i went to warsaw last summer it was
    cold", "my origami always rips lol") rather than guesses: five words or more, opening on "i",
    "my", "we" or "our" and no guessing verb ("i think ...", "my guess is ..."), with the story going
    on after the last answer named; or says what the player thinks of the one answer it names ("that
    rat was so gross", "i hate rats": `bot.trivia.opinions`)."""
    if len(hits) == 1 and hits[0].accepted and opinion(tokens, hits[0].start, hits[0].end):
        return True
    if len(tokens) >= 5 and tokens[0].endswith("ed") and tokens[0] not in _GUESSING and any(
        tuple(tokens[i : i + len(w)]) == w for w in _TOLD_WHEN for i in range(max(h.end for h in hits), len(tokens))
    ):
        return True  # "rewatched ep 11 last night to prep for s2": what one did, the "i" dropped as in texting
    return (
        len(tokens) >= 5 and tokens[0] in _NARRATORS and tokens[1] not in _GUESSING
        and len(tokens) - max(h.end for h in hits) >= 2 and not any(w in _GUESSING for w in tokens[1:3])
        and _AS_ANSWER.isdisjoint(tokens[max(h.end for h in hits):])  # ("i have 12 as my answer": no story)
    )


_AS_ANSWER = frozenset({"answer", "guess"})
# When a thing told happened ("last night"): said after what one did, the message tells, it does not guess
_TOLD_WHEN = tuple(tuple(w.split()) for w in ("last night", "last week", "yesterday", "this morning", "earlier today"))
# Words that report what another player typed ("jin said huxley", "someone guessed 3").
_REPORTED = frozenset("said says guessed guesses typed wrote put answered thinks reckons".split())
# ...asked who, in Indonesian, Spanish, Portuguese and Tagalog ("siapa yang jawab onjo", "quién dijo onjo", "quem disse
# onjo", "sino sumagot ng onjo")
_WHO_ASKING = frozenset((w,) for w in "siapa quien quem sino".split())
_WHICH = frozenset((w,) for w in "yang yg".split())  # Indonesian "siapa yang", typed "siapa yg"
_REPORTED_ABROAD = frozenset("jawab bilang nebak dijo puso respondio disse falou respondeu chutou sumagot".split())
# ...then who said it, no guess: the sender ("me", "aku") or the one asking ("u", "ikaw")
_WHO_SAID_IT = frozenset("me i aku saya gue gw ako yo eu mine you u kamu lu lo ikaw".split())
_TURNS = frozenset("but no nah".split())  # then one's own guess: "jin said huxley but its orwell"
_OWN_TURNS = frozenset(("i", w) for w in "say think guess".split())
_MENTIONED = frozenset((w,) for w in "says said guessed typed".split())  # a report whose subject was a mention
_KIN_OWNERS = frozenset((w,) for w in "my our".split())  # before the one who said it: "my sister says ..."
_SPEAKERS_SELF = frozenset("i we im ive it its that this".split())  # ("i said orwell": one's own guess again)
# The player saying they do not know, before reporting another's guess ("idk, my sister says onjo"): no guess of theirs;
# the words that open a message as lightly ("but", "tbh", "lol") are read past too ("lol my mom says onjo")
_UNKNOWING = tuple(tuple(w.split()) for w in (
    "i dont know", "i have no idea", "no idea", "no clue", "not sure", "idk", "dunno", "idek", "but", "tbh", "honestly", "lol"
))


def _unknowing_dropped(tokens: Sequence[str]) -> Sequence[str]:
    """The message without the player's own "idk", "no clue"... opening it (only when more follows)."""
    while (lead := next((w for w in _UNKNOWING if tuple(tokens[: len(w)]) == w and len(tokens) > len(w)), None)) is not None:
        tokens = tokens[len(lead):]
    return tokens


def reported_guess(tokens: Sequence[str], answers: Sequence[Answer], seps: Collection[int] = ()) -> tuple[str, ...] | None:
    """Another player's guess reported ("jin said huxley lmao", "someone guessed 3 lol"): () when the
    message holds no guess of its own, the words after a turn when it does ("mina said 3 but its 4"), or after the
    stop that ends a question of who said it ("siapa yang jawab onjo? namra kan": `seps`, where a stop stood),
    None when no one else's guess is reported (nor where an answer says it: "Simon Says")."""
    if (asked := _who_asked(tokens)) and (stop := min((k for k in seps if asked < k < len(tokens)), default=None)):
        # "who said onjo? namra": one's own guess after the question ("siapa yang jawab onjo? aku wkwk": "me", who said it)
        return () if tokens[stop] in _WHO_SAID_IT else tuple(tokens[stop:])
    if (own := _own_before_report(tokens)) is not None:
        return own  # "i say namra, my sis says gwinam", "me: gwinam | my bf: cheongsan": the sender's own goes first
    if (unknowing := _unknowing_dropped(tokens)) is not tokens and unknowing[:1] in _KIN_OWNERS:
        tokens = unknowing  # "idk, my sister says onjo": the sister's guess, none of the player's
    if tokens[:1] in _MENTIONED and (own := _own_turn(tokens[1:])) is not None:
        return own  # "<@482910384756> says onjo, i say namra" (the mention read away): one's own guess after
    if tokens[:1] in _MENTIONED and len(tokens) >= 2:
        tokens = ("someone", *tokens)  # "@mina said hari 😂", "@kai said onjo but its namra" (the mention read away)
    if tokens[:1] in _KIN_OWNERS and len(tokens) >= 4 and tokens[1].isalpha():
        tokens = tokens[1:]  # "my sister says hari, i say namra": one person, named by whose they are
    if tokens[:1] in _WHO_ASKING and (asked := _who_asked(tokens)) and asked < len(tokens):
        tokens = ("someone", "said", *tokens[asked:])  # "siapa yang jawab onjo wkwk", "siapa yg jawab onjo", "quién dijo onjo"
    if len(tokens) < 3 or tokens[1] not in _REPORTED or tokens[0] in _SPEAKERS_SELF or not tokens[0].isalpha():
        return None
    if any(tokens[1] in a.tokens for a in answers):
        return None
    rest = tokens[2:]
    turn = next((k for k, t in enumerate(rest) if t in _TURNS and k + 1 < len(rest)), None)
    if turn is not None:
        return tuple(rest[turn + 1 :])
    return _own_turn(rest) or ()  # "mina says onjo, i say namra": one's own after


def _who_asked(tokens: Sequence[str]) -> int:
    """Where the words reported begin when a message asks who said them ("who said onjo", "siapa yang jawab onjo",
    "quién dijo onjo", "sino sumagot ng onjo"), else 0."""
    if tokens[:1] == ("who",) and tokens[1:2] and tokens[1] in _REPORTED:
        return 2
    if tokens[:1] in _WHO_ASKING and (asked := 1 + (tokens[1:2] in _WHICH)) < len(tokens) and tokens[asked] in _REPORTED_ABROAD:
        return asked + 1 + (tokens[asked + 1 : asked + 2] == ("ng",))  # (Tagalog's "ng" before the words said)
    return 0


def _own_before_report(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """The sender's own guess said first, before another's ("i say namra, my sis says gwinam": namra; "me: gwinam |
    my bf: cheongsan": gwinam, each line labelled by who typed it), or None."""
    if tuple(tokens[:2]) in _OWN_TURNS:
        begin = 2
    elif tokens[:1] == ("me",) and len(tokens) >= 4 and tokens[1] not in _JOINED:
        begin = 1  # ("me and my sister both say namra": one guess of two people)
    else:
        return None
    for j in range(begin + 1, len(tokens) - 1):
        if (tokens[j],) in _KIN_OWNERS and (begin == 1 or tokens[j + 2 : j + 3] in _REPORTED_ONE):
            return tuple(tokens[begin:j])
        if begin == 2 and tokens[j + 1] in _REPORTED and tokens[j].isalpha() and tokens[j] not in _SPEAKERS_SELF:
            return tuple(tokens[begin:j])
    return None


_JOINED = frozenset("and n too both".split())
_REPORTED_ONE = frozenset((w,) for w in _REPORTED)


def _own_turn(rest: Sequence[str]) -> tuple[str, ...] | None:
    own = next((k for k in range(len(rest) - 2) if (rest[k], rest[k + 1]) in _OWN_TURNS), None)
    return tuple(rest[own + 2 :]) if own is not None else None


# An episode named beside a guess that is no number ("Nam Ra ep 12", "so-ju (ep 11)", "gwinam in S1E11"): where it
# happened, said as context; it is no second candidate where the answers hold no number.
# (never the first of a pair: "ep 5/12" is a progress or two guesses, read with the pairs; "ep 5 of 12" is one tag with
# its whole, which is no second number: `bot.trivia.normal.parts_of_whole`)
# (Never begun on a space after a space, where a match would have begun a space earlier: tried from each space of a
# long run, its leading spaces cost the square of the run.)
_EPISODE_TAG = compile_later(
    r"(?!(?<=\s)\s)[(\[]?\s*\b(?:in\s+)?(?:ep|eps|episode|s\d{1,2}\s?e|s\d{1,2}\s?ep)\s?\.?\s?\d{1,2}\b(?:\s+(?:out\s+of|of|outta)\s+\d{1,2}\b)?(?!/\d)\s*[)\]]?",
    re.IGNORECASE,
)
# A question put to the others "for a friend": the joke says one is not guessing ("is it onjo's dad? asking for a friend")
_FOR_A_FRIEND = compile_later(r"\basking for a friend\W*$", re.IGNORECASE)


def without_episode_tag(guess: str, answers: Sequence[str], asked: str = "") -> str:
    """The message without an episode said beside the guess, where no answer holds a digit, or where the answers
    count something else and a number stands beside the episode ("6 (ep 12)": six), or where the question (`asked`)
    counts no episodes and words stand beside it ("soju dies in ep 11 😭" where weeks are counted: talk); else as
    typed."""
    kept = _EPISODE_TAG.sub(" ", guess).strip()
    if any(ch.isdigit() for answer in answers for ch in answer):
        if any(_EPISODE_ANSWER.match(answer) for answer in answers):
            return guess
        if not any(ch.isdigit() for ch in kept):
            return kept if _counts_other(asked) and any(ch.isalpha() for ch in kept) else guess
        return kept
    return kept if any(ch.isalpha() for ch in kept) else guess


def episode_for_a_count(guess: str, answers: Sequence[str], asked: str) -> bool:
    """Whether the message is an episode alone ("ep 4", "第4集") where the question counts something else ("how many months
    later...", answered "4 months"): the episode where it happens, not the count, so a wrong guess; or a count ("12부작",
    "11 episodios", "11명": persons) where an episode or a place in a row is asked."""
    if (_SERIES_LENGTH.search(guess) or _PERSONS.fullmatch(guess)) and any(_EPISODE_ANSWER.match(answer) for answer in answers):
        return True  # "12부작" (a 12-part series), "N episodes" where an episode is asked: the show's length, not the episode
    if _PERSONS.fullmatch(guess) and any(_PLACE.fullmatch(answer) for answer in answers):
        return True  # "3명" (three persons) where a place in a row is asked ("3rd"): a count, not the place
    return (
        _counts_other(asked) and any(ch.isdigit() for answer in answers for ch in answer)
        and not any(_EPISODE_ANSWER.match(answer) for answer in answers)
        and (
            (_EPISODE_TAG.search(guess) is not None and not re.search(r"\w", _EPISODE_TAG.sub(" ", guess)))
            or _AN_EPISODE.fullmatch(japanese_number(guess.strip()) or "") is not None  # "第4集", "4話": the episode in their script
            or _EPISODES_COUNTED.fullmatch(guess) is not None  # "6 episodes", "6부작" where students are counted
        )
    )


_SERIES_LENGTH = compile_later(
    r"\d\s*부작|\b(?<!/)(?<!last\s)(?<!final\s)(?<!first\s)(?<!ltimos\s)(?<!ltimas\s)(?<!meros\s)(?<!meras\s)(?<!huling\s)(?<!unang\s)\d{1,3}\s*(?:episodes|episod|episodyo|eps|epis[oó]dios|episodi|[ée]pisodes|cap[ií]tulos)\b", re.IGNORECASE
)  # (Malay "6 episod", "11 eps"; Spanish, Portuguese, Italian and French plurals: "11 episodios", "12 capítulos"; never a tally's
# second number: "im on 11/12 eps", nor a stretch of them: "the last 3 episodes so sad", "los últimos 3 episodios", "huling 3 episodes")
_PERSONS = compile_later(r"\W*\d{1,3}\s*명\W*")  # (persons in Korean's counter: "11명")
_PLACE = compile_later(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_EPISODES_COUNTED = compile_later(r"\W*\d{1,3}\s*(?:부작|화|episodes?|eps)\W*", re.IGNORECASE)


def _counts_other(asked: str) -> bool:
    """Whether the question asks a count or a span of something other than episodes ("how many months later...")."""
    return asks_a_count(asked) and _EPISODE_WORD.search(asked) is None


_AN_EPISODE = compile_later(r"episode \d+|\d+(?:st|nd|rd|th) episode")
_EPISODE_WORD = compile_later(r"\b(?:ep|eps|episodes?)\b", re.IGNORECASE)
# A bound put on the episode beside it ("soju dies before ep 11", "after ep 10"): no episode guessed
_BOUND = compile_later(r"\b(?:before|after|until|till|til|since|prior\s+to|by)\s*$", re.IGNORECASE)


def episode_bounded(guess: str, answers: Sequence[str]) -> bool:
    """Whether, where an episode is asked, the one episode the message names is a bound ("soju dies before ep 11":
    an earlier one, not the 11th): a wrong guess."""
    if not any(_EPISODE_ANSWER.match(answer) for answer in answers):
        return False
    tags = list(_EPISODE_TAG.finditer(guess))
    return len(tags) == 1 and _BOUND.search(guess[: tags[0].start()]) is not None and not any(
        ch.isdigit() for ch in guess[: tags[0].start()] + guess[tags[0].end():]
    )


_EPISODE_ANSWER = compile_later(r"^\s*(?:ep|episode)\s?\d{1,2}\s*$", re.IGNORECASE)
# Words that deny the episode beside them or make it a bound ("namra isnt bitten in ep 6", "soju dies after ep 10",
# "namra ep 6? no"): then the episode is not what the player answers
_NOT_THAT_EPISODE = frozenset(
    "not no nope nah never isnt wasnt arent werent doesnt didnt dont aint cant before after until till since prior wait".split()
)


def episode_guessed(guess: str, answers: Sequence[str], names_someone: Callable[[str], bool]) -> str:
    """Where the question asks an episode, the one episode a message names beside someone it happens to ("namra
    kills him ep 11": ep 11; "ep 12, namra 😭": ep 12): the person is context, the episode the guess. Else as typed."""
    if not any(_EPISODE_ANSWER.match(answer) for answer in answers):
        return guess
    tags = list(_EPISODE_TAG.finditer(guess))
    if len(tags) != 1:
        return guess
    rest = guess[: tags[0].start()] + " " + guess[tags[0].end():]
    if any(ch.isdigit() for ch in rest) or not names_someone(rest):
        return guess
    if not _NOT_THAT_EPISODE.isdisjoint(re.findall(r"[a-z]+", re.sub(r"['’]", "", rest.lower()))):
        return guess
    return re.sub(r"^in\s+", "", tags[0].group(0).strip(" ()[]"), flags=re.IGNORECASE)


def asked_for_a_friend(guess: str) -> bool:
    """Whether the message ends on "asking for a friend": a joke question to the others, no guess of one's own."""
    return _FOR_A_FRIEND.search(guess) is not None


def seconded(guess: str) -> bool:
    """Whether the message only seconds the one before it ("+1", "^ this", "this ^^"): agreement, no guess of one's own
    (not the number 1 where 1 answers)."""
    return _SECONDED.fullmatch(guess) is not None


_SECONDED = compile_later(r"\s*(?:\+\s*1|\^+(?:\s*this)?|this\s*\^+)\s*[!.]*\s*", re.IGNORECASE)
