"""The lists as Discord shows them: /trivia lists, /trivia info, deleting, and the prompt before an
import replaces a list.

A list's author is what its file declares, so it is always shown with who really imported it
("by X, imported by @Y"): credit cannot be faked. What an imported list says (its author, its
description) is list content: it goes only where Discord can hide it (descriptions, field
values), in spoiler bars when it spoils more than the audience may see (its tag: bot/trivia/tagging.py
`tag_text`); titles and field names are fixed words. Nothing here pings (mentions render as names).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import discord

from bot import spoilers
from bot.show import NOTHING, Position
from bot.text import quote_keeping_spoilers, quote_user_text, shorten, timestamp
from bot.trivia.bank import built_in_about
from bot.trivia.library import ListInfo
from bot.trivia.listparts import RED_CONFIG
from bot.trivia.model import ImportedList, TriviaSettings, target_right_answers

COLOUR = discord.Colour(0x8E1B1B)
#: What a list's text (author, description) spoils.
Tag = Callable[[str | None], Position]

_CONFIG_MEANING = {
    "delay": "seconds to answer",
    "timeout": "seconds without answers before the game stops",
    "reveal_answer": "answer shown when time runs out",
    "bot_plays": "the bot scores when nobody gets a question",
    "use_spoilers": "revealed answers in spoiler bars",
    "payout_multiplier": "no meaning here: hyosan has no economy",
}


def list_text(text: str, spoils: Position, gate: Position, limit: int) -> str:
    """Text an imported list wrote, inert, in spoiler bars when it spoils past `gate`."""
    if spoilers.is_safe(spoils, gate):
        return quote_keeping_spoilers(text, limit=limit)
    return spoilers.hide_quoted(quote_user_text(text.replace("||", ""), limit=limit))


def questions(count: int) -> str:
    return f"{count} question{'' if count == 1 else 's'}"


def name_text(name: str, gate: Position, tag: Tag, limit: int = 40) -> str:
    """A list's or a category's name, inert, in spoiler bars when it names more than `gate` allows
    (a name from before names were checked at import)."""
    quoted = quote_user_text(name, limit=limit)
    return quoted if spoilers.is_safe(tag(name), gate) else spoilers.hide_quoted(quoted)


def credit(author: str | None, imported_by: int | None, spoils: Position, gate: Position) -> str:
    """"by X, imported by @Y": the declared author beside the member who really imported it."""
    if imported_by is None:
        return "built in"
    who = f"imported by <@{imported_by}>"
    if not author:
        return f"no author declared, {who}"
    return f"by {list_text(author, spoils, gate, 60)}, {who}"


def game_lists(credits: Sequence[tuple[str, str | None]], gate: Position, tag: Tag) -> str:
    """The lists a game was started with, each with its declared author, as Red's start message
    credits them: "**2015** (by JennJenn), **cast**"."""
    return ", ".join(
        f"**{name_text(name, gate, tag)}**" + (f" (by {list_text(author, tag(author), gate, 60)})" if author else "")
        for name, author in credits
    )


def lists_embed(
    built_in: dict[str, int], imported: list[ImportedList], categories: list[str], settings: TriviaSettings,
    *, gate: Position, tag: Tag,
) -> discord.Embed:
    lines = []
    for name, count in sorted(built_in.items()):
        state = " (off)" if name in settings.disabled_lists else ""
        about = (built_in_about(name)[1] or "").split(":")[0].split(".")[0]  # "Hand-written …", "Made from …"
        lines.append(f"**{name}**: {questions(count)}, built in{state}" + (f" ({about[:1].lower()}{about[1:80]})" if about else ""))
    for row in imported:
        state = " (off)" if row.name in settings.disabled_lists else ""
        who = credit(row.author, row.imported_by, tag(row.author), gate)
        lines.append(f"**{name_text(row.name, gate, tag)}**: {questions(row.question_count)}, {who}{state}")
    embed = discord.Embed(title="Trivia lists", description=shorten("\n".join(lines), 4000) or "No lists.", colour=COLOUR)
    cats = ", ".join(name_text(c, gate, tag) + (" (off)" if c in settings.disabled_categories else "") for c in categories)
    embed.add_field(name="Categories", value=shorten(cats or "none", 1000), inline=False)
    embed.set_footer(text="/trivia info shows a list's description, settings and spoilers.")
    return embed


def _spoiler_lines(info: ListInfo) -> str:
    lines = []
    for position, count in info.spoils.items():
        if position == NOTHING:
            lines.append(f"{count} spoil nothing (asked anywhere)")
        else:
            lines.append(f"{count} spoil up to {position.label} (asked only where that may be shown)")
    return "\n".join(lines) or "no questions"


def config_lines(config: Mapping[str, object], lists_override: bool) -> str:
    """A list's Red CONFIG in words (the values were checked at import: numbers and flags)."""
    lines = []
    target = target_right_answers(dict(config))
    if target is not None:
        lines.append(f"max_score: {target} (first to {target} right answers wins)")
    for key in RED_CONFIG:
        if key in config and key != "max_score":
            value = config[key]
            shown = ("yes" if value else "no") if isinstance(value, bool) else str(value)
            lines.append(f"{key}: {shown} ({_CONFIG_MEANING[key]})")
    if not lines:
        return "none (the server's settings apply)"
    note = (
        "This server lets a list's CONFIG override its settings."
        if lists_override
        else "Ignored here: /triviaset settings lists_override is off."
    )
    return "\n".join(lines) + "\n" + note


