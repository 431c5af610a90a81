"""Typed answers that only look like the answer: another Korean place a vowel away, and a second
guess of the answer's own kind beside it ("jupiter saturn")."""

from __future__ import annotations

from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.table import table

MATCHER = AnswerMatcher()
YANGDONG = Question(id="h-yangdong", text="Which district does the outbreak spread to?", answers=("Yangdong",))
JUPITER = Question(id="h-jupiter", text="Which is the largest planet?", answers=("Jupiter",))
KOREA = Question(id="h-korea", text="In which country is Busan?", answers=("South Korea", "Korea"))


@table("typed", ["yeongdong", "yongdong", "youngdong", "영동"])
def test_another_korean_place_a_vowel_away_is_not_the_answer(typed: str) -> None:
    assert MATCHER.judge(typed, YANGDONG).verdict is not Verdict.RIGHT


@table("typed", ["yangdong", "yang-dong", "yang dong", "양동", "yangdnog"])
def test_the_korean_place_typed_another_way_is_still_right(typed: str) -> None:
    assert MATCHER.judge(typed, YANGDONG).verdict is Verdict.RIGHT


@table(("typed", "question"), [
    ("jupiter saturn", JUPITER), ("saturn jupiter", JUPITER), ("korea japan", KOREA), ("japan korea", KOREA),
])
def test_one_more_of_the_answers_kind_beside_it_is_several_answers(typed: str, question: Question) -> None:
    assert MATCHER.judge(typed, question).verdict is Verdict.SEVERAL_ANSWERS


@table(("typed", "question"), [
    ("jupiter!!", JUPITER), ("the planet jupiter", JUPITER), ("jupiter lol", JUPITER), ("south korea", KOREA),
])
def test_the_answer_with_chat_or_its_own_words_is_still_right(typed: str, question: Question) -> None:
    assert MATCHER.judge(typed, question).verdict is Verdict.RIGHT


ROOK = Question(id="h-rook", text="Which chess piece is usually valued as 5 points?", answers=("Rook",))
KIDNEY = Question(id="h-kidney", text="What organ processes the sodium in the body?", answers=("Kidney",))
EVEREST = Question(id="h-everest", text="What is the tallest mountain in the world?", answers=("Mount Everest", "Everest"))
RADIOHEAD = Question(id="h-radiohead", text="Thom Yorke is the lead singer with which band?", answers=("Radiohead",))
NIS = Question(id="h-nis", text="For which organisation does Han Du-seok work?", answers=("National Intelligence Service", "NIS"))


@table(("typed", "question"), [
    ("queen rook", ROOK), ("rook bishop", ROOK), ("kidney liver", KIDNEY), ("k2 everest", EVEREST),
    ("coldplay radiohead", RADIOHEAD), ("army nis", NIS), ("nis police", NIS),
    ("beaver moose", Question(id="h-beaver", text="What is Canada's national animal?", answers=("Beaver",))),
])
def test_another_piece_organ_mountain_band_or_agency_beside_the_answer_is_several_answers(
    typed: str, question: Question
) -> None:
    assert MATCHER.judge(typed, question).verdict is Verdict.SEVERAL_ANSWERS


@table(("typed", "question"), [
    ("the rook", ROOK), ("kidneys", KIDNEY), ("mt everest", EVEREST), ("radiohead!!", RADIOHEAD), ("the nis lol", NIS),
])
def test_the_answer_alone_of_its_set_is_still_right(typed: str, question: Question) -> None:
    assert MATCHER.judge(typed, question).verdict is Verdict.RIGHT


# Questions of Red's general list, with another list the server's games learned beside it.
NEWTON = Question(id="h-newton", text="What scientist is famous for his three laws of physics?", answers=("Newton",), list_name="science")
MEMPHIS = Question(
    id="h-memphis", text="In which city was Martin Luther King assassinated in 1968?",
    answers=("Memphis, Tennessee", "memphis", "memphis tennessee"), list_name="history",
)
OTHER_LIST = [
    Question(id="h-other-1", text="Who is the prophet's son in the story?", answers=("Isaac",), list_name="stories"),
    Question(id="h-other-2", text="Which city hosts the Cowboys?", answers=("Dallas",), list_name="stories"),
    Question(id="h-other-3", text="Which city hosts the Braves?", answers=("Atlanta",), list_name="stories"),
]


def _learned() -> AnswerMatcher:
    matcher = AnswerMatcher()
    matcher.add_lists([NEWTON, MEMPHIS, *OTHER_LIST])
    return matcher


@table("typed", ["isaac newton", "sir isaac newton", "isaac newton!!"])
def test_a_given_name_before_a_surname_answered_alone_is_his_though_another_list_answers_it(typed: str) -> None:
    assert _learned().judge(typed, NEWTON).verdict is Verdict.RIGHT


@table("typed", ["dallas memphis", "atlanta memphis"])
def test_a_city_another_list_answers_beside_a_city_answered_is_several_answers(typed: str) -> None:
    assert _learned().judge(typed, MEMPHIS).verdict is Verdict.SEVERAL_ANSWERS


@table("typed", ["memphis tn", "memphis, tennessee", "memphis tennessee"])
def test_the_city_with_its_state_is_still_right(typed: str) -> None:
    assert _learned().judge(typed, MEMPHIS).verdict is Verdict.RIGHT


PAINTER = Question(id="h-painter", text="Who painted the ceiling of the Sistine Chapel?", answers=("Michelangelo",))
RAMEN = Question(id="h-ramen", text="(Naruto) What is Naruto's favorite food?", answers=("Ramen",))


@table(("typed", "question"), [
    ("einstein newton", NEWTON), ("galileo newton", NEWTON), ("raphael michelangelo", PAINTER),
    ("michelangelo da vinci", PAINTER), ("sushi ramen", RAMEN), ("ramen udon", RAMEN),
])
def test_another_person_known_by_one_name_or_another_dish_beside_the_answer_is_several_answers(
    typed: str, question: Question,
) -> None:
    assert MATCHER.judge(typed, question).verdict is Verdict.SEVERAL_ANSWERS


@table(("typed", "question"), [
    ("isaac newton", NEWTON), ("michelangelo buonarroti", PAINTER), ("ichiraku ramen", RAMEN), ("ramen 🍜", RAMEN),
])
def test_the_answer_with_its_own_name_or_kind_is_still_right(typed: str, question: Question) -> None:
    assert MATCHER.judge(typed, question).verdict is Verdict.RIGHT


CUBS = Question(
    id="h-cubs", text="What team won the 2016 World Series? Cubs, Royals, or Indians", answers=("Cubs", "cubs"), list_name="mlb",
)
TEAMS = [
    Question(id="h-team-1", text="Which team plays at Wrigley Field?", answers=("Chicago Cubs",), list_name="ballparks"),
    Question(id="h-team-2", text="Which city hosts the Red Sox?", answers=("Boston",), list_name="ballparks"),
    Question(id="h-team-3", text="Which city hosts the Bulls?", answers=("Chicago",), list_name="ballparks"),
]


def test_the_city_a_learned_list_names_the_team_with_is_where_it_plays() -> None:
    matcher = AnswerMatcher()
    matcher.add_lists([CUBS, *TEAMS])
    assert matcher.judge("chicago cubs", CUBS).verdict is Verdict.RIGHT


def test_another_city_before_the_team_is_another_guess() -> None:
    matcher = AnswerMatcher()
    matcher.add_lists([CUBS, *TEAMS])
    assert matcher.judge("boston cubs", CUBS).verdict is Verdict.SEVERAL_ANSWERS
