"""The spoiler guard reads an answer with the question it answers (bot/lore/guard_answers.py): the
message it replies to, the lines it quotes, or the question the same message asks first. Table rows
through bot.lore.guard.judge, no bot started; the reply through the local Discord is in
tests/cogs/lore/test_spoiler_guard.py."""

from __future__ import annotations

import pytest

from bot.lore.content import bundled_pack
from bot.lore.guard import judge
from bot.lore.guard_chain import asked_up, thread_asks
from bot.lore.lexicon import lexicon_of
from bot.show import Position
from bot.spoilers import read_as_shown
from tests.stall import read_at_once

READS = read_as_shown(lexicon_of(bundled_pack()).position)
S1E3 = Position(1, 3)


@pytest.mark.parametrize(("question", "answer", "gives_away"), [
    ("does gwi-nam die??", "yeah eventually", 11),
    ("does nam-ra die?", "no", 12),  # the question gets her fate wrong; the no tells she lives
    ("wait so does hari survive", "yeah 🥹", 12),
    ("is su-hyeok ok?", "he's fine", 12),
    ("is on-jo's dad gonna be ok", "not really", 11),  # he dies in 11, read as his fate rather than "at the end"
    ("does the science teacher die", "he does 😭", 4),
    ("is nam-ra ok?", "she turns 😭", 6),  # her bite said of her, not how her story ends
    ("is the class president gonna be ok", "she turns", 6),
    ("¿onjo sobrevive?", "sí", 12),
    ("who bites cheongsan?", "the bully", 11),  # a role names him as well as his name does
    ("who bites cheongsan?", "the bully guy lol", 11),  # laughing, still a role of the story
    ("who bites cheongsan?", "the guy from his class lmao", 11),
    ("who bites cheongsan?", "the guy with one eye lmao", 11),
    ("quem morde o cheongsan?", "meu deus o gwinam kkkk", 11),  # "my god", not someone of the writer's
    ("who bites cheongsan?", "hey guys its gwinam", 11),  # a greeting before the answer does not hide it
    ("which ep does so-ju die", "11 lol", 11),
    ("cheongsan dies or what?", "yes", 11),  # the question says who; a yes confirms it
    ("qui mord namra ?", "gwinam", 6),  # French and German who / when words ask as the English ones do
    ("wer beißt cheongsan?", "gwinam", 11),
    ("quand est-ce que namra se fait mordre ?", "épisode 6", 6),
    ("who does onjo kiss?", "his best friend from school", 11),
    ("what happens to cheongsan?", "he dies", 11),  # the pronoun carries the name the question asks of
    ("what happens to namra", "she gets bitten", 6),
    ("when does ji-min turn?", "ep 10 i think", 10),
    ("who bites nam-ra", "gwinam obviously", 6),
    ("🛡️ <@1>, your message was taken down. What you wrote, behind a spoiler:\n||does woojin make it?||", "nope", 12),
    ("수혁이 죽어?", "아니", 12),  # a no in Korean, Portuguese, Indonesian, Tagalog: the fate asked turned to the other
    ("a onjo morre?", "não", 12),
    ("onjo mati gak?", "enggak", 12),
    ("namatay ba si onjo?", "hindi", 12),
    ("buhay ba si onjo sa dulo?", "oo buhay siya 🥹", 12),  # a yes to a fate the reader knows in English only
    ("does cheongsan die?", "yeah he dies sadly, hopefully s2 brings him back", 11),  # a wish after the answer given
    ("does cheongsan die?", "yes he does i hope they bring him back", 11),
    ("cheongsan mati gak?", "iya. semoga s2 dia balik", 11),
    ("sino namatay sa ep 11?", "cheongsan ko 😭", 11),  # a name held dear ("my cheongsan"), no joke of the chat's own
    ("siapa yang mati di ep 11?", "cheongsan gue 😭", 11),
    ("sino kumagat kay namra?", "si gwinam ko", 6),
    ("who bites namra?", "the zombie lol", 6),  # the story's own crowd, laughed at: no joke of the chat's own
    ("who kills gwinam?", "the soldiers 💀", 11),
    ("¿hari sobrevive?", "nel", 12),
    ("온조 살아?", "살아남아", 12),  # the question's verb said back
    ("o suhyeok sobrevive?", "sobrevive sim", 12),
    ("¿cheongsan muere?", "simón 😭", 11),
    ("does cheong-san die?", "😭😭", 11),  # emoji alone: tears or a skull the sad end, 👍 a yes, 👎 a no
    ("does gwinam die", "☠️", 11),
    ("does gwinam die in the end?", "👍", 11),
    ("does woojin survive?", "👎", 12),
    ("what happens to nam-ra", "🧟‍♀️", 6),
    ("is so-ju ok", "💔", 11),
    ("does cheongsan make it?", "you'll cry at the end", 11),
    ("when does so-ju die?", "in 11", 11),
    ("which episode does woojin die", "the last one", 12),
    ("who bites namra", "i think gwinam", 6),
    ("does anyone know who bites namra?", "gwinam", 6),
    ("does onjo survive?", "ok then yes she does", 12),
    ("누가 청산이 물어?", "귀남이", 11),  # a who-question in fans' other languages, answered with a name, as in English
    ("¿quién mata a woojin?", "la presidenta", 12),
    ("quem morde o cheongsan?", "o gwinam", 11),
    ("sino kumagat kay cheongsan?", "si gwinam", 11),
    ("who survives?", "namra", 12),  # a who-question of a fate answered with a name: that one's fate
    ("who survives?", "cheongsan", 11),  # a survival answered for one who dies: his death's episode
    ("who dies first?", "cheongsan", 11),
    ("¿quién sobrevive?", "namra", 12),
    ("누가 살아남아?", "남라", 12),
    ("does so-ju die?", "yes sadly, i hope you're ready", 11),  # a wish aimed at the reader after the answer
    ("does woojin make it?", "nah… hope u have tissues", 12),
    ("¿cheongsan muere?", "sí, ojalá estés preparada", 11),
    ("patay ba si cheongsan?", "oo 😭 sana kaya mo", 11),
    ("gwinam mati gak?", "iya, semoga kamu kuat", 11),
    ("who kills woojin?", "my girl namra 😭", 12),  # a name after the writer's fondness or surprise
    ("who bites cheongsan?", "my god gwinam lol", 11),
    ("¿quién mata a woojin?", "mi reina namra", 12),
    ("does cheongsan die?", "||yes he does|| 😭", 11),  # tears beside the bars tell a fate asked its sad end
    ("who dies in ep 11?", "my poor cheongsan 😭", 11),  # a name after an owner and a fond word
    ("who bites namra?", "my sweet baby gwinam", 6),
    ("does cheongsan die?", "hope u have tissues 😭", 11),  # a wish to the reader about sadness: the sad end
    ("does cheongsan die?", "like ep 10 or 11?", 11),  # an episode for the answer, guessed or hedged: it happens
    ("does onjo's dad die?", "by ep 11 yea", 11),
    ("does cheongsan die?", "late ep 11 iirc", 11),
    ("namatay ba si cheongsan?", "oo 😭 di ko pa rin matanggap", 11),  # a no of the writer's own after a yes: feelings
    ("¿cheongsan muere?", "sí 😭 no lo vi venir", 11),
    ("o cheongsan morre?", "sim, não sei como aguentei", 11),
    ("cheongsan mati gak?", "iya 😭 belum selesai nangis", 11),
    ("does cheongsan die?", "ep 11 tbh", 11),  # an episode with a few words beside it, no word on the episode itself
    ("namatay ba si cheongsan?", "sa ep 11 po", 11),
    ("cheongsan mati gak?", "ep 11 kak", 11),
    ("does namra get bitten?", "ep 6 is when", 6),
    ("does cheongsan die?", "yes 😭 idk how i survived", 11),  # "I don't know" words after a yes or a fate: feelings
    ("does onjo's dad die?", "yeah he dies, idk why they did that", 11),
    ("¿cheongsan muere?", "sí, no sé por qué lo hicieron", 11),
    ("does cheongsan die?", "iya, gatau kenapa", 11),
    ("does namra turn into a zombie?", "6화에서", 6),  # an episode in Korean, Japanese or Chinese
    ("does namra get bitten?", "6話で", 6),
    ("does namra get bitten?", "第6集", 6),
    ("namatay ba si cheongsan?", "hindi ko alam pero oo", 11),  # not knowing or not having watched, then a "but" answer
    ("¿cheongsan muere?", "no lo he visto pero sí muere", 11),
    ("o cheongsan morre?", "não sei, mas sim ele morre", 11),
    ("does cheongsan die?", "idk what happens but he dies", 11),
    ("does cheongsan survive?", "im on ep 2 but i heard he dies", 11),  # a fate heard, told on by a fan behind
    ("청산이 살아?", "아직 2화인데 죽었대", 11),
    ("남라 좀비 돼?", "아직 3화인데 좀비 된대", 6),
    ("清山死了吗？", "还没看，听说他死了", 11),
    ("o cheongsan morre?", "ainda não vi mas dizem que sim", 11),
    ("does cheongsan die?", "someone said he dies but idk if its true", 11),  # heard, unsure, still told
    ("does cheongsan die?", "yes idk bro i sobbed", 11),  # a yes or a no, then "idk" and the writer's sorrow
    ("does so-ju survive?", "nope idk man it wrecked me", 11),
    ("does gwinam die?", "😭 yeah", 11),  # emoji before the yes
    ("does gwinam die?", "spoiler warning: yep", 11),  # "spoiler" said without bars hides nothing
    ("does gwinam die?", "SPOILER - yes 😭", 11),
    ("¿quién muere primero?", "cheongsan", 11),  # a name answering who, said in the question's place
    ("누가 먼저 죽어?", "청산 ㅠㅠ", 11),
    ("siapa yang mati duluan?", "cheongsan wkwk", 11),
    ("does so-ju die?", "||yeah he does", 11),  # bars left open hide nothing
    ("does onjo die?", "they say not", 12),  # hearsay said both ways, in other languages
    ("청산이 죽어?", "그렇대", 11),
    ("does cheongsan die?", "people say he does", 11),
    ("est-ce que cheongsan meurt ?", "j'en suis qu'à l'épisode 2 mais il paraît qu'il meurt", 11),
    ("¿quién muere primero?", "dicen que cheongsan", 11),  # a name heard answering who
    ("does namra die?", "yes", 6),  # a yes to a death no one meets: the bite that turns her a halfbie
    ("온조 죽어?", "안 죽어", 12),  # a Korean fate said negated: a no to it
    ("온조 살아?", "안죽는대", 12),  # ... or a yes to the other fate
    ("オンジョって死ぬ？", "死なないよ", 12),  # a Japanese fate said negated, or said back
    ("チョンサン死ぬ？", "死ぬよ", 11),
    ("ハリって最後生きてる？", "生きてる", 12),
    ("quem é mordido na delegacia?", "o professor de ciências", 4),  # a role of four words answering who
    ("누가 수혁이 지키다 물려?", "반장이", 6),  # a role with its particle
    ("¿quién muere en la comisaría?", "el profe", 4),  # fans' words for the teacher, the class president
    ("¿quién muerde a la presi?", "gwinam", 6),
    ("does cheongsan die?", "apparently not", 11),  # a no or a yes heard as "not" or "so"
    ("does cheongsan die?", "i heard so lol", 11),
    ("my friend said cheong-san dies, is it true?", "yes 😭", 11),  # a relative's word about the story, asked (review61c)
    ("my brother says su-hyeok dies, does he?", "nah he lives", 12),
    ("mi amigo dice que cheong-san muere, es verdad?", "sí 😭", 11),  # ... in fans' languages (the lead, after review61c)
    ("minha irmã disse que o cheong-san morre, é verdade?", "sim 😭", 11),
    ("adikku bilang cheongsan mati, beneran?", "iya 😭", 11),
    ("너네 언니가 청산이 죽는대 진짜야?", "응 ㅠㅠ", 11),
    ("청산이 죽어?", "명복을 빕니다 ㅠㅠ 내 최애였는데", 11),  # mourning beside the writer's fondness (guard_replies76)
    ("does woo-jin make it?", "rest in peace my bias 😭", 12),
    ("gwi-nam mati ga?", "tenang di sana ya 😭 bias gw", 11),
    ("does min-jae the archer die?", "may he rest in peace 😭 he was my fav", 11),  # a role after the name (guard_replies77)
    ("¿so-ju el bombero muere?", "que descanse en paz 😭 era mi favorito", 11),
    ("มินแจตายไหม", "ตาย 😭", 11),  # Thai, asked by its particle with no "?", the fate said back or denied (guard_replies79)
    ("ชองซานรอดไหม", "ไม่รอด 😭", 11),
    ("si woojin yung kapatid ni hari, namatay ba?", "oo 😭 fav ko pa", 12),  # a Tagalog subject put first
    ("is jimin ok?", "no 😭 poor girl", 10),  # no idol's group named: the show's Ji-min
    ("ใครตายตอนจบ", "ชองซาน 😭", 11),  # Thai "who", unspaced (guard_replies80)
    ("does so-ju die?", "i died laughing at him in ep 1 but yes 😭", 11),  # the yes after "but"
    ("청산이 죽어?", "말하기 싫은데 응 ㅠㅠ", 11),  # the yes after a Korean "but" ending (guard_replies81)
    ("청산이 죽어?", "스포인데 응 ㅠㅠ", 11),  # ... any "-ㄴ데" ("it's a spoiler, but yes"; review63e)
    ("does cheongsan die?", "i was dying, yes 😭", 11),  # the yes after the writer's tears
    ("ชองซานตายไหม", "ใช่ 😭", 11),  # Thai "yes"; Vietnamese "but" (guard_replies82)
    ("cheongsan có chết không?", "buồn lắm nhưng có 😭", 11),
    ("귀남이 죽어?", "나두 궁금했는데 결국 죽어 ㅠㅠ", 11),  # "I wondered too", "in the end" opening the fate (guard_replies83)
    ("does jimin survive?", "bts jimin yes, the class 2-5 jimin no 😭", 10),  # a split answer: the show's one's no
    ("청산이 죽어?", "웃겨 죽겠다가 울었어 ㅠㅠ 응", 11),  # the yes ending the writer's tears (guard_replies84)
    ("cheongsan mati ga?", "nangis parah 😭 iya", 11),  # ... in Indonesian and Thai (guard86)
    ("ชองซานตายไหม", "ร้องไห้หนักมาก 😭 ใช่", 11),
    ("does jimin die?", "bts jimin no. aouad jimin yes 😭", 10),  # ... in two sentences (review64c)
    ("does cheongsan die?", "you guys i cried 😭 yes", 11),  # tears told to the whole chat (guard_replies85)
    ("cheongsan có chết không?", "mình khóc luôn 😭 có", 11),  # ... in Vietnamese
    ("cheongsan có chết không?", "khóc quá 😭 không", 11),  # ... and its no, alone or after tears (review65c)
    ("수혁이 죽어?", "결국 안 죽어", 12),  # Korean filler before a fate denied
    ("온조 살아?", "근데 결국 안 죽어 ㅋㅋ", 12),
    ("does cheongsan die?", "you guys he dies 😭", 11),  # the fate said back to the whole chat (guard_replies86)
    ("suhyeok có sống không?", "khóc quá trời 😭 có", 12),  # Vietnamese "does he live?"
    ("buhay ba si onjo?", "patay na siya 😭", 12),  # a no to one who lives tells her end too (guard_replies95)
    ("namra mati gak?", "kaga, idup sampe akhir", 12),  # Betawi "no" and "alive" (guard_replies96)
    ("namra masih hidup?", "hidup gw hancur pas dia mati", 12),  # the writer's life, then her fate (fix128)
    ("namra mati gak?", "masih idup", 12),  # "still alive" (review72a: was left up)
    ("namra masih hidup?", "hidup gw sih, dia ngga", 12),  # the writer alive, she not (review72d)
    ("buhay pa ba si cheongsan?", "buhay ko nawalan ng saysay nung namatay siya", 11),  # (review72d)
    ("cheongsan still alive?", "nope 😭", 11),  # "alive" asked (fix134)
    ("namra mati gak?", "idup dong sampe s2", 12),  # "dong" after the slang (fix134: was left up)
])
def test_a_reply_that_answers_a_spoiler_question_gives_its_spoiler_away(question: str, answer: str, gives_away: int) -> None:
    spoiled = judge(answer, S1E3, READS, replying_to=question)
    assert spoiled is not None and spoiled.spoils == Position(1, gives_away) and spoiled.answering


