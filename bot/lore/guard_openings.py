"""What opens an answer without answering, and a fate said of the one asked of, for the spoiler guard (plain Python).

Fans open an answer with their own laughter ("morta dal ridere 😂 comunque sì", "i'm dead 💀 yes", "chết cười 😂 có") or
with a refusal they take back ("no te voy a decir jaja bueno sí, muere", "je vais pas te dire... ok elle survit"): what
follows is the answer, and alone they answer nothing. In the Romance languages they answer with the fate itself said of
"him" or "her" ("nam-ra meurt ?" "elle survit"), the yes or the no it is to the fate asked. bot/lore/guard_answers.py
reads the answer so before reading it with its question.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.guard_fates import DIE, LIVE, WELLBEING
from bot.lore.lexicon_words import SHOW_PLACE

# what opens an answer and is set aside, the answer being what follows: the writer dying of laughter ("morta dal ridere 😂
# comunque sì", "i'm dead 💀 yes", "chết cười 😂 có"), or a refusal taken back ("no te voy a decir jaja bueno sí, muere",
# "je vais pas te dire... ok elle survit", "di ko sasabihin... sige na nga"); alone they answer nothing
_LAUGHED = (r"(?:(?:lmf?ao+|lo+l)[\s,]+)?(?:i['’]?m|im|i am)\s+(?:dead|dying)|(?:je suis |chui )?mort[e]? de rire|mdr|(?:sono )?mort[oa] dal ridere"
            r"|(?:estoy )?muert[oa] de risa|me mor[ií] de risa|morr[ií] de rir|(?:t[ôo] )?mort[oa] de rir|chết cười|cười chết"
            r"|mati (?:ketawa|ngakak)|ngakak|(?:namatay|patay) ako sa (?:kaka)?tawa|웃겨\s?죽겠\w*|ich lach mich tot")
# a fate said of him or her with the pronoun left unsaid, as Spanish, Portuguese, Italian and French drop it
_FATE_UNSAID = r"muere|morre|morreu|muore|meurt|sobrevive|sobreviveu|sobrevivi[óo]|sopravvive|survit"
_TAKEN_BACK = (r"(?:n[ãa]o (?:vou|vo) (?:te )?(?:contar|falar|dizer)|no (?:te )?(?:voy a|vo'? a) (?:decir|contar)"
               r"|non (?:te )?(?:lo )?dico|(?:je )?(?:ne )?(?:vais|vai) pas (?:te )?(?:le )?(?:dire|spoiler)|(?:i['’]?m )?not (?:gonna|going to) (?:say|tell)"
               r"|i won['’]?t (?:say|tell)|(?:hindi|di) ko (?:sasabihin|sasabihin sa ?yo)|gak (?:mau )?(?:bilang|kasih tau))"
               r"[^\w\n]*(?:\w+[^\w\n]+){0,2}?(?:bueno|bom|tá bom|ta bom|ok(?:ay)?(?:[\s,]+fine)?|fine|alright|bon|bah|d['’]accord|va bene|vabb[eè]"
               r"|sige na(?: nga)?|sige|yaudah|ya udah|jk|just kidding)"
               # ... or the refusal said of the spoiler it then tells ("no te voy a decir que muere en el 11 jaja")
               r"|(?:n[ãa]o (?:vou|vo) (?:te )?(?:contar|dizer)|no (?:te )?(?:voy a|vo'? a) decir|non (?:ti )?dir[òo]"
               r"|(?:i['’]?m )?not (?:gonna|going to) tell (?:you|u)|i won['’]?t tell (?:you|u)) (?:que|that|che)(?=\s+\w)"
               # (never both said: "no te voy a decir que sí ni que no"; nor a "no" of another verb, no answer: "no te voy
               # a decir que no la veas", "não vou te dizer que não chorei")
               r"(?!\s+(?:s[ií]|sim|no|n[ãa]o|yes)\s+(?:ni|nem|or|o|ou|nor)(?![\w'’]))"
               rf"(?!\s+(?:no|n[ãa]o)\s+(?!(?:{_FATE_UNSAID}|se (?:muere|salva)|ele|ela|él|ella)(?![\w'’]))[^\W\d_])")
# the writer's sorrow at the yes or the no that follows it ("tristemente sí 😭", "infelizmente sim", "sadly i cant tell you
# 😭 yes"): the answer is what follows; alone, or before the writer's own day ("sadly i'm at work"), it is no yes
_YES = r"(?:yes|yeah|yep|s[íì]|sim|oui|ja|iya|oo)(?![\w'’])"
_NO = r"(?:no|nope|n[ãa]o|non|nein|hindi)(?![\w'’])"
# ... the writer's own not wanting, knowing, remembering or having seen, after "no" ("no quiero spoilear", "não lembro",
# "no i dont remember"), never a fate ("no sobrevive", "no he doesnt", "no jaja": the answer)
_OWN_CLAUSE = (r"\s+(?:(?:me\s+)?(?:quiero|quero|acuerdo|recuerdo|lembro|sei|s[eé]|tengo|tenho|puedo|posso|vi|he visto|termin[eé]i?)"
               r"|i\s+(?:dont|don['’]t|do not|cant|can['’]t|cannot|wanna|want|remember|know|havent|haven['’]t)|spoil\w*)(?![\w'’])")
_CANT_TELL = (r"[\s,]+(?:(?:i\s+)?(?:can['’]?t|cannot) (?:tell|say)(?: (?:you|u))?"
              # (and as Spanish and Portuguese say it: "tristemente no puedo decirte 😭 sí", "infelizmente não posso te contar")
              r"|no (?:te )?puedo (?:dec[ií]r|cont[aá]r)(?:te|lo|telo)?|n[ãa]o (?:te )?posso (?:te )?(?:contar|dizer|falar))")
_SADLY = (r"(?:sadly|unfortunately|purtroppo|tristemente|infelizmente|lamentablemente|desafortunadamente|malheureusement"
          # (after the refusal, a no opening a clause of the writer's own is no answer: "tristemente no puedo decirte 😭 no
          # quiero spoilear", "infelizmente não posso te contar 😭 não lembro", "sadly i cant tell you 😭 no i dont remember")
          rf"|leider|sayangnya)(?:{_CANT_TELL}[\s,.!…😭😢]+(?={_YES}|{_NO}(?!{_OWN_CLAUSE}))|(?!{_CANT_TELL})[\s,.!…😭😢]+(?={_YES}|{_NO}))")
# a heart the one asked of "lives in" ("ele vive no meu coração 😭", "ella vive en mi corazón jaja"): a joke, no fate;
# what follows it is the answer ("vive en mi corazón, en la serie no 😭": a no)
HEART = (r"(?:vive|vivem|viven|lives|live|vit|lebt) (?:en|no|na|in|dans|nel|im|sa) (?:mi|meu|minha|my|mon|mio|meinem|aking)"
         r" (?:coraz[óo]n|cora[çc][ãa]o|heart|c(?:œ|oe)ur|cuore|herzen|puso)")
# ... as Korean, Tagalog and Indonesian say it ("내 마음속에선 살아있어", "sa puso ko buhay siya", "dia hidup di hatiku"), only
# where an answer opens with it
_HEART_ELSE = (r"내\s?마음\s?속에(?:선|서는|서)?\s*(?:영원히\s*)?살아\s*(?:있어|있다|있음|있지)?"
               r"|sa puso ko,?\s+(?:ay\s+)?buhay (?:siya|sya)|buhay (?:siya|sya) sa puso ko|hidup di hati\s?(?:ku|aku|gue|gw|saya)")
# the show's own place (bot.lore.lexicon_words.SHOW_PLACE), Indonesian's ("di series juga", "di dramanya") and the drama
# said as the webtoon's other ("in the manhwa no, in the drama yes", "sa drama patay")
_SHOW_PLACE = (rf"{SHOW_PLACE}|di (?:series|serial|drama|film)(?:nya)?|in the (?:k-?drama|drama|netflix (?:show|series|version))"
               r"|sa (?:k-?drama|drama)|en el (?:k-?drama|drama|dorama)|no dorama")
# ... and what may close it: "forever", the writer's tears, hearts or laughter
_HEART_TAIL = (r"(?:[\s,]+(?:para siempre|pra sempre|para sempre|forever|per sempre|pour toujours))?"
               r"(?:[\s,.!…~😂🤣😭🥹❤️💔💕💖💗💘💙💚💛💜🖤🤍🧡\ufe0f]|(?<![\w-])(?:ja(?:ja)+j?|k{3,}|lo+l|ㅠ+|ㅜ+)(?![\w-]))*")
# ... the show's side after the heart: "en la serie no", or "but" and a fate ("vive en mi corazón jaja pero muere en el 11")
_IN_THE_SHOW = (rf"(?:(?:(?:pero|mas|but|mais|ma|근데|하지만|tapi)[\s,]+)?(?:{_SHOW_PLACE})[\s,.:!…]*"
                rf"|(?:pero|mas|mais|ma|aunque|embora)[\s,]+(?=(?:no |não |nao |non |ne )?(?:{_FATE_UNSAID})(?![\w'’])))")
_HEART_OPENS = rf"(?:[^\W\d_]+\s+)?(?:{HEART}|{_HEART_ELSE}){_HEART_TAIL}"
# ... a heart with no show's side after it: the joke alone, what follows it the writer's own ("... forever 😭 watch it")
_HEART_ALONE = compile_later(rf"(?i)^[\s*_>]*{_HEART_OPENS}")
# ... then the show's side denied ("he lives in my heart but not in the show", "…, not in the series tho"): he dies there
_NOT_IN_THE_SHOW = compile_later(rf"(?i)[\s,.:!…]*(?:(?:but|tapi|pero|mas|mais|ma)[\s,]+)?(?:not|no|não|nao|non|nggak|gak|hindi)\s+"
                                 rf"(?:{_SHOW_PLACE})(?![\w'’])")
# the webtoon's side before the show's ("웹툰에선 죽어 드라마에선 아니고", "웹툰은 모르겠고 드라마에선 죽어", "in the webtoon yes,
# in the show no"): set aside with the show's place, what follows is the answer; the webtoon's alone answers nothing of the show
_WEBTOON = (r"(?:(?:in|en|no|na|sa|di|dans) (?:the |el |o |le )?)?(?:webtoon|manhwa|웹툰|원작)(?:에선|에서는|에서|은|는)?"
            rf"(?=[^.!?\n]{{0,40}}?(?<![\w-])(?:{_SHOW_PLACE}))[^.!?\n]{{0,40}}?(?={_IN_THE_SHOW}\S){_IN_THE_SHOW}")
# the show's place alone opening the answer ("드라마에선 죽어", "di series mati", "sa series patay", "in the show he dies"):
# what follows is the answer, said of the show
_SHOW_OPENS = rf"(?:{_SHOW_PLACE})(?![\w'’])[\s,.:!…]*(?=\S)"
_SET_ASIDE = compile_later(rf"(?i)^[\s*_>]*(?:{_WEBTOON}|{_SADLY}|{_SHOW_OPENS}|(?:(?:{_LAUGHED}|{_TAKEN_BACK})(?![\w'’])"
                           r"(?:[\s,.!…~😂🤣💀😭]|(?<![\w-])(?:lo+l|lmf?ao+|ja(?:ja)+j?|ha(?:ha)+h?|k{3,}|w?k?(?:wk){2,}w?|5{3,}"
                           r"|ㅋ+|mdr|ptdr)(?![\w-]))*(?:(?:comunque|anyway[s]?|anyhow|en fin|enfim|bref|de todas formas|de qualquer forma"
                           rf"|pero bueno|bueno|tapi|pero|mas|but|mais|ma)(?![\w'’])[\s,.!…]*)?)"
                           rf"|(?:{_HEART_OPENS}"
                           # ... the show's side the same as the heart's: they live there too ("ele vive no meu coração 😭
                           # e na série também", "sa puso ko buhay siya, sa series din"): a survival said
                           rf"(?:(?P<too>(?:(?:e|y|and|et|at|그리고|dan)\s+)?(?:{_SHOW_PLACE})도?[\s,]*(?:tamb[ée]m|tambi[ée]n|too|also|as well"
                           r"|aussi|anche|auch|din|rin|juga)?(?:[\s,.!…😭🥹]|$)(?=(?:\W|(?<![\w-])(?:ja(?:ja)+j?|k{3,}|lo+l|ㅋ+)(?![\w-]))*$))"
                           rf"|(?={_IN_THE_SHOW}\S){_IN_THE_SHOW})))")


def set_aside(answer: str) -> str:
    """The answer past the writer's laughter or a refusal taken back that opens it ("morta dal ridere 😂 comunque sì":
    "sì"); the answer as it was when nothing opens it, or nothing follows; a heart and the show both lived in a survival;
    past a heart alone, what follows it ("she lives in my heart rent free lol": "rent free lol")."""
    opened = _SET_ASIDE.match(answer)
    if opened is not None and opened.group("too") is not None:
        return "sobrevive"
    if opened is None and (heart := _HEART_ALONE.match(answer)) is not None:
        if (denied := _NOT_IN_THE_SHOW.match(answer, heart.end())) is not None:
            return f"muere {answer[denied.end():]}"  # ("… but not in the show": the fate said, read with the question)
        return answer[heart.end():]  # the heart alone is a joke in every language ("he lives in my heart 😭"): no answer
    return _SET_ASIDE.sub("", answer, count=1) or answer


# the one asked of as a pronoun in fans' Romance languages and a fate said of them, negated or not ("elle survit", "il
# meurt pas", "ela morre", "él no muere", "lei sopravvive"); never dying of a feeling, no fate ("ela morre de rir", "elle
# meurt de faim", "ella se muere de vergüenza")
_THEIR_FATE = compile_later(r"(?i)^[\s*_>]*(?:(?P<pronoun>il|elle|ele|ela|él|ella|lui|lei|dia|siya|sya)\s+)?"
                            # (after "already", "in the end", "to the end": "이미 죽었어", "끝까지 살아남아", "udah mati dia")
                            r"(?:(?:이미|벌써|결국(?:엔|은)?|끝까지|끝내)\s*|(?:udah|sudah|udh)\s+)?"
                            r"(?P<not>(?:ne|n['’]|no|não|nao|non)\s*|(?:tidak|gak|nggak|ngga|enggak|hindi)\s+)?"
                            rf"(?!{HEART})(?P<fate>\w+)(?![\w'’])(?!\s+(?:de|dal|di|da)\s+(?:rir|rire|risa|ridere|vergonha|vergüenza|verguenza"
                            r"|honte|vergogna|fome|faim|hambre|fame|sono|sueño|sommeil|medo|miedo|peur|paura|amor|amour|amore"
                            r"|ciúmes|celos|jalousie|gelosia|calor|chaud|caldo|frio|frío|froid|freddo|tédio|aburrimiento|ennui|noia)"
                            r"(?![\w'’]))(?P<pas>\s+(?:pas|jamais|não|nao|no)(?![\w'’]))?")


# ... and as Indonesian, Tagalog and Korean answer with the fate word alone ("does cheongsan survive?" "mati", "patay",
# "청산이 살아?" "죽어"): not Korean's laughing "죽겠다" (I'm dying), nor "mati aku", "patay na ako sa tawa" (the writer's)
_FATE_BARE = (r"mati|meninggal|hidup|selamat|patay|namatay|buhay|nabuhay|죽(?:어|었어|었다|었음|음|는다|더라)요?"
              r"|살아(?:남아|남았어|남음|있어|있음)?요?|살았(?:어|다|음)요?")
_WRITERS_OWN = compile_later(r"(?i)\s+(?:na\s+)?(?:aku|ako|gue|gw|saya|kita|tayo|kami)(?![\w'’])")
# ... what may follow a bare Indonesian or Tagalog fate word said of him or her: "na", "kok", "pa" and the pronoun ("patay
# na siya 😭", "gak mati kok", "buhay siya hanggang dulo"), then no word, or one going on with the fate (an episode, "but")
_BARE_TAIL = compile_later(r"(?i)(?:\s+(?:na|pa|kok|po|daw|raw|yata|ata|talaga|naman|sih|kak|dong|deh)(?![\w'’]))*(?:\s+(?:siya|sya|dia)(?![\w'’]))?")
# ... a word right after it makes another phrase of it: "mati lampu" (a blackout), "selamat menonton" / "selamat pagi" (enjoy
# the show / good morning), "hidup itu keras" (life is hard), "mati mulu aku di ml", "patay na patay siya kay onjo" (madly
# in love), "patay ka sa mama mo" (you'll catch it), "patay gutom" (starving): no fate
_BARE_GOES_ON = compile_later(r"(?i)\s+(?!(?:di|sa|pas|hanggang|sampai|sampe|tapi|pero|but|kasi|karena|soalnya|juga|din|rin"
                              r"|akhirnya|sayangnya|banget|bgt|in|at|lol|lmao|w?k?(?:wk)+w?|(?:ha)+h?)(?![\w'’]))[a-zà-ÿ]")
# ... nor Korean's "죽었다" / "살았다" laughed and then the writer's own news: "죽었다 ㅋㅋ 엄마한테 폰 들킴" (I'm done for, mom
# found my phone), "살았다 ㅋㅋ 방금 시험 끝남" (phew, the exam's over)
_KO_OWN_LUCK = compile_later(r"\s*[ㅋㅎ]{2,}[\s,.!~]*[가-힣]")
# ... nor the fate said of the writer's own thing or as theirs: Korean puts the subject after the verb, "이미 죽었어 내 폰
# 배터리" (my phone battery already died), "죽었어 ㅋㅋ 우리 집 와이파이" (never one held dear: "우리 청산이", "내 최애");
# Tagalog "patay na siya sa akin" (he's dead to me)
_TO_WRITER = compile_later(r"(?i)\s+(?:para\s+)?(?:sa\s+(?:akin|amin|kin)|sakin|samin)(?![\w'’])|[\sㅋㅎㅠㅜ,.!~]*(?:내|우리|제|나의)\s+"
                        r"(?!최애|애기|아기|새끼|남편|오빠|언니|누나|형|아들|딸|청산|온조|남라|수혁|귀남|하리|이삭|대수|경수|준영|효령|나연|미진|철수|[a-z])"
                        # ... or the writer's thing named with no "my" ("이미 죽었어 폰 배터리", "죽었어 ㅋㅋ 노트북")
                        r"|[\sㅋㅎㅠㅜ,.!~]+(?:핸드폰|휴대폰|폰|배터리|밧데리|노트북|컴퓨터|컴|와이파이|인터넷|데이터|충전기|이어폰|에어팟|모니터"
                        r"|티비|넷플|계정|화분|식물|선인장|캐릭터|캐릭|게임)(?:이|가|도|은|는)?(?![가-힣])")
# ... the pronoun left unsaid ("¿cheongsan sobrevive?" "muere en el 11", "vive en mi corazón, pero en la serie muere"): only
# a fate said of him or her, never the writer's own ("muero de risa") nor a bare "vive" ("vive la vida loca")
_UNSAID_PRONOUN = compile_later(rf"(?i){_FATE_UNSAID}|{_FATE_BARE}")
_FATE_BARE_ONLY = compile_later(rf"(?i){_FATE_BARE}")


def _own_word(said: re.Match[str], answer: str) -> bool:
    """Whether the fate word `said` opens `answer` with is the writer's own ("mati aku 😭", "patay na ako sa pagod",
    "죽었다 ㅋㅋ 엄마한테 폰 들킴") or, bare, another phrase ("mati lampu", "selamat pagi", "patay na patay siya kay onjo")."""
    fate, end = said.group("fate"), said.end()
    if _WRITERS_OWN.match(answer, end):
        return True
    if said.group("pronoun") or not _FATE_BARE_ONLY.fullmatch(fate):
        return False
    end = _BARE_TAIL.match(answer, end).end()  # type: ignore[union-attr]  # (it matches, if only the empty string)
    return _BARE_GOES_ON.match(answer, end) is not None or _TO_WRITER.match(answer, end) is not None or (fate in ("죽었다", "살았다") and _KO_OWN_LUCK.match(answer, end) is not None)


# Indonesian and Tagalog "life" with the writer after it, "hidup gw", "hidupku", "buhay ko" (my life), "hidup aku" (I live):
# the writer's days ("hidup gw lagi susah wkwk" under "cheongsan masih hidup gak?"), unlike "mati aku" (the writer's shock)
_LIFE = compile_later(r"(?i)(?:hidup|idup)(?:ku)?|buhay")
_LIFE_OWNER = compile_later(r"(?i)\s+(?:aku|ako|gue|gua|gw|saya|ko|namin|natin)(?![\w'’])")


# ... turning to him or her after it ("hidup gw sih, dia ngga": I live, he doesn't; "buhay ko, hindi siya nakaligtas")
_THIRD_PERSON = compile_later(r"(?i)(?<![\w'’])(?:dia|doi|siya|sya|he|she|him|her)(?![\w'’])")


def _fate_after(answer: str, start: int) -> bool:
    """Whether a fate is said in `answer` past `start` (a death, or a survival other than being "ok"), or he or she is
    named there, the writer's life set against theirs."""
    return DIE.search(answer, start) is not None or _THIRD_PERSON.search(answer, start) is not None or any(
        WELLBEING.fullmatch(lived.group()) is None for lived in LIVE.finditer(answer, start))


