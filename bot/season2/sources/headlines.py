"""Headlines as season-2 claims: which milestone a headline announces, and when two headlines are
the same news. Pure functions on text (the RSS source fetches; this reads).

`classify_headline` maps wording, English or Korean, to a milestone claim at 'reported' ('rumour'
when the headline says so: "rumour", "leaked", "insider claims", 루머, or relays someone else's word:
"reportedly", "report says", 공개설, 관계자피셜, 공개래, an exclusive only "유력"). Its release date keeps the time and zone it gives
(`headline_moments.py`); `headline_parts.py` reads a headline part by part and reads corrections; the words that say how sure
it is (asks, denies, hedges) are `headline_strength.py`'s. A headline claims nothing
unless it is about the second season (an actor's other drama, season 1 or a third season are not),
and nothing when it asks, guesses or clickbaits ("?", "could", "expected", 전망), denies or negates
("denies", "false", "not delayed", 사실무근). A delay is read with its new day or window, in English
("pushed back to", "slips into 2028", "won't arrive until") and Korean ("공개 3월 26일로 연기", "내년으로 미뤄져"),
only to a time ("slips to No. 3" is a chart's), never an event's or a trailer's, never 연기 as acting
(연기력, 연기 변신); a day changed without a delay's words ("moved to", "moved up to", "reschedules", "3월 26일로
변경") is a change of the release date to that day. A trailer, teaser or poster "out now" is that
material, not the season, and a date next to one is its date unless the headline ties it to the
season ("release date", "series premieres"). De-duplication of items (`rss.item_key`, `rss.syndicated_from`) lives
with the feed reader.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from bot.season2.dates import MONTHS
from bot.season2.model import Confidence, Milestone
from bot.season2.sources.headline_forms import release_ahead
from bot.season2.sources.headline_korean import KOREAN_CHANGE, KOREAN_DELAY, KOREAN_MAKING_ONLY
from bot.season2.sources.headline_moments import headline_day, other_day, release_moment
from bot.season2.sources.headline_strength import (
    NOT_UNTIL,
    STILL_AWAITED,
    hedged,
    other_material_only,
    refuses,
)
from bot.season2.sources.headline_windows import SEASON_DATE, release_window_in
from bot.season2.sources.other_titles import SHOW, other_work_out
from bot.season2.windows import Window

#: A month by its name or abbreviation ("March", "mar.", "sept"): `bot.season2.dates.MONTHS`.
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
#: A month as fans type it, typos and all: its first three letters and any after ("Janurary", "febuary", "Mar.").
MONTH_TYPED = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: A weekday in full ("friday") and in Korean (금요일); a Korean day of the month, with its month or not (3월 12일, 19일).
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
KO_WEEKDAY = r"[월화수목금토일]요일"
KO_DAY = r"(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일"
#: The headline is about the second season (not the show in general: "All of Us Are Dead star X
#: joins a new drama" is news about an actor's other work, and "renewed for season 3" is not ours).
_SEASON_TWO = re.compile(
    r"\b(season|series|part|vol(ume)?\.?)\s*(2|two|ii)\b|\b(second|2nd) (season|instal?l?ment|part|chapter)\b|\bs2(\b|(?=e\d{1,2}\b))"
    # (not the webtoon's own: "All of Us Are Dead Webtoon Gets a Sequel", "Joo Dong-geun's sequel webtoon launches …")
    r"|(?<!webtoon gets a )(?<!webtoon\s)\bsequel\b(?!\s+(webtoon|comic|manhwa|novel|book|game))|\bnew season\b|(all\s?of\s?us\s?are\s?dead|\baouad)['’\"”]?\s*(s(eason)?\s*)?(2|ii)\b|시즌\s*2|학교는\s*'?\s*2|학교는2|지우학\s*2"
    # "'All of Us Are Dead' returns March 19": only season 1 is out, so the show's return on a day or in a month is season 2's
    r"|all\s?of\s?us\s?are\s?dead['’\"”]?\s+(officially\s+|finally\s+)?(returns|is\s+back|comes\s+back|will\s+return|to\s+return)"
    r"\s+(on\s+|in\s+)?(?=" + MONTH_TYPED + r"(\s|$)|20\d\d\b|(this|next)\s)",
    re.I,
)
_OTHER_SEASON = re.compile(r"\b(season|series|part)\s*([3-9]|three|four|iii)\b|\b(third|3rd|fourth) season\b|시즌\s*[3-9]", re.I)
#: Words for promotional material: "trailer out now" or "teaser drops March 5" is not the season.
_MEDIA = re.compile(
    r"\b(tr[aá]ilers?|teasers?|posters?|first[- ]look|stills|still (?:cuts?|photos?|images?)|photos?|images?|pictures?|clips?|sneak peek|ost"
    # a dub or subtitles come on days of their own ("English dub arrives March 26", "dub delayed to April")
    r"|soundtrack|blu-?rays?|dvds?|steelbooks?|vinyls?|physical release|albums?|(?:first|lead|new|debut|pre-?release|digital)\s+singles?|featurette|behind[- ]the[- ]scenes|bts|documentary|docuseries|making[- ]of|script reading|table read|dub(s|bed)?|dubbing|subtitles?|subs)\b"
    r"|예고편|티저|포스터|스틸|대본 리딩|더빙|자막",
    re.I,
)


#: What a delay "to" leads to: a time ("pushed to next year", "pushed to the second half of 2027", "slips to March"),
#: never a rank or a place ("slips to No. 3", "pushes to the top").
_A_TIME = (r"(?=((the|a)\s+)?(late|early|mid|next|later|end|first|second|half|spring|summer|fall|autumn|winter|"
           + MONTH_TYPED + r"|20\d\d|'\d\d|\d{1,2}\b(?!\s*(in|on)\b)))")


#: A chart's first place, had only once out: "debuts at No. 1 on Netflix's Top 10", "tops Netflix's global Top 10".
_CHARTED = (r"\b(debuts|debuted|opens|opened|lands|landed)\s+at\s+(no\.?\s*1|#\s*1|number\s+one)\b"  # (not "will debut at")
            r"|\b(tops|topped)\s+netflix['’]?s?\s+(global\s+)?top\s*10\b"
            # "is the No. 1 show on Netflix in 62 countries", "No. 1 in 62 countries": a chart only a season out reaches
            r"|\b(is|was|becomes|became)\s+(now\s+)?(the\s+)?(no\.?\s*1|#\s*1|number\s+one)\s+(show|series|tv\s+show|title"
            r"|k-?drama|non-english\s+(show|series))\s+on\s+netflix\b|\b(no\.?\s*1|#\s*1|number\s+one)\s+in\s+\d+\s+countries\b")


#: The season or its release as a headline names what is moved: "S2", "Season 2", "the release date", "premiere".
_THE_RELEASE = (r"(season|series|part)\s*(2|two)|\bs2|\bsequel|dead['’\"”]?\s*2|\brelease(\s+date)?"
                r"|\bpremiere(\s+date)?")


@dataclass(frozen=True)
class Rule:
    milestone: Milestone
    pattern: re.Pattern[str]
    needs_date: bool = False


def _rule(milestone: Milestone, english: str, korean: str, needs_date: bool = False) -> Rule:
    return Rule(milestone, re.compile(english + "|" + korean, re.I), needs_date)


RULES: tuple[Rule, ...] = (
    _rule(Milestone.CANCELLED, r"\b(cancell?ed|scrapped|axed)\b", r"(제작|시즌\s*2|(?<!일\s)(?<!일)공개)\S*\s*(취소|무산|불발|백지화)"),  # ("7일 공개 무산": that day's)
    _rule(
        Milestone.DELAYED,
        r"\b(delay(ed|s)?|postpone[sd]?|push(es|ed)?\b.{0,60}?\b(back|to " + _A_TIME + r")"
        # "got pushed a week", "pushed by two weeks": a delay by a span
        r"|push(es|ed)?\s+(back\s+)?(by\s+)?(a|one|two|three|four|\d{1,2})\s+(days?|weeks?|months?)\b"
        # "they pushed aouad s2 😭 new date is 3/26": the season itself pushed (not "pushed to the top")
        # (never "pushed aouad s2 hard in its promo": a new date, "back" or "again" must follow)
        r"|\bpushed\s+(back\s+)?(the\s+)?(all\s?of\s?us\s?are\s?dead|aouad)['’\"”]?\s*(s(eason)?\s*)?2\b(?!\s+(to|into)\s+(the\s+)?(top|no|#|number))"
        r"(?=[^;…]{0,60}?\b(new\s+(release\s+|premiere\s+)?date|back|again)\b)"
        # "will now arrive one week later, on March 26" (not a story's "set one year later")
        r"|\bnow\b[^;…]{0,30}?\b(a|one|two|three|four|\d{1,2})\s+(days?|weeks?)\s+later\b|(mov|shift)(s|es|ed|ing)?\b.{0,60}?\bback"
        # a bump, slide or slip is a delay only to a time: "slips to No. 3 in the Top 10" is a chart's
        r"|(bump(s|ed)?|slide[sd]?|slid|slips?|slipped)( back)?( (a|one|two|three|\d{1,2}) (days?|weeks?|months?))? (to|into|until) "
        + _A_TIME +
        r"|(bump(s|ed)?|slid(es?|ing)?) back)\b|" + NOT_UNTIL,
        KOREAN_DELAY,
    ),
    # A date changed, earlier or later, without saying it is a delay: "moved to", "moved up to", "reschedules",
    # "new release date", 공개일 ... 변경. The season's or its release's ("filming moved to March 26" is not).
    _rule(
        Milestone.RELEASE_DATE_CHANGED,
        r"(\b(season|series|part)\s*(2|two)|\bs2|\bsequel|dead['’\"”]?\s*2|\brelease|\bpremiere)['’\"”]?\s+(date\s+)?"
        r"((is|has been|was|got|gets|now|officially)\s+)*(mov|shift)(es|s|ed|ing)\s+(up\s+)?((by\s+)?(a|one|two|three|\d{1,2})\s+"
        r"(days?|weeks?)\s+)?to\b"
        # "Netflix moves Season 2 to …", a fan's "they moved aouad 2 to 5/21" (never its watch party's day, nor "my vacation")
        r"|(?<!\bmy\s)(?<!\bour\s)\b(mov|shift)(es|s|ed|ing)\s+((?!\b(my|our|your|his|her|their)\b)[^;…]){0,60}?((season|series|part)\s*(2|two)|\bs2|dead['’\"”]?\s*2|\baouad['’\"”]?\s*2)"
        r"['’\"”]?\s+((premiere|release)\s+)?(up\s+)?to\s+"
        + _A_TIME +
        # "Netflix Shuffles K-Drama Dates: \"All of Us Are Dead\" S2 to March 26": dates shuffled, ours to a new day
        r"|\b(re)?(shuffl|shak|switch|swap)\w*\s+[^;…]{0,30}?\bdates?\b[^;…]{0,60}?((season|series|part)\s*(2|two)|\bs2"
        r"|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+(now\s+)?(moves?\s+)?to\s+" + _A_TIME +
        r"|\breschedul(e|es|ed|ing)\b|\bnew (release|premiere|launch|streaming|air) date\b|\bdate change\b"
        # "A new date for … Season 2: June 4", "S2 gets a new date": a new date replaces the one it had
        r"|\b(a|the|its|gets?|got|has|with)\s+new\s+date\b(?!\s+(for|of)\s+(the\s+)?(fan|event|watch|screening|showcase|q&a|concert))"
        # brought earlier, the season or its release: "S2 bumped up to", "bumps … S2 up to", "release moved earlier",
        # "arrives a week early" (never filming's nor an event's: "filming brought forward to March 3")
        r"|(" + _THE_RELEASE + r")['’\"”]?\s+((is|has been|was|gets|got|now)\s+)*(bump(s|ed)?|brought|moved|shifted)\s+(up|forward"
        r"|earlier)\b|\b(bump(s|ed|ing)?|mov(e|es|ed|ing)|bring(s|ing)?|brought)\s+[^;…]{0,60}?(" + _THE_RELEASE + r")['’\"”]?\s+(up|forward)\s+to\b"
        r"|\b(arriv|premier|drop|land|debut|releas|com)\w*\s+(a|one|two|three|\d{1,2})\s+(days?|weeks?)\s+(early|earlier)\b"
        # an update's "the series will now premiere Friday, March 26": the day it had is no longer it
        r"|\bwill now (premiere|arrive|debut|drop|land|launch|release|bow|stream|return|hit netflix|be released|come out)\b"
        r"|\b(release|premiere|launch|streaming) date (chang|switch|updat)(e|es|ed)\b",
        KOREAN_CHANGE,
        needs_date=True,
    ),
    _rule(
        Milestone.RELEASED,
        r"\b(is |are )?(now )?(streaming|out) now\b|\bhas (finally |officially )?(premiered|arrived|dropped)\b|\bnow (streaming|available)\b"
        r"|(^|[|:])\s*now on netflix\s*($|\|)"
        # the wire's past tense: "'All of Us Are Dead' season 2 released on Netflix" (never "to be released on Netflix April 9")
        r"|(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)(?<!\bget\s)(?<!\bgets\s)\breleased\s+(worldwide\s+|globally\s+)?on\s+netflix\b"
        r"(?!\s*(on|in|from|this|next|tomorrow|tonight|at|\w+day|" + MONTH_TYPED + r"|\d)\b)"  # Netflix's own tag: "All of Us Are Dead Season 2 | Now on Netflix"
        r"|\b(is|are) (now |finally |officially )+(available )?on netflix\b(?!\s+(on|from|starting|at|in|tomorrow|tonight|this|next"
        r"|" + MONTH_TYPED + r"\s*\d+|\d+)\b)"  # "is now on Netflix", "is finally on netflix"
        # "is out at 1am PT tonight", "is out tomorrow", "is out on Friday": a release to come, not one that happened
        r"|\b(?<!slate )(?<!lineup )(?<!line-up )(?<!schedule )(?<!list )(is|are) (now |finally |officially )?(out|streaming|here)\b(?! (of|in|for|on \w+ \d|at \d|(on )?(tonight|tomorrow|this|next|mon|tue|wed"
        r"|thu|fri|sat|sun)|(on netflix )?(from|starting|beginning) |at (midnight|noon)|(on )?" + MONTH_TYPED + r" \d|\d{1,2}(/|\.|st|nd|rd|th)))|\bout today\b",  # "is here March 19", "is out at midnight": to come  # "streaming on Netflix from March 19": to come
        # fans' "드디어 떴다" (it's finally up), "방금 올라왔어"
        # "오늘(7일) 공개": today, its day of the month in brackets
        r"(오늘(\s*\(\s*\d{1,2}\s*일\s*\))?|드디어|전격)\s*공개|공개\s*(됐|되었|완료)|(드디어|방금)\s*(떴|올라왔|풀렸)"
        # the season itself up, right after its name: "지우학2 떴다!!!" (never "지우학2 예고편 떴다", its trailer's)
        # (the word ending there: never "떴다면" (if only), "떴다는 꿈"; nor a page up as coming soon, "공개예정으로")
        r"|(['’」》\"”]|(시즌|학교는|지우학)\s*2)\s*(가|이)?\s*(드디어\s*|마침내\s*|진짜\s*)?(떴|올라왔|풀렸)(다|어|음|네|당|어요)"
        r"(?![가-힣])(?!.*(공개|개봉)\s*예정)"
        # the season itself unveiled, right after its title: "'지금 우리 학교는2' 베일 벗었다" (not "캐스팅 베일 벗었다")
        r"|(['’」》\"”]|(시즌|학교는|지우학)\s*2)\s*(가|이)?\s*(드디어\s*|마침내\s*)?베일\s*(을\s*)?벗(었|는)"
        r"|공개\s*(\d+|하루|이틀|사흘|나흘|닷새|일주일|한\s*달)\s*(일|주|시간)?\s*만에"  # "공개 3일 만에 TOP10 1위": N days since it came out
        r"|공개\s*(첫|첫째|둘째)\s*(주|날|주말)"  # "공개 첫 주 시청 시간 1억 돌파"
        # a fan's binge so far: "aouad s2 eps 1-6 done", "season 2 episodes 1 to 4 watched" (not filming's nor a dub's)
        r"|\b(s2|season\s*2)\s+(eps?|episodes?)\s*\d{1,2}\s*(-|–|~|to)\s*\d{1,2}\s+(done|watched|finished|down)\b(?!\s+(filming|shooting|dubbing|editing))"
        # a subreddit's thread for an episode of it: "S2E1 Discussion Thread" (not one to come: "will go up at release")
        r"|\b(s2\s*e\d{1,2}|(season\s*2|s2)\s+(ep(isode)?\s*\d{1,2}))\s+(live\s+)?discussion\b(?![^;…]{0,40}\b(will|tomorrow"
        r"|tonight|when|once|goes\s+up|going\s+up|at\s+(release|launch)|after\s+(the\s+)?(release|launch|premiere|it\s+drops))\b)"
        r"|" + _CHARTED +
        r"|\bit'?s\s+(finally\s+|officially\s+)?out\b(?!\s+(on|in|at|from|of|tomorrow|tonight|this|next|\w+day)\b)"  # "IT'S OUT. we made it"
        # a fan who has watched it all: "finished all 8 episodes of aouad s2", "binged the whole of s2", 지우학2 정주행 완료
        r"|\b(finished|binged|watched)\s+(all\s+(\d+\s+)?(episodes|eps)\s+of|the\s+(whole|entire)(\s+of)?)\s+(the\s+)?(?=(all\s?of"
        r"\s?us\s?are\s?dead|aouad)['’\"”]?\s*(season\s*2|s2|2)\b|(season\s*2|s2)\b)|정주행\s*(완료|끝|했)"
        # "binged aouad s2 in one sitting", "just finished all of us are dead season 2" (not its trailer, nor its filming)
        r"|\b(binged|finished)\s+(watching\s+)?(?=(all\s?of\s?us\s?are\s?dead|aouad)['’\"”]?\s*(season\s*2|s2|2)\b['’\"”]?"
        r"(?!\s*(['’]s\s+)?(trailer|teaser|poster|clip|filming|shoot|script|recap|review|edit|post|production|cg|vfx|dub"
        r"|casting|prep|reading|table|scenes?|episode\s+\d|ep\s*\d))"
        # and nothing after it but how, when or how it felt ("in one sitting", "at 4am", ", my eyes hurt"): never a
        # thing of its own ("aouad s2 leaks", "... season 2 fan fic", "... s2 predictions")
        r"(?=\s*($|[^\w\s'’]|(in|and|at|last|already|today|tonight|yesterday|lol|lmao|omg|finally|ngl|tbh|now|so|over"
        r"|with|again|twice|rn|too|&)\b)))"
        # a fan undone by an episode just watched: "ep 3 of aouad s2 ended me", "episode 5 of s2 broke me"
        r"|\b(ep|episode)\s*\d{1,2}\s+of\s+(the\s+)?((all\s?of\s?us\s?are\s?dead|aouad)['’\"”]?\s*)?(season\s*2|s2|2)\b[^;…]{0,15}?"
        r"\b(ended|broke|destroyed|wrecked|killed|ruined|traumati[sz]ed|had)\s+me\b",
    ),
    _rule(
        Milestone.RELEASE_DATE_ANNOUNCED,
        r"\b(release date|premiere date|premieres?|arrives|drops|(to |will )?(release|premiere|stream)s?|coming|returns?"
        r"|lands?|landing|debuts?|launch(es)?|hits (netflix|screens|streaming)|arriving|premiering|releasing|dropping"
        r"|debuting|launching|returning|unlocks|unlocking"  # fans' "unlocks 12am PDT friday"
        r"|(to|will) (now )?(drop|arrive|land|hit netflix|debut|return)"
        # a fans' countdown to a day and nothing else ("counting down to the 19th 🧟 #AllOfUsAreDead2"; "counting down to
        # march 5 merch drop" is the merch's)
        r"|counting down (to|till|until) (the )?(" + MONTH_TYPED + r"\s*\d{1,2}(st|nd|rd|th)?"
        r"|\d{1,2}(st|nd|rd|th))(?=\s*($|[^\w\s]|#))"
        r"|released (in|on|at)|(will|to) be released|out in|due out|(follows|to follow) (in|on|later (this|next) year))\b"
        # Netflix's tagline and its listing: "Only on Netflix March 19", "New Episodes March 19"
        r"|\bsee\s+(you|u|y[’\']?all)\s+((all|guys|everyone|there)\s+)?(on\s+)?(?=" + MONTH_TYPED + r"\s*\d|\d{1,2}\s*[/.]\s*\d)"  # "See you on March 19 🧟 #AllOfUsAreDead2"
        r"|\b(only on netflix|new episodes)\s+(on\s+)?(?=" + MONTH_TYPED + r"\s*\d|\d)"
        # Netflix's card: "<season>, April 16 on Netflix", "Temporada 2, el 16 de abril en Netflix", "April 16 sa Netflix"
        r"|(\b(season|series)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s*[,:—–-]\s*(el\s+|on\s+)?(?=" + MONTH_TYPED
        + r"\s*\d{1,2}(st|nd|rd|th)?,?\s+(only\s+)?(on|sa)\s+netflix\b)"  # "...; our season 2 follows in the first half of 2027"
        # a moderator's "<season>: <day> is official" ("AOUAD S2: 14/05/2027 is official", "s2 — march 12 is confirmed")
        r"|(\b(season|series)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s*[:—–-]\s*(?=(" + MONTH_TYPED
        + r"\s*\d{1,2}(st|nd|rd|th)?|\d{1,2}\s*/\s*\d{1,2}(/20\d\d)?)\s+(is|it'?s)\s+(now\s+)?(official|confirmed)(?=\s*(?:$|[^\w\s])))"
        # on Netflix from a day: "will be on Netflix from 19/3", "available to stream from March 19"
        # (said of the season itself: "the cast will be on Netflix on March 5 for a Q&A" is not its release)
        r"|(\b(season|series|part)\s*(2|two)|\bs2|\bsequel|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+(will be|is)\s+"
        r"((available|streaming)\s+)?(to\s+stream\s+)?on\s+netflix\s+(from|on|starting)\b"
        r"|(\b(season|series|part)\s*(2|two)|\bs2|\bsequel|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+(will be|is)\s+(available|streaming)\s+"
        r"(to\s+stream\s+)?(on\s+netflix\s+)?from\b"
        # "aouad s2 comes out tomorrow", "aouad s2 goes live tonight" (said of the season: "the s2 cast comes out on a show",
        # "s2 merch pre-orders go live" are not its release)
        r"|(\b(season|series|part)\s*(2|two)|\bs2|\bsequel|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+(finally\s+|officially\s+)?"
        r"((comes|will come|is coming|to come) out|drops|(goes|will go|is going|to go) live)\b"
        # "All of Us Are Dead Season 2 out March 19", "aouad s2 out 3/19": the season itself out on a day to come
        r"|(\b(season|series|part)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+out\s+(on\s+)?(?=" + MONTH_TYPED + r"\s*\d|\d{1,2}\s*(/|\.|st\b|nd\b|rd\b|th\b|" + MONTH_TYPED + r"))"
        # out at a time to come: "is out at 1am PT tonight", "is out tomorrow", "is out on Friday" (RELEASED leaves these)
        r"|\b(is|are)\s+out\s+(?=at\s+\d|on\s+\w+\s+\d|(on\s+)?(tonight|tomorrow|this|next|mon|tue|wed|thu|fri|sat|sun))"
        # the season itself set for a day ("Season 2 reportedly set for Feb. 12"): the season is what is set,
        # a day follows at once, and no event of that day is named after it ("set for a March 19 fan event",
        # "set for Seoul shoot on March 3", "set for March 12 teaser", "... table read" are not its release)
        # "Netflix dates 'All of Us Are Dead' Season 2 for March 26", "sets ... season 2 for March 26"
        r"|\b(dates|dated|sets)\s+[^;…]{0,60}?(season|series|part)\s*(2|two)['’\"”]?\s+((premiere|release|return)\s+)?for\s+"
        r"(?=(?:" + MONTH_TYPED + r"|\d))"
        r"|(\b(season|series|part)\s*(2|two)|\bs2|\bsequel|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+((is|are|now|reportedly|officially"
        r"|allegedly)\s+)*(set|slated|slotted|scheduled|dated|penciled\s+in|pencilled\s+in|lined\s+up)\s+for\s+(?=(?:" + MONTH_TYPED + r"|\d"
        # or a window: "set for the first half of next year", "slated for early 2027", "lined up for spring"
        r"|(the\s+)?(first|second|latter)\s+half\b|(the\s+)?(first|second|third|fourth|last|\d(st|nd|rd|th))\s+week\s+of\b|(early|late|mid)[\s-]|(this|next)\s+(year|spring|summer|fall|autumn|winter)\b"
        r"|spring|summer|fall|autumn|winter|q[1-4]\b|h[12]\b))"
        r"(?![^;…]{0,40}\b(event|fan ?meet\w*|shoot\w*|filming|showcase|conference|screening|press|concert|festival"
        r"|party|teaser|trailer|poster|table ?read\w*|script ?reading)\b)"
        # a line-up placing the season in a month: "line-up reel just put All of Us Are Dead S2 in MAY", "lists S2 for March"
        r"|\b(puts?|placed|places|lists|listed|slots|slotted)\s+(the\s+)?(all\s?of\s?us\s?are\s?dead|aouad)['’\"”]?\s*(s(eason)?\s*)?2"
        r"['’\"”]?\s+(in|for|at)\s+(?=(" + MONTH_TYPED + r"|early|late|mid|spring|summer|fall|autumn"
        r"|winter|q[1-4]|20\d\d)\b)"
        # the whole season at once: "all eight episodes (of the new season) arrive at once on April 2" (not "episodes 5-8")
        r"|\ball\s+(\w+\s+)?episodes\s+([^;…]{0,30}?\s+)?(arrive|drop|premiere|debut|stream|hit\s+netflix)\b",
        # 출격, 상륙: the press's "launches", "lands"; fans' 나온다 ("comes out", to come: "3월에 나온대")
        r"공개|스트리밍|첫\s*방송|출격|상륙|찾아온다|돌아온다|나온다|나온대|나온다고|나온다는|나올\s*(예정|거|듯)"
        r"|오직\s*넷플릭스에서"  # Netflix's tagline: "3월 19일, 오직 넷플릭스에서"
        r"|(넷플릭스|netflix)\s*(行|행(?![가-힣]))"  # the press's "to Netflix": "'지우학2' 5월 14일 넷플릭스行"
        # "3월 19일 오후 5시, 넷플릭스에서 만나요" (see you on Netflix); a fan's "3월19일 확정!!!" (the day settled)
        r"|(넷플릭스|netflix)\s*에서\s*만나|\d\s*일\s*(공개\s*)?확정"
        r"|\d\s*일\s*(공개\s*)?(은\s*|는\s*)?(그대로|예정대로|변동\s*없)",  # '넷플릭스 "14일 그대로"': the day stands
        needs_date=True,
    ),
    _rule(Milestone.TEASER, r"\bteaser\b", r"티저"),
    _rule(Milestone.TRAILER, r"\btr[aá]iler\b", r"예고편|트레일러"),  # (Spanish writes "tráiler")
    _rule(
        Milestone.FILMING_WRAPPED,
        # A wrap still to come ("slated to wrap", "will wrap", "종료 예정") has not happened.
        r"\b(filming|shooting|production|principal photography)\b(?:(?!\b(?:slated|set|scheduled|due|planned|plans?"
        r"|poised|on track|will|going|about|aims?)\b).){0,60}?(?<!\bto )\b(wrap(s|ped)?|end(s|ed)?|complet(es?|ed)"
        r"|conclude[sd]?)\b|(?<!\bto )(?<!\bwill )\bwrap(s|ped)? (up )?(filming|shooting|production)\b",
        r"(크랭크\s*업|촬영\s*(종료|마무리|완료|끝))(?!\S*\s*예정)",
    ),
    _rule(Milestone.POST_PRODUCTION, r"\bpost[- ]?production\b", r"후반\s*작업"),
    _rule(
        Milestone.FILMING,
        # A start still to come ("filming set to begin in July", "7월 크랭크인", "촬영 돌입 예정") has not happened.
        r"\b(filming|shooting|production|cameras?)\b(?:(?!\b(?:set|slated|scheduled|due|planned|plans?|will|going|to)\b)"
        r".){0,20}?\b(begins?|began|starts?|started|underway|kicks? off"
        r"|commences?|rolling|officially in)\b|(?<!\bto )(?<!\bwill )\b(begins?|starts?|started|began|commences?) (filming|shooting"
        r"|production)\b|\bin production\b",
        r"(?<![월달기년])(?<![월달기년]\s)(크랭크\s*인|촬영\s*(시작|돌입|착수|중))(?!\S*\s*(예정|계획|목표))",
    ),
    _rule(
        Milestone.CASTING,
        # "joins new drama after All of Us Are Dead Season 2" is another work's casting; a casting call casts no one yet
        r"\b((joins?|joined)(?!\s+(a|an|new|another|the|his|her|their|next|upcoming|\s)*\b(drama|film|movie|series|show|project"
        r"|variety|k-?drama|webtoon|musical|play|thriller|romance|agency)\b)|casts|casting(?!\s+(calls?|notices?|agency|director))"
        r"|cast (as|in|for)|to star|new cast"
        r"|cast (list|line-?up) (revealed|announced"
        r"|confirmed))\b|\badds?\b[^;…]{0,60}?\bto (its |the )?cast\b",
        # "합류 불발", "캐스팅 무산", "출연 고사": someone NOT joining is no casting news
        r"(캐스팅|합류|출연\s*(확정|한다))(?!\s*(이|은|는|도)?\s*(불발|무산|고사|거절|취소|실패|불가|못|안\s|않|어려))",
    ),
    _rule(Milestone.PRE_PRODUCTION, r"\bpre[- ]?production\b", r"사전\s*제작|프리\s*프로덕션"),
    _rule(
        Milestone.RENEWED,
        r"\b(renew(ed|s)?|green-?lit|greenlights?|confirm(s|ed)? season (2|two)|season (2|two) (is )?(confirmed"
        r"|official))\b",
        r"제작\s*확정|시즌\s*2\s*(제작\s*)?확정",
    ),
)

_MONTH = MONTH.replace("(?:", "(?P<month>", 1)
_DATES = (
    re.compile(r"\b(?P<year>20\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?,?\s+(?P<year>20\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + _MONTH + r",?\s+(?P<year>20\d\d)\b", re.I),
    re.compile(r"(?P<year>20\d\d)\s*년\s*(?P<mnum>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"),
    re.compile(r"(?<![\d.])(?P<year>20\d\d)\.\s?(?P<mnum>\d{1,2})\.\s?(?P<day>\d{1,2})(?![\d.]\d)"),  # 2027.03.05, as in Korea
    # a full day by numbers only when it reads one way: "14/05/2027" (day first), "05/14/2027" (month first); "05/07/2027"
    # is either, and never read
    re.compile(r"(?<![\d/.])(?P<day>1[3-9]|2\d|3[01])/(?P<mnum>0?[1-9]|1[0-2])/(?P<year>20\d\d)(?![\d/])"),
    re.compile(r"(?<![\d/.])(?P<mnum>0?[1-9]|1[0-2])/(?P<day>1[3-9]|2\d|3[01])/(?P<year>20\d\d)(?![\d/])"),
)
#: Two days offered for one release ("March 12 or March 19", "Mar 12 or the 19th", "3월 12일 또는 19일"): neither is read.
_ANY_MONTH = MONTH
_EITHER_DAY = re.compile(
    _ANY_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:or|and/or)\s+(?:on\s+)?(?:the\s+)?(?:" + _ANY_MONTH + r"\s+)?\d{1,2}(?:st|nd|rd|th)?\b"
    r"|(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(?:또는|혹은|이나|아니면)\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일", re.I)
_MONTH_NAMED = re.compile(_ANY_MONTH + r"|\d{1,2}\s*월", re.I)


def _one_month(either: str) -> bool:
    """Whether two days offered are in one month ("March 12 or the 19th", "3월 12일 또는 19일"), not two."""
    named = {(MONTHS.get(m.lower().rstrip(".")) if not m.endswith("월") else int(m[:-1].strip()))
             for m in _MONTH_NAMED.findall(either)}
    return len(named) == 1


#: A number that is the season's, not a day: "Season 2 March 2027 release" is no 2 March.
_SEASON_NUMBER = re.compile(r"(\b(season|series|part|dead|s)|시즌)\s*$", re.I)


def _season_number(text: str, match: re.Match[str]) -> bool:
    """Whether the day a pattern matched first is the number of a season ("Season 2 March 2027")."""
    return match.start("day") == match.start() and _SEASON_NUMBER.search(text[:match.start()]) is not None
#: A day without its year ("premieres March 5", "3월 5일 공개"): the first such day from the day it was written.
_YEARLESS = (
    # "Mar 19, 27" may be a year; "Mar 19, 5PM KST" is a time
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?\b(?!,?\s*(20\d\d|\d+(?![:.]?\d*\s*[ap]\.?\s?m\b|:\d\d)))", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + _MONTH + r"\b(?!,?\s*20\d\d)", re.I),
    re.compile(r"(?<!\d)(?P<mnum>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"),
)


def _month(parts: dict[str, str | None]) -> int:
    """The month a date pattern matched, by number or by name (0 when neither)."""
    number = parts.get("mnum")
    return int(number) if number else MONTHS.get((parts.get("month") or "").lower(), 0)


def parse_headline_date(text: str, written: dt.date | None = None) -> dt.date | None:
    """A full date in a headline ('January 15, 2027', '15 Jan 2027', '2027-01-15', '2027년 1월 15일'),
    else, given the day it was `written`, a day without its year ('March 5', '3월 5일') as the first
    such day from then (as a day typed without its year: `nearest_day`); else None. Season 1's day ("after
    season 1's January 28, 2022 debut") is its history, never read."""
    text = _SEASON_ONE_YEAR.sub(" ", text)
    for pattern in _DATES:
        match = pattern.search(text)
        if not match or _season_number(text, match):
            continue
        parts = match.groupdict()
        try:
            return dt.date(int(parts["year"]), _month(parts), int(parts["day"]))
        except (TypeError, ValueError):
            continue
    if written is None:
        return None
    for pattern in _YEARLESS:
        match = pattern.search(" " + text)
        if not match or _season_number(" " + text, match):
            continue
        parts = match.groupdict()
        try:
            return headline_day(_month(parts), int(parts["day"]), written)  # a day just past is that one
        except ValueError:
            return None  # no such day ("April 31"; "Feb 29" when the next one is in no leap year)
    return other_day(text, written)  # "next Friday", "2/19", "12일" (headline_moments.py)


