"""Who dies in season 1, as a list, a count or a rank: "who dies", "how many students die", "what
happens to the students", "who dies last", "the first girl to die", "who dies first, I-sak or
Gyeong-su", from each character's states (`bot.lore.answer.stages`)."""

from __future__ import annotations

import dataclasses

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.fate_words import FATE_STEMS, STATE_STEMS
from bot.lore.answer.fates import death_phrase
from bot.lore.answer.group_phrases import everyone_count_line, ranked_line
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.result import Answer, Part, pooled
from bot.lore.answer.roles import adult, teacher
from bot.lore.answer.stages import CharacterStages
from bot.lore.answer.story_phrases import Phrase
from bot.show import NOTHING, SEASON_ONE_EPISODES, Position

# "who dies", "who all died in the show", "list everyone who dies", "which characters die", "what girls died".
_WHO_DIES = compile_later(
    r"^(?:so\s+|wait\s+|ok\s+)?(?:(?:list|name)\s+(?:of\s+)?(?:all\s+|everyone\s+|everybody\s+|the\s+)?"
    r"(?:characters\s+|people\s+|ones\s+)?(?:who|that)\s+|who\s+(?:all\s+)?|which\s+(?:characters|students|people|ones)\s+"
    r"|(?:which|what)\s+(?:girls|boys|guys|women|men|ladies)\s+)"
    r"(?:dies|died|die|gets? killed|got killed|(?:are|were) killed|(?:is|are|was|were) dead|(?:does not|doesn't|don't|didn't) "
    r"make it|(?:turns?|turned|becomes?|became|gets? turned|got turned) (?:in ?to )?(?:an? )?zombies?|gets? zombified)\b(?:\s+(?:in|at|by)\s+(?:the\s+)?(?:show|end|season(?: 1)?|s1|series|ending))?\s*\??$"
)
# "deaths", "list of deaths", "all the deaths": the list "who dies" gives.
_DEATHS = compile_later(r"^(?:(?:a |the )?list (?:of )?(?:all )?(?:the )?deaths|(?:all )?(?:the )?deaths|death list|every death)"
                     r"(?: in (?:the )?(?:show|series|season 1|s1))?\W*$")
# "how many characters die", "how many people died": the named characters who die or turn (the
# bombing's toll is the record's: "how many people died in the bombing / in Hyosan").
_HOW_MANY_DIE = compile_later(
    r"^(?:so\s+|wait\s+|ok\s+)?how many (?:of the )?(?:named |main |major |important )?"
    r"(?P<who>characters?|people|ppl|persons?|ones|students?|kids|classmates)?\s*(?:(?:have )?die[sd]?|get killed|got killed|(?:are|were) killed"
    r"|(?:are|were) dead|end up dead|turn into zombies|(?:do not|don't|didn't) make it)"
    r"(?: in (?:the )?(?:show|series|season 1|s1|total|all|end))?\s*\??$"
    r"|^how many deaths(?: are there)?(?: in (?:the )?(?:show|series|season 1|s1|total))?\s*\??$|^(?:the )?body count\W*$"
)
# "who dies last", "the first death", "the last person to be killed": a rank of deaths (a rank of
# bites or turns, "who turned first", is the event index's).
# "how many students die", "which students die": the students only (no teacher, parent or soldier).
_STUDENTS = compile_later(r"\b(?:students?|kids|classmates|teens|teenagers)\b")
# "who dies at the end", "who died in the ending": the ending's deaths (the gym escape, the bombing and
# Yangdong, episodes 11 and 12 as recaps tell the ending), never every death from episode 1.
_AT_THE_END = compile_later(r"\b(?:in|at)\s+the\s+(?:end|ending)\W*$")  # ("died by the end": every death up to it)
_ENDING_FROM = SEASON_ONE_EPISODES - 1  # season 1's last two episodes
_GROUP_FATE = compile_later(r"^what (?:happens|happened|will happen) to (?:all )?(?:the |all the )?(?:students|kids|class|classmates|"
                         r"everyone|everybody)(?: in the end| at the end)?\W*$")
_RANKED_DEATH = compile_later(r"\b(?:die|dies|died|dying|dead|death|deaths|killed|casualty|casualties)\b")
_RANKED_TURN = compile_later(r"\b(?:zombie|zombies|turn|turns|turned|infected|infection|bitten|bit|bite|halfbie|hambie)\b")
_RANK_STEMS = ("who", "which", "person", "people", "character", "characters", "one", "ones", "victim", "casualty",
               "death", "deaths", "kill", "show", "season", "episode", "order", "overall", "whole")
# "who dies first, the teacher or gwinam": "the teacher" beside one named is every teacher who dies (two), never one guessed
_THE_TEACHER_OR = compile_later(r"\bthe\s+teachers?\s+(?:or|and|vs)\s+ent\d|\bent\d+\s+(?:or|and|vs)\s+the\s+teachers?\b")
_GENDER_WORDS = ("girl", "boy", "guy", "gal", "female", "male", "woman", "man", "lady", "dude")


