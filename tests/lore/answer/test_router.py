"""The answer engine (bot/lore/answer/router.py) on the question table: free-text questions and what
the answer must say (and hide)."""

from __future__ import annotations

import dataclasses
import re

from bot.lore.answer import Answer, AnswerEngine, answer_json, render_text
from bot.lore.content import ContentPack, bundled_pack
from bot.show import NOTHING, Position
from tests.lore.helpers import bundled_resolver
from tests.table import table

HIDDEN = "||"
SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)

# Actor <-> character pairs as the fact sheet gives them (written here, not read from the pack).
CAST = [
    ("Park Ji-hu", "Nam On-jo", "On-jo"),
    ("Yoon Chan-young", "Lee Cheong-san", "Cheong-san"),
    ("Cho Yi-hyun", "Choi Nam-ra", "Nam-ra"),
    ("Lomon", "Lee Su-hyeok", "Su-hyeok"),
    ("Yoo In-soo", "Yoon Gwi-nam", "Gwi-nam"),
    ("Lee Yoo-mi", "Lee Na-yeon", "Na-yeon"),
    ("Im Jae-hyuk", "Yang Dae-su", "Dae-su"),
    ("Ha Seung-ri", "Jang Ha-ri", "Ha-ri"),
    ("Lee Eun-saem", "Park Mi-jin", "Mi-jin"),
    ("Kim Bo-yoon", "Seo Hyo-ryeong", "Hyo-ryeong"),
    ("Kim Byung-chul", "Lee Byeong-chan", "Byeong-chan"),
    ("Jeon Bae-soo", "Nam So-ju", "So-ju"),
    ("Lee Kyu-hyung", "Song Jae-ik", "Jae-ik"),
    ("Son Sang-yeon", "Jang Woo-jin", "Woo-jin"),
    ("Ham Sung-min", "Han Gyeong-su", "Gyeong-su"),
    ("Kim Joo-ah", "Yoon I-sak", "I-sak"),
    ("Lee Min-jae", "Yong Ma-ru", "Yong Ma-ru"),
    ("Roh Jae-won", "Han Du-seok", "Han Du-seok"),
]

# (question, watched, texts the answer must contain, answered)
Row = tuple[str, int, tuple[str, ...], bool]

TABLE: list[Row] = []
for actor, character, short in CAST:
    TABLE.append((f"Who plays {short}?", 0, (actor,), True))
    TABLE.append((f"who is the actor of {character}", 0, (actor,), True))
    TABLE.append((f"Who does {actor} play?", 0, (character,), True))
    TABLE.append((f"what role does {actor} play", 0, (character,), True))

