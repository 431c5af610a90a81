"""A judgement asked of someone named: "is gwinam the villain", "so he's the bad guy right", "귀남이 빌런임?",
"is namra a hero", "is nayeon evil", "남라 착한 애야?".

The pack calls Gwi-nam "the villain" so that a fan asking *who* the villain is finds him; read as a
yes/no, that label gave "Yes. Gwi-nam is the villain." -- a verdict no source states (being the villain
is the viewer's judgement, and more than one character is called one). The answer says so and gives who
the character is as the sources describe them, without a "Yes." or "No.". Being a hero, evil, a psycho or a good or bad person is the same kind of
verdict: the same answer, which says that judgement is the viewer's. A word the sources do use of someone
("is gwinam a bully") is no judgement and is answered elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Subject
from bot.lore.answer.words import stem

# "villain", "antagonist", "bad guy" (read as "villain" by the synonyms), "baddie", "big bad"
_JUDGED = frozenset(stem(w) for w in ("villain", "antagonist", "baddie"))
# words that only say how much of a villain ("the main villain", "the real bad guy")
_DEGREE = frozenset(stem(w) for w in ("main", "real", "true", "actual", "biggest", "big", "only", "final", "worst", "evil"))
_LEAD = "Whether someone is the villain is a judgement my sources leave to viewers. What they do say:"
# the other verdicts on a person, and the words that only carry them ("a good person", "a bad kid", "or what")
_VERDICTS = frozenset(stem(w) for w in (
    "hero", "heroine", "heroic", "evil", "psycho", "psychopath", "sociopath", "good", "bad", "nice", "kind", "mean",
    "selfish", "coward", "cowardly", "brave", "monster", "hypocrite", "toxic", "terrible", "horrible", "awful"))
_CARRIERS = frozenset(stem(w) for w in (
    "person", "guy", "girl", "boy", "kid", "character", "one", "human", "people", "or", "what", "honestly", "kinda",
    "like", "lowkey", "really", "actually", "such", "very", "so", "right", "tho", "though", "wait", "ngl"))
_MOST_DEEDS = 2
# "is ent0 a bully", "is ent0 the class president": a label asked of the one named
_LABEL_ASKED = compile_later(r"^\W*(?:is|was) ent\d+ (?:a|an|the) \w+(?: \w+)?\W*$")
_VERDICT_LEAD = "Whether someone is {a} is a judgement my sources leave to viewers. What they do say:"
# A choice between two labels asked of the one named ("was ent0 the villain or the victim", "ent0 villain or just
# misunderstood", "is ent0 evil or traumatised", "is ent0 the villain or is he misunderstood"): when either label is
# a judgement, choosing between them is one too, and the other label's words are part of the question.
_SOFT = r"(?:(?:the|a|an|just|really|truly|more|simply|only|actually|kinda|lowkey|also|even) )*"
_CHOICE = compile_later(
    rf"\bent\d+\W+{_SOFT}(?P<one>[a-z]+(?: [a-z]+)?) or (?:(?:is|was) (?:he|she|they|it|ent\d+) )?{_SOFT}"
    rf"(?P<two>[a-z]+(?: [a-z]+)?)\W*$")
# The Korean choice: two predicates one after the other, each ending as a question does ("빌런이야 피해자야",
# "악역이냐 피해자냐", "빌런임 피해자임?"); the glosses leave their two labels side by side.
_KOREAN_CHOICE = compile_later(r"(?:이야|야|이냐|냐|임|인가|이에요|예요|이니|니)\?*\s+\S+(?:이야|야|이냐|냐|임|인가|이에요|예요|이니|니)\W*$")
_MOST_CHOSEN = 4  # the stems of two labels ("the main villain", "a real victim")


class JudgementAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        if not (_JUDGED | _VERDICTS) & set(ask.a.stems):
            return None
        choice = _chosen(ask)
        if not ask.a.yes_no and not (choice and ask.a.qtype == "statement"):
            return None
        villain = bool(_JUDGED & set(ask.a.stems))
        allowed = (_JUDGED | _DEGREE if villain else _VERDICTS | _CARRIERS) | choice
        characters = ask.characters()
        people = ask.people()
        if not characters and len(people) == 1 and len(roles := self.s.pack.characters_played_by(people[0].id)) == 1:
            characters = [Subject("character", roles[0].id, roles[0].name, via="actor", anchor=people[0].name)]
            people = []  # "is yoo in soo the villain": asked of the one he plays
        if len(characters) != 1 or people or set(ask.stems_without(())) - allowed:
            return None  # "is gwinam the villain in the webtoon", "was the villain bitten": other questions
        subject = characters[0]
        summary = next((r for r in self.s.profiles.character.get(subject.id, []) if r.kind == "summary"), None)
        if summary is None:
            return None
        character = self.s.pack.characters[subject.id]
        verdict = next((w for w in ask.a.stems if w in _VERDICTS), "")
        lead = Part(_LEAD if villain else _VERDICT_LEAD.format(a=_named(verdict)))
        said = self.s.part(summary, f"{character.name}: {summary.text}")
        # and the first things they do, for the viewer to judge by ("was byeongchan a bad guy": he made the
        # virus), each hidden as far as its own episode
        done = [r for r in self.s.profiles.character.get(subject.id, []) if r.kind == "story"][:_MOST_DEEDS]
        return self.s.answer(ask, [lead, said, *(self.s.part(r) for r in done)], "judgement",
                             evidence=[summary, *done], consumed=sorted(allowed), subjects=[subject])


    def else_someone_else(self, about: Callable[[Ask], Answer | None]) -> Callable[[Ask], Answer | None]:
        """`about` (what the sources say of someone), and where it does not know, `someone_else`."""

        def answer(ask: Ask) -> Answer | None:
            found = about(ask)
            if found is not None and found.answered:
                return found
            return self.someone_else(ask) or found

        return answer

    def someone_else(self, ask: Ask) -> Answer | None:
        """"is cheolsu a bully": a label the sources give someone else, asked of one they never give it;
        whom it fits and who the one asked about is, without a "Yes." (or a flat "No.": the label is
        not theirs to deny). The label's owner is hidden as far as finding them spoils."""
        a = ask.a
        characters = ask.characters()
        if not a.yes_no or len(characters) != 1 or ask.people() or not _LABEL_ASKED.search(ask.text):
            return None
        stems = ask.stems_without(())
        if not stems or len(stems) > 2:
            return None
        subject = characters[0]
        other = self.s.describe(ask, stems, strict=True)
        summary = next((r for r in self.s.profiles.character.get(subject.id, []) if r.kind == "summary"), None)
        if not isinstance(other, Subject) or other.kind != "character" or other.id == subject.id or summary is None:
            return None
        if set(stems) & summary.stems:
            return None  # the label (or its word) is theirs too
        label = " ".join(ask.text.split()[-len(stems):]).strip(" ?!.")
        asked = self.s.short(subject.id)
        lead = Part(f"My sources don't call {asked} that.")
        owner = Part(f"The {label} they describe is {other.name}.", self.s.subject_spoils([other]), "official")
        said = self.s.part(summary, f"What they say of {asked}: {summary.text}")
        return self.s.answer(ask, [lead, said, owner], "judgement", evidence=[summary], consumed=stems,
                             subjects=[subject])


def _chosen(ask: Ask) -> frozenset[str]:
    """The stems of a choice between two labels where one is a judgement ("the villain or the victim"), or none."""
    match = _CHOICE.search(ask.text)
    if match is None:
        stems = frozenset(ask.stems_without(()))
        korean = _KOREAN_CHOICE.search(ask.raw) is not None and len(stems) <= _MOST_CHOSEN
        return stems if korean and stems & (_JUDGED | _VERDICTS) else frozenset()
    one, two = (frozenset(stem(w) for w in match.group(g).split()) for g in ("one", "two"))
    judged = _JUDGED | _VERDICTS
    if not (one & judged or two & judged):
        return frozenset()  # "was gwinam a bully or a victim": words the sources use, no judgement
    return one | two


def _named(verdict: str) -> str:
    """How the lead names the verdict asked: "a hero", "evil", "a good or bad person"."""
    if verdict in {stem(w) for w in ("good", "bad", "nice", "kind", "mean", "selfish", "brave", "toxic")}:
        return "a good or bad person"
    if verdict in {stem(w) for w in ("evil", "heroic", "cowardly", "terrible", "horrible", "awful")}:
        return verdict
    return f"a {verdict}" if verdict else "that"