#: An event of the season's that has a day of its own (a party, a screening, a fan meeting): a day in a
#: headline naming one may be that event's, never taken as the release's.
_DAY_OF_AN_EVENT = re.compile(
    r"\b(part(y|ies)|screenings?|showcases?|fan ?meet(ing)?s?|press (conference|junket)|red carpet|concerts?"
    r"|festivals?|events?|pop-?ups?|exhibitions?|watch part(y|ies))\b|제작발표회|쇼케이스|팬미팅|시사회|행사|간담회"
    # a person's own day (enlisting, discharge, a birthday) and goods on sale: "윤찬영, 3월 26일 입대", "s2 merch drops march 5"
    r"|\b(enlist(s|ed|ing|ment)?|military service|discharged?|birthday|wedding|merch(andise)?|pre-?orders?|tickets?)\b"
    # a fans' rewatch or marathon, the cast's press tour, a price change: "my aouad s2 rewatch got delayed to friday"
    r"|\b(re-?watch(es|ing)?|watch-?alongs?|marathons?|press tours?|junkets?|promo(tion)?s? tours?|price (hike|increase|change)s?)\b"
    r"|입대|전역|제대|입소|생일|결혼|굿즈|예매"
    # Spanish, Portuguese and French say "la première" of the gala (their release is estreno, estreia, sortie); an
    # event is what rain or a storm puts off
    r"|\b(la|a|le)\s+premi[eè]re\b|\b(due\s+to|because\s+of|por|pela|karena)\s+(la\s+|a\s+)?(rain|storms?|weather"
    r"|lluvia|tormenta|chuva|hujan)\b",
    re.I,
)


