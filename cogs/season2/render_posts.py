"""The posts of the season-2 outbox rendered for Discord: announcements, countdown reminders,
tests, notices (source alerts, corrections, turned-off warnings). No I/O:
cogs/season2/transport.py renders a row when it sends it, for the audience it reads then.

A row's payload keeps show content as its parts, each with what it spoils (a claim's text and tag;
a headline the spoiler lexicon reads at render time), never as finished text, so a post shows in
the clear exactly what its audience allows at delivery: the channel's spoiler mark (a thread's
own, else its parent channel's; NOTHING when unmarked), whoever caused it, or the reader's own
progress in a DM. Titles, field names and footers are fixed wording or milestone names: nothing
from the show goes where Discord cannot hide it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import discord

from bot.permissions import lacking_there
from bot.season2.delivery.posts import CHANNEL_DELETED
from bot.season2.delivery.reminders import format_offset
from bot.season2.model import at_midnight
from bot.season2.to_come import listed_to_come
from bot.show import NOTHING, TRACKED_SEASON, Position, ShowShape
from bot.spoilers import hide_quoted
from cogs.season2.render_claims import (
    BADGE,
    COLOUR,
    NOTICE_COLOUR,
    Reads,
    claim_text,
    feed_text,
    field_lines,
    inert,
    milestone_label,
    parse_when,
    plain_error,
    source_link,
    stamp,
    ts,
)

_DATE_TEXT = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def _date_text(value: object) -> str:
    text = str(value or "")
    return text if _DATE_TEXT.match(text) else inert(text, 12)


def _spoils(value: object) -> Position:
    """A stored part's position code (anything else spoils nothing by its tag: the lexicon still
    reads its text)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return Position.from_code(value)
    return NOTHING


def _sources_text(sources: Iterable[dict[str, Any]], reads: Reads, audience: Position) -> str:
    """The claims behind an announcement, each as what was claimed (in bars whole when it spoils
    past what the audience may read) by whom, when; older rows without the claim's text show who
    said it."""
    lines = []
    for source in sources:
        badge = BADGE.get(str(source.get("confidence")), str(source.get("confidence")))
        url = source.get("url") if isinstance(source.get("url"), str) else None
        who = source_link(str(source.get("publisher") or ""), url, reads, audience)
        text = source.get("text")
        said = ""
        if isinstance(text, str) and text:
            said = claim_text(text, _spoils(source.get("spoils")), audience, limit=180, reads=reads) + " — "
        lines.append(f"{badge} · {said}{who}, {_date_text(source.get('date'))}")
    return field_lines(lines)


def _time_of_day(before: dt.datetime, after: dt.datetime, before_timed: object = None) -> bool:
    """A date given without a time that got its time, within the same premiere day (`before_timed`:
    whether `before` came with its hour; None when not said, as in posts queued before: midnight UTC)."""
    bare = not before_timed if isinstance(before_timed, bool) else at_midnight(before)
    return bare and abs(after - before) < dt.timedelta(hours=36) and after > before - dt.timedelta(hours=12)


def date_move(payload: dict[str, Any]) -> tuple[dt.datetime, dt.datetime | None] | None:
    """The release date an announcement moves away from, and where to (None: withdrawn); None when
    it moves no date (a day that only got its hour is no move)."""
    kind = str(payload.get("kind"))
    before = parse_when(payload.get("release_at_before"))
    after = parse_when(payload.get("release_at_after"))
    if before is None or kind not in ("release_date_changed", "delayed", "release_date_withdrawn"):
        return None
    if kind == "release_date_withdrawn":
        return before, None
    return (before, after) if after is not None and moved_release(before, after) else None


def date_confirmed(payload: dict[str, Any]) -> tuple[dt.datetime, dt.datetime] | None:
    """A "release date confirmed" announcement's date as reported before and as confirmed (that moment,
    or that day with its hour); None for any other announcement."""
    before = parse_when(payload.get("release_at_before"))
    after = parse_when(payload.get("release_at_after"))
    if payload.get("kind") != "release_date_confirmed" or before is None or after is None:
        return None
    return before, after


