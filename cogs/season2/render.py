"""Season 2 rendered for Discord: the status card, the announcement / reminder / notice embeds of
outbox rows, and the command replies. No I/O: cogs/season2/transport.py sends what this builds.

Text that came from outside (headlines, publishers, URLs typed by moderators) is made inert
with bot.text before it is shown. Show content in it is a spoiler like any other: a headline or
claim that names something from the show (the spoiler lexicon, `reads`) goes inside spoiler bars
whole, and so does one whose author wrote spoiler bars into it (their `||` made inert, never
turned into readable text). These messages are public, in channels of any mark, so the bars go
around anything that spoils at all. Dates are Discord timestamps, so each reader sees them in their
own time zone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import discord

from bot.season2.delivery.reminders import format_offset
from bot.season2.model import Claim, Milestone, Status, Subscription
from bot.season2.schedule import SourceHealth
from bot.season2.service import ReportResult
from bot.show import Position
from bot.spoilers import hide_quoted
from bot.text import clean_input, defuse_mentions, escape_markdown, quote_user_text, shorten

#: What a text gives away (the lore's spoiler lexicon); None when the lore could not be read.
Reads = Callable[[str], Position] | None

COLOUR = discord.Colour(0x8B0000)
NOTICE_COLOUR = discord.Colour.orange()
_BADGE = {"official": "✅ official", "reported": "📰 reported", "rumour": "💬 rumour"}


def ts(when: dt.datetime, style: str = "D") -> str:
    return f"<t:{int(when.timestamp())}:{style}>"


def _parse(value: object) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _milestone_label(value: object) -> str:
    if value is None:
        return "nothing yet"
    try:
        return Milestone(str(value)).label
    except ValueError:
        return quote_user_text(str(value), limit=40)


def _safe(text: str | None, limit: int = 120) -> str:
    return quote_user_text(text or "", limit=limit)


def feed_text(text: str | None, limit: int, reads: Reads) -> tuple[str, bool]:
    """Text from outside (a headline, a claim): made inert, and whether it must be hidden (it names
    something from the show, or its author hid part of it in spoiler bars)."""
    cleaned = shorten(clean_input(text or "", limit=limit * 4), limit)
    hidden = "||" in cleaned or (reads is not None and bool(reads(cleaned)))
    return defuse_mentions(escape_markdown(cleaned)), hidden


def _link(title: str, url: str | None, reads: Reads = None) -> str:
    safe_title, hidden = feed_text(title, 80, reads)
    safe_title = safe_title or "source"
    if url and url.startswith(("http://", "https://")) and ")" not in url and " " not in url:
        linked = f"[{safe_title}]({url})"
    else:
        linked = safe_title
    return hide_quoted(linked) if hidden else linked


def claim_line(claim: Claim, *, refuted: bool = False, reads: Reads = None) -> str:
    badge = "❌ refuted" if refuted else _BADGE.get(claim.confidence.value, claim.confidence.value)
    source = claim.source
    title = source.title or claim.text
    text = f"{badge} · {claim.milestone.label} · {_safe(source.publisher, 60)}, {claim.date_text}: " + _link(
        title, source.url, reads
    )
    return f"~~{text}~~" if refuted else text


def _field_lines(lines: Sequence[str], limit: int = 1000) -> str:
    out: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        if used + len(line) + 1 > limit - 20:
            out.append(f"…and {len(lines) - index} more")
            break
        out.append(line)
        used += len(line) + 1
    return "\n".join(out) or "—"


# --------------------------------------------------------------------------- the status card


def status_embed(status: Status, now: dt.datetime, reads: Reads = None) -> discord.Embed:
    """/season2 status: where season 2 stands, with every claim's provenance."""
    if status.milestone is None:
        title = "Season 2: nothing confirmed yet"
    else:
        title = f"Season 2: {status.milestone.label}"
        if status.delayed:
            title += " (delayed)"
    embed = discord.Embed(title=title, colour=COLOUR)
    lines: list[str] = []
    if status.since is not None:
        confidence = status.confidence.value if status.confidence else "unconfirmed"
        lines.append(f"Since {ts(status.since)} ({ts(status.since, 'R')}), backed by {confidence} sources.")
    if status.release_at is not None:
        when = "Released" if status.release_at <= now else "Release"
        lines.append(f"**{when}:** {ts(status.release_at, 'F')} ({ts(status.release_at, 'R')})")
    else:
        lines.append("No release date has been announced.")
    embed.description = "\n".join(lines)
    if status.backing:
        embed.add_field(name="Backed by", value=_field_lines([claim_line(c, reads=reads) for c in status.backing]), inline=False)
    if status.release_backing and status.release_at is not None:
        embed.add_field(
            name="Release date sources", value=_field_lines([claim_line(c, reads=reads) for c in status.release_backing]),
            inline=False,
        )
    if status.pending:
        embed.add_field(
            name="Reported, waiting for a second independent source",
            value=_field_lines([claim_line(c, reads=reads) for c in status.pending]),
            inline=False,
        )
    if status.rumours:
        embed.add_field(
            name="Rumours (never move the status)",
            value=_field_lines([claim_line(c, reads=reads) for c in status.rumours]),
            inline=False,
        )
    if status.refuted:
        embed.add_field(
            name="Refuted", value=_field_lines([claim_line(c, refuted=True, reads=reads) for c in status.refuted]), inline=False
        )
    embed.set_footer(text="A rumour never moves the status: it takes an official source or two independent reports.")
    return embed