#: Goods, tickets or a tie-in said to be out ("aouad s2 fan event tickets out now", "S2 merch is live", "… game out now"):
#: they are, not the season.
_GOODS_OUT = re.compile(r"\b(tickets?|merch(andise)?|pre-?orders?|goods|photocards?|blu-?rays?|dvds?|vinyls?|steelbooks?|games?|apps?"
                        r"|webtoons?|novels?)\s+(are\s+"
                        r"|is\s+)?(now\s+|finally\s+)?(out|live|up|available|on\s+sale)\b", re.I)
#: Where a headline's parts meet: ";", "…", " — ", or a sentence's end as moderators paste them ("… March 26, 5 PM KST.
#: Watch party moved too."), not a time's "p.m." nor an initial's stop.
_PART_BREAK = re.compile(r"\s*(?:;|…|\.\.\.|\s[—–]\s)\s*|(?<=[.!?])(?<![ap]\.m\.)(?<!\b[A-Za-z]\.)\s+(?=[A-Z*\"“'‘])")


def _event_delayed(text: str, delay: re.Pattern[str]) -> bool:
    """Whether what a headline says is put off is an event ("fan event postponed to March 26"): every part that
    holds the delay's words names one ("Delayed one week — new release: March 26. Watch party moved too." is the
    season's delay: its watch party is another part)."""
    return all(_DAY_OF_AN_EVENT.search(part) for part in _PART_BREAK.split(text) if delay.search(part))


