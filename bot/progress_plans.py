"""Progress said around a time that is no place within an episode, as the English bot.progress_said reads (watched23).

Plain text in, plain text out (lower-cased, seasons already said as "season 2" by bot.progress_forms, which calls
`plans_said` first); nothing here knows the show:

- asleep before or after an episode ("fell asleep before ep 5", "5. bölümden önce uyuyakaldım", "5화 보기 전에
  잠들었어"): the one before it begun ("havent started ep 5"), or all of it ("finished ep 5");
- an episode after "오늘 밤" (tonight) with no verb of the past ("오늘 밤 3화", "오늘밤 3화 달린다"): as "tonight ep 3";
- a season's episode planned for tonight or tomorrow, said abroad ("esta noche empiezo la 2, cap 1", "明日シーズン2の
  1話見る", "내일 시즌2 1화 본다"): "gonna watch season 2 ep 1", the one before it seen;
- minutes that are a wait or a break, never a time within the episode ("ep 4 starts in 20 min", "took a 20 min break
  after ep 4", "last 10 min of my lunch break, then ep 6"): the wait is a plan, the break follows a whole episode;
- a past day said first abroad ("ayer terminé la temporada 2", "anoche vi el cap 1"): said last, as "yesterday" is.

Every rewrite reads a place no later than the one said: a plan is read as the episode before it.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.progress_thai import bare
from bot.progress_words import EP_WORD

# An episode's word as typed, before bot.progress_forms says "episode" for it ("cap 1", "الحلقة 1", "ตอนที่ 1").
_EP = rf"(?:{EP_WORD}|cap|ep|الحلقة|{bare('ตอนที่')}|{bare('ตอน')})"
_ART = r"(?:(?:the|el|la|o|a|l|le|der|dem|lo|ang|ng|yung) )?"
# What a fan pauses for: "paused for dinner", "paused ep 7 to eat"
_BREAK_FOR = (r"dinner|lunch|a snack|snacks|food|a break|a bit|a sec|the bathroom|eat|pee|sleep|shower|cry|reply|text \w+"
              r"|answer \w+|grab \w+(?: \w+)?|get \w+(?: \w+)?")
# Falling asleep, as said first: "fell asleep", "me dormí", "je me suis endormi", "ketiduran", "nakatulog ako".
_ASLEEP = (r"(?:i )?(?:fell asleep|dozed off|passed out|(?:yo )?me (?:dorm[ií]|qued[eé] dormid[oa])|(?:eu )?(?:dormi|cochilei|peguei no sono)"
           r"|(?:je )?(?:me suis|jme suis) endormie?|mi sono addormentat[oaie]|(?:aku |gue )?(?:ketiduran|tertidur)"
           r"|nakatulog(?: ako)?|(?:mình |tôi )?ngủ quên|uyuyakald[iı]m)")
_BEFORE = r"(?:before|antes del?|antes do|avant|prima del?|sebelum|bago(?: ang| ng)?|trước)"
_AFTER = r"(?:after|despu[eé]s del?|depois do|apr[eè]s|dopo|setelah|sesudah|pagkatapos ng|sau)"
# Times to come, said first: tonight, tomorrow ("esta noche", "明日", "내일", "bu akşam", "คืนนี้").
TIME_TO_COME = (r"(?:tonight|tomorrow|esta noche|ma[nñ]ana|hoje (?:[aà] )?noite|amanh[aã]|stasera|domani|ce soir|demain|heute abend"
            r"|morgen|今夜|今晩|明日|내일|오늘 ?밤|明天|今晚|今天晚上|tối nay|ngày mai|bu akşam|bu gece|yar[iı]n|malam ini|besok"
            rf"|mamayang gabi|bukas|الليلة|غدا|{bare('คืนนี้')}|{bare('พรุ่งนี้')})")
# A verb that says it was watched: a plan never holds one ("esta noche vi el cap 1" was seen).
_PAST = compile_later(r"\b(?:vi|vu|visto|vimos|watched|finished|saw|seen|termin[eé]|acab[eé]|terminei|fini|gesehen|izledim)\b"
                      r"|見た|観た|봤|看完|看了|xem xong|شاهدت")
# ("semalem", "kagabi", "tối qua": last night, said first as "kemarin" is; watched70)
_PAST_DAY = r"(?:ayer|anoche|ontem|hier|gestern|ieri|dün|kemarin|kahapon|hôm qua|semalem|semalam|tadi malam|kagabi|tối qua|đêm qua)"
_MINUTES = r"\d{1,3} ?(?:mins?|minutes?|minutos?|minuti|minuten|phút|dakika)"
_BREAK = r"(?:(?:my |the )?(?:lunch ?break|break|class|work|school|shift|lecture|meeting|day|commute|study session))"

_PLANS = tuple((compile_later(pattern + r"[\s!.~]*$"), english) for pattern, english in (
    # asleep before an episode: the one before it, all of it seen; after one: all of that one
    (rf"^{_ASLEEP} {_BEFORE} {_ART}{_EP} ?(\d{{1,2}})", r"havent started ep \1"),
    (rf"^{_ASLEEP} {_AFTER} {_ART}{_EP} ?(\d{{1,2}})", r"finished ep \1"),
    (rf"^(?:ich bin )?vor (?:der )?{_EP} (\d{{1,2}}) (?:eingeschlafen|eingepennt)", r"havent started ep \1"),
    (rf"^(?:ich bin )?nach (?:der )?{_EP} (\d{{1,2}}) (?:eingeschlafen|eingepennt)", r"finished ep \1"),
    (r"^第?(\d{1,2}) ?話(?:を)?(?:の前に|見る前に|の前で)寝落ち\w*", r"havent started ep \1"),
    (r"^第?(\d{1,2}) ?話(?:を)?(?:の後に|見た後に|見終わって|見て)(?:から)?寝落ち\w*", r"finished ep \1"),
    (r"^(?:ep ?)?(\d{1,2}) ?集?(?:之前|以前)(?:就)?(?:睡着|睡著)了?", r"havent started ep \1"),
    (r"^看完 ?(?:ep ?)?(\d{1,2}) ?集?(?:就)?(?:睡着|睡著)了?", r"finished ep \1"),
    (r"^(\d{1,2}) ?화 (?:보기 )?전에 잠들\w*", r"havent started ep \1"),
    (r"^(\d{1,2}) ?화 (?:다 )?(?:보고|끝나고) 잠들\w*", r"finished ep \1"),
    # asleep in an episode, its rest seen later: "9화 보다가 잠들어서 오늘 아침에 마저 봤어" (watched60; "마저 볼래": to come)
    (r"^(\d{1,2}) ?화 ?(?:보다가|보는 ?도중에?) ?(?:잠들|졸)\w* (?:(?:오늘 |다음 ?날 )?아침에 |일어나서 |나중에 |오늘 )?(?:마저|나머지) ?(?:봤|봄)\w*",
     r"finished ep \1"),
    (r"^(\d{1,2})\. ?b[oö]l[uü]mden [oö]nce (?:uyuyakald[iı]m|uyudum|uyuya kald[iı]m)", r"havent started ep \1"),
    (r"^(\d{1,2})\. ?b[oö]l[uü]mden sonra (?:uyuyakald[iı]m|uyudum|uyuya kald[iı]m)", r"finished ep \1"),
    # a wait in minutes before an episode: a plan; a break after one: all of it seen
    (rf"^{_ART}{_EP} ?(\d{{1,2}}) (?:starts|begins|empieza|comienza|come[cç]a|commence|f[aä]ngt|inizia) (?:in|en|em|dans|tra|fra) {_MINUTES}(?: an)?",
     r"gonna watch ep \1"),
    (rf"^(?:watch ?party|stream|premiere) (?:for|of) {_ART}{_EP} ?(\d{{1,2}}) (?:in|at) {_MINUTES}", r"gonna watch ep \1"),
    (rf"^{_ART}{_EP} ?(\d{{1,2}}) in {_MINUTES}", r"gonna watch ep \1"),  # "ep 8 in 10 minutes": about to (watched72)
    (r"^(\d{1,2}) ?화 \d{1,3} ?분 ?(?:후에|뒤에) (?:시작|볼 ?거\w*|봄)\w*", r"gonna watch ep \1"),
    # tonight said first, with no verb of the past: "오늘 밤 3화" is "tonight ep 3", the one before seen either way
    (r"^오늘 ?밤(?:에)? (\d{1,2}) ?화(?: (?:볼 ?거\w*|볼 ?예정\w*|봄|본다|달린다|달림|달려\w*|시작\w*|예정\w*))?", r"gonna watch ep \1"),
    (rf"^(?:(?:i )?(?:took|taking|on) )?(?:a )?{_MINUTES} break (?:after|between) {_ART}{_EP} ?(\d{{1,2}})(?: and \d{{1,2}})?",
     r"finished ep \1"),
    # "the last 10 minutes of ep 12 destroyed me": felt, so its end was seen (never "last 10 min of ep 6", short of it)
    (rf"^(?:the )?last {_MINUTES} of {_ART}{_EP} ?(\d{{1,2}}) (?:destroyed|wrecked|broke|ruined|killed|had) me\b.*", r"finished ep \1"),
    # "paused for dinner, ep 4": paused in that episode
    (rf"^(?:i )?paused (?:for|to) (?:{_BREAK_FOR}),? (?:on )?{_EP} ?(\d{{1,2}})",
     r"paused ep \1"),
    # "paused ep 7 to eat", "paused s2e7 for dinner": the break said after it
    (rf"^(?:i )?(paused) (?:at |on )?((?:(?:s|season) ?\d{{1,2}},? ?(?:e|{_EP}) ?|{_EP} ?)\d{{1,2}}) (?:for|to) (?:{_BREAK_FOR})$", r"\1 \2"),
    (rf"^(?:the )?last {_MINUTES} of {_BREAK},? (?:and )?then {_ART}{_EP} ?(\d{{1,2}})(?: tonight| later)?", r"gonna watch ep \1"),
    # a plan to watch up to an episode says nothing of where the fan starts, so nothing seen (watched62; "gonna watch ep 8"
    # alone is ep 8 next): "今日は5話まで見る予定", "คืนนี้จะดูถึงตอน 8", "오늘 8화까지 볼 예정", "hoy pienso ver hasta el 8"
    # ("vou ver até o ep 8 hoje": its verb said "gonna watch" by then; watched68)
    (rf"^(?:(?:tonight|today|later) )?(?:i )?(?:im )?(?:gonna|going to|will|plan(?:ning)? to|wanna|want to) watch (?:up to|until|till|thru"
     rf"|through|at[eé]) {_ART}{_EP} ?\d{{1,2}}(?: (?:tonight|today|later|hoje|hoje [aà] noite))?", "gonna watch more"),
    # a count of episodes to watch, never a place: "gonna watch 6 eps", "vou ver 6 episódios hoje", "voy a ver 6 capítulos
    # hoy", "mau nonton 6 episode malam ini" (fix122: read as ep 6 next)
    (r"^(?:(?:tonight|today|hoy|hoje|malam ini|nanti) )?(?:i |im |yo |eu |aku |gue )?(?:gonna|going to|will|wanna|want to|plan(?:ning)? to"
     r"|voy a|quiero|vou|quero|mau|pengen|bakal|akan) (?:watch|binge|ver|assistir|nonton) (?:like |about |unos |uns |sekitar )?\d{1,2}"
     r" (?:more )?(?:eps|episodes|episodios|epis[oó]dios|cap[ií]tulos|caps|episode)(?: more| mais| m[aá]s| lagi)?"
     r"(?: (?:tonight|today|hoy|hoje|esta noche|hoje (?:[aà] )?noite|malam ini|nanti))?", "gonna watch more"),
    # "going on to 8 tonight": up to 8 or 8 next, the one after the place either way still to come (watched65)
    (rf"^(?:(?:then|and) )?(?:im )?(?:going on|moving on|carrying on|continuing|going) (?:to|till|until|up to) {_ART}(?:{_EP} ?)?\d{{1,2}} (?:tonight|today|later|tomorrow)", "gonna watch more"),
    (r"^(?:今夜|今日|今晩|このあと|あとで|明日)?(?:は)?第?\d{1,2} ?話まで(?:を)?(?:見る|観る|見たい|見よう)(?:予定|つもり)?(?:です|だった|だ)?",
     "gonna watch more"),
    (rf"^(?:{bare('คืนนี้')}|{bare('วันนี้')}|{bare('พรุ่งนี้')})? ?{bare('จะ')} ?{bare('ดู')} ?{bare('ถึง')} ?{_EP} ?\d{{1,2}}", "gonna watch more"),
    (r"^(?:(?:오늘|내일|이따가?) ?(?:밤)?(?:에)? )?\d{1,2} ?화까지 (?:다 )?(?:볼 ?거\w*|볼 ?예정\w*|보려고\w*|달릴 ?거\w*|달릴 ?예정\w*)",
     "gonna watch more"),
    (r"^(?:(?:hoy|esta noche|ma[nñ]ana) )?(?:pienso|voy a|quiero|planeo) ver hasta el (?:cap(?:[ií]tulo)? |ep |episodio )?\d{1,2}"
     r"(?: (?:hoy|esta noche))?", "gonna watch more"),
    (r"^(?:(?:hari ini|malam ini|besok|nanti) )?(?:aku |gue )?(?:rencana|mau|pengen|pingin|bakal|akan) (?:nonton )?(?:sampe|sampai) "
     r"(?:eps? |episode )?\d{1,2}", "gonna watch more"),
    # "manonood ako hanggang ep 8 mamaya" (watched63)
    (r"^(?:(?:mamaya|ngayong gabi|bukas) )?(?:manonood|manunuod|manood|papanoorin ko) (?:ako |kami )?(?:hanggang|hangang) (?:ep |episode )?\d{1,2}"
     r"(?: (?:mamaya|ngayong gabi|bukas))?", "gonna watch more"),
    # "2 left in class then ep 10", "1 more hour of my shift then ep 6", "2 bags left in the pack then ep 10", "2 left in
    # the season then ep 10": a count of anything, then the episode to come (watched60, watched61: never "ep 10" seen;
    # a word of the past, "2 watched then ep 10", is no count still to go; "the season" is said "season 1" by then)
    (rf"^(?:i (?:have|got) )?(?:only |just )?(?:\d{{1,2}}|one|two|three)(?: (?:season 1|(?!(?:watched|finished|seen|saw|done)\b)[^\W\d]+)){{1,6}},? "
     rf"(?:and )?then {_ART}{_EP} ?(\d{{1,2}})(?: tonight| later)?(?: (?:lol|lmao|haha\w*))?", r"gonna watch ep \1"),
    # ... abroad: "sisa 2 bungkus terus ep 10", "còn 2 gói rồi tập 10", "me quedan 2 y luego el 10", "faltam 2 e depois o
    # ep 10", "2 na lang tapos ep 10", "2개 남았고 그 다음 10화" (watched61)
    (rf"^(?:sisa |tinggal |còn |me quedan? |quedan? |faltan? |faltam? )?\d{{1,2}}(?:개)?(?: (?!(?:udah|sudah|xong|vi|visto|vistos|assisti|napanood|봤\w*)\b)[^\W\d]+){{0,3}},? "
     rf"(?:terus|lalu|abis itu|habis itu|rồi|y luego|luego|y despu[eé]s|e depois|depois|tapos|그 ?다음(?:에)?) {_ART}(?:{_EP} ?)?(\d{{1,2}})(?: ?화)?",
     r"gonna watch ep \1"),
))
# "s2e7 paused, brb", "s2 ep 7 pausado", "season 2 ep 7 暂停了", "시즌2 7화 일시정지", "pause à l'épisode 7 de la saison 2",
# "pausei no ep 7": paused said after the place or abroad, as "paused s2e7" (in it, so the one before; watched27)
_PAUSED = (r"(?:paused|on pause|pausad[oa]|pausiert|angehalten|en pause|in pausa|暂停了?|暫停了?|일시 ?정지(?: ?중)?"
           r"|(?:で|を)?一時停止(?:中|した)?)")
_PAUSED_AT = compile_later(
    rf"^(?P<lead>(?:je )?(?:(?:ai )?mis )?(?:en )?pause (?:à|a|sur) |pausei (?:no |na |o |a )?|paus[eé] (?:el |en el |la )?)?"
    rf"(?:(?:s|season|시즌) ?(?P<season>\d{{1,2}}),? ?(?:の ?)?(?:e|{_EP})? ?|{_EP} ?)(?P<n>\d{{1,2}}) ?(?:화|話|集)?"
    rf"(?: of (?:s|season) ?(?P<of>\d{{1,2}}))?(?P<paused> ?{_PAUSED})?(?: (?:for|to) (?:{_BREAK_FOR}))?[\s!.~]*$")


# "esta noche el último de la temporada 2", "今夜シーズン2の最終話", "今晚看第二季最后一集", "시즌2 마지막화 오늘 밤에", "mamaya last
# ep ng s2": a season's last episode to watch tonight, as "last ep of s2 tonight" (the one before it seen; watched27)
_TONIGHT = (r"(?:tonight|esta noche|hoje (?:[aà] )?noite|stasera|ce soir|heute abend|今夜|今晩|오늘 ?밤(?:에)?|今晚|今天晚上|tối nay"
            rf"|bu akşam|bu gece|malam ini|malam ni|mamaya(?:ng gabi)?|الليلة|{bare('คืนนี้')})")
_SEASON_LAST = (r"(?:(?:(?:the|el|o|le|l) ?)?(?:(?:last|[uú]ltimo|dernier|ultim[oa])(?: (?:ep|episode|cap[ií]tulo|cap|episodio"
                r"|epis[oó]dio|[eé]pisode|puntata))?|finale) (?:of|ng|de la|da|de) (?:s|season) ?(?P<a>\d{1,2})"
                r"|(?:s|season|시즌) ?(?P<b>\d{1,2}) ?(?:の)? ?(?:最終話|最后一集|最後一集|大结局|大結局|마지막 ?화|finale|last ep))")
_LAST_TONIGHT = compile_later(rf"^{_TONIGHT},? ?(?:看|見る|볼 ?거|ver|veo|assistir|vou ver)? ?{_SEASON_LAST}(?: ?(?:を)?(?:見る|看|볼 ?거\w*|봄))?[\s!.~]*$"
                              rf"|^{_SEASON_LAST.replace('<a>', '<c>').replace('<b>', '<d>')} ?(?:を|은|는)? ?{_TONIGHT}(?: ?(?:見る|看|볼 ?거\w*|봄))?[\s!.~]*$")


# The words a season to come may follow (_SEASON_PLANNED, _SEASON_TONIGHT): begun or watched, hedged at most. Any other
# ("tonight i skip s2", "tonight not starting s2", "tonight the trailer for s2", "tonight sweet home s2 ep 3") says nothing
# of having seen the season before it, nor that episode's.
_BEGINS = frozenset("""
    i im am ill will we were gonna going to finally just lets wanna want gotta about ready might maybe probably
    start starting started begin beginning watch watching binge binging bingeing finish finishing rewatch rewatching
    the dive diving into on onto night its it be time for me and my mom dad sister brother friends bf gf after work
    school dinner class empiezo empezar comenzar por fin finalmente começar enfim empezamos comienzo comenzamos veo
    vemos voy vamos a ver la termino começo começamos comecei vejo vou assisto assistir o inizio comincio guardo
    vedo commence commencer vais regarde le fange fangen ich wir schaue gucke die ko na ang sisimulan panonoorin
    papanoorin yung xem coi bắt đầu mulai nonton aku gue mau 开始看 开始 看 開始 見る je سأبدأ سأشاهد ด ดู