@pytest.mark.parametrize(("question", "answer"), [
    ("did you eat?", "no"),
    ("is ep 3 good?", "yes"),
    ("is ep 11 sad?", "no"),
    ("is nam-ra your fav?", "yes"),
    ("are you ok?", "no lol"),
    ("what ep are you on?", "11"),
    ("누가 제일 좋아?", "청산이"),  # a who-question asking no event, in fans' other languages
    ("quién es tu favorito?", "cheongsan obvio"),
    ("who survives?", "not me 💀"),  # a fate's who-question answered with no one of the show
    ("who survives the longest in your opinion?", "lol idk"),
    ("does cheong-san die?", "lmao"),
    ("does cheong-san die?", "no spoilers but you'll see"),
    ("does cheong-san die?", "nooo don't tell me"),
    ("does cheong-san die?", "she's my fav"),
    ("does cheong-san die?", "idk i'm only on ep 2"),
    ("who bites nam-ra?", "why do you ask"),
    ("does on-jo survive?", "||yes||"),
    ("who bites namra?", "that scene was wild"),  # a reaction names nobody
    ("who is the girl with the bow?", "i love her"),
    ("who sings the song in ep 1?", "omg yes the music"),
    ("when does gwinam die?", "i hate him so much"),
    ("is isak ok?", "no 😭"),  # within the mark: she turns in episode 2, not "at the end"
    ("does cheongsan die?", "cheongsan is my fav"),
    ("does cheongsan die?", "does it matter"),
    ("is ep 1 good?", "😭😭"),
    ("does onjo like cheongsan?", "💀"),
    ("does gwinam die of being ugly 💀", "💀"),  # a question asked laughing: the skull laughs along
    ("does daesu ever stop talking lol", "😭😭"),
    ("is s2 out yet?", "yes it's out"),  # season 2's release, not its story
    ("is s2 good?", "yes ep 1 is so good"),
    ("is the ost good?", "👍"),
    ("¿vale la pena verla?", "simón, está buenísima"),
    ("onjo cantik gak?", "iya bgt"),
    # a line of the writer's own under a who / when question names no one: the question alone tells nothing more
    ("who bites cheongsan?", "its 5am here lol"),
    ("who bites cheongsan?", "brb getting snacks"),
    ("who bites namra?", "hi guys"),
    ("who bites namra?", "good morning everyone"),
    ("who bites cheongsan?", "wait what"),
    ("which ep does so-ju die", "ask in #spoilers"),
    ("when does namra get bitten?", "https://youtu.be/IN5TD4VRcSM"),
    ("siapa yang gigit cheongsan?", "wkwkwk"),
    ("¿quién muerde a cheongsan?", "jajaja"),
    ("who bites cheongsan?", "yes"),  # a yes, thanks or a cry names no one
    ("when does gwinam die", "ok thx"),
    ("who bites cheongsan?", "😭"),
    ("qui mord cheongsan ?", "mdr"),
    ("wer tötet woojin?", "guten morgen leute"),
    ("quand est-ce que namra se fait mordre ?", "je sais pas"),
    ("who bites cheongsan?", "the ep 3 ending omg"),  # the writer's reaction to a scene names no one
    ("what happens to cheongsan?", "he's so cute"),
    # a joke under who names someone of the chat's world, not the story's
    ("who bites cheongsan?", "the guy at the store lol"),
    ("who bites namra?", "the landlord lmao"),
    ("who bites cheongsan?", "the mailman 💀"),
    ("who bites namra?", "the writers lmao"),  # the chat's world laughed at: a joke (any other noun phrase is read)
    ("who dies in ep 11?", "the plot lol"),
    ("who kills woojin?", "my cat probably lol"),
    ("¿quién muerde a cheongsan?", "mi gato jajaja"),
    ("sino kumagat kay cheongsan?", "yung kapitbahay namin haha"),  # "our neighbour"
    ("does cheongsan come back in s2?", "yes pls 🙏"),  # a wish, not an answer
    ("is namra in s2?", "yes i hope so"),
    ("does cheongsan die?", "yes i hope you're right"),  # a wish the asker is right: still a wish
    ("¿cheongsan muere?", "ojalá que no"),
    ("patay ba si cheongsan?", "oo sana 🙏"),  # "yes, hopefully"
    ("who kills woojin?", "my god i can't even 😭"),  # the writer's own with no name after it
    ("who bites namra?", "my girl deserved better 😭"),
    ("who bites namra?", "oh my god"),
    ("does cheongsan come back in s2?", "||yes he does|| 😭"),  # the answer in bars: the tears beside it answer nothing
    ("is namra in s2?", "😭😭"),  # tears under a question of no fate react, answer nothing
    ("does cheongsan come back in s2?", "idk 😭"),  # beside a word that commits to nothing they answer nothing
    ("does cheongsan die?", "||idk|| 😭"),  # beside a hidden "idk" they commit to nothing
    ("who dies in ep 11?", "my poor heart 😭"),  # the writer's own after "my poor"
    ("who survives?", "my bestie said not to ask lol"),
    ("is s2 good?", "hope u have tissues 😭"),  # a wish about sadness under a question that spoils nothing
    ("does namra get bitten?", "ep 4 was crazy"),  # the writer's word on an episode, not the answer
    ("does cheongsan die?", "ep 4 tonight"),
    ("does cheongsan die?", "hindi ko alam hehe"),  # not knowing, not having watched, opened with a no in their language
    ("does cheongsan die?", "hindi ko pa napapanood"),
    ("does cheongsan die?", "não sei"),
    ("does cheongsan die?", "no lo he visto"),
    ("does cheongsan die?", "idk tbh"),  # "I don't know" that is the whole answer, or all of it after a yes or no
    ("does cheongsan die?", "yeah idk"),
    ("does cheongsan die?", "nah haven't watched it yet"),
    ("does namra get bitten?", "no i don't know what happens"),
    ("does namra turn into a zombie?", "5화까지 봤어"),  # the writer's own place in Korean, Japanese or Chinese
    ("does namra turn into a zombie?", "5話まで見た"),
    ("does namra turn into a zombie?", "还没看到第5集"),
    ("does cheongsan die?", "idk but i hope he lives"),  # after a "but", a wish or a refusal still commits to nothing
    ("does cheongsan die?", "not there yet but no spoilers pls"),
    ("does cheongsan die?", "i heard it's really sad"),  # something heard that is no fate
    ("does cheongsan die?", "apparently we're not allowed to say lol"),
    ("does cheongsan die?", "i heard everyone dies in the webtoon"),  # a fate word in a line heard, no answer
    ("does cheongsan die?", "apparently it's fine to skip ep 2"),
    ("청산이 살아?", "아직 2화라 몰라"),
    ("does cheongsan die?", "idk man i cried at the trailer"),  # sorrow after an "idk" that opens the answer
    ("does cheongsan die?", "nah idk i havent finished, heard people cried"),  # ... or beside not having watched
    ("does cheongsan die?", "spoiler: ||yes he does||"),
    ("¿quién es tu favorito?", "cheongsan"),  # a name answering who, in a question that tells nothing of them
    ("quem morre primeiro?", "kkkkk sei lá"),
    ("재밌어?", "그렇대"),  # hearsay of the show, not of a fate
    ("is it too gory for a 13 year old?", "they say not"),
    ("who dies first?", "they say me lol"),
    ("온조 죽어?", "안 죽어?? 나도 궁금"),  # the fate asked back, no answer
    ("面白い？", "死ぬほど面白い"),  # Japanese death words of the writer's
    ("夜中に一人で見ても大丈夫？", "死なないよ笑 たぶん"),
    ("おーい生きてる？", "生きてるよw 寝てた"),
    ("¿quién es tu favorito?", "el profe jaja"),  # a role with no fate
    ("숙제 했어?", "아니 쌤한테 혼날듯"),
    ("does cheongsan die?", "i heard so many things lol"),  # "so" opening a line heard, no yes
    ("is s2 out yet?", "apparently not"),
    ("does namra die?", "*shrug gif*"),  # a gif word that commits to nothing
    ("are you watching ep 3 tonight?", "*nods*"),
    ("what's your dog's name?", "maru! he died last year tho 😭"),  # a pet named for a newcomer (guard_replies69)
    ("시험 어땠어?", "ㅠㅠ 살았다"),  # the writer's exam survived (guard_replies70)
    ("청산이 시즌2에 돌아와?", "돌았냐 ㅋㅋ 아직 안 나왔어"),  # "are you crazy": not 돌아오다's two syllables (guard_replies71)
    ("quando você volta da viagem?", "VOLTEI 😭 bora maratonar"),  # the writer's own return
    ("what happens in ep 3?", "she's my fav lol"),
    ("is your sister nam-ra ok?", "no 😭 she broke her arm"),  # the chat's own sister named like her (guard_replies74)
    ("ok lang ba kapatid mong si maru?", "hindi 😭 naospital siya"),  # ... in Tagalog and Korean (guard_replies75)
    ("너네 언니 남라 괜찮아?", "아니 ㅠㅠ 다리 부러짐"),
    ("is lee min-jae ok? heard he got hurt filming s2", "rip 😭"),  # the actor, not Min-jae the archer
    ("does namra die?", "rip my wifi lol"),  # the writer's own thing mourned, no answer
    ("did moonbin really pass away?", "명복을 빕니다 ㅠㅠ 내 최애였는데"),  # a real celebrity mourned (guard_replies76)
    ("does gi-hun die in squid game 3?", "rest in peace my fav 😭"),  # another show's fav
    ("anjing kamu si cheongsan mati?", "iya 😭 tenang di sana ya, anak kesayanganku"),  # the asker's own dog
    ("namatay ba si cheongsan?", "sa #spoilers ka magtanong 😂 pahinga ka na, puyat ka na"),  # rest to the living (guard_replies77)
    ("is jimin ok?", "no 😭 he enlisted today, bts fans are crying"),  # BTS's Jimin, by his group (guard_replies79)
    ("como tá tua vó?", "faleceu 😭 parecia a professora park"),  # a look-alike, "parecia" opening its clause
    ("หิวไหม", "หิวจะตาย"),  # Thai "starving": a feeling's "ตาย"
    ("ชองซานตายไหม", "ตายแล้ว! ยังไม่ได้ดูเลย อย่าสปอยนะ"),  # Thai "oh my god, haven't watched, don't spoil" (guard_replies80)
    ("청산이 잘생겼어?", "키는 작지만 응 ㅠㅠ"),  # a yes after a Korean "but" ending to a question of no fate (guard_replies81)
    ("what are you doing?", "playing sims, cheongsan just died in a pool fire lmao"),  # a game named first
    ("is jimin ok?", "yes 😭 bts is back from the military"),  # BTS's Jimin, back from service
    ("청산이 죽어?", "근데 응 나도 궁금해"),  # "but yeah, I wonder too" (guard_replies82)
    ("ชองซานหล่อไหม", "ใช่ 😭"),  # a Thai yes to a question of no fate
    ("청산이 죽어?", "나도 궁금했는데 스포 싫어서 안 찾아봄"),  # "I wondered too, but I hate spoilers" (guard_replies83)
    ("does jimin die?", "bts jimin no lol, idk about the other one"),  # the idol's no alone
    ("청산이 죽어?", "아직 안 봤어 ㅠㅠ 응"),  # a yes after tears, the writer not having watched (guard_replies84)
    ("does cheongsan die?", "bro stop 😭 no"),  # a no after tears that talk to the asker, ask or wish (guard86)
    ("does cheongsan die?", "you guys pls stop asking 😭 no"),  # ... the whole chat asked to stop (guard_replies85)
    ("cheongsan có chết không?", "bạn hỏi làm gì 😭 không"),
    ("cheongsan có chết không?", "không biết 😭 không spoil nha"),  # "no idea", "no spoilers": no Vietnamese no (review65c)
    ("청산이 죽어?", "근데 안 봤어 아직"),  # Korean filler before "haven't watched"
    ("does cheongsan die?", "ask someone else 😭 no"),
    ("does cheongsan die?", "why would u ask that 😭 no"),
    ("does cheongsan die?", "i hope not 😭 no"),
    ("cheongsan mati ga?", "tanya yang lain aja 😭 iya"),  # ... in Indonesian, Thai, Vietnamese
    ("cheongsan mati ga?", "semoga nggak 😭 nggak"),
    ("ชองซานตายไหม", "อย่าถามเลย 😭 ใช่"),
    ("cheongsan có chết không?", "đừng hỏi nữa 😭 no"),
    ("", "no"),  # the question gone or out of reach: the reply read alone
    ("🛡️ <@1>, your message was taken down: it gives away season 1, episode 11 (S1E11). What you wrote, behind a "
     "spoiler:\n||cheong-san dies||", "ok sorry"),
])
def test_a_reply_that_commits_to_nothing_or_answers_no_spoiler_stays(question: str, answer: str) -> None:
    assert judge(answer, S1E3, READS, replying_to=question) is None


