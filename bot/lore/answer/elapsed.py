"""Time asked as a span, read as the dates that give it (the sources date things; they never count years):

- "how long ago did s1 come out", "s1 was how many years ago", "how many years has it been since s1 came out",
  "is it 5 years since s1": the date season 1 came out;
- "how many years between s1 and s2", "how long is the gap between season 1 and season 2", "how long between
  seasons": the date season 1 came out, then what is known of season 2's (no date announced is said so).

Only season 1 or the show is measured from: "how long since the renewal" or "since filming started" is left as asked.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

_S1 = r"(?:s1|season 1|season one|the first season|the show|the series|aouad)"
_S2 = r"(?:s2|season 2|season two|the second season|the second one|2)"
_OUT = r"(?:came out|come out|was released|released|dropped|premiered|aired|first aired|was out|out)"
_SPAN = r"how (?:many years|many months|much time|long)"
_SINCE = compile_later(
    # "how many years has it been since s1 came out", "how long since aouad dropped" ("it" only with its verb)
    rf"^\W*{_SPAN}(?: has it been| is it| it ?'?s been| been)? since (?:{_S1}(?: {_OUT})?|it {_OUT})\W*$"
    # "how long ago did s1 come out", "how many years ago was season 1"
    rf"|^\W*{_SPAN} ago (?:did|was|were) (?:{_S1}|it) ?(?:come out|released|out|drop|premiere|air)?\W*$"
    # "s1 was how many years ago", "season 1 came out how long ago"
    rf"|^\W*{_S1} (?:was|came out|was released|dropped|premiered) {_SPAN} ago\W*$"
    # "is it 5 years since s1 (came out) in january", "has it been four years since season 1"
    rf"|^\W*(?:is it|has it been|it'?s been|its been) (?:almost |nearly |already |over |like )?(?:\d|one|two|three|four"
    rf"|five|six) years? since {_S1}(?: {_OUT})?(?: in [a-z]+| already| now)?\W*$"
)
_GAP = compile_later(
    # "how many years between s1 and s2", "how long is the gap between season 1 and season 2"
    rf"^\W*{_SPAN}(?: is| was| will it be| is there| will there be)?(?: the)?(?: gap| wait| break)? between "
    rf"(?:{_S1} and {_S2}|(?:the )?seasons(?: 1 and 2)?)\W*$"
)


def elapsed_asked(clauses: list[str]) -> list[str]:
    """Each clause asking a span of time as the questions whose dates give it; every other clause as it is."""
    out: list[str] = []
    for clause in clauses:
        plain = " ".join(clause.split())
        if _SINCE.match(plain):
            out.append("when did season 1 come out")
        elif _GAP.match(plain):
            out += ["when did season 1 come out", "when is season 2 coming out"]
        else:
            out.append(clause)
    return out
