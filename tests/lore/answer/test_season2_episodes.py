"""Season 2's episodes as TVmaze lists them (bot/lore/answer/season2_episodes.py): counts, titles
and air times, each said as sure as its one source, each title hidden as far as its episode."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from bot.clock import SystemClock
from bot.lore.answer import AnswerEngine, pack_status, render_text
from bot.lore.content import bundled_pack
from bot.season2.claims import claims_from_pack
from bot.season2.rules import compute_status
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from tests.lore import ask_statuses
from tests.lore.helpers import bundled_resolver, engine_reading, netflix_release
from tests.table import table

PREMIERE = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def engine() -> Iterator[AnswerEngine]:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, f"Title {n}" if n != 6 else "Episode 6",
                                       PREMIERE + dt.timedelta(weeks=(n - 1) // 4), 60) for n in range(1, 9)])
    built = AnswerEngine(bundled_pack(), bundled_resolver(), show=shape)
    try:
        yield built
    finally:
        built.close()


@table("question", ["how many episodes in season 2?", "how many eps does s2 have",
                                      "how many episodes will season 2 have"])
def test_the_count_is_tvmazes_said_as_one_source(engine: AnswerEngine, question: str) -> None:
    (part,) = engine.answer(question).parts
    assert part.text == "Not confirmed yet, one source: TVmaze lists 8 episodes for season 2."
    assert part.confidence == "reported" and part.sources[0].publisher == "TVmaze"


@table(("question", "said"), [("시즌 2는 몇 화까지 있어?", "시즌2가 8부작"), ("cuántos episodios tiene la temporada 2", "8 episodios")])
def test_the_count_asked_in_another_language_is_said_in_it(engine: AnswerEngine, question: str, said: str) -> None:
    (part,) = engine.answer(question).parts
    assert said in part.text and part.confidence == "reported", part.text


def test_each_title_spoils_its_own_episode_and_a_placeholder_is_no_title(engine: AnswerEngine) -> None:
    parts = engine.answer("what are the season 2 episode titles?").parts
    assert parts[0].spoils == NOTHING
    assert [(p.text, p.spoils) for p in parts[1:3]] == [("Season 2, episode 1: “Title 1”", Position(2, 1)),
                                                        ("Season 2, episode 2: “Title 2”", Position(2, 2))]
    assert ("Season 2, episode 6: no title listed yet", NOTHING) in [(p.text, p.spoils) for p in parts]


@table("question", ["what is season 2 episode 3 called?", "what's the title of s2e3",
                                      "what is episode 3 of season 2 called", "what is the 3rd episode of season 2 called",
                                      "시즌2 3화 제목 뭐야", "시즌 2 3화 제목"])
def test_one_title_is_hidden_as_far_as_its_episode(engine: AnswerEngine, question: str) -> None:
    lead, title = engine.answer(question).parts
    assert lead.spoils == NOTHING and "season 2, episode 3" in lead.text
    assert (title.text, title.spoils) == ("“Title 3”", Position(2, 3))


@table("question", ["when does season 2 episode 5 air?", "when does s2e5 come out", "s2e5 air date"])
def test_an_air_time_only_tvmaze_gives_is_not_confirmed_yet(engine: AnswerEngine, question: str) -> None:
    (part,) = engine.answer(question).parts
    assert part.text == "Not confirmed yet, one source: TVmaze lists season 2, episode 5 for 12 March 2027, 08:00 UTC."


@table(("question", "episode"), [("what is episode 12 of season 2 called", 12),
                                  ("when does s2e99 come out", 99)])  # the highest code: the episode typed, no season
def test_an_episode_tvmaze_does_not_list_is_said_not_to_be_there(engine: AnswerEngine, question: str, episode: int) -> None:
    (part,) = engine.answer(question).parts
    assert part.text == f"TVmaze lists 8 episodes for season 2, so there is no season 2, episode {episode}."


def test_what_happens_in_an_episode_is_not_taken_for_its_title(engine: AnswerEngine) -> None:
    assert engine.answer("what happens in season 2 episode 3").intent == "episode"


@table("question", ["how long are season 2 episodes", "season 2 episode length",
                                      "what's the runtime of season 2 episodes?", "how many minutes are s2 episodes",
                                      "whats the runtime for s2", "are season 2 episodes an hour long",
                                      "how long are 2nd season episodes"])
def test_how_long_season_twos_episodes_run_is_tvmazes_said_as_one_source(engine: AnswerEngine, question: str) -> None:
    (part,) = engine.answer(question).parts
    assert part.text == "Not confirmed yet, one source: TVmaze lists season 2's episodes at 60 minutes each."
    assert part.confidence == "reported" and part.sources[0].publisher == "TVmaze"


@table("question", ["how long is the season 2 finale", "how long is the last episode of season 2"])
def test_how_long_the_finale_runs_is_the_last_listed_episodes_runtime(engine: AnswerEngine, question: str) -> None:
    (part,) = engine.answer(question).parts
    assert part.text == "Not confirmed yet, one source: TVmaze lists season 2, episode 8 at 60 minutes."


@table("question", ["when does the season 2 finale come out", "when does the s2 finale air?",
                                      "when is the last episode of season 2", "season 2 final episode release date"])
def test_the_finale_airs_when_tvmaze_lists_the_last_episode(engine: AnswerEngine, question: str) -> None:
    (part,) = engine.answer(question).parts
    assert part.text == "Not confirmed yet, one source: TVmaze lists season 2, episode 8 for 12 March 2027, 08:00 UTC."


@table(("question", "number"), [("what is the first episode of season 2 called", 1),
                                                  ("title of the second episode of season 2", 2),
                                                  ("what's the s2 finale called", 8)])
def test_an_episode_named_in_words_gets_its_own_title_not_the_list(
    engine: AnswerEngine, question: str, number: int
) -> None:
    lead, title = engine.answer(question).parts
    assert f"season 2, episode {number}" in lead.text
    assert (title.text, title.spoils) == (f"“Title {number}”", Position(2, number))


@table("question", ["first episode of season 2", "what happens in the first episode of season 2",
                                      "who dies in the season 2 finale"])
def test_a_season_two_episode_named_in_words_is_not_answered_with_season_ones(
    engine: AnswerEngine, question: str
) -> None:
    answer = engine.answer(question)
    assert all("Season 1" not in p.text and p.spoils.season != 1 for p in answer.parts)
    assert answer.parts[0].text.startswith("Season 2, episode ")


def test_how_long_until_an_episode_is_not_read_as_its_runtime(engine: AnswerEngine) -> None:
    assert "minutes" not in engine.answer("how long until the season 2 finale").parts[0].text


def test_a_runtime_tvmaze_does_not_list_is_said_not_to_be_known() -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, None, PREMIERE, None) for n in range(1, 9)])
    built = AnswerEngine(bundled_pack(), bundled_resolver(), show=shape)
    try:
        (part,) = built.answer("how long are season 2 episodes").parts
    finally:
        built.close()
    assert part.text == "The runtime of season 2's episodes is not known yet: TVmaze lists none so far."


def test_an_air_time_is_a_timestamp_in_discord_and_stays_text_in_the_cli(engine: AnswerEngine) -> None:
    answer = engine.answer("when does s2e5 come out")
    (part,) = answer.parts
    stamp = int((PREMIERE + dt.timedelta(weeks=1)).timestamp())
    assert part.linked_line.startswith(f"Not confirmed yet, one source: TVmaze lists season 2, episode 5 for <t:{stamp}:F>.")
    assert "12 March 2027, 08:00 UTC" in render_text(answer, NOTHING)[0]


def test_a_day_without_its_hour_stays_that_day_in_discord() -> None:
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, None, dt.datetime(2027, 3, 5, tzinfo=dt.UTC), 60) for n in range(1, 9)])
    built = AnswerEngine(bundled_pack(), bundled_resolver(), show=shape)
    try:
        (part,) = built.answer("when does s2e1 come out").parts
    finally:
        built.close()
    assert "for 5 March 2027." in part.linked_line and "<t:" not in part.linked_line


@pytest.fixture(scope="module")
def unlisted() -> Iterator[AnswerEngine]:
    """Before TVmaze lists season 2's episodes."""
    built = AnswerEngine(bundled_pack(), bundled_resolver(), show=ShowShape.season_one())
    try:
        yield built
    finally:
        built.close()


