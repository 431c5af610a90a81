"""The spoiler lexicon on laughter, kin and bites said in other languages (bench/lexicon_heldout75.yaml): dying of laughter
in French and Italian and Thai "ตายแล้ว 555" (oh my god, lol) are no death, Italian kin named by whose they are ("il papà
di onjo"), a bite "por un zombi" (a zombie's, not an animal's), Korean "물잖아" (bites, you know), and season 2's
newcomers in katakana (not マル alone, a common dog's name in Japan); and (bench/lexicon_heldout76.yaml) Ms. Park's bite in five
languages, the police station's bite asked without a name, Tagalog "nakagat ni", a friend so named in a game, マル先輩; and
(bench/lexicon_heldout77.yaml) Ms. Park letting the zombies bite her, the police station asked in Tagalog and Italian,
"kinagat ni gwinam si namra", a real teacher Park bitten by the writer's dog, laughing or bored to death; and
(bench/lexicon_heldout78.yaml) who gets out alive said without "survive", and who flies away on the helicopter."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from tests.stall import read_at_once
from tests.table import table

LEXICON = lexicon_of(bundled_pack())


@table(
    "text",
    [
        "soju meurt de rire 😂",
        "cheongsan est morte de rire",
        "woojin muore dalle risate",
        "il papà di onjo muore dal ridere quando lei balla 😂",
        "la profe park se muere de risa con mis chistes",  # (heldout77)
    ],
)
def test_dying_of_laughter_in_french_italian_or_spanish_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table("text", ["ตายแล้ว 555 หมาฉันชื่อชองซาน", "ตายแล้ว555 หมาฉันชื่อชองซาน"])
def test_thai_oh_my_god_with_laughter_opening_a_line_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING  # "OMG lol, my dog is called Cheong-san"


@table(("text", "episode"), [("ตายแล้ว 555 ชองซานตายตอนจบ", 11), ("ชองซานตายแล้ว 555", 11)])
def test_a_thai_death_after_the_laughter_or_after_the_name_is_still_read(text: str, episode: int) -> None:
    assert LEXICON.position(text) == Position(1, episode)


@table(
    ("text", "episode"),
    [
        ("namra es mordida por un zombi", 6),
        ("namra foi mordida por um zumbi", 6),
        ("fue mordido por un zombi el profe de ciencias", 4),
    ],
)
def test_a_bite_by_a_zombie_in_spanish_or_portuguese_is_the_ones_bitten(text: str, episode: int) -> None:
    assert LEXICON.position(text) == Position(1, episode)


@table("text", ["mi gato gwinam fue mordido por un perro ayer, ya está bien 🐱",
                "mi gato gwinam fue mordido por un zombi en mi sueño jaja"])
def test_a_pet_named_after_a_character_bitten_by_a_dog_or_in_a_dream_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(
    ("text", "episode"),
    [
        ("morta dal ridere con daesu 😂 ma poi il papà di onjo muore e io piango", 11),  # (heldout75)
        ("soju meurt à la fin", 11),
        ("la mamma di cheongsan viene morsa da gyeongsu", 4),
        ("il fratellino di hari muore alla fine", 12),
    ],
)
def test_an_italian_relative_named_by_whose_they_are_is_that_character(text: str, episode: int) -> None:
    assert LEXICON.position(text) == Position(1, episode)


def test_an_italian_relative_of_someone_else_gives_nothing_away() -> None:
    assert LEXICON.position("il papà di giulia è morto ieri") == NOTHING


@table(
    ("text", "episode"),
    [
        ("롤 하다가 생각났는데 드라마에서 귀남이가 청산이 물잖아 ㅠㅠ", 11),  # (heldout75)
        ("귀남이가 청산이를 물잖아", 11),
    ],
)
def test_a_korean_bite_said_as_you_know_tells_who_is_bitten(text: str, episode: int) -> None:
    assert LEXICON.position(text) == Position(1, episode)


@table("text", ["모기가 청산이 물잖아", "우리 강아지 청산이가 내 손 물잖아 ㅋㅋ", "물잖아 ㅋㅋ"])
def test_a_korean_bite_said_as_you_know_by_a_mosquito_a_pet_or_no_one_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


def test_a_newcomer_in_katakana_bitten_at_a_season_2_episode_tells_that_episode() -> None:
    assert LEXICON.position("シーズン2の5話でジュランが噛まれるってマジ？", anywhere=True) == Position(2, 5)


@table("text", ["うちの犬のマルが死んだ", "マルチプレイで死んだ", "明日のテストで死んだ"])
def test_a_dog_called_maru_or_a_katakana_word_holding_a_name_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    "text",
    [
        "la profe park es mordida para que nayeon escape 😭",  # (heldout76)
        "a professora park é mordida pelos zumbis pra salvar a nayeon 😭",  # (heldout76)
        "cô park bị zombie cắn để cứu nayeon 😭",  # (heldout76)
        "朴老师为了救娜妍被丧尸咬了😭",  # (heldout76)
        "ครูพัคยอมให้ซอมบี้กัดเพื่อช่วยนายอน 😭",  # (heldout76)
        "ms park gets bitten",
        "bu park digigit zombie biar nayeon bisa kabur 😭",
        "la prof park viene morsa per salvare nayeon",
        "mme park se fait mordre pour sauver nayeon",
        "パク先生がナヨンを逃がすために噛まれる😭",
        "naglaro ng ml kagabi pero naiisip ko pa rin yung pagkamatay ni ms. park 😭",  # (heldout76)
        "la profesora park se deja morder por los zombies para que nayeon escape 😭",  # (heldout77)
        "park ssaem gets bitten so nayeon can run away 😭",  # (heldout77)
        "la prof park si fa mordere per salvare nayeon 😭",  # (heldout77)
        "ma'am park nagpakagat sa mga zombie para makatakas si nayeon",  # (heldout77)
        "la maestra park se deja morder por los zombis 😭",  # (review70b: "la maestra", "mrs", "teacher", "mam" read nothing)
        "mrs park gets bitten so nayeon can escape", "mrs. park gave herself up to the zombies", "teacher park gets bitten",
        "mam park nagpakagat para kay nayeon", "la seño park se deja morder", "ssaem park gets bitten",
        # (review70b: "pra" / "per" / "para" Na-yeon is whom it is for: each was read as Na-yeon's bite, 9)
        "a professora park se deixa morder pra nayeon fugir 😭", "la prof park si è fatta mordere per nayeon",
        "ms park gets bitten para nayeon",
        # (stop 72's oracle: German /ask recap of episode 3 was read as Na-yeon's death, 9: "Frau" named nobody)
        "Frau Park stirbt, um Na-yeon Zeit zur Flucht zu verschaffen.", "la señora park muere para que nayeon escape",
        "la signora park muore per salvare nayeon",
    ],
)
def test_ms_parks_bite_or_death_abroad_is_her_episode_3_not_na_yeons_bite(text: str) -> None:
    assert LEXICON.position(text) == Position(1, 3)  # she gives herself up to the zombies so Na-yeon gets away


@table("text", ["a professora park da minha escola é mordida por mosquitos todo dia kkk", "cô park của tôi bị muỗi cắn",
                "la profe park de mi escuela fue mordida por un perro", "mi perro mordió a la profe park 😂",  # (heldout77)
                "la profe park se deja morder por mi perro jaja", "la profe park es mordida por mi perro",
                "ma'am park nakagat ng aso namin", "our teacher park died last year"])  # (review70b: the first hidden to 3)
def test_a_teacher_park_bitten_by_mosquitoes_or_a_dog_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table("text", ["Trivia: who gets bitten at the police station?", "Pregunta de trivia: ¿quién es mordido en la comisaría?",
                "クイズ：警察署で噛まれるのは誰？", "Trivia: who dies at the police station?", "警察署で死ぬのは誰？",
                "sino ang nakagat sa presinto?", "Quiz: chi viene morso alla stazione di polizia?",  # (heldout77)
                "quien es mordido en la estacion de policia?", "qui est mordu au poste de police ?",  # (review70b: nothing)
                "quem é mordido no posto de polícia?", "wer wird auf der polizeiwache gebissen?"])
def test_who_gets_bitten_at_the_police_station_asked_without_a_name_is_episode_4(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == Position(1, 4)  # Byeong-chan's bite there


@table("text", ["my dog got bitten at the police station lol, rewatching aouad tonight",
                "my dog got bitten at the police station parking lot lol, rewatching aouad tonight",
                "she bites her nails at the police station lol, aouad marathon", "my grandpa died at the police station",
                "la comisaría de mi barrio tiene wifi gratis, ahí vi el cap 4 jaja",
                "kinagat ako ng lamok sa presinto habang nanonood ng aouad lol",  # (heldout77)
                "namatay ako sa presinto sa sobrang bagal lol", "questura di milano: cane morso da un altro cane",
                # (review70b: each was hidden to episode 4)
                "in questura un cane mi ha morso 😭", "alla stazione di polizia mi hanno morso le zanzare",
                "oggi in questura per il passaporto, mi sono morsa le unghie dall'ansia", "nakagat ako ng aso sa presinto"])
def test_the_writers_own_bite_or_an_episode_beside_a_real_police_station_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(
    ("text", "episode"),
    [
        ("si banjang nakagat ni gwinam habang pinoprotektahan si suhyeok", 6),  # (heldout76: was read as Gwi-nam's bite)
        ("soju meurt de rire avec daesu puis il meurt pour de vrai à la fin 😭", 11),  # (heldout76)
        ("kinagat ni gwinam si namra habang pinoprotektahan si suhyeok", 6),  # (heldout77: was read as Gwi-nam's bite)
    ],
)
def test_a_tagalog_bite_by_someone_or_a_french_death_after_a_laugh_is_the_ones_named_first(text: str, episode: int) -> None:
    assert LEXICON.position(text) == Position(1, episode)


@table("text", ["giocando a among us, il mio amico cheongsan è morto per primo lol", "mon pote soju est mort en premier dans fortnite"])
def test_a_friend_named_like_a_character_dying_in_a_game_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(
    ("text", "episode"),
    [("今学校2の3話でマル先輩が噛まれて泣いた", 3), ("ジョンアが2期4話で感染するの辛すぎる", 4), ("ドゥソクチーム長、シーズン2の6話で死ぬとか聞いてない", 6)],
)
def test_a_newcomer_by_title_or_infected_at_a_season_2_episode_tells_that_episode(text: str, episode: int) -> None:
    assert LEXICON.position(text, anywhere=True) == Position(2, episode)  # マル先輩: Ma-ru, On-jo's senior


@table("text", ["うちのマルが散歩中に他の犬に噛まれた😢", "イ・ミンジェがヨン・マル役で今学校2に出演決定"])
def test_a_dog_called_maru_bitten_or_ma_rus_casting_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table("text", ["i almost died at the police station lol", "we died laughing at the police station",
                "the guy at the police station bit my head off lol", "the officer at the police station bit his lip"])
def test_the_writers_own_scare_or_a_rude_officer_at_a_real_police_station_stays_up(text: str) -> None:
    assert LEXICON.position(text) == NOTHING  # (review69d: each was hidden to episode 4)


@table("text", ["ジョンアって友達がコロナに感染した", "友達のジョンアがインフルエンザに感染しちゃった"])
def test_a_friend_called_jong_ah_down_with_covid_or_the_flu_stays_up(text: str) -> None:
    assert LEXICON.position(text) == NOTHING  # (review69d: each was hidden to the end of season 2)


@table("text", ["マル先輩が試合で噛まれた笑", "マル先輩って呼んでる先輩が部活で死んだように寝てた", "うちのマル先輩(犬)が死んだ",
                "今学校、マル先輩が死んだように寝てる"])
def test_a_senior_of_the_writers_club_called_maru_stays_up(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING  # (review69d: each was hidden to the end of season 2)


@table("text", ["la prof park de mon lycée a été mordue par un chien", "ma prof park s'est fait mordre par un chien",
                "mme park est mordue par des moustiques"])
def test_a_french_teacher_park_bitten_by_a_dog_or_mosquitoes_stays_up(text: str) -> None:
    assert LEXICON.position(text) == NOTHING  # (review69d: each was hidden to episode 3, Ms. Park's)


@table("text", ["cô park hôm nay dễ thương chết đi được", "cô park đáng yêu chết mất", "hôm nay mệt chết đi được, xem tập 3 thôi"])
def test_vietnamese_cute_or_tired_to_death_stays_up(text: str) -> None:
    assert LEXICON.position(text) == NOTHING  # (review69d: each was hidden to episode 3)


@table("text", ["ms park is so strict today i wanna die", "bu park guru matematikaku galak banget, rasanya mau mati",
                "ms park is so strict today, i'm dead", "park ssaem gave us a pop quiz, im literally dead",  # (review70b)
                "ms park caught me sleeping, we're dead"])
def test_the_writers_wish_to_die_or_i_m_dead_beside_a_real_teacher_park_stays_up(text: str) -> None:
    assert LEXICON.position(text) == NOTHING  # (heldout77, review70b: each was hidden to episode 3)


@table(("text", "episode"), [("cheongsan is strict with his friends, i'm dead", 0), ("ms park dies, i'm dead 😭", 3),
                             ("cheongsan dies in ep 11 and i'm dead", 11)])
def test_the_writers_i_m_dead_after_a_name_is_the_writers_not_that_ones(text: str, episode: int) -> None:
    assert LEXICON.position(text) == (Position(1, episode) if episode else NOTHING)  # (review70b: the first hidden to 11)


@table(
    "text",
    [
        "solo seis logran salir de hyosan con vida, qué final",
        "anim lang ang nakalabas ng buhay sa hyosan high 😭",
        "cuma enam murid yang berhasil keluar hidup-hidup dari hyosan",
        "chỉ có sáu học sinh thoát được khỏi hyosan thôi 😭",
        "결국 효산고에서 살아 나온 건 여섯 명뿐이잖아",
        "結局、孝山高校から脱出できたのは6人だけ",
        "最后只有六个学生逃出了孝山高中",
        "alla fine solo sei ragazzi escono vivi da hyosan",
        "à la fin seuls six élèves de hyosan s'en sortent vivants",
        "am ende schaffen es nur sechs schüler lebend aus hyosan raus",
        "si namra lang ang hindi sumama sa kampo sa dulo",
        "solo seis logran salir vivos de la escuela al final",  # (out of the school, alive: the show's)
    ],
)
def test_only_six_getting_out_alive_in_other_languages_gives_away_the_ending(text: str) -> None:
    assert LEXICON.position(text) == Position(1, 12)


@table("text", ["solo seis lograron salir del escape room a tiempo jaja", "anim lang ang nakalabas sa exam room bago mag-bell",
                "mi papá se va en el helicóptero del trabajo mañana", "mon père monte dans l'hélicoptère pour son travail",
                # (English "only six" of a real exam or escape room: fix128, were hidden to 12)
                "only six students passed the exam lol", "only six of them made it out of the escape room lol",
                # (out alive of a concert, an exam, an escape room; a helicopter in a video or a concert: review72a, were
                # hidden to 12 and 8)
                "solo seis salieron vivos del concierto jajaja, qué calor", "anim lang ang nakalabas ng buhay sa exam namin 😭",
                "cuma enam orang yang berhasil keluar hidup-hidup dari escape room tadi wkwk",
                "onjo logra salir con vida del examen jaja", "quien se va en el helicóptero en el video de bts?",
                "ang sumakay sa helicopter sa concert ni taylor", "살아 나온 건 여섯 명뿐이었어 방탈출에서 ㅋㅋ"])
def test_getting_out_of_somewhere_else_or_a_parents_helicopter_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table("text", ["el que se va en el helicóptero diciendo que no queda nadie vivo 😡 cheolsu te odio",
                "Quiz : qui monte dans l'hélicoptère en disant que personne n'a survécu ?"])
def test_the_one_who_flies_away_on_the_helicopter_is_cheolsus_flight(text: str) -> None:
    assert LEXICON.position(text) == Position(1, 8)


def test_five_hundred_la_profe_in_a_row_are_read_at_once() -> None:
    with read_at_once():  # (each role once searched the whole text before it for "my dad is ...": 1 CPU-second)
        assert LEXICON.position("la profe " * 500) == NOTHING


def test_four_thousand_latin_letters_before_a_japanese_bite_are_read_at_once() -> None:
    with read_at_once():  # (review69d: 6 CPU-seconds, every Latin letter trying each "<name>に噛まれ" to the end)
        assert LEXICON.position("a" * 4000 + "噛まれ") == NOTHING
        # (2,000 names put in Latin letters between "为了救" and "被": 0.3 CPU-s, each letter trying every phrasing)
        assert LEXICON.position("为了救" + "娜妍 " * 2000 + "被") == NOTHING
