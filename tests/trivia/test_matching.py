"""Typed-answer matching: the table of guesses, Red's failure cases first."""

from __future__ import annotations

from bot.lore.names import Entity, NameResolver
from bot.trivia.matching import AnswerMatcher, Verdict, allowed_edits, normalize
from bot.trivia.model import Question
from tests.table import table


def q(*answers: str, choices: tuple[str, ...] = ()) -> Question:
    return Question(id="m-" + "|".join(answers) + "|" + "|".join(choices), text="?", answers=answers, choices=choices)


ON_JO = Entity("character", "nam-on-jo", "Nam On-jo")
NAM_RA = Entity("character", "choi-nam-ra", "Choi Nam-ra")
PARK_JI_HU = Entity("person", "park-ji-hu", "Park Ji-hu")
LOMON = Entity("person", "lomon", "Lomon")
RESOLVER = NameResolver(
    [
        (ON_JO, ("Ohn-jo", "Onjo", "On Jo"), (), "남온조"),
        (NAM_RA, ("Nam-Ra",), ("Choi Nam-are",), "최남라"),
        (PARK_JI_HU, ("Park Ji-hoo", "Park Jihu"), ("Park Jo Hoo",), "박지후"),
        (LOMON, ("Park Solomon", "Solomon Park"), ("Romon",), "로몬"),
    ]
)

PARIS = q("Paris")
POKEMON = q("Pokémon")
TWELVE = q("12", "twelve")
JONAS = q("Jonas virus", "Jonas")
HALL = q("Hall & Oates")
TRAIN = q("Train to Busan")
PARK = q("Park Ji-hu", "Park Ji-hoo", "Park Jihu")
LOMON_Q = q("Lomon", "Park Solomon")
ONJO_Q = q("Nam On-jo", "On-jo")
BOW = q("bow and arrow", "bow", "archery")
FOUR_MONTHS = q("four months", "4", "four")
YEAR = q("1997")
SHORT = q("Oz")
WEBTOON = q("Now at Our School", "Jigeum Uri Hakgyoneun", "지금 우리 학교는")
CLASS = q("2-5", "class 2-5")
CHOICE = q("Lee Yoo-mi", choices=("Lee Yoo-mi", "Kim Bo-yoon", "Ha Seung-ri", "Lee Eun-saem"))

