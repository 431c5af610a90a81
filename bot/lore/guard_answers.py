"""An answer read with the question it answers, for the spoiler guard (plain Python).

Fans spoil by answering: "is nam-ra ok at the end?" answered "no", "she turns 😭" or "ep 11" names
nothing itself, yet gives the ending away. The question is the message the answer replies to
(Discord's reply), the lines it quotes ("> does cheong-san live?\\nnope") or the question the same
message asks first ("is the class president ok? not really"). This module only decides whether a
text answers its question; what the two give away together is read by the one spoiler reader (the
lexicon, `reads`), so a bare "no" spoils only where the question's own subject is a spoiler past the
mark ("did you eat?" answered "no" gives nothing away), and an answer that commits to nothing ("lol",
"no spoilers but you'll see", "idk i'm on ep 2 too") stays up.
"""

from __future__ import annotations

import re

from bot.episode_marks import SEASON_KO_OR_EN
from bot.lazy_re import compile_later
from bot.lore.guard_episodes import (
    AT_EPISODE,
    EPISODE_GIVEN,
    EPISODE_NAMED,
    EPISODE_REMARKED,
    in_english_episodes,
    story_asked_of,
)
from bot.lore.guard_fates import CRY as _CRY
from bot.lore.guard_fates import DIE as _DIE
from bot.lore.guard_fates import EMOJI_ONLY as _EMOJI_ONLY
from bot.lore.guard_fates import ENGLISH_FATE as _ENGLISH_FATE
from bot.lore.guard_fates import HAPPENS_TO as _HAPPENS_TO
from bot.lore.guard_fates import JA_SAID as _JA_SAID
from bot.lore.guard_fates import JOKING as _JOKING
from bot.lore.guard_fates import KO_NEGATED as _KO_NEGATED
from bot.lore.guard_fates import KO_SAID as _KO_SAID
from bot.lore.guard_fates import LIVE as _LIVE
from bot.lore.guard_fates import RETURN_ASKED as _RETURN_ASKED
from bot.lore.guard_fates import TURN as _TURN
from bot.lore.guard_fates import WELLBEING as _WELLBEING
from bot.lore.guard_fates import emoji_said as _emoji_said
from bot.lore.guard_fates import fate_asked
from bot.lore.guard_fates import negated_ko as _negated_ko
from bot.lore.guard_named import CHATTER, NAMES_NONE, NAMES_OPEN, asks_of_the_chat, jokes, names_dear
from bot.lore.guard_openings import fate_word_own, set_aside, their_fate
from bot.lore.guard_questions import (
    CLOSED,
    FILLER,
    OPENER,
    QUESTION_END,
    QUOTE,
    WH,
    WORD,
    question_in,
    without_filler,
)
from bot.lore.guard_refusals import BUT, FEELING_AFTER, HEARD, REFUSES, SORROW, TO_READER, WISH, no_feeling
from bot.lore.guard_said import EMOJI, as_said
from bot.lore.lexicon_seasons import WHOLE, later_episodes
from bot.lore.lexicon_slang import ELSEWHERE_HINT, GAMES, someone_elses
from bot.lore.lexicon_typos import rephrase
from bot.lore.name_keys import KOREAN_SURNAMES
from bot.show import NOTHING, Position
from bot.spoilers import Reads
from bot.text import HANGUL, THAI, inside_spoilers

# Vietnamese "không" (no), one way in a yes or a no and in a no alone; not the writer's not knowing, not watching or not
# telling ("không biết", "không xem", "hông có xem", "không thích spoil", "không spoil nha", "không được spoil",
# "không tiết lộ đâu")
_VIETNAMESE_NO = (r"(?:không|hông|hổng)(?!\s+(?:biết|bít|rõ|nhớ|chắc|sao|hiểu|dám|muốn|nói|xem|coi|có xem|có coi|thích|thể|ai|gì|có gì|spoil|tiết lộ|kể|bật mí"
                  r"|được\s+(?:spoil|nói|kể|tiết lộ|bật mí)))")
# a yes or a no, then "or" and the other: the two said as a pair, which answers nothing ("yes or no?", "sí o no", "sim/não")
_YES_OR_NO = r"(?:yes|no|s[iíì]|sim|n[ãa]o|oui|non|iya|tidak|ja|nein|oo|hindi)(?![\w'’])"
_OR_THE_OTHER = rf"[ \t]*(?:/|(?:or|o|ou|atau|oder|ou bien)(?![\w'’]))[ \t]*{_YES_OR_NO}"
# a yes or a no (or the shades fans give them; Thai "ใช่", yes) opening the answer; "no" in "no spoilers", "no idea",
# "no one knows", "no comment" is none
_COMMITS = compile_later(
    # (not Spanish "ya" before its verb, "already": "bueno ya me voy a dormir")
    r"(?i)^[\s*_>]*(?:y+e+[sa]*h*|y+e+p+|y+u+p+|yea+h*|ya+s*(?!\s+(?:me|te|se|lo|la|le|nos|voy|vas|va|vamos|vi|viste|está"
    r"|estoy|es|era|casi|sé)(?![\w'’]))|ye|mhm+|uh[\s-]huh|ofc|of course|sure|true|correct|definitely"
    r"|absolutely|obviously|sadly|unfortunately|thankfully|luckily|fortunately|eventually|kinda|kind of|sort of|sorta"
    r"|basically|technically|pretty much|not really|not exactly|not quite|n+o+p+e*|na+h+|n+o+(?!\s*(?:spoil|comment"
    r"|idea|clue|one|body|way|wait|se\b|sé|sabe|tengo|lo sé))|s[ií] o s[ií]|sí+|sì+|si+p*|sim[óo]n|claro|obvio|purtroppo|nel|sim|n[ãa]o|iya+|iy|yoi|betul|bener"
    r"|ng?ga+k?|enggak|gak|tidak|sayangnya|oui|ouais|non|ja|nein|oo|opo|hindi|응+|ㅇㅇ|네+|예|웅|맞아|아니(?:요|야|오|고(?=\W*$))?|아뇨|ㄴㄴ|はい|うん"
    rf"|いいえ|ううん|是的?|对|嗯|不是?|没有|có(?!\s+(?:lẽ|thể|khi|ai|gì))|{_VIETNAMESE_NO}|ใช่(?:แล้ว|เลย)?(?:ค่ะ|ครับ|คะ|จ้า|จ้ะ)?)(?=[\s.,!?…~)*_]|\W|$)"
    # (Korean "아니고" only ending the answer: "드라마에선 아니고", not in the show; not "걔 아니고 다른 애", not him but another)
    # never the two said as a pair ("sí o no es spoiler", "yes or no?", "sim ou não"): no answer (but "sí o sí", yes for sure)
    rf"(?!{_OR_THE_OTHER})")
