"""Why a halfbie seems more than human: "why is gwinam so strong", "how can namra hear so well",
"why is gwinam so hard to kill". The sources never give a reason in so many words; what they do say
is that the character became a halfbie (infected, yet keeping their mind), said behind the episode
that makes them one. Nobody else gets this answer: "why is su-hyeok so strong" is left to the
routes that say what the sources say of him, or that they don't know.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.fates import FateAnswers
from bot.lore.answer.result import Answer, Part

# the asked-about power, as fans put it: strength, speed, toughness, senses
_TRAIT = compile_later(
    r"\b(?:why|how|how come)\b.*\b(?:strong|stronger|strength|powerful|fast|faster|quick|tough|unkillable|"
    r"hard to kill|so hard to (?:kill|beat|stop)|keeps? (?:coming back|surviving)|hear(?:s|ing)? (?:so )?(?:well|good)|"
    r"hear(?:s|ing)? everything|smell(?:s|ing)? (?:so )?(?:well|good)|senses|superpowers?|super ?human|overpowered|op)\b"
)
_CONSUMED = ("why", "how", "come", "so", "strong", "stronger", "strength", "powerful", "fast", "faster", "quick",
             "tough", "unkillable", "hard", "kill", "beat", "stop", "keep", "come", "back", "surviv", "hear", "well",
             "good", "everyth", "smell", "sens", "superpow", "super", "human", "overpow", "op", "can", "is", "be", "do")


class HalfbieTraits:
    def __init__(self, fates: FateAnswers) -> None:
        self._fates = fates

    def answer(self, ask: Ask) -> Answer | None:
        if ask.a.qtype not in ("why", "how", "statement") or not _TRAIT.search(ask.text):
            return None
        characters = ask.characters()
        if len(characters) != 1:
            return None
        character = self._fates.s.pack.characters[characters[0].id]
        turned = [st for st in self._fates.stages(character.id) if st.state == "halfbie"]
        if not turned:
            return None
        stage, name = turned[0], character.short_name or character.name
        refs = self._fates.s.knowledge.refs(stage.sources or character.sources)
        parts = [
            Part("My sources don't give a reason in so many words. What they do say:"),
            Part(f"{name} becomes a halfbie: infected, yet keeping their mind ({stage.where}).",
                 stage.spoils, stage.confidence, refs),
        ]
        found = self._fates.s.answer(ask, parts, "why.halfbie", evidence=self._fates.s.profiles.evidence(characters[0]),
                                     consumed=_CONSUMED, subjects=characters)
        return Answer(found.question, False, found.parts, found.intent, found.entities, found.evidence, found.consumed)
