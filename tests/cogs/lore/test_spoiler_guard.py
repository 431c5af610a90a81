"""The spoiler guard (/spoilers guard:on): members' messages in a guarded channel, as the channel's
readers see them through the local Discord. One bot for the module; each test in a server of its own."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import pytest

from bot.harness import Harness
from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.sandbox import Attachment, Channel, Message
from bot.sandbox.models import (
    MANAGE_MESSAGES,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
    RateLimits,
)
from db.lore import guard as guard_db
from db.lore import progress as progress_db
from tests.cogs.spoiler_oracle import Transcript, leaks, members_in_the_clear, outside_bars, plain
from tests.shared_bot import module_fixtures

pytestmark = pytest.mark.asyncio(loop_scope="module")

SPOILER = "cheong-san dies in ep 12 😭 @everyone"
SPOILER_WORDS = "dies in ep 12"  # as quoted: markdown such as "-" comes back escaped
#: Said after what a test expects left alone: once its notice is up, the guard has read what came before.
LAST_WORD = "wait so nam-ra becomes a halfbie"


shared, h = module_fixtures("guard")  # one started bot, a server of its own for each test


async def _guard(h: Harness, channel: Channel, up_to: str = "3") -> Message:
    return await h.discord.invoke(h.moderator, channel, "spoilers", up_to=up_to, guard="on")


def _from_bot(h: Harness, channel: Channel) -> list[Message]:
    return [m for m in h.discord.messages(channel) if m.author_id == h.discord.bot_user_id and not m.interaction_id]


async def _notice_of(h: Harness, channel: Channel, words: str, timeout: float = 5.0) -> Message:
    """The notice re-posting a message with `words` in it (inside the bars)."""
    return await h.discord.wait_for_message(
        channel, lambda m: m.author_id == h.discord.bot_user_id and "taken down" in m.content and words in m.content,
        timeout=timeout,
    )


async def _gone(h: Harness, channel: Channel, *said: Message) -> None:
    """Waits until the guard deleted each of `said` (it deletes after its notice is up)."""
    for message in said:
        await h.discord.wait_for_request(
            lambda r, m=message: r.method == "DELETE" and r.path == f"/channels/{channel.id}/messages/{m.id}")


async def _noted_lacking(h: Harness, channel: Channel, timeout: float = 10.0) -> None:
    """Waits until the guard noted, for the next moderator, that it could not take a spoiler down in `channel`."""
    try:
        async with asyncio.timeout(timeout):
            while True:
                async with h.db.read() as conn:
                    if channel.id in (await guard_db.all_guards(conn))[1]:
                        return
                await asyncio.sleep(0.01)
    except TimeoutError:
        pytest.fail(f"the guard did not read the spoiler in #{channel.name} within {timeout}s (nothing noted for the moderators)")


async def _read_so_far(h: Harness, channel: Channel) -> None:
    """Posts LAST_WORD (past S1E3) and waits for its notice and its deletion."""
    said = await h.discord.say(h.fan, channel, LAST_WORD)
    await _notice_of(h, channel, "halfbie")
    await _gone(h, channel, said)


async def test_a_spoiler_past_the_mark_is_taken_down_and_shown_again_behind_bars(h: Harness) -> None:
    await _guard(h, h.general)
    said = await h.discord.say(h.fan, h.general, SPOILER)
    notice = await _notice_of(h, h.general, SPOILER_WORDS)
    await _gone(h, h.general, said)
    assert said.id not in {m.id for m in h.discord.messages(h.general)}
    shown = outside_bars(notice.content)
    assert f"<@{h.fan.id}>" in shown and "S1E12" in shown and "episode 3" in shown, notice.content
    assert "dies" not in shown and SPOILER_WORDS in notice.content
    assert "@everyone" not in notice.content  # defused, and nobody pinged
    posted = [r for r in h.discord.requests if r.method == "POST" and r.path == f"/channels/{h.general.id}/messages"]
    assert posted and posted[-1].json["allowed_mentions"]["parse"] == []
    transcript = Transcript(h.discord, h.db_path).read() + members_in_the_clear(h.discord, h.db_path)
    assert leaks(lexicon_of(bundled_pack()), transcript) == []  # the oracle: nothing past the mark in the clear


async def test_a_spoiler_within_the_mark_is_left_alone(h: Harness) -> None:
    await _guard(h, h.general, up_to="6")
    within = await h.discord.say(h.fan, h.general, "the library ep was insane")
    await h.discord.say(h.fan, h.general, SPOILER)
    await _notice_of(h, h.general, SPOILER_WORDS)
    assert within.id in {m.id for m in h.discord.messages(h.general)}
    assert len(_from_bot(h, h.general)) == 1


@pytest.mark.parametrize("harmless", [
    "my phone died in ep 3 lol",
    "||cheong-san dies in ep 12|| spoiler tagged ofc",
    "ep 2 was so good, gwi-nam is so creepy",
])
async def test_a_harmless_message_is_left_alone(h: Harness, harmless: str) -> None:
    await _guard(h, h.general)
    said = await h.discord.say(h.fan, h.general, harmless)
    await _read_so_far(h, h.general)
    assert said.id in {m.id for m in h.discord.messages(h.general)}
    assert len(_from_bot(h, h.general)) == 1
    assert leaks(lexicon_of(bundled_pack()), members_in_the_clear(h.discord, h.db_path)) == []  # the oracle agrees


async def test_a_channel_without_the_guard_is_left_alone(h: Harness) -> None:
    other = h.discord.add_channel(h.guild, "chat")
    await h.discord.invoke(h.moderator, other, "spoilers", up_to="3")
    said = await h.discord.say(h.fan, other, SPOILER)
    await _guard(h, h.general)
    await _read_so_far(h, h.general)
    assert said.id in {m.id for m in h.discord.messages(other)} and not _from_bot(h, other)


async def test_an_edit_that_adds_a_spoiler_is_taken_down(h: Harness) -> None:
    await _guard(h, h.general)
    said = await h.discord.say(h.fan, h.general, "ep 2 was so good")
    await h.discord.edit(h.fan, said, "ep 2 was so good. " + SPOILER)
    await _notice_of(h, h.general, SPOILER_WORDS)
    await _gone(h, h.general, said)
    assert said.id not in {m.id for m in h.discord.messages(h.general)}
    assert leaks(lexicon_of(bundled_pack()), members_in_the_clear(h.discord, h.db_path)) == []


async def test_a_thread_follows_its_channels_guard(h: Harness) -> None:
    await _guard(h, h.general)
    h.discord.set_overwrite(h.general, h.fan, allow=SEND_MESSAGES_IN_THREADS)
    thread = h.discord.add_thread(h.general, "watch-along")
    said = await h.discord.say(h.fan, thread, SPOILER)
    notice = await _notice_of(h, thread, SPOILER_WORDS)
    await _gone(h, thread, said)
    assert said.id not in {m.id for m in h.discord.messages(thread)} and "this thread" in notice.content


async def test_without_manage_messages_a_spoiler_gets_a_warning_and_moderators_are_told_once(h: Harness) -> None:
    h.discord.set_overwrite(h.general, None, deny=MANAGE_MESSAGES)
    reply = await _guard(h, h.general)
    assert "I need **Manage Messages** here" in reply.text and "Send Messages" not in reply.text, reply.text
    said = await h.discord.say(h.fan, h.general, SPOILER)
    warning = await h.discord.wait_for_message(
        h.general, lambda m: m.author_id == h.discord.bot_user_id and str((m.message_reference or {}).get("message_id")) == str(said.id)
    )
    left = leaks(lexicon_of(bundled_pack()), members_in_the_clear(h.discord, h.db_path))
    assert [leak.shown.text for leak in left] == [SPOILER]  # still there for the moderators to take down
    assert "S1E12" in warning.content and "dies" not in warning.content and "cheong" not in warning.content.casefold()
    for _ in range(2):
        await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="3")
    # told in a followup after the reply: waited for, or a loaded machine counts it before it arrives
    await h.discord.wait_for_message(h.general, lambda m: m.ephemeral and "could not take spoilers down" in m.content)
    told = [m for m in h.discord.messages(h.general, include_ephemeral=True)
            if m.ephemeral and "could not take spoilers down" in m.content]
    assert len(told) == 1 and f"<#{h.general.id}>" in told[0].content
    assert "I need **Manage Messages** there." in told[0].content, told[0].content  # what it lacks, nothing it has


async def test_without_read_message_history_the_warning_links_the_message_it_cannot_reply_to(h: Harness) -> None:
    # Discord refuses a reply without Read Message History: the warning was refused and the spoiler stood unflagged.
    h.discord.set_overwrite(h.general, None, deny=MANAGE_MESSAGES | READ_MESSAGE_HISTORY)
    await _guard(h, h.general)
    said = await h.discord.say(h.fan, h.general, SPOILER)
    warning = await h.discord.wait_for_message(h.general, lambda m: m.author_id == h.discord.bot_user_id and "Please delete it" in m.content)
    assert f"<@{h.fan.id}>, [your message](" in warning.content and f"/{said.id})" in warning.content, warning.content
    assert not warning.mentions_pinged and "dies" not in warning.content


async def test_where_the_bot_may_delete_but_not_post_a_spoiler_stays_up_and_nothing_is_lost(h: Harness) -> None:
    # Deleted without the notice that shows it again, what the member wrote would be gone.
    h.discord.set_overwrite(h.general, None, deny=SEND_MESSAGES)
    await _guard(h, h.general)
    said = await h.discord.say(h.fan, h.general, SPOILER)
    await _noted_lacking(h, h.general)  # nothing is posted (the bot may not): the note is the sign it read it
    assert said.id in {m.id for m in h.discord.messages(h.general)}
    assert not [r for r in h.discord.requests if r.method == "DELETE" and str(said.id) in r.path]
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="3")
    told = await h.discord.wait_for_message(h.general, lambda m: m.ephemeral and "could not take spoilers down" in m.content)
    assert "Send Messages" in reply.text and "Send Messages" in told.content, (reply.text, told.content)


async def test_without_the_message_content_intent_the_guard_is_refused_and_nothing_changes(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(h.bot, "settings", dataclasses.replace(h.bot.settings, message_content_intent=False))
    reply = await _guard(h, h.general, up_to="5")
    assert reply.ephemeral and "Message Content intent" in reply.text and "Nothing was changed" in reply.text, reply.text
    async with h.db.read() as conn:
        assert await progress_db.get_channel_mark(conn, h.general.id) is None
        assert h.general.id not in (await guard_db.all_guards(conn))[0]


async def test_a_burst_of_spoilers_is_taken_down_within_discords_rate_limits(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    # Discord's limits for posts and deletions in a channel, in tenths of a second here
    monkeypatch.setattr(h.discord.limiter, "limits", RateLimits(per_channel=2, per_channel_window=0.2,
                                                               deletes_per_channel=2, deletes_window=0.2))
    await _guard(h, h.general)
    start = len(h.discord.requests)
    burst = [await h.discord.say(h.fan, h.general, f"{SPOILER} #{n}") for n in range(6)]
    await _notice_of(h, h.general, "\\#5")
    await _gone(h, h.general, *burst)
    assert not {m.id for m in burst} & {m.id for m in h.discord.messages(h.general)}
    assert len(_from_bot(h, h.general)) == 6
    assert [r.path for r in h.discord.requests[start:] if r.status == 429] == []


async def test_help_in_a_guarded_channel_and_its_threads_says_the_guard_is_on(h: Harness) -> None:
    await _guard(h, h.general)
    thread = h.discord.add_thread(h.general, "watch-along")
    for place in (h.general, thread):
        reply = await h.discord.invoke(h.fan, place, "help")
        assert "spoiler guard is on here" in reply.embeds[0]["description"], reply.embeds[0]["description"]


async def test_guard_off_in_a_thread_leaves_its_messages_alone(h: Harness) -> None:
    await _guard(h, h.general)
    h.discord.set_overwrite(h.general, h.fan, allow=SEND_MESSAGES_IN_THREADS)
    thread = h.discord.add_thread(h.general, "spoiler-zone")
    reply = await h.discord.invoke(h.moderator, thread, "spoilers", guard="off")
    assert "**off** in this thread" in reply.text, reply.text
    said = await h.discord.say(h.fan, thread, SPOILER)
    await _read_so_far(h, h.general)
    assert said.id in {m.id for m in h.discord.messages(thread)} and not _from_bot(h, thread)


async def test_a_later_seasons_plot_in_a_season_one_channel_is_taken_down(h: Harness) -> None:
    await _guard(h, h.general, up_to="12")
    said = await h.discord.say(h.fan, h.general, "next season onjo dies, trust me")
    notice = await _notice_of(h, h.general, "trust me")
    await _gone(h, h.general, said)
    assert said.id not in {m.id for m in h.discord.messages(h.general)}
    assert "gives away all of season 2" in notice.content and "S2E99" not in notice.content, notice.content


async def test_progress_in_a_guarded_channel_tells_the_member_about_the_guard(h: Harness) -> None:
    await _guard(h, h.general)
    reply = await h.discord.invoke(h.fan, h.general, "progress", watched="5")
    assert "spoiler guard is on in this channel" in reply.text and "||bars||" in reply.text, reply.text


async def test_moving_the_mark_of_a_guarded_channel_says_the_guard_is_still_on(h: Harness) -> None:
    await _guard(h, h.general)
    reply = await h.discord.invoke(h.moderator, h.general, "spoilers", up_to="5")
    assert "spoiler-safe up to season 1, episode 5" in reply.text and "guard is **on**" in reply.text, reply.text


async def test_a_notice_discord_refuses_leaves_the_message_where_it_was_and_warns(h: Harness) -> None:
    await _guard(h, h.general)
    h.discord.fail_next("POST", f"/channels/{h.general.id}/messages", 400, body={"code": 50035, "message": "Invalid Form Body"})
    said = await h.discord.say(h.fan, h.general, SPOILER)
    warning = await h.discord.wait_for_message(
        h.general, lambda m: m.author_id == h.discord.bot_user_id and "Please delete it" in m.content
    )
    assert said.id in {m.id for m in h.discord.messages(h.general)}  # the member's words are never lost
    assert "taken down" not in " ".join(m.content for m in _from_bot(h, h.general)) and "dies" not in warning.content


async def test_a_spoiler_with_a_picture_is_warned_about_never_deleted(h: Harness) -> None:
    await _guard(h, h.general)
    said = await h.discord.say(h.fan, h.general, SPOILER, attachments=[Attachment("ep12.png", b"png", "image/png")])
    await h.discord.wait_for_message(h.general, lambda m: m.author_id == h.discord.bot_user_id and "Please delete it" in m.content)
    assert said.id in {m.id for m in h.discord.messages(h.general)}


async def test_a_warned_message_edited_once_the_bot_may_delete_is_posted_again_before_it_goes(h: Harness) -> None:
    h.discord.set_overwrite(h.general, None, deny=MANAGE_MESSAGES)
    await _guard(h, h.general)
    said = await h.discord.say(h.fan, h.general, "ep 2 was so good. " + SPOILER)
    await h.discord.wait_for_message(h.general, lambda m: m.author_id == h.discord.bot_user_id and "Please delete it" in m.content)
    h.discord.set_overwrite(h.general, None)  # Manage Messages given back
    await h.discord.edit(h.fan, said, "ep 2 was so good. " + SPOILER + " and nam-ra becomes a halfbie")
    await _gone(h, h.general, said)
    notices = [m for m in _from_bot(h, h.general) if "taken down" in m.content]
    assert len(notices) == 1 and "halfbie" in notices[0].content  # the member's words, still there to read


async def test_a_link_in_a_spoiler_is_re_posted_without_its_preview(h: Harness) -> None:
    await _guard(h, h.general)
    await h.discord.say(h.fan, h.general, "cheong-san dies in ep 12 https://youtu.be/abc")
    notice = await _notice_of(h, h.general, "youtu")
    posted = [r for r in h.discord.requests if r.method == "POST" and r.path == f"/channels/{h.general.id}/messages"]
    assert posted[-1].json["flags"] & 4 and not notice.embeds  # SUPPRESS_EMBEDS: no title or picture in the clear


async def test_a_long_spoiler_is_re_posted_whole_over_several_messages(h: Harness) -> None:
    await _guard(h, h.general)
    typed = (("cheong-san dies in ep 12 and **nobody** saves him_ " * 40)[:1990] + " THE END").strip()
    said = await h.discord.say(h.fan, h.general, typed)
    # an event, its deadline wide for a loaded machine: reading 2,000 characters takes the lexicon about 0.1 CPU-s (perf62),
    # in a worker thread (cogs/lore/guard.py LONG_READ)
    await _notice_of(h, h.general, "taken down", timeout=30.0)
    await _gone(h, h.general, said)
    notices = [m.content for m in _from_bot(h, h.general)]
    assert len(notices) > 1 and all(n.count("||") == 2 for n in notices) and "THE END" in notices[-1], notices
    assert "".join(notices).count("nobody") == typed.count("nobody")


async def test_guard_on_where_the_bot_may_not_post_says_it_needs_send_messages(h: Harness) -> None:
    h.discord.deny(h.general)
    reply = await _guard(h, h.general)
    assert "I need **Send Messages** here" in reply.text and "Manage Messages" not in reply.text, reply.text


async def test_a_recap_on_several_lines_is_re_posted_with_its_lines_behind_the_bars(h: Harness) -> None:
    await _guard(h, h.general)
    typed = "my ep 12 recap:\n# cheong-san dies\n> on-jo cries\n- su-hyeok lives\n1. the end @everyone"
    said = await h.discord.say(h.fan, h.general, typed)
    notice = await _notice_of(h, h.general, "recap")
    await _gone(h, h.general, said)
    hidden = notice.content.partition("||")[2].rpartition("||")[0]
    assert plain(hidden).split("\n") == typed.split("\n"), notice.content  # each line as the member wrote it
    assert "dies" not in outside_bars(notice.content) and "@everyone" not in notice.content


async def _forward_from_elsewhere(h: Harness, text: str, into: Channel | None = None, *, bot_reads_it: bool = True,
                                  **fields: Any) -> tuple[Message, Message]:
    """The fan says `text` (with `fields`: embeds, attachments) in a channel with full spoilers (one the
    bot may not see unless `bot_reads_it`), then forwards it into the guarded #general (or `into`)."""
    elsewhere = h.discord.add_channel(h.guild, "spoilers-all")
    await h.discord.invoke(h.moderator, elsewhere, "spoilers", up_to="full spoilers")
    if not bot_reads_it:
        h.discord.set_overwrite(elsewhere, None, deny=VIEW_CHANNEL)
    original = await h.discord.say(h.fan, elsewhere, text, **fields)
    return original, await h.discord.forward(h.fan, original, into or h.general)


