"""A group's fate ("¿mueren todos los profesores?", "todas as meninas morrem?", "semua guru mati?") said in the asker's
language: the first line of groups.py's "does every X die" answer, as its English says it. Each named one's own fate
and death are said by story_phrases (a pack text as fate_phrases translates it, an end as its states word it).
"""

from __future__ import annotations

from collections.abc import Sequence

#: The languages these lines are written in; any other asker is answered in English.
GROUP_LANGUAGES = frozenset({"es", "pt", "id", "ko"})
#: Japanese and Chinese have a group's count and its first (last) death alone ("死了几个老师", "哪个老师先死")
_CJK = frozenset({"ja", "zh"})
#: The languages a group's count ("ilang teacher ang namatay") is answered in: those, Tagalog (its count lines alone),
#: Japanese and Chinese
COUNT_LANGUAGES = GROUP_LANGUAGES | {"tl"} | _CJK
#: The languages "which teacher dies first" is answered in
RANK_LANGUAGES = GROUP_LANGUAGES | _CJK

# groups.py's English plural -> (plural, singular, feminine) in each language
_NOUNS: dict[str, dict[str, tuple[str, str, bool]]] = {
    "es": {"teachers": ("profesores", "profesor", False), "female teachers": ("profesoras", "profesora", True), "adults": ("adultos", "adulto", False),
           "students": ("estudiantes", "estudiante", False), "girls": ("chicas", "chica", True),
           "boys": ("chicos", "chico", False), "women": ("mujeres", "mujer", True), "men": ("hombres", "hombre", False),
           "parents": ("padres", "padre o madre", False), "mothers": ("madres", "madre", True),
           "fathers": ("padres", "padre", False), "halfbies": ("halfbies (medio zombis)", "halfbie", False),
           "archers": ("arqueros", "arquero", False)},
    "pt": {"teachers": ("professores", "professor", False), "female teachers": ("professoras", "professora", True), "adults": ("adultos", "adulto", False),
           "students": ("alunos", "aluno", False), "girls": ("meninas", "menina", True),
           "boys": ("meninos", "menino", False), "women": ("mulheres", "mulher", True), "men": ("homens", "homem", False),
           "parents": ("pais", "pai ou mãe", False), "mothers": ("mães", "mãe", True), "fathers": ("pais", "pai", False),
           "halfbies": ("halfbies (meio zumbis)", "halfbie", False), "archers": ("arqueiros", "arqueiro", False)},
    "id": {"teachers": ("guru", "guru", False), "female teachers": ("guru perempuan", "guru perempuan", False), "adults": ("orang dewasa", "orang dewasa", False),
           "students": ("murid", "murid", False), "girls": ("cewek", "cewek", False), "boys": ("cowok", "cowok", False),
           "women": ("perempuan", "perempuan", False), "men": ("laki-laki", "laki-laki", False),
           "parents": ("orang tua", "orang tua", False), "mothers": ("ibu", "ibu", False), "fathers": ("ayah", "ayah", False),
           "halfbies": ("halfbie (setengah zombie)", "halfbie", False), "archers": ("pemanah", "pemanah", False)},
    # Korean counts people with 명 and has no plural ("선생님 2명")
    "ko": {"teachers": ("선생님", "선생님", False), "female teachers": ("여자 선생님", "여자 선생님", False), "adults": ("어른", "어른", False), "students": ("학생", "학생", False),
           "girls": ("여학생", "여학생", False), "boys": ("남학생", "남학생", False), "women": ("여자", "여자", False),
           "men": ("남자", "남자", False), "parents": ("부모", "부모", False), "mothers": ("엄마", "엄마", False),
           "fathers": ("아빠", "아빠", False), "halfbies": ("반좀비", "반좀비", False), "archers": ("궁수", "궁수", False)},
    # Tagalog (counts alone, see COUNT_LANGUAGES): fans say the group's English word or the Tagalog one with no plural ("2 teacher")
    "tl": {"teachers": ("teacher", "teacher", False), "female teachers": ("babaeng teacher", "babaeng teacher", False),
           "adults": ("matanda", "matanda", False), "students": ("estudyante", "estudyante", False),
           "girls": ("babae", "babae", False), "boys": ("lalaki", "lalaki", False), "women": ("babae", "babae", False),
           "men": ("lalaki", "lalaki", False), "parents": ("magulang", "magulang", False), "mothers": ("nanay", "nanay", False),
           "fathers": ("tatay", "tatay", False), "halfbies": ("halfbie (kalahating zombie)", "halfbie", False),
           "archers": ("archer", "archer", False)},
    # Japanese and Chinese (counts and ranks alone): names stay romanized, as the pack gives them
    "ja": {"teachers": ("先生", "先生", False), "female teachers": ("女性の先生", "女性の先生", False), "adults": ("大人", "大人", False),
           "students": ("生徒", "生徒", False), "girls": ("女子", "女子", False), "boys": ("男子", "男子", False),
           "women": ("女性", "女性", False), "men": ("男性", "男性", False), "parents": ("親", "親", False),
           "mothers": ("母親", "母親", False), "fathers": ("父親", "父親", False),
           "halfbies": ("ハーフビー（半ゾンビ）", "ハーフビー", False), "archers": ("アーチェリー部員", "アーチェリー部員", False)},
    "zh": {"teachers": ("老师", "老师", False), "female teachers": ("女老师", "女老师", False), "adults": ("大人", "大人", False),
           "students": ("学生", "学生", False), "girls": ("女生", "女生", False), "boys": ("男生", "男生", False),
           "women": ("女人", "女人", False), "men": ("男人", "男人", False), "parents": ("父母", "父母", False),
           "mothers": ("母亲", "母亲", False), "fathers": ("父亲", "父亲", False),
           "halfbies": ("半丧尸", "半丧尸", False), "archers": ("弓箭手", "弓箭手", False)},
}

