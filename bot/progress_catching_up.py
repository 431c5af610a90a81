"""Progress said by fans catching up on season 1 before season 2, as the English bot.progress_said reads (watched24).

Plain text in, plain text out (lower-cased, its combining marks dropped, seasons already said as "season 2" by
bot.progress_forms, which calls `catching_up_said` before its own sentences); nothing here knows the show:

- "finally" said first or last abroad ("por fin", "endlich", "akhirnya", "드디어", "أخيرا") says no more than the
  rest, and "caught up" said abroad ("me puse al día", "à jour", "in pari", "追いついた", "追上了", "yetiştim", "догнал",
  "nadrobiłam"): "caught up"; the season waited for after it ("シーズン2楽しみ", "等第二季", "жду 2 сезон") is
  "waiting for season 2", a clause of its own;
- Hindi and Hinglish, Urdu, Arabic, Malay, Tagalog, Russian and Polish sentences: an episode seen, being watched or half seen,
  a count seen or left, a season finished ("episode 5 tak dekh liya", "एपिसोड 8 चल रहा है", "قسط 6 دیکھ لی",
  "وصلت الحلقة ٥", "dah habis tengok ep 8", "осталось 2 серии", "zostały mi 2 odcinki", "смотрю 4 серию", "jestem na 3
  odcinku", "досмотрел season 2");
- counts left and minutes into an episode in forms the other readers miss ("me quedan 2 caps", "plus que 2 épisodes",
  "noch 2 Folgen bis ich durch bin", "parei nos 40 min do ep 7", "à 32 min de l'épisode 3");
- an episode's end: reached but not finished ("at the end of ep 6", "on the last 5 min of ep 11", "11화 마지막 5분 보는
  중", "最終話の残り5分で止めてる"): the one before it; reacted to ("ep 6's ending 😭", "the end of ep 6 broke me", "el
  final del cap 6 me destruyó", "6話のラスト泣いた", "the end of ep 6 >>>", "6화 엔딩 보고 울었어"): that episode;
- a countdown to season 2 said before a place ("D-3 until s2, on ep 9", "시즌2 D-3인데 아직 9화", "faltan 3 días para la
  2 y voy en el cap 9", "D-12 and i'm on ep 5", "s2 aane mein 12 din, ...", "lagi 12 hari s2, ...", "12 araw na lang, ..."):
  days, no place, so the place beside it is read; "N eps till im caught up" as a count left;
- a rewatch said as a noun ("my rewatch is at ep 8", "rewatch ko, ep 3 na"): a rewatch of season 1;
- "caught up on the show" or "on all of us are dead" as "caught up"; a time stamp left ("12:00 left of ep 10") as
  minutes left; Hinglish hours said first ("raat ke 2 baje tak", "2 ghante se"), no place;
- a number dictated to a phone ("i'm on episode for", "finished episode ate", "ep 11 period"; "for" before a word no
  preposition takes: "episode for was so good"; never "watched an episode for fun").

Every rewrite reads a place no later than the one said: an episode begun is read as the one before it.
"""

from __future__ import annotations

from bot.lazy_re import FirstCharacterRows, compile_later
from bot.progress_reactions import own_reaction_said
from bot.text import HINDI_NUMBER_WORDS

# An episode said in English words by now, its season maybe before it ("s2 ep 3"), or a finale ("the s2 finale").
_PLACE_EP = r"(?:(?:s|season) ?\d{1,2},? )?(?:ep|episode) ?\d{1,2}"
_PLACE = rf"{_PLACE_EP}|the (?:(?:s|season) ?\d{{1,2}} )?finale"
_SEEN_HI = r"(?:liya|lia|li|liye|lie|chuka|chuki|chuke)"
# Now, said after a place reached: "at the end of ep 10 rn".
_NOW = r"(?:rn|now|atm|right now)"
# A reaction said after an episode's end, its emoji already dropped: "the end of ep 6 >>>", "that ep 8 ending tho".
# ("lol" is no reaction: "the end of ep 12 lol" may answer where the fan is)
_WOW = r"(?:>+|tho|though|omg|wtf|bro|man|istg)(?: (?:>+|tho|though|omg|wtf|bro|man|istg))*"

# Russian and Polish: an episode by its number, its season said before or after it; "watched", "finished"
_RU_EP = r"(?:(season \d{1,2}),? )?(\d{1,2})(?:-?ю|-?й|-?я)? (?:серию|серии|серия|серію|серії|серія|эпизод|эпизоде)(?:,? (season \d{1,2}))?"
_PL_EP = r"(?:(season \d{1,2}),? )?(\d{1,2})\.? odcin(?:ek|ka|ku)(?:,? (season \d{1,2}))?"
_RU_SEEN = r"(?:посмотрел|посмотрела|досмотрел|досмотрела|закончил|закончила)"
# An episode said alone in the nominative: "3 серия", "серія 5", "3. odcinek", "díl 3", "epizoda 3"; Polish "seen" after it
_BARE_EP = (r"(?:(\d{1,2})(?:-?я)? (?:серия|серія)|(?:серия|серія) (\d{1,2})|(\d{1,2})\.? odcinek|odcinek (\d{1,2})"
            r"|(\d{1,2})\. díl|díl (\d{1,2})|(\d{1,2})\. epizoda|epizoda (\d{1,2}))")
_PL_DONE = r"(?:obejrzany|za mną|za mna|zaliczony|skończony|skonczony)"
_PL_SEEN = r"(?:obejrza(?:ł|l)(?:em|am)|skończy(?:ł|l)(?:em|am)|skonczy(?:ł|l)(?:em|am))"

