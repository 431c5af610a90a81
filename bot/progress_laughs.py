"""A laugh typed before a place or between two clauses (watched71): "jajaja voy en el 3", "ㅋㅋㅋ 5화 봄", "hahaha nasa ep 5
pa lang ako" read as without it; "baru ep 3 wkwk adikku udah ep 10", "rewatched ep 1 for the 3rd time lol on ep 4" read
as two clauses, the laugh a comma (the clauses then say whose each place is).

A laugh after a place, at the end, is read past by bot.progress_said's tails. Thai "555" and Japanese "www" are never
taken here: "555 ตอน 8", "ep 555" may be numbers.

Plain text in (lower-cased, NFKC: a lone Korean letter is then a conjoining jamo), plain text out.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

SPOKEN_LAUGH = r"(?>lol|lmao|lmfao|ha(?:ha)+h?|he(?:he)+|ja(?:ja)+j?|je(?:je)+|k{3,}|rs(?:rs)+|wk(?:wk)+w?|[ㅋㅎᄏᄒ]{2,})"
_LEADING = compile_later(r"^(?:" + SPOKEN_LAUGH + r",? )+")
# (never before a taking back: "to no ep 7 kkkk mentira nem comecei" is asked again, as before watched71)
_BETWEEN = compile_later(r"(?<=\w) " + SPOKEN_LAUGH + r",?(?= (?!mentira|jk|brincadeira|bercanda|charot|joke)\w)")


def laughs_free(text: str) -> str:
    """`text` without a laugh before it, and a laugh between two clauses a comma (above)."""
    return _BETWEEN.sub(",", _LEADING.sub("", text))
