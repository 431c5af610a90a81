"""A Korean-speaking fan server of 지금 우리 학교는, end to end on the local Discord (blind set, korean40).

Members and moderators type in Korean, mixed Korean/English, 초성 (ㅋㅋ) and romanised names; each
test asserts what a member SEES: replies, ephemeral answers, posts, embeds, buttons. Written before
reading the code it tests, from the fact sheet (the Korean names are the show's own: 남온조, 이청산,
최남라, 이수혁, 윤귀남; actors 박지후, 윤찬영, 조이현, 로몬, 유인수).

Blind: 34 passed / 3 xfailed. On reading the code, none of the three was the bot's: the game's end was
read from its start post (which names the finale), a two-question list cannot give buttons their three
wrong answers (the bot says so and offers typed mode), and "7화 보는 중" is saved as 7, as "im on ep 7"
is by the project's rule. Found after: the show's own nouns in Korean ("요나스", "몇 반", "눈") and the chat
spelling "어케 됨" were not read. After: 40 passed / 0 xfailed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import Attachment, Channel, Member, Message
from bot.sandbox.newsfeed import LocalNewsFeed
from tests.e2e.driving import quick_buckets, until
from tests.e2e.reading import everything
from tests.shared_bot import module_fixtures

pytestmark = [pytest.mark.timeout(60), pytest.mark.asyncio(loop_scope="module")]
START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

# What a season-1 fate sounds like in English and Korean (survival is as much a spoiler as death).
FATE = re.compile(r"\b(dies|died|dead|death|killed|presumed|halfbie|hambie|sacrific\w*|bitten|surviv\w*|alive|"
                  r"lives|does not die|doesn't die|zombie)\b|죽|사망|살아|생존|좀비", re.I)
HANGUL = re.compile(r"[가-힣]")


# One bot for the tests that change only their own server: each joins it in a new server.
shared, h = module_fixtures("korean", prepare=quick_buckets, clock=ManualClock(START))


def unhidden(msg: Message, *said: str) -> str:
    """What a reader sees without clicking a spoiler bar, without the member's own words echoed."""
    text = re.sub(r"\|\|.*?\|\|", " ", everything(msg), flags=re.S)
    text = re.sub(r"https?://[^\s)>]+", " ", text)
    for words in said:
        text = text.replace(words, " ")
    return text


async def member(h: Harness, name: str) -> Member:
    return h.discord.add_member(h.guild, name, permissions=MEMBER_PERMISSIONS)


async def mark(h: Harness, channel: Channel, up_to: str) -> Message:
    return await h.discord.invoke(h.moderator, channel, "spoilers", up_to=up_to)


async def ask(h: Harness, who: Member, question: str, channel: Channel | None = None) -> Message:
    return await h.discord.invoke(who, channel or h.general, "ask", question=question)


# -- a moderator sets the server up ------------------------------------------------------------


async def test_a_moderator_marking_a_channel_safe_in_korean_is_told_the_episode(h: Harness) -> None:
    reply = await mark(h, h.general, "5화까지 스포 허용")
    assert re.search(r"episode 5|5화|E5\b", everything(reply), re.I), everything(reply)


async def test_a_moderator_marking_a_channel_spoiler_free_in_korean_gets_no_spoilers(h: Harness) -> None:
    await mark(h, h.general, "8")
    reply = await mark(h, h.general, "노스포")
    text = everything(reply).lower()
    assert re.search(r"no spoiler|spoiler-free|노스포|hide every spoiler", text), text


# -- members set how far they have watched ----------------------------------------------------


@pytest.mark.parametrize(("said", "episode"), [
    ("5화까지 봤어요", "5"),  # the polite form of 봤어
    ("아직 1화", "1"),  # "still on episode 1"
    ("3화까지 봄 ㅋㅋ", "3"),  # chat ending and laughter
    ("7화 보는 중", "7"),  # watching 7 now: as "im on ep 7", the project's rule (only 반쯤/중간 save the one before)
    ("시즌1 다 봤음", "12"),
])
async def test_a_member_saying_how_far_they_watched_in_korean_is_saved_at_that_episode(
    h: Harness, said: str, episode: str,
) -> None:
    saved = await h.discord.invoke(h.fan, h.general, "progress", watched=said)
    assert saved.ephemeral, everything(saved)
    seen = await h.discord.invoke(h.fan, h.general, "progress")
    assert re.search(rf"episode {episode}\b|\b{episode}화", everything(seen), re.I), everything(seen)


