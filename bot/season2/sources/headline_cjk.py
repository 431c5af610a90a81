"""A Japanese or Chinese post about the show in Korean words, word for word, so the Korean readers read it (`in_korean`):
Netflix Japan's and fans' "『今、私たちの学校は...』シーズン2、3月5日(金)独占配信決定。", romanised "ima watashitachi no gakkou wa S2
3gatsu 5ka haishin kettei", and Chinese posts naming the show ("《僵尸校园》第二季定档6月18日", 《我们的学校》). Read by
`headline_forms.with_verbs_spelt`. Pure functions on text.
"""

from __future__ import annotations

import re

from bot.lazy_re import RewriteTable, compile_later
from bot.text import cjk_number

#: A Japanese post, in its script or romanised, as Netflix Japan and fans write it: "『今、私たちの学校は...』シーズン2、3月5日(金)
#: 独占配信決定。", "ima watashitachi no gakkou wa S2 3gatsu 5ka haishin kettei", or a Chinese one naming the show
#: ("《僵尸校园》第二季定档6月18日", 《我们的学校》): in Korean, word for word.
#: The seasons of the year, in Korean: a Japanese "2027年春" is "2027년 봄".
_SEASONS = {"春": "봄", "夏": "여름", "秋": "가을", "冬": "겨울"}
#: Japanese weeks before a Friday, as Korean says them ("先週金曜": 지난주 금요일, "毎週金曜": 매주 금요일).
_JA_WEEK = {"先週": "지난주 ", "毎週": "매주 "}
_CHINESE_TITLE = "僵尸校园|殭屍校園|我们的学校|我們的學校"
_JAPANESE = compile_later(r"[\u3040-\u30ff]|\b(?:gatsu|haishin|watashitachi)\b|今学校?(?=\s*2)|今私(?=\s*(?:2|シーズン))|" + _CHINESE_TITLE,
                          re.I)  # (今学2, 今私2: fans' short names, in posts of kanji alone too: "今私2、3月19日16時配信決定！")
#: A post opening with what is said online (网传, or the 루머 put for it).
_HEARD_FIRST = compile_later(r"\s*(?:网传|網傳|루머)")

#: The show's name (in Korean words by then) then its day with nothing but a particle or "release" between: "今学校2は3月19日",
#: "今学校2 配信は3月19日", "『今、私たちの学校は』シーズン2は3月19日", the day a copula after it says is the season's.
_SHOWS_OWN_DAY = compile_later(r"지금 우리 학교는[』」]?\s*(?:시즌\s*)?2?(?:\s|[はのってが、,:：]|공개日?|공개일)*\d{1,2}\s*월\s*\d{1,2}\s*일\s*$")

