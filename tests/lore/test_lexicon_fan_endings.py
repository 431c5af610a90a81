"""The spoiler lexicon (bot/lore/lexicon.py) on the fan chat of bench/lexicon_heldout15.yaml's kinds, in other
wordings: a farewell said to a character, Korean "X의 마지막", 이쌤, fans' nicknames, emoji, a claim that nobody is
alive, and other works (Kingdom, Squid Game, The Walking Dead) typed lowercase (the episode each gives away; 0: none)."""

from __future__ import annotations

from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.lore.lexicon_seasons import whole_season
from bot.show import NOTHING, Position
from tests.table import table

LEXICON = lexicon_of(bundled_pack())


def s1(episode: int) -> Position:
    return Position(1, episode) if episode else NOTHING


@table(
    ("text", "spoils"),
    [
        ("bye bye gwinam 👋", 11),
        ("goodbye so-ju 🫡", 11),
        ("byebye cheongsan, you were too good for this world", 11),
        ("bye bye 2026", 0),
        ("청산 👋🔥", 11),
        ("bye cheongsan 🔥👋", 11),
        ("hi onjo 👋", 0),
        ("bye guys 👋", 0),
        ("namra yeeting gwinam off the roof 🫡", 9),  # a salute approves a deed: no death
        ("bye bye my sleep schedule", 0),
        ("goodbye kiss with onjo", 11),  # the pack's own name for the event
        ("bye bye yoon chan-young, see you after the army", 0),  # an actor's enlistment, not a death
        ("yoo in-soo says bye bye to fans", 0),
    ],
)
def test_a_farewell_said_to_a_character_tells_their_death_and_one_said_to_an_actor_does_not(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)
    assert LEXICON.position(text, anywhere=True) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("귀남이의 마지막 모습 진짜 무서웠음", 11),
        ("청산이 마지막 장면에서 울었다", 11),
        ("온조의 마지막 대사 뭐였지", 0),  # she has no death to give away
        ("우리 반의 마지막 수업 너무 슬펐어", 0),
        ("이쌤이 경찰서에서 물림", 4),
        ("이쌤 수업 재밌었음", 0),
        ("이 선생님 누구야", 0),  # "this teacher", no event
    ],
)
def test_korean_last_scene_and_mr_lee(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the welfie kid deserved better", 3),
        ("hanky girl got what she deserved", 9),  # Na-yeon's fate
        ("arson girl lighting up the office 🔥", 8),
        ("it all started with a 🐀", 1),
        ("my hamster 🐹 started it all lol", 0),  # the writer's own
        ("cheongsan literally calling this train to busan", 2),
        ("only six students made it to the camp", 12),
        ("the bully biting nam-ra 😭", 6),
        ("woojin 😭 namra had to do it herself", 12),
    ],
)
def test_nicknames_emoji_and_retold_scenes(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("cheolsu told them nobody's alive lol", 8),  # his lie (8), not his own survival (9)
        ("ha-ri cried because nobody's alive in yangdong", 0),  # not her own survival (12)
    ],
)
def test_nobody_alive_is_no_ones_fate(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    "text",
    [
        "squid game finale had me crying",
        "the walking dead finale was so mid",
        "twd season 11 finale >>>",
        "kingdom's first zombie was the king",
        "train to busan's ending destroyed me",
    ],
)
def test_another_works_finale_or_plot_word_typed_lowercase_is_not_the_shows(text: str) -> None:
    assert LEXICON.position(text) == NOTHING
    assert LEXICON.position(text, anywhere=True) == NOTHING


def test_the_shows_own_finale_and_first_zombie_are_still_read() -> None:
    assert LEXICON.position("the finale broke me") == s1(12)
    assert LEXICON.position("the first zombie was hyeonju") == s1(1)


