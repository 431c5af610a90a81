"""Season-2 posts show what their channel allows, read when they are delivered: a public message
shows in the clear exactly what its channel's spoiler mark allows (nothing when unmarked), whoever
caused it; a thread without a mark of its own reads as its parent channel; a mark lowered between
the enqueue and the delivery (a restart in between included) is the one that counts, and so is a
fate the server's moderators add meanwhile (the lexicon is read at delivery, for that server); and nothing
from the show ever stands where Discord cannot hide it (titles, field names, footers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.harness import Harness, open_migrated
from bot.lore import review
from bot.lore.content import bundled_pack
from bot.lore.lexicon import Lexicon, lexicon_of
from bot.lore.library import LEXICON
from bot.sandbox import Channel, Message
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.show import NOTHING, Position
from db import outbox as outbox_db
from db import times
from db.lore import progress as progress_db
from tests.cogs.spoiler_oracle import Transcript, leaks, outside_bars, plain
from tests.polling import eventually

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
EXTENSIONS = ("cogs.meta", "cogs.lore", "cogs.season2")
WAIT = 8.0
#: Two independent reports of the teaser (the status moves), each naming a season-1 death.
HEADLINES = (
    ("All of Us Are Dead season 2 teaser revisits Lee Cheong-san's death", "Soompi"),
    ("All of Us Are Dead season 2 teaser: after Cheong-san's death, Nam-ra returns as a halfbie", "Koreaboo"),
)
S1E12 = Position(1, 12)


@pytest.fixture
async def feed() -> AsyncIterator[LocalNewsFeed]:
    async with LocalNewsFeed(title="K-drama News", publisher="News") as served:
        yield served


@pytest.fixture
async def h(tmp_path: Path, feed: LocalNewsFeed) -> AsyncIterator[Harness]:
    async with Harness.start(
        tmp_path, clock=ManualClock(START), extensions=EXTENSIONS, rss_feeds=(feed.feed_url,)
    ) as harness:
        yield harness


async def _mark(h: Harness, channel: Channel, up_to: str) -> None:
    reply = await h.discord.invoke(h.moderator, channel, "spoilers", up_to=up_to)
    assert "spoiler" in reply.text


async def _subscribe(h: Harness, channel: Channel) -> None:
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "announce", "set", channel=channel, level="reported"
    )
    assert f"<#{channel.id}>" in reply.text


async def _news(h: Harness, feed: LocalNewsFeed, headlines: tuple[tuple[str, str], ...] = HEADLINES) -> None:
    for title, publisher in headlines:
        feed.add_headline(title, publisher=publisher)
    cog: Any = h.bot.get_cog("Season2")
    await cog.service.tracking.poll_now()


async def _announcement(h: Harness, channel: Channel) -> Message:
    return await h.discord.wait_for_message(
        channel, lambda m: m.interaction_id is None and "Teaser" in m.text, timeout=WAIT
    )


def _sources(post: Message) -> str:
    embed = post.embeds[0]
    return str(next(f["value"] for f in embed["fields"] if f["name"] == "Sources"))


def _lexicon() -> Lexicon:
    """The bundled pack's lexicon, built at first use: every pytest-xdist worker collects this module."""
    return lexicon_of(bundled_pack())


def _visible(text: str) -> str:
    return plain(outside_bars(text))


def _gives_away(text: str) -> Position:
    found = _lexicon().scan(text)
    return found.position if found is not None else NOTHING


def _assert_nothing_unhideable(post: Message) -> None:
    for embed in post.embeds:
        fixed = [embed.get("title"), (embed.get("footer") or {}).get("text"), *(f["name"] for f in embed.get("fields", []))]
        for text in fixed:
            assert _gives_away(plain(str(text or ""))) == NOTHING, text


def test_the_headlines_name_a_season_one_death_the_mark_allows() -> None:
    for title, _ in HEADLINES:
        assert NOTHING < _gives_away(title) <= S1E12


