"""The end-to-end spoiler oracle, play part: what readers see never gives away more than their audience may see.

One run (module-scoped: the bot starts once) drives every command the bot synced but the lore ones
(walked from the schema, as the hostile-input test does) and every button it posts, in channels
marked {none, 0, 3, 7, 11} by members whose progress is {0, 5, 12}, publicly and privately: trivia
games with the bundled, generated and an imported list (fates written in fans' own scripts and
Hinglish among its explanations); season-2 news whose headlines name the show's events; season 2's
timing asked in the languages its answers are worded in, before it is out, while TVmaze alone lists
it as aired (with spoiling episode titles) and after, with its release-week asks (hearsay, returns
asked abroad, season 1 asked back); the status card shown privately; a channel marked "full spoilers"
before season 2 and channels marked with a whole season's words ("entire s1", "시즌1 전체"); returns
written in Spanish, Portuguese and French in headlines and an imported list's explanations; an
imported list's questions noted as season 2's with no episode yet ("# s2 spoiler", "# S2 ep ?");
progress said once season 2 is out by a fan who joins then; a ping pasted beside the countdown's
times; two days of daily questions; autocomplete. Stop 49's: the rewatch month's lists (spoiler ranges
in a cell, questions tagged by episode headings, roles said in Spanish, French and Japanese) played days
apart in the same channel and asked daily; a ping choice per subscription (all, none, changes); a
channel that lost Send Messages while the news came, set again once it is back; a
rewatch said as progress by fans who join for it, who then ask; rewatch asks before and after the release. Stop 50's:
typed answers with swapped letters and particles; season-2-era progress said before the release; a claim dated by its
source's day in headlines whose Chinese and Korean sentences run together; another show's season asked; the spoiler
guard on in three channels (one where hyosan may not manage messages) with what members leave there read too. Stop 51's:
typed Korean denials and pity; check lists and rewatches said as progress; text shaped by Discord (quotes answered on the
next line, 'F for X', skulls, nicknames after mentions) and forwards (a spoiler, a picture, an embed, a bot's answer) in
the guarded channels; the waiting months' asks before and after the release. Stop 52's: Discord replies answering a
question and a question answered in the same message in the guarded channels (each notice read under the question it
answers); posters, teasers and casting news in headlines and guarded channels; typed answers from phones; season 2's
parts and catching up said as progress; German and the waiting weeks' asks as the release changes them. Stop 53's,
once season 2 is out: channels marked S1E12 and S2E1 beside 0, 3 and 7; /ask's parts, season 3, dubs, trailer, delay
and wrong day asked; fates and who survives asked in eight languages, each hiding as much as its English (publicly,
privately and in DMs, by a fan at S2E1 too); season 2's episode cards (TVmaze's spoiling titles hidden before their
episode) and autocomplete; season 2's forms said as progress; a list with a question labelled S2E3 played where that
is past the mark; plain answers right after questions in a guarded channel marked S2E1. Stop 67's: season 2 asked as
'la t2', an episode out by country, in Korean or on Netflix; a season-1 recap quiz with a season-2 bonus question, a
'1, part 2:' row and closing lines announcing more, played where the bonus is past the mark. Stop 68's: an episode
of Part 2 out ('s2e8 out?', in Korean too) and the whole season over, across the release. Then everything the local
Discord recorded is read as its audience reads it (tests/cogs/spoiler_oracle.py) and scanned by the spoiler lexicon.
The lore commands: test_spoiler_oracle.py and test_spoiler_oracle_ask.py (tests/cogs/oracle_world.py: why in parts).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from bot.harness import MEMBER_PERMISSIONS
from bot.lore.answer.season2_one_source import one_source_out
from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.sandbox import Attachment, Channel, SandboxError
from bot.sandbox.models import MANAGE_MESSAGES, SEND_MESSAGES_IN_THREADS
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.sandbox.tvmaze import LocalTVmaze
from bot.season2.model import Milestone
from bot.show import NOTHING, Position
from tests.cogs.oracle_world import LORE, MODERATORS, SETUP, Run, World, leaves, listed, open_world, scanned
from tests.cogs.spoiler_oracle import Shown, members_in_the_clear, outside_bars
from tests.e2e.driving import handled, holds, settled

SEND_MESSAGES, EMBED_LINKS = 1 << 11, 1 << 14
SPOILER_LIST = (
    b"AUTHOR: a fan\n"
    b"Cheong-san dies in episode 11 and Nam-ra becomes a halfbie. What colour is the sky?:\n- blue\n"
    b"Who survives the bombing of Hyosan with On-jo?:\n- Su-hyeok\n"
    b"What colour is the sky on a clear day?:\n- blue\n"
    b"How many legs does a spider have?:\n- 8\n- eight\n"
    # season-2 notes as release-week uploads write them (season 2 with no episode yet): held to all of season 2
    b"# s2 spoiler\nWho comes back in season 2 even though he seemed dead?:\n- Cheong-san\n"
    b"# S2 ep ?\nWho is On-jo's senior at university?:\n- Yong Ma-ru\n"
)
#: A list written to slip spoilers past the bot: zero-width spaces, look-alike letters, markdown
#: inside words and slugs in what a reveal shows, fates in Hindi, Arabic, Bengali, Persian and Urdu letters and
#: in Hinglish (asked in the typed games, as category "spoilers"),
#: and a list and a category named after what happens (refused: names show where nothing hides).
SNEAKY_LIST = """hyosan: 1
name: sneaky
questions:
  - {question: "What is 3+3?", answers: ["6"], category: spoilers, explanation: "Cheong\u200bsan d\u200bies in episode 11"}
  - {question: "What is 5+5?", answers: ["10"], category: spoilers, explanation: "Nam-ra becomes a h\u0430lfbie"}
  - {question: "What is 1+1?", answers: ["2"], category: spoilers, explanation: "lee-na-yeon-dies-in-ep9"}
  - {question: "What is 4+4?", answers: ["8"], category: spoilers, explanation: "Su-hyeok d**ie**s? No: he s_urvive_s"}
  - {question: "What is 6+6?", answers: ["12"], category: spoilers, explanation: "चेओंगसान मर जाता है"}
  - {question: "What is 7+7?", answers: ["14"], category: spoilers, explanation: "نامرا اتعضت"}
  - {question: "What is 2+2?", answers: ["4"], category: spoilers, explanation: "উজিন জম্বি হয়ে যায়"}
  - {question: "What is 9+9?", answers: ["18"], category: spoilers, explanation: "ووجین رو کشت"}
  - {question: "What is 8+1?", answers: ["9"], category: spoilers, explanation: "ووجین کو کاٹ لیا"}
  - {question: "What is 3+4?", answers: ["7"], category: spoilers, explanation: "woojin ko maar dala, cheongsan bhi mar gaya"}
  - {question: "What is 5+4?", answers: ["9"], category: spoilers, explanation: "¡¡VOLVIÓ CHEONGSAN!! y Nam-ra sigue siendo mitad zombi en la t2"}
  - {question: "What is 6+4?", answers: ["10"], category: spoilers, explanation: "la mort du père d'onjo, puis il est de retour"}
  - {question: "What is 2+3?", answers: ["5"], category: spoilers, explanation: "I-sak变成丧尸；警察审问 Byeong-chan"}
  - {question: "What is 1+4?", answers: ["5"], category: spoilers, explanation: "南罗为了秀赫被咬了。第十一集清山死了"}
  - {question: "What is 3+5?", answers: ["8"], category: spoilers, explanation: "ナムラは半ゾンビ。チョンサンは死んだ"}
