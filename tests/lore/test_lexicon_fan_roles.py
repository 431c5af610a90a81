"""The spoiler lexicon (bot/lore/lexicon.py) on the fan chat of bench/lexicon_heldout19.yaml's kinds, in other
wordings: a halfbie's red eyes, roles and nicknames ("prez", "one-eye", "roof coward", "virus dad", "firefighter
appa"), the boy on the roof's lie, fates told sideways ("never came out", "came out without her brother"), fans'
verbs and places ("airstriked", "the building site"), romanised Korean; roles in Spanish, Portuguese, French and
Japanese, "6話" as an episode, and a rewatch night's own baby, brother and patience; the roles in Chinese and Indonesian,
"el cap 12" / "l'épisode 11" as episodes, "survived ep 9", and the writer's own class president, tiredness, bites and grief
(the episode each gives away; 0: none)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.show import NOTHING, Position
from tests.table import table

LEXICON = lexicon_of(bundled_pack())


def s1(episode: int) -> Position:
    return Position(1, episode) if episode else NOTHING


def reads(text: str) -> Position:
    """What the lexicon reads in a fan's text, the same whether or not the text is known to be about the show."""
    about_show, anywhere = LEXICON.position(text), LEXICON.position(text, anywhere=True)
    assert about_show == anywhere, text
    return about_show


@table(
    ("text", "spoils"),
    [
        ("namra's eyes turned red 😳", 6),
        ("banjang red-eyed in the classroom??", 6),
        ("prez slipped away from the group at the end", 12),
        ("namra eyes red??", 6),  # the verb left out, as chat leaves it
        ("my eyes are red from crying over this show", 0),  # the writer's eyes, no one of the show
        ("my eyes red from crying over this show", 0),
    ],
)
def test_a_halfbies_red_eyes_said_of_the_class_president_give_her_turn_away(text: str, spoils: int) -> None:
    assert reads(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("cheolsu lied to everyone smh", 8),
        ("the roof coward lying to the pilot", 8),
        ("the kid on the rooftop is such a liar", 8),
        ("cheolsu lying down on the roof", 0),  # lying down is no lie
    ],
)
def test_the_boy_on_the_roof_lying_gives_his_lie_of_episode_eight_away(text: str, spoils: int) -> None:
    assert reads(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the fireman dad never came out of the gym", 11),
        ("one-eye bit cheongsan at the building site", 11),
        ("the one-eyed freak crawled out of the rubble in s2??", 11),
        ("hari got out of yangdong without her little brother", 12),
        ("the virus dad got eaten at the police station", 4),
        ("the homeroom ssaem threw herself at the zombies", 3),
        ("they airstriked hyosan", 11),
        ("woojin went back for hyoryung ❤️", 10),
        ("gwinam mullyeotda", 5),  # 물렸다, "was bitten": his bite in the library, his turn
        ("cheongsan mullyeosseo", 11),
        # roles said in fans' other languages, a Japanese or Chinese episode, a halfbie girl (bench heldout38's kinds)
        ("la presidenta de la clase fue mordida por salvar a suhyeok", 6),
        ("o professor de ciências foi mordido na delegacia", 4),
        ("le prof de sciences s'est fait mordre", 4),
        ("学級委員長が噛まれた", 6),
        ("6話のスヒョク、かっこよすぎ", 6),
        ("第11集 清山 😭", 11),
        ("hambie girl back for s2 🥹", 12),
        ("that halfbie girl on the roof at the very end", 12),
        # the same roles in Chinese and Indonesian, surviving said to the end or up to an episode, a relative's death
        # told verb first, and episodes in Spanish and French (bench heldout39's kinds)
        ("the class president survived", 12),  # "president" ends like "dont": still a survival
        ("a líder da turma sobreviveu até o final", 12),
        ("班长被咬了", 6),
        ("ketua kelas digigit gwinam", 6),
        ("la déléguée est devenue à moitié zombie", 6),
        ("namra survived ep 9", 9),  # up to that episode: no fate told
        ("남라 9화까지 살아남음", 9),
        ("lloré cuando murió el papá de onjo", 11),
        ("namra en el capítulo 12 😭", 12),
        ("onjo dans l'épisode 11 😭", 11),
        # a fan's fond "my class president" telling her fate is Nam-ra (only a real one's day is the writer's own)
        ("my class president 😭 survived", 12),
        ("MY CLASS PRESIDENT MADE IT OUT ALIVE", 12),
        ("my class president is back in s2", 12),
        ("mi presidenta de clase sobrevivió 😭", 12),
        ("my class president survived ep 9", 9),
        # a survival said on past an episode is the whole story's: the fate
        ("onjo survived ep 7 onwards", 12),
        ("namra survived ep 10 and the rest", 12),
        ("namra survived ep 11 & 12", 12),
        ("suhyeok survived ep 5 through 12", 12),
        ("suhyeok survived every ep", 12),
        ("suhyeok survived ep 9, the whole show actually", 12),
    ],
)
def test_fates_told_sideways_with_roles_and_nicknames_give_their_episodes_away(text: str, spoils: int) -> None:
    assert reads(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the archer who dies - minjae right?", 11),  # was read as Ha-ri's ("the archer"): /ask showed it at mark 7
        ("the archer who dies — minjae?", 11),
        ("the archer who dies - minjae right", 11),
        ("el arquero que muere - minjae verdad?", 11),
        ("the one who bit namra - gwinam right?", 6),
        ("the archer who dies - it's minjae right?", 11),  # (fix116: "it's" before the guess, as typed)
        ("the guy who bit namra - it's gwinam right?", 6),
        ("the one who dies in ep 11 - cheongsan right?", 11),
        ("Gyeong-su turns into a zombie - Na-yeon right?", 3),  # no one described: the turn stays Gyeong-su's
    ],
)
def test_a_guess_after_a_dash_at_who_a_description_is_gives_that_ones_fate_away(text: str, spoils: int) -> None:
    assert reads(text) == s1(spoils)


