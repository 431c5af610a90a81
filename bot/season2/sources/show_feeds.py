"""A feed about the show itself (its subreddit, r/AllOfUsAreDead): its moderators and fans write "S2" or "season 2"
without the show's name ("[MOD] Release date change: S2 is now March 26", "Reminder: S2 drops March 19 at 5pm KST"),
and there that is our season. `show_feed` tells such a feed by its title or address (a search feed that only names
the show, '"All of Us Are Dead" - Google News', is not one: its items are any outlet's), and `fan_server` tells a
Discord server's post (the bot follows a Discord channel only in a server of the show's fans, where "@everyone S2
drops tomorrow" is ours too); `with_show_named` names the
show where such a title names the season alone, never where another title does ("Squid Game S2"). Pure functions
on text.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.season2.sources.headline_words import MONTH_TYPED
from bot.season2.sources.other_titles import SHOW

#: The show's own feed: its subreddit's address or title, or a feed titled with the show's name alone.
_SUBREDDIT = compile_later(r"(?:^|/|\b)r/(?:allofusaredead|aouad)\b", re.I)
#: A Discord server's post, by who published it (discord.com, discord.gg, a channel's address on either).
_DISCORD = compile_later(r"^(?:https?://)?(?:[\w-]+\.)?discord(?:app)?\.(?:com|gg)\b", re.I)
_NAME_ALONE = compile_later(r"^\W*(?:r/)?(?:all\s?of\s?us\s?are\s?dead|지금\s*우리\s*학교는)\W*$", re.I)
#: The season named alone, at the start or after a mark, "the" or a ping: "S2 drops", "change: S2 is now", "[MOD]
#: season 2", "@everyone S2 is official".
_SEASON_ALONE = compile_later(r"(?:^|(?<=[:\]\)!?.,;|—–\-]\s)|(?<=[:\]\)!?.,;|—–\-\[])|(?<=\bthe\s)|(?<=\bour\s)"
                           r"|(?<=@everyone\s)|(?<=@here\s))"
                           r"(?P<season>s2|season\s*(?:2|two))\b|(?:^|(?<=\s))(?P<korean>시즌\s*2)", re.I)


def show_feed(title: str | None, link: str | None) -> bool:
    """Whether a feed is about the show itself (see the module)."""
    return bool(_SUBREDDIT.search(link or "") or _SUBREDDIT.search(title or "") or _NAME_ALONE.match(title or ""))


#: ... or after "the" and a day: "the May 21 S2 date is fake", "the 3/12 S2 leak".
_DAYS_SEASON = compile_later(r"(?<=\bthe\s)(?P<day>" + MONTH_TYPED + r"\s+\d{1,2}(?:st|nd|rd|th)?"
                          r"|\d{1,2}/\d{1,2})\s+s2\b", re.I)


def fan_server(publisher: str) -> bool:
    """Whether an item is a Discord server's post (see the module): there "S2" alone is our season."""
    return bool(_DISCORD.match(publisher))


def with_show_named(title: str) -> str:
    """A title of the show's own feed with the show named where it names the season alone; as it is when it
    names the show already, or names the season only after another title's words."""
    if SHOW.search(title):
        return title
    # (named as fans short it, the "S2" kept as typed: "the May 21 AOUAD S2 date is fake" reads as fans write it)
    if (named := _DAYS_SEASON.sub(r"\g<day> AOUAD S2", title, count=1)) != title:
        return named
    return _SEASON_ALONE.sub(lambda m: "지금 우리 학교는 시즌2" if m.group("korean") else "All of Us Are Dead Season 2",
                             title, count=1)