""".encode()
#: A rewatch-month list as mods paste them (stop 49): spoiler ranges in a cell ("1-3", "ep 1 to 3", "1~3화", "s1") held to
#: their end, whose questions and answers speak of season 1 the way rewatch parties do (roles in Spanish, Portuguese,
#: French and Japanese, "N話", "the half-zombie girl"): none may be asked, nor revealed, before its range's end.
REWATCH_CSV = """Question,Answer,Spoilers
Which student is bitten by the lab rodent?,Hyeon-ju,1-3
Who infects Gyeong-su on purpose?,Na-yeon,ep 1 to 3
"En el cap 6, ¿por quién se deja morder la presidenta de la clase?",Su-hyeok,eps 4-6
Qui mord le prof de sciences au commissariat ?,Gwi-nam,1~3화
9話で学級委員長が屋上から突き落とすのは誰？,Gwi-nam,7-9
Who stays behind with flares in the gym?,Nam So-ju,s1
"The half-zombie girl is back in s2, so who survived with her?",On-jo,1–12
Which class are the main students in?,2-5,
""".encode()
#: The same month's list organised by episode, as documents write it: each question tagged by its heading.
REWATCH_DOC = """AOUAD REWATCH MONTH - week 3 quiz

Episode 9:
Question: Which student throws the half-zombie girl's bully off the roof in 9話?
Answer: Nam-ra

Ep. 11 – the fire
Question: Which student fights Gwi-nam in the fire and dies in episode 11?
Answer: Cheong-san

## Episode 12
Question: Who does Nam-ra have to stop in the last episode?
Answer: Woo-jin
""".encode()
REWATCH_LISTS = (("rewatch.csv", "rewatch", REWATCH_CSV), ("week3.txt", "rewatch week 3", REWATCH_DOC))
SPOILING_NAMES = (
    ("namra-becomes-a-halfbie.yaml", None, SPOILER_LIST),
    ("quiz.yaml", "cheong san dies", SPOILER_LIST),
    ("quiz.yaml", None, SNEAKY_LIST.replace(b"name: sneaky", b"name: On-jo survives")),
    ("quiz.yaml", None, SNEAKY_LIST.replace(b"category: spoilers, explanation: \"Nam", b"category: \"Gwi-nam bites Nam-ra\", explanation: \"Nam")),
)
HEADLINES = (
    ("Cheong-san is alive: All of Us Are Dead season 2 reveals his return", "Soompi"),
    ("Season 2 confirms ||Cheong-san is alive|| in new teaser", "Koreaboo"),
    # a rumour (posted to the channels at level all) whose headline spoils
    ("Rumor: Nam-ra returns as a halfbie when All of Us Are Dead season 2 arrives on 11 June 2027, insiders say",
     "K-drama Blog"),
    # a headline in Japanese whose spoiler is in katakana (the lexicon reads those names since stop 42)
    ("「今、私たちの学校は」シーズン2、ナムラが半ゾンビとして帰還", "シネマトゥデイ"),
    # release-week returns in Spanish and Portuguese (the lexicon reads those since stop 48)
    ("¡¡VOLVIÓ CHEONGSAN!! Estamos muertos temporada 2 confirma su regreso", "Netflix Latam"),
    ("Nam-ra voltou na 2ª temporada de Estamos Mortos", "Omelete"),
    # stop 52's (lex44): a poster and a teaser read for who is missing or back, a cast 'not coming back'
    ("All of Us Are Dead season 2 poster: no Cheong-san, and Nam-ra is back in the teaser", "Koreaboo"),
    ("Estamos muertos 2: en el tráiler sale Nam-ra; Yoon Chan-young not coming back", "Netflix Latam"),
)
#: Stop 50's: a claim dated the day its source published it (2 a.m. in Seoul, the day before in UTC), whose
#: headlines run Chinese and Korean sentences together around a spoiler (the lexicon reads those one by one).
DATED_HEADLINES = (
    ("僵尸校园第二季3月上线。南罗变成半僵尸回归！消息人士称", "微博娱乐"),
    ("지금 우리 학교는 시즌2 3월 공개설…남라 반좀비로 컴백。청산은 죽었다", "스포츠 뉴스"),
)
SEOUL_2AM = dt.datetime(2026, 2, 28, 17, 0, tzinfo=dt.UTC)


def benign(world: World, option: dict[str, Any]) -> Any:
    kind = option["type"]
    if option.get("choices"):
        return option["choices"][0]["value"]
    if kind == 3:
        return {"date": "2026-03-01", "release_date": "2026-06-01", "source_url": "https://example.com/news",
                "time": "09:00", "offsets": "1d", "name": "aouad"}.get(option["name"], "Cheong-san")
    if kind in (4, 10):
        return max(int(option.get("min_value", 1)), 1)
    if kind == 5:
        return True
    if kind == 6:
        return world.fans["5"]
    if kind == 7:
        return world.channels["3"]
    if kind == 8:
        return world.h.discord.add_role(world.h.guild, "watchers")
    if kind == 11:
        return Attachment("spoilers.yaml", SPOILER_LIST)
    raise AssertionError(f"option type {kind}")


async def play_trivia(world: World) -> None:
    """In every marked channel: a typed game of the imported list (its spoiling questions must not
    be asked there), a buttons game every fan answers, with a hint and a report, and a game capped
    by the mark; in the unmarked channel, long games that reveal every question allowed there."""
    h = world.h
    fan = world.fans["5"]
    for mark, channel in world.channels.items():
        await typed_game(world, channel)
        await buttons_game(world, channel, {"questions": 3})
        await buttons_game(world, channel, {"questions": 1, "up_to_episode": "12"})
        # the rewatch month's lists (ranges and episode headings), days apart in the same channel
        # (typed: its answers are names and phrases, too few of a kind for buttons; started by the fan furthest
        # along, as a game is held to its starter's progress too)
        for category, questions in (("rewatch, rewatch week 3", 4), ("rewatch week 3", 2)):
            refused = await typed_game(world, channel, category, questions, starter="12")
            if refused is not None and mark == "11":  # its questions are allowed there
                world.run.apologies.append(f"no rewatch-month game in the channel marked 11: {category}: {refused}")
            await h.advance(dt.timedelta(days=2))
        # Five 40-question games in the unmarked channel: no question repeats within five games, so
        # together they reveal every spoiler-free question with its source (177 today).
        # Each game is played to its end: on a loaded machine 40 steps of the clock could leave the
        # last questions unasked, the next start was refused ("already running") and its 1000 s of
        # clock never passed, so the daily questions below were set before their time of day.
        for _ in range({None: 5, "11": 1}.get(mark, 0)):
            await play_to_the_end(world, channel, steps=0)  # the game before, if it still runs
            started = await world.invoke(fan, channel, ("trivia", "start"), {"questions": 40})
            if started is None or "started trivia" not in started.text:
                world.run.apologies.append(f"no 40-question game started in the channel marked {mark}")
                continue
            await play_to_the_end(world, channel)
        with contextlib.suppress(SandboxError):
            await h.discord.invoke(h.moderator, channel, "trivia", "stop")


async def play_to_the_end(world: World, channel: Channel, steps: int = 40) -> None:
    """Move the clock a question at a time (25 s) `steps` times, then on until the game has ended."""
    service: Any = world.h.bot.get_cog("Trivia").service  # type: ignore[union-attr]
    for step in range(steps + 80):
        if step >= steps and await service.game_in(channel.id) is None:
            return
        await world.h.advance(dt.timedelta(seconds=25))
    world.run.apologies.append(f"a game in #{channel.name} never ended")


#: Stop 52's typed answers from phones (chat66): a neighbouring key in a joined name, voice-to-text's 'sun' for san, an
#: answer given with its reason (a fate beside it), half a name sent.
PHONE_TYPED = ("nanra", "chung sun", "cheongsan bc he dies in 11", "Nam-")


async def typed_game(world: World, channel: Channel, category: str = "spoilers", questions: int = 10,
                     starter: str = "5") -> str | None:
    """A typed game of `category` with guesses typed by a fan; what was said if it did not start."""
    h = world.h
    started = await world.invoke(world.fans[starter], channel, ("trivia", "start"),
                                 {"category": category, "questions": questions, "mode": "typed"})
    if started is None or "started trivia" not in started.text:
        return started.text[:500] if started is not None else "no reply"
    for round_ in range(questions):
        # stop 50's typed answers: two letters swapped in a joined name, a Korean particle, a guess with an insult
        # (stop 51's: a Korean denial, pity typed alone; stop 52's, in the spoilers game's first round: typed on a
        # phone, a neighbouring key, voice-to-text, an answer with its reason, half a name)
        for guess in ("blue", "Su-hyeok", "woojin ko maar dala", "Gwi-nam", "namar", "수혁이가 정답", "that bastard gwinam",
                      "남라는 아니야", "poor suhyeok", *(PHONE_TYPED if round_ == 0 and category == "spoilers" else ())):
            await h.discord.say(world.fans["0"], channel, guess)
        await settled(h)  # the guesses handled before the clock moves on
        await h.advance(dt.timedelta(seconds=25))
        await h.advance(dt.timedelta(seconds=5))
    return None


async def buttons_game(world: World, channel: Channel, options: dict[str, Any]) -> str | None:
    """A game every fan answers, with a hint and a report; what was said if it did not start."""
    h = world.h
    started = await world.invoke(world.fans["5"], channel, ("trivia", "start"), options)
    if started is None or "started trivia" not in started.text:
        return started.text[:500] if started is not None else "no reply"
    for _ in range(int(options["questions"])):
        await settled(h)  # the question posted
        question = next((m for m in reversed(h.discord.messages(channel)) if m.buttons), None)
        if question is None:
            break
        choices = [b for b in question.buttons if str(b["custom_id"]).startswith("trivia:")]
        for index, fan in enumerate(world.fans.values()):
            if choices:
                await world.click(fan, question, str(choices[index % len(choices)]["custom_id"]))
        hint = [b for b in question.buttons if str(b["custom_id"]).startswith("trivia-hint")]
        if hint:
            await world.click(world.fans["0"], question, str(hint[0]["custom_id"]))
        await h.advance(dt.timedelta(seconds=25))
        await settled(h)  # the answer revealed
        reveal = next((m for m in reversed(h.discord.messages(channel)) if any(
            str(b["custom_id"]).startswith("trivia-report") for b in m.buttons)), None)
        if reveal is not None:
            reasons = await world.click(world.fans["0"], reveal, str(reveal.buttons[0]["custom_id"]))
            if reasons is not None and reasons.buttons:
                await world.click(world.fans["0"], reasons, str(reasons.buttons[-1]["custom_id"]))
        await h.advance(dt.timedelta(seconds=5))
    return None


async def other_commands(world: World, schema: list[tuple[tuple[str, ...], list[dict[str, Any]], bool]]) -> None:
    """Every other command with its usual options: in every marked channel (moderators' commands as
    the moderator, the others as each fan), and in each fan's DMs where allowed."""
    h = world.h
    for path, options, in_dms in schema:
        if path[0] in LORE | SETUP or path == ("trivia", "start") or path == ("triviaset", "import"):
            continue
        required = {o["name"]: benign(world, o) for o in options if o.get("required")}
        moderators = path[0] in MODERATORS
        channels = list(world.channels.values())
        for index, channel in enumerate(channels):
            # Each channel hears from one member: the moderator for the moderators' commands, else a
            # fan rotating with the channel (whose progress a public reply must not use).
            member = h.moderator if moderators else list(world.fans.values())[index % len(world.fans)]
            await world.invoke(member, channel, path, required)
        if in_dms:
            for fan in world.fans.values():
                await world.invoke(fan, h.discord.dm_channel(fan), path, required)


