"""What happens to a thing that is no character ("what happens to the baby", "is the laptop ok",
"what happened to Hee-soo's baby"): its story, told by the events of the index that name it.
"""

from __future__ import annotations

import dataclasses
import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.events import EventAnswers
from bot.lore.answer.fates import FATE_ASKED, STATE_WORDS
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.subjects import Subject
from bot.lore.answer.words import stem, stems_of
from bot.lore.content import StoryEvent

# "what happens to the baby", "is the laptop ok": the words that ask for what happens.
_THING_WORDS = ("happen", "fate", "end", "become", "what", "to", "with", "of", "after", "later", "then", "next",
                "survive", "alive", "live", "ok", "okay", "safe", "die", "dead", "make")
_MOST_THINGS = 4
# A state asked of the thing ("was the principal bitten") that its events may not tell.
_STATES = frozenset(stems_of("bite bitten infected infect turn zombie halfbie hambie"))
# What a possessive names that is not a thing with a story of its own ("On-jo's fate", "his actor").
_NOT_THINGS = frozenset(stem(w) for w in (
    "fate", "death", "actor", "name", "job", "age", "role", "story", "arc", "ending", "end", "life", "body", "family",
    "father", "mother", "brother", "sister", "friend", "love", "son", "daughter", "parent", "character", "scene",
    "episode", "eye", "mind", "state", "condition", "health", "status", "plan", "reason", "feeling",
))
# A story that ends with the thing brought to safety: it survives, as far as the sources go.
_SAFE_ENDINGS = frozenset({"rescue"})
# "the baby's mom", "whose baby is it", "who's the baby daddy": the baby's parents.
_MUM = r"(?:mom|mother|mum|mama|momma|mommy|parent|parents)"
_DAD = r"(?:dad|father|daddy|papa)"
_BABY_PARENT = compile_later(
    rf"\b(?:the |that |her |hee ?soo 's )?baby ?(?:'s |s )?(?:{_MUM}|(?P<father>{_DAD}))\b"
    rf"|\b(?:{_MUM}|(?P<father2>{_DAD})) of (?:the|that) baby\b|\bwhose baby\b|\bwho (?:had|has) (?:the|a|that) baby\b"
)
# "ent0 baby make it": the thing right before the state asked of it (never a state word itself).
_STATE_AFTER = compile_later(
    r"\bent\d+ (?:'s )?(?:the )?(?!(?:make|made|survive|alive|ok|okay|safe|live|die|dead|still|really|even|ever|get|got)\b)(\w+) "
    r"(?:still |really )?(?:make it|made it|survive[sd]?|alive|ok|okay|safe|live|die|died|dead)\W*$"
)
_SURVIVAL = compile_later(r"\b(?:survive[sd]?|surviving|alive|live|lives|living|make it|makes it|made it|ok|okay|safe)\b")