# "finally", said first or last: no more than the rest says.
# (a whole word: "al final del cap 6" and "aakhiri episode" are no "al fin", no "aakhir"; Japanese and Chinese run on)
_FINALLY = compile_later(
    r"^(?:(?:finalmente|enfim|enfin|endlich|akhirnya|por fin|al fin|sonunda|nihayet|cu[oố]i c[uù]ng c[uũ]ng|w ko[nń]cu"
    r"|wreszcie|наконец-?то|наконец|드디어|أخيرا|اخيرا|aakhir(?:kar)?)(?!\w)|やっと|ようやく|ついに|终于|終於|总算) ?,? ?"
    r"|,? ?(?:أخيرا|اخيرا|finally)$")
# "caught up" said abroad, alone or before a clause of its own.
_CAUGHT_UP = compile_later(
    r"^(?:(?:(?:ya )?me puse|estoy|ya estoy|voy) al d[ií]a|(?:estou |tô |to )?em dia|(?:je suis |jsuis )?[aà] jour"
    r"|(?:ich )?(?:hab |habe |bin )?(?:endlich |jetzt )?(?:aufgeholt|auf dem laufenden|auf stand)|(?:sono )?in pari"
    r"|追いつ(?:いた|きました|けた)|追上(?:了)?|(?:mình |tôi )?(?:đã )?xem kịp|yetiştim|ดทน(?:แลว)?"
    r"|(?:я )?(?:догнал|догнала|наверстал|наверстала)|nadrobi(?:łam|łem|lam|lem)"
    # (watched44) "updated na ako sa s2", "udah up to date", "最新話まで見た" (up to the newest episode)
    r"|(?:updated|up to date) na(?: ako)?(?: sa)?|nakahabol na(?: ako| kami)?(?: sa)?|(?:im |i am |i'm )?(?:all |fully )?up to date(?= (?:with|on|w) )|(?:aku |gue |gw )?(?:udah|sudah|udh) (?:up to date|update)(?: di)?"
    r"|最新(?:話|回)まで(?:全部)?(?:見た|観た|見ました|観ました|追いついた))"
    r"(?= |,|$)")
# The season waited for, said after: "シーズン2楽しみ", "等season 2", "жду 2 сезон", "s2 kann kommen", "tunggu s2".
_WAITING = compile_later(
    r"(?:^|(?<=[\s,、]))(?:season (?P<ja>\d)(?:が|を)? ?(?:楽しみ|待ち遠しい|待ってる|待ち)|等 ?season (?P<zh>\d)"
    r"|시즌 ?(?P<ko>\d) ?(?:기다림|기다리는 ?중|기다려\w*)|season (?P<tr>\d) ?(?:u |yu )?bekliyorum|รอ ?season (?P<th>\d)"
    r"|жду (?:(?P<ru>\d) сезон\w*|сезон (?P<ru2>\d)|season (?P<ru3>\d))|(?:s|season) ?(?P<de>\d) kann kommen|tunggu (?:s|season|musim) ?(?P<ms>\d)"
    # "今夜からシーズン2", "シーズン2は明日から": the season started tonight or tomorrow, still to come
    r"|(?:今夜|今晩|明日)から ?season (?P<jt>\d)(?:を?見る)?|season (?P<jt2>\d) ?は ?(?:今夜|今晩|明日)から(?:見る)?"
    # "lista para la temporada 2", "pronta pra segunda temporada" once said "season 2", "prête pour la saison 2"
    r"|(?:list[oa]|pront[oa]|pr[eê]te?) (?:para|pra|pour) (?:la |a )?season (?P<es>\d))$")

# A countdown to season 2 said beside a place ("D-3 until s2, on ep 9", "시즌2 D-3인데 아직 9화", "season 2 まであと3日なのに
# まだ9話", "faltan 3 días para la 2 y voy en el cap 9"): days, no place; the place beside it is read.
_COUNTDOWN = compile_later(
    r"^(?:d ?- ?\d{1,3}|\d{1,3} (?:more )?(?:days?|weeks?|hours?)) (?:till|until|til|to|before) (?:s|season) ?2(?: drops)?(?:,| and| but|&| -)* "
    r"|^(?:s|season) ?2 in \d{1,3} (?:days?|weeks?)(?:,| and| but| -)* |^(?:시즌 ?2|season 2) ?(?:까지 ?)?d ?- ?\d{1,3}(?:인데|이고|,)? ?"
    r"|^[dj] ?- ?\d{1,3}(?:!+|,| and| but| -)+ |^t ?-? ?minus \d{1,3} (?:days?|weeks?|hours?)(?:!+|,| and| but| -)+ "
    r"|^(?:season 2|s ?2) ?まで(?:あと|残り)?\d{1,3}日(?:なのに|だけど|で|、|,)? ?|^(?:距离|离) ?season 2 ?(?:还有|還有) ?\d{1,3} ?天 ?,? ?"
    r"|^(?:faltan|quedan) \d{1,3} d[ií]as(?: para (?:la )?(?:season 2|s ?2|2))?(?:,| y)+ |^faltam \d{1,3} dias (?:pra|para) (?:a )?(?:season 2|s ?2|2)(?:,| e)* "
    r"|^noch \d{1,3} tage bis (?:season 2|s ?2)(?:,| und)* |^j ?- ?\d{1,3} avant la (?:season 2|s ?2)(?:,| et)* "
    # Hinglish, Malay and Tagalog: "s2 aane mein 12 din", "lagi 12 hari s2", "12 araw na lang"
    r"|^(?:s ?2|season 2) (?:aane|ane) (?:mein|me|main|mai) \d{1,3} (?:din|hafte)(?: (?:baaki|baki|bache)(?: hain| hai| h)?)?(?:,| aur)+ "
    r"|^(?:lagi|tinggal) \d{1,3} hari(?: lagi)?(?: (?:s ?2|season 2)(?: nak)?(?: keluar)?)?(?:,| dan)+ "
    r"|^\d{1,3} (?:araw|days?) na (?:lang|lng)(?: (?:bago )?(?:ang )?(?:s ?2|season 2)(?: na)?)?(?:!+|,| at)+ ")

