"""python -m bench.trivia_chat: channel chat replayed while typed trivia questions are open.

A fan channel does not fall silent during a question. bench/data/trivia_chat.yaml holds, for a few
dozen questions (the bundled pack's, the lore-generated ones, and a few of a general list), what such
a channel types meanwhile: chat that is no attempt ("lol", "wait what", "this one is hard", emoji,
questions to the others, replies, Korean chat), right answers typed as fans type them (typos, hangul,
romanisations, particles: "청산이요"), and wrong attempts, near misses included ("meat" for
Meatballs, another character, one shared word).

Every message is judged by the matcher the bot builds (`bot.trivia.bank.load_content`, the lists
learned as a game learns them; a question of Red-DiscordBot's lists, ../shared/red-trivia-lists, is
asked from its list, learned too, as in a game of that list; blocks naming such a list are skipped
when the folder is absent) and counted:
- chat_counted: chat judged an attempt: it costs the player a guess and gets "wrong!";
- wrong_accepted: a wrong attempt judged right;
- right_refused: a right answer not accepted;
- attempt_ignored: a wrong attempt taken for chat (it costs nothing: the milder error);
- several_not_refused: an attempt naming several candidates ("busan or seoul") not refused as such.
The `dev` part and the held-out parts (`held_out`, and `fresh`, written later; never tuned on) are
reported apart; so are `typed` (stop 28: typos, number words, Korean numerals and loanwords, two
answers at once), its held-out `typed_held`, and `typed_fresh` (written after those fixes, never
tuned on), `held29` (stop 29: questions of Red's lists and our pack, scored before that round's
changes; tuned on in stop 30), `held30` (stop 30: a live game in a busy fan server, scored before
that round's changes; tuned on in stop 31) and `held31` (stop 31: another live game, scored before
that round's changes; tuned on in stop 32) and `held32` (stop 32: a game mixing our pack and Red's
lists, typed as a busy channel types, scored before that round's changes and never tuned on) and `held33`
(stop 33: a Friday-night game, our pack and Red's lists, scored before that round's changes and never
tuned on) and `held34` (stop 34: a busy Saturday game, our pack and Red's lists with chatter, jokes, typos,
Korean, hedges, two guesses, emoji, numbers as words and partial names; scored before that round's
changes at 11 / 21 / 7 / 4 / 3, then tuned on, with held33, in stop 34: 9 / 5 / 1 / 3 / 2) and `held35`
(stop 35: a busy weeknight game, our pack and Red's lists not asked before, with replies to other players,
corrections, pasted option lists and episodes named by their place; scored before that round's changes
at 13 / 26 / 6 / 8 / 2, then tuned on in stop 35: 13 / 18 / 3 / 6 / 2; no longer blind) and `held36`
(stop 36: a Sunday-night game, our pack and Red's lists not asked before, typed with typos, abbreviations,
articles, plurals, number words, Korean and Korean loanwords, near misses and supersets; scored before that
round's changes at 29 / 27 / 8 / 3 / 6; then eight expectations were set to the fairness spec (swapped or
dropped letters in short words are near misses, an answer laughed at in Korean is a guess): 27 / 23 / 8 / 3 / 6
before any change; tuned on in stop 36, no longer blind) and `held37` (stop 37: a late-night game, our pack
and Red's lists not asked before, weighted toward titles and bands, a title or band beside the answer,
numbers with units, years, dates, full names vs surnames, Korean script and loanwords, romanisations,
plurals, British/American spelling and chat mentioning an answer-like word; scored before that round's
changes at 49 / 47 / 17 / 16 / 3; one chat message, "the habs", was the answer and moved to right: 48 / 47 / 17 /
16 / 3 before any change; tuned on in stop 37, no longer blind) and `held39` (stop 39: a weekday game, our
pack and Red's lists not asked before, written before reading the matcher: provinces by their short Korean
names, view counts in millions and Korean units, years, dates, a song title in hangul, temperatures in the
wrong unit, bands with and without "the", food nicknames, doubled letters, Korean chat naming a character,
two answers joined by "or", a slash or nothing, near misses sharing one word; scored before that round's
changes at 4 / 9 / 23 / 2 / 6; tuned on in stop 39: 3 / 1 / 5 / 1 / 4, no longer blind) and `held40` (stop 40:
a weekday-evening game on our pack, written before reading the matcher: typos, partial and reversed names,
hangul, hedges, "not X", two candidates with or without "or", keycap and answer emoji, supersets and one-letter
near misses; scored before that round's changes at 1 / 0 / 6 / 1 / 2; tuned on in stop 40: 0 / 0 / 2 / 1 / 1) and `held41` (stop 41: a weeknight game on our pack, Red's lists and
general questions, written before reading the matcher: hangul, Korean units, typos, hedges, two guesses, emoji,
duo names in either order, a swapped saying, names one sound from another word, chat using the answer word;
scored before that round's changes at 3 / 0 / 4 / 0 / 0; tuned on in stop 41: 0 / 0 / 0 / 0 / 0, no longer blind) and
`held42` (stop 42: a Friday game night on our pack and Red's lists, written before reading the matcher:
typos and a "*" self-correction, spacing slips, numbers as words and "170k", emoji and mentions, two guesses,
near misses: another person, place or number, a word holding the answer ("musical"), a real word one letter
away ("hare", "red sea"), "icarus's dad", a homophone; scored before that round's changes at 1 / 1 / 3 / 4 / 0,
then three expectations set to the project's rules (a hedged "is it X?" is a guess; a short word's swapped
letters in a two-word answer are a near miss): 0 / 1 / 1 / 4 / 0; tuned on in stop 42: 0 / 0 / 0 / 2 / 0,
no longer blind) and `held43` (stop 43: a Thursday game on our pack, the lore-generated questions and
Red's lists not asked before, written before reading the matcher: chat naming a character, particles and
honorifics, Korean units and dates, abbreviations ("cdmx", "uni", "4x"), another person sharing a name, the
country for its capital, a word holding the answer, two answers in one message; scored before that round's
changes at 7 / 3 / 20 / 4 / 1, then four expectations set to the project's rules (a Korean given name alone
names the actor, "speedy" alone and "darth mual" are near misses, "the science teacher?" is a guess, and right):
6 / 2 / 19 / 4 / 1 before any change; tuned on in stop 43: 2 / 1 / 11 / 3 / 1, no longer blind) and `held44`
(stop 44: a Saturday game on our pack, the lore-generated questions and Red's lists not asked before, written
before reading the matcher: typos, romanisations, hangul, partial names, surnames, nicknames, full names with
a middle name, descriptions naming a character, extra words, numbers as words, two guesses, chat about the
answer, quotes of other players and late answers to the question before, another person sharing a name;
scored blind at 5 / 2 / 23 / 8 / 0; after stop 44's changes: 4 / 0 / 19 / 8 / 0) and `held45` (stop 45: a
late-night game in a big server with fast, overlapping chat, on our pack, the lore-generated questions and
Red's lists not asked before, written before reading the matcher: replies, copied answers, reactions, caps,
typos, hangul, answers split over two messages, numbers, yes/no, years, answers that are common words, a
right answer inside a wrong one and chat about the answer; scored blind at 26 / 3 / 20 / 11 / 0, then
26 / 2 / 20 / 11 / 0 with "loman" set to the project's typo rule; after stop 45's changes: 8 / 0 / 8 / 8 / 0) and
`held46` (stop 46: a Sunday-evening game, written before reading the matcher: titles and descriptions for a
character, answers in other languages, answers wrapped in chatter, the actor for the character and back, and
chat holding the answer's word; scored blind at 8 / 1 / 13 / 2 / 0, then 8 / 0 / 13 / 2 / 0 with "assemblywoman
kim" set to the lore; after stop 46's changes: 0 / 0 / 0 / 1 / 0) and `held47` (stop 47: a fast game, written
before reading the matcher: descriptions fitting two characters or the wrong one, actor for character and back,
near-miss names of others, short words of other languages that are chat, numbers in chatter, emoji and sticker
text, a corrected typo, an answer split over two messages, answers in other languages; scored blind at
9 / 0 / 6 / 1 / 0; after stop 47's changes: 0 / 0 / 2 / 0 / 0) and `held48` (stop 48: a busy channel, written
before reading the matcher: Korean particles and endings, hedges, actors' names where a student is asked, replies
pointing at another player's answer ("same", "+1", "^": chat), quote replies, a player's own correction ("onjo*",
"wait no namra"), numbers in several languages and chat holding a right answer's word; scored blind at
5 / 0 / 4 / 2 / 0; after stop 48's changes: 1 / 0 / 2 / 1 / 0) and `held49` (stop 49: a busy channel, written
before reading the matcher, from the other side of stop 48: real attempts shaped like chat ("onjo's dad?", "namra
>>>", "gwinam right?", "same, gwinam"), numbers in Spanish, French, Indonesian, Japanese and Korean counters,
possessives in other languages ("el papá de onjo", "온조네 옆집"), self-corrections and two fans in one message;
scored blind at 1 / 1 / 16 / 3 / 0; after stop 49's changes: 0 / 1 / 2 / 0 / 0) and `held50` (stop 50: fans typing
on phones, written before reading the matcher: autocorrect, voice-to-text, reaction text, actors' names for
characters, descriptions, "next door" abroad, answers with the episode beside them, hedges, "wait no", two fans in
one message and chat; scored blind at 1 / 1 / 14 / 2 / 0; after stop 50's changes: 0 / 0 / 3 / 2 / 0) and `held51` (stop 51: wrong accepts
hunted in stop 50's forms, written before reading the matcher: roles two characters share or another's, relations of
the wrong person, episode numbers that are the guess, asides holding the guess, a friend's guess beside "idk", places
abroad that are not next door, voice-to-text one sound from another name, and right answers in those forms; scored
blind at 4 / 1 / 15 / 2 / 0, then 7 / 1 / 13 / 2 / 0 with three said-back relations set to chat; after stop 51's changes:
0 / 0 / 0 / 1 / 0) and `held52` (stop 52: chat on season 2's release week typed on phones, written before reading the
matcher: Simplified and Traditional Chinese, katakana, hangul with and without spaces, numbers with units beside episode
words, a number inside a claim, season-2 hype around answers, autocorrect, two fans in one message; scored blind at
5 / 3 / 19 / 0 / 1; after stop 52's changes: 0 / 0 / 1 / 0 / 0) and `held53` (stop 53: a trivia round in a busy server
typed on phones, written before reading the matcher: quotes, mentions, spoiler bars, code blocks, repeated letters,
nicknames and actors' names, a bare surname, possessives and plurals, numbers as words in other languages, "it's not
X", answers after the reveal or to the previous question, Thai and Vietnamese; scored blind at 5 / 0 / 15 / 3 / 0; after stop 53's changes: 0 / 0 / 0 / 1 / 0) and
`held54` (stop 54: chat during a trivia round on a rewatch night, written before reading the matcher: hedges and
questions, two answers in one message, episodes and seasons, numbers with units, typos, honorifics and Korean suffixes,
Hangul and Hanja, Indonesian, Turkish and Arabic script, self-corrections, a quoted wrong answer, a late answer, chat
naming the answer; scored blind at 2 / 0 / 15 / 0 / 0; after stop 54's changes: 0 / 0 / 0 / 0 / 0) and `held55`
(stop 55: wrong accepts hunted in held54's forms, written before reading the matcher: Arabic-script names whose
letters fit two characters, Arabic denials, Turkish questions, talk and possessives, self-corrections ending in talk,
"i mean X", answers for the last question, "my fav is X", "poor X", Korean particles and honorifics on wrong names,
"N부작" where no count of episodes is asked; scored blind at 4 / 4 / 9 / 4 / 0; after stop 55's changes: 0 / 0 / 0 / 0 / 0) and
`held56` (stop 56: a trivia night in a South/Southeast-Asian and Middle-Eastern server, written before reading the
matcher: Hinglish, Hindi and Urdu script, Malay/Indonesian, Tagalog and Arabic dialect hedges, a number with a unit
where the question counts another thing, "X's my guess" and "final answer X", two names, self-corrections, talk naming
the answer and answers to the previous question; scored blind at 9 / 7 / 15 / 0 / 0; after stop 56's changes: 5 / 1 / 3 / 0 / 0) and
`held57` (stop 57: wrong accepts hunted in held56's forms, written before reading the matcher: units that are the asked
measure in another language or not, Indian and Malay scales, which episode against how many, Malay, Tagalog and
Hinglish denials against their questions, "X's my guess but Y", two names, talk of the previous question or the
reveal; scored blind at 6 / 4 / 21 / 2 / 0; after stop 57's changes: 0 / 0 / 0 / 0 / 0) and `held58` (stop 58: a
release-night game in a big English-speaking server with many non-native speakers, written before reading the matcher:
hedges and denials, self-corrections, two names, counts beside other units and ordinals, nicknames and misspellings
against other people's names, emoji, banter and Season 2's questions; scored blind at 5 / 11 / 8 / 1 / 0; after stop
58's changes: 2 / 1 / 3 / 1 / 0) and `held59` (stop 59: a second release-night round hunting wrong accepts and
wrong refusals in held58's forms, written before reading the matcher: corrections against denials in Spanish,
Portuguese, French and Tagalog, stripped Spanish openers, words for persons in other languages against other things
counted, ordinals in other languages against counts, Korean address endings and titles; scored blind at
5 / 12 / 19 / 5 / 0; after stop 59's changes: 0 / 0 / 0 / 0 / 0) and `held60` (stop 60: a busy game night
before Season 2, written before reading the matcher: answers inside chatter, several names and spam of guesses,
hangul, katakana, Chinese and Cyrillic names, near-miss names of other people, numbers in words and other languages,
reply quotes, messages to other players, mentions and custom emoji; scored blind at 6 / 0 / 6 / 0 / 0; after stop 60's changes: 0 / 0 / 0 / 0 / 0)
and `held61` (stop 61: a second game-night round hunting wrong accepts and wrong refusals in held60's forms, written
before reading the matcher: Russian and Ukrainian chat and numbers, reply quotes agreed with or denied, "i have" /
"its been" with numbers, keycaps a space apart, "dozen" in other senses, number words of other languages that are
words too, Korean titles beside other people's names; scored blind at 28 / 0 / 55 / 25 / 0; after stop 61's
changes: 1 / 0 / 1 / 4 / 0) and `held62` (stop 62: a rewatch-party game written before reading the matcher:
romanisation variants and typos of every name, Korean particles and vocatives, hedges and corrections, answers
inside chat, names sharing a syllable, actors for characters and back; scored blind at 0 / 0 / 5 / 1 / 0 (as
written, 1 / 0 / 5 / 1 / 0: "lomon >>>" was set down as chat); after stop 62's changes: 0 / 0 / 0 / 1 / 0) and `held63` (stop 63: a second rewatch round hunting wrong accepts
in held62's forms, written before reading the matcher: swaps into other names, in English answers, places and short
names, Korean particles after words that are no names, insults before two names, descriptions, denials; scored
blind at 1 / 2 / 22 / 24 / 0 (as written, 1 / 3 / 22 / 24 / 0); after stop 63's changes: 0 / 1 / 17 / 25 / 0) and `held64`
(stop 64: a busy fan-server game written before reading the matcher: mentions, custom emoji, spoiler bars, hangul
endings and denials, Japanese and Chinese names, episode numbers, corrections, pity before a name; scored blind at
0 / 4 / 13 / 9 / 0; after stop 64's changes: 0 / 0 / 7 / 8 / 0) and `held65` (stop 65: a second busy-server round
hunting wrong accepts in held64's forms, written before reading the matcher: pity typed bare, Korean "아니" that is no
denial and "X 아니야?", "not X but Y" in nine languages, corrections; scored blind at 1 / 0 / 13 / 6 / 0 (as written,
2 / 0 / 13 / 5 / 0); after stop 65's changes: 0 / 0 / 0 / 4 / 0) and `held66` (stop 66: a fast game typed on phones,
written before reading the matcher: autocorrect, voice-to-text, keyboard neighbours, dropped and doubled letters,
answers with their reason, number words and years in several languages, near names of other characters, half a
name sent, phone chat; scored blind at 1 / 0 / 8 / 2 / 0; after stop 66's changes: 0 / 0 / 2 / 1 / 0) and `held67`
(stop 67: a release-night game the day Season 2 is out, written before reading the matcher: season-2 chatter and
its numbers, answers with season marks, new characters, spoiler bars with chatter outside, replies to the question,
late answers, two players quoted, multilingual chat; scored blind at 20 / 0 / 7 / 1 / 0 (as written, 22 / 0 / 7 / 1 / 0); after stop 67's changes: 4 / 0 / 2 / 0 / 0) and `held68`
(stop 68: hedged, negated and multi-guess answers in English, Korean, Spanish, Tagalog and Indonesian, written before
reading the matcher: "i think it's X", "X or Y", "X/Y", "11? maybe 12", "NOT X", "anyone but X", roles for names, corrections,
numbers in words, chatter naming a name; scored blind at 4 / 2 / 3 / 28 / 1 as written, 6 / 0 / 3 / 0 / 1 with denials
set down as chat by its header's rule; after stop 68's changes: 0 / 0 / 0 / 0 / 0) and `held69` (stop 69: a second round
on held68's forms, written before reading the matcher: English "once" in talk, "X or whatever his name is", "X or anyone",
"X or am i dumb", "X? or not", "X... no wait Y", "anyone but X" in Korean, Spanish, Tagalog and Indonesian, roles two people
fit, score-like chat ("2/3 right so far", "not 11/12"); scored blind at 18 / 5 / 2 / 4 / 0; after stop 69's changes: 3 / 0 / 0 / 0 / 0;
after stop 70's: 0 / 0 / 0 / 0 / 0) and `held70` (stop 70: fans typing while a question is open, written before reading the
matcher: numbers of sayings beside names ("24/7 cheongsan stan", "cheongsan 4 life"), "12 (i think)", "its 12 trust", loose
names and nicknames ("prez"), edits, code blocks, spoiler bars, refusals, lists; scored blind at 12 / 0 / 7 / 4 / 0; after
stop 70's changes: 0 / 0 / 1 / 3 / 0) and `held71` (stop 71: a round hunting what held70's readings get wrong, written
before reading the matcher, where the answer is the number or name they touch: "4 life!!", "4 real?" where 4 answers,
"i stan namra", "stan lee", "top 3 saddest scenes", "press F", "prez" where another president is asked, "onjo edit: nvm
its namra", "typo'd, meant cheongsan", "(edited) 12", "3/3 so far", "got 12/12 on the quiz", "ep 11/12?"; scored blind at
14 / 2 / 3 / 1 / 0; after stop 71's changes: 1 / 0 / 0 / 1 / 0) and `held72` (stop 72: descriptions for names, written before
reading the matcher: "the teacher who made the virus", "cheongsan's friend with glasses", "the class pres", "prez" where a
US or Korean president is asked, "ep 5 of 12" and "5 out of 12" where 12 is asked, ordinals, the channel's chatter, typos
and hangul ("문재인"); scored blind at 10 / 3 / 3 / 1 / 0; after stop 72's changes: 0 / 0 / 0 / 1 / 0) and `held73` (stop 73:
a round hunting held72's over-reads, written before reading the matcher: "the guy who died", "the guy who stabbed gwinam"
where Gwi-nam is asked, "whoever made the virus", "5 out of 12 stars", "the fifth one" where a name is asked, "the 1st
one was easier", "our class pres", "the girl w the bow", "과학쌤"; scored blind at 12 / 1 / 16 / 7 / 0; after stop 73's
changes: 1 / 0 / 11 / 10 / 0) and `held74` (stop 74: held73's leftovers and season 2's release weeks, written before
reading the matcher: deeds in the fan's own verb ("the girl who threw gwinam off the roof", "whoever kissed namra", "the
one who pushed him"), "the firefighter's daughter", "반장 누구더라", "양궁부 주장", typos, answers inside chatter, several
names, "idk" / "pass" and emoji in Korean, Spanish, Portuguese, Tagalog and Indonesian; scored blind at 5 / 1 / 26 / 12 / 1;
after stop 74's changes: 0 / 0 / 4 / 3 / 1) and `held75` (stop 75: held74's leftovers and season 2's release weeks, written
before reading the matcher: deeds told by their doer ("the guy namra threw off the roof", "the one cheongsan stabbed"),
"the one who lost his eye", "소방관 딸", "남라? 온조?", hedges, corrections, answers after a reply, talk about the
question ("wait which award", "susah bgt"), nicknames ("archery girl", "class prez"), typos, in Korean, Spanish,
Portuguese, Tagalog and Indonesian; scored blind at 5 / 2 / 30 / 11 / 1; after stop 75's changes: 0 / 0 / 15 / 3 / 0) and
`held76` (stop 76: a round hunting stop 75's over-reads, written before reading the matcher: deeds with the wrong doer or
receiver ("the one who threw namra"), "onjo's crush", "onjo's neighbor", "kakaknya woojin", one-eyed in other languages,
chat about roofs, eyes and kisses, "which one", Tagalog, Indonesian and Spanish chat, "siapa namra?", "namra you're wrong
it's onjo"; scored blind at 15 / 0 / 33 / 19 / 0 (two truths set to the echo rule); after stop 76's changes: 1 / 0 / 16 / 13 / 0)
and `held77` (stop 77: stop 76's leftovers and season 2's release weeks, written before reading the matcher: "lost his eye"
abroad ("el que perdió el ojo", "yung nawalan ng mata", "눈 잃은 애", "คนที่เสียตา"), "the guy who kissed onjo", "kapatid ni
woojin", "la arquera", "the gym confession lol", deeds, kin and roles in Korean, Spanish, Portuguese, Tagalog, Indonesian and
Thai, hedges, corrections, several names, chat about the question, answers with emoji, in capitals or spelt out ("n a m r
a"); scored blind at 12 / 0 / 42 / 10 / 0; after stop 77's changes: 2 / 0 / 0 / 1 / 0) and `held78` (stop 78: a round
hunting stop 77's over-reads, written before reading the matcher: kisses of others, "lost his phone", "el tuerto" as an
insult, deeds with doer and receiver swapped ("우진이가 죽인 애", "the one woojin killed"), kin of another ("온조 아빠",
"하리 동생"), roles said of oneself ("i was class president lol"), "n o", scene talk with a name, "LMAOOO the gym"; scored
blind at 17 / 9 / 8 / 11 / 0 (two truths corrected before any change); after stop 78's changes: 0 / 0 / 1 / 18 / 0) and
`held79` (stop 79: stop 59's leftovers and season 2's release weeks, written before reading the matcher: a player speaking
as a character ("im namra lol", "soy namra jaja"), "the archer", deeds no one did, descriptions in eight languages,
season 2's newcomers, answers quoted from another player; scored blind at 20 / 0 / 42 / 21 / 0 (one truth corrected);
after stop 79's changes: 3 / 0 / 15 / 21 / 0) and `held80` (stop 80: hunting held79's readings' over-reads, written before
reading the matcher: one's stance to a character ("im namra's biggest fan", "soy team namra", "tôi là fan của namra"),
"another onjo moment", a mention then a guess, "trời ơi namra!!", kin and deeds of the wrong person, "the popular
girl", "the nis guy" and "sunbae" alone; scored blind at 14 / 2 / 4 / 10 / 0; after stop 80's changes: 0 / 0 / 4 / 11 / 0)
and `held81` (stop 81: a name with a word of address ("onjo sunbae", "namra unnie", "ate namra", "귀남 선배"), roles abroad
("la chica popular", "el del NIS", "o veterano da onjo"), deeds no one did, written before reading the matcher; scored
blind at 4 / 1 / 26 / 14 / 0; after stop 81's changes: 0 / 0 / 0 / 5 / 0) and `held82` (stop 82: hunting held81's readings'
over-reads, written before reading the matcher: one's own elder ("my oppa", "kuya ko"), a real idol with an address word,
an elder's word of one who has none ("hari oppa"), the real NIS, deeds no one did asked back ("who bit onjo??"), Tagalog
"ni" before no owner, Indonesian "kak"/"bang"; scored blind at 16 / 1 / 22 / 9 / 0; after stop 82's changes: 9 / 0 / 4 / 5 / 0)
and `held83` (stop 83: chat in Indonesian, Tagalog, Vietnamese, Spanish and Portuguese naming no one, a name inside a
remark ("pobre woojin", "hari keren bgt"), a word of address alone ("unnie", "선배", "bang": talk, the one ruling) or to
another player before a guess ("kak, itu namra"), written before reading the matcher; scored blind at 46 / 0 / 15 / 0 / 0;
after stop 83's changes: 6 / 0 / 4 / 0 / 0) and `held84` (stop 84: hunting held83's readings' over-reads, written
before reading the matcher: pity then the answer ("kasian onjo, pasti dia"), a remark after a framed guess, "obvio" in
talk, a crush sentence where the question asks about a crush, a word of address where a word is asked, passive deeds with
the right and the wrong doer; scored blind at 17 / 0 / 38 / 4 / 0; after stop 84's changes: 2 / 0 / 1 / 0 / 0) and `held85`
(stop 85: a busy channel's guesses with a laugh, emoji, particle, doubt or correction, two names, passive deeds with
the one it was done to first, Korean particles, written before reading the matcher; scored blind at 5 / 1 / 14 / 2 / 0;
after stop 85's changes: 4 / 0 / 7 / 2 / 0) and `held86` (stop 86: stop 85's leftovers, pity over two names abroad, praise
after a name, roles after an article abroad, answers that are no names, written before reading the matcher; scored blind at
6 / 0 / 6 / 7 / 0; after stop 86's changes, with 25 over-read rows added: 1 / 0 / 0 / 7 / 0; after stop 63's ruling
that a lone name with crying or an emoji guesses, right or wrong: 1 / 0 / 0 / 1 / 0) and `held87` (stop 87: the
over-reads of stop 86's readings and of that ruling, a feeling with more words, a compliment that guesses, "yung"/"pues"
before a guess, the question's own character cried over, written before reading the matcher; scored blind at
2 / 0 / 3 / 5 / 0; after stop 88's changes 0 / 0 / 0 / 0 / 0) and `held88` (stop 89: stop 63's leftovers, one of a pair
named, disgust before a name, "her phone", "yung"/"ang sagot ay" before a wrong name or role, Korean particles on a cried
name, emoji alone, two names with an emoji, written before reading the matcher; scored blind at 7 / 0 / 10 / 8 / 0; after
stop 89's changes: 0 / 0 / 7 / 0 / 0) and `held89` (stop 90: stop 89's leftovers, a pair joined by another language's
"and", the handkerchief abroad, "her acting", and the over-reads of disgust, "yung" and a particle with an emoji, written
before reading the matcher; scored blind at 9 / 0 / 26 / 3 / 0; after stop 90's changes: 2 / 0 / 0 / 1 / 0; after stop
91's: 1 / 0 / 0 / 0 / 0) and `held90` (stop 91: the over-reads of stop 90's pairs, handkerchief abroad and framed
disgust, and its leftovers, written before reading the matcher; scored blind at 7 / 1 / 4 / 1 / 0; after stop 91's
changes: 2 / 0 / 0 / 0 / 0; after stop 92's: 0 / 0 / 0 / 0 / 0) and `held91` (stop 92: the over-reads of stop 64's
readings, a pair praised, "I meant" abroad, a "*" correction, a mention of the bot, disgust before the asked thing, a
title holding Spanish "y", and stop 91's leftovers, written before reading the matcher; scored blind at
10 / 0 / 13 / 3 / 0; after stop 92's changes: 4 / 0 / 7 / 0 / 0) and `held92` (stop 93: the over-reads of stop 92's
readings, a pair praised after a comma between the names, "I meant" with nothing or a remark after it, a mention of the
bot with no guess, disgust before the show or a player's answer, and stop 92's leftovers, written before reading the
matcher; scored blind at 24 / 0 / 8 / 1 / 0; after stop 93's changes: 3 / 0 / 3 / 1 / 0) and `held93` (stop 94: a busy
game in seven languages aimed at the over-reads of stop 65's readings ("ay mali", "quise decir", "i mean X", "ew X",
replies to the bot) and stop 93's leftovers (Thai "หมายถึง", "내 말은 남라", "ano ba, namra nga", "hari, ew", "son lindos",
"sino yan? namra", "jijik saputangannya", "ew rat", "romeo y julieta", "mali ka bes"), written before reading the
matcher; scored blind at 8 / 0 / 12 / 3 / 0; after stop 94's changes: 1 / 0 / 0 / 0 / 0) and `held94` (stop 95: the
over-reads of stop 94's readings: corrections naming another person ("내 말은 수혁", "หมายถึง hari", "ano ba, onjo nga",
"sino yan? onjo"), disgust before a wrong thing ("ew cat", "eca gato", "jijik kucingnya"), a play's title where a person
or another play is asked, a wrong pair praised in Thai, Tagalog talk with "ka"/"ba", and stop 94's leftovers ("son
lindos los dos", "namra, cute nila ni suhyeok", "아 내 말은 남라라고"), in eight languages, written before reading the
matcher; scored blind at 3 / 0 / 4 / 0 / 0; after stop 95's changes: 0 / 0 / 0 / 0 / 0) and `held95` (stop 96: the
over-reads of stop 95's readings (corrections naming another person, talk counted as a guess, praise naming a wrong
pair) and its leftovers ("namra, lindos los dos", "ghê con namra", "ghe con chuot", "ep ba" / "tập ba", "ew teacher"), in
eight languages, written before reading the matcher; scored blind at 3 / 0 / 6 / 5 / 0; after stop 96's changes:
0 / 0 / 0 / 0 / 0) and `held96` (stop 97: the over-reads of stop 96's readings (Vietnamese "ba" as dad or an hour,
"lindos" praise naming the wrong pair, Tagalog "mali" chat that guesses) and its leftovers ("onjo, keren", "ep ba lol",
"gwinam tho, ew"), in eight languages, written before reading the matcher; scored blind at 4 / 0 / 5 / 2 / 0, then
4 / 0 / 4 / 2 / 0 with "onjo น่ารัก" set to talk by held85's ruling (praise right after a name is a remark); after stop 97's
changes: 0 / 0 / 0 / 0 / 0) and `held97` (stop 98: the over-reads of stop 97's readings (an episode before a remark on
"the last 3 episodes", "ep ba đó", Vietnamese counts by "đứa" / "cái" in talk, "X이지" then disgust, Tagalog "hindi ka
mali, X talaga", praise with "demais") in eight languages, written before reading the matcher; scored blind at
3 / 0 / 4 / 4 / 0; after stop 98's changes: 0 / 0 / 0 / 0 / 0) and `held98` (stop 70, chat99: the over-reads of stop 69's readings (an episode before a
remark on "the last 3 episodes" with "!" or "-" between, "last 3 were", Thai "3 ตอนสุดท้าย", "sáu đứa kia", Tagalog
"hindi ka mali, tama ka", "X talaga, hindi Y", "N ba?" asking "is it N?") in eight languages, written before reading the
matcher; scored blind at 4 / 0 / 7 / 6 / 0; after stop 70's changes: 0 / 0 / 0 / 0 / 0) and `held99` (stop 71, chat100:
the over-reads of stop 70's readings (an episode, "!" and a laugh before "the last 3 were", others counted in talk ("6
others died"), "the last episode", an answer denied as unsure ("onjo, hindi siguro", "onjo? no creo"), "X hindi Y",
Tagalog "N ba? ang dami ah", Portuguese and Tagalog questions to the others) in eight languages, written before reading
the matcher; scored blind at 10 / 0 / 9 / 6 / 0; after stop 71's changes: 0 / 0 / 0 / 0 / 0) and `held100` (stop 72,
chat101: the over-reads of stop 71's readings (a wrong count then a stop and talk of the others, "anim others died", Tagalog
"hindi onjo" as "not On-jo", talk quoting an answer ("who said onjo lol", "onjo again?? 😭"), numbers inside clock times
and dates ("ep 3 at 9pm", "aug 31 bday ko")) in eight languages, written before reading the matcher; scored blind at
18 / 0 / 0 / 1 / 0, then 19 / 0 / 0 / 1 / 0 with "ep 9 at 3pm lol" set to talk by the set's own ruling; after stop 72's
changes: 0 / 0 / 0 / 0 / 0).
`--set`
reports some parts only; `--verbose` lists misses.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bench.trivia_blind import RED
from bot.show import ShowShape
from bot.trivia.bank import load_content
from bot.trivia.lists import parse_list
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question

DATA = Path(__file__).resolve().parent / "data" / "trivia_chat.yaml"
KINDS = ("chat", "right", "wrong", "several")
PARTS = (
    "dev", "held_out", "fresh", "typed", "typed_held", "typed_fresh", "held29", "held30", "held31", "held32", "held33", "held34",
    "held35", "held36", "held37", "held39", "held40", "held41", "held42", "held43", "held44", "held45", "held46", "held47",
    "held48", "held49", "held50", "held51", "held52", "held53", "held54", "held55", "held56", "held57", "held58", "held59",
    "held60", "held61", "held62", "held63", "held64", "held65", "held66", "held67", "held68", "held69", "held70", "held71", "held72", "held73", "held74",
    "held75", "held76", "held77", "held78", "held79", "held80", "held81", "held82", "held83", "held84", "held85", "held86", "held87", "held88", "held89", "held90", "held91", "held92", "held93", "held94", "held95", "held96", "held97", "held98", "held99", "held100",
)
ERRORS = ("chat_counted", "wrong_accepted", "right_refused", "attempt_ignored", "several_not_refused")


def red_lists() -> dict[str, tuple[Question, ...]]:
    """Red's lists by name (../shared/red-trivia-lists; none when that folder is absent)."""
    if not RED.is_dir():
        return {}
    return {p.stem: parse_list(p.read_bytes(), p.stem).questions for p in sorted(RED.glob("*.yaml"))}


