"""Release-week fan wordings (ask52's blind set): "the same actress from squid game", "what month",
"who is onjo's best friend", answered through the engine."""

from __future__ import annotations

import re

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position
from tests.table import table

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


def _clear(engine: AnswerEngine, question: str, watched: int = 12) -> str:
    return SPOILER_SPAN.sub("", render_text(engine.answer(question), Position.legacy(watched))[0])


@table("question", ["wait is nayeon the same actress from squid game", "is lee yoo mi the same actress from squid game",
                    "is nayeon the same girl who was in squid game"])
def test_the_same_actress_from_another_show_is_the_one_who_plays_them(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question, 0)
    assert "Lee Yoo-mi" in text and "player 240" in text, text


def test_the_same_actress_said_of_no_one_named_is_no_yes(engine: AnswerEngine) -> None:
    assert not _clear(engine, "wait is she the same actress who was in squid game").startswith("Yes")


def test_the_same_guy_as_another_name_is_still_whether_the_two_are_one(engine: AnswerEngine) -> None:
    assert _clear(engine, "is lomon the same guy as park solomon", 0).startswith("Yes: Lomon is also known as Park Solomon")


@table(("question", "premiere"), [("what month did it come out", "28 January 2022"), ("지우학 몇월에 나왔어", "2022년 1월 28일"),
                                  ("aouad what month came out", "28 January 2022")])
def test_what_month_it_came_out_is_its_premiere(engine: AnswerEngine, question: str, premiere: str) -> None:
    text = _clear(engine, question, 0)
    assert premiere in text and "eight months" not in text and "8개월" not in text, text


@table(("question", "said"), [("s2 몇월에 나와?", "시즌2 공개일은 2026년 2월 23일 기준 발표되지 않았고"),
                              ("what month does s2 come out", "No release date for season 2 has been announced")])
def test_what_month_season_2_comes_out_is_no_date_announced(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question, 0)


@table("question", ["who is onjo's best friend", "onjo best friend?"])
def test_whose_best_friend_names_everyone_the_sources_call_that(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question, 0)
    assert "Cheong-san" in text and "I-sak" in text and "don't call" not in text, text


def test_two_friends_named_are_still_asked_about_as_a_pair(engine: AnswerEngine) -> None:
    assert _clear(engine, "are onjo and isak friends", 0).startswith("Yes.")


# ask67: a fate heard from someone ("my sister told me ...", "a tiktok video says ...", "dizem que ...", "sabi nila ...")
# is the fate asked, answered as far as the mark (was "I don't know", or Cheong-san's goodbye kiss)
@table(("question", "watched", "said"), [
    ("my sister told me onjo's dad dies is that real", 12, "flares"),
    ("a tiktok video says suhyeok turns, true?", 12, "No. Su-hyeok survives"),
    ("people on reddit say namra isnt really dead", 12, "halfbie"),
    ("my bf said lomon plays gwinam lol", 0, "No. Lomon plays Lee Su-hyeok"),
    ("is it tru that lomon plays suhyeok", 0, "Yes. Lomon plays Lee Su-hyeok"),
    ("dizem que o gwinam morre, é verdade?", 12, "Presume-se a morte de Gwi-nam"),  # answered in Portuguese (lang48b)
    ("escuché que el papá de onjo muere, es cierto?", 12, "So-ju muere (el episodio 11"),  # answered in Spanish (lang48b)
    ("kabarnya cheongsan mati ya? bener?", 12, "Cheong-san diduga meninggal"),  # answered in Indonesian (lang48b)
    ("sabi nila namatay si woojin", 12, "Namatay si Woo-jin (season 1, episode 12)"),  # in Tagalog since lang62
    ("my sister told me onjo's dad dies is that real", 9, "So far, no"),
    ("dizem que o gwinam morre, é verdade?", 4, "Até agora, não"),  # answered in Portuguese (lang48b)
    # ask86: a doubt of the teller after the claim ("is he lying", "are they capping") was "I don't know that about" them;
    # ask88: its verdict is the claim's truth, never a "Yes." to "is he lying" about a true claim
    ("my bf told me mijin survives is he lying", 12, "That's true. Mi-jin survives"),
    ("my mom said onjo dies, is she capping", 12, "That's not true. On-jo makes it out"),
    ("my friend said mijin survives, is he right?", 12, "Yes. Mi-jin survives"),  # asked the right way round: as it is
])
def test_a_fate_heard_from_someone_is_the_fate_asked(engine: AnswerEngine, question: str, watched: int, said: str) -> None:
    assert said in _clear(engine, question, watched), _clear(engine, question, watched)


