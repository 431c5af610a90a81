"""Each character's states through the story, from the pack's events and their fate: alive, bitten,
a halfbie, a zombie, dead (or unclear from where the sources lose track of them), each from its
episode, one per episode; how sure their end is; who dies and who becomes a halfbie in season 1.
The answers about a fate (`bot.lore.answer.fates`) and the lists and ranks built on them read these."""

from __future__ import annotations

from dataclasses import dataclass

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Shared
from bot.lore.answer.result import CONFIDENCE_ORDER
from bot.lore.content import Character, ContentPack, StoryEvent
from bot.recent import RecentByIdentity
from bot.show import NOTHING, Position

_STATE_OF_KIND = {"bite": "bitten", "infection": "bitten", "turn": "zombie", "halfbie": "halfbie",
                  "death": "dead", "sacrifice": "dead", "survival": "alive"}


@dataclass(frozen=True)
class Stage:
    start: Position
    state: str  # alive, bitten, halfbie, zombie, dead, presumed_dead, unknown
    text: str
    spoils: Position
    confidence: str
    sources: tuple[str, ...]
    label: str = ""  # where it happens, when not simply `start` ("season 1, episode 8 or 9")

    @property
    def where(self) -> str:
        return self.label or self.start.label



_UNCLEAR = compile_later(r"\bunclear\b|\bnot (?:made )?clear\b|\bdo not make clear\b|\bnot known\b")


def fate_unclear(character: Character) -> bool:
    """Whether the sources leave their end open ("Her fate after that is unclear"): no premise about
    it can be denied ("why did Eun-ji die" is never "Eun-ji does not die"), whatever route asks."""
    fate = character.fate
    return fate is not None and (fate.status == "unknown" or bool(_UNCLEAR.search(fate.text)))


_RECENT: RecentByIdentity[ContentPack, tuple[dict[str, list[StoryEvent]], dict[str, list[Stage]]]] = RecentByIdentity()


class CharacterStages:
    """The states of every character of the pack, built once."""

    def __init__(self, shared: Shared) -> None:
        self.s = shared
        # Read only once built, and from the pack alone: the engines of one pack share them.
        self._events_of, self._stages = _RECENT.get(shared.pack, lambda: self._built(shared.pack))

    def _built(self, pack: ContentPack) -> tuple[dict[str, list[StoryEvent]], dict[str, list[Stage]]]:
        self._events_of = {}
        for event in pack.events.values():
            for participant in event.participants:
                self._events_of.setdefault(participant.character, []).append(event)
        return self._events_of, {c.id: self._build(c) for c in pack.characters.values()}

    def _build(self, character: Character) -> list[Stage]:
        stages: list[Stage] = []
        for event in self._events_of.get(character.id, []):
            roles = event.roles_of(character.id)
            state = _STATE_OF_KIND.get(event.kind)
            if state is None or not ({"victim", "survivor"} & set(roles)):
                continue
            if state == "alive" and event.kind == "survival":
                continue  # the fate says it, in the character's own words
            text = self._story_text(character, event) or event.text
            label = f"{event.between[0].label} or {event.between[1].episode}" if event.between else ""
            stages.append(Stage(event.earliest, state, text, event.spoils, event.confidence, event.sources, label))
        fate = character.fate
        if fate is not None and fate.status == "unknown" and fate.episode is not None:
            # From where the sources lose track of them, "is Cheol-su alive?" is "Unclear.", never
            # an "alive so far" that would hold to the end.
            stages = [st for st in stages if st.start < fate.episode]
            stages.append(Stage(fate.episode, "unknown", fate.text, fate.spoils, fate.confidence,
                                fate.sources or character.sources))
        elif fate is not None and fate.status != "unknown":
            final = fate.status
            start = fate.episode or (stages[-1].start if stages else None)
            if start is None and character.events:
                start = min(e.episode for e in character.events)  # the first the story shows of it
            if start is not None:
                if stages and stages[-1].start == start and fate.spoils > stages[-1].spoils:
                    # The fate's text says more than that episode (Nam-ra's halfbie life to the end):
                    # the state begins there, told by the event; the fate follows as its own part.
                    last = stages[-1]
                    stages[-1] = Stage(last.start, final, last.text, last.spoils, last.confidence, last.sources,
                                       last.label)
                else:  # an episode the sources do not pin down keeps its span ("episode 8 or 9")
                    label = next((st.label for st in stages if st.start == start and fate.episode is None), "")
                    stages = [st for st in stages if st.start < start]
                    sure = self.fate_confidence(character)
                    stages.append(Stage(start, final, fate.text, fate.spoils, sure, fate.sources or character.sources, label))
        # One state per episode: the last one the episode reaches.
        merged: dict[Position, Stage] = {stage.start: stage for stage in stages}
        return [merged[p] for p in sorted(merged)]

    def _story_text(self, character: Character, event: StoryEvent) -> str | None:
        if event.episode is None:
            return None
        for own in character.events:
            if own.episode == event.episode and own.spoils <= event.spoils:
                return own.text
        return None

    def fate_confidence(self, character: Character) -> str:
        """The least sure of its tag, its events and its teller (a moderator's link: at best reported)."""
        fate = character.fate
        own = fate.confidence if fate is not None else "official"
        if fate is not None and fate.sources and own == "official":
            own = "reported"
        return max(own, self._ends_confidence(character), key=lambda c: CONFIDENCE_ORDER.get(c, 0))

    def _ends_confidence(self, character: Character) -> str:
        ends = [e for e in self._events_of.get(character.id, [])
                if e.kind in ("death", "sacrifice", "turn", "halfbie", "survival", "bite")
                and {"victim", "survivor"} & set(e.roles_of(character.id))]
        if character.fate is not None and character.fate.status == "unknown":
            return "rumour" if not ends else "reported"
        if not ends:
            return "official"
        return max((e.confidence for e in ends), key=lambda c: CONFIDENCE_ORDER.get(c, 0))

    def events_of(self, character_id: str) -> list[StoryEvent]:
        return self._events_of.get(character_id, [])

    def stages(self, character_id: str) -> list[Stage]:
        return self._stages.get(character_id, [])

    def dies_in(self, character_id: str) -> list[Stage]:
        return [st for st in self.stages(character_id) if st.state in ("dead", "zombie", "presumed_dead")]

    def _last(self, character: Character) -> Position:
        if character.fate is not None:
            return character.fate.spoils
        return max(self.s.pack.episodes, default=NOTHING)

    def death_rows(self) -> list[tuple[Stage, Character, str]]:
        """Each season-1 character's first death (or turn), with where it happens as said."""
        rows: list[tuple[Stage, Character, str]] = []
        for character in self.s.pack.characters.values():
            died = self.dies_in(character.id)
            if not died or 1 not in character.seasons:
                continue
            stage = died[0]
            fate = character.fate
            where = stage.where
            if fate is not None and fate.episode is None and stage.spoils > stage.start:
                where = f"around {stage.start.label} or {stage.spoils.episode}"
            rows.append((stage, character, where))
        return rows

    def halfbies(self) -> list[tuple[Character, Position]]:
        out: list[tuple[Character, Position]] = []
        for character in self.s.pack.characters.values():
            stages = [st for st in self.stages(character.id) if st.state == "halfbie"]
            if stages:
                out.append((character, min(st.spoils for st in stages)))
            elif character.fate is not None and character.fate.status == "halfbie":
                out.append((character, character.fate.spoils))
        return out

