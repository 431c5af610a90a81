"""One season-2 change, walked end to end (bench/walk.py): a TVmaze poll against a local TVmaze that
makes the status change, to the announcement posted in the local Discord.

The walk is traced with a profile hook and must stay one pass: the claims loaded once, the status
computed twice (before and after), one write transaction for the ingest, no module hopping back.
"""

from __future__ import annotations

from pathlib import Path

from bench.walk import trace_walk

#: The season-2 domain package (bot/season2/): the pipeline's own modules.
DOMAIN = "bot/season2/"
#: At most this many of them (the poll's timers, each source polled at its own instant in its
#: interval, live with the rest of when to poll: bot/season2/schedule.py).
MOST_DOMAIN = 10
#: The whole walk (every project file: core, domain, cog, SQL) may not spread further than this.
#: (27 since premiere day: the poll also learns the episode list, bot/show.py and db/show.py, and
#: the announcement hides a claim's words that spoil, bot/spoilers.py; 29 since the announcement
#: reads those words with the pack's lexicon, bot/lore/lexicon.py and bot/lore/names.py; 36 since the
#: announcement shows what its channel allows at delivery: the mark read then, cogs/season2/audience.py,
#: bot/lore/progress.py and db/lore/progress.py; the lexicon of the row's own server, the cog's
#: reads_for over bot/lore/library.py and bot/lore/additions.py; and the renderer split by role,
#: cogs/season2/render_claims.py beside render_posts.py; 37 since a thread's parent channel is found
#: in one place for every feature, bot/app.py:Hyosan.thread_parent; 38 since the lexicon reads a
#: headline's name typed one letter off, bot/lore/name_keys.py; 39 since it reads the names the pack gives
#: events and characters ("the goodbye kiss", "the villain"), bot/lore/lexicon_terms.py; 40 since the
#: lexicon's anchors, read from the pack, are their own module, bot/lore/lexicon_anchors.py, split from
#: lexicon.py at 600 lines; still 40 with the episode list's titles made inert as they are learned,
#: bot/show.py:plain_title over bot/text.py, which the walk already crossed; still 40 with each
#: source polled at its own instant: the timers are in bot/season2/schedule.py, already crossed; 41
#: since the lexicon's nameless scenes are their own module, bot/lore/lexicon_scenes.py, split from
#: lexicon_terms.py near 600 lines; 42 since a headline telling an event of a later season without
#: its episode spoils that whole season, read as its last listed episode: bot/lore/lexicon_seasons.py; 44
#: since the season-1 episodes a text names are read in their own module, bot/lore/lexicon_episodes.py (split
#: from lexicon.py at 599 lines), and an event word typed with a slip in another, bot/lore/lexicon_typos.py; still 44
#: with the status in memory in bot/season2/current.py (so `hyosan ask` loads no tracker), as the dispatch
#: lease became the dispatcher's own, bot/season2/delivery/dispatcher.py:Lease; 43 since the lease's
#: SQL is its outbox's, db/season2/outbox.py, whose rows it lets one copy claim; 44 since the outbox is neither
#: feature's (trivia queues its notices there too): its rows, their nonce and JSON are bot/outbox.py's, and its SQL
#: db/outbox.py, the same file moved; still 44 with Discord's timestamp markup written by bot/text.py:timestamp, which
#: the walk already crossed; 43 since the content a post is read by, a server's pack with its additions applied, is
#: built when the season-2 cog loads, as the lore cog builds it, and a newcomer is read for only in content that names
#: one: bot/lore/additions.py; 44 since the lexicon's Vietnamese chat words, which every source title is read through,
#: are bot/lore/lexicon_vietnamese.py's, split out of lexicon_typos.py at 600 lines.)
MOST_FILES = 44


async def test_a_poll_reaches_the_announcement_in_one_pass(tmp_path: Path) -> None:
    walk, post = await trace_walk(tmp_path)
    assert post.embed is not None and post.embed["title"] == "Season 2 has a release date"
    assert walk.count("load_claims") == 1
    assert walk.count("compute_status") == 2
    assert walk.poll_transactions == 1
    domain = [path for path in walk.files if path.startswith(DOMAIN)]
    assert len(domain) <= MOST_DOMAIN, domain
    assert len(walk.files) <= MOST_FILES, walk.files
    # One module per role, nothing read twice: no "live" copy, no service in the way, no poller.
    assert not {"bot/season2/live.py", "bot/season2/service.py"} & set(walk.files)