def _red_question(block: dict[str, Any], red: dict[str, tuple[Question, ...]]) -> Question | None:
    """The question of Red's lists a block asks (the one of the list it names, else the first list
    holding that question), or None."""
    text = str(block.get("question"))
    names = [str(block["red"])] if "red" in block else list(red)
    return next((q for name in names for q in red.get(name, ()) if q.text == text), None)


def _question(
    block: dict[str, Any], by_id: dict[str, Question], n: int, red: dict[str, tuple[Question, ...]]
) -> Question | None:
    """The question a block asks: ours, or one of Red's lists read from its list as a game of that
    list reads it, or (a question of no list) one of a general list. None: a question of Red's
    lists when they are absent (the block is skipped)."""
    if "q" in block:
        return by_id[str(block["q"])]
    found = _red_question(block, red)
    if found is not None:
        return found
    if "red" in block:
        return None
    return Question(
        id=f"chat-bench:{n}", text=str(block["question"]), answers=tuple(map(str, block["answers"])), list_name="general"
    )


def _miss(kind: str, verdict: Verdict) -> str | None:
    """The error a verdict on a message of this kind is, or None when it is fair."""
    if kind == "chat":
        return "chat_counted" if verdict is not Verdict.CHAT else None
    if kind == "right":
        return "right_refused" if verdict is not Verdict.RIGHT else None
    if verdict is Verdict.RIGHT:
        return "wrong_accepted"
    if verdict is Verdict.CHAT:
        return "attempt_ignored"
    return "several_not_refused" if kind == "several" and verdict is not Verdict.SEVERAL_ANSWERS else None


