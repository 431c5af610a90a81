"""/season2set announce set, off, test and list rendered for Discord: the channels that get season-2
news, whom they ping and what they lack (split from render.py near 600 lines). No I/O.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from bot.permissions import PRIVATE_THREAD_NEED, how_to_grant, lacking_there, permission_list
from bot.season2.delivery.posts import CHANNEL_DELETED, RUMOURS_PER_DAY
from bot.season2.model.delivery import Pings, Subscription
from bot.show import Position
from cogs.season2.pings import PingTrouble
from cogs.season2.render import offsets_text
from cogs.season2.render_claims import inert, lost_channel


def _mark_text(mark: Position) -> str:
    return f"shows up to {mark} in the clear" if mark else "no spoiler mark: nothing from the show in the clear"


#: What each level posts (the list and `announce set` say it): a rumour is never posted as news.
LEVEL_POSTS = {
    "official": "official news only",
    "reported": "official news and reports",
    "all": "official news, reports and rumours (each new rumour once, labelled as a rumour, never pinging, at most "
           f"{RUMOURS_PER_DAY} a day)",
}

#: What each ping choice pings of a channel's posts (the list says it; render_posts.pings_role does it).
PINGS_WHAT: dict[Pings, str] = {
    "changes": "",  # the default says nothing more: the news and the release ping, the countdown does not
    "all": " for the news, the countdown and the release",
}


def _role_text(role_id: int, pings: Pings) -> str:
    """Whom a channel's posts ping, by its ping choice (`none`: its role is kept, pinged by nothing)."""
    if pings == "none":
        return f", pinging no one (pings: none; <@&{role_id}> kept)"
    return f", pinging <@&{role_id}>{PINGS_WHAT.get(pings, '')}"


LIST_LIMIT = 1800  # of Discord's 2000 characters a message, what the subscriptions may take


def lost_names(subs: Sequence[Subscription], gone: Collection[int], deleted: Collection[int] = ()) -> dict[int, str]:
    """How each lost subscribed channel is named (turned off as deleted, one Discord says is deleted now: `deleted`,
    or one I can't find now: `gone`): by the name it last had, when one was kept."""
    return {
        sub.channel_id: lost_channel(sub.channel_name, deleted=_deleted(sub, deleted))
        for sub in subs
        if sub.channel_name and (sub.channel_id in gone or _deleted(sub, deleted))
    }


def _deleted(sub: Subscription, deleted: Collection[int]) -> bool:
    """Whether `sub`'s channel is known deleted: turned off as deleted, or Discord says so now (`deleted`)."""
    return sub.channel_id in deleted or (not sub.enabled and sub.disabled_reason == CHANNEL_DELETED)


def subscriptions_text(subs: Sequence[Subscription], offsets: Sequence[int], *, gone: Iterable[int] = (),
                       marks: Mapping[int, Position] | None = None, pings: Mapping[int, PingTrouble] | None = None,
                       blocked: Mapping[int, Sequence[str]] | None = None, unanswered: Collection[int] = (),
                       deleted: Collection[int] = ()) -> str:
    """The server's subscriptions; `gone`: channels I can no longer see (deleted, or hidden from me);
    `marks`: what each channel's posts may show in the clear (its spoiler mark); `pings`: channels
    whose role would not be pinged now, with why (a deleted role is not named); `blocked`: channels
    turned on that I can't post in now, with what I lack there (the next post would turn them off), and
    those a refusal turned off, with what to give back there (none: given back since); `unanswered`: channels Discord
    did not answer for when I looked them up (never said to be deleted: they may well be there); `deleted`: channels
    Discord says are gone (deleted while I was offline), whatever their subscription recorded (never what a refusal
    said they needed: none of it can be given to a deleted channel)."""
    missing = set(gone)
    named = lost_names(subs, missing, deleted)
    if not subs:
        lines = ["No channel gets season 2 announcements yet."]
    else:
        lines = []
        for sub in subs:
            trouble = (pings or {}).get(sub.channel_id)
            role = _role_text(sub.role_id, sub.pings) if sub.role_id and not (trouble and trouble.role_gone) else ""
            state = "on" if sub.enabled else f"off ({inert(sub.disabled_reason, 60)})"
            lacking = (blocked or {}).get(sub.channel_id)
            if not sub.enabled and _deleted(sub, deleted):  # refused before it was deleted: the deletion is what stands
                state = f"off ({CHANNEL_DELETED}) · pick another channel with `/season2set announce set`"
            elif sub.refused and lacking is not None and not lacking:  # given back since: only the command is left
                state += " · I can post there again: run `/season2set announce set` for it to turn it on"
            elif sub.refused:
                # what I lack there now, when known: a locked thread is unlocked, not granted a permission
                fix = ("give them back to me" if not lacking
                       else f"I need {PRIVATE_THREAD_NEED}" if list(lacking) == [PRIVATE_THREAD_NEED]  # no setting grants it
                       else f"I need {permission_list(lacking)} there: {how_to_grant(lacking)}")
                state += f" · {fix}, then run `/season2set announce set` for it again"
            elif not sub.enabled:  # turned off by a moderator, or by a kick: the same command turns it on
                state += " · `/season2set announce set` for it turns it on again"
            if sub.enabled and sub.channel_id in deleted:
                state = ("on, but I can't find that channel: Discord says it was deleted; pick another channel with "
                         "`/season2set announce set`")
            elif sub.enabled and sub.channel_id in missing:
                state = "on, but I can't find that channel (deleted, or hidden from me)"
            elif sub.enabled and sub.channel_id in unanswered:
                state = "on, but Discord did not answer when I looked that channel up: list again in a minute"
            mark = f" · {_mark_text(marks[sub.channel_id])}" if marks is not None and sub.channel_id in marks else ""
            warn = f" · ⚠️ {trouble.why}" if trouble and sub.enabled else ""  # an off one's role is only not named
            if sub.enabled and lacking:
                warn += f" · ⚠️ {lacking_there(lacking, instead='turn its announcements off')}"
            lines.append(f"{named.get(sub.channel_id, f'<#{sub.channel_id}>')}: {sub.level}{role}, {state}{mark}{warn}")
    levels = sorted({sub.level for sub in subs if sub.level in LEVEL_POSTS}, key=list(LEVEL_POSTS).index)
    legend = [" · ".join(f"{level}: {LEVEL_POSTS[level]}" for level in levels)] if levels else []
    reminders = f"Countdown reminders: {offsets_text(offsets)}"
    # one message (2000 characters, the notices line joins it): the channels that fit, then how many more
    shown = len(lines)
    while shown > 1 and len("\n".join([*lines[:shown], f"…and {len(lines)} more channels.", *legend, reminders])) > LIST_LIMIT:
        shown -= 1
    more = [f"…and {len(lines) - shown} more channels."] if shown < len(lines) else []
    return "\n".join([*lines[:shown], *more, *legend, reminders])


