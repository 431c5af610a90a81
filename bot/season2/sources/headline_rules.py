"""The wording of each season-2 milestone in a headline, English and Korean, as one pattern per
milestone in the order they are tried (`RULES`: cancelled, delayed, a date changed or announced,
released, a trailer or teaser out, renewed ...). `headlines.read_clause` tries them and decides
whose day a date is; with them, the wording of things said out that are not the season (`GOODS_OUT`) and of a day
cried after its trailer (`CRY_THEN_DAY`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.lazy_re import Pattern, compile_later
from bot.season2.model import Milestone
from bot.season2.sources.headline_korean import KOREAN_CHANGE, KOREAN_DELAY
from bot.season2.sources.headline_strength import NOT_UNTIL, SEASON_ONE
from bot.season2.sources.headline_words import MONTH_TYPED

#: What a delay "to" leads to: a time ("pushed to next year", "pushed to the second half of 2027", "slips to March"),
#: never a rank or a place ("slips to No. 3", "pushes to the top").
#: A day to come as a post names it right after its verb: "tomorrow", "March 19", "19 March".
_DAY_TO_COME = rf"tomorrow\b|(?:{MONTH_TYPED})\.?\s*\d{{1,2}}(?!\d)|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_TYPED})\b"
_A_TIME = (r"(?=((the|a)\s+)?(late|early|mid|next|later|end|first|second|half|spring|summer|fall|autumn|winter|"
           + MONTH_TYPED + r"|20\d\d|'\d\d|\d{1,2}\b(?!\s*(in|on)\b)))")


#: A chart's first place, had only once out: "debuts at No. 1 on Netflix's Top 10", "tops Netflix's global Top 10"; or views
#: counted of what is out (s2wild64: a post that says the season is already watched or charted says it is out). A place after a
#: bare verb is a forecast ("will be #1", "could hit #1"); a trailer's or a video's views are theirs (`GOODS_OUT`).
_NUMBER_ONE = r"(?:no\.?\s*1|#\s*1|number\s+one)"  # (a chart's first place as typed: "No. 1", "#1", "number one")
_FIRST_PLACE = (r"(?<![\w#])(?<!\bbe\s)(?<!\bhit\s)(?<!\breach\s)(?<!\bget\s)(?<!\btrending\s)" + _NUMBER_ONE + r"(?!\d)"
                # (never a trend's, a search's, a poll's or a list's first place: "#1 in 40 countries on Netflix's most-searched list",
                # "wins #1 in 30 countries in the fan poll", "trending #1 worldwide on X", s2wild65)
                r"(?!\s*(trends?|trending)\b)(?![^.!?]{0,40}\b(most[-\s](searched|anticipated|awaited|wanted|added)|searche?s?|polls?"
                r"|votes?|voting|coming\s+soon|watch\s*lists?|wish\s*lists?|trends\s+on)\b)")
CHARTED = (r"\b(debuts|debuted|opens|opened|lands|landed)\s+at\s+(no\.?\s*1|#\s*1|number\s+one)\b"  # (not "will debut at")
            r"|\b(tops|topped|leads|led|rules|ruled)\s+(the\s+)?netflix['’]?s?\s+([\w-]+\s+){0,3}?(top\s*10|charts?)\b"
            # "is the No. 1 show on Netflix in 62 countries", "No. 1 in 62 countries": a chart only a season out reaches
            r"|\b(is|was|becomes|became)\s+(now\s+)?(the\s+)?(no\.?\s*1|#\s*1|number\s+one)\s+(show|series|tv\s+show|title"
            r"|k-?drama|non-english\s+(show|series))\s+on\s+netflix\b|" + _FIRST_PLACE + r"\s+(in|en|em)\s+\d+\s+(countries|pa[íi]ses)\b"
            # (or in countries by their flags: "aouad 2 already #1 in 🇧🇷🇵🇭🇰🇷", s2wild72)
            r"|" + _FIRST_PLACE + r"\s+(in|en|em|sa)\s+([\U0001F1E6-\U0001F1FF]{2}\s*){2,}"
            # (or Netflix's Top 10 named: "aouad 2 is #1 in the Top 10 in 🇰🇷🇧🇷", never another's: "… top 10 on youtube", s2wild74)
            r"|" + _FIRST_PLACE + r"\s+(in|on)\s+(the\s+)?(netflix['’]?s?\s+)?(global\s+)?top\s*10\b(?![^.!?]{0,20}\b(youtube|spotify|itunes|apple|x|twitter|tiktok)\b)"
            # "still #1 worldwide for the 2nd week", "#1 globally"
            r"|" + _FIRST_PLACE + r"\s+(worldwide|globally|in\s+the\s+world)\b"
            # "still in the Top 10 in 40 countries, seven weeks after May 14" (never "will still be in …")
            r"|(?<!\bwill\s)(?<!\bcould\s)(?<!\bmight\s)\bstill\s+(in|on)\s+(the\s+)?(netflix['’]?s?\s+)?(global\s+)?top\s*10\b"
            # "racks up 30M views in its first week", "30.1 Million Views in First Week", "watched for 210 million hours"
            r"|\b(racks?|racked|racking)\s+up\s+[\d.,]+\s*(m|million|b|billion)?\s+(views|hours)\b"
            r"|\b[\d.,]+\s*(m|million|b|billion)\s+views\s+in\s+(its\s+)?(first|1st|opening)\s+(week|weekend|\d+\s+days)\b"
            r"|\b(has\s+been|was|been)\s+watched\s+for\s+[\d.,]+\s*(m|million|b|billion)?\s+hours\b"
            # "넷플릭스 글로벌 TOP10 비영어 쇼 1위 등극" (never a forecast's 예상, 전망, 도전)
            r"|(TOP|톱)\s*10\s*[^.!?]{0,20}?1위(?!\s*(예상|전망|도전|목표|노려|노린))")
#: ... found in a post by itself (`CHARTED` is also a piece of the rules' patterns).
CHART_SAID = compile_later(CHARTED, re.I)


#: Season 1 named after our season's own chart only to compare ("AOUAD 2 #1 in 85 countries, season 1 never did that", "…,
#: season 1 was #1 in 91"): set aside, so season 1's chart or its "never" says nothing of season 2 (s2wild66).
_SEASON_ONE_COMPARED = compile_later(r"\s*(?:[,;]|\s[—–-]\s)\s*(?:while\s+|but\s+|and\s+|whereas\s+|when\s+)?(?:s1|season\s*(?:1|one)"
                                  r"|(?:the|its)\s+first\s+season)\b[^.!?;…]*", re.I)
#: Something else counted from the day just given ("march 19, and the cast fan meet three weeks after", "on March 19, with a
#: fan meet two weeks later"): that thing has no day of its own, so the day given is the season's (s2wild66).
COUNTED_AFTER = compile_later(r"[,;]?\s*\b(?:and|with|then|plus)\s+[^,;.!?]{0,40}?\b(?:a|an|one|two|three|four|five|six|\d{1,2})\s+"
                           r"(?:days?|weeks?|months?)\s+(?:after(?:wards?)?|later)\b[^,;.!?]*", re.I)
_SEASON_ONE = compile_later(rf"\b{SEASON_ONE}\b", re.I)


def without_season_one_compared(text: str) -> str:
    """`text` without a clause on season 1 after the season's own chart (a chart first said of season 1 stays)."""
    if (chart := CHART_SAID.search(text)) is None or _SEASON_ONE.search(text[:chart.start()]):
        return text
    return text[:chart.end()] + _SEASON_ONE_COMPARED.sub("", text[chart.end():], count=1)


