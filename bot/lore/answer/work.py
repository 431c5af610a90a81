"""An actor's or a maker's other work: only what the pack names, each with how sure it is ("what else
was Lomon in", "lomon's next drama", "what other shows did the director make")."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import CONFIDENCE_ORDER, Answer, dont_know
from bot.lore.answer.subjects import Subject

# "what else was Lomon in", "other dramas", "what drama is Lomon doing now", "lomon's next drama": the other
# work the pack names.
OTHER_WORK = compile_later(
    r"\bwhat else\b|\bother (?:shows?|dramas?|k ?dramas?|korean dramas?|films?|movies?|roles?|works?|projects?|"
    r"webtoons?|comics?|manhwas?|books?|series)\b"
    r"|\bfilmography\b"
    # "what was kim si eun in before", "park ji hu movies besides aouad", "ent0 these days what drama filmed" (Korean)
    r"|^what (?:was|were|has|have) ent\d+ (?:been )?in (?:before|previously|earlier|besides)\b"
    # "what has lomon been in since aouad", "what has park ji hu done since": work since this show ("what did namra do
    # after ..." is the story)
    r"|^what (?:has|have) ent\d+ (?:been in|been up to|done|starred in|acted in|filmed) (?:since|after|lately|recently)\b"
    # "what has lee yoo-mi been in", "what has the girl who plays mi-jin been in": "has been in" asks other shows
    r"|^what (?:else )?(?:has|have) (?:ent\d+|the (?:girl|guy|woman|man|one|actor|actress) who plays ent\d+) (?:been in|"
    r"starred in|acted in|appeared in)\W*$"
    # "is lomon starring in anything new", "has park ji-hu been in anything else"
    r"|^(?:is|has) ent\d+ (?:been )?(?:starring |acting |appearing )?in anything (?:new|else|lately|recently)\b"
    # "what did the director make before this", "what has lomon done before": work before this show
    r"|\bwhat (?:did|has|have|had) (?:ent\d+|the (?:directors?|writer|screenwriter|showrunner|creators?)|he|she|they) "
    r"(?:make|made|direct|directed|write|written|wrote|do|done|film|filmed|star in|starred in|act in|acted in) "
    r"(?:before|previously|earlier)\b"
    # "the new guy roh jae won what was he in before": the name said first, then asked of by "he"
    r"|\bent\d+\W+what(?: else)? (?:was|were|has|have|is) (?:he|she|they) (?:been )?in\b"
    r"|\b(?:shows?|dramas?|films?|movies?|roles?|projects?) (?:besides|apart from|aside from|other than|outside(?: of)?)\b"
    r"|^ent\d+(?: actor| actress)? (?:these days|recently|nowadays|lately)\b.*\b(?:dramas?|shows?|films?|movies?|works?)\b"
    r"|\bwhat (?:shows?|dramas?|films?|movies?|else)\b.*\b(?:in|been in|starred in)\b"
    r"|^what (?:(?:shows?|dramas?|k ?dramas?|films?|movies?|projects?) )?(?:is|'s|are) ent\d+ (?:in|doing|filming|shooting|"
    r"working on)(?: now| next| these days| nowadays| rn)?$|\bent\d+(?: ?'s)? (?:next|new|latest|upcoming) (?:shows?|dramas?|"
    r"k ?dramas?|films?|movies?|projects?|roles?|work)\b"
    # "roh jae won squid game role", "lee yoo mi squid game character": a role named by another work's title (two
    # words or more, none of them this show's, a kind of role or a verb: "ent0 played which character" asks the role here)
    r"|^ent\d+(?: 's)? (?!(?:the|this|aouad|all|season|s\d|main|new|first|last|lead|big|best|supporting|original|real|"
    r"actual|zombie|halfbie|student|school|in|on|from|plays?|played|playing|acts?|acted|is|was|which|what|whose)\b)[a-z]+(?: [a-z]+){1,3} (?:role|character|part)\W*$"
    # "what did lee yoo-mi play in squid game": a role in another work, never hers in this one
    r"|^(?:what|who|which (?:role|character|part))\s+(?:did|does|do|is|was)\s+ent\d+\s+(?:play|plays|played|playing|star as)"
    r"\s+in\s+(?!(?:the show|this show|this|it|aouad|all of us are dead|now at our school|season|s\d|episode|ep)\b)[a-z]"
)
# "what was ent0 's first role" (rewording.py reads "first drama", "debut", "is this X's first role" so): the
# sources name no actor's debut, so it is never their profile
FIRST_ROLE = compile_later(r"^what was ent\d+ 's first role$")
# The actor asked of a character: "gwinam's actor", "played by", and "what has na-yeon been in" (a character has
# been in no other show: the one who plays her has)
ACTOR_OF = compile_later(r"\b(?:actor|actress|actors|played by|plays)\b|^what (?:else )?(?:has|have) ent\d+ "
                         r"(?:been in|starred in|acted in|appeared in)\b")
_DIRECTOR = compile_later(r"\b(?:the|its|their) (?:directors?|showrunner|creators?)\b")
_WRITER = compile_later(r"\b(?:the|its|their) (?:writer|screenwriter|author)\b")
_ANOTHER_WORK = compile_later(
    r"\balso (?:played|plays|starred|stars|appeared|known for)\b|\b(?:was|were) (?:both |also )?in (?!Netflix)[A-Z]"
    r"|\bjoined the (?:drama|film|series|movie)\b|\b(?:earlier|previous|other) (?:work|credits|shows)\b",
)
_OTHER_WORDS = ("what", "else", "other", "show", "drama", "film", "movie", "role", "work", "project", "filmography",
                "known", "famous", "for", "been", "star", "starred", "in", "doing", "filming", "working", "on", "now",
                "next", "these", "day", "nowadays", "be", "have", "direct", "director", "write", "writer", "make",
                "earlier", "former", "before", "previous", "after", "since", "besides", "apart", "aside", "outside", "new",
                "latest", "upcoming", "shoot", "lately", "recently", "girl", "guy", "woman", "man", "one", "actress",
                "actor", "play", "anything", "starring", "acting", "appearing")
_ABOUT_PERSON = ("whom they play", "who they are")


class OtherWork:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def makers(self, ask: Ask) -> list[Subject]:
        """The show's directors or writer, as "the director" / "the writer" names them."""
        show = self.s.pack.show
        ids = (show.directors if _DIRECTOR.search(ask.text) else
               (show.writer,) if _WRITER.search(ask.text) else ())
        return [Subject("person", pid, self.s.pack.people[pid].name) for pid in ids if pid in self.s.pack.people]

    def of_makers(self, ask: Ask, makers: Sequence[Subject]) -> Answer:
        """What else each of them made, as far as the pack names it."""
        found = [self.of(ask, m) for m in makers]
        known = [a for a in found if a.answered]
        if not known:
            return found[0]
        return dataclasses.replace(known[0], parts=[p for a in known for p in a.parts],
                                   entities=tuple(e for a in known for e in a.entities))

    def of(self, ask: Ask, subject: Subject) -> Answer:
        """What else an actor was in: only the other work the pack names, each with how sure it is."""
        pool = self.s.records.pool("facts and claims", lambda r: r.kind in ("fact", "claim"))
        records = [*self.s.profiles.person.get(subject.id, []), *(r for r in pool if subject.id in r.subjects)]
        said = list({r.text: r for r in records if _ANOTHER_WORK.search(self.s.records.said_of(r, [subject.id]))
                     }.values())
        if not said:
            return dont_know(ask.raw, f"what else {self.s.pack.people[subject.id].name} has been in", _ABOUT_PERSON)
        said = [r for r in said if r.kind != "note"] or said  # a profile's note repeats the fact
        parts = [self.s.part(r) for r in sorted(said, key=lambda r: (CONFIDENCE_ORDER.get(r.confidence, 9), r.id))[:3]]
        return self.s.answer(ask, parts, "person.work", evidence=said, consumed=_OTHER_WORDS, subjects=[subject])