@pytest.mark.parametrize("question", ["season 2 episode length", "how long is the season 2 finale",
                                      "how long is season 2 episode 1"])
def test_before_any_list_a_season_two_runtime_is_not_known_not_season_ones(unlisted: AnswerEngine, question: str) -> None:
    (part,) = unlisted.answer(question).parts
    assert part.text == "How long season 2's episodes run is not known yet: no source lists them."


@pytest.mark.parametrize("question", ["first episode of season 2", "who dies in the season 2 finale",
                                      "what happens in the last episode of season 2"])
def test_before_any_list_a_season_two_episode_named_in_words_is_not_answered_with_season_ones(
    unlisted: AnswerEngine, question: str
) -> None:
    answer = unlisted.answer(question)
    assert all("Season 1" not in p.text and "season 1" not in p.text and p.spoils.season != 1 for p in answer.parts)


async def test_netflixs_official_release_time_wins_and_tvmazes_differing_time_is_shown_as_tvmazes() -> None:
    netflix = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)  # 17:00 in Seoul
    day = dt.date(2027, 1, 10)
    claim = netflix_release(netflix, day)
    current = pack_status(bundled_pack(), SystemClock())
    current.publish(compute_status([*claims_from_pack(bundled_pack()), claim]))
    shape = ShowShape.season_one()
    tvmaze = dt.datetime(2027, 3, 4, 15, tzinfo=dt.UTC)  # midnight in Seoul, as TVmaze lists it
    shape.add_episodes(2, [EpisodeInfo(2, n, None, tvmaze, 60) for n in range(1, 9)])
    async with engine_reading(current, shape) as built:
        text = render_text(built.answer("when does s2e1 come out"), NOTHING)[0]
    assert text.startswith("Season 2, episode 1 comes out 5 March 2027, 08:00 UTC, the release time set officially "
                           "(TVmaze lists 4 March 2027, 15:00 UTC)."), text