async def test_a_channel_marked_s1e12_sees_a_season_one_death_in_a_headline_in_the_clear(
    h: Harness, feed: LocalNewsFeed
) -> None:
    marked = h.channels["announcements"]
    await _mark(h, marked, "S1E12")
    await _subscribe(h, marked)
    await _subscribe(h, h.channels["trivia"])
    listed = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "list")
    assert f"<#{marked.id}>: reported, on · shows up to S1E12 in the clear" in listed.text  # each channel's mark
    assert f"<#{h.channels['trivia'].id}>: reported, on · no spoiler mark" in listed.text
    await _news(h, feed)
    sources = _sources(await _announcement(h, marked))
    assert "Cheong-san's death" in _visible(sources) and "Nam-ra returns as a halfbie" in _visible(sources)
    assert "||" not in sources


async def test_an_unmarked_channel_sees_the_same_headline_in_bars(h: Harness, feed: LocalNewsFeed) -> None:
    unmarked = h.channels["trivia"]
    await _subscribe(h, unmarked)
    await _news(h, feed)
    post = await _announcement(h, unmarked)
    sources = _sources(post)
    assert "Cheong-san" in plain(sources)  # there, behind bars
    assert "Cheong-san" not in _visible(sources) and "halfbie" not in _visible(sources)
    assert "Soompi" in _visible(sources) and "Koreaboo" in _visible(sources)  # who said it stays readable
    _assert_nothing_unhideable(post)


async def test_a_headline_spelled_to_slip_past_the_lexicon_is_hidden_all_the_same(
    h: Harness, feed: LocalNewsFeed
) -> None:
    unmarked = h.channels["trivia"]
    await _subscribe(h, unmarked)
    feed.add_headline("All of Us Are Dead season 2 teaser: nam_ra-returns-as-a-halfbie", publisher="Soompi")
    feed.add_headline("All of Us Are Dead season 2 teaser: Cheong\u200bsan is alive", publisher="Koreaboo")
    cog: Any = h.bot.get_cog("Season2")
    await cog.service.tracking.poll_now()
    sources = _sources(await _announcement(h, unmarked))
    assert "halfbie" in plain(sources) and "halfbie" not in _visible(sources)
    assert "alive" in plain(sources) and "alive" not in _visible(sources)
    assert "Soompi" in _visible(sources) and "Koreaboo" in _visible(sources)


async def test_one_event_shows_each_channel_what_its_own_mark_allows(h: Harness, feed: LocalNewsFeed) -> None:
    marked, unmarked = h.channels["announcements"], h.channels["trivia"]
    await _mark(h, marked, "S1E12")
    await _mark(h, h.general, "S1E3")  # the moderator who subscribes types here: their channel decides nothing
    for channel in (marked, unmarked):
        await _subscribe(h, channel)
    await _news(h, feed)
    assert "Cheong-san's death" in _visible(_sources(await _announcement(h, marked)))
    assert "Cheong-san" not in _visible(_sources(await _announcement(h, unmarked)))
    shown = Transcript(h.discord, h.db_path).read()
    assert leaks(_lexicon(), shown) == []  # the oracle: every post read at its own channel's mark


async def test_a_thread_reads_as_its_marked_parent_channel(h: Harness, feed: LocalNewsFeed) -> None:
    parent = h.channels["announcements"]
    await _mark(h, parent, "S1E12")
    thread = h.discord.add_thread(parent, "season 2 news")
    await _subscribe(h, thread)
    await _news(h, feed)
    assert "Cheong-san's death" in _visible(_sources(await _announcement(h, thread)))


async def test_a_thread_of_an_unmarked_channel_hides_the_headline(h: Harness, feed: LocalNewsFeed) -> None:
    thread = h.discord.add_thread(h.channels["trivia"], "season 2 news")
    await _subscribe(h, thread)
    await _news(h, feed)
    post = await _announcement(h, thread)
    assert "Cheong-san" not in _visible(_sources(post))
    _assert_nothing_unhideable(post)


async def test_a_thread_with_its_own_lower_mark_keeps_to_it(h: Harness, feed: LocalNewsFeed) -> None:
    parent = h.channels["announcements"]
    await _mark(h, parent, "S1E12")
    thread = h.discord.add_thread(parent, "first-timers")
    await _mark(h, thread, "S1E2")
    await _subscribe(h, thread)
    await _news(h, feed)
    assert "Cheong-san" not in _visible(_sources(await _announcement(h, thread)))