def moved_release(before: dt.datetime, after: dt.datetime | None) -> bool:
    """Whether a release date moved from `before` (withdrawn: `after` None); a day that only got its
    hour did not."""
    return after is None or (after != before and not _time_of_day(before, after))


def shown_as(when: dt.datetime, description: str) -> int:
    """The Unix time a post shows `when` as: a day without a time is its start on Netflix's clock
    (`stamp`), or midnight UTC in a post sent before hyosan showed it so."""
    shown, midnight = stamp(when), int(when.timestamp())
    if f"<t:{shown}:" not in description and f"<t:{midnight}:" in description:
        return midnight
    return shown


def struck_embed(embed: discord.Embed, before: dt.datetime, after: dt.datetime | None) -> discord.Embed | None:
    """An earlier post (an announcement, a countdown) that gives the date `before`, with that date
    struck through and where it moved: a reader scrolling back never takes it for the date. None when
    the post does not give that date, or already has it struck."""
    description = embed.description or ""
    old = shown_as(before, description)
    if f"<t:{old}:" not in description or f"~~<t:{old}:" in description:
        return None
    description = re.sub(rf" ?\(<t:{old}:R>\)", "", description)
    description = re.sub(rf"<t:{old}:[tTdDfFR]>", lambda shown: f"~~{shown[0]}~~", description)
    if after is None:
        note, label = "**The date was withdrawn:** no release date stands now.", "date withdrawn"
    else:
        note, label = f"**The date changed:** now {ts(after, 'F')} ({ts(after, 'R')}).", "date changed"
    struck = embed.copy()
    struck.description = f"{description}\n{note}"
    struck.title = f"{embed.title or 'Season 2'} ({label})"[:256]
    return struck


def confirmed_embed(embed: discord.Embed, release_at: dt.datetime, on: dt.datetime,
                    announced: dt.datetime | None = None) -> discord.Embed | None:
    """An earlier post announcing the release date `announced` (else `release_at`) as reported, now
    that an official source confirms it at `release_at` (that moment, or that day with its hour): its
    confidence says so, and its date shows the hour (a reader of the channel sees it confirmed where
    they read it reported). None when the post gives another date or is not a reported one."""
    given = shown_as(announced or release_at, embed.description or "")
    if f"<t:{given}:" not in (embed.description or ""):
        return None
    fields = list(embed.fields)
    found = [i for i, f in enumerate(fields) if f.name == "Confidence" and not str(f.value).startswith(BADGE["official"])]
    unconfirmed = "not confirmed officially" in (embed.footer.text or "")  # a countdown says so in its footer
    if not found and not unconfirmed:
        return None
    confirmed = embed.copy()
    confirmed.description = re.sub(rf"<t:{given}:([tTdDfFR])>", lambda shown: ts(release_at, shown[1]),
                                   embed.description or "")
    if found:
        confirmed.set_field_at(found[0], name="Confidence", value=f"{BADGE['official']} (confirmed {ts(on, 'D')})",
                               inline=fields[found[0]].inline)
    if unconfirmed:
        confirmed.set_footer(text="The date is now confirmed officially.")
    return confirmed


