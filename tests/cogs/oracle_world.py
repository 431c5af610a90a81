"""The spoiler oracle's world: one bot on the local Discord with channels marked {none, 0, 3, 7, 11}
and members whose progress is {0, 5, 12}, driven by the oracle's modules (tests/cogs/test_spoiler_oracle*.py).

The oracle is split by what it drives (the character, cast and episode cards; /ask; trivia, the
other commands and season-2 news; the demo tour), each on its own bot, so pytest-xdist runs the
parts side by side: as one module it held one worker for half a minute at the end of `make test`.
Each part asserts floors on what it drove and read; together they are the whole oracle's (more
than 1,000 commands, 300 clicks, 20 autocompletes and 10,000 strings).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.clock import ManualClock
from bot.config import SyncMode
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.lore.content import bundled_pack
from bot.lore.lexicon import Lexicon, lexicon_of
from bot.sandbox import Channel, Member, Message, RateLimits, Sandbox, SandboxError
from bot.tree import APOLOGY
from tests.cogs.spoiler_oracle import Leak, Shown, Transcript, leaks

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
MARKS = (None, "0", "3", "7", "11")
PROGRESS = ("0", "5", "12")
#: The questions of the issue, and the everyday kinds fans ask: the fan furthest along asks each in every channel.
QUESTIONS = (
    "who kills Woo-jin?",
    "what is season 2 about?",
    "who is lee min-goo",
    "is gwi-nam a zombie now",
    "what happens to Cheong-san?",
    "does Nam-ra survive?",
    "who dies in episode 11?",
    "who bites Nam-ra?",
    "who is On-jo's father?",
    "who plays Park Ji-hu's character in season 2?",
    "which episode does Gwi-nam become a halfbie?",
    "who is Yong Ma-ru?",
    "who is in the season 2 cast?",
    "is Gwi-nam in season 2?",
    "who survives at the end?",
    "what weapon does Ha-ri use?",
    "does Cheong-san die in episode 11 and come back in season 2?",  # a spoiler typed in public
    "how does it end",
    "who dies",
    "was there only one survivor",
    "gwi-nam was killed by su-hyeok right",
    "who made the show",
    "how many seasons are there",
    "why is gwinam so strong",  # stop 30's new kinds: a halfbie's power, a crush, season 2's zombies
    "is daesu into hari",
    "are the zombies different in season 2",
    "is gwinam immune",  # a false premise said as far as the halfbie's episode
    "did gwinam save namra",  # a save that is not there, and what the sources have instead
    "who hid a bite",
    "whats the name of the principal",
    "does Cheong-san d\u0456e in episode 11?",  # a spoiler typed with a Cyrillic і, as Discord shows it
    "so nam_ra_becomes_a_halfbie?",  # and as a slug
    "rip cheongsan 💀 does he really die",  # spoilers typed the way fans type them: slang and emoji,
    "청산 죽어?",  # Korean,
    "onjos dad doesnt make it right",  # a relative without its apostrophe
    "why did namra kill onjo",  # a false premise: said not to be so, then what the sources say
    "why did the principal kill gwi-nam",  # roles reversed
    "the teacher who dies for nayeon, who plays her",  # a relative clause
    "is gwinam the villain",  # stop 41's new kinds: a judgement, with what the sources say of him
    "was gwinam the villain or the victim",
    "who dies at the end",  # the ending's deaths only
    "quem morre no final",  # Portuguese, read through the glosses
    "namra banjombi ya?",  # romanised Korean without a verb
    "does the dad die",  # several people fit: each named behind its own episode
    "why did onjo go back to the school",  # a motive
    "is there a kiss in season 2",  # what season 2 holds: nobody knows yet
    "is there romance in it",  # feelings and kisses, each hidden to its episode; never who ends up together
    "who was patient zero",  # the firsts, hidden to their episodes
    "was gyeong-su bitten",  # a card line with pronouns: "Na-yeon infects him on purpose and he turns" is his turn
    "did gyeongsu get infected by nayeon",
    "did woo-jin get bitten protecting his sister",  # a relative written with a pronoun
    "i just finished ep 6 and im crying who bit namra",  # stop 31's new kinds: the asker's own progress said first,
    "what is cheongsan doing in s2",  # someone's part in season 2 (his season-1 fate behind the last episode),
    "what happens to the homeroom teacher",  # a fate that says "(dies)" where its words do not
    "who saves hyoryeong after jimin leaves her",  # a moment said after the question
    "does onjo survive?? (no spoilers past ep 5 pls)",  # a plea to keep spoilers hidden, left out
    "ok but why",  # a bare follow-up, asked back
    "wait is gwinam actually dead or is he coming back in s2",  # stop 32: the s2 cast and how season 1 leaves him
    "where did the virus even come from",  # stop 32: its origin, who made it (hidden before episode 3)
    "sino pumatay kay woojin",  # stop 42's new kinds: Tagalog,
    "チョンサンは死ぬ？",  # Japanese with a katakana name,
    "did namra and onjo die together",  # two fates in one question,
    "exact episode nayeon dies?",  # a loose wording,
    "is onjo's dad confirmed for season 2",  # a relative's season-2 part (his fate behind its episode)
    "phần 2 khi nào ra",  # stop 43's new kinds: Vietnamese (never Nam-ra), with and without accents,
    "cheongsan có chết không",
    "ai giet woojin",
    "ชองซานตายไหม",  # Thai,
    "青山死了吗",  # Chinese and Japanese fates,
    "南罗最后怎么样了",
    "チョンサンは最後どうなるの？",
    "is there a new director for s2",  # season 2's makers and trailer,
    "when's the trailer",
    "the guy who likes hari, who plays him",  # a relation and a description
    "the student the archers carry, does he die",
    "stirbt cheongsan",  # stop 44's new kinds: German and French fates,
    "est-ce que namra meurt",
    "谁咬了青山",  # who bit whom in Chinese,
    "the guy hari likes",  # a crush one way and the other,
    "hari's crush",
    "is the old cast coming back for s2",  # season 2's cast asked loosely, in Tagalog and Indonesian too,
    "sino ang bago sa season 2",
    "season 2 sudah rilis?",
    "dans quel épisode meurt cheongsan",  # stop 45's new kinds: the episode of a death in French, German, Spanish,
    "in welcher folge stirbt der detektiv",
    "en qué episodio muere la mamá de cheongsan",  # relatives and role words abroad,
    "quien muere en el episodio 11",
    "who does park jihoo play in s2",  # an actor's season-2 role, back or not,
    "who does ha seung ri play in s2",
    "wer ist die beste",  # an opinion, never an award,
    "does onjo's best friend die",  # two best friends as one phrase,
    "when does part 2 come out",  # parts and the release hour,
    "a qué hora sale la temporada 2 en mexico",
    "when does it come out",  # a bare release question: season 2 first, then season 1's premiere,
    "how many eps in s2",  # season 2's episode count from the listing,
    "qui est la meilleure amie de onjo",  # best friends abroad,
    "recap s1 before s2",  # stop 46's new kinds: a season's recap, episode by episode,
    "recap of namra's arc",  # one character's story so far,
    "qué pasó en el capítulo 5",  # an episode's story abroad,
    "who is the best archer",  # a "best" the sheet can answer,
    "es verdad que la temporada 2 sale en marzo",  # a date heard and checked,
    "시즌2 1화 나왔어?",  # whether an episode is out, in Korean and with a country,
    "is ep 5 out in the philippines",
    "cheongsan zinda hai kya",  # stop 47's new kinds: fates in Hinglish, Indonesian, Tagalog, Spanish, Portuguese,
    "namra kis episode me marta hai",
    "woojin mati di episode berapa",
    "patay na ba si cheongsan",
    "cheongsan se muere o no",
    "o cheongsan morreu mesmo?",
    "is onjo cheongsan's gf",  # a relation said with a possessive,
    "who is the new one",  # season 2's newcomers,
    "who's the new girl in s2",  # (season 2's timing in the asker's language: the play part, as the news moves)
    "चेओंगसान मर जाता है क्या",  # fates in fans' own scripts, echoed as the question asked: Hindi, Arabic,
    "نامرا اتعضت؟",
    "উজিন জম্বি হয়ে যায়?",  # Bengali, Persian, Urdu and Hinglish
    "ووجین رو کشت؟",
    "کیا ووجین کو کاٹ لیا",
    "woojin ko maar dala kisne",
    "did they release a s2 poster",  # the renewal's poster (its claim names who is back) and no release poster,
    "where can i watch season 2",  # Netflix first, then the one status,
    "gwinam ki maut kis episode me hoti hai",  # a death said as a noun, and someone described, in Hinglish,
    "the class president zombie ban jaati hai kya",
    "ilang taon na si onjo",  # an age asked in Tagalog,
    "o cheongsan morre?",  # a Portuguese server's fate question,
    "namra digigit di episode berapa",  # a bite's episode in Indonesian,
    "ep 8 ending tho?? what happens",  # an ending asked of, not watched
    "수혁이 죽어?",  # stop 48's new kinds: fates, their episodes and cast answered in the asker's language,
    "귀남 몇 화에서 좀비 돼?",
    "남라 역 누가 해?",
    "ナムラは最後まで生き残る？",
    "李青山是谁演的",
    "¿nam-ra sobrevive al final?",
    "a on-jo morre no final?",
    "siapa pemeran nam-ra",
    "tiktok says namra turns in s2, real?",  # release-week hearsay: a fate heard, as far as the mark,
    "ouvi dizer que a namra morre, é verdade?",
    "my cousin spoiled me that cheongsan dies",
    "totoo bang buhay pa si cheongsan?",
    "is yoon chan-young leaving s2",  # an actor leaving season 2 (never 'Yes.', nor his part below the mark),
    "heard s2 got delayed again, real?",  # a delay or a date heard, and how sure,
    "is it true s2 drops in april?",
    "remind me how s1 ended",  # season 1 asked back before season 2,
    "¿vuelve nam-ra?",  # a return asked abroad with no season said,
    "someone said s2 has 10 eps is that true",
    "who's back from s1 in s2",
    "when does episode 1 come out",  # season 2's first episode, then season 1's premiere,
    "who is the new one in ep 5",  # that episode's newcomer,
    "¡¡VOLVIÓ CHEONGSAN!! en la t2??",  # a return typed in public in Spanish and French, echoed as asked
    "la mort du père d'onjo, c'est quel épisode",
    "my friend said",  # the closing checks' kinds: a lone hearsay lead (asks what was said, hides nothing),
    "katanya",
    "is the trailer out",  # a bare trailer question (season 2's), a claim checked ("is it true X"),
    "is it true the school was a real set",
    "a namra segue com vida?",  # states typed in Portuguese and French that the cheap pre-check had let through,
    "cheongsan n'est pas mort ?",
    "청산이 물렸어?",  # a Korean bite whose verdict is not the state's (stays English),
    "¿namra es zombi?",  # a state asked in Spanish,
    "what time does it drop in the philippines",  # an hour by country,
    "is it true filming for s2 ended",
    "how does season 1 end",  # stop 49's new kinds: the rewatch before season 2: how season 1 ends, in five languages,
    "시즌1 결말 어떻게 돼?",
    "シーズン1の結末は？",
    "第一季结局是什么",
    "cómo termina la temporada 1",
    "como termina a primeira temporada",
    "which episode should i rewatch before s2",  # which episode to rewatch, what to remember, how long it takes,
    "what do i need to remember before s2",
    "how long does a rewatch of s1 take",
    "is it worth rewatching",
    "is the kiss in ep 7 or 8",  # a scene's episode among two offered,
    "is the roof scene ep 8 or 9",
    "is the fight in ep 9 or 10",
    "is ep 5 or 6 the library one",
    "is namra's bite in ep 5 or 6",
    "when do they announce the cast",  # when something gets announced,
    "when will they announce the release date",
    "how does ep 5 end",  # how an episode or a character ends, here and abroad,
    "como termina el episodio 11",
    "how does namra's story end",
    "paano natapos si cheongsan",
    "ending nya namra gimana",
    "how does season 1 of squid game end",  # another show's ending,
    "ada yang tau cheongsan mati di ep berapa",  # Indonesian 'does anyone know',
    "who isn't coming back for s2",  # who is not coming back,
    "sino ang wala sa season 2",
    "オンジョのお父さんは何話で死ぬ?",  # answers in the asker's language: an episode of a death,
    "智敏第几集死的",
    "onjo y cheongsan son novios?",  # couples and who likes whom,
    "a onjo e o cheongsan namoram?",
    "de quien esta enamorado cheongsan",
    "o suhyeok gosta de quem?",
    "cheongsan suka sama siapa",
    "大洙喜欢谁",
    "スヒョクは誰が好き?",
    "第11集讲了什么",  # an episode's recap abroad,
    "11話のあらすじ",
    "qué pasa en el episodio 11",
    "o que acontece no episódio 9",
    "episode 11 ceritanya apa",
    "de quien es hermano woojin",  # a relative,
    "シーズン1はどこで撮影された?",  # season 1's making
    "ep 6 and the class president takes the bite for suhyeok, right?",  # rewatch-party chatter typed to /ask:
    "el profe de ciencias murió en la comisaría?",  # roles said abroad, 'N話', the half-zombie girl
    "9話で学級委員長はどうなる？",
    "half-zombie girl is back in s2 so she survived?",
    "how many days until s2",  # the late merges' kinds: countdowns here and abroad,
    "berapa hari lagi season 2",
    "시즌2 며칠 남았어?",
    "is it this friday?",  # a day counted from today,
    "did netflix confirm when s2 comes out",
    "will all episodes drop at once",
    "fecha de estreno temporada 2",  # season 2's timing asked in Spanish and Portuguese,
    "cuándo se estrena estamos muertos 2",
    "when's the new season",
    "cómo termina el webtoon",  # the webtoon's ending in another language,
    "my class president survived right?",  # a fate beside a role said as the writer's own,
    "namra survived ep 7 onwards?",
    "수혁 남라 결국 사귐?",  # Korean answers for couples, counts and recaps,
    "시즌1 몇 부작이야?",
    "4話ってどんな話?",
    "what ep is the school speakers scene",  # stop 50's new kinds: rewatchers' scenes by episode,
    "which episode do they leave the school in the rain",
    "which ep is the fire hose scene",
    "how did the bully lose his eye",  # a description where a name was read,
    "who plays the glasses guy with the drone",
    "who dies in the music room",
    "図書館のシーンは何話",
    "is it ok for my 13 yo",  # the rating, a release not yet dated, a matter of opinion,
    "is netflix announcing s2 in january",
    "can i skip ep 4",
    "rewatching s1 rn, when is s2 out",
    "when's the new season of squid game",  # another show's season, here and abroad,
    "鱿鱼游戏第三季什么时候出",
    "kapan season baru squid game",
    "will kingdom get a season 3",
    "quién es lomon",  # who-is answered in the asker's language,
    "온조 아빠 누구야",
    "温祚的爸爸是谁",
    "ナムラって誰",
    "sino si gwinam",
    "quem é o irmão da hari",  # a relative's lead in Portuguese and Indonesian,
    "siapa kakak ha-ri",
    "what ep does cheongsan try to jump off",  # a scene the show's end shadows,
    "who is teacher byeong-chan",
    "조이현 죽어?",  # a fate asked by the actor's name,
    "lomon selamat gak",
    "南罗为了秀赫被咬了吗",  # Chinese and Japanese sentences run together, typed in public (echoed as asked),
    "I-sak变成丧尸；警察审问 Byeong-chan是第几集？",
    "第十一集清山死了吗？朴老师呢",
    "ナムラは半ゾンビ。チョンサンは死んだ？",
    "¿en qué capítulo es la escena de la manguera?",  # scenes, ratings and news asked abroad (lang53),
    "anong episode yung sa broadcasting room",
    "episode berapa adegan di perpustakaan",
    "¿es apta para mi hijo de 13?",
    "ada kabar season 2?",
    "was the s2 cast announced in july 2025",  # a dated announcement (fix50c),
    "did season 2 wrap in january 2026",
    "how long has it been since season 1 came out",  # stop 51's new kinds: time since season 1 and between things,
    "시즌1 나온 지 얼마나 됐어?",
    "how long between the webtoon and the show",
    "who is confirmed for s2",  # who is confirmed for season 2, who survives (hidden past the mark),
    "who makes it to the end of s1",
    "who survives ep 12",
    "what has cheong-san been through so far",
    "is it confirmed namra is a halfbie",  # 'is it confirmed X' claims, of a fate and of season 2,
    "남라 반좀비 확정이야?",
    "is it confirmed that s2 brings cheongsan back",
    "ep 11 confirmed deaths",  # an episode's confirmed deaths,
    "who starred in season 1",  # what an actor has been in, by a character's name too,
    "what has na-yeon been in",
    "로몬 나온 작품",
    "qui est l'actrice qui joue namra",  # French, German, Thai and Vietnamese asks,
    "la saison 2 est confirmée ?",
    "gibt es eine staffel 2",
    "c'est pour quel âge",
    "cheongsan chết ở tập mấy",
    "ชองซานตายตอนไหน",
    "1화 몇 분이야?",  # lengths, ratings and announcements answered in Korean, Japanese and Chinese
    "何歳から見られる？",
    "第二季什么时候宣布的",
    "wer ist nam-ra eigentlich",  # stop 52's new kinds: German answered in German (lang57), a fate at the end,
    "ist cheongsan am ende tot",
    "シーズン2は決定？",  # the renewal said in every answer language (its claim names who is back),
    "ada season 2 nya?",
    "is s2 the last season",  # the waiting weeks' asks (ask75): a last season, where it streams, the wrap
    "시즌2 넷플릭스에서 해?",
    "when did s2 filming end",
    "남라 어떻게 돼?",  # lang59: what happens to someone said in the asker's language, hidden as in English,
    "was passiert mit so-ju",
    "¿qué le pasa a nam-ra?",  # stop 53's (lang59): more of them, and who survives (and once season 2 is out: the play part)
    "qui survit",
    "my bf told me mijin survives is he lying",  # stop 57's (ask88, ask89): a claim doubted ("That's true." behind its episode),
    "mon pote dit que cheongsan meurt, c'est vrai ?",
    "was cheolsu lying when he said no one else survived",  # what a character told, behind its episode,
    "who is hari dating",  # a crush behind its episode,
    "is the finale out",  # the last episode out, and how season 1 came out
    "was cheolsu lying when he told the crew everyone was dead",  # stop 58's (ask90, ask91, fix64, fix65): his claim,
    "temenku bilang namra mati, hoax ga?",  # a friend's claim doubted in Indonesian (a verdict behind its episode),
    "is gwinam the new villain in s2",  # not in the season 2 cast (which tells his fate: behind its episode),
    "how does gwinam lose his eye",  # how, never the fans' label for him,
    "who lost his eye",
    "is season 2 over?",  # the season's parts, out or not
    "is part 2 out?",
    "누가 귀남이 눈 찔렀어?",  # stop 59's (ask92-94, fix70): who did what told in Korean, behind its episode,
    "철수가 구조대한테 다 죽었다고 한 거 거짓말이야?",
    "did cheolsu lie to the crew",  # a lie answered only where a source tells it,
    "who got stabbed in the eye",
    "¿quién es el villano de la temporada 2?",  # season 2's untold line in the asker's language
    "시즌2 끝났어?",
    "did namra betray suhyeok",  # stop 60's (ask95): a betrayal no source tells, "I don't know" echoing the two named
    "who betrayed onjo",  # no one told betraying her: "I don't know" echoing the name, hidden as the question is,
    "who got stabbed in the back",  # the abandonments the sources tell, each behind its episode
    "does yong maru come back in s2",  # stop 61's (ask97-99): a newcomer "not back", the cast line's part behind bars,
    "¿quién traicionó a onjo?",  # a betrayal's "I don't know" in the asker's language, echoing the name,
    "남라 문 사람",  # who bit Nam-ra, told in Korean behind its episode,
    "who did cheongsan protect",  # a protect question never answered with a bite,
    "what time does it drop in new york",  # a two-word city's hour
    "¿quién mató a woojin?",  # stop 62's (ask100-103, fix82): a deed told in the asker's language, behind its episode,
    "우진이 죽인 사람 누구야",  # the 이 re-ask, its deed line showing which reading was taken,
    "quem matou o diretor",  # the principal's killing, never the show's director's news,
    "siapa yang digigit gwinam",  # an Indonesian passive, each bite behind its episode,
    "sulit ba panoorin ang season 2",  # an opinion said so in Tagalog, spoiling nothing,
    "what time in canada is the trailer",  # the trailer's day, never the season's hour
    "who didnt die",  # stop 63's (ask104-106, fix85): the survivors, behind the finale,
    "who did gwinam kill",  # a bite that turns counts as a killing, each victim behind its own episode,
    "why didn't namra die",  # what happened to her instead, behind its episodes,
    "la chica del arco",  # a person described in the asker's language,
    "is cheong-san in episode 99",  # an episode that does not exist, said so
    "who did cheongsan kill",  # no killing told: what the sources do tell, each behind its episode,
    "whats gwinams body count?",  # his victims, never his own death
    "why didnt suhyeok die in ep 3",  # stop 64's (ask108-111): a survival asked within one episode,
    "why didn't namra die in ep 6",  # what changed her there, behind that episode,
    "who is the archer",  # two people fit: each behind their own episode,
    "who is the teacher who died",  # a "which one?" reply hides its candidates as far as the description spoils,
    "who is the girl who died",  # the girls who die, never one who lives on,
    "is onjo in episode 0",  # an episode that does not exist, said so
    "does the archer die",  # a description fitting two: each one's fate behind its own episode,
    "which girls die",  # the girls and women who die, each behind her episode,
    "who is the student",  # several fit: asked which one, never one picked
    "does every student die",  # stop 65's (ask115-117, fix89-90, review65c): a group's fate, its "No." behind the finale,
    "are both the teachers dead",  # each teacher's death behind its own episode,
    "do all the parents die",  # the parents the sources name, each behind their episode,
    "what boys died in ep 8",  # one episode's deaths of one sex, by the victim,
    "what girls died in ep 5",  # none named: said so, naming no one,
    "who returns in season 2",  # the returning cast behind season 1's end,
    "is episode 8 out yet",  # the release question, season 2's episode once it is out,
    "what happens in ep zero of season 2",  # an episode that does not exist, said so
    "does every classmate survive",  # a group's "No." and its survivors, behind the finale,
    "did all the halfbies die",  # the halfbies whose end no source tells, each behind their episode,
    "do all the archers die",  # stop 66's (ask118-120): a described group's fate, each one behind their episode,
    "do both archers survive",
    "the archer girl dies?",
    "sino yung archer na babae",  # a description in Tagalog, never named before her episode,
    "which teachers die",  # a group's members, each behind their episode, and one sex's,
    "which boys die",
    "which girl did gwi-nam bite",  # his bites of one sex, each behind its episode,
    "se mueren todos los profes??",  # group fates in Spanish, Portuguese, Indonesian, Tagalog and Korean,
    "todas as meninas morrem?",
    "semua cewek mati?",
    "namatay ba lahat ng students?",
    "학생들 다 살아?",
    "everyone dies in the end right?",  # a claim of everyone's end,
    "regresa cheong-san en la temporada 2?",  # a return asked in Spanish (his fate behind the finale),
    "did gwinam kill everybody",  # no one killing everyone: said so, his name hidden as the question is
    "which girl did gwinam bite in ep 6",  # stop 67's (ask121, fix101): his bites in one episode, behind it,
    "who did gwinam bite in ep 11",
    "¿a qué chica mordió gwi-nam?",  # and of one sex asked in Spanish and Tagalog, each behind its episode,
    "sinong babae kinagat ni gwinam",
    "which girl bit gwinam",  # a bite the other way: none told, never Cheong-san's goodbye,
    "do the teachers all die lol",  # a group's "all" said after it, each teacher behind their episode,
    "which teacher dies saving na-yeon",  # a teacher described by her deed, never named before her episode,
    "sino yung teacher na lalaki na gumawa ng virus",  # and by his, in Tagalog,
    "반좀비들 다 죽었어?",  # the halfbies' fate in Korean,
    "do the cops die",  # a group the sources never draw up,
    "cuando sale la t2",  # season 2's timing in Spanish, season 1's finale, an episode out by country or service,
    "did the season 1 finale come out",
    "5화 나옴?",
    "is episode 5 out in the us",
    "is episode 3 on netflix",
    "do the kids die",  # stop 68's (ask122-123, fix105-106, review67d): a group's fate, each one behind their episode,
    "do the boys survive??",
    "do the girls survive",  # some do, Nam-ra a halfbie (behind her episodes),
    "namatay ba yung mga bata",  # the kids' fate in Tagalog and the parents' in Spanish,
    "¿mueren los padres?",
    "which teacher dies in ep 3",  # one episode's teacher, student or adult, behind it,
    "whos the teacher that dies in ep 4",
    "which teacher dies in episode 13",  # an episode that does not exist, said so,
    "which student dies in episode 3",
    "which adult dies in ep 3",
    "does the teacher who saves nayeon die",  # a teacher described by her deed, in English and in Spanish,
    "¿muere la maestra que salva a na-yeon?",
    "vuelve gwinam en el ep 5?",  # a return within season 1, in Spanish, and when one comes back,
    "when does nam-ra come back",
    "is ep 5 good",  # an opinion of an episode, spoiling nothing
    "선생님 중에 누가 먼저 죽어?",  # stop 69's (ask124, fix113, review69b): who dies first, of all, of the teachers
    "quien muere primero??",  # or the girls, in the asker's language, each behind its episode,
    "quem morre primeiro?",
    "¿qué chica muere primero?",
    "guru mana yang mati duluan?",
    "the one who bit namra - gwinam right?",  # a guess after a dash: the bite told again, behind its episode,
    "the archer who dies - minjae right?",  # (his death echoed in the clear at mark 7 and progress 5: oracle70)
    "the one who bit namra - not gwinam right?",  # (a guess saying "not", asked plainly: review70e)
    "the teacher who saves nayeon - does she die",  # a described teacher's fate, never named before her episode,
    "who is the male teacher that dies in ep 4",  # one episode's teacher, by sex, abroad too,
    "giáo viên nào chết ở tập 3",
    "does yoon chan young die in this movie",  # an actor's fate in 'the movie' (the series),
    "vuelve gwinam en el ep 6?",  # returns: within season 1, in Spanish, and when one comes back,
    "which ep does namra come back",
    "sino sino ang nabuhay sa dulo",  # the survivors in Tagalog, a relative's fate in Indonesian,
    "orang tua cheong-san mati gak",
    "is season 2 out",  # season 2's one status (not out on the oracle's day)
)
LORE = {"cast", "character", "episode", "ask"}
SETUP = {"progress", "spoilers"}
#: Commands Discord shows only to members who may manage the server (default_member_permissions).
MODERATORS = {"triviaset", "season2set", "spoilers", "lore"}


@dataclass
class Run:
    """What the oracle saw: its size, and everything that went wrong."""

    invocations: int = 0
    clicks: int = 0
    autocompletes: int = 0
    strings: int = 0
    leaks: list[Leak] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    tour_strings: int = 0
    tour_leaks: list[Leak] = field(default_factory=list)

    def report(self) -> str:
        return (
            f"{self.invocations} commands, {self.clicks} clicks, {self.autocompletes} autocompletes; "
            f"{self.strings} strings checked"
        )


@dataclass
class World:
    h: Harness
    channels: dict[str | None, Channel]
    fans: dict[str, Member]
    run: Run
    transcript: Transcript

    async def invoke(self, member: Member, channel: Channel, path: tuple[str, ...], options: dict[str, Any]) -> Message | None:
        self.run.invocations += 1
        try:
            reply = await self.h.discord.invoke(member, channel, path[0], *path[1:], options=options, timeout=10)
        except SandboxError as exc:
            self.run.apologies.append(f"/{' '.join(path)} {options}: {exc}")
            return None
        if APOLOGY in reply.text:
            self.run.apologies.append(f"/{' '.join(path)} {options}: {reply.text[:200]}")
        return reply

    async def click(self, member: Member, message: Message, custom_id: str) -> Message | None:
        self.run.clicks += 1
        try:
            return await self.h.discord.click(member, self.h.discord.message(message.id), custom_id, timeout=10)
        except SandboxError:
            return None  # a closed question, an answer already given: not what is checked here


def leaves(commands: list[dict[str, Any]]) -> list[tuple[tuple[str, ...], list[dict[str, Any]], bool]]:
    """(path, options, allowed in DMs) of every invocable command the bot synced."""
    out: list[tuple[tuple[str, ...], list[dict[str, Any]], bool]] = []

    def walk(path: tuple[str, ...], options: list[dict[str, Any]], in_dms: bool) -> None:
        subs = [o for o in options if o.get("type") in (1, 2)]
        if not subs:
            out.append((path, options, in_dms))
        for sub in subs:
            walk((*path, sub["name"]), sub.get("options") or [], in_dms)

    for command in commands:
        if command.get("type", 1) == 1:
            walk((command["name"],), command.get("options") or [], 1 in (command.get("contexts") or []))
    return out



def lore_arguments(path: tuple[str, ...]) -> list[dict[str, Any]]:
    pack = bundled_pack()
    if path == ("character",):
        return [{"name": f"character:{cid}"} for cid in pack.characters]
    if path == ("cast",):  # a character's cast card is its actor's name: a few of them, and every actor
        some = ("nam-on-jo", "lee-cheong-san", "yong-ma-ru")
        return [{}, *({"name": f"character:{cid}"} for cid in some), *({"name": f"person:{pid}"} for pid in pack.people)]
    if path == ("episode",):
        return [{"number": f"S1E{n}"} for n in range(1, 13)]
    return [{"question": q} for q in QUESTIONS]


async def lore_matrix(world: World, path: tuple[str, ...], in_dms: bool) -> None:
    """Every argument publicly and privately. The fan furthest along (whom a reply at the asker's
    progress would betray) asks in every channel and the others in a channel that rotates with the
    argument, so across the arguments every (mark, progress) pair is covered; each fan clicks "Show
    me privately" once per argument (in that rotating channel; /ask's fan furthest along, in every
    channel) and asks in their DMs."""
    channels = list(world.channels.values())
    for index, options in enumerate(lore_arguments(path)):
        for number, (progress, fan) in enumerate(world.fans.items()):
            rotating = channels[(index + number) % len(channels)]
            furthest = progress == PROGRESS[-1]
            for channel in channels if furthest else [rotating]:
                reply = await world.invoke(fan, channel, path, options)
                if reply is not None and reply.buttons and (channel is rotating or (furthest and path == ("ask",))):
                    await world.click(fan, reply, str(reply.buttons[0]["custom_id"]))
            if in_dms:
                await world.invoke(fan, world.h.discord.dm_channel(fan), path, options)


async def open_world(stack: contextlib.AsyncExitStack, workdir: Path, **overrides: Any) -> World:
    """A bot (commands synced globally, as in production) whose channels are marked and whose fans
    have said their progress, publicly and in their DMs; it stops when `stack` closes."""
    clock = ManualClock(START)
    # Rate limits are the sandbox's own tests' business: here they would only add waiting.
    discord = await stack.enter_async_context(Sandbox(clock=clock, rate_limits=RateLimits.unlimited()))
    h = await stack.enter_async_context(Harness.start(workdir, clock=clock, sandbox=discord, sync=SyncMode.GLOBAL,
                                                      **overrides))
    channels: dict[str | None, Channel] = {None: h.general}
    for mark in MARKS[1:]:
        channels[mark] = h.discord.add_channel(h.guild, f"marked-{mark}")
    fans = {p: h.discord.add_member(h.guild, f"fan-at-{p}", permissions=MEMBER_PERMISSIONS) for p in PROGRESS}
    world = World(h, channels, fans, Run(), Transcript(h.discord, h.db_path))
    for mark, channel in channels.items():
        if mark is not None:
            await world.invoke(h.moderator, channel, ("spoilers",), {"up_to": mark})
    for progress, fan in fans.items():
        await world.invoke(fan, h.general, ("progress",), {"watched": progress})
        await world.invoke(fan, h.discord.dm_channel(fan), ("progress",), {"watched": progress})
    return world


def scanned(run: Run, lexicon: Lexicon, shown: list[Shown]) -> Run:
    """`run` with what was shown read by the lexicon. Called once the bot has stopped: the scan of
    thousands of strings holds the loop for seconds (over 40 under load), which would block the
    bot's gateway heartbeats if it still ran on it."""
    run.strings = len(shown)
    run.leaks = leaks(lexicon, shown)
    return run