@pytest.mark.parametrize(("question", "answer", "gives_away"), [
    ("does cheongsan come back in s2?", "yes!!", Position(2, 99)),  # which episode unknown: the whole season
    ("does cheongsan come back in s2?", "ep 3", Position(2, 3)),  # an episode alone: yes, and when
    ("is namra in season 2?", "she does 😭", Position(2, 99)),
    ("청산이 시즌2에 나와?", "응 나와 ㅠㅠ", Position(2, 99)),
    ("¿cheongsan vuelve en la temporada 2?", "sí!!", Position(2, 99)),
    ("babalik ba si cheongsan sa season 2?", "oo!!", Position(2, 99)),
    ("cheongsan balik gak di season 2?", "iya di ep 3", Position(2, 3)),
    ("does gwinam come back in season 2??", "nope thank god", Position(2, 99)),
    ("o cheongsan volta na 2ª temporada?", "volta sim!!", Position(2, 99)),  # the question's word said back, then a yes
    ("does cheongsan come back in s2?", "😭", Position(2, 99)),  # tears or a skull alone answer a return asked
    ("¿vuelve namra en la temporada 2?", "💀💀", Position(2, 99)),
    ("does cheongsan come back in s2?", "s2 ep 4", Position(2, 4)),
    ("does gwinam come back??", "yeah in ep 4 omg", Position(2, 4)),  # a return asked where season 2 is on: its episode
    ("does cheongsan come back??", "yes in ep 5 of s2", Position(2, 5)),
    ("does cheongsan come back in s2?", "시즌2 5화", Position(2, 5)),
    ("does suhyeok die in s2?", "*nods sadly*", Position(2, 99)),  # a gif word or an action for the yes or the no
    ("does onjo survive s2?", "[crying gif]", Position(2, 99)),
    ("does namra die in s2?", "not her 😭", Position(2, 99)),
    ("does suhyeok die in s2?", "|yes he dies in ep 5|", Position(2, 5)),  # one bar a side hides nothing
    ("does ma-ru die?", "yeah he does 😭 ep 6", Position(2, 6)),  # a newcomer's fate is season 2's
    ("does jong-ah die?", "nodding.gif", Position(2, 99)),
    ("what happens at the end of s2 ep 5?", "HE'S BACK 😭😭", Position(2, 5)),  # an event of anyone tells the episode
    ("does ma-ru die in ep 6?", "*nods*", Position(2, 6)),  # an episode asked of a newcomer's fate is season 2's
    ("does ju-ran turn?", "[nodding gif] ep 4 😭", Position(2, 4)),  # a gif word with the episode; a turning asked
    ("does ma-ru die?", "she does 😭 in ep 5", Position(2, 5)),  # the verb said back, no yes; Ma-ru's gender unknown
    ("시즌2에서 수혁이 살아?", "ㅠㅠ 살았다", Position(2, 99)),  # a Korean stem said back after tears
    ("does suhyeok die?", "|yes in s2 ep 5|", Position(2, 5)),  # the season the answer names kept
    ("o cheongsan volta na temporada 2?", "VOLTOU 😭😭😭", Position(2, 99)),  # a return asked, said back alone
    ("what happens in 2.04?", "namra dies 😭", Position(2, 4)),  # "2.04" ends no sentence of the question
    ("마루 시즌2에서 죽어?", "ㅇㅇ ㅠㅠ", Position(2, 99)),  # a newcomer named in Hangul
    ("does namra die?", "|no, s2 ep 6|", Position(2, 6)),  # a no with the later season's episode: there
    ("does jong-ah survive?", "||no|| s2 ep 6", Position(2, 6)),  # the episode left in the clear
    ("is ju-ran ok?", "no 😭 ep 5", Position(2, 5)),  # a newcomer's episode is season 2's
    ("does jong-ah die in s2?", "fr 😭", Position(2, 99)),  # a word of agreement alone: a yes
    ("ju-ran turns in s2 ep 3 😭", "ikr", Position(2, 3)),  # ... under a remark: the remark said again
    ("¿jong-ah muere en la t2?", "no se lo merecía 😭", Position(2, 99)),  # mourning alone: the tears it is (guard_replies74)
    ("주란이 시즌2에서 죽어?", "그렇게 가다니 ㅠㅠ", Position(2, 99)),
    ("maru có chết không?", "rip 😭", Position(2, 99)),
    ("does ju-ran survive s2?", "https://tenor.com/view/rip-crying-gif-19283746", Position(2, 99)),  # a gif's page says it
    ("¿maru muere en la t2?", "qepd 😭", Position(2, 99)),  # mourning words abroad (guard_replies75)
    ("마루 시즌2에서 죽어?", "명복을 빕니다 ㅠㅠ", Position(2, 99)),
    ("does maru die in s2?", "https://giphy.com/gifs/sad-crying-rip-3o7TKr3nzbh5WgCFxe", Position(2, 99)),
    ("namatay ba si ju-ran sa s2?", "pahinga ka na 😭 fav ko pa naman", Position(2, 99)),  # (guard_replies76)
    ("du-seok có chết ở phần 2 không?", "yên nghỉ nhé 😭 my fav", Position(2, 99)),
    ("does ju-ran die in s2?", "ไปสู่สุคตินะ 😭", Position(2, 99)),  # Thai rest in peace alone: lexicon_slang's one list (fix84)
    ("maru có chết ở phần 2 không?", "có 😭 nhân vật yêu thích của tui", Position(2, 99)),  # Vietnamese "có", yes (guard78)
])
def test_an_answer_to_a_question_of_season_twos_story_gives_season_two_away(question: str, answer: str,
                                                                            gives_away: Position) -> None:
    spoiled = judge(answer, Position(2, 1), READS, replying_to=question)
    assert spoiled is not None and spoiled.spoils == gives_away and spoiled.answering


