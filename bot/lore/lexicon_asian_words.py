"""The names and event words of Japanese, Chinese and Thai chat, as the lexicon reads them (`lexicon_typos.in_latin`
puts them in the lexicon's words, spaced, before a text is read).

Names as fans of each language write them (katakana; the Chinese subtitles' names in simplified and traditional
characters; Thai letters), the actors' too: an actor stands for their roles."""

from __future__ import annotations

import re

from bot.lore.lexicon_episodes import WRITER_TIRED
from bot.lore.lexicon_vietnamese import said_as

_NAMES_ASIA: dict[str, tuple[str, ...]] = {
    "onjo": ("オンジョ", "南温祖", "南溫祖", "温祖", "溫祖", "南温祚", "南溫祚", "温祚", "溫祚", "ออนโจ", "อนโจ"),  # (祚: the name's own hanja)
    "cheongsan": ("チョンサン", "李青山", "青山", "清山", "ชองซาน", "ชองซัน"),  # 清山: fans' slip for 青山 (same sound)
    "namra": ("ナムラ", "崔南罗", "崔南羅", "南罗", "南羅", "นัมรา"),
    "suhyeok": ("スヒョク", "李秀赫", "秀赫", "ซูฮยอก", "ซูฮยอค"),
    "gwinam": ("グィナム", "ギナム", "クィナム", "尹贵男", "尹貴男", "贵男", "貴男", "贵南", "貴南", "กวีนัม", "กวินัม"),
    "nayeon": ("ナヨン", "李娜妍", "娜妍", "นายอน"),
    "hari": ("ハリ", "张河利", "張河利", "河利", "ฮารี", "ฮาริ"),
    "woojin": ("ウジン", "张宇镇", "張宇鎮", "宇镇", "宇鎮", "宇真", "อูจิน"),  # 宇真: fans' spelling of the same sound
    "jimin": ("金智敏", "智敏"),  # (not ジミン: BTS's Jimin in Japanese)
    "isak": ("イサク", "李莎", "ยีซัก", "อีซัก"),
    "gyeongsu": ("ギョンス", "キョンス", "韩庆秀", "韓慶秀", "庆秀", "慶秀", "คยองซู"),
    "daesu": ("テス", "大洙", "แดซู"),
    "mijin": ("ミジン", "มีจิน"),
    "minjae": ("ミンジェ", "มินแจ", "มินเจ"),
    "hyoryeong": ("ヒョリョン", "ฮยอรยอง", "ฮโยรยอง"),
    "ms park": ("朴老师", "朴老師", "パク先生", "ครูพัค", "ครูปาร์ค"),  # the homeroom teacher
    "soju": ("ソジュ", "ナム・ソジュ", "ナムソジュ"),  # On-jo's father, in katakana as "オンジョの父" is read
    # the actors, who stand for their roles ("パク・ジフが2期にも戻ってきた": On-jo is back, so she lives)
    "park ji-hu": ("パク・ジフ", "パクジフ", "朴志厚", "ปาร์คจีฮู", "พัคจีฮู"),
    "yoon chan-young": ("ユン・チャニョン", "ユンチャニョン", "尹燦榮", "尹灿荣", "ยุนชานยอง"),
    "cho yi-hyun": ("チョ・イヒョン", "チョイヒョン", "趙怡賢", "赵怡贤", "โชอีฮยอน", "โชยีฮยอน"),
    "lomon": ("ロモン", "羅門", "罗门", "โลมอน"),
    # season 2's newcomers in Thai letters ("ตอน 3 มารูคุยกับอนโจ") and katakana ("シーズン2の5話でジュランが噛まれる"; not
    # マル alone, a dog's name in Japan: "うちの犬のマルが死んだ"; マル先輩, On-jo's senior, is him), with the NIS leader's title
    "maru": ("มารู", "ヨン・マル", "ヨンマル", "マル先輩"), "juran": ("จูรัน", "ジュラン"), "jongah": ("จงอา", "ジョンア"),
    "duseok": ("ดูซอก", "ดูซ็อก", "ドゥソクチーム長", "ドゥソク・チーム長", "ドゥソク"),
    "yoo in-soo": ("ユ・インス", "ユインス", "ยูอินซู"),
}
# the feelings Thai says "to death" (so delicious, fun, hot, ..., cute, handsome, pretty)
_THAI_FEELINGS = "อร่อย|สนุก|ตลก|ร้อน|หนาว|เหนื่อย|หิว|ข(?:ำ|ํา)|ฮา|หัวเราะ|เบื่อ|ง่วง|เขิน|น่ารัก|หล่อ|สวย"  # (หัวเราะ: laughed; ตลก: funny)
_NAME_OF = {written: latin for latin, names in _NAMES_ASIA.items() for written in names}
#: The same names for the trivia matcher (`bot.trivia.otherscripts`): a fan answers "南羅" as they chat it.
NAME_OF_ASIAN_WRITING: dict[str, str] = _NAME_OF
#: (what fans type, the lexicon's words), longest first; a name before them is already in Latin letters.
ASIA_WORDS: tuple[tuple[str, str], ...] = (
    # an animal's or an insect's bite ("被蚊子咬了", "犬に噛まれた", "โดนยุงกัด"): no zombie's, no event of the show
    (r"被\s*(?:一?[只隻条條])?\s*(?:蚊子|蚊|狗|猫|貓|蜜蜂|蜂|蛇|老鼠|虫子?|蟲子?)\s*(?:咬|叮|蛰|螫)(?:了|伤|傷)?"
     r"|(?:犬|猫|蚊|蜂|ハチ|ヘビ|蛇)\s*に\s*(?:噛まれ|刺され)[たてる]?|(?:โดน|ถูก)(?:ยุง|หมา|แมว|งู|ผึ้ง)กัด", "got bitten by an animal"),
    (r"(?<![a-z])([a-z]+)\s*に\s*噛まれ[たてる]?", r"got bitten by \1"),  # Japanese: bitten by X
    (r"被\s*(?<![a-z])([a-z]+)\s*咬(?:了|伤|傷)?", r"got bitten by \1"),  # Chinese: bitten by X
    (r"(?<![a-z])([a-z]+)\s*(?:の|的)?\s*(?:お父さん|父親|父亲|爸爸|老爸|パパ|父)", r"\1's dad"),
    (r"(?<![a-z])([a-z]+)\s*(?:の|的)?\s*(?:お母さん|母親|母亲|妈妈|媽媽|ママ)", r"\1's mom"),
    (r"(?:พ่อ)(?:ของ)?\s*(?<![a-z])([a-z]+)", r"\1's dad"),
    (r"(?:แม่)(?:ของ)?\s*(?<![a-z])([a-z]+)", r"\1's mom"),
    (r"(?<![a-z])([a-z]+)\s*に\s*襲われ[たてる]?", r"attacked by \1"),  # Japanese: attacked by X
    (r"(?:止め|とどめ|トドメ)を刺し[たて]?", "killed"),  # finished off
    (r"(?<![a-z])([a-z]+)\s*の\s*目を刺し[たて]?|刺(?:瞎|伤|傷)?了?\s*(?<![a-z])([a-z]+)\s*的?眼睛", r"stabbed \1\2's eye"),
    (r"(?:从|從)?窗(?:户|戶)掉下去|窓から落ち[たて]?|ตกหน้าต่าง", "fell out of a window"),
    (r"掉(?:进|進)火(?:里|裡)|火の中に落ち[たて]?", "went down into the fire"),
    # a later season named: "2期", "第二季", "ซีซั่น 2" (the lexicon's "season 2", a role there)
    (r"2期|第(?:二|2)季|シーズン\s*2|ซีซั่น\s*2|ซีซัน\s*2", "season 2"),
    (r"予告(?:編)?|预告片?|預告片?", "the trailer"),  # the show's next trailer, as "the trailer" (lexicon SEASON_TWO)
    (r"(?:戻|帰)ってき[たて]|回(?:归|歸)|กลับมา", "came back"),
    # studying at a university is On-jo's season-2 life; a friend from one's own university is not a role
    (r"(?:上|读|讀)大(?:学|學)|大学に(?:通|入)っ[たて]|เรียนมหา(?:ลัย|วิทยาลัย)", "at uni"),
    (r"首(?:尔|爾)|ソウル|โซล", "seoul"),
    (r"病毒的(?:制|製)造者|(?:制|製|创|創)造了病毒|ウイルスを作っ[たて]", "created the virus"),
    (r"(?:其他|别的|別的)?像她一[样樣]的人|彼女のような(?:人|存在)", "others like her"),
    (r"不是唯一(?:的|一个|一個)?|唯一じゃない", "not the only one"),
    (r"図書館|图书馆|圖書館|ห้องสมุด", "the library"),
    (r"ハンカチ|手帕|ผ้าเช็ดหน้า", "handkerchief"),
    (r"感染させ[たて]?|传染给|傳染給", "infected"),
    # "ジョンアが2期4話で感染する"; not a flu or covid ("ジョンアって友達がコロナに感染した")
    (r"(?<!インフル)(?<!インフルエンザ)(?<!コロナ)(?<!風邪)(?<!ノロ)(?<!インフルに)(?<!インフルエンザに)(?<!コロナに)(?<!風邪に)(?<!ノロに)"
     r"感染(?:する|し(?:た|て|ちゃ(?:う|った)))", "got infected"),
    # the roof door kept shut ("学校の屋上のドアを閉めたのは？", "谁把屋顶的门锁上了？"): Cheol-su's lock (facts.md E7)
    (r"(?:屋上|天台|屋顶|屋頂|楼顶|樓頂)(?:の|的)?\s*(?:ドア|扉|门|門)\s*(?:を|に|が)?\s*(?:鍵を?\s*)?(?:閉め|閉じ|かけ|ロックし|锁|鎖|关上|關上)"
     r"|(?:锁|鎖|关|關)(?:上|住)了?\s*(?:学校的|學校的)?(?:屋顶|屋頂|天台|楼顶|樓頂)的?(?:门|門)", "locked the roof door"),
    (r"天台|屋上|ดาดฟ้า", "on the roof"),
    # Train to Busan by its Japanese and Chinese titles (not "釜山行き", bound for Busan), and likening to it ("何の映画に
    # 例えた？", "比作哪部电影？"): Cheong-san's line (facts.md E2)
    (r"新感染(?:\s*ファイナル・エクスプレス)?|釜山行(?![きけ])", "train to busan"),
    (r"(?:に|と)?例え[たてる]|比作|比喻(?:成|为|為)|比成|比做|[说說](?:现在|現在|这|這)?(?:就|简直|簡直)?像", "calls it"),  # ("清山说现在就像哪部电影？")
    # Thai "so ... it kills": "อร่อยตายเลย" (delicious), "ร้อนจะตาย" (so hot), not a death (ำ also as Discord shows it,
    # ํ + า: "ขําตาย")
    # ("ชองซานจะตาย" is "Cheong-san will die": only after a feeling)
    (rf"(?:{_THAI_FEELINGS})\s*(?:จน|จนจะ|จนแทบ|จะ|แทบ)?\s*ตาย(?:เลย|ไปเลย|แน่ๆ?)?", "so much"),
    # "ตายแล้ว" opening a line of feelings or laughter: "oh my god" ("ตายแล้ว ชองซานหล่อมาก 😭": so handsome; "ตายแล้ว 555
    # หมาฉันชื่อชองซาน": my dog is called Cheong-san), not "ตายแล้ว 😭" (dead)
    (rf"(?:^|(?<=\n))\s*ตาย(?:แล้ว|ละ)(?=\s*5{{3,}}|\s[^\n]*?(?:{_THAI_FEELINGS}))", "omg"),
    (r"(?:私|僕|俺|わたし|あたし)(?:は|も)(?:もう|完全に|ほぼ|まるで)?半ゾンビ|我(?:是|像|就是|已经是|已經是)?半(?:丧尸|喪屍|僵尸|殭屍)",
     WRITER_TIRED),  # the writer half zombie before coffee: tired
    (r"半ゾンビ|半丧尸|半喪屍|半殭屍|半僵尸|半僵屍|ครึ่งซอมบี้", "halfbie"),
    (r"ゾンビになっ[たて]|变成?丧尸|變成?喪屍|变成?僵尸|變成?殭屍|กลายเป็นซอมบี้", "turned into a zombie"),
    (r"になった|变成|變成", "turned into"),
    (r"噛まれ[たてる]?|被(?:丧尸|喪屍|僵尸|殭屍)?咬(?:了)?|(?:ยอมให้|โดน|ถูก)ซอมบี้กัด|โดนกัด|ถูกกัด", "got bitten"),
    (r"咬了|噛んだ", "bit"),
    (r"害死了?", "killed"),  # "娜妍害死了庆秀": got him killed, no death of hers
    # a killing asked or told ("ウジンを殺したのは？", "谁杀了宇镇？", "宇镇被杀了"): the victim's death, as "killed" reads it
    (r"(?<![a-z])([a-z]+)\s*を\s*殺し[たて]", r"killed \1"),  # Japanese: the one killed before the verb
    (r"被\s*(?<![a-z])([a-z]+)\s*(?:杀|殺)(?:死|掉)?了?", r"got killed by \1"),
    (r"殺され[たてる]|被\s*(?:杀|殺)(?:死|掉)?了?", "got killed"),
    (r"殺し[たて]|(?:杀|殺)(?:死|掉)?了|(?:杀|殺)(?:死|掉)", "killed"),
    (r"(?<![救护護])她(?![们們])|彼女(?!ら)", "she"), (r"(?<![其吉救护護])他(?![们們人])", "he"),  # the one the sentence before named
    (r"最後まで\s*生き(?:残(?:ります|りました|った|って|る)?|て(?:る|います|た))", "survived to the end"), (r"、", ","),  # a list's comma
    # a feeling "to death" ("好きすぎて死ぬ", "死ぬほど", "笑死了": so funny, "累死了": so tired), not a death: read first
    (r"(?:すぎて|過ぎて|疲れて)\s*死(?:ぬ|んだ|にそう)|死ぬほど|(?:笑|累|热|熱|吓|嚇|困|气|氣|帅|帥|美|萌|甜)死(?:了|我了)?", "so much"),
    # the questions' and headlines' forms too: "チョンサンは死ぬ？", "(答え: 死亡)", "青山会死吗", "青山是怎么死的"
    (r"死んだ|死んで|死んじゃ(?:った|う)|死ぬ|死に(?:ます|ました)|死亡|死去|亡くな[っるり][たて]?|死了|死掉了?|去世了?|[会會]死|死[吗嗎]|死的|[领領]便[当當]"
     r"|ตายแล้ว|ตาย(?!แน่)", "died"),
    # surviving and turning, plain and polite, as fans type them and /ask's Japanese and Chinese answers say them
    # ("スヒョクは生き残ります", "生き残った", "李秀赫活了下来", "イサクはゾンビになります")
    # the epilogue's six said by the way out ("脱出できたのは6人だけ", "只有六个学生逃出了"), as lexicon_exits says it
    (r"(?:脱出|生還)(?:できた|した)のは(?:結局)?(?:6|６|六)人(?:だけ|のみ)|只有(?:六|6)(?:个|個)(?:学生|學生|人|孩子)?(?:逃出|逃了出"
     r"|活着逃出|活着出来|活了?下(?:来|來))", "only six of them make it out"),
    (r"生き残(?:ります|りました|った|って|る)|(?<!我)(?<!我们)(?<!我們)活了?下(?:来|來)了?", "survived"),  # not "我活下来了": I did
    (r"ゾンビにな(?:ります|りました|る)", "turned into a zombie"),
    # "A为了(救)B牺牲 / 被咬": A sacrificed themselves / got bitten for B (B lives on), said in the English order
    (r"(?:为了|為了)\s*(?:救|保护|保護)?\s*([A-Za-z][\w.\- ]*?)\s*(?:牺牲|犧牲)(?:了|自己)*", r"sacrificed themselves for \1"),
    (r"(?:为了|為了)\s*(?:救|保护|保護)?\s*([A-Za-z][\w.\- ]*?)\s*被(?:丧尸|喪屍|僵尸|殭屍)?咬了?", r"got bitten for \1"),
    (r"犠牲になっ[たて]|犠牲に?|牺牲了?|犧牲了?|เสียสละ", "sacrificed themselves"),
    # "パク先生がナヨンを逃がすために噛まれる": the one saved, said after the verb as English says it ("... so as to save Na-yeon")
    (r"(?<![a-z])([a-z]+)\s*を\s*(?:逃がす|助ける|救う|守る)ために\s*噛まれ[たてる]?", r"got bitten to save \1"),
    (r"(?<![a-z])([a-z]+)\s*を\s*(?:逃がす|助ける|救う|守る)ために\s*死(?:ぬ|んだ)", r"died to save \1"),  # "体育館で犠牲" (a poll's answer)
    # slang for a character written out: "collected the boxed meal" (领盒饭, 便当), "went offline" (下线), the part's
    # filming wrapped (杀青: of a name only, not "第二季杀青", season 2's wrap), "exit" (退場), "left the world" (ลาโลก); not
    # the writer's own ("我(先)下线了": I log off; "领盒饭的是我的钱包": my wallet)
    (r"(?<!我)(?<!我们)(?<!我們)(?<!我先)(?<!我就)(?<!我也)(?<!我要)(?:(?:[领領吃](?:盒饭|盒飯|便[当當]))(?!的是我)|(?:下线|下線)了?|的便[当當](?!好吃|盒))"
     r"|(?<=[a-z] )\s*(?:终于|終於|已经|已經|就|也)?\s*(?:杀青|殺青)了?|退場(?:したのは)?(?!し|さ)|ลาโลก|ม่องเท่ง", "died"),
    (r"(?:(?<![a-z])([a-z]+)\s*(?:の|が|は|的)?\s*)?(?:ゾンビ化(?!したい)(?:し[たて]|する)?|(?:丧尸|喪屍|僵尸|殭屍)化了?)", r"\1 turned"),
    (r"(?:真的|已经|已經|就这样|就這樣)?(?:没|沒)了", " is gone for good"),  # "青山真的没了": he is really gone
    (r"キスし[たて]|亲了|親了|去亲|去親|吻了|亲吻|親吻|接吻|จูบ", "kissed"),
    (r"留在|残っ[たて]", "stayed behind in"),
    (r"体育館|体育馆|體育館|โรงยิม", "the gym"),
    (r"警察局|警察署|สถานีตำรวจ", "the police station"),
    # the writer's own class president and science teacher ("うちの学級委員長", "我们班长"), then the show's
    (r"(?:うちの|私の|僕の|俺の)(?:クラスの)?(?:学級委員長|学級委員)|(?:我们|我們|咱们|咱們|我)(?:班的?|的)?(?:班长|班長)",
     "my class president"),
    (r"(?:うちの|私の|僕の|俺の)(?:学校の)?(?:理科|科学)の先生|(?:我们|我們|咱们|咱們|我)(?:学校的|學校的|的)?(?:科学|科學)老师",
     "my science teacher"),
    (r"科学老师|科學老師|科学の先生|理科の先生|ครูวิทยาศาสตร์", "the science teacher"),
    (r"学級委員長|学級委員|班长|班長", "the class president"),
    (r"(?<!我)(?<!我们)(?<!我們)活到了?最[后後]", "survived to the end"),
    (r"(\d{1,2})\s*話目?|第\s*(\d{1,2})\s*[集话話]", r"ep \1\2"),  # Japanese and Chinese episodes ("6話で", "第11集", "第6话")
    (r"ตอน(?:ที่)?\s*(\d{1,2})", r"ep \1"),  # Thai episodes ("ตอนที่ 3 ซีซั่น 2": season 2's third)
    (r"ปกป้อง", "protecting"),
    (r"รอดชีวิต|รอด(?!พ้น)", "survived"),  # "ใครรอด" (who survived); the lexicon reads it only of someone named
)
# the games fans play beside the show and their things, so a death in one is the game's ("我的世界里我的青山皮肤被苦力怕炸死了":
# my Cheong-san skin was blown up by a creeper in Minecraft); a reason after them is the show's ("因为他被贵男咬了"); read
# only in a text naming one of the games (a pass of its own: ASIA_WORDS is tried at every character)
_GAME_NAMED = re.compile(r"我的世界|マイクラ|マインクラフト|มายคราฟ|ロブロックス|罗布乐思|羅布樂思")
_GAME_WORDS = ((re.compile(r"我的世界|マイクラ|マインクラフト|มายคราฟ(?:ต์)?"), " minecraft "),
               (re.compile(r"ロブロックス|罗布乐思|羅布樂思"), " roblox "), (re.compile(r"皮肤|皮膚|スキン(?!ケア)|สกิน(?!แคร์)"), " skin "),
               (re.compile(r"苦力怕|クリーパー"), " creeper "), (re.compile(r"因为|因為|เพราะ"), " because "))