TABLE += [
    # misspellings from the articles, romanizations, Hangul, stage names
    ("who does I'm Jae-hyuk play", 0, ("Yang Dae-su",), True),
    ("who does Lee Eun-same play?", 0, ("Park Mi-jin",), True),
    ("who plays Choi Nam-are", 0, ("Cho Yi-hyun",), True),
    ("who does Yoon Cha-yeong play", 0, ("Lee Cheong-san",), True),
    ("who plays Hyo-Kyung", 0, ("Kim Bo-yoon",), True),
    ("who plays Su-hook?", 0, ("Lomon",), True),
    ("who plays Cheong-sak", 0, ("Yoon Chan-young",), True),
    ("who plays Lee Soo-hyuk", 0, ("Lomon",), True),
    ("who plays Lee Chung-san", 0, ("Yoon Chan-young",), True),
    ("who does Park Solomon play", 0, ("Lee Su-hyeok",), True),
    ("who does Romon play", 0, ("Lee Su-hyeok",), True),
    ("who does Park Ji-hoo play", 0, ("Nam On-jo",), True),
    ("who does Lim Jae-hyeok play", 0, ("Yang Dae-su",), True),
    ("who plays Kwi-nam", 0, ("Yoo In-soo",), True),
    ("who plays onjo", 0, ("Park Ji-hu",), True),
    ("WHO PLAYS ON JO", 0, ("Park Ji-hu",), True),
    ("남온조 누가 연기해?", 0, ("Park Ji-hu",), True),
    ("who is 이청산", 0, ("이청산",), True),  # a Hangul name makes it Korean: answered so since lang52
    ("who plays Cheongsann", 0, ("Yoon Chan-young",), True),
    ("who plays Mr. Lee", 0, ("Kim Byung-chul",), True),
    # who is
    ("who is On-jo?", 0, ("Nam On-jo", "rescue worker"), True),
    ("who is Gwi-nam", 0, ("bully",), True),
    ("who is Nam-ra", 0, ("class president",), True),
    ("tell me about Su-hyeok", 0, ("Lee Su-hyeok", "Lomon"), True),
    ("who is Lomon", 0, ("Park Solomon", "Lee Su-hyeok"), True),
    ("who is Park Chul-soo", 0, ("Film Monster",), True),
    ("who is Han Du-seok", 0, ("National Intelligence Service", "Roh Jae-won"), True),
    ("who is Ahn Dong-goo", 0, ("Netflix",), True),
    # relationships and possessives
    ("who is On-jo's father?", 0, ("Nam So-ju",), True),
    ("On-jo's dad", 0, ("Nam So-ju",), True),
    ("who is Ha-ri's brother", 0, ("Jang Woo-jin",), True),
    ("who is Woo-jin's sister", 0, ("Jang Ha-ri",), True),
    ("who is So-ju's daughter", 0, ("Nam On-jo",), True),
    ("Who is Jin-su's father?", 0, ("Lee Byeong-chan",), True),
    ("who is Byeong-chan's son", 0, ("Lee Jin-su",), True),
    ("who has a crush on On-jo", 0, ("Lee Cheong-san",), True),
    ("who does Cheong-san love", 0, ("Nam On-jo",), True),
    ("who is On-jo's crush", 0, ("Lee Su-hyeok",), True),
    ("who is Cheong-san's neighbour", 0, ("Nam On-jo",), True),
    ("who killed Woo-jin?", 12, ("Choi Nam-ra",), True),
    ("who killed Woo-jin?", 0, (HIDDEN,), True),
    ("how are On-jo and Cheong-san related", 0, ("Nam On-jo",), True),
    # fates at several progress values
    ("what happens to Cheong-san?", 12, ("Gwi-nam bites him", "episode 11"), True),
    ("what happens to Cheong-san?", 0, (HIDDEN,), True),
    ("what happens to Cheong-san?", 10, (HIDDEN,), True),
    ("is Nam-ra dead?", 12, ("halfbie",), True),
    ("is Nam-ra dead?", 5, ("Up to this point in the story", "alive"), True),  # true at episode 5
    ("Is Hyo-ryeong alive?", 12, ("Yes",), True),
    ("does Na-yeon die?", 12, ("Yes",), True),
    ("does I-sak die", 2, ("I-sak",), True),
    ("does I-sak die", 1, ("Up to this point in the story", "not infected"), True),
    ("which episode does Gwi-nam die?", 12, ("Season 1, episode 11",), True),
    ("which episode does Gwi-nam die?", 3, (HIDDEN,), True),
    ("when does So-ju die", 12, ("Season 1, episode 11",), True),
    ("is Lee Cheong-san alive?", 12, ("Uncertain",), True),
    ("what happened to Byeong-chan", 4, ("police station",), True),
    ("what happened to Byeong-chan", 3, (HIDDEN,), True),
    ("is Woo-jin alive at the end", 12, ("No",), True),
    ("does Dae-su survive", 12, ("Yes",), True),
    ("is Su-hyeok alive", 11, ("Up to this point in the story", "Yes"), True),
    ("how many students survive", 12, ("Six",), True),
    ("how many students survive", 0, (HIDDEN,), True),
    ("what happens to Park Ji-hu's character", 12, ("Nam On-jo",), True),
    # episodes
    ("what happens in episode 3", 3, ("Season 1, episode 3", "broadcasting room"), True),
    ("what happens in episode 3", 2, (HIDDEN,), True),
    ("episode 1 summary", 1, ("Season 1, episode 1",), True),
    ("who dies in episode 11", 11, ("Nam So-ju",), True),
    ("who dies in episode 11", 10, (HIDDEN,), True),
    ("what happens in the last episode", 12, ("Season 1, episode 12",), True),
    ("what happens in the first episode", 1, ("Season 1, episode 1",), True),
    ("what happens in episode 13", 0, ("no season 1, episode 13",), True),
    ("what happens in s1e3", 3, ("Season 1, episode 3", "broadcasting room"), True),
    ("who dies in 1x11", 11, ("Nam So-ju",), True),
    ("what happens in season 1, ep 4", 4, ("Season 1, episode 4",), True),
    ("what happens in s2e1", 12, ("nothing of season 2, episode 1",), True),
    ("ep 5", 5, ("Season 1, episode 5",), True),
    ("who dies in episode 4", 4, ("Byeong-chan",), True),
    # show facts and production
    ("when did it premiere?", 0, ("28 January 2022",), True),
    ("When did All of Us Are Dead come out?", 0, ("28 January 2022",), True),
    ("how many episodes are there", 0, ("12 episodes",), True),
    ("what is it based on", 0, ("Now at Our School", "Joo Dong-geun"), True),
    ("who wrote the webtoon", 0, ("Joo Dong-geun",), True),
    ("is it based on a webtoon?", 0, ("Now at Our School",), True),
    ("who directed it", 0, ("Lee Jae-kyoo", "Kim Nam-su"), True),
    ("who are the directors", 0, ("Lee Jae-kyoo",), True),
    ("who wrote the series", 0, ("Chun Sung-il",), True),
    ("who is the writer", 0, ("Chun Sung-il",), True),
    ("which studios made it", 0, ("JTBC Studios", "Film Monster"), True),
    ("what production company made the show", 0, ("JTBC Studios",), True),
    ("what rating is it", 0, ("TV-MA",), True),
    ("what is the virus called", 0, ("Jonas",), True),
    ("where is it set", 0, ("Hyosan",), True),
    ("What's the Korean title?", 0, ("지금 우리 학교는",), True),
    ("what does the title mean", 0, ("Now at Our School",), True),
    ("where was it filmed", 0, ("Andong",), True),
    ("when did filming of season 1 start?", 0, ("June 2020",), True),
    ("did it win any awards", 0, ("Baeksang",), True),
    ("how many hours did it get in the first three days", 0, ("124.79 million",), True),
    ("who is the showrunner", 0, ("Lee Jae-kyoo",), True),
    ("who is Jo Yi-hyun", 0, ("Choi Nam-ra",), True),
    # season 2
    ("when is season 2 coming out", 0, ("No release date for season 2 has been announced",), True),
    ("season 2 release date?", 0, ("No release date for season 2 has been announced",), True),
    ("is season 2 filming?", 0, ("Filming is done", "post-production"), True),
    ("was season 2 renewed", 0, ("6 June 2022", "Geeked Week"), True),
    ("when was season 2 announced", 0, ("6 June 2022",), True),
    ("has season 2 finished filming", 0, ("February 2026", "Reportedly"), True),
    ("did season 2 wrap?", 0, ("February 2026",), True),
    ("who is in the season 2 cast", 0, ("Park Ji-hu", "Lee Min-jae", "Kim Si-eun"), True),
    ("who is returning for season 2", 0, ("Cho Yi-hyun",), True),
    ("is Gwi-nam in season 2", 0, ("not in the season 2 cast",), True),
    ("is Cheong-san in season 2", 0, ("is in the season 2 cast",), True),
    ("is Roh Yoon-seo in season 2?", 0, ("would not appear",), True),
    ("is there a season 2 trailer", 0, ("fan-made",), True),
    ("has season 2 been cancelled?", 0, ("No",), True),
    ("how many episodes will season 2 have", 0, ("not announced",), True),
    ("what is season 2 about", 0, ("university student",), True),
    ("what is the status of season 2", 0, ("Where things stand now", "post-production"), True),
    ("is season 2 in post-production", 0, ("post-production",), True),
    ("what is the budget for season 2", 0, ("Rumour:",), True),
    ("did season 2 start filming in 2025?", 0, ("Yes",), True),
    # refuted claims
    ("did season 2 start filming in 2022?", 0, ("No.", "September 2022", "October 2022", "Teen Vogue", "wrong"), True),
    ("was season 2 filmed in September 2022?", 0, ("No.", "September 2022"), True),
    ("will season 2 come out in 2023?", 0, ("No.", "come out in 2023", "wrong"), True),
    ("is season 2 out in 2024?", 0, ("No.", "wrong"), True),
    ("did the virus come from Japan?", 0, ("No.", "Japan", "wrong", "What settles it (reported"), True),
    ("is everyone dead at the end?", 12, ("No.", "quarantine camp"), True),
    ("is everyone dead at the end?", 0, (HIDDEN,), True),
    ("did season 1 have 8 episodes?", 0, ("12",), True),
    ("who is Cheong-san's mother", 0, ("fried-chicken restaurant",), True),  # a name, not a relation
    ("who is Cheong-san's parent", 0, ("Cheong-san's mother", "fried-chicken"), True),
    ("did filming of season 1 begin in mid-2021?", 0, ("No.", "June 2020"), True),
    ("did season 2 start filming in 2023?", 0, ("No, not in 2023", "23 July 2025"), True),
    ("did season 2 wrap filming in 2023?", 0, ("no, not in 2023", "February 2026"), True),
    ("did season 2 go into pre-production in 2023?", 0, ("yes", "pre-production"), True),
    # ambiguous and out of scope
    ("who plays Lee?", 0, ("could mean several",), False),
    ("who is Kim", 0, ("could mean several",), False),
    ("who betrays the group", 12, ("don't call anyone a traitor", "roof door locked", "Ji-min abandons"), True),
    # a family word said alone fits several: whom it could mean (hidden as far as it spoils), and which
    ("does the dad die", 12, ("could mean several", "On-jo's father (Nam So-ju)", "Jin-su's father", "Which one?"), False),
    ("does the dad die", 0, ("On-jo's father", "||Jin-su's father (Lee Byeong-chan)||"), False),
    ("does the mother die", 12, ("Cheong-san's mother", "Jin-su's mother", "Which one?"), False),
    ("what happens to the mom", 3, ("Cheong-san's mother", "||Jin-su's mother||"), False),
    ("who is cheong", 0, ("Did you mean Lee Cheong-san?",), False),  # part of a given name: offered
    ("who is gwi", 0, ("Did you mean Yoon Gwi-nam?",), False),
    ("who is su", 0, ("could be part of several names", "Lee Su-hyeok", "Yang Dae-su"), False),
    ("who won the world cup", 0, ("I don't know that",), False),
    ("what is the capital of France", 0, ("I don't know that",), False),
    ("how do I bake bread", 0, ("I don't know that",), False),
    ("who is Harry Potter", 0, ("I don't know that",), False),
    ("what's the weather tomorrow", 0, ("I don't know that",), False),
    ("asdfghjkl", 0, ("I don't know that",), False),
    ("", 0, ("Ask me something",), False),
    ("   ", 0, ("Ask me something",), False),
    ("@everyone who plays On-jo?", 0, ("Park Ji-hu",), True),
    ("who plays ||On-jo||?", 0, ("Park Ji-hu",), True),
    ("who plays On\u200b-jo\u202e?", 0, ("Park Ji-hu",), True),
]