@table(("question", "watched", "never"), [
    ("my sister told me onjo's dad dies is that real", 9, "flares"),
    ("a tiktok video says suhyeok turns, true?", 5, "quarantine camp"),
    ("dizem que o gwinam morre, é verdade?", 4, "shaft"),
    ("sabi nila namatay si woojin", 10, "Namatay si Woo-jin"),  # in Tagalog since lang62
    ("my mom said onjo dies, is she capping", 3, "quarantine camp"),
    # leaving the show: never "Yes." (he would be leaving), and below the mark nothing of a return, nor the report that
    # the actor finished his part of season 2
    ("is lomon leaving the show", 12, "Yes."), ("is lomon leaving the show", 0, "finished his part"),
    ("did lomon leave s2", 0, "finished his part"), ("cho yi hyun left the show?", 3, "season 2 cast"),
])
def test_hearsay_and_leaving_say_nothing_past_the_mark_nor_a_wrong_yes(
        engine: AnswerEngine, question: str, watched: int, never: str) -> None:
    assert never not in _clear(engine, question, watched), _clear(engine, question, watched)


@table(("question", "said"), [
    ("are the old characters coming back", "Returning in season 2"), ("who from season 1 is back in s2", "Returning in season 2"),
    ("is the og cast returning for season 2", "Returning in season 2"),
    ("is it true the filming ended", "Filming is done"), ("s2 filming wrapped already?", "Filming is done"),
    ("s2 got delayed again?", "Star News"), ("my friend says season 2 was delayed", "Star News"),
    ("o lomon saiu da série?", "is in the season 2 cast"), ("did onjo leave the show", "is in the season 2 cast"),
    ("is lomon leaving the show", "Beauty in the Beast"),
])
def test_release_week_news_heard_is_asked_as_meant(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question), _clear(engine, question)


# rehearse65: "who returns in season 2?" listed the newcomers first; the returning cast answers it, the new after
@table(("question", "lead", "after"), [
    ("who returns in season 2?", "Returning in season 2: Park Ji-hu", "Also new in season 2: Lee Min-jae"),
    ("who's back for s2", "Returning in season 2: Park Ji-hu", "Also new in season 2: Lee Min-jae"),
    ("who's the new cast", "New in season 2: Lee Min-jae", ""),
])
def test_the_cast_asked_as_returning_leads_with_the_returning_cast(
        engine: AnswerEngine, question: str, lead: str, after: str) -> None:
    text = _clear(engine, question)  # (the returning cast tells who lives through season 1: hidden before its end)
    assert text.startswith(lead) and after in text and "Returning" not in text.split(lead)[0], text


# ask67: season 1's hour asked of a country, in the past and abroad (was "I don't know": "philippines" is read singular)
@table("question", ["what time did s1 come out in the philippines", "what time did it come out in singapore",
                    "que horas saiu a primeira temporada no brasil", "a que hora salió la temporada 1 en méxico",
                    "anong oras lumabas ang season 1 sa pinas"])
def test_season_1s_hour_asked_of_a_country_is_its_worldwide_drop(engine: AnswerEngine, question: str) -> None:
    assert "8 a.m. GMT" in _clear(engine, question, 0), _clear(engine, question, 0)


# ask67: whether it is on Netflix in a country, said abroad or with the other channel named (was "I don't know")
@table("question", ["is season 1 on netflix indonesia", "is it on jtbc in korea or only netflix",
                    "season 1 ada di netflix malaysia gak", "available ba yung season 1 sa netflix",
                    "está la temporada 1 en netflix argentina?"])
def test_where_season_1_streams_asked_of_a_country_is_netflix(engine: AnswerEngine, question: str) -> None:
    # in the asker's language (lang49): "La serie solo está en Netflix", "Serial ini hanya tayang di Netflix"
    said = _clear(engine, question, 0)
    assert "Netflix" in said and said.split()[0].rstrip(".") in ("Yes", "Sí", "Ya", "The"), said