async def autocompletes(world: World, schema: list[tuple[tuple[str, ...], list[dict[str, Any]], bool]],
                        typings: tuple[str, ...] = ("", "ch", "nam", "s1", "1", "dead", "gwi")) -> None:
    h = world.h
    for path, options, _ in schema:
        for option in options:
            if not option.get("autocomplete"):
                continue
            required = {o["name"]: benign(world, o) for o in options if o.get("required") and o is not option}
            member = h.moderator if path[0] in MODERATORS else world.fans["0"]
            for typed in typings:
                world.run.autocompletes += 1
                with contextlib.suppress(SandboxError):
                    await h.discord.autocomplete(member, world.channels["0"], path[0], *path[1:], focused=option["name"],
                                                 options={**required, option["name"]: typed})


async def season_two_news(world: World, feed: LocalNewsFeed) -> None:
    h = world.h
    # each subscription's ping choice (stop 49): the countdown too, never, and the default
    role = h.discord.add_role(h.guild, "aouad-news")
    for mark, pings in ((None, "all"), ("11", "none"), ("3", "changes")):
        channel = world.channels[mark]
        said = await world.invoke(h.moderator, channel, ("season2set", "announce", "set"),
                                  {"channel": channel, "level": "all", "role": role, "pings": pings})
        if said is None or ("pinging no one" if pings == "none" else f"pinging <@&{role.id}>") not in said.text:
            world.run.apologies.append(f"announce set with pings {pings}: {said.text[:500] if said else ''}")
    await world.invoke(h.moderator, world.channels["0"], ("season2set", "announce", "list"), {})
    # the channel marked 3 loses Send Messages while the news comes (a moderator's bad week, stop 49), then is set
    # again without options: what it is sent late (reports; rumours are never sent late) is read at its mark
    refused = world.channels["3"]
    h.discord.set_overwrite(refused, None, deny=SEND_MESSAGES | EMBED_LINKS)
    await handled(h, "guild_channel_update")
    for title, publisher in HEADLINES:
        feed.add_headline(title, publisher=publisher)
    for title, publisher in DATED_HEADLINES:
        feed.add_headline(title, publisher=publisher, published=SEOUL_2AM)
    cog: Any = h.bot.get_cog("Season2")
    await cog.service.tracking.poll_now()
    await settled(h)  # the rumours posted where announcements are on
    await world.invoke(h.moderator, world.channels["0"], ("season2set", "announce", "list"), {})
    h.discord.set_overwrite(refused, None)
    await handled(h, "guild_channel_update")
    await world.invoke(h.moderator, h.general, ("season2set", "announce", "set"), {"channel": refused})
    for _ in range(5):
        await h.advance(dt.timedelta(minutes=1))
        await settled(h)
    for channel in world.channels.values():
        await world.invoke(world.fans["12"], channel, ("season2", "status"), {})


async def pinged_reminders(world: World) -> None:
    """A moderator pastes a ping beside the countdown's times in every channel: refused, saying the countdown pings no one."""
    h = world.h
    for channel, typed in zip(world.channels.values(), ("7d <@&123>", "1d @everyone", "**7d** @here, 1h", "30d, 7d <@123>",
                                                          "1h @everyone"), strict=False):
        said = await world.invoke(h.moderator, channel, ("season2set", "reminders"), {"offsets": typed})
        if said is None or "ping no one" not in said.text:
            world.run.apologies.append(f"a ping beside the countdown's times {typed!r}: {said.text[:500] if said else ''}")