def test_an_episode_with_no_summary_cites_no_source_for_it(engine: AnswerEngine) -> None:
    # The show's general sources (a 2022 cast list, the renewal) say nothing of what happens in it.
    (part,) = engine.answer("what happens in season 2 episode 1?").parts
    assert "no summary" in part.text and part.sources == ()


async def test_once_season_2_is_out_its_episodes_are_said_out_and_in_the_past() -> None:
    release = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)
    day = dt.date(2027, 1, 10)
    claim = netflix_release(release, day)
    current = pack_status(bundled_pack(), SystemClock())
    current.publish(compute_status([*claims_from_pack(bundled_pack()), claim], release + dt.timedelta(hours=2)))
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, None, release, 60) for n in range(1, 9)])
    async with engine_reading(current, shape) as built:
        out = render_text(built.answer("is season 2 episode 8 out?"), NOTHING)[0]
        when = render_text(built.answer("when did episode 2 of season 2 come out?"), NOTHING)[0]
        episodes = render_text(built.answer("how many episodes are there?"), NOTHING)[0]
        seasons = render_text(built.answer("how many seasons are there?"), NOTHING)[0]
    assert episodes.startswith("Season 1 has 12 episodes.") and "Season 2 has 8 episodes, as TVmaze lists them." in episodes
    assert "and season 2, released on 5 March 2027." in seasons, seasons
    assert out.startswith("Yes. Season 2, episode 8 came out 5 March 2027, 08:00 UTC, the release time set officially."), out
    assert when.startswith("Season 2, episode 2 came out 5 March 2027, 08:00 UTC, the release time set officially."), when


@table("question", ["what are the episodes of season 2", "what are the season 2 episodes?",
                                      "what are all the s2 eps"])
def test_what_season_twos_episodes_are_is_tvmazes_listing(engine: AnswerEngine, question: str) -> None:
    """It gave the news that Netflix had not said how many episodes season 2 would have."""
    assert engine.answer(question).intent == "season2.episodes.titles"


