"""python -m bench.guard_speed: what reads a member's message, on the long hostile messages a real server sees.

Each reader (the spoiler guard, bot.lore.guard.judge with the lexicon behind it; the progress reader,
bot.watched.read_watched; a typed trivia answer, bot.trivia.matching; /ask's AnswerEngine.answer and its rendering)
reads each message of HOSTILE against a bare discord.py bot's on_message that does nothing but one regex search.
Figures: CPU seconds, the quickest of three rounds (the machine is shared), each round on a lexicon just built
and with every reading remembered from before forgotten: what the first sight of the message costs. Bar: every
reader under 0.1 s a message.

Stop 66 (perf67), guard before -> after: names beside emoji in Korean, Chinese and Thai 1.27 -> 0.23 s (each emoji
searched the rest of the sentence again for what the name after it did: square time, now linear), "ep 5" 2,000 times
(10,000 characters) 0.18 -> 0.12 s (a sentence's own words of the show worked out once, not once per kind of event);
the others unchanged: essays 0.02-0.06 s, emoji runs 0.04-0.08 s, markdown 0.02 s, a pasted list 0.04 s. The progress
reader stays under 0.002 s, trivia answers under 0.04 s, /ask on an engine just made under 0.08 s; the bare bot 0.0001 s.

Stop 67 (perf69), guard, main -> branch back to back: a lazy pattern opening with look-behinds (the death words open with
19 of them, run at every character) is tried only where its first characters stand (bot/re_guards.py `fronted`): names
beside emoji 0.161 -> 0.111 s, "ep 5" x 2,000 0.121 -> 0.086 s, Japanese beside emoji (new) 0.141 -> 0.109 s, names
broken by zero-width joiners (new) 0.099 -> 0.062 s, emoji words 0.081 -> 0.066 s, Cyrillic (new) 0.078 -> 0.066 s, Thai
essay 0.052 -> 0.037 s; every reading of the lexicon and guard sets the same. Still over 0.1 s: names beside emoji and
Japanese beside emoji (the event words' matches are found twice, and _mentions reads every name against the sentence).

Stop 69 (perf77), guard, main -> branch back to back: the 484 phrasings abroad that rephrase puts in English searched with no
capturing group, behind one look-ahead per run of 4 and of 16 (bot/re_guards.py `Dispatched`): emoji words 0.072 -> 0.045 s,
emoji runs 0.034 -> 0.022 s, pasted list 0.041 -> 0.030 s, names beside emoji 0.113 -> 0.097 s, Japanese beside emoji
0.115 -> 0.105 s (still over 0.1 s); every reading of the lexicon and guard sets the same.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable

from bot.errors import UserError
from bot.lore.answer import AnswerEngine, render_text
from bot.lore.content import bundled_pack
from bot.lore.guard import judge
from bot.lore.lexicon import Lexicon
from bot.show import Position, ShowShape
from bot.spoilers import read_as_shown
from bot.trivia.bank import load_content
from bot.watched import read_watched


def _fill(piece: str, size: int = 4000) -> str:
    return (piece * (size // len(piece) + 1))[:size]


_ESSAY_EN = ("Okay so I finally finished the whole thing last night and I have so many feelings. The way the school "
             "slowly falls apart, the class president trying to keep everyone together, Cheong-san always running back "
             "for On-jo, Nam-ra sitting on the roof alone, and the music room scene with the phone recording. "
             "I think the writers did an amazing job with pacing even if the middle dragged a bit. ")
_ESSAY_KO = ("어제 밤에 드디어 다 봤는데 진짜 감정이 너무 많아요. 학교가 천천히 무너지는 모습, 반장이 모두를 지키려고 애쓰는 모습, "
             "청산이가 온조를 위해 계속 돌아가는 장면, 남라가 옥상에 혼자 앉아 있는 장면까지 다 좋았어요. 중간이 좀 늘어졌지만 전개는 훌륭했어요. ")
_ESSAY_TH = ("เมื่อคืนดูจบแล้วทั้งเรื่อง รู้สึกหลายอย่างมาก โรงเรียนค่อยๆพังลง หัวหน้าห้องพยายามดูแลทุกคน ชองซานวิ่งกลับไปหาอนโจตลอด "
             "นัมราไปนั่งบนดาดฟ้าคนเดียว ฉากห้องดนตรีกับโทรศัพท์ก็ดีมาก ช่วงกลางยืดไปหน่อยแต่โดยรวมดีมาก ")
_ESSAY_ZH = ("昨晚终于把整部剧看完了，感触很多。学校慢慢崩溃，班长努力保护大家，青山一直跑回去找温祖，南罗一个人坐在屋顶上，"
             "音乐教室的手机录音那一幕也很好。中间有点拖沓，但整体节奏很棒。")
_MARKDOWN = ("**ep 7** is __insane__ ||cheongsan dies|| > quote line\n`code` ~~strike~~ *nam-ra* ||on-jo lives|| ||| || "
             "# heading\n- bullet ||spoiler|| ")
_LIST = "".join(f"{i}. ep {i % 12 + 1} - who dies? cheong-san / nam-ra / su-hyeok\n" for i in range(1, 200))

#: 4,000 characters each (Discord's longest message), but "ep 5" said 2,000 times.
HOSTILE = {
    "essay_en": _fill(_ESSAY_EN),
    "essay_ko": _fill(_ESSAY_KO),
    "essay_th": _fill(_ESSAY_TH),
    "essay_zh": _fill(_ESSAY_ZH),
    "emoji_run": _fill("😭💀🔥"),
    "emoji_words": _fill("😭😭😭💀💀🔥🔥😱😱🥺🥺❤️‍🔥👀 "),
    "names_emoji_cjk_thai": _fill("청산 😭😭 온조 💀 남라 🥺🥺 청산이 😱 ชองซาน 😭 อนโจ 💀 青山 😭😭 南罗 🔥 "),
    "ep5_x2000": " ".join(["ep 5"] * 2000),
    "markdown_bars": _fill(_MARKDOWN),
    "pasted_list": _fill(_LIST),
    "spaces": " " * 4000,
    # added by perf69 (stop 67): the slowest of the inputs the bench lacked (Japanese beside emoji 0.14 s on the guard,
    # names broken by zero-width joiners 0.10 s, Cyrillic 0.08 s)
    "japanese_emoji": _fill("昨日ep5見た😭😭 清山が💀 ナムラ最高🥺 オンジョ可愛い🔥 "),
    "zero_width_names": _fill("청\u200d산\u200d 온\u200c조 남\u200b라 👨\u200d👩\u200d👧 "),
    "cyrillic": _fill("вчера посмотрел 5 серию, Чхон-сан умер 😭 Намра жива "),
}

_BARE = re.compile(r"\bep\s*\d+", re.I)  # the one regex a bare discord.py bot's on_message runs over message.content


def bare_on_message(content: str) -> object:
    """What a bare discord.py bot's on_message does with a message: one regex search, nothing more."""
    return _BARE.search(content)