_SHOWS_DAY_IS = compile_later(r"지금 우리 학교는\s*(?:시즌\s*)?2\s*(?:第一部|上部)?\s*就?是\s*\d{1,2}\s*월\s*\d{1,2}\s*일\s*$")
#: Fans' short name 今学校 counts only where the full name is not there too (a hashtag's full name then says which words
#: are the show's, and what the post's hour is of: "今学校2 配信記念の同時視聴会 4/16 23時から #今私たちの学校は").
_JAPANESE_WORDS = RewriteTable(
    (compile_later(r"今、?\s*私たちの学校は(?:\.{2,3}|…)?|今学校?(?=[」』]?\s*(?:2|シーズン))(?!.*私たちの学校は)|今私(?=[」』]?\s*(?:2|シーズン))|\bima,?\s+watashitachi\s+no\s+gakkou\s+wa\b|" + _CHINESE_TITLE, re.I), "지금 우리 학교는"),
    (compile_later(r"シーズン\s*(\d)|第(二|2)季"), lambda m: f"시즌{m.group(1) or 2} "),
    # the season's events and material by their Japanese and Chinese names (s2wild39), so a day beside them stays theirs:
    # "明日は『今私2』の制作発表会！", "粉丝见面会明天举行", "OST、今日から配信開始" (the soundtrack out, not the season)
    (compile_later(r"制作発表会|記者会見|发布会|發布會|记者会|記者會"), " 제작발표회 "),
    (compile_later(r"ショーケース"), " 쇼케이스 "),
    (compile_later(r"ファンミーティング|ファンミ(?!ュ)|(?:粉丝|粉絲)?(?:见面会|見面會)|(?:粉丝|粉絲)活动|(?:粉丝|粉絲)活動"), " 팬미팅 "),
    # a premiere screening (Chinese 首映礼 / 首映式, Japanese ジャパンプレミア, プレミア上映): Korean's 시사회, an event, not the release,
    # so its day moved is no move of the season's ("首映礼改期至5月26日")
    (compile_later(r"試写会|试映会|試映會|首映(?:礼|禮|式|会|會)|(?:ジャパン|ワールド)?プレミア(?:上映|試写|イベント)?(?!ム)"), " 시사회 "),
    (compile_later(r"レッドカーペット|红毯|紅毯"), " 레드카펫 "),
    (compile_later(r"快闪店|快閃店|ポップアップ(?:ストア|ショップ)?"), " 팝업스토어 "),  # a pop-up store
    # the cast's other work, a film or a new drama ("今私2のパク・ジフ、新作映画が4月9日公開", "主演朴志厚新剧4月9日上线"): Korean's 새 영화,
    # 새 드라마, whose day is never the season's (s2wild54)
    (compile_later(r"(?:新作|主演|実写)?映画|新(?:作)?(?:电影|電影)|(?:主演)?(?:电影|電影)|新片"), " 새 영화 "),
    (compile_later(r"新(?:作)?ドラマ|主演ドラマ|新(?:剧|劇)"), " 새 드라마 "),
    # an exhibition, a collaboration café, a screening party, a stage greeting (s2wild54: "今私2 公開記念 原画展 3月19日から")
    (compile_later(r"原画展|展示会|展覧会|企画展|展览会?|展覽會?|コラボカフェ|联名咖啡(?:店|厅)?"), " 행사 "),
    (compile_later(r"上映会|放映会"), " 상영회 "),
    (compile_later(r"舞台挨拶"), " 무대 인사 "),
    # a dub (吹替版, 配音版) comes on a day of its own ("吹替版は6月11日配信"): Korean's 더빙, never the season's day
    (compile_later(r"吹き?替え?(?:版)?|(?:国语|國語|普通话|粤语|粵語)?配音(?:版)?"), " 더빙 "),
    # a live or a watch-along marking the release ("配信記念インスタライブ", "同時視聴会", "观影派对", "直播"): its hour is its own
    # (a live's notice, 直播预告, is no trailer, s2wild88)
    (compile_later(r"(?:(?:配信|公開)記念の?)?(?:インスタライブ|インライ|ライブ配信|生配信|直播(?:预告|預告)?)|(?:配信|公開)記念の?ライブ"), " 라이브 "),
    (compile_later(r"(?:(?:配信|公開)記念の?)?(?:同時視聴会?|ウォッチパーティー?)|(?:观影|觀影)(?:派对|派對|会|會)"), " 파티 "),
    (compile_later(r"OST|サントラ|サウンドトラック|主題歌|主题曲|主題曲|插曲|原声(?:带|帶|大碟)?|原聲(?:帶|大碟)?"), " OST "),
    # the year, which Korean writes 년: "2028年3月5日" is 2028's (left 年, the day was read as the next March 5 to come), and
    # the era years Japan's and Taiwan's press print (令和10年 is 2028; 民國117年 too); "明年" next year (a season or half
    # after a year has its own words below)
    (compile_later(r"令和\s*(\d{1,2})\s*年"), lambda m: f"{2018 + int(m.group(1))}年"),
    # a month in Chinese numerals ("三月上线", "十二月"): as digits, "3月" (s2wild105); never "一个月" (a month), "第三月"
    # (never a count of months left, "还有三月就上线": three months to go, s2wild106)
    (compile_later(r"(?<![一二三四五六七八九十第])(?<!还有)(?<!還有)(?<!再过)(?<!再過)(?<!只剩)(十[一二]|[一二三四五六七八九十])(?=月)"),
     lambda m: f" {cjk_number(m.group(1))}"),
    # ... and its day in numerals ("三月十九日", "3月十二号"): as digits, "3月19日" (s2wild106)
    (compile_later(r"(?<=月)\s*([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=\s*[日号號])"), lambda m: str(cjk_number(m.group(1)))),
    (compile_later(r"民[國国]\s*(\d{2,3})\s*年"), lambda m: f"{1911 + int(m.group(1))}年"),
    # the start of a year ("明年初", "2027年初", "来年初め"): Korean's "내년 초", "2027년 초" (s2wild50)
    (compile_later(r"(?:(20\d\d)\s*年|明年|来年)\s*(?:年)?初(?:め|頭)?(?![一二三四五六七八九十\d])"),
     lambda m: f" {m.group(1) + '년' if m.group(1) else '내년'} 초 "),
    (compile_later(r"(20\d\d)\s*年(?!\s*(?:の\s*)?[春夏秋冬上下])"), r" \1년 "),
    (compile_later(r"明年(?!\s*(?:の\s*)?[春夏秋冬上下])"), " 내년 "),
    (compile_later(r"(\d{1,2})\s*(?:月|gatsu)\s*(\d{1,2})\s*(?:日|号|號|nichi\b|ka\b)", re.I), r"\1월 \2일"),  # (号: Chinese fans' day, s2wild95)
    (compile_later(r"(\d{1,2})\s*月(?!\s*\d)(?!\s*(?:初|上旬|中旬|下旬|末|頭|はじめ|初め))"), r"\1월 "),  # a month alone: "4月配信"
    # Chinese fans' "4.2见", "3月12日见" (see you on 4.2, on 12 March; never 见面会, a fan meeting): the day it comes out
    (compile_later(r"(?<![\d.])(\d{1,2})\s*(?:[./]|월)\s*(\d{1,2})\s*일?\s*[见見](?![面])"), r"\1월 \2일 공개"),
    (compile_later(r"(?<=定档)了"), ""),
    # a Chinese count of what is left ("还有一周！", "还有3天"): Korean fans' "D-7", "D-3", a countdown to the season named
    (compile_later(r"(?:还有|還有|只剩|倒数|倒數)\s*(一|1|两|兩|二|2|三|3)\s*(?:周|週|個?星期|个?星期)"),
     lambda m: f" D-{7 * (cjk_number(m.group(1)) or 0)} "),  # ("还有两周": D-14)
    (compile_later(r"(?:还有|還有|只剩|倒数|倒數)\s*(\d{1,2})\s*天"), r" D-\1 "),
    # Japanese "配信まであと3日" (three days left until it streams): D-3 too (s2wild72)
    (compile_later(r"[、，]?\s*(?:配信|公開)\s*まで\s*(?:あと|残り)\s*(\d{1,2})\s*日(?![\d月])"), r" D-\1 "),
    (compile_later(r"[(（][月火水木金土日][)）]"), ""),
    # a year and its season ("2027年春に配信", "来年夏"): Korean's "2027년 봄", "내년 여름"
    (compile_later(r"(20\d\d)\s*年\s*(?:の\s*)?([春夏秋冬])\s*(?:に|の|頃|ごろ)?"),
     lambda m: f"{m.group(1)}년 {_SEASONS[m.group(2)]} "),
    (compile_later(r"(来年|今年)\s*(?:の\s*)?([春夏秋冬])\s*(?:に|の|頃|ごろ)?"),
     lambda m: f"{'내년' if m.group(1) == '来年' else '올해'} {_SEASONS[m.group(2)]} "),
    # Japanese "今春配信", "来夏" (this spring, next summer): Korean's "올봄", "내년 여름" (read against the day written)
    (compile_later(r"(今|来)([春夏秋冬])(?![休季])\s*(?:に|の|頃|ごろ)?"),
     lambda m: f" {'올' if m.group(1) == '今' else '내년 '}{_SEASONS[m.group(2)]} "),
    (compile_later(r"[はがもを](?=\s*\d)"), " "),  # a particle glued to the date after it: "シーズン2は5月配信"
    (compile_later(r"明後日|あさって|後天|后天"), " 모레 "),  # the day after tomorrow (Japanese, Chinese)
    (compile_later(r"明日|あした|\bashita\b|明天", re.I), " 내일 "),  # tomorrow (Japanese, Chinese)
    (compile_later(r"本日"), " 오늘 "),  # today (Japanese: "本日16時配信")
    # streaming now, with no day said anywhere ("シーズン2 配信開始", "配信中"): out (a day's 配信開始 is to come)
    # (a day written "6/11(金)" is a day too, and so are tomorrow, tonight, next week and an hour: "明日16時！… 配信開始"
    # counts down to it)
    (compile_later(r"^(?!.*\d\s*(?:月|日|gatsu|월|일|시))(?!.*(?<!\d)\d{1,2}\s*/\s*\d{1,2}(?!\d))(?!.*(?:내일|모레|今夜|今晩|今晚"
                   r"|来週|下周|下週|(?<!先週)金曜|いよいよ|まで|あと\s*\d))(.*?)(?:独占)?配信(?:開始|スタート|中)", re.S),
     r"\1 드디어 공개"),
    # Japanese "今週金曜", "来週金曜日" (this / next week's Friday): Korean's "이번 주 금요일", "다음 주 금요일" (s2wild80)
    (compile_later(r"(今週|来週)\s*(?:の\s*)?金曜日?"), lambda m: f" {'이번' if m.group(1) == '今週' else '다음'} 주 금요일 "),
    # ... last week's, every week's, or alone, the coming one ("金曜配信", "先週金曜 配信開始": out then) (s2wild82)
    (compile_later(r"(先週|毎週)?\s*(?:の\s*)?金曜日?"), lambda m: f" {_JA_WEEK.get(m.group(1) or '', '')}금요일 "),
    # 前倒し (brought forward) "6月11日から6月4日に前倒し": Korean's "6월 11일에서 6월 4일로 앞당겨", a change of the day to the later-named one
    (compile_later(r"(\d{1,2}\s*(?:日|일))\s*から\s*(?=\d[^。]*?前倒し)"), r"\1에서 "),
    (compile_later(r"(\d{1,2}\s*(?:日|일))\s*に\s*(?=前倒し)"), r"\1로 "),
    (compile_later(r"前倒し"), " 앞당겨 "),
    # the trailer put out or up ("定档预告发布", "预告上线了"): Korean's "예고편 공개", never the season's release (s2wild61)
    (compile_later(r"((?:预告|預告)(?:片)?)\s*(?:发布|發布|释出|釋出|曝光|上线|上線)(?:了|啦)?"), r"\1 공개"),
    # Chinese "已上線", "今天上线了" (up now, up today): out
    (compile_later(r"(?:已经|已經|已|终于|終於)\s*(?:独家|獨家)?上(?:线|線)(?:了|啦)?|(?<![日号號일报報告照絮片频頻声聲曲])(?<![日号號일]\s)上(?:线|線)(?:了|啦)"), " 드디어 공개 "),  # ("第二季上线了！"; never 海报, 预告, 剧照 …)  # (终于: finally)
    (compile_later(r"(?:定档|定檔)(?=\s*(?:海报|海報|预告|預告))"), " "),  # "定档海报" (the date poster): the poster's, no renewal (s2wild60)
    # 定档 before its day ("定档6月4日", dated for June 4): Korean's "6월 4일 공개 확정" (its day set, never a renewal)
    # (so is 定在, "set for": "僵尸校园2定在3月19日", s2wild103)
    (compile_later(r"(?:定档|定檔|定在|定于|定於)\s*((?:20\d\d년\s*)?\d{1,2}월\s*\d{1,2}일)"), r" \1 공개 확정 "),
    (compile_later(r"今天|今日(?=\s*(?:独家|獨家)?上(?:线|線))"), " 오늘 "),
    # a day said not to be it ("不是3月12日上线", "不会在3月12日上线", "3月12日不上线"): Korean's "3월 12일 공개 아니다", a day taken
    # back, never the day (s2wild86)
    (compile_later(r"(?:并不是|並不是|不是|并非|並非|不会|不會|不)\s*(?:在|于|於)?\s*((?:20\d\d년\s*)?\d{1,2}월\s*\d{1,2}일)\s*"
                   r"((?:独家|獨家)?(?:上线|上線|播出|开播|開播))?|((?:20\d\d년\s*)?\d{1,2}월\s*\d{1,2}일)\s*不\s*(上线|上線|播出|开播|開播)"),
     lambda m: f" {m[1] or m[3]} {m[2] or m[4] or ''} 아니다 "),
    (compile_later(r"(?:独占)?配信(?:開始|スタート)?|\bhaishin(?:\s+kaishi)?\b|(?:独家|獨家)?(?:上线|上線|播出)", re.I), " 공개"),
    # ... said of the trailer or an event ("预告片改档3月5日", "见面会改期"): that thing's schedule changed, never the release's (s2wild54)
    (compile_later(r"((?:预告|預告)(?:片)?|见面会|見面會|首映(?:礼|禮|式)|发布会|發布會|活动|活動|直播|展览|展覽)\s*(?:改档|改期|提档)"),
     r"\1 일정 변경 "),
    # Chinese 改档, 改期, 提档: the release's day changed (moved, or brought forward), to the day beside it
    (compile_later(r"改档|改期|提档"), " 공개일 변경 "),
    (compile_later(r"決定|\bkettei\b|定档|定檔|確定|确定", re.I), " 확정"),
    # the first or second half of a year ("2027年上半年"): Korean's 상반기, 하반기
    # Japanese "上半期", "2027年下半期" (the first, second half): the same halves
    (compile_later(r"[はがも]?\s*(?:(20\d\d)\s*年\s*(?:の\s*)?)?([上下])半期\s*(?:に|の|中に)?"),
     lambda m: f" {m.group(1) + '년 ' if m.group(1) else ''}{'상' if m.group(2) == '上' else '하'}반기 "),
    # a quarter ("第一季度", "一季度"; never 第一季, the first season): Korean's 1분기 (s2wild50)
    (compile_later(r"(?:(20\d\d)\s*年\s*)?第?\s*([一二三四1-4])\s*季度"),
     lambda m: f" {m.group(1) + '년 ' if m.group(1) else ''}{cjk_number(m.group(2))}분기 "),
    (compile_later(r"(?:(20\d\d)\s*年\s*)?([上下])半年"), lambda m: f" {m.group(1) + '년 ' if m.group(1) else ''}{'상' if m.group(2) == '上' else '하'}반기 "),
    # Chinese "网飞发布正式预告" (Netflix puts out the official trailer) after the day, past a full-width comma: the trailer
    # out, a part of its own (as Korean's "…예고편 공개")
    (compile_later(r"[，,]\s*((?:网飞|網飛|奈飞|奈飛)?\s*(?:发布|發布|释出|釋出|曝光)了?\s*(?:正式|官方|首支|最新)?\s*(?:预告|預告)(?:片)?)"),
     r" … \1"),
    (compile_later(r"(?:发布|發布|释出|釋出)了?\s*(?:正式|官方|首支|最新)?\s*(?=(?:预告|預告))"), ""),
    (compile_later(r"片[单單]\s*(?:预告|預告)?(?:片|视频|視頻)?"), " 라인업 "),  # a slate and its reel (片单预告片), no trailer of the season's
    (compile_later(r"先[导導](?:预告|預告|片)(?:片)?"), " 티저 "),  # a teaser (先导预告, the trailer that leads), never the main one
    (compile_later(r"(?<=预告)(?:片)?(?=\s*$)|(?<=預告)(?:片)?(?=\s*$)"), " 공개"),
    (compile_later(r"(?:本|特報|新|最新)?予告(?:編)?|トレーラー|(?:正式|官方)?预告(?:片)?"), " 예고편 "),  # "本予告" (the main trailer); the material's own day stays its own
    (compile_later(r"ティーザー|ティザー"), " 티저 "),
    (compile_later(r"公開|解禁|公开"), " 공개"),  # "本予告解禁": the trailer let out
    # how sure it is, in its own words: put off, a rumour, not settled, denied, not so
    # put off by a span ("延期一周", "延期两个星期"): Korean's "공개 일주일 연기", a delay (改档 beside it gives the new day)
    # (推迟 / 延后 say the same: "推迟一周，5月28日…上线")
    (compile_later(r"(?:延期|推迟|推遲|延后|延後)\s*(?:一|1)\s*(?:周|週|個?星期|个?星期)"), " 공개 일주일 연기 "),
    (compile_later(r"(?:延期|推迟|推遲|延后|延後)\s*(?:两|兩|二|2)\s*(?:周|週|個?星期|个?星期)"), " 공개 2주 연기 "),
    # Japanese "1週間延期で4月30日配信に", "2週間延期し…" (put off a week, then the new day): the same delay by a span
    (compile_later(r"(?:1|一)\s*週間\s*(?:の\s*)?延期\s*(?:で|し|して|、|。)?"), " 공개 일주일 연기… "),
    (compile_later(r"(?:2|二)\s*週間\s*(?:の\s*)?延期\s*(?:で|し|して|、|。)?"), " 공개 2주 연기… "),
    # a delay to a day called fake, then the day that stands ("推迟到4月16日是假的，还是4月9日"): Korean's "4월 16일 연기설 사실무근…4월 9일
    # 그대로" (s2wild54)
    (compile_later(r"(?:延期|推迟|推遲|延后|延後)\s*(?:至|到)?\s*(\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])\s*(?:的消息|的说法|的說法)?\s*"
                   r"(?:是假的|是假消息|是假新闻|是假新聞|是谣言|是謠言|纯属谣言|純屬謠言|不实|不實)"), r" \1 연기설 사실무근 "),
    (compile_later(r"[，,]\s*(?:还是|還是|依然是|仍然是|仍是|维持|維持)\s*(\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])"), r"…\1 그대로"),
    # put off to a day ("延期至4月30日", "推迟到4月30日", "延期，4月30日…上线"): Korean's "공개 연기…4월 30일 …", the new day after it
    (compile_later(r"(?:延期|推迟|推遲|延后|延後)\s*(?:[，,、]\s*)?(?:至|到)?(?=\s*\d)"), " 공개 연기… "),
    # "4月9日配信予定だったけど延期" (was to come on the 9th, but put off): Korean's "공개 예정이었으나 연기", the old day no release (review69a)
    (compile_later(r"予定\s*だった\s*(?:けど|けれど|が|のに)?\s*(?=[、,]?\s*延期)"), " 예정이었으나 "),
    (compile_later(r"延期"), " 연기"),
    (compile_later(r"(\d{1,2}\s*일)\s*に\s*(?=연기)"), r"\1로 "),  # "4月9日に延期": put off to the 9th
    # 説, a theory someone holds ("5月14日配信説", "延期説", "…という説"): Korean's 공개설, 연기설, a rumour (never 小説, a novel)
    (compile_later(r"(?<=공개|연기)\s*説"), "설"),
    (compile_later(r"(?:という|との)\s*説"), " 루머 "),
    # the start, middle or end of a month ("4月初", "4月上旬", "4월 초"): Korean's 초, 중순, 말
    (compile_later(r"(\d{1,2})\s*월\s*(?:初|上旬|頭|はじめ|初め)"), r"\1월 초"),
    (compile_later(r"(\d{1,2})\s*月\s*(?:初|上旬|頭|はじめ|初め)"), r"\1월 초"),
    (compile_later(r"(\d{1,2})\s*(?:월|月)\s*(?:中旬)"), r"\1월 중순"),
    (compile_later(r"(\d{1,2})\s*(?:월|月)\s*(?:下旬|末)"), r"\1월 말"),
    # Japanese hearsay: "4月2日配信らしい" (so it is said), "〜って" / "〜とのこと"; a guess ("かも", "かもしれない") on an
    # article's or a report's word ("韓国の記事に出てた", "報道によると") is that report's rumour, else it stays a guess
    (compile_later(r"(?:らしい|らしいです|らしいよ|とのこと|んだって|だって)(?![ぁ-ゖ])"), " 라고 들었어 "),
    (compile_later(r"かも(?:しれない|しれません|ね|よ)?(?=[^。]*?。?[^。]*(?:記事|報道|ニュース|によると|メディア|関係者))"), " 라고 들었어 "),
    (compile_later(r"かも(?:しれない|しれません|ね|よ)?"), " 전망 "),
    # "まだ公式じゃないけど" (not official yet): the day unconfirmed, as "아직 확정 아님" (s2wild70)
    (compile_later(r"(?:まだ\s*)?公式(?:じゃ|では)(?:ない|ありません)(?:けど|です|よ)?"), " 아직 확정 아님 "),
    # a day quoted 「」 to be called false ("「4月16日配信」はデマ", "「…」という情報は事実ではありません"): the day, unquoted, taken back
    (compile_later(r"[「『]([^「」『』]*?\d{1,2}월\s*\d{1,2}일[^「」『』]*?)[」』](?=\s*(?:は|という|との|って)?\s*(?:情報|報道|噂|うわさ|話)?"
                r"\s*(?:は|も)?\s*(?:デマ|誤り|事実無根|間違い|事実(?:では|じゃ)))"), r" \1 "),
    # デマ is a rumour called false: said of a day's release ("5月14日配信はデマ", "…配信のデマ"), that day taken back
    (compile_later(r"(?<=[はがもの])\s*デマ"), " 사실무근"),
    (compile_later(r"\s*[はが]?\s*사실무근\s*(?:です|だよ|だ)?"), " 사실무근 "),  # ("… は デマです": its particle and copula off)
    (compile_later(r"噂|うわさ|リーク|デマ"), " 루머"),
    # the press's headline ending "…配信か" (likely to, it is said): Korean's 유력, a rumour (never a question's "ですか",
    # "なのか", "だろうか")
    (compile_later(r"(?:なの|の|です|ます|でしょう|だろう)か(?![ぁ-ゖ])"), " 인가? "),  # "…配信なのか", "…配信ですか": asked
    (compile_later(r"(?<![でまのう])か(?=\s*[。！!]?\s*$)"), " 유력"),
    # a day said with a copula and no verb ("今私2 3月19日だよ", "…19日です"): the season's day, as 공개 says it (never "…ですか",
    # asked, read above) (s2wild104); only the show's own day, right after its name (never "誕生日は3月19日です", "パート2は4月9日だよ",
    # "観るのは3月20日だよ": review68a)
    (compile_later(r"(?<=일)\s*(?:です|だよ|だ)(?:よ|ね|よね)?(?![ぁ-ゖ])"),
     lambda m: " 공개 " if _SHOWS_OWN_DAY.search(m.string, max(0, m.start() - 60), m.start()) else m.group(0)),
    # ... and Chinese 是 between the show's name and its day, closing the post ("僵尸校园2是3月19日", "…就是3月19日啦") (s2wild105)
    (compile_later(r"(?<=일)\s*(?:啦|哦|喔|呀|哈|耶)?(?=[\s!！~～。]*$)"),
     lambda m: " 공개 " if _SHOWS_DAY_IS.search(m.string, max(0, m.start() - 60), m.start()) else m.group(0)),
    # Chinese: a rumour called untrue (传闻不实, 辟谣) is a denial; one only said, heard or leaked (传, 据传, 网传, 听说, 据说, 或将 "may", 曝 "leaked",
    # never 外传 a spin-off, 宣传 publicity, 预告曝光 a trailer out) is a rumour
    (compile_later(r"(?:传闻|传言)?(?:不实|有误)|辟谣"), " 사실무근 "),
    # a bare "fake" in its own clause after what was said ("网传“…3月26日上线”，假的，官方还没公布"): untrue too, never asked
    # ("假的？") nor before the day that stands ("假的，官方是…", a correction, `self_corrections`) (s2wild93)
    (compile_later(r"(?<=[，,。！!」”\"])\s*是?假的(?=\s*(?:[，,。！!]|$))(?!\s*[，,]\s*(?:官方\s*[说說是]|是))"), " 사실무근 "),
    (compile_later(r"(공개)\s*(?:的?\s*(?:消息|说法|說法)|[,，]?[”\"」]?[,，]?)\s*(?=사실무근)"), r"\1설 "),  # "上线(的)消息不实": the word of it untrue
    (compile_later(r"^\s*(?:网传|網傳)(?=.*사실무근)"), ""),  # "网传…消息不实": what was said online is untrue, no rumour
    # "网传…3月19日上线？官方定档了吗": a rumour, then whether it is official asked: the rumour stands as one (s2wild102)
    # (after 定在's day read as "… 공개 확정 ", a space before the comma: "网传…定在3月19日，官方定档了吗？", s2wild104)
    (compile_later(r"(?<![\s?？,，])\s*[?？,，]?\s*(?:官方|网飞|網飛|netflix)\s*(?:已经?|已經)?\s*(?:定档|定檔|官宣|确认|確認|公布|확정)\s*了?\s*[吗嗎]"
                   r"(?:\s*[?？])*\s*$", re.I), lambda m: "。" if _HEARD_FIRST.match(m.string) else m.group(0)),
    # Netflix answering a rumour with the day kept ("网飞回应延期传闻：…仍于5月28日上线"): Korean's "연기설 사실무근…예정대로"
    # (never "网飞未回应延期传闻": Netflix not answering it leaves the rumour a rumour)
    (compile_later(r"(?<![未没沒不])(?:回应|回應)\s*([^：:，。,]{0,8}?)(?:传闻|傳聞|传言|傳言)(?=[^。]*?(?:仍|依然|依旧|依舊|如期|照常))"), r"\1설 사실무근 "),
    (compile_later(r"(?:仍|依然|依旧|依舊)\s*(?:于|於|在)(?=\s*\d{1,2}\s*(?:月|월))"), " 예정대로 "),
    # one month or another ("3月或4月", "3月或者4月", "3月か4月"): Korean's "3월 또는 4월", a window of both, never the first alone
    (compile_later(r"(\d{1,2}\s*[月월])\s*(?:或者?|还是|還是|か)\s*(?=\d{1,2}\s*[月월])"), r" \1 또는 "),
    # "或" (maybe) before a time, wherever it stands ("《…》第二季或明年初上线", "…2或于明年上线"): a rumour
    (compile_later(r"或(?=\s*(?:[于於在是]\s*)?(?:明年|今年|来年|내년|올해|20\d\d\s*[年년]|\d{1,2}\s*[月월]|[上下]半|[상하]반기|\d\s*분기|[春夏秋冬봄여름가을겨울]))|网传|据传|網傳|據傳|传闻|傳聞|传言|疑似|爆料|或将|听说|聽說|据说|據說|[网網]友(?:们|們)?\s*[说說爆]|有人\s*[说說]|[据據][^，。,]{0,8}透露|(?:业内|業內|知情|消息|圈内|圈內)人士|曝(?!光)|^传|(?<![外自宣上])[传傳](?=[^，。,.]{0,12}?(?:改档|定档|定檔|改期|提档|上线|上線|播出|延期|\d))"),
     " 루머 "),
    # Chinese hope of a day ("僵尸校园2希望3月19日上线", 但愿, 盼望): a fan's wish, Korean's 제발 (never "…，希望好看", a hope
    # it is good beside the day told: no day in its clause; s2wild86)
    (compile_later(r"(?:希望|但愿|但願|盼望)(?=[^，。,！!？?]{0,16}?\d)"), " 제발 "),
    (compile_later(r"未定|(?:仍|尚|还|還)未\s*확정"), " 미정"),  # Chinese 仍未定档: not yet dated
    # Netflix by its Chinese and Japanese names ("网飞：假的", "ネトフリが否定"): as Korean names it
    (compile_later(r"网飞|網飛|奈飞|奈飛|ネトフリ(?:ックス)?|ネットフリックス"), "넷플릭스"),
    # a quoted verdict that it is untrue before the denial ("「事実ではない」と否定"): the denial; a Chinese answer "假的",
    # "是假的", "假消息" (fake) after a name and a colon or at the end is that it is not so
    (compile_later(r"[「『]\s*(?:事実|事實|本当)?\s*(?:では|じゃ)(?:ない|ありません)\s*[」』]\s*と?\s*(?=否定)"), ""),
    (compile_later(r"(?:是)?假(?:的|消息|新闻|新聞)(?=\s*[!！。]*\s*$)"), " 사실무근"),
    # Japanese "…という情報は誤りです" (the word that … is wrong), quoted or not: Korean's "…라는 보도는 사실무근"
    (compile_later(r"(?:という|との)\s*(?:情報|報道|噂|うわさ|話)\s*(?:は|も)?\s*(?:誤り|事実無根|デマ|間違い|事実(?:では|じゃ)(?:ない|ありません))(?:です|だ)?"),
     "라는 보도는 사실무근"),
    # "「4月16日配信」は事実ではありません" (is not true) with no という情報 between: the same denial
    (compile_later(r"(?<=[」』\s])(?:は|も)\s*(?:事実\s*(?:では|じゃ)(?:ない|ありません)|誤り|間違い|事実無根)(?:です|でした)?"), " 사실무근"),
    # "…は誤り、正しくは6月4日配信" (rightly, the 4th): the day that stands after the one taken back, as Korean's "…사실무근…"
    (compile_later(r"[、,]?\s*正しく(?:は)?\s*(?=\d{1,2}\s*월)"), "… "),
    (compile_later(r"否定|否[认認]"), " 부인"),  # Japanese 否定, Chinese 否认 / 否認: denied
    (compile_later(r"(?:では|じゃ)(?:ない|ありません)|しない|されない|ません"), " 아니다"),
    # an episode's plot set out ("第3集劇情整理（有雷）", the plot of episode 3, with spoilers): a recap of an episode out
    (compile_later(r"第\s*(\d{1,2})\s*(?:集|話|话)\s*(?:劇情|剧情|ネタバレ|あらすじ)\s*(?:整理|解析|回顧|回顾|まとめ)?"), r" Episode \1 recap "),
    (compile_later(r"[、，]"), ", "),
    (compile_later(r"。"), ". "),
)



