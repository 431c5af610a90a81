"""How far a fan says they have watched, said the way fans say it in chat (for /progress).

`bot.show.parse_position` reads a position ("S1E3", "up to 6", "5화까지 봤어"); fans also type a
sentence around it: "im on episode 3 rn", "just finished ep 5!", "ep 12 (the last one)", "3rd",
"세번째 화", "3 of 12". What says nothing more (a chat lead, a tail such as "rn", "lol", an emoji, a
remark in brackets) is read past. One that says the episode is not finished ("halfway through ep 4",
"in the middle of ep 4", "almost done with ep 4", "just started ep 4") means the episode before is
the last one watched: that is what is saved, and the reply says so, so episode 4's end stays hidden.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from bot.show import NOTHING, Position, PositionError, ShowShape, parse_position, position_choices
from bot.text import strip_invisible


@dataclass(frozen=True)
class Watched:
    """What to save (`position`) and, when the fan is partway through an episode, that episode."""

    position: Position
    partway: Position | None = None


# "halfway through", "in the middle of", "almost done with", "just started": the episode is not finished.
# A fan may say where they stopped ("stopped in the middle of ep 6", "paused halfway through ep 4").
_PARTWAY = re.compile(
    r"^(?:(?:i ?m|i am|i ?ve|i have|i) )?(?:currently |still |just |now |only |like |kinda |literally )*"
    r"(?:(?:stopped|paused|left off|quit|fell asleep) )?(?:like |about |right )?"
    r"(?:(?:halfway|half way|midway|partway|part way) (?:through|thru|into|in)(?: watching)?"
    r"|(?:in the middle of|in the middle|mid)(?: watching)?"
    r"|(?:almost|nearly) (?:done with|done|finished with|finished|through)"
    r"|about to finish|(?P<start>started|starting|begun|beginning)(?: watching| on)?)(?: |$)"
)
# "i'm on", "currently at", "just finished", "i just watched": nothing more than parse_position reads.
_LEAD = re.compile(
    r"^(?:(?:so|ok|okay|well|u+m+|u+h+|yeah|yes|ya|yo+|hi+|he+y+|omg|guys|update|ngl|tbh|honestly)\b,? ?)*"
    r"(?:(?:i ?m|i am|i ?ve|i have|i) )?(?:currently |still |just |now |already |finally |only )?"
    r"(?:(?:(?:on|at)(?: to)?|watching|(?:got|gotten|made it|up) to|reached"
    r"|(?:finished|completed|done with|got through|made it through|watched|seen|saw)"
    r"(?: watching)?)(?: |$))?"
)
# Words after the position that say nothing more: "rn", "lol", "so far", "of the show".
_TAIL = re.compile(
    r"(?: (?:rn|right now|now|atm|at the moment|so far|lol|lmao|lmfao|haha\w*|hehe\w*|xd|tbh|ngl|already|today"
    r"|yet|tonight|last night|yesterday|tho|though|i think|i guess|and counting|lets go|omg|pls|please|btw"
    r"|just now|done|finished|completed|watched"  # "ep 9 done": finished, as the lead "finished ep 9" says
    r"|no spoilers?|(?:please |pls )?(?:dont|do not) spoil(?: me| it)?|spoiler free"
    r"|of (?:the show|aouad|all of us are dead)|끝|[\u1100-\u11ff\u3131-\u318e]+))+$"  # ㅎㅎ, ㅠㅠ: jamo once NFKC
)
# Korean: "지금 5화" (now), and an episode left unfinished: "5화 반쯤 봤어", "5화 중간", "5화 보다가 멈춤".
_KO_NOW = re.compile(r"^(?:지금|현재|이제|아직)\s*")
# "7화 다 봤어요" (watched all of 7), "4화 보는 중이에요" (watching 4 now): the episode, as "finished ep 7", "watching ep 4".
_KO_TAIL = re.compile(r"(?<=화)\s*(?:만\s*)?(?:다\s*)?(?:봤어요|봤어|봤음|봤다|봄|보는\s?중(?:이에요|이야|임|입니다)?"
                      r"|보고\s?있어요?|보고\s?있음|끝냈어요?|끝냄|끝남|완료)$")
_KO_PARTWAY = re.compile(r"\s*(?:반쯤|반 ?정도|절반|중간|보다가|보다 ?말|보는 ?도중)(?:\s|\w)*$")
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_END_MARKS = re.compile(r"[\s!?.~…,:;]+$")
# "3rd", "the 3rd one": an episode of season 1 said as an ordinal alone.
_ORDINAL = re.compile(r"^(?:the )?(\d{1,3}) ?(?:st|nd|rd|th)(?: one)?$")
# "3 episodes in", "watched 3 eps": that many episodes of season 1.
_EPISODES_IN = re.compile(r"^(\d{1,2}) (?:episodes|eps)(?: in| deep| so far)?$")
# "epsiode", "espiode", "episdoe": a slip typing "episode".
_EPISODE_SLIP = re.compile(r"\b(?:epsiode|espiode|episdoe|epiosde|epsidoe|episoed|epiode|eipsode)s?\b")
# "eps 1-4", "episodes 1 to 4": watched up to the last of them.
_RANGE = re.compile(r"^(?:episodes|episode|eps|ep) ?\d{1,2} ?(?:-|~|to|thru|through) ?(\d{1,2})$")
# "s2 3", "season 2 3": a season, then its episode.
_SEASON_EPISODE = re.compile(r"^(?:s|season) ?(\d) (\d{1,2})$")
# "3 of 12", "3/12": an episode counted out of its season's episodes.
_OUT_OF = re.compile(r"^(?:(?:episode|ep|e) ?)?(\d{1,3}) ?(?:of|/|out of) ?(\d{1,3})$")
# 세번째 화, 일곱 번째 에피소드: Korean ordinals in words, read as the digits parse_position takes.
_KOREAN_ORDINALS = {"첫": 1, "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
                    "아홉": 9, "열": 10, "열한": 11, "열두": 12}
_KOREAN_ORDINAL = re.compile(r"(" + "|".join(sorted(_KOREAN_ORDINALS, key=len, reverse=True)) + r") ?번째")


def _chat_free(text: str) -> str:
    """`text` lower-cased without emoji, brackets, end marks or apostrophes, spaces single."""
    text = unicodedata.normalize("NFKC", strip_invisible(text)).casefold().replace("\u2019", "'").replace("'", "")
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cs", "Mn"))
    text = _BRACKETS.sub(" ", text)
    text = re.sub(r"\b(ep|eps|episode)\.", r"\1 ", text)  # "Ep. 9"
    text = _EPISODE_SLIP.sub("episode", text)  # "epsiode 4"
    text = re.sub(r"\beps (?=\d)", "ep ", text)  # "season 2 eps 3": one episode named
    text = re.sub(r"\s+", " ", text).strip()
    return _END_MARKS.sub("", text)


def _core(text: str) -> tuple[str, bool]:
    """What is left of `text` once chat is read past, and whether it says the episode is unfinished."""
    said = _chat_free(text)
    for _ in range(3):  # tails come in runs: "3 rn lol"
        said = _END_MARKS.sub("", _TAIL.sub("", said))
    said = _KO_TAIL.sub("", _KO_NOW.sub("", said))
    partway = _PARTWAY.match(said) or _KO_PARTWAY.search(said)
    if partway is not None:
        said = said[partway.end():] if partway.start() == 0 else said[:partway.start()]
    else:
        lead = _LEAD.match(said)
        said = said[lead.end():] if lead is not None and lead.end() < len(said) else said
    started = partway is not None and partway.groupdict().get("start") is not None
    if started and said.strip() in ("", "it", "the show", "the series", "watching", "watching it"):
        said = "episode 1"  # "just started (the show)": in its first episode
    said = _KOREAN_ORDINAL.sub(lambda m: f"{_KOREAN_ORDINALS[m.group(1)]}번째", said)
    said = _EPISODES_IN.sub(r"episode \1", said)
    said = _RANGE.sub(r"episode \1", said)
    said = _SEASON_EPISODE.sub(r"s\1e\2", said)
    ordinal = _ORDINAL.match(said)
    if ordinal is not None:
        said = f"episode {ordinal.group(1)}"
    return said.strip(), partway is not None


def _out_of(core: str, shape: ShowShape) -> str:
    """"3 of 12" is episode 3 when 12 is season 1's number of episodes (else left as it is)."""
    match = _OUT_OF.match(core)
    if match is not None and int(match.group(2)) == len(shape.episodes_in(1)):
        return f"episode {match.group(1)}"
    return core