# a word of agreement alone, in fans' languages ("oo nga 😭", "real", "fr", "true", "ikr", "ㄹㅇ", "bener"): a yes under a
# question, the remark said again under a remark ("ikr" under "ju-ran turns in s2 ep 3")
AGREEMENT = compile_later(r"(?i)^\W*(?:oo nga|real|fr|true|ikr|same|facts|exactly|totoo|bener|betul|ㄹㅇ|인정|verdad|verdade"
                          r"|vrai)(?:\s+(?:lol|lmao|fr|real|tho|though|po|nga|bgt))*\W*$")
# a no: "does nam-ra die?" answered "no" tells she lives, which the question alone does not say
_DENIES = compile_later(
    r"(?i)^[\s*_>]*(?:n+o+p*e*|na+h+|not really|not exactly|not quite|never|nel|n[ãa]o|enggak|nggak|ngga+k?|gak|ga"
    rf"|tidak|hindi|아니\w*|아뇨|ㄴㄴ|いいえ|ううん|不是?|没有|nein|non|{_VIETNAMESE_NO}|(?:he|she|they) (?:does|did|do|is|was|will)n'?t"
    r"|(?:he|she|they) (?:does|did|do|is|was|will) not)(?=[\s.,!?…~)*_]|\W|$)|^[\s*_>]*ไม่(?=ตาย|รอด)")  # Thai "ไม่รอด"
_TO_THE_CHAT = compile_later(r"(?i)^[\s*_>]*(?:(?:(?:you|u|ya)\s+)?guys|y'?all|(?:gente|galera|pessoal|chic[oa]s|les gars|ragazzi|raga)"
                             r"(?=\s*[,!.…]))[\s,.!…]+(?=\w)")  # ("gente, sim": Portuguese, Spanish, French "guys,")
_DOES = compile_later(r"(?i)^[\s*_>]*(?:he|she|they)\s+(?:does|do|did)\b(?!\s*n['’]?t\b|\s+not\b)")  # "does" said back
_ASKED_CLOSED = compile_later(
    rf"(?i)^[\s¿]*{FILLER}(does|do|did|is|are|was|were|will|can|could)\s+(.+?)[\s?？!.]*$")
# "she does", "he's fine", "she turns 😭", "they don't": the question's subject taken up again (not "she's my fav")
ECHOES = compile_later(
    r"(?i)^[\s*_>]*(?:he|she|they)(?:(?:\s*(?:'s|’s|'re|’re)|\s+(?:is|are|was|were))\s+(?:fine|ok|okay|alright|safe|alive"
    r"|dead|gone|not|a zombie|a halfbie|bitten|infected|back)\b|\s+(?:does|did|do|doesn'?t|didn'?t|don'?t|isn'?t|wasn'?t"
    r"|aren'?t|weren'?t|will|won'?t|is|are|was|were)\s*(?:$|[^\w\s]|but\b|though\b|tho\b|sadly\b|not\b|don'?t worry\b|dw\b|no worries\b)"
    r"|\s+(?:gets?|got|dies|died|lives|lived|survives|survived|makes|made|turns|turned|becomes|became|does not|did not"
    r"|doesn'?t|didn'?t|won'?t)\b)")
_SAD_BESIDE = re.compile("[\U0001F480\u2620\U0001F62D\U0001F622\U0001F494]")  # a skull or tears after a yes: the sad end
# a line of the writer's own day under a who / when question: a greeting or leaving ("hi guys", "brb getting snacks",
# "good morning everyone"), the clock where they are ("its 5am here lol"), a link; none names anyone or an episode
_GREETS = compile_later(
    r"(?i)^[\s*_]*(?:(?:hi+|hey+a?|hell?o+|yo|sup|wassup|hola|halo|hai|oi|ol[áa]|kumusta|bonjour|bonsoir|salut|coucou|hallo|servus"
    r"|moin|guten (?:morgen|tag|abend)|안녕\w*|good (?:morning|night"
    r"|evening|afternoon)|gm|gn|morning|night)(?:[\s,.!~]+(?:guys|everyone|everybody|all|y'?all|ya'?ll|people|fam|chat"
    r"|friends|again|there|gente|chicos|semua|kayo|pessoal|todos|leute|alle|tout le monde|여러분))*|(?:brb|gtg|g2g|afk|bye+|cya|i'?m back|im back)\b.*)"
    r"[\s.!~]*$")
_CLOCK = compile_later(r"(?i)^[\s*_]*(?:(?:it'?s|its|it is)\s+)?(?:like\s+|almost\s+)?\d{1,2}(?::\d\d\s*(?:am|pm)?|\s*(?:am|pm))"
                       r"(?:[\s,.!]+(?:here|rn|right now|now|already|for me|where i am|in the morning|at night))*[\s.!~]*$")
