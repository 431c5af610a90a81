"""Hinglish, Malay/Indonesian and Tagalog typed in Latin letters, read as the matcher's English.

Fans of a South and Southeast Asian server deny and ask the way their languages do, and the words would
otherwise be taken for guesses or names ("bukan" is one letter from Busan):

- a denial: Malay "bukan X", Tagalog "hindi si X", Hinglish "X nahi hai" (after the name) are "not X", so
  "bukan namra, onjo" guesses On-jo and "hindi si onjo" alone guesses nothing;
- "anyone but X": Indonesian "siapa aja asal bukan X", Tagalog "kahit sino wag lang si X" rule X out;
- a question expecting yes: Malay "bukan X ke?", "bukannya X?", Tagalog "hindi ba si X?", "diba si X?",
  Hinglish "X nahi hai kya?" are "isn't it X?", a guess of X;
- "I don't know" ("pata nahi", "tak tahu", "ewan") is "idk", a hedge;
- a guess taken back: Tagalog "namra, eh onjo pala" (Nam-ra... oh, On-jo after all) is "namra no wait onjo";
- a place in a row: Tagalog "ika-3" is 3rd and "ika-7 na araw" the 7th day, Malay "hari ke-7" the 7th day and
  "peringkat ke-3" 3rd place (no count of three or seven);
- counts: Hindi number words before a unit ("char mahine", "do saal"), Indian and Malay scales and digit groups
  ("1.7 lakh" and "1,70,000" are 170000, "170 ribu" 170 thousand, "170 juta" 170 million), the Tagalog ordinal ("ika-6 na episode" is
  episode 6), and "6's my guess" (6 is my guess).

The message is put in English first, as `bot.trivia.arabicturkish` does for Arabic and Turkish, so every
other rule of the matcher (`bot.trivia.matching`) judges it as it judges English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from bot.lazy_re import compile_later
from bot.text import HINDI_NUMBER_WORDS, ordinal

__all__ = ["in_english_from_asian_latin"]

# A name in a denial or question: up to three words, no punctuation
_NAME = r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}"
_MALAY_ASKS = compile_later(rf"\bbukan(?:nya|kah)?\s+({_NAME}?)\s+(?:ke|kah|kan|ya)\s*\?+", re.I)
_MALAY_ASKS_LEADING = compile_later(r"\bbukannya\b(?=\s+\S)", re.I)
_MALAY_NOT = compile_later(r"\bbukan\b(?=\s+(?!(?:deh|kayaknya|kayanya)\b)\S)", re.I)  # (never a doubt: "onjo, bukan deh")
_MALAY_TAG = compile_later(r"[\s,]+bukan\s*\?+\s*$", re.I)  # "onjo, bukan?": On-jo, right?
# "siapa aja asal bukan X", "kahit sino (huwag) lang si X" (anyone but X): X ruled out, no one guessed
_ANYONE_BUT = compile_later(
    r"\b(?:siapa\s+(?:aja|saja|pun)(?:\s+asal(?:kan)?)?\s+(?:bukan|jangan)"
    r"|kahit\s+sino(?:\s+(?:wag|huwag|basta\s+wag|basta\s+huwag))?(?:\s+lang)?(?:\s+(?:si|sina|ang|yung))?)\b(?=\s+\S)",
    re.I,
)
_TAGALOG_ASKS = compile_later(r"\b(?:hindi\s+ba|di\s+ba|diba)\b(?:\s+(?:si|sina|ang|yung)\b)?(?=\s+\w)", re.I)
# "no" said alone, taking back the guess before it ("suhyeok... hindi, gwinam pala"; Malay "namra... bukan, onjo")
_TAGALOG_NO = compile_later(r"\bhindi\b(?=\s*(?:[,.!]|$))", re.I)
_TAGALOG_NO_BUT = compile_later(r"\bhindi\s+(?:pero|kundi|but)\b", re.I)  # ("hindi pero onjo": no, but On-jo)
_MALAY_NO = compile_later(r"\bbukan\s*,(?=\s*\w)", re.I)
# ...never before Tagalog's own words ("onjo, hindi ka mali") nor a doubt ("onjo, hindi siguro": probably not)
_TAGALOG_OWN = r"(?!(?:pero|kundi|but|ka|ko|mo|ba|na|pa|po|nga|naman|ako|ikaw|siya|sya|yan|yun|ito|to|siguro|sana|baka|oo|parang|talaga)\b)"
# ("hindi 4, 5 buwan"; "hindi onjo" opening the message: not On-jo, as "hindi si onjo")
_TAGALOG_NOT = compile_later(rf"\b(?:hindi|di)\s+(?:si|sina|ang|yung)\b|\bhindi(?=\s+\d)|^\s*hindi(?=\s+{_TAGALOG_OWN}[^\W\d_])", re.I)
# ...but asked, "hindi X?", "hindi X ba?", "hindi kaya X?" opening the message is "isn't it X?" (X guessed)
_TAGALOG_ASKS_OPENING = compile_later(
    rf"^(\s*)hindi\s+(?:kaya\s+(?={_TAGALOG_OWN}[^\W\d_])|(?={_TAGALOG_OWN}[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?"
    r"(?:\s+(?:ba|kaya)\b|\s*\?)[\W_]*$))", re.I)
# ...and after a guess and a comma, one name last ("onjo talaga, hindi namra": On-jo really, not Nam-ra); and between
# two names, the message whole ("onjo hindi namra")
_TAGALOG_NOT_LAST = compile_later(rf"(?:(?<=,)(\s*)|^(\s*{_TAGALOG_OWN}[^\W\d_][\w'’-]*\s+))hindi(?=\s+{_TAGALOG_OWN}"
                                  r"[^\W\d_][\w'’-]*[\s.!?]*$)", re.I)
_NAHI = r"(?:nahi|nahin|nai|nhi)"
_HINDI_ASKS = compile_later(rf"\s+{_NAHI}\s+(?:(?:hai|he|h)\s+)?(?:kya|kia)\b", re.I)
# "X nahi hai", "X to nahi hoga" closing a clause (a "nahi" said twice takes back instead: "namra nahi nahi onjo")
_HINDI_NOT = compile_later(
    rf"(^|[,;.!?]+\s*|\s-+\s*)((?:(?!{_NAHI}\b)[^\W\d_][\w'’-]*\s+){{1,3}}?)(?:(?:to|toh)\s+)?{_NAHI}"
    rf"(?:\s+(?:hai|he|h|hoga|hogi|tha|thi))?(?:\s+(?:yaar|yar|bhai|re))?(?=\s*(?:[,;.!?]|$))",
    re.I,
)
# ...read as numbers only before a unit or a counted word ("do saal"), and those that are English words too
# ("do", "teen", "char") only before a Hindi one ("do students survive?" stays English)
_ENGLISH_TOO = ("do", "teen", "char", "das", "bara")
_HINDI_COUNTED = compile_later(
    r"\b(?:(" + "|".join(n for n in HINDI_NUMBER_WORDS if n not in _ENGLISH_TOO) + r")\s+(?=(?:episodes?|eps?|students)\b)"
    r"|(" + "|".join(HINDI_NUMBER_WORDS) + r")\s+(?=(?:din|mahine|mahina|mahiney|saal|sal|hafte|hafta|log|bacche|bachche"
    r"|khiladi|episode)\b))",
    re.I,
)
_SCALED = compile_later(r"\b(\d+(?:\.\d+)?)\s*(lakh|lakhs|lac|lacs|crore|crores|ribu|juta)\b", re.I)
_SCALE_VALUES = {"lakh": 10**5, "lac": 10**5, "crore": 10**7}
_SCALE_WORDS = {"ribu": "thousand", "juta": "million"}  # (not "rb", "jt": "2 rb" may be running backs)
# "I don't know" after a guess: Hinglish "pata nahi", Malay "tak tahu", Tagalog "ewan", "di ko alam"
_NOT_KNOWN = compile_later(
    r"\b(?:pata\s+nahi|pta\s+nahi|nahi\s+pata|tak\s+tahu|tak\s+tau|(?:gak|ga|gk|nggak)\s*tau|ewan(?:\s+ko)?"
    r"|(?:hindi|di)\s+ko\s+alam)\b",
    re.I,
)
# Digits grouped the Indian way: "1,70,000" is 170000 (lakhs and crores in twos, then the last three)
_INDIAN_GROUPS = compile_later(r"\b\d{1,2}(?:,\d\d)+,\d{3}\b")
_TAGALOG_ORDINAL = compile_later(r"\bika-?\s*(\d{1,3})(?:\s+na)?\s+(episode|episodyo|ep)\b", re.I)
# ...and a place in a row ("ika-3": 3rd; "ika-7 na araw": the 7th day), never a count ("ika-11" is no eleven weeks)
_TAGALOG_PLACE = compile_later(r"\bika-?\s*(\d{1,3})\b(?:\s+na\s+(araw|linggo|buwan|taon|lugar|pwesto|puwesto)\b)?", re.I)
# Malay/Indonesian "ke-N" is the Nth ("hari ke-7": the 7th day; "episode ke-11": episode 11; "peringkat ke-3": 3rd)
_MALAY_PLACE = compile_later(r"\b(?:(hari|minggu|bulan|tahun|episode|episod|eps?|peringkat|posisi|juara|urutan)\s+)?ke-?\s*(\d{1,3})\b", re.I)
_MALAY_PLACE_WORDS = {"hari": "day", "minggu": "week", "bulan": "month", "tahun": "year"} | dict.fromkeys(
    "peringkat posisi juara urutan".split(), "place"
)
_TAGALOG_PLACE_WORDS = {"araw": "day", "linggo": "week", "buwan": "month", "taon": "year", "lugar": "place", "pwesto": "place", "puwesto": "place"}
# Tagalog taking a guess back: "namra, eh onjo pala" (Nam-ra... oh, it's On-jo after all): the second one; never "ay mali
# pala" ("oh, wrong after all"; "eh mali pala" may be "oh, Mali after all"), which turns to nothing, not to a guess of
# "mali" (Mali the answer or not, fix93)
_TAGALOG_AFTER_ALL = compile_later(r"[\s,.…]+(?:eh|ay(?![\s,.…]+mali\s+pala\b)|ah|ay\s+hindi)[\s,.…]+([^,.!?…]+?)\s+pala\b", re.I)
# A Tagalog exclamation ending the message after a stop ("anim ba? ang dami ah": six? that many!): a remark on the
# guess before it, no part of it
_TAGALOG_EXCLAIMED = compile_later(r"(?<=[?!,.])\s*ang\s+[^\W\d_]+(?:\s+(?:naman|nga|ah|eh|ha|talaga|no))*[\s.!?]*$", re.I)
_NUMBER_CALLED = compile_later(r"\b(\d+)['’]s\s+(?=my\s+(?:guess|answer|pick|bet)\b)", re.I)


def _scaled(match: re.Match[str]) -> str:
    number, scale = match.group(1), match.group(2).lower().rstrip("s")
    if scale in _SCALE_WORDS:
        return f"{number} {_SCALE_WORDS[scale]}"
    try:
        value = Decimal(number) * _SCALE_VALUES[scale]
    except (InvalidOperation, KeyError):
        return match.group(0)
    return str(int(value)) if value == value.to_integral_value() else match.group(0)


def _malay_place(match: re.Match[str]) -> str:
    said, n = (match.group(1) or "").lower(), int(match.group(2))
    if said.startswith("ep"):
        return f"episode {n}"
    return f"{ordinal(n)} {_MALAY_PLACE_WORDS[said]}" if said else ordinal(n)


def _tagalog_place(match: re.Match[str]) -> str:
    said = _TAGALOG_PLACE_WORDS.get((match.group(2) or "").lower())
    return f"{ordinal(int(match.group(1)))} {said}" if said else ordinal(int(match.group(1)))


def _hindi_not(match: re.Match[str]) -> str:
    words = match.group(2).split()
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in _LEADING:
        lead += 1  # ("wait gwinam nahi": wait, not Gwi-nam)
    return f"{match.group(1)}{' '.join([*words[:lead], 'not', *words[lead:]])}"


_LEADING = frozenset("wait arre are arey matlab yaar bhai par lekin but ok okay hmm pakka so and".split())


def in_english_from_asian_latin(guess: str, answers: Sequence[str]) -> str:
    """The message with its Hinglish, Malay and Tagalog denials, questions and counts in English ("bukan namra,
    onjo" -> "not namra, onjo"; "hindi ba si onjo?" -> "isnt it onjo?"; "char mahine" -> "4 mahine"; "1.7 lakh"
    -> "170000"); as typed when it holds none. A word an answer holds is read as the answer's ("Hindi", a language)."""
    if len(guess) > _LONGEST:
        return guess  # (a long answer of a list, typed in full, is matched as typed)
    words = frozenset(_WORD.findall(guess.lower())).difference(*(_WORD.findall(a.lower()) for a in answers))
    if "," in guess:
        guess = _INDIAN_GROUPS.sub(lambda m: m.group(0).replace(",", ""), guess)
    if words.isdisjoint(_TRIGGERS) and not _NUMBER_CALLED.search(guess):
        return guess  # (most messages: one look, no rewriting)
    if not words.isdisjoint(_NOT_KNOWN_WORDS):
        guess = _NOT_KNOWN.sub("idk", guess)
    if not words.isdisjoint(_ANYONE_WORDS):
        guess = _ANYONE_BUT.sub("anyone but", guess)
    if not words.isdisjoint(_MALAY_WORDS):
        guess = _MALAY_ASKS.sub(r"isnt it \1?", guess)
        guess = _MALAY_TAG.sub(" right?", guess)
        guess = _MALAY_NO.sub("no,", guess)
        guess = _MALAY_ASKS_LEADING.sub("isnt it", guess)
        guess = _MALAY_NOT.sub("not", guess)
    if not words.isdisjoint(_TAGALOG_WORDS):
        guess = _TAGALOG_ASKS_OPENING.sub(r"\1isnt it ", _TAGALOG_ASKS.sub("isnt it", guess))
        guess = _TAGALOG_NOT_LAST.sub(r"\1\2not", _TAGALOG_NOT.sub("not", guess))
        guess = _TAGALOG_NO.sub("no", _TAGALOG_NO_BUT.sub("no, but", guess))
    if not words.isdisjoint(_NAHI_WORDS):
        guess = _HINDI_ASKS.sub(" right", guess)  # ("onjo nahi hai kya?": isn't it On-jo? -> "onjo right?")
        guess = _HINDI_NOT.sub(_hindi_not, guess)
    if not words.isdisjoint(HINDI_NUMBER_WORDS):
        guess = _HINDI_COUNTED.sub(lambda m: f"{HINDI_NUMBER_WORDS[(m.group(1) or m.group(2)).lower()]} ", guess)
    if not words.isdisjoint(_SCALE_TRIGGERS):
        guess = _SCALED.sub(_scaled, guess)
    if "ke" in words:
        guess = _MALAY_PLACE.sub(_malay_place, guess)
    if "pala" in words:
        guess = _TAGALOG_AFTER_ALL.sub(r" no wait \1", guess)
    if not words.isdisjoint(_THAT_WORDS):
        guess = _TAGALOG_THAT.sub(lambda m: m.group(0) if m.group(1).lower() in _THAT_FRAMES else m.group(1), guess)
    if "ang" in words:
        guess = _TAGALOG_EXCLAIMED.sub("", guess)
    if "ika" in words:
        guess = _TAGALOG_ORDINAL.sub(r"episode \1", guess)
        guess = _TAGALOG_PLACE.sub(_tagalog_place, guess)
    return _NUMBER_CALLED.sub(r"\1 is ", guess)


