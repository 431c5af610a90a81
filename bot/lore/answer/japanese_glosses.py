"""Japanese and Chinese questions read as the English ones they ask ("ナムラ役は誰？", "南罗是谁演的" -> "who plays namra"),
before names are found, so the name becomes a slot as in any English question.

Japanese fans write the characters' names in katakana, transcribing the Korean names. Without this a Japanese
question about a character was read as nothing and got "I don't know". Only a whole question made of one of the
forms below (with a known name where it takes one) is read; any other Japanese is left as typed, and read as
nothing (`japanese_left`, for foreign_glosses.py: "I don't know", never an answer to its digits alone).
"""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later
from bot.lore.lexicon_asian_words import NAME_OF_ASIAN_WRITING
from bot.text import MONTH_NAMES, THAI, cjk_number

# The names as Japanese and Chinese fans write them, as the English a fan types: the lore's one table of names in those
# scripts (bot/lore/lexicon_typos.py), and the spellings only a question needs: デス for Dae-su (the lexicon reads テス,
# since デス is also "death" in its texts), the side characters, and On-jo's other hanzi.
_ASKED_ONLY: dict[str, str] = {
    "デス": "daesu", "ジミン": "jimin", "ジンス": "jinsu", "ビョンチャン": "byeongchan", "ジュンソン": "joonseong",
    "チョルス": "cheolsu", "ウンジ": "eunji", "ジェイク": "jaeik", "温祚": "onjo", "溫祚": "onjo",
    "尹贵南": "gwinam", "尹貴南": "gwinam", "智敏": "jimin", "闵恩智": "eunji", "閔恩智": "eunji", "敏恩智": "eunji",
}
_NAMES: dict[str, str] = {**{written: latin for written, latin in NAME_OF_ASIAN_WRITING.items()
                             if not THAI.search(written)}, **_ASKED_ONLY}  # Thai: vietnamese_thai_glosses
