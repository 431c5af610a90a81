"""Korean questions read as English words (`gloss_korean`): "11화" -> "episode 11", "시즌2" -> "season 2", the
question words and endings fans type ("몇 화", "누구", "진짜야"), and a comparison ("시즌2가 시즌1보다 길어?")
turned into the English order ("season 2 ... longer than season 1"); `unglossed_korean` names what is left unread."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.text import HANGUL, HANGUL_WORD, JAMO

KOREAN_GLOSSES: tuple[tuple[str, str], ...] = (
    # Longest first, so "어떻게 돼" wins over "어떻게".
    ("지금 우리 학교는", " koreantitle "),
    # "is it true", said alone ("시즌2 3월 개봉 진짜야?"; hearsay is korean_chat's), and counts of the show's figures
    ("진짜야", " is it true "), ("진짜임", " is it true "), ("사실이야", " is it true "),
    ("12월", " december "), ("11월", " november "), ("10월", " october "), ("1월", " january "), ("2월", " february "), ("3월", " march "), ("4월", " april "), ("5월", " may "), ("6월", " june "), ("7월", " july "), ("8월", " august "), ("9월", " september "),
    ("몇 개국", " how many countries "), ("몇개국", " how many countries "), ("개국", " countries "), ("1위", " number one "),
    ("누적 시청시간", " total viewing hours "), ("시청시간", " viewing hours "), ("시청 시간", " viewing hours "),
    ("얼마야", " how much "), ("이었어", " was "), ("있었어", " was "),
    # a span since it came out ("시즌1 나온 지 얼마나 됐어?", "나온지 몇 년 됐어"), and what someone was in ("로몬 나온 작품")
    ("나온 지 얼마나 됐", " how long since it came out "), ("나온지 얼마나 됐", " how long since it came out "),
    ("나온 지 몇 년", " how many years since it came out "), ("나온지 몇년", " how many years since it came out "),
    ("나온 작품", " other works "),
    ("몇 주", " how many weeks "), ("몇주", " how many weeks "), ("탑10", " top 10 "), ("탑 10", " top 10 "), ("누적", " total "), ("동안", " "),
    ("어떻게 돼", " what happens to "), ("어떻게 됐", " what happens to "), ("어떻게 되", " what happens to "),
    # the same in chat spelling (어케, 어캐) and ending (됨): "귀남 눈 어케 됨" asks what happened, not yes or no
    ("어떻게 됨", " what happens to "), ("어케 됨", " what happens to "), ("어케 돼", " what happens to "),
    ("어케 됐", " what happens to "), ("어케 되", " what happens to "), ("어캐 됨", " what happens to "),
    ("어캐 돼", " what happens to "), ("어캐 됐", " what happens to "), ("어캐 되", " what happens to "),
    ("몇 화까지", " how many episodes "), ("몇화까지", " how many episodes "),
    ("총 몇부작", " how many episodes "), ("총 몇 부작", " how many episodes "), ("총 몇화", " how many episodes "),
    ("총 몇 화", " how many episodes "), ("총 몇", " how many "),
    # "시즌2 에피소드 몇 개야": how many episodes (never the status); "시즌2에 누가 돌아와": who returns, the cast
    ("에피소드 몇 개", " how many episodes "), ("에피소드 몇개", " how many episodes "), ("에피 몇 개", " how many episodes "),
    ("에피 몇개", " how many episodes "), ("누가 돌아와", " who returns "), ("누가 돌아오", " who returns "),
    ("누구 돌아와", " who returns "), ("누구 돌아오", " who returns "),
    # "남라 몇 화에 돌아와?": when they come back (never dropped: "which episode" alone was their first event, episode 6)
    ("돌아왔", " came back "), ("돌아와", " come back "), ("돌아오", " come back "),
    ("출연진", " cast "), ("출연", " cast "), ("누구 나와", " who is in the cast "), ("누가 나와", " who is in the cast "),
    ("누구 나오", " who is in the cast "), ("누가 나오", " who is in the cast "),
    ("몇 화", " which episode "), ("몇화", " which episode "), ("몇 회", " which episode "), ("몇회", " which episode "),
    # "시즌2 관람등급 뭐야": season 2's age rating (never read as Korea's)
    # "시즌 몇까지 있어", "몇 시즌이야": how many seasons (never season 1's runtime)
    ("시즌 몇까지", " how many seasons are there "), ("몇 시즌", " how many seasons "), ("몇시즌", " how many seasons "),
    # "시즌2 파트2 언제 나와?": the later part (season2_episodes reads "part 2"); "벌써 나왔어?": already out
    ("파트2", " part 2 "), ("파트 2", " part 2 "), ("벌써", " already "),
    ("2기", " season 2 "),  # "2기 3월에 나와?": season 2 as anime fans say it
    ("지우학2", " season 2 "), ("지우학 2", " season 2 "),  # "지우학2 나옴?": the show's short name with its season
    ("관람등급", " age rating "), ("관람 등급", " age rating "), ("연령등급", " age rating "), ("시청등급", " age rating "),
    ("몇 시에", " what time "), ("몇시에", " what time "),  # "시즌2 몇시에 나와": the hour (never 몇 시즌)
    ("몇 부작", " how many episodes "), ("몇부작", " how many episodes "), ("몇 편", " how many episodes "),
    ("몇 달 뒤", " how many months later "), ("몇 달 후", " how many months later "), ("몇달 뒤", " how many months later "),
    ("몇달 후", " how many months later "), ("몇 달", " how many months "), ("몇달", " how many months "),
    # "여학생 몇 명 죽어?": the girls counted, never every student ("학생" read inside "여학생"); elsewhere "여학생" stays Korean
    ("여학생들 몇", " girls 몇"), ("여학생 몇", " girls 몇"), ("남학생들 몇", " boys 몇"), ("남학생 몇", " boys 몇"),
    ("몇 명", " how many "), ("몇명", " how many "), ("몇 살", " how old "), ("몇살", " how old "),
    ("볼 수", " watch "), ("봐야", " watch "), ("보려면", " watch "), ("러닝타임", " runtime "), ("제작사", " production company "),
    ("상영시간", " runtime "), ("몇 분짜리", " how many minutes "), ("몇분짜리", " how many minutes "), ("몇분이야", " how many minutes "),
    ("오징어게임", " squid game "), ("오징어 게임", " squid game "), ("본명", " real name "), ("어떻게 죽", " dies how "),
    ("시즌", " season "), ("누구 역", " what role "), ("무슨 역", " what role "), ("역할", " role "),
    ("뭐라고 했", " what said "), ("뭐라고 해", " what say "), ("뭐라고 말", " what say "),  # "온조 마지막에 뭐라고 해": her words
    ("누구누구", " who are the "), ("누가", " who "), ("누구", " who "), ("언제", " when "), ("며칠에", " when "), ("몇일에", " when "), ("어디", " where "), ("왜", " why "),
    ("뭐", " what "), ("무슨", " what "), ("무엇", " what "), ("얼마나", " how long "),
    ("새로운", " new "), ("새로 온", " new "), ("새로 나오는", " new "), ("새로 들어온", " new "), ("신규", " new "), ("신캐", " new character "),
    # a release delayed ("연기됐어", "미뤄졌어"), never 연기 as acting
    ("연기됐", " delayed "), ("연기됨", " delayed "), ("연기돼", " delayed "), ("연기되", " delayed "), ("연기된", " delayed "),
    ("미뤄졌", " delayed "), ("미뤄짐", " delayed "), ("미뤄진", " delayed "),
    ("배우", " actor "), ("연기", " plays "), ("역", " role "), ("캐릭터", " character "),
    ("아빠", " father "), ("아버지", " father "), ("엄마", " mother "), ("어머니", " mother "),
    ("도망", " run away "), ("떠났", " left "), ("떠나", " leave "), ("살아남았", " survived "), ("남았", " stayed "), ("같이", " with "),
    ("동생", " younger sibling "), ("아들", " son "), ("딸", " daughter "), ("누나", " older sister "), ("언니", " older sister "),
    ("오빠", " older brother "), ("형사", " detective "), ("형", " older brother "), ("친구", " friend "), ("여자친구", " girlfriend "),
    ("남자친구", " boyfriend "), ("좋아해", " likes "), ("좋아하", " likes "), ("사랑", " love "), ("사귀", " dating "), ("사겨", " dating "), ("연애", " dating "), ("커플", " a couple "),
    ("선배", " 's senior "),  # "온조 선배": whose senior the one named has (Ma-ru, On-jo's)
    ("선생님", " teacher "), ("선생", " teacher "), ("과학", " science "), ("담임", " homeroom teacher "),
    ("죽였", " killed "), ("죽여", " kills "), ("죽인", " killed "), ("죽이", " kills "),
    ("죽어", " die "), ("죽었", " died "), ("죽는", " die "), ("죽은 who", " who dies "), ("죽은거", " dead "), ("죽은 거", " dead "), ("죽음", " death "), ("사망", " death "),
    ("살아남", " survive "), ("살아", " alive "), ("살았", " alive "), ("생존", " survive "),
    ("물려", " bitten "), ("물렸", " bitten "), ("물린", " bitten "), ("물었", " bit "), ("감염", " infected "),
    ("반좀비", " halfbie "), ("반인반좀", " halfbie "), ("좀비", " zombie "), ("하프비", " halfbie "), ("반장", " class president "), ("일진", " school bully "), ("빌런", " the villain "), ("악역", " the villain "), ("악당", " the villain "),
    # verdicts on a person ("남라 착한 애야?"): judgements.py answers them as the viewer's judgement
    ("하차", " leave "), ("착한", " good "), ("착해", " good "), ("나쁜", " bad "), ("나빠", " bad "), ("영웅", " hero "), ("피해자", " victim "), ("싸이코", " psycho "), ("사이코", " psycho "),
    ("국정원", " the NIS "), ("팀장", " team leader "), ("요원", " agent "),
    # the show's own nouns as Korean fans write them (the spoiler lexicon reads them too): the virus, the district,
    # the army's rule, the camp, and the class the students are in ("몇 반", never the 반 of 반좀비 or 반장)
    ("요나스", " jonas "), ("양동", " yangdong "),
    ("계엄령", " martial law "), ("계엄", " martial law "), ("명령했", " ordered "), ("명령", " ordered "), ("지시했", " ordered "),
    ("수용소", " quarantine camp "), ("캠프", " camp "), ("몇 반", " which class "), ("몇반", " which class "),
    ("키스", " kiss "), ("싸웠", " fought "), ("싸워", " fight "), ("싸우", " fight "), ("싸움", " fight "), ("고백", " confess "), ("도서관", " library "), ("장면", " scene "),
    ("옥상", " roof "), ("체육관", " gym "), ("방송실", " broadcasting room "), ("음악실", " music room "),
    ("줄거리", " plot "), ("내용", " plot "), ("요약", " plot "), ("찍었", " filmed "), ("찍은", " filmed "), ("찍어", " filmed "),
    ("어른들", " adults "), ("어른", " adults "), ("치킨집", " chicken shop "), ("가게", " shop "), ("안경", " glasses "),
    ("촬영지", " filming location "), ("촬영 장소", " filming location "), ("촬영", " filming "), ("시작", " start "), ("끝났", " finished "), ("끝낫", " finished "), ("완결", " finished "), ("끝나", " end "), ("나왔", " came out "),
    ("나와", " come out "), ("나오", " come out "), ("개봉일", " release date "), ("날짜", " date "), ("아직도", " still "), ("아직", " yet "), ("개봉", " release "), ("공개됐", " released "), ("공개되었", " released "), ("공개", " release "),
    ("드론", " drone "), ("헬기", " helicopter "), ("헬리콥터", " helicopter "), ("폭격", " bombing "),
    ("폭탄", " bomb "), ("미사일", " missile "), ("구조", " rescue "), ("탈출", " escape "), ("출산", " birth "),
    ("임신", " pregnant "), ("아기", " the baby "), ("애기", " the baby "), ("교장", " the principal "), ("쥐", " rat "), ("손수건", " handkerchief "),
    ("눈물", " cry "), ("눈", " eye "), ("잠갔", " locked "), ("잠궜", " locked "), ("잠근", " locked "), ("잠가", " lock "), ("잠겨", " locked "), ("진짜 있는", " a real "), ("실제로 있는", " a real "), ("실제 있는", " a real "), ("실존하는", " a real "), ("실존", " real "), ("도시", " city "), ("실화 바탕", " is it based on a true story "), ("실화야", " is it a true story "), ("실화임", " is it a true story "), ("실화", " true story "), ("일본 드라마", " is it a japanese drama "), ("일본", " japan "), ("넷플릭스 오리지널", " a netflix original "), ("오리지널", " original "), ("웃겨", " funny "), ("웃긴", " funny "), ("문", " door "), ("양궁", " archery "), ("활", " bow "), ("화장실", " toilet "), ("식당", " cafeteria "), ("급식실", " cafeteria "),
    ("과학실", " science lab "), ("공사장", " construction site "), ("경찰", " police "), ("군인", " soldier "),
    ("불 질렀", " set fire "), ("불을 질렀", " set fire "), ("불 지른", " set fire to "), ("불 낸", " set fire to "), ("불낸", " set fire to "), ("불", " fire "), ("화재", " fire "), ("천둥", " thunderstorm "), ("격리", " quarantine "),
    ("바이러스", " virus "), ("이름", " name "), ("제목", " title "), ("뜻", " meaning "), ("의미", " meaning "), ("원작", " the show based on "), ("웹툰", " webtoon "),
    ("작가", " author "), ("감독", " director "), ("연출", " directed "), ("각본", " screenplay "), ("만들었", " made "), ("만든", " made "), ("만들", " make "),
    ("혈액형", " blood type "), ("나이", " age "), ("생일", " birthday "), ("키 몇", " how tall "), ("키는", " height "), ("키", " height "),
    ("예고편", " trailer "), ("트레일러", " trailer "), ("티저", " teaser "),
    # "시즌2 소식 있어?", "지우학2 근황": season 2's news, as "any news on s2" is read
    ("소식", " news "), ("뉴스", " news "), ("근황", " news "),
    ("몇 학년", " what grade "), ("몇학년", " what grade "), ("학년", " grade "), ("영화", " movie "), ("말한", " mentioned "),
    ("말했", " mentioned "), ("말하", " mentions "), ("언급", " mentioned "), ("효산고", " hyosan high school "), ("인구", " population "), ("효산", " hyosan "), ("상반기", " first half of "),
    ("하반기", " second half of "), ("내년", " next year "), ("이어졌", " end up with "), ("이어짐", " end up with "),
    ("이어져", " end up with "), ("이어지", " end up with "), ("퍼뜨", " spread "), ("평점", " reviews "), ("상 받", " won an award "),
    ("상받", " won an award "), ("수상", " won an award "), ("몇 년도", " what year "), ("몇년도", " what year "),
    ("몇 월", " what month "), ("몇월", " what month "),  # "s2 몇월에 나와?": when, to the month
    ("년도", " year "), ("한화", " an episode "), ("다른 작품", " other works "), ("출연작", " other works "), ("차기작", " next drama "), ("요즘", " these days "),
    ("최근에", " recently "), ("드라마", " drama "), ("어느 나라", " what country "), ("나라", " country "),
    ("한국", " korean "), ("실제로", " real "), ("기간", " how long "), ("걸렸", " took "), ("발표", " announced "),
    ("잔인", " gory "), ("캐스팅", " cast "), ("유출", " leaked "), ("구해", " saved "), ("구했", " saved "), ("구한", " saved "), ("구하", " save "),
    ("지켜", " protected "), ("지킨", " protected "), ("지키", " protect "),  # 지키다: "온조 지켜준 사람", "남라가 지킨 사람"
    ("날씨", " weather "), ("오늘", " today "), ("결말", " ending "), ("엔딩", " ending "), ("학생", " students "), ("마지막", " last "), ("결국", " in the end "), ("역시", " "), ("첫", " first "), ("처음", " first "), ("제일 먼저", " first "),
    ("가장 먼저", " first "), ("먼저", " first "), ("사람", " person "),
    ("화에서", " episode "), ("화에", " episode "), ("화", " episode "), ("회", " episode "),
    ("넷플릭스", " netflix "), ("넷플", " netflix "), ("시즌2", " season 2 "), ("학교", " school "), ("군대", " military "),
    ("일부러", " on purpose "), ("고의로", " on purpose "), ("1위", " number one "), ("1등", " number one "),
    ("누구야", " who "), ("그랬", " did that "), ("그런 짓", " do that "), ("뭐야", " what "), ("확정", " confirmed "), ("리뉴얼", " renewed "),
)
# One-syllable nouns glossed only as a word of their own (a particle may follow): "역시", "형사", "회사",
# "영화", "화나", "활동", "불쌍해" and "눈물" are other words.
_HOW_MANY_MINUTES = compile_later(r"몇\s*분")
_EPISODE_WORD = compile_later(r"화|회|에피소드|러닝|상영")
_WHO_DID = compile_later(rf"({HANGUL_WORD.pattern})\s*사람(?:이|은|는|이야|임)?(?:\s*누구(?:야|임|예요|에요)?)?(?=[\s?!.]*$)")
_PARTICLE = r"(?:은|는|이|가|을|를|의|도|만|에|에서|로|으로|랑|이랑|하고|야|이야|임|이에요|예요|에요|요)"
_WORD_ALONE = {k: compile_later(rf"(?<!{HANGUL.pattern}){k}(?=(?:{_PARTICLE})?(?!{HANGUL.pattern}))") for k in "역형딸쥐활불화회키눈문"}
# "눈 오는 장면", "눈이 내려": snow falling, never an eye (the eye of "귀남 눈 어케 됨")
_SNOW = compile_later(rf"(?<!{HANGUL.pattern})눈(?=\s*(?:이\s*)?(?:오|와|왔|내리|내려|내렸|쌓|사람|싸움|덮))")
_EPISODE_NUMBER_KO = compile_later(r"(\d{1,2})\s*(?:화|회)")
_SEASON_KO = compile_later(r"시즌\s*(\d)")
_WEEK_KO = compile_later(r"(\d{1,2})\s*주\s*차")  # "3주차": the third week (of viewing figures)
# "A가 B보다 (더) 길어/많아/짧아": a season (or show) longer than another is one with more episodes
_LONGER_THAN = compile_later(r"^\s*(.+?)\s+(\S+?)보다\s*(?:더\s*)?(?:(?:에피소드|에피|화수|회차)(?:가|이)?\s*)?(?:더\s*)?(길|많|짧|적)" + HANGUL.pattern + "*")
_MORE = {"길": "more", "많": "more", "짧": "fewer", "적": "fewer"}
# "시즌2 몇 시에 나와?", "시즌2 몇시에 올라와": the hour something comes out, in the English order ("what time does season 2
# come out"): said last, "what time" read as a thing in season 2 gave a record from before the date was set
_WHAT_TIME = compile_later(r"^\s*(.+?)\s*몇\s*시(?:에|쯤|쯤에)?\s*(?:나와|나오|나옴|공개|올라|풀려|풀리|떠|오픈)" + HANGUL.pattern + r"*[\s?!.~ㅠㅜ]*$")

_WHAT_TIME_PAST = compile_later(r"몇\s*시(?:에|쯤|쯤에)?\s*(?:나왔|공개됐|공개되었|공개했|올라왔|풀렸|떴|오픈했)")

# A deed said object first with its question word between ("계엄령 누가 내렸어?", "은지 불 왜 질렀어"): the question
# word first, then the deed in English ("who declared martial law", "why set fire"); 내리다 and 지르다 are read only
# with their object ("헬기에서 내렸어" is getting off, "소리 질렀어" a scream)
_OBJECT_FIRST = (
    (compile_later(r"계엄령?(?:을|이)?\s*(누가|누구|왜|언제|몇\s*화에?)?\s*(?:내렸|내린|내려|선포)"), "declared martial law"),
    (compile_later(r"감염(?:을)?\s*(누가|누구|왜|언제|몇\s*화에?)?\s*(?:시켰|시킨|시켜)(?!\s*사람)"), "infected"),
    (compile_later(rf"(?<!{HANGUL.pattern})불(?:을)?\s*(누가|누구|왜|언제|몇\s*화에?)?\s*(?:질렀|질러|지름|냈)(?!\s*사람)"), "set fire"),
    # "결말에 누구 죽어": who dies at the end (the ending's deaths), never the ending's first event; "마지막에 누가
    # 죽어" stays "who dies last"
    (compile_later(r"(?:결말|엔딩)(?:에서|에)?\s*(누가|누구)\s*(?:죽|사망)" + HANGUL.pattern + "*"), "dies at the end"),
)
# "이유미 오징어게임 나왔어?": 나오다 after another work's title, said of someone, is being in it (출연), never a
# release ("came out"); and "청산이 누가 물어?", the bite asked in the present, is asked as "누가 물었어" is
_IN_WORK = compile_later(r"(?<=\S)(\s+(?:오징어\s?게임|부산행|킹덤|스위트홈)(?:에서도|에서|에도|에)?)\s*(?:나왔|나온|나와|나오)")
_BITE_ASKED = compile_later(rf"(누가|누구)\s*(?:물어|물음|묾)(?:요)?(?=\s*[?!.~{JAMO}]*\s*$)")
_WHOM_DONE = compile_later(r"누구(?:를)?\s*(?=물었|물어|물음|물었음|죽였|죽임|죽여|감염시)")
_BITTEN_BY = compile_later(r"(?:\s*(?:한테|에게)\s*|\s+)(?:물린|물은)\s*(?:사람|애|캐릭터|학생|친구)(?:들)?(?:은|이|이야)?(?:\s*누구\S*)?")
# "철수가 구조대한테 다 죽었다고 한 거 거짓말이야?", "철수 구조대한테 거짓말했어?": the lie Cheol-su told the rescue crew (E8),
# said as loose_wordings.py reads it in English ("ent0 lied to the rescue crew that everyone died")
_ALL_KO = r"(?:다|모두|전부|다들)"  # "all" (of them), as said before 죽- (die)
_LIED_TO_CREW = compile_later(r"(?:구조대|구조팀|구조\s?헬기|헬기)(?:한테|에게|에|에다)?\s*(?:" + _ALL_KO + r"\s*죽었다고\s*"
                              r"(?:한|말한|했던|말했던)?\s*(?:거|것|말)?(?:은|는|이|가)?\s*)?거짓말")

# "다 죽어?", "학생들 모두 죽어?": everyone (of them) dies, never a word dropped as an ending ("does ... die": whom?)
_ALL_DYING = _ALL_KO + r"\s*죽(?!였|여|이|인|\S*다고)\S*"  # never 죽였어, 죽인 (killed them all), 죽었다고 (said that)
_ALL_DIE = compile_later(rf"(?<!\S){_ALL_DYING}")
# "귀남이 다 죽였어?", "귀남이가 사람들 다 죽인거야?": whether they killed everyone, never whether they died
_ALL_KILLED = compile_later(rf"(?<!\S)(?:사람들?\s*)?{_ALL_KO}\s*죽(?:였|인|여)\S*")
# "선생님들 다 죽어?": the group named all dying ("do all the teachers die": groups.py), never one teacher's death
_GROUP_KO = {"선생님": "teachers", "선생": "teachers", "쌤": "teachers", "학생": "students", "어른": "adults", "여자애": "girls",
             "여학생": "girls", "여자": "girls", "남자애": "boys", "남학생": "boys", "부모님": "parents", "부모": "parents",
             "군인": "soldiers", "좀비": "zombies"}  # "여자애들 다 죽어?": the girls
_GROUP_ALL_DIE = compile_later(rf"(?<!\S)({'|'.join(_GROUP_KO)})들?(?:은|이|도)?\s*{_ALL_DYING}")
# "4화에서 죽는 선생님 누구야?": which of the group dies in that episode (groups.py), never the group's first death
_GROUP_IN_EPISODE = compile_later(rf"episode (\d{{1,2}})\s*(?:에서|에|때)?\s*죽(?:는|은)\s*({'|'.join(_GROUP_KO)})들?"
                                  r"(?:은|이|는)?(?:\s*누구\S*)?")
# "선생님 중에 누가 먼저 죽어?", "먼저 죽는 선생님 누구야", "첫번째로 죽는 선생님", "마지막으로 죽는 학생": which of the group dies first or last (groups.py), never the
# first death of anyone (the student Hyeon-ju)
_GROUP_FIRST = compile_later(rf"(?<!\S)({'|'.join(_GROUP_KO)})들?\s*(?:중에서?|중)\s*누가\s*(?:제일\s*|가장\s*)?(먼저|처음(?:에|으로)?|마지막(?:에|으로)?)"
                             r"\s*죽\S*")
_FIRST_GROUP = compile_later(rf"(?<!\S)(?:제일\s*|가장\s*)?(먼저|처음(?:에|으로)?|마지막(?:에|으로)?|첫\s*번째로?)\s*죽(?:는|은)\s*({'|'.join(_GROUP_KO)})들?"
                             r"(?:은|이|는)?(?:\s*누구\S*)?")
# "선생님들 다 착해?": the group named all being something else ("are all the teachers good"), never one teacher
_GROUP_ALL = compile_later(rf"(?<!\S)({'|'.join(_GROUP_KO)})들?(?:은|이|도)?\s*{_ALL_KO}(?=\s)")
# "양궁 제일 잘하는 사람 누구야": who is the best at it (for archery, the club's captain; anything else, no ranking)
_BEST_AT_KO = compile_later(r"^\s*(\S+?)(?:을|를)?\s*(?:제일|가장)\s*잘하는\s*(?:사람|애|캐릭터|학생)?(?:은|이)?\s*(?:누구\S*)?")

_ARCHERY_KO = frozenset({"양궁", "활", "활쏘기", "궁수"})  # as loose_wordings.py reads "the best archer": the club's captain


# "온조는 3화에서 왜 안 죽었어": why someone did not die in an episode, as negated.py reads it in English (kept_alive.py);
# 안 is the denial the glosses below would drop ("why died")
_WHY_NOT_DIE_IN = compile_later(r"^\s*(\S+?)\s+episode (\d{1,2})\s*(?:에서|에|때)?\s*왜\s*안\s*죽\S*"
                                r"|^\s*episode (\d{1,2})\s*(?:에서|에|때)?\s*(\S+?)\s+왜\s*안\s*죽\S*")


def _order_ko(word: str) -> str:
    """"먼저"/"처음" as "first", "마지막" as "last"."""
    return "last" if word.startswith("마지막") else "first"


def _deed_first(english: str) -> Callable[[re.Match[str]], str]:
    """The question word said before the deed in English ("누가" then "declared martial law")."""
    return lambda m: f" {m.group(1) or ''} {english} "


def gloss_korean(text: str) -> str:
    """Korean question words and endings as English words; Hangul names stay (the name resolver
    finds them first). "11화" -> "episode 11", "시즌2" -> "season 2"."""
    if not HANGUL.search(text):
        return text
    if "보다" in text:  # "시즌2가 시즌1보다 길어?": the English order, "does season 2 have more episodes than season 1"
        text = _LONGER_THAN.sub(lambda m: f" does {m.group(1)} have {_MORE[m.group(3)]} episodes than {m.group(2)} ", text)
    if "시" in text:
        # said in the past ("1화 몇 시에 공개됐어?"): what time it did, season 1's episode (analysis.py)
        tense = "did" if _WHAT_TIME_PAST.search(text) else "does"
        text = _WHAT_TIME.sub(rf" what time {tense} \1 come out ", text)
    text = _EPISODE_NUMBER_KO.sub(r" episode \1 ", text)
    text = _SEASON_KO.sub(r" season \1 ", text)
    if "안" in text:
        text = _WHY_NOT_DIE_IN.sub(lambda m: f" why didn't {m.group(1) or m.group(4)} die in episode {m.group(2) or m.group(3)} ", text)
    text = _WEEK_KO.sub(r" week \1 ", text)
    if "분" in text and _EPISODE_WORD.search(text):
        text = _HOW_MANY_MINUTES.sub(" how many minutes ", text)  # "한 화에 몇 분이야": minutes, not "how many people"
    if "물" in text:  # "귀남이한테 물린 사람 누구야", "귀남이 물은 애들": whom the one named bit ("who did Gwi-nam bite")
        text = _BITE_ASKED.sub(r"\1 물었어", _BITTEN_BY.sub(" whom bit ", text))
    if "나" in text:
        text = _IN_WORK.sub(r"\1 출연", text)
    if "잘하" in text:
        text = _BEST_AT_KO.sub(lambda m: " who is the archer " if m.group(1) in _ARCHERY_KO else f" who is the best at {m.group(1)} ", text)
    if "거짓말" in text:
        text = _LIED_TO_CREW.sub(" lied to the rescue crew that everyone died ", text)
    if "죽" in text:
        text = _GROUP_IN_EPISODE.sub(lambda m: f" which {_GROUP_KO[m.group(2)].removesuffix('s')} dies in episode {m.group(1)} ", text)
        text = _GROUP_FIRST.sub(lambda m: f" which {_GROUP_KO[m.group(1)].removesuffix('s')} dies {_order_ko(m.group(2))} ", text)
        text = _FIRST_GROUP.sub(lambda m: f" which {_GROUP_KO[m.group(2)].removesuffix('s')} dies {_order_ko(m.group(1))} ", text)
        text = _ALL_KILLED.sub(" killed everyone ", text)  # first: "다 죽인거야" is no "다 죽어"
        text = _ALL_DIE.sub(" everyone die ", _GROUP_ALL_DIE.sub(lambda m: f" do all the {_GROUP_KO[m.group(1)]} die ", text))
    text = _GROUP_ALL.sub(lambda m: f" are all the {_GROUP_KO[m.group(1)]} ", text)  # "선생님들 다 착해?": all of them, asked
    for deed, english in _OBJECT_FIRST:
        text = deed.sub(_deed_first(english), text)
    if "누구" in text:  # "귀남이 누구 물었어": whom he bit; "남라 누가 물었어" (누가, the subject) is who bit her
        text = _WHOM_DONE.sub(" whom ", text)
    if "사람" in text:  # "불 지른 사람": the one who did it ("...ㄴ 사람" is "the person who ..."), asked who
        text = _WHO_DID.sub(lambda m: f"{m.group(1)} who " if (ord(m.group(1)[-1]) - 0xAC00) % 28 == 4 else m.group(0), text)
    if "눈" in text:
        text = _SNOW.sub(" snow ", text)
    for korean, english in KOREAN_GLOSSES:
        if korean in text:
            single = _WORD_ALONE.get(korean)  # "불" alone is fire, never the 불 of "청불" or "불쌍해"
            text = single.sub(english, text) if single is not None else text.replace(korean, english)
    # What is left of Hangul: particles and endings (이야, 에서, 랑, ...) carry nothing to match.
    return HANGUL_WORD.sub(" ", text)


def unglossed_korean(text: str) -> list[str]:
    """The Hangul words `gloss_korean` would leave unread (particles and endings among them)."""
    text = _LONGER_THAN.sub(r" \1 \2 ", text) if "보다" in text else text
    text = _WHAT_TIME.sub(r" \1 ", text) if "시" in text else text
    text = _BITE_ASKED.sub(r"\1 물었어", _BITTEN_BY.sub(" ", text)) if "물" in text else text
    text = _IN_WORK.sub(r"\1 출연", text) if "나" in text else text
    text = _BEST_AT_KO.sub(r" \1 ", text) if "잘하" in text else text
    text = _LIED_TO_CREW.sub(" ", text) if "거짓말" in text else text
    if "죽" in text:
        text = _FIRST_GROUP.sub(" ", _GROUP_FIRST.sub(" ", text))  # "선생님 중에 누가 먼저 죽어": read whole
        text = _ALL_DIE.sub(" ", _GROUP_ALL_DIE.sub(" ", _ALL_KILLED.sub(" ", text)))
    for deed, _ in _OBJECT_FIRST:
        text = deed.sub(lambda m: f" {m.group(1) or ''} ", text)
    text = _WEEK_KO.sub(" ", _SEASON_KO.sub(" ", _EPISODE_NUMBER_KO.sub(" ", text)))
    if "분" in text and _EPISODE_WORD.search(text):
        text = _HOW_MANY_MINUTES.sub(" ", text)  # read as gloss_korean reads it: "한화 몇분"
    for korean, _ in KOREAN_GLOSSES:
        if korean not in text:
            continue  # a cheap test first: most of the glosses are not in a question
        single = _WORD_ALONE.get(korean)
        text = single.sub(" ", text) if single is not None else text.replace(korean, " ")
    return HANGUL_WORD.findall(text)
