"""The one name resolver: folding, variants, misspellings, Hangul, fuzzy, ambiguity, mentions."""

from __future__ import annotations

import pytest

from bot.lore.content import bundled_pack
from bot.lore.names import Entity, NameResolver, fold, fold_words, same_initial, skeleton
from tests.table import table


@pytest.fixture(scope="module")
def resolver() -> NameResolver:
    return NameResolver.from_pack(bundled_pack())


def _name(resolver: NameResolver, text: str, kinds: tuple[str, ...] = ("person", "character")) -> str | None:
    found = resolver.resolve(text, kinds)
    return found.entity.name if found.entity else None


def test_fold_ignores_case_hyphens_spaces_apostrophes_and_periods() -> None:
    assert fold("On-jo") == fold("on jo") == fold("ONJO") == fold("On'jo") == fold("On.jo") == "onjo"


def test_fold_applies_nfkc_and_drops_accents() -> None:
    assert fold("Ｏｎ－ｊｏ") == "onjo"
    assert fold("Ón-jö") == "onjo"


def test_skeleton_merges_romanization_variants() -> None:
    assert skeleton(fold("Soo-hyuk")) == skeleton(fold("Su-hyeok"))
    assert skeleton(fold("Gwi-nam")) == skeleton(fold("Kwi-nam"))


def test_fold_words_folds_like_fold_but_keeps_word_breaks() -> None:
    assert fold_words("Ｎａｍ Ón-jö's  friend!") == "nam on jos friend"
    assert fold_words("It's Ji-hu") == "its ji hu"
    assert fold_words("남온조, 최남라") == "남온조 최남라"
    for text in ("Nam On-jo", "Ｏｎ－ｊｏ", "Pokémon & Co.", "남온조 누구"):
        assert fold_words(text).replace(" ", "") == fold(text)


def test_same_initial_merges_consonants_romanized_two_ways() -> None:
    pairs = [("busan", "pusan"), ("gwi", "kwi"), ("dae", "tae"), ("lee", "rhee"), ("cheong", "jeong"), ("woo", "yoo")]
    assert all(same_initial(a, b) for a, b in pairs)
    assert not same_initial("sm", "bh")
    assert not same_initial("apple", "egg")


@table(
    ("typed", "expected"),
    [
        ("Nam On-jo", "Nam On-jo"),
        ("nam onjo", "Nam On-jo"),
        ("NAM ON JO", "Nam On-jo"),
        ("Lee Chung-san", "Lee Cheong-san"),
        ("Lee Soo-hyuk", "Lee Su-hyeok"),
        ("Park Ji-hoo", "Park Ji-hu"),
        ("Park Ji Hu", "Park Ji-hu"),
        ("Lim Jae-hyeok", "Im Jae-hyuk"),
        ("Lee Jae Gyoo", "Lee Jae-kyoo"),
        ("Lee J.Q.", "Lee Jae-kyoo"),
    ],
)
def test_romanization_variants_resolve(resolver: NameResolver, typed: str, expected: str) -> None:
    assert _name(resolver, typed) == expected


@table(
    ("typed", "expected"),
    [
        ("Su-hook", "Lee Su-hyeok"),
        ("I'm Jae-hyuk", "Im Jae-hyuk"),
        ("Lee Eun-same", "Lee Eun-saem"),
        ("Choi Nam-are", "Choi Nam-ra"),
        ("Yoon Cha-yeong", "Yoon Chan-young"),
        ("Hyo-Kyung", "Seo Hyo-ryeong"),
        ("Cheong-sak", "Lee Cheong-san"),
        ("Joo Dong-guen", "Joo Dong-geun"),
    ],
)
def test_the_articles_misspellings_resolve(resolver: NameResolver, typed: str, expected: str) -> None:
    assert _name(resolver, typed) == expected


@table(("typed", "expected"), [("On-jo", "Nam On-jo"), ("Onjo", "Nam On-jo"), ("Cheong-san", "Lee Cheong-san"), ("Ji-hu", "Park Ji-hu")])
def test_given_name_alone_resolves(resolver: NameResolver, typed: str, expected: str) -> None:
    assert _name(resolver, typed) == expected


