"""The show's shape: its seasons and episodes, and positions in it. Nothing else counts episodes.

A `Position` is (season, episode): how far a viewer has watched, how far a channel may discuss,
which episode a piece of text spoils. `NOTHING` (0, 0) is "nothing watched" / "spoils nothing" and
orders before every episode. Season 1 has 12 episodes; later seasons have however many the sources
list, learned at run time: the bot owns one `ShowShape` (`Hyosan.show`) that grows with
`add_episodes`, and every feature reads it. An episode's title is a spoiler of that episode
(callers render it through the spoiler renderer, never in a label).

Positions are written one way for people (`label`: "season 1, episode 7") and one way for
machines (`str`: "S1E7", what autocomplete offers and exports write; `code`: 107, what the database
and custom ids store). `parse_position` reads what people type.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.episode_marks import SEASON_ALONE
from bot.errors import UserError
from bot.position_forms import (
    ALL_WORDS,
    EPISODE_FIRST,
    FINALE_WORDS,
    FIRST_ENDS,
    FIRST_WORDS,
    KO_SEASON_END,
    NOTHING_WORDS,
    PATTERNS,
    SEASON_END,
    SEASON_ONE,
    WHOLE_SEASON,
    normal_typed,
    numbers_as_digits,
)
from bot.progress_said import ALL_SAID, IT_ALONE, up_to_free
from bot.text import quote_user_text, strip_invisible

_MAX = 99  # seasons and episodes per season that a code (season * 100 + episode) can hold


#: An English article opening a title ("The Bunker": one word of its own).
_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+", re.I)


@dataclass(frozen=True)
class TypedPlace:
    """A season and an episode as someone typed them, even one no position holds ("is onjo in episode 0")."""

    season: int
    episode: int

    @property
    def typed_label(self) -> str:
        """"season 1, episode 99": what a refusal names, never the whole season a code may stand for."""
        return f"season {self.season}, episode {self.episode}" if self.season else "nothing yet"


@dataclass(frozen=True, order=True)
class Position:
    """(season, episode), ordered; `NOTHING` (0, 0) comes before every episode."""

    season: int
    episode: int

    def __post_init__(self) -> None:
        for value in (self.season, self.episode):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"a position is two whole numbers, not {value!r}")
        if (self.season, self.episode) != (0, 0) and not (1 <= self.season <= _MAX and 1 <= self.episode <= _MAX):
            raise ValueError(f"not a position: season {self.season}, episode {self.episode}")

    def __bool__(self) -> bool:
        """False for NOTHING, as 0 was: `if spoils:` keeps meaning "spoils something"."""
        return self.season != 0

    def __str__(self) -> str:
        return f"S{self.season}E{self.episode}" if self.season else "0"

    @property
    def label(self) -> str:
        """For sentences: "season 1, episode 7"; "nothing yet" for NOTHING; "all of season 2" for a season's
        last episode whichever it turns out to be (the highest episode a code holds: bot/trivia/laterseason.py)."""
        return f"all of season {self.season}" if self.episode == _MAX else self.typed_label

    @property
    def typed_label(self) -> str:
        """The label of a place someone typed ("season 1, episode 99"): never the whole season the
        highest code otherwise stands for, so a refusal names the episode asked for."""
        return TypedPlace(self.season, self.episode).typed_label

    @property
    def heading(self) -> str:
        """The label at the start of a sentence or as a title: "Season 1, episode 7"."""
        return self.label.capitalize()

    @property
    def code(self) -> int:
        """The database and custom-id encoding: season * 100 + episode (0 for NOTHING)."""
        return self.season * 100 + self.episode

    @classmethod
    def from_code(cls, code: int) -> Position:
        if isinstance(code, bool) or not isinstance(code, int) or code < 0:
            raise ValueError(f"not a position code: {code!r}")
        return cls(code // 100, code % 100)

    @classmethod
    def legacy(cls, number: int) -> Position:
        """A number from before seasons: 0 is NOTHING, 1..99 an episode of season 1."""
        return NOTHING if number == 0 else cls(1, number)


NOTHING = Position(0, 0)


class PositionError(UserError):
    """Text that is not a position of the show, or a position the show does not have (yet)."""


@dataclass(frozen=True)
class EpisodeInfo:
    """One episode as the sources list it. Its `title` spoils the episode itself."""

    season: int
    number: int
    title: str | None = None
    airstamp: dt.datetime | None = None
    runtime: int | None = None  # minutes

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", plain_title(self.title))

    @property
    def position(self) -> Position:
        return Position(self.season, self.number)


# Characters Discord's markdown (spoiler bars, links, quotes, code) acts on, put as look-alikes that
# read the same: a title is text from outside (TVmaze), shown in the clear or hidden in bars, and
# must stay one inert piece of text either way.
_TITLE_MARKUP = str.maketrans({
    "*": None, "~": None, "_": " ", "`": "'", "|": "/", "\\": "/", "[": "(", "]": ")", "<": "\u2039", ">": "\u203a",
})
_TITLE_LEAD = re.compile(r"^[\s#>\-+.:]+")
# TVmaze's names for an episode whose title is not known yet: no title.
_PLACEHOLDER_TITLE = re.compile(r"^(?:episode|ep|tba|tbd|to be announced|untitled)?\s*\d*$", re.IGNORECASE)


def plain_title(title: str | None) -> str | None:
    """An episode title as inert text (no markdown, no mention, no spoiler bars, one line of at
    most 100 characters); None for none, or for a placeholder ("Episode 3", "TBA")."""
    if title is None:
        return None
    text = _TITLE_LEAD.sub("", " ".join(strip_invisible(title).translate(_TITLE_MARKUP).split()))
    text = re.sub(r"@(?=everyone\b|here\b|[!&]?\d)", "@\u200b", text)
    if _PLACEHOLDER_TITLE.match(text):
        return None
    return text if len(text) <= 100 else text[:99].rstrip() + "\u2026"


# Season 1: twelve episodes, all released on Netflix at once on 28 January 2022 (00:00 PT).
SEASON_ONE_EPISODES = 12
SEASON_ONE_RELEASE = dt.datetime(2022, 1, 28, 8, 0, tzinfo=dt.UTC)
# The season the season-2 tracker follows (its one status, premiere and later part); the one before it is complete.
TRACKED_SEASON = 2


def latest_season_out(released: bool) -> int:
    """The latest season out: the tracked one once its status says it is `released`, else the one before."""
    return TRACKED_SEASON if released else TRACKED_SEASON - 1


class ShowShape:
    """The seasons and their episodes, growing at run time.

    Readers never see a half-updated shape: every change builds new tuples and swaps them in.
    """

    def __init__(self, episodes: Iterable[EpisodeInfo] = ()) -> None:
        self._seasons: dict[int, tuple[EpisodeInfo, ...]] = {}
        self._positions: tuple[Position, ...] = ()
        # last_released, asked on every reply: kept for the shape it was worked out on, while
        # `now` stays between the last air time passed and the next one.
        self._released: tuple[tuple[Position, ...], dt.datetime | None, dt.datetime | None, Position] | None = None
        # title_spoils' titles, kept for the seasons they were read from (a new list replaces the dict)
        self._titles: tuple[dict[int, tuple[EpisodeInfo, ...]], list[tuple[re.Pattern[str], Position]]] | None = None
        self._premieres: dict[int, dt.datetime] = {}  # set_premiere
        self._later_parts: dict[int, dt.datetime] = {}  # set_later_part
        by_season: dict[int, list[EpisodeInfo]] = {}
        for info in episodes:
            by_season.setdefault(info.season, []).append(info)
        for season, infos in by_season.items():
            self.add_episodes(season, infos)

    @classmethod
    def season_one(cls, titles: Mapping[int, str] | None = None) -> ShowShape:
        """The bundled shape: season 1's twelve episodes (titles where the content pack has them)."""
        titles = titles or {}
        return cls(
            EpisodeInfo(1, n, titles.get(n), SEASON_ONE_RELEASE) for n in range(1, SEASON_ONE_EPISODES + 1)
        )

    def add_episodes(self, season: int, episodes: Iterable[EpisodeInfo]) -> bool:
        """Learn a season's episodes; the list replaces what was known of that season (a renumbering).
        Idempotent; an empty list changes nothing. Returns whether the shape changed."""
        infos = sorted(episodes, key=lambda info: info.number)
        if not infos:
            return False
        numbers = [info.number for info in infos]
        if any(info.season != season for info in infos):
            raise ValueError(f"episodes of another season given for season {season}")
        if len(set(numbers)) != len(numbers):
            raise ValueError(f"season {season} lists an episode number twice")
        for info in infos:
            Position(season, info.number)  # raises on numbers a position cannot hold
        new = tuple(infos)
        if self._seasons.get(season) == new:
            return False
        seasons = dict(self._seasons)
        seasons[season] = new
        self._seasons = dict(sorted(seasons.items()))
        self._positions = tuple(info.position for infos_ in self._seasons.values() for info in infos_)
        return True

    def set_premiere(self, season: int, at: dt.datetime | None) -> None:
        """The season's release moment as the season-2 tracking has it standing (official, or two
        sources; None: none stands). The season's first drop (its first episode and those listed
        within a day of it) is out from then, whatever time the listing gives (it lags a moved
        date): the bot that says "Season 2 is out now" never answers "not out yet" to /progress
        or /spoilers, nor opens a room for an episode it says comes out next week."""
        premieres = dict(self._premieres)
        if at is None:
            premieres.pop(season, None)
        else:
            premieres[season] = at
        if premieres != self._premieres:
            self._premieres = premieres
            self._released = None

    def set_later_part(self, season: int, at: dt.datetime | None) -> None:
        """When the season's later part (Part 2) is out as the season-2 tracking has it standing, set beside its premiere
        from the same status (None: no part day stands): the episodes listed before it are Part 1 (bot.progress_parts)."""
        later_parts = dict(self._later_parts)  # a new dict swapped in: a card built in a thread reads one whole
        if at is None:
            later_parts.pop(season, None)
        else:
            later_parts[season] = at
        if later_parts != self._later_parts:
            self._later_parts = later_parts
            self._released = None  # last_released's window was worked out on the old day

    def later_part(self, season: int) -> dt.datetime | None:
        return self._later_parts.get(season)

    def aired_at(self, info: EpisodeInfo) -> dt.datetime | None:
        """When the episode is out: its listed air time, or its season's premiere (set_premiere)
        for the episodes of the first drop; nothing of a season before its premiere."""
        premiere = self._premieres.get(info.season)
        first = self._seasons.get(info.season, (None,))[0]
        if premiere is None or first is None:
            return info.airstamp
        in_drop = info.number == first.number or (
            info.airstamp is not None and first.airstamp is not None
            and info.airstamp <= first.airstamp + dt.timedelta(days=1))
        if not in_drop:  # a later week's: as listed, never before the season's premiere nor the later part the status
            # holds (Netflix moved Part 2 a week on, TVmaze still listing the old day: not out that day, rehearse67)
            later = self._later_parts.get(info.season, premiere)
            return None if info.airstamp is None else max(info.airstamp, premiere, later)
        return premiere

    def title_spoils(self, text: str) -> Position:
        """The latest later-season episode whose title `text` names (NOTHING: none): a title spoils
        its episode wherever it is written, a fan's question or a headline, as whole words. Only titles of
        two words or more past a leading article count ("Six", "Return" or "The Bunker" are everyday words,
        not a title named: rehearse59, "the bunker scene in ep 3" was taken down as S2E5's)."""
        titles = self.titles()
        if not titles:  # no later-season title known yet (asked for every text a reply shows)
            return NOTHING
        folded = " ".join(text.casefold().split())
        return max((position for title, position in titles if title.search(folded)), default=NOTHING)

    def titles(self) -> list[tuple[re.Pattern[str], Position]]:
        """The later seasons' listed titles that name an episode (title_spoils' rule), each as whole words in text
        casefolded with single spaces; read by /progress too ("just finished <title>": bot.progress_events)."""
        titles, seasons = self._titles, self._seasons  # (read once: the guard reads long messages in a thread while
        # add_episodes swaps in another dict; built from one, kept under that one, never under a newer one)
        if titles is None or titles[0] is not seasons:
            found = [(re.compile(rf"(?<!\w){re.escape(' '.join(info.title.casefold().split()))}(?!\w)"), info.position)
                     for season, infos in seasons.items() if season > 1
                     for info in infos if info.title and len(_ARTICLE.sub("", info.title).split()) >= 2 and len(info.title) >= 8]
            titles = self._titles = (seasons, found)
        return titles[1]

    def seasons(self) -> tuple[int, ...]:
        return tuple(self._seasons)

    def listing(self) -> object:
        """Another object after every change of the episodes listed (each swaps in a new list): what is
        read from them (a title, a season's last episode) is kept under it, and read again under another."""
        return self._seasons

    def episodes_in(self, season: int) -> tuple[EpisodeInfo, ...]:
        return self._seasons.get(season, ())

    def positions(self) -> tuple[Position, ...]:
        """Every known episode, first to last."""
        return self._positions

    def contained(self) -> tuple[tuple[Position, ...], tuple[Position, ...]]:
        """What `contains` answers from (the listed episodes, the unlisted premieres): a key for work checked on a shape."""
        return self._positions, tuple(sorted(self._unlisted_premieres()))

    def contains(self, position: Position) -> bool:
        """Whether the show has this episode (NOTHING is not an episode); a season with a premiere
        standing and no episode listed yet has its first (set_premiere)."""
        return self.episode(position) is not None or position in self._unlisted_premieres()

    def _unlisted_premieres(self) -> dict[Position, dt.datetime]:
        """The first episode of each season whose premiere stands though no source lists it yet
        (the listing often comes on the day): out at the premiere, as the bot announces it."""
        return {Position(season, 1): at for season, at in self._premieres.items() if not self._seasons.get(season)}

    def allows(self, position: Position) -> bool:
        """Whether this is a progress, mark or spoiler tag the show knows: NOTHING or an episode."""
        return position == NOTHING or self.contains(position)

    def episode(self, position: Position) -> EpisodeInfo | None:
        for info in self._seasons.get(position.season, ()):
            if info.number == position.episode:
                return info
        return None

    def last(self) -> Position:
        """The last known episode (aired or not)."""
        return self._positions[-1] if self._positions else NOTHING

    def last_of(self, season: int) -> Position:
        infos = self._seasons.get(season, ())
        return infos[-1].position if infos else NOTHING

    def last_released(self, now: dt.datetime) -> Position:
        """The last episode whose air time has passed, or the last of season 1 when nothing later
        has aired."""
        known = self._released
        if known is not None and known[0] is self._positions:
            _, passed, coming, cached = known
            if (passed is None or passed <= now) and (coming is None or now < coming):
                return cached
        latest = self.last_of(1)
        since: dt.datetime | None = None
        until: dt.datetime | None = None
        unlisted = [EpisodeInfo(p.season, p.episode, None, at) for p, at in self._unlisted_premieres().items()]
        for info in (*(i for infos in self._seasons.values() for i in infos), *unlisted):
            aired = self.aired_at(info)
            if aired is None:
                continue
            if aired <= now:
                since = aired if since is None else max(since, aired)
                if info.position > latest:
                    latest = info.position
            else:
                until = aired if until is None else min(until, aired)
        self._released = (self._positions, since, until, latest)
        return latest