def before(position: Position, shape: ShowShape) -> Position:
    """The episode just before `position` in the show (NOTHING before the first)."""
    earlier = [p for p in shape.positions() if p < position]
    return earlier[-1] if earlier else NOTHING


def read_watched(text: str, shape: ShowShape, *, now: dt.datetime, allow_nothing: bool = True) -> Watched:
    """How far `text` says its writer has watched; raises parse_position's PositionError (naming
    what was typed) when no position is in it, or when the one in it does not exist."""
    try:
        return Watched(parse_position(text, shape, now=now, allow_nothing=allow_nothing))
    except PositionError as refused:
        core, partway = _core(text)
        core = _out_of(core, shape)
        if not core:
            raise
        try:
            found = parse_position(core, shape, now=now, allow_nothing=allow_nothing)
        except PositionError as inner:
            # "im on ep 13", "im on season 1": what is wrong with the episode read is the reason to give
            raise (refused if str(inner).startswith("\u201c") else inner) from None
    if partway and found:
        return Watched(before(found, shape), found)
    return Watched(found)


# Words fans start typing for an end of the show ("fin" for finished, "la" for latest): completed.
_WORDS = ("latest", "finished", "everything", "caught up", "the finale", "pilot", "nothing", "not started")
_EPISODE_WORDS = ("latest", "the finale", "finale", "pilot")  # an episode asked for, not how far one is


def watched_choices(
    shape: ShowShape, typed: str, *, now: dt.datetime, limit: int = 25, allow_nothing: bool = True
) -> list[tuple[str, str]]:
    """/progress autocomplete: the positions `typed` matches (bot.show.position_choices); else the one
    a chat sentence says ("im on ep 3 rn", "halfway through ep 4": the one before, named so), or the
    words for an end of the show that `typed` begins ("fin", "la"). Names carry no titles. Without
    `allow_nothing` (/episode), only episodes, and no sentence is read."""
    choices = position_choices(shape, typed, now=now, limit=limit, allow_nothing=allow_nothing)
    if choices or not typed.strip():
        return choices
    said = None
    if allow_nothing:
        try:
            said = read_watched(typed, shape, now=now)
        except PositionError:
            said = None
    if said is not None:
        name = f"{said.position.heading} ({said.position})"
        if said.partway is not None:
            name += f": still watching {said.partway}"
        return [(name, str(said.position))]
    start = _chat_free(typed)
    found: dict[Position, str] = {}
    for word in _WORDS if allow_nothing else _EPISODE_WORDS:
        if len(start) >= 2 and word.startswith(start):
            try:
                position = parse_position(word, shape, now=now)
            except PositionError:  # "the finale" once season 2 is out: which season's is asked then
                continue
            found.setdefault(position, f"{word.capitalize()}: {position.label} ({position})")
    return [(name, str(position)) for position, name in found.items()][:limit]