_YES_AFTER = compile_later(r"(?i)sim|s[iíì]|yes|yeah|oo|opo|iya|ya|ja|oui|응|네")  # a yes said after a word said back
# a yes or a no ending the answer after the writer's tears ("웃겨 죽겠다가 울었어 ㅠㅠ 응", "i cried so much 😭 yes"); a run
# of tears looked at from its start only (a long "ㅠㅠㅠ..." in linear time)
_YES_LAST = compile_later(r"(?i)(?:(?<![ㅠㅜ])[ㅠㅜ]{2,}|😭|😢)[\s,.!~]*(응+|ㅇㅇ|네+|웅|yes|yeah|yep|oo|opo|iya|s[iíì]|sim|ใช่|아니(?:요|야)?"
                          r"|no|nope|hindi|ngga+k?|n[ãa]o|có|không)[\s.!~ㅠㅜ😭😢]*$")
_LINK = re.compile(r"<?https?://\S+>?")
# "unfortunately" opening the writer's own news rather than a yes ("purtroppo devo lavorare", "sadly i can't tonight",
# "purtroppo non l'ho ancora visto"): no answer; alone or before a yes, a fate or the one asked of it is the sad yes
_SADLY = r"(?:sadly|unfortunately|purtroppo|sayangnya|lamentablemente|desafortunadamente|infelizmente|malheureusement|leider)"
_SADLY_ALONE = compile_later(rf"(?i)^[\s*_>]*{_SADLY}[\s,.!…😭😢]*(?:(?:i|eu|yo|io|aku|gue|je|j['’]|ich)\s*)?$")
_SADLY_BUSY = compile_later(
    rf"(?i)^[\s*_>]*{_SADLY}[\s,.!…]+(?:i (?:have|got|need) to|i gotta|i can['’]?t|devo|dobbiamo|non posso|tengo que|no puedo"
    r"|tenho que|n[ãa]o posso|preciso|je dois|(?:je )?(?:ne )?peux pas|ich muss|ich kann nicht|harus|(?:gak|nggak|tidak) bisa"
    r"|kailangan|i['’]?m (?:at work|at school|in class|working|busy)|im (?:at work|at school|in class|working|busy)"
    r"|estoy (?:en el trabajo|trabajando)|t[ôo] no trabalho|estou (?:no trabalho|trabalhando)|sono (?:al|a) lavoro"
    r"|je suis au (?:travail|boulot))(?![\w'’])(?!\s+(?:tell|say|dirti|dire|decirte|decir|te dizer|dizer|te dire|dir sagen|sabihin))")  # (to tell you yes)
_PUZZLED = compile_later(r"(?i)^[\s*_]*(?:huh+|wdym|wut|wat|what+|eh+|que|qué|ha|뭐야?|hah)[\s?!.~]*$")
# a Tagalog question with its subject put first, before a comma ("si woojin yung kapatid ni hari, namatay ba?"): asked in
# the order the reader knows ("namatay ba si woojin yung kapatid ni hari?")
_TAGALOG_FRONTED = compile_later(r"(?i)^\s*(?P<front>(?:si|ang|yung|'yung)\s[^,?]+?)\s*,\s*(?P<fate>[^\W\d_]+)\s+ba\s*[?？]*\s*$")
SHORT = 8  # words: "who bites her?" is answered "gwinam", "ep 6 its gwinam obviously", not in a paragraph
_PRONOUN = re.compile(r"(?i)^[\s*_>]*(?:he|she|they)\b")
_EMOJI_AFTER = re.compile(rf"[\s{EMOJI}]+$")
_BARE = 4  # words: a plain message answers the question above it only as "yeah 😭", "not really", "ep 11", "gwinam"
_ANSWER_LONG = 7  # words, when they open as an answer: "yeah he does in the end 😭", "no she makes it dont worry"
# a season named in a return asked or its answer ("does gwinam come back in season 1?", "yeah in s1 ep 6", "ep 5 of
# s2"): the answer's episode is that season's, never the channel's
_SEASON_SAID = compile_later(rf"(?i)(?<![a-z]){SEASON_KO_OR_EN}(?!\d)")
# who / when answered by the writer's own reaction names nobody: "i love her", "that scene was wild", "yes the music"
# (not "i think gwinam", "i'm pretty sure it's gwinam", "it was gwinam", "yeah so-ju 😭")
_REACTS = compile_later(
    r"(?i)^[\s*_]*(?:(?:yes|yeah|ya|yup|oh)[\s,!.]+)?(?:(?:i|i'?m|im)(?!\s+(?:think|thought|believe|guess|bet)\b)"
    r"(?!'?m? (?:pretty |fairly |almost |so )?sure)|i'?ve|i'?d|me|my|we"
    r"|(?:that|this|the) (?:scene|part|moment|fight|episode|ep|show|music|song|ost))\b")
_DIGIT = re.compile(r"\d")
# someone named by a role or a relation, a noun phrase alone ("the class president of course", "her best friend from
# school", "el bully de la escuela", "o valentão da escola"): a plain answer to who, not a line of chat with a verb
# ("the bully is so annoying", "the opening song slaps")
_ROLE_NAMED = compile_later(
    r"(?i)^[\s*_]*(?:the|his|her|their|that|this|la|el|los|las|o|a|os|as|le|les|der|die|das|sein\w*|ihr\w*|son|sa|ses"
    r"|si|ang|sang|yang)\s+(?:[\w'-]+\s+){0,2}?(?:(?:class )?president|bully|friend|bff|bestie|boyfriend|girlfriend|crush"
    r"|classmate|teacher|principal|mom|mother|dad|father|brother|sister|guy|girl|boy|kid|student|cop|detective|soldier"
    r"|archer|presidenta|presidente|amig[oa]|novi[oa]|maestr[oa]|profe(?:sora?)?|compañer[oa]|abus[oó]n|mat[oó]n|valentão"
    r"|namorad[oa]|colega|professora?|présidente?|amie?|copain|copine|harceleur|freund(?:in)?|lehrer(?:in)?"
    r"|klassensprecher(?:in)?|kaibigan|guro|ketua|teman|pacar|guru|반장|친구|일진|선생님"
    # the story's own crowds and trades ("the soldiers 💀", "the zombie lol", "the army lol"): no joke of the chat's
    r"|zombie|halfbie|army|military|police|scientist|doctor|reporter)(?:e?s)?\b"
    r"(?:\s+(?:from|of|in|at|with|de|del|da|do|das|dos|du|des|von|aus|vom|der|ng|sa|dari)\s+[\w'-]+(?:\s+[\w'-]+){0,2})?"
    r"(?:[\s,]+(?:of course|obviously|ofc|i think|tho|though|sadly|lol|omg))*[\s\W]*$")