def _event_day(text: str, written: dt.date | None) -> bool:
    """Whether the day a headline gives may be an event's: every part of it that gives a day names an
    event ("제작발표회 오늘 개최…12일 공개" gives the release its own part)."""
    if not _DAY_OF_AN_EVENT.search(text) or release_ahead(text):  # "event ahead of tomorrow's release"
        return False
    dated = [part for part in _PART_BREAK.split(text) if parse_headline_date(part, written) is not None]
    return not dated or all(_DAY_OF_AN_EVENT.search(part) for part in dated)


#: A later part of season 2 ("Season 2 Part 2", "S2 Vol. 2", "시즌2 파트2"): its day is that batch's, not the season's.
_LATER_PART = re.compile(r"(\b(season|series)\s*(2|two)|\bs2|시즌\s*2|학교는\s*2|지우학\s*2)['’\"”]?\s*[:,\-—–]?\s*(\b(part|pt\.?|vol(ume)?\.?)"
                         r"\s*(2|3|two|three|ii)\b|파트\s*[23]|[23]\s*부)"
                         # "Part 2 of All of Us Are Dead Season 2 arrives March 26"
                         r"|\b(part|pt\.?|vol(ume)?\.?)\s*(2|3|two|three|ii)\s+of\b", re.I)
#: People of the season as the subject of a release's verb ("the s2 cast arrives tomorrow", "AOUAD 2 stars land in LA
#: March 5"): where they go, not the season.
_PEOPLE_GO = re.compile(
    r"(\b(season|series|part)\s*(2|two)|\bs2|\bsequel|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+(cast|stars?|actors?|actress(es)?|director"
    r"|crew|team|leads?|members?|trio|duo)\b(\s+[^\s;…,]+){0,2}?\s+(arriv\w*|lands?|landing|returns?|drops? by|comes?|coming|hits?"
    r"|heads?|heading|stops? by)\b", re.I)
