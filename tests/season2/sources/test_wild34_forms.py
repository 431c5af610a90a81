"""Forms found by bench set wild34 (stop 42), which hunted wrong readings: a count "two weeks from today" (not today); the
season's own day after a comma or a dash following a trailer's, an embargo's or a red carpet's ("trailer drops April 15, the
show premieres May 14", "— May 14 on Netflix"); a watch party's hour kept off the release day before it; "confirmed for
Friday May 14" (the day, never a renewal); a day said "but Netflix hasn't confirmed", after "leak??" or after "they say" (a
rumour); "AOUAD 2 still May 14" after another show's delay; Hindi "भारत में 14 मई से", Thai "มาแล้ววันนี้บน Netflix", a closing
Tagalog "palabas na!", Russian "четыре недели до", Vietnamese "lúc 14h ngày mai" and Arabic "غدًا على Netflix" with Saudi time.
Then those found by wild35 to wild39 (stops 43 and 44), in the rows that say so.
Variants of the set's items, not the items themselves: each row is a post, the day it was written, and what it claims
as (milestone, confidence, moment in UTC)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.rss import FeedItem, claims_from_items
from tests.table import table

MARCH = dt.date(2027, 3, 12)
TWO_WEEKS_BEFORE = dt.date(2027, 5, 7)  # two weeks before a Friday 21 May release
EVE = dt.date(2027, 5, 20)
RELEASE_DAY = dt.date(2027, 5, 21)
ON_MAY_21 = ("release_date_announced", "reported", "2027-05-21 00:00")
AT_MIDNIGHT_PT = ("release_date_announced", "reported", "2027-05-21 07:00")
TRAILER = ("trailer", "reported", None)
RUMOURED_MAY_7 = {("release_date_announced", "rumour", "2027-05-07 00:00")}
RUMOURED_MAY_21 = ("release_date_announced", "rumour", "2027-05-21 00:00")
OUT = {("released", "reported", None)}


def _posted(title: str, written: dt.date) -> set[tuple[str, str, str | None]]:
    """Each claim a post makes as (milestone, confidence, its moment in UTC)."""
    claims, _ = claims_from_items([FeedItem(title, None, "x.com", written, False)], written)
    return {(c.milestone.value, c.confidence.value,
             c.release_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if c.release_at else None) for c in claims}


@table(("title", "written", "claims"), [
    # a count from today, after another show's day
    ("Weak Hero 3 is out June 4; AOUAD 2 drops two weeks from today", TWO_WEEKS_BEFORE, {ON_MAY_21}),
    # the season's own day after something else's
    ("AOUAD 2 trailer drops April 20, the show premieres May 21", MARCH, {TRAILER, ON_MAY_21}),
    ("All of Us Are Dead 2 red carpet in Seoul on May 18, streaming May 21", MARCH, {ON_MAY_21}),
    ("AOUAD 2 review embargo lifts May 20, the show's out May 21", MARCH, {ON_MAY_21}),
    ("El tráiler oficial de Estamos Muertos 2 ya está aquí — 21 de mayo en Netflix", MARCH, {TRAILER, ON_MAY_21}),
    # a watch party's hour after its own day is not the release's
    ("All of Us Are Dead 2 tayang 21 Mei, tapi nobar kita tanggal 22 Mei jam 19.00 WIB", MARCH, {ON_MAY_21}),
    # confirmed for a day: the day, not a renewal
    ("RT: All of Us Are Dead season 2 has been confirmed for Friday May 21", MARCH, {ON_MAY_21}),
    # rumours: unconfirmed, a leak asked, fans' hearsay
    ("AOUAD 2 drops May 7, but Netflix hasn't confirmed it", MARCH, RUMOURED_MAY_7),
    ("Dizem que Estamos Mortos 2 chega dia 7 de maio, mas a Netflix não confirmou", MARCH, RUMOURED_MAY_7),
    ("leak?? AOUAD 2 on May 7 according to an insider", MARCH, RUMOURED_MAY_7),
    ("people are saying AOUAD 2 drops May 7", MARCH, RUMOURED_MAY_7),
    # the day standing after another show's delay
    ("Kingdom 3 delayed a week to July 9, AOUAD 2 still May 21", MARCH, {ON_MAY_21}),
    # other languages: a day for India, a countdown, local clocks, out now
    ("All of Us Are Dead सीज़न 2 भारत में 21 मई से Netflix पर", MARCH, {ON_MAY_21}),
    ("Две недели до «Мы все мертвы» 2!", TWO_WEEKS_BEFORE, {ON_MAY_21}),
    # (Hindi "रात 12 बजे", 12 at night, is midnight, the day's start as "midnight" is; "दोपहर 12 बजे" is noon)
    ("All of Us Are Dead सीज़न 2 21 मई को रिलीज होगा, रात 12 बजे", MARCH,
     {("release_date_announced", "reported", "2027-05-20 18:30")}),
    ("All of Us Are Dead सीज़न 2 21 मई को रिलीज होगा, दोपहर 12 बजे", MARCH,
     {("release_date_announced", "reported", "2027-05-21 06:30")}),
    ("Ngôi trường xác sống 2 ra mắt lúc 14h ngày mai", EVE, {AT_MIDNIGHT_PT}),
    ("الموسم الثاني من All of Us Are Dead غدًا على Netflix الساعة 10 صباحًا بتوقيت السعودية", EVE, {AT_MIDNIGHT_PT}),
    ("มัธยมซอมบี้ 2 มาแล้ววันนี้บน Netflix", RELEASE_DAY, OUT),
    ("Ngayon lang: All of Us Are Dead 2 palabas na!!", RELEASE_DAY, OUT),
    # no claim: a dub's day
    ("All of Us Are Dead 2 Hindi dub in India from May 28", MARCH, set()),
    # wild35 (stop 43): a weekday with its week, an insider's or a "likely" passed on (a rumour), posts taking a rumour back or
    # quoting others' old day (no claim), local hours and "on Netflix" abroad, a trailer said out with a cry then the
    # season's day, a birthday wish or an actor's "see you" beside the day, a correction ending on the day as it is
    ("AOUAD 2 is out Friday next week", dt.date(2027, 5, 10), {ON_MAY_21}),  # (a Monday: next week's Friday, not this one)
    ("OSEN 단독: 지우학2 5월 21일 공개 유력하대", MARCH, {RUMOURED_MAY_21}),
    ("연예계 관계자에 따르면 '지우학2'는 5월 21일 공개를 목표로 하고 있다", MARCH, {RUMOURED_MAY_21}),
    ("deleting my tweet about AOUAD 2 moving to June 11, that account made it up", MARCH, set()),
    ("seeing people post 'AOUAD 2 May 14' lol, it's May 21", MARCH, {ON_MAY_21}),  # (the poster's own day, since wild36)
    ("Estamos Muertos 2 se estrena el 21 de mayo a las 2 a. m. hora de la Ciudad de México", MARCH,
     {("release_date_announced", "reported", "2027-05-21 08:00")}),
    ("All of Us Are Dead 2 arrive le 21 mai", MARCH, {ON_MAY_21}),
    ("Ngôi trường xác sống 2 lên Netflix ngày 21/5", MARCH, {ON_MAY_21}),
    ("All of Us Are Dead 2 21 Mayıs'ta Netflix'te", MARCH, {ON_MAY_21}),
    ("All of Us Are Dead सीज़न 2 21 मई को Netflix पर", MARCH, {ON_MAY_21}),
    ("AOUAD 2 trailer is here! premieres May 21", MARCH, {TRAILER, ON_MAY_21}),
    ("지우학2 티저 공개! 5월 21일 공개", MARCH, {("teaser", "reported", None), ON_MAY_21}),
    ("Happy birthday Lomon! see you May 21 in AOUAD 2", MARCH, {ON_MAY_21}),
    ("Happy birthday Lomon! born May 21, AOUAD 2 coming soon", MARCH, set()),  # (the day he was born, in the wish)
    ("조이현 생일 맞아 \"5월 21일 지우학2로 만나요\"", MARCH, {ON_MAY_21}),
    ("AOUAD 2 premieres May 21, not May 14 as leaked", MARCH, {ON_MAY_21}),
    ("I posted AOUAD 2 was delayed, I was wrong — still May 21", MARCH, {ON_MAY_21}),
    ("내일 오후 4시 지금 우리 학교는 시즌2 공개", EVE, {AT_MIDNIGHT_PT}),  # (the title between the hour and 공개)
    # wild36 (stop 43): an insider's "likely" in the press's and Chinese words (a rumour), Netflix's own staff passed on
    # (reported), several cities' clocks, a webtoon's serial beside the series, Friday of next week abroad, a wish for a
    # trailer, a trailer awaited beside another show's day, a cast rumour denied beside the day, others' day then ours
    ("JTBC스튜디오 관계자에 따르면 '지우학2'는 5월 21일 공개가 유력하다", MARCH, {RUMOURED_MAY_21}),
    ("据业内人士透露，《僵尸校园》第二季有望5月21日上线", MARCH, {RUMOURED_MAY_21}),
    ("넷플릭스 관계자에 따르면 지우학2 5월 21일 공개래", MARCH, {ON_MAY_21}),
    ("AOUAD 2 on May 21: 4 pm Seoul / 3 pm Manila / 3 am New York", MARCH, {AT_MIDNIGHT_PT}),
    ("Estamos Muertos 2 el 21 de mayo: 1 a. m. CDMX, 2 a. m. Bogotá", MARCH, {AT_MIDNIGHT_PT}),
    ("웹툰 '지금 우리 학교는' 시즌2는 4월 16일 연재 시작, 드라마 시즌2는 5월 21일 공개", MARCH, {ON_MAY_21}),
    ("Estamos Muertos 2 llega el viernes de la próxima semana", dt.date(2027, 5, 14), {ON_MAY_21}),
    ("5월 14일은 윤찬영 생일! 지우학2 예고편도 같이 왔으면", MARCH, set()),
    ("Kingdom season 3 gets June 25! still waiting on an AOUAD 2 trailer", MARCH, set()),
    ("넷플릭스 측 \"'지우학2' 유인수 출연설 사실무근\"…공개는 5월 21일", MARCH, {ON_MAY_21}),
    ("Netflix desmiente que Lee Yoo-mi vuelva en Estamos Muertos 2; la serie llega el 21 de mayo", MARCH, {ON_MAY_21}),
    ("Netflix denied the rumour that Yoo In-soo returns in AOUAD 2", MARCH, set()),
    ("people still saying AOUAD 2 is out May 14 😭 it's May 21", MARCH, {ON_MAY_21}),
    # (the poster's day for another show is that show's, never ours)
    ("people still saying AOUAD 2 is out May 14 😭 it's May 21 for Weak Hero 3 tho", MARCH, set()),
    ("Non siamo più vivi 2 arriva il 21 maggio su Netflix", MARCH, {ON_MAY_21}),
    ("지우학2 예고편 떴다!! 5월 21일 넷플릭스", MARCH, {TRAILER, ON_MAY_21}),
    ("지우학2 쇼케이스 다음 주 화요일! 공개는 금요일 21일", dt.date(2027, 5, 12), {ON_MAY_21}),
    ("Trailer ufficiale di Non siamo più vivi 2! Dal 21 maggio su Netflix", MARCH, {TRAILER, ON_MAY_21}),
    ("지우학2 메인 예고편 4월 28일 공개 유력…본편은 5월 21일", MARCH, {("trailer", "rumour", None), ON_MAY_21}),
    ("All of Us Are Dead 2: 21. Mai, 9 Uhr in Berlin, 8 Uhr in London", MARCH, {AT_MIDNIGHT_PT}),
    ("All of Us Are Dead 2 startet am 21. Mai, 9 Uhr in Berlin", MARCH, {AT_MIDNIGHT_PT}),  # (no "May 21, 9": a year)
    # wild37 (stop 43): a Japanese wish, someone else's day scoffed at, another medium's season 2 alone, a story's own day,
    # the cast's live stream, a French list of clocks with the city in brackets
    ("『今私』シーズン2、5月21日配信だといいな", MARCH, set()),
    ("my friend swears AOUAD 2 comes out May 14, where is she getting this", MARCH, set()),
    ("누가 지우학2 5월 14일 공개라던데 어디서 본 거지", MARCH, set()),
    ("Now at Our School mobile game season 2 arrives May 14!", MARCH, set()),
    ("La novela de Estamos Muertos: temporada 2 sale el 14 de mayo", MARCH, set()),
    ("Webtoon Ngôi trường xác sống phần 2 ra mắt ngày 14/5", MARCH, set()),
    ("Correction: our May 14 story wrongly said Lee Yoo-mi returns in AOUAD 2", MARCH, set()),
    ("Live do elenco de Estamos Mortos 2 dia 14/05: 8h (Brasília) / 12h (Lisboa)", MARCH, set()),
    ("All of Us Are Dead 2 arrive le 21 mai à 9 h (Paris) / 8 h (Londres)", MARCH, {AT_MIDNIGHT_PT}),
    # wild38 (stop 44): key art is no season out, a live stream "with the cast", plain release verbs in Dutch, Turkish and
    # Malay, "tomorrow" before the season's name, a watch party's hour in a sentence after the release's cry
    ("the key art is here!! AOUAD 2 · 5.21", MARCH, set()),
    ("Netflix live with the cast May 20 at 8 pm KST, the night before AOUAD 2 drops", MARCH, set()),
    ("Seizoen 2 van All of Us Are Dead verschijnt op 21 mei", MARCH, {ON_MAY_21}),
    ("All of Us Are Dead seizoen 2 komt op 21 mei naar Netflix", MARCH, {ON_MAY_21}),
    ("All of Us Are Dead seizoen 2 is nu te zien op Netflix", RELEASE_DAY, OUT),
    ("All of Us Are Dead'in 2. sezonu 21 Mayıs'ta Netflix'e geliyor", MARCH, {ON_MAY_21}),
    ("All of Us Are Dead 2. sezon yarın Netflix'te!", EVE, {ON_MAY_21}),
    ("All of Us Are Dead 2 bakal keluar 21 Mei ni kat Netflix", MARCH, {ON_MAY_21}),
    ("AOUAD 2 dah boleh tonton kat Netflix!", RELEASE_DAY, OUT),
    ("Besok AOUAD 2 tayang! Nobar jam 20.00 WIB", EVE, {ON_MAY_21}),
    ("Morgen startet Staffel 2 von All of Us Are Dead! Watchparty um 20 Uhr", EVE, {ON_MAY_21}),
    ("AOUAD 2 drops this Friday! watch party at 9 pm Manila", dt.date(2027, 5, 17), {ON_MAY_21}),
    ("All of Us Are Dead 2 sort ce vendredi sur Netflix ! Live Twitch à 21h", dt.date(2027, 5, 17), {ON_MAY_21}),
    ("Si la saison 2 de All of Us Are Dead sort ce vendredi, je prends ma journée", dt.date(2027, 5, 17), set()),
    ("Ngôi trường xác sống 2 lên sóng sau 3 ngày nữa!", dt.date(2027, 5, 18), {ON_MAY_21}),
    ("今私2、あさって配信！", dt.date(2027, 5, 19), {ON_MAY_21}),
    ("Bukas na ang AOUAD 2!! 3 pm dito sa Pinas", EVE, {AT_MIDNIGHT_PT}),
    ("AOUAD 2 dropped today, already on ep 4", RELEASE_DAY, OUT),
    ("<지금 우리 학교는> 시즌2 지금 넷플릭스에서 공개 🧟", RELEASE_DAY, OUT),
    ("All of Us Are Dead Season 2. May 21. Only on Netflix.", MARCH, {ON_MAY_21}),
    ("Saiu o trailer de Estamos Mortos 2! Estreia 21 de maio na Netflix", MARCH, {TRAILER, ON_MAY_21}),
    ("<지금 우리 학교는> 시즌2 공식 예고편 공개! 5월 21일, 오직 넷플릭스에서", MARCH, {TRAILER, ON_MAY_21}),
    ("지우학2 예고편 떴다!! 마지막에 5월 21일 공개 자막", MARCH, {TRAILER, ON_MAY_21}),
    ("AOUAD 2 official trailer [alt: final card says MAY 21, NETFLIX]", MARCH, {TRAILER, ON_MAY_21}),
    ("D-30 until All of Us Are Dead season 2!!", dt.date(2027, 4, 21), {ON_MAY_21}),
    ("D-30 🧟 #지우학2", dt.date(2027, 4, 21), {ON_MAY_21}),
    # a count to material is no release day, and the material is not out yet
    ("30 days until the AOUAD 2 trailer", MARCH, set()),
    ("3 days until the All of Us Are Dead season 2 teaser!", MARCH, set()),
    # wild39 (stop 44): an event or the OST "tomorrow"/"today" in Tagalog, Japanese and Chinese, a Turkish trailer or dub, a
    # Japanese April Fools, a day said NOT to be a rumour in five languages, our show "too" after another's only-on-Netflix day
    ("Bukas na ang press con ng AOUAD 2! live sa YouTube 2pm", dt.date(2027, 5, 17), set()),
    ("明日は『今私2』の制作発表会！ライブ配信あり", dt.date(2027, 5, 17), set()),
    ("《僵尸校园2》粉丝见面会明天在首尔举行", dt.date(2027, 5, 19), set()),
    ("今私2のOST、今日から配信開始！", dt.date(2027, 5, 7), set()),
    ("All of Us Are Dead 2. sezon fragmanı yarın geliyor!", MARCH, {TRAILER}),
    ("All of Us Are Dead 2'nin Türkçe dublajı 11 Haziran'da yayınlanacak", MARCH, set()),
    ("今私2、4月2日配信決定！（エイプリルフールです）", dt.date(2027, 4, 1), set()),
    ("「5月21日配信」はデマではありません！Netflix公式発表です #今私2", MARCH, {ON_MAY_21}),
    ("No, May 21 is NOT a rumour — Netflix confirmed it. AOUAD 2 on May 21", MARCH, {ON_MAY_21}),
    ("网传《僵尸校园2》5月21日上线消息属实，网飞已官宣", MARCH, {ON_MAY_21}),
    ("지우학2 5월 21일 공개 루머 아니고 공식입니다", MARCH, {ON_MAY_21}),
    ("Bukan hoaks! AOUAD 2 memang tayang 21 Mei", MARCH, {ON_MAY_21}),
    # ... but "not a rumour, just my guess" is no confirmation, asking whether it is true confirms nothing, and what is
    # said NOT true is denied (review44b)
    ("지우학2 5월 21일 공개 루머 아니고 그냥 내 추측", MARCH, {RUMOURED_MAY_21}),
    ("「5月21日配信」はデマじゃなくてただの予想です", MARCH, set()),
    ("Bukan hoaks, cuma tebakan: AOUAD 2 tayang 21 Mei", MARCH, set()),
    ("网传《僵尸校园2》5月21日上线，消息是否属实？", MARCH, set()),
    ("<킹덤> 시즌3 공식 예고편 공개! 6월 11일, 오직 넷플릭스에서 #지금우리학교는2 도 곧 만나요", MARCH, set()),
    # ... and plain release words: Italian "debutta il", Polish "na Netflixie od", Malay "keluar esok", Swedish "har premiär den",
    # Ukrainian "вийде", Turkish "ise … 'ta"
    ("Non siamo più vivi 2 debutta il 21 maggio su Netflix", MARCH, {ON_MAY_21}),
    ("Drugi sezon „Wszyscy jesteśmy martwi” na Netflixie od 21 maja", MARCH, {ON_MAY_21}),
    ("AOUAD 2 keluar esok! tak sabar", EVE, {ON_MAY_21}),
    ("All of Us Are Dead säsong 2 har premiär på Netflix den 21 maj", MARCH, {ON_MAY_21}),
    ("Другий сезон «Ми всі мертві» вийде на Netflix 21 травня", MARCH, {ON_MAY_21}),
    ("Yarın Netflix'te Sweet Home 4 başlıyor, All of Us Are Dead 2 ise 21 Mayıs'ta", MARCH, {ON_MAY_21}),
    # "tomorrow" and a day said of material or an event in those languages is theirs, never the season's release
    ("Bukas na ang trailer ng All of Us Are Dead 2!", EVE, {TRAILER}),
    ("All of Us Are Dead 2 fragmanı yarın geliyor", EVE, {TRAILER}),
    ("All of Us Are Dead 2 basın toplantısı yarın", EVE, set()),
    ("All of Us Are Dead 2 oyuncuları yarın İstanbul'da", EVE, set()),
    ("La bande-annonce de la saison 2 de All of Us Are Dead sort demain", EVE, {TRAILER}),
    ("De trailer van All of Us Are Dead seizoen 2 verschijnt op 21 mei", MARCH, {TRAILER}),
    ("Trailer All of Us Are Dead 2 besok!", EVE, {TRAILER}),
])
def test_a_wild34_form_claims_what_it_says(title: str, written: dt.date, claims: set[tuple[str, str, str | None]]) -> None:
    assert _posted(title, written) == claims
