"""The spoiler renderer: nothing past the viewer's episode in the clear, ever."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.spoilers import SpoilerTracker, hide, is_safe, render, unhideable

episodes = st.integers(min_value=0, max_value=12)


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
    assert render("On-jo survives", 12, 12) == "On-jo survives"


def test_later_content_is_wrapped() -> None:
    assert render("On-jo survives", 12, 3) == "||On-jo survives||"


def test_unknown_progress_means_episode_zero() -> None:
    assert is_safe(0, 0) and not is_safe(1, 0)


def test_unhideable_places_get_the_fallback() -> None:
    assert unhideable("Fate: dies", 11, 5, "Fate") == "Fate"


def test_pipes_inside_a_spoiler_cannot_close_it_early() -> None:
    wrapped = hide("a || b")
    assert visible_outside_spoilers(wrapped) == ""


def test_tracker_reports_the_highest_episode_shown() -> None:
    tracker = SpoilerTracker(progress=2)
    tracker.render("x", 5)
    tracker.render("y", 11)
    tracker.render("z", 0)
    assert tracker.highest == 11


@settings(max_examples=300, deadline=None)
@given(secret=st.text(min_size=1).filter(lambda s: s.strip() != ""), spoils=episodes, progress=episodes)
def test_rendered_text_never_shows_a_later_secret(secret: str, spoils: int, progress: int) -> None:
    shown = visible_outside_spoilers(render(secret, spoils, progress))
    if spoils > progress:
        assert shown == ""
    else:
        assert shown == visible_outside_spoilers(secret)