# (alive: those who live; dead: those who die, turn or are presumed dead; all: every one named does; untold: whose end
# the sources leave open), each "{n} {noun}" with the verb for one and for more
_LINES: dict[str, dict[str, tuple[str, str]]] = {
    "es": {
        "count_dead": ("Las fuentes nombran a {n} {noun} que muere, se convierte en zombi o se da por muerto en la temporada 1 "
                       "(solo personajes con nombre):", "Las fuentes nombran a {n} {noun} que mueren, se convierten en "
                       "zombis o se dan por muertos en la temporada 1 (solo personajes con nombre):"),
        "count_alive": ("Las fuentes nombran a {n} {noun} con vida al final de la temporada 1 (solo personajes con nombre):",) * 2,
        "some": ("Algunos sí. Las fuentes nombran a {n} {noun} con vida al final de la temporada 1:",) * 2,
        "and_dead": ("Y a {n} {noun} que muere, se convierte en zombi o se da por muerto en la temporada 1:",
                     "Y a {n} {noun} que mueren, se convierten en zombis o se dan por muertos en la temporada 1:"),
        "halfbies": ("Con vida como halfbies (medio zombis), sin contar:",) * 2,
        "alive": ("No. Las fuentes nombran a {n} {noun} con vida al final de la temporada 1:",) * 2,
        "dead": ("No. Las fuentes nombran a {n} {noun} que muere, se convierte en zombi o se da por muerto en la "
                 "temporada 1:", "No. Las fuentes nombran a {n} {noun} que mueren, se convierten en zombis o se dan por "
                 "muertos en la temporada 1:"),
        "all_die": ("{every} {noun} que nombran las fuentes mueren (solo personajes con nombre; si mueren todos, las "
                    "fuentes no lo dicen):",) * 2,
        "all_live": ("{every} {noun} que nombran las fuentes sobreviven (solo personajes con nombre; si sobreviven "
                     "todos, las fuentes no lo dicen):",) * 2,
        "untold": ("No según las fuentes (solo personajes con nombre): nombran a {n} {noun} cuyo final no cuentan{rest}:",) * 2,
        "rest": (", y a {n} que muere o se da por muerto", ", y a {n} que mueren o se dan por muertos"),
        "which_in": ("Los {noun} que nombran las fuentes que mueren, se convierten en zombis o se dan por muertos en el "
                     "episodio {n} de la temporada 1 (solo personajes con nombre), en orden:",) * 2,
        "which": ("Los {noun} que nombran las fuentes que mueren, se convierten en zombis o se dan por muertos en la "
                  "temporada 1 (solo personajes con nombre), en orden:",) * 2,
        "first": ("Los {noun} que nombran las fuentes: la primera muerte en la temporada 1 (solo personajes con nombre, "
                  "por orden de episodio):",) * 2,
        "last": ("Los {noun} que nombran las fuentes: la última muerte en la temporada 1 (solo personajes con nombre, "
                 "por orden de episodio):",) * 2,
        "first_turn": ("Los {noun} que nombran las fuentes: la primera muerte o conversión en zombi en la temporada 1 (solo "
                       "personajes con nombre, por orden de episodio):",) * 2,
        "last_turn": ("Los {noun} que nombran las fuentes: la última muerte o conversión en zombi en la temporada 1 (solo "
                      "personajes con nombre, por orden de episodio):",) * 2,
    },
    "pt": {
        "count_dead": ("As fontes citam {n} {noun} que morre, vira zumbi ou é dado como morto na temporada 1 (só "
                       "personagens com nome):", "As fontes citam {n} {noun} que morrem, viram zumbis ou são dados como "
                       "mortos na temporada 1 (só personagens com nome):"),
        "count_alive": ("As fontes citam {n} {noun} com vida no fim da temporada 1 (só personagens com nome):",) * 2,
        "some": ("Alguns sim. As fontes citam {n} {noun} com vida no fim da temporada 1:",) * 2,
        "and_dead": ("E {n} {noun} que morre, vira zumbi ou é dado como morto na temporada 1:",
                     "E {n} {noun} que morrem, viram zumbis ou são dados como mortos na temporada 1:"),
        "halfbies": ("Com vida como halfbies (meio zumbis), fora da conta:",) * 2,
        "alive": ("Não. As fontes citam {n} {noun} com vida no fim da temporada 1:",) * 2,
        "dead": ("Não. As fontes citam {n} {noun} que morre, vira zumbi ou é dado como morto na temporada 1:",
                 "Não. As fontes citam {n} {noun} que morrem, viram zumbis ou são dados como mortos na temporada 1:"),
        "all_die": ("{every} {noun} citados pelas fontes morrem (só personagens com nome; se todos morrem, as fontes não "
                    "dizem):",) * 2,
        "all_live": ("{every} {noun} citados pelas fontes sobrevivem (só personagens com nome; se todos sobrevivem, as "
                     "fontes não dizem):",) * 2,
        "untold": ("Não segundo as fontes (só personagens com nome): elas citam {n} {noun} cujo fim não contam{rest}:",) * 2,
        "rest": (", e {n} que morre ou é dado como morto", ", e {n} que morrem ou são dados como mortos"),
        "which_in": ("Os {noun} citados pelas fontes que morrem, viram zumbis ou são dados como mortos no episódio {n} da "
                     "temporada 1 (só personagens com nome), em ordem:",) * 2,
        "which": ("Os {noun} citados pelas fontes que morrem, viram zumbis ou são dados como mortos na temporada 1 (só "
                  "personagens com nome), em ordem:",) * 2,
        "first": ("Os {noun} citados pelas fontes: a primeira morte na temporada 1 (só personagens com nome, por ordem de "
                  "episódio):",) * 2,
        "last": ("Os {noun} citados pelas fontes: a última morte na temporada 1 (só personagens com nome, por ordem de "
                 "episódio):",) * 2,
        "first_turn": ("Os {noun} citados pelas fontes: a primeira morte ou transformação em zumbi na temporada 1 (só "
                       "personagens com nome, por ordem de episódio):",) * 2,
        "last_turn": ("Os {noun} citados pelas fontes: a última morte ou transformação em zumbi na temporada 1 (só "
                      "personagens com nome, por ordem de episódio):",) * 2,
    },
    "id": {
        "count_dead": ("Sumber menyebut {n} {noun} yang tewas, berubah jadi zombie, atau diduga tewas di season 1 (hanya "
                       "tokoh yang bernama):",) * 2,
        "count_alive": ("Sumber menyebut {n} {noun} yang masih hidup di akhir season 1 (hanya tokoh yang bernama):",) * 2,
        "some": ("Sebagian selamat. Sumber menyebut {n} {noun} yang masih hidup di akhir season 1:",) * 2,
        "and_dead": ("Dan {n} {noun} yang tewas, berubah jadi zombie, atau diduga tewas di season 1:",) * 2,
        "halfbies": ("Masih hidup sebagai halfbie (setengah zombie), tidak dihitung:",) * 2,
        "alive": ("Tidak. Sumber menyebut {n} {noun} yang masih hidup di akhir season 1:",) * 2,
        "dead": ("Tidak. Sumber menyebut {n} {noun} yang tewas, berubah jadi zombie, atau diduga tewas di season 1:",) * 2,
        "all_die": ("Semua {noun} yang disebut sumber tewas (hanya tokoh yang bernama; apakah semuanya tewas, sumber tidak "
                    "bilang):",) * 2,
        "all_live": ("Semua {noun} yang disebut sumber selamat (hanya tokoh yang bernama; apakah semuanya selamat, sumber "
                     "tidak bilang):",) * 2,
        "untold": ("Tidak menurut sumber (hanya tokoh yang bernama): sumber menyebut {n} {noun} yang akhir ceritanya tidak "
                   "diceritakan{rest}:",) * 2,
        "rest": (", dan {n} yang tewas atau diduga tewas",) * 2,
        "which_in": ("{noun} yang disebut sumber dan tewas, berubah jadi zombie, atau diduga tewas di season 1 episode {n} "
                     "(hanya tokoh yang bernama), berurutan:",) * 2,
        "which": ("{noun} yang disebut sumber dan tewas, berubah jadi zombie, atau diduga tewas di season 1 (hanya tokoh "
                  "yang bernama), berurutan:",) * 2,
        "first": ("{noun} yang disebut sumber: yang pertama tewas di season 1 (hanya tokoh yang bernama, berurutan menurut "
                  "episode):",) * 2,
        "last": ("{noun} yang disebut sumber: yang terakhir tewas di season 1 (hanya tokoh yang bernama, berurutan menurut "
                 "episode):",) * 2,
        "first_turn": ("{noun} yang disebut sumber: yang pertama tewas atau berubah jadi zombie di season 1 (hanya tokoh "
                       "yang bernama, berurutan menurut episode):",) * 2,
        "last_turn": ("{noun} yang disebut sumber: yang terakhir tewas atau berubah jadi zombie di season 1 (hanya tokoh "
                      "yang bernama, berurutan menurut episode):",) * 2,
    },
    "ko": {
        "count_dead": ("출처에 나오는 {noun} 중 시즌 1에서 죽거나 좀비가 되거나 죽은 것으로 추정되는 사람은 {n}명이에요 (이름이 나오는 "
                       "인물만):",) * 2,
        "count_alive": ("출처에 나오는 {noun} 중 시즌 1 끝에 살아 있는 사람은 {n}명이에요 (이름이 나오는 인물만):",) * 2,
        "some": ("일부는 살아남아요. 출처에 나오는 {noun} 중 시즌 1 끝에 살아 있는 사람은 {n}명이에요:",) * 2,
        "and_dead": ("그리고 시즌 1에서 죽거나 좀비가 되거나 죽은 것으로 추정되는 {noun}은 {n}명이에요:",) * 2,
        "halfbies": ("반좀비로 살아 있는 사람 (세지 않음):",) * 2,
        "alive": ("아니요. 출처에 나오는 {noun} 중 시즌 1 끝에 살아 있는 사람은 {n}명이에요:",) * 2,
        "dead": ("아니요. 출처에 나오는 {noun} 중 시즌 1에서 죽거나 좀비가 되거나 죽은 것으로 추정되는 사람은 {n}명이에요:",) * 2,
        "all_die": ("출처에 나오는 {noun}은 모두 죽어요 (이름이 나오는 인물만; 모두 죽는지는 출처에 나오지 않아요):",) * 2,
        "all_live": ("출처에 나오는 {noun}은 모두 살아남아요 (이름이 나오는 인물만; 모두 살아남는지는 출처에 나오지 않아요):",) * 2,
        "untold": ("출처로는 아니에요 (이름이 나오는 인물만): 결말이 나오지 않는 {noun} {n}명{rest}:",) * 2,
        "rest": (", 그리고 죽거나 죽은 것으로 추정되는 {n}명",) * 2,
        "which_in": ("출처에 나오는 {noun} 중 시즌 1 {n}화에서 죽거나 좀비가 되거나 죽은 것으로 추정되는 사람 (이름이 나오는 인물만), 순서대로:",) * 2,
        "which": ("출처에 나오는 {noun} 중 시즌 1에서 죽거나 좀비가 되거나 죽은 것으로 추정되는 사람 (이름이 나오는 인물만), 순서대로:",) * 2,
        "first": ("출처에 나오는 {noun} 중 시즌 1에서 가장 먼저 죽는 사람 (이름이 나오는 인물만, 화 순서대로):",) * 2,
        "last": ("출처에 나오는 {noun} 중 시즌 1에서 가장 마지막에 죽는 사람 (이름이 나오는 인물만, 화 순서대로):",) * 2,
        "first_turn": ("출처에 나오는 {noun} 중 시즌 1에서 가장 먼저 죽거나 좀비가 되는 사람 (이름이 나오는 인물만, 화 순서대로):",) * 2,
        "last_turn": ("출처에 나오는 {noun} 중 시즌 1에서 가장 마지막에 죽거나 좀비가 되는 사람 (이름이 나오는 인물만, 화 순서대로):",) * 2,
    },
    "tl": {
        "count_dead": ("Ayon sa mga source, {n} {noun} ang namatay, naging zombie o malamang na patay na sa season 1 (mga "
                       "may pangalan lang):",) * 2,
        "count_alive": ("Ayon sa mga source, {n} {noun} ang buhay pa sa dulo ng season 1 (mga may pangalan lang):",) * 2,
        "count_in": ("Ayon sa mga source, {n} {noun} ang namatay, naging zombie o malamang na patay na sa season 1, episode "
                     "{ep} (mga may pangalan lang):",) * 2,
        "which_in": ("Ang mga {noun} na binanggit ng mga source na namatay, naging zombie o malamang na patay na sa season 1, "
                     "episode {n} (mga may pangalan lang), ayon sa pagkakasunod:",) * 2,
        "which": ("Ang mga {noun} na binanggit ng mga source na namatay, naging zombie o malamang na patay na sa season 1 (mga "
                  "may pangalan lang), ayon sa pagkakasunod:",) * 2,
    },
    "ja": {
        "count_dead": ("ソースに名前が出る{noun}のうち、シーズン1で死ぬ・ゾンビになる・死んだとされるのは{n}人（名前のある人物のみ）：",) * 2,
        "count_alive": ("ソースに名前が出る{noun}のうち、シーズン1の最後に生きているのは{n}人（名前のある人物のみ）：",) * 2,
        "halfbies": ("ハーフビー（半ゾンビ）として生きている人（数に入れない）：",) * 2,
        "first": ("ソースに名前が出る{noun}のうち、シーズン1で最初に死ぬ人（名前のある人物のみ、話数順）：",) * 2,
        "last": ("ソースに名前が出る{noun}のうち、シーズン1で最後に死ぬ人（名前のある人物のみ、話数順）：",) * 2,
        "first_turn": ("ソースに名前が出る{noun}のうち、シーズン1で最初に死ぬかゾンビになる人（名前のある人物のみ、話数順）：",) * 2,
        "last_turn": ("ソースに名前が出る{noun}のうち、シーズン1で最後に死ぬかゾンビになる人（名前のある人物のみ、話数順）：",) * 2,
    },
    "zh": {
        "count_dead": ("资料中有名字的{noun}里，第1季中死去、变成丧尸或被认为已死的有{n}人（只算有名字的角色）：",) * 2,
        "count_alive": ("资料中有名字的{noun}里，第1季结束时还活着的有{n}人（只算有名字的角色）：",) * 2,
        "halfbies": ("以半丧尸身份活着的人（不计入）：",) * 2,
        "first": ("资料中有名字的{noun}里，第1季中最先死去的人（只算有名字的角色，按集数顺序）：",) * 2,
        "last": ("资料中有名字的{noun}里，第1季中最后死去的人（只算有名字的角色，按集数顺序）：",) * 2,
        "first_turn": ("资料中有名字的{noun}里，第1季中最先死去或变成丧尸的人（只算有名字的角色，按集数顺序）：",) * 2,
        "last_turn": ("资料中有名字的{noun}里，第1季中最后死去或变成丧尸的人（只算有名字的角色，按集数顺序）：",) * 2,
    },
}
# who_dies.py's first line of "who dies first" ("quién muere primero", "quem morre primeiro", "siapa yang mati duluan"):
# the first (last) death of anyone, or a turn among them
_RANKED: dict[str, dict[str, str]] = {
    "es": {"first": "La primera muerte en la temporada 1, por orden de episodio:",
           "last": "La última muerte en la temporada 1, por orden de episodio:",
           "first_turn": "La primera muerte o conversión en zombi en la temporada 1, por orden de episodio:",
           "last_turn": "La última muerte o conversión en zombi en la temporada 1, por orden de episodio:"},
    "pt": {"first": "A primeira morte na temporada 1, por ordem de episódio:",
           "last": "A última morte na temporada 1, por ordem de episódio:",
           "first_turn": "A primeira morte ou transformação em zumbi na temporada 1, por ordem de episódio:",
           "last_turn": "A última morte ou transformação em zumbi na temporada 1, por ordem de episódio:"},
    "id": {"first": "Yang pertama tewas di season 1, berurutan menurut episode:",
           "last": "Yang terakhir tewas di season 1, berurutan menurut episode:",
           "first_turn": "Yang pertama tewas atau berubah jadi zombie di season 1, berurutan menurut episode:",
           "last_turn": "Yang terakhir tewas atau berubah jadi zombie di season 1, berurutan menurut episode:"},
    "ja": {"first": "シーズン1で最初の死（話数順）：", "last": "シーズン1で最後の死（話数順）：",
           "first_turn": "シーズン1で最初に死ぬかゾンビになる人（話数順）：",
           "last_turn": "シーズン1で最後に死ぬかゾンビになる人（話数順）："},
    "zh": {"first": "第1季中最先死去的人（按集数顺序）：", "last": "第1季中最后死去的人（按集数顺序）：",
           "first_turn": "第1季中最先死去或变成丧尸的人（按集数顺序）：",
           "last_turn": "第1季中最后死去或变成丧尸的人（按集数顺序）："},
    "tl": {"first": "Ang unang namatay sa season 1, ayon sa pagkakasunod ng episode:",
           "last": "Ang huling namatay sa season 1, ayon sa pagkakasunod ng episode:",
           "first_turn": "Ang unang namatay o naging zombie sa season 1, ayon sa pagkakasunod ng episode:",
           "last_turn": "Ang huling namatay o naging zombie sa season 1, ayon sa pagkakasunod ng episode:"},
}
# the same among those asked ("quién muere primero, el profesor o gwinam": Gwi-nam and both teachers who die)
_AMONG: dict[str, tuple[dict[str, str], str]] = {
    "es": ({"first": "La primera muerte entre {among} en la temporada 1, por orden de episodio:",
            "last": "La última muerte entre {among} en la temporada 1, por orden de episodio:"}, " y "),
    "pt": ({"first": "A primeira morte entre {among} na temporada 1, por ordem de episódio:",
            "last": "A última morte entre {among} na temporada 1, por ordem de episódio:"}, " e "),
    "id": ({"first": "Yang pertama tewas di antara {among} di season 1, berurutan menurut episode:",
            "last": "Yang terakhir tewas di antara {among} di season 1, berurutan menurut episode:"}, " dan "),
}


