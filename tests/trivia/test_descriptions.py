"""A character typed as what they are ("the detective", "ha-ri's little brother") answers a question
whose answer is that character, when no other character is described so (bot.trivia.descriptions)."""

from __future__ import annotations

import pytest

from bot.trivia.matching import Verdict
from tests.trivia.pack_judging import Pack, load_pack
from tests.trivia.pack_judging import judge as _judge


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack()


@pytest.mark.parametrize(("text", "question_id"), [
    ("the detective", "gen-role-lee-kyu-hyung"),  # Song Jae-ik
    ("the science teacher?", "gen-child-of-lee-jin-su"),  # Lee Byeong-chan
    ("ha-ri's little brother", "gen-saved-by-seo-hyo-ryeong"),  # Jang Woo-jin
    ("the firefighter", "gen-child-of-nam-on-jo"),  # Nam So-ju
    ("the class president", "aouad-034"),  # Choi Nam-ra
    ("the prez", "aouad-097"),  # Choi Nam-ra, the class president as fans shorten it
    ("the injured boy", "gen-role-yang-han-yeol"),  # Yoo Joon-seong: "Yoo Joon-seong, the injured boy" in the pack
    ("the cheerful guy", "aouad-069"),  # Han Gyeong-su: "a cheerful classmate", "him" in the lore
    ("the joker", "aouad-101"),  # Yang Dae-su: "the class joker"
    ("his dad the science teacher", "gen-child-of-lee-jin-su"),  # Lee Byeong-chan, who he is to Jin-su said first
    ("the teacher who made the virus", "aouad-098"),  # Lee Byeong-chan: "teacher" is two, "the virus creator" one
    ("the dude who made the virus", "aouad-098"),
    ("whoever made the virus", "aouad-098"), ("the one who made the virus", "aouad-098"),  # "whoever" is "the one who"
    ("our class pres", "aouad-034"),  # Choi Nam-ra: the class's own president
    # held74: a deed to one named, in the fan's own verb ("threw", "pushed" for the lore's "throws"; "kissed" for "they kiss")
    ("the girl who threw gwinam off the roof", "aouad-034"), ("the one who pushed gwinam off the roof", "aouad-114"),
    ("whoever kissed namra", "aouad-057"), ("the one who stabbed gwinam", "aouad-032"),  # Su-hyeok; Cheong-san
    ("the firefighter's daughter", "aouad-056"), ("la hija del bombero", "aouad-031"),  # On-jo: So-ju's daughter
    ("anak ng bumbero", "aouad-031"), ("the science teacher's son", "aouad-051"),  # Jin-su: Byeong-chan's son
    ("양궁부 주장", "aouad-035"), ("ketua kelas", "aouad-034"), ("la capitana de tiro con arco", "aouad-035"),
    ("누구긴 남라지", "aouad-034"),  # "who else but Nam-ra": no who asked back
    ("el que besó a namra", "aouad-033"), ("yang cium namra", "aouad-033"),  # a deed in Spanish, Indonesian: Su-hyeok
    # held75: a deed told by its doer (Gwi-nam), also in Spanish, Tagalog, Indonesian; "likes" as the lore's "in love with"
    ("the guy namra threw off the roof", "aouad-026"),
    ("el que namra tiró del techo", "aouad-108"), ("yung hinulog ni namra sa bubong", "aouad-108"),
    ("yang dilempar namra dari atap", "aouad-108"), ("the girl cheongsan likes", "aouad-031"), ("the guy onjo likes", "aouad-033"),
    ("소방관 딸", "aouad-031"), ("putri petugas damkar", "aouad-031"), ("ate ni woojin", "aouad-035"),  # kin in Korean, Indonesian, Tagalog
    ("archery girl", "aouad-035"), ("el bombero", "aouad-106"), ("the one who lost his eye", "aouad-026"),
    # held76: whom one loves ("X's crush", Tagalog, Indonesian); a neighbour without "next-door"; a confession's "to";
    # a second verb of the same one ("falls for Ha-ri and confesses"); Indonesian sibling words; a friend told wrong
    ("onjo's crush", "aouad-033"), ("crush ni onjo", "aouad-033"), ("gebetan onjo", "aouad-033"),
    ("cheongsan's crush", "aouad-031"), ("onjo's neighbor", "aouad-032"), ("the one who confessed to onjo", "aouad-032"),
    ("the girl daesu confessed to", "aouad-035"), ("kakaknya woojin", "aouad-035"),
    ("namra you're wrong it's onjo", "aouad-031"),
    # held77: a goodbye kiss (Cheong-san's event); losing an eye, killing, confessing, kin and a neighbour abroad; Thai;
    # two fan descriptions in one ("the one-eyed bully"); the lore's "rescues" as "saved", "ends Woo-jin's life" as "killed"
    ("the guy who kissed onjo", "aouad-032"), ("the girl cheongsan kissed", "aouad-056"),
    ("el que perdió el ojo", "aouad-026"), ("o que perdeu o olho", "aouad-087"), ("yung nawalan ng mata", "aouad-108"),
    ("yang kehilangan mata", "aouad-049"), ("눈 잃은 애", "aouad-026"), ("คนที่เสียตา", "aouad-026"),
    ("la que mató a woojin", "aouad-034"), ("a que matou o woojin", "aouad-097"), ("el que se le declaró a hari", "aouad-036"),
    ("yung nag-confess kay hari", "aouad-036"), ("kapatid ni woojin", "aouad-035"), ("la hermana de woojin", "aouad-035"),
    ("พี่สาว woojin", "aouad-035"), ("la arquera", "aouad-035"), ("a arqueira", "aouad-035"), ("la presidenta", "aouad-114"),
    ("หัวหน้าห้อง", "aouad-034"), ("คนที่จูบ onjo", "aouad-032"), ("kapitbahay ni onjo", "aouad-081"),
    ("the one-eyed bully", "aouad-087"), ("the boy who saved hyoryeong", "aouad-055"), ("the girl who killed woojin", "aouad-034"),
    ("우진이를 죽인 애", "aouad-034"), ("청산이 찌른 애", "aouad-026"), ("온조 좋아하는 애", "aouad-032"),  # Korean clauses
    ("남라가 옥상에서 던진 애", "aouad-087"), ("el tuerto", "aouad-026"), ("o caolho", "aouad-087"), ("우진이 누나", "aouad-035"),
    ("우진이가 구한 애", "aouad-102"),  # the one Woo-jin saved: Hyo-ryeong
    # held78: a younger sibling in hangul; a deed told by its doer after "that" (and Thai "คนที่"), Spanish "al que",
    # Indonesian "dibunuh"; Tagalog "tatay ni"; the one who loves someone ("hari's admirer")
    ("하리 동생", "aouad-103"), ("the girl that cheongsan kissed", "aouad-031"), ("คนที่ cheongsan จูบ", "aouad-031"),
    ("al que mató namra", "aouad-055"), ("yang dibunuh namra", "aouad-055"), ("tatay ni onjo", "aouad-106"),
    ("hari's admirer", "aouad-036"), ("청산이를 문 애", "aouad-026"),
    # held79: Ma-ru as On-jo's senior ("sunbae", "선배"); a newcomer's fan description; the pink vest, the pregnant girl and a
    # parent in Spanish, Tagalog, Indonesian, Thai and Vietnamese; Tagalog "kumagat"; a guess after a reported one
    ("onjo's senior", "gen-role-lee-min-jae"), ("온조 선배", "gen-role-lee-min-jae"), ("the popular girl", "gen-role-kim-si-eun"),
    ("la del chaleco rosa", "aouad-102"), ("cô gái áo vest hồng", "aouad-102"), ("yung buntis", "gen-role-lee-chae-eun"),
    ("พ่อของ onjo", "aouad-106"), ("bố của onjo", "aouad-106"), ("ayahnya onjo", "aouad-106"), ("lớp trưởng", "aouad-034"),
    ("yung kumagat kay cheongsan", "aouad-087"), ("@kai said onjo but its namra", "aouad-034"), ("im going with namra", "aouad-034"),
    ("im a fan of this one, onjo", "aouad-031"),  # held80: a stance far from the name it guesses
    # held81: a word of address read by the lore's relation, else as the one so called; a role abroad; a call to a player
    ("onjo sunbae", "gen-role-lee-min-jae"), ("woojin noona", "aouad-035"), ("ate namra", "aouad-034"),
    ("tiền bối của onjo", "gen-role-lee-min-jae"), ("la chica popular", "gen-role-kim-si-eun"), ("el del NIS", "gen-role-roh-jae-won"),
    ("kuya its cheongsan", "aouad-032"),
    # held82: Indonesian address; a kid of either sex; a senior by Tagalog "ni"; the NIS guy in Indonesian
    ("kak namra", "aouad-034"), ("anak ni soju", "aouad-031"), ("sunbae ni onjo", "gen-role-lee-min-jae"), ("orang NIS", "gen-role-roh-jae-won"),
    ("who else but namra?", "aouad-034"),  # review61d: "who …?" alone asks back, never "who else but …"
    # held83: a call to another player in Indonesian and Tagalog, then the guess; a parent in Vietnamese without "của"
    ("kak, itu namra", "aouad-034"), ("ate si namra yan", "aouad-034"), ("bố onjo", "gen-role-jeon-bae-soo"),
    ("kinagat ni gwinam", "aouad-087"), ("digigit gwinam", "aouad-087"),  # (a passive deed said alone: its doer)
    ("namra digigit gwinam", "aouad-087"),  # held85: the one it was done to first, then the passive and its doer
    # held86: a role after "the" abroad; a guess before pity for another, or pity for two and then the guess; a hyphenated
    # name or a place before a particle; a guess said apart before praise
    ("el bully jaja", "aouad-087"), ("yung class president", "aouad-034"), ("suhyeok, kawawa cheongsan", "aouad-057"),
    ("kasian onjo dan hari, jawabannya namra", "aouad-034"), ("woo-jin nha", "aouad-055"), ("next door po", "aouad-046"),
    ("hari, keren wkwk", "aouad-035"), ("pues onjo jaja", "aouad-031"), ("kasian namra, jawabannya onjo", "aouad-031"),
])
def test_a_role_one_character_alone_has_names_them(pack: Pack, text: str, question_id: str) -> None:
    assert _judge(pack, text, question_id) is Verdict.RIGHT


