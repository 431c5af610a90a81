"""Spoilers given by answering: the spoiler guard on answers read with the question they answer.

A member asks ("is nam-ra ok at the end?") and another answers by a Discord reply ("no"), by quoting
the question ("> does cheong-san live?\\nnope") or in the same message ("is the class president ok?
not really"). Each row of bench/guard_replies52.yaml (and 53, whose answers also reply under a bump or sit in a thread; and 54,
whose questions are gone, taken down or deleted, in bars, or edited after the answer) gives the question, the answer, the form, the
channel's mark and the episode the answer gives away read with its question (0: nothing; "S2E3" or "S2", season 2
at an episode or at one unknown; 55's plain answers follow the question, sent plainly, after the messages between). The guard
must take the answer down when that episode is past the mark and leave every other answer up.

Figures: missed (a spoiling answer left up) / harmless taken down.
- guard_replies52 (70 rows, 42 spoiling, 28 harmless), blind (the guard reading each message alone):
  33 / 0 (31 of 32 replies missed: the answer alone names nothing); after reply52's reading of answers
  (bot/lore/guard_answers.py) 1 / 1; after reply53 0 / 1.
- guard_replies53 (64 rows, 36 spoiling, 28 harmless; forms chain and thread besides), blind 21 / 7; after
  reply53 (other languages' yes and no, emoji alone, reactions, reply chains, threads) 0 / 2.
- guard_replies54 (32 rows, 19 spoiling, 13 harmless; forms taken_down, deleted, barred and edited), blind
  13 / 0; after reply54 (what the guard took down, or a moderator deleted, kept a few minutes in memory and
  read with the answers to it; a question's edit reads its replies again) 0 / 0.
- guard_replies55 (52 rows, 28 spoiling, 24 harmless; form plain besides, marks and truths of season 2), blind 26 / 1;
  after guard55 (a plain bare answer read with the channel's last question, another member's, just above it:
  bot/lore/guard_recent.py; a question of season 2's story answered gives season 2 away; 💀 under a joke laughs) 0 / 0.
- guard_replies56 (50 rows, 23 spoiling, 27 harmless; plain rows with bots' lines between, edits, another channel),
  blind 11 / 2; after guard56 (a bot's line noted, an edit kept, an asker's follow-up read as their first question,
  plain answers of up to 7 words that open as answers, a yes to a fate asked in any language) 0 / 0.
- guard_replies57 (46 rows, 16 spoiling, 30 harmless; lines under who / when / which questions), blind 4 / 13; after
  guard57 (a greeting, the writer's clock, a link, laughter in any language, "wait what" or "ask in #spoilers" answers
  no question, nor "yes" / "ok thx" / 😭 under one that opens asking who or when) 4 / 0, the four misses questions the lexicon does not read (Korean, Spanish, Tagalog, Portuguese).
- guard_replies58 (30 rows, 19 spoiling, 11 harmless; French and German who / when questions, roles said as noun
  phrases, "he dies" under "what happens to X?"), blind 13 / 1; after guard58 (French and German question words, a
  role noun phrase of up to 7 words answers plainly, the pronoun carries the name "what happens to" asks of, French
  and German laughter, greetings and "je sais pas") 1 / 0; guard_replies57 1 / 0 -> 0 / 0.
- guard_replies59 (57 rows, 27 spoiling, 30 harmless; season 2's release night on a busy server, plain answers whose
  question is edited after them: `edited_after`, `edit_gap`), blind 10 / 4; after guard59 (a question's edit reads the
  fresh plain answers under it again; jokes under who; tears beside bars; filler before a question; the answer on the
  next line; a yes going on with the episode or fate; a word said back with a yes) 2 / 0.
- guard_replies60 (34 rows, 17 spoiling, 17 harmless; a yes followed by a wish aimed at the reader, a name after "my
  girl" / "my god" under who), blind 13 / 0; after guard60 (a wish to the reader no longer hides the answer before it;
  a name after the writer's fondness or surprise answers who; "patay" a fate) 2 / 0.
- guard_replies61 (30 rows, 14 spoiling, 16 harmless; tears beside bars or alone under fate and other questions, "my poor
  cheongsan", "hope u have tissues", laughed-at noun phrases under who), blind 10 / 1; after guard61 (a skull or tears,
  alone or beside bars, answer only a fate asked; "my + fond word + name" answers who; a wish to the reader about
  sadness promises tears; a laughed-at noun phrase is a joke only when of the chat's world) 0 / 0.
- guard_replies62 (38 rows, 19 spoiling, 19 harmless; form bare besides: a message alone, no question; an episode for an
  answer under a fate question, a return told as news, a lone emoji under a return question, other languages' answers),
  blind 5 / 2; after guard62 (an episode alone, guessed or hedged answers a closed question, not the writer's word on
  one; tears or a skull alone answer a return asked; a return asked with no season in a channel past season 1 is of
  the season it is in; "hindi ko alam", "não sei", "no lo he visto", "belum nonton" commit to nothing) 1 / 0.
- guard_replies63 (38 rows, 20 spoiling, 18 harmless; older "I don't know" words after a yes or a fate, Korean,
  Japanese and Chinese episodes for an answer), blind 15 / 0; after guard63 (an "I don't know" refuses when it is what
  the answer says, opening it or all of it after a yes or no, not after a yes, a no or a fate with a question word or
  a thing beside it; Korean, Japanese and Chinese episodes read as "ep N": bot/lore/guard_episodes.py) 0 / 0.
- guard_replies64 (49 rows, 25 spoiling, 24 harmless; a fan behind telling a fate heard, a yes then "idk man" and sorrow,
  names under "who dies first?", emoji, "spoiler:" without bars, bars open or hiding nothing), blind 13 / 0; after guard64
  (a fate heard answers whatever place the writer gives first; sorrow after a yes and "idk" is feelings; emoji before a
  yes, "spoiler:" and open bars set aside) 1 / 0, the miss a plain answer four chat lines below its question.
- guard_replies65 (46 rows, 22 spoiling, 24 harmless; hearsay both ways and in other languages, "spoiler:" and bars with
  no answer behind them, yeses and tears under questions of no fate, who answered with the chat's own people), blind
  6 / 0; after guard65 ("they say", "people say", French "qu'" and Korean "그렇대" / "아니래" heard; a name heard under
  who; a yes to a death no one meets reads the bite: "does namra die?" "yes"; Korean "안 죽어" a no to "죽어?") 1 / 0,
  the miss "el profe", which the lexicon does not read.
- guard_replies66 (46 rows, 23 spoiling, 23 harmless; fans' words for the characters, "el profe", "la presi", "반장",
  "쌤", "o professor", Japanese 死なない / 死ぬよ / 生きてる, a yes then chatter on the next lines, a plain answer four or
  five lines below its question, and their look-alikes), blind 13 / 0; after guard66 (a Japanese fate said back or
  negated answers the fate asked; a role answering who up to five words; an answer saying the question's verb back
  reaches six lines up; the lexicon reads the fans' words) 0 / 0; guard_replies64 and 65 1 / 0 -> 0 / 0.
- guard_replies67 (46 rows, 23 spoiling, 23 harmless; guard66's readings hunted: a verb said back to a newer question
  four to six lines up, "yeah he does" about liking, role words of the writer's world, 死ぬほど, 生きてる？, a song
  "back in s2e2"; guarded channels of season 2's release weeks), blind 1 / 2; after guard67 (laughter beside an answer
  saying the verb back; a song, the opening or a set back in a later episode is no story) 0 / 0; 52-66 identical.
- guard_replies68 (46 rows, 26 spoiling, 20 harmless once three reactions naming an episode were ruled spoilers; "yeah he
  does" agreeing with the chat's statement under a fate question, season-1 channels getting season-2 talk in slang and
  abroad, part-2 talk in a part-1 channel, reactions without names, gif words and emoji, bars used wrongly, season 2's
  newcomers), blind 12 / 5; after guard68 ("does" agreeing with a statement of a person below the question; gif words,
  actions, "not her" and one bar a side said as the answer they are; a newcomer's fate asked and answered; "응 죽어"
  said back; an event under "what happens at the end of <episode>?") 0 / 0; 52-67 identical.
- guard_replies69 (47 rows, 17 spoiling, 30 harmless; guard68's readings hunted for over-reads: "*nods*" to a watch
  party, "not her 😭" of a cosplay, "maru" a dog or a floor, "temp" a temperature, "part 2" of a reaction video, "HE'S
  BACK" of a cast member), blind 2 / 2; after guard69 (an episode asked of a newcomer's fate is season 2's; a gif word
  naming the episode; "does X turn?" answered; "turns into a banger" no turning) 0 / 1; 52-68 identical.
- guard_replies70 (48 rows, 22 spoiling, 26 harmless; "my sister ..." then "yeah he does", Ma-ru with either pronoun,
  "HE'S BACK" of an actor at the premiere, a fate question three lines up with a who-question between, "ㅠㅠ 살았다",
  "NOOO ella no", "buhay siya!!", season-1 channels and part-1 channels getting later talk, bars used wrongly), blind
  9 / 2; after guard70 (a chat person's word says their gender; a "does" said back, with no yes, is one; a closed answer
  skips a who-question between; a premiere one goes "at" is the cast's evening) 2 / 0; 69 0 / 1 -> 0 / 0; 52-68 identical.
- guard_replies71 (48 rows, 23 spoiling, 25 harmless; guard70's readings hunted for over-reads: "my roommate" / "my
  grandpa" then "yeah he does", Korean words sharing a fate verb's syllable, single bars as separators, actors "back" at
  events, "s2 ep 1 in class 💀", "2.03" as a version; the leftovers' neighbours: "VOLTOU", "what happens in 2.04?"), blind
  8 / 4; after guard71 (more of the chat's people and their genders; a class screening no story; a return asked in one
  word said back; a number's point ends no question) 4 / 0; 70 2 / 0 -> 1 / 0; 52-69 identical.
- guard_replies72 (48 rows, 25 spoiling, 23 harmless once one truth was set to guard_replies55's ruling; the newcomers in
  Hangul, "||no|| s2 ep 6", role fates in a line, agreement words in six languages a few lines under a fate question,
  season-2 talk in season-1 channels, part-2 talk in a part-1 channel, actors' news), blind 11 / 1; after guard72 (the
  newcomers' Hangul names and roles; a no or an episode alone with the episode under a fate asked; a word of agreement
  alone agrees with a remark between) 2 / 0; 71 4 / 0 -> 2 / 0; 52-70 identical.
- guard_replies73 (40 rows, 17 spoiling, 23 harmless; guard72's readings hunted for over-reads: 마루 the floor, pets and
  friends named for the newcomers, the real NIS, a classmate "outspoken girl", a no or "ep 5" answering another line,
  agreement words after remarks harmless and spoiling, after another's fate answer), blind 4 / 1; after guard73 (a word of
  agreement alone a yes under a question, the remark said again under a remark; a fate answer between no remark) 0 / 1;
  72 2 / 0 -> 1 / 0; 52-71 identical.
- guard_replies74 (47 rows, 19 spoiling, 28 harmless; stop 60's leftovers: mourning alone under a fate asked in seven
  languages, "rip", a reaction gif's page, pets, relatives, idols and classmates named like characters, "she didn't
  deserve that" of real people and other shows, reactions under questions of no fate), blind 12 / 12; after guard74 (a
  newcomer's name beside a pet word or an age and the writer's own word is theirs; mourning alone or a gif's page naming it
  is tears; a question of the chat's own relative; an outcry under another's remark) 0 / 0, 54 rows with seven over-read
  probes 0 / 0; 73 0 / 1 -> 0 / 0; 52-72 identical.
- guard_replies75 (51 rows, 25 spoiling, 26 harmless; guard74's readings hunted: "my maru" beside a name of the story,
  pets and kin named like season 1's dead, mourning words and gif pages abroad, "rip" under an actor's news, the chat's own
  people in six languages, "rip my sleep" abroad and beside a death), blind 11 / 8; after guard75 (a pet word or an age
  with the writer's own word right by any name is theirs unless another of the story is named; "qepd", "turut berduka",
  "명복을 빕니다", "tội quá"; crying gifs abroad; a surname never cut from its given name) 0 / 0, 55 rows with four
  over-read probes 0 / 0; 52-74 identical.
- guard_replies76 (45 rows, 23 spoiling, 22 harmless; stop 61's leftovers: mourning beside "my fav", "최애", "bias" under a
  fate asked in seven languages, the same of a real celebrity, a pet or another show's fav, pets, kin and friends that
  look like a character dying, a look-alike or a cosplayer beside the character's own death), blind 14 / 7; after guard76
  (more mourning words and the writer's fondness beside them; one of the writer's own that looks like a character is
  theirs unless another of the story is named or the character's own clause follows) 1 / 0, the miss "min-jae the
  archer" (a role after the name); 50 rows with five over-read probes 1 / 0; 52-75 identical.
- guard_replies77 (46 rows, 21 spoiling, 25 harmless; guard76's readings' over-reads: the mourning words of a real actor,
  an idol's retirement, a pet, a grandparent, "rest easy" of sleep, "pahinga ka na" to a tired friend, "tenang di sana"
  of a place; pets and grandparents that look like a character dying, a look-alike who is the character; roles after
  names, "min-jae the archer"), blind 4 / 3; after guard77 (a role right after a name describes it; "era mi favorito",
  "my fav dad"; grandparents and strangers that look like a character; rest said of the living) 0 / 0; 51 rows with five
  over-read probes 0 / 0; 52-75 identical, 76 1 / 0 -> 0 / 0.
- guard_replies78 (48 rows, 23 spoiling, 25 harmless; guard77's readings hunted: fondness under a fate asked of a name
  with a role after it in eight languages, rest words to a survivor, grandparents that looked like a character, rest of
  the living, BTS's Jimin), blind 4 / 5; after guard78 ("he looked like", "se parecía a" alone; Vietnamese "có") 2 / 3;
  52-77 identical; after guard79 0 / 2.
- guard_replies79 (52 rows, 25 spoiling, 27 harmless; guard78's readings hunted and the release weeks' one-word and
  emoji answers: Thai fates said back, Tagalog "oo 😭 fav ko pa", BTS's Jimin, a look-alike in Portuguese, "died laughing",
  lyrics, a Sims game, the webtoon), blind 3 / 3 (45 rows); after guard79 (a Thai question by its particle, its fate said
  back or denied; a Tagalog subject put first; an idol named by the group in the answer; "parecia" opening its clause)
  1 / 1; 52-77 identical; after guard80 1 / 0.
- guard_replies80 (52 rows, 27 spoiling, 25 harmless; guard79's readings hunted: Thai particle questions of no fate and
  "ตาย" slang, Thai "who", "died laughing" then a death, games named first, BTS's Jimin, "both 😭", look-alikes, Ha-ri's
  archery praised), blind 4 / 9 (45 rows); after guard80 (Thai "who" and "haven't watched", a yes after "but", a game's
  clause, laughter before a skull in Spanish, Vietnamese and Thai, "looked like he was dying", one's archery, an idol back
  from the military) 4 / 0, the misses "bts jimin yes, the class 2-5 jimin no", a Korean yes after tears, "i'm dying 😭
  yes" and a bare "hari's archery club joins ..." (missed on main too); 52-79 otherwise identical.
- guard_replies81 (44 rows, 24 spoiling, 20 harmless; guard80's readings hunted for misses: a game named first going on
  to the show without "but", "i was dying when X died", Thai "ตายแล้ว" then a death, the military's bombing, yeses after
  Korean, Tagalog and Indonesian "but"), blind 10 / 2; after guard81 (a game's clause ends at the watching beside it,
  "meanwhile", a ";" or the show by name; a yes after a Korean "but" ending or the writer's tears; "muriera", "binomba")
  0 / 2, left Thai "ตายแล้ว ชองซานหล่อมาก" (oh my god, so handsome) and "me morí de risa con gyeongsu en el ep 1 💀";
  guard_replies80 4 / 0 -> 3 / 0, 52-79 identical.
- guard_replies82 (42 rows blind, 23 spoiling, 19 harmless, then 9 over-read probes; guard81's let-through readings hunted:
  a game named with the company it was played in, laughter, BTS's Jimin beside the show's, "근데 응", Thai yeses, a yes after
  "but" in five languages), blind 9 / 1; after guard83 (a game's clause ends with its company; an idol only outside a
  sentence naming the show; Thai "ใช่", Vietnamese "nhưng", Korean "나도 궁금해") 0 / 0 (51 rows); 52-81 identical.
- guard_replies83 (40 rows blind, 22 spoiling, 18 harmless once a fate asked again was ruled a spoiler, then 15 over-read
  probes; guard83's let-through readings hunted: a fan's "my cheongsan" after a game's company, Korean "나도 궁금했어"
  then the fate, BTS named in one sentence and the show's Ji-min's death in the next, a roll-call of the whole class,
  Thai "ตายแล้ว" and "me morí de risa"), blind 9 / 2; after guard84 (only the game's world keeps its clause going past
  its company; a fate told apart from the group and its stage is the show's Ji-min's; "죽더라"; Thai "ตายแล้ว" opening
  feelings; Korean "결국", "근데", "나도 궁금했는데" as an answer's filler; a split answer "X yes, Y no"; laughter at
  someone "en el ep 1 💀") 0 / 0 (55 rows; main 1 / 2 on the 15 probes); guard_replies80
  3 / 0 -> 2 / 0 (its split answer), guard_replies81 0 / 2 -> 0 / 0 (stop 63's two leftovers), 52-79 and 82 identical.
- guard_replies84 (35 rows blind, 23 spoiling, 12 harmless, then 11 over-read probes; guard84's let-through readings
  hunted: Thai "ตายแล้ว" then a death, laughter in an early episode then the fate, split answers about two Ji-mins, "died
  of cuteness" then "for real", BTS's "turned", a game's world then the show), blind 4 / 1; after guard85 (Portuguese
  "antes dele morrer" and Spanish "antes de que se muera"; "the real X" ends a game's clause; "turned everyone into
  army" no turning; a yes or no ending the writer's tears) 1 / 0 (Ha-ri's archery club in the gym left: the gym is read
  as no episode), probes 0 / 0 (main 3 / 1); guard_replies80 2 / 0 -> 1 / 0, 52-79 and 81-83 identical; guard88 1 / 0
  -> 0 / 0 (one group ending up in the gym with another).
- guard_replies85 (41 rows blind, 28 spoiling, 13 harmless, then 17 probes of guard88's readings and stop 64's leftovers;
  stop 64's let-through readings hunted in eight languages: a game's world, skin or barricade then the show's fate, BTS's
  comeback beside the show's Ji-min, tears then a yes, Thai "ตายแล้ว", laughter or "dying" of cuteness then a fate, "the
  real mvp", Korean "결국 안 죽어"), blind 6 / 1; after guard88 ("jimin from the show" and "el de la serie" beside BTS's
  Jimin; "you guys" before the writer's tears; Vietnamese "có" after tears; Korean filler before a fate denied; "chết vì
  dễ thương" no death; a barricade built after a game; "the real mvp" of the game; one group ending up in the gym with
  another; Portuguese "ele" / "ela" as "he" / "she") 0 / 0, probes 0 / 0 (main 4 / 2); guard_replies84 1 / 0 -> 0 / 0,
  52-83 identical.
- guard_replies86 (42 rows blind, 25 spoiling, 17 harmless, then 12 probes of guard89's readings; guard88's readings hunted
  for over-reads in eight languages: "of the series", "la de la serie", "a da série" beside BTS's Jimin and the group's
  own show, "the real one / og" after a game, a barricade in the music room, the class on the roof and in the gym,
  Vietnamese "chết vì" then a fate, Portuguese "ele" / "ela", "you guys" under a fate asked, Korean filler), blind 4 / 3;
  after guard89 ("the real one is" a name of the show ends a game's clause; a group's own show and its episodes;
  Vietnamese "sống tới cuối", "có sống không?"; "morreu de rir"; "X reminds me of my grandpa"; "you guys" opening an
  answer) 0 / 0, probes 0 / 0 (main 2 / 1); 52-85 identical.
- guard_replies87 (36 rows blind, 26 spoiling, 10 harmless; guard89's and fix89's readings hunted for over-reads in eight
  languages: BTS's own shows then a fate or a kiss, "reminds me of my brother, both survive", "the real og is onjo",
  "morreu de rir" then a death, Vietnamese "không sống tới cuối", "y'all" / "u guys", a bare episode beside a newcomer
  or On-jo's university in a season-2 channel), blind 4 / 4 (one truth then set to the lexicon sets' ruling); after
  guard90 (a bare episode is a newcomer's season's only in their clause when a season-1 name is there too, and season
  2's when its premise, On-jo's university, is told in its clause; "both" after "reminds me of my"; Vietnamese "tập N";
  the newcomers' Thai names; "in the soop" names BTS) 0 / 0; 52-86 identical.
- guard_replies88 (53 rows blind, 26 spoiling, 27 harmless; guard90's and review65e's readings hunted for over-reads and
  stop 65's known misses in eight languages: "the real mvp is X, he died" after a game in the one list or not (Among Us,
  Mobile Legends, Free Fire), "i died in among us lol", "you guys it's a yes", a yes then emoji, Vietnamese "có" /
  "không" under a Nam-ra or Su-hyeok question at mark 7, "reminds me of" a pet, a boyfriend, a grandpa, Run BTS's
  Jimin "turned around"), blind 6 / 3; after guard92 ("it's a yes" / "that's a no" opening an answer the yes or no it says; an
  answer read past a call to the whole chat, "you guys"; Vietnamese "không" a no, "chết" turned to "sống", "chưa xem"; "the real mvp is X" ends a game's
  clause; Among Us, Mobile Legends, Free Fire, Fortnite, Valorant, Genshin, PUBG in the one list of games and the writer's
  own death in one; a group's own show's episode ("run bts ep 10") none of ours; "turned around" no turning) 0 / 0;
  52-87 identical.
- guard_replies89 (54 rows blind, 27 spoiling, 27 harmless; guard92's and lexicon73's readings hunted for over-reads and
  misses in eight languages: "it's a yes" to a poll or a plan and in other languages, Vietnamese "không" / "hông" under
  questions of taste, watching and fate, "bc" / "because" / "porque" in plain chat and before a spoiler, "in memory of" a
  grandma, a cat or the show's dead, "the real one" the OST or pizza, a sister who "turns into a zombie every monday",
  deaths in games in and out of the list, a fan's "i died 😭" laughing), blind 9 / 3; after guard93 (a verdict in
  Spanish, Portuguese, French and Indonesian, "it's a big fat yes", "gente," / "chicos," before an answer; Vietnamese
  "hông"; "porque", "kasi", "karena", "apparently", "i heard" end a game's clause; Apex, Call of Duty, Warzone, Overwatch
  in the one list of games and the writer's death in one with no "i"; "namatay ako sa tawa" no death; a relative who
  "turns into a zombie every monday" no one's turning) 0 / 0; 52-88 identical.
- guard_replies90 (54 rows blind, 26 spoiling, 28 harmless; guard93's and review66's readings hunted for over-reads and
  misses: "es un sí" / "é um sim" / "c'est un oui" / Italian "è un sì" to a plan, a poll or a fate, "porque" / "kasi" /
  "parce que" / "perché" of a dead phone or beside a game not in the list (Clash Royale, Brawl Stars, Liên Quân), the
  writer's own death in one, "a resposta é não vou contar", "namatay ako sa kakatawa" under a fate asked, an avatar's
  "the real one dies"), blind 5 / 4; after guard94 (Italian "è un sì" / "è un no", "sì", "purtroppo", "ragazzi,"; a yes
  and a no said as a pair answer nothing; "não vou contar", "no te voy a decir", "non lo so", "boh" refuse; a fate word
  of the writer or of laughter, "namatay ako sa kakatawa", no fate said back; "parce que", "perché", "vì" end a game's
  clause; Clash Royale, Brawl Stars, Liên Quân in the one list of games; "my avatar is X, the real one dies" X's fate)
  0 / 0; 52-89 identical.
- guard_replies91 (50 rows, 23 spoiling, 27 harmless; guard94's and review67a's readings hunted in nine languages: dying of
  laughter alone and then the fate told, "não vou contar" / "no te voy a decir" / "je vais pas te dire" then the spoiler
  anyway, Italian chat and "sì" to something else under a fate asked, "the real one" of another show or of a skin, a
  yes-or-no pair then the episode, season-2 marks), blind 5 / 5; after guard95 (the writer's laughter of dying and a
  refusal taken back, "bueno", "ok", "comunque", set aside for the answer after them; "¿" before "sí o no?"; French "elle
  survit" the no it is; "looks like X lol, the real one" X's; Vietnamese "chết cười" no fate said back; Thai "ตายแล้ว"
  before "ตลก" (funny) "oh my god"; "purtroppo" / "sadly" before the writer's own day or not having watched no yes; "the
  real one" of a person "from squid game" after a game's skin still the game's clause) 0 / 0; 52-90 identical.
- guard_replies92 (50 rows, 25 spoiling, 25 harmless; guard95's and review67d's readings hunted in six languages: "sadly" /
  "tristemente" / "infelizmente" / "purtroppo" then a yes or the writer's day, "vive en mi corazón" as a joke and then
  the fate, dying of laughter then a fate, refusals going on to the fate, Italian answers, deaths and bites in games and
  of pets named like characters, "the real one" of a skin, a cat or a cosplay, bites told, season-2 marks), blind 9 / 10;
  after guard96 (a yes or a no after the writer's sorrow, "tristemente" / "infelizmente" too, or after "sadly i can't tell
  you"; "sadly i'm at work", Italian "sono ancora all'ep 3" no yes; "vive en mi corazón" a joke, what follows it the
  answer; "lmao i'm dying" set aside; "no te voy a decir que ..." the spoiler it tells; "mordido por un zombi"; "igual
  que a X" after a kill; "my sim of X", "meu sim chamado X", "personaje de roblox", "skin de" a game's; "parece X, la
  verdadera" X's; "así se llama mi gata" a pet's name) 0 / 0; 52-91 identical, every lexicon set identical.
- guard_replies93 (48 rows, 24 spoiling, 24 harmless; guard96's, lexicon75's and review68b's readings hunted in seven
  languages: "vive en mi corazón" / "no meu coração" / "내 마음속에선" / "sa puso ko" then the show's own word, sorrow then
  "no puedo decirte" then a yes, "leider ja", "malheureusement oui", a skin's "a verdadeira sobrevive", pets, sims and
  minecraft namesakes then the show's own one's fate, pets dying or biting, bites told, season-2 marks), blind 10 / 4;
  after guard97 (a heart and the show both lived in a survival, "e na série também"; 💔 and Korean and Tagalog hearts;
  "드라마에선 아니고" a no; "no puedo decirte" / "não posso te contar" after sorrow; "parece com a X, a verdadeira";
  a pet given a name, "se llama X y murió", the pet's, the show's one said after it, "el de la serie", the show's) 1 / 1,
  left "just like the real one in ep 11" after a minecraft death and Ma-ru bitten by the writer's dog named after him
  ("así se llama mi gato" after the name); 52-92 identical, every lexicon set identical.
- guard_replies94 (45 rows, 23 spoiling, 22 harmless; stop 70's hunt around guard97's readings: a pet "but in the show he
  dies in 11" in five languages, skins "the real one survives / gets bitten" in three, "웹툰에선 죽어 드라마에선 아니고",
  game deaths "just like the real one", a heart "and in the show too" and the heart alone or "and in my camera roll" in
  four languages, season-2 marks), blind 11 / 5; after guard98 (the heart alone a joke in English too, what follows it
  the writer's; Indonesian "hidup di hatiku, di series juga"; the webtoon's side set aside before the show's; "X, the real
  one <fate>" after a look-alike with no game named; a game's fate "just like the real one" the show's) 1 / 1; 93 1 / 1
  -> 0 / 1; 52-92 identical, every lexicon set identical. After fix118 (the show's one set apart right after a pet's
  name, "but in the show he ...", is the character, and so is "he"; a pet biting after the name, then "así se llama mi
  gato", the writer's pet) 0 / 0; 93 0 / 1 -> 0 / 0; 52-92 identical, every lexicon set identical.
- guard_replies95 (48 rows, 24 spoiling, 24 harmless; stop 71's hunt around guard98's and fix120's readings: Tagalog "patay
  na siya" under "buhay ba si onjo?", Indonesian and Korean fates said with "dia", "udah", "이미", "끝까지", pets dead in the
  writer's life then "but in the show she survives" in four languages, the heart joke after a look-alike, fix120's bare
  fate words in slang: "patay na patay siya kay onjo", "mati lampu", "selamat menonton", "죽었다 ㅋㅋ 엄마한테 폰 들킴",
  "살았다 ㅋㅋ 시험 끝남", other shows' fates, season-2 marks), blind 8 / 10; after guard99 (a no to one who lives tells
  her end; "na siya", "kok", "이미", "udah" around a bare fate word; a bare fate word then another word, or "죽었다" /
  "살았다" laughed then the writer's news, no fate; "sa pagod" the writer's; the show's one past a pet's own loss; "the
  real one survives in my heart" a joke) 1 / 0, left "kucingku gwinam mati tahun lalu 😭 di series juga mati"; 52-94
  identical, every lexicon set identical.
- guard_replies96 (46 rows, 23 spoiling, 23 harmless; stop 72's hunt around guard99's and fix125's readings: pets, plants,
  phones and tamagotchis dead beside the characters' names, then the show's one "juga" / "din" / "like"; fans' slang under
  a fate asked: "wala na po", "deads na sya", "udah gak ada", "kaga, idup sampe akhir", "ㄴㄴ 죽음", "nah bro he's gone";
  the writer's things dead with no "my" ("이미 죽었어 폰 배터리", "mati hp ku"), "죽었다 ㅋㅋㅋ" under a joke, "wala na
  po" of a sold-out photocard, game characters and other shows, season-2 marks), blind 9 / 4; after guard100 (slang opening an answer under a fate asked read
  as its plain words: "wala na po" / "deads na" "patay na", "udah gak ada" "udah mati", "kaga" "gak", "idup" "hidup"; the
  show's one sharing a pet's fate, "di series juga mati", the name's: bot/lore/guard_shared.py; the writer's thing after a
  Korean fate, "이미 죽었어 폰 배터리") 0 / 2, left "my cactus cheongsan died again lol" and "mati mulu hero gw di ml, mirip
  gwinam mukanya 😂" (the lexicon's reading alone); 95 1 / 0 -> 0 / 0; 52-94 identical. After fix128 0 / 0 (a house plant
  named like them is the writer's, as a pet is; Mobile Legends' "ml" where it is played a game); 52-95 identical.

`--show` lists every miss.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

import yaml

from bot.clock import ManualClock
from bot.lore.content import bundled_pack
from bot.lore.guard import judge
from bot.lore.guard_chain import asked_up, thread_asks
from bot.lore.guard_recent import RecentAsks
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from bot.spoilers import read_as_shown

HERE = Path(__file__).resolve().parent


def _message(row: dict[str, Any]) -> str:
    """The answer's message as its member typed it."""
    if row["form"] == "quote":
        return f"> {row['question']}\n{row['answer']}"
    if row["form"] == "same":
        return f"{row['question']} {row['answer']}"
    return str(row["answer"])


