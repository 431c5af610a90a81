"""Season 2's episodes as TVmaze lists them (the show's shape, bot/show.py): how many, their titles
and when each airs.

The shape is learned from one source, TVmaze, so every answer says so: a count or an air time is
"not confirmed yet, one source" unless the release date set officially is the same day. An
episode's title spoils that episode, so each title is its own part, hidden from a reader who has
not reached it (a list of titles hides each line that far). Titles are already inert text
(bot.show.plain_title). Nothing here reads the clock: an answer holds while the shape and the
status it was given under do (the engine's memory is keyed on both).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections import Counter
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.asked_clock import with_asked_clock
from bot.lore.answer.asked_day import asked_day, is_day
from bot.lore.answer.parts_named import part_of_another, season_parts
from bot.lore.answer.result import Answer, Part, SourceRef
from bot.lore.answer.season2_aired import (
    confidence_of,
    has_aired,
    in_parts,
    is_out,
    part_held,
    since_out,
    unconfirmed,
)
from bot.lore.answer.season2_episode_words import (
    COUNT_SAID,
    DROPS_SAID,
    EPISODE_OUT_SAID,
    LENGTH_SAID,
    NONE_LISTED,
    ONE_SOURCE_AIRS,
    OUT_SO_FAR,
    episode_out_said,
)
from bot.lore.answer.season2_parts_out import (
    came_out_asked,
    first_to_come,
    not_over_yet,
    out_in_parts,
    out_then_moved,
    over_dated,
    over_in_parts,
    part_opening,
)
from bot.lore.answer.season2_phrases import WORDS
from bot.lore.answer.season2_status import StatusAnswers
from bot.lore.answer.season2_tvmaze_ref import tvmaze_ref
from bot.lore.answer.season2_which import named_episode, names_an_episode
from bot.lore.answer.wording import day_text, hedged_verdict, when_text
from bot.lore.other_works import OTHER_WORKS
from bot.season2.model import Confidence, Milestone, Status, strongest
from bot.season2.rules import part_out_by
from bot.show import NOTHING, SEASON_ONE_RELEASE, EpisodeInfo, Position, ShowShape
from bot.text import month_alternation

_EPISODES = compile_later(r"\b(?:episodes?|eps?)\b")
_NUMBERED = compile_later(r"\b(?:episode|ep|e) ?(0?[1-9]|[1-9]\d)\b|\b(0?[1-9]|[1-9]\d)(?:st|nd|rd|th) (?:episode|ep)\b")
_COUNT = compile_later(r"\bhow many\b|\bnumber of\b|\bcount\b")
# "what is season 2 rated", "s2 age rating": its age rating (never its score on IMDb, nor how many watch it)
_RATED = compile_later(r"\b(?:rated|rating|certificate|certification)\b")
_SCORED = compile_later(r"\b(?:imdb|rotten|tomato\w*|score\w*|reviews?|viewers?|views|viewership|top 10|audiences?|stars?)\b")
_TITLE = compile_later(r"\b(?:titles?|titled|called|named)\b|\bname of\b|\bnames?\b")
_LIST = compile_later(r"^(?:(?:can you |pls |please )?(?:list|show me|give me|name)\b)|\b(?:list|guide)\b"
                   # "what are the episodes of season 2", "what are the s2 eps": the listing, not a record
                   r"|^(?:what|which) (?:are|r) (?:the |all (?:the )?)?(?:(?:season 2|s2)(?:'s)? )?(?:episodes|eps)\b"
                   r"(?! (?:about|like))")
_WHEN = compile_later(
    r"\bwhen\b|\bwhat time\b|\bair\w*\b|\bcome out\b|\bcomes out\b|\bcoming out\b|\bcame out\b|\brelease\w*\b"
    r"|\bdrop\w*\b|\bdate\b|\bpremiere\w*\b|\bschedule\w*\b|\bout(?: yet| now| already)?\W*$"
)
# "is s2e8 out?", "is episode 3 of season 2 out yet": a yes or no ("when did it come out" is not)
# (or an episode's mark with "out" alone: "s2e5 out?", "episode 5 out yet?")
_IS_OUT = compile_later(r"^(?:(?:is|are|has|have)\b(?!.*\bcom\w* out\b).*\b|(?:s(?:eason)? ?\d+,? )?(?:ep(?:isode)?s?\.? ?\d+|e\d+) "
                        r"|s\d+ ?e\d+ )out(?: yet| now| already)?"
                        # "is episode 5 out in the us": a place changes nothing (Netflix releases worldwide at once)
                        r"(?: (?:in|on) (?:the )?[a-z]+(?: [a-z]+)?)?(?: yet| now| already)?\W*$")
_RUNTIME = compile_later(r"\b(?:runtimes?|run ?times?|running times?|lengths?|minutes|duration|hours? long|an hour)\b")
_LENGTH = compile_later(rf"\bhow long\b|{_RUNTIME.pattern}")
# "how long until episode 5", "how long ago did it air": a wait, not a runtime
_WAIT = compile_later(r"\bhow long (?:until|till|til|before|to go|left|ago|do we|will we|have we|must we)\b")
# "is s2 episode 5 delayed", "why is ep 8 late": an episode's own day, as listed (never the season's premiere or an old
# rumour of a delay to the season)
_DELAYED = compile_later(r"\b(?:delay\w*|postpon\w*|pushed back|late)\b")
# A day asked of an episode's coming out ("on april 9", "march 12th", "the 2nd of april"), in the present or future
# tense: never of season 1's, out since January 2022 ("did ep 5 come out on jan 28" is past)
_MONTH = f"(?:{month_alternation(stems=True, short=True)})[a-z]*"
_DAY_ASKED = compile_later(rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}\b")
_STILL_TO_COME = compile_later(r"^(?:is|are|does|do|will|would)\b(?!.*\b(?:did|came|was|were|aired)\b)"
                               r".*\b(?:coming out|come out|out|drops?|dropping|released?|releasing|air|airing)\b"
                               # "is the finale on march 12", "is the finale march 12?": a day it is on
                               rf"|^(?:is|are)\b(?!.*\b(?:did|came|was|were|aired)\b).*\b(?:on |the )?{_MONTH} \d"
                               # a friend's word ("someone said the finale is march 12, is it true"), as the preamble
                               # words it: the day claimed, asked of whatever it names
                               r"|^someone said (?:that )?(?!.*\b(?:did|came|was|were|aired)\b).*\b(?:is|are|comes?"
                               r"|coming|drops?|dropping|airs?|airing|releases?)\b")
# What happens in it: no source lists that, so these questions are the other kinds'.
_STORY = compile_later(r"\bhappens?\b|\bdie\w*\b|\bdeaths?\b|\bkill\w*\b|\babout\b|\bplot\b|\bsummary\b|\brecap\b")


# "are all s2 eps out at once", "is s2 weekly", "is s2 split in two parts": how its episodes come out; "when is part 2",
# "s2 pt 2", "파트2": the later part (season 1 had none, so a part 2 is season 2's)
_DROPS = compile_later(r"\b(?:all )?at once\b|\bweekly\b|\bevery week\b|\bsplit\b|\bin (?:two|2) parts\b|\bbatch(?:es)?\b")
# (one part named, "part 1", "the second part", "파트2", is parts_named's season_parts: which drop is asked about)
_TWO_PARTS = compile_later(r"\b(?:two|2) parts\b")
# "when does the rest of s2 come out", "the last 4 episodes": the last part listed
_REST = compile_later(r"\brest of (?:season 2|it|the season|the episodes)\b|\b(?:remaining|last (?:four|4)|other (?:four|4)|"
                      r"next (?:four|4)) (?:episodes|eps)\b"
                      # "is the rest out april 9", "when does the rest drop": the rest of it coming out
                      r"|\bthe rest\b(?! of\b)(?=.*\b(?:out|drops?|dropping|releas\w*)\b)")
# "is all of s2 out", "is the whole season out": whether every part is out, so how the episodes come out
# "is s2 over", "season 2 is over right?", "is season 2 done airing", "when does s2 end": whether its last episode is out, once the episodes are
# listed (never the filming, said or not, nor a cancellation: "is s2 over" once it is out asks about its episodes)
_ENDED = compile_later(r"^(?:is|has|did)\b.*\b(?:over|done|finished|complete|completed|ended)\b|^(?:so |wait |and |ok |okay )?(?:season 2|s2)(?: is| has)?(?: all| already)? (?:over|done|finished|ended)(?: already| now| yet)?(?:,? (?:right|yeah|yes|then))?\W*$|\bwhen\b.*\b(?:end|ends|ending|finish|"
                       r"finishes|over|done)\b|\b(?:done|finish\w*|end\w*) (?:airing|releasing|dropping|streaming)\b")
_AIRING = compile_later(r"\b(?:airing|releasing|dropping|streaming|when)\b")  # "season 2 when end" (Korean order) too
_MAKING = compile_later(r"\b(?:film\w*|shoot\w*|shot|production|post|cancel\w*|renew\w*|axed|story|plot)\b")
_OUT_WORD = compile_later(r"\b(?:out|released|available|dropped)\b")
# "is it out april 9?", "coming out on the 9th?", "april 9 release??": a day asked of the show's release, when season 2
# is listed in parts, is that day's part (never a trailer's, the webtoon's, season 1's or another show's day)
# "the finale", "the last episode", "the final ep": the season's last, whichever season is meant
_FINALE = compile_later(r"\b(?:finale|(?:last|final) (?:episode|ep)s?)\b")
_NOT_A_DROP = compile_later(rf"\b(?:trailers?|teasers?|posters?|webtoon|manhwa|comic|fan ?meet\w*|event|season 1|s1|first season)\b"
                            rf"|{OTHER_WORKS}")
_WHOLE = compile_later(r"\b(?:all|every)(?: of)?(?: the)? (?:season 2|episodes?|eps?)\b|\b(?:whole|full|entire|complete) season\b")
def _parts_said(part: Part, days: dict[dt.date, list[int]], out: bool, lang: str) -> Part:
    """`part`, the line of season 2's parts and their days, in `lang` where DROPS_SAID has its words."""
    if (words := DROPS_SAID.get(lang)) is None:
        return part
    groups = words.get("sep", ", ").join(words["group"].format(first=n[0], last=n[-1], day=day_text(day, lang)) for day, n in sorted(days.items()))
    return part.worded(words["parts_out" if out else "parts"].format(n=len(days), groups=groups), lang)