def ranked_line(lang: str, rank: str, turned: bool, among: Sequence[str] = ()) -> str | None:
    """who_dies.py's heading of the `rank` ("first", "last") death of anyone (`turned`: a turn among them), or of those
    `among` (no turn among them) in `lang`; None when `lang` has no such line."""
    if among:
        lines, joined = _AMONG.get(lang, ({}, ""))
        line = None if turned else lines.get(rank)
        return None if line is None else line.format(among=", ".join(among[:-1]) + joined + among[-1])
    return _RANKED.get(lang, {}).get(f"{rank}_turn" if turned else rank)


# groups.py's count of everyone's deaths in one episode ("cuantos mueren en el ep 11"), for one and for more
_EPISODE_COUNT: dict[str, tuple[str, str]] = {
    "es": ("Las fuentes nombran a {n} personaje que muere, se convierte en zombi o se da por muerto en el episodio {ep} de "
           "la temporada 1 (solo personajes con nombre):", "Las fuentes nombran a {n} personajes que mueren, se convierten "
           "en zombis o se dan por muertos en el episodio {ep} de la temporada 1 (solo personajes con nombre):"),
    "pt": ("As fontes citam {n} personagem que morre, vira zumbi ou é dado como morto no episódio {ep} da temporada 1 (só "
           "personagens com nome):", "As fontes citam {n} personagens que morrem, viram zumbis ou são dados como mortos no "
           "episódio {ep} da temporada 1 (só personagens com nome):"),
    "id": ("Sumber menyebut {n} tokoh yang tewas, berubah jadi zombie, atau diduga tewas di season 1 episode {ep} (hanya "
           "tokoh yang bernama):",) * 2,
    "ko": ("출처에 나오는 인물 중 시즌 1 {ep}화에서 죽거나 좀비가 되거나 죽은 것으로 추정되는 사람은 {n}명이에요 (이름이 나오는 인물만):",) * 2,
    "tl": ("Ayon sa mga source, {n} karakter ang namatay, naging zombie o malamang na patay na sa season 1, episode {ep} "
           "(mga may pangalan lang):",) * 2,
    "ja": ("ソースに名前が出る人物のうち、シーズン1第{ep}話で死ぬ・ゾンビになる・死んだとされるのは{n}人（名前のある人物のみ）：",) * 2,
    "zh": ("资料中有名字的角色里，第1季第{ep}集中死去、变成丧尸或被认为已死的有{n}人（只算有名字的角色）：",) * 2,
}


