"""A later season named without its episode (bot/lore/lexicon_seasons.py): an event told of it is
hidden from every reader who has not finished that season, as its last listed episode, or after all
of season 1 while the show lists none of it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import ManualClock, SystemClock
from bot.lore import review
from bot.lore.additions import AdditionError
from bot.lore.content import bundled_pack
from bot.lore.lexicon import lexicon_of
from bot.lore.lexicon_seasons import as_listed, whole_season
from bot.lore.library import ContentLibrary
from bot.season2.current import CurrentStatus
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from bot.spoilers import render
from db import Database
from tests.cogs.spoiler_oracle import outside_bars, plain
from tests.table import table

LEXICON = lexicon_of(bundled_pack())
END_OF_SEASON_ONE = Position(1, 12)
NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
LEAK = "Su-hyeok turns into a zombie in season 2"


@table(("text", "season"), [
    (LEAK, 2),
    ("Su-hyeok turned into a zombie in s2", 2),
    ("su-hyeok becomes a zombie in the new season omg", 2),
    ("Su-hyeok turns into a zombie next season", 2),
    ("수혁이 시즌2에서 좀비가 된다", 2),
    ("Su-hyeok dies in season two", 2),
    ("Nam-ra dies in the s2 finale", 2),
    ("Su-hyeok gets bitten in the second season", 2),
    ("Su-hyeok was bitten in season 3", 3),
    ("Nam-ra gets bitten in season 2", 2),  # season 1 tells a bite of hers too: this one is season 2's
    ("Su-hyeok and On-jo kiss in season 2", 2),
    ("nam-ra gets bitten again in s2", 2),
    # bench/lexicon_heldout49.yaml's kinds: an event no season-1 fate tells, and season 2 said in German, Spanish
    # fans' short "en la 2", Indonesian and Tagalog
    ("On-jo is pregnant in s2", 2),
    ("Su-hyeok gets married in season 2", 2),
    ("nam-ra mati di season 2", 2),
    ("si onjo buntis sa season 2", 2),
    ("wer tötet su-hyeok in staffel 2?", 2),
    ("kien mata a onjo en la 2", 2),
    # bench/lexicon_heldout50.yaml's kinds: a halfbie's state or its cure told of the season, a fate befalling someone again
    ("that new teacher becomes a half-zombie in season 2", 2),
    ("su-hyeok is cured in s2", 2),
    ("NOT NAMRA GETTING BITTEN AGAIN 😭", 2),
    ("they really killed ha-ri again", 2),
    ("WAIT SU-HYEOK GOT BITTEN?! SEASON 2 IS INSANE", 2),  # the season in the message's next sentence
    ("dae-su dies. in season 2. i'm not ok", 2),
    ("in season 2 su-hyeok gets bitten", 2),  # the season said first
    ("sa s2 namatay si onjo", 2),
    ("🕊️ on-jo 😭😭", 2),  # a grave's emoji beside one season 1 leaves alive: a later death
    # bench/lexicon_heldout52.yaml's kind: a return told of one season 1 ends and season 2's cast leaves out
    ("so-ju is back in season 2 as a zombie", 2),
    ("in season 2 woo-jin comes back", 2),
])
def test_an_event_told_of_a_later_season_without_its_episode_spoils_that_whole_season(text: str, season: int) -> None:
    assert LEXICON.position(text) == whole_season(season)
    assert LEXICON.position(text) > Position(season, 20)  # after any episode count the season may have


@table(("text", "spoils"), [
    ("Ha-ri gets bitten in S2E3", Position(2, 3)),  # the episode named: that episode, not the whole season
    ("Su-hyeok was bitten in season 2 episode 4", Position(2, 4)),
    ("Su-hyeok is back in season 2", END_OF_SEASON_ONE),  # a return tells the fate season 1 ends on
    ("Is Nam-ra still a halfbie in season 2? What we know", END_OF_SEASON_ONE),  # season 1's, still
    ("All of Us Are Dead season 2 teaser is out", Position(0, 0)),
    ("after Cheong-san's death, Nam-ra returns in season 2", END_OF_SEASON_ONE),  # season 1's death recalled
    ("Nam-ra, who was bitten in season 1, returns in season 2", END_OF_SEASON_ONE),
    ("Cheong-san comes back in season 2", Position(1, 11)),  # listed in season 2's cast: casting news, his fate
    ("i hope gwi-nam comes back in season 2", Position(1, 11)),  # a wish, a rumour, a denial: no event of season 2
    ("rumour says gwi-nam is back in season 2", Position(1, 11)),
    ("Yoo In-soo didn't come back for season 2", Position(1, 11)),
    ("does gwi-nam come back in season 2", Position(1, 11)),  # asked, its "?" left off
])
def test_a_later_season_named_with_no_new_event_reads_as_before(text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


def test_a_whole_season_reads_as_its_last_listed_episode_once_the_show_lists_it() -> None:
    show = ShowShape.season_one()
    assert as_listed(whole_season(2), show) == whole_season(2)
    show.add_episodes(2, [EpisodeInfo(2, n, None, None) for n in range(1, 9)])
    assert as_listed(whole_season(2), show) == Position(2, 8)
    assert as_listed(Position(2, 3), show) == Position(2, 3)


async def test_a_reader_at_the_end_of_season_one_sees_a_season_two_event_hidden(db: Database) -> None:
    show = ShowShape.season_one()  # TVmaze lists no season 2 yet
    reads = await (await ContentLibrary.open(db, show, season2=CurrentStatus(clock=SystemClock()))).reads_for(None)
    shown = render(LEAK, reads(LEAK), END_OF_SEASON_ONE)
    assert "zombie" not in plain(outside_bars(shown))
    show.add_episodes(2, [EpisodeInfo(2, n, None, None) for n in range(1, 9)])
    reads = await (await ContentLibrary.open(db, show, season2=CurrentStatus(clock=SystemClock()))).reads_for(None)
    assert "zombie" not in plain(outside_bars(render(LEAK, reads(LEAK), Position(2, 7))))
    assert plain(outside_bars(render(LEAK, reads(LEAK), Position(2, 8)))) == LEAK  # season 2 finished


async def test_an_addition_telling_a_season_two_event_without_its_episode_asks_for_the_episode(db: Database) -> None:
    library = await ContentLibrary.open(db, ShowShape.season_one(), season2=CurrentStatus(clock=SystemClock()))
    queue = review.ReviewQueue(db, ManualClock(NOW), library)
    values = {"text": LEAK + ".", "spoils": "S1E12", "source": "https://www.netflix.com/tudum/x"}
    with pytest.raises(AdditionError, match=r"tells an event of season 2 without naming its episode.*\(like S2E3\)"):
        await queue.submit(10, 1, "event", values)


@table(("text", "spoils"), [
    ("does cheongsan still have the bite in s2 or is he cured", Position(1, 11)),  # his bite kept: his season-1 fate
    ("Cho Yi-hyun talks Nam-ra's life as a halfbie in All of Us Are Dead season 2", END_OF_SEASON_ONE),
    ("no hari in s2 after losing her brother like that 💔", END_OF_SEASON_ONE),  # her brother's death: season 1's
    ("On-jo loses her mom in season 2", whole_season(2)),  # told as happening in season 2: a new event
    ("namra masih halfbie di s2", END_OF_SEASON_ONE),  # Indonesian "still"
    ("semoga onjo gak mati di season 2", END_OF_SEASON_ONE),  # "hopefully ...": a wish
    ("rewatching ep 11, watching cheongsan die again 😭", Position(1, 11)),  # a rewatch's "again": season 1's
    ("gwinam bit me again in my nightmare lol", Position(0, 0)),  # the writer's own
    ("so-ju died for them. season 2 when??", Position(1, 11)),  # the next sentence about the season itself
    ("cheongsan lived?? how?? season 2 better explain", Position(1, 11)),
    ("in season 2, does namra die?", END_OF_SEASON_ONE),  # asked: only the fate season 1 leaves her
    ("onjo x suhyeok 🕊️🤍", Position(0, 0)),  # a ship's dove
])
def test_a_state_or_a_relatives_loss_from_season_one_said_with_a_later_season_is_no_new_event(
        text: str, spoils: Position) -> None:
    assert LEXICON.position(text) == spoils


@table(("text", "spoils"), [
    # bench/lexicon_heldout44.yaml's kinds, in other wordings: the wait for season 2
    ("el tráiler nuevo: su-hyeok en la universidad 🥹", END_OF_SEASON_ONE),  # in the next trailer: outlives season 1
    ("o teaser mostra a nam-ra de novo", END_OF_SEASON_ONE),
    ("di trailer ada onjo sama suhyeok", END_OF_SEASON_ONE),
    ("cheong-san isn't on the poster 💔", Position(1, 11)),  # missing from it: his fate
    ("there's no date on the poster yet", None),
    ("yoo in-soo not coming back, figures", Position(1, 11)),  # a cast not back: the character's fate
    ("i'm not coming back to this server lol", None),
    ("ep 3 still haunts me", Position(1, 3)),  # a reaction to the episode
    ("top 3 mortes: so-ju, cheong-san e woo-jin", END_OF_SEASON_ONE),  # a ranking of deaths in Portuguese
    ("one-eyed bully dies in the fire", Position(1, 11)),  # fans' names for Gwi-nam, Cheong-san, Ha-ri
    ("the chicken shop kid didn't make it", Position(1, 11)),
    ("bow girl losing her little brother 💔", END_OF_SEASON_ONE),
    ("the bow kid at my archery club won again", None),  # a role at the writer's own place
    ("my friend namra just got into uni!!", None),  # the writer's friend named like her
    ("is that woojin's jacket at 1:10?? he didn't make it tho", END_OF_SEASON_ONE),  # "he": the owner named before
    # bench/lexicon_heldout45.yaml's kinds: the same readings said of other things, and their neighbours abroad
    ("the bow kid next door keeps shooting arrows at cans", None),  # the writer's neighbour
    ("bow girl from the hunger games is still my fave", None),  # another work's archer
    ("son sang-yeon wasn't at the script reading 💔", END_OF_SEASON_ONE),  # not at its script reading: the fate
    ("i wasn't at the script reading stream, did they show the cast?", None),
    ("o gwi-nam não está no pôster 😭", Position(1, 11)),  # missing from the poster, in Portuguese
    ("el chico del pollo murió 😭", Position(1, 11)),  # fans' names in Spanish, Portuguese, Indonesian
    ("a representante de turma virou meio-zumbi", Position(1, 6)),
    ("la delegada de mi clase está muerta de sueño", None),  # the writer's class president
    ("el cap 11 todavía me destroza", Position(1, 11)),  # a reaction to the episode
    ("still not over so-ju 😭", Position(1, 11)),  # grief with only a name after it: the death
    ("still not over how good the ost is 😭", None),
    ("rip to the drone kid 🕯️", Position(1, 11)),  # "to the" before a role: mourned, no verb's object
])
def test_the_wait_for_season_two_its_trailer_poster_cast_and_rankings(text: str, spoils: Position | None) -> None:
    assert LEXICON.position(text) == (spoils or NOTHING)


@table(("text", "spoils"), [
    # bench/lexicon_heldout46.yaml's kinds, in other wordings: season 2's release day
    ("season 2 episode 3 leaks: someone dies", Position(2, 3)),  # a death told of the episode, whoever it is
    ("s2e6 ending had me sobbing", Position(2, 6)),  # a reaction to the episode, no one named
    ("2x04 omg", Position(2, 4)),
    ("the 2nd ep of s2 was brutal", Position(2, 2)),
    ("season two episode five ending 😭", Position(2, 5)),
    ("the s2 finale destroyed me", whole_season(2)),  # its last episode, whichever that turns out to be
    ("a 2ª temporada episódio 6: morre o professor novo", Position(2, 6)),
    ("시즌2 5화 엔딩 소름", Position(2, 5)),
    ("the new kid dies in season 2", whole_season(2)),  # no episode said: the whole season
    ("s2e2 tonight, who's in?", None),  # a plan, a question, a runtime, another show: nothing told
    ("does anyone die in s2e3?", None),
    ("s2e4 is 62 minutes long", None),
    ("squid game s2e2 ending destroyed me", None),
    ("s2 ep 3 cliffhanger!! no spoilers tho", None),  # a fan who keeps the event back
    ("omg s2e2 drops in an hour, subs are out too", None),  # the excitement is for the release
    ("2기 3화 엔딩 미쳤다", Position(2, 3)),
    # bench/lexicon_heldout47.yaml's kinds: a plan, a guess, a fear, music, said of a season-2 episode, tell nothing
    ("keeping s2e7 for the weekend", None),
    ("i bet someone gets bitten in s2e4", None),
    ("prediction: the new teacher dies in season 2", None),  # a guess said as a heading
    ("if the new kid dies in s2e5 i quit", None),
    ("scared someone dies in season 2 ep 1", None),
    ("the s2e3 soundtrack is so good", None),
    ("the new kid and the nurse get married in s2e4", Position(2, 4)),  # an event beyond a fate
    ("namra comes back in 2x03", Position(2, 3)),
    ("the new girl gets bitten in part 2", whole_season(2)),  # "part 2": the season to come
    ("cheongsan dies in part 2 of ep 11", Position.legacy(11)),  # an episode's part, not a season
    # bench/lexicon_heldout49.yaml's kinds: a reaction in Korean, Spanish or all caps; a who-question with no "?"
    ("시즌2 2화 결말 실화냐", Position(2, 2)),
    ("temporada 2 cap 5 qué final", Position(2, 5)),
    ("vou ver o T2E3 este final de semana", None),  # "this weekend", not "this ending"
    ("SUHYEOK NOOOO 2x04", Position(2, 4)),
    ("who dies in season 2 im scared", None),
    ("wer stirbt in staffel 2", None),
    ("Netflix hat die Serie um eine zweite Staffel verlängert", None),  # German "die", the article
    ("die Staffel 2 kommt 2027", None),
    ("my dog bit me during s2e2 lol", None),  # the writer's own bite
    # bench/lexicon_heldout56.yaml's kinds: a return said "is back", "season two ep 4"
    ("cheongsan is back in s2e2!!", Position(2, 2)),
    ("season two ep 4 when suhyeok dies 😭", Position(2, 4)),
    ("the ost is back in s2e2 yesss", None),  # a song, the opening, a set back: no story (heldout57)
    ("the school set is back in s2e2 and it looks so pretty", None),
    ("season 2 ep 6 suhyeok finally finds namra", Position(2, 6)),  # someone found: the episode's event
    # bench/lexicon_heldout58.yaml's kinds: episodes and parts typed loosely, season 2's newcomers
    ("temp 2 ep 3 muere ju-ran", Position(2, 3)),
    ("temp 2 cap 4 muere el jefe del NIS", Position(2, 4)),  # Han Du-seok, the NIS team leader
    ("maru turns in 2x05", Position(2, 5)),
    ("p2e1 suhyeok turns i can't", whole_season(2)),  # a later part's episode: which of the season's is unknown
    ("ep3 of pt 2: namra dies. i'm sobbing", whole_season(2)),
    ("ep3 of pt 2 is 70 min long", None),
    ("ju-ran survives", whole_season(2)),  # a newcomer's fate is season 2's
    ("maru dies in ep 6", Position(2, 6)),
    ("if maru dies i riot", None),
    ("she killed it as ju-ran", None),
    # bench/lexicon_heldout59.yaml's kinds: a pet named for a newcomer, a season said beside a newcomer's fate
    ("rip maru, best cat ever 😭", None),
    ("my neighbor's dog maru got bitten by a cat today", None),
    ("ju-ran survives s2 😭 thank god", whole_season(2)),
    ("temp 2: muere jong-ah 😭", whole_season(2)),
    ("the ost turns into a banger in 2x05", None),  # a song turning, no one's
    # bench/lexicon_heldout60.yaml's kinds: episodes numbered loosely, the premiere as the cast's evening
    ("2.03 namra dies 😭", Position(2, 3)),
    ("in 2.04 du-seok kills jong-ah", Position(2, 4)),
    ("update 2.03 of the bot fixed the quiz lol", None),  # a version, not an episode
    ("ep. 3 (s2) cheongsan is alive!!!", Position(2, 3)),
    ("ตอนที่ 3 ซีซั่น 2 นัมราตาย", Position(2, 3)),  # Thai: episode 3, season 2
    ("ตอนที่ 3 ซีซั่น 2 ออกกี่โมง", None),  # what time it comes out
    ("HE'S BACK at the s2 premiere", None),  # the event a cast goes to
    ("cheongsan is back in the s2 premiere!!", Position(2, 1)),
    ("dead tired, saving s02e04 for tomorrow", None),  # a viewing put off, no rescue
    # bench/lexicon_heldout61.yaml's kinds: a screening in class, an actor at the premiere
    ("our teacher showed us s2 ep 1 in class 💀", None),  # the skull laughs at the class
    ("maru dies in s2 ep 1 at school", Position(2, 1)),  # a fate there, no screening
    ("HE'S BACK!!! lomon on the red carpet for the s2 premiere", None),  # no season-2 role of Su-hyeok's
    # bench/lexicon_heldout62.yaml's kinds: newcomers in Hangul and by their roles, German episodes
    ("주란이 물렸어 시즌2 3화", Position(2, 3)),  # a particle after the Hangul name
    ("마루 시즌2에서 좀비 됨", whole_season(2)),
    ("우리집 강아지 마루 살았어 병원 다녀옴", None),  # a dog named 마루
    ("내 친구 주란이 시즌2 보다가 죽을 뻔 ㅋㅋ", None),  # the writer's friend named 주란 (lexicon_heldout63)
    ("mi perrita maru murió hoy 😭 tenía 14 años", None),  # a pet: a pet word, an age beside the writer's own (heldout64)
    ("my maru passed away this morning, she was 14 😭", None),
    ("rip my maru 😭 he was only 19", whole_season(2)),  # a young death lamented is the character's
    ("ju-ran não merecia morrer assim na 2ª temporada 😭", whole_season(2)),  # a death said undeserved is told
    ("rip my sleep, watched s2 ep 4 at 3am 😭", None),  # the tears are for the writer's sleep, as in season 1
    ("mi maru murió 😭 con 20 años, pobre onjo", whole_season(2)),  # another of the story beside: his (heldout65)
    ("rip tulog ko 😭 s2 ep 4 hanggang 3am", None),  # the writer's sleep, abroad
    ("내 잠 돌려내 ㅠㅠ 시즌2 4화 주란이 죽는 거 보고 못 잤어", Position(2, 4)),  # ... beside a death told
    ("my phone died halfway through s2 ep 4 😭 rip", None),  # the rip is the phone's
    ("the nis team leader gets bitten in s2", whole_season(2)),  # a newcomer by their role
    ("lmao the nis guy dies in ep 5", Position(2, 5)),
    ("the nis team leader actor roh jae-won was in squid game 3", None),
    ("ju-ran stirbt in folge 3 von staffel 2", Position(2, 3)),
    # a bare episode beside a newcomer is theirs, with no fate said (rehearse65: season 1 has no episode with them)
    ("ep 6 reveals jong-ah is immune!!", Position(2, 6)),
    ("yeah at the end of ep 12", None),  # season 1's talk, no one of season 2's
    # ... in the episode's own clause when a season-1 name is there too (guard_replies87); season 2's premise beside a name
    ("ep 11 cheongsan dies, cant wait for maru", Position(1, 11)),
    # ... but a newcomer's fate in another clause is still their season's (never earlier than "maru dies" alone)
    ("ep 11 cheongsan dies, maru dies", whole_season(2)),
    ("ep 5 gwinam bites, jong-ah dies", whole_season(2)),
    ("cheongsan dies in ep 6, maru dies", whole_season(2)),
    ("ep 11 cheongsan dies, does maru die?", Position(1, 11)),  # asked: "does maru die?" alone reads nothing
    ("ep 3 onjo moves into the uni dorm 😭", Position(2, 3)),
    ("ตอน 3 มารูคุยกับอนโจที่มหาลัย 😭", Position(2, 3)),  # the newcomers' Thai names
    ("tập 4 duseok xuất hiện ở trường đại học luôn", Position(2, 4)),  # Vietnamese "tập N"
])
def test_an_event_of_a_later_seasons_episode_told_or_reacted_to_spoils_that_episode(
        text: str, spoils: Position | None) -> None:
    assert LEXICON.position(text) == (spoils or NOTHING)