# ask67: returns asked abroad with no season said, a count heard, a trailer "delayed" (each was "I don't know" or what is
# in season 2)
@table(("question", "said"), [("a namra volta?", "está no elenco da 2ª temporada"),  # in Portuguese since lang61
                              ("vuelve onjo?", "está en el reparto de la temporada 2"),  # in Spanish since lang60
                              ("someone said s2 has 10 episodes, real?", "has not announced how many episodes"),
                              ("is the s2 trailer delayed", "Netflix has released no trailer")])
def test_release_week_asks_abroad_and_about_the_trailer_are_read_as_meant(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question), _clear(engine, question)


def test_a_return_asked_abroad_below_the_mark_tells_no_return(engine: AnswerEngine) -> None:
    said = _clear(engine, "a namra volta?", 3)
    assert "elenco" not in said and "season 2 cast" not in said, said


# ask67: season 1 asked back before season 2 ("what happened in s1 again", "remind me how s1 ended") is its recap and its
# ending, hidden past the mark (was its episodes' running times); a delay of its filming is the one delay reported
@table(("question", "watched", "said"), [("what happened in season 1 again", 12, "Season 1, episode 12"),
                                         ("remind me how season 1 ended", 12, "four months"),
                                         ("did they postpone the s2 production", 0, "Star News")])
def test_season_1_asked_back_and_a_delayed_shoot_are_read_as_meant(engine: AnswerEngine, question: str, watched: int,
                                                                   said: str) -> None:
    assert said in _clear(engine, question, watched), _clear(engine, question, watched)


@table(("question", "watched", "never"), [("what happened in season 1 again", 3, "Season 1, episode 4:"),
                                          ("remind me how season 1 ended", 8, "four months"),
                                          ("remind me how season 1 ended", 8, "running times")])
def test_season_1_asked_back_shows_nothing_past_the_mark(engine: AnswerEngine, question: str, watched: int, never: str) -> None:
    assert never not in _clear(engine, question, watched), _clear(engine, question, watched)


@table("question", ["es verdad que es coreana?", "é coreana?"])
def test_whether_the_show_is_korean_asked_abroad_is_answered(engine: AnswerEngine, question: str) -> None:
    assert "South Korean" in _clear(engine, question, 0), _clear(engine, question, 0)


