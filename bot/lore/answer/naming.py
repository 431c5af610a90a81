"""Whether someone is called what the question says: "is the assemblywoman called kim", "is
On-jo's surname Nam", "is Su-hyeok called Soo-hyuk".

The name typed is held to the names the pack gives them (their name, short name and the spellings
sources use): "Yes." when it is one of them, else "No:" with their name. Only a name-like answer
(one word, or a name the resolver knows) is checked; "is On-jo called the class president" is
something else.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import SLOT
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.words import FILLER, STOP, known_words
from bot.lore.content import Character
from bot.lore.names import fold
from bot.show import NOTHING

_CALLED = compile_later(
    r"^(?:is|was|isn't|isnt|wasn't|wasnt)\s+(?P<who>.+?)(?:\s+'s)?\s+"
    r"(?:(?:real\s+|full\s+|last\s+|family\s+|first\s+|given\s+)?name|surname|called|named|surnamed)\s+(?:is\s+)?"
    r"(?P<name>[\w-]+)\s*(?:right|really|actually)?\W*$"
)
# "is Lomon the same guy as Park Solomon", "are Yoon Gwi-nam and Gwi Nam the same person".
_SAME = compile_later(r"\bthe same (?:person|guy|girl|actor|actress|one|people|character|man|woman|dude)\b|\bsame (?:person|guy|actor|actress)\b|\bthe same\W*$")
_SURNAME = compile_later(r"\b(?:surname|surnamed|last name|family name)\b")
# "whats cheongsans mums name", "what is cheong-san's mother called": the name of someone the sources name only
# by whom they belong to (never who she is, said as if it were her name)
_NAME_ASKED = compile_later(r"^(?:what|wat|wht)(?: is|'s| 's|s| was)? (ent\d+)(?: ?'s)? (?:(?:real|full|first|actual|given) )?"
                         r"name\W*$|^(?:what|wat)(?: is|'s| 's|s| was)? (ent\d+) (?:called|named)\W*$")
_WORDS = ("name", "call", "called", "named", "surname", "surnamed", "real", "full", "last", "family", "first",
          "given", "right", "really", "actually")


class NameChecks:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._common = known_words() | STOP | FILLER

    def _same(self, ask: Ask) -> Answer | None:
        """Whether two names the question types are one person (the same entity, by two of its
        names) or two."""
        if not _SAME.search(ask.text):
            return None
        named = [slot for w, slot in ask.a.slots.items() if w in ask.text.split() and len(slot.candidates) == 1]
        if len(named) != 2:
            return None
        first, second = (slot.candidates[0] for slot in named)
        if first.kind != second.kind:
            return None  # an actor and a role: "who plays whom" is asked, not a naming
        subjects = [s for s in (*ask.characters(), *ask.people()) if s.id in (first.id, second.id)]
        entities = [self.s.pack.characters.get(e.id) if e.kind == "character" else self.s.pack.people.get(e.id)
                    for e in (first, second)]
        if entities[0] is None or entities[1] is None:
            return None
        sources = (*entities[0].sources, *entities[1].sources)
        if first.id == second.id:
            entity = entities[0]
            typed = {fold(slot.mention.text) for slot in named}
            other = next((n for n in entity.variants if fold(n) in typed and fold(n) != fold(entity.name)), "")
            text = (f"Yes: {entity.name} is also known as {other}." if other
                    else f"Yes: both are {entity.name}.")
        else:
            kind = "characters" if first.kind == "character" else "people"
            text = f"No: {first.name} and {second.name} are two different {kind}."
        spoils = max((s.spoils for s in subjects), default=NOTHING)
        part = Part(text, spoils, "official", self.s.knowledge.refs(dict.fromkeys(sources)))
        return self.s.answer(ask, [part], "attribute.name", consumed=("same", "person", "guy", "one", "actor", "actress"),
                             subjects=subjects)

    def answer(self, ask: Ask) -> Answer | None:
        if ask.a.yes_no and "same" in ask.text and (one := self._same(ask)) is not None:
            return one
        if not ask.a.yes_no and (asked := _NAME_ASKED.match(ask.text)) is not None:
            slot = ask.a.slots.get(asked.group(1) or asked.group(2))
            character = (self.s.pack.characters.get(slot.candidates[0].id)
                         if slot is not None and len(slot.candidates) == 1 else None)
            if character is not None and "'" in character.name:
                return dont_know(ask.raw, f"the name of {character.name}", ("who they are", "what happens to them"))
        if not ask.a.yes_no or ("call" not in ask.text and "name" not in ask.text):
            return None
        m = _CALLED.match(ask.text)
        if m is None:
            return None
        typed = m.group("name")
        named = {slot.candidates[0].id for w, slot in ask.a.slots.items()
                 if w in m.group("who").split() and len(slot.candidates) == 1}
        subjects = [s for s in (*ask.characters(), *ask.people()) if not named or s.id in named]
        if len({s.id for s in subjects}) != 1:
            return None
        subject = subjects[0]
        entity = (self.s.pack.characters.get(subject.id) if subject.kind == "character"
                  else self.s.pack.people.get(subject.id))
        if entity is None or "'" in entity.name:
            return None  # "Cheong-san's mother": the sources give her no name
        short = entity.short_name if isinstance(entity, Character) else None
        names = [entity.name, *entity.variants, *([short] if short else [])]
        if SLOT.fullmatch(typed):
            slot = ask.a.slots.get(typed)
            if slot is None or len(slot.candidates) != 1:
                return None
            same = slot.candidates[0].id == subject.id
        else:
            if typed in self._common or not typed.isalpha():
                return None  # "is On-jo called smart": no name
            key = fold(typed)
            surname = entity.name.split()[0] if " " in entity.name else ""
            if _SURNAME.search(ask.text):
                same = bool(surname) and fold(surname) == key
            else:
                same = any(key == fold(n) or key in {fold(p) for p in n.split()} for n in names)
        full = entity.name
        seen = {fold(full), *(fold(p) for p in full.split()[1:])}
        alts: list[str] = []
        for n in names:
            if " " in n and fold(n) not in seen:  # "Nam Onjo" is Nam On-jo spelt again
                seen.add(fold(n))
                alts.append(n)
        also = f", also called {' / '.join(alts[:2])}" if alts else ""
        text = f"Yes: {full}{also}." if same else f"No: {full}{also}."
        parts = [Part(text, subject.spoils, "official", self.s.knowledge.refs(entity.sources))]
        return self.s.answer(ask, parts, "attribute.name", consumed=(*_WORDS, typed), subjects=[subject])