def test_an_answer_within_the_mark_stays() -> None:
    assert judge("yes", Position(1, 6), READS, replying_to="does nam-ra get bitten?") is None
    assert judge("she turns 😭", Position(1, 7), READS, replying_to="is nam-ra ok?") is None
    assert judge("yes in ep 4", Position(2, 5), READS, replying_to="is namra back in s2?") is None


@pytest.mark.parametrize(("text", "mark", "hidden"), [
    ("ep 6 reveals jong-ah is immune!!", Position(2, 4), True),  # a bare episode beside a newcomer: season 2's
    ("ep 6 reveals jong-ah is immune!!", Position(1, 12), True),
    ("yeah at the end of ep 12", Position(2, 4), False),  # season 1's, past in a season-2 channel
    ("ep 6 reveals jong-ah is immune!!", Position(2, 6), False),
    ("ep 6 reveals namra is immune, and maru is so hot", Position(2, 1), False),  # the newcomer in another clause
    ("my uni roommate cried at ep 3 lol", Position(2, 1), False),  # the writer's own university
    ("ep 5 gwinam bites, jong-ah dies", Position(2, 4), True),  # the newcomer's fate in another clause: season 2's
    ("ep 11 cheongsan dies, maru dies", Position(1, 12), True),
    ("ep 11 cheongsan dies, cant wait for maru", Position(2, 4), False),
])
def test_a_bare_episode_beside_a_season_two_character_is_season_twos(text: str, mark: Position, hidden: bool) -> None:
    assert (judge(text, mark, READS) is not None) is hidden


