"""Where someone is from: "where is park ji hu from", "where was lomon born", "onjo's hometown".

No source says where an actor or a character comes from, was born or grew up (nor an actor's
nationality or home), so the answer is "I don't know", never a scene the event index finds them in
("At the classroom (season 1, episode 2)") or the quarantine camp they reach.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, dont_know

_LEAD = r"^(?:so |and |ok |but |wait |btw )?"
_ORIGIN = compile_later(
    rf"{_LEAD}(?:where(?: 's| is| was|s)? (?P<a>ent\d+) (?:from|born|originally from)"
    rf"|where (?:does|did|do) (?P<b>ent\d+) (?:come from|originally come from|grow up|hail from)"
    rf"|where was (?P<c>ent\d+) (?:born|raised)"
    rf"|what(?: 's| is|s)? (?P<d>ent\d+) ?'s (?:nationality|hometown|home town|birthplace|ethnicity)"
    rf"|what (?:nationality|ethnicity) (?:is|was) (?P<e>ent\d+)"
    rf"|where (?:does|did) (?P<f>ent\d+) live(?: now| irl| in real life)?)\W*$"
)


class Hometowns:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        if "ent" not in ask.text or (m := _ORIGIN.search(ask.text)) is None:
            return None
        slot = ask.a.slots.get(next(g for g in m.groups() if g))
        if slot is None or len(slot.candidates) != 1:
            return None
        entity = slot.candidates[0]
        if entity.kind == "character" and m.group("f"):
            return None  # "where does onjo live": next door to Cheong-san (her relationships say so)
        if entity.kind == "person":
            about: tuple[str, ...] = ("whom they play", "who they are")
        elif entity.kind == "character":
            about = ("who plays them", "who they are", "what happens to them")
        else:
            return None
        return dont_know(ask.raw, f"where {entity.name} is from", about)
