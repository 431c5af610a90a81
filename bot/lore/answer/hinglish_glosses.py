"""Hinglish (Hindi typed in Latin letters) questions read as English (`gloss_hinglish`), as foreign_glosses.py does
for Spanish, Portuguese, Indonesian and Tagalog: "season 2 kab aayega" -> "when does season 2 come out"; "ent0 zinda
hai kya" -> "is ent0 still alive"; "ent0 ko kisne maara" -> "who kills ent0"; "ent0 ka kya hua end me" -> "what happens
to ent0 at the end"; "ent0 kis episode me marta hai" -> "which episode does ent0 die"; "ent0 zombie ban jaati hai kya" ->
"does ent0 turn into a zombie"; "ent0 ke papa mar jaate hai kya" -> "does ent0's father die"; "season 2 aa gayi kya" ->
"is season 2 out".

India is one of the show's big audiences; without these such a question got "I don't know that". Only a whole
question in one of the shapes below is read (Hindi's word order differs from English), and only when it holds a
word no English question uses ("kya", "kab", "zinda", ...): an English question never changes. Chat said first
("yaar", "arre", or a whole clause before a comma: "main abhi jaa raha hu dekhne, total kitne episode hai") asks nothing. Names have already
become slots (ent0, ent1) when this runs, so a name is never read as a word here; what comes out is read by every
other reader as an English question is, hidden past the mark alike.
"""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later, rewrite_in_turn
from bot.lore.answer.words import LETTERS, says_any

# words that mark the question as Hinglish (none is an English question word)
_MARKERS = frozenset("""
    kya kab kaun kon maut kitne kitni kahan kaha zinda hua hui hoga marta marti mara mari gaya gayi gya gyi aayega aayegi
    ayega ayegi aaega aaegi aega aa raha rha hai hain bacha bache bachi bachta bachte dekhe dekhu dekhna sakte mein mai
    jaate jaati jaata jata jati banti banta bante rehti rehta rahti rahta kaunse konse aage bhai mummy papa aur saath pasand karta karti karte
    kisne kisnay role kirdar kirdaar
""".split())
# a relative said the Hindi way round ("ent0 ke papa", "ent0 ki mummy", "ent0 ka bhai"): read "ent0's father" first
_KIN = {"papa": "father", "pita": "father", "pitaji": "father", "dad": "father", "daddy": "father", "abbu": "father",
        "mummy": "mother", "mumma": "mother", "mummi": "mother", "maa": "mother", "mom": "mother", "ammi": "mother",
        "bhai": "brother", "bhaiya": "brother", "behen": "sister", "behan": "sister", "didi": "sister",
        "boyfriend": "boyfriend", "bf": "boyfriend", "girlfriend": "girlfriend", "gf": "girlfriend"}
_RELATIVE = compile_later(r"\b(ent\d+) (?:ke|ki|ka) (" + "|".join(sorted(_KIN, key=len, reverse=True)) + r")\b", re.I)
_SLOT = r"(ent\d+(?:'s (?:father|mother|brother|sister|boyfriend|girlfriend))?)"
# someone described rather than named ("the class president"): read by the English reader as a description is
_WHO = r"(ent\d+(?:'s (?:father|mother|brother|sister|boyfriend|girlfriend))?|the [a-z]+(?: [a-z]+){0,3}?)"
_IS = r"(?:hai|he|h|hain|tha|thi)"
_DIES = r"(?:mar (?:gaya|gayi|gya|gyi|jata|jati|jaata|jaati|jaate|jate)|marta|marti|marte|mara|mari|mrta|mar)"
# "zombie ban jaati hai", "zombie bana": turned (a halfbie is asked the same way)
_TURNS = r"(?:zombie|halfbie|hambie) (?:ban (?:gaya|gayi|gya|gyi|jata|jati|jaata|jaati|jaate)|banta|banti|bante|bana|bani)"
_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?"
           r"|nov(?:ember)?|dec(?:ember)?)")
_WHICH = r"(?:kis|kaunse|kaun se|konse|kon se|kaunsi|kaun si|konsi)"
_IN = r"(?:me|mein|mai|mei)"
_END = rf"(?:end|last|aakhir|akhir|ending) {_IN}"
_SEASON = r"(season \d|s\d|(?:next|new|agla|agle|agli) season)"
_SEASON_SAID = r"(season \d|s\d)"
_COMES = (r"(?:aayega|aayegi|ayega|ayegi|aaega|aaegi|aega|aegi|aa (?:raha|rha|rahi|rhi) (?:hai|he|h)|release hoga|release hogi"
          r"|aayega kya|niklega|aa (?:jayega|jaayega|jayegi|jaayegi|jaega|jaegi))")
