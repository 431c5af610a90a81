"""More season-2 questions fans ask while they wait for its date, read as the question they are (called by
season2_asked.py on the clause as typed, its words one space apart):

- "is s2 the last season", "will season 2 be the final one", "does the show end with s2", "huling season na ba ang
  s2", "s2 season terakhir?": whether more seasons come, which no source says (never "Nobody knows what is in season 2";
  season 2 is named: "is this the last season" may mean season 1);
- "did netflix release a synopsis for s2", "is there a plot for season 2 yet": its outline, hidden as far as it tells
  (never "Not yet" off the release date);
- "what has netflix shown of s2 so far": the script-reading video, all Netflix has shown of it;
- "any news on the s2 release date??", "any update on the release date": whether there is one (never where its making
  stands alone, which says nothing of a date);
- "is s2 on jtbc or netflix", "s2 on netflix?": where it will stream (never "Not yet" off the release date);
- "s2 udah selesai syuting?", "tapos na ba ang shooting ng s2": whether its filming is over;
- "is the trailer on march 1", "was the s2 trailer out on feb 10": when the trailer is (never the release day held to it);
- "was s2 moved", "did they reschedule it": whether its date changed (never "moved into post-production"); "did they
  push it back": whether it is delayed;
- "did they announce the date", "is there a date yet": whether a release date stands (never the production news);
- "was it released on march 23", "is it still march 12": that day held to the one set (or to none);
- "is aouad in netflix's 2027 lineup" (a slate not yet announced): whether it comes out that year; "is s2 a movie": what the show is.
"""

from __future__ import annotations

from bot.lazy_re import LazyPattern, compile_later
from bot.lore.answer.asked_day import asked_day
from bot.show import SEASON_ONE_RELEASE
from bot.text import month_alternation

#: Season 2 as fans type it (season2_asked.py reads it too)
SEASON_WORDS = (r"(?:s2|season 2|season two|(?:seson|sason|sesaon|seaosn|seasn|sesson) 2|2nd season|second season|the new season"
                r"|the next season|next season)")
_SEASON = SEASON_WORDS
_PLATFORM = (r"(?:netflix|jtbc|tving|wavve|viki|viu|hulu|disney(?: plus|\+)?|amazon(?: prime)?|prime(?: video)?|hbo(?: max)?"
             r"|apple tv\+?|youtube|tv|cable)")

_LAST = compile_later(
    # (season 2 named: "is this the last season" asked while season 1 is all there is means season 1, and season 2 comes)
    rf"^\W*(?:is|will|would|was)\s+{_SEASON}\s+(?:(?:gonna|going\s+to)\s+)?(?:be\s+)?(?:the\s+)?(?:(?:last|final)(?:\s+(?:season|one|part))?"
    r"|end\s+of\s+(?:the\s+)?(?:show|series))"
    r"(?:\s+(?:of\s+(?:the\s+)?(?:show|series)|ever))?"
    r"(?:\W+(?:or\s+(?:nah|not|no)|fr|right|tho|though))*\W*$"
    rf"|^\W*(?:does|will|is)\s+(?:the\s+show|the\s+series|it|all\s+of\s+us\s+are\s+dead)\s+(?:(?:gonna|going\s+to)\s+)?"
    rf"(?:end|ending|finish|finishing|wrap\s+up)\s+(?:with|after|at|in)\s+{_SEASON}\W*$"
    rf"|^\W*(?:is|will)\s+there\s+(?:be\s+)?(?:more\s+seasons?|another\s+season|a\s+third\s+season)\s+after\s+{_SEASON}\W*$"
    # "is this the last season", "will there be more seasons": nothing in any source says, at any stage (season 1's
    # episode count, read off "season", answered nothing)
    r"|^\W*is\s+(?:this|it)\s+(?:(?:gonna|going\s+to)\s+be\s+)?(?:the\s+)?(?:last|final)\s+season(?:\s+of\s+(?:the\s+)?(?:show|series))?"
    r"(?:\W+(?:or\s+(?:nah|not|no)|fr|right|tho|though))*\W*$"
    r"|^\W*(?:will|are|is)\s+there\s+(?:be\s+|gonna\s+be\s+|going\s+to\s+be\s+)?(?:any\s+)?more\s+seasons?"
    r"(?:\s+(?:coming|after\s+this(?:\s+one)?))?\W*$"
    # Tagalog, Indonesian, Spanish: "huling season na ba ang s2", "ito na ba ang huling season", "s2 season terakhir?",
    # "la temporada 2 es la última?"
    rf"|^\W*(?:(?:huling|last|final)\s+season\s+(?:na\s+)?(?:ba\s+)?(?:ang\s+|yung\s+)?{_SEASON}"
    r"|(?:s2|season\s+2)\s+na\s+ba\s+(?:ang\s+|yung\s+)?(?:huling|last|final)\s+season"
    rf"|{_SEASON}\s+(?:itu\s+|jadi\s+)?(?:season\s+)?terakhir(?:\s+(?:gak|ga|nggak|kah|bukan|ya))?"
    # Spanish and Korean as glossed ("season 2 es ultima?", "시즌2 마지막 시즌이야?" as "season 2 last season ?")
    rf"|{_SEASON}\s+(?:(?:es|será|sera|is)\s+)?(?:la\s+|the\s+)?(?:última|ultima|last|final)(?:\s+(?:temporada|season))?)\W*$")