# --------------------------------------------------------------------------- outbox messages


_DATE_TEXT = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def _date_text(value: object) -> str:
    text = str(value or "")
    return text if _DATE_TEXT.match(text) else _safe(text, 12)


def _sources_text(sources: Iterable[dict[str, Any]], reads: Reads) -> str:
    lines = []
    for source in sources:
        badge = _BADGE.get(str(source.get("confidence")), str(source.get("confidence")))
        title = str(source.get("title") or source.get("publisher") or "source")
        lines.append(
            f"{badge} · {_safe(str(source.get('publisher') or ''), 60)}, {_date_text(source.get('date'))}: "
            + _link(title, source.get("url") if isinstance(source.get("url"), str) else None, reads)
        )
    return _field_lines(lines)


def announcement_embed(payload: dict[str, Any], reads: Reads = None) -> discord.Embed:
    kind = str(payload.get("kind"))
    before = _parse(payload.get("release_at_before"))
    after = _parse(payload.get("release_at_after"))
    frm, to = _milestone_label(payload.get("from_milestone")), _milestone_label(payload.get("to_milestone"))
    if kind == "release_date_set" and after is not None:
        title = "Season 2 has a release date"
        what = f"Release: {ts(after, 'F')} ({ts(after, 'R')})"
    elif kind == "release_date_changed" and after is not None:
        title = "Season 2's release date changed"
        what = f"From {ts(before, 'D') if before else 'no date'} to {ts(after, 'F')} ({ts(after, 'R')})"
    elif kind == "release_date_withdrawn":
        title = "Season 2's release date was withdrawn"
        what = f"It was {ts(before, 'D')}." if before else "No date stands now."
    elif kind == "delayed":
        title = "Season 2 is delayed"
        what = f"New release: {ts(after, 'F')} ({ts(after, 'R')})" if after else "No new date yet."
    elif kind == "cancelled":
        title = "Season 2 was cancelled"
        what = f"From **{frm}** to **{to}**."
    else:
        title = f"Season 2: {to}"
        what = f"From **{frm}** to **{to}**."
    confidence = str(payload.get("confidence"))
    embed = discord.Embed(title=title, description=what, colour=COLOUR)
    at = _parse(payload.get("at"))
    if at is not None:
        embed.add_field(name="Since", value=ts(at, "D"), inline=True)
    embed.add_field(name="Confidence", value=_BADGE.get(confidence, confidence), inline=True)
    embed.add_field(name="Sources", value=_sources_text(payload.get("sources") or [], reads), inline=False)
    embed.set_footer(text="/season2 status for the full picture")
    return embed