_TAIL = r"(?: (?:kya|bhai|bro|yaar|yr|na|re|aage|baad me|baad mein))*\W*$"
# chat said first ("yaar", "bhai", "arre"): asks nothing
_LEAD = r"^\W*(?:(?:yaar|yr|bhai|bro|arre|are|accha|acha|achha|ok|okay)\W+)*"
_WHO_DID = r"(?:kisne|kisnay|kis ne)"  # who, as the one who did it
_KILLED = r"(?:maara|mara|maari|mari|maar (?:diya|dia|dala|daala|di|dali|daali)|maar)"
# plays a part, said now or as a habit ("karta hai", "kar raha hai", "nibha rahi hai")
_PLAYS = r"(?:karta|karti|karte|nibhata|nibhati|(?:kar|nibha) (?:raha|rahi|rahe|rha|rhi|rhe))"
# comes back or is seen in a season ("aayega", "aa rahi hai", "wapas aayegi", "dikhega")
_IN_IT = (r"(?:(?:wapas |vapas )?(?:aayega|aayegi|ayega|ayegi|aaega|aaegi|aa (?:raha|rahi|rha|rhi) (?:hai|he|h))"
          r"|hoga|hogi|dikhega|dikhegi)")
_BIT = r"(?:kaata|kata|kaati|kati|kaat (?:liya|lia|li|diya|khaya)|kaat)"