# the writer's reaction to an episode's moment ("the ep 3 ending omg") names no one asked who of
_SCENE_OF = compile_later(r"(?i)^[\s*_]*(?:the|that|this)\s+(?:ep|episode)\s*\d+\s+(?:ending|opening|scene|part|fight"
                          r"|cliffhanger|finale)\b")
# "who" in the languages fans ask it in: anywhere in a question (_WHO_WORD), or opening it (_ASKS_WHO)
_WHO = r"(?:who|whom|quién(?:es)?|quien|quem|sino|siapa|qui|wer|wen|wem|누가|누구|谁|誰)"
_WHO_WORD = compile_later(rf"(?i)(?<!\w)(?:{_WHO}(?!\w)|ใคร)")  # Thai "ใคร" unspaced: "ใครตาย"
_ASKS_WHO = compile_later(rf"(?i)^[\s¿]*(?:{_WHO}(?=\W|$)|ใคร)")
# "does anyone know who ...": a closed opening that still asks who or when
_ASKS_FOR = compile_later(r"(?i)\b(?:know|remember|recall|tell me|tell us)\b")
# the fate word said of laughter, the writer's or not ("namatay ako sa kakatawa", "muero de risa"): no fate said back;
# never the writer's tears or shock ("namatay ako sa iyak, oo namatay siya", "namatay ako nung nalaman ko 😭": his death
# felt, which is the answer)
_OWN_FATE = compile_later(r"(?i)^\w+\s+(?:na\s+)?(?:(?:ako|kami|tayo|aku|gue|gw|saya)\s+)?(?:(?:sa\s+)?(?:kaka)?tawa|ketawa|ngakak"
                          r"|sa (?:pagod|antok|puyat)"  # ("patay na ako sa pagod": dead tired)
                          r"|de (?:risa|rir|rire)|dal ridere|cười)\b")

# a yes and a no said as a pair first ("yes or no? he dies", "sí o no, muere en el 11"): no answer in itself, so what
# follows it is read as the answer; never "sí o sí" (yes for sure)
_PAIR_OPENING = compile_later(rf"(?i)^[\s*_>¿]*(?!s[ií] o s[ií]){_YES_OR_NO}{_OR_THE_OTHER}[\s?？,.!:…-]*")


def read_with_question(question: str, answer: str, reads: Reads, now: Position = NOTHING) -> Position:
    """What `answer` gives away read with `question` (the text it replies to, its bars dropped: the
    answer tells what they hid), where the channel is at `now` (its mark); NOTHING when it answers nothing there."""
    asked = question_in(question)
    if asked is None or asks_of_the_chat(asked):  # "is your sister nam-ra ok?" "no 😭 she broke her arm": her life's
        return reads(question) if AGREEMENT.match(answer) else NOTHING
    answer = "yes" if AGREEMENT.match(answer) else answer  # "fr 😭" under "does jong-ah die in s2?"
    answer = _negated_ko(asked, _emoji_said(asked, as_said(in_english_episodes(answer))))
    answer = _PAIR_OPENING.sub("", answer, count=1) or answer  # "yes or no? he dies": what follows the pair answers
    answer = their_fate(asked, set_aside(answer))  # "morta dal ridere 😂 comunque sì", "elle survit" (a no): what follows answers
    if (told := heard(answer, _ASKS_WHO.match(asked) is not None)) is not None:
        answer = told  # "im on ep 4 but i heard he dies": the fate heard answers
    elif not answers(asked, answer):
        but = BUT.search(answer)  # "i died laughing at him in ep 1 but yes 😭": the yes or no after the "but" answers
        if but is not None and _COMMITS.match(but.group(1)) and answers(asked, but.group(1)):
            answer = but.group(1)
        elif (own := _split_answer(answer)) is not None:
            answer = own
        elif (last := _YES_LAST.search(answer)) is not None and answers(asked, last.group(1)) \
                and not QUESTION_END.search(answer, 0, last.start()) and not no_feeling(answer, last.start()):
            answer = last.group(1)  # "웃겨 죽겠다가 울었어 ㅠㅠ 응": the writer's own tears, then the yes (not "몰라 ㅠㅠ 응",
            # "i hope not 😭 no", "bro stop 😭 no": a refusal, a wish, a question or talk to the asker before them)
        else:
            return NOTHING
    answer = _TO_THE_CHAT.sub("", answer, count=1)  # "you guys yes 😭": the answer past the call to the whole chat
    asked = _TAGALOG_FRONTED.sub(r"\g<fate> ba \g<front>?", _of_the_show(asked, answer))
    together = reads(f"{asked}\n{answer}")
    said = max(together, _denied(asked, answer, reads), _affirmed(asked, answer, reads), _echoed(asked, answer, reads),
               _named(asked, answer, reads), _of_later_season(asked, answer, together, now), _later_given(asked, answer))
    if said == NOTHING and (ECHOES.match(CHATTER.sub(" ", answer)) or _DIE.search(answer) or _TURN.search(answer)):
        said = story_asked_of(asked)  # an event or a fate told of anyone answers the episode's story ("HE'S BACK 😭",
        # "namra dies 😭" under "what happens in 2.04?": the fate read of no one the lexicon knows to meet it)
    if said == NOTHING and _WELLBEING.search(asked):  # "is so-ju ok?" "no": how his story ends
        said = reads(f"{asked.rstrip('?？ ')} at the end?\n{answer}")
    return said if said != NOTHING else _harmed(asked, answer, reads)


_CLAUSE = compile_later(r"[,;/\n.!]+")  # (a sentence each too: "bts jimin no. aouad jimin yes")


