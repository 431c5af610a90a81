"""What happens in each of season 1's episodes, in each asker's language: the content pack's summaries
(bot/content/episodes.yaml), translated from their EXACT English words as the pack texts are (season2_pack_texts). A
summary a moderator edits is said in English, as true as before, until its translation is written again. Names stay
as the fact sheet spells them (romanized), so a reader finds the same people whatever the language; in Hangul for
Korean askers, as the show writes them.
"""

from __future__ import annotations

#: English summary -> its words in each asker's language, in episode order.
RECAPS: dict[str, dict[str, str]] = {
    # episode 1
    "A bullied boy, Jin-su, displays unnatural strength and is thrown from a rooftop, and his father, the science teacher Byeong-chan, deals with him in secret at the hospital. At Hyosan High a caged lab animal bites the student Hyeon-ju; the teacher keeps her hidden, but she gets away to the infirmary and the infection starts to spread.": {
        "ko": "괴롭힘을 당하던 진수가 비정상적인 힘을 보이다 옥상에서 떠밀려 떨어지고, 과학 교사인 아버지 이병찬은 병원에서 몰래 아들을 처리해요. 효산고에서는 우리에 갇힌 실험동물이 학생 현주를 물고, 선생님은 현주를 숨기지만 현주가 보건실로 빠져나가면서 감염이 퍼지기 시작해요.",
        "ja": "いじめられていた少年 Jin-su が異常な力を見せ、屋上から突き落とされる。科学教師である父 Byeong-chan は病院で密かに彼を始末する。Hyosan 高校ではケージの実験動物が生徒 Hyeon-ju を噛み、教師は彼女を隠すが、彼女は保健室へ逃げ出し、感染が広がり始める。",
        "zh": "被霸凌的男孩 Jin-su 展现出异常的力量，被人从楼顶扔下；他的父亲、科学老师 Byeong-chan 在医院里秘密处置了他。在 Hyosan 高中，笼中的实验动物咬伤了学生 Hyeon-ju；老师把她藏了起来，但她逃到医务室，感染开始蔓延。",
        "es": "Jin-su, un chico que sufre acoso, muestra una fuerza anormal y lo arrojan desde una azotea; su padre, el profesor de ciencias Byeong-chan, se ocupa de él en secreto en el hospital. En el instituto Hyosan, un animal de laboratorio enjaulado muerde a la alumna Hyeon-ju; el profesor la mantiene escondida, pero ella escapa a la enfermería y la infección empieza a propagarse.",
        "pt": "Jin-su, um garoto que sofre bullying, mostra uma força anormal e é jogado do alto de um prédio; o pai dele, o professor de ciências Byeong-chan, cuida dele em segredo no hospital. Na escola Hyosan, um animal de laboratório enjaulado morde a aluna Hyeon-ju; o professor a esconde, mas ela foge para a enfermaria e a infecção começa a se espalhar.",
        "id": "Jin-su, anak korban perundungan, menunjukkan kekuatan tak wajar dan dilempar dari atap gedung; ayahnya, guru sains Byeong-chan, diam-diam menanganinya di rumah sakit. Di SMA Hyosan, hewan lab di dalam kandang menggigit murid bernama Hyeon-ju; sang guru menyembunyikannya, tapi ia kabur ke UKS dan infeksi mulai menyebar.",
    },
    # episode 2
    "The outbreak overwhelms the school: the cafeteria descends into chaos and the teachers freeze. Cheong-san pulls On-jo back to the classroom and likens it all to Train to Busan. I-sak hides a bite until she turns, the police question Byeong-chan, and the pregnant Hee-soo leaves school. The episode ends with Cheong-san falling from a window.": {
        "ko": "감염이 학교를 휩쓸어요. 급식실은 아수라장이 되고 선생님들은 얼어붙어요. 청산은 온조를 교실로 다시 끌고 와 이 모든 걸 《부산행》(Train to Busan)에 비유해요. 이삭은 물린 걸 숨기다가 좀비가 되고, 경찰은 이병찬을 심문하며, 임신한 희수는 학교를 떠나요. 이 회차는 청산이 창문 밖으로 떨어지며 끝나요.",
        "ja": "感染が学校を飲み込み、食堂は大混乱、教師たちは立ちすくむ。Cheong-san は On-jo を教室へ連れ戻し、この状況を Train to Busan（新感染）にたとえる。I-sak は噛まれたことを隠していたがゾンビになり、警察は Byeong-chan を取り調べ、妊娠中の Hee-soo は学校を去る。最後に Cheong-san が窓から落ちる。",
        "zh": "疫情席卷学校：食堂陷入混乱，老师们呆若木鸡。Cheong-san 把 On-jo 拉回教室，把眼前的一切比作《釜山行》（Train to Busan）。I-sak 隐瞒自己被咬，直到变成丧尸；警察审问 Byeong-chan，怀孕的 Hee-soo 离开了学校。这一集以 Cheong-san 从窗户坠落结束。",
        "es": "El brote arrasa la escuela: la cafetería se convierte en un caos y los profesores se quedan paralizados. Cheong-san arrastra a On-jo de vuelta al aula y lo compara todo con Train to Busan. I-sak oculta una mordida hasta que se convierte, la policía interroga a Byeong-chan y Hee-soo, embarazada, deja la escuela. El episodio termina con Cheong-san cayendo por una ventana.",
        "pt": "O surto toma conta da escola: o refeitório vira um caos e os professores ficam paralisados. Cheong-san puxa On-jo de volta para a sala e compara tudo a Train to Busan. I-sak esconde uma mordida até se transformar, a polícia interroga Byeong-chan e a grávida Hee-soo sai da escola. O episódio termina com Cheong-san caindo de uma janela.",
        "id": "Wabah melanda sekolah: kantin jadi kacau dan para guru membeku. Cheong-san menarik On-jo kembali ke kelas dan menyamakan semuanya dengan Train to Busan. I-sak menyembunyikan gigitan sampai ia berubah, polisi menginterogasi Byeong-chan, dan Hee-soo yang sedang hamil meninggalkan sekolah. Episode ini berakhir dengan Cheong-san jatuh dari jendela.",
    },
    # episode 3
    "Su-hyeok reels Cheong-san back inside on a fire hose and the class barricades itself in the broadcasting room. Gyeong-su gets scratched and is shut away, and Na-yeon infects him with a handkerchief soaked in zombie blood. Ms. Park dies buying Na-yeon time to flee. Hee-soo gives birth, and Byeong-chan confesses that he made the virus.": {
        "ko": "수혁이 소방 호스로 청산을 다시 끌어올리고, 반 아이들은 방송실에 바리케이드를 치고 숨어요. 경수는 할퀴어져 격리되고, 나연은 좀비 피를 적신 손수건으로 경수를 감염시켜요. 박 선생님은 나연이 도망칠 시간을 벌어 주다 목숨을 잃어요. 희수는 아이를 낳고, 이병찬은 바이러스를 만든 게 자신이라고 자백해요.",
        "ja": "Su-hyeok が消防ホースで Cheong-san を引き戻し、クラスは放送室にバリケードを築いて立てこもる。Gyeong-su は引っかかれて隔離され、Na-yeon はゾンビの血を染み込ませたハンカチで彼を感染させる。パク先生（Ms. Park）は Na-yeon が逃げる時間を稼いで命を落とす。Hee-soo は出産し、Byeong-chan はウイルスを作ったのは自分だと自白する。",
        "zh": "Su-hyeok 用消防水带把 Cheong-san 拉回楼内，全班在广播室筑起路障躲藏。Gyeong-su 被抓伤后被隔离，Na-yeon 用浸了丧尸血的手帕让他感染。朴老师（Ms. Park）为给 Na-yeon 争取逃跑时间而死。Hee-soo 生下孩子，Byeong-chan 供认病毒是他制造的。",
        "es": "Su-hyeok sube de nuevo a Cheong-san con una manguera contra incendios y la clase se atrinchera en la sala de radiodifusión. Gyeong-su sufre un arañazo y lo aíslan, y Na-yeon lo infecta con un pañuelo empapado en sangre de zombi. La profesora Park muere dándole tiempo a Na-yeon para huir. Hee-soo da a luz y Byeong-chan confiesa que creó el virus.",
        "pt": "Su-hyeok puxa Cheong-san de volta com uma mangueira de incêndio e a turma se entrincheira na sala de transmissão. Gyeong-su leva um arranhão e é isolado, e Na-yeon o infecta com um lenço encharcado de sangue de zumbi. A professora Park morre ganhando tempo para Na-yeon fugir. Hee-soo dá à luz, e Byeong-chan confessa que criou o vírus.",
        "id": "Su-hyeok menarik Cheong-san kembali ke dalam dengan selang pemadam kebakaran dan kelas membarikade diri di ruang siaran. Gyeong-su tercakar lalu dikurung, dan Na-yeon menginfeksinya dengan sapu tangan yang direndam darah zombie. Bu Park tewas demi memberi Na-yeon waktu untuk kabur. Hee-soo melahirkan, dan Byeong-chan mengaku bahwa dialah yang membuat virus itu.",
    },
    # episode 4
    "A rescue helicopter passes the school by. Cheong-san's mother reaches Hyosan High and is mauled by the zombie Gyeong-su, while the trapped students rig up a toilet. So-ju escorts officials to safety. At the police station Byeong-chan's reasons for making the virus come out, and he is bitten.": {
        "ko": "구조 헬기가 학교를 그냥 지나쳐 가요. 청산의 엄마는 효산고에 도착하지만 좀비가 된 경수에게 공격당하고, 갇힌 학생들은 임시 화장실을 만들어요. 소주는 관리들을 안전한 곳으로 호송해요. 경찰서에서는 이병찬이 바이러스를 만든 이유가 드러나고, 그는 물려요.",
        "ja": "救助ヘリが学校の上を素通りする。Cheong-san の母は Hyosan 高校にたどり着くが、ゾンビになった Gyeong-su に襲われ、閉じ込められた生徒たちは即席のトイレを作る。So-ju は要人たちを安全な場所へ護送する。警察署では Byeong-chan がウイルスを作った理由が明らかになり、彼は噛まれる。",
        "zh": "一架救援直升机从学校上空飞过，没有停下。Cheong-san 的妈妈赶到 Hyosan 高中，却被变成丧尸的 Gyeong-su 袭击；被困的学生们临时搭了一个厕所。So-ju 护送官员们到安全的地方。在警察局，Byeong-chan 制造病毒的原因被揭开，他也被咬了。",
        "es": "Un helicóptero de rescate pasa de largo sobre la escuela. La madre de Cheong-san llega al instituto Hyosan y el zombi Gyeong-su la ataca, mientras los alumnos atrapados improvisan un baño. So-ju escolta a unos funcionarios hasta un lugar seguro. En la comisaría salen a la luz los motivos de Byeong-chan para crear el virus, y lo muerden.",
        "pt": "Um helicóptero de resgate passa direto pela escola. A mãe de Cheong-san chega à escola Hyosan e é atacada pelo zumbi Gyeong-su, enquanto os alunos presos improvisam um banheiro. So-ju escolta autoridades até um lugar seguro. Na delegacia vêm à tona os motivos de Byeong-chan para criar o vírus, e ele é mordido.",
        "id": "Helikopter penyelamat melintas begitu saja di atas sekolah. Ibu Cheong-san tiba di SMA Hyosan dan diserang Gyeong-su yang sudah jadi zombie, sementara para murid yang terjebak membuat toilet darurat. So-ju mengawal para pejabat ke tempat aman. Di kantor polisi alasan Byeong-chan membuat virus itu terungkap, dan ia digigit.",
    },
    # episode 5
    "On-jo and Joon-yeong send a science-club drone out to look around, and Hyosan is placed under quarantine and martial law. In the library Cheong-san stabs Gwi-nam in the eye and drops him among the zombies, but Gwi-nam comes back changed. Ha-ri's archers make their first appearance.": {
        "ko": "온조와 준영은 과학반 드론을 날려 주변을 살피고, 효산은 격리되고 계엄령이 내려져요. 도서관에서 청산은 귀남의 눈을 찔러 좀비들 사이로 떨어뜨리지만, 귀남은 달라진 모습으로 돌아와요. 하리의 양궁부가 처음 등장해요.",
        "ja": "On-jo と Joon-yeong は科学部のドローンを飛ばして周囲を偵察し、Hyosan は隔離され戒厳令が敷かれる。図書館で Cheong-san は Gwi-nam の目を刺してゾンビの群れの中に落とすが、Gwi-nam は変わり果てた姿で戻ってくる。Ha-ri たちアーチェリー部が初登場する。",
        "zh": "On-jo 和 Joon-yeong 放出科学社的无人机侦察四周，Hyosan 被封锁隔离并实行戒严。在图书馆里，Cheong-san 刺伤 Gwi-nam 的眼睛，把他丢进丧尸群中，但 Gwi-nam 以异变的样子回来了。Ha-ri 的射箭部首次登场。",
        "es": "On-jo y Joon-yeong lanzan un dron del club de ciencias para explorar, y Hyosan queda en cuarentena y bajo ley marcial. En la biblioteca Cheong-san apuñala a Gwi-nam en el ojo y lo deja caer entre los zombis, pero Gwi-nam vuelve cambiado. Aparecen por primera vez los arqueros de Ha-ri.",
        "pt": "On-jo e Joon-yeong mandam um drone do clube de ciências para explorar, e Hyosan é posta em quarentena e sob lei marcial. Na biblioteca Cheong-san fura o olho de Gwi-nam e o joga no meio dos zumbis, mas Gwi-nam volta diferente. Os arqueiros de Ha-ri aparecem pela primeira vez.",
        "id": "On-jo dan Joon-yeong menerbangkan drone klub sains untuk melihat keadaan, dan Hyosan dikarantina serta diberlakukan darurat militer. Di perpustakaan Cheong-san menusuk mata Gwi-nam dan menjatuhkannya ke tengah para zombie, tapi Gwi-nam kembali dalam keadaan berubah. Tim panahan Ha-ri muncul untuk pertama kalinya.",
    },
    # episode 6
    "Ji-min tries to end her life and is talked down. The group uses the school's PA system to pull the zombies away and reach Cheong-san while Gwi-nam stalks them. Nam-ra is bitten shielding Su-hyeok, and Eun-ji turns out to be alive despite her bites.": {
        "ko": "지민은 스스로 목숨을 끊으려다 설득돼 멈춰요. 일행은 학교 방송으로 좀비들을 유인해 청산에게 가고, 귀남은 그들을 뒤쫓아요. 남라는 수혁을 감싸다 물리고, 은지는 여러 번 물리고도 살아 있었다는 게 드러나요.",
        "ja": "Ji-min は自ら命を絶とうとするが、説得されて思いとどまる。一行は校内放送でゾンビを引き離して Cheong-san のもとへ向かい、Gwi-nam が彼らをつけ狙う。Nam-ra は Su-hyeok をかばって噛まれ、Eun-ji は何度も噛まれながら生きていたことがわかる。",
        "zh": "Ji-min 试图轻生，被众人劝了下来。大家用学校的广播系统引开丧尸，去和 Cheong-san 会合，Gwi-nam 则一路追踪他们。Nam-ra 为保护 Su-hyeok 被咬，而 Eun-ji 虽然被咬过却仍然活着。",
        "es": "Ji-min intenta quitarse la vida y logran disuadirla. El grupo usa la megafonía de la escuela para alejar a los zombis y llegar hasta Cheong-san mientras Gwi-nam los acecha. A Nam-ra la muerden al proteger a Su-hyeok, y resulta que Eun-ji sigue viva pese a sus mordidas.",
        "pt": "Ji-min tenta tirar a própria vida e é convencida a desistir. O grupo usa o sistema de som da escola para atrair os zumbis para longe e chegar até Cheong-san enquanto Gwi-nam os persegue. Nam-ra é mordida ao proteger Su-hyeok, e descobre-se que Eun-ji está viva apesar das mordidas.",
        "id": "Ji-min mencoba mengakhiri hidupnya dan berhasil dibujuk untuk mengurungkannya. Kelompok itu memakai pengeras suara sekolah untuk memancing para zombie menjauh dan menjangkau Cheong-san sementara Gwi-nam mengintai mereka. Nam-ra digigit saat melindungi Su-hyeok, dan ternyata Eun-ji masih hidup meski sudah digigit.",
    },
    # episode 7
    "Soldiers search the city's buildings and So-ju swims back from an island. Nam-ra fights off her hunger and she and Su-hyeok kiss. The class traps zombies in the barricaded music room and makes a run for the roof, but Cheol-su keeps the roof door locked as a helicopter arrives; a soldier is bitten.": {
        "ko": "군인들이 도시의 건물들을 수색하고, 소주는 섬에서 헤엄쳐 돌아와요. 남라는 굶주림을 참아 내고 수혁과 키스해요. 반 아이들은 바리케이드를 친 음악실에 좀비들을 가두고 옥상으로 달려가지만, 헬기가 도착했는데도 철수는 옥상 문을 잠근 채 열어 주지 않아요. 군인 한 명이 물려요.",
        "ja": "兵士たちが市内の建物を捜索し、So-ju は島から泳いで戻る。Nam-ra は飢えに打ち勝ち、Su-hyeok とキスをする。クラスはバリケードを築いた音楽室にゾンビを閉じ込めて屋上へ走るが、ヘリが到着しても Cheol-su は屋上のドアに鍵をかけたまま開けない。兵士が一人噛まれる。",
        "zh": "士兵们搜查城里的建筑，So-ju 从一座岛上游了回来。Nam-ra 克制住了饥饿，和 Su-hyeok 接吻。全班把丧尸困在设了路障的音乐教室，冲向楼顶，但直升机到来时 Cheol-su 一直锁着楼顶的门；一名士兵被咬。",
        "es": "Los soldados registran los edificios de la ciudad y So-ju vuelve nadando desde una isla. Nam-ra resiste su hambre y ella y Su-hyeok se besan. La clase encierra a los zombis en la sala de música atrincherada y corre hacia la azotea, pero Cheol-su mantiene cerrada la puerta de la azotea cuando llega un helicóptero; muerden a un soldado.",
        "pt": "Soldados vasculham os prédios da cidade e So-ju volta nadando de uma ilha. Nam-ra resiste à fome, e ela e Su-hyeok se beijam. A turma prende zumbis na sala de música barricada e corre para o terraço, mas Cheol-su mantém a porta do terraço trancada quando um helicóptero chega; um soldado é mordido.",
        "id": "Tentara menyisir gedung-gedung kota dan So-ju berenang kembali dari sebuah pulau. Nam-ra melawan rasa laparnya, lalu ia dan Su-hyeok berciuman. Kelas itu menjebak zombie di ruang musik yang dibarikade dan berlari ke atap, tapi Cheol-su tetap mengunci pintu atap saat helikopter datang; seorang tentara digigit.",
    },
    # episode 8
    "Eun-ji's fire in the school office sets off the release of the roof door. Cheol-su flies off, telling the crew nobody else survived, and Nam-ra's new strength drives Gwi-nam back. On the roof the class builds an SOS sign and a campfire, Cheong-san tells On-jo how he feels, and Gwi-nam makes it up to the roof.": {
        "ko": "은지가 교무실에 낸 불로 옥상 문의 잠금이 풀려요. 철수는 다른 생존자는 없다고 말하고 헬기를 타고 떠나고, 남라의 새로운 힘이 귀남을 물리쳐요. 옥상에서 반 아이들은 SOS 신호와 모닥불을 만들고, 청산은 온조에게 마음을 고백하며, 귀남이 옥상까지 올라와요.",
        "ja": "Eun-ji が職員室で起こした火事で屋上のドアのロックが外れる。Cheol-su はほかに生存者はいないと告げてヘリで飛び去り、Nam-ra の新たな力が Gwi-nam を退ける。屋上でクラスは SOS のサインとたき火を作り、Cheong-san は On-jo に想いを打ち明け、Gwi-nam が屋上までたどり着く。",
        "zh": "Eun-ji 在学校办公室放的火让楼顶的门锁打开了。Cheol-su 乘直升机离开，并告诉机组人员已经没有其他幸存者；Nam-ra 的新力量击退了 Gwi-nam。全班在楼顶摆出 SOS 标志、生起篝火，Cheong-san 向 On-jo 表白心意，而 Gwi-nam 爬上了楼顶。",
        "es": "El incendio que Eun-ji provoca en la oficina de la escuela libera la puerta de la azotea. Cheol-su se marcha en el helicóptero diciéndole a la tripulación que nadie más sobrevivió, y la nueva fuerza de Nam-ra hace retroceder a Gwi-nam. En la azotea la clase arma una señal de SOS y una fogata, Cheong-san le dice a On-jo lo que siente y Gwi-nam logra llegar a la azotea.",
        "pt": "O incêndio que Eun-ji provoca na secretaria da escola destrava a porta do terraço. Cheol-su vai embora no helicóptero dizendo à tripulação que ninguém mais sobreviveu, e a nova força de Nam-ra faz Gwi-nam recuar. No terraço a turma monta um sinal de SOS e uma fogueira, Cheong-san conta a On-jo o que sente, e Gwi-nam consegue chegar ao terraço.",
        "id": "Api yang dinyalakan Eun-ji di kantor sekolah membuat kunci pintu atap terlepas. Cheol-su terbang pergi sambil bilang ke kru bahwa tidak ada lagi yang selamat, dan kekuatan baru Nam-ra memukul mundur Gwi-nam. Di atap kelas itu membuat tanda SOS dan api unggun, Cheong-san mengungkapkan perasaannya kepada On-jo, dan Gwi-nam berhasil naik ke atap.",
    },
    # episode 9
    "The fight on the roof ends when Nam-ra throws Gwi-nam off the building. A military team arrives for Byeong-chan's laptop and begins evacuating the students, until Eun-ji exposes carriers without symptoms at the camp and the commander orders the students left behind. The class escapes the school in a thunderstorm.": {
        "ko": "옥상 싸움은 남라가 귀남을 건물 밖으로 내던지며 끝나요. 군 부대가 이병찬의 노트북을 찾으러 와 학생들을 대피시키기 시작하지만, 은지가 격리 캠프에서 무증상 감염자의 존재를 드러내자 지휘관은 학생들을 두고 가라고 명령해요. 반 아이들은 뇌우 속에서 학교를 탈출해요.",
        "ja": "屋上での戦いは Nam-ra が Gwi-nam を建物から投げ落として終わる。軍の部隊が Byeong-chan のノートパソコンを回収しに来て生徒たちの避難を始めるが、Eun-ji が避難所で無症状の感染者の存在を明るみに出し、司令官は生徒たちを置き去りにするよう命じる。クラスは雷雨の中、学校を脱出する。",
        "zh": "楼顶的打斗以 Nam-ra 把 Gwi-nam 扔下楼而告终。一支军队小组为 Byeong-chan 的笔记本电脑而来，并开始疏散学生，直到 Eun-ji 在隔离营暴露出无症状感染者的存在，指挥官下令丢下这些学生。全班在雷雨中逃出学校。",
        "es": "La pelea en la azotea termina cuando Nam-ra arroja a Gwi-nam del edificio. Un equipo militar llega por el portátil de Byeong-chan y empieza a evacuar a los alumnos, hasta que Eun-ji deja al descubierto a portadores sin síntomas en el campamento y el comandante ordena dejar atrás a los estudiantes. La clase escapa de la escuela en medio de una tormenta.",
        "pt": "A luta no terraço termina quando Nam-ra joga Gwi-nam do prédio. Uma equipe militar chega atrás do notebook de Byeong-chan e começa a retirar os alunos, até que Eun-ji expõe portadores sem sintomas no acampamento e o comandante manda deixar os estudantes para trás. A turma foge da escola durante uma tempestade.",
        "id": "Pertarungan di atap berakhir saat Nam-ra melempar Gwi-nam dari gedung. Tim militer datang untuk mengambil laptop Byeong-chan dan mulai mengevakuasi para murid, sampai Eun-ji membongkar adanya pembawa virus tanpa gejala di kamp dan komandan memerintahkan para murid ditinggalkan. Kelas itu kabur dari sekolah di tengah badai petir.",
    },
    # episode 10
    "Cheong-san finds his mother, now a zombie. The groups meet up in the gym storeroom, where Ha-ri is reunited with Woo-jin and Dae-su confesses his feelings to her. The military learns that no vaccine can be made as the outbreak reaches Yangdong, and So-ju arrives at the gym.": {
        "ko": "청산은 좀비가 된 엄마를 발견해요. 일행들은 체육관 창고에서 만나고, 그곳에서 하리는 우진과 다시 만나며 대수는 하리에게 마음을 고백해요. 감염이 양동까지 번지는 가운데 군은 백신을 만들 수 없다는 걸 알게 되고, 소주가 체육관에 도착해요.",
        "ja": "Cheong-san はゾンビになった母を見つける。グループは体育館の倉庫で合流し、そこで Ha-ri は Woo-jin と再会し、Dae-su は彼女に想いを告白する。感染が Yangdong にまで広がる中、軍はワクチンが作れないことを知り、So-ju が体育館に到着する。",
        "zh": "Cheong-san 找到了已经变成丧尸的妈妈。几组人在体育馆器材室会合，Ha-ri 在那里与 Woo-jin 重逢，Dae-su 向她表白。疫情蔓延到 Yangdong，军方得知无法研制出疫苗；So-ju 赶到了体育馆。",
        "es": "Cheong-san encuentra a su madre, ahora convertida en zombi. Los grupos se reúnen en el almacén del gimnasio, donde Ha-ri se reencuentra con Woo-jin y Dae-su le confiesa lo que siente. El ejército descubre que no se puede crear una vacuna mientras el brote llega a Yangdong, y So-ju llega al gimnasio.",
        "pt": "Cheong-san encontra a mãe, agora uma zumbi. Os grupos se reúnem no depósito do ginásio, onde Ha-ri reencontra Woo-jin e Dae-su confessa o que sente por ela. Os militares descobrem que não é possível criar uma vacina enquanto o surto chega a Yangdong, e So-ju chega ao ginásio.",
        "id": "Cheong-san menemukan ibunya yang sudah menjadi zombie. Kelompok-kelompok itu bertemu di gudang gedung olahraga, tempat Ha-ri bersatu kembali dengan Woo-jin dan Dae-su mengungkapkan perasaannya kepada Ha-ri. Militer mengetahui bahwa vaksin tidak bisa dibuat saat wabah mencapai Yangdong, dan So-ju tiba di gedung olahraga.",
    },
    # episode 11
    "So-ju gets the students out of the gym and sacrifices himself. At a construction site Gwi-nam bites Cheong-san, who kisses On-jo goodbye and leads the horde away. The authorities turn sound drones and missiles on Hyosan, and Cheong-san's final fight with Gwi-nam ends in flames.": {
        "ko": "소주는 학생들을 체육관에서 빼내고 자신을 희생해요. 공사장에서 귀남이 청산을 물고, 청산은 온조에게 작별 키스를 한 뒤 좀비 떼를 끌고 멀어져요. 당국은 효산에 음향 드론과 미사일을 쏘고, 청산과 귀남의 마지막 싸움은 불길 속에서 끝나요.",
        "ja": "So-ju は生徒たちを体育館から脱出させ、自らを犠牲にする。工事現場で Gwi-nam が Cheong-san を噛み、Cheong-san は On-jo に別れのキスをしてゾンビの群れを引きつけて去る。当局は Hyosan に音響ドローンとミサイルを向け、Cheong-san と Gwi-nam の最後の戦いは炎の中で終わる。",
        "zh": "So-ju 把学生们救出体育馆，牺牲了自己。在一处工地，Gwi-nam 咬伤了 Cheong-san，Cheong-san 吻别 On-jo 后引开了尸群。当局对 Hyosan 动用声波无人机和导弹，Cheong-san 与 Gwi-nam 的最后一战在火焰中结束。",
        "es": "So-ju saca a los alumnos del gimnasio y se sacrifica. En una obra en construcción Gwi-nam muerde a Cheong-san, que besa a On-jo para despedirse y se lleva a la horda lejos. Las autoridades lanzan drones de sonido y misiles sobre Hyosan, y la última pelea de Cheong-san con Gwi-nam termina entre llamas.",
        "pt": "So-ju tira os alunos do ginásio e se sacrifica. Num canteiro de obras Gwi-nam morde Cheong-san, que dá um beijo de despedida em On-jo e leva a horda para longe. As autoridades lançam drones de som e mísseis sobre Hyosan, e a última luta de Cheong-san com Gwi-nam termina em chamas.",
        "id": "So-ju mengeluarkan para murid dari gedung olahraga dan mengorbankan dirinya. Di sebuah lokasi konstruksi Gwi-nam menggigit Cheong-san, yang mencium On-jo sebagai salam perpisahan lalu memancing gerombolan zombie menjauh. Pihak berwenang menyerang Hyosan dengan drone suara dan rudal, dan pertarungan terakhir Cheong-san dengan Gwi-nam berakhir dalam kobaran api.",
    },
    # episode 12
    "The survivors battle through Yangdong in the bombed city. Woo-jin is bitten and Nam-ra kills him; Nam-ra then almost bites On-jo and slips away. Four months later On-jo sees a campfire on the ruined school roof, and the friends find Nam-ra there, who tells them she is not the only one.": {
        "ko": "생존자들은 폭격당한 도시의 양동을 뚫고 싸우며 나아가요. 우진이 물리자 남라가 그를 죽이고, 그 뒤 남라는 온조를 물 뻔하다가 몰래 떠나요. 4개월 뒤 온조는 폐허가 된 학교 옥상에서 모닥불을 보고, 친구들은 그곳에서 남라를 찾아요. 남라는 자기 같은 존재가 혼자가 아니라고 말해요.",
        "ja": "生存者たちは爆撃された街の Yangdong を戦いながら進む。Woo-jin が噛まれ、Nam-ra が彼の命を絶つ。その後 Nam-ra は On-jo を噛みそうになり、姿を消す。4か月後、On-jo は廃墟となった学校の屋上にたき火を見つけ、友人たちはそこで Nam-ra を見つける。Nam-ra は自分だけではないと告げる。",
        "zh": "幸存者们在被轰炸的城市中一路杀出 Yangdong。Woo-jin 被咬，Nam-ra 杀死了他；随后 Nam-ra 差点咬了 On-jo，悄然离开。四个月后，On-jo 看到废墟般的学校楼顶上有篝火，朋友们在那里找到了 Nam-ra，她告诉他们她不是唯一的一个。",
        "es": "Los supervivientes se abren paso por Yangdong en la ciudad bombardeada. Muerden a Woo-jin y Nam-ra lo mata; después Nam-ra está a punto de morder a On-jo y se escabulle. Cuatro meses después On-jo ve una fogata en la azotea de la escuela en ruinas, y los amigos encuentran allí a Nam-ra, que les dice que no es la única.",
        "pt": "Os sobreviventes abrem caminho por Yangdong na cidade bombardeada. Woo-jin é mordido e Nam-ra o mata; depois Nam-ra quase morde On-jo e some. Quatro meses depois On-jo vê uma fogueira no terraço da escola em ruínas, e os amigos encontram Nam-ra lá, que conta que não é a única.",
        "id": "Para penyintas berjuang menembus Yangdong di kota yang dibom. Woo-jin digigit dan Nam-ra membunuhnya; lalu Nam-ra hampir menggigit On-jo dan menghilang. Empat bulan kemudian On-jo melihat api unggun di atap sekolah yang hancur, dan teman-teman menemukan Nam-ra di sana, yang bilang bahwa ia bukan satu-satunya.",
    },
}
