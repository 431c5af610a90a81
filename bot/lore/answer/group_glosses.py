"""A whole group's fate asked in Spanish, Portuguese or Indonesian, the group table of foreign_glosses.py (which splices
these rows in where they always stood, so every reading keeps its turn): "mueren todos los estudiantes?", "todos
morrem?" -> "does everyone die"; "mueren todos los profesores?", "todas as meninas morrem?", "semua guru mati?" -> "do
all the teachers die", "do all the girls die" (groups.py answers the group; "do all the soldiers die" is not told).
Names have already become slots (ent0, ent1) when this runs."""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later

# the verbs as foreign_glosses.py reads them
DIE = r"(?:muere|morre|mati|meninggal|murió|murio|morreu|muri[oó]|mueren|morrem|murieron|morreram)"
SURVIVE = r"(?:sobrevive|sobreviven|sobrevivieron|sobrevivi[oó]|sobreviveu|sobrevivem|sobreviveram|selamat|bertahan hidup)"

# a group, in Spanish and Portuguese after "todos los", "todas as" ("los profes", "as meninas"), and in English
_NOUNS: dict[str, str] = {
    **dict.fromkeys(("profesores", "profesoras", "profes", "maestros", "maestras", "professores", "professoras"), "teachers"),
    **dict.fromkeys(("chicas", "niñas", "meninas", "garotas", "muchachas"), "girls"),
    **dict.fromkeys(("niños", "meninos", "garotos", "muchachos"), "boys"),
    **dict.fromkeys(("padres", "pais"), "parents"),
    **dict.fromkeys(("adultos",), "adults"),
    **dict.fromkeys(("mujeres", "mulheres"), "women"),
    **dict.fromkeys(("hombres", "homens"), "men"),
    **dict.fromkeys(("soldados",), "soldiers"),
    **dict.fromkeys(("zombis", "zombies", "zumbis"), "zombies"),
    **dict.fromkeys(("arqueros", "arqueiros"), "archers"),
    **dict.fromkeys(("estudiantes", "alumnos", "alunos", "estudantes"), "students"),
}
# in Indonesian after "semua (para)" ("semua guru", "semua para tentara")
_NOUNS_ID: dict[str, str] = {
    "guru": "teachers", "tentara": "soldiers", "murid": "students", "siswa": "students", "pelajar": "students",
    "cewek": "girls", "cewe": "girls", "perempuan": "girls", "cowok": "boys", "cowo": "boys", "orang tua": "parents",
    "ortu": "parents", "zombie": "zombies", "zombi": "zombies", "orang dewasa": "adults", "halfbie": "halfbies",
}
_NOUN = "(" + "|".join(sorted(_NOUNS, key=len, reverse=True)) + ")"
_NOUN_ID = "(" + "|".join(sorted(_NOUNS_ID, key=len, reverse=True)) + ")"
_VERB = rf"(?:se )?({DIE}|murieron|morreram|{SURVIVE})"  # (and the past said of them all: "murieron todos los maestros")
_AT_END = r"(?: al final| no final| en el final| di akhir| pada akhirnya)?"
_ALL = r"tod[oa]s (?:l?[oa]s )?"


def _asked(noun: str, verb: str, nouns: dict[str, str]) -> str:
    """"do all the teachers die" of the group's noun and its verb as the asker typed them."""
    found = re.fullmatch(SURVIVE, verb, re.I) is not None
    return f"do all the {nouns[noun.casefold()]} {'survive' if found else 'die'}"  # ("semua murid mati": the six named)


GROUP_ROWS: tuple[tuple[LazyPattern, str], ...] = (
    # "mueren todos los estudiantes?", "todos morrem?": the group's fate, never "I don't know"
    (compile_later(rf"^\W*(?:(?:se )?{DIE} todos(?: l?os (?:estudiantes|alumnos|chicos|alunos))?|todos(?: l?os (?:estudiantes|alumnos|chicos|alunos))? (?:se )?{DIE})(?: al final| no final| en el final)?\W*$", re.I), "does everyone die"),
    # "todo mundo morre?", "todo el mundo muere?", "semua mati ya di akhir?", "apakah semuanya mati di akhir?"
    (compile_later(rf"^\W*(?:todo (?:o |el )?mundo (?:se )?{DIE}|(?:apakah )?semua(?:nya)?(?: orang)? (?:akhirnya )?{DIE}(?: ya| kah)?){_AT_END}\W*$", re.I),
     "does everyone die"),
)
# "mueren todos los profesores?", "todas as meninas morrem?", "sobreviven todos los estudiantes?", "semua guru mati?":
# the group, as English asks it (read after GROUP_ROWS, which keeps "mueren todos los estudiantes" everyone's)
_GROUP_ASKED = (
    compile_later(rf"^\W*{_VERB} {_ALL}{_NOUN}{_AT_END}\W*$", re.I),
    compile_later(rf"^\W*{_ALL}{_NOUN} {_VERB}{_AT_END}\W*$", re.I),
)
_GROUP_ASKED_ID = compile_later(rf"^\W*(?:apakah )?semua (?:para )?{_NOUN_ID} (?:akhirnya )?({DIE}|{SURVIVE}){_AT_END}\W*$", re.I)


