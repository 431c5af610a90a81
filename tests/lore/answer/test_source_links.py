"""How a source is cited in a Discord reply: a link named after its outlet and date, and said to
be a copy when the page the facts cite is a mirror on another site."""

from __future__ import annotations

from bot.lore.answer import SourceRef


def test_a_source_links_its_outlet_and_date() -> None:
    ref = SourceRef("Radio Times", "Cast guide", "https://www.radiotimes.com/guide/", "2022-01-28")
    assert ref.link() == "[Radio Times, 28 January 2022](https://www.radiotimes.com/guide/)"


def test_a_mirrored_page_is_linked_as_a_mirror() -> None:
    ref = SourceRef(
        "Screen Rant", "Cast and character guide (mirror)", "https://mirror.example/screenrant-guide/", None
    )
    assert ref.link() == "[Screen Rant (mirror)](https://mirror.example/screenrant-guide/)"
    assert ref.label() == "Screen Rant"  # where no link is shown, no page is named either


def test_a_publisher_already_called_a_mirror_is_not_said_twice() -> None:
    ref = SourceRef("TheReviewGeek (mirror)", "Episode 9 review (mirror)", "https://mirror.example/e9", None)
    assert ref.link() == "[TheReviewGeek (mirror)](https://mirror.example/e9)"


def test_a_source_without_a_web_address_is_cited_without_a_link() -> None:
    assert SourceRef("Netflix", "Press release", "javascript:alert(1)", None).link() == "Netflix"