TABLE: list[tuple[str, Question, str]] = [
    # Red's failures (#331, #2168)
    ("Paris.", PARIS, "correct"),
    ("paris", PARIS, "correct"),
    ("  PARIS!!  ", PARIS, "correct"),
    ("pokemon", POKEMON, "correct"),
    ("POKÉMON", POKEMON, "correct"),
    ("london paris berlin", PARIS, "multiple"),
    ("Paris, London", PARIS, "multiple"),
    ("paris / rome", PARIS, "multiple"),
    ("Berlin or Paris", PARIS, "multiple"),
    # framing words and articles
    ("it's Paris", PARIS, "correct"),
    ("I think paris", PARIS, "correct"),
    ("the Jonas virus", JONAS, "correct"),
    ("Jonas", JONAS, "correct"),
    ("jonas-virus", JONAS, "correct"),
    # numbers
    ("twelve", TWELVE, "correct"),
    ("12", TWELVE, "correct"),
    ("Twelve.", q("12"), "correct"),
    ("12", q("twelve"), "correct"),
    ("13", TWELVE, "wrong"),
    ("11", q("12"), "wrong"),
    ("1996", YEAR, "wrong"),
    ("nineteen ninety seven", YEAR, "correct"),  # a year said in two halves
    ("nineteen ninety six", YEAR, "wrong"),
    ("4 months", FOUR_MONTHS, "correct"),
    ("Four", FOUR_MONTHS, "correct"),
    ("5", FOUR_MONTHS, "wrong"),
    ("twenty-one", q("21"), "correct"),
    # & and "and"
    ("Hall and Oates", HALL, "correct"),
    ("hall & oates", HALL, "correct"),
    ("ｈａｌｌ ＆ ｏａｔｅｓ", HALL, "correct"),
    # hyphens and spaces
    ("2-5", CLASS, "correct"),
    ("2 5", CLASS, "correct"),
    ("class 2-5", CLASS, "correct"),
    ("2-4", CLASS, "wrong"),
    # short answers are exact
    ("Oz", SHORT, "correct"),
    ("Ox", SHORT, "wrong"),
    ("bow", BOW, "correct"),
    ("cow", BOW, "wrong"),
    ("bows and arrows", BOW, "correct"),
    # typos, length-aware
    ("pokemn", POKEMON, "correct"),
    ("Tran to Busan", TRAIN, "correct"),
    ("Train to Pusan", TRAIN, "correct"),
    ("Traim tu Busam", TRAIN, "close"),
    ("Train to Seoul", TRAIN, "wrong"),
    ("Parsi", PARIS, "close"),
    ("Pariss", PARIS, "correct"),
    ("Prais", PARIS, "close"),
    ("Rome", PARIS, "wrong"),
    ("Now at Out School", WEBTOON, "correct"),
    ("지금 우리 학교는", WEBTOON, "correct"),
    ("jigeum uri hakgyoneun", WEBTOON, "correct"),
    # romanizations
    ("Park Ji-hoo", PARK, "correct"),
    ("park jihu", PARK, "correct"),
    ("Park Ji Hu", PARK, "correct"),
    ("Park Jee-hu", q("Park Ji-hu"), "correct"),
    ("Jeong Hyo-ryung", q("Cheong Hyo-ryeong"), "correct"),
    ("Cheju Island", q("Jeju Island"), "correct"),  # an older romanization, initials ch ~ j
    ("onjo", ONJO_Q, "correct"),
    # multiple choice typed as text
    ("Lee Yoo-mi", CHOICE, "correct"),
    ("Lee Yoo-mi Kim Bo-yoon", CHOICE, "multiple"),
    ("Kim Bo-yoon", CHOICE, "wrong"),
    # an answer giving its alternatives ("A / B", "A or B"): either one typed alone (not a slash inside a name)
    ("Park Solomon", q("Lomon / Park Solomon"), "correct"),
    ("rescue worker", q("firefighter or rescue worker"), "correct"),
    ("Zilean", Question(id="m-jax", text='Who has a skill called "Chronobreak"?', answers=("Jax or Zilean",)), "correct"),
    ("Tennis", Question(id="m-slam", text="Name one of the two sports with four Grand Slams", answers=("Tennis or Golf",)), "correct"),
    ("7", Question(id="m-gen", text="Which generation introduced no new fossils?", answers=("2 or 7",)), "correct"),
    # (a title or a phrase with "or" in it is one answer: half of it is only close)
    ("Black", Question(id="m-mj", text="(Identify the Michael Jackson song) I ain't scared of no sheets", answers=("Black or White",)), "close"),
    ("Truth", Question(id="m-nm", text="The Outbreak gamemode takes place where in New Mexico?", answers=("Truth or Consequences",)), "close"),
    ("Black or White", Question(id="m-mj2", text="(Identify the Michael Jackson song) I ain't scared of no sheets", answers=("Black or White",)), "correct"),
    ("AC", q("AC/DC"), "wrong"),
    # (two single plain words with "or" between are a set phrase, not alternatives: half of it is no answer)
    ("truth", Question(id="m-td", text="What game do the students play before the outbreak?", answers=("truth or dare",)), "close"),
    ("life", Question(id="m-ld", text="What does the teacher call the stakes?", answers=("life or death",)), "close"),
    # (a question asking for two at once lists both in its "A / B" answer: one alone is half of it)
    ("Cheong-san", Question(id="m-two", text="Which two students kiss on the rooftop?", answers=("Cheong-san / On-jo",)), "close"),
    # nonsense
    ("", PARIS, "wrong"),
    ("!!!", PARIS, "wrong"),
    ("the", PARIS, "wrong"),
    ("a" * 5000, PARIS, "wrong"),
    ("Paris" + " " * 3990 + "or not", PARIS, "correct"),  # a hedge after a long run of spaces (perf65: 5 s, square time)
]


@table(("guess", "question", "verdict"), TABLE, ids=[f"{g[:30]!r}->{v}" for g, _, v in TABLE])
def test_matching_table_without_resolver(guess: str, question: Question, verdict: str) -> None:
    assert AnswerMatcher().match(guess, question).verdict == verdict


@table(("guess", "question", "verdict"), TABLE, ids=[f"{g[:30]!r}->{v}" for g, _, v in TABLE])
def test_matching_table_with_resolver(guess: str, question: Question, verdict: str) -> None:
    assert AnswerMatcher(RESOLVER).match(guess, question).verdict == verdict


RESOLVER_TABLE: list[tuple[str, Question, str]] = [
    ("Ohn-jo", ONJO_Q, "correct"),
    ("Ji-hu", q("Park Ji-hu"), "correct"),  # a given name the lore knows
    ("Park Jo Hoo", q("Park Ji-hu"), "correct"),  # a misspelling the lore knows
    ("박지후", q("Park Ji-hu"), "correct"),
    ("Solomon Park", q("Lomon"), "correct"),
    ("Romon", q("Lomon"), "correct"),
    ("On-jo", q("Nam On-jo"), "correct"),
    ("남온조", q("Nam On-jo"), "correct"),
    ("Nam-ra", q("Nam On-jo"), "wrong"),
    ("Nam-ra On-jo", q("Nam On-jo"), "multiple"),
    ("On-jo and Nam-ra", q("Nam On-jo"), "multiple"),
    ("Choi Nam-ra, Nam On-jo", q("Choi Nam-ra"), "multiple"),
]


@table(("guess", "question", "verdict"), RESOLVER_TABLE, ids=[f"{g!r}->{v}" for g, _, v in RESOLVER_TABLE])
def test_names_resolve_through_the_lore_resolver(guess: str, question: Question, verdict: str) -> None:
    assert AnswerMatcher(RESOLVER).match(guess, question).verdict == verdict


def test_match_reports_the_accepted_answer_it_matched() -> None:
    result = AnswerMatcher().match("Pokemn", POKEMON)
    assert result.matched == "Pokémon" and result.correct


def test_without_resolver_a_different_name_two_edits_away_is_wrong() -> None:
    assert AnswerMatcher().match("Park Ji-hoon", q("Park Ji-hu")).verdict == "wrong"


def test_without_resolver_a_given_name_alone_is_close() -> None:
    assert AnswerMatcher().match("Ji-hu", q("Park Ji-hu")).verdict == "close"
    assert AnswerMatcher().match("Ohn-jo", ONJO_Q).verdict == "close"


def test_multiple_names_the_answer_found() -> None:
    assert AnswerMatcher().match("london paris berlin", PARIS).matched == "Paris"


def test_question_without_usable_answers_is_never_matched() -> None:
    assert AnswerMatcher().match("", q("!!!")).verdict == "wrong"


def test_normalize_folds_accents_punctuation_articles_and_numbers() -> None:
    assert normalize("The Café, & Twenty-One Pokémon!") == "cafe and 21 pokemon"


def test_allowed_edits_is_zero_for_short_answers_and_grows_with_length() -> None:
    assert [allowed_edits(n) for n in (1, 3, 4, 5, 8, 9, 14, 30)] == [0, 0, 0, 1, 1, 2, 2, 5]


def test_same_question_id_uses_the_cached_preparation() -> None:
    matcher = AnswerMatcher()
    matcher.match("x", PARIS)
    assert matcher.match("paris", PARIS).correct


# -- the verdicts of issue 11 (the fairness table is tests/trivia/fairness.yaml) ----------------


def test_match_reports_chat_as_wrong_and_judge_reports_it_as_chat() -> None:
    matcher = AnswerMatcher()
    assert matcher.match("lol", PARIS).verdict == "wrong"
    assert matcher.judge("lol", PARIS).verdict is Verdict.CHAT
    assert not matcher.judge("lol", PARIS).is_attempt and matcher.judge("rome", PARIS).is_attempt


def test_an_answer_inside_chat_is_right() -> None:
    result = AnswerMatcher().judge("my answer is pokemon lol", POKEMON)
    assert result.verdict is Verdict.RIGHT and result.matched == "Pokémon"


def test_learned_lists_make_other_answers_of_the_list_rivals() -> None:
    capitals = [Question(id=f"cap-{c}", text="Which city is the capital?", answers=(c,), list_name="caps")
                for c in ("Gotham", "Metropolis", "Smallville")]
    plain = AnswerMatcher()
    taught = AnswerMatcher(lists=capitals)
    assert plain.judge("gotham metropolis", capitals[0]).verdict is Verdict.WRONG_ATTEMPT  # a name of two words
    assert taught.judge("gotham metropolis", capitals[0]).verdict is Verdict.SEVERAL_ANSWERS


