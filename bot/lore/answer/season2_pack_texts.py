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
import re
from collections.abc import Callable
from dataclasses import replace

from bot.lore.answer.production_texts import PRODUCTION_TEXTS
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_phrases import EN, timing_words
from bot.lore.answer.season2_untold_words import untold_texts
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
        "fr": "Netflix n'a annoncé ni le nombre d'épisodes de la saison 2 ni sa classification (rien d'annoncé au 23 février 2026).",
        "de": "Netflix hat die Zahl der Folgen von Staffel 2 und ihre Altersfreigabe noch nicht angekündigt (Stand: 23. Februar 2026).",
    },
    'Season 2 "trailers" circulating online are fan-made; Netflix has released no trailer.': {
        "ko": "온라인에 도는 시즌2 \u201c예고편\u201d은 팬이 만든 영상이에요. 넷플릭스는 예고편을 공개하지 않았어요.",
        "ja": "ネットに出回っているシーズン2の\u300c予告編\u300dはファンが作ったものです。Netflixは予告編を公開していません。",
        "zh": "网上流传的第二季\u201c预告片\u201d都是粉丝自制的；Netflix没有发布过预告片。",
        "es": "Los \u201ctráilers\u201d de la temporada 2 que circulan en internet son hechos por fans; Netflix no ha publicado ningún tráiler.",
        "pt": "Os \u201ctrailers\u201d da 2ª temporada que circulam na internet são feitos por fãs; a Netflix não lançou nenhum trailer.",
        "id": "\u201cTrailer\u201d season 2 yang beredar di internet buatan penggemar; Netflix belum merilis trailer apa pun.",
        "fr": "Les \u201cbandes-annonces\u201d de la saison 2 qui circulent en ligne sont faites par des fans ; Netflix n'a publié aucune bande-annonce.",
        "de": "Die \u201eTrailer\u201c zu Staffel 2, die online kursieren, sind von Fans gemacht; Netflix hat keinen Trailer veröffentlicht.",
    },
    # beside "when does it come out" with no season named (unnamed_season.py): season 1's premiere
    "Season 1 premiered worldwide on Netflix on Friday 28 January 2022, with every episode released at once.": {
        "ko": "시즌1은 2022년 1월 28일 금요일 넷플릭스에서 전 세계에 공개됐고, 모든 에피소드가 한꺼번에 공개됐어요.",
        "ja": "シーズン1は2022年1月28日（金）にNetflixで全世界同時配信され、全話が一挙に公開されました。",
        "zh": "第一季于2022年1月28日（星期五）在Netflix全球上线，所有剧集一次性放出。",
        "es": "La temporada 1 se estrenó en todo el mundo en Netflix el viernes 28 de enero de 2022, con todos los episodios a la vez.",
        "pt": "A 1ª temporada estreou no mundo todo na Netflix na sexta-feira, 28 de janeiro de 2022, com todos os episódios de uma vez.",
        "id": "Season 1 tayang di Netflix di seluruh dunia pada Jumat, 28 Januari 2022, dengan semua episode dirilis sekaligus.",
        "fr": "La saison 1 est sortie dans le monde entier sur Netflix le vendredi 28 janvier 2022, avec tous les épisodes d'un coup.",
        "de": "Staffel 1 erschien am Freitag, dem 28. Januar 2022, weltweit auf Netflix, mit allen Folgen auf einmal.",
        "tl": "Lumabas ang season 1 sa Netflix sa buong mundo noong Biyernes, Enero 28, 2022, kasabay ang lahat ng episode.",
    },
    # beside "what time does it come out" ("¿a qué hora sale?", "que horas sai?"): the hour season 1 went live (its
    # label says "reportedly", so the words do not say it twice)
    "The episodes reportedly went live at midnight Pacific time (3 a.m. Eastern, 8 a.m. GMT) on 28 January 2022.": {
        "ko": "시즌1 에피소드는 2022년 1월 28일 태평양 시간 자정(미국 동부 오전 3시, 그리니치 표준시 오전 8시)에 공개됐어요.",
        "ja": "シーズン1の各話は2022年1月28日、太平洋時間の午前0時（米東部時間午前3時、グリニッジ標準時午前8時）に配信されました。",
        "zh": "第一季各集于2022年1月28日太平洋时间午夜（美国东部时间凌晨3点、格林尼治时间早上8点）上线。",
        "es": "Los episodios se estrenaron a la medianoche, hora del Pacífico (3 a. m. hora del Este, 8 a. m. GMT), el 28 de enero de 2022.",
        "pt": "Os episódios foram lançados à meia-noite no horário do Pacífico (3h no horário do Leste, 8h GMT) em 28 de janeiro de 2022.",
        "id": "Episode-episodenya tayang tengah malam waktu Pasifik (pukul 3 pagi waktu Timur AS, 8 pagi GMT) pada 28 Januari 2022.",
        "fr": "Les épisodes sont sortis à minuit, heure du Pacifique (3 h heure de l'Est, 8 h GMT), le 28 janvier 2022.",
        "de": "Die Folgen erschienen um Mitternacht pazifischer Zeit (3 Uhr Ostküstenzeit, 8 Uhr GMT) am 28. Januar 2022.",
        "tl": "Lumabas ang mga episode nang hatinggabi sa oras ng Pacific (3 a.m. Eastern, 8 a.m. GMT) noong Enero 28, 2022.",
    },
    # season 2's story as Netflix told it (23 July 2025), all there is to say of it ("de q trata la temporada 2")
    "Season 2 takes place in Seoul, where a new zombie outbreak strikes.": {
        "ko": "시즌2는 새로운 좀비 사태가 덮친 서울이 배경이에요.",
        "ja": "シーズン2の舞台はソウルで、新たなゾンビの感染爆発が起こります。",
        "zh": "第二季的故事发生在首尔，那里爆发了新的丧尸疫情。",
        "es": "La temporada 2 transcurre en Seúl, donde estalla un nuevo brote zombi.",
        "pt": "A 2ª temporada se passa em Seul, onde um novo surto zumbi começa.",
        "id": "Season 2 berlatar di Seoul, tempat wabah zombi baru terjadi.",
        "fr": "La saison 2 se déroule à Séoul, où éclate une nouvelle épidémie de zombies.",
        "de": "Staffel 2 spielt in Seoul, wo ein neuer Zombie-Ausbruch beginnt.",
    },
    "Season 2 follows On-jo as a traumatised university student in Seoul when a new outbreak hits the capital.": {
        "ko": "시즌2는 트라우마를 안은 채 서울에서 대학생이 된 온조가 수도에 닥친 새로운 감염 사태를 겪는 이야기예요.",
        "ja": "シーズン2は、トラウマを抱えたままソウルで大学生になったオンジョが、首都を襲う新たな感染爆発に遭う物語です。",
        "zh": "第二季讲述心怀创伤、在首尔读大学的温祚，遭遇新的疫情袭击首都。",
        "es": "La temporada 2 sigue a On-jo, una estudiante universitaria traumatizada en Seúl, cuando un nuevo brote golpea la capital.",
        "pt": "A 2ª temporada acompanha On-jo, uma universitária traumatizada em Seul, quando um novo surto atinge a capital.",
        "id": "Season 2 mengikuti On-jo, mahasiswi yang masih trauma di Seoul, saat wabah baru melanda ibu kota.",
        "fr": "La saison 2 suit On-jo, étudiante traumatisée à Séoul, quand une nouvelle épidémie frappe la capitale.",
        "de": "Staffel 2 begleitet On-jo als traumatisierte Studentin in Seoul, als ein neuer Ausbruch die Hauptstadt trifft.",
    },
    # beside season 2's count in "is season 2 longer than season 1" (figures.py): season 1's, and the webtoon's
    f"Season 1 has {SEASON_ONE_EPISODES} episodes.": {
        "ko": f"시즌1은 {SEASON_ONE_EPISODES}부작이에요.",
        "ja": f"シーズン1は全 {SEASON_ONE_EPISODES} 話です。",
        "zh": f"第一季共有 {SEASON_ONE_EPISODES} 集。",
        "es": f"La temporada 1 tiene {SEASON_ONE_EPISODES} episodios.",
        "pt": f"A 1ª temporada tem {SEASON_ONE_EPISODES} episódios.",
        "id": f"Season 1 terdiri dari {SEASON_ONE_EPISODES} episode.",
        "fr": f"La saison 1 compte {SEASON_ONE_EPISODES} épisodes.",
        "de": f"Staffel 1 hat {SEASON_ONE_EPISODES} Folgen.",
        "tl": f"May {SEASON_ONE_EPISODES} episode ang season 1.",
    },
    "The webtoon ran from 2009 to 2011, with about 130 episodes according to Variety.": {
        "ko": "웹툰은 2009년부터 2011년까지 연재됐고, 버라이어티에 따르면 약 130화예요.",
        "ja": "原作のウェブトゥーンは2009年から2011年まで連載され、Varietyによると約130話あります。",
        "zh": "据Variety报道，原作网络漫画于2009年至2011年连载，约有130话。",
        "es": "El webtoon se publicó de 2009 a 2011, con unos 130 episodios según Variety.",
        "pt": "O webtoon foi publicado de 2009 a 2011, com cerca de 130 episódios segundo a Variety.",
        "id": "Webtoon-nya terbit dari 2009 sampai 2011, dengan sekitar 130 episode menurut Variety.",
        "fr": "Le webtoon a paru de 2009 à 2011, avec environ 130 épisodes selon Variety.",
        "de": "Das Webtoon erschien von 2009 bis 2011, mit rund 130 Folgen laut Variety.",
    },
    # "dicen que la temporada 2 se atrasó", "é verdade que foi adiada?", "katanya season 2 diundur": the one delay reported
    "Korean media (Star News) reported that Netflix had moved Season 2's production back to 2025 to get a better result.": {
        "ko": "한국 언론(스타뉴스)은 넷플릭스가 더 좋은 결과를 위해 시즌2 제작을 2025년으로 미뤘다고 보도했어요.",
        "ja": "韓国メディア（Star News）の報道によると、Netflixはより良い作品にするため、シーズン2の制作を延期しました（2025年へ）。",
        "zh": "韩国媒体（Star News）报道称，Netflix为了取得更好的效果，把第二季的制作推迟到了 2025 年。",
        "es": "Medios coreanos (Star News) informaron de que Netflix había retrasado la producción de la temporada 2 a 2025 para lograr un mejor resultado.",
        "pt": "A imprensa coreana (Star News) noticiou que a Netflix tinha adiado a produção da 2ª temporada para 2025 para conseguir um resultado melhor.",
        "id": "Media Korea (Star News) melaporkan bahwa Netflix memundurkan produksi season 2 ke 2025 demi hasil yang lebih baik.",
        "fr": "Des médias coréens (Star News) ont rapporté que Netflix avait repoussé la production de la saison 2 à 2025 pour obtenir un meilleur résultat.",
        "de": "Koreanische Medien (Star News) berichteten, Netflix habe die Produktion von Staffel 2 auf 2025 verschoben, um ein besseres Ergebnis zu erzielen.",
    },
    # "지우학2 나옴?", "is s2 confirmed for 2026": no date yet, whatever is heard online
    "Season 2 had no official release date as of 23 February 2026; release windows mentioned online are guesses.": {
        "ko": "2026년 2월 23일 기준으로 시즌2의 공식 공개일은 없었어요. 온라인에 도는 공개 시기는 추측이에요.",
        "ja": "2026年2月23日時点で、シーズン2の公式な配信日はありませんでした。ネットで言われている時期は推測です。",
        "zh": "截至2026年2月23日，第二季没有官方上线日期；网上流传的上线时间都是猜测。",
        "es": "La temporada 2 no tenía fecha oficial de estreno a 23 de febrero de 2026; las fechas que circulan en internet son suposiciones.",
        "pt": "A 2ª temporada não tinha data oficial de estreia em 23 de fevereiro de 2026; as datas que circulam na internet são palpites.",
        "id": "Per 23 Februari 2026, season 2 belum punya tanggal rilis resmi; perkiraan waktu rilis yang beredar di internet hanya tebakan.",
        "fr": "La saison 2 n'avait pas de date de sortie officielle au 23 février 2026 ; les périodes évoquées en ligne sont des suppositions.",
        "de": "Staffel 2 hatte am 23. Februar 2026 kein offizielles Erscheinungsdatum; die online genannten Zeiträume sind Vermutungen.",
    },
    # "시즌2 2025년 7월에 발표됐어?", "¿anunciaron la temporada 2 en julio 2025?": the two announcements (season2_dated.py)
    ("23 July 2025: Netflix officially announced that Season 2 is in production, with a black-and-white script-reading "
     "video in which a zombie sits at the table and turns things red where it touches. Directors Lee Jae-kyoo and Kim "
     "Nam-su and writer Chun Sung-il return. No release date was given."): {
        "ko": "2025년 7월 23일: 넷플릭스가 시즌2 제작을 공식 발표했어요. 흑백 대본 리딩 영상에서 좀비 한 명이 테이블에 앉아 있고, 그가 닿는 곳이 붉게 물들어요. 이재규(Lee Jae-kyoo)·김남수(Kim Nam-su) 감독과 천성일(Chun Sung-il) 작가가 돌아와요. 공개일은 발표되지 않았어요.",
        "ja": "2025年7月23日：Netflixはシーズン2の制作を公式に発表しました。白黒の台本読み合わせ映像で、ゾンビがテーブルに座り、触れたところが赤く染まります。監督の Lee Jae-kyoo と Kim Nam-su、脚本の Chun Sung-il が続投します。配信日は発表されませんでした。",
        "zh": "2025年7月23日：Netflix 正式宣布第二季已在制作中，并发布了一段黑白剧本围读视频：一只丧尸坐在桌旁，它碰到的地方都变成红色。导演 Lee Jae-kyoo、Kim Nam-su 和编剧 Chun Sung-il 回归。没有公布上线日期。",
        "es": "23 de julio de 2025: Netflix anunció oficialmente que la temporada 2 está en producción, con un vídeo en blanco y negro de la lectura del guion en el que un zombi se sienta a la mesa y lo que toca se vuelve rojo. Vuelven los directores Lee Jae-kyoo y Kim Nam-su y el guionista Chun Sung-il. No se dio fecha de estreno.",
        "pt": "23 de julho de 2025: a Netflix anunciou oficialmente que a 2ª temporada está em produção, com um vídeo em preto e branco da leitura do roteiro em que um zumbi se senta à mesa e o que ele toca fica vermelho. Os diretores Lee Jae-kyoo e Kim Nam-su e o roteirista Chun Sung-il voltam. Não foi dada data de estreia.",
        "id": "23 Juli 2025: Netflix resmi mengumumkan bahwa season 2 sedang diproduksi, dengan video pembacaan naskah hitam-putih yang menampilkan zombie duduk di meja dan apa pun yang disentuhnya berubah merah. Sutradara Lee Jae-kyoo dan Kim Nam-su serta penulis Chun Sung-il kembali. Tanggal rilis belum diumumkan.",
        "fr": "23 juillet 2025 : Netflix a officiellement annoncé que la saison 2 est en production, avec une vidéo en noir et blanc de la lecture du scénario où un zombie est assis à la table et rend rouge tout ce qu'il touche. Les réalisateurs Lee Jae-kyoo et Kim Nam-su et le scénariste Chun Sung-il reviennent. Aucune date de sortie n'a été donnée.",
        "de": "23. Juli 2025: Netflix gab offiziell bekannt, dass Staffel 2 in Produktion ist, mit einem Schwarz-Weiß-Video der Leseprobe, in dem ein Zombie am Tisch sitzt und alles, was er berührt, rot wird. Die Regisseure Lee Jae-kyoo und Kim Nam-su und der Drehbuchautor Chun Sung-il kehren zurück. Ein Erscheinungsdatum wurde nicht genannt.",
    },
    ("6 June 2022: Netflix renewed All of Us Are Dead for a second season on the opening day of its Geeked Week event "
     "(7 June in Korea), with a tweet, a Netflix Korea poster and a video message from Park Ji-hu, Yoon Chan-young, "
     "Cho Yi-hyun and Lomon. Netflix said the new season would follow the surviving students and that Lee Jae-kyoo "
     "would direct again."): {
        "ko": "2022년 6월 6일(한국 시간 6월 7일): 넷플릭스가 긱 위크(Geeked Week) 첫날 시즌2 제작을 확정했어요. 트윗, 넷플릭스 코리아 포스터, 박지후(Park Ji-hu)·윤찬영(Yoon Chan-young)·조이현(Cho Yi-hyun)·로몬(Lomon)의 영상 메시지로 알렸어요. 새 시즌은 살아남은 학생들을 따라가고 이재규(Lee Jae-kyoo) 감독이 다시 연출한다고 했어요.",
        "ja": "2022年6月6日（韓国では6月7日）：NetflixはGeeked Weekの初日にシーズン2の制作を決定しました。ツイート、Netflix Koreaのポスター、Park Ji-hu、Yoon Chan-young、Cho Yi-hyun、Lomon のビデオメッセージで発表し、新シーズンは生き残った生徒たちを描き、Lee Jae-kyoo が再び監督すると伝えました。",
        "zh": "2022年6月6日（韩国时间6月7日）：Netflix 在 Geeked Week 活动首日宣布续订第二季，发布了推文、Netflix 韩国海报，以及 Park Ji-hu、Yoon Chan-young、Cho Yi-hyun 和 Lomon 的视频留言。Netflix 表示新一季将讲述幸存的学生们，并由 Lee Jae-kyoo 再次执导。",
        "es": "6 de junio de 2022 (7 de junio en Corea): Netflix renovó la serie por una segunda temporada el primer día de su evento Geeked Week, con un tuit, un póster de Netflix Corea y un mensaje en vídeo de Park Ji-hu, Yoon Chan-young, Cho Yi-hyun y Lomon. Netflix dijo que la nueva temporada seguiría a los estudiantes supervivientes y que Lee Jae-kyoo volvería a dirigir.",
        "pt": "6 de junho de 2022 (7 de junho na Coreia): a Netflix renovou a série para uma segunda temporada no primeiro dia do evento Geeked Week, com um tuíte, um pôster da Netflix Coreia e uma mensagem em vídeo de Park Ji-hu, Yoon Chan-young, Cho Yi-hyun e Lomon. A Netflix disse que a nova temporada acompanharia os estudantes sobreviventes e que Lee Jae-kyoo voltaria a dirigir.",
        "id": "6 Juni 2022 (7 Juni di Korea): Netflix memperpanjang serial ini untuk season kedua pada hari pertama acara Geeked Week, lewat twit, poster Netflix Korea, dan pesan video dari Park Ji-hu, Yoon Chan-young, Cho Yi-hyun, dan Lomon. Netflix bilang season baru akan mengikuti para siswa yang selamat dan Lee Jae-kyoo akan menyutradarai lagi.",
        "fr": "6 juin 2022 (7 juin en Corée) : Netflix a renouvelé la série pour une deuxième saison le premier jour de son événement Geeked Week, avec un tweet, une affiche de Netflix Corée et un message vidéo de Park Ji-hu, Yoon Chan-young, Cho Yi-hyun et Lomon. Netflix a dit que la nouvelle saison suivrait les élèves survivants et que Lee Jae-kyoo réaliserait de nouveau.",
        "de": "6. Juni 2022 (7. Juni in Korea): Netflix hat die Serie am ersten Tag seines Events Geeked Week um eine zweite Staffel verlängert, mit einem Tweet, einem Poster von Netflix Korea und einer Videobotschaft von Park Ji-hu, Yoon Chan-young, Cho Yi-hyun und Lomon. Netflix sagte, die neue Staffel folge den überlebenden Schülern und Lee Jae-kyoo führe wieder Regie.",
    },
    # the renewal record itself ("ya une saison 2 ?", "is season 2 confirmed"), before the announcement above
    "Netflix renewed the series for Season 2 on 6 June 2022 (7 June in Korea), on the first day of its Geeked Week event.": {
        "ko": "넷플릭스는 2022년 6월 6일(한국 시간 6월 7일) 긱 위크(Geeked Week) 첫날 시즌2 제작을 확정했어요.",
        "ja": "Netflixは2022年6月6日（韓国では6月7日）、Geeked Weekの初日にシーズン2の制作を決定しました。",
        "zh": "Netflix 于2022年6月6日（韩国时间6月7日）在 Geeked Week 活动首日宣布续订第二季。",
        "es": "Netflix renovó la serie por una temporada 2 el 6 de junio de 2022 (7 de junio en Corea), el primer día de su evento Geeked Week.",
        "pt": "A Netflix renovou a série para uma 2ª temporada em 6 de junho de 2022 (7 de junho na Coreia), no primeiro dia do evento Geeked Week.",
        "id": "Netflix memperpanjang serial ini untuk season 2 pada 6 Juni 2022 (7 Juni di Korea), hari pertama acara Geeked Week.",
        "fr": "Netflix a renouvelé la série pour une saison 2 le 6 juin 2022 (7 juin en Corée), le premier jour de son événement Geeked Week.",
        "de": "Netflix hat die Serie am 6. Juni 2022 (7. Juni in Korea), am ersten Tag seines Events Geeked Week, um eine Staffel 2 verlängert.",
    },
    # beside the two above when none was made in the month asked ("シーズン2って2024年3月に発表された？"): the cast Netflix named
    # "vuelve yoo in-soo en la t2?": June 2025's reports of a cast Netflix never announced
    ("June 2025: Foreign-media reports also listed Seo Ji-hoon and Kim Se-yoon as new cast, and Yoo In-soo and Lee Yoo-mi as "
     "returning; none of them was in Netflix's announcement."): {
        "ko": "2025년 6월: 해외 매체들은 서지훈과 김세윤을 새 출연진으로, 유인수와 이유미를 복귀 출연진으로 보도했지만, 넷플릭스 발표에는 아무도 없었어요.",
        "ja": "2025年6月：海外メディアは Seo Ji-hoon と Kim Se-yoon を新キャスト、Yoo In-soo と Lee Yoo-mi を続投として報じましたが、Netflixの発表には誰も入っていません。",
        "zh": "2025年6月：外国媒体报道 Seo Ji-hoon 和 Kim Se-yoon 为新演员，Yoo In-soo 和 Lee Yoo-mi 将回归，但Netflix的公布中没有他们。",
        "es": "Junio de 2025: medios extranjeros también nombraron a Seo Ji-hoon y Kim Se-yoon como reparto nuevo, y a Yoo In-soo y "
              "Lee Yoo-mi como regresos; ninguno figura en el anuncio de Netflix.",
        "pt": "Junho de 2025: a imprensa estrangeira também citou Seo Ji-hoon e Kim Se-yoon no elenco novo, e a volta de Yoo In-soo e "
              "Lee Yoo-mi; nenhum desses nomes está no anúncio da Netflix.",
        "id": "Juni 2025: media asing juga menyebut Seo Ji-hoon dan Kim Se-yoon sebagai pemain baru, serta Yoo In-soo dan Lee Yoo-mi "
              "akan kembali; tak satu pun ada di pengumuman Netflix.",
        "fr": "Juin 2025 : des médias étrangers ont aussi cité Seo Ji-hoon et Kim Se-yoon parmi les nouveaux, et le retour de Yoo "
              "In-soo et Lee Yoo-mi ; aucun ne figure dans l'annonce de Netflix.",
        "de": "Juni 2025: Ausländische Medien nannten außerdem Seo Ji-hoon und Kim Se-yoon als neue Besetzung und Yoo In-soo und Lee "
              "Yoo-mi als Rückkehrer; keiner davon stand in Netflix' Ankündigung.",
        "tl": "Hunyo 2025: binanggit din ng ilang foreign media sina Seo Ji-hoon at Kim Se-yoon bilang bagong cast, at ang pagbabalik "
              "nina Yoo In-soo at Lee Yoo-mi; wala ni isa sa kanila sa anunsyo ng Netflix.",
    },
    ("23 July 2025: Netflix's Season 2 cast: Park Ji-hu (On-jo), Yoon Chan-young (Cheong-san), Cho Yi-hyun (Nam-ra) and "
     "Lomon (Su-hyeok) return, joined by Lee Min-jae as Yong Ma-ru, Kim Si-eun as So Ju-ran, Yoon Ga-i as Lee Jong-ah and "
     "Roh Jae-won as Han Du-seok."): {
        "ko": "2025년 7월 23일: 넷플릭스가 밝힌 시즌2 출연진: 박지후(On-jo), 윤찬영(Cheong-san), 조이현(Nam-ra), 로몬(Su-hyeok)이 돌아오고, 이민재가 Yong Ma-ru, 김시은이 So Ju-ran, 윤가이가 Lee Jong-ah, 노재원이 Han Du-seok 역으로 합류해요.",
        "ja": "2025年7月23日：Netflixが発表したシーズン2のキャスト。Park Ji-hu（On-jo）、Yoon Chan-young（Cheong-san）、Cho Yi-hyun（Nam-ra）、Lomon（Su-hyeok）が続投し、Lee Min-jae が Yong Ma-ru 役、Kim Si-eun が So Ju-ran 役、Yoon Ga-i が Lee Jong-ah 役、Roh Jae-won が Han Du-seok 役で加わります。",
        "zh": "2025年7月23日：Netflix公布的第二季演员：Park Ji-hu（On-jo）、Yoon Chan-young（Cheong-san）、Cho Yi-hyun（Nam-ra）和 Lomon（Su-hyeok）回归，Lee Min-jae 饰演 Yong Ma-ru、Kim Si-eun 饰演 So Ju-ran、Yoon Ga-i 饰演 Lee Jong-ah、Roh Jae-won 饰演 Han Du-seok 加盟。",
        "es": "23 de julio de 2025: el reparto de la temporada 2 según Netflix: vuelven Park Ji-hu (On-jo), Yoon Chan-young (Cheong-san), Cho Yi-hyun (Nam-ra) y Lomon (Su-hyeok), y se suman Lee Min-jae como Yong Ma-ru, Kim Si-eun como So Ju-ran, Yoon Ga-i como Lee Jong-ah y Roh Jae-won como Han Du-seok.",
        "pt": "23 de julho de 2025: o elenco da 2ª temporada segundo a Netflix: voltam Park Ji-hu (On-jo), Yoon Chan-young (Cheong-san), Cho Yi-hyun (Nam-ra) e Lomon (Su-hyeok), e entram Lee Min-jae como Yong Ma-ru, Kim Si-eun como So Ju-ran, Yoon Ga-i como Lee Jong-ah e Roh Jae-won como Han Du-seok.",
        "id": "23 Juli 2025: pemeran season 2 menurut Netflix: Park Ji-hu (On-jo), Yoon Chan-young (Cheong-san), Cho Yi-hyun (Nam-ra), dan Lomon (Su-hyeok) kembali, ditambah Lee Min-jae sebagai Yong Ma-ru, Kim Si-eun sebagai So Ju-ran, Yoon Ga-i sebagai Lee Jong-ah, dan Roh Jae-won sebagai Han Du-seok.",
        "fr": "23 juillet 2025 : la distribution de la saison 2 selon Netflix : Park Ji-hu (On-jo), Yoon Chan-young (Cheong-san), Cho Yi-hyun (Nam-ra) et Lomon (Su-hyeok) reviennent, rejoints par Lee Min-jae dans le rôle de Yong Ma-ru, Kim Si-eun dans celui de So Ju-ran, Yoon Ga-i dans celui de Lee Jong-ah et Roh Jae-won dans celui de Han Du-seok.",
        "de": "23. Juli 2025: die Besetzung von Staffel 2 laut Netflix: Park Ji-hu (On-jo), Yoon Chan-young (Cheong-san), Cho Yi-hyun (Nam-ra) und Lomon (Su-hyeok) kehren zurück, dazu kommen Lee Min-jae als Yong Ma-ru, Kim Si-eun als So Ju-ran, Yoon Ga-i als Lee Jong-ah und Roh Jae-won als Han Du-seok.",
        "tl": ("Hulyo 23, 2025: ang cast ng season 2 ayon sa Netflix: babalik sina Park Ji-hu (On-jo), Yoon Chan-young "
               "(Cheong-san), Cho Yi-hyun (Nam-ra) at Lomon (Su-hyeok), at sasali sina Lee Min-jae bilang Yong Ma-ru, Kim "
               "Si-eun bilang So Ju-ran, Yoon Ga-i bilang Lee Jong-ah at Roh Jae-won bilang Han Du-seok."),
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
        "fr": "La série n'est diffusée que sur Netflix ; c'est une production originale Netflix, et JTBC Studios est l'un de ses producteurs, pas une chaîne qui la diffuse.",
        "de": "Die Serie läuft nur auf Netflix; sie ist eine Netflix-Eigenproduktion, und JTBC Studios ist einer ihrer Produzenten, kein Sender, der sie ausstrahlt.",
    },
    # "¿la temporada 2 estará en netflix?" (season2_platform.py's verdict, before the two records above)
    "Yes: it is Netflix's series (season 2 has not come out yet).": {
        "ko": "네: 넷플릭스 시리즈예요(시즌2는 아직 공개되지 않았어요).", "ja": "はい：Netflixのシリーズです（シーズン2はまだ配信されていません）。",
        "zh": "是的：这是 Netflix 的剧集（第二季尚未上线）。", "es": "Sí: es una serie de Netflix (la temporada 2 todavía no ha salido).",
        "pt": "Sim: é uma série da Netflix (a 2ª temporada ainda não saiu).", "id": "Ya: ini serial Netflix (season 2 belum keluar).",
        "fr": "Oui : c'est une série Netflix (la saison 2 n'est pas encore sortie).", "de": "Ja: Es ist eine Netflix-Serie (Staffel 2 ist noch nicht erschienen).",
    },
    "Yes: it is Netflix's series (season 2 is out on Netflix).": {
        "ko": "네: 넷플릭스 시리즈예요(시즌2는 넷플릭스에 공개됐어요).", "ja": "はい：Netflixのシリーズです（シーズン2はNetflixで配信中です）。",
        "zh": "是的：这是 Netflix 的剧集（第二季已在 Netflix 上线）。", "es": "Sí: es una serie de Netflix (la temporada 2 ya está en Netflix).",
        "pt": "Sim: é uma série da Netflix (a 2ª temporada já está na Netflix).", "id": "Ya: ini serial Netflix (season 2 sudah tayang di Netflix).",
        "fr": "Oui : c'est une série Netflix (la saison 2 est sortie sur Netflix).", "de": "Ja: Es ist eine Netflix-Serie (Staffel 2 ist auf Netflix erschienen).",
    },
}

