"""Season-2 answers from the current status: the one `bot.season2.model.Status` the tracker computes.

The engine is given a `bot.season2.current.CurrentStatus` and reads `.status` at answer time (an
attribute read: no I/O, and a status published after the engine was built is seen at once). While
the bot runs, the season-2 tracking publishes to the bot's one instance (`Hyosan.season2_status`);
`hyosan ask` and tests build one from the pack's claims with the same rules (`pack_status`).

A status that rests only on the pack's own claims says nothing the pack's history does not, so
season-2 questions are then answered from the pack (season2.py). When anything backing it came
from elsewhere (a source the tracker polled, a moderator's report), status, release, filming and
cancellation questions are answered from it here, with the pack's history after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from bot.clock import Clock
from bot.lazy_re import compile_later
from bot.lore.answer.claims import Claims
from bot.lore.answer.question import Question
from bot.lore.answer.result import Answer, Part, SourceRef
from bot.lore.answer.season2_one_source import one_source_date, one_source_out
from bot.lore.answer.season2_past import behind, change_verdict, day_verdict, moved_sentence, step_sentence
from bot.lore.answer.season2_phrases import EN, timing_words
from bot.lore.answer.season2_when_words import WEEKDAY
from bot.lore.answer.wording import date_text, day_text, hedged_verdict, when_text
from bot.lore.answer.written_dates import window_in
from bot.lore.content import ContentPack
from bot.lore.content.model import Claim as LoreClaim
from bot.season2.claims import claims_from_pack
from bot.season2.current import CurrentStatus
from bot.season2.model import PROGRESS_MILESTONES, Claim, Milestone, Status, strongest
from bot.season2.rules import compute_status, part_out_by
from bot.show import NOTHING
from bot.text import month_alternation

_MAX_SOURCES = 3
# "is it true s2 comes out march 2027": a date named, so no date set is "Not confirmed.", never "Not yet."
_DATE_NAMED = compile_later(rf"\b20\d\d\b|\b(?:{month_alternation(stems=True, short=True)})[a-z]*\b|\b(?:next|this) "
                         r"(?:year|month|summer|winter|spring|fall|autumn)\b|[0-9]+월|[0-9]+년")
# a month named in a question or a window ("in march", "March 2027"), by its first three letters
_MONTH_NAMED = compile_later(rf"\b({month_alternation(stems=True)})(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\b",
                             re.I)
_YEAR_NAMED = compile_later(r"\b20\d\d\b")
_ASKS_CHANGE = compile_later(r"\b(?:chang\w*|moved?|push\w* back|postpon\w*|reschedul\w*|delay\w*)\b")
# whether it is out: "is s2 out", "did s2 drop yet", "has it premiered" (a release asked in the past, never "Yes." before it)
_ASKS_OUT = compile_later(r"\bout\b|\breleased\b|\bcome out\b|\bcame out\b|\bwatch\w*\b|\bavailable\b|\bon netflix\b"
                          r"|\b(?:dropped|premiered|aired)\b|\b(?:did|has|have)\b.*\b(?:drop|premiere|air)\b")
# a weekday or an hour asked of the release ("did it come out on a friday", "does it drop at midnight"): the day said,
# with no "Yes." that the date alone cannot give
_UNJUDGED = compile_later(rf"\b{WEEKDAY}\b|\b(?:midnight|noon|o'?clock)\b|\b\d{{1,2}}(?::\d\d)?\s*(?:am|pm)\b")

# Pack milestones that are steps of season 2's progress (what "earlier news" is made of).
_PROGRESS_NEWS = frozenset({
    "renewed", "pre_production", "casting", "filming", "filming_wrapped", "post_production", "teaser",
    "trailer", "release_date_announced", "release_date_changed", "released", "delayed",
})


def pack_status(pack: ContentPack, clock: Clock) -> CurrentStatus:
    """The status the pack's own claims imply, under the tracker's rules, read on `clock` (`hyosan ask`: the system's)."""
    return CurrentStatus(compute_status(claims_from_pack(pack)), clock=clock)


def reached(status: Status, milestone: str) -> bool:
    """Whether season 2 has got to `milestone` (a step of progress at or before the status's;
    nothing is reached once it is cancelled)."""
    current = status.milestone
    if current is None or current is Milestone.CANCELLED:
        return False
    rank = current.rank if current.rank is not None else -1
    return any(m.value == milestone for m in PROGRESS_MILESTONES[: rank + 1])


def _out_once(release: Part, standing: Part | None, status: Status) -> tuple[Part, Part | None]:
    """The release line and the status line beside it: once season 2 is out as surely as its date says,
    both say "out", so the release line alone, citing the status line's sources too; else both."""
    if standing is None or status.milestone is not Milestone.RELEASED or standing.confidence != release.confidence:
        return release, standing
    return replace(release, sources=tuple(dict.fromkeys((*release.sources, *standing.sources)))[:_MAX_SOURCES]), None


def _sources(claims: Iterable[Claim]) -> tuple[SourceRef, ...]:
    """Strongest first, then newest; one per publisher."""
    ordered = sorted(claims, key=lambda c: (-c.confidence.strength, -c.date.toordinal(), c.id))
    seen: dict[str, SourceRef] = {}
    for claim in ordered:
        source = claim.source
        day = source.date or claim.date
        seen.setdefault(source.publisher_key, SourceRef(source.publisher, source.title, source.url, day.isoformat()))
    return tuple(seen.values())[:_MAX_SOURCES]


def _confidence(claims: tuple[Claim, ...], default: str) -> str:
    return strongest(claims).value if claims else default


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _latest_said(status: Status) -> dt.date | None:
    """The newest day a source backing the status said it: a "not announced" is as sure, and
    as recent, as the latest source saying so (the wrap of 19 February, reported on the 23rd)."""
    days = [d for c in status.backing for d in (c.date, c.source.date) if d is not None]
    since = _day(status.since)
    if since is not None:
        days.append(since)
    return max(days) if days else None


def _window_said(status: Status) -> dt.date | None:
    """The newest day a source backing the standing window said it (None without a window, or
    once a date stands)."""
    if status.window is None or status.release_at is not None:
        return None
    days = [d for c in status.window_backing for d in (c.date, c.source.date) if d is not None]
    return max(days) if days else None


def _in(refs: Iterable[SourceRef], lang: str) -> tuple[SourceRef, ...]:
    """Sources cited in an answer worded in `lang` (their dates written so)."""
    return tuple(refs) if lang == "en" else tuple(replace(r, lang=lang) for r in refs)


def window_words(window: str, lang: str) -> str:
    """A window's label ("first half of 2027") as `lang` says it ("2027년 상반기"); the label as it is
    in English, or when it is not one the languages' words cover (then it stays the source's words)."""
    return (window_in(lang, window) or window) if lang != "en" else window


class StatusAnswers:
    def __init__(self, claims: Claims, current: CurrentStatus) -> None:
        self.claims = claims
        self.current = current

    def newer_than_pack(self) -> Status | None:
        """The current status when it knows more than the pack (news from a source the tracker
        polled or a moderator reported); None otherwise."""
        status = self.current.status
        if status.milestone is None:
            return None
        every = (*status.backing, *status.release_backing, *status.delay_backing, *status.window_backing)
        return status if any(claim.origin != "lore" for claim in every) else None

    # -- parts

    def refs(self, status: Status, release: bool = False) -> tuple[SourceRef, ...]:
        return _sources(status.release_backing if release else status.backing)

    def part(self, status: Status, heading: str = "", verdict: str = "", lead: str = "", lang: str = "en") -> Part:
        """The status as one line: "<heading> (<hedge>): <what> (since <day>)." or
        "<verdict> <lead><what> (since <day>)."; the sources are the status's own. Worded in `lang`
        (season2_phrases.py); `heading` and `verdict` are given in English."""
        assert status.milestone is not None
        out = one_source_out(status)
        # (beside a release date that stands, the status is that date: "no release date has been announced" would be false)
        if out is not None and status.release_at is None and status.milestone not in (Milestone.RELEASED, Milestone.CANCELLED):
            return self._out_part(out, heading, verdict, lead, lang)
        words = timing_words(lang)
        milestone = status.milestone
        confidence = _confidence(status.backing, "official")
        since_day = _day(status.since)
        what = words.milestones.get(milestone.value) or f"Season 2: {milestone.label.lower()}"
        since = words.since.format(day=day_text(since_day, lang)) if since_day else ""
        set_on = words.set_on.format(day=day_text(since_day, lang)) if since_day else ""
        times: tuple[dt.datetime, ...] = ()
        if milestone is Milestone.RELEASE_DATE_ANNOUNCED and status.release_at is not None:
            what = words.release_date.format(when=when_text(status.release_at, status.release_timed, lang=lang),
                                             set_on="").removesuffix(words.end)
            times, since = (status.release_at,), set_on
        delayed_since = _day(status.delayed_since)
        delayed = words.delayed.format(day=day_text(delayed_since, lang)) if status.delayed and delayed_since else ""
        if milestone is Milestone.RELEASE_DATE_ANNOUNCED and status.release_at is None:
            # A delay with no new day took the date away: "has a release date" would be a date that no longer stands.
            what, since = words.had_date, set_on
            delayed = (words.had_date_delayed.format(day=day_text(delayed_since, lang)) if status.delayed and delayed_since
                       else words.had_date_none)
        sentence = f"{lead}{what}{since}{delayed}{words.end}"
        refs = _in(self.refs(status), lang)
        if heading:
            heading = words.status_heading if heading == EN.status_heading else heading
            return Part(words.headed(heading, confidence, sentence), NOTHING, confidence, refs, hedged=True, times=times, lang=lang)
        if verdict:
            said = hedged_verdict(verdict, confidence) if lang == "en" else words.verdict(verdict, confidence)
            return Part(f"{said}{words.gap}{sentence}", NOTHING, confidence, refs, hedged=True, times=times, lang=lang)
        if lang != "en":  # its confidence label in the same language (result._LABELS is English)
            return Part(words.labelled(sentence, confidence), NOTHING, confidence, refs, hedged=True, times=times, lang=lang)
        return Part(sentence, NOTHING, confidence, refs, times=times)

    @staticmethod
    def _out_part(out: Claim, heading: str = "", verdict: str = "", lead: str = "", lang: str = "en") -> Part:
        """Where season 2 stands while one source alone says it is out (TVmaze listing its first episode
        as aired): that report, said as one, in place of the step the status stood at before it (an
        older "in post-production" beside it would contradict it)."""
        confidence = out.confidence.value
        if lang != "en":
            words = timing_words(lang)
            sentence = words.no_date_one_out.format(as_of="", publisher=out.source.publisher, day=day_text(out.date, lang))
            said = f"{words.verdicts.get(verdict, verdict)}{words.gap}" if verdict and not heading else ""
            return Part(f"{said}{sentence}", NOTHING, confidence, _in(_sources([out]), lang), hedged=True, lang=lang)
        sentence = (f"{lead}only one source, {out.source.publisher}, says season 2 is out (since {day_text(out.date)}); "
                    "nothing official says so, and no release date has been announced.")
        sentence = sentence[:1].upper() + sentence[1:]
        text = sentence
        if heading:
            text = EN.headed(heading, confidence, sentence)
        elif verdict:
            text = f"{verdict} {sentence}"
        return Part(text, NOTHING, confidence, _sources([out]), hedged=True)

    def standing(self, status: Status, heading: str = "Where things stand now", lang: str = "en") -> list[Part]:
        """Where season 2 stands, after a line saying no release date stands (`no_release_part`):
        nothing more when that line already said it (one source alone says season 2 is out)."""
        if status.milestone is None or one_source_out(status) is not None:
            return []
        return [self.part(status, heading, lang=lang)]

    def release_part(self, status: Status, verdict: str = "", lang: str = "en") -> Part | None:
        if status.release_at is None:
            return None
        words = timing_words(lang)
        confidence = _confidence(status.release_backing, "") or _confidence(status.backing, "official")
        release_since = _day(status.release_since)
        set_on = words.set_on.format(day=day_text(release_since, lang)) if release_since else ""
        when = when_text(status.release_at, status.release_timed, lang=lang)
        text = words.release_date.format(when=when, set_on=set_on)
        if status.milestone is Milestone.RELEASED:  # its release moment has passed (or a source says it is out)
            text = words.came_out.format(when=when)
        if verdict:
            said = hedged_verdict(verdict, confidence) if lang == "en" else words.verdict(verdict, confidence)
            text = f"{said}{words.gap}{text}"
        elif lang != "en":  # its confidence label in the same language (result._LABELS is English)
            text = words.labelled(text, confidence)
        return Part(text, NOTHING, confidence, _in(self.refs(status, release=True), lang), hedged=bool(verdict) or lang != "en",
                    times=(status.release_at,), lang=lang)

    def window_part(self, status: Status, lang: str = "en") -> Part | None:
        """The release window while no date stands: a span, said as one, never as a date."""
        if status.window is None or status.release_at is not None:
            return None
        words = timing_words(lang)
        confidence = _confidence(status.window_backing, "reported")
        hedge = words.hedges.get(confidence)
        heading = f"{words.window_heading} ({hedge})" if hedge else words.window_heading
        if lang in ("ja", "zh") and hedge:
            heading = f"{words.window_heading}（{hedge}）"
        text = words.window.format(heading=heading, window=window_words(status.window, lang))
        return Part(text, NOTHING, confidence, _in(_sources(status.window_backing), lang), hedged=True, lang=lang)

    def window_verdict(self, status: Status, asked: str, lang: str = "en") -> str | None:
        """The verdict on "will season 2 come out in <when>" while no date stands but a window does: the
        window's word ("Yes", "Reportedly") when the window lies inside what is asked ("in 2027?" beside
        "early 2027", "in march?" beside "March 2027"); None when it does not or is wider ("in march?" beside
        "2027"), which stays "Not confirmed." (a window is never surer than its source, nor narrowed)."""
        if status.window is None or status.release_at is not None or status.milestone is Milestone.CANCELLED:
            return None
        years, months = set(_YEAR_NAMED.findall(asked)), {m.lower() for m in _MONTH_NAMED.findall(asked)}
        window_years = set(_YEAR_NAMED.findall(status.window))
        window_month = _MONTH_NAMED.fullmatch(status.window.split()[0]) if len(status.window.split()) == 2 else None
        if not (years or months) or len(window_years) != 1 or (years and not window_years <= years):
            return None
        if months and (window_month is None or {window_month.group(1).lower()} != months):
            return None
        words, window = timing_words(lang), window_words(status.window, lang)
        if _confidence(status.window_backing, "reported") == "official":
            return words.window_official.format(window=window)
        return words.window_reported.format(window=window)

    def no_release_part(self, status: Status, verdict: str = "", lang: str = "en") -> Part:
        """That the current status has no release date (its milestone is not a release), as sure as
        the status itself; with a verdict ("No.") in front when one is asked for."""
        words = timing_words(lang)
        confidence = _confidence(status.backing, "official")
        since = _latest_said(status)
        refs = self.refs(status)
        window_said = _window_said(status)
        if window_said is not None and (since is None or window_said >= since):
            # A window given since (Netflix's "coming in 2027") says there is no day yet, as of its own
            # day and as surely as it is backed: not "as of" the older step the status rests on.
            since, refs = window_said, _sources(status.window_backing)
            confidence = _confidence(status.window_backing, confidence)
        as_of = words.as_of.format(day=day_text(since, lang)) if since else ""
        out = one_source_out(status)
        delayed = _day(status.delayed_since) if status.delayed else None
        if out is None and delayed is not None:
            # The date announced was taken back by a delay: "none has been announced as of" the day it was announced
            # would be wrong, so the delay is said, with its own sources.
            text = words.no_date_withdrawn.format(day=day_text(delayed, lang))
            refs = _sources(status.delay_backing) or refs
        elif out is None:
            text = words.no_date.format(as_of=as_of)
        else:  # one source says it is out: not denied, not confirmed, and said once (`standing` adds no phase after it)
            return self._out_part(out, verdict="Not confirmed yet." if verdict else "", lang=lang)
        if verdict:
            text = f"{words.verdicts.get(verdict, verdict)}{words.gap}{text}"
        # Said plainly: that no date has been announced does not rest on a report.
        return Part(text, NOTHING, confidence, _in(refs, lang), hedged=True, lang=lang)

    def one_source_part(self, status: Status, lang: str = "en") -> Part | None:
        """The date one source gives while none stands, said as not confirmed yet."""
        claim = one_source_date(status)
        if claim is None or claim.release_at is None:
            return None
        words = timing_words(lang)
        when = when_text(claim.release_at, claim.timed, lang=lang)
        if status.release_at is None:
            text = words.one_source.format(publisher=claim.source.publisher, when=when)
        else:
            text = words.one_source_moved.format(publisher=claim.source.publisher, when=when,
                                                 standing=when_text(status.release_at, status.release_timed, lang=lang))
        times = (claim.release_at,) if status.release_at is None else (claim.release_at, status.release_at)
        return Part(text, NOTHING, claim.confidence.value, _in(_sources([claim]), lang), hedged=True, times=times,
                    lang=lang)

    def pack_history(self, limit: int = 1, lang: str = "en") -> list[Part]:
        """The pack's newest news about season 2's progress (not rumours), as earlier news."""
        news = [
            c for c in self.claims.season2
            if c.standing == "standing" and c.confidence != "rumour" and c.milestone in _PROGRESS_NEWS
        ]
        words = timing_words(lang)
        if lang == "en":
            return [self.claims.part(c, "Earlier") for c in news[-limit:]]
        return [self.claims.part(c, "Earlier") if c.milestone not in words.milestones
                else self._claim_said(c, words.earlier_heading, words.milestones[c.milestone], lang) for c in news[-limit:]]

    def estimates(self, status: Status, lang: str = "en") -> list[Part]:
        """The pack's unofficial guesses at a release window, each labelled as one, while no window stands and
        no source says season 2 is out (beside TVmaze listing it as aired, a guess at when is stale)."""
        if self.window_part(status) is not None or one_source_out(status) is not None:
            return []
        words = timing_words(lang)
        parts: list[Part] = []
        for claim in self.claims.estimates()[-2:]:
            window = window_words(claim.release_window or "", lang)
            if lang == "en" or window == claim.release_window:  # a window unread stays the claim's own words
                parts.append(self.claims.part(claim, "Unofficial estimate"))
            else:
                parts.append(self._claim_said(claim, words.estimate_heading, words.estimate.format(window=window), lang))
        return parts

    def _claim_said(self, claim: LoreClaim, heading: str, sentence: str, lang: str) -> Part:
        """A pack claim said in `lang` by what it is about (its step, its window), beside the answer:
        "<heading> (<hedge>, <day>): <sentence>", as sure as the claim, with its sources."""
        words = timing_words(lang)
        said = self.claims.part(claim, "Earlier")  # the claim's own sources and spoiler position
        notes = words.comma.join(w for w in (words.hedges.get(claim.confidence), date_text(claim.date, lang)) if w)
        text = words.hedged_heading.format(heading=heading, hedge=notes, sentence=sentence[:1].upper() + sentence[1:]
                                           + words.end)
        return replace(said, text=text, sources=_in(said.sources, lang), lang=lang)

    # -- answers

    def cancellation(self, q: Question, status: Status) -> Answer:
        """"Is season 2 cancelled?": yes with the cancellation, or no with where things stand."""
        if status.milestone is Milestone.CANCELLED:
            return Answer(q.raw, True, [self.part(status, verdict="Yes.")], "season2.cancelled")
        parts = [Part("No. Nothing I have says season 2 was cancelled.", NOTHING, _confidence(status.backing, "official"),
                      self.refs(status)),
                 self.part(status, "Where things stand now")]
        return Answer(q.raw, True, parts, "season2.cancelled")

    def trailer(self, q: Question, status: Status, verdict: str = "Yes.") -> Answer | None:
        """"Is there a trailer?": yes when the status is a teaser or trailer, or has gone past one (a date set after
        Netflix's trailer: `Status.behind`), said as surely as its sources and from its day; else the pack answers."""
        if status.milestone in (Milestone.TEASER, Milestone.TRAILER):
            return Answer(q.raw, True, [self.part(status, verdict=verdict, lang=q.language)], "season2.trailer")
        for step in (Milestone.TRAILER, Milestone.TEASER):
            if claims := behind(status, step):
                return Answer(q.raw, True, [self.said(step_sentence(step, claims, _confidence(claims, "official"), q.language),
                                                      claims, verdict, q.language)], "season2.trailer")
        return None

    def part_two(self, status: Status, verdict: str = "", lang: str = "en") -> Part | None:
        """Part 2's day as `status` holds it, in `lang`, as sure as its own backing: to come, or out once its moment
        passed (never before the season itself); None when no Part 2 is dated."""
        if status.part_at is None:
            return None
        when, words = when_text(status.part_at, status.part_timed, lang=lang), timing_words(lang)
        part_out = status.milestone is Milestone.RELEASED and part_out_by(status, self.current.now())
        said = words.part_two_out if part_out else words.part_two
        return replace(self.said(said.format(when=when), status.part_backing, verdict, lang), times=(status.part_at,))

    @staticmethod
    def said(sentence: str, claims: tuple[Claim, ...], verdict: str, lang: str) -> Part:
        """A sentence of what `claims` say, as surely as the surest of them, after its verdict if any."""
        words, confidence = timing_words(lang), _confidence(claims, "official")
        if verdict:
            said = hedged_verdict(verdict, confidence) if lang == "en" else words.verdict(verdict, confidence)
            sentence = f"{said}{words.gap}{sentence}"
        elif lang != "en":
            sentence = words.labelled(sentence, confidence)
        return Part(sentence, NOTHING, confidence, _in(_sources(claims), lang), hedged=bool(verdict) or lang != "en", lang=lang)

    def release(self, q: Question, status: Status, yes_no: bool) -> Answer:
        """When season 2 comes out: the release date, or that none is set, and where things stand;
        worded in the asker's language (q.language)."""
        parts: list[Part] = []
        milestone, lang = status.milestone, q.language
        if milestone is Milestone.CANCELLED:
            parts.append(self.part(status, verdict="No." if yes_no else "", lang=lang))
        elif milestone is Milestone.RELEASED and status.release_at is None:  # reported out, no date ever set
            day = None if _ASKS_CHANGE.search(q.text) else day_verdict(status, q.text) or day_verdict(status, q.raw)
            verdict = change_verdict(status, q.text) if _ASKS_CHANGE.search(q.text) else day or "Yes."  # "No." to another day
            out = self.part(status, verdict=verdict if yes_no else "", lang=lang)  # its day held to the day asked:
            parts.append(replace(out, times=(status.since,)) if day and status.since else out)  # (weighing keeps the "No.")
        else:
            released = milestone is Milestone.RELEASED
            asks_out = bool(_ASKS_OUT.search(q.text))
            # "is s2 out yet" before its moment: not yet (the status turns at the moment: current.CurrentStatus)
            verdict = ("Yes." if released or not asks_out else "Not yet.") if yes_no else ""
            verdict = "" if verdict == "Yes." and _UNJUDGED.search(q.text) else verdict  # "did it drop on a friday"
            if yes_no and _ASKS_CHANGE.search(q.text):  # "did the s2 date change": whether a change stands, not "Yes." off the date
                verdict = change_verdict(status, q.text)  # "was s2 delayed" with the date moved up: "No."
            elif yes_no and (day := day_verdict(status, q.text) or day_verdict(status, q.raw)) is not None:
                verdict = day  # "is s2 coming out on march 19": "No.", then the day the sources give
            release = self.release_part(status, verdict, lang)
            if release is not None:
                standing = (self.part(status, "Where things stand now", lang=lang)
                            if milestone is not Milestone.RELEASE_DATE_ANNOUNCED else None)
                release, standing = _out_once(release, standing, status)
                parts.append(release)
                if (part_two := self.part_two(status, lang=lang)) is not None:  # a season in parts: Part 2's day beside it
                    parts.append(part_two)
                if (how := moved_sentence(status, lang)) is not None and not released:  # which way, from which day
                    parts.append(self.said(how[0], how[1], "", lang))
                moved = self.one_source_part(status, lang) if not released else None
                parts += [moved] if moved is not None else []
                parts += [standing] if standing is not None else []
            else:
                verdict = ((self.window_verdict(status, q.text, lang) or "Not confirmed.") if _DATE_NAMED.search(q.text)  # moved:
                           else "No." if _ASKS_CHANGE.search(q.text) else "Not yet.") if yes_no else ""  # no date to move
                parts.append(self.no_release_part(status, verdict, lang))
                one_source = self.one_source_part(status, lang)
                parts += [one_source] if one_source is not None else []
                window = self.window_part(status, lang)
                parts += [window] if window is not None else []
                # Labelled in its own text ("Where things stand now (reported)"): beside the answer to
                # "when", it does not make an official "no date yet, expected in 2027" a report.
                parts += [replace(p, aside=window is not None) for p in self.standing(status, lang=lang)]
                parts += self.estimates(status, lang)
        parts += self.pack_history(lang=lang) if milestone is not Milestone.RELEASED else []  # out: the steps before are moot
        return Answer(q.raw, True, parts, "season2.release")

    def release_in(self, q: Question, status: Status, years: AbstractSet[str]) -> Answer:
        """"will season 2 come out in 2026?" against the current release date."""
        if status.release_at is None or status.milestone is Milestone.CANCELLED:
            window = self.window_part(status)
            parts = [self.no_release_part(status), *([window] if window else []), *self.standing(status),
                     *self.estimates(status)]
            return Answer(q.raw, True, parts, "season2.release")
        year = str(status.release_at.year)
        verdict = "Yes." if year in years else f"No, not in {', '.join(sorted(years))}."
        release = self.release_part(status, verdict)
        assert release is not None
        parts = [release]
        if year not in years:
            wrong = self.claims.wrong_predictions(years)[:2]
            parts += self.claims.wrong_parts(wrong, "A claim said otherwise and was wrong:", release.confidence)
        return Answer(q.raw, True, parts, "season2.release")

    def stage(
        self, q: Question, status: Status, asked: str, history: Sequence[str], intent: str, yes_no: bool
    ) -> Answer:
        """Filming and wrap questions: the status (with a yes or "not confirmed yet" when asked
        yes or no), then the pack's news about that stage."""
        done = reached(status, "filming_wrapped") and status.milestone is not Milestone.FILMING_WRAPPED
        earlier = [c for c in self.claims.season2 if c.milestone in history and c.standing == "standing"][-2:]
        # said in the asker's language when a yes (or the stage alone) and every earlier step have words there
        words = timing_words(q.language)
        said = ((not yes_no or reached(status, asked)) and "filming_wrapped" in words.milestones
                and all(c.milestone in words.milestones for c in earlier))
        lang = q.language if said else "en"
        lead = ("Filming is done. Latest: " if lang == "en" else words.milestones["filming_wrapped"] + words.end + words.gap) if done else ""
        if not yes_no:
            first = self.part(status, lead=lead, lang=lang)
        elif reached(status, asked):
            first = self.part(status, verdict="Yes.", lead=lead, lang=lang)
        elif status.milestone is Milestone.CANCELLED:
            first = self.part(status, verdict="No.")
        else:
            first = self.part(status, "Not confirmed yet. Where things stand now")
        parts = [first]
        for claim in earlier:
            parts.append(self.claims.part(claim, "Earlier") if lang == "en"
                         else self._claim_said(claim, words.earlier_heading, words.milestones[claim.milestone or ""], lang))
        return Answer(q.raw, True, parts, intent)

    @staticmethod
    def delay_to_release(status: Status) -> tuple[Claim, ...]:
        """The delay the release date stands on (season 2 pushed to the day it came out), if any."""
        return tuple(c for c in status.release_backing if c.milestone is Milestone.DELAYED)

    def delay(self, q: Question, status: Status) -> Answer:
        """"was season 2 delayed" while a delay stands (or the release came on a delay's date): yes, as
        sure as the delay, with where it stands."""
        released = status.milestone is Milestone.RELEASED and status.release_at is not None
        delays = self.delay_to_release(status) if released else status.delay_backing
        confidence = _confidence(delays, "official")
        line = self.part(status)
        if released and status.release_at is not None:
            said = f"Season 2 was pushed back to {when_text(status.release_at, status.release_timed)}, and came out then."
            line = Part(said, times=(status.release_at,))
        text = f"{hedged_verdict('Yes.', confidence)} {line.text}"
        part = Part(text, NOTHING, confidence, _sources(delays), hedged=True, times=line.times)
        return Answer(q.raw, True, [part], "season2.delay")

    def delay_rumoured(self, q: Question, status: Status) -> Answer | None:
        """"is s2 delayed" while only a rumour says so: that rumour, said as one, beside the release
        date that stands (never an older production delay in its place). None: no such rumour."""
        if status.release_at is None:
            return None
        rumours = sorted((c for c in status.rumours if c.milestone in (Milestone.DELAYED, Milestone.RELEASE_DATE_CHANGED)
                          and c.release_at is not None and c.release_at > status.release_at), key=lambda c: c.date)
        if not rumours:
            return None
        rumour = rumours[-1]
        assert rumour.release_at is not None
        said = (f"Not as far as anyone can confirm: only a rumour says season 2 was pushed back to "
                f"{when_text(rumour.release_at, rumour.timed)}.")
        parts = [Part(said, NOTHING, "rumour", _sources(rumours), hedged=True, times=(rumour.release_at,)),
                 self.part(status, "Where things stand now")]
        return Answer(q.raw, True, parts, "season2.delay")

    def where_things_stand(self, q: Question, status: Status) -> Answer:
        """"Any news on s2?": where it stands, worded in the asker's language (q.language) as `release` is."""
        lang = q.language
        standing: Part | None = self.part(status, "Where things stand now", lang=lang)
        release = self.release_part(status, lang=lang) if status.milestone is not Milestone.RELEASE_DATE_ANNOUNCED else None
        if release is not None:
            release, standing = _out_once(release, standing, status)
        parts = [p for p in (standing, release) if p is not None]
        if status.release_at is None and status.milestone not in (None, Milestone.RELEASED) and one_source_out(status) is None:
            parts.insert(0, self.no_release_part(status, lang=lang))  # "s2??" asks first of all when: none is set yet
        one_source = self.one_source_part(status, lang)
        parts += [one_source] if one_source is not None else []
        window = self.window_part(status, lang)
        if window is not None:
            parts.append(window)
        parts += self.pack_history(limit=2, lang=lang) if status.milestone is not Milestone.RELEASED else []
        return Answer(q.raw, True, parts, "season2.status")