""".split())
# "esta noche empiezo la 2, cap 1", "明日season 2 1話見る", "tối nay xem season 2 tập 1": a season's episode to come.
_SEASON_PLANNED = compile_later(
    rf"^{TIME_TO_COME},? ?(?P<verb>[^\d,]{{0,40}}?) ?(?:(?:season|s) ?(?P<season>\d{{1,2}})|(?:la|a) (?P<la>\d)a?|시즌 ?(?P<ko>\d{{1,2}}))"
    rf"(?: an)?[\s,の]*(?:{_EP} ?)?(?P<n>\d{{1,2}})(?: ?(?:話|화|集)|\.)?(?P<tail>[^\d,]{{0,30}})$")
# "hoje à noite começo a 2", "今晚开始看第二季", "heute Abend fange ich Staffel 2 an", "tối nay xem phần 2": a season begun
# tonight, as "gonna watch season 2" (all of the season before it seen once it is out; never tomorrow: no place yet).
_SEASON_TONIGHT = compile_later(rf"^{_TONIGHT},? ?(?:i |ich |ko |je )?(?P<verb>[^\d,]{{0,30}}?) ?(?:(?:season|s) ?(?P<season>\d{{1,2}})"
                                r"|(?:la|a) (?P<la>\d)a?)(?: an)?[\s!.~]*$")
# "ayer terminé la temporada 2", "anoche vi el cap 1": a past day said first, said last as English does, at the end of
# its own clause ("semalem baru ep 3, malam ini ep 4": last night was ep 3, never the plan after it); "ontem vi o 6", "ayer
# vi hasta el 5": an episode by its number alone after a verb that says it was seen (watched70)
_PAST_FIRST = compile_later(rf"^{_PAST_DAY},? (?P<rest>[^,]*?(?:\b(?:season|{_EP}) ?\d{{1,2}}"
                            r"|\b(?:vi|vimos|assisti|he visto) (?:at[eé] |hasta )?(?:o |el |a |la )?\d{1,2}\b)[^,]*)(?P<after>,.*)?$")

# "hoje vou ver o 9", "hoy voy a ver el 6": today said first before a plan for one episode, said last as "vou ver o 9 hoje"
# is (the one before it seen; never "hoje vou terminar o ep 8", a finish still ahead; watched70)
# ("hoje vou ver o 6 com meu irmão": with someone, the fan's plan; watched75)
_TODAY_FIRST = compile_later(r"^(?:hoje|hoy),? (?P<rest>(?:eu |yo )?(?:vou|voy a) (?:ver|assistir|mirar) (?:o |el )?(?:(?:ep|cap) )?\d{1,2})"
                             r"(?: with my bf| com (?:a |o )?(?:minha|meu) [a-zãáç]+| con mi [a-zñá]+)?$")

# "hoje vi o 9", "hoje de manhã vi o 5, à noite vou ver o 6", "hoy terminé el 7": today said first before a verb that says
# it was seen: the place, as said without "today" ("hoje vou ver o 9" is a plan: _TODAY_FIRST; watched71)
_TODAY_PAST = compile_later(r"^(?:hoje|hoy)(?: (?:de manh[aã]|cedo|[aà] tarde|de tarde|en la ma[nñ]ana|por la ma[nñ]ana|temprano))?,? "
                            r"(?P<rest>(?:eu |yo )?(?:j[aá] |ya )?(?:vi|assisti|terminei|acabei|he visto|vimos|termin[eé]|acab[eé])\b[^,]*)(?P<after>,.*)?$")

# "dia 28 assisti o ep 5", "no dia 3 vi o ep 8", "el día 28 vi el cap 5": a date said first before a verb that says it was
# seen, never an episode ("dia 28 sai o ep 5": a release day, read as before; watched72); "el 9 vi el cap 4", "on the 9th
# i watched ep 4", "9일에 4화 봤어" (watched74; never before a plan: "dia 28 vou ver o ep 9", "9일에 4화 볼 거"); "tanggal 9
# (kemarin) nonton ep 4", "ngày 9 tháng trước xem tập 4" (watched75; never "tanggal 9 nanti nonton ep 4", to come, nor a
# month by its number, "ngày 9 tháng 3 xem tập 4", which may be this month's 9th still to come: review69c)
_DATE_PAST = compile_later(r"^(?:(?:no |em |el )?d[ií]a \d{1,2}(?: de [a-zç]+)?|el \d{1,2}|on the \d{1,2}(?:st|nd|rd|th)|\d{1,2}일(?:에|날)?"
                           r"|(?P<id>tanggal \d{1,2}(?: (?:kemarin|kemaren|bulan lalu))?)|ngày \d{1,2}(?: tháng trước)?),? "
                           r"(?P<rest>(?:eu |yo |i |aku |mình |tôi )?(?:j[aá] |ya |udah |sudah |đã )?(?:vi|assisti|terminei|acabei|vimos|termin[eé]|acab[eé]"
                           r"|watched|saw|finished|nonton|xem)\b[^,]*"
                           r"|\d{1,2} ?화(?:를|까지)? ?(?:다 )?봤[^,]*)(?P<after>,.*)?$")

# A season not finished, said in any clause ("didnt finish s2", "todavía no terminé la 2", "pas encore fini la 2", "before
# finishing s2"), as the "havent finished season 2" bot.progress_clauses reads as a bound; "viendo de nuevo la temporada
# 1": season 1 rewatched.
_UNFINISHED = tuple((compile_later(pattern), english) for pattern, english in (
    (r"\b(?:i )?(?:didnt|did not|never) finish(?:ed)? (?:s|season) ?(\d{1,2})\b", r"havent finished season \1"),
    (r"(?:^|(?<=, ))(?:(?:todav[ií]a|a[uú]n|ainda) )?(?:no|n[aã]o) (?:he )?(?:termin[eé]|terminei|acab[eé]) (?:la |a )?(?:season )?(\d{1,2})a?$",
     r"havent finished season \1"),
    (r"(?:^|(?<=, ))(?:je nai |jai )?(?:pas encore|toujours pas) (?:fini|termin[eé]) (?:la )?(?:season )?(\d{1,2})$", r"havent finished season \1"),
    (r" before finishing (?:s|season) ?(\d{1,2})$", r", havent finished season \1"),
    (r"^(?:estoy |estou |to |tô )?(?:viendo|mirando|vendo) (?:de nuevo|otra vez|de novo) (?:la |a )?(season \d{1,2})(?=,|$)", r"rewatching \1"),
))
# "3 eps left of my rewatch, then s2": a rewatch beside a season to come or not finished is of the season before it.
_REWATCH_UNNAMED = compile_later(r"\bof my rewatch\b(?=.*, (?:then|havent finished(?: season)?|before) (?:s|season) ?(\d)\b)")


def plans_said(text: str) -> str:
    """`text` with a time beside an episode that is no place within it said as English: a plan, a break, asleep."""
    for pattern, english in _UNFINISHED:
        text = pattern.sub(english, text)
    if (unnamed := _REWATCH_UNNAMED.search(text)) is not None and int(unnamed[1]) > 1:
        text = f"{text[:unnamed.start()]}of my s{int(unnamed[1]) - 1} rewatch{text[unnamed.end():]}"
    if (last := _LAST_TONIGHT.match(text)) is not None:
        return f"gonna watch the last ep of season {next(n for n in last.groups() if n)}"
    paused = _PAUSED_AT.match(text)
    if paused is not None and (paused["paused"] or paused["lead"]):
        season = paused["season"] or paused["of"]
        return f"paused {f'season {season} ' if season else ''}ep {paused['n']}"
    for pattern, english in _PLANS:
        if (found := pattern.match(text)) is not None:
            return found.expand(english)
    if (planned := _SEASON_PLANNED.match(text)) is not None and set(planned["verb"].split()) <= _BEGINS \
            and not _PAST.search(planned["tail"]):
        season = planned["season"] or planned["la"] or planned["ko"]
        return f"gonna watch season {season} ep {planned['n']}"
    if (tonight := _SEASON_TONIGHT.match(text)) is not None and set(tonight["verb"].split()) <= _BEGINS:
        return f"gonna watch season {tonight['season'] or tonight['la']}"
    if (today := _TODAY_FIRST.match(text)) is not None:
        return f"{today['rest']} hoje"
    if (dated := _DATE_PAST.match(text)) is not None:
        # ("tanggal 9 nonton ep 4": Indonesian "nonton" says no tense, the date first says when it was seen; watched75)
        return f"{dated['rest']}{' kemarin' if dated['id'] else ''}{dated['after'] or ''}"
    if (today_past := _TODAY_PAST.match(text)) is not None:
        return f"{today_past['rest']}{today_past['after'] or ''}"
    if (past := _PAST_FIRST.match(text)) is not None:
        return f"{past['rest']} yesterday{past['after'] or ''}"
    return text
