"""Pack texts that season 2's timing answers quote, in each asker's language, and the one step that
words a season-2 answer built from them in that language.

The status answers are worded from season2_phrases.py as they are built. Some timing questions
are answered from the content pack's own records instead ("how many episodes will season 2 have",
"is there a trailer"): their texts are translated here from their EXACT English words, so a record a
moderator edits is said in English (as true as before) until its translation is written again. An
answer is worded in the asker's language only when every part of it has a translation: never half.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from bot.lore.answer.production_texts import PRODUCTION_TEXTS
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_phrases import EN, timing_words
from bot.show import SEASON_ONE_EPISODES

#: English record text -> its words in each asker's language (bot/content's season-2 records).
PACK_TEXTS: dict[str, dict[str, str]] = {
    "Netflix has not announced how many episodes Season 2 will have or its rating (none announced as of 23 February 2026).": {
        "ko": "넷플릭스는 시즌2가 몇 부작인지, 관람 등급이 무엇인지 발표하지 않았어요(2026년 2월 23일 기준 발표 없음).",
        "ja": "Netflixはシーズン2の話数もレーティングも発表していません（2026年2月23日時点で発表なし）。",
        "zh": "Netflix尚未公布第二季有几集，也未公布其分级（截至2026年2月23日均未公布）。",
        "es": "Netflix no ha anunciado cuántos episodios tendrá la temporada 2 ni su clasificación (nada anunciado a fecha de 23 de febrero de 2026).",
        "pt": "A Netflix não anunciou quantos episódios a 2ª temporada terá nem a sua classificação (nada anunciado até 23 de fevereiro de 2026).",
        "id": "Netflix belum mengumumkan berapa episode season 2 maupun rating usianya (belum ada pengumuman per 23 Februari 2026).",
    },
    'Season 2 "trailers" circulating online are fan-made; Netflix has released no trailer.': {
        "ko": "온라인에 도는 시즌2 \u201c예고편\u201d은 팬이 만든 영상이에요. 넷플릭스는 예고편을 공개하지 않았어요.",
        "ja": "ネットに出回っているシーズン2の\u300c予告編\u300dはファンが作ったものです。Netflixは予告編を公開していません。",
        "zh": "网上流传的第二季\u201c预告片\u201d都是粉丝自制的；Netflix没有发布过预告片。",
        "es": "Los \u201ctráilers\u201d de la temporada 2 que circulan en internet son hechos por fans; Netflix no ha publicado ningún tráiler.",
        "pt": "Os \u201ctrailers\u201d da 2ª temporada que circulam na internet são feitos por fãs; a Netflix não lançou nenhum trailer.",
        "id": "\u201cTrailer\u201d season 2 yang beredar di internet buatan penggemar; Netflix belum merilis trailer apa pun.",
    },
    # beside "when does it come out" with no season named (unnamed_season.py): season 1's premiere
    "Season 1 premiered worldwide on Netflix on Friday 28 January 2022, with every episode released at once.": {
        "ko": "시즌1은 2022년 1월 28일 금요일 넷플릭스에서 전 세계에 공개됐고, 모든 에피소드가 한꺼번에 공개됐어요.",
        "ja": "シーズン1は2022年1月28日（金）にNetflixで全世界同時配信され、全話が一挙に公開されました。",
        "zh": "第一季于2022年1月28日（星期五）在Netflix全球上线，所有剧集一次性放出。",
        "es": "La temporada 1 se estrenó en todo el mundo en Netflix el viernes 28 de enero de 2022, con todos los episodios a la vez.",
        "pt": "A 1ª temporada estreou no mundo todo na Netflix na sexta-feira, 28 de janeiro de 2022, com todos os episódios de uma vez.",
        "id": "Season 1 tayang di Netflix di seluruh dunia pada Jumat, 28 Januari 2022, dengan semua episode dirilis sekaligus.",
    },
    # beside season 2's count in "is season 2 longer than season 1" (figures.py): season 1's, and the webtoon's
    f"Season 1 has {SEASON_ONE_EPISODES} episodes.": {
        "ko": f"시즌1은 {SEASON_ONE_EPISODES}부작이에요.",
        "ja": f"シーズン1は全 {SEASON_ONE_EPISODES} 話です。",
        "zh": f"第一季共有 {SEASON_ONE_EPISODES} 集。",
        "es": f"La temporada 1 tiene {SEASON_ONE_EPISODES} episodios.",
        "pt": f"A 1ª temporada tem {SEASON_ONE_EPISODES} episódios.",
        "id": f"Season 1 terdiri dari {SEASON_ONE_EPISODES} episode.",
    },
    "The webtoon ran from 2009 to 2011, with about 130 episodes according to Variety.": {
        "ko": "웹툰은 2009년부터 2011년까지 연재됐고, 버라이어티에 따르면 약 130화예요.",
        "ja": "原作のウェブトゥーンは2009年から2011年まで連載され、Varietyによると約130話あります。",
        "zh": "据Variety报道，原作网络漫画于2009年至2011年连载，约有130话。",
        "es": "El webtoon se publicó de 2009 a 2011, con unos 130 episodios según Variety.",
        "pt": "O webtoon foi publicado de 2009 a 2011, com cerca de 130 episódios segundo a Variety.",
        "id": "Webtoon-nya terbit dari 2009 sampai 2011, dengan sekitar 130 episode menurut Variety.",
    },
    # "dicen que la temporada 2 se atrasó", "é verdade que foi adiada?", "katanya season 2 diundur": the one delay reported
    "Korean media (Star News) reported that Netflix had moved Season 2's production back to 2025 to get a better result.": {
        "ko": "한국 언론(스타뉴스)은 넷플릭스가 더 좋은 결과를 위해 시즌2 제작을 2025년으로 미뤘다고 보도했어요.",
        "ja": "韓国メディア（Star News）の報道によると、Netflixはより良い作品にするため、シーズン2の制作を延期しました（2025年へ）。",
        "zh": "韩国媒体（Star News）报道称，Netflix为了取得更好的效果，把第二季的制作推迟到了 2025 年。",
        "es": "Medios coreanos (Star News) informaron de que Netflix había retrasado la producción de la temporada 2 a 2025 para lograr un mejor resultado.",
        "pt": "A imprensa coreana (Star News) noticiou que a Netflix tinha adiado a produção da 2ª temporada para 2025 para conseguir um resultado melhor.",
        "id": "Media Korea (Star News) melaporkan bahwa Netflix memundurkan produksi season 2 ke 2025 demi hasil yang lebih baik.",
    },
    # "지우학2 나옴?", "is s2 confirmed for 2026": no date yet, whatever is heard online
    "Season 2 had no official release date as of 23 February 2026; release windows mentioned online are guesses.": {
        "ko": "2026년 2월 23일 기준으로 시즌2의 공식 공개일은 없었어요. 온라인에 도는 공개 시기는 추측이에요.",
        "ja": "2026年2月23日時点で、シーズン2の公式な配信日はありませんでした。ネットで言われている時期は推測です。",
        "zh": "截至2026年2月23日，第二季没有官方上线日期；网上流传的上线时间都是猜测。",
        "es": "La temporada 2 no tenía fecha oficial de estreno a 23 de febrero de 2026; las fechas que circulan en internet son suposiciones.",
        "pt": "A 2ª temporada não tinha data oficial de estreia em 23 de fevereiro de 2026; as datas que circulam na internet são palpites.",
        "id": "Per 23 Februari 2026, season 2 belum punya tanggal rilis resmi; perkiraan waktu rilis yang beredar di internet hanya tebakan.",
    },
    # beside "where can i watch season 2": where the show streams
    "The show streams on Netflix only; it is a Netflix Original, and JTBC Studios is one of its producers rather than a "
    "broadcaster of it.": {
        "ko": "이 드라마는 넷플릭스(Netflix)에서만 볼 수 있어요. 넷플릭스 오리지널(Netflix Original)이고, JTBC 스튜디오는 방송사가 아니라 제작사 중 하나예요.",
        "ja": "この作品はNetflixでのみ配信されています。Netflixオリジナル作品で、JTBCスタジオは放送局ではなく制作会社の一つです。",
        "zh": "该剧只在 Netflix 播出；它是 Netflix 原创剧，JTBC Studios 是其制作公司之一，而不是播出方。",
        "es": "La serie solo está en Netflix; es una producción original de Netflix, y JTBC Studios es una de sus productoras, no una cadena que la emita.",
        "pt": "A série só está na Netflix; é uma produção original da Netflix, e a JTBC Studios é uma das produtoras, não uma emissora que a transmita.",
        "id": "Serial ini hanya tayang di Netflix; ini Netflix Original, dan JTBC Studios adalah salah satu produsernya, bukan stasiun yang menayangkannya.",
    },
}

# every pack text an answer may be worded from: season 2's above, season 1's making (production_texts)
_TEXTS = PACK_TEXTS | PRODUCTION_TEXTS
_COUNT = f"Season 1 has {SEASON_ONE_EPISODES} episodes."
_STREAMS = next(text for text in PACK_TEXTS if text.startswith("The show streams on Netflix only"))
_PREMIERE = next(text for text in PACK_TEXTS if text.startswith("Season 1 premiered worldwide"))
# what an answer to any question may be worded from (router): season 1's making, its count, its premiere and where
# it streams
_ANY_ANSWER = PRODUCTION_TEXTS | {text: PACK_TEXTS[text] for text in (_COUNT, _STREAMS, _PREMIERE)}


@functools.cache
def _verdicts_said(lang: str) -> tuple[tuple[str, str, str], ...]:
    """The verdicts an answer puts in front of a pack text in `lang` ("Reportedly, no. ..."), longest first, each with
    its English and its confidence."""
    words = timing_words(lang)
    return tuple(sorted(((said, english, confidence) for confidence, table in (("reported", words.reported),
                                                                                ("official", words.verdicts))
                         for english, said in table.items()), key=lambda v: -len(v[0])))


def _worded(part: Part, lang: str, texts: dict[str, dict[str, str]] = _TEXTS) -> Part | None:
    """`part` in `lang`, or None when its text is not one of `texts` (all this module translates)."""
    if part.lang == lang:
        return part  # built in the asker's language already (season2_status.py)
    text, verdict = part.text, ""
    for said, english, confidence in _verdicts_said("en"):
        if text.startswith(said + " "):
            text, verdict = text[len(said) + 1:], timing_words(lang).verdict(english, confidence)
            break
    translated = texts.get(text, {}).get(lang)
    if translated is None:
        return None
    words = timing_words(lang)
    if verdict:
        translated = f"{verdict}{words.gap}{translated}"
    elif not part.hedged:  # its confidence label, in the same language (never an English "Reportedly:")
        translated = words.labelled(translated, part.confidence)
    return part.worded(translated, lang, hedged=True)


def one_language(parts: list[Part]) -> list[Part]:
    """Parts gathered from answers worded apart (the two sides of a comparison, figures.py) in one language: the
    asker's when every part can be said in it, else English; never half of each."""
    langs = {p.lang for p in parts} - {"en"}
    if not langs:
        return parts
    if len(langs) == 1:
        worded = [_worded(p, next(iter(langs))) for p in parts]
        if None not in worded:
            return [p for p in worded if p is not None]
    english = [in_english(p) for p in parts]
    return [p for p in english if p is not None] if None not in english else parts


