"""A Spanish- and Portuguese-speaking fan server living through season 2's release week, end to end on the
local Discord (blind set, latam41).

Moderators set up season-2 news (one channel for official news only, one for everything, one for reports),
a notices channel, spoiler marks per channel and release times typed in São Paulo's or Mexico City's clock;
fans type their progress and their questions in Spanish, Portuguese and English mixed, and play trivia
typing Spanish spellings; a Spanish and a Portuguese feed, Netflix's own feed and TVmaze move season 2
from a rumour to a report, to an official date, to a delay. Each test asserts what a member or a moderator
SEES. Written blind, from the README, the architecture, the sandbox's README, bot/harness.py and the other
e2e tests, before reading the code that answers (the timeline: release in the first half of 2027, as the
fact sheet's newest reports guess; the only official season-2 facts are the renewal and the production).

Blind: 29 passed / 23 failed. Failed: /spoilers "hasta el cap 5" refused; "terminei ontem" not read as
finished; an IANA zone ("05:00 America/Sao_Paulo", "21:00 America/Sao_Paulo" for the daily question) refused,
so the Sao Paulo countdown never came; every /ask in Spanish or Portuguese but two got "I don't know" (8 lore
questions, "s2 cuando sale bro" read as what happens in season 2, the day asked after the official news and
after the delay); typed trivia "doce" for 12 and "el arco y la flecha" for "arco y flecha" refused; a rumour
headline reached no channel, not even the one subscribed at level all; "semizombi" (Nam-ra's season-1 turn)
in Netflix's own headline shown in the clear in the spoiler-free channel's post and /season2 status card; an
official date and a delay counted twice per channel (the earlier post edited to say confirmed or struck,
beside the new post: to be checked against what the project chose).

On reading the code: four were the bot's and are fixed by pattern: a tz database zone after a time
(bot/zones.py: "05:00 America/Sao_Paulo", on that place's clock; a daily time in one without summer time), a
Spanish or Portuguese day in a moderator's date ("5 marzo 2027", as the feeds' posts are read), "terminei ontem"
/ "ya acabé anoche" as finished and "hasta el cap 5" / "até o ep 3" as up to that episode (bot/progress_forms.py),
and Spanish and Portuguese halfbie and fate words ("semizombi", "meio zumbi", "morreu", "sobreviveu") in the
lexicon (bot/lore/lexicon_typos.py), so a headline naming Nam-ra's turn is hidden in the spoiler-free channel.
Two were this test's: an earlier post edited (a reported date marked confirmed, a moved date struck) is that
post, not a second announcement. The rest are the project's choices, kept as xfail naming them: /ask and typed
trivia answers read English and Korean (README), and a rumour never moves the status, so a channel at level all
gets nothing more than one at reported. After: 38 passed / 14 xfailed. Then a channel at level all was given
rumours (each once, labelled as a rumour: bot/season2/delivery/posts.py:enqueue_rumours): 39 passed / 13 xfailed.

Later (latamfix): /ask came to read Spanish, Portuguese and Indonesian questions and typed answers number words
and everyday words in other languages, so eight of the /ask steps and "doce" passed; the rest were fixed by
pattern ("quien es el actor de", "en qué webtoon se basa la serie", "en la temporada 2" after a name, Spanish
and Portuguese articles before a typed answer's nouns: bot/lore/answer/foreign_glosses.py,
bot/trivia/matching.py). Two checks, green while those questions got a private "I don't know", read the
bot's English restatement of the question ("Who dies ... at the end of season 1", naming nobody) and "So
far, no ... is alive" in a spoiler-free channel (how things stand where the channel is) as fates; they now
ask for what a fate is: a later character named in the clear, or a fate word beside a name, beyond the
channel's point. Each Spanish or Portuguese question is checked at marks 0, 3, 5 and 8 to show in the clear
exactly what the same question in English shows. After: 56 passed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import MEMBER_PERMISSIONS, Harness
from bot.sandbox import Attachment, Channel, Member, Message
from bot.sandbox.newsfeed import LocalNewsFeed
from bot.sandbox.tvmaze import LocalTVmaze
from tests.e2e.driving import bot_posts, until
from tests.e2e.reading import everything
from tests.shared_bot import module_fixtures

pytestmark = [pytest.mark.timeout(90), pytest.mark.asyncio(loop_scope="module")]

START = dt.datetime(2027, 2, 15, 12, 0, tzinfo=dt.UTC)
FIRST = dt.datetime(2027, 3, 5, 8, 0, tzinfo=dt.UTC)  # 05:00 in São Paulo, 02:00 in Mexico City
DELAYED = dt.datetime(2027, 3, 19, 8, 0, tzinfo=dt.UTC)
NETFLIX = "https://about.netflix.com/es/news/all-of-us-are-dead-temporada-2"

# A season-1 fate as Spanish, Portuguese and English fans write it (survival spoils as much as death).
SPOIL = re.compile(r"semi-?zombi\w*|medio zombi\w*|meio zumbi\w*|halfbie|hambie|\bmuer[et]\w*|\bmuri\w*|\bmorr\w*|"
                   r"\bmort[eo]\w*|sobreviv\w*|\bdies\b|\bdied\b|\bdead\b(?! season)|\bdeath\b|killed|bitten|alive", re.I)
NAMED = re.compile(r"\b[A-Z][a-z]+-[a-z]+\b")  # a character as the bot writes one ("Nam-ra", "Gwi-nam")
# Titles TVmaze lists for season 2: the second gives its episode away.
TITLES = ["El regreso", "La muerte de Su-hyeok", "Seúl cae", "Cuatro", "Cinco", "Seis", "Siete", "Final"]


def unhidden(msg: Message, *said: str) -> str:
    """What a reader sees without clicking a spoiler bar: no addresses (their slugs carry the show's
    title), no words of the member's own question echoed back, nor the show's own title."""
    text = re.sub(r"\|\|.*?\|\|", " ", everything(msg), flags=re.S)
    text = re.sub(r"https?://[^\s)>]+", " ", text)
    for words in said:
        text = text.replace(words, " ")
    return re.sub(r"all of us are dead", " ", text, flags=re.I)


def unhideable(msg: Message) -> str:
    """What Discord cannot put behind a spoiler bar: embed titles, field names, author, footer, button
    labels and select choices."""
    parts: list[str] = []
    for embed in msg.embeds:
        parts += [str(embed.get("title") or ""), str((embed.get("author") or {}).get("name") or ""),
                  str((embed.get("footer") or {}).get("text") or "")]
        parts += [str(f.get("name") or "") for f in embed.get("fields") or []]
    for row in msg.components:
        for comp in row.get("components") or []:
            parts.append(str(comp.get("label") or ""))
            parts += [str(o.get("label") or "") for o in comp.get("options") or []]
    return "\n".join(parts)


async def settle(h: Harness) -> None:
    """Let the outbox deliver what the last change queued, then what five seconds of the clock make due: each
    time until the dispatcher's passes and sends are done (not a fixed sleep, which cost 1.8 s a poll)."""
    cog: Any = h.bot.get_cog("Season2")
    for step in (None, dt.timedelta(seconds=5)):
        if step is not None:
            await h.advance(step)
        # A kick's pass starts on the loop's next turn (the poll and the clock are awaited, so their kicks are
        # made): a few turns, not 10 ms sleeps that added up to 5 s over the module.
        for _ in range(5):
            await asyncio.sleep(0)
        await cog.service.dispatcher.wait_idle(10)