_SYNOPSIS = compile_later(
    r"^\W*(?:(?:did|has|have)\s+(?:netflix|they)\s+(?:officially\s+)?(?:release[sd]?|reveal(?:ed)?|share[sd]?|drop(?:ped)?|give|gave"
    r"|given|post(?:ed)?|put\s+out)\s+|(?:is|are)\s+there\s+|any\s+)(?:(?:a|an|the|any)\s+)?(?:official\s+)?"
    rf"(?:synopsis|plot|logline|summary|storyline|story\s+line|premise)\s+(?:for|of)\s+{_SEASON}(?:\s+(?:yet|already))?\W*$")
_SHOWN = compile_later(
    r"^\W*what\s+(?:has|did|have)\s+(?:netflix|they)\s+(?:shown|show|released|release|revealed|reveal|put\s+out|posted|teased"
    rf"|tease|dropped)\s+(?:of|from|for|about)\s+{_SEASON}(?:\s+(?:so\s+far|yet|already))?\W*$")
_DATE_NEWS = compile_later(
    r"^\W*(?:(?:is\s+there\s+)?(?:any|some)\s+|(?:what(?:'s|s|\s+is)\s+)?(?:the\s+)?(?:latest\s+)?)(?:news|updates?|info|word)\s+"
    rf"(?:on|about|abt|for|regarding)\s+(?:the\s+)?(?:{_SEASON}\s+)?(?:release|premiere)\s*date(?:\s+(?:for|of)\s+{_SEASON})?"
    r"(?:\s+yet)?\W*$")
# "s2 udah selesai syuting?", "tapos na ba ang shooting ng s2": whether its filming is over
_FILMING_OVER = compile_later(
    rf"^\W*{_SEASON}\s+(?:udah|sudah|dah|uda)\s+(?:selesai|kelar|beres)\s+(?:syuting|shooting|filming)(?:\s+(?:belum|blm|ya|kah|gak|ga))?\W*$"
    rf"|^\W*tapos\s+na\s+(?:ba\s+)?(?:ang\s+|yung\s+)?(?:shooting|filming|taping)\s+(?:ng\s+|sa\s+)?{_SEASON}\W*$")
# "is the trailer on march 1", "was the s2 trailer out on feb 10": the trailer's own day (never the release's, held to it)
_DAY = r"(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,9})"
_TRAILER_DAY = compile_later(
    rf"^\W*(?:is|was|will|does|did)\s+(?:the\s+)?(?:new\s+|official\s+)?(?:{_SEASON}\s+)?(?:trailer|teaser)\s+(?:be\s+)?"
    rf"(?:(?:out|coming\s+out|come\s+out|dropping|drop|released|release|premiering)\s+)?on\s+(?:the\s+)?{_DAY}\W*$")
_PLATFORM_OR = compile_later(
    rf"^\W*(?:(?:is|will)\s+)?{_SEASON}\s+(?:be\s+|gonna\s+be\s+|going\s+to\s+be\s+)?(?:on|coming\s+(?:out\s+)?(?:on|to)|streaming\s+on|released\s+on)\s+"
    rf"{_PLATFORM}\s+or\s+(?:{_PLATFORM}|(?:something|smth|sth|smthn|somewhere|anything)\s+else)\W*$"
    # "s2 on netflix?", "시즌2 넷플릭스에서 해?" (as "season 2 netflix ?"): never a "No." off a record of what Netflix has not said
    rf"|^\W*{_SEASON}\s+(?:on\s+|in\s+)?{_PLATFORM}(?:\s+or\s+{_PLATFORM})?\W*$")
# (the show's own name reaches here as "the show": analysis.py folds "aouad" and "all of us are dead" so)
_IT = rf"(?:it|{_SEASON}|the\s+(?:show|series)(?:\s+{_SEASON})?)"
_THEY = r"(?:they|netflix)"
# a day of a month, named ("march 23", "the 23rd of march"): never "episode 5" nor "season 2"
_MONTH = rf"(?:{month_alternation(stems=True, short=True)})[a-z]{{0,6}}"
_MONTH_DAY = rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH})"
# "was s2 moved", "did it get rescheduled", "did they move s2 again": whether its date changed (the date itself named
# is season2_asked.py's _DATE_MOVED)
_MOVED = compile_later(
    rf"^\W*(?:was|has|did|is)\s+{_IT}\s+(?:been\s+|gotten\s+|got\s+|get\s+)?(?:moved|move|rescheduled|reschedule)(?:\s+(?:again|yet))?\W*$"
    rf"|^\W*(?:did|have|has)\s+{_THEY}\s+(?:moved?|rescheduled?)\s+{_IT}(?:\s+(?:again|yet))?\W*$")
