"""What commits to nothing in an answer, for the spoiler guard (plain Python).

A reply that refuses ("no spoilers", "idk", "não sei", "아직 안 봤어"), hedges, gives the writer's own place in
the show, or only wishes ("i hope not", "ojalá que sí") answers nothing; guard_answers asks these before it reads
a yes, a no, a name or an episode.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

# what commits to nothing: a refusal, a hedge, or the writer's own place in the show
REFUSES = compile_later(
    r"(?i)no (?:more )?spoil|don'?t spoil|dont spoil|won'?t spoil|not (?:gonna|going to) (?:say|tell|spoil)|without spoil"
    r"|spoiler[- ]free|스포 ?(?:안|금지|ㄴ)|ネタバレ(?:しない|禁止|なし)|不剧透|find out|you'?ll see|watch (?:it|and)|no comment"
    r"|can'?t (?:say|tell)|n[ãa]o (?:vou|posso|vai) (?:te )?(?:contar|falar|dizer)|no (?:te )?(?:voy a|puedo|vo'? a) (?:decir|contar)"
    r"|non (?:te )?(?:lo )?(?:dico|posso dire)|non (?:lo )?so\b|\bboh\b|non l['’]ho (?:ancora )?(?:visto|finito)"
    r"|won'?t (?:say|tell)|don'?t (?:tell|answer)|dont (?:tell|answer)|not telling|\bnvm\b|never ?mind"
    r"|\bidk\b|\bdunno\b|don'?t know|dont know|not sure|no idea|no clue|who knows|(?:nobody|no one|noone) knows"
    r"|haven'?t (?:seen|watched|finished|gotten)|not there yet|not yet|\bi'?m (?:only |still |just )?(?:on|at) (?:ep|episode)"
    r"|\bsono (?:ancora |solo )?(?:all['’] ?|al |alla )(?:ep|episodio|puntata)"  # Italian "i'm still on ep 3"
    r"|same question|ni idea|no s[ée]|sei l[áa]\b|n[ãa]o fa[çc]o ideia|(?:je )?(?:ne )?sais pas|aucune idée|pas de spoil|keine (?:ahnung|spoiler)|wei(?:ß|ss) (?:ich )?nicht|gatau|ga tau|gak tau|nggak tau|ngga tau|tidak tahu|(?:ga|gak|nggak|ngga|kaga|kagak|tidak) ?(?:ngerti|ngarti|paham|mudeng)|rahasia|모르|몰라|不知道|わからない"
    r"|知らない|ยังไม่ได้ดู|ยังดูไม่จบ|อย่าสปอย|ไม่สปอย"  # Thai: "haven't watched", "not finished", "don't spoil", "no spoilers"
    r"|chưa (?:xem|coi|tới|đến)(?!\w)"  # Vietnamese "haven't watched", "not there yet": "không, mình chưa xem"
    r"|(?:나|저)(?:도|두)\s?궁금(?!했)"  # Korean "I wonder too" ("근데 응 나도 궁금해"), not "I wondered too" (then learnt)
    # the writer's own not knowing or not having watched, opening the answer with a no in their language ("hindi ko alam",
    # "di ko pa napanood", "não sei", "no lo he visto", "belum nonton", "아직 안 봤어"); after a yes they are the writer's
    # feelings, the yes said ("oo 😭 di ko pa rin matanggap", "sí 😭 no lo vi venir", "sim, não sei como aguentei")
    r"|^[\W_]*(?:(?:eu|yo|aku|gue|gw|saya|naku|hala|sorry|sori|hmm+|gente|galera|pessoal|chic[oa]s|나|저)[\s,.!]+)?(?:(?:hindi|di) ko (?:alam|pa)\b|ewan\b"
    r"|n[ãa]o (?:sei|vi|assisti|terminei)\b|no lo (?:he )?(?:visto|vi|termin)|no he (?:visto|terminado)\b"
    r"|belum (?:nonton|selesai|sampai|liat|lihat|tamat)\b|아직 안 ?봤)"
    # the writer's own place in Korean, Japanese or Chinese, an episode read as "ep N" ("나 아직 4화", "5화까지 봤어", "3화 보는
    # 중", "5話まで見た", "まだ4話", "还没看到第5集"); never "아직 살아있어", "11화까지 살아남음", "まだ生きてる", "还没死"
    r"|아직\s*(?:ep\s*)?\d|\d{1,2}\s*(?:까지\s*(?:다\s*)?(?:봤|봄|봐)|보는 ?중|보고 ?있)|まで(?:見|観)|まだ\s*(?:ep\s*)?\d"
    r"|还没看|還沒看|才看到|看到\s*(?:ep|第)"
    # sent elsewhere: "ask in #spoilers", "take it to <#123>", "go to the spoiler channel"
    r"|\b(?:ask|go|take (?:it|this|that)|move (?:it|this|that)|post (?:it|that|this))\s+(?:to|in|on|at)\s+(?:the\s+)?(?:<#|#|spoil)")
# after a yes, a no or a fate, "I don't know" words with a question word or a thing beside them are the writer's feelings
# ("yes 😭 idk how i survived", "sí, no sé por qué", "iya, gatau kenapa", "응 ㅠㅠ 왜 그랬는지 모르겠어", "yes haven't seen
# anything so sad"); without one they still refuse ("yeah idk", "nah haven't watched it yet", "no idk what happens")
FEELING_AFTER = compile_later(
    r"(?i)\b(?:(?:how|what)(?! (?:happens|happened|it ends|it goes|they do|comes next))|why|anything|something|nothing|such|kenapa|napa|gimana|bakit|paano|ano|por ?qu[eé]|c[oó]mo|porque"
    r"|o que|qu[eé])\b|왜|어떻게|뭐|는지|怎么|为什么|なぜ|どう")
# ... or the writer's sorrow at it ("yes idk man i cried", "no idk dude it hurt", "yeah idk bro i was sobbing"), when no
# other refusal says they have not watched ("nah idk i haven't finished, heard people cried")
SORROW = compile_later(
    r"(?i)\b(?:cried|crying|sobb(?:ed|ing)|bawl(?:ed|ing)|tears|hurt|hurts|broke me|ruined me|wrecked me|destroyed me"
    r"|devastat\w*|heartbr\w*|traumati[sz]ed)\b")
# a fate heard, told on after the writer's own place or not ("im on ep 4 but i heard he dies", "apparently yes", "my
# friend said he does", "dicen que sí", "아직 4화인데 죽는다며", "死ぬらしい", "听说他死了"): what was heard (group 1, or the
# fate word heard in Korean, Japanese or Tagalog) answers as the writer's own word would
HEARD = compile_later(
    r"(?i)(?:\b(?:i(?:'ve| have)? heard|apparently|supposedly|reportedly|rumou?r (?:is|has it)|(?:my \w+|a friend|friends"
    r"|someone|somebody|people|they|everyone|every1|tiktok|twitter|reddit|the internet)"
    r" (?:said|says|say|told me|tells me|keep saying)|ppl say|dicen que|(?:me )?dijeron que|escuch[ée] que|dizem que"
    r"|disseram que|ouvi (?:dizer )?que|katanya|kabarnya|(?:il )?para[iî]t qu(?:e|')|on m'a dit qu(?:e|')"
    r"|j'ai entendu (?:dire )?qu(?:e|')|angeblich|(?:ich )?hab(?:e)? geh[öo]rt)\b"
    r"|听说|聽說|据说|據說)[\s,:]*(?:that\s+|que\s+|dass\s+)?(.+)"
    r"|((?:(?:안|못)\s*)?(?:죽|살아|살았|좀비\s*(?:되|된|됐))\S*?(?:다며|다면서|다던데|다더라|대요?|래요?|다고))(?=[\s?!.~ㅠㅜ]|$)"
    r"|((?:死|生き)\S*?(?:らしい|って|そう))|(?<!\w)((?:oo|hindi|patay|namatay|mamamatay|buhay)\s+(?:daw|raw))\b"
    # a yes or a no heard, said short in Korean or Japanese ("그렇대", "아니래", "그렇다던데", "そうらしい")
    r"|^[\s*_>]*((?:그렇|아니)(?:대요?|래요?|다며|라며|다던데|라던데|다더라|라더라|다고|라고)|そう(?:らしい|みたい|だって))(?=[\s?!.~ㅠㅜ]|$)")
# a relative's word about the story in fans' languages ("mi amigo dice que cheong-san muere", "minha irmã disse que",
# "adikku bilang", "sabi ng kapatid ko", "너네 언니가 남라 죽는대"): what was said is the story's, asked to be confirmed
SAYS = compile_later(r"(?i)(?<!\w)(?:dice|dijo|dicen|dijeron|cree|piensa|disse|diz|dizem|falou|contou|acha|bilang|kata|ngomong"
                     r"|sabi|daw|raw|nói|bảo)(?!\w)")


def retold(text: str) -> bool:
    """Whether a line repeats what someone said or heard of the story ("my friend said nam-ra dies", "mi amigo dice que
    cheong-san muere", "katanya"): the saying words (SAYS) or a fate heard (HEARD), one home for both."""
    return SAYS.search(text) is not None or HEARD.search(text) is not None


# a refusal with an answer after a "but" ("hindi ko alam pero oo", "não sei, mas sim ele morre", "idk but he dies", "buồn
# lắm nhưng có"): answered
# (Korean "but" as a word's ending too: "말하기 싫은데 응", "슬프지만 응", "근데 응", "스포인데 응", "그런데 응": "-지만", or "데"
# after any syllable ending in ㄴ)
_N_FINAL = "".join(chr(0xAC00 + 28 * n + 4) for n in range(19 * 21))
BUT = compile_later(rf"(?i)(?:\b(?:but|pero|mas|tapi|aber|mais|maar|nhưng)\b|但是|可是|(?:지만|[{_N_FINAL}]데)(?=[\s,])|けど)[\s,]*(.+)")
# a wish, not an answer: one opening the answer ("i hope not 😭", "hopefully he comes back", "ojalá que sí", "semoga iya",
# "sana all", "제발") or the whole of it after a yes ("yes pls 🙏", "yes i hope so", "oo sana"); never one after an answer
# given ("yeah he dies sadly, hopefully s2 brings him back", "yes he does i hope they bring him back"), nor a question's
# own ("does cheongsan die? i hope not": what a reply under it answers)
_WISH_WORD = r"(?:i hope|hopefully|fingers crossed|🤞|ojal[aá]|semoga|tomara|제발|sana)(?![^\W\d_])"
WISH = compile_later(
    rf"(?i)^[\s*_>]*{_WISH_WORD}|^[\s*_>]*(?:yes|yeah|yea|ya|yep|oo|opo|hindi|iya|s[ií]|sim|네|응)[\s,.!~]+(?:pls|plz|please|{_WISH_WORD})"
    # (so, not, or that the asker is right: "yes i hope you're right", "sí, ojalá tengas razón")
    r"(?:(?:\s+(?:so|not|too|tho|though|lol|fr|nga|naman|all))*|[^.,!?…;\n]*\b(?:right|correct|raz[oó]n|raz[aã]o|certo|benar|tama))"
    r"[\s\W]*$")
# a wish anywhere in a line ("bro i hope not", "semoga", "제발"): said before the writer's tears, no feeling of theirs
_WISHES = compile_later(rf"(?i)(?<![^\W\d_]){_WISH_WORD}")
# talk to the asker or a request of them ("bro stop", "ask someone else", "google it", "why would u ask that", "tanya yang
# lain", "อย่าถาม", "đừng hỏi nữa"), or a hope in Thai or Vietnamese ("หวังว่า", "mong là"): no feeling of the writer's
# ("you guys i cried 😭 yes" calls the whole chat, then tells the writer's own tears)
_TO_ASKER = compile_later(
    r"(?i)(?<![^\W\d_])(?:(?:you|u)(?![ \t]+guys)|ur|y'?all|kamu|km|lu|elu|kau|bạn|mày|cậu|stop|ask|asking|google|search|look it up|pls|plz"
    r"|please|tanya|nanya|cari|hỏi|đừng|mong)(?![^\W\d_])|อย่า|ถาม|หวัง")


def no_feeling(text: str, end: int) -> bool:
    """Whether `text` up to `end` (what comes before the writer's tears and a yes or no) is no feeling of the writer's
    own: a refusal, a wish, or talk to the asker ("몰라 ㅠㅠ 응", "i hope not 😭 no", "bro stop 😭 no")."""
    return any(words.search(text, 0, end) for words in (REFUSES, _WISHES, _TO_ASKER))


# a wish aimed at the reader after the answer ("yes sadly, i hope you're ready", "hope u have tissues", "sí, ojalá estés
# preparada", "oo sana ready ka", "iya, semoga kamu kuat"): the answer before it still stands; a wish on the answer itself
# ("i hope so", "ojalá que sí", "semoga iya") or that the reader is right ("i hope you're right") stays a wish
TO_READER = compile_later(
    r"(?i)\b(?:i\s+)?(?:hope(?:fully)?|ojal[aá](?:\s+que)?|tomara(?:\s+que)?|espero\s+que|semoga|sana)\s+"
    r"(?![^.,!?…;\n]*\b(?:right|correct|wrong|raz[oó]n|raz[aã]o|certo|benar|tama)\b)"
    r"(?:(?:you|u|ya|y'?all|ur|your|you'?re|youre|u'?re|you'?ll|u'?ll|you'?ve|te|t[uú]|est[ée]s|tengas|seas|puedas"
    r"|voc[eê]|vc|esteja|estejas|kamu|kau|lu|elu|kalian|km)\b|[^.,!?…;\n]*?\b(?:ka|mo|kayo|niyo|nyo)\b)[^.,!?…;\n]*")
