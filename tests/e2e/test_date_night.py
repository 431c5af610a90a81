"""Date night in three servers (scen49c, stop 49): Netflix gives season 2's date during the Korean night.

One bot (commands global, as in production) in three servers, driven through the local Discord; the
clock is the injected ManualClock, news comes from a local RSS feed and a local TVmaze. A Korean server
(#공지 subscribed at "official", pinging its role for everything), an English one (#news at "reports",
pinging for changes; #general never marked) and a Spanish one (#noticias at "official", pinging no one).
Hours before, fan accounts and a feed post a rumoured 5 March; then Netflix's own post gives 19 March,
5 p.m. KST; an outlet repeats it with the month typo'd; TVmaze lists the season the next day; a
moderator of the English server reports the date typed loosely; members ask "when is s2" in Korean,
English and Spanish, publicly and privately, before and after Netflix's post.

What each person sees, written before reading the code that answers:

D1  Each subscription's reply names its channel, its level and whom it pings (the Spanish one: no one).
D2  The rumours (fan accounts, a feed's "reportedly") reach no channel: not #공지 nor #noticias
    ("official"), nor #news ("reports": a fan account's claim is not an outlet's report).
D3  Before Netflix's post, the English /ask in #general gives no date as fact (no timestamp; "not
    announced" or the rumour called a rumour).
D4  Before, the Korean /ask is answered in Korean, with no date as fact.
D5  Before, the Spanish /ask pressed "privately" is answered privately, in Spanish, with no date as fact.
D6  Before, /season2 status agrees with /ask: no date.
D7  After Netflix's post, #공지 gets exactly one post with the day and hour as a Discord timestamp
    (19 March, 17:00 KST = 08:00 UTC), pinging its role.
D8  #news gets exactly one such post, pinging its role.
D9  #noticias gets exactly one such post, pinging no one.
D10 The posts say the date is official and name Netflix as its source.
D11 No post anywhere shows the rumoured 5 March.
D12 The outlet's repeat with "Marhc 19" posts nothing new anywhere (the same date, already official).
D13 TVmaze listing the season the next day posts nothing new anywhere.
D14 The moderator's "march 19th" report is read as 19 March 2027 and answered without an error; no
    new post anywhere.
D15 After, the English /ask gives the cards' timestamp and says it is official. [corrected: an official date is
    said plainly with Netflix named; only a reported or rumoured one carries a caveat]
D16 After, the Korean /ask is in Korean and gives the cards' timestamp.
D17 After, the Spanish private /ask is in Spanish and gives the cards' timestamp.
D18 After, /season2 status shows the same timestamp as the cards and the answers (one status).
D19 A week before, each channel gets exactly one 7-day countdown; the day before, exactly one 1-day
    countdown (no duplicates after the outlet's repeat, TVmaze or the moderator's report).
D20 Countdowns ping by each channel's choice: #공지's role ("all"), nobody in #news ("changes") nor
    #noticias ("none").
D21 Nothing of season 1's story shows in the clear in any unmarked channel (the news channels, #general,
    the Korean and Spanish chat), and no reply shows a traceback.

Blind: 20/21. The miss, D15, was the test's: the answer gives the cards' timestamp citing Netflix, and says
"Confidence: reported, not official" only of a date that is not official (before Netflix's post it did). After: 21/21.
Judged fine, read in the transcript: the rumours sit only in /season2 status's "Rumours (never move the status)";
each channel got one "has a release date" card at <t:...:F> for 17:00 KST, then one 7d and one 1d countdown (the
Korean role pinged on all three, the English role on the news only, nobody in #noticias); the outlet's "Marhc 19",
TVmaze and the moderator's "march 19th" only joined the card's backing; the answers came in Korean and Spanish.
Found beside it (probing the outlet's typo): a month misspelt by a dropped or doubled letter ("Febuary 19", "19 Mach
2027", "Janurary 29") gave no day in a headline (or a year's window), though moderators' dates mend them: headlines
now read the same misspellings beside a day (bot/season2/sources/headline_forms.py, from bot/season2/typed_dates.py).
Probing "when is s2" as Spanish fans type it: "fecha de estreno temporada 2" got the story-of-season-2 answer (in
English), "cuándo se estrena estamos muertos 2" got "I don't know": the date said alone as a search is typed, and the
show's Spanish and Portuguese titles with their "2", are now read as the season's timing (foreign_glosses.py,
analysis.py; room made by moving the Japanese and Thai "read as nothing" gates to their own gloss modules).
"when's the new season" and "new season when" were answered with the renewal: now season 2's timing, as "the new
one" was (season2_asked.py). Left: "when's the new season of squid game" (and "season 2 of squid game") is answered as
ours, as before; a card's "Since" and an answer's "set on" give the UTC day (14 January) of a post made at 02:00 KST on the 15th.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.config import SyncMode
from bot.harness import MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, Harness
from bot.sandbox import Member, Message
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.sandbox.tvmaze import LocalTVmaze
from tests.e2e import driving, reading
from tests.e2e.driving import Expectations
from tests.e2e.reading import private_button, read

pytestmark = pytest.mark.timeout(120)

START = dt.datetime(2027, 1, 14, 12, 0, tzinfo=dt.UTC)  # 21:00 in Korea
RUMOURS = dt.datetime(2027, 1, 14, 13, 0, tzinfo=dt.UTC)
NETFLIX_POSTS = dt.datetime(2027, 1, 14, 17, 0, tzinfo=dt.UTC)  # 02:00 in Korea, 15 January
RELEASE = dt.datetime(2027, 3, 19, 8, 0, tzinfo=dt.UTC)  # 17:00 in Korea
STAMP = f"<t:{int(RELEASE.timestamp())}"
HANGUL = re.compile(r"[가-힣]")
SPANISH = re.compile(r"\b(temporada|fecha|todavía|aún|anunciad[ao]|estreno|oficial|marzo|sale)\b", re.I)
RUMOUR_DAY = re.compile(r"March 5\b|5 March|Mar(?:ch)? 5th|5 de marzo|3월 ?5일")
FATE = re.compile(r"halfbie|hambie|half-zombie|\bdies\b|\bdied\b|\bkilled\b|\bbitten\b|\bsurviv(?!al\b)\w*|\balive\b|"
                  r"presumed dead|sacrific\w*|죽|사망|살아|생존|반좀비|muere|murió|sobreviv\w*|\bviv[oa]\b", re.I)

# No "so far" line is dropped here; the Korean server's replies carry the show's Korean title too.
clear = partial(reading.clear, so_far=False, title=r"all of us are dead|지금 우리 학교는")


@pytest.fixture
async def news() -> AsyncIterator[tuple[LocalNewsFeed, LocalTVmaze]]:
    async with LocalNewsFeed(title="K-drama News", publisher="News") as feed, LocalTVmaze() as tvmaze:
        yield feed, tvmaze


async def test_netflix_gives_the_date_at_night_and_three_servers_each_see_it_their_way(
    tmp_path: Path, news: tuple[LocalNewsFeed, LocalTVmaze],
) -> None:
    feed, tvmaze = news
    e = Expectations()
    async with Harness.start(tmp_path, clock=ManualClock(START), sync=SyncMode.GLOBAL, rss_feeds=(feed.feed_url,),
                             tvmaze_base_url=tvmaze.base_url) as h:
        d = h.discord
        ko = d.add_guild("지우학 팬서버")
        notice, ko_chat = d.add_channel(ko, "공지"), d.add_channel(ko, "잡담")
        ko_role = d.add_role(ko, "알림", mentionable=True)
        ko_mod = d.add_member(ko, "운영자", permissions=MODERATOR_PERMISSIONS)
        ko_fan = d.add_member(ko, "청산러버", permissions=MEMBER_PERMISSIONS)
        en = d.add_guild("AOUAD Fans")
        en_news, general = d.add_channel(en, "news"), d.add_channel(en, "general")
        en_role = d.add_role(en, "S2 News", mentionable=True)
        en_mod = d.add_member(en, "mod-sam", permissions=MODERATOR_PERMISSIONS)
        en_fan = d.add_member(en, "kay", permissions=MEMBER_PERMISSIONS)
        es = d.add_guild("Estamos Muertos ES")
        noticias, es_chat = d.add_channel(es, "noticias"), d.add_channel(es, "general")
        es_role = d.add_role(es, "Avisos", mentionable=True)
        es_mod = d.add_member(es, "mod-lucia", permissions=MODERATOR_PERMISSIONS)
        es_fan = d.add_member(es, "valen", permissions=MEMBER_PERMISSIONS)
        await driving.settled(h)
        news_channels = (notice, en_news, noticias)
        chats = (ko_chat, general, es_chat)
        errors: list[str] = []

        run = partial(driving.invoke_noting, d, errors)

        async def privately(member: Member, public: Message) -> Message:
            button = private_button(public)
            return await d.click(member, public, button) if button else public

        async def settle() -> None:
            for _ in range(3):
                await driving.quiet(h)
                await h.advance(dt.timedelta(seconds=5))
            await driving.quiet(h)

        cog: Any = h.bot.get_cog("Season2")

        async def poll() -> None:
            await cog.service.tracking.poll_now()
            await h.bot.scheduler.run_now("season2-poll")
            await settle()

        def posts() -> dict[int, list[str]]:
            return {c.id: [read(m) for m in driving.bot_posts(h, c)] for c in news_channels}

        # -- three servers subscribe ----------------------------------------------------------------------
        said_ko = read(await run(ko_mod, notice, "season2set", "announce", "set", channel=notice, role=ko_role,
                                 level="official", pings="all"))
        said_en = read(await run(en_mod, general, "season2set", "announce", "set", channel=en_news, role=en_role,
                                 level="reported", pings="changes"))
        said_es = read(await run(es_mod, noticias, "season2set", "announce", "set", channel=noticias, role=es_role,
                                 level="official", pings="none"))
        e.check("D1", f"<#{notice.id}>" in said_ko and f"<@&{ko_role.id}>" in said_ko and "countdown" in said_ko
                and f"<#{en_news.id}>" in said_en and "report" in said_en.lower()
                and f"<#{noticias.id}>" in said_es and "no one" in said_es, (said_ko, said_en, said_es))
        await poll()  # what the feed lists now is the baseline, not news

        # -- hours before: rumours ------------------------------------------------------------------------
        await h.advance(RUMOURS - h.clock.now())
        feed.add_headline("RUMOR: All of Us Are Dead season 2 reportedly drops March 5?? insider says",
                          publisher="aouad_updates (fan account)", link="https://x.com/aouad_updates/status/1",
                          published=RUMOURS)
        feed.add_headline("All of Us Are Dead Season 2 rumoured for March 5, fans claim", publisher="Koreaboo",
                          published=RUMOURS)
        await poll()
        e.check("D2", not any(posts().values()), posts())
        when_en = "when is s2"
        before_en = read(await run(en_fan, general, "ask", question=when_en))
        e.check("D3", STAMP not in before_en and "<t:" not in before_en
                and (not RUMOUR_DAY.search(before_en) or bool(re.search(r"rumou?r|unconfirmed|not confirmed", before_en, re.I)))
                and bool(re.search(r"not (been )?announced|no (official )?(release )?date|rumou?r|unconfirmed", before_en, re.I)),
                before_en[:600])
        when_ko = "시즌2 언제 나와?"
        before_ko = read(await run(ko_fan, ko_chat, "ask", question=when_ko))
        e.check("D4", bool(HANGUL.search(clear_text(before_ko, when_ko))) and "<t:" not in before_ko, before_ko[:600])
        when_es = "¿cuándo sale la temporada 2?"
        public_es = await run(es_fan, es_chat, "ask", question=when_es)
        own_es = await privately(es_fan, public_es)
        before_es = read(own_es)
        e.check("D5", own_es.ephemeral and bool(SPANISH.search(clear_text(before_es, when_es))) and "<t:" not in before_es,
                before_es[:600])
        status_before = read(await run(en_fan, general, "season2", "status"))
        e.check("D6", "<t:" not in status_before.split("Countdown")[0] or STAMP not in status_before, status_before[:600])

        # -- in the Korean night, Netflix's own post -------------------------------------------------------
        await h.advance(NETFLIX_POSTS - h.clock.now())
        feed.add_headline("All of Us Are Dead Season 2 premieres March 19 at 5 p.m. KST", publisher="Netflix",
                          link="https://about.netflix.com/en/news/all-of-us-are-dead-season-2-march-19",
                          source_url="https://about.netflix.com", published=NETFLIX_POSTS)
        await poll()
        after = {c.id: [m for m in driving.bot_posts(h, c) if STAMP in read(m)] for c in news_channels}
        e.check("D7", len(after[notice.id]) == 1 and after[notice.id][0].mentions_pinged == [f"role:{ko_role.id}"],
                [(read(m)[:160], m.mentions_pinged) for m in driving.bot_posts(h, notice)])
        e.check("D8", len(after[en_news.id]) == 1 and after[en_news.id][0].mentions_pinged == [f"role:{en_role.id}"],
                [(read(m)[:160], m.mentions_pinged) for m in driving.bot_posts(h, en_news)])
        e.check("D9", len(after[noticias.id]) == 1 and not after[noticias.id][0].mentions_pinged,
                [(read(m)[:160], m.mentions_pinged) for m in driving.bot_posts(h, noticias)])
        firsts = [read(ms[0]) for ms in after.values() if ms]
        e.check("D10", len(firsts) == 3 and all("official" in t.lower() and "netflix" in t.lower() for t in firsts),
                [t[:400] for t in firsts])
        counts = {c: len(ms) for c, ms in posts().items()}

        # -- an outlet repeats it, month typo'd; TVmaze lists it the next day ------------------------------
        await h.advance(dt.timedelta(hours=1))
        feed.add_headline("All of Us Are Dead season 2 confirmed for Marhc 19 on Netflix", publisher="Soompi",
                          published=h.clock.now())
        await poll()
        e.check("D12", {c: len(ms) for c, ms in posts().items()} == counts, posts())
        await h.advance(dt.timedelta(hours=20))
        tvmaze.add_season(2, episode_order=8, premiere_date=RELEASE.date().isoformat())
        tvmaze.add_episodes(2, 8, airstamp=RELEASE.isoformat())
        await poll()
        e.check("D13", {c: len(ms) for c, ms in posts().items()} == counts, posts())

        # -- the English server's moderator reports it, loosely typed ---------------------------------------
        reported = await run(en_mod, general, "season2set", "report", milestone="release_date_announced",
                             source_url="https://www.soompi.com/article/aouad-s2-march-19", date="today",
                             official=False, release_date="march 19th")
        said = read(reported)
        await settle()
        e.check("D14", bool(re.search(r"19 March 2027|March 19,? 2027|2027-03-19|" + re.escape(STAMP), said))
                and "not a date" not in said.lower() and {c: len(ms) for c, ms in posts().items()} == counts,
                (said[:600], posts()))

        # -- members ask again ------------------------------------------------------------------------------
        after_en = read(await run(en_fan, general, "ask", question=when_en))
        # corrected after the blind run: an official date is said plainly, its source named (Netflix); only a reported
        # or rumoured one carries a "Confidence: ..." caveat, as the card's badge does
        e.check("D15", STAMP in after_en and "Netflix" in after_en and "Confidence:" not in after_en, after_en[:600])
        after_ko = read(await run(ko_fan, ko_chat, "ask", question=when_ko))
        e.check("D16", STAMP in after_ko and bool(HANGUL.search(clear_text(after_ko, when_ko))), after_ko[:600])
        public_es = await run(es_fan, es_chat, "ask", question=when_es)
        own_es = await privately(es_fan, public_es)
        after_es = read(own_es)
        e.check("D17", own_es.ephemeral and STAMP in after_es and bool(SPANISH.search(clear_text(after_es, when_es))),
                after_es[:600])
        status = read(await run(en_fan, general, "season2", "status"))
        e.check("D18", STAMP in status and "official" in status.lower(), status[:600])

        # -- the countdowns ---------------------------------------------------------------------------------
        await h.advance(RELEASE - dt.timedelta(days=7) + dt.timedelta(minutes=1) - h.clock.now())
        await settle()
        week = {c.id: [m for m in driving.bot_posts(h, c) if re.search(r"7d|7 days|one week|a week", read(m))]
                for c in news_channels}
        await h.advance(RELEASE - dt.timedelta(days=1) + dt.timedelta(minutes=1) - h.clock.now())
        await settle()
        day = {c.id: [m for m in driving.bot_posts(h, c) if re.search(r"1d to go|tomorrow|1 day", read(m))]
               for c in news_channels}
        e.check("D19", all(len(ms) == 1 for ms in week.values()) and all(len(ms) == 1 for ms in day.values()),
                {c: [read(m)[:120] for m in driving.bot_posts(h, ch)] for c, ch in zip("KES", news_channels, strict=True)})
        countdowns = [m for ms in (*week.values(), *day.values()) for m in ms]
        e.check("D20", bool(countdowns) and all(
            m.mentions_pinged == ([f"role:{ko_role.id}"] if m.channel_id == notice.id else []) for m in countdowns),
            [(m.channel_id, m.mentions_pinged, read(m)[:80]) for m in countdowns])

        shown = [m for c in (*news_channels, *chats) for m in d.messages(c) if m.author_id == d.bot_user_id]
        rumoured = [read(m)[:160] for c in news_channels for m in driving.bot_posts(h, c) if RUMOUR_DAY.search(read(m))]
        e.check("D11", not rumoured, rumoured)
        asked = (when_en, when_ko, when_es)
        leaks = [clear(m, *asked)[:200] for m in shown if FATE.search(clear(m, *asked))]
        e.check("D21", not leaks and not errors, (leaks, errors))
    assert not e.missed, e.verdict()


def clear_text(text: str, said: str) -> str:
    """A reply's own words: without the asker's question said back."""
    return text.replace(said, " ")