def fate_word_own(answer: str) -> bool:
    """Whether `answer` opens with a bare fate word that makes another phrase or the writer's own luck ("mati lampu di
    rumahku", "selamat menonton", "살았다 ㅋㅋ 방금 시험 끝남"): no fate said back (but "namatay ako nung nalaman ko 😭", the
    writer's shock at the fate, still says it)."""
    said = _THEIR_FATE.match(answer)
    if said is not None and _LIFE.fullmatch(said.group("fate")) and said.group("pronoun") is None \
            and (said.group("fate").lower().endswith("ku") or _LIFE_OWNER.match(answer, said.end())):
        # the writer's own life, not a fate said back ("hidup gw lagi susah wkwk", "buhay ko ang gulo"; never with a fate
        # or him or her after it: "hidup gw hancur pas dia mati", "buhay ko nawalan ng saysay nung namatay siya")
        return not _fate_after(answer, said.end())
    return said is not None and not _WRITERS_OWN.match(answer, said.end()) and _own_word(said, answer)


def own_thing_dropped(text: str) -> str | None:
    """`text` past a Korean fate opening it said of the writer's own thing ("죽었어 폰 배터리 ㅠㅠ 청산이 어떻게 돼?": " 폰
    배터리 ㅠㅠ 청산이 어떻게 돼?", the battery dead, a question asked), for the lexicon to read alone; None else."""
    if "죽" not in text and "살" not in text:
        return None  # (most messages hold no Korean fate: no pattern searched)
    said = _THEIR_FATE.match(text)
    if said is None or said.group("pronoun") or said.group("not") or not said.group("fate").startswith(("죽", "살")) \
            or not _FATE_BARE_ONLY.fullmatch(said.group("fate")) or _TO_WRITER.match(text, said.end()) is None:
        return None
    return text[said.end():]


