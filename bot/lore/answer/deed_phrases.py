"""Who did what to whom, in the asker's language: the content pack's deed texts (events.yaml's attacks, bites, kills
and Cheol-su's lie), translated from their EXACT English words as fate_phrases translates the fates. who_did answers
them after the doer's name ("이청산. 도서관에서 청산이 ...", "Choi Nam-ra. Después de que muerden a Woo-jin, ..."); a part
that says the text alone (Cheol-su's lie) is said so too. A text a moderator edits, or one not written here, is said
in English, as true as before. For Korean askers names are in Hangul as the pack gives them (the given name, as the
English says the short one), and a deed that needs a name the pack has no Hangul for is left out; the other
languages keep the names romanized, as the English spells them.
"""

from __future__ import annotations

#: English pack text -> its words in each asker's language (Korean, Spanish, Portuguese, Indonesian and Tagalog; names
#: romanized, as the English spells them, in all but Korean).
DEEDS: dict[str, dict[str, str]] = {
    "A caged lab animal (a rat or mouse in most recaps) bites the student Hyeon-ju in the science lab.": {
        "ko": "과학실에서 우리에 갇힌 실험동물(대부분의 리뷰에서는 쥐)이 학생 현주를 물어요.",
        "es": "En el laboratorio de ciencias, un animal enjaulado (una rata o un ratón en la mayoría de los resúmenes) muerde a la alumna Hyeon-ju.",
        "pt": "No laboratório de ciências, um animal enjaulado (um rato ou camundongo na maioria dos resumos) morde a aluna Hyeon-ju.",
        "id": "Di laboratorium sains, seekor hewan percobaan dalam kandang (tikus di sebagian besar rangkuman) menggigit murid bernama Hyeon-ju.",
        "tl": "Sa science lab, kinagat ng isang hayop na nakakulong sa hawla (daga sa karamihan ng recap) ang estudyanteng si Hyeon-ju."},
    "Na-yeon deliberately infects Gyeong-su with a handkerchief soaked in zombie blood, and he turns.": {
        "ko": "나연이 좀비 피를 묻힌 손수건으로 일부러 경수를 감염시키고, 경수는 좀비가 돼요.",
        "es": "Na-yeon infecta a propósito a Gyeong-su con un pañuelo empapado en sangre de zombi, y él se transforma.",
        "pt": "Na-yeon infecta Gyeong-su de propósito com um lenço encharcado de sangue de zumbi, e ele se transforma.",
        "id": "Na-yeon sengaja menulari Gyeong-su dengan sapu tangan yang dibasahi darah zombie, dan ia pun berubah.",
        "tl": "Sinadya ni Na-yeon na hawahan si Gyeong-su gamit ang panyong babad sa dugo ng zombie, at naging zombie siya."},
    "Cheong-san's mother rides to the school to find her son and is mauled by the zombie Gyeong-su.": {
        "ko": "청산의 엄마는 아들을 찾으러 학교에 왔다가 좀비가 된 경수에게 공격당해요.",
        "es": "La madre de Cheong-san va a la escuela a buscar a su hijo y el zombi Gyeong-su la ataca.",
        "pt": "A mãe de Cheong-san vai até a escola procurar o filho e é atacada pelo zumbi Gyeong-su.",
        "id": "Ibu Cheong-san datang ke sekolah untuk mencari anaknya dan diserang oleh Gyeong-su yang sudah menjadi zombie.",
        "tl": "Pumunta sa paaralan ang nanay ni Cheong-san para hanapin ang anak niya, at inatake siya ng zombie na si Gyeong-su."},
    "In the library Cheong-san stabs Gwi-nam in the eye and drops him among the zombies.": {
        "ko": "도서관에서 청산이 귀남의 눈을 찌르고 좀비들 사이에 떨어뜨려요.",
        "es": "En la biblioteca, Cheong-san le clava algo en el ojo a Gwi-nam y lo deja caer entre los zombis.",
        "pt": "Na biblioteca, Cheong-san fere o olho de Gwi-nam e o deixa cair no meio dos zumbis.",
        "id": "Di perpustakaan, Cheong-san menusuk mata Gwi-nam lalu menjatuhkannya di tengah para zombie.",
        "tl": "Sa library, sinaksak ni Cheong-san si Gwi-nam sa mata at inihulog siya sa gitna ng mga zombie."},
    "Gwi-nam bites Nam-ra while she shields Su-hyeok.": {
        "ko": "귀남이 수혁을 감싸던 남라를 물어요.",
        "es": "Gwi-nam muerde a Nam-ra cuando ella protege a Su-hyeok con su cuerpo.",
        "pt": "Gwi-nam morde Nam-ra enquanto ela protege Su-hyeok com o próprio corpo.",
        "id": "Gwi-nam menggigit Nam-ra yang sedang melindungi Su-hyeok.",
        "tl": "Kinagat ni Gwi-nam si Nam-ra habang pinoprotektahan niya si Su-hyeok."},
    "Cheol-su keeps the roof door locked against the class as a helicopter arrives.": {
        "ko": "헬기가 도착하자 철수는 옥상 문을 잠가 반 친구들이 들어오지 못하게 해요.",
        "es": "Cuando llega un helicóptero, Cheol-su mantiene cerrada la puerta de la azotea para que la clase no pueda entrar.",
        "pt": "Quando um helicóptero chega, Cheol-su mantém a porta do terraço trancada para a turma não entrar.",
        "id": "Saat helikopter datang, Cheol-su tetap mengunci pintu atap agar teman-teman sekelasnya tidak bisa masuk.",
        "tl": "Pagdating ng helicopter, pinanatiling nakakandado ni Cheol-su ang pinto ng rooftop para hindi makapasok ang klase."},
    "Cheol-su leaves on the helicopter, telling the crew that no one else is alive.": {
        "ko": "철수는 구조대에게 살아남은 사람이 아무도 없다고 말하고 헬기를 타고 떠나요.",
        "es": "Cheol-su se va en el helicóptero y le dice a la tripulación que no queda nadie más con vida.",
        "pt": "Cheol-su vai embora no helicóptero, dizendo à equipe que não há mais ninguém vivo.",
        "id": "Cheol-su pergi dengan helikopter setelah berkata kepada kru bahwa tidak ada lagi orang yang hidup.",
        "tl": "Umalis si Cheol-su sakay ng helicopter, at sinabi niya sa crew na wala nang ibang buhay."},
    "Nam-ra's new strength drives Gwi-nam back.": {
        "ko": "새로 얻은 힘으로 남라가 귀남을 밀어내요.",
        "es": "La nueva fuerza de Nam-ra hace retroceder a Gwi-nam.",
        "pt": "Com a nova força, Nam-ra faz Gwi-nam recuar.",
        "id": "Kekuatan baru yang dimiliki Nam-ra membuat Gwi-nam terdesak mundur.",
        "tl": "Napaatras si Gwi-nam sa bagong lakas ni Nam-ra."},
    "The fight on the roof ends when Nam-ra throws Gwi-nam off the building.": {
        "ko": "옥상 싸움은 남라가 귀남을 건물 밖으로 던지면서 끝나요.",
        "es": "La pelea en la azotea termina cuando Nam-ra arroja a Gwi-nam fuera del edificio.",
        "pt": "A luta no terraço termina quando Nam-ra joga Gwi-nam para fora do prédio.",
        "id": "Pertarungan di atap berakhir saat Nam-ra melempar Gwi-nam dari gedung.",
        "tl": "Natapos ang laban sa rooftop nang ihagis ni Nam-ra si Gwi-nam mula sa gusali."},
    "Eun-ji attacks Cheol-su at the quarantine camp; the sources do not say what happens to him after that.": {
        "ko": "격리 캠프에서 은지가 철수를 공격해요. 그 뒤 철수가 어떻게 되는지는 출처에 나오지 않아요.",
        "es": "Eun-ji ataca a Cheol-su en el campo de cuarentena; las fuentes no dicen qué le pasa después.",
        "pt": "Eun-ji ataca Cheol-su no campo de quarentena; as fontes não dizem o que acontece com ele depois.",
        "id": "Eun-ji menyerang Cheol-su di kamp karantina; sumber-sumber tidak menyebutkan apa yang terjadi padanya setelah itu.",
        "tl": "Inatake ni Eun-ji si Cheol-su sa quarantine camp; hindi sinasabi ng mga source kung ano ang nangyari sa kanya pagkatapos."},
    "Ji-min abandons Hyo-ryeong, and Woo-jin comes to her rescue.": {
        "ko": "지민이 효령을 버리고, 우진이 효령을 구해요.",
        "es": "Ji-min abandona a Hyo-ryeong, y Woo-jin acude a rescatarla.",
        "pt": "Ji-min abandona Hyo-ryeong, e é Woo-jin quem a salva.",
        "id": "Ji-min meninggalkan Hyo-ryeong, lalu Woo-jin yang datang menyelamatkannya.",
        "tl": "Iniwan ni Ji-min si Hyo-ryeong, at si Woo-jin ang dumating para iligtas siya."},
    "Joon-yeong is bitten during the gym breakout and helps push the others out.": {
        "ko": "준영은 체육관 탈출 중에 물리고, 다른 친구들이 빠져나가도록 도와요.",
        "es": "A Joon-yeong lo muerden durante la huida del gimnasio y ayuda a sacar a los demás.",
        "pt": "Joon-yeong é mordido durante a fuga do ginásio e ajuda a empurrar os outros para fora.",
        "id": "Joon-yeong digigit saat kabur dari gedung olahraga dan membantu mendorong yang lain keluar.",
        "tl": "Nakagat si Joon-yeong habang tumatakas sila mula sa gym, at tumulong siyang itulak palabas ang iba."},
    "Separated from the others in the gym, Min-jae is bitten by Gwi-nam and turns into an ordinary zombie.": {
        "ko": "체육관에서 다른 친구들과 떨어진 민재는 귀남에게 물려 보통 좀비가 돼요.",
        "es": "Separado de los demás en el gimnasio, Min-jae es mordido por Gwi-nam y se convierte en un zombi común.",
        "pt": "Separado dos outros no ginásio, Min-jae é mordido por Gwi-nam e vira um zumbi comum.",
        "id": "Terpisah dari yang lain di gedung olahraga, Min-jae digigit Gwi-nam dan berubah menjadi zombie biasa.",
        "tl": "Nahiwalay sa iba sa gym, nakagat ni Gwi-nam si Min-jae at naging ordinaryong zombie siya."},
    "At a construction site Gwi-nam bites Cheong-san.": {
        "ko": "공사장에서 귀남이 청산을 물어요.",
        "es": "En una obra, Gwi-nam muerde a Cheong-san.",
        "pt": "Em um canteiro de obras, Gwi-nam morde Cheong-san.",
        "id": "Di sebuah lokasi konstruksi, Gwi-nam menggigit Cheong-san.",
        "tl": "Sa isang construction site, kinagat ni Gwi-nam si Cheong-san."},
    "So-ju leads the students out of the gym.": {
        "ko": "소주가 학생들을 이끌고 체육관을 빠져나가요.",
        "es": "So-ju saca a los alumnos del gimnasio.",
        "pt": "So-ju leva os alunos para fora do ginásio.",
        "id": "So-ju memimpin para murid keluar dari gedung olahraga.",
        "tl": "Pinangunahan ni So-ju ang mga estudyante palabas ng gym."},
    "Woo-jin is bitten while protecting his sister Ha-ri.": {
        "ko": "우진은 누나 하리를 지키다가 물려요.",
        "es": "A Woo-jin lo muerden mientras protege a su hermana Ha-ri.",
        "pt": "Woo-jin é mordido enquanto protege a irmã, Ha-ri.",
        "id": "Woo-jin digigit saat melindungi kakaknya, Ha-ri, dari zombie.",
        "tl": "Nakagat si Woo-jin habang pinoprotektahan ang kapatid niyang si Ha-ri."},
    "After Woo-jin is bitten, Nam-ra kills him.": {
        "ko": "우진이 물린 뒤 남라가 우진을 죽여요.",
        "es": "Después de que muerden a Woo-jin, Nam-ra lo mata.",
        "pt": "Depois que Woo-jin é mordido, Nam-ra o mata.",
        "id": "Setelah Woo-jin digigit, Nam-ra yang membunuhnya.",
        "tl": "Matapos makagat si Woo-jin, pinatay siya ni Nam-ra."},
    "Gwi-nam kills the school principal, and Cheong-san films it.": {
        "ko": "귀남이 교장을 죽이고, 청산이 그 장면을 찍어요.",
        "es": "Gwi-nam mata al director de la escuela, y Cheong-san lo graba.",
        "pt": "Gwi-nam mata o diretor da escola, e Cheong-san filma tudo.",
        "id": "Gwi-nam membunuh kepala sekolah, dan Cheong-san merekamnya.",
        "tl": "Pinatay ni Gwi-nam ang principal ng paaralan, at kinunan ito ng video ni Cheong-san."},
    "Cut off from the others while the class is on the roof, Na-yeon is bitten by Gwi-nam and turns into an ordinary zombie.": {
        "ko": "반 친구들이 옥상에 있는 동안 혼자 떨어진 나연은 귀남에게 물려 보통 좀비가 돼요.",
        "es": "Aislada de los demás mientras la clase está en la azotea, Na-yeon es mordida por Gwi-nam y se convierte en un zombi común.",
        "pt": "Isolada dos outros enquanto a turma está no terraço, Na-yeon é mordida por Gwi-nam e vira um zumbi comum.",
        "id": "Terpisah dari yang lain saat teman sekelasnya berada di atap, Na-yeon digigit Gwi-nam dan berubah menjadi zombie biasa.",
        "tl": "Nahiwalay sa iba habang nasa rooftop ang klase, nakagat ni Gwi-nam si Na-yeon at naging ordinaryong zombie siya."},
    # (Korean keeps the romanized names beside the Hangul: rows and readers look for either)
    "Cheong-san and Gwi-nam's last fight ends in fire as they go down a burning shaft during the bombing; most recaps treat it as Gwi-nam's death, and they disagree on whether Cheong-san's body is ever found.": {
        "ko": "폭격 속에서 청산(Cheong-san)과 귀남(Gwi-nam)의 마지막 싸움은 불타는 통로 아래로 함께 떨어지며 불길 속에 끝나요. 대부분의 리뷰는 이를 귀남의 죽음으로 보고, 청산의 시신이 발견되는지는 리뷰마다 엇갈려요.",
        "es": "La última pelea de Cheong-san y Gwi-nam termina entre llamas: caen juntos por un hueco en llamas durante el bombardeo. La mayoría de los resúmenes lo toman como la muerte de Gwi-nam, y no coinciden en si el cuerpo de Cheong-san llega a encontrarse.",
        "pt": "A última luta de Cheong-san e Gwi-nam termina em chamas: eles caem juntos por um poço em chamas durante o bombardeio. A maioria dos resumos trata isso como a morte de Gwi-nam, e eles não concordam se o corpo de Cheong-san chega a ser encontrado.",
        "id": "Pertarungan terakhir Cheong-san dan Gwi-nam berakhir dalam kobaran api saat mereka jatuh ke lubang yang terbakar di tengah pengeboman. Kebanyakan rangkuman menganggapnya kematian Gwi-nam, dan mereka tidak sepakat apakah jasad Cheong-san pernah ditemukan.",
        "tl": "Nagtapos sa apoy ang huling laban nina Cheong-san at Gwi-nam nang mahulog sila sa isang nasusunog na shaft habang binobomba ang lungsod. Itinuturing ito ng karamihan ng recap na pagkamatay ni Gwi-nam, at hindi sila magkasundo kung natagpuan pa ang katawan ni Cheong-san."},
}
