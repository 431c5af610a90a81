"""Who made the show: its makers by role, and a maker someone names checked against them.

"who made the show", "who created all of us are dead", "who is the creator": the directors, the
writer, the studios and the webtoon it adapts. "who wrote the webtoon": its author. "was it made by
hbo", "did yeon sang-ho direct it", "is it a jtbc drama": "No." (or "Yes.") with the fact that
settles it. Only questions about the show itself: "who made the virus" names something else, and is
left to the other kinds of answer.

The makers come from the pack's show card (directors, writer, studios, the webtoon's author); the
answer's text and sources are the pack's facts on each role, found by their words, so a pack with
other facts answers with its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.wording import hedged_verdict
from bot.lore.answer.words import stems_of
from bot.lore.answer.work import OTHER_WORK

# A role, by the stem its words fold to (bot/lore/answer/words.py): "directed" -> direct.
_DIRECT, _WRITE, _PRODUCE, _MAKE, _WEBTOON, _PLATFORM = "direct", "author", "producer", "make", "webtoon", "netflix"
_ROLE_STEMS = frozenset({_DIRECT, _WRITE, _PRODUCE, _MAKE, "behind", "production", "company", "network", "broadcaster",
                         "channel", "platform"})
# Words that may stand beside a role without naming anything else ("who made season 2 of the show").
_FILLER = frozenset({
    "season", "1", "2", "one", "two", "first", "second", "seri", "series", "drama", "kdrama", "korea", "origin",
    "original", "show", "it", "actual", "actually", "real", "really", "exactly", "person", "peopl", "people", "team",
    "main", "guy", "who", "name", "credit", "credited", "also", "same",
})
_OUTLET = frozenset({"network", "broadcaster", "channel", "platform"})
_AIRING = frozenset({"air", "aire", "aired", "airing", "stream", "streamed", "broadcast", "broadcasted", "releas",
                     "release", "released", "premier", "premiered", "originally", "origin"})
# The platforms and companies fans name in place of the real ones.
COMPANIES = _COMPANIES = (
    r"hbo(?: max)?|max|disney(?: ?\+| plus)?|hulu|amazon(?: prime)?|prime video|apple(?: tv)?|peacock|paramount(?: ?\+)?|"
    r"netflix|jtbc(?: studios)?|film monster|studio dragon|cj(?: enm)?|tvn|kbs|mbc|sbs|tving|wavve|viki|hybe|"
    r"sbs studios|kakao(?: entertainment)?|showbox|next entertainment world|new|a24|bbc|warner(?: bros)?|sony"
)
# A person's name as typed ("yeon sang-ho"), not a description ("a korean company", "koreans").
_NAME_LIKE = compile_later(
    r"^(?!(?:a|an|the|some|any|korean|koreans|people|someone|somebody|netflix|studio|company)\b)"
    r"[a-z]+(?:[ -][a-z]+){1,3}$"
)
_KNOWN_COMPANY = compile_later(rf"(?:the )?(?:{_COMPANIES})(?: studios?| network| tv| channel)?")
_BY = compile_later(r"\b(?:made|created|produced|directed|written|done|filmed|developed|behind)\s+(?:by|from)\s+(.+?)\s*$")
_DID = compile_later(r"\b(?:did|does|do)\s+(.+?)\s+(?:make|create|produce|direct|write|do|develop)\b")
# "ang lee directed this right?", "bong joon-ho made this show": the maker said first, checked as "did X direct it" is
# (never "cheongsan made it right?": survived)
_SAID_DID = compile_later(r"^(?:so |wait |oh )?(.+?)\s+(?:(?:created|produced|directed|wrote|developed)\s+(?:it|this)|made\s+this"
                          r"|(?:made|created|produced|directed|wrote|developed)\s+the(?=\s))(?:\s+(?:show|series|drama))?$")
_A_SHOW = compile_later(rf"\b(?:is|was)\s+(?:it|the show)\s+(?:a|an)\s+({_COMPANIES})\s+(?:show|drama|series|original|production|thing)\b")
_IS_THE = compile_later(r"\b(?:is|was)\s+(.+?)\s+the\s+(?:director|writer|creator|producer|studio|maker|author)s?\b")
# "isn't the director kim eun-hee": the negative question names the maker after the role.
_THE_IS = compile_later(
    r"^(?:is|isn't|isnt|was|wasn't|wasnt)\s+(?:not\s+)?the\s+(?:director|writer|creator|producer|studio|maker|author)s?"
    r"(?:\s+of\s+(?:it|the show|the series))?\s+(?!of\b|for\b)(.+)$"
)
_NOT_NAME = compile_later(r"[^\w]+")
_TRAILING = compile_later(r"\s+(?:right|too|also|as well|correct|true|or not|then|lol|tho|though)$")


@dataclass(frozen=True)
class _Maker:
    name: str
    ids: frozenset[str]  # the pack's entity ids for a person; none for a company


class ProductionAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        show = shared.pack.show
        person = shared.knowledge.person_name
        self._makers: dict[str, tuple[_Maker, ...]] = {
            _DIRECT: tuple(_Maker(person(p), frozenset({p})) for p in show.directors),
            _WRITE: (_Maker(person(show.writer), frozenset({show.writer})),),
            _PRODUCE: tuple(_Maker(name, frozenset()) for name in show.studios),
            _WEBTOON: (_Maker(person(show.webtoon.author), frozenset({show.webtoon.author})),),
            _PLATFORM: (_Maker("Netflix", frozenset()),) if "netflix" in show.type.casefold() else (),
        }
        self._facts = [r for r in shared.records.all if r.kind == "fact"]

    def answer(self, ask: Ask) -> Answer | None:
        a = ask.a
        stems = set(a.stems)
        if not stems & _ROLE_STEMS and not (a.yes_no and _A_SHOW.search(a.text)):
            return None
        if ask.characters() and not a.yes_no:
            return None  # "who made Gwi-nam a zombie": the story, not the show
        if ask.matches(OTHER_WORK):
            return None  # "did joo dong geun make any other webtoons": their other work, never this show's "Yes."
        named = self._named(ask) if a.yes_no else None
        if a.yes_no and named is None:
            return None
        role = self._role(stems)
        named_words = set(named[0].casefold().split()) if named else set()
        rest = {s for s in stems - _ROLE_STEMS - _FILLER - {_WEBTOON} if s not in named_words}
        if stems & _OUTLET:
            rest -= _AIRING  # "what network aired it": where it airs
        rest -= {w for w in rest if any(w in n.casefold() for n in named_words)}  # stems of the name's words
        if rest - {s.id for s in ask.found.subjects} and not named:
            return None  # "who made the virus": something other than the show
        if named is not None and (described := self._described(ask, named)) is not None:
            return described
        if named is not None:
            return self._checked(ask, role, named)
        roles = [role] if role != _MAKE else [_DIRECT, _WRITE, _PRODUCE, _WEBTOON]
        if role == _WRITE and re.search(r"\bauthors?\b", ask.text):
            roles = [_WEBTOON, _WRITE]  # "who is the author": the webtoon's, and the screenplay's
        if not a.yes_no and stems & {"network", "broadcaster", "channel", "platform"}:
            roles = [_PLATFORM, _PRODUCE]  # "what network is it on": where it airs, then who made it
        if role == _MAKE and re.search(r"\bcreat", ask.text):
            roles = [_WEBTOON, _DIRECT, _WRITE, _PRODUCE]  # "the creator": whose story it is first
        parts = [part for r in roles if (part := self._part(r)) is not None]
        return self._answer(ask, parts, roles) if parts else None

    @staticmethod
    def _role(stems: set[str]) -> str:
        if _WEBTOON in stems:
            return _WEBTOON  # "who wrote the webtoon", "who created the comic"
        for role in (_DIRECT, _WRITE, _PRODUCE):
            if role in stems:
                return role
        if stems & {"production", "company", "network", "broadcaster", "channel", "platform"}:
            return _PRODUCE
        return _MAKE

    def _named(self, ask: Ask) -> tuple[str, frozenset[str]] | None:
        """The maker a yes/no question names, as typed, with its pack ids when it is a known person."""
        text = _TRAILING.sub("", ask.text.strip(" ?!.")).strip()
        for pattern in (_BY, _A_SHOW, _DID, _SAID_DID, _IS_THE, _THE_IS):
            match = pattern.search(text)
            if match is None:
                continue
            words = match.group(1).strip()
            if words in ("it", "the show", "they", "he", "she", "someone", "anyone", "anybody"):
                return None
            ids: set[str] = set()
            shown: list[str] = []
            for word in words.split():
                slot = ask.a.slots.get(word)
                if slot is not None:
                    ids |= {c.id for c in slot.candidates}
                    shown.append(slot.mention.text)
                else:
                    shown.append(word)
            return " ".join(shown), frozenset(ids)
        return None

    def _described(self, ask: Ask, named: tuple[str, frozenset[str]]) -> Answer | None:
        """"did the webtoon author write the show": a maker named by a role, checked against
        another role ("No." with who holds each); None when the question names someone."""
        text, ids = named
        typed = set(stems_of(text))
        if ids or not typed & (_ROLE_STEMS | {_WEBTOON}):
            return None
        who = self._role(typed)
        asked = self._role(set(stems_of(ask.text.replace(text, " "))) & (_ROLE_STEMS | {_WEBTOON}))
        if who == asked or _MAKE in (who, asked) or not self._makers[who] or not self._makers[asked]:
            return None  # "did the director direct it": nothing to check
        mine, theirs = self._fact(asked), self._fact(who)
        if mine is None or theirs is None:
            return None
        same = {i for m in self._makers[who] for i in m.ids} & {i for m in self._makers[asked] for i in m.ids}
        verdict = hedged_verdict("Yes." if same else "No.", mine.confidence)
        parts = [self.s.part(mine, f"{verdict} {mine.text}"), self.s.part(theirs)]
        return self._answer(ask, parts, [asked, who], named=text)

    def _checked(self, ask: Ask, role: str, named: tuple[str, frozenset[str]]) -> Answer | None:
        """"was it made by hbo": Yes. or No. with the fact on that role."""
        text, ids = named
        roles = [role] if role != _MAKE else [_PRODUCE, _DIRECT, _WRITE, _WEBTOON, _PLATFORM]
        if role == _WRITE:
            roles = [_WRITE, _WEBTOON]  # "did joo dong-geun write it": he wrote the webtoon
        if _A_SHOW.search(ask.text) and role == _MAKE:
            roles = [_PLATFORM]  # "is it a jtbc show": whose show it is, where it airs (a producer is not that)
        matched = next((r for r in roles if any(self._same(m, text, ids) for m in self._makers[r])), None)
        if matched is None:  # "one source also credits Kim Jong-hak Production": the fact names them
            matched = next(
                (r for r in roles if r != _PLATFORM and (f := self._fact(r)) is not None and self._names(f, text)), None
            )
        screenplay, webtoon = self._fact(_WRITE), self._fact(_WEBTOON)
        if role == _WRITE and matched == _WEBTOON and screenplay is not None and webtoon is not None:
            # "did joo dong-geun write it": he wrote the webtoon it adapts, not the screenplay. Either
            # could be meant, so no verdict: both facts, his first.
            return self._answer(ask, [self.s.part(webtoon), self.s.part(screenplay)], [_WEBTOON, _WRITE], named=text)
        shown = matched or roles[0]
        fact = self._fact(shown)
        if fact is None:
            return None
        known = ids or _KNOWN_COMPANY.fullmatch(text.casefold()) or (shown != _PRODUCE and _NAME_LIKE.match(text.casefold()))
        if matched is None and not known:
            # "was it made by a korean company": nothing to check the words against; the fact, no verdict
            return self._answer(ask, [self.s.part(fact)], [shown], named=text)
        verdict = hedged_verdict("Yes." if matched else "No.", fact.confidence)
        parts = [self.s.part(fact, f"{verdict} {fact.text}")]
        if not matched and shown == _PRODUCE and (platform := self._fact(_PLATFORM)) is not None:
            parts.append(self.s.part(platform))
        return self._answer(ask, parts, [shown], named=text)

    @staticmethod
    def _names(fact: Record, text: str) -> bool:
        typed = _NOT_NAME.sub("", text.casefold())
        return len(typed) >= 4 and typed in _NOT_NAME.sub("", fact.text.casefold())

    @staticmethod
    def _same(maker: _Maker, text: str, ids: frozenset[str]) -> bool:
        if ids:
            return bool(maker.ids & ids)
        typed = _NOT_NAME.sub("", text.casefold())
        known = _NOT_NAME.sub("", maker.name.casefold())
        return len(typed) >= 3 and (typed in known or known in typed)

    def _fact(self, role: str) -> Record | None:
        """The pack's fact on a role: the best-ranked fact holding the role's word, the show's own
        (production, webtoon, release) first."""
        ranked = self.s.records.ranked([role], self._facts)
        held = [r for _, r in ranked if role in r.stems and not r.subjects - self._maker_ids(role)]
        own = [r for r in held if r.topic in ("production", "webtoon", "release")]
        if role == _WRITE:
            own = [r for r in own if r.topic == "production"] or own
        own = own or held
        # The fact that names the makers ("Lee Jae-kyoo and Kim Nam-su directed the series") before
        # one that only mentions the role ("The director said ...").
        names = [m.name.casefold() for m in self._makers.get(role, ())]
        own.sort(key=lambda r: -sum(n in r.text.casefold() for n in names))
        return own[0] if own else None

    def _maker_ids(self, role: str) -> set[str]:
        return {i for m in self._makers.get(role, ()) for i in m.ids}

    def _part(self, role: str) -> Part | None:
        fact = self._fact(role)
        return self.s.part(fact) if fact is not None else None

    def _answer(self, ask: Ask, parts: Sequence[Part], roles: Sequence[str], named: str = "") -> Answer:
        """The answer; the name checked is accounted for by the verdict, though no fact holds it."""
        evidence = [f for r in roles if (f := self._fact(r)) is not None]
        consumed = (*_ROLE_STEMS, *_FILLER, *roles, *stems_of(named), *named.casefold().split())
        return self.s.answer(ask, parts, "production", evidence=evidence, consumed=consumed,
                             subjects=ask.found.subjects)