# Hinglish counts said in words before an episode word and a word for left ("do episode bache hain"): as digits.
_HI_COUNT = compile_later(r"^(?:(?:bas|sirf|abhi) )?(" + "|".join(w for w, n in HINDI_NUMBER_WORDS.items() if int(n) <= 5)
                          + r")(?= (?:episodes?|eps?) (?:bache|bacha|bachi"
                          r"|bachay|baki|baaki|reh))")

# Whole sentences, each said as English (the Hindi's marks dropped as chat_free drops them: "देख" is "दख").
_SENTENCES = FirstCharacterRows((compile_later(pattern + r"[\s!.~…]*$"), english) for pattern, english in (
    # Hinglish
    (rf"^(?:maine |mene |main ne |maine to )?({_PLACE_EP}) (?:tak|tk) dekh {_SEEN_HI}(?: hai| h)?(?: yaar| yar| bhai)?",
     r"watched up to \1"),
    (rf"^(?:maine |mene |main ne )?(\d{{1,2}}) (?:episodes?|eps?) dekh {_SEEN_HI}(?: hain| hai| h)?(?: yaar| yar| bhai)?",
     r"watched \1 eps"),
    (rf"^(?:maine |mene |main ne )?({_PLACE_EP}) (?:dekh {_SEEN_HI}|dekha|dekhi)(?: hai| h)?(?: yaar| yar| bhai)?", r"finished \1"),
    (rf"^(?:main |mai )?(?:abhi )?(?:main |mai )?({_PLACE_EP}|last (?:episode|ep)) (?:chal raha|chal rha|chal rahi|dekh raha|dekh rha"
     r"|dekh rahi|dekh rhi|pe|par|pe atka|pe atki|par atka|par atki) ?(?:hai|hu|hoon|hun|hoo|h)?", r"on \1"),
    (rf"^(?:maine |mene |main ne )?(?:pura |poora |puri )?((?:season|s) ?\d) (?:pura |poora )?dekh {_SEEN_HI}(?: hai| h)?",
     r"finished \1"),
    (r"^(\d{1,2}) (?:episodes?|eps?) (?:ho gaye|ho gye|hogaye|khatam)(?: hain| hai| h)?", r"watched \1 eps"),
    # the whole of it, maybe said with how long it took: "2 din mein poora dekh liya" (as "finished the whole thing in 2 days")
    (rf"^(?:maine |mene |main ne )?(?:\d{{1,2}} (?:din|dino|ghante|ghanton|raat) (?:mein|me|main) )?(?:pura|poora|puri|poori)"
     rf"(?: show| series)? dekh {_SEEN_HI}(?: hai| h)?(?: yaar| yar| bhai)?", "finished the whole thing"),
    (r"^(?:aadha|adha) ((?:(?:s|season) ?\d{1,2} )?(?:ep|episode) ?\d{1,2}) dekh(?:a|i|liya|li)", r"halfway through \1"),
    (r"^((?:(?:s|season) ?\d{1,2} )?(?:ep|episode) ?\d{1,2}) (?:aadha|adha) (?:hua|ho gaya|ho gya|hogaya)", r"halfway through \1"),
    (r"^(?:season|s) ?(\d) (?:khatam|khtm|khatm|complete|pura|poora) (?:kar liya|kar lia|kr liya|kr lia|ho gaya"
     r"|ho gya|kiya|kar diya|kr diya)", r"finished season \1"),
    (r"^(?:bas |sirf |abhi )?(\d{1,2}) (?:episodes?|eps?) (?:bache|bacha|bachi|bachay|baki|baaki"
     r"|reh gaye|reh gye|reh gaya|reh gya) ?(?:hain|hai|h)?", r"\1 eps left"),
    (rf"^({_PLACE_EP}) (?:aadha|adha|half) dekh(?:a|i|liya|li)", r"halfway through \1"),
    # Hindi, its vowel marks dropped ("मैंने 4 एपिसोड देख लिए": "मन 4 एपिसोड दख लिए")
    (r"^(?:मन )?(\d{1,2}) एपिसोड दख (?:लिए|लिया|ली|चका|चकी)", r"watched \1 eps"),
    (r"^(?:मन )?एपिसोड (\d{1,2}) (?:तक )?दख (?:लिया|ली|लिए|चका|चकी)", r"finished ep \1"),
    (r"^(?:अभी |म अभी )?एपिसोड (\d{1,2}) (?:चल रहा|दख रहा|दख रही|पर) ?(?:ह)?", r"on ep \1"),
    (r"^सीजन (\d) (?:खतम|परा) (?:हो गया|कर लिया|किया)", r"finished season \1"),
    (r"^(?:बस )?(\d{1,2}) एपिसोड (?:बच|बाकी) ?(?:ह)?", r"\1 eps left"),
    # Urdu
    (r"^(?:میں نے )?قسط (\d{1,2}) (?:تک )?دیکھ (?:لی|لیا|لیں)", r"finished ep \1"),
    (r"^(?:میں نے )?(\d{1,2}) (?:قسطیں|اقساط|قسط) دیکھ (?:لی|لیں|لیا)", r"watched \1 eps"),
    (r"^(?:میں )?(?:ابھی )?(?:میں )?قسط (\d{1,2}) (?:پر|پہ) (?:ہوں|ہو)", r"on ep \1"),
    (r"^(?:ابھی )?قسط (\d{1,2}) (?:چل رہی|دیکھ رہا|دیکھ رہی)(?: ہے| ہوں)?", r"on ep \1"),
    (r"^(?:بس )?(?:آخری|اخری) قسط (?:باقی|رہ گئی)(?: ہے)?", "only the finale left"),
    (r"^سیزن (\d) (?:ختم|مکمل|پورا) (?:کر لیا|ہو گیا|کیا)", r"finished season \1"),
    (r"^(?:بس )?(\d{1,2}) (?:قسطیں|اقساط) (?:باقی|رہ گئی|رہ گئیں)(?: ہیں)?", r"\1 eps left"),
    # Arabic ("الحلقة ٥" is "episode 5" by now): reached, left, paused at a minute
    (r"^(?:انا |أنا )?(?:وصلت|وصلنا) (?:إلى |الى )?(?:لل|ل)?(?:episode|ep|حلقة) ?(\d{1,2})", r"on ep \1"),
    (r"^(?:باقي|باقيلي|بقي|بقى|تبقى|متبقي)(?: لي| لى)? (?:حلقتين|حلقتان)", "2 eps left"),
    (r"^(?:watched|شاهدت|شفت|خلصت|انهيت|أنهيت) (?:الحلقة|episode) (?:الأخيرة|الاخيرة)", "finished the finale"),
    (r"^(?:وصلت |انا في |أنا في )?(?:نص|نصف|منتصف) (?:الحلقة|episode) (\d{1,2})", r"halfway through ep \1"),
    (r"^(?:باقي|باقيلي|بقي|بقى|تبقى|بقيت|متبقي)(?: لي| لى)? (?:حلقة(?: وحدة| واحدة)?|الحلقة الأخيرة|الحلقة الاخيرة|آخر حلقة|اخر حلقة)"
     r"(?: بس| فقط)?", "only the finale left"),
    (r"^(?:ang )?(?:huling|last) (?:episode|ep|episodyo)(?: na lang| na lng| nalang)(?: (?:ako|ko))?", "only the finale left"),
    (r"^(?:باقي|باقيلي|بقي|بقى|تبقى|بقيت|متبقي)(?: لي| لى)? (\d{1,2}) (?:حلقات|حلقة)", r"\1 eps left"),
    (r"^(?:وقفت|توقفت|وقفتها)(?: عند| في)? (?:episode|ep) (\d{1,2}) (?:عند|في|على) (?:الدقيقة|دقيقة) (\d{1,3})",
     r"\2 min into ep \1"),
    # Malay and Indonesian: "dah habis tengok ep 8", "tengah tengok episod 4", "separuh episod 7"
    # (today said first: "hari ini selesai ep 6", "hari ini aku udah kelar ep 6")
    (r"^(?:hari ini |tadi |barusan )?(?:aku |saya |gue |gw )?(?:baru |dah |da |sudah |udah )?(?:habis|kelar|selesai|tamat) (?:tengok |tgk |nonton )?"
     r"((?:season|s|musim) ?\d{1,2}|(?:ep|eps|episode) ?\d{1,2})", r"finished \1"),
    (r"^(?:aku |saya )?(?:baru |dah |da |sudah |udah )?(?:habis|kelar|selesai|tamat) (?:tengok |tgk |nonton )?episod ?(\d{1,2})",
     r"finished ep \1"),
    (r"^(?:aku |saya )?(?:tengah|sedang|masih) (?:tengok|tgk) (?:ep|eps|episod|episode) ?(\d{1,2})(?: sekarang| skrg)?",
     r"watching ep \1"),
    (r"^(?:habis|kelar|selesai|tamat) (?:dah|udah|sudah) ((?:season|s|musim) ?\d{1,2}|(?:ep|eps|episod|episode) ?\d{1,2})", r"finished \1"),
    (r"^(?:aku |saya )?(?:dah |sudah |udah )?(?:tengok|tgk) (?:sampai|sampe|hingga) (?:ep|eps|episod|episode) ?(\d{1,2})",
     r"watched up to ep \1"),
    (r"^(?:lagi|tinggal) (\d{1,2}) (?:episod|episode|eps?)(?: lagi)? (?:nak|untuk) (?:habis|siap)", r"\1 eps left"),
    (r"^(?:baru )?(?:tengok |tgk )?separuh (?:jalan )?(?:daripada |dari )?(?:ep|eps|episod|episode) ?(\d{1,2})", r"halfway through ep \1"),
    # counts left of a season said after it in Malay and Vietnamese, or as "down to" ("tinggal 1 episod lagi s2", "còn 1
    # tập nữa là hết mùa 2", "down to the last 2 eps of s2"): that many left of it (watched27)
    (r"^(?:tinggal|sisa) (\d{1,2}) (?:episod|episode|eps?)(?: lagi)? (?:untuk |utk |buat )?((?:s|season|musim) ?\d{1,2})$",
     r"\1 eps left of \2"),
    (r"^(?:mình )?còn (\d{1,2}) (?:tập|episode|ep) nữa(?: là (?:xong|hết|finished))? (season \d{1,2})$", r"\1 eps left of \2"),
    (r"^(?:im |i am |were |we are )?down to (?:the |my )?(?:last |final )(\d{1,2}) (?:eps?|episodes?) (of (?:s|season) ?\d{1,2})$",
     r"\1 eps left \2"),
    (r"^(?:im |i am |were |we are )?down to (?:the |my )?(?:last |final )(\d{1,2}) (?:eps?|episodes?)$", r"\1 eps left"),
    # Russian and Polish counts left, of a season said after ("осталась 1 серия 2 сезона", "został mi 1 odcinek 2 sezonu")
    (r"^(?:мне )?(?:осталось|остались|осталась) (?:ещ[её] )?(\d{1,2}) (?:серии|серий|серия|эпизода|эпизодов) (season \d{1,2})",
     r"\1 eps left of \2"),
    (r"^(?:zosta(?:ły|ło|ł|ly|lo|l) (?:mi )?|mam jeszcze |jeszcze )(\d{1,2}) odcin\w* (season \d{1,2})", r"\1 eps left of \2"),
    (r"^(?:мне )?(?:осталось|остались|осталась) (?:ещ[её] )?(\d{1,2}) (?:серии|серий|серия|эпизода|эпизодов)"
     r"(?: до конца(?: сезона)?)?", r"\1 eps left"),
    (r"^(?:zosta(?:ły|ło|ł|ly|lo|l) (?:mi )?|mam jeszcze |jeszcze )(\d{1,2}) odcink\w*(?: do końca)?", r"\1 eps left"),
    # Russian and Polish counts watched of a season ("3 серии 2 сезона позади", "obejrzałem 3 odcinki 2 sezonu"): that many
    (rf"^(?:я )?(?:{_RU_SEEN} )?(\d{{1,2}}) (?:серии|серий|эпизода|эпизодов) (season \d{{1,2}})(?: позади)?$"
     rf"|^(?:{_PL_SEEN} )?(\d{{1,2}}) odcink(?:i|ów|ow) (season \d{{1,2}})(?: za mną| za mna)?$", r"watched \1\3 eps of \2\4"),
    # asleep or stopped in an episode ("уснул на 4 серии 2 сезона", "zatrzymałem na 7 odcinku 2 сезона"): the one before
    (rf"^(?:я )?(?:уснул|уснула|заснул|заснула|остановился|остановилась) (?:на|во время) {_RU_EP}$"
     rf"|^(?:zasn(?:ą|a)(?:ł|l)(?:em|am)|zatrzyma(?:ł|l)(?:em|am)|przerwa(?:ł|l)(?:em|am)) na {_PL_EP}$", r"stopped during \1\3\4\6 ep \2\5"),
    # Russian and Polish places, a season maybe said before or after ("смотрю season 2 4 серию", "а я на 3 серии", "jestem na 3
    # odcinku season 2", "досмотрел season 2", "skończyłem season 2")
    (rf"^(?:а |но )?(?:я )?(?:сейчас )?(?:смотрю|на) {_RU_EP}$|^(?:jestem |teraz )*(?:na|oglądam|ogladam) {_PL_EP}$", r"on \1\3\4\6 ep \2\5"),
    (rf"^(?:я )?{_RU_SEEN} {_RU_EP}$|^{_PL_SEEN} {_PL_EP}$", r"finished \1\3\4\6 ep \2\5"),
    # ... the episode said before its verb ("третью серию досмотрел", "trzeci odcinek obejrzałem"; watched32)
    (rf"^{_RU_EP} (?:я )?{_RU_SEEN}$|^{_PL_EP} {_PL_SEEN}$", r"finished \1\3\4\6 ep \2\5"),
    # ... a season, then its episode said alone in the nominative ("2 сезон 3 серия", "sezon 2 odcinek 3"): that place
    # (never "3 серии", which may count episodes)
    (r"^(season \d{1,2}),? (?:(\d{1,2})(?:-?я)? серия|серия (\d{1,2})|(\d{1,2})\.? odcinek|odcinek (\d{1,2}))$", r"\1 ep \2\3\4\5"),
    # ... or alone, or with its season after, in Russian, Ukrainian, Polish, Czech and Croatian ("3 серия", "5 серія",
    # "odcinek 3", "odcinek 3 obejrzany", "díl 3", "3. epizoda", "3 серия 2 сезона"): that episode (watched36; still
    # never "3 серии" nor a show named after it, "3 серия Игры в кальмара")
    (rf"^{_BARE_EP}(?: {_PL_DONE})? (season \d{{1,2}})$", r"\9 ep \1\2\3\4\5\6\7\8"),
    (rf"^{_BARE_EP}(?: {_PL_DONE})?$", r"ep \1\2\3\4\5\6\7\8"),
    (rf"^(?:я )?{_RU_SEEN} (season \d{{1,2}})$|^{_PL_SEEN} (season \d{{1,2}})$", r"finished \1\2"),
    # counts left: Spanish, Portuguese, French, German, Vietnamese
    (r"^(?:me |nos )?(?:quedan|faltan) (?:solo |s[oó]lo )?(\d{1,2}) (?:caps?|cap[ií]tulos|episodios|eps?)"
     r"(?: (?:para|pa) (?:terminar|acabar)(?:la)?)?", r"\1 eps left"),
    # "2 caps más y termino", "mais 2 eps e termino": that many more, then it is finished (watched47)
    (r"^(?:(\d{1,2}) (?:caps?|cap[ií]tulos|episodios|eps?) m[aá]s y|mais (\d{1,2}) (?:eps?|epis[oó]dios) e) (?:la |a )?(?:termino|acabo)$",
     r"\1\2 eps left"),
    # ... of a season said after ("faltam 2 eps pra acabar a temporada 2": of season 2, watched51)
    (r"^(?:s[oó] )?faltam (?:s[oó] |apenas )?(\d{1,2}) (?:eps?|epis[oó]dios|episodes) (?:pra|para) (?:eu )?(?:terminar|acabar|zerar)"
     r" (?:a )?(season \d{1,2})$", r"\1 eps left of \2"),
    (r"^(?:s[oó] )?faltam (?:s[oó] |apenas )?(\d{1,2}) (?:eps?|epis[oó]dios|episodes) (?:pra|para) (?:eu )?(?:terminar|acabar|zerar)",
     r"\1 eps left"),
    # "tô a 3 eps do fim (da 2)", "estoy a 3 caps del final": that many from the end (of the season said after)
    (r"^(?:(?:eu )?(?:t[oô]|estou)|(?:yo )?estoy) a (\d{1,2}) (?:eps?|epis[oó]dios|episodes|caps?|cap[ií]tulos) d(?:el?|o) (?:fim|final)"
     r" d[ao] (?:season |temporada )?(\d{1,2})a?", r"\1 eps left of season \2"),
    (r"^(?:(?:eu )?(?:t[oô]|estou)|(?:yo )?estoy) a (\d{1,2}) (?:eps?|epis[oó]dios|episodes|caps?|cap[ií]tulos) d(?:el?|o) (?:fim|final)",
     r"\1 eps left"),
    (r"^(?:il me reste |il reste |encore |plus que |jai plus que |me reste )(?:plus que |encore )?(\d{1,2}) (?:eps?|[eé]pisodes?)"
     r"(?: (?:a voir|à voir))?", r"\1 eps left"),
    (r"^(?:mir fehlen |ich hab )?noch (\d{1,2}) (?:eps|folgen|episoden)(?: bis ich durch bin| dann bin ich durch| bis zum ende)",
     r"\1 eps left"),
    # "còn 5 phút nữa là xong tập 8": minutes left of that episode, partway into it (watched70)
    (r"^(?:mình )?còn (\d{1,3}) phút (?:nữa )?(?:là )?(?:xong|hết) (?:tập|episode|ep) ?(\d{1,2})", r"\1 min left of ep \2"),
    # ("còn 2 cái nữa là xong": 2 "things" more till done, a bare count taken as episodes left, as "sisa 2 lagi"; watched68)
    (r"^(?:mình )?còn (\d{1,2}) (?:tập|episode|ep|cái(?= nữa là (?:xong|hết|finished)\b)) nữa(?: là (?:xong|hết|finished)(?: (?:mùa|season) 1)?)?", r"\1 eps left"),
    # minutes into an episode: Spanish ("vi 10 minutos del cap 6": 10 minutes of it seen; watched71), Portuguese, French
    (r"^(?:yo |eu )?(?:s[oó]lo |s[oó] )?(?:vi|he visto|llevo|assisti) (\d{1,3}) ?min\w* d(?:el?|o|a) (?:cap[ií]tulo|cap|ep|episode|episodio|epis[oó]dio) ?(\d{1,2})",
     r"\1 min into ep \2"),
    (r"^(?:eu )?parei (?:nos|no|aos|em) (\d{1,3}) ?min\w* (?:do|da|de) (?:ep|episode|epis[oó]dio) ?(\d{1,2})", r"\1 min into ep \2"),
    # ... Indonesian ("baru nonton 15 menit ep 4"), Tagalog ("10 minutes pa lang ng ep 6 napanood ko"), Vietnamese with sleep
    # after ("xem tập 8 được 10 phút rồi ngủ"), Korean ("8화 10분 보고 잠"): that many minutes of it seen (watched72)
    (r"^(?:aku |gue )?(?:baru |udah |sudah )?(?:nonton|liat|lihat|watched) (\d{1,3}) ?(?:menit|mnt|min) (?:ep|eps|episode) ?(\d{1,2})",
     r"\1 min into ep \2"),
    (r"^(\d{1,3}) ?(?:minutes?|mins?|minuto) (?:pa lang|lang) (?:ng|sa) (?:ep|episode) ?(\d{1,2})(?: (?:ang |yung )?(?:napanood|nanood) ko)?",
     r"\1 min into ep \2"),
    (r"^(?:mình |tui |tôi )?(?:xem|coi|watching) (?:tập|episode|ep) ?(\d{1,2}) được (\d{1,3}) phút(?: (?:rồi|thì|là) (?:ngủ|ngủ quên|ngủ mất|đi ngủ))?",
     r"\2 min into ep \1"),
    # ... said as where the fan is: "40 menit di ep 3", "40 minutes na ako sa ep 3" (watched78)
    (r"^(?:aku |gue )?(?:udah |sudah |baru )?(\d{1,3}) ?(?:menit|mnt) (?:di|dari) (?:ep|eps|episode) ?(\d{1,2})", r"\1 min into ep \2"),
    (r"^(\d{1,3}) ?(?:minutes?|mins?|minuto) na (?:ako )?(?:sa|ng) (?:ep|episode) ?(\d{1,2})", r"\1 min into ep \2"),
    (r"^(\d{1,2}) ?화 (\d{1,3}) ?분(?:만| 정도)? (?:보고|보다가) (?:잠|잠듦|잤\w*|잠들\w*|졸\w*)", r"\2 min into ep \1"),
    # an episode not finished yet abroad: "ep 7 belum selesai", "hindi pa tapos ep 7", "tập 9 chưa xem xong", "no he
    # terminado el cap 7 todavía", "7화 아직 다 못 봄" (never "4화 다 못 봤어" without "yet": maybe none of it): into it (watched72)
    (r"^(?:(?:aku |gue )?(?:nonton )?)(?:ep|eps|episode) ?(\d{1,2}) (?:belum|blm|lum) (?:selesai|kelar|beres|abis|habis)(?: (?:ditonton|nonton))?",
     r"halfway through ep \1"),
    (r"^(?:hindi|di) (?:ko )?pa (?:tapos|natatapos|tapos na)(?: ko)?(?: (?:ang|yung))? (?:ep|episode) ?(\d{1,2})", r"halfway through ep \1"),
    # "(pinanood ko ang ep 4 pero) di ko natapos ang ep 5": the next one begun, not finished (watched78)
    (r"^(?:hindi|di) ko (?:natapos|tinapos) (?:ang |yung )?(?:ep|episode) ?(\d{1,2})$", r"halfway through ep \1"),
    # "(xem 2 tiếng rồi,) mới tới tập 3": only got to episode 3 (watched78)
    (r"^(?:mình |tôi |tui )?(?:mới|vừa) (?:tới|đến) (?:tập|episode|ep) ?(\d{1,2})$", r"got to ep \1"),
    (r"^(?:tập|episode|ep) ?(\d{1,2}) (?:mình |tui )?(?:vẫn )?chưa (?:xem |coi )?(?:xong|hết)", r"halfway through ep \1"),
    (r"^(?:todav[ií]a |a[uú]n )?no (?:he terminado|termin[eé]|he acabado|acab[eé]) (?:de ver )?(?:el |la )?(?:cap[ií]tulo|cap|episodio|episode|ep) ?(\d{1,2})"
     r"(?: todav[ií]a| a[uú]n)?", r"halfway through ep \1"),
    (r"^(\d{1,2}) ?화 아직 다 (?:못 ?봄|못 ?봤\w*|안 ?봄|안 ?봤\w*)", r"halfway through ep \1"),
    (r"^(?:je suis )?[aà] (\d{1,3}) ?min\w* (?:de|dans) (?:l ?)?(?:[eé]pisode|ep) ?(\d{1,2})", r"\1 min into ep \2"),
    # the last episode, in French and Italian
    (r"^(?:je suis |jsuis )?(?:on |au |à |a )?(?:le )?dernier (?:[eé]pisode|ep)", "on the last episode"),
    (r"^(?:sono |sto )?(?:all ?|al |alla )ultim[oa] (?:episode|episodio|ep|puntata)", "on the last episode"),
    # an episode's end, reached and not finished
    (rf"^(?:im |i am )?(?:at|near|nearly at|almost at|close to|right at) the (?:end|ending) of ({_PLACE})(?: {_NOW})?",
     r"almost done with \1"),
    (rf"^(?:i )?(?:paused|stopped)(?: it)? (?:right |just )?(?:before|at) the (?:end|ending) of ({_PLACE})",
     r"almost done with \1"),
    (rf"^(?:im |i am )?(?:on|at|in|watching) (?:the )?last \d{{1,2}} ?(?:mins?|minutes?) of ({_PLACE})",
     r"almost done with \1"),
    (rf"^(?:the )?last \d{{1,2}} ?(?:mins?|minutes?) of ({_PLACE}) (?:rn|now|atm|right now)",
     r"almost done with \1"),
    (r"^(?:estoy |voy )?(?:al|en el) final del? (?:episode|ep|cap\w*) ?(\d{1,2})", r"almost done with ep \1"),
    (r"^(\d{1,2}) ?화 마지막 \d{1,2} ?분 (?:보는 ?중|남음|남았\w*)", r"almost done with ep \1"),
    (r"^(?:最終話|最終回)の(?:残り|ラスト|最後の) ?\d{1,2} ?分(?:で|の)?(?:止めてる|止めた|一時停止\w*|見てる|観てる)",
     "almost done with the finale"),
    (r"^(\d{1,2})話の(?:残り|ラスト|最後の) ?\d{1,2} ?分(?:で|の)?(?:止めてる|止めた|一時停止\w*|見てる|観てる)", r"almost done with ep \1"),
    # an episode watched to its end ("watched up to the end of ep 7", "made it to the end of ep 7"): that one seen
    (rf"^(?:(?:i )?(?:watched|got|made it|went|been|binged|stayed up) )?(?:all the way )?(?:up to|to|till|until|thru|through)"
     rf" the (?:very )?end of ({_PLACE})$", r"finished \1"),
    # an episode's end, reacted to: that episode seen
    (rf"^(?:the )?(?:end|ending) of ({_PLACE}) (?:broke|destroyed|killed|wrecked|got|ruined|had|made|left) me\b\D*",
     r"finished \1"),
    (rf"^(?:that |this )?({_PLACE})s? (?:ending|end)(?: {_WOW})?", r"finished \1"),
    (rf"^(?:the |that )?(?:end|ending) of ({_PLACE}) {_WOW}", r"finished \1"),
    (r"^(?:el |al )?final del? (?:episode|ep|cap\w*) ?(\d{1,2}),? me (?:destruy[oó]|mat[oó]|rompi[oó]|dej[oó]|parti[oó])\b\D*",
     r"finished ep \1"),
    (r"^(?:o )?final do (?:episode|ep|epis[oó]dio) ?(\d{1,2}) me (?:destruiu|matou|quebrou|deixou)\b\D*", r"finished ep \1"),
    (r"^(\d{1,2})話の(?:ラスト|最後|終わり|エンディング)(?:で|に|は)?(?:泣いた|号泣した|やばかった|衝撃だった|しんどかった)",
     r"finished ep \1"),
    (r"^(\d{1,2}) ?화 (?:엔딩|마지막|결말)(?: ?장면)? ?(?:보고|보다가|에서) (?:울었|오열|펑펑|소름|충격|멘붕|눈물)\w*(?: \w+)?",
     r"finished ep \1"),
    # Tagalog, "na" left out: "nasa ep 4 ako"
    (rf"^nasa ({_PLACE_EP})(?: na)?(?: ako| kami)?", r"on \1"),
))
# Leads and words said in English after them.
_WORDS = tuple((compile_later(pattern), english) for pattern, english in (
    # a rewatch said as a noun: "my rewatch is at ep 8", "first rewatch, just got to ep 2", "rewatch ko, ep 3 na" (its
    # season kept when bot.watched has said it: "my rewatching s1 is at ep 8")
    (r"^(?:my |on my )?(?:first |1st |second |2nd |third |3rd )?re-?watch(?:ing)?( s ?1)? (?:is |im )?(?:at|on) (?=(?:ep|episode) ?\d)",
     r"rewatching\1, on "),
    (r"^(?:first |1st |second |2nd )re-?watch(?:ing)?( s ?1)?(?=,)", r"rewatching\1"),
    (r"^(?:nire-?rewatch|rewatch)(?:ing)?( s ?1)?(?: ko| ulit)+, (?:nasa )?((?:ep|episode) ?\d{1,2})(?: na| pa lang| palang)?$",
     r"rewatching\1, on \2"),
    (r"(?:(?<=^rewatching, )|(?<=^rewatching s1, ))(?:just )?got to (?=(?:ep|episode) ?\d)", "on "),
    # Tagalog: "nasa huling ep na ako" (on the last), "kakatapos ko lang ng ep 6" (just finished), "nasa kalagitnaan
    # ako ng ep 4" (in the middle of)
    (r"\bhuling (?:ep|episode|episodyo)\b(?! na lang| nalang)", "last episode"),
    (r"^(?:ka)?katapos (?:ko )?(?:lang |lng )?(?:ko )?(?:ng |ang |yung )?(?=(?:(?:s|season) ?\d{1,2} )?(?:ep|episode) ?\d)",
     "just finished "),
    (r"^nasa (?:kalagitnaan|gitna)(?: na)?(?: ako| kami)? (?:ng|sa) (?=(?:(?:s|season) ?\d{1,2} )?(?:ep|episode) ?\d)",
     "halfway through "),
    # "rewatching with him": who with says no more
    (r"\b(rewatching(?: it)?) with (?:him|her|them|my \w+)\b", r"\1"),
    # a first watch said beside a season finished: "just finished s1 for the first time"
    (r"(?<=\S) for the (?:first|1st) time\b", ""),
    # counts left said with what they are left of: "3 eps to go till im caught up"
    (r"^(\d{1,2}) (?:more )?(?:eps|episodes) (?:(?:to go|left) )?(?:till|until|til|before|and|then) (?:im|i am|i get|ill be) caught up$",
     r"\1 eps left"),
    (r"^1 (?:more )?(?:ep|episode) (?:(?:to go|left) )?(?:till|until|til|before|and|then) (?:im|i am|i get|ill be) caught up$",
     "only the finale left"),
    # short of caught up, beside a place: the place says it
    (r"^(?:im |i am )?(?:still )?(?:almost|nearly|not quite|not yet|not|so close to being) caught up(?: yet)?,? (?=(?:(?:im |i am )?(?:on|at) )?(?:ep|episode) ?\d)", ""),
    # "caught up on the show": this show, as "caught up" alone
    (r"^((?:all |finally )?caught up)(?: on| with)? (?:the show|this show|the series|this series|aouad|all of us are dead)\b", r"\1"),
    # "caught up on s1", "all caught up on season 2" (or "the new season", once said "season 2"): the whole of that
    # season, never "caught up" on all that is out
    (r"^(?:(?:im|i am|i'm|just|now|finally|all|fully) )*caught up(?: on| with| w/?)? (?:s ?|season )(\d{1,2})\b(?! ?(?:ep|episode|e) ?\d)",
     r"finished season \1"),
    (r"^(?:(?:im|i am|i'm|just|now|finally|all|fully) )*caught up(?: on| with| w/?)? (?:season one|(?:the )?first season)\b"
     r"(?! ?(?:ep|episode|e) ?\d)", "finished season 1"),
    # a time stamp left of an episode: "only 12:00 left of ep 10", as minutes left
    (r"\b(\d{1,2}):\d{2}(?::\d{2})? (?=left (?:of|in) )", r"\1 min "),
    # Hinglish hours said first, no place: "raat ke 2 baje tak" (till 2 at night), "2 ghante se" (for 2 hours)
    (r"^(?:(?:raat|subah|shaam|sham|dopahar) (?:ke|ko) )?\d{1,2} (?:baje (?:tak|se)|ghante se|ghanton se) (?=\S)", ""),
    # "episode number 4", dictated or typed
    (r"\b(episode|ep) (?:number|num|no) (?=\d|[a-z])", r"\1 "),
    # when it began, said first: "started it last week, ep 7 now"
    (r"^(?:i )?start(?:ed)? (?:it|the show|watching(?: it)?) (?:last (?:week|month|night)|yesterday|(?:a|one|two|\d) "
     r"(?:days?|weeks?) ago|on \w+), (?=(?:im |i am )?(?:on |at )?(?:ep|episode) ?\d)", ""),
    # a number dictated to a phone, said last after an episode word: "i'm on episode for", "finished episode ate"
    # (punctuation dictated after the number first: "on episode for period")
    (r"(?:(?<=\d)|(?<=\bfor)|(?<=\bate)|(?<=\bwon)|(?<=\bto)|(?<=\btoo)) (?:period|full stop|exclamation (?:point|mark))$", ""),
    (r"\b(episode|ep) (?:for|fore)(?= (?:lol|lmao|haha|yay)$|$)", r"\1 4"),
    # ... or before a word no preposition takes: "episode for was so good", "on episode for for now"
    (r"(?<!\ban )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bone )(?<!\bany )(?<!\bno )(?<!\bevery )(?<!\bwhat )(?<!\bwhich )"
     r"\b(episode|ep) (?:for|fore)"
     r"(?= (?:was|is|had|has|made|broke|killed|destroyed|for)\b)", r"\1 4"),
    (r"\b(episode|ep) ate$", r"\1 8"),
    (r"\b(episode|ep) (?:to|too)$", r"\1 2"),
    (r"\b(episode|ep) won$", r"\1 1"),
))


def catching_up_said(text: str) -> str:
    """`text` said as English when it is one of the forms above; else as it is."""
    text = own_reaction_said(_FINALLY.sub("", text).strip())  # "my reaction to ep 8 is up on tiktok": ep 8 seen
    if (caught := _CAUGHT_UP.match(text)) is not None:
        text = "caught up" + text[caught.end():]
    if (waiting := _WAITING.search(text)) is not None:
        season = next(g for g in waiting.groups() if g is not None)
        text = (text[:waiting.start()].rstrip(" ,、") + f", waiting for season {season}").lstrip(" ,")
    if (countdown := _COUNTDOWN.match(text)) is not None and text[countdown.end():].strip():
        text = text[countdown.end():]
    text = _HI_COUNT.sub(lambda found: found.group().replace(found[1], HINDI_NUMBER_WORDS[found[1]]), text)
    for pattern, english in _WORDS:
        text = pattern.sub(english, text)
    return next((found.expand(english) for pattern, english in _SENTENCES.for_text(text) if (found := pattern.match(text))), text)