@pytest.mark.parametrize(("text", "question_id"), [
    ("the teacher", "gen-child-of-lee-jin-su"),
    ("its the archer", "gen-role-ha-seung-ri"),  # Ha-ri's in the lore, Min-jae's in the pack ("the archer Jung Min-jae")
    ("the teacher who made the virus", "aouad-051"),  # Who is Lee Byeong-chan's son? (the father, not the son)
    ("the student who lives next door", "aouad-031"),  # On-jo's and Cheong-san's both
])
def test_a_role_two_characters_share_names_no_one(pack: Pack, text: str, question_id: str) -> None:
    assert _judge(pack, text, question_id) is not Verdict.RIGHT


def test_another_characters_role_is_not_the_answer(pack: Pack) -> None:
    assert _judge(pack, "the detective", "gen-saved-by-seo-hyo-ryeong") is not Verdict.RIGHT


def test_a_kin_word_alone_names_no_one(pack: Pack) -> None:
    assert _judge(pack, "father", "gen-child-of-nam-on-jo") is not Verdict.RIGHT


@pytest.mark.parametrize("text", ["classmate", "a classmate", "the classmate"])
def test_a_word_for_one_of_many_around_them_names_no_one(pack: Pack, text: str) -> None:
    assert _judge(pack, text, "aouad-069") is not Verdict.RIGHT  # Which student does Na-yeon infect? (Gyeong-su)


