"""The moderators' weeks before season 2, end to end on the local Discord (blind set, mods37).

Each test plays what a moderator (or a member poking at moderator commands) does, through the
unmodified discord.py client, and asserts what they SEE: replies, ephemeral answers, posts.
Everything talks to the sandbox on 127.0.0.1 only, on the harness's ManualClock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.harness import MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, Harness
from bot.sandbox import Attachment, Channel, Message
from tests.e2e import driving

pytestmark = pytest.mark.timeout(120)

NETFLIX = "https://about.netflix.com/en/news/all-of-us-are-dead-season-2-date"
SOOMPI = "https://www.soompi.com/article/aouad-season-2-march"


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path) as harness:
        yield harness


def seen(message: Message) -> str:
    """Everything a reader sees of a message: its text and its embeds' words."""
    parts = [message.content]
    for embed in message.embeds:
        parts += [str(embed.get("title") or ""), str(embed.get("description") or "")]
        for field in embed.get("fields") or []:
            parts += [str(field.get("name") or ""), str(field.get("value") or "")]
        parts.append(str((embed.get("footer") or {}).get("text") or ""))
    return "\n".join(parts)


def bot_posts(h: Harness, channel: Channel, contains: str = "") -> list[Message]:
    return [
        m for m in h.discord.messages(channel)
        if m.author_id == h.discord.bot_user_id and contains.lower() in seen(m).lower()
    ]


async def settle(h: Harness, rounds: int = 12, step: dt.timedelta = dt.timedelta(seconds=5)) -> None:
    """Let the bot's queues work: each round, until its tasks are over (driving.quiet, on events, not a
    fixed 0.1 s that cost 1.4 s a call), then the clock moves for its schedules (retries fall due)."""
    for _ in range(rounds):
        await driving.quiet(h)
        await h.advance(step)
    await driving.quiet(h)


async def until(h: Harness, check: Callable[[], bool], rounds: int = 40) -> bool:
    return await driving.until(h, check, rounds, step=5.0)


async def subscribe(h: Harness, channel: Channel) -> Message:
    return await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=channel)


async def report_official_date(h: Harness, when: str = "2027-03-19 17:00 KST", url: str = NETFLIX) -> Message:
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report",
        milestone="release_date_announced", source_url=url, date="yesterday", official=True, release_date=when,
    )
    # An official date may ask first (a role to ping, another date standing): the moderator confirms.
    for row in reply.components:
        for button in row.get("components", []):
            label = str(button.get("label", "")).lower()
            if "confirm" in label or "yes" in label or "post it" in label:
                return await h.discord.click(h.moderator, reply, button["custom_id"])
    return reply


# -- spoiler marks -------------------------------------------------------------------------------


async def test_marking_a_channel_then_moving_the_mark_says_each_time_where_it_stands(h: Harness) -> None:
    first = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="ep 5 pls")
    assert "episode 5" in seen(first).lower()
    moved = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="S1E8 spoilers ok")
    assert "episode 8" in seen(moved).lower()
    assert "episode 5" not in seen(moved).lower() or "was" in seen(moved).lower()
    none = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="노스포")
    assert "episode 8" not in seen(none).lower() or "no spoiler" in seen(none).lower()
    # A member at S1E12 asking in the now spoiler-free channel gets the death hidden.
    await h.discord.invoke(h.fan, h.general, "progress", watched="finished season 1")
    answer = await h.discord.invoke(h.fan, h.general, "ask", question="how does on-jo's dad die")
    assert "||" in answer.content or "spoiler" in seen(answer).lower() or "privately" in str(answer.components).lower()


async def test_a_thread_mark_cleared_follows_its_channel_again(h: Harness) -> None:
    thread = h.discord.add_thread(h.general, "ep 8 reactions")
    await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="3")
    own = await h.discord.invoke(h.moderator, thread, "spoilers", up_to="8화까지 스포 허용")
    assert "episode 8" in seen(own).lower()
    cleared = await h.discord.invoke(h.moderator, thread, "spoilers", up_to="follow channel")
    text = seen(cleared).lower()
    assert "episode 3" in text, text


