"""Demo step `answer`: play the right answer to the current trivia question (for the tour).

The tour cannot know which question the game drew, so this step looks it up in the database and
answers it the way a player would: it types the answer in typed mode, or presses the matching button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.demo.console import TourFailure, register_command
from bot.trivia import snapshot
from db.trivia import games as game_store

if TYPE_CHECKING:
    from bot.demo.console import DemoConsole


async def answer(console: DemoConsole, _: str) -> None:
    async with console.harness.db.read() as conn:
        game = await game_store.active_game_in_channel(conn, console.channel.id)
        if game is None:
            raise TourFailure(f"no trivia game is running in #{console.channel.name}")
        row = await game_store.get_game_question(conn, game.id, game.current_index)
    if row is None:
        raise TourFailure("the game has no current question")
    question = snapshot.load_question(row.question_json)
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