def reminder_embed(payload: dict[str, Any]) -> discord.Embed:
    release = _parse(payload.get("release_at"))
    offset = int(payload.get("offset_s") or 0)
    if release is None:
        return discord.Embed(title="Season 2 reminder", colour=COLOUR)
    if offset == 0:
        title = "Season 2 is out now"
        what = f"Released {ts(release, 'F')}."
    else:
        title = f"Season 2 countdown: {format_offset(offset)} to go"
        what = f"Release: {ts(release, 'F')} ({ts(release, 'R')})"
    embed = discord.Embed(title=title, description=what, colour=COLOUR)
    confidence = str(payload.get("confidence") or "official")
    if confidence != "official":
        embed.set_footer(text=f"The date is {confidence}, not confirmed officially.")
    return embed


def test_embed(payload: dict[str, Any]) -> discord.Embed:
    return discord.Embed(
        title="Season 2 announcements: test",
        description="This channel will get season 2 news here. Nothing has changed; this is only a test.",
        colour=COLOUR,
    )


_SOURCE_KINDS = {"tvmaze": "TVmaze", "rss": "news feed"}


def _source_name(payload: dict[str, Any]) -> str:
    kind = str(payload.get("source_kind") or "")
    name = _SOURCE_KINDS.get(kind, _safe(kind, 20) or "source")
    url = _safe(str(payload.get("base_url") or ""), 150)
    return f"{name} ({url})" if url else name


def source_alert_embed(payload: dict[str, Any]) -> discord.Embed:
    """A source's circuit breaker opened ('source_down') or closed again ('source_up')."""
    name = _source_name(payload)
    opened = _parse(payload.get("opened_at"))
    last_ok = _parse(payload.get("last_success_at"))
    error = _safe(str(payload.get("last_error") or "no error recorded"), 200)
    since = f"{ts(opened, 'F')} ({ts(opened, 'R')})" if opened else "a while"
    if payload.get("type") == "source_down":
        failures = int(payload.get("failures") or 0)
        embed = discord.Embed(
            title="A season 2 source stopped answering",
            description=(
                f"**{name}** failed {failures} times in a row, so I paused it.\n"
                f"Paused since {since}. Last good read: {ts(last_ok, 'F') if last_ok else 'never'}.\n"
                "Announcements from the other sources (and moderators' `/season2set report`) continue. "
                "I'll keep trying it on my own and post here once it works."
            ),
            colour=NOTICE_COLOUR,
        )
        embed.add_field(name="Last error", value=error, inline=False)
    else:
        back = _parse(payload.get("at"))
        embed = discord.Embed(
            title="A season 2 source answers again",
            description=(
                f"**{name}** is back{' since ' + ts(back, 'F') if back else ''}, after being paused since {since}. "
                "Its season 2 news will be announced again."
            ),
            colour=NOTICE_COLOUR,
        )
        embed.add_field(name="Error before it recovered", value=error, inline=False)
    embed.set_footer(text="/season2 sources shows every source's health")
    return embed


def notice_embed(payload: dict[str, Any], reads: Reads = None) -> discord.Embed:
    if payload.get("type") in ("source_down", "source_up"):
        return source_alert_embed(payload)
    if payload.get("type") == "subscription_disabled":
        channel = int(payload.get("channel_id") or 0)
        reason = _safe(str(payload.get("reason") or "an error"), 60)
        return discord.Embed(
            title="Season 2 announcements turned off in one channel",
            description=(
                f"I could not post in <#{channel}> ({reason}), so I stopped announcing there. "
                "Fix the channel's permissions (View Channel, Send Messages, Embed Links) and run "
                "`/season2set announce set` again."
            ),
            colour=NOTICE_COLOUR,
        )
    text, hidden = feed_text(str(payload.get("text") or ""), 300, reads)
    return discord.Embed(title="Season 2 notice", description=hide_quoted(text) if hidden else text,
                         colour=NOTICE_COLOUR)


def render_row(
    kind: str, payload: dict[str, Any], reads: Reads = None
) -> tuple[str | None, discord.Embed, discord.AllowedMentions]:
    """The content, embed and allowed mentions of one outbox row: only the chosen role may ping."""
    if kind == "announcement":
        embed = announcement_embed(payload, reads)
    elif kind == "reminder":
        embed = reminder_embed(payload)
    elif kind == "test":
        embed = test_embed(payload)
    else:
        embed = notice_embed(payload, reads)
    role_id = payload.get("role_id")
    if kind in ("announcement", "reminder") and isinstance(role_id, int):
        return (
            f"<@&{role_id}>",
            embed,
            discord.AllowedMentions(everyone=False, users=False, roles=[discord.Object(role_id)], replied_user=False),
        )
    return None, embed, discord.AllowedMentions.none()


