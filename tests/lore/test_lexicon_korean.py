"""The spoiler lexicon on Korean typed in hangul (bot/lore/lexicon_korean.py, lexicon_words.py): verbs with any
ending, with a hangul or romanised name, who does it and to whom read from the particles (을/를: the one it is done
to; 한테/에게: the one who does it), and Korean chat that only sounds like an event (0: gives nothing away)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from tests.table import table

LEXICON = lexicon_of(bundled_pack())


def s1(episode: int) -> Position:
    return Position(1, episode) if episode else NOTHING


@table(
    ("text", "spoils"),
    [
        ("청산이 죽었어?", 11),
        ("청산이 죽었다", 11),
        ("청산이 죽는 장면", 11),
        ("cheongsan 죽었어", 11),
        ("청산이 사망했어", 11),
        ("남라 물렸어", 6),
        ("온조가 남라 물리는 거 보고 울었어 ㅠㅠ", 6),  # being bitten, seen by another named first (heldout65)
        ("namra 물렸다", 6),
        ("남라 감염됐어", 6),
        ("경수 좀비 됐어", 3),
        ("경수가 좀비가 된다", 3),
        ("경수 좀비로 변해", 3),
        ("수혁 살아남음", 12),
        ("청산 살아 돌아왔어", 11),
        ("귀남이 반좀비 된 장면", 5),  # a halfbie (5), not a zombie's turn
    ],
)
def test_a_korean_verb_with_any_ending_tells_the_named_characters_event(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("귀남이 청산을 물었어", 11),  # Cheong-san is bitten (11), not Gwi-nam (5)
        ("귀남이 온조를 물었어", 12),  # as "Gwi-nam bites On-jo": her fate
        ("남라가 우진이를 죽였다", 12),  # Woo-jin dies
        ("나연이 경수를 죽였어", 3),  # Gyeong-su's death, not Na-yeon's (9)
        ("온조가 귀남한테 물렸어", 12),  # On-jo bitten by Gwi-nam: not Gwi-nam's own bite (5)
        ("우진을 죽인 남라", 12),
        ("남라는 귀남한테 물렸다", 6),
        ("귀남 청산 물었어", 11),  # no particles: subject, object, verb
    ],
)
def test_the_object_marker_tells_who_is_bitten_or_killed(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    "text",
    [
        "죽겠다 ㅋㅋ",  # "I'm dying lol"
        "배고파 죽겠어",  # "starving to death"
        "온조 배고파 죽겠대 ㅋㅋ",
        "물 마셨어",  # "drank water"
        "남라 물 마셨어",
        "모기한테 물렸어",  # "bitten by a mosquito"
        "남라 모기한테 물렸어",
        "좀비 영화 좋아",  # "I like zombie films"
        "청산 연기 죽인다",  # "Cheong-san's acting is killer"
        "남라가 온조에게 물었어",  # "Nam-ra asked On-jo" (묻다 shares 물었어)
        "온조한테 물어봐",  # "ask On-jo"
        "청산이 물고기 먹었어",  # "Cheong-san ate fish"
        "수혁 선물은 뭐야",
        "남라가 물었어",  # "Nam-ra asked" as well as "bit": no one to read it of
        "청산이 강아지한테 물렸어",  # "bitten by a puppy"  # "what is Su-hyeok's present" (선물은 holds 물은)
    ],
)
def test_korean_chat_that_only_sounds_like_an_event_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("하리 동생이 죽었어", 12),  # Woo-jin, not Ha-ri
        ("온조 아빠가 죽었어", 11),  # So-ju, not On-jo (12)
        ("청산 엄마가 좀비가 됐어", 10),  # his mother, not Cheong-san (11)
    ],
)
def test_a_relative_with_its_particle_is_the_one_the_event_happens_to(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("온조아빠 희생 ㅠ", 11), ("하리동생 물림", 12)])
def test_a_relative_typed_onto_the_name_is_the_one_the_event_happens_to(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("청산이 ㅈㅇ ㅠㅠ", 11),  # 죽음
        ("이병찬 ㅅㅁ", 4),  # 사망
        ("온조 아빠 ㅎㅅ", 11),  # 희생
        ("남라 ㅂㅈㅂ 됨", 6),  # 반좀비
        ("스포 ㅈㅇ 청산이 최고", 0),  # 스포 주의: a spoiler warning
        ("ㅈㅇㅎ 시즌2 기대", 0),  # 지우학
    ],
)
def test_chosung_for_death_and_halfbie_words_spoil_as_the_words_do(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("우진이 남라가 보내줌 ㅠㅠ", 12),  # 가 marks who let him go: Woo-jin dies
        ("남라가 문자 보내줌", 0),  # a text sent
        ("박쌤 나연이 때문에 희생", 3),  # Ms. Park's sacrifice, for Na-yeon (not Na-yeon's death, 9)
        ("이병찬 경찰서에서 좀비한테 당함", 4),
        ("귀남 외눈 됨 ㅋㅋ", 5),
        ("나연 손수건 ㄹㅇ 싸패", 3),
        ("은지 방화범 ㅋㅋ", 8),
        ("4개월 뒤 학교 옥상에 모닥불", 12),
        ("4개월 뒤 전역 ㅎㅎ", 0),
    ],
)
def test_korean_slang_for_the_shows_events_spoils_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("나연이 좀비한테 잡아먹힘", 9),
        ("청산이 하늘나라 감 ㅠㅠ", 11),
        ("온조아빠 명복을 빕니다", 11),
        ("청산이 숨짐", 11),
        ("우진이 안락사", 12),
        ("귀남이 애꾸됨", 5),
        ("드립 먹힘 ㅋㅋ", 0),  # the joke landed
        ("숨지 마 청산아", 0),  # don't hide
        ("남라가 사진 보냄", 0),  # a photo sent
    ],
)
def test_korean_euphemisms_for_a_death_spoil_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(("text", "spoils"), [("청산이 주금 ㅠ", 11), ("청산 쥬금", 11)])
def test_a_death_typed_cute_spoils_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("11화 청산이 ㅠㅠ", 11),  # an episode with a name, as "ep 11 cheongsan 😭"
        ("11화 보고 울었어", 11),  # with a reaction
        ("막화 남라 ㅠㅠ", 12),  # the last episode
        ("최종화에서 남라가", 12),
        ("1화 보는 중", 0),
        ("12화까지 다 봄 ㅎㅎ 이제 뭐 보지", 0),
        # another season's episode is not season 1's third; Cheong-san in season 2 gives away that he outlives his
        # season-1 fate, as "season 2 ep 3 cheongsan" does in English
        ("시즌2 3화 청산이", 11),
        ("시즌2 3화 보는 중", 0),
    ],
)
def test_an_episode_named_in_korean_spoils_as_in_english(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("ㄴㄹ 반좀비 됨", 6),  # a name typed as its initials (초성)
        ("ㅅㅈ 아저씨 ㅎㅅ ㅠㅠ", 11),
        ("ㅊㅅ이 ㅈㅇ", 11),  # two characters' initials (청산, 철수): the one the pack lists first
        ("ㅇㅈ 이 장면 미쳤음", 0),  # ㅇㅈ is 인정 ("agreed"), not a name
        ("ㄱㄴ? 내일 시험 망함", 0),  # ㄱㄴ is 가능 ("possible")
    ],
)
def test_a_name_typed_as_its_initials_is_read_as_the_name(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("선화쌤 ㅠ 나연이 구하려고", 3), ("엄마가 나 살리려고 했음", 0)])
def test_a_sacrifice_told_by_whom_it_tried_to_save_spoils_it(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("ㄱㄴ이 ㅊㅅ 물었을 때 소리지름", 11), ("ㅇㅈ이 아빠 희생 ㅠㅠ", 11),
                                              ("ㄱㄴ? ㅇㅈ", 0), ("ㅇㅈ 이 장면 미쳤음", 0)])
def test_initials_chat_uses_for_a_word_are_a_name_before_a_particle(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("우진이 남라가 죽임 ㅠㅠ", 12), ("청산이 귀남이랑 같이 불속으로 ㅠㅠ", 11),
                                              ("소방관이 불길에 뛰어듦", 0)])
def test_a_killing_said_as_a_noun_and_a_walk_into_the_fire_spoil_the_death(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("이삭이 좀비됐을때 온조 표정 ㅠㅠ", 2), ("수혁이 반응 보고 울었음", 0)])
def test_a_name_before_their_face_or_reaction_is_the_one_watching(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [("선생님이 바이러스 만든 거였음 ㄷㄷ", 3), ("우리 선생님이 죽었어", 0),
                                              ("박선화 선생님 희생하는 장면", 3)])
def test_the_teacher_in_korean_needs_no_article_but_ours_is_the_writers(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("우진이 하리 지키다 물림", 12),  # Woo-jin is bitten protecting Ha-ri: his bite
        ("남라 수혁이 지키면서 물림", 6),
        ("하리 지키다 넘어짐", 0),  # protecting someone tells nothing by itself
    ],
)
def test_whom_someone_protects_in_korean_is_not_the_one_the_event_happens_to(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("온조 구하다 죽음", 11),  # someone unnamed died saving On-jo: the death borne for her, as "died saving onjo"
        ("온조 구하다가 죽었어", 11),
        ("온조 구하고 죽음 ㅠㅠ", 11),
        ("온조 지키다가 물림", 11),
        ("온조 구하다가 넘어짐", 0),  # saving her tells nothing by itself
        ("엄마 구하다가 죽었어", 0),  # no one of the show
        ("친구 살리다가 죽는 꿈 꿨어", 0),
    ],
)
def test_a_korean_death_borne_for_someone_named_tells_the_packs_event_for_them(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("이삭 ㅠㅠ 온조 베프였는데 좀비돼버림", 2),  # I-sak, On-jo's best friend, turned: not On-jo
        ("온조 절친 이삭 좀비됨", 2),
        ("온조 친구들이랑 놀러감", 0),
    ],
)
def test_a_name_before_a_korean_friend_word_is_an_owner_not_the_one_it_happens_to(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("청산이 좀비 된 엄마 만남 ㅠㅠㅠ", 10),  # the mother turned (read at her zombie scene), not Cheong-san (11)
        ("청산이 좀비됨", 11),
    ],
)
def test_a_korean_zombie_word_before_a_relative_is_the_relatives_turn(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("청산 귀남 불속에서 마지막 싸움", 11),  # the last fight in the fire
        ("남라 마지막에 자기만 있는게 아니라고 함 👀", 12),  # "not the only one"
        ("나만 그런 게 아니구나", 0),  # "so it's not just me": chat
        ("불속에서 싸움 구경", 0),  # in a text that may be any story's
    ],
)
def test_scenes_told_in_korean_without_an_event_word_give_their_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("청산이랑 귀남이 불구덩이로 떨어짐", 11),  # into the fire pit: their last fight
        ("귀남 결국 불구덩이에 빠짐", 11),
        ("캠핑 가서 불구덩이에 고구마 구움", 0),  # a campfire's pit, no one of the show
    ],
)
def test_falling_into_the_fire_pit_is_the_death_in_the_fire(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("사령관 결국 자결", 12),  # the commander takes his own life
        ("사령관 너무 냉정함", 0),  # the commander named, nothing happening to him
    ],
)
def test_the_commander_is_named_in_korean_and_taking_ones_own_life_is_a_death(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("병찬쌤 좀비밥 됨", 4),  # became zombie food: his death
        ("오늘 시험 좀비밥 됨 ㅋㅋ", 0),  # no one of the show
    ],
)
def test_becoming_zombie_food_is_a_death(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("청산맘 경수한테 물림", 4),  # 맘 typed onto the name: the mother's bite, not Cheong-san's (11)
        ("청산 맘에 들어 ㅋㅋ", 0),  # 맘에 들어: "I like him"
    ],
)
def test_mom_typed_onto_a_name_is_the_mother(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("나연 손수건 씬 소름", 3),  # the handkerchief that infects Gyeong-su
        ("손수건 잃어버림 ㅠ", 0),
        ("청온 고백씬 ㅠㅠ", 8),  # a ship name (청산+온조) with the confession
    ],
)
def test_korean_things_and_ship_names_with_what_happens_give_their_scene(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("우진이 누나 지키다 물림", 12),  # the sister protected: Woo-jin is bitten
        ("하리 동생 물림", 12),  # the relative is who it is about
        ("박쌤 나연이 구하고 감 ㅠㅠ", 3),  # saved Na-yeon and went: Ms. Park's death
        ("친구 구하고 감 ㅋㅋ", 0),  # no one of the show
    ],
)
def test_whom_one_protects_or_saves_is_not_the_one_it_happens_to(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("나연 결국 좀비 됐어 귀남이한테", 9),  # by Gwi-nam, written after the word: Na-yeon's turn, not his (5)
        ("귀남이 좀비됨", 5),
    ],
)
def test_a_korean_doer_written_after_the_word_is_not_the_one_it_happens_to(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("철수 격리캠프에서 공격당함", 9),  # the attack at the quarantine camp
        ("여름 캠프에서 모기한테 공격당함", 0),  # a summer camp's mosquitoes
    ],
)
def test_an_attack_at_the_camp_is_the_camps_attack(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("영어캠프에서 공격당함 ㅋㅋ", 0),  # a camp of another kind
        ("과학 캠프에서 정체 들킴 ㅋㅋ", 0),
        ("은지 캠프에서 정체 들킴", 9),  # the carriers found out at the quarantine camp
    ],
)
def test_a_korean_camp_of_another_kind_is_not_the_quarantine_camp(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("청산맘 경수한테 당함 ㅠ", 4),  # both people of the mother's attack: the attack, not her son's meeting her (10)
        ("청산이 엄마 경수한테 당했어", 4),
        ("선생님한테 당함 ㅋㅋ", 0),  # caught by a teacher: no one of the show
    ],
)
def test_suffered_at_the_hands_of_someone_with_both_named_is_their_event(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("현주 실험실 쥐한테 물린게 시작이었지", 1),  # bitten by the lab rat
        ("모기한테 물린게 너무 간지러워", 0),
    ],
)
def test_the_lab_rats_bite_in_korean_gives_episode_one(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("온조 때문에 죽음", 11),  # a death borne because of On-jo: her father's in the gym breakout
        ("하리 때문에 물림", 12),  # Woo-jin's bite protecting his sister
        ("온조 때문에 울었어", 0),  # a cry: no harm told
    ],
)
def test_a_harm_borne_because_of_someone_is_the_harm_borne_for_them(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("소주아저씨 퇴장 ㅠ 눈물버튼", 11),  # his exit from the story
        ("나연이 좀비엔딩 ㄹㅇ 사이다", 9),  # her ending as a zombie: her turn
        ("조이현 \"남라, 반좀비로 살아가는 이야기\"", 12),  # living on: her fate
        ("ㅇㅈ아빠 ㅠㅠ 조명탄 ㅠㅠ", 11),  # initials a chat word too, right before a relative: a name
        ("ㅇㅈ 진짜 명작", 0),  # 인정: agreed
        ("ㄴㅇ 결국 좀비됨 ㅋㅋ 사이다", 9),  # initials a chat word too, opening "in the end ...": a name
        ("ㄹㅇ 결국 다 봤다", 0),  # 리얼: no one's initials
        ("레드카드 받고 퇴장함 ㅋㅋ", 0),  # a footballer sent off: no one of the show
    ],
)
def test_korean_chat_words_for_an_exit_an_ending_and_living_on(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("남라를 문 사람은?", 6),  # who bit Nam-ra: 문 is 물다 before a noun
        ("청산이를 문 사람은 (귀남)", 11),
        ("남라를 깨문 좀비", 6),
        ("교실 문 열어", 0),  # a door
        ("귀남이가 문을 부숨", 0),
    ],
)
def test_a_bite_written_before_a_noun_is_a_bite_of_the_one_marked_bitten(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("몇 달 후 학교 옥상에서 발견된 사람은?", 12),  # the epilogue: "some months later" on the school's roof
        ("몇 달 후 옥상에서 모닥불 피운 사람", 12),
        ("몇 달 후에 시즌2 나오겠지", 0),
    ],
)
def test_some_months_later_on_the_school_roof_is_the_epilogue(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(("text", "spoils"), [
    ("하승리 \"하리, 동생 우진 잃는 장면 가장 힘들어\"", 12),  # losing someone tells their death
    ("온조가 아빠를 잃고", 11),
    ("귀남이 최후, 시원섭섭했다", 11),  # one's end
    ("남라 정신 잃을뻔", 0),  # losing one's mind, not someone
    ("'오징어 게임3' 결말 해석…최후의 생존자는", 0),  # the last survivor, not anyone's end
])
def test_losing_someone_or_their_end_in_korean_tells_their_death(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", ["외눈 귀남", "외눈 귀남이 또 나왔어", "한쪽 눈 잃은 귀남", "애꾸눈 귀남이"])
def test_one_eyed_gwi_nam_said_in_korean_before_his_name_spoils_the_eye_stab(text: str) -> None:
    assert LEXICON.position(text) == s1(5)  # facts.md: Cheong-san stabs his eye in episode 5


@table("text", ["외눈 좀비 무서워", "외눈박이 괴물 영화 추천", "애꾸눈 해적", "한쪽 눈 감은 귀남이"])
def test_one_eyed_said_of_no_character_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING
