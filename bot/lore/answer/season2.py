"""Season-2 questions: renewal, filming, wrap, release, cancellation, trailer, cast, plot and status.

One truth: where season 2 stands (its milestone, release date, delay) is always the current
`Status` the season-2 tracker computes (season2_status.py; `hyosan ask` computes it from the pack's
claims with the same rules), never a sentence written here. The pack adds what a status does not
hold: the dated history (the renewal, the production announcement, the wrap reports), the cast,
the outline, rumours (labelled) and the claims that turned out wrong.

A question is about season 2 when it says so ("season 2", "s2", "sequel", "renewed", ...). A
question naming a character or an actor is about season 2's cast only when it asks whether they
are in it ("is Cheong-san in season 2"); "who plays Yong Ma-ru in season 2" is a cast question
the general kinds answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.asked_clock import with_asked_clock
from bot.lore.answer.asked_day import asked_day
from bot.lore.answer.claims import Claims, milestone_of
from bot.lore.answer.corrections import CorrectionAnswers
from bot.lore.answer.newcomers import newcomer_described, newcomer_role
from bot.lore.answer.question import Question, normalise
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part, SourceRef, dont_know
from bot.lore.answer.retrieval import RecordAnswers
from bot.lore.answer.season2_cast import LEFT, absent_first, cast_parts, left_dead, not_back, returning_said
from bot.lore.answer.season2_dated import DatedAnswers
from bot.lore.answer.season2_deaths import season_deaths, season_story_of
from bot.lore.answer.season2_leaked_date import asks_a_leak, asks_date_leak, leaked_date, not_season_two
from bot.lore.answer.season2_one_source import one_source_out
from bot.lore.answer.season2_pack_texts import status_said_in, worded_in
from bot.lore.answer.season2_past import asks_release_day
from bot.lore.answer.season2_poster import POSTER, poster_answer
from bot.lore.answer.season2_release_words import AVAILABLE, DELAY, RELEASE_DATE, RELEASE_NOW, RELEASE_WORDS
from bot.lore.answer.season2_status import StatusAnswers
from bot.lore.answer.season2_story_words import DOINGS, NOT_STORY_WORDS, SEASON_ITSELF, STORY, STORY_STEMS
from bot.lore.answer.season2_unmoved import no_date_moved
from bot.lore.answer.season2_untold_words import EVENTS, NO_EVENT, OUTLINE_LEAD, UNSOURCED
from bot.lore.answer.subjects import Found, Subject
from bot.lore.answer.wording import day_text
from bot.lore.answer.words import stems_of
from bot.lore.content import Character
from bot.lore.names import Entity
from bot.season2.model import Milestone, Status
from bot.show import NOTHING, Position
from bot.text import MONTH_NAMES, MONTH_SHORT

_CANCEL = compile_later(r"\bcancel\w*\b")
_HAPPENED_IN = compile_later(r"\bwhat (?:happened|happens|went down|goes down) in\b")
_PLOT = compile_later(r"\babout\b|\bplot\b|\bstory\b|\bsynopsis\b|\blogline\b|\bpremise\b")
_MEMBERSHIP = compile_later(  # ("will they bring back cheongsan", "cheongsan s2??": whether they are in it)
    r"\b(?:in|part of|back for|back in|return\w*|come back|coming back|join\w*|cast)\b"
    r"|\b(?:is|are|will be) \S+ (?:(?:really|actually|finally|officially|truly|seriously|even|still|fr) )?back\b"
    r"|\b(?:confirmed|official|true)(?: that)? \S+ (?:is|are) (?:(?:really|actually|finally|officially) )?back\b"  # "is it confirmed X is back"
    r"|\bbr(?:ing|ings|inging|ought) (?:\S+ )?back\b|^ent\d+ season 2$"
    r"|\b(?:leave|leaves|left|leaving|quit|quits|quitting|drop(?:ped|s)? out|exit\w*)\b"
)
# "did lomon leave s2": the cast he is in, and the later reports about his part (never a "Yes.")
_MONTHS = frozenset((*(m.casefold() for m in MONTH_NAMES), *MONTH_SHORT))
_LEAVING = compile_later(r"\b(?:leave|leaves|left|leaving|quit|quits|quitting|drop(?:ped|s)? out|exit\w*)\b")
# "lomon isnt in s2, true?", "is park ji-hu not coming back": a yes or a no would answer the negation; the cast is told flat
_NOT_IN = compile_later(r"\b(?:isn'?t|is not|aren'?t|are not|won'?t be|will not be|not (?:in|returning|coming back|back|part))\b")
# leaving the season itself ("leave s2", "quit the show", Korean order "시즌2 하차"), not a place in its story
_LEFT_CAST = compile_later(r"\b(?:leave|leaves|left|leaving|quit|quits|quitting|drop(?:ped|s)? out(?: of)?|exit\w*) "
                           r"(?:the )?(?:season 2|s2|show|series|cast|drama)\b|\bseason 2 (?:leave|left|quit)\b")
_OTHER_DRAMAS = frozenset(stems_of("other work"))  # a record of an actor's other dramas
_MEMBER_WORDS = ("back", "return", "come", "coming", "join", "cast", "part", "season", "2", "in", "still", "bring",
                 "brought")
_CAST_ASK = compile_later(
    r"\bcast\b|\breturn\w*\b|\bjoin\w*\b|\bwho(?: ?'s| is| are)\s+in\b|\bactors?\b|\bnew characters?\b|\bcome back\b"
    r"|\bcoming back\b|\bcharacters\b|\bwho(?: all)?(?: ?'s| is| are)(?: all)? back\b"  # "who's back for s2": the cast
    r"|\bwho(?: ?'s| is| are| has been| have been)(?: all)? (?:confirmed|announced|starring|cast)\b|\bwho stars\b"  # "who is confirmed for s2"
)
# "is the director coming back": the makers, not the cast ("is the same writer back" too).
_MAKERS = compile_later(r"\b(?:direct\w*|writers?|screenwriters?|showrunners?|creators?|pds?)\b")
# "when did s2 filming end", "when did they stop filming": the wrap, as "finish" asks it (never the production announcement)
_WRAP = compile_later(r"\bwrap\w*\b|\bfinish\w*\b|\bdone\b|\bcomplete\w*\b|\b(?:filming|shooting)(?:\s+\w+){0,3}?\s+(?:end|ended|ends|stopped|over)\b"
                      r"|\b(?:stop(?:ped)?|end(?:ed)?)\s+(?:filming|shooting)\b")
_FILMING = compile_later(r"\bfilm\w*\b|\bshoot\w*\b|\bproduction\b|\bproduc\w*\b|\bstart\w*\b|\bbegin\b|\bbegan\b")
_WHERE_ALONE = ("where", "location", "locations", "place", "season", "2", "s2", "set", "setting")
_PLACE = compile_later(r"\bwhere\b|\blocations?\b|\blocated\b")
_RENEWAL = compile_later(
    r"\brenew\w*\b|\bconfirm\w*\b|\bannounc\w*\b|\bgreen\s*lit\b|\bofficial\b|\bhappening\b|\bwill there be\b"
    r"|\bis there\b|\bgetting\b|\bgoing to be\b"
)
_TRAILER = compile_later(r"\btr[aá]il(?:er|ers|eres)\b|\bteasers?\b")
_READING = compile_later(r"\bscript[- ]?readings?\b|\btable[- ]?reads?\b")  # a milestone other than the release
_GENUINE = compile_later(r"\b(?:real|legit|fake|official|true|actual|ai|edited|fan[ -]?made)\b")  # "is the s2 trailer real"
_IS_ARE = compile_later(r"^(?:is|are)\b")
_STATUS = compile_later(r"\bstatus\b|\bnews\b|\bupdates?\b|\bsituation\b|\bstand\w*\b|\bprogress\b|\blatest\b|\bany word\b")
# "what's happening with season 2 right now" (not "is it out right now": a yes or no first).
_NOW = compile_later(r"\b(?:happening|going on) with\b|\bright now\b|\bcurrently\b|\bthese days\b")
_FILMING_STAGES = ("pre_production", "filming", "filming_wrapped", "post_production")
_WRAP_STAGES = ("filming_wrapped", "post_production")
_SEASON_WORDS = ("season", "2", "second", "next", "new", "sequel", "s2")
# "how many seasons are there", "is there only one season": how many have come out, and season 2.
_HOW_MANY_SEASONS = compile_later(
    r"\bhow many (?:seasons|parts|series)\b|\bnumber of seasons\b|\bonly (?:one|1|a single) season\b"
    r"|\b(?:is|was) there (?:just|only) (?:one|1) (?:season|part|series)\b"
)
# "how many seasons of kingdom", "... of the webtoon": something other than the show.
_OTHER_WORK = compile_later(r"\b(?:webtoon|comic|manhwa|book|novel)\b|\b(?:seasons?|parts?) (?:of|does|has) (?!the show\b|it\b|this\b)\w+")


_DATES_SOMEONE = compile_later(r"\b(?:date|dates|dated|dating)\s+(?:with\s+)?ent\d+|\bent\d+\s+(?:and\s+ent\d+\s+)?(?:date|dates|dated|dating)\b")
_FATE_IN_IT = compile_later(r"\b(?:alive|dead|die[sd]?|surviv\w*|zombie|halfbie|killed|living|lives)\b")
_EVERYONE = compile_later(r"\b(?:everyone|everybody|every one|all of them|they all|nobody|no one|anyone)\b")
_IS_IT_TRUE = compile_later(r"^(?:is it|it is|its|it 's) (?:true|real|confirmed)\b")
_ROLE = compile_later(r"\b(?:role|roles|character|char)\b")
_PLAYS = compile_later(r"\b(?:plays?|played|playing|portray\w*|actors?|actress(?:es)?|cast as|acts?|acted|acting)\b")


# Season-1 fates a character simply carries into season 2; any other leaves their return unexplained.
_CARRIED_ON = frozenset({"alive", "halfbie"})
# "is gwinam actually dead or coming back in s2": asked whether season 1 left them dead too
_DEAD_ASKED = compile_later(r"\b(?:dead|die|dies|died|alive|survive\w*|live|lived|death)\b", re.I)


class Season2Answers:
    def __init__(self, shared: Shared, claims: Claims, corrections: CorrectionAnswers, status: StatusAnswers,
                 records: RecordAnswers) -> None:
        self.s = shared
        self.claims = claims
        self.corrections = corrections
        self.status = status
        self.records = records
        self.dated = DatedAnswers(claims, status)
        self._pool: tuple[Record, ...] = shared.records.pool(
            "season 2", lambda r: (r.kind == "claim" and r.topic == "season2") or (r.kind == "fact" and {"season", "2"} <= r.stems)
        )
        self._last = max(shared.pack.episodes, default=NOTHING)
        # What the news says of season 2's story (Netflix's outline, the director's words), and the
        # outline itself, official and spoiler-free first.
        self._story = tuple(r for r in self._pool if r.stems & STORY_STEMS)
        # The words season-2 news uses of anything but the story (renewal, filming, cast, release,
        # makers, rating, budget): a question in them asks about the news, not what is in the season.
        self._news_words = frozenset().union(*(r.stems for r in self._pool if r not in self._story))
        # Whether the pack tells anything of season 2's story yet (a moderator's approved addition):
        # until it does, "who dies in season 2" is untold even once it is out, never a season-1 line.
        pack = shared.pack
        self._story_told = (any(p.season >= 2 for p in pack.episodes)
                            or any(e.episode.season >= 2 for c in pack.characters.values() for e in c.events)
                            or any(c.fate is not None and c.fate.spoils.season >= 2 for c in pack.characters.values()))
        self._outline = sorted((r for r in self._story if r.kind == "fact" and "plot" in r.stems),
                               key=lambda r: (r.confidence != "official", r.spoils, r.id))

    def answer(self, ask: Ask) -> Answer | None:
        found = self._answer(ask)  # worded in the asker's language where it can be (season2_pack_texts.py), its hour in
        return found if found is None else with_asked_clock(worded_in(found, ask.language), ask.raw, ask.language)  # a zone asked

    def _answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        if ask.matches(_HOW_MANY_SEASONS) and not ask.found.subjects and not ask.matches(_OTHER_WORK):
            return self._seasons(ask)
        if not_season_two(ask):  # "the leaked date is march 12 right?": season 2's; "the squid game trailer": never
            return None
        if a.qtype in ("who", "what_is") and not ask.matches(STORY) and self._newcomer(ask):
            return None  # "who is the nis guy in s2", "onjo's senior in s2": whom that names, as without "in s2"
        if asks_date_leak(ask):  # "did the s2 release date get leaked?": neither yes nor no
            return self._wrap(ask, leaked_date(self.status, Question(ask.raw, normalise(ask.text), [], ask.language), self.status.current.status))
        if ask.matches(EVENTS) and not ask.found.subjects:  # "when is the s2 red carpet": none known, never the release
            return self._wrap(ask, Answer(ask.raw, True, [Part(NO_EVENT, hedged=True)], "season2.events"))
        if ask.matches(UNSOURCED) and not ask.found.subjects:
            return dont_know(ask.raw, "that about season 2")  # "is s2 dubbed", "s2 reviews": never what is in it
        q = Question(ask.raw, normalise(ask.text), [s.mention for s in a.slots.values()], ask.language)
        status = self.status.current.status
        if (status.milestone is Milestone.RELEASED and not self._story_told and _HAPPENED_IN.search(ask.text)
                and not ask.found.subjects):
            return self._untold(ask, status)  # "what happened in s2" once it is out: its story, never the day it came out
        if ask.matches(SEASON_ITSELF) and re.search(r"\b(?:dead|killed|kill|cancel\w*|over|axed)\b", ask.text):
            return self._wrap(ask, self.status.cancellation(q, status))  # "did netflix kill season 2"
        if ask.matches(STORY) and not ask.matches(SEASON_ITSELF) and not a.claim:
            # once the lore tells season 2's deaths, those (whatever the status says yet: a server's
            # moderators add an episode's deaths as soon as they have seen it)
            if not self._story_told:
                return self._untold(ask, status)
            found = season_deaths(self.s, ask, 2) or season_story_of(self.s, ask, 2)
            if found is not None:
                return found
            if status.milestone is not Milestone.RELEASED:
                return self._untold(ask, status)
        if ((a.yes_no or a.qtype == "statement") and not ask.found.subjects and asks_release_day(ask.raw, status)
                and not any(p.search(ask.text) for p in (_TRAILER, _FILMING, _WRAP)) and not ask.matches(POSTER)):
            return self._wrap(ask, self.status.release(q, status, True))  # "¿sale el 19 de marzo?": that day, or the one set
        if ask.matches(POSTER) and not ask.found.subjects and status.milestone is not None:
            poster = poster_answer(ask.raw, self.claims, self.status.release(q, status, False))  # a poster exists
            if poster is not None:
                return self._wrap(ask, poster)
        if _TRAILER.search(ask.text) and not ask.matches(DELAY) and status.milestone is not None:
            # "is there a trailer" once a date stands: the trailer it went past ("when was it": its day, no verdict)
            # ("is the s2 trailer fake", read as "what is the season 2 trailer": Netflix's, never "no trailer" from before it)
            plain = (a.qtype in ("when", "why", "where", "what_is") or asked_day(ask.raw) or _GENUINE.search(ask.text)
                     or _MONTHS & set(a.words) or asks_a_leak(ask.raw))  # "came out in march", "leaked": never "Yes."
            found = self.status.trailer(q, status, "" if plain else "Yes.")  # (never "Yes." to a clip someone saw)
            if found is not None:
                return self._wrap(ask, found)
        delayed = status.delayed or (status.milestone is Milestone.RELEASED and self.status.delay_to_release(status))
        if delayed and ask.matches(DELAY) and a.yes_no and not a.years:
            return self._wrap(ask, self.status.delay(q, status))  # "was season 2 delayed": the delay that stands
        moved = any(c.milestone is Milestone.RELEASE_DATE_CHANGED for c in status.release_backing)
        if not delayed and ask.matches(DELAY) and (a.yes_no or (a.qtype == "why" and moved)) and not a.years:
            rumoured = self.status.delay_rumoured(q, status)  # "is s2 delayed" on a rumour's word alone
            if rumoured is not None:
                return self._wrap(ask, rumoured)
            if status.release_at is not None:  # "is s2 delayed" with a date set: whether it moved, never 2024's push
                # "why did s2 get pushed back" with the date moved: the move (no source gives a reason)
                return self._wrap(ask, self.status.release(q, status, a.yes_no))
            if a.yes_no and (unmoved := no_date_moved(self.status, self.claims, q, status)) is not None:
                return self._wrap(ask, unmoved)  # "did they push it back" with no date yet: none to move, then 2024's push
        if status.milestone is None and self._asks_status(ask):
            # Before the tracker has published anything there is no status to tell.
            return dont_know(ask.raw, "where season 2 stands right now (the season-2 tracker has not reported yet)")
        if a.years and status.release_at is not None and RELEASE_WORDS.search(ask.text) and not _TRAILER.search(ask.text):
            return self._wrap(ask, self.status.release_in(q, status, a.years))
        # "s2 releasing december 2026?": a statement asked ("?") is a yes/no of that date too
        asked = a.yes_no or (a.qtype == "statement" and a.raw.rstrip().endswith("?"))
        if asked and a.years and milestone_of(ask.text) not in (None, *(("release_date_announced",) if _TRAILER.search(ask.text) else ())):
            found = self.dated.verify(q, True)  # (a trailer that "came out" in a month: the trailer's, never the release's)
            if found is not None:
                return self._wrap(ask, found)
        if a.claim and not a.years and not ask.found.subjects and not _TRAILER.search(ask.text) and (
                RELEASE_WORDS.search(ask.text) or re.search(AVAILABLE, ask.text)):  # (a trailer out: its own answer)
            found = self._from_status(ask, q, status)  # "season 2 is already out right": whether it is out
            if found is not None:
                return found
        if a.claim and (ask.found.subjects or _EVERYONE.search(ask.text)) and _FATE_IN_IT.search(ask.text) and not a.years:
            return self._untold(ask, status)  # "is it true namra dies in s2", "everyone dies in s2 right?": untold
        if (a.claim and ask.found.subjects and ask.matches(_MEMBERSHIP) and not a.years
                and (not a.reported or ask.matches(_IS_IT_TRUE))):
            return self._about_someone(ask)  # "is it true yoo in soo is back for s2": the announced cast settles it
        if a.claim or (a.yes_no and a.years):
            found = self.corrections.answer(ask, self._pool)
            if found is not None:
                return found
        if not ask.found.subjects and ask.matches(_MEMBERSHIP) and a.qtype in ("yes_no", "statement"):
            # "is the bully back in season 2": whom fans call so, in the announced cast or not.
            described = self.s.describe(ask, ask.stems_without(_MEMBER_WORDS), strict=True)
            if isinstance(described, Subject) and described.kind == "character":
                return self._about_someone(Ask(a, Found([described])))
        if ask.found.subjects:
            return self._about_someone(ask)
        if (ask.matches(_CAST_ASK) and a.qtype in ("who", "statement", "what_is", "yes_no") and not ask.matches(_MAKERS)
                and not self._story_words(ask)):
            found = self._cast(ask) if not ask.matches(re.compile(r"\bsquid game\b")) else None
            if found is not None:
                return found
        if a.qtype == "where" and not ask.stems_without(_WHERE_ALONE):  # "s2 location?": where it is set and shot
            places = [self.s.records.by_id[i] for i in ("s2-setting", "s2-gangwon-shoot-2026-01") if i in self.s.records.by_id]
            if places:
                return self.s.answer(ask, [self.s.part(r) for r in places], "season2.where", evidence=places,
                                     consumed=_WHERE_ALONE)
        if (_STATUS.search(ask.text) or (_NOW.search(ask.text) and not a.yes_no)) and not ask.found.subjects:
            return self._wrap(ask, self.status.where_things_stand(q, status))
        if a.qtype == "when" and not _TRAILER.search(ask.text):  # "when does the s2 teaser come out": the trailer's
            found = self._when(ask, q, status)
            if found is not None:
                return found
        if a.qtype in ("how_many", "why", "where", "what_is", "who", "when"):
            found = self.records.answer(ask, self._pool)
            if found is not None:
                return found
        if _CANCEL.search(ask.text):
            return self._wrap(ask, self.status.cancellation(q, status))
        if _TRAILER.search(ask.text):
            found = self.status.trailer(q, status)
            if found is not None:
                return self._wrap(ask, found)
            found = self.records.answer(ask, self._pool)
            if found is None and a.qtype == "when":
                # "when is the season 2 trailer": no date to give; what the news says of trailers.
                found = self.records.answer(Ask(dataclasses.replace(a, qtype="what_is"), ask.found), self._pool)
            return found
        if ask.matches(_CAST_ASK) and not ask.matches(_MAKERS) and not self._story_words(ask):
            # "which squid game actors are in season 2": those the news names, never the whole cast
            return self._cast(ask) if "squid game" not in ask.text else self._squid_game(ask)
        if ask.matches(_READING):  # "when was the s2 script reading": that video's news, never where the release stands
            return self.records.answer(Ask(dataclasses.replace(a, qtype="what_is"), ask.found), self._pool)
        found = self._from_status(ask, q, status)
        if found is not None:
            return found
        if self._story_words(ask):
            # "is there a kiss in season 2", "who is the villain in s2": what is in it; the outline
            # where it says so, else nobody knows yet (never "Yes" from the renewal)
            return self._in_it(ask, status)
        if _RENEWAL.search(ask.text):
            return self._milestones(ask, ("renewed", "cancelled"), "season2.renewal")
        if _STATUS.search(ask.text) or not ask.stems_without(_SEASON_WORDS):
            return self._wrap(ask, self.status.where_things_stand(q, status))
        return self.records.answer(ask, self._pool)

    def _newcomer(self, ask: Ask) -> bool:
        """Whether the one character asked about (named, or described as fans describe them) is new in season 2."""
        found = ask.found.subjects
        one = (found[0] if len(found) == 1 else None) if found else self.s.describe(ask, ask.stems_without(NOT_STORY_WORDS))
        return isinstance(one, Subject) and one.kind == "character" and self.s.pack.characters[one.id].seasons == (2,)

    def _story_words(self, ask: Ask) -> list[str]:
        """The words of a season-2 question that ask what is in the season (empty: whether there is
        one, or whether someone is in it)."""
        if ask.a.qtype not in ("yes_no", "statement", "who", "what_is") or ask.matches(_PLAYS) or ask.matches(_LEFT_CAST):
            return []  # "how much did season 2 cost", "who plays the NIS guy in s2", "did lomon leave s2": news and cast
        dating = _DATES_SOMEONE.search(ask.text) is not None  # "does kim si eun date su-hyeok": no release date
        return [w for w in ask.stems_without(NOT_STORY_WORDS) if w not in self._news_words or (dating and w == "dat")]

    def _names(self, record: Record, subject: Subject) -> bool:
        """Whether `record` speaks of `subject` ("will Nam-ra be a zombie in s2" is not answered by
        what the director says of season 2's zombies)."""
        if subject.id in record.subjects:
            return True
        short = self.s.short(subject.id) if subject.kind == "character" else subject.name
        return short.casefold() in record.text.casefold()

    def _in_it(self, ask: Ask, status: Status) -> Answer:
        """What season 2 holds: the record of the season-2 news that says it, else untold."""
        # a record about that (its topic words name each word asked), never one that merely uses
        # a word of the question ("the date of the interview" is no answer to "does On-jo date")
        words = set(self._story_words(ask))
        about = [r for r in self._story if words <= (r.keyword_stems | r.topic_stems)
                 and all(self._names(r, subject) for subject in ask.found.subjects)]
        found = self.records.answer(ask, about) if about else None
        if found is not None and found.answered:
            return found
        return self._untold(ask, status)

    def _untold(self, ask: Ask, status: Status) -> Answer:
        """"who dies in season 2", "does On-jo survive season 2": a story not yet out is not known;
        where season 2 stands, and whether the characters named are in its announced cast."""
        refs = self._cast_refs()
        about = "what happens to anyone in it" if ask.matches(STORY) else "what is in it"
        # Once season 2 is out, "it has not come out" would contradict the status line below it.
        out = one_source_out(status)  # TVmaze lists the premiere as aired: neither out nor not out
        said = ("Season 2 is out, but my sources do not say anything yet about" if status.milestone is Milestone.RELEASED
                else f"Nobody knows yet: only one source, {out.source.publisher}, says season 2 is out, and my sources "
                "say nothing about" if out is not None
                else "Nobody knows yet: season 2 has not come out, and my sources say nothing about")
        # what the season-2 records say of the very thing asked ("are the zombies different in s2": the director's
        # "stronger, evolved zombies"), as said: a quote, never what the season shows; of someone named, their place
        # in the cast below says it
        words = set(ask.stems_without(NOT_STORY_WORDS)) if not ask.found.subjects else set()
        words |= {"turn"} if "halfbie" in words else set()  # "more halfbies in s2": what was said of its zombies
        said_of = [r for r in self._story if r.kind == "fact" and r not in self._outline[:1] and words & r.stems]
        # what the outline says of someone named ("On-jo, now a university student in Seoul")
        named = [r for r in self._story if r not in self._outline[:1] and ask.found.subjects
                 and all(self._names(r, s) for s in ask.found.subjects)][:1]
        beyond = ", beyond what its makers have said" if said_of or named else ""
        parts = [Part(f"{said} {about}{beyond}.", NOTHING, "official", refs)]
        parts += [self.s.part(r, f"{OUTLINE_LEAD}{r.text}") for r in self._outline[:1]]
        parts += [self.s.part(r) for r in (said_of[:1] or named)]
        at = len(parts) if out is None and status.milestone is not None else None
        if at is not None:  # one source's "out" was said first: no older step beside it
            parts.append(self.status.part(status, "Season 2"))
        for subject in ask.found.subjects[:3]:
            if subject.kind == "character":  # one left out of the cast leads: what is known of them there
                c = self.s.pack.characters[subject.id]
                parts = absent_first(parts, self._members(c, verdict=False), c, len(ask.found.subjects) == 1)
                parts += left_dead(self.s, c, self._spoils(c)) if ask.matches(_DEAD_ASKED) else []
            else:  # "is lee min jae onjo's boyfriend in s2": the newcomer the actor plays, as announced
                parts += [p for c in self.s.pack.characters_played_by(subject.id)[:1]
                          if 2 in c.seasons and 1 not in c.seasons for p in self._members(c, verdict=False)]
        if not ask.found.subjects:
            parts += [p for c in newcomer_described(self.s.pack, words) for p in self._members(c, verdict=False)]
        parts = status_said_in(parts, at, ask.language, lambda heading, lang: self.status.part(status, heading, lang=lang))
        return self._wrap(ask, Answer(ask.raw, True, parts, "season2.untold"))  # (in the asker's language if it can be)


    def _asks_status(self, ask: Ask) -> bool:
        text = ask.text
        return bool(_STATUS.search(text) or _CANCEL.search(text) or _TRAILER.search(text) or _WRAP.search(text)
                    or (RELEASE_NOW.search(text) and not _CAST_ASK.search(text))
                    or (_FILMING.search(text) and not ask.a.years))

    def _when(self, ask: Ask, q: Question, status: Status) -> Answer | None:
        """When a step happened: the first news of it (official first), then where things stand."""
        text = ask.text
        if RELEASE_WORDS.search(text) and (not _RENEWAL.search(text) or RELEASE_DATE.search(text)) \
                and not _FILMING.search(text):
            return self._wrap(ask, self.status.release(q, status, False))
        if _WRAP.search(text):
            steps: tuple[str, ...] = ("filming_wrapped",)
        elif _CAST_ASK.search(text):
            steps = ("casting",)
        elif _FILMING.search(text) and not re.search(r"\bpre\b", text):
            steps = ("filming",)
        elif _RENEWAL.search(text):
            steps = ("renewed",)
        else:
            return None
        news = [c for c in self.claims.season2 if c.milestone in steps and c.standing == "standing"
                and c.confidence != "rumour"]
        if not news:
            return None
        official = [c for c in news if c.confidence == "official"]
        parts = self.claims.parts((official or news)[0])
        return self._wrap(ask, Answer(ask.raw, True, parts, "season2.when"))

    def _seasons(self, ask: Ask) -> Answer:
        """How many seasons have come out (season 2 counts once the status says it is out), and
        where season 2 stands."""
        status = self.status.current.status
        show = self.s.pack.show
        first = f"season 1, {show.episode_count} episodes, released on {day_text(dt.date.fromisoformat(show.premiere))}"
        out = status.milestone is Milestone.RELEASED
        if out:
            second = f", released on {day_text(status.release_at.date())}" if status.release_at is not None else ""
            text = f"{'No. ' if ask.a.yes_no else ''}Two seasons have come out: {first}, and season 2{second}."
        else:
            text = f"Yes, so far: only {first}." if ask.a.yes_no else f"One season has come out so far: {first}."
        refs = (*self.s.knowledge.show_refs(), *(self.status.refs(status, release=True) if out else ()))
        parts = [Part(text, NOTHING, "official", refs)]
        if status.milestone is not None and not out:
            parts.append(self.status.part(status, "Season 2"))
        return self._wrap(ask, Answer(ask.raw, True, parts, "seasons"))

    def _wrap(self, ask: Ask, answer: Answer) -> Answer:
        """An answer built from the status or the claims: every word of the question is its own."""
        return Answer(answer.question, answer.answered, answer.parts, answer.intent, answer.entities,
                      consumed=frozenset(ask.a.stems))

    def _from_status(self, ask: Ask, q: Question, status: Status) -> Answer | None:
        """Release, filming and wrap questions from the current status, with the pack's history."""
        if status.milestone is None:
            return None
        text = ask.text
        # "s2 out on the 19th of march?": a day asked is a yes or no (that day, or the one the sources give)
        yes_no = ask.a.yes_no or (ask.a.qtype == "statement" and ask.raw.rstrip().endswith("?") and asked_day(text) is not None)
        if _WRAP.search(text):
            if yes_no and asked_day(text) is not None:  # "did s2 wrap on january 5": that day held to the wrap reported
                found = self.corrections.answer(ask, self._pool)
                if found is not None:
                    return found
            return self._wrap(ask, self.status.stage(q, status, "filming_wrapped", _WRAP_STAGES, "season2.wrap", yes_no))
        if RELEASE_NOW.search(text) and (not _RENEWAL.search(text) or RELEASE_DATE.search(text)):
            found = self.status.release(q, status, yes_no)
            where = self._where_it_streams() if re.search(r"\bwhere\b", text) else None
            if where is not None:  # "where can i watch season 2": where the show streams first, then whether it is out
                found = Answer(found.question, found.answered, [where, *found.parts[:1]], found.intent, found.entities)
            return self._wrap(ask, found)
        if _FILMING.search(text) and not _PLACE.search(text):  # "where is season 2 filmed": a place, not a stage
            asks_yes_no = yes_no and not _IS_ARE.match(text)
            return self._wrap(ask, self.status.stage(q, status, "filming", _FILMING_STAGES, "season2.filming",
                                                     asks_yes_no))
        return None

    def _where_it_streams(self) -> Part | None:
        """The pack's fact on where the show streams ("... on Netflix only ...")."""
        for record in self.s.records.all:
            if record.kind == "fact" and "netflix" in record.stems and re.search(r"\bonly\b", record.text):
                return self.s.part(record)
        return None

    def _milestones(self, ask: Ask, milestones: tuple[str, ...], intent: str) -> Answer | None:
        claims = [c for c in self.claims.season2 if c.milestone in milestones and c.standing == "standing"]
        official = [c for c in claims if c.confidence == "official"]
        if official:
            later = [c for c in claims if c.confidence != "official" and c.date > official[-1].date]
            claims = official + later[-2:]
        verdict = "Yes." if ask.a.yes_no and claims and "renewed" in milestones else ""
        parts = [p for i, c in enumerate(claims[-4:]) for p in self.claims.parts(c, verdict=verdict if i == 0 else "")]
        if not parts:
            return None
        return self._wrap(ask, Answer(ask.raw, True, parts, intent))

    # -- the cast

    def _about_someone(self, ask: Ask) -> Answer | None:
        """Is a character or actor in season 2? Other questions about them are the general kinds'."""
        subjects = ask.found.subjects
        if (ask.a.qtype in ("who", "what_is", "statement") and len(subjects) == 1 and subjects[0].kind == "character"
                and ask.matches(_PLAYS)):  # "who plays Jong-ah in s2", "cheongsan s2 actor"
            # "who plays Jong-ah in s2": the actor, as the cast answer says it (not every name of
            # the announcement); of a character who is not in season 2, that they are not
            character = self.s.pack.characters[subjects[0].id]
            if 2 in character.seasons:
                return None
            return self._wrap(ask, Answer(ask.raw, True, [self._member(character)], "season2.cast",
                                          (Entity("character", character.id, character.name),)))
        role_asked = (ask.a.qtype in ("who", "what_is", "statement") and len(subjects) == 1
                      and subjects[0].kind == "person" and (ask.matches(_PLAYS) or ask.matches(_ROLE))
                      and bool(self.s.pack.characters_played_by(subjects[0].id)))
        if role_asked and any(2 in c.seasons for c in self.s.pack.characters_played_by(subjects[0].id)):
            return None  # "who does park jihoo play in s2": the role, said as for season 1, never the whole cast hidden
        if (self._story_told and ask.a.qtype in ("what_is", "where", "statement") and ask.matches(DOINGS)
                and (told := season_story_of(self.s, ask, 2)) is not None):
            return told  # "where does Nam-ra go in season 2": what the lore tells of her there
        # "who does ha seung ri play in s2": whom they play in season 1, and that they are not in season 2's cast
        if not role_asked and (not ask.matches(_MEMBERSHIP) or ask.a.qtype not in ("yes_no", "statement")):
            if not (ask.a.qtype == "who" and ask.matches(re.compile(r"\breturn\w*|\bcoming back|\bcome back"))):
                ids = {s.id for s in ask.found.subjects}
                about = [r for r in self._pool if r.subjects & ids]
                found = self.records.answer(ask, about) if about else None
                if found is None and ask.a.qtype in ("what_is", "who") and not ask.stems_without(NOT_STORY_WORDS):
                    return self._untold(ask, self.status.current.status)  # "what is onjo doing in s2": what is said of her part
                return found
        if ask.a.qtype in ("yes_no", "statement") and self._story_words(ask):
            # "do Su-hyeok and Nam-ra kiss in season 2": what they do in it, not whether they are in it
            return self._in_it(ask, self.status.current.status)
        parts: list[Part] = []
        entities: list[Entity] = []
        verdict = not re.match(r"\W*why\b", ask.raw, re.I)  # "why isn't nam ra in s2" (read so): no "Yes."
        leaving = ask.matches(_LEAVING)
        verdict = verdict and not leaving and not _NOT_IN.search(ask.raw.casefold())
        for subject in ask.found.subjects[:3]:
            if subject.kind == "character":
                parts += not_back(c := self.s.pack.characters[subject.id], self._members(c, verdict), ask)
                entities.append(Entity("character", subject.id, subject.name))
                if ask.matches(_DEAD_ASKED):
                    parts.extend(left_dead(self.s, c, self._spoils(c)))
                continue
            roles = self.s.pack.characters_played_by(subject.id)
            person = self.s.pack.people[subject.id]
            if role_asked:  # said as a returning actor's role is ("in season 1" would tell they are not back)
                parts.append(Part(f"{person.name} plays {', '.join(c.name for c in roles)}.", NOTHING,
                                  roles[0].actor_confidence, self.s.knowledge.refs(person.sources)))
            if roles:
                parts += [returning_said(c, p, ask.language) for c in roles
                          for p in not_back(c, self._members(c, verdict and not role_asked), ask)]  # ("vuelve yoo in-soo")
                entities.append(Entity("person", subject.id, subject.name))
            names = [person.name, *person.variants]
            news = [c for c in self.claims.season2 if any(n in c.text for n in names)]
            standing = [c for c in news if c.standing == "standing"] or news
            # news of their part ("Lomon may already have finished his part") tells their role is back: hidden as that is
            hide = max((self._spoils(c) for c in roles), default=NOTHING)
            parts += [dataclasses.replace(p, spoils=max(p.spoils, hide)) for c in standing[-2:]
                      if c.milestone == "casting" or not roles or leaving for p in (self.claims.part(c),)]
            if leaving and hide != NOTHING:  # what else they took on, which tells nothing of the story, stays in the clear
                parts += [self.s.part(r) for r in self.s.records.by_id.values() if r.kind == "fact" and r.spoils == NOTHING
                          and subject.id in r.subjects and _OTHER_DRAMAS <= r.keyword_stems][:1]
        if not parts:
            return None
        if len(parts) == 1 and [e.kind for e in entities] == ["character"]:  # "onjo sale en la temporada 2": said there
            parts = [returning_said(self.s.pack.characters[entities[0].id], parts[0], ask.language)]
        return self._wrap(ask, Answer(ask.raw, True, parts, "season2.cast", tuple(entities)))

    def _members(self, character: Character, verdict: bool = True) -> list[Part]:
        """Their place in the cast, and a newcomer's announced role when it spoils more than the cast line
        (Ma-ru is "On-jo's senior at university": On-jo lives through season 1): apart, hidden as far as it spoils."""
        parts = [self._member(character, verdict)]
        summary = character.summary
        if (2 in character.seasons and 1 not in character.seasons and not character.introduced and summary
                and character.summary_spoils > self._spoils(character)):
            parts.append(Part(f"Netflix announced {character.short_name or character.name} as "
                              f"{newcomer_role(summary)}.", character.summary_spoils, "official", self._cast_refs()))
        return parts

    def _member(self, character: Character, verdict: bool = True) -> Part:
        actor = f" ({self.s.knowledge.person_name(character.actor)})" if character.actor else ""
        fate = character.fate
        if character.introduced:  # a newcomer this server's moderators added, not Netflix's cast
            text = f"Yes. {character.name}{actor} is in season 2, from {character.introduced.label} on."
            return Part(text if verdict else text.split(" ", 1)[1], character.introduced, character.actor_confidence,
                        self.s.knowledge.refs(character.sources), hedged=True)
        if 2 in character.seasons and 1 in character.seasons and fate is not None \
                and fate.status not in _CARRIED_ON and (fate.episode is None or fate.episode.season == 1):
            # Cheong-san: cast, but season 1 leaves him presumed dead; how he is back is not said
            who = {"he": "he", "she": "she"}.get(self.s.profiles.gender.get(character.id, ""), "they")
            return Part(f"{character.name}{actor} is in the season 2 cast Netflix announced, but how {who} "
                        f"returns is unexplained: season 1 leaves {character.short_name or character.name} "
                        f"{LEFT.get(fate.status, 'with an unclear fate')}.",
                        self._spoils(character), "official", self._cast_refs(), hedged=True)
        if 2 in character.seasons:
            text = f"Yes. {character.name}{actor} is in the season 2 cast Netflix announced."
            if 1 in character.seasons:  # "will namra's actress be back": say it in the asker's word
                who = {"he": "he", "she": "she"}.get(self.s.profiles.gender.get(character.id, ""), "they")
                text = f"{text[:-1]}: {who} {'return' if who == 'they' else 'returns'} from season 1."
            if 1 not in character.seasons and character.summary and character.summary_spoils <= self._spoils(character):
                text = f"{text[:-1]}: {newcomer_role(character.summary)}."  # a newcomer: who they are, as announced
        else:
            # The announced cast need not be the whole cast: no flat "No." to "will X be back".
            text = f"Not as far as anyone knows: {character.name}{actor} is not in the season 2 cast Netflix announced."
        if not verdict:
            text = text.split(": ", 1)[1] if text.startswith("Not as far") else text.split(" ", 1)[1]
        return Part(text, self._spoils(character), "official", self._cast_refs(), hedged=True)

    def _spoils(self, character: Character) -> Position:
        """A season-1 character's place in season 2 (or absence) tells how season 1 ends for them."""
        return self._last if 1 in character.seasons else NOTHING

    def _squid_game(self, ask: Ask) -> Answer:
        said = [r for r in self._pool if r.kind == "fact" and "squid" in r.stems]
        if not said:
            return dont_know(ask.raw, "which season 2 actors were in Squid Game")
        return self.s.answer(ask, [self.s.part(r) for r in said], "season2.cast", evidence=said,
                             consumed=stems_of(ask.text))

    def _cast(self, ask: Ask) -> Answer | None:
        parts = cast_parts(self.s, ask, self._cast_refs(), self._last)
        return self._wrap(ask, Answer(ask.raw, True, parts, "season2.cast")) if parts else None

    def _cast_refs(self) -> tuple[SourceRef, ...]:
        official = [c for c in self.claims.season2 if c.milestone == "casting" and c.confidence == "official"]
        return self.s.knowledge.refs([official[-1].source]) if official else self.claims.latest_official_refs()
