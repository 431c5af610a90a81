"""Fast-typed fan wordings (ask53's to ask66's blind sets, and scen42's server): Tagalog, Indonesian, Hinglish,
Japanese and Thai questions, "X s2 confirmed?", "exact episode X dies", "did X and Y die together", "carry" and "name" in their
other senses, and a boy or a dad said in other words ("the teacher's boy")."""

from __future__ import annotations

import re

from bot.lore.answer import AnswerEngine, render_text
from bot.show import Position
from tests.table import table

SPOILER_SPAN = re.compile(r"\|\|.*?(?<!\\)\|\|", re.S)


def _clear(engine: AnswerEngine, question: str, watched: int = 12) -> str:
    return SPOILER_SPAN.sub("", render_text(engine.answer(question), Position.legacy(watched))[0])


# (Tagalog questions are answered in Tagalog since lang62: their rows here and below expect its words)
@table("question, expected", [("sino gumanap kay onjo", "Park Ji-hu"), ("sino ang gumaganap bilang gwinam", "Yoo In-soo"),
                              ("kelan lalabas ang season 2", "Wala pang inaanunsyong release date ang season 2"),
                              ("シーズン2はいつ？", "シーズン2の配信日は2026年2月23日時点で発表されておらず"),
                              ("ナムラ役は誰？", "Cho Yi-hyun"), ("スヒョク役の俳優は？", "Lomon"),
                              ("sino si nam-ra", "The reserved class president"), ("sino ba si gwinam", "violent bully"),
                              ("ギナムって何者", "Hyosan 高校の暴力的ないじめっ子です。"), ("スヒョク演じてるの誰", "Lomon"),
                              ("シーズン2の配信日は？", "シーズン2の配信日は2026年2月23日時点で発表されておらず"),
                              ("ilang episodes ang all of us are dead", "May 12 episode"),
                              # (an English question with a kaomoji's kana in it is English: "¯\\_(ツ)_/¯", "(・∀・)")
                              ("who plays onjo ¯\\_(ツ)_/¯", "Park Ji-hu"),
                              ("when does season 2 come out ヽ(・∀・)ノ", "No release date for season 2 has been announced"),
                              ("ซีซั่น 2 ออกเมื่อไหร่", "No release date for season 2 has been announced"),
                              ("ซีซั่น 2 มาเมื่อไหร่ครับ", "No release date for season 2 has been announced"),
                              ("who plays onjo ครับ", "Park Ji-hu"),
                              # Vietnamese and Thai questions with a name ("nào ra" is "when ... out", never Nam-ra)
                              ("phần 2 khi nào ra", "No release date for season 2 has been announced"),
                              # lang64: "ra chưa", "đã có ... chưa": whether it is out yet
                              ("phần 2 ra chưa", "No release date for season 2 has been announced"),
                              ("đã có phần 2 chưa", "No release date for season 2 has been announced"),
                              ("ai đóng vai namra trong phần 2", "Cho Yi-hyun"),  # (was "I don't know")
                              ("ai đóng vai nam ra", "Cho Yi-hyun"), ("ใครเล่นเป็นนัมรา", "Cho Yi-hyun"),
                              ("ใครเล่นเป็นอนโจ", "Park Ji-hu"),
                              # where to watch it, who directed it, in the languages fans ask in
                              ("nonton di mana", "Netflix"), ("saan pwede panoorin", "Netflix"),
                              ("dónde puedo verla", "Netflix"), ("どこで見れる？", "Netflix"), ("監督は誰？", "Lee Jae-kyoo"),
                              # more Vietnamese and Thai (unaccented "nam 2026" is the year; "ออนไลน์" online; "ฮา" funny)
                              ("nam 2026 co phan 2 khong", "No release date for season 2 has been announced"),
                              ("khi nào ra tập mới", "No release date for season 2 has been announced"),
                              ("phim ra mắt năm nào", "28 January 2022"), ("ai đạo diễn phần 2", "Kim Nam-su"),
                              ("phần 2 quay xong chưa", "Filming is done"), ("có trailer phần 2 chưa", "fan-made"),
                              ("ดูออนไลน์ได้ที่ไหน", "Netflix"), ("ผู้กำกับคือใคร", "Lee Jae-kyoo"),
                              ("ตัวละครที่ฮาที่สุดคือใคร", "Dae-su"), ("シーズン2の監督は？", "Kim Nam-su"),
                              # season 2's makers and other services, abroad and at home; the trailer fans mean
                              ("sino ang direktor ng season 2", "Kim Nam-su"), ("quién dirige la temporada 2", "Kim Nam-su"),
                              ("is there a new director for s2", "Kim Nam-su"), ("saan mapapanood ang all of us are dead", "Netflix"),
                              ("what streaming service is it on", "Netflix"), ("is it on crunchyroll", "No."),
                              ("trailer when", "fan-made"), ("is the trailer out", "fan-made"), ("trailer??", "fan-made"),
                              ("did the trailer drop", "fan-made"), ("has the teaser come out yet", "fan-made"),
                              ("trailer out yet?", "fan-made"), ("did netflix drop the trailer", "fan-made"),
                              # Chinese, and Japanese "全何話" and "原作は" (scen43: each was "I don't know")
                              ("南罗是谁演的", "Cho Yi-hyun"), ("温祚的演员是谁", "Park Ji-hu"), ("谁演秀赫", "Lomon"),
                              # a remark run together before the question (fix50b: "I don't know"): the question is read
                              ("ナムラは半ゾンビ。チョンサンは死んだ?", "今のところ、いいえ。"), ("南罗是半丧尸。青山死了吗？", "到目前为止，没有。"),
                              ("スヒョクかっこいい！ナムラ役は誰？", "Cho Yi-hyun"),
                              ("第二季什么时候上映", "第二季尚未公布上线日期"),
                              ("第二季什麼時候播", "第二季尚未公布上线日期"),
                              ("第一季有几集", "第一季共有 12 集"), ("导演是谁", "Lee Jae-kyoo"), ("全何話？", "シーズン1は全 12 話です"),
                              ("原作は？", "Joo Dong-geun"),
                              # French and German, and more Chinese (ask57: each was "I don't know")
                              ("quand sort la saison 2", "Aucune date de sortie n'a été annoncée pour la saison 2"),
                              ("wann kommt staffel 2", "Für Staffel 2 wurde noch kein Erscheinungsdatum angekündigt"),
                              ("qui joue nam-ra", "Cho Yi-hyun"), ("wer spielt on-jo", "Park Ji-hu"),
                              ("wie viele folgen hat die serie", "Staffel 1 hat 12 Folgen"), ("combien d'épisodes", "12 épisodes"),
                              ("在哪里可以看", "Netflix"), ("第二季有几集", "尚未公布第二季有几集"),
                              # season 2's release day asked in Tagalog and Indonesian (scen44: "who's new" was
                              # "I don't know" or "nobody knows what is in it"; "is it out" read as its plot)
                              ("sino ang bago sa season 2", "Lee Min-jae"), ("siapa pemain baru season 2", "Lee Min-jae"),
                              ("sino mga bagong cast sa s2", "Roh Jae-won"), ("siapa saja pemain baru di season 2", "Kim Si-eun"),
                              ("labas na ba ang season 2", "Hindi pa."), ("season 2 sudah rilis?", "Belum."),
                              ("udah keluar belum season 2", "Belum."), ("lumabas na ba yung s2", "Hindi pa."),
                              # Spanish and Portuguese said short, or whether it is out (scen45: "quando estreia" was
                              # "I don't know" where "when does it come out" is answered; "¿ya salió?" read as its plot)
                              ("quando estreia", "28 de janeiro de 2022"), ("¿cuándo sale?", "28 de enero de 2022"),
                              ("cuando se estrena", "28 de enero de 2022"), ("cuándo se estrenó", "28 de enero de 2022"),
                              ("¿ya salió la temporada 2?", "Todavía no."), ("já saiu a segunda temporada?", "Ainda não."),
                              ("la temporada 2 ya salió?", "Todavía no."),
                              # an episode's title asked as English asks it (scen45: "nobody knows what is in it")
                              ("cómo se llama el episodio 3 de la temporada 2", "I know nothing of season 2, episode 3"),
                              ("qual o nome do episódio 3 da temporada 2", "I know nothing of season 2, episode 3"),
                              ("cuál es el título del episodio 3", "No se encontraron títulos oficiales"),
                              # ask62: a release date heard and checked, in nine languages and with no season said
                              # (read before as what is in season 2, or as Park Ji-hu's March 2023 remark)
                              ("es verdad que la temporada 2 sale en marzo", "No está confirmado."),
                              ("é verdade que a segunda temporada sai em abril", "Não está confirmado."),
                              ("c'est vrai que la saison 2 sort le 14 février", "Aucune date de sortie n'a été annoncée"),
                              ("stimmt es dass staffel 2 im märz kommt", "Nicht bestätigt. Für Staffel 2 wurde noch kein Erscheinungsdatum"),
                              ("apa benar season 2 rilis maret 2027", "No release date for season 2 has been announced"),
                              ("totoo ba na lalabas ang season 2 sa march", "Hindi pa kumpirmado."),
                              ("第二季三月上线是真的吗", "第二季尚未公布上线日期"),
                              ("진짜 3월에 나와?", "확인되지 않았어요."), ("does it come out in march", "Not confirmed."),
                              ("when does the new one come out", "No release date for season 2 has been announced"),
                              # scen49c: "the new season" as the next one (its renewal: "when was the new season announced")
                              ("when's the new season", "No release date for season 2 has been announced"),
                              ("new season when", "No release date for season 2 has been announced"),
                              ("ya hay trailer de la temporada 2", "hechos por fans"), ("cuántas temporadas hay", "One season"),
                              ("시즌2 관람등급 뭐야", "관람 등급이 무엇인지 발표하지 않았어요"),
                              # said in the future, with "benarkah", as "2기", or as a bare month ("fr" = for real)
                              ("verdade que a temporada 2 vai sair em março", "Não está confirmado."),
                              ("benarkah season 2 rilis maret", "Belum dikonfirmasi."), ("2기 3월에 나와?", "확인되지 않았어요."),
                              ("s2 in march fr?", "Not confirmed."),
                              ("when is the next one", "No release date for season 2 has been announced"),
                              ("is the march date confirmed", "Not confirmed."), ("netflix said march right", "Not confirmed."),
                              # a rating claimed for season 2 is the one report that expects TV-MA, never "Yes." off the
                              # renewal; recaps and episodes asked in French, German and Spanish (said in that language
                              # since lang58)
                              ("is season 2 gonna be tv ma", "Only a rumour so far"), ("is s2 rated r", "Only a rumour so far"),
                              ("resumen de la temporada 1", "lo que pasa en cada uno"),
                              ("résumé de la saison 1", "ce qui se passe dans chacun"),
                              ("zusammenfassung von staffel 1", "was in jeder passiert"),
                              ("il y a un trailer de la saison 2", "faites par des fans"), ("gibt es schon einen trailer für staffel 2", "von Fans gemacht"),
                              ("udah ada trailer season 2", "buatan penggemar"), ("第二季有预告吗", "粉丝自制"), ("シーズン2の予告は？", "ファンが作ったもの"),
                              # how many seasons, where it was filmed and what it adapts, asked abroad
                              ("combien de saisons", "One season"), ("wie viele staffeln gibt es", "One season"),
                              ("시즌 몇까지 있어", "One season"), ("一共有几季", "One season"),
                              ("dónde se grabó", "se construyó como set"), ("où a été tournée la série", "construite comme décor"),
                              ("wo wurde es gedreht", "als Kulisse gebaut"),
                              # in Spanish and Indonesian since lang52 (was "sibling is Jang Ha-ri")
                              ("de quien es hermano woojin", "Woo-jin y Jang Ha-ri son hermanos."), ("woojin itu adiknya siapa", "Saudara Woo-jin adalah Jang Ha-ri."), ("está basada en un webtoon", "el webtoon de Naver"),
                              # fix47: season 2's poster is the renewal's (was "Not yet."), and no release poster is known;
                              # where to watch season 2 says Netflix first, then whether it is out
                              ("did they release a s2 poster", "a poster came with Netflix's renewal of the show on 6 June 2022"),
                              ("is there a season 2 poster", "No poster for season 2's release, nor a release-date card"),
                              ("where can i watch season 2", "The show streams on Netflix"),
                              ("where can i stream s2", "The show streams on Netflix"),
                              ("where can i watch season 2", "it has not come out"),
                              # lang54: the common kinds in French, German, Thai and Vietnamese, and the dated, length and
                              # rating asks in the layer's languages (each was "I don't know", "Nobody knows yet" or English)
                              ("l'actrice de nam-ra c'est qui", "Cho Yi-hyun"), ("lomon il joue qui dans la série", "Su-hyeok"),
                              ("wer ist der schauspieler von gwi-nam", "Yoo In-soo"), ("ใครเล่นเป็น nam-ra", "Cho Yi-hyun"),
                              ("un épisode dure combien de temps ?", "50"), ("wie lang ist eine folge", "50"),
                              ("mỗi tập dài bao nhiêu phút", "50"), ("gaano kahaba bawat episode", "50"),
                              ("c'est ok pour mon fils de 12 ans ?", "TV-MA"), ("ab wie viel jahren ist die serie", "TV-MA"),
                              ("la saison 2 a été annoncée en juillet 2025 ?", "Oui. 23 juillet 2025"),
                              # lang55: French answered in French, as fans type it; a month with no announcement said in
                              # the asker's language
                              ("c'est quand la saison 2", "Aucune date de sortie n'a été annoncée"),
                              ("ça dure combien un épisode", "environ une heure"), ("c pour quel age la serie", "TV-MA"),
                              ("シーズン2って2024年3月に発表された？", "2024年3月のシーズン2の発表は知りません"),
                              ("la saison 2 a ete annoncee en mars 2024 ?", "Je ne connais aucune annonce de la saison 2 en mars 2024"),
                              ("wurde staffel 2 im juli 2025 angekündigt?", "Ja. 23. Juli 2025"),
                              ("ซีซั่น 2 ยืนยันแล้วหรือยัง", "renewed"),
                              ("시즌2 2025년 7월에 발표됐어?", "2025년 7월 23일"), ("シーズン2って2025年7月に発表された？", "2025年7月23日"),
                              ("第二季是2025年7月宣布的吗", "2025年7月23日"), ("season 2 diumumkan juli 2025 ya?", "23 Juli 2025"),
                              ("¿anunciaron la temporada 2 en julio 2025?", "23 de julio de 2025"),
                              ("1話って何分くらい？", "約50分"), ("一集多长时间", "约50分钟"), ("几岁可以看", "TV-MA"),
                              ("la saison 2 est confirmée ?", "renouvelé"), ("wird es eine zweite staffel geben", "verlängert"),
                              ("qui joue le pere de onjo", "Le père d'On-jo est Nam So-ju. Jeon Bae-soo"),
                              ("c qui cheong-san", "L'ami d'enfance et voisin d'On-jo"),
                              ("qui est l'actrice qui joue nam-ra", "Cho Yi-hyun"), ("c'est pour quel âge", "TV-MA"),
                              # "vraiment" is no "aiment" (a French or German word is read whole, never inside another)
                              ("est-ce que cheongsan meurt vraiment", "Jusqu'ici, non."),
                              # lang57: German said in German, the renewal in each layer language, French chat forms
                              ("wer ist cheongsan eigentlich", "On-jos Kindheitsfreund"), ("wieviele episoden gibt es", "12 Folgen"),
                              ("wann kommt die 2. staffel", "kein Erscheinungsdatum"), ("wo wurde die serie gedreht", "Kulisse"),
                              ("wer spielt den vater von on-jo", "Jeon Bae-soo"), ("ist staffel 2 offiziell", "Juni 2022"),
                              ("シーズン2は決定してる？", "2022年6月6日"), ("第二季有確定嗎？", "2022年6月6日"),
                              ("¿la temporada 2 está confirmada?", "Netflix renovó"), ("season 2 udah dikonfirmasi belum?", "6 Juni 2022"),
                              ("a segunda temporada foi confirmada?", "A Netflix renovou"),
                              ("all of us are dead c koi", "est une série sud-coréenne")])
