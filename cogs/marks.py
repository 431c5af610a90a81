"""What a channel's spoiler mark holds as episodes come out, said alike by /spoilers, /season2 status and /help.

A mark is the episode a moderator gave, never "everything" that moves by itself: "full spoilers" typed before
season 2 is out is stored at season 1's last episode and stays there when season 2 comes out. A moderator who
wrote it then meant the show as it was; on release day many in that channel have not seen season 2, and a mark
that rose by itself would put its deaths in the clear there with no one deciding it. So the mark holds, and the
moderators are told plainly, where it is set and where it is read, how to raise it.
"""

from __future__ import annotations

from bot.show import NOTHING, Position

#: How a moderator raises a mark to everything out.
RAISE = "`/spoilers up_to: full spoilers`"


def held_mark_text(mark: Position | None, latest: Position, place: str = "channel") -> str:
    """What `mark` (a channel's, or a thread's: `place`) holds against `latest`, the last episode out: at the
    latest, that it stays there when more comes out; behind it, that later episodes stay hidden until a
    moderator raises it. "" for no mark (replies there hide every spoiler, as they say)."""
    if mark is None or mark == NOTHING:
        return ""
    if mark >= latest:
        later, out = ("season 2", "it is") if latest.season == 1 else ("later episodes", "they are")
        return (f"This {place}'s spoiler mark stays at {mark.label} when more comes out: {later} will stay hidden in "
                f"its public replies until a moderator raises the mark ({RAISE} once {out} out).")
    # what came out since is named by its season only, and the mark never before a colon and a verb: "episode 11:
    # a moderator raises ..." reads as what happens in episode 11 (the spoiler lexicon's reading, tests/cogs oracle)
    since = f"Season {latest.season} is out, but it stays" if latest.season > mark.season else "Later episodes stay"
    return (f"{since} hidden in this {place}'s public replies until a moderator raises its spoiler mark, now "
            f"{mark.label} ({RAISE} shows everything out).")
