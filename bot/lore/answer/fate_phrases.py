"""What happens to season 1's leads, and who survives it, in each asker's language: the content pack's texts (each
character's fate, the turns of their story, the survivors' facts), translated from their EXACT English words as the
episodes' summaries are (recap_phrases). A text a moderator edits, or one not yet translated, is said in English, as
true as before, until its translation is written again. Names stay as the fact sheet spells them (romanized); in
Hangul for Korean askers, as the show writes them.
"""

from __future__ import annotations

#: English pack text -> its words in each asker's language.
TOLD: dict[str, dict[str, str]] = {
    # who survives (facts surviving-students, not-everyone-dies)
    "Six Hyosan High students reach the quarantine camp - On-jo, Su-hyeok, Dae-su, Ha-ri, Mi-jin and Hyo-ryeong - while Nam-ra survives outside it as a halfbie.": {
        "ko": "효산고 학생 여섯 명, 온조, 수혁, 대수, 하리, 미진, 효령이 격리 캠프에 도착하고, 남라는 반좀비로 캠프 밖에서 살아남아요.",
        "ja": "Hyosan 高校の生徒6人（On-jo、Su-hyeok、Dae-su、Ha-ri、Mi-jin、Hyo-ryeong）が隔離キャンプにたどり着き、Nam-ra は半ゾンビ（halfbie）としてキャンプの外で生き延びる。",
        "zh": "Hyosan 高中的六名学生（On-jo、Su-hyeok、Dae-su、Ha-ri、Mi-jin 和 Hyo-ryeong）到达了隔离营，而 Nam-ra 作为半丧尸（halfbie）在营地外活了下来。",
        "es": "Seis alumnos del instituto Hyosan llegan al campo de cuarentena (On-jo, Su-hyeok, Dae-su, Ha-ri, Mi-jin y Hyo-ryeong), mientras que Nam-ra sobrevive fuera como medio zombi (halfbie).",
        "pt": "Seis alunos da escola Hyosan chegam ao campo de quarentena (On-jo, Su-hyeok, Dae-su, Ha-ri, Mi-jin e Hyo-ryeong), enquanto Nam-ra sobrevive do lado de fora como meio zumbi (halfbie).",
        "id": "Enam murid SMA Hyosan sampai di kamp karantina (On-jo, Su-hyeok, Dae-su, Ha-ri, Mi-jin, dan Hyo-ryeong), sementara Nam-ra bertahan hidup di luar kamp sebagai setengah zombie (halfbie).",
        "fr": "Six élèves du lycée Hyosan atteignent le camp de quarantaine (On-jo, Su-hyeok, Dae-su, Ha-ri, Mi-jin et Hyo-ryeong), tandis que Nam-ra survit à l'extérieur en tant que mi-zombie (halfbie).",
        "de": "Sechs Schüler der Hyosan High erreichen das Quarantänelager (On-jo, Su-hyeok, Dae-su, Ha-ri, Mi-jin und Hyo-ryeong), während Nam-ra als Halbzombie (Halfbie) draußen überlebt.",
        "tl": "Anim na estudyante ng Hyosan High ang nakarating sa quarantine camp (sina On-jo, Su-hyeok, Dae-su, Ha-ri, Mi-jin at Hyo-ryeong), habang buhay pa si Nam-ra sa labas nito bilang halfbie (kalahating zombie).",
    },
    "Not everyone dies in Season 1; six Hyosan High students survive and reach the quarantine camp, and Nam-ra lives on as a halfbie.": {
        "ko": "시즌 1에서 모두가 죽는 건 아니에요. 효산고 학생 여섯 명이 살아남아 격리 캠프에 도착하고, 남라는 반좀비로 살아가요.",
        "ja": "シーズン1で全員が死ぬわけではない。Hyosan 高校の生徒6人が生き延びて隔離キャンプにたどり着き、Nam-ra は半ゾンビ（halfbie）として生き続ける。",
        "zh": "第一季里并不是所有人都死了：Hyosan 高中的六名学生活了下来，到达隔离营，Nam-ra 则以半丧尸（halfbie）的身份活着。",
        "es": "No todos mueren en la temporada 1: seis alumnos del instituto Hyosan sobreviven y llegan al campo de cuarentena, y Nam-ra sigue viva como medio zombi (halfbie).",
        "pt": "Nem todos morrem na temporada 1: seis alunos da escola Hyosan sobrevivem e chegam ao campo de quarentena, e Nam-ra continua viva como meio zumbi (halfbie).",
        "id": "Tidak semua tewas di season 1: enam murid SMA Hyosan selamat dan sampai di kamp karantina, dan Nam-ra tetap hidup sebagai setengah zombie (halfbie).",
        "fr": "Tout le monde ne meurt pas dans la saison 1 : six élèves du lycée Hyosan survivent et atteignent le camp de quarantaine, et Nam-ra vit toujours en tant que mi-zombie (halfbie).",
        "de": "In Staffel 1 sterben nicht alle: Sechs Schüler der Hyosan High überleben und erreichen das Quarantänelager, und Nam-ra lebt als Halbzombie (Halfbie) weiter.",
        "tl": "Hindi lahat namatay sa season 1: anim na estudyante ng Hyosan High ang nakaligtas at nakarating sa quarantine camp, at buhay pa si Nam-ra bilang halfbie (kalahating zombie).",
    },
    # the time skip: "el epílogo es 4 meses después verdad?" answered yes or no in Spanish (no Korean: "결말" is answered
    # with "four months" beside the Hangul, as Korean askers are)
    "The final scenes jump ahead to four months after the outbreak.": {
        "ja": "最後の場面は、感染発生から4か月後へと飛ぶ。",
        "zh": "最后几场戏跳到了疫情爆发四个月之后。",
        "es": "Las escenas finales saltan a cuatro meses después del brote.",
        "pt": "As cenas finais saltam para quatro meses depois do surto.",
        "id": "Adegan-adegan terakhir melompat ke empat bulan setelah wabah.",
        "fr": "Les dernières scènes font un saut de quatre mois après l'épidémie.",
        "de": "Die letzten Szenen springen vier Monate nach dem Ausbruch.",
        "tl": "Tumalon ang mga huling eksena sa apat na buwan matapos ang outbreak.",
    },
    # On-jo
    "She makes it out of Hyosan alive and reaches the quarantine camp. Four months later she notices a fire on the ruined school roof and, with her friends, finds Nam-ra there.": {
        "ko": "효산에서 살아서 빠져나와 격리 캠프에 도착해요. 넉 달 뒤 폐허가 된 학교 옥상에서 불빛을 발견하고, 친구들과 함께 그곳에서 남라를 찾아내요.",
        "ja": "Hyosan から生きて脱出し、隔離キャンプにたどり着く。4か月後、廃墟となった学校の屋上に火を見つけ、友人たちとそこで Nam-ra を見つける。",
        "zh": "她活着逃出 Hyosan，到达隔离营。四个月后，她发现废墟中的学校楼顶上有火光，和朋友们一起在那里找到了 Nam-ra。",
        "es": "Sale con vida de Hyosan y llega al campo de cuarentena. Cuatro meses después ve un fuego en la azotea de la escuela en ruinas y, con sus amigos, encuentra allí a Nam-ra.",
        "pt": "Ela sai viva de Hyosan e chega ao campo de quarentena. Quatro meses depois, nota uma fogueira no terraço da escola em ruínas e, com os amigos, encontra Nam-ra lá.",
        "id": "Ia keluar dari Hyosan hidup-hidup dan sampai di kamp karantina. Empat bulan kemudian ia melihat api di atap sekolah yang hancur dan, bersama teman-temannya, menemukan Nam-ra di sana.",
        "fr": "Elle sort vivante de Hyosan et atteint le camp de quarantaine. Quatre mois plus tard, elle remarque un feu sur le toit du lycée en ruine et, avec ses amis, y retrouve Nam-ra.",
        "de": "Sie kommt lebend aus Hyosan heraus und erreicht das Quarantänelager. Vier Monate später bemerkt sie ein Feuer auf dem Dach der zerstörten Schule und findet dort mit ihren Freunden Nam-ra.",
    },
    # Cheong-san
    "Gwi-nam bites him at a construction site; he says goodbye to On-jo with a kiss and draws the horde away, and is last seen fighting Gwi-nam amid fire as the city is bombed. He is presumed dead, though recaps disagree on whether his body is ever shown.": {
        "ko": "공사장에서 귀남에게 물리고, 온조에게 입맞춤으로 작별을 고한 뒤 좀비 떼를 멀리 유인해요. 도시가 폭격당하는 가운데 불길 속에서 귀남과 싸우는 모습이 마지막이에요. 사망한 것으로 추정되지만, 시신이 나왔는지는 리뷰마다 말이 달라요.",
        "ja": "工事現場で Gwi-nam に噛まれる。キスで On-jo に別れを告げ、ゾンビの群れを引きつけていく。最後に姿が見えるのは、街が爆撃されるなか炎の中で Gwi-nam と戦う場面。死亡したと推定されるが、遺体が映ったかどうかはレビューによって意見が分かれる。",
        "zh": "他在建筑工地被 Gwi-nam 咬伤，以一个吻向 On-jo 告别，并把丧尸群引开；最后一次出现时，他在城市遭轰炸的火海中与 Gwi-nam 搏斗。他被推定已死亡，但各篇剧评对他的尸体是否出现过说法不一。",
        "es": "Gwi-nam lo muerde en una obra; se despide de On-jo con un beso y aleja a la horda, y se le ve por última vez luchando contra Gwi-nam entre las llamas mientras bombardean la ciudad. Se le da por muerto, aunque los resúmenes no coinciden en si llega a verse su cuerpo.",
        "pt": "Ele é mordido por Gwi-nam num canteiro de obras; despede-se de On-jo com um beijo e atrai a horda para longe, e é visto pela última vez lutando contra Gwi-nam em meio ao fogo enquanto a cidade é bombardeada. Presume-se que esteja morto, embora os resumos discordem sobre se o corpo dele chega a aparecer.",
        "id": "Ia digigit Gwi-nam di sebuah lokasi konstruksi; ia berpamitan pada On-jo dengan sebuah ciuman lalu memancing gerombolan zombie menjauh, dan terakhir terlihat bertarung dengan Gwi-nam di tengah api saat kota dibom. Ia diduga tewas, meski rangkuman-rangkuman tidak sepakat apakah jasadnya pernah diperlihatkan.",
        "fr": "Gwi-nam le mord sur un chantier ; il dit adieu à On-jo d'un baiser et attire la horde au loin, et on le voit pour la dernière fois se battre contre Gwi-nam au milieu des flammes pendant que la ville est bombardée. Il est présumé mort, même si les résumés divergent sur la question de savoir si l'on voit son corps.",
        "de": "Er wird auf einer Baustelle von Gwi-nam gebissen; er verabschiedet sich mit einem Kuss von On-jo, lockt die Horde fort und ist zuletzt zu sehen, wie er inmitten der Flammen gegen Gwi-nam kämpft, während die Stadt bombardiert wird. Er wird für tot gehalten, auch wenn die Zusammenfassungen uneins sind, ob seine Leiche je gezeigt wird.",
    },
    # Su-hyeok
    "He survives Hyosan and is among the students at the quarantine camp.": {
        "ko": "효산에서 살아남아 격리 캠프에 도착한 학생들 중 한 명이에요.",
        "ja": "Hyosan を生き延び、隔離キャンプにたどり着いた生徒の一人となる。",
        "zh": "他在 Hyosan 活了下来，是到达隔离营的学生之一。",
        "es": "Sobrevive a Hyosan y es uno de los alumnos que llegan al campo de cuarentena.",
        "pt": "Ele sobrevive a Hyosan e está entre os alunos no campo de quarentena.",
        "id": "Ia selamat dari Hyosan dan termasuk murid-murid yang sampai di kamp karantina.",
        "fr": "Il survit à Hyosan et fait partie des élèves qui arrivent au camp de quarantaine.",
        "de": "Er überlebt Hyosan und ist unter den Schülern im Quarantänelager.",
    },
    # Nam-ra
    "She is bitten by Gwi-nam while protecting Su-hyeok.": {
        "ko": "수혁을 지키다 귀남에게 물려요.",
        "ja": "Su-hyeok を守ろうとして Gwi-nam に噛まれる。",
        "zh": "她为保护 Su-hyeok 被 Gwi-nam 咬伤。",
        "es": "Gwi-nam la muerde mientras protege a Su-hyeok.",
        "pt": "Ela é mordida por Gwi-nam enquanto protege Su-hyeok.",
        "id": "Ia digigit Gwi-nam saat melindungi Su-hyeok.",
        "fr": "Elle est mordue par Gwi-nam en protégeant Su-hyeok.",
        "de": "Sie wird von Gwi-nam gebissen, während sie Su-hyeok beschützt.",
    },
    "Gwi-nam bites her while she shields Su-hyeok, and she becomes a halfbie who keeps her mind but fights the hunger. After almost biting On-jo she leaves the group; four months later her friends find her on the school roof, where she tells them there are others like her before going her own way.": {
        "ko": "수혁을 감싸다 귀남에게 물리고, 정신은 그대로지만 굶주림과 싸우는 반좀비가 돼요. 온조를 물 뻔한 뒤 무리를 떠나고, 넉 달 뒤 친구들이 학교 옥상에서 남라를 찾아내요. 남라는 자기 같은 존재가 더 있다고 말한 뒤 자기 길을 떠나요.",
        "ja": "Su-hyeok をかばって Gwi-nam に噛まれ、理性を保ちながらも飢えと闘う半ゾンビ（halfbie）になる。On-jo を噛みそうになった後、仲間のもとを去る。4か月後、友人たちが学校の屋上で彼女を見つけ、彼女は自分のような者がほかにもいると告げてから自分の道を行く。",
        "zh": "她为掩护 Su-hyeok 被 Gwi-nam 咬伤，变成了保有理智、却要与饥饿抗争的半丧尸（halfbie）。她差点咬了 On-jo 之后离开了大家；四个月后，朋友们在学校楼顶找到她，她告诉他们还有和她一样的人，然后独自离去。",
        "es": "Gwi-nam la muerde mientras protege a Su-hyeok, y se convierte en una medio zombi (halfbie) que conserva la razón pero lucha contra el hambre. Tras estar a punto de morder a On-jo deja el grupo; cuatro meses después sus amigos la encuentran en la azotea de la escuela, donde les dice que hay otros como ella antes de seguir su propio camino.",
        "pt": "Ela é mordida por Gwi-nam enquanto protege Su-hyeok e se torna uma meio zumbi (halfbie) que mantém a consciência mas luta contra a fome. Depois de quase morder On-jo, ela deixa o grupo; quatro meses depois, os amigos a encontram no terraço da escola, onde ela conta que há outros como ela antes de seguir seu próprio caminho.",
        "id": "Ia digigit Gwi-nam saat melindungi Su-hyeok dan menjadi setengah zombie (halfbie) yang tetap waras tapi melawan rasa laparnya. Setelah hampir menggigit On-jo ia meninggalkan kelompok; empat bulan kemudian teman-temannya menemukannya di atap sekolah; di sana ia memberi tahu mereka bahwa ada yang lain seperti dirinya, lalu pergi menempuh jalannya sendiri.",
        "fr": "Elle est mordue par Gwi-nam en protégeant Su-hyeok et devient une mi-zombie (halfbie) qui reste lucide mais lutte contre la faim. Après avoir failli mordre On-jo, elle quitte le groupe ; quatre mois plus tard, ses amis la retrouvent sur le toit du lycée, où elle leur dit qu'il y en a d'autres comme elle avant de suivre son propre chemin.",
        "de": "Sie wird von Gwi-nam gebissen, als sie Su-hyeok schützt, und wird zu einem Halbzombie (Halfbie), der bei Verstand bleibt, aber gegen den Hunger ankämpft. Nachdem sie On-jo beinahe gebissen hätte, verlässt sie die Gruppe; vier Monate später finden ihre Freunde sie auf dem Schuldach, wo sie ihnen sagt, dass es andere wie sie gibt, bevor sie ihren eigenen Weg geht.",
    },
    "She holds back her hunger and shares a kiss with Su-hyeok.": {
        "ko": "굶주림을 참아 내고 수혁과 입을 맞춰요.",
        "ja": "飢えをこらえ、Su-hyeok とキスを交わす。",
        "zh": "她忍住饥饿，与 Su-hyeok 接吻。",
        "es": "Contiene el hambre y se besa con Su-hyeok.",
        "pt": "Ela resiste à fome e troca um beijo com Su-hyeok.",
        "id": "Ia menahan rasa laparnya dan berciuman dengan Su-hyeok.",
        "fr": "Elle retient sa faim et échange un baiser avec Su-hyeok.",
        "de": "Sie beherrscht ihren Hunger, und Su-hyeok und sie küssen sich.",
    },
    "On the roof she throws Gwi-nam off the building.": {
        "ko": "옥상에서 귀남을 건물 아래로 내던져요.",
        "ja": "屋上で Gwi-nam を建物から投げ落とす。",
        "zh": "在楼顶，她把 Gwi-nam 扔下了大楼。",
        "es": "En la azotea arroja a Gwi-nam desde el edificio.",
        "pt": "No terraço, ela joga Gwi-nam do alto do prédio.",
        "id": "Di atap ia melempar Gwi-nam dari gedung.",
        "fr": "Sur le toit, elle jette Gwi-nam dans le vide.",
        "de": "Auf dem Dach wirft sie Gwi-nam vom Gebäude.",
    },
    # Jin-su (fact first-infected)
    "The first person to be given the virus is Byeong-chan's son, Jin-su.": {
        "ko": "바이러스를 처음 투여받은 사람은 병찬(Byeong-chan)의 아들 진수(Jin-su)예요.",
        "ja": "ウイルスを最初に投与されたのは、Byeong-chan の息子の Jin-su。",
        "zh": "第一个被注射病毒的人是 Byeong-chan 的儿子 Jin-su。",
        "es": "La primera persona a la que se le dio el virus es el hijo de Byeong-chan, Jin-su.",
        "pt": "A primeira pessoa a receber o vírus é o filho de Byeong-chan, Jin-su.",
        "id": "Orang pertama yang diberi virus itu adalah putra Byeong-chan, Jin-su.",
        "fr": "La première personne à recevoir le virus est le fils de Byeong-chan, Jin-su.",
        "de": "Der Erste, dem das Virus gegeben wird, ist Byeong-chans Sohn Jin-su.",
    },
    # Gwi-nam
    "After Cheong-san stabs his eye and leaves him among zombies he returns as the first student halfbie.": {
        "ko": "청산이 눈을 찌르고 좀비들 사이에 남겨 두자, 귀남은 학생 중 첫 반좀비가 되어 돌아와요.",
        "ja": "Cheong-san に目を刺されゾンビの中に置き去りにされた後、Gwi-nam は生徒で最初の半ゾンビ（halfbie）となって戻ってくる。",
        "zh": "Cheong-san 刺伤他的眼睛、把他丢在丧尸群中之后，Gwi-nam 变成学生中的第一个半丧尸（halfbie）回来了。",
        "es": "Después de que Cheong-san lo apuñala en el ojo y lo deja entre los zombis, Gwi-nam vuelve como el primer alumno medio zombi (halfbie).",
        "pt": "Depois que Cheong-san fura o olho dele e o deixa entre os zumbis, Gwi-nam volta como o primeiro aluno meio zumbi (halfbie).",
        "id": "Setelah Cheong-san menusuk matanya dan meninggalkannya di antara para zombie, Gwi-nam kembali sebagai murid pertama yang menjadi setengah zombie (halfbie).",
        "tl": "Matapos siyang saksakin ni Cheong-san sa mata at iwan sa gitna ng mga zombie, bumalik si Gwi-nam bilang unang estudyanteng halfbie (kalahating zombie).",
        "fr": "Après que Cheong-san lui a crevé l'œil et l'a laissé parmi les zombies, Gwi-nam revient en tant que premier élève mi-zombie (halfbie).",
        "de": "Nachdem Cheong-san ihm ins Auge gestochen und ihn unter den Zombies zurückgelassen hat, kehrt Gwi-nam als erster Schüler-Halbzombie (Halfbie) zurück.",
    },
    "He goes down with Cheong-san in the fire at the construction site while Hyosan is bombed. Most recaps treat this as his death (a fan theory says he lived).": {
        "ko": "효산이 폭격당하는 동안 공사장 불길 속에서 청산과 함께 쓰러져요. 대부분의 리뷰는 이 장면을 귀남의 죽음으로 봐요(팬들 사이에는 살아남았다는 설도 있어요).",
        "ja": "Hyosan が爆撃されるなか、工事現場の炎の中で Cheong-san とともに倒れる。大半のレビューはこれを彼の死とみなしている（生きていたというファンの説もある）。",
        "zh": "在 Hyosan 遭轰炸时，他与 Cheong-san 一同倒在建筑工地的火海中。多数剧评视之为他的死亡（有粉丝理论认为他活了下来）。",
        "es": "Cae junto a Cheong-san en el incendio de la obra mientras bombardean Hyosan. La mayoría de los resúmenes lo toman como su muerte (una teoría de fans dice que sobrevivió).",
        "pt": "Ele cai junto com Cheong-san no incêndio do canteiro de obras enquanto Hyosan é bombardeada. A maioria dos resumos trata isso como a morte dele (uma teoria de fãs diz que ele sobreviveu).",
        "id": "Ia tumbang bersama Cheong-san dalam kobaran api di lokasi konstruksi saat Hyosan dibom. Kebanyakan rangkuman menganggap ini kematiannya (ada teori penggemar yang bilang ia selamat).",
        "fr": "Il disparaît avec Cheong-san dans l'incendie du chantier pendant que Hyosan est bombardée. La plupart des résumés y voient sa mort (une théorie de fans dit qu'il a survécu).",
        "de": "Er geht mit Cheong-san im Feuer auf der Baustelle unter, während Hyosan bombardiert wird. Die meisten Zusammenfassungen werten das als seinen Tod (eine Fantheorie sagt, er habe überlebt).",
    },
    # the other survivors and those who die near the end
    "She survives and reaches the quarantine camp, though her brother does not.": {
        "ko": "살아남아 격리 캠프에 도착하지만, 남동생은 그러지 못해요.",
        "ja": "生き延びて隔離キャンプにたどり着くが、弟はたどり着けない。",
        "zh": "她活了下来，到达隔离营，但她的弟弟没有。",
        "es": "Sobrevive y llega al campo de cuarentena, aunque su hermano no.",
        "pt": "Ela sobrevive e chega ao campo de quarentena, mas o irmão dela não.",
        "id": "Ia selamat dan sampai di kamp karantina, tetapi adiknya tidak.",
        "fr": "Elle survit et atteint le camp de quarantaine, mais pas son frère.",
        "de": "Sie überlebt und erreicht das Quarantänelager, ihr Bruder nicht.",
    },
    "He survives and reaches the quarantine camp.": {
        "ko": "살아남아 격리 캠프에 도착해요.",
        "ja": "生き延びて隔離キャンプにたどり着く。",
        "zh": "他活了下来，到达隔离营。",
        "es": "Sobrevive y llega al campo de cuarentena.",
        "pt": "Ele sobrevive e chega ao campo de quarentena.",
        "id": "Ia selamat dan sampai di kamp karantina.",
        "fr": "Il survit et atteint le camp de quarantaine.",
        "de": "Er überlebt und erreicht das Quarantänelager.",
    },
    "She survives and reaches the quarantine camp.": {
        "ko": "살아남아 격리 캠프에 도착해요.",
        "ja": "生き延びて隔離キャンプにたどり着く。",
        "zh": "她活了下来，到达隔离营。",
        "es": "Sobrevive y llega al campo de cuarentena.",
        "pt": "Ela sobrevive e chega ao campo de quarentena.",
        "id": "Ia selamat dan sampai di kamp karantina.",
        "fr": "Elle survit et atteint le camp de quarantaine.",
        "de": "Sie überlebt und erreicht das Quarantänelager.",
    },
    "She survives; in the epilogue she is pushing for survivors to be given college admission.": {
        "ko": "살아남고, 에필로그에서는 생존자들의 대학 입학을 위해 목소리를 내요.",
        "ja": "生き延び、エピローグでは生存者に大学入学の道を与えるよう訴えている。",
        "zh": "她活了下来；尾声中，她在为幸存者争取大学入学资格。",
        "es": "Sobrevive; en el epílogo lucha por que los supervivientes puedan entrar en la universidad.",
        "pt": "Ela sobrevive; no epílogo, luta para que os sobreviventes possam entrar na faculdade.",
        "id": "Ia selamat; di epilog ia memperjuangkan agar para penyintas bisa diterima di perguruan tinggi.",
        "fr": "Elle survit ; dans l'épilogue, elle se bat pour que les survivants puissent entrer à l'université.",
        "de": "Sie überlebt; im Epilog setzt sie sich dafür ein, dass Überlebende einen Studienplatz bekommen.",
    },
    "He is bitten while protecting Ha-ri in Yangdong, and Nam-ra kills him.": {
        "ko": "양동에서 하리를 지키다 물리고, 남라가 우진의 목숨을 끊어요.",
        "ja": "Yangdong で Ha-ri を守ろうとして噛まれ、Nam-ra が彼の命を絶つ。",
        "zh": "他在 Yangdong 为保护 Ha-ri 被咬，Nam-ra 杀死了他。",
        "es": "Lo muerden mientras protege a Ha-ri en Yangdong, y Nam-ra lo mata.",
        "pt": "Ele é mordido enquanto protege Ha-ri em Yangdong, e Nam-ra o mata.",
        "id": "Ia digigit saat melindungi Ha-ri di Yangdong, dan Nam-ra membunuhnya.",
        "fr": "Il est mordu en protégeant Ha-ri à Yangdong, et Nam-ra le tue.",
        "de": "Er wird gebissen, als er Ha-ri in Yangdong beschützt, und Nam-ra tötet ihn.",
    },
    "He reaches the gym and gets the students out, but is bitten and stays behind with flares to draw the zombies away so they can escape.": {
        "ko": "체육관에 도착해 학생들을 빼내지만, 물린 뒤 조명탄을 들고 남아 좀비들을 유인해 아이들이 탈출할 수 있게 해요.",
        "ja": "体育館にたどり着いて生徒たちを連れ出すが、噛まれてしまい、発炎筒を手に残ってゾンビを引きつけ、皆を逃がす。",
        "zh": "他赶到体育馆，把学生们带了出来，却被咬伤，于是拿着信号弹留下来引开丧尸，让他们得以逃脱。",
        "es": "Llega al gimnasio y saca a los alumnos, pero lo muerden y se queda atrás con bengalas para alejar a los zombis y que los alumnos puedan escapar.",
        "pt": "Ele chega ao ginásio e tira os alunos de lá, mas é mordido e fica para trás com sinalizadores para atrair os zumbis para longe e deixar os alunos escaparem.",
        "id": "Ia tiba di gedung olahraga dan mengeluarkan para murid, tetapi digigit lalu tetap tinggal dengan suar untuk memancing para zombie menjauh agar para murid bisa kabur.",
        "fr": "Il atteint le gymnase et fait sortir les élèves, mais il est mordu et reste en arrière avec des fusées éclairantes pour attirer les zombies au loin et permettre aux élèves de s'enfuir.",
        "de": "Er erreicht die Turnhalle und holt die Schüler heraus, wird aber gebissen und bleibt mit Leuchtfackeln zurück, um die Zombies wegzulocken, damit die Schüler fliehen können.",
    },
    # the teachers (groups.py's first and last of them); no Korean: Korean rows read their romanized names
    "She gives herself up to the zombies so that Na-yeon can get away.": {
        "ja": "Na-yeon を逃がすため、自らゾンビの群れに身を差し出す。",
        "zh": "为了让 Na-yeon 逃走，她把自己交给了丧尸。",
        "es": "Se entrega a los zombis para que Na-yeon pueda escapar.",
        "pt": "Ela se entrega aos zumbis para que Na-yeon consiga fugir.",
        "id": "Ia menyerahkan dirinya kepada para zombie agar Na-yeon bisa kabur.",
        "fr": "Elle se livre aux zombies pour que Na-yeon puisse s'enfuir.",
        "de": "Sie liefert sich den Zombies aus, damit Na-yeon entkommen kann.",
    },
    "He is bitten by zombies at the police station and dies.": {
        "ja": "警察署でゾンビに噛まれて死亡する。",
        "zh": "他在警察局被丧尸咬伤后死去。",
        "es": "Los zombis lo muerden en la comisaría y muere.",
        "pt": "Ele é mordido por zumbis na delegacia e morre.",
        "id": "Ia digigit zombie di kantor polisi dan meninggal.",
        "fr": "Il se fait mordre par des zombies au commissariat et meurt.",
        "de": "Er wird auf der Polizeiwache von Zombies gebissen und stirbt.",
    },
    # the ending (fact ending-campfire): where Nam-ra is found again
    "In the ending On-jo, who slips out of the quarantine camp at night to leave gifts at a memorial, spots a campfire on the roof of the ruined school and goes back there because of it; her friends follow, and they find Nam-ra there, who tells them she is not the only one like her.": {
        "ko": "결말에서 밤마다 격리 캠프를 몰래 빠져나와 추모 장소에 선물을 두고 오던 온조가 폐허가 된 학교 옥상의 모닥불을 보고 그곳으로 돌아가요. 친구들도 따라가고, 거기서 남라를 찾는데, 남라는 자기 같은 사람이 또 있다고 말해요.",
        "es": "En el final, On-jo, que se escapa de noche del campo de cuarentena para dejar regalos en un memorial, ve una fogata en la azotea de la escuela en ruinas y vuelve allí por ella; sus amigos la siguen y encuentran allí a Nam-ra, que les dice que no es la única como ella.",
        "pt": "No final, On-jo, que sai escondida do campo de quarentena à noite para deixar presentes num memorial, vê uma fogueira no terraço da escola em ruínas e volta lá por causa dela; os amigos vão atrás e encontram Nam-ra lá, que diz que não é a única como ela.",
        "id": "Di akhir cerita, On-jo, yang diam-diam keluar dari kamp karantina tiap malam untuk menaruh hadiah di sebuah memorial, melihat api unggun di atap sekolah yang hancur dan kembali ke sana karenanya; teman-temannya menyusul, dan mereka menemukan Nam-ra di sana, yang bilang bahwa dia bukan satu-satunya yang seperti dirinya.",
        "tl": "Sa ending, si On-jo, na palihim na lumalabas ng quarantine camp gabi-gabi para mag-iwan ng regalo sa isang memorial, ay nakakita ng siga sa bubong ng sirang paaralan at bumalik doon dahil dito; sumunod ang mga kaibigan niya, at doon nila nakita si Nam-ra, na nagsabing hindi lang siya ang katulad niya.",
    },
}