# -- reading what people type (the forms themselves: bot/position_forms.py) -------------------

ACCEPTED = "S2E3, 2x03, \u201cseason 2 episode 3\u201d, a number for season 1 (7), 0 for nothing, or \u201clatest\u201d"


def _accepted(latest: Position) -> str:
    # examples name an episode that is out: "S2E3" before season 2 airs sends a fan to type one that fails
    return ACCEPTED if latest.season > 1 else ACCEPTED.replace("S2E3, 2x03, \u201cseason 2 episode 3\u201d", "S1E5, 1x05, \u201cep 5\u201d")


def typed_shown(text: str) -> str:
    """What a fan typed, as a refusal repeats it (inert, at most 40 characters)."""
    return quote_user_text(text, limit=40) or "(nothing)"




@functools.lru_cache(maxsize=4096)  # a pure function of the text (a Position is immutable), asked several times a reply
def read_position(text: str) -> Position | None:
    """The position `text` spells (without checking the shape: S9E1 reads), NOTHING, or None."""
    if text.strip().startswith(("-", "\u2212")):
        return None  # a negative number, not a separator
    norm = normal_typed(text)
    if norm not in NOTHING_WORDS:
        norm = numbers_as_digits(norm)
    if norm in NOTHING_WORDS:
        return NOTHING
    for pattern in PATTERNS:
        match = pattern.match(norm)
        if match:
            season, episode = (int(g) for g in match.groups() if g is not None)
            return _position(season, episode)
    for pattern in EPISODE_FIRST:
        match = pattern.match(norm)
        if match:
            return _position(int(match.group(2)), int(match.group(1)))
    for pattern in SEASON_ONE:
        match = pattern.match(norm)
        if match:
            number = int(next(g for g in match.groups() if g is not None))
            return NOTHING if number == 0 else _position(1, number)
    return None