async def _refused_once(
    h: Harness, channel: Channel, feed: LocalNewsFeed, headlines: tuple[tuple[str, str], ...] = HEADLINES
) -> None:
    """Queue the announcement and have its first delivery refused (503: tried again later)."""
    h.discord.fail_next("POST", f"/channels/{channel.id}/messages", 503)
    await _news(h, feed, headlines)
    await h.discord.wait_for_request(
        lambda r: r.method == "POST" and r.path == f"/channels/{channel.id}/messages", timeout=WAIT
    )
    async with h.db.read() as conn:
        (row,) = await outbox_db.outbox_rows(conn)
    assert row.state in ("pending", "sending") and row.attempts == 1
    assert [m for m in h.discord.messages(channel) if m.interaction_id is None] == []


async def test_a_mark_lowered_between_the_enqueue_and_the_delivery_hides_the_headline(
    h: Harness, feed: LocalNewsFeed
) -> None:
    channel = h.channels["announcements"]
    await _mark(h, channel, "S1E12")
    await _subscribe(h, channel)
    await _refused_once(h, channel, feed)
    await _mark(h, channel, "0")  # lowered while the post waits in the outbox
    await h.advance(dt.timedelta(minutes=10))
    post = await _announcement(h, channel)
    assert "Cheong-san" in plain(_sources(post)) and "Cheong-san" not in _visible(_sources(post))


async def test_a_fate_the_server_adds_between_the_enqueue_and_the_delivery_hides_the_headline(
    h: Harness, feed: LocalNewsFeed
) -> None:
    # The lexicon is read at delivery, for the row's own server: a headline's spoilers are never
    # settled when the claim enters the tracker (an approval applies at once, in that server only).
    channel = h.channels["announcements"]
    await _mark(h, channel, "S1E11")  # Cheong-san's death (11) in the clear
    await _subscribe(h, channel)
    fall = ("All of Us Are Dead season 2 teaser: Han Du-seok dies at the gate", "Koreaboo")
    await _refused_once(h, channel, feed, (HEADLINES[0], fall))
    queue = review.ReviewQueue(h.db, h.clock, h.bot.content)
    added = await queue.submit(h.guild.id, h.moderator.id, "death", {
        "character": "Han Du-seok", "death_kind": "dies", "text": "Du-seok falls at the gate.", "spoils": "S1E12",
        "source": "https://www.netflix.com/tudum/x"})
    await queue.approve(h.guild.id, added.id, h.moderator.id)
    await h.advance(dt.timedelta(minutes=10))
    sources = _sources(await _announcement(h, channel))
    assert "Du-seok dies" in plain(sources) and "Du-seok dies" not in _visible(sources)
    assert "Cheong-san's death" in _visible(sources)  # what the mark allows stays in the clear


async def test_a_mark_lowered_while_the_bot_is_down_counts_after_the_restart(h: Harness, feed: LocalNewsFeed) -> None:
    channel = h.channels["announcements"]
    await _mark(h, channel, "S1E12")
    await _subscribe(h, channel)
    await _refused_once(h, channel, feed)
    await h._stop_bot()
    # Lowered while this copy is away (by another copy of the bot sharing the database): the post
    # queued before the restart is rendered for the mark it finds at delivery.
    database = await open_migrated(h.db_path)
    try:
        async with database.transaction() as conn:
            await progress_db.set_channel_mark(conn, h.guild.id, channel.id, Position(1, 3), h.moderator.id)
    finally:
        await database.close()
    await h._start_bot()
    await h.advance(dt.timedelta(minutes=10))
    post = await _announcement(h, channel)
    assert "Cheong-san" not in _visible(_sources(post))
    async with h.db.read() as conn:  # (the row may not be marked sent yet: the post is seen first)
        (row,) = await outbox_db.outbox_rows(conn)
    assert "||" not in row.payload  # the outbox keeps the parts, never a rendering


async def test_a_mark_raised_before_the_delivery_shows_what_it_now_allows(h: Harness, feed: LocalNewsFeed) -> None:
    channel = h.channels["announcements"]
    await _subscribe(h, channel)
    await _refused_once(h, channel, feed)
    await _mark(h, channel, "S1E12")
    await h.advance(dt.timedelta(minutes=10))
    assert "Cheong-san's death" in _visible(_sources(await _announcement(h, channel)))


