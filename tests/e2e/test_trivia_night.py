"""A fan server's trivia night, end to end on the local Discord (blind set, host38).

The host, the players and the moderators act through the unmodified discord.py client, real HTTP
and websockets, on the harness's ManualClock; each test asserts what they SEE. Compared with what
Red-DiscordBot's trivia does and what its users still ask for. Written before reading the trivia code.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import Attachment, Channel, Member, Message, RateLimits, Sandbox
from tests.e2e.driving import quick_buckets, until
from tests.e2e.reading import everything

pytestmark = pytest.mark.timeout(120)

# A moderator's list in Red's format: season-1 facts that spoil nothing (E0).
FAN_QUIZ = (
    "AUTHOR: trivia night crew\n"
    "DESCRIPTION: warm-up questions\n"
    "Which high school is locked down in the show?:\n- Hyosan High\n- Hyosan High School\n"
    "Which streaming service released the show?:\n- Netflix\n"
    "What is the webtoon the show adapts called?:\n- Now at Our School\n"
    "In which year did season 1 premiere?:\n- 2022\n"
    "Who plays Nam On-jo?:\n- Park Ji-hu\n"
    "Who plays Lee Su-hyeok?:\n- Lomon\n- Park Solomon\n"
)
ANSWERS = {
    "locked down": "Hyosan High",
    "streaming service": "Netflix",
    "webtoon": "Now at Our School",
    "premiere": "2022",
    "Nam On-jo": "Park Ji-hu",
    "Lee Su-hyeok": "Lomon",
}
# A second Red list whose questions spoil episodes 6 to 12 in their text, answers or both.
LATE_LIST = (
    "AUTHOR: spoiler crew\n"
    "Who bites Nam-ra while she defends Su-hyeok in episode 6?:\n- Gwi-nam\n"
    "What is a zombie that keeps its mind called after Nam-ra is bitten?:\n- halfbie\n- hambie\n"
    "Who goes down the burning shaft with Gwi-nam in episode 11?:\n- Cheong-san\n"
    "Who confesses to Ha-ri in the gym?:\n- Dae-su\n"
    "How many episodes does season 1 have?:\n- 12\n"
)
# What a reader of a channel marked safe up to episode 3 must not see in the clear.
LATE = re.compile(r"halfbie|hambie|burning shaft|confess|bites? nam-?ra|in the gym|jonas|bombing|eun-?ji", re.I)


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path) as harness:
        quick_buckets(harness)
        yield harness


@pytest.fixture
async def roomy(tmp_path: Path) -> AsyncIterator[Harness]:
    """A harness whose Discord lets a channel take posts as fast as the test runs the clock: the real
    one's 5 posts per 5 s are counted in real time, so a game on a clock run ahead waits on them."""
    limits = RateLimits(per_channel=100, per_channel_window=1.0)
    async with Sandbox(rate_limits=limits, clock=ManualClock(dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC))) as discord:
        async with Harness.start(tmp_path, sandbox=discord) as harness:
            yield harness


def unhidden(msg: Message) -> str:
    return re.sub(r"\|\|.*?\|\|", " ", everything(msg), flags=re.S)


def posts(h: Harness, channel: Channel, contains: str = "", *, ephemeral: bool = False) -> list[Message]:
    found = [h.discord.message(m.id) or m for m in h.discord.messages(channel, include_ephemeral=ephemeral)]
    return [m for m in found if m.author_id == h.discord.bot_user_id and contains.lower() in everything(m).lower()]


def questions(h: Harness, channel: Channel) -> list[Message]:
    return [m for m in posts(h, channel) if re.search(r"question \d", everything(m), re.I)]


async def settle(h: Harness, rounds: int = 10) -> None:
    for _ in range(rounds):
        await asyncio.sleep(0.03)


async def import_list(h: Harness, name: str, text: str) -> Message:
    file = Attachment(f"{name}.yaml", text.encode(), "application/x-yaml")
    return await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "import", file=file, name=name)


async def quick(h: Harness, **extra: object) -> None:
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", answer_time=10, pause=0, **extra)


def plain(text: str) -> str:
    """Text with Discord's markdown escapes taken off, as a reader reads it."""
    return re.sub(r"\\(.)", r"\1", text)


def score(text: str, member: Member) -> int:
    """A member's points in the last scores shown (0 when not shown)."""
    found = re.findall(rf"<@!?{member.id}>\W*(?:\*\*)?:?\s*(\d+)\s*pts", text)
    return int(found[-1]) if found else 0