def _replying_to(row: dict[str, Any]) -> list[str]:
    """What the answer is read with, as the guard finds it: the message it replies to, the question up a
    chain, or the question its thread asks; a question gone (taken down by the guard, or deleted by a
    moderator while discord.py had it) as the guard's record of it (bot/lore/guard_gone.py) still says it;
    a question in bars as typed; an edited question as it was when answered, then again as edited."""
    if row["form"] == "edited":
        return [str(row["question"]), str(row["edited"])]
    if row["form"] == "chain":
        asked = asked_up([*reversed(row["between"]), row["question"]], str(row["answer"]))
        return [str(row["between"][-1]) if asked is None else asked]
    if row["form"] == "thread":
        return [thread_asks(str(row["question"]), "", str(row["answer"]))]
    if row["form"] == "plain":
        return _plainly_answered(row)
    return [str(row["question"]) if row["form"] in ("reply", "barred", "taken_down", "deleted") else ""]


def _position(value: int | str) -> Position:
    """A row's mark or truth: a bare number is season 1's episode (0: nothing); "S2E3" an episode of any season;
    "S2" somewhere in season 2, the episode unknown, so past every mark before the season's end."""
    if isinstance(value, int):
        return Position(1, value) if value else NOTHING
    season, _, episode = value.upper().removeprefix("S").partition("E")
    return Position(int(season), int(episode) if episode else 99)


