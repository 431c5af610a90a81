"""Answers typed in Chinese characters or Japanese kana, read as the Latin words the matcher knows.

Chinese and Japanese fans answer in their own script: a character's name as their subtitles write it
("南羅" or "南罗", "ナムラ": `bot.lore.lexicon_typos` keeps those names for the lore), a place or a title
their Netflix names ("首尔", "イカゲーム"), and "or" between two guesses ("ナムラかオンジョ", "南罗还是温祖").
Simplified and traditional characters are one set to a player: both sides are folded to simplified
before they are compared, so a name listed in one is found typed in the other, or in a mix of both.
(Numbers with their counters, "四个月", "第11集", are `bot.trivia.numberwords.japanese_number`'s.) A guess in hiragana
where the answer is in katakana, or the other way round, is the same sounds. (Russian letters are
`bot.trivia.cyrillic`'s.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.lexicon_asian_words import NAME_OF_ASIAN_WRITING

# Traditional characters and their simplified forms, for the characters of the names and words below
# (a traditional one a fan types is found in a simplified entry and the other way round).
_TRADITIONAL = "羅貴溫張鎮韓慶爾魷魚遊戲紅個週還們學實殭屍網燦榮趙賢門釜這說視劇黃綠藍"
_SIMPLIFIED = "罗贵温张镇韩庆尔鱿鱼游戏红个周还们学实僵尸网灿荣赵贤门釜这说视剧黄绿蓝"
_TO_SIMPLIFIED = str.maketrans(_TRADITIONAL, _SIMPLIFIED)

# Places, titles and words of the show's trivia as Chinese and Japanese fans and their Netflix write them.
_WORDS: dict[str, tuple[str, ...]] = {
    "seoul": ("首尔", "漢城", "汉城", "ソウル"),
    "busan": ("釜山", "プサン"),
    "squid game": ("鱿鱼游戏", "イカゲーム", "イカ・ゲーム"),
    "train to busan": ("釜山行", "新感染"),
    "netflix": ("网飞", "奈飞", "ネットフリックス", "ネトフリ"),
    "red": ("红色", "赤色", "赤", "红"),
    "black": ("黑色", "黒", "黑"),
    "white": ("白色", "白"),
}
_KANA = re.compile(r"[\u30a0-\u30ff]")
_READINGS = {written.translate(_TO_SIMPLIFIED).replace("・", ""): latin for latin, forms in _WORDS.items() for written in forms}
for _written, _latin in NAME_OF_ASIAN_WRITING.items():
    _READINGS.setdefault(_written.translate(_TO_SIMPLIFIED).replace("・", ""), _latin)
# A single character reads as a word only as the whole message ("红" alone is red; inside a name it is no colour).
# A name in kana stands apart from other kana ("テス" is Dae-su, but inside "テスト" a test); characters have no such edge.
_LONG = compile_later("|".join(
    sorted(((f"(?<![ァ-ヺー]){re.escape(w)}(?![ァ-ヺー])" if _KANA.search(w) else re.escape(w)) for w in _READINGS if len(w) >= 2),
           key=len, reverse=True)
))
_OR = compile_later(r"(?<=[a-z])\s*(?:还是|或者|或是|或|か|それとも)\s*(?=[a-z])")
# A name denied is no guess of it, whichever side the denial stands ("不是南罗", "ナムラじゃない": not Nam-ra), so the
# denial is read as the English "not" the matcher knows; "不是X是Y" and "XじゃなくてY" name Y instead ("not X but Y").
# (The name denied is a few words long at most: an unbounded run would be tried from every letter of a long message,
# 4,000 characters of "清山 " read as "cheongsan" in 5 s.)
_NOT_BEFORE = compile_later(r"(?:绝对|肯定|当然|才|也|并)?(?:不是|不会是|不可能是|没有|没|不)\s*(?=[a-z])")
_NOT_THEN = compile_later(r"(not [a-z][a-z ]{0,40}?)\s*(?:[,，]\s*(?:而是|是)?|而是|是)\s*(?=[a-z])")
_NOT_AFTER_THEN = compile_later(r"([a-z][a-z ]{0,40}?)\s*(?:じゃなくて|ではなくて|じゃなく|ではなく)\s*")
_NOT_AFTER = compile_later(r"([a-z][a-z ]{0,40}?)\s*(?:じゃない|ではない|じゃねえ|じゃねー|じゃありません)")
# How a guess is hedged before the name ("应该是南罗", "我觉得是温祖": it should be, I think it is): the name is the guess;
# left in, the characters would read as a second answer.
_HEDGE = compile_later(r"(?:我觉得是|我觉得|我猜是|我猜|应该是|可能是|大概是|肯定是|就是|是)\s*(?=[a-z])")
_CJK = compile_later(r"[\u3040-\u30ff\u3400-\u9fff]")


def in_latin(guess: str, answers: Sequence[str]) -> str:
    """The message with the names and words it writes in Chinese characters or kana put in Latin letters ("南羅" ->
    "namra", "ナムラかオンジョ" -> "namra or onjo"); as typed when it writes none, or when an answer is itself
    written in those scripts (the question's own spelling is then the one to compare)."""
    if not _CJK.search(guess) or any(_CJK.search(answer) for answer in answers):
        return guess
    folded = guess.translate(_TO_SIMPLIFIED).replace("・", "")
    whole = _READINGS.get(folded.strip())
    if whole is not None:
        return whole
    read = _LONG.sub(lambda m: f" {_READINGS[m.group(0)]} ", folded)
    if read == folded:
        return guess
    read = _NOT_AFTER.sub(r" not \1 ", _NOT_AFTER_THEN.sub(r" not \1 but ", _NOT_BEFORE.sub(" not ", read)))
    read = _HEDGE.sub(" ", _NOT_THEN.sub(r"\1 but ", read))
    return re.sub(r"\s+", " ", _OR.sub(" or ", read)).strip()


#: Hiragana and katakana write the same sounds (ろもん, ロモン): a player types whichever their keyboard gave.
_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}
_TO_HIRAGANA = {code + 0x60: code for code in range(0x3041, 0x3097)}
_HIRAGANA = compile_later(r"[\u3041-\u3096]")
_KATAKANA = compile_later(r"[\u30a1-\u30f6]")


def in_answers_kana(guess: str, answers: Sequence[str]) -> str | None:
    """The guess in the kana the answers are written in, when it is written in the other; else None."""
    if _HIRAGANA.search(guess) and any(_KATAKANA.search(a) for a in answers):
        return guess.translate(_TO_KATAKANA)
    if _KATAKANA.search(guess) and any(_HIRAGANA.search(a) for a in answers):
        return guess.translate(_TO_HIRAGANA)
    return None
