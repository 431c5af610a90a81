"""Autocomplete choices of the trivia commands: names matching what is typed (one, or several
separated by commas), and /trivia start's, which say what a game here would not ask from and why."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.show import Position
from bot.text import shorten
from bot.trivia.listparts import begun
from bot.trivia.offers import Offer


def choices(names: Sequence[str], current: str) -> list[discord.app_commands.Choice[str]]:
    """Autocomplete: the names containing what was typed (any case), at most 25, each cut to 100."""
    return [discord.app_commands.Choice(name=n[:100], value=n[:100]) for n in names if begun(current, n)][:25]


def several_choices(names: Sequence[str], current: str) -> list[discord.app_commands.Choice[str]]:
    """Autocomplete of a comma-separated list: the names matching the part being typed, each after
    the parts already chosen (a choice is at most 100 characters, so longer ones are not offered)."""
    *done, typing = current.split(",")
    chosen = [part.strip() for part in done if part.strip()]
    prefix = ", ".join(chosen)
    found: list[discord.app_commands.Choice[str]] = []
    for name in names:
        value = f"{prefix}, {name}" if prefix else name
        if name in chosen or not begun(typing.strip(), name) or len(value) > 100:
            continue
        found.append(discord.app_commands.Choice(name=value, value=value))
    return found[:25]


def _held_back(
    offer: Offer, *, mark: Position, up_to: Position | None, own: Position | None, named_away: int,
) -> str | None:
    """Why some categories and lists are not offered, counted, never named (a name may spoil)."""
    said = []
    if offer.past_gate:
        limit = up_to if up_to is not None else own
        if limit is not None and limit < mark:
            whose = "your up_to_episode" if up_to is not None else "your /progress"
            further = "" if up_to is not None else ": use up_to_episode"
            said.append(f"{offer.past_gate} past {whose} ({limit or 'spoiler-free'}){further}")
        else:
            said.append(f"{offer.past_gate} past this channel's mark ({mark or 'none set'})")
    if named_away:
        said.append(f"{named_away} with a spoiling name (type it)")
    if offer.turned_off:
        said.append(f"{offer.turned_off} turned off here")
    return shorten("Held back: " + "; ".join(said), 100) if said else None


def start_choices(
    names: Sequence[str], current: str, offer: Offer, *, mark: Position, up_to: Position | None, own: Position | None,
    named_away: int = 0,
) -> list[discord.app_commands.Choice[str]]:
    """/trivia start's category choices: `names` (what the game would ask from, safe to show) matching
    what is typed; when the member is browsing (nothing typed yet) or nothing matches, a last choice
    saying what was held back and why (`named_away`: names left out because they spoil, which still
    play when typed). Picking it changes nothing typed (its value is what was typed)."""
    found = several_choices(names, current)
    note = _held_back(offer, mark=mark, up_to=up_to, own=own, named_away=named_away)
    if note is None or (found and current.split(",")[-1].strip()):
        return found
    return [*found[:24], discord.app_commands.Choice(name=note, value=current[:100])]