#: Korean material, then straight away its day and 공개: "예고편 3월 1일 공개 확정" is the trailer's day, whatever 확정 says
#: ("촬영장 비하인드 1월 25일 공개", the behind-the-scenes video's).
_KOREAN_MEDIA_DAY = re.compile(r"(예고편|티저|포스터|스틸|트레일러|비하인드|메이킹|특별\s*영상)\S*\s*(\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(오전|오후)?\s*(\d{1,2}\s*시\s*)?공개")
#: Years ahead of the day written beyond which a year named is hyperbole ("pushed to 2099"), never a window.
_FARTHEST_YEARS = 5
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: A delay of the release set for a day ("delays May 14 premiere", "5월 14일 공개 연기", Japanese "5月14日配信延期"): that
#: day is the one put off, never the new one (which comes after "to", 로 or に: "delayed to May 21", "5월 21일로 공개 연기").
_DELAYS_DAYS_RELEASE = re.compile(
    r"\b(?:delay\w*|postpone\w*|push\w*(?:\s+back)?)\s+(?:[\w'’]+\s+){0,8}?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*20\d\d)?\s+(?:netflix\s+|global\s+)?(?:premiere|release|debut|launch)\b"
    r"|(?<!\d)\d{1,2}\s*월\s*\d{1,2}\s*일\s*(?:넷플릭스\s*)?(?:공개|첫\s*방송)\s*(?:일정\s*)?(?:이\s*|을\s*)?(?:연기|미뤄|미룬|늦춰|순연|무산|불발)",
    re.I)