def test_two_known_cities_side_by_side_are_several_answers() -> None:
    tokyo = Question(id="c-tokyo", text="What is the capital of Japan?", answers=("Tokyo",))
    assert AnswerMatcher().judge("tokyo osaka", tokyo).verdict is Verdict.SEVERAL_ANSWERS
    assert AnswerMatcher().judge("osaka tokyo", tokyo).verdict is Verdict.SEVERAL_ANSWERS
    assert AnswerMatcher().judge("tokyo japan", tokyo).verdict is Verdict.RIGHT


@table(
    ("text", "question"),
    [
        ("jerry or speedy", Question(id="m-speedy", text="Name the fastest mouse in all of Mexico?", answers=("Speedy Gonzales",))),
        ("north or south gyeongsang", Question(id="m-gyeongsang", text="Which province is Andong in?", answers=("North Gyeongsang",))),
    ],
)
def test_a_near_miss_offered_beside_another_candidate_is_several_answers(text: str, question: Question) -> None:
    # "speedy" alone is close; offered with "or" beside another name it is two guesses, as "busan or seoul" is
    assert AnswerMatcher().judge(text, question).verdict is Verdict.SEVERAL_ANSWERS


def test_a_number_of_the_list_beside_a_word_answer_is_not_a_rival_but_a_word_beside_a_number_is() -> None:
    pool = [
        Question(id="k-1", text="Which city is the capital?", answers=("Paris",), list_name="k"),
        Question(id="k-2", text="How many arrondissements does it have?", answers=("20",), list_name="k"),
        Question(id="k-3", text="Which film won in 1998?", answers=("Titanic",), list_name="k"),
    ]
    matcher = AnswerMatcher(lists=pool)
    assert matcher.judge("paris 20", pool[0]).verdict is Verdict.RIGHT
    assert matcher.judge("20 titanic", pool[1]).verdict is Verdict.SEVERAL_ANSWERS


def test_a_candidate_the_question_itself_names_is_not_a_second_answer() -> None:
    pool = [
        Question(id="e-1", text="Which city is the capital of France?", answers=("Paris",), list_name="e"),
        Question(id="e-2", text="Which city is the capital?", answers=("France",), list_name="e"),
    ]
    assert AnswerMatcher(lists=pool).judge("paris, france", pool[0]).verdict is Verdict.RIGHT


def test_add_lists_forgets_prepared_questions() -> None:
    matcher = AnswerMatcher()
    question = Question(id="f-1", text="Which city?", answers=("Gotham",), list_name="f")
    assert matcher.judge("gotham smallville", question).verdict is Verdict.WRONG_ATTEMPT  # one name of two words
    matcher.add_lists([question, Question(id="f-2", text="Which city?", answers=("Smallville",), list_name="f")])
    assert matcher.judge("gotham smallville", question).verdict is Verdict.SEVERAL_ANSWERS


def test_a_long_accepted_answer_typed_in_full_is_right() -> None:
    long_answer = "Four goalies, " + ", ".join(f"Goalie Number {i} (19{i}0)" for i in range(1, 10))
    question = q(long_answer, "Four")
    assert len(long_answer) > 200
    assert AnswerMatcher().judge(long_answer, question).verdict is Verdict.RIGHT


def test_a_link_answer_is_matched_and_a_link_alone_is_chat() -> None:
    question = q("Fandom", "https://doom.fandom.com")
    assert AnswerMatcher().judge("https://doom.fandom.com", question).verdict is Verdict.RIGHT
    assert AnswerMatcher().judge("https://example.com/x.gif", question).verdict is Verdict.CHAT


def test_normalize_keeps_the_symbols_that_carry_meaning() -> None:
    assert [normalize(t) for t in ("C++", "C#", "O-", "-40", "1/4", "4.3 s", "6,500", "0,5")] == [
        "c++", "c#", "o-", "-40", "1/4", "4.3 s", "6500", "0.5"
    ]


def test_two_numbers_side_by_side_are_not_one_number() -> None:
    assert AnswerMatcher().judge("1 4", q("14")).verdict is not Verdict.RIGHT
    assert AnswerMatcher().judge("10 000", q("10000")).verdict is Verdict.RIGHT


