"""/ask's season-2 answers follow the one current status (bot/lore/answer/season2_status.py).

The status is what the tracker computes: the season-2 rules over the pack's claims plus news from
elsewhere (here a moderator's report), published on a `CurrentStatus` the engine was given.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from bot.clock import Clock, ManualClock, SystemClock
from bot.lore.answer import AnswerEngine, pack_status, render_text
from bot.lore.answer.season2_past import asked_day
from bot.lore.content import bundled_pack
from bot.season2.claims import claims_from_pack
from bot.season2.current import CurrentStatus
from bot.season2.model import Claim, Confidence, Milestone, Source, Status
from bot.season2.rules import compute_status
from bot.show import NOTHING, EpisodeInfo, ShowShape
from tests.lore.helpers import bundled_resolver, engine_reading
from tests.table import table

RELEASE = dt.datetime(2026, 3, 11, tzinfo=dt.UTC)
RELEASE_TEXT = "11 March 2026"
TODAY = dt.date(2026, 3, 1)


@pytest.fixture
def current() -> CurrentStatus:
    """The status of the pack alone, as the bot starts with it."""
    return pack_status(bundled_pack(), SystemClock())


@pytest.fixture
async def engine(current: CurrentStatus) -> AsyncIterator[AnswerEngine]:
    async with engine_reading(current) as built:
        yield built


def _official(milestone: Milestone, day: dt.date, release_at: dt.datetime | None = None) -> Claim:
    return Claim(
        id=f"mod:{milestone.value}", milestone=milestone, date=day, confidence=Confidence.OFFICIAL,
        source=Source("Netflix Tudum", "Season 2 date announced", "https://example.org/tudum", day),
        text=f"{milestone.label}, from a moderator", release_at=release_at, origin="moderator",
    )


def _with(*news: Claim) -> Status:
    """The status the tracker computes once `news` joins the pack's claims."""
    return compute_status([*claims_from_pack(bundled_pack()), *news])


def _text(engine: AnswerEngine, question: str) -> str:
    return render_text(engine.answer(question), NOTHING)[0]


async def test_the_release_date_a_tracker_recorded_answers_when_season_2_comes_out(
    engine: AnswerEngine, current: CurrentStatus
) -> None:
    current.publish(_with(_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE)))
    answer = engine.answer("when is season 2 coming out?")
    text = render_text(answer, NOTHING)[0]
    assert f"release date is {RELEASE_TEXT}" in text, text
    assert "No release date for season 2 has been announced" not in text
    assert any(s.publisher == "Netflix Tudum" and s.date == "2026-03-01" for s in answer.sources)
    assert answer.confidence in ("official", "reported")  # the pack's history may follow, labelled


@pytest.mark.parametrize("question", ["when does the 2nd season come out?", "when does the second season come out"])
async def test_season_two_typed_as_an_ordinal_gets_the_release_date(
    engine: AnswerEngine, current: CurrentStatus, question: str
) -> None:
    current.publish(_with(_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE)))
    assert f"release date is {RELEASE_TEXT}" in _text(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has season 2 got a release date?", ("Yes.", RELEASE_TEXT)),
        ("what's the status of season 2?", ("Where things stand now", RELEASE_TEXT)),
        ("is season 2 filming?", ("Filming is done", RELEASE_TEXT)),
        ("will season 2 come out in 2026?", ("Yes.", RELEASE_TEXT)),
        ("will season 2 come out in 2023?", ("No, not in 2023", RELEASE_TEXT, "wrong")),
        ("did season 2 start filming in 2022?", ("No.", "Teen Vogue", RELEASE_TEXT)),
        ("is season 2 cancelled", ("No.", RELEASE_TEXT)),
    ],
)
async def test_season_2_status_questions_follow_the_current_release_date(
    engine: AnswerEngine, current: CurrentStatus, question: str, expected: tuple[str, ...]
) -> None:
    current.publish(_with(_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE)))
    text = _text(engine, question)
    for needle in expected:
        assert needle in text, text
    assert "has not announced a release date" not in text and "has given no release date" not in text


async def test_a_current_answer_still_gives_the_packs_history(engine: AnswerEngine, current: CurrentStatus) -> None:
    current.publish(_with(_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE)))
    assert "Earlier (reported, " in _text(engine, "has season 2 finished filming")


async def test_the_status_from_the_pack_alone_answers_where_season_2_stands(current: CurrentStatus) -> None:
    engine = AnswerEngine(bundled_pack(), bundled_resolver(), index=None, season2=current)
    assert current.status.milestone is not None  # the pack's claims back a milestone
    text = _text(engine, "when is season 2 coming out?")
    assert "No release date for season 2 has been announced" in text
    assert "Season 2 is in post-production" in text  # the status the rules compute, not a fixed sentence


async def test_without_a_status_yet_season_2_status_questions_are_not_guessed() -> None:
    engine = AnswerEngine(bundled_pack(), bundled_resolver(), index=None, season2=CurrentStatus(clock=SystemClock()))
    answer = engine.answer("when is season 2 coming out?")
    assert not answer.answered and "I don't know" in render_text(answer, NOTHING)[0]
    assert engine.answer("who is in the season 2 cast").answered  # the pack still knows the cast


async def test_cast_questions_stay_with_the_pack_while_newer_news_is_known(
    engine: AnswerEngine, current: CurrentStatus
) -> None:
    before = _text(engine, "who is in the season 2 cast")
    current.publish(_with(_official(Milestone.TRAILER, TODAY)))
    assert _text(engine, "who is in the season 2 cast") == before


async def test_a_newer_milestone_without_a_date_answers_filming_and_release(
    engine: AnswerEngine, current: CurrentStatus
) -> None:
    current.publish(_with(_official(Milestone.TRAILER, TODAY)))
    release = _text(engine, "when is season 2 coming out?")
    assert "No release date for season 2 has been announced" in release
    assert "A trailer for season 2 has been announced or released (since 1 March 2026)" in release
    assert _text(engine, "is there a season 2 trailer").startswith("Yes. A trailer for season 2 has been announced or released")


async def test_a_cancellation_answers_no_to_a_release_date(engine: AnswerEngine, current: CurrentStatus) -> None:
    current.publish(_with(_official(Milestone.CANCELLED, TODAY)))
    assert _text(engine, "is season 2 cancelled?").startswith("Yes. Season 2 was cancelled")
    assert _text(engine, "has season 2 got a release date?").startswith("No. Season 2 was cancelled")


async def test_the_engine_reads_a_status_published_after_it_was_built(
    engine: AnswerEngine, current: CurrentStatus
) -> None:
    assert "No release date for season 2 has been announced" in _text(engine, "when is season 2 coming out?")
    pack_only = current.status
    current.publish(_with(_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE)))
    assert RELEASE_TEXT in _text(engine, "when is season 2 coming out?")
    current.publish(pack_only)
    assert "No release date for season 2 has been announced" in _text(engine, "when is season 2 coming out?")


async def test_the_status_hyosan_ask_uses_is_the_rules_over_the_packs_claims() -> None:
    assert pack_status(bundled_pack(), SystemClock()).status == compute_status(claims_from_pack(bundled_pack()))