async def mark(h: Harness, channel: Channel, up_to: str) -> Message:
    return await h.discord.invoke(h.moderator, channel, "spoilers", up_to=up_to)


async def ask(h: Harness, who: Member, question: str, channel: Channel | None = None) -> Message:
    return await h.discord.invoke(who, channel or h.general, "ask", question=question)


# One bot for the tests that change only their own server: each joins it in a new server.
shared, h = module_fixtures("latam", clock=ManualClock(START))


# -- the moderators set the server up -----------------------------------------------------------


async def test_a_moderator_marking_a_channel_safe_to_episode_five_in_spanish_is_told_episode_five(h: Harness) -> None:
    reply = await mark(h, h.general, "hasta el cap 5")
    assert re.search(r"episode 5\b", everything(reply), re.I), everything(reply)


async def test_a_moderator_marking_a_channel_without_spoilers_in_portuguese_gets_no_spoilers(h: Harness) -> None:
    await mark(h, h.general, "8")
    reply = await mark(h, h.general, "sem spoilers")
    assert re.search(r"no spoiler|spoiler-free|hide every spoiler|nothing", everything(reply), re.I), everything(reply)
    assert not re.search(r"episode 8", everything(reply), re.I) or "was" in everything(reply), everything(reply)


@pytest.mark.own_bot  # season 2's status is the whole bot's
async def test_a_release_time_typed_in_sao_paulo_time_is_read_as_that_moment(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                                   source_url=NETFLIX, date="today", official=True,
                                   release_date="2027-03-05 05:00 America/Sao_Paulo")
    text = everything(reply)
    assert f"<t:{int(FIRST.timestamp())}" in text or "08:00 UTC" in text, text[:500]


