"""Who an episode brings in: "who is the new one in ep 5", "who's the new guy in s2e3", "who first
appears in episode 5". The answer names the characters the pack says the story first shows there
(a newcomer a server's moderators added from that episode), hidden as far as that episode; the pack's
own characters are known from the cast, with no episode of their first scene, so for an episode
with none it says it does not know (never season 1's "Best New Actor" awards, never a newcomer
announced for season 2 guessed into a season-1 episode).
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part
from bot.show import Position

# "who's the new guy in episode 5", "the new girl in s2e3 who is she": said as "who is new in <episode>"
# before anything reads "the new guy" as a description of someone (season 2's announced newcomers)
_NEW_ONE_IN = compile_later(
    r"^\W*(?:(?:so|ok|okay|and|wait|hey|um+)\W+)?(?:(?:who(?: ?'s| is| are|s| r| was| were)?|which(?: is| are)?"
    r"|any|is there(?: a| any)?|are there(?: any)?)\s+)?(?:the |a |any |this |that |these |those )?new(?:est)?\s+"
    r"(?:ones?|guys?|girls?|boys?|kids?|person|people|characters?|chars?|faces?|students?|members?|wom[ae]n|m[ae]n"
    r"|dudes?|gals?)\s+(?:in|of|on|from)\s+"
    r"(?P<episode>(?:(?:season|s) ?\d+,? )?(?:episode|ep|e) ?\d+(?: of (?:season|s) ?\d+)?|s\d+ ?e\d+)"
    r"(?:\s+(?:who(?: ?'s| is)? (?:she|he|that|it|they)|who|lol|tho|though|again))?\W*$"
)
# who is new there, asked any way: "whos new in ep 5", "who is introduced in episode 5", "who debuts in
# s2e1", "any new characters in ep 5" (never "best new actor", an award's name, nor "newly bitten")
_NEW_ASKED = compile_later(
    r"^(?:who|which|any|is there|are there|new)\b(?!.*\bbest new\b)(?!.*\bnew (?:actor|actress)\b)"
    r".*\b(?:new|newest|newcomers?|introduc\w*|debut\w*|first (?:appear\w*|show\w* up|seen))\b"
)


def reworded(clause: str) -> str | None:
    """"who's the new guy in episode 5" as "who is new in episode 5"; None when it is not that."""
    found = _NEW_ONE_IN.match(" ".join(clause.split()))
    return None if found is None else f"who is new in {found['episode']}"


class EpisodeNewcomers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask, position: Position) -> Answer | None:
        """Who `position` first shows, as far as the pack says; None when the question asks something else."""
        if not ask.matches(_NEW_ASKED) or ask.characters():
            return None
        new = [c for c in self.s.pack.characters.values() if c.introduced == position]
        if not new:
            said = (f"I don't know who is new in {position.label}: my sources don't say which episode first shows "
                    "each character.")
            return Answer(ask.raw, False, [Part(said)], "unknown")
        names = ", ".join(c.name for c in new)
        sure = "official" if all(c.confidence == "official" for c in new) else "reported"
        refs = self.s.knowledge.refs([s for c in new for s in c.sources])
        return self.s.answer(ask, [Part(f"New in {position.label}: {names}.", position, sure, refs)],
                             "episode.newcomers", consumed=tuple(ask.a.stems))