#: The note after a name when a fate's text does not say its end itself ("Nam So-ju (dies): ...").
ENDS: dict[str, dict[str, str]] = {
    "dead": {"ko": "(사망)", "ja": "（死亡）", "zh": "（死亡）", "es": "(muere)", "pt": "(morre)", "id": "(meninggal)",
             "fr": "(meurt)", "de": "(stirbt)"},
    "zombie": {"ko": "(좀비가 됨)", "ja": "（ゾンビになる）", "zh": "（变成丧尸）", "es": "(se convierte en zombi)",
               "pt": "(vira zumbi)", "id": "(berubah jadi zombie)", "fr": "(devient un zombie)", "de": "(wird zum Zombie)"},
    "halfbie": {"ko": "(반좀비가 됨)", "ja": "（半ゾンビになる）", "zh": "（变成半丧尸）", "es": "(se vuelve medio zombi)",
                "pt": "(vira meio zumbi)", "id": "(menjadi setengah zombie)", "fr": "(devient mi-zombie)",
                "de": "(wird zum Halbzombie)"},
}

#: "which ep does su-hyeok come back" of one who never leaves the others (events.py), before their fate's TOLD text
NEVER_GONE: dict[str, str] = {
    "ko": "{name}: 출처에는 일행을 떠나거나 실종되는 장면이 없어서, 돌아오는 장면도 없어요.",
    "ja": "{name}が仲間から離れたり行方不明になったりする場面は情報源にないので、戻ってくる場面もありません。",
    "zh": "我的资料里没有{name}离开大家或失踪的情节，所以也没有回来的情节。",
    "es": "Mis fuentes no cuentan ningún momento en que {name} deje a los demás o desaparezca, así que tampoco una vuelta.",
    "pt": "Minhas fontes não contam nenhum momento em que {name} deixe os outros ou desapareça, então também nenhuma volta.",
    "id": "Sumberku tidak menceritakan {name} pernah meninggalkan yang lain atau menghilang, jadi tidak ada juga saat dia kembali.",
    "tl": "Walang sinasabi ang mga source ko na umalis si {name} sa grupo o nawala, kaya wala ring pagbabalik.",
    "fr": "Mes sources ne racontent aucun moment où {name} quitte les autres ou disparaît, donc aucun retour non plus.",
    "de": "Meine Quellen erzählen von keinem Moment, in dem {name} die anderen verlässt oder verschwindet, also auch von keiner Rückkehr.",
}