@table(("typed", "expected"), [("남온조", "Nam On-jo"), ("온조", "Nam On-jo"), ("박지후", "Park Ji-hu")])
def test_hangul_resolves(resolver: NameResolver, typed: str, expected: str) -> None:
    assert _name(resolver, typed) == expected


@table("typed", ["Lomon", "Park Solomon", "Solomon Park", "Romon"])
def test_stage_name_and_real_name_are_one_person(resolver: NameResolver, typed: str) -> None:
    assert _name(resolver, typed) == "Lomon"


@table("typed", ["Lee", "Park", "Kim", "Yoon"])
def test_a_bare_surname_offers_candidates_instead_of_guessing(resolver: NameResolver, typed: str) -> None:
    found = resolver.resolve(typed)
    assert found.entity is None
    assert found.ambiguous
    assert len(found.candidates) > 1


def test_fuzzy_matching_forgives_a_typo_in_a_long_name(resolver: NameResolver) -> None:
    assert _name(resolver, "Cheongsann") == "Lee Cheong-san"
    assert _name(resolver, "Park Jihuu") == "Park Ji-hu"


@table("typed", ["Park Ji-hoon", "park jihoon"])
def test_a_final_consonant_more_is_another_name_not_a_typo(resolver: NameResolver, typed: str) -> None:
    # Ji-hoon is another actor's name, not a misspelling of Ji-hu
    assert resolver.resolve(typed).entity is None


@table(("typed", "expected"), [("cheongsann", "lee-cheong-san"), ("park jihoo", "park-ji-hu")])
def test_a_doubled_letter_or_a_long_vowel_is_still_a_typo(resolver: NameResolver, typed: str, expected: str) -> None:
    found = resolver.resolve(typed).entity
    assert found is not None and found.id == expected


@table("typed", ["Na", "Jo", "Oh", "xyz", "zzzz", "Harry Potter", ""])
def test_short_or_unknown_names_do_not_fuzzy_match(resolver: NameResolver, typed: str) -> None:
    assert resolver.resolve(typed).entity is None


def test_kinds_restrict_the_answer(resolver: NameResolver) -> None:
    assert _name(resolver, "Lomon", ("character",)) is None
    assert _name(resolver, "On-jo", ("person",)) is None


def test_a_reference_value_resolves_exactly(resolver: NameResolver) -> None:
    entity = resolver.resolve("Nam On-jo").entity
    assert entity is not None
    assert resolver.resolve(entity.ref).entity == entity


def test_search_puts_name_prefixes_first(resolver: NameResolver) -> None:
    found = resolver.search("nam", ("character",))
    assert found[0].name.startswith("Nam")


def test_search_finds_by_given_name_and_variant(resolver: NameResolver) -> None:
    assert "Nam On-jo" in [e.name for e in resolver.search("onj", ("character",))]
    assert "Lomon" in [e.name for e in resolver.search("solo", ("person",))]


@table(
    ("typed", "kinds", "offered"),
    [
        ("ㅊㅅ", ("character",), "Lee Cheong-san"),
        ("ㄴㄹ", ("character",), "Choi Nam-ra"),
        ("ㅇㅈ", ("character",), "Nam On-jo"),
        ("ㅇㅈ", ("character", "person"), "Lee Jae-kyoo"),
        ("청ㅅ", ("character",), "Lee Cheong-san"),
        ("최ㄴ", ("character",), "Choi Nam-ra"),
    ],
)
def test_search_offers_names_typed_by_their_korean_initials(
    resolver: NameResolver, typed: str, kinds: tuple[str, ...], offered: str
) -> None:
    assert offered in [e.name for e in resolver.search(typed, kinds)]


def test_search_puts_names_typed_out_before_names_matched_by_initials(resolver: NameResolver) -> None:
    names = [e.name for e in resolver.search("남", ("character",))]
    assert names.index("Nam So-ju") < names.index("Choi Nam-ra")


def test_search_returns_at_most_the_limit(resolver: NameResolver) -> None:
    assert len(resolver.search("", limit=25)) == 25
    assert len(resolver.search("e", limit=5)) <= 5


def test_search_without_text_lists_characters_first(resolver: NameResolver) -> None:
    assert resolver.search("")[0].kind == "character"


