"""A clock time said beside a plan for tonight, dropped so the plan is read as it is without it.

Plain text in (lower-cased, apostrophes gone, by bot.progress_said.chat_free), plain text out: "watching ep 8 at 10
minutes past 9 tonight", "jam 9 nanti malem ep 8", "tối nay 9 giờ xem tập 8", "hoje às 21h vejo o ep 8", "mamayang alas 9
ep 8", "a las 9 y 10 veo el cap 8" are read as said without the time (a plan: the one before is what was seen), never
the hour as an episode. A time with no plan beside it stays. (A day of the month said first is
bot.progress_plans' _DATE_PAST.)
"""

from __future__ import annotations

from bot.lazy_re import compile_later

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
    """`text` without a clock time said beside a plan for tonight."""
    text = _TONIGHT_CLOCK.sub("", text)
    return _LATER_AT.sub(lambda found: _LATER_AS[found.group()[0]], text)
