"""Discord's timestamp markup, built in one place: `<t:UNIX:STYLE>` shows a moment in each reader's
own time zone and language (F: full date and time, D: the day, t: the time, R: "in 3 days").

Which moment a date stands for (a release day as its start on Netflix's clock) is the caller's to
decide (cogs/season2/render_claims.py:ts, cogs/marks.py:release_due); this only writes the markup.
render_claims.ts types the same markup itself: it is on the season-2 walk (bench.walk), which a call
into this module would lengthen by a file.
"""

from __future__ import annotations

import datetime as dt


def timestamp(when: dt.datetime, style: str = "R") -> str:
    """`when` in Discord's timestamp markup, to the whole second (Discord takes whole seconds)."""
    return f"<t:{int(when.timestamp())}:{style}>"
