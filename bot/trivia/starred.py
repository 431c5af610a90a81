"""The old IRC trivia bots' lines in a moderator's upload: each a question, then its answers after each '*'
("Who plays On-jo?*Park Ji-hu*Park Ji-hoo"), read as labelled.py reads the lines of a file written with labels."""

from __future__ import annotations

from bot.lazy_re import compile_later

#: A file's lines as labelled.py reads them: (line number, kind, text).
Read = list[tuple[int, str, str]]

#: The old IRC trivia bots' line, which Discord bots still export: "Who plays On-jo?*Park Ji-hu*Park Ji-hoo", the
#: question, then its answers after each '*' (never Markdown: "**Q:**" opens with its stars). (The spaces before a '*'
#: taken from the first of them, as the shortest question would: tried from each, a long run cost its square.)
_STARRED = compile_later(r"^(?P<q>[^*\s][^*]*?)(?<!\s)\s*\*\s*(?P<a>[^*\s][^*]*(?:\*[^*]*)*?)\s*\*?$")


def starred_lines(read: Read) -> Read | None:
    """Every line a question and its answers after '*', read as a question and its answer lines; None otherwise."""
    split = [(n, _STARRED.match(text)) for n, kind, text in read if kind in ("other", "question")]
    if not split or len(split) != len(read) or any(found is None for _, found in split):
        return None
    out: Read = []
    for n, found in split:
        assert found is not None
        out.append((n, "question", found.group("q").strip()))
        out += [(n, "answer", a.strip()) for a in found.group("a").split("*") if a.strip()]
    return out
