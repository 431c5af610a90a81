"""Episodes of later seasons named outright ("S2E3", "season 2 episode 3", "2x03", "episode 3 of
season 2", "the season 2 premiere"). The pack knows no event of those seasons, so a plot word, a
reaction or a season-1 character said with one gives away the episode named (lexicon._episodes):
"Ha-ri gets bitten in S2E3" spoils season 2, episode 3, never nothing."""

from __future__ import annotations

import re

from bot.show import Position

_SEASON = r"s(?:eason)?\s*0?([2-9])"
_LATER_EPISODE = re.compile(
    rf"(?<![\w-])(?:{_SEASON}\s*[,:]?\s*(?:e|ep|episode)s?\s*\.?\s*#?0?(\d{{1,2}})"  # S2E3, season 2, ep 3
    r"|([2-9])x0?(\d{1,2})"  # 2x03
    rf"|(?:e|ep|episode)\s*\.?\s*0?(\d{{1,2}})\s+(?:of|in)\s+(?:the\s+)?{_SEASON}"  # episode 3 of season 2
    rf"|(?:the\s+)?{_SEASON}\s*(?:premiere|opener|first\s+ep(?:isode)?))(?![\w-])",  # the season 2 premiere
    re.I,
)


def later_episodes(sentence: str) -> list[tuple[Position, str]]:
    """The later seasons' episodes `sentence` names, with the words that name them."""
    found: list[tuple[Position, str]] = []
    for match in _LATER_EPISODE.finditer(sentence):
        g = match.groups()
        season, episode = ((g[0], g[1]) if g[0] else (g[2], g[3]) if g[2] else (g[5], g[4]) if g[5] else (g[6], "1"))
        if 1 <= int(episode) <= 99:
            found.append((Position(int(season), int(episode)), match.group(0)))
    return found