async def test_a_member_without_manage_server_is_refused_and_nothing_changes(h: Harness) -> None:
    # The server shows the moderators' commands to everyone (Server Settings > Integrations): the
    # bot must still check the permission itself.
    for name in ("season2set", "triviaset", "spoilers"):
        h.discord.set_command_permission(h.guild, name, h.fan, True)
    refusals = [
        await h.discord.invoke(h.fan, h.general, "season2set", "announce", "set", channel=h.general),
        await h.discord.invoke(h.fan, h.general, "triviaset", "settings", answer_time=5),
        await h.discord.invoke(h.fan, h.general, "spoilers", up_to="full spoilers"),
        await h.discord.invoke(
            h.fan, h.general, "season2set", "report", milestone="release_date_announced",
            source_url=NETFLIX, date="today", official=True, release_date="2027-01-01",
        ),
    ]
    for reply in refusals:
        assert reply.ephemeral, seen(reply)
        text = seen(reply).lower()
        assert "manage server" in text or "manage channels" in text or "permission" in text, text
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert f"<#{h.general.id}>" not in seen(listed)
    assert not bot_posts(h, h.general)  # nothing posted for anyone to see
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "1 January 2027" not in seen(status) and "about.netflix.com" not in seen(status)


# -- announcement channels --------------------------------------------------------------------------


async def test_subscribe_test_post_unsubscribe_and_nothing_more_arrives(h: Harness) -> None:
    news = h.channels["announcements"]
    done = await subscribe(h, news)
    assert done.ephemeral and f"<#{news.id}>" in seen(done)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert f"<#{news.id}>" in seen(listed)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    assert await until(h, lambda: len(bot_posts(h, news)) == 1)
    off = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off", channel=news)
    assert off.ephemeral and f"<#{news.id}>" in seen(off)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    line = next(x for x in seen(listed).splitlines() if f"<#{news.id}>" in x)
    assert "off" in line, line  # kept in the list, shown as turned off
    await report_official_date(h)
    await settle(h)
    assert len(bot_posts(h, news)) == 1  # only the test post


async def test_a_subscribed_channel_deleted_tells_the_moderators_and_keeps_the_others(h: Harness) -> None:
    news, general = h.channels["announcements"], h.general
    await subscribe(h, news)
    await subscribe(h, general)
    h.discord.delete_channel(news)
    await driving.handled(h, "guild_channel_delete")
    await report_official_date(h)
    assert await until(h, lambda: len(bot_posts(h, general, "2027")) == 1)
    await settle(h)
    assert len(bot_posts(h, general, "2027")) == 1
    # The moderator learns it: by DM, or privately on their next /season2set command.
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    told = "\n".join(seen(m) for m in h.discord.dm_messages(h.moderator)) + seen(listed)
    for extra in h.discord.messages(general, include_ephemeral=True):
        if extra.ephemeral:
            told += seen(extra)
    assert "deleted" in told.lower() or "no longer exists" in told.lower() or "gone" in told.lower(), told
    assert not any("deleted" in seen(m).lower() for m in h.discord.messages(general))  # members see nothing
    about = await h.discord.invoke(h.fan, h.general, "about")
    assert about.content or about.embeds


async def test_send_messages_lost_then_given_back_never_posts_twice(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await subscribe(h, h.general)
    h.discord.deny(news)
    await driving.handled(h, "guild_channel_update")
    await report_official_date(h)
    assert await until(h, lambda: len(bot_posts(h, h.general, "2027")) == 1)
    await settle(h)
    told = "\n".join(seen(m) for m in h.discord.dm_messages(h.moderator))
    posts = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "posts")
    told += seen(posts)
    assert "send messages" in told.lower() or "permission" in told.lower(), told
    assert not any("permission" in seen(m).lower() for m in h.discord.messages(h.general))
    h.discord.deny(news, send=False)
    await driving.handled(h, "guild_channel_update")
    await settle(h, rounds=20, step=dt.timedelta(minutes=5))
    assert len(bot_posts(h, news, "2027")) <= 1
    assert len(bot_posts(h, h.general, "2027")) == 1


# -- trivia lists and games --------------------------------------------------------------------------