@pytest.mark.parametrize(("question", "answer"), [
    ("does gwinam come back after he gets bitten?", "yeah in s1 ep 6"),  # season 1's episode, as the answer says
    ("does gwinam come back after he gets bitten?", "yeah ep 6 of s1"),
    ("does gwinam come back in season 1?", "yeah ep 6"),  # asked of season 1: never the channel's season
    ("does gwinam come back??", "s1 ep 6 💀"),
])
def test_a_return_answered_with_season_ones_episode_stays_in_season_two(question: str, answer: str) -> None:
    assert judge(answer, Position(2, 3), READS, replying_to=question) is None


@pytest.mark.parametrize("text", [
    "> is so-ju gonna be ok\nno 💔",
    ">>> is the class president ok?\nnot really",
    "lol wait. is the class president ok? not really",
    "omg\n> is so-ju gonna be ok\nno 💔",
    "guys\nis nam-ra ok?? not really 😭",
    "is nam-ra ok?\nnot really 😭",  # the answer on the question's next line
])
def test_a_quoted_question_or_one_asked_in_the_same_message_is_read_with_its_answer(text: str) -> None:
    spoiled = judge(text, S1E3, READS)
    assert spoiled is not None and spoiled.answering


@pytest.mark.parametrize("text", ["> did you finish it?\nno", "is it raining there? no lol", "> cheong-san is so brave\nno"])
def test_a_quote_or_question_with_no_spoiler_stays(text: str) -> None:
    assert judge(text, S1E3, READS) is None


