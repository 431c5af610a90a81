"""Why something happens, and whether on purpose: the record that states the reason ("because", "so
that", "hoping", "after"), among what the pack says of every character named (or of the one the
question describes), or anywhere when none is named; a record that says only that it happens is
said to give no reason, and a claim the reason rests on that the sources call wrong is said so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.retrieval import SCAFFOLD, RecordAnswers
from bot.lore.answer.subjects import Subject
from bot.lore.answer.wording import hedged_verdict
from bot.lore.answer.words import stem, stems_of

_REASON = compile_later(
    r"\b(?:because|so that|so the|so she|so he|so they|hoping|to (?:make|get|give|draw|look|save|protect|escape|"
    r"feel|find|rescue|lure|help|warn|stop|keep)|in order to|after|while|since|named after|based on|for a|for the)\b",
    re.I
)
# A reason that is a purpose ("hoping it would ...", "so that ..."), not a time ("after the outbreak").
_MOTIVE = compile_later(r"\b(?:because|so that|hoping|in order to|intend\w*|to (?:make|get|give|save|protect|escape))\b",
                     re.I)
# "did she infect him by accident": the other side of "on purpose".
_ACCIDENT = stem("accident")
# Done to them ("get bitten", "was killed"): they are the one it happens to.
# What a fate answers when asked why ("why is Nam-ra a halfbie": the bite that made her one); a fate
# is no reason for anything else they do ("why does the assemblywoman tear up her resignation").
# A record that says a claim is wrong ("Not everyone dies ...", "... claimed eight episodes; that was wrong"):
# asked why that claim holds ("why does everyone die", "why does s1 only have 8 eps"), it is the answer.
_CORRECTS = compile_later(r"\b(?:is|was) wrong\b|\bwrongly\b|^Not\b")
_ASKED_NEGATED = compile_later(r"\b(?:not|no|never|isn't|aren't|wasn't|doesn't|don't|didn't|nobody|none)\b|n't\b")
_FATE_ASKED = frozenset(stems_of("die dead kill turn zombie halfbie survive alive bite infect live"))
_DONE_TO = compile_later(r"\b(?:get|gets|got|gotten|was|were|is|be|been)\s+(?:bitten|bit|killed|infected|attacked|eaten)\b")


class ReasonAnswers:
    def __init__(self, shared: Shared, records: RecordAnswers) -> None:
        self.s = shared
        self._records = records  # the question's words, the pool of records a reason is looked for in

    def why(self, ask: Ask) -> Answer | None:
        """Why something happens: the record that says it with its reason, among what the pack says
        of the characters named (all of them), or anywhere when none is named."""
        if ask.a.qtype != "why":
            return None
        stems = self._records.stems(ask)
        if not stems:
            return None
        best, characters = self._why_record(ask, stems, passive=bool(_DONE_TO.search(ask.text)))
        if best is None:
            return None
        record = best[1]
        part = self.s.part(record, spoils=self.s.subject_spoils(characters))
        claim = self.s.pack.claims.get(record.id)
        if claim is not None and claim.standing == "refuted" and claim.refuted_by in self.s.records.by_id:
            # "why did the virus come from japan": the claim it rests on is wrong; what settles it, never "don't say why"
            settling = self.s.records.by_id[claim.refuted_by or ""]
            return self.s.answer(ask, [Part("That rests on a claim my sources say is wrong:"), part, self.s.part(settling)],
                                 "why.refuted", evidence=[record, settling], consumed=SCAFFOLD["why"], subjects=characters)
        if not _REASON.search(record.text) and (record.kind != "fate" or not _FATE_ASKED & set(stems)):
            # "why was Hyosan bombed": the record says that it happens, not why; say so, not the
            # event as if it were the reason.
            corrects = _CORRECTS.search(record.text) is not None and not _ASKED_NEGATED.search(ask.text)
            lead = "That may rest on a mistaken claim. What my sources say:" if corrects else \
                "My sources don't say why. What they do say:"
            found = self.s.answer(ask, [Part(lead), part], "why.unknown",
                                  evidence=[record], consumed=SCAFFOLD["why"], subjects=characters)
            if corrects:
                return found
            return Answer(found.question, False, found.parts, found.intent, found.entities, found.evidence,
                          found.consumed)
        return self.s.answer(ask, [part], "why", evidence=[record], consumed=SCAFFOLD["why"], subjects=characters)

    def purpose(self, ask: Ask) -> Answer | None:
        """"did the teacher make the virus on purpose": Yes, with the record that gives the reason
        (a reason is a purpose), or one that says it was deliberate; otherwise not this kind's."""
        accident = _ACCIDENT in ask.a.stems
        if not ask.a.yes_no or ("purpose" not in ask.a.stems and not accident):
            return None
        stems = [s for s in self._records.stems(ask) if s not in ("purpose", _ACCIDENT)]
        if not stems:
            return None
        best, characters = self._why_record(ask, [*stems, "purpose"])  # one that says it was deliberate
        if best is None or "purpose" not in best[1].stems:
            best, characters = self._why_record(ask, stems)  # or one that gives a purpose
            if best is None or not _MOTIVE.search(best[1].text):
                return None
        record = best[1]
        part = self.s.part(record, spoils=self.s.subject_spoils(characters))
        verdict = hedged_verdict("No." if accident else "Yes.", record.confidence)
        part = Part(f"{verdict} {part.text}", part.spoils, part.confidence, part.sources, hedged=True)
        return self.s.answer(ask, [part], "why.purpose", evidence=[record],
                             consumed=(*SCAFFOLD["yes_no"], "purpose", _ACCIDENT), subjects=characters)

    def _why_record(self, ask: Ask, stems: Sequence[str], *, passive: bool = False
                    ) -> tuple[tuple[float, Record] | None, list[Subject]]:
        """The record that says why, and whom it is about. `passive`: it is done to them ("why did
        Nam-ra get bitten"), so never what they do to another (a relationship of theirs)."""
        characters = [s for s in ask.found.subjects if s.kind == "character"]
        best = self.reason_for(stems, characters, passive=passive)
        if not ask.found.subjects and (best is None or not _REASON.search(best[1].text)):
            # "why did the science teacher make the virus": among what is said of the one character
            # the words describe (fans' own words for them), the record that gives the reason
            described = self.s.describe(ask, stems, strict=True)
            if isinstance(described, Subject):
                theirs = self.reason_for([s for s in stems if s not in described.consumed], [described])
                if theirs is not None and _REASON.search(theirs[1].text):
                    best, characters = theirs, [described]
        return best, characters

    def reason_for(self, stems: Sequence[str], characters: Sequence[Subject], *,
                   passive: bool = False) -> tuple[float, Record] | None:
        """The record that best states why, among what is said of all `characters` (or anywhere)."""
        pool: Sequence[Record] = self._records.general
        if characters:
            pools = [{r.id: r for r in self.s.profiles.evidence(s)} for s in characters]
            common = set(pools[0]).intersection(*pools[1:])
            pool = [pools[0][rid] for rid in common]
        best: tuple[float, Record] | None = None
        for score, record in self.s.records.ranked(stems, pool)[:30]:
            if not self.s.records.covers(stems, record.stems) or record.says_only_who:
                continue
            if passive and record.kind == "relation":
                continue  # "why did Nam-ra get bitten": not whom she kills after a bite
            if (len(characters) == 1 or (characters and not passive)) and self._someone_else_acts(record, characters[0]):
                # "why did On-jo go back": not what So-ju does ("So-ju swims back ..."); "why did
                # On-jo stay with Cheong-san": not his staying behind
                continue
            if _REASON.search(record.text):
                score *= 1.3
            if record.kind == "fate":
                score *= 1.1
            if best is None or score > best[0]:
                best = (score, record)
        return best

    def _someone_else_acts(self, record: Record, subject: Subject) -> bool:
        """Whether `record` opens with another character doing something (its first name is not
        `subject`'s): what it says is that one's doing. A character's own story opens with "She"."""
        if record.kind in ("fate", "summary", "description") and subject.id in record.subjects:
            return False  # (a story of theirs opens with their own name when it is their doing)
        first = self.s.opener(record)
        return bool(first) and first != subject.id