@pytest.mark.own_bot  # season 2's status is the whole bot's
async def test_a_release_time_typed_in_mexico_city_time_is_read_as_that_moment(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                                   source_url=NETFLIX, date="today", official=True,
                                   release_date="5 marzo 2027 02:00 America/Mexico_City")
    text = everything(reply)
    assert f"<t:{int(FIRST.timestamp())}" in text or "08:00 UTC" in text, text[:500]


@pytest.mark.own_bot  # season 2's status is the whole bot's
async def test_a_day_typed_day_first_is_never_silently_read_as_may(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                                   source_url=NETFLIX, date="today", official=True, release_date="05/03/2027 05:00 BRT")
    text = everything(reply)
    may = int(dt.datetime(2027, 5, 3, 8, 0, tzinfo=dt.UTC).timestamp())
    assert f"<t:{may}" not in text and not re.search(r"3 May 2027|May 3", text), text[:500]
    assert f"<t:{int(FIRST.timestamp())}" in text or re.search(r"march|which|did you mean|ambiguous", text, re.I), text[:500]


@pytest.mark.own_bot  # season 2's status is the whole bot's
async def test_a_release_time_the_bot_cannot_read_gets_a_clear_private_answer(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                                   source_url=NETFLIX, date="today", official=True, release_date="5 de marzo a las 25:70")
    text = everything(reply)
    assert reply.ephemeral, text
    assert re.search(r"25:70|time|hour|read|understand|format|e\.g\.|example|like", text, re.I), text[:500]
    status = await h.discord.invoke(h.fan, h.general, "season2", "status")
    assert "2027" not in re.sub(r"first half of 2027|H1 2027|early 2027", "", everything(status)) or "March" not in everything(status)


async def test_a_daily_question_time_with_an_impossible_hour_gets_a_clear_private_answer(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "daily", channel=h.channels["trivia"],
                                   time="25:30")
    text = everything(reply)
    assert reply.ephemeral and re.search(r"25:30|time|hour|format|e\.g\.|like", text, re.I), text[:500]


async def test_a_daily_question_set_in_sao_paulo_time_is_said_back_in_that_moment(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "daily", channel=h.channels["trivia"],
                                   time="21:00 America/Sao_Paulo")
    text = everything(reply)
    assert re.search(r"00:00 UTC|<t:\d+|21:00", text), text[:500]
    assert not re.search(r"can't|cannot|couldn't|not understand|invalid", text, re.I), text[:500]


async def test_reminder_offsets_typed_in_spanish_are_taken(h: Harness) -> None:
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "reminders", offsets="1 semana, 1 día, 1 hora")
    text = everything(reply)
    assert re.search(r"7d|7 days|1 week|a week", text, re.I) and re.search(r"1h|1 hour|an hour", text, re.I), text[:500]


async def test_announcements_set_in_a_channel_the_bot_cannot_post_in_say_what_is_missing(h: Harness) -> None:
    closed = h.discord.add_channel(h.guild, "noticias-cerrado")
    h.discord.deny(closed)
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=closed)
    text = everything(reply)
    assert reply.ephemeral and re.search(r"send messages", text, re.I), text[:500]


async def test_a_notices_channel_the_bot_cannot_post_in_is_named_as_such(h: Harness) -> None:
    mods = h.discord.add_channel(h.guild, "moderacion")
    h.discord.set_overwrite(mods, None, deny=1 << 10)  # members cannot read it
    h.discord.deny(mods)  # nor can the bot post there
    reply = await h.discord.invoke(h.moderator, h.general, "season2set", "notices", channel=mods)
    text = everything(reply)
    assert reply.ephemeral and re.search(r"send messages|view channel|can't post|cannot post|permission", text, re.I), text[:500]


