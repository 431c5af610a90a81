"""Who plays whom, whether someone dies, survives or turns, in which episode and what happens in it, in the asker's
language (story_phrases.py, recap_phrases.py), who loves whom (romance_phrases.py), and who made season 1 (production_texts.py): a Korean, Japanese,
Chinese, Spanish, Portuguese or Indonesian question gets the English answer's facts, doubt and sources in its own
language, hidden exactly where the English answer is hidden.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.clock import SystemClock
from bot.lore.answer import AnswerEngine, pack_status, render_text
from bot.lore.answer.result import Part
from bot.lore.answer.story_phrases import Phrase, in_language
from bot.lore.content import bundled_pack
from bot.show import NOTHING, Position
from tests.lore.answer_language import answer_language
from tests.lore.helpers import engine_reading
from tests.table import table

ALL = Position(1, 12)


@pytest.fixture
async def engine() -> AsyncIterator[AnswerEngine]:
    async with engine_reading(pack_status(bundled_pack(), SystemClock())) as built:
        yield built


def _said(engine: AnswerEngine, question: str, at: Position = ALL) -> str:
    return render_text(engine.answer(question), at)[0]


@table(("question", "language", "said"), [
    ("온조 누가 연기해", "ko", "Park Ji-hu (박지후) 배우가 맡았어요"),
    ("オンジョ役は誰?", "ja", "Park Ji-hu (박지후) が演じています"),
    ("南温祚是谁演的", "zh", "由 Park Ji-hu (박지후) 饰演"),
    ("¿quién interpreta a On-jo?", "es", "Park Ji-hu (박지후) interpreta a Nam On-jo"),
    ("quem faz a on-jo?", "pt", "Quem interpreta Nam On-jo é Park Ji-hu (박지후)"),
    ("pemeran onjo siapa", "id", "Nam On-jo diperankan oleh Park Ji-hu (박지후)"),
    ("siapa yg meranin namra", "id", "Choi Nam-ra diperankan oleh Cho Yi-hyun (조이현)"),
    ("조이현 누구 역이야", "ko", "최남라 역은 Cho Yi-hyun (조이현) 배우가 맡았어요."),
    ("siapa pemeran gwi-nam", "id", "Yoon Gwi-nam diperankan oleh Yoo In-soo (유인수)"),
])
async def test_who_plays_whom_is_said_in_the_askers_language_with_the_names_as_the_sheet_spells_them(
    engine: AnswerEngine, question: str, language: str, said: str,
) -> None:
    text = _said(engine, question, NOTHING)
    assert said in text and answer_language(text) == language


@table(("question", "said"), [
    ("el papa de onjo muere?", "El padre de On-jo es Nam So-ju."),
    ("o pai da onjo morre?", "O pai de On-jo é Nam So-ju."),
    ("bpk nya onjo mati gk", "Ayah On-jo adalah Nam So-ju."),
    ("온조 아빠 죽어?", "온조의 아버지는 남소주예요."),  # both names in Hangul since lang52 (was "On-jo의 아버지: 남소주.")
    ("温祚的爸爸死了吗", "On-jo 的父亲是 Nam So-ju。"),
])
async def test_the_relative_a_fate_question_names_is_said_in_the_askers_language_too(
    engine: AnswerEngine, question: str, said: str,
) -> None:
    text = _said(engine, question)
    assert said in text and "father is" not in text


@table(("question", "language", "said"), [
    ("온조 몇 살이야?", "ko", "남온조에 대해 그건 모르겠어요"),
    ("cuantos años tiene onjo", "es", "Mis fuentes no dan edades."),
    ("quantos anos tem a onjo", "pt", "As minhas fontes não dão idades."),
    ("umur onjo berapa", "id", "Sumberku tidak menyebut umur."),
])
async def test_an_age_the_sources_never_give_is_said_unknown_in_the_askers_language(
    engine: AnswerEngine, question: str, language: str, said: str,
) -> None:
    answer = engine.answer(question)
    text = render_text(answer, ALL)[0]
    assert not answer.answered and said in text and answer_language(text) == language


@table(("question", "language"), [
    ("시즌2 연기됐다며?", "ko"), ("シーズン2延期になったって本当?", "ja"), ("第二季是不是延期了", "zh"),
    ("katanya season 2 diundur ya?", "id"), ("é verdade que a 2 temporada foi adiada?", "pt"),
    ("es verdad que retrasaron la temporada 2?", "es"), ("a segunda temporada atrasou né?", "pt"),
    ("s2 beneran ditunda lagi?", "id"), ("지우학2 연기됐어?", "ko"),
])
async def test_the_delay_reported_is_said_in_the_askers_language_still_as_a_report(
    engine: AnswerEngine, question: str, language: str,
) -> None:
    text = _said(engine, question, NOTHING)
    assert "2025" in text and answer_language(text) == language
    assert engine.answer(question).parts[0].confidence == "reported"


@table(("question", "said"), [
    ("청산이 죽어?", "사망한 것으로 추정되지만"),
    ("チョンサンは死ぬの?", "おそらく。ただし確かではありません。"),
    ("青山死了吗", "推测是，但并不确定。"),
    ("cheongsan muere?", "Presuntamente, pero no es seguro."),
    ("o cheongsan morre?", "Presume-se que sim, mas não é certo."),
    ("cheongsan mati gak?", "Diduga begitu, tapi belum pasti."),
    # asked whether they are alive, or with "at the end" said between
    ("cheongsan ta vivo?", "Não é certo. Presume-se a morte de Cheong-san"),
    ("gwinam sigue vivo?", "No es seguro. Se presume la muerte de Gwi-nam"),
    ("グィナムって最後死んだの?", "おそらく。ただし確かではありません。"),
    ("gwinam akhirnya mati ga sih", "Diduga begitu, tapi belum pasti."),
])
async def test_a_death_the_sources_doubt_is_doubted_in_the_askers_language(
    engine: AnswerEngine, question: str, said: str,
) -> None:
    assert said in _said(engine, question)


@table(("question", "said"), [
    ("수혁이 살아남아?", "네. 이수혁은 살아남아요."),
    ("o dae-su morre?", "Não. Dae-su sobrevive."),
    ("dae-su selamat gak", "Ya. Dae-su selamat dan masih hidup."),
    ("nam-ra morre?", "Não exatamente. Nam-ra é um halfbie (meio zumbi)"),
])
async def test_whether_someone_survives_or_turns_opens_with_the_english_verdict_in_the_askers_language(
    engine: AnswerEngine, question: str, said: str,
) -> None:
    assert said in _said(engine, question)


@table(("question", "in_english"), [
    ("남라 죽어?", "does namra die?"),
    ("namra muere?", "does namra die?"),
    ("gwinam mati?", "does gwinam die?"),
    ("ハリは生き残る?", "does hari survive?"),
    ("남라 몇 화에서 물려?", "which episode does namra get bitten"),
    ("que pasa en el capitulo 11", "what happens in episode 11"),
    ("第6集发生了什么", "what happens in episode 6"),
    ("quem dirigiu a série?", "who directed the series"),
    ("namra sama suhyeok jadian ga?", "do namra and suhyeok end up together"),
    ("수혁 남라 결국 사귐?", "do suhyeok and namra end up together"),
    ("7화 내용", "what happens in episode 7"),
    ("青山和温祚最后在一起了吗", "do cheongsan and onjo end up together"),
    ("第十集讲了什么", "what happens in episode 10"),
])
async def test_an_answer_in_another_language_hides_exactly_what_the_english_one_hides(
    engine: AnswerEngine, question: str, in_english: str,
) -> None:
    def hidden(q: str) -> list[tuple[Position, Position | None, Position | None]]:
        return [(p.spoils, p.until, p.since) for p in engine.answer(q).parts]

    assert hidden(question) == hidden(in_english)


@table(("question", "said"), [
    ("남라 몇 화에서 물려?", "회차: 시즌 1 6화."),
    ("namra digigit di episode berapa", "Di season 1, episode 6."),
    ("em que episódio a namra é mordida", "No episódio 6 da temporada 1."),
    ("娜妍第几集死的", "资料来源没有确定是哪一集：在第1季 第8集到第1季 第9集之间。"),
    ("智敏第几集死的", "第1季 第10集。"),
    ("オンジョのお父さんは何話で死ぬ?", "シーズン1 第11話。"),
])
async def test_the_episode_of_an_event_is_said_in_the_askers_language(
    engine: AnswerEngine, question: str, said: str,
) -> None:
    assert said in _said(engine, question)


async def test_the_episode_of_a_death_the_sources_doubt_keeps_the_english_that_says_so(engine: AnswerEngine) -> None:
    text = _said(engine, "청산이 몇 화에서 죽어?")
    assert "Season 1, episode 11" in text and answer_language(text) == "en"


@table(("question", "said"), [
    ("은지 배우 누구야", "민은지 역을 누가 맡았는지는 모르겠어요"),
    ("quien hace de eun-ji", "No sé quién interpreta a Min Eun-ji"),
    ("siapa pemeran eun-ji", "Aku tidak tahu siapa pemeran Min Eun-ji"),
])
async def test_an_actor_the_sources_do_not_name_is_not_known_in_the_askers_language(
    engine: AnswerEngine, question: str, said: str,
) -> None:
    answer = engine.answer(question)
    assert not answer.answered and said in render_text(answer, ALL)[0]


@table("question", ["청산이 물렸어?", "was cheongsan bitten?"])
async def test_a_yes_to_a_bite_told_beside_a_death_keeps_the_english_that_tells_the_bite(
    engine: AnswerEngine, question: str,
) -> None:
    # never "네. 이청산은 사망한 것으로 추정되지만…": a "Yes." to "was he bitten" that only says he dies
    text = _said(engine, question)
    assert text.startswith("Yes.") and "Gwi-nam bites him" in text


@table(("question", "language", "said"), [
    ("que pasa en el capitulo 11", "es", "El episodio 11 de la temporada 1: So-ju saca a los alumnos del gimnasio"),
    ("o que acontece no episodio 10", "pt", "O episódio 10 da temporada 1: Cheong-san encontra a mãe"),
    ("第12集讲了什么", "zh", "第1季 第12集：幸存者们"),
    ("第3話のあらすじ", "ja", "シーズン1 第3話：Su-hyeok が消防ホース"),
    ("episode 9 ceritanya apa", "id", "Season 1, episode 9: Pertarungan di atap"),
    ("7화 내용", "ko", "시즌 1 7화: 군인들이 도시의 건물들을 수색하고"),
    ("4話ってどんな話?", "ja", "シーズン1 第4話：救助ヘリ"),
    ("第二集劇情是什麼", "zh", "第1季 第2集：疫情席卷学校"),
    ("第十二集的剧情是什么", "zh", "第1季 第12集："),
])
async def test_what_happens_in_an_episode_is_told_in_the_askers_language(
    engine: AnswerEngine, question: str, language: str, said: str,
) -> None:
    text = _said(engine, question)
    assert said in text and answer_language(text) == language



@table(("question", "language", "said"), [
    ("quien dirigio la serie", "es", "La serie la dirigieron Lee Jae-kyoo (también acreditado como Lee JQ) y Kim Nam-su."),
    ("sutradaranya siapa", "id", "Serinya disutradarai oleh Lee Jae-kyoo"),
    ("지금 우리 학교는 감독 누구야?", "ko", "이재규(Lee Jae-kyoo, Lee JQ로도 표기) 감독과 김남수(Kim Nam-su) 감독이 연출했어요."),
    ("é baseado em qual webtoon?", "pt", "A série adapta o webtoon da Naver Now at Our School, de Joo Dong-geun."),
    ("onde foi gravado all of us are dead?", "pt", "Para as filmagens foi construído um set"),
    ("cuantos capitulos tiene la serie", "es", "La temporada 1 tiene 12 episodios."),
    ("지우학 몇부작이야?", "ko", "시즌1은 12부작이에요."),
    ("원작 웹툰 작가 누구?", "ko", "원작은 주동근(Joo Dong-geun) 작가의 네이버 웹툰"),
    ("촬영지 어디야", "ko", "4층짜리 학교 세트를 지었고"),
    ("監督だれ", "ja", "監督は Lee Jae-kyoo"),
    ("全部で何話あるの", "ja", "シーズン1は全 12 話です。"),
    ("今僕たちの学校は、どこで配信してる?", "ja", "Netflix"),
    ("编剧是谁", "zh", "Chun Sung-il 编写了第一季全部剧本"),
    ("什么时候上线的", "zh", "第一季于2022年1月28日"),
])
async def test_who_made_season_one_and_where_is_said_in_the_askers_language(
    engine: AnswerEngine, question: str, language: str, said: str,
) -> None:
    text = _said(engine, question, NOTHING)
    assert said in text and answer_language(text) == language


@table(("question", "language", "said"), [
    ("de quien esta enamorado cheongsan", "es", "Nam On-jo — la chica de la que Cheong-san está enamorado"),
    ("o suhyeok gosta de quem?", "pt", "Choi Nam-ra — a garota por quem Su-hyeok é apaixonado"),
    ("cheongsan suka sama siapa", "id", "Nam On-jo — cewek yang dicintai Cheong-san"),
    ("大洙喜欢谁", "zh", "Jang Ha-ri — Dae-su 喜欢上并在体育馆里表白的女生"),
    ("スヒョクは誰が好き?", "ja", "Choi Nam-ra — Su-hyeok の想い人で、二人はキスをする"),
    ("namra sama suhyeok jadian ga?", "id", "Sumberku tidak menyebut apakah Nam-ra dan Su-hyeok akhirnya jadian."),
    ("onjo y cheongsan son novios?", "es", "Mis fuentes no dicen si On-jo y Cheong-san terminan juntos."),
    ("a onjo e o cheongsan namoram?", "pt", "Cheong-san: No terraço, ele conta a On-jo o que sente."),
    ("대수 하리 좋아해?", "ko", "네. 양대수 — 하리에게 반해 체육관에서 고백해요"),
    ("온조랑 청산이 사귀어?", "ko", "온조, 청산 두 사람이 결국 이어지는지는 출처에 나오지 않아요."),
    ("수혁 남라 결국 사귐?", "ko", "수혁, 남라 두 사람이 결국 이어지는지는 출처에 나오지 않아요."),
    ("チョンサンの好きな人って誰", "ja", "Nam On-jo — Cheong-san が恋している女の子"),
    ("スヒョクとナムラは結局付き合うの?", "ja", "Su-hyeok と Nam-ra が最終的に結ばれるかは"),
])
async def test_who_loves_whom_is_said_in_the_askers_language(
    engine: AnswerEngine, question: str, language: str, said: str,
) -> None:
    text = _said(engine, question)
    assert said in text and answer_language(text) == language


@table(("question", "language", "said"), [
    ("남라 누구야", "ko", "최남라: 2학년 5반의 과묵한 반장이에요."),
    ("병찬 쌤 누구", "ko", "이병찬: 효산고 과학 교사로"),
    ("ナムラって誰", "ja", "Choi Nam-ra：2年5組の物静かな学級委員長です。"),
    ("南羅是誰", "zh", "Choi Nam-ra：二年5班沉默寡言的班长。"),
    ("quién es Cheong-san", "es", "Lee Cheong-san: Amigo de la infancia y vecino de al lado de On-jo"),
    ("quem é a on-jo", "pt", "Nam On-jo: Aluna da turma 2-5 da escola Hyosan"),
    ("siapa nam-ra", "id", "Choi Nam-ra: Ketua kelas 2-5 yang pendiam."),
    ("siapa itu Nam-ra", "id", "Choi Nam-ra: Ketua kelas 2-5 yang pendiam."),
    ("siapakah su-hyeok", "id", "Lee Su-hyeok: Mantan anak nakal"),
    ("quién es Yang Dae-su", "es", "Yang Dae-su: El gracioso de la clase"),
    ("quem é o Yang Dae-su?", "pt", "Yang Dae-su: O palhaço da turma"),
])
async def test_who_someone_is_and_who_plays_them_is_said_in_the_askers_language(
    engine: AnswerEngine, question: str, language: str, said: str,
) -> None:
    text = _said(engine, question, NOTHING)
    assert said in text and "Played by" not in text and answer_language(text) == language


async def test_who_an_actor_is_opens_with_their_role_in_the_askers_language(engine: AnswerEngine) -> None:
    # (the note after it, "Stage name of Park Solomon; ...", is the pack's English: no translation is written yet)
    assert _said(engine, "quién es lomon", NOTHING).startswith("Lomon (로몬) interpreta a Lee Su-hyeok.")


@table(("question", "said"), [
    ("조이현 죽어?", "조이현은 최남라 역을 맡은 배우예요. 아래는 최남라에 대한 답이에요."),
    ("lomon selamat gak", "Lomon adalah pemeran; ini tentang karakter yang diperankannya, Lee Su-hyeok."),
    ("ロモンは死ぬ?", "Lomon は俳優です。以下は演じている役、Lee Su-hyeok についての答えです。"),
])
async def test_a_fate_asked_by_the_actors_name_says_whose_character_it_is_in_the_askers_language(
    engine: AnswerEngine, question: str, said: str,
) -> None:
    text = _said(engine, question)
    assert said in text and "is an actor" not in text


@table(("question", "said"), [
    ("온조 아빠 누구야", "온조의 아버지는 남소주예요."),
    ("温祚的爸爸是谁", "On-jo 的父亲是 Nam So-ju。"),
    ("オンジョのお父さんは誰", "On-jo の父親は Nam So-ju です。"),
])
async def test_a_relative_asked_by_who_they_are_is_named_in_the_askers_language(
    engine: AnswerEngine, question: str, said: str,
) -> None:
    text = _said(engine, question, NOTHING)
    assert said in text and "father is" not in text and "dad is" not in text


async def test_who_someone_is_in_another_language_is_hidden_where_the_english_is(engine: AnswerEngine) -> None:
    korean, english = (render_text(engine.answer(q), Position(1, 3))[0] for q in ("하리 누구야", "who is hari"))
    assert "||장하리: 학교 양궁부 주장이에요." in korean and "||Jang Ha-ri: Captain" in english


def test_a_summary_without_its_translation_stays_english() -> None:
    part = Part("Nam On-jo: A student who has just been edited.", NOTHING,
                phrase=Phrase("profile", name="Nam On-jo", hangul="남온조", said="A student who has just been edited."))
    assert in_language([part], "ko", "who_is")[0].text == part.text


@table(("question", "language", "said"), [
    ("vuelve gwinam en el ep 5?", "es", "Gwi-nam vuelve como el primer alumno medio zombi (halfbie)"),
    ("volta o gwinam no ep 5?", "pt", "Gwi-nam volta como o primeiro aluno meio zumbi (halfbie)"),
    ("quién es el profesor que creó el virus", "es", "La primera persona a la que se le dio el virus es el hijo de Byeong-chan, Jin-su."),
    ("siapa guru yang bikin virus", "id", "Orang pertama yang diberi virus itu adalah putra Byeong-chan, Jin-su."),
    ("바이러스 만든 선생님 누구야", "ko", "병찬(Byeong-chan)의 아들 진수(Jin-su)예요."),
    ("¿a quién mordió gwi-nam en el ep 11?", "es", "La última pelea de Cheong-san y Gwi-nam termina entre llamas"),
])
async def test_each_line_of_a_translated_answer_is_in_the_askers_language_naming_whom_it_tells_of(
    engine: AnswerEngine, question: str, language: str, said: str,
) -> None:
    text = _said(engine, question)
    assert said in text and answer_language(text) == language and "The first person" not in text, text
    assert "burning shaft" not in text and " he returns" not in text


@table(("question", "language", "said"), [
    ("orang tua cheong-san mati gak", "id", "Ya. Ibu Cheong-san berubah jadi zombie (season 1, episode 4)."),
    ("ibu cheong-san mati gak", "id", "Ya. Ibu Cheong-san berubah jadi zombie"),
    ("mamá de cheong-san muere?", "es", "Sí. La madre de Cheong-san se convierte en zombi"),
])
async def test_cheong_sans_mothers_fate_is_said_in_the_askers_language_as_that_language_names_her(
    engine: AnswerEngine, question: str, language: str, said: str,
) -> None:
    text = _said(engine, question)
    assert said in text and "Cheong-san's mother" not in text and answer_language(text) == language, text


async def test_cheong_sans_mothers_fate_in_indonesian_is_hidden_before_episode_4(engine: AnswerEngine) -> None:
    text = _said(engine, "orang tua cheong-san mati gak", Position(1, 3))
    assert "||Ya. Ibu Cheong-san berubah jadi zombie" in text and "ibu Cheong-san masih hidup" in text, text