_NAME_ONLY = "(" + "|".join(sorted(_NAMES, key=len, reverse=True)) + ")"
# A question's name may be typed in Latin letters among the Chinese or Japanese ("谁咬了namra", "cheongsan死了吗"):
# kept as typed, the name finder reads it as in any English question.
_NAME = "(" + _NAME_ONLY[1:-1] + r"|[A-Za-z][A-Za-z'\- ]{0,24}[A-Za-z]|[A-Za-z])"
_TOPIC = r"(?:は|って|が)"  # the particle after what is asked about
_END = r"(?:ですか|なの|なん|だっけ|なのか|か|の)?"  # a question's ending, polite or not
_SEASON_2 = r"(?:シーズン|しーずん)\s*[2２]"
_EPISODE_NO = r"(?:第)?([0-9０-９]+|[一二三四五六七八九十])\s*話(?:目)?"  # "第3話", "11話目", "一話": an episode by number
_WHICH_EPISODE = r"(?:何|なん)話(?:目)?"  # "何話", "なん話目": which episode
_LAST = r"(?:(?:最後|最終的に|結局)(?:は|に)?)?"
_ZH_END = r"(?:啊|呀|呢|吗|嗎|了)?"  # a Chinese question's ending
_OUT_JA = r"(?:出た|出ました|出てる|配信された|配信されました|配信されてる|配信開始した|公開された|公開されました|来た)(?:の|んですか)?"
_ZH_SEASON_2 = r"第(?:二|2)季"
_OUT_ZH = r"(?:已经|已經|现在|現在)?(?:出了|出来了|出來了|上线了|上線了|播了|更新了|出)(?:吗|嗎|没|沒|没有|沒有)"
# The show's own title said first, as Japanese and Chinese (Taiwan, Hong Kong) Netflix write it: it names what every
# question here is about, so the question is read without it (its final は is the title's, not a topic particle).
_TITLE = compile_later(r"^\W*[「『《\"]?(?:(?:今|いま)[、,，\s]*(?:私|わたし|僕|ぼく)たちの学校は|僵尸校园|殭屍校園|僵屍校園)[」』》\"]?\s*(?:の|的)?\s*")
# Each whole question (its closing marks taken off) and the English it asks.
_FORMS: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"^{p}$"), e) for p, e in (
    # "ナムラ役は誰？", "スヒョク役の俳優は？", "オンジョを演じたのは誰"
    (rf"{_NAME}(?:役|の役)(?:の(?:俳優|役者|女優|キャスト))?{_TOPIC}?(?:誰|だれ)?{_END}", r"who plays \1"),
    (rf"{_NAME}(?:を)?演じ(?:た|てる|ている)(?:の|人|俳優|女優)(?:は|って)?(?:誰|だれ)?{_END}", r"who plays \1"),
    # "スヒョク役って誰が演じてる", "オンジョは誰が演じてるの"
    (rf"{_NAME}(?:役|の役)?{_TOPIC}?(?:誰|だれ)(?:が)?演じ(?:た|てる|ている|てます|ています)(?:の)?{_END}", r"who plays \1"),
    # "ナムラって誰", "ギナムって何者?", "オンジョのお父さんは誰": who someone is (a relative found as in English)
    (rf"{_NAME}{_TOPIC}(?:誰|だれ|何者|なにもの)(?:ですか|なの|だっけ|か)?", r"who is \1"),
    (rf"{_NAME}の(?:お父さん|父親|パパ){_TOPIC}(?:誰|だれ|何者)(?:ですか|なの|だっけ|か)?", r"who is \1's dad"),
    (rf"{_NAME}の(?:お母さん|母親|ママ){_TOPIC}(?:誰|だれ|何者)(?:ですか|なの|だっけ|か)?", r"who is \1's mom"),
    # "ナムラは何話で噛まれる？", "イサクは何話で死ぬ？": the episode of a bite, a death or a turn (hidden past the mark)
    (rf"{_NAME}{_TOPIC}?{_WHICH_EPISODE}で(?:噛まれる|噛まれた|かまれる|かまれた){_END}", r"which episode is \1 bitten"),
    (rf"{_NAME}{_TOPIC}?{_WHICH_EPISODE}で(?:死ぬ|死んだ|死にます|亡くなる|亡くなった){_END}", r"which episode does \1 die"),
    # "オンジョのお父さんは何話で死ぬ?": a relative's episode, as "which episode does onjo's dad die" asks it
    (rf"{_NAME}の(?:お父さん|父親|父|パパ){_TOPIC}?{_WHICH_EPISODE}で(?:死ぬ|死んだ|死にます|亡くなる|亡くなった){_END}",
     r"which episode does \1's dad die"),
    (rf"{_NAME}{_TOPIC}?{_WHICH_EPISODE}で(?:ゾンビになる|ゾンビになった|ゾンビ化する|ゾンビ化した){_END}",
     r"which episode does \1 turn into a zombie"),
    # "チョンサンは死ぬ？", "ナムラって死んだの": whether they die, told as any fate is (hidden past the mark)
    # "グィナムって最後死んだの?", "ハリは結局生き残る?": at the end changes nothing
    (rf"{_NAME}{_TOPIC}?{_LAST}(?:死ぬ|死んだ|死にます|死んじゃう|死んでる|死亡)(?:んですか|んだ)?{_END}", r"does \1 die"),
    (rf"{_NAME}{_TOPIC}?{_LAST}(?:生き残る|生き残った|生きてる|生きている|助かる|助かった)(?:んですか|んだ)?{_END}", r"does \1 survive"),
    (rf"{_NAME}{_TOPIC}?(?:最後|最終的に|結局)?(?:は|に)?(?:どうなる|どうなった|どうなるの)(?:んですか|んだ)?{_END}",
     r"what happens to \1"),
    # "生き残ったのは誰", "結局誰が生き残るの", "最后谁活下来了": who survives (the survivors' facts, hidden past the mark)
    (rf"{_LAST}(?:(?:生き残った|生き残る|生き延びた|助かった)(?:のは|人は|人って|キャラは)|生存者(?:は|って))(?:誰|だれ)(?:と誰)?"
     rf"(?:ですか|なの|だっけ)?{_END}", "who survives at the end"),
    (rf"{_LAST}(?:誰|だれ)が(?:生き残る|生き残った|生き残ったの|生き延びる|生き延びた|助かる|助かった)(?:の|んですか)?{_END}",
     "who survives at the end"),
    (rf"(?:最后|最後)?(?:谁|誰)(?:活下来了|活下來了|活到了最后|活到了最後|幸存|倖存)(?:了)?(?:吗|嗎)?{_ZH_END}"
     rf"|(?:幸存者|倖存者)(?:有谁|有誰|是谁|是誰){_ZH_END}", "who survives at the end"),
    # "先生で誰が最初に死ぬ？", "最初に死ぬ先生は誰", "哪个老师先死", "谁先死": the first of them (or of anyone) to die
    (rf"(?:先生|教師)(?:で|の中で|のうち)?(?:誰|だれ)が(?:一番)?(?:最初に|先に)(?:死ぬ|死んだ|死にます)(?:の|んですか)?{_END}"
     rf"|(?:一番)?(?:最初に|先に)(?:死ぬ|死んだ)(?:先生|教師)(?:は|って)?(?:誰|だれ)?{_END}"
     rf"|(?:哪个|哪個|哪位)(?:老师|老師)(?:最)?先死(?:了|的)?{_ZH_END}|(?:第一个|第一個)死的(?:老师|老師)(?:是谁|是誰)?{_ZH_END}",
     "which teacher dies first"),
    (rf"(?:誰|だれ)が(?:一番)?(?:最初に|先に)(?:死ぬ|死んだ|死にます)(?:の|んですか)?{_END}"
     rf"|(?:一番)?(?:最初に|先に)(?:死ぬ|死んだ)(?:のは|人は|キャラは)(?:誰|だれ){_END}"
     rf"|(?:谁|誰)(?:最)?先死(?:了|的)?{_ZH_END}|(?:谁|誰)(?:第一个|第一個)死(?:了|的)?{_ZH_END}|(?:第一个|第一個)死的(?:是谁|是誰){_ZH_END}",
     "who dies first"),
    # "先生は何人死ぬ？", "死了几个老师", "几个老师死了": how many of the teachers die (groups.py), said in the asker's language
    (rf"(?:先生|教師)(?:は|って|で|の中で|のうち)?(?:全部で)?(?:何人|なんにん)(?:死ぬ|死んだ|死にます|亡くなる|亡くなった)(?:んですか)?{_END}"
     rf"|(?:死ぬ|死んだ)(?:先生|教師)(?:は|って)?(?:何人|なんにん){_END}"
     rf"|(?:一共|总共|總共)?(?:死了|死掉了)(?:几个|幾個|多少个|多少個|多少)(?:老师|老師){_ZH_END}"
     rf"|(?:一共|总共|總共)?(?:有)?(?:几个|幾個|多少个|多少個|多少)(?:老师|老師)(?:死了|死掉了|会死|會死){_ZH_END}", "how many teachers die"),
    # "11話で何人死ぬ？", "第11集死了几个人": everyone's deaths in that episode, as "how many die in episode 11" asks it
    # (episodes.py), never the whole season's count nor an "eleven" found elsewhere
    (rf"(?:第)?\s*([0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?:話|话|集)\s*(?:で|では|に|の中で|で[はも])?\s*(?:何人|なんにん)"
     rf"(?:死ぬ|死んだ|死にます|亡くなる|亡くなった)(?:んですか)?{_END}"
     rf"|第\s*([0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?:集|话|話)\s*(?:里|裡|中|里面|裡面)?\s*(?:一共|总共|總共)?"
     rf"(?:死了|死掉了)(?:几个|幾個|多少个|多少個|多少)(?:人)?{_ZH_END}", r"how many die in episode \1\2"),
    # "何人死ぬ？", "全部で何人死んだ", "死了多少人", "一共死了几个人": how many of everyone die (who_dies.py)
    (rf"(?:全部で|結局)?(?:何人|なんにん)(?:死ぬ|死んだ|死にます|亡くなる|亡くなった)(?:んですか)?{_END}"
     rf"|(?:一共|总共|總共)?(?:死了|死掉了)(?:几个|幾個|多少个|多少個|多少)(?:人)?{_ZH_END}"
     rf"|(?:一共|总共|總共)?(?:有)?(?:几个|幾個|多少个|多少個|多少)人(?:死了|死掉了|会死|會死){_ZH_END}", "how many people die"),
    # season 2: its cast, its date, its length
    (rf"{_SEASON_2}の(?:キャスト|出演者|出演)(?:は|って)?(?:誰|だれ)?{_END}", "who is in the season 2 cast"),
    (rf"{_ZH_SEASON_2}(?:的)?(?:演员|演員|卡司|主演)(?:表|名单|名單|阵容|陣容)?(?:有谁|有誰|是谁|是誰|有哪些|都有谁|都有誰)?{_ZH_END}",
     "who is in the season 2 cast"),  # "第二季演员有谁", "第二季卡司"
    (rf"{_SEASON_2}の(?:配信日|公開日|配信開始日|リリース日|放送日)(?:は|って)?(?:いつ)?{_END}", "when does season 2 come out"),
    # "シーズン2配信日決まった？", "シーズン2の公開日もう発表された？": whether its date is announced (never the renewal's "決定")
    (rf"{_SEASON_2}の?(?:配信日|公開日|配信開始日|リリース日|放送日)(?:は|って|が|も)?(?:もう)?(?:決まった|決まってる|決まりました|決定した"
     rf"|決定しました|確定した|発表された|発表されました|出た)(?:の|んですか)?{_END}", "has the season 2 release date been announced"),
    # "シーズン2は何話まである？", "シーズン2って全何話", "第二季有几集": its length (a number asked of the season whole)
    (rf"{_SEASON_2}(?:は|って|の)?(?:全部で|全)?(?:何話|なん話)(?:まで)?(?:ある|あります|あるの|なの|ですか)?{_END}",
     "how many episodes does season 2 have"),
    (rf"{_ZH_SEASON_2}(?:一共|总共|總共)?(?:有)?(?:几|幾|多少)集{_ZH_END}", "how many episodes does season 2 have"),
    # "ナムラってシーズン2に出る？", "チョンサンはシーズン2に出演する？": whether one of the cast is in it
    (rf"{_NAME}{_TOPIC}?(?:も)?{_SEASON_2}(?:に|には|にも)(?:出る|出ます|出てる|出演する|出演します|出演してる|登場する|戻る|戻ってくる"
     rf"|帰ってくる)(?:の|んですか)?{_END}", r"is \1 in season 2"),
    # "シーズン2のパート2はいつ", "第二季第二部分什么时候上线": its second part (season 1 had none)
    (rf"(?:{_SEASON_2}の?)?(?:パート|part\s?)[2２](?:は|って)?(?:いつ|何日)(?:から|配信|公開)?{_END}", "when does part 2 of season 2 come out"),
    (rf"(?:{_ZH_SEASON_2}(?:的)?)?(?:第二部分|第2部分|下半部|下半季|part\s?2)(?:什么|什麼)(?:时候|時候)(?:上映|上线|上線|出|播|播出|开播|開播|更新)?"
     rf"{_ZH_END}", "when does part 2 of season 2 come out"),
    # "シーズン2まであと何日？", "第二季还有几天上线": how long is left, as "when does season 2 come out" asks it
    (rf"{_SEASON_2}(?:の(?:配信|公開))?まで(?:あと)?(?:何日|なんにち|何ヶ月|何か月|どのくらい|どれくらい){_END}", "when does season 2 come out"),
    (rf"(?:距离|距離)?{_ZH_SEASON_2}(?:上线|上線|开播|開播)?(?:还有|還有|还要|還要)(?:几天|幾天|多久|多少天)(?:才)?(?:上线|上線|上映|出|播出|开播|開播)?"
     rf"{_ZH_END}", "when does season 2 come out"),
    # "シーズン2の撮影終わった？", "第二季拍完了吗": whether filming is over (or has begun), as English asks it
    (rf"{_SEASON_2}(?:の)?撮影(?:は|って|も)?(?:もう)?(?:終わった|終わりました|終わってる|終了した|終了しました|完了した|クランクアップした)"
     rf"(?:の|んですか)?{_END}", "has season 2 finished filming"),
    (rf"{_SEASON_2}(?:の)?撮影(?:は|って|も)?(?:もう)?(?:始まった|始まりました|始まってる|開始した|開始しました)(?:の|んですか)?{_END}",
     "has season 2 started filming"),
    (rf"{_ZH_SEASON_2}(?:已经|已經)?(?:拍完了|杀青了|殺青了|拍摄完了|拍攝完了|拍完|杀青|殺青)(?:吗|嗎|没|沒|没有|沒有)?{_ZH_END}",
     "has season 2 finished filming"),
    (rf"{_ZH_SEASON_2}(?:已经|已經)?(?:开拍了|開拍了|开始拍了|開始拍了|开拍|開拍)(?:吗|嗎|没|沒|没有|沒有)?{_ZH_END}", "has season 2 started filming"),
    # "シーズン2は3月19日に配信されますか？", "シーズン2って3月20日に配信？": a day asked, checked against the date that stands
    (rf"{_SEASON_2}(?:は|が|って)?\s*([0-9０-９]{{1,2}})月([0-9０-９]{{1,2}})日(?:に|から)?(?:配信|公開|リリース|放送|出る|出ます|来る)"
     rf"(?:される|されます|開始|スタート|する|します)?(?:の|んですか)?{_END}", r"is season 2 coming out on month\1 \2"),
    # "シーズン2の1話もう出た?", "シーズン2もう配信された?": whether it is out, as "is s2 ep 1 out yet" asks it
    (rf"{_SEASON_2}の?\s*(?:第)?([0-9０-９]+)\s*話(?:目)?(?:は|って)?\s*(?:もう)?{_OUT_JA}{_END}", r"is s2 ep \1 out yet"),
    (rf"{_SEASON_2}(?:は|って)?\s*(?:もう)?{_OUT_JA}{_END}", "is season 2 out yet"),
    # "1話は何時に配信?", "シーズン2の第1話は何時から", "第一集几点上线": the hour an episode comes out, as "what time does
    # episode 1 come out" asks it (the analysis reads an episode's hour still to come as season 2's)
    (rf"(?:{_SEASON_2}の?\s*)?(?:第)?([0-9０-９]+|[一二三四五六七八])\s*話(?:目)?(?:は|って)?\s*(?:何時|なんじ)(?:に|から|ごろ|頃)?"
     rf"\s*(?:配信|公開|更新|リリース|放送)?(?:される|されます|開始|スタート)?{_END}", r"what time does episode \1 come out"),
    (rf"(?:(?:s2|S2|{_ZH_SEASON_2})\s*)?(?:第)?\s*([0-9]+|[一二三四五六七八])\s*(?:集|话|話)\s*(?:几点|幾點|什么时间|什麼時間|什么时候几点)"
     rf"(?:上线|上線|出|播|播出|更新|开播|開播)?{_ZH_END}", r"what time does episode \1 come out"),
    # and in Chinese, "s2 ep1 已经出了吗", "第二季第一集出了没": whether it is out, as "is s2 ep 1 out yet" asks it
    (rf"(?:s2|S2|{_ZH_SEASON_2})\s*(?:ep\s*|EP\s*|e|E|第)?([0-9]+|[一二三四五六七八])(?:集|话|話)?\s*{_OUT_ZH}{_ZH_END}",
     r"is s2 ep \1 out yet"),
    (rf"(?:s2|S2|{_ZH_SEASON_2})\s*{_OUT_ZH}{_ZH_END}", "is season 2 out yet"),
    # "シーズン2終わった？", "第二季完结了吗": whether it is all out, as "is season 2 finished" asks it (its filming: 撮影 above)
    (rf"{_SEASON_2}(?:は|って|も)?\s*(?:もう)?(?:終わった|終わりました|終わってる|完結した|完結しました|完結してる|全話出た|全話配信された|全部出た|全部出ました|全部配信された)"
     rf"(?:の|んですか)?{_END}", "is season 2 finished"),
    (rf"(?:s2|S2|{_ZH_SEASON_2})\s*(?:已经|已經)?(?:完结了|完結了|结局了|結局了|播完了|结束了|結束了|完结|完結|播完)(?:吗|嗎|没|沒|没有|沒有)?{_ZH_END}",
     "is season 2 finished"),
    # "第一季完结了吗": season 1 came out whole in 2022 (as "did all of season 1 come out" asks it)
    (rf"(?:s1|S1|第(?:一|1)季)\s*(?:已经|已經)?(?:完结了|完結了|结局了|結局了|播完了|结束了|結束了|完结|完結|播完|出完了|全出了)(?:吗|嗎|没|沒|没有|沒有)?{_ZH_END}",
     "did all of season 1 come out"),
    # "第二季什么时候完结？": when it is all out, as "when does season 2 end" asks it (the last part's day)
    (rf"(?:s2|S2|{_ZH_SEASON_2})\s*(?:什么时候|什麼時候|啥时候|啥時候|何时|何時|几时|幾時)\s*(?:会|會)?(?:完结|完結|播完|结束|結束){_ZH_END}",
     "when does season 2 end"),
    (rf"{_SEASON_2}(?:は|って)\s*(?:全)?\s*([0-9０-９]+)\s*話(?:ある|あります|です)?{_END}", r"is season 2 \1 episodes"),
    (rf"{_SEASON_2}(?:は|って)?\s*(?:全)?\s*(?:何|なん)話(?:ある|あります|まで)?{_END}", "how many episodes does season 2 have"),
    # the show itself, asked with no name: where to watch it, who directed it
    (rf"(?:どこで|どこから)(?:見|観|み)(?:れる|られる|る|れます|られます){_END}", "where can i watch it"),
    (rf"(?:どこで|どこが)(?:配信|独占配信)(?:してる|されてる|しています|されています|中)?{_END}", "where can i watch it"),
    (rf"(?:監督|かんとく)(?:は|って)?(?:誰|だれ){_END}", "who directed it"),
    (rf"{_SEASON_2}の(?:監督|かんとく)(?:は|って)?(?:誰|だれ)?{_END}", "who directs season 2"),
    (rf"(?:シーズン\s*[1１]は)?(?:全部で|全部|全)?\s*(?:何|なん)話(?:ある|あります|あるん)?{_END}", "how many episodes are there"),
    (rf"原作(?:は|って)(?:何|なに)?{_END}", "what is it based on"),
    # "図書館のシーンは何話？", "音楽室って何話だっけ": a place's scene, as "which episode is the library scene" asks it
    # (its episode hidden past the mark like any scene's)
    *((rf"{place}(?:の)?(?:シーン|場面)?{_TOPIC}?{_WHICH_EPISODE}(?:だっけ)?{_END}", f"which episode is the {english} scene")
      for place, english in (("図書館", "library"), ("音楽室", "music room"), ("放送室", "broadcasting room"), ("体育館", "gym"),
                             ("食堂", "cafeteria"), ("屋上", "roof"))),
    # "1話何分くらい？", "1話あたりどのくらい": an episode's length, as "how long is each episode" asks it
    (rf"(?:1|１|一)\s*話(?:は|って|あたり)?(?:何分|なんぷん|どのくらい|どれくらい|何時間)(?:くらい|ぐらい)?(?:ある|あります)?{_END}",
     "how long is each episode"),
    # "何歳から見れる？", "年齢制限ある？", "几岁可以看", "分级是什么": the age rating (the US one, said as such)
    (rf"(?:(?:何|なん)(?:歳|才)(?:から|以上)(?:なら)?(?:見|観|み)(?:れる|られる|ていい|ても(?:大丈夫|いい))|(?:年齢制限|年齢指定|対象年齢|レーティング)"
     rf"(?:は|って)?(?:ある|あります|何歳|なんさい|何|なに)?){_END}", "what is the age rating"),
    (rf"(?:(?:几|幾|多大)(?:岁|歲)(?:以上)?(?:才)?(?:可以|能)(?:看|观看|觀看)|(?:适合|適合)(?:几|幾|多大)(?:岁|歲)(?:的人)?(?:看)?"
     rf"|(?:分级|分級|年龄限制|年齡限制|年龄分级|年齡分級)(?:是)?(?:什么|什麼|多少)?){_ZH_END}", "what is the age rating"),
    # "一集多长时间", "每集几分钟": an episode's length
    (rf"(?:一|每)集(?:大概|大约|大約|有)?(?:多长|多長|多久|几分钟|幾分鐘|多少分钟|多少分鐘)(?:时间|時間)?{_ZH_END}", "how long is each episode"),
    # "シーズン2って2025年7月に発表された？", "第二季是2025年7月宣布的吗": an announcement in a month (season2_dated.py)
    (rf"{_SEASON_2}(?:って|は|が)?\s*([0-9０-９]{{4}})年\s*([0-9０-９]{{1,2}})月(?:に)?(?:公式)?(?:発表|告知|決定)"
     rf"(?:された|されました|されたの|されてた|した|だった)?(?:の|んですか)?(?:って)?(?:本当|ほんと)?{_END}", r"was season 2 announced in month\2 \1"),
    (rf"([0-9０-９]{{4}})年\s*([0-9０-９]{{1,2}})月(?:に)?{_SEASON_2}(?:って|は|が)?(?:公式)?(?:発表|告知|決定)"
     rf"(?:された|されました|されたの|されてた|した|だった)?(?:の|んですか)?{_END}", r"was season 2 announced in month\2 \1"),
    (rf"{_ZH_SEASON_2}(?:是)?(?:在)?([0-9]{{4}})年([0-9]{{1,2}})月(?:官宣|宣布|公布|发布|發布|官方宣布)(?:的)?(?:吗|嗎)?{_ZH_END}",
     r"was season 2 announced in month\2 \1"),
    (rf"([0-9]{{4}})年([0-9]{{1,2}})月(?:官宣|宣布|公布|发布|發布|官方宣布)(?:了)?{_ZH_SEASON_2}(?:吗|嗎)?{_ZH_END}",
     r"was season 2 announced in month\2 \1"),
    # "シーズン2の情報ある？", "シーズン2の最新情報は": season 2's news, as "any news on s2" asks it
    (rf"{_SEASON_2}(?:の)?(?:最新)?(?:情報|ニュース|続報|近況)(?:は|って)?(?:ある|あります|出た|ない)?{_END}", "any news on s2"),
    # "原作はウェブトゥーン?", "脚本家は誰?", "ロケ地はどこ?", "各話のタイトル教えて": who made it, where, what the episodes are called
    (rf"原作(?:は|って)(?:ウェブトゥーン|ウェブ漫画|漫画|マンガ|ウェブトゥーン作品){_END}", "is it based on a webtoon"),
    (rf"(?:原作(?:の)?(?:作者|漫画家)|原作者)(?:は|って)?(?:誰|だれ)?{_END}", "who wrote the webtoon"),
    (rf"(?:脚本家|脚本)(?:は|って)?(?:誰|だれ){_END}", "who wrote it"),
    (rf"(?:ロケ地|撮影地|撮影場所)(?:は|って)?(?:どこ)?{_END}", "where was it filmed"),
    (rf"(?:どこで)(?:撮影|ロケ)(?:した|された|されました|してる)?{_END}", "where was it filmed"),
    (rf"(?:各話|エピソード)の(?:タイトル|題名|サブタイトル)(?:を)?(?:教えて|は)?{_END}", "what are the episode titles"),
    (rf"{_EPISODE_NO}の(?:タイトル|題名|サブタイトル)(?:は|って)?(?:何|なに)?{_END}",
     r"what is the title of episode \1"),
    (rf"最終(?:話|回)の(?:タイトル|題名|サブタイトル)(?:は|って)?(?:何|なに)?{_END}", "what is the title of the last episode"),
    # "第11集叫什么", "第11集的标题是什么": an episode's title, never a figure that happens to be eleven ("eleven weeks")
    (rf"第\s*([0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?:集|话|話)\s*(?:的)?(?:(?:标题|標題|集名|名字)(?:是|叫)?(?:什么|什麼|啥)?"
     rf"|叫(?:什么|什麼|啥)(?:名字)?){_ZH_END}", r"what is the title of episode \1"),
    # "第11集讲什么", "第3集的剧情": what happens in it (hidden past the mark), never "eleven" found elsewhere
    (rf"第\s*([0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?:集|话|話)\s*(?:(?:讲|講|说|說)(?:了)?(?:什么|什麼|啥)"
     rf"|(?:的)?(?:剧情|劇情|内容|內容)(?:是)?(?:什么|什麼|啥)?){_ZH_END}", r"what happens in episode \1"),
    # "第3話のあらすじ教えて", "11話って何が起きる?", "4話ってどんな話?": what happens in an episode (hidden past the mark)
    (rf"{_EPISODE_NO}(?:って|は)?(?:どんな|どういう)(?:話|内容|ストーリー|展開){_END}",
     r"what happens in episode \1"),
    (rf"{_EPISODE_NO}の(?:あらすじ|内容|ストーリー|ネタバレ)(?:を)?(?:教えて|は)?{_END}",
     r"what happens in episode \1"),
    (rf"{_EPISODE_NO}(?:って|は|で)?(?:何が|なにが)(?:起きる|起こる|起きた|起こった|あった|ある){_END}",
     r"what happens in episode \1"),
    # "スヒョクは誰が好き?", "ナムラとスヒョクってくっつく?": whom someone likes, whether two end up together
    (rf"{_NAME}{_TOPIC}(?:誰|だれ)(?:が|の(?:こと|事)が)好き{_END}", r"who does \1 like"),
    (rf"{_NAME}(?:の|が)好きな(?:人|子|相手|の)(?:は|って)?(?:誰|だれ){_END}", r"who does \1 like"),
    (rf"{_NAME}と{_NAME}(?:は|って)?{_LAST}(?:くっつく|くっついた|付き合う|付き合った|付き合ってる|付き合ってるの|結ばれる|結ばれた|"
     rf"カップル|カップルになる|どうなる|どうなった){_END}", r"do \1 and \2 end up together"),
    # Chinese: "南罗是谁演的", "谁演南罗", "南罗的演员是谁"; "青山死了吗"; "南罗最后怎么样了"; season 2's date; how many episodes
    (rf"{_NAME}(?:是)?(?:谁|誰)(?:演|饰演|飾演|扮演)的{_ZH_END}", r"who plays \1"),
    (rf"(?:谁|誰)(?:演|饰演|飾演|扮演)(?:了)?{_NAME}{_ZH_END}", r"who plays \1"),
    (rf"{_NAME}的(?:演员|演員|扮演者)(?:是)?(?:谁|誰){_ZH_END}", r"who plays \1"),
    (rf"{_NAME}(?:最后|最後|后来|後來)?(?:死了|会死|會死|死)(?:吗|嗎|没|沒|了吗|了嗎){_ZH_END}", r"does \1 die"),
    (rf"{_NAME}(?:最后|最後|后来|後來)?(?:怎么样|怎麼樣|怎么了|怎麼了)(?:了)?{_ZH_END}", r"what happens to \1"),
    (rf"{_NAME}(?:是)?(?:谁|誰){_ZH_END}", r"who is \1"),
    # "温祚的爸爸是谁": a relative, as "who is onjo's dad" asks it
    (rf"{_NAME}的(?:爸爸|爸|父亲|父親)(?:是)?(?:谁|誰){_ZH_END}", r"who is \1's dad"),
    (rf"{_NAME}的(?:妈妈|媽媽|妈|媽|母亲|母親)(?:是)?(?:谁|誰){_ZH_END}", r"who is \1's mom"),
    (rf"第(?:二|2)季(?:什么|什麼)(?:时候|時候)(?:上映|上线|上線|出|播|播出|开播|開播|更新){_ZH_END}", "when does season 2 come out"),
    (rf"(?:一共|总共|總共)?(?:有)?(?:几|幾|多少)季{_ZH_END}", "how many seasons are there"),  # "一共有几季"
    # "第二季有预告吗", "シーズン2の予告は？": whether season 2 has a trailer
    (rf"第(?:二|2)季(?:有|出)?(?:预告|預告)(?:片)?(?:了)?(?:吗|嗎|没|沒)?{_ZH_END}", "is there a trailer yet"),
    (rf"{_SEASON_2}の(?:予告|予告編|トレーラー|ティザー)(?:は|って)?(?:ある|出た|出てる)?{_END}", "is there a trailer yet"),
    # "シーズン2は決定してる？", "シーズン2決定した？", "第二季确定了吗", "第二季有確定嗎": whether there is to be one (the renewal)
    (rf"{_SEASON_2}(?:は|って|が|も)?(?:もう)?(?:制作)?(?:決定|確定|決まっ)(?:してる|している|した|してます|しました|済み|てる|た)?"
     rf"(?:ん|の)?{_END}", "is season 2 confirmed"),
    (rf"{_ZH_SEASON_2}(?:有|已经|已經|是不是|是否)?(?:确定|確定|确认|確認|定了|官宣|续订|續訂)(?:了)?(?:吗|嗎|没|沒|没有|沒有)?{_ZH_END}",
     "is season 2 confirmed"),
    # "シーズン2延期になったって本当?", "第二季是不是延期了": a delay heard, as "is season 2 delayed" asks it (the one delay
    # reported), never a release date checked
    (rf"{_SEASON_2}(?:は|が|って|も)?\s*(?:また)?延期(?:に(?:なった|なりました|なる)|され(?:た|ました|る|てる)|した)?(?:の|ん)?"
     rf"(?:って|というのは|のは)?(?:本当|ほんと|ホント|マジ)?(?:に)?(?:なの)?{_END}", "is season 2 delayed"),
    (rf"{_ZH_SEASON_2}(?:是不是|是否|真的)?(?:又)?(?:延期|推迟|推遲|延后|延後)(?:了)?(?:吗|嗎|没|沒)?(?:是真的吗|是真的嗎)?{_ZH_END}",
     "is season 2 delayed"),
    # "第二季三月上线是真的吗", "第二季真的3月出吗": a date heard and checked (never a record of that month)
    (rf"第(?:二|2)季(?:真的)?(?:会|會|要|将|將)?(?:在)?.{{1,12}}?(?:上映|上线|上線|出|播|播出|开播|開播)(?:了)?(?:是)?(?:真的)?{_ZH_END}",
     "is it true season 2 comes out then"),
    # "シーズン2は3月配信って本当？", "シーズン2が3月に公開ってマジ": the same check in Japanese
    (rf"{_SEASON_2}(?:は|が|って)?\s*.{{1,12}}?(?:配信|公開|リリース|放送)(?:される|開始|スタート)?(?:の)?(?:って|というのは|は)?"
     rf"(?:本当|ほんと|ホント|マジ)(?:に)?{_END}", "is it true season 2 comes out then"),
    # "第一季剧情回顾", "第一季剧情简介": season 1's recap, episode by episode (each hidden past the mark)
    (rf"第(?:一|1)季(?:的)?(?:剧情|劇情)?(?:回顾|回顧|简介|簡介|总结|總結|概要|梗概){_ZH_END}", "recap season 1"),
    (rf"(?:这部剧|這部劇|这部|這部)?(?:第(?:一|1)季)?(?:一共|总共|總共)?(?:有)?(?:几|幾|多少)集{_ZH_END}", "how many episodes are there"),
    # "在哪里拍的", "原著漫画作者是谁", "第一集叫什么名字": where it was shot, the webtoon's author, an episode's title
    (rf"(?:在)?(?:哪里|哪裡|哪儿|哪兒|哪)(?:拍|拍摄|拍攝)的{_ZH_END}", "where was it filmed"),
    (rf"(?:原著|原作)(?:漫画|漫畫|网漫|網漫)?(?:的)?(?:作者)(?:是)?(?:谁|誰){_ZH_END}", "who wrote the webtoon"),
    (rf"第\s*([0-9]{{1,2}}|[一二三四五六七八九十])\s*集(?:叫|的)(?:什么|什麼)(?:名字|标题|標題){_ZH_END}",
     r"what is the title of episode \1"),
    # "大洙喜欢谁", "南罗和秀赫是一对吗": whom someone likes, whether two end up together
    (rf"{_NAME}(?:喜欢|喜歡)(?:谁|誰){_ZH_END}", r"who does \1 like"),
    (rf"{_NAME}(?:和|跟|与|與){_NAME}(?:最后|最後|最终|最終)?(?:是一对|是一對|在一起|有在一起|会在一起|會在一起|交往|谈恋爱|談戀愛)"
     rf"(?:了)?(?:吗|嗎|没|沒)?{_ZH_END}", r"do \1 and \2 end up together"),
    (rf"(?:导演|導演)(?:是)?(?:谁|誰){_ZH_END}", "who directed it"),
    (rf"(?:编剧|編劇)(?:是)?(?:谁|誰){_ZH_END}", "who wrote it"),
    (rf"(?:这部剧|這部劇|第(?:一|1)季)?(?:是)?(?:什么|什麼)(?:时候|時候)(?:上线|上線|上映|出|播|播出|开播|開播)的{_ZH_END}",
     "when did season 1 come out"),
    # "在哪里可以看", "第二季有几集", "第二季导演是谁", "第二季有谁回归", "谁咬了南罗", "病毒是谁造的": the same questions in Chinese
    (rf"(?:在)?(?:哪里|哪裡|哪儿|哪兒|哪)(?:可以|能)?(?:看|观看|觀看)(?:这部剧|這部劇|这部|這部)?{_ZH_END}", "where can i watch it"),
    (rf"第(?:二|2)季(?:一共|总共|總共)?(?:有)?(?:几|幾|多少)集{_ZH_END}", "how many episodes does season 2 have"),
    (rf"第(?:二|2)季(?:的)?(?:导演|導演)(?:是)?(?:谁|誰){_ZH_END}", "who directs season 2"),
    (rf"第(?:二|2)季(?:有)?(?:谁|誰|哪些人|哪些演员|哪些演員)(?:回归|回歸|回来|回來|出演)?{_ZH_END}", "who is in the season 2 cast"),
    (rf"(?:谁|誰)咬了{_NAME}{_ZH_END}", r"who bit \1"),
    (rf"{_NAME}(?:是)?被(?:谁|誰)咬(?:的|了){_ZH_END}", r"who bit \1"),
    (rf"病毒是(?:谁|誰)(?:造|制造|製造|做|研发|研發|发明|發明)的{_ZH_END}", "who created the virus"),
    # "X还活着吗", "谁杀了X", "X咬了谁", "谁死了", "第11集发生了什么": fates, kills, bites and episodes (hidden past the mark)
    (rf"{_NAME}(?:最后|最後)(?:还|還)?(?:活着|活著)(?:吗|嗎|没|沒|了吗|了嗎){_ZH_END}", r"does \1 survive"),
    (rf"{_NAME}(?:还|還)?(?:活着|活著)(?:吗|嗎|没|沒|了吗|了嗎){_ZH_END}", r"is \1 still alive"),
    # "南罗在第几集被咬", "娜妍第几集死的": the episode of a bite or a death (hidden past the mark)
    (rf"{_NAME}(?:是)?(?:在)?第(?:几|幾)集(?:被咬|被咬了|被咬的){_ZH_END}", r"which episode is \1 bitten"),
    (rf"{_NAME}(?:是)?(?:在)?第(?:几|幾)集(?:死的|死了|死掉|死|去世){_ZH_END}", r"which episode does \1 die"),
    # "onjo的爸爸死了吗": a relative's death, as "does onjo's dad die" asks it
    (rf"{_NAME}的(?:爸爸|爸|父亲|父親)(?:最后|最後)?(?:死了|会死|會死|死)(?:吗|嗎|没|沒|了吗|了嗎){_ZH_END}", r"does \1's dad die"),
    (rf"{_NAME}的(?:妈妈|媽媽|妈|媽|母亲|母親)(?:最后|最後)?(?:死了|会死|會死|死)(?:吗|嗎|没|沒|了吗|了嗎){_ZH_END}",
     r"does \1's mom die"),
    (rf"(?:谁|誰)(?:杀|殺)(?:了|死了){_NAME}{_ZH_END}", r"who killed \1"),
    (rf"{_NAME}(?:是)?被(?:谁|誰)(?:杀|殺)(?:的|了|死的){_ZH_END}", r"who killed \1"),
    (rf"{_NAME}咬了(?:谁|誰){_ZH_END}", r"who did \1 bite"),
    (rf"(?:最后|最後)?(?:谁|誰|哪些人)(?:死了|会死|會死|死){_ZH_END}", "who dies"),
    (rf"第\s*([0-9]{{1,2}}|十[一二]?|[一二三四五六七八九])\s*集(?:发生了|發生了|讲了|講了)(?:什么|什麼){_ZH_END}", r"what happens in episode \1"),
    (rf"第\s*([0-9]{{1,2}}|十[一二]?|[一二三四五六七八九])\s*集(?:的)?(?:剧情|劇情|内容|內容)(?:是)?(?:什么|什麼){_ZH_END}",
     r"what happens in episode \1"),
))


