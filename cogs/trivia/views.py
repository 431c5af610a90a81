"""The trivia buttons: persistent DynamicItems whose own callbacks do the work.

Their state lives in the custom_id, in formats unchanged since they first shipped, so the buttons
of messages posted before a restart keep working:
`trivia:<game>:<question>:<choice>`, `trivia-hint:<game>:<question>`,
`trivia-report:<game>:<question>[:<reason>]`, `trivia-daily:<channel>:<day>:<choice>`.
The classes are registered with `bot.add_dynamic_items` when the cog loads, and the cog registers
its GameHost for the bot (`HOSTS`); a callback finds it with `HOSTS.get(interaction.client)`, calls
the domain service, answers privately, and hands any game step it caused to the host to post.

Answering: the buttons that write run their work through `acks.answer_first`, so the click is
acknowledged within Discord's 3 s even when the database is locked, the disk full or the machine
oversubscribed, and answer through `acks.reply`, which never raises: a click whose interaction
expired still has its effect, and the steps it caused are queued posts the host posts anyway.

Errors: discord.py only logs what a DynamicItem's callback raises (it never reaches a View's
on_error), so every button runs through `TriviaItem.callback`, whose `on_error` maps the error as
the command tree does (bot.tree.answer_error): a domain refusal or a storage failure is the
user's private message, anything else the apology, logged once with its traceback; an interaction
another copy of hyosan answered is one warning line.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

import discord

from bot import spoilers
from bot.per_client import PerClient
from bot.show import Position
from bot.tree import answer_error
from bot.trivia.events import ClickResult, HintResult, QuestionShown, Revealed
from bot.trivia.hints import hint_available
from bot.trivia.model import REPORT_REASONS, Game, Question
from bot.trivia.snapshot import correct_choice
from cogs.acks import InteractionGone, answer_first, reply
from cogs.trivia import render
from cogs.trivia.presence import counted

if TYPE_CHECKING:
    from bot.trivia.daily import DailyAnswer
    from cogs.trivia.host import GameHost

NONE = discord.AllowedMentions.none()
UNAVAILABLE = "Trivia is not available right now."

#: The host each running bot's buttons work for (the cog registers it at load).
HOSTS: PerClient[GameHost] = PerClient()


class TriviaItem:
    """What every trivia button does around its own work: find the host, map errors."""

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        host = HOSTS.get(interaction.client)
        if host is None:
            await reply(interaction, UNAVAILABLE)
            return
        try:
            await self.run(interaction, host)
        except InteractionGone:
            return  # noted in one line; the click did not count
        except Exception as error:
            await self.on_error(interaction, error)

    async def run(self, interaction: discord.Interaction[Any], host: GameHost) -> None:
        raise NotImplementedError

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception) -> None:
        await answer_error(interaction, error, where=f"trivia button {type(self).__name__}")


class ChoiceButton(
    TriviaItem,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"trivia:(?P<game>\d{1,19}):(?P<q>\d{1,3}):(?P<choice>\d)",
):
    def __init__(self, game_id: int, q_index: int, choice: int, label: str, *, disabled: bool = False,
                 style: discord.ButtonStyle = discord.ButtonStyle.secondary) -> None:
        super().__init__(
            discord.ui.Button(
                label=label, style=style, disabled=disabled, custom_id=f"trivia:{game_id}:{q_index}:{choice}"
            )
        )
        self.game_id, self.q_index, self.choice = game_id, q_index, choice

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ChoiceButton:
        return cls(int(match["game"]), int(match["q"]), int(match["choice"]), "?")

    async def run(self, interaction: discord.Interaction[Any], host: GameHost) -> None:
        def click() -> Awaitable[ClickResult]:
            return host.service.click(self.game_id, self.q_index, interaction.user.id, self.choice)

        result = await answer_first(
            interaction, counted(host.service, interaction.guild_id, interaction.user, click), needs_ack=True
        )
        await reply(interaction, render.click_reply(result, self.choice))
        if result.events:
            await host.follow(result.events)  # every active player answered: reveal now
        elif result.deadline is not None:
            host.arm_at(self.game_id, result.deadline)  # the early-close rule brought it forward


class HintButton(
    TriviaItem,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"trivia-hint:(?P<game>\d{1,19}):(?P<q>\d{1,3})",
):
    def __init__(self, game_id: int, q_index: int) -> None:
        super().__init__(
            discord.ui.Button(label="Hint (half points)", style=discord.ButtonStyle.primary,
                              custom_id=f"trivia-hint:{game_id}:{q_index}", row=1)
        )
        self.game_id, self.q_index = game_id, q_index

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> HintButton:
        return cls(int(match["game"]), int(match["q"]))

    async def run(self, interaction: discord.Interaction[Any], host: GameHost) -> None:
        result = await answer_first(
            interaction, host.service.hint(self.game_id, self.q_index, interaction.user.id), needs_ack=True
        )
        await reply(interaction, render.hint_text(result), view=hint_view(result))


def _report_button(custom_id: str, reason: str | None, row: int | None = None) -> discord.ui.Button[Any]:
    """"Report this question", or one reason's button once it was pressed (the id ends with the reason)."""
    label = render.REASON_LABELS[reason] if reason else "Report this question"
    style = discord.ButtonStyle.danger if reason else discord.ButtonStyle.secondary
    return discord.ui.Button(label=label, style=style, custom_id=f"{custom_id}:{reason}" if reason else custom_id,
                             row=row)


