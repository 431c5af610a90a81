"""The season and the episode a question names, read into its `Analysis` (`analysis.Analyser.analyse`): by number,
ordinal or title ("s1e5", "2x3", "the finale", "season two", "all of us are dead 2"), another show's season left out
("squid game season 3"), and season 2 when a question can only mean it though it names no season (a character coming
back, the new cast, the show cancelled, a release date yet, the hour an episode comes out)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.lazy_re import compile_later
from bot.lore.answer.parts_named import part_of_another, season_parts
from bot.lore.other_works import OTHER_WORKS
from bot.show import Position, ShowShape, TypedPlace
from bot.text import NUMBER_WORDS, ordinal_number

if TYPE_CHECKING:
    from bot.lore.answer.analysis import Analysis

_EPISODE_NO = compile_later(r"\b(?:episode|epi|eps?)\s*#?\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+episode\b|\be(\d{1,2})\b")
_EPISODE_ZERO = compile_later(r"\b(?:episode|epi|eps?)\s+zero\b")
_SEASON_EPISODE = compile_later(r"\bs(\d)\s*e(\d{1,2})\b|\b(\d)x(\d{1,2})\b|\bseason\s*(\d)\s*,?\s*episode\s*(\d{1,2})\b")
_ORDINAL_EPISODE = compile_later(
    r"\b(first|second|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|last|final|finale)\s+(?:episode|ep)\b|\b(?:the\s+)?(finale)\b"
)
# "what happens in the pilot", "the pilot ep": episode 1 (never "who is the pilot", "does the pilot die": the helicopter's)
_PILOT = compile_later(r"\b(?:in|of|during) the pilot\b(?!\s*(?:'s|who|that|of|and)\b)|\bpilot (?:ep|episode)\b")
_SEASON = compile_later(
    r"\bseason\s*(\d{1,2})\b|\b(second|2nd|third|3rd|fourth|4th|next|new)\s+season\b|\bsequel\b|\brenew"
    r"|\bseason\s+(two|three|four)\b"
    # "is all of us are dead 2 out", "aouad 2 release": the title and a number is that season
    r"|\bthe show\s+(\d)\b(?!\s*(?:episodes?|eps?|times?|hours?|million|billion|years?|months?|people|days?|weeks?))"
)
# "is Cheong-san coming back", "will Su-hyeok return": asked of a character, it means season 2
# (not "comes back from the horde", "back to life").
_RETURNING = compile_later(
    r"\b(?:(?:is|are|will)\s+(?:\S+\s+){0,3}?(?:coming back|returning|be back|back)|will\s+(?:\S+\s+){0,3}?(?:come back|return)"
    r"|(?:come|comes|coming) back|return(?:s|ing)?)\b(?!\s+(?:to(?! life\b)|from|for|after|alive|as a|as an)\b)"
)
# "is the show dead", "did netflix cancel it": whether the show goes on.
_SHOW_ITSELF = compile_later(
    r"\b(?:is|was|has|did)\s+(?:netflix\s+)?(?:the show|it)\s+(?:been\s+|got\s+|get\s+)?"
    r"(?:dead|over|cancell?ed|axed|killed|renewed|done for)\b|\b(?:cancel|axe|kill)(?:ed|led)?\s+(?:the show|it)\b"
)
# "is there a release date yet", "any release date announced": the next season's.
_NEXT_RELEASE = compile_later(
    r"\b(?:release|premiere|air) ?date\b.*\b(?:yet|announced|confirmed|so far)\b|\b(?:yet|any|new)\b.*\brelease ?date\b"
)
# "what time does episode 1 come out", "when does ep 1 drop", "ep 1 release time" (glossed from "1화 몇 시에 공개돼?",
# "第1話は何時に配信"): an episode still to come; season 1 came out all at once in 2022, so the episode is season 2's,
# with season 1's premiere beside it for a fan who meant that one (unnamed_season.py). Said in the past ("what time did
# episode 1 come out") it is season 1's, as it is with season 1 named.
_EPISODE_HOUR = compile_later(
    r"^(?:at |so |and )?(?:(?:what|wat|wht|which) (?:time|hour)|when)\b"
    r"(?!.*\b(?:did|was|were|came|went|had|has been|have been)\b)"
    r"(?=.*\b(?:(?:come|comes|coming|be|is|it ?s) out(?! of)|drop|drops|dropping|release|releases|released|releasing|air|airs"
    r"|airing|premiere|premieres|launch|launches|(?:go|goes|be) live|(?:be|is) up|out(?= yet| on netflix|\W*$))\b)"
    r"|\b(?:release|drop|premiere|air|launch) (?:time|hour)\b(?!.*\b(?:did|was|were|came)\b)"
)
# "who's the new cast", "any new characters": season 2's newcomers (never "best new actor", an award's name)
_NEW_CAST = compile_later(r"(?<!best )\bnew (?:cast(?: members?)?|actors?|actress(?:es)?|characters?|faces)\b")
# "is the old cast coming back", "which of the original cast r back": season 2's returning cast, with no season named
_OLD_CAST_BACK = compile_later(r"\b(?:old|original|og|first|same|main|whole) cast\b.*\b(?:back|return\w*)\b")
# "who comes back to life": the story (nobody does), not season 2's cast; "who will ..." is season 2's.
_TO_LIFE = compile_later(r"^(?!.*\bwill\b).*\bback to life\b")
# "was roh jae-won in squid game season 3": another show's season, never ours
_OTHER_WORK_BEFORE = compile_later(rf"(?<![\w-]){OTHER_WORKS}\s+$")
# "did X come back" (in the story, in the past): not a season-2 question.
_STORY_RETURN = compile_later(r"\bdid\b.*\b(?:come back|return)\b")
_YEAR = compile_later(r"\b(20[0-3]\d)\b")
_LAST = compile_later(r"\b(?:last|final|finale)\b")


def read_positions(a: Analysis, shape: ShowShape) -> None:
    """The season and the episode a question names (`a.season`, `a.episode`, `a.years`): "s1e5", "episode 11", "the finale",
    "season 2", "the show 2"; with none named, season 2 when it can only be asked of it ("is cheong-san coming back", "who's
    the new cast", "is there a release date yet", "what time does episode 1 come out")."""
    text = a.text
    found = _SEASON_EPISODE.search(text)
    if found is not None:
        season, number = (int(g) for g in found.groups() if g is not None)
        if 1 <= number <= 99 and 1 <= season <= 99:
            a.episode, a.season = Position(season, number), season
        elif number == 0 and season >= 1:
            a.unheld_episode = TypedPlace(season, 0)  # "s1e0"
    if a.episode is None:
        numbered = _EPISODE_NO.search(text)
        if numbered is not None:
            number = int(numbered.group(1) or numbered.group(2) or numbered.group(3))
            if 1 <= number <= 99:
                a.episode = Position(1, number)
            elif number == 0 and a.unheld_episode is None:
                a.unheld_episode = TypedPlace(1, 0)  # "ep 0"
        elif "zero" in text and a.unheld_episode is None and _EPISODE_ZERO.search(text):
            a.unheld_episode = TypedPlace(1, 0)  # "episode zero", as "ep 0"
    if a.episode is None:
        ordinal = _ORDINAL_EPISODE.search(text)
        if ordinal is not None:
            word = ordinal.group(1) or ordinal.group(2)
            if word in ("last", "final", "finale"):
                a.episode = shape.last_of(1) or None
            else:
                number = ordinal_number(word) or 0
                if 1 <= number <= 99:
                    a.episode = Position(1, number)
    if a.episode is None and a.unheld_episode is None and "pilot" in text and _PILOT.search(text):
        a.episode = Position(1, 1)
    # "did netflix renew it for season 3": a season said by its number over the renewal ahead of it
    said = [m for m in _SEASON.finditer(text) if not _OTHER_WORK_BEFORE.search(text, 0, m.start())]
    named = next((m for m in said if not m.group(0).startswith(("sequel", "renew"))), said[0] if said else None)
    if named is not None and a.season is None:
        if named.group(1) or named.group(4):
            a.season = int(named.group(1) or named.group(4))
        elif named.group(3):
            a.season = NUMBER_WORDS[named.group(3)]
        elif named.group(2) in (None, "next", "new"):
            a.season = 2  # "the next season", "a sequel", "renewed": the one after season 1
        else:
            a.season = ordinal_number(named.group(2))  # "second season", "3rd season"
    if a.unheld_episode == TypedPlace(1, 0) and a.season is not None and a.season != 1 and found is None:
        a.unheld_episode = TypedPlace(a.season, 0)  # "ep zero of season 2": that season's, never season 1's
    if (a.season is None and a.episode is None and a.slots and a.qtype in ("yes_no", "statement")
            and _RETURNING.search(text) and not _STORY_RETURN.search(text)):
        a.season = 2  # "is cheong-san coming back": in season 2
    if (a.season is None and a.episode is None and not a.slots and a.qtype == "who"
            and _RETURNING.search(text) and not _STORY_RETURN.search(text)
            and not ("life" in text and _TO_LIFE.search(text))):
        a.season = 2  # "who is coming back": the returning cast of season 2
    if a.season is None and a.episode is None and not a.slots and _OLD_CAST_BACK.search(text):
        a.season = 2  # "is the old cast coming back": the cast Netflix named for season 2
    if a.season is None and a.episode is None and _NEW_CAST.search(text):
        a.season = 2  # "who's the new cast": the newcomers are season 2's (season 1's cast is the cast)
    # "does on-jo die in part 2": season 1 came out whole, so a second (or third) part is season 2's
    if a.season is None and a.episode is None and any(n > 1 for n in season_parts(text, halves=False)) and not part_of_another(text):
        a.season = 2
    if a.season is None and _SHOW_ITSELF.search(text):
        a.season = 2  # "is the show dead", "is it cancelled": whether it goes on, season 2's news
    if a.season is None and a.episode is None and not a.slots and not a.years and _NEXT_RELEASE.search(text):
        a.season = 2  # "is there a release date yet": season 1 came out long ago
    if (a.season is None and a.episode is not None and a.episode.season == 1 and not a.slots and not _YEAR.search(text)
            and _EPISODE_HOUR.search(text) and not _LAST.search(text)):
        a.season, a.episode = 2, Position(2, a.episode.episode)  # "what time does episode 1 come out": season 2's
        a.season_guessed = True
    a.years = frozenset(_YEAR.findall(text))