_DELAYED_TO_DAY = re.compile(r"\b(?:to|until|till)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?<!\d)(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(?:로|に)", re.I)


def _new_day_mark(text: str) -> re.Match[str] | None:
    """Where a delay's new day is written: the last day after "to" or before 로 / に ("from May 14 to May 21")."""
    marks = list(_DELAYED_TO_DAY.finditer(text))
    return marks[-1] if marks else None


#: The readings that give the release its day (a delay gives one too, or a window).
_DATED = (Milestone.RELEASE_DATE_ANNOUNCED, Milestone.RELEASE_DATE_CHANGED)


@dataclass(frozen=True)
class Classified:
    milestone: Milestone
    confidence: Confidence
    release_at: dt.datetime | None
    #: A release window named without its day ("coming in March 2027", "this spring", "2027년 상반기"):
    #: a release_window claim (or a delay's new window), never a date.
    window: Window | None = None


#: A year named ("pushed to 2028"), not a count ("조회수 2000만", "2025 views", "2000명"): no sign the news is old.
_YEAR = re.compile(r"(?<![\d.,])(20\d\d)(?!\d|[.,]\d|\s*(?:만|억|천|명|회|개|편|%|(?i:views?|viewers|likes|people|fans|times"
                   r"|hours|streams|million|thousand)))")


