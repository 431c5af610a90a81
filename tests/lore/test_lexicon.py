"""The spoiler lexicon (bot/lore/lexicon.py): what a text gives away, read from the pack itself."""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.lore import cards
from bot.lore.answer import AnswerEngine
from bot.lore.content import bundled_pack
from bot.lore.content.model import ContentPack
from bot.lore.lexicon import Lexicon, lexicon_of
from bot.show import NOTHING, Position, ShowShape
from bot.spoilers import render
from tests.cogs.spoiler_oracle import outside_bars, plain
from tests.table import table

PACK = bundled_pack()
LEXICON = lexicon_of(PACK)


def s1(episode: int) -> Position:
    return Position(1, episode)


@table(
    "text",
    [
        "Who plays Lee Na-yeon?",
        "A violent bully at Hyosan High.",
        "All of Us Are Dead premiered on Netflix on 28 January 2022.",  # "Dead" in the title is no death
        "Park Ji-hu said she began shooting in June 2020.",
        "What colour is the sky on a clear day?",
        "",
        "All of Us Are Dead season 2 teaser is out",
        "who plays cheongsan in the zombie show",
        "cheongsan fights a zombie",
        "onjo lives next door to cheongsan",
        "cheongsan makes it to the roof",
        "namra is the class president",
        "onjo's dad is a firefighter",
        "park ji-hu rip my heart",
        "I lost my phone watching this",
        "청산이 최고야",
        # cast and release news, and idioms that only look like events
        "Netflix confirms All of Us Are Dead season 2 release window",
        "Park Ji-hu talks about filming in Andong",
        "'All of Us Are Dead' Season 2 | Netflix | Official teaser",
        "yoon chan-young dying his hair for new drama",
        "Yoon Chan-young is dead tired after the shoot",
        "Lomon kills it in new drama Beauty in the Beast",
        "Cho Yi-hyun's killer look at the Baeksang",
        "Ha Seung-ri graduates from university",  # an actor's degree, not On-jo's season-2 university
        "AOUAD fans are dying for season 2 news",
        "i love cheongsan so much",
        "suhyeok x namra",  # a ship is no kiss
        "onjo gets cheongsan to help",
        "onjo loses her phone",
        "does ha-ri die?",  # she does not: asking gives nothing away (as "Ha-ri dies." does not)
        "episode 4 is my favourite",
        "How many episodes does All of Us Are Dead have?",
        "Which main character was shot in the 'Pretty Little Liars' Season 7 summer finale?",
        "Who was the commander in charge of construction of the second Death Star?",
        "Who is the villain in Die Hard?",
        "All of Us Are Dead ending explained",
        "In which room? The music room",  # a place the pack names an event by is no event
        'does namra die?',
        'cheongsan comes to school late',
        'onjo leaves school early to help her dad',
        'my mom came to pick me up from school',
        'cheongsan hates gwinam. he is a bully.',
        'onjo sees cheongsan at school',
    ],
)
def test_a_text_that_names_no_event_gives_nothing_away(text: str) -> None:
    assert LEXICON.scan(text) is None
    assert LEXICON.position(text) == NOTHING


def test_a_death_spoils_the_episode_the_pack_has_it_in_and_says_which_words_gave_it_away() -> None:
    found = LEXICON.scan("Do Cheong-san and Lee Na-yeon die in All of Us Are Dead")
    assert found is not None and found.position == s1(11)
    assert found.terms == ("Cheong-san", "die")


def test_each_name_listed_with_the_event_counts() -> None:
    assert LEXICON.position("Do Gwi-nam and Ha-ri die?") == s1(11)
    assert LEXICON.position("Ha-ri and Gwi-nam die?") == s1(11)


def test_the_earliest_event_of_its_kind_is_what_a_text_gives_away() -> None:
    assert LEXICON.position("Nam-ra is bitten.") == s1(6)  # her bite (E6), not her fate's tag (E12)
    assert LEXICON.position("Gwi-nam becomes the first student halfbie.") == s1(5)  # as facts.md has it


def test_a_death_told_in_the_passive_is_a_death() -> None:
    for text in ("gwi-nam is killed", "Gwi-nam gets killed in the end", "was gwinam murdered?"):
        assert LEXICON.position(text) == s1(11), text