# ask68: the rewatch before season 2: how season 1 ends asked again, abroad and "where it left off"; the episode to
# rewatch (the last, which leads into season 2); how long a rewatch takes; "is the kiss in ep 7 or 8"; when a date is
# announced; whether someone is in season 2, asked in Indonesian and Tagalog (were "I don't know", running times, the
# 2022 renewal, or "nobody knows" of season 2's story)
@table(("question", "said"), [
    ("what happened at the end of s1 again", "four months after the outbreak"),
    ("remind me where s1 left off", "four months after the outbreak"),
    ("como terminó la primera temporada", "cuatro meses después del brote"),  # in Spanish since ask125
    ("ending season 1 gimana sih", "empat bulan setelah wabah"),  # in Indonesian since ask125
    ("paano nagtapos ang season 1", "apat na buwan matapos ang outbreak"),  # in Tagalog since ask125
    ("which ep should i rewatch before s2", "Season 1, episode 12:"),
    ("if i only rewatch one episode before season 2 which one", "Season 1, episode 12:"),
    ("which episode should i rewatch before season 2", "Episode 12, the last of season 1, leads into season 2:"),  # why it
    ("que capitulo vuelvo a ver antes de la temporada 2", "El episodio 12 de la temporada 1:"),  # answered in Spanish (lang49)
    ("what should i remember before s2 comes out", "Season 1, episode 12:"),
    ("how long does it take to rewatch s1", "Season 1 is 12 episodes long"),
    ("berapa lama durasi per episode", "50 sampai lebih dari 70 menit"),  # in Indonesian since lang53
    ("is the suhyeok namra kiss in ep 7 or 8", "Season 1, episode 7:"),
    ("when is the s2 date getting announced", "No release date for season 2 has been announced"),
    ("namra ada di season 2 ga", "Cho Yi-hyun"),
    ("nasa season 2 ba si suhyeok", "Lomon"),
    ("quienes sobrevivieron en la primera temporada", "Hyo-ryeong"),
    ("sino mga nakaligtas sa season 1", "Hyo-ryeong"),
    ("gwinam itu siapa sih", "Perundung"),  # said in Indonesian since lang52 (was "bully")
    # ask73: a span of time as the dates that give it; the cast asked as "confirmed"; wordings and typos of the rewatch
    ("how long ago did season 1 come out", "28 January 2022"),
    ("wait s1 was how many years ago", "28 January 2022"),
    ("how many years between s1 and s2", "No release date for season 2 has been announced"),
    ("who is confirmed for season 2", "Returning in season 2: Park Ji-hu as Nam On-jo"),
    ("who makes it to the end of season 1", "Hyo-ryeong"),
    ("whcih episdoes to rewach before season 2", "Episode 12, the last of season 1"),
    ("can i finish s1 in a weekend", "Season 1 is 12 episodes long"),
    ("wat was the final scene of season one again", "four months after the outbreak"),
    ("how sure is it that yoo in-soo is back for s2", "not in the season 2 cast"),
    ("what has lomon been in since aouad", "Beauty in the Beast"),
    ("시즌1에서 누가 살아남았어?", "효령"),  # in Korean since lang59 (was "Hyo-ryeong")
    # ask74: the same forms asked of other things: the story's span, other dates, "confirmed", an episode, "been in"
    ("how long since the outbreak started when the show ends", "four months after the outbreak"),
    ("how long between the webtoon and the show", "2009 to 2011"),
    ("time between s1 release and the renewal?", "6 June 2022"),
    ("is it confirmed cheongsan is dead", "presumed dead"),
    ("confirmed deaths in ep 3", "Gyeong-su"),
    ("what has na-yeon been in", "Squid Game"),
    ("is lomon starring in anything new", "Beauty in the Beast"),
    ("who survives ep 12", "Hyo-ryeong"),
    ("시즌1 나온 지 얼마나 됐어?", "2022년 1월 28일"),
    ("namra halfbie confirmed?", "halfbie"),
    ("who starred in season 1 of all of us are dead", "Main season 1 cast"),
    ("who's the star of the show", "the closest thing the story has to a lead"),
    ("is it confirmed that season 2 is coming in 2027", "No release date for season 2 has been announced"),
])
def test_rewatch_asks_before_season_2_are_read_as_meant(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question), _clear(engine, question)


@table(("question", "watched", "never"), [
    ("remind me where s1 left off", 9, "four months"),
    ("como acabou a 1 temporada", 0, "four months"),
    ("which eps should i rewatch before s2", 0, "Yangdong"),
    ("which ep should i rewatch before s2", 11, "leads into season 2"),  # the lead is hidden as its episode is
    ("what should i remember before s2 comes out", 5, "Nam-ra is bitten"),
    ("is the kiss in ep 7 or 8", 3, "kiss"),
    ("nasa season 2 ba si cheongsan", 5, "season 2 cast"),
    ("cheongsan ada di season 2?", 3, "season 2 cast"),
    ("who makes it to the end of season 1", 6, "Hyo-ryeong"),  # ask73
    ("what does the ending of all of us are dead mean", 8, "four months"),
    ("how likely is it that namra is in s2", 3, "season 2 cast"),
    ("who is confirmed for season 2", 0, "Cho Yi-hyun"),
    ("how long since the outbreak started in the show", 3, "four months"),  # ask74
    ("is it confirmed nam-ra is a half zombie", 3, "halfbie"),
    ("who survives ep 7", 6, "kiss"),
    ("what has cheong-san been through so far", 3, "construction site"),
    ("ep 5 confirmed deaths", 4, "Gwi-nam"),
])
def test_rewatch_asks_show_nothing_past_the_mark(engine: AnswerEngine, question: str, watched: int, never: str) -> None:
    assert never not in _clear(engine, question, watched)


