"""A kind's verdict held to what its answer says, in this one place.

`weighed` keeps a "Yes." only when its part bears it out ("does every student die" is not answered
yes by one student's death; "did On-jo kiss Su-hyeok" is not settled by Cheong-san kissing her),
and gives no "Yes." or "No." at all to a question that offers two answers to choose from ("is
Gwi-nam dead or alive", "is it on Netflix or JTBC"): the part says which.
"""

from __future__ import annotations

import dataclasses
import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.asked_day import asked_day
from bot.lore.answer.episode_held import held_to_episode
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.senses import other_sense
from bot.lore.answer.wording import weighed_verdict
from bot.lore.content import ContentPack
from bot.lore.names import Entity

# "is Gwi-nam dead or alive", "netflix or jtbc": two answers offered (never "... or not")
_EITHER = compile_later(r"\b[\w-]+ or (?!not\b|no\b|nah\b|nope\b|what\b|something\b|anything\b|smth\b|so\b)[\w-]+")
# "telling the crew that no one else is alive": a denial someone says, not one the record makes
_SAID_DENIAL = compile_later(r"\b(?:telling|tells|told|saying|says|said|claiming|claims|claimed|insisting|insists)\b"
                          r"[^.;]*?\b(?:no one|nobody|not|never|no|none)\b[^.;]*")
_DENIAL_WORD = compile_later(r"\b(?:no one|nobody|not|never|no|none|neither|wrong|false|doesn't|didn't|isn't|wasn't)\b", re.I)
_YES = compile_later(r"^(?:Reportedly, )?yes\. ", re.I)
_ANY_VERDICT = compile_later(r"^(?:Reportedly, )?(?:yes|no)\. ", re.I)
_NO = compile_later(r"^(?:No\.|Reportedly, no\.) ")
_VERDICT = compile_later(r"^(?:(?:Reportedly|So far), )?(?:yes|no)\. ", re.I)


def _unverdicted(part: Part) -> Part:
    """The part without its "Yes." or "No." (each part of an as-of answer has its own)."""
    verdict = _VERDICT.match(part.text)
    if verdict is None:
        return part
    said = part.text[verdict.end():]
    return dataclasses.replace(part, text=said[:1].upper() + said[1:], hedged=False)


def weighed(ask: Ask, answer: Answer, pack: ContentPack) -> Answer:
    """Every kind's "Yes." held to what its part says, in this one place ("does every student die"
    is not answered yes by one student's death; "was there only one survivor" is no against six):
    see `weighed_verdict`. A hedged "Reportedly, yes." keeps its hedge. A choice between two
    answers gets no verdict word: its part says which."""
    if " or " in ask.raw.casefold() and any(_EITHER.search(t) for t in (ask.text, ask.raw.casefold())):
        return dataclasses.replace(answer, parts=[_unverdicted(p) for p in answer.parts])
    if not ((ask.a.yes_no or ask.a.claim) and answer.parts):
        return answer
    if any(_YES.match(p.text) and month_elsewhere(ask.a.raw, p.text) for p in answer.parts):
        # "was the first teaser in january": each part's "Yes." held to its own date (an as-of answer has several)
        answer = dataclasses.replace(answer, parts=[_unverdicted(p) if _YES.match(p.text) and month_elsewhere(ask.a.raw, p.text)
                                                    else p for p in answer.parts])
    if (unplaced := held_to_episode(answer, ask.a.episode, pack)) is not None:
        return unplaced  # "did na yeon die in episode 8": never a "Yes." for an episode the sources leave open
    first = answer.parts[0]
    if _ANY_VERDICT.match(first.text) and other_sense(ask.a.raw, first.text):
        return dont_know(ask.raw)  # "is the principal in season 2": never "principal photography"
    # (a release date held to the day asked already, "out on march 19" against 12 March, keeps its "No.": its `times`)
    held = bool(first.times) and asked_day(ask.a.raw) is not None
    if (no := _NO.match(first.text)) is not None and not held and (affirms_date(first.text, ask.a.raw) or _only_said(first.text)):
        # "did filming start in june": "... mid-2021 is wrong; shooting had started by June 2020" denies
        # another date, not the one asked; said without the "No."
        said = first.text[no.end():]
        return dataclasses.replace(answer, parts=[dataclasses.replace(first, text=said, hedged=False),
                                                  *answer.parts[1:]])
    hedge = next((h for h in _YES_PREFIXES if first.text.startswith(f"{h}{'yes' if h else 'Yes'}. ")), None)
    if hedge is None:
        return answer
    said = first.text[len(hedge) + len("yes. "):]
    everyone = _names_everyone(ask, said, pack)
    verdict = weighed_verdict(ask.text, said, "Yes.") if everyone else ""
    if verdict == "Yes.":
        return answer
    if not everyone:
        # "did On-jo kiss Su-hyeok": what the sources have is Cheong-san kissing her; said as such
        named = [pack.characters[slot.candidates[0].id] for slot in ask.a.slots.values()
                 if len(slot.candidates) == 1 and slot.candidates[0].id in pack.characters]
        names = " and ".join(dict.fromkeys(c.short_name or c.name for c in named))
        lead = Part(f"My sources don't say that of {names}. What they do say:")
        return dataclasses.replace(answer, parts=[lead, dataclasses.replace(first, text=said, hedged=False),
                                                  *answer.parts[1:]])
    if verdict:
        verdict = f"{hedge}{verdict.lower()}" if hedge else verdict
    # Without its verdict the part is hedged as its confidence says ("Reportedly: ...").
    changed = dataclasses.replace(first, text=f"{verdict} {said}") if verdict else dataclasses.replace(
        first, text=said, hedged=False
    )
    parts = [changed, *answer.parts[1:]]
    return dataclasses.replace(answer, parts=parts)


