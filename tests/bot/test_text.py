"""User text made inert: no pings, no markdown, no spoiler bars, no invisible characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text import clean_input, defuse_mentions, quote_user_list, quote_user_text, shorten, strip_invisible


def test_everyone_and_here_no_longer_ping() -> None:
    assert "@everyone" not in defuse_mentions("hi @everyone and @here")
    assert "@here" not in defuse_mentions("hi @everyone and @here")


def test_role_user_and_channel_mentions_are_broken() -> None:
    text = defuse_mentions("<@&123> <@456> <@!789> <#1011>")
    for raw in ("<@&123>", "<@456>", "<@!789>", "<#1011>"):
        assert raw not in text


def test_zero_width_and_direction_controls_are_removed() -> None:
    assert strip_invisible("Nam\u200b-ra\u202e") == "Nam-ra"


def test_clean_input_folds_whitespace_and_bounds_length() -> None:
    assert clean_input("  who   plays\n\tOn-jo ?  ") == "who plays On-jo ?"
    assert len(clean_input("x" * 4000, limit=300)) == 300


def test_shorten_adds_an_ellipsis_only_when_needed() -> None:
    assert shorten("abc", 5) == "abc"
    assert shorten("abcdefgh", 5) == "abcd…"


def test_quoted_text_cannot_close_a_spoiler() -> None:
    quoted = quote_user_text("a || b")
    assert "||" not in quoted.replace("\\|", "")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_quoted_text_never_contains_raw_pings_or_spoiler_bars(text: str) -> None:
    quoted = quote_user_text(text)
    unescaped = quoted.replace("\\|", "")
    assert "||" not in unescaped
    assert "@everyone" not in quoted and "@here" not in quoted
    assert len(quoted) <= 200 * 2 + 10


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_shortcut_agrees_with_the_full_cleaning(text: str) -> None:
    import unicodedata

    from bot.text import _WHITESPACE

    full = _WHITESPACE.sub(
        " ",
        "".join(ch for ch in unicodedata.normalize("NFKC", strip_invisible(text)) if unicodedata.category(ch) != "Cc" or ch in "\n\t"),
    ).strip()[:300]
    assert clean_input(text) == full


def test_a_quoted_list_defuses_and_escapes_each_name() -> None:
    shown = quote_user_list(["@everyone", "||x||", "<@&1>"], limit=200)
    assert "@everyone" not in shown and "<@&1>" not in shown
    assert "||" not in shown.replace("\\|", "")


def test_a_quoted_list_stays_within_its_limit_and_counts_what_it_left_out() -> None:
    shown = quote_user_list([f"list{i:03d}" for i in range(500)], limit=1024)
    assert len(shown) <= 1024
    assert shown.endswith("more")
    assert shown.count(",") + int(shown.split("and ")[-1].split(" ")[0]) == 500


def test_a_quoted_list_of_blank_names_is_none() -> None:
    assert quote_user_list(["", "   "], limit=100) == "none"