@pytest.mark.own_bot  # moves the clock and sets season 2's status
async def test_the_countdown_for_a_release_set_in_sao_paulo_time_comes_the_day_before(h: Harness) -> None:
    news = h.channels["announcements"]
    await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=news)
    await h.discord.invoke(h.moderator, h.general, "season2set", "report", milestone="release_date_announced",
                           source_url=NETFLIX, date="today", official=True, release_date="2027-03-05 05:00 America/Sao_Paulo")
    await h.advance(FIRST - dt.timedelta(days=1) + dt.timedelta(minutes=1) - h.clock.now())
    post = await h.discord.wait_for_message(news, lambda m: "1d to go" in m.text or "tomorrow" in m.text.lower(), timeout=8)
    assert f"<t:{int(FIRST.timestamp())}" in post.text, post.text


# -- fans say how far they watched ----------------------------------------------------------------


@pytest.mark.parametrize(("said", "saved"), [
    ("voy en el cap 5", r"episode 5\b"),
    ("vi hasta el episodio 8", r"episode 8\b"),
    ("assisti até o ep 3", r"episode 3\b"),
    ("terminei ontem", r"episode 12\b"),
    ("ya terminé la temporada 1", r"episode 12\b"),
    ("todavía no empiezo", r"nothing|not (started|watched)|episode 0|no episode"),
])
async def test_a_fan_saying_how_far_they_watched_in_spanish_or_portuguese_is_saved_there(
    h: Harness, said: str, saved: str,
) -> None:
    reply = await h.discord.invoke(h.fan, h.general, "progress", watched=said)
    assert reply.ephemeral, everything(reply)
    seen = await h.discord.invoke(h.fan, h.general, "progress")
    assert re.search(saved, everything(seen), re.I), (said, everything(seen))


# -- fans ask in Spanish, Portuguese and English mixed ------------------------------------------------


@pytest.mark.parametrize(("question", "expected"), [
    ("quién interpreta a On-jo?", r"Park Ji-?hu"),
    ("quem faz o Su-hyeok", r"Lomon"),
    ("who plays nam-ra en la serie", r"Cho Yi-?hyun"),
    ("quien es el actor de cheong san", r"Yoon Chan-?young"),
    ("cuántos episodios tiene la temporada 1", r"\b12\b|twelve"),
    ("quem é o diretor?", r"Lee Jae-?kyoo|Lee JQ"),
    ("en qué webtoon se basa la serie", r"Now at Our School"),
    ("quién es Han Du-seok en la temporada 2", r"Roh Jae-?won|Noh Jae-?won|intelligence|NIS"),
])
async def test_a_fan_asking_a_lore_question_in_spanish_or_portuguese_gets_the_answer(
    h: Harness, question: str, expected: str,
) -> None:
    reply = await ask(h, h.fan, question)
    assert re.search(expected, everything(reply), re.I), (question, everything(reply)[:400])


@pytest.mark.parametrize("question", ["cuando sale la temporada 2", "quando sai a 2 temporada??", "s2 cuando sale bro"])
async def test_a_fan_asking_when_season_two_comes_out_hears_there_is_no_official_date_yet(h: Harness, question: str) -> None:
    reply = await ask(h, h.fan, question)
    text = everything(reply)
    # (answered in the asker's language since lang47: "No se ha anunciado fecha", "Nenhuma data ... foi anunciada")
    assert re.search(r"no (official )?(release )?date|not (been )?announced|not yet|don't know|not confirmed|no se ha anunciado"
                     r"|nenhuma data|todav[ií]a no|ainda não", text, re.I), text[:400]
    assert not re.search(r"<t:\d+", text), text[:400]


@pytest.mark.parametrize("question", ["quem morre no final", "quién muere al final de la temporada 1", "who dies al final"])
async def test_a_fan_asking_who_dies_at_the_end_in_a_channel_safe_to_five_sees_no_later_fate(h: Harness, question: str) -> None:
    await mark(h, h.general, "5")
    reply = await ask(h, h.fan, question)
    seen = unhidden(reply, question)
    # The reply restates the question in English ("Who dies or turns into a zombie at the end of season 1"): a
    # fate word there names nobody. A later fate is a later character named in the clear, or a fate word on a
    # line that names someone.
    later = re.compile(r"woo-?jin|so-?ju|cheong-?san|gwi-?nam|min-?jae|joon-?yeong|ji-?min", re.I)
    assert reply.ephemeral or not later.search(seen), seen[:400]
    assert reply.ephemeral or not [line for line in seen.splitlines() if SPOIL.search(line) and NAMED.search(line)], seen[:400]