def test_the_role_said_with_what_sets_them_apart_still_names_them(pack: Pack) -> None:
    assert _judge(pack, "the cheerful classmate", "aouad-069") is Verdict.RIGHT


@pytest.mark.parametrize(("text", "question_id"), [
    ("onjo's dad", "gen-role-jeon-bae-soo"),  # Nam So-ju, "On-jo's father" in the lore
    ("hari's brother", "gen-role-son-sang-yeon"),  # Jang Woo-jin, "Ha-ri's younger brother"
    ("hari's little bro", "aouad-103"),  # Jang Woo-jin
    ("jinsu's dad", "aouad-058"),  # Lee Byeong-chan, "Jin-su's father" in the lore's relationships
    ("woojin's noona", "gen-crush-on-yang-dae-su"),  # Jang Ha-ri, "Woo-jin's older sister"
    ("poor onjo's dad", "aouad-106"),  # Nam So-ju: pity before the relation, On-jo no second name beside him
])
def test_a_relation_typed_as_fans_type_it_names_them(pack: Pack, text: str, question_id: str) -> None:
    assert _judge(pack, text, question_id) is Verdict.RIGHT


def test_a_relation_of_another_character_is_wrong(pack: Pack) -> None:
    assert _judge(pack, "onjo's dad", "gen-role-son-sang-yeon") is not Verdict.RIGHT


