"""The spoiler lexicon (bot/lore/lexicon.py; bot/lore/lexicon_typos.py's rephrasing) on kinds of bench/lexicon_heldout21.yaml and
heldout22.yaml, heldout23.yaml and heldout24.yaml in other wordings: Spanish, Portuguese, Tagalog, Indonesian, Japanese, Chinese,
Thai and Vietnamese fan chat, a deed left unsaid ("X had to", "had to watch"), a poll or a list written as code,
Korean "끝냈어", an actor's other role dying "too", a relative on screen in a cast interview, a numbered ranking of deaths,
the boy's lie told to the pilot; and the same words in a writer's school day or a cry at a survivor's bite that give
nothing more away (the episode each gives away; 0: none)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from tests.table import table

LEXICON = lexicon_of(bundled_pack())


def s1(episode: int) -> Position:
    return Position(1, episode) if episode else NOTHING


@table(
    ("text", "spoils"),
    [
        ("no puedo creer que mataron a woojin 😭", 12),
        ("la muerte de cheongsan me dolió mucho", 11),
        ("el papá de onjo se sacrificó en el gimnasio", 11),
        ("nayeon se convirtió en zombie jaja", 9),
        ("isak fue mordida y no dijo nada", 2),
        ("la muerte de mi gato me dolió mucho", 0),
        ("mi mamá me mordió jaja", 0),
        ("¿quién muerde a nam-ra? (gwi-nam)", 6),  # a Spanish trivia list's questions, read with their answers
        ("¿quién se queda con las bengalas en el gimnasio? (so-ju)", 11),
        ("onjo y suhyeok llegan al campo de cuarentena", 12),
        ("el perro muerde a mi hermano", 0),
        ("vamos al gimnasio mañana", 0),
    ],
)
def test_spanish_fan_chat_tells_the_fate_it_names(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("o gwi-nam morre?", 11),
        ("cheongsan sobreviveu?", 11),
        ("a morte do gyeongsu foi triste", 3),
        ("o gwi-nam virou zumbi", 5),
        ("Nam-ra é meio zumbi", 6),
        ("minha vó morreu ano passado", 0),  # no one from the show
    ],
)
def test_portuguese_fan_chat_tells_the_fate_it_names(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", ["Nam-ra regresa como medio zombie", "Nam-ra volta como semi-zumbi"])
def test_a_halfbie_named_in_spanish_or_portuguese_is_her_turn(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(6)


def test_a_halfbie_named_with_season_two_in_spanish_gives_away_that_she_outlives_season_one() -> None:
    # as "Netflix confirms season 2: Nam-ra returns as a halfbie" is read: she is in season 2
    assert LEXICON.position("Netflix confirma la temporada 2: Nam-ra vuelve como semizombi", anywhere=True) == s1(12)


@table(
    ("text", "spoils"),
    [
        ("¡¡VOLVIÓ CHEONGSAN!! 😭", 11),  # the return told before the one back
        ("o suhyeok voltou na 2ª temporada", 12),
        ("namra est de retour dans la saison 2", 12),
        ("namra sigue siendo mitad zombi en la t2", 12),  # a state kept into season 2: her season-1 fate
        ("cheongsan no volvió 😭", 11),
        ("toujours pas remise de la mort du père d'onjo", 11),
        ("a namra teve que matar o woojin 😭", 12),
        ("la serie volvió a subir al top 10", 0),  # "volvió a": again
        ("mi novio volvió!! 😭", 0),
        ("la saison 2 sort à 9h, qui regarde ce soir ?", 0),
        # review48: said in the present, with an article before the name, as a noun, or alive still
        ("CHEONGSAN VUELVE", 11),
        ("Nam-ra, la medio zombie, regresa", 12),  # as "Nam-ra, the halfbie, returns" (was 6: "regresa" unread)
        ("VOLTOU O CHEONGSAN", 11),
        ("a volta do cheongsan 😭", 11),
        ("el regreso de cheongsan", 11),
        ("o cheongsan não volta??", 11),
        ("cheongsan sigue vivo", 11),
        ("cheongsan est toujours vivant", 11),
        ("vuelve la serie el 9 de julio!!", 0),
        ("volta às aulas amanhã, parei no ep 4", 0),
        ("vou dar uma volta e depois vejo o ep 5", 0),
        ("el fandom sigue vivo", 0),
        # review48b: phrasings the cheap pre-check had let pass unread
        ("a namra segue com vida", 12),
        ("cheongsan n'est pas mort", 11),
    ],
)
def test_a_return_in_season_twos_week_in_spanish_portuguese_or_french_gives_away_the_fate_outlived(
        text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("su-hyeok's back!!", 12),
        ("onjo is back and i'm sobbing", 12),  # a return told on with the writer's tears
        ("volvió namra y sigue siendo la reina", 12),
        ("voltou a onjo!!", 12),
        ("수혁 돌아왔다 ㅠㅠ", 12),
        ("bumalik na si onjo!!", 12),
        ("suhyeok kembali!!", 12),
        ("the bully with one eye is back and he's stronger now", 5),  # his comeback as a halfbie, in season 1
        ("귀남이 반좀비로 돌아옴", 5),
    ],
)
def test_a_return_told_in_any_of_season_twos_languages_gives_away_the_fate_outlived(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", ["on-jo's dorm in seoul 😭", "온조 기숙사 방 너무 귀여워", "온조 대학생 된 거 실화냐"])
def test_on_jos_student_life_in_seoul_gives_away_that_she_outlives_season_one(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(12)


def test_the_death_of_a_characters_little_brother_in_french_is_his() -> None:
    assert LEXICON.position("la mort du petit frère de ha-ri", anywhere=True) == s1(12)


@table("text", ["jimin is back!! bts comeback szn", "지민 돌아왔다 방탄 컴백",  # the idol, not Ji-min
                "my grandma passed away, paused at ep 9", "RIP to my dog, we were on ep 4 😭",
                "namatay yung lola ko, di ko natuloy ep 8", "nenek gue meninggal, berhenti di episode 7",
                "할아버지 돌아가셔서 9화까지만 봄", "와이파이 돌아왔다 ㅠㅠ 4화 보러감",
                "sa season 3 ng Sweet Home bumalik si Hyun-soo"])
def test_an_idols_comeback_the_writers_own_loss_or_the_wifi_beside_an_episode_is_nobodys_fate(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table("text", ["die szene mit gwinam war krass", "ich mag die folge mit soju", "die mutter von cheongsan ist so lieb",
                "gwinam geht in die bibliothek", "die scène met woojin was zo mooi", "die reeks met cheongsan is baie goed"])
def test_german_dutch_or_afrikaans_die_before_a_noun_is_the_article_not_a_death(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table("text", ["Die, gwinam. just die.", "die already cheongsan lol", "Die slowly, gwinam!", "ich sterbe 😭 cheongsan ist so süß",
                "Die With A Smile plays every time cheongsan and onjo are on screen", "ik ben doodmoe na die binge met namra"])
def test_english_die_said_as_a_command_or_a_title_or_the_viewers_own_dying_is_no_death(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table("text", ["the power came back, continuing ep 6", "volvió la luz, sigo con el ep 6",
                "a internet voltou, bora pro ep 7", "meu celular tinha morrido no ep 8 kkk",
                "mein handy stirbt gleich, schaue folge 2 später"])
def test_the_power_or_a_phone_coming_back_or_dying_beside_an_episode_is_nobodys_fate(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("nakagat si namra", 6),
        ("namatay si cheongsan sa construction site", 11),
        ("naging zombie si gyeongsu dahil kay nayeon", 3),
        ("ang tatay ni onjo, nagsakripisyo siya 😭", 11),
        ("namatay ang wifi namin lol", 0),
    ],
)
def test_tagalog_fan_chat_tells_the_fate_it_names(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("Park Ji-hu said the goodbye with her on-screen father in the gym made her cry", 11),
        ("Park Ji-hu cried filming with her onscreen dad at the gym", 11),
        ("my grandma's on-screen debut was on tv lol", 0),
    ],
)
def test_an_actors_on_screen_relative_is_their_characters_relative(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("top 5 deaths ranked: 5. mr lee 4. isak 3. gyeongsu 2. so-ju 1. woojin", 12),
        ("my ranking of deaths:\n1. isak\n2. so-ju", 11),
        ("poll: saddest death? 1️⃣ isak 2️⃣ gyeongsu 3️⃣ onjo's dad", 11),  # a poll's keycaps; a relative listed
        ("poll: best episode? 1️⃣ ep 1 2️⃣ the premiere", 0),
        ("top 3 dramas this year: 1. all of us are dead 2. kingdom 3. sweet home", 0),
        ("1. buy milk 2. watch ep 3 3. sleep", 0),
    ],
)
def test_a_numbered_ranking_of_deaths_tells_each_death_ranked(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_numbered_lines_under_no_ranking_heading_are_each_read_on_their_own() -> None:
    # a moderator's list of reported questions: one names a character, a later one season 2; together they
    # tell nothing, as each question alone tells nothing
    reports = ("#1 Spoiler · `aouad-010`\nWhich actress plays Seo Hyo-ryeong?\nAnswer: Kim Bo-yoon\n"
               "#2 Wrong · `aouad-189`\nWhen did Netflix renew the show for Season 2?\nAnswer: June 2022")
    assert LEXICON.position(reports, anywhere=True) == s1(0)


@table(
    ("text", "spoils"),
    [
        ("POV: you're the helicopter pilot and the boy says nobody else is alive", 8),
        ("the pilot says we're landing soon", 0),
    ],
)
def test_nobody_else_alive_said_to_the_pilot_is_the_boys_lie(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    "text",
    [
        "fire drill at school today and the roof door was locked lol",
        "fire alarm at school today, everyone ran to the roof door",
        "POV: you're a student and the teacher says pop quiz 💀",
        "the teacher gave us homework 💀",
    ],
)
def test_the_writers_school_day_stays_in_the_clear(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table("text", ["namra got bitten 😭", "nam ra got bitten by gwinam defending su-hyeok 😭"])
def test_a_cry_at_nam_ras_bite_tells_her_bite_not_the_death_she_causes(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(6)


@table(
    ("text", "spoils"),
    [
        ("o pai da onjo se sacrificou no ginásio 😭", 11),
        ("a isak virou zumbi e ninguém percebeu", 2),
        ("o suhyeok sobreviveu, graças a deus", 12),
        ("meu gato mordeu a minha mão kkkk", 0),
    ],
)
def test_portuguese_chat_of_sacrifices_turnings_and_survivals_tells_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("isak digigit tapi diem aja", 2),
        ("nayeon akhirnya jadi zombie juga wkwk", 9),
        ("ayahnya onjo mengorbankan diri di gym 😭", 11),
        ("aku mati ketawa liat daesu 😂", 0),
        ("mati aku liat senyum cheongsan", 0),  # the writer's "it kills me" opening the line (heldout60)
        ("cheongsan mati aku nangis", 11),  # his death, then the writer's tears
        ("adikku gigit tanganku pas nonton", 0),
    ],
)
def test_indonesian_fan_chat_tells_the_fate_it_names(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("iniwan sila ng mga sundalo, grabe", 9),
        ("si namra ang tumapos kay woojin", 12),
        ("iniwan ako ng bf ko 😭", 0),
    ],
)
def test_tagalog_deeds_tell_who_did_them(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("누가 청산이 물어?", 11),  # 누가 is the doer: the one named is the one bitten
        ("누가 우진이 죽여?", 12),
        ("¿quién mata a woojin?", 12),
        ("quem morde o cheongsan?", 11),
        ("sino kumagat kay cheongsan?", 11),
        ("sinong pumatay kay woojin?", 12),
        ("qui mord namra ?", 6),
        ("qui a tué woojin", 12),
        ("wer beißt namra?", 6),
        ("kien mata a woojin?", 12),  # typed as fans type it
        ("quienes muerde a namra", 6),
        ("wen biss gwinam?", 6),  # German "whom": the one named does it
        ("wen tötete namra?", 12),
        ("누가 청산이 물어봐?", 0),  # "who asks Cheong-san": no bite
        ("누가 제일 좋아?", 0),
        ("quién es tu favorito?", 0),
        ("qui est ton préféré ?", 0),
        ("wer ist dein liebling?", 0),
    ],
)
def test_a_who_question_in_fans_other_languages_presumes_its_event_as_in_english(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("woojin 💔 nam-ra had to 😭", 12),
        ("woojin 😭😭 and hari just stood there and had to watch", 12),  # the one cried for died before her
        ("namra ㅠㅠ i had to pause", 0),
        ("i had to watch 😭", 0),
        ("park ji-hu had to cut her hair for the role", 0),
    ],
)
def test_a_deed_left_unsaid_after_a_cry_is_the_deed(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("남라가 결국 우진이를 끝냈어", 12),
        ("정주행 끝냄 ㅠㅠ", 0),
    ],
)
def test_korean_ended_someone_is_a_kill(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("lee yoo-mi died in squid game too, she always gets it", 9),
        ("lee yoo-mi died in squid game", 0),
        ("lee yoo-mi was in squid game too", 0),
    ],
)
def test_an_actors_other_role_dying_too_is_their_characters_death(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_the_handkerchief_named_with_gyeong_su_is_his_infection() -> None:
    assert LEXICON.position("경수한테 손수건 쓴 거 진짜 소름", anywhere=True) == s1(3)


@table(
    ("text", "spoils"),
    [
        ("o pai da onjo ficou pra trás com os sinalizadores", 11),
        ("el comandante se quitó la vida, qué fuerte", 12),
        ("jimin abandonó a hyoryeong en el gimnasio", 10),
        ("isak berubah gara-gara digigit, aku nangis", 2),
        ("hindi na bumalik si cheongsan pagkatapos ng sunog", 11),
        ("イサクが噛まれたのを隠してた", 2),  # Japanese: names in katakana, the event glued to them
        ("チョンサン、グィナムに噛まれても", 11),  # "bitten by Gwi-nam"
        ("青山被贵男咬了", 11),  # Chinese (simplified): bitten by Gwi-nam
        ("南羅變成半殭屍", 6),  # Chinese (traditional): a halfbie
        ("温祖爸爸最后还是留在体育馆了", 11),  # On-jo's dad stayed behind in the gym
        ("นัมราโดนกัดตอนปกป้องซูฮยอก", 6),  # Thai: bitten protecting Su-hyeok
        ("พ่อของอนโจตายแล้ว", 11),  # Thai: On-jo's dad died
        ("bố của Onjo hy sinh ở nhà thi đấu", 11),  # Vietnamese: On-jo's dad gave his life in the gym
        ("Gwinam thành nửa zombie", 5),
        ("온조 아빠 결국 못 나왔잖아 ㅠㅠ", 11),  # Korean: in the end he could not get out
        ("daeri (daesu x hari) the only ship that got a happy ending", 12),  # both survive
        ("my thesis died and came back like gwinam", 5),  # he came back as a halfbie; not his death (11)
        ("alive = ['onjo', 'suhyeok', 'daesu', 'hari', 'mijin', 'hyoryeong']", 12),  # a roll call written as code
        ("onjo, suhyeok, daesu, hari, mijin, hyoryeong + namra kind of", 12),  # the halfbie at large listed with them
        ("パク・ジフが2期にも戻ってきた！", 12),  # Japanese: On-jo's actor back for season 2, so On-jo lives
        ("尹燦榮確定回歸第二季", 11),  # Chinese: Cheong-san's actor back for season 2
        ("โลมอนกลับมาในซีซั่น 2", 12),  # Thai: Su-hyeok's actor back
        ("청산이 2시즌에 돌아온대", 11),  # Korean: "2시즌" as well as "시즌2"
        ("第二季温祖在首尔上大学", 12),  # On-jo at university in Seoul: her season-2 life
        ("phần 2 Onjo đã lên đại học ở Seoul", 12),
        ("青山在第二集从窗户掉下去了", 2),  # his fall from a window (2), not his death (11)
        ("ウジンが噛まれて、ナムラが止めを刺した", 12),  # Woo-jin finished off, not Nam-ra's own bite (6)
        ("チョンサンのお母さん、ゾンビのギョンスに襲われて", 4),
        ("Cheongsan bị Gwinam cắn ở công trường", 11),  # bitten BY Gwi-nam, not Gwi-nam's bite of Nam-ra (6)
        ("thầy khoa học bị cắn ở đồn cảnh sát", 4),
        ("科学老师就是病毒的制造者", 3),
        # a trivia question read with its answer, and a question's own form of "die" (scen43: each was 0, so asked in #ネタバレ禁止)
        ("チョンサンは最後どうなる？ (死亡)", 11),
        ("オンジョの父ソジュはどうなる？ (死ぬ)", 11),
        ("最後に死ぬのは誰？ (チョンサン)", 11),
        ("青山是怎么死的", 11),
        ("青山会死吗", 11),
        # surviving and turning, plain and polite (the spoiler oracle found /ask's own Japanese and Chinese answers unread)
        ("スヒョクは最後まで生き残ります", 12),
        ("ハリは最後まで生きてる", 12),  # alive to the end
        ("Su-hyeokは生き残った", 12),  # a Latin name glued to the Japanese
        ("李秀赫活了下来", 12),
        ("イサクはゾンビになります", 2),
        ("チョンサンは死にます", 11),
        # fan slang for a fate, in English and twelve other languages
        ("gwinam finally got written off, good riddance", 11),
        ("daesu plot armor confirmed, he lives till the end", 12),
        ("se lo cargaron a cheongsan, no lo supero", 11),
        ("woojin no lo logró 💔", 12),
        ("pak lee tamat riwayatnya di kantor polisi", 4),
        ("cheongsan n'a pas survécu... ou si ?", 11),
        ("F für soju 😭", 11),
        ("贵南终于下线了", 11),  # Chinese: went offline, written out
        ("娜妍杀青了，活该", 9),  # her part's filming wrapped
        ("woojin领盒饭那段我哭了", 12),  # collected the boxed meal; a Latin name glued to Chinese
        ("チョンサン退場はつらすぎる", 11),
        ("キョンスのゾンビ化シーン", 3),
        ("ชองซานลาโลก", 11),  # Thai: left the world
        ("Cheong-san toang rồi 😭", 11),  # Vietnamese: done for
        ("청산이 하차함", 11),  # Korean: got off (the show)
        ("cheongsan ❤️‍🩹 onjo 💚", 12),  # hearts beside a mended heart: they live
        ("🩸 isak 🩸 gyeongsu 🩸 hyeonju", 3),  # blood before names: the bitten
        # the same slang with the name elsewhere: another clause, a quoted reply, another word order, a typo
        ("gwinam? writen off. good riddance", 11),
        ("they wrote off soju way too early", 11),
        ("suhyeok has plot armour thicker than a tank lol", 12),  # plot armor: a survival to the end
        ("the one i cried for most was woojin. kid didn't make it past yangdong", 12),
        ("> woojin covering hari in yangdong\nsame, RIP him 😭", 12),  # a reply reads after its quote
        ("isak. F.", 2),
        ("byeongchan F lol karma", 4),
        ("a gwinam por fin se lo cargaron en el 11", 11),
        ("no lo logró el pobre soju 😭", 11),
        ("woojin hat's leider nicht geschafft", 12),
        ("soju n'a malheureusement pas survécu", 11),
        ("退場したのはウジン…つらい", 12),
        ("onjo 💚✨ suhyeok 💙🔥 ❤️‍🩹 cheongsan", 12),  # hearts in runs of other emoji
        ("cheongsan died my tv went black", 11),  # his fate, then the writer's things: not "died my tv"
        ("woojin didn't make it my grades too", 12),
        ("gwinam got written out of the show", 11),  # this show: not an actor's other drama
        # disguised by how it is typed: spaced, dotted, leet, invisible or full-width letters, a hashtag, a struck word
        ("c h e o n g s a n dies", 11),
        ("g-w-i-n-a-m finally d.i.e.s", 11),
        ("w00j1n d1es in ep 12", 12),
        ("cheong\u200bsan dies", 11),
        ("ｃｈｅｏｎｇｓａｎ ｄｉｅｓ", 11),
        ("#RIPWoojin", 12),
        ("__gyeongsu__ ~~lives~~ dies", 3),  # struck out: taken back
        ("cheongsan\n\n\ndies", 11),  # a name alone on its line, the verb below
        ("青 山 死 了", 11),
        # a death in the plain words of German, French, Italian, Polish, Russian, Turkish
        ("Soju stirbt in Folge elf", 11),
        ("chéongsan meurt à l'épisode onze", 11),
        ("Woojin muore nell'episodio dodici", 12),
        ("Cheongsan умирает в одиннадцатой серии", 11),
        ("11. bölümde ölüyor: cheongsan", 11),
        ("Why Cheong-san's ending still hurts", 11),  # his ending that hurts: his death
        ("n4mr4 g3ts b1tt3n", 6),  # a leet name ending in a digit
        ("Чхонсан умирает", 11),  # the names in Russian letters, with Russian's case endings
        ("Намру укусили", 6),
        ("Намра становится полузомби", 6),
        ("Хари выжила", 12),
        ("Cheongsan ginie w odcinku 11", 11),  # Polish "ginie": dies
        # German "die" the article before a fate, the kin of a name's genitive, the one who bites first; Dutch deaths
        ("die szene wo onjos vater stirbt 😭", 11),
        ("der vater von onjo stirbt in folge elf", 11),
        ("warum muss die mutter von cheongsan sterben 😭", 10),
        ("gwinam beißt cheongsan", 11),
        ("ji-min lässt hyoryeong einfach zurück", 10),
        ("die scène waarin soju doodgaat", 11),
        ("woojin is doodgegaan, namra moest het doen", 12),
        ("cheongsan and gwinam, die horribly in the fire", 11),  # "die" after a comma, before an adverb: English
        # Hindi, Urdu, Arabic, Persian and Bengali in their own letters; Hinglish, Malay, Taglish in Latin ones
        ("सोजू आखिर में मर जाता है", 11),
        ("नामरा को ज़ॉम्बी काट लेते हैं", 6),  # the one marked "को" is the one bitten
        ("ووجين بيموت 💔", 12),
        ("غوي نام صار نص زومبي", 5),
        ("نايون ماتت", 9),  # Na-yeon
        ("اونجو زنده می‌مونه", 12),
        ("ইসাক জম্বি হয়ে যায়", 2),
        ("woojin ko zombie ne kaat liya", 12),
        ("soju uncle mar jaate hain 😭", 11),
        ("gwinam aag se mar gaya", 11),  # died of the fire: not dying of laughter
        ("namra kena gigit gwinam", 6),  # bitten by the one named after
        ("nakaligtas si hari", 12),
        ("إيساك اتحولت لزومبي", 2),  # the verb before what she turned into (Arabic)
        ("नामरा ने वूजिन को मार डाला", 12),  # the one killed is the one marked "को"
        ("نامرا ووجین رو کشت", 12),
        ("چونگسان در قسمت ۱۱ میمیره", 11),  # Persian digits
        # other tenses, passives, euphemisms and slang in the same languages
        ("isak nahi rahi yaar", 2),  # is no more
        ("gyeongsu bhi nahi bacha", 3),  # didn't survive
        ("isak onjo ke haathon mara gaya", 2),  # killed at one's hands
        ("ms park ne apni jaan de di", 3),
        ("hyeonju zombie ban chuki thi", 1),
        ("ग्विनाम नहीं रहा", 11),
        ("سوجو نہیں رہے", 11),
        ("ووجین کو مار دیا", 12),
        ("نامرا اتعضت من غوي نام", 6),  # bitten by the one after "من"
        ("الله يرحمه سوجو", 11),
        ("غوي نام راح فيها", 11),
        ("ووجین مُرد", 12),  # a vowel mark typed
        ("اونجو و هاری زنده موندن", 12),
        ("সোজু আর নেই", 11),
        ("byeongchan koit di kantor polisi", 4),
        ("gyeongsu dimakan zombie", 3),
    ],
)
def test_fates_said_sideways_in_other_languages_are_read(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    "text",
    [
        "virei meio zumbi depois de maratonar tudo numa noite kkk",
        "hoy estoy semizombi después de tres turnos seguidos",
        "namatay ang wifi namin kagabi, bitin na bitin ako",
        "park ji-hu carries the show, every scene feels real",
        "mi profesora de inglés se entregó a la siesta jaja",
        "我手机在第三集没电了，气死",  # Chinese: my phone died in ep 3
        "ดูจบแล้ว พรุ่งนี้สอบ ตายแน่ๆ",  # Thai: an exam tomorrow, I'm dead for sure
        "xem xong mà chết lặng luôn",  # Vietnamese: stunned
        "coffee shop AU: gwinam is just a rude barista, nobody gets bitten",
        "chicken boy cheongsan 🍗 protect him",
        "2시즌 결국 못 나왔어 ㅠ 내년에",  # Korean: season 2 did not come out in the end
        "onjo, suhyeok, namra, daesu, hari",  # five of the main cast, not a roll call of survivors
        "東京の青山でランチしてきた 夜は2期見る",  # Tokyo's Aoyama, not Cheong-san
        "青山依旧在，几度夕阳红。第二季什么时候出啊",  # a poem's green hills
        "ไก่ทอดร้านนี้อร่อยตายเลย เหมือนร้านแม่ชองซาน",  # Thai: delicious "to death"
        "温祖像我在大学的朋友",  # a friend from the writer's own university
        "南罗被蚊子咬了吗？",  # Chinese: was Nam-ra bitten by a mosquito? An insect's bite is no zombie's
        "青山被狗咬了？",  # bitten by a dog
        "ナムラが犬に噛まれた",  # Japanese: bitten by a dog
        "ナムラ好きすぎて死ぬ",  # Japanese: "I love Nam-ra to death"
        "笑死了 青山好可爱",  # Chinese: "dying of laughter", Cheong-san is so cute
        "期末考试我活下来了，开始看青山",  # Chinese: I survived my finals
        "the writer and both directors came back for season 2",
        "```\ncast = ['park ji-hu', 'yoon chan-young', 'cho yi-hyun', 'lomon', 'yoo in-soo']\n```",  # actors, not survivors
        # the same slang of the writer's own things and of other shows
        "lee yoo-mi got written off her new drama so fast??",
        "F in the chat for my grades, been watching ep 2 instead of studying",
        "meu celular morreu de vez no meio do ep 1",
        "patay na yung wifi namin habang nanonood ng ep 3",
        "se cargaron mi serie favorita, cancelada",
        "第二季杀青了！等官宣定档",  # season 2's filming wrapped
        "我下线了，明天继续看第三集",  # I log off
        "领盒饭的是我的钱包，买了温祖周边",  # the one that "died" is my wallet
        "로몬 예능 하차했대 아쉽다",  # an actor off a variety show
        "청산이 나오는 장면 보다가 버스에서 하차 못 했어 ㅋㅋ",  # missed getting off the bus, watching Cheong-san
        "모기한테 물림 ㅠ 온조 보면서 긁는 중",  # a mosquito's bite
        "onjo 💚 suhyeok 💙 my faves from ep 1",
        "🩸🩸 cramps so bad, namra pls protect me",
        "yoon chan-young lives till the end of every drama he's in lol",  # the end of his other dramas
        "jimin has plot armour in every run bts episode",
        "i'm a goner, this show has had me hooked since ep 1",  # the writer, hooked
        "RIP to my soju bottle 🍶 finished it during the first ep",  # soju the drink
        "my friend hari failed her driving test, F",
        "> my phone died during ep 2\nsame, RIP mine too",
        "written out the cast list: onjo, suhyeok, namra",  # written out: a list, nobody's fate
        # disguised the same way, giving nothing away
        "my phone's d.e.a.d, will watch ep 2 tomorrow",
        "c h e o n g s a n's mom's chicken looks so good",
        "ｃｈｅｏｎｇｓａｎ ｉｓ ｓｏ ｃｕｔｅ",
        "#RIPmyWifi ep 3 buffering forever",
        "#AllOfUsAreDead rewatch day 1!",
        "s0ju is my fav drink lol",
        "Folge elf schaue ich morgen, mein Akku ist tot",
        "telefonum öldü, 3. bölümü yarın izlerim",
        "gg ez n00b, 1337 s1e4 h1n1 ipv4",  # gamer leet and codes, no name
        "Чхонсан мой любимый персонаж",  # a name in Russian letters with no fate
        "мой телефон умирает, Онджо подождёт",  # the writer's phone dies
        "moja roślina ginie",  # a plant
        # the writer's phone, laughter, a mosquito, a scene cut, in the same languages
        "मेरा फोन मर गया, नामरा वाला एपिसोड कल",
        "हँसते हँसते मर गया, सोजू अंकल बहुत फनी हैं",
        "موبايلي مات وانا بتفرج على اونجو",
        "ووجين كيوت موت من الضحك",  # no one dies: "to death" of laughter
        "আমার ফোন মরে গেছে, উজিন পরে দেখব",
        "onjo ki cuteness se mar gayi main",
        "main toh mar gaya jab suhyeok ne smile kiya",
        "mar gaya yaar, cheongsan ki smile dekh ke",  # the writer "died", swooning
        "netflix ne onjo ka scene kaat diya",  # a scene cut
        "namra kena bite by mosquito while watching lol",
        "nakaligtas ako sa finals week, tuloy na sa ep 4",
        "جميعنا أموات أحلى مسلسل شفته",  # the show's Arabic title
        "الحلقة 5 موت بجد",  # Egyptian: episode 5 is a killer
        "این قسمت منو کشت، نامرا خیلی باحاله",  # Persian: this episode killed me
    ],
)
def test_a_fans_own_tired_day_and_an_actor_carrying_the_show_stay_in_the_clear(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [
        # each claim is its own sentence when 。/；/！ end it with no space after: I-sak turns, not Byeong-chan
        ("I-sak被咬后藏起来，变成丧尸；警察审问 Byeong-chan。第三集明天看", 2),
        ("第一集看完了。第二集I-sak变成丧尸；警察审问Byeong-chan，节奏好快", 2),
        ("清山死了。温祖哭得好惨", 11),  # 清山: a slip for 青山
        ("青山活到了第十集。第十一集被贵南咬了", 11),  # episodes in Chinese numerals
        ("第6话 Nam-ra为了保护Su-hyeok被咬了", 6),
        ("温祖爸爸救了大家；自己留在体育馆。第11集我哭成狗", 11),  # a cry beside the episode
        ("チョンサンは最後どうなる？ (死亡)", 11),  # the answer in brackets goes with its question
        ("nam-ra got bitten protecting su-hyeok;she threw gwi-nam off the roof later", 9),  # ";" between words
        ("南罗为了秀赫被咬了", 6),  # bitten for Su-hyeok: hers, not his
        ("EP.3 Ms. Park为了Na-yeon牺牲了", 3),  # her sacrifice, not Na-yeon's
        ("第三集娜妍害死了京洙；我气炸了", 3),  # Na-yeon got him killed: no death of hers
        ("el profe byeongchan; lo muerden en la comisaría en el cap 4", 4),
        # the writer's own day beside an episode, now a sentence apart
        ("我奶奶上个月去世了。我们一起看到第9集", 0),
        ("我的猫咬了我一口。第4集先暂停", 0),
        ("今日は仕事で死んだ。帰ってから3話見る！", 0),
        ("我先下線了，明天再看第四集", 0),
    ],
)
def test_chinese_and_japanese_sentences_run_together_are_read_one_by_one(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        # a name asked about or set down alone, then its fate in the next sentence with no subject
        ("南罗呢？被咬了。", 6),
        ("清山呢？被貴南咬了。", 11),  # Gwi-nam bites: Cheong-san is the one bitten
        ("チョンサン。最後は死んじゃったね", 11),
        ("Nam-ra? digigit di ep 6.", 6),
        # 她 / 他 after the split stand for whom the sentence before named; 变丧尸 as 变成丧尸
        ("智敏第10集丢下孝灵。后来她变成丧尸", 10),
        ("第二集看完了。她藏着伤口。I-sak最后变丧尸", 2),
        ("温祖的爸爸为了救她死了 呜呜", 11),  # 救她: whom he saved, not the one who died
        # names listed with 、 before their fates
        ("宇真、智敏：都变成丧尸了", 12),
        ("オンジョ、スヒョク：最後まで生き残るよ", 12),
    ],
)
def test_a_name_asked_about_or_set_down_alone_takes_the_fate_in_the_sentence_after_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        # the writer's own day: a tired "death", a grandparent's, an exam survived, a friend called Su-hyeok
        ("今日は疲れて死んだよ 3話だけ見るね", 0),
        ("うちのおじいちゃんが亡くなったよ 一緒に4話まで見てた", 0),
        ("시험 끝나서 살았다~. 4화 보러감", 0),
        ("친구 수혁이가 모기 물림ㅋㅋ 나는 3화 봄", 0),
        ("my friend suhyeok is here, watching ep 3", 0),
        ("wifi's back!! resuming ep 7", 0),  # a short cheer is no question waiting for its answer
        ("Nam-ra? i'm only on ep 2", 0),  # the writer's own news, no answer to the name asked
        ("南罗？我才看到第2集", 0),
    ],
)
def test_the_writers_own_day_and_friends_beside_an_episode_stay_in_the_clear(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)