def japanese_or_chinese(text: str) -> bool:
    """Whether a post is in Japanese (its script or romanised) or names the show in Chinese."""
    return _JAPANESE.search(text) is not None


#: A Japanese hour ("16時", "16時30分"): Japan's clock is Korea's (UTC+9), so it is the Korean hour (16시). Chinese 時 is left
#: (Taiwan's and Hong Kong's clocks are an hour behind).
#: Japanese by its script, or by words only Japanese writes in kanji: fans' 今私 and 配信 (streaming; Chinese says 上线).
_KANA = compile_later(r"[\u3040-\u30ff]|今私(?=\s*(?:2|シーズン))|配信")
_JAPANESE_HOUR = compile_later(r"(?:(午前|午後)\s*)?(?<!\d)([01]?\d|2[0-3])\s*時(?:\s*([0-5]?\d)\s*分)?")


def _japanese_hour(m: re.Match[str]) -> str:
    """A Japanese hour in Korean words: "午後4時" (4 in the afternoon) is 오후 4시, "16時" is 16시."""
    half = {"午前": "오전 ", "午後": "오후 "}.get(m.group(1) or "", "")
    return f" {half}{m.group(2)}시" + (f" {m.group(3)}분" if m.group(3) else "")


#: A Chinese hour with its part of the day ("下午3点", "晚上8點半"): the part, the hour, its minutes or "半" (half past).
_PART_OF_DAY_HOUR = r"(上午|早上|凌晨|中午|下午|晚上)\s*(\d{1,2})\s*[點点時时](?:\s*(\d{1,2})\s*分|(半))?"
#: A Chinese hour with the clock it is on ("下午3點（台灣時間）", "晚上8点 北京时间"): Taiwan's, China's and Hong Kong's are UTC+8 (a
#: Chinese hour with no zone stays unread: whose clock it is is not said).
_CHINESE_HOUR = compile_later(_PART_OF_DAY_HOUR
                              + r"(?P<verb>\s*(?:独家|獨家)?(?:上线|上線|播出|开播|開播))?\s*[（(]?\s*(?:台灣|台湾|臺灣|北京|香港)\s*(?:時間|时间)\s*[)）]?")
