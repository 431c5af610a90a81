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
- Each character's states come from `bot.lore.answer.stages`; "who dies", "who dies last" are
  `bot.lore.answer.who_dies`'s.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.fate_phrases import TOLD
from bot.lore.answer.fate_words import FATE_STEMS, ONCE_STATES, PAST, SAID, STATE_STEMS, VERDICTS
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.stages import CharacterStages, Stage, fate_unclear
from bot.lore.answer.story_phrases import Phrase
from bot.lore.answer.subjects import Subject, named, unfollowed_relative
from bot.lore.content import Character
from bot.show import NOTHING, Position

FATE_ASKED = compile_later(
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
STATE_WORDS = compile_later(
    r"\b(?:alive|live|lives|living|survive[sd]?|surviving|make it|makes it|made it|dead|die|dies|died|dying|"
    r"killed|death|zombie|zombies|zombified|turn|turns|turned|infected|halfbie|hambie|bitten|ok|okay|safe|human)\b"
)
_ASK_DEAD = compile_later(r"\b(?:dead|die|dies|died|dying|killed|murdered|death)\b")
_ASK_ALIVE = compile_later(r"\b(?:alive|live|lives|living|survive[sd]?|surviving|make it|makes it|made it|ok|okay|safe)\b")
_ASK_ZOMBIE = compile_later(r"\b(?:zombie|zombies|zombified|turn|turns|turned)\b")
# Turning asked of them ("become a zombie", "zombified"), not zombies doing something ("the zombies bite her").
_ASK_TURNED = compile_later(r"\b(?:zombified|turn|turns|turned|turning)\b|\b(?:a|into|an?)\s+zombie\b|\bzombie\b(?!s)")
_ASK_HALFBIE = compile_later(r"\b(?:halfbie|hambie)\b")
_ASK_BITE = compile_later(r"\b(?:bit|bite|bites|bitten)\b")
_ASK_INFECTED = compile_later(r"\b(?:infected|bitten)\b")
# "is Gwi-nam a zombie now": as of the viewer's episode only, nothing later even behind bars.
_ASK_NOW = compile_later(r"\b(?:now|currently|right now|at this point|so far|still|yet)\b")
# "what happens to the students": many people, never the one a description fits best
# "does every student die": a quantified noun is a group too, never the one its description fits (Jong-ah); not a
# time ("does the archer die every time", "each other")
_GROUP_NOUN = compile_later(r"\b(?:students|kids|classmates|teachers|people|everyone|everybody|they|them)\b|"
                            r"\b(?:every|each)\s+(?!(?:one|body|time|other)\b)\w")
_AT_PLACE = compile_later(r"\b(?:in|at|on|inside) (?:the )?((?:[a-z]+ )?[a-z]+)\W*$")
# What "in the ..." names that is no place or event of the story ("did he die in the end", "in the webtoon")
_NOT_PLACES = frozenset({"end", "ending", "finale", "beginning", "start", "show", "series", "season", "episode", "ep",
                         "webtoon", "manhwa", "comic", "book", "story", "drama", "first", "last", "final", "movie", "dub",
                         "original", "real", "life", "irl", "trailer", "spinoff", "sequel", "s1", "s2", "netflix", "kdrama"})
_NEGATED = compile_later(r"\b(?:doesn't|didn't|don't|isn't|wasn't|does not|did not|do not|never|not)\b")
_DEATH_KINDS = ("death", "sacrifice")
# "i heard Cheong-san dies in episode 3": who said it is not part of the premise.
_HEARSAY = ("hear", "heard", "read", "said", "say", "says", "think", "thought", "told", "someone", "article", "right",
            "true", "really", "wait")
_PRONOUN = {"he": ("he", "him", "his"), "she": ("she", "her", "her"), "they": ("they", "them", "their")}

_ALL = Position(99, 99)  # a story not scoped to an episode: every line of it
# A fate that says the death itself ("she dies", "kills him") needs no "(dies)" (one that does not: "gives herself up")
_DEATH_SAID = compile_later(r"\b(?:die[sd]?|dead|death|killed|kills?|zombie|turns?|life)\b", re.I)


class FateAnswers(CharacterStages):
    """What happens to a character, and what is true of them at the viewer's position."""

    # -- "what happens to X"

    def fate(self, ask: Ask) -> Answer | None:
        if not ask.matches(FATE_ASKED):
            return None
        subjects = self.asked_characters(ask)
        return self.story(ask, subjects) if subjects else None

    def story(self, ask: Ask, subjects: Sequence[Subject], within: Position = _ALL) -> Answer | None:
        """What happens to each of `subjects` (two at most), in order, with the sources that tell it; a question
        scoped to an episode ("why didn't X die in ep 6") is told no later episode's line but their fate's."""
        parts: list[Part] = []
        evidence: list[Record] = []
        for subject in subjects[:2]:
            character = self.s.pack.characters[subject.id]
            evidence += self.s.profiles.evidence(subject)
            parts += self._lead(subject)
            parts += self._story(character, subject, within)
        if not parts:
            return None
        return self.s.answer(ask, parts, "fate", evidence=evidence, consumed=(*FATE_STEMS, "do", "done", "did", "has", "body", "corpse"),
                             subjects=subjects)

    def asked_characters(self, ask: Ask) -> list[Subject]:
        """The characters a fate question asks of (an actor: his one role); premises reads them too."""
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
            stems = ask.stems_without((*FATE_STEMS, *STATE_STEMS))
            described = self.s.describe(ask, stems)
            if isinstance(described, Subject):  # "does the archer die": each archer, never Ha-ri's fate for both
                characters = [self._as_described(described), *self.s.alike(ask, described, stems, fate=True)]
        return characters

    def _as_described(self, subject: Subject) -> Subject:
        """One a description found is not told of as theirs before who they are is: "does the archer die" at 3
        never says "Ha-ri is alive" in the clear (her archery is shown from episode 5)."""
        shown = self.s.pack.characters[subject.id].summary_spoils
        return subject if shown <= subject.spoils else dataclasses.replace(subject, spoils=shown)

    def _lead(self, subject: Subject) -> list[Part]:
        if not subject.lead():
            return []
        character = self.s.pack.characters[subject.id]
        # one relation word followed ("On-jo's father"): said again in the asker's language with the rest
        return [Part(subject.lead(), subject.spoils, "official", self.s.knowledge.refs(character.sources),
                     phrase=self.s.lead_phrase(subject))]

    def _story(self, character: Character, subject: Subject, within: Position = _ALL) -> list[Part]:
        """What happens to them: each change of state (bitten, a halfbie, a zombie, dead) in order,
        their fate, and what the story still tells of them after it."""
        refs = self.s.knowledge.refs(character.sources)
        fate = character.fate
        parts: list[Part] = []
        told: set[str] = set()
        for stage in self.stages(character.id):
            if (fate is not None and stage.text == fate.text) or stage.start > within:
                continue
            told.add(stage.text)
            parts.append(Part(f"{stage.where[0].upper()}{stage.where[1:]}: {stage.text}", max(stage.spoils, subject.spoils),
                              stage.confidence, self.s.knowledge.refs(stage.sources) or refs,
                              phrase=None if stage.label else Phrase("told", at=stage.start, said=stage.text)))
        if fate is None:
            later = [e for e in character.events if e.text not in told and e.episode <= within]
            parts += [Part(f"{e.episode.heading}: {e.text}", max(e.spoils, subject.spoils), "official", refs,
                           phrase=Phrase("told", at=e.episode, said=e.text)) for e in later]
            if not parts:
                return [Part(f"The sources I have do not say what happens to {character.name}.", subject.spoils,
                             "official", refs)]
            return parts
        where = f" ({fate.episode.label})" if fate.episode else ""
        conf = self.fate_confidence(character)
        said = {"zombie": " (turns into a zombie)", "halfbie": " (becomes a halfbie)", "dead": " (dies)"}.get(fate.status, "")
        said = "" if fate.status in fate.text.casefold() or (fate.status == "dead" and _DEATH_SAID.search(fate.text)) else said
        # said again in the asker's language from fate_phrases' table, the end's note too ("(dies)")
        told_end = Phrase("told", name=character.name, hangul=character.hangul or "", state=fate.status if said else "",
                          at=fate.episode, said=fate.text)
        parts.append(Part(f"{character.name}{said}: {fate.text}{where}", max(fate.spoils, subject.spoils), conf,
                          self.s.knowledge.refs(fate.sources) or refs, phrase=told_end))
        after = fate.episode or Position(1, 99)
        parts += [Part(f"{e.episode.heading}: {e.text}", max(e.spoils, subject.spoils), "official", refs,
                       phrase=Phrase("told", at=e.episode, said=e.text))
                  for e in character.events if within >= e.episode > after and e.text not in told]
        return parts

    # -- "is X alive?", as of the viewer's position

    def state(self, ask: Ask) -> Answer | None:
        if not (ask.a.yes_no or ask.a.claim) or not ask.matches(STATE_WORDS):
            return None
        if ask.a.season and ask.a.season >= 2:
            return None
        subjects = self.asked_characters(ask)
        if not subjects:
            return None
        asked = self._asked(ask.text)
        if asked == "dead" and len(subjects) == 1 and ask.a.episode is None:
            elsewhere = self._died_elsewhere(ask, subjects[0])
            if elsewhere is not None:
                return elsewhere
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
            *STATE_STEMS, *FATE_STEMS, *_HEARSAY, *(place.group(1).split() if place else ())))

    def _died_elsewhere(self, ask: Ask, subject: Subject) -> Answer | None:
        """"did onjo's dad die in the bombing": one who dies, asked of a place or event their death is not told
        at, gets how the sources tell it, with no verdict (no "Yes." to the place, nor a "No." the sources never
        say), hidden as their death is; a place their death is told at keeps the usual "Yes."."""
        place = _AT_PLACE.search(ask.text)
        character = self.s.pack.characters.get(subject.id)
        deaths = self.dies_in(subject.id)
        if place is None or character is None or not deaths:
            return None
        words = [w for w in place.group(1).split() if w not in _NOT_PLACES]
        if not words or len(words) < len(place.group(1).split()):
            return None  # "in the end", "in the show", "in the webtoon": no place
        told = " ".join((*(st.text for st in self.stages(subject.id)), character.fate.text if character.fate else "")).casefold()
        if any(re.search(rf"\b{re.escape(w[:max(3, len(w) - 3)])}", told) for w in words):
            return None
        death, name = deaths[0], character.short_name or character.name
        refs = self.s.knowledge.refs(character.sources)
        spoils = max(death.spoils, subject.spoils)
        said = SAID[death.state].format(name=name)
        # what happens to them there ("did gwinam die in the library": the stab, episode 5) is shown as far as it
        # spoils, so a viewer short of the death still gets the scene asked of in the clear
        there = [self.s.part(r) for e in self._events_of.get(subject.id, []) if e.spoils < spoils
                 and (r := self.s.records.by_id.get(e.id)) is not None
                 and any(re.search(rf"\b{re.escape(w[:max(3, len(w) - 3)])}", f"{e.place or ''} {e.text}".casefold())
                         for w in words)]
        parts = [*there[:2],
                 Part(f"My sources don't say {name} dies {place.group(0).strip(' ?!.')}; they tell it this way:", spoils,
                      "official", (), hedged=True),
                 Part(f"{said}: {death.text.rstrip('.')} ({death.where}).", spoils, death.confidence,
                      self.s.knowledge.refs(death.sources) or refs)]
        return self.s.answer(ask, parts, "state", evidence=self.s.profiles.evidence(subject), subjects=[subject],
                             consumed=(*STATE_STEMS, *FATE_STEMS, *_HEARSAY, *words))

    def immune(self, ask: Ask) -> Answer | None:
        """"why is Nam-ra immune", "is Gwi-nam immune": a halfbie is infected, not immune (a false
        premise, said as far as the episode that makes them one); nobody else is called immune."""
        if "immun" not in ask.text:
            return None
        subjects = self.asked_characters(ask)
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
                             consumed=(*STATE_STEMS, *FATE_STEMS, "why", "immune", "immunity", "how", "come"),
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
        name, hangul = character.short_name or character.name, character.hangul or ""
        refs = self.s.knowledge.refs(character.sources)
        parts: list[Part] = []
        first = stages[0].start if stages else None
        if first is None or first > subject.spoils:
            # "So far": a bare "Yes." to "does Nam-ra survive?" would read as the ending.
            verdict = "So far, yes." if VERDICTS[("alive", asked)] == "Yes." else "So far, no."
            parts.append(Part(f"{verdict} Up to this point in the story, {name} is alive and not infected.",
                              subject.spoils, "official", refs, hedged=True, until=first,
                              phrase=Phrase("so_far", name=name, hangul=hangul, verdict=verdict)))
        had: Stage | None = None  # the first stage the question's state held in
        for i, stage in enumerate(stages):
            until = stages[i + 1].start if i + 1 < len(stages) else None
            verdict = tabled = VERDICTS[(stage.state, asked)]
            if stage.state in ("dead", "presumed_dead") and asked == "infected" and _ASK_BITE.search(stage.text):
                verdict = "Yes."  # "was so-ju infected", "was cheongsan infected": bitten before the end, however sure
            elif stage.state == "dead" and asked == "infected":
                # "was ms park infected": given up to the zombies, and a death says nothing of an infection either
                # way (never "No." off "dead")
                verdict = f"My sources don't say whether {name} is {'bitten' if bite else 'infected'}."
            elif stage.state == "dead" and asked == "zombie" and re.search(r"\b(?:bit|bite|bites|bitten|zombies)\b",
                                                                        stage.text):
                # "was onjo's dad a zombie", "did ms park turn": bitten by (or given up to) zombies before dying;
                # whether they turned the sources never say (never "No." off "dead")
                verdict = f"My sources don't say {name} turns."
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
                              until=until, since=stage.start if now else None,
                              # (a verdict the state does not give, "Yes." to "was he bitten" of a death, needs the
                              # English account of the bite after it: never "Yes. He dies" in another language)
                              phrase=None if stage.label or verdict != tabled else Phrase(
                                  "state", name=name, hangul=hangul, verdict=verdict, state=stage.state,
                                  at=stage.start if label else None)))
        fate = character.fate
        if stages and fate is not None and fate.spoils > stages[-1].spoils and fate.text != stages[-1].text:
            parts.append(Part(f"{character.name}: {fate.text}", max(fate.spoils, subject.spoils),
                              self.fate_confidence(character), refs, since=fate.spoils if now else None,
                              phrase=Phrase("end", name=name, hangul=hangul, state=fate.status, at=fate.spoils)))
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
                             consumed=(*STATE_STEMS, *FATE_STEMS, *_HEARSAY, "why", "episode", "which"),
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
                             consumed=(*STATE_STEMS, *FATE_STEMS, *_HEARSAY, "why", "episode", "which", "get",
                                       "got", "bit", "bitten"),
                             subjects=[subject])


def death_phrase(stage: Stage, character: Character, where: str, korean: bool = False) -> Phrase | None:
    """One death of a ranked list ("which teacher dies first", "quién muere primero") for saying it in another language:
    its text as fate_phrases translates it, else its end and episode (in Korean always so, the name in Hangul with the
    romanized one beside it: "박선화 (Park Sun-hwa)는 사망해요"); None where the sources place it only between episodes
    (`where` is not the stage's own), said in English."""
    hangul = character.hangul or ""
    if stage.text in TOLD and not korean:
        return Phrase("told", name=character.name, hangul=hangul, at=stage.start, said=stage.text)
    if korean and hangul:
        hangul = f"{hangul} ({character.name})"
    return Phrase("end", name=character.name, hangul=hangul, state=stage.state, at=stage.start) if where == stage.where else None


def pronouns(character: Character) -> Sequence[str]:
    return _PRONOUN["they"]