# "mueren los chicos?", "os alunos morrem?", "anak-anak pada mati?": the kids as a whole, as "do the kids die" asks it
# (groups.py), never one of them
_KIDS = r"(?:chicos|niños|muchachos|estudiantes|alumnos|alunos|estudantes|crianças|jóvenes)"
_KIDS_ASKED = (
    compile_later(rf"^\W*(?:se )?(?:{DIE}) l?[oa]s {_KIDS}{_AT_END}\W*$", re.I),
    compile_later(rf"^\W*l?[oa]s {_KIDS} (?:se )?(?:{DIE}){_AT_END}\W*$", re.I),
    compile_later(rf"^\W*(?:apakah )?(?:anak-anak|anak2|murid-murid|para murid)(?: nya)? (?:pada |semua |akhirnya )?"
                  rf"(?:{DIE}){_AT_END}\W*$", re.I),
)


# "mueren los padres?", "sobreviven las chicas?", "os pais morrem?", "orang tua pada mati?": the group as a whole, as
# "do the parents die" asks it (groups.py), never "I don't know" nor one of them asked back
_THE_ASKED = (
    compile_later(rf"^\W*{_VERB} l?[oa]s {_NOUN}{_AT_END}\W*$", re.I),
    compile_later(rf"^\W*l?[oa]s {_NOUN} {_VERB}{_AT_END}\W*$", re.I),
)
_THE_ASKED_ID = compile_later(rf"^\W*(?:apakah )?(?:para {_NOUN_ID}(?: pada)?|{_NOUN_ID} pada) ({DIE}|{SURVIVE}){_AT_END}\W*$", re.I)

# "guru mana yang mati duluan?", "guru yang mati di episode 3 siapa": which of the group dies first, or in one episode
# (groups.py), never "I don't know"
_WHICH_ID = compile_later(rf"^\W*(?:siapa )?{_NOUN_ID} (?:mana |apa )?(?:yang|yg) (?:{DIE}) (?:(duluan|pertama(?: kali)?|terakhir)"
                          rf"|di (?:episode|eps?) ?(\d{{1,2}}))(?: siapa)?\W*$", re.I)

# "qué alumno muere primero", "qual dos alunos morre por último", "cuál de las chicas muere primero": which of the group
# dies first or last (groups.py), as "which student dies first" asks it (the teachers: role_glosses.py), never "I don't know"
_ONE: dict[str, str] = {
    **dict.fromkeys(("alumno", "alumna", "estudiante", "aluno", "aluna", "estudante"), "student"),
    **dict.fromkeys(("chica", "niña", "menina", "garota", "muchacha"), "girl"),
    **dict.fromkeys(("chico", "niño", "menino", "garoto", "muchacho"), "boy"),
    "adulto": "adult",
}
_WHICH = compile_later(rf"^\W*¿?(?:qu[eé]|cu[aá]l|qual)(?: (?:de l[oa]s|d[oa]s) {_NOUN}| ({'|'.join(_ONE)}))(?: es el que| é o que)? "
                       rf"(?:se )?{DIE} (?:(primero|primeiro)|(?:de |por )?([uú]ltimo))\W*$", re.I)

