"""A clock time or a day of the month said beside an episode, dropped so the place is read as it is without them.

Plain text in (lower-cased, apostrophes gone, by bot.progress_said.chat_free), plain text out:

- a day of the month said first, before a verb that says the episode was watched ("on the 9th i watched ep 4", "dia 9
  vi o ep 4", "el 9 vi el cap 4", "9일에 4화 봤어", "ngày 9 mình đã xem tập 4"): the day dropped, never read as an
  episode. Only before a past verb: "dia 28 vou ver o ep 9" is a day to come, and a day before a verb without tense
  ("tanggal 9 nonton ep 4", "วันที่ 9 ดูตอน 4") may be one too, so it is asked again;
- a clock time beside a plan for tonight ("watching ep 8 at 10 minutes past 9 tonight", "jam 9 nanti malem ep 8",
  "tối nay 9 giờ xem tập 8", "hoje às 21h vejo o ep 8", "mamayang alas 9 ep 8", "a las 9 y 10 veo el cap 8"): the time
  dropped, the plan read as said without it (the one before is what was seen). A time with no plan beside it stays.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

_DAY = r"(?:[1-9]|[12]\d|3[01])"
_DAY_FIRST = compile_later(
    rf"^on the {_DAY}(?:st|nd|rd|th),? (?=i (?:watched|saw|finished)\b)"
    rf"|^(?:no )?dia {_DAY},? (?=(?:eu )?(?:vi|assisti|terminei)\b)"
    rf"|^el (?:d[ií]a )?{_DAY},? (?=(?:yo )?(?:vi|termin[eé]|acab[eé])\b)"
    rf"|^{_DAY}일(?:에|날)? (?=\d{{1,2}} ?화(?:를|까지)? ?(?:다 )?봤)"
    rf"|^(?:hôm )?ngày {_DAY},? (?=(?:mình |tôi |tui )?(?:đã (?:xem|coi)|(?:xem|coi) xong)\b)"
)
_CLOCK = r"(?:1[0-2]|[1-9])"
_TONIGHT_CLOCK = compile_later(
    # English, before "tonight": "at 10 minutes past 9", "at half past 9", "at a quarter to 10"
    rf" at (?:(?:\d{{1,2}}(?: minutes)?|half|(?:a )?quarter) past|(?:\d{{1,2}}(?: minutes)?|(?:a )?quarter) to) {_CLOCK}(?= tonight\b)"
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


def clock_free(text: str) -> str:
    """`text` without a day of the month said before what was watched, nor a clock time beside a plan for tonight."""
    text = _TONIGHT_CLOCK.sub("", _DAY_FIRST.sub("", text))
    return _LATER_AT.sub(lambda found: _LATER_AS[found.group()[0]], text)