async def test_a_forwarded_spoiler_is_taken_down_and_shown_again_behind_bars_as_forwarded_by_the_member(h: Harness) -> None:
    await _guard(h, h.general)
    original, forward = await _forward_from_elsewhere(h, SPOILER)
    notice = await _notice_of(h, h.general, SPOILER_WORDS)
    await _gone(h, h.general, forward)
    assert forward.id not in {m.id for m in h.discord.messages(h.general)}
    shown = outside_bars(notice.content)
    assert f"forwarded by <@{h.fan.id}>" in shown and "S1E12" in shown and "your message" not in shown, notice.content
    assert "dies" not in shown and "@everyone" not in notice.content
    assert original.id in {m.id for m in h.discord.messages(h.discord.store.channels[original.channel_id])}
    assert leaks(lexicon_of(bundled_pack()), members_in_the_clear(h.discord, h.db_path, h.guild.id)) == []


async def test_a_forward_within_the_mark_is_left_alone(h: Harness) -> None:
    await _guard(h, h.general)
    _, forward = await _forward_from_elsewhere(h, "ep 2 was so good, gwi-nam is so creepy")
    await _read_so_far(h, h.general)
    assert forward.id in {m.id for m in h.discord.messages(h.general)} and len(_from_bot(h, h.general)) == 1