def test_a_question_imported_again_with_other_answers_is_judged_by_its_new_answers() -> None:
    # A moderator fixes a wrong answer and imports the list again: same name and question text,
    # hence the same question id; the matcher must not keep judging by the old answers.
    matcher = AnswerMatcher()
    before = Question(id="general:abc", text="Capital of Australia?", answers=("Sydney",), list_name="general")
    after = Question(id="general:abc", text="Capital of Australia?", answers=("Canberra",), list_name="general")
    assert matcher.judge("sydney", before).verdict is Verdict.RIGHT
    assert matcher.judge("canberra", after).verdict is Verdict.RIGHT
    assert matcher.judge("sydney", after).verdict is Verdict.WRONG_ATTEMPT


def test_a_name_another_learned_list_knows_that_extends_the_answer_is_another_name() -> None:
    robin = Question(id="dc-1", text="Who was Nightwing when he was younger?", answers=("Robin",), list_name="dc")
    pool = [
        robin,
        Question(id="dc-2", text="Who is Batman's butler?", answers=("Alfred Pennyworth",), list_name="dc"),
        Question(id="di-1", text="Which fox steals from the rich?", answers=("Robin Hood",), list_name="disney"),
        Question(id="pl-1", text="Where was he born?", answers=("New York City",), list_name="places"),
        Question(id="hp-1", text="Who is the boy who lived?", answers=("Harry Potter",), list_name="hp"),
        Question(id="hp-2", text="Who is the boy who lived?", answers=("Harry Potter",), list_name="movies"),
    ]
    harry = Question(id="hp-3", text="Who catches the snitch?", answers=("Harry",), list_name="hp")
    york = Question(id="ny-1", text="Where was he born?", answers=("New York",), list_name="other")
    matcher = AnswerMatcher(lists=[*pool, harry, york])
    assert matcher.judge("robin hood", robin).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("its robin hood lol", robin).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("robin lol", robin).verdict is Verdict.RIGHT
    assert matcher.judge("harry potter", harry).verdict is Verdict.RIGHT  # its own list knows the name
    assert matcher.judge("new york city", york).verdict is Verdict.RIGHT  # a kind word: bot.trivia.another


def test_a_given_name_alone_is_the_person_only_where_the_list_answers_it_alone() -> None:
    mccoy = Question(id="st-1", text="Who was the chief medical officer?", answers=("Leonard McCoy",), list_name="st")
    sirius = Question(id="hp-1", text="Who lent Hagrid the motorbike?", answers=("Sirius Black",), list_name="hp")
    pool = [
        mccoy,
        Question(id="st-2", text="What is McCoy's first name?", answers=("Leonard",), list_name="st"),
        Question(id="st-3", text="Who is the Vulcan science officer?", answers=("Spock",), list_name="st"),
        sirius,
        Question(id="hp-2", text="Who is Harry's godfather?", answers=("Sirius",), list_name="hp"),
    ]
    matcher = AnswerMatcher(lists=pool)
    assert matcher.judge("sirius", sirius).verdict is Verdict.RIGHT
    assert matcher.judge("leonard", mccoy).verdict is not Verdict.RIGHT


def test_every_list_taught_at_once_knows_its_rival_answers() -> None:
    # (a game may draw from several lists: each one's answers are rivals, not only the last taught)
    capitals = [
        Question(id="cap-1", text="What is the capital of France?", answers=("Paris",), list_name="capitals"),
        Question(id="cap-2", text="What is the capital of Germany?", answers=("Berlin",), list_name="capitals"),
    ]
    planets = [
        Question(id="pl-1", text="Which planet is the largest?", answers=("Jupiter",), list_name="planets"),
        Question(id="pl-2", text="Which planet is red?", answers=("Mars",), list_name="planets"),
    ]
    for order in ([*capitals, *planets], [*planets, *capitals]):
        matcher = AnswerMatcher(lists=order)
        assert matcher.judge("paris berlin", capitals[0]).verdict is Verdict.SEVERAL_ANSWERS
        assert matcher.judge("jupiter mars", planets[0]).verdict is Verdict.SEVERAL_ANSWERS