async def test_a_member_who_has_not_started_is_saved_at_nothing_watched(h: Harness) -> None:
    await h.discord.invoke(h.fan, h.general, "progress", watched="1화도 안 봤어요")
    seen = await h.discord.invoke(h.fan, h.general, "progress")
    assert re.search(r"nothing|not (started|watched)|episode 0|no episode|hide every", everything(seen), re.I), everything(seen)


async def test_a_member_saying_they_watched_it_all_in_korean_is_saved_at_the_finale(h: Harness) -> None:
    await h.discord.invoke(h.fan, h.general, "progress", watched="다 봤어")
    seen = await h.discord.invoke(h.fan, h.general, "progress")
    assert re.search(r"episode 12|E12\b|12화|finished|season 1", everything(seen), re.I), everything(seen)


# -- lore questions in Korean and Konglish ----------------------------------------------------


@pytest.mark.parametrize(("question", "actor"), [
    ("청산이 누가 연기했어?", r"Yoon Chan-?young|윤찬영"),
    ("남라 배우 누구", r"Cho Yi-?hyun|조이현"),
    ("ㅋㅋㅋ 수혁이 배우 누구임", r"Lomon|로몬"),
    ("onjo 역 배우 이름 알려줘", r"Park Ji-?hu|박지후"),
    ("남라 actor 누구야", r"Cho Yi-?hyun|조이현"),
    ("귀남이 역 누가 했어??", r"Yoo In-?soo|유인수"),
    ("온조 아빠 배우 누구예요", r"Jeon Bae-?soo|전배수"),
])
async def test_a_member_asking_who_plays_a_character_in_korean_gets_the_actor(
    h: Harness, question: str, actor: str,
) -> None:
    reply = await ask(h, h.fan, question)
    assert re.search(actor, everything(reply), re.I), everything(reply)[:400]


# Past episode 1: how she ends the season (she reaches the camp alive, at episode 12).
BEYOND_ONE = re.compile(r"surviv\w*|does not die|doesn't die|never dies|quarantine|camp|epilogue|episode 1[0-2]\b|"
                        r"end of (the )?season|halfbie|bitten|살아남|생존", re.I)


async def test_asking_whether_onjo_dies_at_episode_one_leaks_nothing(h: Harness) -> None:
    await mark(h, h.general, "1")
    await h.discord.invoke(h.fan, h.general, "progress", watched="아직 1화")
    reply = await ask(h, h.fan, "온조 죽어?")
    # "so far she is alive" at episode 1 is what episode 1 shows; how her season ends is not
    assert not BEYOND_ONE.search(unhidden(reply, "온조 죽어?")), unhidden(reply, "온조 죽어?")[:400]


async def test_asking_what_becomes_of_gwinam_in_a_channel_safe_to_three_leaks_nothing(h: Harness) -> None:
    await mark(h, h.general, "3")
    await h.discord.invoke(h.fan, h.general, "progress", watched="다 봤어")
    question = "귀남이 나중에 어떻게 됨?"
    reply = await ask(h, h.fan, question)
    assert reply.ephemeral or not FATE.search(unhidden(reply, question)), unhidden(reply, question)[:400]


async def test_asking_which_episode_suhyeok_and_namra_kiss_at_episode_three_does_not_name_it(h: Harness) -> None:
    await h.discord.invoke(h.fan, h.general, "progress", watched="3화까지 봤어")
    question = "수혁이랑 남라 몇 화에서 키스해?"
    reply = await ask(h, h.fan, question)
    assert not re.search(r"\b7\b|7화|episode seven", unhidden(reply, question), re.I), unhidden(reply, question)[:400]


async def test_onjos_father_asked_in_mixed_korean_is_named_without_his_fate(h: Harness) -> None:
    await mark(h, h.general, "3")
    question = "onjo 아빠 누구야?"
    reply = await ask(h, h.fan, question)
    text = everything(reply)
    assert re.search(r"So-?ju|소주|Jeon Bae-?soo|전배수", text, re.I), text[:400]
    assert reply.ephemeral or not FATE.search(unhidden(reply, question)), unhidden(reply, question)[:400]


