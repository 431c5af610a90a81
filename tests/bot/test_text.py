"""User text made inert: no pings, no markdown, no invisible characters, and spoiler bars that
neither close the bot's own nor reveal what the author hid."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text import (
    NUMBER_WORDS,
    as_read,
    as_words,
    clean_input,
    count_of,
    defuse_mentions,
    inside_spoilers,
    keep_spoilers,
    korean_word,
    ordinal,
    ordinal_number,
    outside_spoilers,
    quote_keeping_spoilers,
    quote_user_list,
    quote_user_text,
    shorten,
    spoiler_bars,
    strip_invisible,
)
from tests.cogs.spoiler_oracle import outside_bars


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


# -- the author's own spoiler bars (issue 9) ------------------------------------------------------


SECRET = "Qzxsecret"
NOISE = st.lists(st.sampled_from([*"ab |\\`*_~>#@<&:!-\n", "||", "``"]), max_size=20).map("".join)


def test_a_pair_of_bars_the_author_wrote_stays_a_spoiler() -> None:
    assert keep_spoilers("the end: ||Cheong-san dies||") == "the end: ||Cheong-san dies||"
    assert quote_keeping_spoilers("**the end**: ||Cheong-san dies||") == "\\*\\*the end\\*\\*: ||Cheong\\-san dies||"


def test_an_unpaired_bar_hides_the_rest_instead_of_showing_it() -> None:
    assert keep_spoilers("who wins? || Nam-ra") == "who wins? || Nam-ra\u200b||"
    assert quote_keeping_spoilers("a || b") == "a || b||"
    assert quote_keeping_spoilers("who is ||Nam-ra|| lol ||") == "who is ||Nam\\-ra|| lol"  # nothing to hide: no "||||"


def test_text_without_bars_is_quoted_as_ever() -> None:
    assert quote_keeping_spoilers("@everyone *hi*") == quote_user_text("@everyone *hi*")


@settings(max_examples=300, deadline=None)
@given(before=NOISE, after=NOISE)
def test_what_the_author_hid_is_never_shown_and_the_bars_always_balance(before: str, after: str) -> None:
    raw = f"{before}||{SECRET}||{after}"
    hidden_by_author = SECRET not in outside_bars(raw)  # as Discord itself would show the raw text
    for kept in (keep_spoilers(raw), quote_keeping_spoilers(raw)):
        assert spoiler_bars(kept) % 2 == 0, kept
        if hidden_by_author:
            assert SECRET not in outside_bars(kept), kept


@settings(max_examples=200, deadline=None)
@given(before=NOISE, after=NOISE)
def test_the_guard_reads_a_secret_outside_the_bars_exactly_when_discord_shows_it(before: str, after: str) -> None:
    raw = f"{before}||{SECRET}||{after}"
    assert (SECRET in outside_spoilers(raw).replace("\n", "")) == (SECRET in outside_bars(raw)), raw


def test_the_guard_reads_what_an_unpaired_bar_or_an_escaped_one_leaves_shown() -> None:
    assert "dies" not in outside_spoilers("omg ||cheong-san dies|| ok")
    assert "dies" in outside_spoilers("omg ||ok|| and || cheong-san dies")  # the last bar pairs with nothing
    assert "dies" in outside_spoilers("omg \\||cheong-san dies\\||")  # escaped bars hide nothing
    assert "dies" in outside_spoilers("`||` cheong-san dies `||`")  # nor bars in code


@pytest.mark.parametrize(("text", "hidden"), [
    ("omg ||cheong-san dies|| ok ||namra too||", ["cheong-san dies", "namra too"]),
    ("||ok|| and || cheong-san dies", ["ok"]),  # the last bar pairs with nothing: it hides nothing
    ("||he dies \\|| idk|| 😭", ["he dies \\|| idk"]),  # an escaped bar inside is shown as a bar, hidden with the rest
    ("||he `||` dies|| 😭", ["he `||` dies"]),  # nor do bars in code close the spoiler
])
def test_the_guard_reads_what_a_click_reveals_as_discord_pairs_the_bars(text: str, hidden: list[str]) -> None:
    assert inside_spoilers(text) == hidden


def test_a_text_is_read_without_what_hides_letters_from_a_reader() -> None:
    assert as_read("Cheong\u200bsan d\u200bi\ufeffes") == "Cheongsan dies"  # invisible, also inside a word
    assert as_read("Cheong-san d\u0456es") == "Cheong-san dies"  # a Cyrillic і
    assert as_read("N\u03b1m-ra") == "Nam-ra"  # a Greek alpha
    assert as_read("Ｃｈｅｏｎｇ－ｓａｎ") == "Cheong-san"  # full-width
    assert as_read("Cheong-san d**ie**s, __really__ ~~not~~ `dead`") == "Cheong-san dies, really not dead"
    assert as_read("Cheong-san \\dies ||here||") == "Cheong-san dies here"


def test_words_joined_into_a_slug_are_read_apart() -> None:
    assert as_words("cheong-san-dies-ep11") == "cheong san dies ep11"
    assert as_words("nam_ra.becomes+a/halfbie") == "nam ra becomes a halfbie"
    assert as_words("ep 11 - the end") == "ep 11 - the end"  # a dash between words is left as written
    assert as_words("in 2.04 du-seok dies") == "in 2.04 du seok dies"  # a number's point is no join


def test_an_ordinal_reads_the_same_in_words_and_in_digits() -> None:
    assert [ordinal_number(w) for w in ("first", "1st", "third", "3rd", "twelfth", "twentieth", "21st")] == [
        1, 1, 3, 3, 12, 20, 21]
    assert ordinal_number("thousandth") == 1000
    assert ordinal_number("firsts") is None and ordinal_number("3") is None and ordinal_number("half") is None


def test_an_ordinal_in_digits_takes_the_suffix_it_is_said_with() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st", "101st", "111th"]


def test_number_words_run_from_zero_to_nineteen_then_by_tens() -> None:
    assert list(NUMBER_WORDS.values()) == [*range(20), *range(20, 100, 10)]
    assert (NUMBER_WORDS["fourteen"], NUMBER_WORDS["forty"]) == (14, 40)


def test_a_count_takes_its_noun_in_the_number_it_needs() -> None:
    assert (count_of(1, "file"), count_of(2, "file"), count_of(0, "file")) == ("1 file", "2 files", "0 files")


def test_a_count_of_a_noun_without_an_s_plural() -> None:
    assert (count_of(1, "person", "people"), count_of(3, "person", "people")) == ("1 person", "3 people")


def test_korean_letters_typed_alone_are_echoed_as_typed() -> None:
    # NFKC turns "ㅠㅠ" into conjoining jamo, which Discord draws as broken syllables
    from bot.text import quote_user_text

    assert quote_user_text("3화 봤어 ㅠㅠ ㅋㅋ") == "3화 봤어 ㅠㅠ ㅋㅋ"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), max_size=6).map("\n".join))
def test_quoted_lines_keep_the_line_breaks_and_nothing_breaks_out_of_spoiler_bars(text: str) -> None:
    from bot.text import quote_user_lines

    quoted = quote_user_lines(text)
    assert spoiler_bars("||" + quoted + "||") == 2 and "@everyone" not in quoted and "@here" not in quoted
    assert quoted.count("\n") <= text.count("\n") + sum(text.count(c) for c in "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
    for line in quoted.split("\n") if quoted else []:
        assert line and line == line.strip() and (line[0] not in "#>-*`|+_~" or line[0] == "\\"), quoted
        assert not re.match(r"\d+[.)]\s", line), quoted  # not an ordered list either


def test_quoted_lines_are_the_lines_written() -> None:
    from bot.text import quote_user_lines

    assert quote_user_lines("ep 12 recap:\n\n# so sad\n1. on-jo") == "ep 12 recap:\n\\# so sad\n1\\. on\\-jo"


@pytest.mark.parametrize(("text", "found"), [
    ("누가 죽였어?", ["누가"]),
    ("누가요?", []),  # a syllable joined after: another word
    ("그누가", []),  # and before
    ("who 누구가 did it, 누가!", ["누구가", "누가"]),
])
def test_a_korean_word_is_found_only_whole(text: str, found: list[str]) -> None:
    assert re.findall(korean_word("누가|누구가"), text) == found
