"""Trivia the way a server plays it, end to end through the local Discord: lists a moderator really
writes (YAML traps, markdown and pings in a question, a long answer, Korean, CRLF and a BOM) uploaded
with /triviaset import, then played typed and with buttons, over several lists, to first_to, stopped,
across a restart; what players see is asserted (the question inert, the answer as its author wrote
it, the scores, the boards afterwards). Hostile uploads get one clear refusal and change nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment, RateLimits, Sandbox
from bot.sandbox.models import MEMBER_PERMISSIONS, Member, Message
from bot.trivia.kinds import answer_kind
from db.trivia import answers as answer_store
from db.trivia import lists as list_store
from tests.cogs.spoiler_oracle import outside_bars, plain
from tests.cogs.trivia.test_games import TRIVIA, _answer_of, _said_publicly, _wait_for, trivia_service
from tests.polling import eventually

MIXED = (
    "\ufeffAUTHOR: Min-ji (mod)\r\n"
    "DESCRIPTION: Our server's mixed bag\r\n"
    "In which year is Orwell's most famous novel set?:\r\n- 1984\r\n"
    "Is water wet?:\r\n- yes\r\n"
    "Pi to two decimals?:\r\n- 3.14\r\n"
    "Which planet is closest to the sun?:\r\n- Mercury\r\n"
    "Which English city has the famous Minster?:\r\n- York\r\n"
    "\"Hey <@123> @everyone, what does **this** ||hidden|| `code` say?\":\r\n- nothing\r\n"
    "What is the full title of the first film?:\r\n- \"The Lord of the Rings: The Fellowship of the Ring\"\r\n"
    "지금 우리 학교는 주인공의 이름은?:\r\n- 남온조\r\n- Nam On-jo\r\n"
).encode("utf-8")
CAPITALS = b"".join(
    b"Capital of %s?:\n- %s\n" % (country, city)
    for country, city in (
        (b"France", b"Paris"), (b"Italy", b"Rome"), (b"Spain", b"Madrid"), (b"Japan", b"Tokyo"),
        (b"Egypt", b"Cairo"), (b"Peru", b"Lima"),
    )
)
YEARS = b"".join(
    b"In which year did %s happen?:\n- %d\n" % (event, year)
    for event, year in (
        (b"the moon landing", 1969), (b"the fall of the Berlin Wall", 1989), (b"the Titanic sinking", 1912),
        (b"the first iPhone", 2007), (b"the end of World War II", 1945),
    )
)
# What the players type for each answer: chat, the mistakes players make, then the right answer.
PLAYS: dict[str, list[str]] = {
    "1984": ["ooh i read this", "nineteen eighty four"],
    "yes": ["lol", "yes!"],
    "3.14": ["3,14"],
    "Mercury": ["freddie mercury", "mercury"],
    "York": ["new york", "york"],
    "nothing": ["nothign"],
    "The Lord of the Rings: The Fellowship of the Ring": ["lord of the rings fellowship of the ring"],
    "남온조": ["남 온조"],
}


@pytest.fixture
async def h(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Harness]:
    # Whole games post and edit more than Discord's 5 messages per 5 s in one channel; the bot waits that out
    # correctly (tests/cogs/trivia/test_faults.py), so here the local Discord has no limits, or every
    # game would wait on the wall clock.
    async with (
        Sandbox(rate_limits=RateLimits.unlimited()) as sandbox,
        Harness.start(tmp_path, clock=clock, extensions=TRIVIA, sandbox=sandbox) as harness,
    ):
        for name in trivia_service(harness).built_in_lists():  # only the server's own lists
            await harness.discord.invoke(
                harness.moderator, harness.channels["general"], "triviaset", "settings", disable_list=name
            )
        yield harness


async def _import(h: Harness, filename: str, data: bytes) -> Message:
    # (the bot defers at once; the bound only catches a hang: reading 50,000 questions takes ~2 s on a quiet machine and
    # over 20 s on a loaded one)
    return await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "import", file=Attachment(filename, data), timeout=90
    )


async def _imported(h: Harness) -> list[tuple[str, int]]:
    async with h.db.read() as conn:
        return [(row.name, row.question_count) for row in await list_store.imported_lists(conn, h.guild.id)]


def _player(h: Harness, name: str) -> Member:
    return h.discord.add_member(h.guild, name, permissions=MEMBER_PERMISSIONS)


async def _guessed(h: Harness, member: Member, count: int) -> None:
    """Wait until the game has counted `count` guesses of `member` on the current question."""
    game_id, q_index, _ = await _answer_of(h, h.channels["trivia"].id)
    key = (game_id, q_index, member.id)

    async def counted() -> bool:
        async with h.db.read() as conn:
            return (await answer_store.guess_counts(conn, [key])).get(key, 0) >= count

    if await eventually(counted, 5.0):
        return
    raise AssertionError(f"{member.name} has not {count} guesses counted")


async def _reveals(h: Harness, count: int) -> list[Message]:
    """The answer reveals posted in the trivia channel, once there are `count` of them."""
    def found() -> list[Message]:
        return [m for m in h.discord.messages(h.channels["trivia"]) if m.embed and "The answer:" in str(m.embed.get("description"))]

    if await eventually(lambda: len(found()) >= count, 5.0):
        return found()
    raise AssertionError(f"no {count} reveals")


async def _next_question(h: Harness, number: int) -> tuple[Message, object]:
    channel = h.channels["trivia"]
    message = (await _wait_for(h, channel, "Question", number))[-1]
    _, _, question = await _answer_of(h, channel.id)
    return message, question


async def test_a_moderators_list_with_yaml_traps_crlf_and_a_bom_imports_every_question_as_written(h: Harness) -> None:
    reply = await _import(h, "Server Mix.yaml", MIXED)
    assert reply.ephemeral and reply.text.startswith("Imported **server-mix**: 8 questions.")
    assert "'yes' is unquoted" in plain(reply.text)  # the YAML trap is said, and the text kept
    assert "count as spoiling" not in reply.text  # nothing here names the show
    info = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list="server-mix")
    fields = {f["name"]: f["value"] for f in info.embeds[0]["fields"]}
    assert fields["Questions"] == "8" and fields["Spoilers"] == "8 spoil nothing (asked anywhere)"
    assert "by Min\\-ji \\(mod\\)" in info.embeds[0]["description"]


async def test_a_typed_game_with_several_players_reads_them_fairly_and_shows_what_the_author_wrote(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import(h, "server-mix.yaml", MIXED)
    await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "settings", points_to_win=10000, pause=0)
    rival = _player(h, "rival")
    start = await h.discord.invoke(h.fan, channel, "trivia", "start", mode="typed", questions=8)
    assert "up to 8 questions, typed mode" in start.text
    seen: dict[str, str] = {}
    for number in range(1, 9):
        message, question = await _next_question(h, number)
        shown = question.answers[0]  # type: ignore[attr-defined]
        seen[shown] = str(message.embed["description"])
        await h.discord.say(rival, channel, "brb")  # a bystander's chat
        for text in PLAYS[shown]:
            await h.discord.say(h.fan, channel, text)
        await _wait_for(h, channel, "Correct!", number)
        if number < 8:
            await h.advance(dt.timedelta(seconds=10))
    reveals = [m for m in h.discord.messages(channel) if m.embed and "The answer:" in str(m.embed.get("description"))]
    answers = [plain(str(m.embed["description"]).split("**")[1]) for m in reveals]
    assert {"1984", "yes", "3.14", "Mercury", "York", "nothing", "남온조"} <= set(answers)
    # the question with pings, markdown and a spoiler: no ping, markdown inert, the bar kept
    injected = next(text for answer, text in seen.items() if answer == "nothing")
    assert "<@123>" not in injected and "@everyone" not in injected
    assert "\\*\\*this\\*\\*" in injected and "\\`code\\`" in injected
    assert "hidden" in injected and "hidden" not in outside_bars(injected)
    assert seen["남온조"] == "지금 우리 학교는 주인공의 이름은?"
    scored = {
        plain(str(m.embed["description"]).split("**")[1]): f"<@{h.fan.id}>" in str(m.embed["description"])
        for m in reveals
    }
    # right: the year in words, "yes!", "3,14", mercury after freddie mercury, york after new york,
    # "nothign" (a typo), the long title without its subtitle's article, the Korean name with a space
    assert scored == {
        "1984": True, "yes": True, "3.14": True, "Mercury": True, "York": True, "nothing": True,
        "The Lord of the Rings: The Fellowship of the Ring": True, "남온조": True,
    }
    over = (await _wait_for(h, channel, "We have a winner"))[-1]
    assert f"<@{h.fan.id}>" in over.text and "8 right" in over.text and f"<@{rival.id}>" not in over.text


async def test_a_wrong_guess_before_the_right_one_costs_a_guess_but_still_wins(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import(h, "server-mix.yaml", MIXED)
    await h.discord.invoke(h.fan, channel, "trivia", "start", mode="typed", questions=8, first_to=1)
    _, question = await _next_question(h, 1)
    shown = question.answers[0]  # type: ignore[attr-defined]
    await h.discord.say(h.fan, channel, "freddie mercury" if shown == "Mercury" else "new york")
    await h.discord.say(h.fan, channel, PLAYS[shown][-1])
    over = (await _wait_for(h, channel, "We have a winner"))[-1]
    assert f"<@{h.fan.id}>" in over.text and "1 right" in over.text


async def test_freddie_mercury_is_not_the_planet_and_new_york_is_not_york(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import(h, "places.yaml", b"Which planet is closest to the sun?:\n- Mercury\n"
                  b"Which English city has the famous Minster?:\n- York\n")
    await h.discord.invoke(h.fan, channel, "trivia", "start", mode="typed", questions=2)
    for number in (1, 2):
        _, question = await _next_question(h, number)
        wrong = "freddie mercury" if question.answers[0] == "Mercury" else "new york"  # type: ignore[attr-defined]
        await h.discord.say(h.fan, channel, wrong)
        await _guessed(h, h.fan, 1)
        await h.advance(dt.timedelta(seconds=30))
        reveal = (await _wait_for(h, channel, "Time's up", number))[-1]
        assert "Nobody got it." in reveal.text
        await h.advance(dt.timedelta(seconds=10))


async def test_buttons_offer_options_of_the_same_kind_without_duplicates_and_the_right_one(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import(h, "years.yaml", YEARS)
    await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "settings", points_to_win=10000, pause=0)
    await h.discord.invoke(h.fan, channel, "trivia", "start", category="years", questions=5)
    for number in range(1, 6):
        message, question = await _next_question(h, number)
        labels = [str(b["label"]).split(". ", 1)[1] for b in message.buttons if str(b["custom_id"]).startswith("trivia:")]
        right = question.answers[0]  # type: ignore[attr-defined]
        assert len(labels) == len(set(labels)) == 4 and right in labels
        assert {answer_kind(label, "In which year?") for label in labels} == {answer_kind(right, "In which year?")}
        game_id, q_index, _ = await _answer_of(h, channel.id)
        await h.discord.click(h.fan, message, f"trivia:{game_id}:{q_index}:{labels.index(right)}")
        await h.advance(dt.timedelta(seconds=30))
        await _reveals(h, number)
        if number < 5:
            await h.advance(dt.timedelta(seconds=10))


async def test_a_game_over_two_uploaded_lists_asks_from_both(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import(h, "capitals.yaml", CAPITALS)
    await _import(h, "years.yaml", YEARS)
    await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "settings", points_to_win=10000, pause=0)
    start = await h.discord.invoke(h.fan, channel, "trivia", "start", category="capitals, years", mode="typed", questions=11)
    assert "up to 11 questions" in await _said_publicly(h, channel, start, "up to 11 questions")
    footers: set[str] = set()
    for number in range(1, 12):
        message, question = await _next_question(h, number)
        footers.add(str(message.embed["footer"]["text"]).split(" · ")[0])
        await h.discord.say(h.fan, channel, question.answers[0])  # type: ignore[attr-defined]
        await _wait_for(h, channel, "Correct!", number)
        if number < 11:
            await h.advance(dt.timedelta(seconds=10))
    assert footers == {"capitals", "years"}


async def test_first_to_two_ends_the_game_at_the_second_right_answer(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import(h, "capitals.yaml", CAPITALS)
    start = await h.discord.invoke(h.fan, channel, "trivia", "start", mode="typed", first_to=2)
    assert "The first to 2 right answers wins" in start.text
    for number in (1, 2):
        _, question = await _next_question(h, number)
        await h.discord.say(h.fan, channel, f"i think its {question.answers[0]}")  # type: ignore[attr-defined]
        await _wait_for(h, channel, "Correct!", number)
        if number == 1:
            await h.advance(dt.timedelta(seconds=10))
    over = (await _wait_for(h, channel, "We have a winner"))[-1]
    assert "2 right" in over.text and len([m for m in h.discord.messages(channel) if m.embed and
                                           str(m.embed.get("title", "")).startswith("Question")]) == 2


async def test_a_game_is_stopped_by_its_starter_or_a_moderator_and_nobody_else(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import(h, "capitals.yaml", CAPITALS)
    other = _player(h, "other")
    await h.discord.invoke(h.fan, channel, "trivia", "start", mode="typed")
    refused = await h.discord.invoke(other, channel, "trivia", "stop")
    assert refused.ephemeral and "Only the player who started this game or a moderator" in refused.text
    stopped = await h.discord.invoke(h.fan, channel, "trivia", "stop")
    assert f"<@{h.fan.id}> stopped the game" in stopped.text
    await _wait_for(h, channel, "Game over")
    await h.discord.invoke(other, channel, "trivia", "start", mode="typed")
    by_moderator = await h.discord.invoke(h.moderator, channel, "trivia", "stop")
    assert f"<@{h.moderator.id}> stopped the game" in by_moderator.text


async def test_a_typed_game_resumed_after_a_restart_still_refuses_two_answers_of_its_list(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import(h, "capitals.yaml", CAPITALS)
    await h.discord.invoke(h.fan, channel, "trivia", "start", mode="typed", questions=3)
    _, question = await _next_question(h, 1)
    await h.restart()
    right = question.answers[0]  # type: ignore[attr-defined]
    other = "Lima" if right != "Lima" else "Rome"
    await h.discord.say(h.fan, channel, f"{right.lower()} {other.lower()}")
    await _guessed(h, h.fan, 1)  # "paris lima" names two answers of the list: a guess, not a right one
    assert not [m for m in h.discord.messages(channel) if m.embed and m.embed.get("title") == "Correct!"]
    await h.discord.say(h.fan, channel, right)
    reveal = (await _wait_for(h, channel, "Correct!"))[-1]
    assert f"<@{h.fan.id}>" in reveal.text
    await h.advance(dt.timedelta(seconds=10))
    await _next_question(h, 2)  # the game goes on


async def test_the_boards_after_a_game_show_the_winner_as_red_users_expect(h: Harness) -> None:
    channel = h.channels["trivia"]
    await _import(h, "capitals.yaml", CAPITALS)
    rival = _player(h, "rival")
    await h.discord.invoke(h.fan, channel, "trivia", "start", mode="typed", first_to=2)
    for number in (1, 2):
        _, question = await _next_question(h, number)
        await h.discord.say(rival, channel, "Berlin")
        await h.discord.say(h.fan, channel, question.answers[0])  # type: ignore[attr-defined]
        await _wait_for(h, channel, "Correct!", number)
        if number == 1:
            await h.advance(dt.timedelta(seconds=10))
    await _wait_for(h, channel, "We have a winner")
    for sort in ("points", "wins", "average", "games"):
        board = await h.discord.invoke(h.fan, channel, "trivia", "leaderboard", sort=sort)
        description = str(board.embeds[0]["description"])
        assert description.index(f"<@{h.fan.id}>") < description.index(f"<@{rival.id}>"), sort
    per_list = await h.discord.invoke(h.fan, channel, "trivia", "leaderboard", options={"list": "capitals"})
    assert f"<@{h.fan.id}>" in str(per_list.embeds[0]["description"])
    stats = await h.discord.invoke(h.fan, channel, "trivia", "stats")
    fields = {f["name"]: f["value"] for f in stats.embeds[0]["fields"]}
    assert fields["Games"] == "1" and fields["Wins"] == "1" and fields["Right / wrong"].startswith("2 / 0")
    theirs = await h.discord.invoke(h.fan, channel, "trivia", "stats", member=rival)
    rival_fields = {f["name"]: f["value"] for f in theirs.embeds[0]["fields"]}
    assert rival_fields["Wins"] == "0" and rival_fields["Right / wrong"].startswith("0 / 2")


BOMB = (
    b"a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    b"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
)
HOSTILE = {
    "ten-megabytes": ("big.yaml", b"# x\n" * (10 * 1024 * 1024 // 4) + b"Q?:\n- a\n", "lists can be at most"),
    "binary": ("pic.yaml", bytes(range(256)) * 10, "not text but binary data"),
    "yaml-bomb": ("bomb.yaml", BOMB, "aliases repeat more than"),
    "fifty-thousand": ("huge.yaml", b"".join(b"Q%d?:\n- a\n" % i for i in range(50_000)), "the limit is 20000"),
    # (a .txt is read since stop 40, a quiz of `Question:` / `Answer:` lines: a name no text has is refused unread)
    "exe-with-yaml": ("list.exe", b"AUTHOR: me\nWhat?:\n- this\n", "is not a YAML file"),
    "path-in-name": ("../../x.yaml", b"AUTHOR: me\nWhat?:\n- this\n", "not a plain file name"),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
async def test_a_hostile_upload_gets_one_clear_refusal_and_changes_nothing(h: Harness, case: str) -> None:
    await _import(h, "capitals.yaml", CAPITALS)
    filename, data, said = HOSTILE[case]
    reply = await _import(h, filename, data)
    assert reply.ephemeral and said in reply.text and "Nothing was imported" in reply.text
    assert "went wrong" not in reply.text
    assert await _imported(h) == [("capitals", 6)]