class ThingAnswers:
    def __init__(self, events: EventAnswers) -> None:
        self.e = events

    def thing(self, ask: Ask) -> Answer | None:
        """"what happens to the baby", "is the laptop ok": the story of something that is no
        character, told by every event that names it, in episode order (never the one record that
        mentions it in passing, "protecting her baby", as if it were the whole answer). No verdict:
        the events say what happens; each is hidden as far as its own episode."""
        a = ask.a
        if ask.found.subjects or a.season or a.episode is not None or a.mentions_show or a.qtype == "why":
            return None
        if not (ask.matches(FATE_ASKED) or (a.yes_no and ask.matches(STATE_WORDS))):
            return None
        stems = ask.stems_without(_THING_WORDS)
        if not stems or len(stems) > 2 or not re.search(r"\b(?:to|with|of|the|a|an)\s+\w+", ask.text):
            return None
        found = self._naming(stems)
        # (from every word asked: "zombie" may be taken as a term of the show before this reads it)
        states = {w for w in a.stems if w in _STATES} if a.yes_no else set()
        if not found and states and (named := [w for w in stems if w not in _STATES]):
            found = self._naming(named)
        # "was the principal bitten", "was he a zombie": what the events tell of him, said as not telling the state
        # asked ("I don't know that" hid that Gwi-nam kills him)
        # (told by the event's own words and kind, never by the words its record carries for searching, which
        # name the zombies around it: "was the principal a zombie" is not told by his killing)
        unsaid = [Part("My sources don't say that. What they do say:")] if found and states and not any(
            states <= stems_of(e.text) | {stem(e.kind)} for e in found) else []
        if not found or len(found) > _MOST_THINGS:
            return None  # nothing names it, or so much does that it is a setting, not a thing
        # In story order; one the sources place only between two episodes goes by the later one.
        found.sort(key=lambda e: (e.between[1] if e.between else e.earliest, e.earliest, self.e.order[e.id]))
        parts = self._told(ask, found)
        return self.e.s.answer(ask, [*unsaid, *parts], "thing", evidence=[self.e.record[e.id] for e in found],
                               consumed=(*_THING_WORDS, *(_STATES if unsaid else ())))

    def _naming(self, stems: list[str]) -> list[StoryEvent]:
        """The events whose words (or the names they give someone) hold every one of `stems`."""
        return [e for e in self.e.by_word.get(min(stems, key=lambda w: len(self.e.by_word.get(w, ()))), ())
                if set(stems) <= self.e.words[e.id] or any(n and set(stems) <= n for n in self.e.names[e.id])]

    def _told(self, ask: Ask, found: list[StoryEvent], owner: str = "") -> list[Part]:
        """The events in story order; when the story ends with the thing brought to safety ("the
        baby" Jae-ik rescues), that end is its fate and comes first, as sure as its source, with a
        yes to "does it survive" (not when the thing is someone's, "Hee-soo's baby", and that end does not name
        its `owner`: the sources never say the baby Jae-ik rescues is hers); what led there follows, each part
        hidden to its own episode."""
        parts = [self.e.episode_part(event, ()) for event in found]
        last = found[-1]
        if len(found) < 2 or last.kind not in _SAFE_ENDINGS:
            return parts
        if owner and owner not in self.e.taking_part[last.id] and self.e.s.short(owner) not in last.text:
            return parts  # in story order: her own story first, then the rescue of "a baby", with no verdict
        parts.pop()
        where = f"{last.episode.heading}: " if last.episode is not None else ""
        unpinned = "" if last.episode is not None else " (the sources do not pin down the episode)"
        end = self.e.s.part(self.e.record[last.id], f"{where}{last.text.rstrip('.')}{unpinned}.")
        if ask.a.yes_no and _SURVIVAL.search(ask.text):
            verdict = "Yes: " if end.confidence == "official" else "Reportedly, yes: "
            end = dataclasses.replace(end, text=verdict + end.text, hedged=True)
        return [end, *parts]

    def possessed(self, ask: Ask) -> Answer | None:
        """"what happened to Hee-soo's baby", "is Byeong-chan's laptop ok": the story of the thing
        (told by the events that name it, the owner's first), not the owner's fate."""
        a = ask.a
        subjects = ask.characters()
        if len(subjects) != 1 or subjects[0].path or a.season or a.episode is not None or a.qtype == "why":
            return None
        owned = re.search(r"\bent\d+ 's (\w+)\b", ask.text)
        # "hee soo baby survive?": chat's yes/no with its "does" left out reads as a statement
        asks_state = a.yes_no or a.qtype == "statement"
        if owned is None and ask.matches(FATE_ASKED):
            # "what happens to hee soo baby": the owner's 's dropped, the thing the last word
            owned = re.search(r"\bent\d+ (\w+)\W*$", ask.text)
        elif owned is None and asks_state and (state := _STATE_AFTER.search(ask.text)) is not None:
            owned = state  # "did hee soos baby make it", "is namra s laptop ok"
        if owned is None or not (ask.matches(FATE_ASKED) or (asks_state and ask.matches(STATE_WORDS))):
            return None
        thing = stem(owned.group(1))
        if thing in _NOT_THINGS or thing not in self.e.s.records.vocabulary:
            return None
        owner = subjects[0].id
        found = [e for e in self.e.by_word.get(thing, ())
                 if thing in self.e.record[e.id].stems or any(thing in n for n in self.e.names[e.id])]
        short = self.e.s.short(owner)
        if not found or len(found) > _MOST_THINGS or not any(
                owner in self.e.taking_part[e.id] or short in e.text for e in found):
            return None
        found.sort(key=lambda e: (e.between[1] if e.between else e.earliest, e.earliest, self.e.order[e.id]))
        parts = self._told(ask, found, owner)
        return self.e.s.answer(ask, parts, "thing", evidence=[self.e.record[e.id] for e in found],
                               consumed=(*_THING_WORDS, owned.group(1)), subjects=subjects)


    def parent(self, ask: Ask) -> Answer | None:
        """"who is the baby's mom", "whose baby is it": the one the birth events show giving birth
        (Hee-soo), hidden to the birth's episode; a father the sources never name is not known."""
        m = _BABY_PARENT.search(ask.text)
        if m is None or ask.found.subjects:
            return None
        if m.group("father") or m.group("father2"):
            return dont_know(ask.raw, "who the baby's father is")
        births = [e for e in self.e.events if e.kind == "birth" and e.participants]
        mothers = {p.character for e in births for p in e.participants}
        if len(mothers) != 1:
            return None
        mother = next(iter(mothers))
        name = self.e.s.pack.characters[mother].name
        parts = [self.e.s.part(self.e.record[e.id], f"The baby's mother is {name}. "
                                                   f"{e.episode.heading + ': ' if e.episode else ''}{e.text}")
                 for e in births]
        subject = Subject("character", mother, name)
        return self.e.s.answer(ask, parts, "relation", evidence=[self.e.record[e.id] for e in births],
                               consumed=stems_of(m.group(0)) | {"who", "is", "mom", "mother"}, subjects=[subject])