def test_tagalog_and_a_japanese_season_2_date_are_read(engine: AnswerEngine, question: str, expected: str) -> None:
    assert expected in _clear(engine, question, 0)


@table("question, watched, never", [("ナムラは可愛い？", 0, "2-5"), ("シーズン2のキャストは？", 0, "Nam-ra"),
                                   ("シーズン2は12話？", 0, "2-5"), ("チョンサンは死ぬ？", 5, "shaft"),
                                   ("sino namatay sa ep 12", 3, "Woo-jin"), ("buhay pa ba si cheongsan", 5, "shaft"),
                                   ("siapa yang mati di episode 11", 3, "So-ju"),
                                   ("did onjo and her dad die together", 8, "flares"),
                                   ("did hari and woojin die together", 12, "Yes."),
                                   ("is namra suhyeok's girl", 12, "No."),
                                   ("cheongsan có chết không", 5, "shaft"), ("ชองซานตายไหม", 5, "shaft"),
                                   ("siapa yang gigit namra", 5, "Gwi-nam"), ("phần 2 có những ai", 0, "Nam-ra"),
                                   ("phần 2 có nam ra không", 0, "Yes."), ("khi nào ra tập mới", 0, "Nam-ra"),
                                   ("ดูออนไลน์ได้ที่ไหน", 0, "On-jo"), ("cheongsan ตายจริงไหม", 8, "shaft"),
                                   ("is there a new director for s2", 0, "Yes."), ("nonton di mana", 0, "mana"),
                                   ("the funny guy who likes hari, who plays him", 12, "Ha-ri's crush"),
                                   ("青山死了吗", 5, "shaft"), ("南罗最后怎么样了", 5, "halfbie"),
                                   ("チョンサンは最後どうなるの？", 5, "shaft"), ("南羅最後怎麼樣了", 0, "bitten"),
                                   # "wer" typed for "were" keeps an English question English (its "die" no article)
                                   ("who wer the students that die first", 12, "Jong-ah"),
                                   # French, German and Chinese with a Latin name, below the mark: hidden
                                   ("ist cheongsan tot", 9, "shaft"), ("lebt nam-ra noch", 5, "halfbie"), ("lebt nam-ra noch", 5, "Halfbie"),
                                   ("ist cheongsan tot", 9, "vermutlich tot"), ("stirbt die klassensprecherin", 5, "Halfbie"),
                                   ("stirbt die klassensprecherin", 5, "halfbie"), ("wer stirbt in folge 11", 9, "So-ju"),
                                   ("le père de onjo meurt ?", 9, "flares"), ("qui meurt dans l'épisode 3", 2, "Gyeong-su"),
                                   ("谁咬了namra", 5, "Gwi-nam"), ("cheongsan死了吗", 9, "shaft"), ("谁杀了woojin", 11, "Nam-ra"),
                                   ("第11集发生了什么", 9, "flares"), ("is the old cast coming back", 5, "Nam-ra"),
                                   # season 2's release week (ask59): episodes of a death in French and Spanish, hidden
                                   # below the mark; an opinion is no award; an actor's season-2 role is no cast list
                                   ("dans quel épisode meurt cheongsan", 9, "shaft"), ("en qué episodio muere namra", 5, "halfbie"),
                                   ("wer ist die beste", 12, "APAN"), ("who won best new actor", 12, "New in season 2"),
                                   ("who does park jihoo play in s2", 0, "Nam-ra"),
                                   # ask60: season 2's cast news is no source of a returning character's role line; an
                                   # actor not in season 2 is hidden not there below the fate; role words abroad, hidden
                                   ("who does park ji hu play in season 2", 0, "UPI"), ("who is cheongsan", 0, "UPI"),
                                   ("who plays cheongsan", 0, "UPI"), ("cheongsan s2 actor", 0, "UPI"),
                                   ("who does yoo in soo play in season 2", 0, "not in the season 2 cast"),
                                   ("who does yoo in soo play in season 2", 0, "in season 1"),
                                   ("en qué episodio muere el padre de onjo", 10, "flares"),
                                   ("en qué episodio muere la profesora", 2, "Na-yeon"),
                                   ("dans quel épisode meurt le prof de science", 3, "police station"),
                                   ("who is the male lead", 12, "Du-seok"),
                                   ("does onjo's best friend die", 12, "No."),
                                   ("which episode does onjo's best friend die", 10, "Not Cheong-san"),
                                   # ask62: a season-1 recap shows no episode past the mark; nor does one asked abroad
                                   ("recap s1 before s2", 0, "Jin-su"), ("recap season 1 so far", 4, "stabs Gwi-nam in the eye"),
                                   ("quick recap of season one pls", 9, "So-ju arrives at the gym"), ("qué pasó en el capítulo 5", 4, "drone"),
                                   ("does it come out in march", 0, "Park Ji-hu"),
                                   # ask63: a season-1 episode out in a country is out (never "No." off season 2's old
                                   # guesses); a recap, an arc or an episode asked abroad shows nothing past the mark
                                   ("is ep 1 out in the philippines", 0, "No."), ("is episode 12 out in india", 5, "No."),
                                   ("did season 1 come out in march", 0, "Park Ji-hu"), ("recap the whole season", 11, "four months"),
                                   ("recap season 1 up to where i am", 3, "mauled"), ("rekap season 1 dong", 6, "music room"),
                                   ("第一季剧情回顾", 3, "mauled"), ("apa yang terjadi di episode 4", 3, "mauled"),
                                   ("recap of namra's arc", 5, "halfbie"), ("cheongsan's story so far", 10, "shaft"),
                                   ("recap season 2", 12, "university"), ("best zombie scene", 3, "I-sak"),
                                   ("양궁 제일 잘하는 사람 누구야", 4, "Captain"), ("does it come out in march on blu-ray", 0, "No release date"),
                                   # ask64: Hinglish, Indonesian and Tagalog fates below the mark stay hidden; a dub
                                   # asked in a language is never "Yes." off Netflix carrying the show there
                                   ("namra zinda hai kya", 5, "halfbie"), ("kaun kaun bacha end me", 6, "quarantine camp"),
                                   ("cheongsan kis episode me marta hai", 9, "shaft"), ("siapa aja yang selamat", 6, "quarantine camp"),
                                   ("is onjo cheongsan's gf", 7, "kiss"), ("is it available in tamil dubbed", 0, "Yes."),
                                   ("is it available in hindi", 0, "Yes."),
                                   # left47: season 2's newcomers, never season 1's newcomer awards nor the other kind
                                   ("who is the new one", 12, "Best New Actor"), ("who's the new girl in s2", 12, "Roh Jae-won"),
                                   ("who is the new guy", 12, "Kim Si-eun"),
                                   # ask65: the same forms, said more ways, below the mark; footage seen and doubted is
                                   # never "Yes."; a verb's "gayi" is never Yoon Ga-i
                                   ("kya cheongsan mar jata hai", 3, "shaft"), ("namra zombie ban jaati hai kya", 4, "halfbie"),
                                   ("isak kab zombie banti hai", 1, "hides a bite"), ("cheongsan ki mummy mar gayi kya", 3, "mauled"),
                                   ("onjo last tak zinda rehti hai?", 6, "quarantine camp"), ("kapan cheongsan digigit", 5, "construction site"),
                                   ("baru nonton sampe episode 3, onjo sama cheongsan pacaran gak?", 3, "kiss"),
                                   ("mag jowa ba sina onjo at cheongsan", 4, "kiss"), ("patay na ba si cheongsan", 4, "shaft"),
                                   ("nagde-date ba sina namra at suhyeok", 5, "kiss"), ("sila na ba ni suhyeok si namra", 5, "kiss"),
                                   ("anong episode namatay si woojin", 9, "Nam-ra kills"), ("namra jadi zombie kah 😭😭", 4, "halfbie"),
                                   ("i saw season 2 filming footage on tiktok is it real", 0, "Yes."),
                                   ("raat ko neend udd gayi, ye show kahan dekh sakte hai", 0, "Ga-i"),
                                   ("ayah onjo mati gak", 9, "flares"), ("tatay ni onjo namatay ba", 9, "flares"),
                                   ("nanay ni cheongsan patay na ba", 3, "mauled"), ("onjo ke papa zinda hai kya", 9, "flares"),
                                   ("does netflix have it in hindi", 0, "Yes."), ("can i watch it in tamil", 0, "Yes."),
                                   # review47b: subtitles asked of are no dub (was the sources' English-dub guess)
                                   ("can i watch it in english subs", 0, "dub"), ("is it available in hindi subtitles", 0, "dub"),
                                   ("kya suhyeok aur namra couple hai", 5, "kiss"), ("kya namra aur suhyeok kiss karte hai", 5, "kiss"),
                                   ("suhyeok namra ko pasand karta hai kya", 5, "kiss"), ("is cheongsan still onjo's bff", 11, "Lee Cheong-san and Lee Cheong-san"),
                                   # oracle47: who killed or bit someone in Hinglish, asked below the mark
                                   ("woojin ko kisne maara", 11, "Nam-ra"), ("namra ko kisne kaata", 5, "Gwi-nam"),
                                   ("patay na ba si cheongsan", 5, "shaft"),
                                   ("gwinam ki maut kis episode me hoti hai", 5, "shaft"),
                                   ("the class president zombie ban jaati hai kya", 3, "halfbie"),
                                   ("did they release a s2 poster", 0, "Not yet"), ("did they release a s2 poster", 0, "Lomon"),
                                   # lang54: French, German and Vietnamese deaths and bites asked below the mark
                                   ("le pere de onjo il meurt ?", 9, "flares"), ("dans quel épisode meurt le père d'on-jo", 9, "flares"),
                                   ("woo-jin meurt à quel épisode ?", 6, "Nam-ra"), ("in welcher folge wird nam-ra gebissen", 5, "Gwi-nam"),
                                   ("bố của on-jo chết ở tập mấy", 9, "flares"),
                                   ("la saison 2 a été annoncée en mars 2024 ?", 0, "Yes."),
                                   ("dans quel épisode nam-ra se fait mordre", 5, "Gwi-nam"), ("stirbt cheongsan wirklich", 9, "shaft"),
                                   # lang58: Dutch, Swedish, Polish and Turkish deaths asked below the mark
                                   ("gaat de vader van onjo dood", 9, "flares"), ("dör nam-ra?", 5, "Gwi-nam"),
                                   ("czy cheong-san umiera", 9, "shaft"), ("su-hyeok ölüyor mu", 6, "kiss")])