@table(
    "text",
    [
        "the album never came out lol",
        "i confessed to my crush on the roof lol",
        "the prez of my club is obsessed with this show",
        "our building site at work is so loud",
        "coming back for season 2 hopefully!",
        # a rewatch night's own people and things beside an episode
        "my little brother is the bully at home, ep 4 paused again",
        "the baby's napping, starting ep 7 now",
        "natulog na si baby, ep 9 na tayo",
        "rip to my patience, ep 2 buffering forever",
        "minha irmã não sobreviveu ao ep 3, dormiu",
        "my cousin didn't survive ep 5, asleep on the couch",
        "携帯が5話の途中で死んだ",
        # the writer's own class president, teacher, tiredness, bites and grief beside an episode (bench heldout39's kinds)
        "our school's class president binged ep 8 in one night",
        "mi profe de ciencias vio el cap 5 en clase",
        "notre déléguée a vu l'épisode 9",
        "我们班长昨天看到第9集了",
        "ketua kelas gue nonton ep 9",
        "i'm basically a hambie before my coffee, ep 2 later",
        "half-zombie na kami after ng night shift, ep 5 later",
        "bitten by so many mosquitoes during ep 8",
        "a minha avó faleceu, parei no ep 6",
        "murió mi tío y dejé el capítulo 7",
        "ma grand-mère est morte, j'ai arrêté à l'épisode 10",
        "my best friend's grandma passed away, no ep 4 tonight",
        "the half-zombie dude in Kingdom ep 3 though",
        "my class president made us watch ep 6",
        "my class president made it to nationals, ep 4 tonight to celebrate",
        "my class president got bitten by a mosquito during ep 8",
    ],
)
def test_the_same_words_said_of_no_one_of_the_show_spoil_nothing(text: str) -> None:
    assert reads(text) == NOTHING
