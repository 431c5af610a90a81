"""Content that grows after release, with review (issue 12 item 3), through the local Discord:
/lore add opens a form that needs the episode it spoils and a source link; additions wait in
/lore review (approve, edit, reject); approved, they are used by /ask, cards and trivia in that
server at once, hidden in bars from anyone not there yet, and by no other server."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import MODERATOR_PERMISSIONS, Harness
from bot.sandbox import Message
from bot.show import EpisodeInfo
from db.lore import additions as additions_db
from tests.shared_bot import module_fixtures

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
AIRED = dt.datetime(2026, 2, 27, 8, tzinfo=dt.UTC)
SOURCE = "https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-2-recap"
DEATH = {
    "character": "Han Du-seok", "death_kind": "dies", "text": "Du-seok dies holding the gym doors shut.",
    "spoils": "S2E1", "source": SOURCE,
}
HIDDEN = re.compile(r"\|\|[^|]*Du-seok dies holding the gym doors shut[^|]*\|\|")


pytestmark = pytest.mark.asyncio(loop_scope="module")


def _season_two_aired(bot: Harness) -> None:
    bot.bot.show.add_episodes(2, [EpisodeInfo(2, n, None, AIRED, 60) for n in range(1, 9)])


# One bot for the whole module (additions are kept per server): each test joins it in a new server.
shared, h = module_fixtures("review", clock=ManualClock(START), prepare=_season_two_aired)


@pytest_asyncio.fixture(loop_scope="module")
async def first(h: Harness) -> str:
    """How the bot numbers this server's first addition: "#1" on a new bot; the numbers count the
    additions of every server the bot is in."""
    async with h.db.read() as conn:
        return f"#{1 + max((added.id for added in await additions_db.listed(conn)), default=0)}"


async def add(h: Harness, kind: str, values: dict[str, str]) -> Message:
    form = await h.discord.invoke(h.moderator, h.general, "lore", "add", kind=kind)
    assert form.id == 0 and form.content.startswith("Add ")
    return await h.discord.submit_modal(h.moderator, values)


async def review(h: Harness) -> Message:
    return await h.discord.invoke(h.moderator, h.general, "lore", "review")


def button(message: Message, label: str) -> str:
    return next(str(b["custom_id"]) for b in message.buttons if b["label"] == label)


async def decide(h: Harness, card: Message, label: str) -> Message:
    """Press Approve or Reject: acknowledged at once, then the card is updated in place."""
    await h.discord.click(h.moderator, card, button(card, label))
    (pressed,) = [r for r in h.discord.interactions.by_id.values() if r.type == 3 and r.source_message_id == card.id][-1:]
    assert pressed.response_type == 6, "acknowledged before the lore is rebuilt"
    done = "Approved" if label == "Approve" else "Rejected"
    return await h.discord.wait_for_message(h.general, lambda m: m.id == card.id and done in m.text)


async def test_a_death_added_and_approved_is_used_at_once_behind_bars_until_the_viewer_is_there(h: Harness, first: str) -> None:
    queued = await add(h, "death", DEATH)
    assert queued.ephemeral and f"Queued for review as {first}" in queued.text and "S2E1" in queued.text
    before = await h.discord.invoke(h.fan, h.general, "ask", question="what happens to Du-seok?")
    assert "gym doors" not in before.text, "not before approval"
    card = await review(h)
    assert card.ephemeral and f"Addition {first}: a death or turn" in card.text and HIDDEN.search(card.text)
    approved = await decide(h, card, "Approve")
    assert f"Approved {first}" in approved.text and "Nothing else waits" in approved.text
    await h.discord.invoke(h.fan, h.general, "progress", watched="S1E12")
    behind = await h.discord.invoke(h.fan, h.general, "ask", question="what happens to Du-seok?")
    assert HIDDEN.search(behind.text), behind.text
    character = await h.discord.invoke(h.fan, h.general, "character", name="Du-seok")
    assert HIDDEN.search(character.text)
    await h.discord.invoke(h.fan, h.general, "progress", watched="S2E1")
    public = await h.discord.invoke(h.fan, h.general, "ask", question="what happens to Du-seok?")
    assert HIDDEN.search(public.text), "the channel's mark decides a public reply"
    plain = await h.discord.click(h.fan, public, button(public, "Show me privately"))
    assert "Du-seok dies holding the gym doors shut." in plain.text and not HIDDEN.search(plain.text)
    assert "netflix.com" in plain.text
    episode = await h.discord.invoke(h.fan, h.general, "episode", number="S2E1")
    assert "gym doors" in episode.text


async def test_another_server_and_direct_messages_do_not_see_it(h: Harness) -> None:
    card = await review(await _approved(h))
    assert "Nothing waits" in card.text
    assert h.bot.content.for_guild(h.guild.id).pack.characters["han-du-seok"].fate is not None
    for elsewhere in (h.guild.id + 1, None):
        assert h.bot.content.for_guild(elsewhere).pack.characters["han-du-seok"].fate is None
        engine = await h.bot.content.engine_for(elsewhere)
        assert "gym doors" not in str(engine.answer("what happens to Du-seok?").parts)


async def _approved(h: Harness) -> Harness:
    await add(h, "death", DEATH)
    card = await review(h)
    await decide(h, card, "Approve")
    return h


async def edit(h: Harness, card: Message, values: dict[str, str]) -> Message:
    """Submit the Edit form: acknowledged at once (the card's update is deferred), then the card is
    updated in place."""
    await h.discord.submit_modal(h.moderator, values)
    (submitted,) = [r for r in h.discord.interactions.by_id.values() if r.type == 5 and r.source_message_id == card.id][-1:]
    assert submitted.response_type == 6, "acknowledged before the fields are checked"
    return await h.discord.wait_for_message(h.general, lambda m: m.id == card.id and "Edited" in m.text)


async def test_an_edit_changes_the_pending_addition_and_a_reject_keeps_it_out(h: Harness, first: str) -> None:
    await add(h, "death", DEATH)
    card = await review(h)
    form = await h.discord.click(h.moderator, card, button(card, "Edit"))
    assert form.id == 0 and form.content.startswith("Edit ")
    edited = await edit(h, card, {**DEATH, "text": "Du-seok turns in the gym.", "death_kind": "turns"})
    assert f"Edited {first}" in edited.text and "turns in the gym" in edited.text
    rejected = await decide(h, edited, "Reject")
    assert f"Rejected {first}" in rejected.text
    await h.discord.invoke(h.fan, h.general, "progress", watched="S2E1")
    reply = await h.discord.invoke(h.fan, h.general, "ask", question="what happens to Du-seok?")
    assert "gym" not in reply.text


REFUSED = [
    ({"spoils": "0"}, "Pick an episode"),
    ({"spoils": "S3E1"}, "season 3"),
    ({"source": "http://127.0.0.1/x"}, "IP address"),
    ({"source": "not a link"}, "Source link"),
    ({"character": "Nobody Atall"}, "don't know a character"),
    ({"death_kind": "vanishes"}, "dies, turns"),
]



@pytest.mark.parametrize(("typed", "shown"), [
    ("turned into a zombie", "turns"), ("becomes a halfbie", "halfbie"), ("is killed", "dies"), ("Died.", "dies"),
    ("gets bitten", "bitten"), ("turns", "turns"),
])
async def test_what_becomes_of_a_character_is_read_as_a_moderator_says_it(h: Harness, first: str, typed: str, shown: str) -> None:
    reply = await add(h, "death", {**DEATH, "death_kind": typed})
    assert f"Queued for review as {first}" in reply.text, reply.text
    async with h.db.read() as conn:
        row = await (await conn.execute("SELECT body FROM lore_additions WHERE guild_id = ?", (h.guild.id,))).fetchone()
    assert f'"death_kind": "{shown}"' in str(row[0])


@pytest.mark.parametrize(("typed", "shown"), [
    ("죽음", "dies"), ("사망", "dies"), ("죽었다", "dies"), ("좀비가 됨", "turns"), ("좀비화", "turns"), ("감염", "turns"),
    ("물림", "bitten"), ("물렸다", "bitten"), ("반좀비가 됨", "halfbie"), ("반좀비", "halfbie"), ("실종", "presumed_dead"),
])
async def test_what_becomes_of_a_character_said_in_korean_is_read(h: Harness, first: str, typed: str, shown: str) -> None:
    reply = await add(h, "death", {**DEATH, "death_kind": typed})
    assert f"Queued for review as {first}" in reply.text, reply.text
    async with h.db.read() as conn:
        row = await (await conn.execute("SELECT body FROM lore_additions WHERE guild_id = ?", (h.guild.id,))).fetchone()
    assert f'"death_kind": "{shown}"' in str(row[0])


@pytest.mark.parametrize("typed", ["안 죽음", "살아남음", "물리고 좀비가 됨", "죽을 뻔함"])
async def test_what_becomes_of_a_character_denied_or_unclear_in_korean_is_asked_again(h: Harness, typed: str) -> None:
    reply = await add(h, "death", {**DEATH, "death_kind": typed})
    assert reply.ephemeral and "Say what becomes of them in a word or two" in reply.text


@pytest.mark.parametrize("typed", ["죽었나?", "죽음?", "dies?", "사망설", "죽였다", "좀비설"])
async def test_a_death_asked_about_rumoured_or_done_by_them_is_asked_again(h: Harness, typed: str) -> None:
    """A question ("죽었나?"), a rumour ("사망설") or a killing they did ("죽였다") records no fate."""
    reply = await add(h, "death", {**DEATH, "death_kind": typed})
    assert reply.ephemeral and "Say what becomes of them in a word or two" in reply.text


@pytest.mark.parametrize("typed", ["doesn't die", "survives", "bitten and turns", "vanishes"])
async def test_what_becomes_of_a_character_said_unclearly_or_denied_is_asked_again(h: Harness, typed: str) -> None:
    reply = await add(h, "death", {**DEATH, "death_kind": typed})
    assert reply.ephemeral and "Say what becomes of them in a word or two" in reply.text


@pytest.mark.parametrize("typed", ["ep 3", "3", "episode three", "3화"])
async def test_an_episode_without_its_season_is_asked_again_once_season_two_is_out(h: Harness, typed: str) -> None:
    """Read as season 1's, a season-2 death would show to anyone past S1E3."""
    reply = await add(h, "death", {**DEATH, "spoils": typed})
    assert reply.ephemeral and "names no season, and season 2 is out: write S1E3 or S2E3." in reply.text
    assert "Nothing waits" in (await review(h)).text


@pytest.mark.parametrize("typed", ["S1E3", "season 1 episode 3", "1x03", "시즌1 3화"])
async def test_a_season_one_episode_said_with_its_season_is_taken(h: Harness, first: str, typed: str) -> None:
    reply = await add(h, "event", {"text": "On-jo finds the radio.", "characters": "On-jo", "spoils": typed, "source": SOURCE})
    assert f"Queued for review as {first}" in reply.text and "S1E3" in reply.text


async def test_an_addition_that_names_a_later_season_two_episode_is_refused_saying_which(h: Harness) -> None:
    reply = await add(h, "death", {**DEATH, "text": "Du-seok dies at the gym doors; in S2E3 Ha-ri is bitten too."})
    assert reply.ephemeral and "gives away S2E3 (season 2, episode 3), later than S2E1" in reply.text

async def test_an_edit_refused_says_what_to_fix_privately_and_the_card_stays(h: Harness) -> None:
    await add(h, "death", DEATH)
    card = await review(h)
    for change, why in REFUSED[1:4]:
        await h.discord.click(h.moderator, card, button(card, "Edit"))
        refused = await h.discord.submit_modal(h.moderator, {**DEATH, **change})
        if refused.id == card.id:  # the deferred update resolves first: the refusal follows it
            refused = await h.discord.wait_for_message(
                h.general, lambda m, why=why: m.ephemeral and m.id != card.id and why in m.text, timeout=5
            )
        assert refused.ephemeral and why in refused.text, (change, refused.text)
    assert "Edited" not in h.discord.message(card.id).text
    assert "gym doors" in (await review(h)).text


async def test_a_submission_is_refused_with_what_to_fix(h: Harness) -> None:
    for change, why in REFUSED:
        reply = await add(h, "death", {**DEATH, **change})
        assert reply.ephemeral and why in reply.text, (change, reply.text)
    assert "Nothing waits" in (await review(h)).text


async def test_a_season_one_survivors_death_in_season_two_does_not_show_them_in_season_two(h: Harness) -> None:
    await add(h, "death", {**DEATH, "character": "Jang Ha-ri", "text": "Ha-ri falls from the bridge."})
    card = await review(h)
    await decide(h, card, "Approve")
    character = await h.discord.invoke(h.fan, h.general, "character", name="Ha-ri")
    assert re.search(r"\|\|[^|]*Ha-ri falls from the bridge", character.text), "the fate hides it"
    seasons = next(f["value"] for f in character.embed["fields"] if f["name"] == "Seasons")  # type: ignore[index]
    assert seasons.strip("|") == "1", "season 2 in the clear would tell she survives season 1"


async def test_a_new_character_and_an_event_join_this_servers_lore(h: Harness) -> None:
    await add(h, "character", {"name": "Kang Ha-neul", "actor": "Kim Test", "summary": "A medic at the camp.",
                               "spoils": "S2E2", "source": SOURCE})
    card = await review(h)
    await decide(h, card, "Approve")
    await add(h, "event", {"text": "Ha-neul opens the quarantine gate.", "characters": "Kang Ha-neul, On-jo",
                           "spoils": "S2E2", "source": SOURCE})
    card = await review(h)
    await decide(h, card, "Approve")
    await h.discord.invoke(h.fan, h.general, "progress", watched="S2E2")
    who = await h.discord.invoke(h.fan, h.general, "character", name="Ha-neul")
    assert "Kang Ha-neul" in who.text and "A medic at the camp." in who.text and "Kim Test" in who.text
    episode = await h.discord.invoke(h.fan, h.general, "episode", number="S2E2")
    assert "opens the quarantine gate" in episode.text



@pytest.mark.parametrize("name", ["Lee Cheong-san", "Lee Su-hyuk"])
async def test_a_character_the_lore_has_is_not_added_twice(h: Harness, name: str) -> None:
    reply = await add(h, "character", {"name": name, "actor": "", "summary": "Alive after all.", "spoils": "S2E1",
                                       "source": SOURCE})
    assert reply.ephemeral and "is already a character. Add what is new about them as an event" in reply.text
    assert "Nothing waits" in (await review(h)).text

async def test_an_approved_question_is_played_in_that_server(h: Harness) -> None:
    await add(h, "question", {"question": "Who holds the gym doors in S2E1?", "answer": "Du-seok",
                              "wrong": "On-jo; Su-hyeok; Nam-ra", "spoils": "S2E1", "source": SOURCE})
    card = await review(h)
    await decide(h, card, "Approve")
    trivia = h.channels["trivia"]
    await h.discord.invoke(h.moderator, trivia, "spoilers", up_to="S2E1")
    questions, _ = await h.bot.get_cog("Trivia").service._library.pool(h.guild.id)  # type: ignore[union-attr]
    added = [q for q in questions if q.list_name == "added-by-moderators"]
    assert len(added) == 1 and added[0].spoils.code == 201 and sorted(added[0].choices) == ["Du-seok", "Nam-ra", "On-jo", "Su-hyeok"]


@pytest.mark.parametrize("wrong", ["On-jo; Su-hyeok; Nam-ra", "On-jo, Su-hyeok, Nam-ra", "On-jo / Su-hyeok / Nam-ra",
                                   "On-jo\nSu-hyeok\nNam-ra"])
async def test_wrong_options_listed_as_moderators_type_them_are_three_options(h: Harness, wrong: str) -> None:
    await add(h, "question", {"question": "Who holds the gym doors in S2E1?", "answer": "Du-seok",
                              "wrong": wrong, "spoils": "S2E1", "source": SOURCE})
    card = await review(h)
    assert "On-jo;Su-hyeok;Nam-ra" in card.text.replace("; ", ";"), card.text


def _typed(form: Message) -> dict[str, str]:
    """The values a form opens with: {field: value}."""
    found: dict[str, str] = {}

    def walk(components: list[dict[str, object]]) -> None:
        for comp in components:
            if comp.get("type") == 4 and comp.get("value"):
                found[str(comp["custom_id"])] = str(comp["value"])
            walk(list(comp.get("components") or []))  # type: ignore[call-overload]
            if isinstance(comp.get("component"), dict):
                walk([comp["component"]])  # type: ignore[list-item]

    walk(form.components)
    return found


async def test_a_refused_addition_loses_nothing_typed_and_says_what_to_fix(h: Harness, first: str) -> None:
    early = {**DEATH, "character": "Cheong-san", "text": "Cheong-san d\u0456es leading the horde away.", "spoils": "S1E2"}
    refused = await add(h, "death", early)
    assert refused.ephemeral and "gives away S1E11" in refused.text and "Nothing" not in refused.text
    form = await h.discord.click(h.moderator, refused, str(refused.buttons[0]["custom_id"]))
    assert form.content == "Add a death or turn" and _typed(form)["text"] == early["text"]
    fixed = await h.discord.submit_modal(h.moderator, {**_typed(form), "spoils": "S1E11"})
    assert f"Queued for review as {first}" in fixed.text and "S1E11" in fixed.text


@pytest.mark.parametrize(
    "source",
    [f"<{SOURCE}>", f"[Tudum]({SOURCE})", SOURCE.removeprefix("https://"), f"{SOURCE}\u200b"],
    ids=["no-preview brackets", "markdown link", "bare address", "zero-width space"],
)
async def test_a_source_link_pasted_as_discord_shows_it_is_taken(h: Harness, source: str) -> None:
    queued = await add(h, "death", {**DEATH, "source": source, "spoils": "\u200bS2E1"})
    assert "Queued for review" in queued.text, queued.text
    card = await review(h)
    assert "netflix.com" in card.text and "<https" not in card.text


async def test_a_newcomer_added_for_a_later_episode_is_no_choice_nor_suggestion_until_the_typer_is_there(h: Harness) -> None:
    await add(h, "character", {"name": "Kang Do-yun", "actor": "Lee Do-hyun", "summary": "A new student.",
                               "spoils": "S2E3", "source": SOURCE})
    await decide(h, await review(h), "Approve")

    async def offered(command: str, typed: str) -> list[str]:
        return [str(c["name"]) for c in await h.discord.autocomplete(h.fan, h.general, command, focused="name", name=typed)]

    await h.discord.invoke(h.fan, h.general, "progress", watched="S1E12")
    assert await offered("character", "kang") == [] and await offered("cast", "lee do") == []
    unpicked = await h.discord.invoke(h.fan, h.general, "character", name="kang")  # typed, nothing picked
    assert "Kang Do-yun" not in unpicked.text
    early = await add(h, "question", {"question": "Who holds the gym doors in S2E1?", "answer": "Du-seok",
                                      "wrong": "On-jo; Kang Do-yun", "spoils": "S2E1", "source": SOURCE})
    assert "names Kang Do-yun, who is first shown in S2E3" in early.text, "a wrong option's button would name them"
    await h.discord.invoke(h.fan, h.general, "progress", watched="S2E3")
    assert await offered("character", "kang") == ["Kang Do-yun"]
    assert await offered("cast", "lee do") == ["Lee Do-hyun (actor)"]


async def test_a_season_named_without_its_episode_is_refused_saying_so_and_the_episode_named_is_taken(h: Harness) -> None:
    """It said "what you wrote gives away S2E8", of a question that tells nothing of episode 8."""
    question = {"answer": "The subway", "wrong": "A church; The school", "spoils": "S2E2", "source": SOURCE}
    refused = await add(h, "question", {"question": "Where does Nam-ra lead the halfbies in season 2?", **question})
    assert "“season 2” names season 2 without an episode" in refused.text and "gives away" not in refused.text
    assert "like “in S2E2”" in refused.text
    queued = await add(h, "question", {"question": "Where does Nam-ra lead the halfbies in S2E2?", **question})
    assert "Queued for review" in queued.text


async def test_a_card_another_moderator_decided_first_says_what_they_decided_and_who(h: Harness, first: str) -> None:
    await add(h, "death", DEATH)
    mine = await review(h)
    other = h.discord.add_member(h.guild, "other mod", permissions=MODERATOR_PERMISSIONS)
    theirs = await h.discord.invoke(other, h.general, "lore", "review")
    await h.discord.click(other, theirs, button(theirs, "Approve"))
    await h.discord.wait_for_message(h.general, lambda m: m.id == theirs.id and "Approved" in m.text)
    await h.discord.click(h.moderator, mine, button(mine, "Reject"))
    late = await h.discord.wait_for_message(h.general, lambda m: m.ephemeral and "already" in m.text)
    assert f"Addition {first} was approved already by <@{other.id}>." in late.text, late.text


async def test_edit_on_a_card_decided_meanwhile_says_so_before_any_form_opens(h: Harness) -> None:
    await add(h, "death", DEATH)
    mine = await review(h)
    other = h.discord.add_member(h.guild, "other mod", permissions=MODERATOR_PERMISSIONS)
    theirs = await h.discord.invoke(other, h.general, "lore", "review")
    await h.discord.click(other, theirs, button(theirs, "Reject"))
    await h.discord.wait_for_message(h.general, lambda m: m.id == theirs.id and "Rejected" in m.text)
    late = await h.discord.click(h.moderator, mine, button(mine, "Edit"))
    assert late.id != 0 and "was rejected already" in late.text and "can't be edited now" in late.text, late.content