def in_english(part: Part) -> Part | None:
    """A pack text `_worded` put in another language, back in its exact English words (its verdict too);
    None for a part built in that language (season2_status.py), which has no English record to go back to."""
    if part.lang == "en":
        return part
    words, text, verdict = timing_words(part.lang), part.text, ""
    for said, english, confidence in _verdicts_said(part.lang):
        if text.startswith(said + words.gap):
            text, verdict = text[len(said + words.gap):], EN.verdict(english, confidence)
            break
    text = text.removeprefix(words.labels.get(part.confidence, "\0"))
    original = next((en for en, said in _TEXTS.items() if said.get(part.lang) == text), None)
    if original is None:
        return None
    return part.worded(f"{verdict} {original}" if verdict else original, "en", hedged=bool(verdict))


def worded_in(answer: Answer, lang: str, *, any_answer: bool = False) -> Answer:
    """`answer` in `lang` when every part of it can be said there; else `answer` as it is. `any_answer`: an answer
    to any kind of question (router), said from the texts every answer may be worded from."""
    if lang == "en" or not answer.answered:
        return answer
    parts = [_worded(p, lang, _ANY_ANSWER if any_answer else _TEXTS) for p in answer.parts]
    if any(p is None for p in parts):
        return answer
    return replace(answer, parts=[p for p in parts if p is not None])
