"""Headlines in the forms fans and roundups write without the readers' plain words: a listing's
"<season> → <day>", a misspelt verb, news said after delay rumours, a view count, a filming start still
planned (bot/season2/sources/headline_forms.py, headlines.py)."""

from __future__ import annotations

import datetime as dt

from bot.season2.sources.headline_denials import denied_day
from bot.season2.sources.headline_parts import read_headline
from tests.table import table

WRITTEN = dt.date(2027, 2, 16)


def _readings(headline: str, written: dt.date = WRITTEN) -> set[str]:
    out = set()
    for found in read_headline(headline, written):
        day = "" if found.release_at is None else " " + found.release_at.strftime("%Y-%m-%d %H:%M")
        out.add(f"{found.milestone.value} {found.confidence.value}{day}")
    return out


@table(("headline", "expected"), [
    ("Netflix in April 2027: Weak Hero Class 2 on April 2, All of Us Are Dead Season 2 on April 9",
     {"release_date_announced reported 2027-04-09 00:00"}),
    ("ALL OF US ARE DEAD S2 -> APR 9 !!!", {"release_date_announced reported 2027-04-09 00:00"}),
    ("aouad s2 is april 9 per netflix", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD S2 IS NOT APRIL 2!!! it's april 9 per netflix", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD S2 — 16.04 — mark your calendars", {"release_date_announced reported 2027-04-16 00:00"}),
    ("All of Us Are Dead Season 2: Apr 9, 5PM KST", {"release_date_announced reported 2027-04-09 08:00"}),
    # a weekday alone with its hour and zone ("friday" alone gives none)
    ("🇯🇵 aouad s2 friday 5pm JST / 🇮🇩 3pm WIB", {"release_date_announced reported 2027-02-19 08:00"}),
    ("aouad s2 friday lol", set()),
    # s2wild75: a dash or a comma between the weekday and its zoned hour (never a watch party's)
    ("aouad s2 friday - 5pm KST", {"release_date_announced reported 2027-02-19 08:00"}),
    ("aouad s2 watch party friday - 5pm KST", set()),
    # rumoured days set aside one by one, then the one it is
    ("ok so not april, not march 12, it's MARCH 19 🥳 aouad s2, netflix just posted it",
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("not march 12, not march 19, it's a scam lol aouad s2", set()),
    ("not march 12, not march 19, it's march 26 for the watch party, aouad s2", set()),  # the party's day
    # scen43: the year a Japanese or Chinese post writes, era years too (令和10年, 民國117年: 2028), was left unread, so
    # each was the next March 5 to come (2027); "定档" before a year gave a renewal, not the day
    ("『今、私たちの学校は』シーズン2、2028年3月5日配信決定", {"release_date_announced reported 2028-03-05 00:00"}),
    ("Netflix公式発表：『今、私たちの学校は』シーズン2は令和10年3月5日配信", {"release_date_announced reported 2028-03-05 00:00"}),
    ("《殭屍校園》第二季民國117年3月5日上線", {"release_date_announced reported 2028-03-05 00:00"}),
    ("《僵尸校园》第二季定档2027年6月5日", {"release_date_announced reported 2027-06-05 00:00"}),
    # s2wild41: a season split in parts is Part 1's day; a later part's day alone is not the season's release
    ("Part 1 on April 9, Part 2 on May 7. AOUAD 2 is coming", {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    ("All of Us Are Dead 2ª temporada: parte 1 em 9 de abril e parte 2 em 7 de maio",
     {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    ("《僵尸校园2》分上下两部，上部4月9日、下部5月7日上线", {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    # (both parts named the other way round: the later part's clause is set aside all the same, never its day read)
    ("《僵尸校园2》下部5月7日上线，上部4月9日", {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    # (a Thai later part's clause that ends at a date's last dot: "ส่วน" (and) after it goes with it, never joined to the name)
    ("มัธยมซอมบี้ 2 พาร์ท 2 7 พ.ค. ส่วนพาร์ท 1 ฉาย 9 เม.ย. ทาง Netflix", {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead Season 2: Part 2 arrives May 7 after Part 1 on April 9",
     {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    ("AOUAD 2 volume 2 arrives May 7 😭", {"part_dated reported 2027-05-07 00:00"}),
    ("今私2 Part2は5月7日配信", {"part_dated reported 2027-05-07 00:00"}),  # (a Latin label run into Japanese, s2wild58)
    ("《僵尸校园2》第二部分5月7日上线", {"part_dated reported 2027-05-07 00:00"}),  # (Chinese 第二部分, and a Spanish title before "parte 2", s2wild60)
    ("Estamos Muertos 2 parte 2 llega el próximo viernes", set()),
    # s2wild62: a later part's day beside other news of the season is never its day; fans' "all of us are dead part 2" is the
    # season itself; a day with a comma after the name, misspelt names, a Korean day cried before "the teaser too"
    ("Estamos Muertos 2 es lo más visto de Netflix, y la parte 2 llega el 7 de mayo", {"part_dated reported 2027-05-07 00:00"}),
    ("all of us are dead part 2 on april 9", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD 2, April 9. Part 2, May 7. I'm screaming",
     {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),  # (s2wild64: "Part 2, May 7")
    ("지우학2 파트1 4월 9일, 파트2 5월 7일!!! 티저도 떴다", {"release_date_announced reported 2027-04-09 00:00", "teaser reported", "part_dated reported 2027-05-07 00:00"}),
    # s2wild79: a later part's mark closing our clause is Part 2's day, as the leading form is; another show's or a thread's is not
    ("aouad 2 premieres may 7 (part 2)", {"part_dated reported 2027-05-07 00:00"}),
    ("aouad 2 drops may 7 - part 2", {"part_dated reported 2027-05-07 00:00"}),
    ("지우학2 5월 7일 공개 (파트2)", {"part_dated reported 2027-05-07 00:00"}),
    ("AOUAD 2 may 7 #Part2 #AllOfUsAreDead", {"part_dated reported 2027-05-07 00:00"}),
    ("kingdom 3 (part 2) may 7, aouad 2 april 9", {"release_date_announced reported 2027-04-09 00:00"}),
    ("aouad 2 premieres april 9 (1/2)", {"release_date_announced reported 2027-04-09 00:00"}),
    ("aouad 2 premieres april 9 (part 2 of my thread)", {"release_date_announced reported 2027-04-09 00:00"}),
    ("Wszyscy jesteśmy martwi 2 – 9 kwietnia na Netflixie!", {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Ua Are Dead 2 april 9!!!! finally", {"release_date_announced reported 2027-04-09 00:00"}),
    ("Al of us are dead 2 april 9 per netflix", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOAUD 2, April 9 🧟", {"release_date_announced reported 2027-04-09 00:00"}),
    ("《僵尸校园2》第一部分4月9日上线，第二部分5月7日", {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    ("今私2 Part1は4月9日、Part2は5月7日", {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    # (a later part's day counted from the first's, s2wild59: its day read by that count, s2wild64)
    ("aouad 2 part 1 april 9 and part 2 a week after",
     {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-04-16 00:00"}),
    ("All of Us Are Dead Season 2 — Part 1: April 9.", {"release_date_announced reported 2027-04-09 00:00"}),
    ("Non siamo più vivi 2: la parte 1 arriva il 9 aprile, la parte 2 una settimana dopo",
     {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-04-16 00:00"}),
    ("지우학2 파트1 4월 9일, 파트2는 일주일 뒤", {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-04-16 00:00"}),
    ("All of Us Are Dead Season 2 Premieres April 9; Part 2 Follows Three Weeks Later",
     {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-04-30 00:00"}),
    ("aouad 2 april 9, part 2 three weeks after the finale of sweet home?", set()),  # (a count from something else, asked)
    ("AOUAD 2 drops april 9 and part 2 a week after",
     {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-04-16 00:00"}),
    ("AOUAD 2 teaser march 1, part 2 march 8", {"teaser reported"}),  # the teaser's second part
    ("AOUAD 2 fan meet Part 1 March 13, Part 2, March 27", set()),  # (s2wild65) an event's parts, a series of videos' parts
    ("AOUAD 2 behind-the-scenes series: Part 1 March 5, Part 2 — March 12", set()),
    ("AOUAD 2 fan meeting part 2, March 27", set()),
    ("지우학2 팬미팅 1부 3월 13일, 2부 3월 27일", set()),
    ("aouad 2 part 1 of the fan meet march 13, part 2 march 27", set()),
    ('"All Of Us Are Dead 2": Part 1, April 9; Part 2, May 7',
     {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    ("지우학2 파트2 5월 7일 오후 4시 공개 확정", {"part_dated reported 2027-05-07 07:00"}),
    ("AOUAD 2 drops all 10 episodes at once on April 9, no Part 2 split", {"release_date_announced reported 2027-04-09 00:00"}),
    # an episode count before "out", a colon before "on", a Tagalog "na", a German 24-hour clock with its zone
    ("AOUAD S2 Part 1: 5 episodes, 55 to 70 minutes each, out April 9", {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead Staffel 2: Teil 1 am 9. April", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD 2 Abril 9 na sa Netflix!", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD 2 am 9. April um 9 Uhr (MESZ) auf Netflix", {"release_date_announced reported 2027-04-09 07:00"}),
    # s2wild42: a later part's day named before Part 1's; a denied day answered with a new one; a premiere screening's day moved;
    # "8 a.m. UK time" and a Latin American country's hour
    ("AOUAD 2: Part 2 May 7 — Part 1 April 9", {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    ("『今私2』後編は5月7日、前編は4月9日配信", {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    ("Estamos Muertos 2: la segunda parte llega el 7 de mayo, tras la primera el 9 de abril",
     {"release_date_announced reported 2027-04-09 00:00", "part_dated reported 2027-05-07 00:00"}),
    ("Netflix desmiente el 2 de abril: Estamos Muertos 2 llega el 9 de abril", set()),  # never the new day taken back
    ("『今私2』の「4月2日配信」は誤り、正しくは4月9日配信です", set()),  # never the day said wrong
    ("《僵尸校园2》首映礼改期至4月7日", set()),
    ("AOUAD 2 on April 9 at 8 a.m. UK time", {"release_date_announced reported 2027-04-09 07:00"}),
    ("Estamos Muertos 2 se estrena el 9 de abril a las 4 a.m. hora de Argentina", {"release_date_announced reported 2027-04-09 07:00"}),
    ("Todos Nós Estamos Mortos 2 estreia em 9 de abril às 4 a.m. horário de Brasília", {"release_date_announced reported 2027-04-09 07:00"}),
    ("Estamos muertos 2 sale el 9 de abril a la 1 a.m. hora CDMX", {"release_date_announced reported 2027-04-09 07:00"}),  # (s2wild59)
    # s2wild43: Chile's hour by the clock Santiago keeps that day (its winter from April), Mexico City's before a flag, and a
    # Korean channel's broadcast day, which is not Netflix's global release
    ("Estamos Muertos 2 se estrena el 9 de abril a las 3 a.m. hora de Chile", {"release_date_announced reported 2027-04-09 07:00"}),
    ("Estamos Muertos 2 sale el 9 de abril a la 1 am CDMX 🇲🇽", {"release_date_announced reported 2027-04-09 07:00"}),
    ("JTBC 지우학2 4월 17일 토요일 밤 첫 방송 확정", set()),
    # both parts said out at once is the season out; a later part's day beside "both parts" stays that part's
    ("AOUAD 2 part 2 is out now too!! both parts on Netflix 🧟", {"released reported"}),
    ("AOUAD 2 Part 2 arrives May 7, both parts on Netflix", {"part_dated reported 2027-05-07 00:00"}),
    # the teaser's own day, then the season's ("premieres April 9"), in French "rendez-vous le 9 avril" (see you on April 9)
    ("AOUAD 2 teaser drops tomorrow, premieres April 9 🧟", {"teaser reported", "release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD 2 teaser drops tomorrow, premieres on YouTube", {"teaser reported"}),
    # Netflix's date card on a poster ("Season 2, April 9, only on Netflix") is the season's day; a teaser's own day is not
    ("Poster: All of Us Are Dead Season 2, April 9, only on Netflix", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD 2 teaser drops April 9, only on Netflix", {"teaser reported"}),
    ("All of Us Are Dead saison 2 : rendez-vous le 9 avril sur Netflix", {"release_date_announced reported 2027-04-09 00:00"}),
    ("'지우학2' 4월 9일 넷플릭스 공개…JTBC서 4월 17일 첫 방송", {"release_date_announced reported 2027-04-09 00:00"}),
    ("JTBC스튜디오 \"'지우학2' 4월 9일 넷플릭스 공개\"", {"release_date_announced reported 2027-04-09 00:00"}),
    ("'All of Us Are Dead' Season 2 premieres on JTBC April 17", set()),  # (Korean TV's day, not Netflix's, s2wild60)
    # s2wild44: "hora de México" is Mexico City's clock; the cast's live with its CDMX hour is no release; a teaser's own day
    # in Spanish ("El teaser de …") or Chinese (先导预告, the teaser) is the teaser's, never the season's
    ("Estamos Muertos 2 llega el 9 de abril a la 1 am hora de México 🇲🇽", {"release_date_announced reported 2027-04-09 07:00"}),
    ("Live de Netflix con el elenco de Estamos Muertos 2 el 7 de abril a las 9 pm CDMX 🇲🇽", set()),
    ("El teaser de Estamos Muertos 2 sale el 20 de febrero", {"teaser reported"}),
    ("《僵尸校园2》先导预告2月20日上线", {"teaser reported"}),
    # a clock right after a day-first date is its hour, never the day of the month before it (review45)
    ("All of Us Are Dead season 2 premieres 28 April 9 AM BST", {"release_date_announced reported 2027-04-28 08:00"}),
    ("All of Us Are Dead temporada 2 se estrena el 28 de abril 2 am", {"release_date_announced reported 2027-04-28 00:00"}),
    # s2wild45: a Spanish delay "del … al …" gives the day after "al"; Turkish "TSİ 10:00" and Hindi's hour before its verb
    # ("… बजे (IST) रिलीज़ होगा") keep the hour; a Chinese slate's reel (片单预告片) is no trailer of the season's
    ("Estamos Muertos 2 se retrasa: del 2 de abril al 9 de abril", {"delayed reported 2027-04-09 00:00"}),
    ("All of Us Are Dead 2. sezon 9 Nisan'da TSİ 10:00'da Netflix'te", {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead सीज़न 2 नेटफ्लिक्स पर 9 अप्रैल को दोपहर 12:30 बजे (IST) रिलीज़ होगा",
     {"release_date_announced reported 2027-04-09 07:00"}),
    ("网飞2027年片单预告片：《王国3》2月26日上线，《僵尸校园2》2027年上半年", {"release_window reported"}),  # no trailer; its half
    # a Chinese 24-hour clock with its zone after it ("16:00（北京时间）")
    ("《僵尸校园2》4月9日15:00（北京时间）上线", {"release_date_announced reported 2027-04-09 07:00"}),
    # the US coasts' clocks and midnight in Spanish, Portuguese and French (Pacific daylight time on April 9)
    ("Estamos Muertos 2 llega el 9 de abril a medianoche (hora del Pacífico)", {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead 2 estreia 9 de abril às 3h (horário do leste)", {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead saison 2 le 9 avril à minuit, heure du Pacifique, sur Netflix",
     {"release_date_announced reported 2027-04-09 07:00"}),
    # Hindi's "will come" on a day is the season's; its trailer's (का ट्रेलर) is the trailer's, never the release
    ("All of Us Are Dead सीज़न 2 9 अप्रैल को आएगा", {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead सीज़न 2 का ट्रेलर 9 अप्रैल को आएगा", {"trailer reported"}),
    ("All of Us Are Dead सीज़न 2 का ट्रेलर 9 अप्रैल को रिलीज़ होगा", {"trailer reported"}),
    # ... and in Russian and Arabic ("Трейлер … выйдет", "إعلان الموسم الثاني …"), the date's announcement ("إعلان موعد") the season's (s2wild58)
    ("Трейлер «Мы все мертвы» 2 выйдет 18 февраля", {"trailer reported"}),
    # "has its date:" abroad ("ganha data:", "hat ein Startdatum:", "ha una data:", "ma datę premiery:", "получил дату выхода:")
    ("Estamos Mortos 2 ganha data: 9 de abril", {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead 2 hat ein Startdatum: 9. April", {"release_date_announced reported 2027-04-09 00:00"}),
    ("Non siamo più vivi 2 ha una data: 9 aprile", {"release_date_announced reported 2027-04-09 00:00"}),
    ("Wszyscy jesteśmy martwi 2 ma datę premiery: 9 kwietnia", {"release_date_announced reported 2027-04-09 00:00"}),
    ("«Мы все мертвы» 2 получил дату выхода: 9 апреля", {"release_date_announced reported 2027-04-09 00:00"}),
    ("إعلان الموسم الثاني من All of Us Are Dead يوم 18 فبراير", {"trailer reported"}),
    ("إعلان موعد عرض الموسم الثاني من All of Us Are Dead: 9 أبريل", {"release_date_announced reported 2027-04-09 00:00"}),
    # a later part abroad ("bahagi 2", "Volumen 2") gives the season no day; "<weekday> night at midnight" is the next day's
    ("AOUAD 2 bahagi 2 sa April 23", {"part_dated reported 2027-04-23 00:00"}),
    ("Estamos muertos 2 Volumen 2 el 23 de abril", {"part_dated reported 2027-04-23 00:00"}),
    ("All of Us Are Dead Season 2: 8 episodes, all on April 9", {"release_date_announced reported 2027-04-09 00:00"}),
    # Netflix Korea's day and hour, then (past an emoji) the teaser let out: both
    ("<지금 우리 학교는> 시즌2 4월 9일 오후 4시, 오직 넷플릭스에서 🧟 티저 예고편 공개",
     {"release_date_announced reported 2027-04-09 07:00", "teaser reported"}),
    # s2wild46: a card in parts keeps the hour written right after its day (Netflix's "4PM KST | 12AM PT", "14.00 WIB", "1:00 a. m.
    # hora CDMX", "9 Uhr (MESZ)", a fan's "set your alarms"); Chinese "延期至 / 推迟到 <day>" is a delay to that day
    ("All of Us Are Dead · Season 2 · April 9 · 4PM KST | 12AM PT · Only on Netflix",
     {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead 2 · 9 April · 14.00 WIB 🧟", {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead · Season 2 · April 9 · 8 Episodes · Worldwide", {"release_date_announced reported 2027-04-09 00:00"}),
    ("Estamos Muertos 2 · viernes 9 de abril · solo en Netflix", {"release_date_announced reported 2027-04-09 00:00"}),
    ("Kingdom 3 · out now | Mask Girl 2 · March 5 · 5pm KST | All of Us Are Dead 2 · April 9",  # a line-up's entry of ours
     {"release_date_announced reported 2027-04-09 00:00"}),
    ("Estamos Muertos 2 · 9 de abril · 1:00 a. m. hora CDMX 🇲🇽", {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead Staffel 2 · 9. April · 9 Uhr (MESZ)", {"release_date_announced reported 2027-04-09 07:00"}),
    ("AOUAD 2 · April 9 · midnight PT ⏰ set your alarms", {"release_date_announced reported 2027-04-09 07:00"}),
    ("《僵尸校园2》延期至4月9日下午3点（北京时间）上线", {"delayed reported 2027-04-09 07:00"}),
    ("《僵尸校园2》推迟到4月9日上线", {"delayed reported 2027-04-09 00:00"}),
    # ... and the Hindi, Vietnamese and Filipino cards, "set your alarms" first, a reel's "· 2027" (Korean's "· 2027년")
    ("All of Us Are Dead सीज़न 2 · 9 अप्रैल · दोपहर 12:30 बजे (IST) · नेटफ्लिक्स", {"release_date_announced reported 2027-04-09 07:00"}),
    ("Ngôi trường xác sống 2 · 14h ngày 9/4 · Netflix", {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead 2, April 9, 3PM oras sa Pilipinas, sa Netflix! 🇵🇭", {"release_date_announced reported 2027-04-09 07:00"}),
    ("set your alarms ⏰ aouad 2, april 9, 4pm kst", {"release_date_announced reported 2027-04-09 07:00"}),
    ("Kingdom 3 · February 12 | Weak Hero Class 3 · first half of 2027 | All of Us Are Dead Season 2 · 2027",
     {"release_window reported"}),
    ("넷플릭스 2027 라인업 🎬 약한영웅3 · 2027년 상반기 / 지금 우리 학교는2 · 2027년", {"release_window reported"}),
    # a French "du 16 au 30" and a Korean hour before 로 after a delay: the new day
    ("All of Us Are Dead saison 2 repoussée du 2 au 9 avril", {"delayed reported 2027-04-09 00:00"}),
    ("지우학2 4월 2일→4월 9일 오후 4시로 연기", {"delayed reported 2027-04-09 07:00"}),
    # review57d: a quoted day it was said to be ('…'이라던) is the old one, the delay is to April (no day); a quoted day as the news stands
    ("'3월 19일'이라던 지우학2, 4월로 연기", {"delayed reported"}),
    ("지우학2, '3월 19일' 공개 확정", {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild47: a delay to a day in German's verb-last order, Thai, Vietnamese, Arabic, Hindi's "a week's delay" after its day,
    # Chinese 推迟一周; Netflix Korea's change "<day> 오후 4시로 변경" with its hour
    ("All of Us Are Dead Staffel 2 auf den 9. April verschoben", {"delayed reported 2027-04-09 00:00"}),
    ("มัธยมซอมบี้ 2 เลื่อนฉายเป็น 9 เม.ย. นะทุกคน", {"delayed reported 2027-04-09 00:00"}),
    ("Ngôi trường xác sống 2 hoãn chiếu sang ngày 9/4", {"delayed reported 2027-04-09 00:00"}),
    ("تأجيل الموسم الثاني من All of Us Are Dead إلى 9 أبريل", {"delayed reported 2027-04-09 00:00"}),
    ("All of Us Are Dead सीज़न 2 अब 9 अप्रैल को आएगा, एक हफ्ते की देरी", {"delayed reported 2027-04-09 00:00"}),
    ("《僵尸校园2》推迟一周，4月9日下午3点（北京时间）上线", {"delayed reported 2027-04-09 07:00"}),
    ("<지금 우리 학교는> 시즌2 공개일이 4월 9일(금) 오후 4시로 변경되었습니다.", {"release_date_changed reported 2027-04-09 07:00"}),
    ("black knight 2 on june 4 and aouad 2 on april 9, netflix k-drama summer is here",  # a time of year is here, not the season
     {"release_date_announced reported 2027-04-09 00:00"}),
    # its date or news out is no season out: "aouad 2 date is OUT"
    ("aouad 2 date is OUT: april 9", {"release_date_announced reported 2027-04-09 00:00"}),
    ("aouad 2 date is out now: april 9", {"release_date_announced reported 2027-04-09 00:00"}),
    ("the aouad 2 date is out 😭", set()),
    # s2wild48: Hindi "रिलीज़ टली, अब …" (its release put off, now …), Thai "เลื่อนไป", Vietnamese "dời lịch sang" are delays to their
    # day; Indonesian "tetap" (stays) keeps ours beside another show's delay; material out, then the season's day after it
    ("All of Us Are Dead सीज़न 2 की रिलीज़ टली, अब 9 अप्रैल को आएगा", {"delayed reported 2027-04-09 00:00"}),
    ("มัธยมซอมบี้ 2 เลื่อนไป 9 เม.ย. แล้วจ้า", {"delayed reported 2027-04-09 00:00"}),
    ("Ngôi trường xác sống 2 dời lịch sang 9/4 nha mọi người", {"delayed reported 2027-04-09 00:00"}),
    ("Sweet Home 4 ditunda ke 16 April, All of Us Are Dead 2 tetap 9 April", {"release_date_announced reported 2027-04-09 00:00"}),
    ("El tráiler final de Estamos Muertos 2 ya disponible. Estreno el 9 de abril",
     {"trailer reported", "release_date_announced reported 2027-04-09 00:00"}),
    ("<지금 우리 학교는> 시즌2 메인 포스터 지금 공개! 4월 9일 넷플릭스", {"release_date_announced reported 2027-04-09 00:00"}),
    ("Poster chính thức Ngôi trường xác sống 2 đã ra mắt, lên sóng 9/4", {"release_date_announced reported 2027-04-09 00:00"}),
    # s2wild61: Netflix's card as its own sentences, its first part labelled
    ("All of Us Are Dead Season 2. April 9.", {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead Season 2. Part 1, April 9.", {"release_date_announced reported 2027-04-09 00:00"}),
    # s2wild74: a schedule whose every title follows its own day (never the next entry's day, nor a list without ours)
    ("New on Netflix: Apr 2 Kingdom 3 · Apr 9 All of Us Are Dead Season 2 · Apr 16 Physical: 100 Season 3",
     {"release_date_announced reported 2027-04-09 00:00"}),
    ("Netflix April 2027: Apr 2 Kingdom 3, Apr 9 All of Us Are Dead Season 2 Part 2, Apr 16 Sweet Home 4",
     {"part_dated reported 2027-04-09 00:00"}),
    ("New on Netflix: Apr 2 All of Us Are Dead Season 1 · Apr 9 Kingdom 3", set()),
])
def test_a_listing_gives_the_season_its_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "All of Us Are Dead Season 2 on 4/9",  # 9 April or 4 September: never guessed
    "AOUAD S2 — 9.04 — NETFLIX",
    "All of Us Are Dead Season 2: April 9 fan event in Seoul",  # the event's day
    "All of Us Are Dead S2 → April 9 teaser",  # the teaser's day
    "All of Us Are Dead Season 2 - 4/19 trailer",
    "AOUAD S2: 1 April review",  # a day of something said after it
    "All of Us Are Dead season 2 on April 1 was a dream",
    "AOUAD S2: 8 episodes recap, out April 9",  # a recap's day: only a runtime stands between a count and "out" (review45)
    # s2wild46: a card whose other part names an event or another show, a day labelled an event's right after it
    "All of Us Are Dead 2 · OST Concert · April 9 · 7:30pm KST",
    "AOUAD 2 | Quiz Night | April 9 | 9pm UTC",
    "All of Us Are Dead 2 · Screening · April 9 · 7pm KST",
    "Kingdom 3 · April 2 · 4PM KST | All of Us Are Dead 2",
    "AOUAD 2 · OST Concert · April 9 | Kingdom 3 · April 2",
    "AOUAD 2 · April 9 · Tudum live on Netflix",
    "AOUAD 2 · Official Trailer · April 9 · 10AM KST",  # the video's own hour
    "A maratona de All of Us Are Dead 2 foi adiada de 2 para 9 de abril",  # a marathon's, a quiz night's new day
    "All of Us Are Dead saison 2 : la soirée quiz repoussée du 2 au 9 avril",
    "AOUAD 2 quiz night delayed to April 9",
    "AOUAD 2: April 9, 6pm KST — fan meeting in Seoul",
    "AOUAD 2 premiere gala April 9, 7pm KST",
    "《僵尸校园》粉丝见面会延期至4月9日",
    "Estamos Muertos 2: 9 de abril, 18:00 hora CDMX — watch party en Discord",
    "set your alarms ⏰ aouad 2 trailer, april 9, 10am kst",
    "All of Us Are Dead सीज़न 2 · 9 अप्रैल · शाम 7 बजे · फैन मीट",
    "All of Us Are Dead saison 2 : l'expo est reportée du 2 au 9 avril",  # the exhibition's
    "La exposición de Estamos Muertos 2 se pospone al 9 de abril",
    # review47b: a fan's recap or reaction stream has its own day and hour
    "AOUAD 2 · Recap Stream · April 9 · 8PM KST", "aouad s2 reaction stream april 9 8pm kst on my channel",
    # review47b: a card's day or hour asked, or guessed, with a question mark
    "AOUAD 2 · April 9?", "All of Us Are Dead Season 2 | April 9 | 4PM KST??", "지금 우리 학교는 시즌2 | 4월 9일？",
    # s2wild47: a fan meeting or an event put off in German, Thai, Vietnamese, Arabic and Korean
    "All of Us Are Dead Staffel 2: Fan-Event auf den 9. April verschoben", "มัธยมซอมบี้ 2 งานแฟนมีตติ้ง เลื่อนเป็น 9 เม.ย.",
    "Ngôi trường xác sống 2: họp fan hoãn sang ngày 9/4", "تأجيل حفل معجبي All of Us Are Dead 2 إلى 9 أبريل",
    "Ngôi trường xác sống 2: triển lãm hoãn đến 9/4", "지우학2 팬미팅 4월 9일 오후 4시로 변경",
    # s2wild61: a day after the name's full stop in a sentence of something else (an interview), or after a comma
    "Cho Yi-hyun talks AOUAD 2. April 9.", "Sweet Home 4 comes after AOUAD 2, April 9",
    # s2wild62: a bracket after the day saying whose it is
    "All of Us Are Dead 2 — April 9 (Kingdom 3's date, not ours)", "AOUAD 2, April 9 (Kingdom 3's)",
    # s2wild63: a post of one's own dated for itself (a review, first reactions)
    "AOUAD 2, April 9: my review (no spoilers)", "All of Us Are Dead 2, April 9 — first reactions",
    "aouad 2, april 9, my ranking of the new characters",
])
def test_a_listing_of_a_day_that_is_not_the_releases_gives_none(headline: str) -> None:
    assert not any("release_date" in reading for reading in _readings(headline))


@table("headline", [
    # s2wild48: a dub (Synchro, lồng tiếng, الدبلجة, डब), the soundtrack, a screening before the release (Vorpremiere,
    # avant-première, العرض الخاص, स्क्रीनिंग, a cinema's), a fan meeting or an event (粉丝活动, jumpa fans, อีเวนต์) put off to a day
    "Die deutsche Synchro von All of Us Are Dead 2 verschiebt sich auf den 23. April",
    "Bản lồng tiếng Việt của Ngôi trường xác sống 2 hoãn đến 23/4",
    "تأجيل الدبلجة العربية لـ All of Us Are Dead 2 إلى 23 أبريل",
    "All of Us Are Dead सीज़न 2 का हिंदी डब टला, अब 23 अप्रैल को",
    "All of Us Are Dead 2 की स्क्रीनिंग टली, अब 8 अप्रैल को",
    "Die Vorpremiere von All of Us Are Dead 2 wird auf den 8. April verschoben",
    "L'avant-première d'All of Us Are Dead 2 repoussée au 8 avril",
    "تأجيل العرض الخاص لـ All of Us Are Dead 2 إلى 8 أبريل",
    "تأجيل عرض الحلقة الأولى من All of Us Are Dead 2 في صالات السينما إلى 8 أبريل",
    "《僵尸校园2》粉丝活动改期至4月17日",
    "Jumpa fans All of Us Are Dead 2 diundur ke 17 April",
    "อีเวนต์ มัธยมซอมบี้ 2 เลื่อนไป 17 เม.ย.",
    "Buổi công chiếu sớm Ngôi trường xác sống 2 tại Hà Nội dời sang 8/4",
    "Der Soundtrack zu All of Us Are Dead 2 erscheint jetzt am 16. April",
    "The soundtrack of All of Us Are Dead 2 premieres on April 16",
    "지우학2 팝업스토어 4월 10일로 연기", "지우학2 GV 4월 10일로 연기", "《僵尸校园2》快闪店推迟到4月10日",  # a pop-up store, a GV
])
def test_another_things_day_put_off_is_neither_the_seasons_delay_nor_its_day(headline: str) -> None:
    assert _readings(headline) == set()


@table("headline, written, expected", [
    # s2wild47: on the eve or the day, a countdown with an hour is the day to come, never the season out early ("明日16時！…
    # 配信開始", "out today at 5pm AEST"); out now in Polish, Netflix Korea's "시즌2 지금 공개"; a Polish trailer (zwiastun) is
    # the trailer
    ("明日16時！今、私たちの学校は...シーズン2 配信開始🧟", dt.date(2027, 4, 8), {"release_date_announced reported 2027-04-09 07:00"}),
    ("AOUAD 2 out today at 5pm AEST", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("AOUAD 2 out at 5pm AEST today", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("AOUAD 2 out today at last", dt.date(2027, 4, 9), {"released reported"}),
    ("All of Us Are Dead 2 już na Netflixie! 🧟", dt.date(2027, 4, 9), {"released reported"}),
    ("<지금 우리 학교는> 시즌2 지금 공개 🧟", dt.date(2027, 4, 9), {"released reported"}),
    ("Zwiastun All of Us Are Dead 2 już na Netflixie", dt.date(2027, 4, 9), {"trailer reported"}),
    # ... and "today" or "tomorrow" with a zoned hour and no verb, in English, German, Indonesian, Thai, Turkish and Hinglish
    ("AOUAD 2 today at 4pm KST", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead 2 tomorrow at 10:00 UTC+3!", dt.date(2027, 4, 8), {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead Staffel 2 ab heute 9 Uhr auf Netflix", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead 2 hari ini jam 14.00 WIB di Netflix!", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("มัธยมซอมบี้ 2 ลง Netflix วันนี้ 14.00 น. 🧟", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("Hepimiz Öldük 2 yarın TSİ 10.00'da!", dt.date(2027, 4, 8), {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead 2 aaj dopahar 12:30 baje Netflix par aa raha hai 🔥", dt.date(2027, 4, 9),
     {"release_date_announced reported 2027-04-09 07:00"}),
    # what is made about the season, out before it, is not the season out; a Thai trailer (ตัวอย่าง) is the trailer
    ("All of Us Are Dead Season 2 early reactions are out", dt.date(2027, 4, 7), set()),
    ("aouad 2 meme compilation out now lol", dt.date(2027, 4, 9), set()),
    ("ตัวอย่าง มัธยมซอมบี้ 2 เข้าฉาย 9 เม.ย.", dt.date(2027, 3, 28), {"trailer reported"}),
    ("All of Us Are Dead 2 fan meet aaj shaam 7 baje hai", dt.date(2027, 4, 9), set()),
    ("AOUAD 2 today at 4pm KST rewatch party", dt.date(2027, 4, 9), set()),
    ("AOUAD 2 today at 9pm EST discussion thread", dt.date(2027, 4, 9), set()),  # the thread's hour
    ("reviews for aouad 2 are out and they're glowing", dt.date(2027, 4, 7), set()),
    ("มัธยมซอมบี้ 2 พากย์ไทย ลง Netflix วันนี้", dt.date(2027, 4, 16), set()),  # the Thai dub's day
    ("All of Us Are Dead 2 aaj raat 12 baje", dt.date(2027, 4, 8), set()),  # past midnight: whose day is not said
    ("『今、私たちの学校は...』シーズン2 吹替版は4月23日配信", dt.date(2027, 4, 9), set()),  # the Japanese dub's day
    ("《僵尸校园2》国语配音版4月23日上线", dt.date(2027, 4, 9), set()),
    ("『今、私たちの学校は...』シーズン2 本日16時配信", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("Estamos Muertos 2 disponible ya", dt.date(2027, 4, 9), {"released reported"}),
    ("Sabuesos 2 disponible ya, Estamos Muertos 2 en unas horas", dt.date(2027, 4, 9), set()),
    # s2wild48: "today" or "tomorrow" with an hour in Turkish, Portuguese, Italian, Tagalog and Mexico City's clock ...
    ("Hepimiz Öldük 2 bugün TSİ 10.00'da 🧟", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead 2 hoje às 4h (Brasília) na Netflix", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("Non siamo più vivi 2 oggi alle 9 su Netflix", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("Estamos Muertos 2 mañana a la 1 a. m. hora CDMX", dt.date(2027, 4, 8), {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead 2 bukas 3PM Manila time!", dt.date(2027, 4, 8), {"release_date_announced reported 2027-04-09 07:00"}),
    # ... never the hour of a watch party, a marathon, a live, a party or a group viewing that day, nor a loose "show time"
    ("Hepimiz Öldük 2 bugün TSİ 21.00'de izleme partisi", dt.date(2027, 4, 9), set()),
    ("Non siamo più vivi 2 oggi alle 21 maratona con gli amici", dt.date(2027, 4, 9), set()),
    ("All of Us Are Dead 2 hoje às 20h live com o elenco", dt.date(2027, 4, 9), set()),
    ("Hepimiz Öldük 2 oyuncuları bugün TSİ 13.00'te canlı yayında", dt.date(2027, 4, 9), set()),
    ("Estamos Muertos 2 mañana a las 8 p. m. hora CDMX, fiesta de estreno en Discord", dt.date(2027, 4, 8), set()),
    ("Hepimiz Öldük 2 yarın TSİ 21.00'de quiz gecesi", dt.date(2027, 4, 8), set()),
    ("지우학2 내일 오후 8시 단체관람 🍿", dt.date(2027, 4, 8), set()),
    ("今私2 明日20時 配信記念インスタライブ", dt.date(2027, 4, 8), set()),
    ("今私2 明日16時配信！20時から同時視聴会", dt.date(2027, 4, 8), {"release_date_announced reported 2027-04-09 07:00"}),
    ("aouad 2 today at 9pm show time", dt.date(2027, 4, 9), set()),
    # ... and the soundtrack, a poster, merch or an interview out is not the season out
    ("Ya disponible la banda sonora de Estamos Muertos 2", dt.date(2027, 4, 9), set()),
    ("Trilha sonora de All of Us Are Dead 2 já disponível", dt.date(2027, 4, 9), set()),
    ("Hepimiz Öldük 2 film müziği yayında", dt.date(2027, 4, 9), set()),
    ("الموسيقى التصويرية لـ All of Us Are Dead 2 متاحة الآن", dt.date(2027, 4, 9), set()),
    ("Póster oficial de Estamos Muertos 2 disponible ya", dt.date(2027, 4, 9), set()),
    ("Estamos Muertos 2: ya disponible el merch oficial", dt.date(2027, 4, 9), set()),
    ("AOUAD 2 interview out now", dt.date(2027, 4, 9), set()),
    # ... nor the date announcement's video, nor the day the date itself "drops" (s2wild58)
    ("AOUAD 2 date announcement video is out now", dt.date(2026, 12, 15), set()),
    ("aouad 2 date drops 12/15", dt.date(2026, 12, 14), set()),
    # review48: the hour after a shout or a comma, or after "is out today", is still to come (was out hours early)
    ("AOUAD 2 out today!! 4pm KST", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("AOUAD 2 out today, 4pm KST", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    ("All of Us Are Dead season 2 is out today 4pm KST!!", dt.date(2027, 4, 9),
     {"release_date_announced reported 2027-04-09 07:00"}),
    ("AOUAD 2 is out today at 4pm KST", dt.date(2027, 4, 9), {"release_date_announced reported 2027-04-09 07:00"}),
    # (an hour after the season is out, or another thing's, leaves it out)
    ("aouad 2 is out today, i watched at 4pm KST", dt.date(2027, 4, 9), {"released reported"}),
    ("AOUAD 2 out today. Watch party at 8pm EST", dt.date(2027, 4, 9), {"released reported"}),
    ("AOUAD 2 is out today!!", dt.date(2027, 4, 9), {"released reported"}),
    # s2wild60: out in Vietnamese "lên sóng rồi", Chinese "上线了", Tagalog "live na yung …", Portuguese "já tá na Netflix",
    # "all 6 eps … are up", "is live in the US", "is on netflix now", a fan's "this is not a drill"; never a day's 上线了,
    # "all 8 eps are up on march 12", nor live "in 3 hours"
    ("Ngôi trường xác sống 2 lên sóng rồi mọi người ơi!", dt.date(2027, 4, 9), {"released reported"}),
    ("《僵尸校园》第二季上线了！", dt.date(2027, 4, 9), {"released reported"}),
    ("《僵尸校园》第二季4月9日上线了", dt.date(2027, 4, 7), {"release_date_announced reported 2027-04-09 00:00"}),
    ("live na yung AOUAD 2 sa Netflix mga bes", dt.date(2027, 4, 9), {"released reported"}),
    ("Estamos Mortos 2 já tá na Netflix gente!!!", dt.date(2027, 4, 9), {"released reported"}),
    ("all 6 eps of aouad 2 part 1 are up!!! this is not a drill", dt.date(2027, 4, 9), {"released reported"}),
    ("aouad 2 is live in the US", dt.date(2027, 4, 9), {"released reported"}),
    ("reminder that aouad 2 is on netflix now, go watch it", dt.date(2027, 4, 10), {"released reported"}),
    ("all 8 eps of aouad 2 are up on april 9", dt.date(2027, 4, 7), set()),
    ("aouad 2 is live in 3 hours", dt.date(2027, 4, 9), set()),
    ("AOUAD 2 is live in the US at midnight PT", dt.date(2027, 4, 8), set()),
    ("aouad 2 is live in april", dt.date(2027, 2, 12), set()),
    ("aouad 2 is live in a few hours", dt.date(2027, 4, 8), set()),
    ("all 6 eps of aouad 2 runtimes are up", dt.date(2027, 3, 20), set()),
    ("the AOUAD 2 page is on netflix now, hit remind me", dt.date(2027, 3, 20), set()),
    ("《僵尸校园》第二季定档海报上线了", dt.date(2027, 3, 20), set()),  # (the date poster, neither out nor renewed)
    ("all 6 episodes of aouad 2 are out the same day", dt.date(2027, 4, 1), set()),
    # ... and a Turkish day after the name's comma, before its hour
    ("Hepimiz Öldük 2, 9 Nisan'da TSİ 10.00'da Netflix'te", dt.date(2027, 4, 1), {"release_date_announced reported 2027-04-09 07:00"}),
    # s2wild61: what Netflix tells of the episodes before they come is out, not the season ("all 6 episode titles … are
    # out", runtimes, a synopsis); Netflix itself where the episodes are up, and Indonesian "udah keluar", are the season out
    ("all 6 episode titles of aouad 2 part 1 are out!!", dt.date(2027, 3, 20), set()),
    ("AOUAD 2 runtimes are out", dt.date(2027, 3, 20), set()),
    ("the aouad 2 synopsis is out", dt.date(2027, 3, 20), set()),
    ("new titles on netflix this week: aouad 2 is out now", dt.date(2027, 4, 9), {"released reported"}),
    ("all 6 episodes of aouad 2 are up on netflix!!", dt.date(2027, 4, 9), {"released reported"}),
    ("all 6 episodes of aouad 2 are up on netflix on friday", dt.date(2027, 4, 7), set()),
    ("AOUAD 2 udah keluar!! nonton sekarang", dt.date(2027, 4, 9), {"released reported"}),
    # ... and the same told ahead in Korean, Chinese, Indonesian and Turkish; "the release date is out: <day>" is that day
    ("지우학2 에피소드 제목 공개됐다", dt.date(2027, 3, 20), set()),
    ("《僵尸校园2》分集剧情上线了", dt.date(2027, 3, 20), set()),
    ("AOUAD 2 sinopsis udah keluar", dt.date(2027, 3, 20), set()),
    ("Hepimiz Öldük 2 bölüm isimleri yayında", dt.date(2027, 3, 20), set()),
    ("tanggal rilis AOUAD 2 udah keluar: 9 April", dt.date(2027, 3, 20), {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD 2 and 5 other titles are out now on netflix", dt.date(2027, 4, 9), {"released reported"}),
    # ... nor an episode's preview out, nor the season out to critics before the day
    ("AOUAD 2 ep 1 preview is out", dt.date(2027, 4, 1), set()),
    ("aouad 2 is out to critics", dt.date(2027, 4, 1), set()),
    ("all 6 eps of aouad 2 are out to critics", dt.date(2027, 4, 1), set()),
])
def test_a_release_day_post_is_out_only_when_no_hour_is_still_to_come(headline: str, written: dt.date,
                                                                       expected: set[str]) -> None:
    assert _readings(headline, written) == expected


@table("headline", [
    "all of us are dead season 2 premiers april 9",
    "All of Us Are Dead Season 2 premeires April 9",
    "aouad s2 relases april 9",
])
def test_a_misspelt_release_verb_is_read(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced reported 2027-04-09 00:00"}


def test_news_said_after_delay_rumours_is_the_news_not_a_delay() -> None:
    headline = "All of Us Are Dead Season 2 Premiere Date Confirmed As April 9, Ending Delay Speculation"
    assert _readings(headline) == {"release_date_announced reported 2027-04-09 00:00"}


def test_a_view_count_of_a_trailer_is_no_news_that_it_is_out() -> None:
    assert _readings("AOUAD S2 trailer passes 30M views in a day 🔥") == set()


@table("headline", [
    "All of Us Are Dead Season 2 filming slated to begin in July",
    "All of Us Are Dead Season 2 will begin filming next month",
    "'지금 우리 학교는' 시즌2 하반기 크랭크인",
    "'지금 우리 학교는' 시즌2 촬영 돌입 예정",
])
def test_a_filming_start_still_to_come_is_not_filming(headline: str) -> None:
    assert _readings(headline, dt.date(2025, 6, 2)) == set()


def test_a_filming_start_said_as_done_is_filming() -> None:
    assert _readings("'지금 우리 학교는' 시즌2 본격 크랭크인", dt.date(2025, 7, 2)) == {"filming reported"}


@table(("headline", "expected"), [
    ("지우학 시즌2 4월 9일 공개 확정ㅠㅠ", {"release_date_announced reported 2027-04-09 00:00"}),
    ("지우학2 4월 9일 공개된대요", {"release_date_announced rumour 2027-04-09 00:00"}),  # hearsay: someone else's word
    ("지우학2 예고편 나온다더라", {"trailer rumour"}),
    ("지우학 4월 9일 공개", set()),  # no season named: season 1's short name too
])
def test_fans_short_korean_name_and_their_hearsay_are_read(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "지우학2 4월 9일 공개래요",  # hearsay's 래
    "관계자피셜로 지우학2 4월 2일 공개 확정",
    "업계 관계자 \"'지금 우리 학교는2' 4월 9일 공개\"",
    "[단독] '지금 우리 학교는2', 4월 2일 공개 유력",  # an exclusive that only says "likely"
    # fix49b: leakers' word, or a day beside Netflix silent, is no report ("netflix: 🤐": were reported)
    "leakers: aouad 2 in march. netflix: 🤐", "leaker says aouad s2 march 12", "aouad s2 in march. netflix: 🤐",
    "insiders: aouad s2 in march. netflix has no comment", "sources say aouad 2 drops in march, netflix declined to comment",
    # s2wild58: a leak or a rumour in Spanish, Portuguese and Arabic
    "Se filtró la fecha: Estamos muertos 2 el 9 de abril", "Vazou: Estamos Mortos 2 dia 9 de abril",
    "شائعة: الموسم الثاني من All of Us Are Dead يوم 9 أبريل",
    # s2wild67: a fan's hedge on the day ("probably", "maybe", "iirc", "idk", "if true", "TBC", 아마, "katanya")
    "aouad season 2 probably drops march 19", "All of Us Are Dead Season 2 — March 19 (TBC)",
    "지금 우리 학교는 시즌2 아마 3월 19일 공개", "All of Us Are Dead season 2 katanya tayang 19 Maret",
    "AOUAD 2 drops March 19 maybe", "AOUAD 2 drops March 19 iirc", "AOUAD 2 drops March 19 idk", "aouad 2 drops march 19 lol if true",
    "AOUAD 2 March 19? hearing this from a friend", "지우학2 3월 19일 공개 아마", "AOUAD 2 drops March 19 tentatively",
    # s2wild68: the season's name and day with no verb, a hedge closing it
    "aouad season 2 march 19 maybe?", "AOUAD 2 march 19 supposedly", "all of us are dead 2 — march 19 (unconfirmed)",
    "aouad 2 march 19 or so i heard", "aouad s2 march 19?? idk",
    "FINALLY!!! aouad 2 march 19 supposedly",  # (s2wild69: a fan's "finally" cheers the rumour, it stays one)
    # s2wild70: "<season> news:" as the season's colon; a fan's "not sure" (Korean), "not official yet" (Japanese); a bare day heard
    "FINALLY some aouad 2 news: march 19 per a leaker 👀", "finally!! aouad 2 news: march 19 (not confirmed)",
    "지우학2 3월 19일?? 확실하진 않음", "今私シーズン2は3月19日配信だって！まだ公式じゃないけど", "지우학 시즌2 3월 19일이라는 카더라",
    # s2wild71: a day asked "is this real" (after it or before it); a trailer's day said to be a 썰
    "aouad 2 march 19?? is this real", "is this real?? aouad 2 march 19", "지우학2 예고편 3월 1일이라는 썰",
    # s2wild72: a day hoped for after its "??"; "not sure" / "not official" closing it in Korean, Spanish, Portuguese, Tagalog
    "aouad 2 march 19?? can't come soon enough", "aouad 2 on march 19??? please be true, can't come soon enough",
    "지우학2 3월 19일 공개라던데 확실한 건 아님", "Estamos Muertos 2 saldría el 19 de marzo, pero no es oficial",
    "Estamos Mortos 2 estreia dia 19 de março? ainda não é oficial", "aouad 2 sa march 19, di pa sure", "aouad 2 daw sa march 19",
    # s2wild73: ... or its source given after the "??", not Netflix's (never asked for: "?? source??" says nothing)
    "aouad 2 march 26?? source: trust me bro", "BREAKING aouad 2 news: march 26?? source is a random tiktok",
])
def test_an_insiders_word_or_a_likely_exclusive_gives_its_day_as_a_rumour(headline: str) -> None:
    assert {reading.split()[1] for reading in _readings(headline)} == {"rumour"}


def test_a_press_exclusive_that_says_confirmed_is_reported() -> None:
    assert _readings("[단독] '지금 우리 학교는2', 4월 9일 공개 확정") == {"release_date_announced reported 2027-04-09 00:00"}


def test_a_teaser_ahead_of_its_release_next_month_gives_the_seasons_window() -> None:
    assert _readings("All of Us Are Dead Season 2 drops new teaser ahead of its premiere next month") == {
        "teaser reported", "release_window reported"}


def test_a_teaser_released_next_month_is_the_teasers_own_window() -> None:
    assert _readings("All of Us Are Dead Season 2 teaser to release next month") == {"teaser reported"}


def test_our_season_following_another_in_a_window_is_that_window() -> None:
    assert _readings("Weak Hero Class 2 premieres April 2; All of Us Are Dead Season 2 follows in the first half of 2027") == {
        "release_window reported"}


def test_a_story_that_follows_on_from_season_one_gives_no_release() -> None:
    assert _readings("All of Us Are Dead Season 2 follows on from the first season's ending") == set()


def test_a_number_before_may_as_a_verb_is_no_day() -> None:
    assert _readings("All of Us Are Dead Season 2 — 10 may be the number of episodes") == set()


@table("headline", [
    "aouad s2 releasing march 26 in my dreams 😔",
    "i wish all of us are dead season 2 premiered april 2",
    "manifesting aouad s2 on april 9 ✨",
    "aouad s2 april 2 is pure copium",
    "지우학2 제발 4월 2일 공개해주세요",
    "an AOUAD 2 teaser on April 2 would be perfect",  # (s2wild64) a wish said by what it would do
    "a trailer for aouad 2 would make my week",
    "Estamos Muertos 2 ya está en Netflix... en mis sueños",  # (s2wild69) a dream in Spanish too
])
def test_a_fans_wish_or_dream_of_a_day_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()


def test_a_fans_wish_against_a_day_takes_no_day_back() -> None:
    assert denied_day("i wish aouad s2 was not coming april 9, i have exams", WRITTEN) is None


@table("headline", [
    "aouad s2 drops april 9, trust me 🤫",
    "all of us are dead season 2 premieres april 2 (source: my dreams)",
    "AOUAD S2 APRIL 9 CONFIRMED 🤡",
    "all of us are dead season 2 is coming april 2 /s",
    "지우학2 4월 2일 공개 (뇌피셜)",
    "someone said aouad s2 got pushed to june. source: their cousin's dog",
    "aouad s2 drops april 9, source: a fortune cookie 🥠",
    "지우학2 4월 9일 공개 (출처: 내 꿈)",
    # "not a rumour" said in sarcasm, or of a fan's own hunch (s2wild40)
    "AOUAD 2 on April 9, totally not a rumour lol",
    "aouad s2 april 9 not a rumour lol",
    "Bukan hoaks kok, AOUAD 2 tayang 9 April (kata feeling aku 🤭)",
    # "trust me" and the fan's own hunch abroad: a bet typed as a fact (s2wild57)
    "Estamos muertos 2 sale el 9 de abril, lo sé, créanme 😌",
    "Estamos Mortos 2 dia 9 de abril, podem anotar, confia",
    "AOUAD 2 tayang 9 April, percaya deh sama aku",
    "지우학2 4월 9일 공개임 내 촉이 그럼",
    "今私2は4月9日配信、間違いない（私の予想）",
    "Estamos muertos 2 el 9 de abril, ya verán",
    "지우학2 4월 9일 공개 ㄹㅇ 내 말 믿어",
    "今私2、4月9日配信だと思う",
    "《僵尸校园2》4月9日上线，信我",
])
def test_a_fans_joke_with_a_day_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()


@table("headline", [
    "All of Us Are Dead Staffel 2 nicht verschoben",
    "All of Us Are Dead Staffel 2 wird nicht verschoben, startet am 21. Mai",
    "Netflix dementiert: All of Us Are Dead Staffel 2 ist nicht verschoben",
])
def test_a_delay_denied_in_german_is_never_a_delay(headline: str) -> None:
    assert not any(reading.startswith("delayed") for reading in _readings(headline, dt.date(2027, 4, 12)))


@table("headline", [
    "All of Us Are Dead Staffel 2: Startet am 21. Mai? Das wissen wir",
    "All of Us Are Dead Temporada 2: ¿llega el 21 de mayo? Lo que sabemos",
])
def test_a_day_asked_abroad_before_what_we_know_claims_nothing(headline: str) -> None:
    assert _readings(headline, dt.date(2027, 4, 12)) == set()


@table("headline", [
    "my friend thinks aouad s2 in may. lol",
    "I think aouad s2 in may",
    "i bet aouad s2 in may!",
])
def test_a_month_a_fan_guesses_claims_nothing(headline: str) -> None:
    assert _window_readings(headline, dt.date(2027, 1, 8)) == set()


@table("headline", [
    "i moved my vacation for aouad s2 to may 21 lol",
    "we're moving our aouad s2 watch party for the premiere to may 21",
    "had to shift my shifts for aouad 2 to may 21",
])
def test_a_fans_own_plans_moved_around_the_season_change_no_date(headline: str) -> None:
    assert _readings(headline, dt.date(2027, 4, 12)) == set()


@table("headline", [
    "watch party for aouad s2 in may!",  # the party's month
    "cast confirmed for aouad s2 in may",
    "tickets for aouad s2 in may!",
])
def test_a_month_said_of_something_for_the_season_gives_it_no_window(headline: str) -> None:
    assert _window_readings(headline, dt.date(2027, 1, 8)) == set()


@table("headline", [
    "what if all of us are dead season 2 premieres april 9",
    "imagine aouad s2 dropping april 2 😭",
    "if aouad s2 isn't out by april 9 i'm done",
    "지우학2 4월 2일에 공개되면 휴가 낸다",
])
def test_a_condition_or_make_believe_with_a_day_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()


@table("headline", [
    "aouad s2 march 12 confirmed by my cat 🐈",
    "my dog barked twice at the tv so aouad 2 is delayed to april, confirmed 🐶",
    "all of us are dead season 2 april 9 according to my tarot reader",
    "my magic 8 ball says aouad s2 drops april 2",
])
def test_a_pet_or_an_oracle_said_to_have_spoken_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()


def test_a_pet_beside_the_news_is_no_joke() -> None:
    assert _readings("aouad s2 april 9 per netflix, watching it with my cat 🐈") == {
        "release_date_announced reported 2027-04-09 00:00"}


def test_an_oracle_joke_beside_netflixs_own_word_keeps_the_news() -> None:
    assert _readings("aouad s2 april 9 confirmed by my ouija board 👻 (ok netflix confirmed it too)") == {
        "release_date_announced reported 2027-04-09 00:00"}


def test_a_condition_against_a_day_takes_no_day_back() -> None:
    assert denied_day("if all of us are dead season 2 doesn't premiere on april 9 i'm selling my tv", WRITTEN) is None


@table("headline", [
    "'All of Us Are Dead 2' not delayed, Netflix says April 9 date stands",
    "All of Us Are Dead Season 2 not delayed: still premieres April 9",
    "Netflix denies All of Us Are Dead Season 2 delay, premiere still April 9",
    "'지금 우리 학교는2' 공개 연기 없다…4월 9일 예정대로 공개",
])
def test_a_delay_denied_beside_the_day_that_stands_reaffirms_that_day(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced reported 2027-04-09 00:00"}


@table("headline", [
    "All of Us Are Dead Season 2 isn't delayed, Netflix says; no release date yet",
    "All of Us Are Dead Season 2 not delayed to April 9, Netflix says",
    "Netflix denies All of Us Are Dead Season 2 delay to April 9",
])
def test_a_delay_denied_without_a_day_that_stands_gives_no_day(headline: str) -> None:
    assert _readings(headline) == set()


@table("headline", [
    "all of us are dead seaon 2 comming april 9th omg",
    "Netflix's 'All of Us Are Dead' Season 2 to Bow April 9",
    "지금우리학교는 시즌2 4월9일 공개",
    # two letters swapped, in the season's word and the month's
    "all of us are dead seaosn 2 arpil 9th!!! cant breathe",
    "aouad s2 premieres apirl 9",
    # a letter dropped or doubled, as moderators' dates mend it (scen49c): before the day or after it
    "All of Us Are Dead season 2 confirmed for Aprl 9 on Netflix",
    "All of Us Are Dead Season 2 arrives 9 Aprl 2027",
    "aouad s2 premieres 9th apirl",
])
def test_a_typo_a_trade_verb_or_the_name_run_together_still_gives_the_day(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced reported 2027-04-09 00:00"}


def test_a_bow_that_is_not_before_a_day_is_no_premiere() -> None:
    assert _readings("All of Us Are Dead Season 2 cast take a bow at Seoul event") == set()


@table(("headline", "expected"), [
    ("AOUAD SEASON 2 IN 10 DAYS!!!! 🧟", "2027-02-26"),
    ("3 days left until all of us are dead season 2 😭", "2027-02-19"),
    ("two weeks till AOUAD S2", "2027-03-02"),
    ("aouad 2: 3 days left!!", "2027-02-19"),  # (s2wild75: the name, a colon, the count left and nothing more)
    # a megathread's count with the release's verb, and its invitation to talk that asks nothing
    ("Megathread: All of Us Are Dead S2 premieres in 25 days — drop your theories here", "2027-03-13"),
])
def test_a_countdown_to_the_season_gives_its_day(headline: str, expected: str) -> None:
    assert _readings(headline) == {f"release_date_announced reported {expected} 00:00"}


@table("headline", [
    "AOUAD S2 teaser in 3 days!!",  # the teaser's countdown, not the season's
    "AOUAD S2 came out 3 days ago and i'm already done",
    "theories: All of Us Are Dead S2 ending explained in 5 days?",
    "aouad s2 countdown: 0 days until netflix tells us anything lol",  # a count to Netflix's word, not the release
])
def test_a_countdown_to_something_else_gives_the_season_no_day(headline: str) -> None:
    assert not any(r.startswith("release_date") for r in _readings(headline))


@table("headline", [
    "LEAKED: Netflix Listing Hints \"All Of Us Are Dead\" Season 2 Premieres April 9",
    "Netflix listing hints All of Us Are Dead Season 2 premieres April 9",
])
def test_a_leak_that_hints_a_day_gives_it_as_a_rumour(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced rumour 2027-04-09 00:00"}


def test_an_outlet_that_hints_a_day_itself_still_gives_none() -> None:
    assert _readings("Netflix hints All of Us Are Dead Season 2 premieres April 9") == set()


def test_an_event_ahead_of_tomorrows_release_gives_the_release_its_day() -> None:
    headline = "\"All Of Us Are Dead 2\" Cast Shines At Premiere Event Ahead Of Tomorrow's Release"
    assert _readings(headline, dt.date(2027, 3, 18)) == {"release_date_announced reported 2027-03-19 00:00"}


def test_tomorrows_premiere_party_gives_the_release_no_day() -> None:
    headline = "All of Us Are Dead Season 2 cast gathers for tomorrow's premiere party"
    assert _readings(headline, dt.date(2027, 3, 18)) == set()


def test_a_release_named_with_its_day_beside_a_trailer_gives_both() -> None:
    assert _readings("INSIDER: AOUAD S2 TRAILER NEXT WEEK, RELEASE 4/19 🤐") == {
        "trailer rumour", "release_date_announced rumour 2027-04-19 00:00"}


def test_a_teasers_release_day_is_not_the_seasons() -> None:
    assert _readings("AOUAD S2 teaser release 2/20 at 6PM KST!!") == {"teaser reported"}


def test_a_months_slate_led_by_the_season_gives_that_months_window() -> None:
    headline = "Netflix Unveils April K-Drama Slate Led by 'All of Us Are Dead' Season 2"
    assert [r.window.label for r in read_headline(headline, WRITTEN) if r.window] == ["April 2027"]


@table(("headline", "expected"), [
    ("ALL OF US ARE DEAD S2 📅 4/19 5PM KST | 4AM ET", "release_date_announced reported 2027-04-19 08:00"),
    ("AOUAD S2 ⏰ April 2", "release_date_announced reported 2027-04-02 00:00"),
    ("지금 우리 학교는2 D-7 🧟", "release_date_announced reported 2027-02-23 00:00"),
])
def test_a_fans_clock_listing_or_korean_countdown_gives_the_day(headline: str, expected: str) -> None:
    assert _readings(headline) == {expected}


def test_a_korean_countdown_to_something_else_gives_the_season_no_day() -> None:
    assert not any(reading.startswith("release") for reading in _readings("지우학2 티저 D-3"))


def test_a_correction_of_the_hour_keeps_the_day_at_the_hour_it_keeps() -> None:
    assert _readings("Correction: All of Us Are Dead Season 2 premieres April 9 at 4 p.m. KST, not 5 p.m.") == {
        "release_date_announced reported 2027-04-09 07:00"}


@table("headline", [
    "《지금 우리 학교는2》 4월 9일…넷플릭스 4월 신작 총출동",
    "넷플릭스 4월 신작…'지우학2' 9일, '스위트홈3' 16일",
])
def test_a_korean_roundup_listing_the_season_with_its_day_gives_it(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced reported 2027-04-09 00:00"}


@table("headline", [
    "'지우학2' 9일, '스위트홈3' 16일…넷플릭스 4월 라인업",  # the month after the day: never guessed
    "《지금 우리 학교는2》 4월 9일…팬미팅 개최",  # the fan meeting's day
])
def test_a_korean_listing_whose_day_is_unclear_or_an_events_gives_none(headline: str) -> None:
    assert not any(reading.startswith("release") for reading in _readings(headline))


def test_an_explainer_that_answers_its_own_when_gives_the_answer() -> None:
    assert _readings("When Is All of Us Are Dead Season 2 on Netflix? It Premieres April 9 at 5 p.m. KST") == {
        "release_date_announced reported 2027-04-09 08:00"}


@table("headline", [
    "When Is All of Us Are Dead Season 2 on Netflix? Here's What We Know",
    "What Time Is All of Us Are Dead Season 2 on Netflix? It Could Drop April 9",
])
def test_an_explainer_without_a_sure_answer_gives_none(headline: str) -> None:
    assert _readings(headline) == set()


@table("headline", [
    "넷플릭스, 4월 한국 시리즈 공개…'지금 우리 학교는2' 9일 공개",
    "넷플릭스 4월 공개작…'지금 우리 학교는2'(9일)·'스위트홈3'(16일)",
])
def test_a_roundups_month_carries_to_the_day_in_every_part_of_it(headline: str) -> None:
    readings = _readings(headline)
    assert "release_date_announced reported 2027-04-09 00:00" in readings
    assert not any("2027-03-09" in reading for reading in readings)  # never the next 9th of another month


@table(("headline", "expected"), [
    ("If Rumours Are True, 'All of Us Are Dead' Season 2 Could Arrive March 12",
     {"release_date_announced rumour 2027-03-12 00:00"}),
    ("All of Us Are Dead Season 2 might premiere in March, sources say", {"release_window rumour"}),
])
def test_a_guess_said_on_the_rumours_word_is_that_rumour(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "All of Us Are Dead Season 2 Could Arrive March 12",  # the outlet's own guess
    "Insiders say All of Us Are Dead Season 2 could be delayed",  # a guess of no day
])
def test_a_guess_of_the_outlets_own_or_of_no_day_claims_nothing(headline: str) -> None:
    assert _readings(headline) == set()


def test_a_video_title_listing_the_season_with_its_day_gives_that_day() -> None:
    assert _readings("All of Us Are Dead Season 2 | March 19 | Netflix") == {"release_date_announced reported 2027-03-19 00:00"}


@table(("headline", "expected"), [
    ("All of Us Are Dead Season 2 is now on Netflix", {"released reported"}),
    ("All of Us Are Dead Season 2 is now on Netflix from March 19", set()),  # to come: not out now
])
def test_now_on_netflix_is_out_only_without_a_day_to_come(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", [
    "**All of Us Are Dead Season 2** — March 19, 2027 • 5:00 PM KST • Netflix",  # a moderator's Discord paste
    "📢 All of Us Are Dead S2: Friday, March 19 · 5 PM KST / 1 AM PDT / 4 AM EDT",
])
def test_a_pasted_announcement_with_markdown_or_its_weekday_gives_its_moment(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced reported 2027-03-19 08:00"}


def test_a_listing_with_an_iso_day_gives_that_day() -> None:
    assert _readings("aouad s2 — 2027-03-19") == {"release_date_announced reported 2027-03-19 00:00"}


@table("headline", [
    "march lineup: sweet home 3 (19th), aouad s2 (26th) 🔥",  # another show in lower case, no title known
    "sweet home 3 premieres march 19; aouad s2 → march 26",
])
def test_the_day_right_after_our_seasons_name_is_ours_not_the_ones_before(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced reported 2027-03-26 00:00"}


@table("headline", [
    "AEDT peeps: aouad s2 at 7pm friday 🦘",  # Friday 19 February, 7 p.m. in Sydney
    "for my AEDT friends - all of us are dead s2 at 7pm on friday!!",
])
def test_an_hour_said_to_fans_of_one_clock_is_on_that_clock(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced reported 2027-02-19 08:00"}


def test_an_hour_with_no_clock_named_gives_no_time() -> None:
    assert _readings("aouad s2 at 7pm friday 🦘") == set()


@table(("headline", "expected"), [
    ("this week on netflix 🍿 Wed 2/17: Squid Game doc · Fri 2/19: All of Us Are Dead S2 (5PM KST)",
     {"release_date_announced reported 2027-02-19 08:00"}),
    ("Feb 17 - Weak Hero Class 3 | Feb 19 - All of Us Are Dead Season 2", {"release_date_announced reported 2027-02-19 00:00"}),
])
def test_a_listing_giving_each_day_first_gives_our_entry_its_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


def test_a_listings_entry_of_our_trailer_gives_the_season_no_day() -> None:
    found = _readings("Wed 2/17: All of Us Are Dead S2 trailer · Fri 2/19: Sweet Home 3")
    assert not any(r.startswith("release_date") for r in found)


@table(("headline", "written", "expected"), [
    # the show "returns" on a day: only season 1 is out, so that is season 2's
    ("'All of Us Are Dead' returns April 9 with a new outbreak", WRITTEN, {"release_date_announced reported 2027-04-09 00:00"}),
    # Netflix Korea's "see you on Netflix", a fan's "the day is settled"
    ("지금 우리 학교는 시즌2 | 4월 9일, 넷플릭스에서 만나요", WRITTEN, {"release_date_announced reported 2027-04-09 00:00"}),
    ("지우학2 4월 9일 확정이래!!!", WRITTEN, {"release_date_announced rumour 2027-04-09 00:00"}),
    # a fan's abbreviation of tomorrow
    ("aouad s2 drops tmr at 5pm KST 😭", dt.date(2027, 4, 8), {"release_date_announced reported 2027-04-09 08:00"}),
    # the season itself pushed, its new day said apart
    ("ugh netflix pushed all of us are dead season 2, new date is 4/16", WRITTEN, {"delayed reported 2027-04-16 00:00"}),
    # 늦춘다: a delay with no new day
    ("'지금 우리 학교는2' 공개 2주 늦춘다", WRITTEN, {"delayed reported"}),
    # days since it came out
    ("'지금 우리 학교는2' 공개 이틀 만에 TOP10 진입", dt.date(2027, 4, 11), {"released reported"}),
    # s2wild71: a delay asked then answered no, its source called fake; a hedge denied (카더라 아님) or quoted as past talk
    ("aouad 2 delayed?? nope, still march 19 — that account was fake", dt.date(2027, 2, 10),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("지우학2 3월 19일 공개 확정 — 카더라 아님 ✅", dt.date(2027, 1, 28), {"release_date_announced reported 2027-03-19 00:00"}),
    # (never "아님 말고", if not then whatever: a hedge, no day confirmed)
    ("지우학2 3월 19일 공개 카더라 아님 말고", dt.date(2027, 1, 28), set()),
    ("'아직 확정 아님'이라던 지우학2, 3월 19일 공개 확정", dt.date(2027, 1, 28), {"release_date_announced reported 2027-03-19 00:00"}),
    # ... and Tagalog's "bukas na!!" (tomorrow) before its hour
    ("aouad 2 bukas na!! 4pm PH time", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-19 08:00"}),
    # s2wild72: a delay asked (to a month) and answered no by Netflix, the day said to stand; 연기설 denied before a comma
    ("aouad 2 delayed to april? netflix korea just said no, march 19 stands", dt.date(2027, 2, 12),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("지우학2 연기설 사실 아님, 3월 19일 그대로", dt.date(2027, 2, 12), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild73: ... or answered that the delay was another show's, ours still its day (never another's day after it)
    ("aouad 2 pushed a week?? no — that was sweet home 4. aouad 2 still march 19", dt.date(2027, 3, 5),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 pushed a week?? no — that was sweet home 4. kingdom 3 still march 19", dt.date(2027, 3, 5), set()),
    # ... Netflix confirming a day after "news:", Japanese's days left, the show's day after the OST out (never the OST's own)
    ("aouad 2 news: netflix korea confirms march 19", dt.date(2027, 1, 27), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild73: ... Part 2's day so confirmed (never another show's part 2); fans' "people said" answered by Netflix's day
    ("aouad 2 news: netflix korea confirms part 2 on april 9", dt.date(2027, 1, 27), {"part_dated reported 2027-04-09 00:00"}),
    ("kingdom 3 news: netflix korea confirms part 2 on april 9", dt.date(2027, 1, 27), set()),
    ("people said march 12 but netflix says aouad 2 is march 19", dt.date(2027, 1, 27), {"release_date_announced reported 2027-03-19 00:00"}),
    ("今私2、配信まであと3日！", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("AOUAD 2 OST IS OUT and the show drops in a week", dt.date(2027, 3, 12), {"release_date_announced reported 2027-03-19 00:00"}),
    # review58d: the OST's own day named before the count: a week from today or from that day? no day (was read from today)
    ("aouad 2 ost out march 12, the show drops in a week", dt.date(2027, 3, 10), set()),
    ("aouad 2 OST dropped today, the show follows on march 19", dt.date(2027, 3, 12),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 OST part 2 drops in a week", dt.date(2027, 3, 26), set()),
    # s2wild74: a delay or a move asked, answered "fake" with Netflix's day or "no, still <day>" (never another show's, nor a
    # watch party's); Netflix's day unconfirmed then another given; others' doubt remembered then the news; two runs of episodes
    ("aouad 2 delayed to april?? fake, netflix says march 19", dt.date(2027, 3, 5), {"release_date_announced reported 2027-03-19 00:00"}),
    ("did netflix move aouad 2 up a week?? no, still march 19", dt.date(2027, 3, 5), {"release_date_announced reported 2027-03-19 00:00"}),
    ("sweet home 4 delayed?? fake, netflix says march 19", dt.date(2027, 3, 5), set()),
    ("did netflix move the aouad 2 watch party up a week?? no, still march 19", dt.date(2027, 3, 5), set()),
    ("NETFLIX DID NOT CONFIRM MARCH 12. aouad 2 is march 19", dt.date(2027, 2, 8), {"release_date_announced reported 2027-03-19 00:00"}),
    ("netflix did not confirm march 12. kingdom 3 is march 19", dt.date(2027, 2, 8), set()),
    ("ppl said aouad would never get a season 2 and now it's coming march 19 😭", dt.date(2027, 1, 28),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("people said kingdom would never get a season 3 and now it's coming march 19", dt.date(2027, 1, 28), set()),
    ("aouad 2 episodes 1-6 now, 7-12 on april 9", dt.date(2027, 3, 19),
     {"released reported", "part_dated reported 2027-04-09 00:00"}),
    ("aouad 2 eps 1-6 recap, 7-12 recap april 9", dt.date(2027, 3, 19), set()),
    # ... a rumour's close in Korean, Indonesian and Tagalog (never another show's)
    ("지우학2 3월 19일 공개설 있던데 아직 공식은 아님", dt.date(2027, 1, 20), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("katanya aouad 2 tayang 19 maret, tapi belum resmi", dt.date(2027, 1, 20), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2 sa march 19 pero wala pang official", dt.date(2027, 1, 20), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("kingdom 3 tayang 19 maret, tapi belum resmi", dt.date(2027, 1, 20), set()),
    ("ได้ยินมาว่า aouad 2 ออก 19 มีนาคม แต่ยังไม่ทางการ", dt.date(2027, 1, 20), {"release_date_announced rumour 2027-03-19 00:00"}),
    # s2wild75: "belum resmi tayang" is not official yet (never "not airing"); hearsay closed by "it's official" is borne out
    ("aouad 2 belum resmi tayang 19 maret", dt.date(2027, 1, 21), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("katanya aouad 2 tayang 19 maret, dan sudah resmi!", dt.date(2027, 1, 28), {"release_date_announced reported 2027-03-19 00:00"}),
    ("katanya kingdom 3 tayang 19 maret, dan sudah resmi!", dt.date(2027, 1, 28), set()),
    ("heard aouad 2 is march 12, it's official that i'm not sleeping", dt.date(2027, 1, 20),
     {"release_date_announced rumour 2027-03-12 00:00"}),
    # s2wild76: "¡y ya es oficial!" bears hearsay out; a trailer named before another title is that title's; an event's dated
    # label leaves the release's day to the sentence after it
    ("dicen que Estamos Muertos 2 se estrena el 19 de marzo, ¡y ya es oficial!", dt.date(2027, 1, 28),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("katanya aouad 2 tayang 19 maret, trailer kingdom 3 dan sudah resmi", dt.date(2027, 1, 20),
     {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2 tayang 19 maret, trailer kingdom 3 sudah keluar", dt.date(2027, 2, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("Coming March 16: aouad 2 press conference live. the show itself drops march 19", dt.date(2027, 3, 12),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("Coming March 21: aouad 2 fan meet in Seoul. see you there", dt.date(2027, 3, 12), set()),
    ("temporada 3 cuándo?? dicen que Estamos Muertos 2 sale el 19 de marzo", dt.date(2027, 1, 10),
     {"release_date_announced rumour 2027-03-19 00:00"}),  # (season 3 asked first, in Spanish: its own talk)
    ("Estamos Muertos 2: ¡falta 1 día para el tráiler!", dt.date(2027, 2, 18), {"trailer reported"}),  # (a countdown to it)
    # review59d: "it's official?" asked is no hearsay borne out; a fan's own two sittings are no Part 2 dated tonight
    ("i heard aouad 2 is march 19. it's official?", dt.date(2027, 1, 20), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2: eps 1-6 watched, 7-12 tonight", dt.date(2027, 3, 19), set()),
    # ... and Thai "ไม่เป็นทางการ" (not official) closing a day is a rumour's caveat, as "ยังไม่ทางการ" (not yet) is
    ("aouad 2 เข้าฉาย 19 มีนาคม ไม่เป็นทางการ", dt.date(2027, 1, 20), {"release_date_announced rumour 2027-03-19 00:00"}),
    # s2wild77: a weekday then a mark before hours by city or a dotted 24-hour clock (never an event's); a week's titles each
    # with its weekday, or each weekday first, run together with commas (never days watched); whole days of hours counted
    # down; a bare "<day> daw", "nghe nói", "(확실X)" are hearsay; an event's day before a comma, the release's after it; "16h
    # (UTC+8)" in an English post; a dub's day is its own; a quoted fake "posted by a parody account" is debunked
    ("aouad 2 friday — 1am in LA, 4am in NYC", dt.date(2027, 3, 17), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 jumat - 15.00 WIB", dt.date(2027, 3, 17), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 fan meet friday — 7pm in Seoul, 6am in NYC", dt.date(2027, 3, 15), set()),
    ("kingdom 3 wed, aouad 2 fri, sweet home 4 sat. what a week", dt.date(2027, 3, 15), {"release_date_announced reported 2027-03-19 00:00"}),
    ("this week: wed - kingdom 3, fri - aouad 2 🧟", dt.date(2027, 3, 15), {"release_date_announced reported 2027-03-19 00:00"}),
    ("kingdom 3 trailer wed, aouad 2 fan meet fri", dt.date(2027, 3, 15), set()),
    ("watched kingdom 3 wed, aouad 2 fri", dt.date(2027, 3, 20), set()),
    ("aouad 2: 24 hours left!!", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 in 5 hours", dt.date(2027, 3, 18), set()),
    ("kingdom 3: 48 hours left!! then aouad 2", dt.date(2027, 3, 17), set()),
    ("aouad 2 march 19 daw", dt.date(2027, 1, 15), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("sweet home 4 april 2 daw", dt.date(2027, 1, 15), set()),
    ("nghe nói aouad 2 ra mắt ngày 19/3", dt.date(2027, 1, 15), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("지우학2 3월 19일 공개라는 얘기가 있음 (확실X)", dt.date(2027, 1, 15), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2 red carpet in Seoul tomorrow, premieres on netflix friday", dt.date(2027, 3, 17),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 red carpet tomorrow, kingdom 3 premieres friday", dt.date(2027, 3, 17), set()),
    ("aouad 2 out 19/3 at 16h (UTC+8)", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 08:00"}),
    ("Estamos Mortos 2 dublado chega dia 2 de abril", dt.date(2027, 3, 20), set()),
    ("'aouad 2 delayed to april 2' was posted by a parody account. it's still march 19", dt.date(2027, 3, 5),
     {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild78: a schedule of last week's days is no day to come; a Top 10 debut's day is the chart's, never the release's
    ("last week: kingdom 3 wed, aouad 2 fri, sweet home 4 sat. best week ever", dt.date(2027, 3, 22), set()),
    ("aouad 2 top 10 debut reveal tuesday — 12pm in LA, 3pm in NYC", dt.date(2027, 3, 23), set()),
    ("aouad 2 debut tuesday — 12pm in LA", dt.date(2027, 3, 22), {"release_date_announced reported 2027-03-23 19:00"}),
    # review60d: a week's titles each with its weekday keep what is said around them (asked, a fake, a rumour), and a weekday
    # then hours by city asked is no day
    ("kingdom 3 wed, aouad 2 fri??", dt.date(2027, 3, 15), set()),
    ("kingdom 3 wed, aouad 2 fri. fake news", dt.date(2027, 3, 15), set()),
    ("rumor: kingdom 3 wed, aouad 2 fri", dt.date(2027, 3, 15), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2 friday — 1am in LA??", dt.date(2027, 3, 17), set()),
    # s2wild80: a weekday abroad, a dash or comma, then an hour in another country's time is the drop's day and hour (an event's
    # never); a sub day beside a dub day is the season's; "(part 2 of 3)" is a thread's numbering; a hope opening a post
    # hopes for every day in it
    ("aouad 2 sa biyernes na — 4pm sa Manila 😭", dt.date(2027, 3, 17), {"release_date_announced reported 2027-03-19 08:00"}),
    ("Estamos Mortos 2 na sexta, 5h em Brasília!!", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 08:00"}),
    ("Estamos Muertos 2 el viernes, a las 3 de la mañana hora Colombia", dt.date(2027, 3, 16),
     {"release_date_announced reported 2027-03-19 08:00"}),
    ("Estamos Muertos 2 el viernes — 2am hora CDMX", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 thứ sáu này — 15h giờ VN nha", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 08:00"}),
    ("지우학2 이번주 금요일 — 오후 5시 (한국시간)", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 watch party sa biyernes — 9pm sa Manila", dt.date(2027, 3, 16), set()),
    ("xem chung aouad 2 thứ sáu này — 20h giờ VN", dt.date(2027, 3, 16), set()),
    ("live Q&A com o elenco de Estamos Mortos 2 sexta, 20h em Brasília", dt.date(2027, 3, 10), set()),
    ("aouad 2: sub on the 19th, dub a week later", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 english dub april 2, subs march 19", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("Estamos Muertos 2 subtitulada ya, doblada el 2 de abril", dt.date(2027, 3, 20), {"released reported"}),
    ("kingdom 3: sub on the 17th, dub a week later. aouad 2 when", dt.date(2027, 1, 10), set()),
    ("aouad 2 premieres march 19 (part 2 of 3)", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 12?? heard it from a leaker (part 2 of 3)", dt.date(2027, 1, 15), {"release_date_announced rumour 2027-03-12 00:00"}),
    ("i hope kingdom 3 wed, aouad 2 fri", dt.date(2027, 1, 10), set()),
    ("sana friday na lumabas ang aouad 2", dt.date(2027, 1, 10), set()),
    ("i hope everyone's ready because kingdom 3 wed, aouad 2 fri", dt.date(2027, 3, 15),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 tayang jumat lalu", dt.date(2027, 3, 22), {"released reported"}),  # last Friday, never the coming one (out, s2wild81)
    ("part 2 ng aouad 2 biyernes — 4pm sa Manila!!", dt.date(2027, 4, 6), {"part_dated reported 2027-04-09 08:00"}),
    ("『今、私たちの学校は...』シーズン2 今週金曜 17時（日本時間）配信", dt.date(2027, 3, 15), {"release_date_announced reported 2027-03-19 08:00"}),
    # s2wild81: a hope about something else beside our day told is the fan's; Tagalog "dapat sana", "si Sana" no wish; another
    # show's sub day never ours, a bare "dia 19" the sub's; the season out on a weekday past; a weekday counted in its month
    ("semoga kingdom 3 seru, aouad 2 tayang 19 maret", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("march 19 na ang aouad 2!! sana maganda", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 is march 19, i hope kingdom 3 is friday too", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("hoping kingdom 3 gets renewed, aouad 2 march 19??", dt.date(2027, 3, 10), set()),
    ("[Discussion] 10 months since AOUAD S2 wrapped filming. Anyone else losing hope?", dt.date(2027, 1, 10), set()),
    ("aouad 2 march 19! kingdom 3: sub on the 17th, dub on the 24th", dt.date(2027, 3, 10),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("Estamos Mortos 2 legendado dia 19, dublado dia 26", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("Estamos Muertos 2 el viernes, 2am UTC-6", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 08:00"}),
    ("Estamos Muertos 2 salió el viernes pasado y ya la terminé", dt.date(2027, 3, 24), {"released reported"}),
    ("noong biyernes lumabas ang aouad 2, tapos ko na", dt.date(2027, 3, 22), {"released reported"}),
    ("aouad 2 trailer dropped last friday", dt.date(2027, 2, 22), {"trailer reported"}),
    ("aouad 2 premieres the last friday of march", dt.date(2027, 1, 10), {"release_date_announced reported 2027-03-26 00:00"}),
    ("aouad 2 premieres the first friday of april", dt.date(2027, 1, 10), {"release_date_announced reported 2027-04-02 00:00"}),
    ("Everything we know about aouad 2 — march 19 premiere confirmed", dt.date(2027, 3, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("Everything we know about aouad 2 — no date yet", dt.date(2026, 12, 1), set()),
    ("aouad 2 hindi dub april 2, the original march 19", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 ra ngày 19/3", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("trailer came out last friday, aouad 2 premieres March 19", dt.date(2027, 2, 22),
     {"trailer reported", "release_date_announced reported 2027-03-19 00:00"}),
    # fix96: a bare day in another country after a correction reads nothing (was March 19 at 20:00, the day read as an hour)
    ("Estamos Mortos 2 dia 19 de março, quer dizer, dia 20 em Portugal", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 12, i mean the 19th, netflix time", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 trailer is out, kingdom 3 premieres march 17", dt.date(2027, 2, 22), {"trailer reported"}),
    # s2wild82: a bare weekday of the season (Korean, Japanese, Tagalog "biyernes na", "lalabas ang", Vietnamese "ra mắt"), never
    # an event's, every week's or a hope's; last Friday's 配信開始 out; a hope after our day about another title; a day hoped
    # true; "is out march 19"
    ("지우학2 금요일 공개", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("지우학2 팬미팅 금요일 개최", dt.date(2027, 3, 16), set()),
    ("지우학2 쇼케이스 다음 주 화요일! 공개는 금요일 28일", dt.date(2027, 5, 17), {"release_date_announced reported 2027-05-28 00:00"}),
    ("今学校2 金曜配信！楽しみ", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("今学校2 毎週金曜 配信", dt.date(2027, 3, 16), set()),
    ("今学校2 先週金曜 配信開始", dt.date(2027, 3, 23), {"released reported"}),
    # (review62d: a Friday past, "공개됐다", "配信された", never the next one: were 2027-03-26, a week after the release)
    ("지우학2 금요일에 공개됐다 ㅠㅠ", dt.date(2027, 3, 22), {"released reported"}),
    ("今学校2 金曜日に配信された", dt.date(2027, 3, 22), set()),
    ("aouad 2 biyernes na!! sana all", dt.date(2027, 3, 17), {"release_date_announced reported 2027-03-19 00:00"}),
    ("sa biyernes na lalabas ang aouad 2!!", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("sana lalabas ang aouad 2 sa biyernes", dt.date(2027, 3, 16), set()),
    ("aouad 2 ra mắt thứ sáu nha mọi người", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 ra mắt thứ sáu tuần sau", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-26 00:00"}),
    ("aouad 2 march 19!! hope kingdom 3 gets a date soon", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("지우학2 3월 19일 공개, 킹덤3도 빨리 나왔으면", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 19?? i hope it's true", dt.date(2027, 1, 10), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2 march 19, hopefully", dt.date(2027, 1, 10), set()),
    ("aouad 2 march 19, no delays", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("hoping kingdom 3 gets renewed — meanwhile aouad 2 is out march 19", dt.date(2027, 3, 16),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("my review of aouad 2 is out march 20", dt.date(2027, 3, 10), set()),
    ("kingdom 3 miyerkules — 4pm sa Manila. aouad 2 march 19 pa", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild83: another show's hour, said in its sentence or before a comma, is never our day's
    ("kingdom 3 wednesday — 9pm in Manila. aouad 2 march 19", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("kingdom 3 wednesday — 9pm in Manila, aouad 2 march 19", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("キングダム3 水曜 — 21時（日本時間）。今学校2は3月19日配信", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("Kingdom 3 el miércoles — 9pm hora CDMX. Estamos Muertos 2 el 19 de marzo", dt.date(2027, 3, 16),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("kingdom 3 wednesday. aouad 2 march 19, 5pm KST", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 08:00"}),
    # ... a hope word alone closing the post hopes the day holds: nothing claimed; "is out" of a reaction video to ours; a title
    # with its own number before its season's ("Round 6 temporada 3") another's, its weekday too
    ("aouad 2 tayang 19 maret, semoga", dt.date(2027, 1, 10), set()),
    ("aouad 2 march 19. sana 🙏", dt.date(2027, 1, 10), set()),
    ("march 19 na ang aouad 2, sana maganda", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("my reaction video to aouad 2 is out march 20", dt.date(2027, 3, 10), set()),
    ("Round 6 temporada 3 estreia sexta, e Estamos Mortos 2 nada", dt.date(2027, 3, 16), set()),
    ("it's official: aouad 2 march 19, sana", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("netflix confirmed aouad 2 for march 19, fingers crossed", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("Estamos Mortos 2 dia 19 de março?? tomara que seja verdade", dt.date(2027, 1, 10), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("kingdom 3 premieres wednesday at 9pm Manila time, aouad 2 friday march 19", dt.date(2027, 3, 16),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 friday march 19 watch party!!", dt.date(2027, 3, 16), set()),
    # a fan's own thing about ours, its day the fan's; the season's day beside it ours; a hope with its "so" (s2wild84)
    ("my aouad 2 reaction video drops march 20", dt.date(2027, 3, 10), set()),
    ("video reaction aouad 2 của mình ra ngày 20/3", dt.date(2027, 3, 10), set()),
    ("aouad 2 is out march 19, my reaction video the day after", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 19, semoga aja", dt.date(2027, 1, 10), set()),
    ("aouad 2 ra ngày 19/3, mong là vậy", dt.date(2027, 1, 10), set()),
    ("oficial: Estamos Muertos 2 el 19 de marzo, ojalá que sí", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("sabi nila official na, aouad 2 march 19", dt.date(2027, 2, 1), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2 march 19, hopefully official soon", dt.date(2027, 2, 1), set()),
    ("Estamos Muertos 2 el 19 de marzo, ojalá sea oficial", dt.date(2027, 2, 1), set()),
    ("aouad 2 thứ sáu 19/3 nha", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    # a fan's thing by its name (a fansub, an unofficial poster), its day or the next clause's; Chinese hearsay; a day hoped to be
    # confirmed; a Chinese numbered title another show's (s2wild85)
    ("made an unofficial aouad 2 poster, release march 26 lol", dt.date(2027, 3, 10), set()),
    ("แฟนซับ มัธยมซอมบี้ 2 ออก 20 มี.ค.", dt.date(2027, 3, 10), set()),
    ("fancam aouad 2 buatanku rilis 20 maret", dt.date(2027, 3, 10), set()),
    ("내 지우학2 팬아트 3월 20일 공개", dt.date(2027, 3, 10), set()),
    ("aouad 2 march 19, fansubs out the day after", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("听说僵尸校园2在3月19日上线，还没官宣", dt.date(2027, 1, 10), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("Estamos Muertos 2 el 19 de marzo, ojalá lo confirmen pronto", dt.date(2027, 1, 10), set()),
    ("aouad 2 march 19, fingers crossed it's official soon", dt.date(2027, 1, 10), set()),
    ("netflix confirmed aouad 2 march 19, hope they confirm the hour too", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("王国3 3月26日晚9点，僵尸校园2 3月19日", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    # fix81 (review62d): a Tagalog "not" before the day or "lalabas" gives no day (were 2027-03-19); "ra mắt thứ sáu rồi" (already
    # premiered Friday) is out (was the next Friday); a random social post's day a rumour at most (were reported)
    ("hindi sa biyernes lalabas ang aouad 2", dt.date(2027, 3, 16), set()),
    ("hindi pa lalabas ang aouad 2 sa biyernes", dt.date(2027, 3, 16), set()),
    ("di sa biyernes na lalabas ang aouad 2", dt.date(2027, 3, 16), set()),
    ("sa biyernes lalabas ang aouad 2, hindi sa sabado", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 ra mắt thứ sáu rồi", dt.date(2027, 3, 22), {"released reported"}),
    ("aouad 2 is out march 19 says a random tiktok", dt.date(2027, 3, 16), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2 is out march 19 per some twitter acc", dt.date(2027, 3, 16), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2 tayang 19 maret kata akun tiktok", dt.date(2027, 3, 16), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("aouad 2 is out march 19 per netflix's tiktok", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild86: a fan not finding it after "??"; a plea to Netflix; Chinese 希望 before a day; a watch-along's or a fan's live's
    # hour; a closing "trust"; a fanfic by its name, an Indonesian reaction "dari aku" (each was read as a day or the release)
    ("aouad 2 udah tayang jumat kemarin?? kok gak ada", dt.date(2027, 1, 12), set()),
    ("pls netflix release aouad 2 on march 19 🙏", dt.date(2027, 1, 12), set()),
    ("僵尸校园2希望3月19日上线", dt.date(2027, 1, 12), set()),
    ("今学校2 3月19日配信、同時視聴は21時から", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("지우학2 3월 19일 오후 5시 공개, 파티는 오후 9시", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 08:00"}),
    ("มัธยมซอมบี้ 2 ฉาย 19 มี.ค. ไลฟ์รีแอค 21.00 น.", dt.date(2027, 3, 10), set()),
    ("aouad 2 march 19, trust", dt.date(2027, 2, 1), set()),
    ("aouad 2 fanfic chapter 2 drops march 12", dt.date(2027, 3, 10), set()),
    ("aouad 2 official podcast ep 1 drops march 12", dt.date(2027, 3, 10), set()),
    ("reaksi aouad 2 dari aku tayang 20 maret", dt.date(2027, 3, 10), set()),
    ("aouad 2 tayang 19 maret, reaksi dari aku 20 maret", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("heard aouad 2 is march 19, not official yet", dt.date(2027, 1, 12), {"release_date_announced rumour 2027-03-19 00:00"}),
    # s2wild87: a fan's live hour in its own clause (was the release's), Netflix's "goes live" hour still the release's; a
    # podcast's episode in Korean or one that premieres itself, "percaya deh", 믿어봐 (were the day); the real day beside a fake
    # (was nothing)
    ("aouad 2 premieres march 19, live at 9pm PHT", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 goes live march 19 at 5pm KST", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 08:00"}),
    # (review63d: a fan's own "i'll be live", "we go live" hour was the release's)
    ("aouad 2 premieres march 19 and i'll be live at 9pm PHT", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("지우학2 공식 팟캐스트 1화 3월 12일 공개", dt.date(2027, 3, 10), set()),
    ("aouad 2 19 maret, percaya deh", dt.date(2027, 2, 1), set()),
    ("지우학2 3월 19일 공개 믿어봐", dt.date(2027, 2, 1), set()),
    ("僵尸校园2 3月19日下午5点上线，不是3月12日", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 09:00"}),  # (review63d)
    ("지우학2 3월 19일 공개 확정, 진짜 못믿어 ㅠㅠ", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),  # (review63d)
    ("aouad 2 official podcast premieres march 26", dt.date(2027, 3, 10), set()),
    ("'aouad 2 march 12' was a lie. real date: march 19, straight from netflix", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild88: an aftershow or a podcast that premieres itself in Spanish or Portuguese, Netflix's live in Tagalog (were the
    # day); 直播预告, a live's notice (was a trailer); "percayalah sama aku" (was the day); 网友说的 (was reported)
    ("Estamos Muertos 2: el aftershow oficial se estrena el 26 de marzo", dt.date(2027, 3, 10), set()),
    ("o podcast oficial de Estamos Mortos 2 estreia dia 26 de março", dt.date(2027, 3, 10), set()),
    ("live ng netflix ph para sa aouad 2 sa march 18, 8pm", dt.date(2027, 3, 10), set()),
    ("僵尸校园2 3月19日上线 直播预告：3月18日晚8点", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 19 maret, percayalah sama aku", dt.date(2027, 2, 1), set()),
    # s2wild90: an event's bare day takes the month of the day before it (the season's own day was lost); a live's notice
    # with no day of its own beside the season's day; 微信我 (message me on WeChat) is no "信我" (trust me)
    ("Estamos Muertos 2 se estrena el 19 de marzo y el aftershow oficial se estrena el 20", dt.date(2027, 3, 10),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("Estamos Mortos 2 estreia dia 19 de março e o aftershow (oficial) estreia dia 20", dt.date(2027, 3, 10),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 premieres march 19 and the aftershow premieres on the 20th", dt.date(2027, 3, 10),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("Estamos Muertos 2 se estrena el 19 de marzo y el aftershow oficial se estrena el 19", dt.date(2027, 3, 10), set()),
    ("僵尸校园2 3月19日上线 直播预告", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("僵尸校园2 3月19日 直播", dt.date(2027, 3, 10), set()),  # (no release verb: the live's day)
    ("僵尸校园2 3月19日上线，详情微信我", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("僵尸校园2 3月19日上线，信我吧", dt.date(2027, 2, 1), set()),
    ("僵尸校园2不是3月12日，是3月19日，网友说的", dt.date(2027, 2, 1), {"release_date_announced rumour 2027-03-19 00:00"}),
    # s2wild89: a poster correcting themself once or twice (was the first day), a fan account's day after the correction still
    # no news; the official podcast by the show's name in Indonesian (was the season's day)
    ("aouad 2 march 12! wait no, march 26. no sorry, march 19, netflix confirmed", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 tayang 12 maret eh salah, 26 maret, eh salah lagi, 19 maret kata netflix", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 12! wait no, march 19 according to @aouad_leaks", dt.date(2027, 2, 1), set()),
    ("podcast resmi aouad 2 tayang 26 maret", dt.date(2027, 3, 10), set()),
    # review63f: the other day talked of, not given, after "i mean" (was that day, the one given set aside)
    ("aouad 2 drops march 19. i mean, march 12 was just a leak", dt.date(2027, 2, 1),
     {"release_date_announced rumour 2027-03-19 00:00"}),
    # review63f: the day corrected to after "it's" (was no day)
    ("aouad 2 march 12 wait no, it's march 19 netflix confirmed", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    # review63f: an official podcast that reports the season's day (was no day, or only a renewal)
    ("aouad 2 podcast officially confirms season 2 premieres march 19", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("podcast resmi bilang aouad 2 tayang 19 maret", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild91 (the rest in bench/data/season2_wild90.yaml): a correction back to the first day, or to a bare day (was the day
    # taken back); "is 10/10" a score (was 10 October); a Korean aftershow, a count to the aftershow (was the season's day);
    # "믿어봐" opening a post (was the day)
    ("aouad 2 march 12, no wait march 19... actually no, march 12, i checked netflix", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-12 00:00"}),
    ("aouad 2 dia 19 de março, quer dizer, dia 12, foi mal", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-12 00:00"}),
    ("aouad 2 is 10/10", dt.date(2027, 3, 10), set()),
    # review64d: one digit alone after "i mean" cheers the season (was March 2nd)
    ("AOUAD season 2 confirmed for March 19th!! i mean, 2!!! finally", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("지우학2 애프터쇼 3월 26일 공개, 본편은 3월 19일", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    ("D-10 until the aouad 2 aftershow", dt.date(2027, 3, 9), set()),
    ("믿어봐 지우학2 3월 19일 공개", dt.date(2027, 3, 10), set()),
    # s2wild92 (the rest in bench/data/season2_wild91.yaml): a correction before a clause giving the season's day (was the day
    # taken back); netizens' day set aside for the official one (was a rumour of it); a score beside a day (was 10 October);
    # 아 아니, no perdón before the day that stands (was the day taken back); "i mean it's 10/10" takes nothing back
    ("aouad 2 march 19, no wait, the aftershow is march 19, the season is march 12", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-12 00:00"}),
    # fix93: a clause giving another country's day after "i mean" (was that day, 2 April): which is the season's is unsure
    ("aouad 2 march 19, i mean the show drops april 2 in japan", dt.date(2027, 2, 1), set()),
    ("网友说僵尸校园2 3月12日上线，不对，是3月19日", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 19, 10/10", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("지우학2 3월 12일 공개 아 아니 19일", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("Estamos Muertos 2 el 12 de marzo, no perdón, el 19", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 19, i mean it's 10/10 anyway", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("people keep saying aouad 2 is march 12, no, netflix said march 19", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 ra mắt 19/3, ý mình là 5h chiều giờ Hàn", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 08:00"}),
    # s2wild93 (the rest in bench/data/season2_wild92.yaml; "假的" after hearsay in test_headline_denials): the wrong show (was
    # the day); a correction to the poster's own clock or the aftershow's day (was that day); a count corrected (was the first count); a
    # bare day far before the day corrected (was the same month's); "no, netflix said" after the poster's own day (was theirs)
    ("aouad 2 ra mắt 19/3?? à nhầm phim rồi, 19/3 là phim khác 😅", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 19, i mean march 20 (PH)", dt.date(2027, 2, 1), set()),  # (s2wild94: which is Korea's day is unsure)
    ("aouad 2 ra mắt 19/3, à nhầm, 20/3 là aftershow", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 in 2 days, i mean 3 days", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 dec 30, i mean the 2nd", dt.date(2026, 11, 20), set()),
    ("aouad 2 march 19, no, netflix said march 26", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-26 00:00"}),
    ("aouad 2 march 12, no wait, march 19 is the aftershow", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-12 00:00"}),
    # review64f: "wrong show" said of others' post keeps the poster's day (was nothing); Korea's clock named beside the day given
    # corrects it (was the first day); a bare day given its month corrected again (was it); 网传 … 假的，官方定档 (was nothing)
    ("aouad 2 19 maret resmi, yg bilang 12 maret itu salah drama", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 18, i mean march 19 (5pm KST / 4pm PH)", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 march 12, i mean 19 😭 no wait, march 26", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-26 00:00"}),
    ("网传僵尸校园2 3月12日上线，假的，官方定档3月19日", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 april 2, i mean the 30th", dt.date(2027, 2, 1), set()),  # (review64f: was April 30, as likely March 30)
    # s2wild94 (the rest in bench/data/season2_wild93.yaml): where the post leaves unsure which day stands, nothing (was a wrong
    # day): a day next to the one corrected on the poster's own clock, a bare day before another number or the poster's clock; an
    # hour corrected on the same clock reads the last (was the first)
    ("aouad 2 march 18, i mean march 19 for us in PH", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 19!! i mean 12, 12 episodes omg", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 19, i mean 18, i mean 19 lol", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 19, i mean 20! for us in PH", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 19 8pm kst, i mean 5pm kst", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 08:00"}),
    # s2wild95 (the rest in bench/data/season2_wild94.yaml): another event's day after a correction keeps the season's (was a
    # trailer out, or nothing), a later day given after it stands; "eh", เอ้ย alone correct; 网传 … 官方定档 with no 假的 reads the
    # official day (was a rumour of the other); an older post quoted back (was its day, now nothing); an ISO week's bare day (was
    # the next 19th); "pala" after the day given, 3月19号, "prem." before a day, "H-3", "ngayong biyernes", "19/3/2570" (were nothing)
    ("aouad 2 drops march 19, no wait, march 12 is the trailer 😭", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 12, i mean march 19 is the teaser drop, show's march 26", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-26 00:00"}),
    ("aouad 2 tayang 19 maret eh 20 maret", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-20 00:00"}),
    ("网传僵尸校园2 3月12日上线，官方定档3月19日", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("网传僵尸校园2官方定档3月19日", dt.date(2027, 1, 20), {"release_date_announced rumour 2027-03-19 00:00"}),
    ("\"aouad 2 on march 12\" — you, 2 weeks ago 💀 it's march 19", dt.date(2027, 2, 1), set()),
    ("aouad 2 lands in week 11 (2027-W11), friday the 19th", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 2027-W12, friday the 19th", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 12... ay mali, 19 pala", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("僵尸校园2 3月12日上线，说错了，19号", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),  # (号 as 日)
    ("prem. Fri., Mar. 19 — AOUAD 2", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("H-3 aouad 2!! 🧟", dt.date(2027, 3, 16), {"release_date_announced reported 2027-03-19 00:00"}),  # (Indonesian's D-3)
    ("aouad 2 ngayong biyernes na!!", dt.date(2027, 3, 19), {"release_date_announced reported 2027-03-19 00:00"}),  # (posted that Friday)
    ("มัธยมซอมบี้ 2 ฉาย 19/3/2570 ค่ะ", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),  # (the Buddhist year)
    ("นัดหมอ 19/3/2570 แต่อยากดูมัธยมซอมบี้ 2 มากกว่า", dt.date(2027, 2, 1), set()),  # (a doctor's appointment)
    ("Todos Nós Estamos Mortos 2 dia 12 de março, quer dizer, dia 19 é a estreia", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild96 (the rest in bench/data/season2_wild95.yaml): a later day after an event's stands only in a clause naming the season
    # (was the teaser's, the watch party's, another show's: "… march 12 is the trailer. sweet home 3 is march 26" read the 26th); a
    # correction to 舞台挨拶 / 首映礼 after 配信 / 上线 (was the event's day, or nothing); a week numbered by no ISO calendar (was the
    # next 19th, in February); "é a estreia do trailer" is the trailer's (was the season's); Tagalog "na" before a correction,
    # "19 is the date lol", the season's day before "trailer tomorrow" (were nothing, or the trailer alone)
    ("aouad 2 march 19, no wait march 12 is the trailer. sweet home 3 is march 26 btw", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("今学校2 3月19日配信、いや3月20日は舞台挨拶", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 drops in week 12 (US), friday the 19th", dt.date(2027, 2, 1), set()),
    ("Todos Nós Estamos Mortos 2 dia 12 de março, quer dizer, dia 19 é a estreia do trailer", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-12 00:00"}),
    # (review65b: only an event's premiere is another's: "é a estreia da série", "is the date of release" stay the season's, were the 12th)
    ("Todos Nós Estamos Mortos 2 dia 12 de março, quer dizer, dia 19 é a estreia da série", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    # (review65b: "is the date" is the release's only right after the season's name: was the trailer's day read as the release)
    ("aouad 2 trailer: march 12 is the date!", dt.date(2027, 2, 1), {"trailer reported"}),
    ("aouad 2 march 12 na, ay mali, march 19 pala", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),  # (Tagalog "na")
    ("aouad 2 march 12, i mean 19 is the date lol", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 12, i mean march 19, trailer tomorrow!", dt.date(2027, 2, 1),
     {"trailer reported", "release_date_announced reported 2027-03-19 00:00"}),
    # fix96: a bare day in another country after a correction reads nothing (was March 19 at 20:00, the day read as an hour)
    ("Estamos Mortos 2 dia 19 de março, quer dizer, dia 20 em Portugal", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 12, i mean the 19th, netflix time", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild97 (the rest in bench/data/season2_wild96.yaml): a correction to Part 2's day keeps the premiere's (was Part 2's day as
    # the premiere's); a weekday before the day given (was the day taken back); an hour on no clock corrected (was the first); a
    # relative day corrected (was the first); a Korean "…고" ends its clause (was the day taken back)
    ("지우학2 3월 19일 공개! 아니 4월 9일은 파트2", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 drops saturday march 20, i mean friday march 19", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 ra mắt 19/3 lúc 14h, à nhầm 15h giờ Việt Nam", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 march 19 at 5pm KST, i mean 4am EDT for us", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 tonight, no wait tomorrow 5pm KST", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 besok, eh lusa nobar nya", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-19 00:00"}),  # (an event's)
    ("지우학2 3월 12일 공개 아니 3월 12일은 무대 인사고 공개는 3월 19일", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    # review65d: Netflix's other event or another thing's verb after an event's day is no season's day (read the 15th)
    ("aouad 2 drops march 19, no wait, march 12 is the trailer, netflix tudum march 15", dt.date(2027, 2, 1),
     {"release_date_announced reported 2027-03-19 00:00"}),
    # review65d: "eh" ("oh, by the way") before a day that goes on to the fan's own news corrects nothing (read the 21st)
    ("aouad 2 tayang 19 maret eh 21 maret ulang tahunku 🥳", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    # fix94: a day a correction gives, then the poster's own news (a birthday, an exam, payday) is no season's day (read the 21st);
    # which day stands the post leaves unsure, so nothing is read; still the day given once the season's verb follows it
    ("aouad 2 tayang 19 maret eh maksudnya 21 maret ulang tahunku", dt.date(2027, 2, 1), set()),
    ("aouad 2 tayang 19 maret eh maksudnya 21 maret gajian", dt.date(2027, 2, 1), set()),
    ("Estamos Muertos 2 el 19 de marzo, quiero decir, el 21 de marzo es mi cumpleaños", dt.date(2027, 2, 1), set()),
    ("今学校2 3月19日配信、いや3月21日は私の誕生日", dt.date(2027, 2, 1), set()),
    ("僵尸校园2 3月19日上线，不对，3月21日是我生日", dt.date(2027, 2, 1), set()),
    ("มัธยมซอมบี้ 2 ฉาย 19 มีนาคม เอ้ย ไม่ใช่ 21 มีนาคม วันเกิดเรา", dt.date(2027, 2, 1), set()),
    ("aouad 2 ra mắt 19/3, à nhầm 21/3 sinh nhật mình", dt.date(2027, 2, 1), set()),
    ("지우학2 3월 12일 공개! 아니 3월 19일 공개 시험 끝나고 본다", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 tayang 12 maret eh maksudnya 19 maret, pas gajian 🤑", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild98 (the rest in bench/data/season2_wild97.yaml): "digo," corrects (was the day taken back); 예고 after a correction is the
    # trailer's day (was the premiere's); a Thai hour and two clocks corrected (was the first hour); a weekday changed alone reads
    # nothing (was the day taken back); "friday the 19th" after a correction keeps the month (was February)
    ("Estamos Muertos 2 parte 2: 2 de abril, digo, 9 de abril", dt.date(2027, 2, 1), {"part_dated reported 2027-04-09 00:00"}),
    ("지우학2 3월 19일 공개! 아니 3월 12일은 예고 공개", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("มัธยมซอมบี้ 2 ฉาย 19 มีนาคม 16.00 น. เอ้ย 15.00 น. เวลาไทย", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 march 19 4pm KST / 3pm PH, i mean 5pm KST / 4pm PH", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 drops thursday march 18, i mean friday", dt.date(2027, 2, 1), set()),
    ("aouad 2 thursday march 18, no wait friday the 19th", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild99 (the rest in bench/data/season2_wild98.yaml): Thai "เอ้ย" before a day and the poster's own news corrects, so nothing
    # is read (was the day taken back); 上線 is the season's verb in the clause of the day given (was the premiere party's day);
    # Australia, of several clocks, is another country's day (was the 20th), after "en" too;
    # a release verb before the day a correction gives (was the day taken back)
    ("มัธยมซอมบี้ 2 ฉาย 12 มีนาคม เอ้ย 19 มีนาคม วันเกิดเราพอดี", dt.date(2027, 2, 1), set()),
    ("殭屍校園2 3月12日上線，不對，3月12日是首映禮，3月19日上線", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 march 19, i mean the show drops march 20 in australia", dt.date(2027, 2, 1), set()),
    ("Estamos Muertos 2 el 19 de marzo, digo, el 20 de marzo en Australia", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 12, i mean it drops march 19", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 12 maret eh maksudnya tayang 19 maret", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    # fix96: a day in Japan, named in Indonesian after "di" or in Spanish, after a correction is another country's (was the 20th)
    ("aouad 2 tayang 19 maret, eh maksudnya 20 maret di jepang", dt.date(2027, 2, 1), set()),
    ("Estamos Muertos 2 el 19 de marzo, digo, el 20 de marzo en Japón", dt.date(2027, 2, 1), set()),
    # fix96: a release verb after "digo," or "quer dizer," opens the day given, never a clause of its own (was the day taken back)
    ("Estamos Muertos 2 el 12 de marzo, digo, se estrena el 19 de marzo", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("Estamos Mortos 2 dia 12 de março, quer dizer, estreia dia 19 de março", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
    ("Estamos Muertos 2 el trailer sale el 12 de marzo, o sea, la temporada se estrena el 19 de marzo", dt.date(2027, 2, 1),
     {"trailer reported", "release_date_announced reported 2027-03-19 00:00"}),
    # fix96: a bare day in another country after a correction reads nothing (was March 19 at 20:00, the day read as an hour)
    ("Estamos Mortos 2 dia 19 de março, quer dizer, dia 20 em Portugal", dt.date(2027, 2, 1), set()),
    ("aouad 2 march 12, i mean the 19th, netflix time", dt.date(2027, 2, 1), {"release_date_announced reported 2027-03-19 00:00"}),
])
def test_more_ways_of_saying_the_day_a_delay_or_the_release(headline: str, written: dt.date, expected: set[str]) -> None:
    assert _readings(headline, written) == expected


@table("headline", [
    "All of Us Are Dead returns to Netflix's Top 10 after season 2 news",  # a chart, no day
    "aouad s2 pushed to the top of the charts",
    "Netflix pushed All of Us Are Dead Season 2 hard in its spring promo",  # promoted, not put off
])
def test_a_return_to_a_chart_or_a_push_up_a_chart_is_no_release_news(headline: str) -> None:
    assert not any(r.startswith(("release_date", "delayed")) for r in _readings(headline))


@table(("headline", "written", "expected"), [
    # a weekday with a bare day agrees with the calendar: that day; disagrees: none guessed
    ("aouad s2 premieres friday the 9th at 5pm KST", dt.date(2027, 4, 2), {"release_date_announced reported 2027-04-09 08:00"}),
    ("aouad s2 premieres thursday 9th", dt.date(2027, 4, 2), set()),
    # a fans' countdown said as a countdown
    ("all of us are dead season 2 countdown: 3 days 🧟", dt.date(2027, 4, 6), {"release_date_announced reported 2027-04-09 00:00"}),
    # the season and a day named from today, nothing more of it
    ("AOUAD S2 THIS FRIDAY!!!", dt.date(2027, 4, 6), {"release_date_announced reported 2027-04-09 00:00"}),
    # a week's listing giving each entry its weekday alone
    ("new on netflix this week: Wed – Squid Game doc | Fri – All of Us Are Dead S2", dt.date(2027, 4, 5),
     {"release_date_announced reported 2027-04-09 00:00"}),
    # Korean: a day named from today, then the season's name, then 나온다
    ("이번 주 금요일에 지우학2 나온다!!", dt.date(2027, 4, 6), {"release_date_announced reported 2027-04-09 00:00"}),
])
def test_a_day_said_by_its_weekday_or_a_countdown(headline: str, written: dt.date, expected: set[str]) -> None:
    assert _readings(headline, written) == expected


def test_a_weeks_listing_gives_its_trailers_weekday_to_no_release() -> None:
    readings = _readings("this week: Fri – All of Us Are Dead S2 trailer | Sat – Trigger 2", dt.date(2027, 4, 5))
    assert not any(r.startswith("release_date") for r in readings)


@table(("headline", "expected"), [
    ("2027 slate: Trigger 2 (Jan 29), All of Us Are Dead 2 (April) 🔥", {"release_window reported"}),
    ("tudum just put aouad s2 under 'coming 2027'", {"release_window reported"}),  # a quoted year is no other show's title
])
def test_a_slates_window_in_brackets_or_quotes_is_the_seasons(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 1, 7)) == expected


@table(("headline", "written", "expected"), [
    ("all of us are dead s2 april 9 5pm kst!!! finally", dt.date(2027, 3, 1), {"release_date_announced reported 2027-04-09 08:00"}),
    ("AOUAD S2 TOMORROW 5PM KST 🧟", dt.date(2027, 4, 8), {"release_date_announced reported 2027-04-09 08:00"}),
    ("All of Us Are Dead Season 2 Premieres April 9 — Here's Everything We Know", dt.date(2027, 3, 1),
     {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead Season 2 April 9 premiere party", dt.date(2027, 3, 1), set()),  # the party's day
    # (s2wild64) an event's day before the day it comes "ahead of": the release's is the one after
    ("'All of Us Are Dead 2' Cast To Hold Press Conference April 6 Ahead Of April 9 Release", dt.date(2027, 3, 1),
     {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead Season 2: Here's Everything We Know", dt.date(2027, 3, 1), set()),
])
def test_the_season_and_its_day_with_nothing_between_or_an_explainers_tail(headline: str, written: dt.date,
                                                                           expected: set[str]) -> None:
    assert _readings(headline, written) == expected


def test_a_year_in_brackets_tags_a_title_and_is_no_window() -> None:
    assert _readings("aouad s2 (2027) is going to be insane", dt.date(2027, 1, 7)) == set()


@table(("headline", "expected"), [
    ("All of Us Are Dead Season 2 debuts at No. 1 on Netflix's global Top 10", {"released reported"}),
    ("'지금 우리 학교는2' 공개 첫 주 시청 시간 1억 시간 돌파", {"released reported"}),
    ("All of Us Are Dead Season 2 will debut at No. 1, analysts say", set()),  # a forecast
    # s2wild64: a post that says the season is already charted or watched says it is out; a forecast, season 1's chart,
    # a trailer's views or another chart (YouTube's, iTunes') do not
    ("AOUAD 2 is #1 in 80 countries 🧟", {"released reported"}),
    ("AOUAD 2 still #1 worldwide for the 2nd week in a row", {"released reported"}),
    ("all of us are dead 2 tops the netflix charts in brazil, mexico and spain", {"released reported"}),
    ("'All of Us Are Dead' Season 2 Racks Up 30.1 Million Views in First Week", {"released reported"}),
    ("Estamos Muertos 2 ya es #1 en 70 países", {"released reported"}),
    ("'지금 우리 학교는2' 넷플릭스 글로벌 TOP10 비영어 쇼 1위 등극", {"released reported"}),
    ("AOUAD 2 is on netflix. go. now.", {"released reported"}),
    ("Available now on Netflix: All of Us Are Dead Season 2", {"released reported"}),
    ("AOUAD 2 still in the Top 10 in 40 countries, seven weeks after April 9", {"released reported"}),
    ("AOUAD 2 could hit #1 in 90 countries next week", set()),
    ("aouad season 1 is back at #1 in 40 countries ahead of season 2", set()),
    # review58d: season 1 charting with season 2 named beside it, in a count or by flags, is no release
    ("aouad s1 is #1 in 62 countries again before s2!!", set()), ("aouad s1 #1 in 🇧🇷🇵🇭🇰🇷 again lol s2 when", set()),
    # review58d: Tagalog "daw sa <day>" of Part 2 named after it is no day of the season's (was its release day, heard)
    ("daw sa march 26 ang part 2 ng aouad", set()),
    ("the AOUAD 2 trailer racked up 30M views in 24 hours", set()),
    ("aouad 2 ost is #1 in 30 countries on itunes", set()),
    ("aouad 2 is on netflix!! go add it to your list", set()),  # its page, before the day
    ("AOUAD 2 topping the netflix charts is guaranteed", set()),
    # s2wild65: "available now", "is live", "landed" said of what comes before the season, or of another show beside it
    ("Remind Me is available now for All of Us Are Dead Season 2 in the Netflix app", set()),
    ("AOUAD 2 phone wallpapers available now on Tudum", set()),
    ("AOUAD 2 wallpaper pack available now", set()),
    ("the aouad 2 zombie filter is available now on instagram", set()),
    ("All of Us Are Dead 2 available now for pre-save on Spotify", set()),
    ("All of Us Are Dead Season 2 press conference: the livestream is available now on YouTube", set()),
    ("now streaming: Sweet Home season 4 and AOUAD 2 is still two weeks away", set()),
    ("aouad 2 is live on netflix and i haven't slept", {"released reported"}),
    ("AOUAD 2 finally landed in my country at 4pm", {"released reported"}),
    ("AOUAD 2 Part 1 is out, Part 2 is three weeks away", {"released reported"}),
    ("AOUAD 2 escape room available now at Netflix House", set()),
    ("AOUAD 2 is live on Netflix's Tudum page", set()),
    # review55d: "available now" of anything else named after the season, its name never right before
    ("All of Us Are Dead season 2 tickets to the premiere available now", set()),
    ("All of Us Are Dead 2 Funko Pops available now", set()),
    ("All of Us Are Dead Season 2 Part 1 available now on Netflix", {"released reported"}),
    ("AOUAD 2 is live on Netflix! hit remind me", set()),  # its page, the season still to come
    ("AOUAD 2 is live on Netflix - add it to your list", set()),
    ("All of Us Are Dead 2 first look racks up 30M views in a week", set()),  # views of what was shown of it
    ("All of Us Are Dead 2 hashtag hits #1 in 80 countries", set()),
    ("AOUAD 2 fan cam hits 3M views in its first week", set()),
    # ... a trend's, a search list's or a poll's first place, season 1's charts of old, a day of its own still to come
    ("AOUAD 2 is trending #1 worldwide on X", set()),
    ("AOUAD 2 #1 in 93 countries and trending everywhere", {"released reported"}),  # (its chart, trending besides)
    ("AOUAD 2 #1 in 40 countries on Netflix's most-searched list", set()),
    ("AOUAD 2 wins #1 in 30 countries in the fan poll", set()),
    ("season 1 topped Netflix's global Top 10 in 2022, now AOUAD 2", set()),
    ("Available now on Netflix: All of Us Are Dead season 1. Season 2 April 30.",  # (s2wild66: season 2's day it gives,
     {"release_date_announced reported 2027-04-30 00:00"}),  # as wild65's "season 1 now streaming …, season 2 March 19")
    ("now streaming on Netflix: All of Us Are Dead. Season 2 April 30", set()),
    ("Estamos Muertos 2: ya disponible la preventa del photobook", set()),
    ("Estamos Muertos 2 ya disponible para pre-guardar en Spotify", set()),
    ("Estamos Muertos 2 ya disponible en Netflix", {"released reported"}),
    # s2wild66: out, beside an event's day still to come (a fan meet, a Q&A): out; the event's day is no release's
    ("AOUAD 2 is finally out and the fan meet is april 30", {"released reported"}),
    ("지우학2 공개됐다!! 팬미팅은 4월 27일", {"released reported"}),
    ("AOUAD 2 is out now!! the cast's live Q&A is April 21 on YouTube", {"released reported"}),
    ("the AOUAD 2 cast Q&A is April 21", set()),
    ("AOUAD season 1 recap video drops April 20 ahead of season 2", set()),
    # ... and its own chart, season 1 named after it only to compare: out
    ("AOUAD 2 #1 in 85 countries, season 1 never did that", {"released reported"}),
    ("All of Us Are Dead season 2 is #1 in 85 countries, season 1 was #1 in 91", {"released reported"}),
    ("AOUAD 2 could hit #1 in 90 countries, season 1 did", set()),  # a forecast still
    ("aouad season 1 was #1 in 91 countries, season 2 will be too", set()),  # season 1's chart said first
])
def test_a_first_place_or_a_first_week_is_had_only_once_out(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 4, 14)) == expected


@table(("headline", "expected"), [
    ("4.9 | 지금 우리 학교는 시즌2 | 넷플릭스", {"release_date_announced reported 2027-04-09 00:00"}),
    ("April 9, 5PM KST | All of Us Are Dead Season 2 | Netflix", {"release_date_announced reported 2027-04-09 08:00"}),
    ("See you April 9 🧟 #AllOfUsAreDead2", {"release_date_announced reported 2027-04-09 00:00"}),
    ("April 9 | All of Us Are Dead Season 2 | Official Trailer | Netflix", {"trailer reported"}),  # the trailer's day
    ("All of Us Are Dead Season 2 | Official Teaser | April 9 | Netflix",  # the video's title: the season's day after it
     {"teaser reported", "release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead Season 2 | Trailer Reaction | April 9 | Netflix", {"trailer reported"}),  # a fan's video: no day
    ("see you april 9 at the fan meeting #AllOfUsAreDead2", set()),  # the event's
    # s2wild66: a comma or a colon between the title and its season, then the day alone
    ("All of Us Are Dead, season 2 April 9", {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead: Season 2 April 9 on Netflix 🧟", {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead, season 2 April 9??", set()),  # asked
    ("All of Us Are Dead, season 2 April 9 fan meet", set()),  # the event's
    # ... season 1 named first (out, on Netflix), then season 2 and its day in a part of its own
    ("All of Us Are Dead season 1 now streaming on Netflix, season 2 April 9", {"release_date_announced reported 2027-04-09 00:00"}),
    ("All of Us Are Dead: Season 1 on Netflix now. Season 2 on April 9.", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD s1 was #1 for 3 weeks, s2 April 9??", set()),  # asked
    ("aouad season 1 rewatch party tonight, season 2 April 9 fan meet", set()),  # the event's
    # ... an event counted from the season's day ("three weeks after") has none of its own: the day is the season's
    ("AOUAD 2 April 9, and the cast fan meet three weeks after", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD 2 on April 9, with a fan meet two weeks later", {"release_date_announced reported 2027-04-09 00:00"}),
    ("AOUAD 2 fan meet April 9 and a second one two weeks later", set()),  # the event's own day
])
def test_netflixs_own_titles_give_the_day_in_a_part_of_its_own(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 3, 1)) == expected


def test_a_delay_that_wont_be_beside_a_confirmed_day_reaffirms_that_day() -> None:
    assert _readings("All of Us Are Dead Season 2 Won't Be Delayed, Netflix Confirms April 9 Date", dt.date(2027, 3, 1)) \
        == {"release_date_announced reported 2027-04-09 00:00"}


def test_a_slate_card_with_the_seasons_month_after_a_dash_is_that_window() -> None:
    found = read_headline("netflix's 2027 sizzle reel ends with 'All of Us Are Dead 2 — April' 😭🧟", WRITTEN)
    assert [(f.milestone.value, f.window.label if f.window else None) for f in found] == [("release_window", "April 2027")]


def test_a_dash_then_may_the_verb_is_no_window() -> None:
    assert read_headline("All of Us Are Dead 2 — May the best zombie win", WRITTEN) == ()


@table(("headline", "expected"), [
    ("aouad s2 — fri 9 apr, 9am CEST 🇩🇪 who's watching with me", {"release_date_announced reported 2027-04-09 07:00"}),
    ("AOUAD S2: Fri. April 9", {"release_date_announced reported 2027-04-09 00:00"}),
    ("aouad s2 -> thurs 8 april", {"release_date_announced reported 2027-04-08 00:00"}),
])
def test_a_listing_with_a_short_weekday_before_its_day_gives_that_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", ["AOUAD S2 APRIL 9 IT'S OFFICIAL!!!", "aouad s2 april 9 it is official 🧟"])
def test_a_fans_listing_then_its_official_is_that_day(headline: str) -> None:
    assert _readings(headline) == {"release_date_announced reported 2027-04-09 00:00"}


def test_a_fans_listing_asking_if_its_official_asks() -> None:
    assert _readings("aouad s2 april 9 it's official?") == set()


@table(("headline", "expected"), [
    ("2 weeks. TWO WEEKS. aouad s2 🧟", {"release_date_announced reported 2027-03-02 00:00"}),
    ("3 days left!!! aouad s2", {"release_date_announced reported 2027-02-19 00:00"}),
])
def test_a_count_cried_out_before_the_seasons_name_alone_is_a_countdown(headline: str, expected: set[str]) -> None:
    assert _readings(headline) == expected


@table("headline", ["2 weeks. aouad s2 was so good", "10 days ago. aouad s2"])
def test_a_count_before_more_words_or_ago_is_no_countdown(headline: str) -> None:
    assert _readings(headline) == set()


@table(("headline", "expected"), [
    ("was supposed to be today 😔 aouad s2 next friday instead", {"release_date_announced reported 2027-02-26 00:00"}),
    ("aouad s2 tomorrow instead!!", {"release_date_announced reported 2027-02-20 00:00"}),
])
def test_the_season_then_a_day_from_today_instead_is_that_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 2, 19)) == expected  # a Friday


def _windows(headline: str) -> set[str]:
    return {f"{f.milestone.value} {f.confidence.value} {f.window.label if f.window else '-'}"
            for f in read_headline(headline, dt.date(2026, 12, 5))}


@table(("headline", "expected"), [
    ("Netflix Korea's 2027 Slate Reportedly Includes \"All Of Us Are Dead\" Season 2 In The First Half",
     {"release_window rumour the first half of 2027"}),
    ("Netflix's 2027 lineup includes All of Us Are Dead Season 2 in the first half of 2027",
     {"release_window reported the first half of 2027"}),
    ("2027 line-up puts aouad s2 in spring", {"release_window reported spring 2027"}),
    # the season named among that part's titles
    ("Netflix's 2027 K-Drama Slate: 'All of Us Are Dead' Season 2 Among Q1 Titles", {"release_window reported Q1 2027"}),
    ("2027 line-up — AOUAD S2 among first-half releases", {"release_window reported the first half of 2027"}),
    ("Netflix 2027 slate: Sweet Home 4 among Q1 titles", set()),  # another show's
])
def test_a_years_slate_including_the_season_in_a_part_of_it_gives_that_window(headline: str, expected: set[str]) -> None:
    assert _windows(headline) == expected


def test_a_years_slate_including_the_season_alone_gives_no_window_part() -> None:
    assert _windows("Netflix's 2027 slate includes All of Us Are Dead Season 2") <= {"release_window reported 2027"}


@table(("headline", "written", "expected"), [
    # Netflix's regional accounts and outlets, in Spanish, Portuguese and Indonesian: their day, day first
    ("Estamos muertos: Temporada 2 llega el 5 de marzo, solo en Netflix.", dt.date(2027, 1, 13),
     {"release_date_announced reported 2027-03-05 00:00"}),
    ("All of Us Are Dead: Temporada 2 chega em 5 de março. Anota aí 📝", dt.date(2027, 1, 13),
     {"release_date_announced reported 2027-03-05 00:00"}),
    ("All of Us Are Dead: 2ª temporada ganha data de estreia — 05/03", dt.date(2027, 1, 13),
     {"release_date_announced reported 2027-03-05 00:00"}),
    ("All of Us Are Dead Season 2 Resmi Tayang 5 Maret 2027 di Netflix", dt.date(2027, 1, 13),
     {"release_date_announced reported 2027-03-05 00:00"}),
    # their hours: Brasília's, WIB's
    ("aouad s2 estreia sexta (05/03) às 4h da manhã, horário de Brasília 😭", dt.date(2027, 3, 3),
     {"release_date_announced reported 2027-03-05 07:00"}),
    ("All of Us Are Dead Season 2 tayang besok pukul 14.00 WIB", dt.date(2027, 3, 4),
     {"release_date_announced reported 2027-03-05 07:00"}),
    ("AOUAD S2 besok jam 14.00 WIB!! siapa yang mau nobar", dt.date(2027, 3, 4),
     {"release_date_announced reported 2027-03-05 07:00"}),
    # Mexico City's hour, the day and the verb before the season
    ("mañana sale AOUAD 2 a la 1 am hora del centro de México 🧟", dt.date(2027, 3, 4),
     {"release_date_announced reported 2027-03-05 07:00"}),
    # hedged, and out
    ("All of Us Are Dead Season 2 Dikabarkan Tayang Awal 2027", dt.date(2026, 12, 9), {"release_window rumour"}),
    ("Já disponível: All of Us Are Dead Temporada 2 🧟", dt.date(2027, 3, 5), {"released reported"}),
    # another show's second season in Spanish is not ours, nor is season 1 said in Portuguese
    ("'Mask Girl' temporada 2 llega el 19 de marzo a Netflix", dt.date(2027, 2, 6), set()),
    ("All of Us Are Dead: 1ª temporada chega ao Top 10 de novo antes da estreia da segunda", dt.date(2027, 2, 6), set()),
])
def test_a_post_in_spanish_portuguese_or_indonesian_is_read_as_in_english(
        headline: str, written: dt.date, expected: set[str]) -> None:
    assert _readings(headline, written) == expected


@table(("headline", "expected"), [
    # Netflix Japan's post and a fan's romanised one: the season's day
    ("『今、私たちの学校は...』シーズン2、3月5日(金)独占配信決定。", {"release_date_announced reported 2027-03-05 00:00"}),
    ("ima watashitachi no gakkou wa S2 3gatsu 5ka haishin kettei!! matteta~",
     {"release_date_announced reported 2027-03-05 00:00"}),
    # a trailer's day is the trailer's, in Japanese as in Korean
    ("『今、私たちの学校は...』シーズン2 予告編 2月10日 公開", {"trailer reported"}),
    # season 1 in Japanese is not ours
    ("『今、私たちの学校は...』シーズン1 配信中", set()),
    # a rumour, a negation, nothing settled
    ("『今、私たちの学校は...』シーズン2 3月5日配信の噂", {"release_date_announced rumour 2027-03-05 00:00"}),
    ("『今、私たちの学校は...』シーズン2 3月5日配信ではない", set()),
    ("『今、私たちの学校は...』シーズン2 配信日未定", set()),
])
def test_a_post_in_japanese_is_read_as_in_korean(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 1, 13)) == expected


@table(("headline", "expected"), [
    # the season unveiled on a day and hour to come: its release then
    ("'지금 우리 학교는2' 5일 오후 4시 베일…박지후·윤찬영 다시 뭉쳤다", {"release_date_announced reported 2027-03-05 07:00"}),
    ("'지우학2' 3월 5일 베일", {"release_date_announced reported 2027-03-05 00:00"}),
    # another thing's unveiling, or one already done, is no release day
    ("'지우학2' 캐스팅 5일 베일", {"casting reported"}),
    ("'지우학2' 예고편 5일 베일", {"trailer reported"}),
    ("'지우학2' 5일 오후 4시 베일 벗었다", set()),
])
def test_the_season_unveiled_on_a_day_to_come_is_its_release_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 3, 4)) == expected


@table("headline", ["aouad s2 premieres in arpil", "aouad s2 premieres in febuary"])
def test_a_misspelt_month_is_read_only_beside_its_day(headline: str) -> None:
    assert _readings(headline) == set()


@table(("headline", "expected"), [
    ("All of Us Are Dead season 2 confirmed for Febuary 19 on Netflix", "2027-02-19"),
    ("All of Us Are Dead Season 2 arrives 19 Mach 2027", "2027-03-19"),  # a year alone (2027) was its window
    ("all of us are dead s2 drops decmber 3rd!!", "2027-12-03"),
])
def test_a_month_misspelt_with_a_letter_dropped_still_gives_the_day(headline: str, expected: str) -> None:
    assert _readings(headline) == {f"release_date_announced reported {expected} 00:00"}


@table(("headline", "expected"), [
    # negated, guessed or denied in Spanish, Portuguese or Indonesian: no day (a miss is better than a wrong day)
    ("'Estamos muertos' temporada 2 no llegará el 5 de marzo", set()),
    ("All of Us Are Dead temporada 2 não chega em 5 de março", set()),
    ("All of Us Are Dead Season 2 tidak tayang 5 Maret", set()),
    ("Estamos muertos temporada 2 podría llegar el 5 de marzo", set()),
    ("Netflix desmiente que Estamos muertos temporada 2 llegue el 5 de marzo", set()),
    # relayed: a rumour; put off: a delay to its new day
    ("All of Us Are Dead Season 2 kabarnya tayang 5 Maret", {"release_date_announced rumour 2027-03-05 00:00"}),
    ("All of Us Are Dead Season 2 diundur ke 19 Maret", {"delayed reported 2027-03-19 00:00"}),
    ("All of Us Are Dead temporada 2 é adiada para 19 de março", {"delayed reported 2027-03-19 00:00"}),
    # s2wild43: Dutch "maart", Polish "zadebiutuje" (will debut), Tagalog "sa March 19 na sa Netflix", French "arrive début 2027"
    ("All of Us Are Dead seizoen 2 vanaf 19 maart op Netflix", {"release_date_announced reported 2027-03-19 00:00"}),
    ("Wszyscy jesteśmy martwi 2 zadebiutuje 19 marca na Netflixie", {"release_date_announced reported 2027-03-19 00:00"}),
    ("All of Us Are Dead Season 2 sa March 19 na sa Netflix!", {"release_date_announced reported 2027-03-19 00:00"}),
])
def test_a_post_abroad_says_how_sure_it_is_in_its_own_words(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 2, 17)) == expected


def _window_labels(headline: str, written: dt.date) -> set[str]:
    return {f"{found.milestone.value} window={found.window.label}" for found in read_headline(headline, written)
            if found.window is not None}


@table(("headline", "expected"), [
    # a slate's year, then a half with none of its own: that year's half
    ("Netflix unveils its 2027 slate: 'All of Us Are Dead' season 2 arrives in the first half",
     {"release_window window=the first half of 2027"}),
    ("Netflix presenta su calendario 2027: 'Estamos muertos' temporada 2 llegará en el primer semestre",
     {"release_window window=the first half of 2027"}),
    ("Netflix 2027: All of Us Are Dead 2 chega no primeiro semestre", {"release_window window=the first half of 2027"}),
    # s2wild43: a half or the year's start in Italian, German, Vietnamese and Turkish, never the whole year
    ("All of Us Are Dead Staffel 2 kommt Anfang 2027 auf Netflix", {"release_window window=early 2027"}),
    ("Ngôi trường xác sống 2 sẽ lên sóng nửa đầu năm 2027", {"release_window window=the first half of 2027"}),
    ("All of Us Are Dead 2 arriva nella prima metà del 2027 su Netflix", {"release_window window=the first half of 2027"}),
    ("All of Us Are Dead saison 2 arrive début 2027 sur Netflix", {"release_window window=early 2027"}),
    # a year's list with the season's half in brackets or said last, other shows' days beside it
    ("Most anticipated shows of 2027: Kingdom 3 (Feb 26), AOUAD 2 (first half) 🧟", {"release_window window=the first half of 2027"}),
    ("Netflix 2027: Kingdom 3 on February 26, All of Us Are Dead 2 in the first half",
     {"release_window window=the first half of 2027"}),
    ("watch party for aouad s2 in the first half", set()),
    # s2wild45: Hindi's first half; a fan's lowercase "kingdom 3" keeps its own day, ours is the year
    ("नेटफ्लिक्स 2027: All of Us Are Dead सीज़न 2 साल 2027 की पहली छमाही में आएगा", {"release_window window=the first half of 2027"}),
    ("the next on netflix 2027 reel gave kingdom 3 a date (feb 26) and aouad 2 just gets 'coming 2027'", {"release_window window=2027"}),
    # a reel's cards, "<show> · <day>" for others and "<season> · <half>" for ours
    ("Next on Netflix 2027 | Kingdom 3 · February 26 | All of Us Are Dead Season 2 · first half of 2027",
     {"release_window window=the first half of 2027"}),
    # a Korean line-up's entry with its half and no verb (a Chinese one put into Korean too); not what is filmed then
    ("넷플릭스 2027 라인업: 킹덤3 2월 26일, 지우학2 2027년 상반기", {"release_window window=the first half of 2027"}),
    ("网飞2027年片单：《王国3》2月26日上线，《僵尸校园2》2027年上半年", {"release_window window=the first half of 2027"}),
    ("넷플릭스 2027 라인업: 지우학2 상반기 촬영", set()),
    # a Korean window with the trailer right after it is the trailer's month, not the season's
    ("지우학2 3월 초 예고편 공개 예정", set()),
    # s2wild60: a month Netflix is "targeting" for the season is that month; never for its trailer
    ("Netflix is targeting March for All of Us Are Dead season 2, sources say", {"release_window window=March 2027"}),
    ("netflix is targeting march for aouad 2's fan meeting", set()),
])
def test_a_half_or_a_month_is_read_as_its_own(headline: str, expected: set[str]) -> None:
    assert _window_labels(headline, dt.date(2026, 12, 7)) == expected


@table(("headline", "written", "expected"), [
    # Portuguese "dia 16/04": on that day; "ahora en Netflix", "agora na Netflix": out now
    ("AOUAD 2 dia 16/04!!! finalmente", dt.date(2027, 2, 10), {"release_date_announced reported 2027-04-16 00:00"}),
    ("All of Us Are Dead 2 estreia dia 16 de abril", dt.date(2027, 2, 10),
     {"release_date_announced reported 2027-04-16 00:00"}),
    ("Ya está aquí. Estamos muertos: Temporada 2, ahora en Netflix.", dt.date(2027, 4, 16), {"released reported"}),
    ("All of Us Are Dead: Temporada 2 agora na Netflix", dt.date(2027, 4, 16), {"released reported"}),
    # season 1 on Netflix now is not the second season out
    ("Estamos muertos temporada 1 ahora en Netflix en 4K", dt.date(2027, 4, 1), set()),
])
def test_a_day_or_out_now_in_spanish_or_portuguese(headline: str, written: dt.date, expected: set[str]) -> None:
    assert _readings(headline, written) == expected


@table("headline", [
    # Spanish, Portuguese and French "la première" is the gala, not the release (estreno, estreia, sortie)
    "Se pospone la premiere de Estamos muertos 2 en Ciudad de México",
    "A premiere de All of Us Are Dead 2 em São Paulo foi adiada",
    # what rain or a storm puts off is an event
    "AOUAD S2 premiere in LA postponed due to rain",
    "Se pospone el estreno de Estamos muertos 2 en el cine por lluvia",
])
def test_a_gala_or_an_event_put_off_is_no_delay_of_the_season(headline: str) -> None:
    assert _readings(headline, dt.date(2027, 4, 2)) == set()


@table(("headline", "expected"), [
    # a month alone in Spanish, Portuguese or Indonesian is that month
    ("Estamos muertos 2 llega en abril", {"release_window window=April 2027"}),
    ("All of Us Are Dead 2 tayang di bulan April", {"release_window window=April 2027"}),
    # the press's conditional is hearsay; denied, it is nothing
    ("Estamos muertos 2 llegaría en abril, según medios coreanos", {"release_window window=April 2027"}),
    ("Estamos muertos 2 no llegaría en abril", set()),
])
def test_a_month_alone_abroad_is_a_window(headline: str, expected: set[str]) -> None:
    assert _window_labels(headline, dt.date(2027, 1, 6)) == expected


def test_the_spanish_or_portuguese_conditional_is_hearsay() -> None:
    for headline in ("Estamos muertos 2 llegaría en abril, según medios coreanos", "All of Us Are Dead 2 chegaria em maio"):
        assert {found.confidence.value for found in read_headline(headline, dt.date(2027, 1, 6))} == {"rumour"}


@table("headline", [
    # Netflix's card: the season, a comma, its day on Netflix (in English, Spanish, Taglish)
    "All of Us Are Dead Season 2, April 16 on Netflix.",
    "Vuelven los de Hyosan. Estamos muertos: Temporada 2, el 16 de abril en Netflix.",
    "Balik-eskwela na sa Hyosan! All of Us Are Dead Season 2, April 16 sa Netflix.",
])
def test_netflixs_card_of_the_season_and_its_day_on_netflix_is_its_date(headline: str) -> None:
    assert _readings(headline, dt.date(2027, 2, 10)) == {"release_date_announced reported 2027-04-16 00:00"}


def test_another_shows_card_is_not_ours() -> None:
    assert _readings("Moving Season 2, April 2 on Netflix. AOUAD next", dt.date(2027, 2, 10)) == set()


@table(("headline", "expected"), [
    # Japanese 配信開始 with no day anywhere: streaming now; with its day, a day to come
    ("『今、私たちの学校は...』シーズン2 配信開始", {"released reported"}),
    ("『今、私たちの学校は...』シーズン2 4月16日より配信開始", {"release_date_announced reported 2027-04-16 00:00"}),
    # Portuguese "já no Top 10": charted, so out; season 1 charting again is not season 2
    ("All of Us Are Dead 2 já no Top 10 do Brasil, óbvio", {"released reported"}),
    ("All of Us Are Dead: 1ª temporada já no Top 10 de novo", set()),
])
def test_streaming_now_in_japanese_or_charted_in_portuguese_is_out(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 4, 16)) == expected


@table(("headline", "expected"), [
    # French: saison 2, its date de sortie, a day and its month (avril)
    ("All of Us Are Dead saison 2 : Netflix dévoile enfin la date de sortie, ce sera le 16 avril",
     {"release_date_announced reported 2027-04-16 00:00"}),
    # a question about the date is no date
    ("All of Us Are Dead saison 2 : une date de sortie en vue ? Tout ce qu'on sait", set()),
])
def test_a_post_in_french_is_read_as_in_english(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 2, 10)) == expected


@table(("headline", "expected"), [
    # German: Staffel 2, a day with its stop ("14. Mai"), startet/erscheint am, verschoben and its Neuer Starttermin
    ("All of Us Are Dead: Staffel 2 startet am 14. Mai auf Netflix", {"release_date_announced reported 2027-05-14 00:00"}),
    ("Die zweite Staffel von All of Us Are Dead erscheint am 14. Mai", {"release_date_announced reported 2027-05-14 00:00"}),
    ("All of Us Are Dead Staffel 2 verschoben: Neuer Starttermin ist der 21. Mai", {"delayed reported 2027-05-21 00:00"}),
])
def test_a_post_in_german_is_read_as_in_english(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 2, 10)) == expected


@table("headline", [
    "Netflix unveils 2027 Korean lineup: 'All of Us Are Dead 2', 'Kingdom' return among 25 titles",
    "Netflix 2027 slate: All of Us Are Dead Season 2 and more",
])
def test_a_years_line_up_listing_the_season_gives_that_year(headline: str) -> None:
    assert _window_readings(headline, dt.date(2026, 12, 3)) == {"release_window reported 2027"}


def test_a_season_named_beside_a_years_slate_without_listing_it_gives_no_year() -> None:
    assert _window_readings("Squid Game Season 3 and All of Us Are Dead Season 2 headline Netflix's 2027 slate",
                            dt.date(2027, 1, 14)) == set()


def _window_readings(headline: str, written: dt.date) -> set[str]:
    return {f"{f.milestone.value} {f.confidence.value} {f.window.label if f.window else f.release_at}"
            for f in read_headline(headline, written)}


@table(("headline", "expected"), [
    # Japanese 24-hour clock beside a Japanese day: Japan's time (16時 JST is 07:00 UTC)
    ("『今、私たちの学校は...』シーズン2 6月18日16時配信スタート", {"release_date_announced reported 2027-06-18 07:00"}),
    # Spain's peninsular time, Paris time, German time: Central European time as that day keeps it (summer: CEST)
    ("Estamos muertos 2 se estrena el 18 de junio a las 9:00 (hora peninsular)", {"release_date_announced reported 2027-06-18 07:00"}),
    ("All of Us Are Dead season 2 drops June 18 at 9:00 Paris time", {"release_date_announced reported 2027-06-18 07:00"}),
])
def test_an_hour_by_its_places_clock_is_read_in_that_places_zone(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 6, 10)) == expected


def test_a_central_european_hour_in_winter_is_cet() -> None:
    assert _readings("All of Us Are Dead season 2 drops January 15 at 9:00 Berlin time", dt.date(2027, 1, 10)) == {
        "release_date_announced reported 2027-01-15 08:00"}


@table(("headline", "expected"), [
    # the show "streaming now" before season 2 is named: season 1 is, season 2 is still to come
    ("All of Us Are Dead Is Streaming Now On Netflix, And Season 2 Is Coming In 2027", {"release_window reported"}),
    ("rewatching aouad s1 (streaming now on netflix!!) while we wait for s2", set()),
    # season 1 named as what streams now, wherever it stands: season 2's day after it is read
    ("All of Us Are Dead Turns 5: Season 1 Is Streaming Now Ahead of Season 2's March 26 Premiere",
     {"release_date_announced reported 2027-03-26 00:00"}),
    # season 2 itself streaming now is out, its name after a colon or a dash too
    ("All of Us Are Dead Season 2 is streaming now on Netflix", {"released reported"}),
    ("AOUAD: Season 2 is streaming now. Season 2 review inside", {"released reported"}),
])
def test_season_one_streaming_now_is_not_season_two_out(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2026, 12, 8)) == expected


@table("headline", [
    "[News] Netflix Korea's 2027 slate is out - AOUAD S2 listed for the first half",
    "the netflix 2027 lineup is out and aouad s2 is on it!!",
])
def test_a_slate_or_line_up_out_is_not_season_two_out(headline: str) -> None:
    assert "released reported" not in _readings(headline, dt.date(2026, 12, 9))


@table(("headline", "expected"), [
    # a plea for what should come next is no trailer out
    ("Kingdom 3 trailer out now. aouad 2 trailer next please netflix 🙏", set()),
    ("aouad s2 release date next pls", set()),
])
def test_a_plea_for_the_next_thing_announces_nothing(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 1, 18)) == expected


@table(("headline", "expected"), [
    # German: Netflix names the Starttermin ("ab 18. Juni"): the day announced
    ("All of Us Are Dead Staffel 2: Netflix nennt Starttermin – ab 18. Juni", {"release_date_announced reported 2027-06-18 00:00"}),
    # "ist jetzt auf Netflix": out
    ("All of Us Are Dead Staffel 2 ist jetzt auf Netflix", {"released reported"}),
])
def test_a_german_starttermin_is_the_day_and_jetzt_auf_netflix_is_out(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 3, 10)) == expected


@table(("headline", "expected"), [
    # Japanese 本予告 (the main trailer) 解禁 (let out): a trailer, no day
    ("『今、私たちの学校は...』シーズン2 本予告解禁!", {"trailer reported"}),
    ("『今、私たちの学校は...』シーズン2 新予告編公開", {"trailer reported"}),
])
def test_a_japanese_trailer_let_out_is_a_trailer(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 5, 20)) == expected


def test_our_season_to_follow_later_this_year_after_another_shows_day_is_this_years_window() -> None:
    found = read_headline("'Mask Girl 2' to premiere March 5, Netflix says; 'All of Us Are Dead 2' to follow later this year",
                          dt.date(2027, 1, 5))
    assert [(r.milestone.value, r.window.label if r.window else None, r.release_at) for r in found] == [
        ("release_window", "2027", None)]


@table(("headline", "expected"), [
    # Chinese, by the show's Chinese titles: 定档 (dated) with its day, 预告 (trailer) 公开, 上线 (up) on a day
    ("《我们的学校》第二季定档6月18日，Netflix独家播出", {"release_date_announced reported 2027-06-18 00:00"}),
    ("《僵尸校园》第二季正式预告公开", {"trailer reported"}),
    # another show's day beside ours still undated (仍未定档): nothing of ours
    ("《甜蜜家园》外传1月15日上线，《僵尸校园》第二季仍未定档", set()),
    # 明天 (tomorrow) up
    ("《僵尸校园》第二季明天上线", {"release_date_announced reported 2027-03-11 00:00"}),
    # 改档 / 改期 (rescheduled) with its new day: the release date changed to it
    ("《僵尸校园》第二季改档6月25日上线", {"release_date_changed reported 2027-06-25 00:00"}),
    ("《我们的学校》第二季改期至6月25日", {"release_date_changed reported 2027-06-25 00:00"}),
])
def test_a_chinese_post_naming_the_show_is_read_as_in_korean(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 3, 10)) == expected


def test_a_spanish_trailer_spelt_trailer_with_its_accent_is_a_trailer() -> None:
    assert _readings("Estamos muertos 2: Netflix lanza el tráiler oficial", dt.date(2027, 5, 20)) == {"trailer reported"}


@table(("headline", "expected"), [
    # Vietnamese: the show's title (Ngôi trường xác sống), "ấn định ngày phát hành" (sets the release date), day first
    ("Ngôi trường xác sống 2 chính thức ấn định ngày phát hành 18/6 trên Netflix", {"release_date_announced reported 2027-06-18 00:00"}),
    # Thai: the show's title (มัธยมซอมบี้), ซีซั่น 2, ฉาย (airs) and a month written short (มิ.ย.)
    ("มัธยมซอมบี้ ซีซั่น 2 ฉาย 18 มิ.ย. นี้ ทาง Netflix", {"release_date_announced reported 2027-06-18 00:00"}),
])
def test_a_vietnamese_or_thai_post_naming_the_show_gives_its_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 3, 11)) == expected


@table(("headline", "expected"), [
    # Vietnamese "đã lên sóng" (has gone on air), Thai ฉายแล้ว (has aired), written without spaces: out
    ("Ngôi trường xác sống 2 đã lên sóng Netflix", {"released reported"}),
    ("มัธยมซอมบี้ ซีซั่น 2 ฉายแล้ววันนี้ทาง Netflix", {"released reported"}),
])
def test_a_vietnamese_or_thai_post_saying_it_has_aired_is_out(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 4, 2)) == expected


@table(("headline", "expected"), [
    # German "verschiebt … um eine Woche auf den 2. April": put off a week, to that day
    ("Netflix verschiebt All of Us Are Dead Staffel 2 um eine Woche auf den 2. April", {"delayed reported 2027-04-02 00:00"}),
    # "morgen um 9 Uhr": tomorrow, nine o'clock by a German clock (CEST in April: 07:00 UTC)
    ("All of Us Are Dead Staffel 2 startet morgen um 9 Uhr auf Netflix", {"release_date_announced reported 2027-04-02 07:00"}),
])
def test_a_german_delay_to_a_day_and_an_hour_by_the_german_clock(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 4, 1) if "morgen" in headline else dt.date(2027, 2, 26)) == expected


@table(("headline", "written", "expected"), [
    # a British clock's hour: BST in summer, GMT in winter
    ("All of Us Are Dead season 2 drops June 18 at 8:00 UK time", dt.date(2027, 6, 10), {"release_date_announced reported 2027-06-18 07:00"}),
    ("All of Us Are Dead season 2 drops January 15 at 4pm london time", dt.date(2027, 1, 10),
     {"release_date_announced reported 2027-01-15 16:00"}),
    # a Central European hour with its "pm" keeps its afternoon
    ("All of Us Are Dead season 2 drops January 15 at 4pm paris time", dt.date(2027, 1, 10),
     {"release_date_announced reported 2027-01-15 15:00"}),
    # a weekday alone with its hour by a place's clock: that weekday's day
    ("aouad s2 friday 8am uk time!!! taking the morning off", dt.date(2027, 3, 30), {"release_date_announced reported 2027-04-02 07:00"}),
    # s2wild73: Sydney's clock, AEDT in March, AEST from April's first Sunday ("in Sydney" or "Sydney time")
    ("aouad 2 drops at 7pm in Sydney tomorrow", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 drops june 4 at 5pm sydney time", dt.date(2027, 4, 1), {"release_date_announced reported 2027-06-04 07:00"}),
    # review58d: a chart's place is no hour there ("top 10 in sydney" was 10:00 Sydney, the 18th in UTC)
    ("aouad 2 march 19, hoping it hits top 10 in sydney", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild74: hours listed by city between the verb and its day, a city straight after its hour (never a watch party's)
    ("aouad 2 drops 8am in London and 7pm in Sydney tomorrow!!", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-19 08:00"}),
    ("aouad 2 part 2 tomorrow, 9am London / 6pm Sydney", dt.date(2027, 4, 8), {"part_dated reported 2027-04-09 08:00"}),
    ("aouad 2 watch party 8am in London and 7pm in Sydney tomorrow", dt.date(2027, 3, 18), set()),
    ("aouad 2 part 2 watch party tomorrow, 9am London / 6pm Sydney", dt.date(2027, 4, 8), set()),
    ("All of Us Are Dead saison 2 vendredi à 9h, heure de Paris 🇫🇷", dt.date(2027, 3, 31),
     {"release_date_announced reported 2027-04-02 07:00"}),
])
def test_an_hour_by_a_clock_that_changes_is_read_by_that_days_clock(headline: str, written: dt.date,
                                                                    expected: set[str]) -> None:
    assert _readings(headline, written) == expected


def test_a_japanese_post_of_tomorrow_at_an_hour_is_that_hour_in_japan() -> None:
    # 明日 (tomorrow) 16時 (16:00 in Japan, as in Korea: 07:00 UTC)
    assert _readings("『今、私たちの学校は...』シーズン2 明日16時配信!", dt.date(2027, 4, 1)) == {
        "release_date_announced reported 2027-04-02 07:00"}


@table(("headline", "written", "expected"), [
    # a slashed day both orders fit: one passed, the other to come, so it is the one to come
    ("they moved aouad 2 to 4/2 😭 one more week of suffering", dt.date(2027, 2, 26),
     {"release_date_changed reported 2027-04-02 00:00"}),
    ("aouad s2 premieres 2/4!!", dt.date(2027, 3, 30), {"release_date_announced reported 2027-04-02 00:00"}),
    # both to come: it could be either, so neither
    ("aouad s2 premieres 3/4!!", dt.date(2027, 2, 26), set()),
])
def test_a_slashed_day_read_both_ways_is_the_one_still_to_come(headline: str, written: dt.date,
                                                                expected: set[str]) -> None:
    assert _readings(headline, written) == expected


@table("headline", [
    "netflix moved Moving 2 to april 9 lol at least aouad 2 stays april 2",  # another show moved, ours keeps its day
    "aouad s2 remains april 2, netflix says",
])
def test_a_day_the_season_stays_or_remains_on_is_its_day(headline: str) -> None:
    assert _readings(headline, dt.date(2027, 2, 27)) == {"release_date_announced reported 2027-04-02 00:00"}


@table(("headline", "expected"), [
    # Netflix dating its titles one by one, "<title> for <when>": ours is the one after our name
    ("Netflix confirms 'Weak Hero Class 3' for January 22, 'All of Us Are Dead 2' for first half of 2027",
     {"release_window reported"}),
    ("Netflix Slates 'All of Us Are Dead' Season 2 for March 26", {"release_date_announced reported 2027-03-26 00:00"}),
    # the cast "for" an event's day: the event's
    ("Netflix confirms 'All of Us Are Dead 2' cast for March 26 fan meeting", {"casting reported"}),
])
def test_a_title_dated_for_a_day_or_a_window_is_the_seasons_when_it_is_ours(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2026, 12, 7)) == expected


@table(("headline", "expected"), [
    # the day a saying verb was said on, before "that" or a comma, is the statement's: never the release's
    ("Netflix revealed on February 16 that All of Us Are Dead season 2 premieres April 2",
     {"release_date_announced reported 2027-04-02 00:00"}),
    ("All of Us Are Dead season 2, announced on February 16, arrives later this year", {"release_window reported"}),
    ("Netflix confirmed Feb 16 that All of Us Are Dead season 2 premieres April 2",
     {"release_date_announced reported 2027-04-02 00:00"}),
    ("All of Us Are Dead season 2 was announced February 16 for a later release", set()),
])
def test_the_day_a_statement_was_made_on_is_not_the_release_day(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 2, 16)) == expected


@table(("headline", "written", "expected"), [
    # zones48: the zone a post names wins over its language's own clock, said after the hour or before its day ...
    ("지우학2 모레 오후 3시 (GMT+8) 공개", dt.date(2027, 7, 7), {"release_date_announced reported 2027-07-09 07:00"}),
    ("지금 우리 학교는 시즌2 내일 오전 9시 CEST 공개", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("지우학2 내일 오후 4시 JST 공개", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("지우학2 베이징 시간 내일 오후 3시 공개", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("All of Us Are Dead Staffel 2 startet morgen um 16 Uhr koreanischer Zeit", dt.date(2027, 7, 8),
     {"release_date_announced reported 2027-07-09 07:00"}),
    ("Non siamo più vivi 2 domani alle 16 (ora di Seoul) su Netflix", dt.date(2027, 7, 8),
     {"release_date_announced reported 2027-07-09 07:00"}),
    ("Ngôi trường xác sống 2 lên sóng 16h ngày 9/7 (giờ Hàn Quốc)", dt.date(2027, 7, 1),
     {"release_date_announced reported 2027-07-09 07:00"}),
    ("Hepimiz Öldük 2 yarın saat 16.00'da Kore saatiyle", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("《僵尸校园2》韩国时间7月9日下午4点上线", dt.date(2027, 7, 1), {"release_date_announced reported 2027-07-09 07:00"}),
    ("《僵尸校园2》美东时间7月9日凌晨3点上线", dt.date(2027, 7, 1), {"release_date_announced reported 2027-07-09 07:00"}),
    ("《僵尸校园2》明天下午4点（韩国时间）上线", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("All of Us Are Dead Staffel 2 startet morgen um 9 Uhr MESZ", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("All of Us Are Dead 2 morgen um 16 Uhr KST auf Netflix", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("All of Us Are Dead 2 bukas na, 3PM PHT!", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("All of Us Are Dead 2 esok jam 3 petang waktu Malaysia", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("Estamos Mortos 2 estreia amanhã 16h (KST)", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("All of Us Are Dead 2 sort demain à 3h, heure de Montréal", dt.date(2027, 7, 8),
     {"release_date_announced reported 2027-07-09 07:00"}),
    ("All of Us Are Dead 2 rilis besok jam 4 sore KST", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("Estamos Mortos 2 chega amanhã às 8h (hora de Lisboa)", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("AOUAD 2 premieres tomorrow 10am CET/CEST", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 08:00"}),
    ("Estamos Muertos 2 mañana a las 2 a.m. CST 🇲🇽", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 08:00"}),
    # ... the language's own clock still read when no zone is said ...
    ("지우학2 내일 오후 4시 공개", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    ("Non siamo più vivi 2 oggi alle 9 su Netflix", dt.date(2027, 7, 9), {"release_date_announced reported 2027-07-09 07:00"}),
    # (a zone's name that is a word too is no zone in small letters: German "ist", is)
    ("All of Us Are Dead Staffel 2 startet morgen um 16 Uhr, ist es bald soweit", dt.date(2027, 7, 8),
     {"release_date_announced reported 2027-07-09 14:00"}),
    ("All of Us Are Dead 2 premieres July 9 — tonight at midnight PT", dt.date(2027, 7, 8),
     {"release_date_announced reported 2027-07-09 07:00"}),
    # ... an ambiguous zone is not guessed (the day alone: Spanish is typed in Mexico, UTC-6, and in the US, where July's Central
    # time is UTC-5), and an hour said "tonight" about another day is that evening's
    ("Estamos Muertos 2 mañana a la 1 a.m. CST", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 00:00"}),
    ("All of Us Are Dead 2 arrives July 9 on Netflix! Stream with us tonight 8pm KST", dt.date(2027, 7, 1),
     {"release_date_announced reported 2027-07-09 00:00"}),
    ("지우학2 7월 9일 공개! 오늘 밤 9시 윤찬영 라이브", dt.date(2027, 7, 1), {"release_date_announced reported 2027-07-09 00:00"}),
    ("AOUAD 2 premieres July 9, and it's tomorrow at 4pm KST!", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 07:00"}),
    # ... nor an hour a live names in its own clause
    ("All of Us Are Dead 2 sort demain, live à 20h CEST", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 00:00"}),
    ("Estamos Mortos 2 estreia amanhã, live às 20h BRT", dt.date(2027, 7, 8), {"release_date_announced reported 2027-07-09 00:00"}),
    ("Non siamo più vivi 2 domani! Diretta col cast alle 13 ora coreana", dt.date(2027, 7, 8),
     {"release_date_announced reported 2027-07-09 00:00"}),
    ("Hepimiz Öldük 2 yarın! Oyuncular saat 13.00'te Kore saatiyle canlı yayında", dt.date(2027, 7, 8),
     {"release_date_announced reported 2027-07-09 00:00"}),
    ("All of Us Are Dead 2 esok! Tonton bersama jam 9 malam waktu Malaysia", dt.date(2027, 7, 8),
     {"release_date_announced reported 2027-07-09 00:00"}),
])
def test_the_hour_keeps_the_zone_the_post_names(headline: str, written: dt.date, expected: set[str]) -> None:
    assert _readings(headline, written) == expected


@table(("headline", "written", "expected"), [
    # s2wild50: the halves of a year a slate gives, its year or the slate's, in Turkish, German, Dutch, Tagalog, Polish,
    # Russian, Thai, Arabic and Hindi
    ("Netflix 2027 listesini açıkladı: Hepimiz Öldük 2 yılın ilk yarısında geliyor", dt.date(2027, 1, 13),
     {"release_window reported the first half of 2027"}),
    ("Netflix-Slate 2027: All of Us Are Dead Staffel 2 kommt im ersten Halbjahr", dt.date(2027, 1, 13),
     {"release_window reported the first half of 2027"}),
    ("All of Us Are Dead seizoen 2 komt in de eerste helft van 2027 naar Netflix", dt.date(2027, 1, 13),
     {"release_window reported the first half of 2027"}),
    ("Kumpirmado na! AOUAD 2 sa first half ng 2027 💀", dt.date(2027, 1, 13), {"release_window reported the first half of 2027"}),
    ("Netflix: 2. sezon „Wszyscy jesteśmy martwi” w pierwszej połowie 2027", dt.date(2027, 1, 13),
     {"release_window reported the first half of 2027"}),
    ("«Мы все мертвы»: 2 сезон выйдет в первой половине 2027 года", dt.date(2027, 1, 13),
     {"release_window reported the first half of 2027"}),
    ("Netflix เผยไลน์อัพปี 2027 มัธยมซอมบี้ 2 มาครึ่งปีแรก!", dt.date(2027, 1, 13), {"release_window reported the first half of 2027"}),
    ("نتفليكس تكشف قائمة 2027: الموسم الثاني من All of Us Are Dead في النصف الأول من العام", dt.date(2027, 1, 13),
     {"release_window reported the first half of 2027"}),
    ("Netflix ने 2027 की लिस्ट जारी की: All of Us Are Dead सीज़न 2 साल की पहली छमाही में", dt.date(2027, 1, 13),
     {"release_window reported the first half of 2027"}),
    # the start of next year and a quarter said in Chinese, French, Indonesian, Hindi, Dutch; 或 (maybe) is a rumour
    ("《僵尸校园2》或明年初上线，网飞暂未官宣", dt.date(2026, 12, 16), {"release_window rumour early 2027"}),
    # review49: ... wherever 或 stands before the time (after the season's own words too); one month 或 another is both
    ("《僵尸校园》第二季或明年初上线", dt.date(2026, 12, 16), {"release_window rumour early 2027"}),
    ("僵尸校园2或于明年上半年上线", dt.date(2026, 12, 16), {"release_window rumour the first half of 2027"}),
    ("《僵尸校园》第二季3月或4月上线", dt.date(2026, 12, 16), {"release_window reported March or April 2027"}),
    ("《僵尸校园2》3月或者4月上线", dt.date(2026, 12, 16), {"release_window reported March or April 2027"}),  # (was March alone)
    ("『今、私たちの学校は』シーズン2、3月か4月に配信へ", dt.date(2026, 12, 16), {"release_window reported March or April 2027"}),
    ("Netflix 2027片單：《殭屍校園2》第一季度上線", dt.date(2027, 1, 13), {"release_window reported Q1 2027"}),
    ("All of Us Are Dead saison 2 : sortie prévue début 2027 sur Netflix 🧟", dt.date(2026, 12, 11), {"release_window reported early 2027"}),
    ("All of Us Are Dead musim 2 akan ditayangkan awal 2027 di Netflix", dt.date(2026, 12, 11), {"release_window reported early 2027"}),
    ("All of Us Are Dead सीज़न 2 अगले साल की शुरुआत में Netflix पर आएगा 🔥", dt.date(2026, 12, 14), {"release_window reported early 2027"}),
    ("All of Us Are Dead seizoen 2 komt begin 2027 naar Netflix", dt.date(2026, 12, 9), {"release_window reported early 2027"}),
    # a slate list's "— 2027" entry (another show's day before it is never ours), a fan's "H1 2027 confirmed", an insider's "in Q1 👀"
    ("Kingdom 3 — Feb 26 / Moving 2 — March 19 / All of Us Are Dead S2 — spring", dt.date(2027, 1, 13), {"release_window reported spring 2027"}),
    ("NETFLIX 2027 SLATE: Kingdom 3 — Feb 26 / Moving 2 — March 19 / All of Us Are Dead S2 — 2027 / Hellbound 3 — TBA",
     dt.date(2027, 1, 13), {"release_window reported 2027"}),
    ("AOUAD S2 H1 2027 confirmed by netflix korea's year-end reel 🙏", dt.date(2026, 12, 20),
     {"release_window reported the first half of 2027"}),
    ("insiders say aouad s2 in Q1 👀 i'll believe it when netflix says it", dt.date(2026, 12, 22), {"release_window rumour Q1 2027"}),
    # s2wild51: a year's line-up said to include the season, in English, Spanish and Korean; French "au début de l'année
    # prochaine"; what Netflix says beside a teaser out, or on the teaser's own card
    ("netflix 2027 lineup is out and aouad 2 is on it!!! 🧟🧟", dt.date(2027, 1, 13), {"release_window reported 2027"}),
    ("Netflix confirmed its 2027 slate — All of Us Are Dead 2 is on it, no date yet", dt.date(2027, 1, 13), {"release_window reported 2027"}),
    ("Estamos muertos 2 está en el lineup 2027 de Netflix 🙌 sin fecha todavía", dt.date(2027, 1, 13), {"release_window reported 2027"}),
    ("넷플릭스 2027 라인업에 지우학2 포함!! 날짜는 아직", dt.date(2027, 1, 13), {"release_window reported 2027"}),
    ("La saison 2 d'All of Us Are Dead arrive au début de l'année prochaine sur Netflix", dt.date(2026, 12, 30),
     {"release_window reported early 2027"}),
    ("aouad 2 teaser is OUT and netflix says first half of 2027 😭🧟", dt.date(2027, 1, 13),
     {"teaser reported None", "release_window reported the first half of 2027"}),
    ("All of Us Are Dead: Season 2 | Official Teaser | First Half of 2027 | Netflix", dt.date(2027, 1, 13),
     {"teaser reported None", "release_window reported the first half of 2027"}),
    # a rumour answered by what Netflix officially said: what Netflix said, in Korean, Spanish, Chinese, Japanese, English
    ("지우학2 3월 공개설 돌지만 넷플릭스 공식 발표는 상반기", dt.date(2027, 1, 19), {"release_window reported the first half of 2027"}),
    ("Dicen que Estamos muertos 2 llega en marzo, pero Netflix solo confirmó el primer semestre", dt.date(2027, 1, 19),
     {"release_window reported the first half of 2027"}),
    ("传《僵尸校园2》3月上线，但网飞官方只说上半年", dt.date(2027, 1, 19), {"release_window reported the first half of 2027"}),
    ("今私2、3月配信の噂もあったけど公式は4月9日", dt.date(2027, 2, 10), {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    ("aouad 2 rumoured for march 👀 netflix only confirmed first half though", dt.date(2027, 1, 18),
     {"release_window reported the first half of 2027"}),
    # material named first still carries the season's own release when it says so; a date told with its day is that day
    ("Trailer for All of Us Are Dead Season 2 confirms release in early 2027", dt.date(2027, 1, 13), {"release_window reported early 2027"}),
    ("Tanggal rilis AOUAD 2 resmi diumumkan: 9 April", dt.date(2027, 2, 9), {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    ("aouad 2 release date is friday!!! 🧟🧟", dt.date(2027, 4, 5), {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    # s2wild52: the meme's "Rumor: … Netflix: …" is Netflix's word; a post a line per clause with one title is one sentence
    ("Rumor: aouad 2 in march. Netflix: 'first half'. Me: 😐", dt.date(2027, 1, 20), {"release_window reported the first half of 2027"}),
    ("aouad 2\ncomes out\napril 9\nwho else is screaming", dt.date(2027, 2, 9),
     {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    ("Netflix 2027 lineup out; Disney+ 2027 lineup out. netflix 2027 lineup is out and aouad 2 is on it!!!", dt.date(2027, 1, 13),
     {"release_window reported 2027"}),
    # a year's line-up said to include the season in Chinese, Japanese and Italian
    ("网飞2027片单公布，《僵尸校园2》在列", dt.date(2027, 1, 13), {"release_window reported 2027"}),
    ("Netflix 2027年ラインナップに今私2入ってた！", dt.date(2027, 1, 13), {"release_window reported 2027"}),
    ("La line-up Netflix 2027 include anche Non siamo più vivi 2 🧟", dt.date(2027, 1, 13), {"release_window reported 2027"}),
    # s2wild62: Netflix's line-up event by its name, the season said to be on a year's line-up, a month Netflix is reported to
    # have in mind (English, Indonesian)
    ("Next on Netflix Korea 2027: All of Us Are Dead Season 2, Kingdom Season 3 and 22 More", dt.date(2026, 12, 8),
     {"release_window reported 2027"}),
    ("Al of us are dead 2 is on netflix's 2027 lineup!!! spring 2027 🧟", dt.date(2026, 12, 14), {"release_window reported spring 2027"}),
    ('Netflix Reportedly Pencilling In March For "All Of Us Are Dead" Season 2', dt.date(2027, 1, 5), {"release_window rumour March 2027"}),
    ("netflix is mulling march for aouad 2 apparently, kingdom 3 stays feb 26", dt.date(2027, 1, 6), {"release_window rumour March 2027"}),
    # s2wild67: a fan's "probably", "maybe" or 아마 of their own evening or feelings hedges no news beside it
    ("aouad 2 is out now, probably watching all of it tonight", dt.date(2027, 3, 19), {"released reported None"}),
    ("maybe the best news this year: aouad 2 march 19", dt.date(2027, 1, 28), {"release_date_announced reported 2027-03-19 00:00:00+00:00"}),
    ("aouad 2 on march 19!! no prob in waiting now", dt.date(2027, 1, 28), {"release_date_announced reported 2027-03-19 00:00:00+00:00"}),
    ("지우학2 3월 19일 공개 확정!! 아마 제일 기다린 소식", dt.date(2027, 1, 28),
     {"release_date_announced reported 2027-03-19 00:00:00+00:00"}),
    ("Netflix dikabarkan incar Maret untuk All of Us Are Dead 2", dt.date(2027, 1, 7), {"release_window rumour March 2027"}),
    # a trailer named first, then the season's own day after "and", a colon or a dash (English, Spanish, German)
    ("The aouad 2 trailer is out and the season premieres April 9 🧟", dt.date(2027, 2, 16),
     {"trailer reported None", "release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    ("Trailer de Estamos muertos 2: la temporada llega el 9 de abril", dt.date(2027, 2, 16),
     {"trailer reported None", "release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    ("Der Trailer zu All of Us Are Dead Staffel 2 ist da – Start am 9. April", dt.date(2027, 2, 16),
     {"trailer reported None", "release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    ("Wszyscy jesteśmy martwi 2: zwiastun 1 kwietnia, premiera 9 kwietnia", dt.date(2027, 2, 16),  # (Polish, s2wild59)
     {"trailer reported None", "release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    # an announcement written a clause a line is one sentence, not a list: its day is the season's
    ("The wait is over.\nAll of Us Are Dead Season 2\nApril 9, 2027", dt.date(2027, 2, 9),
     {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    ("They're back.\nAll of Us Are Dead 2\nApril 9\nOnly on Netflix", dt.date(2027, 2, 9),
     {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    ("NETFLIX CONFIRMED\nall of us are dead 2\napril 9", dt.date(2027, 2, 9), {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
])
def test_a_slates_window_is_read_in_the_words_a_slate_season_uses(headline: str, written: dt.date, expected: set[str]) -> None:
    assert _window_readings(headline, written) == expected


@table(("headline", "written"), [
    # s2wild50: a trailer's half of the year is not the season's; a date
    # announcement to come is no release day; a fan's prayer is no window (3月或4月, March or April, is both months as
    # "march or april" and "3월 또는 4월" are: review49, above)
    ("Hepimiz Öldük 2 fragmanı yılın ilk yarısında geliyor", dt.date(2027, 1, 13)),
    ("netflix korea said a date announcement is coming tomorrow 😭😭 aouad 2", dt.date(2027, 2, 8)),
    ("AOUAD 2 date announcement coming tomorrow?? netflix korea just posted a save the date 👀", dt.date(2027, 1, 12)),
    ("aouad s2 in may 🙏", dt.date(2026, 12, 22)),
    # s2wild51: material named first owns its window (German, Indonesian, French); the day the date is to be told (Korean,
    # French, Indonesian); another show's day in a list written line by line; a hope for a line-up; a wish with emoji
    ("Der Trailer zu All of Us Are Dead Staffel 2 kommt 2027, einen Starttermin gibt es noch nicht", dt.date(2026, 12, 21)),
    ("Poster resmi All of Us Are Dead 2 rilis awal 2027", dt.date(2026, 12, 23)),
    ("Le premier teaser d'All of Us Are Dead 2 arrive début 2027, pas la série", dt.date(2026, 12, 23)),
    ("내일, 공개일이 공개됩니다. 🧟 #지금우리학교는2", dt.date(2027, 2, 8)),
    ("Netflix dévoilera la date de sortie d'All of Us Are Dead 2 le 9 février", dt.date(2027, 2, 8)),
    ("Tanggal rilis AOUAD 2 diumumkan besok!", dt.date(2027, 2, 8)),
    ("2027 K-dramas on Netflix:\nKingdom 3 — Feb 26\nAll of Us Are Dead 2 — first half\nMoving 2 — Mar 19", dt.date(2027, 1, 13)),
    ("netflix 2027 lineup tomorrow, hope aouad 2 is on it 🙏", dt.date(2027, 1, 12)),
    ("pls netflix drop aouad 2 in march 🙏🙏🧟", dt.date(2027, 1, 26)),
    ("netflix says the aouad 2 trailer drops early 2027 👀", dt.date(2026, 12, 20)),
    ("传《僵尸校园2》3月上线，但官方否认3月", dt.date(2027, 1, 19)),  # Netflix's part denies: nothing it said stands as a window
    ("if the 2027 lineup is real aouad 2 is on it", dt.date(2027, 1, 13)),
    ("my friend is eyeing march for an aouad 2 rewatch", dt.date(2027, 1, 5)),  # a fan's plan (s2wild62)
    ("aouad 2 is on netflix's 2027 lineup?", dt.date(2026, 12, 14)),
    ("aouad 2 release date is friday's announcement, not the show", dt.date(2027, 4, 5)),
    # s2wild52: the date said to be told, passive (English, French, Spanish, Portuguese); Netflix's word given to another show;
    # another service's line-up of a year
    ("aouad 2 release date to be announced on february 9", dt.date(2027, 2, 4)),
    ("La date de sortie d'All of Us Are Dead 2 sera révélée le 9 février", dt.date(2027, 2, 4)),
    ("La fecha de estreno de Estamos muertos 2 será revelada el 9 de febrero", dt.date(2027, 2, 4)),
    ("A data de estreia de Estamos Mortos 2 será anunciada dia 9 de fevereiro", dt.date(2027, 2, 4)),
    ("kingdom 3 was rumoured for march but netflix confirmed feb 26. aouad 2 still nothing 😭", dt.date(2027, 1, 20)),
    ("今私2は3月配信って噂だったけど、公式が4月2日と発表したのはムービング2の方だよ", dt.date(2027, 1, 30)),
    ("Se rumoreaba marzo para Estamos muertos 2, pero Netflix confirmó el 26 de febrero para Kingdom 3", dt.date(2027, 1, 30)),
    ("tvN 2027 라인업 공개…지우학2는 넷플릭스라 없음", dt.date(2027, 1, 9)),
    ("Disney+ 2027 lineup just dropped, aouad 2 is netflix so not there", dt.date(2027, 1, 8)),
    ("Kingdom 3 trailer is out and the season premieres Feb 26. aouad 2 still nothing 😭", dt.date(2027, 2, 16)),
    ("Netflix 2026年ラインナップに今私2入ってなかった", dt.date(2026, 12, 20)),
    ("迪士尼2027片单公布，《僵尸校园2》不在列", dt.date(2027, 1, 13)),
    # what Netflix said beside a rumour, about something else: that thing's day, never the season's
    ("heard aouad 2 drops in march but netflix official says the teaser comes april 2", dt.date(2027, 2, 9)),
    ("aouad 2 rumoured for march but netflix korea's fan meeting is on march 20", dt.date(2027, 2, 9)),
    ("reportedly aouad 2 in march, but netflix's official instagram posted the cast photo on april 9", dt.date(2027, 2, 9)),
    ("지우학2 4월 공개설 있는데 넷플릭스 공식 입장은 팬미팅 3월 20일", dt.date(2027, 2, 9)),
    ("rumours say aouad 2 in march but netflix officially confirmed kingdom 3 for march 5", dt.date(2027, 2, 9)),
])
def test_a_slate_seasons_lookalike_gives_the_season_no_day_nor_other_window(headline: str, written: dt.date) -> None:
    assert not any(r.startswith(("release_date", "release_window")) for r in _window_readings(headline, written))


def test_material_cited_for_what_it_shows_is_no_news_that_it_is_out() -> None:
    # s2wild51: "according to the teaser" talks of a teaser already out
    assert _window_readings("the first half of aouad 2 ep 1 is all flashbacks according to the teaser lol", dt.date(2027, 2, 20)) == set()


def test_a_rumour_beside_what_netflix_still_says_reads_what_stands() -> None:
    # s2wild50: the confirmed day is not overturned by the rumour said before it
    assert _window_readings("heard aouad 2 might be moved up to april 2?? netflix still says april 9", dt.date(2027, 2, 20)) == {
        "release_date_announced reported 2027-04-09 00:00:00+00:00"}


@table(("headline", "written", "expected"), [
    # s2wild53: the day the date is announced and the countdown after it. A day moved reads the new day, never the old one
    ("they said march 19 but netflix just moved aouad 2 to march 26 💀", dt.date(2027, 3, 1),
     {"release_date_changed reported 2027-03-26 00:00:00+00:00"}),
    # Japanese in kanji alone (今私2 … 16時配信) and a Chinese hour after its clock (北京时间下午3点)
    ("今私2、3月19日16時配信決定！", dt.date(2027, 2, 10), {"release_date_announced reported 2027-03-19 07:00:00+00:00"}),
    ("明天北京时间下午3点《僵尸校园2》上线！", dt.date(2027, 3, 25), {"release_date_announced reported 2027-03-26 07:00:00+00:00"}),
    # a count cried out before the name, a Korean fan's count after an English name, D-day
    ("in two weeks!!! aouad 2 🧟🧟", dt.date(2027, 3, 12), {"release_date_announced reported 2027-03-26 00:00:00+00:00"}),
    ("5 weeks from today!!! aouad 2 🧟", dt.date(2027, 2, 12), {"release_date_announced reported 2027-03-19 00:00:00+00:00"}),
    ("Sweet Home 4 D-1 🏠 and aouad 2 D-8 🧟", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-26 00:00:00+00:00"}),
    ("D-day!!! 지우학2 오늘 오후 4시 🧟", dt.date(2027, 3, 26), {"release_date_announced reported 2027-03-26 07:00:00+00:00"}),
    # Polish "od" (from) its day, Tagalog "sa" (on), Russian "премьера" (premiere) with Moscow's hour
    ("Netflix ujawnił datę: Wszyscy jesteśmy martwi 2 od 19 marca", dt.date(2027, 2, 11),
     {"release_date_announced reported 2027-03-19 00:00:00+00:00"}),
    ("AOUAD 2 sa March 19, 3pm PH time!!! 😭", dt.date(2027, 2, 10), {"release_date_announced reported 2027-03-19 07:00:00+00:00"}),
    ("AOUAD 2 March 19, 2pm Bangkok time 🇹🇭", dt.date(2027, 2, 10), {"release_date_announced reported 2027-03-19 07:00:00+00:00"}),
    ("«Мы все мертвы» 2: премьера 19.03.2027 в 10:00 по Москве", dt.date(2027, 2, 10),
     {"release_date_announced reported 2027-03-19 07:00:00+00:00"}),
    # a numeric day with its year; the date said to be out, then the day; the day still after a delay to a month denied
    ("aouad 2 is 03/19/2027!!! clear your schedules", dt.date(2027, 2, 10), {"release_date_announced reported 2027-03-19 00:00:00+00:00"}),
    ("aouad 2 date is out!!! 3.19 🧟", dt.date(2027, 2, 10), {"release_date_announced reported 2027-03-19 00:00:00+00:00"}),
    ("no, aouad 2 is NOT pushed to april. still march 26", dt.date(2027, 3, 9), {"release_date_announced reported 2027-03-26 00:00:00+00:00"}),
    # the show itself (본편) beside its poster's day, after a comma
    ("지우학2 메인 포스터 2/15 공개, 본편은 3/19", dt.date(2027, 2, 10), {"release_date_announced reported 2027-03-19 00:00:00+00:00"}),
    # s2wild54: a table of cities' clocks, the city first, a line each (run together) or between bars: the first city's hour
    ("AOUAD 2 — April 9 🧟\n🇰🇷 Seoul 4pm\n🇯🇵 Tokyo 4pm\n🇵🇭 Manila 3pm\n🇬🇧 London 8am\n🇺🇸 LA 12am", dt.date(2027, 2, 16),
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("AOUAD 2 — April 9 🧟\n🇬🇧 London 8am\n🇰🇷 Seoul 4pm", dt.date(2027, 2, 16),  # (London's summer clock: BST)
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("AOUAD 2 tomorrow 🧟\nSeoul 4pm | Manila 3pm | Jakarta 2pm | London 8am | New York 3am | LA midnight", dt.date(2027, 4, 15),
     {"release_date_announced reported 2027-04-16 07:00:00+00:00"}),
    ("Jadwal tayang All of Us Are Dead 2 (9 April): Jakarta 14.00 WIB, Bangkok 14.00, Sydney 17.00 AEST", dt.date(2027, 2, 16),
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("aouad 2 april 9!! seoul 4pm / london 8am / paris 9am", dt.date(2027, 3, 1), {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("aouad 2 april 9 🇫🇷 Paris 9am", dt.date(2027, 3, 1), {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("AOUAD 2 april 9 🇰🇷 16:00 🇵🇭 15:00 🇮🇩 14:00", dt.date(2027, 3, 1), {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("AOUAD 2 April 9 🧟\n🇮🇳 Mumbai 12:30pm\n🇸🇬 Singapore 3pm\n🇹🇭 Bangkok 2pm", dt.date(2027, 2, 16),  # (bot.zones.PLACES' cities)
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("AOUAD 2 april 9: Seoul 4:00", dt.date(2027, 3, 1),  # (4:00 with no a.m. nor p.m.: no hour guessed)
     {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    # a German count of weeks left; a move to a month called fake or denied, then the day that stands
    ("Noch zwei Wochen bis All of Us Are Dead Staffel 2 🧟", dt.date(2027, 4, 2), {"release_date_announced reported 2027-04-16 00:00:00+00:00"}),
    ("someone said aouad 2 moved to may again, fake. still april 16", dt.date(2027, 3, 18),
     {"release_date_announced reported 2027-04-16 00:00:00+00:00"}),
    ("aouad 2 NOT moved to may. still april 16", dt.date(2027, 3, 18), {"release_date_announced reported 2027-04-16 00:00:00+00:00"}),
    ("지우학2 4월 16일 연기설 사실무근…4월 9일 그대로", dt.date(2027, 3, 1), {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    ("《僵尸校园2》推迟到4月16日是假的，还是4月9日", dt.date(2027, 3, 1), {"release_date_announced reported 2027-04-09 00:00:00+00:00"}),
    # s2wild55: a zone table's hour on the day before for the Americas ("(Apr 8)", "(prev day)") or listed before Seoul's: the
    # release keeps its own day and hour; a zone then its hour; Latin American flags
    ("AOUAD 2 drops April 9 🧟\n🇺🇸 Honolulu 9pm (Apr 8)\n🇺🇸 LA 12am\n🇰🇷 Seoul 4pm", dt.date(2027, 2, 16),
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("AOUAD 2 April 9!! Honolulu 9pm (Apr 8), LA 12am, Seoul 4pm", dt.date(2027, 2, 16),
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("AOUAD 2 April 9: Honolulu 9pm | LA 12am | Seoul 4pm", dt.date(2027, 2, 16),
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("aouad 2 april 9 release times:\nAnchorage 11pm (4/8)\nLA 12am\nMexico City 1am\nSeoul 4pm", dt.date(2027, 2, 16),
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("Estamos muertos 2 — 16 de abril\n🇲🇽 CDMX 1:00\n🇦🇷 Buenos Aires 4:00\n🇪🇸 Madrid 9:00", dt.date(2027, 4, 14),  # (one moment)
     {"release_date_announced reported 2027-04-16 07:00:00+00:00"}),
    ("Estamos muertos 2 — 16 de abril\n🇲🇽 CDMX 1:00\n🇦🇷 Buenos Aires 5:00", dt.date(2027, 4, 14),  # (two: no hour guessed)
     {"release_date_announced reported 2027-04-16 00:00:00+00:00"}),
    ("AOUAD 2 drops 4pm KST (April 16)", dt.date(2027, 3, 20), {"release_date_announced reported 2027-04-16 07:00:00+00:00"}),
    ("aouad 2 drops\n🇺🇸 Hawaii: Thu Apr 8, 9pm\n🇺🇸 LA: Fri Apr 9, 12am\n🇰🇷 Seoul: Fri Apr 9, 4pm", dt.date(2027, 2, 16),
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    ("Jadwal tayang All of Us Are Dead 2 16 April 🧟 WIB 14.00 | WITA 15.00 | WIT 16.00", dt.date(2027, 4, 14),
     {"release_date_announced reported 2027-04-16 07:00:00+00:00"}),
    ("Estamos muertos 2 llega el 9 de abril 🧟\n🇲🇽 1:00 a.m.\n🇨🇴 2:00 a.m.\n🇦🇷 4:00 a.m.", dt.date(2027, 2, 16),
     {"release_date_announced reported 2027-04-09 07:00:00+00:00"}),
    # ... a premiere event named beside the release's day, after a comma, in Korean, Japanese and Chinese
    ("지우학2 4월 13일 쇼케이스, 4월 16일 넷플릭스 공개", dt.date(2027, 4, 1), {"release_date_announced reported 2027-04-16 00:00:00+00:00"}),
    ("「今私2」4月13日ソウルでプレミア開催、配信は4月16日16時", dt.date(2027, 4, 2),
     {"release_date_announced reported 2027-04-16 07:00:00+00:00"}),
    ("《僵尸校园2》4月13日首尔举行首映礼，4月16日全球上线", dt.date(2027, 4, 2), {"release_date_announced reported 2027-04-16 00:00:00+00:00"}),
    # s2wild56: a slate's window for ours beside another show's day written first on the next line, in katakana, or said to be
    # the other show's; season 1's anniversary day; a window in Russian and Hindi; "confirmed for" a window
    ("📅 Netflix K-dramas 2027\nJan 22 — Kingdom 3\nAll of Us Are Dead 2 — spring\nFeb 5 — Moving 2", dt.date(2026, 12, 9),
     {"release_window reported spring 2027"}),
    ("Netflix韓国の2027ラインナップ、今私2は上半期配信！キングダム3は1月22日", dt.date(2026, 12, 16),
     {"release_window reported the first half of 2027"}),
    ("aouad 2 is q1 2027, jan 22 is kingdom 3", dt.date(2026, 12, 19), set()),  # (the 22nd Kingdom's; "is q1" alone: a miss)
    ("All of Us Are Dead cumple 5 años el 28 de enero y la temporada 2 llega a principios de 2027", dt.date(2026, 12, 28),
     {"release_window reported early 2027"}),
    ("«Мы все мертвы» 2 сезон выйдет в начале 2027 года, «Королевство» 3 — 22 января", dt.date(2026, 12, 16),
     {"release_window reported early 2027"}),
    ("All of Us Are Dead सीज़न 2 2027 की पहली तिमाही में आएगा", dt.date(2026, 12, 16), {"release_window reported Q1 2027"}),
    ("All of Us Are Dead season 2 is confirmed for the first quarter of 2027", dt.date(2026, 12, 17), {"release_window reported Q1 2027"}),
    ("netflix 2027 lineup: kingdom 3 jan 22, aouad 2, moving 2 feb 5", dt.date(2026, 12, 9), {"release_window reported 2027"}),
    # ... the first quarter and the spring abroad, beside another show's day or not
    ("Hepimiz Öldük 2, 2027'nin ilk çeyreğinde Netflix'te", dt.date(2026, 12, 16), {"release_window reported Q1 2027"}),
    ("نتفليكس: الموسم الثاني من All of Us Are Dead في الربع الأول من 2027", dt.date(2026, 12, 16), {"release_window reported Q1 2027"}),
    ("All of Us Are Dead saison 2 au premier trimestre 2027", dt.date(2026, 12, 16), {"release_window reported Q1 2027"}),
    ("Estamos Mortos 2 chega no 1º trimestre de 2027", dt.date(2026, 12, 16), {"release_window reported Q1 2027"}),
    ("Estamos muertos 2 llega en el primer trimestre.", dt.date(2026, 12, 16), {"release_window reported Q1 2027"}),
    ("Non siamo più vivi 2 arriverà nella primavera 2027, Kingdom 3 il 22 gennaio", dt.date(2026, 12, 16),
     {"release_window reported spring 2027"}),
    ("Netflix 2027: „Wszyscy jesteśmy martwi” 2 wiosną 2027", dt.date(2026, 12, 16), {"release_window reported spring 2027"}),
    ("All of Us Are Dead seizoen 2 komt in het voorjaar van 2027", dt.date(2026, 12, 16), {"release_window reported spring 2027"}),
    ("มัธยมซอมบี้ 2 มาไตรมาสแรกปี 2027 🧟", dt.date(2026, 12, 16), {"release_window reported Q1 2027"}),
    ("Ngôi trường xác sống 2 lên sóng đầu năm 2027, Vương triều xác sống 3 ngày 22/1", dt.date(2026, 12, 16),
     {"release_window reported early 2027"}),
    ("rumour says aouad 2 jan 29, netflix says Q1", dt.date(2026, 12, 19), {"release_window reported Q1 2027"}),
    ("AOUAD 2 set for June by Netflix", dt.date(2026, 12, 19), {"release_window reported June 2027"}),  # (Netflix's "by")
    # ... a roundup's "and More" after its last title, a list's header line: said of every title, ours with no window of its own
    ("All of Us Are Dead Season 2, Kingdom Season 3 and More Coming in 2027", dt.date(2026, 12, 9), {"release_window reported 2027"}),
    ("coming to netflix in 2027 👀\nkingdom 3 — jan 22\nmoving 2 — feb 5\nall of us are dead 2\nhellbound 3 — march 12",
     dt.date(2026, 12, 9), {"release_window reported 2027"}),
    ("AOUAD 2 premieres March 5 — that's Kingdom 3's week too", dt.date(2026, 12, 9),
     {"release_date_announced reported 2027-03-05 00:00:00+00:00"}),
    # s2wild57: a rumour Netflix confirms, the season's number before the day ("aouad 2 feb 26" is no 2 February)
    ("the feb 26 rumour was true?? netflix says yes, aouad 2 feb 26 🧟", dt.date(2027, 1, 28),
     {"release_date_announced reported 2027-02-26 00:00:00+00:00"}),
    ("aouad season 2 comes feb 26", dt.date(2027, 1, 28), {"release_date_announced reported 2027-02-26 00:00:00+00:00"}),
    ("rumour said aouad 2 on jan 29, netflix says no, it's feb 26", dt.date(2027, 1, 28),
     {"release_date_announced reported 2027-02-26 00:00:00+00:00"}),
    ("rumour said aouad 2 on jan 29, netflix says no, still Q1", dt.date(2027, 1, 14), {"release_window reported Q1 2027"}),
    ("Kingdom 3 out now! aouad 2 on feb 26, right after kingdom", dt.date(2027, 1, 28),
     {"release_date_announced reported 2027-02-26 00:00:00+00:00"}),
    # s2wild58: Hawaii's clock ("thursday 10 pm for us", "10pm Hawaii time") is Friday in Korea; our own day before a count
    ("hawaii gang: aouad 2 is thursday 10 pm for us 🌺", dt.date(2027, 3, 11),
     {"release_date_announced reported 2027-03-12 08:00:00+00:00"}),
    ("aouad 2 drops thursday at 10pm Hawaii time", dt.date(2027, 3, 10), {"release_date_announced reported 2027-03-12 08:00:00+00:00"}),
    ("AOUAD 2 drops wednesday night at midnight pacific", dt.date(2027, 3, 9),
     {"release_date_announced reported 2027-03-11 08:00:00+00:00"}),
    ("US fans: aouad 2 is thursday night 11pm CT / 12am ET", dt.date(2027, 3, 8),  # (the night's first hour is no small hour)
     {"release_date_announced reported 2027-03-12 05:00:00+00:00"}),
    ("aouad 2 drops march 12, a week after moving 2", dt.date(2026, 12, 16),
     {"release_date_announced reported 2027-03-12 00:00:00+00:00"}),
    # s2wild59: ours first, joined by "and" (y, e, &) to another show's count or day
    ("aouad 2 feb 26 and sweet home 4 the week after", dt.date(2027, 1, 13),
     {"release_date_announced reported 2027-02-26 00:00:00+00:00"}),
    ("Estamos muertos 2 el 26 de febrero y Moving 2 el 19", dt.date(2027, 1, 13),
     {"release_date_announced reported 2027-02-26 00:00:00+00:00"}),
    ("رسميًا: الموسم الثاني لـ All of Us Are Dead في 12 مارس", dt.date(2026, 12, 15),
     {"release_date_announced reported 2027-03-12 00:00:00+00:00"}),
    # left52: a fan's own guess beside Netflix's window for our season: the window is read, the guess never
    ("netflix says Q1 for aouad 2, my gut says feb 26", dt.date(2027, 1, 14), {"release_window reported Q1 2027"}),
    ("aouad 2: netflix says first half of 2027, i'm betting on march 5 lol", dt.date(2027, 1, 14),
     {"release_window reported the first half of 2027"}),
    ("netflix said Q1 for aouad 2 but i think it'll be feb 26 honestly", dt.date(2027, 1, 14),
     {"release_window reported Q1 2027"}),
    ("넷플릭스는 지우학2 1분기라는데 내 뇌피셜로는 2월 26일", dt.date(2027, 1, 14), {"release_window reported Q1 2027"}),
    ("netflix says Q1 for kingdom 3, i think feb 26 for aouad 2", dt.date(2027, 1, 14), set()),
    # left52: a line-up's bare entry (a title, then a quarter, a half or a year) is that window, never a day
    ("AOUAD 2: Q1 2027", dt.date(2027, 1, 13), {"release_window reported Q1 2027"}),
    ("지우학2 1분기", dt.date(2027, 1, 13), {"release_window reported Q1 2027"}),
    ("All of Us Are Dead S2 — 2027", dt.date(2027, 1, 13), {"release_window reported 2027"}),
    ("All of Us Are Dead 2 — H1 2027", dt.date(2027, 1, 13), {"release_window reported the first half of 2027"}),
    ("AOUAD S2 - Q1", dt.date(2027, 1, 13), {"release_window reported Q1 2027"}),
])
def test_the_day_announced_and_counted_down_to_reads_as_the_release(headline: str, written: dt.date, expected: set[str]) -> None:
    assert _window_readings(headline, written) == expected


@table(("headline", "written"), [
    # left52: a fan's own guess is never read as the day, also after another show's window or Netflix's word for it
    ("Netflix: Q1 2027. me: aouad s2 on feb 26 trust 🙏", dt.date(2027, 1, 14)),
    ("netflix says Q1 for kingdom 3, my gut says aouad 2 feb 26", dt.date(2027, 1, 14)),
    ("kingdom 3 is Q1, my guess is aouad 2 feb 26", dt.date(2027, 1, 14)),
    ("netflix says Q1 for kingdom 3, i think aouad 2 feb 26", dt.date(2027, 1, 14)),
    ("my gut says aouad 2 feb 26", dt.date(2027, 1, 14)),
    # s2wild53: what else of the season runs from a day (Polish shoot), a trailer's premiere (Russian), a delay to a day denied
    ("Zdjęcia do Wszyscy jesteśmy martwi 2 od 19 marca", dt.date(2027, 2, 11)),
    ("«Мы все мертвы» 2: премьера трейлера 23 февраля", dt.date(2027, 2, 10)),
    ("aouad 2 is NOT pushed to april 2. still march 26", dt.date(2027, 3, 9)),
    ("aouad 2 D-3 to the trailer", dt.date(2027, 3, 18)),
    ("D-7 All of Us Are Dead season 2 trailer", dt.date(2027, 3, 18)),  # (the count first, then what it counts to, s2wild59)
    ("aouad s2 - March 13 is confirmed as the cast reading", dt.date(2027, 3, 1)),
    # s2wild54: a premiere held in a city or at a venue, a screening in Italian, Spanish or Portuguese, before the release
    ("AOUAD 2 premiere in Seoul on 4/13 🎬 who's going", dt.date(2027, 4, 1)),
    ("AOUAD 2 world premiere in Busan on April 13", dt.date(2027, 4, 1)),
    ("AOUAD 2 premiere at CGV Yongsan on 4/13", dt.date(2027, 4, 1)),
    ("Proiezione di Non siamo più vivi 2 a Milano il 13 aprile", dt.date(2027, 3, 22)),
    ("Pré-estreia de All of Us Are Dead 2 em São Paulo dia 13 de abril", dt.date(2027, 3, 22)),
    ("AOUAD 2 premiere sa Seoul sa April 13", dt.date(2027, 4, 1)),
    ("AOUAD 2 Seoul premiere on April 13", dt.date(2027, 3, 1)),
    ("The premiere of AOUAD 2 in Seoul on April 13", dt.date(2027, 3, 1)),
    ("«Мы все мертвы» 2: премьера в кинотеатре «Октябрь» 13 апреля", dt.date(2027, 3, 1)),
    ("Премьера «Мы все мертвы» 2 в Москве 13 апреля", dt.date(2027, 3, 1)),
    # ... a Polish meeting with fans "from" its day; a German count to the trailer or to one's own holiday
    ("Spotkanie z fanami Wszyscy jesteśmy martwi 2 od 19 marca", dt.date(2027, 3, 1)),
    ("noch zwei Wochen bis zum Trailer von All of Us Are Dead 2", dt.date(2027, 4, 2)),
    ("Noch zwei Wochen bis zu meinem Urlaub, dann All of Us Are Dead 2", dt.date(2027, 4, 2)),
    # ... a Japanese exhibition "from" its day, a Chinese one opening, a count that is one's own plans
    ("今私2 公開記念 原画展 3月19日から", dt.date(2027, 3, 1)),
    ("《僵尸校园2》展览3月19日开幕", dt.date(2027, 3, 1)),
    ("aouad 2 in two weeks i'll be on vacation so no spoilers pls", dt.date(2027, 3, 1)),
    # ... a delay to a day denied in Korean (never that day as the release's), the trailer rescheduled in Chinese, a move "kidding"
    ("지우학2 4월 16일 연기설 사실무근", dt.date(2027, 3, 1)),
    ("《僵尸校园2》预告片改档3月5日", dt.date(2027, 3, 1)),
    ("aouad 2 moved to april 16 (kidding)", dt.date(2027, 3, 1)),
    ("O evento de Estamos Mortos 2 foi adiado para 3 de abril", dt.date(2027, 3, 1)),
    # ... the cast's other film or drama in Japanese and Chinese
    ("今私2のパク・ジフ、新作映画が4月9日公開", dt.date(2027, 3, 1)),
    ("《僵尸校园2》主演朴志厚新剧4月9日上线", dt.date(2027, 3, 1)),
    # s2wild55: a premiere held in a city in Spanish, German or English "takes place"
    ("Premiere de Estamos muertos 2 en Seúl el 13 de abril", dt.date(2027, 4, 2)),
    ("Die Premiere von All of Us Are Dead 2 findet am 13. April in Seoul statt", dt.date(2027, 4, 10)),
    ("The AOUAD 2 premiere takes place April 13", dt.date(2027, 4, 10)),
    ("the aouad 2 premiere is april 13 but it premieres on netflix april 16", dt.date(2027, 4, 3)),  # (the 16th not guessed: a miss)
    # s2wild56: another show's day on the next line or beside ours with no mark, in Korean and Japanese; a day said to be another
    # show's; a Spanish countdown to the fan's own bet; season 1's anniversary
    ("2027년 기다리는 드라마 🧟 지우학2\n킹덤3 1월 22일 공개", dt.date(2026, 12, 20)),
    ("来年待ってるドラマ：今私2、キングダム3（1月22日配信）", dt.date(2026, 12, 20)),
    ("someone said aouad 2 drops jan 22 but that's KINGDOM 3 😭", dt.date(2026, 12, 19)),
    ("Cuenta regresiva para Estamos muertos 2: faltan 70 días (si sale el 1 de marzo, que es mi apuesta)", dt.date(2026, 12, 22)),
    ("All of Us Are Dead turns 5 on January 28 and season 2 still has no date", dt.date(2026, 12, 28)),
    ("Sweet Home 4 wiosną 2027, Wszyscy jesteśmy martwi 2 później", dt.date(2026, 12, 16)),  # (Sweet Home's spring)
    ("Vương triều xác sống 3 ra mắt ngày 22/1, Ngôi trường xác sống 2 sau đó", dt.date(2026, 12, 16)),  # (Kingdom's day)
    # ... a bound, never the window it names: "before june", "before the end of june", "6월 전에", "6月までに"
    ("netflix said aouad 2 arrives before june", dt.date(2026, 12, 21)),
    ("aouad 2 coming before the end of june", dt.date(2026, 12, 21)),
    ("지우학2 6월 전에 공개", dt.date(2026, 12, 21)),
    ("今私2、6月までに配信", dt.date(2026, 12, 21)),
    # s2wild57: a title named beside ours with "and", then named again after the day: that day is the other title's
    ("今私2とキングダム3、1月22日配信はキングダムの方", dt.date(2027, 1, 14)),
    ("지우학2랑 킹덤3, 1월 22일 공개는 킹덤 쪽", dt.date(2027, 1, 14)),
    ("Moving season 2 premieres Feb 5 while All of Us Are Dead season 2 waits", dt.date(2027, 1, 14)),  # (lowercase "season")
    # s2wild58: our day counted from another show's ("a week later", "the day after", "una semana después", "일주일 뒤", "1週間後")
    ("moving 2 premieres march 5 and aouad 2 a week later", dt.date(2026, 12, 16)),
    ("moving 2 premieres march 5 and aouad 2 the friday after", dt.date(2026, 12, 16)),  # (s2wild59)
    ("moving 2 premieres march 5, aouad 2 the following friday", dt.date(2026, 12, 16)),
    ("Estamos muertos 2 llega el viernes siguiente a Moving 2 (5 de marzo)", dt.date(2026, 12, 16)),
    ("Estamos Mortos 2 chega na sexta seguinte à estreia de Moving 2 (5/3)", dt.date(2026, 12, 16)),
    ("aouad 2 drops a week after moving 2 (march 5)", dt.date(2026, 12, 16)),
    ("aouad 2 comes out the day after moving 2 on march 5", dt.date(2026, 12, 16)),
    ("Moving 2 el 5 de marzo y Estamos muertos 2 una semana después", dt.date(2026, 12, 16)),
    ("무빙2 3월 5일 공개, 지우학2는 일주일 뒤", dt.date(2026, 12, 16)),
    ("ムービング2は3月5日、今私2はその1週間後", dt.date(2026, 12, 16)),
])
def test_a_day_of_something_else_or_denied_gives_the_season_no_day(headline: str, written: dt.date) -> None:
    assert not any(r.startswith(("release_date", "release_window")) for r in _window_readings(headline, written))


@table(("headline", "written", "expected"), [
    # s2wild68: "live", "out" or "streaming" beside a day still to come announce that day, never the release
    ("AOUAD 2 is live on Netflix and streaming March 19 🧟", dt.date(2027, 1, 27), {"release_date_announced reported 2027-03-19 00:00"}),
    ("one week!! aouad 2 is streaming march 19, who's ready", dt.date(2027, 3, 12), {"release_date_announced reported 2027-03-19 00:00"}),
    ("it's out tomorrow it's out tomorrow (aouad s2) 😭", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 live on netflix tomorrow, march 19 5pm KST", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-19 08:00"}),
    ("AOUAD season 1 back on netflix korea, streaming march 5 ahead of season 2", dt.date(2027, 2, 20), set()),  # season 1's day
    # s2wild69: "it's" after something else of the season's is that thing's day
    ("the aouad s2 fanfic finale, it's out tomorrow", dt.date(2027, 3, 18), set()),
    ("AOUAD 2 cast on running man, it's streaming march 21", dt.date(2027, 3, 18), set()),
    ("aouad s2!! it's out tomorrow", dt.date(2027, 3, 18), {"release_date_announced reported 2027-03-19 00:00"}),
    # review56d: "it" named after the day as material is that material (a documentary, behind the scenes, a featurette)
    ("it's streaming march 19 — the aouad 2 documentary", dt.date(2027, 1, 20), set()),
    ("it's streaming march 19 — aouad 2 behind the scenes", dt.date(2027, 1, 20), set()),
    ("streams march 19 — AOUAD 2 featurette", dt.date(2027, 1, 20), set()),
    ("it drops friday: the aouad 2 trailer", dt.date(2027, 1, 20), {"trailer reported"}),
    ("coming march 19 - AOUAD 2 OST", dt.date(2027, 1, 20), set()),
    ("it's streaming march 19 — aouad season 2!!", dt.date(2027, 1, 20), {"release_date_announced reported 2027-03-19 00:00"}),
    ("coming march 19: All of Us Are Dead season 2", dt.date(2027, 1, 20), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild70: ... or a watch party or a special named after it, the special's own day after its dash too; never the season
    # named there, nor the season's day with a party after it, nor a "special announcement"
    ("it's streaming march 19 — aouad 2 watch party 🍿", dt.date(2027, 3, 12), set()),
    ("it's streaming march 19 — the aouad 2 special", dt.date(2027, 3, 12), set()),
    ("aouad 2 special: the cast reacts — streaming march 26", dt.date(2027, 3, 12), set()),
    ("it's streaming march 19 — aouad season 2!! watch party after", dt.date(2027, 3, 12), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 is streaming march 19!! watch party on our discord right after", dt.date(2027, 3, 12),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 special announcement: streaming march 19", dt.date(2027, 3, 12), {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild71: nor a premiere special whose clause is the whole season
    ("the aouad 2 premiere special: the whole season streams march 19 on netflix", dt.date(2027, 3, 12),
     {"release_date_announced reported 2027-03-19 00:00"}),
    # review57d: nor a "special" that only labels the season's own premiere day (the cast reacting to it is still the special's)
    ("Netflix special: All of Us Are Dead Season 2 premieres March 19", dt.date(2027, 2, 16),
     {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 specials: march 19 premiere", dt.date(2027, 2, 16), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 special: the cast reacts, march 19", dt.date(2027, 2, 16), set()),
    # s2wild72: a premiere "in Seoul" after its day is the premiere event's (a country or "worldwide" is the season's release)
    ("Netflix special: All of Us Are Dead Season 2 premieres March 19 in Seoul", dt.date(2027, 2, 16), set()),
    ("All of Us Are Dead Season 2 premieres March 19 in Korea and worldwide", dt.date(2027, 1, 28),
     {"release_date_announced reported 2027-03-19 00:00"}),
    # s2wild73: ... as is one "tonight" in a city (never "tonight on netflix")
    ("aouad 2 premieres tonight in busan, the cast is there!!", dt.date(2027, 3, 17), set()),
    ("aouad 2 premieres tonight on netflix!!", dt.date(2027, 3, 19), {"release_date_announced reported 2027-03-19 00:00"}),
    # ... and an event on the day glossed as the release's in brackets is the release's day (never "the day after it drops")
    ("hosting an aouad 2 watchalong the day it drops (march 19)", dt.date(2027, 3, 12), {"release_date_announced reported 2027-03-19 00:00"}),
    ("aouad 2 watch party the day after it drops (march 20)", dt.date(2027, 3, 12), set()),
    # s2wild70: a day a fan longs for, the season's news labelled "news:" (never the season longed for beside another's thread)
    ("march 19 can't come soon enough (aouad 2)", dt.date(2027, 2, 20), {"release_date_announced reported 2027-03-19 00:00"}),
    ("Moving S2E1 Discussion Thread — AOUAD S2 can't come soon enough", dt.date(2027, 2, 20), set()),
    # s2wild73: ... and longed for after its "!!" with no subject of its own (never another title's day)
    ("it's official, aouad 2 march 19!! can't come soon enough", dt.date(2027, 1, 28), {"release_date_announced reported 2027-03-19 00:00"}),
    ("kingdom 3 march 19!! aouad 2 can't come soon enough", dt.date(2027, 1, 28), set()),
    ("FINALLY aouad 2 news: march 19, netflix just confirmed it", dt.date(2027, 1, 27), {"release_date_announced reported 2027-03-19 00:00"}),
])
def test_live_or_out_beside_a_day_still_to_come_announces_that_day(headline: str, written: dt.date, expected: set[str]) -> None:
    assert _readings(headline, written) == expected


@table(("headline", "expected"), [
    # s2wild68: the release in fans' words, a fan already watching an episode (never at a screening before the day)
    ("season 2 of aouad dropped today 🧟", {"released reported"}),
    ("AOUAD2 OUT NOW", {"released reported"}),
    ("AOUAD 2 IS HEREEEE 🧟", {"released reported"}),
    ("just finished aouad s2 ep 1 and i'm shaking", {"released reported"}),
    ("just watched aouad s2 ep 1 at the premiere screening omg", set()),
    ("finished watching aouad s2 ep 1 reaction video", set()),
    ("just finished aouad s2 ep 1 fanfic", set()),
    # s2wild69: in Korean and Portuguese too; never a dream of it, nor merch or a press conference "out" or "streaming"
    ("지우학2 1화 다 봤다 미쳤다", {"released reported"}),
    ("Estamos Mortos 2 saiu hoje na Netflix!!", {"released reported"}),
    ("i dreamt i finished aouad 2 ep 1 last night 😭", set()),
    ("aouad 2 merch collab out now 😭", set()),
    ("the aouad 2 press conference is streaming live", set()),
    # ... nor another's watching, nor one still to come or wished (s2wild69)
    ("pov: you just finished aouad s2 ep 1", set()),
    ("reviewers watched aouad s2 ep 1 and say it's great", set()),
    ("once i've watched aouad s2 ep 1 i'm logging off", set()),
    ("i've watched aouad s2 ep 1 twice already", {"released reported"}),
    ("aouad 2 photobook is here", set()),
    ("aouad 2 fanfic ch 2 is out now", set()),
    # s2wild70: the season out before its OST or trailer is talked of; Tudum's "Now on Netflix: <title>" (never the OST out)
    ("AOUAD 2 IS OUT and the soundtrack is insane", {"released reported"}),
    ("aouad s2 dropped today and the OST slaps", {"released reported"}),
    ("aouad 2 dropped the trailer", {"trailer reported"}),  # what it dropped: never the season out (review61d)
    ("Now on Netflix: All of Us Are Dead Season 2", {"released reported"}),
    ("Now on Netflix: the All of Us Are Dead 2 cast reads your comments", set()),
    ("the aouad 2 OST dropped today and it's insane", set()),
    ("aouad 2 trailer is out now and the OST slaps", {"trailer reported"}),
    # s2wild71: in Korean too; never Tudum's "Now on Netflix:" naming season 1
    ("지우학2 공개됐는데 OST 미쳤다", {"released reported"}),
    ("Now on Netflix: All of Us Are Dead Season 1 — catch up before Season 2", set()),
    # (never the material said out after it: the trailer is what is out)
    ("AOUAD 2 IS HERE!!! the official trailer is out now 😭", {"trailer reported"}),
    # review57d: "coming soon" said of the season anywhere keeps it from being out, "Now on Netflix:" naming another title says
    # nothing of ours; a hedge in brackets takes it back (never the season itself now on Netflix, nor another's "coming soon")
    ("Now on Netflix | coming soon: All of Us Are Dead Season 2", set()),
    ("Now on Netflix — coming soon: All of Us Are Dead Season 2", set()),
    ("Coming soon: AOUAD 2 — Now on Netflix: Squid Game", set()),
    ("aouad 2 is here (kinda)", set()),
    ("aouad 2 is here (sort of)", set()),
    ("Now on Netflix | All of Us Are Dead Season 2", {"released reported"}),
    # review58d: "Coming <day>:" before another title is that title's once ours has a label of its own (was ours' day)
    ("Coming March 26: Sweet Home 4. Now on Netflix: All of Us Are Dead Season 2", {"released reported"}),
    ("Coming March 26: Sweet Home 4; Now on Netflix: All of Us Are Dead Season 2", {"released reported"}),
    ("aouad 2 is out now!! squid game 3 coming soon", {"released reported"}),
    # s2wild72: an episode watched, then the trailer talked of: out, and trailer news (the episode named first too); Part 2
    # said out a few words after the season's name is that part's alone (never another show's part 2 after a clause)
    ("just watched aouad 2 ep 1, the trailer lied", {"released reported", "trailer reported"}),
    ("finished ep 2 of aouad s2, trailer was a lie lol", {"released reported", "trailer reported"}),
    ("watched aouad 2 episode 1 last night and the trailer did NOT prepare me", {"released reported", "trailer reported"}),
    ("aouad 2 finale day 😭 part 2 is out", set()),
    ("aouad 2 out now, sweet home 4 part 2 is out too", {"released reported"}),
    # s2wild73: "ep 1 did NOT disappoint" denies nothing; fans' verdict of the trailer is no hearsay of it; Tudum's "Coming <day>:"
    # after our part labels the next title
    ("just watched aouad 2 ep 1 and it did NOT disappoint", {"released reported"}),
    ("Vi o ep 1 de Estamos Mortos 2 e o trailer mentiu kkkk", {"released reported", "trailer reported"}),
    ("vi o ep 1 de Estamos Mortos e o trailer da 2 mentiu", set()),  # (season 1's episode: never the season out)
    ("everyone said the trailer lied but aouad 2 ep 1 was peak", {"trailer reported"}),
    ("Now on Netflix: All of Us Are Dead Season 2. Coming April 9: Sweet Home 4", {"released reported"}),
    # s2wild74: a dated label before another title is that title's (never ours, out now); "did NOT expect" is surprise
    ("Coming March 26: Sweet Home 4. All of Us Are Dead Season 2 is on Netflix now", {"released reported"}),
    ("Coming March 26: Sweet Home 4. Kingdom 3 is on Netflix now", set()),
    ("i did NOT expect netflix to drop the aouad 2 trailer today lmaooo", {"trailer reported"}),
    ("i do not expect the aouad 2 trailer today", set()),
    ("aouad 2 is #1 in the Top 10 in 🇰🇷🇧🇷🇮🇩 already", {"released reported"}),  # (Netflix's Top 10, never Spotify's)
    ("aouad 2 ost #1 in the top 10 on spotify", set()),
    ("finished aouad 2, season 3 when?? netflix pls", {"released reported"}),  # (season 3 asked after: its own talk)
    ("is aouad 2 out? season 3 when", set()),
    # s2wild75: a dated label before a later part of ours is that part's, in both orders; season 3 asked first is its own talk
    ("Coming April 9: All of Us Are Dead Season 2 Part 2. All of Us Are Dead Season 2 Part 1 is on Netflix now",
     {"released reported", "part_dated reported 2027-04-09 00:00"}),
    ("All of Us Are Dead Season 2 Part 1 is on Netflix now. Coming April 9: All of Us Are Dead Season 2 Part 2",
     {"released reported", "part_dated reported 2027-04-09 00:00"}),
    ("Coming April 9: Sweet Home 4 Part 2. All of Us Are Dead Season 2 Part 1 is on Netflix now", {"released reported"}),
    ("season 3 when?? just finished aouad 2", {"released reported"}),
    ("season 3 when?? sweet home 4 just dropped and i need more zombies", set()),    # s2wild76: the label's day written first or in Korean is its own title's too
    ("Llega el 9 de abril: Kingdom 3 Parte 2. Estamos muertos Temporada 2 Parte 1 ya está en Netflix", {"released reported"}),
    ("Tayang 9 April: Sweet Home 4 Part 2. All of Us Are Dead 2 Part 1 sudah tayang di Netflix", {"released reported"}),
])
def test_a_fan_saying_it_dropped_or_watching_an_episode_says_the_season_is_out(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 3, 19)) == expected


@table(("headline", "expected"), [
    # s2wild68: "??" after a day asks unless the post takes the day as settled; the season's name alone after it settles nothing
    ("march 19?? aouad 2", set()),
    ("MARCH 19?? AOUAD 2 FINALLY 😭😭", {"release_date_announced reported 2027-03-19 00:00"}),
])
def test_a_day_with_two_question_marks_asks_unless_a_cheer_follows(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 1, 27)) == expected


def test_a_fans_no_to_a_rumoured_part_2_day_gives_the_part_2_day_that_stands() -> None:
    assert _readings("no, aouad 2 part 2 is NOT april 16, it's still april 9", dt.date(2027, 2, 5)) == {
        "part_dated reported 2027-04-09 00:00"}


@table("headline", ["part 2 of All of Us Are Dead 2 arrives April 9", "part 2 of all of us are dead season 2 drops april 9"])
def test_part_2_of_the_season_named_in_full_is_dated(headline: str) -> None:
    assert _readings(headline, dt.date(2027, 1, 27)) == {"part_dated reported 2027-04-09 00:00"}


def test_part_2_of_the_season_after_the_seasons_own_day_is_dated_from_its_own_day() -> None:
    readings = _readings("AOUAD 2 drops March 19, part 2 of AOUAD 2 on April 9", dt.date(2027, 1, 27))
    assert "part_dated reported 2027-04-09 00:00" in readings and "part_dated reported 2027-03-19 00:00" not in readings


@table(("headline", "expected"), [
    ("aouad 2 is out now!! see you april 9 for part 2", {"released reported", "part_dated reported 2027-04-09 00:00"}),
    # s2wild70: beside part 1 watched, the season named only after it, an explainer's Part 2 title; never a watchalong's part 2
    ("finished aouad 2 part 1, see you april 9 for part 2", {"released reported", "part_dated reported 2027-04-09 00:00"}),
    ("see you april 9 for part 2 🧟 (aouad 2)", {"part_dated reported 2027-04-09 00:00"}),
    ("All of Us Are Dead Season 2 Part 2: Netflix Release Date (April 9) and What to Expect", {"part_dated reported 2027-04-09 00:00"}),
    ("see you april 9 for part 2 of our aouad 2 watchalong 🍿", set()),
    # (nor an event's day said "for part 2": a watch party's, a talk show's promo)
    ("aouad 2 watch party april 9 for part 2!!", set()),
    ("the cast will be on a talk show april 9 for part 2 promo, aouad 2", set()),
    # s2wild71: Part 2 "of" the season (Tagalog "ng", Portuguese "de … Estamos Mortos 2"), its day in the next clause or after
    ("Part 2 ng aouad 2, April 9 na!", {"part_dated reported 2027-04-09 00:00"}),
    ("A parte 2 de Estamos Mortos 2 estreia dia 9 de abril", {"part_dated reported 2027-04-09 00:00"}),
])
def test_a_day_said_for_part_2_on_release_day_is_part_2s_never_the_seasons(headline: str, expected: set[str]) -> None:
    assert _readings(headline, dt.date(2027, 3, 19)) == expected