BROKEN_LIST = (
    "AUTHOR: mod team\n"
    "What school do the students attend?:\n"
    "- Hyosan High\n"
    "- hyosan\n"
    "Who plays Nam On-jo?:\n"
    "\t- Park Ji-hu\n"
    "What city is the school in?\n"
    "- Hyosan\n"
)
FIXED_LIST = (
    "AUTHOR: mod team\n"
    "What school do the students attend?:\n"
    "- Hyosan High\n"
    "- hyosan\n"
    "Who plays Nam On-jo?:\n"
    "- Park Ji-hu\n"
    "What city is the school in?:\n"
    "- Hyosan\n"
)


async def test_a_list_with_mistakes_is_refused_by_line_then_the_fixed_one_imports(h: Harness) -> None:
    bad = Attachment("mods_quiz.yaml", BROKEN_LIST.encode(), "application/x-yaml")
    refused = await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "import", file=bad, name="mods-quiz")
    text = seen(refused).lower()
    assert refused.ephemeral, text
    assert "line 6" in text or "line 7" in text, text
    lists = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "lists")
    assert "mods-quiz" not in seen(lists).lower()
    good = Attachment("mods_quiz.yaml", FIXED_LIST.encode(), "application/x-yaml")
    imported = await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "import", file=good, name="mods-quiz")
    assert "3" in seen(imported) and "mods-quiz" in seen(imported).lower(), seen(imported)
    info = await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "info", options={"list": "mods-quiz"})
    assert "mod team" in seen(info).lower() and "3" in seen(info)


async def test_start_and_stop_a_typed_game_in_a_busy_channel(h: Harness) -> None:
    room = h.channels["trivia"]
    others = [h.discord.add_member(h.guild, f"chatty{i}", permissions=MEMBER_PERMISSIONS) for i in range(3)]
    for i, member in enumerate(others):
        await h.discord.say(member, room, ["lol", "ㅋㅋㅋㅋ who's watching tonight", "namra best girl 😭"][i])
    started = await h.discord.invoke(h.moderator, room, "trivia", "start", questions=5, mode="typed")
    assert "trivia" in seen(started).lower() or "question" in seen(started).lower()
    assert await until(h, lambda: bool(bot_posts(h, room, "question 1")), rounds=20)
    for member in others:
        await h.discord.say(member, room, "brb getting snacks")
    stopped = await h.discord.invoke(h.moderator, room, "trivia", "stop")
    assert "stop" in seen(stopped).lower() or "ended" in seen(stopped).lower(), seen(stopped)
    count = len(bot_posts(h, room))
    await settle(h, rounds=10, step=dt.timedelta(seconds=30))
    assert not bot_posts(h, room, "question 2")
    assert len(bot_posts(h, room)) <= count + 1  # at most the final scores


async def test_a_member_cannot_stop_someone_elses_game(h: Harness) -> None:
    room = h.channels["trivia"]
    await h.discord.invoke(h.moderator, room, "trivia", "start", questions=3)
    assert await until(h, lambda: bool(bot_posts(h, room, "question 1")), rounds=20)
    refused = await h.discord.invoke(h.fan, room, "trivia", "stop")
    assert refused.ephemeral
    assert not bot_posts(h, room, "stopped")


async def test_two_games_in_two_channels_run_and_stop_apart(h: Harness) -> None:
    room, general = h.channels["trivia"], h.general
    await h.discord.invoke(h.moderator, room, "trivia", "start", questions=3)
    await h.discord.invoke(h.fan, general, "trivia", "start", questions=3)
    assert await until(h, lambda: bool(bot_posts(h, room, "question 1")) and bool(bot_posts(h, general, "question 1")))
    again = await h.discord.invoke(h.fan, room, "trivia", "start", questions=3)
    assert again.ephemeral and "already" in seen(again).lower(), seen(again)
    await h.discord.invoke(h.moderator, room, "trivia", "stop")
    assert await until(h, lambda: bool(bot_posts(h, general, "question 2")), rounds=60)
    assert not bot_posts(h, room, "question 2")


# -- season 2 dates ----------------------------------------------------------------------------------


