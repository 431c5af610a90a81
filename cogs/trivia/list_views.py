"""The prompt before an import replaces a list (Replace / Keep the old one), and the form that adds
a question to a server's own list (/triviaset add_question).

The parsed file lives only as long as the prompt (in this copy's memory, PROMPT_SECONDS): a
moderator answers within minutes or uploads again. Only the moderator who imported can answer.
The buttons do their own work and end errors in the one error tree (bot.tree.answer_error);
"Keep", a timeout or a restart leave the existing list exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import discord

from bot.tree import TryAgain, answer_error, send_ephemeral
from bot.trivia.builder import read_question
from bot.trivia.listparts import MAX_ANSWER_CHARS, MAX_QUESTION_CHARS
from bot.trivia.lists import ListError
from bot.trivia.model import TriviaList
from bot.trivia.service import GameService
from cogs.trivia.render_lists import added_text, render_problems, replace_answer_text, replace_expired_text

PROMPT_SECONDS = 300.0


class ReplaceListPrompt(discord.ui.View):
    def __init__(self, service: GameService, guild_id: int, user_id: int, parsed: TriviaList) -> None:
        super().__init__(timeout=PROMPT_SECONDS)
        self.service = service
        self.guild_id = guild_id
        self.user_id = user_id
        self.parsed = parsed
        self.message: discord.WebhookMessage | None = None

    async def _answered_by_importer(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id != self.user_id:
            await send_ephemeral(interaction, "Only the moderator who imported the file can answer this.")
            return False
        self.stop()
        return True

    @discord.ui.button(label="Replace it", style=discord.ButtonStyle.danger)
    async def replace(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        if not await self._answered_by_importer(interaction):
            return
        count = await self.service.import_list(self.guild_id, self.parsed, self.user_id)
        await interaction.response.edit_message(
            content=replace_answer_text(True, self.parsed.name, count), view=None,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    @discord.ui.button(label="Keep the old one", style=discord.ButtonStyle.secondary)
    async def keep(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        if not await self._answered_by_importer(interaction):
            return
        await interaction.response.edit_message(
            content=replace_answer_text(False, self.parsed.name), view=None,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    async def on_timeout(self) -> None:
        if self.message is None:
            return
        try:
            await self.message.edit(content=replace_expired_text(self.parsed.name), view=None)
        except discord.HTTPException:
            pass  # the prompt is gone (dismissed, or the token expired): nothing was imported anyway

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]) -> None:
        await answer_error(interaction, error, where=f"button replace trivia list {self.parsed.name!r}")


#: Reads the form's question as a tagged one-question list (the cog's own import path).
QuestionReader = Callable[[TriviaList], TriviaList]


class AddQuestionForm(discord.ui.Modal, title="Add a trivia question"):
    """One question for a server's own list, checked as an import is (bot/trivia/builder.py).
    A refused form loses nothing of the list, and says every problem at once."""

    question: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Question", custom_id="trivia-add:question", style=discord.TextStyle.paragraph,
        max_length=MAX_QUESTION_CHARS,
    )
    answers: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Accepted answers, one per line", custom_id="trivia-add:answers", style=discord.TextStyle.paragraph,
        max_length=MAX_ANSWER_CHARS, placeholder="The first one is the answer shown",
    )
    choices: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Four choices for buttons mode (optional)", custom_id="trivia-add:choices",
        style=discord.TextStyle.paragraph, required=False, max_length=MAX_ANSWER_CHARS,
        placeholder="One per line, the answer among them",
    )
    spoils: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Episode it spoils (optional)", custom_id="trivia-add:spoils", required=False, max_length=20,
        placeholder="0 for nothing, or an episode like S1E7",
    )

    def __init__(
        self, service: GameService, list_name: str, shape: Any, tag: QuestionReader, values: dict[str, str] | None = None,
        *, out: int = 1,
    ) -> None:
        """`out`: the latest season out (a bare episode typed for what the question spoils is then asked again)."""
        super().__init__(timeout=900)
        self.service = service
        self.list_name = list_name
        self.shape = shape
        self.out = out
        self.tag = tag
        for key, field in self._fields().items():  # a second try starts from what was typed
            field.default = (values or {}).get(key) or None

    def _fields(self) -> dict[str, discord.ui.TextInput[Any]]:
        return {"question": self.question, "answers": self.answers, "choices": self.choices, "spoils": self.spoils}

    def again(self) -> Callable[[], AddQuestionForm]:
        """A fresh form filled in with what was typed in this one."""
        values = {key: str(field.value or "") for key, field in self._fields().items()}
        return lambda: AddQuestionForm(self.service, self.list_name, self.shape, self.tag, values, out=self.out)

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        assert interaction.guild_id is not None
        try:
            parsed = read_question(
                self.list_name, str(self.question.value), str(self.answers.value), str(self.choices.value or ""),
                str(self.spoils.value or ""), shape=self.shape, out=self.out, now=self.service.clock.now(),
            )
        except ListError as exc:  # nothing typed is lost: the button opens the form again, filled in
            await interaction.response.send_message(
                render_problems(exc.problems), view=TryAgain(self.again(), where="button edit a trivia question again"),
                ephemeral=True, allowed_mentions=discord.AllowedMentions.none(),
            )
            return
        # Tagging reads the spoiler lexicon and adding waits for the database: acknowledged first,
        # within Discord's 3 s (a refusal from here on is the followup: bot.tree.answer_error).
        await interaction.response.defer(ephemeral=True, thinking=True)
        tagged = self.tag(parsed)
        count, created = await self.service.add_question(interaction.guild_id, tagged, interaction.user.id)
        await interaction.followup.send(
            added_text(self.list_name, count, created, tagged.questions[0].spoils), ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception) -> None:  # type: ignore[override]
        await answer_error(interaction, error, where="form add a trivia question")


