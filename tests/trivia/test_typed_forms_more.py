"""Typed answers written as fans write them: a temperature in the wrong unit, view counts in digits,
words and Korean units, Korean provinces by their short names, clipped and held words, English titles in
hangul, another answer of the list that is a chat word elsewhere ("bad"), Korean talk about someone, and
answers in Thai, Vietnamese, Arabic script, Turkish, Hinglish, Malay and Tagalog, their denials and questions."""

from __future__ import annotations

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.table import table


def q(text: str, *answers: str, list_name: str = "general", qid: str = "") -> Question:
    return Question(id=qid or "t-" + "|".join(answers), text=text, answers=answers, list_name=list_name)


BOIL = q("What temperature does water boil at (in Celsius)?", "100 degrees", "100", "100C")
HOURS = q("About how many hours had it been watched after 28 days?", "About 560 million", "560 million")
ANDONG = q("Andong is in which province?", "North Gyeongsang", "Gyeongsangbuk-do")
MELLO = q("What is Mello addicted to eating?", "Chocolate")
TEA = q("What drink from the Camellia sinensis plant has green, black and white varieties?", "Tea")
SONG = q("(Identify the Michael Jackson song) They'll kick you and beat you", "Beat It", list_name="mj", qid="mj-1")
OTHER_SONG = q("(Identify the Michael Jackson song) Because I'm bad", "Bad", list_name="mj", qid="mj-2")
BAND = q("Which rock group first played the Marquee Club in 1962?", "The Rolling Stones")
ACTRESS = q("Who plays Park Mi-jin?", "Lee Eun-saem")
RENEWED = q("On what date was the show renewed?", "6 June 2022")
EPISODES = q("How many episodes does Season 1 have?", "12", "twelve")
SOJU_DIES = q("In which episode does Nam So-ju die?", "11", "episode 11", "ep 11")
SURVIVORS = q("How many Hyosan High students reach the quarantine camp alive and human?", "Six", "6")
WOO_JIN = q("In which episode does Woo-jin die?", "12", "episode 12", "ep 12")
ON_JO = q("Whom is Cheong-san secretly in love with?", "Nam On-jo", "On-jo", "Onjo")
WEEKS = q("For about how many weeks did it reportedly stay in Netflix's non-English Top 10?", "Eleven", "11", "11 weeks")
COUNTRIES = q("In how many countries was it in Netflix's Top 10 in its first week?", "91")
MONTHS = q("How many months after the outbreak is the epilogue set?", "Four", "4", "4 months", "four months")
DAYS = q("How long did the library sequence reportedly take to shoot?", "About five days", "five days", "5 days", "five")
YEARS = q("About how long did the director say the whole production took?", "Two years", "2 years", "two")
PEOPLE = q("Roughly how many people lived in Hyosan before the outbreak?", "170,000", "170000", "170 thousand")
NAM_RA = q("In which episode is Nam-ra bitten?", "6", "episode 6", "ep 6")
CRICKET = q("How many players are there in a cricket game?", "Eleven", "11")
OSCARS = q("How many Oscars did Ben Hur win?", "Eleven", "11")
KISS = q("Which two students kiss in episode 7?", "Su-hyeok and Nam-ra")
HANKY = q("What does Na-yeon use to infect Gyeong-su?", "A handkerchief", "handkerchief", "bloody handkerchief")
RANK = q("After 23 days, what rank did it hold on Netflix's all-time non-English TV list?", "3rd", "third", "3")

