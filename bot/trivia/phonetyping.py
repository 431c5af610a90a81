"""What a phone does to an answer typed in a fast game, read back to the answer the player meant.

- voice-to-text writes a romanised syllable as English spells its sound: "on joe" On-jo, "sue hyuk" Su-hyeok,
  "nam rah" Nam-ra, "gwee nam" Gwi-nam, "chung sun" Cheong-san (English "u" before a final consonant is the
  sound of a Korean "a" as well as of "eo": "sun" for san, "num" for nam; "ung" is "eong" as romanisation
  itself writes it: "chung");
- a name sent in halves, the first ending on its hyphen ("Nam-" then "ra"): the first half is no guess yet, nor is
  half a name forgotten ("cheong-something");
- an answer given with its reason after "bc", "because", "cuz" ("namra bc she's half zombie", "hari bc
  archery"): the guess is what comes before it, the reason names nothing guessed.

(Keyboard slips inside a name typed joined, "nanra", "onjk", "nmra", are forgiven where names are matched:
`bot.trivia.accepted.joined_with_a_slip`.)
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.lazy_re import compile_later

_SOUNDED = compile_later(r"^([a-z]{1,3}[ou])e(s?)$")  # "joe", "sue", "joes": a short syllable spelt as English writes it
# ...and the other ways English spells a romanised syllable's sound: "rah" ra, "ree"/"gwee" ri/gwi, "jew" ju, "jean" jin,
# "sun"/"num" san/nam
_ROMANISED = frozenset({"lee", "hee"})  # syllables romanisation itself spells so ("lee yi-hyun" is no "li yi-hyun")
_SOUNDED_ALSO = (
    (compile_later(r"^([a-z]{1,3}a)h(s?)$"), r"\1\2"),
    (compile_later(r"^([a-z]{1,3})ee(s?)$"), r"\1i\2"),
    (compile_later(r"^([a-z]{1,3})ew(s?)$"), r"\1u\2"),
    (compile_later(r"^([a-z]{1,3})ean(s?)$"), r"\1in\2"),
    (compile_later(r"^([bcdghjklmnprstw]{1,3})u([nmlk])(s?)$"), r"\1a\2\3"),
)
# A word cut off by its hyphen at the end of the message: the rest of the name follows in the next one; or half a name
# and "-something" ("cheong-something"): the rest forgotten, no guess yet.
_UNFINISHED = compile_later(r"[^\W\d_](?:-\s*|-?(?:something|somethin|smth|sth|whatever)\W*)$")
# Words a reason starts with, after the guess: "namra bc she's half zombie".
_BECAUSE = frozenset("bc bcs bcoz bcuz because cuz coz cause cos".split())
_MOST_GUESS_WORDS = 4  # a guess is short; a longer opening is a sentence with its own "because"


def sounded_out(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """The words with a romanised syllable spelt back from how English writes its sound ("on joe" -> "on jo", "sue
    hyuk" -> "su hyuk", "on joe's dad" -> "on jos dad", "chung sun" -> "chung san": voice-to-text), or None when no
    word is so spelt."""
    heard = tuple(_SOUNDED.sub(r"\1\2", t) for t in tokens)
    for pattern, written in _SOUNDED_ALSO:
        heard = tuple(t if t in _ROMANISED else pattern.sub(written, t) for t in heard)
    return heard if heard != tuple(tokens) else None


def unfinished(guess: str) -> bool:
    """Whether the message ends on a word and its hyphen ("Nam-"): half a name, the rest still being typed, or
    forgotten ("cheong-something")."""
    return _UNFINISHED.search(guess) is not None


def before_reason(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """The words before a reason given for them ("namra bc she's half zombie" -> "namra"), or None when the message
    gives none after a short guess."""
    at = next((i for i, t in enumerate(tokens) if t in _BECAUSE), None)
    if at is None or not 1 <= at <= _MOST_GUESS_WORDS or at == len(tokens) - 1:
        return None
    return tuple(tokens[:at])