_MOVED = dt.datetime(2027, 3, 19, 7, tzinfo=dt.UTC)
_SAID_MOVED = ("Yes. Season 2's release date is 19 March 2027", "a delay was announced on 2 December 2026")
_WITHDRAWN = "No release date for season 2 stands now: the date announced earlier was withdrawn when season 2 was delayed"


@table(("question", "moved", "said", "never"), [
    ("was season 2 delayed?", _MOVED, _SAID_MOVED, "2025"), ("did season 2 get postponed", _MOVED, _SAID_MOVED, "2025"),
    ("is s2 delayed", _MOVED, _SAID_MOVED, "2025"),
    # delayed to a month with no new day (scen45: the date taken back was said to stand, "Season 2 has a release date
    # (since 1 December)", beside "no release date has been announced as of 1 December", the day one was)
    ("when does season 2 come out", None, (_WITHDRAWN, "expected in June 2027"), "has a release date"),
    ("is season 2 out?", None, ("Not yet. " + _WITHDRAWN,), "has been announced as of"),
    # asked in Spanish, said in Spanish (season2_phrases.py)
    ("¿cuándo sale la temporada 2?", None, ("Ahora no hay fecha de estreno para la temporada 2: la fecha anunciada antes se "
                                            "retiró cuando la temporada 2 se retrasó el 2 de diciembre de 2026",
                                            "pero se retrasó el 2 de diciembre de 2026 y aún no hay nueva fecha"),
     "tiene fecha de estreno"),
    # review46: asked whether it comes out in the month or year the official window names, it said "Not confirmed.";
    # a month the window does not name (or a wider window) stays not confirmed
    ("will season 2 come out in 2027", None, ("Yes, that is the official window (June 2027)", _WITHDRAWN), "Not confirmed"),
    ("is s2 coming out in june", None, ("Yes, that is the official window (June 2027)", _WITHDRAWN), "Not confirmed"),
    ("진짜 6월에 나와?", None, ("네, 공식 공개 시기(2027년 6월)가 맞아요",), "확인되지 않았어요"),
    ("is s2 coming out in may", None, ("Not confirmed. " + _WITHDRAWN,), "Yes"),
    ("will season 2 come out in 2028", None, ("Not confirmed.",), "Yes"),
])
async def test_a_delay_that_stands_answers_whether_season_2_was_delayed(
    engine: AnswerEngine, current: CurrentStatus, question: str, moved: dt.datetime | None, said: tuple[str, ...], never: str
) -> None:
    day = dt.date(2026, 12, 2)
    delay = _official(Milestone.DELAYED, day, moved)
    if moved is None:
        delay = replace(delay, release_window="June 2027", text="Delayed, now expected in June 2027, from a moderator")
    current.publish(_with(_official(Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 12, 1), RELEASE.replace(year=2027)), delay))
    text = _text(engine, question)
    assert text.startswith(said[0]) and all(part in text for part in said[1:]), text
    assert never not in text, text


@pytest.mark.parametrize("question", ["is s2 delayed", "did season 2 get pushed back?"])
async def test_a_delay_only_rumoured_is_said_as_a_rumour_beside_the_date_that_stands(
    engine: AnswerEngine, current: CurrentStatus, question: str
) -> None:
    rumoured = dt.datetime(2027, 3, 26, 8, tzinfo=dt.UTC)
    rumour = Claim(
        id="rss:delay", milestone=Milestone.DELAYED, date=dt.date(2026, 12, 2), confidence=Confidence.RUMOUR,
        source=Source("Koreaboo", "season 2 reportedly delayed to March 26", "https://example.org/kb", dt.date(2026, 12, 2)),
        text="All of Us Are Dead season 2 reportedly delayed to March 26, sources say", release_at=rumoured, origin="rss",
    )
    current.publish(_with(_official(Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 12, 1), RELEASE.replace(year=2027)),
                          rumour))
    text = _text(engine, question)
    assert text.startswith("Not as far as anyone can confirm: only a rumour says season 2 was pushed back to 26 March 2027"), text
    assert "release date is 11 March 2027" in text and "2025" not in text


async def test_once_out_a_delayed_season_2_is_still_said_to_have_been_delayed(
    engine: AnswerEngine, current: CurrentStatus
) -> None:
    moved = dt.datetime(2027, 3, 19, 7, tzinfo=dt.UTC)
    claims = [*claims_from_pack(bundled_pack()),
              _official(Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 12, 1), RELEASE.replace(year=2027)),
              _official(Milestone.DELAYED, dt.date(2026, 12, 2), moved)]
    current.publish(compute_status(claims, moved + dt.timedelta(hours=1)))
    text = _text(engine, "was season 2 delayed?")
    assert text.startswith("Yes. Season 2 was pushed back to 19 March 2027"), text
    assert "came out then" in text and "2025" not in text


def _reported_date() -> tuple[Claim, ...]:
    """Two publishers reporting the same day: a date the status gives as reported."""
    report = replace(_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE), id="rss:collider",
                     confidence=Confidence.REPORTED, origin="rss", source=Source("Collider", "Season 2 date"))
    return report, replace(report, id="rss:soompi", source=Source("Soompi", "Season 2 date"))


_PREMIERE = "Season 1 premiered worldwide on Netflix on Friday 28 January 2022"
def _tvmaze_out(day: dt.date) -> list[Claim]:
    """TVmaze alone listing season 2's first episode as aired on `day` (its premiere and its "aired")."""
    source = Source("TVmaze", "TVmaze: All of Us Are Dead, season 2", "https://example.org/tvmaze", day)
    at = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
    return [Claim(id=f"tvmaze:s2:{key}", milestone=milestone, date=day, confidence=Confidence.REPORTED, source=source,
                  text=key, release_at=release_at, origin="tvmaze")
            for key, milestone, release_at in (("premiere", Milestone.RELEASE_DATE_ANNOUNCED, at),
                                               ("released", Milestone.RELEASED, None))]


_NEWS: dict[str, tuple[Claim, ...]] = {
    "none": (),
    "reported": _reported_date(),
    "official": (_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE),),
    "out": (_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE), _official(Milestone.RELEASED, RELEASE.date(), RELEASE)),
    # Netflix's year-end line-up: "coming in 2027", a window and no day
    # Netflix moved the day two weeks later
    "moved": (_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE),
              _official(Milestone.RELEASE_DATE_CHANGED, TODAY, RELEASE + dt.timedelta(weeks=2))),
    "window": (replace(_official(Milestone.RELEASE_WINDOW, dt.date(2026, 12, 10)), release_window="2027"),),
    # Netflix dated Part 2 four weeks after Part 1
    "part 2": (_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE),
               _official(Milestone.PART_DATED, TODAY, RELEASE + dt.timedelta(weeks=4))),
    # ... then Part 1 came out (read a week before Part 2's day, and a week after it: _NOW)
    "part 2 ahead": (_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE),
                     _official(Milestone.PART_DATED, TODAY, RELEASE + dt.timedelta(weeks=4)),
                     _official(Milestone.RELEASED, RELEASE.date(), RELEASE)),
    # Netflix's trailer in February, then the release
    "trailer": (_official(Milestone.RELEASE_DATE_ANNOUNCED, dt.date(2026, 1, 20), RELEASE), _official(Milestone.TRAILER, dt.date(2026, 2, 20)),
                _official(Milestone.RELEASED, RELEASE.date(), RELEASE)),
}
#: The engine's instant where a table row's news needs one (else the status alone decides).
_NOW = {"part 2 ahead": RELEASE + dt.timedelta(weeks=3), "part 2 out": RELEASE + dt.timedelta(weeks=5),
        "part 2 reported out": RELEASE + dt.timedelta(weeks=5)}
