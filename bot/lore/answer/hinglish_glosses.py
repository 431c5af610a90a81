"""Hinglish (Hindi typed in Latin letters) questions read as English (`gloss_hinglish`), as foreign_glosses.py does
for Spanish, Portuguese, Indonesian and Tagalog: "season 2 kab aayega" -> "when does season 2 come out"; "ent0 zinda
hai kya" -> "is ent0 still alive"; "ent0 ko kisne maara" -> "who kills ent0"; "ent0 ka kya hua end me" -> "what happens to ent0 at the end"; "ent0 kis episode
me marta hai" -> "which episode does ent0 die".

India is one of the show's big audiences; without these such a question got "I don't know that". Only a whole
question in one of the shapes below is read (Hindi's word order differs from English), and only when it holds a
word no English question uses ("kya", "kab", "zinda", ...): an English question never changes. Names have already
become slots (ent0, ent1) when this runs, so a name is never read as a word here; what comes out is read by every
other reader as an English question is, hidden past the mark alike.
"""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later, rewrite_in_turn

# words that mark the question as Hinglish (none is an English question word)
_MARKERS = frozenset("""
    kya kab kaun kon kitne kitni kahan kaha zinda hua hui hoga marta marti mara mari gaya gayi gya gyi aayega aayegi
    ayega ayegi aaega aaegi aega aa raha rha hai hain bacha bache bachi bachta bachte dekhe dekhu dekhna sakte mein mai
    kisne kisnay
""".split())
_WORD = compile_later(r"[^\W\d_]+")
_SLOT = r"(ent\d+)"
_IS = r"(?:hai|he|h|hain|tha|thi)"
_DIES = r"(?:mar (?:gaya|gayi|gya|gyi|jata|jati|jaata|jaati)|marta|marti|mara|mari|mrta|mar)"
_IN = r"(?:me|mein|mai|mei)"
_END = rf"(?:end|last|aakhir|akhir|ending) {_IN}"
_SEASON = r"(season \d|s\d|(?:next|new|agla) season)"
_SEASON_SAID = r"(season \d|s\d)"
_COMES = (r"(?:aayega|aayegi|ayega|ayegi|aaega|aaegi|aega|aegi|aa (?:raha|rha|rahi|rhi) (?:hai|he|h)|release hoga|release hogi"
          r"|aayega kya|niklega)")
_TAIL = r"(?: (?:kya|bhai|bro|yaar|yr|na|re))*\W*$"
_WHO = r"(?:kisne|kisnay|kis ne)"  # who, as the one who did it
_KILLED = r"(?:maara|mara|maari|mari|maar (?:diya|dia|dala|daala|di|dali|daali)|maar)"
_BIT = r"(?:kaata|kata|kaati|kati|kaat (?:liya|lia|li|diya|khaya)|kaat)"