def listed(items: list[Any]) -> str:
    distinct = list(dict.fromkeys(str(i) for i in items))
    return f"{len(items)} problem(s), {len(distinct)} distinct:\n" + "\n".join(distinct[:40])


async def lore_run(workdir: Path, commands: set[str]) -> Run:
    """A bot driven through the lore `commands` with every argument, in every marked channel, by every
    fan, publicly and privately; what it showed, scanned once the bot has stopped."""
    lexicon = lexicon_of(bundled_pack())
    async with contextlib.AsyncExitStack() as stack:
        world = await open_world(stack, workdir)
        for path, _, in_dms in leaves(world.h.discord.registered_commands()):
            if path[0] in commands:
                await lore_matrix(world, path, in_dms)
        shown = world.transcript.read()
    return scanned(world.run, lexicon, shown)


def spoils_nothing(run: Run, invocations: int, clicks: int, strings: int) -> None:
    """The oracle's verdict on a part: everything was really driven (no apology, at least the floors
    given), and nothing any audience saw gives away more than it may see."""
    print(run.report())
    assert not run.apologies, listed(run.apologies)  # every command and button was really driven
    assert run.invocations > invocations and run.clicks > clicks, run.report()  # (no assert rewriting here)
    assert run.strings > strings, run.report()
    assert not run.leaks, listed(run.leaks)