_NEWS["part 2 out"] = _NEWS["part 2 ahead"]
# ... Part 2's day reported by two publishers, never by Netflix, and past
_NEWS["part 2 reported out"] = (*(replace(_official(Milestone.PART_DATED, TODAY, RELEASE + dt.timedelta(weeks=4)), id=f"rss:{who}",
                                          confidence=Confidence.REPORTED, origin="rss", source=Source(who, "Part 2 date"))
                                  for who in ("Collider", "Soompi")),
                                _official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE),
                                _official(Milestone.RELEASED, RELEASE.date(), RELEASE))
_NO_DAY_SINCE_THE_WINDOW = "No release date for season 2 has been announced as of 10 December 2026; it has not come out."
# season 2 out, read three hours after its release (Part 2 of "8 in parts" still ahead; under "out" it is past, by the clock)
_NOW["out hours"] = RELEASE + dt.timedelta(hours=3)
_NEWS["out hours"] = _NEWS["out"]
# Netflix's day set, and TVmaze alone listing season 2 as aired a week before it (the milestone has not turned)
# Part 1 out, then Netflix (or two outlets alone) moving Part 2 a week past the day TVmaze still lists (read in between)
_NEWS["part 2 moved"] = (*_NEWS["out"], _official(Milestone.PART_DATED, TODAY, RELEASE + dt.timedelta(weeks=5)))
_NEWS["part 2 reported moved"] = (*_NEWS["out"], *(replace(_official(Milestone.PART_DATED, TODAY, RELEASE + dt.timedelta(weeks=5)),
                                                           id=f"rss:{who}", confidence=Confidence.REPORTED, origin="rss",
                                                           source=Source(who, "Part 2 date")) for who in ("Collider", "Soompi")))
_NOW["part 2 moved"] = _NOW["part 2 reported moved"] = RELEASE + dt.timedelta(weeks=2)
# ... or one outlet alone moving it (no Netflix, no second outlet): no day stands but TVmaze's
_NEWS["part 2 one outlet moved"] = (*_NEWS["out"], replace(_official(Milestone.PART_DATED, TODAY, RELEASE + dt.timedelta(weeks=5)),
                                                           id="rss:Collider", confidence=Confidence.REPORTED, origin="rss",
                                                           source=Source("Collider", "Part 2 date")))
_NOW["part 2 one outlet moved"] = _NOW["part 2 moved"]
# ... and read once Netflix's moved Part 2 day has passed, TVmaze still listing the old one (review69a)
_NEWS["part 2 moved past"], _NOW["part 2 moved past"] = _NEWS["part 2 moved"], RELEASE + dt.timedelta(weeks=6)
_NEWS["one source out"] = (_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE), *_tvmaze_out(dt.date(2026, 3, 4)))


# scen45: a bare "when does it come out" got season 1's premiere alone, even with season 2's date announced
@table(("question", "news", "first"), [
    ("when does it come out", "none", "No release date for season 2 has been announced"),
    ("cuándo sale", "none", "No se ha anunciado fecha de estreno para la temporada 2"),
    ("when's it out", "reported", f"Reportedly: Season 2's release date is {RELEASE_TEXT}"),
    ("언제 나와", "reported", "보도에 따르면: 시즌2 공개일은 2026년 3월 11일이에요"),
    ("when is it coming out", "official", f"Season 2's release date is {RELEASE_TEXT}"),
    ("quando sai", "official", "A data de estreia da 2ª temporada é 11 de março de 2026"),
    ("when is it released", "official", f"Season 2's release date is {RELEASE_TEXT}"),
    ("when does it come out?", "out", f"Season 2 came out on {RELEASE_TEXT}"),
    ("cuándo sale?", "out", "La temporada 2 salió el 11 de marzo de 2026"),
    # scen46: after Netflix's "2027" the answer still said no date "as of 23 February 2026" (the pack's last
    # news) and "Confidence: reported, not official", beside Netflix's own window
    ("언제 나와", "window", "시즌2 공개일은 2026년 12월 10일 기준 발표되지 않았고, 시즌2는 아직 공개되지 않았어요."),
    ("when's it out", "window", _NO_DAY_SINCE_THE_WINDOW),
])
async def test_a_release_question_naming_no_season_answers_season_2_then_season_1s_premiere(
    engine: AnswerEngine, current: CurrentStatus, question: str, news: str, first: str
) -> None:
    current.publish(_with(*_NEWS[news]))
    answer = engine.answer(question)
    text = render_text(answer, NOTHING)[0]
    # season 1's premiere in the asker's language, as season 2's release is (season2_pack_texts.py)
    premiere = {"언제 나와": "시즌1은 2022년 1월 28일 금요일", "cuándo sale": "La temporada 1 se estrenó en todo el mundo",
                "cuándo sale?": "La temporada 1 se estrenó en todo el mundo", "quando sai": "A 1ª temporada estreou"}
    said, earlier = premiere.get(question, _PREMIERE), {"언제 나와": "이전 소식"}.get(question, "Earlier")
    assert text.startswith(first) and said in text, text
    # as sure as the news that answers: the older steps beside it are labelled in their own words
    assert answer.confidence == ("reported" if news in ("none", "reported") else "official"), answer.confidence
    assert text.index(said) < text.find(earlier) or earlier not in text, text


@table("question", ["when does season 1 come out", "when does the first season come out", "when did it come out",
                     "when was it released"])
async def test_a_release_question_naming_season_1_or_the_past_keeps_season_1s_premiere(
    engine: AnswerEngine, current: CurrentStatus, question: str
) -> None:
    current.publish(_with(*_NEWS["official"]))
    text = _text(engine, question)
    assert text.startswith(_PREMIERE) and "Season 2" not in text, text


# review54c: "was it released on janaury 28" was taken as season 2's day; a misspelt month reads as the month
@table("question", ["was it released on janaury 28", "did it come out jaunary 28?", "was it released on janurary 28"])
async def test_season_1s_premiere_day_with_its_month_misspelt_is_confirmed_as_season_1s(
    engine: AnswerEngine, current: CurrentStatus, question: str
) -> None:
    current.publish(_with(*_NEWS["official"]))
    text = _text(engine, question)
    assert text.startswith(f"Yes. {_PREMIERE}") and "Season 2" not in text, text


@functools.cache
def _engine_under(news: str, listed: str) -> AnswerEngine:
    """One engine for each status and listing, asked every question of the table under them, as the bot's
    one engine is asked by every fan (an engine is 45 ms of CPU to build; the table has a few kinds)."""
    clock: Clock = ManualClock(_NOW[news]) if news in _NOW else SystemClock()
    return AnswerEngine(bundled_pack(), bundled_resolver(), index=None,
                        season2=CurrentStatus(_with(*_NEWS[news]), clock=clock), show=_listing(listed))