class ReportButton(
    TriviaItem,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"trivia-report:(?P<game>\d{1,19}):(?P<q>\d{1,3})(?::(?P<reason>wrong|ambiguous|spoiler))?",
):
    def __init__(self, game_id: int, q_index: int, reason: str | None = None, row: int | None = None) -> None:
        super().__init__(_report_button(f"trivia-report:{game_id}:{q_index}", reason, row))
        self.game_id, self.q_index, self.reason = game_id, q_index, reason

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ReportButton:
        return cls(int(match["game"]), int(match["q"]), match["reason"])

    async def run(self, interaction: discord.Interaction[Any], host: GameHost) -> None:
        if self.reason is None:
            await reply(interaction, render.REPORT_PROMPT, view=report_reasons_view(self.game_id, self.q_index))
            return
        if interaction.guild_id is None or interaction.channel_id is None:
            return
        queued = await answer_first(interaction, host.service.report(
            interaction.guild_id, interaction.channel_id, self.game_id, self.q_index, interaction.user.id, self.reason
        ))
        await reply(interaction, render.report_reply(queued))


class DailyButton(
    TriviaItem,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"trivia-daily:(?P<channel>\d{1,19}):(?P<day>\d{8}):(?P<choice>\d)",
):
    def __init__(self, channel_id: int, day: str, choice: int, label: str) -> None:
        super().__init__(
            discord.ui.Button(label=label, style=discord.ButtonStyle.secondary,
                              custom_id=f"trivia-daily:{channel_id}:{day}:{choice}")
        )
        self.channel_id, self.day, self.choice = channel_id, day, choice

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> DailyButton:
        return cls(int(match["channel"]), match["day"], int(match["choice"]), "?")

    async def run(self, interaction: discord.Interaction[Any], host: GameHost) -> None:
        def answer() -> Awaitable[DailyAnswer]:
            return host.daily.answer(self.channel_id, self.day, interaction.user.id, self.choice)

        result = await answer_first(  # (daily answers count on the board)
            interaction, counted(host.service, interaction.guild_id, interaction.user, answer), needs_ack=True
        )
        gate = await host.service.channel_mark(self.channel_id)
        view = None
        if result.question is not None:  # told the answer: a wrong one can be reported from here
            view = discord.ui.View(timeout=None)
            view.add_item(DailyReportButton(self.channel_id, self.day))
        await reply(interaction, render.daily_answer_reply(result, gate), view=view)


class DailyReportButton(
    TriviaItem,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"trivia-daily-report:(?P<channel>\d{1,19}):(?P<day>\d{8})(?::(?P<reason>wrong|ambiguous|spoiler))?",
):
    """A daily question's report button (on its answer reply and once it closed), as a game's reveal has."""

    def __init__(self, channel_id: int, day: str, reason: str | None = None) -> None:
        super().__init__(_report_button(f"trivia-daily-report:{channel_id}:{day}", reason))
        self.channel_id, self.day, self.reason = channel_id, day, reason

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> DailyReportButton:
        return cls(int(match["channel"]), match["day"], match["reason"])

    async def run(self, interaction: discord.Interaction[Any], host: GameHost) -> None:
        if self.reason is None:
            view = discord.ui.View(timeout=None)
            for reason in REPORT_REASONS:
                view.add_item(DailyReportButton(self.channel_id, self.day, reason))
            await reply(interaction, render.REPORT_PROMPT, view=view)
            return
        if interaction.guild_id is None:
            return
        question = await host.daily.question_on(self.channel_id, self.day)
        queued = await answer_first(interaction, host.service.report_question(
            interaction.guild_id, self.channel_id, question, interaction.user.id, self.reason
        ))
        await reply(interaction, render.report_reply(queued))


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    ChoiceButton, HintButton, ReportButton, DailyButton, DailyReportButton,
)


