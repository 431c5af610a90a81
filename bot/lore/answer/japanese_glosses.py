"""Japanese questions read as the English ones they ask ("ナムラ役は誰？" -> "who plays namra"), before names are
found, so the name becomes a slot as in any English question.

Japanese fans write the characters' names in katakana, transcribing the Korean names. Without this a Japanese
question about a character was read as nothing and got "I don't know". Only a whole question made of one of the
forms below (with a known name where it takes one) is read; any other Japanese is left as typed, and
foreign_glosses.py reads it as nothing ("I don't know", never an answer to its digits alone).
"""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later

# Katakana transcriptions of the names (spellings differ: グィナム / ギナム / クィナム), as the English a fan types.
_NAMES: dict[str, str] = {
    "オンジョ": "onjo", "チョンサン": "cheongsan", "ナムラ": "namra", "スヒョク": "suhyeok", "グィナム": "gwinam",
    "ギナム": "gwinam", "クィナム": "gwinam", "ナヨン": "nayeon", "デス": "daesu", "ハリ": "hari", "ミジン": "mijin",
    "ヒョリョン": "hyoryeong", "ウジン": "woojin", "イサク": "isak", "ギョンス": "gyeongsu", "キョンス": "gyeongsu",
    "ジミン": "jimin", "ソジュ": "soju", "ジンス": "jinsu", "ビョンチャン": "byeongchan", "ジュンソン": "joonseong",
    "チョルス": "cheolsu", "ウンジ": "eunji", "ジェイク": "jaeik",
}
_NAME = "(" + "|".join(sorted(_NAMES, key=len, reverse=True)) + ")"
_TOPIC = r"(?:は|って|が)"  # the particle after what is asked about
_END = r"(?:ですか|なの|なん|だっけ|なのか|か|の)?"  # a question's ending, polite or not
_SEASON_2 = r"(?:シーズン|しーずん)\s*[2２]"
# Each whole question (its closing marks taken off) and the English it asks.
_FORMS: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"^{p}$"), e) for p, e in (
    # "ナムラ役は誰？", "スヒョク役の俳優は？", "オンジョを演じたのは誰"
    (rf"{_NAME}(?:役|の役)(?:の(?:俳優|役者|女優|キャスト))?{_TOPIC}?(?:誰|だれ)?{_END}", r"who plays \1"),
    (rf"{_NAME}(?:を演じ(?:た|てる|ている)(?:の|人|俳優|女優))(?:は|って)?(?:誰|だれ)?{_END}", r"who plays \1"),
    # "チョンサンは死ぬ？", "ナムラって死んだの": whether they die, told as any fate is (hidden past the mark)
    (rf"{_NAME}{_TOPIC}?(?:死ぬ|死んだ|死にます|死んじゃう|死んでる|死亡)(?:んですか|んだ)?{_END}", r"does \1 die"),
    (rf"{_NAME}{_TOPIC}?(?:生き残る|生き残った|生きてる|生きている|助かる|助かった)(?:んですか|んだ)?{_END}", r"does \1 survive"),
    (rf"{_NAME}{_TOPIC}?(?:どうなる|どうなった|どうなるの)(?:んですか|んだ)?{_END}", r"what happens to \1"),
    # season 2: its cast, its date, its length
    (rf"{_SEASON_2}の(?:キャスト|出演者|出演)(?:は|って)?(?:誰|だれ)?{_END}", "who is in the season 2 cast"),
    (rf"{_SEASON_2}の(?:配信日|公開日|配信開始日|リリース日|放送日)(?:は|って)?(?:いつ)?{_END}", "when does season 2 come out"),
    (rf"{_SEASON_2}(?:は|って)\s*(?:全)?\s*([0-9０-９]+)\s*話(?:ある|あります|です)?{_END}", r"is season 2 \1 episodes"),
    (rf"{_SEASON_2}(?:は|って)?\s*(?:全)?\s*(?:何|なん)話{_END}", "how many episodes does season 2 have"),
    # the show itself, asked with no name: where to watch it, who directed it
    (rf"(?:どこで|どこから)(?:見|観|み)(?:れる|られる|る|れます|られます){_END}", "where can i watch it"),
    (rf"(?:監督|かんとく)(?:は|って)(?:誰|だれ){_END}", "who directed it"),
    (rf"{_SEASON_2}の(?:監督|かんとく)(?:は|って)?(?:誰|だれ)?{_END}", "who directs season 2"),
))


def plain_japanese(text: str) -> str:
    """`text` as the English question it asks when it is one of the Japanese forms above, else `text`."""
    if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        return text  # no kana or kanji: nothing Japanese to read
    asked = re.sub(r"[\s？?!！。、…]+$", "", text.strip())
    for pattern, english in _FORMS:
        if (found := pattern.match(asked)) is not None:
            return _NAMES_RE.sub(lambda m: _NAMES[m.group(0)], found.expand(english))
    return text


_NAMES_RE = compile_later(_NAME)
