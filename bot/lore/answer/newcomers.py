"""What happens to someone new in season 2: "is han du-seok a zombie", "does so ju-ran die", "is roh
jae-won's character alive", "is han du-seok the villain". Before season 2 is out nothing is known of
their fate; never a season-1 "so far, alive and not infected" said of someone the story has not
reached. Once it is out, what the pack tells of them (a moderator's approved addition) is the fate
kinds' to say.
"""

from __future__ import annotations

import re

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.pronouns import pronoun_said
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_status import StatusAnswers
from bot.lore.answer.words import stem, stems_of
from bot.lore.content import Character, ContentPack
from bot.season2.model import Milestone

_FATES = frozenset({"die", "survive", "zombie", "turn", "infect", "halfbie", "bite", "kill", "live", "happen", "fate",
                    "end", "alive", "dead", "death", "safe", "human",
                    # "is han du-seok the villain": a part in a story not out yet (never "No. Gwi-nam is")
                    *(stem(w) for w in ("villain", "antagonist", "evil", "hero", "traitor"))})


class Newcomers:
    def __init__(self, shared: Shared, status: StatusAnswers) -> None:
        self.s = shared
        self.status = status

    def answer(self, ask: Ask) -> Answer | None:
        pack = self.s.pack.characters
        ids = [s.id for s in ask.characters()] or [c.id for p in ask.people() for c in self.s.pack.characters_played_by(p.id)]
        if not ids or not _FATES & set(ask.a.stems) or ask.a.season not in (None, 2):
            return None
        if not all(i in pack and 1 not in pack[i].seasons for i in ids):
            return None
        if self.status.current.status.milestone is Milestone.RELEASED:
            if any(pack[i].fate is not None or pack[i].events for i in ids):
                return None  # told since the release: the fate kinds say it, behind its episode
            said = "season 2 is out, but my sources say nothing yet about what happens to them"
            parts = [Part(f"Nobody knows yet: {pack[i].name} is new in season 2; {said}.", confidence="official",
                          sources=self.s.knowledge.refs(pack[i].sources)) for i in ids]
            return self.s.answer(ask, parts, "season2.newcomer", consumed=tuple(ask.a.stems))
        parts = [Part(f"Nobody knows yet: {pack[i].name} is new in season 2, which has not come out, and my "
                      "sources say nothing about what happens to them.", confidence="official",
                      sources=self.s.knowledge.refs(pack[i].sources)) for i in ids]
        # their announced role, as far as its own spoiler tag allows ("On-jo's senior at university")
        parts += [Part(f"Their announced role: {newcomer_role(pack[i].summary)}.", pack[i].summary_spoils, "official",
                       self.s.knowledge.refs(pack[i].sources)) for i in ids if pack[i].summary]
        return self.s.answer(ask, parts, "season2.newcomer", consumed=tuple(ask.a.stems))


def newcomer_role(summary: str) -> str:
    """A newcomer's announced role, as a phrase: "A new Season 2 character, On-jo's senior at university." ->
    "On-jo's senior at university"."""
    return re.sub(r"^(?:An? )?new Season 2 character,?\s*", "", summary.strip()).rstrip(".")



def newcomer_described(pack: ContentPack, words: set[str]) -> list[Character]:
    """"is the s2 villain an nis guy": the one season-2 newcomer whose announced role the question's words
    (stems) name (Han Du-seok, a National Intelligence Service team leader), so an answer can say who that
    is as announced, never what they do. Words every newcomer's role shares ("new", "character") name none."""
    said = {c.id: stems_of(" ".join((c.summary, *(d.text for d in c.descriptions))))
            for c in pack.characters.values() if 2 in c.seasons and 1 not in c.seasons and not c.introduced}
    if not said:
        return []
    shared = frozenset.intersection(*map(frozenset, said.values()))
    hits = {cid: len((stems - shared) & words) for cid, stems in said.items()}
    best = max(hits.values())
    named = [cid for cid, n in hits.items() if n == best]
    return [pack.characters[named[0]]] if best and len(named) == 1 else []


def newcomer_gender(pack: ContentPack, character: Character, genders: dict[str, str]) -> str:
    """"she" or "he" for a season-2 newcomer: as the pack's sentences about them say, else as those about
    whoever plays them ("Joins Season 2 as So Ju-ran; she was also in Squid Game"); "" when neither says."""
    said = genders.get(character.id, "")
    person = pack.people.get(character.actor or "")
    return said or (pronoun_said(person.notes or "") if person is not None else "")


def newcomers_asked(pack: ContentPack, new: list[Character], gender: str,
                    genders: dict[str, str]) -> tuple[list[Character], list[Character]]:
    """"who's the new girl in s2": the newcomers the sources make a girl (or a boy), and those they say
    neither of (said apart, never counted in or out); everyone new, and no one unsaid, when none is asked."""
    if not gender:
        return new, []
    return ([c for c in new if newcomer_gender(pack, c, genders) == gender],
            [c for c in new if not newcomer_gender(pack, c, genders)])
