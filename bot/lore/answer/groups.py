"""What befalls a group of characters: "how many teachers die", "do any adults survive", "which
student dies first", "how many girls survive".

A group is read from what each season-1 character is (the head of their summary: "The English
teacher in charge of 2-5" is a teacher, "On-jo's father, a firefighter" an adult, "The detective who
questions the science teacher" an adult and no teacher), never from a word further on. Counts are
the pack's named characters only, said as such; a fate the sources leave open is named apart, never
counted. Each name is its own part, hidden as far as the episode that settles it; the count and the
verdict are hidden as far as the last of them (they tell how far the group's fates go).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import Analysis
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.fate_phrases import TOLD
from bot.lore.answer.fates import FateAnswers, death_phrase
from bot.lore.answer.group_phrases import (
    COUNT_LANGUAGES,
    GROUP_LANGUAGES,
    RANK_LANGUAGES,
    episode_count_line,
    group_line,
    open_line,
)
from bot.lore.answer.result import Answer, Part, dont_know, pooled
from bot.lore.answer.roles import adult, teacher
from bot.lore.answer.story_phrases import Phrase
from bot.lore.content import Character
from bot.show import NOTHING, SEASON_ONE_EPISODES, Position, TypedPlace

# The group a question names, as fans type it, and who belongs to it.
# A count or a claim of every one of a group, over season 1, is settled only at its last episode.
_COUNTED_TO = Position(1, SEASON_ONE_EPISODES)
_GROUPS: dict[str, tuple[str, str]] = {  # word -> (group, gender)
    **dict.fromkeys(("teacher", "teachers"), ("teacher", "")),
    **dict.fromkeys(("female teacher", "female teachers"), ("teacher", "she")),  # "qual professora morre?" (role_glosses.py)
    **dict.fromkeys(("male teacher", "male teachers"), ("teacher", "he")),  # "who is the male teacher that dies in ep 4"
    # the question's words arrive normalised: "grown ups" is read as "grow ups"
    **dict.fromkeys(("adult", "adults", "grown ups", "grownups", "grown-ups", "grown up", "grownup", "grow ups",
                     "grow up"), ("adult", "")),
    **dict.fromkeys(("student", "students", "kid", "kids", "classmate", "classmates", "teen", "teens", "teenagers",
                     "teenager"), ("student", "")),
    **dict.fromkeys(("girl", "girls"), ("student", "she")),
    **dict.fromkeys(("boy", "boys"), ("student", "he")),
    **dict.fromkeys(("woman", "women", "lady", "ladies"), ("adult", "she")),
    **dict.fromkeys(("man", "men"), ("adult", "he")),
    **dict.fromkeys(("parent", "parents"), ("parent", "")),
    **dict.fromkeys(("dad", "dads", "father", "fathers"), ("parent", "he")),
    **dict.fromkeys(("mom", "moms", "mum", "mums", "mother", "mothers"), ("parent", "she")),
    **dict.fromkeys(("halfbie", "halfbies", "hambie", "hambies"), ("halfbie", "")),  # those who keep their mind once infected
    **dict.fromkeys(("archer", "archers"), ("archer", "")),  # those the sources call an archer ("the male archer")
}
_GROUP = r"(?P<group>" + "|".join(sorted((re.escape(w) for w in _GROUPS), key=len, reverse=True)) + r")"
_DIE = r"(?P<die>die[sd]?|dying|gets? killed|got killed|(?:are|were|is|was) killed|(?:are|were) dead|end up dead|turn into zombies)"
_LIVE = (r"(?P<live>survive[sd]?|live|lived|make it(?: out)?(?: alive)?|made it(?: out)?(?: alive)?|"
         r"(?:are|were|is|was|stay|stayed) alive|(?:get|got|make|made) out alive)")
_END = r"(?:\s+(?:in|at|by)\s+(?:the\s+)?(?:end|show|series|season 1|s1|ending|finale))?(?:\s+now)?\s*\??$"
_OF = r"(?:of (?:the )?|the )?"
# "how many teachers die", "how many of the adults survive"
_COUNT = compile_later(rf"^(?:so |wait |ok )?how many {_OF}{_GROUP} (?:(?:have |will |do |did )?(?:{_DIE}|{_LIVE})){_END}")
# "do any adults survive", "does any teacher make it out alive", "are any of the teachers alive",
# "are there any grownups alive at the end", "were there any teachers that survived"
_ANY = compile_later(rf"^(?:do|does|did|will|are|were|is) (?:there )?(?:any|anyone|any one) {_OF}{_GROUP} "
                  rf"(?:(?:who |that )?(?:still |even )?(?:{_DIE}|{_LIVE}|alive|dead|left alive|left)){_END}")
# "does every teacher die", "do all the girls survive", "are both the teachers dead": told by who breaks it (the living,
# for "die"), never "Yes." over people the sources do not name
# ("do the teachers all die": the "all" after the group)
# ("do the teachers die", "are the dads dead": a plural the sources draw up, each one's death, never "which one?")
_PLURALS = "|".join(sorted((re.escape(w) for w in _GROUPS if w.endswith("s") and " " not in w), key=len, reverse=True))
_EVERY = compile_later(rf"^(?:do|does|did|will|are|were) (?:(?:every|each)(?: one)? {_OF}|all {_OF}|both {_OF}|the (?=\S+ (?:all|both) )"
                       rf"|the (?=(?:{_PLURALS}) (?:die|dead)\b))"
                       rf"{_GROUP}(?: all| both)? (?:{_DIE}|{_LIVE}|(?P<dead>dead)|still alive|alive){_END}")
# "do the kids die", "are the kids ok", "did the boys make it": the group as a whole, told as "does every X die" tells
# it (never one member's story: "the kids" once read as Byeong-chan's)
_THE = compile_later(rf"^(?:so |wait |ok )?(?P<aux>do|did|will|are|were) the {_GROUP} (?:(?:all |both )?(?:{_DIE}|{_LIVE}|"
                     rf"(?P<dead>dead)|still alive|alive|(?P<ok>ok|okay|alright|all right|safe|fine))){_END}")
# "which teacher dies first", "who is the last student to die", "the first adult to die"
_RANKS = (
    compile_later(rf"^(?:which|what) {_GROUP} (?:is the )?(?P<rank>first|last)? ?(?:to )?{_DIE}(?: (?P<rank2>first|last))?{_END}"),
    compile_later(rf"^(?:who|which one) (?:is|was) the (?P<rank>first|last) {_GROUP}(?: to)? (?:die|be killed|get killed){_END}"),
    compile_later(rf"^(?:the )?(?P<rank>first|last) {_GROUP} (?:to )?(?:die|be killed|get killed){_END}"),
)
# "which teacher dies in episode 3": that episode's deaths of the group, never another episode's nor a student's
# ("who's the teacher that dies in ep 4": the episode settles which one, never "Which one?")
# "(that) dies in ep 3 (of season 1)": also what tells relative.py a gendered group is asked of an episode
DIES_IN_EPISODE = rf"(?:(?:that|who) )?(?:{_DIE}) in (?:the )?(?:episode|ep) ?(?P<n>\d{{1,2}})(?: of (?:season 1|s1))?\s*\??$"
# ("how many teachers die in ep 4", as "ilang teacher ang namatay sa ep 4" is glossed: the same deaths, counted)
_IN_EPISODE = compile_later(rf"^(?:(?:which|what) |(?P<count>how many (?:of (?:the )?)?)|(?:(?:who(?: ?'s| is| was)|whos) )?the )"
                            rf"{_GROUP} {DIES_IN_EPISODE}")
# "how many die in episode 11" (as "cuantos mueren en el ep 11" is glossed): everyone's deaths in it
_EVERYONE_IN = compile_later(r"^how many (?:people |characters )?die in (?:episode|ep) \d{1,2}\W*$")
_DEAD = ("dead", "zombie", "presumed_dead")
_LISTED = ("teacher", "parent", "archer")  # the groups whose deaths "which X die" lists here (the rest: who_dies.py)
# "do the bullies all die", "how many of the villains survive": a group of people the sources never draw up (they call
# only Gwi-nam a bully), so no group answer, and never one member's story either: any plural (one or two words) that
# is none of _GROUPS (the patterns above answer them) nor of the groups other answers draw up (the survivors' record,
# the friends in endings.py and deeds.py)
_UNDRAWN = compile_later(r"^(?:(?:do|does|did|will|are|were) (?:all (?:of )?)?the |how many (?:of (?:the )?)?)"
                         r"(?P<group>(?:[a-z]+ )?[a-z]+(?:ies|[^su]s))(?: all)? "
                         r"(?:die[sd]?|get killed|survive[sd]?|live|make it|dead|alive)\b")
_DRAWN_ELSEWHERE = frozenset({"survivors", "friends", "others", "children"})
# one thing whose word ends in s, never a group ("does the virus die": "-us" is kept out above, review67b)
_ONE_THING = frozenset({"series", "news", "species"})


def group_in_episode(a: Analysis) -> re.Match[str] | None:
    """Whether `a` asks which of a group dies in one episode ("which teacher dies in ep 4", "which student dies in
    episode 3": any group, that episode's deaths of it alone), read with its slots as typed ("who's the teacher that
    dies in ep 4": "the teacher that dies" is a slot, several people)."""
    text = " ".join(a.slots[w].mention.text.casefold() if w in a.slots else w for w in a.text.split())
    return _IN_EPISODE.match(text)


def counted_abroad(ask: Ask) -> bool:
    """Whether `ask` counts everyone's deaths in one episode in a language the group lines are written in ("cuantos
    mueren en el ep 11", "ilan ang namatay sa ep 11", "11話で何人死ぬ？"): answered here, in that language (an English one is
    episodes.py's)."""
    return ask.language in COUNT_LANGUAGES and _EVERYONE_IN.match(ask.text) is not None


def every_asked(text: str) -> bool:
    """Whether `text` asks the fate of every one of a group ("do the teachers all die"), never of one of them."""
    return _EVERY.match(text) is not None or _THE.match(text) is not None


_ARCHER = compile_later(r"\barchers?\b")
_CONSUMED = ("how", "many", "any", "anyone", "one", "do", "does", "did", "will", "are", "were", "is", "was", "of", "the",
             "which", "what", "who", "first", "last", "to", "be", "in", "at", "by", "end", "show", "series", "season",
             "ending", "finale", "female", "male", "die", "dead", "kill", "killed", "get", "got", "survive", "live", "make", "made", "out",
             "alive", "stay", "still", "even", "turn", "into", "zombie", "have", "up", "grown", "grow", "ups", "there", "left",
             "that", *_GROUPS)


@dataclass(frozen=True)
class _Member:
    character: Character
    state: str  # the last state the sources give: alive, halfbie, dead, zombie, presumed_dead, unknown ("" none)
    spoils: Position  # where that state is settled


class GroupFates:
    def __init__(self, shared: Shared, fates: FateAnswers,
                 refused: Callable[[Ask, Position | TypedPlace, tuple[str, ...]], Answer | None]) -> None:
        self.s = shared
        self._fates = fates
        self._refused = refused  # "which teacher dies in ep 13": the show has no such episode (episodes.py)

    def _members(self, group: str, gender: str) -> list[_Member]:
        out: list[_Member] = []
        for character in self.s.pack.characters.values():
            if 1 not in character.seasons:
                continue
            is_adult = adult(character)
            if (group == "teacher" and not teacher(character)) or (
                    group == "adult" and not is_adult) or (group == "student" and is_adult) or (
                    group == "parent" and not any(r.type == "parent_of" for r in character.relationships)):
                continue
            stages = self._fates.stages(character.id)
            fate = character.fate
            if group == "archer" and not any(_ARCHER.search(d.text) for d in character.descriptions):
                continue
            if group == "halfbie" and not any(st.state == "halfbie" for st in stages) and (
                    fate is None or fate.status != "halfbie"):
                continue
            if gender and self.s.profiles.gender.get(character.id, "") != gender:
                continue
            state = fate.status if fate is not None else (stages[-1].state if stages else "")
            spoils = fate.spoils if fate is not None else max((st.spoils for st in stages), default=NOTHING)
            out.append(_Member(character, state, spoils))
        return out

    def answer(self, ask: Ask) -> Answer | None:
        one = group_in_episode(ask.a)
        if (ask.a.slots and one is None) or (ask.a.season or 1) != 1:
            return None
        text = ask.text
        if one is not None:
            number = int(one.group("n"))  # ("... in ep 0": no position holds it, refused as typed)
            if (refusal := self._refused(ask, Position(1, number) if number else TypedPlace(1, 0),
                                         (*_CONSUMED, "episode", "ep"))) is not None:
                return refusal
        if ask.a.episode is not None:
            if one is None:
                return self._counted_in(ask, ask.a.episode) if counted_abroad(ask) else None
            return self._which(ask, *_GROUPS[one.group("group")], episode=ask.a.episode, counted=bool(one.group("count")))
        if (found := _COUNT.match(text) or _ANY.match(text)) is not None:
            return self._tally(ask, found)
        if (every := _EVERY.match(text) or _THE.match(text)) is not None:
            return self._every(ask, every)
        ranked = next((m for m in (r.match(text) for r in _RANKS) if m is not None), None)
        return self._ranked(ask, ranked) if ranked is not None else None

    def _tally(self, ask: Ask, found: re.Match[str]) -> Answer | None:
        group, gender = _GROUPS[found.group("group")]
        if group == "halfbie":
            return None  # "do any halfbies survive": alive as a halfbie is neither count; the term's own records tell
        members = self._members(group, gender)
        if not members:
            return None
        living = found.group("live") is not None or (found.group("die") is None and (
            "alive" in found.group(0) or " left" in found.group(0)))
        counted = found.re is _COUNT.compiled
        if counted and living and group == "student" and not gender:
            return None  # "how many students survive": the fact sheet's own headcount (records) says it
        plural = _plural(group, gender)
        alive = [m for m in members if m.state == "alive"]
        dead = [m for m in members if m.state in _DEAD]
        asked = alive if living else dead
        halfbies = [m for m in members if m.state == "halfbie"]
        open_ = [m for m in members if m.state in ("unknown", "")]
        last = max(*(m.spoils for m in members), _COUNTED_TO)  # a count of season 1 tells no one more dies before its end
        fated = _fated(asked, living, plural, _singular(group, gender))
        if not asked:
            # no one of the group the sources name: never a flat "No." over people they do not name
            head = (f"None of the {plural} the sources name is {'alive at the end of' if living else 'killed in'} "
                    "season 1 (named characters only; the sources do not follow everyone).")
        elif counted:
            head = f"The sources name {len(asked)} {fated} (named characters only):"
        else:
            head = f"Yes. The sources name {len(asked)} {fated} (named characters only):"
        parts = [Part(head, last, "official", hedged=True)]
        # "cuántas chicas mueren", "berapa guru yang mati": a count answered in the asker's language, as asked
        lang = ask.language if counted and asked and ask.language in COUNT_LANGUAGES else ""
        said = group_line(lang, "count_alive" if living else "count_dead", plural, len(asked)) if lang else None
        if said is not None:
            parts[0] = parts[0].worded(said, lang)
        else:
            lang = ""
        if living:
            parts += [self._row(m, lang) for m in sorted(asked, key=lambda m: (m.spoils, m.character.name))]
        else:
            parts += self._death_parts({m.character.id for m in asked}, lang)
        if halfbies and living:
            kept = ", ".join(m.character.name for m in halfbies)
            heading = group_line(lang, "halfbies", plural) if lang else None  # "Con vida como halfbies ..., sin contar:"
            parts.append(Part(f"{heading} {kept}." if heading else f"Not counted, alive as halfbies: {kept}.",
                              max(m.spoils for m in halfbies), "official", aside=True, lang=lang if heading else "en"))
        if open_:
            names = [m.character.name for m in open_]
            said = open_line(lang, names) if lang else None
            parts.append(Part(said or f"Not counted, the sources leave their fate open: {', '.join(names)}.",
                              max(m.spoils for m in open_), "official", aside=True, lang=lang if said else "en"))
        if group == "teacher" and not living and not lang:
            parts += self._unnamed_teachers()
        return self.s.answer(ask, pooled(parts), "group.count" if counted else "group.any", consumed=_CONSUMED,
                             extra=frozenset({"die", "kill", "dead", "survive", "alive"}))

    def _every(self, ask: Ask, found: re.Match[str]) -> Answer | None:
        """"does every teacher die": "No." and those it is not true of when the sources name some; else each named
        one's fate, and that the sources do not follow everyone (never a flat "Yes.")."""
        group, gender = _GROUPS[found.group("group")]
        text = ask.text
        dying = found.group("die") is not None or found.group("dead") is not None
        if group == "student" and not gender and dying:
            # "does every student die", "namatay ba lahat ng estudyante": No, and the six the fact sheet names
            six = self.s.records.by_id.get("surviving-students")
            return None if six is None else self.s.answer(ask, [self.s.part(six).after_verdict("No.")], "group.every",
                                                          evidence=[six], consumed=(*_CONSUMED, "every", "each", "all"),
                                                          extra=frozenset({"die", "kill", "dead"}))
        members = self._members(group, gender)
        if not members:
            return None
        plural, singular = _plural(group, gender), _singular(group, gender)
        head, shown, rows = every_claim(members, dying, plural, singular)
        line, n, rest = _every_line(members, dying)
        if group == "student" and not gender and not dying and rows is False:
            # "does every classmate survive": who does (the six of the camp), shorter than the many who do not
            shown, rows = [m for m in members if m.state == "alive"], True
            head = f"No. Not every student survives; the sources name {len(shown)} {_fated(shown, True, plural, singular)}:"
            line, n, rest = "alive", len(shown), 0
        parts = [Part(head, max(*(m.spoils for m in members), _COUNTED_TO), "official", hedged=True)]  # of all of season 1
        lang = ask.language if ask.language in GROUP_LANGUAGES else ""
        if lang and (said := group_line(lang, line, plural, n, rest)) is not None:
            parts[0] = parts[0].worded(said, lang)  # "¿mueren todos los profes?": answered in Spanish, as asked
        if rows:
            parts += [self._row(m, lang) for m in sorted(shown, key=lambda m: (m.spoils, m.character.name))]
        else:
            parts += self._death_parts({m.character.id for m in shown}, lang)
        living, dead = [m for m in members if m.state == "alive"], [m for m in members if m.state in _DEAD]
        if living and dead and (dying or not rows) and "all" not in text.split() and (the := _THE.match(text)) is not None:
            # "do the girls survive", "do the girls die" (no "all"): some do, some do not; who lives first (and a
            # halfbie, who lives on), never a flat "No." over those who die or those who live (ask122: On-jo unnamed;
            # ask123: Nam-ra left out of the living)
            parts = self._some_live(members, living, dead, plural, singular, lang, f"Some {the.group('aux')}.")
        return self.s.answer(ask, pooled(parts), "group.every", consumed=(*_CONSUMED, "every", "each", "all", "both", "one"),
                             extra=frozenset({"die", "kill", "dead", "survive", "alive"}))

    def _some_live(self, members: list[_Member], living: list[_Member], dead: list[_Member], plural: str,
                   singular: str, lang: str, some: str) -> list[Part]:
        """"do the girls survive": `some` ("Some do.", "Some are." as asked), those alive, those alive as halfbies, then those
        who die; in `lang` where group_phrases words each line."""
        def line(english: str, key: str, n: int, spoils: Position, aside: bool = False) -> Part:
            part = Part(english, spoils, "official", hedged=not aside, aside=aside)
            said = group_line(lang, key, plural, n) if lang else None
            return part if said is None else part.worded(said, lang)

        def rows(named: list[_Member]) -> list[Part]:
            return [self._row(m, lang) for m in sorted(named, key=lambda m: (m.spoils, m.character.name))]

        halfbies = [m for m in members if m.state == "halfbie"]
        parts = [line(f"{some} The sources name {len(living)} {_fated(living, True, plural, singular)}:", "some",
                      len(living), max(*(m.spoils for m in members), _COUNTED_TO)), *rows(living)]
        if halfbies:
            parts += [line("Alive as halfbies, not counted:", "halfbies", len(halfbies),
                           max(m.spoils for m in halfbies), aside=True), *rows(halfbies)]
        # "And 5 girls who die" at 11 would tell that no girl dies in episode 12: hidden to season 1's end, as it counts
        parts.append(line(f"And {len(dead)} {_fated(dead, False, plural, singular)}:", "and_dead", len(dead),
                          max(*(m.spoils for m in dead), _COUNTED_TO)))
        return parts + self._death_parts({m.character.id for m in dead}, lang)

    def _row(self, member: _Member, lang: str = "") -> Part:
        """One member's fate; said in `lang` too (a group answer worded there) where fate_phrases translates it."""
        character = member.character
        stages = self._fates.stages(character.id)
        said = character.fate.text if character.fate is not None else (stages[-1].text if stages else "")
        sure = character.fate.confidence if character.fate is not None else "official"
        told = Phrase("told", name=character.name, hangul=character.hangul or "", said=said) if lang and said in TOLD else None
        return Part(f"{character.name}: {said}", member.spoils, sure, self.s.knowledge.refs(character.sources[:1]),
                    phrase=told)

    def _death_parts(self, ids: set[str], lang: str = "", at: Position | None = None) -> list[Part]:
        """Each death as "who dies" says it: where, who, how, hidden as far as that episode (those of episode `at`
        alone when given, and those the sources place only between episodes that reach it: Hee-soo's "episode 2 or 3" in
        episode 3 too); in `lang` too (a group answer worded there) where its episode is the one the English names."""
        rows = sorted(((st, c, w) for st, c, w in self._fates.death_rows() if c.id in ids and (
                          at is None or at == st.start or (w != st.where and st.start <= at <= st.spoils))),
                      key=lambda row: (row[0].start, row[1].name))
        how = {"zombie": "turns into a zombie", "presumed_dead": "presumed dead; recaps disagree"}
        # a Korean row keeps the romanized name beside the Hangul ("박선화 (Park Sun-hwa)"); one the sources place between
        # two episodes ("around season 1, episode 2 or 3") is said with both
        return [Part(f"{where[0].upper()}{where[1:]}: {character.name} ({how.get(stage.state, 'dies')})", stage.spoils,
                     stage.confidence, self.s.knowledge.refs(stage.sources[:1] or character.sources[:1]),
                     phrase=Phrase("end", name=character.name, state=stage.state, at=stage.start,
                                   hangul=f"{character.hangul} ({character.name})" if lang == "ko" and character.hangul
                                   else character.hangul or "", last=None if where == stage.where else stage.spoils)
                     if lang else None)
                for stage, character, where in rows]

    def _unnamed_teachers(self) -> list[Part]:
        """The principal is no character of the pack, but his death is an event: said apart, never counted."""
        out = []
        for event in self.s.pack.events.values():
            if event.kind == "death" and "principal" in event.text.casefold() and not any(
                    p.role == "victim" for p in event.participants):
                out.append(Part(f"Also (not a named character): {event.text}", event.spoils, event.confidence,
                                self.s.knowledge.refs(event.sources), aside=True))
        return out

    def _which(self, ask: Ask, group: str, gender: str, episode: Position | None = None, counted: bool = False) -> Answer | None:
        """"which teachers die": each of the group's deaths (both teachers, never the one record that says "teacher");
        the students, girls and boys are who_dies.py's list. In one `episode`: that episode's deaths alone (`counted`:
        "how many teachers die in ep 4", led by how many the sources place in it)."""
        if group not in _LISTED and episode is None:
            return None
        ids = {m.character.id for m in self._members(group, gender) if m.state in _DEAD}
        deaths = self._death_parts(ids, at=episode)
        plural = _plural(group, gender)
        if episode is not None and not deaths:  # "which teacher dies in ep 5": none of them, hidden as far as it
            return self.s.answer(ask, [Part(f"None of the {plural} the sources name dies in {episode.label} (named "
                                            "characters only).", episode, "official", hedged=True)],
                                 "group.which", consumed=(*_CONSUMED, "episode", "ep"), extra=frozenset({"die", "dead"}))
        if not deaths:
            return None
        where = f"in {episode.label}" if episode is not None else "in season 1"
        head = Part(f"The {plural} the sources name who die, turn into zombies or are presumed dead {where} (named "
                    "characters only), in order:", min(p.spoils for p in deaths), "official", aside=True)
        said = group_line(ask.language, "which", plural) if episode is None else \
            group_line(ask.language, "which_in", plural, episode.episode)
        if counted and episode is not None:
            # counted: those the sources place in it; one placed only between it and the next is shown, never counted
            n = sum(st.start == episode and w == st.where for st, c, w in self._fates.death_rows() if c.id in ids)
            head = Part(f"The sources name {n} {plural if n != 1 else _singular(group, gender)} who "
                        f"{'dies, turns into a zombie or is' if n == 1 else 'die, turn into zombies or are'} presumed dead "
                        f"{where} (named characters only):", head.spoils, "official", aside=True)
            said = group_line(ask.language, "count_in", plural, n, ep=episode.episode) or said
        # "qual professora morre?": answered in Portuguese, as asked, in any language whose heading is written (its
        # rows are said there as its deaths are); never an English heading over rows in another language
        if said is not None:
            deaths = self._death_parts(ids, ask.language, at=episode)
            head = head.worded(said, ask.language)
        lang = ask.language if said is not None else ""
        extra = self._unnamed_teachers() if group == "teacher" and episode is None and not lang else []
        return self.s.answer(ask, pooled([head, *deaths, *extra]), "group.which", consumed=_CONSUMED,
                             extra=frozenset({"die", "kill", "dead"}))

    def _counted_in(self, ask: Ask, episode: Position) -> Answer | None:
        """"cuantos mueren en el ep 11", "berapa yang mati di ep 11": everyone's deaths in that episode, counted and
        said in the asker's language (an English asker's is episodes.py's), hidden as far as the last shown."""
        lang = ask.language if ask.language in COUNT_LANGUAGES else ""
        rows = self._fates.death_rows()
        ids = {c.id for _, c, _ in rows}
        # counted: those the sources place in it; one placed only between it and the next is shown, never counted
        placed = [c for st, c, w in rows if st.start == episode and w == st.where]
        deaths = self._death_parts(ids, lang, at=episode) if lang and placed else []
        said = episode_count_line(lang, len(placed), episode.episode) if deaths else None
        if said is None:
            return None
        head = Part(said, max(p.spoils for p in deaths), "official", hedged=True, lang=lang)
        return self.s.answer(ask, pooled([head, *deaths]), "group.count", consumed=(*_CONSUMED, "episode", "ep"),
                             extra=frozenset({"die", "kill", "dead"}))

    def _ranked(self, ask: Ask, ranked: re.Match[str]) -> Answer | None:
        group, gender = _GROUPS[ranked.group("group")]
        named = ranked.groupdict()
        rank = named["rank"] or named.get("rank2") or ""
        if not rank:
            return self._which(ask, group, gender)
        ids = {m.character.id for m in self._members(group, gender)}
        rows = [row for row in self._fates.death_rows() if row[1].id in ids]
        if not rows:
            return None
        last = rank == "last"
        edge = max(st.start for st, _, _ in rows) if last else min(st.start for st, _, _ in rows)
        picked = sorted((row for row in rows if row[0].start == edge), key=lambda row: row[1].name)
        near = sorted((row for row in rows if row[0].start != edge
                       and (row[0].start < edge <= row[0].spoils if last else row[0].start <= edge < row[0].spoils)),
                      key=lambda row: row[1].name)
        turned = any(st.state == "zombie" for st, _, _ in picked)
        what = "death or turn into a zombie" if turned else "death"
        singular = _singular(group, gender)
        article = "an" if singular[0] in "aeiou" else "a"
        # that one of the group dies at all is hidden as far as the first such death shown
        parts = [Part(f"The {rank} {what} of {article} {singular} in season 1 (named characters, in episode order):",
                      min(st.spoils for st, _, _ in picked), "official", aside=True)]
        # "guru mana yang mati duluan?": in the asker's language where group_phrases words the heading; each death as
        # fate_phrases translates its text, else as its end and episode
        lang = ask.language if ask.language in RANK_LANGUAGES else ""
        said = group_line(lang, f"{rank}_turn" if turned else rank, _plural(group, gender), 2) if lang else None
        if said is not None:
            parts[0] = parts[0].worded(said, lang)
        for stage, character, where in picked:
            phrase = None if said is None else death_phrase(stage, character, where, korean=lang == "ko")
            parts.append(Part(f"{character.name} ({where}): {stage.text}", stage.spoils, stage.confidence,
                              self.s.knowledge.refs(stage.sources or character.sources), phrase=phrase))
        for stage, character, where in near:
            parts.append(Part(f"The sources do not pin down when {character.name} dies ({where}): {stage.text}",
                              stage.spoils, stage.confidence, self.s.knowledge.refs(stage.sources or character.sources),
                              aside=True))
        return self.s.answer(ask, parts, "group.rank", consumed=_CONSUMED, extra=frozenset({"die", "kill", "dead"}))


def undrawn_group(a: Analysis) -> Answer | None:
    """"do the bullies all die": "I don't know", never asked again without the group (one member's story)."""
    if "the" not in a.text or (undrawn := _UNDRAWN.match(a.text)) is None or undrawn["group"].split()[-1] in (*_GROUPS, *_DRAWN_ELSEWHERE, *_ONE_THING):
        return None
    return Answer(a.raw, False, dont_know(a.raw, "that of a whole group").parts, "mismatch")


def every_claim(members: list[_Member], dying: bool, plural: str, singular: str) -> tuple[str, list[_Member], bool]:
    """What "does every X die (survive)" says first, whom it shows, and whether as their fates (else as deaths): "No."
    and those it is not true of; else a halfbie or a fate the sources leave open, never counted as dying (surviving);
    else every one of them, as far as the sources name them."""
    broken = [m for m in members if (m.state == "alive" if dying else m.state in _DEAD)]
    if broken:
        return f"No. The sources name {len(broken)} {_fated(broken, dying, plural, singular)}:", broken, dying
    verb = "dies" if dying else "survives"
    held = [m for m in members if (m.state in _DEAD if dying else m.state == "alive")]
    if untold := [m for m in members if m.state not in _DEAD and m.state != "alive"]:  # a halfbie, or left open
        # "did all the halfbies die": Nam-ra and Eun-ji untold, and Gwi-nam, who does (presumed), named with them
        rest = f", and {len(held)} who {_verbed(held, dying)}" if held else ""
        return (f"Not as far as the sources say (named characters only): they name {len(untold)} "
                f"{plural if len(untold) > 1 else singular} whose {'death' if dying else 'survival'} they do not tell{rest}:",
                [*untold, *held], True)
    return (f"Every one of the {plural} the sources name {verb} (named characters only; whether every one {verb} the "
            "sources do not say):", held, not dying)


def _every_line(members: list[_Member], dying: bool) -> tuple[str, int, int]:
    """Which of every_claim's first lines it says, of how many, and how many more named after the untold."""
    broken = [m for m in members if (m.state == "alive" if dying else m.state in _DEAD)]
    if broken:
        return ("alive" if dying else "dead"), len(broken), 0
    held = [m for m in members if (m.state in _DEAD if dying else m.state == "alive")]
    if untold := [m for m in members if m.state not in _DEAD and m.state != "alive"]:
        return "untold", len(untold), len(held)
    return ("all_die" if dying else "all_live"), len(held), 0


def _verbed(named: list[_Member], dying: bool) -> str:
    """"dies or is presumed dead", "survives", the verb agreeing with how many are named."""
    if not dying:
        return "survives" if len(named) == 1 else "survive"
    return "dies or is presumed dead" if len(named) == 1 else "die or are presumed dead"


def _fated(named: list[_Member], living: bool, plural: str, singular: str) -> str:
    """The named and their fate, the verb agreeing: "1 mother who dies ...", "2 teachers who die ..."."""
    if living:
        return f"{plural if len(named) > 1 else singular} alive at the end of season 1"
    if len(named) == 1:
        return f"{singular} who dies, turns into a zombie or is presumed dead in season 1"
    return f"{plural} who die, turn into zombies or are presumed dead in season 1"


def _plural(group: str, gender: str) -> str:
    if gender:
        return {("teacher", "she"): "female teachers", ("teacher", "he"): "male teachers", ("student", "she"): "girls", ("student", "he"): "boys", ("adult", "she"): "women",
                ("adult", "he"): "men", ("parent", "she"): "mothers", ("parent", "he"): "fathers"}[(group, gender)]
    return {"teacher": "teachers", "adult": "adults", "student": "students", "parent": "parents",
            "halfbie": "halfbies", "archer": "archers"}[group]


def _singular(group: str, gender: str) -> str:
    plural = _plural(group, gender)
    return {"women": "woman", "men": "man"}.get(plural, plural.removesuffix("s"))