def announcement_embed(payload: dict[str, Any], reads: Reads = None, audience: Position = NOTHING) -> discord.Embed:
    """A status change: the title and description say what changed (milestones and dates only);
    the claims behind it are shown for `audience`."""
    if payload.get("type") == "rumour":
        return rumour_embed(payload, reads, audience)
    kind = str(payload.get("kind"))
    before = parse_when(payload.get("release_at_before"))
    after = parse_when(payload.get("release_at_after"))
    # whether each date came with its hour (posts queued before hyosan said so: midnight UTC is a day)
    timed_before, timed_after = payload.get("release_timed_before"), payload.get("release_timed_after")
    frm, to = milestone_label(payload.get("from_milestone")), milestone_label(payload.get("to_milestone"))
    if kind == "release_date_set" and after is not None:
        title = "Season 2 has a release date"
        what = f"Release: {ts(after, 'F', timed_after)} ({ts(after, 'R', timed_after)})"
    elif kind == "release_date_changed" and after is not None and before is not None and _time_of_day(before, after, timed_before):
        title = "Season 2's release time is known"
        what = f"Release: {ts(after, 'F', timed_after)} ({ts(after, 'R', timed_after)}), the first episode's air time."
    elif kind == "release_date_changed" and after is not None:
        title = "Season 2's release date changed"
        what = f"From {ts(before, 'D', timed_before) if before else 'no date'} to {ts(after, 'F', timed_after)} ({ts(after, 'R', timed_after)})"
    elif kind == "release_date_confirmed" and after is not None:
        title = "Season 2's release date is confirmed"
        what = f"Release: {ts(after, 'F', timed_after)} ({ts(after, 'R', timed_after)}), now confirmed officially."
    elif kind == "release_date_withdrawn":
        title = "Season 2's release date was withdrawn"
        what = f"It was {ts(before, 'D', timed_before)}." if before else "No date stands now."
    elif kind == "delayed":
        title = "Season 2 is delayed"
        what = f"New release: {ts(after, 'F', timed_after)} ({ts(after, 'R', timed_after)})" if after else "No new date yet."
        if after is None and payload.get("window"):
            what += f" Now expected in {inert(str(payload['window']), 80)} (a window, not a date)."
    elif kind == "release_window":
        title = "Season 2 has a release window"
        what = (f"Expected in **{inert(str(payload.get('window') or 'a window'), 80)}**: a window, not a date, so "
                "the countdown starts once the day is announced.")
    elif kind == "part_dated" and after is not None and before is not None and _time_of_day(before, after, timed_before):
        title = "Season 2's Part 2 time is known"  # the same day given its hour: no "no longer" that very day
        what = f"Part 2: {ts(after, 'F', timed_after)} ({ts(after, 'R', timed_after)}), the first episode's air time."
    elif kind == "part_dated" and after is not None:  # a season released in parts: Part 1 is the release above
        title = "Season 2's Part 2 has a new date" if before is not None else "Season 2's Part 2 has a date"
        what = (f"Part 2: {ts(after, 'F', timed_after)} ({ts(after, 'R', timed_after)})"
                + (f", no longer {ts(before, 'D', timed_before)}." if before is not None else "."))
    elif kind == "part_date_withdrawn":
        title = "Season 2's Part 2 date was withdrawn"
        what = f"It was {ts(before, 'D', timed_before)}." if before else "No Part 2 date stands now."
    elif kind == "cancelled":
        title = "Season 2 was cancelled"
        what = f"From **{frm}** to **{to}**."
    else:
        title = f"Season 2: {to}"
        what = f"From **{frm}** to **{to}**."
    confidence = str(payload.get("confidence"))
    embed = discord.Embed(title=title, description=what, colour=COLOUR)
    at = parse_when(payload.get("at"))
    if at is not None:
        embed.add_field(name="Since", value=ts(at, "D"), inline=True)
    # A withdrawal cites what took the date back (Netflix's denial, say) but is told at the date's own
    # level: its badge says how the date was known, not how sure the denial is.
    label = "The date was" if kind in ("release_date_withdrawn", "part_date_withdrawn") else "Confidence"
    embed.add_field(name=label, value=BADGE.get(confidence, confidence), inline=True)
    embed.add_field(name="Sources", value=_sources_text(payload.get("sources") or [], reads, audience), inline=False)
    embed.set_footer(text="/season2 status for the full picture")
    return embed


def rumour_embed(payload: dict[str, Any], reads: Reads = None, audience: Position = NOTHING) -> discord.Embed:
    """A rumour, for a channel at level all: labelled a rumour from its title on, what it says as
    hearsay (a day, a window, a milestone: never as news of a date), and each telling with its source
    and link shown for `audience`. Title, field names and footer are fixed words."""
    when = parse_when(payload.get("release_at"))
    if when is not None:
        said = f"season 2 out on {ts(when, 'D')}"
    elif payload.get("window"):
        said = f"season 2 out in {inert(str(payload['window']), 80)} (a window, not a date)"
    elif payload.get("milestone") in ("delayed", "cancelled"):
        said = f"season 2 is **{milestone_label(payload.get('milestone')).lower()}**"
    else:
        said = f"season 2 has reached **{milestone_label(payload.get('milestone'))}**"
    embed = discord.Embed(
        title="Season 2 rumour (unconfirmed)",
        description=(f"💬 **A rumour, not news:** some say {said}. Nothing confirms it yet, so season 2's status "
                     "and the countdowns stay as they are."),
        colour=NOTICE_COLOUR,
    )
    at = parse_when(payload.get("at"))
    if at is not None:
        embed.add_field(name="Heard", value=ts(at, "D"), inline=True)
    embed.add_field(name="How sure", value=f"{BADGE['rumour']}: unconfirmed", inline=True)
    embed.add_field(name="Rumoured by", value=_sources_text(payload.get("sources") or [], reads, audience), inline=False)
    embed.set_footer(text="A rumour: this channel gets every kind of season 2 news · /season2 status for the full picture")
    return embed


