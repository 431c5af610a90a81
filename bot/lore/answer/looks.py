"""How a character looks, as far as the pack says it ("the girl in the pink vest", "a bespectacled
member of the science club"):

- "what colour is hyo-ryeong's vest", "does joon-yeong wear glasses", "효령이 조끼 무슨 색이야?":
  the character's words that name the thing asked, hidden as far as those words spoil;
- "who wears the pink vest", "who has glasses": the one character those words fit (none or several:
  not taken here).

What the pack does not say of someone's looks (hair colour, height) is left to the engine's "I
don't know".
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Subject
from bot.show import Position

_COLOURS = ("pink", "red", "blue", "black", "white", "yellow", "green", "grey", "gray", "purple", "orange", "brown")
_WORN = {"vest": "vest", "jacket": "jacket", "hoodie": "hoodie", "shirt": "shirt", "uniform": "uniform",
         "glasses": "glasses", "spectacles": "glasses", "specs": "glasses", "bespectacled": "glasses",
         "hat": "hat", "cap": "cap", "scarf": "scarf", "coat": "coat", "sweater": "sweater", "cardigan": "cardigan",
         "skirt": "skirt", "hair": "hair"}
# Korean as fans type it: 조끼 (vest), 안경 (glasses), 교복 (uniform), 머리 (hair), 옷 (clothes)
_WORN_KO = {"조끼": "vest", "안경": "glasses", "교복": "uniform", "머리": "hair", "머리색": "hair"}
_CLOTHES_KO = ("옷", "색", "입")
_WORN_WORD = compile_later(r"\b(" + "|".join(_WORN) + r")\b")
_COLOUR_WORD = compile_later(r"\b(" + "|".join(_COLOURS) + r")\b")
# the question asks about looks: a colour, wearing, clothes
_LOOKS = compile_later(r"\b(?:colou?rs?|wears?|wearing|wore|worn|dressed|outfit|clothes|clothing|has|have|had|with|in)\b")

_WHO_WEARS = compile_later(r"^\W*(?:who|which (?:\w+ )?(?:one|girl|boy|guy|student|kid|character))(?: 's| is| was)? "
                        r"(?:wears?|wore|wearing|has|had|have|dressed)\b"
                        # "who's the nerd with glasses": whom fans describe by the look
                        r"|^\W*who(?: 's|s| is| was) (?:the|that) (?:[a-z]+ ){1,2}(?:with|in|wearing) (?:the |a |those |that )?"
                        r"(?:[a-z]+ )?[a-z]+\W*$")


def _worn(text: str) -> set[str]:
    return {_WORN[w] for w in _WORN_WORD.findall(text.casefold())}


class LooksAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        # each character's words about their looks, with what they spoil
        self._looks: dict[str, list[tuple[str, Position, set[str]]]] = {}
        for character in shared.pack.characters.values():
            said = [(character.summary, character.summary_spoils), *((d.text, d.spoils) for d in character.descriptions)]
            for text, spoils in said:
                if things := _worn(text):
                    self._looks.setdefault(character.id, []).append((text, spoils, things))

    def answer(self, ask: Ask) -> Answer | None:
        asked = _worn(ask.text) | {v for k, v in _WORN_KO.items() if k in ask.raw}
        if not asked:
            return None
        korean = any(w in ask.raw for w in _CLOTHES_KO)
        if not (_LOOKS.search(ask.text) or korean or ask.a.yes_no):
            return None
        colour = set(_COLOUR_WORD.findall(ask.text))
        subjects = ask.characters()
        if len(subjects) > 1 or ask.people():
            return None
        if subjects:
            subject = subjects[0]
            fits = [(t, s) for t, s, things in self._looks.get(subject.id, []) if asked & things]
            return self._told(ask, subject, fits) if fits else None
        if not _WHO_WEARS.match(ask.a.text) or asked_gender(ask.a.words):
            return None  # "who plays the girl in the pink vest", "the girl with glasses": the people kinds' to read
        fitting = {cid: [(t, s) for t, s, things in looks if asked & things and all(c in t for c in colour)]
                   for cid, looks in self._looks.items()}
        fitting = {cid: fits for cid, fits in fitting.items() if fits}
        if len(fitting) != 1:
            return None
        cid, fits = next(iter(fitting.items()))
        character = self.s.pack.characters[cid]
        return self._told(ask, Subject("character", cid, character.name), fits)

    def _told(self, ask: Ask, subject: Subject, fits: list[tuple[str, Position]]) -> Answer:
        character = self.s.pack.characters[subject.id]
        refs = self.s.knowledge.refs(character.sources)
        seen: set[str] = set()
        parts: list[Part] = []
        for text, spoils in fits:
            said = text if text[:1].isupper() else f"{self.s.short(subject.id)} is {text}."
            if said.casefold() in seen:
                continue
            seen.add(said.casefold())
            parts.append(Part(f"{character.name}: {said}" if text[:1].isupper() else said,
                              max(spoils, subject.spoils), "official", refs))
        if ask.a.yes_no and parts:  # "is her vest pink": Yes, or No with the colour the sources give
            colour = set(_COLOUR_WORD.findall(ask.text))
            verdict = "No. " if colour and not any(c in parts[0].text for c in colour) else "Yes. "
            parts[0] = Part(verdict + parts[0].text, parts[0].spoils, parts[0].confidence, parts[0].sources, hedged=True)
        return self.s.answer(ask, parts[:1], "looks", consumed=ask.stems_without(()), subjects=[subject])