def test_a_longer_name_of_the_same_list_is_another_name_when_its_question_asks_another_kind() -> None:
    pink = Question(id="m-1", text="Who released her debut album in 2000?", answers=("Pink",), list_name="music")
    harry = Question(id="hp-1", text="Who catches the snitch?", answers=("Harry",), list_name="hp")
    pool = [
        pink,
        Question(id="m-2", text="Which British group made The Wall?", answers=("Pink Floyd",), list_name="music"),
        harry,
        Question(id="hp-2", text="Who is the boy who lived?", answers=("Harry Potter",), list_name="hp"),
    ]
    matcher = AnswerMatcher(lists=pool)
    assert matcher.judge("pink floyd", pink).verdict is Verdict.WRONG_ATTEMPT  # a band, not the singer
    assert matcher.judge("Pink Floyd lol", pink).verdict is Verdict.WRONG_ATTEMPT
    assert matcher.judge("its pink", pink).verdict is Verdict.RIGHT
    assert matcher.judge("harry potter", harry).verdict is Verdict.RIGHT  # both ask who: one person


PRINCIPAL = Question(id="t-principal", text="Whom does Gwi-nam kill while Cheong-san films it?", answers=("The principal",))


@table("text", ["the vice principal", "deputy principal", "assistant principal", "ex principal"])
def test_a_rank_word_before_the_answer_names_another_one(text: str) -> None:
    assert AnswerMatcher().judge(text, PRINCIPAL).verdict is Verdict.WRONG_ATTEMPT


@table("text", ["principal or vice principal", "vice principal, principal"])
def test_the_answer_beside_another_one_made_by_a_rank_word_is_several_answers(text: str) -> None:
    assert AnswerMatcher().judge(text, PRINCIPAL).verdict is Verdict.SEVERAL_ANSWERS


def test_the_answer_with_a_rank_word_of_its_own_stays_right() -> None:
    vice = Question(id="t-vice", text="Who runs the school when the head is away?", answers=("Vice principal",))
    assert AnswerMatcher().judge("the vice principal", vice).verdict is Verdict.RIGHT
    assert AnswerMatcher().judge("the principal", PRINCIPAL).verdict is Verdict.RIGHT


ROOK = Question(id="t-rook", text="Which chess piece is usually valued as 5 points?", answers=("Rook",))


@table("text", ["rook or queen", "queen or rook", "rook vs king", "rook or legend"])
def test_a_word_offered_as_another_item_of_or_is_another_answer_even_a_title_or_a_talk_word(text: str) -> None:
    assert AnswerMatcher().judge(text, ROOK).verdict is Verdict.SEVERAL_ANSWERS


@table("text", ["rook lol", "rook ofc", "the rook"])
def test_a_talk_word_or_a_title_beside_the_answer_without_or_is_no_other_item(text: str) -> None:
    assert AnswerMatcher().judge(text, ROOK).verdict is Verdict.RIGHT


OFFICE = Question(id="t-office", text="What does Min Eun-ji set on fire?", answers=("The school office", "office", "the office"))
KITCHEN = Question(id="t-kitchen", text="Where is the Hufflepuff common room?", answers=("kitchen",))


@table("text", ["the lab the office", "the office the lab", "a car the office"])
def test_a_second_article_opens_a_second_item(text: str) -> None:
    assert AnswerMatcher().judge(text, OFFICE).verdict is Verdict.SEVERAL_ANSWERS


@table(("text", "question"), [("near the kitchen", KITCHEN), ("the school office", OFFICE)])
def test_one_article_inside_a_phrase_opens_no_second_item(text: str, question: Question) -> None:
    assert AnswerMatcher().judge(text, question).verdict is Verdict.RIGHT


JOO = Question(id="t-joo", text="Who created the webtoon the series is based on?", answers=("Joo Dong-geun",))


@table("text", ["dong-geun joo", "dong geun joo", "Donggeun Joo"])
def test_a_korean_name_in_western_order_is_the_name(text: str) -> None:
    assert AnswerMatcher().judge(text, JOO).verdict is Verdict.RIGHT


@table("text", ["dong-geun kim", "kim dong-geun"])
def test_the_given_name_with_another_surname_in_either_order_is_not_the_name(text: str) -> None:
    assert AnswerMatcher().judge(text, JOO).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [("tenn", "10"), ("sixx", "6"), ("nien", "9"), ("fuor", "4"), ("fiev", "5")])