#: Above a countdown sent by DM: which show, why it came and how to stop (kept through later edits).
DM_REMINDER_AUTHOR = "All of Us Are Dead · you asked for these with /season2 remind: run it again to stop"


#: Below a "Season 2 is out" DM sent past the at-release reminder's grace (the bot was down).
LATE_RELEASE_TEXT = "This comes late: I couldn't send it when season 2 came out."


def reminder_embed(payload: dict[str, Any], direct: bool = False) -> discord.Embed:
    """A countdown (or "season 2 is out") post; `direct`: sent to a fan by DM, so it says whose and how to stop."""
    embed = _reminder_embed(payload)
    if direct:
        embed.set_author(name=DM_REMINDER_AUTHOR)
    return embed


def _reminder_embed(payload: dict[str, Any]) -> discord.Embed:
    release = parse_when(payload.get("release_at"))
    offset = int(payload.get("offset_s") or 0)
    timed = payload.get("release_timed")  # whether the date came with its hour (None: queued before it was said)
    if release is None:
        return discord.Embed(title="Season 2 reminder", colour=COLOUR)
    season = "Season 2's Part 2" if payload.get("part") == 2 else "Season 2"  # a season released in parts
    rest = still_to_come(payload) if offset == 0 or payload.get("type") == "released" else None
    out = rest[0] if rest is not None else f"{season} is"  # only some of it is out (bot.season2.to_come)
    if payload.get("type") == "released":  # where no at-release reminder posts it
        title = f"{out} out"
        what = f"Released {ts(release, 'F', timed)} ({ts(release, 'R', timed)})."
        if payload.get("late"):  # a fan's DM the bot could not send at the release
            what += f"\n{LATE_RELEASE_TEXT}"
    elif offset == 0:
        title = f"{out} out now"
        what = f"Released {ts(release, 'F', timed)}."
    else:
        title = f"{season} countdown: {format_offset(offset)} to go"
        what = f"{'Part 2' if payload.get('part') == 2 else 'Release'}: {ts(release, 'F', timed)} ({ts(release, 'R', timed)})"
    if rest is not None:
        what += f"\n{rest[1]}"
    elif offset == 0 and payload.get("part") == 2 and payload.get("part_episodes"):  # what it brings, as Part 1's says
        what += f"\nPart 2 is {episodes_span(payload['part_episodes'])}, as TVmaze lists them."
    embed = discord.Embed(title=title, description=what, colour=COLOUR)
    confidence = str(payload.get("confidence") or "official")
    if confidence != "official":
        embed.set_footer(text=f"The date is {confidence}, not confirmed officially.")
    return embed


def episodes_span(span: object) -> str:
    """"episode 5" or "episodes 5-8" for a [first, last] span."""
    first, last = span if isinstance(span, list) and len(span) == 2 else (0, 0)
    return f"episode {first}" if first == last else f"episodes {first}-{last}"


