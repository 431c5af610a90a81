"""An episode given for an answer, as the spoiler guard reads it (bot/lore/guard_answers.py): named alone ("ep 3"),
the whole answer said, guessed or hedged ("by ep 11 yea", "like ep 5 or 6?"), or remarked on by the writer ("ep 4 was
crazy"); Korean, Japanese and Chinese episodes ("6화에서", "시즌2 5화", "第3集", "6話") read first as "ep N" by the
lexicon's own readers of them; the episode a question asks the story of ("what happens at the end of s2 ep 5?").
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.lexicon_seasons import later_episodes
from bot.lore.lexicon_typos import rephrase
from bot.lore.lexicon_words import EPISODE_REF
from bot.show import NOTHING, Position

_HAN_EPISODE = re.compile("[話集话]")  # a Japanese or Chinese episode ("6話", "第3集"), which rephrase reads as "ep 6"
_KO_NUMBER = re.compile(r"\d{1,2}\s?화")  # the number and its word in what EPISODE_REF reads ("5화까지")
_AN_EPISODE = r"(?<![\w-])(?:ep|eps|episode|e)\s*\.?\s*#?0?"  # "ep 3", "ep. 3", "episode #3", "e03": before its number
# an episode named alone ("ep 3", "from ep 2", "di ep 11"): to a closed question, when it happens, so a yes
EPISODE_NAMED = compile_later(rf"(?i){_AN_EPISODE}(\d{{1,2}})(?![\w-])")
# ... when the episode is the whole answer, said, guessed or hedged ("ep 4 💀", "by ep 11 yea", "like ep 5 or 6?", "di ep 11"):
# not the writer's word on an episode ("ep 4 was crazy", "ep 4 is so good")
EPISODE_GIVEN = compile_later(
    r"(?i)^[\s*_]*(?:(?:like|maybe|prob(?:ably)?|around|in|by|at|from|until|till|near|i think|the end of|end of|en(?: el)?"
    r"|desde|di|dari|sa|no|na|em|early|late)\s+)*(?:s(?:eason)?\s*\d\s*,?\s*)?(?:ep|eps|episode|episodio|episódio|e)\s*\.?\s*#?0?\d{1,2}"
    r"(?:\s*(?:or|to|-|/|&|and|o|y|atau)\s*(?:ep\s*)?\d{1,2})?(?:[\s,.!~]+(?:ye+a*h*|yes|yep|ya|i think|prob(?:ably)?|ish|or so"
    r"|sadly|unfortunately|tho|though|ending|end|maybe|i guess|ig|right|rip|bro|sis|ofc|obviously|of course|i believe|iirc"
    r"|ngl|fr))*[\s\W]*$")
# ... and the writer's word on an episode, a verb after it ("ep 4 was crazy", "ep 2 is so good", "ep 11 had me sobbing"),
# or their plan ("ep 4 tonight", the words of bot/lore/lexicon_episodes.py's _PLANNED): no answer, where a few words
# beside one are ("ep 11 tbh", "sa ep 11 po", "ep 11 huhu", "ep 6 is when")
EPISODE_REMARKED = compile_later(rf"(?i){_AN_EPISODE}\d{{1,2}}(?:'s|\s+(?:was|is|were|are|has|had|made"
                                 r"|makes|slaps|slapped|hits|hit)\b(?!\s+(?:when|where)\b)"
                                 r"|[\s,]+(?:tonight|tonite|tmrw|tmr|tomorrow|later|next)\b)")
# a yes going on with when ("sí en el ep 1", "yes from ep 4", "iya di ep 3"; not "yes ep 1 just dropped")
AT_EPISODE = compile_later(r"(?i)^(?:in|from|at|by|en(?: el)?|desde|di|dari|sa|no|na|em|à partir de|ab|dès)\s+"
                           r"(?:ep|episode|episodio|episódio|épisode|e)\s*\d")


def in_english_episodes(text: str) -> str:
    """`text` with its Korean, Japanese and Chinese episodes as "ep N" ("6화에서", "시즌2 5화", "第3集", "6話で"), as the
    lexicon reads them (its EPISODE_REF, and rephrase's Asian words), so an episode answers in any of them."""
    if _HAN_EPISODE.search(text):
        text = rephrase(text)
    if "화" not in text:
        return text
    # the particle after it kept: "5화까지 봤어" is the writer's own place ("up to ep 5"), "6화에서" an answer ("in ep 6")
    return EPISODE_REF.sub(lambda ref: _KO_NUMBER.sub(f" ep {ref.group(4)} ", ref.group(), count=1) if ref.group(4)
                           else ref.group(), text)


# a question of an episode's story ("what happens in ep 5?", "what happens at the end of s2 ep 5?"), which an event told
# of anyone answers, named or not ("HE'S BACK 😭😭", "she dies")
_HAPPENS_IN = compile_later(r"(?i)^[\s¿]*what\s+(?:happens|happened)\s+(?:at\s+the\s+end\s+of|by\s+the\s+end\s+of|in|during"
                            r"|after)\s+(?:the\s+)?")


def story_asked_of(asked: str) -> Position:
    """The episode a question asks the story of ("what happens at the end of s2 ep 5?": S2E5, "what happens in ep 11?":
    season 1's 11); NOTHING for any other question."""
    if _HAPPENS_IN.match(asked) is None:
        return NOTHING
    later = [position for position, _ in later_episodes(rephrase(asked)) if position.season > 1]
    if later:
        return max(later)
    named = EPISODE_NAMED.search(asked)
    return Position(1, int(named.group(1))) if named else NOTHING
