"""What happens to a character, and what is true of them at the viewer's position.

- "what happens to X", "how does X die": X's own story beats in order, each hidden until its
  episode, then their fate.
- "is X alive / a zombie / dead?", "does X survive?": answered as of the viewer's position. The
  pack's events give each character's states in order (alive, bitten, a halfbie, a zombie, dead);
  each state is one part, true from its episode until the next state's (`Part.until`), so a viewer
  at episode 4 reads that Gwi-nam is not infected, one at episode 5 that he is a halfbie, and later
  states stay behind spoiler bars.
- A false premise ("why did On-jo die in episode 3?", "which episode does Su-hyeok die?") is named
  as false: "No: On-jo does not die in episode 3", hidden only as far as the episode it names.
- "who survives", "how many students survive", "list the halfbies": from the fates and events.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.fate_words import ONCE_STATES, PAST, SAID, VERDICTS
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.records import Record
from bot.lore.answer.result import CONFIDENCE_ORDER, Answer, Part, pooled
from bot.lore.answer.roles import adult
from bot.lore.answer.subjects import Subject, named, unfollowed_relative
from bot.lore.content import Character, StoryEvent
from bot.show import NOTHING, Position

FATE_ASKED = re.compile(
    r"\bwhat(?:ever)?\s+(?:happens|happened|will happen|is going to happen|happen)\s+(?:to|with)\b|\bwhat becomes of\b"
    r"|\bfate\b|\bhow\s+(?:does|did|do|is)\b.*\b(?:die|dies|died|end up|turn|killed|get killed|go"
    r"|become (?:a |an )?(?:zombie|halfbie|hambie)|get (?:infected|bitten))\b"
    r"|\bend up\b(?! (?:liking|loving|dating|with|together|falling|in love|crushing))|\bstory arc\b|\bwhat about\b"
    # "what did Eun-ji do", "what did mr lee's son do": their story, what they do in it (not "what
    # does he do", a job)
    r"|^what\s+(?:did|has)\s+ent\d+(?:\s+'s\s+[a-z]+)?\s+(?:do|done)(?:\s+in\s+(?:the\s+)?(?:show|series|season 1|end|ending))?\W*$"
    # the question word last, as typed in chat: "gwinam dies how", "onjos dad what happens"
    r"|\b(?:die|dies|died|killed|turn|turns|turned)\s+how$|\bwhat\s+(?:happens|happened)(?:\s+(?:then|next|after|later))?$"
)
STATE_WORDS = re.compile(
    r"\b(?:alive|live|lives|living|survive[sd]?|surviving|make it|makes it|made it|dead|die|dies|died|dying|"
    r"killed|death|zombie|zombies|zombified|turn|turns|turned|infected|halfbie|hambie|bitten|ok|okay|safe|human)\b"
)
_ASK_DEAD = re.compile(r"\b(?:dead|die|dies|died|dying|killed|murdered|death)\b")
_ASK_ALIVE = re.compile(r"\b(?:alive|live|lives|living|survive[sd]?|surviving|make it|makes it|made it|ok|okay|safe)\b")
_ASK_ZOMBIE = re.compile(r"\b(?:zombie|zombies|zombified|turn|turns|turned)\b")
# Turning asked of them ("become a zombie", "zombified"), not zombies doing something ("the zombies bite her").
_ASK_TURNED = re.compile(r"\b(?:zombified|turn|turns|turned|turning)\b|\b(?:a|into|an?)\s+zombie\b|\bzombie\b(?!s)")
_ASK_HALFBIE = re.compile(r"\b(?:halfbie|hambie)\b")
_ASK_BITE = re.compile(r"\b(?:bit|bite|bites|bitten)\b")
_ASK_INFECTED = re.compile(r"\b(?:infected|bitten)\b")
# "is Gwi-nam a zombie now": as of the viewer's episode only, nothing later even behind bars.
_ASK_NOW = re.compile(r"\b(?:now|currently|right now|at this point|so far|still|yet)\b")
# "who dies", "who all died in the show", "list everyone who dies", "which characters die".
_WHO_DIES = re.compile(
    r"^(?:so\s+|wait\s+|ok\s+)?(?:(?:list|name)\s+(?:of\s+)?(?:all\s+|everyone\s+|everybody\s+|the\s+)?"
    r"(?:characters\s+|people\s+|ones\s+)?(?:who|that)\s+|who\s+(?:all\s+)?|which\s+(?:characters|students|people|ones)\s+)"
    r"(?:dies|died|die|gets? killed|got killed|(?:are|were) killed|(?:is|are|was|were) dead|(?:does not|doesn't|don't|didn't) "
    r"make it|(?:turns?|turned|becomes?|became|gets? turned|got turned) (?:in ?to )?(?:an? )?zombies?|gets? zombified)\b(?:\s+(?:in|at|by)\s+(?:the\s+)?(?:show|end|season(?: 1)?|s1|series|ending))?\s*\??$"
)
# "deaths", "list of deaths", "all the deaths": the list "who dies" gives.
_DEATHS = re.compile(r"^(?:(?:a |the )?list (?:of )?(?:all )?(?:the )?deaths|(?:all )?(?:the )?deaths|death list|every death)"
                     r"(?: in (?:the )?(?:show|series|season 1|s1))?\W*$")
# "how many characters die", "how many people died": the named characters who die or turn (the
# bombing's toll is the record's: "how many people died in the bombing / in Hyosan").
_HOW_MANY_DIE = re.compile(
    r"^(?:so\s+|wait\s+|ok\s+)?how many (?:of the )?(?:named |main |major |important )?"
    r"(?P<who>characters?|people|ppl|persons?|ones|students?|kids|classmates)?\s*(?:(?:have )?die[sd]?|get killed|got killed|(?:are|were) killed"
    r"|(?:are|were) dead|end up dead|turn into zombies|(?:do not|don't|didn't) make it)"
    r"(?: in (?:the )?(?:show|series|season 1|s1|total|all|end))?\s*\??$"
    r"|^how many deaths(?: are there)?(?: in (?:the )?(?:show|series|season 1|s1|total))?\s*\??$|^(?:the )?body count\W*$"
)
# "who dies last", "the first death", "the last person to be killed": a rank of deaths (a rank of
# bites or turns, "who turned first", is the event index's).
# "how many students die", "which students die": the students only (no teacher, parent or soldier).
_STUDENTS = re.compile(r"\b(?:students?|kids|classmates|teens|teenagers)\b")
# "what happens to the students": many people, never the one a description fits best
_GROUP_NOUN = re.compile(r"\b(?:students|kids|classmates|teachers|people|everyone|everybody|they|them)\b")
_GROUP_FATE = re.compile(r"^what (?:happens|happened|will happen) to (?:all )?(?:the |all the )?(?:students|kids|class|classmates|"
                         r"everyone|everybody)(?: in the end| at the end)?\W*$")
_RANKED_DEATH = re.compile(r"\b(?:die|dies|died|dying|dead|death|deaths|killed|casualty|casualties)\b")
_RANKED_TURN = re.compile(r"\b(?:zombie|zombies|turn|turns|turned|infected|infection|bitten|bit|bite|halfbie|hambie)\b")
_RANK_STEMS = ("who", "which", "person", "people", "character", "characters", "one", "ones", "victim", "casualty",
               "death", "deaths", "kill", "show", "season", "episode", "order", "overall", "whole")
_GENDER_WORDS = ("girl", "boy", "guy", "gal", "female", "male", "woman", "man", "lady", "dude")
_AT_PLACE = re.compile(r"\b(?:in|at|on|inside) (?:the )?((?:[a-z]+ )?[a-z]+)\W*$")
_NEGATED = re.compile(r"\b(?:doesn't|didn't|don't|isn't|wasn't|does not|did not|do not|never|not)\b")
_DEATH_KINDS = ("death", "sacrifice")
_STATE_OF_KIND = {"bite": "bitten", "infection": "bitten", "turn": "zombie", "halfbie": "halfbie",
                  "death": "dead", "sacrifice": "dead", "survival": "alive"}
_FATE_STEMS = ("happen", "fate", "end", "die", "survive", "become", "turn", "zombie", "what", "whatever", "how", "to", "with")
_STATE_STEMS = ("survive", "die", "zombie", "turn", "infect", "halfbie", "bite", "now", "still", "ok", "okay",
                "safe", "human", "end", "make", "live",
                # "a full zombie", "completely turned": how far they turned is the state itself
                "full", "fully", "complete", "completely", "total", "totally", "proper", "real")
# "i heard Cheong-san dies in episode 3": who said it is not part of the premise.
_HEARSAY = ("hear", "heard", "read", "said", "say", "says", "think", "thought", "told", "someone", "article", "right",
            "true", "really", "wait")
_PRONOUN = {"he": ("he", "him", "his"), "she": ("she", "her", "her"), "they": ("they", "them", "their")}


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


# A fate that says the death itself ("she dies", "kills him") needs no "(dies)" (one that does not: "gives herself up")
_DEATH_SAID = re.compile(r"\b(?:die[sd]?|dead|death|killed|kills?|zombie|turns?|life)\b", re.I)


_UNCLEAR = re.compile(r"\bunclear\b|\bnot (?:made )?clear\b|\bdo not make clear\b|\bnot known\b")


def fate_unclear(character: Character) -> bool:
    """Whether the sources leave their end open ("Her fate after that is unclear"): no premise about
    it can be denied ("why did Eun-ji die" is never "Eun-ji does not die"), whatever route asks."""
    fate = character.fate
    return fate is not None and (fate.status == "unknown" or bool(_UNCLEAR.search(fate.text)))


class FateAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        pack = shared.pack
        self._events_of: dict[str, list[StoryEvent]] = {}
        for event in pack.events.values():
            for participant in event.participants:
                self._events_of.setdefault(participant.character, []).append(event)
        self._stages: dict[str, list[Stage]] = {c.id: self._build(c) for c in pack.characters.values()}

    # -- states through the story

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
                    sure = self._fate_confidence(character)
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

    def _fate_confidence(self, character: Character) -> str:
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

    # -- "what happens to X"

    def fate(self, ask: Ask) -> Answer | None:
        if not ask.matches(FATE_ASKED):
            return None
        subjects = self._subjects(ask)
        if not subjects:
            return None
        parts: list[Part] = []
        evidence: list[Record] = []
        for subject in subjects[:2]:
            character = self.s.pack.characters[subject.id]
            evidence += self.s.profiles.evidence(subject)
            parts += self._lead(subject)
            parts += self._story(character, subject)
        if not parts:
            return None
        return self.s.answer(ask, parts, "fate", evidence=evidence, consumed=(*_FATE_STEMS, "do", "done", "did", "has", "body", "corpse"),
                             subjects=subjects)

    def _subjects(self, ask: Ask) -> list[Subject]:
        characters = ask.characters()
        # "does jin-su's mother die" is not Jin-su's fate: a relative the pack does not know is left
        # to the routes that say what the sources say of them, or that they don't know.
        characters = [c for c in characters if not unfollowed_relative(ask.text, c)]
        if not characters:
            for person in ask.people():
                roles = self.s.pack.characters_played_by(person.id)
                if len(roles) == 1:
                    # "does Yoon Chan-young die": the actor lives; what is asked is his character's story
                    characters.append(Subject("character", roles[0].id, roles[0].name, via="actor", anchor=person.name))
        if not characters and not _GROUP_NOUN.search(ask.text):
            described = self.s.describe(ask, ask.stems_without((*_FATE_STEMS, *_STATE_STEMS)))
            if isinstance(described, Subject):
                characters = [described]
        return characters

    def _lead(self, subject: Subject) -> list[Part]:
        if not subject.lead():
            return []
        character = self.s.pack.characters[subject.id]
        return [Part(subject.lead(), subject.spoils, "official", self.s.knowledge.refs(character.sources))]

    def _story(self, character: Character, subject: Subject) -> list[Part]:
        """What happens to them: each change of state (bitten, a halfbie, a zombie, dead) in order,
        their fate, and what the story still tells of them after it."""
        refs = self.s.knowledge.refs(character.sources)
        fate = character.fate
        parts: list[Part] = []
        told: set[str] = set()
        for stage in self.stages(character.id):
            if fate is not None and stage.text == fate.text:
                continue
            told.add(stage.text)
            parts.append(Part(f"{stage.where[0].upper()}{stage.where[1:]}: {stage.text}", max(stage.spoils, subject.spoils),
                              stage.confidence, self.s.knowledge.refs(stage.sources) or refs))
        if fate is None:
            later = [e for e in character.events if e.text not in told]
            parts += [Part(f"{e.episode.heading}: {e.text}", max(e.spoils, subject.spoils), "official", refs)
                      for e in later]
            if not parts:
                return [Part(f"The sources I have do not say what happens to {character.name}.", subject.spoils,
                             "official", refs)]
            return parts
        where = f" ({fate.episode.label})" if fate.episode else ""
        conf = self._fate_confidence(character)
        said = {"zombie": " (turns into a zombie)", "halfbie": " (becomes a halfbie)", "dead": " (dies)"}.get(fate.status, "")
        said = "" if fate.status in fate.text.casefold() or (fate.status == "dead" and _DEATH_SAID.search(fate.text)) else said
        parts.append(Part(f"{character.name}{said}: {fate.text}{where}", max(fate.spoils, subject.spoils), conf,
                          self.s.knowledge.refs(fate.sources) or refs))
        after = fate.episode or Position(1, 99)
        parts += [Part(f"{e.episode.heading}: {e.text}", max(e.spoils, subject.spoils), "official", refs)
                  for e in character.events if e.episode > after and e.text not in told]
        return parts

    # -- "is X alive?", as of the viewer's position

    def state(self, ask: Ask) -> Answer | None:
        if not (ask.a.yes_no or ask.a.claim) or not ask.matches(STATE_WORDS):
            return None
        if ask.a.season and ask.a.season >= 2:
            return None
        subjects = self._subjects(ask)
        if not subjects:
            return None
        asked = self._asked(ask.text)
        parts: list[Part] = []
        evidence: list[Record] = []
        for subject in subjects[:2]:
            character = self.s.pack.characters[subject.id]
            evidence += self.s.profiles.evidence(subject)
            premise = self.premise(ask, subject) if ask.a.episode else None
            if premise is not None:
                return premise
            parts += self._lead(subject)
            parts += self._staged(character, subject, asked, now=bool(_ASK_NOW.search(ask.text)),
                                  past=bool(PAST.search(ask.text)),
                                  bite=(bite := bool(_ASK_BITE.search(ask.text))),
                                  unbitten=bite and not self.bitten(character.id))
        if not parts:
            return None
        # "did hyo-ryeong die in the gym": one who never dies or turns died nowhere, so the place asked is answered too
        place = _AT_PLACE.search(ask.text) if all(not self.dies_in(s.id) for s in subjects[:2]) else None
        return self.s.answer(ask, parts, "state", evidence=evidence, subjects=subjects, consumed=(
            *_STATE_STEMS, *_FATE_STEMS, *_HEARSAY, *(place.group(1).split() if place else ())))

    def immune(self, ask: Ask) -> Answer | None:
        """"why is Nam-ra immune", "is Gwi-nam immune": a halfbie is infected, not immune (a false
        premise, said as far as the episode that makes them one); nobody else is called immune."""
        if "immun" not in ask.text:
            return None
        subjects = self._subjects(ask)
        if len(subjects) != 1:
            return None
        character = self.s.pack.characters[subjects[0].id]
        turned = [st for st in self.stages(character.id) if st.state == "halfbie"]
        if not turned:
            return None
        stage, name = turned[0], character.short_name or character.name
        refs = self.s.knowledge.refs(stage.sources or character.sources)
        parts = [Part(f"No: that's a false premise. {name} is not immune: they are infected, and "
                      f"become a halfbie, keeping their mind ({stage.where}).",
                      stage.spoils, stage.confidence, refs, hedged=True)]
        return self.s.answer(ask, parts, "premise", evidence=self.s.profiles.evidence(subjects[0]),
                             consumed=(*_STATE_STEMS, *_FATE_STEMS, "why", "immune", "immunity", "how", "come"),
                             subjects=subjects)

    def _asked(self, text: str) -> str:
        if _ASK_HALFBIE.search(text):
            return "halfbie"
        if _ASK_INFECTED.search(text):
            return "infected"
        if _ASK_ZOMBIE.search(text):
            return "zombie"
        if _ASK_ALIVE.search(text):
            return "alive"
        if _ASK_DEAD.search(text):
            return "dead"
        return "alive"

    def bitten(self, character_id: str) -> bool:
        """Whether any event has them bitten (Gyeong-su is scratched, then infected on purpose)."""
        if any(e.kind == "bite" and "victim" in e.roles_of(character_id) for e in self._events_of.get(character_id, [])):
            return True
        character = self.s.pack.characters[character_id]
        own = [character.summary, *(e.text for e in character.events), character.fate.text if character.fate else ""]
        return any(_ASK_BITE.search(text) for text in own)  # "She keeps a bite hidden", "Gwi-nam bites him"

    def _staged(self, character: Character, subject: Subject, asked: str, *, now: bool = False,
                past: bool = False, bite: bool = False, unbitten: bool = False) -> list[Part]:
        stages = self.stages(character.id)
        name = character.short_name or character.name
        refs = self.s.knowledge.refs(character.sources)
        parts: list[Part] = []
        first = stages[0].start if stages else None
        if first is None or first > subject.spoils:
            # "So far": a bare "Yes." to "does Nam-ra survive?" would read as the ending.
            verdict = "So far, yes." if VERDICTS[("alive", asked)] == "Yes." else "So far, no."
            parts.append(Part(f"{verdict} Up to this point in the story, {name} is alive and not infected.",
                              subject.spoils, "official", refs, hedged=True, until=first))
        had: Stage | None = None  # the first stage the question's state held in
        for i, stage in enumerate(stages):
            until = stages[i + 1].start if i + 1 < len(stages) else None
            verdict = VERDICTS[(stage.state, asked)]
            if verdict == "Yes." and had is None:
                had = stage
                if unbitten:
                    verdict = f"My sources don't say {name} is bitten."  # Gyeong-su: scratched, then infected
            elif bite and verdict != "Yes." and _ASK_BITE.search(stage.text):
                verdict = "Yes."  # "was Cheong-san bitten": he is, whatever his end
            elif had is not None and verdict in ("No.", "Uncertain.") and asked in ONCE_STATES:
                # "is Gwi-nam a halfbie", asked past his death: he was one, not "No." as if never
                was = f"{name} was {ONCE_STATES[asked]} from {had.where}"
                verdict = f"Yes: {was}." if past else f"Not any more: {was}."
            said = SAID[stage.state].format(name=name)
            text = f"{verdict} {said}: {stage.text}" if said else f"{verdict} {named(stage.text, name)}"
            label = "" if stage.state in ("alive",) else f" ({stage.where})"
            parts.append(Part(text.rstrip(".") + label + ".", max(stage.spoils, subject.spoils), stage.confidence,
                              self.s.knowledge.refs(stage.sources) or refs, hedged=stage.confidence == "official",
                              until=until, since=stage.start if now else None))
        fate = character.fate
        if stages and fate is not None and fate.spoils > stages[-1].spoils and fate.text != stages[-1].text:
            parts.append(Part(f"{character.name}: {fate.text}", max(fate.spoils, subject.spoils),
                              self._fate_confidence(character), refs, since=fate.spoils if now else None))
        return parts

    def premise(self, ask: Ask, subject: Subject) -> Answer | None:
        """"why did On-jo die in episode 3?": No, when the story has no such death in that episode."""
        if _ASK_BITE.search(ask.text) and not _ASK_DEAD.search(ask.text) and subject.kind == "character" \
                and subject.id in self.s.pack.characters and not self.bitten(subject.id):
            return self._never_bitten(ask, subject)  # "why did Jin-su get bitten": he is not, as told
        if (not _ASK_DEAD.search(ask.text) and not _ASK_TURNED.search(ask.text)) or _ASK_HALFBIE.search(ask.text):
            return None  # "when does Nam-ra turn into a halfbie" asks of no death
        if ask.a.qtype == "why" and _NEGATED.search(ask.text):
            return None  # "why doesn't Nam-ra turn fully" supposes no death
        character = self.s.pack.characters.get(subject.id)
        if character is None or fate_unclear(character):
            return None  # nobody can say they did not die
        deaths = self.dies_in(character.id)
        episode = ask.a.episode
        if episode is not None and any(st.start == episode for st in deaths):
            return None
        if episode is None and deaths:
            return None
        name = character.short_name or character.name
        refs = self.s.knowledge.refs(character.sources)
        where = f" in {episode.label}" if episode is not None else ""
        spoils = max(episode or NOTHING, subject.spoils) if episode is not None else self._last(character)
        # "Nam-ra becomes a zombie in episode 3": the premise as asked (not "does not die"), and
        # what does happen to them instead (Nam-ra becomes a halfbie), else their story's last part
        zombie = bool(_ASK_TURNED.search(ask.text)) and not _ASK_DEAD.search(ask.text)
        said = "turn into a zombie" if zombie else "die"
        parts = [Part(f"No: that's a false premise. {name} does not {said}{where}.", spoils, "official", refs,
                      hedged=True)]
        changed = [st for st in self.stages(character.id) if st.state not in ("alive", "unknown")]
        if changed:
            st = changed[0]
            became = SAID[st.state].format(name=name)
            parts.append(Part(f"{st.where[:1].upper()}{st.where[1:]}: {became}: {st.text}",
                              max(st.spoils, subject.spoils), st.confidence, self.s.knowledge.refs(st.sources) or refs))
        else:
            parts += self._story(character, subject)[-1:]
        return self.s.answer(ask, parts, "premise", evidence=self.s.profiles.evidence(subject),
                             consumed=(*_STATE_STEMS, *_FATE_STEMS, *_HEARSAY, "why", "episode", "which"),
                             subjects=[subject])

    def _never_bitten(self, ask: Ask, subject: Subject) -> Answer | None:
        """Infected, but no source has them bitten: said so, with how they are infected (hidden as
        that is)."""
        character = self.s.pack.characters[subject.id]
        name = character.short_name or character.name
        refs = self.s.knowledge.refs(character.sources)
        changed = [st for st in self.stages(character.id) if st.state not in ("alive", "unknown")]
        if not changed:
            return None  # never infected: "who bit Su-hyeok" and the event answers say so
        st = changed[0]
        spoils = max(st.spoils, subject.spoils)
        became = SAID[st.state].format(name=name)
        parts = [Part(f"No: that's a false premise. My sources don't say {name} is bitten.", spoils, "official",
                      refs, hedged=True),
                 Part(f"{st.where[:1].upper()}{st.where[1:]}: {became}: {st.text}", spoils, st.confidence,
                      self.s.knowledge.refs(st.sources) or refs)]
        return self.s.answer(ask, parts, "premise", evidence=self.s.profiles.evidence(subject),
                             consumed=(*_STATE_STEMS, *_FATE_STEMS, *_HEARSAY, "why", "episode", "which", "get",
                                       "got", "bit", "bitten"),
                             subjects=[subject])

    def _last(self, character: Character) -> Position:
        if character.fate is not None:
            return character.fate.spoils
        return max(self.s.pack.episodes, default=NOTHING)

    # -- who survives, who dies, the halfbies

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

    def deaths(self, ask: Ask) -> Answer | None:
        """"who dies", "list everyone who died": each death (or turn) its own part, hidden as far as
        the episode that shows it; Nam-ra (a halfbie) and the unclear fates are not counted."""
        if ask.found.subjects or ask.a.episode is not None or (ask.a.season or 1) != 1:
            return None
        counted = ask.matches(_HOW_MANY_DIE) if ask.a.qtype == "how_many" or "body" in ask.text else None
        whole = ask.matches(_GROUP_FATE) if counted is None else None
        if counted is None and whole is None and not ask.matches(_WHO_DIES) and not ask.matches(_DEATHS):
            return None
        students = _STUDENTS.search(ask.text) is not None
        rows: list[tuple[Position, str, Part]] = []
        for stage, character, where in self.death_rows():
            if students and adult(character):  # what they are, never a word further on ("his mother runs")
                continue
            how = {"zombie": "turns into a zombie", "presumed_dead": "presumed dead; recaps disagree"}.get(stage.state, "dies")
            text = f"{where[0].upper()}{where[1:]}: {character.name} ({how})"
            refs = self.s.knowledge.refs(stage.sources[:1] or character.sources[:1])
            rows.append((stage.start, character.name, Part(text, stage.spoils, stage.confidence, refs)))
        if len(rows) < 2:
            return None
        parts = [Part(f"{'Which students' if students else 'Who'} die{'' if students else 's'} or turn{'' if students else 's'} into "
                      "a zombie in season 1, in order:", NOTHING, "official",
                      aside=True)]
        if counted is not None:
            # The count tells how far the deaths go: hidden as far as the last one.
            who = "students" if students else "characters"
            parts = [Part(f"The sources name {len(rows)} {who} who die, turn into zombies or are presumed dead "
                          "in season 1 (only the named ones; countless unnamed people die too):",
                          max(part.spoils for _, _, part in rows), "official", ())]
            toll = self.s.records.by_id.get("bombing-deaths")
            if counted.group("who") in ("people", "ppl", "persons", "person") and toll is not None:
                parts.append(dataclasses.replace(self.s.part(toll), aside=True))
        survivors = self.s.records.by_id.get("not-everyone-dies")
        if whole is not None and survivors is not None:
            parts.insert(0, self.s.part(survivors))  # "what happens to the students": who lives, then who dies
        parts += [part for _, _, part in sorted(rows, key=lambda row: (row[0], row[1]))]
        return self.s.answer(ask, pooled(parts), "list.deaths", consumed=(*_FATE_STEMS, *_STATE_STEMS, "who", "list", "everyone", "how", "many",
                                                           "people", "named", "main", "major", "important", "body",
                                                           "count", "total", "end", "up", "turn", "zombie", "make",
                                                           "death", "all", "every", "the", "child", "student", "classmate", "happen", "to", "grade"),
                             extra=frozenset({"die", "kill", "dead"}))

    def ranked_death(self, ask: Ask) -> Answer | None:
        """"who dies last", "the first death", "the last person to die": the first or last death of
        season 1 in episode order (from every character's fate), never a record that merely says
        "first" or "last" ("their last fight"). Deaths the sources place only between two episodes
        that reach the one picked are named as such; each part hidden as far as its episode."""
        a = ask.a
        named = {s.id for s in ask.found.subjects if s.kind == "character"}
        if len(named) < 2 or len(named) != len(ask.found.subjects):
            named = set()  # "who dies first, I-sak or Gyeong-su": between the characters named
        if (not a.rank or (ask.found.subjects and not named) or a.episode is not None or (a.season or 1) != 1
                or (a.qtype not in ("who", "statement", "what_is", "which_episode", "when")
                    and not (a.korean and a.qtype == "yes_no"))
                or not ask.matches(_RANKED_DEATH) or ask.matches(_RANKED_TURN)):
            return None
        gender = asked_gender(a.words)  # "the first girl to die": among the girls
        rows = [row for row in self.death_rows() if (not named or row[1].id in named)
                and (not gender or self.s.profiles.gender.get(row[1].id, "") == gender)]
        if not rows:
            return None
        last = a.rank == "last"
        edge = max(st.start for st, _, _ in rows) if last else min(st.start for st, _, _ in rows)
        picked = sorted(((st, c, w) for st, c, w in rows if st.start == edge), key=lambda row: row[1].name)
        near = sorted(((st, c, w) for st, c, w in rows if st.start != edge
                       and (st.start < edge <= st.spoils if last else st.start <= edge < st.spoils)),
                      key=lambda row: row[1].name)
        turned = any(st.state == "zombie" for st, _, _ in picked)
        what = "death or turn into a zombie" if turned else "death"
        among = f" of {' and '.join(self.s.short(i) for i in sorted(named))}" if named else (
            {"she": " of a girl or woman", "he": " of a boy or man"}.get(gender, ""))
        # "The first death of Cheong-san and Su-hyeok" says one of them dies: hidden as far as that death
        heading = min(stage.spoils for stage, _, _ in picked) if named else NOTHING
        parts = [Part(f"The {a.rank} {what}{among} in season 1, in episode order:", heading, "official", aside=True)]
        for stage, character, where in picked:
            refs = self.s.knowledge.refs(stage.sources or character.sources)
            parts.append(Part(f"{character.name} ({where}): {stage.text}", stage.spoils, stage.confidence, refs))
        # "did mr lee die before gyeongsu", "who died first, ji-min or min-jae": the others named, in their order too
        others = sorted((row for row in rows if named and row not in picked and row not in near),
                        key=lambda row: (row[0].start, row[1].name), reverse=last)
        for stage, character, where in others:
            refs = self.s.knowledge.refs(stage.sources or character.sources)
            parts.append(Part(f"{'Earlier' if last else 'Then'}: {character.name} ({where}): {stage.text}", stage.spoils,
                              stage.confidence, refs))
        for subject in (s for s in ask.found.subjects if s.id in named and s.id not in {c.id for _, c, _ in rows}):
            character = self.s.pack.characters[subject.id]
            if character.fate is not None:  # "who dies first, Ha-ri or Woo-jin": she does not
                parts.append(Part(f"{character.name}: {character.fate.text}", character.fate.spoils,
                                  character.fate.confidence, self.s.knowledge.refs(character.sources)))
        for stage, character, where in near:
            refs = self.s.knowledge.refs(stage.sources or character.sources)
            parts.append(Part(f"The sources do not pin down when {character.name} dies ({where}): {stage.text}",
                              stage.spoils, stage.confidence, refs, aside=True))
        return self.s.answer(ask, parts, "rank.death",
                             consumed=(*_FATE_STEMS, *_STATE_STEMS, *_RANK_STEMS, a.rank, *_GENDER_WORDS),
                             extra=frozenset({"die", "kill", "dead"}))

    def halfbies(self) -> list[tuple[Character, Position]]:
        out: list[tuple[Character, Position]] = []
        for character in self.s.pack.characters.values():
            stages = [st for st in self.stages(character.id) if st.state == "halfbie"]
            if stages:
                out.append((character, min(st.spoils for st in stages)))
            elif character.fate is not None and character.fate.status == "halfbie":
                out.append((character, character.fate.spoils))
        return out


def pronouns(character: Character) -> Sequence[str]:
    return _PRONOUN["they"]