#: ... or with the clock it is on said first: "明天北京时间下午3点《僵尸校园2》上线".
_CLOCK_THEN_CHINESE_HOUR = compile_later(r"(?:台灣|台湾|臺灣|北京|香港)\s*(?:時間|时间)\s*" + _PART_OF_DAY_HOUR)


#: ... or on a clock of 24 hours with its zone after it ("3月19日16:00（北京时间）上线").
_CHINESE_CLOCK = compile_later(r"(?<![\d:])([01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)\s*[（(]?\s*(?:台灣|台湾|臺灣|北京|香港)\s*(?:時間|时间)\s*[)）]?")


#: ... or with no zone, right before the release's verb ("6/4下午3點Netflix全球上線"): the writer's clock, UTC+8 wherever Chinese
#: is written (Taiwan, Hong Kong, Macau, China, Singapore, Malaysia all keep it), as the hour Netflix drops there.
_CHINESE_RELEASE_HOUR = compile_later(_PART_OF_DAY_HOUR
                                      + r"(?P<verb>\s*(?:在\s*)?(?:netflix|網飛|网飞)?\s*(?:全球|全台|同步)?\s*(?:独家|獨家)?"
                                        r"(?:上线|上線|播出|开播|開播))", re.I)


def _part_of_day_hour(m: re.Match[str]) -> tuple[int, int]:
    """The hour and minute of a `_PART_OF_DAY_HOUR` on a 24-hour clock ("下午3点半": 15, 30)."""
    hour = int(m.group(2)) % 12 + (12 if m.group(1) in ("中午", "下午", "晚上") and int(m.group(2)) != 12 else 0)
    return hour, int(m.group(3) or (30 if m.group(4) else 0))


