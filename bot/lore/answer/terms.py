"""The pack's fact and claim texts as word stems, and how many texts each stem appears in.

Shared by the kinds of question that match words rather than names: the best claim for a
season-2 question, the best fact on a production topic, and the free-text fallback (a stem in few
texts is a distinctive one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.lore.answer.question import stems_of
from bot.lore.content import ContentPack


@dataclass(frozen=True)
class Document:
    kind: Literal["fact", "claim"]
    id: str
    stems: frozenset[str]


class Terms:
    def __init__(self, pack: ContentPack) -> None:
        self._documents: dict[str, Document] = {}
        for fact in pack.facts.values():
            body = fact.text + " " + " ".join(fact.keywords)
            self._documents[fact.id] = Document("fact", fact.id, stems_of(body.casefold()))
        for claim in sorted(pack.claims.values(), key=lambda c: (c.date, c.id)):
            self._documents[claim.id] = Document("claim", claim.id, stems_of(claim.text.casefold()))
        self._counts: dict[str, int] = {}
        for document in self._documents.values():
            for stem in document.stems:
                self._counts[stem] = self._counts.get(stem, 0) + 1

    def document(self, doc_id: str) -> Document | None:
        return self._documents.get(doc_id)

    def stems(self, doc_id: str) -> frozenset[str]:
        return self._documents[doc_id].stems

    def count(self, stem: str) -> int:
        """How many fact and claim texts hold `stem` (0 for none)."""
        return self._counts.get(stem, 0)