async def test_a_question_the_bot_cannot_answer_is_told_plainly_and_only_to_the_asker(h: Harness) -> None:
    question = "온조 MBTI 뭐야?"
    reply = await ask(h, h.fan, question)
    text = everything(reply)
    assert reply.ephemeral, text[:400]
    assert re.search(r"don't know|do not know|not sure|couldn't|didn't understand|모르|없어", text, re.I), text[:400]


@pytest.mark.parametrize(("question", "expected"), [
    ("원작 웹툰 작가 누구야?", r"Joo Dong-?geun|주동근"),
    ("감독 누구임", r"Lee Jae-?kyoo|Lee JQ|이재규"),
    ("시즌1 몇 부작이야?", r"\b12\b|12부작|열두"),
    ("학교 이름 뭐였지", r"Hyosan|효산"),
])
async def test_a_member_asking_a_show_fact_in_korean_gets_it(h: Harness, question: str, expected: str) -> None:
    reply = await ask(h, h.fan, question)
    assert re.search(expected, everything(reply), re.I), everything(reply)[:400]


# found after the blind run: the show's own nouns written in Korean were not read ("요나스" got "I didn't
# understand", "효산고 몇 반이야?" got "Yes." and where the story is set, "귀남 눈 어케 됨" "Yes.")
@pytest.mark.parametrize(("question", "expected"), [
    ("요나스 바이러스가 뭐야", r"Jonas"),
    ("효산고 몇 반이야?", r"2-5"),
    ("ㅋㅋ 귀남 눈 어케 됨", r"눈을 찌르고"),  # chat spelling of 어떻게 됨: was "Yes." and his card (in Korean since lang59: "stabs his eye")
])
async def test_the_shows_own_nouns_asked_in_korean_are_understood(h: Harness, question: str, expected: str) -> None:
    reply = await ask(h, h.fan, question)
    text = everything(reply)
    assert re.search(expected, text) and "didn't understand" not in text and "Yes." not in text, text[:400]


async def test_a_member_asking_when_season_two_comes_out_in_korean_hears_there_is_no_date_yet(h: Harness) -> None:
    reply = await ask(h, h.fan, "지우학2 언제 나와요?")
    text = everything(reply)
    assert re.search(r"no (official )?(release )?date|not (been )?announced|not yet|don't know|미정|아직", text, re.I), text[:400]
    assert not re.search(r"<t:\d+", text), text[:400]


async def test_korean_text_comes_back_unmangled_in_the_answer(h: Harness) -> None:
    question = "청산이 누가 연기했어?"
    reply = await ask(h, h.fan, question)
    text = everything(reply)
    assert "\ufffd" not in text and "\\u" not in text and "&#" not in text, text[:400]


# -- cards and episodes asked the Korean way ---------------------------------------------------


async def test_a_character_card_asked_by_a_korean_nickname_names_him_and_hides_his_fate(h: Harness) -> None:
    await mark(h, h.general, "3")
    card = await h.discord.invoke(h.fan, h.general, "character", name="청산이")
    text = everything(card)
    assert re.search(r"Cheong-?san", text) and re.search(r"Yoon Chan-?young", text), text[:400]
    assert not FATE.search(unhidden(card)), unhidden(card)[:400]


async def test_episode_eleven_asked_in_korean_in_a_channel_safe_to_five_shows_nothing_of_it(h: Harness) -> None:
    await mark(h, h.general, "5")
    reply = await h.discord.invoke(h.fan, h.general, "episode", number="11화")
    assert reply.ephemeral or not FATE.search(unhidden(reply)), unhidden(reply)[:400]


# -- trivia night with Korean answers --------------------------------------------------------

# Facts that spoil nothing (E0); answers in the romanisation, played by members typing 한글.
ROMANISED_QUIZ = (
    "AUTHOR: 지우학 갤러리\n"
    "Who is Cheong-san's next-door neighbour and childhood friend?:\n- Nam On-jo\n"
    "Who is the reserved class president of class 2-5?:\n- Choi Nam-ra\n"
    "Who is the school bully?:\n- Yoon Gwi-nam\n"
)
KOREAN_BY_QUESTION = {"neighbour": "온조요 ㅋㅋ", "class president": "남라!", "bully": "귀남이"}
# The same server's own list, in Korean.
KOREAN_QUIZ = (
    "AUTHOR: 지우학 갤러리\n"
    "온조의 소꿉친구이자 옆집 사는 친구는?:\n- 이청산\n- 청산\n"
    "수혁이를 연기한 배우는?:\n- 로몬\n- Lomon\n"
)
# Buttons need three wrong answers of the same kind: four questions answered by a name.
KOREAN_NAMES_QUIZ = KOREAN_QUIZ + (
    "남라를 연기한 배우는?:\n- 조이현\n"
    "온조를 연기한 배우는?:\n- 박지후\n"
)