def test_a_half_zombie_written_apart_is_a_halfbie() -> None:
    for text in ("namra is half zombie", "Nam-ra becomes a half zombie", "nam ra halfzombie"):
        assert LEXICON.position(text) == s1(6), text


def test_a_kill_belongs_to_both_sides() -> None:
    assert LEXICON.position("Choi Nam-ra ends Woo-jin's life after he is bitten") == s1(12)
    assert LEXICON.position("who kills Woo-jin?") == s1(12)


def test_a_season_two_role_of_a_season_one_character_spoils_the_end_of_season_one() -> None:
    for text in (
        "Yong Ma-ru: On-jo's senior at university",
        "Plays Nam On-jo in both seasons.",  # an actor stands for the character they play
        "On-jo, now a university student in Seoul",
        "Park Ji-hu, Yoon Chan-young, Cho Yi-hyun and Lomon return for Season 2.",
    ):
        assert LEXICON.position(text) == s1(12), text


def test_a_new_season_two_character_alone_spoils_nothing() -> None:
    assert LEXICON.position("Yong Ma-ru is a new Season 2 character.") == NOTHING


def test_plot_words_spoil_the_first_episode_the_pack_uses_them_in() -> None:
    assert LEXICON.position("Captain of the school archery club.") == s1(5)
    assert LEXICON.position("Four months later the friends meet on the roof.") == s1(12)
    assert LEXICON.position("The city is bombed.") == s1(11)
    assert LEXICON.position("The city is bombed: Hyosan is gone.", anywhere=True) == s1(11)


@table(
    "text",
    [
        "In Disney's Robin Hood, what does Robin disguise himself as at the archery tournament? (Stork)",
        "Which champion's ultimate is named Missile Barrage? (Corki)",
        "What is the name of the first Arena? (Training Camp)",
        "Name one of the attacker spawning locations on Oregon. (Junkyard / Street / Construction Site)",
        "In the epilogue of Harry Potter and the Deathly Hallows, what job does Harry have? (auror)",
        "anyone doing archery this weekend?",
    ],
)
def test_plot_words_other_stories_use_spoil_nothing_in_an_imported_text_not_about_the_show(text: str) -> None:
    assert LEXICON.position(text, anywhere=True) == NOTHING


