"""A season-2 announcement channel deleted while the bot was offline, as its moderator sees it end
to end on the local Discord: the DM that says announcements stopped names the channel by the name
it last had (its mention would show only "#deleted-channel"), once, and says what to do; the
`/season2set announce list` and the posts list name it the same way. The name is kept when the
channel is subscribed, and kept fresh when it is renamed (seen live, or at the bot's next start).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.harness import Harness
from tests.e2e.test_failed_posts_told import deleted_while_offline, posts_list
from tests.e2e.test_moderators_week import seen, settle, subscribe

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
async def h(tmp_path: Path) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path) as harness:
        yield harness


async def lists(h: Harness) -> str:
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    return seen(listed) + "\n" + await posts_list(h)


async def test_a_channel_deleted_while_the_bot_was_offline_is_named_by_its_old_name(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await subscribe(h, h.general)
    text = await deleted_while_offline(h, news)
    assert "#announcements" in text.replace("\\", ""), text
    assert "deleted-channel" not in text and f"<#{news.id}>" not in text, text
    shown = await lists(h)
    assert "#announcements (deleted)" in shown.replace("\\", ""), shown
    assert f"<#{news.id}>" not in shown, shown


async def test_a_renamed_channel_is_named_by_its_last_name(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await subscribe(h, h.general)
    h.discord.rename_channel(news, "s2-news")  # seen live
    await settle(h, rounds=2)
    text = await deleted_while_offline(h, news)
    assert "#s2-news" in text.replace("\\", "") and "#announcements" not in text.replace("\\", ""), text
    assert "#s2-news (deleted)" in (await lists(h)).replace("\\", "")


async def test_a_channel_renamed_while_the_bot_was_offline_is_named_as_seen_at_its_start(h: Harness) -> None:
    news = h.channels["announcements"]
    await subscribe(h, news)
    await subscribe(h, h.general)
    await h._stop_bot()
    h.discord.rename_channel(news, "season-two")  # no event reaches the bot: its start sees it
    await h._start_bot()
    await settle(h, rounds=2)
    text = await deleted_while_offline(h, news)
    assert "#season-two" in text.replace("\\", ""), text


async def test_a_name_with_markdown_and_mentions_stays_inert_text(h: Harness) -> None:
    sneaky = h.discord.add_channel(h.guild, "**s2**||spoiler||@everyone<@&1>`x`_y_" + "z" * 150)
    await subscribe(h, sneaky)
    await subscribe(h, h.general)
    text = await deleted_while_offline(h, sneaky)
    assert "**s2**" not in text and "||spoiler||" not in text and "`x`" not in text, text  # escaped
    assert "@everyone" not in text and "<@&1>" not in text, text  # defused
    assert "s2" in text and "spoiler" in text and "everyone" in text, text  # yet readable
    assert "z" * 150 not in text, text  # capped
    shown = await lists(h)
    assert "||spoiler||" not in shown and "@everyone" not in shown and "(deleted)" in shown, shown
