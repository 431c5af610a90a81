"""Questions the event index answers: which episode something happens in, who did it, where.

The index (events.yaml, `ContentPack.events`) holds every event of every episode with its
participants and their roles. A question is matched to events by:
- who takes part (the characters it names or describes must all take part),
- what happens (its verb: "die", "kiss", "bite" read as the event's kind, and the role the subject
  plays: "does So-ju die" wants So-ju as the victim),
- its other words against the event's text, names ("the library scene") and place,
and an event answers only when it accounts for every word of the question. An answer spoils what
its event spoils: "which episode do Su-hyeok and Nam-ra kiss" is hidden until episode 7.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.betrayals import asks_betrayal
from bot.lore.answer.event_doers import COLLECTIVE as _COLLECTIVE
from bot.lore.answer.event_doers import FIGHT as _FIGHT
from bot.lore.answer.event_doers import KILLING as _KILLING
from bot.lore.answer.event_doers import betrayal, both_sides, fights_of, unproven_killing, who_acted
from bot.lore.answer.event_index import event_index
from bot.lore.answer.event_places import event_place
from bot.lore.answer.fate_phrases import NEVER_GONE, TOLD
from bot.lore.answer.fates import FateAnswers
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.retrieval import fits_rank
from bot.lore.answer.roles import teacher
from bot.lore.answer.story_phrases import Phrase, episode_phrase
from bot.lore.answer.subjects import Subject
from bot.lore.answer.verbs import COMING_BACK_STEMS, asks_coming_back, tells_coming_back, verbs_in
from bot.lore.answer.who_did_wordings import AGENT_SUBJECT, BY_SUBJECT, ONE_WHO, PASSIVE, PASSIVE_ASKED
from bot.lore.answer.words import stem, stems_of
from bot.lore.content import StoryEvent

# "at the end", "in the end", "finally": the story's last such event, not its first.
_AT_LAST = compile_later(r"\b(?:(?:at|in) the (?:very )?end(?:ing)?|in the finale|finally|eventually|at last)\b")
_AT_LAST_STEMS = frozenset(stem(w) for w in ("at", "in", "the", "very", "end", "ending", "finale", "finally", "eventually",
                                              "last"))
_CLOSE = 0.5
_NUDGE = 0.01  # above the others, so that it alone is picked
# "what ep does dae-su say hambie": a word said, not a state (no false premise of being one)
_WORD_SAID = compile_later(r"\b(?:say|says|said|saying|call|calls|called|calling|use the word|uses the word|mention\w*)\b")
# "which ep do they mention train to busan", "what ep do they say hambie": a word said, so only an
# event that tells of something said (Cheong-san likening it all to Train to Busan) is that moment.
_SAYING = compile_later(r"\b(?:say|says|said|saying|mention\w*|talk\w* about|referenc\w*|quot\w*|use the word|uses the word)\b")
_SAYING_STEMS = frozenset(stem(w) for w in ("say", "says", "said", "mention", "mentioned", "talk", "reference", "quote",
                                             "use", "word", "about"))
_SAID_IN = compile_later(r"\b(?:say\w*|said|call\w*|word|term|mention\w*|compar\w*|liken\w*|tell\w*|told|confess\w*|"
                      r"shout\w*|announc\w*|nicknam\w*|quot\w*|insult\w*|messag\w*)\b", re.I)
# What a survivor is never asked about in vain: "when does On-jo get bitten / infected / turn".
_NEVER_KINDS = frozenset({"bite", "infection", "turn", "halfbie"})
# someone away from the others, whom a "when do they come back" would be about
_GONE = compile_later(r"\b(?:leaves?|left|leaving|slips? away|goes missing|went missing|missing|separated|stays? behind|"
                      r"runs? off|ran off|disappears?|disappeared)\b", re.I)
# "which episode does onjo leave the group": their own leaving, never Nam-ra's slipping away after nearly biting her
_LEAVING_ASKED = compile_later(r"\b(?:leave|leaves|left|leaving|quit|quits)\s+(?:the\s+)?(?:group|others|team|friends)\b", re.I)
# ... unless they are asked back somewhere ("come back to the school", "come back to life"): only back to the others
_BACK_SOMEWHERE = compile_later(r"\b(?:back|return|returns)\s+(?:to|into|home|from|as|alive)\b(?!\s+(?:the\s+)?(?:group|others|team|friends)\b)", re.I)
_NEVER_SAID = {"bite": "bitten", "infection": "infected", "turn": "turned", "halfbie": "turned into a halfbie"}
# What nearly happens does not happen: "almost bites" is no answer to "when does On-jo get bitten".
_ALMOST = compile_later(r"\b(?:almost|nearly|narrowly)\b", re.I)
# "when does Gwi-nam get bitten", "what ep is Nam-ra bitten": the subject is the one it is done to.
_DONE_TO = compile_later(r"\b(?:get|gets|got|getting|is|was|are|were|be|been|being)\s+(?:\w+\s+)?"
                      r"(bitten|bit|infected|attacked|mauled|stabbed|saved|rescued|protected|shielded)\b(?!\s+by\b)")
# "when does Cheong-san's mom get bitten": mauled by a zombie is what a fan calls bitten.
_BY_ZOMBIE = compile_later(r"\b(?:maul\w*|by (?:the |a )?zombies?)\b", re.I)
# Hyeon-ju's bite: the lab animal is infected, no zombie (lead's ruling, stop 64), so she is no zombie's victim
_BY_ANIMAL = compile_later(r"\b(?:lab animal|rat|mouse|hamster|rodent)\b", re.I)
# "when do they reach / make it to / end up on the roof": getting to a place is being there.
_MOVING = frozenset(stem(w) for w in ("reach", "arrive", "get", "make", "go", "climb", "end", "up", "enter"))
_COLLECTIVE_SAID = compile_later(r"\b(?:the (?:class|group|students|kids|friends|survivors)|they|everyone)\b", re.I)
# "who saves who", "who kills whom": both sides asked, so each such event
_BOTH_OPEN = compile_later(r"^who\s+\w+\s+(?:who|whom)\W*$")
# "who filmed the principal getting killed", "who saw woojin get bitten": who saw it, not who did it
# "who saved the show", "who protected the actors from the fans", "did netflix kill the show", "who ruined the show":
# a deed done to the show or the people making or watching it, never a scene of the story (nor season 2's fates)
_DONE_OUTSIDE = compile_later(r"^(?:who|did|does|has|will)\s+(?:(?:did|has)\s+)?(?:(?:netflix|the (?:fans|actors|cast))\s+)?"
                              r"\w+\s+(?:the show|netflix|(?:the\s+)?(?:fans|fandom|actors|cast))\b")
_MARRED = compile_later(r"\b(?:ruin|destroy)(?:s|ed)?\b")  # no deed of the story, but done to a show all the same
_WATCHED = compile_later(r"^who\s+\w+(?:ed|aw|ound)\b.*\b(?:getting|get|gets|got|being)\s+\w+")
_EPISODE_WORDS = ("episode", "which", "what", "when", "scene", "part", "moment", "happen", "ep", "chapter", "time",
                  "season", "1", "first", "show")
_WHO_DID = compile_later(r"^(?:who|whom|what|which\s+\w+)\b|\bwho\b")
# "which girl did gwi-nam bite", "what girl got bitten by gwinam": who it was done to, the sex asked (gendered.py)
WHICH_SEX = compile_later(r"^(?:which|what)\s+(?P<sex>girl|boy|guy|woman|man|lady|dude)s?(?=\s+(?:did|does|got|gets|was|were|has|have"
                          r"|bit|bites)\b)")  # ("which girl bit gwinam": who bit him, a girl)
_WHICH_TEACHER = compile_later(r"^(?:which|what)\s+(?P<sex>teacher)s?(?=\s+(?:did|does|was|were)?\s*\w+)")
_WHO_PLAYS = compile_later(r"^who\s+(?:plays|played|portrays|portrayed|is playing|was playing)\s+the\b")
_SHIELDING = compile_later(r"\b(?:protect|shield|defend|guard)\w*")
_LEFT, _MADE_IT = frozenset({"death", "sacrifice", "bite", "turn"}), frozenset({"survive", "make"})
# "which episode does Woo-jin appear / first show up / come in": when they are first seen.
_APPEARING = frozenset({stem("appear"), "first", stem("introduce"), stem("seen"), stem("debut")})
# "is the roof scene in ep 8 or 9", "is the fight ep 9 or 10": of the events that fit, those in an episode offered first
_EITHER = compile_later(r"\b(?:ep|eps|episode|epi)\s*(\d{1,2})\s+or\s+(?:(?:ep|eps|episode|epi)\s*)?(\d{1,2})\b", re.I)


_AFTER = compile_later(r"^what (?:happens|happened|happen|comes|goes on) (?:right |just )?after (?:the |they |he |she )?\w")
# "who made / created / invented X": a maker, which the pack's facts state (events tell what happens).
_WHO_MADE = compile_later(
    r"^(?:who|what)\s+(?:\w+\s+)?(made|make|makes|created|creates|create|invented|invents|developed|engineered|designed|built)\b(?!\s+it\s+out)"
)  # "who makes it out of the gym" is an escape, never a maker


class EventAnswers:
    def __init__(self, shared: Shared, fates: FateAnswers) -> None:
        self.s = shared
        self.fates = fates
        index = event_index(shared.records)  # built once per pack, read-only (event_index.py)
        self.events = index.events
        self.order = index.order
        self.record = index.record
        self.names = index.names
        self.taking_part = index.taking_part
        self._of = index.of
        self.by_word = index.by_word
        self.words = index.words
        self._places = index.places

    # -- matching

    def match(
        self, ask: Ask, subjects: Sequence[Subject], stems: Sequence[str], *, subject_roles: frozenset[str] = frozenset(),
    ) -> list[tuple[float, StoryEvent]]:
        """Events ranked for the question: every subject takes part (in `subject_roles` when given);
        the verbs' kinds count; the words must be accounted for."""
        verbs = verbs_in(ask.text)
        kinds = frozenset().union(*(v[0] for v in verbs)) if verbs else frozenset()
        primary = {v[4] for v in verbs}
        verb_stems = {stem(w) for v in verbs for w in v[3].split()}
        if "escape" in kinds:  # "who made it out of the gym (alive)": getting out is living through it, nothing made
            place = verb_stems & self._places  # and the place got out of is what is asked ("out of the gym")
            stems, verb_stems = [*(s for s in stems if s not in _MADE_IT), *sorted(place - set(stems))], verb_stems - _MADE_IT - place
        ranked: list[tuple[float, StoryEvent]] = []
        ids = {s.id for s in subjects}
        candidates: Iterable[StoryEvent]
        if ids:
            candidates = self._of.get(next(iter(ids)), [])
        else:
            seen: dict[str, StoryEvent] = {}
            for word in (*stems, *verb_stems, *(stem(k) for k in kinds)):
                for event in self.by_word.get(word, ()):
                    seen.setdefault(event.id, event)
            candidates = sorted(seen.values(), key=lambda e: self.order[e.id])
        asked = set(stems)
        for event in candidates:
            record = self.record[event.id]
            if ids and not ids <= self.taking_part[event.id]:
                continue
            if not fits_rank(ask, record):
                continue
            if subject_roles and ids and not any(
                p.role in subject_roles for p in event.participants if p.character in ids
            ):
                continue
            score = self.s.records.score(stems, record)
            named = next((name for name in self.names[event.id] if asked and name and name <= asked | verb_stems),
                         frozenset())
            if named:
                score *= 1.5
            score += self._placed(ask, event, asked) if not ids else 0.0
            fits = event.kind in kinds or ("bite" in kinds and event.kind == "attack" and bool(_BY_ZOMBIE.search(event.text)))
            if kinds and fits:
                score += 2.0 if event.kind in primary else 1.0
                # The verb is the event's kind ("leave the school" is an escape) even in other words.
                score += sum(self.s.records.idf(w) for w in verb_stems & asked if w not in record.stems)
            elif kinds and not named and not (verb_stems & record.stems):
                continue
            elif kinds and not named and _ALMOST.search(event.text):
                continue  # "Nam-ra almost bites On-jo" is no bite
            rest = [s for s in stems if s not in verb_stems or not fits]
            if not self.s.records.covers(rest, self.words[event.id] | named):
                continue
            if score <= 0 and not ids:
                continue
            ranked.append((score + (1.0 if ids else 0.0), event))
        # Ties: the earlier event first, one whose episode is known before one between two.
        ranked.sort(key=lambda pair: (-pair[0], pair[1].earliest, pair[1].episode is None))
        if ranked and _AT_LAST.search(ask.text):
            # "where did they fight at the end": of the events that fit about as well, the last one
            close = [pair for pair in ranked if pair[0] >= ranked[0][0] * _CLOSE]
            # "which ep do they finally get out of the school": the last such event that says what
            # the question says (the school), not a later one that only shares the verb.
            content = (set(stems) - verb_stems - _AT_LAST_STEMS - {stem(k) for k in kinds}) | (set(stems) & self._places)
            said = [pair for pair in close if content <= self.words[pair[1].id]]
            latest = max(said or close, key=lambda pair: pair[1].earliest)
            ranked.remove(latest)
            ranked.insert(0, (max(latest[0], ranked[0][0] + _NUDGE if ranked else 0.0), latest[1]))
        return ranked

    @staticmethod
    def _placed(ask: Ask, event: StoryEvent, asked: set[str]) -> float:
        """"what ep do they get on the roof": the place and who is there must be the question's: an
        event set there first, and one of the whole group when the question is about them all (not
        Jin-su thrown off a roof)."""
        bonus = 0.0
        if event.place and stems_of(event.place) and set(stems_of(event.place)) <= asked:
            bonus += 0.5
        if _COLLECTIVE.search(ask.text):
            bonus += 1.0 if _COLLECTIVE_SAID.search(event.text) else (-0.5 if event.participants else 0.0)
        return bonus

    def subjects_in(self, ask: Ask, stems: Sequence[str]) -> tuple[list[Subject], list[str]]:
        """The characters the question names and those the people it names play (event_places asks it too)."""
        subjects = ask.characters()
        for person in ask.people():
            roles = self.s.pack.characters_played_by(person.id)
            if len(roles) == 1:
                subjects.append(Subject("character", roles[0].id, roles[0].name))
        return subjects, list(stems)

    # -- which episode

    def which_episode(self, ask: Ask) -> Answer | None:
        a = ask.a
        asks_episode = a.qtype == "which_episode" or (a.qtype == "when" and not a.season and not a.years)
        if not asks_episode or a.episode is not None:
            return None
        if a.qtype == "when" and not (ask.found.subjects or verbs_in(ask.text) or a.has("scene")):
            return None  # "when did it come out" is about the show, not the story
        stems = ask.stems_without(_EPISODE_WORDS)
        if self._places & set(stems):
            stems = [s for s in stems if s not in _MOVING]  # "when do they reach the roof": being there
        subjects, stems = self.subjects_in(ask, stems)
        if _SAYING.search(ask.text):
            stems = [s for s in stems if s not in _SAYING_STEMS]
        if len(subjects) > 1 and len({(s.via, s.path, s.anchor) for s in subjects}) == 1 and subjects[0].path:
            # "On-jo's best friend" is I-sak or Cheong-san: whichever the question's event fits, each when it fits both
            for fallback in (False, True):
                found = [f for s in subjects if (f := self._which_episode(ask, [s], stems, fallback=fallback)) is not None]
                if found:  # ("which episode does onjo's best friend die": I-sak's turn and Cheong-san's end)
                    return dataclasses.replace(found[0], parts=[p for f in found for p in f.parts],
                                               entities=tuple(e for f in found for e in f.entities))
            return None
        return self._which_episode(ask, subjects, stems)

    def _which_episode(
        self, ask: Ask, subjects: list[Subject], stems: list[str], *, fallback: bool = True
    ) -> Answer | None:
        dying = bool(re.search(r"\b(?:die|dies|died|dead|death|killed|turn|turns|turned|zombified|(?:become|becomes|became)"
                               r" (?:a )?(?:zombie|halfbie))\b(?!\s+(?:her|him|them)sel)", ask.text))
        roles = frozenset({"victim"}) if dying and subjects else frozenset()
        done_to = _DONE_TO.search(ask.text) if subjects and not roles else None
        if done_to is not None:
            # "when does Gwi-nam get bitten": he is the one bitten, never the biter.
            roles = frozenset().union(*(v[2] for v in verbs_in(done_to.group(1))))
        ranked = self.match(ask, subjects, stems, subject_roles=roles)
        if _SAYING.search(ask.text):
            ranked = [(score, e) for score, e in ranked if _SAID_IN.search(e.text)]
        if subjects and _LEAVING_ASKED.search(ask.text):
            ranked = [(score, e) for score, e in ranked if self.s.opener(self.record[e.id]) in {s.id for s in subjects}]
        back = bool(subjects) and asks_coming_back(ask.text)
        if back:
            ranked = [(score, e) for score, e in ranked if tells_coming_back(e.text)]
        if back and not ranked and len(subjects) == 1:
            # "which ep does namra come back": a line where they are found again ("the friends find Nam-ra there"), never
            # one that doubts it ("whether Cheong-san's body is ever found")
            found = rf"\b(?:find|finds|found)\s+{re.escape(self.s.short(subjects[0].id))}\b"
            ranked = [(score, e) for score, e in self.match(ask, subjects, [s for s in stems if s not in COMING_BACK_STEMS],
                                                             subject_roles=roles) if re.search(found, e.text)]
        if not ranked and not subjects:
            # "the bully", "the first zombie at the school"; of a group ("they reach the roof") only
            # what fans call someone, not any text that fits (On-jo's summary mentions a roof).
            described = self.s.describe(ask, stems, strict=bool(_COLLECTIVE.search(ask.text)))
            if isinstance(described, Subject):
                subjects = [described]
                rest = [s for s in stems if s not in described.consumed]
                ranked = self.match(ask, subjects, rest, subject_roles=roles)
        if not ranked and subjects and dying:
            return self._death_episode(ask, subjects) if fallback else None
        if not ranked and len(subjects) == 1 and fallback:
            never = self._never(ask, subjects[0]) or self._never_gone(ask, subjects[0])
            if never is not None:
                return never
        if not ranked and len(subjects) == 1 and stems and set(stems) <= _APPEARING:
            return self._first_seen(ask, subjects[0])
        if not ranked:
            return None
        # "when did jin-su turn": an event with its episode before one the sources leave open
        ranked = [(score, e) for score, e in ranked if e.episode is not None] or ranked
        if (either := _EITHER.search(ask.raw)) is not None:  # (neither offered fits: the episodes that do, as they come)
            ranked = [(score, e) for score, e in ranked if e.episode and e.episode.episode in {int(n) for n in either.groups()}] or ranked
        picked = self._picked(ranked)
        parts = [self.episode_part(event, subjects) for event in picked]
        return self.s.answer(ask, parts, "which_episode", evidence=[self.record[e.id] for e in picked],
                             consumed=(*_EPISODE_WORDS, *_MOVING, *(_SAYING_STEMS if _SAYING.search(ask.text) else ()),
                                       *(COMING_BACK_STEMS if back else ()),
                                       *[w for v in verbs_in(ask.text) for w in v[3].split()]),
                             subjects=subjects)

    def outside(self, ask: Ask) -> Answer | None:
        """"who killed the show", "did netflix kill the show": a deed done to no one of the story (see _DONE_OUTSIDE)."""
        if ask.characters() or not _DONE_OUTSIDE.match(ask.text):
            return None
        return dont_know(ask.raw) if verbs_in(ask.text) or _MARRED.search(ask.text) else None

    def never(self, ask: Ask) -> Answer | None:
        """"why did On-jo get bitten": a survivor never bitten, turned or infected (as "when" and
        "which episode" are answered in `which_episode`)."""
        if ask.a.qtype != "why" or len(ask.characters()) != 1:
            return None
        return self._never(ask, ask.characters()[0])

    def _never(self, ask: Ask, subject: Subject) -> Answer | None:
        """"when does On-jo get bitten": she never is (no bite, turn or infection of hers anywhere in
        the pack, and she ends the season alive): a false premise, hidden as far as her fate."""
        verbs = [v for v in verbs_in(ask.text) if v[4] in _NEVER_KINDS]
        character = self.s.pack.characters.get(subject.id)
        if not verbs or _WORD_SAID.search(ask.text) or _ALMOST.search(ask.text) or character is None or character.fate is None or character.fate.status != "alive":
            return None
        if any(st.state != "alive" for st in self.fates.stages(subject.id)):
            return None
        if any(e.kind in _NEVER_KINDS and "victim" in e.roles_of(subject.id) for e in self._of.get(subject.id, [])
               if not _ALMOST.search(e.text)):
            return None
        name = self.s.short(subject.id)
        lead = "No one" if ask.a.qtype == "who" else "No"
        part = Part(f"{lead}: that's a false premise. {name} is never {_NEVER_SAID[verbs[0][4]]}: {character.fate.text}",
                    max(character.fate.spoils, subject.spoils), "official", self.s.knowledge.refs(character.sources),
                    hedged=True)
        return self.s.answer(ask, [part], "premise", evidence=self.s.profiles.evidence(subject),
                             consumed=(*_EPISODE_WORDS, "get", "got", "who", "why", *verbs[0][3].split()),
                             subjects=[subject])

    def _never_gone(self, ask: Ask, subject: Subject) -> Answer | None:
        """"which ep does su-hyeok come back": no line of the sources has them leave, go missing or come back, and they
        end the season alive: nothing to come back from, said as far as the sources go (hidden as far as their fate)."""
        character = self.s.pack.characters.get(subject.id)
        if not asks_coming_back(ask.text) or _BACK_SOMEWHERE.search(ask.text) or character is None or character.fate is None or character.fate.status != "alive":
            return None
        if any(st.state != "alive" for st in self.fates.stages(subject.id)) or any(
                _GONE.search(r.text) or tells_coming_back(r.text) for r in self.s.profiles.evidence(subject)):
            return None
        name = self.s.short(subject.id)
        part = Part(f"My sources tell of no time {name} leaves the others or goes missing, so of no coming back either. "
                    f"{character.fate.text}", max(character.fate.spoils, subject.spoils), "official",
                    self.s.knowledge.refs(character.sources), hedged=True)
        told = TOLD.get(character.fate.text, {}).get(ask.language)
        if told is not None and ask.language in NEVER_GONE:  # "¿en qué capítulo vuelve su-hyeok?": in Spanish
            said = f"{character.hangul} ({name})" if ask.language == "ko" and character.hangul else name
            part = part.worded(f"{NEVER_GONE[ask.language].format(name=said)} {told}", ask.language)
        return self.s.answer(ask, [part], "premise", evidence=self.s.profiles.evidence(subject),
                             consumed=(*_EPISODE_WORDS, *COMING_BACK_STEMS), subjects=[subject])

    def _nameless(self, ask: Ask, subject: Subject, verb_text: str) -> Answer | None:
        ends = [e for e in self._of.get(subject.id, []) if e.kind in _NEVER_KINDS | {"death", "sacrifice"}
                and "victim" in e.roles_of(subject.id)]
        if not ends or ask.a.qtype != "who":
            return None
        event = min(ends, key=lambda e: (e.earliest, e.id))
        where = f" ({event.episode.label})" if event.episode else ""
        text = f"The sources name no one who did it. {event.text.rstrip('.')}{where}."
        return self.s.answer(ask, [self.s.part(self.record[event.id], text, spoils=subject.spoils)], "who_did",
                             evidence=[self.record[event.id]], consumed=("who", *verb_text.split()), subjects=[subject])

    def _picked(self, ranked: list[tuple[float, StoryEvent]]) -> list[StoryEvent]:
        best_score, best = ranked[0]
        if best.episode is None:  # of equal matches, one whose episode the sources pin down leads
            best = next((e for s, e in ranked if s >= best_score - 1e-9 and e.episode is not None), best)
        picked = [best]
        for score, event in ranked[:3]:
            if (score >= best_score - 1e-9 and event is not best and event.kind == best.kind
                    and event.earliest != best.earliest):
                picked.append(event)
        return picked

    def episode_part(self, event: StoryEvent, subjects: Sequence[Subject]) -> Part:
        record = self.record[event.id]
        if event.episode is not None:
            text = f"{event.episode.heading}: {event.text}"
        else:
            assert event.between is not None
            first, last = event.between
            text = (f"The sources do not pin down the episode: it happens between {first.label} and {last.label}"
                    f" (episode {first.episode} or {last.episode} at the latest). {event.text}")
            if last.episode - first.episode > 1:
                text = f"The sources do not pin down the episode (somewhere from {first.label} to {last.label}). {event.text}"
        spoils = max([s.spoils for s in subjects], default=record.spoils)
        return self.s.part(record, text, spoils=spoils, phrase=episode_phrase(event.episode, event.between))

    def _first_seen(self, ask: Ask, subject: Subject) -> Answer | None:
        """"which episode does Woo-jin appear": no event says so, but the earliest one they take
        part in bounds it (said as that, not as their first appearance)."""
        # Events of the index they take part in, and the episodes of what the pack says of them.
        seen = [self.record[e.id] for e in self._of.get(subject.id, []) if e.episode is not None]
        seen += [r for r in self.s.profiles.evidence(subject) if r.kind in ("story", "event") and r.episode is not None]
        if not seen:
            return None
        record = min(seen, key=lambda r: (r.episode, r.kind != "event", r.id))
        assert record.episode is not None
        name = self.s.short(subject.id)
        text = (f"The earliest episode my sources place {name} in is {record.episode.label}: {record.text} "
                f"They do not say whether {name} is seen before that.")
        part = self.s.part(record, text, spoils=subject.spoils)
        return self.s.answer(ask, [part], "which_episode", evidence=[record],
                             consumed=(*_EPISODE_WORDS, *_APPEARING), subjects=[subject])

    def _death_episode(self, ask: Ask, subjects: Sequence[Subject]) -> Answer | None:
        subject = subjects[0]
        deaths = self.fates.dies_in(subject.id)
        if not deaths:
            return self.fates.premise(ask, subject)
        stage = deaths[0]
        character = self.s.pack.characters[subject.id]
        text = f"{stage.start.heading}: {stage.text}"
        part = Part(text, max(stage.spoils, subject.spoils), stage.confidence,
                    self.s.knowledge.refs(stage.sources or character.sources),
                    phrase=None if stage.label else Phrase("episode", at=stage.start))
        return self.s.answer(ask, [part], "which_episode", evidence=self.s.profiles.evidence(subject),
                             consumed=_EPISODE_WORDS, subjects=subjects)

    def after(self, ask: Ask) -> Answer | None:
        """"what happens after the bombing": what follows it in its episode, then the next episode's
        summary, each hidden as far as its own episode."""
        match = _AFTER.match(ask.text)
        if match is None or ask.found.subjects or ask.a.season or ask.a.episode is not None:
            return None
        stems = ask.stems_without(("after", *_EPISODE_WORDS))
        ranked = self.match(ask, [], stems)
        if not ranked or ranked[0][1].episode is None:
            return None
        event = ranked[0][1]
        assert event.episode is not None
        same = [e for e in self.events if e.episode == event.episode and self.order[e.id] > self.order[event.id]]
        parts = [self.episode_part(e, ()) for e in same[:3]]
        used = [self.record[e.id] for e in same[:3]]
        nxt = next((p for p in sorted(self.s.pack.episodes) if p > event.episode), None)
        following = self.s.records.by_id.get(f"episode-{nxt}") if nxt is not None else None
        if following is not None and following.episode is not None:
            parts.append(self.s.part(following, f"{following.episode.heading}: {following.text}"))
            used.append(following)
        if not parts:
            return None
        return self.s.answer(ask, parts, "after", evidence=[self.record[event.id], *used],
                             consumed=("after", "happen", "what", *_EPISODE_WORDS))

    # -- who did it

    def who_did(self, ask: Ask) -> Answer | None:
        a = ask.a
        if a.qtype not in ("who", "what_is") or not _WHO_DID.search(ask.text) or _WHO_PLAYS.match(ask.text):
            return None  # "who plays the kid the archers carry" asks for an actor, never who did a deed
        if asks_betrayal(ask.text):
            return betrayal(self, ask)
        verbs = verbs_in(ask.text)
        which = WHICH_SEX.match(ask.text) or _WHICH_TEACHER.match(ask.text)  # "which girl did ent0 bite", "which teacher ..."
        if a.qtype == "what_is" and not which and not any(re.match(rf"what\s+(?:(?!(?:is|are|was|were|s)\b)\w+\s+)?{re.escape(v[3])}\b",
                                                     ask.text) for v in verbs):
            return None  # "what bit Hyeon-ju", not "what is a halfbie" nor "what is hambie"
        made = _WHO_MADE.match(ask.text)
        if made and not ask.characters() and not any(made.group(1) in v[3] for v in verbs):
            return None  # "who made the zombie virus": its maker is a fact the records hold, not an event
        if not verbs:
            return who_acted(self, ask)
        kinds, agents, patients, verb_text, _ = verbs[0]
        if _WATCHED.match(ask.text) and verb_text not in ask.text.split(None, 2)[1]:
            return None  # "who filmed the principal getting killed": not who killed him
        if _FIGHT.search(verb_text) and (fights := fights_of(self, ask, verb_text)) is not None:
            return fights
        if _BOTH_OPEN.match(ask.text):
            return both_sides(self, ask, verbs[0][4], agents, patients, verb_text)
        sex = (m.group("sex"), f"{m.group('sex')}s") if (m := which) is not None else ()
        subjects, stems = self.subjects_in(ask, ask.stems_without(("who", "what", "which", *sex, *verb_text.split())))
        asked = ask.text if m is None else f"who{ask.text[m.end():]}"  # "which girl did ent0 bite": whom ent0 bit
        agent_subject = ((bool(AGENT_SUBJECT.search(asked)) and not PASSIVE.search(asked)) or bool(BY_SUBJECT.search(asked)))
        subject_roles = agents if agent_subject else patients
        ranked = self.match(ask, subjects, stems, subject_roles=subject_roles if subjects else frozenset())
        told = stems_of(verb_text)  # "who got stabbed": of the deeds tied first, one told with that very verb first
        ranked.sort(key=lambda r: (-r[0], not told & self.record[r[1].id].stems))
        if agent_subject and subjects and _KILLING.match(verb_text):
            if (unproven := unproven_killing(self, ask, subjects[0], [e for _, e in ranked])) is not None:
                return unproven  # "who did cheongsan kill": a wound its victim lives on after is no killing
            ranked = [r for r in ranked if _KILLING.search(r[1].text) or r[1].kind == "turn"
                      or set(r[1].roles_of(subjects[0].id)) - {"biter"}]
        elif agent_subject and _KILLING.match(verb_text):  # "who did the zombies kill": never Jin-su thrown off a roof
            before = ranked
            animal = {p.character for e in self.events if e.kind == "bite" and _BY_ANIMAL.search(e.text)
                      for p in e.participants if p.role == "victim"}
            ranked = [r for r in ranked if (r[1].kind != "attack" or _BY_ZOMBIE.search(r[1].text)
                      or any(p.role in agents for p in r[1].participants))
                      and not any(p.role == "killer" or (p.role == "victim" and p.character in animal)
                                  for p in r[1].participants)]  # a named killer's deed, or the lab animal's
            if not ranked and before:
                return dont_know(ask.raw)  # "who did the principal kill": only his own death is told
        if not ranked and not subjects:
            described = self.s.describe(ask, stems)
            if isinstance(described, Subject):
                subjects = [described]
                stems = [s for s in stems if s not in described.consumed]
                ranked = self.match(ask, subjects, stems, subject_roles=subject_roles)
        if not ranked and len(subjects) == 1 and (one := ONE_WHO.match(ask.text)) is not None and (
                subjects[0].via == "description" or one.group("named")):
            return None  # "who's the commander who ordered the bombing": the one described is the one asked for
        if not ranked and len(subjects) == 1 and _ALMOST.search(ask.text):
            # "who almost bit onjo": what nearly happened to them is told, never "no one: she is never bitten"
            near = [e for e in self._of.get(subjects[0].id, []) if _ALMOST.search(e.text)
                    and self.record[e.id].stems & stems_of(verb_text) and subjects[0].id in
                    {p.character for p in e.participants if p.role in (patients if not agent_subject else agents)}]
            if near:
                return self.told(ask, near[:1], agents if not agent_subject else patients, subjects,
                                 ("who", "what", "almost", "nearly", *verb_text.split()))
        if not ranked and len(subjects) == 1 and not agent_subject:
            # "who bit Su-hyeok": no one does; "who bit Ms. Park": no one named, and what befalls her
            return self._never(ask, subjects[0]) or self._nameless(ask, subjects[0], verb_text)
        if not ranked:
            return None
        if _SHIELDING.search(verb_text):  # "who did cheongsan protect": a scene told as a shielding, never his own bite
            ranked = [r for r in ranked if _SHIELDING.search(r[1].text)
                      or any(p.role in ("protector", "protected") for p in r[1].participants)]
            if not ranked:
                return dont_know(ask.raw)
        wanted = patients if agent_subject else agents
        if not subjects and re.search(r"\b(?:die|dies|died|dying|turns?|turned)\b", verb_text):
            wanted = frozenset({"victim"})  # "who dies first": the one it happens to
            if not any(p.role == "victim" for _, e in ranked[:1] for p in e.participants):
                return None  # "who dies in the music room": its scene names no one who dies, so no answer
        elif not subjects and not agent_subject and PASSIVE_ASKED.search(asked):  # "which teacher got bitten at ..."
            wanted = patients
        # "who makes it out of the gym": who gets out themselves, never the one who leads them out and stays (So-ju)
        escape = not subjects and verbs[0][4] == "escape"
        wanted = frozenset({"present"}) if escape else wanted
        ids = {s.id for s in subjects}
        chosen = [e for _, e in ranked if any(p.role in wanted and p.character not in ids for p in e.participants)
                  or (agent_subject and e.kind == "death" and not wanted & {p.role for p in e.participants}  # unnamed
                      and any(p.role in agents for p in e.participants if p.character in ids))]  # victim (principal)
        if agent_subject:
            chosen = chosen or [e for _, e in ranked]
            if ask.a.episode is not None and (there := [e for e in chosen if e.episode == ask.a.episode]):
                chosen = there  # "who did gwinam bite in ep 6": that episode's, never his bites of later ones
            events = chosen[:6] if len(chosen) > 1 and ranked[0][1].kind in kinds else chosen[:1]
        else:  # "who rescued the kids": an event about as near that names who did it, before one that names no one
            near = [e for score, e in ranked if score >= ranked[0][0] * 0.8]
            events = [ranked[0][1] if escape else next((e for e in near if e in chosen), ranked[0][1])]
            if escape and events[0].place:  # and who does not get out of there (the breakout's deaths)
                events += [e for e in self.events if e.kind in _LEFT and (e.place, e.episode) == (events[0].place,
                                                                                                 events[0].episode)][:3]
        if sex and not any(p.role in wanted and p.character not in ids for e in events for p in e.participants):
            return dont_know(ask.raw)  # "which girl bit gwinam": the horde did, no one the sources name
        if m is not None and m.group("sex") == "teacher" and not (events := [e for e in events if any(
                teacher(self.s.pack.characters[p.character]) for p in e.participants if p.role in wanted)]):
            return dont_know(ask.raw)  # "which teacher saved onjo": her father, no teacher
        alive = ("survive",) if "escape" in kinds else ()  # "out of the gym alive" (see `match`)
        return self.told(ask, events, wanted, subjects, ("who", "what", "which", *sex, *alive, *verb_text.split()))

    def told(self, ask: Ask, events: Sequence[StoryEvent], wanted: frozenset[str], subjects: Sequence[Subject],
              consumed: Sequence[str]) -> Answer:
        ids = {s.id for s in subjects}
        parts: list[Part] = []
        used: list[Record] = []
        for event in events:
            doers = [self.s.pack.characters[c] for c in dict.fromkeys(
                p.character for p in event.participants if p.role in wanted and p.character not in ids)]
            lead = " and ".join(c.name for c in doers)
            text = event.text
            if lead:
                text = f"{lead}. {text}"
            where = f" ({event.episode.label})" if event.episode else ""
            # said in the asker's language where deed_phrases has the text; two doers' Hangul is not joined
            deed = Phrase("deed", name=lead, hangul=(doers[0].hangul or "") if len(doers) == 1 else "",
                          said=event.text, at=event.episode)
            parts.append(self.s.part(self.record[event.id], text.rstrip(".") + where + ".", phrase=deed,
                                     spoils=max([s.spoils for s in subjects], default=self.record[event.id].spoils)))
            used.append(self.record[event.id])
        return self.s.answer(ask, parts, "who_did", evidence=used, consumed=consumed, subjects=subjects)

    # -- where

    def where(self, ask: Ask) -> Answer | None:
        return event_place(self, ask)
