"""Who did what to whom, in Korean: the content pack's deed texts (events.yaml's attacks, bites, kills and Cheol-su's
lie), translated from their EXACT English words as fate_phrases translates the fates. who_did answers them after the
doer's name ("이청산. 도서관에서 청산이 ..."); a part that says the text alone (Cheol-su's lie) is said so too. A text a
moderator edits, or one not written here, is said in English, as true as before. Names are in Hangul as the pack gives
them (the given name, as the English says the short one); a deed that needs a name the pack has no Hangul for is
left out.
"""

from __future__ import annotations

#: English pack text -> its words in each asker's language (Korean only, for now).
DEEDS: dict[str, dict[str, str]] = {
    "A caged lab animal (a rat or mouse in most recaps) bites the student Hyeon-ju in the science lab.": {
        "ko": "과학실에서 우리에 갇힌 실험동물(대부분의 리뷰에서는 쥐)이 학생 현주를 물어요."},
    "Na-yeon deliberately infects Gyeong-su with a handkerchief soaked in zombie blood, and he turns.": {
        "ko": "나연이 좀비 피를 묻힌 손수건으로 일부러 경수를 감염시키고, 경수는 좀비가 돼요."},
    "Cheong-san's mother rides to the school to find her son and is mauled by the zombie Gyeong-su.": {
        "ko": "청산의 엄마는 아들을 찾으러 학교에 왔다가 좀비가 된 경수에게 공격당해요."},
    "In the library Cheong-san stabs Gwi-nam in the eye and drops him among the zombies.": {
        "ko": "도서관에서 청산이 귀남의 눈을 찌르고 좀비들 사이에 떨어뜨려요."},
    "Gwi-nam bites Nam-ra while she shields Su-hyeok.": {
        "ko": "귀남이 수혁을 감싸던 남라를 물어요."},
    "Cheol-su keeps the roof door locked against the class as a helicopter arrives.": {
        "ko": "헬기가 도착하자 철수는 옥상 문을 잠가 반 친구들이 들어오지 못하게 해요."},
    "Cheol-su leaves on the helicopter, telling the crew that no one else is alive.": {
        "ko": "철수는 구조대에게 살아남은 사람이 아무도 없다고 말하고 헬기를 타고 떠나요."},
    "Nam-ra's new strength drives Gwi-nam back.": {
        "ko": "새로 얻은 힘으로 남라가 귀남을 밀어내요."},
    "The fight on the roof ends when Nam-ra throws Gwi-nam off the building.": {
        "ko": "옥상 싸움은 남라가 귀남을 건물 밖으로 던지면서 끝나요."},
    "Eun-ji attacks Cheol-su at the quarantine camp; the sources do not say what happens to him after that.": {
        "ko": "격리 캠프에서 은지가 철수를 공격해요. 그 뒤 철수가 어떻게 되는지는 출처에 나오지 않아요."},
    "Ji-min abandons Hyo-ryeong, and Woo-jin comes to her rescue.": {
        "ko": "지민이 효령을 버리고, 우진이 효령을 구해요."},
    "Joon-yeong is bitten during the gym breakout and helps push the others out.": {
        "ko": "준영은 체육관 탈출 중에 물리고, 다른 친구들이 빠져나가도록 도와요."},
    "Separated from the others in the gym, Min-jae is bitten by Gwi-nam and turns into an ordinary zombie.": {
        "ko": "체육관에서 다른 친구들과 떨어진 민재는 귀남에게 물려 보통 좀비가 돼요."},
    "At a construction site Gwi-nam bites Cheong-san.": {
        "ko": "공사장에서 귀남이 청산을 물어요."},
    "So-ju leads the students out of the gym.": {
        "ko": "소주가 학생들을 이끌고 체육관을 빠져나가요."},
    "Woo-jin is bitten while protecting his sister Ha-ri.": {
        "ko": "우진은 누나 하리를 지키다가 물려요."},
    "After Woo-jin is bitten, Nam-ra kills him.": {
        "ko": "우진이 물린 뒤 남라가 우진을 죽여요."},
    "Gwi-nam kills the school principal, and Cheong-san films it.": {
        "ko": "귀남이 교장을 죽이고, 청산이 그 장면을 찍어요."},
    "Cut off from the others while the class is on the roof, Na-yeon is bitten by Gwi-nam and turns into an ordinary zombie.": {
        "ko": "반 친구들이 옥상에 있는 동안 혼자 떨어진 나연은 귀남에게 물려 보통 좀비가 돼요."},
}
