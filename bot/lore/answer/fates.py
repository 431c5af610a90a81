"""Fate questions: what happens to a character, in which episode, is X alive or dead, who survives."""

from __future__ import annotations

import re

from bot.lore.answer.claims import Claims
from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import FATE_WORDS, YES_NO, Question
from bot.lore.answer.result import Answer, Part
from bot.lore.content import Character, Fact
from bot.lore.names import Entity
from bot.show import NOTHING, ShowShape

_WHICH_EPISODE = re.compile(r"\b(?:which|what)\s+(?:episode|ep)\b|\bwhen\s+(?:does|did|do)\b|\bin what episode\b")
_SURVIVORS = re.compile(r"\bhow many\b|\bwho\s+(?:survive|survives|survived|dies|died|lives)\b|\bsurvivors\b")
_ASKS_ALIVE = re.compile(r"\b(?:alive|survive\w*|live|lives|make it)\b")
_ASKS_DEAD = re.compile(r"\b(?:dead|die|dies|died|killed|death)\b")
_ASKS_TURNS = re.compile(r"\b(?:zombie|turn|turns|turned|infected|halfbie|hambie)\b")
_SURVIVOR_KEYWORDS = ("survivors", "survive", "survivor")


def _yes_no_fate(text: str) -> str | None:
    """What a yes/no fate question asks: alive, dead or turns (None: not a yes/no fate question)."""
    if not YES_NO.match(text):
        return None
    if _ASKS_ALIVE.search(text):
        return "alive"
    if _ASKS_DEAD.search(text):
        return "dead"
    if _ASKS_TURNS.search(text):
        return "turns"
    return None


def _yes_no_lead(asked: str, status: str) -> str:
    dead_like = status in ("dead", "zombie")
    if asked == "alive":
        if status == "alive":
            return "Yes. "
        if status == "halfbie":
            return "In a way: "
        if status in ("presumed_dead", "unknown"):
            return "Uncertain. "
        return "No. "
    if asked == "dead":
        if dead_like:
            return "Yes. "
        if status in ("presumed_dead", "unknown"):
            return "Presumably, but it is not certain. "
        if status == "halfbie":
            return "Not exactly. "
        return "No. "
    if asked == "turns":
        if status in ("zombie", "halfbie"):
            return "Yes. "
        if status == "dead":
            return "They die. "
        return "No. "
    return ""


class FateAnswers:
    def __init__(self, knowledge: Knowledge, claims: Claims, shape: ShowShape) -> None:
        self.knowledge = knowledge
        self.claims = claims
        self.shape = shape
        pack = knowledge.pack
        self._survivor_facts: list[Fact] = [
            f for f in pack.facts.values() if any(k.casefold() in _SURVIVOR_KEYWORDS for k in f.keywords)
        ]

    def answer(self, q: Question) -> Answer | None:
        if not FATE_WORDS.search(q.text) and not _WHICH_EPISODE.search(q.text):
            return None
        characters = self.knowledge.characters(q)
        if not characters:
            if _SURVIVORS.search(q.text):
                return self._survivors(q)
            return self.knowledge.ambiguous(q, ("character", "person"))
        character = characters[0]
        return self._fate_of(q.raw, character, which_episode=bool(_WHICH_EPISODE.search(q.text)),
                             yes_no=_yes_no_fate(q.text))

    def _fate_of(self, question: str, character: Character, *, which_episode: bool, yes_no: str | None) -> Answer:
        entity = Entity("character", character.id, character.name)
        refs = self.knowledge.refs(character.sources)
        fate = character.fate
        if fate is None:
            return Answer(question, True, [Part(
                f"The sources I have do not say what happens to {character.name}.", NOTHING, "official",
                refs)], "fate", (entity,))
        lead = ""
        if yes_no is not None:
            lead = _yes_no_lead(yes_no, fate.status)
        where = f" ({fate.episode.label})" if fate.episode else ""
        text = f"{lead}{character.name}: {fate.text}{where}"
        if which_episode:
            if fate.episode:
                text = f"{fate.episode.heading}. {character.name}: {fate.text}"
            else:
                text = f"The sources do not pin down the episode. {character.name}: {fate.text}"
        status_conf = "reported" if fate.status in ("unknown",) else "official"
        return Answer(question, True, [Part(text, fate.spoils, status_conf, refs)], "fate", (entity,))

    def _survivors(self, q: Question) -> Answer | None:
        if self._survivor_facts:
            return Answer(q.raw, True, [self.knowledge.fact_part(self._survivor_facts[0])], "survivors")
        claims = [
            c for c in self.claims.by_date
            if c.standing == "standing" and c.season == 1 and "surviv" in c.text.casefold()
        ]
        if claims:
            return Answer(q.raw, True, [self.claims.part(claims[0])], "survivors")
        characters = self.knowledge.pack.characters.values()
        alive = [c.name for c in characters if c.fate and c.fate.status == "alive" and 1 in c.seasons]
        if not alive:
            return None
        spoils = max(
            (c.fate.spoils for c in characters if c.fate and c.fate.status == "alive"), default=self.shape.last_of(1)
        )
        return Answer(q.raw, True, [Part(
            f"Alive at the end of season 1 ({len(alive)} named characters): " + ", ".join(alive) + ".",
            spoils, "official", self.knowledge.show_refs())], "survivors")