def _position(season: int, episode: int) -> Position | None:
    try:
        return Position(season, episode)
    except ValueError:
        return None


def parse_position(
    text: str, shape: ShowShape, *, now: dt.datetime, allow_nothing: bool = True
) -> Position:
    """What a person typed, as a position the show has (see `_parse`), at `now` (the bot's injected clock: "latest"
    is what is out on it, as /season2 status and /ask say); a lead that says nothing
    more ("up to 6", "through ep 4", "watched 3", "I've seen up to S1E8") is read past."""
    try:
        return _parse(text, shape, now=now, allow_nothing=allow_nothing)
    except PositionError:
        norm = normal_typed(text)
        rest = up_to_free(norm)
        season_alone = norm.startswith(rest) and SEASON_ALONE.match(numbers_as_digits(rest))  # "시즌2 보는 중"
        said = read_position(rest) is not None or _names_an_end(rest) or season_alone
        if rest == norm or not rest or not said:
            raise
    return _parse(rest, shape, now=now, allow_nothing=allow_nothing)


def _parse(
    text: str, shape: ShowShape, *, now: dt.datetime, allow_nothing: bool = True
) -> Position:
    """What a person typed, as a position the show has. Accepts "s2e3", "S02E03", "2x03",
    "season 2 episode 3", "season 2, ep 3", "S2 · Episode 3", a bare number for season 1 ("7",
    "ep 7", "7th episode"), numbers in words ("episode seven", "season two episode three",
    "2nd season ep 3"), "0"/"none"/"nothing"/"not started", "all"/"everything"/"latest"/"finished"/"done" (the last
    released episode at `now`), "the finale" (season 1's, until a later
    season airs), "pilot"/"first episode", a whole season ("finished season 1": its last released
    episode; a bare "season 1" is asked again) and Korean "시즌2 3화", "2기 3화", "2시즌 3화", "3화",
    "에피소드 3", "3번째 에피소드", "최신화", "마지막화", "첫 화" (parse_position also reads past "까지 봤어").
    Anything else, and positions the shape does not know, raise PositionError."""
    latest = shape.last_released(now)
    norm = normal_typed(text)
    if norm in ALL_WORDS or ALL_SAID.match(norm):
        if latest.season > 1 and IT_ALONE.search(norm):
            raise PositionError(  # "finished it in one night": "it" may be season 1, seen long before season 2
                f"Which season did you finish? Type \u201cfinished season {latest.season}\u201d, S1E12, "
                f"or \u201clatest\u201d for {latest} ({latest.label}).")
        return latest
    if norm in FIRST_WORDS:
        return Position(1, 1)
    if norm in FINALE_WORDS:
        if latest.season == 1:
            return latest
        raise PositionError(
            f"Which season's finale? Type it like S1E12, or \u201clatest\u201d for {latest} ({latest.label})."
        )
    bare = SEASON_ALONE.match(numbers_as_digits(norm))
    if bare is not None:
        season = int(bare.group(1) or bare.group(2))
        raise PositionError(
            f"Which episode of season {season}? Type it like S{season}E3, or \u201cfinished season {season}\u201d. "
            f"The latest episode is {latest} ({latest.label})."
        )
    end = _season_end(numbers_as_digits(norm), shape, latest)
    if end is not None:
        return end
    whole = WHOLE_SEASON.match(numbers_as_digits(norm))
    if whole is not None:  # "finished season 1": all of it, as far as it has come out
        season = int(next(g for g in whole.groups() if g is not None))
        if not shape.episodes_in(season) or latest.season < season:
            state = "has not come out yet" if shape.episodes_in(season) else _season_unknown(shape, season, latest)
            raise PositionError(f"Season {season} {state}. The latest episode is {latest} ({latest.label}).")
        return min(shape.last_of(season), latest)
    found = read_position(text)
    shown = typed_shown(text)
    if found is None:
        raise PositionError(
            f"\u201c{shown}\u201d is not an episode. Type it like "
            f"{_accepted(latest) if allow_nothing else _accepted(latest).replace(', 0 for nothing,', ',')}. "
            f"The latest episode is {latest} ({latest.label})."
        )
    if found == NOTHING:
        if not allow_nothing:
            raise PositionError(f"Pick an episode (S1E1 to {latest}), not \u201c{shown}\u201d.")
        return found
    if not shape.contains(found):
        known = shape.episodes_in(found.season)
        if not known and shape.contains(Position(found.season, 1)) and latest.season < found.season:
            raise PositionError(f"Season {found.season} has not come out yet. The latest episode is {latest} ({latest.label}).")
        if not known and shape.contains(Position(found.season, 1)):
            raise PositionError(
                f"{found.typed_label.capitalize()} is not listed yet: season {found.season} is out, but no source lists its "
                f"episodes so far. The latest episode is {latest} ({latest.label}): use that for now, and again once "
                f"they are listed."
            )
        why = f"season {found.season} has {len(known)} episodes" if known else f"season {found.season} is not known yet"
        raise PositionError(
            f"There is no {found.typed_label} ({why}).{_counted_on(found, shape)} The latest episode is {latest} ({latest.label})."
        )
    return found