# "en el ep 10", "no episódio 3": one episode's ("cuántas chicas mueren en el ep 10": which of them die in it, as
# "which girl dies in episode 10" lists them)
_IN_EPISODE = r" (?:en el|en|no|na) (?:ep|eps|episodio|episódio|cap[ií]tulo|cap) ?(\d{1,2})"
# "cuántas chicas mueren", "quantos alunos sobrevivem", "berapa murid yang selamat": how many of the group, as "how many
# girls die" asks it (groups.py: hidden to episode 12), never "I don't know"
# ("cuántas chicas mueren en total?", "... en la serie": the whole season's count, as bare)
_IN_ALL = r"(?: en total| en toda la serie| en la serie| na série| em toda a série| no total| ao todo)"
_HOW_MANY = compile_later(rf"^\W*¿?(?:cu[aá]nt[oa]s|quant[oa]s) (?:de l?[oa]s )?{_NOUN} {_VERB}(?:{_AT_END}|{_IN_EPISODE}|{_IN_ALL})\W*$", re.I)
_HOW_MANY_ID = compile_later(rf"^\W*berapa (?:banyak )?(?:orang )?{_NOUN_ID} (?:yang |yg )?({DIE}|{SURVIVE}){_AT_END}\W*$", re.I)
# "cuantos mueren en el ep 11", "quantos morrem no ep 11", "berapa yang mati di ep 11": everyone's deaths in that episode,
# as "how many die in episode 11" asks it (episodes.py), never "I don't know"
_HOW_MANY_IN = (
    compile_later(rf"^\W*¿?(?:cu[aá]nt[oa]s|quant[oa]s)(?: personas| pessoas| personajes| personagens)? (?:se )?{DIE}{_IN_EPISODE}\W*$", re.I),
    compile_later(rf"^\W*berapa (?:banyak )?(?:orang )?(?:yang |yg )?{DIE} (?:di |pada )(?:episode|episod|eps?) ?(\d{{1,2}})\W*$", re.I),
)


# "cuantas personas mueren", "quantas pessoas morrem no total": everyone's deaths, as "how many people die" (who_dies.py)
_HOW_MANY_PEOPLE = compile_later(rf"^\W*¿?(?:cu[aá]nt[oa]s|quant[oa]s) (?:personas|pessoas|personajes|personagens|gente) (?:se )?{DIE}"
                                 rf"(?:{_AT_END}|{_IN_ALL})?\W*$", re.I)


def group_asked(text: str) -> str:
    """`text` as "do all the teachers die" when it asks a group's fate in Spanish, Portuguese or Indonesian; else `text`."""
    if any(kids.match(text) for kids in _KIDS_ASKED):
        return "do the kids die"
    if (found := _WHICH_ID.match(text)) is not None:
        one = _NOUNS_ID[found.group(1).casefold()].removesuffix("s")
        if found.group(3):
            return f"which {one} dies in episode {found.group(3)}"
        return f"which {one} dies {'last' if found.group(2).casefold() == 'terakhir' else 'first'}"
    if (found := _WHICH.match(text)) is not None:
        one = _NOUNS[found.group(1).casefold()].removesuffix("s") if found.group(1) else _ONE[found.group(2).casefold()]
        return f"which {one} dies {'last' if found.group(4) else 'first'}"
    if (found := _HOW_MANY.match(text)) is not None:
        if found.group(3) and re.fullmatch(SURVIVE, found.group(2), re.I) is None:
            return f"which {_NOUNS[found.group(1).casefold()].removesuffix('s')} dies in episode {found.group(3)}"
        return _asked(found.group(1), found.group(2), _NOUNS).replace("do all the ", "how many ", 1)
    if (found := next((m for m in (r.match(text) for r in _HOW_MANY_IN) if m is not None), None)) is not None:
        return f"how many die in episode {found.group(1)}"
    if _HOW_MANY_PEOPLE.match(text) is not None:
        return "how many people die"
    if (found := _HOW_MANY_ID.match(text)) is not None:
        return _asked(found.group(1), found.group(2), _NOUNS_ID).replace("do all the ", "how many ", 1)
    if (found := _THE_ASKED[0].match(text)) is not None:
        return _asked(found.group(2), found.group(1), _NOUNS).replace(" all the ", " the ", 1)
    if (found := _THE_ASKED[1].match(text)) is not None:
        return _asked(found.group(1), found.group(2), _NOUNS).replace(" all the ", " the ", 1)
    if (found := _THE_ASKED_ID.match(text)) is not None:
        noun = found.group(1) or found.group(2)
        return _asked(noun, found.group(3), _NOUNS_ID).replace(" all the ", " the ", 1)
    if "tod" not in text.casefold() and "semua" not in text.casefold():
        return text
    if (found := _GROUP_ASKED[0].match(text)) is not None:
        return _asked(found.group(2), found.group(1), _NOUNS)
    if (found := _GROUP_ASKED[1].match(text)) is not None:
        return _asked(found.group(1), found.group(2), _NOUNS)
    if (found := _GROUP_ASKED_ID.match(text)) is not None:
        return _asked(found.group(1), found.group(2), _NOUNS_ID)
    return text