async def season_two_out(world: World, feed: LocalNewsFeed) -> None:
    """Season 2 reported out, then the status card in every channel: the timing rumour above (whose headline spoils)
    is now listed under "Settled by the release", and must stay hidden there as it was under Rumours."""
    h = world.h
    for title, publisher in (("All of Us Are Dead season 2 is out now on Netflix", "Soompi"),
                             ("All of Us Are Dead season 2 is now streaming on Netflix", "Koreaboo")):
        feed.add_headline(title, publisher=publisher)
    cog: Any = h.bot.get_cog("Season2")
    await cog.service.tracking.poll_now()
    # two outlets say it is out: the status stands released, and the posts it set off are sent
    await holds(h, lambda: h.bot.season2_status.status.milestone is Milestone.RELEASED)
    await settled(h)
    for channel in world.channels.values():
        card = await world.invoke(world.fans["12"], channel, ("season2", "status"), {})
        if card is not None and "Settled by the release" not in card.text:
            world.run.apologies.append(f"the status card after the release settled no rumour in {channel.name}: {card.text[:1500]}")
    await status_privately(world)


async def status_privately(world: World) -> None:
    """Each fan clicks the status card's "Show me privately" in the channel marked 0: the card at their own progress."""
    card = await world.invoke(world.fans["0"], world.channels["0"], ("season2", "status"), {})
    if card is None or not card.buttons:
        world.run.apologies.append(f"the status card has no 'Show me privately': {card.text[:500] if card else ''}")
        return
    for fan in world.fans.values():
        await world.click(fan, card, str(card.buttons[0]["custom_id"]))


#: Season 2's timing asked in the languages its answers are worded in (Korean, Japanese, Chinese, Spanish,
#: Portuguese, Indonesian) and in English: asked before TVmaze lists it, while TVmaze alone says it is out,
#: and after it is out.
#: and (after a question) words its answer holds in that language, whatever the news.
TIMING = {
    "시즌2 언제 나와?": ("시즌2",), "シーズン2はいつ配信？": ("シーズン2",), "第二季什么时候出": ("第二季",),
    "cuándo sale la temporada 2": ("temporada 2",), "quando sai a segunda temporada": ("2ª temporada",),
    "kapan season 2 rilis": ("belum", "sudah"), "is season 2 out?": (), "who dies in season 2?": (),
    # stop 48's release-week asks: hearsay, a return asked abroad, season 1 asked back, its first episode
    "tiktok says onjo turns in s2, real?": (), "¿vuelve cheongsan?": (), "what happened in s1 again": (),
    "when does episode 1 come out": (),
    # stop 49's rewatch asks, before and after the release: season 1's end abroad, a scene's episode, what to rewatch
    "como termina a primeira temporada": (), "is the kiss in ep 7 or 8": (), "which episode should i rewatch before s2": (),
    "who isn't coming back for s2": (),
    # stop 50's: another show's season (never our date), a rewatch said first
    "when's the new season of squid game": (), "鱿鱼游戏第三季什么时候出": (), "rewatching s1 rn, when is s2 out": (),
    "is netflix announcing s2 in january": (), "which ep is the fire hose scene": (), "quién es lomon": (),
    # stop 51's: the waiting months' time since season 1 and who is confirmed, as the release changes them
    "how long since s1 came out": (), "시즌1 나온 지 얼마나 됐어?": (), "who is confirmed for s2": (),
    "is it confirmed that s2 brings cheongsan back": (),
    # stop 52's: season 2's timing in German (lang57); the waiting weeks' synopsis (ask75)
    "wann kommt die 2. staffel": ("staffel",), "did netflix release a synopsis for s2": (),
    # stop 67's (ask121): season 2 as 'la t2', an episode out by country or in Korean, season 1's finale out
    "cuando sale la t2": ("temporada 2",), "is episode 5 out in the us": (), "5화 나옴?": (),
    "is episode 3 on netflix": (), "did the season 1 finale come out": (),
    # stop 68's (fix103, rehearse67, fix107): an episode of Part 2 out, the whole season over, in English and Korean
    "s2e8 out?": (), "is season 2 finished": (), "시즌2 8화 나왔어?": (),
}
#: Season 2's episodes as TVmaze may list them: one title names a death, one a turning.
TITLES = ["The Death of Su-hyeok", "Nam-ra Bites On-jo", "Three", "Four"]


async def timing_asked(world: World) -> None:
    """Season 2's timing in every channel by the fan furthest along (in the unmarked one, answered in the
    asker's language and shown privately), and in the DMs of the fans least and furthest along."""
    for question, words in TIMING.items():
        for channel in world.channels.values():
            reply = await world.invoke(world.fans["12"], channel, ("ask",), {"question": question})
            if reply is None or channel is not world.channels[None]:
                continue
            answer = reply.text.split("\n", 1)[-1].casefold()  # after the question, echoed on the first line
            if words and not any(word in answer for word in words):
                world.run.apologies.append(f"season 2's timing not in the asker's language: {reply.text[:300]}")
            if reply.buttons:  # shown privately once: a private reply is the viewer's, wherever it is asked
                await world.click(world.fans["12"], reply, str(reply.buttons[0]["custom_id"]))
        for progress in ("0", "12"):
            fan = world.fans[progress]
            await world.invoke(fan, world.h.discord.dm_channel(fan), ("ask",), {"question": question})


async def marked_full(world: World) -> None:
    """A channel marked "full spoilers" before season 2 is out: the mark's reply and /help there say
    it stays at season 1's end; it joins the channels every later step reads."""
    h = world.h
    channel = h.discord.add_channel(h.guild, "marked-full")
    world.channels["full"] = channel
    marked = await world.invoke(h.moderator, channel, ("spoilers",), {"up_to": "full spoilers"})
    helped = await world.invoke(world.fans["12"], channel, ("help",), {})
    for said in (marked, helped):
        if said is not None and "stays at season 1, episode 12" not in said.text:
            world.run.apologies.append(f"a channel marked full spoilers did not say its mark holds: {said.text[:500]}")
    # a whole season said as the mark, as new servers set it: read up to its finale (these channels are read, not played in)
    for words in ("entire s1", "시즌1 전체"):
        whole = h.discord.add_channel(h.guild, f"marked-{words}")
        said = await world.invoke(h.moderator, whole, ("spoilers",), {"up_to": words})
        if said is None or "season 1, episode 12" not in said.text:
            world.run.apologies.append(f"a channel marked {words!r} is not up to season 1's finale: {said.text[:500] if said else ''}")
        await world.invoke(world.fans["12"], whole, ("ask",), {"question": "does cheongsan die"})


async def tvmaze_alone(world: World, tvmaze: LocalTVmaze) -> None:
    """TVmaze alone lists season 2 as aired (spoiling titles and all): /ask and the status card in every
    channel say it as one source's report, and its episodes' rooms open in a channel marked early."""
    h = world.h
    await world.invoke(h.moderator, world.channels["3"], ("season2set", "rooms", "on"), {"channel": world.channels["3"]})
    aired = h.bot.clock.now() - dt.timedelta(hours=2)
    tvmaze.add_season(2, episode_order=4, premiere_date=aired.date().isoformat())
    tvmaze.add_episodes(2, 4, airstamp=aired.isoformat(), names=TITLES)
    cog: Any = h.bot.get_cog("Season2")
    await cog.service.tracking.poll_now()
    # TVmaze's report stands alone in the status, and the rooms it opens are posted
    await holds(h, lambda: one_source_out(h.bot.season2_status.status) is not None)
    await settled(h)
    await timing_asked(world)
    for channel in world.channels.values():
        card = await world.invoke(world.fans["12"], channel, ("season2", "status"), {})
        if card is not None and "Reported out:" not in card.text:
            world.run.apologies.append(f"the status card while TVmaze alone says season 2 is out: {card.text[:1500]}")
        if card is not None and "Season 2 is out" in card.text:  # surer than its one source, on the same card
            world.run.apologies.append(f"the status card says season 2 is out on TVmaze's word alone: {card.text[:1500]}")
    await status_privately(world)
    helped = await world.invoke(world.fans["12"], world.channels["full"], ("help",), {})
    if helped is not None and ("Season 2 is out" in helped.text or "TVmaze lists season 2" not in helped.text):
        world.run.apologies.append(f"/help says season 2 is out on TVmaze's word alone: {helped.text[:1500]}")