@table(
    ("text", "spoils"),
    [
        ("the archers showing up", 5),
        ("the missile strikes on the city", 11),
        ("the construction site fight", 11),
        ("so ha-ri's archery saved them", 5),
    ],
)
def test_plot_words_other_stories_use_spoil_as_fans_write_them_of_the_show(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_a_name_of_another_story_one_letter_off_a_character_is_not_theirs_in_an_imported_text() -> None:
    assert LEXICON.position("Who helped Data and Guinan when they died in Time's Arrow?", anywhere=True) == NOTHING
    assert LEXICON.position("i cant believe cheongsna dies", anywhere=True) == s1(11)


@table(
    ("text", "spoils"),
    [
        ("How does Cheongsna die?", 11),  # a long name one letter off
        ("Which student does Gwinma bite on the roof?", 6),  # two letters swapped
        ("When does Sojuu die?", 11),  # the last letter held
    ],
)
def test_an_imported_question_typing_a_name_capitalised_inside_the_sentence_still_names_ours(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


def test_survival_reads_the_characters_fate() -> None:
    assert LEXICON.position("Cheong-san is alive") == s1(11)
    assert LEXICON.position("Nam-ra survives") == s1(12)


def test_relatives_are_read_through_the_packs_relationships() -> None:
    assert LEXICON.position("On-jo's father dies") == s1(11)  # So-ju
    assert LEXICON.position("Plays Lee Jin-su, the science teacher's son.") == s1(1)
    assert LEXICON.position("On-jo's father is a rescue worker.") == NOTHING


def test_a_name_written_as_an_owner_is_not_the_one_the_event_happens_to() -> None:
    assert LEXICON.position("Which of On-jo's friends turns?") == NOTHING
    # hiding a bite is I-sak's scene (episode 2) whoever owns whom, never an event of On-jo's
    assert LEXICON.position("Which of On-jo's friends hides a bite and turns?") == s1(2)


def test_pronouns_stand_for_whom_the_text_is_about() -> None:
    assert LEXICON.position("She survives and reaches the quarantine camp.", about="Nam On-jo") == s1(12)
    assert LEXICON.position("She survives.") == NOTHING
    assert LEXICON.position("sacrifices herself so Na-yeon can escape", about="Park Sun-hwa") == s1(3)


def test_ms_and_mr_do_not_end_a_sentence() -> None:
    assert LEXICON.position("Ms. Park dies so Na-yeon can flee.") == s1(3)


# -- texts typed the way fans type spoilers ----------------------------------------------------


@table(
    "text",
    [
        "cheongsan unalives himself",
        "cheong-san kicks the bucket",
        "cheongsan bites the dust",
        "cheongsan doesnt make it",
        "cheong-san is gone 😭",
        "cheongsan passed away",
        "they killed off cheongsan",
        "cheongsan is eaten by zombies",
        "cheongsan ded",
        "cheongsan d i e s",
        "cheongsan kills himself",
        "CHEONGSAN DIEEEED",
        "cheongsan's fate: dead",
        "cheongsan went out like a hero",
        "the way cheongsan went out...",
        "cheong-san stays behind to save everyone",
        "cheongsan lures the zombies away",
        "Cheong-san's last stand",
        "cheongsan :skull:",
        "cheongsan becomes zombie food",
        "Director Lee JQ on Cheong-san's apparent death",
        "cheongsan never came back",
        # a long message (a Nitro one) is read to its end, at once: no cap that stops reading
        ("cheongsan and onjo are so cute on that roof lol " * 90)[:3900] + " cheongsan never came back",
    ],
)
def test_slang_for_dying_is_a_death(text: str) -> None:
    assert LEXICON.position(text) == s1(11)


@table("text", ["rip cheongsan", "RIP Cheong-san 😭", "r.i.p cheongsan", "cheongsan 💀", "cheong san ☠️"])
def test_rip_and_skulls_are_a_death(text: str) -> None:
    assert LEXICON.position(text) == s1(11)


@table(
    ("text", "spoils"),
    [
        ("청산 죽어", s1(11)),
        ("이청산 죽음", s1(11)),
        ("온조 아빠 죽어", s1(11)),
        ("남라 반좀비", s1(6)),
        ("cheongsan jugeo", s1(11)),
        ("namra banjombi", s1(6)),
    ],
)
def test_korean_and_romanised_korean_are_read(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("zombie cheong-san", s1(11)),
        ("cheongsan zombie", s1(11)),
        ("cheongsan is zombie now", s1(11)),
        ("cheongsan turns into one of them", s1(11)),
        ("zombie namra", s1(6)),
        ("the first zombie is hyeon-ju", s1(1)),
        ("cheongsan becomes a monster", s1(11)),
    ],
)
def test_a_zombie_written_next_to_a_name_is_a_turn(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("cheongsan got infected", s1(11)),
        ("cheongsan becomes a zombie", s1(11)),
        ("cheongsan becomes a halfbie", s1(11)),
        ("namra is infected", s1(6)),
        ("namra turns", s1(6)),
    ],
)
def test_an_event_the_pack_does_not_name_is_read_through_the_bite_that_implies_it(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


def test_his_mother_turning_is_not_his_turn() -> None:
    """"Cheong-san finds his mother, now a zombie" (episode 10) anchors his mother, not him."""
    assert LEXICON.position("cheongsan becomes a zombie") == s1(11)


@table(
    "text", ["cheongsan's death", "cheongsan's sacrifice", "cheong-san's ghost", "cheongsan's final moments", "cheongsan's body"]
)
def test_a_death_written_after_its_owner_is_the_owners(text: str) -> None:
    assert LEXICON.position(text) == s1(11)


@table(
    ("text", "spoils"),
    [
        ("onjos dad dies", s1(11)),
        ("onjo dad doesn't make it", s1(11)),
        ("rip onjo's dad", s1(11)),
        ("hari's little brother gets bitten", s1(12)),
        ("hari's bro dies", s1(12)),
        ("hari's lil bro dies", s1(12)),
        ("onjo's best friend turns", s1(11)),  # I-sak (2) and Cheong-san (11): the later
    ],
)
def test_relatives_are_read_however_they_are_written(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("the class president becomes a halfbie", s1(6)),
        ("the english teacher dies", s1(3)),
        ("the science teacher dies", s1(4)),
        ("the firefighter dad dies", s1(11)),
        ("the bully dies", s1(11)),
    ],
)
def test_roles_stand_for_their_characters(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"), [("cheongsna dies", s1(11)), ("cheonsan dies", s1(11)), ("namraa is a halfbie", s1(6))]
)
def test_a_name_typed_one_letter_off_is_that_name(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("gwi-nam's victim cheong-san", s1(11)),
        ("nam-ra's victim woo-jin", s1(12)),
        ("Yoon Chan-young's character dies", s1(11)),
        ("mr. lee dies at the police station", s1(4)),
    ],
)
def test_victims_actors_characters_and_lowercase_titles_are_read(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("cheongsan gets bitten by gwinam", s1(11)),
        ("nam-ra is bitten by gwi-nam", s1(6)),
        ("cheongsan kills gwinam", s1(11)),
        ("namra has to kill woojin", s1(12)),
    ],
)
def test_whom_an_event_happens_to_is_read_through_by_and_the_object(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table("text", ["onjo makes it", "onjo lives!", "onjo made it alive", "온조 살아남음"])
def test_making_it_is_surviving(text: str) -> None:
    assert LEXICON.position(text) == s1(12)


def test_the_lexicon_is_built_once_per_pack() -> None:
    assert lexicon_of(PACK) is lexicon_of(PACK)
    assert isinstance(Lexicon.from_pack(PACK), Lexicon)


# -- properties over the lexicon and the pack's tags -------------------------------------------


def _tagged(pack: ContentPack) -> list[tuple[str, Position, str]]:
    """(text, tag, whom it is about) of every tagged text of the pack, as the pack holds it."""
    out: list[tuple[str, Position, str]] = []
    for c in pack.characters.values():
        out.append((c.summary, c.summary_spoils, c.name))
        out += [(r.text, r.spoils, c.name) for r in c.relationships]
        if c.fate is not None:
            out.append((c.fate.text, c.fate.spoils, c.name))
        out += [(e.text, e.spoils, c.name) for e in c.events]
    out += [(p.notes, p.notes_spoils, p.name) for p in pack.people.values() if p.notes]
    for episode in pack.episodes.values():
        out.append((episode.summary, episode.spoils, ""))
        out += [(d.text, episode.spoils, pack.characters[d.character].name) for d in episode.deaths]
    out += [(f.text, f.spoils, "") for f in pack.facts.values()]
    out += [(c.text, c.spoils, "") for c in pack.claims.values()]
    out += [(s.title, s.spoils, "") for s in pack.sources.values()]
    return out


@functools.cache
def _shown() -> list[tuple[str, list[tuple[str, Position]]]]:
    """(title, lines with their tags) of every card, as the cards build them; and the facts, claims
    and source titles the answers show, each on its own. Built by the first test that draws a card, not
    at import: every pytest-xdist worker imports this module, and one runs it (an engine of its own)."""
    pack = PACK
    engine = AnswerEngine.build(pack)
    knowledge = engine.knowledge
    shape = ShowShape.season_one()
    built = [cards.character_card(knowledge, c) for c in pack.characters.values()]
    built += [cards.person_card(knowledge, p) for p in pack.people.values()]
    built += [cards.episode_card(knowledge, shape, p) for p in shape.positions()]
    built.append(cards.cast_list_card(knowledge))
    out = [(card.title, [(part.text, part.spoils) for s in card.sections for part in s.parts]) for card in built]
    out += [("", [(f.text, f.spoils)]) for f in pack.facts.values()]
    out += [("", [(c.text, c.spoils)]) for c in pack.claims.values()]
    out += [("", [(s.title, s.spoils)]) for s in pack.sources.values()]
    return out


TAGGED = _tagged(PACK)
PROGRESS = st.sampled_from([NOTHING, *(s1(n) for n in range(1, 13))])


@settings(max_examples=300, deadline=None)
@given(data=st.data(), progress=PROGRESS)
def test_a_card_rendered_at_any_progress_gives_away_nothing_past_it(data: st.DataObject, progress: Position) -> None:
    """Any lines of a card, each through the one spoiler renderer at its tag, read outside the bars
    with the card's title (as a reader reads them): nothing past the reader's progress."""
    title, lines = data.draw(st.sampled_from(_shown()), label="card")
    picked = data.draw(st.lists(st.sampled_from(lines), min_size=1, max_size=8), label="lines")
    shown = "\n".join(render(text, tag, progress) for text, tag in picked)
    assert LEXICON.position(plain(outside_bars(shown)), about=title) <= progress


# Each text alone, read once: the examples draw the same few hundred texts again and again (a reading
# is a pure function of the text and the shared lexicon, which no test here teaches).
_alone = functools.cache(LEXICON.position)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(TAGGED), min_size=1, max_size=4))
def test_a_message_gives_away_the_latest_of_what_its_sentences_give_away(
    parts: list[tuple[str, Position, str]]
) -> None:
    """Reading is per sentence: joining texts (each ending a sentence) never hides nor invents."""
    texts = [text.rstrip(". ") + "." for text, _, _ in parts]
    assert LEXICON.position("\n".join(texts)) == max(_alone(t) for t in texts)


