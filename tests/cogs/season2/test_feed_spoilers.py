"""Feed headlines and moderators' text in season-2 messages: show content stays behind spoiler bars
(cogs/season2/render_claims.py, render_posts.py). Rendered here for an unmarked channel (the
default audience), anything that spoils at all is hidden; tests/cogs/season2/test_post_audiences.py
has the marked channels."""

from __future__ import annotations

import datetime as dt

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.season2.model import Claim, Confidence, Milestone, Source
from bot.show import Position
from bot.spoilers import Reads
from cogs.season2 import render_claims, render_posts
from tests.cogs.spoiler_oracle import outside_bars, plain


def _reads() -> Reads:
    """The bundled lexicon's reader, built when a test first needs it, not at collection."""
    return lexicon_of(bundled_pack()).position


def _claim(title: str) -> Claim:
    return Claim(
        id="rss:1", milestone=Milestone.TEASER, date=dt.date(2026, 3, 1), confidence=Confidence.REPORTED,
        source=Source("Soompi", title, "https://example.com/news"), text=title, origin="rss",
    )


def _visible(text: str) -> str:
    return plain(outside_bars(text))


def test_a_headline_whose_author_hid_a_spoiler_keeps_it_hidden() -> None:
    line = render_claims.claim_line(_claim("Season 2 teaser: ||Cheong-san is alive||"), reads=_reads())
    assert "alive" not in _visible(line)
    assert line.replace("\\|", "").count("||") == 2  # the bot's own bars, balanced; the author's made inert


def test_a_headline_that_names_a_death_goes_inside_bars_whole() -> None:
    line = render_claims.claim_line(_claim("Cheong-san is alive: season 2 brings him back"), reads=_reads())
    assert "Cheong-san" not in _visible(line) and "Soompi" in _visible(line)


def test_a_headline_without_show_content_is_shown_as_it_is() -> None:
    line = render_claims.claim_line(_claim("All of Us Are Dead season 2 teaser is out"), reads=_reads())
    assert "season 2 teaser is out" in _visible(line)


def test_a_headline_with_bars_is_hidden_even_without_the_lexicon() -> None:
    line = render_claims.claim_line(_claim("||spoiler|| in the title"), reads=None)
    assert "spoiler" not in _visible(line)


def test_an_announcement_hides_its_spoiling_sources() -> None:
    payload = {
        "kind": "milestone", "to_milestone": "teaser", "confidence": "reported",
        "sources": [{"publisher": "Koreaboo", "title": "Nam-ra survives in season 2", "url": "https://e.com/a",
                     "confidence": "reported", "date": "2026-03-01"}],
    }
    embed = render_posts.announcement_embed(payload, _reads())
    sources = next(f for f in embed.fields if f.name == "Sources")
    assert "Nam-ra" not in _visible(str(sources.value)) and "Koreaboo" in str(sources.value)


def test_a_source_address_that_names_a_death_is_hidden_with_its_link() -> None:
    url = "https://www.koreaboo.com/news/cheong-san-dies-s1e11"  # shown when the link is hovered
    claim = Claim(id="mod:1", milestone=Milestone.TEASER, date=dt.date(2026, 3, 1), confidence=Confidence.REPORTED,
                  source=Source("koreaboo.com", "", url), text="Teaser", origin="moderator")
    assert url not in outside_bars(render_claims.claim_line(claim, reads=_reads()))
    assert url in outside_bars(render_claims.claim_line(claim, Position(1, 12), reads=_reads()))