async def daily_questions(world: World) -> None:
    """A daily question in every marked channel, from the imported spoiling lists and a built-in
    category, for two days: each day's post, a fan's answer to it, and yesterday's closed post."""
    h = world.h
    # A time of day already past: each jump of a day then lands after it (a time still ahead today
    # would be jumped over: the day's post is due only once its time has come on that day).
    now = h.bot.clock.now().astimezone(dt.UTC)
    at = max(now - dt.timedelta(minutes=1), now.replace(hour=0, minute=0)).strftime("%H:%M")
    for channel in world.channels.values():
        await world.invoke(h.moderator, channel, ("triviaset", "daily"),
                           {"channel": channel, "time": at, "lists": "spoilers, sneaky, characters, rewatch, rewatch week 3"})
    def posted(day: int) -> bool:
        return all(sum(m.text.startswith("**Daily question") for m in h.discord.messages(c)) >= day
                   for c in world.channels.values())

    for day in (1, 2):
        await h.advance(dt.timedelta(days=1))
        # the posts go out after the clock moved, through the outbox: wait for them, not a fixed while
        # (up to a minute: on a loaded machine, five channels' questions took over 15 s), and for
        # yesterday's post to be closed
        await holds(h, functools.partial(posted, day))
        await settled(h)
        for mark, channel in world.channels.items():
            posts = [m for m in h.discord.messages(channel) if m.text.startswith("**Daily question")]
            if len(posts) < day:  # every marked channel has built-in questions it may be asked
                world.run.apologies.append(f"no daily question on day {day} in the channel marked {mark}")
            elif posts[-1].buttons:
                await world.click(world.fans["5"], posts[-1], str(posts[-1].buttons[0]["custom_id"]))


#: A rewatch said the way fans say it before season 2 (stop 49): all of season 1 seen before, one episode
#: watched again after sleep, something else watched again beside the place, another show's rewatch (asked again).
SAID_REWATCHING = ("rewatching, on ep 5", "재탕 중 3화", "zweiter Durchgang, Folge 4", "三刷进行中",
                   "watching ep 4 again bc i fell asleep", "rewatching the trailer, on ep 4", "watching kingdom again, ep 5",
                   "lo dejé en el episodio 8", "all caught up except the finale",
                   # stop 51's: a check list, all but the last two, rewatches said in Chinese and Portuguese
                   "ep1 ✓ ep2 ✓ ep3", "all but the last 2", "二刷到第三集", "vendo de novo, tô no ep 4")
#: Progress in the season-2 era said before season 2 is out (stop 50): another show's season beside ours, season 2 hoped
#: for beside a season-1 place, season 1 finished in Indonesian, Spanish and Japanese, a plan for tonight.
SAID_SEASON2_ERA = ("sweet home s2 e3, aouad s1 e5", "finished season 1, on s2 ep 2", "s1 ep 7 rn, s2 someday",
                    "s1 selesai", "terminé la 1, esta noche empiezo la 2", "シーズン1見終わった、今夜からシーズン2",
                    "gonna watch eps 1-3 tonight", "在看《黑暗荣耀》第二季第3集，僵尸校园看到第6集",
                    # stop 52's (watched35): season 2's parts, halves and catching up said before it is out
                    "s2 part 1 done", "caught up on the new season")


async def rewatch_progress(world: World) -> None:
    """Fans who join for the rewatch month say where they are publicly and in their DMs (the reply says when a
    rewatch was read as all of season 1), answer each reply's first button, and ask in the channels marked 0
    and 3 and in their DMs: a public answer stays at its channel's mark whatever the rewatcher has seen. One
    member per wording: the oracle reads gates as they stand at the end, so each fan's progress is said once."""
    h = world.h
    for number, said in enumerate(SAID_REWATCHING + SAID_SEASON2_ERA):
        rewatcher = h.discord.add_member(h.guild, f"fan-rewatching-{number}", permissions=MEMBER_PERMISSIONS)
        for channel in (h.general, h.discord.dm_channel(rewatcher)):
            reply = await world.invoke(rewatcher, channel, ("progress",), {"watched": said})
            if reply is not None and reply.buttons:
                await world.click(rewatcher, reply, str(reply.buttons[0]["custom_id"]))
        for channel in (world.channels["0"], world.channels["3"], h.discord.dm_channel(rewatcher)):
            await world.invoke(rewatcher, channel, ("ask",), {"question": "how does season 1 end"})


#: Progress said the way fans say it once season 2 is out: a bare "finished!" asks which season, the others are read.
SAID_AFTER_RELEASE = ("finished!", "tapos na", "finished!! (s1)", "s2e7 paused", "3 of s2 down, 5 to go",
                      "last ep of s2 tonight", "T2E3", "watched the first 3 of s2", "sweet home s2 e3, aouad s2 e5",
                      # stop 49's rewatch readings once season 2 is out (said before the furthest: the oracle
                      # reads the fan's gate as it stands at the end)
                      "rewatch done, ready for s2", "caught up!! s2 tonight", "2nd time watching s2, ep 2",
                      "シーズン2の2周目",
                      # stop 52's (watched35): season 2's parts and halves, an episode after a part, caught up abroad
                      "s2 part 1 done, on s2 ep 5", "first half of s2 done", "2 сезон 3 серия",
                      # stop 53's (watched37): a season's length, then where in it; a fraction of season 2
                      "s2 is 8 eps, im on 4", "4/8 of s2",
                      "finished the whole show")


async def progress_after_release(world: World) -> None:
    """A fan who joins after the release says their progress publicly and in their DMs, and answers the first
    button of each reply (which season): a new member, so the others' gates stand as they were read."""
    h = world.h
    late = h.discord.add_member(h.guild, "fan-late", permissions=MEMBER_PERMISSIONS)
    for said in SAID_AFTER_RELEASE:
        for channel in (h.general, h.discord.dm_channel(late)):
            reply = await world.invoke(late, channel, ("progress",), {"watched": said})
            if reply is not None and reply.buttons:
                await world.click(late, reply, str(reply.buttons[0]["custom_id"]))
        await world.invoke(late, world.channels["0"], ("ask",), {"question": "who dies in season 2?"})


#: What members type in guarded channels (stop 50's spoiler guard): spoilers past the mark in English, with a ping,
#: in Chinese and Japanese sentences run together, a later season's plot without its episode; a message within the mark.
UNMANAGED = "guarded-7-unmanaged"
SAID_GUARDED = ("cheong-san dies in ep 11 😭 @everyone", "I-sak变成丧尸；警察审问 Byeong-chan", "南罗为了秀赫被咬了",
                "ナムラは半ゾンビ。チョンサンは死んだ", "next season onjo dies", "ep 2 was so good")