@table("question", ["who dies in S2E1", "시즌2 1화에서 누가 죽어?", "does anyone die in s2e1 lol"])
def test_who_dies_in_an_episode_the_sources_tell_nothing_of_is_i_dont_know(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered
    assert render_text(answer, NOTHING)[0].startswith("Season 2, episode 1: I don't know who dies or turns in it yet")

UNNAMED_AHEAD = ["what time does episode 1 come out", "when does ep 1 drop", "when does episode 1 come out",
                 "what time will ep1 be out", "when is episode 1 released", "when does the first episode come out"]


@table("question", UNNAMED_AHEAD)
def test_an_episode_asked_ahead_with_no_season_named_is_season_twos_then_season_ones_premiere(
    engine: AnswerEngine, question: str
) -> None:
    lines = [p.text for p in engine.answer(question).parts]
    assert lines[0] == "Not confirmed yet, one source: TVmaze lists season 2, episode 1 for 5 March 2027, 08:00 UTC.", lines
    assert any("28 January 2022" in line for line in lines[1:]), lines  # a fan on season 1 asking of its episode 1


@table("question", UNNAMED_AHEAD[:4])
def test_before_any_list_an_episode_asked_ahead_is_season_twos_news_then_season_ones_premiere(
    unlisted: AnswerEngine, question: str
) -> None:
    lines = [p.text for p in unlisted.answer(question).parts]
    assert "season 2" in lines[0] and "Season 1" not in lines[0], lines
    assert any("28 January 2022" in line for line in lines[1:]), lines


async def test_once_season_2_is_out_an_episode_asked_ahead_says_both_seasons_came_out() -> None:
    release = dt.datetime(2027, 3, 5, 8, tzinfo=dt.UTC)
    current = pack_status(bundled_pack(), SystemClock())
    claims = [*claims_from_pack(bundled_pack()), netflix_release(release, dt.date(2027, 1, 10))]
    current.publish(compute_status(claims, release + dt.timedelta(hours=2)))
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, None, release, 60) for n in range(1, 9)])
    async with engine_reading(current, shape) as built:
        text = render_text(built.answer("what time does episode 1 come out"), NOTHING)[0]
    assert text.startswith("Season 2, episode 1 came out 5 March 2027, 08:00 UTC"), text
    assert "28 January 2022" in text, text


@table("question", ["when did episode 1 come out", "what time did ep 1 drop", "when does season 1 episode 1 come out"])
def test_an_episode_asked_in_the_past_or_of_season_1_is_season_ones_alone(engine: AnswerEngine, question: str) -> None:
    text = render_text(engine.answer(question), NOTHING)[0]
    assert "28 January 2022" in text and "season 2" not in text.lower(), text


def test_when_does_part_2_come_out_before_the_release_says_its_day_once() -> None:
    built = AnswerEngine(bundled_pack(), bundled_resolver(), season2=ask_statuses.status("parts"),
                         show=ask_statuses.listing("parts"))
    try:
        text = render_text(built.answer("when does part 2 come out"), NOTHING)[0]
    finally:
        built.close()
    assert text == ("Not confirmed yet, one source: TVmaze lists part 2 of season 2 as 4 episodes (5-8), on 9 April 2027, "
                    "07:00 UTC. (TVmaze)")


def test_an_episode_of_part_2_asked_once_out_after_netflix_moved_it_is_said_in_the_askers_language() -> None:
    """fix107: "Yes: season 2, episode 8 came out on ..., with Part 2 (episodes 5-8)" was English to every asker."""
    from bot.clock import ManualClock

    after = dt.datetime(2027, 4, 16, 8, tzinfo=dt.UTC)  # Netflix's moved day (p2moved), an hour on
    built = AnswerEngine(bundled_pack(), bundled_resolver(), season2=ask_statuses.status("p2moved", ManualClock(after)),
                         show=ask_statuses.listing("p2moved"))
    try:
        said = {q: render_text(built.answer(q), NOTHING)[0] for q in
                ("시즌2 8화 나왔어?", "s2e8 ya salió?", "o ep 8 da temporada 2 já saiu?", "s2 ep 8 udah keluar?",
                 "シーズン2の8話はもう出た？", "第二季第8集出了吗？", "l'épisode 8 de la saison 2 est sorti ?",
                 "ist folge 8 von staffel 2 schon raus?", "labas na ba ang ep 8 ng season 2?")}
    finally:
        built.close()
    assert said["시즌2 8화 나왔어?"].startswith("네, 시즌2 8화는 파트2(5-8화)와 함께 나왔어요. 공개: 2027년 4월 16일"), said  # its day last (fix108)
    assert said["s2e8 ya salió?"].startswith("Sí: el episodio 8 de la temporada 2 salió el 16 de abril de 2027"), said
    assert said["o ep 8 da temporada 2 já saiu?"].startswith("Sim: o episódio 8 da 2ª temporada saiu em 16 de abril"), said
    assert said["s2 ep 8 udah keluar?"].startswith("Ya: episode 8 season 2 sudah rilis pada 16 April 2027"), said
    # and in Japanese, Chinese, French, German and Tagalog, as the older season-2 lines are (fix108)
    assert said["シーズン2の8話はもう出た？"].startswith("はい、シーズン2の第8話は2027年4月16日"), said
    assert said["第二季第8集出了吗？"].startswith("是的，第二季第8集已于2027年4月16日"), said
    assert said["l'épisode 8 de la saison 2 est sorti ?"].startswith("Oui : l'épisode 8 de la saison 2 est sorti le 16 avril 2027"), said
    assert said["ist folge 8 von staffel 2 schon raus?"].startswith("Ja: Folge 8 von Staffel 2 ist am 16. April 2027"), said
    assert said["labas na ba ang ep 8 ng season 2?"].startswith("Oo: lumabas ang episode 8 ng season 2 noong Abril 16, 2027"), said