def _split_answer(answer: str) -> str | None:
    """The yes or no a split answer gives the show's one ("bts jimin yes, the class 2-5 jimin no 😭": "no"): two or more
    clauses each a few words then a yes or a no, one of them an idol's or another work's, the first that
    is not."""
    said = [WORD.findall(CHATTER.sub(" ", clause)) for clause in _CLAUSE.split(someone_elses(answer, answer.lower()))]
    split = [words for words in said if 1 < len(words) <= 6 and _COMMITS.fullmatch(words[-1])
             and not all(NAMES_NONE.fullmatch(word) for word in words[:-1])]
    elsewhere = [bool({"idol", "someone"} & {word.lower() for word in words}) or ELSEWHERE_HINT.search(" ".join(words).lower())
                 is not None for words in split]
    if len(split) < 2 or len(split) != len([words for words in said if words]) or not any(elsewhere):
        return None  # (only beside an idol's or another work's: "me yes, my sister no" splits no fate)
    return next((words[-1] for words, theirs in zip(split, elsewhere, strict=True) if not theirs), None)


def _of_the_show(asked: str, answer: str) -> str:
    """The question as its answer tells whom it asks of: an idol named by the group or the tour in either ("is jimin ok?"
    "no 😭 he enlisted today, bts fans are crying": BTS's Jimin) said as nobody of the show, so no yes or no turns into
    the fate of the show's Ji-min."""
    text = f"{asked}\n{answer}"
    said = someone_elses(text, text.lower()).split("\n")
    return "\n".join(said[:asked.count("\n") + 1]) if len(said) == text.count("\n") + 1 else asked


def _harmed(asked: str, answer: str, reads: Reads) -> Position:
    """What a yes to a death asked of season 1 tells when no death is read: the one asked of comes to harm, as fans say
    "dies" of a bite ("does namra die?" "yes": she is bitten in ep 6 and turns a halfbie, she does not die)."""
    if _DENIES.search(answer) or not _COMMITS.search(answer) or _SEASON_SAID.search(asked) or not _DIE.search(asked):
        return NOTHING
    return reads(_DIE.sub(" get bitten ", asked, count=1))


def _of_later_season(asked: str, answer: str, together: Position, now: Position) -> Position:
    """What an answer to a question of a later season's story tells ("does cheongsan come back in s2?" "yes!!", "청산이
    시즌2에 나와?" "응", "is namra in season 2?" "ep 3"): that season, at the
    episode the answer names, else the whole season (which of its episodes is unknown). Only where the two are about
    someone or something of the story (`together`: what the lexicon reads in them, whatever the season): "is s2 out
    yet?" "yes it's out" tells its release, "is s2 good?" "yes ep 1 is so good" nothing. A return asked with no season
    where the channel is already past season 1 (`now`) is asked of the season it is in, so an episode answering it is
    that season's ("does gwinam come back??" "yeah in ep 4 omg" at S2E1: a return after season 1's end), unless
    either names its season ("yeah in s1 ep 6": season 1's, as typed; "does he come back in season 1?": nothing)."""
    if together == NOTHING:
        return NOTHING
    named = EPISODE_NAMED.search(answer)
    episode = int(named.group(1)) if named else 0
    season = next((position for position, _ in later_episodes(rephrase(asked)) if position.season > 1), None)
    if season is None and now.season > 1 and episode and _RETURN_ASKED.search(asked) and not _SEASON_SAID.search(asked):
        seasons = [int(next(filter(None, found.groups()))) for found in _SEASON_SAID.finditer(answer)]
        one = len(seasons) == 1 and len(EPISODE_NAMED.findall(answer)) == 1  # else the latest said, as first read
        return Position(seasons[0] if one else max([now.season, *seasons]), episode)
    if season is None:
        return NOTHING
    return Position(season.season, episode) if season.episode == WHOLE and episode else season


def _later_given(asked: str, answer: str) -> Position:
    """The later season's episode a yes or a no gives under a fate asked, the rest of the answer that episode alone, a bar a
    side or none ("does namra die?" "|no, s2 ep 6|"): where the fate asked is met or escaped; not "no, i'm on s2 ep 2"."""
    opening = _COMMITS.match(answer := answer.strip(" |"))
    if opening is None or not fate_asked(asked) or not EPISODE_GIVEN.match(rest := answer[opening.end():].lstrip(" ,.!")):
        return NOTHING
    return max((position for position, _ in later_episodes(rephrase(rest)) if position.episode != WHOLE), default=NOTHING)


def _named(asked: str, answer: str, reads: Reads) -> Position:
    """What a name answering who tells, said in the question's place ("¿quién muere primero?" "cheongsan": "¿cheongsan
    muere primero?"; "누가 먼저 죽어?" "이삭": "이삭 먼저 죽어?"), as the reader knows a fate said of a name in every language."""
    who = _WHO_WORD.search(asked)
    name = CHATTER.sub(" ", _EMOJI_AFTER.sub("", answer)).strip(" .,!~*_")
    # a name or a role ("o cheongsan", "onjo's best friend", "o professor de ciências"), no line
    if who is None or not 0 < len(name.split()) <= (3 if _ROLE_NAMED.match(name) is None else 5):
        return NOTHING
    return reads(f"{asked[:who.start()]}{name}{asked[who.end():]}")


def commits(answer: str) -> bool:
    """Whether `answer` opens with a yes or a no (or a shade of one): "yes in ep 5 😭" answers, "omg ep 1" remarks."""
    return _COMMITS.match(answer) is not None


def says_back(answer: str) -> bool:
    """Whether an answer says its question's own verb back, after a yes or a no or alone ("yeah she does", "no he
    doesn't 😭", "아니 안 죽어", "응 죽어", "死ぬよ"): an answer to a fate asked even when the talk ran on a few lines between.
    Laughter beside it changes nothing ("yeah he does lol")."""
    answer = CHATTER.sub(" ", answer)
    opening = _COMMITS.match(answer)
    rest = answer[opening.end():].lstrip(" ,.!") if opening else answer
    return bool(ECHOES.match(rest) or _KO_NEGATED.match(rest) or _JA_SAID.match(rest) or (opening and _KO_SAID.match(rest)))


