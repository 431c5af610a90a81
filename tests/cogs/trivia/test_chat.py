"""Typed mode in a chatty channel, through the local Discord: chat is not a guess, and a guess the
game does not take gets a word (a reaction on it, a direct message past the limit)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.models import ADD_REACTIONS, MEMBER_PERMISSIONS, Member, Message
from db.trivia import answers as answer_store
from db.trivia import games as game_store
from tests.cogs.trivia.test_games import (
    TRIVIA,
    _advance,
    _answer_of,
    _import_known_list,
    _wait_for,
    trivia_service,
)
from tests.polling import eventually

CHAT = ("lol", "this one is hard", "brb", "ㅋㅋㅋ 뭐야", "i hate him", "so cute")


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path, clock=clock, extensions=TRIVIA) as harness:
        await _import_known_list(harness)
        for name in trivia_service(harness).built_in_lists():  # only the known list's questions
            await harness.discord.invoke(
                harness.moderator, harness.channels["general"], "triviaset", "settings", disable_list=name
            )
        yield harness


def _bystander(h: Harness) -> Member:
    return h.discord.add_member(h.guild, "bystander", permissions=MEMBER_PERMISSIONS)


async def _typed_game(h: Harness, questions: int) -> tuple[int, Any]:
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "trivia", "start", questions=questions, mode="typed")
    await _wait_for(h, channel, "Question")
    game_id, _, question = await _answer_of(h, channel.id)
    return game_id, question


async def _reactions(h: Harness, said: Message) -> dict[str, list[int]]:
    await eventually(lambda: bool(h.discord.message(said.id).reactions), 5.0)
    return h.discord.message(said.id).reactions


async def _guessed(h: Harness, key: tuple[int, int, int]) -> bool:
    """Whether the game has counted a guess of that player on that question (game, question, player)."""
    async with h.db.read() as conn:
        return bool(await answer_store.guess_counts(conn, [key]))


async def _dms(h: Harness, member: Member, count: int = 1) -> list[str]:
    await eventually(lambda: len(h.discord.dm_messages(member)) >= count, 5.0)
    return [m.text for m in h.discord.dm_messages(member)]


async def test_a_right_fourth_message_after_three_lines_of_chat_wins(h: Harness) -> None:
    channel = h.channels["trivia"]
    _, question = await _typed_game(h, 2)
    for line in CHAT:
        await h.discord.say(h.fan, channel, line)
    await h.discord.say(h.fan, channel, question.answers[0])
    reveal = await _wait_for(h, channel, "Correct!")
    assert f"<@{h.fan.id}>" in reveal[-1].text


async def test_chat_costs_a_player_no_guess(h: Harness) -> None:
    """Chat, and a Discord reply to another member's message (what they said to each other, the answer's words
    too), cost no guess; a reply to the bot's question, or to the player's own message, is a guess. On the next
    question a reply to the bot's messages before it (the reveal and its scores, the question before) is chat, and a
    reply to another member that mentions the bot is said to the game (stop 65)."""
    channel = h.channels["trivia"]
    game_id, question = await _typed_game(h, 2)
    asked = (await _wait_for(h, channel, "Question"))[-1]
    chatted = [await h.discord.say(h.fan, channel, line) for line in CHAT]
    await h.discord.say(h.fan, channel, question.choices[1], reply_to=chatted[0])  # one wrong attempt, under their own line
    mate = await h.discord.say(_bystander(h), channel, "is it this one?")
    for line in (question.choices[2], question.choices[3], question.answers[0]):
        await h.discord.say(h.fan, channel, line, reply_to=mate)
    await h.discord.say(h.fan, channel, question.answers[0], reply_to=asked)
    won = await _wait_for(h, channel, "Correct!")
    await _advance(h, 5)
    now_asked = (await _wait_for(h, channel, "Question", 2))[-1]
    _, _, second = await _answer_of(h, channel.id)
    for earlier in (won[-1], asked):  # the reveal with its scores, and the question before: chat
        await h.discord.say(h.fan, channel, second.choices[1], reply_to=earlier)
    await h.discord.say(h.fan, channel, second.answers[0], reply_to=won[-1])  # taken, it would have ended the game at 3
    await h.discord.say(h.fan, channel, second.choices[2], reply_to=now_asked)  # a wrong attempt
    await eventually(lambda: _guessed(h, (game_id, 1, h.fan.id)), 5.0)  # counted before the right answer below is read
    await h.discord.say(h.fan, channel, f"<@{h.discord.bot_user_id}> {second.answers[0]}", reply_to=mate)
    await _wait_for(h, channel, "We have a winner")
    async with h.db.read() as conn:
        counts = await answer_store.guess_counts(conn, [(game_id, 0, h.fan.id), (game_id, 1, h.fan.id)])
    assert counts == {(game_id, 0, h.fan.id): 2, (game_id, 1, h.fan.id): 2} and len(won) == 1


async def test_a_bystander_who_only_chats_is_not_a_player(h: Harness) -> None:
    channel = h.channels["trivia"]
    bystander = _bystander(h)
    game_id, question = await _typed_game(h, 1)
    for line in CHAT:
        await h.discord.say(bystander, channel, line)
    await h.discord.say(h.fan, channel, question.answers[0])
    await _wait_for(h, channel, "We have a winner")
    async with h.db.read() as conn:
        guessers = await answer_store.guessers(conn, game_id, 0)
        players = [score.user_id for score in await game_store.scores(conn, game_id)]
    assert bystander.id not in guessers and bystander.id not in players
    assert all(f"<@{bystander.id}>" not in m.text for m in h.discord.messages(channel))


async def test_chat_gets_no_reaction(h: Harness) -> None:
    channel = h.channels["trivia"]
    game_id, question = await _typed_game(h, 2)
    said = await h.discord.say(h.fan, channel, "lol")
    await h.discord.say(h.fan, channel, question.choices[1])  # a wrong attempt, counted after the chat
    await eventually(lambda: _guessed(h, (game_id, 0, h.fan.id)), 5.0)
    assert h.discord.message(said.id).reactions == {}


async def test_a_guess_past_the_limit_is_marked_and_told_so(h: Harness) -> None:
    channel = h.channels["trivia"]
    _, question = await _typed_game(h, 2)
    for _ in range(3):
        await h.discord.say(h.fan, channel, question.choices[1])
    late = await h.discord.say(h.fan, channel, question.choices[2])
    assert list(await _reactions(h, late)) == ["\N{NO ENTRY}"]
    told = await _dms(h, h.fan)
    assert len(told) == 1 and "not counted" in told[0] and "3 guesses" in told[0]


async def test_a_right_answer_past_the_limit_does_not_win_and_says_why(h: Harness) -> None:
    channel = h.channels["trivia"]
    game_id, question = await _typed_game(h, 2)
    for _ in range(3):
        await h.discord.say(h.fan, channel, question.choices[1])
    late = await h.discord.say(h.fan, channel, question.answers[0])
    assert list(await _reactions(h, late)) == ["\N{NO ENTRY}"]
    async with h.db.read() as conn:
        assert await answer_store.answers_for(conn, game_id, 0) == []


async def test_every_guess_past_the_limit_is_marked_but_only_the_first_is_messaged(h: Harness) -> None:
    channel = h.channels["trivia"]
    _, question = await _typed_game(h, 2)
    for _ in range(3):
        await h.discord.say(h.fan, channel, question.choices[1])
    late = [await h.discord.say(h.fan, channel, question.choices[i]) for i in (2, 3, 1)]
    for said in late:
        assert list(await _reactions(h, said)) == ["\N{NO ENTRY}"]
    assert len(await _dms(h, h.fan)) == 1


async def test_a_guess_after_the_question_closed_gets_an_hourglass(h: Harness) -> None:
    channel = h.channels["trivia"]
    bystander = _bystander(h)
    _, question = await _typed_game(h, 2)
    await h.discord.say(h.fan, channel, question.answers[0])
    await _wait_for(h, channel, "Correct!")
    late = await h.discord.say(bystander, channel, question.answers[0])
    assert list(await _reactions(h, late)) == ["\N{HOURGLASS}"]


async def test_a_bot_that_cannot_react_tells_an_ignored_guess_by_direct_message(h: Harness) -> None:
    channel = h.channels["trivia"]
    bystander = _bystander(h)
    _, question = await _typed_game(h, 2)
    h.discord.set_overwrite(channel, None, deny=ADD_REACTIONS)
    await h.discord.say(h.fan, channel, question.answers[0])
    await _wait_for(h, channel, "Correct!")
    late = await h.discord.say(bystander, channel, question.answers[0])
    told = await _dms(h, bystander)
    assert len(told) == 1 and "closed" in told[0]
    assert h.discord.message(late.id).reactions == {}


async def test_an_answer_just_after_the_game_ended_gets_an_hourglass(h: Harness) -> None:
    channel = h.channels["trivia"]
    bystander = _bystander(h)
    _, question = await _typed_game(h, 1)
    await h.discord.say(h.fan, channel, question.answers[0])
    await _wait_for(h, channel, "We have a winner")
    late = await h.discord.say(bystander, channel, question.answers[0])
    assert list(await _reactions(h, late)) == ["\N{HOURGLASS}"]
