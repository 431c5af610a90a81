"""Fakes, parodies and their debunks: what a headline says of a post that is not news. Pure functions on text,
read by `headline_parts.read_headline` and by the feed reader before anything else.

- a parody or satire account's post, or one that says it is a joke ("NETFLIX K (parody acct): aouad s2 tomorrow",
  "BREAKING: netflix delays aouad s2 to 2099 (satire)", "it's a joke", 패러디, 풍자, 만우절), or a post called
  photoshopped, doctored, fan-made or made by AI (합성, 주작), claims nothing at all, whatever date or delay it names:
  a wrong announcement in every server is worse than waiting for the next report (`spoofed`); so does an April Fools
  post in another language (万愚节, Aprilscherz, poisson d'avril, pesce d'aprile, prima aprilis, "(mentira, 1º de abril)")
  unless it owns up to the real day ("la vraie date reste le 28 mai"), which is then read;
- a debunk that quotes the fake, then says what stands ("that 'aouad s2 cancelled' screenshot is photoshopped,
  netflix kr still says 3/19", "the 'pushed to 2028' tweet is from a parody account, it's 3/26") is read as what
  stands, said of the season the fake named ("All of Us Are Dead Season 2 is 3/19"), never as the fake's claim;
  a debunk with nothing after it says nothing (`as_debunked`), and takes back the day its fake gave, as does a quoted
  claim said never to have been made ("who started the 'aouad s2 feb 26' thing, netflix kr never said that"):
  `debunked_claim` gives that claim to the reader of denials.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.season2.sources.headline_abroad import in_english
from bot.season2.sources.headline_dates import parse_headline_date
from bot.season2.sources.headline_words import KO_DAY, MONTH_TYPED
from bot.season2.sources.other_titles import EN_SHOW_NAME, KO_SHOW_NAME, SEASON_TWO_NAME

#: The season named inside a quoted fake ("'aouad s2 cancelled'"): what stands is said of it.
_SEASON = compile_later(rf"(?:{EN_SHOW_NAME}|{KO_SHOW_NAME}|estamos\s+(?:muertos|mortos))[^'’\"”]*?(?:\b(?:season|s)\s*2\b|2\b|시즌\s*2)",
                     re.I)  # (its Spanish and Portuguese title too, read in English words after: "lo de 'Estamos Muertos 2 …' era falso")
#: What calls a post not real: photoshopped, doctored, fan-made, made by AI, a parody's or a satire's.
_NOT_REAL = (r"photo\s*-?shopp?ed|doctored|edited|fan\s*-?\s*made|an?\s+(?:fan\s+)?edit|ai\s*-?\s*(?:generated|made|edit(?:ed)?)"
             r"|(?:(?:from|by)\s+)?(?:an?\s+|the\s+)?(?:parody|satire|satirical|fake|joke|troll|meme)\s+(?:account|acct|acc\b\.?|page|site)"
             r"|(?:a\s+)?(?:parody|satire|hoax|joke|troll|meme|lie)|fake|false|not\s+real|made\s+up|debunked|합성|주작|조작|가짜|오보"
             r"|nope(?=\s*[,.;!—–-]|\s*$)")  # ("that 'aouad 2 april 2' post was a lie", "'aouad 2 march 12' nope, …", s2wild86)
#: A quoted fake and what calls it so: "that 'aouad s2 cancelled' screenshot is photoshopped", "the '3/12' poster is fan made".
_DEBUNK = compile_later(
    r"^(?P<before>[^'‘\"“]*?)['‘\"“](?P<claim>[^'’\"”]{2,80})['’\"”]\s*"
    # the season named between the quote and what it is: "the '3/12' aouad s2 poster is fan made"
    rf"(?:(?:(?P<named>{SEASON_TWO_NAME})\s+)?"
    r"(?:screenshot|screen\s*cap|ss|tweet|post|poster|pic|picture|image|graphic|article|headline|thing|rumou?r|news|leak"
    r"|announcement|notice|card)s?(?:\s+|(?=,))|(?:기사|사진|포스터|캡처|캡쳐|짤|글|트윗|공지)\s*(?:은|는|이|가|도)?\s*)?(?:(?:going\s+around|circulating|floating\s+around|everyone\s+is\s+sharing)\s+)?"
    # a fan's own post taken back: "the 'april 9' poster i shared yesterday was a fan edit", "my 'march 26' poster, it was
    # fan-made"
    r"(?:(?:i|we)\s+(?:shared|posted|made|tweeted|put\s+up|uploaded)(?:\s+(?:yesterday|earlier|last\s+\w+|today|this\s+\w+))?\s+)?"
    r"(?:,\s*(?:it|this|that)\s+)?"
    r"(?:is|was|are|were|=|'s)?\s*(?:literally\s+|clearly\s+|obviously\s+|totally\s+|100%\s+|just\s+|all\s+)?"
    # (who posted it: "'aouad 2 delayed to april 2' was posted by a parody account", s2wild77)
    r"(?:(?:posted|made|tweeted|started|shared|written)\s+(?=by\s|from\s))?"
    rf"(?:{_NOT_REAL})(?![A-Za-z'])(?P<rest>.*)$",
    re.I,
)
#: A Korean sentence's ending after the verdict ("합성이래요", "오보임"): nothing more said.
_ENDING = compile_later(r"^\s*(?:이래요|이래|래요|래|이에요|예요|입니다|이야|임|이다|였음|이었음|인\s*듯|네요|네|ㅋ+|ㅎ+)(?![가-힣])")
#: A fan's laugh, sigh or aside after the verdict, before what stands ("… is fan made lmao. it's april 30", "ㅋㅋㅋ 30일임"): no
#: words.
_LAUGH = compile_later(r"^(?:(?:lmf?ao+|lo+l|rofl|smh|bruh+|omg|ugh+|btw|fyi|tbh|ngl|fr|guys|y'?all|ㅋ+|ㅎ+)(?![\w'])[\s,.!]*)+",
                    re.I)  # ("… from a parody account btw. it's may 21")
#: Who says what stands, or "it's", before the day that stands: "netflix kr still says 3/19", "it's 3/26".
_STANDS = compile_later(r"^(?:but\s+|and\s+|so\s+)?(?:(?:netflix(?:\s*(?:kr|korea|k))?|tudum|the\s+official\s+(?:account|page|site))"
                     # "netflix kr literally just said march 5", "netflix already confirmed 3/5"
                     r"\s+(?:(?:still|literally|just|already|officially|literally\s+just)\s+)?(?:says?|said|lists?|listed|shows?"
                     r"|confirmed|announced|posted|has\s+it\s+(?:at|as|on))|it'?s|its|it\s+is|still|é|es"
                     # "the real date: march 19", "real one is march 19" (s2wild87)
                     r"|(?:the\s+)?real\s+(?:date|day|one)(?:\s+is)?\s*[:：]?)\s+(?:still\s+)?", re.I)  # (é, es: "era fake, é 19 de março")
#: "still" said after the day that stands: "it's june 4 still", "it's 3/26 still lol".
_STILL_AFTER = compile_later(r"\s+still(?:\s+(?:lol|lmao|btw|tho|though|guys|ppl|people))?\s*$", re.I)
#: A post that says it is a parody, a satire or a joke, or is called fake-made (see the module).
_SPOOF = compile_later(
    r"\b(?:parody|parodies|satire|satirical|spoof|shitpost\w*|the\s+onion|april\s+fool'?s?)\b|\((?:a\s+)?joke\)"
    r"|^\W*nobody\s*:|\bbe\s+like\s*:|"  # memes: "nobody: / netflix: …", "netflix kr be like: …"
    r"\bit'?s\s+(?:a|just\s+a)\s+joke\b|(?:^|\s)/(?:j|hj|jk)\b|\b(?:joke|troll|fake|meme)\s+(?:account|acct|page)\b"
    r"|\bphoto\s*-?shopp?ed\b|\bdoctored\b|\bfan\s*-?\s*made\b|\bai\s*-?\s*(?:generated|made)\b|패러디|풍자|만우절|エイプリルフール|합성|주작"
    # a fan's own poster or edit, which copies Netflix's date card ("…, March 12, only on Netflix — my concept poster",
    # "made a fan poster: …"): its day is the fan's wish, never Netflix's
    r"|\bfan\s*-?\s*(?:posters?|edits?|arts?|concepts?|trailers?)\b|\bconcept\s+(?:posters?|trailers?|arts?)\b"
    r"|\b(?:my|our)\s+(?:own\s+|little\s+)?(?:edit|fan\s*art|mock-?up)s?\b",
    re.I,
)


#: A fake's day said first, unquoted, then what it is and that it is fake: "the april 30 thing is FAKE, aouad s2 is still may 7",
#: "that 4/30 rumour was made up", "that aouad 2 march 12 post was fake" (s2wild87): read as if the day were quoted (`_DEBUNK`).
_UNQUOTED_DAY_FAKE = compile_later(
    rf"^(?P<lead>\W*(?:the|that|this|ur|your)\s+(?:(?:{SEASON_TWO_NAME})\s+)?)(?P<day>{MONTH_TYPED}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{1,2}})"
    rf"(?=\s+(?:(?:{SEASON_TWO_NAME})\s+)?(?:thing|rumou?r|leak|news|post|poster|screenshot|tweet)s?\s+(?:is|was|are|were|=)\s+"
    r"(?:literally\s+|clearly\s+|obviously\s+|totally\s+|100%\s+|just\s+|all\s+)?(?:fake|not\s+real|made\s+up|a\s+hoax|fan\s*-?\s*made"
    r"|edited|photo\s*-?shopp?ed)\b)", re.I)


#: A quoted rumour called fake in fans' own words, after a question mark, "na kumalat" / "na chika" (that spread, the gossip),
#: "itu" (that), "era", "fue", "foi" (was): "remember 'aouad 2 march 12'? fake.", "yung '…' na chika, hindi totoo" (not true),
#: "yang bilang '…' itu hoax", "lo de '…' era falso": read as "'…' is fake" (s2wild81).
_FANS_VERDICT = compile_later(
    r"(?P<quote>['‘\"“][^'’\"”]{2,80}['’\"”])(?:\s*\?+|\s+na\s+(?:kumalat|nagkalat|kumakalat|chika|tsismis)\s*,?|\s+(?:itu|era|fue|foi))"
    r"\s*(?:fake|hoax|bohong|palsu|hindi\s+totoo|not\s+true|mentira|fals[oa])\b(?:\s+(?:yun|yan|lang|pala)\b)?", re.I)


def _quoted(text: str) -> str:
    """A headline with the day of a fake it names unquoted put in quotes (`_UNQUOTED_DAY_FAKE`), a quoted fake called so in
    fans' words as "'…' is fake" (`_FANS_VERDICT`); any other as it is."""
    text = _FANS_VERDICT.sub(lambda m: f"{m.group('quote')} is fake", text, count=1)
    return _UNQUOTED_DAY_FAKE.sub(lambda m: f"{m.group('lead')}'{m.group('day')}'", text, count=1)