#: A slip of hours, or in one place, on the day ("delayed in India by 2 hours due to a server issue", "running 30 minutes
#: late", "still not out in PH yet"): a stream's hiccup somewhere, never the season put off everywhere.
LOCAL_SLIP = compile_later(
    r"\b(delay(ed|s)?|postponed|pushed\s+back|late|lagging|behind)\s+(by\s+)?(an?|one|two|three|a\s+few|a\s+couple(\s+of)?"
    r"|\d{1,2}(\.\d)?)\s*-?\s*(hours?|hrs?|minutes?|mins?)\b|\b(an?|one|two|three|\d{1,2})\s*-?\s*(hours?|hrs?|minutes?|mins?)"
    r"\s+(late|delay(ed)?|behind)\b|\b(delay(ed|s)?|postponed|late)\s+(in|for)\s+(the\s+)?(india|indonesia|philippines|ph|pinas"
    r"|us|usa|uk|canada|brazil|mexico|latam|australia|europe|my\s+(country|region)|some\s+(regions|countries|users)|\w+\s+users)\b"
    # (Spanish and Portuguese, their word for "delayed" read into English, its "en" or "no" left: "retrasada en México")
    r"|\bdelayed(\s+to)?\s+(en|no|na|em)\s+(m[ée]xico|brasil|argentina|colombia|chile|per[úu]|espa[ñn]a|latam|latinoam[ée]rica|portugal)\b"
    # ... by a span of hours ("delays AOUAD 2 by an hour"), in some places, or with the servers ("서버 폭주", "server issues")
    r"|\bby\s+(an?|one|two|three|a\s+few|a\s+couple(\s+of)?|\d{1,2}(\.\d)?)\s*-?\s*(hours?|hrs?|minutes?|mins?)\b"
    r"|\bin\s+some\s+(regions|countries|places)\b|\bservers?\s+(issues?|problems?|down|crash\w*|outages?|errors?|glitch\w*)\b"
    r"|서버\s*(폭주|터|다운|마비|장애|오류)|접속\s*(장애|오류|폭주)|\d+\s*(분|시간)\s*(지연|늦)",
    re.I)


#: A day alone closing a post after the trailer, teaser or poster cried out ("the aouad 2 teaser is live!!! MARCH 12!!!", Taglish "live na
#: yung teaser ng AOUAD 2!! March 12 na daw"): the season's day, as Korean's "예고편 떴다!! 5월 28일 넷플릭스" (s2wild61).
CRY_THEN_DAY = compile_later(r"(?:\b(?:tr[aá]iler|teaser|poster)s?\b[^!！.;…?]{0,40}?\b(?:is|are|['’]s)\s+(?:now\s+|finally\s+)?(?:out|live"
                             r"|up|here)(?:\s+now)?|\b(?:live|out)\s+na\s+(?:yung|ang)\s+(?:tr[aá]iler|teaser)\b[^!！.;…?]{0,40}?)"
                             rf"\s*[!！.]+\s*(?=(?:{MONTH_TYPED})\s*\d{{1,2}}(?:st|nd|rd|th)?\b[^\w?]*(?:na\s+(?:daw|raw|reportedly)\b[^\w?]*)?$)",
                             re.I)


#: Goods, tickets or a tie-in said to be out ("aouad s2 fan event tickets out now", "S2 merch is live", "… game out now"):
#: they are, not the season; so are what is made about it ("early reactions are out", "meme compilation out now", "fan edit is
#: up", the cast's "interview out now", a photo book), which can come before the season does.
GOODS = (r"(tickets?|merch(andise)?|pre-?orders?|goods|photocards?|blu-?rays?|dvds?|vinyls?|steelbooks?|games?|apps?"
          r"|webtoons?|novels?|reactions?|first\s+impressions|(?:early\s+|first\s+)?reviews?|memes?|compilations?|edits?"
          r"|fan\s*cams?|fan\s*arts?|theories|predictions|podcasts?|playlists?|spoilers|leaks|interviews?|photo\s*books?"
          r"|script\s*books?|pictorials?|photo\s*shoots?|(?:date\s+)?announcement(?:\s+videos?)?|videos?|previews?|recaps?|screeners?"
          # what comes before it to wait or dress up with ("Remind Me is available now", "wallpapers available now", "the zombie
          # filter", "AR lens", a pre-save) and the press event's own stream ("the livestream is available now", s2wild65)
          r"|pre-?saves?|remind\s+me|reminders?|wallpapers?|filters?|(?:ar\s+)?lens(?:es)?|stickers?|emojis?|gifs?|avatars?"
          r"|livestreams?|live\s+streams?|experiences?|escape\s+rooms?|exhibitions?|pop-?ups?|cafes?"
          # a brand's tie-in, the press's or fans' events streamed ("merch collab out now", "the press conference is
          # streaming live") and fans' fiction (s2wild69)
          r"|collabs?|collaborations?|press\s+con(?:ference)?s?|fan\s*meet\w*|showcases?|red\s+carpets?"
          r"|(?:fan\s*)?fics?(?:\s+ch(?:apter|\.)?\s*\d{1,3})?|chapters?\s+\d{1,3})")  # (the date's video, s2wild58; a preview, a recap, s2wild61)
