"""What one character does at the end ("where does namra go at the end", "what does namra say at
the end", "why didn't namra go with them") and what they see ("what did onjo see on the roof").

The event index holds these scenes: the ones of the last episode the character takes part in (or,
for what they see, every scene of theirs where someone sees, spots or finds something), told in
story order, each hidden as far as its own episode. Their fate, which says where they end up,
follows when the question asks where they go.

Whether two meet again ("does onjo see namra again", "do onjo and namra ever meet again", "do they
find namra"): the last scene the index has of them together (both taking part, or both named in
it), inside the spoiler bars of its episode, since that they meet again is what it spoils. None such: the
other kinds' question. Never a bare "Yes" for two: their last scene may be a goodbye.

What someone does at a place ("what does cheolsu do on the roof"): their scenes the index places
there, in story order, each hidden as far as its episode.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.events import EventAnswers
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.sayings import SAYS_ASKED, says_it
from bot.lore.answer.subjects import Subject
from bot.lore.answer.words import stem, stems_of
from bot.lore.content import StoryEvent

# "where does ent0 go at the end", "what does ent0 say in the finale", "where is ent0 in the last episode"
# "where is ent0 last seen", "where does ent0 go last", and the Korean gloss "ent0 last where" (남라 마지막에 어디가)
_AT_THE_END = compile_later(
    r"^(?!.*\b(?:happen\w*|fate|become|turn)\b)(?:(?:where|what|how)\b.*\bent\d+\b|ent\d+\b(?=.*\b(?:where|what)\b)).*?"
    r"\b(?:(?:at|in) the (?:very )?(?:end|ending|finale)|(?:in|at) the last (?:episode|ep|scene)|in (?:episode|ep) 12"
    r"|in the end|last(?: seen)?(?= (?:where|what|go|goes|went)\b|\W*$)|eventually|finally)\b"
)
# "why didn't ent0 go with them", "why does ent0 leave", "why did ent0 stay behind"
_LEFT = compile_later(
    r"^why (?:did ?n'?t|didn't|doesn'?t|does ?n'?t|did|does|do|would|is|was)\s+ent\d+ (?:not )?"
    r"(?:go with|come with|leave|left|stay|stays|stayed|run away|go away|split|walk away|slip away|part ways|join)\b"
)
# "what did ent0 see on the roof", "what does ent0 spot", "what did ent0 find at the school"
_SAW = compile_later(r"^what (?:did|does|do|do you think) ent\d+ (?:sees?|saw|spots?|spotted|notices?|noticed|finds?|found)\b")
_AGAIN = r"(?:see|meet|find|reunite with|run into|get back to)"
_REUNION = compile_later(
    rf"^(?:does|do|did|will|would)\s+(?P<x>ent\d+|they|the others|the friends|the survivors|everyone)\s+(?:ever\s+|eventually\s+)?"
    rf"{_AGAIN}\s+(?P<y>ent\d+)\s+(?:ever\s+)?(?:again|ever|later|at the end|in the end)\W*$"
    rf"|^(?:does|do|did|will|would)\s+(?P<x2>ent\d+)\s+(?:and|&|n)\s+(?P<y2>ent\d+)\s+(?:ever\s+|eventually\s+)?"
    rf"(?:meet|see each other|reunite|find each other)\s*(?:again|ever|later|at the end|in the end)?\W*$"
    rf"|^(?:does|do|did|will)\s+(?:they|the others|the friends|the survivors|everyone)\s+(?:ever\s+)?(?:find|see)\s+"
    rf"(?P<y3>ent\d+)\b"
)
_DOES_AT = compile_later(r"^what (?:does|did|do|is|was) ent\d+ (?:do|doing|does|did) (?:on|in|at|inside) (?:the )?([a-z][a-z ]*?)\W*$")
_LEAVING = compile_later(r"\b(?:slips away|leaves|left|stays behind|walks away|goes (?:her|his|their) own way)\b")
_WHERE_TO = compile_later(r"^where\b|\bend up\b|\bwhere\W*$")
_ASKED = ("where", "what", "how", "do", "doing", "on", "inside", "go", "goes", "end", "ending", "finale", "last", "episode", "ep", "12", "scene",
          "say", "says", "said", "tell", "see", "saw", "spot", "find", "found", "notice", "why", "leave", "left", "stay",
          "with", "them", "behind", "away", "come", "join", "not", "didnt", "doesnt", "part", "way", "split", "at",
          "in", "the", "very", "slip", "walk", "run")


class EndingAnswers:
    def __init__(self, events: EventAnswers) -> None:
        self.e = events
        placed = [e.episode for e in events.events if e.episode is not None]
        self._last = max(placed) if placed else None

    def answer(self, ask: Ask) -> Answer | None:
        subjects = ask.characters()
        if (ask.a.season not in (None, 1) or not 1 <= len(subjects) <= 2
                or (len(subjects) == 2 and not ask.matches(_REUNION))):
            return None
        cid = subjects[0].id
        if (reunion := ask.matches(_REUNION)) is not None:
            return self._reunion(ask, reunion, subjects)
        saw, at, left = ask.matches(_SAW), ask.matches(_DOES_AT), ask.matches(_LEFT)
        if not (saw or at or left) and (not ask.matches(_AT_THE_END) or self._last is None):
            return None  # (before gathering their scenes: most questions ask none of these, and the gathering reads every event)
        theirs = [e for e in self.e.events if e.involves(cid)]
        if saw:
            rest = set(ask.stems_without(_ASKED))  # "on the roof": where they saw it
            short = re.escape(self.e.s.short(cid))
            seer = re.compile(rf"\b{short} (?:\w+ ){{0,2}}?(?:sees|spots|spotted|finds|found|notices|watches)\b")
            seen = [e for e in theirs if seer.search(e.text) and rest <= self.e.words[e.id]]
            return self._told(ask, seen, subjects, rest, with_fate=False)
        if at is not None:
            place = at.group(1)
            there = [e for e in theirs if e.place and (e.place == place or e.place.rstrip("s") == place.rstrip("s"))]
            return self._told(ask, there, subjects, set(ask.stems_without(_ASKED)) - {*stems_of(place)}, with_fate=False)
        if left:
            leaving = [e for e in theirs if _LEAVING.search(e.text)]
            return self._told(ask, leaving, subjects, set(), with_fate=False)
        last = max((e.episode for e in theirs if e.episode is not None), default=None)
        where = bool(_WHERE_TO.search(ask.text))
        says = SAYS_ASKED.search(ask.text) is not None
        if last != self._last and not where and not says:
            return None  # they are not in the last episode: what they do "at the end" is their fate's work
        ending = [e for e in theirs if e.episode == last]
        if says:
            # only what they themselves say in the last episode: another's words in their scene are not theirs, and none
            # known (or one not in it: "what does cheongsan say at the end") is "I don't know", never who they are
            ending = [e for e in ending if last == self._last and says_it(self.e.s.short(cid), e.text)]
            if not ending:
                return dont_know(ask.raw, f"what {self.e.s.short(cid)} says at the end")
        if where:  # where they go: the last scenes, not all they do on the way
            ending = sorted(ending, key=lambda e: self.e.order[e.id])[-2:]
        return self._told(ask, ending, subjects, set(ask.stems_without(_ASKED)), with_fate=where)

    def _told(self, ask: Ask, found: list[StoryEvent], subjects: list[Subject], rest: set[str], *, with_fate: bool
              ) -> Answer | None:
        if not found or len(found) > 4:
            return None
        found.sort(key=lambda e: (e.between[1] if e.between else e.earliest, self.e.order[e.id]))
        parts: list[Part] = [self.e.episode_part(e, ()) for e in found]
        evidence = [self.e.record[e.id] for e in found]
        character = self.e.s.pack.characters[subjects[0].id]
        if with_fate and character.fate is not None:
            parts.append(Part(f"Where {self.e.s.short(character.id)} ends up: {character.fate.text}",
                              character.fate.spoils, character.fate.confidence,
                              self.e.s.knowledge.refs(character.fate.sources or character.sources)))
        consumed = {*_ASKED, *(stem(w) for w in _ASKED), *rest}
        return self.e.s.answer(ask, parts, "ending", evidence=evidence, consumed=consumed, subjects=subjects,
                               extra=frozenset(stems_of(" ".join(_ASKED))))

    def _reunion(self, ask: Ask, m: re.Match[str], subjects: list[Subject]) -> Answer | None:
        ids = [self._slot(ask, m.group(g)) for g in ("x", "y", "x2", "y2", "y3") if m.group(g)]
        ids = [i for i in ids if i]
        if not ids or len(set(ids)) != len(ids):
            return None
        names = {cid: re.compile(rf"\b{re.escape(self.e.s.short(cid))}\b") for cid in ids}

        def with_them(event: StoryEvent) -> bool:
            return all(event.involves(cid) or names[cid].search(event.text)
                       for cid in ids)

        together = sorted((e for e in self.e.events if with_them(e)), key=lambda e: self.e.order[e.id])
        if len(ids) == 1:  # "do they find ent0": a scene where someone finds or spots them
            together = [e for e in together if re.search(r"\b(?:find|finds|found|spots|meet|meets)\b", e.text)]
        if not together:
            return None
        last = together[-1]
        where = f" ({last.episode.label})" if last.episode else ""
        lead = "The last scene the sources have them in together" if len(ids) == 2 else "Yes"
        part = self.e.s.part(self.e.record[last.id], f"{lead}{where}: {last.text}")
        told = [s for s in subjects if s.id in ids]
        return self.e.s.answer(ask, [part], "reunion", evidence=[self.e.record[last.id]], subjects=told,
                               consumed={*_ASKED, "again", "meet", "see", "find", "each", "other", "ever", "they",
                                         "reunite", "later", "eventually", *ask.stems_without(())})

    @staticmethod
    def _slot(ask: Ask, word: str) -> str:
        slot = ask.a.slots.get(word)
        if slot is None or len(slot.candidates) != 1 or slot.candidates[0].kind != "character":
            return ""
        return slot.candidates[0].id