_LONGEST = 200  # (as far as the matcher reads a message: `bot.trivia.matching.MAX_GUESS_CHARS`)
_WORD = compile_later(r"[a-z]+")
_NOT_KNOWN_WORDS = frozenset("pata pta tak gak ga gk nggak gatau gaktau gktau nggaktau ewan alam".split())  # ("gatau": run together)
_MALAY_WORDS = frozenset("bukan bukannya bukankah".split())
_TAGALOG_WORDS = frozenset("hindi di diba".split())
_NAHI_WORDS = frozenset("nahi nahin nai nhi".split())
_SCALE_TRIGGERS = frozenset("lakh lakhs lac lacs crore crores ribu juta".split())
_ANYONE_WORDS = frozenset({"siapa", "kahit"})
# Tagalog "na yun" ("that", after what it points at: "yung ending ng ep na yun"): no Na-yeon; kept after a guess's frame
# ("si na yun", "ang sagot ay na yun": the name typed apart)
_THAT_WORDS = frozenset("yun yon iyon yan iyan".split())
_THAT_FRAMES = frozenset("si ang ay ni kay sagot its is was".split())
_TAGALOG_THAT = compile_later(r"\b([a-z]+)\s+na\s+(?:yun|yon|iyon|yan|iyan)\b", re.IGNORECASE)
_TRIGGERS = _THAT_WORDS | _ANYONE_WORDS | _NOT_KNOWN_WORDS | _MALAY_WORDS | _TAGALOG_WORDS | _NAHI_WORDS | frozenset(HINDI_NUMBER_WORDS) | _SCALE_TRIGGERS | {"ika", "pala", "ke", "ang"}