def answer_of(msg: Message) -> str:
    text = plain(everything(msg)).split("Question")[-1]
    return next(a for key, a in ANSWERS.items() if key.lower() in text.lower())


def button_for(msg: Message, answer: str) -> str:
    for row in msg.components:
        for comp in row.get("components", []):
            if answer.lower() in str(comp.get("label", "")).lower():
                return str(comp["custom_id"])
    raise AssertionError(f"no button {answer!r} on {everything(msg)[:300]}")


async def next_question(h: Harness, room: Channel, number: int) -> Message:
    def found() -> list[Message]:
        return [m for m in questions(h, room) if re.search(rf"question {number} of", everything(m), re.I)]

    assert await until(h, lambda: bool(found()), step=0.5), [everything(m)[:80] for m in posts(h, room)]
    return found()[-1]


async def end_of_game(h: Harness, room: Channel, count_before: int = 0) -> str:
    """Run the clock until the game's last post, and return all that was posted since."""
    def after() -> str:
        return "\n".join(everything(m) for m in posts(h, room)[count_before:] if "started trivia" not in everything(m))

    # the end's own field (a tie's too): "won" or "final" also come in questions and answers ("Roh Jae-won", "the finale")
    await until(h, lambda: "Final scores" in after(), rounds=80, step=2.0)
    await settle(h)
    return "\n".join(everything(m) for m in posts(h, room)[count_before:])


async def player(h: Harness, name: str) -> Member:
    return h.discord.add_member(h.guild, name, permissions=MEMBER_PERMISSIONS)


# -- spoilers --------------------------------------------------------------------------------


