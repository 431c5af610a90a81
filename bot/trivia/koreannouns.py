"""English answers in their Korean words (not borrowed: those bot.trivia.koreanwords reads by sound):
days, planets, colours, countries, languages, cities Korean names from their own language (모스크바,
로마), oceans and continents, animals and creatures of legend, fruits, grains and foods, sports and a
school's clubs ("양궁부", the archery club), school places and subjects, organs, jobs, weather, agencies, everyday things (a handkerchief, a
ladder, a campfire). A player of a Korean show answers "사과" for Apple, "태평양" for
the Pacific. Each word reads as every English word it may say (쥐: rat, mouse); the reading counts only
when it is an accepted answer (bot.trivia.matching). A one-syllable word is kept only where it is
seldom anything else in chat ("차" is tea and a car, but not "I" or "buy").
"""

from __future__ import annotations


def _table(rows: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for row in rows.strip().splitlines():
        english, korean = row.split(":")
        for word in korean.split():
            table[word] = (*table.get(word, ()), english.strip())
    return table


TRANSLATIONS = _table(
    """
    monday: 월요일
    tuesday: 화요일
    wednesday: 수요일
    thursday: 목요일
    friday: 금요일
    saturday: 토요일
    sunday: 일요일
    mercury: 수성
    venus: 금성
    earth: 지구
    mars: 화성
    jupiter: 목성
    saturn: 토성
    uranus: 천왕성
    neptune: 해왕성
    pluto: 명왕성
    sun: 태양 해
    moon: 달
    red: 빨강 빨간색 빨강색 적색
    orange: 주황 주황색
    yellow: 노랑 노란색 노랑색 황색
    green: 초록 초록색 녹색
    blue: 파랑 파란색 파랑색 청색
    purple: 보라 보라색
    pink: 분홍 분홍색 핑크
    brown: 갈색
    black: 검정 검은색 검정색 흑색
    white: 하양 흰색 하얀색 백색
    grey: 회색
    korea: 한국 대한민국 남한
    south korea: 한국 대한민국 남한
    republic of korea: 대한민국
    north korea: 북한
    japan: 일본
    china: 중국
    united states: 미국
    usa: 미국
    america: 미국
    united kingdom: 영국
    uk: 영국
    england: 영국
    germany: 독일
    france: 프랑스
    italy: 이탈리아
    spain: 스페인
    russia: 러시아
    australia: 호주
    canada: 캐나다
    india: 인도
    paris: 파리
    london: 런던
    tokyo: 도쿄
    beijing: 베이징
    korean: 한국어 한국말
    english: 영어
    japanese: 일본어
    chinese: 중국어
    french: 프랑스어 불어
    spanish: 스페인어
    german: 독일어
    italian: 이탈리아어
    russian: 러시아어
    moscow: 모스크바
    warsaw: 바르샤바
    prague: 프라하
    rome: 로마
    athens: 아테네
    beijing: 북경
    brussels: 브뤼셀
    munich: 뮌헨
    florence: 피렌체
    venice: 베네치아
    naples: 나폴리
    delhi: 델리
    zurich: 취리히
    bucharest: 부쿠레슈티
    kyiv: 키이우 키예프
    kiev: 키예프 키이우
    jerusalem: 예루살렘
    helsinki: 헬싱키
    ottawa: 오타와
    singapore: 싱가포르 싱가폴
    taipei: 타이베이
    havana: 아바나
    buenos aires: 부에노스아이레스
    washington: 워싱턴
    new york: 뉴욕
    los angeles: 로스앤젤레스 엘에이
    hong kong: 홍콩
    kyoto: 교토
    greece: 그리스
    netherlands: 네덜란드
    holland: 네덜란드
    switzerland: 스위스
    sweden: 스웨덴
    argentina: 아르헨티나
    thailand: 태국
    ukraine: 우크라이나
    new zealand: 뉴질랜드
    ireland: 아일랜드
    belgium: 벨기에
    hungary: 헝가리
    czech republic: 체코
    czechia: 체코
    philippines: 필리핀
    south africa: 남아공 남아프리카
    chile: 칠레
    rat: 쥐
    mouse: 쥐
    cat: 고양이
    dog: 강아지
    cow: 소 젖소
    horse: 말
    pig: 돼지
    chicken: 닭 치킨
    rabbit: 토끼
    tiger: 호랑이
    bear: 곰
    snake: 뱀
    bird: 새
    fish: 물고기 생선
    monkey: 원숭이
    lion: 사자
    elephant: 코끼리
    wolf: 늑대
    fox: 여우
    library: 도서관
    school: 학교
    hospital: 병원
    classroom: 교실
    rooftop: 옥상
    roof: 옥상 지붕
    gym: 체육관
    science lab: 과학실
    lab: 실험실 과학실
    music room: 음악실
    broadcasting room: 방송실
    bathroom: 화장실
    toilet: 화장실
    police station: 경찰서
    police: 경찰
    army: 군대
    military: 군대
    soldier: 군인
    teacher: 선생님 선생 교사 쌤
    science teacher: 과학쌤 과학선생님
    firefighter: 소방관 소방대원
    fireman: 소방관 소방대원
    doctor: 의사
    father: 아빠 아버지 아버님
    mother: 엄마 어머니 어머님
    nurse: 간호사
    police officer: 경찰관
    policeman: 경찰관
    detective: 형사 탐정
    lawyer: 변호사
    chef: 요리사 셰프
    cook: 요리사
    pilot: 조종사 파일럿
    farmer: 농부
    scientist: 과학자
    principal: 교장 교장선생님
    president: 대통령
    singer: 가수
    writer: 작가
    author: 작가
    painter: 화가
    student: 학생
    university student: 대학생
    college student: 대학생
    university: 대학교 대학
    college: 대학
    atlantic: 대서양
    pacific: 태평양
    indian ocean: 인도양
    arctic: 북극해 북극
    antarctic: 남극해 남극
    antarctica: 남극 남극대륙
    arctic ocean: 북극해
    pacific ocean: 태평양
    atlantic ocean: 대서양
    southern ocean: 남극해
    mediterranean: 지중해
    asia: 아시아
    europe: 유럽
    africa: 아프리카
    north america: 북미 북아메리카
    south america: 남미 남아메리카
    oceania: 오세아니아
    desert: 사막
    mountain: 산
    river: 강
    island: 섬
    volcano: 화산
    ocean: 바다 대양
    sea: 바다
    lake: 호수
    forest: 숲
    apple: 사과
    pear: 배
    grape: 포도
    grapes: 포도
    strawberry: 딸기
    watermelon: 수박
    peach: 복숭아
    tangerine: 귤
    persimmon: 감
    chestnut: 밤
    potato: 감자
    sweet potato: 고구마
    carrot: 당근
    cabbage: 배추 양배추
    onion: 양파
    garlic: 마늘
    rice: 쌀 밥
    bread: 빵
    noodles: 국수 면
    egg: 계란 달걀
    milk: 우유
    tea: 차
    water: 물
    salt: 소금
    sugar: 설탕
    honey: 꿀
    beef: 소고기
    pork: 돼지고기
    archery: 양궁 궁도
    soccer: 축구
    football: 축구
    baseball: 야구
    basketball: 농구
    volleyball: 배구
    swimming: 수영
    table tennis: 탁구
    ping pong: 탁구
    wrestling: 레슬링 씨름
    fencing: 펜싱
    figure skating: 피겨
    speed skating: 스피드스케이팅
    taekwondo: 태권도
    judo: 유도
    kendo: 검도
    boxing: 권투 복싱
    marathon: 마라톤
    archery club: 양궁부 궁도부 양궁동아리
    science club: 과학부 과학동아리
    broadcasting club: 방송부
    music club: 음악부
    art club: 미술부
    soccer club: 축구부
    baseball club: 야구부
    basketball club: 농구부
    swimming club: 수영부
    deer: 사슴
    stag: 수사슴
    owl: 부엉이 올빼미
    eagle: 독수리
    shark: 상어
    whale: 고래
    dolphin: 돌고래
    spider: 거미
    ant: 개미
    bee: 벌 꿀벌
    butterfly: 나비
    frog: 개구리
    duck: 오리
    sheep: 양
    goat: 염소
    camel: 낙타
    giraffe: 기린
    zebra: 얼룩말
    turtle: 거북이 거북
    tortoise: 거북이 거북
    snail: 달팽이
    octopus: 문어
    squid: 오징어
    jellyfish: 해파리
    shrimp: 새우
    seal: 물개
    lobster: 바닷가재
    crab: 게
    bat: 박쥐
    squirrel: 다람쥐
    crow: 까마귀
    swan: 백조
    mosquito: 모기
    cockroach: 바퀴벌레
    hamster: 햄스터
    gold: 금
    silver: 은
    iron: 철
    diamond: 다이아몬드 다이아
    origami: 종이접기
    piano: 피아노
    violin: 바이올린
    corn: 옥수수
    maize: 옥수수
    wheat: 밀
    barley: 보리
    beans: 콩
    dragon: 용
    dragons: 용
    ghost: 유령 귀신
    vampire: 흡혈귀
    handkerchief: 손수건
    hanky: 손수건
    towel: 수건
    umbrella: 우산
    knife: 칼
    rope: 밧줄
    ladder: 사다리
    firehose: 소방호스
    fire extinguisher: 소화기
    blanket: 담요
    mirror: 거울
    key: 열쇠
    campfire: 모닥불
    bonfire: 모닥불
    smoke: 연기
    science: 과학
    math: 수학
    maths: 수학
    mathematics: 수학
    english: 영어
    korean: 국어 한국어
    history: 역사
    art: 미술
    music: 음악
    chemistry: 화학
    biology: 생물 생명과학
    physics: 물리
    kidney: 신장 콩팥
    kidneys: 신장 콩팥
    heart: 심장
    kitchen: 부엌 주방
    living room: 거실
    bedroom: 침실
    construction site: 공사장 공사현장
    next door: 옆집
    neighbour: 이웃 옆집
    neighbor: 이웃 옆집
    dentist: 치과의사
    dentists: 치과의사
    bullying: 학교폭력 학폭 괴롭힘
    school bullying: 학교폭력 학폭
    rainstorm: 폭우 폭풍우
    thunderstorm: 뇌우 폭풍우
    storm: 폭풍 폭풍우
    airstrike: 공습 폭격
    bombing: 폭격
    national intelligence service: 국정원 국가정보원
    nis: 국정원 국가정보원
    vice principal: 교감 교감선생님
    vest: 조끼
    midnight: 자정
    newcomers: 신인 신인배우
    rookies: 신인 신인배우
    godfather: 대부
    two days: 이틀
    three days: 사흘
    four days: 나흘
    five days: 닷새
    six days: 엿새
    seven days: 이레
    ten days: 열흘
    """
)
