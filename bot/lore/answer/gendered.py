"""A question that says "the boy" or "the girl" is never answered, silently, with someone who is not.

"The boy with the bow" found no boy the sources describe so; the record search then answered with
the one line about a bow, which is Ha-ri's, a girl. When a question names nobody and says whom it
describes is a boy or a girl (`asked_gender`), every line of an answer that is about someone the
pack's own sentences make the other is left out; when nothing is left, the answer says that no one
of that kind fits, and whom the sources do say it of (behind the spoiler bars of what it rests on),
as a pointer, not an answer.
"""

from __future__ import annotations

import dataclasses
import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.events import WHICH_SEX
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.subjects import Profiles
from bot.lore.content import ContentPack
from bot.recent import RecentByIdentity
from bot.show import NOTHING

_OTHER = {"he": "a girl or a woman", "she": "a boy or a man"}
_OTHERS = {"he": "girls or women", "she": "boys or men"}
# "the boy that kissed Su-hyeok", "who is the girl who stabbed Gwi-nam": the one asked for is described
# first, and whoever the question names is someone else
_DESCRIBED_FIRST = compile_later(
    r"^(?:who(?: 's| is| was|s)? |which )?(?:the |a |that )?(?:boy|guy|man|dude|lad|girl|woman|lady|gal)s? (?:who|that|with|in)\b"
)
_ASKED_NOUN = compile_later(r"\b(boy|guy|man|dude|lad|girl|woman|lady|gal)s?\b")


_Named = tuple[dict[str, str], "re.Pattern[str] | None", dict[str, str]]


def _named(pack: ContentPack) -> _Named:
    """The characters by each name of four letters or more, those names as one pattern, and each
    one's short name."""
    names: list[tuple[str, str]] = []
    for c in pack.characters.values():
        for name in {c.name, c.short_name or c.name, *c.variants}:
            if len(name) >= 4:
                names.append((name, c.id))
    names.sort(key=lambda n: -len(n[0]))  # "Lee Cheong-san" before "Cheong-san"
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n, _ in names) + r")\b") if names else None
    return dict(names), pattern, {c.id: c.short_name or c.name for c in pack.characters.values()}


_RECENT: RecentByIdentity[ContentPack, _Named] = RecentByIdentity()


class GenderCheck:
    def __init__(self, pack: ContentPack, profiles: Profiles) -> None:
        self._gender = profiles.gender
        self._by_name, self._names, self._short = _RECENT.get(pack, lambda: _named(pack))  # read only: one per pack

    def checked(self, ask: Ask, answer: Answer) -> Answer:
        gender = asked_gender(ask.a.words)
        if not gender or not answer.answered or self._names is None:
            return answer
        named = {s.id for s in ask.found.subjects}
        if named and not _DESCRIBED_FIRST.match(ask.text) and not WHICH_SEX.match(ask.text):
            return answer  # "does the girl namra die": the girl is Nam-ra, whoever else her lines name
        kept: list[Part] = []
        dropped: list[tuple[Part, list[str]]] = []
        # the one the question describes, found through a relation or a description ("the guy who likes Ha-ri"):
        # a line that starts with them is theirs ("Yang Dae-su likes Ha-ri."), whoever else it names
        described = {s.id for s in ask.found.subjects if s.via in ("relation", "description")}
        for part in answer.parts:
            about = self._about(part.text)
            about = [] if about[:1] and about[0] in described else [cid for cid in about if cid not in named]
            if about and all(self._gender.get(cid, "") not in ("", gender) for cid in about):
                dropped.append((part, about))
            else:
                kept.append(part)  # ("On-jo and Joon-yeong fly the drone": the guy is Joon-yeong)
        if not dropped:
            return answer
        if any(not p.aside for p in kept):
            return dataclasses.replace(answer, parts=kept)
        noun = _ASKED_NOUN.search(ask.text)
        asked = noun.group(1) if noun else ("boy" if gender == "he" else "girl")
        # a line that names several ("Cheong-san stabs Gwi-nam in the eye") does not say which of them the
        # description fits ("the girl who lost an eye": Gwi-nam alone), so only a line about one names them
        names = list(dict.fromkeys(self._short[about[0]] for _, about in dropped if len(about) == 1))
        who = "".join(names[:1]) if len(names) <= 1 else (", ".join(names[:-1]) + " and " + names[-1] if len(names) <= 3
                                                 else ", ".join(names[:3]) + " and others")
        spoils = max((p.spoils for p, _ in dropped), default=NOTHING)
        each = f"who is {_OTHER[gender]}" if len(names) == 1 else f"each {_OTHER[gender]}"
        parts = [Part(f"I don't know of a {asked} who fits that: my sources don't say it of any {asked}."),
                 Part(f"They say it of {who}, {each}." if names else f"They say it only of {_OTHERS[gender]}.", spoils)]
        return Answer(answer.question, False, parts, "mismatch")

    def _about(self, text: str) -> list[str]:
        """The characters a line is about: those named in its first sentence (or before its colon)."""
        assert self._names is not None
        answered = re.match(r"(.{3,40}?)(?:[.:]| —) ", text)  # "Yang Dae-su — falls for Ha-ri": his line
        if answered is not None and answered.group(1) in self._by_name:
            return [self._by_name[answered.group(1)]]  # "Jang Woo-jin. After Woo-jin is bitten, Nam-ra ...": him
        head = re.split(r"(?<=[a-z)])[.:;] ", text, maxsplit=1)[0]
        if len(head) < 40 and head != text:  # "Lee Byeong-chan. Byeong-chan is bitten ...": the name, then the line
            head = text
        # ("On-jo's best friend I-sak hides a bite": the line is I-sak's, not On-jo's)
        return list(dict.fromkeys(self._by_name[m.group(0)] for m in self._names.finditer(head)
                                  if not head[m.end():].startswith("'s")))