async def import_list(h: Harness, name: str, text: str) -> Message:
    file = Attachment(f"{name}.yaml", text.encode(), "application/x-yaml")
    return await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "import", file=file, name=name)


def bot_posts(h: Harness, channel: Channel, *, ephemeral: bool = False) -> list[Message]:
    found = [h.discord.message(m.id) or m for m in h.discord.messages(channel, include_ephemeral=ephemeral)]
    return [m for m in found if m.author_id == h.discord.bot_user_id]


def questions(h: Harness, channel: Channel) -> list[Message]:
    return [m for m in bot_posts(h, channel) if re.search(r"question \d", everything(m), re.I)]


async def next_question(h: Harness, room: Channel, number: int) -> Message:
    def found() -> list[Message]:
        return [m for m in questions(h, room) if re.search(rf"question {number} of", everything(m), re.I)]

    assert await until(h, lambda: bool(found()), step=0.5), [everything(m)[:80] for m in bot_posts(h, room)]
    return found()[-1]


async def end_of_game(h: Harness, room: Channel) -> str:
    def said() -> str:  # the game's start post names the finale: not an end
        return "\n".join(everything(m) for m in bot_posts(h, room) if "started trivia" not in everything(m))

    # the end's own field (a tie's too): "won" or "final" also come in questions and answers ("Roh Jae-won", "the finale")
    await until(h, lambda: "Final scores" in said(), rounds=80, step=2.0)
    return said()


def score(text: str, who: Member) -> int:
    found = re.findall(rf"<@!?{who.id}>\W*(?:\*\*)?:?\s*(\d+)\s*pts", text)
    return int(found[-1]) if found else 0


async def start_typed(h: Harness, room: Channel, category: str, count: int) -> None:
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", answer_time=10, pause=0)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category=category, questions=count, mode="typed")


@pytest.mark.own_bot  # a game runs on the clock
async def test_members_typing_hangul_names_score_on_a_romanised_list(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "roman-quiz", ROMANISED_QUIZ)
    player = await member(h, "지우")
    await start_typed(h, room, "roman-quiz", 3)
    for n in (1, 2, 3):
        q = await next_question(h, room, n)
        typed = next(k for key, k in KOREAN_BY_QUESTION.items() if key in everything(q))
        await h.discord.say(player, room, typed)
    final = await end_of_game(h, room)
    assert re.search(rf"<@{player.id}>[^\n]*\(3 right", final) or score(final, player) >= 3, final[-600:]


@pytest.mark.own_bot  # a game runs on the clock
async def test_a_korean_list_shows_its_questions_unmangled_and_takes_answers_with_particles(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "kr-quiz", KOREAN_QUIZ)
    player = await member(h, "민서")
    await start_typed(h, room, "kr-quiz", 2)
    for n in (1, 2):
        q = await next_question(h, room, n)
        text = everything(q)
        assert "소꿉친구" in text or "연기한 배우" in text, text[:300]
        await h.discord.say(player, room, "청산이요" if "소꿉친구" in text else "로몬이요 ㅋㅋ")
    final = await end_of_game(h, room)
    assert score(final, player) > 0 and "(2 right" in final, final[-600:]


@pytest.mark.own_bot  # a game runs on the clock
async def test_a_korean_list_played_with_buttons_labels_its_choices_in_hangul(h: Harness) -> None:
    room = h.channels["trivia"]
    await import_list(h, "kr-quiz", KOREAN_NAMES_QUIZ)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="kr-quiz", questions=1, mode="buttons")
    q = await next_question(h, room, 1)
    labels = [str(b.get("label", "")) for b in q.buttons]
    assert any(HANGUL.search(label) for label in labels), labels
    assert not any("\ufffd" in label for label in labels), labels