_YES_PREFIXES = ("", "Reportedly, ")


def _names_everyone(ask: Ask, said: str, pack: ContentPack) -> bool:
    """Whether a part that would say "Yes." names every character the question names, when it
    names two or more ("did Ha-ri save Woo-jin" is not settled by Woo-jin saving Hyo-ryeong), by
    any of their names ("Ms. Park")."""
    named = {c for slot in ask.a.slots.values() if len(slot.candidates) == 1
             for c in slot.candidates if c.kind == "character"}
    if len(named) < 2:
        return True

    def names(c: Entity) -> list[str]:
        character = pack.characters.get(c.id)
        more = [character.short_name or "", *character.variants] if character is not None else []
        return [n.casefold() for n in (c.name, c.name.split()[-1], *more) if n]

    # in one clause: "did on-jo and su-hyeok fight" is not settled by "Su-hyeok: ... a reputation for
    # fighting; On-jo has a crush on him", which names her only beside another thing said of him
    return any(all(any(n in clause.casefold() for n in names(c)) for c in named) for clause in _CLAUSE.split(said))


# a clause ends at ";" or a sentence's end, never at the stop of "Ms." or "Mr."
_CLAUSE = compile_later(r";\s+|(?<!\bMs)(?<!\bMr)(?<!\bDr)(?<!\bMrs)\.\s+(?=[A-Z])")


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_DENIAL = compile_later(r"\b(?:wrong|not|no|never|false|unconfirmed|rumou?r)\b", re.I)


def affirms_date(record: str, question: str) -> bool:
    """Whether the month or year the question names is in a clause of `record` that does not deny
    anything ("... is wrong; shooting had started by June 2020" affirms June)."""
    asked = question.casefold()
    dates = [d for d in (*_MONTHS, *re.findall(r"\b(?:19|20)\d\d\b", asked)) if re.search(rf"\b{d}\b", asked)]
    if not dates:
        return False
    clauses = re.split(r"[;.]\s+", record.casefold())
    return any(d in c and not _DENIAL.search(c) for c in clauses for d in dates)


# A clause of an answer: a sentence, or what ", and ..." / ", while ..." adds to it
_DATE_CLAUSE = compile_later(r"[;.]\s+|,\s+(?:and|while|but|whereas)\s+")
# Words of a question that say nothing of which thing's date it asks
_DATE_FILLER = frozenset("was were did does is are will the and for from with that this season series show netflix "
                         "come came out get got first when".split())


def month_elsewhere(question: str, said: str) -> bool:
    """Whether the month the question names is not the month of what it asks about in `said`: no clause
    names it, or only a clause about something else ("was the first teaser in january" against "the first
    poster and teaser came out on 31 December 2021, and a press conference was held on 26 January 2022";
    "was s2 renewed in july" against "renewed ... on 6 June 2022"). Such a "Yes." is no verdict."""
    asked = question.casefold()
    months = [m for m in _MONTHS if re.search(rf"\b{m}\b", asked)]
    text = re.sub(r"\([^()]*\)", " ", _VERDICT.sub("", said)).casefold()  # the sources and asides in brackets
    if len(months) != 1 or not any(re.search(rf"\b{m}\b", text) for m in _MONTHS):
        return False
    stems = {w[:5] for w in re.findall(r"[a-z]{4,}", asked) if w not in _DATE_FILLER and w not in _MONTHS}
    if not stems:
        return False  # "did it come out in january": nothing to tell which clause is its date
    clauses = _DATE_CLAUSE.split(text)
    # the clauses that share a word with the question say its date; when none does, the first one
    about = [c for c in clauses if stems & {w[:5] for w in re.findall(r"[a-z]{4,}", c)}] or clauses[:1]
    return not any(re.search(rf"\b{months[0]}\b", c) for c in about)


def _only_said(text: str) -> bool:
    """Whether every denial in a "No." part is inside what someone says ("Cheol-su leaves ...,
    telling the crew that no one else is alive"): the record then denies nothing itself."""
    said = _NO.sub("", text, count=1)
    if not _SAID_DENIAL.search(said):
        return False
    return not _DENIAL_WORD.search(_SAID_DENIAL.sub(" ", said))