def _listing(listed: str) -> ShowShape:
    """The show's shape with season 2's episodes as TVmaze lists them: none, 8 on the premiere's day,
    or 8 in two parts (the second four weeks on)."""
    shape = ShowShape.season_one()
    later = RELEASE + dt.timedelta(weeks=4)
    if listed != "none":
        shape.add_episodes(2, [EpisodeInfo(2, n, f"Title {n}", RELEASE if n <= 4 or listed == "8" else later, 60)
                               for n in range(1, 9)])
    return shape


_UNRATED = f"Season 2 has been out since {RELEASE_TEXT}, but its age rating is not in my sources yet"
_UNCOUNTED = f"Season 2 has been out since {RELEASE_TEXT}, but how many episodes it has is not in my sources yet"


# s2count45: once season 2 was out, "how many eps in s2" still said "none announced as of 23 February 2026"
@table(("question", "news", "listed", "said", "never"), [
    ("how many eps in s2", "none", "none", ("Netflix has not announced how many episodes Season 2 will have",), "TVmaze"),
    ("how many episodes does season 2 have", "out", "none", (_UNCOUNTED,), "none announced as of"),
    ("how many episodes are there", "out", "none", ("Season 1 has 12 episodes.", _UNCOUNTED), "none announced as of"),
    ("how many eps in s2", "out", "8", ("Season 2 has 8 episodes, as TVmaze lists them.",), "Title 1"),
    ("s2 ep count", "out", "8 in parts", ("Season 2 has 8 episodes listed so far on TVmaze",), "none announced as of"),
    # scen46: "is ep 1 out yet" got episode 1's recap (hidden), and "is s2 ep 1 out yet" "There is no season 2,
    # episode 1", even once season 2 was out
    ("is ep 1 out yet", "official", "none",
     ("Yes. Season 1, episode 1 came out with the rest of season 1:", _PREMIERE, "Season 2 has not come out yet."), "Jin-su"),
    ("1화 나왔어?", "official", "none", ("Yes. Season 1, episode 1 came out", _PREMIERE, "Season 2 has not come out yet."),
     "My sources don't say"),
    ("ep 3 out yet?", "out", "none", ("Yes. Season 1, episode 3 came out", _PREMIERE), "Season 2 has not come out"),
    # review46: "… on netflix" after it was episode 5's recap (hidden), not whether it is out
    ("is ep 5 out yet on netflix", "official", "none", ("Yes. Season 1, episode 5 came out", _PREMIERE), "drone"),
    ("is s2 ep 1 out yet", "official", "none", ("No. Season 2 has not come out yet",), "There is no season 2"),
    ("is s2 ep 1 out yet", "out", "none", ("Season 2 is out, but no source lists its episodes yet",), "There is no season 2"),
    # left46: asked in Japanese, Chinese or Korean, "is s2 ep 1 out yet" got "I don't know", episode 1's missing
    # summary, or the release date: the English answer, before and after the release; since lang47b in the asker's
    # language, as season 2's release is
    *[(asked, news, "none", (said,), "release date")
      for asked, before, after in (
          ("シーズン2の1話もう出た?", "いいえ。シーズン2はまだ配信されておらず、エピソードの一覧を伝える情報源もありません",
           "シーズン2は配信されましたが、エピソードの一覧を伝える情報源はまだありません"),
          *[(zh, "不是。第二季还没有上线，也没有任何来源列出它的剧集", "第二季已经上线，但还没有任何来源列出它的剧集")
            for zh in ("s2 ep1 已经出了吗", "第二季第一集出了没")],
          *[(ko, "아니요. 시즌2는 아직 공개되지 않았고, 에피소드 목록을 전하는 곳도 없어요", "시즌2는 공개됐지만, 아직 에피소드 목록을 전하는 곳이 없어요")
            for ko in ("시즌2 1화 나왔어?", "시즌2 1화 나옴?")])
      for news, said in (("official", before), ("out", after))],
    ("シーズン2もう配信された?", "official", "none", ("まだです。シーズン2の配信日は2026年3月11日です",), "I don't know"),  # (ask76: "not yet")
    ("第二季出了吗", "out", "none", ("是的。第二季已于2026年3月11日上线",), "I don't know"),
    # left46: once season 2 was out, its rating still read "none announced as of 23 February 2026"
    ("what is season 2 rated", "official", "none", ("Netflix has not announced how many episodes Season 2 will have "
                                                    "or its rating",), "TV-MA"),
    ("what is season 2 rated", "out", "none", (_UNRATED,), "none announced as of"),
    ("s2 age rating", "out", "8", (_UNRATED,), "TV-MA"),
    # ask76: "is s2 out yet" before its day gave the date with no word on whether it is out; "did the date change"
    # said "Yes." off the date; "all at once", "weekly" and "part 2" never read the listing's days
    ("is s2 out yet", "official", "none", ("Not yet. Season 2's release date is 11 March 2026",), "Yes."),
    ("did the s2 date change", "official", "none", ("No. Season 2's release date is 11 March 2026",), "Yes."),
    ("is s2 delayed", "official", "none", ("No. Season 2's release date is 11 March 2026",), "2025"),
    ("is s2 weekly", "official", "8", ("Not confirmed yet, one source: TVmaze lists all 8 episodes of season 2 on the "
                                       "same day, 11 March 2026: all at once",), "Yes."),
    # fix98: Part 2's day said once before the release (was the listing's two days, then Part 2's own line)
    ("when is part 2", "official", "8 in parts", ("Not confirmed yet, one source: TVmaze lists part 2 of season 2 as 4 "
                                                  "episodes (5-8), on 8 April 2026.",), "11 March"),
    ("is s2 split in two parts", "official", "none", ("Netflix has not announced how season 2's episodes come out",), "Yes."),
    # ask77: "why did s2 get pushed back" with the day moved gave 2024's production push, never the move
    ("why did s2 get pushed back", "moved", "none", ("Season 2's release date is 25 March 2026",), "2025"),
    ("why did netflix push s2 back", "moved", "none", ("Season 2's release date is 25 March 2026",), "2025"),
    # ask77: "벌써" (already) and "파트2" were not understood; "공개됐어?" before the day said "네."
    ("시즌2 벌써 공개됐어?", "official", "none", ("아직이에요",), "네."),
    # part53: Part 2's day Netflix gave (the status's part_at) is said as Netflix's, the listing or none beside it
    ("when is part 2", "part 2", "none", ("As Netflix says, season 2's Part 2 is dated 8 April 2026.",), "TVmaze"),
    ("s2 pt 2 release date?", "part 2", "8", ("As Netflix says, season 2's Part 2 is dated 8 April 2026.",), "same day"),
    # rehearse58: "is part 2 out?" got its day alone, before and after it came out
    ("is part 2 out?", "part 2 ahead", "none", ("Not yet. As Netflix says, season 2's Part 2 is dated 8 April 2026.",), "Yes."),
    ("is part 2 out yet", "part 2 out", "none", ("Yes. As Netflix says, season 2's Part 2 came out on 8 April 2026.",), "dated"),
    # review58c: ... its day only reported, "Yes." was surer than the sources
    ("is part 2 out yet", "part 2 reported out", "none", ("Reportedly, yes. Reported, not confirmed by Netflix yet: season 2's "
                                                          "Part 2 came out on 8 April 2026.",), "Yes."),
    # rehearse60: once Netflix dated Part 2, "파트2 언제 나와?" was answered in English (Korean on release night)
    ("파트2 언제 나와?", "part 2", "none", ("시즌2는 파트로 나뉘어 공개돼요: 파트2 공개일은 2026년 4월 8일이에요.",), "Netflix says"),
    ("¿ya salió la parte 2?", "part 2 out", "none", ("Sí. La temporada 2 se estrenó en partes: la parte 2 salió el 8 de abril "
                                                   "de 2026.",), "Netflix says"),
    ("파트2 나왔어?", "part 2 ahead", "none", ("아직이에요.",), "Netflix says"),
    # part54: ... and "when" gives Part 2's day beside the season's (it said the season's alone), with its source, in
    # the asker's language
    ("when does season 2 come out", "part 2", "none", ("Season 2's release date is 11 March 2026",
     "Season 2 comes in parts: Part 2's release date is 8 April 2026. (Netflix Tudum"), "TVmaze"),
    ("시즌2 언제 나와", "part 2", "none", ("시즌2 공개일은 2026년 3월 11일이에요", "파트2 공개일은 2026년 4월 8일이에요."), "Part 2"),
    ("¿cuándo sale la temporada 2?", "part 2", "none", ("La fecha de estreno de la temporada 2 es el 11 de marzo de 2026",
     "la fecha de estreno de la parte 2 es el 8 de abril de 2026."), "Part 2"),
    ("wann kommt staffel 2", "part 2", "none", ("Staffel 2 erscheint am 11. März 2026", "Teil 2 erscheint am 8. April 2026."),
     "Part 2"),
    # rehearse58: once Part 2 was out too, "when" still said "Part 2's release date is" (the card said "Part 2 out")
    ("when does season 2 come out", "part 2 ahead", "none", ("Season 2 came out on 11 March 2026",
     "Season 2 comes in parts: Part 2's release date is 8 April 2026."), "came in parts"),
    ("when does season 2 come out", "part 2 out", "none", ("Season 2 came out on 11 March 2026",
     "Season 2 came in parts: Part 2 came out on 8 April 2026."), "release date is"),
    ("시즌2 언제 나와", "part 2 out", "none", ("시즌2는 2026년 3월 11일에 공개됐어요", "파트2는 2026년 4월 8일에 공개됐어요."), "공개일은"),
    ("시즌2 파트2 언제 나와?", "official", "8 in parts", ("아직 확정은 아니에요. 출처 하나(TVmaze)에 따르면 시즌2 파트2는 4개 "
     "에피소드(5-8화)로 2026년 4월 8일에 나와요",), "2개 파트로"),  # (in Korean since lang61; said once since fix98)
    # ask78 (after season 2 is out): one part asked gave both parts' days, never its count or hour; "part 2" read as
    # season 1 ("does onjo die in part 2": "No. On-jo makes it out"); "renew it for season 3" said "Yes." off season 2's
    ("what time does part 2 come out", "out hours", "8 in parts", ("As TVmaze lists them, season 2 comes out in 2 parts",
                                                             "Part 2 of season 2 is 4 episodes (5-8): it comes out on"), "2-5"),
    ("how many eps in part 1 of s2", "out", "8 in parts", ("As TVmaze lists them",
                                                           "Part 1 of season 2 is 4 episodes (1-4): it came out on"), "2-5"),
    ("when does the rest of s2 come out", "out", "8 in parts", ("As TVmaze lists them", "Part 2 of season 2 is 4 episodes"),
     "Season 2 came out on"),
    ("is there gonna be a part 3", "out", "8 in parts", ("As TVmaze lists them", "TVmaze lists no part 3 of season 2"), "Yes"),
    ("does onjo die in part 2", "out", "8 in parts", ("Season 2 is out, but my sources do not say",), "No."),
    ("did netflix renew it for season 3", "out", "8", ("I don't know anything about a season 3",), "Yes."),
    ("is s2 on jtbc", "out", "8", ("No: it is a Netflix series (season 2 is out on Netflix)",), "Seoul"),
    ("is s2 dubbed", "out", "8", ("I don't know that about season 2",), "Seoul"),
    ("is s2 good", "out", "8", ("That is a matter of opinion",), "Seoul"),
    ("recap s2", "out", "8", ("Season 2 is out, but the content pack has no summary of its episodes yet",), "Seoul"),
    ("what happened in season 2", "out", "8", ("Season 2 is out, but my sources do not say",), "came out on"),
    ("what episode am i on", "out", "8", ("`/progress` sets how far you have watched",), "window"),
    # ask79: "part 2" of an episode or a theory, "is s2 over", "top 3", another show's season 3, "is this the last
    # season" and an episode "delayed" read as what they say, never season 2's parts, a cancellation or season 3
    ("who bit nam-ra in part 2 of episode 6", "out", "8 in parts", ("||Season 1, episode 6",), "TVmaze"),
    ("part two of my theory: is cheong-san alive?", "out", "8 in parts", ("So far",), "TVmaze"),
    ("is s2 over", "out", "8 in parts", ("Yes. Season 2 is all out: both parts, the finale (episode 8) on 8 April "
                                                "2026",), "cancelled"),
    ("is s2 done airing", "out", "8 in parts", ("Yes. Season 2 is all out",), "Filming"),
    ("when does s2 end", "out", "8", ("As TVmaze lists them, season 2 came out with all 8 episodes",), "parts"),
    ("top 3 deaths in season 1", "out", "8", ("Who dies or turns into a zombie in season 1",), "season 3"),
    ("was roh jae-won in squid game season 3", "out", "8", ("Yes.",), "anything about a season 3"),
    ("is this the last season", "out", "8", ("I don't know anything about a season 3",), "12 episodes"),
    ("is episode 5 delayed", "out", "8 in parts", ("Not confirmed yet, one source: TVmaze lists season 2, episode 5",),
     "2024 or 2025"),
    ("is s2 still on march 12", "official", "none", ("No.",), "I don't know"),
    ("is episode 5 delayed", "moved", "none", ("Yes.",), "2024 or 2025"),
    # ask86: a day asked with season 2 listed in parts said "No." off the first part's day, naming no part; once season
    # 2 was out, "did it come out in march" / "how long ago did it drop" answered with season 1's premiere ("No.")
    ("is it out april 8?", "official", "8 in parts", ("Not confirmed yet, one source: TVmaze lists season 2 in 2 parts",
                                                      "part 2 of season 2 as 4 episodes (5-8), on 8 April 2026"), "No."),
    ("is it coming out on the 11th?", "official", "8 in parts", ("Not confirmed yet", "part 1 of season 2 as 4 episodes (1-4)"),
     "No."),
    ("is it out april 8?", "official", "8", ("No. Season 2's release date is 11 March 2026",), "parts"),
    ("is it out april 8?", "part 2", "none", ("As Netflix says, season 2's Part 2 is dated 8 April 2026.",), "No."),
    ("is the rest out april 8?", "out hours", "8 in parts", ("As TVmaze lists them", "Part 2 of season 2 is 4 episodes (5-8): it "
                                                       "comes out on 8 April 2026"), "I don't know"),
    ("did it come out in march", "out", "8", ("Yes. Season 2 came out on 11 March 2026",), "28 January"),
    ("how long ago did it drop", "out", "8", ("Season 2 came out on 11 March 2026",), "28 January"),
    ("did it come out in january", "out", "8", (f"Yes. {_PREMIERE}",), "Season 2"),
    ("when did it come out", "official", "none", (_PREMIERE,), "Season 2"),
    # ask87: once season 2 was out, "when did it first come out" / "did the original come out in 2022" answered season 2's
    # release or nothing, "when did the trailer drop" season 1's teaser alone, "did the s2 trailer come out in march" "Yes."
    ("when did it first come out", "out", "8", (_PREMIERE,), "Season 2"),
    ("did the original come out in 2022", "out", "8", (f"Yes. {_PREMIERE}",), "Season 2"),
    ("how long ago did the first one drop", "out", "8", (_PREMIERE,), "Season 2"),
    ("when did the trailer drop", "trailer", "8", ("A trailer for season 2", "The first poster and teaser came out"), "No."),
    ("did the s2 trailer come out in march", "trailer", "8", ("A trailer for season 2 has been announced or released (since 20 "
                                                              "February 2026)",), "Yes."),
    ("someone said lomon isnt in s2 is that true", "none", "none", ("||Lee Su-hyeok (Lomon) is in the season 2 cast",), "Yes."),
    # ask86: a bare ping said where season 2 stands with no word that no date is set yet; "situation" read as "station"
    ("s2??", "none", "none", ("No release date for season 2 has been announced", "Where things stand now"), "I don't know"),
    ("whats the s2 situation", "none", "none", ("No release date for season 2 has been announced",), "what is in it"),
    # review56c: "did s2 drop yet" before its day said "Yes." off the date set (a release asked in the past is whether it is out)
    ("did s2 drop yet", "official", "none", ("Not yet. Season 2's release date is 11 March 2026",), "Yes."),
    ("has season 2 premiered", "official", "none", ("Not yet.",), "Yes."),
    # review56c: "did it come out on a friday" (a Wednesday) said "Yes." off the day: a weekday or an hour gets the day, no verdict
    ("did it come out on a friday", "out", "8", ("Season 2 came out on 11 March 2026",), "Yes."),
    ("did s2 drop at midnight", "out", "none", ("Season 2 came out on 11 March 2026",), "Yes."),
    # fix65: in the first hours, "is s2 out yet?" led with TVmaze's two parts and no "Yes."; "is season 2 over?" once
    # Part 2 was out still said it "comes out in 2 parts"
    ("is s2 out yet?", "out hours", "8 in parts", ("Yes. Season 2 came out on 11 March 2026", "Part 2 of season 2 is 4 "
                                                   "episodes (5-8): it comes out on 8 April 2026"), "in 2 parts"),
    ("is it out", "out hours", "8 in parts", ("Yes. Season 2 came out on 11 March 2026", "Part 2"), "Season 1"),
    ("already out?", "out hours", "8 in parts", ("Yes. Season 2 came out on 11 March 2026",), "I don't know"),
    ("is aouad 2 out", "out", "8 in parts", ("Yes. Season 2 came out on 11 March 2026",), "Part 2"),
    ("시즌2 나왔어?", "out hours", "8 in parts", ("네. 시즌2는 2026년 3월 11일에 공개됐어요", "파트2는 4개 에피소드(5-8화)이고, "
                                                   "2026년 4월 8일에 나와요"), "2개 파트"),
    ("¿ya salió la temporada 2?", "out hours", "8 in parts", ("Sí. La temporada 2 salió el 11 de marzo de 2026",
                                                             "sale el 8 de abril de 2026"), "en 2 partes"),
    ("já saiu a 2ª temporada?", "out hours", "8 in parts", ("Sim. A 2ª temporada saiu em 11 de março de 2026",
                                                           "sai em 8 de abril de 2026"), "em 2 partes"),
    ("labas na ba season 2?", "out hours", "8 in parts", ("Oo. Lumabas ang season 2 noong Marso 11, 2026",
                                                         "lalabas ito sa Abril 8, 2026"), "nang 2 part"),
    ("season 2 udah keluar?", "out hours", "8 in parts", ("Ya. Season 2 rilis pada 11 Maret 2026",
                                                         "rilis pada 8 April 2026"), "dalam 2 bagian"),
    ("is season 2 over?", "out hours", "8 in parts", ("No, Part 2 comes out on 8 April 2026: episodes 5-8",), "Yes."),
    ("is s2 finished", "out", "8 in parts", ("Yes. Season 2 is all out: both parts",), "comes out in 2 parts"),
    # fix112: once Netflix moved Part 2, "is s2 out" said "Yes. Season 2 came out on ..." then "Not yet: season 2, episode 5
    # comes out on ...": one answer, Part 1 out and Part 2's day, as sure as its backing, in the asker's language
    ("is season 2 out", "part 2 moved", "8 in parts", ("Part 1 (episodes 1-4) is out, since 11 March 2026; Part 2 (episodes "
     "5-8) comes out on 15 April 2026, 07:00 UTC, as Netflix says (TVmaze still lists 8 April 2026).",), "Not yet"),
    ("is s2 out yet?", "part 2 reported moved", "8 in parts", ("Part 1 (episodes 1-4) is out, since 11 March 2026; Part 2 "
     "(episodes 5-8) comes out on 15 April 2026, 07:00 UTC, as reported, not confirmed by Netflix yet (TVmaze still lists 8 April 2026).",),
     "Yes."),
    ("¿ya salió la temporada 2?", "part 2 moved", "8 in parts", ("La parte 1 (episodios 1-4) ya salió, el 11 de marzo de 2026; "
     "la parte 2 (episodios 5-8) sale el 15 de abril de 2026, 07:00 UTC (hora de Corea: 15 de abril de 2026, 16:00), según Netflix (TVmaze aún indica el 8 de abril de 2026).",),
     "Todavía no"),
    ("시즌2 나왔어?", "part 2 moved", "8 in parts", ("파트1(1-4화)은 나왔어요. 공개: 2026년 3월 11일. 파트2(5-8화) 공개 예정: 2026년 4월 15일 07:00 UTC (한국 시간: 2026년 4월 15일 16:00). "
                                                 "넷플릭스 발표 기준이에요",), "아직이에요"),
    ("シーズン2はもう出た？", "part 2 reported moved", "8 in parts", ("パート1（第1-4話）は2026年3月11日に配信済みです。パート2（第5-8話）は"
                                                             "2026年4月15日 07:00 UTC (韓国時間: 2026年4月15日 16:00)に配信されます。報道によるもので",), "まだです"),
    ("is s2 out yet?", "out hours", "8 in parts", ("Yes. Season 2 came out on 11 March 2026",), "Part 1 (episodes"),  # not moved
    # fix114: one outlet alone giving Part 2 another day moves nothing: TVmaze's day, said as one source's (as the English
    # line said it; in Spanish and Japanese "según TVmaze" alone, as if it were sure), never Netflix's
    ("is season 2 out", "part 2 one outlet moved", "8 in parts", ("Yes. Season 2 came out on 11 March 2026", "it comes out "
     "on 8 April 2026, as TVmaze lists it (one source, not confirmed officially)"), "as Netflix says"),
    ("¿ya salió la temporada 2?", "part 2 one outlet moved", "8 in parts", ("Sí. La temporada 2 salió el 11 de marzo de 2026",
     "sale el 8 de abril de 2026, según TVmaze (una sola fuente, sin confirmar oficialmente)."), "según Netflix"),
    ("シーズン2はもう出た？", "part 2 one outlet moved", "8 in parts", ("はい。シーズン2は2026年3月11日に配信されました。",
     "TVmazeによると、シーズン2のパート2は4話（第5-8話）で、2026年4月8日に配信されます（情報源は一つで、公式には未確認）。"),
     "Netflixの発表"),
    # fix112: the "all of season 2 is out" line fix108 wrote in Japanese, Chinese, French, German and Tagalog, each seen
    ("シーズン2は終わった？", "out", "8 in parts", ("シーズン2はすべて配信されました。TVmazeによると、2パートすべてが配信済みで、"
                                            "最終話（第8話）は2026年4月8日に配信されました。",), "Season 2"),
    ("第二季完结了吗？", "out", "8 in parts", ("第二季已经全部上线。根据TVmaze，2个部分都已上线，最后一集（第8集）于2026年4月8日上线。",),
     "Season 2"),
    ("la saison 2 est finie ?", "out", "8 in parts", ("La saison 2 est sortie en entier : ses 2 parties ; le dernier épisode (8) "
                                                     "est sorti le 8 avril 2026, d'après TVmaze.",), "Season 2"),
    ("ist staffel 2 schon zu ende?", "out", "8 in parts", ("Staffel 2 ist komplett erschienen: alle 2 Teile; die letzte Folge (8) "
                                                          "erschien am 8. April 2026, laut TVmaze.",), "Season 2"),
    ("tapos na ba ang season 2?", "out", "8 in parts", ("Labas na ang buong season 2: ang 2 part; lumabas ang huling episode (8) "
                                                       "noong Abril 8, 2026, ayon sa TVmaze.",), "Season 2 is"),
    # ask92: before release "is season 2 over?" asks whether it has finished airing: not out yet, its day (it said
    # "No. Nothing I have says season 2 was cancelled.")
    ("is season 2 over?", "official", "8 in parts", ("Not yet. Season 2's release date is 11 March 2026",), "cancelled"),
    ("is season 2 over?", "part 2 ahead", "none", ("No, Part 2 comes out on 8 April 2026.",), "cancelled"),
    # review59c: ... and with one source alone saying it is out, "Not yet." left that source out (the release answer says it)
    ("is season 2 over?", "one source out", "none", ("Not yet. Season 2's release date is 11 March 2026",
     "Not confirmed yet, one source: TVmaze now gives 4 March 2026"), "Yes."),
    ("is s2 out yet", "one source out", "none", ("Not yet. Season 2's release date is 11 March 2026",
     "Not confirmed yet, one source: TVmaze now gives 4 March 2026"), "Yes."),
    ("is s2 finished", "part 2 out", "none", ("Yes. Season 2 is all out: both parts, Part 2 (the last) on 8 April 2026.",),
     "Filming"),
    # fix114: with Part 2's day Netflix's (or two outlets') and no listing, "is season 2 over?" was answered in English
    # whatever the asker's language: that Part 2 line in theirs, "Yes."/"Not yet." as sure as Part 2's day
    ("¿ya terminó la temporada 2?", "part 2 ahead", "none", ("Todavía no. La temporada 2 se estrena en partes: la fecha "
     "de estreno de la parte 2 es el 8 de abril de 2026.",), "Part 2 comes"),
    ("a 2ª temporada já acabou?", "part 2 out", "none", ("Sim. A 2ª temporada estreou em partes: a parte 2 saiu em 8 de "
     "abril de 2026.",), "all out"),
    ("시즌2 끝났어?", "part 2 out", "none", ("네. 시즌2는 파트로 나뉘어 공개됐어요: 파트2는 2026년 4월 8일에 공개됐어요.",), "all out"),
    ("season 2 udah tamat?", "part 2 reported out", "none", ("Menurut laporan, ya. Season 2 rilis dalam beberapa bagian: "
     "part 2 rilis pada 8 April 2026.",), "Reportedly"),
    ("tapos na ba ang season 2?", "part 2 ahead", "none", ("Hindi pa. Lumalabas ang season 2 nang hati-hati: ang release "
     "date ng part 2 ay Abril 8, 2026.",), "Part 2 comes"),
    ("シーズン2は終わった？", "part 2 reported out", "none", ("報道によると、はい。シーズン2は分割配信です：パート2は2026年4月8日に"
     "配信されました。",), "Reportedly"),
    ("第二季完结了吗？", "part 2 ahead", "none", ("还没有。第二季分部分上线：第二部分的上线日期是2026年4月8日。",), "Part 2 comes"),
    ("シーズン2は終わった？", "part 2 moved past", "8 in parts", ("はい。シーズン2は分割配信です：パート2は2026年4月15日に配信され"
     "ました。",), "all out"),
    ("is it over for cheongsan", "out", "8 in parts", ("",), "all out"),
    # rehearse60: "how many episodes are out?" between the parts said season 1's 12 (and TVmaze's 8 "so far"): what is
    # out now by the one status and the listing, in the asker's language
    ("how many episodes are out?", "part 2 ahead", "8 in parts", ("Season 1 has 12 episodes.", "Season 2 has 4 episodes "
     "out so far (episodes 1-4), of the 8 TVmaze lists.", "Part 2 of season 2 is 4 episodes (5-8): it comes out on 8 April"),
     "more may come"),
    ("¿cuántos episodios hay?", "part 2 ahead", "none", ("La temporada 1 tiene 12 episodios.", "la parte 2 es el 8 de abril",
     "Cuántos episodios tiene la temporada 2 aún no está en mis fuentes"), "Season 2"),
    ("how many episodes are out", "part 2 out", "8 in parts", ("Season 1 has 12 episodes.", "Season 2 has 8 episodes, as "
     "TVmaze lists them."), "more may come"),
    # rehearse65: on release day "is episode 8 out yet?" was season 1's alone, "are all the episodes out or weekly?" "I don't
    # know": season 2's episode then season 1's premiere, as "when does ep 5 come out" is; how season 2's came out, as listed
    ("is episode 8 out yet?", "out", "8", ("Yes. Season 2, episode 8 came out on 11 March 2026", "Season 1 premiered"),
     "Season 1, episode 8"),
    ("is ep 9 out", "out", "8", ("Yes. Season 1, episode 9 came out with the rest of season 1",), "Season 2, episode 9"),
    ("are all the episodes out or weekly?", "out", "8", ("As TVmaze lists them, season 2 came out with all 8 episodes of "
     "season 2 on the same day, 11 March 2026: all at once", "(TVmaze)"), "I don't know"),
])
async def test_season_2s_episodes_and_whether_one_is_out_follow_the_listing_and_the_status(
    question: str, news: str, listed: str, said: tuple[str, ...], never: str
) -> None:
    text = _text(_engine_under(news, listed), question)
    assert text.startswith(said[0]) and all(part in text for part in said[1:]), text
    assert never not in text, text