def heard(answer: str, who: bool = False) -> str | None:
    """What a fate heard tells when it answers ("im only on ep 4 but i heard he dies": "he dies"; "apparently yes",
    "dicen que sí", "아직 4화인데 죽는다며", "그렇대": "yes"), or, under a question asking `who`, a name heard ("dicen que
    cheongsan"): a yes, a no, a fate or a name, repeated for everyone who has not seen it; None when nothing heard is
    told, or what is ("i heard it's sad", "they said no spoilers") answers nothing."""
    found = HEARD.search(answer)
    told = next(filter(None, found.groups()), "").strip() if found else ""
    if not found or not told or REFUSES.match(told) or WISH.search(told):  # "they said no spoilers"; not "he dies but idk"
        return None
    if found.group(5):  # a yes or a no heard in Korean or Japanese ("그렇대", "아니래", "そうらしい")
        return "no" if told.startswith("아니") else "yes"
    if found.group(1) is None:  # a fate word heard in Korean, Japanese or Tagalog ("좀비 된대", "patay daw")
        return told
    if [word.lower() for word in WORD.findall(CHATTER.sub(" ", told))] in (["not"], ["so"]):  # "apparently not", "i heard so"
        return re.sub(r"(?i)\b(?:not|so)\b", lambda said: "no" if said[0].lower() == "not" else "yes", told, count=1)
    # a yes, a no, the one asked of taken up, or a fate said short ("dicen que muere", "听说他死了"); not a line with a
    # fate word in it ("i heard everyone dies in the webtoon", "apparently it's fine to skip ep 2")
    short = len(WORD.findall(told)) <= 3
    fated = short and (_DIE.search(told) or _LIVE.search(told))
    return told if _COMMITS.match(told) or ECHOES.search(told) or fated or (who and short) else None


# a question of a game's or another work's one ("buhay ba si onjo mo sa roblox?", "... sa squid game 3?"): no end of the show's
_ELSEWHERE = compile_later(rf"(?i)(?<![\w-])(?:{GAMES})(?![\w-])|{ELSEWHERE_HINT.pattern}")


def _denied(asked: str, answer: str, reads: Reads) -> Position:
    """What a no to a closed question tells: the fate asked turned to the other in any language
    ("namatay ba si onjo?" "hindi": she survives; "is i-sak ok?" "no": she dies, not "at the end"), and an
    English question said back ("does nam-ra die?" "no": "nam-ra does not die"), the subject taken one to
    four words long (whichever the reader knows)."""
    if not _DENIES.search(answer):
        return NOTHING
    # in any language: the fate asked turned to the other ("namatay ba si onjo?" "hindi": "survives ba si onjo?")
    # (a Vietnamese death turned to its own word for living: "suhyeok có chết không?" "không": "suhyeok có sống không?")
    swapped = _DIE.sub(lambda fate: "sống" if fate.group().lower() == "chết" else " survives ", asked, count=1) \
        if _DIE.search(asked) else _LIVE.sub(" dies ", asked, count=1)
    turned = reads(swapped) if swapped != asked else NOTHING
    if turned == NOTHING and swapped != asked and not _DIE.search(asked) and not _ELSEWHERE.search(asked):
        turned = _affirmed(asked, "yes", reads)  # a no to one who lives ("buhay ba si onjo?" "patay na siya"): her end told
    closed = _ASKED_CLOSED.match(asked)
    if closed is None:
        return turned
    verb = closed.group(1)  # the other fate with the episode said, as a yes to it ("is ju-ran ok?" "no 😭 ep 5")
    return max([turned, _said_yes(swapped, answer, reads),
                *(reads(f"{subject} {verb} not {rest}") for subject, rest in _subjects(closed.group(2)))])


def _affirmed(asked: str, answer: str, reads: Reads) -> Position:
    """What a yes to a fate asked in any language tells, the fate said as the reader knows it ("buhay ba si onjo sa
    dulo?" "oo": "survives ba si onjo sa dulo?"); a yes on being "ok" is the wellbeing reading's, not this one's."""
    if _DENIES.search(answer) or not (_COMMITS.search(answer) or _DOES.match(answer) or _says_back(asked, answer)
                                      or EPISODE_GIVEN.match(CHATTER.sub(" ", answer.strip()))):
        return NOTHING  # a yes, the question's verb said back ("she does 😭 in ep 5", "살았다"), or when ("s2 ep 6")
    fate = next((m for m in (_DIE.search(asked), _LIVE.search(asked), _TURN.search(asked))
                 if m and not _WELLBEING.fullmatch(m.group())), None)
    if fate is None:
        return NOTHING
    if _ENGLISH_FATE.fullmatch(fate.group()):  # the reader reads these with the question, but not one of a fate it does not
        return _said_yes(asked, answer, reads)  # know, a newcomer's: "does ma-ru die?" "yeah he does 😭 ep 6"
    said = " dies " if _DIE.fullmatch(fate.group()) else " survives "
    return reads(f"{asked[:fate.start()]}{said}{asked[fate.end():]}")


def _said_yes(asked: str, answer: str, reads: Reads) -> Position:
    """An English closed question of a fate the reader reads nothing in said as the statement a yes makes it, with the
    episode the answer names ("does ma-ru die?" "yeah he does 😭 ep 6": "ma-ru does die in ep 6"), the subject one to
    four words long."""
    closed = _ASKED_CLOSED.match(asked)
    if closed is None or reads(asked) != NOTHING:  # a fate the reader knows is read with the question already
        return NOTHING
    named = EPISODE_NAMED.search(answer)  # with the later season the answer names ("yes in s2 ep 5")
    later = next((words for position, words in later_episodes(rephrase(answer)) if position.episode != WHOLE), "")
    told = f" in {later}" if later else f" in ep {named.group(1)}" if named else ""
    return max(reads(f"{subject} {closed.group(1)} {rest}{told}") for subject, rest in _subjects(closed.group(2)))


