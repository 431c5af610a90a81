"""What a fan is told when nothing was read from what they typed as how far they have watched (bot.watched).

That their progress is unchanged and why, in their words as typed (never the words bot.watched puts in,
"rewatching s1"): a season not out yet and two episodes offered ("ep 8 or 9") are named, never the generic forms
alone. Never "saved" beside their words: "nothing was saved from “kingdom, ep 5”" reads, to the spoiler lexicon
and to a reader skimming it, as someone saved in episode 5.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.progress_clauses import seasons_named
from bot.progress_lists import episode_lists
from bot.progress_rewritten import says_new_season
from bot.progress_said import said_of_one_night
from bot.show import Position, PositionError, typed_shown

# "ep 8 or 9", "between 5 and 6", "5 or 6화": two episodes offered, neither surely the one reached.
_EITHER = compile_later(r"(?i)(\d{1,2}) ?[화회편]? ?(?:or|/|아니면|이나|or maybe) ?(?:ep |episode )?(\d{1,2})"
                     r"|\bbetween (?:ep |episode |eps |episodes )?(\d{1,2}) and (?:ep |episode )?(\d{1,2})")


def clearer(refused: PositionError, text: str, latest: Position, original: str) -> PositionError:
    """What the fan is told when nothing was read: that their progress is unchanged and why, in their words (`original`, as
    typed: never the words bot.watched put in, "rewatching s1"); a season not out yet and two episodes offered
    are named, never the generic forms alone."""
    said = str(refused)
    ahead = sorted(seasons_named(text) - set(range(1, latest.season + 1)))
    # "s2 ep 1 and 2 done" (read as the range "s2 ep 1-2") is told, as before it was read, that season 2 is not out
    listed = episode_lists(original.casefold()) != original.casefold()
    unknown = listed and bool(ahead) and ahead[0] == latest.season + 1 and f"(season {ahead[0]} is not known" in said
    # "s2 part 1 done", "halfway through season 2" (told only that it is not out) and "caught up on the new season" while
    # season 1 is the only one: asked how far into season 1, as any place in a season not out is
    new_season = not ahead and latest.season == 1 and says_new_season(text)
    ahead = [latest.season + 1] if new_season else ahead
    not_out = new_season or (bool(ahead) and said == f"Season {ahead[0]} has not come out yet.")
    if (not said.startswith("\u201c") or " is not an episode. " not in said) and not unknown and not not_out:
        return refused  # already says what is wrong ("no season 1, episode 13", "names no season")
    forms = said.split(" is not an episode. ", 1)[-1]
    typed = f"\u201c{typed_shown(original)}\u201d"
    if ahead and ahead[0] == latest.season + 1:
        return PositionError(
            f"Season {ahead[0]} has not come out yet, so {typed} left your progress unchanged. How far into season "
            f"{latest.season} are you? Type it like S{latest.season}E5, or \u201cfinished season {latest.season}\u201d."
        )
    # "10/10", "ep 5/5" offer no two episodes (a score, a count done): told the forms
    offered = (sorted(int(n) for n in either.groups() if n is not None) for either in _EITHER.finditer(text))
    low, high = next(((low, high) for low, high in offered if low != high), (0, 0))
    if low != high:
        return PositionError(
            f"{typed} names episodes {low} and {high}, so your progress is unchanged: type the last one you have finished, "
            f"like S{latest.season}E{low}."
        )
    return PositionError(f"I couldn't read how far you have watched from {typed}, so your progress is unchanged. {forms}")


def refuse_one_night(typed: str) -> None:
    """Refuse what says only what was watched one night ("im done now", "tonight i watched 6 eps"): how far is not said."""
    if told := said_of_one_night(typed):  # (in words that fit it: "im done now" says no count of tonight's episodes)
        raise PositionError(f"\u201c{typed_shown(typed)}\u201d {told}, so your "
                            f"progress is unchanged: type the last episode you have finished, like S1E5.")
