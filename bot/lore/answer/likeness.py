"""The show set beside another work: "is the show like train to busan", "부산행이랑 비슷해?", "is it
similar to kingdom"; and the film it names: "what movie does cheongsan mention", "which film does
the trailer reference".

Whether one work is *like* another is taste, which no source settles; read by words, "train to
busan" finds the record that the webtoon came before the film and the question is answered "Yes."
off it. So a likeness gets no verdict: what the sources say of the two together (Cheong-san
compares the outbreak to Train to Busan), or "I don't know" when they say nothing. A question for a
film is answered by the records that name one as a film (shooting.py), never "I don't know" because
the character it names has no "movie" of their own.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.records import Record, Records
from bot.lore.answer.result import Answer, Part, dont_know
from bot.lore.answer.shooting import only_a_movie
from bot.recent import RecentByIdentity

_SHOW = r"(?:it|this|this show|the show|this series|the series|the drama|the kdrama|the k-drama|aouad|all of us are dead)"
_LIKE = (r"(?:kind of |kinda |sort of |basically |just |really |anything |at all )?"
         r"(?:like|similar to|the same as|a copy of|a ripoff of|a rip-off of|a rip off of|comparable to)")
_LIKENESS = compile_later(
    rf"^(?:is|was|isn'?t|wasn'?t|does|did)?\s*{_SHOW}\s+(?:feel |look |seem )?{_LIKE}\s+(?P<work>[\w' :-]+?)\W*$"
)
_KOREAN_LIKENESS = compile_later(r"(?P<work>[가-힣A-Za-z ]+?)\s*(?:이랑|랑|하고|와|과)\s*비슷|(?P<w2>[가-힣]+)\s+같(?:아|은|나|니)", prefilter=True)
_KOREAN_WORKS = {"부산행": "train to busan", "오징어 게임": "squid game", "오징어게임": "squid game", "킹덤": "kingdom"}
# A film asked for: "what movie", "which zombie film", "what film is referenced", "the movie cheongsan
# mentioned", and in Korean's order (glossed "청산이가 말한 영화 뭐임": "ent0 mentioned movie what")
_WHICH_FILM = compile_later(r"\b(?:what|which)(?: other| zombie| korean| horror)? (?:movie|film)s?\b(?! monster| studio| company| crew)"
                         r"|\b(?:movie|film)s? (?:what|which)\b|\bmovies?\b.*\bmention\w*|\bmention\w*\b.*\bmovies?\b")
_NOT_NAMED = compile_later(r"\b(?:based|adapt\w*|filmed|shot|remake\w*|made)\b")
_COMPARES = compile_later(r"\bcompar\w*|\blike\b|\bsimilar\b|\bborrow\w*|\binspir\w*", re.I)


# "is it a remake of a movie", "is it based on train to busan": a source other than the webtoon
_SOURCE = compile_later(
    rf"^(?:is|was|isn'?t|wasn'?t)\s+{_SHOW}\s+(?P<how>a remake of|remade from|based on|based off(?: of)?|adapted from|"
    rf"an adaptation of|inspired by)\s+(?:a |an |the )?(?P<work>[\w' :-]+?)\W*$"
)
_THE_SOURCE = compile_later(r"webtoon|manhwa|comic|book|novel|manga|naver|now at our school|joo dong|true story|real")
_ADAPTS = "webtoon-source"
# "same director as train to busan?", "is it the same writer as squid game": ours, with no verdict (the
# sources name no other work's makers)
_SAME_MAKER = compile_later(r"\bsame (?P<role>director|writer|studio|producer|creator|author|company|production company|"
                         r"people|team|showrunner)s? (?:as|that (?:made|did)|who (?:made|did)) "
                         r"(?!(?:in )?(?:s1|season 1|season one|the first season|before|last season)\b)(?P<work>[\w' :-]+?)\W*$")
_MAKERS = {"director": "directors", "showrunner": "showrunner", "writer": "writer", "author": "writer",
           "creator": "directors", "people": "directors", "team": "directors", "studio": "studios",
           "producer": "studios", "company": "studios", "production company": "studios"}

# "which movie does yoon chan-young's character mention": the one they play
_ROLE_OF = compile_later(r"\b(?:character|role|part)\b")

def _films(shared: Shared) -> list[Record]:
    """Records that name a film, those that tell it inside the show (a character) first."""
    films = [r for r in shared.records.by_id.values() if r.kind in ("fact", "event") and only_a_movie(r.text)]
    return sorted(films, key=lambda r: (not r.subjects and not shared.opener(r), r.kind != "fact", r.id))


_RECENT: RecentByIdentity[Records, list[Record]] = RecentByIdentity()


class LikenessAnswers:
    def __init__(self, shared: Shared) -> None:
        self.s = shared
        self._films = _RECENT.get(shared.records, lambda: _films(shared))  # read only: one list per pack

    def early(self, question: str) -> Answer | None:
        """Read before the question is analysed (the other work's words are no lore)."""
        return self.alike(question) or self.source(question) or self.same_maker(question)

    def alike(self, question: str) -> Answer | None:
        """No verdict on a likeness: what the sources say of the two together, else "I don't know"."""
        work = _work(question)
        if work is None:
            return None
        pattern = re.compile(rf"\b{re.escape(work)}\b", re.I)
        together = [r for r in self.s.records.by_id.values()
                    if r.kind == "fact" and pattern.search(r.text) and _COMPARES.search(r.text)]
        compared = [r for r in together if "compar" in r.text.casefold()]
        together = compared or together  # "Cheong-san compares ...": before "the film borrowed from it"
        found = pattern.search(together[0].text) if together else None
        shown = found.group(0) if found is not None else _titled(work)
        if not together:
            return dont_know(question, f"whether it is like {shown}")
        lead = Part(f"Whether it is like {shown} is a matter of taste; what my sources say:")
        return Answer(question, True, [lead, *(self.s.part(r) for r in together[:2])], "likeness")

    def source(self, question: str) -> Answer | None:
        """"is it a remake of a movie": "No." with the webtoon it adapts; "inspired by" gets no verdict
        (what inspired the makers is not what it adapts)."""
        match = _SOURCE.search(" ".join(question.casefold().split()))
        record = self.s.records.by_id.get(_ADAPTS)
        if match is None or record is None or _THE_SOURCE.search(match.group("work")):
            return None
        part = self.s.part(record)
        if match.group("how") != "inspired by":
            part = Part(f"No. {part.text}", part.spoils, part.confidence, part.sources, hedged=True)
        return Answer(question, True, [part], "source")

    def same_maker(self, question: str) -> Answer | None:
        """"same director as train to busan?": who made this show, and that the sources do not say
        who made the other."""
        match = _SAME_MAKER.search(" ".join(question.casefold().split()))
        records = self.s.records.by_id
        record = records.get(_MAKERS[match.group("role")]) if match is not None else None
        if match is None or record is None:
            return None
        if _THE_SOURCE.search(match.group("work")) and _ADAPTS in records:
            # "same director as the webtoon": the webtoon's author and the show's makers, side by side
            return Answer(question, True, [self.s.part(records[_ADAPTS]), self.s.part(record)], "maker")
        lead = Part(f"My sources don't say who made {_titled(match.group('work'))}; of this show they say:")
        return Answer(question, True, [lead, self.s.part(record)], "maker")

    def film(self, ask: Ask) -> Answer | None:
        """"what movie does cheongsan mention": the film the records name, of whom the question names."""
        if not self._films or not _WHICH_FILM.search(ask.text) or _NOT_NAMED.search(ask.text):
            return None  # "what movie is it based on": the webtoon; "which movie was filmed first": no film named
        if ask.people() and not ask.characters() and not _ROLE_OF.search(ask.text):
            return None  # "what movie is yoo in soo filming": an actor's other work, never a film the story names
        named = {s.id for s in ask.characters()}
        found = [r for r in self._films if not named or named <= (r.subjects | {self.s.opener(r)})]
        if not found:
            return None
        first: Record = found[0]
        return self.s.answer(ask, [self.s.part(first)], "film", evidence=[first], consumed=ask.a.stems,
                             subjects=ask.characters())


def _titled(work: str) -> str:
    """"train to busan" as a title: "Train to Busan"."""
    words = work.strip().split()
    return " ".join(w if i and w in ("to", "of", "the", "a", "an", "in", "and", "on") else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _work(question: str) -> str | None:
    text = " ".join(question.casefold().split())
    if (match := _LIKENESS.search(text)) is not None:
        work = match.group("work").strip()
        if work in ("that", "this", "it", "what", "them") or re.search(r"webtoon|manhwa|comic|original", work):
            return None  # "is it like the webtoon": how they differ (rewording.py)
        return work
    if (korean := _KOREAN_LIKENESS.search(text)) is not None:
        typed = (korean.group("work") or korean.group("w2") or "").strip()
        return _KOREAN_WORKS.get(typed)
    return None