async def test_a_fan_asking_in_portuguese_whether_gwinam_dies_in_a_spoiler_free_channel_sees_nothing_unhidden(
    h: Harness,
) -> None:
    await mark(h, h.general, "0")
    question = "o gwi-nam morre?"
    reply = await ask(h, h.fan, question)
    # "So far, no. Up to this point in the story, Gwi-nam is alive": how things stand where the channel is
    # (nothing watched), as the same question in English is answered; no fate after that point
    beyond = re.sub(r"(?:^|(?<=[.!?]))\s*(?:so far|up to this point)\b[^.!?]*[.!?]", " ", unhidden(reply, question), flags=re.I)
    assert reply.ephemeral or not SPOIL.search(beyond), beyond[:400]


@pytest.mark.parametrize(("question", "in_english"), [
    ("o cheong-san morre?", "does cheong-san die?"),
    ("nam-ra se convierte en zombi?", "does nam-ra turn into a zombie?"),
    ("o que acontece com a nam-ra", "what happens to nam-ra"),
    ("quién muere al final de la temporada 1", "who dies at the end of season 1"),
])
async def test_a_question_in_spanish_or_portuguese_shows_no_more_in_the_clear_than_asked_in_english(
    h: Harness, question: str, in_english: str,
) -> None:
    for up_to in ("0", "3", "5", "8"):
        await mark(h, h.general, up_to)
        asked, english = await ask(h, h.fan, question), await ask(h, h.fan, in_english)
        # the fan's own words aside (each reply repeats its own question); an answer said in the fan's language
        # (lang48) has the English one's parts, each hidden as it is: as many lines in the clear, as many bars
        seen, expected = (re.sub(r"\*\*Q:\*\*[^\n]*", " ", unhidden(m)) for m in (asked, english))
        bars = [len(re.findall(r"\|\|.*?\|\|", re.sub(r"\*\*Q:\*\*[^\n]*", " ", everything(m)), flags=re.S))
                for m in (asked, english)]
        lines = [len([line for line in text.splitlines() if line.strip()]) for text in (seen, expected)]
        assert bars[0] == bars[1] and lines[0] == lines[1], (up_to, seen[:400], expected[:400])


async def test_a_question_the_bot_cannot_answer_in_spanish_is_told_privately(h: Harness) -> None:
    reply = await ask(h, h.fan, "cuál es el signo zodiacal de on-jo")
    text = everything(reply)
    # said in the fan's language since lang48b ("No sé eso de …: mis fuentes no lo dicen")
    assert reply.ephemeral and re.search(r"don't know|do not know|not sure|didn't understand|couldn't|no s[ée]\b|no lo dicen",
                                         text, re.I), text[:400]


# -- trivia night with Spanish spellings ------------------------------------------------------------------


def spanish_list(name: str, question: str, answers: list[str], spoils: int) -> str:
    quoted = ", ".join(f'"{a}"' for a in answers)
    return f'hyosan: 1\nname: {name}\nquestions:\n  - question: "{question}"\n    answers: [{quoted}]\n    spoils: {spoils}\n'


def questions(h: Harness, channel: Channel) -> list[Message]:
    return [m for m in bot_posts(h, channel) if re.search(r"question \d", everything(m), re.I)]


@pytest.mark.own_bot  # a game runs on the clock
@pytest.mark.parametrize(("question", "answers", "spoils", "typed"), [
    ("¿Con qué película compara Cheong-san el brote?", ["Tren a Busan", "Train to Busan"], 2, "tren a busán"),
    ("¿Cuántos episodios tiene la temporada 1?", ["12"], 0, "doce"),
    ("¿Qué arma usa Ha-ri?", ["arco y flecha", "arco"], 5, "el arco y la flecha"),
    ("¿Cómo se llama el virus?", ["virus Jonas", "Jonas"], 4, "el virus jonás"),
    ("¿Quién es la delegada de la clase 2-5?", ["Choi Nam-ra", "Nam-ra"], 0, "namra"),
])
async def test_a_fan_typing_a_spanish_spelling_of_the_answer_scores(
    h: Harness, question: str, answers: list[str], spoils: int, typed: str,
) -> None:
    room = h.channels["trivia"]
    await mark(h, room, "full spoilers")
    file = Attachment("quiz-es.yaml", spanish_list("quiz-es", question, answers, spoils).encode(), "application/x-yaml")
    imported = await h.discord.invoke(h.moderator, room, "triviaset", "import", file=file, name="quiz-es")
    assert not re.search(r"error|couldn't|could not", everything(imported), re.I), everything(imported)[:400]
    player = h.discord.add_member(h.guild, "valentina", permissions=MEMBER_PERMISSIONS)
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", answer_time=10, pause=0)
    await h.discord.invoke(h.moderator, room, "trivia", "start", category="quiz-es", questions=1, mode="typed")
    assert await until(h, lambda: bool(questions(h, room)), step=0.5), [everything(m)[:80] for m in bot_posts(h, room)]
    await h.discord.say(player, room, typed)

    def ended() -> str:
        return "\n".join(everything(m) for m in bot_posts(h, room) if "started trivia" not in everything(m))

    # the end's own field: "won" or "final" also come in questions and answers ("Roh Jae-won", "the finale")
    await until(h, lambda: "Final scores" in ended(), rounds=60, step=2.0)
    assert re.search(rf"<@!?{player.id}>[^\n]*\(1 right", ended()) or re.search(rf"<@!?{player.id}>\W*(\*\*)?:?\s*[1-9]\d*\s*pts",
                                                                                ended()), ended()[-500:]