async def test_without_manage_messages_a_forwarded_spoiler_gets_a_warning_that_repeats_none_of_it(h: Harness) -> None:
    h.discord.set_overwrite(h.general, None, deny=MANAGE_MESSAGES)
    await _guard(h, h.general)
    _, forward = await _forward_from_elsewhere(h, SPOILER)
    warning = await h.discord.wait_for_message(
        h.general, lambda m: m.author_id == h.discord.bot_user_id and "Please delete it" in m.content)
    assert forward.id in {m.id for m in h.discord.messages(h.general)}  # nothing the member sent is lost
    assert "forwarded message gives away" in warning.content and "copy its text" in warning.content, warning.content
    assert "dies" not in warning.content and "cheong" not in warning.content.casefold()


def _jump_url(message: Message) -> str:
    return f"https://discord.com/channels/{message.guild_id}/{message.channel_id}/{message.id}"


async def test_a_forwarded_spoiler_with_a_picture_is_taken_down_and_the_notice_links_the_original(h: Harness) -> None:
    await _guard(h, h.general)
    carried = [Attachment("ep12.png", b"png", "image/png"), Attachment("ep12b.png", b"png", "image/png"),
               Attachment("recap.pdf", b"pdf", "application/pdf")]
    original, forward = await _forward_from_elsewhere(h, SPOILER, attachments=carried)
    notice = await _notice_of(h, h.general, SPOILER_WORDS)
    await _gone(h, h.general, forward)
    shown = outside_bars(notice.content)
    assert f"It had 2 pictures and a file, still there in the original: {_jump_url(original)}" in shown, notice.content
    assert not notice.embeds and not notice.attachments and notice.flags & 4  # the link shows no preview
    assert original.id in {m.id for m in h.discord.messages(h.discord.store.channels[original.channel_id])}
    assert leaks(lexicon_of(bundled_pack()), members_in_the_clear(h.discord, h.db_path, h.guild.id)) == []


