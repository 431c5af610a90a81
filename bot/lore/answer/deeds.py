"""Whether one character did something to another: "did Nam-ra bite Cheong-san", "was it Gyeong-su
who killed Woo-jin", "when did Cheong-san get bitten by Nam-ra".

The question names two characters and a verb of the event index (bite, kill, infect, save, ...);
which one acts is read from the words ("by Nam-ra" is the one who acts, otherwise the first named).
An event where they play those parts answers it ("Yes.", or its episode); when the index has the
second one on the receiving end of that kind of event from someone else, the premise is wrong and
the answer says so with what does happen ("No. At a construction site Gwi-nam bites Cheong-san").
Each answer spoils what its event spoils. Verbs of two equal parts (a kiss) and of no one acting
(a bombing) are left to the event answers.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.betrayals import asks_betrayal, betrayal_asked
from bot.lore.answer.records import Record
from bot.lore.answer.relation_words import REL_WORDS
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Subject
from bot.lore.answer.verbs import verbs_in
from bot.lore.answer.wording import hedged_verdict
from bot.lore.answer.words import stem
from bot.lore.content import StoryEvent

_SLOTS = compile_later(r"\bent\d+\b")
_BY = compile_later(r"\bby\s+(ent\d+)\b")
_SYMMETRIC = frozenset({"partner", "present"})
_ASKED = ("yes_no", "when", "which_episode", "why")
# "why did Gwi-nam want to kill Cheong-san": a deed wanted or tried, not said to be done; no verdict on it.
_INTENT = compile_later(r"\b(?:want|wants|wanted|wanna|try|tries|tried|trying|plan|plans|planned|planning|going to|gonna)"
                     r"(?: to)?\s+(?:\w+\s+)?(?:kill|bite|infect|attack|save|rescue|hurt)")
_ATTACKER = frozenset({"attacker", "biter", "killer"})
_VICTIM = frozenset({"victim"})
_DYING = frozenset({"death", "sacrifice", "turn"})
# What happens to someone once (dying, being bitten, infected, turned): another's doing it answers
# "did X do it" with "No."; being saved, protected or attacked by one does not rule out another.
_ONCE = frozenset({"death", "bite", "infection", "turn", "halfbie"})
# "saved the kids", "killed everyone": the group as the one it is done to, and a text naming it.
_GROUP = compile_later(r"^\s*(?:the (?:kids|students|class|group|others|survivors|children|friends)|them(?: all)?|everyone|"
                    r"everybody)\b")
# Saving and shielding: no event of it between the two is no "No." (another may have saved them
# too), but nothing of the kind between them is not a different rescue of either to show.
_HELPING = compile_later(r"(?:save|rescue|protect|shield|defend|gets? |got |help)")
HELPED = frozenset({"rescued", "protected"})
_HELPED_KINDS = frozenset({"rescue", "sacrifice", "bite", "fight"})
_SAVES = {"save": "saves", "saved": "saves", "saves": "saves", "saving": "saves", "rescue": "rescues",
          "rescued": "rescues", "rescues": "rescues", "protect": "protects", "protected": "protects",
          "protects": "protects", "shield": "shields", "shielded": "shields", "defend": "defends",
          "defended": "defends"}
_JOINT = compile_later(r"\bent\d+ (?:and|n|&|or) ent\d+ (?:both |all |each )?(?:die|dies|died|dying|dead|turn|turns|turned|"
                    r"survive|survives|survived|get bitten|got bitten|get infected|got infected)\b")
# "did Gwi-nam and Cheong-san die together", "did Cheong-san die with Gwi-nam": one end the two share, no deed of
# one to the other (never a "No." because neither kills the other)
_DYING_WORDS = r"(?:die|dies|died|dying|dead|perish|perished|burn|burned|burnt|go down|went down)"
_SHARED_END = compile_later(
    rf"\bent\d+ (?:and|n|&) ent\d+ (?:both |each )?{_DYING_WORDS} (?:together|at the same time|at once|with each other)\b"
    rf"|\bent\d+ (?:both |also )?{_DYING_WORDS} (?:together |at the same time |alongside )?(?:with|alongside) ent\d+\b")
_SHARED_WORDS = ("together", "same", "time", "once", "with", "each", "other", "both", "alongside", "also")
# "why did the principal kill Gwi-nam": someone unnamed doing it (not a slot, not a group).
_UNNAMED_DOER = compile_later(r"\b(?:the|a|an) (?!kids\b|students\b|class\b|group\b|others\b|zombies?\b)([a-z]{3,}) "
                           r"(?:(?:really|actually|even) )?(\w+)")
# "his mom", "her dad": a relative of the one named; "the science teacher": someone fans describe
_THEIR_KIN = compile_later(r"\b(?:his|her|their) (dad|father|mom|mother|mum|son|daughter|brother|sister)\b")
_THE_SOMEONE = compile_later(r"\bthe ([a-z]{3,}(?: [a-z]{3,})?)")
# "did Nam-ra bite anyone": no one in particular, after the verb
_ANYONE = compile_later(r"^\s*(?:anyone|anybody|any ?one|someone|somebody|any (?:people|person|students?|humans?|of them)|"
                     r"other people|others)(?: else)?\b")
# "does mijin die, anyone?": a verb done to no one asks the channel, not whom they did it to
_DONE_TO_NO_ONE = compile_later(r"(?:die|dies|died|dying|dead|death|pass|turn|zombified|become|became|is|was|escap|flee|fled|"
                             r"run|ran|leav|left|break|get|got|make|made)")
_GROUP_SAID = compile_later(r"\b(?:students|kids|class|group|survivors|children|friends|everyone)\b", re.I)


class DeedChecks:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._events = list(shared.pack.events.values())

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        if (a.qtype == "yes_no" or (a.qtype == "statement" and a.raw.rstrip().endswith("?"))) and asks_betrayal(ask.text):
            return betrayal_asked(self.s, ask, self._placed(ask))  # "did namra betray suhyeok", "¿namra traicionó a suhyeok?"
        if a.qtype not in _ASKED or a.season or a.episode is not None or a.negative or not 0 < len(ask.found.subjects) < 3:
            return None
        verbs = verbs_in(ask.text)
        if not verbs or (a.qtype == "why" and _INTENT.search(ask.text)):
            return None
        kinds, agents, patients, verb_text, primary = verbs[0]
        if a.qtype == "yes_no" and _SHARED_END.search(ask.text) and (shared := self._shared_end(ask, verb_text)):
            return shared
        if _JOINT.search(ask.text):
            return None  # "did Cheong-san and Gwi-nam both die": what befalls each, no deed of one to the other
        if agents & _SYMMETRIC or patients & _SYMMETRIC:
            return self._between(ask, kinds, verb_text) if a.qtype == "yes_no" else None
        placed = self._placed(ask)
        if len(placed) == 1 and (a.qtype == "why" or (a.qtype == "yes_no" and _THEIR_KIN.search(ask.text))) \
                and (other := self._other_party(ask, placed[0])) is not None:
            placed = sorted([*placed, other], key=lambda pair: pair[0])  # "why did onjo kill her dad"
        if len(placed) == 1 and (unnamed := _UNNAMED_DOER.search(ask.text)) is not None \
                and unnamed.group(2) == verb_text and ask.text.find(verb_text) < placed[0][0]:
            found = self._by_unnamed(ask, unnamed.group(1), placed[0][1], kinds, agents, verb_text)
            if found is not None:
                return found
        if len(placed) == 1 and a.qtype == "yes_no":
            return (self._to_group(ask, placed[0][1], kinds, agents, verb_text)
                    or self._to_anyone(ask, placed[0][1], primary, agents, patients, verb_text)
                    or self._to_unnamed(ask, placed[0][1], kinds, agents, primary, verb_text))
        if len(placed) != 2:
            return None
        by = _BY.search(ask.text)
        by_at = ask.text.find(by.group(1)) if by is not None else -1
        (first_at, first), (_, second) = placed
        doer, done = (second, first) if by is not None and by_at != first_at else (first, second)
        if doer.id == done.id or (first.via == second.via == "relation" and (first.anchor, first.path) == (
                second.anchor, second.path)):
            return None  # "does onjo's best friend die": Cheong-san or I-sak, one phrase, never one doing it to the other
        # A rescue is told by its roles whatever the event's kind ("Cheong-san drags On-jo back to
        # the classroom" is a scene in which he is her rescuer).
        helping = bool(_HELPING.match(verb_text))
        fitting = [e for e in self._events if (e.kind in kinds or helping) and self._plays(e, doer.id, agents)
                   and self._plays(e, done.id, patients)]
        verdict = "Yes."
        if fitting and a.qtype != "yes_no" and primary == "death" and not any(e.kind == "death" for e in fitting):
            # "when did Cheong-san kill Gwi-nam": he attacks him, no source has him kill him
            return self._not_so(ask, doer, done, verb_text, fitting, dying=True)
        if fitting:
            if a.qtype != "yes_no":
                return None  # "when does Gwi-nam bite Nam-ra": the event answers give its episode
            event = min(fitting, key=lambda e: (e.earliest, e.id))
            if primary == "death" and not any(e.kind in ("death", "turn") for e in fitting):
                verdict = ""  # "did eun-ji kill cheol-su": an attack the sources tell, not a killing; told, not judged
        else:
            others = [e for e in self._events if e.kind in kinds and self._plays(e, done.id, patients)
                      and any(p.role in agents and p.character != doer.id for p in e.participants)
                      and ((primary in _ONCE and patients <= _VICTIM)
                           or e.involves(doer.id))]
            if not others and primary == "death":
                # "was it Na-yeon who killed Ms. Park": she gives her life for Na-yeon; no killer of hers
                others = [e for e in self._events if e.kind in _DYING and self._plays(e, done.id, _VICTIM)
                          and not self._plays(e, doer.id, agents)]
            near = [e for e in self._events if self._plays(e, doer.id, _ATTACKER) and self._plays(e, done.id, _VICTIM)]
            if others:
                event, verdict = min(others, key=lambda e: (e.earliest, e.id)), "No."
            elif near and a.qtype == "yes_no" and _HELPING.match(verb_text):
                # "did Gwi-nam save Nam-ra": no save of his, and what the sources have is him biting her
                return self._unsaid(ask, doer, done, verb_text, instead=near)
            elif near and a.qtype == "yes_no":
                # "did Gyeong-su bite Cheong-san's mom": the sources say he mauls her; told, not judged
                event, verdict = min(near, key=lambda e: (e.earliest, e.id)), ""
            elif primary == "death" and a.qtype == "yes_no":
                return self._lives(ask, doer, done, verb_text)  # "did On-jo kill Nam-ra": Nam-ra lives
            elif _HELPING.match(verb_text) and a.qtype == "yes_no":
                return self._unsaid(ask, doer, done, verb_text)  # "did Su-hyeok save Nam-ra"
            elif a.qtype != "yes_no" and primary in _ONCE:
                # what befalls them with no one named doing it ("I-sak hides a bite") is what they say
                befalls = [e for e in self._events if e.kind in kinds and self._plays(e, done.id, patients)]
                return self._not_so(ask, doer, done, verb_text, [*near, *befalls], dying=primary == "death")
            elif a.qtype == "yes_no" and primary in _ONCE and primary != "death" and not any(
                    e.kind in kinds and self._plays(e, done.id, patients) for e in self._events):
                # "did Gwi-nam bite On-jo": it is never done to her, and she lives; a No behind her fate
                return self._never(ask, doer, done, verb_text)
            elif primary == "sacrifice" and a.qtype == "yes_no":
                return self._own_end(ask, doer, done, verb_text)  # "did cheongsan sacrifice himself for onjo"
            else:
                return None  # nothing says it happens to them at all: not this kind's to deny
        return self._said(ask, event, verdict, doer, [doer, done], verb_text)

    def _shared_end(self, ask: Ask, verb_text: str) -> Answer | None:
        """"did Gwi-nam and Cheong-san die together": the end the sources give the two at once, told as they tell it
        (no "Yes.": how sure a death is, the event says), hidden to its episode; None when they share none."""
        placed = self._placed(ask)
        if len(placed) != 2 or placed[0][1].id == placed[1][1].id:
            return None
        (_, first), (_, second) = placed
        shared = [e for e in self._events if e.kind in _DYING
                  and self._plays(e, first.id, _VICTIM) and self._plays(e, second.id, _VICTIM)]
        if not shared:
            return None
        event = min(shared, key=lambda e: (e.earliest, e.id))
        return self._said(ask, event, "", first, [first, second], verb_text, more=_SHARED_WORDS)

    def _by_unnamed(self, ask: Ask, noun: str, done: Subject, kinds: frozenset[str], agents: frozenset[str],
                    verb_text: str) -> Answer | None:
        """"why did the principal kill Gwi-nam": someone the pack has no character for, said to do
        it to a character. When the sources have it the other way round (Gwi-nam kills the
        principal), or the one named with them otherwise (the teacher gives her life for Na-yeon),
        the premise is not what they say: said so, with what they do say."""
        word = re.compile(rf"\b{re.escape(noun)}s?\b", re.I)
        mine = [e for e in self._events if e.involves(done.id) and word.search(e.text)]
        reverse = [e for e in mine if e.kind in kinds and self._plays(e, done.id, agents)]
        if any(not self._plays(e, done.id, agents) and e.kind in kinds and self._plays(e, done.id, _VICTIM)
               for e in mine):
            return None  # the sources may well have it so: the event answers tell it
        if not mine:
            return None
        joint = "It is the other way round:" if reverse else "What they do say:"
        lead = f"No: that's not what my sources say. They don't say that the {noun} {_third(verb_text)} " \
               f"{self.s.short(done.id)}."
        parts: list[Part] = [Part(lead if reverse else f"{lead} {joint}", echoes=True)]
        evidence: list[Record] = []
        for event in sorted(reverse or mine, key=lambda e: (e.earliest, e.id))[:2]:
            record = self.s.records.by_id[event.id]
            heading = f"{event.episode.heading}: " if event.episode is not None else ""
            # "the other way round" tells what happens: hidden with the event it tells
            said = f"{joint} {heading}{event.text}" if reverse and not evidence else f"{heading}{event.text}"
            parts.append(self.s.part(record, said, spoils=done.spoils))
            evidence.append(record)
        consumed = ("it", "who", "that", "why", "when", "which", "episode", noun, *verb_text.split())
        return self.s.answer(ask, parts, "deed.premise", evidence=evidence, consumed=consumed, subjects=[done])

    def _unsaid(self, ask: Ask, doer: Subject, done: Subject, verb_text: str,
                instead: Sequence[StoryEvent] = ()) -> Answer:
        """No source has the one save (or shield) the other: said so, never another rescue of
        theirs; and when the sources have it the other way round, or have the one attack the
        other (`instead`), that is what they say."""
        reverse = [e for e in self._events if e.kind in _HELPED_KINDS and self._plays(e, doer.id, HELPED)
                   and any(p.character == done.id and p.role not in HELPED for p in e.participants)]
        joint = "It is the other way round:"
        if instead:
            reverse, joint = list(instead), "What they say is this:"
        saves = _SAVES.get(verb_text.split()[0], "saves")
        lead = f"My sources don't say that {self.s.short(doer.id)} {saves} {self.s.short(done.id)}."
        if not reverse:
            # what the sources say of the two is that they don't have it, as "whether they end up
            # together" is said (relations.py): an answer, spoiling nothing
            return self.s.answer(ask, [Part(lead, echoes=True)], "deed", evidence=[], consumed=("it", "who", "that",
                                 *verb_text.split()), subjects=[doer, done])
        event = min(reverse, key=lambda e: (e.earliest, e.id))
        answer = self._said(ask, event, "", doer, [doer, done], verb_text)
        first = answer.parts[0]
        said = dataclasses.replace(first, text=f"{lead} {joint} {first.text}")
        return dataclasses.replace(answer, parts=[said])

    def _between(self, ask: Ask, kinds: frozenset[str], verb_text: str) -> Answer | None:
        """"did Cheong-san and Nam-ra kiss": a deed of two equal parts no event has the two share is not said
        by the sources (never one of theirs with someone else read as it); what they have of each of the two
        follows, each hidden to its episode. One they share is left to the event answers (Yes.)."""
        placed = self._placed(ask)
        if len(placed) != 2 or placed[0][1].id == placed[1][1].id:
            return None
        one, other = placed[0][1], placed[1][1]

        def has(event: StoryEvent, subject: Subject) -> bool:
            return event.involves(subject.id)

        of_kind = [e for e in self._events if e.kind in kinds]
        if any(has(e, one) and has(e, other) for e in of_kind):
            return None
        verb = verb_text.split()[0] if verb_text.split() else "do that"
        verb = verb[:-2] if verb.endswith(("sed", "ssed", "shed")) else verb[:-2] if verb.endswith("es") else verb
        lead = f"My sources don't say that {self.s.short(one.id)} and {self.s.short(other.id)} {verb}."
        theirs = sorted((e for e in of_kind if has(e, one) or has(e, other)), key=lambda e: (e.earliest, e.id))[:2]
        parts = [Part(f"{lead} What they do say:" if theirs else lead, echoes=True)]
        evidence: list[Record] = []
        for event in theirs:
            record = self.s.records.by_id[event.id]
            heading = f"{event.episode.heading}: " if event.episode is not None else ""
            parts.append(self.s.part(record, f"{heading}{event.text}", spoils=max(one.spoils, other.spoils)))
            evidence.append(record)
        consumed = ("it", "who", "that", "ever", "each", "other", *verb_text.split())
        return self.s.answer(ask, parts, "deed", evidence=evidence, consumed=consumed, subjects=[one, other])

    def _not_so(self, ask: Ask, doer: Subject, done: Subject, verb_text: str, near: Sequence[StoryEvent],
                *, dying: bool) -> Answer | None:
        """"why did Nam-ra kill On-jo", "when did Cheong-san kill Gwi-nam": no source has it, said
        first; then what the sources do have of the two (each part hidden to its episode), and for a
        killing, how the one asked about ends the season."""
        parts: list[Part] = []
        evidence = []
        for event in sorted(near, key=lambda e: (e.earliest, e.id))[:2]:
            record = self.s.records.by_id[event.id]
            heading = f"{event.episode.heading}: " if event.episode is not None else ""
            parts.append(self.s.part(record, f"{heading}{event.text}", spoils=max(doer.spoils, done.spoils)))
            evidence.append(record)
        character = self.s.pack.characters.get(done.id)
        fate = character.fate if character is not None else None
        if character is not None and fate is not None and (dying or (not near and fate.status == "alive")):
            where = f" ({fate.episode.label})" if fate.episode is not None else ""
            parts.append(Part(f"{character.short_name or character.name}: {fate.text}{where}",
                              max(fate.spoils, doer.spoils, done.spoils), fate.confidence,
                              self.s.knowledge.refs(fate.sources or character.sources)))
        if not parts:
            return None
        lead = (f"My sources don't say that {self.s.short(doer.id)} {_third(verb_text)} {self.s.short(done.id)}. "
                "What they do say:")
        if not near and not dying and fate is not None and fate.status == "alive":
            # "why did cheongsan bite onjo": no one ever does it to her, and she lives; a plain no
            lead = (f"No: {self.s.short(doer.id)} never {_third(verb_text)} {self.s.short(done.id)}, and in my sources "
                    "no one does. What they do say:")
        consumed = ("it", "who", "that", "why", "when", "which", "episode", *verb_text.split())
        return self.s.answer(ask, [Part(lead, echoes=True), *parts], "deed", evidence=[*evidence, *self.s.profiles.evidence(done)],
                             consumed=consumed, subjects=[doer, done])

    def _never(self, ask: Ask, doer: Subject, done: Subject, verb_text: str) -> Answer | None:
        """No one ever does it to them (a bite, an infection) and they end the season alive: No., hidden
        as their fate is (that nothing befalls them all season is the season's end)."""
        character = self.s.pack.characters.get(done.id)
        fate = character.fate if character is not None else None
        if character is None or fate is None or fate.status != "alive":
            return None
        spoils = max(fate.spoils, doer.spoils, done.spoils)
        lead = (f"{hedged_verdict('No.', fate.confidence)} {self.s.short(doer.id)} never {_third(verb_text)} "
                f"{self.s.short(done.id)}, and in my sources no one does: {fate.text}")
        part = Part(lead, spoils, fate.confidence, self.s.knowledge.refs(fate.sources or character.sources), hedged=True)
        consumed = ("it", "who", "that", "ever", *verb_text.split())
        return self.s.answer(ask, [part], "deed", evidence=self.s.profiles.evidence(done), consumed=consumed,
                             subjects=[doer, done])

    def _own_end(self, ask: Ask, doer: Subject, done: Subject, verb_text: str) -> Answer | None:
        """A sacrifice for another the index does not have as one: how the one asked of meets their end when it tells
        of the other (Cheong-san kisses On-jo goodbye and draws the horde away), with no verdict and with its doubt;
        never "not confirmed" read off the record that doubts his body was found."""
        character = self.s.pack.characters.get(doer.id)
        fate = character.fate if character is not None else None
        if character is None or fate is None or fate.status == "alive":
            return None
        spoils = max(fate.spoils, doer.spoils, done.spoils)
        part = Part(f"{character.name}: {fate.text}", spoils, fate.confidence,
                    self.s.knowledge.refs(fate.sources or character.sources))
        # "did cheongsan sacrifice himself for suhyeok": an end that does not tell of the other one is told as
        # his end, never read as for them (nor "not confirmed" off the doubt about his body)
        unsaid = [] if self.s.short(done.id) in fate.text else [
            Part(f"My sources don't say it was for {self.s.short(done.id)}. How {self.s.short(doer.id)}'s story ends:", spoils)]
        return self.s.answer(ask, [*unsaid, part], "deed", evidence=self.s.profiles.evidence(doer),
                             consumed=("it", "who", "that", "himself", "herself", "themselves", *verb_text.split()),
                             subjects=[doer, done])

    def _lives(self, ask: Ask, doer: Subject, done: Subject, verb_text: str) -> Answer | None:
        """No one kills them: the season ends with them alive (or a halfbie), as their fate says."""
        character = self.s.pack.characters.get(done.id)
        fate = character.fate if character is not None else None
        if character is None or fate is None or fate.status not in ("alive", "halfbie"):
            return None
        # a fate the fact sheet does not verify gives a hedged no ("Reportedly, no.")
        part = Part(f"{hedged_verdict('No.', fate.confidence)} {character.short_name or character.name} is not killed: "
                    f"{fate.text}", max(fate.spoils, doer.spoils, done.spoils), fate.confidence,
                    self.s.knowledge.refs(fate.sources or character.sources), hedged=True)
        consumed = ("it", "who", "that", *verb_text.split())
        return self.s.answer(ask, [part], "deed", evidence=self.s.profiles.evidence(done), consumed=consumed,
                             subjects=[doer, done])

    def _to_group(self, ask: Ask, doer: Subject, kinds: frozenset[str], agents: frozenset[str],
                  verb_text: str) -> Answer | None:
        """"was it So-ju who saved the kids": an event of the kind where they act on the group."""
        after = ask.text[ask.text.find(verb_text) + len(verb_text):]
        if _GROUP.search(after) is None:
            return None
        fitting = [e for e in self._events if e.kind in kinds and self._plays(e, doer.id, agents)
                   and _GROUP_SAID.search(e.text)]
        if not fitting:
            return None
        event = min(fitting, key=lambda e: (e.earliest, e.id))
        return self._said(ask, event, "Yes.", doer, [doer], verb_text, ("kid", "child", "student", "class", "group"))

    def _to_unnamed(self, ask: Ask, doer: Subject, kinds: frozenset[str], agents: frozenset[str], primary: str,
                    verb_text: str) -> Answer | None:
        """"did Cheong-san kill the principal": one the pack has no character for, named by the event that
        does it to them. Yes. when the one asked about does it there; No. when another does what is done
        once (a killing, a bite), whoever else the event names ("Gwi-nam kills the principal, and
        Cheong-san films it" is never his killing)."""
        after = ask.text[ask.text.find(verb_text) + len(verb_text):]
        noun = _THE_SOMEONE.match(after.lstrip())
        if noun is None or doer.kind != "character" or _GROUP.match(after.lstrip()):
            return None
        word = re.compile(rf"\b(?:the|a|an) (?:\w+ )?{re.escape(noun.group(1).split()[-1])}s?\b", re.I)
        fitting = sorted((e for e in self._events if e.kind in kinds and word.search(e.text)
                          and any(p.role in agents for p in e.participants)), key=lambda e: (e.earliest, e.id))
        if not fitting:
            return None
        own = [e for e in fitting if self._plays(e, doer.id, agents)]
        if own:
            return self._said(ask, own[0], "Yes.", doer, [doer], verb_text, tuple(noun.group(1).split()))
        if primary not in _ONCE:
            return None  # another saving them does not rule out this one's doing it too
        return self._said(ask, fitting[0], "No.", doer, [doer], verb_text, tuple(noun.group(1).split()))

    def _to_anyone(self, ask: Ask, doer: Subject, primary: str, agents: frozenset[str], patients: frozenset[str],
                   verb_text: str) -> Answer | None:
        """"did Nam-ra bite anyone", "has Cheong-san killed someone": the events of that kind where
        they do it to another (never one where it is done to them), or that the sources name none."""
        after = ask.text[ask.text.find(verb_text) + len(verb_text):]
        anyone = _ANYONE.match(after)
        if anyone is None or doer.kind != "character" or _DONE_TO_NO_ONE.match(verb_text):
            return None
        fitting = sorted((e for e in self._events if e.kind == primary and self._plays(e, doer.id, agents)
                          and not self._plays(e, doer.id, patients)), key=lambda e: (e.earliest, e.id))
        consumed = ("it", "who", "that", "ever", *verb_text.split(), *anyone.group(0).split())
        if not fitting:
            lead = f"My sources don't say that {self.s.short(doer.id)} {_third(verb_text)} anyone."
            return Answer(ask.raw, False, [Part(lead)], "unknown")
        parts = []
        for i, event in enumerate(fitting[:3]):
            record = self.s.records.by_id[event.id]
            where = f" ({event.episode.label})" if event.episode else ""
            text = f"{'Yes. ' if i == 0 else ''}{event.text.rstrip('.')}{where}."
            parts.append(Part(text, max(record.spoils, doer.spoils), record.confidence,
                              self.s.knowledge.refs(record.sources), hedged=i == 0))
        evidence = [self.s.records.by_id[e.id] for e in fitting[:3]]
        return self.s.answer(ask, parts, "deed", evidence=evidence, consumed=consumed, subjects=[doer])

    def _said(self, ask: Ask, event: StoryEvent, verdict: str, doer: Subject, subjects: list[Subject],
              verb_text: str, more: tuple[str, ...] = ()) -> Answer:
        record = self.s.records.by_id[event.id]
        where = f" ({event.episode.label})" if event.episode else ""
        if ask.a.qtype == "yes_no":
            text = f"{verdict} {event.text.rstrip('.')}{where}.".lstrip()
        else:
            # "why did Gwi-nam kill Ms. Park": a No to the premise; "when did ... by Nam-ra": not her
            denied = (f"No: {self.s.short(doer.id)} doesn't {_base(verb_text)} {self.s.short(subjects[-1].id)}."
                      if ask.a.qtype == "why" and len(subjects) > 1 else f"Not {self.s.short(doer.id)}.")
            text = f"{denied} {event.episode.heading}: {event.text}" if event.episode is not None else f"{denied} {event.text}"
        part = Part(text, max(record.spoils, *(s.spoils for s in subjects)), record.confidence,
                    self.s.knowledge.refs(record.sources), hedged=bool(verdict))
        consumed = ("get", "got", "be", "by", "it", "who", "that", "when", "which", "episode", *verb_text.split(), *more)
        return self.s.answer(ask, [part], "deed", evidence=[record], consumed=consumed, subjects=subjects)

    def _placed(self, ask: Ask) -> list[tuple[int, Subject]]:
        """The characters the question is about, each with where it names them (a relation at its
        anchor: "Cheong-san's mom" where "Cheong-san" is), in the order it names them."""
        slots = {w: ask.text.find(w) for w in dict.fromkeys(_SLOTS.findall(ask.text))}
        placed: list[tuple[int, Subject]] = []
        for subject in ask.found.subjects:
            at = -1
            for word, where in slots.items():
                slot = ask.a.slots.get(word)
                if slot is None or len(slot.candidates) != 1:
                    continue
                entity = slot.candidates[0]
                if entity.id == subject.id or (subject.via == "relation" and subject.anchor in (
                        entity.name, self.s.short(entity.id))):
                    at = where
                    break
            character = self._character(subject)
            if at < 0 or character is None:
                return []
            placed.append((at, character))
        return sorted(placed, key=lambda pair: pair[0])

    def _other_party(self, ask: Ask, named: tuple[int, Subject]) -> tuple[int, Subject] | None:
        """Whom a "why did X kill ..." names without a name: "his mom", "her dad" (X's relative, the
        one the sources give), or "the science teacher", "the detective" (as fans call them)."""
        if (kin := _THEIR_KIN.search(ask.text)) is not None:
            types, word = REL_WORDS[kin.group(1)]
            gender = {"father": "he", "son": "he", "brother": "he", "mother": "she", "daughter": "she",
                      "sister": "she"}.get(word, "")
            ids = {c.id for c in self.s.pack.characters.values() for r in c.relationships
                   if r.type in types and r.target == named[1].id
                   and (not gender or self.s.profiles.gender.get(c.id, "") in ("", gender))}
            if len(ids) == 1:
                cid = next(iter(ids))
                kin_words = frozenset(stem(w) for w in kin.group(0).split())
                return kin.start(), Subject("character", cid, self.s.pack.characters[cid].name, consumed=kin_words)
            return None
        for match in _THE_SOMEONE.finditer(ask.text):
            words = match.group(1).split()
            for said in (words, words[:1]) if len(words) > 1 else (words,):  # "the science teacher", "the detective"
                described = self.s.finder.describe([stem(w) for w in said], strict=True)
                if isinstance(described, Subject) and described.id != named[1].id and described.kind == "character":
                    return match.start(), described
        return None

    @staticmethod
    def _plays(event: StoryEvent, character: str, roles: frozenset[str]) -> bool:
        return event.involves(character, roles)

    def _character(self, subject: Subject) -> Subject | None:
        if subject.kind == "character":
            return subject
        roles = self.s.pack.characters_played_by(subject.id)
        return Subject("character", roles[0].id, roles[0].name) if len(roles) == 1 else None


_THIRD = {"bit": "bites", "bitten": "bites", "bite": "bites", "bites": "bites", "ate": "eats", "eaten": "eats",
          "fought": "fights", "hit": "hits", "shot": "shoots", "stabbed": "stabs", "threw": "throws",
          "thrown": "throws"}


def _third(verb_text: str) -> str:
    """The verb of `verb_text` as "she ...s" says it ("killed" -> "kills", "bit" -> "bites")."""
    verb = verb_text.split()[0] if verb_text.split() else "does that to"
    if verb in _THIRD:
        return _THIRD[verb]
    if verb.endswith("ed"):
        verb = verb[:-1] if verb.endswith(("ved", "sed")) else verb[:-2]
    return verb if verb.endswith("s") else f"{verb}s"


def _base(verb_text: str) -> str:
    """The verb of `verb_text` as "doesn't ..." says it ("killed" -> "kill", "pushed" -> "push")."""
    third = _third(verb_text)
    return third[:-2] if third.endswith(("shes", "ches", "sses", "xes")) else third[:-1]
