"""A channel's spoiler mark said in words instead of an episode, as moderators type it to /spoilers.

"no spoilers", "spoiler-free", "nospoilers", "노스포", "스포 금지", "ネタバレ禁止", "无剧透" mean nothing in the clear (the mark
0); "full spoilers", "spoilers allowed", "스포 허용" mean everything out so far (the latest episode).
A text says so only when it names spoilers and every other word is one of those below, so "no
spoilers past ep 5" or a bare "spoilers" say nothing here (the episode reader asks again).
"off" and "spoilers off" mean nothing in the clear too: a mark says what may be discussed openly,
so spoilers turned off is the mark 0, never "follow the channel" (a thread under a spoiler channel
would then show every spoiler: the unsafe reading of the two); in a channel the two look the same.

A range of episodes ("eps 1-5", "S1E1-S1E5", "1~5화") is discussed openly up to its end (`episode_range`);
spoilers said allowed beside an episode ("S2E2 spoilers ok", "s2e2까지 스포 허용") up to it (`allowed_up_to`);
a whole season ("full season 1", "s1 spoilers", "thru s1", "temporada 1 completa") up to its finale (`whole_season`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from bot.lazy_re import compile_later
from bot.text import strip_invisible

MarkWords = Literal["nothing", "latest"]

_SPOILER = frozenset({"spoiler", "spoilers", "spoilery", "스포", "스포일러", "ネタバレ", "剧透", "劇透"})
#: Words saying there are none: "no spoilers", "spoiler free", "스포 금지".
_NONE = frozenset({"no", "non", "zero", "free", "without", "off", "disabled", "금지", "노", "없음", "없이", "안됨",
                   "なし", "無し", "禁止", "厳禁", "无", "無", "零", "不",  # "ネタバレなし", "ネタバレ禁止", "无剧透", "零劇透"
                   # Spanish, Portuguese, French, Indonesian: "sin spoilers", "sem spoilers", "ningún spoiler",
                   # "libre de spoilers" (free of them: never read as "spoilers allowed"), "sans spoilers", "tanpa spoiler"
                   "sin", "sem", "ningún", "ningun", "nenhum", "cero", "libre", "livre", "sans", "aucun", "tanpa", "bawal"})
#: Words saying every one is fine: "full spoilers", "spoilers allowed", "스포 허용".
_ALL = frozenset({"full", "all", "allowed", "ok", "okay", "welcome", "everything", "any", "허용", "가능", "ㅇㅋ", "풀",
                  "あり", "有り", "可", "全開", "允许", "允許", "有",  # "ネタバレあり", "ネタバレOK", "可剧透", "有劇透"
                  # "todos los spoilers", "spoilers completos", "canal con spoilers", "spoilers liberados", "tudo com spoiler"
                  "todo", "todos", "tudo", "completo", "completos", "permitido", "permitidos", "liberado", "liberados",
                  "con", "com", "tous", "autorisés", "semua", "boleh"})
#: Words that say nothing more ("no spoilers here", "this channel is spoiler free").
_FILLER = frozenset({"here", "this", "channel", "thread", "is", "are", "the", "in", "mode", "zone", "only", "please",
                     "pls", "totally", "completely", "fully", "it", "turn", "turned", "switch", "채널",
                     # "canal sin spoilers", "este canal es libre de spoilers", "modo sem spoilers aqui"
                     "el", "la", "los", "las", "de", "del", "este", "esta", "canal", "hilo", "aquí", "aqui", "acá", "aca",
                     "es", "é", "modo", "solo", "só", "os", "as", "o", "a", "ce", "salon", "ini"})
#: Said alone, with no spoiler word: "off".
_OFF = frozenset({"off"})
#: Said alone, with no spoiler word: "all", "todo", "전부": all that is out, as "full spoilers" (rehearse60).
_EVERYTHING = frozenset({"all", "everything", "todo", "tudo", "tout", "alles", "semua", "전부", "全部"})
_GLUED = compile_later(r"(스포일러|스포|spoilers|spoiler|spoilery|ネタバレ|剧透|劇透)")


def says_none(word: str) -> bool:
    """Whether `word` says there are none ("no", "bawal", "sin", "금지"): "no S2 Part 2 spoilers" forbids that part."""
    return word.casefold() in _NONE


def mark_in_words(text: str) -> MarkWords | None:
    """"nothing" or "latest" when `text` says the mark in words (see the module's docstring), else None."""
    shown = unicodedata.normalize("NFKC", strip_invisible(text)).casefold()
    spaced = _GLUED.sub(r" \1 ", shown.replace("'", "").replace("\u2019", ""))
    words = re.findall(r"[^\W_]+", spaced)
    if words and any(w in _OFF for w in words) and all(w in _OFF | _FILLER for w in words):
        return "nothing"  # "off", "turn it off"
    if words and any(w in _EVERYTHING for w in words) and all(w in _EVERYTHING | _FILLER for w in words):
        return "latest"  # "all", "todo", "전부"
    if not words or not any(w in _SPOILER for w in words):
        return None
    if any(w not in _SPOILER | _NONE | _ALL | _FILLER for w in words):
        return None
    if any(w in _NONE for w in words):
        return "nothing"
    if any(w in _ALL for w in words):
        return "latest"
    return None


# "eps 1-5", "episodes 1 to 5", "S1E1-S1E5", "s2 ep 2-3", "1~5화": a range of episodes, read up to its end.
_POSITION = r"(?:(?:s|season) ?\d{1,2} ?)?(?:(?:episodes|episode|eps|ep|e) ?)?\d{1,2} ?[화회편]?"
_RANGE = compile_later(rf"^(?P<low>{_POSITION}) ?(?:-|~|to|thru|through|till|until) ?(?P<high>{_POSITION})$")
_SEASON = compile_later(r"^(?:s|season) ?\d{1,2}")


def episode_range(text: str) -> tuple[str, str] | None:
    """(its first, its last episode) as position texts when `text` is a range of episodes, the last
    in the first's season unless it names its own ("s2 ep 2-3": "s2 ep 2", "s2 3"), else None."""
    shown = unicodedata.normalize("NFKC", strip_invisible(text)).casefold()
    shown = re.sub(r"\s+", " ", re.sub(r"[‐-―−]", "-", shown)).strip()
    match = _RANGE.match(shown)
    if match is None:
        return None
    low, high = (re.sub(r"\b(episode|ep)s\b", r"\1", match[end].strip()) for end in ("low", "high"))
    season = _SEASON.match(low)
    if season is not None and _SEASON.match(high) is None:
        high = f"{season.group()} episode {re.sub(r'^(?:episodes|episode|eps|ep|e) ?', '', high)}"
    return low, high


# "spoilers ok", "스포 허용": said before or after the episode they are allowed up to.
_ALLOWED = r"(?:spoilers?|스포(?:일러)?) ?(?:ok|okay|allowed|fine|welcome|허용|가능|ㅇㅋ)"
_ALLOWED_UP_TO = (
    compile_later(rf"^{_ALLOWED} ?(?:(?:up ?to|thru|through|till|until) )?(?P<at>.+)$"),
    compile_later(rf"^(?:(?:up ?to|thru|through|till|until) )?(?P<at>.+?) ?{_ALLOWED}$"),
)


def allowed_up_to(text: str) -> str | None:
    """The episode `text` says spoilers are allowed up to ("S2E2 spoilers ok": "s2e2"), as typed, or None."""
    shown = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", strip_invisible(text)).casefold()).strip(" !.")
    for pattern in _ALLOWED_UP_TO:
        match = pattern.match(shown)
        if match is not None and re.search(r"\d", match["at"]) and mark_in_words(match["at"]) is None:
            return match["at"].strip()
    return None


# "full season 1", "entire s1", "s1 spoilers ok", "everything in season 1", "thru s1", "season 1 only", "시즌1 전체",
# "temporada 1 completa": a channel that discusses a whole season, up to its finale. Only these words beside one
# season: any other number ("s1 ep 5 spoilers") or word ("half of s1", "no s1 spoilers") says something else.
_ONE_SEASON = compile_later(
    r"^(?:(?:s|season|temporada|시즌) ?(?P<n>\d{1,2})|(?P<m>\d{1,2}) ?(?:기|시즌)"
    r"|season (?P<w>one|two|three)|(?P<o>first|second|third|1st|2nd|3rd|primera|segunda|tercera|primeira|terceira)"
    r" (?:season|temporada))$")
# A word's start before it (the "s 12" that ends "spoilers 12" is no season); no digit after (Korean glues "까지").
_SEASON_SAID = compile_later(
    r"\b(?:(?:s|season|temporada|시즌) ?\d{1,2}(?!\d)|\d{1,2} ?(?:기|시즌)|season (?:one|two|three)\b"
    r"|(?:first|second|third|1st|2nd|3rd|primera|segunda|tercera|primeira|terceira) (?:season|temporada)\b)")
_ORDINALS = {"one": 1, "two": 2, "three": 3, "first": 1, "second": 2, "third": 3, "1st": 1, "2nd": 2, "3rd": 3,
             "primera": 1, "primeira": 1, "segunda": 2, "tercera": 3, "terceira": 3}
#: Words that say the whole of it: "full", "entire", "thru", "only" (that season and nothing later), "전체". Never
#: "up to", "until", "till": "spoilers until s2" may stop before season 2 (that reading is asked again).
_WHOLE = frozenset({"full", "all", "whole", "entire", "complete", "completed", "everything", "only", "thru",
                    "through", "end", "전체", "전부", "완결", "끝까지", "completa", "completo", "entera",
                    "entero", "inteira", "inteiro", "toda", "todo", "tudo", *_SPOILER})
_AROUND = _FILLER | {"to", "of", "for", "from", "eps", "episodes", "ok", "okay", "allowed", "fine", "welcome", "허용", "가능", "까지", "da",
                     "do"}
#: Every word a whole season, or a whole part of one (bot.progress_parts.part_marked), may be said with as a mark.
WHOLE_SAID = _WHOLE | _AROUND


def whole_season(text: str) -> int | None:
    """The season `text` marks whole ("full season 1": 1, read up to its finale), or None."""
    shown = unicodedata.normalize("NFKC", strip_invisible(text)).casefold()
    shown = re.sub(r"[^\w\s]", " ", _GLUED.sub(r" \1 ", shown.replace("'", "").replace("\u2019", "")))
    found = list(_SEASON_SAID.finditer(shown))
    if len(found) != 1:
        return None
    season = _ONE_SEASON.match(found[0].group())
    rest = re.findall(r"[^\W_]+", shown[:found[0].start()] + " " + shown[found[0].end():])
    if season is None or not any(w in _WHOLE for w in rest) or any(w not in WHOLE_SAID for w in rest):
        return None
    number = season["n"] or season["m"]
    return int(number) if number is not None else _ORDINALS[season["w"] or season["o"]]
