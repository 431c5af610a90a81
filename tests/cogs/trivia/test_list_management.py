"""Managing lists through the local Discord: /trivia info, /trivia lists credit, /triviaset delete,
the prompt before an import replaces a list, and export in Red's format."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox.models import Attachment, Message, SandboxError
from bot.trivia.lists import parse_list
from bot.trivia.redrules import check_red
from db.trivia import lists as list_store
from tests.bot.test_spoilers import visible_outside_spoilers
from tests.cogs.trivia.test_games import TRIVIA
from tests.shared_bot import module_fixtures

FAKED = (
    b"AUTHOR: The hyosan team\n"
    b"DESCRIPTION: A fan list about Hyosan High's classrooms.\n"
    b"CONFIG:\n  max_score: 3\n  delay: 12\n"
    b"What colour is the sky on a clear day?:\n- blue\n"
    b"How many legs does a spider have?:\n- 8\n- eight\n"
)
SPOILING_DESCRIPTION = (
    b"AUTHOR: someone\n"
    b"DESCRIPTION: Questions about the moment Cheong-san dies in the end\n"
    b"What colour is the sky on a clear day?:\n- blue\n"
)


pytestmark = pytest.mark.asyncio(loop_scope="module")


# One bot for the module (lists, settings and games are kept per server): each test joins it in a new server.
shared, h = module_fixtures("lists", clock=ManualClock(dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)), extensions=TRIVIA)


async def _import(h: Harness, data: bytes, filename: str = "faked.yaml") -> Message:
    return await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "import", file=Attachment(filename, data), timeout=10
    )


async def _names(h: Harness) -> list[str]:
    async with h.db.read() as conn:
        return [row.name for row in await list_store.imported_lists(conn, h.guild.id)]


async def test_info_shows_the_declared_author_beside_the_member_who_imported_it(h: Harness) -> None:
    await _import(h, FAKED)
    info = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list="faked")
    assert f"by The hyosan team, imported by <@{h.moderator.id}>" in info.embeds[0]["description"]


@pytest.mark.parametrize(("name", "said"), [("aouad", "All of Us Are Dead trivia"), ("generated", "who plays whom")])
async def test_info_of_a_built_in_list_says_what_is_in_it(h: Harness, name: str, said: str) -> None:
    info = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list=name)
    assert said in info.embeds[0]["description"] and "No description" not in info.embeds[0]["description"]


async def test_info_shows_description_size_and_config(h: Harness) -> None:
    await _import(h, FAKED)
    info = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list="faked")
    fields = {f["name"]: f["value"] for f in info.embeds[0]["fields"]}
    assert "A fan list about Hyosan High's classrooms." in info.embeds[0]["description"]
    assert fields["Questions"] == "2"
    assert "max_score: 3 (first to 3 right answers wins)" in fields["CONFIG"]
    assert "delay: 12 (seconds to answer)" in fields["CONFIG"]


async def test_info_shows_what_the_questions_spoil(h: Harness) -> None:
    await _import(h, FAKED)
    info = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list="faked")
    spoilers = next(f["value"] for f in info.embeds[0]["fields"] if f["name"] == "Spoilers")
    assert spoilers == "2 spoil nothing (asked anywhere)"


async def test_info_hides_a_description_that_spoils_past_the_channel_mark(h: Harness) -> None:
    await _import(h, SPOILING_DESCRIPTION, "dying.yaml")
    info = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list="dying")
    description = info.embeds[0]["description"]
    assert "dies in the end" in description and "dies" not in visible_outside_spoilers(description)
    assert info.embeds[0]["title"] == "Trivia list"


async def test_info_finds_a_list_by_the_name_as_a_member_types_it(h: Harness) -> None:
    await _import(h, FAKED, "World Capitals.yaml")
    info = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list="World Capitals")
    assert "**world\\-capitals**" in info.embeds[0]["description"]


async def test_a_list_is_offered_started_ranked_and_switched_off_by_the_name_as_a_member_types_it(h: Harness) -> None:
    await _import(h, FAKED, "World Capitals.yaml")
    channel = h.channels["general"]
    offered = await h.discord.autocomplete(h.fan, channel, "trivia", "start", focused="category", category="world cap")
    assert [c["value"] for c in offered] == ["world-capitals"]
    started = await h.discord.invoke(h.fan, channel, "trivia", "start", category="World Capitals", questions=1)
    assert "started trivia" in started.text, started.text
    board = await h.discord.invoke(h.fan, channel, "trivia", "leaderboard", list="world capitals")
    assert not board.ephemeral and "world\\-capitals" in board.text
    await h.discord.invoke(h.moderator, channel, "trivia", "stop")
    off = await h.discord.invoke(h.moderator, channel, "triviaset", "settings", disable_list="World Capitals")
    assert off.text.startswith("Saved") and "world\\-capitals" in off.text, off.text


async def test_the_stored_list_keeps_max_score_as_right_answers(h: Harness) -> None:
    await _import(h, FAKED)
    async with h.db.read() as conn:
        row = await list_store.get_list(conn, h.guild.id, "faked")
    assert row is not None and row.target_right_answers == 3


async def test_info_of_an_unknown_list_is_a_clear_private_answer(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list="nope")
    assert reply.ephemeral and "There is no list called 'nope'" in reply.text and "(see /trivia lists)" in reply.text


async def test_info_of_a_category_says_it_is_one_and_how_to_play_it(h: Harness) -> None:
    reply = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list="Cast")
    assert reply.ephemeral and "'cast' is a category of the built-in lists, not a list" in reply.text
    assert "/trivia start category:cast" in reply.text


async def test_lists_credit_the_importer_beside_the_declared_author(h: Harness) -> None:
    await _import(h, FAKED)
    lists = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "lists")
    assert f"by The hyosan team, imported by <@{h.moderator.id}>" in lists.text


async def test_delete_removes_an_imported_list(h: Harness) -> None:
    await _import(h, FAKED)
    reply = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "delete", list="faked")
    assert reply.ephemeral and reply.text.startswith("Deleted **faked** (2 questions")
    assert await _names(h) == []


async def test_fans_are_not_offered_delete(h: Harness) -> None:
    with pytest.raises(SandboxError, match="not available to fan"):
        await h.discord.invoke(h.fan, h.channels["general"], "triviaset", "delete", list="faked")


async def test_delete_needs_manage_server_even_where_the_server_shows_it_to_everyone(h: Harness) -> None:
    await _import(h, FAKED)
    h.discord.set_command_permission(h.guild, "triviaset", None, True)
    refused = await h.discord.invoke(h.fan, h.channels["general"], "triviaset", "delete", list="faked")
    assert refused.ephemeral and "Deleted" not in refused.text
    assert await _names(h) == ["faked"]


async def test_delete_of_a_list_the_server_does_not_have_deletes_nothing(h: Harness) -> None:
    await _import(h, FAKED)
    reply = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "delete", list="other")
    assert reply.ephemeral and "nothing was deleted" in reply.text
    assert await _names(h) == ["faked"]


async def test_delete_of_a_name_typed_in_korean_never_deletes_the_list_called_list(h: Harness) -> None:
    await _import(h, FAKED, filename="list.yaml")  # stored as "list"
    reply = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "delete", list="지우학 퀴즈")
    assert reply.ephemeral and "nothing was deleted" in reply.text
    assert await _names(h) == ["list"]


async def test_info_of_a_name_typed_in_korean_says_that_name_is_unknown(h: Harness) -> None:
    # (Korean names are kept: the name is looked up as an import stores it, never as the fallback "list")
    reply = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", list="지우학 퀴즈")
    assert reply.ephemeral and "There is no list called '지우학\\-퀴즈'" in reply.text


async def test_delete_of_a_built_in_list_is_refused(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.channels["general"], "triviaset", "delete", list="aouad")
    assert reply.ephemeral and "built-in list" in reply.text


async def test_an_import_named_after_a_built_in_category_is_refused_so_the_two_never_mix(h: Harness) -> None:
    reply = await _import(h, FAKED, "cast.yaml")
    assert reply.ephemeral and "'cast' is a built-in category: import it again with a `name` of its own (like `name:cast-fans`)." in reply.text
    assert await _names(h) == []


async def test_an_import_over_an_existing_list_asks_first_and_replaces_nothing_yet(h: Harness) -> None:
    await _import(h, FAKED)
    prompt = await _import(h, b"Only one question?:\n- yes please\n")
    assert prompt.ephemeral and "already has a list called **faked**" in prompt.text
    assert [b["label"] for b in prompt.buttons] == ["Replace it", "Keep the old one"]
    async with h.db.read() as conn:
        row = await list_store.get_list(conn, h.guild.id, "faked")
    assert row is not None and row.question_count == 2


async def test_keeping_the_old_list_imports_nothing(h: Harness) -> None:
    await _import(h, FAKED)
    prompt = await _import(h, b"Only one question?:\n- yes please\n")
    keep = next(b for b in prompt.buttons if b["label"] == "Keep the old one")
    answer = await h.discord.click(h.moderator, prompt, keep["custom_id"])
    assert "Kept the existing **faked**; nothing was imported." in answer.text
    async with h.db.read() as conn:
        row = await list_store.get_list(conn, h.guild.id, "faked")
    assert row is not None and row.question_count == 2


async def test_replacing_stores_the_new_list(h: Harness) -> None:
    await _import(h, FAKED)
    prompt = await _import(h, b"Only one question?:\n- yes please\n")
    replace = next(b for b in prompt.buttons if b["label"] == "Replace it")
    answer = await h.discord.click(h.moderator, prompt, replace["custom_id"])
    assert "Replaced **faked**: 1 question." in answer.text
    async with h.db.read() as conn:
        row = await list_store.get_list(conn, h.guild.id, "faked")
    assert row is not None and row.question_count == 1


async def test_export_in_red_format_passes_red_upload_rules_and_keeps_config(h: Harness) -> None:
    await _import(h, FAKED)
    reply = await h.discord.invoke(h.moderator, h.channels["general"], "trivia", "export", list="faked", format="red")
    data = reply.attachments[0].data
    assert check_red(data) == []
    again = parse_list(data, "again")
    assert again.author == "The hyosan team" and again.config == {"max_score": 3, "delay": 12}
    assert [q.answers for q in again.questions] == [("blue",), ("8", "eight")]


async def test_export_in_hyosan_format_keeps_config(h: Harness) -> None:
    await _import(h, FAKED)
    reply = await h.discord.invoke(h.moderator, h.channels["general"], "trivia", "export", list="faked")
    again = parse_list(reply.attachments[0].data, "again")
    assert again.config == {"max_score": 3, "delay": 12} and again.target_right_answers == 3
