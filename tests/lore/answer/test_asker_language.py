"""Season 2's timing answers in the asker's language (asker_language.py, season2_phrases.py,
season2_pack_texts.py, written_dates.py): a Korean, Japanese, Chinese, Spanish, Portuguese or
Indonesian server asking when season 2 comes out, whether it is out, what time, how many episodes
or whether there is a trailer is answered in its language, with the same facts, confidence,
spoiler positions and sources as the English answer; everything else stays as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from bot.clock import SystemClock
from bot.lore.answer import AnswerEngine, pack_status, render_text
from bot.lore.answer.asker_language import asker_language
from bot.lore.answer.result import Answer, Part, SourceRef, part_text
from bot.lore.answer.season2_pack_texts import worded_in
from bot.lore.answer.written_dates import day_in, when_in, window_in
from bot.lore.content import bundled_pack
from bot.season2.claims import claims_from_pack
from bot.season2.current import CurrentStatus
from bot.season2.model import Claim, Confidence, Milestone, Source, Status
from bot.season2.rules import compute_status
from bot.show import NOTHING
from tests.lore.answer_language import answer_language
from tests.lore.helpers import engine_reading
from tests.table import table

TODAY = dt.date(2026, 11, 2)
AT_MIDNIGHT = dt.datetime(2027, 3, 12, tzinfo=dt.UTC)
AT_HOUR = dt.datetime(2027, 3, 12, 8, 0, tzinfo=dt.UTC)  # 17:00 in Korea


@pytest.fixture
def current() -> CurrentStatus:
    return pack_status(bundled_pack(), SystemClock())


@pytest.fixture
async def engine(current: CurrentStatus) -> AsyncIterator[AnswerEngine]:
    async with engine_reading(current) as built:
        yield built


def _news(milestone: Milestone, release_at: dt.datetime | None = None) -> Status:
    """The status once Netflix (through a moderator) says season 2 reached `milestone`."""
    claim = Claim(id=f"mod:{milestone.value}", milestone=milestone, date=TODAY, confidence=Confidence.OFFICIAL,
                  source=Source("Netflix Tudum", "Season 2", "https://example.org/tudum", TODAY),
                  text=milestone.label, release_at=release_at, origin="moderator")
    return compute_status([*claims_from_pack(bundled_pack()), claim])


def _text(answer: Answer) -> str:
    return render_text(answer, NOTHING)[0]


@table(("typed", "language"), [
    ("시즌2 언제 나와", "ko"), ("1화 몇 시에 공개돼?", "ko"), ("s2 언제 나옴 ㅠㅠ", "ko"),
    ("シーズン2いつ?", "ja"), ("シーズン2もう出た?", "ja"),
    ("第二季什么时候出", "zh"), ("第二季什麼時候上映", "zh"),
    ("¿cuándo sale la temporada 2?", "es"), ("ya salio la temporada 2?", "es"), ("a que hora sale la temporada 2", "es"),
    ("quando sai a 2ª temporada", "pt"), ("a segunda temporada ja saiu?", "pt"), ("que horas sai a temporada 2", "pt"),
    ("kapan season 2 rilis", "id"), ("season 2 udah rilis belum?", "id"), ("jam berapa season 2 tayang", "id"),
    ("quand sort la saison 2", "fr"), ("c'est quand la saison 2", "fr"), ("ya une saison 2 ?", "fr"),
    ("qui joue onjo", "fr"), ("nam-ra elle meurt ?", "fr"), ("ca dure combien un episode", "fr"),
    ("wann kommt staffel 2", "de"), ("wer spielt onjo", "de"), ("wieviele folgen hat die serie", "de"),
    # lang62: Tagalog and Taglish are answered in Tagalog; the show's title says nothing of the asker's language
    ("kailan po lalabas ang s2", "tl"), ("sino si namra sa s2?", "tl"), ("namatay ba tatay ni on-jo?", "tl"),
    ("what happened kay onjo", "en"), ("em que ano saiu", "pt"), ("all of us are dead diadaptasi dari webtoon apa", "id"),
    ("ba của on-jo chết ở tập mấy", "en"),
    ("ist nam-ra am ende tot", "de"), ("does onjo die", "en"), ("who plays ent0 in der serie", "de"),
    # English and the languages answered in English stay English
    ("when does season 2 come out", "en"), ("is s2 out yet", "en"), ("who plays onjo", "en"),
    ("season 2 kab aayega", "en"), ("namra ka role kis actress ne kiya", "en"),  # lang64: Hinglish "ne", never French
    ("who betrayed suhyeok? (my spanish friend keeps saying traicionó lol)", "en"),  # ask98: a Spanish word quoted
    ("phan 2 khi nao ra", "en"), ("se muere o no", "es"),
    # lang58: Dutch, Swedish, Italian, Polish and Turkish are English (never German for Dutch "wie", nor Spanish for
    # Italian "interpreta"); German's "wer is", "was passiert mit" and "résumé ... stp" are their languages
    ("wie speelt onjo", "en"), ("wanneer komt season 2 uit", "en"), ("chi interpreta cheong-san", "en"),
    ("quando esce la stagione 2", "en"), ("kto gra ha-ri", "en"), ("2. sezon ne zaman çıkacak", "en"),
    ("när kommer säsong 2", "en"), ("wie is su-hyeok", "en"), ("wer is su-hyeok", "de"),
    ("was passiert mit nam-ra", "de"), ("résumé de la saison 1 stp", "fr"), ("where is onjo", "en"),
    ("quién es kim ji-min", "es"),  # (Turkish "kim", who, is a Korean surname too: no word of another language)
    # ask82: "wen" is English chat's "when" unless German says more ("wen liebt", "wen beißt")
    ("wen s2", "en"), ("wen is s2 out", "en"), ("wen season 2 comin out??", "en"), ("wen liebt cheong-san", "de"),
    ("wen beißt nam-ra", "de"),
    # a word several languages write ("ya", "la", "vivo") decides nothing alone; one a language owns does
    ("katanya season 2 diundur ya?", "id"), ("onjo dan cheongsan pacaran?", "id"), ("ya think s2 comes out this year?", "en"),
    ("ending nya cheongsan gimana, dead or alive?", "id"), ("is it a viva la vida reference", "en"),
    ("who is byeong-chan's son", "en"), ("é verdade que a 2 temporada foi adiada?", "pt"), ("cheongsan ta vivo?", "pt"),
    # lang63: Malay, answered in Indonesian ("bila" when, "musim" season, "pelakon" actor, "episod")
    ("bila musim 2 keluar?", "id"), ("siapa pelakon nam-ra?", "id"), ("berapa episod musim pertama?", "id"),
    # Spanish and Portuguese spelled alike are Iberian, never English: Portuguese when its letters or its article say so
    ("hari sobrevive?", "es"), ("a ha-ri sobrevive?", "pt"), ("o cheongsan sobrevive?", "pt"),
    ("o cheong-san volta na 2 temporada?", "pt"), ("hari sobrevive não?", "pt"),
    ("namra se vuelve zombie?", "es"), ("namra se transforme?", "fr"),  # "se" is Spanish, Portuguese and French
    # lang59: "que" is Iberian, "quienes" Spanish, "oq" Portuguese, "kenapa" Indonesian, "lieblings-" German
    ("que le pasa a nam-ra", "es"), ("quienes sobreviven al final", "es"), ("oq acontece com a nam-ra no final", "pt"),
    ("nam-ra kenapa di akhir", "id"), ("was ist on-jos lieblingsessen", "de"), ("what is que sera sera", "en"),
    # ... but French writes "que" too: beside French's own words it is French ("que devient nam-ra")
    ("que devient nam-ra", "fr"), ("que devient so-ju a la fin", "fr"), ("que pasa con onjo", "es"),
    # ask85: a name's hyphenated syllables ("dong-geun") and one small Tagalog word alone ("Ang", "po box") say nothing
    ("joo dong-geun wrote it right?", "en"), ("ang lee directed this right?", "en"), ("is there a po box for fan mail", "en"),
    ("patay ba si cheong-san", "tl"), ("chun sung-il wrote it right?", "en"), ("denger-denger s2 diundur ya?", "id"), ("quand est-ce que sort la saison 2", "fr"),
    # fix89: a name the resolver knows is no word of a language (the surname Yong is no Tagalog "yong")
    ("who plays yong ma-ru?", "en"), ("yong ma-ru actor", "en"), ("who plays yong maru in season 2", "en"),
    ("sino gumanap kay yong ma-ru?", "tl"),
])
def test_the_language_of_a_question_is_read_from_how_it_is_typed(typed: str, language: str) -> None:
    assert asker_language(typed) == language


@table(("lang", "day", "hour", "window"), [
    ("ko", "2027년 3월 12일", "2027년 3월 12일 08:00 UTC (한국 시간: 2027년 3월 12일 17:00)", "2026년 말 또는 2027년 초"),
    ("ja", "2027年3月12日", "2027年3月12日 08:00 UTC (韓国時間: 2027年3月12日 17:00)", "2026年末または2027年初め"),
    ("zh", "2027年3月12日", "2027年3月12日 08:00 UTC (韩国时间: 2027年3月12日 17:00)", "2026年底或2027年初"),
    ("es", "12 de marzo de 2027", "12 de marzo de 2027, 08:00 UTC (hora de Corea: 12 de marzo de 2027, 17:00)",
     "a finales de 2026 o a principios de 2027"),
    ("pt", "12 de março de 2027", "12 de março de 2027, 08:00 UTC (horário da Coreia: 12 de março de 2027, 17:00)",
     "no fim de 2026 ou no início de 2027"),
    ("id", "12 Maret 2027", "12 Maret 2027, 08:00 UTC (waktu Korea: 12 Maret 2027, 17:00)",
     "pada akhir 2026 atau pada awal 2027"),
    ("de", "12. März 2027", "12. März 2027, 08:00 UTC (Zeit in Korea: 12. März 2027, 17:00)", "Ende 2026 oder Anfang 2027"),
])
def test_dates_hours_and_windows_are_written_as_each_language_writes_them(lang: str, day: str, hour: str, window: str) -> None:
    assert day_in(lang, AT_MIDNIGHT.date()) == day
    assert when_in(lang, AT_MIDNIGHT) == day  # a day alone has no hour
    assert when_in(lang, AT_HOUR) == hour  # UTC and Korea's time
    assert window_in(lang, "late 2026 or early 2027") == window  # no narrower than the source said
    assert window_in(lang, "sometime after the summer") is None  # a window it cannot say stays the source's words


@table(("question", "language", "said"), [
    ("시즌2 언제 나와", "ko", "2026년 2월 23일 기준 발표되지 않았"),
    ("シーズン2はいつ配信されますか", "ja", "2026年2月23日時点で発表されておらず"),
    ("第二季什么时候出", "zh", "截至2026年2月23日，第二季尚未公布上线日期"),
    ("¿cuándo sale la temporada 2?", "es", "No se ha anunciado fecha de estreno para la temporada 2 a fecha de 23 de febrero de 2026"),
    ("quando sai a 2ª temporada", "pt", "Nenhuma data de estreia da 2ª temporada foi anunciada até 23 de fevereiro de 2026"),
    ("kapan season 2 rilis", "id", "Belum ada tanggal rilis season 2 yang diumumkan per 23 Februari 2026"),
    ("wann kommt die 2. staffel", "de", "Für Staffel 2 wurde noch kein Erscheinungsdatum angekündigt (Stand: 23. Februar 2026)"),
])
async def test_no_date_yet_is_said_in_the_askers_language_as_sure_and_as_sourced_as_in_english(
    engine: AnswerEngine, question: str, language: str, said: str
) -> None:
    english, asked = engine.answer("when does season 2 come out"), engine.answer(question)
    text = _text(asked)
    assert said in text, text
    assert answer_language(text) == language, text
    assert asked.confidence == english.confidence
    assert [(s.publisher, s.url) for s in asked.sources] == [(s.publisher, s.url) for s in english.sources]
    assert [p.spoils for p in asked.parts] == [p.spoils for p in english.parts]  # hidden where English hides it
    assert "(rumour" not in text and "Unofficial estimate" not in text  # the guesses are labelled in the language


@table(("question", "intent"), [
    ("ya hay fecha de estreno de la temporada 2?", "season2.release"), ("¿cuándo sale la temporada 2?", "season2.release"),
    ("tem data da temporada 2?", "season2.release"), ("que horas sai a temporada 2", "season2.release"),
    ("jam berapa season 2 tayang", "season2.release"), ("season 2 tayang jam berapa", "season2.release"),
    ("tanggal rilis season 2 udah diumumin?", "season2.release"), ("시즌2 몇시에 올라와", "season2.release"),
    ("quantos episódios vai ter a 2 temporada", "record.how_many"), ("cuantos capitulos va a tener la temporada 2", "record.how_many"),
    ("シーズン2って何話あるの", "record.how_many"),
    # lang47b: the show's Japanese and Chinese titles said first name the show (an episode asked ahead: below)
    ("今、私たちの学校は シーズン2 いつから", "season2.release"), ("僵尸校园第二季什么时候上映", "season2.release"),
    # scen49c: the date said alone as a search is typed, and the show's Spanish title with its "2"
    ("fecha de estreno temporada 2", "season2.release"), ("data de estreia da 2ª temporada", "season2.release"),
    ("cuándo se estrena estamos muertos 2", "season2.release"), ("estamos muertos 2 cuando sale", "season2.release"),
    # ask82: whether its date is out, a month asked, Netflix (never what is in season 2)
    ("¿ya anunciaron la fecha de la temporada 2?", "season2.release"), ("may petsa na ba ang season 2?", "season2.release"),
    ("udah ada tanggal rilis s2?", "season2.release"), ("¿la temporada 2 sale en enero?", "season2.release"),
    ("a segunda temporada sai em janeiro?", "season2.release"), ("¿la temporada 2 estará en netflix?", "season2.platform"),
])
async def test_season_2_timing_typed_as_fans_type_it_is_read_as_timing(engine: AnswerEngine, question: str, intent: str) -> None:
    answer = engine.answer(question)
    assert answer.intent == intent, _text(answer)
    assert "Season 1 premiered" not in _text(answer)  # "¿cuándo sale ...?" was two questions once


@table(("question", "season_one"), [
    ("1화 몇 시에 공개돼?", "2022년 1월 28일"), ("第1話は何時に配信?", "2022年1月28日"), ("第一集几点上线", "2022年1月28日"),
    ("que horas sai o episódio 1", "28 de janeiro de 2022"), ("a que hora sale el capitulo 1", "28 de enero de 2022"),
    ("jam berapa episode 1 tayang", "28 Januari 2022"), ("what time does episode 1 come out", "28 January 2022"),
])
async def test_an_episode_asked_ahead_is_season_twos_then_season_ones_premiere_in_the_askers_language(
    engine: AnswerEngine, question: str, season_one: str
) -> None:
    """lang47b: what time an episode comes out, said ahead, is season 2's; a fan on season 1 may mean
    its episode, which came out with all of season 1 (one sentence, said in the asker's language)."""
    answer = engine.answer(question)
    assert answer.intent == "season2.release", _text(answer)
    lines = _text(answer).splitlines()
    assert season_one not in lines[0] and season_one in lines[1], lines
    assert answer_language(_text(answer)) == answer_language(lines[0]), lines


@table("question", ["what time did episode 1 come out", "1화 몇 시에 공개됐어?", "what time does season 1 episode 1 come out"])
async def test_the_hour_of_an_episode_said_in_the_past_or_of_season_1_is_season_1s(engine: AnswerEngine, question: str) -> None:
    assert "28 January 2022" in _text(engine.answer(question))


@table(("question", "said"), [
    ("시즌2 언제 나와", "시즌2 공개일은 2027년 3월 12일이에요 (2026년 11월 2일 발표)."),
    ("シーズン2いつ?", "シーズン2の配信日は2027年3月12日です（2026年11月2日発表）。"),
    ("第二季什么时候出", "第二季的上线日期是2027年3月12日（2026年11月2日公布）。"),
    ("¿cuándo sale la temporada 2?", "La fecha de estreno de la temporada 2 es el 12 de marzo de 2027 (fijada el 2 de noviembre de 2026)."),
    ("quando sai a 2ª temporada", "A data de estreia da 2ª temporada é 12 de março de 2027 (definida em 2 de novembro de 2026)."),
    ("kapan season 2 rilis", "Tanggal rilis season 2 adalah 12 Maret 2027 (ditetapkan 2 November 2026)."),
    ("when does season 2 come out", "Season 2's release date is 12 March 2027 (set on 2 November 2026)."),
])
async def test_an_announced_date_is_said_in_the_askers_language(
    engine: AnswerEngine, current: CurrentStatus, question: str, said: str
) -> None:
    current.publish(_news(Milestone.RELEASE_DATE_ANNOUNCED, AT_MIDNIGHT))
    assert said in _text(engine.answer(question))


async def test_a_release_hour_is_written_in_utc_and_koreas_time_and_is_a_timestamp_on_discord(
    engine: AnswerEngine, current: CurrentStatus
) -> None:
    current.publish(_news(Milestone.RELEASE_DATE_ANNOUNCED, AT_HOUR))
    answer = engine.answer("시즌2 몇 시에 나와?")
    assert "2027년 3월 12일 08:00 UTC (한국 시간: 2027년 3월 12일 17:00)" in _text(answer)
    on_discord = part_text(answer.parts[0], links=True)
    assert f"<t:{int(AT_HOUR.timestamp())}:F>" in on_discord and "UTC" not in on_discord  # each reader's own zone


@table(("question", "said"), [
    ("시즌2 나왔어?", "네. 시즌2는 2027년 3월 12일에 공개됐어요."),
    ("シーズン2もう出た?", "はい。シーズン2は2027年3月12日に配信されました。"),
    ("第二季出了吗", "是的。第二季已于2027年3月12日上线。"),
    ("ya salio la temporada 2?", "Sí. La temporada 2 salió el 12 de marzo de 2027."),
    ("a segunda temporada ja saiu?", "Sim. A 2ª temporada saiu em 12 de março de 2027."),
    ("season 2 udah rilis belum?", "Ya. Season 2 rilis pada 12 Maret 2027."),
])
async def test_on_release_day_is_it_out_is_answered_yes_in_the_askers_language(
    engine: AnswerEngine, current: CurrentStatus, question: str, said: str
) -> None:
    current.publish(_news(Milestone.RELEASE_DATE_ANNOUNCED, AT_MIDNIGHT))
    current.publish(compute_status([*current.status.backing, *current.status.release_backing,
                                    *claims_from_pack(bundled_pack()),
                                    Claim(id="mod:released", milestone=Milestone.RELEASED, date=AT_MIDNIGHT.date(),
                                          confidence=Confidence.OFFICIAL,
                                          source=Source("Netflix Tudum", "Out now", "https://example.org/out",
                                                        AT_MIDNIGHT.date()),
                                          text="released", release_at=AT_MIDNIGHT, origin="moderator")]))
    assert said in _text(engine.answer(question))


@table(("question", "language", "said"), [
    ("시즌2 몇부작이야", "ko", "발표하지 않았어요"),
    ("第二季有几集", "zh", "尚未公布第二季有几集"),
    ("cuantos capitulos tiene la temporada 2", "es", "Netflix no ha anunciado cuántos episodios"),
    ("시즌2 예고편 나왔어?", "ko", "보도에 따르면, 아니요."),
    ("já tem trailer da segunda temporada?", "pt", "são feitos por fãs"),
    ("trailer season 2 udah ada?", "id", "buatan penggemar"),
])
async def test_the_episode_count_and_the_trailer_are_said_in_the_askers_language(
    engine: AnswerEngine, question: str, language: str, said: str
) -> None:
    text = _text(engine.answer(question))
    assert said in text and answer_language(text) == language, text


@table(("question", "language", "said"), [
    ("시즌2 1화 나왔어?", "ko", "아니요. 시즌2는 아직 공개되지 않았고, 에피소드 목록을 전하는 곳도 없어요. 시즌2 1화에 대해서는"),
    ("シーズン2の1話もう出た?", "ja", "いいえ。シーズン2はまだ配信されておらず"),
    ("第二季第一集出了吗", "zh", "第二季还没有上线，也没有任何来源列出它的剧集：关于第二季第1集"),
    ("¿ya salió el capítulo 1 de la temporada 2?", "es", "No. La temporada 2 todavía no ha salido y ninguna fuente enumera sus "
     "episodios: no sé nada del episodio 1 de la temporada 2."),
    ("já saiu o episódio 1 da 2 temporada", "pt", "Não. A 2ª temporada ainda não saiu"),
    ("episode 1 season 2 udah keluar?", "id", "Tidak. Season 2 belum keluar"),
    ("is s2 ep 1 out yet", "en", "No. Season 2 has not come out yet, and no source lists its episodes: I know nothing of "
     "season 2, episode 1."),
])
async def test_whether_an_episode_of_season_2_is_out_is_said_in_the_askers_language(
    engine: AnswerEngine, question: str, language: str, said: str
) -> None:
    text = _text(engine.answer(question))
    assert said in text and answer_language(text) == language, text


@table(("question", "said"), [
    ("시즌2가 시즌1보다 길어?", "시즌1은 12부작이에요."), ("시즌2가 시즌1보다 에피소드 많아?", "시즌1은 12부작이에요."),
    ("is season 2 longer than season 1?", "Season 1 has 12 episodes."),
])
async def test_season_2_set_beside_season_1_is_said_wholly_in_one_language_with_no_verdict(
    engine: AnswerEngine, question: str, said: str
) -> None:
    text = _text(engine.answer(question))
    assert said in text, text
    assert not text.startswith(("아니요", "No.", "네.", "Yes.")), text  # neither count says which is longer
    assert ("Season 1 has" in text) == ("시즌1" not in text), text  # never half in English


@table(("question", "language", "said"), [
    ("시즌2 어디서 봐?", "ko", "넷플릭스(Netflix)에서만 볼 수 있어요"),  # where it streams, beside when
    ("cuándo sale", "es", "La temporada 1 se estrenó en todo el mundo en Netflix el viernes 28 de enero de 2022"),
    ("지우학 언제 나옴?", "ko", "시즌1은 2022년 1월 28일 금요일"),  # no season named: season 2's release, then season 1's
])
async def test_what_a_timing_answer_says_beside_it_is_in_the_same_language(
    engine: AnswerEngine, question: str, language: str, said: str
) -> None:
    text = _text(engine.answer(question))
    assert said in text and answer_language(text) == language, text
    assert "Season 1 premiered" not in text and "streams on Netflix" not in text, text  # never half in English


# (whether someone dies, who plays them and in which episode are worded in the asker's language since lang48: see
# story_phrases; what happens to the leads and who survives since lang59 (fate_phrases); what happens to someone whose
# story is not translated yet is still told in English, wholly; season 2's cast list in Japanese since lang61, not yet who
# directs it; Tagalog is answered in Tagalog since lang62, Hinglish still in English)
@table("question", ["재익이 어떻게 돼?", "qué le pasa a jae-ik", "シーズン2の監督は誰?", "season 2 kab aayega"])
async def test_other_questions_and_other_languages_are_answered_in_english_as_before(
    engine: AnswerEngine, question: str
) -> None:
    assert answer_language(_text(engine.answer(question))) == "en"


def test_a_pack_text_with_no_translation_keeps_the_whole_answer_in_english() -> None:
    known = Part("Netflix has not announced how many episodes Season 2 will have or its rating "
                 "(none announced as of 23 February 2026).", sources=(SourceRef("UPI", "", None, "2025-07-23"),))
    edited = Part("Netflix has not announced how many episodes Season 2 will have.")
    assert worded_in(Answer("시즌2 몇부작", True, [known]), "ko").parts[0].text.startswith("넷플릭스는")
    assert worded_in(Answer("시즌2 몇부작", True, [known]), "ko").parts[0].sources[0].label() == "UPI, 2025년 7월 23일"
    half = Answer("시즌2 몇부작", True, [known, edited])
    assert worded_in(half, "ko") is half  # never half in one language and half in another