def _chinese_hour(m: re.Match[str]) -> str:
    hour, minute = _part_of_day_hour(m)
    return f" {hour:02d}:{minute:02d} GMT+8 {m.group('verb') or ''} "  # ("下午3點上線（台灣時間）": the verb kept after it)


def _clock_then_chinese_hour(m: re.Match[str]) -> str:
    """The hour of "北京时间下午3点" in Korean words (15시 GMT+8), as the Korean readers take an hour before the season's name."""
    hour, minute = _part_of_day_hour(m)
    return f" {hour}시" + (f" {minute}분" if minute else "") + " GMT+8 "


#: A Chinese hour after another place's clock and the day ("KST 7月9日下午4点上线", as "韩国时间7月9日下午4点上线" reaches the readers:
#: `bot.zones.with_zones_in_words`): that place's hour, never UTC+8. Without the part of the day, a 24-hour clock's ("PT 7月9日0点").
_ZONE_FIRST_HOUR = compile_later(r"(?<![A-Za-z])(?P<zone>KST|JST|PT|ET|PHT|ICT|WIB|UTC[+-]\d{1,2}(?::\d\d)?)\s*"
                                 r"(?P<day>(?:\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|明天|今天|今晚|明晚)\s*)?"
                                 r"(?:(?P<part>上午|早上|凌晨|中午|下午|晚上)\s*(?P<h>\d{1,2})|(?<!\d)(?P<h24>0|1[3-9]|2[0-3]))\s*[點点時时]"
                                 r"(?:\s*(?P<m>\d{1,2})\s*分|(?P<half>半))?")