@pytest.mark.own_bot  # a game runs on the clock
async def test_a_button_game_in_a_channel_safe_to_three_shows_no_later_fate_in_its_choices(h: Harness) -> None:
    room = h.channels["trivia"]
    await mark(h, room, "hasta el 3")
    await h.discord.invoke(h.moderator, h.general, "triviaset", "settings", answer_time=10, pause=0)
    await h.discord.invoke(h.fan, room, "trivia", "start", questions=4, mode="buttons")
    await until(h, lambda: len(questions(h, room)) >= 4, rounds=60, step=2.0)
    assert questions(h, room)
    leaks = [unhidden(m)[:200] for m in bot_posts(h, room) if re.search(r"halfbie|hambie|jonas", unhidden(m), re.I)]
    assert leaks == []


# -- season 2's news, from a rumour to a delay ------------------------------------------------------------


@dataclass
class Newsroom:
    h: Harness
    es: LocalNewsFeed  # a Spanish K-drama site
    br: LocalNewsFeed  # a Brazilian one
    netflix: LocalNewsFeed  # Netflix's own news
    tvmaze: LocalTVmaze
    noticias: Channel  # official news only, no spoilers
    rumores: Channel  # everything, full spoilers
    brasil: Channel  # reported and official, safe to S1E12

    async def poll(self, times: int = 2) -> None:
        cog: Any = self.h.bot.get_cog("Season2")
        for _ in range(times):
            await cog.service.tracking.poll_now()
            await settle(self.h)

    async def rumour(self) -> None:
        self.es.add_headline("Rumor: la temporada 2 de All of Us Are Dead llegaría el 5 de marzo de 2027, según fuentes",
                             publisher="Sensacine", published=self.h.clock.now())
        await self.poll()

    async def report(self) -> None:
        await self.h.advance(dt.timedelta(hours=1))
        self.br.add_headline("All of Us Are Dead: 2ª temporada estreia em 5 de março de 2027, diz imprensa coreana",
                             publisher="Omelete", published=self.h.clock.now())
        self.tvmaze.add_season(2, episode_order=8, premiere_date=FIRST.date().isoformat())
        self.tvmaze.add_episodes(2, 8, airstamp=FIRST.isoformat(), names=TITLES)
        await self.poll()

    async def official(self) -> None:
        await self.h.advance(dt.timedelta(hours=1))
        self.netflix.add_headline("Netflix confirma: la temporada 2 de All of Us Are Dead se estrena el 5 de marzo de 2027; "
                                  "Nam-ra vuelve como semizombi", publisher="Netflix", published=self.h.clock.now(),
                                  link=NETFLIX, source_url="https://about.netflix.com")
        await self.poll()

    async def delay(self) -> None:
        await self.h.advance(dt.timedelta(hours=1))
        self.netflix.add_headline("All of Us Are Dead: la temporada 2 se retrasa al 19 de marzo de 2027",
                                  publisher="Netflix", published=self.h.clock.now(),
                                  link=NETFLIX + "-nueva-fecha", source_url="https://about.netflix.com")
        self.tvmaze.set_premiere(2, DELAYED.date().isoformat(), DELAYED.isoformat())
        await self.poll()

    async def live(self, up_to: str) -> None:
        for step in ("rumour", "report", "official", "delay"):
            await getattr(self, step)()
            if step == up_to:
                return