def _part_on(text: str, days: dict[dt.date, list[int]]) -> int | None:
    """Which listed part (0 the first) comes out on the day `text` names ("april 9", "the 9th"), None for another day."""
    if (asked := asked_day(text)) is None:
        return None
    return next((i for i, listed in enumerate(sorted(days)) if is_day(asked, listed)), None)


class Season2Episodes:
    def __init__(self, shape: ShowShape, status: StatusAnswers, show_refs: tuple[SourceRef, ...] = ()) -> None:
        self.shape = shape
        self.status = status
        self.show_refs = show_refs  # season 1's own sources, for its count beside season 2's

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        listed = self.shape.episodes_in(2)
        episode = a.episode if a.episode is not None and a.episode.season == 2 else None
        if episode is None and a.season == 2:
            # "the first episode of season 2", "the s2 finale", "episode 3 of season 2": read as season 1's at first
            episode = named_episode(ask.text, listed)
            if episode is None and (number := _NUMBERED.search(ask.text)) is not None:
                episode = Position(2, int(number.group(1) or number.group(2)))
            if episode is not None:
                a.episode = episode  # the kinds after this one answer of that episode, not of season 1's
            elif a.episode is not None and names_an_episode(ask.text):
                a.episode = None  # "the s2 finale" before any list: not season 1's, and which one is not known
        day_to_come = bool(ask.matches(_DAY_ASKED) and ask.matches(_STILL_TO_COME))
        if (episode is None and a.season is None and a.episode is not None and a.episode.season == 1 and not listed
                and day_to_come):
            # "is the finale out march 12?", "is episode 12 out march 12" before any listing: season 1's came out long
            # ago, and no source gives season 2's a day of its own, so the season's day (or that none is set) is all
            # that is known, never a "Yes." off it
            finale = ask.matches(_FINALE) is not None
            if (unlisted := self._finale_unlisted(ask, None if finale else a.episode)) is not None:
                return unlisted
            if finale:
                a.season, a.episode = 2, None
        if (episode is None and a.season is None and a.episode is not None and a.episode.season == 1
                and (ask.matches(_DELAYED) or day_to_come or self._last_asked_out(ask, listed))
                and self.status.current.status.release_at is not None):
            # "is episode 5 delayed", "is episode 5 coming out on april 9": season 1's came out long ago, so it is
            # season 2's (the season's, unlisted); the answer gives the day it is listed for, the asker's checked by it
            if listed and (named := named_episode(ask.text, listed)) is not None:
                episode = a.episode = named  # "is the finale out march 12?": season 2's last listed, not episode 12
            elif listed and a.episode.episode <= len(listed):
                episode = a.episode = Position(2, a.episode.episode)
            elif not listed:
                a.season, a.episode = 2, None
        drops = self._drops(ask, listed)
        if drops is not None:
            return drops
        if (episode is None and a.season is None and ask.matches(_COUNT) and _EPISODES.search(ask.text)
                and not ask.found.subjects and self.status.current.status.milestone is Milestone.RELEASED):
            # "how many episodes are there" once season 2 is out: both seasons, not season 1's alone
            first = Part(f"Season 1 has {len(self.shape.episodes_in(1))} episodes.", NOTHING, "official", self.show_refs)
            return self._wrap(ask, [first, *self._counted(listed, self.status.current.status, ask.language)], "episodes.count")
        if (a.season == 2 and ask.matches(_RATED) and not ask.matches(_SCORED)
                and self.status.current.status.milestone is Milestone.RELEASED):
            return self._wrap(ask, [self._rating(self.status.current.status)], "season2.rating")
        # "the runtime of s2" asks of its episodes; "how long is season 2" may ask how many there are
        said_episodes = _EPISODES.search(ask.text) or ask.matches(_RUNTIME) or names_an_episode(ask.text)
        if (episode is None and (a.season != 2 or not said_episodes)) or ask.matches(_STORY):
            return None
        length = ask.matches(_LENGTH) is not None and ask.matches(_WAIT) is None
        if not listed:
            if length and (a.episode is not None or names_an_episode(ask.text)):  # not season 1's runtime
                part = Part("How long season 2's episodes run is not known yet: no source lists them.", NOTHING,
                            "official", hedged=True)
                return self._wrap(ask, [part], "season2.episodes.length")
            if episode is None and ask.matches(_COUNT) and self.status.current.status.milestone is Milestone.RELEASED:
                # out, and no source counts its episodes yet: the pack's "none announced as of <day>" is stale by now
                return self._wrap(ask, self._counted(listed, self.status.current.status, ask.language), "season2.episodes.count")
            return None  # nothing listed yet: the season-2 news says what is known
        status = self.status.current.status
        if episode is not None and self.shape.episode(episode) is None:
            part = Part(f"TVmaze lists {len(listed)} episodes for season 2, so there is no {episode.typed_label}.",
                        NOTHING, "reported", (tvmaze_ref(status),), hedged=True)
            return self._wrap(ask, [part], "season2.episode.none")
        if episode is None:
            if length:
                return self._wrap(ask, [self._lengths(listed, status, ask.language)], "season2.episodes.length")
            if ask.matches(_COUNT):
                return self._wrap(ask, self._counted(listed, status, ask.language), "season2.episodes.count")
            if ask.matches(_TITLE) or ask.matches(_LIST):
                return self._wrap(ask, self._titles(listed, status), "season2.episodes.titles")
            return None
        info = self.shape.episode(episode)
        assert info is not None
        if ask.matches(_TITLE):
            return self._wrap(ask, self._title(info, status), "season2.episode.title")
        if length:
            return self._wrap(ask, [self._lengths((info,), status, ask.language)], "season2.episode.length")
        if ask.matches(_WHEN) or ask.matches(_DELAYED) or day_to_come:
            if all(i.airstamp is not None for i in listed) and part_held(info, status) is not None:
                # its part's day moved by Netflix, TVmaze not following yet: that day, never TVmaze's stale one (review68a)
                held = self._episode_out(info, status, listed_days(listed), has_aired(info, status, self.status.current.now()),
                                         ask.language, verdict=ask.matches(_IS_OUT) is not None or came_out_asked(ask))
                return self._wrap(ask, [held], "season2.episode.airs")
            part = self._airs(info, status, ask.language)
            if (ask.matches(_IS_OUT) or came_out_asked(ask)) and is_out(info, status):
                part = dataclasses.replace(part, text=f"Yes. {part.text}")
            return self._wrap(ask, [part], "season2.episode.airs")
        return None

    def _finale_unlisted(self, ask: Ask, numbered: Position | None = None) -> Answer | None:
        """Season 2's day, with no verdict on the finale's (or the `numbered` episode's), and that no listing gives it
        a day of its own; None when no day is set (the season's own answer says so) or the asker writes in another
        language."""
        status = self.status.current.status
        release = self.status.release_part(status) if ask.language == "en" else None
        unset = status.milestone is not Milestone.RELEASED and ask.language == "en"
        if release is None and numbered is None and unset:
            # no day set: not confirmed, however the finale's day is asked ("is the finale march 12" has no release word)
            no_day = self.status.no_release_part(status, verdict="Not confirmed.")
            return self._wrap(ask, [no_day, *self.status.standing(status)], "season2.episode.airs")
        if release is None:
            return None
        asked = "finale" if numbered is None else f"episode {numbered.episode}"
        said = (f"No source gives season 2's {asked} a day of its own yet (no episode list): the day above is the "
                "whole season's, as announced.")
        if numbered is not None and self.shape.contains(numbered):  # the asker may mean season 1's, long out
            said += (f" Season 1's episode {numbered.episode} came out with the rest of season 1, on "
                     f"{day_text(SEASON_ONE_RELEASE.date())}.")
        note = Part(said, NOTHING, release.confidence, hedged=True)
        return self._wrap(ask, [release, note], "season2.episode.airs")

    def _last_asked_out(self, ask: Ask, listed: tuple[EpisodeInfo, ...]) -> bool:
        """Whether "is the finale out" asks of season 2's last listed episode: once TVmaze lists season 2, "the
        finale" / "the last episode" asked whether it is out means the newest season's, season 1's long out."""
        a = ask.a
        return (bool(listed) and a.episode == self.shape.last_of(1) and (ask.matches(_IS_OUT) is not None or came_out_asked(ask))
                and named_episode(ask.text, listed) == listed[-1].position)

    def _drops(self, ask: Ask, listed: tuple[EpisodeInfo, ...]) -> Answer | None:
        """How season 2's episodes come out, by the days TVmaze lists them on: all on one day, or in parts (each
        part's episodes and day); before any listing, that no source says yet. None for another question."""
        a = ask.a
        # "is part 1 out": season 1 came out whole, so a part named is season 2's
        named = season_parts(ask.text)
        part_two = bool(named or _TWO_PARTS.search(ask.text) or _REST.search(ask.text)) and (
            a.season in (None, 2)) and (a.season == 2 or not part_of_another(ask.text))
        whole = ask.matches(_WHOLE) is not None and _OUT_WORD.search(ask.text) is not None and ask.matches(_COUNT) is None
        if (a.season == 2 and listed and ask.matches(_ENDED) and not ask.matches(_MAKING)
                and (self.status.current.status.milestone is Milestone.RELEASED or ask.matches(_AIRING))):
            whole = True  # "is s2 over", "when does s2 end": how its episodes come out, so when the last one does
        status = self.status.current.status
        # "is season 2 out?" with part 1 out and part 2 still listed ahead: which part is out, and part 2's day;
        # only when the one status holds a Part 2 and the listing's first day is the status's release day (a
        # weekly listing, or one TVmaze dated apart from the official day, is no season in parts)
        per_day = Counter(i.airstamp.astimezone(dt.UTC).date() for i in listed if i.airstamp is not None)
        part_out = ((a.season == 2 or (a.episode is not None and a.episode.season == 2)) and not part_two and (ask.matches(_IS_OUT) or came_out_asked(ask)) and bool(listed)
                    and status.milestone is Milestone.RELEASED and all(i.airstamp is not None for i in listed)
                    and 2 <= len(per_day) <= 3 and min(per_day.values()) >= 3 and status.release_at is not None
                    and min(per_day) == status.release_at.astimezone(dt.UTC).date()
                    and (a.episode is None or self.shape.episode(a.episode) is not None))  # "is s2 ep 9 out": none such
        # "are all the episodes out or weekly?" naming no season once season 2 is out: the newest season's, as listed
        unnamed = (a.season is None and a.episode is None and not ask.found.subjects and bool(listed)
                   and status.milestone is Milestone.RELEASED and (ask.matches(_DROPS) is not None or whole))
        drops = part_two or part_out or unnamed or (a.season == 2 and (ask.matches(_DROPS) or named or whole))
        dated = (not drops and a.season in (None, 2) and a.episode is None and not ask.found.subjects
                 and ask.matches(_WHEN) is not None and ask.matches(_NOT_A_DROP) is None and asked_day(ask.text) is not None)
        # "is it out april 9?" on the day of the Part 2 the status holds: that part, listed or not
        on_part_two = (dated and status.part_at is not None and status.release_at is not None
                       and _part_on(ask.text, {status.release_at.date(): [], status.part_at.date(): []}) == 1)
        dated = dated and len(per_day) >= 2
        if (a.season == 2 and ask.matches(_ENDED) and not ask.matches(_MAKING) and not ask.found.subjects
                and (early := not_over_yet(ask, self.status, status)) is not None):
            return self._wrap(ask, early.parts, "season2.release")  # "is s2 over" before it is out: not out yet
        if (a.season == 2 and not listed and ask.matches(_ENDED) and not ask.matches(_MAKING) and not ask.found.subjects
                and (over := over_dated(ask, self.status, status, self.status.current.now())) is not None):
            return self._wrap(ask, [over], "season2.episodes.drops")  # "is s2 over": Part 2's day as Netflix gave it
        if ask.matches(_STORY) or not (drops or dated or on_part_two):
            return None
        if (part_two or on_part_two) and status.part_at is not None:  # Part 2's day as the status holds it (Netflix's, or two sources')
            sure = strongest(status.part_backing).value if status.part_backing else "reported"
            # once its moment passed (never before the season's own), said as out; "is part 2 out" answered yes or no
            out = status.milestone is Milestone.RELEASED and part_out_by(status, self.status.current.now())
            said = f"season 2's Part 2 {'came out on' if out else 'is dated'} {when_text(status.part_at, status.part_timed)}"
            text = f"As Netflix says, {said}." if sure == "official" else f"Reported, not confirmed by Netflix yet: {said}."
            asked_out = ask.matches(_IS_OUT) is not None or came_out_asked(ask)  # "파트2 나왔어?": "part 2 came out"
            if asked_out:  # (a day only reported: "Reportedly, yes.", no surer than it)
                text = f"{hedged_verdict('Yes.', sure) if out else 'Not yet.'} {text}"
            if ask.language != "en" and ask.language in WORDS:  # "파트2 언제 나와?": the release answers' words
                verdict = ("Yes." if out else "Not yet.") if asked_out else ""
                worded = self.status.part_two(status, verdict, ask.language)
                return self._wrap(ask, [worded] if worded is not None else [], "season2.episodes.drops")
            refs = self.status.refs(dataclasses.replace(status, release_backing=status.part_backing), release=True)
            return self._wrap(ask, [Part(text, NOTHING, sure, refs, hedged=sure != "official", times=(status.part_at,))],
                              "season2.episodes.drops")
        if not listed or any(info.airstamp is None for info in listed):
            if a.season != 2 or status.milestone is Milestone.RELEASED or status.release_at is None:
                return None  # (with no date yet, that none is set says it: season2_asked.py)
            part = Part("Netflix has not announced how season 2's episodes come out (all at once, weekly or in parts), and no "
                        "source lists them yet.", NOTHING, "official", hedged=True)
            return self._wrap(ask, [part], "season2.episodes.drops")
        days = listed_days(listed)
        out = status.milestone is Milestone.RELEASED
        local = None  # the line in the asker's language, where DROPS_SAID has it
        if dated and _part_on(ask.text, days) is None:
            return None  # a day no part is listed on: the release answer holds it to the day that stands
        if len(days) == 1:
            ((day, numbers),) = days.items()
            said = f"all {len(numbers)} episodes of season 2 on the same day, {day_text(day)}: all at once, with no second part listed"
            text = f"As TVmaze lists them, season 2 came out with {said}." if out else f"Not confirmed yet, one source: TVmaze lists {said}."
            if (one_day := DROPS_SAID.get(ask.language, {}).get("one_day_out" if out else "one_day")) is not None:
                local = one_day.format(count=len(numbers), day=day_text(day, ask.language))
        else:
            groups = ", ".join(f"episode{'s' if len(n) > 1 else ''} {n[0]}{f'-{n[-1]}' if len(n) > 1 else ''} on {day_text(day)}"
                               for day, n in sorted(days.items()))
            text = (f"As TVmaze lists them, season 2 comes out in {len(days)} parts: {groups}." if out
                    else f"Not confirmed yet, one source: TVmaze lists season 2 in {len(days)} parts: {groups}.")
            now = self.status.current.now()
            ahead = first_to_come(listed, days, functools.partial(has_aired, status=status, now=now))
            line = functools.partial(self._part, listed, days, status=status, lang=ask.language, now=now)  # one part, by index
            if out and whole and not ask.found.subjects:  # "is s2 over": all out (the finale's day), or the part to come
                first = None if ahead is None else part_opening(listed, sorted(days.items())[ahead][1])
                if first is not None and part_held(first, status) is not None:  # its day moved, TVmaze not following yet
                    return self._wrap(ask, [self._episode_out(first, status, days, False, ask.language)], "season2.episodes.drops")
                last = part_opening(listed, sorted(days.items())[-1][1])  # all out, the last part on the status's day (review69a)
                if first is None and part_held(last, status) is not None and (over := over_dated(ask, self.status, status, now)):
                    return self._wrap(ask, [over], "season2.episodes.drops")
                return self._wrap(ask, [over_in_parts(ask.text, listed, days, ahead, line, ask.language)], "season2.episodes.drops")
            if part_out and (asked := self.shape.episode(a.episode) if a.episode is not None else None) is not None:
                # "is s2 ep 5 out": "Yes." or "Not yet:" of that episode, by its part's day (never both parts' lines)
                said_out = self._episode_out(asked, status, days, has_aired(asked, status, now), ask.language)
                return with_asked_clock(self._wrap(ask, [said_out], "season2.episode.airs"), ask.raw, ask.language)
            if part_out:  # "is s2 out yet": yes, since when, then the part still to come (its day moved: one answer)
                held = None if not ahead else part_held(part_opening(listed, sorted(days.items())[ahead][1]), status)
                moved = None if held is None or ahead is None else out_then_moved(self.status, status, days, ahead, held,
                                                                                  line(ahead), ask.language)
                parts = [moved] if moved is not None else out_in_parts(self.status, status, ahead, line, ask.language)
                return with_asked_clock(self._wrap(ask, parts, "season2.episodes.drops"), ask.raw, ask.language)
            on = _part_on(ask.text, days) if dated else None
            if named or _REST.search(ask.text) or on is not None:
                index = named[0] - 1 if named else on if on is not None else len(days) - 1
                # before the release, the part's own line says all the listing's does of it ("when does part 2 come
                # out": said once); once out, the parts' days, then that part's hour and whether it came
                listing = [] if not out and on is None else [
                    _parts_said(Part(text, NOTHING, "reported", (tvmaze_ref(status),), hedged=True), days, out, ask.language)]
                parts = [*listing, line(index)]
                return with_asked_clock(self._wrap(ask, parts, "season2.episodes.drops"), ask.raw, ask.language)  # its hour in a zone
        said_part = Part(text, NOTHING, "reported", (tvmaze_ref(status),), hedged=True)
        return self._wrap(ask, [said_part if local is None else said_part.worded(local, ask.language)], "season2.episodes.drops")

    def _episode_out(self, info: EpisodeInfo, status: Status, days: dict[dt.date, list[int]], aired: bool,
                     lang: str = "en", verdict: bool = True) -> Part:
        """Whether one episode of a season out in parts is out: "Yes." with its day (as sure as `_airs` says it), or
        "Not yet:" with its part's day as TVmaze lists it, or as the status holds it when that is another (`_part_held`);
        in `lang` where EPISODE_OUT_SAID has its words; no `verdict` (asked when, or whether it was delayed): its day alone."""
        airs = self._airs(info, status)
        if aired and airs.confidence == "official":
            return airs.after_verdict("Yes.") if verdict else airs
        at: dt.datetime = info.airstamp  # type: ignore[assignment]  # (every episode is dated, _drops)
        index, numbers = next((i, n) for i, n in enumerate(v for _, v in sorted(days.items())) if info.number in n)
        held = part_held(info, status)
        opening = (f"{f'Yes: {info.position.label}' if aired else f'Not yet: {info.position.label}'} " if verdict
                   else f"{info.position.heading} ") + (f"{'came' if aired else 'comes'} out on {when_text(held or at)}, "
                                                        f"with Part {index + 1} (episodes {numbers[0]}-{numbers[-1]})")
        if held is not None:  # the day the status holds, TVmaze's stale one beside it
            sure = strongest(status.part_backing).value if status.part_backing else "reported"
            refs = self.status.refs(dataclasses.replace(status, release_backing=status.part_backing), release=True)
            by = "as Netflix says" if sure == "official" else "as reported, not confirmed by Netflix yet"
            part = Part(f"{opening}, {by} (TVmaze still lists {day_text(at.astimezone(dt.UTC).date())}).", NOTHING,
                        sure, (*refs, tvmaze_ref(status, index > 0)), hedged=sure != "official", times=(held,))
        else:  # TVmaze's day alone: said as the part's, never "Yes. Not confirmed yet" of an episode that is out
            text = f"{opening}, as TVmaze lists it{unconfirmed(at, status)}."
            part = Part(text, NOTHING, "reported", (tvmaze_ref(status, index > 0),), hedged=True, times=(at,))
        local = episode_out_said(lang, aired, "tvmaze" if held is None else "netflix" if part.confidence == "official"
                                 else "reported", bool(unconfirmed(at, status)), verdict, n=info.number, k=index + 1,
                                 when=when_text(held or at, lang=lang), first=numbers[0], last=numbers[-1],
                                 listed=day_text(at.astimezone(dt.UTC).date(), lang))
        return part if local is None else part.worded(local, lang)

    def _part(self, listed: tuple[EpisodeInfo, ...], days: dict[dt.date, list[int]], index: int, status: Status,
              lang: str = "en", now: dt.datetime | None = None) -> Part:
        """The one part asked about ("how many eps in part 1", "what time does part 2 drop"): its episodes and hour,
        in `lang` where DROPS_SAID has its words; a part whose day moved with TVmaze not following yet, by the day
        that stands ("is s2 out yet" said TVmaze's stale day)."""
        if index >= len(days):
            return Part(f"TVmaze lists no part {index + 1} of season 2: {len(days)} parts.", NOTHING, "reported",
                        (tvmaze_ref(status),), hedged=True)
        numbers = sorted(days.items())[index][1]
        first = part_opening(listed, numbers)
        at: dt.datetime = first.airstamp  # type: ignore[assignment]  # (every episode is dated, _drops)
        came = has_aired(first, status, now)
        if not came and part_held(first, status) is not None:
            return self._episode_out(first, status, days, False, lang)
        said = f"{len(numbers)} episodes ({numbers[0]}-{numbers[-1]})"
        text = (f"Part {index + 1} of season 2 is {said}: it came out on {when_text(at)}, as TVmaze lists it."
                if came else f"Part {index + 1} of season 2 is {said}: it comes out on {when_text(at)}, "
                f"as TVmaze lists it{unconfirmed(at, status)}." if status.milestone is Milestone.RELEASED else
                f"Not confirmed yet, one source: TVmaze lists part {index + 1} of season 2 as {said}, on {when_text(at)}.")
        part = Part(text, NOTHING, "reported", (tvmaze_ref(status),), hedged=True, times=(at,))
        if (words := DROPS_SAID.get(lang)) is None:
            return part
        key = "came" if came else "coming" if status.milestone is Milestone.RELEASED else "listed"
        hedge = EPISODE_OUT_SAID[lang]["hedge"] if unconfirmed(at, status) else ""  # as sure as the English line
        return part.worded(words[key].format(k=index + 1, count=len(numbers), first=numbers[0], last=numbers[-1],
                                             when=when_text(at, lang=lang), hedge=hedge), lang)

    def _rating(self, status: Status) -> Part:
        """Season 2's age rating once it is out: no source gives it yet (the pack's "not announced as of
        February 2026" is stale by then, and season 1's TV-MA is season 1's)."""
        return Part(f"Season 2 has been out{since_out(status)}, but its age rating is not in my sources yet.", NOTHING,
                    confidence_of(status), self.status.refs(status), hedged=True)

    def _counted(self, listed: tuple[EpisodeInfo, ...], status: Status, lang: str = "en") -> list[Part]:
        """How many episodes season 2 has, counted from the one status once it is out ("how many episodes are out?"):
        with Part 2 still to come, how many are out and the part to come; before any listing, the release and Part
        2's day the status holds, and that no source counts them yet; else `_count`."""
        if status.milestone is not Milestone.RELEASED:
            return [self._count(listed, status, lang)]
        if not listed:
            if status.part_at is None and lang not in COUNT_SAID:
                return [self._count(listed, status, lang)]
            none = Part(NONE_LISTED, NOTHING, confidence_of(status), (tvmaze_ref(status),), hedged=True)
            said = COUNT_SAID.get(lang, {}).get(NONE_LISTED)
            known = (self.status.release_part(status, lang=lang), self.status.part_two(status, lang=lang))
            return [*(p for p in known if p is not None), none.worded(said, lang) if said is not None else none]
        if any(info.airstamp is None for info in listed):
            return [self._count(listed, status, lang)]
        days = listed_days(listed)
        now = self.status.current.now()
        ahead = first_to_come(listed, days, functools.partial(has_aired, status=status, now=now))
        if not ahead or len(days) < 2:  # all out (Part 2 out by the status: the whole listing), or none yet
            return [self._count(listed, status, lang, whole=ahead is None and part_out_by(status, now))]
        out = [n for _, numbers in sorted(days.items())[:ahead] for n in numbers]
        counts = {"out": len(out), "last": out[-1], "count": len(listed)}
        part = Part(OUT_SO_FAR.format(**counts), NOTHING, "reported",
                    (tvmaze_ref(status),), hedged=True)
        said = COUNT_SAID.get(lang, {}).get(OUT_SO_FAR)
        return [part.worded(said.format(**counts), lang) if said is not None else part,
                self._part(listed, days, ahead, status, lang, now)]

    def _count(self, listed: tuple[EpisodeInfo, ...], status: Status, lang: str = "en", whole: bool = False) -> Part:
        """How many episodes TVmaze lists for season 2, as sure as the listing and the status; once out
        with none listed, that it is out and the count is not known yet (never an older "not announced"); `whole`: every
        part out by the status, so the listing is the season's."""
        count = len(listed)
        if status.milestone is Milestone.RELEASED and not count:
            text = (f"Season 2 has been out{since_out(status)}, but how many episodes it has is not in my sources yet "
                    "(TVmaze lists none so far).")
            return Part(text, NOTHING, confidence_of(status), self.status.refs(status), hedged=True)
        if status.milestone is Milestone.RELEASED and in_parts(listed, status) and not whole:
            # a later drop (part 2, weekly episodes) may still be listed: the count is the listing's so far
            english = "Season 2 has {count} episodes listed so far on TVmaze; more may come in a later part."
        elif status.milestone is Milestone.RELEASED:
            english = "Season 2 has {count} episodes, as TVmaze lists them."
        else:
            english = "Not confirmed yet, one source: TVmaze lists {count} episodes for season 2."
        part = Part(english.format(count=count), NOTHING, "reported", (tvmaze_ref(status),), hedged=True)
        said = COUNT_SAID.get(lang, {}).get(english)  # "시즌2 몇 화야?": in Korean
        return part.worded(said.format(count=count), lang) if said is not None else part

    def _lengths(self, listed: tuple[EpisodeInfo, ...], status: Status, lang: str = "en") -> Part:
        """How long one episode, or season 2's episodes, run as TVmaze lists them; a runtime it does not
        list is not known (a rumoured one is no answer once TVmaze lists the episodes)."""
        ref = (tvmaze_ref(status),)
        runtimes = sorted(info.runtime for info in listed if info.runtime)
        said = LENGTH_SAID.get(lang)
        if said is not None and runtimes and len(runtimes) == len(listed) and runtimes[0] == runtimes[-1]:
            text = said["one" if len(listed) == 1 else "each"].format(episode=listed[0].position.episode, minutes=runtimes[0])
            return Part(text, NOTHING, "reported", ref, hedged=True, lang=lang)
        which = listed[0].position.label if len(listed) == 1 else "season 2's episodes"
        if not runtimes:
            return Part(f"The runtime of {which} is not known yet: TVmaze lists none so far.", NOTHING, "reported",
                        ref, hedged=True)
        if len(listed) == 1:
            return Part(f"Not confirmed yet, one source: TVmaze lists {which} at {runtimes[0]} minutes.", NOTHING,
                        "reported", ref, hedged=True)
        low, high = runtimes[0], runtimes[-1]
        span = f"{low} minutes each" if low == high else f"from {low} to {high} minutes"
        missing = len(listed) - len(runtimes)
        rest = f" ({missing} of the {len(listed)} without a runtime yet)" if missing else ""
        return Part(f"Not confirmed yet, one source: TVmaze lists {which} at {span}{rest}.", NOTHING, "reported",
                    ref, hedged=True)

    def _titles(self, listed: tuple[EpisodeInfo, ...], status: Status) -> list[Part]:
        ref = (tvmaze_ref(status),)
        titled = [info for info in listed if info.title]
        if not titled:
            return [Part(f"TVmaze lists {len(listed)} episodes for season 2, none with a title yet.",
                         NOTHING, "reported", ref, hedged=True)]
        # cited once, on the first line: each title's line is the title alone
        parts = [Part("The titles TVmaze lists for season 2 (one source; each title hidden until you reach "
                      "its episode):", NOTHING, "reported", ref, hedged=True)]
        for info in listed:
            position = info.position
            if info.title:
                parts.append(Part(f"{position.heading}: \u201c{info.title}\u201d", position, "reported", hedged=True))
            else:
                parts.append(Part(f"{position.heading}: no title listed yet", NOTHING, "reported", hedged=True))
        return parts

    def _title(self, info: EpisodeInfo, status: Status) -> list[Part]:
        ref = (tvmaze_ref(status),)
        position = info.position
        if not info.title:
            return [Part(f"TVmaze lists {position.label} without a title yet.", NOTHING, "reported", ref, hedged=True)]
        return [Part(f"TVmaze lists this title for {position.label} (one source):", NOTHING, "reported", ref,
                     hedged=True),
                Part(f"\u201c{info.title}\u201d", position, "reported", hedged=True)]  # cited once, above

    def _airs(self, info: EpisodeInfo, status: Status, lang: str = "en") -> Part:
        ref = (tvmaze_ref(status),)
        position: Position = info.position
        if info.airstamp is None:
            return Part(f"TVmaze lists {position.label} without an air date yet.", NOTHING, "reported", ref,
                        hedged=True)
        when = when_text(info.airstamp)
        official = status.release_at is not None and any(
            c.confidence is Confidence.OFFICIAL for c in status.release_backing
        )
        release = status.release_at
        timed = release is not None and status.release_timed
        if official and release is not None and timed and abs(info.airstamp - release) <= dt.timedelta(days=1):
            # of the premiere's drop: Netflix's time wins; TVmaze's shown only as TVmaze's when it differs
            official_refs = self.status.refs(status, release=True)
            refs = (*official_refs, *(r for r in ref if r.publisher not in {o.publisher for o in official_refs}))
            listed = "" if info.airstamp == release else f" (TVmaze lists {when})"
            comes = "came out" if is_out(info, status) else "comes out"
            return Part(f"{position.heading} {comes} {when_text(release, True)}, the release time set officially{listed}.",
                        NOTHING, "official", refs, times=(release, info.airstamp))
        if official and release is not None and release.date() == info.airstamp.date():
            official_refs = self.status.refs(status, release=True)
            refs = (*official_refs, *(r for r in ref if r.publisher not in {o.publisher for o in official_refs}))
            listed_for = "came out on" if is_out(info, status) else "is listed for"
            return Part(f"{position.heading} {listed_for} {when}, the release date set officially "
                        "(the time is TVmaze's).", NOTHING, "official", refs, times=(info.airstamp,))
        part = Part(f"Not confirmed yet, one source: TVmaze lists {position.label} for {when}.", NOTHING, "reported",
                    ref, hedged=True, times=(info.airstamp,))
        said = ONE_SOURCE_AIRS.get(lang)  # in the asker's language where it has the words
        return part if said is None else part.worded(said.format(n=position.episode, when=when_text(info.airstamp, lang=lang)), lang)

    @staticmethod
    def _wrap(ask: Ask, parts: list[Part], intent: str) -> Answer:
        """Every word of the question is its own (the count, the title, the air time of one list)."""
        return Answer(ask.raw, True, parts, intent, consumed=frozenset(ask.a.stems))


def listed_days(listed: Sequence[EpisodeInfo]) -> dict[dt.date, list[int]]:
    """The episodes TVmaze lists, every one dated, by the UTC day it lists them for (one drop a day)."""
    days: dict[dt.date, list[int]] = {}
    for info in listed:
        days.setdefault(info.airstamp.astimezone(dt.UTC).date(), []).append(info.number)  # type: ignore[union-attr]
    return days