# fans' slang for a fate opening an answer under a fate asked, said as the words read above: Tagalog "wala na po" / "wla
# na" (he's gone), "deads na sya", "dedz na"; Indonesian "udah gak ada" / "udh gk ada" (gone), "kaga" / "kagak" (no),
# "(masih) idup" ((still) alive)
_SLANG_FATE = compile_later(r"(?i)^([\s*_>]*)(?:(?P<gone>wa?la na(?:ng buhay)?|deads? na|dea?dz na|deds na|dedo na)"
                            r"|(?P<gone_id>(?:udah|udh|sudah|dah) (?:(?:gak|ga|gk|nggak|ngga|enggak|tidak|tak) ada|tiada|meninggoy)|meninggoy)"
                            r"|(?P<no>kaga+k?)(?=[\s,.!…~]|$)|(?P<alive>(?:masih |msh )?idup))(?![\w'’])")
_IDUP = compile_later(r"(?i)(?<![\w'’-])idup(?![\w'’-])")
# ..."gone" of what is sold or streamed, not of anyone ("wala na po, ubos na stock 😭", "udah gak ada di netflix indo?")
_GONE_GOODS = compile_later(r"(?i)(?<![\w'’-])(?:sold ?out|restock\w*|stocks?|stok\w*|ubos|link\w*|netflix|viu|iqiyi|tickets?"
                            r"|tiket\w*|slots?|merch\w*|photocards?|pc|pera|duit|uang)(?![\w'’-])")


