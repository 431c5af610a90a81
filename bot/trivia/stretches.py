"""A stretch of the show spoken of ("the last 3 episodes were brutal", "os 3 últimos episódios", "3 episode terakhir"),
others counted and told of ("the other 6 died"), and the episode a message guesses before such a remark ("ep 12! the last 3
episodes were brutal"): talk beside a question, whatever number it says (read by `bot.trivia.talk.fan_talk` and
`bot.trivia.matching`)."""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from bot.lazy_re import compile_later
from bot.trivia.chatabroad import said_apart
from bot.trivia.normal import read

IS_WAS = frozenset("was is were are got had has felt seemed".split())
_STRETCH_END = frozenset("last final first 1st".split())  # (read has made "first" "1st")
EPISODES = frozenset("episodes eps".split())
# ...said in Spanish, Portuguese and Indonesian ("los últimos 3 episodios", "os 3 últimos episódios", "3 episode
# terakhir"), Tagalog ("yung huling 3 episodes"), or of the ones of anything ("the first 2 ones": Vietnamese "hai cái đầu tiên")
_STRETCH_ENDS = _STRETCH_END | frozenset("ultimos ultimas primeros primeras primeiros primeiras terakhir pertama huling unang".split())
_STRETCH_OF = EPISODES | frozenset("ones episodios episode capitulos episodyo".split())
_ARTICLES = frozenset("the los las os as yung ang".split())


def stretch(tokens: Sequence[str], k: int, own: Container[str] = ()) -> bool:
    """Whether the words at k name a stretch of the show, its first or last ones counted: "last 3 episodes", "últimos 3
    episodios", "3 últimos episódios", "3 episode terakhir", "the last 6 were" (the end word never one of the answers' own
    words, `own`)."""
    a, b, c = (*tokens[k : k + 3], "", "", "")[:3]
    if a in _STRETCH_ENDS and b.isdigit() and (c in _STRETCH_OF or ((not k or tokens[k - 1] in _ARTICLES) and c in IS_WAS)):
        return a not in own  # "last 3 episodes", "the last 6 were better", "last 3 were brutal"
    if a.isdigit() and b in _STRETCH_ENDS and c in _STRETCH_OF:
        return b not in own  # "3 últimos episódios"
    return a.isdigit() and b in _STRETCH_OF and c in _STRETCH_ENDS and c not in own  # "3 episode terakhir"


# A stop the reading keeps no trace of: "!" and a dash between spaces ("ep 12! the last 3...", "ep 12 - the last 3...")
_STOP = compile_later(r"!|\s[-–—]+\s")


def guessed_before_stretch(
    tokens: Sequence[str], seps: Container[int], text: str = "", laughs: Callable[[str], bool] = lambda word: False
) -> tuple[str, ...]:
    """The words a message opens with when a stop (before word k: `seps`, or a "!" or a dash in `text`) and a remark on
    a stretch of the show follow ("ep 12, the last 3 episodes were brutal": ep 12 guessed; "ep 7, the first 2 eps were
    slow tho"; "ep 12! the last 3 episodes were brutal"; a "!" or a dash only after a number: "namra! the last 3 episodes"
    is a cry), or (). A laugh (`laughs`) between the stop and the remark is neither ("ep 3! lol the last 3 were brutal")."""
    for k in range(1, min(5, len(tokens))):
        if stretch(tokens, k + (tokens[k] in _ARTICLES)):
            j = k
            while j > 1 and laughs(tokens[j - 1]):
                j -= 1
            if j in seps or (any(t.isdigit() for t in tokens[:j]) and j in _stops(text[:80], tokens)):
                return tuple(tokens[:j])
    return ()


def _stops(text: str, tokens: Sequence[str]) -> set[int]:
    """Where, before word k of `tokens`, the start of `text` has a "!" or a spaced dash."""
    return {n for m in _STOP.finditer(text) if (n := len(opened := read(text[: m.start()]).tokens)) and tuple(tokens[:n]) == opened}


# "other" before the count, in English, Spanish and Portuguese ("the other 6", "los otros 6", "os outros 6"), and after it
# in English and Indonesian ("6 others", "6 lainnya")
_OTHERS = frozenset("other those otros otras outros outras".split())
_OTHERS_AFTER = frozenset("others lainnya".split())
_TOLD = frozenset("died die dies dead survived survive survives lived live made were are turned got became".split()) | frozenset(
    "murieron murio morreram morreu sobrevivieron sobreviveram mati meninggal selamat".split())


def others_told_of(tokens: Sequence[str], k: int, own: Container[str] = (), text: str = "") -> bool:
    """Whether the words at k count others and tell of them ("the other 6 died", "those 6 kids died", "6 others died",
    "los otros 6 murieron", "6 lainnya mati semua"): no count guessed (a stop after the number guesses it: "6, others
    died")."""
    if k + 1 >= len(tokens) or "other" in own or "others" in own or any(t.isdigit() for t in tokens[:k]):  # ("six, 6 others died")
        return False
    if tokens[k] in _OTHERS and tokens[k + 1].isdigit():
        return not _TOLD.isdisjoint(tokens[k + 2 : k + 4])
    return tokens[k].isdigit() and tokens[k + 1] in _OTHERS_AFTER and not _TOLD.isdisjoint(tokens[k + 2 : k + 4]) and (
        not said_apart(tokens, k, text))


_PLACED = frozenset("last final".split())
_ONE_EPISODE = frozenset("episode ep".split())
# (and Tagalog "ang" opening an exclamation, "grabe", "sobrang": "the last episode ang sakit", how painful)
_REMARKS = IS_WAS | frozenset("so too very really hurt hurts broke killed ruined sad brutal painful intense ang grabe sobrang".split())


def episode_remarked(tokens: Sequence[str], own: Container[str] = ()) -> bool:
    """Whether a message opens with an episode named by its place and a remark on it ("the last episode so sad", "the
    finale hurt", "final ep was brutal"): talk of it, where "the last episode" alone (or "ep 12 so sad", a number typed as
    an answer is) is a guess."""
    k = 1 if tokens[:1] and tokens[0] == "the" else 0
    if len(tokens) > k and tokens[k] == "finale":
        k += 1
    elif len(tokens) > k + 1 and tokens[k] in _PLACED and tokens[k + 1] in _ONE_EPISODE:
        k += 2
    else:
        return False
    return len(tokens) > k and tokens[k] in _REMARKS and tokens[k] not in own
