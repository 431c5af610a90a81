"""Questions from the ask51 blind set that /ask used to meet with "I don't know": Spanish, Portuguese,
Indonesian and Tagalog questions (foreign_glosses.py), a verdict other than "the villain" on someone ("is namra a hero",
judgements.py), an actor leaving season 2 (season2.py), and whether someone unnamed turned (things.py)."""

from __future__ import annotations

import pytest

from bot.lore.answer import AnswerEngine, render_text
from bot.lore.answer.foreign_glosses import gloss_foreign
from bot.lore.answer.japanese_glosses import plain_japanese
from bot.show import Position


def _clear(engine: AnswerEngine, question: str, progress: int = 12) -> str:
    """What a viewer at `progress` reads without opening a spoiler."""
    text = render_text(engine.answer(question), Position.legacy(progress))[0]
    return " ".join(part for i, part in enumerate(text.split("||")) if i % 2 == 0)


@pytest.mark.parametrize("question", ["quien muere al final", "quem morre no final", "siapa yang mati di akhir"])
def test_who_dies_at_the_end_in_spanish_portuguese_and_indonesian_lists_the_endings_deaths(
        engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "Woo-jin" in text and "I-sak" not in text, text


@pytest.mark.parametrize("question", ["quien interpreta a on-jo", "siapa pemeran on jo", "siapa pemain on-jo", "siapa yang main on jo",
                                      "ai đóng vai On-jo?", "On-jo ai đóng vai", "siapa pelakon on-jo"])
def test_who_plays_someone_asked_in_spanish_indonesian_or_vietnamese_names_the_actor(engine: AnswerEngine, question: str) -> None:
    assert "Park Ji-hu" in _clear(engine, question, 0)


@pytest.mark.parametrize(("question", "script"), [("من يلعب دور أون جو", "Arabic"), ("सीजन 2 कब आएगा", "Devanagari"),
                                                 ("кто играет on-jo", "Cyrillic")])
def test_a_question_in_a_script_it_cannot_read_says_so_in_english_and_answers_nothing_else(
        engine: AnswerEngine, question: str, script: str) -> None:
    answer = engine.answer(question)  # "सीजन 2 कब आएगा" once got class 2-5 and week 2's viewing hours
    assert not answer.answered and script in answer.parts[0].text and len(answer.parts) == 1


@pytest.mark.parametrize(("question", "said"), [
    ("sino yung artista ni gwi-nam", "Si Yoo In-soo (유인수) ang gumanap kay Yoon Gwi-nam."),
    ("ilang episodes ang season 1?", "May 12 episode ang season 1."),
    ("kailan lumabas ang all of us are dead", "noong Biyernes, Enero 28, 2022"),
    ("namatay ba tatay ni on-jo?", "Oo. Namatay si So-ju (season 1, episode 11)."),
    ("naging zombie ba si namra", "Naging halfbie (kalahating zombie) si Nam-ra"),
    ("namatay ba yung mga bata", "Hindi. Anim na estudyante ng Hyosan High ang nakarating sa quarantine camp (sina On-jo"),
    ("sino sino ang nabuhay sa dulo", "Hindi lahat namatay sa season 1"),
    ("sino si namra sa s2?", "babalik sina Park Ji-hu (On-jo), Yoon Chan-young (Cheong-san), Cho Yi-hyun (Nam-ra)"),
])
def test_season_1_asked_in_tagalog_is_answered_in_tagalog(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question), _clear(engine, question)


@pytest.mark.parametrize(("question", "unread", "silent"), [
    ("On-jo dễ thương không", "couldn't read", "sources don't say"),
    # said in the asker's language (unknown_abroad), still unread
    ("temenku bilang park ji hu udah nikah, hoax ga?", "tidak bisa membaca", "sumberku tidak menyebutkannya"),
])
def test_a_question_in_words_it_cannot_read_never_claims_the_sources_are_silent(engine: AnswerEngine, question: str,
                                                                                unread: str, silent: str) -> None:
    text = _clear(engine, question, 0)
    assert unread in text and silent not in text, text


@pytest.mark.parametrize(("question", "said"), [
    ("cuando sale la temporada 2", "No se ha anunciado fecha de estreno para la temporada 2"),
    ("quando sai a segunda temporada", "Nenhuma data de estreia da 2ª temporada foi anunciada"),
    ("kapan season 2 rilis?", "Belum ada tanggal rilis season 2 yang diumumkan"),
    ("kailan po lalabas ang s2", "Wala pang inaanunsyong release date ang season 2"),
    # lang63: Spanish "sino" is "but" (never Tagalog's "who"), the second season the one asked; Portuguese "ano" is a
    # year; Malay asks with "bila" and says "musim"
    ("no la temporada 1 sino la 2, cuándo sale?", "No se ha anunciado fecha de estreno para la temporada 2"),
    ("a segunda temporada sai em que ano?", "Nenhuma data de estreia da 2ª temporada foi anunciada"),
    ("bila musim 2 keluar?", "Belum ada tanggal rilis season 2 yang diumumkan"),
])
def test_when_season_2_comes_out_asked_in_other_languages_says_no_date_is_announced(
        engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question, 0)  # in the asker's language (season2_phrases.py)


@pytest.mark.parametrize("question", ["quien es el actor de cheong san", "quem é o ator do cheong-san"])
def test_who_is_someones_actor_asked_in_spanish_or_portuguese_names_the_actor(engine: AnswerEngine, question: str) -> None:
    assert "Yoon Chan-young" in _clear(engine, question, 0)


@pytest.mark.parametrize("question", ["en qué webtoon se basa la serie", "em que se baseia a série", "la serie se basa en un webtoon?"])
def test_what_the_show_is_based_on_asked_in_spanish_or_portuguese_names_the_webtoon(engine: AnswerEngine, question: str) -> None:
    assert "Now at Our School" in _clear(engine, question, 0)


@pytest.mark.parametrize("question", ["how does the webtoon end", "cómo termina el webtoon", "como acaba o webtoon",
                                      "paano nagtapos ang webtoon", "ending webtoonnya gimana", "bagaimana webtoon berakhir"])
def test_how_the_webtoon_ends_gets_the_same_answer_in_every_language(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "the ending was changed" in text and "I don't know" not in text, text


@pytest.mark.parametrize(("question", "english"), [
    ("ya terminaron de grabar la temporada 2", "has season 2 finished filming"),
    ("as gravações da 2 temporada ja acabaram?", "has season 2 finished filming"),
    ("syuting season 2 udah selesai?", "has season 2 finished filming"),
    ("le tournage de la saison 2 est fini ?", "has season 2 finished filming"),
    ("faltam quantos dias pra 2 temporada", "when does season 2 come out"),
    ("berapa hari lagi season 2", "when does season 2 come out"),
    ("wie viele tage noch bis staffel 2", "when does season 2 come out"),
    ("la saison 2 est deja sortie ?", "is season 2 out"),
    ("de q trata la temporada 2", "what is season 2 about"),
    ("season 2 ceritanya tentang apa", "what is season 2 about"),
    ("quem ta no elenco da 2 temporada", "who is in the season 2 cast"),
    ("wann kommt teil 2 von staffel 2?", "when does part 2 of season 2 come out"),
    ("dónde se grabó la temporada 2", "where was it filmed"),  # where, never whether filming is over
    ("¿cuándo sale la parte 2?", "when does part 2 of season 2 come out"),  # season 1 had no parts (lang61)
    ("la temporada 2 la cambiaron de fecha?", "did they change the date of season 2"),  # never its story
    ("tanggal rilis season 2 diganti?", "did they change the date of season 2"),
    ("ent0 est dans la saison 2 ?", "is ent0 in season 2"),
    ("ist ent0 in staffel 2 dabei?", "is ent0 in season 2"),
    # review54c: a change of cast is no change of date; a day or a month beside Netflix asks when, never a "Sí." of where
    ("wurde die besetzung von staffel 2 geändert?", "who is in the season 2 cast"),
    ("wurde das datum von staffel 2 geändert?", "did they change the date of season 2"),
    ("la temporada 2 sale en netflix el 12 de marzo?", "does season 2 come out on March 12"),
    ("season 2 tayang di netflix bulan maret?", "does season 2 come out in March"),
    ("lalabas ba sa pebrero ang season 2", "does season 2 come out in February"),
    # review54c: Indonesian "tanggal N" is a day asked, as "on the 21st" is
    ("season 2 di netflix tanggal 21?", "does season 2 come out on the 21st"),
    # lang63: "sabes si", "alguém sabe se" said first ask nothing themselves; a sigh neither
    ("sabes si ya salió la temporada 2?", "is season 2 out"), ("alguém sabe se o ent0 morre?", "does ent0 die?"),
    ("ay no, ent0 muere?", "does ent0 die?"), ("who plays ent0 po?", "who plays ent0?"),
    ("season 2 tayang di netflix tanggal 12 maret?", "does season 2 come out on March 12"),
    # lang64: a delay heard in French; whether someone is in season 2 in Hinglish; Hinglish asks a count of the season
    # said with "ka" or "ke" after it too
    ("la saison 2 a été repoussée ?", "is season 2 delayed"), ("ils ont reporté la saison 2 ?", "is season 2 delayed"),
    ("season 2 me ent0 hai kya", "is ent0 in season 2"), ("ent0 s2 me aayegi kya", "is ent0 in s2"),
    ("season 2 kitne episode ka hai", "how many episodes are in season 2"),
    ("s2 ke kitne episode honge", "how many episodes are in s2"),
])
def test_season_2s_state_asked_abroad_is_read_as_the_english_that_asks_it(question: str, english: str) -> None:
    assert gloss_foreign(question) == english  # never what is in season 2's story, "Nobody knows yet" (lang60)


@pytest.mark.parametrize(("question", "english"), [
    ("a dónde va ent0 al final", "where does ent0 go at the end"), ("para onde vai a ent0 no final", "where does ent0 go at the end"),
    ("saan pupunta si ent0 sa dulo", "where does ent0 go at the end"), ("ent0 ke mana di akhir", "where does ent0 go at the end"),
    ("por qué ent0 no se fue con ellos", "why didn't ent0 go with them"), ("bakit hindi sumama si ent0", "why didn't ent0 go with them"),
    ("por que a ent0 não foi com eles no final", "why didn't ent0 go with them"),
])
def test_where_someone_goes_at_the_end_asked_abroad_is_read_as_the_english_that_asks_it(question: str, english: str) -> None:
    assert gloss_foreign(question) == english  # endings.py's question, hidden below the mark as in English (fix124)


@pytest.mark.parametrize("question", ["a dónde va la biblioteca", "saan ang dulo ng hallway", "ke mana di akhir"])
def test_a_place_or_an_end_without_someone_going_there_is_no_ending_question(question: str) -> None:
    assert "go at the end" not in gloss_foreign(question)


@pytest.mark.parametrize(("question", "english"), [
    ("シーズン2の撮影終わった？", "has season 2 finished filming"),
    ("第二季拍完了吗", "has season 2 finished filming"),
    ("シーズン2まであと何日？", "when does season 2 come out"),
    ("第二季还有几天上线", "when does season 2 come out"),
    ("シーズン2は3月19日に配信されますか？", "is season 2 coming out on march 19"),  # checked against the date that stands
    ("シーズン2は何話まである？", "how many episodes does season 2 have"),  # its length, never "I don't know" (lang61)
    ("第二季有几集", "how many episodes does season 2 have"),
    ("ナムラってシーズン2に出る？", "is namra in season 2"),
    ("第二季第二部分什么时候上线", "when does part 2 of season 2 come out"),  # never whether season 2 is out
    # lang64: whether its date is set, never the renewal's "決定した"
    ("シーズン2配信日決まった？", "has the season 2 release date been announced"),
    ("シーズン2の公開日もう発表された？", "has the season 2 release date been announced"),
    ("シーズン2決定した？", "is season 2 confirmed"),
])
def test_season_2s_state_asked_in_japanese_or_chinese_is_read_as_the_english_that_asks_it(question: str, english: str) -> None:
    assert plain_japanese(question) == english


@pytest.mark.parametrize(("question", "said"), [
    ("ya terminaron de grabar la temporada 2", "El rodaje de la temporada 2 ha terminado"),
    ("시즌2 촬영 끝났어?", "시즌2 촬영이 끝났어요"),
    ("de q trata la temporada 2", "La temporada 2 transcurre en Seúl"),
    ("quienes salen en la temporada 2", "Nuevos en la temporada 2: Lee Min-jae como Yong Ma-ru"),
    ("시즌2 출연진", "시즌2 새 출연진: Lee Min-jae (Yong Ma-ru 역)"),  # lang61: Korean, Japanese and Chinese too
    ("第二季演员有谁", "第二季新演员：Lee Min-jae（饰演Yong Ma-ru）"),
    ("cheong-san ada di season 2?", "tapi belum dijelaskan bagaimana ia kembali"),  # cast, his return unexplained
    ("siapa pelakon baru musim 2?", "Pemain baru di season 2: Lee Min-jae sebagai Yong Ma-ru"),  # lang63: Malay, in Indonesian
    # lang64: one the announcement leaves out, never a flat "no"
    ("귀남이 시즌2에 나와?", "넷플릭스가 발표한 시즌2 출연진에 Yoon Gwi-nam (Yoo In-soo) 이름은 없어요"),
    ("¿gwi-nam vuelve en la temporada 2?", "No, que se sepa: Yoon Gwi-nam (Yoo In-soo) no está en el reparto"),
])
def test_season_2s_filming_story_and_cast_are_said_in_the_askers_language(engine: AnswerEngine, question: str, said: str) -> None:
    assert said in _clear(engine, question, 12)


def test_season_2s_story_and_returning_cast_asked_abroad_stay_hidden_below_season_1s_end(engine: AnswerEngine) -> None:
    assert "On-jo" not in _clear(engine, "de q trata la temporada 2", 0)  # On-jo's year at university tells she lives
    assert "Park Ji-hu" not in _clear(engine, "quienes salen en la temporada 2", 0)  # who is back tells who lives
    assert "Park Ji-hu" not in _clear(engine, "시즌2 출연진", 0)
    assert "Yoon Chan-young" not in _clear(engine, "청산이 시즌2에 나와?", 0)
    assert "Gwi-nam" not in _clear(engine, "귀남이 시즌2에 나와?", 0)  # who is not back tells who dies


def test_a_part_2_of_something_else_is_never_read_as_season_2s() -> None:
    assert "season 2" not in gloss_foreign("cuando sale la parte 2 del webtoon")


def test_a_season_or_the_show_said_after_a_name_in_spanish_is_read_as_where_it_is_asked() -> None:
    assert gloss_foreign("quién es ent0 en la temporada 2") == "who is ent0 in season 2"
    assert gloss_foreign("who plays ent0 en la serie") == "who plays ent0 in the show"


@pytest.mark.parametrize(("question", "bite"), [("o que acontece com a nam-ra", "mordida por Gwi-nam"),
                                               ("qué le pasa a nam-ra", "Gwi-nam la muerde")])
def test_what_happens_to_someone_asked_in_spanish_or_portuguese_hides_what_the_viewer_has_not_reached(
        engine: AnswerEngine, question: str, bite: str) -> None:
    assert bite in _clear(engine, question, 12)  # said in the asker's language since lang59
    hidden = render_text(engine.answer(question), Position.legacy(5))[0].count("||")
    assert hidden == render_text(engine.answer("what happens to nam-ra"), Position.legacy(5))[0].count("||")
    assert "Gwi-nam" not in _clear(engine, question, 5)  # no more than asked in English


def test_a_yes_no_without_an_auxiliary_is_read_as_one() -> None:
    assert gloss_foreign("o ent0 morre?") == "does ent0 die?"
    assert gloss_foreign("ent0  se convierte en zombie?") == "does ent0 turn into a zombie?"


def test_an_english_question_is_never_glossed() -> None:
    assert gloss_foreign("is it on o a de la netflix") == "is it on o a de la netflix"


def test_a_death_asked_in_indonesian_hides_what_the_viewer_has_not_reached(engine: AnswerEngine) -> None:
    text = _clear(engine, "apakah cheongsan mati", 5)
    assert "shaft" not in text and "presumed" not in text, text


@pytest.mark.parametrize("question", ["patay na ba si cheongsan", "patay na si cheongsan?", "cheongsan patay na ba",
                                      "si cheongsan patay na", "patay na ba talaga si cheongsan"])
def test_a_death_asked_in_tagalog_is_answered_and_hidden_from_who_has_not_reached_it(engine: AnswerEngine, question: str) -> None:
    assert "Malamang na patay na si Cheong-san" in _clear(engine, question, 12)  # in Tagalog since lang62
    assert "patay" not in _clear(engine, question, 5) and "shaft" not in _clear(engine, question, 5)


@pytest.mark.parametrize("question", ["is namra a hero", "is nayeon evil", "is gwinam a psycho or what", "남라 착한 애야?"])
def test_a_verdict_on_someone_is_a_judgement_answered_with_who_they_are(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "is a judgement my sources leave to viewers" in text and "Yes" not in text, text


def test_a_word_the_sources_use_of_someone_is_still_answered_yes(engine: AnswerEngine) -> None:
    assert _clear(engine, "is gwinam a bully").startswith("Yes.")


def test_a_verdict_asked_early_hides_what_comes_later(engine: AnswerEngine) -> None:
    text = _clear(engine, "is namra a hero", 3)
    assert "bitten" not in text and "halfbie" not in text, text


@pytest.mark.parametrize("question", ["did lomon leave s2", "로몬 시즌2 하차했어?"])
def test_an_actor_leaving_season_2_gets_the_report_about_his_part(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question, 0)
    assert "Beauty in the Beast" in text and "Yes." not in text, text


@pytest.mark.parametrize("question", ["was the principal a zombie", "did the principal turn into a zombie"])
def test_a_turning_the_sources_never_tell_is_said_so_before_what_they_do(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert text.startswith("My sources don't say that.") and "Gwi-nam kills the school principal" in text, text


def test_a_verdict_also_gives_the_first_things_they_do(engine: AnswerEngine) -> None:
    text = _clear(engine, "was byeongchan a bad guy")
    assert "judgement" in text and "made the virus" in text, text


def test_a_label_the_sources_give_someone_else_names_whom_it_fits(engine: AnswerEngine) -> None:
    text = _clear(engine, "is cheolsu a bully")
    assert text.startswith("My sources don't call Cheol-su that.") and "bullied" in text and "Gwi-nam" in text, text


def test_a_label_that_is_plainly_someone_elses_still_gets_its_no(engine: AnswerEngine) -> None:
    assert _clear(engine, "is gwi-nam the class president").startswith("No.")


@pytest.mark.parametrize(("question", "said"), [
    ("¿namra es zombi?", "halfbie"), ("o cheongsan foi mordido?", "Gwi-nam bites him"),
    ("¿cheongsan fue mordido?", "Gwi-nam bites him"), ("¿namra está infectada?", "halfbie"),
])
def test_a_state_asked_in_spanish_or_portuguese_is_answered_as_in_english_and_hidden_below_it(
        engine: AnswerEngine, question: str, said: str) -> None:
    # (were "I don't know that about ...: my sources don't say")
    assert said in _clear(engine, question, 12) and said not in _clear(engine, question, 3)


@pytest.mark.parametrize("question", ["regresa ent0 en la temporada 2?", "vuelve ent0 en la temporada 2", "volta a ent0 na temporada 2?"])
def test_whether_one_returns_in_season_2_said_verb_first_asks_their_place_in_its_cast(question: str) -> None:
    assert gloss_foreign(question).startswith("is ent0 in ")  # (was "regresa ent0 in season 2": "Nobody knows yet")


@pytest.mark.parametrize(("question", "english"), [("sino yung kapatid na lalaki ni ent0", "who ent0's brother"),
                                                   ("sino ang anak na lalaki ni ent0", "who ent0's son"),
                                                   ("sino yung archer na babae", "who archer girl")])
def test_a_tagalog_relative_said_with_their_sex_is_that_relative_never_a_described_girl_or_boy(question: str, english: str) -> None:
    assert gloss_foreign(question) == english


@pytest.mark.parametrize(("question", "english"), [("sino yung lalaki na nag kiss kay ent0", "who the boy who kissed ent0"),
                                                   ("may anak na babae ba si ent0", "does ent0 have a daughter")])
def test_a_tagalog_boy_who_did_something_or_a_relative_had_is_read_as_english_asks_it(question: str, english: str) -> None:
    assert gloss_foreign(question) == english


def test_the_boy_who_kissed_on_jo_asked_in_tagalog_is_hidden_before_episode_11(engine: AnswerEngine) -> None:
    assert "Cheong-san" in _clear(engine, "sino yung lalaki na nag kiss kay onjo")
    assert "Cheong-san" not in _clear(engine, "sino yung lalaki na nag kiss kay onjo", 4)


@pytest.mark.parametrize("question", ["¿en qué capítulo nam-ra se vuelve medio zombie?", "¿en qué capítulo se vuelve zombie gwinam?",
                                      "em que episódio a namra volta a ser humana", "di episode berapa namra kembali jadi manusia",
                                      "en que capitulo namra se volvió medio zombie"])
def test_becoming_a_zombie_or_human_again_abroad_is_never_answered_as_someone_coming_back(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)  # (fix115 read "se vuelve", "volta a ser" as coming back: Nam-ra "in episode 12", official)
    # (Gwi-nam's becoming is told as he "comes back from the horde changed", episode 5: that is the answer, never a return)
    assert "12" not in text and "comes back" not in text.replace("comes back from the horde changed", ""), text


@pytest.mark.parametrize("question", ["does namra come back in ep 5", "vuelve nam-ra en el ep 5?", "does namra come back in ep 11"])
def test_whether_someone_comes_back_in_an_episode_they_do_not_is_never_answered_with_the_ending(
        engine: AnswerEngine, question: str) -> None:
    assert "campfire" not in _clear(engine, question) and "fogata" not in _clear(engine, question)


@pytest.mark.parametrize("question", ["which ep does su-hyeok come back to the school", "which ep does ha-ri come back to life",
                                      "which ep does dae-su return home"])
def test_coming_back_somewhere_is_never_answered_as_never_having_left_the_others(engine: AnswerEngine, question: str) -> None:
    assert "no time" not in _clear(engine, question)  # (they do go back to the school in the ending)


@pytest.mark.parametrize(("question", "said"), [("¿en qué capítulo vuelve su-hyeok?", "Mis fuentes no cuentan"),
                                                ("em que episódio o suhyeok volta", "Minhas fontes não contam"),
                                                ("daesu balik di ep berapa", "Sumberku tidak menceritakan"),
                                                ("수혁이 몇 화에 돌아와?", "이수혁 (Su-hyeok)")])
def test_coming_back_of_someone_who_never_leaves_is_said_in_the_askers_language(
        engine: AnswerEngine, question: str, said: str) -> None:
    text = _clear(engine, question)  # (fix115's line was English whatever the asker's language)
    assert said in text and "quarantine camp" not in text, text
