"""python -m bench.season2_blind: how season-2 tracking reads the news as outlets and moderators write it.

Three sets in bench/data (YAML, each item with the reading expected of it):

- headlines (season2_headlines.yaml, ~60): titles as outlets write them, English and Korean, hedged
  ("reportedly", "sources say"), rumours, denials, corrections, dates in many forms ("Feb. 12", "2/19",
  "next Friday", "12일", "모레") and zoned times ("5 p.m. KST", "noon KST", "오후 5시"). Each goes through
  the RSS reader (`sources.rss.claims_from_items`) on the day it was published; its claims (milestone,
  confidence, release moment in UTC or window) are compared with the expected ones;
- held out (season2_heldout.yaml, 24): the same kind, written at the same time, never tuned on;
- fresh (season2_fresh.yaml, 20): the same kind, written after the fixes, to see how they carry;
- denials (season2_denials.yaml, 18): headlines that only take a release day back ("Netflix denies Feb. 12
  release", "2월 12일 공개 사실무근": read "denies <day>") beside ones that negate something else or give a
  new day, and (since season29c) a delay denied beside the day that stands ("not delayed: still premieres
  Feb. 12"), read as that day; a separate set so the others' figures stay comparable;
- wild (season2_wild.yaml, 35) and its held out (season2_wild_heldout.yaml, 20): written at stop 28 before
  the changes they measure, as outlets, Korean press and fan accounts on X write them (caps, emoji,
  "per sources", "3.19", "19/3", "next month"), other shows' second seasons, denials and corrections;
  wild fresh (season2_wild_fresh.yaml, 16): the same kind, written after those changes, its last three
  items not right tuned on at stop 29;
- wild 4 (season2_wild4.yaml, 35): written at stop 29 before the changes it measured, tuned on since: date
  changes ("moved to", "reschedules", 변경, "3월 19일→26일") beside delays, denials, rumours, other shows'
  changed dates, typos, and items whose date is in the feed's summary (s:), read with their titles;
- wild 5 (season2_wild5.yaml, 38): written at stop 29 (season29b) before the changes it measures, never tuned
  on: the road to release (renewal, filming, 크랭크업, post-production), other shows' dates in parentheses and
  summaries, teaser and event dates, countdowns ("IN 10 DAYS", D-7), a US Eastern time after the clocks change,
  hedged delays to a month, sarcasm and typos; tuned on since (season29c);
- wild 6 (season2_wild6.yaml, 33): written at stop 29 (season29c) before the changes it measures, never tuned
  on: roundups naming several shows with their dates ('…', 「…」, 《…》, "…", also in summaries), fans' sarcasm
  and wishes, times in KST, PT and ET, countdowns, insiders' rumours and outlets' corrections; tuned on since
  (season29d);
- wild 7 (season2_wild7.yaml, 28): written at stop 29 (season29d) before the changes it measures, never tuned
  on: conditionals and hypotheticals, fans' jokes with dates (/s, 🤡, "source: trust me", 뇌피셜), lineups
  naming the month once, times around midnight posted the day before, exclusives and insiders, polls, season
  1's anniversary and fan events; tuned on since (season29e, season30);
- wild 8 (season2_wild8.yaml, 40): written at stop 30 (season30) before the changes it measures, never tuned
  on: Netflix's own "Coming March 19" and 공개 예정 wording, hedges (might, apparently, 썰, 가닥), denials and
  corrections of a rumoured day, a one-week delay, view counts and an episode count that are no day, cast news,
  times in PDT, GMT, CET and AEDT, bare days ("on the 19th"), a moderator's pasted announcement (scored before any
  change: right 23, wrong 5, missed 12; after season30's fixes, never tuned on: right 26, wrong 5, missed 9); tuned
  on since (season31: right 39, wrong 0, missed 1);
- wild 9 (season2_wild9.yaml, 39): written at stop 30 (season31) before the changes it measures, never tuned
  on: Korean and English hedges (가닥, 유력, "rumored to"), fans' questions, casting news that is no date (joins,
  출연 불발, exits), one-week delays with their new day (공개 일주일 연기…26일, "pushed back a week to", in a summary),
  other shows' dates and delays, listings, a moderator's pasted update, times in KST, EDT, PDT, GMT and AEDT
  (scored before any change: right 26, wrong 5, missed 8; after season31's fixes, never tuned on: right 29, wrong 2,
  missed 8); tuned on since (season32: right 39, wrong 0, missed 0);
- wild 10 (season2_wild10.yaml, 50): written at stop 31 (season32) before the changes it measures, never tuned
  on: slate posts (a year, a quarter, "this spring", a month in brackets), parody and satire, denials that take a
  day back and one that only says nothing is confirmed (확정된 바 없다), part 1 / part 2 talk, character posters, a
  one-week delay (순연, "will now premiere", a reddit moderator's pinned change), relative days ("this Friday",
  "next friday", 다음 주 금요일, D-2), times in KST, PDT, EDT, CET, IST, PHT and BRT, and what follows the release
  (scored before any change: right 27, wrong 5, missed 18; after season32's fixes, never tuned on: right 27, wrong 5,
  missed 18); tuned on since (season33: right 47, wrong 0, missed 3: the three name no show, a subreddit's posts);
- wild 11 (season2_wild11.yaml, 51): written at stop 31 (season33) before the changes it measures, never tuned
  on: a slate's month then a day set earlier ("moves up", 앞당겨), rumours, debunks of fakes (a fan-made poster, 합성,
  a parody account's post, a fake news site), cast stills, other shows' days and moves, a delay with its new day
  (in a summary, a moderator's post, 결국 연기, a pasted [공지]), relative days ("in 25 days", 이번 주 금요일,
  "Tomorrow.", "tonight at 1AM PT"), times in KST, JST, WIB, AEDT, CST and IST (scored before any change:
  right 27, wrong 7, missed 17; after season33's fixes, never tuned on: right 31, wrong 4, missed 16); tuned on since
  (season34: right 48, wrong 0, missed 3: 전망 and 검토 stay guesses, as tests/season2/sources hold them, and a
  subreddit's post names no show)
- wild 12 (season2_wild12.yaml, 43): written at stop 31 (season34) before the changes it measures, never tuned
  on: the days around the premiere: a slate's month, Netflix's teaser with its day, a month's roundup, a review's
  day in its summary, a two-week delay (연기, 밀린다, a pinned "moved"), an edited screenshot debunked, part 2
  rumours denied, times in ET, BST, CEST, PHT, BRT and AEST, release-day posts ("out now", 오늘 공개, "drops in ~3
  hours"), a Top 10 debut, episode counts, quotes of older news and an April Fools joke (scored before any change:
  right 25, wrong 1, missed 17; after season34's fixes, never tuned on: right 25, wrong 1, missed 17); tuned on since
  (season35: right 38, wrong 0, missed 5: two name no show, a subreddit's posts);
- wild 13 (season2_wild13.yaml, 34): written at stop 31 (season35) before the changes it measures, never tuned
  on: another timeline (May, then a three-week delay to 4 June): a line-up's month in a summary and 목표, a day
  only in a summary, 넷플릭스行, "(6/4)", an early-release rumour debunked, a pasted notice with 변경, unlock times
  by city names, 내일 오후 4시, release-day posts ("is LIVE", "now streaming", 베일 벗었다) and a Top 10 in Korean
  (scored before any change: right 17, wrong 3, missed 14; after season35's fixes, never tuned on: right 18, wrong 4,
  missed 12; on main before season36: right 18, wrong 3, missed 13); tuned on since (season36: right 31, wrong 1,
  missed 2: the wrong one also reads 막바지 후반작업 as post-production, as wild 5's "후반 작업 한창…" is; two misses
  name no show, a subreddit's posts);
- wild 14 (season2_wild14.yaml, 50): written at stop 32 (season37) before the changes it measures, never tuned
  on: December 2026 to May 2027 with another timeline (the slate's first half, a 유력 April, 30 April, then a one-week
  delay to 7 May): an actor's quoted 내년 상반기, a month in a summary, Netflix's date in English, Korean and a video
  title, "4.30", "30/04", "(4/30)", a fan-made poster debunked, an early day denied (사실무근…그대로), a delay guessed
  (가닥, "could slip"), denied and made (Variety, Netflix's update, 연기…변경, a mod's "moved"), countdowns ("TWO
  WEEKS", "next friday instead"), times in BST/PDT/KST, AEST, PH time, CEST and "midnight PT", release-day posts, a
  Top 10 debut, typos, parody and an April Fools joke (scored before any change: right 34, wrong 3, missed 13); tuned
  on since (season37: right 48, wrong 0, missed 2: a fan's "a WEEK?? they delayed aouad s2 by a week??" still asks,
  and "drops in ~14 hrs (midnight PT)" names no day, which the hour the post was written would settle);
- wild 15 (season2_wild15.yaml, 51): written at stop 32 (season38) before the changes it measures, never tuned
  on: December 2026 to July 2027 in English, Korean, Japanese, Spanish, Portuguese and Indonesian (Friday 5 March
  2027: Netflix's own posts in five languages, "05/03", "3/5", "05.03.2027", "5 Maret", 3月5日), season 1's
  anniversary with its day, a D-30, a roundup with others' second seasons, a delay rumour denied and an edited
  screenshot, "NEXT FRIDAY", "this friday", a watch party's hour that is no release time, unlock times in PST, ET,
  GMT, KST, Brasília, WIB, Mexico City, IST and AEDT, release-day posts, a Top 10, season 3's renewal (scored
  before any change: right 20, wrong 1, missed 30); tuned on since (season38: right 43, wrong 0, missed 8: "3/5" and
  "05.03.2027" read both ways and stay unread, a watch party's hour beside the day, a times thread with no day, a
  title's "Isn't", a quote of old news, a Korean post split by full stops, "eps 1-6 done"; season40: right 44, the
  title's "Isn't Splitting It in Two" read);
- wild 16 (season2_wild16.yaml, 48): written at stop 32 (season39) before the changes it measures: traps for
  wild 15's new readings (other shows' second seasons and S2E1 threads, season 1 rewatch parties "el viernes" and
  "jumat ini", dubbing, screenings with day-first dates, a fan meeting and a trailer "next friday", D-counts to an
  exam and a birthday, a cast live at "11pm pacific", a trailer in 3월 초, Portuguese "no" and "sem data", an
  event's 延期) beside Netflix's Friday 16 April 2027 in Spanish, Portuguese, Japanese, Tagalog, French and
  Indonesian (scored before any change: right 29, wrong 4, missed 15); tuned on since (season39: right 40, wrong 2,
  missed 6: a trailer still to come read as a trailer, as older sets expect of a trailer's day; hours in Colombia,
  Manila and Paris named by place or not at all, a poster beside the day, a Japanese watch party's day); the lead
  settled the two trailers as trailer news, as the older sets read a trailer's day (right 42, wrong 0, missed 6;
  season40: right 43, the day beside a new poster read);
- wild 17 (season2_wild17.yaml, 55): written at stop 33 (season40) before the changes it measures, never tuned on:
  December 2026 to June 2027 in English, Korean, Spanish, German, Chinese and Indonesian: lineups with and without a
  window, "Coming 2027", other shows (Sweet Home, Squid Game, Kingdom, Alice in Borderland) with their own days, a fan
  meeting, a press event and a 제작발표회 with their days, a May rumour, an insider's day and 확정된 바 없어, Netflix's
  Friday 14 May in three languages, a delay 썰 denied (예정대로), the trailer, a one-week delay to 21 May (a summary,
  [안내], 일주일 연기, "verschoben", "moved", a mod post), a parody's "june" debunked, D-3, "this friday at midnight
  pacific", WIB, release-day posts (떴다), a review, a Top 10, season 3 talk (scored before any change: right 37,
  wrong 6, missed 12; two of the wrongs were the set's own expectations against the specification, a line-up's year
  and "is now 21 May (was 14 May)" as a delay, corrected: right 39, wrong 4, missed 12); tuned on since (season40:
  right 51, wrong 0, missed 4: 진짜임? and 썰…ㄹㅇ? still ask, as tests/season2/sources hold them, a Chinese post and a
  post that talks of season 3; season41: right 52, the Chinese post read);
- wild 18 (season2_wild18.yaml, 52): written at stop 33 (season41) before the changes it measures, never tuned on:
  December 2026 to June 2027 in English, Korean, Spanish, German, Japanese, Chinese, Vietnamese and Thai: mostly
  traps for wild17's readings (other shows' days beside ours in many word orders, shows not on the list, line-ups of
  other years or without a date, oracle jokes, sarcasm, wished date changes, "streaming now" of season 1, summaries
  answering their titles' question), teasers and trailers, Netflix's Friday 18 June in eight languages with hours in
  KST, PT, ET, BST, CEST and JST, and release-day posts (scored before any change: right 31, wrong 6, missed 15; one
  wrong was the set's own slip, a 2026 review's "Wraps Filming" written "-" where filming did wrap, corrected: right 32,
  wrong 5, missed 15); tuned on since (season41: right 47, wrong 0, missed 5: a fan's wish beside the day, an April
  Fools post, a month's roundup whose day follows "brings", an explainer's question answered in its summary, and a
  post that is out only by "binged");
- wild 19 (season2_wild19.yaml, 56): written at stop 33 (season42) before the changes it measures, never tuned on:
  December 2026 to April 2027 as the feeds deliver them: outlets' RSS/Atom items with a title and the description's
  raw HTML (entities, bylines, "Published Mar 10, 2027", photo credits, "Read More", WordPress's "The post …
  appeared first on", truncation "…" and "[…]", a double-escaped title), reddit's Atom items with flair and their
  "submitted by" content, fans on X; traps for the recent readings (roundups naming several shows, a year's
  line-up, pet and oracle jokes, hours by zone and place, "moved", 《僵尸校园》 改档, verschiebt, season 1 "streaming
  now", 연기설 and its denial, "UPDATE:" and [정정]); Netflix's Friday 26 March 2027 moved a week to 2 April (scored before any change: right 34, wrong 9, missed 13);
  tuned on since (season42: right 53, wrong 0, missed 3: a slate post's "listed for the first half", a hearsay guess
  with "?", and "today was supposed to be aouad 2 day … april 2 can't come fast enough");
- wild 20 (season2_wild20.yaml, 50): written at stop 33 (season43) before the changes it measures, aimed at wrong
  readings: titles and summaries with a date, a month, a weekday, "out", "confirmed", "delayed" or "trailer" that
  announce nothing about season 2 (a fan meeting, enlistment and discharge, the webtoon author's new series, a price
  change, a soundtrack, vinyl and Blu-ray, award shows, season 1's anniversary, a documentary special, a mobile game, a
  musical, other shows' second seasons, an actor's other drama "out now", countdown jokes, a guessing game, a date
  only in a URL, an announcement of an announcement), beside Netflix's Friday 23 April 2027 phrased unusually (scored before any change: right 40, wrong 4, missed 6);
  tuned on since (season43: right 46, wrong 0, missed 4: another show's delay whose summary says ours is on track, a
  fan's retraction of a fan edit, a spelled-out "april twenty-third", and a translation of the director that names no
  show);
- wild 22 (season2_wild22.yaml, 56): written at stop 35 (s2wild22) before the changes it measures, never tuned on:
  December 2026 to April 2027 in English, Korean, Japanese, Chinese and Spanish: datelines ("SEOUL, Feb. 10 (Yonhap)
  --", "(서울=연합뉴스)", "Seúl, 11 feb (EFE).-") beside the day, the slate's 상반기, rumours ("april first week",
  4월 초, 4月初, かも, らしい, 카더라), fans' demands with dates and hashtags, the cast's tvN and JTBC dramas with
  their own days, Netflix's Friday 2 April (定档, "4.2", "april second", "2nd April", "Apr. 2"), corrections ("an
  earlier version said April 9", [정정] … 아닌), a fan's deleted poster, a delay rumour denied (예정대로), then a
  one-week delay to 9 April ("was april 2 but delayed to april 9", 延期, retrasa, a mod's "moved") (scored before any
  change: right 30, wrong 8, missed 18); tuned on since (s2wild22: right 53, wrong 0, missed 3: 카더라 stays a guess, as
  headline_strength held it, and two subreddit posts name no show; 카더라 is a rumour since s2wild23: 54 right);
  its "april first week" expected "early April", corrected to the week's own label, "1 to 7 April 2027");
- wild 23 (season2_wild23.yaml, 63): written at stop 36 (s2wild23) before the changes it measures, never tuned on:
  December 2026 to May 2027 in English, Korean, Japanese, Spanish, Portuguese and Indonesian: Tudum's "spring 2027"
  and 내년 봄, Korean hearsay by name (…라는 카더라, 카더라통신, 썰, 지인이 …, [지라시] … 여름으로 밀린다), 噂, boato, katanya
  … belum ada info resmi, fans' guesses, bets and demands ("fans demand a may 7 release, netflix responds: 'set for
  may 14'"), a rumoured day denied (사실무근…봄 공개 목표, desmiente que … llegue), Netflix's Friday 14 May with a
  teaser ([티저] … | 5월 14일 넷플릭스 공개, ティザーも公開), "14/05/2027 is official", typos ("Daed"), April Fools'
  delays, then a one-week delay to 21 May (adia … para, diundur … jadi) (scored before any change: right 31, wrong 3,
  missed 28 of 62); tuned on since (s2wild23: right 50, wrong 0, missed 13 of 63, one item added after the blind
  score: the lead's demand case with the show named; the misses name no show, ask whether a rumour is true, or are a
  present-tense premiere, a title whose day is only in its summary, and "予告編きた！…5.14配信");
- wild 24 (season2_wild24.yaml, 63): written at stop 37 (s2wild24) before the changes it measures, never tuned on:
  December 2026 to June 2027 in English, Korean, Spanish, Portuguese, Indonesian, Japanese, Thai, French and German:
  rumours of Friday 28 May (pourrait, angeblich, kabarnya, "…라는 얘기"), Netflix's denial of it, "no desmiente"
  (no denial) and "ni confirma ni desmiente" (nothing), Netflix's Friday 4 June with a teaser, numeric days
  (04/06/2027, 6/4, 6.18), typos ("Ded", "r dead", "Deadd"), a season-1 anniversary rewatch, then a two-week delay
  to Friday 18 June (repoussée, retrasa, 延期) and countdowns to it (scored before any change: right 37, wrong 2,
  missed 24 of 63); tuned on since (s2wild24: right 50, wrong 0, missed 13: rumours that only "could" happen or ask
  whether they are true, numeric days whose order is two days (04/06/2027, 6/4), posts that name no show or give no
  verb, a delay asked about ("delayed AGAIN?? now 6.18"), a moderator's request naming a fake, and stills whose year
  is only in the summary);
- wild 25 (season2_wild25.yaml, 62): written at stop 38 (s2wild25) before the changes it measures, never tuned on:
  December 2026 to May 2027 in English, Korean, Japanese, Spanish, Portuguese, French, German, Indonesian, Thai,
  Vietnamese and Tagalog: a "leaked schedule" giving Friday 23 April (bocoran, disebut, được đồn, insiders), Netflix
  calling it fake (사실 아냐, dément, bantah), a Tudum event's own day, the teaser there setting Friday 14 May at 4 p.m.
  KST, numeric days with their year (14.05.2027, 23/4/2027), a Thai Buddhist year (2570), a correction of May 7, a
  delay rumour denied, a trailer and stills with no day, lineups, countdowns, the release, and other shows (scored
  before any change: right 37, wrong 2, missed 23 of 62); tuned on since (s2wild25: right 53, wrong 0, missed 9: a
  rumour with no verb or said as "… is what my friend says", a day only "not confirmed", questions, fakes taken back
  without a denial's words ("No April 23.", "pas de saison 2 …", a fan deleting a tweet), and a delay that only "might"
  come);
- wild 26 (season2_wild26.yaml, 68): written at stop 39 (s2wild26) before the changes it measures, never tuned on:
  December 2026 to June 2027 in eleven languages: hedged guesses of March (나올듯, 전망, diprediksi, có thể, llegaría,
  "could"), a rumoured day denied, season 1's fifth anniversary, Netflix's Friday 7 May in many forms (5/7, 07/05,
  07.05., 7 พ.ค., 7 tháng 5), an early leak denied, then a one-week delay to 14 May: delays to a day beside delays of a
  day ("Delays May 7 Premiere", 공개 무산), countdowns and the release (scored before any change: right 46, wrong 7, missed 15);
  tuned on since (s2wild26: right 62, wrong 0, missed 6: forecasts the hedge rule holds to claim nothing (전망, "could",
  diprediksi, có thể, a 썰 of a delay that only 수도 있다), and a delay beside a fan's birthday);
- wild 27 (season2_wild27.yaml, 77): written at stop 40 (s2wild27) before the changes it measures, never tuned on:
  December 2026 to June 2027 in twelve languages: the slate's first half, a Q2 rumour, Netflix's June window, a
  rumoured 11 June and a guessed 28 May denied, the official Friday 11 June in many forms, a move one week earlier to
  4 June (앞당겨, adelanta, antecipada, 前倒し, avancée, dimajukan, früher), countdowns written relative to the post,
  the release, counts that are not dates, and other shows (scored before any change: right 40, wrong 6, missed 31);
  tuned on since (s2wild27: right 70, wrong 0, missed 7: fans' own calls and a "might" (guesses claim nothing), 확정된 바
  없다, a German explainer, a lineup with no verb, Taglish hearsay of the half, and a countdown apart from the show's name);
- wild 28 (season2_wild28.yaml, 77): written at stop 40 (s2wild28) before the changes it measures, never tuned on:
  December 2026 to May 2027 in fifteen languages (Chinese both scripts, Malay, Tagalog, Hinglish, Turkish, Italian,
  Polish among them): Netflix's April window, a teaser and a trailer, an insider's day denied and a fake poster
  debunked, the official Friday 23 April with times in KST, Taiwan time, PT/BST, Brasília and IST, a correction, a
  two-week delay to 7 May with its reason, relative days before release, the release in every language, and counts,
  anniversaries, the cast's other shows, April Fools and sarcasm that read nothing (scored before any change: right 47, wrong 1,
  missed 29); tuned on since (s2wild28: right 74, wrong 0, missed 3: two Discord posts that name no show, and a casual
  Korean delay whose new day is said with a hearsay ending);
- wild 29 (season2_wild29.yaml, 77): written at stop 41 (s2wild29) before the changes it measures: December 2026 to
  June 2027 in sixteen languages (French, German, Vietnamese, Arabic, Russian and Hindi among them): 미정 and 확정된 바
  없다, fans' guesses, a Korean press question with its outlet after it, an insider's day denied, a teaser, the
  official Friday 4 June with times in many zones, a wrong day corrected, a delay rumour denied, countdowns, the
  trailer, the release in every language, fan-server posts that say only "S2" or "시즌2", and old news, other shows,
  counts and April Fools that read nothing (scored before any change: right 49, wrong 4, missed 24); tuned on since
  (s2wild29: right 73, wrong 0, missed 4: two Korean press questions with their outlet after them, read as asking; a
  Japanese hearsay of the half; and a day only longed for);
- wild 30 (season2_wild30.yaml, 77): written at stop 41 (s2wild30) before the changes it measures: February to April
  2027 in thirteen languages, the weeks after the release day is announced and the release week: a leaked day denied,
  Netflix's Tudum post and press release, a wrong day corrected, release hours by zone and "4pm in Korea", fans'
  questions about their hour, a leak denied with the day standing, the trailer's date card, countdowns, the release,
  reviews and episode recaps, and season 3 talk, the cast's other second seasons and counts that read nothing (scored
  before any change: right 45, wrong 2, missed 30); tuned on since (s2wild30: right 67, wrong 0, missed 10: five reviews,
  which may run before the release; two leaks typed as questions; a fan server's correction naming no season; another
  show's day before ours; and a day only longed for; 68 / 0 / 9 since s2wild34, which reads "leak?? someone on weibo says …");
- wild 31 (season2_wild31.yaml, 77): written at stop 41 (s2wild31) before the changes it measures: March to June 2027
  in sixteen languages, hunting wrong readings in the new forms: a rumoured day denied by negation in every language,
  fans' questions, conditionals and hopes about that day, event days, the official day with hours in local zones, a
  wrong day set right by negation, other shows' "S2" and hours, recaps and season 1 rewatches, old posts re-shared,
  "not up yet" questions and the release (scored before any change: right 52, wrong 8, missed 17); tuned on since
  (s2wild31: right 72, wrong 0, missed 5: a Korean denial with a hearsay ending, a Japanese one after a comma, a Hindi
  "next Friday", a German hour set right by "sondern", and an Indonesian "not out yet, tomorrow at 14:00");
- wild 32 (season2_wild32.yaml, 77): written at stop 42 (s2wild32) before the changes it measures: December 2026 to
  July 2027 in seventeen languages: Netflix's yearly slates and an event day, cast interviews ("next year", 올봄), a
  teaser with no day, an insider's day denied, the official day with its trailer and hours by zone, the day delayed a
  week in many words, a delay rumour answered with the day standing, countdowns, reviews before the release, the
  release, and bait (negations, questions, sarcasm, April Fools, other shows) (scored before any change: right 51,
  wrong 4, missed 22); tuned on since (s2wild32: right 69, wrong 0, missed 8: a Japanese slate's 上半期, a window after
  "still no date", a fake day naming no show, a standing day in brackets or after an old rumour quoted, a Hindi "next
  Friday" written on a Sunday, and a review after the release; 70 / 0 / 7 since s2wild33, which reads 上半期);
- wild 33 (season2_wild33.yaml, 77): written at stop 42 (s2wild33) before the changes it measures: December 2026 to
  July 2027 in seventeen languages, hunting wrong readings in the forms wild32 taught: spans that are no delay, "not X
  but Y" where Y is no day or another show, denials of something else, seasons of other shows and of past filming,
  other shows' S02E01, watch-party clocks, a trailer "palabas na", and the same forms when true (scored before any
  change: right 47, wrong 8, missed 22); tuned on since (s2wild33: right 71, wrong 0, missed 6: a Chinese hearsay day
  asked, a rewatch put off beside a day still awaited, a delay running on into a rewatch, an April Fools post's real day
  in brackets, "3 weeks until S2" after a rewatch, and "today was supposed to be … one more week");
- wild 34 (season2_wild34.yaml, 80): written at stop 42 (s2wild34) before the changes it measures: January to July 2027
  in eighteen languages, hunting wrong readings: two shows in one post, two days in one post (red carpet, press
  screening, fan meeting, dub), relative days and local clocks, weekday names that disagree with the date, other
  shows' "episodes 7-12" and "part 2", cast birthday posts, a day for one country, re-posts of old news, translated
  headlines quoting the original, and ordinary true ones (scored before any change: right 47, wrong 3, missed 30); tuned on
  since (s2wild34: right 63, wrong 0, missed 17: a hearsay day asked, a quoted Japanese denial, weekdays that disagree with
  the date, birthday posts, a weekday or a bare day beside an event, "May 14 stands" after a leak denied, and "thursday
  night here in LA … at midnight");
- wild 35 (season2_wild35.yaml, 91): written at stop 43 (s2wild35) before the changes it measures: December 2026 to July
  2027 in sixteen languages: Netflix's 2027 slate, teaser and trailer date cards, a day given only as a weekday, Korean
  press at every strength, old denied days quoted beside the real one, alt text, replies correcting a post, the webtoon's
  season 2, premiere hours in a country's zone, rumours taken back (scored before any change: right 44, wrong 8, missed 39);
  tuned on since (s2wild35: right 66, wrong 0, missed 25: hearsay days asked, a forecast's "is likely to", end cards and alt
  text, a weekday that disagrees with the date, April Fools posts, a denial and a day in one clause, and the like; 67 / 0 /
  24 since s2wild36);
- wild 36 (season2_wild36.yaml, 84): written at stop 43 (s2wild36) before the changes it measures: December 2026 to July
  2027 in nineteen languages, hunting wrong readings in wild35's forms: insiders of other companies, "likely" said of
  another show or the trailer, "next week" said of a trailer or a showcase, corrections ending on another show's or the
  trailer's day, denials of a cast rumour, actors' birthdays, several cities' clocks in one post, the webtoon's season 2
  beside ours (scored before any change: right 50, wrong 11, missed 23); tuned on since (s2wild36: right 76, wrong 0,
  missed 8: a window beside another show's "likely", English "likely … per an industry source", a reply's "that's not
  true", the Thai webtoon beside the series, a post naming no show, a correction naming the trailer's day, and the like);
- wild 37 (season2_wild37.yaml, 60): written at stop 43 (s2wild37) before the changes it measures: December 2026 to June
  2027 in twenty languages, hunting wrong readings in wild36's forms: several cities' clocks of a watch party or a cast
  live stream, an insider's "likely" said of another show, a correction of a cast story, the webtoon's / game's /
  novel's season 2 alone, wishes for a day, denials naming another event's day, a day quoted as someone's wrong guess
  (scored before any change: right 33, wrong 14, missed 13); tuned on since (s2wild37: right 47, wrong 0,
  missed 13: denials whose reason names another event's day, the day beside a watch party's clocks, plain release verbs
  in Dutch, Indonesian, Turkish, Polish, Thai and Malay, and the like);
- wild 38 (season2_wild38.yaml, 86): written at stop 44 (s2wild38) before the changes it measures: December 2026 to July
  2027 in twenty languages: the month before release (key art "5.28", "D-30", a trailer's date card in alt text, Netflix
  Korea's captions), release week ("tomorrow", "tonight at midnight", "in 3 days", "this Friday" counted from the post's
  day, watch parties and live streams beside it, premiere, red-carpet, showcase and press-conference days that are not
  the release), after release ("out now", episode counts), rumours and denials, April Fools with the real day in
  brackets, weekdays that disagree with the date, plain release verbs in Dutch, Turkish, Thai and Malay (scored before
  any change: right 42, wrong 2, missed 42); tuned on since (s2wild38: right 73, wrong 0, missed 13: key art no longer
  read as the season out, a live stream "with the cast", plain release verbs in Dutch, Turkish and Malay, "tomorrow" and a
  watch party's hour in a sentence after, Japanese 「」 and Chinese 不实 denials, April Fools owning up with the real day,
  trailers' end cards, "D-30" countdowns, and the like);
- wild 39 (season2_wild39.yaml, 63): written at stop 44 (s2wild39) before the changes it measures: wild38's forms turned
  on what they must not catch ("tomorrow" of a trailer, a press conference, a red carpet, a showcase, another show; "D-30"
  to a fan meeting or a birthday; release verbs about season 1 elsewhere, the webtoon or a dub; April Fools naming only the
  joke; "dropped today" of a trailer, an OST, posters; the true day said NOT to be a rumour; "오직 넷플릭스에서" beside
  another show's day) plus plain release posts in Polish, Swedish, Ukrainian, Italian (scored before any change: right 35,
  wrong 17, missed 11; 41 / 11 / 11 with seven trailer rows set to the bench's convention); tuned on since (s2wild39: right 59,
  wrong 0, missed 4: Japanese and Chinese events and OST, Turkish trailers and dubs, "not a rumour" in five languages, our
  show "too" after another's day, release words in Italian, Polish, Swedish, Ukrainian, Malay and Turkish);
- wild 40 (season2_wild40.yaml, 53): written at stop 44 (s2wild40) before the changes it measures: wild39's forms turned
  on what they must not catch ("not a rumour" of a fan's guess, in sarcasm or of a leak; premiere screenings; April Fools
  in seven languages) and on what they must still read (OST and dub posts with the release day, "도 곧" after our own day,
  a delay said not to be a rumour, release posts in more than twelve languages) (scored before any change: right 37,
  wrong 5, missed 11); tuned on since (s2wild40: right 42, wrong 0, missed 11: April Fools in Chinese, German and
  Portuguese, sarcasm on "not a rumour", an Indonesian fan's hunch);
- wild 41 (season2_wild41.yaml, 81): written at stop 45 (s2wild41) before the changes it measures: a season split in
  parts (the season's day is Part 1's; Part 2's day alone is not the release), release hours in several time zones and
  across midnight, a day moved up a week, a delay rumour and its denial, questions about a day, Thai release verbs,
  Remind Me pages, episode counts, and dates that are not the release (scored before any change: right 48, wrong 4,
  missed 29); tuned on since (s2wild41: right 67, wrong 0, missed 14: Part 1's day in eleven languages, a later part's
  day alone never the release, moves up by a week, episode counts before "out", answers to rumours in Chinese and Japanese);
- wild 42 (season2_wild42.yaml, 60): written at stop 45 (s2wild42) before the changes it measures: wild41's forms turned
  on what they must not catch ("part of the cast" and its kin in eight languages, a recap video's or a theory thread's
  part, "moved" of a screening, a fan event or a watch party, numbers after the title that are not days) and on what
  they must still read (a later part's day before Part 1's, a denial answered with a new day, hours in other zones,
  episode counts beside the day) (scored before any change: right 29, wrong 13, missed 18; 32 / 10 / 18 with three
  trailer and teaser rows set to the bench's convention); tuned on since (s2wild42: right 42, wrong 0, missed 18: only
  wrong readings fixed, a later part's day before Part 1's, a denial answered with a new day, a premiere screening moved,
  "8 a.m. UK time" and Latin American hours);
- wild 43 (season2_wild43.yaml, 81): written at stop 46 (s2wild43) before the changes it measures: Netflix's 2027
  line-up in fifteen languages (windows as sure as their source), "most anticipated of 2027 (TBA)" lists, teasers with and
  without a day, a day only in alt text or a hashtag, questions about a day, a denial naming a new day, a JTBC broadcast
  day beside Netflix's, Latin American hours, both parts out and harmless posts (scored before any change: right 45,
  wrong 5, missed 31); tuned on since (s2wild43: right 61, wrong 0, missed 20: wrong readings first, a part of a year in
  German and Vietnamese, a JTBC broadcast day, hours in Chile time and CDMX; then misses in Dutch, Polish, Taglish and
  French, both parts out, a teaser's day then the season's, a year's list with the half, hedges after a window);
- wild 44 (season2_wild44.yaml, 63): written at stop 46 (s2wild44) before the changes it measures: wild43's forms where
  they are not the release (a year's part of another show or of filming, "first half" of an episode or a match, a
  teaser's own day, jokes "per my sources", hours of a fan meeting or a cast live, "rendez-vous" / "vanaf" of a pop-up
  store or the webtoon, "both parts" of a recap, other shows' date cards) and where they are (JTBC or tvN posts about
  Netflix's day, windows and days in seven more languages, both parts out) (scored before any change: right 51, wrong 4,
  missed 8); tuned on since (s2wild44: right 55, wrong 0, missed 8: only wrong readings fixed, a teaser's own day in
  Spanish, 先导预告 a teaser, the cast's live in Spanish, "hora de México");
- wild 45 (season2_wild45.yaml, 69): written at stop 47 (s2wild45) before the changes it measures: the announcement
  wave (Netflix's 2027 sizzle reel with other shows' days, the date-announcement teaser and its card, release hours in
  UTC/GMT/PT/ET/KST and in one line with the day in fifteen languages, hours on 00:00 UTC, a delay quoting the old day,
  a rumoured move earlier and its denial, episode counts, questions about a day, the webtoon, a birthday cafe, a watch
  party and the trailer's own day) (scored before any change: right 44, wrong 7, missed 18); tuned on since (s2wild45:
  right 58, wrong 3, missed 8, then 61 / 0 / 8 with the hour flag: the three wrong were hours on 00:00 UTC, stored as a
  day without an hour; a Spanish "del … al …" delay, "TSİ 10:00", a Chinese slate reel, lowercase "kingdom 3"; then a day and
  hour without a verb, Netflix's card with hours, Hindi, a reel's "· first half", a Korean line-up's "지우학2 상반기", Netflix Korea's "🧟 티저 예고편 공개");
- wild 46 (season2_wild46.yaml, 69): written at stop 47 (s2wild46) before the changes it measures: wild45's forms where
  they are about something else (a day and hour with no verb of a fan meeting, a trailer premiere, a watch party, a
  concert, a quiz night, a birthday live, another show in the reel; other shows' "· first half of 2027"; an event's
  "del 16 al 25 de abril"; Turkish, Hindi and Chinese hours of other events; lowercase titles of other shows; "kingdom
  3 times"; "set your alarms" for a trailer; line-ups with our show undated) and where they are the release (a card in
  sixteen languages, a delay "del 16 al 30 de abril", a Korean first-half line-up) (scored before any change: right 44, wrong 11, missed 14); tuned on since (s2wild46:
  right 67, wrong 0, missed 2: a card keeps the hour after its day and is the release only when its other parts are the
  platform or its hours, not a concert, a quiz night or another show; 延期至 a delay; then Hindi, Vietnamese and Filipino
  cards, a reel's "· 2027", a line-up's entry of ours, French and Korean delays with their new day);
- moderator (season2_moderator.yaml, 36): release dates and times as typed to `/season2set report`
  (`reports.parse_release` on 14 January 2027 at 12:00 UTC): a moment, a window, or "ask" (refused).

A later part's day (Part 2 of a season released in parts) is written "part_dated <confidence> <day> part 2" (since part55,
which re-labelled the rows of wild 41, 42, 43, 58, 59, 60 and 62 that give it; each set's header has both figures).

An item is right when the reading is exactly the expected one; missed when nothing (or only part of it,
nothing else) was read; wrong otherwise (a claim not made, another date, time or confidence, or a
moment accepted where it should have been asked). `--show` lists the items not right. A summary (s:) is read as
`rss.parse_feed` hands it over: `summaries.summary_text` takes its HTML tags and entities out.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from bot.season2.model import Claim, Milestone, Standing
from bot.season2.reports import ReportError, parse_release
from bot.season2.sources.rss import FeedItem, claims_from_items
from bot.season2.sources.summaries import summary_text
from bot.season2.windows import Window

DATA = Path(__file__).resolve().parent / "data"
#: Each set's file name without season2_ and .yaml (what --set names), in the order of `main`'s sets.
FILES = ("headlines", "heldout", "fresh", "moderator", "denials", "wild", "wild_heldout", "wild_fresh", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9", "wild10", "wild11", "wild12", "wild13", "wild14", "wild15", "wild16", "wild17", "wild18", "wild19", "wild20", "wild22", "wild23", "wild24", "wild25", "wild26", "wild27", "wild28", "wild29", "wild30", "wild31", "wild32", "wild33", "wild34", "wild35", "wild36", "wild37", "wild38", "wild39", "wild40", "wild41", "wild42", "wild43", "wild44", "wild45", "wild46", "wild47", "wild48", "wild49", "wild50", "wild51", "wild52", "wild53", "wild54", "wild55", "wild56", "wild57", "wild58", "wild59", "wild60", "wild61", "wild62", "wild63", "wild64", "wild65", "wild66", "wild67", "wild68", "wild69", "wild70", "wild71", "wild72", "wild73", "wild74", "wild75", "wild76", "wild77", "wild78", "wild79", "wild80", "wild81", "wild82", "wild83", "wild84", "wild85", "wild86", "wild87", "wild88", "wild89", "wild90", "wild91", "wild92", "wild93", "wild94", "wild95", "wild96", "wild97", "wild98", "wild99", "wild100", "wild101", "wild102", "wild103", "wild104", "wild106", "wild107", "wild108")
#: When the moderators' set is typed: a Thursday, four weeks before the invented premiere.
MODERATOR_NOW = dt.datetime(2027, 1, 14, 12, 0, tzinfo=dt.UTC)


def _load(name: str) -> list[dict[str, Any]]:
    # libyaml's parser where installed (the same data, a tenth of the CPU: the sets are read by tests/season2 too)
    items: list[dict[str, Any]] = yaml.load((DATA / name).read_text(encoding="utf-8"),
                                            Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return items


def _moment(at: dt.datetime, timed: bool) -> str:
    """A claim's release as the sets write it: its day, then its hour in UTC when one was given (00:00 too)."""
    at = at.astimezone(dt.UTC)
    return at.date().isoformat() + (at.strftime(" %H:%M") if timed else "")