#: Stop 51's: text as members type it in Discord (a quoted question answered on the next line, 'F for X', a skull, a
#: nickname after a mention, a bare 'no' to whether someone is ok), typed by the fan furthest along in each guarded channel;
#: and what fans forward there from the channel marked full: a spoiler, one with a picture, one in an embed, a bot's answer.
SAID_ON_DISCORD = ("> what happens to cheongsan?\ndies in the fire 😭", "F for cheongsan 😭😭", "> is namra okay?\nnope 😭",
                   "💀💀 gwinam in ep 12", "<@123> (our onjo) survives finals lol", "F for my grades", "bro i just finished ep 6",
                   "F for namra 😭", "> what happens to the class president\nbecomes a halfbie",
                   # stop 52's (lex44): the waiting weeks' posters, teasers and fans' names for them
                   "no cheongsan in the poster 😭", "nasa teaser si nam-ra!! buhay pa siya", "one-eyed bully finally burned 🔥")
#: Of those, what gives away Nam-ra's bite (6): members in the channels marked 0 and 3 no longer see it (oracle51 found
#: the first two left in the clear: a 'no' to whether one who never dies is ok, and 'F for' her, mourn her turn as 'rip'
#: does; the third was read as the first halfbie's, Gwi-nam's 5, and left in the clear where the mark is 5).
HER_BITE = ("> is namra okay?\nnope 😭", "F for namra 😭", "> what happens to the class president\nbecomes a halfbie")
FORWARDED = (("cheong-san dies in ep 11", {}),
             ("namra becomes a halfbie here 😭", {"attachments": [Attachment("ep6.png", b"png", "image/png")]}),
             ("look at this answer", {"embeds": [{"type": "rich", "title": "Episode 11 recap",
                                                  "description": "Cheong-san dies fighting Gwi-nam",
                                                  "image": {"url": "https://example.invalid/ep11.png"}}]}))


async def guarded_channels(world: World) -> list[Shown]:
    """New channels marked 0, 3 and 7 with the guard turned on in the same command (the last where hyosan may not
    manage messages: it warns, and the next moderator is told): each fan types what SAID_GUARDED holds, the fan at 5
    edits a harmless message into a spoiler and says their progress there again; in a watch-along thread of each
    (following its channel's guard and mark) the fan furthest along spoils and the fan at 0 asks for /help. The
    notices are read at the
    channel's mark, and so is what the guard leaves of members' messages (members_in_the_clear, added to what the
    oracle reads; not where hyosan may not take them down, as it says). Returns the notices for answers, each read
    under the question it answers (`answered`)."""
    h, notices = world.h, []
    for mark in ("0", "3", "7"):
        channel = h.discord.add_channel(h.guild, f"guarded-{mark}" if mark != "7" else UNMANAGED)
        if mark == "7":
            h.discord.set_overwrite(channel, None, deny=MANAGE_MESSAGES)
        said = await world.invoke(h.moderator, channel, ("spoilers",), {"up_to": mark, "guard": "on"})
        if said is None or "guard" not in said.text.casefold():
            world.run.apologies.append(f"the guard not turned on in the channel marked {mark}: {said.text[:500] if said else ''}")
        for number, fan in enumerate(world.fans.values()):
            await h.discord.say(fan, channel, SAID_GUARDED[number % len(SAID_GUARDED)])
            await h.discord.say(fan, channel, SAID_GUARDED[(number + 3) % len(SAID_GUARDED)])
        harmless = await h.discord.say(world.fans["5"], channel, "ep 1 rewatch tonight")
        await h.discord.edit(world.fans["5"], harmless, "ep 1 rewatch tonight. " + SAID_GUARDED[0])
        await settled(h)
        acted = "your message was taken down" if mark != "7" else "Please delete it"
        if not any(acted in m.text for m in h.discord.messages(channel) if m.author_id == h.discord.bot_user_id):
            world.run.apologies.append(f"the guard did nothing in the channel marked {mark} (no {acted!r})")
        for typed in SAID_ON_DISCORD:
            await h.discord.say(world.fans["12"], channel, typed)
        await forwards(world, channel)
        notices += await answered(world, channel, Position(1, int(mark)) if mark != "0" else NOTHING)
        left = {m.content for m in h.discord.messages(channel) if m.author_id == world.fans["12"].id}
        if mark != "7" and left & set(HER_BITE):
            world.run.apologies.append(f"Nam-ra's bite left in the clear in the channel marked {mark}: {left & set(HER_BITE)}")
        await world.invoke(world.fans["5"], channel, ("progress",), {"watched": "5"})
        # the guarded channel's mark said again (the guard still on; the moderator told of the unmanaged channel)
        await world.invoke(h.moderator, channel, ("spoilers",), {"up_to": mark})
        # a watch-along thread follows its channel's guard and mark: a member's spoiler there, and /help
        h.discord.set_overwrite(channel, world.fans["12"], allow=SEND_MESSAGES_IN_THREADS)
        thread = h.discord.add_thread(channel, f"watch-along-{mark}")
        await h.discord.say(world.fans["12"], thread, SAID_GUARDED[2])  # Nam-ra's bite (6): past the marks 0 and 3
        await settled(h)
        if mark != "7" and not any("your message was taken down" in m.text for m in h.discord.messages(thread)):
            world.run.apologies.append(f"the guard did not follow its channel into a thread of the channel marked {mark}")
        await world.invoke(world.fans["0"], thread, ("help",), {})
    return notices


#: Stop 52's (reply52): a question the fan at 0 asks, none a spoiler itself, and the Discord reply the fan furthest along
#: gives it, with the episode the two give away together (0: nothing): taken down where that is past the mark, left
#: within it; the notice shows the answer behind bars, never the question, nor the episode beside the question it answers.
ANSWERED = (("is so-ju gonna be ok??", "no 💔", Position(1, 11), True), ("is namra ok?", "she turns 😭", Position(1, 6), True),
            ("did you eat?", "no", NOTHING, True),
            # stop 53's (guard55): a plain answer right after the question, no reply and no quote
            ("is cheongsan ok?", "yeah 😭", Position(1, 12), False))
#: ... and a question answered in the same message (the whole of it behind bars in the notice).
ASKED_AND_ANSWERED = ("is the class president ok? not really", Position(1, 6))
#: Stop 53's (guard55), in a guarded channel marked S2E1 once season 2 is out: plain answers right after questions of
#: season 2's story give season 2 away (the whole season for a yes, its episode for an episode); season 1 is within the mark.
ANSWERED_AFTER_RELEASE = (("does cheongsan die?", "yeah 😭", NOTHING, False), ("is cheongsan in s2?", "yes!!", Position(2, 99), False),
                          ("is namra back in season 2?", "ep 3", Position(2, 3), False),
                          ("what ep does s2 get good", "ep 3", NOTHING, False))


async def answered(world: World, channel: Channel, gate: Position,
                   pairs: tuple[tuple[str, str, Position, bool], ...] = ANSWERED,
                   both: tuple[str, Position] | None = ASKED_AND_ANSWERED) -> list[Shown]:
    """`pairs` asked and answered in `channel` (its guard on, up to `gate`), as a Discord reply or a plain message right
    after, and `both` said there: the answers past the mark gone (warned about where hyosan may not manage messages), the
    others and every question left. Returns each answer's notice read under the question it answers, at the channel's
    gate, for the oracle to scan."""
    h, mark = world.h, str(gate)
    unmanaged, read_under = channel.name.endswith(UNMANAGED), []
    for question_text, answer_text, gives_away, replying in pairs:
        question = await h.discord.say(world.fans["0"], channel, question_text)
        await settled(h)
        answer = await h.discord.say(world.fans["12"], channel, answer_text, **({"reply_to": question} if replying else {}))
        await settled(h)
        left = {m.id for m in h.discord.messages(channel)}
        said = [m for m in h.discord.messages(channel) if m.author_id == h.discord.bot_user_id and m.id > answer.id]
        past = gives_away > gate
        if question.id not in left:
            world.run.apologies.append(f"the question {question_text!r} taken down in the channel marked {mark}")
        if (answer.id in left) == (past and not unmanaged) or bool(said) != past:
            world.run.apologies.append(f"{answer_text!r} answering {question_text!r} in the channel marked {mark}: "
                                       f"{'left' if answer.id in left else 'taken down'}, {[m.text for m in said]}")
        for notice in said:
            shown = outside_bars(notice.text)
            # the mark's own episode is named, no later one
            named = [Position(int(s), int(e)) for s, e in re.findall(r"S(\d+)E(\d+)", shown)]
            if question_text in notice.text or answer_text in shown or any(n > gate for n in named):
                world.run.apologies.append(f"the notice for {answer_text!r} shows too much in the clear: {notice.text}")
            read_under.append(Shown(f"{question_text}\n{notice.text}", True, gate,
                                    f"a notice under the question it answers in #{channel.name}"))
    if both is not None:
        text, gives_away = both
        said_both = await h.discord.say(world.fans["12"], channel, text)
        await settled(h)
        if not unmanaged and (said_both.id in {m.id for m in h.discord.messages(channel)}) == (gives_away > gate):
            world.run.apologies.append(f"{text!r} in the channel marked {mark}: taken down or left wrongly")
    return read_under