def info_embed(info: ListInfo, settings: TriviaSettings, *, gate: Position, tag: Tag) -> discord.Embed:
    """/trivia info: name, credit, description, size, CONFIG and what the questions spoil."""
    state = " (turned off here)" if info.name in settings.disabled_lists else ""
    head = f"**{quote_user_text(info.name, limit=60)}**{state}\n{credit(info.author, info.imported_by, tag(info.author), gate)}"
    if info.imported_at is not None:
        head += f" on {timestamp(info.imported_at, 'D')}"
    body = list_text(info.description, tag(info.description), gate, 1500) if info.description else "No description."
    embed = discord.Embed(title="Trivia list", description=f"{head}\n\n{body}", colour=COLOUR)
    embed.add_field(name="Questions", value=str(info.question_count))
    embed.add_field(name="Spoilers", value=shorten(_spoiler_lines(info), 1000), inline=False)
    if not info.built_in:
        embed.add_field(name="CONFIG", value=shorten(config_lines(info.config, settings.lists_override), 1000), inline=False)
    return embed


def deleted_text(row: ImportedList) -> str:
    return (
        f"Deleted **{quote_user_text(row.name, limit=60)}** ({questions(row.question_count)}, imported by "
        f"<@{row.imported_by}>). Games already running keep the questions they drew."
    )


def replace_prompt_text(existing: ImportedList, incoming: int, warnings: Sequence[str]) -> str:
    shown = "".join(f"\n- {quote_user_text(w, limit=400)}" for w in warnings[:3])
    more = f"\n(and {len(warnings) - 3} more warnings)" if len(warnings) > 3 else ""
    return (
        f"This server already has a list called **{quote_user_text(existing.name, limit=60)}** "
        f"({questions(existing.question_count)}, imported by <@{existing.imported_by}> "
        f"{timestamp(existing.imported_at)}). Replace it with the new file ({questions(incoming)})?"
        + (f"\nWarnings about the new file:{shown}{more}" if shown else "")
    )


def replace_answer_text(replaced: bool, name: str, count: int | None = None) -> str:
    quoted = quote_user_text(name, limit=60)
    if replaced:
        return f"Replaced **{quoted}**: {questions(count or 0)}."
    return f"Kept the existing **{quoted}**; nothing was imported."


def replace_expired_text(name: str) -> str:
    return f"No answer in time: the existing **{quote_user_text(name, limit=60)}** was kept; nothing was imported."


def problems_text(header: str, problems: Sequence[str], *, shown: int = 10, budget: int = 1900) -> str:
    """`header`, then the first problems, each whole (what to do comes last in a problem, so cutting
    one loses the fix), as many as fit one message; then how many more. Quoted: they echo a file
    or a form."""
    text = header
    for n, problem in enumerate(problems):
        line = f"\n- {quote_user_text(problem, limit=400)}"
        more = f"\n(and {len(problems) - n} more)"
        if n == shown or len(text) + len(line) + len(more) > budget:
            return text + more
        text += line
    return text


def render_problems(problems: Sequence[str]) -> str:
    """Why the question was not added."""
    return problems_text("Nothing was added: the question has problems.", problems)


def added_text(name: str, count: int, created: bool, spoils: Position) -> str:
    where = "new list" if created else "list"
    tag = (
        f"It counts as spoiling {spoils.label}, so it is asked only where that may be shown."
        if spoils else "It spoils nothing, so it may be asked anywhere."
    )
    return f"Added a question to the {where} **{quote_user_text(name, limit=60)}** (now {questions(count)}). {tag}"
