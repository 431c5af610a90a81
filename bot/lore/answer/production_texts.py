"""Season 1's making, as the content pack says it, in each asker's language: who directed and wrote it, the webtoon
it adapts, where it was shot, that its episodes have no official titles. Translated from the records' EXACT English words, as season-2 pack texts are
(season2_pack_texts, which words an answer with these too): a record a moderator edits is said in English, as true
as before, until its translation is written again. Names stay as the fact sheet spells them (romanized), the Korean
ones beside them in Hangul for Korean askers.
"""

from __future__ import annotations

from bot.show import SEASON_ONE_EPISODES

#: A season-1 recap's lead and closing line (episodes.py), as the records' texts below are translated.
RECAP_LEAD = f"Season 1 has {SEASON_ONE_EPISODES} episodes, known only by number; what happens in each:"
REST_HIDDEN = "The rest stays hidden until your progress says you've watched more."

#: English record text -> its words in each asker's language (bot/content/facts.yaml's production records).
PRODUCTION_TEXTS: dict[str, dict[str, str]] = {
    # what the show is ("c koi all of us are dead", "what is this show"), as identity.py words it from bot/content/show.yaml;
    # its Hangul title only for Korean askers, as names are
    ("All of Us Are Dead (지금 우리 학교는) is a South Korean coming-of-age zombie horror series, a Netflix Original: 12 "
     "episodes produced by JTBC Studios and Film Monster, based on the Naver Webtoon webtoon Now at Our School (2009–2011, "
     "about 130 episodes)."): {
        "ko": ("지금 우리 학교는(All of Us Are Dead)은 한국의 성장 좀비 호러 시리즈로, 넷플릭스 오리지널이에요. JTBC 스튜디오와 "
               "필름몬스터(Film Monster)가 제작한 12부작이고, 네이버 웹툰 《지금 우리 학교는》(2009~2011년, 약 130화)이 원작이에요."),
        "ja": ("All of Us Are Dead（今、私たちの学校は…）は韓国の青春ゾンビホラーシリーズで、Netflixオリジナルです。JTBC Studios と "
               "Film Monster が制作した全12話で、NAVER WEBTOON の「Now at Our School」（2009〜2011年、約130話）が原作です。"),
        "zh": ("All of Us Are Dead（僵尸校园）是一部韩国青春丧尸恐怖剧，Netflix 原创：共12集，由 JTBC Studios 和 Film Monster "
               "制作，改编自 Naver Webtoon 网络漫画《Now at Our School》（2009–2011年，约130话）。"),
        "es": ("All of Us Are Dead es una serie surcoreana de terror zombi sobre crecer, una producción original de Netflix: 12 "
               "episodios producidos por JTBC Studios y Film Monster, basada en el webtoon de Naver Webtoon Now at Our School "
               "(2009–2011, unos 130 episodios)."),
        "pt": ("All of Us Are Dead é uma série sul-coreana de terror com zumbis sobre amadurecer, uma produção original da "
               "Netflix: 12 episódios produzidos pela JTBC Studios e pela Film Monster, baseada no webtoon da Naver Webtoon Now "
               "at Our School (2009–2011, cerca de 130 episódios)."),
        "id": ("All of Us Are Dead adalah serial horor zombie coming-of-age asal Korea Selatan, sebuah Netflix Original: 12 "
               "episode produksi JTBC Studios dan Film Monster, diadaptasi dari webtoon Naver Webtoon Now at Our School "
               "(2009–2011, sekitar 130 episode)."),
        "fr": ("All of Us Are Dead est une série sud-coréenne d'horreur avec des zombies et un récit d'apprentissage, une "
               "production originale Netflix : 12 épisodes produits par JTBC Studios et Film Monster, adaptée du webtoon Naver "
               "Webtoon Now at Our School (2009–2011, environ 130 épisodes)."),
        "de": ("All of Us Are Dead ist eine südkoreanische Zombie-Horrorserie über das Erwachsenwerden, eine "
               "Netflix-Eigenproduktion: 12 Folgen, produziert von JTBC Studios und Film Monster, nach dem Naver-Webtoon Now at "
               "Our School (2009–2011, rund 130 Folgen)."),
    },
    "It is rated TV-MA (United States).": {
        "ko": "미국 기준 TV-MA 등급이에요.", "ja": "米国での年齢区分は TV-MA です。", "zh": "在美国的分级为 TV-MA。",
        "es": "Está clasificada TV-MA (Estados Unidos).", "pt": "Tem classificação TV-MA (Estados Unidos).",
        "id": "Peringkatnya TV-MA (Amerika Serikat).", "fr": "Elle est classée TV-MA (États-Unis).",
        "de": "Sie ist als TV-MA eingestuft (USA).",
        "tl": "TV-MA ang rating nito (Estados Unidos).",
    },
    "Lee Jae-kyoo (also credited as Lee JQ) and Kim Nam-su directed the series.": {
        "ko": "이재규(Lee Jae-kyoo, Lee JQ로도 표기) 감독과 김남수(Kim Nam-su) 감독이 연출했어요.",
        "ja": "監督は Lee Jae-kyoo（Lee JQ とも表記）と Kim Nam-su です。",
        "zh": "本剧由 Lee Jae-kyoo（也署名为 Lee JQ）和 Kim Nam-su 执导。",
        "es": "La serie la dirigieron Lee Jae-kyoo (también acreditado como Lee JQ) y Kim Nam-su.",
        "pt": "A série foi dirigida por Lee Jae-kyoo (também creditado como Lee JQ) e Kim Nam-su.",
        "id": "Serinya disutradarai oleh Lee Jae-kyoo (juga dikreditkan sebagai Lee JQ) dan Kim Nam-su.",
        "fr": "La série a été réalisée par Lee Jae-kyoo (aussi crédité comme Lee JQ) et Kim Nam-su.",
        "de": "Regie führten Lee Jae-kyoo (auch als Lee JQ genannt) und Kim Nam-su.",
        "tl": "Sina Lee Jae-kyoo (kilala rin bilang Lee JQ) at Kim Nam-su ang nagdirek ng serye.",
    },
    "Chun Sung-il wrote the screenplay for all of Season 1 and is also writing Season 2.": {
        "ko": "천성일(Chun Sung-il) 작가가 시즌1 전체 각본을 썼고, 시즌2 각본도 맡고 있어요.",
        "ja": "脚本は Chun Sung-il がシーズン1の全話を手がけ、シーズン2も担当しています。",
        "zh": "Chun Sung-il 编写了第一季全部剧本，第二季也由他执笔。",
        "es": "Chun Sung-il escribió el guion de toda la temporada 1 y también escribe la temporada 2.",
        "pt": "Chun Sung-il escreveu o roteiro de toda a 1ª temporada e também está escrevendo a 2ª.",
        "id": "Chun Sung-il menulis naskah seluruh season 1 dan juga menulis season 2.",
        "fr": "Chun Sung-il a écrit le scénario de toute la saison 1 et écrit aussi la saison 2.",
        "de": "Chun Sung-il schrieb das Drehbuch der ganzen ersten Staffel und schreibt auch Staffel 2.",
        "tl": "Si Chun Sung-il ang sumulat ng script ng buong season 1, at siya rin ang sumusulat ng season 2.",
    },
    "The series adapts the Naver webtoon Now at Our School by Joo Dong-geun.": {
        "ko": "원작은 주동근(Joo Dong-geun) 작가의 네이버 웹툰 《지금 우리 학교는》(Now at Our School)이에요.",
        "ja": "原作は Joo Dong-geun の Naver ウェブトゥーン『Now at Our School』です。",
        "zh": "本剧改编自 Joo Dong-geun 的 Naver 网络漫画《Now at Our School》。",
        "es": "La serie adapta el webtoon de Naver Now at Our School, de Joo Dong-geun.",
        "pt": "A série adapta o webtoon da Naver Now at Our School, de Joo Dong-geun.",
        "id": "Serinya diadaptasi dari webtoon Naver Now at Our School karya Joo Dong-geun.",
        "fr": "La série adapte le webtoon Naver Now at Our School de Joo Dong-geun.",
        "de": "Die Serie basiert auf dem Naver-Webtoon Now at Our School von Joo Dong-geun.",
        "tl": "Hango ang serye sa Naver webtoon na Now at Our School ni Joo Dong-geun.",
    },
    ("A four-storey school, roughly 100 metres across, was built as a set for the shoot; the director called the "
     "school itself one of the main characters."): {
        "ko": "촬영을 위해 가로세로 약 100미터의 4층짜리 학교 세트를 지었고, 감독은 학교 자체를 주인공 중 하나라고 했어요.",
        "ja": "撮影のために約100メートル四方の4階建ての学校のセットが建てられ、監督は学校そのものを主要キャラクターの一人と呼びました。",
        "zh": "剧组为拍摄搭建了一座约100米见方的四层学校布景，导演称学校本身就是主角之一。",
        "es": "Para el rodaje se construyó como set una escuela de cuatro pisos de unos 100 metros; el director dijo que la escuela era uno de los personajes principales.",
        "pt": "Para as filmagens foi construído um set de uma escola de quatro andares com cerca de 100 metros; o diretor disse que a própria escola era uma das personagens principais.",
        "id": "Untuk syuting dibangun set sekolah empat lantai berukuran sekitar 100 meter; sutradaranya menyebut sekolah itu sendiri salah satu tokoh utama.",
        "fr": "Pour le tournage, une école de quatre étages d'environ 100 mètres a été construite comme décor ; le réalisateur a dit que l'école elle-même était l'un des personnages principaux.",
        "de": "Für den Dreh wurde eine vierstöckige Schule von rund 100 Metern Breite als Kulisse gebaut; der Regisseur nannte die Schule selbst eine der Hauptfiguren.",
    },
    ("Most scenes were shot on the set with CGI; Cho Yi-hyun said one short scene was filmed in Andong, North "
     "Gyeongsang. Claims that it was shot in Seoul are unconfirmed."): {
        "ko": "대부분의 장면은 세트에서 CG와 함께 찍었어요. 조이현(Cho Yi-hyun)은 짧은 장면 하나를 경상북도 안동(Andong)에서 찍었다고 했어요. 서울에서 찍었다는 말은 확인되지 않았어요.",
        "ja": "ほとんどの場面はセットと CG で撮影されました。Cho Yi-hyun によると、短い場面が一つ慶尚北道の安東（Andong）で撮られました。ソウルで撮影されたという話は確認されていません。",
        "zh": "大部分场景是在布景中配合CG拍摄的；Cho Yi-hyun 说有一场短戏是在庆尚北道安东（Andong）拍的。在首尔拍摄的说法未经证实。",
        "es": "La mayoría de las escenas se rodaron en el set con CGI; Cho Yi-hyun contó que una escena corta se grabó en Andong (Gyeongsang del Norte). Que se rodara en Seúl no está confirmado.",
        "pt": "A maioria das cenas foi gravada no set com CGI; Cho Yi-hyun contou que uma cena curta foi gravada em Andong (Gyeongsang do Norte). Que tenha sido gravada em Seul não está confirmado.",
        "id": "Sebagian besar adegan diambil di set dengan CGI; Cho Yi-hyun bilang satu adegan pendek direkam di Andong, Gyeongsang Utara. Klaim bahwa syutingnya di Seoul belum dikonfirmasi.",
        "fr": "La plupart des scènes ont été tournées dans le décor avec des effets numériques ; Cho Yi-hyun a dit qu'une courte scène a été filmée à Andong (Gyeongsang du Nord). Un tournage à Séoul n'est pas confirmé.",
        "de": "Gedreht wurde vor allem in der Kulisse, mit digitalen Effekten; Cho Yi-hyun sagte, eine kurze Szene sei in Andong (Nord-Gyeongsang) gedreht worden. Ein Dreh in Seoul ist nicht bestätigt.",
    },
    "No official episode titles were found; the episodes are known simply by number, and the names some recap sites use are their own labels.": {
        "ko": "공식 에피소드 제목은 확인되지 않았어요. 각 회차는 번호로만 불리고, 일부 리뷰 사이트가 쓰는 이름은 그 사이트가 붙인 것이에요.",
        "ja": "公式のエピソードタイトルは見つかっていません。各話は番号だけで呼ばれ、一部のあらすじサイトが使う名前はそのサイト独自のものです。",
        "zh": "没有找到官方的分集标题；各集只按编号称呼，一些剧情回顾网站用的名字是它们自己起的。",
        "es": "No se encontraron títulos oficiales de los episodios; se conocen solo por su número, y los nombres que usan algunas webs de resúmenes son etiquetas propias.",
        "pt": "Não foram encontrados títulos oficiais dos episódios; eles são conhecidos só pelo número, e os nomes que alguns sites de resumo usam são rótulos próprios.",
        "id": "Tidak ditemukan judul resmi untuk episode-episodenya; episode hanya dikenal dengan nomornya, dan nama yang dipakai sebagian situs rekap adalah label buatan mereka sendiri.",
        "fr": "Aucun titre officiel d'épisode n'a été trouvé ; les épisodes sont connus seulement par leur numéro, et les noms qu'utilisent certains sites de résumés sont leurs propres étiquettes.",
        "de": "Offizielle Folgentitel wurden nicht gefunden; die Folgen sind nur mit ihrer Nummer bekannt, und die Namen mancher Recap-Seiten sind deren eigene Bezeichnungen.",
        "tl": "Walang nakitang opisyal na pamagat ng mga episode; kilala lang ang mga ito sa numero, at sariling label ng ilang recap site ang mga pangalang ginagamit nila.",
    },
    # how long an episode is and the age rating ("¿cuánto dura cada capítulo?", "boleh ditonton anak 13 tahun?")
    "Episodes run roughly an hour each, from about 50 to over 70 minutes; sources give slightly different figures.": {
        "ko": "한 화는 대략 한 시간 정도로, 약 50분에서 70분 넘게까지예요. 출처마다 수치가 조금씩 달라요.",
        "ja": "1話はおよそ1時間で、約50分から70分以上まであります。出典によって数字が少しずつ違います。",
        "zh": "每集大约一小时，从约50分钟到70多分钟不等；各来源给出的数字略有不同。",
        "es": "Cada episodio dura aproximadamente una hora, de unos 50 a más de 70 minutos; las fuentes dan cifras algo distintas.",
        "pt": "Cada episódio dura cerca de uma hora, de uns 50 a mais de 70 minutos; as fontes dão números um pouco diferentes.",
        "id": "Tiap episode berdurasi sekitar satu jam, dari sekitar 50 sampai lebih dari 70 menit; angka dari tiap sumber sedikit berbeda.",
        "fr": "Un épisode dure environ une heure, d'à peu près 50 à plus de 70 minutes ; les sources donnent des chiffres un peu différents.",
        "de": "Eine Folge dauert etwa eine Stunde, von rund 50 bis über 70 Minuten; die Quellen nennen leicht unterschiedliche Zahlen.",
        "tl": "Mga isang oras ang bawat episode, mula mga 50 hanggang mahigit 70 minuto; bahagyang magkakaiba ang sinasabi ng mga source.",
    },
    "In the United States the series is rated TV-MA; one article says Netflix suggested 16+ in an unnamed region.": {
        "ko": "미국에서는 TV-MA 등급이에요. 한 기사는 넷플릭스가 (지역을 밝히지 않은 곳에서) 16+를 권장했다고 해요.",
        "ja": "アメリカでのレーティングは TV-MA です。ある記事によると、Netflixは（地域は不明ですが）16+ を推奨しました。",
        "zh": "在美国，本剧的分级是 TV-MA；有一篇文章说 Netflix 在某个未注明的地区建议 16+ 观看。",
        "es": "En Estados Unidos la serie tiene la clasificación TV-MA; un artículo dice que Netflix sugirió 16+ en una región que no nombra.",
        "pt": "Nos Estados Unidos a série tem classificação TV-MA; um artigo diz que a Netflix sugeriu 16+ numa região que não identifica.",
        "id": "Di Amerika Serikat serial ini berperingkat TV-MA; satu artikel menyebut Netflix menyarankan 16+ di wilayah yang tidak disebutkan.",
        "fr": "Aux États-Unis, la série est classée TV-MA (public adulte) ; un article dit que Netflix a conseillé 16+ dans une région qu'il ne nomme pas.",
        "de": "In den USA ist die Serie als TV-MA (nur für Erwachsene) eingestuft; ein Artikel sagt, Netflix habe in einer nicht genannten Region ab 16 Jahren (16+) empfohlen.",
    },
    # beside an episode's length ("한 화에 몇 분이야?"): the pre-release count and length some articles got wrong
    ("Some pre-release articles claimed eight episodes of about 45 minutes; that was wrong, as the season has "
     f"{SEASON_ONE_EPISODES} episodes."): {
        "ko": f"공개 전 일부 기사는 약 45분짜리 8부작이라고 했지만, 틀린 정보였어요. 시즌1은 {SEASON_ONE_EPISODES}부작이에요.",
        "ja": f"配信前の一部の記事は約45分の全8話だとしていましたが、誤りでした。シーズンは全{SEASON_ONE_EPISODES}話です。",
        "zh": f"一些开播前的文章说共8集、每集约45分钟，这是错的：这一季共有{SEASON_ONE_EPISODES}集。",
        "es": ("Algunos artículos previos al estreno decían que serían ocho episodios de unos 45 minutos; era falso: la "
               f"temporada tiene {SEASON_ONE_EPISODES} episodios."),
        "pt": ("Alguns artigos antes da estreia diziam que seriam oito episódios de cerca de 45 minutos; estava errado: a "
               f"temporada tem {SEASON_ONE_EPISODES} episódios."),
        "id": ("Beberapa artikel sebelum rilis menyebut delapan episode berdurasi sekitar 45 menit; itu keliru, karena "
               f"season ini punya {SEASON_ONE_EPISODES} episode."),
        "fr": ("Certains articles d'avant la sortie parlaient de huit épisodes d'environ 45 minutes ; c'était faux : la "
               f"saison compte {SEASON_ONE_EPISODES} épisodes."),
        "de": ("Einige Artikel vor dem Start sprachen von acht Folgen zu je etwa 45 Minuten; das war falsch: Die "
               f"Staffel hat {SEASON_ONE_EPISODES} Folgen."),
        "tl": ("Sinabi ng ilang artikulo bago ang release na walong episode na mga 45 minuto ang bawat isa; mali iyon, dahil "
               f"{SEASON_ONE_EPISODES} episode ang season."),
    },
    # a season recap (episodes.py): the premise said first (the official synopsis, paraphrased; facts.yaml's
    # show-premise), the lead before the episodes and, below the last episode's mark, why the rest is hidden
    ("A zombie virus breaks out at Hyosan High School and traps the students inside; they must fight their way out or "
     "become infected as the city around them falls."): {
        "ko": "효산고등학교에서 좀비 바이러스가 퍼져 학생들이 학교 안에 갇혀요. 도시가 무너져 가는 가운데 학생들은 싸워서 빠져나가거나 감염되는 수밖에 없어요.",
        "ja": "Hyosan 高校でゾンビウイルスが発生し、生徒たちは校内に閉じ込められる。周りの街が崩壊していく中、戦って脱出するか、感染するかしかない。",
        "zh": "Hyosan 高中爆发丧尸病毒，学生们被困在校内；随着周围的城市沦陷，他们必须杀出一条生路，否则就会被感染。",
        "es": ("Un virus zombi estalla en el instituto Hyosan y deja atrapados a los alumnos; mientras la ciudad cae a su "
               "alrededor, deben abrirse paso hasta la salida o acabarán infectados."),
        "pt": ("Um vírus zumbi se espalha na escola Hyosan e prende os alunos lá dentro; enquanto a cidade ao redor cai, eles "
               "precisam lutar para sair ou serão infectados."),
        "id": ("Virus zombi mewabah di SMA Hyosan dan menjebak para murid di dalamnya; saat kota di sekitar mereka runtuh, "
               "mereka harus berjuang keluar atau ikut terinfeksi."),
        "fr": ("Un virus zombie se déclare au lycée Hyosan et piège les élèves à l'intérieur ; alors que la ville tombe autour "
               "d'eux, ils doivent se frayer un chemin vers la sortie ou finir infectés."),
        "de": ("An der Hyosan High School bricht ein Zombievirus aus und schließt die Schüler ein; während die Stadt um sie "
               "herum fällt, müssen sie sich den Weg nach draußen erkämpfen oder werden infiziert."),
    },
    RECAP_LEAD: {
        "ko": f"시즌1은 {SEASON_ONE_EPISODES}부작이고, 회차 제목 없이 번호로만 불려요. 회차별 줄거리:",
        "ja": f"シーズン1は全{SEASON_ONE_EPISODES}話で、タイトルはなく番号だけで呼ばれています。各話のあらすじ：",
        "zh": f"第一季共{SEASON_ONE_EPISODES}集，没有标题，只以集数称呼。每集剧情：",
        "es": f"La temporada 1 tiene {SEASON_ONE_EPISODES} episodios, conocidos solo por su número; lo que pasa en cada uno:",
        "pt": f"A 1ª temporada tem {SEASON_ONE_EPISODES} episódios, conhecidos só pelo número; o que acontece em cada um:",
        "id": f"Season 1 punya {SEASON_ONE_EPISODES} episode, yang hanya dikenal dari nomornya; yang terjadi di tiap episode:",
        "fr": f"La saison 1 compte {SEASON_ONE_EPISODES} épisodes, connus seulement par leur numéro ; ce qui se passe dans chacun :",
        "de": f"Staffel 1 hat {SEASON_ONE_EPISODES} Folgen, die nur nummeriert sind; was in jeder passiert:",
    },
    REST_HIDDEN: {
        "ko": "나머지는 더 봤다고 진행도를 알려 주실 때까지 가려 둘게요.",
        "ja": "残りは、進捗でもっと先まで観たとわかるまで隠しておきます。",
        "zh": "其余内容会一直隐藏，直到你的进度显示你看了更多。",
        "es": "El resto queda oculto hasta que tu progreso diga que has visto más.",
        "pt": "O resto fica oculto até o seu progresso dizer que você assistiu mais.",
        "id": "Sisanya tetap disembunyikan sampai progresmu menunjukkan kamu sudah menonton lebih jauh.",
        "fr": "La suite reste cachée jusqu'à ce que ta progression indique que tu en as vu plus.",
        "de": "Der Rest bleibt verborgen, bis dein Fortschritt zeigt, dass du mehr gesehen hast.",
    },
}