def red_used(data: dict[str, Any], red: dict[str, tuple[Question, ...]]) -> list[Question]:
    """The questions of every Red list some block asks from: a game of that list has learned them."""
    names = {q.list_name for blocks in data.values() for b in blocks or () if (q := _red_question(b, red))}
    return [q for name in sorted(names) for q in red[name]]


def run(
    data: dict[str, Any], matcher: AnswerMatcher, by_id: dict[str, Question], parts: tuple[str, ...] = PARTS,
    red: dict[str, tuple[Question, ...]] | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    misses: dict[str, list[str]] = {}
    n = 0
    for part in parts:
        sent = Counter[str]()
        errors = Counter[str]()
        shown = misses.setdefault(part, [])
        for block in data.get(part, []):
            n += 1
            question = _question(block, by_id, n, red or {})
            if question is None:
                continue
            for kind in KINDS:
                for message in block.get(kind, []):
                    sent[kind] += 1
                    verdict = matcher.judge(str(message), question).verdict
                    miss = _miss(kind, verdict)
                    if miss is not None:
                        errors[miss] += 1
                        shown.append(f"{part} {miss}: {question.answers[0]!r} <- {message!r} ({verdict.value})")
        out[part] = {
            "messages": sum(sent.values()), **{f"{k}_messages": sent[k] for k in KINDS},
            **{k: errors[k] for k in ERRORS},
        }
    out["misses"] = misses
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--set", nargs="+", choices=PARTS, default=list(PARTS), help="the parts to report")
    args = parser.parse_args()
    data = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    questions, matcher = load_content(ShowShape.season_one())
    red = red_lists()
    # as a game in a server with the bundled and generated lists, and the Red lists asked from, learns them
    matcher.add_lists([*questions, *red_used(data, red)])
    result = run(data, matcher, {q.id: q for q in questions}, tuple(args.set), red)
    misses = result.pop("misses")
    print(json.dumps(result))
    if args.verbose:
        for part in args.set:
            print("\n".join(misses[part]))


if __name__ == "__main__":
    main()
