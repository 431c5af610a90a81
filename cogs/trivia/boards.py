"""/trivia leaderboard's and stats' work, kept out of the command module: the board asked for (this
server's, of every list or one, or every server's, like Red's `trivia leaderboard global`), as an
embed; a member's stats, and their choice to keep them private (FlandersBOT's opt-out)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from typing import Any

import discord

from bot.show import Position
from bot.text import clean_input
from bot.trivia.model import MemberStats, TriviaError
from bot.trivia.selection import unknown
from bot.trivia.service import GameService
from cogs.acks import NONE, answer_first
from cogs.trivia import render, render_boards, render_lists
from cogs.trivia.presence import Presence
from cogs.trivia.render_lists import Tag

Gone = Callable[[Collection[int]], Awaitable[set[int]]]


async def _left(service: GameService, guild_id: int, rows: list[MemberStats], gone: Gone) -> dict[int, str | None]:
    """The players of `rows` who left the server, each with the name they last answered under here
    (None when they left before names were kept)."""
    ids = await gone([row.user_id for row in rows])
    names = await service.player_names(guild_id, ids)
    return {uid: names.get(uid) for uid in ids}


async def leaderboard(
    service: GameService, guild_id: int, channel_id: int, tag: Tag, *,
    period: str, sort: str, top: int, list_name: str | None, scope: str, gone: Gone,
) -> discord.Embed:
    """The board to show in `channel_id` (saying so when a game runs there: its scores are not on it
    yet); a refusal (a list that is not there, a list on the board of every server, where the same
    name is a different list in each) raises TriviaError before `gone` is asked which of its players
    left the server (they are named by their last name seen here, not mentioned)."""
    running = await service.game_in(channel_id) is not None
    typed = clean_input(list_name, limit=100) if list_name else None
    if scope == "global":
        if typed is not None:
            raise TriviaError("The global leaderboard covers every list: leave list out, or use scope:server.")
        ranked = await service.global_leaderboard(guild_id, period, sort, top)
        strangers = {row.user_id for row, here in ranked if not here}
        rows = [row for row, _ in ranked]
        left = await _left(service, guild_id, [row for row in rows if row.user_id not in strangers], gone)
        played = bool(rows) or await service.games_ended(None, period)
        return render_boards.leaderboard_embed(rows, period, sort, every_server=True, strangers=strangers,
                                               running=running, top=top, left=left, played=played)
    chosen = None if typed is None else await service.list_meant(guild_id, typed)
    rows = await service.leaderboard(guild_id, period, sort, top, chosen)
    if typed is not None and not rows and chosen not in await service.list_names(guild_id):
        # said to the one who typed it: a public board would repeat any words typed, spoilers too
        raise TriviaError(unknown(typed, sorted(service.built_in_lists()), "list"))  # imported names may spoil
    shown = None
    if chosen is not None:
        gate: Position = await service.channel_mark(channel_id)
        shown = render_lists.name_text(chosen, gate, tag, limit=60)
    left = await _left(service, guild_id, rows, gone)
    played = bool(rows) or await service.games_ended(guild_id, period, chosen)
    return render_boards.leaderboard_embed(rows, period, sort, shown, running=running, top=top, left=left, played=played)


async def show_leaderboard(
    interaction: discord.Interaction[Any], service: GameService, presence: Presence, tag: Tag, *,
    period: str, sort: str, top: int, list_name: str | None, scope: str,
) -> None:
    """/trivia leaderboard answered: refusals (raised) are said privately; fetching which players left
    may take a while, so the interaction is acknowledged publicly if it does and the board follows."""
    assert interaction.guild_id is not None and interaction.guild is not None
    guild = interaction.guild

    async def gone(user_ids: Collection[int]) -> set[int]:
        return await answer_first(interaction, presence.gone(guild, user_ids), ephemeral=False)

    embed = await leaderboard(
        service, interaction.guild_id, interaction.channel_id or 0, tag,
        period=period, sort=sort, top=top, list_name=list_name, scope=scope, gone=gone,
    )
    if interaction.response.is_done():
        await interaction.followup.send(embed=embed, allowed_mentions=NONE)
    else:
        await interaction.response.send_message(embed=embed, allowed_mentions=NONE)


async def stats(
    service: GameService, guild_id: int, viewer_id: int, member_id: int, private: bool | None, *, where: int = 0
) -> tuple[str, discord.Embed, bool]:
    """/trivia stats: the note, the stats and whether only the viewer sees them. Stats are public
    unless their member keeps them private (then shown only to that member); `private` is the
    viewer's own choice, said only to them. Asked mid-game in `where`, they say that game is not in them yet."""
    note = ""
    if private is not None:
        if member_id != viewer_id:
            raise TriviaError("Only you can keep your own stats private: leave member out.")
        note = render_boards.private_text(private, await service.set_private(viewer_id, private))
    elif member_id != viewer_id and await service.is_private(member_id):
        raise TriviaError("That member keeps their trivia stats private.")
    alone = private is not None or await service.is_private(member_id)
    found = await service.member_stats(guild_id, member_id)
    embed = render.stats_embed(member_id, found)
    if await service.game_in(where) is not None:
        embed.set_footer(text=render_boards.RUNNING_NOTE)
    return note, embed, alone
