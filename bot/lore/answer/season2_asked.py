"""Season-2 questions typed without the words that say what they ask, read as the question they are
(before analysis, on the clause's slot text):

- "s2 h1 2027?", "season 2 december 2026??", "s2 in 2027": whether it comes out then (never what
  is in it: "h1" is no story word);
- "when is s2 expected", "when's season 2 due": when it comes out (never a filming report that
  "expected" filming to wrap);
- "did netflix announce the release date", "have they set a release date": whether season 2 has one
  (season 1 came out long ago; never "Yes." off the production announcement);
- "why isn't nam ra in season 2": whether she is in its announced cast (the premise may be wrong:
  she is);
- "are they making a season 2", "will netflix make a sequel": whether there is one (the renewal);
  "was season 2 made", "is s2 being made": how far its making has come (never "No." off the
  fan-made trailers);
- "is the s2 trailer on youtube real", "saw a season 2 teaser on tiktok is it legit": whether there is a
  real trailer (never the platform's name left unread); "is the s2 trailer fake": what the news says of
  the trailers (never a "No." that would call the fan-made ones real);
- "same director for s2?", "is the writer the same in season 2", "same directors as s1 for season 2": whether
  the makers (or the cast) are back (never what is in the season);
- "s2 this month or nah", "season 2 next week?": whether it comes out then; "netflix said h1 2027 for s2 right":
  whether that window is confirmed; "source for the h1 2027 thing?", "who said early 2027": the same, with the
  record that made the claim and its source; "s2 age rating": season 2's rating (never season 1's);
- "is there a new director for s2", "did the director change for season 2": who directs it (the same
  people; never a "Yes." that would say there is a new one);
- "when's the trailer", "trailer when", "any teaser yet": season 2's trailer (fans mean the next one);
- "same showrunner for s2?", "is the pd back for season 2": the showrunner is the director Lee JQ, and
  season 2's news speaks of its directors (a word its news never uses is never read as its story);
- "will there be new zombies in s2", "new kinds of zombies in season 2?": what its makers say of its zombies; "has netflix released any footage of s2", "any s2 clips yet": the
  script-reading video it did release (never "Not yet" off the release date);
- "when does the new one come out": the next season; "does it come out in march", "진짜 3월에 나와?" (a month heard,
  no season said): whether season 2 comes out then (never a record of that month, Park Ji-hu's March 2023 remark);
- the days around its release: "heard it's delayed, real?", "is it delayed": the one delay reported; "wasnt it supposed
  to come out december 2026", "is 2027 official or just a rumor", "was s2 postponed to 2027": whether it comes out then;
  "what time does it drop in the philippines": its hour; "why cant i find s2 on netflix": whether it is out; "how does
  s2 end": what is in it (nobody knows); "recap before s2", "where did s1 leave off": season 1's recap and ending;
  "is it out yet": as "when's it out" (both seasons); "does s2 start where s1 ended": whether it goes on from the end;
  "who's coming back from s1": season 2's returning cast; "someone said jan 15 is that real", "tiktok says it drops in
  april, true?": whether season 2 comes out then (never season 1's premiere checked against the day);
- "when will they announce the cast / the trailer / how many episodes s2 has": what is known of each (never the renewal's
  day); "how does s2 start": its makers' outline; "which ep of squid game should i rewatch before s2": never ours;
- the weeks a fan expects after its date: "how many days until s2", "how long till it comes out": when it comes out; "is
  it this friday?", "s2 in 3 weeks??": whether it comes out then; "will all episodes drop at once": its format (never
  season 1's "Yes."); "can i watch it in X when it comes out", "does korea get s2 first": whether it is out there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeAlias

from bot.lazy_re import LazyPattern, compile_later
from bot.lore.answer.season2_doubts import (
    DATE_CONFIRMED,
    DATE_SOURCE,
    SEASON_CONFIRMED,
    WINDOW_CONFIRMED,
    WINDOW_RUMOURED,
    WINDOW_SOURCE,
)
from bot.lore.answer.season2_hour_asked import HOUR_ASKED
from bot.lore.answer.season2_waiting import SEASON_WORDS, waiting_asked
from bot.lore.answer.season2_when_words import (
    IT_DAY,
    IT_ON_DAY,
    IT_RELATIVE,
    MONTH,
    MONTH_DAY,
    RELATIVE,
    WINDOW,
)
from bot.lore.other_works import OTHER_WORKS

_SEASON = SEASON_WORDS
_BARE_WINDOW = compile_later(rf"^\W*(?:(?:is|will)\s+)?{_SEASON}\s+(?:(?:is\s+|be\s+)?(?:com(?:e|es|ing)(?:\s+out)?|drop|drops?|dropping|releas\w*|out)\s+|is\s+)?"
                             # "s2 before april?", "is s2 coming this spring": a window, asked as its own
                             rf"(?:in\s+|by\s+|on\s+|before\s+|b4\s+)?(?P<window>{WINDOW}|{RELATIVE}|{MONTH_DAY}|(?:(?:this|next|the)\s+)?(?:spring|summer|fall|autumn|winter))"
                             r"(?:\W+(?:or\s+(?:nah|not|no)|fr|for real|really|true|real|legit|confirmed|right|yeah|yea|correct))?\W*$")
# "is the march date confirmed", "netflix said march right", "s2 march 12 2027 real?": a day or month heard, checked
_DATE = rf"(?:{MONTH_DAY}(?:,?\s+20\d\d)?)"
_DATE_CHECKED = compile_later(
    rf"^\W*(?:is|was)\s+(?:the\s+)?(?:{_SEASON}\s+)?(?P<window>{_DATE})\s+(?:{_SEASON}\s+)?(?:release\s+|premiere\s+)?"
    r"(?:date|release|thing|rumou?r|one)\s+(?:confirmed|real|true|official|legit|right)\W*$"
    rf"|^\W*(?:netflix|they)\s+(?:officially\s+)?(?:said|says|confirmed|announced)\s+(?:{_SEASON}\s+(?:is\s+)?(?:in|on|for)\s+)?"
    rf"(?P<window2>{_DATE})(?:\s+(?:for|of)\s+{_SEASON})?(?:,?\s+(?:right|correct|true|yeah|yes|no|innit))?\W*$"
    rf"|^\W*{_SEASON}\s+(?:in\s+|on\s+)?(?P<window3>{_DATE})\s+(?:is\s+(?:that|it|this)\s+)?(?:confirmed|true|real|official|legit)\W*$")
# "s2 first half of 2027 is that confirmed", "season 2 in 2027, true?": a window said, then asked whether it holds
_WINDOW_ASKED = compile_later(rf"^\W*{_SEASON}\s+(?:(?:is\s+)?(?:coming\s+(?:out\s+)?|out\s+|releas\w+\s+|dropp?\w*\s+))?"
                           rf"(?:in\s+|by\s+|on\s+)?(?P<window>{WINDOW})\W*(?:is\s+(?:that|it|this)\s+|that'?s\s+|thats\s+)?"
                           r"(?:confirmed|true|real|official|legit)\W*$")
# "is it true s2 only has 8 episodes", "did netflix say s2 is twelve eps": how many it has, as announced (or not)
_EPISODES_CLAIMED = compile_later(rf"^\W*(?:is it true (?:that )?|i heard (?:that )?|someone said (?:that )?|did (?:netflix|they) (?:say|confirm|announce) "
                               rf"(?:that )?|(?:is|will|does)\s+)?{_SEASON}\s+(?:only\s+)?(?:has|have|will have|is|gets|got|is getting|(?:gonna|going to|also)?\s*(?:be|have))\s+"
                               r"(?:only\s+)?(?:\d+|eight|ten|twelve|six|sixteen)\s+(?:episodes|eps)(?:\s+(?:again|too|as well|like (?:s1|season 1|season one)))?"
                               r"(?:\W+(?:is\s+(?:that|it)\s+)?(?:right|true|confirmed|real|legit|fr))?\W*$")
# "s2 age rating", "whats the s2 age rating", "what will the age rating of season 2 be": season 2's (never season 1's TV-MA)
_RATING = compile_later(rf"^\W*(?:what(?:'s| 's| is|s| will)?\s+(?:the\s+)?)?(?:{_SEASON}(?:'s| 's)?\s+(?:age\s+)?(?:rating|certificate)"
                     rf"|(?:the\s+)?(?:age\s+)?(?:rating|certificate)\s+(?:for|of)\s+{_SEASON})(?:\s+(?:be|gonna be|going to be))?"
                     r"(?:\s+(?:what|what is it|is what))?\W*$")  # "시즌2 관람등급 뭐야": Korean puts "what" last
# "is season 2 gonna be tv ma", "is s2 rated r", "will s2 be 18+": a rating claimed for season 2, checked against the one
# report that expects TV-MA (never "Yes." off the renewal, never season 1's rating given as season 2's)
_RATING_CLAIMED = compile_later(
    rf"^\W*(?:is|will|would|does)\s+{_SEASON}\s+(?:be\s+|gonna be\s+|going to be\s+|also be\s+|get\s+|have\s+)?(?:rated\s+)?"
    r"(?:tv[- ]?ma|tv[- ]?14|r|r[- ]rated|pg[- ]?13|18\+?|16\+?|15\+?|19\+?|mature|for adults|adults only)"
    r"(?:\s+(?:too|as well|again|like (?:s1|season 1|season one|the first)))?\W*$")
_EXPECTED = compile_later(rf"^\W*when(?: is|'s| 's| will)? {_SEASON}(?: be)? (?:expected|due)(?: out| to drop)?\W*$")
_DATE_ANNOUNCED = compile_later(
    r"^\W*(?:did|has|have|had) (?:netflix|they|anyone|the makers) (?:announced?|confirm(?:ed)?|set|given|gave|give|"
    rf"reveal(?:ed)?|dropped|drop|shared?) (?:a|the|any) (?:release|premiere|air|streaming) ?date(?: (?:for|of) {_SEASON})?"
    r"(?: yet| already)?\W*$"
    # "when is the s2 date getting announced", "when will netflix announce the s2 release date": whether there is one yet
    rf"|^\W*when\s+(?:is|will|are)\s+(?:the\s+)?{_SEASON}\s+(?:release\s+|premiere\s+)?date\s+(?:(?:getting|going\s+to\s+be|gonna\s+be|be|get)\s+)?"
    r"(?:announced|revealed|confirmed)\W*$"
    rf"|^\W*when\s+(?:will|do|does|are|is)\s+(?:netflix|they)\s+(?:going\s+to\s+|gonna\s+)?(?:announce|reveal|confirm|drop|announcing)\s+"
    rf"(?:the\s+)?{_SEASON}\s+(?:release\s+|premiere\s+)?date\W*$"
    # "netflix announced the s2 date right", "did netflix confirm when s2 comes out": whether there is one (never "Yes." off
    # the production announcement, which gave none)
    rf"|^\W*(?:so\s+)?(?:netflix|they)\s+(?:(?:finally|officially|already)\s+)?(?:announced|confirmed|revealed|dropped|set|gave)\s+"
    rf"(?:the\s+|a\s+)?(?:{_SEASON}\s+)?(?:release\s+|premiere\s+)?date(?:\s+(?:for|of)\s+{_SEASON})?"
    r"(?:\W+(?:right|yeah|yea|already|yet|finally|fr|true|correct|no))*\W*$"
    r"|^\W*(?:did|has|have)\s+(?:netflix|they)\s+(?:officially\s+)?(?:confirm(?:ed)?|announced?|sa(?:y|id)|reveal(?:ed)?|told\s+us)\s+"
    rf"when\s+(?:{_SEASON}|it)\s+(?:comes?\s+out|drops?|releases?|is\s+(?:coming\s+)?out|premieres?)(?:\s+yet)?\W*$"
    # "is netflix announcing it in january?", "will they announce the s2 date at tudum": a date to come, which nothing
    # announced (never "Yes." off the 2022 renewal); "it" is season 2 in a fan server, and a time said is needed
    r"|^\W*(?:is|are|will|would|could|might)\s+(?:netflix|they)\s+(?:be\s+)?(?:gonna\s+|going\s+to\s+|finally\s+)?"
    r"(?:announc(?:e|ing)|reveal(?:ing)?|confirm(?:ing)?)\s+"
    rf"(?:(?:the\s+)?(?:{_SEASON}\s+)?(?:release\s+|premiere\s+)?date(?:\s+(?:for|of)\s+{_SEASON})?|{_SEASON}|it)"
    r"\s+(?:in|at|on|by|this|next|during|before|after|around)\s+[\w\s'-]{1,30}?\W*$"
)
_WHY_NOT_IN = compile_later(
    r"^\W*why (?:isn'?t|is not|wasn'?t|won'?t|will not|aren'?t|isnt|wont|arent) (?P<who>ent\d+(?: and ent\d+)?) "
    rf"(?:be )?(?:in|back (?:in|for)|coming back (?:in|for|to)|returning (?:in|for|to)|part of|cast in) {_SEASON}\W*$"
)

# "are they making a season 2", "r they making s2", "will netflix make a sequel": whether there is one (never "No." off
# a record that calls the trailers "fan-made")
_MAKING = compile_later(rf"^\W*(?:are|r|is|will|would|did|do|does|have|has)\s+(?:they|netflix|u|you|the makers|anyone|jtbc)\s+"
                     rf"(?:gonna |going to |planning to |ever )?(?:make|making|made|do|doing|done)\s+(?:a |another |an? new )?"
                     rf"{_SEASON.replace('(?:', '(?:sequel|part 2|', 1)}(?: yet| already| or not)?\W*$")
# "was season 2 made", "is s2 being made", "has season 2 been made yet": how far its making has come
_BEING_MADE = compile_later(rf"^\W*(?:is|was|has|have|isn'?t|hasn'?t)\s+{_SEASON}\s+(?:being |been |already |even |actually )*"
                         r"(?:made|produced|in the works)(?: yet| already| or not)?\W*$")
_MAKER = r"(?:directors?|writers?|screenwriters?|showrunners?|creators?|pds?|team|crew|makers|cast|actors|actresses)"
_SAME_MAKERS = compile_later(
    rf"^\W*(?:(?:is|are|will|was|were) )?(?:it |they )?(?:(?:the )?same (?P<maker>{_MAKER})|(?:the )?(?P<maker2>{_MAKER})"
    rf" (?:is |are |will be |still )?(?:the )?same)(?: as (?:in )?(?:s1|season 1|season one|the first season|before))?"
    rf"(?: (?:for|in|of|on) {_SEASON})?(?: too| as well| again)?\W*$"
)
# the showrunner (Lee JQ) is one of the directors; season 2's news names its directors
_SHOWRUNNER = compile_later(r"\b(?:showrunners?|show runners?|pds?)\b")
_TRAILER_REAL = compile_later(r"\b(?:trailers?|teasers?)\b.*\b(?:real|legit|official|true|actual)\b"
                           r"|\b(?:real|legit|official|actual)\s+(?:s2 |season 2 )?(?:trailers?|teasers?)\b")
# "is the s2 trailer fake", "fan made s2 teaser?": what the news says of the trailers, with no verdict to turn
_TRAILER_FAKE = compile_later(r"\b(?:trailers?|teasers?)\b.*\b(?:fake|ai|edited|fan[ -]?made)\b"
                           r"|\b(?:fake|ai|edited|fan[ -]?made)\s+(?:s2 |season 2 )?(?:trailers?|teasers?)\b")
# "is there a new director for s2", "did the director change for season 2", "different writer in s2?": who makes
# it, said plainly (the same people are back), never a "Yes." that would answer "is there a new one"
_CHANGED_MAKER = compile_later(
    rf"^\W*(?:(?:is|was|will) (?:there|it) (?:be )?|(?:are|were) there |did they (?:get|hire|pick|choose) |any |got )?"
    rf"(?:a |an )?(?:new|different|another|other) (?P<maker>director|writer|screenwriter)s?(?: (?:for|in|on|of) {_SEASON})?\W*$"
    rf"|^\W*(?:did|does|will|has|have|is) (?:the |they )?(?:(?P<maker2>director|writer|screenwriter)s? )?"
    rf"(?:change|changed|changing|replaced?|switch(?:ed)?)(?: (?:the )?(?P<maker3>director|writer|screenwriter)s?)?"
    rf"(?: (?:for|in|on|of) {_SEASON})?\W*$"
    # "does season 2 have a new director", "will s2 get a different writer"
    rf"|^\W*(?:does|will|did|is) {_SEASON} (?:have|get|got|getting|having) (?:a |an )?(?:new|different|another) "
    r"(?P<maker4>director|writer|screenwriter)s?\W*$"
)
_NOT_AFTER = compile_later(r"^(\W*why) (?:is|are|was|will) (ent\d+(?: and ent\d+)?) not(?: be)?\b")


# "when's the trailer", "trailer when", "any teaser yet": in the months before season 2 fans mean its trailer (season
# 1's came out in 2021); "the first teaser", "the s1 trailer" say which
_BARE_TRAILER = compile_later(
    r"^\W*(?:(?:so |and |ok |okay )?(?:(?:when|wen)(?:'s| is|s| will| does)?|where(?:'s| is|s)?)\s+(?:the\s+)?(?:new\s+)?"
    r"(?:trailer|teaser)s?(?:\s+(?:come out|coming out|drop|dropping|be out|out|release|releasing))?"
    r"|(?:the\s+)?(?:new\s+)?(?:trailer|teaser)s?\s+(?:when|date|out|yet|drop(?:ped)?|c[oa]me\s+out|released?)(?:\s+(?:yet|already))?"
    r"|(?:did|has|have)\s+(?:they|netflix)\s+(?:dropp?(?:ed)?|released?|put\s+out|posted)\s+(?:the|a)\s+(?:new\s+)?(?:trailer|teaser)s?"
    r"(?:\s+(?:yet|already))?"
    r"|(?:did|has|have)\s+(?:the\s+|a\s+)?(?:new\s+|season 2\s+|s2\s+)?(?:trailer|teaser)s?\s+(?:dropp?(?:ed)?|c[oa]me\s+out|leak(?:ed)?"
    r"|(?:been\s+)?(?:released?|out|posted))(?:\s+(?:yet|already))?|(?:the\s+)?(?:new\s+)?(?:trailer|teaser)s?"
    r"|(?:is there|are there|any|got)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:trailer|teaser)s?(?:\s+(?:yet|out|already))?"
    # "is the new teaser out", "is the s2 trailer out in korea": out anywhere is out everywhere (Netflix drops it worldwide)
    # "is the trailer out", "did the trailer drop", "trailer??": with no season said, the next one's
    r"|(?:is|are)\s+(?:the\s+)?(?:(?:new|season 2|s2)\s+)?(?:trailer|teaser)s?\s+(?:out|released|up)(?:\s+(?:yet|already))?"
    r"(?:\s+(?:in|on)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?(?:\s+(?:yet|already))?"
    # "what time in canada is the trailer": the trailer's day (no source gives its hour), never the season's hour
    r"|(?:what|wat)\s+time\s+(?:in\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:is|does)\s+(?:the\s+)?(?:new\s+|season 2\s+|s2\s+)?(?:trailer|teaser)s?"
    r"(?:\s+(?:out|drop|come out|release))?(?:\s+in\s+[a-z]+(?:\s+[a-z]+)?)?"
    # "is the s2 trailer delayed", "did the trailer get pushed back": there is none to delay (fan-made ones only)
    r"|(?:is|are|was|did|has)\s+(?:the\s+)?(?:new\s+|season 2\s+|s2\s+)?(?:trailer|teaser)s?\s+(?:been\s+|get\s+|got\s+)?"
    r"(?:delayed|late|postponed|pushed\s+back|cancell?ed)(?:\s+(?:again|too))?)\W*$"
)
# "what is the new zombie like in s2", "what are the new zombies like": season 2's zombies, as its makers describe them
_NEW_ZOMBIE = compile_later(rf"^\W*what (?:is|are|'s) the new (?:kind of |type of )?zombies? like(?: in {_SEASON})?\W*$")
# "will there be new zombies in s2", "are there new kinds of zombies in season 2": its zombies, as its makers describe them
# ("more halfbies in s2" is what is in it: nobody knows, with what its makers said of its zombies, season2.py)
_MORE_ZOMBIES = compile_later(
    rf"^\W*(?:(?:will|are|is|do|does)\s+(?:there|{_SEASON})\s+(?:be\s+|have\s+|has\s+|gonna\s+have\s+)?)?(?:any\s+)?"
    r"(?:more|new|other|different|another)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?"
    r"(?:zombies?(?:\s+(?:types?|kinds?|races?))?)"
    rf"(?:\s+(?:in|for)\s+{_SEASON})?\W*$")
# "has netflix released any footage of s2", "is there any s2 footage yet", "any clips from season 2": all Netflix has
# shown of it is the script-reading video (23 July 2025)
_FOOTAGE = compile_later(
    r"^\W*(?:(?:has|have|did)\s+(?:netflix|they)\s+(?:released?|shown?|showed|put\s+out|dropped|drop|posted|post)\s+"
    r"|(?:is|are)\s+there\s+|any\s+)(?:any\s+|anything\s+|something\s+|an?\s+)?"
    r"(?:(?:official|new|behind[\s-]the[\s-]scenes|bts|filming|set)\s+)?(?:first\s+look|sneak\s+peek|footage|clips?|videos?"
    rf"|stills?|photos?|pics?|anything)?(?:\s+(?:for|from|of|at)\s+{_SEASON}|\s*{_SEASON}\s+(?:footage|clips?|videos?|stills?))"
    r"(?:\s+(?:yet|already|so far))?\W*$"
    # "when did netflix post the script reading video": when that video came out
    r"|^\W*when\s+(?:did|was)\s+(?:netflix\s+|they\s+)?(?:post|release|drop|put\s+out|share|posted|released|dropped)?\s*"
    r"(?:the\s+)?(?:s2\s+|season 2\s+)?script[\s-]reading\s+(?:video|clip)(?:\s+(?:posted|released|out|dropped))?\W*$")
# "i saw season 2 filming footage on tiktok is it real": footage seen somewhere and doubted; only the script-reading
# video is Netflix's own (never "Reportedly, yes. Filming is done")
_FOOTAGE_SEEN = compile_later(
    rf"^\W*(?:i\s+)?(?:saw|seen|found|watched)\s+(?:a\s+|some\s+|the\s+)?(?:{_SEASON}\s+)?(?:filming\s+|set\s+|bts\s+|leaked\s+)?"
    rf"(?:footage|clips?|videos?|photos?|pics?)(?:\s+(?:of|from|for)\s+{_SEASON})?(?:\s+(?:on|in)\s+\w+)?"
    r"[\s,.!-]+(?:is\s+it|are\s+they|is\s+that|was\s+it)\s+(?:real|legit|fake|official|true)\W*$"
    # "what footage of s2 is there": what there is, with no yes or no to say
    rf"|^\W*what\s+(?:footage|clips?|videos?)\s+(?:of|from|for)\s+{_SEASON}\s+(?:is\s+there|are\s+there|is\s+out|are\s+out"
    r"|has\s+netflix\s+(?:released|shown|posted))(?:\s+(?:yet|so\s+far))?\W*$")
# "has the date changed", "did the release date get pushed back": the date fans wait for is season 2's
_DATE_MOVED = compile_later(r"(?:has|did|have|was|is)\s+(?:the\s+)?(?:release\s+|premiere\s+)?date\s+(?:been\s+|got\s+|get\s+)?"
                            r"(?:chang\w*|moved?(?:\s+(?:up|forward))?|brought forward|push\w* back|delay\w*|postpon\w*)(?:\s+(?:again|yet))?\W*$"
                            # "did they change the date", "has netflix pushed back the release date"
                            r"|(?:has|did|have)\s+(?:they|netflix)\s+(?:chang\w*|mov\w*|push\w* back|delay\w*|postpon\w*)\s+"
                            r"(?:the\s+)?(?:release\s+|premiere\s+)?date(?:\s+(?:again|yet))?\W*$")
# "is the new trailer real": the new trailer is season 2's (season 1's came out in 2021)
_NEW_TRAILER = compile_later(r"\bthe new (trailer|teaser)s?\b")

# "when does the new one come out", "is the next one out yet", "when's the new season": the next season, named as fans
# name it while waiting (its renewal is "when was the new season announced"; "the new season of squid game" another's)
# ("does the new one have a new director": who makes it; "who is the new one" stays a newcomer asked of)
_NEW_ONE = compile_later(r"\b(?:the )?(?:new|next) one\b(?=.*\b(?:out|come|comes|coming|drops?|dropping|release\w*|premieres?"
                         r"|directors?|writers?|screenwriters?)\b)"
                         r"|^\W*when(?:'s| is| will|s)? (?:the )?(?:new|next) (?:one|season)\b(?! of\b)|^\W*(?:the )?(?:new|next) season\W+when\b")
# "who is the new one", "who's the new girl in s2", "who are the new guys": season 2's newcomers as Netflix announced
# them (never season 1's "Best New Actor" awards); a girl or a boy asked for is kept, for the cast answer to pick by
_NEW_PERSON = compile_later(
    r"^\W*(?:(?:so|ok|okay|wait|and|but|hey|um+|also)\W+)?(?:who(?: ?'s| is| are|s| r| will be| plays?)?\s+(?:the|this|that|these"
    r"|those|all the)|(?:is there|are there|any)(?:\s+(?:a|any))?)\s+new\s+"
    r"(?P<noun>ones?|girls?|guys?|boys?|kids?|person|people|wom[ae]n|m[ae]n|lad(?:y|ies)|dudes?|gals?|members?)"
    r"(?:\s+(?:in|of|for|on)\s+(?:season 2|season two|season2|s2|the new season|the next season|the show|aoad))?"
    r"(?:\s+(?:lol|lmao|tho|though|btw|again|exactly))*\W*$")
# "who plays the (new) villain in s2": who season 2's villain is (nobody knows), never season 1's villain's actor
_VILLAIN_PLAYED = compile_later(rf"^\W*who(?:\s*'?s|\s+is|\s+will)?\s+(?:plays?|playing|be\s+playing)\s+(?:the\s+)?(?:new\s+)?(?:main\s+)?(?:villain|bad\s*guy|antagonist)\s+(?:in|of|for)\s+{_SEASON}\W*$")
_GIRLS = frozenset({"girl", "girls", "woman", "women", "lady", "ladies", "gal", "gals"})
_BOYS = frozenset({"guy", "guys", "boy", "boys", "man", "men", "dude", "dudes"})
# "does it come out in march", "is it true it drops on march 12", "진짜 3월에 나와" (read "march come out"): a month heard
# and checked with no season said is the next season's (season 1 came out in January 2022), never a record of that month
_MONTH_HEARD = compile_later(
    rf"^\W*(?:(?:is it true|is it real|really|so|wait)\s+)?(?:that\s+)?(?:(?:does|will|is)\s+)?(?:(?:it|the show)\s+)?(?:really\s+)?"
    rf"(?:(?:com(?:e|es|ing)|drops?|dropping|releas(?:e|es|ing))(?:\s+out)?\s+)?(?:in\s+|on\s+)?"
    rf"(?!may\s+(?:com|drop|releas))(?P<window>{MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s+20\d\d)?)"
    r"(?:\s+(?:com(?:e|es|ing)|drops?|dropping)(?:\s+out)?)?"
    # "... in march on netflix korea", "... in march in the us": where changes nothing (never a blu-ray or a dvd)
    r"(?:\s+(?:on|in)\s+(?:the\s+)?(?:netflix(?:\s+[a-z]+)?|us|usa|uk|korea|japan|india|philippines|indonesia|brazil|mexico"
    r"|canada|australia|germany|france|spain))?\W*$"
)

# The days around season 2's release (ask66):
# "heard it's delayed, real?", "i heard they pushed it back again", "is it delayed", "is it true season 2 is delayed",
# "s2 got delayed again?", "my friend says s2 got delayed again":
# the delay asked of season 2 ("it" is the next one while fans wait): the one delay reported (never "I don't know", nor
# "No." off an old article's guess that was wrong)
_HEARD_DELAYED = compile_later(
    r"^\W*(?:(?:(?:i\s+)?(?:heard|read|saw)\s+(?:that\s+)?|(?:is\s+it\s+true|so|wait|someone\s+said)\s+(?:that\s+)?)?"
    rf"(?:it\s*'?\s*s|its|it\s+is|it\s+got|it\s+was|it\s+has\s+been|they(?:\s+have)?|{_SEASON}\s+(?:is|was|got|has\s+been))"
    r"|(?:is|was|has)\s+it)\s+(?:been\s+|getting\s+|got\s+)?"
    r"(?:delay(?:ed|ing)?|postpon(?:ed|ing)|push(?:ed|ing)\s+(?:it\s+)?back)(?:\s+it)?(?:\s+again)?"
    r"(?:\W+(?:is\s+(?:that|it|this)\s+)?(?:real|true|legit|fr|for\s+real|confirmed))?\W*$")
# "did netflix delay the s2 filming", "was season 2's production pushed back": the one delay reported (never "Reportedly,
# yes. Filming is done")
_MAKING_DELAYED = compile_later(
    r"^\W*(?:(?:did|have|has)\s+(?:netflix|they)\s+(?:delay|postpone|push|move)(?:ed)?\s+(?:the\s+)?"
    rf"(?:{_SEASON}(?:\s*'?\s*s)?\s+)?(?:filming|production|shoot(?:ing)?)(?:\s+(?:of|for|on)\s+{_SEASON})?(?:\s+back)?"
    rf"|(?:was|is|has|did)\s+(?:the\s+)?(?:{_SEASON}(?:\s*'?\s*s)?\s+)?(?:filming|production|shoot(?:ing)?)(?:\s+(?:of|for|on)\s+{_SEASON})?"
    r"\s+(?:been\s+|get\s+)?(?:delayed|postponed|pushed(?:\s+back)?|moved(?:\s+back)?))(?:\s+again)?\W*$")
# "wasnt it supposed to come out december 2026??", "was s2 postponed to 2027", "is s2 pushed back to h1 2027": a window
# heard, checked as "is season 2 coming out in <window>" (no date is official; the guesses say so)
_WINDOW_HEARD = compile_later(
    rf"^\W*(?:(?:wasn\s*'?\s*t|wasnt|was|isn\s*'?\s*t|isnt|is)\s+(?:it|{_SEASON})\s+(?:(?:supposed|meant|expected)\s+to\s+"
    r"(?:come\s+out|drop|release|be\s+out|air|premiere)|(?:postponed|delayed|pushed(?:\s+back)?|moved(?:\s+back)?))"
    rf"|did\s+(?:they|netflix)\s+(?:delay|postpone|push|move)\s+(?:it|{_SEASON})(?:\s+back)?)\s+"
    rf"(?:in\s+|on\s+|by\s+|to\s+|until\s+|till\s+)?(?:the\s+)?(?P<window>{WINDOW}|{MONTH_DAY})\W*$")
# "someone said jan 15 is that real", "tiktok says it drops in april, true?", "my friend said its coming out next month":
# a day heard from someone, with no season said, is the next one's (never season 1's premiere checked against it)
_SAID_DAY = compile_later(
    r"^\W*(?:(?:someone|somebody|some\s+\w+|my\s+\w+|they|people|tiktok|twitter|reddit|youtube|insta(?:gram)?|netflix|an?\s+\w+"
    r"|the\s+(?:trailer|teaser|poster))"
    r"\s+(?:said|says|posted|told\s+me)|i\s+(?:heard|saw|read))\s+(?:that\s+)?"
    rf"(?:(?:it|{_SEASON})\s*(?:'\s*s\s+|s\s+|\s+is\s+|\s+(?:will|may|might|could)\s+|\s+)?(?:be\s+)?(?:com(?:es|ing)\s+out|come\s+out|drops?|dropping"
    r"|releas\w*|out)\s+)?(?:in\s+|on\s+|by\s+)?(?:the\s+)?"
    rf"(?P<window>{WINDOW}|{RELATIVE}|{MONTH_DAY})(?:\W+(?:is\s+(?:that|it|this)\s+)?(?:real|true|legit|right|confirmed|fr"
    # ("the trailer said march 12, is that when s2 comes out?": the day asked, the trailer only where it was seen)
    rf"|when\s+(?:it|{_SEASON})\s+(?:comes?\s+out|drops?|releases?|is\s+out)))?\W*$")
# "why cant i find s2 on netflix", "where is s2 on netflix", "why isnt season 2 on netflix": whether it is out (never
# Cheong-san's mother riding out "to find her son")
_NOT_FOUND = compile_later(
    rf"^\W*(?:why\s+)?(?:can\s*'?\s*t|cant|cannot|can\s+not)\s+(?:i|we|u|you)\s+(?:find|see|watch|stream)\s+{_SEASON}\b.*$"
    rf"|^\W*(?:where\s+is|why\s+(?:is\s*n\s*'?\s*t|isnt|is\s+not))\s+{_SEASON}\s+(?:on|in)\s+netflix\b.*$")
# "how does s2 end", "what happens at the end of season 2": what is in it (nobody knows), never where its making stands
_ITS_END = compile_later(rf"^\W*(?:how\s+(?:does|will)\s+{_SEASON}\s+end|what\s+happens\s+(?:at|in)\s+the\s+end\s+of\s+{_SEASON}"
                         rf"|(?:what(?:'s|s| is)\s+)?(?:the\s+)?(?:{_SEASON}\s+ending|ending\s+of\s+{_SEASON}))\W*$")
# "recap before s2", "i forgot everything from s1 lol quick recap?", "refresher on season 1 before season 2": season 1's
# recap (each episode hidden past the mark), never season 2's news; "where did s1 leave off": how season 1 ends
_RECAP_BEFORE = compile_later(
    rf"^(?!.*\b(?:ep|eps|episodes?|ent\d+|should|rewatch|re-?watch|worth)\b)(?=.*\b(?:recap|refresher|rundown|summary|summarize|summarise)\b)"
    rf"(?=.*\b(?:before\s+(?:the\s+)?{_SEASON}|s1|season\s+(?:1|one)|first\s+season)\b).*$")
_LEFT_OFF = compile_later(r"^\W*(?:(?:pls\s+|please\s+)?(?:remind|tell)\s+me\s+)?where\s+(?:(?:did|does)\s+)?(?:s1|season\s+(?:1|one)"
                          rf"|the\s+first\s+season|it)\s+(?:leave\s+off|left\s+off|end(?:ed)?|stop(?:ped)?)(?:\s+again)?(?:\s+(?:before|b4)\s+{_SEASON})?\W*$"
                          # "what happened at the end of s1 again": the same (was its running time)
                          r"|^\W*(?:so\s+|wait\s+|ok\s+|okay\s+)?what\s+(?:happened|happens|happend)\s+(?:at|in)\s+the\s+end(?:ing)?\s+of\s+"
                          r"(?:s1|season\s+(?:1|one)|the\s+first\s+season)(?:\s+again)?\W*$"
                          # "remind me how s1 ended", "how s1 ended again": the same
                          r"|^\W*(?:(?:pls\s+|please\s+)?(?:remind|tell)\s+me\s+)?how\s+(?:s1|season\s+(?:1|one)|the\s+first\s+season)\s+"
                          r"(?:ended|ends|finished|wrapped\s+up)(?:\s+again)?\W*$"
                          # "what was the last scene of s1", "what does the ending of the show mean": the same
                          r"|^\W*(?:what|wat)\s+(?:was|is|were|does|did)\s+the\s+(?:(?:final|last)\s+(?:scene|scenes|shot)|ending|end)"
                          r"\s+(?:of|in)\s+(?:s1|season\s+(?:1|one)|the\s+first\s+season|the\s+show|the\s+series)(?:\s+mean)?(?:\s+again)?\W*$")
# "what happened in s1 again", "what happened in season 1": a recap (each episode hidden past the mark), never its length
_S1_HAPPENED = compile_later(r"^\W*(?:so\s+|wait\s+|ok\s+|okay\s+)?what\s+happened\s+in\s+(?:s1|season\s+(?:1|one)|the\s+first\s+season)"
                             r"(?:\s+again)?\W*$")
# the rewatch before season 2: "which ep should i rewatch before s2", "if i only rewatch one episode before season 2 which
# one": the last episode, which leads into it (hidden past the mark); "what should i remember before s2 comes out": season
# 1's recap; "how long does it take to rewatch s1", "how long to binge season 1": its length, never season 2's news
_REWATCH_WHICH = compile_later(
    rf"^(?=.*\b(?:re-?(?:watch|wach|wacth|wtach|whatch)|watch\s+again|revisit)\b)(?=.*\b(?:which|what|whihc|wich|whcih)\s+(?:ep|eps|episodes?|episdoes?|epsiodes?|one)\b|.*\bwhich\s+one\b)"
    rf"(?=.*\b(?:before|b4|bfore|befor)\s+(?:the\s+)?{_SEASON}\b).*$")
# "which ep of squid game should i rewatch before s2", "which webtoon chapter ...": another work's episodes, never ours
_OTHER_WORKS_EPISODES = compile_later(rf"\b(?:webtoon|manhwa|comic|chapters?)\b|{OTHER_WORKS}", re.I)
# "when will they announce the cast / the trailer / how many episodes s2 has", "when do u think theyll announce the
# date", "when is the s2 trailer getting announced": what is already known of that (the cast came on 23 July 2025; no
# trailer, episode count or date yet), never the 2022 renewal's day
_ANNOUNCED_WHAT = (rf"(?:the\s+)?(?:{_SEASON}\s+|new\s+|official\s+|full\s+)?(?P<what>cast(?:\s+list)?|trailer|teaser|release\s+date|premiere\s+date"
                   rf"|date|episode\s+count|number\s+of\s+episodes|how\s+many\s+episodes)(?:\s+(?:for\s+|of\s+)?{_SEASON}"
                   rf"|\s+{_SEASON}\s+(?:has|will\s+have|gets|is\s+getting))?")
_WHEN_ANNOUNCED = compile_later(
    r"^\W*(?:so\s+|ok\s+|and\s+)?(?:when|wen)\s+(?:do\s+(?:u|you|yall|y'?all)\s+think\s+)?(?:(?:will|do|does|would|are|is)\s+)?"
    r"(?:netflix|they|they\s*'?\s*ll|theyll)\s+(?:going\s+to\s+|gonna\s+|finally\s+)?(?:announce|reveal|confirm|announcing|revealing|confirming)\s+"
    rf"{_ANNOUNCED_WHAT}\W*$"
    rf"|^\W*(?:when|wen)(?:\s*'?\s*s|\s+is|\s+will|\s+are)\s+(?:the\s+)?(?:{_SEASON}\s+|new\s+)?(?P<what2>trailer|teaser|cast)\s+"
    r"(?:(?:getting|going\s+to\s+be|gonna\s+be|be|get)\s+)?(?:announced|revealed|confirmed)\W*$")
_ANNOUNCED_ASKS = {"cast": "when was the season 2 cast announced", "trailer": "when's the s2 trailer", "teaser": "when's the s2 trailer",
                   "episodes": "how many episodes does season 2 have", "date": "is there a release date for season 2 yet"}
# "how does s2 start", "how will season 2 begin": what its makers have said of its story (never its making's news)
_ITS_START = compile_later(rf"^\W*(?:how|where)\s+(?:does|will|is)\s+{_SEASON}\s+(?:going\s+to\s+|gonna\s+)?(?:start|begin|open|kick\s+off)\W*$")
_REMEMBER_BEFORE = compile_later(
    r"^\W*what\s+(?:should|do|would)\s+(?:i|we|u|you)\s+(?:need\s+to\s+|have\s+to\s+)?(?:remember|know|recall)\s+(?:from\s+"
    rf"(?:s1|season\s+(?:1|one)|the\s+first\s+season)\s+)?before\s+(?:the\s+)?{_SEASON}"
    r"(?:\s+(?:comes?\s+out|drops|releases|starts|is\s+out))?\W*$")
_REWATCH_LENGTH = compile_later(
    r"^\W*(?:(?:how|hw|hwo)\s+long|how\s+many\s+hours)\s+(?:(?:does|dose|would|will)\s+it\s+)?(?:take\s+)?(?:(?:for\s+)?(?:me|u|you|us)\s+)?"
    r"(?:to\s+)?(?:re-?watch|binge|watch|finish)\s+(?:all\s+(?:of\s+)?)?(?:s1|season\s+(?:1|one)|the\s+first\s+season|the\s+(?:whole\s+|hole\s+|entire\s+"
    r"|full\s+)?(?:first\s+)?(?:show|series|season)|(?:the\s+)?(?:12|twelve)\s+(?:eps|episodes)|it)(?:\s+again)?\W*$"
    # "can i finish s1 in a weekend", "can you binge it in one day": its length says
    r"|^\W*(?:can|could)\s+(?:i|u|you|we)\s+(?:re-?watch|binge|watch|finish)\s+(?:all\s+(?:of\s+)?)?(?:s1|season\s+(?:1|one)|the\s+first\s+"
    r"season|the\s+(?:whole\s+)?(?:show|series)|it)\s+in\s+(?:a|one|1|two|2)\s+(?:weekend|day|days|night|week)\W*$")
# "is it out yet", "is it out in the uk": the season fans wait for, and season 1's worldwide premiere beside it (as
# "when's it out" is answered), never "I don't know"
_IT_OUT = compile_later(r"^\W*(?:is|has)\s+(?:it|the\s+show)\s+(?:come\s+)?out(?:\s+yet)?(?:\s+(?:in|on)\s+(?:the\s+)?"
                        r"(?:[a-z]+|my\s+country))?(?:\s+yet)?\W*$")
# "does s2 start where s1 ended", "is s2 a continuation of s1", "does season 2 pick up right after the ending": whether
# it goes on from season 1's end (Netflix's outline, hidden as far as it tells), never a line about its writer
_GOES_ON = compile_later(
    rf"^\W*(?:(?:does|will|is)\s+{_SEASON}\s+(?:start|begin|pick\s+up|continue|carry\s+on|take\s+place|set|go\s+on)\s+(?:right\s+)?"
    r"(?:where|from\s+where|from|after|when)\s+(?:s1|season\s+(?:1|one)|the\s+first\s+season|the\s+ending|the\s+end|it)"
    r"(?:\s+(?:ended|ends|left\s+off|stopped|of\s+s1|of\s+season\s+(?:1|one)))?"
    rf"|is\s+{_SEASON}\s+a\s+(?:direct\s+)?(?:continuation|sequel)(?:\s+(?:of|to)\s+(?:s1|season\s+(?:1|one)|the\s+first\s+season))?)\W*$")
# "who's coming back from s1", "who returns from season 1": season 2's returning cast (never Gwi-nam "coming back" as a
# halfbie in the story)
# "who from s1 is in s2", "are any of the old characters coming back", "is the og cast returning": the same
_FIRST = r"(?:s1|season\s+(?:1|one)|the\s+first\s+season)"
_BACK_FROM_ONE = compile_later(
    r"^\W*who(?:\s*'?\s*s|\s+is|\s+are|\s+will\s+be)?\s+(?:coming\s+back|returning|back|come\s+back"
    rf"|returns?)\s+from\s+{_FIRST}\W*$"
    rf"|^\W*who\s+from\s+{_FIRST}\s+(?:is|are|will\s+be)\s+(?:in|back\s+(?:in|for)|returning\s+(?:in|for))\s+{_SEASON}\W*$"
    r"|^\W*(?:are|r|is|will)\s+(?:any\s+(?:of\s+)?)?(?:the\s+)?(?:old|og|original|s1|season\s+(?:1|one)|first\s+season)\s+"
    r"(?:characters?|cast|people|students|kids|actors?|gang|crew)\s+(?:be\s+)?(?:coming\s+back|returning|back|come\s+back|return)"
    rf"(?:\s+(?:for|in)\s+{_SEASON})?\W*"
    # "does anyone from s1 come back in s2", "will anybody from season 1 return": the same
    rf"|^\W*(?:does|will|do|is)\s+(?:anyone|anybody|any\s+(?:of\s+)?(?:the\s+)?(?:characters?|cast|students|kids|actors?))\s+from\s+{_FIRST}\s+"
    rf"(?:come\s+back|coming\s+back|return|returning|be\s+back)(?:\s+(?:for|in)\s+{_SEASON})?\W*$")
# "whos not in s2", "who won't be in season 2": those season 1 leaves alive whom its cast leaves out (never its news)
_NOT_IN = compile_later(rf"^\W*who(?:\s*'?\s*s|\s+is|\s+are)?\s+(?:not|isn'?t|aren'?t|won'?t\s+be|wont\s+be|will\s+not\s+be)\s+in\s+{_SEASON}\W*$")
# "is the rest of the cast back", "do the rest of the survivors come back?", "are the other students in s2": who of season 1 is
# not in the cast announced, and who is (never the rest of season 2's episodes, nor its untold story)
_REST_BACK = compile_later(rf"^\W*(?:is|are|do|does|will|did|so)\s+(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?|other\s+|remaining\s+)(?:cast|class"
                           rf"|survivors|students|kids|gang|group|characters)(?:\s+members)?\s+(?:(?:coming|come|comes|be)\s+)?"
                           rf"(?:back|return(?:ing)?|in\s+{_SEASON})(?:\s+(?:for|in)\s+{_SEASON})?\W*$")
# "is lomon leaving the show", "cho yi hyun left the show?", "o lomon saiu da série?" (read "leaves the show"): whether
# they are in season 2's announced cast, with no "Yes." (hidden as far as a return tells), never "I don't know"
_LEAVES = compile_later(
    r"^\W*(?:(?:is|did|has|will|so|wait|is\s+it\s+true|someone\s+said|i\s+heard|heard)\s+(?:that\s+)?)?(?:o\s+|a\s+|el\s+|la\s+)?(ent\d+)\s+"
    r"(?:really\s+|actually\s+|already\s+)?(?:leaving|left|leave|leaves|quit|quits|quitting|exit(?:s|ed|ing)?|(?:dropp(?:ed|ing)|drops?)\s+out\s+of"
    r"|out\s+of|not\s+in)\s+(?:the\s+)?(?:show|series|cast|drama)(?:\s+(?:for|in)\s+" + _SEASON + r")?"
    r"(?:\W+(?:is\s+(?:that|it)\s+)?(?:real|true|legit|fr|right))?\W*$")
# "is it true filming for s2 ended", "s2 filming is done??", "did filming end", "they done filming?" (the filming fans
# wait on is season 2's): whether its filming is over (never "No." off a 2022 TikTok rumour that it was still being
# filmed, never the show's makers off "filming")
_FILMING_DONE = compile_later(
    r"^\W*(?:(?:is\s+it\s+true|someone\s+said|i\s+heard|heard|so|wait)\s+(?:that\s+)?)?(?:(?:did|has|is|was)\s+)?(?:the\s+)?"
    rf"(?:{_SEASON}\s+)?(?:filming|shooting)(?:\s+(?:for|of|on)\s+{_SEASON})?\s+(?:has\s+|is\s+|was\s+)?"
    r"(?:end(?:ed)?|wrap(?:ped)?(?:\s+up)?|finish(?:ed)?|stop(?:ped)?|done|over|completed?)(?:\s+(?:already|now|yet))?"
    r"(?:\W+(?:is\s+(?:that|it)\s+)?(?:real|true|legit|fr|right))?\W*$"
    r"|^\W*(?:(?:are|r|did|have)\s+)?they\s+(?:all\s+)?(?:done|finish(?:ed)?|stop(?:ped)?|wrap(?:ped)?)\s+(?:with\s+)?(?:filming|shooting)"
    rf"(?:\s+{_SEASON})?(?:\s+(?:yet|already|now))?\W*$")
# "how many days until s2", "how long till it comes out", "countdown to season 2 pls": when it comes out (a countdown
# needs a date, and whether there is one is the answer)
_COUNTDOWN = compile_later(
    r"^\W*(?:(?:so|ok|okay|wait)\W+)?(?:(?:(?:how\s+(?:many|much)\s+(?:more\s+)?)?(?:days?|dayz|sleeps|weeks?|months?|hours?|time)"
    r"|how\s+(?:long|much\s+longer)(?:\s+(?:is\s+it|will\s+it\s+be))?)\s+"
    r"(?:(?:is\s+|are\s+)?(?:left|more|to\s+go|remaining)\s+)?(?:until|till|til|untill|untl|before|b4|for|to)\s+"
    rf"(?:{_SEASON}(?:\s+(?:comes?\s+out|drops?|releases?|is\s+out|premieres?))?|it\s+(?:comes?\s+out|drops?|releases?|is\s+out|premieres?))"
    rf"|countdown\s+(?:to|for|till|until)\s+{_SEASON}|{_SEASON}\s+countdown)(?:\W+(?:pls|please|plz|lol|lmao|rn|now))*\W*$")
# "will all episodes drop at once?", "are they all coming out together": season 2's format (season 1's did, long ago)
_ALL_AT_ONCE = compile_later(
    rf"^\W*(?:will|are|r|is|gonna)\s+(?:all\s+(?:the\s+|of\s+the\s+)?(?:\d+\s+)?(?:episodes|eps)|the\s+(?:episodes|eps)|they(?:\s+all)?|it|{_SEASON})\s+"
    r"(?:all\s+)?(?:be\s+)?(?:drop(?:ping)?|com(?:e|ing)\s+out|released?|releasing|out|dropped)\s+(?:all\s+)?"
    r"(?:at\s+once|at\s+the\s+same\s+time|together|in\s+one\s+go|on\s+the\s+same\s+day)\W*$"
    rf"|^\W*(?:will|are|r|is)\s+(?:it|they|the\s+(?:episodes|eps)|{_SEASON})\s+(?:(?:going\s+to|gonna)\s+)?(?:be\s+)?"
    r"(?:weekly|released\s+weekly|split(?:\s+(?:in|into)\s+(?:two\s+|2\s+)?parts)?|(?:have|come\s+(?:out\s+)?in|be\s+in|drop\s+in)\s+"
    r"(?:(?:a\s+)?part\s+(?:1|one)\s+(?:and|&|n)\s+(?:a\s+)?part\s+(?:2|two)|(?:two|2|multiple)\s+parts|parts|volumes))(?:\s+like\s+[\w\s-]{1,30})?\W*$")
# "can i watch it in indonesia when it comes out", "does korea get s2 first": whether it is out there (it is out nowhere yet)
_WATCH_THERE = compile_later(
    r"^\W*(?:can|will|could)\s+(?:i|we|u|you)\s+(?:be\s+able\s+to\s+)?(?:watch|stream|see)\s+(?:it|"
    rf"{_SEASON})\s+(?:in|from)\s+(?:the\s+)?(?P<place>[a-z]+(?:\s+[a-z]+)?)\s+(?:when|once)\s+it\s+(?:comes?\s+out|drops?|releases?|is\s+out)\W*$"
    rf"|^\W*(?:does|will|do)\s+(?P<place2>[a-z]+(?:\s+[a-z]+)?)\s+get\s+{_SEASON}\s+(?:first|earlier|early|before\s+(?:everyone|us|the\s+rest))\W*$")
# "is there enough time to rewatch s1 before s2": as much time as is left, which needs its date (none announced)
_TIME_LEFT = compile_later(
    r"^\W*(?:is\s+there|do\s+(?:i|we)\s+(?:still\s+)?have|will\s+(?:i|we)\s+have)\s+(?:enough\s+)?time\s+to\s+(?:re-?)?(?:watch|binge)\s+"
    rf".{{0,30}}?(?:before|b4)\s+(?:{_SEASON}|it\s+comes\s+out)\W*$")
_ITS = compile_later(r"\bit\s*'?\s*s\b|\bits\b(?=\s+(?:com|drop|releas|out\b|gonna|going|delay|postpon))")
# an aside after a month heard ("... on march 3 thats my bday", "... in march cause i have exams", "..., right?"): it asks
# nothing more
_ASIDE_AFTER = compile_later(r"(?<=\d|[a-z])(?:\s+(?:that\s*'?\s*s|thats|which\s+is|cause|cuz|coz|because|bc)\b.*"
                            r"|\W*\s(?:right|correct|yeah|yea|ya|fr|for\s+real|true|real|legit)\W*)$")


def _window_said(match: re.Match[str]) -> str:
    """The day or window a check names, whichever of its forms (`window`, `window2`, `window3`) said it."""
    return str(match.group("window") or match.group("window2") or match.group("window3"))


def _coming_in(match: re.Match[str]) -> str:
    return f"is season 2 coming out in {match.group('window')}?"


def _on_day(match: re.Match[str]) -> str:
    day = match.group("window")  # "the 12th" (as asked_day reads a day alone), "march 12", or a month alone
    on = "on the" if re.fullmatch(r"\d+(?:st|nd|rd|th)", day) else "on" if re.search(r"\d", day) else "in"
    return f"is season 2 coming out {on} {day}?"


def _announced_asks(match: re.Match[str]) -> str:
    what = (match.group("what") or match.group("what2")).split()[0]
    return _ANNOUNCED_ASKS["episodes" if what in ("episode", "number", "how") else "date" if what in ("release", "premiere") else what]


# What a wording asks: the question itself, or how to say it from the match (None: not asked after all, read on)
_Read: TypeAlias = "str | Callable[[re.Match[str]], str | None]"
# The wordings read on the clause as typed, in the order they are tried: the first that matches says what it asks
_SAID_ASKED: tuple[tuple[LazyPattern, _Read], ...] = (
    (_HEARD_DELAYED, "is season 2 delayed"),
    (_MAKING_DELAYED, "is season 2 delayed"),
    (_WINDOW_HEARD, _coming_in),
    (WINDOW_RUMOURED, _coming_in),
    (_SAID_DAY, _coming_in),
    (IT_RELATIVE, _coming_in),
    (IT_ON_DAY, _on_day),
    # said, not asked ("its friday lol") unless a question mark or a "right" follows
    (IT_DAY, lambda day: _coming_in(day) if not day["said"] or day["tail"] or day["q"] else None),
    (_COUNTDOWN, "when will season 2 come out"),
    (_WATCH_THERE, lambda there: f"is season 2 out in {there.group('place') or there.group('place2')} yet"),
    (_TIME_LEFT, "when will season 2 come out"),
    (_ALL_AT_ONCE, "will season 2 drop all at once"),
    (HOUR_ASKED, "what time does season 2 come out"),
    (_NOT_FOUND, "is season 2 out yet"),
    (_ITS_END, "what happens to everyone at the end of season 2"),
    (_RECAP_BEFORE, "recap season 1"),
    (_LEFT_OFF, "how does season 1 end"),
    (_S1_HAPPENED, "recap season 1"),
    (_REMEMBER_BEFORE, "recap season 1"),
    (_REWATCH_WHICH, lambda which: None if _OTHER_WORKS_EPISODES.search(which.string) else "which episode leads into season 2"),
    (_WHEN_ANNOUNCED, _announced_asks),
    (_ITS_START, "what is season 2 about"),
    (_REWATCH_LENGTH, "how long is season 1"),
    (_IT_OUT, "when's it out"),
    (_GOES_ON, "does season 2 continue from the ending"),
    (_NOT_IN, "who isn't coming back for season 2"),
    (_REST_BACK, "who isn't coming back for season 2"),
    (_BACK_FROM_ONE, "who is returning in season 2"),
    (_FILMING_DONE, "has season 2 finished filming"),
    (_LEAVES, lambda leaves: f"did {leaves.group(1)} leave season 2"),
)
# "s2 plot news?", "any news on the s2 director?", "whats the s2 filming situation": the news of that, never a bare ping
_NEWS = r"(?:news|updates?|info|tea|situation|status)"
_TOPIC = r"(?:plot|story(?:line)?|directors?|writers?|filming|shoot(?:ing)?|production|trailer|teaser|episodes?|episode count)"
_TOPIC_NEWS = compile_later(rf"^\W*(?:(?:any|some|got|whats?|what's|what is) )?(?:the )?(?:{_SEASON} )?(?P<topic>{_TOPIC}) {_NEWS}\W*$"
                            rf"|^\W*(?:(?:any|some|got) )?{_NEWS} (?:on|about|for|re|regarding|with) (?:the )?(?:{_SEASON} )?"
                            rf"(?P<topic2>{_TOPIC})(?: (?:in|for|of) {_SEASON})?\W*$")
# The wordings read once the clause names season 2, a date or a sequel, in the order they are tried
_SEASON_ASKED: tuple[tuple[LazyPattern, _Read], ...] = (
    (_BARE_WINDOW, _coming_in),
    (_WINDOW_ASKED, _coming_in),
    (_TOPIC_NEWS, lambda news: f"season 2 {news['topic'] or news['topic2']}?"),
    (_EPISODES_CLAIMED, "how many episodes does season 2 have"),
    (_VILLAIN_PLAYED, "who is the villain in season 2"),
    (_RATING, "what is season 2 rated"),
    (_RATING_CLAIMED, "will season 2 be tv-ma like season 1"),
    (_EXPECTED, "when will season 2 come out"),
    (_BEING_MADE, "has season 2 finished filming"),
    (_MAKING, "will there be a season 2"),
    (_DATE_ANNOUNCED, "is there a release date for season 2 yet"),
    (DATE_CONFIRMED, "is there a release date for season 2 yet"),
    (SEASON_CONFIRMED, "is season 2 confirmed"),
    (WINDOW_CONFIRMED, lambda confirmed: f"is season 2 coming out in {_window_said(confirmed)}?"),
    (WINDOW_SOURCE, _coming_in),
    (DATE_SOURCE, lambda source: _on_day(source) if source["window"] else "when will season 2 come out"),
)


def _first_read(wordings: tuple[tuple[LazyPattern, _Read], ...], flat: str) -> str | None:
    """What the first of `wordings` that matches all of `flat` from its start asks (None when none does)."""
    for pattern, read in wordings:
        if (found := pattern.match(flat)) is not None and (asked := read if isinstance(read, str) else read(found)) is not None:
            return asked
    return None


def season2_asked(clause: str, this_year: int | None = None) -> str:
    """`clause` as the season-2 question it asks (unchanged unless a wording above matches it); `this_year` is the
    engine's clock's, which a later year's slate is held to."""
    flat = " ".join(clause.split())  # its words one space apart: made again after the rewrites of `clause` below
    if _BARE_TRAILER.match(flat):
        return "when's the s2 trailer"
    if _DATE_MOVED.match(flat):  # (its own verb kept: "pushed back" asks a delay, "changed" any move)
        return re.sub(r"\b(?:release |premiere )?date\b", "season 2 release date", flat, count=1)
    if _MORE_ZOMBIES.match(flat) and re.search(rf"\b{_SEASON}\b", clause):
        return "what are the zombies like in season 2"
    if _FOOTAGE.match(flat):
        return "is the script reading video out"
    if _FOOTAGE_SEEN.match(flat):
        return "what is the script reading video"
    if "new zombie" in clause and _NEW_ZOMBIE.search(clause):
        clause = _NEW_ZOMBIE.sub("what are the zombies like in season 2", clause)
    if "new" in clause and _NEW_TRAILER.search(clause):
        clause = _NEW_TRAILER.sub(r"the season 2 \1", clause)
    flat = " ".join(clause.split())
    if "new" in clause and (person := _NEW_PERSON.match(flat)) is not None:
        kind = "female " if person["noun"] in _GIRLS else "male " if person["noun"] in _BOYS else ""
        return f"who are the new {kind}characters in season 2"
    if (asked := _first_read(_SAID_ASKED, flat)) is not None:
        return asked
    if (asked := waiting_asked(flat, this_year)) is not None:
        return asked  # "is s2 the last season", "did netflix release a synopsis for s2"
    if (said := _ASIDE_AFTER.sub("", _ITS.sub("it", flat))) != flat and _MONTH_HEARD.match(said):
        clause = said  # "is it true its coming out on march 3 thats my bday", "its coming out in march right?"
    if _NEW_ONE.search(clause):
        clause = re.sub(r"\b(?:the )?(?:new|next) (?:one|season)\b", "season 2", clause)
    flat = " ".join(clause.split())
    if (date := _DATE_CHECKED.match(flat)) is not None:
        return f"is season 2 coming out in {_window_said(date)}?"
    if (month := _MONTH_HEARD.match(flat)) is not None and re.search(
            r"\b(?:com(?:e|es|ing)|drops?|dropping|releas\w*)\b", clause):
        return f"is season 2 coming out in {month.group('window')}?"
    # "is netflix announcing it in january": "it" is season 2 where fans wait for it (read by _DATE_ANNOUNCED only)
    if "2" not in clause and "season" not in clause and "date" not in clause and "sequel" not in clause:
        return "is there a release date for season 2 yet" if "announc" in clause and _DATE_ANNOUNCED.match(flat) else clause
    text = flat
    if _SHOWRUNNER.search(text) and re.search(rf"\b{_SEASON}\b", text):
        clause = text = _SHOWRUNNER.sub("director", text)  # "same showrunner for s2?"
    if (asked := _first_read(_SEASON_ASKED, text)) is not None:
        return asked
    if _TRAILER_FAKE.search(text):
        return "what is the season 2 trailer"
    if _TRAILER_REAL.search(text):
        return "is the season 2 trailer real"
    if (changed := _CHANGED_MAKER.match(text)) is not None and ("2" in text or "season" in text):
        maker = changed.group("maker") or changed.group("maker2") or changed.group("maker3") or changed.group("maker4") or ""
        if maker:
            return f"who {'directs' if maker == 'director' else 'writes'} season 2"
    if (same := _SAME_MAKERS.match(text)) is not None and ("2" in text or "season" in text):
        maker = same.group("maker") or same.group("maker2")
        return f"{'are' if maker.endswith('s') else 'is'} the {maker} back for season 2"
    text = _NOT_AFTER.sub(r"\1 isn't \2", text)  # "why is namra not in s2"
    if (why := _WHY_NOT_IN.match(text)) is not None:
        return f"is {why.group('who')} in season 2"
    return clause
