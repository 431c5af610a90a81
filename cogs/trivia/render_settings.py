"""/triviaset settings as a moderator reads it: every setting, who may start (saying so when the
start role was deleted) and where the daily question goes (or why the bot turned it off)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import discord

from bot.text import count_of, quote_user_list, shorten
from bot.trivia.model import DailyChannel, TriviaSettings
from bot.trivia.scoring import SPEED_BONUS, base_points
from cogs.trivia.render import COLOUR
from cogs.trivia.render_daily import daily_time

ROLE_GONE = "moderators only: the start role was deleted (pick another with `start_role`)"


def settings_embed(
    settings: TriviaSettings, *, start_role_gone: bool = False, daily: Sequence[DailyChannel] = (),
    open_reports: int = 0, spoils: Callable[[str], bool] | None = None, now: dt.datetime | None = None,
) -> discord.Embed:
    """The settings; `start_role_gone`: the server deleted the start role (nobody holds it now);
    `daily`: this server's daily-question channels; `open_reports`: reported questions waiting (a
    player who reports one is told the moderators will look at it: here they see it waits);
    `spoils`: whether a list's or category's name spoils (one stored before names were checked:
    shown in spoiler bars); `now`: to show each reader the daily question's time in their own zone."""
    embed = discord.Embed(title="Trivia settings", colour=COLOUR)
    embed.add_field(name="Answer time", value=f"{settings.answer_seconds} s")
    embed.add_field(name="Points to win", value=str(settings.points_to_win))
    embed.add_field(name="Reveal answers", value="yes" if settings.reveal_answers else "no")
    embed.add_field(name="Pause between questions", value=f"{settings.pause_seconds} s")
    who = settings.start_policy if settings.start_policy != "role" else f"<@&{settings.start_role_id}>"
    embed.add_field(name="Who may start", value=ROLE_GONE if start_role_gone and settings.start_policy == "role" else who)
    embed.add_field(name="Guesses per question", value=str(settings.max_guesses) if settings.max_guesses else "unlimited")
    embed.add_field(name="Idle stop", value=f"{settings.idle_seconds} s without answers")
    embed.add_field(name="No repeats within", value=count_of(settings.no_repeat_games, "game"))
    lists_off = quote_user_list(settings.disabled_lists, limit=1024, hidden=spoils)
    embed.add_field(name="Lists off", value=lists_off, inline=False)
    embed.add_field(name="Categories off", value=quote_user_list(settings.disabled_categories, limit=1024, hidden=spoils),
                    inline=False)
    embed.add_field(name="Lists may override settings", value="yes" if settings.lists_override else "no")
    embed.add_field(name="Bot plays", value="yes" if settings.bot_plays else "no")
    embed.add_field(name="Answers in spoiler bars", value="yes" if settings.spoiler_answers else "no")
    embed.add_field(name="Daily question", value=daily_where(daily, now), inline=False)
    waiting = f"{count_of(open_reports, 'question')} reported: `/triviaset reports` shows them" if open_reports else "none"
    embed.add_field(name="Reports waiting", value=waiting, inline=False)
    return embed


def daily_where(rows: Sequence[DailyChannel], now: dt.datetime | None = None) -> str:
    """Where and when the daily question goes, and the ones the bot turned off itself with why; a
    channel a moderator turned off is not listed."""
    lines = []
    for row in rows:
        if row.enabled:
            lists = f" (from {quote_user_list(row.lists, limit=200)})" if row.lists else ""
            lines.append(f"<#{row.channel_id}> at {daily_time(row.post_time, now)}{lists}")
        elif row.stopped_reason:
            day = dt.datetime.strptime(row.stopped_on, "%Y%m%d").strftime("%-d %B %Y") if row.stopped_on else "a day"
            lines.append(f"<#{row.channel_id}>: off since {day}: {row.stopped_reason}")
    text = "\n".join(lines) or "off (`/triviaset daily` posts one in a channel)"
    return shorten(text, 1024)


def settings_saved_text(changed: bool, points_to_win: int | None = None, *, asked: bool = False) -> str:
    """`points_to_win`: the target just set; one a single right answer can reach is pointed out (a
    Red moderator means right answers: Red's 10 points are 10 right answers, here 10 points are one).
    `asked`: a change was asked for (a list turned on that was on already changes nothing: said so)."""
    if asked and not changed:
        return "Nothing changed: the lists and categories named were already so."
    text = ("Saved. " if changed else "") + "Running games keep the settings they started with."
    first = base_points("hard") + SPEED_BONUS  # the most a first right answer earns
    if points_to_win is not None and points_to_win <= first:
        text += (
            f"\nNote: a right answer earns {base_points('easy')} to {first} points, so a game to "
            f"{count_of(points_to_win, 'point')} can end at its first right answer. To win by right answers "
            "as in Red-DiscordBot, start games with `/trivia start first_to:10`."
        )
    return text