def episode_count_line(lang: str, n: int, episode: int) -> str | None:
    """"{n} named characters die, turn or are presumed dead in episode {episode}" in `lang` (None: no such line)."""
    lines = _EPISODE_COUNT.get(lang)
    return None if lines is None else lines[n != 1].format(n=n, ep=episode)


# who_dies.py's count of everyone's deaths ("何人死ぬ？", "死了多少人", "cuantas personas mueren")
_EVERYONE_COUNT = {
    "es": "Las fuentes nombran a {n} personajes que mueren, se convierten en zombis o se dan por muertos en la temporada 1 (solo "
          "los que tienen nombre; mueren muchísimas personas sin nombre):",
    "pt": "As fontes citam {n} personagens que morrem, viram zumbis ou são dados como mortos na temporada 1 (só os que têm "
          "nome; muitas pessoas sem nome morrem também):",
    "id": "Sumber menyebut {n} tokoh yang tewas, berubah jadi zombie, atau diduga tewas di season 1 (hanya tokoh yang "
          "bernama; banyak orang tanpa nama juga tewas):",
    "ja": "ソースに名前が出る人物のうち、シーズン1で死ぬ・ゾンビになる・死んだとされるのは{n}人（名前のある人物のみ。名前のない犠牲者も数多くいます）：",
    "zh": "资料中有名字的角色里，第1季中死去、变成丧尸或被认为已死的有{n}人（只算有名字的角色；无名的死者还有很多）：",
}


