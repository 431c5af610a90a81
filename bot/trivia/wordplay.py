"""An answer's letters typed so that they say something else.

Spacing is forgiven: "war saw" is Warsaw and "fire fighter" Firefighter, because a word typed in
two pieces still means the word. Two readings mean another thing, and `bot.trivia.matching` refuses them:

- a one-word answer split into a phrase of its own: a determiner before a word ("the rapist" is no
  Therapist) or a word put in the possessive before another ("mans laughter", man's laughter, is no
  Manslaughter). Only when the rest reads as an English word: "an dong" (Andong) and "shakes peare"
  stay spacing slips, their rest being no word;
- the answer in the possessive before a noun: "icarus's dad" names Icarus's father, not Icarus
  ("harare's the answer", "icarus's my guess" still say the answer, and so does the possessive before
  the question's own word: "byeong-chan's laptop" when it asks whose laptop).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import pairwise

from bot.lazy_re import compile_later
from bot.trivia.chatabroad import PITY, PITY_GLUE, it_is_them, pity_before, said_apart
from bot.trivia.deeds import SUBJECT_PRONOUNS
from bot.trivia.emojis import shows_feeling
from bot.trivia.english import COMMON_WORDS
from bot.trivia.guesses import FILLER_WORDS, disgusted_again, is_chat_word
from bot.trivia.talk import GUESS_PARTICLES, SO_MUCH_AFTER

# Words that make what follows them a noun phrase of its own.
_DETERMINERS = frozenset({"the", "a", "an", "my", "his", "her", "our", "their", "your"})
# Endings that mark an English word (so "laughter", "rapist" read as words; "peare", "dong" do not).
_ENGLISH_ENDING = compile_later(r"(?:[^aeiou]er|ist|ism|ness|ment|tion|sion|ing|ship|hood|ful|less|ous|ive|able|ible)$")
_POSSESSIVE = compile_later(r"([^\W_]+)['’]s\s+([^\W\d_]+)")


def _reads_as_word(word: str) -> bool:
    return word in COMMON_WORDS or (len(word) >= 5 and _ENGLISH_ENDING.search(word) is not None)


def split_into_phrase(tokens: Sequence[str], answer: str) -> bool:
    """Whether two neighbouring `tokens`, a one-word `answer` typed in two, read as a phrase meaning
    something else: a determiner, or a word put in the possessive ("mans", not the word "news"),
    before a word ("the rapist", "mans laughter"; "news paper" stays Newspaper)."""
    for first, rest in pairwise(tokens):
        if first + rest != answer or not (first.isalpha() and rest.isalpha()) or not _reads_as_word(rest):
            continue
        if first in _DETERMINERS or (
            len(first) >= 4 and first.endswith("s") and first[-2] not in "su" and first not in COMMON_WORDS
        ):
            return True
    return False


def owned_by_answer(text: str, tokens: Sequence[str], end: int, asked: Collection[str] = ()) -> bool:
    """Whether the answer ending at token `end` (exclusive) was typed in the possessive before a
    noun: "icarus's dad" (not "harare's the answer", "icarus's my guess", nor a word of the question,
    `asked`, its compact windows: "byeong-chan's laptop" when it asks whose laptop, "cheong-san's
    name" when it asks whom a shop is named after)."""
    if end >= len(tokens) or not tokens[end - 1].endswith("s"):
        return False
    follower = tokens[end]
    if follower in FILLER_WORDS or not follower.isalpha() or any(w.startswith(follower) for w in asked):
        return False
    owner = tokens[end - 1][:-1]
    return any(
        m.group(1).lower() == owner and m.group(2).lower() == follower
        for m in _POSSESSIVE.finditer(text)
    )


def says_another(
    text: str, tokens: Sequence[str], start: int, end: int, answer: Sequence[str], asked: Collection[str] = ()
) -> bool:
    """Whether the answer (its words `answer`) found at tokens[start:end] is typed so that it says
    another thing: split into a phrase, or in the possessive before a noun the question does not
    use (see module docstring)."""
    split = len(answer) == 1 and end - start == 2 and split_into_phrase(tokens[start:end], answer[0])
    return split or owned_by_answer(text, tokens, end, asked)


# Verbs a fan says of someone ("cheongsan deserved better", "lomon's visuals carried").
SO_MUCH_ANY = SO_MUCH_AFTER | {"talaga"}  # (Tagalog "really", after a word: "gwinam nakakainis talaga")
SAID_OF = frozenset(
    "deserved deserves deserve felt missed looks looked seems seemed saw carried carries cried ate slayed lives hurts haunts"
    " broke breaks"
    .split()
)


def _doing(word: str, answer: Sequence[str]) -> bool:
    return word in SAID_OF or (len(word) >= 5 and word.endswith("ed") and word not in answer)


def talked_of(text: str, tokens: Sequence[str], end: int, answer: Sequence[str], asked: Collection[str] = ()) -> bool:
    """Whether the answer ending at token `end` is what a sentence is said of, no guess: its subject
    before a verb and more ("cheongsan deserved a better ending"), or in the possessive before a noun
    a verb follows ("lomon's visuals carried", "namra's fight scenes were insane"), or doing something ("sun's
    coming up"), or what it does to the speaker ("gwinam gives me nightmares"), or its thing remarked on ("onjo's
    voice though"). "icarus's dad"
    names another (`says_another`); "hari's little brother" too."""
    if end == 1 and answer[:1] == tuple(tokens[:1]) and tokens[0].isdigit() and tokens[1] in _COUNT_TOLD:
        return False  # "6 survived, others died": a count typed first, told surviving or dying, is that count guessed
    if end + 1 < len(tokens) and _doing(tokens[end], answer):
        return True
    told = [t for t in tokens[end:] if t.isascii()]  # (past "ㅠㅠ")
    if len(told) >= 2 and told[0] in SUBJECT_PRONOUNS and _doing(told[1], answer) and shows_feeling(text):
        return True  # "onjo ㅠㅠ she deserved better": a feeling with more words is talk (ruled at stop 63)
    if len(told) == 3 and told[0] == "ang" and told[2] in ("niya", "nya") and shows_feeling(text):
        return True  # "namra ㅠㅠ ang ganda niya": how pretty she is, in Tagalog, the same
    if end + 1 < len(tokens) and tokens[end] not in GUESS_PARTICLES and not SO_MUCH_ANY.isdisjoint(tokens[end + 1 : end + 4]) and (
        not said_apart(tokens, end - 1, text)  # ("jawabannya suhyeok, ganteng bgt": the guess, then a remark)
    ):
        return True  # "hari keren bgt", "onjo dễ thương quá", "gwinam nakakainis talaga": the answer remarked on, no guess
    if tokens[end:end + 1] in _POSTPOSITIONS and len([t for t in tokens[end + 1 :] if t not in _HINDI_FRAME]) >= (
        2 if tokens[end] in _OF else 1
    ) and not _HINDI_CLAUSE.isdisjoint(tokens[end + 1 :]):
        return True  # "namra ne kya kiya", "gwinam se nafrat hai", "cheongsan ka wo scene": a Hindi sentence about the answer
    if tokens[end:end + 1] in _BEING_ONES and tokens[end + 1:end + 2] in _OWNERS and tokens[end + 2:end + 3] not in _AS_ANSWER and (
        end + 2 < len(tokens)
    ):
        return True  # "onjo is my fav", "cheongsan was our comfort character": who the answer is to the speaker, no guess
    if tokens[end:end + 1] in _SEEMING and end + 1 < len(tokens) and tokens[end + 1] not in _AS_GUESSED:
        return True  # "soju sounds good rn": how the thing strikes the speaker ("gwinam sounds right" still guesses)
    if tokens[end:end + 1] in _STILL and end + 1 < len(tokens) and _doing(tokens[end + 1], answer):
        return True  # "ep 12 still hurts": what the answer (still) does, no guess
    verb = end + 1 if tokens[end:end + 1] in _STILL else end
    if tokens[verb:verb + 1] in _GIVING and tokens[verb + 1:verb + 2] in _TO_SPEAKER:
        return True  # "gwinam (still) gives me nightmares": what the answer does to the speaker, no guess
    if owned_by_answer(text, tokens, end, asked) and tokens[-1] in _REMARKING:
        return True  # "onjo's voice though 😭": a remark on the answer's thing, no guess
    if end < len(tokens) and tokens[end].endswith("ing") and len(tokens[end]) >= 5 and re.search(
        rf"\b{re.escape(tokens[end - 1][:-1])}'s {tokens[end]}\b", text.lower()
    ):
        return True  # "sun's coming up": the answer's doing, no guess
    return owned_by_answer(text, tokens, end, asked) and any(
        _doing(t, answer) or t in _BEING for t in tokens[end + 1 :]
    )  # ("namra's fight scenes were insane")


_BEING = frozenset({"is", "was", "are", "were"})
_COUNT_TOLD = frozenset("survived survive survives lived live made died die dies".split())
# Hindi postpositions after a name (by, from, of, to) and the endings a guess still takes ("namra hi hai")
_POSTPOSITIONS = frozenset((w,) for w in "ne se ka ki ke ko".split())
_HINDI_FRAME = frozenset("hi hai hain tha thi lol yaar".split())
_OF = frozenset("ka ki ke".split())  # ("hari ka bhai", hari's brother, is a description: a guess)
# ...and a word of a Hindi clause after them, so two words of another language are not taken for one ("Tc Se Og")
_HINDI_CLAUSE = frozenset(
    """
    hai tha thi hain kya kiya kiye kar karo raha rahi rahe gaya gayi diya liya hua hui nahi nahin mat wo woh ye yeh
    bahut bohot bht accha acha mann nafrat pyaar dar darr scene
    """.split()
)
_BEING_ONES = frozenset((w,) for w in "is was s".split())
_OWNERS = frozenset((w,) for w in "my our".split())
# ...what one's guess is called ("onjo is my answer", "onjo is my final answer" still guess)
_AS_ANSWER = frozenset((w,) for w in "answer guess pick bet vote choice final last".split())
# Pity before a name ("poor cheongsan 😭", "my poor baby namra lol"): the one felt for, no guess, when the
# message cries or laughs too; "poor" alone before the name is how a fan types the answer ("poor suhyeok")
_CAUSES = frozenset({("justice", "for"), ("pray", "for"), ("praying", "for"), ("prayers", "for")})
# (faces typed in letters or punctuation cry too, "poor namra TT", "poor suhyeok ;-;", "poor onjo :(", "T_T", and
# "rip" mourns; read in the message as typed, the markup stripping having dropped the punctuation faces)
_CRIED_OR_LAUGHED = compile_later(
    r"(?<![^\W\d_])(?:l+o+l+[ol]*|lm+f*a+o+|(?:ha){2,}h?|x+d+|tt|t[_.]+t|q[_.]+q|rip)(?![^\W\d_])|[ㅠㅜㅋㅎ]{2,}|;-?_*;"
    r"|[:;=]['’]?-?[(\[<]", re.I)


def pitied(tokens: Sequence[str], start: int, text: str, echoed: Collection[str] = ()) -> bool:
    """Whether the answer starting at token `start` is felt for rather than guessed: pity said right before it,
    a pet word between them, in a message that cries or laughs ("poor cheongsan 😭", "poor baby gwinam lol",
    "poor suhyeok ㅠㅠ") or pities more than one; or named as the speaker's favourite ("my fav is onjo", "our favourite character was
    namra": who the answer is to them, as "onjo is my fav" says; never where the question asks of one's crush: "crush ko si
    suhyeok" answers whose crush On-jo's is); or the speaker's feeling for it ("i hate gwinam
    so much", "we love onjo"); or a cause taken up for them ("justice for cheongsan")."""
    if tuple(tokens[max(0, start - 2) : start]) in _CAUSES:
        return True  # "justice for cheongsan", "pray for onjo": a cause taken up for them
    if disgusted_again(tokens, start):
        return True  # "ew its gwinam again": a reaction to him, no guess
    if pity_before(tokens, start):
        return True  # "kawawa naman si cheong-san at on-jo": the last of the names felt for together
    before = [t for t in tokens[max(0, start - 3) : start] if t not in _PET_WORDS and t not in PITY_GLUE][-2:]
    if bool(before) and before[-1] in PITY and not it_is_them(tokens[start + 1 :]):  # ("kasian onjo, pasti dia": a guess)
        # (pity over several, "poor gyeongsu and nayeon", is for them all; another language's pity word, "kasihan
        # onjo", would be read as a second word guessed beside the name: talk, as before)
        return shows_feeling(text) or _CRIED_OR_LAUGHED.search(text) is not None or "and" in tokens[start + 1 :] or (
            before[-1] != "poor"
        )
    felt = [t for t in tokens[max(0, start - 4) : start] if t not in _SO_MUCH]
    if len(felt) >= 2 and felt[-1] in _FELT and felt[-2] in _FEELERS:
        return True  # "ugh i hate gwinam so much", "we love onjo": the speaker's feeling for them
    lead = tokens[max(0, start - 5) : start]
    return bool(lead) and lead[-1] in _BEING_WORDS and any(
        ((a in _OWNER_WORDS and b in _FAVOURITE) or (a in _FAVOURITE and b in _OWN_AFTER)) and not ({a, b} & set(echoed)) for a, b in pairwise(lead)
    )


def pity_alone(tokens: Sequence[str], text: str) -> bool:
    """Whether a message is "poor" before one name and nothing more ("poor daesu", "ugh poor baby cheongsan"):
    how a fan types a guess, the one `pitied` leaves a guess; no crying nor laughing with it, no second name."""
    if "poor" not in tokens:
        return False
    at = tokens.index("poor")
    after = [t for t in tokens[at + 1 :] if t not in _PET_WORDS]
    return at < len(tokens) - 1 and not pitied(tokens, len(tokens) - len(after), text) and 1 <= len(after) <= 3 and set(
        tokens[:at]
    ) <= _BEFORE_PITY


_BEFORE_PITY = frozenset("ugh oh aw aww my omg".split())  # (what may open it: "ugh poor suhyeok", "my poor baby namra")


def mourned(tokens: Sequence[str], echoed: Collection[str]) -> bool:
    """Whether a message pities or mourns someone the question itself names and says nothing more ("poor baby
    cheongsan", "rip cheongsan" where it asks who bit him): felt for, no guess of another."""
    at = next((i for i, t in enumerate(tokens) if t in _MOURNING), None)
    if at is None or not set(tokens[:at]) <= _BEFORE_PITY:
        return False
    after = [t for t in tokens[at + 1 :] if t not in _PET_WORDS and t not in _MOURNING and t not in PITY_GLUE and not is_chat_word(t)]  # ("rip gwinam lol")
    return 1 <= len(after) <= 3 and "".join(after) in echoed


_MOURNING = PITY | {"rip"}  # ("kawawa naman si namra", "pobre woojin jaja" where the question names them)


_FELT = frozenset("hate hated love loved miss missed adore stan despise luv".split())
_FEELERS = frozenset({"i", "we"})
_SO_MUCH = frozenset("really rly so still just truly literally lowkey highkey".split())
_BEING_WORDS = frozenset({"is", "was", "s", "es", "si", "e"})  # (Spanish, Tagalog, Portuguese: "mi crush es suhyeok")
_OWNER_WORDS = frozenset({"my", "our", "mi", "meu", "minha"})
_FAVOURITE = frozenset("fav fave favs faves favorite favourite bias ult comfort crush".split())
_OWN_AFTER = frozenset({"ko", "ku", "aku"})  # (Tagalog, Indonesian "crush ko si suhyeok": my crush is Su-hyeok)


_PET_WORDS = frozenset("baby babe boy girl bby lil little sweet".split())
_SEEMING = frozenset((w,) for w in "sounds looks tastes smells".split())
_AS_GUESSED = frozenset("right correct familiar likely legit about".split())  # how a guess is hedged, not talk
_GIVING = frozenset((w,) for w in "gives gave makes made".split())
_TO_SPEAKER = frozenset((w,) for w in "me us".split())
_STILL = frozenset((w,) for w in "still always literally lowkey really genuinely honestly".split())  # before the verb
_REMARKING = frozenset({"though", "tho", "tbh", "ngl"})  # closing a remark


_OWN = frozenset({"my", "our"})  # before the answer's word, with more said after it: one's own thing talked of
# ...or a thing one wants or consumes: "need soju after this lol" (the drink, not On-jo's father)
_WANTED = frozenset("need want wanna craving drink drinking eat eating ate buy buying bought".split())
# ...or after "i have" ("i have 12 tabs open", "i got 2 exams tmrw": what one has, no count of the asked thing)
_HAVE = frozenset({("i", "have"), ("i", "got"), ("ive", "got"), ("we", "have"), ("i", "had")})
_HAD_AS_ANSWER = frozenset({"answer", "guess"})  # ...unless it is had as one's answer ("i have 12 as my answer")
# A word said of the show or the game right after "this"/"that": "fire 🔥 this show" praises it
_SHOW_SAID = frozenset((w,) for w in "show series ep episode scene season drama game round question quiz song".split())


def said_of_other_things(tokens: Sequence[str], start: int, end: int) -> bool:
    """Whether the answer's words at tokens[start:end] speak of something else: one's own thing or one wanted ("my
    cat just walked on my keyboard", "need soju after this lol"), what one has ("i have 12 tabs open"), praise of
    the show ("fire this show"), or a count of something else ("8 more questions??")."""
    before, after = tokens[start - 1] if start else "", tuple(tokens[end:])
    return bool(
        (before and (before in _OWN or before in _WANTED or tuple(tokens[max(start - 2, 0):start]) in _HAVE)
         and len(after) >= 2 and _HAD_AS_ANSWER.isdisjoint(after))
        or (after[:1] in (("this",), ("that",)) and after[1:2] in _SHOW_SAID)
        or (tokens[start][:1].isdigit() and after[:1] == ("more",) and len(after) > 1)
    )