def test_a_foreign_or_loose_question_says_nothing_past_the_mark_nor_a_wrong_yes(
        engine: AnswerEngine, question: str, watched: int, never: str) -> None:
    assert never not in _clear(engine, question, watched), _clear(engine, question, watched)


@table("question", ["ซีซั่น 2", "มีซีซั่น 2 ไหม", "อนโจน่ารักไหม"])
def test_other_thai_gets_i_dont_know_never_an_answer_to_its_digits(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and "2-5" not in _clear(engine, question, 0)


@table("question, expected", [("ahn dong goo s2 confirmed?", "Ahn Dong-goo"), ("is kim si eun confirmed for season 2", "Yes."),
                              ("exact episode nayeon dies?", "episode 8"), ("did namra and onjo die together", "halfbie"),
                              ("did gwinam and cheongsan die together", "shaft"),
                              ("did onjo and her dad die together", "So-ju is dead"), ("onjo's dad survive?", "So-ju is dead"),
                              ("who carries the bow", "Ha-ri"), ("what does hari carry around", "bow"),
                              ("who carried the whole show tbh", "matter of opinion"),
                              ("the teacher's boy who plays him", "Lee Min-goo"),
                              ("the guy who stabbed gwinams eye, who plays him", "Yoon Chan-young"),
                              ("who plays the guy who filmed gwinam", "Yoon Chan-young"),
                              ("who plays the boy who killed woojin", "I don't know of a boy who fits that"),
                              ("sino namatay sa ep 12", "Woo-jin"), ("how mny survive", "Six"),
                              # a word before "guy" ("the funny guy who likes hari"); "hurt" is "injured"
                              ("the funny guy who likes hari, who plays him", "Im Jae-hyuk"),
                              ("name of the hurt boy the archery club carries", "Joon-seong"),
                              ("where does the science teacher get bitten", "police station"),
                              # he likes her, said so; a person word with no gender ("student", "lad") is not the archer
                              ("the guy who likes hari", "Dae-su"), ("the lad who likes hari, who plays him", "Yang Dae-su likes Ha-ri"),
                              ("the student the archers carry, who plays him", "Yang Han-yeol"),
                              ("the lad the archers carry", "Joon-seong"),
                              ("the teen the archery club carries, does he die", "Joon-seong"),
                              ("who plays the chicken shop mom", "not named"),
                              # other Vietnamese verbs of known forms (they got "my sources don't say"), "who killed" unaccented
                              ("cheongsan có trở lại phần 2 không", "season 2 cast"), ("namra có thành zombie không", "halfbie"),
                              ("ai giet woojin", "Nam-ra kills him"),
                              # German "die" is an article, never a death; "stirbt" is
                              ("stirbt cheongsan", "vermutlich tot"),
                              # season 2's cast asked loosely: a dropped g, "the new cast", "the old cast"
                              ("whos comin back in season 2", "Returning in season 2"), ("who's the new cast", "New in season 2"),
                              ("is the old cast coming back for season 2", "Returning in season 2"),
                              # a crush goes one way: Dae-su likes Ha-ri, whom she likes nobody says
                              ("the guy hari likes", "I don't know whom Ha-ri likes"),
                              ("the girl that likes cheongsan", "I don't know who likes Cheong-san"),
                              ("hari's crush", "don't call anyone Ha-ri's crush"),
                              # French and German fates, loves, roles and episodes; Chinese with a Latin name
                              ("lebt nam-ra noch", "Halfbie (Halbzombie)"), ("ist hari tot", "Nein. Ha-ri überlebt."), ("wer liebt on-jo", "Cheong-san"),
                              ("de qui cheongsan est amoureux", "On-jo"), ("qui est le réalisateur", "Lee Jae-kyoo"),
                              ("wer stirbt in folge 11", "So-ju"), ("who joue cheongsan", "Yoon Chan-young"),
                              ("谁咬了cheongsan", "Gwi-nam bites Cheong-san"), ("gwinam咬了谁", "Lee Cheong-san"),
                              # a feeling returned is no return to season 2; the old cast is season 2's returning cast
                              ("does hari like daesu back", "My sources don't say that Ha-ri likes Dae-su"),
                              ("which of the original cast r back", "Returning in season 2"),
                              # season 2's release week (ask59): French and Spanish episodes of a death, where to watch
                              # it in a country, the hour of the release, an actor's season-2 role, an opinion in German
                              ("dans quel episode meurt le pere de onjo", "épisode 11"),
                              ("en que episodio muere cheongsan", "episode 11"), ("quien muere en el episodio 3", "Gyeong-su"),
                              ("where can i watch it in india", "Netflix"),
                              # where in a part of the work, never where from (review45)
                              ("where do we see it in the webtoon", "webtoon Now at Our School"), ("wo kann ich es in deutschland schauen", "Netflix"),
                              ("dónde puedo verla en españa", "Netflix"),
                              ("a qué hora sale la temporada 2 en mexico", "No se ha anunciado fecha de estreno"),
                              ("시즌2 몇시에 나와", "발표되지 않았"), ("wen does prt 2 drop", "no official release date"),
                              ("who does park jihoo play in s2", "Park Ji-hu plays Nam On-jo"),
                              ("yoon chanyoung s2 role", "Lee Cheong-san"), ("wer ist die beste", "matter of opinion"),
                              ("où regarder la série en france", "Netflix"),
                              # a best friend is a friendship, never a ranking asked
                              ("who is best friends with onjo", "On-jo's best friend"),
                              ("who is the best friend of onjo", "On-jo's best friend"),
                              ("wer ist der beste freund von cheongsan", "Am engsten befreundet mit Cheong-san ist Nam On-jo."),
                              ("quién es el mejor amigo de onjo", "On-jo's best friend"),
                              # an award's name is no ranking asked, however like one its "the best" reads (review45)
                              ("who won the best new actor award", "APAN Star Awards"),
                              ("who was the best actor at the baeksang", "Baeksang"),
                              # ask60: an actor not in season 2 asked for their season-2 role; role words and relatives
                              # in Spanish, French and German; the last episode; award names are no opinions
                              ("who does ha seung ri play in s2", "Ha Seung-ri plays Jang Ha-ri."),
                              ("im jae hyuk season 2 role", "not in the season 2 cast"),
                              ("who does park ji hu play in season 2", "Park Ji-hu plays Nam On-jo"),
                              # (a Spanish or Portuguese death, survival or episode is said in Spanish or Portuguese
                              # since lang48: story_phrases)
                              ("en qué episodio muere la profesora", "episodio 3"),
                              ("in welcher folge stirbt die lehrerin", "Staffel 1, Folge 3"),
                              ("which episode does the female teacher die", "episode 3"),
                              ("dans quel épisode meurt le prof de science", "épisode 4"),
                              ("en qué episodio muere la mamá de cheongsan", "episodio 4"),
                              ("en qué episodio muere el hermano de hari", "episodio 12"),
                              ("dans quel épisode meurt la meilleure amie de onjo", "épisode 2"),
                              ("in welcher folge stirbt der detektiv", "Jae-ik does not die"),
                              ("wer stirbt in der letzten folge", "Woo-jin"), ("wer ist onjos vater", "Nam So-ju"),
                              ("quién es la mejor amiga de onjo", "On-jo's best friend"),
                              ("wen spielt yoo in soo in staffel 2", "Yoo In-soo plays Yoon Gwi-nam"),
                              ("who got the best new actor award", "APAN"),
                              ("quién ganó el premio a mejor actriz revelación", "APAN"),
                              # whether season 2 is out, asked in German, Spanish and French with a country; season 1
                              # premiered worldwide ("the same day in the us")
                              ("ist staffel 2 schon in deutschland draußen", "Noch nicht."),
                              ("ya salió la temporada 2 en méxico", "Todavía no."),
                              ("did it come out the same day in the us", "premiered worldwide"),
                              ("cheongsan s2 actor", "played by Yoon Chan-young"),
                              # "onjo's best friend" is Cheong-san or I-sak: each one's end, never one killing the other
                              ("which episode does onjo's best friend die", "episode 2"),
                              ("does onjo's best friend die", "Presumably, but it is not certain"),
                              # ask62: the best archer is the archery club's captain (never "a matter of opinion"); a
                              # relative's fate in Spanish; a season-1 recap is every episode, each up to the mark
                              ("who is the best archer", "Captain of the school archery club"),
                              ("quién es la mejor arquera", "Jang Ha-ri"), ("wer ist die beste bogenschützin", "Jang Ha-ri"),
                              ("qui est la meilleure archère", "Jang Ha-ri"), ("quem é a melhor arqueira", "Jang Ha-ri"),
                              ("el papá de onjo sobrevive", "So-ju muere"),
                              # lang58: Dutch, Swedish, Italian, Polish and Turkish questions read (answered in English)
                              ("wie speelt onjo", "Park Ji-hu"), ("vem spelar su-hyeok", "Lomon"),
                              ("chi interpreta cheong-san", "Yoon Chan-young"), ("kto gra ha-ri", "Ha Seung-ri"),
                              ("on-jo'yu kim oynuyor", "Park Ji-hu"), ("2. sezon ne zaman çıkacak", "No release date"),
                              ("hoeveel afleveringen heeft all of us are dead", "12 episodes"),
                              ("in quale episodio muore woo-jin", "episode 12"), ("komt er een seizoen 2", "renewed"),
                              ("ci sarà una stagione 2?", "renewed"), ("2. sezon olacak mı", "renewed"),
                              # lang58: who loves whom said in German and French
                              ("in wen ist cheong-san verliebt", "das Mädchen, in das Cheong-san verliebt ist"),
                              ("recap s1 before s2", "Season 1, episode 11: So-ju"), ("was ist in folge 5 passiert", "Drohne"),  # German since lang58
                              # lang59: who survives and what happens to someone, read and said in the asker's language
                              ("quienes sobreviven al final", "llegan al campo de cuarentena"),
                              ("qui survit a la fin", "atteignent le camp de quarantaine"),
                              ("wer überlebt am ende", "erreichen das Quarantänelager"),
                              ("siapa aja yg selamat", "sampai di kamp karantina"), ("生き残ったのは誰", "隔離キャンプ"),
                              ("que le pasa a so-ju", "Nam So-ju (muere): Llega al gimnasio"),
                              ("o que acontece com o cheong-san", "(episódio 11 da temporada 1)"),
                              ("nam-ra kenapa di akhir", "setengah zombie"), ("il se passe quoi avec nam-ra", "mi-zombie"),
                              ("eps 5 ngapain aja", "drone"), ("what happens to nam-ra", "halfbie who keeps her mind"),
                              # ask63: a month heard about season 1, the renewal or the webtoon is checked against
                              # them (never season 2's release status); "the new" trailer, director and cast abroad
                              ("did season 1 come out in march", "No. Season 1 premiered"),
                              ("es verdad que la temporada 1 salió en enero", "Sí. La temporada 1 se estrenó"),
                              ("is ep 1 out in the philippines", "Yes."), ("udah keluar episode 1 di indonesia?", "Yes."),
                              ("is season 1 on netflix in germany", "Yes."), ("was season 2 announced in june", "6 June 2022"),
                              ("does the webtoon come out in march", "2009 to 2011"),
                              ("sai em março mesmo a 2 temporada?", "Nenhuma data de estreia"),
                              ("kommt staffel 2 wirklich im märz", "kein Erscheinungsdatum"),
                              ("シーズン2は3月配信って本当？", "発表されておらず"),
                              ("does it come out in march on netflix korea", "No release date"),
                              ("is the new trailer real", "fan-made"), ("is the new teaser out", "fan-made"),
                              ("does the new one have a new director", "Kim Nam-su"), ("새로 나오는 배우 누구야", "Kim Si-eun"),
                              ("recap season 2", "nothing of it to recap"), ("양궁 제일 잘하는 사람 누구야", "장하리: 학교 양궁부 주장"),  # in Korean since lang52 (was "Jang Ha-ri")
                              ("recap of namra's arc", "halfbie"), ("best zombie scene", "matter of opinion"),
                              ("la temporada 1 es para mayores de 18", "TV-MA"), ("la temporada 2 es para mayores de 18", "rumour"),
                              ("what is the new zombie like in s2", "stronger, evolved zombies"),
                              # ask64: catching up before season 2 in Hinglish, Indonesian, Tagalog, Spanish and Portuguese;
                              # a couple asked of friends says what they are; season 2's footage and halfbies
                              ("suhyeok zinda hai kya", "survives"), ("season 2 kab aa raha hai", "No release date"),
                              ("woojin kis episode me marta hai", "episode 12"), ("kya hari mar gayi", "survives"),
                              ("woojin mati di episode berapa", "episode 12"), ("namra digigit di episode berapa", "episode 6"), ("siapa saja yang selamat di akhir", "kamp karantina"),  # Indonesian since lang59 (was "quarantine camp")
                              ("sino nakaligtas sa dulo ng season 1 hahaha", "quarantine camp"),
                              ("el papa de onjo se muere o no", "So-ju muere"), ("a hari morreu mesmo?", "sobrevive"),
                              ("is cheongsan onjo's bf", "best friend since childhood"), ("any s2 clips yet", "script-reading video"),
                              ("are there more halfbies in season 2", "stronger, evolved zombies"),
                              # review47: the season an episode count is asked of is kept (never season 1's 12 for season 2)
                              ("season 2 me kitne episode hai", "not announced"), ("kitne ep hain s2 me", "not announced"),
                              ("season 1 me kitne episode hai", "12 episodes"),
                              # left47: "the new one" asked who is season 2's newcomers, a girl or a guy asked for
                              # those the sources make one (So Ju-ran by her actress's "she"), never an award
                              ("who is the new one", "New in season 2: Lee Min-jae as Yong Ma-ru, Kim Si-eun as So Ju-ran"),
                              ("who's the new girl in s2", "New in season 2 (female, as my sources describe them): "
                               "Kim Si-eun as So Ju-ran, Yoon Ga-i as Lee Jong-ah."),
                              ("who plays the new guy in season 2", "(male, as my sources describe them): Roh Jae-won as Han "
                               "Du-seok."),
                              ("any new girls in s2?", "Kim Si-eun as So Ju-ran, Yoon Ga-i as Lee Jong-ah"),
                              # ask65: Hinglish turns, relatives, "bachta hai", chat said first; Indonesian runtimes,
                              # bites, couples and particles; Tagalog episodes of a death; a laugh said first; footage
                              # (season 2's timing asked in Indonesian or Spanish is answered in that language since lang47)
                              ("nayeon zombie ban gayi kya", "ordinary zombie"), ("jimin kab zombie banti hai", "episode 10"),
                              ("onjo ke papa mar jaate hai kya", "flares"), ("hari ka bhai kaun hai", "Woo-jin"),
                              # lang64: who plays someone said now or with who did it ("kaun kar raha hai", "kis actress ne")
                              ("onjo ka role kaun kar rahi hai", "played by Park Ji-hu"),
                              ("namra ka role kis actress ne kiya", "played by Cho Yi-hyun"),
                              ("suhyeok bachta hai ya nahi", "survives"), ("arre yaar, woojin kaunse episode me marta hai", "episode 12"),
                              ("main abhi jaa raha hu dekhne, total kitne episode hai", "12 episodes"),
                              ("hari om bhai, kitne episodes hai", "12 episodes"), ("season 2 aa gayi kya", "No release date"),
                              ("kya season 2 march me aayega", "No release date"), ("raat ko neend udd gayi, ye show kahan dekh sakte hai", "Netflix"),
                              ("berapa jam per episode", "sekitar 50 sampai lebih dari 70 menit"),  # in Indonesian since lang53
                              ("gaano katagal ang bawat episode", "mula mga 50 hanggang mahigit 70 minuto"),
                              ("kapan cheongsan digigit", "episode 11"), ("namra digigit di episode berapa", "episode 6"),
                              ("gwinam jadi zombie di episode berapa", "episode 5"), ("episode terakhir ada yang mati gak", "Woo-jin"),
                              ("namra mati gak sih", "halfbie"), ("wkwkwk daesu suka sama siapa", "Ha-ri"),
                              ("saang episode namatay si jimin", "episode 10"), ("sa episode 3 ba namatay si isak", "episode 2"),
                              ("meron na bang trailer ang season 2", "fan-made"), ("may season 2 na ba", "Wala pang inaanunsyong release date"),
                              ("s2 tahun ini rilis gak", "Belum ada tanggal rilis"), ("jajajaja ya salio la season 2?", "No se ha anunciado fecha de estreno"),
                              ("wkwk siapa yang main jadi onjo", "Park Ji-hu"), ("is there a first look at season 2", "script-reading video"),
                              ("when did netflix post the script reading video", "23 July 2025"),
                              ("ayahnya onjo mati di episode berapa", "episode 11"), ("adiknya hari mati di episode berapa", "episode 12"),
                              ("tatay ni onjo namatay ba", "Namatay si So-ju"), ("kapatid ni hari patay na ba", "Namatay si Woo-jin"),
                              ("teaser s2 udah ada belum", "buatan penggemar"), ("can i watch it in english", "English-dub voices"),
                              ("onjo aur cheongsan saath hai kya", "childhood best friend"),
                              ("is cheongsan still onjo's bff", "On-jo's childhood friend"),
                              ("season 2 kab tak aa jayega", "No release date"), ("agla season kab aayega", "No release date"),
                              ("season 2 me kon kon hai", "Lee Min-jae"),
                              ("season 2 ka wait kab khatam hoga", "No release date"), ("tanggal rilis season 2", "Belum ada tanggal rilis"),
                              ("s2 udah ada tanggal rilis belum", "Belum ada tanggal rilis"), ("s2 desember rilis gak", "Belum ada tanggal rilis"),
                              ("anong petsa lalabas ang season 2", "Wala pang inaanunsyong release date"),
                              ("lalabas ba ang season 2 ngayong 2026", "No release date"),
                              ("suhyeok namra ko pasand karta hai kya", "falls for Nam-ra"),
                              ("onjo ko kaun pasand karta hai", "Cheong-san"), ("siapa yang suka sama onjo", "Cheong-san"),
                              ("sino may gusto kay onjo", "Cheong-san"), ("kya namra aur suhyeok kiss karte hai", "kiss"),
                              # oracle47: who killed or bit someone in Hinglish, and a Tagalog "patay na ba si X"
                              ("woojin ko kisne maara", "Nam-ra kills him"), ("woojin ko maar dala kisne", "Nam-ra kills him"),
                              ("kisne maara woojin ko", "Nam-ra kills him"), ("namra ko kisne kaata", "Gwi-nam bites Nam-ra"),
                              ("cheongsan ko kisne kaata tha", "Gwi-nam bites Cheong-san"),
                              ("patay na ba si woojin", "Namatay si Woo-jin"),
                              # fix47: an age asked in Tagalog or Indonesian (was "I couldn't read what you asked"); a death
                              # said as a noun ("ki maut") and someone described, not named, in Hinglish (was "don't say")
                              ("ilang taon na si onjo", "My sources give no ages"), ("umur onjo berapa", "Sumberku tidak menyebut umur"),
                              ("berapa umur cheongsan", "Sumberku tidak menyebut umur"), ("namra ilang taon na", "My sources give no ages"),
                              ("gwinam ki maut kis episode me hoti hai", "episode 11"),
                              ("kis episode me cheong-san ki maut hoti hai", "episode 11"),
                              ("the class president zombie ban jaati hai kya", "halfbie"), ("season 2 ka trailer kab aayega", "fan-made"),
                              # ask66: the days around season 2's release; a delay heard (the one reported, never "No."),
                              # a day or window heard ("wasnt it meant to", "just a rumour", an aside after it), the hour
                              # somewhere, "can't find it", how it ends, a recap "before s2", in five languages
                              ("i heard they pushed it back again", "Star News"), ("is it true season 2 is delayed", "Star News"),
                              ("ouvi que a segunda temporada foi adiada de novo", "Star News"),
                              ("dicen que la temporada 2 se retrasó otra vez", "Star News"), ("kabarnya season 2 ditunda lagi", "Star News"),
                              ("naantala daw ang season 2", "Star News"),
                              ("wasnt season 2 meant to drop in march", "No release date"),
                              ("is the h1 2027 thing just a rumour", "No release date"),
                              ("is it true its coming out in may thats my birthday", "No release date"),
                              ("dijeron que la temporada 2 sale el 20 de marzo, es verdad?", "No se ha anunciado fecha de estreno"),
                              ("totoo ba na sa march na ang labas ng s2", "Wala pang inaanunsyong release date"),
                              ("what time does it come out in brazil", "No release date"),
                              ("anong oras ang labas ng season 2", "Wala pang inaanunsyong release date"),
                              ("why can't i find season 2 on netflix", "No release date"),
                              ("cuantos capitulos tiene la 2da temporada", "Netflix no ha anunciado"),
                              ("how will season 2 end", "Nobody knows yet"),
                              ("need a refresher on season 1 before s2", "Season 1, episode 12"),
                              ("rekap s1 sebelum s2 dong", "Season 1, episode 12"), ("where did season 1 end again", "four months"),
                              # "sai da série" is leaving the show, never a release date's "comes out"
                              ("ouvi que a onjo sai da série na temporada 2", "is in the season 2 cast"),
                              # "is it out yet" is the season fans wait for, with season 1's premiere beside it; "who's coming
                              # back from s1" the returning cast (was Gwi-nam coming back as a halfbie); "does s2 start where
                              # s1 ended" what is known of its story (was its writer)
                              ("is it out in the uk yet", "Season 1 premiered worldwide"),
                              ("who's coming back from s1", "Returning in season 2"),
                              ("does s2 start where s1 ended", "Season 2 takes place in Seoul"),
                              ("do i have to watch s1 first", "matter of opinion"),
                              # who returns in season 2, and whether someone does, abroad (was "nobody knows what is in it")
                              ("quienes regresan en la temporada 2", "Regresan en la temporada 2"),  # in Spanish since lang60
                              ("siapa aja yang balik di season 2", "Kembali di season 2"),  # in Indonesian since lang60
                              ("sino ang babalik sa season 2", "Babalik sa season 2"),
                              ("a onjo aparece na 2 temporada?", "Park Ji-hu"), ("kasama ba si suhyeok sa s2", "Lomon"),
                              # share56: Tagalog romance asks beyond "mag jowa ba" (were "I don't know")
                              ("nagde-date ba sina namra at suhyeok", "whether Nam-ra and Su-hyeok"),
                              ("namra at suhyeok, magjowa ba sila", "whether Nam-ra and Su-hyeok"),
                              ("sila na ba ni suhyeok si namra", "whether Su-hyeok and Nam-ra"),
                              ("nagkatuluyan ba sina onjo at cheongsan", "whether On-jo and Cheong-san"),
                              # a day heard from someone, with no season said (was season 1's premiere, "No."), then
                              ("someone said jan 15 is that real", "No release date"),
                              ("tiktok says it drops in april, true?", "No release date"),
                              ("is it coming out this year or next year", "No release date"),
                              ("did they delay it to 2027", "No release date"),
                              # Indonesian hearsay, the hour said before its verb, Tagalog "totoo bang delayed", "¿ya está?"
                              ("katanya s2 rilis januari, bener gak?", "Belum ada tanggal rilis"),
                              ("denger2 season 2 rilis bulan depan", "Belum ada tanggal rilis"),
                              ("s2 jam berapa rilisnya", "Belum ada tanggal rilis"), ("totoo bang delayed ang s2", "Star News"),
                              ("ya esta la temporada 2?", "No se ha anunciado fecha de estreno"),
                              # ask87: a doubt of someone in the story (was "I don't know", or season 2's untold story),
                              # a friend's word about the cast (was what the actor said in 2022), pings about a topic
                              ("is namra lying about being a halfbie", "halfbie"),
                              ("is onjo's dad lying when he says he'll come back", "On-jo's dad is Nam So-ju"),
                              ("my friend says yoon chan-young is in s2, true?", "is in the season 2 cast"),
                              ("s2 plot news?", "Season 2 takes place in Seoul"),
                              ("any news on the s2 director?", "Lee Jae-kyoo and Kim Nam-su"),
                              ("is the rest of the cast back", "Season 1's survivors not in the season 2 cast")])
def test_loose_wordings_are_asked_as_meant(engine: AnswerEngine, question: str, expected: str) -> None:
    assert expected in _clear(engine, question), _clear(engine, question)


@table("question", ["who plays the injured kid the archers carry"])
def test_who_plays_someone_described_by_a_deed_is_never_answered_with_the_deed(engine: AnswerEngine, question: str) -> None:
    assert "dies" not in render_text(engine.answer(question), Position.legacy(12))[0]


@table("question", ["who got carried", "the boy who got carried, whats his name"])
def test_the_boy_who_got_carried_is_never_the_one_a_shop_is_named_after(engine: AnswerEngine, question: str) -> None:
    text = _clear(engine, question)
    assert "Joon-seong" in text and "Cheong-san" not in text, text
