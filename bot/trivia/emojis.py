"""What the emoji of a typed message say: a feeling, a hedge or something else (`emojis_say`), and the answer
a message of emoji alone pictures (`pictured_answer`).

Read by the talk rules (`bot.trivia.talk`: "the rooftop 😭" is a feeling, no guess), the matcher's reaction rule
("boom 💥" is a reaction, `reacts`) and its answer in pictures ("🏹" for Bow and arrow).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from enum import Enum

from bot.trivia.normal import emoji_said


class EmojiSays(Enum):
    """What an emoji says beside a message: a feeling (crying, loving, disgust, shock, fear,
    annoyance, a grimace: "the rooftop 😭", "gwinam 😬"), a hedge (thinking, shrugging, asking, hoping,
    and laughter, which a player's own guess gets as often: "busan 🤔", "busan 😂"), or something else
    (a picture, a flag, a sign: "boom 💥", "paris 🥐")."""

    FEELING = "feeling"
    HEDGE = "hedge"
    OTHER = "other"


_FEELING_EMOJI = frozenset(
    "\U0001F62D\U0001F622\U0001F972\U0001F979\U0001F60D\U0001F970\U0001F629\U0001F62B"
    "\U0001F922\U0001F92E\U0001F631\U0001F494\u2764\U0001FAE0\U0001F614\U0001F61E\U0001F97A"
    "\U0001F635\U0001F624\U0001F628\U0001F630\U0001F62C\U0001F611\U0001F612\U0001F644"
)
_HEDGING_EMOJI = frozenset(
    "\U0001F914\U0001F937\u2753\u2754\U0001F91E\U0001F64F\u2049\u203c"
    "\U0001F602\U0001F923\U0001F605\U0001F606\U0001F604\U0001F601\U0001F639\U0001F600"
)


# Korean emoticons typed in jamo: crying eyes ("ㅠㅠ", "ㅜㅜ") show a feeling, laughter ("ㅋㅋ", "ㅎㅎ") hedges.
_CRYING_JAMO = frozenset("ㅠㅜ")
_LAUGHING_JAMO = frozenset("ㅋㅎ")


_DEGREE_SIGNS = frozenset("°℃℉")  # a unit, no emoji: "100°F" is a wrong guess, not a reaction


def emojis_say(text: str) -> frozenset[EmojiSays]:
    """What the emoji of a message say (none: it has none; a circled letter or number is no emoji;
    Korean crying eyes, "ㅠㅠ", are a feeling, and its laughter, "ㅋㅋ", a hedge). The one reading of
    emoji that `reacts`, `shows_feeling` and `talk_beside`'s `felt` share."""
    said: set[EmojiSays] = set()
    for c in text:
        if c in _FEELING_EMOJI or c in _CRYING_JAMO:
            said.add(EmojiSays.FEELING)
        elif c in _HEDGING_EMOJI or c in _LAUGHING_JAMO:
            said.add(EmojiSays.HEDGE)
        elif unicodedata.category(c) == "So" and not "\u2460" <= c <= "\u24ff" and c not in _DEGREE_SIGNS:
            said.add(EmojiSays.OTHER)
    return frozenset(said)


def reacts(text: str) -> bool:
    """Whether a message carries an emoji that does not hedge ("boom 💥", "belle 💛", "gwinam 😬";
    not "busan 🤔", "busan 😂"): said with one, what is not the answer is a reaction, not a wrong guess (the sets of
    channel chat hold no wrong guess with an emoji, and many reactions)."""
    return not emojis_say(text) <= {EmojiSays.HEDGE}


def shows_feeling(text: str) -> bool:
    """Whether a message shows a feeling by an emoji (crying, loving, pleading...): another character
    named so ("nam-ra 🥺") is felt for, not guessed."""
    return EmojiSays.FEELING in emojis_say(text)


def pictured_answer(said: str, answers: Sequence[str], accepted: Callable[[str], str | None]) -> str | None:
    """The answer a message of emoji alone pictures, `said` in its emoji's own names (`bot.trivia.normal.emoji_said`):
    the accepted answer those words are (`accepted`: "🏹" for Bow and arrow; never a word of a longer name, "😂" is
    no Joy), or else an answer that is itself emoji ("🍗", "❤️"), matched picture for picture (selectors aside)."""
    return accepted(said) or next((a for a in answers if emoji_said(a) == said), None)