_SHAPES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(p, re.I), e) for p, e in (
    # "ent0 ka role kisne kiya", "ent0 ka role kaun karta hai", "ent0 ka character kisne play kiya", "ent0 ka role kaun
    # kar raha hai", "ent0 ka role kis actress ne kiya": who plays them
    (rf"{_LEAD}{_SLOT} (?:ka|ki) (?:role|character|kirdar|kirdaar) (?:(?:{_WHO_DID}|kis (?:actor|actress|hero|heroine) ne) "
     rf"(?:play )?(?:kiya|kia|nibhaya)(?: {_IS})?|kaun (?:play )?{_PLAYS}(?: {_IS})?|kaun){_TAIL}",
     r"who plays \1"),
    # "ent0 ko kisne maara", "kisne maar dala ent0 ko", "ent0 ko kaata kisne": who killed or bit them (before "ent0 mara",
    # whether they die, reads the verb)
    (rf"{_LEAD}(?:kya )?{_SLOT} (?:ko )?(?:{_WHO_DID} {_KILLED}|{_KILLED} {_WHO_DID})(?: {_IS})?{_TAIL}", r"who kills \1"),
    (rf"{_LEAD}{_WHO_DID} (?:{_SLOT} (?:ko )?{_KILLED}|{_KILLED} {_SLOT}(?: ko)?)(?: {_IS})?{_TAIL}", r"who kills \1\2"),
    (rf"{_LEAD}(?:kya )?{_SLOT} (?:ko )?(?:{_WHO_DID} {_BIT}|{_BIT} {_WHO_DID})(?: {_IS})?{_TAIL}", r"who bites \1"),
    (rf"{_LEAD}{_WHO_DID} (?:{_SLOT} (?:ko )?{_BIT}|{_BIT} {_SLOT}(?: ko)?)(?: {_IS})?{_TAIL}", r"who bites \1\2"),
    # "ent0 zinda hai kya", "kya ent0 abhi bhi zinda hai", "ent0 bach gaya kya": whether they live
    (rf"{_LEAD}(?:kya )?{_SLOT} (?:abhi bhi |ab bhi |abhi tak |still )?(?:(?:last|end|aakhir|akhir) tak )?(?:zinda (?:rehta|rehti|rahta|rahti|rehte) {_IS}|zinda {_IS}|zinda|bach (?:gaya|gayi|gya|gyi)|bacha|bachi"
     rf"|(?:bachta|bachti|bachte)(?: {_IS})?)"
     rf"(?: (?:ya nahi|ki nahi|or not))?{_TAIL}", r"is \1 still alive"),
    # "ent0 kis episode me marta hai", "kis ep me ent0 mara": the episode of a death
    (rf"{_LEAD}{_WHO} {_WHICH} (?:episode|ep|eps) {_IN} {_DIES}(?: {_IS})?{_TAIL}", r"which episode does \1 die"),
    # "ent0 ki maut kis episode me hoti hai", "kis episode me ent0 ki maut hui": the episode of a death, said as a noun
    (rf"{_LEAD}{_WHO} (?:ki|ka) (?:maut|death) {_WHICH} (?:episode|ep|eps) {_IN} (?:hoti|hota|hui|hua|hogi)(?: {_IS})?{_TAIL}",
     r"which episode does \1 die"),
    (rf"{_LEAD}{_WHICH} (?:episode|ep|eps) {_IN} {_WHO} (?:ki|ka) (?:maut|death) (?:hoti|hota|hui|hua|hogi)(?: {_IS})?{_TAIL}",
     r"which episode does \1 die"),
    (rf"{_LEAD}{_WHICH} (?:episode|ep|eps) {_IN} {_SLOT} {_DIES}(?: {_IS})?{_TAIL}", r"which episode does \1 die"),
    # "ent0 mar gaya kya", "kya ent0 marta hai", "ent0 mara ya nahi": whether they die
    (rf"{_LEAD}(?:kya )?{_WHO} (?:sach me |sach mein |really )?{_DIES}(?: {_IS})?(?: (?:ya nahi|ki nahi|or not))?{_TAIL}",
     r"does \1 die"),
    # "ent0 zombie ban jaati hai kya": whether they turn; "ent0 kab zombie banti hai", "kis episode me": which episode
    (rf"{_LEAD}(?:kya )?{_WHO} {_TURNS}(?: {_IS})?(?: (?:ya nahi|ki nahi|or not))?{_TAIL}", r"does \1 turn into a zombie"),
    (rf"{_LEAD}{_WHO} (?:kab|{_WHICH} (?:episode|ep|eps) {_IN}) {_TURNS}(?: {_IS})?{_TAIL}",
     r"which episode does \1 turn into a zombie"),
    # "ent0 ka bhai kaun hai" (read "ent0's brother kaun hai"): who they are
    (rf"{_LEAD}(?:ye |yeh )?{_SLOT} (?:kaun|kon) {_IS}{_TAIL}", r"who is \1"),
    # "ent0 aur ent1 saath hai kya", "kya ent0 aur ent1 couple hai": whether they are a couple; "ka kya scene hai": what
    # is between them
    (rf"{_LEAD}(?:kya )?{_SLOT} (?:aur|or|and|&) {_SLOT} (?:ek )?(?:saath|sath|together|couple|pyaar me|relationship me)"
     rf"(?: {_IN})?(?: {_IS})?(?: (?:ya nahi|ki nahi|or not))?{_TAIL}", r"are \1 and \2 dating"),
    (rf"{_LEAD}{_SLOT} (?:aur|or|and|&) {_SLOT} (?:ka|ke beech|ke bich) (?:kya )?scene {_IS}{_TAIL}", r"what happened between \1 and \2"),
    # "ent0 ent1 ko pasand karta hai kya": whether one likes the other; "ent1 ko kaun pasand karta hai": who likes them;
    # "kya ent0 aur ent1 kiss karte hai": whether they kiss
    (rf"{_LEAD}(?:kya )?{_SLOT} {_SLOT} (?:ko|se) (?:pasand|like|pyaar|pyar) (?:karta|karti|karte) {_IS}(?: (?:ya nahi|ki nahi))?{_TAIL}",
     r"does \1 like \2"),
    (rf"{_LEAD}{_SLOT} (?:ko|se) (?:kaun|kon) (?:pasand|like|pyaar|pyar) (?:karta|karti|karte) {_IS}{_TAIL}", r"who likes \1"),
    (rf"{_LEAD}(?:kya )?{_SLOT} (?:aur|or|and|&) {_SLOT} (?:kiss|kis) (?:karte|kiye|kar lete|karenge) {_IS}?{_TAIL}",
     r"do \1 and \2 kiss"),
    # "ent0 ka kya hua end me", "ent0 ke saath kya hota hai": what happens to them (at the end)
    (rf"{_LEAD}{_SLOT} (?:ka|ke saath|ke sath|ki) kya (?:hua|hota {_IS}|hoga|hui)(?: {_END})?{_TAIL}", r"what happens to \1"),
    (rf"{_LEAD}(?:{_END} )?{_SLOT} (?:ka|ke saath|ke sath|ki) kya (?:hua|hota {_IS}|hoga|hui){_TAIL}", r"what happens to \1"),
    # "season 2 kab aayega", "kab aayega season 2", "s2 kab release hoga": when it comes out
    (rf"{_LEAD}{_SEASON} kab (?:tak )?{_COMES}{_TAIL}", r"when does \1 come out"),
    (rf"{_LEAD}kab (?:tak )?{_COMES} {_SEASON}{_TAIL}", r"when does \1 come out"),
    # "season 2 ka wait kab khatam hoga": when the wait ends, when it comes out
    (rf"{_LEAD}{_SEASON} (?:ka|ki) (?:wait|intezaar|intezar|intjar) kab (?:khatam|khtm|khatm|pura) (?:hoga|hogi){_TAIL}",
     r"when does \1 come out"),
    # "season 2 aa gaya kya", "kya s2 release ho gaya": whether it is out ("aa gayi" is read "aa gaya" before names)
    (rf"{_LEAD}(?:kya )?{_SEASON} (?:aa gaya|aa gya|aaya|aayi|aa chuka {_IS}|aa chuki {_IS}|release ho gaya|release hua"
     rf"|release ho chuka {_IS}|nikal gaya)(?: {_IS})?{_TAIL}", r"is \1 out"),
    # "kya season 2 2027 me aayega": whether it comes out then
    (rf"{_LEAD}(?:kya )?{_SEASON} ((?:{_MONTHS} )?20\d\d|{_MONTHS}) {_IN} {_COMES}{_TAIL}", r"is \1 coming out in \2?"),
    # "s2 ka trailer kab aayega", "trailer kab aayega": its trailer (none yet)
    (rf"{_LEAD}(?:{_SEASON} (?:ka )?)?(?:trailer|teaser) kab (?:tak )?{_COMES}{_TAIL}", r"is there a trailer yet"),
    # "kaun kaun zinda bacha end me", "end me kaun bachta hai": who survives
    (rf"{_LEAD}(?:{_END} )?(?:kaun|kon)(?: kaun| kon)? (?:zinda )?(?:bacha|bache|bachi|bachta {_IS}|bachte {_IS}|zinda {_IS}"
     rf"|survive kart[ae] {_IS})(?: {_END})?{_TAIL}", r"who survives at the end"),
    # "season 2 me onjo hai kya", "namra s2 me aayegi kya": whether someone is in it (the announced cast, hidden as far as
    # it tells who lives)
    (rf"{_LEAD}(?:kya )?{_SEASON_SAID} {_IN} {_SLOT} (?:{_IS}|{_IN_IT})(?: (?:ya nahi|ki nahi))?{_TAIL}", r"is \2 in \1"),
    (rf"{_LEAD}(?:kya )?{_SLOT} {_SEASON_SAID} {_IN} (?:bhi )?(?:{_IS}|{_IN_IT})(?: (?:ya nahi|ki nahi))?{_TAIL}", r"is \1 in \2"),
    # "season 2 me kon kon hai", "kaun kaun hai s2 me", "s2 ki cast kya hai": who is in it (its announced cast)
    (rf"{_LEAD}{_SEASON_SAID} {_IN} (?:kaun|kon)(?: kaun| kon)? (?:{_IS}|hoga|honge|aayega|aayenge|aa rahe {_IS}){_TAIL}", r"who is in \1"),
    (rf"{_LEAD}(?:kaun|kon)(?: kaun| kon)? {_IS} {_SEASON_SAID} {_IN}{_TAIL}", r"who is in \1"),
    (rf"{_LEAD}{_SEASON_SAID} (?:ki|ka) (?:cast|star ?cast) (?:kya|kaun|kon) {_IS}{_TAIL}", r"who is in \1"),
    # "kitne episodes hai": how many episodes; "season 2 me kitne episode hai", "kitne ep hain s2 me", "season 2 kitne
    # episode ka hai", "s2 ke kitne episode honge": of the season said
    # (never read as the show's, which answers season 1's count to a question about season 2)
    (rf"{_LEAD}{_SEASON_SAID} (?:{_IN} |ke |ka |ki )?kitne (?:episodes?|eps?)(?: (?:ka|ki|ke))?(?: (?:{_IS}|honge|hoga|aayenge))?{_TAIL}",
     r"how many episodes are in \1"),
    (rf"{_LEAD}kitne (?:episodes?|eps?)(?: {_IS})? {_SEASON_SAID} {_IN}{_TAIL}", r"how many episodes are in \1"),
    # "kitne episodes hai", "total kitne episode hai": how many episodes (of the show)
    (rf"{_LEAD}(?:the show |ye show |ye |isme |total )*kitne (?:episodes?|eps?)(?: (?:ka|ki|ke))?(?: {_IS})?{_TAIL}", r"how many episodes are there"),
    # "kahan dekhe", "kahan dekh sakte hai": where to watch it
    (rf"{_LEAD}(?:ye |yeh |isko |ise )?(?:show |series )?(?:kahan|kaha) (?:pe |par )?(?:dekhe|dekhu|dekh sakte {_IS}|dekhna {_IS}|dekh sakta {_IS}){_TAIL}",
     r"where can i watch it"),
    (rf"{_LEAD}{_SEASON} (?:kahan|kaha) (?:pe |par )?(?:dekhe|dekhu|dekh sakte {_IS}|dekhna {_IS}|dekh sakta {_IS}|aayega|aayegi){_TAIL}",
     r"where can i watch \1"),
    # "hindi me hai kya", "hindi dubbed hai kya": a Hindi dub, which the sources never name
    (rf"{_LEAD}(?:kya )?(?:ye |yeh )?hindi (?:{_IN} |dubbed |dub )(?:bhi )?(?:available )?(?:{_IS}|milega|aayega){_TAIL}",
     r"is there a hindi dub"),
))


