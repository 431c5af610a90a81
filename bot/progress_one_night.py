"""What is said of one day or night alone, never where the fan is. A count of episodes said watched in one day or night ("tonight i watched 6 eps", "hoje vi 6 episódios", "esta noche vi
6 capítulos", "malam ini nonton 6 episode"): how many were watched then, never where the fan is (watched78: read as
episode 6, past where a fan who began the night at episode 4 is). The clause is dropped: alone, the fan is asked again;
beside a place ("watched 6 eps tonight, on ep 8"), the place is read. A count with no day ("watched 6 eps", "6 eps in")
counts from the start and is left as it is, and so is one said from where it began ("from ep 1"; "started from ep 1
tonight and watched 6 eps", the start in a clause of its own: eps 1-6). Done for the night
or for now ("im done now", "now im done", "im done tonight", "done for tonight", "acabei por hoje", "오늘은 여기까지",
"วันนี้พอแค่นี้"): the fan stops watching, no end of the show (watched78: "im done now" and "im done tonight" were all of
season 1 while "now im done" and "tonight im done" were asked again); dropped the same way ("done for tonight, on ep 5": 5).
Said alone, each is refused in words that fit it (`one_night_told`: "im done now" says you stopped but not where).

Plain text in (lower-cased by bot.progress_said.chat_free), plain text out; nothing here knows the show.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.progress_laughs import SPOKEN_LAUGH
from bot.progress_thai import bare

# a day or a night, past or this one
_DAY = (r"(?:tonight|today|last night|this (?:morning|afternoon|evening)|yesterday|hoje(?: (?:[aà] )?noite)?|ontem(?: (?:[aà] )?noite)?"
        r"|esta noche|hoy|anoche|ayer|malam ini|hari ini|tadi malam|tadi|semalam|kemarin|ngayong gabi|ngayong araw|kagabi|kahapon"
        r"|tối nay|tối qua|hôm nay|hôm qua|đêm qua)")
_COUNT = r"(?:like |about |only |just |around |unos |uns |sekitar |mga )?\d{1,2}"
# the count said watched, in each language, with the day first or last (never "6 more", a count still to come)
_WATCHED = (rf"(?:(?:i |we |eu |yo |aku |gue |gw |saya )?(?:(?:have |ve |already |udah |sudah |dah |ya |já )?)"
            rf"(?:watched|binged|saw|got through|finished|vi|assisti|maratonei|terminei|mir[eé]|termin[eé]|nonton|xem(?: được)?)"
            rf"|nanood (?:ako|kami) ng|nakapanood (?:ako|kami) ng) {_COUNT}"
            r"(?: na)? (?:eps|episodes|epis[oó]dios|episodios|cap[ií]tulos|caps|episode|tập)"
            # ... of this show, named ("tonight i watched 6 eps of aouad": review72b, episode 6 saved)
            r"(?: (?:of|de|dari) (?:the show|this (?:one|show|series)|aouad|all of us are dead))?")
# where such a clause begins and ends: a word opening it ("ok im done now", "omg im done now") and a laugh or a word closing
# it ("im done now lol", "watched 6 eps last night lol", "i watched 6 eps tonight fr"; an emoji read past leaves a space):
# the same clause (review72b: "im done now lol", "im done now 😭", "ok im done now" were all of season 1)
_OPENS = r"(?:^|(?<=[,;.!] ))(?:(?:ok(?:ay)?|omg|welp|well|so|alright|yeah|ugh|bruh|and|but),? )?"
_CLOSES = rf"(?: (?:{SPOKEN_LAUGH}|omg|fr|tbh|ngl|xd))*(?=[,;.!]|\s*$)"
# hours spent watching ("vi 2 horas", "nonton 2 jam", "xem 2 tiếng rồi", "ดูไป 2 ชั่วโมง"): how long, never where (watched78)
_HOURS = compile_later(rf"{_OPENS}(?:(?:i )?(?:watched|binged|vi|assisti|nonton|xem)(?: được)? (?:like |about |uns |unos |sekitar )?\d{{1,2}}"
                       rf" ?(?:hours?|hrs?|horas?|jam|tiếng|oras)(?: rồi| na| lagi| already)?{_CLOSES}"
                       rf"|{bare('ดู')}(?:{bare('ไป')})? ?\d{{1,2}} ?{bare('ชั่วโมง')}(?: ?{bare('แล้ว')})?(?=[,;.!\s]|$))")
# ... and a feeling after it, no number nor any word of where ("tonight i watched 6 eps and im hooked": review72b, episode 6 saved)
_AND_FELT = r"(?: and (?![^,;.!]*(?:\d|\b(?:finish\w*|done|end\w*|all|whole|season|s|eps?|episodes?|on|at|up|now|still|rest|last)\b))[^,;.!]*)?"
_DAY_COUNT = compile_later(rf"{_OPENS}(?:{_DAY},? {_WATCHED}|{_WATCHED},? {_DAY}){_AND_FELT}{_CLOSES}")
# said from where it began: "started from ep 1 tonight and watched 6 eps", "from the start", "watched 3 eps last night,
# first time watching" (watched_blind8): a count that is a place
_FROM_START = compile_later(r"\bfirst time\b|\bfrom (?:the (?:start|beginning)|(?:ep|episode) ?1\b)|\bdesde (?:el|o) (?:principio|come[cç]o|in[ií]cio)\b")
# ...the start said in a clause of its own ("started from ep 1 tonight and watched 6 eps"): eps 1-6
_STARTED_FROM_ONE = compile_later(rf"(?:^|(?<=[,;.!] ))(?:i |we )?(?:started|began) (?:from |at |with )?(?:ep|episode) ?1(?: {_DAY})?,?"
                                  rf" (?:and |then )?(?P<count>{_WATCHED})(?: {_DAY})?(?=[,;.!]|$)")
_NOW = r"(?:tonight|today|now|for (?:tonight|today|now|the night|the day))"
_STOPPED_FOR_NOW = compile_later(
    rf"{_OPENS}(?:(?:(?:{_NOW},? (?:im |i am |were |we are )?(?:all )?done|(?:im |i am |were |we are )?(?:all )?done,? {_NOW})"
    r"|(?:acabei|terminei|parei|chega) por hoje|por hoje (?:é|e) s[oó]|(?:ya )?(?:termin[eé]|acab[eé]|es todo) por hoy|hasta aqu[ií] por hoy"
    r"|(?:udah(?:an)?|segitu|cukup) dulu(?: (?:buat|untuk) (?:malam ini|hari ini))?|cukup (?:buat|untuk) (?:malam ini|hari ini)"
    r"|tapos na (?:ako|muna) (?:para )?(?:ngayong gabi|ngayong araw|ngayon)|hanggang dito (?:muna )?(?:ngayong gabi|ngayon)"
    rf"|(?:hôm nay|tối nay) xem (?:đến|tới) đây thôi|(?:hôm nay|tối nay) (?:dừng|nghỉ) (?:ở|tại) đây){_CLOSES}"
    # (Korean and Thai say the next clause after a space)
    rf"|(?:오늘 ?(?:은|는)? 여기까지|(?:{bare('วันนี้')}|{bare('คืนนี้')}) ?{bare('พอแค่นี้')})(?=[,;.!\s]|$))")
_DIGITS = compile_later(r"\d{1,2}")
_LEFT_OVER = compile_later(r"^[\s,;.!]+|[\s,;]+$")


def _from_the_start(count: re.Match[str]) -> str:
    return f"watched eps 1-{_DIGITS.search(count.group())[0]}"  # type: ignore[index]


def _started_from_one(said: re.Match[str]) -> str:
    return f"watched eps 1-{_DIGITS.search(said['count'])[0]}"  # type: ignore[index]


def one_night_free(text: str) -> str:
    """`text` without a count of episodes said watched in one day or night, nor a stop for the night (see above)."""
    # (from the start, the count is the episodes watched, said so for each clause read alone)
    text = _STARTED_FROM_ONE.sub(_started_from_one, text)
    counted = _DAY_COUNT.sub(_from_the_start, text) if _FROM_START.search(text) else _DAY_COUNT.sub("", text)
    dropped = _HOURS.sub("", _STOPPED_FOR_NOW.sub("", counted))
    return text if dropped == text else _LEFT_OVER.sub("", dropped.replace(", ,", ","))


def one_night_told(text: str) -> str:
    """What a message all of one night says (`text` as `one_night_free` reads it), in words that fit what the fan wrote."""
    if _STOPPED_FOR_NOW.search(text):
        return "says you stopped but not where"  # "im done now", "done for tonight", "오늘은 여기까지" (for now, or for good)
    if _HOURS.search(text):
        return "says how long you watched, not how far you are"  # "watched 2 hours", "nonton 2 jam"
    return "says how many episodes you watched, not how far you are"  # "tonight i watched 6 eps", "hoje vi 6 episódios"
