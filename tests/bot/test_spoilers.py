"""The spoiler renderer: nothing past the viewer's position in the clear, ever, across seasons."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.show import NOTHING, Position
from bot.spoilers import SpoilerTracker, hide, is_safe, render, unhideable

# Positions across seasons: NOTHING, then (season 1..3, episode 1..16).
positions = st.one_of(
    st.just(NOTHING), st.builds(Position, st.integers(min_value=1, max_value=3), st.integers(min_value=1, max_value=16))
)


def s1(episode: int) -> Position:
    return Position(1, episode)


def visible_outside_spoilers(text: str) -> str:
    """What a reader sees without clicking: text outside unescaped ||…|| pairs."""
    out, hidden, i = [], False, 0
    while i < len(text):
        if text.startswith("\\", i):
            if not hidden:
                out.append(text[i : i + 2])
            i += 2
            continue
        if text.startswith("||", i):
            hidden = not hidden
            i += 2
            continue
        if not hidden:
            out.append(text[i])
        i += 1
    return "".join(out)


def test_safe_content_is_shown_in_the_clear() -> None:
    assert render("On-jo survives", s1(12), s1(12)) == "On-jo survives"


def test_later_content_is_wrapped() -> None:
    assert render("On-jo survives", s1(12), s1(3)) == "||On-jo survives||"


def test_unknown_progress_means_nothing_watched() -> None:
    assert is_safe(NOTHING, NOTHING) and is_safe(None, NOTHING) and not is_safe(s1(1), NOTHING)


def test_a_season_two_spoiler_is_hidden_from_the_end_of_season_one() -> None:
    assert render("On-jo is bitten", Position(2, 1), s1(12)) == "||On-jo is bitten||"


def test_a_season_two_viewer_reads_season_one_in_the_clear() -> None:
    assert render("Cheong-san stays behind", s1(11), Position(2, 1)) == "Cheong-san stays behind"


def test_unhideable_places_get_the_fallback() -> None:
    assert unhideable("Fate: dies", s1(11), s1(5), "Fate") == "Fate"
    assert unhideable("S2 finale", Position(2, 8), s1(12), "Episode") == "Episode"


def test_pipes_inside_a_spoiler_cannot_close_it_early() -> None:
    wrapped = hide("a || b")
    assert visible_outside_spoilers(wrapped) == ""


def test_a_backtick_inside_a_spoiler_opens_no_code_span_past_its_bars() -> None:
    from bot.text import outside_spoilers

    # a headline's stray backtick, then another's: a code span between them would show the second in the clear
    lines = hide("S2 teaser `leaked` cut `") + "\n" + hide("Cheong-san dies") + "\nnext headline `x`"
    assert "Cheong-san" not in outside_spoilers(lines) and "leaked" not in outside_spoilers(lines)
    assert hide("a `b") == "||a \\`b||"  # revealed, it reads "a `b"


def test_a_code_span_closed_inside_a_spoiler_stays_code() -> None:
    assert hide("report `late-0`") == "||report `late-0`||"
    assert hide("``a ` b``") == "||``a ` b``||"
    assert hide("`a` and `b") == "||\\`a\\` and \\`b||"  # one stray backtick: all are escaped


def test_tracker_reports_the_highest_episode_shown() -> None:
    tracker = SpoilerTracker(progress=s1(2))
    tracker.render("x", s1(5))
    tracker.render("w", Position(2, 1))
    tracker.render("y", s1(11))
    tracker.render("z", NOTHING)
    assert tracker.highest == Position(2, 1)


@settings(max_examples=300, deadline=None)
@given(secret=st.text(min_size=1).filter(lambda s: s.strip() != ""), spoils=positions, progress=positions)
def test_rendered_text_never_shows_a_later_secret(secret: str, spoils: Position, progress: Position) -> None:
    shown = visible_outside_spoilers(render(secret, spoils, progress))
    if spoils > progress:
        assert shown == ""
    else:
        assert shown == visible_outside_spoilers(secret)


@settings(max_examples=300, deadline=None)
@given(spoils=positions, progress=positions)
def test_a_later_season_always_comes_after_every_episode_of_an_earlier_one(spoils: Position, progress: Position) -> None:
    if spoils.season > progress.season:
        assert not is_safe(spoils, progress)
    if spoils and spoils.season < progress.season:
        assert is_safe(spoils, progress)