# every pack text an answer may be worded from: season 2's above, season 1's making (production_texts)
_TEXTS = PACK_TEXTS | PRODUCTION_TEXTS | untold_texts(PACK_TEXTS)
_COUNT = f"Season 1 has {SEASON_ONE_EPISODES} episodes."
_STREAMS = next(text for text in PACK_TEXTS if text.startswith("The show streams on Netflix only"))
_PREMIERE = next(text for text in PACK_TEXTS if text.startswith("Season 1 premiered worldwide"))
_CAST_DATED = next(text for text in PACK_TEXTS if text.startswith("23 July 2025: Netflix's Season 2 cast"))
# "does the director return for season 2" ("vuelve el director en la t2?"): Netflix's announcement that the makers return
_MAKERS_DATED = next(text for text in PACK_TEXTS if text.startswith("23 July 2025: Netflix officially announced that Season 2"))


def _undated(said: str) -> str:
    """A dated line's words after its day ("23 de julio de 2025: el reparto ..." -> "El reparto ...")."""
    rest = re.split(r"\s*[:：]\s*", said, maxsplit=1)[1]
    return rest[:1].upper() + rest[1:]


# the cast (and its makers) as its record says it, undated ("sino si namra sa s2?" answered from the record): the dated line after its day
_CAST = {_undated(dated): {lang: _undated(said) for lang, said in PACK_TEXTS[dated].items()} for dated in (_CAST_DATED, _MAKERS_DATED)}
# what an answer to any question may be worded from (router): season 1's making, its count, its premiere, where it
# streams and season 2's cast
_ANY_ANSWER = PRODUCTION_TEXTS | {text: PACK_TEXTS[text] for text in (_COUNT, _STREAMS, _PREMIERE)} | _CAST


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