def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 150


@table(("question", "watched", "expected", "answered"), TABLE)
async def test_question_table(
    engine: AnswerEngine, question: str, watched: int, expected: tuple[str, ...], answered: bool
) -> None:
    answer = engine.answer(question)
    text, _ = render_text(answer, Position.legacy(watched))
    assert answer.answered is answered, text
    for needle in expected:
        if needle == HIDDEN:
            assert text.startswith(HIDDEN), text
        else:
            assert needle in text, text


async def test_every_answered_reply_names_a_source(engine: AnswerEngine) -> None:
    for question, _, _, answered in TABLE:
        if answered:
            answer = engine.answer(question)
            assert answer.sources, question


async def test_a_reported_fact_is_labelled(engine: AnswerEngine) -> None:
    answer = engine.answer("has season 2 finished filming")
    assert answer.confidence == "reported"
    assert render_text(answer, NOTHING)[0].startswith("Reportedly")


REFUTED = [
    "did season 2 start filming in 2022?",
    "will season 2 come out in 2023?",
    "is everyone dead at the end?",
    "did the virus come from Japan?",
    "did filming of season 1 begin in mid-2021?",
    "did season 2 start filming in 2024?",
]


@table("question", REFUTED)
async def test_a_refuted_claim_is_answered_no_without_a_hedge(engine: AnswerEngine, question: str) -> None:
    text, _ = render_text(engine.answer(question), Position(1, 12))
    assert text.startswith("No."), text
    # Confidence is said inside a line ("What settles it (reported): ..."), never before a verdict
    # or a heading.
    assert "Reportedly: " not in text and "Rumour: " not in text, text


