"""Properties of the pure parts: validation bounds and what Message.text / mentions_pinged show."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.sandbox import Message
from bot.sandbox.limits import ApiError, embed_length, validate_message

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


@given(st.integers(min_value=1, max_value=2600))
def test_content_limit_is_exactly_2000(n: int) -> None:
    if n <= 2000:
        validate_message({"content": "x" * n})
    else:
        with pytest.raises(ApiError) as info:
            validate_message({"content": "x" * n})
        assert info.value.code == 50035 and "content" in (info.value.errors or {})


@given(st.lists(st.integers(min_value=0, max_value=1500), min_size=1, max_size=10))
def test_embed_total_limit(sizes: list[int]) -> None:
    embeds = [{"description": "d" * n} for n in sizes]
    if sum(sizes) <= 6000:
        validate_message({"embeds": embeds})
    else:
        with pytest.raises(ApiError):
            validate_message({"embeds": embeds})
    assert sum(embed_length(e) for e in embeds) == sum(sizes)


@given(
    content=text,
    title=text,
    description=text,
    author=text,
    footer=text,
    fields=st.lists(st.tuples(text, text), max_size=5),
)
def test_text_shows_every_visible_part(
    content: str, title: str, description: str, author: str, footer: str, fields: list[tuple[str, str]]
) -> None:
    embed = {
        "title": title,
        "description": description,
        "author": {"name": author},
        "footer": {"text": footer},
        "fields": [{"name": n, "value": v} for n, v in fields],
    }
    msg = Message(id=1, channel_id=2, guild_id=3, author_id=4, content=content, embeds=[embed])
    for part in (content, title, description, author, footer, *(x for f in fields for x in f)):
        assert part in msg.text


@given(st.lists(st.sampled_from(["users", "roles", "everyone"]), unique=True))
def test_mentions_ping_only_what_parse_allows(parse: list[str]) -> None:
    msg = Message(
        id=1,
        channel_id=2,
        guild_id=3,
        author_id=4,
        content="@everyone <@&10> <@!20>",
        allowed_mentions={"parse": parse},
    )
    expected = []
    if "everyone" in parse:
        expected.append("everyone")
    if "roles" in parse:
        expected.append("role:10")
    if "users" in parse:
        expected.append("user:20")
    assert msg.mentions_pinged == expected