# "I don't know of a season-2 announcement in {period}: my sources don't name one. What they do date:"
# (season2_dated.py), before the announcements there were
_NO_ANNOUNCEMENT = {
    "ko": "{period}에 나온 시즌2 발표는 모르겠어요: 출처에 나오지 않아요. 출처에 날짜가 나오는 발표는 이래요:",
    "ja": "{period}のシーズン2の発表は知りません。情報源に載っていません。日付のわかっている発表はこちらです：",
    "zh": "我不知道{period}有第二季的发布：我的资料来源没有提到。资料来源中有日期的发布如下：",
    "es": "No sé de ningún anuncio de la temporada 2 en {period}: mis fuentes no nombran ninguno. Los que sí tienen fecha:",
    "pt": "Não sei de nenhum anúncio da 2ª temporada em {period}: minhas fontes não citam nenhum. Os que têm data:",
    "id": "Aku tidak tahu ada pengumuman season 2 pada {period}: sumberku tidak menyebutkannya. Yang ada tanggalnya:",
    "fr": "Je ne connais aucune annonce de la saison 2 en {period} : mes sources n'en citent aucune. Celles qui sont datées :",
    "de": "Ich kenne keine Ankündigung von Staffel 2 im {period}: Meine Quellen nennen keine. Die datierten Ankündigungen:",
}