#: An April Fools post that gives the real day after owning up: "moved to tomorrow!!! (april fools, it's still May 28)",
#: "… April Fools! [real date: May 28]", "(만우절입니다 ㅋㅋ 진짜는 5월 28일)": the real day stands, the joke says nothing.
_JOKE_THEN_TRUTH = compile_later(
    r"(?:\bapril\s+fool'?s?\b|만우절)[^\])）】]{0,30}?(?:\bit'?s\s+(?:still\s+|really\s+|actually\s+)?|\b(?:the\s+)?real\s+(?:date|day|one)"
    r"(?:\s+is)?\s*[:：]?\s*|진짜는\s*|진짜\s*날짜는\s*|실제로는\s*)"
    rf"(?P<day>{MONTH_TYPED}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_TYPED}\b|\d{{1,2}}/\d{{1,2}}\b|{KO_DAY})", re.I)


#: A rumour, then what Netflix still (or only) says beside it: "heard aouad 2 might be moved up to april 2?? netflix still says
#: april 9": the day that stands is the news, the rumour beside it overturns nothing (s2wild50).
_RUMOUR_THEN_STANDS = compile_later(
    r"^(?P<rumour>[^;…]*?\b(?:rumou?r\w*|heard|hearing|might|could|reportedly|allegedly|supposedly|apparently|insiders?"
    r"|leak\w*|speculat\w*)\b[^;…]*?)[\s,.!?👀🤔😭]+(?:but\s+|and\s+|while\s+|though\s+)?"
    r"(?:netflix(?:\s*(?:kr|korea|k))?|tudum|the\s+official\s+(?:account|page|site))\s+(?:still|only|officially)\s+"
    r"(?:says?|said|lists?|listed|shows?|confirmed|has\s+it\s+(?:at|as|on))\s+(?P<stands>[^;…?]+?)"
    r"(?:\s+(?:though|tho|lol|lmao|btw))?[\s.!🙏😭]*$", re.I)