def still_to_come(payload: dict[str, Any]) -> tuple[str, str] | None:
    """When season 2 is out only in part (Part 1 of two, or the first episodes of those TVmaze lists later): what is
    out, as its post's title says it before "out", and the line saying what is to come, as surely as it is backed."""
    part_2, at = parse_when(payload.get("part_2_at")), parse_when(payload.get("next_at"))
    out, later = payload.get("episodes_out"), payload.get("episodes_later")
    if part_2 is not None:
        timed, backed = payload.get("part_2_timed"), str(payload.get("part_2_confidence") or "official")
        what = "Part 2" + (f" ({episodes_span(later)})" if later else "")
        hedge = ")." if backed == "official" else f"; {backed}, not confirmed officially)."
        return "Season 2's Part 1 is", f"{what} comes out {ts(part_2, 'F', timed)} ({ts(part_2, 'R', timed)}{hedge}"
    if at is None or not out or not later:
        return None
    one_out, one_later = episodes_span(out).startswith("episode "), episodes_span(later).startswith("episode ")
    return (f"Season 2's {episodes_span(out)} {'is' if one_out else 'are'}",
            f"{episodes_span(later).capitalize()} {'comes' if one_later else 'come'} later: TVmaze lists "
            f"{'it' if one_later else f'episode {later[0]}'} for {ts(at, 'F')} ({ts(at, 'R')}; reported, not "
            "confirmed officially).")


def out_now_lines(show: ShowShape | None, now: dt.datetime, part_2: dt.datetime | None) -> tuple[str, list[str]]:
    """Season 2 out in parts as TVmaze lists them (rehearse66: "Out now: released ..." read as all of it while 5-8 were
    four weeks away): "episodes 1-4 only, " for the "Out now" line while the rest is to come (before `part_2`, the later
    part's moment the status holds: its own line says when), with the line saying when the rest comes; once all is out
    and only TVmaze gave the later day, the line saying when it came (rehearse67: Part 2's day said nothing of it)."""
    listed = show.episodes_in(TRACKED_SEASON) if show is not None else ()
    aired = {i.number: at for i in listed if show is not None and (at := show.aired_at(i)) is not None and at <= now}
    cut = part_2 if part_2 is not None and part_2 > now else None
    out = sorted(n for n, at in aired.items() if cut is None or at < cut)
    later = [info for info in listed if info.number not in out and info.airstamp is not None]
    if out and cut is not None:  # Part 2 ahead as the status holds it
        return f"{episodes_span([out[0], out[-1]])} only, ", []
    if part_2 is None and show is not None and (to_come := listed_to_come(show, now)) is not None:
        rest = still_to_come(to_come.payload())  # the release post's reading too (bot.season2.to_come)
        return f"{episodes_span(list(to_come.out))} only, ", [rest[1]] if rest is not None else []
    last = max(aired.values(), default=None)
    drop = sorted(n for n, at in aired.items() if last is not None and at.date() == last.date())
    if part_2 is not None or later or last is None or drop[0] == out[0]:  # the status's Part 2 line, or one drop
        return "", []
    return "", [f"{episodes_span([drop[0], drop[-1]]).capitalize()} came out on {ts(last, 'F')} ({ts(last, 'R')}), as TVmaze "
                "lists them (reported, not confirmed officially)."]


def mark_text(audience: Position, place: str = "channel") -> str:
    """What a channel's (or thread's: `place`, cogs/places.py) posts show in the clear, said to its readers."""
    if audience == NOTHING:
        return (
            f"This {place} has no spoiler mark, so season 2 news here hides anything from the show in spoiler bars "
            "(a moderator can mark it with `/spoilers`)."
        )
    return (
        f"This {place} is spoiler-safe up to {audience} ({audience.label}): season 2 news here shows the show "
        "up to there in the clear and hides anything later in spoiler bars."
    )


def test_embed(payload: dict[str, Any], audience: Position = NOTHING, place: str = "channel") -> discord.Embed:
    """A moderator's test post: what the news here will look like, spoilers included."""
    return discord.Embed(
        title="Season 2 announcements: test",
        description=(
            f"This {place} will get season 2 news here. Nothing has changed; this is only a test.\n"
            + mark_text(audience, place)
        ),
        colour=COLOUR,
    )


_SOURCE_KINDS = {"tvmaze": "TVmaze", "rss": "news feed"}


def _source_name(payload: dict[str, Any]) -> str:
    kind = str(payload.get("source_kind") or "")
    name = _SOURCE_KINDS.get(kind, inert(kind, 20) or "source")
    url = inert(str(payload.get("base_url") or ""), 150)
    return f"{name} ({url})" if url else name


