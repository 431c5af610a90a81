"""/triviaset settings with hostile or unknown list and category names."""

from __future__ import annotations

from dataclasses import replace

from bot.harness import Harness
from bot.show import NOTHING
from bot.tree import APOLOGY
from bot.trivia.model import DailyChannel, TriviaSettings
from cogs.trivia.render_settings import daily_where, settings_embed


async def test_an_unknown_category_is_refused_without_echoing_it(hyosan: Harness) -> None:
    h = hyosan
    reply = await h.discord.invoke(
        h.moderator, h.channels["trivia"], "triviaset", "settings", disable_category="@everyone <@&1> ||x"
    )
    assert "no trivia category by that name" in reply.text
    assert "@everyone" not in reply.text and "<@&1>" not in reply.text
    assert reply.mentions_pinged == []


async def test_an_unknown_list_is_refused_and_nothing_is_saved(hyosan: Harness) -> None:
    h = hyosan
    reply = await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "settings", disable_list="nope")
    assert "no trivia list by that name" in reply.text
    shown = await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "settings")
    assert APOLOGY not in shown.text
    assert "nope" not in shown.text


async def test_a_known_category_can_be_turned_off_and_on_again(hyosan: Harness) -> None:
    h = hyosan
    off = await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "settings", disable_category="cast")
    assert "Saved." in off.text and "cast" in off.text
    on = await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "settings", enable_category="cast")
    assert "Saved." in on.text


def test_many_long_hostile_names_stay_inert_and_within_discords_limits() -> None:
    names = tuple(f"{i:02d} @everyone <@&1> ||" + "y" * 90 for i in range(20))
    embed = settings_embed(TriviaSettings(guild_id=1, disabled_categories=names)).to_dict()
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    shown = fields["Categories off"]
    assert 0 < len(shown) <= 1024
    assert shown.endswith("more")
    assert "@everyone" not in shown and "<@&1>" not in shown
    assert "||" not in shown.replace("\\|", "")


def test_no_guess_limit_reads_unlimited_not_zero() -> None:
    embed = settings_embed(TriviaSettings(guild_id=1, max_guesses=0)).to_dict()
    assert {f["name"]: f["value"] for f in embed["fields"]}["Guesses per question"] == "unlimited"


def test_a_daily_question_the_bot_turned_off_is_listed_with_why() -> None:
    stopped = DailyChannel(
        channel_id=7, guild_id=1, post_time="09:00", gate=NOTHING, enabled=False, day=None, question_id=None,
        question_json=None, message_id=None, stopped_reason="I lost permission to post there (I need Send Messages)",
        stopped_on="20260302",
    )
    on = replace(stopped, channel_id=8, enabled=True, stopped_reason=None, lists=("cast", "my-quiz"))
    assert daily_where([stopped, on]) == (
        "<#7>: off since 2 March 2026: I lost permission to post there (I need Send Messages)\n"
        "<#8> at 09:00 UTC (from cast, my\\-quiz)"  # escaped: Discord shows "my-quiz"
    )
    assert daily_where([replace(stopped, stopped_reason=None)]).startswith("off")  # a moderator turned it off


def test_the_settings_say_how_many_reported_questions_wait() -> None:
    def waiting(count: int) -> str:
        fields = settings_embed(TriviaSettings(guild_id=1), open_reports=count).to_dict()["fields"]
        return {f["name"]: f["value"] for f in fields}["Reports waiting"]

    assert waiting(0) == "none"
    assert waiting(1) == "1 question reported: `/triviaset reports` shows them"
    assert waiting(3) == "3 questions reported: `/triviaset reports` shows them"
