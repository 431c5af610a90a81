"""Demo step `answer`: play the right answer to the current trivia question (for the tour).

The tour cannot know which question the game drew, so this step looks it up and answers it the
way a player would: it types the answer in typed mode, or presses the matching button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.demo.console import TourFailure, register_command

if TYPE_CHECKING:
    from bot.demo.console import DemoConsole


async def answer(console: DemoConsole, _: str) -> None:
    cog = console.harness.bot.get_cog("Trivia")
    service = getattr(cog, "service", None)
    if service is None:
        raise TourFailure("trivia is not loaded")
    game = await service.active_game(console.channel.id)
    if game is None:
        raise TourFailure(f"no trivia game is running in #{console.channel.name}")
    question = await service.question(game.id, game.current_index)
    if question is None:
        raise TourFailure("the game has no current question")
    right = question.answers[0]
    if game.mode == "typed":
        await console.say(right)
        return
    for message in reversed(console.harness.discord.messages(console.channel)):
        for number, button in enumerate(message.buttons, start=1):
            label = str(button.get("label") or "")
            if label.split(". ", 1)[-1] == right and str(button.get("custom_id", "")).startswith("trivia:"):
                console.last = message
                await console.click(str(number))
                return
    raise TourFailure("no button carries the right answer")


register_command("answer", answer, "play the right answer to the current trivia question")