async def test_a_game_on_our_pack_and_two_red_lists_in_a_channel_safe_to_3_shows_nothing_later(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await import_list(h, "late-quiz", LATE_LIST)
    await h.discord.invoke(h.moderator, room, "spoilers", up_to="ep 3")
    await quick(h)
    lists = everything(await h.discord.invoke(h.moderator, room, "trivia", "lists"))
    ours = next((n for n in ("aouad", "default", "built-in") if n in lists.lower()), None)
    chosen = ", ".join(filter(None, [ours, "fan-quiz", "late-quiz"]))
    await h.discord.invoke(h.moderator, room, "trivia", "start", category=chosen, questions=10, mode="buttons")
    assert await until(h, lambda: bool(questions(h, room)), step=0.5)
    for n in range(1, 11):
        if not await until(h, lambda n=n: len(questions(h, room)) >= n, rounds=30, step=1.0):  # type: ignore[misc]
            break
        q = questions(h, room)[n - 1]
        buttons = [c for row in q.components for c in row.get("components", []) if c.get("custom_id")]
        hint = next((c for c in buttons if "hint" in str(c.get("label", "")).lower()), None)
        if hint is not None and not hint.get("disabled"):
            await h.discord.click(h.fan, q, str(hint["custom_id"]))
        if buttons and not buttons[0].get("disabled"):
            await h.discord.click(h.fan, q, str(buttons[0]["custom_id"]))
    await until(h, lambda: False, rounds=20, step=3.0)
    received = posts(h, room, ephemeral=True)
    assert len(questions(h, room)) >= 3, [everything(m)[:80] for m in received]
    leaks = [unhidden(m)[:200] for m in received if LATE.search(unhidden(m))]
    assert leaks == []


# -- answering -------------------------------------------------------------------------------


async def test_a_typed_answer_and_a_click_at_the_same_moment_score_only_once(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await quick(h)
    typer, clicker = await player(h, "typer"), await player(h, "clicker")
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz", questions=1, mode="buttons")
    q = await next_question(h, room, 1)
    answer = answer_of(q)
    await asyncio.gather(h.discord.say(typer, room, answer.lower()), h.discord.click(clicker, q, button_for(q, answer)))
    final = await end_of_game(h, room)
    scored = [m.name for m in (typer, clicker) if score(final, m) > 0]
    assert len(scored) == 1, final


async def test_a_tie_at_the_end_is_told_as_a_tie_not_a_random_winner(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await quick(h)
    a, b = await player(h, "jiwoo"), await player(h, "minseo")
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz", questions=2, mode="typed")
    for n, who in ((1, a), (2, b)):
        q = await next_question(h, room, n)
        await h.discord.say(who, room, answer_of(q))
    final = await end_of_game(h, room)
    assert re.search(r"\btie|\bdraw|tied|shared", final, re.I), final
    assert score(final, a) == score(final, b) > 0, final


async def test_a_message_listing_several_candidates_scores_nothing(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await quick(h)
    greedy = await player(h, "greedy")
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz", questions=1, mode="typed")
    q = await next_question(h, room, 1)
    options = {"Hyosan High", "Netflix", "Now at Our School", "2022", "Park Ji-hu", "Lomon"}
    await h.discord.say(greedy, room, " ".join(sorted(options)).lower())
    final = await end_of_game(h, room)
    assert score(final, greedy) == 0, final
    assert answer_of(q)  # the question was one of ours


async def test_a_near_miss_is_told_only_to_the_player(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "miss", "What is the webtoon the show adapts called?:\n- Now at Our School\n")
    await quick(h)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="miss", questions=1, mode="typed")
    await next_question(h, room, 1)
    before = len(posts(h, room))
    await h.discord.say(h.fan, room, "now at our")  # chat, no guess
    await h.discord.say(h.fan, room, "now at our skool")
    await settle(h, 20)
    close = re.compile(r"close|almost|nearly|typo|so near", re.I)
    private = [m for m in posts(h, room, ephemeral=True) if m.ephemeral] + list(h.discord.dm_messages(h.fan))
    assert any(close.search(everything(m)) for m in private), [everything(m)[:100] for m in private]
    assert not any(close.search(everything(m)) for m in posts(h, room)[before:])


# -- who runs the game -------------------------------------------------------------------------


async def test_the_host_stops_the_game_and_another_member_cannot(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    other = await player(h, "heckler")
    await h.discord.invoke(h.fan, room, "trivia", "start", category="fan-quiz", questions=5)
    await next_question(h, room, 1)
    refused = await h.discord.invoke(other, room, "trivia", "stop")
    assert refused.ephemeral, everything(refused)
    assert not posts(h, room, "stopped")
    stopped = await h.discord.invoke(h.fan, room, "trivia", "stop")
    assert re.search(r"stop|ended", everything(stopped), re.I), everything(stopped)
    count = len(questions(h, room))
    await until(h, lambda: False, rounds=10, step=5.0)
    assert len(questions(h, room)) == count


async def test_two_start_commands_racing_yield_one_game(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    other = await player(h, "eager")
    replies = await asyncio.gather(
        h.discord.invoke(h.fan, room, "trivia", "start", category="fan-quiz", questions=3),
        h.discord.invoke(other, room, "trivia", "start", category="fan-quiz", questions=3),
    )
    await next_question(h, room, 1)
    await settle(h, 20)
    assert len([m for m in questions(h, room) if re.search(r"question 1\b", everything(m), re.I)]) == 1
    assert sum(1 for r in replies if r.ephemeral and "already" in everything(r).lower()) == 1, [everything(r) for r in replies]


async def test_a_restart_mid_question_goes_on_with_the_scores_kept(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await quick(h)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz", questions=2, mode="typed")
    q1 = await next_question(h, room, 1)
    await h.discord.say(h.fan, room, answer_of(q1))
    q2 = await next_question(h, room, 2)
    await h.restart()
    await settle(h, 20)
    await h.discord.say(h.fan, room, answer_of(q2))
    final = await end_of_game(h, room)
    assert re.search(rf"<@{h.fan.id}>[^\n]*\(2 right", final), final


async def test_nobody_answering_ends_the_game_at_the_idle_limit_saying_why(roomy: Harness) -> None:
    # found after the blind run: the game did stop, but its posts were held by Discord's per-channel
    # limit (real seconds) while the test ran the clock ahead; the roomy Discord takes them at once
    h = roomy
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await quick(h, idle_stop=30)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz", questions=6, mode="typed")
    await next_question(h, room, 1)
    def said() -> str:
        return "\n".join(everything(m) for m in posts(h, room) if "time's up" not in everything(m).lower())  # not a question's own

    assert await until(h, lambda: bool(re.search(r"no one|nobody|inactiv|idle|no answers", said(), re.I)),
                       rounds=60, step=2.0), said()[-600:]
    asked = len(questions(h, room))
    assert asked < 6
    await until(h, lambda: False, rounds=10, step=10.0)
    assert len(questions(h, room)) == asked


async def test_a_list_turned_off_by_a_moderator_cannot_be_started(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await h.discord.invoke(h.moderator, room, "triviaset", "settings", disable_list="fan-quiz")
    refused = await h.discord.invoke(h.fan, room, "trivia", "start", category="fan-quiz", questions=3)
    assert refused.ephemeral, everything(refused)
    assert "fan-quiz" in plain(everything(refused)) and re.search(r"off|disabled", everything(refused), re.I), everything(refused)
    await until(h, lambda: False, rounds=5)
    assert not questions(h, room)


async def test_a_reported_question_reaches_the_moderators_queue(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await h.discord.invoke(h.fan, room, "trivia", "start", category="fan-quiz", questions=2, mode="buttons")
    q = await next_question(h, room, 1)
    report = next((str(c["custom_id"]) for row in q.components for c in row.get("components", [])
                   if "report" in str(c.get("label", "")).lower()), None)
    assert report is not None, everything(q)
    form = await h.discord.click(h.fan, q, report)
    if form.components and form.ephemeral and form.id == 0:  # a modal: say why
        fields = [c for row in form.components for c in row.get("components", [])]
        await h.discord.submit_modal(h.fan, {str(f["custom_id"]): "answer is wrong??" for f in fields if f.get("type") == 4})
    elif form.components:
        first = next(c for row in form.components for c in row.get("components", []) if c.get("custom_id"))
        if first.get("type") == 3:
            await h.discord.click(h.fan, form, str(first["custom_id"]), [first["options"][0]["value"]])
        else:
            await h.discord.click(h.fan, form, str(first["custom_id"]))
    queue = await h.discord.invoke(h.moderator, h.general, "triviaset", "reports")
    key = next(k for k in ANSWERS if k.lower() in everything(q).lower())
    assert key.lower() in everything(queue).lower(), everything(queue)


# -- after the game ----------------------------------------------------------------------------


async def test_the_leaderboard_after_the_game_puts_the_better_player_first(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await quick(h)
    best, second = await player(h, "hari_archer"), await player(h, "daesu_fan")
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz", questions=3, mode="typed")
    for n, who in ((1, best), (2, second), (3, best)):
        q = await next_question(h, room, n)
        await h.discord.say(who, room, answer_of(q))
    await end_of_game(h, room)
    board = everything(await h.discord.invoke(h.fan, room, "trivia", "leaderboard"))
    def where(member: Member) -> int:
        spots = [board.find(x) for x in (member.name, f"<@{member.id}>") if x in board]
        assert spots, board
        return min(spots)

    assert where(best) < where(second), board


async def test_hostile_player_names_are_shown_inert(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await quick(h)
    sneaky = await player(h, "**gwinam** @everyone ||x|| `y`")
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz", questions=1, mode="typed")
    q = await next_question(h, room, 1)
    await h.discord.say(sneaky, room, answer_of(q))
    await end_of_game(h, room)
    board = await h.discord.invoke(h.fan, room, "trivia", "leaderboard")
    shown = [*posts(h, room), board]
    assert all(m.mentions_pinged == [] for m in shown)
    text = "\n".join(everything(m) for m in shown)
    assert "gwinam" in text or f"<@{sneaky.id}>" in text, text
    assert not re.search(r"(?<!\\)\*\*gwinam", text), text
    assert not re.search(r"(?<!\\)\|\|x(?<!\\)\|\|", text), text


async def test_the_host_starting_on_every_list_at_once_names_them_with_their_authors(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await import_list(h, "late-quiz", LATE_LIST)
    started = await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz, late-quiz", questions=3)
    await next_question(h, room, 1)
    told = plain(everything(started) + "\n".join(everything(m) for m in posts(h, room)))
    assert "fan-quiz" in told and "trivia night crew" in told, told[:500]


async def test_the_host_can_skip_a_question_and_a_player_cannot(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await h.discord.invoke(h.fan, room, "trivia", "start", category="fan-quiz", questions=3, mode="typed")
    q1 = await next_question(h, room, 1)
    other = await player(h, "skipper")
    refused = await h.discord.invoke(other, room, "trivia", "skip")
    assert refused.ephemeral, everything(refused)
    assert len(questions(h, room)) == 1
    await h.discord.invoke(h.fan, room, "trivia", "skip")
    await next_question(h, room, 2)
    assert answer_of(q1).lower() in plain("\n".join(everything(m) for m in posts(h, room))).lower()


async def test_a_red_list_with_yaml_traps_keeps_the_answers_as_written(h: Harness) -> None:
    # Red's own traps (peers.md): unquoted 007 read as 7, 1:30 as 90 (sexagesimal YAML 1.1).
    room = h.channels["trivia"]
    traps = "What is the locker number in the fan theory?:\n- 007\nHow long is the shortest episode, h:mm?:\n- 1:30\n"
    await import_list(h, "traps", traps)
    await quick(h)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="traps", questions=2, mode="typed")
    await next_question(h, room, 1)
    await until(h, lambda: len(posts(h, room, "the answer")) >= 2, rounds=60, step=2.0)
    shown = plain("\n".join(everything(m) for m in posts(h, room, "the answer")))
    assert "007" in shown and "1:30" in shown, shown


async def test_a_tie_is_ranked_as_one_place_shared(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    # A long answer time: each answers at once, so each earns the whole speed bonus even on a slow machine.
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", answer_time=300, pause=0)
    a, b, c = await player(h, "ari"), await player(h, "bora"), await player(h, "chae")
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz", questions=3, mode="typed")
    for n, who in ((1, a), (2, b), (3, c)):
        q = await next_question(h, room, n)
        await h.discord.say(who, room, answer_of(q))
    final = await end_of_game(h, room)
    last = final.split("Final scores")[-1]
    ranks = re.findall(r"\*\*(\d+)\.\*\*\s*<@(\d+)>", last)
    assert sorted(r for r, _ in ranks) == ["1", "1", "1"], last


async def test_after_the_host_stops_a_button_game_its_question_takes_no_more_clicks(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await h.discord.invoke(h.fan, room, "trivia", "start", category="fan-quiz", questions=3, mode="buttons")
    q = await next_question(h, room, 1)
    await h.discord.invoke(h.fan, room, "trivia", "stop")
    await until(h, lambda: bool(posts(h, room, "final scores")), rounds=20, step=0.5)
    late = await player(h, "late_clicker")
    now = h.discord.message(q.id)
    open_buttons = [c for row in now.components for c in row.get("components", [])
                    if answer_of(q).lower() in str(c.get("label", "")).lower() and not c.get("disabled")]
    if open_buttons:
        reply = await h.discord.click(late, now, str(open_buttons[0]["custom_id"]))
        assert reply.ephemeral or reply.id == now.id, everything(reply)
    final = "\n".join(everything(m) for m in posts(h, room, "final scores"))
    assert f"<@{late.id}>" not in final


async def test_a_click_after_a_restart_still_counts(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    await quick(h)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="fan-quiz", questions=1, mode="buttons")
    q = await next_question(h, room, 1)
    await h.restart()
    await settle(h, 20)
    await h.discord.click(h.fan, q, button_for(q, answer_of(q)))
    final = await end_of_game(h, room)
    assert score(final, h.fan) > 0, final


async def test_a_host_asking_for_more_questions_than_fit_is_told_how_many_at_the_start(h: Harness) -> None:
    # found after the blind run: asked for 6 of a 6-question list, the game ran 5 and said only "up to 5"
    room = h.channels["trivia"]
    await import_list(h, "late-quiz", LATE_LIST)  # 4 of its 5 name something from the show
    started = await h.discord.invoke(h.fan, room, "trivia", "start", category="late-quiz", questions=5, mode="typed")
    text = plain(everything(started))
    assert re.search(r"\b1 of the 5\b", text), text
    assert "spoil" in text, text


async def test_a_list_whose_question_and_answer_carry_markdown_and_pings_shows_them_inert(h: Harness) -> None:
    room = h.channels["trivia"]
    crew = h.discord.add_role(h.guild, "night crew", mentionable=True)
    hostile = f"Who is **on-jo**'s ||best friend|| @here <@&{crew.id}>?:\n- '@everyone ||yoon chan-young||'\n"
    await import_list(h, "hostile", hostile)
    await quick(h)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="hostile", questions=1, mode="typed")
    await next_question(h, room, 1)
    await until(h, lambda: bool(posts(h, room, "final scores")), rounds=30, step=2.0)
    shown = posts(h, room)
    assert len(shown) >= 3, [everything(m)[:80] for m in shown]
    assert all(m.mentions_pinged == [] for m in shown)
    text = "\n".join(m.content + "\n".join(str(e.get("description") or "") + str(e.get("title") or "")
                                          for e in m.embeds) for m in shown)
    assert not re.search(r"(?<!\\)\*\*on-jo", text), text


async def test_after_a_restart_the_host_still_may_stop_and_another_member_still_may_not(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "fan-quiz", FAN_QUIZ)
    other = await player(h, "not_the_host")
    await h.discord.invoke(h.fan, room, "trivia", "start", category="fan-quiz", questions=4, mode="typed")
    await next_question(h, room, 1)
    await h.restart()
    refused = await h.discord.invoke(other, room, "trivia", "stop")
    assert refused.ephemeral, everything(refused)
    stopped = await h.discord.invoke(h.fan, room, "trivia", "stop")
    assert re.search(r"stop|ended", everything(stopped), re.I), everything(stopped)
