"""What a moderator types to /spoilers to take a mark away instead of setting one.

A thread with a mark of its own reads by it; without one it reads its parent channel's
(bot/lore/progress.py:get_reading_mark). Taking a thread's mark away is how it goes back to
following its channel. Moderators say it many ways ("follow channel", "use the parent's mark",
"clear", "reset the thread's mark", "마크 해제", "채널 따라가기"), so a text asks for it when every word is one of those
below; a position ("S1E3", "0", "none") never does, since a digit or another word rules it out.
"""

from __future__ import annotations

import re
import unicodedata

from bot.text import strip_invisible

#: Words asking for the channel's mark (meaningless in a channel, which has none above it).
FOLLOW_WORDS = frozenset({"follow", "follows", "following", "channel", "channels", "parent", "parents", "inherit"})
#: Words asking for no mark of its own (in a thread: follow the channel; in a channel: unmarked).
CLEAR_WORDS = frozenset({"clear", "reset", "unset", "remove", "delete", "unmark", "default", "undo"})
#: Words that say nothing more ("go back to the channel's own mark").
FILLER = frozenset({
    "the", "its", "this", "thread", "threads", "mark", "marks", "spoiler", "spoilers", "back", "to", "go", "use",
    "same", "as", "own", "of", "from", "again", "like", "just", "please", "and", "here", "it", "setting",
})

#: The same in Korean, as stems: a word is one when it is a stem with at most one ending below
#: ("마크를", "지워줘", "따라가기", "채널이랑").
KO_FOLLOW = ("채널", "따라", "따르", "같게", "같이", "그대로")
KO_CLEAR = ("해제", "초기화", "삭제", "취소", "지우", "지워", "없애", "리셋")
KO_FILLER = ("스포", "스포일러", "마크", "표시", "설정", "이거", "여기", "스레드", "쓰레드", "다시", "좀", "해", "하기")
_KO_ENDINGS = (
    "", "을", "를", "은", "는", "이", "가", "도", "의", "로", "으로", "랑", "이랑", "과", "와", "기", "가기", "줘", "해",
    "해줘", "하기", "주세요", "해주세요", "요",
)

FOLLOW = "follow"
CLEAR = "clear"


def _korean(word: str, stems: tuple[str, ...]) -> bool:
    return any(word.startswith(stem) and word[len(stem):] in _KO_ENDINGS for stem in stems)


def _kind(word: str) -> str | None:
    """FOLLOW, CLEAR or "" (a word saying nothing more) for a word of these, else None."""
    if word in CLEAR_WORDS or _korean(word, KO_CLEAR):
        return CLEAR
    if word in FOLLOW_WORDS or _korean(word, KO_FOLLOW):
        return FOLLOW
    return "" if word in FILLER or _korean(word, KO_FILLER) else None


def unmark_request(text: str) -> str | None:
    """CLEAR when `text` asks to take the mark away, FOLLOW when it only asks for the channel's,
    None when it is something else (a position, or words that are not only these)."""
    shown = unicodedata.normalize("NFKC", strip_invisible(text)).casefold()
    words = re.findall(r"[^\W_]+", shown.replace("'", "").replace("\u2019", ""))
    kinds = [_kind(w) for w in words]
    if not words or None in kinds:
        return None
    if CLEAR in kinds:
        return CLEAR
    return FOLLOW if FOLLOW in kinds else None


#: Words for spoilers themselves: "스포 해제", "clear spoilers" may mean lifting the limit on
#: spoilers (every one allowed) as much as clearing the mark.
_SPOILER_WORDS = frozenset({"spoiler", "spoilers", "스포", "스포일러"})


def may_mean_allowed(text: str) -> bool:
    """Whether an unmark request also reads as "spoilers unlocked" ("스포 해제", "remove spoilers"):
    it names spoilers and no mark. The safe reading (the mark cleared: every spoiler hidden) is
    done and the other pointed to (`스포 허용`)."""
    shown = unicodedata.normalize("NFKC", strip_invisible(text)).casefold()
    words = re.findall(r"[^\W_]+", shown.replace("'", "").replace("\u2019", ""))
    spoilers = any(w in _SPOILER_WORDS or _korean(w, ("스포일러", "스포")) for w in words)
    marks = any(w in ("mark", "marks") or _korean(w, ("마크", "표시")) for w in words)
    return unmark_request(text) == CLEAR and spoilers and not marks