def _forget() -> None:
    """Every reading remembered from an earlier round forgotten (each module's caches of texts read)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("bot."):
            for value in list(vars(module).values()):
                if callable(clear := getattr(value, "cache_clear", None)):
                    clear()


def _quickest(reader: Callable[[], Callable[[str], object]], text: str) -> float:
    """CPU seconds of the quickest of three first sights of `text`, each by a reader just made (`reader()`, untimed)."""
    rounds = []
    for _ in range(3):
        _forget()
        read = reader()
        read("hello there")  # the patterns it uses compiled, as on a bot that has read a message before
        start = time.process_time()
        read(text)
        rounds.append(time.process_time() - start)
    return round(min(rounds), 4)


def measure(readers: list[str]) -> dict[str, object]:
    pack = bundled_pack()
    mark = Position(1, 3)
    shape = ShowShape.season_one()
    now = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
    questions, matcher = load_content(shape)
    engines: list[AnswerEngine] = []

    def guard() -> Callable[[str], object]:  # a lexicon just built: it remembers every sentence it read
        reads = read_as_shown(Lexicon.from_pack(pack).position)
        return lambda text: judge(text, mark, reads)

    def progress(text: str) -> object:
        try:
            return read_watched(text, shape, now=now)
        except UserError:
            return None  # refused (too long, unclear): what the member is told

    def ask() -> Callable[[str], object]:  # an engine just made: it remembers what it was asked
        engines.append(engine := asyncio.run(AnswerEngine.create(pack)))
        return lambda text: render_text(engine.answer(text), mark)

    every: dict[str, Callable[[], Callable[[str], object]]] = {
        "bare_on_message": lambda: bare_on_message,
        "guard": guard,
        "progress": lambda: progress,
        "trivia": lambda: lambda text: matcher.judge(text, questions[0]),
        "ask": ask,
    }
    try:
        figures = {name: {reader: _quickest(every[reader], text) for reader in ["bare_on_message", *readers]}
                   for name, text in HOSTILE.items()}
    finally:
        for engine in engines:
            engine.close()
    slowest = max(seconds for row in figures.values() for reader, seconds in row.items() if reader != "bare_on_message")
    return {"benchmark": "guard_speed", "cpu_s_quickest_of_3": figures, "slowest_reader_s": slowest,
            "target": "every reader < 0.1 s a message"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--readers", nargs="+", choices=("guard", "progress", "trivia", "ask"),
                        default=["guard", "progress", "trivia", "ask"])
    args = parser.parse_args()
    print(json.dumps(measure(args.readers), indent=2))


if __name__ == "__main__":
    main()
