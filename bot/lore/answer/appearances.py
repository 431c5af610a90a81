"""Whether a character is in an episode: "is namra in episode 3", "does gwinam appear in ep 1",
"is so-ju in episode 2?"; "how many episodes is na-yeon in" (a count no source keeps).

What the sources place them in that episode says yes: the scenes of the event index they take part
in, their own story's lines placed there, and the episode's summary when it names them, each hidden
as far as its own position (a yes gives away that they are there). The sources list no cast per
episode, so when nothing places them there the answer is that the sources do not say, never no. An episode the show
does not have ("is cheong-san in episode 99") is refused as /episode refuses it, never an "I don't know".
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.episodes import EpisodeAnswers
from bot.lore.answer.events import EventAnswers
from bot.lore.answer.result import Answer, Part, dont_know

_IN_EPISODE = compile_later(
    r"^(?:is|was|does|did|do)\s+ent\d+\s+(?:even\s+|actually\s+|still\s+)?"
    r"(?:in|appear in|appears in|show up in|shows up in|come up in|feature in|featured in|be in)\s+"
    r"(?:the\s+)?(?:episode|ep|eps|e)\s*\d+(?:\s+of season (?:1|one))?\W*$"
)
# "how many episodes is na-yeon in", "how many eps does woo-jin appear in": no source counts them.
_HOW_MANY = compile_later(
    r"^how many (?:episodes|eps)\s+(?:is|was|does|did|do)\s+ent\d+\s+(?:even\s+|actually\s+)?"
    r"(?:in|appear|appear in|show up|show up in|feature in|featured in|be in|on screen|on)(?:\s+(?:the\s+)?(?:show|series|drama|season (?:1|one)))?(?:\s+(?:for|in total))?\W*$"
)
# "is cheongsan in every episode", "does gwinam appear in all the eps": the same count no source keeps (never the
# one record that says "the episode ends with Cheong-san falling")
_EVERY = compile_later(
    r"^(?:is|was|does|did|do)\s+ent\d+\s+(?:even\s+|actually\s+|really\s+)?(?:in|appear in|appears in|show up in|"
    r"shows up in|feature in|featured in|be in)\s+(?:every|each|all|all the|all of the|all \d+)\s+(?:single\s+)?"
    r"(?:episodes?|eps?)\W*$"
)
_MOST = 3


class EpisodeAppearances:
    def __init__(self, events: EventAnswers, episodes: EpisodeAnswers) -> None:
        self.e = events
        self.episodes = episodes  # what episodes the show has, and its one refusal of another

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        subjects = ask.characters()
        if len(subjects) == 1 and ((a.qtype == "how_many" and ask.matches(_HOW_MANY)) or ask.matches(_EVERY)):
            return dont_know(ask.raw, f"how many episodes {self.e.s.short(subjects[0].id)} is in",
                             ("who plays them", "who they are", "what happens to them"))
        if a.episode is None or len(subjects) != 1 or not ask.matches(_IN_EPISODE):
            return None
        cid, episode = subjects[0].id, a.episode
        if not self.episodes.shape.contains(episode):
            return self.e.s.answer(ask, [self.episodes.no_such_part(episode)], "episode", consumed=frozenset(a.stems))
        short = self.e.s.short(cid)
        parts: list[Part] = []
        evidence = []
        for event in self.e.events:
            if event.episode == episode and event.involves(cid):
                parts.append(self.e.s.part(self.e.record[event.id], event.text))
                evidence.append(self.e.record[event.id])
        character = self.e.s.pack.characters[cid]
        for line in character.events:
            if line.episode == episode and len(parts) < _MOST:
                parts.append(Part(f"{short}: {line.text}", max(line.spoils, episode), "official",
                                  self.e.s.knowledge.refs(character.sources)))
        summary = self.e.s.pack.episodes.get(episode)
        if not parts and summary is not None and re.search(rf"\b{re.escape(short)}\b", summary.summary):
            record = self.e.s.records.by_id.get(f"episode-{episode}")
            if record is not None:
                parts.append(self.e.s.part(record, f"{episode.heading}: {summary.summary}"))
                evidence.append(record)
        if not parts:
            return dont_know(ask.raw, f"whether {short} is in {episode.typed_label}",
                             ("who plays them", "who they are", "what happens to them"))
        parts = parts[:_MOST]
        lead = Part(f"Yes, {short} is in {episode.label}:", max(p.spoils for p in parts), "official", hedged=True)
        return self.e.s.answer(ask, [lead, *parts], "appears", evidence=evidence, subjects=subjects,
                               consumed=frozenset(a.stems))