def as_debunked(text: str) -> str:
    """A debunk of a quoted fake read as what stands beside it, said of the season the fake named; "" when nothing
    stands beside it; an April Fools post as the real day it owns up to (`_JOKE_THEN_TRUTH`); any other headline as it is
    (see the module)."""
    if (truth := _JOKE_THEN_TRUTH.search(text)) is not None and (season := _SEASON.search(text)) is not None:
        day = truth.group("day")
        return f"{season.group(0)} {day} 공개" if "일" in day else f"{season.group(0)} is {day}"
    if ((rumoured := _RUMOUR_THEN_STANDS.match(text)) is not None and _stands(rumoured.group("stands"))
            and (season := _SEASON.search(rumoured.group("rumour"))) is not None):
        return f"{season.group(0)} is {rumoured.group('stands')}"
    text = _quoted(text)
    m = _DEBUNK.match(text)
    if m is None:
        return text
    rest = _LAUGH.sub("", _ENDING.sub("", m.group("rest")).strip(" ,.;:!-—–🙄😭😂💀🤦")).strip(" ,.;:!-—–🙄😭😂💀🤦")
    rest = _STILL_AFTER.sub("", rest)  # "it's june 4 still": the day that stands
    if not _stands(rest):
        return ""
    season = _SEASON.search(m.group("claim")) or _SEASON.search(m.group("named") or "") or _SEASON.search(m.group("before"))
    return f"{season.group(0) if season else ''} {_STANDS.sub('is ', rest, count=1)}".strip()