_SHAPES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(p, re.I), e) for p, e in (
    # "ent0 ko kisne maara", "kisne maar dala ent0 ko", "ent0 ko kaata kisne": who killed or bit them (before "ent0 mara",
    # whether they die, reads the verb)
    (rf"^\W*(?:kya )?{_SLOT} (?:ko )?(?:{_WHO} {_KILLED}|{_KILLED} {_WHO})(?: {_IS})?{_TAIL}", r"who kills \1"),
    (rf"^\W*{_WHO} (?:{_SLOT} (?:ko )?{_KILLED}|{_KILLED} {_SLOT}(?: ko)?)(?: {_IS})?{_TAIL}", r"who kills \1\2"),
    (rf"^\W*(?:kya )?{_SLOT} (?:ko )?(?:{_WHO} {_BIT}|{_BIT} {_WHO})(?: {_IS})?{_TAIL}", r"who bites \1"),
    (rf"^\W*{_WHO} (?:{_SLOT} (?:ko )?{_BIT}|{_BIT} {_SLOT}(?: ko)?)(?: {_IS})?{_TAIL}", r"who bites \1\2"),
    # "ent0 zinda hai kya", "kya ent0 abhi bhi zinda hai", "ent0 bach gaya kya": whether they live
    (rf"^\W*(?:kya )?{_SLOT} (?:abhi bhi |ab bhi |abhi tak |still )?(?:zinda {_IS}|zinda|bach (?:gaya|gayi|gya|gyi)|bacha|bachi)"
     rf"(?: (?:ya nahi|ki nahi|or not))?{_TAIL}", r"is \1 still alive"),
    # "ent0 kis episode me marta hai", "kis ep me ent0 mara": the episode of a death
    (rf"^\W*{_SLOT} kis (?:episode|ep|eps) {_IN} {_DIES}(?: {_IS})?{_TAIL}", r"which episode does \1 die"),
    (rf"^\W*kis (?:episode|ep|eps) {_IN} {_SLOT} {_DIES}(?: {_IS})?{_TAIL}", r"which episode does \1 die"),
    # "ent0 mar gaya kya", "kya ent0 marta hai", "ent0 mara ya nahi": whether they die
    (rf"^\W*(?:kya )?{_SLOT} (?:sach me |sach mein |really )?{_DIES}(?: {_IS})?(?: (?:ya nahi|ki nahi|or not))?{_TAIL}",
     r"does \1 die"),
    # "ent0 ka kya hua end me", "ent0 ke saath kya hota hai": what happens to them (at the end)
    (rf"^\W*{_SLOT} (?:ka|ke saath|ke sath|ki) kya (?:hua|hota {_IS}|hoga|hui)(?: {_END})?{_TAIL}", r"what happens to \1"),
    (rf"^\W*(?:{_END} )?{_SLOT} (?:ka|ke saath|ke sath|ki) kya (?:hua|hota {_IS}|hoga|hui){_TAIL}", r"what happens to \1"),
    # "season 2 kab aayega", "kab aayega season 2", "s2 kab release hoga": when it comes out
    (rf"^\W*{_SEASON} kab (?:tak )?{_COMES}{_TAIL}", r"when does \1 come out"),
    (rf"^\W*kab (?:tak )?{_COMES} {_SEASON}{_TAIL}", r"when does \1 come out"),
    # "kaun kaun zinda bacha end me", "end me kaun bachta hai": who survives
    (rf"^\W*(?:{_END} )?(?:kaun|kon)(?: kaun| kon)? (?:zinda )?(?:bacha|bache|bachi|bachta {_IS}|bachte {_IS}|zinda {_IS}"
     rf"|survive kart[ae] {_IS})(?: {_END})?{_TAIL}", r"who survives at the end"),
    # "kitne episodes hai": how many episodes; "season 2 me kitne episode hai", "kitne ep hain s2 me": of the season said
    # (never read as the show's, which answers season 1's count to a question about season 2)
    (rf"^\W*{_SEASON_SAID} {_IN} kitne (?:episodes?|eps?)(?: {_IS})?{_TAIL}", r"how many episodes are in \1"),
    (rf"^\W*kitne (?:episodes?|eps?)(?: {_IS})? {_SEASON_SAID} {_IN}{_TAIL}", r"how many episodes are in \1"),
    (rf"^\W*kitne (?:episodes?|eps?)(?: {_IS})?{_TAIL}", r"how many episodes are there"),
    # "kahan dekhe", "kahan dekh sakte hai": where to watch it
    (rf"^\W*(?:ye |yeh |isko |ise )?(?:kahan|kaha) (?:pe |par )?(?:dekhe|dekhu|dekh sakte {_IS}|dekhna {_IS}|dekh sakta {_IS}){_TAIL}",
     r"where can i watch it"),
    # "hindi me hai kya", "hindi dubbed hai kya": a Hindi dub, which the sources never name
    (rf"^\W*(?:kya )?(?:ye |yeh )?hindi (?:{_IN} |dubbed |dub )(?:bhi )?(?:available )?(?:{_IS}|milega|aayega){_TAIL}",
     r"is there a hindi dub"),
))


def gloss_hinglish(text: str) -> str:
    """`text` as the English question its Hinglish says, or `text` itself when it is no Hinglish question."""
    if not any(w.casefold() in _MARKERS for w in _WORD.findall(text)):
        return text
    plain = re.sub(r"\s+", " ", text).strip()
    read = rewrite_in_turn(plain, _SHAPES)
    return read if read != plain else text  # no shape read: left exactly as typed for the other languages' readers


# Hindi's feminine "gayi" (went: "mar gayi", died; "bach gayi", survived) is spelt as Yoon Ga-i's given name (Ga-yi):
# after a verb it is the verb's ending, read as its masculine "gaya" before names are looked for
_GAYI = compile_later(r"\b(mar|bach|ho|chali|chal|aa|reh|rah|ban)\s+(?:gayi|gyi|gai)\b", re.I)


def hinglish_before_names(raw: str) -> str:
    """`raw` with a Hindi verb ending that reads as a name ("mar gayi") put as one that does not ("mar gaya")."""
    folded = raw.casefold()
    return _GAYI.sub(r"\1 gaya", raw) if "gayi" in folded or "gyi" in folded or " gai" in folded else raw