def test_sentences_ending_in_a_number_are_no_ranking_that_joins_them() -> None:
    """Found by the property above: "... TV list behind Money Heist Part 4." and "returns for Season 2. His ..." read as
    a ranking's items 4 and 2 made one sentence of four, where "returns for Season 2" met Nam-ra and a "she" (12)."""
    texts = [
        "Third on Netflix's all-time non-English TV list behind Squid Game and Money Heist Part 4.",
        "Co-directed Season 1 and returns for Season 2. His earlier credits include Damo and Trap.",
        "Banjang means class president; recaps use the word for Choi Nam-ra, the class president of 2-5.",
        "She lives through many bites as a halfbie; at the quarantine camp she is exposed. Her fate is unclear.",
    ]
    assert LEXICON.position("\n".join(texts)) == max(LEXICON.position(t) for t in texts)


@settings(max_examples=200, deadline=None)
@given(item=st.sampled_from(TAGGED))
def test_no_pack_text_reads_later_than_its_tag(item: tuple[str, Position, str]) -> None:
    text, tag, about = item
    assert LEXICON.position(text, about=about) <= tag


def test_an_added_event_teaches_a_lexicon_of_its_own() -> None:
    """What the review queue will do with an approved addition (issue 12): its own lexicon learns."""
    lexicon = Lexicon.from_pack(PACK)
    assert lexicon.position("Ha-ri dies.") == NOTHING  # she survives season 1
    lexicon.learn("Ha-ri dies in the new outbreak.", Position(1, 12), ["jang-ha-ri"])
    assert lexicon.position("Ha-ri dies.") == s1(12)
    assert LEXICON.position("Ha-ri dies.") == NOTHING  # the shared one is untouched


