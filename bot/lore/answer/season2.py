"""Season-2 questions: renewal, filming, wrap, release, cancellation, trailer, cast, plot and status.

A question is about season 2 when it says so ("season 2", "s2", "sequel", "renewed", ...) or asks
about filming, production or a release date in a given year without naming season 1. When the
current status knows more than the pack (season2_status.py), status, release, filming and
cancellation questions are answered from it first; then a yes/no question about a dated claim is
checked (corrections.py); then the pack's season-2 claims answer by topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lore.answer.claims import Claims, milestone_of
from bot.lore.answer.corrections import CorrectionAnswers
from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import SEASON_2, YEAR, YES_NO, Question
from bot.lore.answer.result import Answer, Part, SourceRef, dont_know
from bot.lore.answer.season2_status import StatusAnswers
from bot.lore.answer.wording import date_text
from bot.lore.content import Character
from bot.lore.names import Entity
from bot.season2.model import Status
from bot.show import NOTHING

_SEASON_1 = re.compile(r"\b(?:season\s*(?:1|one)\b|s1\b|first\s+season)")
_PRODUCTION = re.compile(r"\b(?:filming|production|release date|wrap(?:ped)?)\b")
_CANCEL = re.compile(r"\bcancel\w*\b")
_CLAIM_TOPICS = re.compile(r"\btrailers?\b|\bteasers?\b|\bbudget\b|\bplot\b|\bstory\b|\babout\b|\bzombies?\b|\bseoul\b|\bslate\b")
_PLOT = re.compile(r"\babout\b|\bplot\b|\bstory\b")
_CAST = re.compile(
    r"\bcast\b|\breturn\w*\b|\bjoin\w*\b|\bwho(?:'s| is| are)\s+in\b|\bactors?\b|\bnew characters?\b|\bback\b|\bin season\b"
)
_WRAP = re.compile(r"\bwrap\w*\b|\bfinish\w*\b|\bdone\b|\bcomplete\w*\b")
_FILMING = re.compile(r"\bfilm\w*\b|\bshoot\w*\b|\bproduction\b|\bproduc\w*\b|\bstart\w*\b|\bbegin\b|\bbegan\b")
_RENEWAL = re.compile(
    r"\brenew\w*\b|\bconfirm\w*\b|\bannounc\w*\b|\bgreen\s*lit\b|\bofficial\b|\bhappening\b|\bwill there be\b"
    r"|\bis there\b|\bgetting\b"
)
_RELEASE = re.compile(
    r"\brelease\w*\b|\bcome out\b|\bcoming out\b|\bcomes out\b|\bwhen\b|\bdate\b|\bpremiere\w*\b|\bair\w*\b"
    r"|\bdrop\w*\b|\bstream\w*\b|\bout yet\b"
)
_EPISODES = re.compile(r"\bepisodes?\b|\bhow many\b")
# With a newer status: topics only the pack's claims know about; release words, but "when" only
# when it is not about filming, production, renewal or an announcement.
_PACK_TOPICS = re.compile(r"\bbudget\b|\bplot\b|\bstory\b|\babout\b|\bzombies?\b|\bseoul\b|\bslate\b|\bepisodes?\b|\bhow many\b")
_TRAILER = re.compile(r"\btrailers?\b|\bteasers?\b")
_RELEASE_NOW = re.compile(
    r"\brelease\w*\b|\bcome out\b|\bcoming out\b|\bcomes out\b|\bdate\b|\bpremiere\w*\b|\bair\w*\b|\bdrop\w*\b"
    r"|\bstream\w*\b|\bout yet\b|\bwhen\b(?!.*\b(?:film|shoot|production|renew|announc))"
)
_IS_ARE = re.compile(r"^(?:is|are)\b")
_STATUS = re.compile(r"\bstatus\b|\bnews\b|\bupdates?\b|\bstand\w*\b|\bprogress\b|\blatest\b|\bwhere\b")

_FILMING_STAGES = ("pre_production", "filming", "filming_wrapped", "post_production")
_WRAP_STAGES = ("filming_wrapped", "post_production")


class Season2Answers:
    def __init__(
        self, knowledge: Knowledge, claims: Claims, corrections: CorrectionAnswers, status: StatusAnswers
    ) -> None:
        self.knowledge = knowledge
        self.claims = claims
        self.corrections = corrections
        self.status = status

    def answer(self, q: Question) -> Answer | None:
        text = q.text
        if not SEASON_2.search(text) and not (
            _PRODUCTION.search(text) and YEAR.search(text) and not _SEASON_1.search(text)
        ):
            return None
        newer = self.status.newer_than_pack()
        if newer is not None:
            found = self._from_status(q, newer)
            if found is not None:
                return found
        verdict = self.corrections.verify(q)
        if verdict is not None:
            return verdict
        claims = self.claims
        if _CANCEL.search(text):
            latest = [c for c in claims.season2 if c.standing == "standing" and c.confidence in ("official", "reported")]
            parts = [Part("No. Nothing I have says season 2 was cancelled.", NOTHING, "official", claims.latest_official_refs())]
            if latest:
                parts.append(claims.part(latest[-1], "Latest news"))
            return Answer(q.raw, True, parts, "season2.cancelled")
        if _CLAIM_TOPICS.search(text):
            extra = ("outline", "outbreak") if _PLOT.search(text) else ()
            best = claims.best(q, claims.season2, extra)
            if best is not None:
                return Answer(q.raw, True, [claims.part(best)], "season2.claim")
        if self._asks_cast(q):
            return self._cast(q)
        if _WRAP.search(text):
            return self._milestones(q, _WRAP_STAGES, "season2.wrap")
        if _FILMING.search(text):
            return self._milestones(q, _FILMING_STAGES, "season2.filming")
        if _RENEWAL.search(text):
            return self._milestones(q, ("renewed", "cancelled"), "season2.renewal")
        if _RELEASE.search(text):
            return self._release(q)
        best = claims.best(q, claims.season2)
        if best is not None:
            return Answer(q.raw, True, [claims.part(best)], "season2.claim")
        if _EPISODES.search(text):
            return Answer(q.raw, True, [Part(
                "Netflix has not announced how many episodes season 2 will have.", NOTHING, "official",
                claims.latest_official_refs())], "season2.episodes")
        return self._where_things_stand(q)

    def _asks_cast(self, q: Question) -> bool:
        return bool(_CAST.search(q.text) or self.knowledge.characters(q) or self.knowledge.entities(q, "person"))

    # -- from a status newer than the pack

    def _from_status(self, q: Question, status: Status) -> Answer | None:
        """Status, release, filming and cancellation questions answered from the current status,
        with the pack's history after it. None leaves the question to the pack (the cast, the
        plot, a dated claim such as "did season 2 start filming in 2022?")."""
        text = q.text
        if self._asks_cast(q) or _PACK_TOPICS.search(text):
            return None
        if _CANCEL.search(text):
            return self.status.cancellation(q, status)
        if _TRAILER.search(text):
            return self.status.trailer(q, status)
        yes_no = bool(YES_NO.match(text))
        asked = milestone_of(text)
        if q.years:
            if asked != "release_date_announced":
                return None  # a dated claim about filming or renewal: the pack's history answers
            return self.status.release_in(q, status, q.years)
        if _WRAP.search(text):
            return self.status.stage(q, status, "filming_wrapped", _WRAP_STAGES, "season2.wrap", yes_no)
        if _RELEASE_NOW.search(text):
            return self.status.release(q, status, yes_no)
        if _FILMING.search(text):
            asks_yes_no = yes_no and asked == "filming" and not _IS_ARE.match(text)
            return self.status.stage(q, status, "filming", _FILMING_STAGES, "season2.filming", asks_yes_no)
        if _STATUS.search(text):
            return self.status.where_things_stand(q, status)
        return None

    # -- from the pack's claims

    def _milestones(self, q: Question, milestones: Sequence[str], intent: str) -> Answer:
        claims = [
            c for c in self.claims.season2
            if c.milestone in milestones and c.standing == "standing"
        ]
        official = [c for c in claims if c.confidence == "official"]
        if official:
            later = [c for c in claims if c.confidence != "official" and c.date > official[-1].date]
            claims = official + later[-2:]
        parts = [self.claims.part(c) for c in claims[-4:]]
        if not parts:
            return self._where_things_stand(q)
        return Answer(q.raw, True, parts, intent)

    def _release(self, q: Question) -> Answer:
        claims = self.claims
        announced = [
            c for c in claims.season2
            if c.milestone in ("release_date_announced", "release_date_changed", "released")
            and c.standing == "standing" and c.confidence == "official"
        ]
        parts: list[Part] = []
        if announced:
            parts.append(claims.part(announced[-1]))
        else:
            newest = claims.by_date[-1].date if claims.by_date else None
            as_of = f" (as of {date_text(newest)})" if newest else ""
            parts.append(Part(
                f"Netflix has not announced a release date for season 2{as_of}.", NOTHING, "official",
                claims.latest_official_refs(),
            ))
            for claim in claims.estimates()[-2:]:
                parts.append(claims.part(claim, "Unofficial estimate"))
        return Answer(q.raw, True, parts, "season2.release")

    def _where_things_stand(self, q: Question) -> Answer:
        newer = self.status.newer_than_pack()
        if newer is not None:
            return self.status.where_things_stand(q, newer)
        season2 = self.claims.season2
        official = [c for c in season2 if c.confidence == "official" and c.standing == "standing"]
        latest = [c for c in season2 if c.standing == "standing" and c.confidence != "official"]
        parts = [self.claims.part(c) for c in official[-3:]]
        for claim in latest[-2:]:
            if claim.date >= (official[-1].date if official else ""):
                parts.append(self.claims.part(claim))
        if not parts:
            return dont_know(q.raw)
        return Answer(q.raw, True, parts, "season2.status")

    # -- the season-2 cast

    def _cast(self, q: Question) -> Answer:
        knowledge = self.knowledge
        characters = knowledge.characters(q)
        if characters:
            parts: list[Part] = []
            for character in characters[:3]:
                actor = f" ({knowledge.person_name(character.actor)})" if character.actor else ""
                cast = "is in" if 2 in character.seasons else "is not in"
                # issue 9: whether a season-1 character is in season 2 gives away the end of season 1
                spoils = knowledge.pack.season_end(1) if 1 in character.seasons else NOTHING
                parts.append(Part(
                    f"{character.name}{actor} {cast} the season 2 cast Netflix announced.", spoils, "official",
                    self._cast_refs(),
                ))
            return Answer(q.raw, True, parts, "season2.cast", tuple(Entity("character", c.id, c.name) for c in characters))
        for entity in knowledge.entities(q, "person"):
            person = knowledge.pack.people[entity.id]
            names = [person.name, *person.variants]
            about = [c for c in self.claims.season2 if any(n in c.text for n in names)]
            if about:
                standing = [c for c in about if c.standing == "standing"] or about
                return Answer(q.raw, True, [self.claims.part(c) for c in standing[-2:]], "season2.cast", (entity,))
        season2 = [c for c in knowledge.pack.characters.values() if 2 in c.seasons]
        returning = [c for c in season2 if 1 in c.seasons]
        new = [c for c in season2 if 1 not in c.seasons]
        parts = []
        if returning:
            parts.append(Part(
                "Returning in season 2: " + ", ".join(self._cast_line(c) for c in returning) + ".",
                knowledge.pack.season_end(1), "official", self._cast_refs(),  # issue 9: who outlives season 1
            ))
        if new:
            parts.append(Part(
                "New in season 2: " + ", ".join(self._cast_line(c) for c in new) + ".",
                NOTHING, "official", self._cast_refs(),
            ))
        casting = [
            c for c in self.claims.season2
            if c.milestone == "casting" and c.confidence != "official" and c.standing == "standing"
        ]
        for claim in casting[-2:]:
            parts.append(self.claims.part(claim))
        if not parts:
            return self._milestones(q, ("casting",), "season2.cast")
        return Answer(q.raw, True, parts, "season2.cast")

    def _cast_refs(self) -> tuple[SourceRef, ...]:
        official = [
            c for c in self.claims.season2
            if c.milestone in ("casting", "filming", "pre_production") and c.confidence == "official"
        ]
        return self.knowledge.refs([official[-1].source]) if official else self.claims.latest_official_refs()

    def _cast_line(self, character: Character) -> str:
        if character.actor:
            return f"{self.knowledge.person_name(character.actor)} as {character.name}"
        return character.name