def subscribed_text(
    channel_id: int, role_id: int | None, level: str, *, dropped_role: int | None = None, pings: Pings = "changes",
    missed: int = 0, countdown_over: bool = False,
) -> str:
    """`dropped_role`: the role this channel pinged until this `announce set` gave none; `pings`: which
    of its posts ping `role_id` (render_posts.pings_role); `missed`: the announcements a refusal kept from
    it, posted now; `countdown_over`: no countdown is left (rules.countdown_over), so none is promised."""
    ping = _role_text(role_id, pings) if role_id is not None else ""
    text = f"Season 2 news ({level}) will be announced in <#{channel_id}>{ping}."
    if role_id is not None and pings == "changes" and not countdown_over:  # render_posts.pings_role: five pings before one release is spam
        text += (
            " The countdown reminders before the release post there without pinging it."
            " Choose `pings:all` to ping them too, or `pings:none` for no pings."
        )
    if level in LEVEL_POSTS:
        text += f" It gets {LEVEL_POSTS[level]}."
    if dropped_role is not None:
        text += f" It no longer pings <@&{dropped_role}>: give `role` again to keep the ping."
    if missed:
        text += (" The announcement it missed while I couldn't post there is posted now." if missed == 1 else
                 f" The {missed} announcements it missed while I couldn't post there are posted now.")
    return text + " Try `/season2set announce test`."


def unsubscribed_text(
    turned_off: Sequence[Subscription], *, channel_id: int | None = None, still_on: Sequence[int] = ()
) -> str:
    """`/season2set announce off`: what it turned off, for one channel (`channel_id`) or every one,
    and the channels that still get the news (so "off" in one is not read as off everywhere)."""
    if turned_off:
        text = "Season 2 announcements are off in " + ", ".join(f"<#{s.channel_id}>" for s in turned_off) + "."
    elif channel_id is not None:
        text = f"<#{channel_id}> was not getting season 2 announcements; nothing changed."
    else:
        return "No channel here was getting season 2 announcements."
    if still_on:
        text += (
            " Still announced in " + ", ".join(f"<#{c}>" for c in still_on)
            + " (`/season2set announce off` with no channel stops them all)."
        )
    return text


def test_queued_text(
    queued: int, blocked: Sequence[tuple[int, Sequence[str]]] = (), pings: Mapping[int, PingTrouble] | None = None
) -> str:
    """The test is queued; a channel the bot can't post in as things stand is named with what it needs,
    and one whose real announcements would not ping their role with why (a test pings no one)."""
    lines = [f"Test announcement on its way to {queued} channel{'s' if queued != 1 else ''}."]
    lines += [
        f"I can't post in <#{channel_id}>: I need {PRIVATE_THREAD_NEED}, so the test will fail there and announcements "
        "there turn off. Once I am added, run `/season2set announce set` for it again."
        if list(missing) == [PRIVATE_THREAD_NEED] else  # no setting grants it: the need says how
        f"I can't post in <#{channel_id}>: I need {permission_list(missing)} there, so the test will fail there and "
        f"announcements there turn off. {_capital(how_to_grant(missing))}, then run `/season2set announce set` for it again."
        for channel_id, missing in blocked
    ]
    lines += [f"In <#{channel_id}>, {trouble.why}." for channel_id, trouble in (pings or {}).items()]
    return "\n".join(lines)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
