"""A question as /ask takes it, and the plain form the season-2 claim matching reads.

`prepare_question` is what /ask runs on what a member typed (bot.text.clean_input, then not empty,
not too long). `Question` is the text the season-2 claim matching (claims.py, season2_dated.py,
season2_status.py) and the full-text fallback read: `raw` (as cleaned), `text` (casefolded,
apostrophes straightened), `mentions` (the one name resolver's spans), and, computed on first use,
the stems of its content words and the years it names. The engine's own reading of a question
(type, subject, clauses) is analysis.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.errors import UserError
from bot.lazy_re import compile_later
from bot.lore.names import Mention
from bot.text import clean_input

QUESTION_LIMIT = 500
#: Markdown's marks (spoiler bars, emphasis, code, quote) and the spaces between them.
_MARKS_ONLY = "|*_~`> \n"


class QuestionError(UserError):
    """A question /ask cannot take (empty, too long); the message says what to do."""


def prepare_question(text: str) -> str:
    """A typed question made safe (bot.text.clean_input) and checked: not empty, not too long."""
    cleaned = clean_input(text, limit=QUESTION_LIMIT + 1)
    if not cleaned.strip(_MARKS_ONLY):  # "||", "** **": markdown's marks around nothing ask nothing either
        raise QuestionError("Ask me something about All of Us Are Dead, for example: who plays On-jo?")
    if len(cleaned) > QUESTION_LIMIT:
        raise QuestionError(f"That question is too long; keep it under {QUESTION_LIMIT} characters.")
    return cleaned


# --------------------------------------------------------------------------- shared vocabulary

YEAR = compile_later(r"\b(20[0-3]\d)\b")
_YEAR_RUN = compile_later(r"20[0-3]\d")
_WORD = compile_later(r"[a-z0-9]+(?:'[a-z]+)?")
STOP_WORDS = frozenset(
    """
    a about after all also am an and any anything are as at be been before being but by can could
    did do does doing done for from get got had has have having he her here hers him his how i if in
    into is it its just know me more most my no not of on or our out please so some tell than that the
    their them then there these they this those to too up us was we were what whats when where which
    while who whom whose why will with would you your yes show series drama netflix all dead us
    happen happens happened about thing things really actually ever
    """.split()
)
_IRREGULAR = {"began": "begin", "begun": "begin", "shot": "shoot", "wrapped": "wrap", "came": "come", "won": "win"}


def normalise(text: str) -> str:
    return text.casefold().replace("\u2019", "'").replace("\u2018", "'")


def stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
    return word


def content_terms(text: str) -> list[str]:
    """The words of (folded) text that carry meaning: no stop words, at least three letters."""
    return [w for w in (_w.split("'")[0] for _w in _WORD.findall(text)) if w not in STOP_WORDS and len(w) >= 3]


def stems_of(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_terms(text))


def year_runs(text: str) -> frozenset[str]:
    """Every 4-character run of `text` shaped like a year YEAR finds (20[0-3]d): `y in text` for
    such a y is exactly `y in year_runs(text)`."""
    return frozenset(text[i:i + 4] for i in range(len(text) - 3) if _YEAR_RUN.fullmatch(text[i:i + 4]))


@dataclass
class Question:
    raw: str
    text: str  # casefolded, apostrophes straightened
    mentions: list[Mention] = field(default_factory=list)
    # The language it is typed in (asker_language): the season-2 timing answers are worded in it.
    language: str = "en"
    _stems: frozenset[str] | None = None
    _years: frozenset[str] | None = None

    @property
    def stems(self) -> frozenset[str]:
        """Stems of the question's content words (computed once per question)."""
        if self._stems is None:
            self._stems = stems_of(self.text)
        return self._stems

    @property
    def years(self) -> frozenset[str]:
        if self._years is None:
            self._years = frozenset(YEAR.findall(self.text))
        return self._years