CASES: list[tuple[str, Question, Verdict]] = [
    ("100 f", BOIL, Verdict.WRONG_ATTEMPT),
    ("100°F", BOIL, Verdict.WRONG_ATTEMPT),
    ("100 degrees f", BOIL, Verdict.WRONG_ATTEMPT),
    ("100°C", BOIL, Verdict.RIGHT),
    ("100 deg c", BOIL, Verdict.RIGHT),
    ("100도", BOIL, Verdict.RIGHT),
    ("560,000,000", HOURS, Verdict.RIGHT),
    ("five hundred sixty million", HOURS, Verdict.RIGHT),
    ("5억 6천만", HOURS, Verdict.RIGHT),
    ("5억6천만 시간", HOURS, Verdict.RIGHT),
    ("56m", HOURS, Verdict.WRONG_ATTEMPT),
    ("경북", ANDONG, Verdict.RIGHT),
    ("gyeongbuk", ANDONG, Verdict.RIGHT),
    ("경남", ANDONG, Verdict.WRONG_ATTEMPT),
    ("choc", MELLO, Verdict.RIGHT),
    ("초코", MELLO, Verdict.RIGHT),
    ("teaa", TEA, Verdict.RIGHT),
    ("tae", TEA, Verdict.WRONG_ATTEMPT),
    ("비트 잇", SONG, Verdict.RIGHT),
    ("beat it or bad", SONG, Verdict.SEVERAL_ANSWERS),
    ("beat it / bad", SONG, Verdict.SEVERAL_ANSWERS),
    ("bad", SONG, Verdict.WRONG_ATTEMPT),
    ("beat it lol", SONG, Verdict.RIGHT),
    ("beat itt", SONG, Verdict.RIGHT),
    ("episode 11", q("In which episode?", "episode 1", "1"), Verdict.WRONG_ATTEMPT),
    ("the who rolling stones", BAND, Verdict.SEVERAL_ANSWERS),
    ("rolling stones / the who", BAND, Verdict.SEVERAL_ANSWERS),
    ("the rolling stones lol", BAND, Verdict.RIGHT),
    ("이은샘 인스타 봤어?", ACTRESS, Verdict.CHAT),
    ("이은샘 맞지?", ACTRESS, Verdict.RIGHT),
    ("ms shibal lol", ACTRESS, Verdict.RIGHT),  # the name fans gave the actress
    ("6th of june 2022", RENEWED, Verdict.RIGHT),
    ("2022/2023", q("Which year was predicted?", "2023"), Verdict.SEVERAL_ANSWERS),
    ("2022/2023", q("Which season did they win?", "2022/2023"), Verdict.RIGHT),
    # the same sounds in the other kana (scen43: "ろもん" was a wrong guess for ロモン)
    ("ろもん", q("スヒョクを演じた俳優は？", "ロモン"), Verdict.RIGHT),
    ("ゆん・ちゃにょん", q("チョンサンを演じた俳優は？", "ユン・チャニョン"), Verdict.RIGHT),
    ("ヒョサン", q("学校がある町は？", "ひょさん"), Verdict.RIGHT),
    ("ぱく・じふ", q("ナムラを演じた俳優は？", "チョ・イヒョン"), Verdict.WRONG_ATTEMPT),
    # Thai and Vietnamese as fans type them (held53): numbers, counters, episodes, places, names, denials
    ("สิบสอง", EPISODES, Verdict.RIGHT),
    ("mười hai", EPISODES, Verdict.RIGHT),
    ("หกคน", SURVIVORS, Verdict.RIGHT),
    ("bảy", SURVIVORS, Verdict.WRONG_ATTEMPT),
    ("bốn tháng", q("How many months after the outbreak is the epilogue set?", "Four", "4", "4 months"), Verdict.RIGHT),
    ("ตอนที่ 12", WOO_JIN, Verdict.RIGHT),
    ("tập 11", WOO_JIN, Verdict.WRONG_ATTEMPT),
    ("thư viện", q("In which part of the school is Gwi-nam stabbed in the eye?", "The library", "library"), Verdict.RIGHT),
    ("นักดับเพลิง", q("What is the job of On-jo's father?", "Firefighter"), Verdict.RIGHT),
    ("อนโจ", ON_JO, Verdict.RIGHT),
    ("chắc là Gwi Nam", q("Who bites Choi Nam-ra?", "Yoon Gwi-nam", "Gwi-nam"), Verdict.RIGHT),
    ("ไม่ใช่อนโจ", ON_JO, Verdict.CHAT),
    ("อนโจ หรือ นัมรา", ON_JO, Verdict.SEVERAL_ANSWERS),
    ("không phải On Jo đâu", ON_JO, Verdict.CHAT),
    # a denial alone; a message about the previous question or this one after its reveal: no guess
    ("not onjo??", ON_JO, Verdict.CHAT),
    ("knew it was onjo 😤 too slow", ON_JO, Verdict.CHAT),
    ("onjo for the last one lol", q("Who bites Choi Nam-ra?", "Yoon Gwi-nam", "Gwi-nam"), Verdict.CHAT),
    # Arabic script, Turkish and Korean endings on Latin names (held54): numbers, episodes, names, denials
    ("١٢ حلقة", EPISODES, Verdict.RIGHT),
    ("12 bölüm", EPISODES, Verdict.RIGHT),
    ("12부작", EPISODES, Verdict.RIGHT),
    ("8부작", EPISODES, Verdict.WRONG_ATTEMPT),
    ("الحلقة ١٢", WOO_JIN, Verdict.RIGHT),
    ("11. bölüm", WOO_JIN, Verdict.WRONG_ATTEMPT),
    ("altı", SURVIVORS, Verdict.RIGHT),
    ("أون جو", ON_JO, Verdict.RIGHT),
    ("نام را", ON_JO, Verdict.WRONG_ATTEMPT),
    ("مش أون جو", ON_JO, Verdict.CHAT),
    ("Onjo'ydu sanırım", ON_JO, Verdict.RIGHT),
    ("Onjo değil", ON_JO, Verdict.CHAT),
    ("onjo씨", ON_JO, Verdict.RIGHT),
    ("南溫祚", ON_JO, Verdict.RIGHT),
    # a slip put right names the guess meant; a name felt for or said to be one's favourite is no guess
    ("namra* i mean onjo", ON_JO, Verdict.RIGHT),
    ("onjo* i mean namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("sorry late, 6", SURVIVORS, Verdict.RIGHT),
    ("onjo is my fav 🥺", ON_JO, Verdict.CHAT),
    ("onjo is my final answer", ON_JO, Verdict.RIGHT),
    ("poor onjo 😭", ON_JO, Verdict.CHAT),
    # held55: a count of episodes is no episode nor a count of students; a Turkish "isn't it?" guesses, "X'i sevdim"
    # talks, a possessive names another; a remark after "i mean" keeps the guess; "X is my answer" guesses X
    ("12부작", WOO_JIN, Verdict.WRONG_ATTEMPT),
    ("6부작", SURVIVORS, Verdict.WRONG_ATTEMPT),
    ("12화", WOO_JIN, Verdict.RIGHT),
    ("Onjo değil mi?", ON_JO, Verdict.RIGHT),
    ("Namra değil mi?", ON_JO, Verdict.WRONG_ATTEMPT),
    ("Onjo'yu çok sevdim", ON_JO, Verdict.CHAT),
    ("So-ju'nun kızı", q("What is the name of On-jo's father?", "Nam So-ju", "So-ju"), Verdict.WRONG_ATTEMPT),
    ("سو جو", ON_JO, Verdict.WRONG_ATTEMPT),
    ("أون جي", q("Which student's presence at the camp reveals hidden infection?", "Min Eun-ji", "Eun-ji"), Verdict.RIGHT),
    ("onjo i mean who knows", ON_JO, Verdict.RIGHT),
    ("namra i mean who knows", ON_JO, Verdict.WRONG_ATTEMPT),
    ("my fav is onjo", ON_JO, Verdict.CHAT),
    ("namra is my answer", ON_JO, Verdict.WRONG_ATTEMPT),
    # held56: a measure where the question counts something else is another quantity, a count of episodes is no
    # episode; Hinglish, Malay and Tagalog hedges and units frame the guess; "X nahi nahi Y" takes X back; a Hindi
    # sentence about the answer, pity and the previous question's answer are talk
    ("6 months", SURVIVORS, Verdict.WRONG_ATTEMPT),
    ("6 students i think", SURVIVORS, Verdict.RIGHT),
    ("6 people", SURVIVORS, Verdict.RIGHT),
    ("12 episodes", WOO_JIN, Verdict.WRONG_ATTEMPT),
    ("12 episodes", EPISODES, Verdict.RIGHT),
    ("11 countries", WEEKS, Verdict.WRONG_ATTEMPT),
    ("11 hafte", WEEKS, Verdict.RIGHT),
    ("91 countries", COUNTRIES, Verdict.RIGHT),
    ("91 days", COUNTRIES, Verdict.WRONG_ATTEMPT),
    # review47b: where things are counted, another word for them is theirs though a measure is named elsewhere in
    # the question ("in its first week", "in episode 1")
    ("91 nations", COUNTRIES, Verdict.RIGHT),
    ("3 kids", q("How many students die in episode 1?", "3", "three"), Verdict.RIGHT),
    ("4 saal", MONTHS, Verdict.WRONG_ATTEMPT),
    ("4 mahine", MONTHS, Verdict.RIGHT),
    ("5 din", DAYS, Verdict.RIGHT),
    ("limang araw", DAYS, Verdict.RIGHT),
    ("apat na buwan", MONTHS, Verdict.RIGHT),
    ("apat na taon", MONTHS, Verdict.WRONG_ATTEMPT),
    ("mujhe lagta hai onjo", ON_JO, Verdict.RIGHT),
    ("mujhe lagta hai namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("rasanya onjo", ON_JO, Verdict.RIGHT),
    ("onjo hi hai yaar", ON_JO, Verdict.RIGHT),
    ("namra... nahi nahi onjo", ON_JO, Verdict.RIGHT),
    ("onjo no no namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("شكلها أون جو", ON_JO, Verdict.RIGHT),
    ("onjo ne kya kiya yaar 😭", ON_JO, Verdict.CHAT),
    ("onjo ka wo scene 🔥", ON_JO, Verdict.CHAT),
    ("namra ka bhai", ON_JO, Verdict.WRONG_ATTEMPT),
    ("Tc Se Og", q("What is the chemical symbol for technetium?", "Tc"), Verdict.SEVERAL_ANSWERS),
    ("kasihan onjo", ON_JO, Verdict.CHAT),
    ("onjo tha last wala", SURVIVORS, Verdict.CHAT),
    # held57: Malay, Tagalog and Hinglish denials are "not X" and their questions "isn't it X?"; units in Arabic and
    # Hindi number words; Indian and Malay scales; "N episod" is a count; "X but actually Y" turns to Y; the reveal
    ("bukan onjo", ON_JO, Verdict.CHAT),
    ("hindi si onjo", ON_JO, Verdict.CHAT),
    ("onjo nahi hai", ON_JO, Verdict.CHAT),
    ("bukan onjo, namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("hindi si onjo, si namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("onjo nahi hai, namra hai", ON_JO, Verdict.WRONG_ATTEMPT),
    ("wait onjo nahi, namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("bukan onjo ke?", ON_JO, Verdict.RIGHT),
    ("hindi ba si onjo?", ON_JO, Verdict.RIGHT),
    ("onjo nahi hai kya?", ON_JO, Verdict.RIGHT),
    ("namra nahi hai kya?", ON_JO, Verdict.WRONG_ATTEMPT),
    ("onjo pata nahi", ON_JO, Verdict.RIGHT),
    ("bukan namra ke?", ON_JO, Verdict.WRONG_ATTEMPT),
    ("namra's my guess but actually onjo", ON_JO, Verdict.RIGHT),
    ("onjo's my guess but no wait namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("onjo but no idea tbh", ON_JO, Verdict.RIGHT),
    ("namra eh no, onjo", ON_JO, Verdict.RIGHT),  # held85: "eh" before "no" stops oneself, as "wait no"
    ("onjo eh no, namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("told u it was onjo 😂", ON_JO, Verdict.CHAT),
    ("my guess was namra last round lol", ON_JO, Verdict.CHAT),
    ("٤ أسابيع", MONTHS, Verdict.WRONG_ATTEMPT),
    ("١١ يوم", WEEKS, Verdict.WRONG_ATTEMPT),
    ("سنتين", YEARS, Verdict.RIGHT),
    ("شهرين", YEARS, Verdict.WRONG_ATTEMPT),
    ("do saal", YEARS, Verdict.RIGHT),
    ("char mahine", MONTHS, Verdict.RIGHT),
    ("1.7 lakh", PEOPLE, Verdict.RIGHT),
    ("17 lakh", PEOPLE, Verdict.WRONG_ATTEMPT),
    ("170 ribu", PEOPLE, Verdict.RIGHT),
    ("1,70,000", PEOPLE, Verdict.RIGHT),
    ("170 juta", PEOPLE, Verdict.WRONG_ATTEMPT),
    ("6 episod", NAM_RA, Verdict.WRONG_ATTEMPT),
    ("ika-6 na episode", NAM_RA, Verdict.RIGHT),
    ("episode 6's my guess", NAM_RA, Verdict.RIGHT),
    ("enam orang", SURVIVORS, Verdict.RIGHT),
    ("anim na buwan", SURVIVORS, Verdict.WRONG_ATTEMPT),
    ("hindi 5, 4 buwan", MONTHS, Verdict.RIGHT),
    ("hindi 4, 5 buwan", MONTHS, Verdict.WRONG_ATTEMPT),
    # held58: a place in a row is no count, nor a count of other things or a measure a place in a row; persons
    # counted are counted in any word for persons
    ("11th", WEEKS, Verdict.WRONG_ATTEMPT),
    ("6th", SURVIVORS, Verdict.WRONG_ATTEMPT),
    ("the 12th", WOO_JIN, Verdict.RIGHT),
    ("12 eps", WOO_JIN, Verdict.WRONG_ATTEMPT),
    ("11 overs", CRICKET, Verdict.WRONG_ATTEMPT),
    ("11 people", CRICKET, Verdict.RIGHT),
    ("11 guys", CRICKET, Verdict.RIGHT),
    ("6 ppl", SURVIVORS, Verdict.RIGHT),
    ("6 zombies", SURVIVORS, Verdict.WRONG_ATTEMPT),
    ("170,000 residents", PEOPLE, Verdict.RIGHT),
    ("11 people", OSCARS, Verdict.WRONG_ATTEMPT),
    ("11 oscars", OSCARS, Verdict.RIGHT),
    ("3 days", RANK, Verdict.WRONG_ATTEMPT),
    ("#3", RANK, Verdict.RIGHT),
    # held58: Tagalog "X, eh Y pala" takes X back; Spanish, Portuguese and French hedges frame a guess, their
    # "no es X" denies it
    ("namra, eh onjo pala", ON_JO, Verdict.RIGHT),
    ("onjo, eh namra pala", ON_JO, Verdict.WRONG_ATTEMPT),
    ("creo que es onjo", ON_JO, Verdict.RIGHT),
    ("acho que é a onjo", ON_JO, Verdict.RIGHT),
    ("je pense que c'est onjo", ON_JO, Verdict.RIGHT),
    ("acho que é a namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("no es onjo", ON_JO, Verdict.CHAT),
    # held59: a comma makes "no" a correction ("no, es onjo" guesses On-jo); "¿no es X?" asks; "X, digo Y" takes X back;
    # Spanish, Portuguese and French frame words alone guess nothing
    ("no, es onjo", ON_JO, Verdict.RIGHT),
    ("não, é a onjo", ON_JO, Verdict.RIGHT),
    ("non, c'est onjo", ON_JO, Verdict.RIGHT),
    ("no, es namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("ce n'est pas onjo", ON_JO, Verdict.CHAT),
    ("¿no es onjo?", ON_JO, Verdict.RIGHT),
    ("namra, digo onjo", ON_JO, Verdict.RIGHT),
    ("onjo, quer dizer namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("yo", ON_JO, Verdict.CHAT),
    ("e", ON_JO, Verdict.CHAT),
    # held59: ordinals in other languages are places in a row, never counts; persons, nominations and hours are no
    # other count's things
    ("ika-11", WEEKS, Verdict.WRONG_ATTEMPT),
    ("ika-6", NAM_RA, Verdict.RIGHT),
    ("6번째", SURVIVORS, Verdict.WRONG_ATTEMPT),
    ("3위", RANK, Verdict.RIGHT),
    ("3명", RANK, Verdict.WRONG_ATTEMPT),
    ("peringkat ke-3", RANK, Verdict.RIGHT),
    ("tercer lugar", RANK, Verdict.RIGHT),
    ("第12集", EPISODES, Verdict.WRONG_ATTEMPT),
    ("第12集", WOO_JIN, Verdict.RIGHT),
    ("12 episodios", WOO_JIN, Verdict.WRONG_ATTEMPT),
    ("12명", WOO_JIN, Verdict.WRONG_ATTEMPT),
    ("11 nominaciones", OSCARS, Verdict.WRONG_ATTEMPT),
    ("11 nominations", WEEKS, Verdict.WRONG_ATTEMPT),
    ("11 premios", OSCARS, Verdict.RIGHT),
    ("11 personas", OSCARS, Verdict.WRONG_ATTEMPT),
    ("11 jugadores", CRICKET, Verdict.RIGHT),
    ("11 katao", CRICKET, Verdict.RIGHT),
    ("第11周", WEEKS, Verdict.WRONG_ATTEMPT),
    ("第7天", q("On which day after release did it reach No. 1 on Netflix's US daily Top 10?", "Day 7", "7", "seventh"), Verdict.RIGHT),
    ("9 horas", q("How many people made up the fellowship?", "9", "Nine"), Verdict.WRONG_ATTEMPT),
    ("170 mil personas", PEOPLE, Verdict.RIGHT),
    ("+1", q("In which episode is Hyeon-ju bitten?", "1", "episode 1"), Verdict.CHAT),
    # held60: a line quoted from another message ("> ...") is their words, the reply after it one's own guess
    ("> is it onjo?\nits namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("> namra\nno its onjo", ON_JO, Verdict.RIGHT),
    ("> onjo\nlol no", ON_JO, Verdict.CHAT),
    ("> ep 12\n😭😭", WOO_JIN, Verdict.CHAT),
    # held60: numbers in keycaps, a dozen, Spanish "once" beside its noun, Japanese counters of things by shape
    ("1️⃣2️⃣", EPISODES, Verdict.RIGHT),
    ("a dozen", EPISODES, Verdict.RIGHT),
    ("half a dozen", SURVIVORS, Verdict.RIGHT),
    ("half a dozen", EPISODES, Verdict.WRONG_ATTEMPT),
    ("once semanas", WEEKS, Verdict.RIGHT),
    ("once", WEEKS, Verdict.RIGHT),  # (Spanish "once" alone is eleven where a number is asked: held68)
    ("八本", q("How many legs does a spider have?", "Eight", "8"), Verdict.RIGHT),
    # held60: what one has or how long one is away is no count of the asked thing
    ("lol i have 12 tabs open", EPISODES, Verdict.CHAT),
    ("brb 2 mins", q("In which episode does I-sak turn into a zombie?", "2", "episode 2", "ep 2"), Verdict.CHAT),
    # held60: a name in Russian letters, as Russian subtitles spell it
    ("Онджо", ON_JO, Verdict.RIGHT),
    ("Намра или Онджо", ON_JO, Verdict.SEVERAL_ANSWERS),
    ("не Онджо", ON_JO, Verdict.CHAT),
    # review49: ... a surname too, where Russian letters cannot tell 외, 이 or 애 ("Чхве" Choi; was several answers)
    ("Чхве Намра", q("Who is the class president?", "Choi Nam-ra", "Nam-ra"), Verdict.RIGHT),
    ("Ли Ынсэм", ACTRESS, Verdict.RIGHT),
    ("Чхве Намра", ON_JO, Verdict.WRONG_ATTEMPT),
    # held61: Russian and Ukrainian chat is talk, its numbers and words read in English around a name
    ("блин", ON_JO, Verdict.CHAT),
    ("кто это вообще был", ON_JO, Verdict.CHAT),
    ("ну Онджо же", ON_JO, Verdict.RIGHT),
    ("я думаю Онджо", ON_JO, Verdict.RIGHT),
    ("не Намра, а Онджо", ON_JO, Verdict.RIGHT),
    ("Он Джо", ON_JO, Verdict.RIGHT),
    ("Чхонсан", ON_JO, Verdict.WRONG_ATTEMPT),
    ("го дальше", ON_JO, Verdict.CHAT),
    ("двенадцать серий", EPISODES, Verdict.RIGHT),
    ("одиннадцать", EPISODES, Verdict.WRONG_ATTEMPT),
    ("шестеро", SURVIVORS, Verdict.RIGHT),
    ("чотири місяці", MONTHS, Verdict.RIGHT),
    ("нет", q("Did Season 1's episodes have official titles?", "No", "none"), Verdict.RIGHT),
    ("nein", q("Did Season 1's episodes have official titles?", "No", "none"), Verdict.RIGHT),
    # not knowing beside a yes or no answers neither ("no sé si" is "I don't know if")
    ("no se si", q("Does Nam-ra become a halfbie?", "Yes"), Verdict.CHAT),
    ("não sei sim", q("Does Nam-ra become a halfbie?", "Yes"), Verdict.CHAT),
    ("gak tau ya", q("Does Nam-ra become a halfbie?", "Yes"), Verdict.CHAT),
    ("idk ya", q("Does Nam-ra become a halfbie?", "Yes"), Verdict.CHAT),
    ("je sais pas non", q("Did Season 1's episodes have official titles?", "No", "none"), Verdict.CHAT),
    ("yo creo que si", q("Does Nam-ra become a halfbie?", "Yes"), Verdict.RIGHT),
    ("ну два часа ночи уже", q("In which episode does I-sak turn into a zombie?", "2", "episode 2", "ep 2"), Verdict.CHAT),
    # held61: a quoted guess the reply only agrees with is one's own; a reply only denying one is no guess beside the rest
    ("> onjo\nthis", ON_JO, Verdict.RIGHT),
    (">> onjo\n+1", ON_JO, Verdict.RIGHT),
    ("> namra\nsame", ON_JO, Verdict.WRONG_ATTEMPT),
    ("its onjo\n> namra\nnope", ON_JO, Verdict.RIGHT),
    # held61: keycaps a space apart, numbers of Italian and German, "they are" and a number beside its own noun
    ("1️⃣ 2️⃣", EPISODES, Verdict.RIGHT),
    ("quattro", MONTHS, Verdict.RIGHT),
    ("sei studenti", SURVIVORS, Verdict.RIGHT),
    ("sono sei", SURVIVORS, Verdict.RIGHT),
    ("não sei", SURVIVORS, Verdict.CHAT),
    ("son once", WEEKS, Verdict.RIGHT),
    ("elf oder zwölf", EPISODES, Verdict.SEVERAL_ANSWERS),
    # held61: English words near a number word, how long it has been and how often, in a sentence, are talk
    ("once a week lol", WEEKS, Verdict.CHAT),
    ("dozens of zombies", EPISODES, Verdict.CHAT),
    ("its been 4 years since s1", MONTHS, Verdict.CHAT),
    ("i've seen it a dozen times", EPISODES, Verdict.CHAT),
    ("i have 12 as my answer", EPISODES, Verdict.RIGHT),
    # held61: a Korean title called out alone names no one; "science ssaem" is the science teacher
    ("oppa saranghae", q("Which student does On-jo have a crush on?", "Lee Su-hyeok", "Su-hyeok"), Verdict.CHAT),
    ("science ssaem", q("Which teacher created the virus?", "Lee Byeong-chan", "the science teacher"), Verdict.RIGHT),
    # held62: a hyphenated name typed joined with two neighbouring letters swapped is one slip, in a short name too
    ("namar", q("Which character does Cho Yi-hyun play?", "Choi Nam-ra", "Nam-ra"), Verdict.RIGHT),
    ("gwinma", q("Which student is the most feared bully?", "Yoon Gwi-nam", "Gwi-nam", "Gwinam"), Verdict.RIGHT),
    ("cheongsna", q("Which character does Yoon Chan-young play?", "Lee Cheong-san", "Cheong-san"), Verdict.RIGHT),
    ("parsi", q("What is the capital of France?", "Paris"), Verdict.CLOSE),  # (a single short word: still a near miss)
    # review50b: an "h" swapped with a vowel spells another Korean name (Younha is no Yoon-ah): a near miss, no points
    ("yoonha", q("Which Girls' Generation member is Im ...?", "Im Yoon-ah", "Yoon-ah"), Verdict.CLOSE),
    ("minha", q("Who is it?", "Min-ah"), Verdict.CLOSE),
    ("taeoh", q("Who is it?", "Tae-ho"), Verdict.CLOSE),
    # held62: a particle after the friendly "-이" of a name ending in a consonant
    ("수혁이가 정답", q("Which student does On-jo have a crush on?", "Lee Su-hyeok", "Su-hyeok"), Verdict.RIGHT),
    # held62: a name called before the name answered is said of that one, no second candidate
    ("that bastard gwinam", q("Who bites Choi Nam-ra?", "Yoon Gwi-nam", "Gwi-nam"), Verdict.RIGHT),
    ("psycho gwinam lol", q("Who bites Choi Nam-ra?", "Yoon Gwi-nam", "Gwi-nam"), Verdict.RIGHT),
    ("namra gwinam", q("Which student is the most feared bully?", "Yoon Gwi-nam", "Gwi-nam"), Verdict.SEVERAL_ANSWERS),
    # held63: a short hyphenated name typed joined with a swap; a romanised Korean word of six letters with one
    ("ojno", q("Whom is Cheong-san secretly in love with?", "Nam On-jo", "On-jo", "Onjo"), Verdict.RIGHT),
    ("hair", q("Which character does Ha Seung-ri play?", "Jang Ha-ri", "Ha-ri"), Verdict.CLOSE),  # (a word of its own)
    ("andogn", q("In which city was a scene shot away from the set?", "Andong"), Verdict.RIGHT),
    ("scared", q("Which word means holy?", "Sacred"), Verdict.CLOSE),  # (an English word of six: another word)
    # held63: "X?? no" answers one's own question: "no way" takes the guess back, a name after it is the guess
    ("cheongsan?? no way", q("Which character does Yoon Chan-young play?", "Lee Cheong-san", "Cheong-san"), Verdict.CHAT),
    ("onjo?? no namra", q("Which character does Cho Yi-hyun play?", "Choi Nam-ra", "Nam-ra"), Verdict.RIGHT),
    ("namra? no idea", q("Which character does Cho Yi-hyun play?", "Choi Nam-ra", "Nam-ra"), Verdict.RIGHT),  # (a saying, no taking back)
    # held63: a Korean sentence ending in a verb of being or having is talk ("age doesn't matter")
    ("나이는 상관없지", q("Which character does Cho Yi-hyun play?", "Choi Nam-ra", "Nam-ra"), Verdict.CHAT),
    # held64: a name said in Korean not to be it is denied ("not onjo"), and what follows "아니고" is the guess;
    # without the topic particle "아님?" asks "isn't it X?", a guess
    ("온조는 아니야", ON_JO, Verdict.CHAT),
    ("온조 아님", ON_JO, Verdict.CHAT),
    ("온조 아님?", ON_JO, Verdict.RIGHT),
    ("남라 아니고 온조", ON_JO, Verdict.RIGHT),
    # review51b: a denial said surely, insisted, doubted, or with "말고"/"ㄴㄴ" scores nothing; "아닐까?" still guesses
    ("온조는 절대 아니야", ON_JO, Verdict.CHAT), ("온조 아니라니까", ON_JO, Verdict.CHAT), ("온조 아닐껄", ON_JO, Verdict.CHAT),
    ("온조 아닌 것 같아", ON_JO, Verdict.CHAT), ("온조 ㄴㄴ", ON_JO, Verdict.CHAT), ("남라 말고 온조", ON_JO, Verdict.RIGHT),
    ("온조 아닐까?", ON_JO, Verdict.RIGHT), ("남라 아니면 온조", ON_JO, Verdict.CHAT),
    # held64: "poor" before the answer alone is how a fan types it; crying or laughing with it, or pity over two, is talk
    ("poor onjo", ON_JO, Verdict.RIGHT),
    ("poor onjo ㅠㅠ", ON_JO, Verdict.CHAT),
    ("poor onjo lol", ON_JO, Verdict.CHAT),
    ("poor onjo and cheongsan", ON_JO, Verdict.CHAT),
    # held87: Tagalog "yung" is an article and "ang sagot ay" says the answer; the answer, a feeling and more words is
    # talk (ruled at stop 63)
    ("yung onjo", ON_JO, Verdict.RIGHT), ("ang sagot ay onjo", ON_JO, Verdict.RIGHT),
    ("onjo ㅠㅠ she deserved better", ON_JO, Verdict.CHAT),
    # held88: disgust before a name is felt for, as pity; an owner's other thing where a thing is asked is a guess,
    # "yung" and a closing "po" beside the thing asked change nothing
    ("kadiri si onjo", ON_JO, Verdict.CHAT), ("que asco el onjo", ON_JO, Verdict.CHAT), ("onjo ㅠㅠ ang ganda niya", ON_JO, Verdict.CHAT),
    ("her phone", HANKY, Verdict.WRONG_ATTEMPT), ("his phone po", HANKY, Verdict.WRONG_ATTEMPT),
    ("yung handkerchief", HANKY, Verdict.RIGHT), ("her handkerchief po", HANKY, Verdict.RIGHT),
    # held89: two joined by another language's "and" where the answer joins two (never English "at the end"), one of
    # them wrong a wrong attempt; the handkerchief abroad; "her acting" remarks; disgust framed guesses, in more words talks
    ("namra at suhyeok po", KISS, Verdict.RIGHT), ("suhyeok y namra jaja", KISS, Verdict.RIGHT),
    ("é o suhyeok e a namra", KISS, Verdict.RIGHT), ("수혁이랑 남라요", KISS, Verdict.RIGHT), ("남라와 수혁", KISS, Verdict.RIGHT),
    ("namra กับ suhyeok ค่ะ", KISS, Verdict.RIGHT), ("namra at onjo", KISS, Verdict.WRONG_ATTEMPT),
    ("namra at the end was so sad", KISS, Verdict.CHAT),
    ("un pañuelo", HANKY, Verdict.RIGHT), ("o lenço", HANKY, Verdict.RIGHT), ("khăn tay", HANKY, Verdict.RIGHT),
    ("her acting", HANKY, Verdict.CHAT), ("si onjo ang sagot", ON_JO, Verdict.RIGHT), ("que asco, es onjo", ON_JO, Verdict.RIGHT),
    ("asco ese onjo lo odio", ON_JO, Verdict.CHAT), ("nakakadiri yung ginawa niya", ON_JO, Verdict.CHAT),
    ("ew its namra", ON_JO, Verdict.WRONG_ATTEMPT), ("ew its onjo", ON_JO, Verdict.RIGHT),
    # held90: another thing before "in the" answer is that thing; an owner or a call after the thing abroad, two hangul
    # names joined by "and" with crying guess; Tagalog "na yun" is "that"; disgust at him "again" reacts
    ("the phone in the handkerchief", HANKY, Verdict.WRONG_ATTEMPT), ("o lenço dela", HANKY, Verdict.RIGHT),
    ("saputangan kak", HANKY, Verdict.RIGHT), ("수혁이랑 남라 ㅠㅠ", KISS, Verdict.RIGHT), ("수혁이랑 귀남", KISS, Verdict.WRONG_ATTEMPT),
    ("ano yung episode na yun", KISS, Verdict.CHAT), ("ew its onjo again", ON_JO, Verdict.CHAT),
    # held91: "I meant" abroad turns to the guess; disgust before the asked thing is its context, before a name felt
    # for; two praised with no stop talk, with a comma guess; an owner's thing with a laugh; "sino yan", "ano ba yan" ask
    ("quise decir onjo", ON_JO, Verdict.RIGHT), ("ý mình là onjo", ON_JO, Verdict.RIGHT), ("ay mali, onjo", ON_JO, Verdict.RIGHT),
    ("kadiri yung panyo", HANKY, Verdict.RIGHT), ("que asco el pañuelo", HANKY, Verdict.RIGHT),
    ("kadiri yung phone", HANKY, Verdict.WRONG_ATTEMPT), ("kadiri si nayeon", HANKY, Verdict.CHAT),
    ("her phone lol", HANKY, Verdict.WRONG_ATTEMPT), ("suhyeok at namra cute nila", KISS, Verdict.CHAT),
    ("suhyeok at namra, cute nila", KISS, Verdict.RIGHT), ("lol yung namra 😂 sino yan", ON_JO, Verdict.CHAT),
    ("ano ba yan", ON_JO, Verdict.CHAT),
    # held92: English "ew" and Portuguese "eca" are disgust; "I meant" with nothing, a clause or "what" after it talks;
    # "mali ka" talks; disgust before the show or another's answer talks; a pair praised "cute af" talks
    ("ew onjo", ON_JO, Verdict.CHAT), ("eca o lenço", HANKY, Verdict.RIGHT), ("ay mali ko", ON_JO, Verdict.CHAT),
    ("quise decir que onjo es la mejor", ON_JO, Verdict.CHAT), ("quer dizer onjo", ON_JO, Verdict.RIGHT),
    ("mali ka", ON_JO, Verdict.CHAT), ("ew the ending", HANKY, Verdict.CHAT), ("kadiri yung sagot mo", HANKY, Verdict.CHAT),
    ("suhyeok and namra cute af", KISS, Verdict.CHAT),
    # held93: Tagalog talk around "ay mali"/"mali ka" and "sino yan" costs no guess, the name after its comma guesses;
    # "quise decir eso" means nothing; Thai "หมายถึง" is "I mean", "หมายถึงอะไร" asks what is meant, "อี๋" is disgust
    ("ay mali ako ng pindot", ON_JO, Verdict.CHAT), ("mali ka bes", ON_JO, Verdict.CHAT),
    ("mali ka bes, onjo yan", ON_JO, Verdict.RIGHT), ("ano ba, onjo nga", ON_JO, Verdict.RIGHT),
    ("quise decir eso jaja", ON_JO, Verdict.CHAT), ("sino yan? hahaha", ON_JO, Verdict.CHAT),
    ("หมายถึง onjo", ON_JO, Verdict.RIGHT), ("หมายถึงอะไร", ON_JO, Verdict.CHAT), ("อี๋ onjo", ON_JO, Verdict.CHAT),
    # held93: "내 말은" before a name ending in 라 guesses it; disgust before a thing with no article guesses the thing;
    ("내 말은 온조", ON_JO, Verdict.WRONG_ATTEMPT),
    ("ew rat", q("Which animal bites the science teacher?", "A rat", "rat"), Verdict.RIGHT),
    ("eca rato", q("Which animal bites the science teacher?", "A rat", "rat"), Verdict.RIGHT),
    ("ew bat", q("Which animal bites the science teacher?", "A rat", "rat"), Verdict.WRONG_ATTEMPT),
    ("jijik hp nya", HANKY, Verdict.WRONG_ATTEMPT), ("jijik saputangannya", HANKY, Verdict.RIGHT),
    # held93: a pair praised in Thai with the word stretched talks; "son lindos" after a comma says they are, the pair
    # guessed; a play's title abroad is the play
    ("suhyeok กับ namra น่ารักมากกก", KISS, Verdict.CHAT), ("suhyeok y namra, son lindos", KISS, Verdict.RIGHT),
    ("romeo y julieta", q("Which Shakespeare play is set in Verona?", "Romeo and Juliet"), Verdict.RIGHT),
    ("romeu e julieta", q("Which Shakespeare play is set in Verona?", "Romeo and Juliet"), Verdict.RIGHT),
    # review65d: "ay mali ka" ("oh, you're wrong") is said to another player, no guess of "ka" (counted wrong before)
    ("ay mali ka", ON_JO, Verdict.CHAT),
    # review65b: disgust before the thing a "which" question asks guesses it, as after "what" (was talk since held92's
    # "ew"); a title ending in "that" after "i mean" is the guess (was talk)
    ("ew a rat", q("Which animal bites the science teacher?", "A rat", "rat"), Verdict.RIGHT),
    ("i mean do that", q("Which song did the band close the show with?", "Do That"), Verdict.RIGHT),
    # fix93: Tagalog "ay mali pala" ("oh, wrong after all") takes the guess back for nothing, Mali the answer or not (was
    # right); "eh mali pala" still turns to Mali
    ("senegal ay mali pala", q("In which country is Timbuktu?", "Mali"), Verdict.CHAT),
    ("senegal eh mali pala", q("In which country is Timbuktu?", "Mali"), Verdict.RIGHT),
    # review51b: a face typed in letters cries too, and "rip" mourns: no guess spent, no points ("poor namra ;-;")
    ("poor namra ;-;", ON_JO, Verdict.CHAT), ("poor onjo TT", ON_JO, Verdict.CHAT), ("poor onjo rip", ON_JO, Verdict.CHAT),
    # fix51b: a face typed in punctuation cries too, though markup stripping drops it before reading ("poor onjo :(")
    ("poor onjo :(", ON_JO, Verdict.CHAT), ("poor onjo T_T", ON_JO, Verdict.CHAT), ("poor onjo :'(", ON_JO, Verdict.CHAT),
    ("poor onjo T.T", ON_JO, Verdict.CHAT), ("poor namra :((", ON_JO, Verdict.CHAT), ("poor baby onjo ;(", ON_JO, Verdict.CHAT),
    # held65: pity or mourning for the one the question itself names is talk, no guess of another
    ("poor baby cheongsan", ON_JO, Verdict.CHAT),
    ("rip cheongsan", ON_JO, Verdict.CHAT),
    # held65: one guess set against another in other languages guesses the second ("not X but Y"); "말고" sets
    # the first aside; "no sorry", "oops" take a guess back
    ("nicht namra, sondern onjo", ON_JO, Verdict.RIGHT),
    ("não é namra, é onjo", ON_JO, Verdict.RIGHT),
    ("non è namra ma onjo", ON_JO, Verdict.RIGHT),
    ("pas namra mais onjo", ON_JO, Verdict.RIGHT),
    ("hindi namra kundi onjo", ON_JO, Verdict.RIGHT),
    ("bukan 11 tapi 12", EPISODES, Verdict.RIGHT),
    ("bukan 12 tapi 11", EPISODES, Verdict.WRONG_ATTEMPT),
    ("nicht onjo", ON_JO, Verdict.CHAT),
    ("남라 말고 온조", ON_JO, Verdict.RIGHT),
    ("namra no sorry onjo", ON_JO, Verdict.RIGHT),
    ("namra oops onjo", ON_JO, Verdict.RIGHT),
    ("onjo oops", ON_JO, Verdict.RIGHT),
    # held66: typed on a phone: a neighbouring key or a vowel left out in a name typed joined, a name sent in halves,
    # an answer with its reason, English "u" for a Korean "a" in voice-to-text
    ("onjk", ON_JO, Verdict.RIGHT), ("onji", ON_JO, Verdict.CLOSE),  # (a vowel for a vowel spells another syllable)
    ("nanra", q("Which character does Cho Yi-hyun play?", "Choi Nam-ra", "Nam-ra"), Verdict.RIGHT),
    ("nmra", q("Which character does Cho Yi-hyun play?", "Choi Nam-ra", "Nam-ra"), Verdict.RIGHT),
    ("nara", q("Which character does Cho Yi-hyun play?", "Choi Nam-ra", "Nam-ra"), Verdict.CLOSE),  # (a consonant gone)
    ("hsri", q("Which character does Ha Seung-ri play?", "Jang Ha-ri", "Ha-ri"), Verdict.RIGHT),
    ("Nam-", q("Which character does Cho Yi-hyun play?", "Choi Nam-ra", "Nam-ra"), Verdict.CHAT),
    ("onjo bc she's the lead", ON_JO, Verdict.RIGHT), ("namra bc she's the lead", ON_JO, Verdict.WRONG_ATTEMPT),
    ("hari bc archery", q("Which character does Ha Seung-ri play?", "Jang Ha-ri", "Ha-ri"), Verdict.RIGHT),
    # held67: release night: a season-1 mark beside an episode only says which season; a later season's episode,
    # count, ranking or wait is talk of it; a guess in spoiler bars with talk outside is judged alone
    ("s1 ep 11", SOJU_DIES, Verdict.RIGHT), ("1x11", SOJU_DIES, Verdict.RIGHT), ("시즌1 11화", SOJU_DIES, Verdict.RIGHT),
    ("S01E11", SOJU_DIES, Verdict.RIGHT), ("ep 11 (s1)", SOJU_DIES, Verdict.RIGHT), ("ep 12 of s1", SOJU_DIES, Verdict.WRONG_ATTEMPT),
    ("ep 11 of s2 tho", SOJU_DIES, Verdict.CHAT), ("omg s2e1", SOJU_DIES, Verdict.CHAT), ("시즌2 11화 미쳤다", SOJU_DIES, Verdict.CHAT),
    ("s2e11", SOJU_DIES, Verdict.WRONG_ATTEMPT),  # (a later season's episode alone: a guess, and not season 1's)
    ("s2 has 8 eps", EPISODES, Verdict.CHAT), ("s2 > s1", EPISODES, Verdict.CHAT), ("s1 has 12 and s2 has 8", EPISODES, Verdict.RIGHT),
    ("s2 has 8 eps", q("How many episodes does Season 2 have?", "8"), Verdict.RIGHT),  # (the season the question asks)
    ("4 years of waiting for s2", q("How many months after the outbreak is the epilogue set?", "Four", "4"), Verdict.CHAT),
    ("||ep 11|| no spoilers lol", SOJU_DIES, Verdict.RIGHT), ("no spoilers ||ep 11|| lol", SOJU_DIES, Verdict.RIGHT),
    ("대학생", q("What is On-jo doing when Season 2 begins?", "Studying at university", "university student"), Verdict.RIGHT),
    ("sin spoilers porfa", q("In which city does Season 2's outbreak strike?", "Seoul"), Verdict.CHAT),
    ("wag mag spoil", q("In which city does Season 2's outbreak strike?", "Seoul"), Verdict.CHAT),
    # held68: hedges, denials and two guesses: "anyone but X" rules X out; two episodes with a slash are two guesses
    # (never a score out of ten); Spanish "once" alone is 11 where a number is asked; a cause taken up for the answer,
    # what an episode did to the speaker and a name half remembered are talk
    ("anyone but onjo", ON_JO, Verdict.CHAT), ("anybody except onjo lol", ON_JO, Verdict.CHAT),
    ("anything but 12", EPISODES, Verdict.CHAT),
    ("11/12", SOJU_DIES, Verdict.SEVERAL_ANSWERS), ("10/10 episode btw", SOJU_DIES, Verdict.CHAT),
    ("platform 9 3/4", q("Which platform does the Hogwarts Express leave from?", "9 3/4"), Verdict.RIGHT),  # (a fraction answers)
    ("once", SOJU_DIES, Verdict.RIGHT), ("creo que es el once", SOJU_DIES, Verdict.RIGHT), ("el doce", EPISODES, Verdict.RIGHT),
    ("once", EPISODES, Verdict.WRONG_ATTEMPT), ("once", q("How many times is the bell rung?", "11"), Verdict.WRONG_ATTEMPT),
    ("once more pls", SOJU_DIES, Verdict.CHAT), ("once upon a time", SOJU_DIES, Verdict.CHAT),
    ("justice for onjo", ON_JO, Verdict.CHAT), ("ep 11 broke me", SOJU_DIES, Verdict.CHAT),
    ("i forgot… on-something", ON_JO, Verdict.CHAT),
    # held69: "anyone but X" in Spanish, Portuguese, Indonesian and Tagalog rules X out; "X or anyone" wins nothing; a
    # hedge closing one guess ("or am i dumb", "or not", "or smth") is that guess; "not 11/12" denies both; a tally is talk
    ("cualquiera excepto onjo", ON_JO, Verdict.CHAT), ("qualquer um menos onjo", ON_JO, Verdict.CHAT),
    ("siapa saja asal bukan onjo", ON_JO, Verdict.CHAT), ("kahit sino basta wag lang si onjo", ON_JO, Verdict.CHAT),
    ("onjo or anybody else", ON_JO, Verdict.SEVERAL_ANSWERS), ("onjo or somebody lol", ON_JO, Verdict.SEVERAL_ANSWERS),
    ("onjo or am i wrong", ON_JO, Verdict.RIGHT), ("namra? or not", ON_JO, Verdict.WRONG_ATTEMPT),
    ("onjo or sth like that", ON_JO, Verdict.RIGHT), ("ready or not", q("Which 2019 horror comedy stars Samara Weaving?", "Ready or Not"), Verdict.RIGHT),
    ("12 or am i tripping", EPISODES, Verdict.RIGHT),
    ("never 11/12", SOJU_DIES, Verdict.CHAT), ("4/5 correct so far", q("In which episode does Ms. Park die?", "3", "episode 3"), Verdict.CHAT),
    # held70: a number of a saying beside a name is no count and no guess ("24/7", "4 life", "top 5 ... scenes"); an
    # edit's mark is no second word; a pair of numbers with "episodes" and nothing else is two guesses
    ("edit: onjo", ON_JO, Verdict.RIGHT), ("24/7 onjo stan", ON_JO, Verdict.CHAT), ("24/7 onjo stan", EPISODES, Verdict.CHAT),
    ("onjo 4 life", EPISODES, Verdict.CHAT), ("onjo 4 life", ON_JO, Verdict.CHAT), ("top 5 onjo scenes", SURVIVORS, Verdict.CHAT),
    ("im 11/12 eps in", WOO_JIN, Verdict.CHAT), ("11/12 episodes", EPISODES, Verdict.SEVERAL_ANSWERS),
    # held71: an edit keeps the last guess; a fan's stanning, ranking, memes, streaks and scores are talk even where
    # their numbers or names answer, unless the answer's own words say them ("stan lee")
    ("namra edit: nvm its onjo", ON_JO, Verdict.RIGHT), ("onjo edit: nvm its namra", ON_JO, Verdict.WRONG_ATTEMPT),
    ("4, trust me", q("How many months after the outbreak is the epilogue set?", "Four", "4"), Verdict.RIGHT),
    ("4 real?", q("How many months after the outbreak is the epilogue set?", "Four", "4"), Verdict.CHAT),
    ("i stan onjo", ON_JO, Verdict.CHAT), ("stan onjo", ON_JO, Verdict.CHAT), ("stan lee", q("Who created Spider-Man?", "Stan Lee"), Verdict.RIGHT),
    ("top 3 saddest scenes", q("In which episode does Ms. Park die?", "3", "episode 3"), Verdict.CHAT),
    ("3 for 3 today", q("In which episode does Ms. Park die?", "3", "episode 3"), Verdict.CHAT),
    ("press f", ON_JO, Verdict.CHAT), ("press f", q("Which key does the meme press to pay respects?", "Press F"), Verdict.RIGHT),
    ("12/12 episodes done", EPISODES, Verdict.CHAT), ("got 12/12 on the quiz lol", EPISODES, Verdict.CHAT),
    ("its 12, im 12/12 eps in", EPISODES, Verdict.RIGHT), ("ignore the typo lol", ON_JO, Verdict.CHAT),
    # fix57: a fan's progress typed alone is a tally where no count of episodes is asked ("5/8 eps", "on 5/12", "ep 5/12"
    # of the season's 12); "ep 11/12" and "5/8" alone stay two guesses, as does "11/12 episodes" where episodes are counted
    ("5/8 eps", WOO_JIN, Verdict.CHAT), ("11/12 eps", SOJU_DIES, Verdict.CHAT), ("on 5/12", EPISODES, Verdict.CHAT),
    ("im on 11/12", WOO_JIN, Verdict.CHAT), ("ep 5/12", EPISODES, Verdict.CHAT), ("on ep 5/12", WOO_JIN, Verdict.CHAT),
    ("ep 11/12", SOJU_DIES, Verdict.SEVERAL_ANSWERS), ("ep 11/12", EPISODES, Verdict.SEVERAL_ANSWERS),
    ("11/12 eps", EPISODES, Verdict.SEVERAL_ANSWERS), ("11/12", WOO_JIN, Verdict.SEVERAL_ANSWERS),
    # held72: an episode with the season's total guesses the episode, a tally of it is talk; an office alone where its
    # holder is asked says the question back; a name in hangul whose last syllable is also an ending
    ("ep 5 of 12", WOO_JIN, Verdict.WRONG_ATTEMPT), ("5 out of 12", WOO_JIN, Verdict.WRONG_ATTEMPT),
    ("ep 5 of 12", EPISODES, Verdict.WRONG_ATTEMPT), ("ep 6 of 12", NAM_RA, Verdict.RIGHT),
    ("6 out of 12", NAM_RA, Verdict.RIGHT), ("im on ep 6 of 12 rn", NAM_RA, Verdict.CHAT),
    ("watched 5 out of 12 so far", EPISODES, Verdict.CHAT), ("ep 4 of 12", MONTHS, Verdict.WRONG_ATTEMPT),
    ("prez", q("Which US president was in office during the Cuban Missile Crisis?", "John F. Kennedy", "Kennedy"), Verdict.CHAT),
    ("prez", q("Who was South Korea's president in 2021?", "Moon Jae-in"), Verdict.CHAT),
    ("prez kennedy", q("Which US president was in office during the Cuban Missile Crisis?", "Kennedy"), Verdict.RIGHT),
    ("문재인", q("Who was South Korea's president in 2021?", "Moon Jae-in"), Verdict.RIGHT),
    # fix59: the office in Korean said back too; the Korean word itself where the question asks for it is its answer
    ("대통령", q("Who was South Korea's president in 2021?", "Moon Jae-in"), Verdict.CHAT),
    ("반장", q("Which Korean word means 'class president'?", "Banjang"), Verdict.RIGHT),
    ("the sixth one", NAM_RA, Verdict.RIGHT), ("the 11th one", WOO_JIN, Verdict.WRONG_ATTEMPT), ("that one hurt", WOO_JIN, Verdict.CHAT),
    # held73: a place points at nothing where a count or a name is asked, and a question before this one spoken of is
    # talk; a rating out of any scale guesses nothing; "쌤" is a teacher
    ("the fifth one", EPISODES, Verdict.CHAT), ("the fifth one", ON_JO, Verdict.CHAT), ("the 1st one was too easy", WOO_JIN, Verdict.CHAT),
    ("the first one was hard lol", q("In which episode is Hyeon-ju bitten?", "1", "episode 1"), Verdict.CHAT),
    ("5 out of 12 stars", EPISODES, Verdict.CHAT),
    ("namra who else", q("Which character does Cho Yi-hyun play?", "Choi Nam-ra", "Nam-ra"), Verdict.RIGHT),  # no clause: a name
    ("과학쌤", q("Which teacher created the virus?", "Lee Byeong-chan", "the science teacher"), Verdict.RIGHT),
    # held74: who it was asked back in Korean and Indonesian is talk; Spanish "sino" (rather) is no Tagalog "who"
    ("반장 누구더라", q("Which student is the class president?", "Choi Nam-ra", "Nam-ra"), Verdict.CHAT),
    ("namra siapa ya", q("Which student is the class president?", "Choi Nam-ra", "Nam-ra"), Verdict.CHAT),
    ("no es onjo sino namra", q("Which student is the class president?", "Choi Nam-ra", "Nam-ra"), Verdict.RIGHT),
    # review46b: a spaced slash between halves of one thing gives no alternatives: "7" is no "24 / 7"
    ("7", q("How often is the store open?", "24 / 7"), Verdict.WRONG_ATTEMPT),
    # an answer of chat words typed whole as its list writes it is that answer, not talk
    ("Let It Be", q("Which Beatles song names its album of 1970?", "Let It Be"), Verdict.RIGHT),
    ("You got it", q("What does Reinhardt say when he is healed?", "You got it"), Verdict.RIGHT),
    ("let's go", q("Which board game uses black and white stones?", "Go"), Verdict.CHAT),
]


@table(("guess", "question", "verdict"), CASES)
def test_typed_as_fans_type_it(guess: str, question: Question, verdict: Verdict) -> None:
    matcher = AnswerMatcher(lists=[SONG, OTHER_SONG])
    assert matcher.judge(guess, question).verdict is verdict


MONTH = q("In which month does the outbreak at Hyosan High begin?", "September")
NAMED_MAY = q("Which character is the class president's friend?", "May")


@table("guess", ["sept", "Sep", "sept.", "9", "09", "its sept"])
def test_a_month_typed_short_or_as_its_number_scores(guess: str) -> None:
    assert AnswerMatcher().match(guess, MONTH).correct


@table("guess", ["oct", "aug", "10", "8"])
def test_another_month_typed_short_or_as_its_number_is_a_wrong_guess(guess: str) -> None:
    assert not AnswerMatcher().match(guess, MONTH).correct


def test_a_number_is_no_month_where_the_question_asks_for_no_month() -> None:
    assert not AnswerMatcher().match("5", NAMED_MAY).correct