# review47b (left47's one-source-out answer joined by hand with lang47's wording): TVmaze's word alone, asked in each
# language lang47 words, is one report in that language, never beside the step before it ("where things stand now:
# in post-production"; the pack's dated earlier news may follow)
@table(("question", "said", "never"), [
    ("is season 2 out?", "Not confirmed yet. Only one source, TVmaze, says season 2 is out", "Where things stand now"),
    ("시즌2 나왔어?", "공개됐다고 하는 곳은 TVmaze 한 곳뿐이에요", "현재 상황"),
    ("シーズン2もう出た?", "配信されたと伝えているのはTVmazeの1社だけです", "現在の状況"),
    ("第二季出了吗", "只有TVmaze一家称其已上线", "目前进展"),
    ("ya salio la temporada 2?", "solo una fuente, TVmaze, dice que ya salió", "Situación actual"),
    ("a segunda temporada ja saiu?", "só uma fonte, TVmaze, diz que ela já saiu", "Situação atual"),
    ("season 2 udah rilis belum?", "hanya satu sumber, TVmaze, yang menyebut season 2 sudah keluar", "Status saat ini"),
    ("kapan season 2 rilis", "hanya satu sumber, TVmaze, yang menyebut season 2 sudah keluar", "Status saat ini"),
    ("시즌2 언제 나와?", "공개됐다고 하는 곳은 TVmaze 한 곳뿐이에요", "현재 상황"),
])
async def test_season_two_out_on_one_sources_word_is_one_report_in_the_askers_language(
    engine: AnswerEngine, current: CurrentStatus, question: str, said: str, never: str
) -> None:
    current.publish(_with(*_tvmaze_out(dt.date(2027, 3, 5))))
    text = _text(engine, question)
    assert said in text and never not in text, text