@pytest.mark.parametrize(("chain", "asked"), [
    (["does cheongsan die?"], "does cheongsan die?"),
    (["does cheongsan die? i hope not 😭"], "does cheongsan die? i hope not 😭"),  # the asker's own wish: still asked
    (["anyone??", "does cheongsan die?"], "does cheongsan die?"),  # a bump: the question above it
    (["4", "what ep are you on", "does onjo survive?"], "does onjo survive?"),  # an aside asked and answered
    (["no spoilers in here pls", "does cheongsan die?"], ""),  # a moderator's word is what the reply answers
    (["pls i need to know"], None),  # nothing asked yet: look further up
    (["i cried so much at that part", "does cheongsan die?"], ""),  # a remark between: the reply answers the remark
    (["ep 4"], None),  # a short answer to an aside: look further up
    (["still waiting for an answer", "does cheongsan die?"], "does cheongsan die?"),  # a bump said as a remark
    (["someone answer me pls", "does cheongsan die?"], "does cheongsan die?"),
])
def test_a_reply_under_a_bump_or_an_aside_answers_the_question_up_its_chain(chain: list[str], asked: str | None) -> None:
    assert asked_up(chain) == asked


def test_a_reply_taking_up_someone_under_a_no_spoilers_word_answers_the_question_above_it() -> None:
    chain = ["no spoilers pls i'm on ep 1", "does suhyeok survive s2?"]
    assert asked_up(chain, "he does don't worry") == "does suhyeok survive s2?"  # he: the one the question asks of
    assert asked_up(chain, "yes sorry") == ""  # agreeing with the word


