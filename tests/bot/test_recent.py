"""bot/recent.py: values kept for the very object they were built from."""

from __future__ import annotations

from bot.recent import RecentByIdentity


def test_the_same_object_gets_the_value_built_for_it_once() -> None:
    recent: RecentByIdentity[list[int], int] = RecentByIdentity()
    key, builds = [1, 2], []
    for _ in range(3):
        assert recent.get(key, lambda: builds.append(1) or len(builds)) == 1
    assert builds == [1]


def test_an_equal_but_different_object_is_built_for_again() -> None:
    recent: RecentByIdentity[list[int], str] = RecentByIdentity()
    assert recent.get([1], lambda: "first") == "first"
    assert recent.get([1], lambda: "second") == "second"


def test_only_the_last_few_are_kept() -> None:
    recent: RecentByIdentity[list[int], int] = RecentByIdentity(size=2)
    keys = [[n] for n in range(3)]
    for n, key in enumerate(keys):
        recent.get(key, lambda n=n: n)
    assert recent.get(keys[0], lambda: 99) == 99
    assert recent.get(keys[2], lambda: 99) == 2
