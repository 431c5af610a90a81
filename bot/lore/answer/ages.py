"""Which of two siblings is older: "is ha-ri older than woo-jin", "who is older, hari or woojin".

The sources give no ages, but they do say who is the older sibling (Ha-ri is Woo-jin's older
sister). Asked of two characters the pack makes older and younger sibling, the answer is that
relationship, with "Yes." or "No." when the question is one, hidden as the relationship is. Of any
other two, ages are not known, and the other kinds say so.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part
from bot.lore.content import Relationship

_IS_OLDER = compile_later(r"^(?:is|was|isn't|isnt) (ent\d+) (older|younger|elder|bigger|smaller|little|big) (?:than) (ent\d+)$")
_WHO_OLDER = compile_later(
    r"^(?:who|which one|which)(?: 's| is| was|s)? (?:the )?(older|younger|oldest|youngest|elder|eldest)"
    r"(?: one| sibling)?,? (ent\d+) (?:or|and) (ent\d+)$"
    r"|^(?:who|which)(?: 's| is| was|s)? (?:the )?(older|younger|oldest|youngest|elder|eldest),? (?:between )?(ent\d+) or (ent\d+)$"
)
# "who is older, hari or her brother", "is hari older than her brother": the one sibling the pack gives them.
_OWN_SIBLING = compile_later(
    r"^(?:(?:who|which one|which)(?: 's| is| was|s)? (?:the )?(older|younger|oldest|youngest|elder|eldest)"
    r"(?: one| sibling)?,? (?:between )?(ent\d+) (?:or|and)"
    r"|(?:is|was|isn't|isnt) (ent\d+) (older|younger|elder|bigger|smaller|little|big) than)"
    r" (?:her|his|their|ent\d+ 's) (?:little |younger |older |big |baby )?(?:brother|sister|sibling|bro|sis)$"
)
_OLDER = frozenset({"older", "elder", "bigger", "big", "oldest", "eldest"})
# "how old are the students", "how old is onjo", "what age are they": no source gives an age; the
# students' school year is what they do say
_HOW_OLD = compile_later(
    r"^\W*(?:how old|what age|what ages)(?: 's| is| are| was| were| r)? (?P<who>ent\d+|they|them|the (?:students|kids|"
    r"teens|teenagers|main characters|characters|main cast|class|main students|high schoolers)|everyone)"
    r"(?: supposed to be| meant to be| in the show| in season 1| in the story)?\W*$"
)
_YEAR_RECORD = "class-2-5"
_YEAR_TEXT = "The main group of students belongs to class 2-5 (second year, class 5)."
# "no ages, but their school year" in each asker's language (bot.lore.answer.asker_language)
_NO_AGES = {
    "ko": ("출처에 나이는 나오지 않아요. 나오는 건 이거예요:", "주요 학생들은 2학년 5반이에요."),
    "ja": ("情報源に年齢は載っていません。わかっているのは次のことです：", "主な生徒たちは2年5組（2年生）です。"),
    "zh": ("我的资料来源没有提到年龄。它们提到的是：", "主要的学生们都在2年级5班（高二）。"),
    "es": ("Mis fuentes no dan edades. Lo que sí dicen:", "El grupo principal de estudiantes es de la clase 2-5 (segundo año, clase 5)."),
    "pt": ("As minhas fontes não dão idades. O que dizem é:", "O grupo principal de estudantes é da turma 2-5 (segundo ano, turma 5)."),
    "id": ("Sumberku tidak menyebut umur. Yang disebutkan:", "Kelompok utama murid-muridnya ada di kelas 2-5 (kelas dua, kelas 5)."),
}
_STUDENT = compile_later(r"\bstudents?\b|\b(?:class )?2-5\b|\bclassmates?\b|\bhigh schooler\b")
_GROWN_UP = compile_later(r"\bteacher\b|\bfather\b|\bmother\b|\bprincipal\b|\bparent\b|\bofficer\b|\bsoldier\b")


class SiblingAges:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        if "older" not in ask.text and "younger" not in ask.text and "elder" not in ask.text and "est" not in ask.text \
                and "big" not in ask.text and "little" not in ask.text and "smaller" not in ask.text:
            return None
        asked = _IS_OLDER.match(ask.text)
        if asked is not None:
            first, word, second = asked.group(1), asked.group(2), asked.group(3)
        elif (which := _WHO_OLDER.match(ask.text)) is not None:
            word, first, second = (which.group(1), which.group(2), which.group(3)) if which.group(1) else (
                which.group(4), which.group(5), which.group(6))
        elif (own := _OWN_SIBLING.match(ask.text)) is not None:
            word, first = (own.group(1), own.group(2)) if own.group(1) else (own.group(4), own.group(3))
            asked = own if not own.group(1) else None
            second = ""
        else:
            return None
        ids = [self._character(ask, w) for w in (first, second)]
        if second == "" and ids[0]:
            siblings = self._siblings(ids[0])
            ids[1] = siblings[0] if len(siblings) == 1 else ""
        if not ids[0] or not ids[1]:
            return None
        elder = self._elder(ids[0], ids[1])
        if elder is None:
            return None
        older, younger, rel = elder
        record = next((r for r in self.s.profiles.character.get(older, [])
                       if r.id == f"{older}-rel-{rel.type}-{younger}"), None)
        said = f"{self.s.short(older)} is {rel.text}."
        if asked is not None:
            holds = (ids[0] == older) == (word in _OLDER)
            said = f"{'Yes' if holds else 'No'}. {said}"
        part = self.s.part(record, said) if record is not None else Part(said, rel.spoils)
        part = Part(part.text, max(part.spoils, rel.spoils), part.confidence, part.sources, hedged=True)
        return self.s.answer(ask, [part], "comparison.age", consumed=ask.a.stems)

    def students(self, ask: Ask) -> Answer | None:
        """How old the students are: no source says; their school year (second year, class 2-5) instead."""
        if "old" not in ask.text and "age" not in ask.text:
            return None
        asked = _HOW_OLD.match(ask.text)
        record = self.s.records.by_id.get(_YEAR_RECORD)
        if asked is None or record is None:
            return None
        who = asked.group("who")
        if who.startswith("ent"):
            cid = self._character(ask, who)
            summary = self.s.pack.characters[cid].summary if cid else ""
            head = " ".join(summary.split()[:6])  # what they are ("On-jo's father, a ...", "The English teacher ...")
            taught = bool(self.s.profiles.incoming.get((cid, "teacher_of")))  # in Ms. Park's homeroom class
            if not (taught or _STUDENT.search(summary)) or _GROWN_UP.search(head):
                return None  # a teacher's or a parent's age: the other kinds say it is not known
        lead, year = Part("My sources give no ages. What they do say:"), self.s.part(record)
        said = _NO_AGES.get(ask.language)
        if said is not None and record.text == _YEAR_TEXT:  # a record a moderator edits stays English, never half
            lead = Part(said[0], lang=ask.language)
            year = year.worded(said[1], ask.language)
        return Answer(ask.raw, False, [lead, year], "comparison.age")

    def _character(self, ask: Ask, word: str) -> str:
        slot = ask.a.slots.get(word) if word else None
        if slot is None or len(slot.candidates) != 1 or slot.candidates[0].kind != "character":
            return ""
        return slot.candidates[0].id

    def _siblings(self, cid: str) -> list[str]:
        return sorted({rel.target for kind in ("older_sibling_of", "younger_sibling_of")
                       for rel in self.s.profiles.outgoing.get((cid, kind), [])})

    def _elder(self, a: str, b: str) -> tuple[str, str, Relationship] | None:
        """(the older, the younger, the older one's relationship) when the pack says which it is."""
        for older, younger in ((a, b), (b, a)):
            for rel in self.s.profiles.outgoing.get((older, "older_sibling_of"), []):
                if rel.target == younger:
                    return older, younger, rel
            for rel in self.s.profiles.outgoing.get((younger, "younger_sibling_of"), []):
                if rel.target == older:
                    back = self.s.pack.counterpart(rel)
                    if back is not None:
                        return older, younger, back
        return None