@pytest.mark.parametrize(("text", "question_id"), [
    ("the bully", "gen-bitten-by-lee-na-yeon"),  # Yoon Gwi-nam
    ("the assemblywoman", "gen-role-bae-hae-sun"),  # Park Eun-hee
    ("the pregnant girl", "gen-role-lee-chae-eun"),  # Park Hee-soo
    ("the boy archer", "gen-role-jin-ho-eun"),  # Jung Min-jae: "a boy" in the lore, "the archer" in the pack
])
def test_what_fans_call_a_character_names_them(pack: Pack, text: str, question_id: str) -> None:
    assert _judge(pack, text, question_id) is Verdict.RIGHT


def test_a_description_turned_round_as_fans_shorten_it_names_them(pack: Pack) -> None:
    assert _judge(pack, "the pink vest girl", "gen-role-kim-bo-yoon") is Verdict.RIGHT  # the girl in the pink vest


def test_a_description_with_a_word_left_out_before_its_noun_names_them(pack: Pack) -> None:
    assert _judge(pack, "the archery captain", "gen-younger-sibling-of-jang-woo-jin") is Verdict.RIGHT  # archery club captain


def test_the_role_typed_where_its_actor_is_asked_is_a_wrong_attempt(pack: Pack) -> None:
    assert _judge(pack, "the detective", "gen-actor-song-jae-ik") is Verdict.WRONG_ATTEMPT  # Who plays Song Jae-ik?


@pytest.mark.parametrize(("text", "question_id"), [
    ("onjo's dad", "gen-role-son-sang-yeon"),
    # held74: a deed names its doer, a wrong guess where another is asked (Gwi-nam is the one stabbed, not the one asked)
    ("the guy who stabbed gwinam", "aouad-087"), ("the girl who threw gwinam off the roof", "aouad-031"),
    ("whoever kissed namra", "aouad-032"), ("the firefighter's daughter", "aouad-034"),
    # held75: a deed told by its doer names the one it was done to, never the doer ("namra" is no guess of Nam-ra)
    ("the guy namra threw off the roof", "aouad-034"), ("the one who lost his eye", "aouad-081"),
    # held76: the one loved, not the lover; the friend spoken to is no guess
    ("onjo's crush", "aouad-031"), ("the guy who confessed to onjo", "aouad-036"), ("namra you're wrong it's onjo", "aouad-034"),
    # review58d: "and" is no deed of On-jo's (was read as the one she "ands" in the lore, Joon-yeong, and accepted)
    ("the one onjo and cheongsan saved", "aouad-080"),
    # held77: a deed told of another ("the one namra killed" is Woo-jin, from "ends Woo-jin's life"); lost an eye abroad
    # where the one who stabbed it is asked; a kiss with another; a sibling where the other one is asked
    ("the one namra killed", "aouad-034"), ("el que perdió el ojo", "aouad-081"), ("눈 잃은 애", "aouad-081"),
    ("the guy who kissed onjo", "aouad-033"), ("el que besó a onjo", "aouad-033"), ("kapatid ni woojin", "aouad-055"),
    # held78: kin in hangul of the one asked names another (So-ju, Woo-jin); the one Nam-ra killed where her deed is asked
    ("온조 아빠", "aouad-031"), ("하리 동생", "aouad-035"), ("al que mató namra", "aouad-114"), ("tatay ni onjo", "aouad-031"),
    # held79: a parent the lore does not give
    ("bố của cheongsan", "aouad-106"), ("ayahnya namra", "aouad-106"),
    # held81: On-jo's senior where she is asked; a deed no one did, told alone
    ("onjo sunbae", "aouad-031"), ("the guy who bit onjo", "gen-role-yoo-in-soo"), ("el que mordió a onjo", "gen-role-yoo-in-soo"),
    # held82: an elder's word of one with no elder (Ha-ri, never her younger brother); the kid of the one asked
    ("hari oppa", "aouad-055"), ("yung kuya ni hari", "aouad-055"), ("anak ni byeongchan", "aouad-058"),
    # held83: a passive deed said alone, by another
    ("digigit onjo", "aouad-087"),
    # held85: the one it was done to first; the doer said is another ("gwinam bitten by namra")
    ("gwinam digigit namra", "aouad-087"),
    ("yung class president", "aouad-087"), ("el bully", "aouad-034"),  # held86: another's role after "the" abroad
])
def test_another_characters_relation_is_a_wrong_attempt_not_talk(pack: Pack, text: str, question_id: str) -> None:
    assert _judge(pack, text, question_id) is Verdict.WRONG_ATTEMPT