async def test_a_forwarded_spoiler_with_a_picture_whose_original_the_bot_cannot_read_is_warned_about_never_deleted(
        h: Harness) -> None:
    await _guard(h, h.general)
    _, forward = await _forward_from_elsewhere(h, SPOILER, bot_reads_it=False,
                                               attachments=[Attachment("ep12.png", b"png", "image/png")])
    await h.discord.wait_for_message(h.general, lambda m: m.author_id == h.discord.bot_user_id and "Please delete it" in m.content)
    assert forward.id in {m.id for m in h.discord.messages(h.general)}  # its picture would be nowhere else to see


async def test_a_forwarded_spoiler_in_an_embed_is_taken_down_with_the_embeds_words_behind_bars(h: Harness) -> None:
    await _guard(h, h.general)
    recap = {"type": "rich", "title": "Episode 12 recap", "description": SPOILER, "fields": [{"name": "Who", "value": "gwi-nam"}]}
    _, forward = await _forward_from_elsewhere(h, "look at this answer", embeds=[recap])
    notice = await _notice_of(h, h.general, SPOILER_WORDS)
    await _gone(h, h.general, forward)
    hidden = plain(notice.content.partition("||")[2].rpartition("||")[0])
    assert all(words in hidden for words in ("look at this answer", "Episode 12 recap", "gwi-nam")), notice.content
    assert "dies" not in outside_bars(notice.content) and "@everyone" not in notice.content
    assert leaks(lexicon_of(bundled_pack()), members_in_the_clear(h.discord, h.db_path, h.guild.id)) == []