async def forwards(world: World, channel: Channel) -> None:
    """The fan furthest along forwards into `channel` what FORWARDED holds, said in the channel marked full, and the bot's
    public answer there to who dies in episode 11 (its spoiler in an embed, with buttons)."""
    h, fan, full = world.h, world.fans["12"], world.channels["full"]
    originals = [await h.discord.say(fan, full, text, **fields) for text, fields in FORWARDED]
    answer = await world.invoke(fan, full, ("ask",), {"question": "who dies in episode 11?"})
    for original in [*originals, *([answer] if answer is not None else [])]:
        try:
            await h.discord.forward(fan, original, channel)
        except SandboxError as exc:
            world.run.apologies.append(f"no forward into #{channel.name}: {exc}")
    await settled(h)
    taken = sum("forwarded by" in m.text for m in h.discord.messages(channel) if m.author_id == h.discord.bot_user_id)
    if not channel.name.endswith(UNMANAGED) and taken < len(originals) + 1:  # every one past the mark, the answer's too
        world.run.apologies.append(f"{taken} of the forwards into #{channel.name} taken down")


#: Stop 53's (lang59): what happens to someone and who survives in English and in the asker's language: each translation
#: hides as many parts as its English, wherever it is asked.
FATES_ABROAD = {"what happens to cheongsan": ("¿qué le pasa a cheongsan?", "チョンサンはどうなる？", "was passiert mit cheongsan"),
                "what happens to namra": ("oq acontece com a namra", "qu'est-ce qui arrive à nam-ra", "南罗怎么样了"),
                "what happens to suhyeok": ("suhyeok kenapa di akhir",), "what happens to onjo": ("온조 어떻게 돼?",),
                "who survives": ("qui survit", "wer überlebt", "siapa aja yg selamat", "生き残ったのは誰")}
#: Stop 53's: /ask once season 2 is out, its parts, season 3, dubs, reviews and recaps (ask78); its trailer, a delay and a
#: wrong day asked (left53).
SEASON2_ASKED_AFTER_RELEASE = ("is part 2 out", "when does the rest of s2 come out", "is there a part 3", "renewed for season 3?",
                               "is s2 dubbed in english", "does cheongsan die in part 2", "does namra die in s2", "is s2 good",
                               "recap s2", "what episode am i on", "is the s2 trailer fake", "was s2 delayed",
                               "is s2 coming out on march 19", "has the date changed")
#: Stop 53's (watched37): season 2's forms said as progress once it is out, by a fan who joins then, furthest last (the
#: oracle reads each reply at the gate as it stands at the end; those up to episode 4: SAID_AFTER_RELEASE).
SAID_SEASON2_FORMS = ("s2 ep 1 done", "eps 2 ng s2", "sono alla 2, ep 3", "odcinek 3 sezonu 2", "ep 3 da t2")
#: Stop 53's (imp27): a Red list typed after season 2 is out, one question labelled with its season-2 episode.
RELEASE_WEEK_LIST = (b"S2E3: Who does Ma-ru carry out of the lecture hall?:\n- On-jo\n"
                     b"What colour is the sky on a clear day?:\n- blue\n"
                     b"How many legs does a spider have?:\n- 8\n"
                     b"What is 2+2?:\n- 4\n")
#: Stop 67's (imports48): a season-1 recap quiz as mods paste it once season 2 is out: a question's second half numbered
#: "1, part 2:", a "**Bonus: season 2!**" heading over a question saying of season 1's survivors what season 2's episode 4
#: shows, a closing line announcing next week's quiz and an unclosed "(bonus: …" line. Played where season 1 is allowed
#: and S2E4 is not (S2E1) and where neither is (3): the bonus question is never asked there.
RECAP_QUIZ = (b"AOUAD season 1 recap quiz\n1. Who kills Woo-jin? - ||Nam-ra||\n"
              b"1, part 2: And who throws Gwi-nam off the roof? - ||Nam-ra||\n"
              b"2. What colour is the sky on a clear day? - ||blue||\n3. How many legs does a spider have? - ||8||\n"
              b"**Bonus: season 2!**\n4. Which season 1 survivor opens the gym door? (ep 4) - ||Su-hyeok||\n"
              b"(next week: season 2 part 2 quiz!)\n"
              b"(bonus: first to DM me the name of Cheong-san's mom's chicken shop wins a role!!\n")
#: What each release-week list must never ask where it is played: (file, name, list, its words past the channels' marks).
RELEASE_WEEK_LISTS = (("release.txt", "release week", RELEASE_WEEK_LIST, "lecture hall"),
                      ("recap.txt", "recap quiz", RECAP_QUIZ, "gym door"))