def tears_beside_bars(question: str, text: str) -> bool:
    """Whether the emoji left in the clear beside an answer in bars ("||yes he does|| 😭") answer a fate asked as the sad
    end, as alone: not under a question of another kind ("is namra in s2?" "||yes|| 😭": a reaction to what is hid), a
    joke, nor beside a hidden "idk" or "no spoilers"."""
    asked = question_in(question)
    hidden = " ".join(inside_spoilers(text))  # as Discord hides it: escaped bars and code spans are not bars
    return (asked is not None and fate_asked(asked) and not _JOKING.search(asked)
            and not (REFUSES.search(hidden) or WISH.search(hidden)))


def _echoed(asked: str, answer: str, reads: Reads) -> Position:
    """What an answer taking up a question's subject tells, the subject said for its pronoun ("is nam-ra ok?" "she
    turns 😭": "nam-ra turns", her bite, not how her story ends; "what happens to cheongsan?" "he dies": "cheongsan
    dies"), the subject one to four words long."""
    if not ECHOES.search(answer):
        return NOTHING
    if (closed := _ASKED_CLOSED.match(asked)) is not None:
        subjects = [subject for subject, _ in _subjects(closed.group(2))]
    elif (happens := _HAPPENS_TO.search(asked)) is not None:  # the words after "to" may be the subject whole
        words = happens.group(1).split()
        subjects = [" ".join(words[:n]) for n in range(1, min(5, len(words) + 1))]
    else:
        return NOTHING
    said = _PRONOUN.sub("", answer, count=1)
    return max((reads(f"{subject}{said}") for subject in subjects), default=NOTHING)


def _subjects(asked: str) -> list[tuple[str, str]]:
    """A closed question's words after its verb split into a subject one to four words long and the rest
    ("nam-ra die at the end": "nam-ra" / "die at the end", ...): whichever the reader knows is the subject."""
    words = asked.split()  # never a surname cut from its given name ("lee" / "min-jae ok?": the actor is not Min-jae)
    return [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, min(5, len(words)))
            if not (words[n - 1].lower() in KOREAN_SURNAMES and "-" in words[n])]


def _refuses(said: str, refusal: re.Match[str] | None) -> bool:
    """Whether an answer commits to nothing: its refusal, hedge or own place (`refusal`, REFUSES's search of `said`,
    made once by the caller, which reads it again) is what it says, opening it ("idk tbh", "no idea, still on ep 3") or
    all of it after a yes or no ("yeah idk", "nah haven't watched it yet"); not after a yes, a no or a fate said first
    with the writer's feelings beside it, a question word, a thing, tears or sorrow ("yes 😭 idk how i survived", "yeah he
    dies, idk why", "sí, no sé por qué", "yes idk man i cried")."""
    if refusal is None:
        return False
    before = without_filler(said[:refusal.start()])
    if _SADLY_ALONE.match(before):
        return True  # "purtroppo non l'ho ancora visto 😭": sorry not to know, no yes
    committed = _COMMITS.match(before)
    if not (committed or ECHOES.search(before) or _DIE.search(before) or _LIVE.search(before)):
        return True
    after = said[committed.end():] if committed else said
    sorrow = SORROW.search(after) is not None and REFUSES.search(said, refusal.end()) is None
    return not (FEELING_AFTER.search(after) or sorrow or _SAD_BESIDE.search(said))


def answers(question: str, answer: str) -> bool:
    """Whether `answer` commits to an answer to `question`: a yes or a no (in the shades fans give
    them) to a closed question, a name or a number to one asking who, when or which; never a refusal,
    a hedge, a laugh alone or a question back."""
    said = TO_READER.sub(" ", answer).strip()
    refusal = REFUSES.search(said)
    then = refusal and (but := BUT.search(said, refusal.end())) and but.group(1)
    if then and not (REFUSES.search(then) or WISH.search(then)) and (_COMMITS.match(then) or ECHOES.search(then) or _DIE.search(then)):
        return True  # "idk but he dies", "hindi ko alam pero oo", "no lo he visto pero sí muere": answered after the "but"
    if not said or _refuses(said, refusal) or WISH.search(said) or _own_line(said):
        return False
    if WH.search(question) is None or (CLOSED.search(question) and not _ASKS_FOR.search(question)):
        said = without_filler(said)  # "ok then yes she does", "wait no"
        # "ep 3": yes, then; said, guessed or hedged ("by ep 11 yea", "like ep 5 or 6?") or with a few words ("ep 11 tbh")
        episode = EPISODE_GIVEN.match(CHATTER.sub(" ", said)) is not None or (
            EPISODE_NAMED.search(said) is not None and len(WORD.findall(said)) <= _BARE
            and not EPISODE_REMARKED.search(said))
        return bool(_COMMITS.search(said) or ECHOES.search(said) or _says_back(question, said) or episode)
    bare = CHATTER.sub(" ", said)
    words = WORD.findall(bare)
    # "yes", "ok thx", "oh no" under a question that opens asking who or when name nobody (a 😭 is said "yes"); under
    # "onjo survives or what?" a yes says what the question does
    opens_asking = WH.match(OPENER.sub("", question.lstrip(" ¿"), count=1)) or CLOSED.search(question)
    if opens_asking and all(NAMES_NONE.fullmatch(word) for word in words):
        return False
    if _REACTS.match(bare.strip()) and not _DIGIT.search(said) and not names_dear(bare):
        return False
    if _ASKS_WHO.match(OPENER.sub("", question, count=1)) and (_SCENE_OF.match(bare) or jokes(said)):
        return False
    # a question back ("why do you ask", "what ep are u on?") or a long line of its own is no answer (it is read alone)
    asks_back = CLOSED.search(said) or WH.match(said) or (said.endswith(("?", "？")) and len(words) > 2)
    return 0 < len(words) <= SHORT and not asks_back