async def test_a_reported_date_contradicted_by_netflix_shows_the_official_one(h: Harness) -> None:
    await subscribe(h, h.channels["announcements"])
    await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url=SOOMPI, date="3 days ago", official=False, release_date="14 March 2027",
    )
    await report_official_date(h, "2027-03-19 17:00 KST")
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    text = seen(status)
    assert "19 March 2027" in text or "March 19, 2027" in text or "2027-03-19" in text, text
    assert "~~" in text or "refuted" in text.lower() or "contradict" in text.lower(), text
    await settle(h)
    news = bot_posts(h, h.channels["announcements"], "2027")
    assert news and "19" in seen(news[-1])


async def test_a_second_official_date_asks_first_and_cancel_changes_nothing(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await report_official_date(h, "2027-03-19 17:00 KST")
    assert await until(h, lambda: len(bot_posts(h, news, "release date")) == 1)
    other = "https://www.netflix.com/tudum/articles/aouad-s2-moved"
    asked = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url=other, date="today", official=True, release_date="2027-03-26 17:00 KST",
    )
    assert asked.ephemeral and "?" in seen(asked), seen(asked)
    labels = {str(b.get("label")).lower(): b["custom_id"] for row in asked.components for b in row["components"]}
    cancelled = await h.discord.click(h.moderator, asked, labels["cancel"])
    assert "cancel" in seen(cancelled).lower() or "nothing" in seen(cancelled).lower(), seen(cancelled)
    await settle(h)
    assert len(bot_posts(h, news, "2027")) == 1
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "aouad-s2-moved" not in seen(status)
    again = await report_official_date(h, "2027-03-26 17:00 KST", url=other)
    assert "changed" in seen(again).lower() or "recorded" in seen(again).lower(), seen(again)
    assert await until(h, lambda: len(bot_posts(h, news, "2027")) == 2)
    await settle(h)
    newest = bot_posts(h, news, "2027")
    assert len(newest) == 2 and "chang" in seen(newest[-1]).lower(), seen(newest[-1])