def test_mentions_find_names_inside_a_question(resolver: NameResolver) -> None:
    names = [e.name for e in resolver.find_mentions("Who is On-jo's father, and does Cheong-san like her?")]
    assert names == ["Nam On-jo", "Lee Cheong-san"]


def test_mentions_prefer_the_longest_name(resolver: NameResolver) -> None:
    mentions = resolver.mentions("what does Park Ji-hu think")
    assert [m.text for m in mentions] == ["Park Ji-hu"]


def test_mentions_read_hangul_with_particles(resolver: NameResolver) -> None:
    assert [e.name for e in resolver.find_mentions("남온조의 아빠는 누구야")] == ["Nam On-jo"]


def test_mentions_ignore_ordinary_words_and_surnames(resolver: NameResolver) -> None:
    assert resolver.find_mentions("Is the song on the show any good? Oh, and Han?") == []


def test_mentions_fall_back_to_fuzzy_for_a_misspelt_long_name(resolver: NameResolver) -> None:
    assert [e.name for e in resolver.find_mentions("what happens to cheongsann")] == ["Lee Cheong-san"]


def test_a_fuzzy_mention_is_found_again_the_same_way(resolver: NameResolver) -> None:
    first = resolver.mentions("is hyoryoung alive?")
    again = resolver.mentions("is hyoryoung alive?")
    assert first == again
    assert [e.name for m in again for e in m.candidates] == ["Seo Hyo-ryeong"]


def test_an_exact_name_is_found_at_the_end_of_a_very_long_question(resolver: NameResolver) -> None:
    filler = " ".join(f"wordy{i}xq" for i in range(80))
    assert [e.name for e in resolver.find_mentions(f"{filler} what about On-jo?")] == ["Nam On-jo"]


def test_a_long_question_of_unknown_words_names_nobody(resolver: NameResolver) -> None:
    filler = " ".join(f"zzqy{i}plorth" for i in range(90))
    assert resolver.mentions(filler) == []


def test_entity_is_a_plain_value() -> None:
    assert Entity("character", "x", "X") == Entity("character", "x", "X")


def _near(resolver: NameResolver, text: str, known: frozenset[str] = frozenset()) -> list[tuple[str, list[str]]]:
    return [(m.text, [e.name for e in m.candidates]) for m in resolver.mentions(text, known_words=known)]


@table(
    ("text", "typed", "name"),
    [
        ("who plays sojuu", "sojuu", "Nam So-ju"),  # a letter doubled
        ("namraa is a halfbie right", "namraa", "Choi Nam-ra"),
        ("is gwinma dead", "gwinma", "Yoon Gwi-nam"),  # two letters swapped
        ("wut ep does hyorung die", "hyorung", "Seo Hyo-ryeong"),  # a variant, exactly
        ("who plays hee sooo", "hee sooo", "Park Hee-soo"),  # two words joined, a letter doubled
        ("what happened to mijim", "mijim", "Park Mi-jin"),  # a letter changed
    ],
)
def test_a_word_one_letter_from_one_name_is_that_name(resolver: NameResolver, text: str, typed: str,
                                                      name: str) -> None:
    assert (typed, [name]) in _near(resolver, text)


@table(
    ("text", "typed", "name"),
    [
        ("joonsung died in the storeroom", "joonsung", "Yoo Joon-seong"),  # oo/u, eo/u
        ("chung san and onjo", "chung san", "Lee Cheong-san"),  # ch/j, eo/u, two words
        ("kyungsoo turned", "kyungsoo", "Han Gyeong-su"),  # k/g, eo/u, oo/u
        ("joon young sacrificed himself", "joon young", "Oh Joon-yeong"),  # "young": a word the pack knows
        ("byung chan made it", "byung chan", "Lee Byeong-chan"),
    ],
)
def test_a_name_romanised_another_way_is_that_name(resolver: NameResolver, text: str, typed: str, name: str) -> None:
    assert (typed, [name]) in _near(resolver, text, frozenset({"young", "san", "chan"}))


