"""An uploaded list made ready as /triviaset import makes it: its names checked (they show where spoilers cannot
be hidden) and its questions tagged with what they spoil (bot/trivia/tagging.py), with the warnings the upload
reply gives ("3 questions spoil S2E1 to S2E5, not out yet"). Shared by the import command and `hyosan trivia
check`, so the check reports what the upload would."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bot.recent import RecentByIdentity
from bot.show import NOTHING, Position, ShowShape
from bot.trivia.laterseason import LaterSeason
from bot.trivia.lists import ListError
from bot.trivia.model import TriviaList
from bot.trivia.partnotes import parts_listed
from bot.trivia.tagging import Reads, spoiling_names, tag_imported

if TYPE_CHECKING:
    from bot.lore.content import Character


class UploadReading:
    """What the bot reads an upload with: the spoiler lexicon (`reads`: None when the lore cannot be read, and
    imported questions then count as spoiling) and the characters new in a later season (`later`)."""

    def __init__(self, reads: Reads | None, later: LaterSeason | None) -> None:
        self.reads = reads
        self.later = later

    def name_spoils(self, name: str) -> Position:
        """What a list's or a category's name gives away."""
        return NOTHING if self.reads is None else self.reads(name)

    def ready(self, parsed: TriviaList, latest: Position, shape: ShowShape | None = None) -> TriviaList:
        """`parsed` tagged as games will ask it (`latest`: the last episode out; `shape`: the show's listing, whose
        parts a label's "Part 2, ep 3" is read against); ListError when a name spoils."""
        problems = spoiling_names(parsed, self.name_spoils)
        if problems:
            raise ListError(problems)
        with parts_listed(shape or ShowShape.season_one()):
            return tag_imported(parsed, self.reads, latest, self.later)


def later_season(characters: Iterable[Character]) -> LaterSeason:
    """Every name of the characters not in season 1 (their questions are held: bot/trivia/laterseason.py), and
    of those in it (one named beside a later season is about that season of this show)."""
    known = list(characters)
    newcomers = [n for c in known if 1 not in c.seasons for n in (c.name, c.short_name, c.readable_hangul, *c.variants, *c.misspellings) if n]
    # in hangul fans name a friend by the given name alone ("청산" for 이청산)
    cast = [n for c in known if 1 in c.seasons
            for n in (c.name, c.short_name, c.hangul, (c.hangul or "")[1:] if len(c.hangul or "") == 3 else "", *c.variants, *c.misspellings) if n]
    return LaterSeason(newcomers, cast)


# One reading of each content pack's names for the whole process: every bot start (a test run makes a thousand)
# would compile the same few hundred names again. LaterSeason is read-only, so sharing it is safe.
_LATER: RecentByIdentity[Any, LaterSeason] = RecentByIdentity()


def later_season_of(pack: Any) -> LaterSeason:
    """`later_season` of a content pack's characters, made once per pack."""
    return _LATER.get(pack, lambda: later_season(pack.characters.values()))


def bundled_reading() -> UploadReading:
    """The reading of the bundled lore (blocking): what a bot without moderators' additions reads uploads with."""
    from bot.lore.content import bundled_pack
    from bot.spoilers import read_as_shown
    from bot.trivia.bank import spoiler_reader

    reader = spoiler_reader()
    return UploadReading(None if reader is None else read_as_shown(reader), later_season_of(bundled_pack()))