# -- headlines and the pack's own names for things ---------------------------------------------


@table(
    ("text", "spoils"),
    [
        ("Gyeong-su turns into a zombie: Na-yeon is to blame", s1(3)),  # not Na-yeon's turn (9)
        ("Gyeong-su turns into a zombie - Na-yeon's fault", s1(3)),
        ("I-sak turns into a zombie – Cheong-san drags On-jo away", s1(2)),
        ("Ms. Park dies | Na-yeon runs away", s1(3)),
        ("Hee-soo gives birth: Gyeong-su is scratched", s1(3)),
        ("Ji-min turns\nHyo-ryeong hides", s1(10)),
        ("Woo-jin bitten | Nam-ra kills him", s1(12)),
        ("Cheong-san: bitten by Gwi-nam", s1(11)),  # a clause without a subject reads the one before
        ("Park Sun-hwa: sacrifices herself so Na-yeon can escape", s1(3)),
        ("Nam-ra - halfbie", s1(6)),
    ],
)
def test_each_clause_of_a_headline_keeps_its_own_subject(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("the goodbye kiss 😭😭", s1(11)),
        ("that goodbye kiss at the construction site", s1(11)),
        ("so-ju's flares scene", s1(11)),
        ("soju's flares", s1(11)),
        ("the bathroom birth", s1(3)),
        ("the rooftop fight was insane", s1(9)),
    ],
)
def test_the_names_the_pack_gives_events_give_their_episode_away(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("the villain dies at the end", s1(11)),  # Gwi-nam; "at the end" of his story: his death's episode
        ("the rich girl gets what she deserves", s1(9)),
        ("the archer's brother dies", s1(12)),
        ("the detective lives", s1(12)),
        ("the firefighter's last moments", s1(11)),
        ("Ms. Shibal survives", s1(12)),
    ],
)
def test_the_packs_descriptions_and_fans_nicknames_stand_for_their_characters(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("hari lost her brother", s1(12)),
        ("onjo loses her dad", s1(11)),
        ("gwinam finally gets cheongsan", s1(11)),
        ("gwinam got cheongsan in the end 😭", s1(11)),
    ],
)
def test_a_loss_or_a_catch_happens_to_the_one_named_after_it(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("On-jo doesn't die", s1(12)),
        ("onjo never dies", s1(12)),
        ("Cheong-san doesn't die", s1(11)),
        ("hari does not die, ecthehub was wrong", s1(12)),
        ("Soo-hyuk survives", s1(12)),  # said of the whole story: his fate, not an earlier escape
        ("the return of cheongsan", s1(11)),
        ("AOUAD S2 teaser: Nam-ra is back", s1(12)),
        ("Netflix confirms Nam-ra's return", s1(12)),
        ("Yoo In-soo confirms he won't return as Gwi-nam", s1(11)),
        ("남라 살아있어", s1(12)),
    ],
)
def test_a_denied_death_or_a_return_tells_the_characters_fate(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("cant believe ep 11 did that to him", s1(11)),
        ("ep 12 namra 😭", s1(12)),
        ("someone dies in ep 8??", s1(8)),
        ("someone turns in ep 2", s1(2)),
        ("the finale broke me", s1(12)),
        ("episode five made me cry", s1(5)),
        ("ep 10 gym scene", s1(10)),
        ("ich sterbe bei folge 11", s1(11)),  # German and Dutch episodes, the viewer's "dying" a reaction
        ("ik ga dood bij aflevering 7", s1(7)),
        ("ep 11 hurt so bad", s1(11)),
        ("die szene in ep 4 war so traurig", s1(4)),  # German "szene" as "scene"
        ("the zombies in episode 5 are so scary", s1(5)),  # fear of what is in it; not "ep 1 was too scary"
        ("ep 1 was too scary for me", NOTHING),
        ("i'm in ep 3 and it's so scary", NOTHING),  # where the writer is
        ("ep 5 scared me so much i paused", s1(5)),  # the episode as what scared the writer
        ("me quedé muerta con ese final de ep 12", s1(12)),  # Spanish "I was left dead": a reaction
        ("me quedé muerta con namra, qué guapa", NOTHING),
    ],
)
def test_an_episode_named_with_an_event_a_character_or_a_reaction_is_given_away(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("cheongsan kissed onjo", s1(11)),
        ("suhyeok x namra endgame", s1(7)),
        ("daesu x hari canon", s1(10)),
        ("cheongsan confessing on the roof 🥺", s1(8)),
        ("hee-soo's baby", s1(3)),
        ("the homeroom teacher saving nayeon", s1(3)),
        ("jimin abandoned hyoryeong", s1(10)),
        ("gwinam got his eye stabbed", s1(5)),
        ("gwi-nam is basically immortal lol", s1(5)),
        ("only six students make it out", s1(12)),
        ("namra says there are others like her", s1(12)),
        ("namra had to put woojin down", s1(12)),
        ("isak turning in the classroom", s1(2)),
        ("cheong-san said goodbye to onjo", s1(11)),
        ("woojin jugeosseo", s1(12)),
        ("the soldiers leave the students behind", s1(9)),
        ("hyosan got nuked", s1(11)),
    ],
)
def test_the_event_indexs_kisses_confessions_births_rescues_and_attacks_are_read(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


def test_the_shows_own_trivia_reads_the_same_when_read_as_an_import_that_may_be_about_any_story() -> None:
    """Reading imports strictly (plot words other stories use need the show named) loses no spoiler of
    the show's own questions: each names the show where its answer alone would not ("Bow and arrow")."""
    from bot.trivia.bank import load_content
    from bot.trivia.tagging import tag_question

    questions, _ = load_content(ShowShape.season_one())
    last = ShowShape.season_one().last()
    strict = functools.partial(LEXICON.position, anywhere=True)
    for question in questions:
        assert (tag_question(question, strict, declared=False, last=last).spoils
                == tag_question(question, LEXICON.position, declared=False, last=last).spoils), question.text