@table(
    ("text", "typed", "name"),
    [
        ("gwiman dies in wat ep", "gwiman", "Yoon Gwi-nam"),  # n and m exchanged, two letters apart
        ("cheonsgan is alive?", "cheonsgan", "Lee Cheong-san"),
    ],
)
def test_a_name_with_two_consonants_exchanged_is_that_name(resolver: NameResolver, text: str, typed: str,
                                                           name: str) -> None:
    assert (typed, [name]) in _near(resolver, text)


@table("text", ["a normal animal", "the manual", "a remain", "the camera angle", "semantic"])
def test_an_english_word_with_a_names_letters_is_no_name(resolver: NameResolver, text: str) -> None:
    assert _near(resolver, text) == []


def test_the_near_miss_also_reads_a_name_beside_an_exact_one(resolver: NameResolver) -> None:
    assert [n for _, n in _near(resolver, "who plays onjo's dad sojuu")] == [["Nam On-jo"], ["Nam So-ju"]]


@table("text", ["what is a lemon", "a spark of hope", "i was shook", "who plays roman",
                                  "the jimim question", "a melee in the gym", "the melees", "read the quran",
                                  "sparky ms"])
def test_an_english_or_known_word_near_a_name_is_no_name(resolver: NameResolver, text: str) -> None:
    assert _near(resolver, text, frozenset({"jimim"})) == []  # "jimim" stands for a word the engine knows


def test_a_near_miss_is_read_only_when_asked_for_and_only_when_one_name_is_that_near(resolver: NameResolver) -> None:
    assert resolver.mentions("who plays sojuu") == []  # without known_words: exact and fuzzy names only
    assert _near(resolver, "who is namsa") == []  # one letter from Nam-ra and from Nam-su: a guess, never
    assert _near(resolver, "the soju bar") == [("soju", ["Nam So-ju"])]  # an exact key, as before


@table(("text", "names"), [
    ("what melee weapon did cheong-san use", [["Lee Cheong-san"]]),  # "melee" is a letter from "mrlee"
    ("who won the melee, su-hyeok or gwi-nam", [["Lee Su-hyeok"], ["Yoon Gwi-nam"]]),
    ("did mr leee die", [["Lee Byeong-chan"]]),  # a slip in a title and surname is still read (fuzzy)
])
def test_a_word_near_a_title_and_surname_is_english_not_that_teacher(resolver: NameResolver, text: str,
                                                                     names: list[list[str]]) -> None:
    assert [n for _, n in _near(resolver, text)] == names


@table(("typed", "expected"), [("cheongsan이 죽었어", "lee-cheong-san"), ("isak이랑 온조", "yoon-i-sak")])
def test_a_romanised_name_with_a_korean_particle_typed_onto_it_is_found(resolver: NameResolver, typed: str,
                                                                        expected: str) -> None:
    assert expected in {e.id for m in resolver.mentions(typed, fuzzy=False) for e in m.candidates}


@table("typed", ["Kang Min-jae", "kang min jae", "kim su-hyeok", "Park On-jo"])
def test_a_given_name_under_another_surname_is_another_person(resolver: NameResolver, typed: str) -> None:
    assert _name(resolver, typed) is None


@table(("typed", "name"), [("Jeong Min-jae", "Jung Min-jae"), ("Lee Su-hyuk", "Lee Su-hyeok"),
                                             ("Yi Su-hyeok", "Lee Su-hyeok")])
def test_a_surname_romanised_another_way_is_the_same_person(resolver: NameResolver, typed: str, name: str) -> None:
    assert _name(resolver, typed) == name


@table("text", ["who is kang min-jae", "what happens to kang minjae", "kim su-hyeok actor"])
def test_a_mention_after_another_surname_names_nobody(resolver: NameResolver, text: str) -> None:
    assert resolver.mentions(text, known_words=frozenset()) == []


@table(("text", "name"), [("does lee cheongsan die", "Lee Cheong-san"),
                                            ("so minjae died?", "Jung Min-jae"),
                                            ("do onjo and cheongsan kiss", "Nam On-jo"),
                                            ("is his son jinsu a zombie", "Lee Jin-su")])
def test_a_mention_after_its_own_surname_or_an_english_word_is_still_found(resolver: NameResolver, text: str,
                                                                           name: str) -> None:
    assert name in [e.name for m in resolver.mentions(text) for e in m.candidates]