def source_alert_embed(payload: dict[str, Any]) -> discord.Embed:
    """A source's circuit breaker opened ('source_down') or closed again ('source_up')."""
    name = _source_name(payload)
    opened = parse_when(payload.get("opened_at"))
    last_ok = parse_when(payload.get("last_success_at"))
    error = plain_error(str(payload.get("last_error"))) if payload.get("last_error") else "no error recorded"
    since = f"{ts(opened, 'F')} ({ts(opened, 'R')})" if opened else "a while"
    if payload.get("type") == "source_down":
        failures = int(payload.get("failures") or 0)
        why = (f"**{name}** failed {failures} times in a row, so I paused it." if failures > 1 else
               f"**{name}** refused its address, so I paused it: the error below says what to fix in the settings.")
        embed = discord.Embed(
            title="A season 2 source stopped answering",
            description=(
                f"{why}\n"
                f"Paused since {since}. Last good read: {ts(last_ok, 'F') if last_ok else 'never'}.\n"
                "Announcements from the other sources (and moderators' `/season2set report`) continue. "
                "I'll keep trying it on my own and post here once it works."
            ),
            colour=NOTICE_COLOUR,
        )
        embed.add_field(name="Last error", value=error, inline=False)
    else:
        back = parse_when(payload.get("at"))
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


def notice_embed(payload: dict[str, Any], reads: Reads = None, audience: Position = NOTHING) -> discord.Embed:
    """A warning or correction for a server (never pings); outside text in it shown for `audience`."""
    if payload.get("type") in ("source_down", "source_up"):
        return source_alert_embed(payload)
    if payload.get("type") == "correction":
        return correction_embed(payload, reads, audience)
    if payload.get("type") == "rooms_disabled":
        channel = int(payload.get("channel_id") or 0)
        missing = payload.get("missing") if isinstance(payload.get("missing"), list) else []
        assert isinstance(missing, list)
        needs = ", ".join(inert(str(m), 80) for m in missing) or "a permission"
        if payload.get("gone"):  # no permission brings a deleted channel back: another one is needed
            return discord.Embed(
                title="Episode rooms turned off",
                description=(
                    f"The channel I opened episode rooms in (<#{channel}>) is gone: it was deleted or is no longer "
                    "a text channel, so episode rooms are off. Pick another channel with `/season2set rooms on` "
                    "(its `channel` option) and each new episode's room opens there."
                ),
                colour=NOTICE_COLOUR,
            )
        return discord.Embed(
            title="Episode rooms turned off",
            description=(
                f"I could not open an episode room in <#{channel}> (missing: {needs}), so episode rooms are off. "
                "Give me View Channel, Create Public Threads and Send Messages in Threads there, then run "
                "`/season2set rooms on` again."
            ),
            colour=NOTICE_COLOUR,
        )
    if payload.get("type") == "subscription_disabled" and payload.get("reason") == CHANNEL_DELETED:
        # a deleted channel's mention shows no name: the name it had, as inert text, when it was seen
        name = payload.get("channel_name")
        which = f"**#{inert(str(name), 100)}**" if name else f"<#{int(payload.get('channel_id') or 0)}>"
        return discord.Embed(
            title="Season 2 announcements turned off: their channel was deleted",
            description=(
                f"The season 2 announcement channel {which} was deleted, so announcements "
                "to it stopped. To keep getting them, pick another channel with `/season2set announce set` "
                "(its `channel` option)."
            ),
            colour=NOTICE_COLOUR,
        )
    if payload.get("type") == "subscription_disabled":
        channel = int(payload.get("channel_id") or 0)
        reason = inert(str(payload.get("reason") or "an error"), 60)
        # the names are bot.permissions' own ("Send Messages", a locked thread's need): said as the
        # posts list says them, so a locked thread is unlocked rather than granted a permission
        missing = [str(m)[:100] for m in payload.get("missing") or []]  # (a private thread's need is 84)
        cause = "" if missing else f" ({reason})"
        fix = (lacking_there(missing).rstrip(".") if missing
               else "Fix the channel's permissions (View Channel, Send Messages, Embed Links)")
        return discord.Embed(
            title="Season 2 announcements turned off in one channel",
            description=(
                f"I could not post in <#{channel}>{cause}, so I stopped announcing there. {fix}. "
                "Then run `/season2set announce set` for it again."
            ),
            colour=NOTICE_COLOUR,
        )
    if payload.get("type") == "trivia_cut_off":  # a trivia game's channel refused it: its starter is told
        missing = [str(m)[:100] for m in payload.get("missing") or []]
        fix = (lacking_there(missing, instead="start one in another channel") if missing
               else "A moderator can check my permissions there (View Channel, Send Messages, Embed Links).")
        return discord.Embed(
            title="A trivia game stopped",
            description=(
                f"Discord no longer let me post in <#{int(payload.get('channel_id') or 0)}>, so the trivia game "
                f"<@{int(payload.get('moderator_id') or 0)}> started there ended. {fix}"
            ),
            colour=NOTICE_COLOUR,
        )
    text, hidden = feed_text(str(payload.get("text") or ""), 300, reads, audience)
    return discord.Embed(title="Season 2 notice", description=hide_quoted(text) if hidden else text,
                         colour=NOTICE_COLOUR)


