"""Questions answered by the one record that states the answer: when, how many / how long, what is,
where, why, yes or no, about the show, its production, its story and its numbers.

The records (records.py) are ranked by the rare words they share with the question; the first one
that accounts for every word of the question AND holds the kind of answer asked for answers: a
number for "how many", a duration for "how long", a date for "when", a name for "who". "How many
hours in the first 28 days" finds the 28-day total, not the three-day figure beside it; "how tall is
Park Ji-hu" finds nothing and is not answered.

A yes/no question gets a verdict only when the record settles it: "Yes." when the record states
every word of the question plainly, "No." when the clause that names the question's subject
negates it ("JTBC Studios is one of its producers rather than a broadcaster"), no verdict otherwise
(`bot.lore.answer.record_verdicts`). Why something happens is `bot.lore.answer.reasons`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.counted import counted_in, same_window
from bot.lore.answer.phases import other_phase
from bot.lore.answer.record_verdicts import ANTONYMS, UNKNOWN, platform_verdict, record_verdict
from bot.lore.answer.records import Record
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.shooting import only_a_movie
from bot.lore.answer.wording import hedged_verdict
from bot.lore.answer.words import SOFT_STEMS, fold_text, stem, words_of
from bot.text import MONTH_NAMES

# Places of the story a rank can be of ("the first one in the library").
_RANKED_PLACE = compile_later(
    r"\b(?:roof|rooftop|library|gym|gymnasium|classroom|music room|broadcasting room|office|infirmary|hospital|"
    r"lab|laboratory|bathroom|toilet|camp|police station|apartment|construction site|mountain|hill)\b", re.I
)
SCAFFOLD: dict[str, tuple[str, ...]] = {
    "when": ("when", "date", "time", "year", "day", "exactly", "happen"),
    "how_many": ("how", "many", "much", "long", "number", "total", "count", "amount", "big", "old", "tall", "figure",
                 "size"),
    "what_is": ("what", "definition", "define", "explain"),
    "where": ("where", "place"),
    "why": ("why", "reason", "cause", "because", "how", "come"),
    # "name everyone who survives", "list the survivors": the asking, not what is asked about
    "who": ("who", "whom", "whose", "person", "name", "list", "everyone", "everybody"),
    "yes_no": ("be", "do", "have", "really", "true", "right", "correct"),
    "statement": ("really", "true", "right", "list", "name", "explain", "describe", "summarise", "summarize"),
    "which_episode": (),
}
_MEASURES = {
    # A length of time, or of a work ("the webtoon ran from 2009 to 2011, with about 130 episodes").
    "long": compile_later(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|an hour)\b|\bfrom (?:19|20)\d\d to (?:19|20)\d\d\b",
                       re.I),
    "old": compile_later(r"\b(?:years? old|aged|born)\b", re.I),
    "tall": compile_later(r"\b(?:cm|centimet\w*|tall|feet|ft)\b", re.I),
    "heavy": compile_later(r"\b(?:kg|kilo\w*|pounds|lbs)\b", re.I),
    "big": compile_later(r"\b(?:storey|metres?|meters?|square|acres?|big|large|across)\b", re.I),
    "much": compile_later(r"(?:\$|₩|\bwon\b|dollars?|\d)", re.I),
    "far": compile_later(r"\b(?:km|kilomet\w*|miles?)\b", re.I),
    "often": compile_later(r"\b(?:times|daily|weekly|every)\b", re.I),
}
_SEASON_TWO = frozenset({"season", "2"})
_SEASON_TWO_SAID = compile_later(r"\b(?:season (?:2|two)|second season|sequel)\b", re.I)
# A part of the show a record may be about ("the library sequence took five days to film").
_SCENE = compile_later(r"\b(?:library|gym|music room|broadcasting room)\b", re.I)
_SHOOT = compile_later(r"\b(?:filmed|filming|film|shot|shoot|shooting)\b")
# "how many hours is season 1": its running time, never the hours viewers spent on it.
_RUNTIME_ASKED = compile_later(r"^how many (?:hours|minutes|mins)(?: long)? (?:is|are|was|were)\b|^how many hours long\b")
_VIEWING = compile_later(r"\b(?:view\w*|watch\w*|stream\w*)\b|\bmillion\b[^.;]*\bhours\b", re.I)
# "how long did the library fight take to shoot": what fans call a part of the show, filmed as one sequence.
_SCENE_NOUNS = frozenset(stem(w) for w in ("fight", "battle", "chase", "sequence", "part", "bit", "massacre"))
_DURATION = frozenset(stem(w) for w in ("long", "length", "duration", "runtime", "lasted"))
_SOMEONE = compile_later(r"\b(?:girl|boy|guy|man|woman|actor|actress|kid|lady|dude|person|anyone|anybody|actors|people)\b")
# "who plays in squid game", "which actors were in X": everyone the records of that kind name.
_PEOPLE_ASKED = compile_later(r"^who\b|\b(?:actors|actresses|cast|anyone|anybody|people)\b")
_PERSON_STEMS = frozenset({"actor", "play", "cast", "star", "appear", "act"})
_SURENESS = {"official": 1.0, "reported": 0.95, "rumour": 0.85}
# The most a record's score can be raised by what it holds (place, headword, definition, count,
# names): a record this far below the best so far can be passed over.
_MOST_BOOST = 1.15 * 1.15 * 1.2 * 1.2 * 1.24 / 0.6
_MONTHS = "|".join(MONTH_NAMES)
# A place a record tells ("in the library", "at the camp"); a name's own ("fifth on Netflix's all-time list") is none
_PLACE = compile_later(
    rf"\b(?:in|at|from|on)\s+(?:the\s+)?(?!{_MONTHS}|Season|Episode|Friday)[A-Z][a-z]+\b(?!['’]s)|\bset\b|\blocation|\bsite\b|\bcamp\b"
    r"|\b(?:school|library|gym|roof|lab|classroom|station|city|room|hospital|building)\b"
)
# "where does it rank on netflix's list": a place on a list is where a ranking is
_RANKING = compile_later(r"\b(?:rank\w*|list|chart\w*|top|place|spot)\b")
_A_LIST = compile_later(r"\b(?:list|chart|top 10|number one|#1)\b", re.I)
_NAMES = compile_later(r"\b[A-Z][a-z]+-[a-z]+\b")
_CLOCK = compile_later(r"\b(?:midnight|noon|a\.m\.|p\.m\.|\d{1,2}:\d{2}|GMT|UTC|KST|Pacific|Eastern)\b", re.I, prefilter=True)
_MEANT = compile_later(r"\bmeaning of (?:the |a |an )?(?P<term>[a-z0-9' ]+?)\W*$"
                    r"|^what (?:does|do|did) (?:the |a |an )?(?P<term2>[a-z0-9' ]+?) (?:mean|stand for)\W*$")
# "who made / directed / wrote X": the making is what is asked (never a soft word then).
_MAKER = compile_later(r"^who\s+(?:\w+\s+)?(made|created|creates|invented|directed|directs|wrote|writes|produced|produces|"
                    r"developed|designed)\b")
# A glossary record (its keywords say "definition") and the keywords every such record has.
_GLOSSED = stem("definition")
_GLOSS_WORDS = frozenset({stem("definition"), stem("meaning")})
# A record that says what a word means or what someone is called ("calling him a 'welfie'").
_DEFINES = compile_later(r"\b(?:means?|named after|called|calling|calls|word|term|nickname|short for|refers? to|stands? for)\b", re.I)
_NAMED_AFTER = compile_later(r"\bnamed (?:after|for)\b", re.I)
# ("what does jonas virus even mean": a word said to stress the question is no part of the term)
_TERM_FILLER = frozenset({"the", "a", "an", "word", "term", "name", "title", "show", "it", "even", "really", "actually",
                          "exactly"})


def _defined(text: str) -> re.Pattern[str] | None:
    """For "what is the Jonas virus": a record that opens by defining it ("The Jonas virus is ...")."""
    match = re.match(r"^what(?: is| are| was|'s| 's)\s+(?:an?\s+|the\s+)?(?P<term>[a-z0-9 ]{3,40}?)\s*\??$", text)
    if match is None:
        return None
    term = match.group("term").strip()
    return re.compile(rf"^(?:an?\s+|the\s+)?{re.escape(term)}\w*\s+(?:is|are|was|were|means)\b", re.I)


def fits_rank(ask: Ask, record: Record) -> bool:
    """"the first zombie": a record that states the rank ("the first person infected"), and a
    halfbie (who keeps their mind) is not what "zombie" asks for."""
    if not ask.a.rank:
        return True
    if ask.a.rank not in record.stems:
        return False
    if not _ranks_the_place(ask, record):
        return False
    return "halfbie" not in record.stems or "halfbie" in ask.a.stems


def _ranks_the_place(ask: Ask, record: Record) -> bool:
    """"the first person on the roof": the record's rank must be of the same place ("the first
    person to receive the virus ... thrown off a roof" ranks the infected, not who was on the roof)."""
    rank = re.compile(rf"\b{re.escape(ask.a.rank)}\b", re.I)
    asked = rank.search(ask.text)
    places = {stem(p) for p in _RANKED_PLACE.findall(ask.text[asked.end():])} if asked is not None else set()
    if not places:
        return True
    for said in rank.finditer(record.text):
        clause = re.split(r"[,.;:]", record.text[said.end():], maxsplit=1)[0]
        if places <= {stem(w) for w in words_of(fold_text(clause))}:
            return True
    return False


class RecordAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._topic_stems = {f.topic: stem(f.topic) for f in shared.pack.facts.values() if f.topic}
        self._topics = frozenset(self._topic_stems.values())
        # the records most questions are answered from (and reasons.py looks for a reason in)
        self.general = shared.records.pool("facts, claims and events", lambda r: r.kind in ("fact", "claim", "event"))
        # Each fact's one-word keywords, as stems: what the fact is about.
        self._headwords: dict[str, frozenset[str]] = {
            fact.id: frozenset(stem(k.casefold()) for k in fact.keywords if " " not in k.strip())
            for fact in shared.pack.facts.values()
        }

    def headwords(self, record: Record) -> frozenset[str]:
        """What a fact is about: its one-word keywords, as stems ("teaser", "poster", "premiere")."""
        return self._headwords.get(record.id, frozenset())

    def stems(self, ask: Ask) -> list[str]:
        return ask.stems_without(SCAFFOLD.get(ask.a.qtype, ()))

    def answer(self, ask: Ask, pool: Sequence[Record] | None = None) -> Answer | None:
        """The record that answers the question, with a verdict when it is a yes/no question."""
        stems = self.stems(ask)
        a = ask.a
        scene = frozenset(stems) & _SCENE_NOUNS if _SHOOT.search(ask.text) and _SCENE.search(ask.text) else frozenset()
        stems = [s for s in stems if s not in scene]
        if not stems:
            if (a.mentions_show and a.qtype in ("what_is", "statement") and not ask.found.subjects
                    and not re.search(r"\bhappen", ask.text)):
                return self._the_show(ask)
            return None
        if "plot" in stems and set(stems) != {"plot"} and not (a.mentions_show or a.season or a.episode):
            return None  # "what is Train to Busan about": the pack tells no other story
        picked = self.pick(ask, stems, pool if pool is not None else self.general)
        if not picked:
            return None
        parts = [self.s.part(r, spoils=self.s.subject_spoils(ask.found.subjects)) for r in picked]
        if a.qtype == "when":
            # "when do they get to the roof": a moment of the story is answered by its episode.
            parts = [Part(f"{r.episode.heading}: {p.text}", p.spoils, p.confidence, p.sources)
                     if r.kind == "event" and r.episode is not None else p for r, p in zip(picked, parts, strict=True)]
        if a.platform and a.qtype == "where":
            verdict = platform_verdict(a.platform, picked[0])
            if verdict:
                parts[0] = Part(f"{verdict} {parts[0].text}", parts[0].spoils, parts[0].confidence, parts[0].sources,
                                hedged=True)
        if ask.a.yes_no:
            verdict = record_verdict(self.s, ask, stems, picked[0])  # held to its part by router._weighed
            if verdict:
                verdict = hedged_verdict(verdict, picked[0].confidence) if verdict != "Not confirmed." else verdict
                parts[0] = parts[0].after_verdict(verdict, picked[0].confidence)
        return self.s.answer(ask, parts, f"record.{ask.a.qtype}", evidence=picked,
                             consumed=(*SCAFFOLD.get(ask.a.qtype, ()), *scene), subjects=ask.found.subjects)

    def _the_show(self, ask: Ask) -> Answer:
        """"What is All of Us Are Dead?": the show's own card (show.yaml)."""
        show = self.s.pack.show
        webtoon = show.webtoon
        about = f", about {webtoon.episodes_approx} episodes" if webtoon.episodes_approx else ""
        text = (f"{show.titles.english} ({show.titles.korean}) is a {show.type.rstrip('.')}: "
                f"{show.episode_count} episodes produced by {' and '.join(show.studios)}, based on the "
                f"{webtoon.platform} webtoon {webtoon.title} ({webtoon.years}{about}).")
        refs = self.s.knowledge.show_refs()
        parts = [Part(text, confidence="official", sources=refs),
                 Part(f"It is rated {show.rating}.", confidence="reported", sources=refs)]
        return self.s.answer(ask, parts, "record.show", extra=frozenset({"show"}))

    def pick(self, ask: Ask, stems: Sequence[str], pool: Sequence[Record]) -> list[Record]:
        a = ask.a
        if a.qtype == "how" and all(s in SOFT_STEMS for s in stems):
            return []  # "how did it all start": nothing named to tell the way of
        meant = _MEANT.search(ask.text) if "mean" in ask.text or "stand" in ask.text else None
        term: set[str] = set()
        if meant is not None:
            # "what is the meaning of life": what is meant must itself be in the record, soft or not
            term = {stem(w) for w in words_of(meant.group("term") or meant.group("term2"))} - _TERM_FILLER
            pool = [r for r in pool if term <= r.stems]
        if a.definition:
            pool = [r for r in pool if "meaning" in r.stems or _DEFINES.search(r.text)]
            if term:
                # "what does jonas virus mean": what a name means is what it is named after, when a record says so;
                # a record that only says the thing is called by it says the word back
                pool = [r for r in pool if _NAMED_AFTER.search(r.text)] or pool
        maker = _MAKER.match(ask.text) if a.qtype == "who" else None
        if maker is not None:
            # "who made squid game": a record that says who made it, not one that merely names it
            made = stem(maker.group(1))
            pool = [r for r in pool if made in r.stems]
        season_two = a.season == 2
        ranked = self.s.records.ranked(stems, pool)
        counted = counted_in(ask.text) if a.qtype == "how_many" else None
        definition = _defined(ask.text) if a.qtype == "what_is" else None
        story = bool(re.search(r"\bwhat (?:happens|happened|goes on|went on)\b", ask.text))
        someone = not ask.found.subjects and bool(_SOMEONE.search(ask.text))
        topical = a.qtype == "how" and not self._topics.isdisjoint(stems)  # a topic the pack files facts under
        # "where was the school filmed": the shoot, never Cheong-san filming the principal
        shoot = not ask.found.subjects and bool(_SHOOT.search(ask.text))
        runtime = a.qtype == "how_many" and bool(_RUNTIME_ASKED.search(ask.text)) and not _VIEWING.search(ask.text)
        scored: list[tuple[float, Record]] = []
        ceiling = 0.0  # the best adjusted score so far: a record far below it cannot win
        for score, record in ranked[:150]:
            if score * _MOST_BOOST < ceiling:
                break
            if not self.s.records.covers(stems, record.stems):
                continue
            if a.qtype == "how" and not all(s in record.stems for s in stems):
                continue  # "how did the virus start": the way it starts, not a record that names the virus
            if not self._fits(ask, record) or (shoot and (record.kind in ("event", "episode")
                                                           or only_a_movie(record.text))):
                continue
            if not fits_rank(ask, record):
                continue
            if record.kind == "claim" and not a.claim and self._wrong(record):
                continue
            if not season_two and _SEASON_TWO <= record.stems and not (_SEASON_TWO <= set(stems)):
                score *= 0.6
            if season_two and not _SEASON_TWO_SAID.search(record.text) and not self._of_season_two(record):
                continue  # "when is the season 2 trailer": never season 1's teaser
            if a.season == 1 and (self._of_season_two(record) or _SEASON_TWO_SAID.search(record.text)):
                continue  # "when did they finish filming season 1": never season 2's wrap
            if runtime and _VIEWING.search(record.text):
                continue
            if a.qtype == "when" and other_phase(ask.text, record.text):
                continue  # "when did filming end": never when it began
            if record.negates and not a.claim and not a.yes_no:
                score *= 0.95
            if record.kind == "claim":
                score *= 0.95
            score *= _SURENESS.get(record.confidence, 1.0)
            if record.kind == "fact" and _SCENE.search(record.text) and not _SCENE.search(ask.text):
                score *= 0.7  # "how long did it take to film": the show, not the library sequence
            if topical and self._topic_stems.get(record.topic) not in stems:
                score *= 0.6  # "how does the virus work": the virus's own records, not a title with "Virus" in it
            if record.kind == "event" and story:
                score *= 1.2  # "what happened in the library": the story's own events
            if any(real.search(f"{ask.a.raw.casefold()} {ask.text}") and fictional.search(record.text) for real, fictional in ANTONYMS):
                score *= 1.5  # "is Hyosan a real place": the record that calls it fictional settles it
            if someone and (record.subjects or _NAMES.search(record.text)):
                score *= 1.2  # "is the squid game girl in it": a person is asked about
            if record.subjects and not ask.found.subjects:
                score *= 0.95
            if a.qtype == "where" and not _PLACE.search(record.text) and not (
                    _RANKING.search(ask.text) and _A_LIST.search(record.text)):
                continue  # "where": a place, or no answer (a place on a list, when a ranking is asked)
            if a.qtype == "who":
                score *= 1.0 + 0.04 * min(len(_NAMES.findall(record.text)), 6)
            if a.qtype in ("what_is", "where") and set(stems) & self._headwords.get(record.id, frozenset()):
                score *= 1.15  # a keyword that is exactly the thing asked about: the record is about it
            if not a.definition and _GLOSSED in self._headwords.get(record.id, ()) and set(stems).isdisjoint(
                    self._headwords[record.id] - _GLOSS_WORDS):
                score *= 0.5  # "what class are they in": not what "banjang" means, unless asked
            if definition is not None and definition.match(record.text):
                score *= 1.2  # "The Jonas virus is ...": it defines what was asked
            if a.how == "long" and record.stems & _DURATION:
                score *= 1.3  # "how long are the episodes": the record about their length
            if counted is not None:
                if counted.search(record.text):
                    score *= 1.2
                elif not UNKNOWN.search(record.text):
                    continue  # "how many weeks": a number of weeks, or no answer
            scored.append((score, record))
            ceiling = max(ceiling, score)
        if not scored:
            return []
        scored.sort(key=lambda pair: (-pair[0], {"official": 0, "reported": 1, "rumour": 2}[pair[1].confidence],
                                      pair[1].spoils))
        best_score, best = scored[0]
        picked = [best]
        if counted is not None and not any(s.isdigit() for s in stems):
            # "how many countries was it number 1 in": each window the sources count, not one (a
            # question that names its window, "in its first 30 days", gets that one only).
            picked += [r for score, r in scored[1:6] if score >= best_score * 0.8 and counted.search(r.text)
                       and r.text != best.text and r.kind == best.kind and r.topic == best.topic
                       and not r.negates and same_window(ask.text, r.text)][:2]
        if not ask.found.subjects and not a.rank and _PEOPLE_ASKED.search(ask.text) and best.names_someone:
            # "who plays in squid game": each record of that kind that names people, not the first.
            named = [s for s in stems if s not in _PERSON_STEMS]
            if named and all(s in best.stems for s in named):
                # (the asking words, "plays", need not be in them: "were both in Squid Game")
                picked += [r for _, r in ranked[:8] if r.topic == best.topic and r.names_someone and r is not best
                           and r.text != best.text and all(s in r.stems for s in named)
                           and not (r.kind == "claim" and self._wrong(r))][:3]
                if len(picked) > 1:
                    return picked
        if a.qtype in ("what_is", "where", "yes_no", "statement") and not a.definition:
            # A second record as close, and no less sure (for "where", places from any source:
            # "a set ... and one scene in Andong").
            order = {"official": 0, "reported": 1, "rumour": 2}
            for score, record in scored[1:4]:
                # A "no" beside a less sure "yes" (each labelled): "did it win any awards".
                surer = (order[record.confidence] <= order[best.confidence] or a.qtype == "where"
                         or (a.yes_no and best.negates))
                if score >= best_score * 0.8 and record.text != best.text and surer:
                    picked.append(record)
                    break
        return picked

    def _of_season_two(self, record: Record) -> bool:
        claim = self.s.pack.claims.get(record.id)
        return claim is not None and claim.season == 2

    def _wrong(self, record: Record) -> bool:
        claim = self.s.pack.claims.get(record.id)
        return claim is not None and claim.standing != "standing"

    def _fits(self, ask: Ask, record: Record) -> bool:
        """Whether the record holds the kind of answer asked for."""
        a = ask.a
        if a.qtype == "how_many":
            measure = _MEASURES.get(a.how or "many")
            if measure is not None and not measure.search(record.text):
                return False
            return record.has_number
        if a.qtype == "when":
            if a.how == "time":
                return bool(_CLOCK.search(record.text))
            if a.how == "year":
                return bool(re.search(r"\b(?:19|20)\d\d\b", record.text))
            return record.has_date or record.episode is not None
        if a.qtype == "who":
            return record.names_someone
        if a.qtype == "which_episode":
            return record.episode is not None or bool(re.search(r"\bepisodes? \d", record.text, re.I))
        return True