def plain_japanese(text: str) -> str:
    """`text` as the English question it asks when it is one of the Japanese forms above, else `text`."""
    if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        return text  # no kana or kanji: nothing Japanese to read
    if untitled := _TITLE.sub("", text).strip().lstrip("、,，"):
        text = untitled  # "今、私たちの学校は シーズン2 いつから": the show named as "all of us are dead season 2" names it
    if (whole := _read(text)) is not None:
        return whole
    # sentences run together ("ナムラは半ゾンビ。チョンサンは死んだ?", "南罗是半丧尸。青山死了吗？"): each one a form reads is
    # asked, as English reads "namra is a halfbie. did cheongsan die?"; one no form reads (a remark) is left out
    read = [english for sentence in _SENTENCE_END.split(text) if (english := _read(sentence)) is not None]
    return "? ".join(read) + "?" if read else text


_SENTENCE_END = compile_later(r"(?<=[。．！？!?])")


def _read(text: str) -> str | None:
    """The English of one whole question (its closing marks taken off) made of a form above, else None."""
    asked = re.sub(r"[\s？?!！。．、…]+$", "", text.strip())
    for pattern, english in _FORMS:
        if (found := pattern.match(asked)) is not None:
            asked_english = _NUMERAL.sub(_in_digits, found.expand(english))  # "１話", "第一集", "第十二集": episode 1, 12
            asked_english = _MONTH_NO.sub(lambda m: MONTH_NAMES[int(m.group(1)) - 1].casefold()
                                          if 1 <= int(m.group(1)) <= 12 else m.group(0), asked_english)  # "7月": july
            return _NAMES_RE.sub(lambda m: _NAMES[m.group(0)], asked_english)
    return None