async def test_a_forwarded_embed_with_a_picture_is_taken_down_its_words_behind_bars_its_picture_linked(h: Harness) -> None:
    await _guard(h, h.general)
    card = {"type": "rich", "description": SPOILER, "image": {"url": "https://example.invalid/ep12.png"}}
    original, forward = await _forward_from_elsewhere(h, "look", embeds=[card])
    notice = await _notice_of(h, h.general, SPOILER_WORDS)
    await _gone(h, h.general, forward)
    assert f"It had a picture, still there in the original: {_jump_url(original)}" in outside_bars(notice.content)
    assert not notice.embeds and "dies" not in outside_bars(notice.content), notice.content


async def test_a_forward_into_a_thread_follows_its_channels_guard(h: Harness) -> None:
    await _guard(h, h.general)
    h.discord.set_overwrite(h.general, h.fan, allow=SEND_MESSAGES_IN_THREADS)
    thread = h.discord.add_thread(h.general, "watch-along")
    _, forward = await _forward_from_elsewhere(h, SPOILER, into=thread)
    notice = await _notice_of(h, thread, SPOILER_WORDS)
    await _gone(h, thread, forward)
    assert "this thread" in notice.content and "forwarded by" in outside_bars(notice.content), notice.content


async def test_a_reply_answering_a_spoiler_question_is_taken_down_its_episode_hidden_and_the_question_stays(h: Harness) -> None:
    question = await h.discord.say(h.fan, h.general, "is so-ju gonna be ok??")  # no spoiler itself; "no" tells he dies (E11)
    await _guard(h, h.general)
    answer = await h.discord.say(h.moderator, h.general, "no 💔", reply_to=question)
    notice = await _notice_of(h, h.general, "no 💔")
    await _gone(h, h.general, answer)
    shown = outside_bars(notice.content)
    assert "read with the question it answers" in shown and "no 💔" not in shown, notice.content
    # the episode too is behind bars: under "is so-ju gonna be ok??" it would say when his story ends
    assert "S1E11" in notice.content and "S1E11" not in shown and "episode 11" not in shown, notice.content
    assert "so-ju" not in notice.content  # the question is the asker's: never posted again
    assert question.id in {m.id for m in h.discord.messages(h.general)}
    assert leaks(lexicon_of(bundled_pack()), members_in_the_clear(h.discord, h.db_path, h.guild.id)) == []


