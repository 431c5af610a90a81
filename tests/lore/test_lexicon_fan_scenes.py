"""The spoiler lexicon (bot/lore/lexicon.py) on scenes of bench/lexicon_heldout20.yaml's kinds told by a prop, in other
wordings: the fire that opens the locked roof door (E8), the assemblywoman tearing up her resignation (E12) and the
commander's recorded last words (E12); the same words in a writer's own day or as praise stay in the clear (the
episode each gives away; 0: none)."""

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
        ("the office fire popping the roof door open 🔥", 8),
        ("smoke from downstairs and the roof door unlocks 😭", 8),
        ("roof door opening on its own during the fire 😳", 8),
        ("교무실 불 때문에 옥상문 열림", 8),
        ("the roof door being locked while the heli was right there", 7),  # still shut: the day before
        ("that roof door scene was fire", 0),  # praise, and no door told shut or open
        ("the roof door at work is alarmed lol", 0),
    ],
)
def test_a_fire_that_opens_the_roof_door_tells_episode_8(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("assemblywoman ripping up her resignation letter was a moment", 12),
        ("the politician lady tearing up the resignation at the end", 12),
        ("the zombie show ending where she rips up the resignation letter", 12),
        ("국회의원이 사직서 찢을 때 통쾌", 12),
        ("my manager tore up my resignation letter lmao", 0),
        ("the politician resigned after the scandal", 0),
    ],
)
def test_the_assemblywoman_tearing_up_her_resignation_tells_the_last_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the general recording his apology then 🔫 ...", 12),
        ("commander jin's last statement 😶", 12),
        ("general jin 🔫", 12),
        ("jin seon-moo recording his confession before the end", 12),
        ("recording my apology video for being late lol", 0),
        ("the commander in halo is so cool", 0),
    ],
)
def test_the_commanders_recorded_last_words_tell_the_last_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("zombie gyeongsu biting chungsan's mom", 4),
        ("gyeongsu bit chungsans mom", 4),  # the owner typed without an apostrophe
        ("chungsan's mom got bitten by gyeongsu", 4),
    ],
)
def test_a_bite_of_someones_relative_tells_the_relatives_episode(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the soldiers leaving them on the roof in the rain ⛈️", 9),
        ("the army just abandoned the kids on the school roof", 9),
        ("the military left the base", 0),
        ("chungsan x gwinam round 2 in the fire", 11),
        ("round 2 in the fire pit at our bbq lol", 0),
    ],
)
def test_the_roof_left_behind_and_the_fight_in_the_fire_told_as_fans_do(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table("text", [
    "at school today someone told me the soldiers leave them on the roof",
    "fire drill at school today lol reminded me of when the roof door burst open from the fire",
])
def test_a_scene_relayed_on_the_writers_school_day_is_still_read(text: str) -> None:
    assert LEXICON.position(text) != NOTHING
