"""A whole group's fate asked in Spanish, Portuguese or Indonesian, the group table of foreign_glosses.py (which splices
these rows in where they always stood, so every reading keeps its turn): "mueren todos los estudiantes?", "todos
morrem?" -> "does everyone die". Names have already become slots (ent0, ent1) when this runs."""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later

# the verbs as foreign_glosses.py reads them
DIE = r"(?:muere|morre|mati|meninggal|murió|murio|morreu|muri[oó]|mueren|morrem)"
SURVIVE = r"(?:sobrevive|sobreviven|sobrevivieron|sobrevivi[oó]|sobreviveu|sobrevivem|sobreviveram|selamat|bertahan hidup)"

GROUP_ROWS: tuple[tuple[LazyPattern, str], ...] = (
    # "mueren todos los estudiantes?", "todos morrem?": the group's fate, never "I don't know"
    (compile_later(rf"^\W*(?:(?:se )?{DIE} todos(?: l?os (?:estudiantes|alumnos|chicos|alunos))?|todos(?: l?os (?:estudiantes|alumnos|chicos|alunos))? (?:se )?{DIE})(?: al final| no final| en el final)?\W*$", re.I), "does everyone die"),
)