async def test_a_reply_under_a_bump_is_read_with_the_question_up_its_chain(h: Harness) -> None:
    question = await h.discord.say(h.fan, h.general, "is cheongsan ok?")  # no spoiler itself: it stays up
    bump = await h.discord.say(h.fan, h.general, "anyone??", reply_to=question)
    await _guard(h, h.general)
    answer = await h.discord.say(h.moderator, h.general, "not really 😭", reply_to=bump)
    notice = await _notice_of(h, h.general, "not really")
    await _gone(h, h.general, answer)
    assert "read with the question it answers" in outside_bars(notice.content), notice.content
    assert {question.id, bump.id} <= {m.id for m in h.discord.messages(h.general)}


async def test_the_askers_own_yes_under_a_question_back_stays(h: Harness) -> None:
    question = await h.discord.say(h.fan, h.general, "is cheongsan ok?")
    back = await h.discord.say(h.moderator, h.general, "you sure you want to know?", reply_to=question)
    await _guard(h, h.general)
    said = await h.discord.say(h.fan, h.general, "yes", reply_to=back)
    await _read_so_far(h, h.general)
    assert said.id in {m.id for m in h.discord.messages(h.general)}


async def test_a_plain_answer_in_a_thread_named_as_a_question_is_read_with_it(h: Harness) -> None:
    await _guard(h, h.general)
    h.discord.set_overwrite(h.general, h.fan, allow=SEND_MESSAGES_IN_THREADS)
    thread = h.discord.add_thread(h.general, "does cheongsan die??")
    said = await h.discord.say(h.fan, thread, "yes 😭")
    notice = await _notice_of(h, thread, "yes 😭")
    await _gone(h, thread, said)
    assert "read with the question it answers" in outside_bars(notice.content), notice.content


