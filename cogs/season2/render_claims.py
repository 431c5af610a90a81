"""How season 2's claims and outside text are shown: what was claimed, by whom, when, how surely,
and for which audience. Shared by the status card (cogs/season2/render.py) and the posts of the
outbox (cogs/season2/render_posts.py). No I/O.

Text that came from outside (headlines, publishers, URLs typed by moderators) is made inert with
bot.text before it is shown. Show content in it is a spoiler like any other: a headline or claim
that gives away more than the audience may read (its tag, or what the spoiler lexicon `reads` in
it) goes inside spoiler bars whole, and so does one whose author wrote spoiler bars into it (their
`||` made inert, never turned into readable text). The audience is the position the reader may
see in the clear: a channel's spoiler mark for a public message (NOTHING when unmarked), the
reader's own progress in a DM. Dates are Discord timestamps, so each reader sees them in their own
time zone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

import discord

from bot import spoilers
from bot.permissions import LOCKED_THREAD_NEED, lacking_there
from bot.season2.model import Claim, Milestone, Settlement, at_midnight
from bot.season2.rules import out_moment
from bot.show import NOTHING, Position
from bot.spoilers import hide_quoted
from bot.text import clean_input, defuse_mentions, escape_markdown, quote_user_text, shorten, timestamp
from bot.tree import MAX_EMBED

Reads = Callable[[str], Position] | None

COLOUR = discord.Colour(0x8B0000)
NOTICE_COLOUR = discord.Colour.orange()
BADGE = {"official": "✅ official", "reported": "📰 reported", "rumour": "💬 rumour"}


def stamp(when: dt.datetime, timed: bool | None = None) -> int:
    """The Unix time a Discord timestamp shows for `when`: a day given without a time shows as that
    day's start on Netflix's release clock, so each reader sees the right day, never the evening
    before in the Americas. `timed`: whether a release date came with its hour (00:00 UTC is then
    that hour); None for a moment known otherwise, a day when it is midnight UTC (a claim's date)."""
    return int(_shown_moment(when, timed).timestamp())


def _shown_moment(when: dt.datetime, timed: bool | None) -> dt.datetime:
    return out_moment(when, not at_midnight(when) if timed is None else timed)


def ts(when: dt.datetime, style: str = "D", timed: bool | None = None) -> str:
    """`when` as a Discord timestamp, at the moment `stamp` says it shows."""
    return timestamp(_shown_moment(when, timed), style)


def parse_when(value: object) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def milestone_label(value: object) -> str:
    if value is None:
        return "nothing yet"
    try:
        return Milestone(str(value)).label
    except ValueError:
        return quote_user_text(str(value), limit=40)


def inert(text: str | None, limit: int = 120) -> str:
    return quote_user_text(text or "", limit=limit)


def lost_channel(name: str, deleted: bool) -> str:
    """A channel I can't find, by the name it last had, as inert text (its mention would show only
    "#deleted-channel"); `deleted`: known deleted, else only not found (deleted, or hidden from me)."""
    return f"#{inert(name, 100)} ({'deleted' if deleted else 'not found'})"


def feed_text(text: str | None, limit: int, reads: Reads, audience: Position = NOTHING) -> tuple[str, bool]:
    """Text from outside (a headline, a publisher, a notice): made inert, and whether it must be
    hidden from `audience` (it names something from the show past what they may read, or its author
    hid part of it in spoiler bars)."""
    cleaned = shorten(clean_input(text or "", limit=limit * 4), limit)
    hidden = "||" in cleaned or (reads is not None and not spoilers.is_safe(reads(cleaned), audience))
    return defuse_mentions(escape_markdown(cleaned)), hidden


def _address_spoils(url: str, reads: Reads, audience: Position) -> bool:
    """Whether a web address's words (shown when the link is hovered or opened) give away more
    than `audience` may read."""
    return reads is not None and not spoilers.is_safe(spoilers.address_spoils(url, reads), audience)


def link(title: str, url: str | None, reads: Reads = None, audience: Position = NOTHING) -> str:
    """A title linking to `url` (a web address only), hidden whole when the title or the address spoils."""
    safe_title, hidden = feed_text(title, 80, reads, audience)
    safe_title = safe_title or "source"
    if url and url.startswith(("http://", "https://")) and ")" not in url and " " not in url:
        # characters no address needs bare (RFC 3986), percent-encoded: a "||", a backtick or a backslash in a
        # feed's link would close the bars around it, or open a code span past them, as Discord reads it
        url = url.replace("\\", "%5C").replace("|", "%7C").replace("`", "%60")
        linked = f"[{safe_title}]({url})"
        hidden = hidden or _address_spoils(url, reads, audience)
    else:
        linked = safe_title
    return hide_quoted(linked) if hidden else linked


def source_link(publisher: str, url: str | None, reads: Reads = None, audience: Position = NOTHING) -> str:
    """Who said it, as a link to where (never a headline: the claim is what was said); a publisher's
    name is outside text too, read by the lexicon like a headline."""
    return link(shorten(clean_input(publisher, limit=240), 60) or "source", url, reads, audience)


def claim_text(text: str, spoils: Position, audience: Position, limit: int = 160, reads: Reads = None) -> str:
    """A claim's own words, inert and bounded; hidden in bars whole when they spoil past what the
    audience may read, by their tag or by what the lexicon reads in them, or when their author hid
    part of them in bars (inside bars only what could close them or link is neutralised, so the
    text reads the same once revealed)."""
    cleaned = shorten(clean_input(text, limit=limit * 4), limit) or "(no text)"
    read = reads(cleaned) if reads is not None else NOTHING
    if "||" not in cleaned and spoilers.is_safe(max(spoils, read), audience):
        return defuse_mentions(escape_markdown(cleaned))
    return spoilers.hide(defuse_mentions(cleaned.replace("](", "] (")))


def claim_line(
    claim: Claim,
    audience: Position = NOTHING,
    *,
    settled_by: Settlement | None = None,
    refuted: bool = False,
    reads: Reads = None,
) -> str:
    """One claim as its claim: confidence, what was claimed, who said it (a link) and when; a
    refuted one struck through, with what settles it."""
    badge = "❌ refuted" if refuted else BADGE.get(claim.confidence.value, claim.confidence.value)
    said = claim_text(claim.text, claim.spoils, audience, reads=reads)
    if refuted:
        said = f"~~{said}~~"
    line = f"{badge} · {said} — {source_link(claim.source.publisher, claim.source.url, reads, audience)}, {claim.date_text}"
    if refuted:
        if settled_by is not None:
            settles = claim_text(settled_by.text, settled_by.spoils, audience, limit=140, reads=reads)
            line += (
                f"\n↳ settled by: {settles} — {source_link(settled_by.source.publisher, settled_by.source.url, reads, audience)}, "
                f"{settled_by.date_text}"
            )
        else:
            line += "\n↳ settled by a later source"
    return line


def field_lines(lines: Sequence[str], limit: int = 1000) -> str:
    out: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        if used + len(line) + 1 > limit - 20:
            out.append(f"…and {len(lines) - index} more")
            break
        out.append(line)
        used += len(line) + 1
    return "\n".join(out) or "—"




def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Discord refuses an embed over 6000 characters: the longest field (of `field_lines`' lines, a
    claim to a line, so no spoiler bars are cut) gives up its last lines until the embed fits."""
    while len(embed) > MAX_EMBED:
        index, field = max(enumerate(embed.fields), key=lambda pair: len(str(pair[1].value)))
        lines = str(field.value).split("\n")
        more = re.fullmatch(r"…and (\d+) more", lines[-1])
        dropped = int(more.group(1)) if more else 0
        kept = lines[:-1] if more else lines
        if len(kept) <= 1:
            break  # nothing left to give: every field is one line (never reached: 25 short fields fit)
        cut = max(1, (len(embed) - MAX_EMBED) // max(1, len(str(field.value)) // len(kept)))
        cut = min(cut, len(kept) - 1)
        value = "\n".join([*kept[:-cut], f"…and {dropped + cut} more"])
        embed.set_field_at(index, name=field.name, value=value, inline=bool(field.inline))
    return embed


#: A source's failure as the error recorded it (an exception's name and text), in words a moderator reads.
_PLAIN_ERRORS: tuple[tuple[str, str], ...] = (
    (r"answered (?:404|410)\b|\b(?:404|410) not found", "the page is gone"),
    (r"answered (?:401|403)\b", "the site refused access"),
    (r"answered 429\b", "the site asked to be polled less often"),
    (r"answered 5\d\d\b", "the site had an error of its own"),
    (r"certificate|sslerror|ssl handshake", "the site's security certificate was refused"),
    (r"timeout|timed out", "the site did not answer in time"),
    (r"cannot connect|connect call failed|connection refused|connectorerror|name or service|getaddrinfo|"
     r"name resolution|dns|connection reset|server disconnected", "couldn't reach the site (it may be down)"),
    (r"not a valid feed|not an rss or atom feed", "the address does not give a news feed"),
    (r"body larger than", "the page was too large to read"),
    (r"redirect", "the site sent the request elsewhere, and it was not followed"),
    (r"^storage:", "what was read couldn't be saved; it is tried again"),
)


#: A post Discord did not take, as the delivery recorded it ("404 10003: Unknown Channel", "gave up
#: after 8 tries: 503 server error"), in words that say what to do; a code stays in the log only.
_DELIVERY_ERRORS: tuple[tuple[str, str], ...] = (
    (r"\b50083\b|thread is archived", "the thread is archived: open it again (send a message in it), "
                                      "or pick another channel"),
    (r"^(?:404\b|nowhere to send it|(?:subscription disabled: )?channel deleted)",
     "the channel was deleted (or I can no longer see it): pick another one with `/season2set announce set`"),
    (r"^(?:429|5\d\d)\b|^rate limited|^network:", "Discord was busy or down"),
    (r"^unreadable row", "the post was stored damaged, so it can't be sent (the log has the details)"),
    (r"^4\d\d\b(?! 50013| 50001| 160005)", "Discord refused the post as I wrote it: a fault of mine, in the log "
                                         "for the bot's owner"),
)
#: A refusal that turned the channel's announcements off (a 403): what the bot lacks, as bot.permissions names it.
_REFUSED: tuple[tuple[str, list[str]], ...] = (
    (r"missing permissions: (.+)$", []),
    (r"\b160005\b", [LOCKED_THREAD_NEED[0]]),
    (r"^403 50001\b", ["View Channel"]),
    (r"^(?:403\b|(?:subscription disabled: )?missing permissions$)", ["View Channel, Send Messages or Embed Links"]),
)
_GAVE_UP = re.compile(r"^gave up after (\d+) tries: ")


def refused_needs(error: str) -> list[str]:
    """What a refused post's recorded error says the bot lacked, as bot.permissions names it (none:
    not a refusal)."""
    gave_up = _GAVE_UP.match(error)
    rest = error[gave_up.end():] if gave_up else error
    for pattern, lacking in _REFUSED:
        if (found := re.search(pattern, rest)) is not None:
            return lacking or [n.strip() for n in found.group(1).split(";") if n.strip()]
    return []


def _delivery_error(error: str) -> str | None:
    """A failed post's recorded error in words (None: not a post's error)."""
    if names := refused_needs(error):
        return lacking_there(names).rstrip(".") + ". Then run `/season2set announce set` for it again"
    gave_up = _GAVE_UP.match(error)
    rest = error[gave_up.end():] if gave_up else error
    words = next((said for pattern, said in _DELIVERY_ERRORS if re.search(pattern, rest, re.I)), None)
    if words is None:
        return None
    return f"{words} (I gave up after {gave_up.group(1)} tries)" if gave_up else words


def plain_error(error: str) -> str:
    """A source's last error, or a post's that Discord did not take, for a moderator: what went wrong
    in words ("the page is gone (HTTP 404)", "I need Send Messages there..."), never an exception's
    name and text nor Discord's codes."""
    if (delivered := _delivery_error(error)) is not None:
        return delivered
    status = re.search(r"answered (\d{3})\b", error)
    code = f" (HTTP {status.group(1)})" if status else ""
    for pattern, words in _PLAIN_ERRORS:
        if re.search(pattern, error, re.I):
            return words + code
    if re.match(r"^[A-Za-z_.]*(?:Error|Exception)\b", error):
        return "the last try failed"
    return inert(error, 120)  # the sources' own refusals are plain sentences ("TVmaze knows no show called ...")
