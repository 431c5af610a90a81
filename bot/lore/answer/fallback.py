"""The free-text fallback: full-text search (SQLite FTS5, BM25; db/lore/search_index.py) over every
fact and claim text, accepted only when the hit shares enough words with the question."""

from __future__ import annotations

import math

from bot.lore.answer.claims import Claims
from bot.lore.answer.knowledge import Knowledge
from bot.lore.answer.question import content_terms, normalise, stem
from bot.lore.answer.result import Answer
from bot.lore.answer.terms import Terms
from bot.lore.content import ContentPack
from db.lore.search_index import FactSearchIndex

_HITS = 5
_RARE = 3  # a stem in at most this many texts is distinctive


def search_documents(pack: ContentPack) -> list[tuple[str, str]]:
    """(id, text) of every fact (with its keywords) and claim: what the full-text index holds."""
    docs = [(fact.id, fact.text + " " + " ".join(fact.keywords)) for fact in pack.facts.values()]
    docs.extend((claim.id, claim.text) for claim in pack.claims.values())
    return docs


class FallbackSearch:
    def __init__(self, knowledge: Knowledge, terms: Terms, claims: Claims, index: FactSearchIndex | None) -> None:
        self.knowledge = knowledge
        self.terms = terms
        self.claims = claims
        self.index = index

    def answer(self, question: str) -> Answer | None:
        if self.index is None or not question:
            return None
        terms = content_terms(normalise(question))
        if not terms:
            return None
        hits = self.index.search(terms, limit=_HITS)
        stems = {stem(t) for t in terms}
        for hit in hits:
            doc = self.terms.document(hit.doc_id)
            if doc is None:
                continue
            shared = stems & doc.stems
            rare = [s for s in shared if self.terms.count(s) <= _RARE]
            needed = max(1, math.ceil(len(stems) * 0.6))
            if len(stems) >= 2:
                needed = max(needed, 2)
            if len(shared) >= needed and (len(shared) >= 2 or rare):
                pack = self.knowledge.pack
                if doc.kind == "fact":
                    return Answer(question, True, [self.knowledge.fact_part(pack.facts[doc.id])], "search")
                claim = pack.claims[doc.id]
                parts = [self.claims.part(claim)]
                if claim.standing == "refuted" and claim.refuted_by in pack.claims:
                    settling = pack.claims[claim.refuted_by or ""]
                    parts = [*self.claims.wrong_parts([claim], "A claim that was wrong:", settling.confidence),
                             self.claims.part(settling, "What settles it")]
                return Answer(question, True, parts, "search")
        return None

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