# "did they push it back", "has netflix postponed s2 again": a delay asked, as "was it delayed" asks it (the date that
# stands once one does, never 2024's production push alone)
_PUSHED = compile_later(rf"^\W*(?:did|have|has)\s+{_THEY}\s+(?:(?:push|pushed)\s+{_IT}\s+back|(?:postpone|delay)(?:d|ed)?\s+{_IT})"
                        r"(?:\s+(?:again|yet))?\W*$")
# "did they announce the date", "has netflix given a date yet", "is there a date yet": the release date, the one date
# fans wait for (never "Yes. Netflix announced that season 2 is in production", nor a rumour off "date")
_DATE_SAID = compile_later(
    rf"^\W*(?:did|have|has)\s+{_THEY}\s+(?:finally\s+|officially\s+)?(?:announced?|revealed?|dropped|drop|give|gave|given|set"
    rf"|confirmed?|posted|post)\s+(?:the|a|any)\s+date(?:\s+for\s+{_IT})?(?:\s+(?:yet|already))?\W*$"
    rf"|^\W*(?:is|was)\s+there\s+(?:a|any)\s+date(?:\s+(?:for\s+{_IT}))?(?:\s+(?:yet|already))?\W*$")
# "was it released on march 23", "did s2 drop on the 23rd of march": that day held to the one set, or to none yet
_RELEASED_ON = compile_later(
    rf"^\W*(?:was|did|has)\s+(?:(?P<it>it|the\s+(?:show|series))|{_IT})\s+(?:been\s+)?(?:released|release|come\s+out|came\s+out|drop|dropped|premiered?|air|aired)"
    rf"\s+(?P<day>on\s+(?:the\s+)?{_MONTH_DAY})\W*$")
# "is it still march 12", "is s2 still on the 12th of march": the day fans held to, while a date may have moved
_STILL_DAY = compile_later(rf"^\W*is\s+{_IT}\s+still\s+(?:on\s+)?(?:the\s+)?(?P<day>{_MONTH_DAY})(?:\s+(?:right|then))?\W*$")
# "is aouad in netflix's 2027 lineup", "is s2 on the netflix 2027 slate?": a slate Netflix announces in January, asked of a
# later year, is whether it comes out that year
_LINEUP = compile_later(
    rf"^\W*(?:is|will)\s+{_IT}\s+(?:be\s+)?(?:in|on|part\s+of)\s+(?:the\s+)?(?:netflix(?:'s|s)?\s+)?(?:the\s+)?"
    r"(?P<year>20\d\d)\s+(?:netflix\s+)?(?:lineup|line-up|line\s+up|slate|release\s+list|schedule|releases)\W*$")
# "is s2 a movie", "will season 2 be a film": what the show is (never "Nobody knows what is in season 2")
_MOVIE = compile_later(rf"^\W*(?:is|will)\s+{_SEASON}\s+(?:gonna\s+be\s+|going\s+to\s+be\s+|be\s+)?(?:a|an)\s+(?:movie|film)"
                       r"(?:\s+or\s+(?:a\s+)?(?:series|show|season))?\W*$")


def _read(flat: str, this_year: int | None) -> str | None:
    """The wordings that keep a part of what they match: a day or a year (a slate's year held to `this_year`, the
    engine's clock's; none known, a slate is left as typed)."""
    if (on := _RELEASED_ON.match(flat)) is not None:
        if on["it"] and asked_day(on["day"]) == (SEASON_ONE_RELEASE.month, SEASON_ONE_RELEASE.day):
            return None  # "was it released on january 28": the show's own premiere, season 1's
        return f"did season 2 come out {on['day']}"
    if (still := _STILL_DAY.match(flat)) is not None:
        return f"is season 2 still coming out on {still['day']}"
    if (lineup := _LINEUP.match(flat)) is not None:
        if this_year is not None and int(lineup["year"]) > this_year:  # a slate not yet announced: whether it comes out then
            return f"is season 2 coming out in {lineup['year']}?"
        return None  # this year's or an earlier slate: news a source may give ("not in Netflix's 2026 line-up")
    return None


# The wordings, in the order they are tried: the first that matches says what it asks
_WAITING: tuple[tuple[LazyPattern, str], ...] = (
    (_LAST, "will there be a season 3"),
    (_SYNOPSIS, "what is season 2 about"),
    (_SHOWN, "what is the script reading video"),
    (_DATE_NEWS, "is there a release date for season 2 yet"),
    (_PLATFORM_OR, "where will season 2 stream"),
    (_FILMING_OVER, "has season 2 finished filming"),
    (_TRAILER_DAY, "when's the s2 trailer"),
    (_MOVED, "has the season 2 release date changed"),
    (_PUSHED, "is season 2 delayed"),
    (_DATE_SAID, "is there a release date for season 2 yet"),
    (_MOVIE, "is all of us are dead a movie or a show"),
)


def waiting_asked(flat: str, this_year: int | None = None) -> str | None:
    """The season-2 question `flat` asks (None when no wording above matches all of it)."""
    for pattern, asked in _WAITING:
        if pattern.match(flat):
            return asked
    return _read(flat, this_year)
