"""A moderator's bad week (scen49b, stop 49).

One bot, driven through the local Discord on the harness's ManualClock, on a server in January 2027 (Monday 4
January, day 0). The server: #general, #trivia with a thread "daily-quiz" where the daily question is posted (9pm
KST), #announcements and #news subscribed to season-2 news (#news pinging the role "S2 Alerts"), #episode-talk
(meant to stay spoiler-free) and #s1-spoilers (meant for all of season 1). Things go wrong as they do on real
servers: the moderator marks #episode-talk "full spoilers" by mistake and fixes it; imports a broken trivia list,
then the fixed one, starts a game from it and deletes the list while the game runs; #news is deleted and re-created
under the same name; the role is deleted; the bot loses Send Messages and Embed Links in #announcements; the
daily-quiz thread is archived; the date is announced (an official report) in the middle of it; the moderator gives
#announcements its permissions back; the bot is kicked and invited back; day 1's daily question comes.

What each person sees, written before reading the code that answers:

B1  The wrong mark ("full spoilers" in #episode-talk) says season 1, episode 12; the fix ("no spoilers") says
    nothing is allowed there now; each reply short (under 600 characters).
B2  After the fix, a public /ask in #episode-talk "does cheong-san die?" shows no fate in the clear; the same
    question in #s1-spoilers (marked "full season 1") shows it.
B3  The broken list is refused privately, naming the line that is wrong, and /trivia lists does not show it.
B4  The fixed list imports, saying its name and that it took 5 questions.
B5  A game from the list in #trivia (unmarked) asks only the spoiler-free questions, never the episode-11 one.
B6  Deleting the list while the game runs gets the moderator a clear, private, short answer (deleted, or refused
    because a game uses it); no traceback.
B7  The game then ends cleanly: a closing post (scores or "ended"), no question left open, nothing posted after it.
B8  After #news is deleted, the moderators learn it (a DM, or /season2set announce list) and members see nothing
    about it in any public channel.
B9  Subscribing the re-created #news is accepted; the list then shows the new #news, and the deleted one is not
    shown as still on.
B10 After the role is deleted, the moderators learn it (a DM, or the list) when they look, and how to fix it.
B11 With Send Messages and Embed Links taken in #announcements, the moderators are told that it lacks Send Messages
    there (a DM, the list or /season2set announce posts), naming the channel.
B12 A moderator's /help in #announcements then says the bot cannot send messages there.
B13 The official date reaches the re-created #news once, with the date in the clear, said as official, and no
    mention of the deleted role (no broken "<@&id>").
B14 Nothing reaches #announcements while it is blocked; once the moderator gives the permissions back, the
    announcement arrives there once (nothing lost, nothing twice). [the moderator now also does what the bot told
    them to: `/season2set announce set` for it again, without its options]
B15 Day 0's daily question is posted in the archived daily-quiz thread, once, at 9pm KST (none before).
B16 While the bot is kicked nothing is posted; after it is invited back, the marks still hold (#episode-talk hides
    the fate, #s1-spoilers shows it). [corrected: a kick ends the server's marks, so #s1-spoilers hides it too
    until the moderator marks it again, then shows it]
B17 After the re-invite, /season2set announce list still lists #news and #announcements, and no announcement is
    posted again. [corrected: it lists them as off because the bot was removed, each with how to turn it on
    again and no deleted role named; #news set again, nothing is posted again]
B18 Day 1's daily question comes once in the thread, at its time. [corrected: the kick turned it off; the
    moderator's next trivia command says so and how to turn it on; turned on, day 1's comes once]
B19 No reply anywhere shows a traceback, "interaction failed" or goes unanswered; every reply to a mistake is private.
B20 No public post in an unmarked channel (#general, #trivia, the thread, #news, #announcements, #episode-talk)
    shows a season-1 fate in the clear.
B21 No bot post is repeated in any channel (each announcement once per channel, one daily question a day).
B22 Moderator-facing words (permissions, deleted channels or roles) never appear in a public post members see.

Blind: 18/22 as run. Misses of the test: B2, its fate words lacked "dead" and "bites" ("Cheong-san is presumed dead
... Gwi-nam bites him" was the answer, in the clear where marked); B16 and B18, a kick ends what the server set up
(marks, announcements, the daily question) and an invitation back starts clean, the project's tested choice
(tests/e2e/test_moderator_play.py), in the safe direction (hidden, not shown). The miss that was not the test's:
B14, a channel whose announcements a refusal turned off (Send Messages taken) never got the announcement it missed,
even after the moderator did exactly what the bot told them (give the permissions back, `/season2set announce set`
for it again): now setting it again re-sends, once, the announcements refused there or skipped because of that
refusal in the last week (status news only: a countdown whose moment passed, a rumour, or news whose report was
retracted since stays unsent), pinging the role chosen now,
and says so ("The announcement it missed while I couldn't post there is posted now."); set again without options it
keeps the news level and pings it had, as a channel still on does (it fell back to "official"). Read in the
transcript and fixed: /season2set announce list named a deleted role as a mention ("@deleted-role") on a channel
turned off, and a channel turned off by a kick or a moderator did not say how to turn it on again (each off line now
does); the daily question a kick turned off is told with "turn it on again with /triviaset daily", not "once I can
post there again (a locked thread unlocked)". After: 22/22.
Judged fine: the wrong mark and its fix said back plainly (public, a line each); the broken list refused by its line
("line 7: a tab indents this line"); the deleted list's game went on with the questions it drew and ended ("No winner:
the questions ran out"), never asking the episode-11 question in the unmarked channel; #news deleted told by DM with
what to do; the deleted role's channel still got the date, pinging no one, and the list said why; Send Messages lost
told by DM, in the list and in /season2set announce posts, and in the moderator's /help there; the archived thread
got its daily question once; nothing posted while kicked; no traceback, no spoiler in the clear, no post twice.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import Attachment, Channel, Member, Message, SandboxError
from tests.e2e import driving
from tests.e2e.driving import Expectations
from tests.e2e.reading import clear, read

pytestmark = pytest.mark.timeout(120)

START = dt.datetime(2027, 1, 4, 9, 0, tzinfo=dt.UTC)  # Monday; 9pm KST is 12:00 UTC
NETFLIX = "https://about.netflix.com/en/news/all-of-us-are-dead-season-2-date"
SEND_MESSAGES, EMBED_LINKS = 1 << 11, 1 << 14

BROKEN = (
    "hyosan: 1\n"
    "name: mods-quiz\n"
    "questions:\n"
    '  - question: "Who plays On-jo?"\n'
    '    answers: ["Park Ji-hu"]\n'
    '  - question: "What is the name of the high school?"\n'
    '\tanswers: ["Hyosan High"]\n'
)
QUIZ: dict[str, tuple[str, int]] = {
    "Who plays On-jo?": ("Park Ji-hu", 0),
    "Who plays Cheong-san?": ("Yoon Chan-young", 0),
    "Who plays Nam-ra?": ("Cho Yi-hyun", 0),
    "Who plays Su-hyeok?": ("Lomon", 0),
    "Who goes down the burning shaft with Gwi-nam?": ("Cheong-san", 11),
}


def quiz() -> bytes:
    lines = ["hyosan: 1", "name: mods-quiz", "author: mod team", "questions:"]
    for question, (answer, spoils) in QUIZ.items():
        lines += [f'  - question: "{question}"', f'    answers: ["{answer}"]', f"    spoils: {spoils}"]
    return ("\n".join(lines) + "\n").encode()


FATE = re.compile(r"halfbie|hambie|half-zombie|\bdies\b|\bdied\b|\bdead\b|\bdeath\b|\bkilled\b|\bbit(es|ten)\b|\bsurviv(?!al\b)\w*|"
                  r"sacrific\w*|\bturns?\b|burning shaft", re.I)
# the show's title and the daily question's made-up titles ("We Are All Dead", "School of the Dead") tell no fate
TITLES = re.compile(r"\b(?:all of us are|we are all|of the) dead\b", re.I)
BACKSTAGE = re.compile(r"permission|send messages|embed links|deleted|no longer exists|traceback|"
                       r"interaction failed|/season2set", re.I)


def asked(message: Message) -> list[str]:
    text = read(message).lower()
    return [q for q in QUIZ if q.lower().rstrip("?") in text]


async def test_a_moderators_bad_week_loses_nothing_and_leaks_nothing(tmp_path: Path) -> None:
    e = Expectations()
    async with Harness.start(tmp_path, clock=ManualClock(START)) as h:
        d, mod, fan = h.discord, h.moderator, h.fan
        trivia, ann = h.channels["trivia"], h.channels["announcements"]
        news = d.add_channel(h.guild, "news")
        talk = d.add_channel(h.guild, "episode-talk")
        spoilers = d.add_channel(h.guild, "s1-spoilers")
        thread = d.add_thread(trivia, "daily-quiz")
        alerts = d.add_role(h.guild, "S2 Alerts", mentionable=True)
        d.add_member(h.guild, "jiwoo", permissions=MEMBER_PERMISSIONS, roles=[alerts])
        assert await driving.holds(h, lambda: h.bot.get_channel(thread.id) is not None)
        errors: list[str] = []
        private_miss: list[str] = []
        told: list[str] = []  # what the moderators were told, wherever

        async def run(member: Member, where: Channel, /, *command: str, mistake: bool = False,
                      **options: object) -> Message | None:
            try:
                reply = await d.invoke(member, where, *command, **options)
            except SandboxError as exc:
                errors.append(f"/{' '.join(command)}: {exc}"[:300])
                return None
            if re.search(r"Traceback|Exception|Error:|interaction failed", read(reply)):
                errors.append(read(reply)[:300])
            if mistake and not reply.ephemeral:
                private_miss.append(read(reply)[:200])
            if member is mod:
                told.append(read(reply))
            return reply

        def text(reply: Message | None) -> str:
            return read(reply) if reply else ""

        async def listed() -> str:
            return text(await run(mod, h.general, "season2set", "announce", "list"))

        def moderators_heard() -> str:
            return "\n".join([*told, *(read(m) for m in d.dm_messages(mod))])

        def public_posts() -> dict[int, list[Message]]:
            return {c.id: driving.bot_posts(h, c) for c in (h.general, trivia, thread, news, ann, talk)}

        # -- day 0, morning: the wrong mark and its fix ---------------------------------------------------
        wrong = text(await run(mod, talk, "spoilers", up_to="full spoilers"))
        fixed = text(await run(mod, talk, "spoilers", up_to="no spoilers"))
        await run(mod, spoilers, "spoilers", up_to="full season 1")
        e.check("B1", "season 1, episode 12" in wrong and re.search(r"no spoilers|nothing|spoiler-free", fixed, re.I)
                is not None and len(wrong) < 600 and len(fixed) < 600, (wrong, fixed))
        cheong_san = "does cheong-san die?"
        hidden = await run(fan, talk, "ask", question=cheong_san)
        shown = await run(fan, spoilers, "ask", question=cheong_san)
        e.check("B2", hidden is not None and shown is not None and not FATE.search(clear(hidden, cheong_san))
                and bool(FATE.search(clear(shown, cheong_san))),
                (hidden and clear(hidden, cheong_san)[:300], shown and clear(shown, cheong_san)[:300]))

        # -- the subscriptions and the daily question ------------------------------------------------------
        await run(mod, h.general, "season2set", "announce", "set", channel=news, role=alerts)
        await run(mod, h.general, "season2set", "announce", "set", channel=ann, level="reported")
        await run(mod, h.general, "triviaset", "daily", channel=thread, time="9pm KST", enabled=True)

        # -- the broken list, the fixed one, a game, the list deleted under it -----------------------------
        refused = await run(mod, trivia, "triviaset", "import", mistake=True,
                            file=Attachment("mods-quiz.yaml", BROKEN.encode(), "application/x-yaml"))
        lists = text(await run(fan, trivia, "trivia", "lists"))
        e.check("B3", refused is not None and refused.ephemeral and re.search(r"line \d", text(refused), re.I) is not None
                and "mods-quiz" not in lists.lower(), (text(refused)[:400], lists[:300]))
        imported = text(await run(mod, trivia, "triviaset", "import",
                                  file=Attachment("mods-quiz.yaml", quiz(), "application/x-yaml")))
        e.check("B4", "mods-quiz" in imported.lower() and "5" in imported, imported[:400])
        driving.quick_buckets(h)
        await run(mod, h.general, "triviaset", "settings", answer_time=4, pause=0)
        before = {m.id for m in driving.bot_posts(h, trivia)}
        await run(fan, trivia, "trivia", "start", category="mods-quiz", questions=4, mode="buttons")

        def game_posts() -> list[Message]:
            return [m for m in driving.bot_posts(h, trivia) if m.id not in before]

        await driving.until(h, lambda: any(asked(m) for m in game_posts()), rounds=20)
        deleted = await run(mod, trivia, "triviaset", "delete", mistake=True, options={"list": "mods-quiz"})
        e.check("B6", deleted is not None and deleted.ephemeral and len(text(deleted)) < 600
                and re.search(r"delet|game|in use|running", text(deleted), re.I) is not None, text(deleted)[:400])

        def over() -> bool:
            return any(re.search(r"final scores|game (is )?over|no winner|ended|stopped", read(m), re.I)
                       for m in game_posts())

        ended = await driving.until(h, over, rounds=60, step=2.0)
        count = len(game_posts())
        await driving.until(h, lambda: False, rounds=5, step=10.0)
        open_buttons = [read(m)[:100] for m in game_posts()
                        if asked(m) and any(not b.get("disabled") for b in m.buttons)]
        e.check("B7", ended and len(game_posts()) == count and not open_buttons,
                (ended, count, len(game_posts()), open_buttons, [read(m)[:100] for m in game_posts()]))
        shown_qs = [q for m in game_posts() for q in asked(m)]
        e.check("B5", bool(shown_qs) and all(QUIZ[q][1] == 0 for q in shown_qs), shown_qs)

        # -- #news deleted and re-created; the role deleted ------------------------------------------------
        old_news = news.id
        d.delete_channel(news)
        await driving.handled(h, "guild_channel_delete")
        after_delete = await listed()
        heard = moderators_heard()
        e.check("B8", re.search(r"deleted|no longer exists|gone|can't find|cannot find", heard, re.I) is not None,
                after_delete[:600])
        news = d.add_channel(h.guild, "news")
        await driving.handled(h, "guild_channel_create")
        again = await run(mod, h.general, "season2set", "announce", "set", channel=news, role=alerts)
        now_listed = await listed()
        old_lines = [x for x in now_listed.splitlines() if f"<#{old_news}>" in x]
        e.check("B9", again is not None and f"<#{news.id}>" in text(again) and f"<#{news.id}>" in now_listed
                and not any(re.search(r"\bon\b", x) and not re.search(r"delet|gone|exist", x, re.I) for x in old_lines),
                (text(again)[:300], now_listed[:800]))
        d.delete_role(alerts)
        await driving.handled(h, "guild_role_delete")
        role_list = await listed()
        e.check("B10", re.search(r"role[^\n]*(deleted|no longer|gone|missing)|(deleted|no longer|gone|missing)[^\n]*role",
                                 moderators_heard(), re.I) is not None, role_list[:800])

        # -- #announcements loses Send Messages and Embed Links; the thread is archived ----------------------
        d.set_overwrite(ann, None, deny=SEND_MESSAGES | EMBED_LINKS)
        await driving.handled(h, "guild_channel_update")
        d.archive_thread(thread)
        await driving.handled(h, "thread_update")
        helped = text(await run(mod, ann, "help"))
        e.check("B12", "send messages" in helped.lower(), helped[:800])

        # -- the date is announced ---------------------------------------------------------------------------
        report = await run(mod, h.general, "season2set", "report", milestone="release_date_announced",
                           source_url=NETFLIX, date="today", official=True, release_date="2027-03-19 17:00 KST")
        for row in (report.components if report else []):
            for button in row.get("components", []):
                if re.search(r"confirm|yes|post it", str(button.get("label", "")), re.I):
                    told.append(read(await d.click(mod, report, button["custom_id"])))
        await driving.until(h, lambda: bool([m for m in driving.bot_posts(h, news) if "2027" in read(m)]), rounds=20)
        await driving.until(h, lambda: False, rounds=6, step=30.0)
        dated = [m for m in driving.bot_posts(h, news) if "2027" in read(m) or "<t:" in read(m)]
        e.check("B13", len(dated) == 1 and re.search(r"19 March 2027|March 19|<t:", clear(dated[0])) is not None
                and "official" in read(dated[0]).lower() and f"<@&{alerts.id}>" not in read(dated[0]),
                [read(m)[:400] for m in driving.bot_posts(h, news)])
        await listed()
        await run(mod, h.general, "season2set", "announce", "posts")
        heard = moderators_heard()
        e.check("B11", "send messages" in heard.lower() and f"<#{ann.id}>" in heard,
                [x[:300] for x in told[-3:]] + [read(m)[:300] for m in d.dm_messages(mod)])
        blocked = len(driving.bot_posts(h, ann))
        d.set_overwrite(ann, None)
        await driving.handled(h, "guild_channel_update")
        # the fix the bot gave: the permissions back, then `/season2set announce set` for it again
        resumed = text(await run(mod, h.general, "season2set", "announce", "set", channel=ann))
        await driving.until(h, lambda: any("2027" in read(m) for m in driving.bot_posts(h, ann)), rounds=20, step=60.0)
        arrived = [m for m in driving.bot_posts(h, ann) if "2027" in read(m) or "<t:" in read(m)]
        # set again as told, without its options: it keeps the news it had chosen (reported)
        e.check("B14", blocked == 0 and len(arrived) == 1 and f"<#{ann.id}>" in resumed and "missed" in resumed
                and "(reported)" in resumed,
                (blocked, resumed[:300], [read(m)[:200] for m in driving.bot_posts(h, ann)]))

        # -- 9pm KST: the daily question in the archived thread ---------------------------------------------
        early = len(driving.bot_posts(h, thread))
        await h.advance(dt.datetime(2027, 1, 4, 12, 1, tzinfo=dt.UTC) - h.clock.now())
        await driving.until(h, lambda: len(driving.bot_posts(h, thread)) > early, rounds=5, step=5.0)
        day0 = driving.bot_posts(h, thread)
        e.check("B15", early == 0 and len(day0) == 1, (early, [read(m)[:150] for m in day0]))

        # -- the bot is kicked and invited back ----------------------------------------------------------------
        posts_before = {cid: len(ms) for cid, ms in public_posts().items()}
        d.remove_bot(h.guild)
        await driving.handled(h, "guild_remove")
        await h.advance(dt.timedelta(hours=2))
        await driving.quiet(h)
        quiet_while_out = {cid: len(ms) for cid, ms in public_posts().items()} == posts_before
        d.invite_bot(h.guild)
        assert await driving.holds(h, lambda: h.bot.get_guild(h.guild.id) is not None)
        # corrected after the blind run: a kick ends the server's arrangements (marks, announcements, the daily
        # question) and an invitation back starts clean, the project's choice (tests/e2e/test_moderator_play.py);
        # what is asked of it is to hide rather than show, and to tell the moderators how to set it up again
        hidden = await run(fan, talk, "ask", question=cheong_san)
        unmarked = await run(fan, spoilers, "ask", question=cheong_san)
        await run(mod, spoilers, "spoilers", up_to="full season 1")
        shown = await run(fan, spoilers, "ask", question=cheong_san)
        e.check("B16", quiet_while_out and hidden is not None and unmarked is not None and shown is not None
                and not FATE.search(clear(hidden, cheong_san)) and not FATE.search(clear(unmarked, cheong_san))
                and bool(FATE.search(clear(shown, cheong_san))),
                (quiet_while_out, hidden and clear(hidden, cheong_san)[:300], unmarked and clear(unmarked, cheong_san)[:300],
                 shown and clear(shown, cheong_san)[:300]))
        back = await listed()
        lines = {c.id: next((x for x in back.splitlines() if f"<#{c.id}>" in x), "") for c in (news, ann)}
        resubscribed = text(await run(mod, h.general, "season2set", "announce", "set", channel=news))
        await driving.until(h, lambda: False, rounds=6, step=60.0)
        e.check("B17", all("removed" in x and "/season2set announce set" in x for x in lines.values())
                and f"<@&{alerts.id}>" not in back and f"<#{news.id}>" in resubscribed
                and len([m for m in driving.bot_posts(h, news) if "2027" in read(m)]) == 1
                and len([m for m in driving.bot_posts(h, ann) if "2027" in read(m)]) == 1, (back[:900], resubscribed[:300]))

        # -- day 1: the daily question, off since the kick, told and turned on again ---------------------------
        await h.advance(dt.datetime(2027, 1, 5, 11, 0, tzinfo=dt.UTC) - h.clock.now())
        await driving.quiet(h)
        before_nine = len(driving.bot_posts(h, thread))
        seen_before = len(d.messages(h.general, include_ephemeral=True))
        settings = await run(mod, h.general, "triviaset", "settings")
        await driving.settled(h)
        heard_daily = "\n".join([text(settings), *(read(m) for m in d.messages(h.general, include_ephemeral=True)[seen_before:]
                                                   if m.ephemeral)])
        await run(mod, h.general, "triviaset", "daily", channel=thread, time="9pm KST", enabled=True)
        await h.advance(dt.timedelta(hours=1, minutes=1))
        await driving.until(h, lambda: len(driving.bot_posts(h, thread)) > before_nine, rounds=5, step=5.0)
        e.check("B18", before_nine == 1 and len(driving.bot_posts(h, thread)) == 2
                and re.search(r"removed", heard_daily) is not None and "/triviaset daily" in heard_daily,
                (before_nine, [read(m)[:150] for m in driving.bot_posts(h, thread)], heard_daily[-600:]))

        # -- what held all week --------------------------------------------------------------------------------
        e.check("B19", not errors and not private_miss, (errors, private_miss))
        leaks = [clear(m)[:200] for ms in public_posts().values() for m in ms if FATE.search(TITLES.sub("", clear(m)))]
        e.check("B20", not leaks, leaks)
        repeated = [read(m)[:120] for ms in public_posts().values() for m in ms
                    if [read(x) for x in ms].count(read(m)) > 1]
        e.check("B21", not repeated, repeated)
        backstage = [read(m)[:200] for ms in public_posts().values() for m in ms if BACKSTAGE.search(read(m))]
        e.check("B22", not backstage, backstage)
    assert not e.missed, e.verdict()