#: ... or with that place's clock after it ("下午4点（韩国时间）上线", as "下午4点 KST 上线" reaches it).
_HOUR_THEN_ZONE = compile_later(r"(?:(?P<part>上午|早上|凌晨|中午|下午|晚上)\s*(?P<h>\d{1,2})|(?<!\d)(?P<h24>0|1[3-9]|2[0-3]))\s*[點点時时]"
                                r"(?:\s*(?P<m>\d{1,2})\s*分|(?P<half>半))?\s*[（(]?\s*"
                                r"(?P<zone>KST|JST|PT|ET|PHT|ICT|WIB|UTC[+-]\d{1,2}(?::\d\d)?)(?![A-Za-z])\s*[)）]?")


def _zone_first_hour(m: re.Match[str]) -> str:
    hour = int(m.group("h") or m.group("h24"))
    if m.group("part") in ("中午", "下午", "晚上") and hour < 12:
        hour += 12
    minute = int(m.group("m") or (30 if m.group("half") else 0))
    return f" {m.groupdict().get('day') or ''} {hour:02d}:{minute:02d} {m.group('zone')} "


def in_korean(text: str) -> str:
    """A Japanese or Chinese post in Korean words (`_JAPANESE_WORDS`), its spaces collapsed; a Japanese post's hour as
    the same hour on Korea's clock."""
    if _KANA.search(text):
        text = _JAPANESE_HOUR.sub(_japanese_hour, text)
    text = _HOUR_THEN_ZONE.sub(_zone_first_hour, _ZONE_FIRST_HOUR.sub(_zone_first_hour, text))
    text = _CHINESE_HOUR.sub(_chinese_hour, _CLOCK_THEN_CHINESE_HOUR.sub(_clock_then_chinese_hour, text))
    text = _CHINESE_RELEASE_HOUR.sub(_chinese_hour, text)
    text = _CHINESE_CLOCK.sub(lambda m: f" {int(m.group(1)):02d}:{m.group(2)} GMT+8 ", text)
    text = _JAPANESE_WORDS.rewrite(text)
    return " ".join(text.split())