# ask69: the last round's forms said of other things: an episode's or a character's end, the ending's meaning, abroad
# ("como termina el episodio 5", "paano natapos ang ep 11", "ending nya gimana", "anong nangyari sa dulo ng season 1");
# "is X's death in ep N or M", "the kiss is ep 7 or 8?", the Tagalog and Indonesian kiss; when the cast, the trailer or
# the episode count gets announced; how season 2 starts; "ada yang tau ...", "ada webtoonnya", "ada kabar season 2";
# "nasa netflix ba"; whether anyone from season 1 comes back (were "I don't know", the 2022 renewal, or a wrong line)
@table(("question", "said"), [
    ("como termina el episodio 3", "El episodio 3 de la temporada 1:"),  # answered in Spanish (lang49)
    ("how does ep 9 end", "Season 1, episode 9:"),
    ("how dose season 1 end", "four months after the outbreak"),
    ("endingnya gimana", "empat bulan setelah wabah"),  # in Indonesian since ask125
    ("anong nangyari sa dulo ng season 1", "apat na buwan matapos ang outbreak"),  # in Tagalog since ask125
    ("what did the ending mean", "four months after the outbreak"),
    ("how did cheongsan end up", "presumed dead"),
    ("how does namra's story end", "school roof"),
    ("is onjos dad's death in ep 10 or 11", "Season 1, episode 11:"),
    ("that kiss was in episode 7 or 8?", "Season 1, episode 7:"),
    ("adegan ciuman di episode berapa", "Season 1, episode 7:"),
    ("whihc ep shud i rewatch b4 season 2", "Season 1, episode 12:"),
    ("which ep is the best one to rewatch before s2", "Season 1, episode 12:"),
    ("episode mana yang harus ditonton ulang sebelum season 2", "Season 1, episode 12:"),
    ("when will netflix announce the s2 cast", "23 July 2025"),
    ("when will they reveal the teaser", "Netflix has released no trailer"),
    ("when will they announce the episode count for season 2", "has not announced how many episodes"),
    ("when do you think they'll announce the release date", "No release date for season 2 has been announced"),
    ("kapan trailer season 2 diumumkan", "Netflix belum merilis trailer"),
    ("how will season 2 begin", "Seoul"),
    ("ada yang tau suhyeok selamat ga", "Su-hyeok selamat"),
    ("ada webtoonnya?", "Now at Our School"),
    ("ada kabar season 2?", "pascaproduksi"),  # in Indonesian since lang53
    ("nasa netflix ba ang show", "Netflix"),
    ("will anybody from season 1 come back", "Returning in season 2:"),
    ("who's not returning for season 2", "Season 1's survivors not in the season 2 cast Netflix announced: Im Jae-hyuk"),
    ("who won't be in s2", "Ha Seung-ri as Jang Ha-ri"),
    ("sino ang wala sa season 2", "Kim Bo-yoon as Seo Hyo-ryeong"),
    ("is the fight in ep 9 or 10", "Season 1, episode 9: The fight on the roof"),
    ("is ep 5 or 6 the library one", "Season 1, episode 5:"),
    ("paano natapos si gwinam", "construction site"),
    ("ada season 2 nya?", "memperpanjang"),  # the renewal in Indonesian since lang57
])
def test_the_ending_and_announcements_asked_of_other_things_are_read_as_meant(engine: AnswerEngine, question: str,
                                                                              said: str) -> None:
    assert said in _clear(engine, question), _clear(engine, question)


@table(("question", "watched", "never"), [
    ("how does episode 11 end", 9, "sacrific"),
    ("como termina el episodio 5", 3, "library"),
    ("how did hari end up", 8, "quarantine camp"),
    ("is woojin's death in ep 11 or 12", 10, "Nam-ra"),
    ("nasa ep 11 ba yung kiss ni cheongsan at onjo", 8, "goodbye"),
    ("endingnya gimana", 0, "four months"),
    ("does anyone from s1 come back in s2", 6, "Returning"),
    ("when will they announce the cast", 0, "Park Ji-hu"),
    ("how does season 2 start", 0, "university"),
    ("who isnt coming back in season 2", 6, "Dae-su"),
    ("is the roof scene in ep 8 or 9", 12, "Jin-su"),
    ("ending nya namra gimana", 5, "halfbie"),
])
def test_the_ending_and_announcements_asked_of_other_things_show_nothing_past_the_mark(
        engine: AnswerEngine, question: str, watched: int, never: str) -> None:
    assert never not in _clear(engine, question, watched)