def _plainly_answered(row: dict[str, Any]) -> list[str]:
    """The question a plain answer is read with, as the guard's memory of the channel finds it (bot/lore/guard_recent.py):
    the question (member 1), the messages between (members 3, 4, ...; or as `by` says: the asker, the answerer, a
    moderator, a bot or a webhook, whose lines the guard notes without reading them) spread over the gap, then the
    answer (member 2, or 1 when the asker wrote it; in channel 2 when `channel: other`). An `edited` question is
    edited before the answer (as the cog tells the memory of an edit)."""
    clock = ManualClock(dt.datetime(2026, 12, 6, tzinfo=dt.UTC))
    recent = RecentAsks(clock, lexicon_of(bundled_pack()).gender_of)  # as the bot's library builds it
    between = [line if isinstance(line, dict) else {"text": line} for line in row.get("between", [])]
    step = dt.timedelta(seconds=float(row.get("gap", 20)) / (len(between) + 1))
    recent.follows(1, 1, str(row["question"]), message_id=1)
    if "edited" in row:
        _edited(recent, str(row["edited"]))
    for n, line in enumerate(between):
        clock.advance(step)
        author = {"asker": 1, "answerer": 2, "moderator": 90}.get(str(line.get("by")), 3 + n)
        if line.get("by") in ("bot", "webhook"):
            _bot_said(recent, 99, str(line["text"]))
        else:
            recent.follows(1, author, str(line["text"]))
    clock.advance(step)
    channel = 2 if row.get("channel") == "other" else 1
    asked = [recent.follows(channel, 1 if row.get("by") == "asker" else 2, str(row["answer"]), message_id=2)]
    if "edited_after" in row:  # the question edited once the answer is up: what the memory reads the answer with then
        clock.advance(dt.timedelta(seconds=float(row.get("edit_gap", 30))))
        asked += _edited(recent, str(row["edited_after"]))
    return asked