def gloss_hinglish(text: str) -> str:
    """`text` as the English question its Hinglish says, or `text` itself when it is no Hinglish question."""
    if not says_any(text, _MARKERS):
        return text
    plain = _RELATIVE.sub(lambda m: f"{m.group(1)}'s {_KIN[m.group(2).casefold()]}", re.sub(r"\s+", " ", text).strip())
    read = _NEXT.sub("next season", rewrite_in_turn(plain, _SHAPES))
    if read == plain and (cut := _LAST_CLAUSE.search(plain)):
        # chat said first, then the question ("main abhi jaa raha hu dekhne, total kitne episode hai"): the question
        tail = cut.group(1)
        read = rewrite_in_turn(tail, _SHAPES)
        return read if read != tail else text
    return read if read != plain else text  # no shape read: left exactly as typed for the other languages' readers


_NEXT = compile_later(r"\bag(?:la|le|li) season\b", re.I)  # "agla season": the next one
_LAST_CLAUSE = compile_later(r"[,.!;]\s+([^,.!;]+)$")


# Hindi's feminine "gayi" (went: "mar gayi", died; "bach gayi", survived) is spelt as Yoon Ga-i's given name (Ga-yi):
# after a verb it is the verb's ending, read as its masculine "gaya" before names are looked for
_GAYI = compile_later(r"\b(mar|bach|ho|chali|chal|aa|reh|rah|ban)\s+(?:gayi|gyi|gai)\b", re.I)