@table("question", ["which ep of squid game should i rewatch before s2", "which webtoon chapter should i reread before season 2",
                    "cómo termina el webtoon", "how does season 1 of squid game end", "what happened at the end of kingdom"])
def test_another_works_episodes_or_ending_are_never_ours(engine: AnswerEngine, question: str) -> None:
    said = _clear(engine, question)
    assert "four months" not in said and "episode 12" not in said and "million hours" not in said, said


# ask70: the weeks a fan expects after season 2's date is out: a countdown ("how long till it comes out", "countdown to
# s2", "berapa hari lagi", "cuántos días faltan"), a day counted from today ("is it this friday", "s2 comes out tmrw
# right", "s2 in 2 weeks"), "netflix announced the date right", "did netflix say when s2 comes out", "will all the eps
# drop at once", watching it somewhere "when it comes out", "is the date official" abroad, "시즌2 며칠 남았어", the rewatch
# before it (were "I don't know", "Yes." off season 1's Friday premiere or the production news, or Ha-ri for "hari")
@table(("question", "said"), [
    ("how long till it comes out", "No release date"),
    ("how many weeks until season 2 drops", "No release date"),
    ("countdown to s2 pls", "No release date"),
    ("how many days untill seson 2", "No release date"),
    ("is it next friday?", "No release date"),
    ("wait its tomorrow right", "No release date"),
    ("s2 drops in 2 weeks??", "No release date"),
    ("season 2 comes out this saturday right", "No release date"),
    ("so netflix finally announced the release date for s2?", "No release date"),
    ("has netflix said when season 2 comes out", "No release date"),
    ("are all the eps coming out together", "No release date"),
    ("will we be able to watch it in brazil when it comes out", "No release date"),
    ("will japan get s2 first", "No release date"),
    ("do we still have time to binge s1 before s2", "No release date"),
    ("berapa hari lagi s2 tayang", "Belum ada tanggal rilis"),
    ("cuánto falta para la temporada 2", "No se ha anunciado fecha de estreno"),
    ("quantos dias faltam para a temporada 2", "Nenhuma data de estreia"),
    ("tanggal rilis s2 sudah pasti belum", "Belum ada tanggal rilis"),
    ("la fecha de estreno de la temporada 2 ya es oficial?", "No se ha anunciado fecha de estreno"),
    ("udah bisa nonton s2 di malaysia belum", "Belum ada tanggal rilis"),
    ("do i need to rewatch it before s2", "matter of opinion"),
    ("how much longer till season 2", "No release date"), ("days until s2?", "No release date"),
    ("is s2 coming this weekend", "No release date"), ("what time is s2 releasing in manila", "No release date"),
    ("are the episodes weekly", "No release date"), ("will s2 be split into parts", "No release date"),
    ("how many sleeps till s2", "No release date"), ("s2 countdown?", "No release date"),
    ("s2 is this friday right?", "No release date"),
    ("is netflix announcing it in january?", "No release date"), ("will they announce the s2 date at tudum", "No release date"),
    ("시즌2까지 며칠 남음", "시즌2 공개일은 2026년 2월 23일 기준 발표되지 않았고"),
    ("s2 공개까지 얼마나 남았어요?", "시즌2 공개일은 2026년 2월 23일 기준 발표되지 않았고"),
])
def test_countdowns_and_days_checked_before_season_2_are_read_as_meant(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question), _clear(engine, question)


@table(("question", "never"), [("is it this friday?", "Yes."), ("netflix announced the s2 date right", "Yes."),
                               ("will all episodes drop at once?", "Yes."), ("did s1 drop all at once", "No."),
                               # ask71: an announcement to come, at a time said (was "Yes." off the 2022 renewal)
                               ("is netflix announcing s2 in january", "Yes."), ("is netflix announcing it in january?", "I don't know")])
def test_season_2_days_heard_never_get_a_yes_off_season_1(engine: AnswerEngine, question: str, never: str) -> None:
    assert not _clear(engine, question).startswith(never), _clear(engine, question)
