"""What the show is: "is it a movie", "is it japanese", "is it an anime", "is it a k-drama".

The question names a kind of work and a country; the pack's facts on what the show is (its type:
a South Korean series made as a Netflix Original) and what it adapts (a Naver webtoon) settle it,
"No." or "Yes." with those facts and their sources. Only questions whose every word is a kind or a
country this module knows are taken ("is it scary" is something else).
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer

_IS_IT = compile_later(
    r"^(?:is|was|isn't|isnt|wasn't|wasnt)\s+(?:it|the show|this|this show|that)\s+(?:really\s+|actually\s+|even\s+)?"
    r"(?:(?:a|an)\s+)?(?P<what>[a-z ]+?)\s*$"
    r"|^(?:it|the show|this)\s+(?:'s|s|is|was)\s+(?:(?:a|an)\s+)?(?P<said>[a-z ]+?)\s*$"
)
# "is it based on a true story", "did it really happen": it is fiction, adapted from a webtoon.
_TRUE_STORY = compile_later(
    r"^(?:is|was|isn't|isnt|wasn't|wasnt)\s+(?:it|the show|this|this show|the story|the series)\s+(?:really\s+|actually\s+)?"
    r"(?:(?:based|inspired)\s+(?:on|by)\s+|from\s+)(?:a\s+)?(?:true|real)(?:\s+|-)(?:life\s+)?"
    r"(?:story|stories|events?|life|incidents?|outbreak)\b"
    r"|^(?:is|was|isn't|isnt)\s+(?:it|the show|this|the story)\s+(?:a\s+)?(?:true|real)\s+story\b"
    r"|^(?:did|does)\s+(?:it|this|that|the story|the outbreak)\s+(?:really\s+|actually\s+)?happen\s+(?:in\s+real\s+life|for\s+real)\b"
    # "true story?" said alone (Korean "지우학 실화임?" read with its "is it" left off): the same question
    r"|^(?:(?:a|an|the show|the series|it)\s+)?(?:(?:based|inspired)\s+(?:on|by)\s+)?(?:a\s+)?(?:true|real)(?:\s+|-)(?:life\s+)?"
    r"(?:story|events?)\W*$"
)
# What the show is: each word the question may use, and whether it fits (True) or not (False).
_COUNTRIES = {
    "korean": True, "south korean": True, "korea": True, "k": True,
    "japanese": False, "japan": False, "chinese": False, "china": False, "american": False, "america": False,
    "us": False,
    "usa": False, "hollywood": False, "british": False, "english": False, "uk": False, "thai": False,
    "taiwanese": False, "indian": False, "bollywood": False, "filipino": False, "north korean": False,
    "western": False, "spanish": False, "french": False,
}
_KINDS = {
    "series": True, "show": True, "tv show": True, "tv series": True, "drama": True, "kdrama": True,
    "k drama": True, "netflix original": True, "netflix show": True, "netflix series": True, "original": True,
    "zombie show": True, "zombie series": True, "horror series": True, "horror show": True, "web series": True,
    "tv": True, "television show": True, "television series": True, "streaming series": True,
    "movie": False, "film": False, "films": False, "movies": False, "anime": False, "cartoon": False,
    "animated": False, "animation": False, "manga": False, "book": False, "novel": False, "documentary": False,
    "reality show": False, "game": False, "video game": False, "musical": False, "play": False,
    "webtoon": False, "comic": False, "manhwa": False, "k pop": False, "kpop": False,
}
# Kinds whose "No." the source it adapts explains (it is a series based on a webtoon).
_ADAPTED = frozenset({"anime", "cartoon", "animated", "animation", "manga", "book", "novel", "webtoon", "comic",
                      "manhwa"})
_FILLER = frozenset({"zombie", "horror", "netflix", "or", "and", "a", "an", "one", "series", "show", "drama"})
_WORDS = ("is", "it", "show", "series", "drama", "korea", "netflix", "original", "a", "an")


class IdentityAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        facts = [r for r in shared.records.all if r.kind == "fact"]
        # The pack's own facts on what the show is and what it adapts, found by their words.
        self._type = _best(facts, {"korea", "netflix", "original"})
        self._adapts = _best(facts, {"webtoon", "adapt", "naver"})
        self._episodes = _best(facts, {"12", "episode"})

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        if ask.found.subjects or a.season or a.episode is not None or self._type is None:
            return None
        if self._adapts is not None and ("true" in a.text or "real" in a.text) and _TRUE_STORY.match(a.text):
            parts = [self.s.part(self._adapts, f"No. {self._adapts.text}")]
            return self.s.answer(ask, parts, "identity", evidence=[self._adapts], consumed=tuple(a.stems))
        match = _IS_IT.match(a.text)
        if match is None:
            return None
        what = (match.group("what") or match.group("said") or "").strip()
        fits = _verdicts(what)
        if not fits:
            return None
        wrong = [w for w, ok in fits if not ok]
        # "is it a series or a movie": which one, not yes or no.
        verdict = "" if " or " in f" {what} " else "No. " if wrong else "Yes. "
        parts = [self.s.part(self._type, verdict + self._type.text)]
        evidence = [self._type]
        if any(w in _ADAPTED for w in wrong) and self._adapts is not None:
            parts.append(self.s.part(self._adapts))
            evidence.append(self._adapts)
        elif any(w in ("movie", "film", "films", "movies") for w in wrong) and self._episodes is not None:
            parts.append(self.s.part(self._episodes))
            evidence.append(self._episodes)
        words = {w for term, _ in fits for w in term.split()}
        return self.s.answer(ask, parts, "identity", evidence=evidence, consumed=(*_WORDS, *words, *_FILLER))


def _verdicts(what: str) -> list[tuple[str, bool]]:
    """Each kind or country `what` names, with whether the show is one; empty when a word is neither."""
    words = what.split()
    found: list[tuple[str, bool]] = []
    i = 0
    while i < len(words):
        two = " ".join(words[i:i + 2])
        if len(words) > i + 1 and (two in _KINDS or two in _COUNTRIES):
            found.append((two, _KINDS.get(two, _COUNTRIES.get(two, True))))
            i += 2
            continue
        word = words[i]
        if word in _KINDS or word in _COUNTRIES:
            found.append((word, _KINDS.get(word, _COUNTRIES.get(word, True))))
        elif word not in _FILLER:
            return []
        i += 1
    return found


def _best(facts: list[Record], wanted: set[str]) -> Record | None:
    """The shortest unspoiling fact holding every word of `wanted`."""
    fitting = [r for r in facts if wanted <= r.stems and not r.spoils]
    return min(fitting, key=lambda r: (len(r.text), r.id), default=None)

