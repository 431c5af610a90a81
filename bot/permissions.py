"""What the bot lacks in a channel, named exactly as a moderator must fix it.

Discord derives some denials from others: without View Channel a member has nothing in the channel,
and without Send Messages no Embed Links either (discord.py applies both in `permissions_for`). A
channel that denies only Send Messages would so read as lacking Send Messages and Embed Links, and a
moderator who allows Send Messages finds Embed Links already there. So the names come from the
permissions as the server's settings grant them (roles, then the channel's overwrites), before those
implicit denials; the effective permissions still decide whether anything is missing at all.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

#: (Discord's name, discord.Permissions attribute)
Needed = Sequence[tuple[str, str]]


def granted_permissions(channel: discord.abc.GuildChannel | discord.Thread, member: discord.Member) -> discord.Permissions:
    """`member`'s permissions in `channel` from its roles and the channel's overwrites (a thread's are
    its parent's), without Discord's implicit denials."""
    if isinstance(channel, discord.Thread):
        if channel.parent is None:
            return channel.permissions_for(member)
        channel = channel.parent
    guild = channel.guild
    if guild.owner_id == member.id:
        return discord.Permissions.all()
    perms = discord.Permissions(guild.default_role.permissions.value)
    for role in member.roles:
        perms.value |= role.permissions.value
    if perms.administrator:
        return discord.Permissions.all()
    allow, deny = channel.overwrites_for(guild.default_role).pair()
    perms.handle_overwrite(allow.value, deny.value)
    role_allow = role_deny = 0
    for role in member.roles:
        if role.is_default():
            continue
        allow, deny = channel.overwrites_for(role).pair()
        role_allow, role_deny = role_allow | allow.value, role_deny | deny.value
    perms.handle_overwrite(role_allow, role_deny)
    allow, deny = channel.overwrites_for(member).pair()
    perms.handle_overwrite(allow.value, deny.value)
    return perms


def missing_permissions(
    channel: discord.abc.GuildChannel | discord.Thread, member: discord.Member, needed: Needed
) -> list[str]:
    """The names in `needed` that `member` lacks in `channel`: those the server's settings deny, not
    the ones Discord takes away with them."""
    effective = channel.permissions_for(member)
    missing = [name for name, attr in needed if not getattr(effective, attr)]
    if not missing:
        return []
    granted = granted_permissions(channel, member)
    return [name for name, attr in needed if not getattr(granted, attr)] or missing


#: Posting in a locked thread: only those who may manage threads can.
LOCKED_THREAD_NEED = ("Manage Threads (the thread is locked)", "manage_threads")
#: Discord's code for a post refused because the thread is locked.
THREAD_LOCKED = 160005


def posting_needs(channel: object, *, embeds: bool = True) -> list[tuple[str, str]]:
    """What posting a message in `channel` needs (Send Messages in Threads inside a thread, and
    Manage Threads too when the thread is locked: Discord refuses anyone else's post there)."""
    thread = isinstance(channel, discord.Thread)
    needed = [("View Channel", "view_channel"),
              ("Send Messages in Threads", "send_messages_in_threads") if thread else ("Send Messages", "send_messages")]
    if isinstance(channel, discord.Thread) and channel.locked:
        needed.append(LOCKED_THREAD_NEED)
    if embeds:
        needed.append(("Embed Links", "embed_links"))
    return needed


#: What the bot lacks in a private thread it was never added to (its roles grant nothing there).
PRIVATE_THREAD_NEED = "to be added to this private thread (mention me in it, or add me from its member list)"


def outside_private_thread(channel: object, effective: discord.Permissions | None) -> bool:
    """A private thread the bot is not a member of: Discord shows it only to its members and those
    who may manage threads, whatever the parent channel allows (the interaction's own permissions
    say so; discord.py's would read the parent's)."""
    return (
        isinstance(channel, discord.Thread) and channel.type is discord.ChannelType.private_thread
        and channel.me is None and effective is not None and not effective.view_channel
    )


def missing_to_post(
    channel: object, member: discord.Member | None, effective: discord.Permissions | None = None, *, embeds: bool = True
) -> list[str]:
    """What `member` lacks to post in `channel`, exactly as a moderator must allow it; from
    `effective` (the interaction's own permissions) when the channel or the member is not cached,
    naming only the first cause there (Discord takes Send Messages away with View Channel). Nothing
    known: an empty list."""
    needed = posting_needs(channel, embeds=embeds)
    if outside_private_thread(channel, effective):
        return [PRIVATE_THREAD_NEED]
    if member is not None and isinstance(channel, discord.abc.GuildChannel | discord.Thread):
        try:
            missing = missing_permissions(channel, member, needed)
        except discord.ClientException:  # a thread whose parent is not cached: fall back below
            pass
        else:
            # The interaction's own permissions are Discord's word now, where the cache may lag a role
            # change (a game announced, then its questions refused; or refused once allowed).
            if effective is not None and all(getattr(effective, attr) for _, attr in needed):
                return []
            if missing or effective is None:
                return missing
    if effective is None:
        return []
    missing = [name for name, attr in needed if not getattr(effective, attr)]
    return missing[:1] if len(missing) > 1 and missing[0] != "Embed Links" else missing


#: discord.py's permission flags Discord's settings call otherwise (the rest: their words, capitalised).
_SHOWN_AS = {
    "manage_guild": "Manage Server", "moderate_members": "Timeout Members",
    "mention_everyone": "Mention @everyone, @here, and All Roles", "send_messages_in_threads": "Send Messages in Threads",
    "use_application_commands": "Use Application Commands", "manage_expressions": "Manage Expressions",
}


def permission_name(flag: str) -> str:
    """A permission flag ("manage_guild") as Discord's settings show it ("Manage Server")."""
    return _SHOWN_AS.get(flag) or " ".join(word.capitalize() for word in flag.split("_"))


def permission_list(names: Sequence[str]) -> str:
    """Permission names as a sentence says them: "View Channel and Send Messages"."""
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def lacking_there(missing: Sequence[str], *, instead: str = "pick another channel") -> str:
    """"I need X there", then how a moderator gives it: Discord grants a bot a permission in one
    channel from that channel's settings, whatever the bot's role lacks server-wide; a locked thread
    is unlocked instead."""
    if list(missing) == [PRIVATE_THREAD_NEED]:  # no setting grants it: the need says how
        return f"I need {PRIVATE_THREAD_NEED}, or {instead}."
    fix = how_to_grant(missing)
    return f"I need {permission_list(missing)} there. {fix[:1].upper()}{fix[1:]}, or {instead}."


def how_to_grant(missing: Sequence[str]) -> str:
    """How a moderator gives the bot what it lacks in one channel: "allow it for me in the channel's
    settings (Edit Channel > Permissions)", and "unlock the thread" for a locked thread's need."""
    grant = [name for name in missing if name != LOCKED_THREAD_NEED[0]]
    steps = ["unlock the thread"] if len(grant) < len(missing) else []
    if grant:
        it = "it" if len(grant) == 1 else "them"
        steps.append(f"allow {it} for me in the channel's settings (Edit Channel > Permissions)")
    return " and ".join(steps)
