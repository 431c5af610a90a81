"""What the engine returns: an `Answer` of `Part`s, each with the position it spoils, confidence and
sources (`SourceRef`), and the one text renderer (`render_text`, `answer_json`).

`render_text(answer, progress)` wraps every part past `progress` in ||…|| through bot/spoilers.py;
sources travel inside their part (so a spoiling part's sources are hidden with it), and the highest
position any shown part spoils is returned. Discord's renderer (cogs/lore/render.py) does the same
per embed field.

A part may be true only up to a point of the story (`until`): "up to this point in the story,
Gwi-nam is human" holds before episode 5. A viewer at or past `until` is shown the later part
instead, so `visible_parts(answer, progress)` leaves the earlier one out: every reader sees what is
true at their own position, and what comes later behind spoiler bars.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from bot.lore.answer.story_phrases import Phrase
from bot.lore.answer.wording import date_text, when_markup, when_text
from bot.lore.names import Entity
from bot.show import NOTHING, Position
from bot.spoilers import SpoilerTracker, is_safe

CONFIDENCE_ORDER = {"official": 0, "reported": 1, "rumour": 2}
_LABELS = {"reported": "Reportedly: ", "rumour": "Rumour: "}

CAPABILITIES = (
    "who plays a character and whom an actor plays, who a character is, what happens to them and in "
    "which episode (behind spoiler tags), family and friends (whose father someone is), what happens in "
    "each episode, the show's premiere, directors, writer, studios and webtoon, and "
    "season 2 news (renewal, filming, cast, release date)"
)


class Evidence:
    """The words an answer rests on (its records' stems), looked up without joining them."""

    __slots__ = ("_sets",)

    def __init__(self, sets: Iterable[AbstractSet[str]]) -> None:
        self._sets = tuple(s for s in sets if s)

    def __contains__(self, word: object) -> bool:
        return any(word in s for s in self._sets)

    def __bool__(self) -> bool:
        return bool(self._sets)


@dataclass(frozen=True)
class SourceRef:
    publisher: str
    title: str
    url: str | None
    date: str | None
    # The language the answer citing it is worded in: its date is written so ("2026년 2월 23일").
    lang: str = "en"

    def label(self) -> str:
        return self._label

    @functools.cached_property
    def _label(self) -> str:
        # Never the title: next to a card or an answer, a harmless one ("Season 2: what we know so
        # far" beside Su-hyeok) tells who lives; the publisher, the date and the link cite it.
        return f"{self.publisher}, {date_text(self.date, self.lang)}" if self.date else self.publisher

    def link(self) -> str:
        """The label as a Markdown link to the page ("[Radio Times, 28 January 2022](https://...)")."""
        if not self.url or not self.url.startswith(("https://", "http://")):
            return self.label()
        text = self.label().replace("[", "(").replace("]", ")")
        if "(mirror)" in self.title and "mirror" not in self.publisher:
            # The page is a copy on another site: a link named only after the outlet would hide that.
            text += " (mirror)"
        return f"[{text}]({self.url.replace(')', '%29').replace(' ', '%20')})"

    def as_json(self) -> dict[str, str | None]:
        return {"publisher": self.publisher, "title": self.title, "url": self.url, "date": self.date}


@dataclass(frozen=True)
class Part:
    text: str
    spoils: Position = NOTHING
    confidence: str = "official"
    sources: tuple[SourceRef, ...] = ()
    # The text already says how sure it is ("No. ...", "What settles it (reported): ..."), so no
    # confidence label goes in front of it (a verdict the bot is sure of is never hedged).
    hedged: bool = False
    # True only before this position: a viewer at or past it is shown the later part instead.
    until: Position | None = None
    # Shown only from this position on (an answer about "now" says nothing, even in bars, of what
    # the viewer has not reached).
    since: Position | None = None
    # Context beside the answer ("Unofficial estimate (rumour): ...", "Earlier: ..."), labelled in its
    # own text: it does not lower the answer's confidence.
    aside: bool = False
    # It repeats the asker's own words ("My sources don't say that Nam-ra kills On-jo"): it gives away
    # what the question does, so a reply hides it as it hides the question.
    echoes: bool = False
    # The release times the text writes with `when_text` ("12 March 2027, 08:00 UTC"): Discord shows
    # each as a timestamp in the reader's own zone (`linked_line`); the CLI keeps the text.
    times: tuple[dt.datetime, ...] = ()
    # One row of a count or a list ("how many students die"): past a reader's mark, these rows are
    # shown as one hidden block, so the number of spoiler bars does not tell how many are hidden.
    pooled: bool = False
    # The language its text is worded in (bot.lore.answer.asker_language): its times are written so.
    lang: str = "en"
    # What it says, as facts, for saying it in the asker's language (story_phrases.in_language).
    phrase: Phrase | None = None

    def worded(self, text: str, lang: str, *, hedged: bool | None = None) -> Part:
        """This part said as `text` in `lang`, its sources' dates written so too (`hedged`: unchanged when None)."""
        return dataclasses.replace(self, text=text, lang=lang, hedged=self.hedged if hedged is None else hedged,
                                   sources=tuple(dataclasses.replace(s, lang=lang) for s in self.sources))

    def after_verdict(self, verdict: str, confidence: str | None = None) -> Part:
        """`verdict` ("No.") opening this part; a pack text's translation ("told") says it in the asker's language
        too ("mueren todos?"), any other phrase would drop it, so the part is then said in English."""
        told = self.phrase if self.phrase is not None and self.phrase.kind == "told" else None
        return Part(f"{verdict} {self.text}", self.spoils, confidence or self.confidence, self.sources, hedged=True,
                    phrase=None if told is None else dataclasses.replace(told, verdict=verdict))

    def shown_at(self, progress: Position) -> bool:
        return (self.until is None or progress < self.until) and (self.since is None or progress >= self.since)

    @functools.cached_property
    def line(self) -> str:
        """The part as one line (see `part_text`), built once per part."""
        return self.said + (" (" + "; ".join(s.label() for s in self.sources) + ")" if self.sources else "")

    @functools.cached_property
    def linked_line(self) -> str:
        """The line with each source a link to its page and each release time a timestamp (for Discord)."""
        said = self.said
        for when in self.times:
            said = said.replace(when_text(when, lang=self.lang), when_markup(when, lang=self.lang))
        return said + (" (" + "; ".join(s.link() for s in self.sources) + ")" if self.sources else "")

    @property
    def said(self) -> str:
        return self.text if self.hedged else _LABELS.get(self.confidence, "") + self.text


@dataclass
class Answer:
    question: str
    answered: bool
    parts: list[Part]
    intent: str = "unknown"
    entities: tuple[Entity, ...] = ()
    # What the answer rests on (the stems of its records) and which words of the question it read as
    # its own: the router checks that every other word of the question is accounted for.
    evidence: Evidence = field(default_factory=lambda: Evidence(()), compare=False, repr=False)
    consumed: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    @property
    def confidence(self) -> str | None:
        """The weakest confidence among the parts that answer (official > reported > rumour);
        labelled asides count only when nothing else is said."""
        if not self.answered or not self.parts:
            return None
        said = [p for p in self.parts if not p.aside] or self.parts
        return max((p.confidence for p in said), key=lambda c: CONFIDENCE_ORDER.get(c, 0))

    @property
    def noted_confidence(self) -> str | None:
        """The confidence one note below the whole answer may give: `confidence` when every part that answers is that
        sure, None when they differ (each sentence then says how sure it is: "Yes. Season 2 came out ..." is Netflix's,
        TVmaze's Part 2 line its own; one "reported, not official" below both read as if the release were unsure)."""
        weakest = self.confidence
        said = [p for p in self.parts if not p.aside] or self.parts
        return weakest if all(p.confidence == weakest for p in said) else None

    @property
    def sources(self) -> list[SourceRef]:
        seen: dict[SourceRef, None] = {}
        for part in self.parts:
            for source in part.sources:
                seen.setdefault(source, None)
        return list(seen)

    @property
    def spoils(self) -> Position | None:
        """The highest position any part spoils (None when nothing does)."""
        highest = max((p.spoils for p in self.parts), default=NOTHING)
        return highest or None


def dont_know(question: str, what: str = "", instead: Sequence[str] = ()) -> Answer:
    """The honest answer when nothing in the pack answers: what was not known, and what can be
    asked instead (about the same character or person when the question named one)."""
    lead = f"I don't know {what}{_SOURCES_SILENT}" if what else "I don't know that."
    offer = f" About them I can tell you {_listing(instead)}." if instead else ""
    text = f"{lead}{offer} I can answer questions about {CAPABILITIES}."
    return Answer(question, False, [Part(text)], "unknown")


_SOURCES_SILENT = ": my sources don't say."


def not_read(answer: Answer) -> Answer:
    """`answer`, an "I don't know" to a question none of whose words but its names was read ("ai đóng vai
    On-jo?"), no longer claiming the sources are silent: whether they say is unknown too."""
    if answer.answered or not answer.parts or _SOURCES_SILENT not in answer.parts[0].text:
        return answer
    first = dataclasses.replace(answer.parts[0], text=answer.parts[0].text.replace(
        _SOURCES_SILENT, ": I couldn't read what you asked.", 1))
    return dataclasses.replace(answer, parts=[first, *answer.parts[1:]])


def _listing(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def pooled(parts: Iterable[Part]) -> list[Part]:
    """`parts` as the rows of a count or list (see `Part.pooled`)."""
    return [part if part.pooled else dataclasses.replace(part, pooled=True) for part in parts]


def visible_parts(answer: Answer, progress: Position) -> list[Part]:
    """The parts a viewer at `progress` is shown (an as-of part they are past is left out); the
    pooled rows past `progress` as one part, where the last of them was."""
    shown = [part for part in answer.parts if part.shown_at(progress)]
    hidden = [i for i, part in enumerate(shown) if part.pooled and not is_safe(part.spoils, progress)]
    if len(hidden) < 2:
        return shown
    # one line (a line break inside spoiler bars would show one bar per row)
    block = Part("; ".join(shown[i].line for i in hidden), max(shown[i].spoils for i in hidden),
                 max((shown[i].confidence for i in hidden), key=lambda c: CONFIDENCE_ORDER.get(c, 0)),
                 hedged=True, aside=all(shown[i].aside for i in hidden), pooled=True)
    pool = set(hidden[:-1])
    return [block if i == hidden[-1] else part for i, part in enumerate(shown) if i not in pool]


def part_text(part: Part, *, links: bool = False) -> str:
    """A part as one line: confidence label, text, then its sources in brackets (as links to
    their pages when `links`: Discord shows them so)."""
    return part.linked_line if links else part.line


def render_text(answer: Answer, progress: Position) -> tuple[str, Position | None]:
    """The answer as text with ||…|| around every part past `progress`; and its spoiler position."""
    tracker = SpoilerTracker(progress)
    lines = [tracker.render(part_text(part), part.spoils) for part in visible_parts(answer, progress)]
    return "\n".join(lines), tracker.highest


def answer_json(answer: Answer, progress: Position) -> dict[str, object]:
    """`hyosan ask --json`: question, answered, answer (rendered), spoils (the highest position a
    shown part spoils, "S1E7"), spoils_episode (that position's episode number, as before seasons),
    confidence, sources."""
    text, spoils = render_text(answer, progress)
    return {
        "question": answer.question,
        "answered": answer.answered,
        "answer": text,
        "spoils": str(spoils) if spoils else None,
        "spoils_episode": spoils.episode if spoils else None,
        "confidence": answer.confidence,
        "sources": [s.as_json() for s in answer.sources],
    }
