"""Two of the show's own figures set side by side: "were week 2 hours higher than week 1", "was the rotten
tomatoes score higher at launch or later", "more countries in week 1 or week 2".

The sources give each figure, never which is higher, so each side is asked as a question of its own (the
measure said once is the measure of both sides: "week 2 hours ... than week 1" asks the hours of week 1) and the
answer gives both figures, each with its sources and how sure it is; no verdict is worked out. A side the sources
do not give leaves the question unanswered, as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.korean_glosses import gloss_korean
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.season2_pack_texts import one_language
from bot.lore.answer.season2_phrases import timing_words

_MORE = r"(?:higher|lower|bigger|smaller|more|less|fewer|greater|larger|better|worse)"
# "were week 2 hours higher than week 1", "did week 2 get more hours than week 1"
_THAN = compile_later(
    rf"^(?:was|were|is|are|did|does|do)\s+(?:the\s+)?(?P<left>.+?)\s+(?:get\s+|have\s+|draw\s+)?{_MORE}"
    rf"(?:\s+(?P<noun>[a-z]+))?\s+than\s+(?:in\s+|at\s+|on\s+|during\s+|after\s+)?(?:the\s+)?(?P<right>.+?)\W*$"
)
# "was the rotten tomatoes score higher at launch or later", "more hours in week 1 or week 2"
_OR = compile_later(
    rf"^(?:(?:(?:was|were|is|are|did|does)\s+)?(?:the\s+)?(?P<left>.+?)\s+)?{_MORE}(?:\s+(?P<noun>[a-z]+))?\s+"
    r"(?:(?P<prep>at|in|on|during|after)\s+)?(?:the\s+)?(?P<a>.+?)\s+or\s+(?:in\s+|at\s+|on\s+|after\s+)?(?:the\s+)?(?P<b>.+?)\W*$",
    prefilter=True,
)
# "which week had more hours, week 3 or week 4": the measure first, then the two sides
_WHICH = compile_later(
    rf"^(?:which|what)\s+(?P<unit>week|day)\s+(?:had|has|got|gets|drew|brought|saw)\s+{_MORE}\s+(?P<noun>[a-z]+)\W+"
    r"(?:(?:the\s+)?(?P=unit)\s+)?(?P<a>\w+)\s+or\s+(?:(?:the\s+)?(?P=unit)\s+)?(?P<b>\w+)\W*$"
)
# "were there more countries in week 2 than week 1", "did it get more hours in week 2 than in week 1"
_THERE = compile_later(
    rf"^(?:(?:were|was|are|is) there|did it (?:get|have|draw|reach)|does it have)\s+{_MORE}\s+(?P<noun>[a-z]+)\s+"
    r"(?P<prep>in|at|on|during|after)\s+(?:the\s+)?(?P<left>.+?)\s+than\s+(?:in\s+|at\s+|on\s+)?(?:the\s+)?(?P<right>.+?)\W*$"
)
# The show itself as the left side ("did it get more views than squid game"): set against another title, unless the
# right side is a time or a part of its own ("than week 1", "than at launch", "than season 1")
_THE_SHOW = compile_later(r"^(?:it|there|show|series|drama|this show|aouad|all of us are dead)$")
_ITS_OWN_TIME = compile_later(r"\b(?:weeks?|days?|months?|launch|premiere|release|debut|start|first|second|third|last|later"
                           r"|earlier|before|season|episode|ep|\d+)\b")
# "was it #1 in more countries in week 2 than week 1": what it was, then the measure and the two sides
_IT_THAN = compile_later(
    rf"^(?:was|is|did|does)\s+(?:it|the show)\s+(?P<pre>.*?)\s*{_MORE}\s+(?P<noun>[a-z]+)\s+"
    r"(?P<prep>in|at|on|during|after)\s+(?:the\s+)?(?P<left>.+?)\s+than\s+(?:in\s+|at\s+|on\s+)?(?:the\s+)?(?P<right>.+?)\W*$"
)
_EP = r"(?:ep|eps|episode|episodes|e)\s*\d{1,2}"
# "were there more zombies in ep 5 than ep 6", "which ep has more zombies, 5 or 6": what no source counts
_PER_EPISODE = compile_later(
    rf"\b{_MORE}\s+(?P<noun>[a-z]+)\s+(?:in\s+)?(?:the\s+)?{_EP}\s+(?:than|or|vs)\b"
    rf"|^(?:does|did)\s+{_EP}\s+(?:have|get|show)\s+{_MORE}\s+(?P<noun2>[a-z]+)\b"
    rf"|^(?:which|what)\s+(?:ep|episode)\s+(?:has|had|shows|showed)\s+(?:the\s+)?(?:{_MORE}|most)\s+(?P<noun3>[a-z]+)\b"
)
# "5화랑 6화 중에 좀비 더 많이 나오는 화는?": the same in Korean, the thing said before "더 많"
_PER_EPISODE_KO = compile_later(r"\d+\s*[화회]\S*\s+\d+\s*[화회].*?([\uac00-\ud7a3]+?)(?:이|가|는|은)?\s*더\s*많")
# "which ep has more deaths, 10 or 11", "more deaths in ep 5 or ep 6": who dies in each, side by side
_DEATHS_COMPARED = compile_later(r"\b(?:more|most|fewer|less)\s+(?:deaths|(?:people|characters|students|ppl)\s+(?:die|died|dying|killed"
                              r"|get killed|got killed|dead)|dead people)\b"
                              r"(?:\s+in)?\W+(?:ep(?:isode)?s?\s*)?(?P<a>\d{1,2})\s*(?:,\s*)?(?:or|vs|than)\s+(?:in\s+)?"
                              r"(?:ep(?:isode)?\s*)?(?P<b>\d{1,2})\b")
# "who was in more episodes gwinam or nayeon", "who has the most screen time": no source lists who appears in which
_APPEARANCES = compile_later(r"^(?:who|which (?:character|actor|actress))\s+(?:was|is|appears?|appeared|shows? up|showed up)\s+in\s+"
                          r"(?:more|the most|most|fewer|the fewest)\s+(?:episodes|eps)\b|^who\s+(?:has|had|gets|got)\s+"
                          r"(?:more|the most|most)\s+screen\s?time\b")
# What the sources do count by episode: who dies in it (a death list), so never "not counted"
_COUNTED_BY_EPISODE = compile_later(r"^(?:whos?|deaths?|dead|kills?|killings?|people|characters|hours|views)$")
# "how many more eps does the webtoon have than the show": how many each has
_HOW_MANY_MORE = compile_later(r"^how many (?:more|fewer|less) (?P<noun>[a-z]+) (?:does|did|do|has|have) (?:the\s+)?(?P<left>.+?)\s+"
                            r"(?:have|get|got|has|had)\s+than\s+(?:the\s+)?(?P<right>.+?)\W*$")
# What is measured: the last of these words said on the left is the measure of both sides.
_MEASURES = compile_later(r"\b(?:hours|views|viewers|score|rating|ratings|countries|reviews|viewership|numbers|rank|ranked|ranking)\b")


def compared_figures(text: str) -> tuple[str, str] | None:
    """The two questions a comparison of two figures asks, or None when `text` sets no two figures side by side
    (a show set against another is comparisons.py's)."""
    text = " ".join(text.casefold().split())
    if (said := _THERE.match(text)) is not None:
        noun, prep = said.group("noun"), said.group("prep")
        return (f"{noun} {prep} {said.group('left')}", f"{noun} {prep} {said.group('right')}") if _measure(noun) else None
    if (said := _THAN.match(text)) is not None:
        left, right = said.group("left"), said.group("right")
        if _THE_SHOW.match(left) and not _ITS_OWN_TIME.search(right):
            return None  # the show against another title (comparisons.py)
        measure = said.group("noun") or _measure(left)
        if measure is None or _MEASURES.search(right):
            return None if measure is None else (f"{left} {said.group('noun') or ''}".strip(), right)
        return f"{left} {said.group('noun') or ''}".strip(), f"{measure} {right}"
    if (said := _HOW_MANY_MORE.match(text)) is not None:
        noun = said.group("noun")
        return f"how many {noun} does the {said.group('left')} have", f"how many {noun} does the {said.group('right')} have"
    if (said := _IT_THAN.match(text)) is not None and _measure(said.group("noun")):
        pre = f"{said.group('pre')} " if said.group("pre") else ""
        noun, prep = said.group("noun"), said.group("prep")
        return f"{pre}{noun} {prep} {said.group('left')}", f"{pre}{noun} {prep} {said.group('right')}"
    if (said := _WHICH.match(text)) is not None and _measure(said.group("noun")):
        unit, noun = said.group("unit"), said.group("noun")
        return f"{noun} in {unit} {said.group('a')}", f"{noun} in {unit} {said.group('b')}"
    if (said := _OR.match(text)) is not None:
        measure = " ".join(w for w in (said.group("left"), said.group("noun")) if w)
        if not measure or _measure(measure) is None:
            return None
        prep = said.group("prep") or "in"
        return f"{measure} {prep} {said.group('a')}", f"{measure} {prep} {said.group('b')}"
    return None


def _measure(words: str) -> str | None:
    found = _MEASURES.findall(words)
    return found[-1] if found else None


def side_by_side(question: str, text: str, ask: Callable[[str], Answer], *, named: bool = False) -> Answer | None:
    """Two figures asked side by side, each its own question (`ask`): both, each with its sources; a thing no
    source counts per episode ("more zombies in ep 5 than ep 6") said so; else None. A question that names
    someone (`named`) sets no figures side by side, but may still ask what no source counts."""
    if _APPEARANCES.search(" ".join(text.casefold().split())):
        # One convention with "more zombies in ep 5 or 6" below: a comparison no source can make is answered
        # by saying so (what the sources lack is known for sure), never a bare "I don't know". (screen time too: a31)
        return Answer(question, True, [Part("No source lists which episodes each character appears in, so I "
                                            "can't count them or say who is in more.")], "comparison.uncounted")
    if named:
        return None
    if (sides := compared_figures(text)) is not None:
        both = [ask(side) for side in sides]
        if not all(b.answered for b in both):
            return None
        # each side is a figure asked alone: a "No." it carries (season 2's count "has not been announced", read
        # off a Korean yes/no ending) answers that side, never the comparison
        gathered = one_language([p for b in both for p in b.parts])  # one side in the asker's language: both, or English
        parts = list({p.text: p for p in (_unverdicted(p) for p in gathered)}.values())
        return Answer(question, True, parts, "comparison.figures", tuple(e for b in both for e in b.entities))
    if (deaths := _DEATHS_COMPARED.search(" ".join(text.casefold().split()))) is not None:
        both = [ask(f"who dies in episode {deaths.group(n)}") for n in ("a", "b")]
        if all(b.answered for b in both):
            parts = list({p.text: p for b in both for p in b.parts}.values())
            return Answer(question, True, parts, "comparison.deaths", tuple(e for b in both for e in b.entities))
    said = _PER_EPISODE.search(" ".join(text.casefold().split()))
    noun = said and (said.group("noun") or said.group("noun2") or said.group("noun3"))
    if not noun and (korean := _PER_EPISODE_KO.search(question)) is not None:
        noun = next(iter(gloss_korean(korean.group(1)).split()), "")
        noun = f"{noun}s" if noun and not noun.endswith("s") else noun
    if not noun or _COUNTED_BY_EPISODE.match(noun) or _measure(noun):
        return None
    return Answer(question, True, [Part(f"No source counts the {noun} in each episode, so I can't say which "
                                        "episode has more.")], "comparison.uncounted")


def _unverdicted(part: Part) -> Part:
    """`part` without a leading bare "Yes." or "No.", in its own language ("아니요. "): a side of a comparison has no
    verdict of its own."""
    words = timing_words(part.lang)
    bare = next((said + words.gap for said in (words.verdicts["Yes."], words.verdicts["No."])
                 if part.text.startswith(said + words.gap)), "")
    return dataclasses.replace(part, text=part.text[len(bare):], hedged=False) if bare else part
