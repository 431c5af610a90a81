"""A clock time said beside a plan for tonight, dropped so the plan is read as it is without it.

Plain text in (lower-cased, apostrophes gone, by bot.progress_said.chat_free), plain text out: "watching ep 8 at 10
minutes past 9 tonight", "jam 9 nanti malem ep 8", "tối nay 9 giờ xem tập 8", "hoje às 21h vejo o ep 8", "mamayang alas 9
ep 8", "a las 9 y 10 veo el cap 8" are read as said without the time (a plan: the one before is what was seen), never
the hour as an episode; so is a time said first as where the day is ("its 10 past 9 and im only on ep 2", "9 giờ 10
phút rồi mà mới tập 2", "alas 9 na, ep 2 pa lang ako") and an episode to watch in a few minutes ("ep 5 in 10 minutes
after dinner", "อีก 10 นาทีดูตอน 5"; watched75). A time with no plan beside it stays. (A day of the month said first is
bot.progress_plans' _DATE_PAST.)
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.progress_thai import bare

_CLOCK = r"(?:1[0-2]|[1-9])"
_PAST_TO = r"(?:(?:\d{1,2}(?: minutes)?|half|(?:a )?quarter) past|(?:\d{1,2}(?: minutes)?|(?:a )?quarter) to)"
_TONIGHT_CLOCK = compile_later(
    # English, before "tonight": "at 10 minutes past 9", "at half past 9", "at a quarter to 10"
    rf" at {_PAST_TO} {_CLOCK}(?= (?:tonight|last night)\b)"
    # Indonesian, beside "nanti malam": "jam 9 nanti malem", "nanti malem jam 9"
    rf"|^jam {_CLOCK}(?:[.:][0-5]\d)? (?=nanti mal[ae]m\b)|(?<=nanti mal[ae]m) jam {_CLOCK}(?:[.:][0-5]\d)?\b"
    # Vietnamese, after "tối nay": "tối nay 9 giờ (10 phút|rưỡi) xem tập 8"
    rf"|(?<=tối nay) {_CLOCK} giờ(?: \d{{1,2}}(?: phút)?| rưỡi)?(?= (?:mình |tôi )?(?:sẽ )?(?:xem|coi)\b)"
    # Portuguese, after "hoje" or "à noite": "hoje às 21h vejo o ep 8"
    r"|(?<=hoje)(?: [aà] noite)? [aà]s (?:1\d|2[0-3]|[1-9])(?:h(?:[0-5]\d)?|:[0-5]\d)(?= (?:eu )?(?:vejo|assisto|vou ver|vou assistir)\b)"
)
# "mamayang alas 9 ep 8", "a las 9 y 10 veo el cap 8": a time later today said first, then the episode to watch.
_LATER_AT = compile_later(
    rf"^mamayang alas[- ]?{_CLOCK}(?: ng gabi)? (?=(?:ep|episode) ?\d{{1,2}}$)"
    rf"|^a las {_CLOCK}(?: y (?:\d{{1,2}}|media|cuarto)|:[0-5]\d)? (?=(?:veo|voy a ver) (?:el |la )?(?:cap|cap[ií]tulo|ep|episodio) ?\d)"
)
_LATER_AS = {"m": "mamayang gabi ", "a": "esta noche "}
# A time of day said first as where the day is, before the place: "its 10 past 9 and im only on ep 2", "9 giờ 10 phút rồi
# mà mới tập 2", "alas 9 na, ep 2 pa lang ako"; or said before a place seen or planned: "às 9 e 10 vou ver o ep 8", "a
# las 9 y 10 vi el cap 8" (never the hour as an episode: the place is read as said without it).
_NOW_AT = compile_later(
    rf"^its (?:{_PAST_TO} )?{_CLOCK}(?: (?:am|pm|already))?(?: and|,) "
    rf"|^{_CLOCK} giờ(?: \d{{1,2}}(?: phút)?| rưỡi)? rồi,? (?:mà |mà mình |mình )?(?=(?:mới |mới xem |đang |vẫn )?tập \d)"
    rf"|^alas[- ]?{_CLOCK} na,? (?=(?:nasa )?(?:ep|episode) ?\d)"
    rf"|^[aà]s {_CLOCK}(?: e (?:[1-5]?\d|meia)|h(?:[0-5]\d)?|:[0-5]\d)? (?=(?:eu )?(?:vou ver|vejo|vou assistir|assisto|vi|assisti) )"
)
# An episode to watch in a few minutes, after a meal: "ep 5 in 10 minutes after dinner", "gonna watch ep 5 in 10 minutes",
# "저녁 먹고 10분 뒤에 5화 볼 거", Thai "อีก 10 นาทีดูตอน 5": a plan (the one before it seen), as "ep 5 in 10 minutes" is read.
_SOON = compile_later(
    r"^(?:im )?(?:gonna|going to) watch (?=(?:ep|episode) \d{1,2} in \d{1,2} (?:minutes|mins)$)"
    r"|^(?:저녁|밥|점심) ?먹고 (?:\d{1,2} ?분 ?(?:뒤|후)에? )?(?=\d{1,2} ?화 볼)|^\d{1,2} ?분 ?(?:뒤|후)에 (?=\d{1,2} ?화 볼)"
)
_AFTER_MEAL = compile_later(r"(?P<soon>\d in \d{1,2} (?:minutes|mins)),? after (?:dinner|lunch|breakfast|school|work|class)$")
# "watching ep 8 at 10 minutes past 9": an episode being watched at a time said last, a plan for tonight.
_AT_END = compile_later(rf"^(?P<plan>(?:im )?watching (?:ep|episode) \d{{1,2}}) at {_PAST_TO} {_CLOCK}$")
# "watched ep 8 at 10 minutes past 9", "watched ep 8 with her at 10 past 9": when it was watched (watched76)
_SEEN_AT = compile_later(rf"^(?P<seen>(?:i )?(?:watched|finished|saw) (?:ep|episode) \d{{1,2}}(?: (?:with|w) (?:her|him|them|my [a-z]+))?)"
                         rf" at {_PAST_TO} {_CLOCK}(?: (?:with|w) (?:her|him|them|my [a-z]+(?: [a-z]+)?))?(?: (?:lol|lmao|haha\w*))?$")
# Thai: "คืนนี้สามทุ่มดูตอน 8" (tonight at nine), "อีก 10 นาทีดูตอน 5" (in ten minutes): tonight's plan without the hour.
# (matched bare: chat_free has dropped Thai's vowel and tone marks by then)
_THAI_SOON = compile_later(bare(r"(?<=คืนนี้) ?(?:หนึ่ง|สอง|สาม|สี่|ห้า|\d) ?ทุ่ม(?:ครึ่ง)? ?(?=ดู)|^อีก ?\d{1,2} ?นาที ?(?=ดูตอน ?\d)"))
_TONIGHT_THAI = bare("คืนนี้")


def clock_free(text: str) -> str:
    """`text` without a clock time said beside a plan for tonight or as where the day is."""
    text = _SOON.sub("", _AFTER_MEAL.sub(r"\g<soon>", _NOW_AT.sub("", _TONIGHT_CLOCK.sub("", text))))
    text = _THAI_SOON.sub(lambda found: "" if found.start() else _TONIGHT_THAI, text)
    text = _SEEN_AT.sub(r"\g<seen>", text)
    return _LATER_AT.sub(lambda found: _LATER_AS[found.group()[0]], _AT_END.sub(r"\g<plan> tonight", text))