def slang_fate(asked: str, answer: str) -> str:
    """An answer opening with fans' slang for a fate under a fate asked ("buhay pa ba si cheongsan?" "wala na po 😭",
    "namra mati gak?" "kaga, idup sampe akhir") as the plain words it means ("patay na po 😭", "gak, hidup sampe akhir");
    else as it was (never under another question: "may onjo photocard pa po?" "wala na po 😭 sold out", nor of what is
    sold or streamed: "wala na po sa netflix")."""
    if not (DIE.search(asked) or LIVE.search(asked)):
        return answer
    said = _SLANG_FATE.match(answer)
    if said is None or (said.group("alive") and _WRITERS_OWN.match(answer, said.end())):
        return answer  # (nor the writer's life: "idup gw lagi susah wkwk")
    if (said.group("gone") or said.group("gone_id")) and _GONE_GOODS.search(answer, said.end()):
        return answer  # (nor the photocards sold out: "wala na po, sold out na yung photocard")
    plain = "patay na" if said.group("gone") else "udah mati" if said.group("gone_id") else "hidup" if said.group("alive") else "gak"
    return f"{said.group(1)}{plain}{_IDUP.sub('hidup', answer[said.end():])}"


def their_fate(asked: str, answer: str) -> str:
    """A fate said of the one asked of as the yes or no it is to the fate asked ("nam-ra meurt ?" "elle survit": "no"),
    what follows kept; else the answer as it was."""
    answer = slang_fate(asked, answer)
    said = _THEIR_FATE.match(answer)
    if said is None or (said.group("pronoun") is None and _UNSAID_PRONOUN.fullmatch(said.group("fate")) is None):
        return answer
    fate = said.group("fate")
    if _own_word(said, answer):
        return answer  # "mati aku 😭", "patay na ako sa tawa": the writer dying of laughter; "mati lampu": no fate
    end = said.end() if said.group("pronoun") or not _FATE_BARE_ONLY.fullmatch(fate) else \
        _BARE_TAIL.match(answer, said.end()).end()  # type: ignore[union-attr]  # ("na siya": it matches, if only "")
    lives = (LIVE.fullmatch(fate) is not None or fate.startswith("살았")) and not WELLBEING.fullmatch(fate)
    dies = DIE.fullmatch(fate) is not None
    asks_death = DIE.search(asked) is not None
    if not (dies or lives) or not (asks_death or LIVE.search(asked)):
        return answer
    yes = dies == asks_death
    if said.group("not") or said.group("pas"):
        yes = not yes
    return f"{'yes' if yes else 'no'} {answer[end:].strip()}".strip()
