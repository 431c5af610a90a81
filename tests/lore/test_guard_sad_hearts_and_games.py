"""The spoiler guard on a busy fan server's answers (guard_replies92 and 93): a yes or a no after the writer's sorrow
("tristemente sí", "sadly i cant tell you 😭 yes", "tristemente no puedo decirte 😭 sí"), after "lmao i'm dying", after a refusal said of the spoiler it tells ("no te voy a
decir que muere en el 11"), or after a heart the one asked of lives in ("vive en mi corazón, en la serie no", "ele vive no
meu coração e na série também", "내 마음속에선 살아있어 ㅠㅠ 드라마에선 아니고"); a bite told in Spanish's "zombi"; the show's
one after a pet's name ("mi gato se llama gwinam y gwinam muere en el 11"); and their look-alikes left up: the heart alone,
"sadly i'm at work", Italian "sono ancora all'ep 3", the heart in English (guard_replies94), the Sims, Roblox and pets named like the show's people, dying too. Through bot.lore.guard.judge, no bot started."""

from __future__ import annotations

import pytest

from bot.show import Position
from tests.lore.guard_reading import taken_at
from tests.stall import read_at_once

EP5 = Position(1, 5)


@pytest.mark.parametrize(("question", "answer", "spoils"), [
    ("does cheongsan die?", "sadly i cant tell you 😭 yes", 11),
    ("¿muere soju?", "tristemente sí 😭", 11),
    ("o gwinam morre?", "infelizmente sim 😭", 11),
    ("¿onjo sobrevive?", "tristemente no puedo decirte 😭 sí", 12),
    ("a jimin morre?", "infelizmente não posso te contar 😭 sim", 10),
    ("¿onjo sobrevive?", "tristemente no puedo decírtelo 😭 sí", 12),
    ("a jimin morre?", "infelizmente não posso te contar 😭 não 😭", 10),
    # (a no then the fate or a laugh, after the refusal: still the answer)
    ("does cheongsan survive?", "sadly i cant tell you 😭 no he doesnt", 11),
    ("¿cheongsan sobrevive?", "tristemente no puedo decirte 😭 no sobrevive", 11),
    ("¿cheongsan sobrevive?", "tristemente no puedo decirte 😭 no jaja", 11),
    ("o cheongsan sobrevive?", "infelizmente não posso te contar 😭 não ele morre", 11),
])
def test_a_yes_after_the_writers_sorrow_answers_the_fate_asked(question: str, answer: str, spoils: int) -> None:
    assert taken_at(answer, EP5, question) == Position(1, spoils)


