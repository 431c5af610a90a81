"""When the story is set: "when does the story take place", "what year is the show set in"; and
"what year are they in school", which asks the school year (class 2-5), not a date.

The answer is the setting's time if the pack gives one (a setting fact with a year or a date in it).
The sources read for the bundled pack give none, so the answer is "I don't know", and what can be
asked instead (where it is set; when the epilogue is), never the four-month time skip said as if it
were when the story takes place.
"When does the ending take place" asks of the ending, and is the other kinds' question.

"What month does the outbreak start", "when does the outbreak begin": no source dates it either; the
answer says so, and where in the story it starts (the first case at the school, hidden as far as
its episode), never the four-month time skip that counts from it.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.result import Answer, Part

# the story itself (not an episode, a character, the ending or the outbreak)
_STORY = r"(?:the (?:story|show|series|drama|plot|kdrama|k drama|k-drama)|it|this|season 1|season one)"
# a time a fan offers for it ("2022", "the future"); two may be offered ("2020 or 2021")
_OFFERED = r"(?:the )?(?:\d{4}s?|future|past|present|present day|modern times|today|\d{2}th century)"
_WHEN_SET = compile_later(
    rf"^(?:so |and |but |ok )?(?:in )?(?:when|what (?:year|years|time|time period|period|era|decade|century|date|month|"
    rf"time of year)|which (?:year|decade|era|month))\s+(?:is|does|did|was|do)\s+{_STORY}\s+(?:set|take place|takes place|"
    rf"happen|happens|occur|set in|take place in|happen in)\b(?:\s+in)?\s*$"
    rf"|^what (?:year|time|date|month|time of year) is it in {_STORY}\s*$"
    rf"|^(?:is|was|does|did) {_STORY} (?:set|take place|takes place|happen|happens|occur) in {_OFFERED}"
    rf"(?:,? or (?:in )?{_OFFERED})?\s*$"
)
# "is the show set in shanghai", "does it take place in seoul": a place a fan offers for the story
_WHERE_OFFERED = compile_later(
    rf"^(?:so |and |but |ok |wait )?(?:is|was|does|did) {_STORY} (?:set|take place|takes place|happen|happens) in "
    rf"(?!{_OFFERED}\b)(?P<place>[a-z][a-z .'-]*?)(?: (?:lol|lmao|tho|though|right|or not|or nah|too))*\W*$"
)
_KOREA = ("korea", "south korea", "hyosan", "hyosan high", "hyosan high school", "a school", "a high school", "school")
# "what year are they in school", "what year is on-jo in": the school year, not a date
_SCHOOL_YEAR = compile_later(
    r"^(?:so |and |ok )?(?:what|which) (?:year|grade|yr) (?:are|is|were|was) (?:they|the students|the kids|the class|"
    r"the main (?:characters|students)|ent\d+(?: and ent\d+)?) (?:in|at)?\s*(?:(?:high )?school)?\s*(?:in)?$"
)
_LEVEL = (r"(high ?school(?:ers?)?|highschool(?:ers?)?|hs|middle ?school(?:ers?)?|junior high|college|"
          r"university|uni|elementary(?: school)?|primary school|grade school)")
_STUDENTS = r"(?:they|the (?:main )?(?:characters|students|kids|teens|cast)|the main cast|the kids in it|everyone)"
_SCHOOL_LEVEL = compile_later(
    rf"^(?:so |and |ok |wait |but )?(?:are|were) {_STUDENTS} (?:(?:still |all )?(?:in|at|going to) )?(?:a |the )?"
    rf"(?P<level>{_LEVEL})(?: students?| kids?)?(?: or (?:in )?(?:a )?[a-z ]+)?\W*$"
    rf"|^(?:is|was) (?:it|the show|the story|this|the series) (?:set )?(?:in|at|about) (?:a )?(?P<set_in>{_LEVEL})\W*$"
)
_OUTBREAK = r"(?:the |this )?(?:zombie |virus )?(?:outbreak|infection|apocalypse|zombie apocalypse|virus|zombies?|spread)"
_OUTBREAK_WHEN = compile_later(
    rf"^(?:so |and |ok |but )?(?:(?P<when>when)|(?:in )?(?:what|which) (?:month|day|date|year|time of year|season|week))\s+"
    rf"(?:does|did|is|was|do|will)\s+{_OUTBREAK}\s+(?:start|starts|started|begin|begins|began|happen|happens|"
    rf"occur|occurs|break out|breaks out|come|kick off|set off)\b(?:\s+in (?:the show|the story|it))?\W*$"
)
# a fact of the setting that says a time ("set in 2021")
_TIME = compile_later(r"\b(?:19|20)\d\d\b|\b(?:present day|near future|\d{2}th century)\b", re.I)


class SettingTime:
    def __init__(self, shared: Shared) -> None:
        self.s = shared

    def answer(self, ask: Ask) -> Answer | None:
        if ask.a.episode is not None or (ask.a.season or 1) > 1:
            return None
        if _SCHOOL_YEAR.search(ask.text):
            return self._school_year(ask)
        if not ask.found.subjects and (level := _SCHOOL_LEVEL.search(ask.text)) is not None:
            return self._school_level(ask, level.group("level") or level.group("set_in"))
        if not ask.found.subjects and (outbreak := _OUTBREAK_WHEN.search(ask.text)) is not None:
            return self._outbreak(ask, calendar=outbreak.group("when") is None)
        if not ask.found.subjects and (offered := _WHERE_OFFERED.search(ask.text)) is not None:
            return self._where(ask, offered.group("place").strip())
        if ask.found.subjects or not _WHEN_SET.search(ask.text):
            return None
        setting = [r for r in self.s.records.all if r.kind == "fact" and r.topic == "setting"]
        timed = [r for r in setting if _TIME.search(r.text)]
        if timed:
            return self.s.answer(ask, [self.s.part(r) for r in timed], "setting.when", evidence=timed,
                                 consumed=ask.stems_without(()))
        # (an answer that does not answer cites nothing: what is known is offered as a question to ask)
        parts = [Part("I don't know when the story is set: my sources give no year or date for it. "
                      "I can tell you where it is set (ask \u201cwhere is it set\u201d), and how long after the "
                      "outbreak the final scenes come (ask \u201cwhen is the epilogue\u201d).")]
        return Answer(ask.raw, False, parts, "unknown")

    def _where(self, ask: Ask, place: str) -> Answer | None:
        """Whether season 1 is set in the place offered: the fictional city of Hyosan, in South Korea; another
        place is a "No." (with a later season's own setting when that names the place: Seoul)."""
        setting = [r for r in self.s.records.all if r.kind == "fact" and r.topic == "setting"
                   and "Hyosan High School" in r.text]
        if not setting:
            return None
        place = re.sub(r"^the ", "", place)
        later = [] if place in _KOREA else [r for r in self.s.records.all if r.kind == "fact" and r.id.startswith("s2-")
                                           and re.search(rf"\b{re.escape(place)}\b", r.text, re.I)]
        verdict = "Yes: s" if place in _KOREA else "No: s"
        lead = Part(f"{verdict}eason 1 is set in the fictional city of Hyosan, in South Korea.", hedged=True)
        evidence = [*setting[:1], *later[:1]]
        return self.s.answer(ask, [lead, *(self.s.part(r) for r in evidence)], "setting.where",
                             evidence=evidence, consumed=ask.stems_without(()))

    def _school_year(self, ask: Ask) -> Answer | None:
        """Their school year: the fact that gives the class ("class 2-5, second year")."""
        classes = [r for r in self.s.records.all if r.kind == "fact" and re.search(r"\bclass \d-\d+\b", r.text)
                   and "year" in r.stems]
        if not classes:
            return None
        subjects = ask.found.subjects
        if any(not any("2-5" in r.text for r in self.s.profiles.evidence(s)) for s in subjects):
            return None  # ("what year is Yong Ma-ru in": no one says he is in the class)
        parts = [self.s.part(classes[0])]
        return self.s.answer(ask, parts, "setting.school_year", evidence=classes[:1], subjects=subjects,
                             consumed=ask.stems_without(()))

    def _school_level(self, ask: Ask, level: str) -> Answer | None:
        """Whether the main students are at that level of school: Hyosan High School, class 2-5."""
        school = [r for r in self.s.records.all if r.kind == "fact" and r.topic == "setting"
                  and "Hyosan High School" in r.text]
        classes = [r for r in self.s.records.all if r.kind == "fact" and re.search(r"\bclass \d-\d+\b", r.text)
                   and "year" in r.stems]
        if not school:
            return None
        verdict = "Yes: t" if level.startswith(("high", "hs")) else "No: t"
        if " or " in ask.text:
            verdict = "T"  # "are they high school or college students": which one, no "Yes."
        lead = Part(f"{verdict}he main characters are high school students (season 1).", hedged=True)
        evidence = [*school[:1], *classes[:1]]
        return self.s.answer(ask, [lead, *(self.s.part(r) for r in evidence)], "setting.school_level",
                             evidence=evidence, consumed=ask.stems_without(()))

    def _outbreak(self, ask: Ask, *, calendar: bool) -> Answer | None:
        """When the outbreak starts: no date in the sources; in the story, with the first case at
        the school (the fact the pack's keywords mark "how it started")."""
        started = [self.s.records.by_id[f.id] for f in self.s.pack.facts.values()
                   if "how it started" in f.keywords and f.id in self.s.records.by_id]
        lead = "My sources give no date, month or year for the outbreak."
        if not started:
            return Answer(ask.raw, False, [Part(lead)], "unknown")
        parts = [Part(f"{lead} In the story it starts in {started[0].spoils.label}:", hedged=True),
                 self.s.part(started[0])]
        if calendar:  # a month was asked: not answered, though where it starts is said
            return Answer(ask.raw, False, parts, "unknown")
        return self.s.answer(ask, parts, "setting.outbreak", evidence=started[:1], consumed=ask.stems_without(()))
