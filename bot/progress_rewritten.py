"""A progress text's words rewritten before bot.watched reads it, by how many seasons are out.

Check marks say done, under way or soon ("s1 ✅ s2 ep3 ⏳"); "the new season" in any language is the latest season
once a second is out; while season 1 is the only one, "the first one", "the whole season" and a rewatch naming no
season are season 1's, and "both seasons" or a plan for some day before season 2 is refused (nothing to save).
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.progress_clauses import season_to_come
from bot.progress_lists import TICK, check_lists
from bot.progress_rewatched import finale_seen_said, rewatch_done_said, show_rewatched
from bot.progress_said import chat_free
from bot.progress_words import before_next_season
from bot.show import PositionError, typed_shown

# "the new season", "새 시즌": the latest season out, once there is a second one (before that it is asked again).
_NEW_SEASON = compile_later(r"(?i)\b(?:the )?(?:new|newest|latest) (?:season|szn)\b|새 ?시즌"
                            # "la nueva temporada", "a temporada nova", "la nouvelle saison", "die neue Staffel", "la nuova
                            # stagione", "season baru", "bagong season", "mùa mới", "yeni sezon", "新シーズン", "新一季"
                            r"|\b(?:nueva|nova) temporada\b|\btemporada nova\b|\bnouvelle saison\b|\bneuen? staffel\b"
                            r"|\bnuova stagione\b|\bseason baru\b|\bbagong season\b|\bmùa mới\b|\byeni sezon\b|新シーズン|新一?季")


def says_new_season(text: str) -> bool:
    """Whether `text` names "the new season" in any language (while season 1 is the only one, a season not out)."""
    return _NEW_SEASON.search(text) is not None


# "the 4th new ep", "new ep 3": an episode of the latest season.
_NEW_EPISODE = compile_later(r"(?i)\b(?:the )?(\d{1,2})(?:st|nd|rd|th) new (?:ep|episode)\b|\bnew (?:ep|episode) (\d{1,2})\b")


# "s1 ✅ s2 ep3 ✅": a check mark says that one is done.
# (each mark's spaces taken from the first: a search from each space of a long run of them cost the square of its length)
_CHECKED = compile_later(rf"(?<!\s)\s*{TICK}")
# "s1 done ✅": a mark after a word that says done says no more than the word (watched24: read as "done done").
_CHECKED_DONE = compile_later(r"(?i)\b(done|finished|completed?)\s*[\u2705\u2714\u2611]\ufe0f?")
# "ep4 ✅ ep5 ⏳": an hourglass says that one is under way.
_UNDERWAY = compile_later(r"(?<!\s)\s*[\u23f3\u231b]\ufe0f?")
# "S1 ✅ S2 ep 1 🔜": "soon" says that one is still to watch, as "next" does (never watched).
_SOON = compile_later(r"(?<!\s)\s*\U0001f51c\ufe0f?")


def marks_said(text: str, latest: int) -> str:
    text = finale_seen_said(rewatch_done_said(check_lists(text)))  # "rewatched the part 1 finale": seen again;
    # "ep1 ✓ ep2 ✓ ep3": "ep 2 done"; "rewatched s1 and started s2"
    if not _SOON.sub("", _UNDERWAY.sub("", _CHECKED.sub("", text))).strip():  # "✅✅✅": a mark that checks nothing
        return text
    text = _CHECKED_DONE.sub(r"\1, ", text)
    text = _SOON.sub(" next, ", _UNDERWAY.sub(" halfway, ", _CHECKED.sub(" done, ", text))).strip().rstrip(",")
    if latest < 2:
        return _one_season_said(text)
    if (coming := season_to_come(text)) is not None and 1 < coming <= latest:
        text = show_rewatched(text, coming - 1)  # "rewatch done, ready for s2": season 1 rewatched
    text = _NEW_EPISODE.sub(lambda m: f"season {latest} ep {m[1] or m[2]}", text)
    return _NEW_SEASON.sub(lambda m: f"시즌{latest}" if "시즌" in m.group() else f"season {latest}", text)


# While season 1 is the only one out, "the first one" is its first episode, "the whole season" is season 1, a
# rewatch that names no season or episode ("rewatching, on ep 3", "2nd time watching") is season 1's, so seen to its
# end (bot.progress_rewatched), and "both seasons" claims one not out yet. Once season 2 is out each may be either
# season: asked again.
_FIRST_ONE = compile_later(r"(?i)\b(?:the )?first one\b")
_THE_SEASON = compile_later(r"(?i)\b(?:the )?(?:whole|entire) season\b(?! ?\d)|\bthe season\b(?! ?\d)")
_SEASONS_NOT_OUT = compile_later(r"(?i)\b(?:both|all(?: the)?) seasons\b|\bevery season\b|두 시즌")


# "gonna start s1 before s2 drops", "need to finish it before season 2": a plan for some day before it, no place now.
_PLANNED_BEFORE = compile_later(r"^(?:i )?(?:gonna|going to|will|want to|wanna|plan(?:ning)? to|need to|have to|gotta|should)"
                                r" (?:start|begin|watch|finish|binge)(?: watching)?(?: it| the show| the series| s ?1| season ?1)?$")


def _one_season_said(text: str) -> str:
    timed, text = text, before_next_season(text, 1)  # "rewatching s1 before s2 drops": when, no place of season 2
    if timed != text and _PLANNED_BEFORE.match(chat_free(text)):
        raise PositionError(f"\u201c{typed_shown(timed)}\u201d says what you plan, so your progress is unchanged: "
                            f"how far into season 1 are you now? Type it like S1E5, or \u201cnot started\u201d.")
    if _SEASONS_NOT_OUT.search(text):
        raise PositionError("Only season 1 is out so far, so your progress is unchanged: how far into it are you? "
                            "Type it like S1E5, or \u201cfinished season 1\u201d.")
    text = show_rewatched(text)  # "2nd time watching, ep 5 now", "二刷中，看到第3集": "rewatching s1, ..."
    return _THE_SEASON.sub("season 1", _FIRST_ONE.sub("the first episode", text))