async def after_release(world: World) -> list[Shown]:
    """Once season 2 is out, channels marked S1E12 and S2E1 (the guard on in the latter) beside those marked 0, 3 and 7,
    asked by the fan furthest along: SEASON2_ASKED_AFTER_RELEASE where season 1's fates must stay hidden (3) or season 2
    is allowed in part (S1E12, S2E1: shown privately once, to a fan at S2E3 who says SAID_SEASON2_FORMS in their DMs)
    and in the DMs of the fan at 0; FATES_ABROAD where fates are hidden whole (0) or in part (7) and in the DMs of the fan
    at S2E3; season 2's episode cards and autocomplete; RELEASE_WEEK_LISTS imported and played by the fan at S2E3 where a
    question is past the mark (S2E1, and 3 for the recap quiz), which never shows it; ANSWERED_AFTER_RELEASE in the guarded channel (its notices
    returned to be read)."""
    h = world.h
    marked = {mark: world.channels[mark] for mark in ("0", "3", "7")}
    for mark in ("S1E12", "S2E1"):
        marked[mark] = h.discord.add_channel(h.guild, f"marked-{mark}")
        said = await world.invoke(h.moderator, marked[mark], ("spoilers",), {"up_to": mark, **({"guard": "on"} if mark == "S2E1" else {})})
        if said is None or f"season {mark[1]}, episode {mark[3:]}" not in said.text:
            world.run.apologies.append(f"a channel marked {mark} after the release: {said.text[:500] if said else ''}")
    # (at S2E3, not S2E4: the bot reads "in s2" as far as season 2's last listed episode, 4 here; the oracle, as all of it)
    viewer = world.fans["S2E3"] = h.discord.add_member(h.guild, "fan-at-s2e3", permissions=MEMBER_PERMISSIONS)
    for said in SAID_SEASON2_FORMS:
        await world.invoke(viewer, h.discord.dm_channel(viewer), ("progress",), {"watched": said})
    await world.invoke(viewer, h.general, ("progress",), {"watched": "S2E3"})
    hidden: dict[tuple[str, str], int] = {}  # (question, mark): how many parts its answer hides
    asked = [(q, ("3", "S1E12", "S2E1"), world.fans["0"]) for q in SEASON2_ASKED_AFTER_RELEASE]
    asked += [(q, ("0", "7"), viewer) for english, abroad in FATES_ABROAD.items() for q in (english, *abroad)]
    for question, marks, reader in asked:
        for mark in marks:
            reply = await world.invoke(world.fans["12"], marked[mark], ("ask",), {"question": question})
            if reply is not None:
                hidden[question, mark] = reply.text.split("\n", 1)[-1].count("||")  # after the question echoed
            if reply is not None and reply.buttons and mark == "S2E1":
                await world.click(viewer, reply, str(reply.buttons[0]["custom_id"]))
        await world.invoke(reader, h.discord.dm_channel(reader), ("ask",), {"question": question})
    for english, abroad in FATES_ABROAD.items():
        for question in abroad:
            for mark in ("0", "7"):
                if hidden.get((question, mark)) != hidden.get((english, mark)):
                    world.run.apologies.append(f"{question!r} hides {hidden.get((question, mark))} parts in the channel marked "
                                               f"{mark}, {english!r} {hidden.get((english, mark))}")
    for number in ("S2E1", "S2E2"):  # season 2's episode cards, TVmaze's titles named in them
        for mark in ("0", "S1E12", "S2E1"):
            await world.invoke(world.fans["12"], marked[mark], ("episode",), {"number": number})
        await world.invoke(viewer, h.discord.dm_channel(viewer), ("episode",), {"number": number})
    await autocompletes(world, leaves(h.discord.registered_commands()), ("s2",))
    for filename, name, data, _ in RELEASE_WEEK_LISTS:
        imported = await world.invoke(h.moderator, h.general, ("triviaset", "import"),
                                      {"file": Attachment(filename, data), "name": name})
        if imported is None or "imported" not in imported.text.casefold():
            world.run.apologies.append(f"the {name} list was not imported: {imported.text[:500] if imported else ''}")
    refused = await typed_game(world, marked["S2E1"], "release week", 2, starter="S2E3")
    if refused is not None:
        world.run.apologies.append(f"the release week's game in the channel marked S2E1: {refused}")
    # the recap quiz's every question allowed at S2E1 (season 1's two and two of no episode), then in the channel marked 3
    # (may be refused there: a game of its everyday questions alone)
    refused = await typed_game(world, marked["S2E1"], "recap quiz", 4, starter="S2E3")
    if refused is not None:
        world.run.apologies.append(f"the recap quiz's game in the channel marked S2E1: {refused}")
    await typed_game(world, marked["3"], "recap quiz", 2, starter="S2E3")
    for mark in ("S2E1", "3"):
        for _, name, _, unasked in RELEASE_WEEK_LISTS:
            if any(unasked in m.text for m in h.discord.messages(marked[mark])):
                world.run.apologies.append(f"the {name} list's question on {unasked!r} asked in the channel marked {mark}")
    return await answered(world, marked["S2E1"], Position(2, 1), ANSWERED_AFTER_RELEASE, None)


def titles_in_the_clear(run: Run, shown: list[Shown]) -> None:
    """TVmaze's season-2 titles (one names a death, one a bite) never shown in the clear to an audience before their
    episode: the lexicon knows season 1's story, not these, so they are looked for by their words."""
    seen: dict[tuple[str, bool], str] = {}  # what a reader sees of each text, worked out once (the same texts come back)
    for episode, title in enumerate(TITLES[:2], start=1):  # (the others, "Three" and "Four", are everyday words)
        for item in shown:
            if item.gate >= Position(2, episode):
                continue
            visible = seen.get((item.text, item.hideable))
            if visible is None:
                visible = seen[item.text, item.hideable] = (outside_bars(item.text) if item.hideable else item.text).casefold()
            if title.casefold() in visible:
                run.apologies.append(f"S2E{episode}'s title in the clear at {item.gate} ({item.where}): {item.text[:300]}")


def left_in_guarded_channels(world: World) -> list[Shown]:
    """Members' messages the guard left in the channels it may manage, at their channel's mark."""
    return [s for s in members_in_the_clear(world.h.discord, world.h.db_path) if not s.where.endswith(UNMANAGED)]


#: What the play run must at least have driven and read (1,226 commands, 226 clicks, 7,372 strings at stop 53 on a quiet
#: machine; under load fewer clicks: a question not yet posted when a game is played is not clicked).
#: With the other parts' floors they add up to the whole oracle's (tests/cogs/oracle_world.py).
PLAY_INVOCATIONS, PLAY_CLICKS, PLAY_STRINGS = 150, 10, 1_500


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def oracle(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Run]:
    lexicon = lexicon_of(bundled_pack())
    async with contextlib.AsyncExitStack() as stack:
        feed = await stack.enter_async_context(LocalNewsFeed(title="K-drama News", publisher="News"))
        tvmaze = await stack.enter_async_context(LocalTVmaze())
        world = await open_world(stack, tmp_path_factory.mktemp("oracle"), rss_feeds=(feed.feed_url,),
                                 tvmaze_base_url=tvmaze.base_url)
        h, run = world.h, world.run
        schema = leaves(h.discord.registered_commands())
        await world.invoke(h.moderator, h.general, ("triviaset", "import"), {"file": Attachment("spoilers.yaml", SPOILER_LIST)})
        await world.invoke(h.moderator, h.general, ("triviaset", "import"), {"file": Attachment("sneaky.yaml", SNEAKY_LIST)})
        for filename, name, data in SPOILING_NAMES:
            refused = await world.invoke(h.moderator, h.general, ("triviaset", "import"),
                                         {"file": Attachment(filename, data), **({"name": name} if name else {})})
            if refused is None or "names what happens in the show" not in refused.text:
                run.apologies.append(f"a list named after what happens was imported: {filename} {name}")
        for filename, name, data in REWATCH_LISTS:
            imported = await world.invoke(h.moderator, h.general, ("triviaset", "import"),
                                          {"file": Attachment(filename, data), "name": name})
            if imported is None or "imported" not in imported.text.casefold():
                run.apologies.append(f"the rewatch month's list {filename} was not imported: {imported.text[:500] if imported else ''}")
        await play_trivia(world)
        await rewatch_progress(world)
        await other_commands(world, schema)
        await autocompletes(world, schema)
        await season_two_news(world, feed)
        await pinged_reminders(world)
        await timing_asked(world)
        await marked_full(world)
        await tvmaze_alone(world, tvmaze)
        await daily_questions(world)
        await season_two_out(world, feed)
        await timing_asked(world)
        await progress_after_release(world)
        notices = await guarded_channels(world)
        notices += await after_release(world)
        await settled(world.h)
        shown = world.transcript.read() + left_in_guarded_channels(world) + notices
        titles_in_the_clear(run, shown)
    yield scanned(run, lexicon, shown)


pytestmark = pytest.mark.asyncio(loop_scope="module")


# One test per module: pytest-xdist would otherwise run the module's fixture once per worker.


async def test_no_public_or_private_reply_while_playing_shows_more_than_its_audience_may_see(oracle: Run) -> None:
    print(oracle.report())
    assert not oracle.apologies, listed(oracle.apologies)  # every command and button was really driven
    assert oracle.invocations > PLAY_INVOCATIONS and oracle.clicks > PLAY_CLICKS and oracle.autocompletes > 20
    assert oracle.strings > PLAY_STRINGS
    assert not oracle.leaks, listed(oracle.leaks)