@pytest.mark.parametrize(("question", "answer"), [
    ("does gwinam die?", "sadly i'm at work rn"),
    ("does cheongsan die?", "sadly i can't tell you, no spoilers here 😭"),
    ("¿muere gwinam?", "lamentablemente no lo he terminado"),
    ("cheongsan muore?", "purtroppo sono ancora all'ep 3"),
    ("¿onjo sobrevive?", "tristemente no puedo decirte 😭 no spoilers"),
    # (a no opening the writer's own clause after the refusal: review69c)
    ("¿onjo sobrevive?", "tristemente no puedo decirte 😭 no quiero spoilear"),
    ("¿onjo sobrevive?", "tristemente no puedo decírtelo 😭 no me acuerdo"),
    ("a jimin morre?", "infelizmente não posso te contar 😭 não quero spoilar"),
    ("a jimin morre?", "infelizmente não posso dizer, não lembro"),
    ("does onjo survive?", "sadly i cant tell you 😭 no i dont remember"),
])
def test_sorrow_before_the_writers_own_day_or_a_refusal_answers_nothing(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


@pytest.mark.parametrize(("question", "answer"), [
    ("o cheongsan sobrevive?", "ele vive no meu coração 😭"),
    ("¿muere onjo?", "ella vive en mi corazón jaja"),
    ("¿cheongsan sobrevive?", "vive en mi corazón jaja 💔"),
    ("청산이 살아?", "내 마음속에선 영원히 살아있어 ㅠㅠ"),
    # (in English too, and with the writer's own words after it: guard_replies94)
    ("does suhyeok survive?", "he lives in my heart 😭"),
    ("does cheongsan die?", "he lives in my heart forever 😭 watch it"),
    ("does namra survive?", "she lives in my heart rent free lol"),
    ("does onjo survive?", "she lives in my heart and in my camera roll 😭"),
])
def test_living_in_the_writers_heart_is_a_joke_no_fate(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


@pytest.mark.parametrize(("question", "answer"), [
    ("¿cheongsan sobrevive?", "vive en mi corazón, en la serie no 😭"),
    ("o cheongsan sobrevive?", "ele vive no meu coração 😭 mas na série morre"),
    ("¿cheongsan sobrevive?", "vive en mi corazón 😭 pero en la serie muere"),
    ("¿cheongsan sobrevive?", "vive en mi corazón jaja pero muere en el 11"),
    ("¿cheongsan sobrevive?", "vive en mi corazón para siempre, aunque muere en el 11"),
    ("¿cheongsan sobrevive?", "vive en mi corazón 💔 pero en la serie no"),
    ("청산이 살아?", "내 마음속에선 살아있어 ㅠㅠ 드라마에선 아니고"),
    ("o cheongsan sobrevive?", "ele vive no meu coração 😭 e na série também"),
    ("¿cheongsan sobrevive?", "vive en mi corazón y en la serie también jaja"),
    ("buhay ba si cheongsan?", "sa puso ko buhay siya, sa series din"),
    ("cheongsan selamat gak?", "dia hidup di hatiku, di series juga 🥹"),
    # (the show's side denied after the heart in English: review70a, was left up)
    ("does cheongsan survive?", "he lives in my heart but not in the show"),
    ("does cheongsan die?", "he lives in my heart, not in the show lol"),
    ("does cheongsan survive?", "he lives in my heart 😭 not in the series tho"),
    # (the webtoon's side before the show's: the show's answers)
    ("청산이 살아?", "웹툰은 모르겠고 드라마에선 아니고"),
    ("청산이 죽어?", "웹툰은 모르겠고 드라마에선 죽어"),
    ("does cheongsan die?", "in the webtoon idk, in the show yes"),
    # (Korean, Indonesian and Tagalog fate words after the heart or the webtoon's side: fix120, were left up)
    ("청산이 살아?", "웹툰에선 살아 드라마에선 죽어"),
    ("does cheongsan die?", "in the manhwa no, in the drama yes"),
    ("does cheongsan survive?", "dia hidup di hatiku 😭 tapi di series mati"),
    ("does cheongsan survive?", "hidup di hatiku, di dramanya mati"),
    ("does cheongsan survive?", "sa puso ko buhay siya pero sa series patay"),
])
def test_the_fate_after_the_heart_joke_answers(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) == Position(1, 11)


@pytest.mark.parametrize(("question", "answer"), [
    ("¿cheongsan sobrevive?", "muere en el 11"),
    ("o soju morre?", "morre sim 😭"),
    ("cheongsan muore?", "muore nell'11"),
    # (Korean, Indonesian and Tagalog answer with the fate word alone, the show's place before it or not: fix120)
    ("청산이 살아?", "드라마에선 죽어"),
    ("청산이 살아?", "죽었어 ㅠㅠ"),
    ("does cheongsan survive?", "mati"),
    ("does cheongsan survive?", "gak mati"),
    ("does cheongsan survive?", "patay"),
    # (after "already", "na siya", "dia": guard_replies95, were left up)
    ("청산이 살아?", "이미 죽었어 ㅠㅠ"),
    ("buhay ba si cheongsan?", "patay na siya 😭"),
    ("cheongsan selamat gak?", "udah mati dia"),
    # (the subject after the fate, or an episode after "sa": the writer's own only when theirs is said, fix125)
    ("청산이 살아?", "이미 죽었어 청산이"),
    ("청산이 살아?", "이미 죽었어 우리 청산이 ㅠㅠ"),
    ("buhay ba si cheongsan?", "patay na siya sa ep 11"),
    # (fans' slang for "gone": guard_replies96, were left up)
    ("buhay pa ba si cheongsan?", "wala na po 😭"),
    ("soju buhay pa?", "deads na sya 😭"),
    ("cheongsan masih hidup gak?", "udah gak ada 😭"),
    ("buhay pa ba si cheongsan?", "wla na po 😭"),  # (typed short: review72a, were left up)
    ("cheongsan masih hidup gak?", "udh gk ada 😭"),
    # ("alive" asked, "meninggoy": fix134, were left up)
    ("alive pa ba si cheongsan?", "wala na po 😭"),
    ("is cheongsan still alive?", "udah gak ada 😭"),
    ("cheongsan masih hidup gak?", "udah meninggoy 😭"),
])
def test_a_fate_said_with_the_pronoun_left_unsaid_answers_the_fate_asked(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) == Position(1, 11)


@pytest.mark.parametrize("answer", ["vive la vida loca", "muero de risa con esa pregunta", "vive en mi corazón jaja pero no sé"])
def test_a_bare_vive_or_the_writers_own_laughter_answers_no_fate(answer: str) -> None:
    assert taken_at(answer, EP5, "¿muere cheongsan?") is None


@pytest.mark.parametrize(("question", "answer"), [
    ("does cheongsan survive?", "mati aku 😭"),
    ("does cheongsan survive?", "patay na ako sa tawa"),
    ("청산이 살아?", "죽겠다 ㅋㅋ"),
    # (a fate word under a question of another show)
    ("does gi-hun survive in squid game?", "mati"),
    ("does the main guy in sweet home survive?", "patay"),
    # (a fate word making another phrase, or the writer's own luck: guard_replies95, were taken down)
    ("cheongsan mati gak?", "mati lampu di rumahku 😭 ntar aku lanjut nonton"),
    ("onjo selamat gak?", "selamat menonton aja ya 😁"),
    ("buhay ba si cheongsan?", "patay na patay siya kay onjo 😍"),
    ("patay ba si cheongsan?", "patay na ako sa pagod, bukas na lang 😴"),
    ("청산이 살아?", "죽었다 ㅋㅋ 엄마한테 폰 들킴"),
    ("buhay ba si onjo mo sa roblox?", "patay na siya lol, nahulog sa lava"),
    # (the writer's own thing after the fate, or dead to the writer: fix125, were taken down)
    ("청산이 살아?", "이미 죽었어 내 폰 배터리"),
    ("청산이 살아?", "이미 죽었어 ㅋㅋ 우리 집 와이파이"),
    ("buhay ba si cheongsan?", "patay na siya sa akin lol joke"),
    # (the writer's thing named after the fate with no "my", or "gone" of what is sold: guard_replies96, were taken down)
    ("청산이 살아?", "이미 죽었어 폰 배터리"),
    ("청산이 살아?", "죽었어 ㅋㅋ 노트북"),
    ("may onjo photocard pa po?", "wala na po 😭 sold out"),
    # (the writer's own life, "hidup gw", "buhay ko": fix128, were taken down)
    ("cheongsan masih hidup gak?", "hidup gw lagi susah wkwk"),
    ("buhay pa ba si cheongsan?", "buhay ko nga magulo eh haha"),
    # (gone from the shop or from Netflix, under a fate question: review72a, were taken down)
    ("buhay pa ba si cheongsan?", "wala na po, ubos na stock 😭"),
    ("cheongsan masih hidup gak?", "udah gak ada di netflix indo?"),
    ("청산이 살아?", "죽었어 폰 배터리 ㅠㅠ 청산이 어떻게 돼?"),  # (the battery, then a question back: fix134, was taken down)
    ("namra mati gak?", "kagak ngerti gw"),  # (not understanding the question: fix134, was taken down)
])
def test_the_writers_own_dying_or_another_shows_fate_answers_nothing(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


def test_a_fate_after_lmao_im_dying_answers() -> None:
    assert taken_at("lmao i'm dying 😭 he doesn't make it btw", EP5, "does soju survive?") == Position(1, 11)


def test_a_refusal_said_of_the_spoiler_tells_it() -> None:
    assert taken_at("no te voy a decir que muere en el 11 jaja", EP5, "¿muere soju?") == Position(1, 11)


def test_a_refusal_of_both_the_yes_and_the_no_tells_nothing() -> None:
    assert taken_at("no te voy a decir que sí ni que no jaja", EP5, "¿muere soju?") is None


@pytest.mark.parametrize(("question", "answer"), [
    ("¿muere soju?", "no te voy a decir que no la veas jaja"),
    ("¿muere soju?", "no te voy a decir que no llores jaja"),
    ("o soju morre?", "não vou te dizer que não chorei kkk"),
])
def test_a_refusal_of_advice_with_its_own_no_tells_nothing(question: str, answer: str) -> None:
    assert taken_at(answer, EP5, question) is None


@pytest.mark.parametrize("answer", ["no te voy a decir que no muere jaja", "no te voy a decir que no, sobrevive"])
def test_a_refusal_said_of_a_no_and_a_fate_tells_it(answer: str) -> None:
    assert taken_at(answer, EP5, "¿muere soju?") == Position(1, 11)


def test_a_fate_with_its_episode_before_a_pets_name_is_the_characters() -> None:
    assert taken_at("gwinam muere en el 11, así se llama mi gata jaja", EP5) == Position(1, 11)


@pytest.mark.parametrize(("text", "spoils"), [
    ("cheongsan muere al final, así se llama mi perro jaja", 11),
    ("onjo survives, that's also my cat's name", 12),
    ("cheongsan dies saving onjo, that's my dog's name", 11),
    ("soju dies bc he used flares, that's my dog's name too", 11),
])
def test_a_fate_told_of_the_name_alone_before_a_pets_name_is_taken_down(text: str, spoils: int) -> None:
    assert taken_at(text, EP5) == Position(1, spoils)


@pytest.mark.parametrize("text", [
    "my dog bit onjo today lol that's my cat's name",
    "meu cachorro mordeu a onjo kkk é o nome da minha gata",
    # (the pet biting, said after the name: guard_replies94)
    "maru fue mordido por mi perro jaja así se llama mi gato",
    "onjo fue mordida por mi perro jaja así se llama mi gata",
    "maru foi mordido pelo meu cachorro kkk é o nome da minha gata",
])
def test_the_writers_own_pet_biting_a_pet_named_like_them_stays_up(text: str) -> None:
    assert taken_at(text, EP5) is None


@pytest.mark.parametrize(("text", "spoils"), [
    ("cheongsan fue mordido por un zombi", 11),
    ("free fire me mató otra vez 😭 igual que a soju en el 11", 11),
    ("mi skin de free fire parece onjo, la verdadera sobrevive 🥹", 12),
    ("minha skin de free fire parece com a onjo, a verdadeira sobrevive", 12),
    ("mi gato se llama gwinam y gwinam muere en el 11", 11),
    ("mi perrita se llama namra y la de la serie es mordida en el 6", 6),
    ("mi gato se llama gwinam, el de verdad muere en el 11", 11),
    ("mi perro se llama gwinam y en la serie muere en el 11", 11),  # (left up after guard97: review69c)
    ("meu cachorro se chama gwinam e na série morre no 11", 11),
    ("mi gato se llama gwinam y murió, igual que el de la serie en el ep 11", 11),  # (the pet's death, then the show's one's)
    ("meu gato se chama cheongsan e morreu igual o da série no ep 12", 12),
    # (a skin with no game named, a game's death or survival the real one's too: guard_replies94)
    ("my skin looks like onjo, the real one survives", 12),
    ("my skin looks like namra, the real one gets bitten", 6),
    ("minha skin parece com o cheongsan, o verdadeiro morre", 11),
    ("in minecraft my cheongsan died in lava lol, just like the real one in ep 11", 11),
    ("in minecraft my onjo survived every night, just like the real one 🥹", 12),
    # (the show's one set apart after a pet's name, then "he": guard_replies94)
    ("my dog is named gwinam but in the show he dies in 11", 11),
    ("my cat is named namra and in the show she gets bitten", 6),
    # (past the pet's own loss: guard_replies95, were left up)
    ("my dog namra died last year :( but in the show she survives", 12),
    ("mi gata onjo murió el año pasado 😢 pero en la serie sobrevive", 12),
    # (the show's one sharing the pet's fate, "juga", "din": guard_replies95 and 96, were left up)
    ("kucingku gwinam mati tahun lalu 😭 di series juga mati", 11),
    ("namatay yung aso kong si cheongsan, pati sa series patay din 😭", 11),
    # (the show's one past a plant's loss, the show beside a Mobile Legends match: fix128)
    ("my cactus cheongsan died lol, in the show he dies in ep 11 too", 11),
    ("abis main ml nonton aouad, gwinam mati di ep 11", 11),
    ("hero gw di ml, sama kayak gwinam di series mati", 11),
    # ("dia" before "juga", "drakor": review72a, were left up)
    ("kucingku gwinam mati 😭 di series dia juga mati", 11),
    ("kucingku gwinam mati 😭 di drakornya juga mati", 11),
    # (the show's side before "too" alone, after the fate, or against the pet's: fix134, were left up)
    ("my cat gwinam died 😭 he dies in the show too lol", 11),
    ("my cat gwinam died 😭 … in the show too", 11),
    ("mi gato gwinam murió 😭 y en la serie también", 11),
    ("kucingku suhyeok mati kemarin 😭 di series untung hidup", 12),
    ("my cat onjo passed away 😭 in the show she survives tho", 12),
])
def test_a_fate_told_beside_a_game_or_in_spanish_words_is_the_shows(text: str, spoils: int) -> None:
    assert taken_at(text, EP5) == Position(1, spoils)


@pytest.mark.parametrize("text", [
    "my sim of cheongsan died bc it fell in the pool",
    "meu sim chamado soju morreu afogado kkkk",
    "mi personaje de roblox se llama gwinam y murió jaja",
    "mi perro mordió a onjo por accidente, así se llama mi gata",
    "mi gato se llama gwinam y murió en el ep 11 jaja",
    "meu gato se chama cheongsan e morreu ano passado 😭",
    "mi perro se llama gwinam como en la serie y murió el año pasado",
    "my skin looks like onjo, the real one is prettier tho",
    "in minecraft my cheongsan died in lava lol, just like the real one is cute",
    "in minecraft my cheongsan died in lava lol, 3rd time today",
    # (the real one's thing, or the webtoon's, is no fate of the show's: review70a, were taken down)
    "my sims cheongsan died, just like the real one's phone lol",
    "my sims cheongsan died just like the real one in the webtoon",
    "my dog is named gwinam and he died in 2011",
    "my dog is named gwinam but in the show he is way scarier",
    # (the real one kept in the writer's heart: guard_replies95, was taken down)
    "my dog looks like namra, the real one survives in my heart",
    "kucingku gwinam mati tahun lalu 😭 kangen banget",  # (the pet's loss alone, the show's side unsaid)
    # (a house plant, a Mobile Legends hero: fix128, were taken down)
    "my cactus cheongsan died again lol",
    "kaktusku gwinam mati lagi wkwk",
    "mati mulu hero gw di ml, mirip gwinam mukanya 😂",
    "my dog cheongsan died 😭 he was named after the guy in the show too",  # ("too" of the naming, no fate)
    "kucingku gwinam mati 😭 di series juga ada gwinam",  # (the show only has one too: fix134, was taken down)
])
def test_a_death_or_bite_of_a_sim_an_avatar_or_a_pet_named_like_them_is_no_spoiler(text: str) -> None:
    assert taken_at(text, EP5) is None


def test_sorrow_hearts_and_pets_read_at_once() -> None:
    taken_at("tristemente sí", EP5, "¿muere soju?")  # (its patterns compiled first)
    with read_at_once():
        taken_at("tristemente " + "😭 " * 1500, EP5, "¿muere soju?")
        taken_at("vive en mi corazón " + "jaja " * 800, EP5, "¿cheongsan sobrevive?")
        taken_at("mi perro mordió a onjo " + "así " * 900, EP5)
        taken_at("kucingku " * 570 + "di series juga mati", EP5)
        taken_at("kucingku gwinam mati " + "in the show too" + " " * 4000 + "x", EP5)
        taken_at("kucingku gwinam " + "di series juga ada " * 200, EP5)
        taken_at("죽었어 폰" + " ㅠ" * 2000 + " 청산이 어떻게 돼?", EP5, "청산이 살아?")
        taken_at("mi skin de free fire parece " * 150, EP5)
        taken_at("내 마음속에선 살아있어 " + "ㅠ " * 1500, EP5, "청산이 살아?")
        taken_at("mi gato se llama gwinam y " * 150, EP5)
        taken_at("my dog is named gwinam but in the show he " * 100, EP5)
        taken_at("my dog namra died last year :( " * 130, EP5)
        taken_at("maru fue mordido por mi perro " * 130 + "así se llama mi gato", EP5)
        taken_at("in minecraft my cheongsan died in lava " + "lol " * 900 + "just like the real one", EP5)
        taken_at("웹툰에선 " + "죽어 " * 1500 + "드라마에선 아니고", EP5, "남라 죽어?")