#: April Fools named in other languages (s2wild40): Chinese 愚人节 or 万愚节, German Aprilscherz, French poisson d'avril, Italian pesce
#: d'aprile, Polish prima aprilis, Portuguese dia da mentira or "(mentira, 1º de abril)" owning up in brackets.
_FOOLS_ABROAD = compile_later(r"(?:愚人|[万萬]愚)[节節]|\baprilscherz\b|\bpoisson\s+d['’]avril\b|\bpesce\s+d['’]aprile\b|\bprima\s+aprilis\b"
                           r"|\bdia\s+da\s+mentira\b|[(（]\s*(?:é\s+|era\s+)?mentira\b", re.I)
#: ... and the real day owned up to beside it ("真实日期是5月28日", "la vraie date reste le 28 mai"): the post is read for
#: it (the joke's own day then says nothing, read only where the readers already set it aside).
_TRUTH_OWNED = compile_later(r"真实日期|真實日期|真正的?日期|实际日期|la\s+vraie\s+date|la\s+data\s+(?:vera|reale)|das\s+echte\s+datum"
                          r"|prawdziwa\s+data|a\s+data\s+(?:real|verdadeira)|sigue\s+siendo|continua\s+(?:sendo|a\s+essere)"
                          r"|bleibt\s+(?:es\s+)?(?:beim|am)\b", re.I)


