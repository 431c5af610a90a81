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
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import discord

from bot import spoilers
from bot.season2.delivery.reminders import format_offset
from bot.season2.model import Claim, Confidence, Milestone, Settlement, Status, Subscription
from bot.season2.schedule import SourceHealth
from bot.season2.service import ReportPreview, ReportResult
from bot.season2.tracking import Retraction
from bot.show import NOTHING, Position
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


def _source_link(publisher: str, url: str | None) -> str:
    """Who said it, as a link to where (never a headline: the claim is what was said)."""
    return _link(_safe(publisher, 60) or "source", url)


def _claim_text(text: str, spoils: Position, audience: Position, limit: int = 160, reads: Reads = None) -> str:
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
    badge = "❌ refuted" if refuted else _BADGE.get(claim.confidence.value, claim.confidence.value)
    said = _claim_text(claim.text, claim.spoils, audience, reads=reads)
    if refuted:
        said = f"~~{said}~~"
    line = f"{badge} · {said} — {_source_link(claim.source.publisher, claim.source.url)}, {claim.date_text}"
    if refuted:
        if settled_by is not None:
            settles = _claim_text(settled_by.text, settled_by.spoils, audience, limit=140, reads=reads)
            line += (
                f"\n↳ settled by: {settles} — {_source_link(settled_by.source.publisher, settled_by.source.url)}, "
                f"{settled_by.date_text}"
            )
        else:
            line += "\n↳ settled by a later source"
    return line


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


def status_embed(
    status: Status,
    now: dt.datetime,
    audience: Position = NOTHING,
    settlements: Mapping[str, Settlement] | None = None,
    reads: Reads = None,
) -> discord.Embed:
    """/season2 status: where season 2 stands, each claim shown as what was claimed, by whom,
    when and how surely; a refuted claim with what settles it (from `status.settled_by`, else
    `settlements`: the pack's own words). `audience` is what the reader may see in the clear (a
    channel's mark)."""
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
        embed.add_field(
            name="Backed by", value=_field_lines([claim_line(c, audience, reads=reads) for c in status.backing]), inline=False
        )
    if status.release_backing and status.release_at is not None:
        embed.add_field(
            name="Release date sources",
            value=_field_lines([claim_line(c, audience, reads=reads) for c in status.release_backing]),
            inline=False,
        )
    if status.pending:
        embed.add_field(
            name="Reported, waiting for a second independent source",
            value=_field_lines([claim_line(c, audience, reads=reads) for c in status.pending]),
            inline=False,
        )
    if status.rumours:
        embed.add_field(
            name="Rumours (never move the status)",
            value=_field_lines([claim_line(c, audience, reads=reads) for c in status.rumours]),
            inline=False,
        )
    if status.refuted:
        settlers = dict(settlements or {})
        settlers.update((c.id, Settlement.of(c)) for c in status.settled_by)
        newest_first = sorted(status.refuted, key=lambda c: (c.date, c.id), reverse=True)
        embed.add_field(
            name="Refuted",
            value=_field_lines(
                [claim_line(c, audience, settled_by=settlers.get(c.refuted_by or ""), refuted=True, reads=reads) for c in newest_first]
            ),
            inline=False,
        )
    embed.set_footer(text="A rumour never moves the status: it takes an official source or two independent reports.")
    return embed


# --------------------------------------------------------------------------- outbox messages


_DATE_TEXT = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def _date_text(value: object) -> str:
    text = str(value or "")
    return text if _DATE_TEXT.match(text) else _safe(text, 12)