async def test_a_test_announcement_says_what_the_channel_shows(h: Harness) -> None:
    marked, unmarked = h.channels["announcements"], h.channels["trivia"]
    await _mark(h, marked, "S1E12")
    for channel in (marked, unmarked):
        await _subscribe(h, channel)
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "test")
    marked_post = await h.discord.wait_for_message(marked, lambda m: "test" in m.text, timeout=WAIT)
    unmarked_post = await h.discord.wait_for_message(unmarked, lambda m: "test" in m.text, timeout=WAIT)
    assert "spoiler-safe up to S1E12" in marked_post.text
    assert "no spoiler mark" in unmarked_post.text and "/spoilers" in unmarked_post.text


async def _recorded(h: Harness) -> None:
    """Wait until the dispatcher has recorded the post it made (Discord shows it a moment before)."""
    async def sent() -> bool:
        async with h.db.read() as conn:
            return [row.state for row in await outbox_db.outbox_rows(conn)] == ["sent"]

    if not await eventually(sent, 4.0):
        raise AssertionError("the post was never recorded as sent")


async def test_a_post_resent_after_the_mark_fell_finds_the_one_already_shown(h: Harness, feed: LocalNewsFeed) -> None:
    channel = h.channels["announcements"]
    await _mark(h, channel, "S1E12")
    await _subscribe(h, channel)
    await _news(h, feed)
    shown = await _announcement(h, channel)
    await _recorded(h)
    # A copy that crashed after Discord made the message and before it recorded it, longer ago than
    # Discord remembers nonces: the row is sent again, now for a lower mark.
    long_ago = h.clock.now() - dt.timedelta(hours=1)
    async with h.db.transaction() as conn:
        await conn.execute(
            "UPDATE season2_outbox SET state = 'sending', claimed_by = 'crashed copy', attempted_at = ?",
            (times.encode(long_ago),),
        )
    h.discord.nonce_window = 0  # Discord has forgotten the nonce too
    await _mark(h, channel, "0")
    await h.advance(dt.timedelta(seconds=10))
    async with h.db.read() as conn:
        (row,) = await outbox_db.outbox_rows(conn)
    assert row.state == "sent" and row.message_id == shown.id
    assert any(r.method == "GET" and r.path == f"/channels/{channel.id}/messages" for r in h.discord.requests)
    assert [m.id for m in h.discord.messages(channel) if m.interaction_id is None] == [shown.id]


async def test_a_channel_marked_before_a_press_headlines_spoiler_sees_it_in_bars_and_one_marked_past_it_in_the_clear(
    h: Harness, feed: LocalNewsFeed
) -> None:
    before, past = h.channels["announcements"], h.channels["trivia"]
    await _mark(h, before, "S1E10")
    await _mark(h, past, "S1E12")  # On-jo in season 2 gives away her season-1 fate (12)
    for channel in (before, past):
        await _subscribe(h, channel)
    # the way the press writes of a fate (11): a character's final goodbye, a fan line quoted in the headline
    feed.add_headline("All of Us Are Dead season 2 teaser revisits Cheong-san's final goodbye to On-jo", publisher="Soompi")
    feed.add_headline("All of Us Are Dead season 2 teaser: So-ju deserved better, and On-jo knows it", publisher="Koreaboo")
    cog: Any = h.bot.get_cog("Season2")
    await cog.service.tracking.poll_now()
    hidden = _sources(await _announcement(h, before))
    assert "final goodbye" in plain(hidden) and "final goodbye" not in _visible(hidden)
    assert "deserved better" in plain(hidden) and "deserved better" not in _visible(hidden)
    assert "Soompi" in _visible(hidden) and "Koreaboo" in _visible(hidden)
    shown = _sources(await _announcement(h, past))
    assert "final goodbye" in _visible(shown) and "So-ju deserved better" in _visible(shown)
    assert leaks(_lexicon(), Transcript(h.discord, h.db_path).read()) == []


async def test_the_lexicon_posts_are_read_by_is_built_when_season_2_starts_not_by_the_first_post(tmp_path: Path) -> None:
    """Without the lore cog too: the first announcement after a start does not wait for it to be built."""
    async with Harness.start(tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.season2")) as h:
        assert isinstance(h.bot.content.for_guild(None).derived(LEXICON), Lexicon)
