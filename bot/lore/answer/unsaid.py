"""What the sources never say, asked in words that would otherwise find a record that merely shares
them: answered "I don't know" (answered: false), with what is known when that helps.

What the show cost: "how much was the budget", "what was the budget for season 1", "how much did
it cost to make". No source gives a figure for season 1; the answer says so (answered: false),
never the season-2 rumour said as if it were season 1's. Asked of season 2, the claims that speak
of its budget answer (the season-2 kinds); asked of neither, the rumour follows the "I don't know",
labelled as the rumour it is.

How the show's zombies are stopped: "how do you kill a zombie", "can zombies be killed", "how to
survive a zombie". No source says; never a record where zombies kill someone (Byeong-chan bitten at
the police station) read as the way to kill them. A cure is another question ("no vaccine can be
made" answers it).

The show's lines word for word: "what is the last line of the show", "what are onjo's last words".
No source quotes the script; never a record that merely says "line" (Cheong-san's Train to Busan line).

A sequel to the webtoon: "is there a webtoon season 2", "does the webtoon have a sequel". No source
speaks of one; never the show's season 2 read as the webtoon's. How far the show follows it: "how far does
s1 go in the webtoon", "what webtoon chapter does season 1 end at". No source says; never the webtoon's length.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part, dont_know

_COST = compile_later(
    r"\bbudgets?\b|\bhow much (?:did|does|was|were|money)\b.*\b(?:cost|make|made|spend|spent|film|shoot|produce)\b"
    r"|\bhow (?:expensive|costly)\b|\bcost (?:to make|to produce|to film)\b|\bproduction cost"
)


class BudgetAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._rumours = [r for r in shared.records.all if r.kind == "claim" and "budget" in r.text.casefold()]

    def answer(self, ask: Ask) -> Answer | None:
        if ask.found.subjects or ask.a.season == 2 or not _COST.search(ask.text):
            return None
        parts = [Part("My sources give no budget figure for season 1.")]
        if ask.a.season is None:
            parts += [self.s.part(r) for r in self._rumours[:1]]
        return Answer(ask.raw, False, parts, "unknown")


_TAIL = r"(?:\s+(?:lol|lmao|lmfao|fr|ngl|tho|though|bro|bruh|pls|plz|haha|again|exactly|even))*\W*$"
_ZOMBIE = r"(?:a |the |all |all the |all of the |those |these )?(?:zombies?|zombie horde|horde|infected|halfbies?|hambies?)"
_STOP = r"(?:kill|stop|defeat|beat|destroy|fight off|fight|hurt|survive|escape|outrun|get rid of|take down|take out)"
_HOW_TO_STOP = compile_later(
    rf"^(?:so |ok |but )?(?:how (?:do|can|would|could|should|does|did) (?:you|u|one|someone|people|ppl|they|we|i) |how to |"
    rf"what(?: is|s|'s| 's)? the (?:best |only )?way to |can (?:you|u|one|someone|people|they) ){_STOP}\w*\s+{_ZOMBIE}{_TAIL}"
    rf"|^(?:can|do|are|could) {_ZOMBIE} (?:be )?(?:killed|die|stopped|destroyed|defeated|hurt|weak to)\b"
    rf"|^(?:what|whats|what 's|what is) (?:kills|stops|hurts) (?:a |the )?zombies?{_TAIL}"
    rf"|^(?:what|whats|what 's|what is) (?:a |the )?zombies? 's weakness{_TAIL}|^(?:do|does) (?:the )?zombies? have (?:a )?weakness"
)

# "do the zombies run", "are zombies fast", "can zombies see in the dark": no source describes how they move or
# sense (never "makes a run for the roof"); what draws them (sound) is told by the scenes, so not asked here
_ABILITY = compile_later(
    rf"^(?:so |ok |but |wait )?(?:do|does|can|are|is|could) {_ZOMBIE} (?:run|sprint|move fast|fast|slow|see|smell|sleep|"
    rf"swim|climb|think|talk|speak|feel pain|get tired|open doors)\b"
)


class ZombieLore:
    def answer(self, ask: Ask) -> Answer | None:
        if ask.found.subjects:
            return None
        if _ABILITY.search(ask.text):
            return dont_know(ask.raw, "how the show's zombies move or sense things")
        if not _HOW_TO_STOP.search(ask.text):
            return None
        return dont_know(ask.raw, "how the show's zombies can be stopped or killed")


_WEBTOON_SEQUEL = compile_later(
    r"\b(?:webtoon|manhwa|comic|webcomic)\b.*\b(?:season (?:2|two)|sequel|part (?:2|two)|continu\w*|second part)\b"
    r"|\b(?:season (?:2|two)|sequel|part (?:2|two)) (?:of|to|for) the (?:webtoon|manhwa|comic|webcomic)\b"
)


class WebtoonSequel:
    def answer(self, ask: Ask) -> Answer | None:
        if ask.found.subjects or not _WEBTOON_SEQUEL.search(ask.text) or re.search(r"\bbased on\b|\badapt", ask.text):
            return None
        return dont_know(ask.raw, "of any sequel to the webtoon")


# "how far does s1 go in the webtoon", "what webtoon chapter does season 1 end at": the sources never say how far the
# show follows it (a chapter is an episode to the word groups: never the webtoon's length read as the answer)
_WEBTOON_REACH = compile_later(
    r"\bhow far\b|\bhow much of\b|\b(?:which|what)(?: webtoon| manhwa)? (?:chapter|episode|ep|part|point)s?\b.*\b(?:end|ends|ended|stop|stops|stopped|cover|covers"
    r"|covered|go|goes|went|leave off|left off|up to|reach|reaches)\b|\bwhere (?:does|did) (?:s1|season 1|season one|the show|it) "
    r"(?:end|stop|leave off)\b"
)


class WebtoonReach:
    def answer(self, ask: Ask) -> Answer | None:
        if ask.found.subjects or not _IN_WEBTOON.search(ask.text) or not _WEBTOON_REACH.search(ask.text):
            return None
        return dont_know(ask.raw, "how far the show follows the webtoon")


_LINES = compile_later(r"\b(?:last|final|first|opening|closing|famous|best) (?:line|lines|words|quote|quotes|dialogue)\b"
                    r"|\bwhat (?:is|was|were|are) (?:the |ent\d+ 's )?(?:last|final) words\b")


class ScriptLines:
    def answer(self, ask: Ask) -> Answer | None:
        if not _LINES.search(ask.text):
            return None
        return dont_know(ask.raw, "the show's lines word for word")


# "does namra die in the webtoon", "웹툰에서 청산이 죽어?" (glossed "webtoon ent0 die"), "is gwinam worse in the
# manhwa": a character asked of in the webtoon. The sources tell the show's story, never the webtoon's; only the
# director's word on what the show changed compares the two.
_IN_WEBTOON = compile_later(r"\b(?:webtoon|manhwa|webcomic)\b|\b(?:in|from) the (?:original|comic)\b")
# A comparison with the webtoon (the typo fixer may have made "worse" "wore"; the raw words are read too).
_COMPARED = compile_later(r"\b(?:worse|worst|better|nicer|meaner|crueler|crueller|eviler|more evil|darker|softer|kinder|"
                       r"different|differ|same|changed|toned|softened|harsher|scarier|like that)\b")
_WEBTOON_CHANGES = "changes-from-webtoon"


class WebtoonCharacters:
    """What a character does in the webtoon: "I don't know" (answered: false) with what the sources say the show
    changed, never the show's fate said as the webtoon's ("So far, no." to "does namra die in the webtoon"). A
    comparison of a character the director named ("is gwinam worse in the webtoon") is answered by his word."""

    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._changes = shared.records.by_id.get(_WEBTOON_CHANGES)

    def answer(self, ask: Ask) -> Answer | None:
        characters = ask.characters()
        if self._changes is None or len(characters) != 1 or not _IN_WEBTOON.search(ask.text):
            return None
        if re.search(r"\b(?:who|whom) (?:plays|played|voices|voiced|drew|wrote|made|created)\b", ask.text):
            return None  # "who plays gwinam": the show's cast, whatever follows
        name = self.s.short(characters[0].id)
        said = self.s.part(self._changes)
        if (_COMPARED.search(ask.text) or _COMPARED.search(ask.raw.casefold())) and name in self._changes.text:
            return Answer(ask.raw, True, [said], "webtoon.changes", consumed=frozenset(ask.a.stems))
        lead = Part(f"My sources don't say what happens to {name} in the webtoon; they tell the show's story and "
                    "only what it changed. What they do say:")
        return Answer(ask.raw, False, [lead, said], "unknown")


# "who declared martial law", "계엄령 누가 내렸어?" (glossed "who declared martial law"), "who put hyosan under
# quarantine": the sources tell that Hyosan is placed under it and who commands under it, never who declared it.
_WHO_DECLARED = compile_later(r"\bwho (?:declared?s?|imposed?s?|ordered|orders|announced?s?|puts?|placed?|called) "
                           r"(?:hyosan (?:under|in) )?(?:the |a )?(?:martial law|quarantine|lockdown|state of emergency)\b", prefilter=True)
_RULE_WORDS = compile_later(r"\bmartial law\b", re.I)


class WhoDeclared:
    """Who declared martial law: "I don't know" (answered: false), with what the sources tell of it (hidden as far as
    it spoils), never "I don't know that about Jin Seon-moo" as if the question were about the commander."""

    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._told = shared.records.kept("martial law told", lambda records: tuple(sorted(
            (r for r in records.all if r.kind in ("event", "fact", "story") and _RULE_WORDS.search(r.text)), key=lambda r: r.spoils)))

    def answer(self, ask: Ask) -> Answer | None:
        if not _WHO_DECLARED.search(ask.text):
            return None
        parts = [Part("My sources don't say who declared it. What they do say:"), *(self.s.part(r) for r in self._told[:2])]
        return Answer(ask.raw, False, parts, "unknown")
