"""Numbers and words said beside a fan's place that are no place themselves, read past before the place is read.

Plain text in, plain text out (lower-cased by bot.progress_said.chat_free, before its emoji go); nothing here knows
the show. Each of these would otherwise be read as an episode, often past the one watched, or have the sentence asked
again:

- a rating ("ep 4: 7.5/10", "rated ep 3 a 9.5", "ep 3 ★★★★☆ 4.5"): the episode rated was watched;
- a speed ("2x speed on ep 6", "ep 5 at 1.5x"), a size ("1920x1080", "2x3 ft"), a football score ("perdemos de 2x3",
  never the code "2x03" of season 2's third episode);
- a runtime ("ep 9 is 62 minutes, finished it", "5화 60분짜리", "第7集60分钟", "7話は65分"): how long the episode
  is, never how far into it the fan is ("ep 7, 40 min in" stays partway);
- an arrow to a plan ("ep 3 -> finale tonight", "s2e1 -> soon"): the place before the arrow, or the one planned;
- a clock beside tonight ("ep 10 at 9.30 tonight", "épisode 9 à 21h ce soir", "Folge 3 heute um 21:30", "오늘 밤 9시
  30분에 3화"): when, a plan, as "ep 10 tonight" is;
- a rewatch wished, planned or of another show ("재탕 하고 싶다", "想二刷", "will rewatch once i finish", "rewatching
  squid game"): no rewatch of this show, so it says nothing of how far; nor is something else watched again ("rewatching
  the trailer", "rewatched the ep 3 fight scene", "영화 2회차 관람", "二刷预告片");
- one episode watched again after sleep, a rewind or a dropped connection ("watching ep 4 again bc i fell asleep",
  "졸아서 4화 다시 보는 중"): that episode watched, never a rewatch of the show;
- an hour of the clock, a vaccine's dose, a rank or a try counted ("es la 1 y voy por el cap 4", "terminé el cap 8 a las 2
  de la mañana", "dormi às 2 no meio do ep 7", "새벽 2시까지 보고 6화까지 봄", "в 2 часа ночи", "tomei a 2ª dose e vi o ep 4",
  "la número 2 de mi lista es nam-ra", "é a 3ª vez que começo a série"): when, or what else, never a season ("la 2",
  "a 2" say one in Spanish and Portuguese) nor an episode;
- how many times an episode or a scene was watched ("finished ep 3 for the 3rd time", "terminé el cap 3 por tercera
  vez", "3화 세 번째로 다 봤어", "3話を3回目見終わった", "paused at the library scene for the 3rd time"): that one, seen as said.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.progress_words import alternatives
from bot.text import ORDINAL_WORDS

_EP = r"(?:(?:s|season ?)\d{1,2} ?(?:e|ep|episode) ?\d{1,2}|(?:episode|ep|e) ?\d{1,2}|\d{1,2} ?[화회편話]|第 ?\d{1,2} ?集)"
# (stars only as a row of three or more, or with a score: "ep 12 ⭐ tonight" may mark the one to come; a count out of
# any number with stars after it is a score, "3/6 ⭐": watched54)
_STAR = "[★☆⭐✩✪]\ufe0f?"
_RATING = rf"(?:\d{{1,2}}(?:\.\d{{1,2}})? ?/ ?(?:10|5|100)\b|\d{{1,2}} ?/ ?\d{{1,2}} ?(?:{_STAR})+|(?:{_STAR}){{3,}} ?(?:\d(?:\.\d)?(?: ?/ ?5)?)?|(?:{_STAR})+ ?\d(?:\.\d)?(?: ?/ ?5)?(?!\d))"
# "ep 4: 7.5/10", "ep 6 was a 8.5/10 for me", "s2e5 7.5/10", "ep 3 ★★★★☆ 4.5": a rating of the episode, so it was seen.
_RATED_AFTER = compile_later(rf"(?P<ep>{_EP})\s*[:=\-–—]?\s*(?:(?:was|is|gets|got) )?(?:(?:a|an) )?{_RATING}(?: for me)?"
                             # "s2 ep 2 gets a 7 from me" (its keycap "7️⃣" a digit by now): a score given, never an episode
                             r"|(?P<given>" + _EP + r") (?:gets|got|earns|deserves) (?:a |an )?\d{1,2}(?:\.\d)?(?: ?/ ?\d{1,3})?(?: (?:from|for) me)?\b")
# "rated ep 3 a 9.5", "gave ep 5 a 10/12": the same, the rating said before.
_RATED_BEFORE = compile_later(rf"\b(?:rated|gave) (?P<ep>{_EP}) (?:a |an )?\d{{1,2}}(?:\.\d{{1,2}})?(?: ?/ ?\d{{1,3}})?\b"
                              # "8 out of 10 for s2 ep 1", "9/10 to ep 3": the score first
                              rf"|\b\d{{1,2}}(?:\.\d)? ?(?:out of|/) ?(?:10|5|100) (?:for|to) (?P<to>{_EP})\b")
# "9.5/10 so far", "S2 rated 8.5 on imdb": a rating of nothing said as watched.
_RATING_ALONE = compile_later(rf"{_RATING}|\b(?:rated|is|was) (?:a |an )?\d{{1,2}}(?:\.\d)? on (?:imdb|mdl|mydramalist|letterboxd|rotten tomatoes|rt)\b")
# "2x speed", "at 1.5x", "(2x)": a playback speed (never "2x03", which has no word boundary after its x).
_SPEED = compile_later(r"(?:\b(?:at|on|in) )?(?<![\d.x])\d(?:\.\d{1,2})?(?:x\b(?: speed)?| x speed\b)")
# "1920x1080", "2x3 ft": a size.
_SIZE = compile_later(r"(?:\bin )?\b\d{3,4} ?x ?\d{3,4}\b|\b\d{1,2} ?x ?\d{1,2} ?(?:ft|feet|cm|m|in|inch(?:es)?|meters?|metros?)\b")
# "perdemos de 2x3", "o jogo foi 2x0", "brasil 3x1 hoje": a score said with a game (its clause only).
# The whole of the game's clause goes, with when it was played and the word joining it to the next ("e", "mas").
_SCORE = compile_later(r"(?:\b(?:o |el |the )?(?:jogo|placar|partida|futebol|perdemos|ganhamos|perdeu|ganhou|venceu|vencemos|empatamos"
                       r"|brasil|partido|juego|ganamos|perdimos|game|match|score|won|lost|beat|football|soccer)\b[^,]*?"
                       r"\b\d{1,2} ?x ?\d{1,2}\b|\b\d{1,2} ?x ?\d{1,2} (?:no|in|at|en) (?:futebol|football|soccer|jogo|game|partido)\b)"
                       r"(?: (?:hoje|ontem|hoy|ayer|today|yesterday|last night))?(?:,? (?:e|mas|but|and|y|pero)\b)?,?")
_RUNTIME = (r"(?:like |about |almost |over |around )?(?:\d{1,3} ?(?:mins?|minutes?|minutos?|minuten)\b|\d ?h(?:ours?|rs?)? ?\d{1,2}\b(?: ?mins?)?"
            r"|\d(?:\.\d)? ?(?:hours?|hrs?)\b|\d{1,2}:\d{2}(?::\d{2})?)")
_SAYS_RUNTIME = r"(?:is|was|runtime|runs|dura|durou|is like|was like)"
# "ep 9 is 62 minutes, finished it", "ep 12 was 72 min and i watched every second", "ep 8 runtime 55:30, done",
# "o ep 10 dura 70 minutos, terminei": the runtime, then the episode said seen.
_RUNTIME_SEEN = compile_later(rf"(?:\b(?:o|el|the|la|a) )?(?P<ep>{_EP}),? {_SAYS_RUNTIME} {_RUNTIME}(?: (?:wtf|lol|omg|long))*(?:,| and| but)? (?:i )?"
                              r"(?:finished(?: it)?|watched (?:it(?: all)?|every (?:second|minute|bit))|done|terminei|assisti(?: tudo)?"
                              r"|vi todo|termin[eé])$")
# "ep 1 is 60 min, im 30 min in": how far into that episode.
_RUNTIME_INTO = compile_later(rf"(?P<ep>{_EP}),? {_SAYS_RUNTIME} {_RUNTIME}(?: (?:wtf|lol|omg|long))*,? (?:(?:im|i am) )?(?:like |about )?"
                              r"(?P<into>\d{1,3}) ?(?:mins?|minutes?) in$")
# "s2e8 is 70 minutes, im on s2e6", "the finale is 80 min, on ep 9", "each ep is like 60 min": a runtime said beside the
# place, its clause says nothing of it.
_RUNTIME_CLAUSE = compile_later(rf"(?:^|(?<=, ))(?P<ep>{_EP}|the finale|each ep(?:isode)?|every ep(?:isode)?|the eps),? {_SAYS_RUNTIME} {_RUNTIME}(?: (?:wtf|lol|omg|long))*(?=,|$)")
# "on ep 6, the 64 minute one", "5화 60분짜리", "第7集60分钟，", "7話は65分、": a runtime as a label.
_RUNTIME_LABEL = compile_later(r",? the \d{1,3}[ -]?(?:min|minute)s?(?: long)? (?:one|ep|episode)\b|(?<=[화회편]) ?\d{1,3} ?분 ?짜리"
                               r"|(?<=集) ?\d{1,3} ?分钟[，,、]?|(?<=話)は ?\d{1,3} ?分(?:くらい|ぐらい)?(?:だった|でした)?[、,]?")

# An arrow: "ep 3 -> ep 4", "7화 → 12화".
_ARROW = r"\s*(?:-->|->|→|=>|⇒)\s*"
_TIME_TO_COME = (r"(?:soon|tonight|tomorrow|tmrw|tmr|later|next|this weekend|next week|after (?:lunch|dinner|work|school|class|this)"
                 r"|by (?:\w+day|tonight|tomorrow|the weekend)|오늘 ?밤\w*|내일\w*|이따\w*|今夜|明日|あとで)")
_TO_COME = rf"(?:{_TIME_TO_COME}|goal\b.*)"  # "on ep 2 -> goal: ep 8 by sunday": a goal is to come too
# "s2e1 -> soon", "ep 12 -> tonight": the place itself is to come (as "s2e1 next").
_ARROW_TO_A_TIME = compile_later(rf"^(?P<said>.+?){_ARROW}(?P<when>{_TIME_TO_COME})$")
# "ep 3 -> finale tonight", "ep 6 → 7 after lunch", "s1e12 -> s2 tomorrow": the place before, then a plan.
_ARROW_TO_A_PLAN = compile_later(rf"^(?P<said>.+?){_ARROW}.*?(?:\b|(?<=\s)|^){_TO_COME}(?:\s*\S*)?$")
# "ep 1 => 12 in one day!": a run of episodes watched, said with an arrow.
_ARROW_RUN = compile_later(rf"^(?P<word>(?:eps?|episodes?) ?)(?P<low>\d{{1,2}}){_ARROW}(?:(?:eps?|episodes?) ?)?(?P<high>\d{{1,2}})"
                           r"(?P<rest> in (?:one|a|1) (?:day|night|sitting|go)| yesterday| last night)\W*$")

# "fell asleep at 9 lol", "passed out at 11pm": a sleep at an hour said with no episode word, the fan's night, never an
# episode ("fell asleep at ep 9" is one; watched59)
_ASLEEP_AT_HOUR = compile_later(r"\b(fell asleep|dozed off|passed out|crashed|slept|went to (?:bed|sleep)) at \d{1,2}(?: ?(?:am|pm))?"
                                r"(?![\d:.]| ?(?:mins?|minutes?|m)\b| ?(?:into|in|of)\b)")
_CLOCK_TO_COME = compile_later(r"\s*\bat \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?(?= (?:tonight|today|tomorrow|tmrw)\b)")
# The same abroad, the clock said before the evening ("épisode 9 à 21h ce soir") or after today ("Folge 3 heute um 21:30",
# "오늘 밤 9시 30분에 3화"): the evening kept, a plan as "ep 9 tonight" is.
_CLOCK_TO_COME_ABROAD = compile_later(
    r"\s(?:à|a|a las|um|alle|às|as) \d{1,2}(?:[:.h]\d{2}|h)?(?: ?uhr)?(?= (?:ce soir|heute abend|esta noche|stasera|hoje (?:[àa] )?noite)\b)"
    r"|(?<=\bheute) um \d{1,2}(?:[:.]\d{2})?(?: ?uhr)?\b|(?<=오늘 밤) \d{1,2} ?시(?: ?\d{1,2} ?분| 반)?에?(?= )")
# Another show named rewatched ("rewatching breaking bad", "viendo otra vez la casa de papel", "revendo dark"): the
# place said after it is that show's (bot.progress_other_show), so it is said as the clause that module reads.
_OTHER_SHOW_REWATCHED = (
    r"re-?watching (?!(?:it|this|the|aouad|all|s\d|season|ep|eps|episode|e\d|\d|again|for|with|my|on|at|from|bc|because"
    r"|cause|cuz|since|now|rn|lol|and|before|while|until|til|till)\b)[a-z]+(?: [a-z]+)?(?=[,.!?]|$)"
    r"|(?:(?:estoy|estamos) )?(?:viendo|mirando) (?:otra vez|de nuevo) (?!(?:la |el |los |las )?(?:serie|temporada|primera|\d"
    r"|cap\w*|ep\w*|todo|toda|aoad|all of us are dead)\b|(?:la|lo)\s*(?:[,.!?]|$))[a-zà-ÿ]+(?: [a-zà-ÿ]+){0,3}(?=[,.!?]|$)"
    r"|(?:(?:estou|to|tô) )?(?:revendo|reassistindo|vendo de novo|assistindo de novo) (?!(?:a |o )?(?:série|serie|temporada"
    r"|primeira|\d|ep\w*|tudo|aoad|all of us are dead|pela)\b)[a-zà-ÿ]+(?: [a-zà-ÿ]+){0,3}(?=[,.!?]|$)"
)
# Something else watched again, said in one clause with it: the trailer, a scene, clips, a film, one's notes ("rewatching
# the trailer", "rewatched the ep 3 fight scene", "영화 2회차 관람", "二刷预告片", "je revois mes cours"): no rewatch of
# the show and no place (never "rewatching ep 5 for the library scene": that episode again).
_SOMETHING_ELSE_AGAIN = (
    r"(?:[^,.!?，、،]*?(?:\bre-?watch\w*|\bvolv[ií] a ver|\brevi\b|\brevendo|\breassist\w*|\brevois|\bnochmal|\briguard\w*"
    r"|\btekrar|\bnonton ulang|\bni-?rewatch\w*|\bdrugi raz|\bdobara|\btengok semula|\bxem lại|見返\w*"
    r"|재탕\w*|[2-9] ?회차|[二三2-9] ?刷\w*|пересматрива\w*|أعدت مشاهدة|اعدت مشاهدة)"
    r"(?:(?!\bfor\b|\bbefore\b)[^,.!?，、،])*?"
    r"(?:\b(?:trailers?|teasers?|tr[aá]iler\w*|bande-annonce|zwiastun\w*|fragman\w*|clips?|edits?|tiktoks?|videos?|vids|youtube"
    r"|yt|reels?|shorts|mvs?|ost|bts|scenes?|escena|cena|scène|szene|scena|movie|film\w*|cours|notes|lectures?|fancams?)\b"
    r"|трейлер\w*|الإعلان|الاعلان|予告\w*|예고편?|预告\w*|장면|シーン|场景|片段|영화|电影|電影|映画)[^,.!?，、،]*"
    r"|[^,.!?，、،]*?(?:\b(?:trailers?|teasers?|tr[aá]iler\w*|clips?|edits?|scenes?|movie|film\w*)\b|预告\w*|电影|電影|映画|영화|예고편?)"
    r"[^,.!?，、،]*?(?:\bre-?watch\w*|\bagain\b|[2-9] ?회차|재탕\w*|[二三2-9] ?刷\w*|2回目|二回目|もう一回)[^,.!?，、،]*)"
)
_ANOTHER_SHOW_REWATCHED = compile_later(r"(?:^|(?<=[,.!?，、]))\s*(?:" + _OTHER_SHOW_REWATCHED + r")\s*(?:[,.!?，、]\s*|$)")
# "my sister is rewatching, ep 9", "my sister is on her rewatch, ep 9": someone else's rewatch, then a place said with no
# one's name: theirs, as "she's on ep 9" is (bot.progress_clauses leaves it out), never the fan's.
_THEIR_REWATCH_THEN = compile_later(
    r"^(?:my |our )?(?:sister|sis|brother|bro|mom|mum|dad|friend|bf|gf|roommate|cousin)s? (?:is |are |s )?"
    r"(?:re-?watching\b[^,.!?]*|on (?:her|his|their) (?:\w+ )?re-?watch\w*)\s*[,.]\s*(?:on |at )?(?=(?:ep|episode|e) ?\d{1,2}$)")
# "i want to rewatch it but i'm only on ep 4": a rewatch wished, then ("but") the place of the first watch.
_WISHED_BUT = compile_later(r"^(?:(?:i )?(?:will|wanna|want to|gonna|going to|plan to|planning to|cant wait to|would love to|ill)"
                            r" re-?watch(?: it| this| the show)?(?: (?:soon|someday|one day|later|eventually))?"
                            # ... or others rewatching ("everyones rewatching for s2 but im still on ep 5")
                            r"|(?:everyone|everyones|every1|ppl|people|they|all my friends)(?: s| are| is|re)? re-?watching(?: it)?"
                            r"(?: (?:for|before) (?:s|season) ?\d{1,2})?) but (?=(?:im|i am|i)\b)")
# A rewatch wished, planned, refused, someone else's or of another show: no rewatch of this one, a clause of its own.
NO_REWATCH = compile_later(
    # (its spaces taken once, a word before "재탕" within its clause: read from each comma of a long text, the square of it)
    r"(?:^|(?<=[,.!?，、]))\s*+(?:"
    r"재탕 ?(?:하고 ?싶\w*|할 ?거\w*|할 ?예정\w*|은 ?나중에?\w*)|(?!시즌 ?\d)[^\s,.!?，、]+ 재탕 ?중(?:이고|인데)\s|(?!시즌 ?\d)[^\s,.!?，、]+ 재탕 ?중\w*|[想要][二三2-9]刷|[二三2-9]刷(?:以后再说|以後再說)|[二三2-9]周目(?:したい|は(?:また|今度|あとで))"
    r"|(?:i )?(?:will|wanna|want to|gonna|going to|plan to|planning to|cant wait to|might|ill) re-?watch\b[^,.!?]*"
    r"|never re-?watching\b[^,.!?\U0001f300-\U0001faff\u2600-\u27bf]*|no re-?watch(?:ing)? for me|re-?watch party\b[^,.!?]*"
    r"|(?:my |our )?(?:sister|sis|brother|bro|mom|mum|dad|friend|bf|gf|roommate|cousin)s? (?:is |are )?re-?watching\b[^,.!?]*"
    r"|(?:my |our )?(?:sister|sis|brother|bro|mom|mum|dad|friend|bf|gf|roommate|cousin)s? (?:is |are |s )?on (?:her|his|their)"
    r" (?:\w+ )?re-?watch\w*[^,.!?]*"
    r"|" + _OTHER_SHOW_REWATCHED + r"|" + _SOMETHING_ELSE_AGAIN +
    r"|quiero volver a verla[^,.!?]*|je la reverrai[^,.!?]*|nonton ulang nanti\w*(?: aja)?|ich will es nochmal schauen"
    # a first watch said against a rewatch, a second try at a first watch, a friend's rewatch in Russian (watched33): "not a
    # rewatch", "재탕 아니고 처음 보는 중", "second attempt at watching it", "2回目の挑戦", "мой друг пересматривает"
    r"|(?:its |this is |(?:i[\'’]?m )?)not (?:a |my )?re-?watch(?:ing)?(?: lol)?|this isn[\'’]?t a re-?watch(?: lol)?"
    r"|haven[\'’]?t re-?watched(?: it)?(?: yet)?"
    r"|(?:everyone|every1|ppl|people|they|all my friends)(?:[\'’]?s| are| is|[\'’]?re)? re-?watching(?: it)?(?: (?:for|before) (?:s|season) ?\d{1,2})?"
    r"|재탕 ?(?:아니고|아님|아니야|아니에요)(?: 처음 ?(?:보는 ?중|봐요|봄|임))?|재탕(?:은|는)? ?아직(?: 안 ?(?:함|했어))?|(?:まだ)?[1１一]周目(?:です|だよ)?"
    r"|(?:my |its my )?(?:second|2nd|third|3rd) (?:attempt|try)(?: (?:at )?(?:watching|starting) (?:it|this|the show))?"
    r"|(?:second|2nd|third|3rd) time (?:trying|starting)(?: it| this| the show)?|[23２３]回目の(?:挑戦|トライ)"
    r"|(?:мой |моя )?(?:друг|подруга|брат|сестра|мама|папа) пересматрива\w*"
    r")\s*(?:[,.!?，、]|$|(?=[\U0001f300-\U0001faff\u2600-\u27bf])|(?=but\b))"  # an emoji ends it too, and a "but"
)


# "S2 🙏🙏 on ep 10", "s2!!! on ep 9": a season cheered (its emoji, before they go), then a place of its own.
# "S2 when 😭 ep 12 done", "시즌2 제발🙏 지금 6화": a season asked for, cheered the same way.
_CHEERED = compile_later(r"^(?:s|season|시즌) ?(\d{1,2})(?: ?(?:when|wen|pls|please|plz|제발|언제|빨리))?"
                         r"\s*(?:[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?|!{2,})+\s*,?\s*(?=\D*\d)")
# "lost 3-0 😭 on ep 6", "2-1 win": a score said with a game, beside the place.
_DASH_SCORE = compile_later(r"\b(?:won|lost|tied|drew|beat \w+) \d{1,2} ?[-:] ?\d{1,2}\b,?|\b\d{1,2} ?[-:] ?\d{1,2} (?:win|loss|victory|defeat)\b,?")


# One episode watched again after sleep, a rewind or a dropped connection ("watching ep 4 again bc i fell asleep",
# "rewound ep 5 bc i missed a part", "had to rewatch ep 6 cuz i dozed off", "졸아서 4화 다시 보는 중", "睡着了，第4集重新看"):
# that episode watched, as "watched ep 4" says; the sleep beside it says why, never a place or a rewatch of the show
# ("rewatching ep 5" alone or "cuz it slaps" says no place: the fan may be past it).
_EPISODE_AGAIN = compile_later(
    r"^(?P<asleep>(?:i )?(?:fell asleep|dozed off|zoned out)|me dorm[ií]|je me suis endormie?|寝落ちしたから|졸아서|睡着了|ketiduran"
    r"|заснула?|so gay[ai] tha)?(?:,| and| y)? ?(?:i )?(?:had to |have to |gotta )?"
    r"(?:(?P<verb>re-?watch(?:ing|ed)?|rewound|rewinding|restart(?:ed|ing)|replay(?:ed|ing)|watch(?:ing|ed)) (?:ep|episode) ?(\d{1,2})"
    r"(?P<again> again| twice| over)?(?P<why> (?:bc|because|cuz|cause|since) (?:i |my |the )?(?:fell asleep|dozed|zoned|missed"
    r"|wifi|internet|connection|net)[^,.!?]*)?"
    r"|(?:volv[ií] a ver|je revois|nonton ulang) (?:el |l ?)?(?:cap|ep|episode|épisode) ?(\d{1,2})"
    r"|(\d{1,2}) ?(?:話もう一回見て(?:る|いる)|화 다시 보는 ?중)|(?:ep |第 ?)(\d{1,2}) ?集? ?重新看|пересматриваю (\d{1,2}) серию"
    r"|ep (\d{1,2}) dobara dekh (?:raha|rahi) (?:hoon|hu|hun))$")


def _episode_again(text: str) -> str | None:
    """"watching ep 4 again bc i fell asleep": "watched ep 4" (see _EPISODE_AGAIN); None when not so said."""
    again = _EPISODE_AGAIN.match(text)
    if again is None or (again["verb"] is not None and not again["again"]
                         and (again["verb"].startswith("watch") or not (again["asleep"] or again["why"]))):
        return None  # ("fell asleep watching ep 4": partway through it, never watched again)
    return f"watched ep {next(group for group in again.groups()[2:] if group and group.isdigit())}"


_DAYPART = (r"(?: (?:de la (?:mañana|madrugada|noche|tarde)|da (?:manhã|madrugada|noite|tarde)|di (?:notte|mattina|sera)|del mattino"
            r"|du matin|w nocy|rano|nachts|morgens|am|pm|uhr|horas?|ночи|утра|вечера|дня|pagi|subuh|malam|sore|sáng|đêm|tối"
            r"|الفجر|فجرا|صباحا|مساء|ليلا))?")
# An hour said with the words that make it one in each language ("es la 1", "a las 2", "às 2", "até as 3", "alle 2 di notte",
# "um 2 uhr", "à 2h", "в 2 часа", "o 2 w nocy", "saat 2de", "jam 2 pagi", "lúc 2 giờ", "새벽 2시까지 보고", "夜中の2時まで見て",
# "凌晨2点", "الساعة 2"), with its minutes ("a las 9 y 10"); said first, the "and" joining it to the place goes too ("son las 2 y sigo en el cap 9").
_HOUR = r"\d{1,2}(?:[:.h]\d{2}|h)?"
_CLOCK = compile_later(
    rf"(?:(?:^|(?<=\s))(?:(?:es|era|son|eran) (?:la|las)|(?:a|hasta|desde) (?:las|la(?= 1\b))|^(?:la|las)(?= {_HOUR} de la )|(?:fiquei (?:acordad[oa] )?)?"
    rf"(?:até|ate) (?:as|às)|às|(?:fino )?alle|dalle|(?:um|bis) (?={_HOUR} uhr)|(?:à|jusquà) (?=\d{{1,2}} ?h)|(?:в|до)(?= {_HOUR} час)"
    rf"|o(?= {_HOUR} (?:w nocy|rano))|saat|jam|lúc|الساعة) {_HOUR}(?: (?:часа|часов|час|giờ))?(?:de|da|te|ta)?"
    # (minutes past it: "a las 9 y 10 vi el cap 8", "às 9 e meia", never a count of episodes after)
    rf"(?: (?:y|e) (?:[1-5]?\d|media|meia|cuarto)(?= (?!caps?\b|eps?\b|episod)))?{_DAYPART}(?=[\s,]|$)"
    r"|(?:새벽|밤|아침|오전|오후|저녁) ?\d{1,2} ?시(?: ?\d{1,2} ?분| 반)?(?:까지|에|부터|인데)?(?: (?:보고|봐서))?"
    r"|(?:夜中|深夜|朝|夜|午前|午後)の?\d{1,2}時(?:半|\d{1,2}分)?(?:まで|に|から)?(?:見て|観て)?|(?:凌晨|半夜|晚上|早上)\d{1,2}[点點](?:半|\d{1,2}分)?(?:才|到)?)"
    r"(?P<join>,? (?:y|e|and|und|и|i|ve|dan)(?= )| و(?=\S))?,?")


# What says the place beside an hour was seen or is where the fan is then ("terminé el cap 8 a las 2", "son las 2 y sigo
# en el cap 9", "jam 2 pagi masih di ep 8"): without it the hour may be when a place is planned ("capítulo 4 a las 22:00",
# "夜10時から5話", "lúc 9 giờ tối xem tập 5": the one before it), so the hour stays and the plan is read or asked again.
_SEEN_THEN = compile_later(r"\b(?:termin[eé]i?|acab[eé]i?|finished|done|watched|vi|assisti|dorm[ií]|досмотрел\w*|skończył\w*|bitirdim)\b"
                           r"|봤|봄|보고|見て|見た|看完|看了")
_THERE_THEN = compile_later(r"\b(?:sigo|voy|estoy|ando|t[oô]|estou|masih|lagi|ero|sono|still)\b|まで|أنا في")


def _clock_free(text: str) -> str:
    """`text` without the hours said in it (_CLOCK) beside a place said seen or where the fan is then; one said first
    takes the word joining it to the place with it."""
    if not _SEEN_THEN.search(text) and not _THERE_THEN.search(text):
        return text

    def free(found: re.Match[str]) -> str:
        if found.end() == len(text.rstrip(" ,.!")) and not _SEEN_THEN.search(text[:found.start()].rsplit(",", 1)[-1]):
            return found.group()  # (an hour after the place, not said seen in its clause: when it is planned)
        return " " if found.start() == 0 or not found["join"] else found["join"].strip(" ,").join("  ")
    return _CLOCK.sub(free, text)


# "tomei a 2ª dose" (NFKC "2a"), "la número 2 de mi lista es nam-ra", "é a 3ª vez que começo a série": no place, its clause.
_NOT_A_SEASON = compile_later(
    r"(?:^|(?<=\s))(?:(?:tomei|recebi|acabei|terminei|tom[eé]|me puse|ya tengo) )?(?:a|la) \d{1,2}a? (?:dose|dosis)(?: (?:da vacina|de la vacuna))?"
    r"(?: (?:y|e|and)\b)?|(?:^|(?<=, ))(?:la|el|a|o) (?:número|numero) \d{1,2} [^,]*,"
    # something else done beside the place: "done with 5 exams, on ep 6", "done in 5 mins, on ep 3", "done 2 loads of
    # laundry and ep 6", "terminé la tarea, ahora el cap 4", "fertig mit der 2. Klausur, jetzt Folge 6"; counted or one's own,
    # never a title ("finished the boys, on ep 3": that show's place)
    r"|(?:^|(?<=, ))(?:(?:im|i am|finally) )?(?:done|finished|termin[eé]|acab[eé]|finito|fertig mit) (?:with |w/ ?|w |in )?"
    r"(?:(?:my |la |il |der |die |das |mein\w* )(?:\d{1,3}\.? )?|\d{1,3}\.? )(?!(?:it|this|that|series|show|season|seasons|all"
    r"|everything|eps?|episodes?|finale|pilot|first|last|both|re-?watch\w*|watch\w*|binge\w*|marathon\w*|temporada|serie|primera|segunda|stagione|staffel|cap\w*|folgen?)\b)"
    r"[a-z]{3,}(?: of [a-z]+)?(?:,| and\b| y\b)|(?:^|(?<=, ))(?:es|é|e) (?:la|a) \d{1,2}a? vez que [^,]*(?:,|$)")


# Ordinals and middles of other things said first (watched33): a school year ("im dritten Semester,", "sono in terza
# superiore e"), one episode seen for the Nth time ("zum dritten Mal Folge 5 gesehen": that episode), the middle of a
# class or the night ("en medio de la clase", "au milieu de la nuit,"): no episode, the place after them read.
_OTHER_THING_FIRST = compile_later(
    r"^(?:ich bin )?im (?:ersten|zweiten|dritten|vierten|f[uü]nften|\d{1,2}\.) (?:semester|schuljahr|lehrjahr|jahr),? (?:und )?"
    r"|^(?:sono |faccio )?(?:in )?(?:prima|seconda|terza|quarta|quinta) (?:superiore|media|elementare|liceo),? (?:e )?"
    r"|^zum (?:zweiten|dritten|vierten|f[uü]nften|\d{1,2}\.) mal (?=(?:die )?(?:folge|episode|ep) ?\d{1,2}(?: (?:gesehen|geschaut|geguckt))?$)"
    r"|^(?:en medio|a mitad|no meio|au milieu) d(?:e la|el|a|o|u|e) (?:clase|aula|noche|noite|nuit|cours|pel[ií]cula|peli|filme?)"
    r",? (?=(?:vi|termin[eé]|assisti|terminei|jai vu|jai fini|fini)\b)"
)


# "for the 3rd time", "por tercera vez", "lần thứ ba", "세 번째로", "3回目": how many times something was seen.
NTH_TIME = (
    r"(?:for (?:like |about )?the (?:\d{1,3}(?:st|nd|rd|th)|nth|umpteenth|"
    + alternatives(ORDINAL_WORDS) + r") time"
    r"|por (?:primera|segunda|tercera|cuarta|quinta|sexta|en[eé]sima|\d{1,3}a?) vez|pela (?:primeira|segunda|terceira|quarta"
    r"|quinta|en[eé]sima|\d{1,3}a?) vez|sa (?:pangalawang|pangatlong|pang-?\d{1,3}|ikalawang|ikatlong|ika-?\d{1,3}) beses"
    r"|untuk (?:yang )?(?:kedua|ketiga|keempat|kelima|ke-?\d{1,3}) kalinya|lần thứ (?:hai|ba|tư|năm|\d{1,3})"
    r"|(?:두|세|네|다섯|[2-9]|\d{2,3}) ?번째로?|(?:[2-9]|二|三|四|五) ?回目(?:に|で)?)"
)
# ... after an episode or a scene, never after a season ("watching s1 for the 3rd time, on ep 5" is a rewatch, season 1
# seen whole: bot.progress_rewatched, bot.progress_clauses.season_rewatched)
_TIMES_SEEN = compile_later(
    r"(?P<keep>(?<![s\d])(?<!season )(?<!season)(?<!시즌 )(?<!시즌)(?<!シーズン)\d{1,2}(?: ?[화話集])?(?:を|は)?|\bscene) ?" + NTH_TIME
)


# an episode named right after a verb of rewatching ("rewatched ep 5"), ending where the count begins
_REWATCHED_EPISODE = compile_later(r"\bre-?watch\w* (?:ep|episode) ?\d{1,2}$")


def _times_seen_free(found: re.Match[str]) -> str:
    """The episode or scene seen "for the Nth time", the count read past; an episode rewatched so is rewatched "again"
    ("rewatched ep 5 for the 100th time": as "rewatched ep 5 again", that one seen, see _EPISODE_AGAIN)."""
    again = found["keep"][-1].isdigit() and _REWATCHED_EPISODE.search(found.string, 0, found.end("keep"))
    return found["keep"] + (" again" if again else "")


def beside_free(text: str) -> str:
    """`text` with the numbers and words beside its place that are no place read past (see the module's head)."""
    text = _OTHER_THING_FIRST.sub("", _TIMES_SEEN.sub(_times_seen_free, text), count=1)
    if (again := _episode_again(text)) is not None:
        return again
    text = _ASLEEP_AT_HOUR.sub(r"\1", _CHEERED.sub(r"s\1 hype, ", text))
    if not _CLOCK_TO_COME.search(text) and not _CLOCK_TO_COME_ABROAD.search(text):  # ("ep 10 at 9.30 tonight": a plan, below)
        text = re.sub(r"\s+", " ", _NOT_A_SEASON.sub(" ", _clock_free(text))).strip(" ,")
    if (run := _ARROW_RUN.match(text)) is not None:
        return f"watched {run['word']}{run['low']}-{run['high']}"  # when it was watched says nothing more
    if (timed := _ARROW_TO_A_TIME.match(text)) is not None:
        return f"{timed['said']} {'tomorrow' if timed['when'].startswith(('tomorrow', 'tmr', '내일', '明日')) else 'next'}"
    text = _CLOCK_TO_COME.sub("", text)  # "ep 10 at 9.30 tonight": when, a plan
    text = _CLOCK_TO_COME_ABROAD.sub(lambda found: " abend" if found.group().startswith(" um") else "", text)
    if (planned := _ARROW_TO_A_PLAN.match(text)) is not None:
        text = planned["said"]
    text = _THEIR_REWATCH_THEN.sub("theyre on ", text)
    text = _ANOTHER_SHOW_REWATCHED.sub("watching another show, ", text).strip(" ,")
    text = NO_REWATCH.sub(" ", _WISHED_BUT.sub("", text)).strip(" ,")
    text = _RATED_BEFORE.sub(lambda found: f"finished {found['ep'] or found['to']}", text)
    text = _RATED_AFTER.sub(lambda found: f"{found['ep'] or found['given']} done", text)
    text = _RATING_ALONE.sub(" ", text)
    text = _SIZE.sub(" ", _SCORE.sub(" ", _DASH_SCORE.sub(" ", text))).strip(" ,")
    text = _SPEED.sub(" ", text)
    text = _RUNTIME_SEEN.sub(r"finished \g<ep>", text)
    text = _RUNTIME_INTO.sub(r"\g<into> min into \g<ep>", text)
    if _RUNTIME_CLAUSE.search(text) is not None:
        rest = _RUNTIME_CLAUSE.sub("", text).strip(" ,")
        text = rest if rest else _RUNTIME_CLAUSE.sub(r"\g<ep> runs long", text)
    text = _RUNTIME_LABEL.sub("", text)
    return re.sub(r"\s+", " ", text).strip()