async def test_a_plain_answer_right_after_a_question_is_read_with_it_and_the_question_stays(h: Harness) -> None:
    await _guard(h, h.general)
    question = await h.discord.say(h.fan, h.general, "is cheongsan ok?")  # no spoiler itself: it stays up
    answer = await h.discord.say(h.moderator, h.general, "not really 😭")  # no reply, no quote
    notice = await _notice_of(h, h.general, "not really")
    await _gone(h, h.general, answer)
    assert "read with the question it answers" in outside_bars(notice.content), notice.content
    assert question.id in {m.id for m in h.discord.messages(h.general)}


async def test_a_reply_to_a_question_the_guard_took_down_is_read_with_that_question(h: Harness) -> None:
    await _guard(h, h.general)
    question = await h.discord.say(h.fan, h.general, "does cheongsan die at the end?")  # read as his death (E11)
    await _gone(h, h.general, question)
    # a member who saw it before it went answers it: Discord sends no message it replies to
    answer = await h.discord.say(h.moderator, h.general, "yes 😭", reply_to=question)
    notice = await _notice_of(h, h.general, "yes 😭")
    await _gone(h, h.general, answer)
    assert "read with the question it answers" in outside_bars(notice.content), notice.content
    assert leaks(lexicon_of(bundled_pack()), members_in_the_clear(h.discord, h.db_path, h.guild.id)) == []