def no_announcement_in(lang: str, period: str, said: list[Part]) -> list[Part] | None:
    """"I don't know of a season-2 announcement in `period`" (already written as `lang` writes a month) and the
    announcements `said`, all in `lang`; None when one of them has no words there (the whole is then English)."""
    lead = _NO_ANNOUNCEMENT.get(lang)
    worded = [_worded(p, lang) for p in said]
    if lead is None or any(p is None for p in worded):
        return None
    return [Part(lead.format(period=period), lang=lang), *(p for p in worded if p is not None)]


def worded_in(answer: Answer, lang: str, *, any_answer: bool = False) -> Answer:
    """`answer` in `lang` when every part of it can be said there; else `answer` as it is. `any_answer`: an answer
    to any kind of question (router), said from the texts every answer may be worded from."""
    if lang == "en" or not answer.answered:
        return answer
    parts = [_worded(p, lang, _ANY_ANSWER if any_answer else _TEXTS) for p in answer.parts]
    if any(p is None for p in parts):
        return answer
    return replace(answer, parts=[p for p in parts if p is not None])


def status_said_in(parts: list[Part], at: int | None, lang: str, line: Callable[[str, str], Part]) -> list[Part]:
    """`parts` with the status line at `at` built again in `lang` (`line(heading, lang)`, under "where things stand
    now") when every other part can be said there, the others worded in it too; else `parts` as they are."""
    if lang == "en" or at is None:
        return parts
    others = [_worded(p, lang) for i, p in enumerate(parts) if i != at]
    if any(p is None for p in others):
        return parts
    worded = [p for p in others if p is not None]
    return [*worded[:at], line(EN.status_heading, lang), *worded[at:]]