@pytest_asyncio.fixture(loop_scope="module")
async def newsroom(tmp_path: Path) -> AsyncIterator[Newsroom]:
    async with (LocalNewsFeed(title="K-drama en español", publisher="Sensacine") as es,
                LocalNewsFeed(title="K-drama Brasil", publisher="Omelete") as br,
                LocalNewsFeed(title="Netflix Latinoamérica", publisher="Netflix") as netflix,
                LocalTVmaze() as tvmaze):
        async with Harness.start(tmp_path, clock=ManualClock(START), extensions=("cogs.meta", "cogs.lore", "cogs.season2"),
                                 rss_feeds=(es.feed_url, br.feed_url, netflix.feed_url),
                                 tvmaze_base_url=tvmaze.base_url) as h:
            noticias = h.discord.add_channel(h.guild, "noticias")
            rumores = h.discord.add_channel(h.guild, "rumores")
            brasil = h.discord.add_channel(h.guild, "anuncios-br")
            # The gateway delivers in order: once the last channel is in the bot's cache, so are the others.
            if h.bot.get_channel(brasil.id) is None:
                await h.bot.wait_for("guild_channel_create", check=lambda channel: channel.id == brasil.id, timeout=10)
            for channel, level in ((noticias, "official"), (rumores, "all"), (brasil, "reported")):
                await h.discord.invoke(h.moderator, h.general, "season2set", "announce", "set", channel=channel, level=level)
            await mark(h, noticias, "sin spoilers")
            await mark(h, rumores, "full spoilers")
            await mark(h, brasil, "S1E12")
            room = Newsroom(h, es, br, netflix, tvmaze, noticias, rumores, brasil)
            await room.poll(1)  # what stands today: no date
            yield room


def new_news(posts: list[Message]) -> list[Message]:
    """The posts that tell news, without the earlier ones edited to say what became of them (a reported date's
    confidence now "official (confirmed ...)", a title ending "(date changed)": the same post, marked or struck,
    as the project shows it)."""
    def edited(e: dict[str, Any]) -> bool:
        return bool(re.search(r"\(date changed\)\s*$", str(e.get("title") or ""))
                    or any(re.search(r"official \(confirmed", str(f.get("value") or "")) for f in e.get("fields") or []))

    return [m for m in posts if not any(edited(e) for e in m.embeds)]


def no_repeats(posts: list[Message]) -> list[str]:
    texts = [everything(m) for m in posts]
    return [t[:120] for t in texts if texts.count(t) > 1]


# A rumour never moves the status, but a channel at level all hears it once, as a rumour
# (bot/season2/delivery/posts.py:enqueue_rumours).
async def test_a_rumour_reaches_only_the_channel_that_wants_everything_said_as_a_rumour(newsroom: Newsroom) -> None:
    await newsroom.live("rumour")
    h = newsroom.h
    (post,) = bot_posts(h, newsroom.rumores)
    assert re.search(r"rumou?r", everything(post), re.I) and not re.search(r"official", everything(post), re.I), everything(post)
    assert bot_posts(h, newsroom.noticias) == [] and bot_posts(h, newsroom.brasil) == []


async def test_a_report_reaches_the_reported_channel_once_said_as_reported(newsroom: Newsroom) -> None:
    await newsroom.live("report")
    h = newsroom.h
    posts = bot_posts(h, newsroom.brasil)
    assert len(posts) == 1, [everything(m)[:120] for m in posts]
    text = everything(posts[0])
    assert re.search(r"reported", text, re.I) and not re.search(r"✅|\bofficial\b", text, re.I), text
    assert f"<t:{int(FIRST.timestamp())}" in text or re.search(r"5 March 2027|March 5", text), text
    assert bot_posts(h, newsroom.noticias) == []


async def test_an_official_date_reaches_every_channel_once(newsroom: Newsroom) -> None:
    await newsroom.live("official")
    h = newsroom.h
    for channel in (newsroom.noticias, newsroom.rumores, newsroom.brasil):
        posts = new_news(bot_posts(h, channel))
        official = [m for m in posts if re.search(r"official", everything(m), re.I)
                    and (f"<t:{int(FIRST.timestamp())}" in everything(m) or re.search(r"confirm", everything(m), re.I))]
        assert len(official) == 1, (channel.name, [everything(m)[:160] for m in posts])
        assert no_repeats(posts) == [], channel.name