#: What Netflix tells of the episodes before they come (titles, runtimes, synopses, the age rating, the script, the lyrics):
#: "all 6 episode titles of aouad 2 are out", "AOUAD 2 runtimes are out" (never across a colon: "new titles on netflix this
#: week: aouad 2 is out now", nor "… and 5 other titles are out", s2wild61).
_TOLD_AHEAD = (r"((?:episodes?['’]?|eps?)(?:\s*\d{1,2})?\s+(?:titles?|names)|runtimes?|synops[ie]s|descriptions?|summar(?:y|ies)"
               r"|plots?|(?:age\s+)?ratings?|scripts?|lyrics|(?:first|opening)\s+\d{1,2}\s+min(?:ute)?s)(\s+(for|of)\s+[^,.;:!?]{1,40}?)?"
               # (Indonesian and Turkish name the show after or before them, with no "of": "sinopsis AOUAD 2 udah keluar")
               r"|(?:sinopsis|jadwal|tanggal|judul\s+episode|durasi|bölüm\s+(?:isimleri|adları))(?:\s+[^,.;:!?]{1,40}?)?")
#: ... in Korean, or Chinese as it reaches the readers ("에피소드 제목 공개됐다", "러닝타임 떴다", "分集剧情上线了").
_TOLD_AHEAD_KO = (r"|(?:(?:에피소드|회차(?:별)?|각\s*화)\s*(?:제목|타이틀|정보)|러닝\s*타임|줄거리|시놉시스|(?:관람|시청)\s*등급"
                  r"|(?:分集|剧集|劇集)?(?:剧情|劇情|标题|標題|片长|片長|简介|簡介))\s*(?:이|가|도)?\s*(?:드디어\s*)?(?:공개|떴|나왔|올라왔)")
#: (also said out first, as Spanish and Portuguese put it: "ya disponible el merch oficial", in English words by then; or in a
#: pack: "wallpaper pack available now", s2wild65; or here: "aouad 2 photobook is here", s2wild69)
GOODS_OUT = compile_later(rf"(?:{GOODS}(\s+(packs?|sets?|bundles?|collections?|kits?|collabs?|drops?))?(\s+(for|of|on)\s+[^,.;!?]{{1,40}}?)?|{_TOLD_AHEAD})"
                       r"\s+(are\s+|is\s+)?(now\s+|finally\s+)?(out|live|up|available|on\s+sale|streaming|here+)\b" + _TOLD_AHEAD_KO
                       + r"|\bis\s+now\s+streaming\s+(?:(?:el|la|los|las|o|os|as)\s+)?" + GOODS + r"\b"
                       # ... a pre-sale, or to pre-save or on another app ("ya disponible la preventa del photobook", "ya disponible
                       # para pre-guardar en Spotify", s2wild65)
                       r"|\bis\s+now\s+streaming\s+(?:(?:el|la|los|las|o|os|as)\s+)?(?:pre-?venta|pr[ée]-?venda|reservas?)\b"
                       r"|\bis\s+now\s+streaming\s+(?:para|pra|for|to)\s+(?:pre-?\w+|reservar|comprar|guardar|salvar)\b"
                       r"|\bis\s+now\s+streaming\s+(?:en|em|no|na|on)\s+(?:spotify|apple\s+music|youtube|melon|weverse|amazon|instagram|tiktok"
                       r"|snapchat|webtoon|tudum)\b"
                       # views or a chart counted of something made about it: "the trailer racked up 30M views", "the teaser is #1
                       # worldwide on youtube", "the ost is #1 in 30 countries" (s2wild64), or a chart not Netflix's
                       r"|\b(?:tr[aá]ilers?|teasers?|clips?|mvs?|posters?|shorts?|reels?|osts?|soundtracks?|songs?|singles?|albums?|first[-\s]looks?|stills"
                       r"|hashtags?|script\s+readings?|table\s+reads?|behind[-\s]the[-\s]scenes|making[-\s]of|" + GOODS  # (review55d)
                       + r")\b[^.!?]{0,40}(?:\b(?:views|hours|trending|charts?)\b|(?<![\w#])" + _NUMBER_ONE + r"(?!\d))"
                       r"|(?<![\w#])(?:" + _NUMBER_ONE + r"|top\s*10)(?!\d)[^.!?]{0,40}\b(?:on|in)\s+(?:youtube|spotify|itunes|apple\s+music"
                       r"|melon|billboard|tiktok|twitter|x\s+trends|google)\b",
                       re.I)


#: Out to critics or the press before the day ("aouad 2 is out to critics", "all 6 eps … are out to press"): screeners, not the
#: release (s2wild61).
_TO_CRITICS = r"to\s+(the\s+)?(critics|press|reviewers|media|journalists)"


#: "in" a time to come ("live in March", "in the first half", "in 3 hours", "in a few hours", "in korea at 5pm"), never only in a
#: place ("is live in the US": out there).
_IN_A_TIME = (r"in(?=\s+(the\s+)?(" + MONTH_TYPED + r"|spring|summer|fall|autumn|winter|first|second|early|late|mid|q[1-4])\b"
              r"|[^.!?]*(\d|\b(at|on|from|tomorrow|tonight|this|next|midnight|noon|soon|an?|one|two|three|four|five|six|seven|eight"
              r"|nine|ten|eleven|twelve|few|several|less|under|hours?|days?|weeks?|months?|minutes?|mins?|hrs?)\b))")


#: The season or its release as a headline names what is moved: "S2", "Season 2", "the release date", "premiere".
_THE_RELEASE = (r"(season|series|part)\s*(2|two)|\bs2|\bsequel|dead['’\"”]?\s*2|\brelease(\s+date)?"
                r"|\bpremiere(\s+date)?")


@dataclass(frozen=True)
class Rule:
    milestone: Milestone
    pattern: Pattern
    needs_date: bool = False


def _rule(milestone: Milestone, english: str, korean: str, needs_date: bool = False) -> Rule:
    # Compiled at the first headline read (a third of a CPU-second at import, which every start
    # with a feed paid before reading one).
    return Rule(milestone, compile_later(english + "|" + korean, re.I), needs_date)