_NAMES_RE = compile_later(_NAME_ONLY)
_NUMERAL = compile_later("[０-９]+|[一二三四五六七八九十]+")
_MONTH_NO = compile_later(r"\bmonth(\d{1,2})\b")  # a month typed as its number ("7月", "十二月"), after the numerals


def _in_digits(numeral: re.Match[str]) -> str:
    value = cjk_number(numeral.group())
    return numeral.group() if value is None else str(value)


def name_in_latin(text: str) -> str | None:
    """A character's name written in katakana or Chinese characters ("ナムラ", "南罗"), as the English a fan types; None
    when `text` is not one of them (/character and /cast look the Latin one up)."""
    return _NAMES.get(text.strip())


# Japanese: only the season-2 date is read ("シーズン2はいつ？"); Japanese names are not known, so any
# other Japanese question is read as nothing and gets "I don't know", never an answer to its digits alone.
# (a kana letter beside another or a kanji: "2期は", "シーズン"; a kaomoji's lone kana, "¯\\_(ツ)_/¯", "(・∀・)", leaves
# an English question English)
_KANA = compile_later(r"[\u3041-\u3096\u30a1-\u30fa][\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]"
                      r"|[\u4e00-\u9fff][\u3041-\u3096\u30a1-\u30fa]")
_JAPANESE_WHEN_SEASON = compile_later(r"^\W*(?:シーズン|しーずん)\s*[2２](?:は|って)?\s*(?:いつ|何時)")


def japanese_left(text: str) -> str | None:
    """What foreign_glosses.py reads of Japanese the forms above left as typed: season 2's date, or nothing ("");
    None for a text with no Japanese in it."""
    if not _KANA.search(text):
        return None
    return "when does season 2 come out" if _JAPANESE_WHEN_SEASON.search(text) else ""