def test_a_short_number_word_with_its_last_letter_doubled_or_two_letters_swapped_is_the_number(typed: str, answer: str) -> None:
    question = Question(id=f"t-n{answer}", text="How many were there?", answers=(answer,))
    assert AnswerMatcher().judge(typed, question).verdict is Verdict.RIGHT


def test_a_slip_of_a_short_number_word_is_another_number_where_it_is_not_the_answer() -> None:
    question = Question(id="t-n7", text="How many were there?", answers=("7",))
    assert AnswerMatcher().judge("tenn", question).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [
    ("roma", "Rome"), ("warszawa", "Warsaw"), ("la habana", "Havana"), ("sverige", "Sweden"), ("deutschland", "Germany"),
])
def test_a_city_or_a_country_typed_by_its_own_name_is_the_answer(typed: str, answer: str) -> None:
    question = Question(id=f"t-{answer}", text="Which place is it?", answers=(answer,))
    assert AnswerMatcher().judge(typed, question).verdict is Verdict.RIGHT


def test_a_place_s_own_name_is_not_another_place() -> None:
    milan = Question(id="t-milan", text="Which place is it?", answers=("Milan",))
    assert AnswerMatcher().judge("roma", milan).verdict is not Verdict.RIGHT


SUBJECT = Question(id="t-subject", text="What subject does Lee Byeong-chan teach?", answers=("Science",))


def test_the_answer_with_the_question_s_word_in_another_form_after_it_is_right() -> None:
    assert AnswerMatcher().judge("science teacher", SUBJECT).verdict is Verdict.RIGHT
    assert AnswerMatcher().judge("the science teacher", SUBJECT).verdict is Verdict.RIGHT


def test_the_answer_with_another_word_after_it_is_still_another_name() -> None:
    assert AnswerMatcher().judge("science fiction", SUBJECT).verdict is not Verdict.RIGHT


@table(("typed", "question"), [
    ("the headmaster", PRINCIPAL), ("castle", ROOK),
    ("building site", Question(id="t-site", text="Where does Gwi-nam bite Cheong-san?", answers=("A construction site",))),
])
def test_a_role_s_or_a_thing_s_other_name_is_the_answer(typed: str, question: Question) -> None:
    assert AnswerMatcher().judge(typed, question).verdict is Verdict.RIGHT


def test_a_short_other_name_does_not_stand_for_the_thing_the_other_way() -> None:
    castle = Question(id="t-castle", text="Where does the king live?", answers=("Castle",))
    assert AnswerMatcher().judge("rook", castle).verdict is not Verdict.RIGHT


@table("typed", ["s o s", "S O S!", "s  o  s"])
def test_letters_spelled_out_one_by_one_are_the_word(typed: str) -> None:
    sos = Question(id="t-sos", text="What do the students build on the roof to call for help?", answers=("An SOS sign", "SOS"))
    assert AnswerMatcher().judge(typed, sos).verdict is Verdict.RIGHT


def test_letters_spelled_out_that_are_chat_stay_chat() -> None:
    assert AnswerMatcher().judge("i d k", PRINCIPAL).verdict is Verdict.CHAT


def test_letters_spelled_out_where_a_letter_answers_are_several_letters() -> None:
    letter = Question(id="t-letter", text="Which option?", answers=("B",), choices=("A", "B", "C", "D"))
    assert AnswerMatcher().judge("a b c", letter).verdict is Verdict.SEVERAL_ANSWERS


@table(("answer", "guess", "verdict"), [
    ("First place", "first shop", "wrong"),
    ("First place", "first restaurant", "wrong"),
    ("Hiding place", "hiding store", "wrong"),
    ("Chicken restaurant", "chicken place", "correct"),  # a business, typed as players say it
    ("Pet shop", "pet store", "correct"),
])
def test_a_place_that_is_no_business_never_takes_a_shop_for_it(answer: str, guess: str, verdict: str) -> None:
    assert AnswerMatcher().match(guess, q(answer)).verdict == verdict


@table("typed", ["no they did", "no, they do", "yes they didnt", "yeah it isnt", "yes it is not"])
def test_a_yes_or_no_whose_clause_says_the_opposite_is_not_taken_as_that_answer(typed: str) -> None:
    matcher = AnswerMatcher()
    assert matcher.judge(typed, q("No")).verdict is not Verdict.RIGHT
    assert matcher.judge(typed, q("Yes")).verdict is not Verdict.RIGHT