async def test_the_official_news_channel_gets_the_date_and_nothing_before_it(newsroom: Newsroom) -> None:
    await newsroom.live("official")
    (post,) = bot_posts(newsroom.h, newsroom.noticias)
    assert f"<t:{int(FIRST.timestamp())}" in everything(post), everything(post)


async def test_a_delay_is_announced_once_per_channel_with_the_new_date(newsroom: Newsroom) -> None:
    await newsroom.live("delay")
    await newsroom.poll(2)  # the same news polled again says nothing more
    h = newsroom.h
    for channel in (newsroom.noticias, newsroom.rumores, newsroom.brasil):
        posts = new_news(bot_posts(h, channel))
        moved = [m for m in posts if f"<t:{int(DELAYED.timestamp())}" in everything(m)
                 and re.search(r"chang|delay|moved|postpon", everything(m), re.I)]
        assert len(moved) == 1, (channel.name, [everything(m)[:160] for m in posts])
        assert no_repeats(posts) == [], channel.name


async def test_after_the_delay_no_countdown_counts_to_the_old_date(newsroom: Newsroom) -> None:
    await newsroom.live("delay")
    h = newsroom.h
    await h.advance(FIRST - dt.timedelta(days=1) + dt.timedelta(minutes=1) - h.clock.now())
    await settle(h)
    await h.advance(FIRST + dt.timedelta(hours=1) - h.clock.now())
    await settle(h)
    for channel in (newsroom.noticias, newsroom.rumores, newsroom.brasil):
        texts = [everything(m) for m in bot_posts(h, channel)]
        assert not [t for t in texts if re.search(r"to go|is out", t) and f"<t:{int(FIRST.timestamp())}:R>" in t], texts


async def test_a_spoiler_in_netflixs_headline_stays_hidden_in_the_spoiler_free_channel(newsroom: Newsroom) -> None:
    await newsroom.live("official")
    posts = bot_posts(newsroom.h, newsroom.noticias)
    assert posts and not [unhidden(m)[:200] for m in posts if SPOIL.search(unhidden(m))]


async def test_nothing_spoils_in_a_title_a_field_name_or_a_label_of_any_post(newsroom: Newsroom) -> None:
    await newsroom.live("delay")
    h = newsroom.h
    for channel in (newsroom.noticias, newsroom.rumores, newsroom.brasil):
        leaks = [unhideable(m) for m in bot_posts(h, channel) if SPOIL.search(unhideable(m)) or "Su-hyeok" in unhideable(m)]
        assert leaks == [], channel.name


async def test_a_season_two_title_that_spoils_is_never_shown_in_the_clear_before_its_episode(newsroom: Newsroom) -> None:
    await newsroom.live("report")
    h = newsroom.h
    for channel in (newsroom.noticias, newsroom.rumores, newsroom.brasil):
        assert not [m for m in bot_posts(h, channel) if "muerte de Su-hyeok" in unhidden(m)], channel.name
    choices = await h.discord.autocomplete(h.fan, h.general, "episode", focused="number", number="S2")
    assert not [c for c in choices if "muerte" in str(c["name"]).lower()], choices


async def test_the_status_card_in_the_spoiler_free_channel_hides_the_headlines_spoiler(newsroom: Newsroom) -> None:
    await newsroom.live("official")
    card = await newsroom.h.discord.invoke(newsroom.h.fan, newsroom.noticias, "season2", "status")
    assert not SPOIL.search(unhidden(card)), unhidden(card)[:500]
    assert not SPOIL.search(unhideable(card)), unhideable(card)


async def test_a_fan_asking_in_spanish_after_the_official_news_gets_the_day(newsroom: Newsroom) -> None:
    await newsroom.live("official")
    reply = await ask(newsroom.h, newsroom.h.fan, "cuando sale la temporada 2??")
    text = everything(reply)
    assert f"<t:{int(FIRST.timestamp())}" in text or re.search(r"5 March 2027|March 5", text), text[:400]


async def test_a_fan_asking_in_portuguese_after_the_delay_gets_the_new_day(newsroom: Newsroom) -> None:
    await newsroom.live("delay")
    reply = await ask(newsroom.h, newsroom.h.fan, "quando estreia a segunda temporada")
    text = everything(reply)
    assert f"<t:{int(DELAYED.timestamp())}" in text or re.search(r"19 March 2027|March 19", text), text[:400]
