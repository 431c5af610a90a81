"""Moderator commands, from the synced schema: hidden from members, checked again when run.

Discord shows a command only to members holding its `default_member_permissions` (the sandbox
refuses the rest, as Discord's client never sends them). A server may show it to everyone anyway
(Server Settings > Integrations), so each command also checks on its own and refuses a member
plainly, changing nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment, SandboxError
from bot.sandbox.models import EMBED_LINKS

SNAPSHOT = Path(__file__).resolve().parent.parent / "snapshots" / "commands.json"
START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
JSON = dict[str, Any]

pytestmark = pytest.mark.asyncio(loop_scope="module")


def moderator_leaves() -> Iterator[tuple[tuple[str, ...], list[JSON]]]:
    """Each invocable moderator command (path, options), from the snapshot the synced schema matches
    (tests/bot/test_command_schema.py)."""
    for command in json.loads(SNAPSHOT.read_text(encoding="utf-8")):
        if command.get("default_member_permissions") is None:
            continue

        def walk(path: tuple[str, ...], options: list[JSON]) -> Iterator[tuple[tuple[str, ...], list[JSON]]]:
            subs = [o for o in options if o["type"] in (1, 2)]
            if not subs:
                yield path, options
            for sub in subs:
                yield from walk((*path, sub["name"]), sub.get("options") or [])

        yield from walk((command["name"],), command.get("options") or [])


LEAVES = sorted(moderator_leaves())
STRINGS = {"source_url": "https://example.com/news", "date": "today", "time": "09:00"}


def required_options(h: Harness, options: list[JSON]) -> dict[str, Any]:
    """A plausible value for each required option."""
    values: dict[str, Any] = {}
    for opt in options:
        if not opt.get("required"):
            continue
        name, kind = opt["name"], opt["type"]
        if opt.get("choices"):
            values[name] = opt["choices"][0]["value"]
        elif kind == 3:
            values[name] = STRINGS.get(name, "3")
        elif kind in (4, 10):
            values[name] = max(opt.get("min_value", 0), min(opt.get("max_value", 3), 3))
        elif kind == 5:
            values[name] = True
        elif kind == 7:
            values[name] = h.channels["announcements"]
        elif kind == 11:
            values[name] = Attachment("list.yaml", b"AUTHOR: x\nWhat is 2+2?:\n- 4\n")
        else:
            raise AssertionError(f"no value for option type {kind} ({name})")
    return values


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("moderators"), clock=ManualClock(START)) as harness:
        yield harness


async def test_every_moderator_command_is_covered() -> None:
    tops = {path[0] for path, _ in LEAVES}
    assert tops == {"spoilers", "triviaset", "season2set", "lore"}
    assert len(LEAVES) >= 11


@pytest.mark.parametrize(("path", "options"), LEAVES, ids=[" ".join(p) for p, _ in LEAVES])
async def test_a_member_cannot_invoke_a_moderator_command(h: Harness, path: tuple[str, ...], options: list[JSON]) -> None:
    with pytest.raises(SandboxError, match="not available to fan"):
        await h.discord.invoke(h.fan, h.general, *path, options=required_options(h, options))


@pytest.mark.parametrize(("path", "options"), LEAVES, ids=[" ".join(p) for p, _ in LEAVES])
async def test_a_member_shown_a_moderator_command_by_their_server_is_refused_plainly(
    h: Harness, path: tuple[str, ...], options: list[JSON]
) -> None:
    h.discord.set_command_permission(h.guild, path[0], None, True)
    try:
        before = len(h.discord.messages(h.general))
        reply = await h.discord.invoke(h.fan, h.general, *path, options=required_options(h, options))
    finally:
        h.discord.set_command_permission(h.guild, path[0], None, None)
    assert reply.ephemeral
    assert reply.text.startswith("You need the ") and reply.text.endswith(" permission for that.")
    assert len(h.discord.messages(h.general)) == before


@pytest.mark.parametrize(
    ("path", "options", "needed"),
    [(("triviaset", "settings"), {}, "Manage Server"), (("season2set", "announce", "list"), {}, "Manage Server"),
     (("spoilers",), {"up_to": "S1E3"}, "Manage Channels"), (("lore", "review"), {}, "Manage Server")],
)
async def test_a_refused_member_is_told_the_permission_as_discords_settings_name_it(
    h: Harness, path: tuple[str, ...], options: dict[str, str], needed: str
) -> None:
    h.discord.set_command_permission(h.guild, path[0], None, True)
    try:
        reply = await h.discord.invoke(h.fan, h.general, *path, **options)
    finally:
        h.discord.set_command_permission(h.guild, path[0], None, None)
    assert reply.text == f"You need the {needed} permission for that."


# ---- replies that say what happened where, not what happened somewhere -----------------------


async def test_turning_announcements_off_in_one_channel_says_which_and_where_they_still_go(h: Harness) -> None:
    news, general = h.channels["announcements"], h.general
    await h.discord.invoke(h.moderator, general, "season2set", "announce", "set", channel=news)
    try:
        never = await h.discord.invoke(h.moderator, general, "season2set", "announce", "off", channel=general)
        assert never.text.startswith(f"<#{general.id}> was not getting season 2 announcements; nothing changed.")
        assert f"Still announced in <#{news.id}>" in never.text
        assert "No channel here" not in never.text
        await h.discord.invoke(h.moderator, general, "season2set", "announce", "set", channel=general)
        one = await h.discord.invoke(h.moderator, general, "season2set", "announce", "off", channel=news)
        assert one.text.startswith(f"Season 2 announcements are off in <#{news.id}>.")
        assert f"Still announced in <#{general.id}>" in one.text
    finally:
        every = await h.discord.invoke(h.moderator, general, "season2set", "announce", "off")
    assert "Still announced" not in every.text


async def test_turning_off_a_daily_question_that_was_not_on_changes_nothing_and_says_so(h: Harness) -> None:
    quiz, news = h.channels["trivia"], h.channels["announcements"]
    on = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="9pm")
    assert on.text.startswith(f"A daily question will appear in <#{quiz.id}> at 21:00 UTC (<t:")
    assert on.text.split("\n")[0].endswith(":t> your time).")  # shown in each reader's own time zone
    try:
        for _ in range(2):  # and again: still nothing to turn off there
            never = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=news, enabled=False)
            assert never.text.startswith(
                f"There was no daily question in <#{news.id}>; nothing changed. "
                f"The daily question still goes to <#{quiz.id}> at 21:00 UTC (<t:"
            ) and never.text.endswith(":t> your time).")  # and in each reader's own time zone
    finally:
        off = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, enabled=False)
    assert off.text == f"No more daily questions in <#{quiz.id}>."
    again = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, enabled=False)
    assert again.text == f"There was no daily question in <#{quiz.id}>; nothing changed."


async def test_a_daily_question_turned_off_and_on_again_without_a_time_keeps_its_time(h: Harness) -> None:
    quiz = h.channels["trivia"]
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="9pm")
    try:
        await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, enabled=False)
        back = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz)
        assert back.text.startswith(f"A daily question will appear in <#{quiz.id}> at 21:00 UTC (<t:")
    finally:
        await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, enabled=False)


async def test_setting_a_channel_again_without_its_role_says_the_ping_is_dropped(h: Harness) -> None:
    news = h.channels["announcements"]
    role = h.discord.add_role(h.guild, "S2 news")
    try:
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role)
        kept = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, role=role)
        assert "no longer pings" not in kept.text
        level = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, level="all")
        assert f"It no longer pings <@&{role.id}>: give `role` again to keep the ping." in level.text
        assert level.mentions_pinged == []
        listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
        assert f"<#{news.id}>: all, on" in listed.text
    finally:
        await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")
    after_off = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    assert "no longer pings" not in after_off.text  # a channel that was off had nothing to drop
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "off")


# ---- roles no member can hold ------------------------------------------------------------------


async def test_everyone_as_the_start_role_is_refused_pointing_at_who_can_start_everyone(h: Harness) -> None:
    everyone = h.discord.store.guild_roles[h.guild.id][h.guild.id]
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", start_role=everyone)
    assert reply.ephemeral
    assert reply.text == "start_role:@everyone is every member: use who_can_start:everyone for that. Nothing was changed."
    shown = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")
    assert "@everyone" not in shown.text and f"<@&{h.guild.id}>" not in shown.text


async def test_a_bots_role_as_the_start_role_is_refused_saying_no_member_can_have_it(h: Harness) -> None:
    bot_role = h.discord.store.bot_roles[h.guild.id]
    role = h.discord.store.guild_roles[h.guild.id][bot_role]
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", start_role=role)
    assert reply.text.startswith(f"<@&{bot_role}> belongs to a bot or an integration: no member can be given it.")
    assert "Nothing was changed." in reply.text
    started = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "start", questions=1)
    assert "can start a game" not in started.text  # fans still may start games
    await h.discord.invoke(h.moderator, h.channels["trivia"], "trivia", "stop")


async def test_a_deleted_start_role_leaves_games_to_moderators_and_says_so(h: Harness) -> None:
    role = h.discord.add_role(h.guild, "Quiz hosts")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", start_role=role)
    h.discord.delete_role(role)
    try:
        refused = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "start", questions=1)
        assert refused.ephemeral and refused.text == "Only moderators can start a game here."  # never "@deleted-role"
        shown = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")
        assert "moderators only: the start role was deleted (pick another with `start_role`)" in shown.text
        assert f"<@&{role.id}>" not in shown.text
    finally:
        await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", who_can_start="everyone")


async def test_the_trivia_settings_say_where_the_daily_question_goes(h: Harness) -> None:
    quiz = h.channels["trivia"]
    before = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")
    assert "Daily question" in before.text and "off (`/triviaset daily` posts one in a channel)" in before.text
    assert "Reports waiting" in before.text
    await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, time="9pm")
    try:
        shown = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings")
        assert f"<#{quiz.id}> at 21:00 UTC" in shown.text
    finally:
        await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, enabled=False)


# ---- /help for a moderator: where to start, and what the bot lacks here --------------------------


async def test_help_tells_a_moderator_where_to_start_and_a_fan_nothing_of_it(h: Harness) -> None:
    mod = await h.discord.invoke(h.moderator, h.general, "help")
    assert mod.embeds[-1]["title"] == "Setting up (moderators)"
    assert mod.embeds[-1]["description"].startswith("`/spoilers` in each channel where the show is discussed")
    assert "can't post" not in mod.text
    fan = await h.discord.invoke(h.fan, h.general, "help")
    assert "Setting up" not in fan.text


async def test_help_tells_a_moderator_how_to_bring_their_own_trivia_questions_and_episode_rooms(h: Harness) -> None:
    steps = (await h.discord.invoke(h.moderator, h.general, "help")).embeds[-1]["description"]
    assert "`/triviaset import` for your own questions (a YAML list, in Red-DiscordBot's format or hyosan's)" in steps
    assert "`/season2set rooms on` for a thread for each new episode" in steps


async def test_help_names_what_the_bot_lacks_to_post_in_the_channel_it_was_asked_in(h: Harness) -> None:
    quiet = h.discord.add_channel(h.guild, "quiet")
    h.discord.set_overwrite(quiet, None, deny=EMBED_LINKS)
    reply = await h.discord.invoke(h.moderator, quiet, "help")
    assert reply.embeds[-1]["description"].startswith(
        "⚠️ In this channel I can't post games or news: I need Embed Links here. Allow it for me in the channel's "
        "settings (Edit Channel > Permissions)."
    )


async def test_the_lore_form_offers_an_episode_it_accepts(h: Harness) -> None:
    form = await h.discord.invoke(h.moderator, h.general, "lore", "add", kind="event")
    fields = {c["custom_id"]: c for row in form.components for c in row["components"]}
    assert fields["spoils"]["label"] == "Episode it spoils"
    assert fields["spoils"]["placeholder"] == "like S1E12, the latest episode out"  # never S2E1 before it is listed
    queued = await h.discord.submit_modal(h.moderator, {
        "text": "On-jo keeps her father's phone", "characters": "On-jo", "spoils": "S1E12",
        "source": "https://www.netflix.com/tudum/articles/all-of-us-are-dead",
    })
    assert queued.text.startswith("Queued for review as #"), queued.text


async def test_a_daily_question_with_every_list_turned_off_says_so(h: Harness) -> None:
    quiz = h.channels["trivia"]
    for name in ("aouad", "generated"):
        await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_list=name)
    try:
        on = await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz)
        assert ("0 questions fit this channel now (none: 2 lists turned off here; `/triviaset settings` turns "
                "them back on, or pick others with `lists:`)") in on.text
    finally:
        await h.discord.invoke(h.moderator, h.general, "triviaset", "daily", channel=quiz, enabled=False)
        for name in ("aouad", "generated"):
            await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", enable_list=name)


async def test_turning_on_a_list_that_is_on_says_nothing_changed(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", enable_list="aouad")
    assert reply.text.startswith("Nothing changed: the lists and categories named were already so.")
    off = await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_category="cast")
    try:
        assert off.text.startswith("Saved.")
    finally:
        await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", enable_category="cast")


async def test_a_built_in_list_trivia_lists_names_is_offered_and_started_by_that_name(h: Harness) -> None:
    quiz = h.channels["trivia"]
    offered = await h.discord.autocomplete(h.fan, quiz, "trivia", "start", category="", focused="category")
    assert "aouad" in [choice["value"] for choice in offered]
    started = await h.discord.invoke(h.fan, quiz, "trivia", "start", category="aouad", questions=1)
    try:
        assert "started trivia from **aouad**" in started.text
    finally:
        await h.discord.invoke(h.moderator, quiz, "trivia", "stop")


async def test_the_daily_question_offers_default_then_the_servers_lists_and_categories(h: Harness) -> None:
    offered = await h.discord.autocomplete(h.moderator, h.general, "triviaset", "daily", lists="aouad, ", focused="lists")
    values = [choice["value"] for choice in offered]
    assert values[0] == "aouad, default" and "aouad, cast" in values and "aouad, aouad" not in values


async def test_categories_to_turn_on_or_off_are_offered_as_typed(h: Harness) -> None:
    offered = await h.discord.autocomplete(
        h.moderator, h.general, "triviaset", "settings", disable_category="ca", focused="disable_category"
    )
    assert [choice["value"] for choice in offered] == ["cast"]
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", disable_category="cast")
    try:
        back = await h.discord.autocomplete(
            h.moderator, h.general, "triviaset", "settings", enable_category="", focused="enable_category"
        )
        assert "cast" in [choice["value"] for choice in back]  # a category turned off is still offered
    finally:
        await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", enable_category="cast")