@pytest.mark.own_bot  # a game runs on the clock
async def test_a_game_in_a_channel_safe_to_two_shows_no_later_fate_in_korean_or_english(h: Harness) -> None:
    room = h.channels["trivia"]
    await mark(h, room, "2화까지")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", answer_time=10, pause=0)
    await h.discord.invoke(h.fan, room, "trivia", "start", questions=4, mode="buttons")
    await until(h, lambda: len(questions(h, room)) >= 4, rounds=60, step=2.0)
    leaks = [unhidden(m)[:200] for m in bot_posts(h, room) if re.search(r"halfbie|hambie|반좀비|jonas|요나스", unhidden(m), re.I)]
    assert questions(h, room) and leaks == []


# -- season-2 news in Korean -----------------------------------------------------------------


@pytest_asyncio.fixture(loop_scope="module")
async def fed(tmp_path: Path) -> AsyncIterator[tuple[Harness, LocalNewsFeed]]:
    async with LocalNewsFeed(title="연예 뉴스", publisher="연합뉴스") as feed:
        async with Harness.start(tmp_path, clock=ManualClock(START),
                                 extensions=("cogs.meta", "cogs.season2"), rss_feeds=(feed.feed_url,)) as harness:
            yield harness, feed


async def test_a_korean_headline_giving_next_years_first_half_is_announced_as_that_window(
    fed: tuple[Harness, LocalNewsFeed],
) -> None:
    h, feed = fed
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news, level="reported")
    cog: Any = h.bot.get_cog("Season2")
    await cog.service.tracking.poll_now()
    feed.add_headline("지우학2 내년 상반기 공개 확정", publisher="연합뉴스", published=h.clock.now())
    feed.add_headline("'지금 우리 학교는' 시즌2, 내년 상반기 공개", publisher="스포츠조선", published=h.clock.now())
    await cog.service.tracking.poll_now()
    post = await h.discord.wait_for_message(news, lambda m: "2027" in m.text, timeout=8)
    assert re.search(r"first half|H1|상반기|January.{0,6}June", post.text, re.I), post.text
    assert "Release: <t:" not in post.text and ":R>" not in post.text, post.text  # a window: no day, no countdown


async def test_a_korean_headline_is_quoted_unmangled_when_a_member_asks_the_sources(
    fed: tuple[Harness, LocalNewsFeed],
) -> None:
    h, feed = fed
    cog: Any = h.bot.get_cog("Season2")
    await cog.service.tracking.poll_now()
    feed.add_headline("지우학2 내년 상반기 공개 확정", publisher="연합뉴스", published=h.clock.now())
    await cog.service.tracking.poll_now()
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert re.search(r"2027", status.text) and "\ufffd" not in status.text, status.text


@pytest.mark.own_bot  # season 2's status is the whole bot's
async def test_a_moderator_reporting_news_with_a_korean_date_gets_it_read_in_korea_time(h: Harness) -> None:
    reply = await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url="https://www.yna.co.kr/view/AKR20260301000100005", date="어제", official=False,
        release_date="2027년 3월 14일 오후 5시",
    )
    text = everything(reply)
    at = int(dt.datetime(2027, 3, 14, 8, 0, tzinfo=dt.UTC).timestamp())
    assert f"<t:{at}" in text or re.search(r"14 March 2027.{0,20}(17:00|5 ?pm)", text, re.I), text[:500]


@pytest.mark.own_bot  # moves the clock and sets season 2's status
async def test_korean_reminder_offsets_bring_the_day_before_post(h: Harness) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    set_ = await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets="하루 전, 1시간 전, 공개 시")
    assert re.search(r"1d|1 day|a day|하루", everything(set_), re.I), everything(set_)
    await h.discord.invoke(
        h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
        source_url="https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2", date="today", official=True,
        release_date="2026년 3월 20일 오후 5시",
    )
    await h.advance(dt.datetime(2026, 3, 19, 8, 30, tzinfo=dt.UTC) - h.clock.now())
    post = await h.discord.wait_for_message(news, lambda m: "1d to go" in m.text or "tomorrow" in m.text.lower(), timeout=8)
    five_kst = int(dt.datetime(2026, 3, 20, 8, 0, tzinfo=dt.UTC).timestamp())
    assert f"<t:{five_kst}" in post.text, post.text  # shown in each reader's own time