def test_when_an_episode_of_part_2_comes_out_after_netflix_moved_it_is_netflixs_day_never_tvmazes_stale_one() -> None:
    """review68a: "when does s2e8 come out" and "시즌2 8화 나옴?" said TVmaze's 9 April after Netflix moved Part 2 to 16 April."""
    from bot.clock import ManualClock

    between = dt.datetime(2027, 3, 25, tzinfo=dt.UTC)  # after Netflix's move (p2moved), before either day
    built = AnswerEngine(bundled_pack(), bundled_resolver(), season2=ask_statuses.status("p2moved", ManualClock(between)),
                         show=ask_statuses.listing("p2moved"))
    try:
        said = {q: render_text(built.answer(q), NOTHING)[0] for q in ("when does s2e8 come out", "is s2e8 delayed", "시즌2 8화 나옴?")}
    finally:
        built.close()
    for asked in ("when does s2e8 come out", "is s2e8 delayed"):  # its day, no "Not yet:" read as "not delayed yet"
        assert said[asked].startswith(
            "Season 2, episode 8 comes out on 16 April 2027, 07:00 UTC, with Part 2 (episodes 5-8), as Netflix says "
            "(TVmaze still lists 9 April 2027)."), said
    assert said["시즌2 8화 나옴?"].startswith("시즌2 8화는 파트2(5-8화)와 함께 나와요. 공개 예정: 2027년 4월 16일"), said


def test_is_season_2_out_after_netflix_moved_part_2_up_and_its_day_passed_says_yes_never_a_day_gone_by() -> None:
    """review69a: Part 2 moved up to 2 April (TVmaze still listing 9 April), asked on the 5th: "Part 2 (episodes 5-8) comes out
    on 2 April 2027" and "Not yet: season 2, episode 6 comes out on 2 April 2027", a day already past."""
    from bot.clock import ManualClock

    after = dt.datetime(2027, 4, 5, tzinfo=dt.UTC)
    built = AnswerEngine(bundled_pack(), bundled_resolver(), season2=ask_statuses.status("p2early", ManualClock(after)),
                         show=ask_statuses.listing("p2early"))
    try:
        said = {q: render_text(built.answer(q), NOTHING)[0] for q in ("is season 2 out", "is s2e6 out", "temporada 2 ya salió?")}
    finally:
        built.close()
    assert said["is season 2 out"].startswith("Yes. Season 2 came out on 12 March 2027") and "comes out" not in said["is season 2 out"], said
    assert said["is s2e6 out"].startswith("Yes: season 2, episode 6 came out on 2 April 2027"), said
    assert said["temporada 2 ya salió?"].startswith("Sí.") and "sale el" not in said["temporada 2 ya salió?"], said


def test_is_season_2_over_after_netflix_moved_part_2_and_it_came_gives_netflixs_day_for_the_finale_never_tvmazes() -> None:
    """review69a: "Yes. Season 2 is all out: both parts, the finale (episode 8) on 9 April 2027, as TVmaze lists them", asked
    on 5 April after Part 2 came on Netflix's 2 April (and after it came on a 16 April it was moved to, the same)."""
    from bot.clock import ManualClock

    said = {}
    for name, after in (("p2early", dt.datetime(2027, 4, 5, tzinfo=dt.UTC)), ("p2moved", dt.datetime(2027, 4, 17, tzinfo=dt.UTC))):
        built = AnswerEngine(bundled_pack(), bundled_resolver(), season2=ask_statuses.status(name, ManualClock(after)),
                             show=ask_statuses.listing(name))
        try:
            said[name] = render_text(built.answer("is season 2 over"), NOTHING)[0]
        finally:
            built.close()
    assert said["p2early"].startswith("Yes. Season 2 is all out: both parts, Part 2 (the last) on 2 April 2027"), said
    assert said["p2moved"].startswith("Yes. Season 2 is all out: both parts, Part 2 (the last) on 16 April 2027"), said