def sources_embed(health: Sequence[SourceHealth]) -> discord.Embed:
    """/season2 sources: each source's last poll, last change and failures."""
    embed = discord.Embed(title="Season 2 sources", colour=COLOUR)
    if not health:
        embed.description = (
            "No outside source is configured; moderators can still use `/season2set report`. "
            "Sources are set in hyosan.toml or the environment (TVmaze, RSS feeds)."
        )
        return embed
    badge = {"new": "🆕 new", "ok": "🟢 ok", "backing_off": "🟠 backing off", "circuit_open": "🔴 paused",
             "half_open": "🟡 retrying"}
    for item in health[:25]:
        lines = [f"{badge.get(item.state, item.state)} · {_safe(item.kind, 20)}"]
        lines.append("Last poll: " + (ts(item.last_poll_at, "R") if item.last_poll_at else "never"))
        lines.append("Last change: " + (ts(item.last_change_at, "R") if item.last_change_at else "none seen"))
        if item.consecutive_failures:
            lines.append(f"Failures in a row: {item.consecutive_failures}")
            if item.last_error:
                lines.append("Last error: " + _safe(item.last_error, 120))
        if item.next_poll_at:
            lines.append("Next poll: " + ts(item.next_poll_at, "R"))
        embed.add_field(name=_safe(item.base_url, 200) or item.source_id, value="\n".join(lines), inline=False)
    return embed


def subscriptions_text(subs: Sequence[Subscription], offsets: Sequence[int]) -> str:
    if not subs:
        lines = ["No channel gets season 2 announcements yet."]
    else:
        lines = []
        for sub in subs:
            role = f", pinging <@&{sub.role_id}>" if sub.role_id else ""
            state = "on" if sub.enabled else f"off ({_safe(sub.disabled_reason, 60)})"
            lines.append(f"<#{sub.channel_id}>: {sub.level}{role}, {state}")
    lines.append(f"Countdown reminders: {offsets_text(offsets)}")
    return "\n".join(lines)


def offsets_text(offsets: Sequence[int]) -> str:
    """'30d, 7d, 1d, 1h, at release', or 'none'."""
    return ", ".join(format_offset(o) for o in offsets) or "none"


# --------------------------------------------------------------------------- command replies

TIMELINE_CAPTION = (
    "Season 2 timeline: green circles are official, blue diamonds reported, amber squares rumours; "
    "refuted claims are crossed out."
)


def remind_text(wanted: bool) -> str:
    if wanted:
        return (
            "You'll get a direct message before season 2 comes out (30 days, 7 days, 1 day, 1 hour, and at release). "
            "Run `/season2 remind` again to stop."
        )
    return "You won't get season 2 reminders by direct message any more."


def report_text(result: ReportResult) -> str:
    """What a moderator's report changed, or why it changed nothing."""
    if result.transitions:
        changes = "; ".join(t.summary() for t in result.transitions)
        return f"Recorded. The status changed: {changes}. Announcements queued: {result.queued}."
    return (
        "Recorded, but the status did not change "
        "(a reported claim needs a second, independent source; a milestone already reached changes nothing)."
    )


def guild_offsets_text(offsets: Sequence[int]) -> str:
    return f"Countdown reminders in this server: {offsets_text(offsets)}."


def subscribed_text(channel_id: int, role_id: int | None, level: str) -> str:
    ping = f", pinging <@&{role_id}>" if role_id is not None else ""
    return f"Season 2 news ({level}) will be announced in <#{channel_id}>{ping}. Try `/season2set announce test`."


def unsubscribed_text(turned_off: Sequence[Subscription]) -> str:
    if not turned_off:
        return "No channel here was getting season 2 announcements."
    return "Season 2 announcements are off in " + ", ".join(f"<#{s.channel_id}>" for s in turned_off) + "."


def test_queued_text(queued: int) -> str:
    return f"Test announcement on its way to {queued} channel{'s' if queued != 1 else ''}."
