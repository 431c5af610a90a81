"""An English answer typed in Korean: number words, loanwords and common nouns count; Korean chat
and other Korean words that only sound alike never do."""

from __future__ import annotations

from bot.trivia.koreanwords import numeral
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.table import table

MATCHER = AnswerMatcher()


def _q(*answers: str) -> Question:
    return Question(id="k-" + "|".join(answers), text="What is it?", answers=answers)


@table(("word", "number"), [
    ("열두", "12"), ("여덟", "8"), ("일곱", "7"), ("열하나", "11"), ("스물다섯", "25"), ("십이", "12"),
    ("이십오", "25"), ("여덟개", "8"), ("두명", "2"), ("백명", "100"), ("백", "100"), ("천", "1000"),
    ("스물세", "23"), ("스물세살", "23"), ("17만", "170000"), ("십칠만", "170000"), ("5만명", "50000"),
    ("구십일", "91"), ("이십일", "21"),
])
def test_a_korean_number_word_is_its_number(word: str, number: str) -> None:
    assert numeral(word) == number


@table("word", ["네", "이", "사", "오", "이거", "두", "이만", "하나만", "잠깐만"])
def test_a_word_that_is_also_talk_is_no_number_without_a_counter(word: str) -> None:
    assert numeral(word) is None


@table(("typed", "answers"), [
    ("열두", ("12", "twelve")), ("여덟개", ("8",)), ("넷플릭스", ("Netflix",)), ("셰익스피어", ("William Shakespeare", "Shakespeare")),
    ("컴퓨터", ("Computer",)), ("햄버거", ("Hamburger",)), ("차이나", ("China",)), ("치즈", ("Cheese",)), ("목성", ("Jupiter",)), ("초록색", ("Green",)),
    ("한국", ("South Korea", "Korea")), ("넷플릭스 아님?", ("Netflix",)),
    # names from other languages: g and c soft, th said t; a long a and a final y as said
    ("이집트", ("Egypt",)), ("제미니", ("Gemini",)), ("로스앤젤레스", ("Los Angeles",)), ("진저", ("Ginger",)), ("토마스", ("Thomas",)), ("베토벤", ("Beethoven",)),
    ("네이버", ("Naver",)), ("소니", ("Sony",)), ("제니", ("Jenny",)), ("케이크", ("Cake",)),
    # digits and a counter; a language, a job, a city as Korean names it from its own language (stop 30)
    ("52장", ("52",)), ("3마리", ("3",)), ("한국어", ("Korean",)), ("소방관", ("Firefighter",)), ("모스크바", ("Moscow",)),
    ("로마", ("Rome",)),
    # everyday things and creatures of legend (stop 33)
    ("옥수수", ("Corn",)), ("손수건", ("A handkerchief", "handkerchief")), ("소방호스", ("A fire hose", "fire hose")),
    ("용", ("dragons", "dragon")),
    # a word about the channel is talk, yet still the answer it borrows
    ("서버", ("Server",)),
    # a counter typed after a space; days of the week
    ("삼 년", ("3",)), ("스무 살", ("20",)), ("금요일", ("Friday",)),
    # one hangul word for an answer of two words
    ("다빈치", ("Leonardo da Vinci", "da Vinci")), ("레오나르도 다빈치", ("Leonardo da Vinci",)),
    # an ocean, a fruit, a sport's club, an animal, a drink in their Korean words (stop 32)
    ("태평양", ("Pacific", "Pacific Ocean")), ("사과", ("Apple", "An apple")), ("양궁부", ("Archery club", "archery")),
    ("수사슴", ("stag",)), ("차", ("Tea",)), ("종이접기", ("Origami",)),
])
def test_an_answer_typed_in_korean_is_right(typed: str, answers: tuple[str, ...]) -> None:
    assert MATCHER.judge(typed, _q(*answers)).verdict is Verdict.RIGHT


@table(("typed", "answer"), [
    ("쉽다", "Jupiter"), ("서울", "Oslo"), ("졸려", "Oslo"), ("피아노", "Banana"), ("애들", "Hotel"), ("헐랭", "Orange"),
    ("넷마블", "Netflix"), ("영동", "Yangdong"), ("구라", "Korea"), ("구라", "South Korea"), ("칠", "Seoul"), ("천", "Sun"), ("천", "China"), ("필", "Philly"), ("드론 장면 좋았는데", "Drone"), ("수성", "Jupiter"), ("열둘", "11"),
])
def test_a_korean_word_that_only_sounds_alike_is_not_the_answer(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [
    ("이번 문제", "2"), ("이번", "2"), ("이분", "2"), ("이곳", "2"), ("이달", "2"), ("이시간", "2"), ("사주", "4"),
    ("사회", "4"), ("오일", "5"),
])
def test_this_and_a_noun_is_no_number(typed: str, answer: str) -> None:
    # "이번" is "this time", "이분" "this person", "사주" a fortune, "오일" oil: no Sino number said
    assert MATCHER.judge(typed, _q(answer)).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [
    ("빨리 해", "Sun"), ("뭐 해", "Sun"), ("진짜 말", "Horse"), ("완전 새", "Bird"), ("차 막혀", "Tea"), ("배 고파 진짜", "Pear"),
])
def test_a_one_syllable_noun_that_is_also_a_verb_is_no_answer_inside_chat(typed: str, answer: str) -> None:
    # "빨리 해" is "hurry up and do it", "뭐 해" "what are you doing": no sun named
    assert MATCHER.judge(typed, _q(answer)).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [("해", "Sun"), ("해 아님?", "Sun"), ("이월", "2"), ("삼년", "3"), ("이십", "20")])
