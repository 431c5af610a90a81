"""The forms a position takes as people type it, for `bot.show`'s readers (`read_position`,
`parse_position`): words for nothing, all, the first and last episode; the season-and-episode
patterns in English and Korean; and the normalizing that every form is matched after (casefolded,
separators collapsed, numbers in words as digits). Moved out of show.py at 588 lines; the rules
that turn a matched form into a position the show has stay there.
"""

from __future__ import annotations

import functools
import unicodedata

from bot.episode_marks import SEASON_KO_OR_EN
from bot.lazy_re import compile_later
from bot.text import NUMBER_WORDS, ORDINAL_WORDS, strip_invisible

NOTHING_WORDS = frozenset({
    "0", "none", "nothing", "nothing yet", "not started", "zero", "havent started",
    "안", "아직 안", "하나도 안", "아무것도 안", "전혀 안",  # Korean "(not yet) watched": what is left of 안 봤어
    "없음", "없어", "아무것도",  # Korean "none"
})
ALL_WORDS = frozenset({
    "all", "everything", "latest", "finished", "done", "completed", "complete", "caught up", "up to date",
    "all caught up", "fully caught up", "all up to date",
    "all of it", "all episodes", "the whole thing", "whole show", "the whole show", "latest episode",
    "the latest episode", "watched it all", "watched everything", "seen it all", "seen everything",
    "다", "전부", "전부 다", "끝", "끝까지", "최신화", "마지막까지", "완결", "완결까지", "정주행",  # Korean: 다 봤어, 최신화까지
    "全話", "全部", "全集", "最新話", "最新集", "全部看完",  # Japanese and Chinese: all of it
})
# The finale is season 1's only while nothing later has aired; after that it is asked again.
FINALE_WORDS = frozenset({
    "the end", "finale", "the finale", "last episode", "the last episode", "final episode", "the final episode",
    "last ep", "the last ep", "final ep", "the final ep", "the last one", "last one", "the final one", "ending",
    "the ending",
    "마지막화", "마지막 화", "마지막 회", "최종화", "마지막 에피소드",
})
FIRST_WORDS = frozenset({"pilot", "the pilot", "first episode", "the first episode", "first ep", "첫화", "첫 화"})
# "episode seven", "season two episode three", "the second episode": numbers as fans spell them.
_CARDINALS = {word: str(n) for word, n in NUMBER_WORDS.items() if n <= 20}
_ORDINALS = {word: str(n) for word, n in ORDINAL_WORDS.items() if n <= 12}
_NUMBER_WORDS = _CARDINALS | _ORDINALS
_NUMBER_WORD = compile_later(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
# "finished season 1": all of it (a bare "season 1" could mean anywhere in it: asked again).
WHOLE_SEASON = compile_later(
    r"^(?:(?:finished|done with|completed|watched|all of|the whole|whole) (?:s|season) ?(\d{1,2})"
    r"|(?:s|season) ?(\d{1,2}) (?:finished|done|complete|completed|all)"
    r"|(?:시즌 ?(\d{1,2})|(\d{1,2}) ?(?:기|시즌)) ?(?:을|는)? ?(?:다|전부|전체|끝|끝까지|완결|완결까지|까지))$"  # 시즌1 끝까지
)
_SEPARATORS = compile_later(r"[\s,·•:/|_.#*~`-]+")  # markdown too: "**S1E5**"
_EP = r"(?:episode|ep|e)"
_KO_EPISODE = r"(?:(?:제 ?)?(\d{1,3}) ?[화회편]|(?:에피소드|에피) ?(\d{1,3})|(\d{1,3}) ?번째 ?(?:에피소드|에피|화|회)?)"
PATTERNS = (
    # s2e3, s02e03, s2 e3, s2 ep3, s2 episode 3, season 2 episode 3, season 2 ep 3, season 2 e3
    compile_later(rf"^(?:s|season) ?(\d{{1,2}}) ?{_EP} ?(\d{{1,3}})$"),
    compile_later(r"^s?(\d{1,2}) ?x ?(\d{1,3})$"),  # 2x03, "s2x03"
    # "second season, third episode", "2nd season 1st ep" (by then "2 season 3 episode")
    compile_later(rf"^(?:the )?(\d{{1,2}}) ?(?:st|nd|rd|th)? season (?:the )?(\d{{1,3}}) ?(?:st|nd|rd|th)? {_EP}$"),
    # 시즌2 3화, 2기 3화, 2시즌 3화, s2 3화, 시즌2 에피소드 3, 시즌2 3번째 에피소드
    compile_later(rf"^{SEASON_KO_OR_EN} ?{_KO_EPISODE}$"),
)
# The episode before the season: "ep 3 s2", "episode 3 of season 2", "the 3rd episode of season 2".
EPISODE_FIRST = (
    compile_later(rf"^{_EP} ?(\d{{1,3}}) (?:of |in )?(?:the )?(?:s|season) ?(\d{{1,2}})$"),
    compile_later(rf"^(?:the )?(\d{{1,3}}) ?(?:st|nd|rd|th)? {_EP} (?:of |in )(?:the )?(?:s|season) ?(\d{{1,2}})$"),
    # "3 episodes into season 2", "2 eps in s2": counted from the season's first episode
    compile_later(r"^(\d{1,3}) (?:episodes?|eps?) (?:deep )?(?:into|in|of) (?:the )?(?:s|season) ?(\d{1,2})$"),
)
# One season's first or last episode: "s2 finale", "season 2 premiere", "the last episode of season 2".
_ENDS = r"(finale|final|final episode|final ep|last episode|last ep|ending|end|premiere|first episode|first ep|opener)"
SEASON_END = (
    compile_later(rf"^(?:the )?(?:s|season) ?(\d{{1,2}}) ?s? {_ENDS}$"),
    compile_later(rf"^(?:the )?{_ENDS} (?:of |in )(?:the )?(?:s|season) ?(\d{{1,2}})$"),
)
# 시즌2 마지막화, 2기 최종화, 시즌2 첫 화: a season's last or first episode in Korean.
KO_SEASON_END = compile_later(rf"^{SEASON_KO_OR_EN} ?(?P<end>마지막 ?[화회]|최종 ?화|첫 ?[화회])$")
FIRST_ENDS = frozenset({"premiere", "first episode", "first ep", "opener"})
SEASON_ONE = (
    compile_later(rf"^(?:{_EP} ?)?(\d{{1,3}})$"),  # 7, ep 7, episode 7, e7
    compile_later(rf"^(?:the )?(\d{{1,3}}) ?(?:st|nd|rd|th)? {_EP}$"),  # 7th episode, the second episode
    compile_later(rf"^{_KO_EPISODE}$"),  # 3화, 제3화 (formal), 에피소드 3, 3번째 에피소드
)


# (normal_typed and numbers_as_digits: pure functions of the text, asked of the same few texts a dozen times by the
# readers of one /progress reply)
@functools.lru_cache(maxsize=4096)
def normal_typed(text: str) -> str:
    # Invisible marks (a zero-width space from a phone, a direction mark copied from a chat) are
    # not part of what anyone typed: "S1E3" pasted with one is S1E3, in a form or a file too.
    text = unicodedata.normalize("NFKC", strip_invisible(text)).casefold().strip().replace("'", "").replace("\u2019", "")
    return _SEPARATORS.sub(" ", text).strip()


_EPISODE_WORDS = compile_later(r"\b(?:episode|ep|e|season|s)\b")


# "the 2nd season", "second season" (by then "2 season"): the season's number before the word; not
# when the word has its own number after it ("ep 1 season 2": the 1 is the episode's).
_SEASON_AFTER = compile_later(r"\b(?:the )?(\d{1,2}) ?(?:st|nd|rd|th)? season\b(?! ?\d)")


@functools.lru_cache(maxsize=4096)
def numbers_as_digits(norm: str) -> str:
    """"episode seven" -> "episode 7"; an ordinal ("second") only beside an episode or season word,
    where it cannot be an ordinary word; "the 2nd season" -> "season 2"."""
    beside = bool(_EPISODE_WORDS.search(norm))
    norm = _NUMBER_WORD.sub(
        lambda m: _NUMBER_WORDS[m.group(1)] if beside or m.group(1) not in _ORDINALS else m.group(1), norm
    )
    return _SEASON_AFTER.sub(r"season \1", norm)