def _sources_text(sources: Iterable[dict[str, Any]], reads: Reads = None) -> str:
    """The claims behind an announcement, each as what was claimed (hidden in bars when it spoils
    anything: an announcement's channel may be unmarked) by whom, when; older rows without the
    claim's text show who said it."""
    lines = []
    for source in sources:
        badge = _BADGE.get(str(source.get("confidence")), str(source.get("confidence")))
        url = source.get("url") if isinstance(source.get("url"), str) else None
        who = _source_link(str(source.get("publisher") or ""), url)
        text = source.get("text")
        said = ""
        if isinstance(text, str) and text:
            spoils = source.get("spoils")
            position = Position.from_code(spoils) if isinstance(spoils, int) and not isinstance(spoils, bool) and spoils >= 0 else NOTHING
            said = _claim_text(text, position, NOTHING, limit=180, reads=reads) + " — "
        lines.append(f"{badge} · {said}{who}, {_date_text(source.get('date'))}")
    return _field_lines(lines)


def _time_of_day(before: dt.datetime, after: dt.datetime) -> bool:
    """A date given without a time (midnight UTC) that got its time, within the same premiere day."""
    return (before.hour, before.minute, before.second) == (0, 0, 0) and abs(after - before) < dt.timedelta(hours=36) \
        and after > before - dt.timedelta(hours=12)


def announcement_embed(payload: dict[str, Any], reads: Reads = None) -> discord.Embed:
    kind = str(payload.get("kind"))
    before = _parse(payload.get("release_at_before"))
    after = _parse(payload.get("release_at_after"))
    frm, to = _milestone_label(payload.get("from_milestone")), _milestone_label(payload.get("to_milestone"))
    if kind == "release_date_set" and after is not None:
        title = "Season 2 has a release date"
        what = f"Release: {ts(after, 'F')} ({ts(after, 'R')})"
    elif kind == "release_date_changed" and after is not None and before is not None and _time_of_day(before, after):
        title = "Season 2's release time is known"
        what = f"Release: {ts(after, 'F')} ({ts(after, 'R')}), the first episode's air time."
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
    if payload.get("type") == "correction":
        return correction_embed(payload, reads)
    if payload.get("type") == "rooms_disabled":
        channel = int(payload.get("channel_id") or 0)
        missing = payload.get("missing") if isinstance(payload.get("missing"), list) else []
        assert isinstance(missing, list)
        needs = ", ".join(_safe(str(m), 80) for m in missing) or "a permission"
        return discord.Embed(
            title="Episode rooms turned off",
            description=(
                f"I could not open an episode room in <#{channel}> (missing: {needs}), so episode rooms are off. "
                "Give me View Channel, Create Public Threads and Send Messages in Threads there, then run "
                "`/season2set rooms on` again."
            ),
            colour=NOTICE_COLOUR,
        )
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


def correction_embed(payload: dict[str, Any], reads: Reads = None) -> discord.Embed:
    """A report an announcement cited was retracted: what it said, and where season 2 stands now."""
    retracted = payload.get("retracted") if isinstance(payload.get("retracted"), dict) else {}
    assert isinstance(retracted, dict)
    status = payload.get("status") if isinstance(payload.get("status"), dict) else {}
    assert isinstance(status, dict)
    release = _parse(status.get("release_at"))
    stands = f"**{_milestone_label(status.get('milestone'))}**" + (" (delayed)" if status.get("delayed") else "")
    embed = discord.Embed(
        title="Correction: a season 2 report was retracted",
        description=(
            f"An announcement here relied on a report of **{_milestone_label(retracted.get('milestone'))}** "
            "that this server's moderators have since retracted. Disregard it.\n"
            f"Season 2 now stands at {stands}; release: "
            + (f"{ts(release, 'F')} ({ts(release, 'R')})" if release else "no date")
            + "."
        ),
        colour=NOTICE_COLOUR,
    )
    embed.add_field(name="The retracted report", value=_sources_text([retracted], reads), inline=False)
    embed.set_footer(text="/season2 status for the full picture")
    return embed


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


