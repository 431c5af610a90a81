"""The per-server settings a Red-DiscordBot user looks for, played through the local Discord: the
defaults, the shortest answer time (4 s, as in Red), the answer kept secret or put in spoiler bars
on a timeout, and a tie (Red paid one random winner, Red issue 3931)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.trivia.snapshot import correct_choice
from tests.cogs.trivia.test_games import TRIVIA, _advance, _answer_of, _import_known_list, _wait_for


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        yield harness


async def test_a_new_server_has_reds_defaults_for_the_idle_stop_the_reveal_the_bot_and_the_lists(h: Harness) -> None:
    shown = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "settings")
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert fields["Idle stop"] == "120 s without answers"
    assert fields["Reveal answers"] == "yes"
    assert fields["Bot plays"] == "no"
    assert fields["Lists may override settings"] == "yes"
    assert fields["Answers in spoiler bars"] == "no"


async def test_a_four_second_answer_time_is_taken_and_closes_the_question_after_four_seconds(h: Harness) -> None:
    channel = h.channels["trivia"]
    saved = await h.discord.invoke(h.moderator, channel, "triviaset", "settings", answer_time=4)
    assert "Saved" in saved.text and {"name": "Answer time", "value": "4 s", "inline": True} in saved.embeds[0]["fields"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, mode="typed", category="known")
    await _wait_for(h, channel, "Question 1")
    await _advance(h, 4.5)
    await _wait_for(h, channel, "Time's up")


async def test_with_reveal_off_a_timed_out_answer_stays_secret(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "settings", reveal_answers=False)
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, mode="typed", category="known")
    await _wait_for(h, channel, "Question 1")
    _, _, question = await _answer_of(h, channel.id)
    await _advance(h, 25)
    reveal = (await _wait_for(h, channel, "Time's up"))[-1]
    assert "The answer stays secret in this server." in reveal.text
    assert question.answers[0] not in reveal.text


async def test_with_reveal_off_a_click_is_not_promised_the_answer(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "settings", reveal_answers=False)
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="known")
    message = (await _wait_for(h, channel, "Question 1"))[-1]
    game_id, q_index, question = await _answer_of(h, channel.id)
    ack = await h.discord.click(h.fan, message, f"trivia:{game_id}:{q_index}:{correct_choice(question)}")
    assert "keeps answers secret" in ack.text and "revealed when time is up" not in ack.text


async def test_with_spoiler_answers_on_a_timed_out_answer_is_in_spoiler_bars(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "settings", spoiler_answers=True)
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, mode="typed", category="known")
    await _wait_for(h, channel, "Question 1")
    _, _, question = await _answer_of(h, channel.id)
    await _advance(h, 25)
    reveal = (await _wait_for(h, channel, "Time's up"))[-1]
    assert f"The answer: **||{question.answers[0]}||**" in reveal.text


async def test_players_level_at_the_end_share_the_win_and_each_has_a_win(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=1, category="known")
    message = (await _wait_for(h, channel, "Question 1"))[-1]
    game_id, q_index, question = await _answer_of(h, channel.id)
    right = f"trivia:{game_id}:{q_index}:{correct_choice(question)}"
    for player in (h.fan, h.moderator):  # the same instant on the game's clock: the same points
        await h.discord.click(player, message, right)
    await _advance(h, 25)
    over = (await _wait_for(h, channel, "A shared win!"))[-1]
    assert f"<@{h.fan.id}>" in over.text and f"<@{h.moderator.id}>" in over.text
    board = await h.discord.invoke(h.fan, channel, "trivia", "leaderboard", sort="wins")
    assert board.text.count("**1.**") == 2 and board.text.count("1 win ·") == 2


async def test_points_to_win_that_one_answer_reaches_is_pointed_out_with_reds_way(h: Harness) -> None:
    low = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "settings", points_to_win=10)
    assert low.ephemeral and low.text.startswith("Saved.")
    assert "a game to 10 points can end at its first right answer" in low.text, low.text
    assert "`/trivia start first_to:10`" in low.text
    high = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "settings", points_to_win=100)
    assert "Note" not in high.text


async def test_with_spoiler_answers_on_the_closed_buttons_do_not_show_the_answer_in_green(h: Harness) -> None:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "triviaset", "settings", spoiler_answers=True)
    await h.discord.invoke(h.fan, channel, "trivia", "start", questions=2, category="known")
    message = (await _wait_for(h, channel, "Question 1"))[-1]
    await _advance(h, 25)
    reveal = (await _wait_for(h, channel, "Time's up"))[-1]
    assert "||" in reveal.text
    closed = next(m for m in h.discord.messages(channel) if m.id == message.id)
    choices = [b for b in closed.buttons if str(b["custom_id"]).startswith("trivia:")]
    assert choices and all(b.get("disabled") and b.get("style") != 3 for b in choices)  # 3: green
