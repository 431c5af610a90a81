"""A clause beside a position that says nothing of how far the fan is, so the sentence is read without it (split from
bot.progress_forms at 573 lines): the webtoon ("finished the webtoon"), a first watch, a season awaited ("ready for
s2", "s2 hype"), talked about ("s2 trailer dropped", "s2 when") or dated ("s2 ep 1 comes out in march"), a pace
("2 eps a day"), another show's finale or count left, a scene wished for.

Plain text in (a clause, lower-cased by bot.progress_said.chat_free); nothing here knows the show.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.other_works import OTHER_SHOWS, SQUID_GAME_ABROAD
from bot.progress_plans import TIME_TO_COME
from bot.progress_thai import bare
from bot.progress_words import SHOW_BEGUN

# Said beside a position, saying nothing of how far: the webtoon ("finished the webtoon"), a first watch, a season
# awaited ("ready for s2", "s2 hype", "trying to catch up before s2 comes out").
_NOTHING_MORE = compile_later(
    r"\b(?:webtoon|webtoonnya|manhwa|comic|comics|the book|podcasts?)\b|웹툰|원작 ?만화|ウェブトゥー?ン|原作漫画"  # (watched40)
    # others' reactions to an episode, never the fan's own ("watching reactions to ep 8 but i'm only on ep 5", "vi la
    # reacción del 8", "xem reaction tập 8": watched59; "my reaction to ep 8" is the fan's)
    r"|(?<!my )(?<!our )\breactions?(?: videos?)? (?:(?:to|of|for|on) )?(?:the )?(?:s ?\d{1,2} ?)?(?:ep|episode|e|finale|tập)\b"
    r"|\b(?:ep|episode|e) ?\d{1,2} reactions?(?: videos?)?\b|\breacci[oó]n(?:es)? (?:del?|al) (?:cap(?:[ií]tulo)? |ep |episodio )?\d"
    # a count left of an everyday thing ("2 left in the pack, on ep 6": snacks, never episodes; watched59)
    r"|\b\d{1,2} (?:\w+ )?left (?:in|of) (?:the |my |this )?(?:pack|bag|box|bottle|can|jar|fridge|carton|tub|bowl|plate|class"
    r"|semester|term|shift|game|match|round|quiz|exam|queue|line)\b"
    # ... abroad, said in a clause of its own ("sisa 2 bungkus chiki, lagi ep 6", "còn 2 gói, đang tập 6", "me quedan 2
    # galletas", "あと2袋、今6話", "과자 2봉지 남았어": watched62; never "sisa 2 ep", "còn 2 tập", counts of the season)
    r"|^(?:sisa|tinggal|còn|(?:me )?(?:quedan?|sobran?)|sobraram|sobrou|restam|resta|あと|残り) ?\d{1,2} ?(?:bungkus|biji|kaleng|botol"
    r"|keping|gói|bịch|lon|chai|miếng|hộp|galletas?|bolsas?|paquetes?|latas?|pacotes?|fatias?|biscoitos?|bolachas?|袋|個|枚|缶)(?!\w)[^\d,]*$"
    r"|^(?:me )?quedan? \d{1,2} en la (?:bolsa|caja|lata)\b[^\d,]*$|^\d{1,2} na lang (?:ang )?natira sa (?:pack|bag|box|supot|kahon)\b[^\d,]*$"
    r"|^(?:[^\W\d]+ )?\d{1,2} ?(?:봉지|캔|병|조각) ?남았\w*$"
    # ... in Thai, its marks dropped by chat_free: "เหลือขนม 2 ห่อ" (2 bags of snacks left; watched63)
    + "|^" + bare("เหลือ") + r"\w* ?\d{1,2} ?(?:" + "|".join(bare(unit) for unit in ("ห่อ", "ถุง", "ชิ้น", "ขวด", "กระป๋อง")) + r")$"
    # the hour now, said after a place without a comma ("5話まで見た 今12時", "오늘 8화까지 봤어 지금 12시": watched64)
    r"|^(?:今|지금) ?\d{1,2} ?(?:時|시)(?: ?\d{1,2} ?(?:分|분)| ?半| ?반)?(?:だ|です|임|야|이야)?$"
    # ... in Thai: "ตอนนี้ 5 ทุ่ม", "ตอนนี้ตี 2" (11 pm, 2 am now; watched65)
    + "|^" + bare("ตอนนี้") + " ?(?:" + bare("ตี") + r" ?\d{1,2}|\d{1,2} ?(?:" + "|".join(bare(unit) for unit in ("ทุ่ม", "โมง", "นาฬิกา"))
    + "))(?: ?" + bare("แล้ว") + ")?$"
    # a day to come said first, then an episode ("on ep 5, tomorrow ep 8", "lagi ep 5, besok ep 8", "đang tập 5 mai xem
    # tập 8"): a plan, none seen (watched68)
    # ("mañana el cap 8, ahora voy en el 5", "明日8話見る、今5話", "내일 8화 볼 거고 지금 5화": watched69)
    # ("nasa ep 6 ako, mamaya ep 7", "..., nanti malem ep 7": later, a plan; alone, asked again; watched71)
    # ("..., amanhã vejo o 8", "..., à noite vou ver o 6": watched71; "dia 28 vou ver o ep 9, ...": a day to come, watched73)
    r"|^(?:" + TIME_TO_COME + r"|tmrw|tmr|later|mamaya|nanti(?: malem| malam)?|ntar(?: malem)?|[aà] noite|de noite|mai(?= (?:xem|coi|tập|episode|ep)\b)|dia \d{1,2}(?= (?:eu )?(?:vou|vejo|assisto)\b)) ?"
    r"(?:(?:ill |i will |gonna |mau |manonood ako ng |eu )?(?:watch|xem|coi|nonton|lanjut|vejo|assisto|vou ver|vou assistir|veo|voy a ver) )?"
    r"(?:(?:(?:el|o) )?(?:ep|episode|eps|tập|cap|cap[ií]tulo) ?\d{1,2}|(?:el|o) \d{1,2}|\d{1,2} ?(?:화|話|集)(?: ?(?:볼 거\w*|볼 예정\w*|(?:を)?見る(?:予定)?))?)(?: na| lagi)?$"
    r"|^(?:(?:its|it is|this is) )?(?:my )?(?:first|1st) (?:time|watch)(?: watching| through| seeing it)?(?: it)?(?: for me)?$"
    # "my s2 exam", "s2 of squid game", "the s2 cast news", "season 2 is filming", "temporada 2 cuando", "시즌2 언제 나와",
    # "第二季什么时候出": a season 2 that is no season of this show, or one talked about, not watched
    r"|\b(?:exams?|examen|exame|prova|class(?:es)?|clases?|aulas?) (?:de |of |in |do |da )?s ?\d\b"
    r"|\b(?:s|season) ?\d{1,2}(?: ?(?:e|ep|episode) ?\d{1,2})? (?:exams?|class(?:es)?|semester|term|finals?|trailers?|teasers?"
    r"|cast(?:ing)?|news|leaks?|leaked|spoilers?|rumou?rs?|posters?|announcement|release|theor(?:y|ies)|predictions?|rated"
    r"|breakdown|reactions?|is filming|is (?:real|confirmed|coming|happening)|(?:gonna|will|is going to) be|when|wen|cuando"
    r"|cuándo|quando|wann|quand|kapan|j[aá] saiu|saiu|sali[oó])\b"
    r"|\b(?:s|season) ?\d{1,2}(?: ?(?:e|ep|episode) ?\d{1,2})? of (?!(?:this|the show|the series|aouad|all of us are dead|it)\b)[a-z]"
    r"|(?:s|season|시즌) ?\d{1,2}(?: ?(?:ep |episode )?\d{1,2} ?[화]?)? ?(?:언제|스포|예고|트레일러|まだ|いつ|什么时候|是真的)"
    r"|^(?!.*\b(?:ep|eps|episode|e|finished|done|watched|seen|not|havent)\b)(?:.* )?(?:ready for|hyped? for|(?:i )?wait(?:ing)? for"
    r"|excited for|cant wait for|counting (?:down )?(?:the days )?(?:to|till|until|for)|before) (?:s|season) ?\d{1,2}"
    r"(?: (?:comes out|drops|is out|releases|hype\w*))?$"
    # "how many eps does s2 have", "the 2nd season drops in 2027": season 2's length asked, or its year said (watched22)
    r"|^how many (?:eps?|episodes?) (?:does|will|is|in|are in) (?:s|season) ?\d{1,2}(?: (?:have|has|gonna have|going to have|got))?$"
    r"|^(?:the )?(?:\d(?:st|nd|rd|th) season|(?:s|season) ?\d{1,2}) (?:drops|comes out|is out|releases|is coming)(?: in| on)?"
    r" (?:late |early |mid )?20\d\d$"
    # "when does s2 drop", "esperando la 2": asked of, or waiting for, a season not out
    r"|^when (?:does|will|is) (?:s|season) ?\d{1,2}(?: (?:drop|come out|release|be out|out))?$|^esperando (?:la |a )?(?:temporada )?\d$"
    # "started it before s2 was announced", "started watching before they announced s2": when the show was begun, dated by
    # season 2's news, no place (stop 57's leftover; the place said beside it is read)
    rf"|^(?:i )?(?:first )?{SHOW_BEGUN} (?:before|after|when) (?:(?:they|netflix) (?:announced|confirmed"
    r"|renewed) (?:the )?(?:s|season) ?\d{1,2}|(?:s|season) ?\d{1,2} (?:was|got|had been) (?:announced|confirmed|renewed))$"
    # "skipped the opening credits", "always skip the intro": a part of every episode skipped, no episode
    r"|^(?:i )?(?:always |just )?skip(?:ped|ping|s)? (?:the )?(?:opening|intro|recap|credits|opening credits|end credits|ending credits|ads)(?: song)?$"
    # "showed my friends ep 1 today": an episode shown to someone, seen before
    r"|^(?:i )?(?:showed|showing|show) (?:my )?[a-z]+ (?:ep|episode|e) ?\d{1,2}(?: today| yesterday| last night)?$"
    # "watching with my sister", "assistindo com minha irmã": company, not a place
    r"|^(?:im |were |we are )?(?:watching|assistindo|viendo)(?: it)? with my bf$"
    # "watched with 3 friends", "lo vi con 3 amigos", "친구 3명이랑 봤어": how many watched with, no episode (watched40)
    r"|^(?:i |we )?(?:watched|watching|watch|binged|saw)(?: it)? with (?:my )?(?:\d{1,2}|two|three|four|five) (?:friends|people|others"
    r"|cousins|classmates)$|^(?:lo |la )?(?:vi|vimos|assisti|assistimos) (?:con|com) (?:mis |meus )?\d{1,2} (?:amig[oa]s)$"
    r"|^친구 ?\d{1,2} ?명(?:이)?(?:랑|하고|이랑) ?(?:같이 )?(?:봤어|봤음|봄)$"
    r"|^(?:s|season) ?\d{1,2} hype\w*$|^(?:시즌 ?\d{1,2}|\d{1,2} ?기) ?(?:을|를)? ?기다\w*(?: ?중)?$"  # "시즌2 기다리는 중"
    # "s2 when", "watched the s2 teaser", "s2 trailer dropped", "zero of season 2": a season not out, talked about
    r"|^(?:s|season) ?\d{1,2}(?: ?(?:ep|episode|e) ?\d{1,2})? (?:when|wen|soon|pls|please|plz|(?:cant|cannot) come soon enough|can wait)$|^(?:zero|0|none|nothing) of (?:s|season) ?\d{1,2}$"
    # "bring on s2", "s2 next", "waiting on s2", "need s2 now": a season not out, wished for (watched24)
    r"|^(?:(?:now )?(?:bring on|gimme|give me|i need|need|waiting on|ready for|(?:and )?then|after that|on to|onto"
    r"|lanjut(?:in)?|giờ tới|agora (?:vem )?a|ahora (?:viene )?(?:a )?la) )?(?:s|season) ?\d{1,2}"  # ("lanjut s2", "giờ tới s2", "agora a s2", "s2 na next", "이제 시즌2": watched55)
    r"(?: (?:next|asap|now|already|pls|please|na))*$|^이제 시즌 ?\d{1,2}$|^(?:次は|ตอ) ?(?:season|s) ?\d{1,2}$"  # "then s2", "on to s2": a season still to come after the place said
    r"|^(?:(?:i )?(?:just )?(?:watched|saw|seen) )?(?:the )?(?:s|season) ?\d{1,2} (?:teaser|trailer|poster|announcement)s?"
    r"(?: (?:dropped|is out|came out|just dropped))?$"
    # "nearly at the end, on ep 11", "almost finished the show, 1 ep to go": a place said again, more roughly
    r"|^(?:im |i am )?(?:nearly|almost) (?:at the end|there|finished|done)(?: with)?(?: (?:the show|it|the season|season 1|s1))?$"
    # "halfway through s1, on ep 6": where in season 1 said roughly, beside the place (watched32; alone, asked again)
    r"|^(?:im |i am )?(?:about |around |roughly )?(?:halfway|midway) (?:through|thru|into) (?:the show|the season|season 1|s ?1)$"
    # "s2 came out at 5pm", "s2 dropped friday my time": when it came out; "s2 tonight": a season still to start (watched26)
    r"|^(?:s|season) ?\d{1,2}(?: ?(?:e|ep|episode) ?\d{1,2})? (?:came out|dropped|drops|comes out|releases|released|was released|premieres|went live)"
    r"(?: (?:at|on|in) [\w:]+(?: ?[ap]m)?| (?:today|yesterday|last night|this morning|friday|saturday)| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}"
    r")*(?: (?:my time|here|kst|est|pst|pt|et|gmt))?$"  # "s2 ep 1 comes out in march", "season 2 releases march 3": when, no place
    r"|^(?:s|season) ?\d{1,2} (?:tonight|tomorrow|tmrw|tmr|later|after dinner|this weekend)$"
    # "part 2 drops in april", "vol 2 comes out next month": when a part comes, no place (watched39)
    r"|^(?:(?:s|season) ?\d{1,2} )?(?:part|pt|vol|volume|parte) ?(?:[1-3]|one|two|three) (?:drops|comes out|releases|is coming(?: out)?"
    r"|premieres|is out|is dropping|sale|sai)(?: (?:in|on|at|next|this|el|em) [a-z0-9 ]+| (?:today|tomorrow|tmrw|soon))?$"
    # "waiting for season 2 in 2027", "s2 isnt out til 2027", "is season 2 out yet": a season not out, awaited
    r"|^(?:(?:still )?waiting for |is )?(?:s|season) ?\d{1,2}(?: (?:(?:isnt|is not|not|aint) )?(?:out|coming|coming out|due|dropping))?"
    r"(?: yet)?(?: (?:in|til|till|until|before|by) (?:late |early |mid )?(?:20\d\d|next year))?$"
    # "rewatching ep 2 with my sis": seen before, so it says nothing of how far beside what does; "rewatching ep 3 now",
    # "revendo o ep 3", "inuulit ko yung ep 3" too (watched62); "rewatching ep 2 tonight for the 3rd time" (watched75)
    r"|^(?:im |i am )?re-?watch(?:ing|ed) (?:ep|episode|e) ?\d{1,2}(?: (?:tonight|today|tomorrow|later))?(?: (?:with|for|because|cause|cuz|bc|since) .+| (?:now|rn|again|lol|\d{1,2} times|(?:two|three|four|five) times))?$"
    r"|^(?:(?:estou|to|tô) )?(?:revendo|reassistindo) (?:o )?(?:ep|episode|epis[oó]dio) ?\d{1,2}$"
    # ... planned for tonight or tomorrow ("tonight rewatching ep 1 again", "mamayang gabi ulit ep 1", "tối nay xem lại tập 1",
    # "esta noche veo el cap 9 de nuevo", read as "gonna watch episode 9 de nuevo": watched73)
    r"|^(?:" + TIME_TO_COME + r"|mamaya) (?:(?:im |ill |i will |gonna )?re-?watch(?:ing)? |ulit |xem lại |coi lại )(?:ng |yung |ang )?"
    r"(?:ep|episode) ?\d{1,2}(?: again| ulit)?(?: (?:w|with) (?:my |the )?[a-z]+)?$|^gonna watch (?:ep|episode) ?\d{1,2} (?:de nuevo|otra vez|de novo|again)$"
    r"|^(?:오늘 ?밤|내일) ?\d{1,2} ?화(?:를)? 다시 볼 (?:거|예정)\w*$"  # ("tonight rewatching ep 2 w my sister", "오늘 밤 1화 다시 볼 거": watched74)
    r"|^(?:inuulit|inulit) (?:ko )?(?:ulit )?(?:yung |ang )?(?:ep|episode) ?\d{1,2}$"
    # "doing 2 eps a day", "3 eps a night": a pace, no place
    r"|^(?:im |i am )?(?:doing |watching |watched )?(?:\d{1,2}|one|two|three|four) (?:eps?|episodes?) (?:a|per|each) (?:day|night)$"
    # ... and abroad: "하루 2화씩", "一天两集", "一日2話ずつ", "2 capítulos al día", "günde 2 bölüm", "2 tập mỗi ngày"
    r"|^(?:하루(?:에)?|一天|每天|一日|毎日|günde) ?(?:看)? ?(?:\d{1,2}|두|세|한) ?(?:eps?|episodes?|[화편集話]|b[oö]l[uü]m|tập)(?:씩|ずつ)?$"
    r"|^(?:\d{1,2}|dos|tres|zwei|drei) (?:eps?|episodes?|cap[ií]tulos|episodios|tập) (?:al|por|am|pro|mỗi) (?:d[ií]a|tag|ngày)$"
    # "3 days left till s2", "season 2 まであと3日", "faltam 2 dias pra season 2": days or hours till a season, no episode
    r"|^(?!.*\b(?:eps?|episodes?)\b)(?=.*(?:\b\d{1,3} ?(?:more )?(?:days?|d[ií]as|tage|hours?|hrs?|weeks?|gün|ngày)\b|\d{1,3} ?(?:日|일|天)))"
    r".*(?:\bs ?\d{1,2}\b|\bseason \d{1,2}\b|시즌 ?\d)"
    # another show's count left or finale ("2 eps left of squid game", "squid game finale tonight", "the finale of
    # squid game"), a plea for no spoilers ("no spoilers for the s2 finale pls"): nothing of this show's place
    r"|^(?:(?:only|just) )?(?:\d{1,2}|one|two|three) (?:more )?(?:eps?|episodes?) (?:left )?(?:of|in) (?!(?:s|season) ?\d|it\b|this\b"
    r"|the (?:show|series|season|first|second|last)\b|aoad\b|all of us\b)[a-z]"
    r"|^(?:(?:just )?(?:watched|watching|saw) )?(?:the )?(?!(?:the|s ?\d{1,2}|season|aoad|this|that|its|my|last|big|final|series|show"
    r"|on|at|in|im|i|just|almost|nearly|before|after|up|to|for|of|with|watched|watching|saw|seen|finished|done|rewatching"
    r"|rewatched)\b)[a-z]+(?: (?!the\b)[a-z]+)? finale(?: (?:tonight|today|tomorrow|was \w+|is \w+))?$"
    r"|^(?:(?:just )?(?:watched|watching|saw) )?the finale of (?!(?:s|season) ?\d|it\b|this\b|the show\b|aoad\b)[a-z]"
    r"|^(?:pls |please )?(?:no|dont|do not) spoil(?:ers?)?(?: me)? (?:for|about|of|on) .+$"
    # an episode of another show to be watched, its only number ("tonight ep 9 of squid game", "mamayang gabi ep 9 ng
    # squid game", "à noite vou ver o ep 9 de round 6", "ep 9 of kingdom tonight": watched73)
    r"|^(?=\D*(?:" + TIME_TO_COME + r"|\bgonna\b|\bnanti\b|\bmamaya|[aà] noite|\bvou ver\b))"
    r"\D*\b(?:ep|eps|episode|tập|cap|cap[ií]tulo|epis[oó]dio) ?\d{1,2} (?:(?:of|ng|de|do|da|del|của|dari) )?"
    rf"(?:{OTHER_SHOWS}|{SQUID_GAME_ABROAD}|(?<=of )kingdom\b)\D*$"
    # "cant wait for the library part", "is the music room scene in ep 7", "paused my music": a scene wished for or
    # asked about, something else paused: nothing of the fan's place (watched23)
    r"|^(?:i )?(?:cant|cannot|can not) wait (?:for|to (?:see|get to|reach|watch)) (?:the |that )?\D*\b(?:part|scene|bit|moment)$"
    r"|^(?:is|when is|where is|whens|wheres|what ep is|which ep(?:isode)? (?:is|has)) (?:the |that )?\D*\b(?:part|scene|bit|moment)"
    r"(?: (?:in|on) (?:ep|episode) \d{1,2})?$"
    r"|^(?:i )?paused (?:my|the) (?:music|spotify|song|playlist|podcast|game|call|stream|video)$"
    # "finished my night shift", "done with my homework": the fan's own thing finished, no episode (watched52; never "my
    # rewatch", "my s1 binge", "my first watch": the show's)
    r"|^(?:i )?(?:just |finally )?(?:finished|done with) my (?!(?:re-?watch\w*|binge\w*|marathon|watch\w*|first|second|third|1st|2nd"
    r"|3rd|s ?\d|season|ep|eps|episodes?|part|show|series)\b)[a-z]+(?: [a-z]+)?$"
    # "the laundry's not finished yet", "la tarea no está terminada", "pr-ku belum selesai": a chore not finished, no
    # episode (watched72; "ep 7 not finished yet" is the episode's, read by bot.progress_said)
    r"|^(?:the |my |la |mi |o |a |minha |meu )?(?:laundry|homework|hw|essay|assignment|project|dinner|food|pizza|tarea|comida|tarefa"
    r"|li[cç][aã]o|dever|janta|tugas|pr|pr-?ku|cucian|bài tập|đồ ăn|cơm)s?(?: ko| nya| của mình)? (?:is |are |est[aá] |t[aá] )?"
    r"(?:not|no|n[aã]o|belum|chưa) (?:est[aá] |t[aá] )?(?:finished|done|ready|terminad[ao]|acabad[ao]|list[ao]|pront[ao]|selesai|kelar|xong)"
    r"(?: yet| todav[ií]a| a[uú]n| ainda)?$"
    # ... said with the verb first or abroad: "no he terminado la tarea", "ainda não terminei a lição", "bài tập chưa
    # xong", "숙제 아직 다 못 함" (watched73)
    r"|^(?:(?:todav[ií]a |a[uú]n )?no he (?:terminado|acabado)|(?:ainda )?n[aã]o (?:terminei|acabei)(?: ainda)?) (?:la |mi |a |o |minha |meu )?"
    r"(?:tarea|comida|tarefa|li[cç][aã]o|dever|janta)s?(?: todav[ií]a| a[uú]n| ainda)?$"
    r"|^(?:bài (?:tập|episode)|đồ ăn|cơm)(?: của mình)? (?:vẫn )?chưa (?:làm )?xong$|^(?:숙제|과제|밥) ?(?:아직 )?(?:다 )?(?:못 ?함|못 ?했\w*|안 ?끝났\w*)$"
    # "(watched ep 4 but) the season isnt finished yet", "pero di pa tapos yung season", "season-nya belum selesai", "no he
    # terminado la temporada": the season not finished, beside the episode watched nothing more (watched77: asked again)
    r"|^(?:the )?(?:season|series|show)(?: \d{1,2})?s? (?:is |has )?(?:not|isnt|hasnt) (?:been )?(?:finished|done|over)(?: yet)?$"
    r"|^(?:di|hindi) (?:ko )?pa (?:tapos|natapos)(?: ko)? (?:yung|ang) (?:season|series|serye|show)$"
    r"|^(?:(?:season|series)(?:-?nya)? (?:belum|blm) (?:selesai|kelar|tamat)|(?:belum|blm) (?:selesai|kelar|tamat) (?:season|series)(?:-?nya)?)$"
    r"|^(?:todav[ií]a |a[uú]n )?no he (?:terminado|acabado) la (?:temporada|serie)(?: todav[ií]a| a[uú]n)?$"
    r"|^(?:ainda )?n[aã]o (?:terminei|acabei) a (?:temporada|s[eé]rie)(?: ainda)?$"
    # "mỗi tập dài 60 phút", "each ep is 60 min", "cada cap dura 60 minutos": an episode's length, no place (watched72)
    r"|^(?:mỗi|each|every|cada|tiap|setiap) (?:tập|episode|ep|cap|cap[ií]tulo|epis[oó]dio) (?:is |dài |lasts |dura |durasinya )"
    r"(?:like |about |khoảng |como )?\d{1,3} ?(?:phút|mins?|minutes?|menit|minutos?)(?: long)?$"
    # ... of one episode named: "el cap 8 dura 60 minutos", "tập 8 dài 60 phút" (watched73)
    r"|^(?:el |o )?(?:tập|cap|cap[ií]tulo|epis[oó]dio|ep|episode) \d{1,2} (?:dura |dài |durasinya |is )(?:like |about |khoảng |como )?"
    r"\d{2,3} ?(?:phút|mins?|minutes?|menit|minutos?)(?: long)?$"
    # another show finished whole, none of its seasons named ("terminei round 6, agora to no ep 2", "finished squid game
    # yesterday, on ep 3": watched74); never "finished kingdom s1, on s2 ep 2", where its next season may be the place
    rf"|^(?:just )?finished (?:watching )?(?:{OTHER_SHOWS}|{SQUID_GAME_ABROAD})(?: (?:ontem|yesterday|last night|ayer|anoche|kemarin"
    r"|kagabi|hôm qua|today|hoje|hoy))?$"
    # a question asking someone else's place ("em tập 9 rồi, anh tập mấy rồi", "what ep are you on"; watched75)
    r"|^(?:còn )?(?:anh|chị|bạn|em|mọi người|mn|các bạn) (?:đang )?(?:xem )?(?:tới )?(?:tập|episode) mấy(?: rồi)?$"
    r"|^(?:what|which) (?:ep|episode) (?:are )?(?:you|u|yall|you guys) (?:on|at)$"
    # a plan to watch later today with no episode ("mamayang alas 10 ako manonood, nasa ep 3 pa lang"), a birthday's date
    # ("ulang tahunku tanggal 9, udah ep 4", "my birthday is on the 9th"; watched75)
    r"|^mamaya(?:ng)?(?: gabi)?(?: alas[- ]?\d{1,2}(?: ng gabi)?)? (?:ako |kami )?(?:manonood|manood|nanonood)(?: ako| kami| ulit)?$"
    r"|^(?:ulang tahun|ultah)(?:ku| aku| gue)? (?:tanggal|tgl) \d{1,2}(?: [a-z]+)?$|^(?:my )?(?:birthday|bday) (?:is )?(?:on )?the \d{1,2}(?:st|nd|rd|th)$"
    # "2 bags of chips left", "3 slices of pizza left": a count of things left, no episode nor time (watched52; "20 mins
    # of ep 5 left" is where in an episode, read by bot.progress_said)
    r"|^(?:only |just )?(?:\d{1,2}|one|two|three|four|five) (?!(?:eps?|episodes?|caps?|mins?|minutes?|secs?|seconds?|hours?|hrs?"
    r"|days?|weeks?|parts?|seasons?|scenes?)\b)[a-z]+ of (?!(?:the |this |my )?(?:ep|eps|episode|season|part|s ?\d|it\b|this\b))"
    r"[a-z]+(?: [a-z]+)? left(?: (?:lol|lmao|haha\w*|omg|rn|tho|already))*$"
)


def says_nothing_more(clause: str) -> bool:
    """Whether a clause (chat_free) says nothing of how far its writer is: the webtoon, a season awaited."""
    return _NOTHING_MORE.search(clause) is not None


# "tonight im done", "today, done": done for the night, not with the show (watched77: saved as all of season 1)
_DONE_FOR_NOW = compile_later(r"^(?:im |i am |were |we are )?(?:all )?done$")
_NIGHT_ALONE = compile_later(r"^(?:for )?(?:tonight|today|the night|the day|now)$")


def done_for_now(clause: str, before: str, after: str) -> bool:
    """Whether a clause (chat_free) is a bare "im done" said beside a clause that only says tonight or today, or is that
    clause before one ("ep 5, tonight im done": never tonight's plan for ep 5)."""
    if _NIGHT_ALONE.match(clause) is not None and _DONE_FOR_NOW.match(after) is not None:
        return True
    return _DONE_FOR_NOW.match(clause) is not None and any(_NIGHT_ALONE.match(beside) for beside in (before, after))


# "tonight ep 6", "gonna watch ep 6 tomorrow": one episode planned, which a bare "im done" beside it is no end of the show
# before ("im done, tonight ep 6" was all of season 1, as "im done, ep 6 tonight" never was; watched77)
_EPISODE_PLANNED = compile_later(rf"^(?=\D*\d{{1,2}}\D*$)(?=.*\b(?:ep|eps|episode|cap|tập) ?\d)(?=.*(?:{TIME_TO_COME}|\bgonna\b))")


def episode_planned(clause: str) -> bool:
    """Whether a clause (chat_free) plans one episode to come ("tonight ep 6")."""
    return _EPISODE_PLANNED.match(clause) is not None