def spoofed(text: str) -> bool:
    """Whether a headline is a parody's, a satire's or a joke's post, or one called fake-made, or an April Fools post in
    another language owning up to no real day: it claims nothing."""
    return _SPOOF.search(text) is not None or (_FOOLS_ABROAD.search(text) is not None and _TRUTH_OWNED.search(text) is None)


#: A quoted claim said never to have been made: "who started the 'aouad s2 feb 26' thing, netflix never said that".
_UNSAID = compile_later(r"['‘\"“](?P<claim>[^'’\"”]{2,80})['’\"”][^'‘\"“]*?\b(?:never\s+(?:said|announced|confirmed|posted)"
                     r"|did\s*n[o'’]?t\s+(?:say|announce|confirm)|nobody\s+said|no\s+one\s+said|made\s+(?:it|that|this)\s+up)\b",
                     re.I)


#: What stands beside a debunk names a day or a month ("it's 3/26", "netflix still says april 9"); a remark with
#: neither ("look at the font. netflix hasn't announced anything") says nothing stands.
_A_DAY_OR_MONTH = compile_later(rf"\d|\b{MONTH_TYPED}|[월일]", re.I)


def _stands(rest: str) -> bool:
    return _A_DAY_OR_MONTH.search(rest) is not None


#: A day's material called fake without quotes: "지우학2 3월 12일 포스터 합성임", "the march 12 aouad s2 poster is fan made".
_MATERIAL = (r"(?:screenshot|screen\s*cap|tweet|post|poster|pic|picture|image|graphic|article|headline|announcement|notice"
             r"|card)s?")
_UNQUOTED_FAKE = compile_later(
    rf"(?P<kday>{KO_DAY})"
    r"\s*(?:공개\s*)?(?:포스터|사진|짤|캡처|캡쳐|기사|트윗|글|공지)\s*(?:은|는|이|가|도)?\s*"
    r"(?:합성|주작|조작|가짜|오보)"
    rf"|(?P<eday>\b{MONTH_TYPED}\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/]))"
    rf"\s+(?:(?:{SEASON_TWO_NAME})\s+)?" + _MATERIAL +
    r"\s+(?:going\s+around\s+|circulating\s+)?(?:is|was|are|were|=)\s+(?:literally\s+|clearly\s+|obviously\s+|just\s+)?"
    r"(?:photo\s*-?shopp?ed|doctored|edited|fan\s*-?\s*made|ai\s*-?\s*(?:generated|made)|fake|not\s+real)\b",
    re.I,
)


def debunked_claim(text: str) -> str | None:
    """The quoted claim a headline calls fake with nothing standing beside it, or says was never made, or the day of
    material called fake unquoted ("3월 12일 포스터 합성임"); else None."""
    text = _quoted(text)
    if (m := _DEBUNK.match(text)) is not None and not _stands(_ENDING.sub("", m.group("rest"))):
        return m.group("claim")
    if (unquoted := _UNQUOTED_FAKE.search(text)) is not None and not _DEBUNK.match(text):
        return unquoted.group("kday") or unquoted.group("eday")
    if (unsaid := _UNSAID.search(text)) is not None:
        return unsaid.group("claim")
    return None


def faked_day(text: str, written: dt.date | None) -> dt.date | None:
    """The day of a quoted fake called out beside what stands ("that 'netflix confirms aouad s2 drops april 9' screenshot
    is edited. it's still april 16": April 9), taken back as well as the standing day is read; else None."""
    text = _quoted(text)
    if (m := _DEBUNK.match(text)) is None or not _stands(_ENDING.sub("", m.group("rest"))):
        return None
    return parse_headline_date(m.group("claim"), written) or parse_headline_date(in_english(m.group("claim")), written)