def reading(claim: Claim) -> str:
    """A claim as the sets write it: milestone, confidence, then its moment or window."""
    if claim.standing is Standing.REFUTED and claim.release_at is not None:
        return f"denies {_moment(claim.release_at, claim.timed)}"  # a day taken back (bot/season2/denials.py)
    parts = [claim.milestone.value, claim.confidence.value]
    if claim.release_at is not None:
        parts.append(_moment(claim.release_at, claim.timed))
    if claim.release_window is not None:
        parts.append(f"window={claim.release_window}")
    if claim.milestone is Milestone.PART_DATED:
        parts.append("part 2")  # a later part's day, never the season's ("part_dated official 2027-04-02 part 2")
    return " ".join(parts)


def read_headline(item: dict[str, Any]) -> set[str]:
    written: dt.date = item["w"]
    # a summary is read only for the day its title leaves out, as parse_feed hands it over (its HTML out)
    feed_item = FeedItem(item["t"], None, item.get("p", "soompi.com"), written, bool(item.get("o", False)),
                         summary=summary_text(item.get("s")))
    claims, _ = claims_from_items([feed_item], written)
    return {reading(c) for c in claims}


def read_moderator(item: dict[str, Any]) -> set[str]:
    try:
        found = parse_release(item["t"], MODERATOR_NOW)
    except ReportError:
        return {"ask"}
    if found is None:
        return set()
    if isinstance(found, Window):
        return {f"window={found.label}"}
    return {found.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")}


def _expected(item: dict[str, Any]) -> set[str]:
    text = str(item["e"]).strip()
    return set() if text == "-" else {" ".join(part.split()) for part in text.split("|")}


def score(items: list[dict[str, Any]], read: Any, *, refusal: str | None = None) -> tuple[int, int, int, list[str]]:
    """(right, wrong, missed, the items not right). `refusal`: the reading that means "nothing read"."""
    right = wrong = missed = 0
    notes: list[str] = []
    for item in items:
        expected, got = _expected(item), read(item)
        if refusal is not None and got == {refusal} and expected != got:
            got = set()
        if got == expected:
            right += 1
            continue
        if got < expected:
            missed += 1
            verdict = "MISSED"
        else:
            wrong += 1
            verdict = "WRONG"
        notes.append(f"{verdict}: {item['t']!r}\n    expected {sorted(expected) or '-'}\n    read     {sorted(got) or '-'}")
    return right, wrong, missed, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--show", action="store_true", help="list the items not right")
    parser.add_argument("--set", dest="only", help="score one set only (its file name: wild_fresh, wild4 ...)")
    args = parser.parse_args()
    sets = (
        ("headlines", _load("season2_headlines.yaml"), read_headline, None),
        ("held out", _load("season2_heldout.yaml"), read_headline, None),
        ("fresh", _load("season2_fresh.yaml"), read_headline, None),
        ("moderator", _load("season2_moderator.yaml"), read_moderator, "ask"),
        ("denials", _load("season2_denials.yaml"), read_headline, None),
        ("wild", _load("season2_wild.yaml"), read_headline, None),
        ("wild held", _load("season2_wild_heldout.yaml"), read_headline, None),
        ("wild fresh", _load("season2_wild_fresh.yaml"), read_headline, None),
        ("wild 4", _load("season2_wild4.yaml"), read_headline, None),
        ("wild 5", _load("season2_wild5.yaml"), read_headline, None),
        ("wild 6", _load("season2_wild6.yaml"), read_headline, None),
        ("wild 7", _load("season2_wild7.yaml"), read_headline, None),
        ("wild 8", _load("season2_wild8.yaml"), read_headline, None),
        ("wild 9", _load("season2_wild9.yaml"), read_headline, None),
        ("wild 10", _load("season2_wild10.yaml"), read_headline, None),
        ("wild 11", _load("season2_wild11.yaml"), read_headline, None),
        ("wild 12", _load("season2_wild12.yaml"), read_headline, None),
        ("wild 13", _load("season2_wild13.yaml"), read_headline, None),
        ("wild 14", _load("season2_wild14.yaml"), read_headline, None),
        ("wild 15", _load("season2_wild15.yaml"), read_headline, None),
        ("wild 16", _load("season2_wild16.yaml"), read_headline, None),
        ("wild 17", _load("season2_wild17.yaml"), read_headline, None),
        ("wild 18", _load("season2_wild18.yaml"), read_headline, None),
        ("wild 19", _load("season2_wild19.yaml"), read_headline, None),
        ("wild 20", _load("season2_wild20.yaml"), read_headline, None),
        ("wild 22", _load("season2_wild22.yaml"), read_headline, None),
        ("wild 23", _load("season2_wild23.yaml"), read_headline, None),
        ("wild 24", _load("season2_wild24.yaml"), read_headline, None),
        ("wild 25", _load("season2_wild25.yaml"), read_headline, None),
        ("wild 26", _load("season2_wild26.yaml"), read_headline, None),
        ("wild 27", _load("season2_wild27.yaml"), read_headline, None),
        ("wild 28", _load("season2_wild28.yaml"), read_headline, None),
        ("wild 29", _load("season2_wild29.yaml"), read_headline, None),
        ("wild 30", _load("season2_wild30.yaml"), read_headline, None),
        ("wild 31", _load("season2_wild31.yaml"), read_headline, None),
        ("wild 32", _load("season2_wild32.yaml"), read_headline, None),
        ("wild 33", _load("season2_wild33.yaml"), read_headline, None),
        ("wild 34", _load("season2_wild34.yaml"), read_headline, None),
        ("wild 35", _load("season2_wild35.yaml"), read_headline, None),
        ("wild 36", _load("season2_wild36.yaml"), read_headline, None),
        ("wild 37", _load("season2_wild37.yaml"), read_headline, None),
        ("wild 38", _load("season2_wild38.yaml"), read_headline, None),
        ("wild 39", _load("season2_wild39.yaml"), read_headline, None),
        ("wild 40", _load("season2_wild40.yaml"), read_headline, None),
        ("wild 41", _load("season2_wild41.yaml"), read_headline, None),
        ("wild 42", _load("season2_wild42.yaml"), read_headline, None),
        ("wild 43", _load("season2_wild43.yaml"), read_headline, None),
        ("wild 44", _load("season2_wild44.yaml"), read_headline, None),
        ("wild 45", _load("season2_wild45.yaml"), read_headline, None),
        ("wild 46", _load("season2_wild46.yaml"), read_headline, None),
        ("wild 47", _load("season2_wild47.yaml"), read_headline, None),
        ("wild 48", _load("season2_wild48.yaml"), read_headline, None),
        ("wild 49", _load("season2_wild49.yaml"), read_headline, None),
        ("wild 50", _load("season2_wild50.yaml"), read_headline, None),
        ("wild 51", _load("season2_wild51.yaml"), read_headline, None),
        ("wild 52", _load("season2_wild52.yaml"), read_headline, None),
        ("wild 53", _load("season2_wild53.yaml"), read_headline, None),
        ("wild 54", _load("season2_wild54.yaml"), read_headline, None),
        ("wild 55", _load("season2_wild55.yaml"), read_headline, None),
        ("wild 56", _load("season2_wild56.yaml"), read_headline, None),
        ("wild 57", _load("season2_wild57.yaml"), read_headline, None),
        ("wild 58", _load("season2_wild58.yaml"), read_headline, None),
        ("wild 59", _load("season2_wild59.yaml"), read_headline, None),
        ("wild 60", _load("season2_wild60.yaml"), read_headline, None),
        ("wild 61", _load("season2_wild61.yaml"), read_headline, None),
        ("wild 62", _load("season2_wild62.yaml"), read_headline, None),
        ("wild 63", _load("season2_wild63.yaml"), read_headline, None),
        ("wild 64", _load("season2_wild64.yaml"), read_headline, None),
        ("wild 65", _load("season2_wild65.yaml"), read_headline, None),
        ("wild 66", _load("season2_wild66.yaml"), read_headline, None),
        ("wild 67", _load("season2_wild67.yaml"), read_headline, None),
        ("wild 68", _load("season2_wild68.yaml"), read_headline, None),
        ("wild 69", _load("season2_wild69.yaml"), read_headline, None),
        ("wild 70", _load("season2_wild70.yaml"), read_headline, None),
        ("wild 71", _load("season2_wild71.yaml"), read_headline, None),
        ("wild 72", _load("season2_wild72.yaml"), read_headline, None),
        ("wild 73", _load("season2_wild73.yaml"), read_headline, None),
        ("wild 74", _load("season2_wild74.yaml"), read_headline, None),
        ("wild 75", _load("season2_wild75.yaml"), read_headline, None),
        ("wild 76", _load("season2_wild76.yaml"), read_headline, None),
        ("wild 77", _load("season2_wild77.yaml"), read_headline, None),
        ("wild 78", _load("season2_wild78.yaml"), read_headline, None),
        ("wild 79", _load("season2_wild79.yaml"), read_headline, None),
        ("wild 80", _load("season2_wild80.yaml"), read_headline, None),
        ("wild 81", _load("season2_wild81.yaml"), read_headline, None),
        ("wild 82", _load("season2_wild82.yaml"), read_headline, None),
        ("wild 83", _load("season2_wild83.yaml"), read_headline, None),
        ("wild 84", _load("season2_wild84.yaml"), read_headline, None),
        ("wild 85", _load("season2_wild85.yaml"), read_headline, None),
        ("wild 86", _load("season2_wild86.yaml"), read_headline, None),
        ("wild 87", _load("season2_wild87.yaml"), read_headline, None),
        ("wild 88", _load("season2_wild88.yaml"), read_headline, None),
        ("wild 89", _load("season2_wild89.yaml"), read_headline, None),
        ("wild 90", _load("season2_wild90.yaml"), read_headline, None),
        ("wild 91", _load("season2_wild91.yaml"), read_headline, None),
        ("wild 92", _load("season2_wild92.yaml"), read_headline, None),
        ("wild 93", _load("season2_wild93.yaml"), read_headline, None),
        ("wild 94", _load("season2_wild94.yaml"), read_headline, None),
        ("wild 95", _load("season2_wild95.yaml"), read_headline, None),
        ("wild 96", _load("season2_wild96.yaml"), read_headline, None),
        ("wild 97", _load("season2_wild97.yaml"), read_headline, None),
        ("wild 98", _load("season2_wild98.yaml"), read_headline, None),
        ("wild 99", _load("season2_wild99.yaml"), read_headline, None),
        ("wild 100", _load("season2_wild100.yaml"), read_headline, None),
        ("wild 101", _load("season2_wild101.yaml"), read_headline, None),
        ("wild 102", _load("season2_wild102.yaml"), read_headline, None),
        ("wild 103", _load("season2_wild103.yaml"), read_headline, None),
        ("wild 104", _load("season2_wild104.yaml"), read_headline, None),
        ("wild 106", _load("season2_wild106.yaml"), read_headline, None),
        ("wild 107", _load("season2_wild107.yaml"), read_headline, None),
        ("wild 108", _load("season2_wild108.yaml"), read_headline, None),
    )
    files = dict(zip([name for name, *_ in sets], FILES, strict=True))
    for name, items, read, refusal in sets:
        if args.only and files[name] != args.only:
            continue
        right, wrong, missed, notes = score(items, read, refusal=refusal)
        print(f"{name:10} {len(items):3} items: right {right}, wrong {wrong}, missed {missed}")
        if args.show:
            for note in notes:
                print("  " + note)


if __name__ == "__main__":
    main()
