"""Time asked as a span, read as the dates that give it (the sources date things; they never count years):

- "how long ago did s1 come out", "s1 was how many years ago", "how many years has it been since s1 came out",
  "is it 5 years since s1": the date season 1 came out;
- "how many years between s1 and s2", "how long is the gap between season 1 and season 2", "how long between
  seasons": the date season 1 came out, then what is known of season 2's (no date announced is said so).

- "how long between the webtoon and the show", "how long since s2 was renewed", "time between s1 release and the
  renewal", "how long between the first teaser and the release": the dates of the things named, each as its own ask;
- "how long since the outbreak started in the show", "how many days does s1 cover", "how much time passes before
  the ending": the story's own span, which the sources give only as the epilogue's four months (hidden as it is);
- "how long has nam-ra been bitten by the end", "how long was namra a halfbie": the episode of the bite, then the
  epilogue's four months.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

_S1 = (r"(?:s1|season 1|season one|the first season|the first one|the og(?: one| season)?|the original(?: one| season)?|the show"
       r"|the series|aouad)")
_S2 = r"(?:s2|season 2|season two|the second season|the second one|2)"
_OUT = r"(?:came out|come out|was released|released|realeased|relased|dropped|premiered|aired|first aired|was out|out)"
_SPAN = r"how (?:many years|many months|much time|lon[gd])"
# Other dated things a span is asked between or since, each as the question its date answers
_EVENTS = (
    (r"(?:the )?(?:webtoon|manhwa|comic)(?: (?:ended|started|came out|was released|finished|ran))?", "when did the webtoon run"),
    (r"(?:the )?first (?:teaser|trailer|poster)(?: (?:came out|dropped|was released))?", "when was the first teaser released"),
    (r"(?:the |its )?(?:s2 |season 2 )?renewal|(?:s2|season 2|it|the show) (?:was |got )?renewed",
     "when was season 2 renewed"),
    (r"(?:the )?(?:s2|season 2) (?:cast |production )?announcement|(?:s2|season 2) (?:filming|production) (?:started|began)",
     "when did season 2 production start"),
    (r"(?:they )?(?:finished|wrapped) filming(?: s2| season 2)?|(?:s2|season 2) (?:finished filming|wrapped)",
     "when did season 2 finish filming"),
    (rf"{_S1}(?: {_OUT})?|(?:the )?(?:s1 |season 1 )?(?:release|premiere)|(?:s1|season 1) release", "when did season 1 come out"),
)
_EVENT = "|".join(f"(?P<e{i}>{pattern})" for i, (pattern, _) in enumerate(_EVENTS))
_BETWEEN = compile_later(rf"^\W*(?:{_SPAN}|(?:the )?(?:time|gap))(?: is| was| passed| went by)?(?: the)?(?: gap| time)? "
                         rf"between (?P<a>.+?) and (?P<b>.+?)\W*$")
_SINCE_EVENT = compile_later(rf"^\W*{_SPAN}(?: has it been| is it| it ?'?s been| been)? since (?P<a>.+?)\W*$")
_ONE_EVENT = compile_later(rf"^(?:{_EVENT})$")
# The story's own span ("how long since the outbreak started in the show", "how many days does s1 cover")
_STORY = r"(?:s1|season 1|season one|the first season|the show|the story|the series)"
_STORY_SPAN = compile_later(
    rf"^\W*{_SPAN}(?: is it| has it been| has passed| passes)? (?:since|after|from) the (?:outbreak|infection)(?: started"
    rf"| began| broke out)?(?: in {_STORY}| when {_STORY} ends| (?:to|at|by) the (?:end|ending|epilogue|finale))?\W*$"
    rf"|^\W*how (?:many days|many weeks|many months|much time|long)(?: does| do)? {_STORY} (?:cover|span|last in the story)\W*$"
    rf"|^\W*{_SPAN} after the outbreak (?:is|does) the (?:ending|epilogue|finale|last scene)(?: set| take place| happen)?\W*$"
    rf"|^\W*{_SPAN} (?:passes|has passed|goes by)(?: before| by| in| at)? (?:the (?:end|ending|epilogue|finale)|{_STORY})\W*$"
    rf"|^\W*{_SPAN} (?:is|was) the time ?skip(?: at the end| in the (?:ending|finale|epilogue))?\W*$"
)
# How long someone has carried the bite ("how long has nam-ra been bitten by the end", "how long has namra been a
# halfbie"): the episode they are bitten in and the epilogue's four months, never a count the sources do not give
_BITTEN_SPAN = compile_later(
    rf"^\W*(?:{_SPAN}|how many (?:days|weeks))(?: has| had| was| is| have)? (?P<who>ent\d+)(?: has| had| was| is)?(?: been)? "
    rf"(?P<how>bitten|infected|a (?:halfbie|hambie|half zombie|half-zombie))(?: for)?(?: (?:by|at|until|till|before|in) "
    rf"(?:the )?(?:end|ending|epilogue|finale|last episode)(?: of {_STORY})?)?\W*$"
)
_SINCE = compile_later(
    # "how many years has it been since s1 came out", "how long since aouad dropped" ("since it came out": _SINCE_IT's)
    rf"^\W*{_SPAN}(?: has it been| is it| it ?'?s been| been)? since {_S1}(?: {_OUT})?\W*$"
    # "how long ago did s1 come out", "how many years ago was season 1"
    rf"|^\W*{_SPAN} ago (?:did|was|were) (?:{_S1}|it) ?(?:(?:first|originally|initially) )?(?:come out|released|out|drop"
    rf"|premiere|air)?\W*$"
    # "season 1 how long since it came out" (Korean "시즌1 나온 지 얼마나 됐어?" glossed so)
    rf"|^\W*{_S1} {_SPAN} since it {_OUT}\W*$"
    # "s1 was how many years ago", "season 1 came out how long ago"
    rf"|^\W*{_S1} (?:was|came out|was released|dropped|premiered) {_SPAN} ago\W*$"
    # "is it 5 years since s1 (came out) in january", "has it been four years since season 1"
    rf"|^\W*(?:is it|has it been|it'?s been|its been) (?:almost |nearly |already |over |like )?(?:\d|one|two|three|four"
    rf"|five|six) years? since {_S1}(?: {_OUT})?(?: in [a-z]+| already| now)?\W*$"
)
# "how long ago did it drop", "how long since it came out": the show's release, whichever season is out last
_SINCE_IT = compile_later(rf"^\W*{_SPAN}(?: has it been| is it| it ?'?s been| been)? since it {_OUT}\W*$"
                          rf"|^\W*{_SPAN} ago (?:did|was|were) it ?(?:come out|released|out|drop|premiere|air)?\W*$")
_GAP = compile_later(
    # "how many years between s1 and s2", "how long is the gap between season 1 and season 2"
    rf"^\W*{_SPAN}(?: is| was| will it be| is there| will there be)?(?: the)?(?: gap| wait| break)? between "
    rf"(?:{_S1} and {_S2}|(?:the )?seasons(?: 1 and 2)?)\W*$"
)


def _event(text: str) -> str | None:
    """The question whose date a named thing has ("the renewal": when season 2 was renewed), or None."""
    found = _ONE_EVENT.match(text)
    if found is None:
        return None
    return next(_EVENTS[int(k[1:])][1] for k, v in found.groupdict().items() if v is not None)


def elapsed_asked(clauses: list[str]) -> list[str]:
    """Each clause asking a span of time as the questions whose dates give it; every other clause as it is."""
    out: list[str] = []
    for clause in clauses:
        plain = " ".join(clause.split())
        between, since = _BETWEEN.match(plain), _SINCE_EVENT.match(plain)
        pair = [_event(between["a"]), _event(between["b"])] if between else [_event(since["a"])] if since else []
        if _SINCE_IT.match(plain):
            out.append("when did it come out")  # season 1's premiere, and season 2's release once that is out
        elif _SINCE.match(plain):
            out.append("when did season 1 come out")
        elif _GAP.match(plain):
            out += ["when did season 1 come out", "when is season 2 coming out"]
        elif _STORY_SPAN.match(plain):
            out.append("when does the epilogue take place")
        elif bitten := _BITTEN_SPAN.match(plain):
            # a halfbie is infected without a bite in every source (Gwi-nam): "infected" asks when they became one
            asked = "is {} bitten" if bitten["how"] == "bitten" else "does {} become a halfbie"
            out += [f"which episode {asked.format(bitten['who'])}", "when does the epilogue take place"]
        elif pair and all(pair):
            out += list(dict.fromkeys(q for q in pair if q))
        else:
            out.append(clause)
    return out
