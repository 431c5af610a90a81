"""A Red list whose questions are grouped under headings ("Geography:", then its questions indented below it),
read as the questions it holds (bot/trivia/redformat.py): Red has no sections, but a moderator's list grouped
so means each question below its heading, and nothing else. The heading is not asked and not kept (it would
show where no spoiler bar hides it); an episode it names ("Spoilers (ep 11):") is the least its questions
spoil, and a heading that says it spoils without saying up to where holds them to the last episode (the safe
side). A key that is no section is left as it is, for the Red reader to read or refuse.
"""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node

from bot.lazy_re import compile_later
from bot.show import Position
from bot.trivia.episodelabels import spoils_written
from bot.trivia.laterseason import storable
from bot.trivia.listparts import RED_META_KEYS, Collector, short
from bot.trivia.redmistakes import section

# A question written with `answers:` under it (read by bot/trivia/redformat.py) is no heading.
_ANSWERS = frozenset({"answers", "answer"})
_SPOILS = compile_later(r"spoil|스포", re.IGNORECASE)


def _heading_tag(col: Collector, heading: str) -> Position | None:
    found = spoils_written(heading)
    if found is not None and storable(col.shape, found):
        return found
    return col.shape.last() if _SPOILS.search(heading) else None


def sections_read(col: Collector, root: MappingNode) -> tuple[MappingNode, dict[int, Position]]:
    """The list with each section's questions in its place, and the episode each heading sets on the questions
    under it (by the id of the question's key); a warning names each heading read so."""
    pairs: list[tuple[Node, Node]] = []
    headed: dict[int, Position] = {}
    read: list[str] = []
    for key, value in root.value:
        heading = str(getattr(key, "value", ""))
        if heading in RED_META_KEYS or not isinstance(value, MappingNode) or section(key, value) is None or any(
                str(getattr(k, "value", "")).strip().casefold() in _ANSWERS for k, _ in value.value):
            pairs.append((key, value))
            continue
        pairs.extend(value.value)
        read.append(f"{short(heading, 40)!r} (line {key.start_mark.line + 1}, {len(value.value)} questions)")
        if (tag := _heading_tag(col, heading)) is not None:
            headed.update((id(k), tag) for k, _ in value.value)
    if not read:
        return root, headed
    col.warn(None, "the questions are grouped under headings, which a Red list has not: read as the questions below "
                   "each heading, the heading itself not asked: " + ", ".join(read[:6]))
    return MappingNode(root.tag, pairs, root.start_mark, root.end_mark, flow_style=root.flow_style), headed
