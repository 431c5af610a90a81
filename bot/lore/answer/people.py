"""Questions about one character or person: who plays them, whom an actor plays, who they are, and
any other attribute the pack records (a job, a degree, a real name, a nickname).

An attribute the pack does not record (height, MBTI, blood type, a birthday) gets "I don't know",
with what can be asked about them instead: never their profile in its place.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared, named_in_clear
from bot.lore.answer.fate_phrases import TOLD
from bot.lore.answer.job_claims import other_job
from bot.lore.answer.profile_parts import ProfileParts
from bot.lore.answer.records import Record, uncovered, union
from bot.lore.answer.relation_words import REL_WORDS
from bot.lore.answer.result import CONFIDENCE_ORDER, Answer, Part, dont_know
from bot.lore.answer.story_phrases import Phrase, cast_phrase, dont_know_about, dont_know_cast
from bot.lore.answer.subjects import Subject, unfollowed_relative
from bot.lore.answer.verbs import COMING_BACK_STEMS, asks_coming_back, done_by_them, tells_coming_back
from bot.lore.answer.wording import hedged_verdict
from bot.lore.answer.words import SOFT_STEMS, stem
from bot.lore.answer.work import ACTOR_OF, FIRST_ROLE, OTHER_WORK, OtherWork
from bot.lore.content import Character, Person
from bot.lore.names import fold
from bot.show import NOTHING

CAST_WORDS = compile_later(
    r"\b(?:plays?|played|playing|portray\w*|actors?|actress(?:es)?|cast|acts?|acted|acting|stars? as|"
    r"starring|roles?|voiced?|voices|performer)\b"
)
# "gwinam's actor", "the actress who plays nayeon": a character's actor asked about
# An owned thing asked with its fate after it ("baby survive", "laptop ok"): the thing, and what happens to it
_FATE_TAIL = compile_later(r"^([a-z0-9 ]+?) (?:still |really )?(?:survive[sd]?|alive|live[sd]?|die[sd]?|died|dead|ok|okay|safe|"
                        r"make it|made it)$")
_WANTS_ACTOR = compile_later(
    r"\bwho\b.*\b(?:plays?|played|playing|portray\w*|acts?|acted|voices?|voiced)\b|\bplayed by\b|\bportrayed by\b"
    r"|\bactors?\b|\bactress\b|\bwho\b.*\brole\b"
)
_CAST_LIST = compile_later(r"\b(?:cast|actors|cast list|main cast|full cast)\b")
_WHOLE_CAST = compile_later(
    r"\b(?:main|whole|full|entire|principal)\s+(?:cast|actors|characters)\b|\bcast list\b|\bmain leads\b"
    r"|\b(?:all|list|every)\s+(?:of\s+)?(?:the\s+)?(?:actors|characters|cast)\b|\bwho(?:'s| is| are) in the cast\b"
    r"|\bcharacters'? names\b|\bnames of (?:all )?(?:the )?characters\b"
    # "who is in it", "who's in the show", "who stars in it": the show's cast, not a group in it
    r"|^who(?: is| 's|s| are| stars| starred| acts| acted| plays)? (?:in|starring in) (?:it|this|the (?:show|series|drama))\W*$"
    r"|^who (?:stars|starred|is starring)(?: in (?:it|this|the (?:show|series|drama)))?\W*$"
)
_NAME_ASK = compile_later(
    r"\b(?:full|real|actual|true|legal|korean|hangul|last|family|first|birth|given|whole|proper)\s+name\b|\bsurname\b"
    r"|\bname in (?:korean|hangul)\b|\bin hangul\b"
)
# "whats the name of the commander who ...", "what is the guy who ... called": a name is what is asked
_NAME_OF = compile_later(r"\bname of\b|\b(?:what|whats)\b.*\bcalled\W*$|\bwhat (?:is|was|'s) (?:his|her|their) name\b")
_KOREAN_NAME = compile_later(r"\b(?:korean|hangul)\s+name\b|\bname in (?:korean|hangul)\b|\bin hangul\b")
_FAMILY_NAME = compile_later(r"\b(?:last|family)\s+name\b|\bsurname\b")
# "lomon's real / actual / birth name": a stage name's owner, which the profile says
_REAL_NAME = compile_later(r"\b(?:real|actual|true|legal|birth)\s+name\b")
_SCHOOL = stem("school")
_NAME_WORDS = ("full", "real", "actual", "true", "legal", "korean", "korea", "hangul", "last", "family", "first", "birth", "given", "whole",
               "proper", "surname", "name", "in")
_CAST_STEMS = ("play", "actor", "role", "character", "cast", "portray", "act", "voice", "star", "who")
_PROFILE_WORDS = ("who", "about", "tell", "info", "profile", "describe", "bio", "background", "know", "name")
# "who is in class 2-5", "who are on the roof", "who all survives": a group, answered with everyone in it; "who r
# the archer" (one noun, no plural "s") asks who is the archer.
_GROUP = compile_later(
    r"^who(?: is| are| was| were| 's)? (?:in|on|at|inside|part of|among|from)\b|^who (?:are|were)\b(?! the \w*[^s\W]$)"
    r"|\bwho all\b"
)
_GROUP_WORDS = ("child", "member", "people", "person", "everyone", "all", "group", "team")
# "is Lomon Korean": a nationality is stated only as one ("a South Korean actor"), never read off a
# name or a place ("a Netflix Korea poster", "a Korean outlet", "not the Korean actors" of others).
_NATIONALITY = frozenset(stem(w) for w in (
    "korean", "american", "chinese", "japanese", "uzbek", "russian", "filipino", "thai", "nationality", "ethnicity",
))
_NATIONALITY_SAID = compile_later(
    r"\b(?:korean|american|chinese|japanese|uzbek|russian|filipino|thai)\s+(?:actor|actress|singer|model|rapper|"
    r"idol|citizen|national|-born)|\bnationality\b|\bethnicity\b|\bborn in\b", re.I,
)
# "did ent0 betray ent1", "has ent0 ever confessed to ent1": one named asked of doing a deed to another (never
# "did ent0 and ent1 kiss", the two doing it together)
_DONE_TO = compile_later(r"^(?:did|does|do|has|have|will|would)\s+(ent\d+)\s+(?:ever\s+|really\s+|actually\s+)?"
                         r"(?!(?:and|or|n)\b)[a-z]+\b"
                         r"(?:\s+(?:to|on|with|at|for))?\s+(ent\d+)\b")
# "who saved ent0": ent0 is the one helped; a line of theirs where they do the helping (to another) is no answer
# (Korean's "누가 수혁이를 구해줬어" glossed in its own order: "who ent0 saved")
_HELPED_ASKED = compile_later(r"^who\s+(?:(?:\w+\s+)?(?:save[sd]?|rescue[sd]?|help(?:s|ed)?)\s+ent\d+\b|"
                              r"ent\d+\s+(?:saved|rescued|helped)\W*$)")
_THEY_ACT = compile_later(r"^(?:He|She|They) (?!is |was |are |were |gets? |got )")
_MOTIVE = compile_later(r"\bwhat (?:does|did|do) ent\d+ (?:want|need|wish)\b|\bgoal\b|\bmotive\b|\bmotivation\b")
_CAST_LIST_SIZE = 15
_KIND_ORDER = {"fact": 0, "summary": 1, "description": 2, "story": 3, "event": 4, "claim": 5, "fate": 6,
               "relation": 7, "note": 8}
# what two people are to each other ("who is jimin to hyoryeong", "jimin and hyoryeong relationship"),
# never a comparison ("is onjo older than namra") or a feeling ("does jimin hate hyoryeong")
_BOND_ASKED = compile_later(r"\bwho (?:is|was|are|'s) ent\d+ (?:to|for) ent\d+\b|\brelat\w*\b|\bbetween\b|"
                         r"\bknow each other\b|\bbond\b|\bconnect\w*\b|\bhistory\b")
# Questions of how, when, where or why something happened, which a label never answers (Record.says_only_who).
_HAPPENING_ASKED = frozenset({"how", "when", "which_episode", "where", "why"})
# "the girl who helps onjo - does she die": someone the question describes by what they do to the one named; the
# description is who is asked of, never the one named in it
_DESCRIBED_BY = compile_later(r"^(?:(?:does|did|is|was|will) )?(?P<desc>the (?:[a-z]+ ){0,2}?(?:girl|boy|guy|gal|woman|man|lady|"
                              r"teacher|student|kid|person|one)) (?:who|that) (?P<deed>[a-z]+(?: [a-z]+){0,3}?) (?P<ent>ent\d+)\b(?! 's)")
_ABOUT_CHARACTER = ("who plays them", "who they are", "what happens to them", "their family and friends")
_ABOUT_PERSON = ("whom they play", "who they are")

# "is gwi-nam the class president", "na-yeon is the bully right": a description claimed of someone.
_IS_THE_DESCRIBED = compile_later(
    r"^(?:is|was|isn't|isnt|wasn't|wasnt)\s+(?:not\s+)?(?P<x>ent\d+)\s+the\s+(?P<d>[a-z][a-z ]*)$"
    r"|^(?P<x2>ent\d+)\s+(?:is|was)\s+(?:really\s+|actually\s+)?the\s+(?P<d2>[a-z][a-z ]*)$"
)


class PeopleAnswers:
    def __init__(self, shared: Shared, verdict: Callable[[Ask, Sequence[str], Record], str]) -> None:
        self.s = shared
        self.verdict = verdict  # yes or no for a yes/no question, from the record that answers it
        self.work = OtherWork(shared)
        self.profile_parts = ProfileParts(shared)

    # -- who plays / whom does an actor play

    def cast(self, ask: Ask) -> Answer | None:
        whole = ask.matches(_WHOLE_CAST) is not None and not ask.a.season and not ask.a.yes_no
        characters, people = ask.characters(), ask.people()
        # "isn't park ji-hu on-jo", "lomon is su-hyeok right": an actor named as a character is the
        # claim that they play them, with nothing else asked.
        bare_claim = ask.a.yes_no and bool(characters and people) and not ask.stems_without(_CAST_STEMS)
        if not ask.matches(CAST_WORDS) and not whole and not bare_claim:
            return None
        if ask.matches(OTHER_WORK) and ((people and not characters) or (characters and ask.matches(ACTOR_OF))):
            return None  # "what did lee yoo-mi play in squid game", "what else was nayeon's actress in": other work
        if ask.matches(FIRST_ROLE):
            return None  # "what was lomon's first role": their debut, not whom they play here
        if "dub" in ask.a.stems:
            return None  # "who voices On-jo in the english dub": not the Korean cast
        if ask.a.yes_no and not (characters and people):
            return None  # "did Victoria Grace play On-jo?": a claim to check
        if ask.a.qtype in ("how", "why") and not characters and not people:
            return None  # "how were the actors cast": the way they were chosen, not who plays whom
        wants_actor = bool(ask.matches(_WANTS_ACTOR))
        if not characters and not people and whole:
            return self._cast_list(ask)  # "who are the main cast": everyone, not "the main character"
        if not characters and not people:
            stems = ask.stems_without(_CAST_STEMS)
            described = self.s.describe(ask, stems)
            if isinstance(described, Subject):  # "who plays the archer": each archer
                characters = [described, *self.s.alike(ask, described, stems)]
            elif isinstance(described, list):
                return self._which_one(ask, described)
            elif ask.matches(_CAST_LIST) and not ask.a.season:
                return self._cast_list(ask)
            elif not ask.stems_without(_CAST_STEMS) and ask.a.qtype == "who":
                # "who plays <@&123>": a ping names someone in the server, never in the show
                pinged = " (a ping names someone in this server, not in the show)" if "<@" in ask.raw else ""
                return Answer(ask.raw, False, [Part(f"Whom do you mean? Name a character or an actor{pinged}, "
                                                    "as in \u201cwho plays On-jo\u201d.")], "unknown")
            else:
                return None
        if characters and (wants_actor or not people):
            return self._actors_of(ask, characters)
        return self._roles_of(ask, people, characters if ask.a.qtype in ("yes_no", "statement") else ())

    def described(self, ask: Ask) -> Answer | None:
        """"is gwi-nam the class president", "isn't na-yeon the bully": a description claimed of
        someone, Yes. or No. with whom it describes (as fans call them, `describe(strict=True)`)."""
        match = _IS_THE_DESCRIBED.search(ask.text)
        if match is None:
            return None
        slot = ask.a.slots.get(match.group("x") or match.group("x2") or "")
        if slot is None or len(slot.candidates) != 1:
            return None
        entity = slot.candidates[0]
        ids = {entity.id} | ({c.id for c in self.s.pack.characters_played_by(entity.id)} if entity.kind == "person" else set())
        words = (match.group("d") or match.group("d2") or "").split()
        described = self.s.describe(ask, [stem(w) for w in words], strict=True)
        if not isinstance(described, Subject) or described.kind != "character":
            return None
        records = [r for r in self.s.profiles.descriptions.get(described.id, []) if r.stems & set(described.consumed)]
        if not records:
            return None
        record = records[0]
        verdict = "Yes." if described.id in ids else "No."
        wanted = set(described.consumed)
        if verdict == "No." and any(wanted <= r.stems for i in ids for r in self.s.profiles.evidence(
                Subject("character", i, ""))):
            return None  # what is said of them fits too ("isn't na-yeon a bully"): not a No.
        text = f"{verdict} {described.name} is {record.text}."
        part = dataclasses.replace(self.s.part(record, text), spoils=max(record.spoils, described.spoils))
        return self.s.answer(ask, [part], "who_is", evidence=[record, *self.s.profiles.evidence(described)],
                             consumed=words, subjects=[described])

    def _actors_of(self, ask: Ask, characters: Sequence[Subject]) -> Answer:
        parts: list[Part] = []
        evidence: list[Record] = []
        for subject in characters[:3]:
            character = self.s.pack.characters[subject.id]
            evidence += self.s.profiles.evidence(subject)
            if character.actor is None:
                if len(characters) == 1:
                    if (said := dont_know_cast(ask.language, character.name, character.hangul or "")) is not None:
                        return Answer(ask.raw, False, [Part(said, lang=ask.language)], "unknown")
                    note = f" {character.actor_note}" if character.actor_note else ""
                    return dont_know(ask.raw, f"who plays {character.name}" + (f" ({note.strip()})" if note else ""),
                                     ("who they are", "what happens to them"))
                continue
            person = self.s.pack.people[character.actor]
            evidence += self.s.profiles.person.get(person.id, [])
            parts.append(Part(self._played_by(subject, character, person), subject.spoils, character.actor_confidence,
                              self.s.knowledge.refs((*self.s.knowledge.told_early(person.sources),
                                                        *self.s.knowledge.told_early(character.sources))),
                              phrase=cast_phrase(subject, character, person, self.s.lead_phrase(subject))))
        return self.s.answer(ask, parts, "cast", evidence=evidence, consumed=_CAST_STEMS, subjects=characters)

    def _played_by(self, subject: Subject, character: Character, person: Person) -> str:
        text = f"{subject.lead()} " if subject.lead() else ""
        text += f"{character.name} is played by {person.name}"
        if person.hangul:
            text += f" ({person.hangul})"
        extra = [v for v in person.variants if fold(v) != fold(person.name)][:2]
        if extra:
            text += f", also written {' / '.join(extra)}"
        text += "."
        if character.actor_note:
            text += f" {character.actor_note}"
        return text

    def _roles_of(self, ask: Ask, people: Sequence[Subject], claimed: Sequence[Subject] = ()) -> Answer | None:
        """Whom they play; with `claimed` ("lomon plays cheong-san", "did park ji-hu play nam-ra"),
        "Yes." or "No." first: the claim is whether they play those characters."""
        parts: list[Part] = []
        evidence: list[Record] = []
        for subject in people[:2]:
            person = self.s.pack.people[subject.id]
            roles = self.s.pack.characters_played_by(person.id)
            evidence += self.s.profiles.person.get(person.id, [])
            if not roles:
                found = self._person_fact(ask, subject)
                if found is None:
                    return None
                return found
            for character in roles:
                evidence += self.s.profiles.character.get(character.id, [])
            listing = ", ".join(c.name + (" (season 2)" if c.seasons == (2,) else "") for c in roles)
            conf = max((c.actor_confidence for c in roles), key=lambda c: CONFIDENCE_ORDER.get(c, 0))
            text = f"{person.name} plays {listing}."
            # one role, no claim judged: the cast line, said in another language as "who plays" says it
            phrase = cast_phrase(subject, roles[0], person) if len(roles) == 1 and not claimed and roles[0].seasons != (2,) else None
            if claimed and not parts:
                played = {c.id for c in roles}
                text = f"{hedged_verdict('Yes.' if all(c.id in played for c in claimed) else 'No.', conf)} {text}"
            # a newcomer moderators added is named only from their episode
            parts.append(Part(text, max(c.introduced for c in roles), conf, self.s.knowledge.refs(person.sources), phrase=phrase))
        return self.s.answer(ask, parts, "cast", evidence=evidence, consumed=_CAST_STEMS, subjects=people)

    def _person_fact(self, ask: Ask, subject: Subject) -> Answer | None:
        records = self.s.profiles.person.get(subject.id, [])
        ranked = self.s.records.ranked(ask.stems_without(_CAST_STEMS) or ["actor"], records)
        facts = [r for _, r in ranked if r.kind in ("fact", "claim")] or [r for r in records if r.kind != "note"]
        if not facts:
            return None
        return self.s.answer(ask, [self.s.part(facts[0])], "cast", evidence=records, consumed=_CAST_STEMS,
                             subjects=[subject])

    def _cast_list(self, ask: Ask) -> Answer:
        lines = [
            f"{self.s.knowledge.person_name(c.actor)} as {c.name}"
            for c in self.s.pack.characters.values() if c.actor and 1 in c.seasons
        ][:_CAST_LIST_SIZE]
        part = Part("Main season 1 cast: " + "; ".join(lines) + ".", NOTHING, "official",
                    self.s.knowledge.refs(("s1-radiotimes-cast", "s3-collider-character-guide", *self.s.pack.show.sources)))
        return self.s.answer(ask, [part], "cast", consumed=(*_CAST_STEMS, "main", "list", "everyone", "full", "whole", "entire", "principal", "lead", "name", "names"),
                             extra=frozenset({"cast", "actor"}))

    def _which_one(self, ask: Ask, subjects: Sequence[Subject]) -> Answer:
        named = [s for s in subjects[:8] if not self.s.pack.introduced(s.kind, s.id)]  # no newcomer
        names = ", ".join(s.name for s in named)
        said = f"That could mean several characters: {names}. Which one?" if names else \
            "That could mean several characters. Which one? Say their name."
        # each name tells what the description it matched tells ("the one who lost an eye"): hidden as far as that spoils
        return Answer(ask.raw, False, [Part(said, max((s.spoils for s in named), default=NOTHING))], "ambiguous")

    # -- who is / attributes

    def about(self, ask: Ask) -> Answer | None:
        """A character's or person's profile, or the attribute the question asks of them."""
        subjects = ask.found.subjects
        if not subjects and ask.matches(OTHER_WORK) and (makers := self.work.makers(ask)):
            return self.work.of_makers(ask, makers)  # "what other shows did the director make"
        if not subjects:
            if ask.a.qtype not in ("who", "statement", "what_is", "yes_no"):
                return None
            strict = ask.a.qtype not in ("who", "statement")  # "what degree does the science teacher have"
            # "who is the student": several "... student"s fit alike, so which one, never the earliest of them
            stems = ask.stems_without(_PROFILE_WORDS)
            described = self.s.describe(ask, stems, strict=strict, earliest=False)
            if ask.a.qtype == "who" and ask.matches(_GROUP):
                # "who is in the archery club": everyone it is said of, not only the best fit
                members = self.s.finder.members(ask.stems_without((*_PROFILE_WORDS, *_GROUP_WORDS)))
                if len(members) > 1:
                    found = self._several(ask, members)
                    if found is not None:
                        return found
            if isinstance(described, Subject):  # "who is the archer": each archer (Min-jae "the male archer" too)
                subjects = [described, *self.s.alike(ask, described, stems)]
            elif isinstance(described, list) and ask.a.qtype == "who":
                return self._several(ask, described) or self._narrowed(ask, described)
            else:
                return None
        if len(subjects) > 1 and len({s.id for s in subjects}) > 1:
            narrowed = self._narrow(ask, subjects)
            if len(narrowed) == 1:
                subjects = narrowed
        if ask.a.qtype == "why":
            return None  # who someone is, or a line that shares a word, is no reason ("청산이 왜 귀남이랑 같이 갔어")
        subject = subjects[0]
        named = self._name_of(ask, subject) if ask.matches(_NAME_ASK) and not ask.a.yes_no else None
        if named is not None:
            return named
        if subject.kind == "person" and ask.matches(OTHER_WORK):
            return self.work.of(ask, subject)
        if subject.kind == "person" and ask.matches(FIRST_ROLE):
            return dont_know(ask.raw, f"{subject.name}'s first role", ("whom they play", "who they are"))
        if subject.kind == "character" and ask.matches(OTHER_WORK) and ask.matches(ACTOR_OF):
            actor = self.s.pack.characters[subject.id].actor  # "what else was gwinam's actor in", "귀남이 배우 다른 작품"
            if actor in self.s.pack.people:
                return self.work.of(ask, Subject("person", actor, self.s.pack.people[actor].name))
        rest = ask.stems_without(_PROFILE_WORDS)
        # "what school did yoon chan young go to": an actor's school is their own life, not the show's
        rest = [s for s in rest if s not in subject.consumed and (s not in SOFT_STEMS or (
            subject.kind == "person" and s == _SCHOOL))]
        if not ask.a.yes_no and self.s.profiles.titled(subject, rest):
            rest = []  # "who is teacher byeong-chan": a title naming them
        if not rest and ask.matches(_MOTIVE):
            rest = ["want"]  # "what does Gwi-nam want": a goal, which a profile does not tell
        if not rest:
            return self._profile(ask, subjects)
        return self.attribute(ask, subject, rest)

    def _name_of(self, ask: Ask, subject: Subject) -> Answer | None:
        """"what is Su-hyeok's full name", "On-jo's surname", "Park Ji-hu's Korean name": the name
        itself, in Hangul, with the family name first as Korean names are written."""
        entity = self.s.pack.characters.get(subject.id) if subject.kind == "character" else self.s.pack.people.get(subject.id)
        if entity is None:
            return None
        name, hangul = entity.name, entity.hangul
        if "'" in name:  # "Cheong-san's mother": the sources give her no name
            return dont_know(ask.raw, f"{name}'s name", _ABOUT_CHARACTER)
        family = name.split()[0] if " " in name else None
        if ask.matches(_KOREAN_NAME):
            if not hangul:
                return None
            text = f"{name} is written {hangul} in Korean (Hangul)."
        elif ask.matches(_FAMILY_NAME):
            if family is None:
                return None
            text = f"{name}'s family name is {family}: Korean names put the family name first."
        elif ask.matches(_REAL_NAME) and subject.kind == "person":
            # a stage name: the profile says whose it is ("Lomon ... also known as Park Solomon")
            return self.s.answer(ask, self.profile_parts.person_parts(subject), "who_is", evidence=self.s.profiles.evidence(subject),
                                 consumed=(*_PROFILE_WORDS, *_NAME_WORDS), subjects=[subject])
        else:
            others = [v for v in entity.variants if " " in v and not _bare(name).endswith(_bare(v))][:2]
            text = f"{name}'s full name is {name}" + (f" ({hangul} in Korean)" if hangul else "")
            text += (f", also written {' / '.join(others)}." if others else ".")
        parts = [Part(text, subject.spoils, "official", self.s.knowledge.refs(entity.sources))]
        return self.s.answer(ask, parts, "attribute.name", consumed=(*_PROFILE_WORDS, *_NAME_WORDS), subjects=[subject])

    def _narrow(self, ask: Ask, subjects: Sequence[Subject]) -> list[Subject]:
        rest = [s for s in ask.stems_without(_PROFILE_WORDS)]
        fitting = [s for s in subjects if rest and not uncovered(rest, union(self.s.profiles.evidence(s)))]
        return fitting or list(subjects)

    def _several(self, ask: Ask, subjects: Sequence[Subject]) -> Answer | None:
        """"who is in class 2-5", "who is on the roof at the end": a place or a group holds several
        people, so every one who fits is the answer (each with what says so), not "which one?"."""
        if not ask.matches(_GROUP):
            return None
        stems = ask.stems_without((*_PROFILE_WORDS, *_GROUP_WORDS))
        ids = {s.id for s in subjects}
        general = self.s.records.pool("facts, claims and events", lambda r: r.kind in ("fact", "claim", "event"))
        covering = [r for _, r in self.s.records.ranked(stems, general) if self.s.records.covers(stems, r.stems)]
        whole = next((r for r in covering if ids <= r.subjects), None)
        if whole is not None:  # one record names them all ("she and her friends find Nam-ra there")
            return self.s.answer(ask, [self.s.part(whole)], "who.several", evidence=[whole],
                                 consumed=(*_PROFILE_WORDS, *_GROUP_WORDS), subjects=subjects)
        parts: list[Part] = []
        evidence: list[Record] = []
        group = next((r for r in covering if not r.subjects), None)
        if group is not None:
            parts.append(self.s.part(group))
            evidence.append(group)
        for subject in subjects[:8]:
            fits = [r for r in self.s.profiles.evidence(subject) if self.s.records.covers(stems, r.stems)]
            if not fits:
                return None
            record = min(fits, key=lambda r: (r.spoils, _KIND_ORDER.get(r.kind, 9)))
            evidence.append(record)
            parts.append(self.s.part(record, f"{self._name(subject)}: {record.text}", spoils=subject.spoils))
        return self.s.answer(ask, parts, "who.several", evidence=evidence, consumed=(*_PROFILE_WORDS, *_GROUP_WORDS), subjects=subjects)

    def _narrowed(self, ask: Ask, subjects: Sequence[Subject]) -> Answer:
        return self._which_one(ask, subjects)

    def attribute(self, ask: Ask, subject: Subject, rest: Sequence[str]) -> Answer:
        records = self.s.profiles.evidence(subject)
        if ask.a.qtype in _HAPPENING_ASKED:
            records = [r for r in records if not r.says_only_who]
        ranked = self.s.records.ranked(rest, records)
        if asks_coming_back(ask.text):  # "when does cheong-san come back": never Su-hyeok pulling him back inside
            ranked = [(score, r) for score, r in ranked if tells_coming_back(r.text)]
        if ask.a.yes_no:
            # settled by what is told, never by a label the pack gives them ("the pregnant girl"); of two
            # records alike, the one whose own words say what was asked ("did hee-soo give birth": the birth,
            # not her leaving school pregnant, which only a gloss ties to "birth")
            ranked.sort(key=lambda pair: (pair[1].says_only_who, _KIND_ORDER.get(pair[1].kind, 9), -round(pair[0], 2),
                                          not _says_itself(rest, pair[1].text)))
        else:
            ranked.sort(key=lambda pair: (_KIND_ORDER.get(pair[1].kind, 9), -pair[0]))
        consumed: tuple[str, ...] = _PROFILE_WORDS
        if "job" in rest and subject.kind == "character" and not any("job" in r.stems for _, r in ranked):
            # No record names a job: who they are is what they do ("what job did mr lee have before":
            # "a former pharmaceutical researcher").
            summary = next((r for r in records if r.kind == "summary"), None)
            ranked = [(1.0, summary)] if summary is not None else ranked
            rest, consumed = [w for w in rest if w != "job"], (*_PROFILE_WORDS, "job")
        job = other_job(self.s, ask, subject, rest, records, say=self._say, consumed=_PROFILE_WORDS)
        if job is not None:
            return job
        nationality = bool(_NATIONALITY & set(rest))
        # a line that tells of coming back accounts for "return", "come back" ("they find Nam-ra there")
        back = asks_coming_back(ask.text)
        to_cover = [s for s in rest if s not in COMING_BACK_STEMS] if back else rest
        doer, receiver = self._pair(ask)
        for _, record in ranked:
            if nationality and not _NATIONALITY_SAID.search(self.s.records.said_of(record, [subject.id])):
                continue
            actor = self.s.opener(record) or subject.id
            if doer and actor != doer and (actor == receiver or doer in record.subjects or self.s.short(doer) in record.text):
                continue  # "did su-hyeok betray nam-ra": what Nam-ra, or another beside him, does is no answer
            if ask.a.qtype == "who" and _HELPED_ASKED.match(ask.text) and (
                    self.s.opener(record) == subject.id or _THEY_ACT.match(record.text)):
                continue  # "who saved su-hyeok": his hauling Cheong-san back in is him saving another
            said_of = self.s.records.stems_said_of(record, [subject.id])
            if back and ask.a.episode not in (None, record.episode or record.spoils) and not self.s.records.covers(rest, said_of):
                continue  # "does namra come back in ep 5": her being found in the ending (episode 12) is no answer
            if self.s.records.covers(to_cover, said_of):
                parts = [Part(subject.lead(), subject.spoils, "official", self.s.knowledge.refs(record.sources))] \
                    if subject.lead() else []
                said = self._say(subject, record, named=ask.a.qtype == "who" or bool(_NAME_OF.search(ask.text)))
                # ("is jin-su's mom alive": a line about both is no verdict on a mother the pack does not know)
                verdict = self.verdict(ask, rest, record) \
                    if ask.a.yes_no and rest and not unfollowed_relative(ask.text, subject) else ""
                if verdict == "Yes." and record.kind == "relation" and done_by_them(ask.text):
                    verdict = ""  # "did nayeon kill the teacher": "escapes because Ms. Park sacrifices herself" is no Yes.
                verdict = hedged_verdict(verdict, record.confidence) if verdict else ""
                # the record's own words alone are said in the asker's language where a table has them
                # (a fate's text keeps its verdict too: "Sí. Después de que ..."; a deed's is said in English after one)
                told = Phrase("told", said=said) if said == record.text and not parts and (not verdict or said in TOLD) else None
                part = self.s.part(record, said, spoils=subject.spoils, phrase=told)
                if verdict:
                    part = part.after_verdict(verdict) if told else Part(f"{verdict} {said}", part.spoils, part.confidence, part.sources, hedged=True)
                parts.append(part)
                return self.s.answer(ask, parts, "attribute", evidence=[record], consumed=consumed,
                                     subjects=[subject])
        together = self._told_together(ask, subject)
        if together is not None:
            return together
        if not named_in_clear(subject, self.s.pack):
            return dont_know(ask.raw)  # "sino yung archer na babae" at 4: never Ha-ri in the clear
        about = _ABOUT_CHARACTER if subject.kind == "character" else _ABOUT_PERSON
        name = self._name(subject)
        if (described := _DESCRIBED_BY.match(ask.text)) is not None and ask.language == "en":
            return dont_know(ask.raw, f"who {described['desc']} who {described['deed']} {name} is")
        asked = re.search(r"\bent\d+ 's (?:[a-z ]+ 's )?(?P<what>[a-z0-9 ]{1,40}?)(?: in season \d+)?$", ask.text)
        if asked and (not ask.a.repaired.isdisjoint(asked.group("what").split())
                      or re.search(r"\bent\d+\b", asked.group("what"))):  # "nam-ra's date with su-hyeok": never "ent1"
            asked = None  # a word typed right but repaired into another ("hobby": "lobby") is never named as asked
        # "ha ri's brother appear": the words after a relation are not an attribute of the one found;
        # "ha-ri's brother's blood type" is Woo-jin's blood type.
        owned = asked is not None and (subject.via != "relation" or (bool(subject.path) and re.search(
            rf"\b{re.escape(subject.path[-1])} 's {re.escape(asked.group('what'))}$", ask.text) is not None))
        what = f"{name}'s {asked.group('what')}" if asked and owned else f"that about {name}"
        if asked and owned and (fate := _FATE_TAIL.match(asked.group("what"))) is not None:
            what = f"what happens to {name}'s {fate.group(1)}"  # "hee soo's baby survive?", never "...'s baby survive"
        if asked and owned and subject.via != "relation" and asked.group("what").split()[0] in REL_WORDS:
            # "is nam-ra's dad alive": no such person is known, so nothing about them either
            what = f"who {name}'s {asked.group('what').split()[0]} is"
        character = self.s.pack.characters.get(subject.id) if subject.kind == "character" else None
        if what == f"that about {name}" and character is not None and (
                unknown := dont_know_about(ask.language, name, character.hangul or "")) is not None:
            return Answer(ask.raw, False, [Part(unknown, lang=ask.language)], "unknown")
        return dont_know(ask.raw, what, about)

    def _told_together(self, ask: Ask, subject: Subject) -> Answer | None:
        """"who is jimin to hyoryeong", with no bond on record between the two: what the sources tell of
        them together (each part behind its own episode), never "I don't know" while they tell something."""
        others = [c for c in ask.characters() if c.id != subject.id]
        if not _BOND_ASKED.search(ask.text) or subject.kind != "character" or len(others) != 1 or self.s.pack.characters.get(others[0].id) is None:
            return None
        other = others[0]
        ids = {subject.id, other.id}
        told = [r for r in self.s.profiles.evidence(subject) if ids <= r.subjects and r.kind in ("event", "story", "fate")]
        if not told:
            return None
        first = min(told, key=lambda r: (r.spoils, _KIND_ORDER.get(r.kind, 9)))
        lead = Part(f"My sources record no bond between {self.s.short(subject.id)} and {self.s.short(other.id)}. "
                    "What they tell of the two:", echoes=True)
        return self.s.answer(ask, [lead, self.s.part(first)], "relationship", evidence=[first],
                             consumed=tuple(ask.a.stems), subjects=[subject, other])

    def _pair(self, ask: Ask) -> tuple[str, str]:
        """Who a yes/no deed is asked of doing, and to whom ("did ent0 confess to ent1": their ids); two "" when the
        question names no such pair."""
        pair = _DONE_TO.match(ask.text) if ask.a.yes_no else None
        slots = [ask.a.slots.get(word) for word in pair.groups()] if pair is not None else []
        ids = [slot.candidates[0].id for slot in slots if slot is not None and len(slot.candidates) == 1]
        return (ids[0], ids[1]) if len(ids) == 2 and ids[0] != ids[1] else ("", "")

    def _say(self, subject: Subject, record: Record, named: bool = False) -> str:
        if record.kind == "summary" and not record.text.startswith(self._name(subject)):
            return f"{self._name(subject)}: {record.text}"
        if record.kind == "description" and subject.kind == "character" and record.text[:1].islower():
            # a label, said as one ("Hee-soo is the pregnant girl."); the whole name when a name is what is asked
            # ("who is the commander who ordered the bombing": Jin Seon-moo, never "Commander Jin")
            return f"{self._name(subject) if named else self.s.short(subject.id)} is {record.text}."  # a label, said as one ("Hee-soo is the pregnant girl.")
        if record.kind == "relation" and subject.kind == "character" and record.text[:1].islower():
            # a relationship is said from its owner's side ("has a crush on Su-hyeok")
            return f"{self.s.short(subject.id)} {record.text}"
        return record.text

    def _name(self, subject: Subject) -> str:
        if subject.kind == "character":
            return self.s.pack.characters[subject.id].name
        return self.s.pack.people[subject.id].name

    def _profile(self, ask: Ask, subjects: Sequence[Subject]) -> Answer:
        parts: list[Part] = []
        evidence: list[Record] = []
        for subject in subjects[:3]:
            evidence += self.s.profiles.evidence(subject)
            if subject.kind == "character":
                parts += self.profile_parts.character_parts(subject)
                parts += self._why_described(subject)
            else:
                parts += self.profile_parts.person_parts(subject)
        return self.s.answer(ask, parts, "who_is", evidence=evidence, consumed=_PROFILE_WORDS, subjects=subjects)

    def _why_described(self, subject: Subject) -> list[Part]:
        """"who is patient zero": what makes them that (the first infected at the school), when
        their summary does not already say it."""
        wanted = [s for s in subject.consumed if s not in SOFT_STEMS]
        if subject.via != "description" or not wanted:
            return []
        records = self.s.profiles.evidence(subject)
        summary = next((r for r in records if r.kind == "summary"), None)
        if summary is not None and self.s.records.covers(wanted, summary.stems):
            return []
        fits = [r for r in records if r.kind not in ("description", "summary", "note")
                and self.s.records.covers(wanted, r.stems)]
        if not fits:
            return []
        record = min(fits, key=lambda r: (r.spoils, _KIND_ORDER.get(r.kind, 9)))
        return [self.s.part(record, spoils=subject.spoils)]


def _bare(name: str) -> str:
    """A name without its spaces and hyphens ("Jae Ik" is "Jae-ik" spelt apart)."""
    return re.sub(r"[\s\-]", "", fold(name))


def _says_itself(stems: Sequence[str], text: str) -> bool:
    """The record's own words hold every stem asked, spelled out (`stem` also maps a word to its gloss:
    "pregnant" to "birth")."""
    words = re.findall(r"[a-z]+", text.casefold())
    return all(any(w.startswith(s) for w in words) for s in stems)

