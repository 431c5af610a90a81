"""Who each character is, in each asker's language: the content pack's one-line summaries
(bot/content/characters.yaml), translated from their EXACT English words as recap_phrases.py does for the episodes.
A summary a moderator edits is said in English, as true as before, until its translation is written again. A
translation says no more than the English (no fate, no bite, no episode): it is shown wherever the English is. Names
stay as the fact sheet spells them (romanized); in Hangul for Korean askers, as the show writes them.
"""

from __future__ import annotations

_STUDENT = {"ko": "효산고 학생이에요.", "ja": "Hyosan 高校の生徒です。", "zh": "Hyosan 高中的学生。",
            "es": "Estudiante del instituto Hyosan.", "pt": "Estudante da escola Hyosan.", "id": "Murid SMA Hyosan.",
            "fr": "Élève du lycée Hyosan."}

#: English summary -> its words in each asker's language.
PROFILES: dict[str, dict[str, str]] = {
    "A student in class 2-5 at Hyosan High and the closest thing the story has to a lead. She lives next door to her childhood friend Cheong-san, and her father is a rescue worker.": {
        "ko": "효산고 2학년 5반 학생으로, 사실상 이 이야기의 주인공이에요. 소꿉친구 청산의 옆집에 살고, 아버지는 구조대원이에요.",
        "ja": "Hyosan 高校2年5組の生徒で、実質的な主人公です。幼なじみの Cheong-san の隣の家に住んでいて、父親は救助隊員です。",
        "zh": "Hyosan 高中二年5班的学生，可以说是这个故事的主角。她住在青梅竹马 Cheong-san 家隔壁，父亲是一名救援队员。",
        "es": "Estudiante de la clase 2-5 del instituto Hyosan y lo más parecido a una protagonista que tiene la historia. Vive al lado de su amigo de la infancia, Cheong-san, y su padre trabaja en un equipo de rescate.",
        "pt": "Aluna da turma 2-5 da escola Hyosan e o mais perto que a história tem de uma protagonista. Mora ao lado do amigo de infância, Cheong-san, e o pai dela é socorrista.",
        "id": "Murid kelas 2-5 di SMA Hyosan dan yang paling mendekati tokoh utama cerita ini. Ia tinggal di sebelah rumah sahabat masa kecilnya, Cheong-san, dan ayahnya petugas penyelamat.",
        "fr": "Élève de la classe 2-5 du lycée Hyosan et ce que l'histoire a de plus proche d'une héroïne. Elle habite à côté de son ami d'enfance, Cheong-san, et son père est sauveteur.",
    },
    "On-jo's childhood friend and next-door neighbour, quietly in love with her. His mother runs a fried-chicken shop that carries his name.": {
        "ko": "온조의 소꿉친구이자 옆집 이웃으로, 남몰래 온조를 좋아해요. 어머니는 청산의 이름을 딴 치킨집을 운영해요.",
        "ja": "On-jo の幼なじみで隣の家に住んでいて、ひそかに彼女に想いを寄せています。母親は彼の名前をつけたフライドチキン店を営んでいます。",
        "zh": "On-jo 的青梅竹马兼隔壁邻居，默默喜欢着她。他的母亲经营一家以他的名字命名的炸鸡店。",
        "es": "Amigo de la infancia y vecino de al lado de On-jo, enamorado de ella en silencio. Su madre tiene una tienda de pollo frito con el nombre de él.",
        "pt": "Amigo de infância e vizinho de porta de On-jo, apaixonado por ela em segredo. A mãe dele tem uma loja de frango frito que leva o nome dele.",
        "id": "Sahabat masa kecil sekaligus tetangga sebelah rumah On-jo yang diam-diam mencintainya. Ibunya punya kedai ayam goreng yang memakai namanya.",
        "fr": "L'ami d'enfance et voisin d'On-jo, secrètement amoureux d'elle. Sa mère tient un restaurant de poulet frit qui porte son nom.",
    },
    "The reserved class president of 2-5.": {
        "ko": "2학년 5반의 과묵한 반장이에요.", "ja": "2年5組の物静かな学級委員長です。", "zh": "二年5班沉默寡言的班长。",
        "es": "La reservada delegada de la clase 2-5.", "pt": "A reservada representante da turma 2-5.",
        "id": "Ketua kelas 2-5 yang pendiam.",
        "fr": "Déléguée de la classe 2-5, d'un naturel réservé.",
    },
    "A former tough kid with a reputation for fighting; On-jo has a crush on him.": {
        "ko": "싸움 잘하기로 소문났던 전직 일진이에요. 온조가 짝사랑하는 상대예요.",
        "ja": "けんかの強さで知られた元不良です。On-jo が片思いしている相手です。",
        "zh": "曾经以打架出名的前不良少年；On-jo 暗恋他。",
        "es": "Un exchico problemático con fama de pelearse; On-jo está enamorada de él.",
        "pt": "Um ex-garoto briguento, famoso por sair no soco; On-jo tem uma queda por ele.",
        "id": "Mantan anak nakal yang terkenal suka berkelahi; On-jo naksir dia.",
        "fr": "Un ancien dur à cuire connu pour se battre ; On-jo a le béguin pour lui.",
    },
    "A violent bully at Hyosan High.": {
        "ko": "효산고에서 친구들을 괴롭히는 폭력적인 일진이에요.", "ja": "Hyosan 高校の暴力的ないじめっ子です。",
        "zh": "Hyosan 高中一个有暴力倾向的霸凌者。", "es": "Un acosador violento del instituto Hyosan.",
        "pt": "Um valentão violento da escola Hyosan.", "id": "Perundung yang kejam di SMA Hyosan.",
        "fr": "Un harceleur violent du lycée Hyosan.",
    },
    "A rich student who looks down on classmates from poorer families.": {
        "ko": "가난한 집 친구들을 무시하는 부잣집 학생이에요.", "ja": "貧しい家庭の同級生を見下す裕福な生徒です。",
        "zh": "家境富裕、看不起穷人家同学的学生。", "es": "Una estudiante rica que desprecia a sus compañeros de familias más pobres.",
        "pt": "Uma aluna rica que despreza os colegas de famílias mais pobres.",
        "id": "Murid kaya yang meremehkan teman sekelas dari keluarga miskin.",
        "fr": "Une élève riche qui méprise ses camarades de familles plus pauvres.",
    },
    "The class joker, who likes to lighten the mood.": {
        "ko": "분위기 띄우는 걸 좋아하는 반의 분위기 메이커예요.", "ja": "場を和ませるのが好きな、クラスのお調子者です。",
        "zh": "班上的开心果，喜欢活跃气氛。", "es": "El gracioso de la clase, al que le gusta animar el ambiente.",
        "pt": "O palhaço da turma, que gosta de descontrair o clima.", "id": "Si pelawak kelas yang suka mencairkan suasana.",
        "fr": "Le clown de la classe, qui aime détendre l'atmosphère.",
    },
    "Captain of the school archery club.": {
        "ko": "학교 양궁부 주장이에요.", "ja": "学校のアーチェリー部の主将です。", "zh": "学校射箭队的队长。",
        "es": "Capitana del club de tiro con arco del instituto.", "pt": "Capitã do clube de tiro com arco da escola.",
        "id": "Kapten klub panahan sekolah.",
        "fr": "Capitaine du club de tir à l'arc du lycée.",
    },
    "A tough student with a famously foul mouth.": {
        "ko": "입이 험하기로 유명한 센 학생이에요.", "ja": "口の悪さで有名な気の強い生徒です。", "zh": "出了名嘴巴脏的强悍学生。",
        "es": "Una estudiante dura, famosa por lo malhablada que es.", "pt": "Uma aluna durona, famosa pela boca suja.",
        "id": "Murid tangguh yang terkenal bermulut kasar.",
        "fr": "Une élève dure à cuire, célèbre pour son langage grossier.",
    },
    "A student often remembered as the girl in the pink vest.": {
        "ko": "'분홍 조끼 입은 애'로 많이 기억되는 학생이에요.", "ja": "「ピンクのベストの子」としてよく覚えられている生徒です。",
        "zh": "常被称作“穿粉色背心的女生”的学生。", "es": "Una estudiante a la que muchos recuerdan como la chica del chaleco rosa.",
        "pt": "Uma aluna que muitos lembram como a garota do colete rosa.", "id": "Murid yang sering diingat sebagai cewek berompi pink.",
        "fr": "Une élève dont beaucoup se souviennent comme la fille au gilet rose.",
    },
    "Hyosan High's science teacher, a former pharmaceutical researcher with a doctorate in cell biology.": {
        "ko": "효산고 과학 교사로, 세포생물학 박사 학위를 가진 전직 제약회사 연구원이에요.",
        "ja": "Hyosan 高校の科学教師で、細胞生物学の博士号を持つ元製薬会社の研究者です。",
        "zh": "Hyosan 高中的科学老师，拥有细胞生物学博士学位，曾是制药公司的研究员。",
        "es": "El profesor de ciencias del instituto Hyosan, antiguo investigador farmacéutico con un doctorado en biología celular.",
        "pt": "O professor de ciências da escola Hyosan, ex-pesquisador farmacêutico com doutorado em biologia celular.",
        "id": "Guru sains SMA Hyosan, mantan peneliti farmasi bergelar doktor biologi sel.",
        "fr": "Le professeur de sciences du lycée Hyosan, ancien chercheur pharmaceutique titulaire d'un doctorat en biologie cellulaire.",
    },
    "On-jo's father, a firefighter and rescue worker who abandons his post to look for her.": {
        "ko": "온조의 아버지이자 소방 구조대원으로, 딸을 찾으려고 근무지를 이탈해요.",
        "ja": "On-jo の父親で、消防の救助隊員です。娘を探すために持ち場を離れます。",
        "zh": "On-jo 的父亲，消防救援队员，为了寻找女儿擅离职守。",
        "es": "El padre de On-jo, bombero y rescatista, que abandona su puesto para buscarla.",
        "pt": "O pai de On-jo, bombeiro e socorrista, que abandona o posto para procurá-la.",
        "id": "Ayah On-jo, petugas pemadam kebakaran dan penyelamat yang meninggalkan posnya untuk mencari putrinya.",
        "fr": "Le père d'On-jo, pompier et sauveteur, qui abandonne son poste pour la chercher.",
    },
    "The detective who questions the science teacher Lee Byeong-chan.": {
        "ko": "과학 교사 이병찬을 심문하는 형사예요.", "ja": "科学教師 Lee Byeong-chan を取り調べる刑事です。",
        "zh": "审讯科学老师 Lee Byeong-chan 的刑警。", "es": "El detective que interroga al profesor de ciencias Lee Byeong-chan.",
        "pt": "O detetive que interroga o professor de ciências Lee Byeong-chan.",
        "id": "Detektif yang menginterogasi guru sains Lee Byeong-chan.",
        "fr": "L'inspecteur qui interroge le professeur de sciences Lee Byeong-chan.",
    },
    "Ha-ri's younger brother.": {
        "ko": "하리의 남동생이에요.", "ja": "Ha-ri の弟です。", "zh": "Ha-ri 的弟弟。", "es": "El hermano menor de Ha-ri.",
        "pt": "O irmão mais novo de Ha-ri.", "id": "Adik laki-laki Ha-ri.",
        "fr": "Le petit frère de Ha-ri.",
    },
    "A Hyosan High student.": _STUDENT,
    "A student at Hyosan High.": _STUDENT,
    "A cheerful classmate from a poor family and a friend of Cheong-san.": {
        "ko": "가난한 집안의 밝은 반 친구로, 청산과 친해요.", "ja": "貧しい家庭出身の明るいクラスメートで、Cheong-san の友人です。",
        "zh": "出身贫寒、性格开朗的同学，也是 Cheong-san 的朋友。", "es": "Un compañero alegre de familia humilde y amigo de Cheong-san.",
        "pt": "Um colega alegre de família pobre e amigo de Cheong-san.",
        "id": "Teman sekelas yang ceria dari keluarga miskin, sahabat Cheong-san.",
        "fr": "Un camarade joyeux d'une famille pauvre, ami de Cheong-san.",
    },
    "On-jo's best friend.": {
        "ko": "온조의 절친이에요.", "ja": "On-jo の親友です。", "zh": "On-jo 最好的朋友。", "es": "La mejor amiga de On-jo.",
        "pt": "A melhor amiga de On-jo.", "id": "Sahabat On-jo.",
        "fr": "La meilleure amie d'On-jo.",
    },
    "The English teacher in charge of class 2-5.": {
        "ko": "2학년 5반 담임인 영어 교사예요.", "ja": "2年5組の担任の英語教師です。", "zh": "二年5班的班主任，教英语。",
        "es": "La profesora de inglés y tutora de la clase 2-5.", "pt": "A professora de inglês responsável pela turma 2-5.",
        "id": "Guru bahasa Inggris sekaligus wali kelas 2-5.",
        "fr": "La professeure d'anglais responsable de la classe 2-5.",
    },
    "A boy relentlessly bullied at school.": {
        "ko": "학교에서 끊임없이 괴롭힘을 당하는 남학생이에요.", "ja": "学校で執拗にいじめられている少年です。",
        "zh": "在学校里不断遭受霸凌的男孩。", "es": "Un chico al que acosan sin descanso en el instituto.",
        "pt": "Um garoto que sofre bullying sem trégua na escola.", "id": "Anak laki-laki yang terus-menerus dirundung di sekolah.",
        "fr": "Un garçon harcelé sans relâche au lycée.",
    },
    "An injured student whom the archery club carries with them.": {
        "ko": "양궁부가 데리고 다니는 다친 학생이에요.", "ja": "アーチェリー部が連れて歩く、けがをした生徒です。",
        "zh": "射箭队一路带着的受伤学生。", "es": "Un estudiante herido al que el club de tiro con arco lleva consigo.",
        "pt": "Um aluno ferido que o clube de tiro com arco leva junto.", "id": "Murid terluka yang dibawa ke mana-mana oleh klub panahan.",
        "fr": "Un élève blessé que le club de tir à l'arc emmène avec lui.",
    },
    "A boy from the archery club.": {
        "ko": "양궁부 남학생이에요.", "ja": "アーチェリー部の男子生徒です。", "zh": "射箭队的男生。", "es": "Un chico del club de tiro con arco.",
        "pt": "Um garoto do clube de tiro com arco.", "id": "Anak laki-laki dari klub panahan.",
        "fr": "Un garçon du club de tir à l'arc.",
    },
    "A bespectacled member of the science club.": {
        "ko": "안경을 쓴 과학부 부원이에요.", "ja": "眼鏡をかけた科学部の部員です。", "zh": "戴眼镜的科学社成员。",
        "es": "Un chico con gafas del club de ciencias.", "pt": "Um garoto de óculos do clube de ciências.",
        "id": "Anggota klub sains yang berkacamata.",
        "fr": "Un membre à lunettes du club de sciences.",
    },
    "A bullied student who is hiding on the school roof.": {
        "ko": "괴롭힘을 당하던, 학교 옥상에 숨어 있는 학생이에요.", "ja": "いじめられていて、学校の屋上に隠れている生徒です。",
        "zh": "遭受霸凌、躲在学校天台上的学生。", "es": "Un estudiante víctima de acoso que se esconde en la azotea del instituto.",
        "pt": "Um aluno vítima de bullying que se esconde no terraço da escola.", "id": "Murid korban perundungan yang bersembunyi di atap sekolah.",
        "fr": "Un élève harcelé qui se cache sur le toit du lycée.",
    },
    "A student who has been bullied at school.": {
        "ko": "학교에서 괴롭힘을 당해 온 학생이에요.", "ja": "学校でいじめを受けてきた生徒です。", "zh": "一直在学校遭受霸凌的学生。",
        "es": "Una estudiante que ha sufrido acoso en el instituto.", "pt": "Uma aluna que sofreu bullying na escola.",
        "id": "Murid yang selama ini dirundung di sekolah.",
        "fr": "Une élève qui a été harcelée au lycée.",
    },
    "A National Assembly member whom So-ju helps evacuate.": {
        "ko": "소주가 대피를 돕는 국회의원이에요.", "ja": "So-ju が避難を手助けする国会議員です。", "zh": "So-ju 帮助撤离的国会议员。",
        "es": "Una diputada de la Asamblea Nacional a la que So-ju ayuda a evacuar.",
        "pt": "Uma deputada da Assembleia Nacional que So-ju ajuda a evacuar.", "id": "Anggota Majelis Nasional yang dibantu So-ju mengungsi.",
        "fr": "Une députée de l'Assemblée nationale que So-ju aide à évacuer.",
    },
    "The army commander in charge of Hyosan under martial law.": {
        "ko": "계엄령이 내려진 효산을 책임지는 군 지휘관이에요.", "ja": "戒厳令下の Hyosan を指揮する軍の司令官です。",
        "zh": "戒严令下负责 Hyosan 的军队指挥官。", "es": "El comandante del ejército a cargo de Hyosan bajo la ley marcial.",
        "pt": "O comandante do exército responsável por Hyosan sob a lei marcial.",
        "id": "Komandan tentara yang memimpin Hyosan di bawah darurat militer.",
        "fr": "Le commandant de l'armée responsable de Hyosan sous la loi martiale.",
    },
    "A police officer who works alongside Detective Song Jae-ik.": {
        "ko": "송재익 형사와 함께 일하는 경찰관이에요.", "ja": "Song Jae-ik 刑事と組んでいる警察官です。", "zh": "与刑警 Song Jae-ik 搭档的警察。",
        "es": "Un policía que trabaja junto al detective Song Jae-ik.", "pt": "Um policial que trabalha ao lado do detetive Song Jae-ik.",
        "id": "Polisi yang bekerja bersama Detektif Song Jae-ik.",
        "fr": "Un policier qui travaille aux côtés de l'inspecteur Song Jae-ik.",
    },
    "Cheong-san's mother, who runs the fried-chicken restaurant named after her son.": {
        "ko": "청산의 어머니예요. 아들 이름을 딴 치킨집을 운영해요.",
        "ja": "Cheong-san の母親です。息子の名前をつけたフライドチキン店を営んでいます。",
        "zh": "Cheong-san 的母亲，经营着一家以儿子名字命名的炸鸡店。",
        "es": "La madre de Cheong-san, que tiene la tienda de pollo frito con el nombre de su hijo.",
        "pt": "A mãe de Cheong-san, dona da loja de frango frito batizada com o nome do filho.",
        "id": "Ibu Cheong-san, pemilik kedai ayam goreng yang dinamai sesuai nama putranya.",
        "fr": "La mère de Cheong-san, qui tient le restaurant de poulet frit baptisé du nom de son fils.",
    },
    "A new Season 2 character, On-jo's senior at university.": {
        "ko": "시즌 2의 새 인물로, 대학교에서 온조의 선배예요.", "ja": "シーズン2の新キャラクターで、大学での On-jo の先輩です。",
        "zh": "第二季的新角色，On-jo 的大学学长。", "es": "Un personaje nuevo de la temporada 2, un estudiante mayor que On-jo en la universidad.",
        "pt": "Um personagem novo da temporada 2, veterano de On-jo na universidade.", "id": "Karakter baru di Season 2, senior On-jo di kampus.",
        "fr": "Un nouveau personnage de la saison 2, un aîné d'On-jo à l'université.",
    },
    "A new Season 2 character, a popular student.": {
        "ko": "시즌 2의 새 인물로, 인기 많은 학생이에요.", "ja": "シーズン2の新キャラクターで、人気者の生徒です。",
        "zh": "第二季的新角色，很受欢迎的学生。", "es": "Un personaje nuevo de la temporada 2, una estudiante popular.",
        "pt": "Uma personagem nova da temporada 2, uma aluna popular.", "id": "Karakter baru di Season 2, murid yang populer.",
        "fr": "Un nouveau personnage de la saison 2, une élève populaire.",
    },
    "A new Season 2 character, a student who speaks her mind.": {
        "ko": "시즌 2의 새 인물로, 할 말은 하는 학생이에요.", "ja": "シーズン2の新キャラクターで、思ったことをはっきり言う生徒です。",
        "zh": "第二季的新角色，一个心直口快的学生。", "es": "Un personaje nuevo de la temporada 2, una estudiante que dice lo que piensa.",
        "pt": "Uma personagem nova da temporada 2, uma aluna que fala o que pensa.", "id": "Karakter baru di Season 2, murid yang blak-blakan.",
        "fr": "Un nouveau personnage de la saison 2, une élève qui dit ce qu'elle pense.",
    },
    "A new Season 2 character, a team leader at the National Intelligence Service.": {
        "ko": "시즌 2의 새 인물로, 국가정보원 팀장이에요.", "ja": "シーズン2の新キャラクターで、国家情報院のチーム長です。",
        "zh": "第二季的新角色，国家情报院的组长。",
        "es": "Un personaje nuevo de la temporada 2, jefe de equipo del Servicio Nacional de Inteligencia.",
        "pt": "Um personagem novo da temporada 2, chefe de equipe do Serviço Nacional de Inteligência.",
        "id": "Karakter baru di Season 2, ketua tim di Badan Intelijen Nasional.",
        "fr": "Un nouveau personnage de la saison 2, chef d'équipe au Service national du renseignement.",
    },
}