@table(
    ("text", "spoils"),
    [
        ("suhyeok x namra endgame in season 2 pls", Position(1, 12)),  # a wish: both outlive season 1, nothing of season 2
        ("i bet namra dies in s2", Position(1, 12)),
        ("i bet namra dies in s2e3", Position(2, 3)),  # an episode named: maybe a spoiler dressed as a guess
        ("Where does Nam-ra lead the halfbies in season 2?", whole_season(2)),  # a question that presumes it: told
        ("s2 theory: cheongsan survived and he's a halfbie now", Position(1, 11)),
    ],
)
def test_a_guess_about_season_two_spoils_only_the_season_one_fate_it_assumes(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(
    ("text", "spoils"),
    [
        ("lee yoo-mi died in squid game", 0),  # the actor's other role, not Na-yeon
        ("park ji-hu in her new movie dies at the end", 0),
        ("lee yoo-mi plays na-yeon, who dies, and was in squid game", 9),  # the character named: ours
        ("the train to busan line in episode 2", 2),
    ],
)
def test_an_actor_in_another_work_is_not_their_character_here(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("namra got bitten by the bully", 6),  # a role after "by the": ours, not "bitten by the dog"
        ("namra bitten by the school bully", 6),
        ("bitten by gwinam, poor cheongsan", 11),  # the one bitten named in the next clause
        ("bitten by gwinam (namra)", 6),
        ("namra got bitten by a mosquito", 0),
        ("hari bitten by my dog lol", 0),
        ("after onjo saw namra bitten she couldn't stop crying", 6),  # "she" after "bitten" cries (heldout65)
    ],
)
def test_bitten_by_a_role_is_a_bite_of_ours(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("yoon chan-young dies at the end, there goes my happiness", 11),
        ("yoo in-soo burns to death in the finale, can't wait for his new drama", 12),
        ("yoon chan-young gets bitten and dies, his next role better be happier", 11),
        ("lee yoo-mi dies, squid game was better", 9),
        ("yoon chan-young dying stole my happiness", 11),  # "my happiness" is no K-drama
    ],
)
def test_another_work_in_another_clause_leaves_the_actors_death_here_told(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table("text", ["the finale killed me, kingdom vibes", "the finale where everyone dies was worse than squid game"])
def test_the_shows_finale_compared_with_another_work_is_still_the_finale(text: str) -> None:
    assert LEXICON.position(text) == s1(12)


@table(
    "text",
    [
        "on-jo dies in season 2, you should watch it",
        "on-jo dies in season 2 and i'm gonna cry forever",
        "suhyeok turns into a zombie in season 2, maybe the best twist",
        "su-hyeok becomes a zombie in s2 please don't spoil it for others",
    ],
)
def test_a_guess_word_in_another_clause_leaves_a_season_two_event_told(text: str) -> None:
    assert LEXICON.position(text) == whole_season(2)


@table(
    "text",
    ["bye bye so-ju, thank you for your service 🫡", "goodbye so-ju, thank you for your service", "bye gwinam 🔥👋 thank u for your service"],
)
def test_thanks_for_a_characters_service_is_still_a_farewell_to_them(text: str) -> None:
    assert LEXICON.position(text) == s1(11)


@table(
    ("text", "spoils"),
    [
        # a farewell to a character is a death however the fandom takes it; fans seeing an actor off is the actor's life
        ("bye bye cheongsan 😭 the whole fandom is crying", 11),
        ("bye bye woojin, fandom in pieces", 12),
        ("goodbye gyeongsu, fans still not over it", 3),
        ("bye bye yoon chan-young, fans will miss you", 0),
        ("bye bye lomon 😭 fans are crying", 0),
        # halfbie typed in hangul (하프 alone is a harp)
        ("남라 하프빗 됨", 6),
        ("귀남 하프비", 5),
        ("하프 연주하는 온조", 0),
        # a death told as gone too soon; a roll of the dead with "didn't make it"
        ("gone too soon: isak", 2),
        ("taken too soon: woojin 🥀", 12),
        ("the season ended too soon", 0),
        ("they didn't make it: gyeongsu, isak, joonyoung", 11),
        ("onjo suhyeok daesu didnt make it to my top 3 lol", 0),
        ("they didnt make it 😭 isak and gyeongsu", 3),
        ("gyeongsu and cheongsan friendship made me cry 😭", 0),
        ("pour one out for soju", 11),
        ("soju in heaven now 😭", 11),
        ("pour one out for my exams", 0),
        # the goodbye on the school roof at the end, named without a name
        ("the rooftop goodbye 😭", 12),
        ("we said goodbye on the roof of my dorm", 0),
        # "dying at how ...": a laugh, not a death
        ("cheongsan dying over there with gwinam", 11),
        ("dying at how cheongsan can't cook", 0),
    ],
)
def test_fates_said_indirectly_and_the_fandoms_grief(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("cheongsan died at that moment", 11),
        ("cheongsan dying at this scene omg", 11),
        ("cheongsan died at those stairs", 11),
        ("i'm dying at this 😭", 0),  # a laugh: nothing named after "this"
        ("dying at how cheongsan can't cook", 0),
    ],
)
def test_a_death_at_that_moment_stays_hidden_while_dying_at_this_is_a_laugh(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("goodbye yoon chan-young's cheongsan, the fandom is crying", 11),
        ("bye bye chanyoung as cheongsan 😭 fans will never recover", 11),
        ("bye bye yoon chan-young, fans will wait", 0),  # the actor alone, seen off by fans
    ],
)
def test_a_farewell_to_an_actors_character_with_fans_crying_stays_hidden(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("rip namra 🪦", 6),  # mourning one who never dies mourns her turn
        ("justice for namra", 6),
        ("namra burned the zombies lol", 0),  # a told death of a halfbie reads nothing, as before
        ("namra is so pretty i'm dead 💀", 0),
        ("gwinam 😇", 11),  # one who dies: the death, never the earlier turn
        ("👼 woojin", 12),
        ("i'm so innocent 😇", 0),
        ("justice for the pink vest girl", 0),  # a survivor: nothing to mourn
        ("the male archer's last arrow", 11),
        ("ms park let the zombies take her", 3),
        ("cheongsan ran off to lure them", 11),
        ("the class lured them into the music room", 7),  # the music-room trap (its scene), no one's death
        ("the virus guy got munched 💀", 4),
        ("청산 보내기 싫어", 11),
        ("온조한테 문자 보내기 싫어", 0),
        ("the fire on the school roof months later", 12),
        ("i went back to my school months later", 0),
    ],
)
def test_mourning_roles_and_farewells_fans_type_stay_hidden(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        ("the fireman dad holding them off in the gym with red sticks", 11),  # flares as fans may call them
        ("banjang is part zombie now", 6),
        ("one-eyed gwinam is scarier tbh", 5),  # the eye he loses in the library
        ("귀남이 눈 찌를 때", 5),
        ("귀남의 눈을 찌르는 사람은?", 5),  # "Gwi-nam's eye", a quiz's possessive
        ("gwinam came back from the horde changed", 5),
        ("so who finishes off woojin in the end", 12),
        ("why did namra have to do it, woojin 😭", 12),
        ("i have to do it, namra is my bias", 0),  # the writer's chore
        ("the boy on the roof telling the rescuers no one else made it", 8),
        ("the bullied girl blew up the whole camp evacuation", 9),
        ("commander jin recording the message 😶", 12),
        ("so there are more halfbies out there like her", 12),
        ("who came up with the word hambie", 9),  # Dae-su's word (facts.md tags it at 9)
        ("who would survive longer, me or suhyeok", 0),  # a game, no one's fate
        ("ha-ri 🏹", 5),
        ("rue's last stand in the hunger games 🏹", 0),
    ],
)
def test_fates_and_words_told_sideways_stay_hidden_and_games_do_not(text: str, spoils: int) -> None:
    assert LEXICON.position(text) == s1(spoils)