# review47b: beside a date Netflix set, TVmaze alone listing the season as aired earlier left that date out and said
# "no release date has been announced"
@table("question", ["what's the status of season 2", "is filming done for season 2"])
async def test_one_source_saying_out_never_hides_the_release_date_that_stands(
    engine: AnswerEngine, current: CurrentStatus, question: str
) -> None:
    set_on = dt.date(2027, 2, 1)
    current.publish(_with(_official(Milestone.RELEASE_DATE_ANNOUNCED, set_on, dt.datetime(2027, 3, 12, tzinfo=dt.UTC)),
                          *_tvmaze_out(dt.date(2027, 3, 5))))
    text = _text(engine, question)
    assert "Season 2's release date is 12 March 2027" in text and "no release date has been announced" not in text, text


# moment48: once out, the answer said it twice ("came out on", then "Where things stand now: Season 2 is out") and
# carried the news from before it ("Earlier: ... post-production")
@table("question", ["is season 2 out yet?", "when does season 2 come out?", "what time does s2 drop?", "did s2 come out",
                    "any news on season 2?", "cuándo sale la temporada 2?", "시즌2 언제 나와?"])
async def test_once_season_two_is_out_the_answer_says_so_once_with_its_sources_and_nothing_from_before(
    engine: AnswerEngine, current: CurrentStatus, question: str
) -> None:
    current.publish(compute_status([*claims_from_pack(bundled_pack()),
                                    _official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE)],
                                   RELEASE + dt.timedelta(days=1)))
    answer = engine.answer(question)
    text = render_text(answer, NOTHING)[0]
    assert text.count("\n") == 0 and "post-production" not in text and "Where things stand" not in text, text
    assert answer.confidence == "official" and [s.publisher for s in answer.sources] == ["Netflix Tudum"], answer