def test_a_one_syllable_noun_alone_or_a_dated_number_still_counts(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is Verdict.RIGHT


@table(("typed", "answer"), [("한번 더", "1"), ("하나 더", "1"), ("두 판 더", "2")])
def test_a_number_asking_for_more_is_no_answer(typed: str, answer: str) -> None:
    # "한번 더" is "once more" (another game), not the answer 1
    assert MATCHER.judge(typed, _q(answer)).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [
    ("포기", "Burger"), ("나중", "Anything"), ("다시", "Odyssey"), ("일단", "Aladdin"), ("콜", "Goal"), ("패배", "Baby"),
    ("슬퍼", "Sloppy"), ("무서워", "Messi"), ("분", "Ben"), ("스킵", "Escape"), ("글", "Girl"),
    ("가나다라" * 50, "Banana"),  # (a guess's 200 characters of hangul: each cut of it was read against each answer word)
])
def test_everyday_korean_chat_is_no_loanword_of_an_answer(typed: str, answer: str) -> None:
    # "포기" (I give up), "나중" (later), "다시" (again): English words a loanword would write otherwise
    assert MATCHER.judge(typed, _q(answer)).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [("그래", "Grey"), ("거기", "Georgia"), ("안녕", "Warning"), ("좋아", "Theodore")])
def test_a_word_of_korean_chat_is_chat_whatever_it_sounds_like(typed: str, answer: str) -> None:
    # "그래" (OK), "거기" (there), "안녕" (hi), "좋아" (nice): said in the chat, never a guess
    assert MATCHER.judge(typed, _q(answer)).verdict is Verdict.CHAT