@table(
    ("text", "spoils"),
    [
        # bench/lexicon_heldout42.yaml's kinds (Discord as members type it), in other wordings
        ("> what happened to isak\nturned in the classroom", 2),  # a quoted "what happened to X" asks about X alone
        ("> what happens to the class president\nbecomes a halfbie", 6),  # a role asked about, as a name is
        ("> what happens to the class president\ni'm on ep 3", 0),
        ("what about namra? gets bitten saving suhyeok", 6),
        ("what happens to onjo? i'm only on ep 2", 0),  # the writer's own news, no answer
        ("F para Woo-jin 😭", 12),
        ("F untuk Ms. Park", 3),
        ("F for my grades, i'm on ep 3", 0),  # the writer's own thing, nobody's fate
        ("F por mi celular, voy en el cap 5", 0),
        (":skull: namra got bitten protecting suhyeok", 6),  # the emoji opens what it laughs at, told in words
        ("woojin :skull: hari really lost it after", 12),  # the emoji is the name's before it, not Ha-ri's after
        ("gwinam is dead to me after ep 5", 5),  # a fan done with him: no death
        ("<@42> ur dead to me for skipping ep 6", 0),
        ("<@42> (my cheongsan lol) got bitten by his dog", 0),  # a member's nickname after the mention
        ("> is cheongsan okay?\nnope 😭", 11),  # a reply's "no" to whether someone is ok: they did not make it
        ("> r u ok\nno", 0),
        ("> is cheongsan okay?\nno idea, i'm on ep 2", 0), ("> is woojin ok?\nno spoilers pls", 0),  # "no" + a word: no answer
        ("> is namra okay?\nnope 😭", 6),  # of one who never dies: her bite, as "rip namra" reads
        ("> is onjo ok\nnah", 0),  # one who is fine: nothing to tell
        ("F for namra 😭", 6),  # F mourns like rip: the turn of one who never dies
        ("bro i just finished ep 6", 0),  # "bro" said to the reader, no one's brother
        ("ep 9 tonight sis", 0),
        ("hari's bro dies in ep 12", 12),
        ("sobbing 😭 ep 10 after work", 0),  # tears beside an episode still to be watched
        ("ep 10 broke me 😭", 10),
        # bench/lexicon_heldout43.yaml's kinds, in other wordings
        ("su-hyeok sobrevive no final", 12),  # "in the end": the whole story, not a scene survived
        ("suhyeok survives the ending 🥹", 12),
        ("gwinam survives the end of ep 5", 5),  # the end of one episode: that far only
        ("F untuk tugasku, baru eps 2", 0),  # the writer's own homework, said "-ku" after it
        ("F por mis exámenes, ya voy en el cap 6", 0),
        ("crying 😭 still on ep 3", 0),  # the writer's place in the show, not what the episode did
        ("😭 아직 5화", 0),
        ("i'm on ep 11 and cheongsan 😭", 11),  # a name after the place: the episode's
    ],
)
def test_discord_chat_reads_a_quoted_question_an_f_a_skull_a_nickname_and_a_bro(text: str, spoils: int) -> None:
    assert LEXICON.position(text, anywhere=True) == s1(spoils)
