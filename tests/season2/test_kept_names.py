"""The channel names the season-2 service keeps (bot/season2/service.kept_name): plain, one line, capped."""

from __future__ import annotations

from bot.season2.service import NAME_LIMIT, kept_name


def test_a_kept_name_is_one_line_capped_and_never_empty() -> None:
    assert kept_name("  s2-news  ") == "s2-news"
    assert kept_name("a\nb") == "a b"
    assert kept_name("z" * 300) == "z" * NAME_LIMIT
    assert kept_name("") is None and kept_name(None) is None and kept_name("\u200b") is None