def _season_unknown(shape: ShowShape, season: int, latest: Position) -> str:
    """Why a season with no episode listed is no answer: out (its premiere has passed, so the bot has
    said "out now") with no listing yet, to come (a premiere stands but has not passed: "out" would be
    untrue for days), or not known at all; never "not known" on its release day."""
    if not shape.contains(Position(season, 1)):
        return "is not known yet"
    return "is out, but no source lists its episodes yet" if latest.season >= season else "has not come out yet"


def _counted_on(found: Position, shape: ShowShape) -> str:
    """"episode 13" counted on past season 1's end: later seasons start again at episode 1, so say
    which episode that count is, never read it as one (a bare number is season 1's)."""
    meant = counted_past_end(found, shape)
    if meant is None:
        return ""
    return (f" Season {meant.season} starts again at episode 1: counted from the start, episode {found.episode} "
            f"is {meant} ({meant.label}).")


def counted_past_end(found: Position, shape: ShowShape) -> Position | None:
    """The episode a count past the end of `found`'s season reaches in the seasons after it."""
    count = found.episode - len(shape.episodes_in(found.season))
    season = found.season + 1
    while count > 0 and (known := shape.episodes_in(season)):
        if count <= len(known):
            return Position(season, count)
        count -= len(known)
        season += 1
    return None