@table("question", REFUTED)
async def test_a_refuted_claim_answer_never_repeats_a_date(engine: AnswerEngine, question: str) -> None:
    text, _ = render_text(engine.answer(question), Position(1, 12))
    for line in text.split("\n"):
        assert not re.search(r"(\w+ \d{4})\W[^\n]*\(\1\)", line), line


# A step of season 2 asked in a period (a month, a year, a season of the year) is answered from the
# claims about that step: yes with its source and date, "I don't know" when none is dated then (an
# announcement) or "not in" that period with when it happened (a single step: the start, the wrap,
# the renewal), never "No." off a guess at the release made for that year.
PERIOD_ASKS = [
    ("was season 2 announced in july 2025", ("Yes.", "23 July 2025", "in production"), True),
    ("was season 2 announced in 2025", ("Yes.", "23 July 2025"), True),
    ("was season 2 announced in summer 2025", ("Yes.", "23 July 2025"), True),
    ("was season 2 announced in summer of 2025?", ("Yes.", "23 July 2025"), True),
    ("was season 2 announced in june 2022", ("Yes.", "6 June 2022", "Geeked Week"), True),
    ("was season 2 confirmed in 2022", ("Yes.", "6 June 2022"), True),
    ("was season 2 announced in march 2025", ("I don't know of a season-2 announcement in March 2025",
                                              "6 June 2022", "23 July 2025"), False),
    ("was season 2 announced in 2024", ("I don't know of a season-2 announcement in 2024",), False),
    ("was the s2 cast announced in july 2025", ("Yes.", "23 July 2025", "Lee Min-jae"), True),
    ("was the season 2 cast revealed in 2025", ("Yes.", "23 July 2025", "Kim Si-eun"), True),
    ("was the cast for season 2 confirmed in july 2025", ("Yes.", "Roh Jae-won"), True),
    ("was the s2 cast announced in 2024", ("I don't know of a season-2 cast announcement in 2024", "23 July 2025"), False),
    ("did season 2 start filming in july 2025", ("Yes.", "23 July 2025"), True),
    ("did season 2 start filming in summer 2025", ("Yes.", "23 July 2025"), True),
    ("did season 2 start filming in march 2025", ("No, not in March 2025", "23 July 2025"), True),
    ("did s2 finish filming in feb 2026", ("Reportedly, yes", "February 2026"), True),
    ("did season 2 wrap in january 2026", ("no, not in January 2026", "18 February 2026"), True),
    ("did season 2 wrap in 2025", ("no, not in 2025", "February 2026"), True),
    ("was season 2 renewed in june 2022", ("Yes.", "6 June 2022"), True),
    ("was season 2 renewed in 2024", ("no, not in 2024", "June 2022"), True),
    ("시즌2 2025년 7월에 발표됐어?", ("네.", "2025년 7월 23일"), True),  # in Korean since lang54
    ("시즌2 캐스팅 2025년에 발표됐어?", ("네.", "2025년 7월 23일"), True),  # in Korean since lang55 (the cast announcement has its words)
]