# ---------------------------------------------------------------------------------------------
# The buttons each message carries


def question_view(event: QuestionShown) -> discord.ui.View:
    """A question's answer buttons (buttons mode), its hint button and its report button."""
    game, q = event.game, event.question
    view = discord.ui.View(timeout=None)
    if game.mode == "buttons":
        for index in range(len(q.choices)):
            view.add_item(ChoiceButton(game.id, event.q_index, index, render.choice_label(q, index, game.gate)))
    if hint_available(q, game.mode):
        view.add_item(HintButton(game.id, event.q_index))
    # a wrong, unclear or spoiling question can be reported while it is asked, beside the hint
    view.add_item(ReportButton(game.id, event.q_index, row=1))
    return view


def closed_question_view(event: Revealed, mark: Position) -> discord.ui.View | None:
    """The question's buttons after it closed: disabled, the right one highlighted (buttons mode);
    None in typed mode, where the only button (the hint) simply goes away. `mark`: the channel's
    spoiler mark now, as its reveal is posted: lowered since the game started, a label past it
    shows only its letter (a label cannot be hidden)."""
    if event.game.mode != "buttons":
        return None
    view = discord.ui.View(timeout=None)
    shown_to = min(event.game.gate, mark)
    # (not beside an answer kept in spoiler bars: a green button would show it in the clear)
    clear = event.show_answer and not event.game.settings.spoiler_answers and spoilers.is_safe(event.question.spoils, mark)
    for index in range(len(event.question.choices)):
        right = clear and index == event.correct_choice
        style = discord.ButtonStyle.success if right else discord.ButtonStyle.secondary
        label = render.choice_label(event.question, index, shown_to)
        view.add_item(ChoiceButton(event.game.id, event.q_index, index, label, disabled=True, style=style))
    return view


def retired_question_view(game: Game, q_index: int, question: Question) -> discord.ui.View | None:
    """A question's buttons once its game ended before it closed (stopped, or the bot was away too
    long): all disabled, the answer not shown; None in typed mode (the hint button goes away)."""
    if game.mode != "buttons":
        return None
    view = discord.ui.View(timeout=None)
    for index in range(len(question.choices)):
        label = render.choice_label(question, index, game.gate)
        view.add_item(ChoiceButton(game.id, q_index, index, label, disabled=True))
    return view


def reveal_view(event: Revealed) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ReportButton(event.game.id, event.q_index))
    return view


def report_reasons_view(game_id: int, q_index: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for reason in REPORT_REASONS:
        view.add_item(ReportButton(game_id, q_index, reason))
    return view


def hint_view(result: HintResult) -> discord.ui.View | None:
    """A 50/50 hint's two choices, answerable from the hint itself; None for any other hint."""
    if result.status not in ("given", "again") or result.hint is None or result.hint.kind != "fifty":
        return None
    question, game = result.question, result.game
    assert question is not None and game is not None
    view = discord.ui.View(timeout=None)
    for index in result.hint.keep:
        view.add_item(ChoiceButton(game.id, game.current_index, index, render.choice_label(question, index, game.gate)))
    return view


def daily_view(channel_id: int, day: str, question: Question, gate: Position) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for index in range(len(question.choices)):
        view.add_item(DailyButton(channel_id, day, index, render.choice_label(question, index, gate)))
    return view


def closed_daily_view(
    channel_id: int, day: str, question: Question, gate: Position, *, show_answer: bool
) -> discord.ui.View:
    """A past day's daily question: its buttons disabled, the right one highlighted (`show_answer`),
    and a button to report it."""
    view = discord.ui.View(timeout=None)
    right = correct_choice(question) if show_answer else None
    for index in range(len(question.choices)):
        style = discord.ButtonStyle.success if index == right else discord.ButtonStyle.secondary
        view.add_item(discord.ui.Button(
            label=render.choice_label(question, index, gate), style=style, disabled=True,
            custom_id=f"trivia-daily-closed:{index}",
        ))
    view.add_item(DailyReportButton(channel_id, day))
    return view
