"""What the bot lacks, said as a sentence with what a moderator does about it."""

from __future__ import annotations

from bot.permissions import LOCKED_THREAD_NEED, lacking_there, permission_list


def test_two_permissions_are_joined_with_and() -> None:
    assert permission_list(["View Channel", "Send Messages"]) == "View Channel and Send Messages"
    assert permission_list(["A", "B", "C"]) == "A, B and C"


def test_a_missing_permission_says_where_a_moderator_allows_it() -> None:
    assert lacking_there(["Embed Links"]) == (
        "I need Embed Links there. Allow it for me in the channel's settings (Edit Channel > Permissions), "
        "or pick another channel."
    )


def test_a_locked_thread_is_to_be_unlocked_not_given_a_permission() -> None:
    said = lacking_there([LOCKED_THREAD_NEED[0]])
    assert said.endswith("there. Unlock the thread, or pick another channel.")
    both = lacking_there(["Send Messages in Threads", LOCKED_THREAD_NEED[0]])
    assert "Unlock the thread and allow it for me" in both