#: Who watched an episode when the post is no fan's own word that it is out (set right before "finished"/"watched", the fan's "just",
#: "finally" or "already" between): another ("pov: you just finished", "reviewers watched"), or one still to come or wished ("once
#: i've watched", "me after i've finished … on friday", "i wanna have finished"); "i've watched" alone is the fan's own (s2wild69).
_NOT_OWN_WATCH = "".join(rf"(?<!\b{who}{adverb} )" for who in (
    "you", "u", "they", "who", "someone", "reviewers", "critics", "press", "to have", "wanna have", "once i've", "after i've",
    "when i've", "till i've", "until i've", "before i've", "once ive", "after ive", "when ive") for adverb in ("", " just", " finally", " already"))


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
        r"(\b(season|series|part)\s*(2|two)|\bs2|\bsequel|dead['’\"”]?\s*2|\baouad['’\"”]?\s*2|\brelease|\bpremiere)['’\"”]?\s+(date\s+)?"
        r"((is|has been|was|got|gets|now|officially)\s+)*(mov|shift)(es|s|ed|ing)\s+(up\b\s*)?((by\s+)?(a|one|two|three|\d{1,2})\s+"
        # "AOUAD 2 got moved up a week!! May 28": its new day after the cry
        r"(days?|weeks?)\s*)?(to\b|(?<=up|ek|ks|ay|ys)[!:—–-]+\s*(?=" + _A_TIME + r"))"
        # "Netflix moves Season 2 to …", a fan's "they moved aouad 2 to 5/21" (never its watch party's day, nor "my vacation")
        r"|(?<!\bmy\s)(?<!\bour\s)\b(mov|shift)(es|s|ed|ing)\s+((?!\b(my|our|your|his|her|their)\b)[^;…]){0,60}?((season|series|part)\s*(2|two)|\bs2|dead['’\"”]?\s*2|\baouad['’\"”]?\s*2)"
        r"['’\"”]?\s+((premiere|release)\s+)?(up\s+)?((by\s+)?(a|one|two|three|\d{1,2})\s+(days?|weeks?)\s+)?to\s+"
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
        # Netflix's own update: "An Update on … Season 2: Now Premiering May 14" (never "now streaming": out)
        r"|\bnow (premiering|arriving|debuting|launching|dropping|landing) (on )?" + _A_TIME +
        r"|\b(release|premiere|launch|streaming) date (chang|switch|updat)(e|es|ed)\b",
        KOREAN_CHANGE,
        needs_date=True,
    ),
    _rule(
        Milestone.RELEASED,
        r"\b(?<!date )(?<!date is )(?<!news )(?<!news is )(is |are )?(now )?(streaming|out) now\b|\bhas (finally |officially )?(premiered|arrived|dropped)\b|\bnow (streaming|available)\b"
        r"|(^|[|:])\s*now on netflix\s*($|\|)"
        # (Tudum's "Now on Netflix: <title>", s2wild70: the title closing its clause, never "…: the All of Us Are Dead 2 cast reads …")
        r"|^\W*now on netflix\s*[:—–]\s*[^:—–|]{1,60}?(\bseason\s*(2|two)|\bs2|\b2|\bpart\s*(1|2|one|two))\b['’\"”]?\s*($|[—–|(])"
        # the wire's past tense: "'All of Us Are Dead' season 2 released on Netflix" (never "to be released on Netflix April 9")
        r"|(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)(?<!\bget\s)(?<!\bgets\s)\breleased\s+(worldwide\s+|globally\s+)?on\s+netflix\b"
        r"(?!\s*(on|in|from|this|next|tomorrow|tonight|at|\w+day|" + MONTH_TYPED + r"|\d)\b)"  # Netflix's own tag: "All of Us Are Dead Season 2 | Now on Netflix"
        r"|\b(is|are) (now |finally |officially )+(available )?on netflix\b(?!\s+(on|from|starting|at|in|tomorrow|tonight|this|next"
        r"|" + MONTH_TYPED + r"\s*\d+|\d+)\b)"  # "is now on Netflix", "is finally on netflix"
        # "is out at 1am PT tonight", "is out tomorrow", "is out on Friday": a release to come, not one that happened
        # (a time of year or of the week is here, not the season: "netflix k-drama summer is here", "the weekend is here"; nor
        # its date or news: "aouad 2 date is OUT!!")
        r"|\b(?<!slate )(?<!lineup )(?<!line-up )(?<!schedule )(?<!list )(?<!summer )(?<!spring )(?<!winter )(?<!autumn )(?<!fall )"
        r"(?<!weekend )(?<!week )(?<!month )(?<!time )(?<!era )(?<!date )(?<!dates )(?<!news )(?<!info )(?<!details )(is|are) (now |finally |officially )?(out|streaming|here+)\b(?! (" + _TO_CRITICS + r"|(today|tonight)\s*[,!.]*\s+(at\s+)?\d{1,2}([:.]\d\d)?\s*[ap]\.?m\b|of|in|for|the same day|(all )?at once|together|on \w+ \d|at \d|(on )?(tonight|tomorrow|this|next|mon|tue|wed"
        r"|thu|fri|sat|sun)|(on netflix )?(from|starting|beginning) |at (midnight|noon)|(on )?" + MONTH_TYPED + r" \d|\d{1,2}(/|\.|st|nd|rd|th)))|\bout today\b"
        # (an hour after it is to come: "AOUAD 2 out today at 5pm AEST")
        # (and after a shout: "out today!! 4pm KST")
        r"(?!\s*[,!.]*\s+(at\s+)?(\d{1,2}([:.]\d\d)?\s*([ap]\.?m\.?|h\b|uhr\b|o['’]?clock\b)|midnight\b|noon\b))",  # "is here March 19", "is out at midnight": to come  # "streaming on Netflix from March 19": to come
        # fans' "드디어 떴다" (it's finally up), "방금 올라왔어"
        # "오늘(7일) 공개": today, its day of the month in brackets
        # (and "시즌2 공개됨", it's out; never after its day or hour: "4일 공개됨" sets that day)
        r"(오늘(\s*\(\s*\d{1,2}\s*일\s*\))?|드디어|전격)\s*공개|공개\s*(됐|되었|완료)|(?<![일시])(?<![일시]\s)공개\s*됨(?![가-힣])|(드디어|방금)\s*(떴|올라왔|풀렸)"
        # fans' "배포 시작됨" (distribution started: it is up; never after its day or hour, "7일 오후 4시 배포 시작", to come)
        r"|(?<![일시])(?<![일시]\s)배포\s*(시작|됐|되었|완료)"
        # the season itself up, right after its name: "지우학2 떴다!!!" (never "지우학2 예고편 떴다", its trailer's)
        # (the word ending there: never "떴다면" (if only), "떴다는 꿈"; nor a page up as coming soon, "공개예정으로")
        r"|(['’」》\"”]|(시즌|학교는|지우학)\s*2)\s*(가|이)?\s*(드디어\s*|마침내\s*|진짜\s*)?(떴|올라왔|풀렸)(다|어|음|네|당|어요)"
        r"(?![가-힣])(?!.*(공개|개봉)\s*예정)"
        # a fan who has watched an episode of it, right after its name: "지우학2 1화 다 봤다" (never "봤으면", a wish, s2wild69)
        r"|(시즌|학교는|지우학)\s*2\s*(드디어\s*|벌써\s*)?\d{1,2}\s*(화|회)\s*(까지\s*)?(다\s*)?(봤|끝냈|정주행\s*했)(다|어|음|네|당|어요|는데)(?![가-힣])"
        # the season itself unveiled, right after its title: "'지금 우리 학교는2' 베일 벗었다" (not "캐스팅 베일 벗었다")
        r"|(['’」》\"”]|(시즌|학교는|지우학)\s*2)\s*(가|이)?\s*(드디어\s*|마침내\s*)?베일\s*(을\s*)?벗(었|는)"
        r"|공개\s*(\d+|하루|이틀|사흘|나흘|닷새|일주일|한\s*달)\s*(일|주|시간)?\s*만에"  # "공개 3일 만에 TOP10 1위": N days since it came out
        r"|공개\s*(첫|첫째|둘째)\s*(주|날|주말)"  # "공개 첫 주 시청 시간 1억 돌파"
        # a fan's binge so far: "aouad s2 eps 1-6 done", "season 2 episodes 1 to 4 watched" (not filming's nor a dub's)
        r"|\b(s2|season\s*2)\s+(eps?|episodes?)\s*\d{1,2}\s*(-|–|~|to)\s*\d{1,2}\s+(done|watched|finished|down)\b(?!\s+(filming|shooting|dubbing|editing))"
        # a subreddit's thread for an episode of it, or an outlet's recap of one: "S2E1 Discussion Thread", "Season 2 Episode 5 -
        # Discussion Thread", "Season 2 Episode 3 Recap" (not one to come: "will go up at release")
        r"|\b(s2\s*e\d{1,2}|(season\s*2|s2|(?:dead|aouad|학교는)['’\"”]?\s*2)['’\"”》」』]?\s*[-–:|,]?\s*(ep(isode)?\.?\s*\d{1,2}))\s*[-–:|]?\s*"
        r"(live\s+)?(discussion|recap)\b(?![^;…]{0,40}\b(will|tomorrow"
        r"|tonight|when|once|goes\s+up|going\s+up|at\s+(release|launch)|after\s+(the\s+)?(release|launch|premiere|it\s+drops))\b)"
        r"|" + CHARTED +
        # the season itself live ("S2 is live!!", "aouad s2 is finally live"), not live at a time to come
        r"|(\b(season|series|part)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+is\s+(now\s+|finally\s+|officially\s+)?live\b"
        # (live "in the US", a place, is out there: only "in March", "in 3 hours", "in a few hours", a time, is to come)
        r"(?!\s+(on(?!\s+netflix(?!['’])\s*([^\w\s]|$|(and|&)\s+(?!(tomorrow|tonight|on|at|in|from|next|this|\w+day|\d)\b)))|at|" + _IN_A_TIME + r"|from|tomorrow|tonight|this|next|\w+day)\b)"  # ("is live on Netflix", s2wild64; "… and i haven't slept", s2wild65)
        # (its page live on Netflix, the season still to come: "… ! hit remind me", "… - add it to your list", "… and streaming
        # March 19", review55d)
        r"(?!\s+on\s+netflix\b.{0,80}?(\b(remind\w*|watch\s?list|(my|your|ur)\s+list|coming|soon|pre-?save|pre-?order)\b"
        r"|\b(" + MONTH_TYPED + r")\.?\s*\d{1,2}(?!\d)|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(" + MONTH_TYPED + r")\b))"
        # "all 6 eps are up!!", "all 8 episodes of aouad 2 are out" (never "are out friday", "are up on march 12")
        r"|\ball\s+(\d+\s+)?(eps|episodes)\b((?!\b(titles?|runtimes?|synops\w+|descriptions?|names?|ratings?|lengths?|stills?"
        r"|posters?|thumbnails?|summar\w+|plots?|details|info|trailers?|teasers?)\b)[^;…]){0,40}?\b(are|r)\s+(now\s+|finally\s+)?(up|out|live)\b"
        # (on Netflix with nothing after it is where they are up: "all 6 episodes of aouad 2 are up on netflix!!", s2wild61)
        r"(?![^.!?]*\b(\d|tomorrow|tonight|next|this|on(?!\s+netflix(\s+now)?\s*([^\w\s]|$))|at|from|in|same|together|simultaneously"
        r"|once|(?!today)\w+day|" + _TO_CRITICS + r")\b)"
        # "aouad 2 is on netflix now, go watch it" (not its page, listing or trailer, nor a "remind me" to come)
        r"|(?<!page\s)(?<!listing\s)(?<!trailer\s)(?<!teaser\s)(?<!poster\s)\b(is|are)\s+on\s+netflix\s+now\b(?![^.!?]*\bremind)"
        # ... "is on netflix. go. now.", "is on netflix!! run" (s2wild64: go and watch it, so it is there)
        r"|(?<!page\s)(?<!listing\s)(?<!trailer\s)(?<!teaser\s)(?<!poster\s)\b(is|are)\s+(finally\s+)?on\s+netflix\s*[.!]+\s*(go|run|hurry)\b"
        r"(?!\s+(add|hit|set|turn|click|press|tap|save|put|follow|pre)\b)(?![^.!?]*\b(remind|list|watchlist)\b)"
        # "available now on Netflix: <season>" (Netflix's card; never goods "available now for pre-order"), or the season's name
        # just before ("AOUAD 2 is available now"; never what else is: "tickets to the premiere available now", review55d)
        r"|(?<!page\s)(?<!listing\s)(?<!reminder\s)(?<!reminders\s)(\bavailable\s+now(?=\s+on\s+netflix\b)|(\b(season|series)\s*(2|two)"
        r"|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?(\s*[:|—–-]?\s*part\s*(1|2|one|two))?\s*([:|—–-]\s*)?(is\s+|are\s+)?(now\s+)?available\s+now\b)(?!\s+(for|to)\s+(pre-?\w+|order|reserve|buy|purchase|download))(?![^.!?]*\bremind)"
        # (nor where another shop or app has it: "available now on Spotify", "… on Netflix Games", "… at the Netflix Shop", s2wild65)
        r"(?![^.!?]{0,30}?\b(on|at|in|via|from)\s+(the\s+)?(spotify|apple\s+music|itunes|youtube|melon|genie|app\s+store|google\s+play"
        r"|play\s+store|weverse|amazon|interpark|yes24|aladin|ktown4u|snapchat|instagram|tiktok|webtoon|netflix\s+(games|shop|store|house)|tudum)\b)"
        # (nor season 1, "Available now on Netflix: All of Us Are Dead season 1. Season 2 March 19")
        r"(?![^.!?]{0,40}\b(season\s*(1|one)|s1|first\s+season)\b)"
        # "aouad 2 landed on netflix at 5pm KST", "… finally landed in my country" (s2wild65) (the season's name just before, never
        # the cast's "landed in Jakarta"; never "lands on netflix", nor one on a day)
        r"|\b(season\s*2|s2|(?:dead|aouad)['’\"”]?\s*2)['’\"”]?\s+(just\s+|finally\s+|officially\s+)?(landed|arrived)\s+(on\s+netflix|here|in\s+my\s+(country|region))\b(?!['’]s)"
        r"(?!\s+(on|in|from|this|next|tomorrow|tonight|\w+day|" + MONTH_TYPED + r"|\d)\b)"
        r"|\bit'?s\s+(finally\s+|officially\s+)?out\b(?!\s+(on|in|at|from|of|tomorrow|tonight|this|next|\w+day)\b)"  # "IT'S OUT. we made it"
        # "it just dropped.", "aouad s2 finally dropped" (never "dropped a poster", "dropped to No. 3", "dropped on Friday")
        r"|(^|[.!]\s*|\b(season\s*2|s2|(?:dead|aouad)['’\"”]?\s*2)['’\"”]?\s+)(it\s+)?(has\s+)?(just|finally)\s+dropped\b"
        r"(?!\s+(a|an|the|its|new|to|on|at|in|by|from|this|next|\d)\b)"
        # "AOUAD 2 dropped today", "s2 came out today" (the season's name just before), Netflix Korea's "지금 넷플릭스에서 공개"
        # (streaming on Netflix now; never "지금 우리 학교는", the title)
        r"|\b(season\s*2|s2|(?:dead|aouad)['’\"”]?\s*2)['’\"”]?\s+(just\s+|finally\s+)?(dropped|came\s+out|premiered)\s+today\b"
        r"|지금\s*넷플릭스에서\s*(공개|스트리밍)(?!\s*(예정|될|된다|합니다))"
        # Netflix Korea's "<지금 우리 학교는> 시즌2 지금 공개" (out now; never "지금 우리 학교는", the title, nor a trailer's)
        r"|(시즌|학교는|지우학)\s*2\s*['’\"”>》」]?\s*(이|가)?\s*지금\s*공개(?![가-힣])(?!\s*(예정|될|된다|까지))"
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
        r"\b(ended|broke|destroyed|wrecked|killed|ruined|traumati[sz]ed|had)\s+me\b"
        # "just finished aouad s2 ep 1 and i'm shaking", "watched season 2 episode 3": a fan watching it, so it is out (s2wild68;
        # never its script, filming, dub or a screener's: "finished aouad s2 ep 1 script reading", "… ep 1 screener")
        r"|\b(just\s+|finally\s+)?" + _NOT_OWN_WATCH + r"(finished|watched)\s+(watching\s+)?((all\s?of\s?us\s?are\s?dead|aouad)['’\"”]?\s*(season\s*2|s2|2)"
        r")['’\"”]?\s*[,:-]?\s*(ep|episode)\.?\s*\d{1,2}\b(?![^;…]{0,40}\b(script|filming|shoot\w*|dub\w*|screeners?|early"
        r"|press|edit\w*|reading|table|recap|trailer|teaser|leak\w*|screening|premiere|preview|festival|event"
        # (nor what fans made of it: "… ep 1 reaction video", "… ep 1 fanfic", "… ep 1 spoilers on tiktok", "… ep 1 theories")
        r"|react\w*|fan\s*fic\w*|fics?|spoil\w*|theor(?:y|ies)|predictions?|breakdowns?|clips?|videos?|concepts?|fan\s*made)\b)",
    ),
    _rule(
        Milestone.RELEASE_DATE_ANNOUNCED,
        r"\b(release date|premiere date|premieres?|arrives|drops|(to |will )?(release|premiere|stream)s?|coming|returns?"
        r"|lands?|landing|debuts?|launch(es)?|hits (netflix|screens|streaming)|arriving|premiering|releasing|dropping"
        r"|debuting|launching|returning|unlocks|unlocking"  # fans' "unlocks 12am PDT friday"
        r"|(to|will) (now )?(drop|arrive|land|hit netflix|debut|return)"
        r"|comes (on )?(?=(" + MONTH_TYPED + r")\s*\d|\d{1,2}(st|nd|rd|th)?\s+(" + MONTH_TYPED + r"))"  # "aouad season 2 comes feb 26"
        # a fans' countdown to a day and nothing else ("counting down to the 19th 🧟 #AllOfUsAreDead2"; "counting down to
        # march 5 merch drop" is the merch's)
        r"|counting down (to|till|until) (the )?(" + MONTH_TYPED + r"\s*\d{1,2}(st|nd|rd|th)?"
        r"|\d{1,2}(st|nd|rd|th))(?=\s*($|[^\w\s]|#))"
        r"|released (in|on|at)|(will|to) be released|out in|due out|(follows|to follow) (in|on|later (this|next) year))\b"
        # a day to come after "streaming", "out" or "live on netflix" ("is streaming march 19", "the page is live, season 2
        # streams 19 March", "it's out tomorrow", "aouad 2 live on netflix tomorrow"): a day announced, not a release (s2wild68)
        # (the season's own name or "it's" right before: never "season 1 back on netflix, streaming march 5 ahead of season 2";
        # nor "is out May 14" alone: "people still saying AOUAD 2 is out May 14 😭 it's May 21 for Weak Hero 3")
        # ("it's" opening the post or right after the season's name: never another thing's, "aouad 2 ost vol 1 — it's out
        # tomorrow", "AOUAD 2 cast on running man, it's streaming march 14", s2wild69)
        r"|(\b(season|series)\s*2|\bs2|(?:dead|\baouad)['’\"”]?\s*2|(?:^|(?:season\s*2|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”)]*)\W{0,4}\bit['’]?s)['’\"”]?\s+(is\s+)?(out\s+(?=tomorrow\b)"
        r"|(live\s+on\s+netflix\s*,?|streaming(\s+on\s+netflix)?(\s+from)?)\s+(on\s+)?(?=" + _DAY_TO_COME + r"))"
        # Netflix's tagline and its listing: "Only on Netflix March 19", "New Episodes March 19"
        r"|\bsee\s+(you|u|y[’\']?all)\s+((all|guys|everyone|there)\s+)?(on\s+)?(?=" + MONTH_TYPED + r"\s*\d|\d{1,2}\s*[/.]\s*\d)"  # "See you on March 19 🧟 #AllOfUsAreDead2"
        r"|\b(only on netflix|new episodes)\s+(on\s+)?(?=" + MONTH_TYPED + r"\s*\d|\d)"
        # Netflix's sign-off after the day: "All of Us Are Dead Season 2. May 28. Only on Netflix.", "May 28, only on Netflix",
        # its hours between ("February 26. 5PM KST / 12AM PT. Only on Netflix.")
        r"|\b" + MONTH_TYPED + r"\s*\d{1,2}(st|nd|rd|th)?[.,]?\s+(((\d{1,2}([:.]\d\d)?\s*[ap]\.?m\.?|midnight|noon)\s*[a-z]{2,5}\b"
        r"\s*[/|,]?\s*){1,4}[.,]?\s+)?only\s+on\s+netflix\b"
        # the season, then "all episodes at once", with a day ("April 16 … AOUAD S2, all 8 episodes at once"): the day they come out
        r"|(\b(season|series)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s*[,:—–-]\s*all\s+(\d{1,2}\s+)?episodes\s+"
        r"((drop|arriv|land|releas)\w*\s+)?at\s+once\b"
        # ... or "<season>: 8 episodes, all on February 26": the day they all come out
        r"|(\b(season|series)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s*[,:—–-]\s*\d{1,2}\s+episodes,?\s+all\s+on\s+(?="
        + MONTH_TYPED + r"\s*\d|\d{1,2}\s+" + MONTH_TYPED + r")"
        # Netflix's card: "<season>, April 16 on Netflix", "Temporada 2, el 16 de abril en Netflix", "April 16 sa Netflix"
        r"|(\b(season|series)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s*[,:—–-]\s*(el\s+|on\s+)?(?=" + MONTH_TYPED
        # (its hour between: "<season>, on May 21 at 12:30 UTC+5:30 (IST) on Netflix")
        + r"\s*\d{1,2}(st|nd|rd|th)?,?\s+(at\s+\d{1,2}([:.]\d\d)?\s*([ap]\.?m\.?)?(\s+\(?[A-Za-z]{2,5}([+-]\d{1,2}(:\d\d)?)?\)?){0,2}\s+)?"
        r"(only\s+)?(on|sa)\s+netflix\b)"  # "...; our season 2 follows in the first half of 2027"
        # a moderator's "<season>: <day> is official" ("AOUAD S2: 14/05/2027 is official", "s2 — march 12 is confirmed")
        r"|(\b(season|series)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s*[:—–-]\s*(?=(" + MONTH_TYPED
        + r"\s*\d{1,2}(st|nd|rd|th)?|\d{1,2}\s*/\s*\d{1,2}(/20\d\d)?)\s+(is|it'?s)\s+(now\s+)?(official|confirmed)(?=\s*(?:$|[^\w\s])))"
        # the season said official, then its day: "S2 is official: Fri June 4, 4pm KST", "S2 is official!! June 18" (the day,
        # never a renewal)
        r"|(\b(season|series)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+(is|it'?s)\s+(now\s+)?(official|confirmed)\s*([:—–-]|!+)\s*"
        r"(?=((fri|friday)\.?,?\s+)?(" + MONTH_TYPED + r"\s*\d|\d{1,2}(st|nd|rd|th)?\s+" + MONTH_TYPED + r"|\d{1,2}\s*/\s*\d{1,2}))"
        # the season's date said official, then the day: "AOUAD S2 date is official now: Fri 11 June", "s2 date: March 12"
        r"|(\b(season|series)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+(premiere\s+)?date(\s+is)?(\s+now)?"
        r"(\s+(official|confirmed|set|out))?(\s+now)?\s*[:—–-]\s*(?=((fri|friday)\.?,?\s+)?(" + MONTH_TYPED
        + r"\s*\d|\d{1,2}(st|nd|rd|th)?\s+" + MONTH_TYPED + r"|\d{1,2}\s*/\s*\d{1,2}))"
        # the season confirmed for a day ("season 2 has been confirmed for Friday May 14"): its day, never a renewal
        r"|(\b(season|series)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+((has\s+been|is|was|now)\s+)?(officially\s+)?"
        r"confirmed\s+for\s+(?=((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(" + MONTH_TYPED + r"\s*\d|\d{1,2}(st|nd|rd|th)?\s+"
        + MONTH_TYPED + r"|\d{1,2}\s*/\s*\d{1,2}))"
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
        # (its episode count and runtime between: "AOUAD S2: 5 episodes, 55 to 70 minutes each, out May 28"; "will be out May 28";
        # "is out May 14" too, s2wild82; never another thing's of it, "my review of aouad 2 is out march 20", nor what someone
        # says or thinks, "people still saying AOUAD 2 is out May 14 😭 it's May 21 for Weak Hero 3")
        r"|(?<!\bof\s)(?<!\bon\s)(?<!\babout\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bsaying\s)(?<!\bsays\s)(?<!\bsaid\s)(?<!\bthink\s)(?<!\bthinks\s)(?<!\bthought\s)"
        r"(?<!\bclaim\s)(?<!\bclaims\s)(?<!\bclaiming\s)(?<!\bbelieve\s)(?<!\bthat\s)(\b(season|series|part)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?(\s*[:,]\s*\d{1,2}\s+episodes"
        # (only its runtime between: "8 episodes recap, out May 28" is a recap's day)
        r"(\s*[,(]\s*\d{1,3}(\s*(to|-|–|~)\s*\d{1,3})?\s*(minutes|mins?)(\s+each)?\)?)?\s*,)?"
        r"\s+(will\s+be\s+|is\s+)?out\s+(on\s+)?(?=" + MONTH_TYPED + r"\s*\d|\d{1,2}\s*(/|\.|st\b|nd\b|rd\b|th\b|" + MONTH_TYPED + r"))"
        # out at a time to come: "is out at 1am PT tonight", "is out tomorrow", "is out on Friday" (RELEASED leaves these)
        r"|\b(is|are)\s+out\s+(?=at\s+\d|on\s+\w+\s+\d|(on\s+)?(tonight|tomorrow|this|next|mon|tue|wed|thu|fri|sat|sun))"
        # the season itself out at an hour to come: "AOUAD 2 out at 5pm AEST today", "s2 out today at 4pm KST"
        r"|(\b(season|series|part)\s*(2|two)|\bs2|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+((is|are)\s+)?out\s+((today|tonight)\s*[,!.]*\s+)?"
        r"(?=(at\s+)?\d{1,2}([:.]\d\d)?\s*[ap]\.?m\b)"
        # the season itself set for a day ("Season 2 reportedly set for Feb. 12"): the season is what is set,
        # a day follows at once, and no event of that day is named after it ("set for a March 19 fan event",
        # "set for Seoul shoot on March 3", "set for March 12 teaser", "... table read" are not its release)
        # "Netflix dates 'All of Us Are Dead' Season 2 for March 26", "sets ... season 2 for March 26"
        r"|\b(dates|dated|sets)\s+[^;…]{0,60}?(season|series|part)\s*(2|two)['’\"”]?\s+((premiere|release|return)\s+)?for\s+"
        r"(?=(?:" + MONTH_TYPED + r"|\d))"
        r"|(\b(season|series|part)\s*(2|two)|\bs2|\bsequel|(?:dead|\baouad)['’\"”]?\s*2)['’\"”]?\s+((is|are|now|reportedly|officially"
        r"|allegedly|only|just)\s+)*(set|slated|slotted|scheduled|dated|penciled\s+in|pencilled\s+in|lined\s+up|confirmed)\s+for\s+(?=(?:"
        + MONTH_TYPED + r"|\d"  # ("is only confirmed for the first quarter of 2027", s2wild56)
        # or a window: "set for the first half of next year", "slated for early 2027", "lined up for spring"
        r"|(the\s+)?(first|second|latter)\s+half\b|(the\s+)?(first|second|third|fourth|last)\s+quarter\b|(the\s+)?(first|second|third|fourth|last|\d(st|nd|rd|th))\s+week\s+of\b|(early|late|mid)[\s-]|(this|next)\s+(year|spring|summer|fall|autumn|winter)\b"
        r"|spring|summer|fall|autumn|winter|q[1-4]\b|h[12]\b))"
        r"(?![^;…]{0,40}\b(event|fan ?meet\w*|shoot\w*|filming|showcase|conference|screening|press|concert|festival"
        r"|party|teaser|trailer|poster|table ?read\w*|script ?reading)\b)"
        # a line-up placing the season in a month: "line-up reel just put All of Us Are Dead S2 in MAY", "lists S2 for March"
        r"|\b(puts?|placed|places|lists|listed|slots|slotted)\s+(the\s+)?(all\s?of\s?us\s?are\s?dead|aouad)['’\"”]?\s*(s(eason)?\s*)?2"
        r"['’\"”]?\s+(in|for|at)\s+(?=(" + MONTH_TYPED + r"|early|late|mid|spring|summer|fall|autumn"
        r"|winter|q[1-4]|20\d\d)\b)"
        # a month aimed at for the season: "Netflix is targeting February for AOUAD S2", "aims for spring for …" (s2wild60)
        r"|\b(targets?|targeting|targeted|aims?\s+for|aiming\s+for)\s+(an?\s+)?(" + MONTH_TYPED + r"|early|late|mid|spring|summer"
        r"|fall|autumn|winter|q[1-4]|20\d\d)\b[^;…]{0,25}?\bfor\s+(the\s+)?(all\s?of\s?us\s?are\s?dead|aouad)['’\"”]?\s*(s(eason)?\s*)?2\b"
        r"(?!['’]?s?\s+(trailer|teaser|poster|event|fan\s?meet\w*|shoot\w*|filming|dub\w*)\b)"
        # the whole season at once: "all eight episodes (of the new season) arrive at once on April 2" (not "episodes 5-8")
        r"|\ball\s+(\w+\s+)?episodes\s+([^;…]{0,30}?\s+)?(arrive|drop|premiere|debut|stream|hit\s+netflix)\b",
        # 출격, 상륙: the press's "launches", "lands"; fans' 나온다 ("comes out", to come: "3월에 나온대")
        r"공개|스트리밍|첫\s*방송|출격|상륙|찾아온다|돌아온다|나온다|나온대|나온다고|나온다는|나올\s*(예정|거|듯)"
        r"|오직\s*넷플릭스에서"  # Netflix's tagline: "3월 19일, 오직 넷플릭스에서"
        r"|(넷플릭스|netflix)\s*(行|행(?![가-힣]))"  # the press's "to Netflix": "'지우학2' 5월 14일 넷플릭스行"
        # "3월 19일 오후 5시, 넷플릭스에서 만나요" (see you on Netflix); a fan's "3월19일 확정!!!" (the day settled)
        r"|(넷플릭스|netflix)\s*(에서|로)\s*만나|\d\s*일\s*(공개\s*)?확정"
        # ... or in the season itself: "5월 21일 지우학2에서 만나요", "5월 14일 '지우학2'로 만나요" (an actor's word to fans)
        r"|(지우학|학교는|시즌)\s*2\s*['’\"”]?\s*(으로|로|에서)\s*만나"
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
        # (nor time counted since it: "촬영 끝난 지 10개월째", "크랭크업한 지 1년" recalls it)
        r"(크랭크\s*업|촬영\s*(종료|마무리|완료|끝))(?!\S*\s*예정)(?!\S*\s*지\s*(\d+|한|두|세|네|열)\s*(개월|달|년|주|일))",
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
        # ("the aouad 2 cast in Paris April 20" is where the cast is: cast in a work or a role only)
        r"|cast (as|for)|cast in(?=\s+(the\s+|a\s+|an\s+|netflix['’]s\s+)?['‘\"“]?(all\s?of|aouad|season|s2|sequel|lead|role|new|upcoming"
        r"|k-?drama|drama|series|show|zombie|part|korean|netflix|second|2nd|지금|지우학))|to star|new cast"
        r"|cast (list|line-?up) (revealed|announced"
        r"|confirmed))\b|\badds?\b[^;…]{0,60}?\bto (its |the )?cast\b",
        # "합류 불발", "캐스팅 무산", "출연 고사": someone NOT joining is no casting news
        r"(캐스팅|합류|출연\s*(확정|한다))(?!\s*(이|은|는|도)?\s*(불발|무산|고사|거절|취소|실패|불가|못|안\s|않|어려))",
    ),
    _rule(Milestone.PRE_PRODUCTION, r"\bpre[- ]?production\b", r"사전\s*제작|프리\s*프로덕션"),
    _rule(
        Milestone.RENEWED,
        r"\b(renew(ed|s)?|green-?lit|greenlights?|confirm(s|ed)? season (2|two)|season (2|two) (is )?(confirmed"
        r"|official))\b(?!\s+for\s+(?:\w+\s*\d|(?:the\s+|an?\s+)?(?:early|late|mid|end|first|second|1st|2nd|q[1-4]|h[12]|spring|summer"
        r"|fall|autumn|winter|next|this)\b|" + MONTH_TYPED + r"))",  # ("confirmed for May 14", "… for the first quarter of 2027" is the day's, the window's) (s2wild56)
        r"제작\s*확정|시즌\s*2\s*(제작\s*)?확정",
    ),
)