def subscriptions_text(subs: Sequence[Subscription], offsets: Sequence[int], *, gone: Iterable[int] = ()) -> str:
    """The server's subscriptions; `gone`: channels I can no longer see (deleted, or hidden from me)."""
    missing = set(gone)
    if not subs:
        lines = ["No channel gets season 2 announcements yet."]
    else:
        lines = []
        for sub in subs:
            role = f", pinging <@&{sub.role_id}>" if sub.role_id else ""
            state = "on" if sub.enabled else f"off ({_safe(sub.disabled_reason, 60)})"
            if sub.enabled and sub.channel_id in missing:
                state = "on, but I can't find that channel (deleted, or hidden from me)"
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


_RETRACT_HINT = "`/season2set retract` takes it back."


def report_text(result: ReportResult, status: Status | None = None) -> str:
    """What a moderator's report changed, or why it changed nothing (`status`: as it now stands)."""
    claim = result.claim
    if result.transitions:
        changes = "; ".join(t.summary() for t in result.transitions)
        when = f" ({ts(claim.release_at, 'F')} your time)" if claim.release_at else ""
        return f"Recorded. The status changed: {changes}{when}. Announcements queued: {result.queued}. {_RETRACT_HINT}"
    if claim.confidence is not Confidence.OFFICIAL:
        why = ("an unofficial report counts once a news source reports the same too; a moderator's unofficial "
               "report alone never moves the status")
    elif status is not None and claim.release_at is not None and status.release_at == claim.release_at:
        why = "that already is the release date"
    elif status is not None and claim.release_at is not None and status.release_at is not None:
        why = (f"the release date stays {ts(status.release_at, 'F')}, backed by a stronger or newer report; "
               "if that one is wrong, retract it")
    elif status is not None and status.milestone is not None:
        why = f"season 2 is already at {status.milestone.label.lower()}, and an earlier step never moves it back"
    else:
        why = "a milestone already reached changes nothing"
    return f"Recorded, but the status did not change: {why}. {_RETRACT_HINT}"


CONFIRM_EXPIRED = "That confirmation has expired (or I restarted): run `/season2set report` again."
REPORT_CANCELLED = "Cancelled: nothing was reported."


def confirm_report_text(preview: ReportPreview) -> str:
    changes = "; ".join(t.summary() for t in preview.transitions)
    servers = f" in {preview.servers_pinged} servers" if preview.servers_pinged > 1 else ""
    roles = f"{preview.roles_pinged} role{'s' if preview.roles_pinged != 1 else ''}{servers}"
    return (
        f"This official report changes season 2's status ({changes}) and its announcement will ping {roles}. "
        "Post it?"
    )


def report_choice(claim: Claim) -> str:
    """A report as /season2set retract offers it (a choice: plain text, at most 100 characters)."""
    when = f" for {claim.release_at.date().isoformat()}" if claim.release_at else ""
    text = f"{claim.milestone.label}{when} ({claim.confidence.value}) · {claim.source.publisher} · {claim.date_text}"
    return shorten(clean_input(text, limit=200), 100) or claim.id


def retract_text(done: Retraction) -> str:
    what = f"Retracted the {done.claim.milestone.label.lower()} report from {_safe(done.claim.source.publisher, 60)}."
    if done.transitions:
        what += " The status changed back: " + "; ".join(t.summary() for t in done.transitions) + "."
    else:
        what += " The status did not change."
    if done.queued:
        what += f" A correction is on its way to {done.queued} channel{'s' if done.queued != 1 else ''}."
    elif done.announced:
        what += " Its announcement had not gone out yet, so it was stopped."
    return what


def guild_offsets_text(offsets: Sequence[int]) -> str:
    if not offsets:
        return "Countdown reminders are off in this server (announcements still come). Turn them on with e.g. `7d, 1d, 1h`."
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


def rooms_on_text(channel_id: int) -> str:
    return (
        f"Episode rooms are on: when an episode comes out, I open a thread for it in <#{channel_id}> "
        "(named like “S2 · Episode 3”, spoiler-safe up to that episode). `/season2set rooms off` stops them."
    )


def rooms_off_text(changed: bool) -> str:
    if not changed:
        return "Episode rooms were not on here."
    return "Episode rooms are off: no new rooms will open. The rooms already open stay as they are."