@table(("typed", "answer"), [("도쿄 오사카", "Tokyo"), ("tokyo 오사카", "Tokyo"), ("jupiter 토성", "Jupiter")])
def test_the_answer_beside_another_of_its_set_in_hangul_is_several_answers(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is Verdict.SEVERAL_ANSWERS


@table(("typed", "answer"), [("도쿄 일본", "Tokyo"), ("서울 ㅋㅋ", "Seoul"), ("목성 아님?", "Jupiter")])
def test_the_answer_beside_where_it_is_or_korean_talk_is_still_right(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is Verdict.RIGHT


@table(("typed", "answer"), [("로몬 ㅠㅠ", "Lomon"), ("ㅜㅜ 로몬", "Lomon"), ("초록 좋아", "Green"), ("사과 좋아", "Apple")])
def test_an_answer_cried_over_or_loved_in_korean_is_chat(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is Verdict.CHAT


@table(("typed", "answer"), [("로몬 ㅋㅋ", "Lomon"), ("초록 아님?", "Green")])
def test_an_answer_laughed_at_or_hedged_in_korean_is_still_a_guess(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is Verdict.RIGHT


SEINE = Question(id="k-seine", text="What river runs through Paris?", answers=("Seine",))
VOLGA = Question(id="k-volga", text="What is the national river of Russia?", answers=("Volga",))
EVEREST = Question(id="k-everest", text="What is the tallest mountain in the world?", answers=("Mount Everest", "Everest"))


@table(("typed", "question"), [("센강", SEINE), ("볼가강", VOLGA), ("에베레스트산", EVEREST), ("센강이요", SEINE)])
def test_a_borrowed_place_name_with_its_korean_kind_after_it_is_the_place(typed: str, question: Question) -> None:
    assert MATCHER.judge(typed, question).verdict is Verdict.RIGHT


@table(("typed", "question"), [("한강", SEINE), ("라인강", SEINE), ("후지산", EVEREST)])
def test_another_river_or_mountain_in_korean_is_not_the_place(typed: str, question: Question) -> None:
    assert MATCHER.judge(typed, question).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [
    ("과학", "Science"), ("수학이요", "Math"), ("옆집", "Next door"), ("부엌", "Kitchen"), ("콩팥", "Kidney"),
    ("신장", "Kidney"), ("학폭", "Bullying"), ("학교폭력", "Bullying"), ("치과의사", "Dentists"), ("공사장", "A construction site"),
    ("국정원", "The National Intelligence Service"),
])
def test_a_school_subject_organ_room_place_job_or_agency_in_its_korean_word_is_the_answer(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is Verdict.RIGHT


@table(("typed", "answer"), [("수학", "Science"), ("간", "Kidney"), ("교감", "The principal")])
def test_another_subject_organ_or_rank_in_korean_is_not_the_answer(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is not Verdict.RIGHT


def test_a_percent_or_a_length_counted_in_korean_is_that_number() -> None:
    score = Question(id="k-rt", text="What was its Rotten Tomatoes score at launch?", answers=("100%", "100"))
    table = Question(id="k-ft", text="This is the length, in feet, of a regulation Snooker table.", answers=("12",))
    assert MATCHER.judge("100퍼", score).verdict is Verdict.RIGHT
    assert MATCHER.judge("100프로", score).verdict is Verdict.RIGHT
    assert MATCHER.judge("12피트", table).verdict is Verdict.RIGHT
    assert MATCHER.judge("12미터", table).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [("팝타르트", "Pop Tarts"), ("드론", "Drones"), ("오징어 게임", "Squid Game")])
def test_a_plural_answer_borrowed_or_translated_into_korean_without_its_plural_is_the_answer(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is Verdict.RIGHT


def test_a_korean_word_near_a_plural_answer_without_its_plural_is_still_not_another_word() -> None:
    assert MATCHER.judge("문어 게임", _q("Squid Game")).verdict is not Verdict.RIGHT


@table(("typed", "answer"), [("크리스 터커", "Chris Tucker"), ("크롬", "Chrome")])
def test_a_ch_before_r_is_borrowed_as_a_k(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is Verdict.RIGHT


def test_a_ch_before_a_vowel_is_still_borrowed_as_ch() -> None:
    assert MATCHER.judge("치킨", _q("Chicken")).verdict is Verdict.RIGHT
    assert MATCHER.judge("키킨", _q("Chicken")).verdict is not Verdict.RIGHT


@table(("typed", "answers"), [
    # a final e written as a vowel ("나이키"), "Mc" said "mac", an Italian ch hard, "ew" said "yu",
    # ㅇ for an n before a k, a stop said twice once, an unstressed "a" written ㅓ (stop 36, Red's lists)
    ("나이키", ("Nike",)), ("칠레", ("Chile",)), ("아프로디테", ("Aphrodite",)), ("맥도날드", ("McDonald's", "McDonalds")),
    ("미켈란젤로", ("Michelangelo",)), ("뉴턴", ("Newton",)), ("앙카라", ("Ankara",)), ("맥켈런", ("McKellen",)),
    ("벌컨", ("Vulcan",)), ("올버니", ("Albany",)),
])
def test_a_borrowed_name_as_korean_writes_it_is_the_answer(typed: str, answers: tuple[str, ...]) -> None:
    assert MATCHER.judge(typed, _q(*answers)).verdict is Verdict.RIGHT


@table(("typed", "answer"), [
    ("아디다스", "Nike"), ("나이스", "Nike"), ("내가", "Nike"), ("맥주", "McDonald's"), ("앙코르", "Ankara"), ("뉴스", "Newton"),
])
def test_another_word_is_no_borrowed_name_that_only_starts_alike(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is not Verdict.RIGHT


@table(("typed", "answers"), [
    ("귀남이 진짜 최악", ("Yoon Gwi-nam", "Gwi-nam")), ("부산행 명작", ("Train to Busan",)), ("지민이 불쌍", ("10",)),
    ("로몬 너무 좋아", ("Lee Su-hyeok", "Su-hyeok")),
])
def test_what_one_feels_for_someone_or_something_in_korean_is_chat_answer_or_not(typed: str, answers: tuple[str, ...]) -> None:
    assert MATCHER.judge(typed, _q(*answers)).verdict is Verdict.CHAT


@table(("typed", "answers"), [
    ("firefighter", ("소방관", "구조대원")),
    ("a fireman", ("소방관",)),
    ("chicken shop", ("치킨집", "통닭집")),
    ("chicken", ("치킨집",)),
    ("fried chicken restaurant", ("치킨집",)),
])
def test_a_korean_answer_said_in_english_is_the_answer(typed: str, answers: tuple[str, ...]) -> None:
    assert MATCHER.judge(typed, _q(*answers)).verdict is Verdict.RIGHT


@table(("typed", "answers"), [
    ("police officer", ("소방관",)),
    ("pizza shop", ("치킨집",)),
    ("shop", ("치킨집",)),
])
def test_another_thing_said_in_english_is_not_a_korean_answer(typed: str, answers: tuple[str, ...]) -> None:
    assert MATCHER.judge(typed, _q(*answers)).verdict is not Verdict.RIGHT


@table(("typed", "answers"), [
    ("요나스 바이러스", ("Jonas virus", "Jonas")),
    ("요나스", ("Jonas",)),
    ("요한", ("Johann",)),
])
def test_a_name_whose_first_j_korean_says_y_is_the_answer(typed: str, answers: tuple[str, ...]) -> None:
    assert MATCHER.judge(typed, _q(*answers)).verdict is Verdict.RIGHT


@table(("typed", "answer"), [("요리", "Jori"), ("요즘", "Jojo")])
def test_a_korean_word_starting_with_yo_is_no_j_name_it_only_starts_like(typed: str, answer: str) -> None:
    assert MATCHER.judge(typed, _q(answer)).verdict is not Verdict.RIGHT
