"""Everyday chat of a global fan server's other languages (Indonesian, Tagalog, Vietnamese, Spanish, Portuguese):
a message of these words alone is talk (`bot.trivia.attempts`), and beside a name they are no second guess
(`bot.trivia.rivals`: "ini gampang, onjo", "qué miedo wey, es namra" guess On-jo, Nam-ra)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from bot.lazy_re import compile_later

__all__ = ["DISGUST", "LAUGHED", "OTHER_TALK", "PITY", "PITY_ABROAD", "PITY_GLUE", "TAGALOG_PRONOUNS", "TAGALOG_SHORT", "disgust_opening", "disgusted_thing", "felt_for", "it_is_them", "pitied_together", "pity_before", "praise_verbs", "praised", "praises_them", "said_apart", "tagalog_remark"]

#: "Poor" as Indonesian, Tagalog, Spanish and Portuguese say it ("kasian onjo", "pobre woojin", "coitada da onjo"), and
#: disgust, felt for a name the same way, talk even for the answer (Tagalog "kadiri si nayeon", Indonesian "jijik",
#: Spanish "qué asco el gwinam", Portuguese "que nojo")
DISGUST = frozenset("kadiri nakakadiri jijik asco nojo ew eww ewww yuck eca".split())  # (and English "ew", Portuguese "eca": held88)
PITY_ABROAD = frozenset("kasian kasihan kawawa pobre pobrecito pobrecita coitada coitado tadinha tadinho".split()) | DISGUST
PITY = frozenset({"poor", "bechara", "bechari", "thuong"}) | PITY_ABROAD  # (and Hindi, Vietnamese)
# ...the particles between pity and the name ("kasian bgt onjo", "kawawa naman si onjo", "coitada da onjo")
PITY_GLUE = frozenset("bgt banget naman talaga si sina kay kina da do el ese esa".split())
# "And" between names felt for together (Tagalog "kawawa naman si cheongsan at onjo", Indonesian "dan", Spanish "y",
# Vietnamese "và"; never Portuguese "e", read as "é": "coitada, é a onjo" guesses)
_AND = frozenset("and at dan y va".split())


# Praise of looks or cool, as Indonesian, Tagalog, Portuguese and Vietnamese say it ("keren", "ganteng", "pogi", "fofa",
# "xinh"), that right after a name remarks on them ("hari keren wkwk": Ha-ri is cool, lol); alone, talk
_PRAISE = frozenset("keren ganteng cakep imut lucu gemes pogi gwapo ganda fofa fofo xinh cute lindos lindas fofos fofas".split())
# ...what says it of two (Tagalog "cute nila", Spanish "son tan lindos", "qué lindos", Portuguese "são fofos", English "cute af",
# Thai "น่ารักมาก", read "cute very")
_PRAISE_OF_THEM = frozenset("nila sila silang son tan muy que q sao muito so af very qua".split())  # (Vietnamese "quá": very;
# Spanish "q", "qué" typed short: "q lindos"; Tagalog "silang", they: "cute silang dalawa")


# Spanish and Portuguese "son"/"são" (they are) right before praise ("suhyeok y namra, son lindos"): talk, no item
_ARE = frozenset("son sao".split())


def praise_verbs(words: Sequence[str]) -> frozenset[str]:
    """The words of `words` saying "they are" right before praise ("son lindos", "são fofos"), or "both" right after it
    ("lindos los dos"): talk beside a name."""
    both = frozenset(w for k in range(1, len(words) - 1) if words[k - 1] in _PRAISE and tuple(words[k : k + 2]) in _BOTH
                     for w in words[k : k + 2])
    return both | frozenset(a for a, b in pairwise(words) if a in _ARE and b in _PRAISE)


# Indonesian "ini gampang", "anjir serem", "astaga", "orang itu"; Tagalog "nito", "siya", "nakakatakot", "ako sa kanya",
# "ang sakit ng eksenang yun"; Vietnamese "tôi chịu", "ghê quá", "trời ơi cảnh đó"; Spanish "no manches", "qué miedo
# wey", "ese tipo", "esa parte"; Portuguese "sei lá mano", "que medo"; pity said apart ("coitada, é a onjo"); Indonesian
# "jelas" (obviously), "siapa lagi" (who else), "cantik", "tapi"; Tagalog "nakakainis" (annoying); Spanish "pues" (well);
# Tagalog "kilig ako sa kanila" (they give me butterflies), "kinilabutan" (chills), "yung ginawa niya" (what she did);
# Spanish "lo que hizo" (what she did), "lo odio" (I hate him); Tagalog "mali ka" (you're wrong), "ay mali ko" (my mistake); Tagalog "sagot" (answer:
# "kadiri yung sagot mo"), Spanish "episodio"; Tagalog "sino yan" (who's that), "mali ka bes" (you're wrong, sis: "bes",
# "beh", "sis", "mare" call a friend), "mali ako ng pindot" (I pressed the wrong one), "ikaw ba yan" (is that you), "mali
# ka dyan" (you're wrong there), "tama ka" (you're right: "hindi ka mali, tama ka"), "ano ba" (come on),
# "totoo ba?" (is it true?), and "sure" as Tagalog borrows it ("sure ka ba?": are you sure?)
OTHER_TALK = frozenset(
    """
    pasti dia soalnya sumpah ini itu gampang mudah anjir anjay serem seram astaga gatau orang beneran ep
    talaga nito ito siya kanya ako sa ng nakakatakot tatakot takot sakit eksena eksenang yun ay
    toi chiu ghe qua troi oi canh do thang
    manches mames miedo wey guey ese esa tipo parte da esta guapo guapa guapisimo guapisima pues
    sei la mano medo lindo linda demais nun sih jelas lagi nakakainis cantik tapi
    kilig kanila kinilabutan ginawa que hizo odio nila ni mali sagot episodio
    sino yan bes beh sis mare pindot ikaw dyan diyan doon dun tama ano totoo
    """.split()
) | {"sure"} | PITY_ABROAD | _PRAISE
#: Tagalog "ko" (my), "ka" (you), "mo" (your): talk beside other talk ("mali ka", "ay mali ko"), alone a letter code
TAGALOG_PRONOUNS = frozenset("ko ka mo".split())
#: ...and "ba" (the question mark spoken): talk beside other talk ("ikaw ba yan bes", "ano ba, namra nga"), alone Vietnamese 3;
#: "hindi" (not) beside other talk ("hindi ka mali lol": you're not wrong), alone the language
TAGALOG_SHORT = TAGALOG_PRONOUNS | {"ba", "hindi"}
LAUGHED = compile_later(r"^(?:k{3,}|(?:wk)+w?|(?:ja){2,}j?)$").match  # Portuguese "kkkk", Indonesian "wkwkwk", Spanish "jajaja"

# Words that say what follows is the answer ("jawabannya suhyeok", "pasti suhyeok", "itu suhyeok", "obvio hari", "es hari")
_ASSERTING = frozenset("jawabannya jawabanku pasti itu obvio obvia obviamente its es".split())


def said_apart(tokens: Sequence[str], at: int, text: str) -> bool:
    """Whether the word at `at` (a name) is a guess said before a remark that follows ("keren bgt", "ngầu quá"): framed
    as the answer ("jawabannya suhyeok, ganteng bgt", "pasti suhyeok ganteng bgt soalnya") or ended by a stop ("namra,
    cantik bgt dia", "gwinam, nakakainis talaga"), never the name remarked on ("hari keren bgt")."""
    if at < 0 or at >= len(tokens):
        return False
    if at and tokens[at - 1] in _ASSERTING:
        return True
    return re.search(rf"(?<!\w){re.escape(tokens[at])}\s*[,!?.]", text.lower()) is not None


# "It is them" after pity: a pronoun framed as the answer ("pasti dia", "es ella", "é ela", "its her", "siya yun")
_THEM = frozenset("dia siya sya ella el ela ele her him".split())
_IS_BEFORE = frozenset("pasti es e its".split())
_IS_AFTER = frozenset("yun yan".split())


def it_is_them(words: Sequence[str]) -> bool:
    """Whether the words after a name pitied say it is the answer ("kasian onjo, pasti dia": poor On-jo, surely her;
    "pobre onjo, es ella"): a guess, never "kasian onjo, dia ga salah" (she did nothing wrong)."""
    return any(w in _THEM and ((k > 0 and words[k - 1] in _IS_BEFORE) or (k + 1 < len(words) and words[k + 1] in _IS_AFTER))
               for k, w in enumerate(words))


# A Tagalog verb of a deed by its shape: "um" or "in" after the first letter ("kumagat", "pinatay", "sinaksak"), "nag"/"mag"
# before ("nagligtas"); never the root of a remark ("tapang", "galing", "bait", "cute"), nor the superlative "pinaka-"
_TAGALOG_VERB = compile_later(r"^(?!pinaka)(?:[^\W\d_](?:um|in)|nag|mag|nang|pinag)[^\W\d_]+$").match


# Tagalog "the answer", "the right one": "si nayeon ang sagot" frames a guess, no remark
_THE_ANSWER = frozenset({"sagot", "tama"})


def _remark_word(word: str) -> bool:
    return word.isalpha() and word not in _THE_ANSWER and (word.startswith("pinaka") or _TAGALOG_VERB(word) is None)


def tagalog_remark(tokens: Sequence[str]) -> bool:
    """Whether a message remarks on someone in Tagalog: "ang tapang ni namra" (how brave Nam-ra is), "si namra ang
    tapang", "si cheongsan talaga yung pinakamabait" (the kindest), never one told by a deed ("si gwinam ang kumagat":
    Gwi-nam is the one who bit)."""
    for k in range(len(tokens) - 2):
        if tokens[k] == "ang" and tokens[k + 2] == "ni" and k + 3 < len(tokens) and _remark_word(tokens[k + 1]):
            return True  # "ang galing ni hari mag-archery"
        if tokens[k] == "si" and k + 3 < len(tokens):
            at = k + 2 + (tokens[k + 2] == "talaga")
            if at + 1 < len(tokens) and tokens[at] in ("ang", "yung") and at + 2 == len(tokens) and _remark_word(tokens[at + 1]):
                return True
    return False


# What follows a name felt for and says the same feeling: Spanish "lo/la odio", Portuguese "odeio", Tagalog "talaga"
_FELT_AFTER = frozenset("lo la odio odeio talaga".split())


def pitied_together(tokens: Sequence[str]) -> bool:
    """Whether a message is pity for a name, or names joined by "and", and nothing more but a laugh ("kasian namra",
    "kawawa naman si namra at suhyeok", "kasian woojin dan hari wkwk"): felt for, as "poor gyeongsu and nayeon", no guess."""
    if tuple(tokens[:2]) == ("ghe", "con") and len(tokens) > 2:
        tokens = ["ew", *tokens[2:]]  # Vietnamese "ghê con namra": disgust, "con" the classifier of beasts and the scorned
    end = len(tokens)
    while end > 3 and (LAUGHED(tokens[end - 1]) or (tokens[end - 1] in _FELT_AFTER)):
        end -= 1  # (and what the feeling says after the name: "asco ese gwinam, lo odio")
    return bool(tokens) and (tokens[0] in PITY or (tokens[0] == "que" and len(tokens) > 1 and tokens[1] in PITY)) and any(
        tokens[k] not in _ASSERTING and (crossed := pity_before(tokens, k)) is not None and (crossed or tokens[0] != "poor")
        for k in (end - 1, end - 2)
    )  # (a name of one or two words, never a frame: "que asco, es gwinam" guesses; "poor daesu" alone guesses too,
    # `bot.trivia.wordplay.pity_alone`)


# "Both" in Spanish, Portuguese, Tagalog and Indonesian ("son lindos los dos", "são fofos os dois", "cute nila pareho")
_BOTH = frozenset({("los", "dos"), ("os", "dois"), ("las", "dos"), ("as", "duas")})
_BOTH_ONE = frozenset("pareho dalawa ambos ambas berdua keduanya both".split())  # (and Vietnamese "hai đứa", read "both")


def praised(tokens: Sequence[str], text: str) -> bool:
    """Whether a message is a word of praise right after a name and nothing more but a laugh ("hari keren wkwk", "onjo
    fofa kkkk"): a remark, as "hari keren bgt" is; never a guess said apart or framed ("hari, keren wkwk", "pasti hari
    keren"); "both" around the praise is no name: "son lindos los dos", "los dos son lindos")."""
    kept = [t for i, t in enumerate(tokens) if t not in _BOTH_ONE and (
        tuple(tokens[i : i + 2]) not in _BOTH and tuple(tokens[i - 1 : i + 1]) not in _BOTH)]
    if len(kept) < len(tokens):  # praise of both and nothing else ("lindos los dos", "cute nila pareho")
        return bool(kept) and any(t in _PRAISE for t in kept) and all(
            t in _PRAISE | _PRAISE_OF_THEM | _ARE | _VERY or LAUGHED(t) for t in kept)  # (and "gemes banget mereka berdua")
    end = len(tokens)
    while end > 2 and (LAUGHED(tokens[end - 1]) or tokens[end - 1] in _PRAISE_OF_THEM):
        end -= 1
    if 2 <= end <= 3 and tokens[end - 1] in _PRAISE and tokens[0] not in _ASSERTING and not said_apart(tokens, end - 2, text) and not (
        end == 3 and tokens[1] in _ARE and said_apart(tokens, 0, text)
    ):  # ("onjo, son lindos": On-jo guessed, then the pair she is in praised)
        return True
    # two named together, then praised ("suhyeok at namra cute nila", "suhyeok y namra son tan lindos"; never said
    # apart: "suhyeok at namra, cute nila" guesses the pair)
    return 4 <= end <= 6 and tokens[1] in _AND | {"e"} and tokens[0] not in _ASSERTING and not said_apart(tokens, 2, text) and all(
        t in _PRAISE | _PRAISE_OF_THEM for t in tokens[3:end]) and tokens[end - 1] in _PRAISE


def praises_them(words: Sequence[str]) -> bool:
    """Whether `words` open with praise of two ("cute nila ni suhyeok", "ang cute nila", "lindos los dos"): said after a
    name and a stop, a remark on the pair that name is in ("namra, cute nila ni suhyeok" guesses Nam-ra alone)."""
    at = 1 if tuple(words[:1]) in (("ang",), ("son",), ("sao",)) else 0
    if len(words) == at + 1 and at and words[0] != "ang":
        return words[at] in _PRAISE  # "onjo, son lindos": they are lovely, the pair she is in
    rest = [w for w in words[at + 1 : at + 3] if w not in _VERY]  # ("gemes banget mereka berdua")
    return len(words) > at + 1 and words[at] in _PRAISE and bool(rest) and (
        rest[0] in _PRAISE_OF_THEM | _BOTH_ONE or tuple(rest[:2]) in _BOTH
    )  # ("namra, lindos los dos", "namra, gemes banget mereka berdua")


# What stands between praise of a pair and the word saying it of two (Indonesian "banget", "mereka": them)
_VERY = frozenset("banget bgt mereka demais".split())  # (Portuguese "lindos demais os dois": so lovely, both)


def pity_before(tokens: Sequence[str], at: int) -> int | None:
    """How many names' words stand between the word at `at` and the pity felt for it: 0 right after it, through its
    particles ("kawawa naman si onjo"); more in names joined by "and" ("kawawa naman si cheong-san at on-jo": both felt
    for, no guess); None when no pity is felt for it."""
    crossed, joined = 0, False
    for k in range(at - 1, max(-1, at - 9), -1):
        if tokens[k] in PITY:
            return crossed
        if tokens[k] in _AND and not crossed:
            joined = True  # (the "and" right before the name: "... at on-jo")
        elif tokens[k] not in PITY_GLUE:
            crossed += 1
            if not joined or crossed > 3 or not tokens[k].isalpha() or tokens[k] in _ASSERTING:
                return None  # ("kasian onjo dan hari, jawabannya namra": the guess after the pity)
    return None


def felt_for(tokens: Sequence[str], word: str) -> bool:
    """Whether `word` stands where pity is felt: a name right after it ("onjo" in "kasian onjo, jawabannya namra"), in
    names joined after it, or the "and" joining them ("dan" in "kasian onjo dan hari, jawabannya namra")."""
    return any(t == word and (pity_before(tokens, i) is not None or (t in _AND and bool(pity_before(tokens, i + 1))))
               for i, t in enumerate(tokens))


# Disgust as it opens a message, in English and Portuguese too ("ew", "eca"), with its glue ("que asco", "kadiri talaga")
_DISGUST_OPENS = DISGUST | frozenset("que naman talaga bgt banget".split())
# ...and the article or owner a thing follows it with ("kadiri yung panyo", "que asco el pañuelo", "ew her phone"; the
# Vietnamese classifier of an animal: "ghê con chuột")
_THING_OPENS = frozenset("the a an her his their yung ang el la un una o um uma con".split())


def disgust_opening(tokens: Sequence[str], question: str, is_thing: Callable[[str], bool]) -> int:
    """How many words of disgust open a message before a thing ("kadiri yung panyo", "que asco el pañuelo", "ew her
    phone"): where a "what"/"which" question asks for no one they are the thing's (the bloodied handkerchief), and what follows
    is the guess; 0 when none opens it, a person or nothing follows ("kadiri si nayeon" stays felt for her), or the
    question asks who ("que asco el onjo": felt for her). A word alone after it is a thing only when `is_thing` says so
    ("ew rat", "ew bat"): "ew stop", "eca credo", "que asco tio" are reactions."""
    if not question.lower().startswith(("what ", "which ", "name ")):
        return 0  # (a thing asked by "which" or "name" too: "ew a rat" guesses the rat, review65b)
    k = 0
    while k < len(tokens) and tokens[k] in _DISGUST_OPENS:
        k += 1
    if k == 0 and tuple(tokens[:2]) == ("ghe", "con") and len(tokens) > 2:
        return 1  # Vietnamese "ghê" before an animal's classifier ("ghê con chuột"), never "ghê quá" (so scary)
    felt = any(t in DISGUST for t in tokens[:k])
    if felt and k + 1 < len(tokens) and tokens[k] == "of":
        return k + 1  # (Portuguese "o", read "of" between words: "eca o lenço" is the handkerchief)
    if felt and k + 1 < len(tokens) and tokens[k] in _THING_OPENS:
        return k
    # (a thing with no article, one word or one and whose: "ew rat", "eca rato", "jijik saputangannya", "jijik hp nya")
    return k if felt and k < len(tokens) and tokens[k] not in _WHOSE_AFTER and tokens[k] not in _THING_OPENS and (
        (len(tokens) == k + 1 and any(map(is_thing, (tokens[k], tokens[k].removesuffix("s"), tokens[k].removesuffix("nya")))))
        or (len(tokens) == k + 2 and tokens[-1] in _WHOSE_AFTER)
    ) else 0


# Whose, after a thing: Indonesian "nya", Tagalog "niya", Portuguese "dela"/"dele" ("jijik hp nya": her phone)
_WHOSE_AFTER = frozenset("nya niya dela dele".split())


def disgusted_thing(tokens: Sequence[str], cut: int) -> Sequence[str]:
    """The words of the thing after disgust's `cut` (`disgust_opening`), its article or owner left out ("yung panyo": panyo;
    "rat": rat)."""
    return tokens[cut + 1 :] if tokens[cut] in _THING_OPENS else tokens[cut:]
