"""The "Show me privately" button's custom_id (cogs/lore/views.py): everything needed to rebuild a
reply after a restart, within Discord's 100 characters."""

from __future__ import annotations

from cogs.lore import views


def test_a_request_that_fits_rides_in_the_custom_id() -> None:
    assert views.custom_id("character", "lee-cheong-san") == "lore-private:c:lee-cheong-san"
    assert views.custom_id("episode", "105") == "lore-private:e:105"
    assert views.custom_id("cast", "") == "lore-private:p:"
    question = "q" * (views.CUSTOM_ID_LIMIT - len("lore-private:a:"))
    assert views.custom_id("ask", question) == "lore-private:a:" + question


def test_a_request_too_long_for_a_custom_id_does_not_get_one() -> None:
    assert views.custom_id("ask", "q" * (views.CUSTOM_ID_LIMIT - len("lore-private:a:") + 1)) is None


def test_the_button_reads_its_custom_id_back() -> None:
    match = views.ShowPrivately.__discord_ui_compiled_template__.fullmatch("lore-private:a:who plays On-jo?")
    assert match is not None and views.KIND_NAMES[match["kind"]] == "ask" and match["argument"] == "who plays On-jo?"


async def test_the_buttons_view_is_kept_for_no_message_it_is_sent_with() -> None:
    # discord.py stores a view per message sent only while the view is unfinished (state.store_view): one stopped (in
    # the running loop, as the cog builds it) leaves nothing behind per reply, however many weeks of /ask (perf64's
    # doubt, review64d; its one item is a DynamicItem, which the store keeps once per class, never per message, anyway)
    view = views.private_view("ask", "who plays On-jo?")
    assert view.is_finished() and [item.custom_id for item in view.children] == ["lore-private:a:who plays On-jo?"]
