"""Premiere day in the demo (issue 12): a local TVmaze the bot polls, and the console steps the
rehearsal (bot/demo/tours/50_premiere.txt) plays:

    tvmaze season:2 episodes:8 premiere:{today+5d}   TVmaze lists season 2's episodes and date; poll now
    until release-1d | release | release+2h            move the clock to that moment of the premiere
    rooms                                            show the episode rooms (threads) opened so far
    form key:"value" ...                             fill in and send the form the bot just opened
    expect-hidden some text                          the last message shows it only inside spoiler bars
    expect-plain some text                           the last message shows it outside spoiler bars

`{today}` and `{today+7d}` in any step are the demo clock's date (bot/demo/console.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shlex
from typing import TYPE_CHECKING, Any

from bot.demo.console import TourFailure, parse_duration, register_command
from bot.lazy_re import compile_later
from bot.sandbox.tvmaze import LocalTVmaze
from bot.text import inside_spoilers, outside_spoilers

if TYPE_CHECKING:
    from bot.demo.console import DemoConsole

_tvmaze: LocalTVmaze | None = None
_RELEASE_HOUR_UTC = 8  # Netflix K-dramas drop at 17:00 KST


async def demo_setup(stack: contextlib.AsyncExitStack) -> dict[str, Any]:
    """Start the local TVmaze before the bot and point the bot's TVmaze setting at it."""
    global _tvmaze
    _tvmaze = await stack.enter_async_context(LocalTVmaze())
    return {"tvmaze_base_url": _tvmaze.base_url}


def _options(rest: str) -> dict[str, str]:
    try:
        words = shlex.split(rest)
    except ValueError as exc:
        raise TourFailure(f"can't read that: {exc}") from None
    out: dict[str, str] = {}
    for word in words:
        key, sep, value = word.partition(":")
        if not sep:
            raise TourFailure(f"{word!r}: write it as key:value")
        out[key] = value
    return out


async def tvmaze(console: DemoConsole, rest: str) -> None:
    if _tvmaze is None:
        raise TourFailure("the demo TVmaze is not running")
    options = _options(rest)
    season = int(options.get("season", "2"))
    count = int(options.get("episodes", "8"))
    premiere = options.get("premiere")
    if season in {s["number"] for s in _tvmaze.seasons()}:
        raise TourFailure(f"TVmaze lists season {season} already")
    _tvmaze.add_season(season, episode_order=count, premiere_date=premiere)
    stamp = f"{premiere}T{_RELEASE_HOUR_UTC:02d}:00:00+00:00" if premiere else None
    _tvmaze.add_episodes(season, count, airstamp=stamp, dated=stamp is not None)
    when = f"premiere {premiere} {_RELEASE_HOUR_UTC:02d}:00 UTC" if premiere else "no date yet"
    console.out(f"  [tvmaze] season {season}: {count} episodes listed, {when}")
    cog: Any = console.harness.bot.get_cog("Season2")
    if cog is None or cog.service is None:
        raise TourFailure("the season 2 feature is not loaded")
    await cog.service.tracking.poll_now()
    known = console.harness.bot.show.episodes_in(season)
    console.out(f"  [hyosan] the show now has {len(known)} episodes in season {season}")
    await console.settle_outbox()


_UNTIL = compile_later(r"^release(?:\s*([+-])\s*(\S+))?$")


async def until(console: DemoConsole, rest: str) -> None:
    release = console.harness.bot.season2_status.status.release_at
    if release is None:
        raise TourFailure("season 2 has no release date yet")
    match = _UNTIL.match(rest.strip())
    if match is None:
        raise TourFailure("write `until release`, `until release-1d` or `until release+2h`")
    offset = parse_duration(match.group(2)) if match.group(2) else dt.timedelta()
    target = release + (offset if match.group(1) == "+" else -offset) + dt.timedelta(minutes=1)
    delta = target - console.harness.clock.now()
    if delta <= dt.timedelta():
        raise TourFailure(f"that moment ({target:%Y-%m-%d %H:%M} UTC) has passed")
    await console.harness.advance(delta)
    console.out(f"(the clock moves to {console.harness.clock.now():%Y-%m-%d %H:%M} UTC)")
    await console.settle_outbox()


async def rooms(console: DemoConsole, rest: str) -> None:
    discord = console.harness.discord
    threads = [t for channel in console.harness.channels.values() for t in discord.threads(channel)]
    if not threads:
        raise TourFailure("no episode room is open")
    first = None
    for thread in threads:
        parent = next((n for n, c in console.harness.channels.items() if c.id == thread.parent_id), "?")
        messages = discord.messages(thread)
        console.out(f"  🧵 #{parent} › {thread.name} ({len(messages)} message{'s' if len(messages) != 1 else ''})")
        if messages and first is None:
            first = messages[0]
            console.show(messages[0], f"#{parent} › {thread.name}")


async def form(console: DemoConsole, rest: str) -> None:
    values = _options(rest)
    console.out(f"{console.member.name} fills in the form: " + ", ".join(f"{k}={v!r}" for k, v in values.items()))
    reply = await console.harness.discord.submit_modal(console.member, dict[str, str | list[str]](values))
    console.show(reply, f"#{console.channel.name}")


def _split(text: str) -> tuple[str, str]:
    """A message's text outside spoiler bars, and inside them (as a reader sees both)."""
    # bars as Discord pairs them (not an escaped \|\| nor one in a code span), as bot.text reads them for every reader
    return outside_spoilers(text).replace("\\", ""), " ".join(inside_spoilers(text)).replace("\\", "")


def _visible(console: DemoConsole, rest: str) -> tuple[str, str]:
    """The newest message of this step that has `rest` anywhere (a DM landing after the reply is
    not the one checked), else the last one shown."""
    shown = console.recent()
    if not shown:
        raise TourFailure("nothing was shown yet")
    for message in shown:
        if rest.lower() in " ".join(_split(message.text)).lower():
            console.last = message
            return _split(message.text)
    return _split(shown[0].text)


async def expect_hidden(console: DemoConsole, rest: str) -> None:
    # shown in the clear by ANY message of this step is a leak, even when a newer one hides it
    if any(rest.lower() in _split(message.text)[0].lower() for message in console.recent()):
        raise TourFailure(f"{rest!r} is shown in the clear")
    _, inside = _visible(console, rest)
    if rest.lower() not in inside.lower():
        raise TourFailure(f"{rest!r} is not in the last message at all")
    console.out(f"(ok: {rest!r} is there only behind spoiler bars)")


async def expect_plain(console: DemoConsole, rest: str) -> None:
    outside, _ = _visible(console, rest)
    if rest.lower() not in outside.lower():
        raise TourFailure(f"{rest!r} is not shown in the clear")
    console.out(f"(ok: {rest!r} is shown in the clear)")


register_command("tvmaze", tvmaze, "TVmaze lists a season: tvmaze season:2 episodes:8 premiere:{today+5d}")
register_command("until", until, "move the clock to a moment of the premiere: until release-1d")
register_command("rooms", rooms, "show the episode rooms opened so far")
register_command("form", form, 'fill in the form the bot opened: form name:"value" ...')
register_command("expect-hidden", expect_hidden, "the last message shows this only inside spoiler bars")
register_command("expect-plain", expect_plain, "the last message shows this in the clear")