async def test_out_on_reports_before_the_official_hour_keeps_both_the_date_and_where_things_stand(
    engine: AnswerEngine, current: CurrentStatus
) -> None:
    early = [replace(_official(Milestone.RELEASED, TODAY), id=f"out:{p}", confidence=Confidence.REPORTED, origin="rss",
                     source=Source(p, t, f"https://example.org/{p}", TODAY), text=t)
             for p, t in (("Soompi", "Season 2 is out now"), ("Pinkvilla", "AOUAD 2 lands on Netflix early"))]
    current.publish(_with(_official(Milestone.RELEASE_DATE_ANNOUNCED, TODAY, RELEASE), *early))
    text = _text(engine, "is season 2 out yet?")
    assert "Where things stand now (reported): Season 2 is out" in text, text


@pytest.mark.parametrize(("question", "day"), [
    ("did s2 come out on the 21st", (0, 21)),  # a day alone: held to the release's own month
    ("is s2 out on the 19th of march", (3, 19)),
    ("is the 2nd season out", None),  # an ordinal that is no day
    ("is it out on the 2nd trailer", None),
])
def test_a_day_asked_alone_is_read_as_a_day_and_an_ordinal_noun_is_not(question: str, day: tuple[int, int] | None) -> None:
    assert asked_day(question) == day