def test_a_one_word_role_of_someone_the_question_does_not_name_costs_no_guess(pack: Pack) -> None:
    assert _judge(pack, "the captain", "aouad-004") is Verdict.CHAT  # Which actor plays Su-hyeok? (fans swooning)


@pytest.mark.parametrize(("text", "question_id"), [
    ("onjo's dad", "aouad-045"),  # What is the name of On-jo's father?
    ("on-jo's father", "gen-child-of-nam-on-jo"),  # Who is Nam On-jo's parent?
    ("the class president", "aouad-047"),  # Which student is the class president of 2-5?
    ("the detective right?", "gen-actor-song-jae-ik"),  # Who plays Song Jae-ik? (who he is, asked of the others)
    ("the teacher who made the virus", "aouad-058"),  # Which teacher created the virus?
    ("cheongsan's friend with glasses", "aouad-031"),  # one of his friends, told by what the lore does not say
    ("whoever made the virus", "aouad-058"), ("our class pres", "aouad-047"),
    ("the teacher who died", "aouad-070"), ("the person who survived", "aouad-031"),  # a clause many fit names no one
    ("the girl w the bow", "aouad-035"),  # as "the girl with the bow": Mi-jin is an archer too
    ("반장", "aouad-047"), ("반장이요", "aouad-047"), ("우리 반장", "aouad-047"),  # fix59: the class president said back in Korean
    ("쌤", "aouad-058"), ("선생님이요", "aouad-058"),  # Which teacher created the virus?
    # held74: the deed the question asks said back with another verb; who someone was, asked back; a deed done to them
    ("the one who pushed gwinam off the roof", "aouad-097"), ("the guy who bit namra", "aouad-087"),
    ("the girl who kissed namra", "aouad-033"),  # Su-hyeok is no girl: no one
    ("반장 누구더라", "aouad-034"), ("ketua kelas siapa ya", "aouad-047"), ("sino ba yung class president", "aouad-034"),
    ("the girl who was bitten by gwinam", "aouad-034"), ("the one who pushed him", "aouad-097"),
    ("gatau", "aouad-031"), ("paso", "aouad-033"),
    # held75: a deed by one named, no one's known: no guess of the doer; the question asked back; its hardness; pity
    ("wait which award", "aouad-026"), ("susah bgt", "aouad-034"),
    ("rip gwinam lol", "aouad-097"),
    # held76: Tagalog, Indonesian, Spanish chat; who someone is, asked back in four languages; "what award" asked back
    ("teka lang", "aouad-032"), ("ano nga ulit", "aouad-034"), ("ang lakas niya", "aouad-097"), ("aduh lupa", "aouad-033"),
    ("espera cuál", "aouad-026"), ("sino si namra ulit?", "aouad-034"), ("siapa namra?", "aouad-031"),
    ("quién es onjo??", "aouad-032"), ("wait what award", "aouad-026"),
    # held77: a scene talked of ("the gym confession lol"); the round's questions spoken of; the question's kin said
    # back in Tagalog and Thai; Thai and Indonesian talk; a kiss talked of where neither is asked
    ("the gym confession lol", "aouad-036"), ("the roof confession lol", "aouad-095"), ("the gym confession lol", "aouad-101"),
    ("this is the 3rd gwinam question lol", "aouad-026"), ("ang dami ng tanong tungkol kay namra", "aouad-034"),
    ("kapatid ni hari", "aouad-055"), ("น้องชาย hari", "aouad-055"), ("ยากจัง", "aouad-034"), ("ganteng bgt", "aouad-033"),
    ("when cheongsan kissed onjo 😭", "aouad-035"), ("el que perdió el ojo jaja", "aouad-125"),
    ("병찬 아들", "aouad-051"),  # Who is Lee Byeong-chan's son? (his son, said back in Korean)
    # held78: a deed by one named who did it to no one ("이가": the doer); what is theirs the lore never tells ("his
    # phone"); the question's kin and crush said back; one's own past; a scene; a place laughed at; Spanish, Portuguese talk
    ("우진이가 죽인 애", "aouad-034"), ("the one gwinam bit", "aouad-026"), ("the guy who lost his phone", "aouad-026"),
    ("하리 동생", "aouad-055"), ("onjo's crush 😭", "aouad-057"), ("i was class president lol", "aouad-034"),
    ("fui presidenta de la clase jaja", "aouad-034"), ("aku dulu ketua kelas wkwk", "aouad-034"),
    ("ตอนเด็กเราเป็นหัวหน้าห้อง 555", "aouad-034"), ("the library scene with gwinam 😭", "aouad-026"),
    ("la escena de hari en el gimnasio 😭", "aouad-035"), ("LMAOOO the gym", "aouad-036"), ("meu tio é caolho kkk", "aouad-026"),
    ("perdí el celular jaja", "aouad-026"),
    # held79: a player speaking as a character, where that character answers too; the round's questions counted;
    # Vietnamese talk; another's guess reported after a mention
    ("im namra lol", "aouad-034"), ("im namra lol", "aouad-033"), ("soy namra jaja", "aouad-034"), ("ako si hari hahaha", "aouad-035"),
    ("tôi là namra haha", "aouad-034"), ("im daesu lol", "aouad-036"), ("another namra question lol", "aouad-034"),
    ("khó quá", "aouad-034"), ("không biết nữa", "aouad-034"), ("@mina said hari 😂", "aouad-114"),
    # held80: one's stance to a character; speaking as her past an article; a moment counted; whose senior, unsaid
    ("im namra's biggest fan", "aouad-034"), ("soy team namra", "aouad-034"), ("tôi là fan của namra", "aouad-034"),
    ("eu sou a namra kkkk", "aouad-034"), ("another onjo moment", "aouad-031"), ("sunbae", "gen-role-lee-min-jae"),
    # held81: a name with a word of address in talk; a deed no one did, said on
    ("onjo unnie deserves better 😭", "aouad-031"), ("the guy who bit onjo would be so dead", "gen-role-yoo-in-soo"),
    # held82: one's own elder; a deed no one did, asked of the others
    ("my oppa looks like cheongsan lol", "aouad-032"), ("kuya ko nanood din nito", "aouad-032"), ("who bit onjo??", "gen-role-yoo-in-soo"),
    # held83: a word of address alone; chat of other languages naming no one; the answer pitied, remarked on, one's crush
    ("선배", "gen-role-lee-min-jae"), ("bang ini gampang bgt", "aouad-032"), ("sei lá mano", "aouad-032"),
    ("pobre woojin", "aouad-055"), ("hari keren bgt", "aouad-035"), ("mi crush es suhyeok jaja", "aouad-033"),
    ("kinagat ba talaga si namra?", "gen-role-yoo-in-soo"),
    # held86: pity for names joined by "and" abroad (the answer among them or not); praise right after a name
    ("kawawa naman si cheong-san at on-jo", "aouad-031"), ("kawawa naman si namra at suhyeok", "aouad-087"),
    ("pobre onjo y namra jaja", "aouad-034"), ("hari keren wkwk", "aouad-035"), ("onjo fofa demais kkkk", "aouad-031"),
    ("keren wkwk", "aouad-035"), ("kasian namra", "aouad-031"),
])
def test_the_question_said_back_as_a_description_scores_nothing(pack: Pack, text: str, question_id: str) -> None:
    assert _judge(pack, text, question_id) is Verdict.CHAT


def test_a_description_sharing_a_word_with_the_question_still_names_them(pack: Pack) -> None:
    # "Whom does Su-hyeok kiss while the class is trapped?": "class" there is no class president
    assert _judge(pack, "the class president", "aouad-089") is Verdict.RIGHT