def correction_embed(payload: dict[str, Any], reads: Reads = None, audience: Position = NOTHING) -> discord.Embed:
    """A report an announcement cited was retracted: what it said, and where season 2 stands now."""
    retracted = payload.get("retracted") if isinstance(payload.get("retracted"), dict) else {}
    assert isinstance(retracted, dict)
    status = payload.get("status") if isinstance(payload.get("status"), dict) else {}
    assert isinstance(status, dict)
    release = parse_when(status.get("release_at"))
    stands = f"**{milestone_label(status.get('milestone'))}**" + (" (delayed)" if status.get("delayed") else "")
    window = f" (expected in {inert(str(status['window']), 80)})" if status.get("window") and not release else ""
    embed = discord.Embed(
        title="Correction: a season 2 report was retracted",
        description=(
            f"An announcement here relied on a report of **{milestone_label(retracted.get('milestone'))}** "
            "that this server's moderators have since retracted. Disregard it.\n"
            f"Season 2 now stands at {stands}; release: "
            + (f"{ts(release, 'F')} ({ts(release, 'R')})" if release else f"no date{window}")
            + "."
        ),
        colour=NOTICE_COLOUR,
    )
    embed.add_field(name="The retracted report", value=_sources_text([retracted], reads, audience), inline=False)
    embed.set_footer(text="/season2 status for the full picture")
    return embed


def pings_role(kind: str, payload: dict[str, Any]) -> bool:
    """Whether a post pings its subscription's role, by the subscription's `pings` choice: by default
    (`changes`, and rows queued before there was a choice) an announcement (a change: a date set or
    moved, the release) and the "season 2 is out" post do, while a countdown before it (30d, 7d, 1d,
    1h) posts quietly, so a server is not pinged five times for one release; `all` pings the countdown
    too; `none` pings for nothing."""
    pings = payload.get("pings", "changes")
    if pings == "none" or kind not in ("announcement", "reminder"):
        return False
    return kind == "announcement" or pings == "all" or not int(payload.get("offset_s") or 0)


def render_row(
    kind: str, payload: dict[str, Any], reads: Reads = None, audience: Position = NOTHING, place: str = "channel"
) -> tuple[str | None, discord.Embed, discord.AllowedMentions]:
    """The content, embed and allowed mentions of one outbox row for its audience (what its reader
    may see in the clear, read at delivery) in its `place` ("channel", "thread", or "dm" for a fan's
    countdown): only the chosen role may ping, and only where `pings_role` says so."""
    if kind == "announcement":
        embed = announcement_embed(payload, reads, audience)
    elif kind == "reminder":
        embed = reminder_embed(payload, direct=place == "dm")
    elif kind == "test":
        embed = test_embed(payload, audience, place)
    else:
        embed = notice_embed(payload, reads, audience)
    role_id = payload.get("role_id")
    if isinstance(role_id, int) and pings_role(kind, payload):
        return (
            f"<@&{role_id}>",
            embed,
            discord.AllowedMentions(everyone=False, users=False, roles=[discord.Object(role_id)], replied_user=False),
        )
    return None, embed, discord.AllowedMentions.none()