#: A rumour, then "but" and what Netflix officially said, in the readers' English or Korean (a post abroad put in them first):
#: "reportedly … premieres in March, pero Netflix solo confirms in the first half", "지우학2 3월 공개설 돌지만 넷플릭스 공식 발표는
#: 상반기", Chinese "传…3月上线，但网飞官方只说上半年", Japanese "3月配信の噂もあったけど公式は4月9日": what Netflix said is the news,
#: the rumour beside it overturns nothing (s2wild51).
_RUMOUR_BUT_OFFICIAL = compile_later(
    r"(?:\b(?:rumou?r\w*|reportedly|allegedly|heard|hearing|boatos?|katanya)\b|루머|썰|카더라|(?:공개|방영|개봉|연기)\s*설"
    r"|^\W*(?:people|ppl|everyone|folks)\s+said\b)"  # (fans' word once: "people said march 12 but netflix says …", s2wild73)
    r"[^;…]*?(?:\b(?:but|pero|mas|mais|aber|tapi|though)\b|但是?|可是|けど|けれど|지만|는데"
    # (or Netflix's word said straight after it: "aouad 2 rumoured for march 👀 netflix only confirmed first half though")
    # (or the meme's "Rumor: aouad 2 in march. Netflix: 'first half'. Me: 😐": a line per speaker) (s2wild52)
    # (or "rumour says aouad 2 jan 29, netflix says Q1", s2wild56)
    r"|[\s,.!?👀🤔😭]+(?=netflix\s+(?:still|only|officially|says|said|confirm(?:s|ed))\b|netflix(?:\s+(?:korea|kr|k))?\s*:))\s*"
    r"(?P<official>[^;…]*?(?:netflix|넷플릭스|넷플|官方|公式|공식|oficial\w*|offiziell\w*|resmi)[^;…]*)$", re.I)
#: Netflix's part negated or denying ("but netflix hasn't confirmed april 9", "但官方否认3月", "넷플릭스는 아직 미정"): it gives nothing.
_OFFICIAL_NOT_SAID = compile_later(r"\b(?:not|no|never|yet|den(?:y|ies|ied)|tba|tbd|nada|não|nao|sin|todavía|aún|belum|tidak|bukan"
                                r"|nicht|kein\w*|pas|false|fake|wrong|rumou?r\w*)\b|n't|아직|없|미정|부인|사실무근|아니|루머|설\b|未|没|沒|否|まだ|ない|なし")
#: Netflix's no to the rumour, then what it says instead ("netflix says no, it's feb 26", "netflix: no, still Q1") (s2wild57).
_NO_THEN = compile_later(r"^(?P<netflix>netflix(?:\s+(?:korea|kr|k))?\s*(?:says?|said)?\s*:?\s*)(?:no|nope|nah)\s*[,.;—–-]+\s*"
                         r"(?:it['’]?s\s+|(?:it['’]?s\s+)?still\s+)?", re.I)
#: A sentence's end inside Netflix's part: what follows is no longer what Netflix said.
_SENTENCE_END = compile_later(r"[.!?。！？]+\s")
#: Netflix's word given to another title: "netflix confirmed april 2 for Moving 2", "confirmó el 26 de febrero para Kingdom 3",
#: "公式が4月2日と発表したのはムービング2の方" (the one Netflix dated was Moving 2) (s2wild52).
_OTHER_TITLE_SAID = compile_later(
    r"\b(?:for|para|pour|für|untuk|per)\s+(?!(?:the\s+)?(?:all\s?of\s?us|aouad|estamos|non\s+siamo|s2\b|season|series|temporada|saison"
    r"|staffel|it\b|this|that|now|real|sure|sho\b|months?|weeks?|days?))(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*[2-9]\b"
    r"|(?:のは|は)\s*(?:[ァ-ヴー]{2,}|[가-힣]{2,}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s?[2-9](?!\s*[月日])")
