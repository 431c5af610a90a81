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


def _held_back(offer: Offer, *, mark: Position, up_to: Position | None, own: Position | None) -> str | None:
    """Why some categories and lists are not offered, counted, never named (a name may spoil)."""
    said = []
    if offer.past_gate:
        limit = up_to if up_to is not None else own
        if limit is not None and limit < mark:
            whose = "your up_to_episode" if up_to is not None else "your /progress"
            further = "" if up_to is not None else ": up_to_episode asks further"
            said.append(f"{offer.past_gate} more past {whose} ({limit or 'spoiler-free'}){further}")
        else:
            said.append(f"{offer.past_gate} more past this channel's spoiler mark ({mark or 'none set'})")
    if offer.turned_off:
        said.append(f"{offer.turned_off} turned off in this server")
    return shorten("Not offered: " + "; ".join(said), 100) if said else None


def start_choices(
    names: Sequence[str], current: str, offer: Offer, *, mark: Position, up_to: Position | None, own: Position | None,
) -> list[discord.app_commands.Choice[str]]:
    """/trivia start's category choices: `names` (what the game would ask from, safe to show) matching
    what is typed; when the member is browsing (nothing typed yet) or nothing matches, a last choice
    saying what was held back and why. Picking it changes nothing typed (its value is what was typed)."""
    found = several_choices(names, current)
    note = _held_back(offer, mark=mark, up_to=up_to, own=own)
    if note is None or (found and current.split(",")[-1].strip()):
        return found
    return [*found[:24], discord.app_commands.Choice(name=note, value=current[:100])]
