"""/about and /help through the local Discord."""

from __future__ import annotations

from bot.harness import Harness


async def test_about_reports_version_uptime_latency_guilds_database_and_jobs(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "about")
    embed = reply.embed
    assert embed is not None
    names = [field["name"] for field in embed["fields"]]
    assert names == ["Version", "Uptime", "Gateway latency", "Servers", "Database", "Scheduled jobs"]
    assert embed["fields"][0]["value"] == hyosan.bot.version
    assert embed["fields"][3]["value"] == "1"


async def test_about_pings_nobody(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "about")
    assert reply.mentions_pinged == []


async def test_help_lists_every_synced_command_to_a_moderator(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "help")
    assert reply.ephemeral
    for command in hyosan.discord.registered_commands(hyosan.guild):
        assert f"`/{command['name']}" in reply.text


async def test_help_shows_a_fan_only_the_commands_discord_shows_them(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "help")
    for command in hyosan.discord.registered_commands(hyosan.guild):
        listed = f"`/{command['name']}" in reply.text
        assert listed == (command["default_member_permissions"] is None), command["name"]


async def test_help_is_built_from_the_live_tree(hyosan: Harness) -> None:
    from discord import app_commands

    @app_commands.command(name="late-addition")
    async def late_addition(interaction) -> None:  # type: ignore[no-untyped-def]
        """Added after start."""

    hyosan.bot.tree.add_command(late_addition)
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "help")
    assert "/late-addition" in reply.text
    assert "Added after start." in reply.text


async def test_after_an_invalid_session_the_bot_identifies_again_and_still_answers(hyosan: Harness) -> None:
    await hyosan.discord.disconnect("invalid_session")
    await hyosan.discord.wait_until_ready(timeout=10)
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "about", timeout=10)
    assert reply.embed is not None
    assert len(hyosan.discord.identify_payloads) == 2


async def test_about_counts_the_database_size_refresh_among_scheduled_jobs(hyosan: Harness) -> None:
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "about")
    assert reply.embed is not None
    fields = {field["name"]: field["value"] for field in reply.embed["fields"]}
    assert int(fields["Scheduled jobs"]) >= 1
    assert fields["Database"].endswith("KiB") or fields["Database"].endswith("MiB")


async def test_help_in_a_channel_marked_before_season_two_says_it_is_out_only_as_sure_as_tvmaze(hyosan: Harness) -> None:
    """TVmaze alone lists season 2's episodes as aired, nothing official: /help in a channel marked at season 1's
    end says the mark holds them hidden, as TVmaze's listing, never "Season 2 is out"."""
    import datetime as dt

    from bot.season2.model import Claim, Confidence, Milestone, Source, Status
    from bot.show import EpisodeInfo

    aired = hyosan.clock.now() - dt.timedelta(hours=2)
    hyosan.bot.show.add_episodes(2, [EpisodeInfo(2, number, None, aired) for number in (1, 2)])
    report = Claim(id="tvmaze:s2", milestone=Milestone.RELEASED, date=aired.date(), confidence=Confidence.REPORTED,
                   source=Source("TVmaze", "", "https://www.tvmaze.com/shows/1"), text="", origin="tvmaze")
    hyosan.bot.season2_status.publish(Status(None, None, None, pending=(report,)))
    await hyosan.discord.invoke(hyosan.moderator, hyosan.general, "spoilers", up_to="S1E12")
    reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "help")
    assert ("TVmaze lists season 2's episodes as aired (not confirmed yet); they stay hidden in this channel's public "
            "replies until a moderator raises its spoiler mark, now season 1, episode 12") in reply.text, reply.text
    assert "Season 2 is out" not in reply.text


async def test_help_once_season_two_is_out_offers_no_reminder_before_it(hyosan: Harness) -> None:
    """rehearse63: /help after the release still said `/season2 remind` "sends you a direct message before season 2
    comes out", which then answered that no countdown was left."""
    import datetime as dt

    from bot.season2.model import Milestone, Status

    before = hyosan.bot.season2_status.status
    out = hyosan.clock.now() - dt.timedelta(days=1)
    hyosan.bot.season2_status.publish(Status(Milestone.RELEASED, out, out, release_timed=True))
    try:
        reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "help")
    finally:
        hyosan.bot.season2_status.publish(before)
    assert "`/trivia start` plays a game in this channel." in reply.text and "before season 2 comes out" not in reply.text


async def test_help_between_part_1_and_a_dated_part_2_offers_the_reminder_before_part_2(hyosan: Harness) -> None:
    """rehearse66: once Part 1 was out, /help offered `/season2 remind` "before season 2 comes out" (it was out): the
    countdown it gives is Part 2's."""
    import datetime as dt

    from bot.season2.model import Milestone, Status

    before = hyosan.bot.season2_status.status
    out = hyosan.clock.now() - dt.timedelta(days=1)
    part_2 = out + dt.timedelta(weeks=4)
    hyosan.bot.season2_status.publish(Status(Milestone.RELEASED, out, out, release_timed=True, part_at=part_2,
                                             part_timed=True))
    try:
        reply = await hyosan.discord.invoke(hyosan.fan, hyosan.general, "help")
    finally:
        hyosan.bot.season2_status.publish(before)
    assert ("`/season2 remind` sends you a direct message before Part 2 of season 2 comes out.") in reply.text, reply.text
    assert "before season 2 comes out" not in reply.text