#: A year said of season 1 ("five years after season 1's January 28, 2022 debut", "시즌1 (2022년)"): its history,
#: no sign the news is old.
_SEASON_ONE_YEAR = re.compile(r"(?:\b(?:season|series|part)\s*(?:1|one)\b|\bfirst\s+season\b|\bs1\b|시즌\s*1)"
                              r"(?:(?!\b(?:season|series|part)\s*(?:2|two)\b|\bs2\b|시즌\s*2)[^;…?]){0,40}?(?<!\d)20\d\d(?!\d)", re.I)


def years_named(text: str) -> list[int]:
    """The years a headline names ("pushed to 2025", "2027년 3월"), not those of season 1's history."""
    return [int(year) for year in _YEAR.findall(_SEASON_ONE_YEAR.sub(" ", text))]


def about_season_two(text: str) -> bool:
    """Whether a headline is about the show's second season (and no other season of it)."""
    return bool(SHOW.search(text) and _SEASON_TWO.search(text) and not _OTHER_SEASON.search(text))


def classify_headline(title: str, written: dt.date | None = None) -> Classified | None:
    """The milestone a headline announces, or None (not about season 2, a question, speculation,
    a denial, a negation). `written`: the day it was published (reads "March 5" without a year)."""
    text = " ".join(unicodedata.normalize("NFKC", title).split())
    if not about_season_two(text) or refuses(text):
        return None
    return read_clause(text, written)


#: The day the release date is to be told, not the release's: "Netflix to reveal … season 2 premiere date on February 17".
_DAY_TO_BE_TOLD = re.compile(r"\b(?:to|will|set\s+to|going\s+to|plans\s+to|gonna)\s+(?:reveal|announce|unveil|share|confirm|drop"
                             r"|give)\b[^;…]{0,60}?\b(?:release|premiere)\s+date\b"
                             # "the aouad s2 premiere date announcement comes out friday", "공개일 발표 D-3", "공개일 발표 예정"
                             r"|\b(?:release|premiere)\s+date\s+(?:announcement|reveal)\b(?!\s*[:：=→-])"
                             r"|공개일\s*(?:발표|공개)\s*(?:D\s*-\s*\d|예정|임박)", re.I)
#: Another work of the cast's with its own day, before the season is named: "Cho Yi-hyun's new drama premieres Feb. 26;
#: she returns in All of Us Are Dead season 2", "Lomon's next film (out 3/12)".
_OTHER_WORKS_DAY = re.compile(r"\b(?:new|next|latest|other|upcoming|solo|debut)\s+(?:k-?)?(?:drama|film|movie|series|show|album"
                              r"|single|song|webtoon|game|musical|play|variety\s+show|book|photobook)\b(?:(?!season|\bs2\b|시즌|지우학"
                              r"|all\s?of\s?us|aouad)[^;…]){0,40}?(?:" + MONTH_TYPED + r"\s*\d|\d{1,2}\s*[/.]\s*\d)", re.I)


#: Material named as the subject, before the season it is of: "Teaser for AOUAD S2 arrives May 2" is the teaser's day.
_MATERIAL_OF = re.compile(r"\b(?:trailers?|teasers?|posters?|clips?|featurettes?|stills|first[- ]look|sneak\s+peek|dub)\s+"
                          r"(?:for|of|from)\b", re.I)