@table(("question", "expected", "answered"), PERIOD_ASKS)
async def test_a_season2_step_asked_in_a_period_is_answered_from_that_step(
    engine: AnswerEngine, question: str, expected: tuple[str, ...], answered: bool
) -> None:
    text, _ = render_text(engine.answer(question), NOTHING)
    assert engine.answer(question).answered is answered, text
    assert "release to 2024 or 2025" not in text and "arrive in 2024" not in text, text  # never a release guess
    for needle in expected:
        assert needle in text, text


async def test_both_2022_filming_rumours_are_refuted_with_what_settles_them(engine: AnswerEngine) -> None:
    answer = engine.answer("did season 2 start filming in 2022?")
    text, _ = render_text(answer, NOTHING)
    assert "Photos shared on Twitter" in text and "TikTok" in text
    assert "What settles it (reported): Park Ji-hu told Teen Vogue" in text
    assert answer.intent == "claim.refuted" and answer.confidence == "reported"


async def test_a_spoiling_answer_reports_its_episode(engine: AnswerEngine) -> None:
    answer = engine.answer("what happens to Cheong-san?")
    assert render_text(answer, NOTHING)[1] == Position(1, 11)
    assert answer.spoils == Position(1, 11)


async def test_a_safe_answer_has_no_spoiler_episode(engine: AnswerEngine) -> None:
    assert render_text(engine.answer("who plays On-jo?"), NOTHING)[1] is None