@pytest.mark.parametrize(("name", "opening", "said", "asked"), [
    ("does cheongsan die??", "", "yes 😭", "does cheongsan die??"),
    ("help", "is ms park ok", "no", "is ms park ok"),
    ("watch-along", "ep 3 tonight!", "yes", ""),
    ("does cheongsan die??", "", "yeah so anyway who wants to rewatch ep 1 with me tonight", ""),  # talk, not its answer
])
def test_a_short_message_in_a_thread_answers_the_question_the_thread_asks(name: str, opening: str, said: str,
                                                                          asked: str) -> None:
    assert thread_asks(name, opening, said) == asked


def test_a_long_reply_of_a_gif_word_and_spaces_is_read_at_once() -> None:

    from bot.lore.guard_said import as_said

    with read_at_once():  # (the gif reading once took 0.7 s on 4,000 characters, growing as their square)
        assert as_said("nods" + " " * 20_000 + "x").startswith("nods")


def test_a_long_run_of_tears_under_a_fate_question_is_read_at_once() -> None:

    with read_at_once():  # (the yes after tears was looked for inside the run: 4,000 "ㅠ" took 0.9 s, 10,000 5.7 s)
        assert judge("ㅠ" * 4000, S1E3, READS, replying_to="청산이 죽어?") is None


def test_a_long_message_naming_an_episode_again_and_again_reads_as_naming_it_once() -> None:
    # (each episode named read the whole message again: 4,000 characters of "the s1 finale" took 1.5 s)
    said = "rewatched the s1 finale"
    assert judge(f"{said} " * 80, S1E3, READS) == judge(said, S1E3, READS) is None
