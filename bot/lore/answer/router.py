"""The answer engine: analysis, then resolution, then the one kind of answer the question asks for.

`AnswerEngine.answer(question)`:

1. cleans the text (bot.text.clean_input) and takes off what is said before the question
   (preamble.py); markup and garbage ("<script>", "???") are not questions;
2. analysis (analysis.py): the names in it (the one `NameResolver`), Korean glosses, chat spellings
   and typos repaired, the question type, the claim cues, the episode, season and years it names,
   and its clauses ("who is On-jo's dad and what does he do" is two questions; "he" in the second
   is the answer of the first);
3. resolution (subjects.py): the subject as a name, a description ("the bully") or a relation path
   ("the main character's dad");
4. the kinds of answer, in order: a season beyond the pack's is not known; season 2 (the current
   status first); an episode's content; the character's state as of the viewer's position and
   false premises; what happens to them; who plays whom; the event index (which episode, who did
   it, where); relationships; claims to check; kinds of characters; who someone is and their
   attributes; then the one record that states the answer (when, how many, what is, where, why);
5. an answer is accepted only if it accounts for every word of the question (records.py
   `covers`): the words its kind read as its own, the subject's, and the evidence it rests on.
   Otherwise "I don't know" with what can be asked instead (answered: false).

Nothing is made up: every text comes from the pack or the season-2 status, each part with the
position it spoils, its confidence and its sources. Everything is in memory and synchronous (well
under a millisecond), so /ask answers on the event loop.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Callable, Sequence
from functools import partial

from bot.clock import SystemClock
from bot.lazy_re import compile_later
from bot.lore.answer.ages import SiblingAges
from bot.lore.answer.analysis import Analyser, Analysis, Slot
from bot.lore.answer.appearances import EpisodeAppearances
from bot.lore.answer.ask import Ask, Shared, named_in_clear
from bot.lore.answer.awards import AwardAnswers
from bot.lore.answer.called import CalledAnswers
from bot.lore.answer.callings import why_called
from bot.lore.answer.charts import ChartPlaces
from bot.lore.answer.chat import asked_again, follows_nothing, kin_asked_too, points_back, same_asked_of
from bot.lore.answer.claims import Claims
from bot.lore.answer.company_heads import CompanyHeads
from bot.lore.answer.comparisons import ComparisonAnswers
from bot.lore.answer.confirmed import confirmed_asked
from bot.lore.answer.corrections import CorrectionAnswers
from bot.lore.answer.deeds import DeedChecks
from bot.lore.answer.described import undescribed
from bot.lore.answer.details import DetailAnswers
from bot.lore.answer.elapsed import elapsed_asked
from bot.lore.answer.endings import EndingAnswers
from bot.lore.answer.episodes import EpisodeAnswers
from bot.lore.answer.events import EventAnswers
from bot.lore.answer.fallback import FallbackSearch, search_documents
from bot.lore.answer.family import FamilyWords
from bot.lore.answer.fates import FateAnswers
from bot.lore.answer.figures import side_by_side
from bot.lore.answer.follow_up_clauses import episode_asked_after
from bot.lore.answer.gendered import GenderCheck
from bot.lore.answer.groups import GroupFates, every_asked, group_in_episode, undrawn_group
from bot.lore.answer.halfbie_traits import HalfbieTraits
from bot.lore.answer.hometowns import Hometowns
from bot.lore.answer.identity import IdentityAnswers
from bot.lore.answer.institutions import InstitutionAnswers
from bot.lore.answer.judgements import JudgementAnswers
from bot.lore.answer.kept_alive import KeptAlive
from bot.lore.answer.knowing import KnowingAnswers, MeantAnswers
from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.lead_asides import shouted_first, unfollowed, unprefaced
from bot.lore.answer.likeness import LikenessAnswers
from bot.lore.answer.lists import ListAnswers
from bot.lore.answer.locations import FilmingPlaces
from bot.lore.answer.loose_wordings import apart, told_apart
from bot.lore.answer.motives import MotiveAnswers
from bot.lore.answer.name_slips import NameSlips
from bot.lore.answer.naming import NameChecks
from bot.lore.answer.negated import denied_deed
from bot.lore.answer.newcomers import Newcomers
from bot.lore.answer.origins import OriginAnswers
from bot.lore.answer.other_reading import other_reading
from bot.lore.answer.pack_parts import PackParts
from bot.lore.answer.pasted import reply_alone
from bot.lore.answer.people import PeopleAnswers
from bot.lore.answer.preamble import opening, verdict_of_the_claim
from bot.lore.answer.premises import PremiseAnswers
from bot.lore.answer.production import ProductionAnswers
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.question import QUESTION_LIMIT
from bot.lore.answer.reasons import ReasonAnswers
from bot.lore.answer.record_verdicts import record_verdict
from bot.lore.answer.referents import identified
from bot.lore.answer.regions import rating_elsewhere
from bot.lore.answer.relations import RelationAnswers
from bot.lore.answer.relative import RelativeClauses
from bot.lore.answer.remembered import RememberedAnswers
from bot.lore.answer.result import Answer, Evidence, Part, dont_know, not_read
from bot.lore.answer.retrieval import RecordAnswers
from bot.lore.answer.rewording import reworded
from bot.lore.answer.romance import RomanceAnswers
from bot.lore.answer.season2 import Season2Answers
from bot.lore.answer.season2_episodes import Season2Episodes
from bot.lore.answer.season2_pack_texts import worded_in
from bot.lore.answer.season2_platform import Season2Platform
from bot.lore.answer.season2_status import StatusAnswers, pack_status
from bot.lore.answer.setting import SettingTime
from bot.lore.answer.sides import described_kin, described_one, described_sides
from bot.lore.answer.statements import Statements
from bot.lore.answer.strangers import UnknownRelatives
from bot.lore.answer.subjects import Subject
from bot.lore.answer.temporal import split_moment
from bot.lore.answer.things import ThingAnswers
from bot.lore.answer.titles import TitleAnswers
from bot.lore.answer.tone import ShowTone
from bot.lore.answer.turn_order import TurnOrder
from bot.lore.answer.unnamed import unnamed
from bot.lore.answer.unnamed_season import BothSeasons
from bot.lore.answer.unpinned import VirusNamed
from bot.lore.answer.unreferred import unreferred
from bot.lore.answer.unsaid import (
    BudgetAnswers,
    ScriptLines,
    WebtoonCharacters,
    WebtoonReach,
    WebtoonSequel,
    WhoDeclared,
    ZombieLore,
)
from bot.lore.answer.weighing import weighed
from bot.lore.answer.who_dies import WhoDies
from bot.lore.answer.wording import plain_name
from bot.lore.answer.words import stem, stems_of
from bot.lore.content import ContentPack
from bot.lore.names import Entity, Mention, NameResolver
from bot.season2.current import CurrentStatus
from bot.season2.model import Milestone
from bot.show import NOTHING, Position, ShowShape, latest_season_out
from bot.text import clean_input
from db.lore.search_index import FactSearchIndex

_REMEMBERED = 4096
_WHOM_DO_YOU_MEAN = "Whom do you mean? Each question is read on its own, so name them, like \u201cwhat about Su-hyeok?\u201d"


# "who wrote the webtoon and when was it published": "it" is the webtoon (not the show).
_IT = compile_later(r"\bit\b")
_THING = compile_later(r"\bthe ([a-z]{3,})\b")
# "how many episodes are there and how long are they": the things counted are "they" in the next clause
_COUNTED = compile_later(r"\bhow many ([a-z]{2,}s)\b")
_THEY = compile_later(r"\b(?:they|them)\b")
_NOT_A_THING = frozenset(
    "show series drama name end ending first last same main one other episode episodes season story cast actor actress "
    "actors characters character people students kids class group guy girl boy".split()
)
# "who kills the most zombies", "who has the most screen time": a tally the sources never keep.
_TALLY = compile_later(r"^(?:who|which (?:character|student|person|one|actor|actress)s?)\b.*\b(?:most|least|fewest)\b")
# "who comes back to life", "who returns from the dead": no one in the sources; words about
# "back" would otherwise find someone dragged back to a classroom.
_BACK_TO_LIFE = compile_later(r"\bback to life\b|\bfrom the dead\b|\bresurrect\w*|\breviv(?:e|es|ed|ing)\b")


class AnswerEngine:
    """Answers over one content pack and one current season-2 status.

    `season2` is the status season-2 answers read (the bot's `Hyosan.season2_status`, on its injected clock); without
    one (tests, benches), the status the pack's own claims imply (`pack_status`) on the system's clock. `index` is the full-text index of
    the last resort; without one, none (`build` and `create` make one). `show` is the show's shape
    (the bot's `Hyosan.show`, which grows at run time); without one, season 1. `remember`: how many
    answers are kept to give again (0: none), until the status or the shape changes.
    """

    def __init__(
        self,
        pack: ContentPack,
        resolver: NameResolver | None = None,
        index: FactSearchIndex | None = None,
        season2: CurrentStatus | None = None,
        show: ShowShape | None = None,
        remember: int = _REMEMBERED,
    ) -> None:
        self.pack = pack
        self.show = show = show or ShowShape.season_one()
        parts = PackParts.shared(pack, resolver)
        self.resolver = resolver = parts.resolver
        self.knowledge = knowledge = Knowledge(pack, resolver)
        self._records = records = parts.records
        profiles = parts.profiles
        self._finder = finder = parts.finder
        self._described = frozenset(d.text.casefold() for c in pack.characters.values() for d in c.descriptions)
        self.analyser = Analyser(resolver, parts.vocabulary, show)
        shared = Shared(knowledge, records, profiles, finder)
        terms = parts.terms
        claims = Claims(knowledge, terms)
        self._status = status = StatusAnswers(claims, season2 if season2 is not None else pack_status(pack, SystemClock()))
        self.records = retrieval = RecordAnswers(shared)
        corrections = CorrectionAnswers(shared, claims, status, retrieval)
        fates = FateAnswers(shared)
        premises = PremiseAnswers(fates)  # every premise about a fate is decided in premises.py
        events = EventAnswers(shared, fates)
        people = PeopleAnswers(shared, partial(record_verdict, shared))
        relations = RelationAnswers(shared)
        lists = ListAnswers(shared, fates)
        things = ThingAnswers(events)
        motives = MotiveAnswers(shared)
        second_season = Season2Answers(shared, claims, corrections, status, retrieval).answer
        listed = Season2Episodes(show, status, shared.knowledge.show_refs()).answer
        both = BothSeasons(second_season, retrieval.answer, listed, lambda: status.current.status.milestone)  # no season said
        self._charts = ChartPlaces(shared)  # "was it number 1 in korea": never the US chart's "Yes."
        self._places = FilmingPlaces(shared)  # "was it filmed in busan": never Train to Busan
        self._likeness = likeness = LikenessAnswers(shared)  # "is it like train to busan": no verdict
        self._tone = ShowTone(shared)  # "is it scary": what kind of show it is, never a guessed "Yes."
        self._title = TitleAnswers(shared).answer  # "what is the english title": before the records that say "title"
        episodes = EpisodeAnswers(shared, show, lambda: status.current.status.milestone)
        self._kinds: tuple[Callable[[Ask], Answer | None], ...] = (
            events.outside,  # "who killed the show": no one of the story, never season 2's untold fates
            denied_deed,  # "who wasn't bitten": no record tells who did not, never the list of who did
            KeptAlive(events, fates, episodes.refused).answer,  # "why didn't su-hyeok die in ep 6": within that episode
            both.episodes,  # TVmaze's list: before "episodes have no official titles"
            self._title,
            VirusNamed(shared).answer,  # "what episode is the virus named": no source pins it down, never episode 1
            episodes.answer,
            ComparisonAnswers(shared).answer,
            TurnOrder(shared, fates).answer,  # "who turned first, ji-min or i-sak": never the first name's turn
            likeness.film,  # "what movie does cheongsan mention": Train to Busan
            CalledAnswers(shared).answer,  # "what does na yeon call gyeongsu": never both their profiles
            (ages := SiblingAges(shared)).answer,
            ages.students,  # "how old are the students": no age, their school year
            KnowingAnswers(shared).answer,
            MeantAnswers(shared).answer,
            OriginAnswers(shared).answer,
            RomanceAnswers(shared).answer,
            BudgetAnswers(shared).answer,
            ZombieLore().answer,
            WebtoonSequel().answer,  # "is there a webtoon season 2": never the show's
            WebtoonReach().answer,  # "what webtoon chapter does s1 end at": never the webtoon's length
            WebtoonCharacters(shared).answer,  # "does namra die in the webtoon": never the show's fate
            WhoDeclared(shared).answer,  # "who declared martial law": never the commander's "I don't know that about"
            ScriptLines().answer,  # "what is the last line of the show": no source quotes the script
            Newcomers(shared, status).answer,  # "is han du-seok a zombie": season 2 is not out, never "so far, alive"
            Season2Platform(shared, lambda: status.current.status.milestone).answer,  # "will season 2 be on netflix": never "No." off a record's "not announced"
            Statements(shared, claims).answer,  # "what did the director say about season 2": before "nobody knows"
            both.answer,  # "when did they finish filming", "when does it come out"
            second_season,
            CompanyHeads(shared).answer,  # "who runs film monster": its CEO, never the show's makers
            ProductionAnswers(shared).answer,
            IdentityAnswers(shared).answer,
            Hometowns(shared).answer,  # "where is park ji hu from": never a scene they are in
            AwardAnswers(shared).answer,  # "did lomon win an award": never the season-2 cast line
            NameChecks(shared).answer,
            UnknownRelatives(shared).answer,
            SettingTime(shared).answer,
            things.parent,
            GroupFates(shared, fates, episodes.refused).answer,  # "how many teachers die": before any one teacher is described
            DetailAnswers(shared).answer,  # "what colour is hyo-ryeong's vest", "what happened to gwinam's body"
            premises.answer,  # "who killed dae-su", "how did gyeongsu survive": the premise corrected
            relations.couple,
            relations.kin,
            relations.killer,
            DeedChecks(shared).answer,
            (judged := JudgementAnswers(shared)).answer,  # "is gwinam the villain": a judgement, never "Yes."
            people.described,
            things.possessed,
            lists.other_halfbies,
            EndingAnswers(events).answer,
            EpisodeAppearances(events, episodes).answer,
            fates.immune,
            HalfbieTraits(fates).answer,  # "why is gwinam so strong": what the sources say he became
            _never_on_purpose(fates.state),
            premises.episode_bound,  # "why did on-jo die in episode 3": the premise's episode corrected
            events.never,  # "why did on-jo get bitten": she never is
            fates.fate,
            (who_dies := WhoDies(shared, fates)).deaths,
            who_dies.ranked_death,
            lists.states,
            events.after,
            things.thing,
            people.cast,
            events.which_episode,
            events.who_did,
            events.where,
            relations.answer,
            corrections.answer,
            lists.answer,
            motives.answer,
            (reasons := ReasonAnswers(shared, retrieval)).why,
            reasons.purpose,
            motives.named,
            InstitutionAnswers(shared).answer,  # "do the kids get rescued by the army": never the commander's profile
            judged.else_someone_else(people.about),  # "is cheolsu a bully": when not theirs, the label is another's
            retrieval.answer,
        )
        self._slips = NameSlips(pack, resolver)  # "who is cheong", "who plays Lee?", "kim su-hyeok"
        self._relative = RelativeClauses(pack, finder, resolver, records)
        self._family = FamilyWords(pack, profiles)
        self._gender = GenderCheck(pack, profiles)  # "the boy with the bow" is never Ha-ri
        self._fallback = FallbackSearch(knowledge, terms, claims, index)
        self._remembered = RememberedAnswers(status, show, remember)

    @classmethod
    def build(
        cls,
        pack: ContentPack,
        resolver: NameResolver | None = None,
        season2: CurrentStatus | None = None,
        show: ShowShape | None = None,
        remember: int = _REMEMBERED,
    ) -> AnswerEngine:
        """An engine with its full-text index built (a private in-memory SQLite database)."""
        return cls(pack, resolver, FactSearchIndex.build(search_documents(pack)), season2, show, remember)

    @classmethod
    async def create(
        cls,
        pack: ContentPack,
        resolver: NameResolver | None = None,
        season2: CurrentStatus | None = None,
        show: ShowShape | None = None,
        remember: int = _REMEMBERED,
    ) -> AnswerEngine:
        """`build` in a worker thread (indexing and name keys are a few milliseconds of CPU)."""
        return await asyncio.to_thread(cls.build, pack, resolver, season2, show, remember)

    def close(self) -> None:
        self._fallback.close()

    def identify(self, text: str, kinds: Sequence[str]) -> Entity | None:
        """Whom `text` names, or describes the way fans call a character ("the bully", "the class
        president"), when saying who that is gives nothing away; None when it is nobody, or
        several (the name resolver's candidates then say whom it could be)."""
        resolution = self.resolver.resolve(text, kinds)
        if resolution.entity is None and kinds == ("character",):
            # "/character Lomon": an actor's name stands for the one character they play
            actor = self.resolver.resolve(text, ("person",)).entity
            roles = self.pack.characters_played_by(actor.id) if actor is not None else []
            if len(roles) == 1 and not resolution.candidates:
                return self.resolver.get("character", roles[0].id)
        if resolution.entity is not None or resolution.candidates or "character" not in kinds:
            return resolution.entity
        described = self._finder.describe(sorted(stems_of(text)), strict=True,
                                          gender=asked_gender(text.casefold().split()))
        if not isinstance(described, Subject) or described.spoils != NOTHING:
            return None
        return self.resolver.get("character", described.id)

    # -- answering

    def remembers(self, question: str) -> bool:
        """Whether `question`'s answer is remembered as things stand (answering it again is a lookup)."""
        return self._remembered.has(question)

    def answer(self, question: str) -> Answer:
        """The answer to `question` (remembered: fans ask the same things again)."""
        return self._remembered.answer(question, lambda asked: verdict_of_the_claim(asked, self._answer(asked)))  # "... is he lying"

    def _latest_season(self) -> int:
        """The latest season out, as the one season-2 status says (a remembered answer is dropped when it changes)."""
        return latest_season_out(self._status.current.status.milestone is Milestone.RELEASED)

    def _answer(self, question: str) -> Answer:
        cleaned = clean_input(reply_alone(question), limit=QUESTION_LIMIT)  # "> a quote" then a question under it
        early = (why_called(cleaned, self._answer) or rating_elsewhere(cleaned) or self._charts.answer(cleaned)
                 or self._places.answer(cleaned) or self._likeness.early(cleaned) or self._tone.answer(cleaned))
        if early is not None:
            return early  # "why do they call nam ra banjang", "age rating in the uk": never the virus's name, the US's
        text = opening(cleaned, self.resolver, self._latest_season())
        if isinstance(text, Answer):
            return text
        text, slip = self._slips.corrected(cleaned, text)  # "who plays kim su-hyeok": Lee Su-hyeok, said so
        if isinstance(slip, Answer):
            return slip  # "who is kang min-jae": nobody the lore knows
        clauses, slots, korean = self.analyser.clauses(text)
        clauses = kin_asked_too(episode_asked_after(elapsed_asked(confirmed_asked(clauses))))  # "who plays onjo and her dad"
        if not clauses or (len(clauses) == 1 and not clauses[0].strip(" ?!.")):
            if follows_nothing(cleaned):  # "그럼 걔는?": whom it means is unknown
                return Answer(cleaned, False, [Part(_WHOM_DO_YOU_MEAN)], "unknown")
            return dont_know(cleaned)  # nothing but pings and markup
        answers: list[Answer] = []
        previous: tuple[Entity, Position] | None = None  # whom the last clause was about ("he" in the next one), and what that spoils
        thing = ""  # the last thing the previous clause named: "it" in the next one
        season: int | None = None  # the season the previous clause asked of: "it" in the next one, when season 2
        counted = ""  # what the previous clause counted: "they" in the next one
        asked = ""  # the previous clause, as "what about her brother" asks it again of someone else
        shouted = shouted_first(text)  # "HELP who plays jae-ik": a shout ahead of the first clause's question
        for at, clause in enumerate(clauses[:3]):
            if not asked and follows_nothing(clause):  # "what about him" as a whole question: who is he?
                answers.append(Answer(cleaned, False, [Part(_WHOM_DO_YOU_MEAN)], "unknown"))
                continue
            if not asked and len(clauses) == 1 and (points_back(clause) or same_asked_of(clause)):  # "ok but why", "what ep was that"
                answers.append(Answer(cleaned, False, [Part("What do you mean? Each question is read on its own, so ask it "
                                                            "whole, like \u201cwho plays On-jo's dad?\u201d")], "unknown"))  # no spoiler in it
                continue
            # "who died first, the teacher or ms park": a described side read as the one it names; "is jinsu the teacher's son"
            sided = described_kin(described_sides(asked_again(clause, asked), slots, self.identify), slots, self.identify)
            clause, asked = reworded(sided, self._status.current.now().year), clause  # the year on the engine's clock
            if thing and _IT.search(clause):
                clause = _IT.sub(f"the {thing}", clause)  # "what is the virus called and who made it"
            elif season == 2 and _IT.search(clause) and "season" not in clause:
                clause = _IT.sub("season 2", clause, count=1)  # "who's back for s2 and when does it come out"
            elif counted and _THEY.search(clause) and not re.search(r"\bent\d+\b", clause):
                clause = _THEY.sub(f"the {counted}", clause, count=1)
            things = [t for t in _THING.findall(clause) if t not in _NOT_A_THING]
            thing = things[-1] if things else ""
            counted = m.group(1) if (m := _COUNTED.search(clause)) else ""
            clause = self._relative.rewrite(clause, slots)  # "the teacher who dies for Na-yeon"
            clause = self._relative.narrow(  # "the teacher who made the virus"
                clause, slots, lambda deed: self._one(self.analyser.analyse(cleaned, deed, dict(slots), korean)))
            a = self.analyser.analyse(cleaned, clause, slots, korean)
            season = a.season
            if previous is not None and a.pronouns and not a.slots:
                self._refer(a, *previous)
            found = side_by_side(  # "week 2 hours higher than week 1": both figures
                cleaned, a.text, lambda side: self._one(self.analyser.analyse(cleaned, side, dict(slots), korean)),
                named=bool(a.slots)) or self._one(a)
            vocabulary, fix = self.analyser.typos.vocabulary, self.analyser.typos.fix
            # Asked again without what the bot cannot use, only when the question as typed got "I don't know",
            # and kept only when that is answered: a description before a name ("the nerd joon yeong"), an aside
            # before the question ("wowww who plays onjo"), laughter after it ("who plays onjo sksksk").
            rewrites: tuple[Callable[[str], str | None], ...] = (
                undescribed, apart,
                partial(unprefaced, known=vocabulary, fix=fix, shouted="" if at else shouted, after=clauses[at + 1:3]),
                partial(unfollowed, known=vocabulary, fix=fix, typed=cleaned),
                partial(described_one, slots=slots, identify=self.identify, known=self._described),  # "how did the bully lose his eye"
                partial(other_reading, slots=slots),  # "청산이 문 사람": who bit him, once whom he bit is untold
            )
            for without in rewrites:
                if found.answered or found.intent in ("mismatch", "ambiguous"):
                    break
                if (bare := without(a.text)) is not None:
                    again = self._one(self.analyser.analyse(cleaned, bare, slots, korean))
                    if getattr(without, "func", None) is other_reading and again.intent == "premise":
                        continue  # "수혁이 죽인 사람": "he does not die" corrects a premise the asker never stated
                    found = (told_apart(again) if without is apart else again) if again.answered else found
            if not found.answered and (moment := split_moment(a.text)) is not None:
                found = self._at_moment(cleaned, moment, slots, korean) or found  # "who saves X after Y leaves her"
            answers.append(found)
            if found.answered and found.entities:
                previous = found.entities[0], identified(found.entities[0], slots, found)
            elif len(named := {s.candidates[0] for s in a.slots.values() if len(s.candidates) == 1}) == 1:
                previous = (one := next(iter(named))), identified(one, slots, found)  # "how tall is Lomon and who does he play": Lomon, though unknown
        return NameSlips.noted(answers[0] if len(answers) == 1 else self._joined(cleaned, answers), slip)

    def _one(self, a: Analysis) -> Answer:
        found = self._one_read(a)
        # "ai đóng vai On-jo?": a name among words none of which the engine knows is no question it read
        words = [w for w in a.words if w.isalpha() and not re.fullmatch(r"ent\d+", w)]
        if found.answered or not words or any(w in self.analyser.typos.vocabulary for w in words):
            return found
        return not_read(found)

    def _one_read(self, a: Analysis) -> Answer:
        if a.season is not None and a.season > 2:
            return dont_know(a.raw, f"anything about a season {a.season}")
        found = self._finder.find(a)
        ask = Ask(a, found)
        if not found.subjects and not found.ambiguous and (kin := self._family.one(a)) is not None:
            found.subjects.append(kin)  # "does the brother die": the only brother the sources give
        if not found.subjects and not found.ambiguous:
            found.ambiguous += self._slips.bare_surnames(a)
        if not found.subjects and not found.ambiguous and (partial := self._slips.partial(a)) is not None:
            return partial
        if found.ambiguous and not found.subjects and not group_in_episode(a):  # ("the teacher that dies in ep 4")
            text, names = found.ambiguous[0]
            return Answer(a.raw, False, [Part(f"\u201c{plain_name(text)}\u201d could mean several people: "
                                              f"{', '.join(names[:8])}. Which one?", found.ambiguous_spoils)], "ambiguous")
        if found.undone and not found.subjects:
            # "mismatch": the description fits no one, so it is never asked again without it (the doer)
            return Answer(a.raw, False, dont_know(a.raw, f"who {plain_name(found.undone)} is").parts, "mismatch")
        if not found.subjects and (several := self._several_described(a)) is not None:
            return several
        if (nameless := unnamed(a, found) or unreferred(a, found) or undrawn_group(a)) is not None:
            return nameless
        if found.subjects and "kill" in a.text and _KILLED_ALL.search(a.text):
            return dont_know(a.raw, "of anyone killing everyone")  # "did gwinam kill everybody": never one victim's story
        if ("real life" in a.text and _REAL_DEATH.search(a.text)) or _ALL_JUDGED.match(a.text):  # no source says
            return dont_know(a.raw, "about the actors' own lives" if "real life" in a.text else "that of a whole group")
        if ("most" in a.text or "least" in a.text or "fewest" in a.text) and _TALLY.match(a.text):
            return dont_know(a.raw, "who did that the most")
        if (a.qtype == "who" and a.season is None and not found.subjects and ("life" in a.text or "dead" in a.text
                or "reviv" in a.text or "resurrect" in a.text) and _BACK_TO_LIFE.search(a.text)):
            return dont_know(a.raw, "of anyone coming back to life")  # no source says anyone does
        kinds = self._kinds if not a.definition else (self._title, self.records.answer, *self._kinds)
        for kind in kinds:
            answer = kind(ask)
            if answer is None:
                continue
            if (answer.answered and answer.intent in ("thing", "record.yes_no") and _ALL_FATED.match(a.text)
                    and not _QUANTIFIERS & answer.consumed):
                continue  # "do all the soldiers die": the group's fate, never the events or a record naming one of them
            if not answer.answered or self._accounts_for(ask, answer):
                # a pack text with its translation (season 1's count, makers, webtoon, set) in the asker's language
                return worded_in(weighed(ask, self._gender.checked(ask, answer), self.pack), ask.language,
                                 any_answer=True)
        if a.season == 1 and a.episode is None and "season" in a.words and "season" not in a.stems:
            # "how long is season 1": the season itself asked about, as "how long is season one" is
            # (only when nothing took the question with "season 1" read as a place in the show)
            return self._one(dataclasses.replace(a, season=None, stems=[*a.stems, "season"]))
        if not found.subjects and not a.stems:
            return dont_know(a.raw)
        return self._fallback_answer(ask) or self._abstain(ask)

    def _at_moment(self, cleaned: str, moment: tuple[str, str], slots: dict[str, Slot], korean: bool) -> Answer | None:
        """The question asked without the moment said after it, when its answer tells of that moment too."""
        again = self._one(self.analyser.analyse(cleaned, moment[0], dict(slots), korean))
        said = self.analyser.analyse(cleaned, moment[1], dict(slots), korean)
        text = " ".join(p.text for p in again.parts)
        named = all(s.candidates[0].name.split()[-1] in text for s in said.slots.values() if s.candidates)
        return again if again.answered and named and self._records.covers(said.stems, again.evidence) else None

    def _several_described(self, a: Analysis) -> Answer | None:
        """"which episode does the teacher die", "what happened to the teacher": what befalls
        someone fans name by a word that fits several ("the teacher": Byeong-chan and Ms. Park) is
        asked of one of them; which one, never the first event that says "teacher"."""
        if (family := self._family.several(a)) is not None:
            return family  # "does the dad die": On-jo's or Jin-su's, never one picked
        if not _BEFALLS.search(a.text) or every_asked(a.text):  # ("do the teachers all die": the group's)
            return None
        for noun in _THE_NOUN.findall(a.text):
            described = self._finder.describe([stem(noun)])
            if isinstance(described, list) and len(described) > 1:
                names = ", ".join(s.name for s in described[:8])  # hidden as far as their description spoils
                return Answer(a.raw, False, [Part(f"\u201cThe {noun}\u201d could mean several characters: {names}. "
                                                  "Which one?", max(s.spoils for s in described[:8]))], "ambiguous")
        return None

    def _accounts_for(self, ask: Ask, answer: Answer) -> bool:
        rest = [s for s in ask.stems_without(()) if s not in answer.consumed]
        return self._records.covers(rest, answer.evidence)

    def _fallback_answer(self, ask: Ask) -> Answer | None:
        if ask.a.qtype in ("how_many", "when", "who", "which_episode", "where"):
            return None  # these ask for a kind of answer (a number, a date, a name) the search cannot check
        found = self._fallback.answer(ask.raw)
        if found is None or not self._records.covers(ask.a.stems, found.evidence or self._fallback_evidence(found)):
            return None
        return found

    def _fallback_evidence(self, answer: Answer) -> Evidence:
        return Evidence((stems_of(" ".join(p.text for p in answer.parts)),))

    def _abstain(self, ask: Ask) -> Answer:
        subject = ask.found.first()
        if subject is not None and named_in_clear(subject, self.pack):
            about = ("who plays them", "who they are", "what happens to them") if subject.kind == "character" else (
                "whom they play", "who they are")
            return dont_know(ask.raw, "that" + f" about {subject.name}", about)
        return dont_know(ask.raw)

    def _refer(self, a: Analysis, entity: Entity, spoils: Position) -> None:
        """"what does he do": the one the previous clause was about, hidden as far as saying who that is spoils."""
        word = "ent9"
        a.slots[word] = Slot(word, Mention(0, 0, entity.name, (entity,)), spoils)
        a.words = [word if w in ("he", "him", "she", "her", "they", "them") else w for w in a.words]
        a.words = [w if w not in ("his", "their") else f"{word} 's" for w in a.words]
        a.text = " ".join(a.words)

    def _joined(self, question: str, answers: list[Answer]) -> Answer:
        parts = [p for a in answers for p in (a.parts if a.answered else _unknown_part(a))]
        if not any(a.answered for a in answers):
            return answers[0]
        entities = tuple(e for a in answers for e in a.entities)
        return Answer(question, True, parts, "compound", entities)


# "do all the soldiers die", "did all the kids in the gym die": a fate asked of a whole group, told by an answer that
# reads the "all" (groups.py, family.py) or by the records of who survives, never by the events or the one record
# (Joon-yeong's "bitten during the gym breakout") that name one of them
_ALL_FATED = compile_later(r"^(?:do|does|did|will|are|were) (?:all (?:of )?the|every|each) [a-z ]+? "
                           r"(?:die|died|survive|survived|dead|alive|make it)\b")
_QUANTIFIERS = frozenset({"all", "every", "each"})
# "do all the actors die in real life" (with "real life"), "are all the teachers good": never a record naming one of them
_ALL_JUDGED = compile_later(r"^(?:are|were) (?:all (?:of )?the|they all) \w+ (?:good|bad|nice|evil|mean|kind|cruel)\W*$")
_REAL_DEATH = compile_later(r"\b(?:die[sd]?|dead|alive|killed)\b")
_KILLED_ALL = compile_later(r"\bkill(?:s|ed)? (?:every ?one|every ?body|them all|all of them|all the (?:people|students|kids))\b")
# What befalls someone: their death, bite, turning, or what happens to them ("who bites the teacher").
_BEFALLS = compile_later(r"\b(?:die|dies|died|dying|death|kill|kills|killed|bit|bite|bites|bitten|infect\w*|attack\w*|"
                      r"turns?|turned|happen\w*|fate)\b")
# "the teacher" said alone (not "the science teacher": a word before the noun is not taken).
# Never "all the teachers", "all of the teachers", "how many of the teachers": the group (groups.py), not one of them asked back
_THE_NOUN = compile_later(r"(?:^|\s)(?<!\ball )(?<!\ball of )(?<!\bboth )(?<!\bevery one of )(?<!\bmany of )the ([a-z]{4,})\b(?! (?:teacher|student|girl|boy|guy|kid|club|room)\b)(?! ?'s\b)")


def _never_on_purpose(kind: Callable[[Ask], Answer | None]) -> Callable[[Ask], Answer | None]:
    """"did nayeon die on purpose", "did byeong chan want to make zombies": whether it was meant is no
    state's "Yes." or "No." (motives and records answer it)."""
    return lambda ask: None if _MEANT & set(ask.a.stems) else kind(ask)


_MEANT = frozenset(stem(w) for w in ("purpose", "accident", "want", "wanted", "mean", "meant", "intend", "intended"))


def _unknown_part(answer: Answer) -> list[Part]:
    """What a compound question's unanswered clause says, in short ("I don't know that about
    Lomon: my sources don't say."), so the answered clauses are not taken for the whole answer."""
    if answer.intent != "unknown" or not answer.parts:
        return []
    said = answer.parts[0].text
    return [Part(said[: said.index(" my sources don't say.") + 22])] if " my sources don't say." in said else []