async def test_json_has_exactly_the_documented_keys(engine: AnswerEngine) -> None:
    data = answer_json(engine.answer("who plays On-jo?"), NOTHING)
    assert set(data) == {"question", "answered", "answer", "spoils", "spoils_episode", "confidence", "sources"}
    assert set(data["sources"][0]) == {"publisher", "title", "url", "date"}  # type: ignore[index]


async def test_dont_know_lists_what_can_be_answered(engine: AnswerEngine) -> None:
    answer: Answer = engine.answer("who won the world cup")
    assert "who plays a character" in render_text(answer, NOTHING)[0]
    assert answer.sources == []


@table("question", ["did namra betray suhyeok", "who betrayed onjo"])
async def test_a_betrayal_not_told_repeats_the_names_asked_so_a_reply_hides_it_as_the_question(
        engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and "betrays" in answer.parts[0].text and answer.parts[0].echoes


def test_structured_path_needs_no_database() -> None:
    engine = AnswerEngine(bundled_pack(), bundled_resolver(), index=None)
    answer = engine.answer("who plays On-jo?")
    assert answer is not None and "Park Ji-hu" in render_text(answer, NOTHING)[0]


# -- claims spoil by their own `spoils` field ---------------------------------------------------


def _with_claim_spoils(claim_id: str, spoils: Position) -> ContentPack:
    pack = bundled_pack()
    claims = dict(pack.claims)
    claims[claim_id] = dataclasses.replace(claims[claim_id], spoils=spoils)
    return dataclasses.replace(pack, claims=claims)


def _claims_shown(pack: ContentPack, text: str) -> set[str]:
    return {c.id for c in pack.claims.values() if c.text.rstrip(".") in text}


def test_a_claim_is_hidden_until_the_episode_its_spoils_field_names() -> None:
    question = "is there a season 2 trailer"
    shown = _claims_shown(bundled_pack(), render_text(AnswerEngine.build(bundled_pack()).answer(question), NOTHING)[0])
    assert len(shown) == 1
    (claim_id,) = shown
    engine = AnswerEngine.build(_with_claim_spoils(claim_id, Position(1, 7)))
    answer = engine.answer(question)
    assert render_text(answer, Position(1, 6))[0].startswith(HIDDEN)
    assert not render_text(answer, Position(1, 7))[0].startswith(HIDDEN)
    assert answer.spoils == Position(1, 7)


def test_a_claim_is_never_guessed_a_spoiler_from_its_words() -> None:
    # A season-1 claim about who dies: safe when the pack says it spoils nothing.
    question = "Article 000 claimed that everyone is dead by the end of Season 1"
    pack = bundled_pack()
    claim = pack.claims["a000-everyone-dead"]
    assert claim.season == 1 and claim.spoils > NOTHING
    text, _ = render_text(AnswerEngine.build(_with_claim_spoils(claim.id, NOTHING)).answer(question), NOTHING)
    first = text.split("\n")[0]
    assert first.startswith("No. ") and claim.text.rstrip(".") in first  # shown, not hidden


def test_every_spoiling_claim_an_answer_shows_is_hidden_until_its_episode() -> None:
    pack = bundled_pack()
    engine = AnswerEngine.build(pack)
    surfaced = 0
    for claim in (c for c in pack.claims.values() if c.spoils > NOTHING):
        answer = engine.answer("is it true that " + claim.text)
        needle = claim.text.rstrip(".")
        if needle not in render_text(answer, Position(1, 12))[0]:
            continue
        surfaced += 1
        before, spoils = render_text(answer, Position.legacy(claim.spoils.episode - 1))
        assert needle not in SPOILER_SPAN.sub("", before), claim.id
        assert spoils is not None and spoils >= claim.spoils
    assert surfaced >= 3