def everyone_count_line(lang: str, n: int) -> str | None:
    """who_dies.py's "The sources name {n} characters who die ..." in `lang` (None: no such line)."""
    said = _EVERYONE_COUNT.get(lang)
    return None if said is None else said.format(n=n)


# groups.py's aside under a count: the named ones whose end the sources leave open, not counted either way
_OPEN = {"es": "Sin contar, las fuentes dejan abierto su final:", "pt": "Fora da conta, as fontes deixam o fim em aberto:",
         "id": "Tidak dihitung, sumber tidak menceritakan nasib mereka:", "ko": "결말이 출처에 나오지 않아 세지 않은 사람:",
         "tl": "Hindi kasama sa bilang, hindi sinasabi ng mga source ang sinapit nila:",
         "ja": "ソースが結末を語らず、数に入れない人：", "zh": "资料没有交代结局、不计入的人："}


def open_line(lang: str, names: Sequence[str]) -> str | None:
    """The aside naming `names`, whose fate the sources leave open, in `lang` (None: no such line)."""
    said = _OPEN.get(lang)
    return None if said is None else f"{said} {', '.join(names)}{'。' if lang in _CJK else '.'}"


_EVERY = {"es": ("Todos los", "Todas las"), "pt": ("Todos os", "Todas as"), "id": ("Semua", "Semua"), "ko": ("", ""), "tl": ("Lahat ng", "Lahat ng"), "ja": ("", ""), "zh": ("", "")}


