"""Whether a clause of a fan's sentence that was not read as a place may still say how far they have watched (then the
sentence is asked again, never read without it): a number, an episode, a "not", a rewatch may; a grade, a rank, a clock
time, a count of hours, an age, "behind on homework", a feeling or a plan to finish season 1 does not (split from
bot.progress_clauses at 599 lines; bot.watched asks it of each clause left unread).
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.progress_nothing_more import says_nothing_more
from bot.progress_said import chat_free
from bot.text import NUMBER_WORDS, ORDINAL_WORDS

# What an unread clause may say that changes how far the fan is: a number, an episode, a "not", a rewatch.
_MAY_SAY_MORE = compile_later(
    r"\d|\b(?:" + "|".join(sorted(sorted({*NUMBER_WORDS, *ORDINAL_WORDS}), key=len, reverse=True)) + r")\b"
    r"|\b(?:episodes?|eps?|seasons?|s|e|finale|pilot|last|first|next|end|ending|all|whole|rest|not|no|never|havent|hasnt"
    r"|didnt|dont|cant|wont|almost|nearly|half\w*|mid\w*|still|re-?watch\w*|skip\w*|except|besides|only|start\w*"
    r"|finish\w*|done|left(?! (?:my|me|her|him|us|them|for|on read|the (?:room|house|server|chat|gc|group)))|more|behind|ahead|before|after|until|till|up to|through|thru"
    r"|asleep|paused?|stopped|stop|quit|dozed|interrupted|middle|partway|halfway|into)\b"
    # what the fan has yet to see: "scared to watch", "not ready to watch", "what happens" (review47b: "ep 8 ending tho
    # im scared to watch" and "ep 8 ending tho, what happens" were saved as episode 8 seen)
    r"|\b(?:(?:scared|afraid|too scared|not ready) (?:to (?:watch|see|start|finish)|of)|what happens)\b"
    r"|[화회편]|시즌|안|못|아직|반|중간|다|까지"
)
# A clause that says nothing of how far the fan is now: a feeling ("im not ok", "scared"), or a plan that says
# no episode watched ("ep 2 tmrw", "s2 starts for me tmrw", "finishing it tmrw"; never "tonight", which may be past).
_SAYS_NOTHING = compile_later(
    r"^(?:(?:im|i am) )?(?:(?:so |literally )?(?:not ok(?:ay)?|scared|crying|shaking|screaming|sobbing|shook|dead|deceased))$"
    r"|^(?:(?:im|i am) )?(?:so |still |just )?not ready for (?:s|season) ?\d{1,2}(?: yet)?$"  # "not ready for s2": a feeling
    r"|^(?!.*\b(?:not|no|never|havent|didnt|watched|seen|finished|done|over)\b).+"
    r" (?:tmrw|tmr|tomorrow|later|next week|this weekend|soon|after (?:dinner|work|school|class|this)"
    r"|mañana|amanhã|demain|morgen|domani|besok|bukas|ngày mai|yarın)$"
    # "ep 7 hits different", "should i watch ep 4 tonight?", "one more ep before bed": a feeling about an episode, a
    # question or a plan, said beside the place (watched47; alone, each is still asked again)
    r"|^(?:(?:s|season) ?\d{1,2} )?(?:ep|episode|e) ?\d{1,2} (?:hits|hit|hitting) (?:so )?different(?: (?:fr|tbh|ngl|lol|omg|fr fr|ngl fr))*$"
    # ... abroad: "iba talaga (tama ng) ep 7", "el cap 7 pega distinto", "o ep 7 bate diferente" (watched48)
    r"|^iba (?:talaga |tlga )?(?:ang |yung |tama ng )?(?:ep|episode) ?\d{1,2}$|^(?:el |o )?(?:ep|episode) ?\d{1,2} (?:pega|bate) (?:distinto|diferente)$"
    r"|^(?:should|shall|can|do) (?:i|we) (?:watch|start|finish|binge) (?:(?:s|season) ?\d{1,2} )?(?:ep|episode|e) ?\d{1,2}"
    r"(?: (?:tonight|today|now|tomorrow|tmrw))?\??$"
    r"|^(?:just )?(?:one|1|two|2) more (?:ep|eps|episode|episodes) (?:before (?:bed|sleep|sleeping)|then (?:bed|sleep))$"
    # "gonna finish it tonight": tonight after a word of the future is to come (no number: "gonna start ep 6 tonight" is read)
    r"|^(?:i )?(?:will|ill|i ?ll|gonna|going to|im gonna|im going to) (?!.*(?:\d|\b(?:not|no|never|watched|seen|finished|done)\b)).+"
    r" (?:tonight|this evening)$"
    # "3話は明日", "3화는 내일", "第3集明天": an episode for tomorrow, in Japanese, Korean and Chinese
    r"|^(?:ep |episode )?\d{1,2} ?[話화集]? ?(?:は|는|은)? ?(?:明日|あした|내일|明天)(?: ?(?:見る|観る|볼 ?(?:거\w*|게\w*|래\w*)|看))?$"
    # "gonna be 3 eps in by tonight": a plan for how far, no place now
    r"|^(?:(?:i )?(?:will|ill|gonna|going to|hope to|hoping to|should|want to|wanna) be )(?:\d{1,2}|one|two|three|four)"
    r" (?:eps? |episodes? )?(?:in|into|deep)(?: (?:s|season) ?\d{1,2})? by (?:tonight|tomorrow|\w+day|the weekend)$"
)

# A number that counts no episode: a clock time ("its 3am"), a day of a binge ("day 3 of binging"), hours.
_NOT_EPISODE_NUMBER = compile_later(r"\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bday \d{1,3}\b"
                                 r"|\b\d{1,2}(?:\.\d)?/10\b"  # "its already 10/10": a rating
                                 # "marathon on 12/12", "started 1/28", "s2 came out 3/5", "10/12 is my bday": a date
                                 r"|\b(?:marathon(?:ed|ing)?|started|began|came out|dropped|released|premiered|aired|bday"
                                 r"|birthday)(?: on| in)? \d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})? (?:is|was) (?:my|the)\b"
                                 # "3 days left of winter break", "5 more mins till the pizza comes", "got 9 points":
                                 # a count of other things, with what it says is left of them or till when
                                 r"|\b\d{1,3}(?:\.\d)? ?(?:more |left )?(?:hours?|hrs?|mins?|minutes?|secs?|seconds?|days?"
                                 r"|weeks?|months?|years?|points?|pts|percent|%)(?!\w)(?: (?:left|more|to go|remaining))?"
                                 r"(?: (?:of|in|till|until|til|before|to))?"
                                 # "15 y/o here", "tengo 15 años", "tôi 15 tuổi", "17살", "อายุ 16": an age
                                 r"|\b\d{1,2} ?(?:y/o|y\.o\.?|yrs? old|years? old|años|anos|tuổi|歳|살)(?: here)?"
                                 r"|อาย ?\d{1,2}|\b\d{1,2} ?yo\b|\b\d{1,2}(?:st|nd|rd|th) grade\b"
                                 # "won 3-1", "skor 3-2", "class 2-5 is my class": a score, a class's name
                                 r"|\b(?:won|lost|tied|drew|beat \w+|skor|score|scored|placar) \d{1,2} ?[-:x] ?\d{1,2}\b|\bclass \d ?- ?\d{1,2}\b"
                                 r"|(?<![\d.])\d(?:\.\d{1,2})? ?x\b")  # "watching at 1.5x": a speed


_ORDINAL_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))"
# Words beside a place that count or rank something else (watched17): a grade or school year ("ninth grader", "kelas
# sembilan", "lớp 9", "ม.3", "dokuzuncu sınıf", "neunte klasse", "en troisième", "nono ano", "terza media", "고3",
# "三年级", "高二"), a rank ("third place", "第十名", "3등", "juara ketiga"), the Nth of something else ("my third kdrama",
# "fifth day of the binge"), being behind or ahead on something else ("behind on homework", "3 hours behind", "ahead by
# 2 points"), halfway through something else ("the school year", "my shift"), an age or a clock time in other languages
# ("ho 15 anni", "새벽 3시", "凌晨3点"), a count of other things left ("2 exams left"): no place, nor a part of one.
_NOT_AN_EPISODE = compile_later(
    rf"\b{_ORDINAL_WORD} grade(?:rs?)?\b|\bgrade \d{{1,2}}\b|\b(?:year|yr) \d{{1,2}}\b(?! ?-)|\bkelas \w+|\blớp \w+|ม\.\d"
    r"|\b\S+ s[iı]n[iı]f\w*|\b\S+ klasse\b|\ben (?:sixième|cinquième|quatrième|troisième|seconde|première|terminale)\b"
    r"|\b(?:\d{1,2}[º°o]?|sexto|s[eé]timo|oitavo|nono|primeiro|segundo|terceiro) ano\b|\b(?:prima|seconda|terza) media\b"
    r"|\b(?:primero|segundo|tercero|tercer año|cuarto|\d{1,2}[º°o]?)(?: año)? de (?:secundaria|bachillerato|la eso|prepa)\b"
    r"|(?<![가-힣])[중고초] ?[1-6](?![\d화회편])|[一二三四五六1-6] ?年级|[初高小] ?[一二三1-3](?![\d集話话])|[中高小] ?[一二三1-3](?=[、,，\s]|$)"
    rf"|\b{_ORDINAL_WORD} place\b|\branked\b|第 ?[\d一二三四五六七八九十]+ ?名|\d ?등|[一二三1-3] ?位(?!\w)|\bjuara \w+|\bhạng \w+"
    r"|\b\w+ (?:na )?puwesto\b|\b(?:deuxième|troisième|première) place\b"
    rf"|\b(?:my )?{_ORDINAL_WORD} (?:kdrama|k-drama|drama|show|series|zombie show|day|night|week|month)\b"
    r"|\b(?:\d{1,2} |so |way |a bit |a little )?behind (?:on|in|with) (?!(?:the )?(?:eps?|episodes?|s\d|season|show|series)\b)\w+"
    r"|\bbehind schedule\b|\bahead of schedule\b|\b(?:ahead|up|down) by \d{1,3} (?:points?|pts|goals?|runs?)\b"
    r"|\b(?:\d{1,3}|a few|an?|two|three) (?:hours?|hrs?|days?|weeks?|months?|points?|pts|seasons?) (?:behind|ahead)\b(?: of)?"
    r"|atrasad[oa] con|時差|时差|\b(?:halfway|half way|midway) (?:through|thru|into) (?:the |my |this )?(?:school year|year"
    r"|semester|term|shift|exams?|finals|week|day|month|homework|book|break|summer|class|work)\b"
    r"|\b\d{1,2} (?:anni|ans|yaşında\w*)\b|\d{1,2} ?岁|(?:새벽|오전|오후|밤|아침) ?\d{1,2} ?시|(?:凌晨|早上|晚上|下午|上午|中午)\d{1,2} ?[点點]"
    # "3 exams left", "one more exam to go", "2 of my finals down": counts of school or work, never episodes (watched27)
    r"|\b(?:all but |all except )?(?:\d{1,2}|one|two|three|four|five)(?: more| of my)? (?:exams?|tests?|quizzes|quiz|finals?|midterms?|assignments?"
    r"|essays?|classes|class|shifts?|lectures?|papers?) (?:left|to go|more|down|done)\b"
    r"|\b\d{1,2} ?- ?\d{1,2} (?:win|loss|victory|defeat|w|l)\b"  # "2-1 win": a score
    # asleep or in the middle of something else ("fell asleep in class", "me dormí en medio de la peli", "dormi no meio da
    # aula", "adormeci no ônibus", "au milieu de la nuit"): no place of an episode (watched33)
    r"|\b(?:fell asleep|dozed off|passed out|slept|asleep|fell asleep during|halfway through|in the middle of) (?:in |during |at |on )?"
    r"(?:the |my |a )?(?:class|school|work|lecture|movie|film|trailer|bus|train|car|plane|church|meeting|lesson|exam|peli|pel[ií]cula"
    r"|clase|aula|filme|partido|jogo|night|nuit|noche|noite)\b"
    r"|\b(?:en medio|a (?:la )?mitad|no meio|na metade|au milieu) d(?:e la|el|a|o|u|e) (?:peli|pel[ií]cula|clase|aula|noche|noite|nuit"
    r"|filme?|film|trailer|partido|jogo|reuni[oó]n|reuni[aã]o|escuela|escola|trabajo|trabalho|cours|travail)\b"
    r"|\b(?:adormeci|dormi|cochilei|me dorm[ií]|me qued[eé] dormid[oa]) (?:no|na|en el|en la|em) (?:[oô]nibus|bus|aula|clase|carro|coche"
    r"|metr[oô]|trem|tren|escola|escuela|trabalho|trabajo)\b"
    # the Nth time of something else than watching ("my second time crying today", "4th time recommending this show"),
    # the Nth episode of the day, a place in a class or a race, a date, "第二次约会" (a second date): no place (watched19)
    rf"|\b{_ORDINAL_WORD} time (?!(?:watching|watched|seeing|seen|rewatching|re-watching|binging|bingeing|binged|marathoning|going|starting|started"
    rf"|finishing|finished|through|thru|round|viewing|on)\b)[a-z]+(?:ing|ed)\b"
    rf"|\b{_ORDINAL_WORD} (?:ep|episode|one)s? (?:of the day|today|tonight|this week)\b|\bcame {_ORDINAL_WORD}\b"
    rf"|\b{_ORDINAL_WORD} in (?:my|our|the) (?:class|school|race|league|group|tournament|exam)\b"
    rf"|\bthe {_ORDINAL_WORD} of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|第[二三四五六七八九十2-9]次(?!看|刷|追|重温)"
    # "played final fantasy vii all day", "henry viii had 6 wives": how long something else went on, a count of other things
    r"|\ball (?:day|night|morning|afternoon|evening|weekend)(?: long)?\b"
    r"|\b(?:had|has|have|got|owns?) \d{1,3} (?!(?:more|left|eps?|episodes?|seasons?|parts?)\b)[a-z]{3,}s\b"
    # a wish or need to finish season 1 (its "before s2" read past): "need to finish s1", "시즌1 다 보려고", "1期見終わりたい",
    # "要看完第一季", "quero terminar", "bitirmem lazım", "voglio finire la prima stagione": none of it watched yet
    r"|^(?:i )?(?:need to|have to|gotta|want to|wanna|gonna|going to|hope to|trying to|plan to|will|i ?ll) (?:finish|watch|binge|complete)"
    r"(?: (?:s ?1|season ?1|it|the show|the season|more))?(?: (?:tonight|today|tomorrow|tmrw|tmr|later|soon))?$|^(?:시즌 ?1|1기)? ?(?:다 )?(?:보려고|볼려고|끝내려고|봐야 ?(?:돼|함|지))\w*$"
    r"|^(?:1期|シーズン ?1)を?見終わりたい$|^(?:我)?(?:要|想|得|打算)看完 ?(?:第一季|第1季|season 1)$|^(?:eu )?(?:quero|preciso|vou) terminar\w*$"
    r"|^bitirmem (?:lazım|gerek)$"
    # "voglio finire la prima stagione prima della seconda" (its season said as "season 1" by bot.progress_seasons)
    r"|^(?:voglio|devo|quiero|tengo que|quero|preciso|je veux|je dois) (?:finire|terminar|finir|acabar) (?:la |a )?season 1\b.*$"
)


def may_say_more(clause: str) -> bool:
    """Whether a clause not read as a position may still say something of how far the fan is (a
    number, an episode, a "not", a rewatch): then the sentence is asked again, never read without it.
    A clock time or a count of hours or days ("its 3am", "day 3 of binging") says nothing of it."""
    said = chat_free(clause)
    if says_nothing_more(said):  # "finished the webtoon", "ready for s2": beside a position, nothing of it
        return False
    return _SAYS_NOTHING.match(said) is None and _MAY_SAY_MORE.search(_NOT_EPISODE_NUMBER.sub(" ", _NOT_AN_EPISODE.sub(" ", said))) is not None