def games_in_latin(text: str) -> str:
    """`text` with the games' names and things in the lexicon's words when it names a game (else unchanged)."""
    if not _GAME_NAMED.search(text):
        return text
    for pattern, word in _GAME_WORDS:
        text = pattern.sub(word, text)
    return text


_ASIA = re.compile("|".join(f"(?P<w{n}>{w})" for n, (w, _) in enumerate(ASIA_WORDS)))
#: A run of the letters every ASIA_WORDS phrasing holds: a phrasing opens on one, or right before one on a Latin word, a
#: number or spaces ("namra に噛まれた", "6話", "\nตายแล้ว"), so only there is it tried (trying it at each of 20,000 Latin
#: characters, a text whose names were put in Latin letters between "为了救" and "被", cost a third of a second)
_ASIA_RUN = re.compile(r"[\u3001\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f]+")


def asian_words_said(text: str) -> str:
    """`text` with its ASIA_WORDS phrasings said as the lexicon reads them: what `_ASIA.sub` gives, tried only where a
    phrasing can open (each run of `_ASIA_RUN` and the Latin word, number or spaces right before it)."""
    said: list[str] = []
    at = 0  # where the text not yet said resumes (a phrasing's end)
    for run in _ASIA_RUN.finditer(text):
        if run.end() <= at:
            continue
        start = run.start()
        while start > at and text[start - 1].isspace():
            start -= 1
        while start > at and ("a" <= text[start - 1] <= "z" or text[start - 1].isdecimal()):
            start -= 1
        for opens in range(max(start, at), run.end()):
            if opens < at:
                continue
            match = _ASIA.match(text, opens)
            if match is not None and match.end() > opens:
                said.extend((text[at:opens], said_as(ASIA_WORDS, match)))
                at = match.end()
    return "".join(said) + text[at:]