def _edited(recent: RecentAsks, text: str) -> list[str]:
    """The question's edit, told to the channel's memory the way the cog tells it; the questions the answers already
    under it are read with again."""
    return [asked for _, asked in recent.edited(1, 1, text)]


def _bot_said(recent: RecentAsks, author_id: int, text: str) -> None:
    """A bot's or a webhook's line, told to the channel's memory the way the cog tells it (noted, never read)."""
    recent.notes(1, author_id, text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=("guard_replies52", "guard_replies53", "guard_replies54", "guard_replies55",
                                            "guard_replies56", "guard_replies57", "guard_replies58",
                                            "guard_replies59", "guard_replies60", "guard_replies61",
                                            "guard_replies62", "guard_replies63", "guard_replies64", "guard_replies65",
                                            "guard_replies66", "guard_replies67", "guard_replies68",
                                            "guard_replies69", "guard_replies70", "guard_replies71",
                                            "guard_replies72", "guard_replies73", "guard_replies74",
                                            "guard_replies75", "guard_replies76", "guard_replies77", "guard_replies78",
                                            "guard_replies79", "guard_replies80", "guard_replies81", "guard_replies82", "guard_replies83",
                                            "guard_replies84", "guard_replies85", "guard_replies86",
                                            "guard_replies87", "guard_replies88", "guard_replies89",
                                            "guard_replies90", "guard_replies91", "guard_replies92",
                                            "guard_replies93", "guard_replies94", "guard_replies95", "guard_replies96"),
                        default="guard_replies96")
    parser.add_argument("--show", action="store_true", help="list every miss")
    args = parser.parse_args()
    rows = yaml.safe_load((HERE / f"{args.set}.yaml").read_text(encoding="utf-8"))
    reads = read_as_shown(lexicon_of(bundled_pack()).position)
    missed: list[str] = []
    taken: list[str] = []
    for row in rows:
        mark, truth = _position(row["mark"]), _position(row["spoils"])
        spoiled = next(filter(None, (judge(_message(row), mark, reads, replying_to=asked) for asked in _replying_to(row))), None)
        line = f"{row['form']}: {row['question']!r} -> {row['answer']!r} (mark {row['mark']}, truth {row['spoils']}," \
               f" read {spoiled.spoils if spoiled else 'nothing past the mark'})"
        if truth > mark and spoiled is None:
            missed.append(line)
        elif truth <= mark and spoiled is not None:
            taken.append(line)
    spoiling = sum(1 for row in rows if _position(row["spoils"]) > _position(row["mark"]))
    report: dict[str, Any] = {"spoiling": spoiling, "harmless": len(rows) - spoiling,
                              "missed": len(missed), "harmless_taken_down": len(taken)}
    if args.show:
        report |= {"missed_rows": missed, "taken_rows": taken}
    print(json.dumps({args.set: report}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
