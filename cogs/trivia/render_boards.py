"""Leaderboards as Discord shows them: the top N of a period, of every list or one (or of every
server), by the sort asked for; equal scores share a rank. A list's name (chosen by a moderator)
goes in the description, never the title. On the board of every server, a player who never played
in the server reading it is not named there (nor is their id shown). A player who left the server is
named by the name they last answered under there, made inert (a mention would read "@unknown-user")."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import discord

from bot.text import count_of, quote_user_text
from bot.trivia.model import MemberStats
from bot.trivia.standings import rank_key

COLOUR = discord.Colour(0x8E1B1B)
TITLES = {"all": "Trivia leaderboard", "month": "Trivia leaderboard: this month", "week": "Trivia leaderboard: this week"}
SORT_WORDS = {
    "points": "total points", "wins": "wins", "average": "average points per game", "games": "games played",
    "accuracy": "accuracy", "streak": "best streak",
}


NOBODY_YET = "Games were played, but nobody is on this board yet."
RUNNING_NOTE = "The game running in this channel counts once it ends: its scores so far are under each question's answer."


def leaderboard_embed(
    rows: list[MemberStats], period: str, sort: str, list_shown: str | None = None,
    *, every_server: bool = False, strangers: Collection[int] = (), running: bool = False, top: int | None = None,
    left: Mapping[int, str | None] | None = None, played: bool = False,
) -> discord.Embed:
    """`list_shown`: the list's name as the channel may read it (render_lists.name_text), when one was
    asked. `every_server`: the board of all servers, where `strangers` (players who never played in
    this server) are shown without a name. `running`: a game runs in the channel asking (its scores
    are not on the board yet, and a player looking mid-game is told why). `left`: players who left
    the server, with the name last seen (None: none kept). `played`: games ended in the board's
    scope, so an empty board is no board of "no finished games" (nobody scored, or all who did keep
    their stats private)."""
    scope = f"List **{list_shown}** only.\n" if list_shown else ""
    if every_server:
        scope = "Every server's games; players from other servers are not named.\n"
    if running:
        scope += RUNNING_NOTE + "\n"
    title = f"Global t{TITLES[period][1:]}" if every_server else TITLES[period]
    if not rows:
        empty = NOBODY_YET if played else "No finished games yet."
        return discord.Embed(title=title, description=f"{scope}{empty}", colour=COLOUR)
    lines = []
    rank, last = 0, None
    for position, row in enumerate(rows, start=1):
        key = rank_key(row, sort)
        if key != last:
            rank, last = position, key
        who = _who(row.user_id, strangers, left or {})
        # a player who only answered daily questions has no game to average over
        per_game = f"{row.average:.1f} per game · " if row.games else ""
        lines.append(
            f"**{rank}.** {who}: {row.points} pts · {count_of(row.wins, 'win')} · "
            f"{per_game}{count_of(row.games, 'game')} · {row.accuracy:.0%} right · "
            f"best streak {row.best_streak}"
        )
    embed = discord.Embed(title=title, description=scope + "\n".join(lines), colour=COLOUR)
    asked = len(rows) if top is None else min(top, len(rows))
    tied = f" ({len(rows)} with the players tied with the last)" if len(rows) > asked else ""
    embed.set_footer(text=f"Top {asked}{tied} by {SORT_WORDS[sort]}; equal scores share a rank.")
    return embed


def _who(user_id: int, strangers: Collection[int], left: Mapping[int, str | None]) -> str:
    if user_id in strangers:
        return "a player from another server"
    if user_id not in left:
        return f"<@{user_id}>"
    name = left[user_id]
    # escaped and defused: a name never formats, opens or closes a spoiler bar, nor pings
    return f"**{quote_user_text(name, limit=40)}** (left the server)" if name else "a player who has left the server"


def private_text(private: bool, changed: bool) -> str:
    if private:
        if not changed:
            return "You were already off the trivia leaderboards."
        return (
            "You are now left off every trivia leaderboard, and your stats are shown only to you. "
            "/trivia stats private:False undoes it."
        )
    return "You are back on the trivia leaderboards." if changed else "You were already on the trivia leaderboards."