class WhoDies:
    def __init__(self, shared: Shared, stages: CharacterStages) -> None:
        self.s = shared
        self._stages = stages

    def deaths(self, ask: Ask) -> Answer | None:
        """"who dies", "list everyone who died": each death (or turn) its own part, hidden as far as
        the episode that shows it; Nam-ra (a halfbie) and the unclear fates are not counted."""
        if ask.found.subjects or ask.a.episode is not None or (ask.a.season or 1) != 1:
            return None
        counted = ask.matches(_HOW_MANY_DIE) if ask.a.qtype == "how_many" or "body" in ask.text else None
        whole = ask.matches(_GROUP_FATE) if counted is None else None
        if counted is None and whole is None and not ask.matches(_WHO_DIES) and not ask.matches(_DEATHS):
            return None
        students = _STUDENTS.search(ask.text) is not None
        gender = asked_gender(ask.a.words)  # "which girls die": the girls' deaths, never a false "no girl"
        ending = counted is None and whole is None and ask.matches(_AT_THE_END) is not None
        rows: list[tuple[Position, str, Part]] = []
        # "何人死ぬ？", "死了多少人", "cuantas personas mueren": the count said in the asker's language, each death as story_phrases words its end
        lang = (ask.language if counted is not None and not students and not gender
                and ask.language in ("ja", "zh", "es", "pt", "id") else "")
        for stage, character, where in self._stages.death_rows():
            if students and adult(character):  # what they are, never a word further on ("his mother runs")
                continue
            if ending and stage.start.episode < _ENDING_FROM:
                continue
            if gender and self.s.profiles.gender.get(character.id, "") != gender:
                continue
            how = {"zombie": "turns into a zombie", "presumed_dead": "presumed dead; recaps disagree"}.get(stage.state, "dies")
            text = f"{where[0].upper()}{where[1:]}: {character.name} ({how})"
            refs = self.s.knowledge.refs(stage.sources[:1] or character.sources[:1])
            said = Phrase("end", name=character.name, state=stage.state, at=stage.start, hangul=character.hangul or "",
                          last=None if where == stage.where else stage.spoils) if lang else None
            rows.append((stage.start, character.name, Part(text, stage.spoils, stage.confidence, refs, phrase=said)))
        if len(rows) < 2:
            return None
        # The ending's heading tells that there are deaths in its episodes: hidden as far as the first of them.
        when = f"in episodes {_ENDING_FROM} and {SEASON_ONE_EPISODES}" if ending else "in season 1"
        told = min(part.spoils for _, _, part in rows) if ending else NOTHING
        group = "students" if students else {"she": "girls and women", "he": "boys and men"}.get(gender, "")
        parts = [Part(f"{f'Which {group}' if group else 'Who'} die{'' if group else 's'} or turn{'' if group else 's'} into "
                      f"a zombie {when}, in order:", told, "official",
                      aside=True)]
        if counted is not None:
            # The count tells how far the deaths go: hidden as far as the last one.
            who = "students" if students else "characters"
            parts = [Part(f"The sources name {len(rows)} {who} who die, turn into zombies or are presumed dead "
                          "in season 1 (only the named ones; countless unnamed people die too):",
                          max(*(part.spoils for _, _, part in rows), Position(1, SEASON_ONE_EPISODES)), "official", ())]
            if (head := everyone_count_line(lang, len(rows))) is not None:
                parts[0] = parts[0].worded(head, lang)
            toll = self.s.records.by_id.get("bombing-deaths")
            if counted.group("who") in ("people", "ppl", "persons", "person") and toll is not None:
                parts.append(dataclasses.replace(self.s.part(toll), aside=True))
        survivors = self.s.records.by_id.get("not-everyone-dies")
        if whole is not None and survivors is not None:
            parts.insert(0, self.s.part(survivors))  # "what happens to the students": who lives, then who dies
        parts += [part for _, _, part in sorted(rows, key=lambda row: (row[0], row[1]))]
        return self.s.answer(ask, pooled(parts), "list.deaths", consumed=(*FATE_STEMS, *STATE_STEMS, "who", "list", "everyone", "how", "many",
                                                           "people", "named", "main", "major", "important", "body",
                                                           "count", "total", "end", "ending", "up", "turn", "zombie", "make",
                                                           "death", "all", "every", "the", "child", "student", "classmate", "happen", "to", "grade"),
                             extra=frozenset({"die", "kill", "dead"}))

    def ranked_death(self, ask: Ask) -> Answer | None:
        """"who dies last", "the first death", "the last person to die": the first or last death of
        season 1 in episode order (from every character's fate), never a record that merely says
        "first" or "last" ("their last fight"). Deaths the sources place only between two episodes
        that reach the one picked are named as such; each part hidden as far as its episode."""
        a = ask.a
        named = {s.id for s in ask.found.subjects if s.kind == "character"}
        if len(named) < 2 or len(named) != len(ask.found.subjects):
            named = set()  # "who dies first, I-sak or Gyeong-su": between the characters named
        teachers = sorted({c.id for _, c, _ in self._stages.death_rows() if teacher(c)}) \
            if len(ask.found.subjects) == 1 and ask.found.subjects[0].kind == "character" and ask.matches(_THE_TEACHER_OR) else []
        if teachers:
            named = {ask.found.subjects[0].id, *teachers}
        if (not a.rank or (ask.found.subjects and not named) or a.episode is not None or (a.season or 1) != 1
                or (a.qtype not in ("who", "statement", "what_is", "which_episode", "when")
                    and not (a.korean and a.qtype == "yes_no"))
                or not ask.matches(_RANKED_DEATH) or ask.matches(_RANKED_TURN)):
            return None
        gender = asked_gender(a.words)  # "the first girl to die": among the girls
        rows = [row for row in self._stages.death_rows() if (not named or row[1].id in named)
                and (not gender or self.s.profiles.gender.get(row[1].id, "") == gender)]
        if not rows:
            return None
        last = a.rank == "last"
        edge = max(st.start for st, _, _ in rows) if last else min(st.start for st, _, _ in rows)
        picked = sorted(((st, c, w) for st, c, w in rows if st.start == edge), key=lambda row: row[1].name)
        near = sorted(((st, c, w) for st, c, w in rows if st.start != edge
                       and (st.start < edge <= st.spoils if last else st.start <= edge < st.spoils)),
                      key=lambda row: row[1].name)
        turned = any(st.state == "zombie" for st, _, _ in picked)
        what = "death or turn into a zombie" if turned else "death"
        among = f" of {self.s.short(ask.found.subjects[0].id)} and the {len(teachers)} teachers who die " \
            f"({' and '.join(self.s.short(i) for i in teachers)})" if teachers else \
            f" of {' and '.join(self.s.short(i) for i in sorted(named))}" if named else (
            {"she": " of a girl or woman", "he": " of a boy or man"}.get(gender, ""))
        # "The first death of Cheong-san and Su-hyeok" says one of them dies: hidden as far as that death
        heading = min(stage.spoils for stage, _, _ in picked) if named else NOTHING
        if teachers:  # ("the 2 teachers who die" tells both deaths: hidden as far as the later one)
            heading = max(heading, *(st.spoils for st, c, _ in rows if c.id in teachers))
        parts = [Part(f"The {a.rank} {what}{among} in season 1, in episode order:", heading, "official", aside=True)]
        # "quién muere primero", "quem morre primeiro": in the asker's language where group_phrases words the heading
        # (of anyone; among those named or of one gender, English)
        said = ranked_line(ask.language, a.rank, turned, among=[self.s.short(i) for i in sorted(named)]) if teachers else \
            None if named or gender else ranked_line(ask.language, a.rank, turned)
        if said is not None:
            parts[0] = parts[0].worded(said, ask.language)
        for stage, character, where in picked:
            refs = self.s.knowledge.refs(stage.sources or character.sources)
            parts.append(Part(f"{character.name} ({where}): {stage.text}", stage.spoils, stage.confidence, refs,
                              phrase=None if said is None else death_phrase(stage, character, where)))
        # "did mr lee die before gyeongsu", "who died first, ji-min or min-jae": the others named, in their order too
        others = sorted((row for row in rows if named and row not in picked and row not in near),
                        key=lambda row: (row[0].start, row[1].name), reverse=last)
        for stage, character, where in others:
            refs = self.s.knowledge.refs(stage.sources or character.sources)
            parts.append(Part(f"{'Earlier' if last else 'Then'}: {character.name} ({where}): {stage.text}", stage.spoils,
                              stage.confidence, refs, phrase=None if said is None else death_phrase(stage, character, where)))
        for subject in (s for s in ask.found.subjects if s.id in named and s.id not in {c.id for _, c, _ in rows}):
            character = self.s.pack.characters[subject.id]
            if character.fate is not None:  # "who dies first, Ha-ri or Woo-jin": she does not
                parts.append(Part(f"{character.name}: {character.fate.text}", character.fate.spoils,
                                  character.fate.confidence, self.s.knowledge.refs(character.sources)))
        for stage, character, where in near:
            refs = self.s.knowledge.refs(stage.sources or character.sources)
            parts.append(Part(f"The sources do not pin down when {character.name} dies ({where}): {stage.text}",
                              stage.spoils, stage.confidence, refs, aside=True))
        return self.s.answer(ask, parts, "rank.death",
                             consumed=(*FATE_STEMS, *STATE_STEMS, *_RANK_STEMS, a.rank, *_GENDER_WORDS, *(("teacher",) if teachers else ())),
                             extra=frozenset({"die", "kill", "dead"}))