def _own_line(said: str) -> bool:
    """Whether an answer is a line of the writer's own that answers no question: a greeting or a leaving, the clock
    where they are, a link alone, laughter alone, a puzzled "wait what" or their own busy day ("purtroppo devo lavorare")
    (not "hi, it's gwinam", "ep 11 lol")."""
    unlinked = _LINK.sub(" ", CHATTER.sub(" ", said)).strip()
    if said != unlinked and not WORD.search(unlinked) and not emoji_only(said):
        return True  # "wkwkwk", "jajaja", a link
    opened = without_filler(unlinked)
    return bool(_GREETS.match(opened) or _CLOCK.match(opened) or _PUZZLED.match(opened) or _SADLY_BUSY.match(opened))


def _says_back(question: str, said: str) -> bool:
    """An answer that says the question's fate back, as Korean, Spanish or Portuguese answer yes ("온조 살아?"
    "살아남아", "o gwinam morre?" "morre sim"): its first word opens as the question's verb of dying or living does
    (never its name or other words: "cheongsan is my fav" answers nothing), or it is any word of the question
    followed by a yes ("volta sim")."""
    own = fate_word_own(said)  # ("mati lampu", "살았다 ㅋㅋ 방금 시험 끝남": read with its laughter)
    said = CHATTER.sub(" ", said).lstrip()  # tears or laughter before it ("ㅠㅠ 살았다")
    first = WORD.match(said)
    if first is None or len(first.group()) < 2 or _OWN_FATE.match(said) or own:
        return False
    # the question's own word said back with a yes: "o cheongsan volta na 2ª temporada?" "volta sim!!"
    words = WORD.findall(said)
    if len(words) > 1 and _YES_AFTER.fullmatch(words[1]) and len(words[0]) > 2 \
            and words[0].lower() in {word.lower() for word in WORD.findall(question)}:
        return True
    fates = (word for word in WORD.findall(question)
             if (_DIE.search(word) or _LIVE.search(word)) and not _WELLBEING.fullmatch(word))
    # a return asked in one word ("volta?" "VOLTOU", "돌아와?" "돌아왔어"): by four letters, a Korean one by the two
    # syllables of 돌아오다's stem (not "돌았냐", gone crazy)
    returns = [word for word in WORD.findall(question) if _RETURN_ASKED.fullmatch(word)]
    said_first = first.group().lower()
    # Thai runs its words together ("มินแจตายไหม" "ตาย 😭", "ตายค่ะ", "ไม่ตาย"): the fate itself said back, or denied,
    # wherever in the question
    fates_th = (fate.group() for fate in (_DIE.search(question), _LIVE.search(question)) if fate and THAI.match(fate.group()))
    if THAI.match(said) and any(said.removeprefix("ไม่").startswith(fate) for fate in fates_th):  # (่ is no \w)
        return True
    return any(said_first.startswith(word[:2] if HANGUL.match(word) else word[:4].lower()) for word in returns) or any(
        # a Korean verb by its stem's syllable ("살아?" "살았다"), a Japanese or Chinese one by two letters, else by four
        said_first.startswith(word[:1] if HANGUL.match(word) else word[:2] if ord(word[0]) > 0x2FFF else word[:4].lower())
        for word in fates)


def bare(text: str) -> bool:
    """Whether a plain message (no reply, no quote) is short and bare enough to answer the question just asked above
    it: a yes, a no, emoji alone, a name or an episode ("yeah 😭", "not really", "gwinam", "ep 11"), never a
    question of its own or a line of chat."""
    if _CRY.search(text):  # tears promised ("hope ur ready 💀"): the sad end, as 😭 alone
        return True
    said = TO_READER.sub(" ", in_english_episodes(text)).strip()
    refusal = REFUSES.search(said)
    if not said or QUOTE.match(said) or _refuses(said, refusal) or WISH.search(said):
        return False
    if AGREEMENT.match(said):  # "fr 😭", "ikr": a yes, or a remark agreed with (chat words, which CHATTER drops)
        return True
    chat_free = CHATTER.sub(" ", said)
    if said.endswith(("?", "？")) and EPISODE_GIVEN.match(chat_free) is None:  # "like ep 5 or 6?": an answer, unsure
        return False
    words = len(WORD.findall(chat_free))
    if emoji_only(said) or 0 < words <= _BARE or (words <= SHORT and heard(said) is not None):
        return True
    # a few words more when they open as an answer does: "yeah he does in the end 😭", "nah he's fine in the end",
    # "it was gwinam i think", "like ep 11 i think" (not "i'm so scared for ep 4", a line of chat)
    opened = without_filler(said)
    # a yes, a no or a fate before "I don't know" words of the writer's feelings ("yep idk how she held on that long",
    # "yeah he dies, idk why they did that"; _refuses let them by): the answer, a word or so longer than bare
    if words <= SHORT and refusal and (_COMMITS.match(opened) or ECHOES.search(opened)):
        return True
    if words <= _ANSWER_LONG and (_ROLE_NAMED.match(opened) or names_dear(opened)):
        return True
    if words > _ANSWER_LONG or _REACTS.match(opened):  # "yes i loved that episode": the writer's own, no answer
        return False
    # a yes or a no goes on about the one asked of ("yeah he does", "nah he's fine"), not on with chat ("nah im going
    # to sleep", "yeah ep 4 was insane")
    committed = _COMMITS.match(opened)
    goes_on = opened[committed.end():].lstrip(" ,.!~") if committed else ""
    # ... or on with the episode ("sí en el ep 1", "yes from ep 4"), or with the fate it says yes to ("iya mati di ep 5")
    fated = _DIE.match(goes_on) or (_LIVE.match(goes_on) and not _WELLBEING.match(goes_on))
    return bool(_PRONOUN.match(goes_on) or ECHOES.search(opened) or NAMES_OPEN.match(opened)
                or (committed and (AT_EPISODE.match(goes_on) or fated)))


def emoji_only(text: str) -> bool:
    """Whether a message is emoji alone ("💀", "😭😭"): a reaction to the message right above it, whatever that is."""
    return bool(_EMOJI_ONLY.match(text))
