"""The spoiler lexicon on a fan's game beside the show in other languages (bench/lexicon_heldout74.yaml, heldout75): the
show's "real one" said in French and Italian, a bite "by" someone in Spanish, French and Portuguese, a survival word put
before its name, the game's own deaths in Vietnamese, Korean, Chinese, Italian, French and Tagalog (its lag, its skin,
its creeper), and the series said after a game: where the death happened, or only what one watches next."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from tests.stall import read_at_once
from tests.table import table

LEXICON = lexicon_of(bundled_pack())


@table(
    ("text", "episode"),
    [
        ("mon skin fortnite c'est namra, la vraie se fait mordre par gwinam 😭", 6),
        ("mon skin fortnite c'est gwinam, le vrai meurt à la fin", 11),
        ("il mio avatar su roblox è cheongsan, quello vero muore alla fine 😭", 11),
    ],
)
def test_the_real_one_said_in_french_or_italian_after_an_avatar_tells_the_shows_fate(text: str, episode: int) -> None:
    assert LEXICON.position(text) == Position(1, episode)


@table(
    "text",
    [
        "mon skin fortnite c'est namra, la vraie est trop belle",
        "il mio avatar su roblox è cheongsan, quello vero è il mio preferito",
    ],
)
def test_the_real_one_said_in_french_or_italian_without_a_fate_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(
    "text",
    [
        "namra es mordida por gwinam",
        "namra, ella es mordida por gwinam",
        "namra, elle se fait mordre par gwinam",
        "namra digigit oleh gwinam",
        "il mio avatar è namra, quella vera viene morsa da gwinam",
    ],
)
def test_one_bitten_by_gwinam_in_spanish_french_italian_or_indonesian_is_the_one_bitten_not_gwinam(text: str) -> None:
    assert LEXICON.position(text) == Position(1, 6)  # Nam-ra's bite, not Gwi-nam's own (5)


@table("text", ["¿sobrevive suhyeok? es un sí 🥹", "sobreviveu suhyeok", "sobrevive suhyeok"])
def test_a_survival_word_before_its_name_tells_the_fate_at_the_end(text: str) -> None:
    assert LEXICON.position(text) == Position(1, 12)  # not his survival of one scene (6)


def test_a_survival_word_before_its_name_and_a_scene_is_that_scenes() -> None:
    assert LEXICON.position("sobrevive suhyeok a la pelea") == Position(1, 6)


@table(
    "text",
    [
        "tạo nhân vật cheongsan trong free fire xong chết liền vì lag 💀",  # Vietnamese "in" the game, its lag
        "my cheongsan skin in roblox died bc of lag 💀",
        "마크에서 청산이 스킨 만들었는데 좀비한테 죽음 ㅋㅋㅋ",  # Korean "in Minecraft"
        "我的世界里我的青山皮肤被苦力怕炸死了哈哈",  # Chinese Minecraft, its skin and creeper
    ],
)
def test_a_death_in_the_fans_game_in_vietnamese_korean_or_chinese_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


@table(
    ("text", "episode"),
    [
        ("로블록스 아바타 청산이로 만들었는데 진짜 청산이는 11화에서 물림 ㅠㅠ", 11),  # the real one at an episode
        ("마크에서 청산이 스킨 만들었는데 진짜 청산이는 죽음 ㅠㅠ", 11),  # Korean "the real one"
        ("마크에서 놀다가, 청산이 죽음 11화", 11),  # an episode named after the game
        ("我在我的世界里给青山建了纪念碑，因为他被贵男咬了😭", 11),  # a reason after the game's build
        ("マイクラでナムラのスキン作った、本物のナムラは6話で噛まれるけど😭", 6),
    ],
)
def test_the_shows_fate_told_beside_a_game_in_korean_chinese_or_japanese_is_read(text: str, episode: int) -> None:
    assert LEXICON.position(text) == Position(1, episode)


def test_a_long_korean_message_of_games_reads_at_once() -> None:
    with read_at_once():
        LEXICON.position("마크에서 청산이 " * 500)


@table(
    ("text", "episode"),
    [
        ("made a roblox avatar of soju bc he died saving the kids 😭", 11),
        ("made a roblox avatar of cheongsan bc he deserved better than getting bitten by gwinam 😭", 11),  # (heldout73)
    ],
)
def test_a_reason_after_an_avatar_of_a_character_tells_that_characters_fate(text: str, episode: int) -> None:
    assert LEXICON.position(text) == Position(1, episode)


@table(
    "text",
    [
        "jogando free fire porque tava entediado, meu cheongsan morreu kkk",
        "played roblox bc i was bored, my gwinam died lol",
        "made a roblox avatar of gwinam bc i was bored, he died lol",
        "roblox avatar of gwinam bc why not, he died 5 times lol",  # the writer's reason, no one's told after it
    ],
)
def test_boredom_as_the_reason_one_plays_keeps_a_death_in_the_game(text: str) -> None:
    assert LEXICON.position(text) == NOTHING


def test_a_death_told_before_the_boredom_is_the_shows() -> None:
    assert LEXICON.position("jogando roblox porque o cheongsan morreu e fiquei entediada") == Position(1, 11)


@table(
    "text",
    [
        "jugando free fire porque estaba aburrido, cheongsan muere al final de la serie",
        "jogando free fire porque tava entediado, o cheongsan morre no final da série",
        "main free fire karena gabut, soju mati di akhir serialnya",
        "chơi free fire vì chán, cheongsan chết ở cuối phim",
        "jugando free fire, mi cheongsan murió igual que en la serie",
        "giocando a roblox, cheongsan muore alla fine della serie",
        "je joue à fortnite, cheongsan meurt dans la série aussi",
        "naglaro ng roblox, namatay si cheongsan sa series",
        "main roblox sampai malam, btw cheongsan mati di akhir serial 😭",  # (heldout75: "serial" without "-nya")
    ],
)
def test_a_death_in_the_series_said_after_a_game_in_another_language_is_the_shows(text: str) -> None:
    assert LEXICON.position(text) == Position(1, 11)


@table(
    "text",
    [
        "jugando free fire, mi cheongsan murió, mañana otra serie de partidas",
        "chơi free fire, cheongsan của tôi chết, xem phim khác thôi",
        "jugando roblox con mi avatar cheongsan, se murió de hambre lol, mañana vemos la serie",  # (heldout75)
        "jogando roblox, meu cheongsan morreu kkk, depois vejo a série",
        "main roblox, cheongsan ku mati, ntar malem nonton serialnya",
        "giocando a roblox, il mio cheongsan è morto, stasera guardo la serie",
        "jouer à fortnite, mon cheongsan est mort lol, ce soir je regarde la série",
        "naglaro ng roblox, namatay yung cheongsan ko, manonood ako ng series mamaya",
    ],
)
def test_a_series_of_matches_another_film_or_the_series_watched_later_after_a_game_death_gives_nothing_away(text: str) -> None:
    assert LEXICON.position(text) == NOTHING