@table(("today", "answered"), [(dt.datetime(2026, 6, 1, tzinfo=dt.UTC), True), (dt.datetime(2027, 6, 1, tzinfo=dt.UTC), False)])
def test_the_engines_clock_decides_whether_a_slate_is_still_to_come(today: dt.datetime, answered: bool) -> None:
    # "is aouad in netflix's 2027 lineup": asked in 2026, whether season 2 comes out in 2027 (no date yet); asked in
    # 2027, that year's slate, which no source gives (never the machine's own date deciding)
    current = CurrentStatus(pack_status(bundled_pack(), SystemClock()).status, clock=ManualClock(today))
    engine = AnswerEngine(bundled_pack(), bundled_resolver(), index=None, season2=current)
    answer = engine.answer("is aouad in netflix's 2027 lineup")
    assert answer.answered is answered
    assert ("No release date for season 2 has been announced" in _text(engine, "is aouad in netflix's 2027 lineup")) is answered


def test_an_answer_remembered_last_year_is_read_again_once_the_clock_reaches_the_slates_year() -> None:
    # the same engine asked in December 2026 and again in January 2027: the slate to come is now this year's
    clock = ManualClock(dt.datetime(2026, 12, 31, 12, tzinfo=dt.UTC))
    engine = AnswerEngine(bundled_pack(), bundled_resolver(), index=None,
                          season2=CurrentStatus(pack_status(bundled_pack(), SystemClock()).status, clock=clock))
    assert engine.answer("is aouad in netflix's 2027 lineup").answered
    clock.advance(dt.timedelta(days=1))
    assert not engine.answer("is aouad in netflix's 2027 lineup").answered