async def test_a_reply_to_a_question_a_moderator_deleted_is_read_with_that_question(h: Harness) -> None:
    question = await h.discord.say(h.fan, h.general, "is so-ju gonna be ok??")  # no spoiler itself: the bot caches it
    await _guard(h, h.general)
    h.discord.store.delete_message(question)
    answer = await h.discord.say(h.moderator, h.general, "no 💔", reply_to=question)
    notice = await _notice_of(h, h.general, "no 💔")
    await _gone(h, h.general, answer)
    assert "read with the question it answers" in outside_bars(notice.content), notice.content


async def test_a_reply_to_a_question_a_moderator_purged_is_read_with_that_question(h: Harness) -> None:
    question = await h.discord.say(h.fan, h.general, "is so-ju gonna be ok??")  # no spoiler itself: the bot caches it
    aside = await h.discord.say(h.fan, h.general, "brb")
    await _guard(h, h.general)
    await h.discord.purge([question, aside])  # one MESSAGE_DELETE_BULK, as a moderation bot's purge sends
    answer = await h.discord.say(h.moderator, h.general, "no 💔", reply_to=question)
    notice = await _notice_of(h, h.general, "no 💔")
    await _gone(h, h.general, answer)
    assert "read with the question it answers" in outside_bars(notice.content), notice.content


async def test_without_read_message_history_a_reply_is_read_without_asking_discord_for_what_it_answers(h: Harness) -> None:
    def before_the_bot(text: str, reply_to: Message | None = None) -> Message:  # asked before it came: not cached
        reference = None if reply_to is None else {"type": 0, "message_id": str(reply_to.id), "channel_id": str(h.general.id)}
        return h.discord.store.add_message(Message(id=h.discord.store.new_id(), channel_id=h.general.id, guild_id=h.guild.id,
                                                   author_id=h.fan.id, content=text, message_reference=reference), told=False)
    question = before_the_bot("is cheongsan ok?")
    bump = before_the_bot("anyone??", reply_to=question)  # sent with the answer, without the question it bumps
    h.discord.set_overwrite(h.general, None, deny=READ_MESSAGE_HISTORY)
    await _guard(h, h.general)
    said = await h.discord.say(h.moderator, h.general, "not really 😭", reply_to=bump)
    await _read_so_far(h, h.general)
    assert said.id in {m.id for m in h.discord.messages(h.general)}  # read without its question: it names nobody
    assert not [r for r in h.discord.requests if r.method == "GET" and r.path.endswith(f"/messages/{question.id}")]


async def test_a_question_edited_into_a_spoiler_takes_down_the_answers_it_drew(h: Harness) -> None:
    await _guard(h, h.general)
    question = await h.discord.say(h.fan, h.general, "does he die?")  # nobody named: "yes" gives nothing away
    answer = await h.discord.say(h.moderator, h.general, "yes 😭", reply_to=question)
    plainly = await h.discord.say(h.moderator, h.general, "yeah sadly")  # sent plainly under it, a moment later
    await h.discord.edit(h.fan, question, "does cheongsan die?")
    notice = await _notice_of(h, h.general, "yes 😭")
    await _gone(h, h.general, answer)
    assert "read with the question it answers" in outside_bars(notice.content), notice.content
    await _notice_of(h, h.general, "yeah sadly")
    await _gone(h, h.general, plainly)