#: Netflix's part about something else, whose day is not the season's ("but netflix says the teaser comes april 2", "넷플릭스
#: 공식 발표는 킹덤3 2월 26일", "netflix korea's fan meeting is on march 20", "posted the cast photo on april 9"): read as written.
_OFFICIAL_OF_ANOTHER = compile_later(
    r"\b(?:teasers?|trailers?|posters?|clips?|stills?|photos?|pics?|images?|posted|posts?|fan\s*meet\w*|party|events?|showcase"
    r"|screenings?|press|conference|concert|tickets?|dub\w*|ost|soundtrack|webtoon|filming|shoot\w*|season\s*3|s3|part\s*3|cast)\b"
    r"|예고편|티저|포스터|스틸|영상|팬미팅|팬미|행사|시사회|제작발표회|촬영|시즌\s*3|预告|海报|剧照|见面会|發布會|发布会|第三季|予告|ポスター"
    r"|ファンミ|イベント|シーズン3"
    # another numbered title ("kingdom 3", "킹덤3"), not a month's day ("april 9", "4월 9일")
    r"|(?<![\w])(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s?\d)[a-z가-힣]{2,}\s?[3-9](?![\d월일시분:]|st\b|nd\b|rd\b|th\b)",
    re.I)
#: What the official part gives: a day or a window, in English or Korean words.
_OFFICIAL_WHEN = compile_later(
    r"(?P<ko>(?:20\d\d\s*년\s*)?(?:상반기|하반기|[1-4]\s*분기|(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일|\d{1,2}\s*월)(?![가-힣]*\s*(?:설|루머)))"
    rf"|(?P<day>\b{MONTH_TYPED}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH_TYPED}(?!\.?\s*\d{{1,2}}\b))"  # ("aouad 2 feb 26": the 26th, no 2 February)
    r"|(?P<window>\b(?:the\s+)?(?:first|second)\s+half(?:\s+of\s+20\d\d)?|\b[hq][1-4](?:\s+20\d\d)?\b|\b(?:early|late|mid)[\s-]20\d\d\b)",
    re.I)


def as_rumour_answered(text: str) -> str:
    """`text` (in the readers' words) as only what Netflix officially said beside a rumour it names first, said of the
    season ("All of Us Are Dead 2 coming in the first half"); any other text as it is."""
    if (m := _RUMOUR_BUT_OFFICIAL.search(text)) is None or (season := _SEASON.search(text)) is None:
        return text
    said = _NO_THEN.sub(r"\g<netflix>", m.group("official"))  # "netflix says no, it's feb 26": what Netflix says instead
    if _OFFICIAL_NOT_SAID.search(said) or _OFFICIAL_OF_ANOTHER.search(said) or (when := _OFFICIAL_WHEN.search(said)) is None:
        return text
    official = _SENTENCE_END.split(said, maxsplit=1)[0]
    if not (_SEASON.search(text[:m.start("official")]) or _SEASON.search(official)):
        return text  # "kingdom 3 was rumoured for march but netflix confirmed feb 26. aouad 2 still nothing": Kingdom's day
    if _OTHER_TITLE_SAID.search(official):
        # "今私2は3月って噂だったけど、公式が4月2日と発表したのはムービング2の方": Netflix's day is another show's, and the
        # rumour it answers stands for nothing: the clause says nothing of ours
        return text[:max(text.rfind(";", 0, m.start()), text.rfind("…", 0, m.start())) + 1]
    if when.group("ko"):
        return f"{season.group(0)} {when.group('ko')} 공개"
    if when.group("window") and (half := re.fullmatch(r"(?:the\s+)?(first|second)\s+half", when.group(0), re.I)):
        # a half with no year of its own: the year it is written in, as Korean's 상반기 is read
        return f"{season.group(0)} {'상' if half.group(1).lower() == 'first' else '하'}반기 공개"
    return f"{season.group(0)} {'premieres' if when.group('day') else 'coming in'} {when.group(0)}"