# ... and in a Hinglish question any "gayi" is that ending ("neend udd gayi": sleep flew away), unless "Yoon" is said
_ANY_GAYI = compile_later(r"(?<!yoon )(?<!yoon)\b(?:gayi|gyi)\b", re.I)
# "hari om": a greeting, never Jang Ha-ri
_GREETING = compile_later(r"^\W*hari\s+om\b\W*", re.I)
# Indonesian "berapa hari lagi" (how many days more, a countdown): the days, never Jang Ha-ri
_DAYS_LEFT = compile_later(r"\bberapa\s+hari(?=\s+lagi\b)", re.I)


def hinglish_before_names(raw: str) -> str:
    """`raw` with a Hindi verb ending that reads as a name ("mar gayi") put as one that does not ("mar gaya"), and a
    greeting that reads as one ("hari om") left out (and Indonesian's "berapa hari lagi" put as "berapa lama lagi")."""
    folded = raw.casefold()
    if "hari" in folded:
        raw = _DAYS_LEFT.sub("berapa lama", _GREETING.sub("", raw))
    if "gayi" in folded or "gyi" in folded or " gai" in folded:
        raw = _GAYI.sub(r"\1 gaya", raw)
        if sum(w.casefold() in _MARKERS for w in LETTERS.findall(raw)) >= 2:
            raw = _ANY_GAYI.sub("gaya", raw)
    return raw