def _names_an_end(text: str) -> bool:
    """"the finale", "s2 finale", "latest": a word for an episode that is no number."""
    norm = normal_typed(text)
    return norm in ALL_WORDS | FINALE_WORDS | FIRST_WORDS or bool(ALL_SAID.match(norm)) or any(
        p.match(numbers_as_digits(norm)) for p in (*SEASON_END, KO_SEASON_END)
    )


def _season_end(norm: str, shape: ShowShape, latest: Position) -> Position | None:
    """"s2 finale" is season 2's last episode once the whole season is out (before that the listing
    may still grow, so it is not guessed); "season 2 premiere" its first. None: not such a phrase."""
    for pattern in (*SEASON_END, KO_SEASON_END):
        match = pattern.match(norm)
        if match is None:
            continue
        if pattern is KO_SEASON_END:
            number = match.group(1) or match.group(2) or match.group(3)
            end = "first episode" if "첫" in match["end"] else "finale"
        else:
            number, end = (match.group(1), match.group(2)) if match.group(1)[0].isdigit() else (match.group(2), match.group(1))
        season = int(number)
        if not shape.episodes_in(season):
            if end in FIRST_ENDS and shape.contains(Position(season, 1)):
                return Position(season, 1)
            raise PositionError(
                f"Season {season} {_season_unknown(shape, season, latest)}. The latest episode is {latest} ({latest.label})."
            )
        if end in FIRST_ENDS:
            return Position(season, 1)
        if shape.last_of(season) > latest:
            raise PositionError(
                f"Season {season}'s finale is not out yet. The latest episode is {latest} ({latest.label})."
            )
        return shape.last_of(season)
    return None