def group_line(lang: str, line: str, plural: str, n: int = 0, rest: int = 0, ep: int = 0) -> str | None:
    """groups.py's first line `line` ("alive", "dead", "all_die", "all_live", "untold", "which"; "some", "and_dead",
    "halfbies": "do the girls survive", some do; "first", "last" and "first_turn", "last_turn" (a turn among the deaths):
    "which teacher dies first"; "count_dead", "count_alive": "how many girls die" (in Tagalog too; Korean rows keep
    each romanized name beside the Hangul); "which_in": of episode `n`; "count_in": `n` of them in episode `ep`) of `n` of the group `plural`
    ("teachers", "girls") in `lang`, `rest` more who die named after the untold; None when `lang` has no such line."""
    nouns, lines = _NOUNS.get(lang, {}), _LINES.get(lang, {})
    if plural not in nouns or line not in lines:
        return None
    many, one, feminine = nouns[plural]
    said = lines[line][n != 1].format(n=n, ep=ep, noun=one if n == 1 else many, every=_EVERY[lang][feminine],
                                      rest=lines["rest"][rest != 1].format(n=rest) if rest else "")
    if feminine and lang in ("es", "pt"):  # "citadas pelas fontes", "dadas como mortas"
        said = said.replace("Algunos", "Algunas", 1).replace("Alguns", "Algumas", 1).replace("Los ", "Las ", 1).replace("Os ", "As ", 1).replace("citados", "citadas").replace("dados como mortos", "dadas como mortas").replace(
            "dado como morto", "dada como morta").replace("se dan por muertos", "se dan por muertas").replace(
            "se da por muerto", "se da por muerta")
    return said[:1].upper() + said[1:]  # ("guru yang ...": a line opens with its noun in Indonesian)