async def test_subscribing_where_the_bot_cannot_post_is_refused_and_test_posts_are_limited(h: Harness) -> None:
    news = h.channels["announcements"]
    h.discord.deny(news)
    await driving.handled(h, "guild_channel_update")
    refused = await subscribe(h, news)
    assert refused.ephemeral and "send messages" in seen(refused).lower(), seen(refused)
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert f"<#{news.id}>: official, on" not in seen(listed)
    h.discord.deny(news, send=False)
    await driving.handled(h, "guild_channel_update")
    await subscribe(h, news)
    replies = [await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test") for _ in range(4)]
    assert all(r.ephemeral for r in replies)
    assert "again" in seen(replies[-1]).lower(), seen(replies[-1])
    assert await until(h, lambda: len(bot_posts(h, news)) == 3)
    await settle(h)
    assert len(bot_posts(h, news)) == 3


async def test_retracting_a_wrong_report_corrects_the_channel_once(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await report_official_date(h, "2027-02-12", url="https://www.netflix.com/tudum/articles/aouad-s2")
    assert await until(h, lambda: bool(bot_posts(h, news, "2027")))
    choices = await h.discord.autocomplete(h.moderator, h.general, "season2set", "retract", focused="report", report="tudum")
    assert choices, "the moderator's own report is offered"
    done = await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report=str(choices[0]["value"]))
    assert done.ephemeral
    await settle(h)
    corrections = [m for m in bot_posts(h, news) if "correct" in seen(m).lower() or "retract" in seen(m).lower()]
    assert len(corrections) == 1


# -- Discord failing during an announcement -------------------------------------------------------------


async def test_rate_limits_during_an_announcement_still_deliver_it_exactly_once(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    h.discord.fail_next("POST", f"/channels/{news.id}/messages", 429, times=2, retry_after=0.05)
    h.discord.fail_next("POST", f"/channels/{news.id}/messages", 429, times=1, retry_after=0.1, global_=True)
    await report_official_date(h)
    assert await until(h, lambda: bool(bot_posts(h, news, "2027")))
    await settle(h)
    assert len(bot_posts(h, news, "2027")) == 1


async def test_discord_5xx_past_its_retries_still_delivers_exactly_once(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    h.discord.fail_next("POST", f"/channels/{news.id}/messages", 503, times=6)
    await report_official_date(h)
    assert await until(h, lambda: bool(bot_posts(h, news, "2027")), rounds=80)
    await settle(h)
    assert len(bot_posts(h, news, "2027")) == 1
    assert not any("503" in seen(m) or "error" in seen(m).lower() for m in h.discord.messages(news))


async def test_a_restart_while_an_announcement_is_held_up_posts_it_exactly_once(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    h.discord.fail_next("POST", f"/channels/{news.id}/messages", 429, times=1, retry_after=0.5)
    await report_official_date(h)
    await h.discord.wait_for_request(
        lambda r: r.method == "POST" and r.path == f"/channels/{news.id}/messages", timeout=10
    )
    await h.restart()
    assert await until(h, lambda: bool(bot_posts(h, news, "2027")), rounds=60)
    await settle(h)
    assert len(bot_posts(h, news, "2027")) == 1


# -- hostile or clumsy input ----------------------------------------------------------------------------


async def test_mentions_and_markdown_typed_into_commands_never_ping(h: Harness) -> None:
    crew = h.discord.add_role(h.guild, "everyone-in-the-server", mentionable=True)
    sneaky = f"@everyone <@&{crew.id}> @here **HACKED** [click](https://evil.example)"
    good = Attachment("q.yaml", FIXED_LIST.encode(), "application/x-yaml")
    replies = [
        await h.discord.invoke(h.moderator, h.general, "triviaset", "import", file=good, name=sneaky[:60]),
        await h.discord.invoke(h.fan, h.general, "ask", question=f"{sneaky} who plays on-jo"),
        await h.discord.invoke(h.moderator, h.general, "spoilers", up_to=f"@everyone <@&{crew.id}> ep 3"),
        await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets=sneaky),
        await h.discord.invoke(h.fan, h.general, "character", name=sneaky),
    ]
    for reply in replies:
        assert reply.mentions_pinged == [], (seen(reply), reply.mentions_pinged)
    for post in h.discord.messages(h.general):
        if post.author_id == h.discord.bot_user_id:
            assert post.mentions_pinged == []


async def test_overlong_input_gets_a_short_clear_refusal(h: Harness) -> None:
    huge = "https://www.netflix.com/" + "a" * 3000
    url = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="filming",
        source_url=huge, date="today", official=True,
    )
    assert url.ephemeral and len(url.content) <= 2000
    assert "a" * 300 not in seen(url)
    long_question = "who plays on-jo " + "pls " * 1200
    answer = await h.discord.invoke(h.fan, h.general, "ask", question=long_question)
    assert len(answer.content) <= 2000 and "pls pls pls pls pls pls pls pls" not in seen(answer)
    offsets = await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets="1d, " * 900)
    assert offsets.ephemeral and len(seen(offsets)) < 2500


async def test_notices_channel_readable_by_members_is_warned_about(h: Harness) -> None:
    open_reply = await h.discord.invoke(h.moderator, h.general, "season2set", "notices", channel=h.general)
    assert "members" in seen(open_reply).lower() and "read" in seen(open_reply).lower(), seen(open_reply)
    mods = h.discord.add_channel(h.guild, "mod-chat")
    h.discord.set_overwrite(mods, None, deny=1 << 10)  # @everyone: no View Channel
    mod = h.discord.add_member(h.guild, "mod2", permissions=MODERATOR_PERMISSIONS)
    h.discord.set_overwrite(mods, mod, allow=1 << 10)
    closed = await h.discord.invoke(mod, h.general, "season2set", "notices", channel=mods)
    assert f"<#{mods.id}>" in seen(closed)
    assert "members can read" not in seen(closed).lower()



async def test_a_report_typed_in_one_or_two_letters_is_never_taken_back(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await report_official_date(h, "2027-02-12", url="https://www.netflix.com/tudum/articles/aouad-s2")
    assert await until(h, lambda: bool(bot_posts(h, news, "2027")))
    for typed in (" ", "h", "tu"):
        refused = await h.discord.invoke(h.moderator, h.general, "season2set", "retract", report=typed)
        assert refused.ephemeral
        assert "at least 3 letters" in seen(refused), seen(refused)
    await settle(h)
    assert not [m for m in bot_posts(h, news) if "correct" in seen(m).lower() or "retract" in seen(m).lower()]
