"""Where an entries export keeps its rows (bot/trivia/entries.py reads each row): one array, bare or under one key, or
another bot's export grouped in categories, difficulties or rounds however nested, every group's rows read. Moved
from entries.py, whose keys it reuses."""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.trivia.entries import SEASON_KEYS, is_entry, text_node
from bot.trivia.episodelabels import season_heading
from bot.trivia.listparts import key_form, short
from bot.yamlnodes import SEQ_TAG


def _rows(node: Node) -> SequenceNode | None:
    if isinstance(node, SequenceNode) and node.value and any(is_entry(item) for item in node.value[:5]):
        return node
    return None


def find_rows(root: Node) -> tuple[SequenceNode, str | None] | None:
    """The rows of an entries export: (the array, where it is: the key it is under), None when the file is not
    written as entries. Another bot's export groups its rows ({"categories": [{"name": "Cast", "questions": [...]}]},
    {"Cast": [...], "Story": {"easy": [...], "hard": [...]}}, rounds of items): every group's rows are read, in
    the file's order, since a group is only where its questions were kept, and one left out would be lost."""
    if (found := _rows(root)) is not None:
        return found, None
    held = [(where, _in_group_season(where, rows)) for where, rows in _grouped(root, "", 0)]
    if not held:
        return None
    if len(held) == 1:
        return held[0][1], held[0][0]
    rows = SequenceNode(SEQ_TAG, [item for _, group in held for item in group.value], held[0][1].start_mark,
                        held[-1][1].end_mark)
    groups = ", ".join(repr(short(where, 30)) for where, _ in held[:6]) + (", ..." if len(held) > 6 else "")
    return rows, f"the {len(held)} groups {groups}"


def _in_group_season(where: str, rows: SequenceNode) -> SequenceNode:
    """A group named for a season alone ({"Season 2": [...]}, a category "S2") gives its rows that season, as a Season
    column does: read alone, their bare "episode": 3 would be season 1's, asked at S1E3."""
    season = next((part for part in reversed(where.split(" > ")) if season_heading(part) is not None), None)
    if season is None:
        return rows  # (the group's name is the season field: "Season 2 Part 2" keeps its part)
    items = [item if not isinstance(item, MappingNode) or any(
        isinstance(k, ScalarNode) and key_form(str(k.value)) in SEASON_KEYS for k, _ in item.value) else MappingNode(
        item.tag, [*item.value, (text_node("season", item), text_node(season, item))], item.start_mark, item.end_mark)
        for item in rows.value]
    return SequenceNode(rows.tag, items, rows.start_mark, rows.end_mark)


#: How deep an export nests its groups, counting a key and a list's item each: sections within sections within a
#: quiz ({"quiz": {"sections": [{"sections": [{"sections": [{"items": ...}]}]}]}}) is 8; past this, a file is not
#: an export of questions (and a group cut off would be questions silently lost).
_GROUP_DEPTH = 16
_GROUP_NAMES = ("name", "title", "category", "round")


def _grouped(node: Node, where: str, depth: int) -> list[tuple[str, SequenceNode]]:
    """The arrays of rows under `node`, each with the path of keys (or a group's own name) that leads to it."""
    if depth > _GROUP_DEPTH:
        return []
    if depth and (rows := _rows(node)) is not None:
        return [(where, rows)]
    held: list[tuple[str, SequenceNode]] = []
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key, ScalarNode) and isinstance(value, MappingNode | SequenceNode):
                held += _grouped(value, f"{where} > {key.value}" if where else str(key.value), depth + 1)
    elif isinstance(node, SequenceNode):
        for number, item in enumerate(node.value, start=1):
            fields = {key_form(str(k.value)): v for k, v in item.value if isinstance(k, ScalarNode)} \
                if isinstance(item, MappingNode) else {}
            named = next((str(v.value) for k in _GROUP_NAMES if isinstance(v := fields.get(k), ScalarNode)), str(number))
            held += _grouped(item, f"{where} > {named}" if where else named, depth + 1)
    return held