#: Material named only as the tag a video's title opens with ("[티저] 지금 우리 학교는 시즌2 | 5월 14일 넷플릭스 공개", "[Official
#: Trailer] …"): the post is that material, out; a day after it is the season's.
MATERIAL_TAG = re.compile(r"^\W*[\[【]\s*(?:메인\s*|공식\s*|\d\s*차\s*|official\s+|main\s+)?(?P<kind>티저|예고편|teaser|trailer)"
                          r"(?:\s*(?:예고편|영상|trailer))?\s*[\]】]", re.I)


def _seasons_own_verb(text: str) -> bool:
    """Whether a headline naming material gives its day with the season's own verb ("All of Us Are Dead 2 premieres
    April 16, Netflix releases new poster"), not the material's ("Teaser for AOUAD S2 arrives May 2"), or names the
    material only as its opening tag (`MATERIAL_TAG`)."""
    if (tag := MATERIAL_TAG.match(text)) is not None and _MEDIA.search(text[tag.end():]) is None:
        return True
    if (season := SEASON_DATE.search(text)) is None:
        return False
    return (material := _MATERIAL_OF.search(text)) is None or material.start() > season.start()


def is_media(text: str) -> bool:
    """Whether a headline names promotional material (a trailer, a teaser, a poster)."""
    return _MEDIA.search(text) is not None


#: Whose word a rumour is: "according to a dubbing studio employee", "per a subtitle translator": the person's work is
#: no material the day is of.
_WHOSE_WORD = re.compile(r"\b(?:according\s+to|per|via|from)\s+(?:an?|the|my|our|one)\s+(?:[\w-]+\s+){0,3}?(?:employee|worker"
                         r"|staffer|staff\s+member|translator|insider|source|friend|cousin|contact)s?\b", re.I)


def read_clause(text: str, written: dt.date | None) -> Classified | None:
    """The milestone one part of a headline about season 2 announces (no question nor denial in it)."""
    if written is not None and any(year > written.year + _FARTHEST_YEARS for year in years_named(text)):
        return None  # "delayed to 2099 at this rate": a joke's year, no news
    either = _EITHER_DAY.search(text)  # "March 12 or March 19": neither day guessed, their month alone when they share it
    date = None if either else parse_headline_date(text, written)
    spans = text if either is None or _one_month(either.group(0)) else text[:either.start()] + " " + text[either.end():]
    release_at = release_moment(text, date) if date else None  # "5 p.m. KST" kept with its zone
    confidence = Confidence.RUMOUR if hedged(text) else Confidence.REPORTED
    media = _MEDIA.search(_WHOSE_WORD.sub(" ", text)) is not None  # "according to a dubbing studio employee": no dub's day
    for rule in RULES:
        if not rule.pattern.search(text):
            continue
        if rule.milestone is Milestone.DELAYED and (_event_delayed(text, rule.pattern)
                                                    or (media and not _seasons_own_verb(text))):
            return None  # "fan event postponed to March 26", "예고편 공개 연기": that thing's delay (no trailer out)
        if rule.milestone is Milestone.DELAYED and release_at is not None and _event_day(text, written):
            return Classified(rule.milestone, confidence, None)  # "delayed. Watch party moved to March 26": the party's day
        if rule.milestone is Milestone.DELAYED and release_at is not None and re.search(KOREAN_MAKING_ONLY, text, re.S):
            return Classified(rule.milestone, confidence, None)  # "촬영 3월 26일로 연기": the shoot's new day
        if rule.milestone is Milestone.DELAYED and release_at is None:
            window = release_window_in(spans, written, after_to=True)
            return Classified(rule.milestone, confidence, None, window)  # "pushed back to April 2027"
        if rule.needs_date and release_at is None and (window := release_window_in(spans, written, media=media)):
            return Classified(Milestone.RELEASE_WINDOW, confidence, None, window)
        if rule.needs_date and (release_at is None or (media and not _seasons_own_verb(text))
                                or _KOREAN_MEDIA_DAY.search(text)):
            continue  # no date, or the date is the trailer's ("trailer drops March 5", "예고편 3월 1일 공개 확정")
        if rule.milestone in _DATED and _LATER_PART.search(text):
            continue  # "Season 2 Part 2 arrives March 26": a later batch's day, not the season's release
        if rule.milestone in _DATED and _PEOPLE_GO.search(text):
            continue  # "the aouad s2 cast arrives tomorrow at Incheon": the cast's day, not the release's
        if rule.milestone in _DATED and (_DAY_TO_BE_TOLD.search(text) or _OTHER_WORKS_DAY.search(text)):
            continue  # "to reveal … premiere date on February 17", "her new drama premieres February 26": not its day
        if rule.milestone in _DATED and _event_day(text, written):
            continue  # "cast reunites for March 19 premiere party": the party's day, not the release's
        if rule.milestone is Milestone.RELEASED and (((media or SEASON_DATE.search(text)) and not re.search(_CHARTED, text, re.I))
                                                     or STILL_AWAITED.search(text) or other_work_out(text)
                                                     or _GOODS_OUT.search(text)):
            continue  # "trailer out now", "release date is out", "… out now, while we wait for aouad 2", "fan event tickets
            # out now": the season is not
        if rule.milestone in (Milestone.TRAILER, Milestone.TEASER) and other_material_only(text, rule.pattern):
            continue  # "rewatched the s1 trailer … still no s2 trailer": none of season 2's is out
        if (rule.milestone is Milestone.DELAYED and release_at is not None and not _HANGUL.search(text)
                and (put_off := rule.pattern.search(text)) is not None
                and parse_headline_date(text[put_off.start():], written) is None):
            return Classified(rule.milestone, confidence, None)  # "said march 19 and then delayed it": the day it had
        # "delays May 14 premiere": the day put off, no new one; "May 14 premiere pushed to May 21", "5월 14일 공개, 5월 21일로
        # 연기", "5月14日配信、5月21日に延期": the new day is the one after "to" (before 로, に), never the first one written
        new_day = parse_headline_date(text[to.start():], written) if (to := _new_day_mark(text)) is not None else None
        if rule.milestone is Milestone.DELAYED and release_at is not None and (new_day or _DELAYS_DAYS_RELEASE.search(text)):
            return Classified(rule.milestone, confidence, release_moment(text, new_day) if new_day else None)
        carries_date = rule.milestone in (*_DATED, Milestone.DELAYED)
        return Classified(rule.milestone, confidence, release_at if carries_date else None)
    return None
