"""db/lore/search_index.py FactSearchIndex: the in-memory FTS5 index the /ask fallback searches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from db.lore.search_index import FactSearchIndex

DOCS = [
    ("f1", "Filming of the second season began in Seoul"),
    ("f2", "The webtoon Now at Our School ran on Naver"),
    ("f3", "Season one was filmed in Andong and Seoul at an old school"),
]


@pytest.fixture
def index() -> Iterator[FactSearchIndex]:
    built = FactSearchIndex.build(DOCS)
    yield built
    built.close()


def test_search_ranks_the_best_match_first(index: FactSearchIndex) -> None:
    hits = index.search(["webtoon", "naver"])
    assert hits[0].doc_id == "f2"


def test_search_ors_the_terms(index: FactSearchIndex) -> None:
    assert {h.doc_id for h in index.search(["andong", "webtoon"])} == {"f2", "f3"}


def test_user_text_is_never_fts_syntax(index: FactSearchIndex) -> None:
    assert index.search(['"', "NEAR(", "*", "a OR b", "-x"]) == []


def test_no_terms_find_nothing(index: FactSearchIndex) -> None:
    assert index.search([]) == [] and index.search(["  "]) == []


def test_a_repeated_search_gives_the_same_hits(index: FactSearchIndex) -> None:
    first = index.search(["seoul"])
    first.clear()  # a caller changing its list does not change what the index remembers
    assert [h.doc_id for h in index.search(["seoul"])] == [h.doc_id for h in index.search(["seoul"])]
    assert len(index.search(["seoul"])) == 2

