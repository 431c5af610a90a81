"""Episode questions: what happens in an episode, who dies or turns in it, how many.

An episode is a position of the show's shape: "episode 3", "the last episode", "3화" are season 1;
"s2e3", "2x03" and "season 2 episode 3" name their season. Every part spoils its episode.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.asked_day import asked_day, is_day
from bot.lore.answer.deed_phrases import DEEDS
from bot.lore.answer.episode_newcomers import EpisodeNewcomers
from bot.lore.answer.finales import season_said
from bot.lore.answer.groups import counted_abroad, group_in_episode
from bot.lore.answer.production_texts import REST_HIDDEN
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part, dont_know, pooled
from bot.lore.answer.roles import asked_group, in_group
from bot.lore.answer.sayings import SAYS_ASKED, says_it
from bot.lore.answer.season2_phrases import EN, timing_words
from bot.lore.answer.story_phrases import Phrase
from bot.lore.answer.timing_words import TimingWords
from bot.season2.model import Milestone
from bot.show import NOTHING, SEASON_ONE_RELEASE, Position, ShowShape, TypedPlace
from bot.text import MONTH_NAMES, MONTH_SHORT

_DEATHS = compile_later(
    r"\b(?:who|anyone|anybody|someone|somebody|deaths?|dies|die|died|dying|killed|turns?|turned|zombies?)\b"
)
_DIE = compile_later(r"\b(?:deaths?|dies|die|died|dying|killed|turns?|turned|bitten|zombies?)\b")
_COUNT = compile_later(r"\bhow many\b")
# the deaths groups.py counts abroad ("cuantos mueren en el ep 11"); a halfbie's return alone stays this module's
_COUNTED_DEATHS = frozenset({"dies", "turns", "presumed_dead"})
_TITLE = compile_later(r"\b(?:titles?|titled|called|named)\b|\bname of\b|\b's name\b|\bnames?\s*\??$")
# "how long is episode 1": no source gives one episode's runtime, only the rough length of all.
_LENGTH = compile_later(r"\bhow long\b|\b(?:runtime|run time|running time|length|minutes|mins?|duration)\b")
# "ep 0.5", "episode 2.5": a number between two episodes (the question's text reads it "episode 0 5")
_BETWEEN_EPISODES = compile_later(r"\b(?:episode|epi|eps?)\s*#?\s*\d{1,2}\.\d", re.I)
_WORDS = ("episode", "happen", "summary", "about", "recap", "plot", "synopsis", "who", "die", "turn", "anyone",
          "anybody", "someone", "many", "character", "person", "people", "zombie", "season", "1", "first", "last",
          "second", "final", "finale", "bite", "what", "go", "on", "tell", "list", "name", "all", "everyone")
_BITTEN_KINDS = ("bite", "infection")
# "which episode has the most deaths", "the deadliest episode": counted from every episode's deaths.
_MOST_DEATHS = compile_later(
    r"^(?:which|what) (?:episode|ep)s?\b.*\b(?:most|more)\b.*\b(?:deaths?|die|dies|died|killed|kills)\b"
    r"|\bdeadliest (?:episode|ep)\b|^(?:which|what) (?:episode|ep) is (?:the )?deadliest\b"
)

#: "is ep 1 out yet", "ep 3 out?", "has episode 2 been released", "1화 나왔어?" (glossed "episode 1 came out?"),
#: "시즌2 1화 나옴?" / "공개됐어?" (glossed "episode 1 season 2 come out", "season 2 episode 1 release"):
#: whether it is out, not what happens in it; "is ep 1 out in the philippines", "is episode 12 out on netflix india":
#: a place said after it changes nothing (season 1 came out worldwide at once), never season 2's old predictions
IS_OUT = compile_later(r"^(?:(?:is|are|has|have)\b(?!.*\bcom\w* out\b).*\s(?:out|released|available)"
                       r"|(?:did|has|have) (?:the )?(?:season \d+ |s\d+ )?(?:ep|eps|episode|e|finale)\b[^?]*\scome out"  # "did the s1 finale come out"
                       r"|(?:season \d+ )?(?:ep|eps|episode|e) ?\d+ (?:season \d+ )?(?:already |yet )?"
                       r"(?:out|came out|come out|is out|released|release))"
                       r"(?: yet| now| already)?(?: (?:in|on) (?:the )?(?P<place>[a-z]+(?: [a-z]+)?))?(?: yet| now| already)?\W*$")
# "is the s1 finale out march 12", "did episode 12 come out on january 28": whether it came out on a day named
_OUT_ON = compile_later(r"^(?:is|are|was|were|did|does|do|will|has|have|someone said)\b.*\b(?:out|released?|drop\w*|air\w*|premiere\w*)\b")
_DAY_WORDS = compile_later(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?|{'|'.join((*MONTH_NAMES, *MONTH_SHORT))})\b", re.I)

# "list the episodes", "episode guide", "summarize every episode": each episode in order, each hidden as far as itself.
_EVERY_EPISODE = compile_later(
    r"^(?:(?:can you |pls |please )?(?:list|show me|give me|name)(?: all| every)?(?: of)?(?: the)? episodes?(?: of season 1| in season 1)?"
    r"|(?:the |an |full )?episode (?:list|guide|summaries|breakdown)"
    r"|(?:a )?summary (?:of )?(?:every|each|all(?: the)?) episodes?"
    r"|what happens in (?:every|each|all(?: the)?) episodes?"
    # "recap s1 before s2", "quick recap of season one pls", "recap season 1 so far": a rewatch's recap, episode by episode
    # (each hidden as far as itself, so it never shows more than the mark)
    # ("recap the whole season", "recap ng season 1" in Tagalog, "recap season 1 up to where i am": the same; "recap the
    # whole show" stays the premise)
    r"|(?:(?:a |pls |please |can (?:i|you) (?:get|give me) )?(?:quick |short |full |fast )?(?:recap|summary|rundown) (?:of |ng )?"
    r"(?:s1|season 1|season one|the first season|the (?:whole|entire|full) (?:season(?: 1)?|first season))"
    r"|(?:s1|season 1|season one) (?:recap|summary|rundown))"
    r"(?: (?:so far|till now|until now|up to (?:where i am|now|here|my episode)|before (?:s2|season 2|season two)"
    r"|for (?:s2|season 2)))?(?: pls| please| plz| dong| po| naman)?)\W*$"
)

# "recap season 2", "s2 summary" while it is not out: nothing to recap (never its logline told as if it were)
_SEASON2_RECAP = compile_later(r"^\W*(?:(?:a |pls |please )?(?:quick |short |full )?(?:recap|summary|rundown) (?:of |ng )?"
                               r"(?:the )?(?:s2|season 2|season two|the second season)|(?:s2|season 2|season two) (?:recap|summary|rundown))"
                               r"(?: pls| please| plz)?\W*$")
# "which ep should i rewatch before s2" (read so by season2_asked.py): season 1's last episode, said why
# "who did gwinam bite in ep 6", "which girl did gwinam bite in ep 6": whom the one named did it to there, an event
# (events.py), never everything the episode tells of the one named
_WHOM_THERE = compile_later(r"^(?:who|whom|which \w+|what (?:girl|boy|guy|woman|man|lady|dude)s?)\s+(?:did|does|do)\s+\S+(?:\s+\S+)?\s+(?:bite|bit|infect|infected|turn|turned)\b")
# "when does episode 5 of season 1 come out": its release (every one of season 1's came out at its premiere)
_RELEASED = compile_later(r"^when (?:does|did|do|will|is|was)\b.*\b(?:come out|came out|released?|drop|dropped|air|aired|premiere)\b")
_LEADS_INTO = compile_later(r"^which (?:episode|ep) leads into (?:season 2|s2)$")
_RECAP_WORDS = ("recap", "summary", "rundown", "of", "the", "season", "2", "two", "second", "quick", "short", "full", "pls",
                "please", "plz", "a")

# where a thing goes ("where does the helicopter go in ep 7"), not where the episode or its people are
_THING_GOES = compile_later(r"^where (?:does|did|do|is) the (?!class\b|students\b|group\b|kids\b|survivors\b|others\b|episode\b)"
                            r"[a-z]+ (?:go|goes|went|fly|flies|flew|going|flying)\b")

# who goes there, said as the class ("where do the students go in ep 7"): the episode's places, never a place of another
# episode that names the students (the finale's camp)
_WHO_GOES = ("students", "student", "kids", "kid", "class", "classmates", "group", "friends", "survivors", "everyone")


class EpisodeAnswers:
    def __init__(self, shared: Shared, shape: ShowShape, milestone: Callable[[], Milestone | None] = lambda: None) -> None:
        self.s = shared
        self.shape = shape
        self.milestone = milestone  # where season 2 stands now ("the last episode" while it is not out)
        self._newcomers = EpisodeNewcomers(shared)  # "who is the new one in ep 5"

    def answer(self, ask: Ask) -> Answer | None:
        found = self._answer(ask)
        if found is None:
            return None
        return season_said(ask, self.shape, found, self.milestone(), self.s.knowledge.show_refs())  # "the last episode" once s2 exists

    def _answer(self, ask: Ask) -> Answer | None:
        if "." in ask.raw and _BETWEEN_EPISODES.search(ask.raw) is not None:
            return dont_know(ask.raw)  # "what happens in ep 0.5": no episode, never episode 0's refusal or a "5"
        position = ask.a.episode
        if position is None and ask.a.unheld_episode is not None:  # "what happens in ep 0", "is onjo in s1e0"
            return self.refused(ask, ask.a.unheld_episode)
        if position is None:
            if (("episode" in ask.text or "recap" in ask.text or "summary" in ask.text or "rundown" in ask.text)
                    and ask.matches(_EVERY_EPISODE) and not ask.characters()):
                return self._every_episode(ask)
            told = any(p.season == 2 for p in self.s.pack.episodes)  # a moderator's summaries of its episodes
            if ask.matches(_SEASON2_RECAP) and not told and not ask.characters():
                said = ("Season 2 is out, but the content pack has no summary of its episodes yet, so I cannot recap it; ask me "
                        "for a recap of season 1." if self.milestone() is Milestone.RELEASED else
                        "Season 2 has not come out yet, so there is nothing of it to recap; ask me for a recap of season 1.")
                return self.s.answer(ask, [Part(said, NOTHING, "official")], "episode.list", consumed=_RECAP_WORDS)
            if "dead" in ask.text or "most" in ask.text:
                return self._most_deaths(ask)
            if ask.matches(_LEADS_INTO):
                return self._leads_into(ask)
            return None
        deaths = bool(ask.matches(_DIE))
        if ask.characters() and not (deaths and ask.matches(re.compile(r"\bwho\b|\banyone\b"))):
            if deaths or ask.a.qtype in ("which_episode", "when", "why", "where", "yes_no") or ask.matches(_WHOM_THERE):
                return None  # "does Cheong-san die in episode 11" is about Cheong-san
            return self._in_episode(ask, position)
        if ask.a.qtype in ("which_episode", "when", "why", "where") and ask.characters():
            return None
        if (position.season == 1 and not deaths and not ask.characters() and ask.matches(_OUT_ON)
                and (day := asked_day(ask.text)) is not None and (out := self._out_on(ask, position, day)) is not None):
            return out
        a_when = ask.a.qtype == "when" and ask.a.season == 1 and ask.matches(_RELEASED) is not None  # season 1 named
        if (ask.matches(IS_OUT) or a_when) and not deaths and not ask.characters():
            out = self._is_out(ask, position, yes_no=not a_when)  # "is ep 1 out yet": whether it is out, never its recap
            if out is not None:
                return out
        if (refused := self.refused(ask, position)) is not None:
            return refused
        if "new" in ask.text or "intro" in ask.text or "debut" in ask.text or "first" in ask.text:
            if (newcomers := self._newcomers.answer(ask, position)) is not None:
                return newcomers
        titles = self.s.records.by_id.get("no-episode-titles")
        if titles is not None and ask.matches(_TITLE) and not deaths:
            # "what is episode 5 called": the episodes have no official titles, which is the answer.
            return self.s.answer(ask, [self.s.part(titles)], "episode.title", evidence=[titles],
                                 consumed=(*_WORDS, "called", "title", "name", "official"))
        length = self.s.records.by_id.get("episode-length")
        if length is not None and ask.matches(_LENGTH) and not deaths:
            lead = Part(f"My sources give no running time for {position.label} itself; for the episodes in general:",
                        hedged=True)  # "how long is ep 12": only the rough length of all is known
            return self.s.answer(ask, [lead, self.s.part(length)], "episode.length", evidence=[length],
                                 consumed=(*_WORDS, "long", "runtime", "run", "time", "running", "length",
                                           "minute", "min", "duration", "how"))
        episode = self.s.pack.episodes.get(position)
        if episode is None and deaths:  # "who dies in S2E1" before the pack tells it: never a guess
            said = f"{position.heading}: I don't know who dies or turns in it yet; my sources say nothing of it."
            return Answer(ask.raw, False, [Part(said)], "unknown")
        if episode is None:
            # no source cited: the show's own (a cast list, the renewal) say nothing of this episode
            part = Part(f"{position.heading}: the content pack has no summary of it yet.", NOTHING, "official")
            return self.s.answer(ask, [part], "episode", consumed=_WORDS)
        recaps, sure = self.s.knowledge.episode_refs(position), self.s.knowledge.episode_confidence(position)
        summary = self.s.records.by_id.get(f"episode-{position}")
        evidence: list[Record] = [summary] if summary is not None else []
        if ask.matches(_THING_GOES) and not ask.characters():
            return dont_know(ask.raw)  # "where does the helicopter go in ep 7": no place the episode has is its way
        if ask.a.qtype == "where" and not deaths:  # "where does the last episode take place": its places
            places = list(dict.fromkeys(e.place for e in self.s.pack.events.values() if e.episode == position and e.place))
            if places:
                said = ", ".join(places[:-1]) + f" and {places[-1]}" if len(places) > 1 else places[0]
                parts = [Part(f"Places the sources give for {position.label}: {said}.", episode.spoils, sure, recaps),
                         Part(f"{position.heading}: {episode.summary}", episode.spoils, sure, recaps)]
                return self.s.answer(ask, parts, "episode.where", evidence=evidence,
                                     consumed=(*_WORDS, "where", "take", "place", "set", "locale", "ending", "happen",
                                               *_WHO_GOES))
        if group_in_episode(ask.a) or (counted_abroad(ask) and any(d.kind in _COUNTED_DEATHS for d in episode.deaths)):
            return None  # "which teacher dies in episode 3", "cuantos mueren en el ep 11": groups.py's, never Gyeong-su first
        if not deaths or not ask.matches(_DEATHS):
            parts = [Part(f"{position.heading}: {episode.summary}", episode.spoils, sure, recaps,
                          phrase=Phrase("recap", at=position, said=episode.summary))]
            return self.s.answer(ask, parts, "episode", evidence=evidence, consumed=_WORDS)
        return self._deaths(ask, position, episode.spoils, evidence)

    def _leads_into(self, ask: Ask) -> Answer | None:
        """Season 1's last episode, led by why it is the one to rewatch; the lead is hidden with the summary, so
        nothing of that episode shows to a viewer who has not reached it, and cites nothing (it tells no event)."""
        position = self.shape.last_of(1)
        episode = self.s.pack.episodes.get(position)
        if episode is None:
            return None
        recaps, sure = self.s.knowledge.episode_refs(position), self.s.knowledge.episode_confidence(position)
        summary = self.s.records.by_id.get(f"episode-{position}")
        parts = [Part(f"{position.heading}: {episode.summary}", episode.spoils, sure, recaps,
                      phrase=Phrase("recap", at=position, said=episode.summary))]
        if ask.language == "en":  # (the recap is said in the asker's language; this lead has no translation yet)
            parts.insert(0, Part(f"Episode {position.episode}, the last of season 1, leads into season 2:", episode.spoils,
                                 sure, hedged=True))
        return self.s.answer(ask, parts, "episode", evidence=[summary] if summary is not None else [],
                             consumed=(*_WORDS, "which", "ep", "leads", "into", "season", "s2", "2"))

    def _in_episode(self, ask: Ask, position: Position) -> Answer | None:
        """"what does On-jo's father do in episode 7": what the story tells of them there."""
        parts: list[Part] = []
        evidence: list[Record] = []
        subjects = ask.characters()
        for subject in subjects[:2]:
            character = self.s.pack.characters[subject.id]
            refs = self.s.knowledge.refs(character.sources)
            lead = subject.lead()
            if lead:
                parts.append(Part(lead, subject.spoils, "official", refs))
            told = [e for e in character.events if e.episode == position]
            # a later season's episode is told by what moderators added of it: their link, as sure
            added = position.season > 1 and bool((episode := self.s.pack.episodes.get(position)) and episode.sources)
            sure, told_refs = (self.s.knowledge.episode_confidence(position), self.s.knowledge.episode_refs(position)) \
                if added else ("official", refs)
            parts += [Part(f"{position.heading}, {character.short_name or character.name}: {e.text}",
                           max(e.spoils, subject.spoils), sure, told_refs) for e in told]
            if not told:
                for event in self.s.pack.events.values():
                    if event.episode == position and subject.id in event.roles_by_character():
                        record = self.s.records.by_id[event.id]
                        # ("¿a quién mordió ent0 en el ep 11?": a deed deed_phrases words is said in the asker's language)
                        said = Phrase("deed", said=event.text, at=position) if event.text in DEEDS else None
                        parts.append(self.s.part(record, f"{position.heading}: {event.text}", spoils=subject.spoils, phrase=said))
                        evidence.append(record)
            evidence += self.s.profiles.evidence(subject)
        if not [p for p in parts if p.text.startswith(position.heading)]:
            return None
        if SAYS_ASKED.search(ask.text):
            # "what does onjo say in ep 12": only the scenes where they speak (not Nam-ra's words in her scene); none is
            # "I don't know" ("... at the end of ep 5": the drone scene is no words of hers)
            short = self.s.short(subjects[0].id)
            parts = [p for p in parts if not p.text.startswith(position.heading) or says_it(short, p.text)]
            if not [p for p in parts if p.text.startswith(position.heading)]:
                return dont_know(ask.raw, f"what {short} says in {position.typed_label}")
        return self.s.answer(ask, parts, "episode.character", evidence=evidence, consumed=(*_WORDS, "do", "doing"),
                             subjects=subjects)

    def _deaths(self, ask: Ask, position: Position, spoils: Position, evidence: list[Record]) -> Answer:
        episode = self.s.pack.episodes[position]
        recaps, sure = self.s.knowledge.episode_refs(position), self.s.knowledge.episode_confidence(position)
        heading = position.heading
        dead = [d for d in episode.deaths if d.kind != "bitten"]
        # "what girls died in ep 5": the girls' deaths only (as who_dies.py reads "which girls die"); none is an answer
        gender = asked_gender(ask.a.words)
        # "which teacher dies in episode 3": Ms. Park, never Gyeong-su (a student) beside her
        group = asked_group(ask.a.words)

        def fits(cid: str) -> bool:
            character = self.s.pack.characters.get(cid)
            return (not gender or self.s.profiles.gender.get(cid, "") == gender) and (
                not group or (character is not None and in_group(character, group)))

        dead = [d for d in dead if fits(d.character)]
        names = list(dict.fromkeys(self.s.knowledge.character_name(d.character) for d in dead))
        parts: list[Part] = []
        if _COUNT.search(ask.text) and names:
            parts.append(Part(f"{len(names)} named characters die, turn or are presumed dead in {position.label}: "
                              f"{', '.join(names)}.", spoils, sure, recaps))
        for death in dead:
            parts.append(Part(f"{heading}, {self.s.knowledge.character_name(death.character)}: {death.text}", spoils,
                              sure, recaps))
        # A death the sources place only within a few episodes ("episode 8 or 9") may be this
        # episode's: said as that, never "no one dies" (the line then spoils what it hints at).
        maybe = [e for e in self.s.pack.events.values()
                 if e.episode is None and e.between is not None and e.kind in ("death", "turn")
                 and e.between[0] <= position <= e.between[1] and e.between[1].episode - e.between[0].episode <= 2
                 and any(fits(p.character) for p in e.participants if not gender or p.role == "victim")]  # whom it befalls
        hinted = max([spoils, *(e.spoils for e in maybe)])
        for event in maybe:
            first, last = event.between or (position, position)
            record = self.s.records.by_id[event.id]
            parts.append(self.s.part(record, f"Possibly in {position.label}: {event.text.rstrip('.')} (the sources "
                                             f"place it between episodes {first.episode} and {last.episode} without "
                                             "pinning it down).", spoils=hinted))
            evidence.append(record)
        if not dead and maybe:
            parts.insert(0, Part(f"No named character's death or turn is placed in {position.label} for certain.",
                                 hinted, sure, recaps))
        elif not dead:
            who = {"she": "girl or woman", "he": "boy or man"}.get(gender, group or "character")
            parts.append(Part(f"No named {who} dies or turns in {position.label}.", spoils, sure, recaps))
            for event in self.s.pack.events.values() if not gender else ():
                if event.episode == position and event.kind in _BITTEN_KINDS:
                    record = self.s.records.by_id[event.id]
                    parts.append(self.s.part(record, f"{heading}: {event.text}"))
                    evidence.append(record)
        for event in self.s.pack.events.values():
            if event.episode == position and event.kind in ("death", "turn", "sacrifice", "halfbie"):
                evidence.append(self.s.records.by_id[event.id])
        return self.s.answer(ask, pooled(parts), "episode.deaths", evidence=evidence, consumed=_WORDS,
                             extra=frozenset({"die", "turn", "zombie"}))

    def _most_deaths(self, ask: Ask) -> Answer | None:
        if not ask.matches(_MOST_DEATHS) or ask.characters():
            return None
        counted = {p: list(dict.fromkeys(d.character for d in e.deaths if d.kind != "bitten"))
                   for p, e in self.s.pack.episodes.items() if p.season == 1}
        most = max(counted.values(), key=len, default=[])
        if not most:
            return None
        tops = sorted(p for p, names in counted.items() if len(names) == len(most))
        parts = [Part(f"{p.heading} has the most named deaths, turns or presumed deaths ({len(counted[p])}): "
                      f"{', '.join(self.s.knowledge.character_name(c) for c in counted[p])}.", p, "official",
                      self.s.knowledge.recap_refs()) for p in tops]
        return self.s.answer(ask, parts, "episode.most_deaths",
                             consumed=(*_WORDS, "most", "more", "deadliest", "deadly", "has", "kill", "death", "the"))

    def _every_episode(self, ask: Ask) -> Answer | None:
        episodes = sorted((p, e) for p, e in self.s.pack.episodes.items() if p.season == (ask.a.season or 1))
        if len(episodes) < 2:
            return None
        recaps = self.s.knowledge.recap_refs()
        parts = [Part(f"Season {episodes[0][0].season} has {len(episodes)} episodes, known only by number; "
                      "what happens in each:", NOTHING, "official", self.s.knowledge.show_refs())]
        parts += [Part(f"{p.heading}: {e.summary}", e.spoils, "official", recaps,
                       phrase=Phrase("recap", at=p, said=e.summary)) for p, e in episodes]
        # before the last episode some lines are hidden: the premise says what can be said without spoilers, and a
        # closing line why the rest is barred (at 0, every episode's line is)
        last = episodes[-1][0]
        if (premise := self.s.records.by_id.get("show-premise")) is not None and last.season == 1:
            parts.insert(0, self.s.part(premise, until=last))
        parts.append(Part(REST_HIDDEN, until=last))
        evidence = [r for p, _ in episodes if (r := self.s.records.by_id.get(f"episode-{p}")) is not None]
        return self.s.answer(ask, parts, "episode.list", evidence=evidence,
                             consumed=(*_WORDS, "guide", "breakdown", "every", "each", "give", "show", "me", "full",
                                       "quick", "short", "fast", "rundown", "so", "far", "till", "until", "now", "before",
                                       "for", "2", "two", "one", "pls", "please", "plz", "can", "i", "get", "a",
                                       "whole", "entire", "up", "to", "where", "am", "here", "my", "the", "ng", "dong",
                                       "po", "naman", "series", "season", "first"))

    def _is_out(self, ask: Ask, position: Position, yes_no: bool = True) -> Answer | None:
        """"is ep 1 out yet": season 1's episodes all came out at its premiere; a later season's, not
        listed yet, are as out as the season is (the status), never "there is no such episode"."""
        premiere = self.s.records.by_id.get("premiere")
        if position.season == 1 and premiere is not None and self.shape.contains(position):
            said_yes = "Yes. " if yes_no else ""  # ("when does episode 5 of season 1 come out": no yes or no asked)
            parts = [Part(f"{said_yes}{position.heading} came out with the rest of season 1:", hedged=True),
                     self.s.part(premiere)]
            if self.milestone() is not Milestone.RELEASED and yes_no:  # a fan asking now may mean the new season's
                parts.append(Part("Season 2 has not come out yet.", NOTHING, "official", aside=True))
            said = m.group("place") if (m := ask.matches(IS_OUT)) and m.group("place") else ""
            return self.s.answer(ask, parts, "episode.out", evidence=[premiere],
                                 consumed=(*_WORDS, "out", "yet", "is", "in", "on", "the", *said.split()))
        if position.season == 2 and not self.shape.episodes_in(2):
            verdict = "No. " if self.milestone() is not Milestone.RELEASED else ""
            # "시즌2 1화 나왔어?" reads "season 2 episode 1 came out", whose "came out" is a release: this answer's word
            # said in the asker's language, as season 2's release is ("all of season 2" has no episode number to say)
            words = timing_words(ask.language) if position.episode < 99 else EN
            verdict = words.verdict("No.") + words.gap if verdict else ""
            return self.s.answer(ask, [Part(verdict + self._no_such(position, words), NOTHING, "official",
                                                  lang=ask.language if words is not EN else "en")],
                                 "episode.out", consumed=(*_WORDS, "out", "yet", "is", "release"))
        return None

    def _out_on(self, ask: Ask, position: Position, day: tuple[int, int]) -> Answer | None:
        """Whether season 1's episode came out on the day named: every one came out at its premiere, so "No." to
        another day (never a "Yes." off season 2's day, which no season-1 episode comes out on)."""
        premiere = self.s.records.by_id.get("premiere")
        if premiere is None or not self.shape.contains(position):
            return None
        verdict = "Yes." if is_day(day, SEASON_ONE_RELEASE.date()) else "No."
        parts = [Part(f"{verdict} {position.heading} came out with the rest of season 1:", hedged=True),
                 self.s.part(premiere)]
        return self.s.answer(ask, parts, "episode.out", evidence=[premiere],
                             consumed=(*_WORDS, "out", "is", "did", "come", "came", "on", "the", "released",
                                       *_DAY_WORDS.findall(ask.text)))

    def refused(self, ask: Ask, position: Position | TypedPlace, asked: tuple[str, ...] = ()) -> Answer | None:
        """The refusal of an episode the show does not have, asked of anything ("why didn't X die in ep 13", "... in
        ep 0"); None for one it has."""
        if isinstance(position, Position) and self.shape.contains(position):
            return None
        return self.s.answer(ask, [self.no_such_part(position)], "episode", consumed=(*_WORDS, *asked))

    def no_such_part(self, position: Position | TypedPlace) -> Part:
        """The refusal of an episode the show does not have ("what happens in ep 13", "is cheong-san in episode 99")."""
        return Part(self._no_such(position), NOTHING, "official", self.s.knowledge.show_refs())

    def _no_such(self, position: Position | TypedPlace, words: TimingWords = EN) -> str:
        known = self.shape.episodes_in(position.season)
        episode = position.typed_label if words is EN else words.chrome["episode"].format(n=position.episode)
        if not known and position.episode == 0:
            return f"There is no {position.typed_label}: no season has an episode 0, they are numbered from 1."
        if not known and position.season == 2 and self.milestone() is Milestone.RELEASED:
            # out with no listing yet: "there is no season 2, episode 1" would deny an episode that may be out
            return words.chrome["episode_unlisted"].format(episode=episode)
        if not known and position.season == 2:
            return words.chrome["episode_not_out"].format(episode=episode)
        if not known:
            return f"There is no {position.typed_label}: season {position.season} has no episodes listed yet."
        return f"Season {position.season} has {len(known)} episodes, so there is no {position.typed_label}."
